"""Spelling of the member's own words: a light checker with the French and English word lists of `pyspellchecker`.

A word counts as misspelt when the dictionary of its text's language lacks it AND holds a word one edit away
(a letter added, dropped, swapped or changed, an accent included): "developement", « stratègie », « recrutment ».
An unknown word with no dictionary word that close is far more often a name, a brand or a trade term than a slip
of the keyboard, so it is left alone: precision first, a false "mistake" in an audit costs more than a missed one.

What a dictionary cannot judge is never looked up: names of people and organisations (the caller passes those the
archive holds: connections, companies, schools, skills), words written in capitals (acronyms) or with a capital
inside (LinkedIn, iPhone), capitalised words inside a sentence (names), words with digits, hashtags, mentions,
links and e-mail addresses, hyphenated compounds (« peut-être », "data-driven"), words of one or two letters, and
the trade terms a general dictionary lacks (`spelling_terms.txt`). A word of the other language (a French About
that says "supply chain") is looked up in that language's dictionary too. French elisions (l', d', qu', j'...)
and English contractions (don't, company's) are read as the word they hold.

Cost: a dictionary is loaded on first use only, one language at a time, and kept for the process: about 0.3 s and
35 MB for French, 0.3 s and 18 MB for English (pyspellchecker reads a gzipped JSON word-frequency list). A text
in one language never loads the other dictionary unless it holds a word the first one lacks.

The checker returns facts (the word, where it is, the suggestion), never sentences: the rules word them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from auditor.analysis.text import fold

if TYPE_CHECKING:
    from spellchecker import SpellChecker

Lang = Literal["fr", "en"]
OTHER: dict[Lang, Lang] = {"fr": "en", "en": "fr"}

_lock = threading.Lock()


@cache
def dictionary(lang: Lang) -> SpellChecker:
    """The word-frequency dictionary of `lang`, loaded once. Distance 1: the library's default of 2 costs seconds
    per long unknown word, and a slip of the keyboard is one edit away."""
    from spellchecker import SpellChecker

    with _lock:
        return SpellChecker(language=lang, distance=1)


@cache
def known_terms() -> frozenset[str]:
    """The trade terms a general dictionary lacks (folded), from `spelling_terms.txt`."""
    text = resources.files("auditor.analysis").joinpath("spelling_terms.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(fold(word) for line in words for word in line.split() if word)


_NAME_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words of names, folded (« Léa Martin-Durand », "Croix-Rousse Textiles" -> léa, martin, durand...): the
    checker ignores them wherever they appear."""
    return frozenset(fold(part) for name in names for part in _NAME_PART.findall(name))


@dataclass(frozen=True, slots=True)
class Misspelling:
    word: str  # as written in the text
    where: str  # the text's place: "headline", "about", "post:N"...
    start: int  # where the word starts in the text (characters)
    suggestion: str  # the dictionary's word one edit away (the most frequent one)


# Hashtags, mentions, links and e-mail addresses: blanked out before the words are read.
_NOT_WORDS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w&])[#@][\w.-]*\w|\b[\w-]+\.(?:com|fr|io|org|net)\b\S*",
    re.IGNORECASE,
)
# A word: letters, digits, underscores, with inner apostrophes and hyphens. A full stop ends it, so that a missing
# space ("construit.Chez") still leaves two words to read.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
# What opens a sentence or a headline's part: the text's start, a line break, a full stop, a bullet, a separator.
_OPENERS = frozenset(".!?…\n|•·▪◦●■►▸‣*–—-/")
_QUOTES_BEFORE = frozenset(" \t\u00a0\u202f«“\"'‘([")
_ELISION_FR = re.compile(r"^(?:l|d|j|m|t|s|n|c|ç|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)'(.+)$", re.IGNORECASE)
_CONTRACTION_EN = re.compile(r"^(.+?)(?:'s|'re|'ve|'ll|'d|'m|n't|s')$", re.IGNORECASE)
MIN_LETTERS = 3

