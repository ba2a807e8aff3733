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
from collections.abc import Mapping
from functools import lru_cache

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
    if name.isascii():  # most names: nothing to decompose
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().split())


# Legal forms left off the end of a company's name: `Beta Foods, Inc.` is Beta Foods.
_LEGAL_FORMS = frozenset(
    "inc incorporated corp corporation co llc llp lp ltd limited plc gmbh ag kg sa sas sasu sarl eurl sca snc "
    "bv nv spa srl ab as asa oy aps pty".split()
)


def company_key(company: str) -> str:
    """`Beta Foods, Inc.`, `beta foods inc` and `BETA FOODS` -> `beta foods`: how a connection's company meets
    your employers and your target companies (dots dropped so `S.A.` is `sa`; a trailing legal form dropped)."""
    words = name_key(company).replace(".", "").replace(",", " ").split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


class PersonIndex:
    """Resolves names and URLs to one key per person: their profile URL when known, else `name/<folded name>`.

    Add the connections first: a name met later in messages or endorsements then resolves to the connection of
    that name. A person first met without a URL (a connection of a 2018 archive) keeps their name key when a URL
    turns up for the same name later: the URL becomes an alias, so endorsements with URLs still meet the
    connection. Two people of the same name are then one, which the export cannot tell apart anyway."""

    def __init__(self) -> None:
        self._by_name: dict[str, str] = {}  # folded name -> the key of the first person met with that name
        self._by_url: dict[str, str] = {}  # URL key -> person key (itself, or the name key it joined)
        self.display: dict[str, str] = {}

    def add(self, name: str, url: str = "") -> str:
        """The key of this person, met now: see the class docstring."""
        return self.add_all([name], [url])[0]

    def add_all(self, names: list[str], urls: list[str]) -> list[str]:
        """`add` for each (name, URL) in order, with the keys computed a column at a time (the tens of thousands
        of connections of a large network)."""
        by_url, by_name, display = self._by_url, self._by_name, self.display
        keys: list[str] = []
        for name, key_name, key_url in zip(  # noqa: B905 (same lengths)
            names, map(name_key, names), [url_key(url) if url else "" for url in urls]
        ):
            if key_url:
                key = by_url.get(key_url)
                if key is None:
                    named = by_name.get(key_name, "")
                    key = by_url[key_url] = named if named.startswith("name/") else key_url
            else:
                key = by_name.get(key_name) or (f"name/{key_name}" if key_name else "")
            if key_name and key_name not in by_name:
                by_name[key_name] = key
            if key and key not in display and name.strip():
                display[key] = " ".join(name.split())
            keys.append(key)
        return keys

    def knows(self, name: str) -> bool:
        """Whether someone of this name was added."""
        return name_key(name) in self._by_name

    def key(self, name: str, url: str = "") -> str:
        """The key `add` gave this person, without adding them: by URL when it is known, else by name."""
        if url:
            key = self._by_url.get(url_key(url))
            if key is not None:
                return key
        key_name = name_key(name)
        return self._by_name.get(key_name) or (f"name/{key_name}" if key_name else "")


# Who wrote to whom: sender, sender URL, direction ("outgoing", "incoming" or ""), recipients, recipient URLs.
Route = tuple[str, str, str, str, tuple[str, ...]]


def owner_keys(name: str, routes: Mapping[Route, int]) -> frozenset[str]:
    """Every key (name, profile URLs) that designates the owner in messages, from their profile name and how many
    messages went each route (counted per route in one pass, so this runs once per route, not per message)."""
    own_name = name_key(name)
    keys = {f"name/{own_name}"} if own_name else set()
    urls: Counter[str] = Counter()
    for (sender, sender_url, direction, _, _), count in routes.items():
        if sender_url and (direction == "outgoing" or (own_name and name_key(sender) == own_name)):
            urls[url_key(sender_url)] += count
    keys.update(url for url, _ in urls.most_common(2))
    if not own_name:
        # No profile: the owner is whoever appears in the most messages.
        presence: Counter[str] = Counter()
        for (_, sender_url, _, _, recipient_urls), count in routes.items():
            for url in (sender_url, *recipient_urls):
                if url:
                    presence[url_key(url)] += count
        if presence:
            keys.add(presence.most_common(1)[0][0])
    keys.discard("")
    return frozenset(keys)
