"""Words the plan's reports share (Markdown, calendar, HTML): what each kind of action is called."""

from __future__ import annotations

import dataclasses

from auditor.i18n import Message, Number, _
from auditor.planner.model import RoutinePlan

ACTION_WORDS: dict[str, Message] = {
    "call": _("Call"),
    "warm-up": _("Write to"),
    "thank": _("Thank"),
    "invitation": _("Answer"),
}


def adherence(routine: RoutinePlan) -> Message | None:
    """How a routine is kept, beside its plan: what the export shows, or that it cannot show it."""
    if routine.actual_per_week is not None:
        return _("kept: {actual} a week over the last 13 weeks", actual=Number(routine.actual_per_week))
    if not routine.measurable:
        return _("not measurable from the export")
    return None


# How often, as the configuration says it: `count` per period.
RATES: dict[str, Message] = {
    "day": _("{count} a day"),
    "week": _("{count} a week"),
    "month": _("{count} a month"),
    "quarter": _("{count} a quarter"),
    "semester": _("{count} every six months"),
    "year": _("{count} a year"),
}


def planned(routine: RoutinePlan) -> Message:
    """`Networking lunch: 1 a month, 90 min each, from November 3, 2026`."""
    rate = RATES[routine.per]
    return _(
        "{name}: {rate}, {minutes} min each, from {day}",
        name=routine.name,
        rate=dataclasses.replace(rate, params=(("count", Number(routine.count)),)),
        minutes=routine.minutes,
        day=routine.first.date(),
    )
