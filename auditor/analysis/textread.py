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
import sys
import threading
import types
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from auditor.analysis.text import find_terms, fold, strip_bullet

if TYPE_CHECKING:
    from auditor.analysis.tone import Tone
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
_ONLY_FRENCH = frozenset("du des les et est pour avec sur au aux je mon mes nous vous chez où".split())
_ONLY_ENGLISH = frozenset("the and is for with of my we i to".split())
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
    if code == "other" and len(text) < SHORT_TEXT:
        # « Pilotage du S&OP » comes out German: words no neighbour language shares settle it.
        words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower())
        french = sum(w in _ONLY_FRENCH or w.startswith(("j'", "l'", "d'", "qu'")) for w in words)
        english = sum(w in _ONLY_ENGLISH for w in words)
        if bool(french) != bool(english):
            return "fr" if french else "en"
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
_lock = threading.RLock()


@contextmanager
def _standing_in(name: str, **attributes: object) -> Iterator[None]:
    """While the block runs, importing module `name` gives a stand-in with these attributes; afterwards the stand-in
    is gone from `sys.modules`, so that a later import of `name` loads the real module."""
    stand_in = types.ModuleType(name)
    stand_in.__dict__.update(attributes)
    sys.modules[name] = stand_in
    try:
        yield
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _spacy() -> Any:
    """`import spacy` without its command line. spaCy's package imports `spacy.cli.info` for `spacy.info`, and with
    it every command of its command line and their libraries (typer, weasel, httpx, requests, rich): 0.4 s of the
    1.1 s the import takes, for code the tool never calls. The import runs with stand-ins for `spacy.cli` and
    `spacy.cli.info`; `spacy.info` then imports the real one when called."""
    with _lock:
        if "spacy" in sys.modules:
            import spacy

            return spacy
        # A package stand-in (a __path__) so that the submodule import finds its own stand-in.
        with _standing_in("spacy.cli", __path__=[]), _standing_in("spacy.cli.info", info=_spacy_info):
            import spacy
        return spacy


@cache
def french_pipeline() -> Any:
    """`fr_core_news_sm` with what the features need: tagger (part of speech, tense) and lemmatizer.

    Loaded without its tokenizer's `token_match`, which costs more than the rest of the audit. spaCy's French
    language data builds TOKEN_MATCH, one 1.45 MB case-insensitive regular expression of hyphen and elision
    exceptions ("faux-vampire", "entr'abat"), when `spacy.lang.fr` is imported: Python's `re` takes about 4.5 s to
    compile it (mostly in `_optimize_charset`). The model's own `tokenizer` file holds the same pattern and would
    compile it again on load. Upstream measured the cost when the pattern replaced a word list (explosion/spaCy
    PR #3046: "most time ... is now lost when compiling the TOKEN_MATCH regular expression") and noticed that the
    module's compiled pattern is overwritten by the model's on load (issue #3011). The tool does not need it: the
    278 exceptions of the model (« aujourd'hui », « peut-être », abbreviations) and its prefix, suffix and infix
    rules (elisions « l' », « d' », « qu' », inversions « dit-il ») are kept; hyphenated compounds are no longer
    kept whole (« Saint-Gobain » is three tokens). A small pattern keeping letter-hyphen-letter compounds together
    (but not « dit-il ») was tried: the labelled set and the samples' findings came out the same, so none is used.

    So, when `spacy.lang.fr` was not imported yet: it is imported with a stand-in for its `tokenizer_exceptions`
    module (no exceptions, no TOKEN_MATCH), the stand-in removed right after (a later import of that module gets
    the real one); the model is loaded without its tokenizer, and its tokenizer file is read and applied without the
    pattern. The French language class then keeps empty default exceptions for the process: a `spacy.blank("fr")`
    made later tokenizes less finely (the tool makes none).

    The lemmatizer's tables (216,849 word forms) are read by `_french_lookups` rather than by spaCy, which inserts
    them one by one through Python: 0.8 s. Import and load: 8.4 s before, about 2.5 s now."""
    spacy = _spacy()
    with _lock:
        if "spacy.lang.fr" not in sys.modules:
            with _standing_in("spacy.lang.fr.tokenizer_exceptions", TOKENIZER_EXCEPTIONS={}, TOKEN_MATCH=None):
                import spacy.lang.fr
        nlp = spacy.load(FRENCH_PIPELINE, exclude=[*_FRENCH_EXCLUDED, "tokenizer", "lemmatizer"])
        path = Path(nlp.path)
        _load_tokenizer(nlp, path / "tokenizer")
        settings = dict(spacy.util.load_config(path / "config.cfg")["components"]["lemmatizer"])
        lemmatizer = nlp.add_pipe(settings.pop("factory"), name="lemmatizer", config=settings)
        lemmatizer.initialize(lookups=_french_lookups(path / "lemmatizer" / "lookups" / "lookups.bin"))
        nlp.add_pipe("sentencizer", first=True)
        return nlp


