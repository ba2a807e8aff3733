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

from auditor.findings import Evidence, Finding, t
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


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    recent, previous = cadence.trend(weeks, cadence.full_weeks_end)
    if previous < int(ctx.options["min_previous"]):
        ctx.not_applicable(
            f"Only {previous} publication(s) in the {weeks} weeks before the last {weeks}: no earlier pace to compare "
            "with.",
            f"Seulement {previous} publication(s) dans les {weeks} semaines précédant les {weeks} dernières : pas de "
            "rythme antérieur auquel comparer.",
        )
    if recent >= float(ctx.options["min_ratio"]) * previous:
        return
    end = cadence.full_weeks_end
    middle = end - dt.timedelta(weeks=weeks)
    yield Finding(
        what=t(
            f"Your publications fell from {previous} in the previous {weeks} weeks to {recent} in the last {weeks}.",
            f"Vos publications sont passées de {previous} sur les {weeks} semaines précédentes à {recent} ces "
            f"{weeks} dernières semaines.",
        ),
        why=t(
            "A slowing rhythm is the first step towards a long silence, and your reach falls with it.",
            "Un rythme qui ralentit est le premier pas vers un long silence, et votre audience baisse avec lui.",
        ),
        fix=t(
            "Pick back up with one post a week on the topic your earlier posts covered best, before the gap widens.",
            "Reprenez avec un post par semaine sur le sujet qui a le mieux marché dans vos posts précédents, avant "
            "que l'écart ne se creuse.",
        ),
        evidence=(
            Evidence(
                export.file_of("shares"),
                None,
                f"{recent} publications in the {weeks} weeks to {end.isoformat()}, {previous} in the {weeks} weeks "
                f"to {middle.isoformat()}",
            ),
        ),
    )
