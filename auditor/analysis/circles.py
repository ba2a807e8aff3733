"""The three circles of step 2, computed once: who you know well (circle 1), who you know less (circle 2).

Step 2 of the method asks you to map your network: circle 1 = the people you know well, inside your company and
outside; circle 2 = the people you know less and see less often but would gain from knowing better; circle 3 =
people you do not know yet (built from the goals' targets by the planner, not here). This module sorts every
connection (a `Tie` with `is_connection`) into circle 1 or 2 from the evidence of the export, and keeps the
reasons for each person, as facts, so a report can say *why* ("24 messages both ways, last 13 days ago").

The score is a sum of points, each shown to the user:

    messages         2 × log2(1 + m2) + 0.5 × log2(1 + m1), where m2 = the messages in a real exchange
                     (twice the smaller of sent and received) and m1 = the one-way rest: a reply is worth four
                     times a message nobody answered; the logarithm keeps one long chat from drowning the rest
                     (24 messages both ways ≈ 9.3 points, 2 ≈ 3.2, 50 unanswered ≈ 2.8).
    recency          4 × 0.5 ** (days since the last message / 180): a half-life of six months (13 days ≈ 3.8,
                     180 days = 2, a year ≈ 1, two years ≈ 0.25). Added, not multiplied: a tie whose history
                     nearly reaches the threshold on its own stays in circle 1 through a long silence, which lets
                     the audit say "call her this month"; a light tie is in circle 1 only while it is fresh.
    initiative       +2 when each side started at least one conversation (not counted for archives without
                     conversation IDs, those of 2018, where who started what is unknown).
    recommendations  +4 for a recommendation written for you, +4 for one you wrote: nobody recommends a stranger.
    endorsements     +1 when they endorsed you, +1 when you endorsed them (one click, whatever the count).
    employer         +2 when the connection works at one of your employers (Positions.csv).

A connection with `CIRCLE1_THRESHOLD` (12) points or more is in circle 1. A monthly exchange over a year (24
messages both ways, each side starting some) reaches it and keeps it through some 15 months of silence; 10
messages both ways keep it for about two months; recommendations both ways from a former colleague who endorsed
you reach it without any message. A shared employer, endorsements or unanswered messages alone never do.
Everyone else is in circle 2.

Why these two circles (the ids are those of docs/sources.md): Dunbar's layers put about 5 people in a support
clique contacted about weekly and about 15 in a sympathy group contacted about monthly [dunbar-layers], inside
~150 relationships a person can maintain [dunbar-2012] [zhou-2005]; online networks are no exception
[dunbar-2016]. So a healthy circle 1 holds 5 to 15 people. Circle 2 matters as much: most jobs came through
contacts seen only occasionally or rarely [granovetter-1973], and in randomised experiments on LinkedIn moderately
weak ties (by mutual connections) and the weakest ties by interaction intensity produced the most job mobility
[rajkumar-2022]. The export has no mutual-connection counts, so this score measures interaction only.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Literal, NamedTuple

from auditor.analysis.people import company_key
from auditor.analysis.ties import Tie, Ties
from auditor.model import Export

CIRCLE1_THRESHOLD = 12.0  # points; see the module docstring
RECENCY_HALF_LIFE_DAYS = 180.0  # six months
RECIPROCAL_WEIGHT = 2.0  # points per doubling of the messages exchanged both ways
ONE_WAY_WEIGHT = 0.5  # points per doubling of the unanswered rest
RECENCY_POINTS = 4.0
INITIATIVE_POINTS = 2.0
RECOMMENDATION_POINTS = 4.0  # each way
ENDORSEMENT_POINTS = 1.0  # each way
EMPLOYER_POINTS = 2.0


# --- The circles ----------------------------------------------------------------------------------------------


class CircleTie(NamedTuple):
    """One connection, its circle, its score and the evidence behind it. A named tuple: immutable, and built in C
    from its values (one per connection, tens of thousands in a large network)."""

    tie: Tie
    circle: int  # 1 or 2
    score: float
    points: tuple[tuple[str, float], ...]  # (component, points): messages, recency, initiative, ...
    employer: Reason | None = None  # the employer you share, when it earned points

    @property
    def key(self) -> str:
        return self.tie.key

    @property
    def name(self) -> str:
        return self.tie.name

    @property
    def line(self) -> int:
        """The connection's line in Connections.csv (0 when unknown)."""
        return self.tie.line

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The evidence behind the score, as facts: messages, initiative, recommendations, endorsements,
        employer (the words are made where a finding or a report names the member: `auditor.words`). Gathered
        only for the members a finding or a report names, a handful of a network of thousands."""
        tie, reasons = self.tie, []
        for component, _ in self.points:
            if component == "messages":
                last = tie.last_exchange.date() if tie.last_exchange else None
                reasons.append(Reason("messages", sent=tie.sent, received=tie.received, last=last))
            elif component == "employer" and self.employer is not None:
                reasons.append(self.employer)
            elif component == "endorsements":
                received, given = bool(tie.endorsements_received), bool(tie.endorsements_given)
                reasons.append(Reason("endorsements", endorsed_you=received, you_endorsed=given))
            elif component == "initiative":
                reasons.append(Reason("initiative"))
            elif component == "recommendation received":
                reasons.append(Reason("recommendation-received"))
            elif component == "recommendation given":
                reasons.append(Reason("recommendation-given"))
        return tuple(reasons)

    def days_quiet(self, today: dt.date) -> int | None:
        """Days since the last message either way; None when the export shows no dated message."""
        last = self.tie.last_exchange
        return None if last is None else max((today - last.date()).days, 0)


@dataclass(frozen=True)
class Circles:
    today: dt.date
    threshold: float
    by_key: dict[str, CircleTie]  # every connection, by person key
    circle1: tuple[CircleTie, ...]  # strongest first, then in the order of Connections.csv
    circle2: tuple[CircleTie, ...]  # strongest first, then in the order of Connections.csv

    def get(self, key: str) -> CircleTie | None:
        return self.by_key.get(key)

    def quiet(self, days: int) -> tuple[CircleTie, ...]:
        """Circle-1 ties with no message either way for `days` days or more (or none in the export), strongest
        first."""
        out = []
        for member in self.circle1:
            silence = member.days_quiet(self.today)
            if silence is None or silence >= days:
                out.append(member)
        return tuple(out)


ReasonKind = Literal[
    "messages", "initiative", "recommendation-received", "recommendation-given", "endorsements", "employer"
]


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence for a member's circle, as facts; each kind fills its own fields."""

    kind: ReasonKind
    sent: int = 0  # messages: yours to them
    received: int = 0  # messages: theirs to you
    last: dt.date | None = None  # messages: the last one either way
    endorsed_you: bool = False  # endorsements
    you_endorsed: bool = False
    company: str = ""  # employer: the company as you wrote it
    first_year: int | None = None  # employer: the years you worked there
    last_year: int | None = None
    current: bool = False  # employer: you still do


