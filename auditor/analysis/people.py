"""Who is who: the export's owner and a stable key for every other person.

LinkedIn names people inconsistently across files (a profile URL with or without scheme, `www.` or a trailing
slash; a name with trailing spaces or credentials). A person's key is their normalised profile URL when one is
known, else their normalised name; `PersonIndex` maps both to one key so that messages, endorsements and
connections about the same person meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from operator import attrgetter

from auditor.model import Export

_SLUG = re.compile(r"linkedin\.com/in/([^/?#\s]+)", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # the same few thousand people recur across hundreds of thousands of messages
def url_key(url: str) -> str:
    """`https://www.linkedin.com/in/Jane-Doe/` and `www.linkedin.com/in/jane-doe` -> `in/jane-doe`."""
    match = _SLUG.search(url)
    if match:
        return "in/" + match[1].lower().rstrip("/")
    return url.strip().lower().rstrip("/")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Case-, accent- and space-insensitive name: `  Zoé  Martin ` -> `zoe martin`."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().split())


def employer_key(company: str) -> str:
    """`Beta Foods, Inc.` and `beta foods inc` -> one key: how a connection's company meets your employers."""
    return name_key(company).replace(",", "").replace(".", "")


class PersonIndex:
    """Resolves names and URLs to one key per person, preferring URLs (unique) over names (not always).

    Add the connections first (they carry URLs): a name met later in messages or endorsements then resolves to
    the URL key of the connection with that name."""

    def __init__(self) -> None:
        self._by_name: dict[str, str] = {}
        self.display: dict[str, str] = {}

    def add(self, name: str, url: str = "") -> str:
        key_name = name_key(name)
        if url and url_key(url):
            key = url_key(url)
            if key_name and key_name not in self._by_name:
                self._by_name[key_name] = key
        else:
            key = self._by_name.get(key_name) or (f"name/{key_name}" if key_name else "")
        if key and key not in self.display and name.strip():
            self.display[key] = " ".join(name.split())
        return key

    def key(self, name: str, url: str = "") -> str:
        if url and url_key(url):
            return url_key(url)
        key_name = name_key(name)
        return self._by_name.get(key_name) or (f"name/{key_name}" if key_name else "")


def owner_keys(export: Export) -> tuple[str, frozenset[str]]:
    """The owner's display name and every key (name, profile URLs) that designates them in messages."""
    name = export.profile.full_name if export.profile else ""
    keys = {name_key(name)} if name else set()
    urls: Counter[str] = Counter()
    own_name = name_key(name)
    # Counted per distinct author first (in C), so the Python work runs once per person, not per message.
    authors = Counter(map(attrgetter("sender", "sender_url", "direction"), export.messages))
    for (sender, sender_url, direction), count in authors.items():
        if sender_url and (direction == "outgoing" or (own_name and name_key(sender) == own_name)):
            urls[url_key(sender_url)] += count
    keys.update(url for url, _ in urls.most_common(2))
    if not name:
        # No profile: the owner is whoever appears in the most conversations.
        presence: Counter[str] = Counter()
        for message in export.messages:
            if message.sender_url:
                presence[url_key(message.sender_url)] += 1
            for url in message.recipient_urls:
                presence[url_key(url)] += 1
        if presence:
            keys.add(presence.most_common(1)[0][0])
    keys.discard("")
    return name, frozenset(keys)
