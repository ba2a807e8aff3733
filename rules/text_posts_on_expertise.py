"""Most of your recent posts are about your expertise or your goals.

What:
    Reads the posts of Shares.csv of the last year (the latest 200 at most) and the keywords of your expertise:
    the skills of Skills.csv, the short parts of your headline (between its separators, four words at most) and
    the keywords of your goals in the configuration. Posts of fewer than 6 words (a line over a reshare) are too
    short to tell and left out. A post is on topic when it holds one of the keywords, compared on lemmas in the
    post's own language, so that « chaînes d'approvisionnement » matches the keyword « chaîne
    d'approvisionnement » and "forecasts" matches "forecasting"'s lemma "forecast"; a hashtag counts too
    (#supplychain for "supply chain"). Fails when fewer than `min_share` of the posts are on topic, among at
    least `min_posts` posts; the evidence quotes a few posts off topic.

Why:
    Step 5 of the method asks for regular sharing of articles, videos or resources that match your expertise, and
    step 1 says what that expertise is for: posts on other subjects do not show the people you want to reach what
    you know.

Passes:
    Skills "S&OP", "Demand planning"; 8 posts out of 10 about S&OP, forecasts or demand planning.

Fails:
    Skills « Achats », « Supply chain »; 10 posts of which 2 speak of purchasing, the others of holidays and
    motivational quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.analysis.text import fold, shorten
from auditor.analysis.textread import TextFeatures, read_texts
from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-005"
NAME = "text.posts-on-expertise"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_share": Option(0.5, "the share of recent posts that should be about your expertise or goals.", unit="share"),
    "min_posts": Option(5, "how many recent posts are needed before judging.", unit="count", low=1),
}
NEEDS: tuple[Need, ...] = ("shares",)

_SEPARATORS = re.compile(r"\s[|/•·–—-]\s|[|•·]")
MAX_HEADLINE_WORDS = 4
MAX_KEYWORD = 100  # characters: a longer "keyword" is a pasted text, not a topic
MIN_WORDS = 6  # in a post: fewer cannot say what it is about

_SUBJECTS_FR = frozenset("je j' tu il elle on nous vous ils elles".split())
# Words that carry no topic: a keyword is matched on its other lemmas.
_STOP = frozenset("de du des d' la le les l' un une et en à au aux of the a an and for in on to & - /".split())


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
        w.text.lower() if written else w.lemma for w in features.words if w.lemma not in _STOP and w.lemma[:1].isalnum()
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
        if w.lemma not in _STOP
    ]
    words = [forms for forms in words if forms[0][:1].isalnum()]
    for seq in keywords.get(post.language, keywords["en"]):
        size = len(seq)
        for n in range(len(words) - size + 1):
            if all(key in words[n + i] for i, key in enumerate(seq)):
                return True
    return False


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    headline = export.profile.headline if export.profile else ""
    parts = [part.strip() for part in _SEPARATORS.split(headline) if 0 < len(part.split()) <= MAX_HEADLINE_WORDS]
    keywords = tuple(
        dict.fromkeys([s.name for s in export.skills] + parts + [k for g in ctx.goals for k in g.keywords])
    )
    keywords = tuple(k for k in keywords if k.strip() and len(k) <= MAX_KEYWORD)
    if not keywords:
        ctx.not_applicable(_("No skill or goal keyword says what your expertise is (see PRO-009)."))
    posts = [p for p in ctx.analyses.text.posts() if p.language != "other" and len(p.text.split()) >= MIN_WORDS]
    if len(posts) < ctx.options["min_posts"]:
        ctx.not_applicable(_("Too few posts over the last year to judge what they are about."))
    lemmas = keyword_lemmas(keywords, tuple(sorted({p.language for p in posts})))
    folded = {re.sub(r"[^a-z0-9]", "", fold(k)) for k in keywords}
    off = [p for p in posts if not on_topic(p, lemmas, folded)]
    share = 1 - len(off) / len(posts)
    if share >= ctx.options["min_share"]:
        return
    yield Finding(
        what=_(
            "Only {share} of your recent posts are about your expertise or your goals.",
            share=Percent(share),
        ),
        why=_("Posts on other subjects do not show the people you want to reach what you know."),
        fix=_(
            "Share more about your field: a result, a lesson learnt, a resource you recommend, with your skills' words."
        ),
        evidence=tuple(
            Evidence(export.file_of("shares"), export.shares[int(p.where.split(":")[1])].line, shorten(p.text, 120))
            for p in off[:3]
        ),
    )
