"""The network as a whole: size, growth, invitations still pending, who works where."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter

from auditor.analysis.people import company_key
from auditor.analysis.ties import Ties
from auditor.model import Connection, Export, Invitation

YEAR = dt.timedelta(days=365)


def company_matches(company: str, target: str) -> bool:
    """A connection's company matches a target when the target's words appear in it as whole words
    (`Acme` matches `Acme Group SA`, not `Acmeo`)."""
    have, want = company_key(company), company_key(target)
    return bool(want) and (have == want or f" {want} " in f" {have} ")


@dataclass(frozen=True)
class Network:
    size: int
    recent: tuple[Connection, ...]  # connected in the 365 days up to today, newest first
    latest: Connection | None  # the newest dated connection
    # Invitations whose other person is not a connection (yet), oldest first; undated ones last.
    pending_sent: tuple[Invitation, ...]
    pending_received: tuple[Invitation, ...]
    companies: Counter[str]  # the company as written -> connections there


def _pending(export: Export, ties: Ties, direction: str) -> tuple[Invitation, ...]:
    pending = []
    for invitation in export.invitations:
        if invitation.direction != direction:
            continue
        if direction == "outgoing":
            tie = ties.find(invitation.recipient, invitation.recipient_profile)
        else:
            tie = ties.find(invitation.sender, invitation.sender_profile)
        if tie is None or not tie.is_connection:  # a connection now: the invitation was accepted
            pending.append(invitation)
    return tuple(sorted(pending, key=lambda i: i.sent_at or dt.datetime.max))


def compute_network(export: Export, today: dt.date, ties: Ties) -> Network:
    connections = export.connections
    start = today - YEAR
    recent = [c for c in connections if c.connected_on is not None and start < c.connected_on <= today]
    recent.sort(key=attrgetter("connected_on"), reverse=True)
    dated = [c for c in connections if c.connected_on is not None]
    return Network(
        size=len(connections),
        recent=tuple(recent),
        latest=max(dated, key=attrgetter("connected_on")) if dated else None,
        pending_sent=_pending(export, ties, "outgoing"),
        pending_received=_pending(export, ties, "incoming"),
        companies=Counter(company for company in map(attrgetter("company"), connections) if company),
    )
