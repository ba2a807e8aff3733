"""The plan as an iCalendar file (`linkedin-audit plan --ics FILE`): the routines as recurring events, the
keep-in-touch actions as one-off events.

Written with `icalendar` (RFC 5545): each routine's rhythm is an RRULE and its time is local to the member's zone,
with that zone's VTIMEZONE, so a 12:30 lunch stays at 12:30 across a daylight-saving change. UIDs are made from
what an event is (a routine's name and activity; an action's kind and person), never from a date or the clock:
importing the file again after a new plan updates the events instead of adding copies, and an action whose due
date moved moves in the calendar. DTSTAMP is the plan's day, so the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo

from icalendar import Calendar, Event

from auditor.i18n import _
from auditor.planner.model import Action, Plan, RoutinePlan
from auditor.planner.words import ACTION_WORDS, adherence, planned

PRODID = "-//linkedin-auditor//plan//EN"
ACTION_TIME = dt.time(9, 0)  # one-off actions go at 9:00 local time on their day


def _uid(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@linkedin-audit"


def routine_uid(routine: RoutinePlan) -> str:
    return _uid("routine", routine.name, routine.activity)


def action_uid(action: Action) -> str:
    return _uid("action", action.kind, action.key)


def _rrule(routine: RoutinePlan) -> dict[str, object]:
    rule = routine.recurrence
    out: dict[str, object] = {"FREQ": rule.freq}
    if rule.interval > 1:
        out["INTERVAL"] = rule.interval
    if rule.byday:
        out["BYDAY"] = list(rule.byday)
    return out


def plan_calendar(plan: Plan, language: str | None = None) -> Calendar:
    language = language or plan.language
    stamp = dt.datetime.combine(plan.today, dt.time(), tzinfo=dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    seen: set[str] = set()
    for routine in plan.routines:
        uid = routine_uid(routine)
        if uid in seen:  # two routines of the same name and activity: the second is told apart by its place
            uid = _uid("routine", routine.name, routine.activity, str(routine.index))
        seen.add(uid)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", routine.first.replace(tzinfo=zoneinfo.ZoneInfo(routine.timezone)))
        event.add("duration", dt.timedelta(minutes=routine.minutes))
        event.add("rrule", _rrule(routine))
        event.add("summary", routine.name)
        kept = adherence(routine)
        event.add(
            "description", planned(routine).render(language) + ("" if kept is None else "\n" + kept.render(language))
        )
        event.add("categories", ["linkedin-audit", "routine"])
        calendar.add_component(event)
    zone = zoneinfo.ZoneInfo(plan.timezone)
    for week in plan.schedule:
        for action in week.actions:
            event = Event()
            event.add("uid", action_uid(action))
            event.add("dtstamp", stamp)
            event.add("dtstart", dt.datetime.combine(action.on, ACTION_TIME, tzinfo=zone))
            event.add("duration", dt.timedelta(minutes=action.minutes))
            title = _("{what} {person}", what=ACTION_WORDS[action.kind], person=action.person)
            event.add("summary", title.render(language))
            event.add("description", action.reason.render(language) + "\n\n" + action.first_line.render(language))
            event.add("categories", ["linkedin-audit", "keep-in-touch"])
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def plan_ics(plan: Plan, language: str | None = None) -> bytes:
    """The plan's calendar as the bytes of an .ics file."""
    return plan_calendar(plan, language).to_ical()
