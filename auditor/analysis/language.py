"""Which language the member writes in, so reports speak it without being asked (French or English)."""

from __future__ import annotations

import re

from auditor.model import Export

_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ']+", re.IGNORECASE)
_FRENCH = frozenset(
    "le la les des du de un une et est dans pour avec sur au aux je j' mon ma mes nous vous qui que ou où "
    "chez depuis équipe entreprise gestion projet clients".split()
)
_ENGLISH = frozenset(
    "the a an and is in for with on at to i my we you who that or of from since team company management "
    "project clients".split()
)


def guess_language(export: Export) -> str:
    """'fr' or 'en' from the member's own words (headline, summary, position descriptions, recent posts)."""
    texts = []
    if export.profile:
        texts += [export.profile.headline, export.profile.summary]
    texts += [p.title + " " + p.description for p in export.positions[:5]]
    texts += [s.commentary for s in export.shares[-20:]]
    french = english = 0
    for word in _WORD.findall(" ".join(texts).lower()):
        french += word in _FRENCH
        english += word in _ENGLISH
    return "fr" if french > english else "en"