def _load_tokenizer(nlp: Any, path: Path) -> None:
    """The model's tokenizer settings (prefixes, suffixes, infixes, URLs, exceptions) without its token_match."""
    import srsly  # type: ignore[import-untyped]

    data = srsly.msgpack_loads(path.read_bytes())
    data.pop("token_match", None)
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])


def _french_lookups(path: Path) -> Any:
    """The lemmatizer's tables as spaCy's `Lookups.from_disk` would make them, made faster. The file holds each table
    as a dict keyed by the hashes of the words; spaCy's `Table` re-inserts every entry through its Python
    `__setitem__` (hashing a key that is already a hash); here each entry goes straight into the ordered dict and
    its Bloom filter: the same table in 0.3 s instead of 0.8 s. The word lists of `lemma_index` (66,191 nouns, 28,022
    verbs...) become sets: the lemmatizer only asks whether a form is in them, which a list answers word by word."""
    from collections import OrderedDict

    import srsly  # type: ignore[import-untyped]
    from preshed.bloom import BloomFilter  # type: ignore[import-untyped]
    from spacy.lookups import Lookups, Table

    lookups = Lookups()
    insert = OrderedDict.__setitem__
    for name, data in srsly.msgpack_loads(path.read_bytes()).items():
        if name == "lemma_index":
            data = {pos: frozenset(words) for pos, words in data.items()}
        if not all(isinstance(key, int) for key in data):
            lookups.set_table(name, Table(name, data))  # not the file this was written for: spaCy's own way
            continue
        table = Table.__new__(Table)
        OrderedDict.__init__(table)
        table.name = name
        table.default_size = 1e6
        table.bloom = BloomFilter.from_error_rate(max(len(data), 1))
        for key, value in data.items():
            insert(table, key, value)
        for _ in map(table.bloom.add, data):
            pass
        lookups.set_table(name, table)
    return lookups


@cache
def english_pipeline() -> Any:
    """`spacy.blank("en")` with a sentencizer; lemmas come from `english_lemmas` (see there)."""
    spacy = _spacy()
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
    nlp = _spacy().blank("xx")
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
    text: str  # as the pipeline read it (see _prepared: first letter in lower case, a full stop after a bullet)
    words: tuple[Word, ...]
    tense: Tense  # what its verb says of time: present, past, or "" (no verb, or it cannot tell)
    source: str = ""  # as the member wrote it (without the bullet): what evidence quotes

    @property
    def lemmas(self) -> tuple[str, ...]:
        return tuple(w.lemma for w in self.words)


def record_index(where: str) -> int:
    """The index in its section of the record a text was read from: "post:3" -> 3 (export.shares[3])."""
    return int(where.split(":", 1)[1])


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


_SENTENCE_START = re.compile(r"(?<=[.!?] )[^\W\d_](?=[^\W\d_A-ZÀ-Þ])")


def _prepared(text: str) -> str:
    """Each line without its bullet and ending in a full stop, so that bullets are read as sentences; and its first
    letter in lower case: the small French model reads a capitalised bullet opener ("Réduit", "Piloté") as a proper
    noun."""
    return _prepared_and_source(text)[0]


