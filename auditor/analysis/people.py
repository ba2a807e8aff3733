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
from itertools import repeat

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
_ARTICLES = frozenset("the a an le la les l der die das el los las il lo".split())  # never a company on their own
_DOTTED_LETTER = re.compile(r"\b(\w)\.")  # the "S." of "S.A.", the "N." of "N.V."


def company_key(company: str) -> str:
    """`Beta Foods, Inc.`, `beta foods inc` and `BETA FOODS` -> `beta foods`; `Booking.com` -> `booking com`: how a
    connection's company meets your employers and your target companies. Dotted initials are joined (`S.A.` is
    `sa`), other dots and commas part words, and a trailing legal form is dropped unless only an article would
    be left (`The Limited` stays `the limited`)."""
    text = name_key(company)
    if "." in text:
        text = _DOTTED_LETTER.sub(r"\1", text).replace(".", " ")
    words = text.replace(",", " ").split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS and not (len(words) == 2 and words[0] in _ARTICLES):
        words.pop()
    return " ".join(words)


# Words that name an organisation, never a person's surname as LinkedIn writes it (in English and in French): a
# sender "Acme Bank", "Équipe Recrutement Beta", "Google Play Store" is not someone to keep in touch with.
_ORGANISATION_WORDS = frozenset(
    "bank banque banco team equipe support store careers carrieres recrutement recruiting recruitment talent jobs "
    "emploi emplois newsletter notifications notification noreply no-reply service services insurance assurance "
    "assurances academy academie university universite school ecole institute institut foundation fondation "
    "association club group groupe company compagnie agency agence consulting conseil solutions technologies "
    "labs app apps premium learning news media hq office bureau".split()
)
_PROFILE_PATH = re.compile(r"linkedin\.com/in/|^urn:li:(?:member|person|fs_miniprofile):", re.IGNORECASE)
_ORGANISATION_PATH = re.compile(r"linkedin\.com/(?:company|showcase|school)/", re.IGNORECASE)


def is_organisation(name: str, url: str = "") -> bool:
    """Whether a sender or recipient the export names is an organisation rather than a person: a company, school
    or showcase page; LinkedIn itself and its products ("Lucie from LinkedIn Premium", "X @ LinkedIn Learning",
    "LinkedIn", and the sponsored "LinkedIn Member" without a profile); a name with an "@" or ending in a legal form
    ("Beta Foods SAS"); or, without a profile URL, a name made of organisation words ("Acme Bank", "App Store").
    A member's profile URL always makes a person."""
    if url and _PROFILE_PATH.search(url):
        return False
    if url and _ORGANISATION_PATH.search(url):
        return True
    words = name_key(name).replace("@", " @ ").replace(",", " ").split()
    if not words:
        return False
    if "linkedin" in words or "@" in words:
        return True
    if url:  # some other link (a URN form we do not know): trust it is a member
        return False
    return (words[-1] in _LEGAL_FORMS and len(words) > 1) or any(word in _ORGANISATION_WORDS for word in words)


class PersonIndex:
    """Resolves names and URLs to one key per person: their profile URL when known, else `name/<folded name>`.

    Add the connections first: a name met later in messages or endorsements then resolves to the connection of
    that name. A person first met without a URL (a connection of a 2018 archive) keeps their name key when a URL
    turns up for the same name later: that URL becomes their alias (one alias a person; another URL for the same
    name is someone else), so endorsements with URLs still meet the connection."""

    def __init__(self) -> None:
        self._by_name: dict[str, str] = {}  # folded name -> the key of the first person met with that name
        self._by_url: dict[str, str] = {}  # URL key -> person key (itself, or the name key it joined)
        self._alias: dict[str, str] = {}  # name key -> the URL that joined it, as written
        self.display: dict[str, str] = {}

    def add(self, name: str, url: str = "") -> str:
        """The key of this person, met now: see the class docstring."""
        return self._add(name, name_key(name), url, url_key(url) if url else "", True)

    def add_all(self, names: list[str], urls: list[str], *, join: bool = True) -> list[str]:
        """`add` for each (name, URL) in order, the keys computed a column at a time (the tens of thousands of
        connections of a large network). `join=False` never lets a URL join a name key: two rows of the same file
        (Connections.csv) are two people."""
        url_keys = [url_key(url) if url else "" for url in urls]
        return list(map(self._add, names, map(name_key, names), urls, url_keys, repeat(join)))

    def _add(self, name: str, key_name: str, url: str, key_url: str, join: bool) -> str:
        if key_url:
            key = self._by_url.get(key_url)
            if key is None:
                named = self._by_name.get(key_name, "")
                if join and named.startswith("name/") and named not in self._alias:
                    key = self._by_url[key_url] = named
                    self._alias[named] = url
                else:
                    key = self._by_url[key_url] = key_url
        else:
            key = self._by_name.get(key_name) or (f"name/{key_name}" if key_name else "")
        if key_name and key_name not in self._by_name:
            self._by_name[key_name] = key
        if key and key not in self.display and name.strip():
            self.display[key] = " ".join(name.split())
        return key

    def known_names(self) -> frozenset[str]:
        """The folded names of everyone added so far."""
        return frozenset(self._by_name)

    def alias_url(self, key: str) -> str:
        """The profile URL that joined a person known by name (see the class docstring); "" when none did."""
        return self._alias.get(key, "")

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
    """The URL keys of the owner's profile, from their profile name and how many messages went each route
    (counted per route in one pass, so this runs once per route, not per message). Their name alone designates
    nobody for sure: a namesake may write to them."""
    own_name = name_key(name)
    keys: set[str] = set()
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
