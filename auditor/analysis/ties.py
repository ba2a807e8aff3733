"""Ties: for every person the export mentions, what passed between them and the owner.

Messages sent and received, conversations started by each side, first and last exchange, endorsements and
recommendations each way, shared employers. The evidence behind the three circles (step 2) and the
give-to-receive balance (step 4).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from auditor.analysis.people import (
    PersonIndex,
    Route,
    company_key,
    is_organisation,
    name_key,
    owner_keys,
    url_key,
)
from auditor.model import Connection, Export, Message

SPONSORED_TITLES = frozenset({"sponsored conversation", "conversation sponsorisée"})


@dataclass(slots=True)
class _TieBuilder:
    key: str
    name: str = ""
    url: str = ""
    company: str = ""
    position: str = ""
    connected_on: dt.date | None = None
    is_connection: bool = False
    sent: int = 0
    received: int = 0
    # Containers stay shared empty tuples until a message needs them: most of a large network never wrote.
    conversations: set[str] | tuple[()] = ()
    started_by_owner: int = 0
    started_by_them: int = 0
    endorsements_given: int = 0
    endorsements_received: int = 0
    recommendations_given: int = 0
    recommendations_received: int = 0
    line: int = 0  # the connection's line in Connections.csv

    # The first and last message each way (None: none dated).
    first_sent: dt.datetime | None = None
    last_sent: dt.datetime | None = None
    first_received: dt.datetime | None = None
    last_received: dt.datetime | None = None

    def add_threads(self, threads: list[Thread], sent: bool) -> None:
        """The owner's messages to this person (`sent`) or theirs to the owner, a thread at a time."""
        if not self.conversations:
            self.conversations = set()
        self.conversations.update(map(itemgetter(0), threads))
        count = sum(map(itemgetter(1), threads))
        first = min(filter(None, map(itemgetter(2), threads)), default=None)
        last = max(filter(None, map(itemgetter(3), threads)), default=None)
        if sent:
            self.sent += count
            self.first_sent = _earliest(self.first_sent, first)
            self.last_sent = _latest(self.last_sent, last)
        else:
            self.received += count
            self.first_received = _earliest(self.first_received, first)
            self.last_received = _latest(self.last_received, last)

    def exchange_bounds(self) -> tuple[dt.datetime | None, dt.datetime | None, dt.datetime | None, dt.datetime | None]:
        """(first exchange, last exchange, last sent, last received)."""
        return (
            _earliest(self.first_sent, self.first_received),
            _latest(self.last_sent, self.last_received),
            self.last_sent,
            self.last_received,
        )