def _prepared_and_source(text: str, lang: Lang = "fr") -> tuple[str, str]:
    """`_prepared(text)`, and the same characters as the member wrote them (first letters as typed; the full stops
    added for the reader are spaces), position for position, so that a sentence can be quoted as written."""
    prepared, source = [], []
    for line in text[:MAX_CHARS].splitlines():
        line = strip_bullet(line)
        if not line:
            continue
        written = line
        if line[-1] not in ".!?…:;":
            line += "."
            written += " "
        if len(line) > 1 and line[0].isupper() and not line[1].isupper():
            line = line[0].lower() + line[1:]
        if lang == "fr":
            # So is each sentence's inside a line (« Gère la paie. Anime le réseau. »): the same misreading.
            line = _SENTENCE_START.sub(lambda m: m.group(0).lower(), line)
        prepared.append(line)
        source.append(written)
    return "\n".join(prepared), "\n".join(source)


_AUXILIARIES_FR = frozenset(("avoir", "être"))
_OPENING = 3  # words: a subject pronoun, an auxiliary, the verb
_PARTICIPLE_FR = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|eint|ainte)$")


def _tense_fr(words: Sequence[Word]) -> Tense:
    """The tense of a French sentence from its first verb: present (« je pilote », « pilote les achats »), past
    (« j'ai piloté », « piloté », « je pilotais », « pilota »). A nominal sentence (« Pilotage des achats ») has
    none."""
    # The verb that carries the tense opens the sentence, after a subject at most (« J'ai piloté », « Nous
    # pilotons »): a verb further on belongs to a nominal sentence (« Maintenance de la chaîne d'intégration
    # continue », where the small model may read « continue » as a verb). A year before it is set aside
    # (« Depuis 2018, j'accompagne »).
    words = _after_year(words)
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
        if n == 0 and word.pos != "VERB" and len(words) > 1 and words[1].text.lower() in _FR_ARTICLES:
            # « Anime le réseau », « Pilote le budget »: the small model reads the opener as a noun, but no noun opens
            # a sentence right before an article; a form in -e is a present.
            return "present" if word.text.lower().endswith("e") else ""
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


# Articles and possessives: never right after a noun that opens a sentence (« des » and « du » are also « de » +
# article, as in « Pilotage des achats », so they are not here).
_FR_ARTICLES = frozenset("le la les l' l’ un une mon ma mes notre nos leur leurs ce cet cette ces".split())
_YEAR_OPENERS = frozenset("depuis en dès since in from until".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


def _after_year(words: Sequence[Word]) -> Sequence[Word]:
    """The words after an opening year and its preposition (« Depuis 2018, », "In 2021"), else all of them."""
    if len(words) > 2 and words[0].text.lower() in _YEAR_OPENERS and _YEAR.fullmatch(words[1].text):
        return words[3:] if words[2].text == "," else words[2:]
    return words


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
    content = [w for w in _after_year(words) if w.text[:1].isalnum()]
    if not content:
        return ""
    first = content[0].text.lower()
    if first in _EN_SUBJECTS and len(content) > 1:
        content = [content[0], *(w for w in content[1:3] if w.text.lower() not in _ADVERBS)]  # "I also coach"
        first = content[1].text.lower() if len(content) > 1 else ""
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


# Abbreviations the sentencizer takes for the end of a sentence (the French tokenizer runs without its exceptions,
# see french_pipeline): « p. ex. », « cf. », « M. Kerbrat », "e.g.".
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:p\.\s?ex|cf|env|[eE]\.g|i\.e|vs|M|MM|Mme|Dr|Pr|St)\.$")


def _sentence_spans(doc: Any) -> list[Any]:
    """The doc's sentences, each joined to the next when it ends on an abbreviation."""
    spans: list[Any] = []
    for sent in doc.sents:
        if spans and _ABBREVIATION.search(spans[-1].text.rstrip()):
            spans[-1] = doc[spans[-1].start : sent.end]
        else:
            spans.append(sent)
    return spans