# The English list spells the American way: a British spelling is read through its American form ("organisation",
# "colour", "centre", "paediatrics", "analyse", "programme", "sceptical", "defence").
_BRITISH = (
    (re.compile(r"is(e|es|ed|ing|ation|ations|ational|ationally|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),
    (re.compile(r"our(?=ite|able|ful|ing)"), "or"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"^sc(?=ep)"), "sk"),
    (re.compile(r"ium$"), "um"),
    (re.compile(r"que(s)?$"), r"ck\1"),
)


def american(word: str) -> set[str]:
    """The American spellings a British `word` may stand for (each rule alone, and all of them together)."""
    out = set()
    together = word
    for pattern, repl in _BRITISH:
        out.add(pattern.sub(repl, word))
        together = pattern.sub(repl, together)
    out.add(together)
    out.discard(word)
    return out


def _sentence_initial(text: str, start: int) -> bool:
    n = start - 1
    while n >= 0 and text[n] in _QUOTES_BEFORE:
        n -= 1
    return n < 0 or text[n] in _OPENERS


def _plain(word: str) -> str:
    """The form the dictionaries hold: lower case, straight apostrophes, "oe" for "œ" (the French list writes
    « coeur »)."""
    return word.lower().replace("’", "'").replace("œ", "oe").replace("æ", "ae")


class Checker:
    """Checks texts against the dictionaries, ignoring `ignore` (folded words: names, skills, the member's own
    accepted words) besides what is never looked up (see the module's docstring)."""

    def __init__(self, ignore: Collection[str] = ()) -> None:
        self.ignore = frozenset(ignore) | known_terms()

    def known(self, word: str, lang: Lang) -> bool:
        words = dictionary(lang)
        return word in words or (lang == "en" and any(form in words for form in american(word)))

    def _candidate(self, token: str, text: str, start: int, lang: Lang) -> str | None:
        """The form of `token` to look up, or None when it is not a dictionary's business."""
        if any(ch.isdigit() or ch == "_" for ch in token) or "-" in token:
            return None
        letters = sum(ch.isalpha() for ch in token)
        if letters < MIN_LETTERS:
            return None
        if token.isupper() or any(ch.isupper() for ch in token[1:]):
            return None  # an acronym, LinkedIn, iPhone
        if token[0].isupper() and not _sentence_initial(text, start):
            return None  # a name inside a sentence
        if start > 0 and text[start - 1] in "·.⋅" and token.islower():
            return None  # the ending of inclusive writing: « développeur·euse », « salarié.e.s »
        word = _plain(token)
        if fold(word) in self.ignore:
            return None
        return word

    def _base(self, word: str, lang: Lang) -> str | None:
        """The word to look up: `word`, or the word an elision or contraction holds (« l'équipe » -> « équipe »,
        "company's" -> "company"); None when there is nothing to judge (a name after an elision, O'Neill)."""
        if "'" not in word:
            return word
        match = (_ELISION_FR if lang == "fr" else _CONTRACTION_EN).match(word)
        if match is None:
            match = (_CONTRACTION_EN if lang == "fr" else _ELISION_FR).match(word)
        if match is None:
            return None
        inner = match.group(1)
        if len(inner) < MIN_LETTERS or fold(inner) in self.ignore:
            return None
        return inner

    def suggestion(self, word: str, lang: Lang) -> str | None:
        """The dictionary's word one edit away from `word` (the most frequent, accents first), or None."""
        fixed = dictionary(lang).correction(word)
        return fixed if fixed and fixed != word else None

    def check(self, text: str, lang: Lang, where: str = "") -> tuple[Misspelling, ...]:
        """The misspelt words of `text`, written in `lang`, in their order (each word once)."""
        return tuple(self._iter(text, lang, where))

    def _iter(self, text: str, lang: Lang, where: str) -> Iterator[Misspelling]:
        blanked = _NOT_WORDS.sub(lambda m: " " * len(m.group(0)), text)
        seen: set[str] = set()
        for match in _TOKEN.finditer(blanked):
            token, start = match.group(0), match.start()
            word = self._candidate(token, text, start, lang)
            if word is None or word in seen:
                continue
            seen.add(word)
            if self.known(word, lang):
                continue
            base = self._base(word, lang)
            if base is None or self.known(base, lang):
                continue
            fixed = self.suggestion(base, lang)
            if fixed is None:
                continue  # nothing one edit away: a name, a brand, a term, not a slip
            # A French word missing its accent (« amelioration ») is a slip even when English has the word; any other
            # word of the other language (« process », "chez") is the member's mixing, not a mistake. That dictionary
            # is loaded only now.
            if not (lang == "fr" and fold(fixed) == fold(base)) and self.known(base, OTHER[lang]):
                continue
            cut = 0
            if base != word and word.endswith(base):  # after an elision: « l'equipe » quotes « equipe »
                cut = max(token.rfind("'"), token.rfind("’")) + 1
            yield Misspelling(token[cut:], where, start + cut, fixed)  # a contraction ("companys's") is quoted whole


def check_spelling(text: str, lang: Lang, where: str = "", ignore: Collection[str] = ()) -> tuple[Misspelling, ...]:
    """The misspelt words of `text` (see `Checker`)."""
    return Checker(ignore).check(text, lang, where)
