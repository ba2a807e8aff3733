"""Your publishing is not falling off.

What:
    Compares your publications (posts, reshares, articles) in the last `weeks` complete weeks with the `weeks`
    weeks before them, and reports a recent count below `min_ratio` of the earlier one, when the earlier period
    had at least `min_previous` publications (fewer is too little to speak of a trend). Evidence: Shares.csv and
    both counts. Skips without Shares.csv (the basic archive).

Why:
    Step 5 of the method asks for regular sharing over time; practitioners put consistency before volume
    [consistency-over-volume] (commonly reported, unverified). A halving over a quarter is a design-choice threshold,
    meant as an early nudge before a real silence (CAD-003).

Passes:
    22 publications in the last 13 weeks, 26 in the 13 weeks before.

Fails:
    5 publications in the last 13 weeks, 24 in the 13 weeks before (ratio 0.21).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAD-004"
NAME = "cadence.falling-trend"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "weeks": Option(13, "the length of each of the two periods compared, in complete weeks.", unit="weeks"),
    "min_ratio": Option(0.5, "the smallest acceptable ratio of recent to earlier publications.", unit="ratio"),
    "min_previous": Option(4, "the fewest earlier publications for the comparison to count.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("shares",)


def _weeks(weeks: int) -> Message:
    return n_("{n} week", "{n} weeks", weeks)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    recent, previous = cadence.trend(weeks, cadence.full_weeks_end)
    end = cadence.full_weeks_end
    middle = end - dt.timedelta(weeks=weeks)
    if previous < int(ctx.options["min_previous"]):
        ctx.not_applicable(
            n_(
                "Only {n} publication in the {weeks} to {day}: no earlier pace to compare with.",
                "Only {n} publications in the {weeks} to {day}: no earlier pace to compare with.",
                previous,
                weeks=_weeks(weeks),
                day=middle,
            )
        )
    if recent >= float(ctx.options["min_ratio"]) * previous:
        return
    yield Finding(
        what=n_(
            "Your publications fell from {previous} in the previous week to {recent} in the last one.",
            "Your publications fell from {previous} in the previous {n} weeks to {recent} in the last {n}.",
            weeks,
            previous=previous,
            recent=recent,
        ),
        why=_("A slowing rhythm is the first step towards a long silence, and your reach falls with it."),
        fix=_("Pick back up with one post a week on the topic your earlier posts covered best, before the gap widens."),
        evidence=(
            Evidence(
                export.file_of("shares"),
                None,
                _(
                    "{recent} in the {weeks} to {end}, {previous} in the {weeks} to {middle}",
                    recent=n_("{n} publication", "{n} publications", recent),
                    previous=n_("{n} publication", "{n} publications", previous),
                    weeks=_weeks(weeks),
                    end=end,
                    middle=middle,
                ),
            ),
        ),
    )
