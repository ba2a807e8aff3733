"""Words the plan's reports share (Markdown, calendar, HTML): what each kind of action is called."""

from __future__ import annotations

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


def planned(routine: RoutinePlan) -> Message:
    return _(
        "{name}: {per_week} a week, {minutes} min each, from {day}",
        name=routine.name,
        per_week=Number(routine.per_week),
        minutes=routine.minutes,
        day=routine.first.date(),
    )
