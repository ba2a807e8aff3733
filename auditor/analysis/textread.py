"""The member's words read with spaCy: headline, About, position descriptions, recent posts and articles.

Each text is read in its own language (a French headline over an English About is normal): a light detector
(lingua, restricted to a few languages, low-accuracy mode: a few MB and a tenth of a second) says fr, en or
other. French goes through the trained `fr_core_news_sm` (tagger and lemmatizer only: the parser and the named
entities are not needed, so they are never loaded); English through `spacy.blank("en")` with a sentencizer and the
lookup lemmas of `spacy-lookups-data` (no trained English pipeline is published on the package index); other
languages are only cut into sentences and words. Everything is installed with the package: nothing is downloaded.

Nothing here is computed, and spaCy is not even imported, until a rule asks for a text's features: `inspect`,
`rules`, `explain` and an audit whose text rules are ignored never pay for it. Then every text is read once, in
batches per language (`nlp.pipe`), and the features are shared by all the rules.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from auditor.analysis.text import fold, strip_bullet

if TYPE_CHECKING:
    from auditor.model import Export

Lang = Literal["fr", "en", "other"]
Tense = Literal["present", "past", ""]

RECENT_POSTS_DAYS = 365  # the posts read: the last year's
MAX_POSTS = 200  # and at most this many (the latest), so that a prolific poster's audit stays quick
MAX_ARTICLES = 50
MAX_CHARS = 5000  # of one text: an About holds 2,600; longer article bodies are read in their first pages

_HASHTAG = re.compile(r"(?<![\w&])#(\w[\w-]*)")
_MENTION = re.compile(r"(?<![\w.])@(\w[\w.-]*\w|\w)")
_LINK = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+\w", re.IGNORECASE)
_FIGURE = re.compile(
    r"[+-−]?\d[\d\s.,]*\s?(?:%|k€|m€|€|\$|£|k|m\b|millions?|milliards?|billion|pts?\b|x\b)|\d+(?:[.,]\d+)?",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")


# --- Language ---------------------------------------------------------------------------------------------------


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    # The two languages the tool reads, and the neighbours a member may also write in: a German post must come out
    # "other", not forced into French or English.
    languages = (Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
                 Language.PORTUGUESE, Language.DUTCH)  # fmt: skip
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


_CODES = {"FRENCH": "fr", "ENGLISH": "en"}
SHORT_TEXT = 120  # characters: a headline, a one-line post
_FRENCH_WORDS = frozenset("le la les des du de un une et est dans pour avec sur au aux je mon ma mes nous vous qui "
                          "que où chez depuis en à".split())  # fmt: skip
_ENGLISH_WORDS = frozenset("the a an and is in for with on at to i my we you who that of from since".split())
_FRENCH_LETTERS = re.compile(r"[éèêàùâîôûçœëïü]", re.IGNORECASE)


def detect_language(text: str) -> Lang:
    """'fr', 'en' or 'other' for one text. Too little to tell (a name, an acronym) is 'other'."""
    letters = len(_LETTER.findall(text))
    if letters < 3:
        return "other"
    found = _detector().detect_language_of(text)
    code = _CODES.get(found.name, "other") if found is not None else "other"
    if code == "other" and letters < 25 and _FRENCH_LETTERS.search(text):
        return "fr"  # a short French headline the low-accuracy mode did not place: its accents say it
    if code != "other" and len(text) < SHORT_TEXT:
        # Headlines mix languages ("Responsable supply chain | Je réduis..."): on so few words the n-gram models of
        # the low-accuracy mode hesitate, while the little words of each language settle it.
        words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower())
        french = sum(w in _FRENCH_WORDS or w.startswith(("j'", "l'", "d'", "qu'")) for w in words)
        english = sum(w in _ENGLISH_WORDS for w in words)
        if french != english:
            return "fr" if french > english else "en"
    return code  # type: ignore[return-value]


# --- Pipelines --------------------------------------------------------------------------------------------------

FRENCH_PIPELINE = "fr_core_news_sm"
_FRENCH_EXCLUDED = ("parser", "ner", "senter")  # sentences come from the sentencizer: faster, and enough here
_lock = threading.Lock()


@cache
def french_pipeline() -> Any:
    """`fr_core_news_sm` with what the features need: tagger (part of speech, tense) and lemmatizer."""
    import spacy

    with _lock:
        nlp = spacy.load(FRENCH_PIPELINE, exclude=list(_FRENCH_EXCLUDED))
        nlp.add_pipe("sentencizer", first=True)
        return nlp


@cache
def english_pipeline() -> Any:
    """`spacy.blank("en")` with a sentencizer; lemmas come from `english_lemmas` (see there)."""
    import spacy

    with _lock:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp


def _lookup(name: str) -> Any:
    import gzip
    import json
    from importlib import resources

    data = resources.files("spacy_lookups_data").joinpath("data", name).read_bytes()
    return json.loads(gzip.decompress(data))


@cache
def english_lemmas() -> Mapping[str, str]:
    """spacy-lookups-data's English lemma table (form -> lemma), the one spaCy's lookup lemmatizer reads. Read
    here, because that lemmatizer looks the word up as written: "Raised", opening a bullet, would stay "Raised"."""
    table: dict[str, str] = _lookup("en_lemma_lookup.json.gz")
    return table


@cache
def english_verbs() -> frozenset[str]:
    """English verb lemmas, from the same package's word index."""
    return frozenset(_lookup("en_lemma_index.json.gz")["verb"])


