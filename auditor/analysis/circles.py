"""The three circles of step 2, computed once: who you know well (circle 1), who you know less (circle 2).

Step 2 of the method asks you to map your network: circle 1 = the people you know well, inside your company and
outside; circle 2 = the people you know less and see less often but would gain from knowing better; circle 3 =
people you do not know yet (built from the goals' targets by the planner, not here). This module sorts every
connection (a `Tie` with `is_connection`) into circle 1 or 2 from the evidence of the export, and keeps the
reasons for each person so a report can say *why* ("24 messages both ways, last 13 days ago").

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
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from auditor.analysis.people import company_key
from auditor.analysis.ties import Tie, Ties
from auditor.findings import Text, t
from auditor.model import Export
from auditor.rowbuild import record_builder

CIRCLE1_THRESHOLD = 12.0  # points; see the module docstring
RECENCY_HALF_LIFE_DAYS = 180.0  # six months
RECIPROCAL_WEIGHT = 2.0  # points per doubling of the messages exchanged both ways
ONE_WAY_WEIGHT = 0.5  # points per doubling of the unanswered rest
RECENCY_POINTS = 4.0
INITIATIVE_POINTS = 2.0
RECOMMENDATION_POINTS = 4.0  # each way
ENDORSEMENT_POINTS = 1.0  # each way
EMPLOYER_POINTS = 2.0


# --- Words for days, months and dates, in both languages ---------------------------------------------------

_MONTHS_EN = tuple("January February March April May June July August September October November December".split())
_MONTHS_FR = tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def duration(days: int) -> Text:
    """A span of days as people say it: `13 days`, `7 months`, `2 years` / `13 jours`, `7 mois`, `2 ans`."""
    days = max(days, 0)
    if days < 45:
        return t(_plural(days, "day", "days"), _plural(days, "jour", "jours"))
    if days < 730:
        months = days // 30
        return t(_plural(months, "month", "months"), f"{months} mois")
    years = days // 365
    return t(_plural(years, "year", "years"), _plural(years, "an", "ans"))


def ago(days: int) -> Text:
    """`13 days ago` / `il y a 13 jours`; `today` / `aujourd'hui`."""
    if days <= 0:
        return t("today", "aujourd'hui")
    span = duration(days)
    return t(f"{span.en} ago", f"il y a {span.fr}")


def long_date(day: dt.date) -> Text:
    """`2 March 2026` / `2 mars 2026` (`1er mars 2026`)."""
    ordinal = "1er" if day.day == 1 else str(day.day)
    return t(f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}", f"{ordinal} {_MONTHS_FR[day.month - 1]} {day.year}")


def join_names(names: Sequence[str], en: str = "and", fr: str = "et") -> Text:
    """`Léa Martin, Sam Jones and Inès Haddad` / `Léa Martin, Sam Jones et Inès Haddad` (or `or` / `ou`)."""
    names = list(names)
    if len(names) <= 1:
        return t("".join(names), "".join(names))
    head = ", ".join(names[:-1])
    return t(f"{head} {en} {names[-1]}", f"{head} {fr} {names[-1]}")


# --- The circles ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CircleTie:
    """One connection, its circle, its score and the evidence behind it."""

    tie: Tie
    circle: int  # 1 or 2
    score: float
    points: tuple[tuple[str, float], ...]  # (component, points): messages, recency, initiative, ...
    # Puts the evidence in words, for the few members a finding or report names; shared by all members.
    explainer: _Explainer = field(repr=False, compare=False)

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
    def reasons(self) -> tuple[Text, ...]:
        """The evidence in words: messages, initiative, recommendations, endorsements, employer."""
        return self.explainer.reasons(self)

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


def _employer_spans(export: Export) -> dict[str, tuple[str, str, bool]]:
    """Company key -> (the company as you wrote it, the years you worked there, e.g. "2017–2021", whether you
    still do)."""
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
    out: dict[str, tuple[str, str, bool]] = {}
    for key, (first, last, current) in spans.items():
        if current or first is None:
            years = f"{first}" if first is not None else ""
        else:
            years = f"{first}–{last}" if last is not None and last != first else f"{first}"
        out[key] = (display[key], years, current)
    return out


def _message_reason(tie: Tie, today: dt.date) -> Text:
    last = tie.last_exchange
    tail_en = tail_fr = ""
    if last is not None:
        when = ago((today - last.date()).days)
        tail_en, tail_fr = f", last {when.en}", f", le dernier {when.fr}"
    if tie.sent and tie.received:
        return t(
            f"{tie.messages} messages both ways ({tie.sent} sent, {tie.received} received){tail_en}",
            f"{tie.messages} messages échangés ({_plural(tie.sent, 'envoyé', 'envoyés')}, "
            f"{_plural(tie.received, 'reçu', 'reçus')}){tail_fr}",
        )
    if tie.received:
        return t(
            f"{_plural(tie.received, 'message', 'messages')} from them, none from you{tail_en}",
            f"{_plural(tie.received, 'message reçu', 'messages reçus')}, aucun envoyé{tail_fr}",
        )
    return t(
        f"{_plural(tie.sent, 'message', 'messages')} from you, no reply{tail_en}",
        f"{_plural(tie.sent, 'message envoyé', 'messages envoyés')}, sans réponse{tail_fr}",
    )


_NOTHING: tuple[float, tuple[tuple[str, float], ...]] = (0.0, ())


def _score(
    tie: Tie, today: dt.date, employers: dict[str, Text], half_life: float, initiative: bool
) -> tuple[float, tuple[tuple[str, float], ...]]:
    """(score, its points): see the module docstring."""
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
    if tie.shared_employers and company_key(tie.shared_employers[0]) in employers:
        points.append(("employer", EMPLOYER_POINTS))
    return sum(p for _, p in points), tuple(points)


@dataclass(frozen=True, eq=False)  # one per audit, compared and hashed by identity
class _Explainer:
    """Words for the points of a member: built only for the members a finding or a report names (a handful of
    a network of thousands), from what the scoring saw."""

    today: dt.date
    employers: dict[str, Text]  # company key -> "works at X, like you" / "... where you worked (2017–2021)"

    def reasons(self, member: CircleTie) -> tuple[Text, ...]:
        tie, reasons = member.tie, []
        for component, _ in member.points:
            if component == "messages":
                reasons.append(_message_reason(tie, self.today))
            elif component == "employer":
                reasons.append(self.employers[company_key(tie.shared_employers[0])])
            elif component == "endorsements":
                received, given = tie.endorsements_received, tie.endorsements_given
                reasons.append(_ENDORSED_BOTH if received and given else _ENDORSED_YOU if received else _YOU_ENDORSED)
            elif component in _REASONS:
                reasons.append(_REASONS[component])
        return tuple(reasons)


_INITIATIVE = t("conversations started by both of you", "des conversations lancées par l'un comme par l'autre")
_RECOMMENDED_YOU = t("wrote you a recommendation", "vous a écrit une recommandation")
_YOU_RECOMMENDED = t("you wrote them a recommendation", "vous lui avez écrit une recommandation")
_ENDORSED_BOTH = t("endorsements both ways", "des validations de compétences dans les deux sens")
_ENDORSED_YOU = t("endorsed your skills", "a validé vos compétences")
_YOU_ENDORSED = t("you endorsed their skills", "vous avez validé ses compétences")
_REASONS = {
    "initiative": _INITIATIVE,
    "recommendation received": _RECOMMENDED_YOU,
    "recommendation given": _YOU_RECOMMENDED,
}


def _employer_reasons(export: Export) -> dict[str, Text]:
    """Company key -> the reason to show for a connection working there, one per employer of the owner."""
    out: dict[str, Text] = {}
    for key, (company, years, current) in _employer_spans(export).items():
        if current:
            out[key] = t(f"works at {company}, like you", f"travaille chez {company}, comme vous")
        else:
            span = f" ({years})" if years else ""
            out[key] = t(
                f"works at {company}, where you worked{span}", f"travaille chez {company}, où vous avez travaillé{span}"
            )
    return out


def compute_circles(
    export: Export,
    ties: Ties,
    today: dt.date,
    *,
    threshold: float = CIRCLE1_THRESHOLD,
    half_life_days: float = RECENCY_HALF_LIFE_DAYS,
) -> Circles:
    """Sort every connection into circle 1 (score >= `threshold`) or circle 2, with its points and reasons."""
    employers = _employer_reasons(export)
    # Without conversation IDs (2018 archives) each direction of an exchange looks like its own conversation.
    initiative = any(message.conversation_id for message in export.messages)
    connected = list(ties.connections())
    # Most of a large network is nothing but the connection itself: they score nothing, without a call.
    scored = [
        _score(tie, today, employers, half_life_days, initiative) if tie.mentioned or tie.shared_employers else _NOTHING
        for tie in connected
    ]
    scores = [round(score, 2) for score, _ in scored]
    # Built by column like the export's records: a large network has tens of thousands of connections.
    members: list[CircleTie] = record_builder(CircleTie)([
        connected, [1 if score >= threshold else 2 for score, _ in scored], scores,
        [points for _, points in scored], [_Explainer(today, employers)] * len(connected),
    ])  # fmt: skip
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