def _features(where: str, lang: Lang, text: str, doc: Any, source: str = "") -> TextFeatures:
    sentences = []
    for sent in _sentence_spans(doc):
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
            written = source[sent.start_char : sent.end_char].strip() if source else ""
            sentences.append(Sentence(sent.text.strip(), words, tense, written or sent.text.strip()))
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
        prepared = [_prepared_and_source(text, lang) for _, text in items]
        docs = nlp.pipe((ready for ready, _ in prepared), batch_size=64)
        for (where, text), (_, source), doc in zip(items, prepared, docs, strict=True):
            out[where] = _features(where, lang, text, doc, source)
    return out


# --- Listed terms (clichés) ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermUse:
    """One use of a listed term in a text: the term as listed (its first variant) and the sentence as written."""

    term: str
    sentence: str


@dataclass(frozen=True, slots=True)
class _Token:
    form: str  # folded
    lemma: str  # folded; "" when a form must match as written (an English inflected form: "driven", "experienced")


# Words between a verb's auxiliary and the verb ("has really driven", « a beaucoup motivé »).
_ADVERBS = frozenset("really truly always also deeply strongly beaucoup toujours vraiment aussi".split())
_EN_HAVE = frozenset("has have had having 've i've we've".split())
_EN_BE = frozenset("am is are was were be been being 'm i'm".split())
# After a participle, the words that make it a verb with an object ("driven the growth", "motivated my team").
_EN_SUBJECTS_ALL = frozenset("i we you he she they who".split())
_EN_OBJECTS = frozenset("me us him her them it my our your his their the a an this that these those".split())
# ... or a quantity ("experienced fewer outages", "motivated two teams").
_EN_QUANTITIES = frozenset("fewer more less no some many several any all each every".split())
_FR_AVOIR = frozenset("ai as a avons avez ont avait avaient".split())
_FR_CLITICS = frozenset("me m' te t' se s' nous vous le la les l' lui leur".split())
_FR_REFLEXIVE = frozenset("me m' te t' se s' nous vous".split())
_PRESENT_PARTICIPLE_FR = ("ant", "ante", "ants", "antes")


def _content_words(sentence: Sentence) -> list[Word]:
    return [w for w in sentence.words if w.text[:1].isalnum()]


@cache
def _term_tokens(terms: tuple[str, ...], lang: Lang) -> tuple[tuple[str, str, tuple[tuple[_Token, ...], ...]], ...]:
    """Each listed term as (label, key, its variants as tokens read by the language's pipeline). French words match
    on their lemma (« passionnées » for « passionné »); English ones on the form, or on the lemma when the listed
    word is its own lemma ("experts" for "expert", but "experience" is not "experienced")."""
    variants = [(n, v.strip()) for n, term in enumerate(terms) for v in term.split("|") if v.strip()]
    read = read_texts([(str(i), v) for i, (_, v) in enumerate(variants)], language=lang) if variants else {}
    out: dict[int, list[tuple[_Token, ...]]] = {}
    for i, (n, _variant) in enumerate(variants):
        features = read.get(str(i))
        if features is None:
            continue
        tokens = []
        for word in (w for s in features.sentences for w in _content_words(s)):
            form, lemma = fold(word.text), fold(word.lemma)
            tokens.append(_Token(form, lemma if lang == "fr" or form == lemma else ""))
        if tokens:
            out.setdefault(n, []).append(tuple(tokens))
    return tuple(
        (terms[n].split("|")[0].strip(), fold(terms[n].split("|")[0]), tuple(found)) for n, found in out.items()
    )