def _earliest(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    return b if a is None or (b is not None and b < a) else a


def _latest(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    return b if a is None or (b is not None and b > a) else a


class Tie(NamedTuple):
    """What passed between the owner and one person. A named tuple: immutable, and built in C from its values
    (tens of thousands of connections in a large network)."""

    key: str
    name: str
    url: str
    company: str
    position: str
    connected_on: dt.date | None
    is_connection: bool
    sent: int
    received: int
    conversations: int
    started_by_owner: int
    started_by_them: int
    first_exchange: dt.datetime | None
    last_exchange: dt.datetime | None
    last_sent: dt.datetime | None  # your last message to them
    last_received: dt.datetime | None  # their last message to you
    endorsements_given: int
    endorsements_received: int
    recommendations_given: int
    recommendations_received: int
    shared_employers: tuple[str, ...]
    line: int = 0  # the connection's line in Connections.csv (0: not a connection, or unknown)
    # Something besides Connections.csv names them: a message, an endorsement or a recommendation.
    mentioned: bool = True

    @property
    def messages(self) -> int:
        return self.sent + self.received


@dataclass(frozen=True)
class Ties:
    owner_name: str
    by_key: dict[str, Tie]
    sponsored_messages: int
    owner_messages: int
    # Organisations that wrote to the owner (companies, banks, LinkedIn's products), with their messages: their
    # conversations are set aside, as they are not people (see `is_organisation`).
    organisations: tuple[tuple[str, int], ...]
    conversations_started_by_owner: int
    conversations_started_by_others: int
    conversations_answered_by_owner: int  # started by others, with at least one reply from the owner
    # For the cadence of routines, which counts them by day: when the owner wrote, and when each conversation the
    # owner started began (in no particular order: sorting 100,000 times would serve nobody).
    owner_message_times: tuple[dt.datetime, ...] = ()
    owner_conversation_starts: tuple[dt.datetime, ...] = ()

    # Resolves the names and URLs met in the export to person keys.
    index: PersonIndex = field(default_factory=PersonIndex, repr=False, compare=False)

    def connections(self) -> Iterable[Tie]:
        return (tie for tie in self.by_key.values() if tie.is_connection)

    def find(self, name: str, url: str = "") -> Tie | None:
        """The tie of a person the export names: by profile URL when it is one of a known person, else by name
        (a name resolves to the connection of that name, as the analysis met it)."""
        if url:
            found = self.by_key.get(self.index.key("", url))
            if found is not None:
                return found
        return self.by_key.get(self.index.key(name))


def _new_builder(key: str, name: str, url: str, connection: Connection | None) -> _TieBuilder:
    if connection is None:
        return _TieBuilder(key, name=" ".join(name.split()), url=url)
    return _TieBuilder(
        key,
        name=" ".join(connection.full_name.split()),
        url=connection.url,
        company=connection.company,
        position=connection.position,
        connected_on=connection.connected_on,
        is_connection=True,
        line=connection.line,
    )


_ROUTE = attrgetter("sender", "sender_url", "direction", "recipients", "recipient_urls")
# The messages of one route in one conversation: (conversation, how many, first dated, last dated).
Thread = tuple[str, int, dt.datetime | None, dt.datetime | None]


@dataclass
class _Mail:
    """The messages of an export grouped by who wrote to whom, and who started each conversation."""

    sent: dict[tuple[str, tuple[str, ...]], list[Thread]]  # the owner's, by (recipients, recipient URLs)
    received: dict[tuple[str, str], list[Thread]]  # the others', by (sender, sender URL)
    first_message: dict[str, tuple[dt.datetime, bool]]  # conversation -> (its first message, whether the owner's)
    owner_replied: set[str]  # conversations with a message of the owner's
    owner_times: list[dt.datetime]  # when the owner wrote, in no particular order
    owned: int
    sponsored: int
    organisations: dict[str, int]  # organisation -> its messages, set aside with their conversations


Groups = dict[tuple[Route, str], list[dt.datetime | None]]  # (route, conversation) -> when each message was sent


def _group_messages(messages: Sequence[Message]) -> tuple[Groups, int]:
    """Messages grouped by route and conversation in one lean pass (200,000 messages in the largest exports, some
    15,000 groups): everything else runs once per group, not once per message. Also returns how many messages
    were left out as sponsored (by their conversation's title)."""
    sponsored_titles = {
        title
        for title in set(map(attrgetter("conversation_title"), messages))
        if title and title.strip().lower() in SPONSORED_TITLES
    }
    kept = [m for m in messages if m.conversation_title not in sponsored_titles] if sponsored_titles else messages
    conversations = list(map(attrgetter("conversation_id"), kept))
    if not all(conversations):
        # 2018 archives have no conversation id: a thread is then the set of its participants, whoever writes.
        conversations = [c or thread_participants(m) for c, m in zip(conversations, kept, strict=True)]
    groups: Groups = {}
    for group, when in zip(zip(map(_ROUTE, kept), conversations), map(attrgetter("sent_at"), kept)):  # noqa: B905
        times = groups.get(group)
        if times is None:
            groups[group] = [when]
        else:
            times.append(when)
    return groups, len(messages) - len(kept)


def _route_counts(groups: Groups) -> dict[Route, int]:
    counts: dict[Route, int] = {}
    for (route, _), times in groups.items():
        counts[route] = counts.get(route, 0) + len(times)
    return counts


def _organisation_side(route: Route, mine: bool, urls_expected: bool, people: frozenset[str]) -> str:
    """The organisation on the other side of a route (its name as written), or "" when it is a person. Besides
    what `is_organisation` recognises, in an archive whose senders carry profile URLs (2020 on), a sender without
    one whom no other file names (`people`: folded names) is an organisation (companies writing InMail, banks, app
    stores). The owner's recipients are never guessed that way: a 2018 group message names people without URLs."""
    sender, sender_url, _, recipients, recipient_urls = route
    name, urls = (recipients, recipient_urls) if mine else (sender, (sender_url,) if sender_url else ())
    if not name.strip() and not urls:
        return ""
    if urls:
        return name.strip() if all(is_organisation("", url) for url in urls) else ""
    known = name_key(name) in people
    # A connection, or someone who endorsed or recommended, is a person whatever their name's words ("Melissa
    # Bank"); only a name naming LinkedIn itself ("Lucie from LinkedIn Premium") is set aside regardless.
    if is_organisation(name) and (not known or "linkedin" in name_key(name).split()):
        return name.strip()
    if not mine and urls_expected and not known:
        return name.strip()
    return ""


def _read_mail(
    groups: Groups, sponsored: int, owner: frozenset[str], owner_name_key: str, people: frozenset[str]
) -> _Mail:
    """Who wrote each group of messages, who started each conversation, and the owner's messages by recipient and
    the others' by sender. Conversations with an organisation are set aside whole (both sides' messages): who
    started them or whether the owner answered says nothing of their network."""
    mine_of: dict[Route, bool | None] = {}  # True: the owner wrote; None: LinkedIn's sponsored messages
    urls_expected = any(route[1] for route, _ in groups)
    organisation_of: dict[Route, str] = {}
    organisations: dict[str, int] = {}
    with_organisations: set[str] = set()
    for route, conversation in groups:
        if route not in mine_of:
            mine_of[route] = _mine(route, owner, owner_name_key)
            mine = mine_of[route]
            organisation_of[route] = "" if mine is None else _organisation_side(route, mine, urls_expected, people)
        if organisation_of[route]:
            with_organisations.add(conversation)
    sent: defaultdict[tuple[str, tuple[str, ...]], list[Thread]] = defaultdict(list)
    received: defaultdict[tuple[str, str], list[Thread]] = defaultdict(list)
    first_message: dict[str, tuple[dt.datetime, bool]] = {}
    owner_times: list[dt.datetime] = []
    owned = 0
    for (route, conversation), times in groups.items():
        sender, sender_url, _, recipients, recipient_urls = route
        mine = mine_of[route]
        if mine is None:
            sponsored += len(times)
            continue
        if conversation in with_organisations:
            if not mine:
                who = organisation_of[route] or sender.strip()
                organisations[who] = organisations.get(who, 0) + len(times)
            continue
        dated: list[dt.datetime] = times if None not in times else [w for w in times if w is not None]  # type: ignore[assignment]
        first, last = (min(dated), max(dated)) if dated else (None, None)
        thread = (conversation, len(times), first, last)
        if mine:
            owned += len(times)
            owner_times += dated
            sent[(recipients, recipient_urls)].append(thread)
        else:
            received[(sender, sender_url)].append(thread)
        if first is not None:
            # Same first time on both sides (older archives give minutes only): the other side started, and
            # the owner's message reads as a quick reply. Whichever group came first in the file never decides.
            known = first_message.get(conversation)
            if known is None or first < known[0] or (first == known[0] and not mine):
                first_message[conversation] = (first, mine)
    return _Mail(
        sent=sent,
        received=received,
        first_message=first_message,
        owner_replied={thread[0] for threads in sent.values() for thread in threads},
        owner_times=owner_times,
        owned=owned,
        sponsored=sponsored,
        organisations=organisations,
    )


def _mine(route: Route, owner: frozenset[str], owner_name_key: str) -> bool | None:
    """Whether the owner wrote the messages of `route`; None for LinkedIn's own sponsored messages."""
    sender, sender_url, direction, _, _ = route
    if not sender_url and sender == "LinkedIn Member":
        return None
    if direction:
        return direction == "outgoing"
    if sender_url:
        return url_key(sender_url) in owner
    return bool(owner_name_key) and name_key(sender) == owner_name_key


def compute_ties(export: Export) -> Ties:
    index = PersonIndex()
    owner_name = export.profile.full_name if export.profile else ""
    groups, sponsored = _group_messages(export.messages)
    owner = owner_keys(owner_name, _route_counts(groups))
    builders: dict[str, _TieBuilder] = {}

    # Connections first: they carry the profile URLs that names met later resolve to. Only people with some
    # exchange get a builder; most of a large network never wrote and becomes a Tie straight from its record.
    connections = export.connections
    names, urls = list(map(attrgetter("full_name"), connections)), list(map(attrgetter("url"), connections))
    keys = index.add_all(names, urls, join=False)  # two rows of Connections.csv are two people
    connection_of = {key: c for key, c in zip(keys, connections, strict=True) if key and key not in owner}
    # Then the people endorsements and recommendations name, so that a 2018 group message's "TO" names can be
    # told apart (see _recipients).
    for endorsement in (*export.endorsements_received, *export.endorsements_given):
        index.add(endorsement.full_name, endorsement.profile_url)
    for recommendation in (*export.recommendations_received, *export.recommendations_given):
        index.add(recommendation.full_name)

    resolved: dict[tuple[str, str], _TieBuilder | None] = {}  # the same few people recur in every message

    def tie(name: str, url: str = "") -> _TieBuilder | None:
        known = resolved.get((name, url), False)
        if known is not False:
            return known  # type: ignore[return-value]
        key = index.add(name, url)
        builder = None
        if key and key not in owner:
            builder = builders.get(key)
            if builder is None:
                builder = builders[key] = _new_builder(key, name, url, connection_of.get(key))
        resolved[(name, url)] = builder
        return builder

    # The connections, everyone endorsements or recommendations name, and the owner: people whatever they write.
    people = index.known_names() | {name_key(owner_name)}
    mail = _read_mail(groups, sponsored, owner, name_key(owner_name), people)
    # Who counts as known when a 2018 group message's names are split, fixed before any split so that the order
    # of the messages never changes the result: the people met so far, and everyone who wrote to the owner.
    known = index.known_names() | {name_key(name) for name, _ in mail.received}
    for (recipients, recipient_urls), threads in mail.sent.items():
        for name, url in _recipients(recipients, recipient_urls, known):
            builder = tie(name, url)
            if builder is not None:
                builder.add_threads(threads, sent=True)
    for (name, url), threads in mail.received.items():
        builder = tie(name, url)
        if builder is not None:
            builder.add_threads(threads, sent=False)

    first_message = mail.first_message
    started_by_owner = {c for c, (_, mine) in first_message.items() if mine}
    for builder in builders.values():
        for conversation in builder.conversations:
            if conversation in started_by_owner:
                builder.started_by_owner += 1
            elif conversation in first_message:
                builder.started_by_them += 1

    for endorsement in export.endorsements_received:
        builder = tie(endorsement.full_name, endorsement.profile_url)
        if builder is not None:
            builder.endorsements_received += 1
    for endorsement in export.endorsements_given:
        builder = tie(endorsement.full_name, endorsement.profile_url)
        if builder is not None:
            builder.endorsements_given += 1
    for recommendation in export.recommendations_received:
        builder = tie(recommendation.full_name)
        if builder is not None:
            builder.recommendations_received += 1
    for recommendation in export.recommendations_given:
        builder = tie(recommendation.full_name)
        if builder is not None:
            builder.recommendations_given += 1

    others = {c for c in first_message if c not in started_by_owner}
    return Ties(
        owner_name=owner_name,
        index=index,
        by_key=_build_ties(index, connection_of, builders, export),
        sponsored_messages=mail.sponsored,
        organisations=tuple(sorted(mail.organisations.items(), key=lambda item: (-item[1], item[0]))),
        owner_messages=mail.owned,
        conversations_started_by_owner=len(started_by_owner),
        conversations_started_by_others=len(others),
        conversations_answered_by_owner=len(others & mail.owner_replied),
        owner_message_times=tuple(mail.owner_times),
        owner_conversation_starts=tuple(when for when, mine in first_message.values() if mine),
    )


def _build_ties(
    index: PersonIndex, connection_of: dict[str, Connection], builders: dict[str, _TieBuilder], export: Export
) -> dict[str, Tie]:
    """Every person as a Tie: the network in the export's order, then everyone else the export mentions.

    The connections nothing else mentions (no message, endorsement or recommendation: most of a large network of
    tens of thousands) are made from columns, their constant fields repeated, without a Python call each."""
    employers = {company_key(p.company): p.company for p in export.positions if p.company}
    shared: dict[str, tuple[str, ...]] = {}

    def shared_employers(company: str) -> tuple[str, ...]:
        found = shared.get(company)
        if found is None:
            key = company_key(company) if company else ""
            found = shared[company] = (employers[key],) if key in employers else ()
        return found

    keys = list(connection_of)
    connections = list(connection_of.values())
    companies = list(map(attrgetter("company"), connections))
    urls = _urls(keys, list(map(attrgetter("url"), connections)), index)
    zero, none = repeat(0), repeat(None)
    # `keys` bounds the columns; the constant ones repeat.
    plain = map(Tie._make, zip(
        keys, map(index.display.get, keys, repeat("")), urls, companies, map(attrgetter("position"), connections),
        map(attrgetter("connected_on"), connections), repeat(True), zero, zero, zero, zero, zero,
        none, none, none, none, zero, zero, zero, zero, map(shared_employers, companies),
        map(attrgetter("line"), connections), repeat(False),
    ))  # fmt: skip
    by_key = dict(zip(keys, plain, strict=True))

    def builder_tie(b: _TieBuilder) -> Tie:
        first_exchange, last_exchange, last_sent, last_received = b.exchange_bounds()
        return Tie(
            b.key, index.display.get(b.key, b.name), b.url or index.alias_url(b.key), b.company, b.position,
            b.connected_on, b.is_connection, b.sent, b.received, len(b.conversations), b.started_by_owner,
            b.started_by_them, first_exchange, last_exchange, last_sent, last_received, b.endorsements_given,
            b.endorsements_received, b.recommendations_given, b.recommendations_received, shared_employers(b.company),
            b.line, True,
        )  # fmt: skip

    # A connection with exchanges keeps its place in the network's order: updating a key does not move it.
    by_key.update(zip(builders, map(builder_tie, builders.values()), strict=True))
    return by_key


def _urls(keys: list[str], urls: list[str], index: PersonIndex) -> list[str]:
    """The connections' profile URLs; for those without one, the URL that joined them later (see PersonIndex)."""
    if all(urls):
        return urls
    return [url or index.alias_url(key) for key, url in zip(keys, urls, strict=True)]


def thread_participants(message: Message) -> str:
    names = {name_key(message.sender), *(name_key(part) for part in message.recipients.split(","))}
    names.discard("")
    return "|".join(sorted(names))


def _recipients(recipients: str, recipient_urls: tuple[str, ...], known: frozenset[str]) -> list[tuple[str, str]]:
    """(name, url) of each recipient: URLs are reliable, the TO names only when they can be paired.

    Without URLs (2018 archives) a comma may separate people ("Bob Martin, Sara Lopez") or end a name with
    credentials ("Louise Benali, CPA"). The parts are people when one of them is someone known; a part that is
    one word ("CPA", "MBA") then stays a credential. Otherwise the whole text is one person."""
    urls = list(recipient_urls)
    names = [n for n in (part.strip() for part in recipients.split(",")) if n] if recipients else []
    if urls and len(names) == len(urls):
        return list(zip(names, urls, strict=True))
    if urls:
        return [("", url) for url in urls] if len(urls) > 1 else [(recipients.strip(), urls[0])]
    if len(names) > 1 and any(name_key(name) in known for name in names):
        return [(name, "") for name in names if " " in name or name_key(name) in known]
    return [(recipients.strip(), "")] if recipients.strip() else []
