"""The plan's calendar (auditor.calendar): it parses back, its recurrences expand to exactly the planned dates over
12 weeks across a daylight-saving change (as a calendar application would expand them, with
recurring-ical-events), and its UIDs stay the same from one run to the next."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo

import recurring_ical_events
from icalendar import Calendar

from auditor.analysis import analyse
from auditor.calendar import action_uid, plan_ics, routine_uid
from auditor.config import PlannerSettings, Routine
from auditor.model import Message
from auditor.planner import build_plan
from auditor.planner.model import Plan

from .factory import OWNER, OWNER_URL, TODAY, model_config, model_export

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
START = dt.date(2026, 10, 12)  # a Monday; Paris leaves summer time on Sunday, October 25, 2026
ROUTINES = (
    Routine("Posts", "posts", 2, "week", 30, day="monday", time=dt.time(8, 30)),
    Routine("Networking lunch", "lunch", 1, "month", 90, day="thursday", time=dt.time(12, 30)),
    Routine("Coffee", "coffee", 2, "month", 45, day="wednesday", time=dt.time(9, 0)),
    Routine("Team sync", "calls", 1, "day", 15, time=dt.time(17, 45), timezone="America/New_York"),
)


def _plan(export=None, today: dt.date = START) -> Plan:  # type: ignore[no-untyped-def]
    export = export if export is not None else model_export()
    export = dataclasses.replace(export, exported_on=today)
    config = model_config(routines=ROUTINES, planner=PlannerSettings(timezone="Europe/Paris"))
    return build_plan(export, analyse(export, today), config)


def _occurrences(ics: bytes, summary: str) -> list[dt.datetime]:
    calendar = Calendar.from_ical(ics)
    end = dt.datetime.combine(START + dt.timedelta(weeks=12), dt.time(), tzinfo=PARIS)
    found = recurring_ical_events.of(calendar).between(dt.datetime.combine(START, dt.time(), tzinfo=PARIS), end)
    return sorted(event.decoded("dtstart") for event in found if str(event.get("summary")) == summary)


def test_the_calendar_parses_back_with_its_zone() -> None:
    calendar = Calendar.from_ical(plan_ics(_plan()))
    zones = {str(zone.get("tzid")) for zone in calendar.walk("VTIMEZONE")}
    assert {"Europe/Paris", "America/New_York"} <= zones
    routines = [event for event in calendar.walk("VEVENT") if "routine" in str(event.get("categories").to_ical())]
    assert len(routines) == len(ROUTINES)
    posts = next(event for event in routines if str(event.get("summary")) == "Posts")
    # The model member posts twice a week: how the routine is kept is shown beside it.
    assert str(posts.get("description")).endswith("kept: 2 a week over the last 13 weeks")
    lunch = next(event for event in routines if str(event.get("summary")) == "Networking lunch")
    assert str(lunch.get("description")).endswith("not measurable from the export")


def test_weekly_posts_expand_to_the_planned_days_across_the_dst_change() -> None:
    starts = _occurrences(plan_ics(_plan()), "Posts")
    # Twice a week from Monday: Mondays and Thursdays, 24 in 12 weeks, always at 8:30 in Paris.
    expected = [
        dt.datetime.combine(START + dt.timedelta(weeks=week, days=offset), dt.time(8, 30), tzinfo=PARIS)
        for week in range(12)
        for offset in (0, 3)
    ]
    assert starts == expected
    assert {start.astimezone(PARIS).time() for start in starts} == {dt.time(8, 30)}
    offsets = {start.utcoffset() for start in starts}
    assert offsets == {dt.timedelta(hours=2), dt.timedelta(hours=1)}  # summer time, then winter time


def test_monthly_and_fortnightly_routines() -> None:
    ics = plan_ics(_plan())
    lunches = _occurrences(ics, "Networking lunch")
    # The first Thursday of each month, at 12:30 Paris time.
    assert [start.date() for start in lunches] == [dt.date(2026, 11, 5), dt.date(2026, 12, 3)]
    assert {start.time() for start in lunches} == {dt.time(12, 30)}
    coffees = _occurrences(ics, "Coffee")  # twice a month: every other Wednesday
    assert [start.date() for start in coffees] == [dt.date(2026, 10, 14) + dt.timedelta(weeks=2 * n) for n in range(6)]


def test_a_routine_in_its_own_zone() -> None:
    syncs = _occurrences(plan_ics(_plan()), "Team sync")
    new_york = zoneinfo.ZoneInfo("America/New_York")
    assert len(syncs) in (84, 85)  # every day for 12 weeks (the window's edges are in Paris time)
    assert {start.astimezone(new_york).time() for start in syncs} == {dt.time(17, 45)}


def test_uids_are_stable_from_one_run_to_the_next() -> None:
    first, again = _plan(), _plan()
    assert plan_ics(first) == plan_ics(again)
    uids = {str(event.get("uid")) for event in Calendar.from_ical(plan_ics(first)).walk("VEVENT")}
    assert len(uids) == len(Calendar.from_ical(plan_ics(first)).walk("VEVENT"))
    # With one more message from Léa, her call moves, its UID does not; the routines keep theirs.
    export = dataclasses.replace(model_export(), exported_on=TODAY)
    config = model_config(routines=ROUTINES, planner=PlannerSettings(timezone="Europe/Paris"))
    before = build_plan(export, analyse(export, TODAY), config, weeks=5)
    note = Message(
        "late",
        "",
        "Léa Martin",
        "https://www.linkedin.com/in/lea-martin",
        OWNER,
        (OWNER_URL,),
        dt.datetime(2026, 10, 31, 9),
        "",
        999,
    )
    moved = dataclasses.replace(export, messages=(*export.messages, note))
    after = build_plan(moved, analyse(moved, TODAY), config, weeks=5)
    assert {routine_uid(r) for r in after.routines} == {routine_uid(r) for r in first.routines}

    def lea(plan: Plan):  # type: ignore[no-untyped-def]
        return next(a for w in plan.schedule for a in w.actions if a.person == "Léa Martin")

    assert (lea(before).on, lea(after).on) == (dt.date(2026, 11, 19), dt.date(2026, 11, 30))
    assert action_uid(lea(after)) == action_uid(lea(before))
    before_uids = {str(e.get("uid")) for e in Calendar.from_ical(plan_ics(before)).walk("VEVENT")}
    after_uids = {str(e.get("uid")) for e in Calendar.from_ical(plan_ics(after)).walk("VEVENT")}
    assert action_uid(lea(before)) in before_uids & after_uids


def test_keep_in_touch_actions_are_one_off_events() -> None:
    plan = _plan()
    calendar = Calendar.from_ical(plan_ics(plan))
    actions = [e for e in calendar.walk("VEVENT") if "keep-in-touch" in str(e.get("categories").to_ical())]
    planned = [a for w in plan.schedule for a in w.actions]
    assert len(actions) == len(planned)
    assert all(e.get("rrule") is None for e in actions)
    days = sorted(e.decoded("dtstart").date() for e in actions)
    assert days == sorted(a.on for a in planned)
