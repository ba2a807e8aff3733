"""Keywords (skills, goal keywords, parts of the headline) found in the member's texts on lemmas, each text in its
own language: « chaînes d'approvisionnement » holds the keyword « chaîne d'approvisionnement », "forecasts" holds
"forecasting", and #supplychain spells "supply chain". Shared by the rules that look for the member's field in
the headline, the About and the posts (TXT-005, TXT-006, GOA-003, GOA-005)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.analysis.text import fold
from auditor.analysis.textread import TextFeatures, TextRead, read_texts

MAX_KEYWORD = 100  # characters: a longer "keyword" is a pasted text, not a topic

_SUBJECTS_FR = frozenset("je j' tu il elle on nous vous ils elles".split())
# Words that carry no topic: a keyword is matched on its other lemmas.
STOP = frozenset("de du des d' la le les l' un une et en à au aux of the a an and for in on to & - /".split())


def keyword_lemmas(
    keywords: tuple[str, ...], languages: tuple[str, ...] = ("fr", "en")
) -> dict[str, set[tuple[str, ...]]]:
    """Per language of the posts, each keyword as the sequence of its content lemmas (read by that language's
    pipeline: a skill has no reliable language of its own, "Marketing produit" is French, "Lean" both)."""
    out: dict[str, set[tuple[str, ...]]] = {"en": set()}
    for lang in languages:
        read = read_texts([(str(n), k) for n, k in enumerate(keywords)], language=lang)  # type: ignore[arg-type]
        # Each keyword by its lemmas, and as written: a keyword alone has no sentence around it, and the small French
        # model may read a noun as a verb (« Recrutement » -> « recrutemer »).
        out[lang] = {seq for f in read.values() for seq in (_content(f), _content(f, written=True)) if seq}
    return out


def _content(features: TextFeatures, written: bool = False) -> tuple[str, ...]:
    return tuple(
        w.text.lower() if written else w.lemma for w in features.words if w.lemma not in STOP and w.lemma[:1].isalnum()
    )


def on_topic(post: TextFeatures, keywords: dict[str, set[tuple[str, ...]]], folded: set[str]) -> bool:
    """True when the post holds a keyword (as consecutive content lemmas) or a hashtag that spells one."""
    if any(fold(tag).replace(" ", "") in folded for tag in post.hashtags):
        return True
    # Each word as its lemma or as written (singular): the small French model may lemmatise a rare noun as a verb
    # (« approvisionnement » -> « approvisionnemer »), while the keyword alone was read right. A verb after its
    # subject is only its lemma: « je paie mes impôts » is « payer », not the skill « Paie ».
    read = post.words
    words = [
        (w.lemma,)
        if w.verb_form == "Fin" and n and read[n - 1].text.lower().replace("’", "'") in _SUBJECTS_FR
        else (w.lemma, w.text.lower(), w.text.lower().rstrip("sx"))
        for n, w in enumerate(read)
        if w.lemma not in STOP
    ]
    words = [forms for forms in words if forms[0][:1].isalnum()]
    for seq in keywords.get(post.language, keywords["en"]):
        size = len(seq)
        for n in range(len(words) - size + 1):
            if all(key in words[n + i] for i, key in enumerate(seq)):
                return True
    return False


def hashtag_forms(keywords: tuple[str, ...]) -> set[str]:
    """The keywords as a hashtag spells them: folded, letters and digits only ("S&OP" -> "sop")."""
    return {re.sub(r"[^a-z0-9]", "", fold(k)) for k in keywords}


def said_in(read: TextRead, where: Iterable[str], keyword: str, *, hashtags: bool) -> bool:
    """Whether one of the member's texts read at `where` ("headline", "post:3"...) holds the keyword on lemmas (and,
    with `hashtags`, as a hashtag). For a keyword no text writes as it is: a caller that first looks for the keyword
    as written loads no language pipeline when every keyword is."""
    lemmas = keyword_lemmas((keyword,))
    spelt = hashtag_forms((keyword,)) if hashtags else set()
    return any(features is not None and on_topic(features, lemmas, spelt) for features in map(read.get, where))
