"""Text helpers the rules share: lengths, accent folding, whole-word term matching, first person, figures,
sentences.

Members write in French or English, with or without accents, with typographic apostrophes (’) and dashes, in
bullets or prose. Every comparison therefore goes through `fold`, and every term list is matched on whole words
or phrases, never on substrings ("lead" must not match "leadership"). Pure functions, no NLP model: a spaCy
pipeline may replace some of them later, behind the same signatures.

Term lists (buzzwords, duty openers, side-activity words) are tuples of strings; one entry may list variants
separated by "|" (`"motivé|motivée|motivés|motivées"`): they count as one term, reported by its first variant.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Letters NFKD does not decompose, and the apostrophes and dashes people type or paste.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_APOSTROPHES = re.compile(r"[’‘ʼ´`′]")
_DASHES = re.compile(r"[-‐‑‒–—―]")
_SPACES = re.compile(r"\s+")

FIRST_PERSON_EN: tuple[str, ...] = ("i", "i'm", "i've", "i'd", "i'll", "my", "me", "myself")
# Singular only: « nous » is also the company's voice, so it proves nothing about the About being personal.
FIRST_PERSON_FR: tuple[str, ...] = ("je", "j'", "moi", "mon", "ma", "mes")

# A figure: a digit, or a percent or currency sign ("k€", "3M$", "-30%" all contain one of these).
_FIGURE = re.compile(r"[0-9%€$£¥]")
# Bullets and numbering that open a line of a description: "• ", "- ", "* ", "1. ", "2) "...
_BULLET = re.compile(r"^(?:[\s•·▪▫◦●○■□►▸‣⁃*>]|[–—-](?!\d)|\d{1,2}[.)](?=\s))+")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def length(text: str) -> int:
    """The length LinkedIn counts: characters after NFC composition (a decomposed "é" is one character)."""
    return len(unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, dashes and runs of spaces as one space:
    `"  Chargée—de l’Équipe "` -> `"chargee de l'equipe"`."""
    # Apostrophes first: NFKD would turn "´" into a space and a combining accent.
    text = _APOSTROPHES.sub("'", text.translate(_LIGATURES))
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _DASHES.sub(" ", plain.casefold())).strip()


def same_text(first: str, second: str) -> bool:
    """Equal once folded (case, accents, spaces, dashes ignored): `"Supply-Chain  manager"` == `"supply chain
    Manager"`."""
    return fold(first) == fold(second)


@lru_cache(maxsize=4096)
def _pattern(variant: str) -> re.Pattern[str]:
    """A folded variant as a whole-word regex. A boundary is only required on a side that ends with a letter or
    digit, so that `j'` matches `j'ai` and `sens aigu d'` matches `sens aigu d'analyse`."""
    before = r"(?<!\w)" if variant[:1].isalnum() else ""
    after = r"(?!\w)" if variant[-1:].isalnum() else ""
    return re.compile(before + re.escape(variant) + after)


def _variants(term: str) -> list[str]:
    return [v for v in (fold(part) for part in term.split("|")) if v]


def find_terms(text: str, terms: Iterable[str]) -> tuple[str, ...]:
    """The distinct terms of `terms` found in `text` as whole words or phrases, case- and accent-insensitively,
    in order of first appearance, each reported as written in `terms` (its first variant).

    A match inside a longer match does not count on its own: in "proven track record", the terms "proven track
    record" and "track record" yield only the former. Terms that fold alike (the English and French "expert")
    count once.
    """
    folded = fold(text)
    if not folded:
        return ()
    matches: list[tuple[int, int, str, str]] = []  # (start, end, term's folded key, term as written)
    for term in terms:
        variants = _variants(term)
        if not variants:
            continue
        label = term.split("|")[0].strip()
        for variant in variants:
            if variant not in folded:  # no match without the text itself: most terms are absent, and need no regex
                continue
            matches.extend((m.start(), m.end(), variants[0], label) for m in _pattern(variant).finditer(folded))
    kept: list[tuple[int, int, str, str]] = []
    for match in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):  # longest first, then leftmost
        if all(match[1] <= other[0] or match[0] >= other[1] for other in kept):
            kept.append(match)
    found: dict[str, str] = {}
    for _start, _end, key, label in sorted(kept):
        found.setdefault(key, label)
    return tuple(found.values())


def first_person(text: str) -> tuple[str, ...]:
    """The first-person singular words of `text`, English and French (I, I'm, my, me; je, j', mon, ma, mes,
    moi)."""
    return find_terms(text, FIRST_PERSON_EN + FIRST_PERSON_FR)


def has_figure(text: str) -> bool:
    """True when `text` holds a number, a percentage or an amount (any digit, %, €, $, £, ¥)."""
    return bool(_FIGURE.search(text))


def strip_bullet(line: str) -> str:
    """A line of a description without the bullet or number that opens it: `"• Led 9 planners"` -> `"Led 9
    planners"`."""
    return _BULLET.sub("", line).strip()


def sentences(text: str) -> tuple[str, ...]:
    """The lines of `text`, each cut into sentences (after . ! ? or ;), bullets removed, empty ones dropped."""
    out: list[str] = []
    for line in text.splitlines():
        for sentence in _SENTENCE_END.split(strip_bullet(line)):
            sentence = strip_bullet(sentence)
            if sentence:
                out.append(sentence)
    return tuple(out)


def opening_term(sentence: str, terms: Iterable[str]) -> str | None:
    """The term of `terms` that `sentence` opens with (whole words, case- and accent-insensitive), or None:
    `opening_term("• En charge du budget", ("en charge du",))` -> `"en charge du"`."""
    folded = fold(strip_bullet(sentence))
    best: tuple[int, str] | None = None
    for term in terms:
        for variant in _variants(term):
            match = _pattern(variant).match(folded)
            if match and (best is None or match.end() > best[0]):
                best = (match.end(), term.split("|")[0].strip())
    return best[1] if best else None


def label(*parts: str, sep: str = ", ") -> str:
    """The non-empty parts joined, for evidence values: `label("Acme", "")` -> `"Acme"`, `label("Acme", "Buyer")`
    -> `"Acme, Buyer"`."""
    return sep.join(part.strip() for part in parts if part.strip())


def shorten(text: str, width: int = 100) -> str:
    """`text` on one line, cut at `width` characters with an ellipsis: for quoting in evidence."""
    line = _SPACES.sub(" ", text).strip()
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