@cache
def _other_pipeline() -> Any:
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline_name(lang: Lang) -> str:
    if lang == "fr":
        import importlib.metadata

        return f"{FRENCH_PIPELINE} {importlib.metadata.version('fr-core-news-sm')}"
    if lang == "en":
        return 'spacy.blank("en") + sentencizer + spacy-lookups-data lemmas'
    return 'spacy.blank("xx") + sentencizer'


# --- Features ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    lemma: str  # lower case; the word itself when the pipeline gives no lemma
    pos: str  # universal part of speech ("VERB", "NOUN"...); "" when the pipeline gives none (English)
    tense: str  # "Pres", "Past", "Imp", "Fut" from the French tagger; "" otherwise
    verb_form: str  # "Fin", "Part", "Inf" from the French tagger; "" otherwise


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    words: tuple[Word, ...]
    tense: Tense  # what its verb says of time: present, past, or "" (no verb, or it cannot tell)

    @property
    def lemmas(self) -> tuple[str, ...]:
        return tuple(w.lemma for w in self.words)


@dataclass(frozen=True)
class TextFeatures:
    """One text as read: where it comes from, its language, sentences, words and what the rules count."""

    where: str  # "headline", "about", "position:N" (index in export.positions), "post:N", "article:N"
    language: Lang
    text: str  # as read: HTML entities decoded
    sentences: tuple[Sentence, ...]
    hashtags: tuple[str, ...]
    mentions: tuple[str, ...]
    links: tuple[str, ...]
    figures: tuple[str, ...]

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.sentences for w in s.words)

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(w.lemma for w in self.words if w.lemma[:1].isalnum())

    @property
    def first_person(self) -> int:
        """First-person singular words ("I", "my", "je", "j'", "mon"...)."""
        mine = _FIRST_PERSON[self.language] if self.language != "other" else ()
        return sum(fold(w.text) in mine for w in self.words)

    @property
    def sentence_lengths(self) -> tuple[int, ...]:
        return tuple(sum(w.text[:1].isalnum() for w in s.words) for s in self.sentences)


_FIRST_PERSON = {"en": frozenset("i i'm i've i'd my me myself".split()),
                 "fr": frozenset("je j' j moi mon ma mes".split())}  # fmt: skip


def clean(text: str) -> str:
    """The text as a reader sees it: HTML entities decoded ("&amp;" -> "&"), NFC, no zero-width characters."""
    text = unicodedata.normalize("NFC", html.unescape(text))
    return re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)


def _prepared(text: str) -> str:
    """Each line without its bullet and ending in a full stop, so that bullets are read as sentences; and its first
    letter in lower case: the small French model reads a capitalised bullet opener ("Réduit", "Piloté") as a proper
    noun."""
    lines = []
    for line in text[:MAX_CHARS].splitlines():
        line = strip_bullet(line)
        if not line:
            continue
        if line[-1] not in ".!?…:;":
            line += "."
        if len(line) > 1 and line[0].isupper() and not line[1].isupper():
            line = line[0].lower() + line[1:]
        lines.append(line)
    return "\n".join(lines)


