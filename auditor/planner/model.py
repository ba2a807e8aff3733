"""The plan: what `linkedin-audit plan` builds from the analyses, the goals and the findings (issue 12).

Facts and catalog messages only, no words made in Python: the reports (Markdown, JSON, the calendar, the HTML
report) render each `Message` in the reader's language. Every dated item carries its date; nothing here reads the
clock (the plan's `today` is the audit's date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from auditor.analysis.circles import Reason
from auditor.i18n import Message

ActionKind = Literal["call", "warm-up", "thank", "invitation"]
TargetKind = Literal["company", "role", "person"]
PathKind = Literal["works-there", "in-role", "shared-employer"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a file of the export and its row, or a key of the configuration."""

    file: str  # "Positions.csv", or "linkedin-audit.toml"
    row: int | None = None  # the record's line in the file
    key: str = ""  # the configuration key (`goals[0].text`), when `file` is the configuration


# --- Circles (step 2) -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """A connection in circle 1 or 2, with the evidence that put them there."""

    key: str
    name: str
    company: str
    position: str
    circle: int  # 1 or 2
    score: float
    reasons: tuple[Reason, ...]  # words: auditor.words.circle_reason
    last_exchange: dt.date | None  # the last message either way
    messages: int
    pinned: bool = False  # put in this circle by `[[circles.pin]]`
    line: int = 0  # the connection's line in Connections.csv


@dataclass(frozen=True, slots=True)
class Target:
    """Circle 3: someone the goals aim at and the network does not hold yet (a company, a role, a named person)."""

    kind: TargetKind
    name: str  # as the configuration writes it
    goal: int  # index of the goal in the configuration
    source: Source
    contacts: int = 0  # connections already there (company) or in that role: introducers, not the target itself


@dataclass(frozen=True)
class CirclesPlan:
    circle1: tuple[Member, ...]  # strongest first
    circle2_count: int
    circle2_top: tuple[Member, ...]  # the strongest of circle 2: the ties worth warming up
    circle3: tuple[Target, ...]
    excluded: int  # people left out by `circles.exclude`
    # The export holds no messages: the circles rest on recommendations, endorsements and employers only.
    without_messages: bool = False
    notes: tuple[Message, ...] = ()


# --- Introductions ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Path:
    """You → introducer → target, with why the introducer can help."""

    introducer: Member
    kind: PathKind
    explanation: Message  # "You → Léa Martin (circle 1, 24 messages both ways, last 13 days ago) → Delta Retail"


@dataclass(frozen=True)
class Introduction:
    target: Target
    paths: tuple[Path, ...]  # strongest tie first
    none_found: Message | None = None  # said when no connection leads there
    # You worked at the target company yourself (Positions.csv): your former colleagues are a way in.
    you_were_there: Message | None = None


# --- Keep in touch ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Action:
    """One thing to do for one person, in a given week."""

    kind: ActionKind
    person: str
    key: str  # the person's key (stable: the calendar's UIDs are made from it)
    due: dt.date  # when it falls due, from the last real interaction (never before the plan's day)
    on: dt.date  # the day it is planned (its due date, or later when its week was full)
    minutes: int  # estimated time
    value: float  # how much it matters: the week keeps the highest values
    reason: Message
    first_line: Message  # a suggested first line
    evidence: tuple[Reason, ...] = ()  # the circle's evidence, for circle-1 and circle-2 ties
    source: Source | None = None


@dataclass(frozen=True)
class Week:
    number: int  # 1 = the week starting on the plan's day
    start: dt.date
    actions: tuple[Action, ...]

    @property
    def minutes(self) -> int:
        return sum(action.minutes for action in self.actions)


# --- Routines calendar (step 3) -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recurrence:
    """How a routine repeats, as iCalendar says it (RFC 5545): FREQ, INTERVAL and BYDAY."""

    freq: Literal["DAILY", "WEEKLY", "MONTHLY"]
    interval: int
    byday: tuple[str, ...]  # "TU", or "1TU" (the first Tuesday) for a monthly rule; () for daily


@dataclass(frozen=True, slots=True)
class RoutinePlan:
    name: str
    activity: str
    index: int  # in the configuration: `routines[index]`
    count: float  # planned: `count` per `per` (a key of auditor.config.PERIODS), as the configuration says it
    per: str
    per_week: float  # the same, per week
    minutes: int
    timezone: str
    first: dt.datetime  # the first occurrence, local time (naive, in `timezone`)
    recurrence: Recurrence
    measurable: bool
    actual_per_week: float | None  # what the export shows over the last 13 complete weeks; None: not measurable
    serves: tuple[int, ...]  # the goals it serves (indexes)


# --- Pitch (step 4) -----------------------------------------------------------------------------------------------

Question = Literal["now", "projects", "self"]


@dataclass(frozen=True, slots=True)
class PitchSentence:
    question: Question  # what I do now, which projects interest me now, what I want to say about myself now
    text: Message
    source: Source
    fact: str  # the fact as the export or the configuration writes it (a test finds it there)


@dataclass(frozen=True)
class PitchDraft:
    minutes: int
    budget: int  # words: 140 a minute
    sentences: tuple[PitchSentence, ...]
    words: int  # in the plan's language
    short: bool  # the export and the configuration hold too little for this budget


@dataclass(frozen=True)
class Pitch:
    drafts: tuple[PitchDraft, ...]
    stale: tuple[Message, ...]  # old material: no current position, no recent post


# --- Give and take, goals -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Exchange:
    """What passed between you and one person, both ways."""

    key: str
    name: str
    recommendations_given: int
    recommendations_received: int
    endorsements_given: int
    endorsements_received: int
    conversations_started_by_you: int
    conversations_started_by_them: int
    invitations_sent: int
    invitations_received: int

    @property
    def given(self) -> int:
        return (
            self.recommendations_given
            + self.endorsements_given
            + self.conversations_started_by_you
            + self.invitations_sent
        )

    @property
    def received(self) -> int:
        return (
            self.recommendations_received
            + self.endorsements_received
            + self.conversations_started_by_them
            + self.invitations_received
        )


@dataclass(frozen=True)
class GiveTake:
    totals: tuple[tuple[str, int | None, int | None], ...]  # (ledger line, given, received); None: not in export
    people: tuple[Exchange, ...]  # the most received without giving back first
    people_count: int  # everyone with an exchange (people lists the first of them)
    to_thank: int


@dataclass(frozen=True)
class GoalPlan:
    index: int
    kind: str
    text: str
    targets: int  # circle-3 targets of this goal
    contacts: int  # connections at its target companies or in its target roles
    routines: tuple[int, ...]  # the routines that serve it
    findings: tuple[str, ...]  # fingerprints of the audit's step-1 findings about this goal
    # The pitch material that serves it: sentences of the longest draft citing the goal or carrying its keywords.
    pitch: tuple[PitchSentence, ...] = ()
    suggestion: Message | None = None  # a wording from the profile's own words, for a goal with no keywords


@dataclass(frozen=True)
class Plan:
    today: dt.date
    weeks: int
    timezone: str
    language: str
    max_actions_per_week: int
    goals: tuple[GoalPlan, ...]
    routines_without_goal: tuple[int, ...]
    goals_without_routine: tuple[int, ...]
    circles: CirclesPlan
    introductions: tuple[Introduction, ...]
    no_second_degree: Message
    schedule: tuple[Week, ...]
    later: int  # actions that did not fit in the plan's weeks
    routines: tuple[RoutinePlan, ...]
    pitch: Pitch
    give_take: GiveTake