def _is_verb(words: Sequence[Word], n: int, lang: Lang) -> bool:
    """Whether the listed word `words[n]` is used as a verb ("has driven me to", « ce projet m'a motivé », « me
    passionne »), not as the adjective or noun that makes it a cliché ("results-driven", "I am driven",
    « motivée et passionnée »)."""
    word = words[n]
    before = [w.text.lower().replace("’", "'") for w in words[max(0, n - 3) : n] if w.text.lower() not in _ADVERBS]
    after = words[n + 1].text.lower() if n + 1 < len(words) else ""
    if lang == "fr":
        if word.verb_form in ("Fin", "Inf"):
            return True
        if before and before[-1] in _FR_CLITICS:
            return True  # « me motive » (read as an adjective by the small model)
        if len(before) > 1 and words[n - 1].lemma == "être" and before[-2] in _FR_REFLEXIVE:
            return True  # a pronominal verb: « je me suis spécialisée », « elle s'est passionnée pour »
        return word.verb_form == "Part" and any(w.lemma == "avoir" for w in words[max(0, n - 3) : n])
    if word.lemma not in english_verbs():
        # A French word in an English text (« Ce projet m'a motivé » closing an English About): after a form of
        # « avoir », a passé composé.
        french = _PARTICIPLE_FR.search(word.text.lower()) and not word.text.isascii()
        return bool(french and before and before[-1].rsplit("'", 1)[-1] in _FR_AVOIR)
    if word.text.lower() == word.lemma:
        return False  # "passionate", "creative": no verb to mistake
    if before and before[-1] in _EN_HAVE:
        return True
    if before and before[-1] in _EN_BE:
        return after == "by"  # "was driven by the data" is a passive; "I am driven" a claim
    if before and before[-1] in _EN_SUBJECTS_ALL:
        return True  # "She specialised in", "we motivated": a verb in the past
    return after in _EN_OBJECTS or after in _EN_QUANTITIES or after.isdigit()


def _same_lemma(token: _Token, word: tuple[str, str]) -> bool:
    """Whether a listed token matches a word (folded form, folded lemma) on its lemma. A French present participle
    is another word than the participle listed: the lemma table gives « passionnant » (exciting) and « passionné »
    the lemma « passionner »."""
    if not token.lemma or token.lemma != word[1]:
        return False
    return not (word[0].endswith(_PRESENT_PARTICIPLE_FR) and not token.form.endswith(_PRESENT_PARTICIPLE_FR))


def term_uses(features: TextFeatures, terms: Sequence[str]) -> list[TermUse]:
    """Each use of a listed term (`"a|b"` lists variants counted as one term) in the text, sentence by sentence,
    matched on the words the language's pipeline read: whole words only, French on lemmas, a phrase inside a longer
    listed phrase counted once (in "proven track record", not "track record" too). A one-word term used as a verb
    does not count (see `_is_verb`). A text in another language is matched on its folded words."""
    if features.language == "other":
        return [
            TermUse(term, s.source or s.text)
            for s in features.sentences
            for term in find_terms(s.source or s.text, terms)
        ]
    patterns = _term_tokens(tuple(terms), features.language)
    uses: list[TermUse] = []
    for sentence in features.sentences:
        words = _content_words(sentence)
        folded = [(fold(w.text), fold(w.lemma)) for w in words]
        matches: list[tuple[int, int, str]] = []
        for label, _key, variants in patterns:
            for tokens in variants:
                size = len(tokens)
                for n in range(len(words) - size + 1):
                    if all(t.form == folded[n + i][0] or _same_lemma(t, folded[n + i]) for i, t in enumerate(tokens)):
                        if size == 1 and _is_verb(words, n, features.language):
                            continue
                        matches.append((n, n + size, label))
        kept: list[tuple[int, int, str]] = []
        for match in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):  # longest first, then leftmost
            if all(match[1] <= other[0] or match[0] >= other[1] for other in kept):
                kept.append(match)
        uses += [TermUse(label, sentence.source or sentence.text) for _s, _e, label in sorted(kept)]
    return uses


@dataclass(frozen=True, slots=True)
class PitchItem:
    """A piece of pitch material: a sentence that carries a result, a current project, or a topic of recent posts,
    with where it comes from ("about", "position:N", "post:N": the text's key in TextRead.features)."""

    kind: Literal["result", "current", "topic"]
    text: str  # the sentence as written, or the topic ("#supplychain")
    where: str
    tense: Tense = ""  # the sentence's


