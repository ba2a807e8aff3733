"""Posts are spaced at least 18 hours apart.

What:
    Finds, over the last `weeks` weeks, consecutive posts or reshares of yours (Shares.csv) published less than
    `min_hours` hours apart, and reports them in one finding. Evidence: up to three such pairs (Shares.csv rows
    and times). Skips without Shares.csv (the basic archive).

Why:
    Step 5 of the method asks for *regular* sharing, not bursts. Practitioners report that a new post within 18 hours of
    the previous one lowers the reach of both [van-der-blom-algorithm] (a practitioner study, commonly reported,
    unverified).

Passes:
    Posts on Tuesday 8:30 and Thursday 8:30 (48 hours apart).

Fails:
    Posts on Tuesday 8:30 and Tuesday 17:00 (8.5 hours apart).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.cadence import SHARE_KINDS
from auditor.findings import Evidence, Finding
from auditor.i18n import Number, Verbatim, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAD-009"
NAME = "cadence.burst-posting"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "weeks": Option(26, "how many weeks back to look (the current one included).", unit="weeks"),
    "min_hours": Option(18.0, "the shortest acceptable time between two of your posts, in hours.", unit="hours"),
}
NEEDS: tuple[Need, ...] = ("shares",)

EXAMPLES = 3


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    hours = float(ctx.options["min_hours"])
    if len(cadence.recent(weeks, SHARE_KINDS)) < 2:
        ctx.not_applicable(
            n_(
                "Fewer than two posts in the last {n} week: no spacing to measure.",
                "Fewer than two posts in the last {n} weeks: no spacing to measure.",
                weeks,
            )
        )
    pairs = cadence.bursts(weeks, hours)
    if not pairs:
        return
    evidence = []
    for first, second in sorted(pairs, key=lambda pair: pair[1].at, reverse=True)[:EXAMPLES]:
        gap = (second.at - first.at).total_seconds() / 3600
        evidence.append(
            Evidence(
                second.file,
                second.line,
                # The message's facts have no time of day: the 24-hour "08:30" reads the same in both languages.
                _(
                    "{day} at {time}, {gap} h after {first_day} at {first_time}",
                    day=second.at.date(),
                    time=Verbatim(f"{second.at:%H:%M}"),
                    gap=Number(gap),
                    first_day=first.at.date(),
                    first_time=Verbatim(f"{first.at:%H:%M}"),
                ),
            )
        )
    yield Finding(
        what=n_(
            "Since {since}, {n} of your posts came less than {hours} hours after the previous one.",
            "Since {since}, {n} of your posts came less than {hours} hours after the previous one.",
            len(pairs),
            since=cadence.window_start(weeks),
            hours=Number(hours),
        ),
        why=_("Two posts close together compete for the same feed, so each reaches fewer people than it would alone."),
        fix=_(
            "Schedule your second post for the next day, at least {hours} hours after the first (LinkedIn lets you "
            "schedule a post).",
            hours=Number(hours),
        ),
        evidence=tuple(evidence),
    )