_AUXILIARIES_FR = frozenset(("avoir", "être"))
_OPENING = 3  # words: a subject pronoun, an auxiliary, the verb
_PARTICIPLE_FR = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|eint|ainte)$")


def _tense_fr(words: Sequence[Word]) -> Tense:
    """The tense of a French sentence from its first verb: present (« je pilote », « pilote les achats »), past
    (« j'ai piloté », « piloté », « je pilotais », « pilota »). A nominal sentence (« Pilotage des achats ») has
    none."""
    # The verb that carries the tense opens the sentence, after a subject at most (« J'ai piloté », « Nous
    # pilotons »): a verb further on belongs to a nominal sentence (« Maintenance de la chaîne d'intégration
    # continue », where the small model may read « continue » as a verb).
    for n, word in enumerate(words[:_OPENING]):
        if word.pos == "AUX" and word.lemma in _AUXILIARIES_FR:
            after = words[n + 1 : n + 3]
            if any(w.verb_form == "Part" or (w.pos == "VERB" and _PARTICIPLE_FR.search(w.text.lower())) for w in after):
                return "present" if word.tense in ("Fut",) else "past"  # passé composé (« j'ai piloté »)
            return "present" if word.tense == "Pres" else "past" if word.tense in ("Imp", "Past") else ""
        after_je = n > 0 and words[n - 1].text.lower() in ("je", "j'", "j’")
        if after_je and word.pos not in ("VERB", "AUX") and word.lemma.endswith(("er", "ir", "re")):
            # The small model misreads a verb after « je » it rarely saw (« j'encadre » as a pronoun): its ending
            # still tells the time.
            form = word.text.lower()
            return "past" if form.endswith(("ais", "ait")) else "present" if form.endswith(("e", "s", "x")) else ""
        if word.pos != "VERB":
            continue
        form = word.text.lower()
        if word.tense in ("Imp", "Past") and word.verb_form == "Fin":
            return "past"
        if word.lemma.endswith("er") and any(
            form.endswith(end) and form[: -len(end)] == word.lemma[:-2] for end in ("ais", "ait", "aient")
        ):
            return "past"  # an imparfait the small model read as a present (« j'encadrais »)
        if n == 0 and word.tense == "Pres" and form.endswith(("it", "is", "ut", "u", "i")):
            return ""  # « réduit les stocks »: a present or a participle, the bullet does not say
        if word.verb_form == "Part" or (word.lemma.endswith("er") and form.endswith(("é", "ée", "és", "ées"))):
            return "past"  # a bullet that opens with a participle: « Réduit les stocks », « Animé des ateliers »
        if word.verb_form == "Inf" and form != word.lemma:
            return "present"  # « encadre » read as an infinitive by the small model
        if word.tense == "Pres" or (word.verb_form == "Inf" and n > 0 and words[n - 1].text.lower() in ("je", "j'")):
            return "present"
        if word.verb_form == "Inf":
            return ""  # « Piloter la transformation » says no time
    return ""


# Verbs whose past is their base form: "Cut lead times" may be either.
_SAME_PAST = frozenset(
    "cut put set read let hit cost spread shut quit split bet broadcast forecast upset reset outperform".split()[:-1]
)
_EN_SUBJECTS = frozenset(("i", "we", "i'm"))
_EN_PRESENT_AUX = frozenset(("am", "are", "is"))


def _tense_en(words: Sequence[Word]) -> Tense:
    """The tense of an English sentence from the verb that opens it, after an optional "I"/"we": present ("Lead a
    team", "I lead", "Runs the S&OP"), past ("Led", "Raised", "I built"). Forms that are both ("cut", "set", "read")
    say nothing, and neither does a sentence that opens with a noun."""
    verbs = english_verbs()
    table = english_lemmas()
    content = [w for w in words if w.text[:1].isalnum()]
    if not content:
        return ""
    first = content[0].text.lower()
    if first in _EN_SUBJECTS and len(content) > 1:
        first = content[1].text.lower()
        if first in _EN_PRESENT_AUX:
            return "present"
        if first in ("was", "were"):
            return "past"
    lemma = table.get(first, first)
    if lemma not in verbs:
        return ""
    if first == lemma or first in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return "" if first in _SAME_PAST else "present"
    if first.endswith("ing"):
        return ""
    return "past"


