"""You comment on other people's posts as often as you planned.

What:
    Counts your comments (Comments.csv) over the last `weeks` complete weeks and compares the weekly average with
    your target: the routine you set for the activity "comments" in your configuration, or `default_per_week`
    when you set none. Comments.csv also holds your replies under your own posts; they count too. Evidence:
    Comments.csv, the count, the average and the target. Skips without Comments.csv (the basic archive).

Why:
    Step 5 of the method asks you to care for your LinkedIn presence, and step 4 to give in order to receive: a
    thoughtful comment on someone's post is a gift they see, and step 3's routines make it a habit. The default of 1 a
    week is a design choice (no source gives a figure for comments).

Passes:
    Routine "Comments on others' posts", 2 a week; 29 comments in the last 13 weeks (2.2 a week).

Fails:
    Routine "Comments on others' posts", 2 a week; 6 comments in the last 13 weeks (0.5 a week).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Number, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import routine_shortfall

CODE = "CAD-006"
NAME = "cadence.comments-on-others"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "weeks": Option(13, "how many complete weeks to average over (the week still running is left out).", unit="weeks"),
    "default_per_week": Option(1.0, 'the target when your configuration has no "comments" routine.', unit="per-week"),
}
NEEDS: tuple[Need, ...] = ("comments",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    weeks = int(ctx.options["weeks"])
    default = float(ctx.options["default_per_week"])
    pace = routine_shortfall(ctx, "comments", ("comments",), weeks=weeks, default_per_week=default)
    if pace is None:
        return
    yield Finding(
        what=n_(
            "Over the last week your comments averaged {rate} a week ({count} in all), below the default "
            "target of {target} a week.",
            "Over the last {n} weeks your comments averaged {rate} a week ({count} in all), below the default "
            "target of {target} a week.",
            weeks,
            rate=Number(pace.rate),
            count=pace.count,
            target=Number(pace.target),
        ),
        why=_(
            "A thoughtful comment on someone's post is a small gift they notice, and it shows your expertise to "
            "their network too."
        ),
        fix=_(
            "Each week, add a comment of two or three sentences to the posts of people in your first two circles: a "
            "question, an example or a resource."
        ),
        evidence=(
            Evidence(
                export.file_of("comments"),
                None,
                n_(
                    "{n} comment in the {weeks} to {end} ({rate} a week); target {target} a week",
                    "{n} comments in the {weeks} to {end} ({rate} a week); target {target} a week",
                    pace.count,
                    weeks=n_("{n} week", "{n} weeks", weeks),
                    end=pace.end,
                    rate=Number(pace.rate, 2),
                    target=Number(pace.target, 2),
                ),
            ),
        ),
    )
