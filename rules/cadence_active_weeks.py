"""You publish something in most weeks.

What:
    Counts, among the last `weeks` complete weeks, those with at least one publication (a post, a reshare or an
    article), and reports a share below `min_share`. Evidence: Shares.csv, the active weeks and the share. Skips
    without Shares.csv (the basic archive).

Why:
    Step 5 of the method asks for *regular* sharing. Practitioners put consistency before volume
    [consistency-over-volume] and report that a pause of more than a month cuts the reach of the next posts
    [van-der-blom-algorithm] (both commonly reported, unverified); one active week in two over six months is a
    design-choice floor.

Passes:
    20 of the last 26 weeks have a post or an article (77%).

Fails:
    9 of the last 26 weeks have a post or an article (35%), the others none.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAD-002"
NAME = "cadence.active-weeks"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "weeks": Option(26, "how many complete weeks to look at (the week still running is left out).", unit="weeks"),
    "min_share": Option(0.5, "the smallest acceptable share of weeks with a publication.", unit="share"),
}
NEEDS: tuple[Need, ...] = ("shares",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    min_share = float(ctx.options["min_share"])
    active = cadence.active_weeks(weeks, end=cadence.full_weeks_end)
    share = active / weeks
    if share >= min_share:
        return
    yield Finding(
        what=n_(
            "You published something in only {active} of your last {n} week ({share}; aim for at least {min}).",
            "You published something in only {active} of your last {n} weeks ({share}; aim for at least {min}).",
            weeks,
            active=active,
            share=Percent(share),
            min=Percent(min_share),
        ),
        why=_("Your network remembers a steady presence better than bursts followed by long silences."),
        fix=_(
            "Aim for one short post every week, even a link to an article you found useful with one sentence on why."
        ),
        evidence=(
            Evidence(
                export.file_of("shares"),
                None,
                n_(
                    "{active} of the {n} week to {end} with a publication",
                    "{active} of the {n} weeks to {end} with a publication",
                    weeks,
                    active=active,
                    end=cadence.full_weeks_end,
                ),
            ),
        ),
    )