def _features(where: str, lang: Lang, text: str, doc: Any) -> TextFeatures:
    sentences = []
    for sent in doc.sents:
        if lang == "en":
            table = english_lemmas()
            words = tuple(Word(t.text, table.get(t.lower_, t.lower_), "", "", "") for t in sent if not t.is_space)
            tense: Tense = _tense_en(words)
        else:
            words = tuple(
                Word(t.text, (t.lemma_ or t.text).lower(), t.pos_, _morph(t, "Tense"), _morph(t, "VerbForm"))
                for t in sent
                if not t.is_space
            )
            tense = _tense_fr(words) if lang == "fr" else ""
        if words:
            sentences.append(Sentence(sent.text.strip(), words, tense))
    return TextFeatures(
        where=where,
        language=lang,
        text=text,
        sentences=tuple(sentences),
        hashtags=tuple(_HASHTAG.findall(text)),
        mentions=tuple(_MENTION.findall(text)),
        links=tuple(m.group(0) for m in _LINK.finditer(text)),
        figures=tuple(m.group(0).strip() for m in _FIGURE.finditer(text)),
    )


def _morph(token: Any, feature: str) -> str:
    values = token.morph.get(feature)
    return str(values[0]) if values else ""


def read_texts(texts: Iterable[tuple[str, str]], language: Lang | None = None) -> dict[str, TextFeatures]:
    """The features of each (where, text), each text in its own language (or `language` for all), read in batches
    per language."""
    by_lang: dict[Lang, list[tuple[str, str]]] = {}
    for where, raw in texts:
        text = clean(raw)
        if text.strip():
            by_lang.setdefault(language or detect_language(text), []).append((where, text))
    out: dict[str, TextFeatures] = {}
    for lang, items in by_lang.items():
        nlp = french_pipeline() if lang == "fr" else english_pipeline() if lang == "en" else _other_pipeline()
        docs = nlp.pipe((_prepared(text) for _, text in items), batch_size=64)
        for (where, text), doc in zip(items, docs, strict=True):
            out[where] = _features(where, lang, text, doc)
    return out


# --- The audit's texts ------------------------------------------------------------------------------------------


@dataclass
class TextRead:
    """The member's texts, read on first use (see the module's docstring) and then kept for the whole audit."""

    export: Export
    until: dt.date  # the last day the archive shows: "recent" posts end there
    _features: dict[str, TextFeatures] | None = field(default=None, repr=False)

    def texts(self) -> list[tuple[str, str]]:
        export = self.export
        out: list[tuple[str, str]] = []
        if export.profile:
            out += [("headline", export.profile.headline), ("about", export.profile.summary)]
        out += [(f"position:{n}", p.description) for n, p in enumerate(export.positions)]
        since = dt.datetime.combine(self.until - dt.timedelta(days=RECENT_POSTS_DAYS), dt.time())
        recent = [(n, s) for n, s in enumerate(export.shares) if s.shared_at and s.shared_at >= since]
        recent = sorted(recent, key=lambda item: item[1].shared_at or since)[-MAX_POSTS:]
        out += [(f"post:{n}", s.commentary) for n, s in recent]
        articles = [a for a in export.articles if not a.is_draft][-MAX_ARTICLES:]
        out += [(f"article:{export.articles.index(a)}", f"{a.title}\n{a.body_text}") for a in articles]
        return out

    @property
    def features(self) -> Mapping[str, TextFeatures]:
        if self._features is None:
            self._features = read_texts(self.texts())
        return self._features

    @property
    def read(self) -> bool:
        """True once the texts were read (a text rule ran)."""
        return self._features is not None

    def get(self, where: str) -> TextFeatures | None:
        return self.features.get(where)

    def position(self, index: int) -> TextFeatures | None:
        return self.features.get(f"position:{index}")

    def posts(self) -> list[TextFeatures]:
        return [f for w, f in self.features.items() if w.startswith("post:")]

    def pipelines(self) -> dict[str, dict[str, object]]:
        """For the audit's JSON: which pipeline read which texts, per language ({} when no text rule ran)."""
        if self._features is None:
            return {}
        out: dict[str, dict[str, object]] = {}
        for where, features in self._features.items():
            entry = out.setdefault(features.language, {"pipeline": pipeline_name(features.language), "texts": []})
            texts = entry["texts"]
            assert isinstance(texts, list)
            texts.append(where)
        return out
