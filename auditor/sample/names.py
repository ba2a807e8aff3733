"""Invented people: names drawn from the pools of the data files, and profile slugs.

Names are random pairs of common given names and surnames from many origins: no pair is meant to designate a
real person. A British owner's network and a French owner's network differ in their local pool (the `names` of
their lexicon), and both mix in an international one (`data/names.toml`), as real networks do.
"""

from __future__ import annotations

import random
import unicodedata

from auditor.sample.words import lexicon, shared_names


def fold(text: str) -> str:
    """ASCII-fold: "Hélène Lefèvre" -> "Helene Lefevre" (ł and ı have no decomposition, so map them)."""
    text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str, *, keep_unicode: bool = False) -> str:
    """Lower-case, hyphen-separated slug; `keep_unicode` keeps letters like "ğ" as some real slugs do."""
    base = text.lower() if keep_unicode else fold(text).lower()
    out: list[str] = []
    dash = False
    for char in base:
        if char.isalnum():
            out.append(char)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def pick_name(rng: random.Random, lang: str, *, local_share: float = 0.75) -> tuple[str, str, str]:
    """(first name, last name, gender "f"/"m") for a member of a `lang` person's network."""
    shared = shared_names()
    if rng.random() < local_share:
        female = rng.random() < 0.5
        local = lexicon(lang).names
        first = rng.choice(local.female if female else local.male)
        # Two-word surnames are common in France (and Spain): the French pool mixes a few in.
        last = rng.choice(shared.compound_last) if lang == "fr" and rng.random() < 0.03 else rng.choice(local.last)
        return first, last, "f" if female else "m"
    female = rng.random() < 0.5
    pool = shared.international
    first = rng.choice(pool.female if female else pool.male)
    last = rng.choice(shared.compound_last) if rng.random() < 0.05 else rng.choice(pool.last)
    return first, last, "f" if female else "m"


class SlugMaker:
    """Unique `/in/` slugs: vanity slugs for some, `first-last-1a2b3c4d` for most (as LinkedIn assigns)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def make(self, first: str, last: str) -> str:
        rng = self._rng
        keep_unicode = rng.random() < 0.03
        base = slugify(f"{first} {last}", keep_unicode=keep_unicode) or "member"
        slug = base if rng.random() < 0.15 else f"{base}-{rng.getrandbits(32):08x}"
        while slug in self._used:
            slug = f"{base}-{rng.getrandbits(32):08x}"
        self._used.add(slug)
        return slug

    def reserve(self, slug: str) -> None:
        self._used.add(slug)
