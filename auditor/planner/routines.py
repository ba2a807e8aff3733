"""The routines of step 3 as recurrences (RFC 5545 terms), each with the goals it serves and how it is kept."""

from __future__ import annotations

import datetime as dt

from auditor.analysis import Analyses
from auditor.analysis.cadence import activity_kinds
from auditor.config import ACTIVITY_SECTIONS, WEEKDAYS, Config, Goal, Routine
from auditor.model import Export
from auditor.planner.model import Recurrence, RoutinePlan

CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ADHERENCE_WEEKS = 13  # one quarter of complete weeks, as the routines rule (RTN-002) measures
# What the export can show of visibility: writing and answering in public.
PUBLIC_ACTIVITIES = frozenset({"posts", "articles", "comments", "reactions"})
WEEKS_PER_MONTH = 365.25 / 12 / 7


def recurrence(routine: Routine) -> Recurrence:
    """The routine's rhythm as a rule a calendar repeats: several days a week, every n weeks, or the first given
    weekday every n months. A routine of several a day is one daily event: its time is blocked once, the count
    stays in the plan (`RoutinePlan.per_week`)."""
    rate = routine.per_week()
    day = WEEKDAYS.index(routine.day)
    if rate >= 7:
        return Recurrence("DAILY", 1, ())
    if rate >= 1:
        days = min(7, round(rate))
        spread = sorted({(day + i * 7 // days) % 7 for i in range(days)})
        return Recurrence("WEEKLY", 1, tuple(CODES[d] for d in spread))
    weeks_between = 1 / rate
    if weeks_between < 4:
        return Recurrence("WEEKLY", round(weeks_between), (CODES[day],))
    return Recurrence("MONTHLY", max(1, round(weeks_between / WEEKS_PER_MONTH)), (f"1{CODES[day]}",))


def first_occurrence(rule: Recurrence, at: dt.time, today: dt.date) -> dt.datetime:
    """The first day on or after `today` that the rule holds (its DTSTART), at the routine's local time."""
    day = today
    for _ in range(40):  # a monthly rule's first weekday comes within 37 days
        if _matches(rule, day):
            break
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, at)


def _matches(rule: Recurrence, day: dt.date) -> bool:
    if rule.freq == "DAILY":
        return True
    code = CODES[day.weekday()]
    if rule.freq == "WEEKLY":
        return code in rule.byday
    return day.day <= 7 and f"1{code}" in rule.byday


def serves(routine: Routine, goal: Goal) -> bool:
    """Whether a routine serves a goal: writing in public serves visibility and the goals' keywords; meeting people
    (messages, lunches, coffees, conferences...) serves goals with targets."""
    public = routine.activity in PUBLIC_ACTIVITIES
    if public:
        return goal.kind in ("visibility", "product-launch") or bool(goal.keywords)
    return bool(goal.target_companies or goal.target_roles or goal.target_people) or goal.kind != "visibility"


def _actual(export: Export, analyses: Analyses, routine: Routine) -> float | None:
    section = ACTIVITY_SECTIONS.get(routine.activity)
    if section is None:
        return None
    if section == "articles" and not export.has("articles"):
        section = "shares"  # a complete archive holds Articles/ only when there are articles
    if not export.has(section):
        return None
    if routine.activity == "conversations" and not any(m.conversation_id for m in export.messages):
        return None
    return analyses.cadence.rate(activity_kinds(routine.activity), ADHERENCE_WEEKS)


def routine_plans(export: Export, analyses: Analyses, config: Config, today: dt.date) -> tuple[RoutinePlan, ...]:
    out = []
    for index, routine in enumerate(config.routines):
        rule = recurrence(routine)
        out.append(
            RoutinePlan(
                name=routine.name,
                activity=routine.activity,
                index=index,
                count=routine.count,
                per=routine.per,
                per_week=routine.per_week(),
                minutes=routine.minutes,
                timezone=routine.timezone or config.planner.timezone,
                first=first_occurrence(rule, routine.time, today),
                recurrence=rule,
                measurable=routine.measurable,
                actual_per_week=_actual(export, analyses, routine),
                serves=tuple(n for n, goal in enumerate(config.goals) if serves(routine, goal)),
            )
        )
    return tuple(out)