_RESULT_DIGIT = re.compile(r"\d")
# Figures that measure nothing done: links, e-mails, hashtags and mentions; phone numbers (9 digits or more, not an
# amount); dates and years, spans of years ("2019-2023"), years of experience ("12 years", « 10 ans », "20+ yrs");
# round-the-clock ("24/7", « 7j/7 », « 24h/24 », « 7 jours sur 7 »); ordinals ("1st", « 2e »); digits glued after
# letters: names and codes ("B2B", "Web3", "Covid-19", "S/4HANA"), but not a multiplier ("x3"); standards ("ISO 9001")
# and versions ("Industry 4.0"). An amount that looks like a year ("2000 customers") is set aside too: years are
# common in an About, such amounts rare.
_NOT_RESULT = re.compile(
    r"""(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+\w|[#@]\w+
    |\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b
    |\b\d{1,2}\s?[hj]?\s?/\s?\d{1,2}\b|\b\d{1,2}\s?(?:jours|days|h)\s(?:sur|out\sof)\s\d{1,2}\b
    |\b(?:19|20)\d{2}\b(?:\s?[-–/]\s?(?:(?:19|20)?\d{2}\b|(?:today|now|aujourd'hui|présent)\b))?
    |\b\d+(?:[.,]\d+)?\s?\+?\s?(?:years?|yrs?|ans?|années?)\b
    |\b\d+(?:st|nd|rd|th|er|re|ère|e|ème|eme)\b
    |\b(?![x×]\d)[^\W\d_]+[-/]?\d\w*
    |\biso\s?\d+|\b\d\.0\b""",
    re.IGNORECASE | re.VERBOSE,
)
_PHONE = re.compile(r"\+?\(?\d[\d\s.()-]{7,}\d(?!\s?(?:[%€$£]|k\b|m\b|m€|k€|md|millions?|euros?|dollars?))", re.I)
# A change told without a verb: a signed figure ("+30 %", "-20%"), a multiplier ("x3", "3x"), "up 40%", or a
# figure in a sentence that names a change ("a 30% reduction", « hausse de 12 % », « 2 M€ d'économies »).
_SIGNED = re.compile(
    r"(?<![\w])[+\-−]\s?\d|(?<![\w])[x×]\s?\d|\d\s?[x×](?!\w)|\b(?:up|down)\s(?:by\s)?\d", re.IGNORECASE
)
# « Temps de chargement réduit de 40 % », « délais divisés par 2 »: a participle, then by how much; the small model
# often reads such a participle as an adjective.
_CHANGED_BY = re.compile(
    r"\b[^\W\d_]{3,}(?:é|ée|és|ées|it|ite|its|ites|u|ue|us|ues|is|ise|ises)\s+(?:de|par)\s+(?:plus\s+de\s+)?\d",
    re.IGNORECASE,
)
_CHANGE_WORDS = frozenset(
    "reduction increase growth saving savings gain drop decrease improvement rise uplift cut down "
    "réduction baisse hausse augmentation croissance gain économie diminution amélioration progression".split()
)


_PARTICIPLE_ER = re.compile(r"[^\W\d_]{3,}(?:é|ée|és|ées)$")


def _acts(sentence: Sentence, language: Lang) -> bool:
    """Whether a sentence tells an action: it has a tense (its opening verb), or holds a verb (see _french_verb);
    in English, an inflected form of a verb."""
    if sentence.tense:
        return True
    if language == "en":
        return any(w.lemma in english_verbs() and w.text.lower() != w.lemma for w in sentence.words)
    return any(_french_verb(sentence.words, n) for n in range(len(sentence.words)))


def _french_verb(words: Sequence[Word], n: int) -> bool:
    """Whether `words[n]` is a verb that tells an action. A participle is one when it opens the sentence or follows
    a word (« 2,1 M€ de BFR libérés », « 80 développeurs recrutés », which the small model may read as a noun), not
    when it follows a comma: « 3 enfants, passionnée de course à pied » is an adjective the model reads as a
    verb."""
    word = words[n]
    if word.pos == "VERB" and word.verb_form != "Part":
        return True
    if word.verb_form != "Part" and not _PARTICIPLE_ER.match(word.text.lower()):
        return False
    return n == 0 or words[n - 1].text[:1].isalnum()


def measured(text: str) -> str:
    """The text with the figures that measure nothing blanked out (see _NOT_RESULT and _PHONE)."""
    blank = _NOT_RESULT.sub(" ", text)
    return _PHONE.sub(lambda m: " " if sum(c.isdigit() for c in m.group(0)) >= 9 else m.group(0), blank)