def _employer_facts(export: Export) -> dict[str, Reason]:
    """Company key -> the employer reason for a connection working there: the company as you wrote it, the years
    you worked there and whether you still do."""
    spans: dict[str, tuple[int | None, int | None, bool]] = {}
    display: dict[str, str] = {}
    for position in export.positions:
        if not position.company:
            continue
        key = company_key(position.company)
        display.setdefault(key, position.company)
        first, last, current = spans.get(key, (None, None, False))
        start = position.started_on.year if position.started_on else None
        end = position.finished_on.year if position.finished_on else None
        first = start if first is None or (start is not None and start < first) else first
        last = end if last is None or (end is not None and end > last) else last
        spans[key] = (first, last, current or position.finished_on is None)
    return {
        key: Reason("employer", company=display[key], first_year=first, last_year=last, current=current)
        for key, (first, last, current) in spans.items()
    }


Scored = tuple[float, tuple[tuple[str, float], ...], Reason | None]
_NOTHING: Scored = (0.0, (), None)


def _score(tie: Tie, today: dt.date, employers: dict[str, Reason], half_life: float, initiative: bool) -> Scored:
    """(score, its points, the shared employer's reason when it earned points): see the module docstring."""
    points: list[tuple[str, float]] = []
    if tie.messages:
        both = 2 * min(tie.sent, tie.received)
        one_way = tie.messages - both
        points.append(("messages", RECIPROCAL_WEIGHT * math.log2(1 + both) + ONE_WAY_WEIGHT * math.log2(1 + one_way)))
        if tie.last_exchange is not None:
            days = max((today - tie.last_exchange.date()).days, 0)
            points.append(("recency", RECENCY_POINTS * 0.5 ** (days / half_life)))
    if initiative and tie.started_by_owner and tie.started_by_them:
        points.append(("initiative", INITIATIVE_POINTS))
    if tie.recommendations_received:
        points.append(("recommendation received", RECOMMENDATION_POINTS))
    if tie.recommendations_given:
        points.append(("recommendation given", RECOMMENDATION_POINTS))
    if tie.endorsements_received or tie.endorsements_given:
        both_ways = tie.endorsements_received and tie.endorsements_given
        points.append(("endorsements", (2 if both_ways else 1) * ENDORSEMENT_POINTS))
    employer = employers.get(company_key(tie.shared_employers[0])) if tie.shared_employers else None
    if employer is not None:
        points.append(("employer", EMPLOYER_POINTS))
    return sum(p for _, p in points), tuple(points), employer


def compute_circles(
    export: Export,
    ties: Ties,
    today: dt.date,
    *,
    threshold: float = CIRCLE1_THRESHOLD,
    half_life_days: float = RECENCY_HALF_LIFE_DAYS,
) -> Circles:
    """Sort every connection into circle 1 (score >= `threshold`) or circle 2, with its points and reasons."""
    employers = _employer_facts(export)
    # Without conversation IDs (2018 archives) each direction of an exchange looks like its own conversation.
    initiative = any(message.conversation_id for message in export.messages)
    connected = list(ties.connections())
    # Most of a large network is nothing but the connection itself: they score nothing, without a call.
    scored = [
        _score(tie, today, employers, half_life_days, initiative) if tie.mentioned or tie.shared_employers else _NOTHING
        for tie in connected
    ]
    members = list(map(CircleTie._make, zip(
        connected, [1 if score >= threshold else 2 for score, _, _ in scored],
        [round(score, 2) for score, _, _ in scored], map(itemgetter(1), scored), map(itemgetter(2), scored),
        strict=True,
    )))  # fmt: skip
    # Strongest first; equal scores (most of a large network scores 0) keep the order of Connections.csv, newest
    # connections first in LinkedIn's exports. A sort on one float key runs in C.
    members.sort(key=attrgetter("score"), reverse=True)
    return Circles(
        today=today,
        threshold=threshold,
        by_key={member.key: member for member in members},
        circle1=tuple(m for m in members if m.circle == 1),
        circle2=tuple(m for m in members if m.circle == 2),
    )
