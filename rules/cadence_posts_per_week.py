"""You publish posts or articles as often as you planned.

What:
    Counts your posts (Shares.csv rows with your own text) and published articles over the last `weeks` complete
    weeks, and compares the weekly average with your target: the routine you set for the activity "posts" in your
    configuration (e.g. 2 a week), or `default_per_week` when you set none. Bare reshares, without your own text,
    do not count. Evidence: Shares.csv, the count, the average and the target. Skips without Shares.csv (the
    basic archive).

Why:
    Step 5 of the method asks for "regular sharing of articles, videos or resources", and step 3 for routines you can
    check. Practitioners report 2-3 posts a week as the sweet spot for personal profiles and less growth below 2
    [van-der-blom-algorithm] (commonly reported, unverified); the default floor of 1 a week over 13 weeks is a design
    choice, below that range on purpose.

Passes:
    Routine "Posts", 2 a week; 26 posts and articles in the last 13 weeks (2.0 a week).

Fails:
    Routine "Posts", 2 a week; 12 posts in the last 13 weeks (0.9 a week).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.cadence import AUTHORED_KINDS
from auditor.findings import Evidence, Finding
from auditor.i18n import Number, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import routine_shortfall

CODE = "CAD-001"
NAME = "cadence.posts-per-week"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "weeks": Option(13, "how many complete weeks to average over (the week still running is left out).", unit="weeks"),
    "default_per_week": Option(1.0, 'the target when your configuration has no "posts" routine.', unit="per-week"),
}
NEEDS: tuple[Need, ...] = ("shares",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    weeks = int(ctx.options["weeks"])
    default = float(ctx.options["default_per_week"])
    pace = routine_shortfall(ctx, "posts", AUTHORED_KINDS, weeks=weeks, default_per_week=default)
    if pace is None:
        return
    yield Finding(
        what=n_(
            "Over the last week your posts and articles averaged {rate} a week ({count} in all), below the "
            "default target of {target} a week.",
            "Over the last {n} weeks your posts and articles averaged {rate} a week ({count} in all), below the "
            "default target of {target} a week.",
            weeks,
            rate=Number(pace.rate),
            count=pace.count,
            target=Number(pace.target),
        ),
        why=_("Regular sharing keeps your name and your expertise in your network's feed between two meetings."),
        fix=_(
            "Block a short slot in your calendar for each post you plan, for example a lesson from your week with "
            "a link to a useful resource."
        ),
        evidence=(
            Evidence(
                export.file_of("shares"),
                None,
                n_(
                    "{n} post or article in the {weeks} to {end} ({rate} a week); target {target} a week",
                    "{n} posts and articles in the {weeks} to {end} ({rate} a week); target {target} a week",
                    pace.count,
                    weeks=n_("{n} week", "{n} weeks", weeks),
                    end=pace.end,
                    rate=Number(pace.rate, 2),
                    target=Number(pace.target, 2),
                ),
            ),
        ),
    )
