"""Ties: for every person the export mentions, what passed between them and the owner.

Messages sent and received, conversations started by each side, first and last exchange, endorsements and
recommendations each way, shared employers. The evidence behind the three circles (step 2) and the
give-to-receive balance (step 4).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from auditor.analysis.people import PersonIndex, employer_key, name_key, owner_keys, url_key
from auditor.model import Connection, Export, Message
from auditor.rowbuild import record_builder

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

    # Message times are collected, not compared one by one: min/max over a list run in C.
    sent_times: list[dt.datetime] | tuple[()] = ()
    received_times: list[dt.datetime] | tuple[()] = ()

    def add_exchanges(self, exchanges: list[tuple[dt.datetime | None, str]], sent: bool) -> None:
        if not self.conversations:
            self.conversations = set()
        self.conversations.update(conversation for _, conversation in exchanges)  # type: ignore[union-attr]
        times = [when for when, _ in exchanges if when is not None]
        if sent:
            self.sent += len(exchanges)
            self.sent_times = [*self.sent_times, *times]
        else:
            self.received += len(exchanges)
            self.received_times = [*self.received_times, *times]

    def exchange_bounds(self) -> tuple[dt.datetime | None, dt.datetime | None, dt.datetime | None, dt.datetime | None]:
        """(first exchange, last exchange, last sent, last received)."""
        if not self.sent_times and not self.received_times:
            return _NO_EXCHANGE  # most of a large network
        last_sent = max(self.sent_times, default=None)
        last_received = max(self.received_times, default=None)
        firsts = [t for t in (min(self.sent_times, default=None), min(self.received_times, default=None)) if t]
        lasts = [t for t in (last_sent, last_received) if t]
        return min(firsts, default=None), max(lasts, default=None), last_sent, last_received


_NO_EXCHANGE: tuple[None, None, None, None] = (None, None, None, None)


@dataclass(frozen=True, slots=True)
class Tie:
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

    @property
    def messages(self) -> int:
        return self.sent + self.received

    @property
    def reciprocal(self) -> bool:
        return self.sent > 0 and self.received > 0


@dataclass(frozen=True)
class Ties:
    owner_name: str
    by_key: dict[str, Tie]
    sponsored_messages: int
    owner_messages: int
    conversations_started_by_owner: int
    conversations_started_by_others: int
    conversations_answered_by_owner: int  # started by others, with at least one reply from the owner
    # For the cadence of routines: when the owner wrote, and when each conversation the owner started began.
    owner_message_times: tuple[dt.datetime, ...] = ()
    owner_conversation_starts: tuple[dt.datetime, ...] = ()

    def connections(self) -> Iterable[Tie]:
        return (tie for tie in self.by_key.values() if tie.is_connection)


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
    )


def compute_ties(export: Export) -> Ties:
    index = PersonIndex()
    owner_name, owner = owner_keys(export)
    builders: dict[str, _TieBuilder] = {}

    resolved: dict[tuple[str, str], _TieBuilder | None] = {}  # the same few people recur in every message

    # Connections first: they carry the profile URLs that names met later resolve to. Only people with some
    # exchange get a builder; most of a large network never wrote and becomes a Tie straight from its row.
    connection_of: dict[str, Connection] = {}
    for connection in export.connections:
        key = index.add(connection.full_name, connection.url)
        if key and key not in owner:
            connection_of[key] = connection

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

    # Messages are grouped in one lean pass (200,000 in the largest exports) by who wrote them to whom; the
    # per-person work then runs once per distinct sender or recipient list, not once per message.
    messages = export.messages
    sponsored_titles = {
        title
        for title in set(map(attrgetter("conversation_title"), messages))
        if title and title.strip().lower() in SPONSORED_TITLES
    }
    owner_name_key = name_key(owner_name)
    from_owner: dict[tuple[str, str, str], bool] = {}
    first_message: dict[str, tuple[dt.datetime, bool]] = {}
    owner_replied: set[str] = set()
    received: defaultdict[tuple[str, str], list[tuple[dt.datetime | None, str]]] = defaultdict(list)
    sent: defaultdict[tuple[str, tuple[str, ...]], list[tuple[dt.datetime | None, str]]] = defaultdict(list)
    sponsored = owned = 0
    owner_times: list[dt.datetime] = []
    for message in messages:
        if message.conversation_title in sponsored_titles or (
            not message.sender_url and message.sender == "LinkedIn Member"
        ):
            sponsored += 1
            continue
        author = (message.sender, message.sender_url, message.direction)
        mine = from_owner.get(author)
        if mine is None:
            mine = from_owner[author] = is_from_owner(message, owner, owner_name_key)
        # 2018 archives have no conversation id: a thread is then the set of its participants, whoever writes.
        conversation = message.conversation_id or thread_participants(message)
        when = message.sent_at
        if when is not None:
            known = first_message.get(conversation)
            if known is None or when < known[0]:
                first_message[conversation] = (when, mine)
        if mine:
            owned += 1
            owner_replied.add(conversation)
            if when is not None:
                owner_times.append(when)
            sent[(message.recipients, message.recipient_urls)].append((when, conversation))
        else:
            received[(message.sender, message.sender_url)].append((when, conversation))

    for (recipients, urls), exchanges in sent.items():
        for name, url in _recipients(recipients, urls):
            builder = tie(name, url)
            if builder is not None:
                builder.add_exchanges(exchanges, sent=True)
    for (name, url), exchanges in received.items():
        builder = tie(name, url)
        if builder is not None:
            builder.add_exchanges(exchanges, sent=False)

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

    employers = {employer_key(p.company): p.company for p in export.positions if p.company}

    def company_of(company: str) -> tuple[str, ...]:
        key = employer_key(company) if company else ""
        return (employers[key],) if key in employers else ()

    def builder_row(b: _TieBuilder) -> tuple[object, ...]:
        first_exchange, last_exchange, last_sent, last_received = b.exchange_bounds()
        return (
            b.key, index.display.get(b.key, b.name), b.url, b.company, b.position, b.connected_on, b.is_connection,
            b.sent, b.received, len(b.conversations), b.started_by_owner, b.started_by_them, first_exchange,
            last_exchange, last_sent, last_received, b.endorsements_given, b.endorsements_received,
            b.recommendations_given, b.recommendations_received, company_of(b.company),
        )  # fmt: skip

    def connection_row(key: str, connection: Connection) -> tuple[object, ...]:
        """A connection nothing else in the export mentions: no message, endorsement or recommendation."""
        return (
            key, index.display.get(key, connection.full_name), connection.url, connection.company,
            connection.position, connection.connected_on, True, 0, 0, 0, 0, 0, None, None, None, None, 0, 0, 0, 0,
            company_of(connection.company),
        )  # fmt: skip

    # The network in the export's order, then everyone else the export mentions.
    rows = [
        builder_row(builders[key]) if key in builders else connection_row(key, connection)
        for key, connection in connection_of.items()
    ]
    rows += [builder_row(b) for key, b in builders.items() if key not in connection_of]
    # In Tie's field order; built by column like the export's records (tens of thousands of people).
    built = record_builder(Tie)(list(zip(*rows, strict=True))) if rows else []
    by_key = {tie.key: tie for tie in built}
    others = {c for c in first_message if c not in started_by_owner}
    return Ties(
        owner_name=owner_name,
        by_key=by_key,
        sponsored_messages=sponsored,
        owner_messages=owned,
        conversations_started_by_owner=len(started_by_owner),
        conversations_started_by_others=len(others),
        conversations_answered_by_owner=len(others & owner_replied),
        owner_message_times=tuple(owner_times),
        owner_conversation_starts=tuple(when for when, mine in first_message.values() if mine),
    )


def is_from_owner(
    message: Message, owner: frozenset[str], owner_name_key: str, memo: dict[tuple[str, str], bool] | None = None
) -> bool:
    """Whether the owner wrote `message` (`memo` caches the answer per sender, for callers that loop)."""
    if memo is not None:
        sender = (message.sender, message.sender_url)
        known = memo.get(sender)
        if known is None or message.direction:
            known = memo[sender] = is_from_owner(message, owner, owner_name_key)
        return known
    if message.direction:
        return message.direction == "outgoing"
    if message.sender_url:
        return url_key(message.sender_url) in owner
    return bool(owner_name_key) and name_key(message.sender) == owner_name_key


def thread_participants(message: Message) -> str:
    names = {name_key(message.sender), *(name_key(part) for part in message.recipients.split(","))}
    names.discard("")
    return "|".join(sorted(names))


def _recipients(recipients: str, recipient_urls: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, url) of each recipient: URLs are reliable, the TO names only when they can be paired."""
    urls = list(recipient_urls)
    names = [n for n in (part.strip() for part in recipients.split(",")) if n] if recipients else []
    if urls and len(names) == len(urls):
        return list(zip(names, urls, strict=True))
    if urls:
        return [("", url) for url in urls] if len(urls) > 1 else [(recipients.strip(), urls[0])]
    return [(recipients.strip(), "")] if recipients.strip() else []
