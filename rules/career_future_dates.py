"""No position starts or ends in the future.

What:
    Checks that no start or end date in Positions.csv falls after today (a date is in the future when even its
    first possible day is: "2026" is not in the future on 2 November 2026, "2026-12" is). One finding per
    position. Education and certifications are not checked: a degree in progress or a certification's expiry
    may lie ahead.

Why:
    A position dated after today is almost always a typo, and it makes readers doubt the rest of the timeline.
    Step 5 of the method asks for an impeccable presentation of your career; LinkedIn's own profile shows these
    dates as they are.

Passes:
    Acme Industries since 2021-03.

Fails:
    Acme Industries started 2027-03 (today 2026-11-02).
    Beta Foods 2017-01 to 2029-02.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.career import first_day
from auditor.analysis.text import label
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.words import when

CODE = "CAR-007"
NAME = "career.future-dates"
STEP = "step5"
SEVERITY = "error"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not any(position.started_on or position.finished_on for position in export.positions):
        ctx.not_applicable(_("No dated position to check."))
    for position in export.positions:
        start, end = (
            date if date is not None and first_day(date) > ctx.today else None
            for date in (position.started_on, position.finished_on)
        )
        if start is None and end is None:
            continue
        where = position.company or position.title
        entry = label(position.company, position.title)
        # Months as the archive gives them ("2027-03"): a month has no long date to write.
        what: Message
        if start is not None and end is not None:
            what = _(
                "Your position at {place} has a start date ({start}) and an end date ({end}) in the future.",
                place=where,
                start=when(start),
                end=when(end),
            )
            value = _(
                "{position}: start {start}, end {end}",
                position=entry,
                start=when(start),
                end=when(end),
            )
        elif start is not None:
            what = _(
                "Your position at {place} has a start date ({start}) in the future.",
                place=where,
                start=when(start),
            )
            value = _("{position}: start {start}", position=entry, start=when(start))
        else:
            what = _(
                "Your position at {place} has an end date ({end}) in the future.",
                place=where,
                end=when(end),
            )
            value = _("{position}: end {end}", position=entry, end=when(end))
        yield Finding(
            what=what,
            why=_("A date after today is almost always a typo, and it makes readers doubt the rest of your timeline."),
            fix=_("Correct the date; if the job has not started yet, add it on the day it does."),
            evidence=(Evidence(export.file_of("positions"), position.line, value),),
            key=f"{position.company}|{position.title}",
        )
