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

Cost: a dictionary is loaded on first use only, one language at a time, and kept for the process: about 0.12 s CPU
and 15 MB each (see `dictionary`). A text in one language loads the other dictionary only when it holds a word the
first one lacks that is one edit away from a word it holds (a French About that says "product managers": « produit »).

The checker returns facts (the word, where it is, the suggestion), never sentences: the rules word them.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from auditor.analysis.text import fold

Lang = Literal["fr", "en"]
OTHER: dict[Lang, Lang] = {"fr": "en", "en": "fr"}

_lock = threading.Lock()


@dataclass(frozen=True)
class WordList:
    """A language's word-frequency list: whether a word is in it, and its words one edit away."""

    words: frozenset[str]
    alphabet: str  # the letters an edit may add or change
    listing: bytes  # the list as pyspellchecker writes it, one `"word": count` a line: counts are read there

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def count(self, word: str) -> int:
        """How often `word` occurs in the corpus the list was made from (read only for the few suggestions)."""
        key = b'\n"' + word.encode() + b'":'
        at = self.listing.find(key)
        if at < 0:
            return 0
        end = self.listing.find(b"\n", at + len(key))
        return int(self.listing[at + len(key) : end if end >= 0 else None].strip(b" ,}"))

    def correction(self, word: str) -> str | None:
        """The listed word one edit away from `word` (a letter added, dropped, changed, or two swapped): one that
        differs only by its accents first (« strategie » -> « stratégie »), then the most frequent; None if none."""
        near = {w for w in _edits(word, self.alphabet) if w in self.words}
        if not near:
            return None
        folded = fold(word)
        return max(sorted(near), key=lambda w: (fold(w) == folded, self.count(w)))


def _edits(word: str, alphabet: str) -> Iterator[str]:
    for n in range(len(word) + 1):
        head, tail = word[:n], word[n:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
        for letter in alphabet:
            yield head + letter + tail
            if tail:
                yield head + letter + tail[1:]


_ALPHABETS: dict[Lang, str] = {
    "en": "abcdefghijklmnopqrstuvwxyz'",
    "fr": "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿ'-",
}


@cache
def dictionary(lang: Lang) -> WordList:
    """pyspellchecker's word-frequency list of `lang`, read once. Read here rather than through the library's
    `SpellChecker`, which parses the whole JSON and builds a Counter and the alphabet of its 140,000 to 160,000
    words (0.2 to 0.3 s CPU a language, on a typical audit's critical path): the list is a flat JSON object, one
    `"word": count` a line in UTF-8, so a split on its quotes gives the words in half the time, and a count is
    read from the text only for the suggestions. Another shape (an escaped character) goes through `json`."""
    data = resources.files("spellchecker").joinpath("resources", f"{lang}.json.gz").read_bytes()
    with _lock:
        listing = gzip.decompress(data)
        parts = listing.split(b'"')
        if b"\\" in listing or len(parts) % 2 == 0:
            counts: dict[str, int] = json.loads(listing)
            listing = "".join(f'\n"{w}": {n},' for w, n in counts.items()).encode()
            return WordList(frozenset(counts), _ALPHABETS[lang], listing)
        return WordList(frozenset(map(bytes.decode, parts[1::2])), _ALPHABETS[lang], listing)


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
    # Names repeat (30,000 connections hold a few hundred distinct first names, last names and companies): each is
    # cut and folded once.
    parts = {part for name in set(names) for part in _NAME_PART.findall(name)}
    return frozenset(fold(part) for part in parts)


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
        """The dictionary's word one edit away from `word` (accents first, then the most frequent), or None."""
        fixed = dictionary(lang).correction(word)
        return fixed if fixed != word else None

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