def idle_figures(text: str) -> bool:
    """Whether the text holds digits and none of them measures anything done (a date, a phone number...)."""
    return bool(_RESULT_DIGIT.search(text)) and not _RESULT_DIGIT.search(measured(text))


def carries_result(sentence: Sentence, language: Lang) -> bool:
    """Whether a sentence tells a result with a figure: a figure that measures something (not a date, a phone
    number, "24/7", years of experience, a code) in a sentence that tells an action ("Cut lead times by 30%",
    « j'ai réduit les stocks de 2 M€ »), or that tells a change without a verb ("+30 % de CA", "a 30% reduction in
    lead time")."""
    written = measured(sentence.source or sentence.text)
    if not _RESULT_DIGIT.search(written):
        return False
    return (
        bool(_SIGNED.search(written))
        or (language != "en" and bool(_CHANGED_BY.search(written)))
        or _acts(sentence, language)
        or any(w.lemma in _CHANGE_WORDS or w.text.lower() in _CHANGE_WORDS for w in sentence.words)
    )


# --- The audit's texts ------------------------------------------------------------------------------------------


@dataclass
class TextRead:
    """The member's texts, read on first use (see the module's docstring) and then kept for the whole audit."""

    export: Export
    until: dt.date  # the last day the archive shows: "recent" posts end there
    _features: dict[str, TextFeatures] | None = field(default=None, repr=False)
    _tones: dict[str, Tone] | None = field(default=None, repr=False)

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

    def post_tones(self) -> dict[str, Tone]:
        """The tone of each recent post, by its key ("post:3"): read once for the audit, which asks twice (TXT-010
        and the planner's pitch, which quotes no complaining post)."""
        if self._tones is None:
            from auditor.analysis.tone import tone  # the tone module reads this one's TextFeatures

            self._tones = {f.where: tone(f) for f in self.posts()}
        return self._tones

    def main_language(self) -> Lang | None:
        """The language most of the profile's own words are written in: the headline, About and position
        descriptions read, weighed by their length; None when no text rule read them, or when none is French or
        English. The report's language defaults to it (before the word-count guess)."""
        if self._features is None:
            return None
        weight: dict[Lang, int] = {}
        for where, features in self._features.items():
            if features.language != "other" and (where in ("headline", "about") or where.startswith("position:")):
                weight[features.language] = weight.get(features.language, 0) + len(features.text)
        return max(weight.items(), key=lambda item: item[1])[0] if weight else None

    def pitch_material(self, max_topics: int = 5) -> list[PitchItem]:
        """What the planner's pitch can say, each with where it comes from: the sentences of the About and the
        descriptions that carry a result (`carries_result`: "Cut lead times by 30%", « +30 % de CA »), the current
        positions' sentences told in the present (the projects of now, results or not), and the topics of recent
        posts (their most frequent hashtags, as first written), in that order of texts. Reads the texts if no rule
        did; the planner asks only when a rule did (auditor.planner.build_plan)."""
        items: list[PitchItem] = []
        current = {f"position:{n}" for n, p in enumerate(self.export.positions) if p.is_current}
        topics: dict[str, tuple[int, str, str]] = {}  # lower case: (posts, the first post's key, as first written)
        for where, features in self.features.items():
            if where == "about" or where.startswith("position:"):
                for sentence in features.sentences:
                    written = sentence.source or sentence.text
                    if where in current and sentence.tense == "present":
                        items.append(PitchItem("current", written, where, sentence.tense))
                    elif carries_result(sentence, features.language):
                        items.append(PitchItem("result", written, where, sentence.tense))
            elif where.startswith("post:"):
                tags: dict[str, str] = {}
                for tag in features.hashtags:
                    if _LETTER.search(tag):  # not "#39"
                        tags.setdefault(tag.lower(), tag)
                for key, tag in tags.items():
                    count, first, written = topics.get(key, (0, where, tag))
                    topics[key] = (count + 1, first, written)
        ranked = sorted(topics.values(), key=lambda topic: -topic[0])[:max_topics]
        items += [PitchItem("topic", f"#{written}", first) for _count, first, written in ranked]
        return items

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
