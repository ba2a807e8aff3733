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
from auditor.findings import Evidence, Finding, t
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
            f"Fewer than two posts in the last {weeks} weeks: no spacing to measure.",
            f"Moins de deux posts ces {weeks} dernières semaines : pas d'espacement à mesurer.",
        )
    pairs = cadence.bursts(weeks, hours)
    if not pairs:
        return
    since = cadence.window_start(weeks).isoformat()
    count = len(pairs)
    evidence = []
    for first, second in sorted(pairs, key=lambda pair: pair[1].at, reverse=True)[:EXAMPLES]:
        gap = (second.at - first.at).total_seconds() / 3600
        evidence.append(
            Evidence(
                second.file, second.line, f"{second.at:%Y-%m-%d %H:%M}, {gap:.1f} h after {first.at:%Y-%m-%d %H:%M}"
            )
        )
    yield Finding(
        what=t(
            f"Since {since}, {count} of your posts came less than {hours:g} hours after the previous one.",
            f"Depuis le {since}, {count} de vos posts {'est paru' if count == 1 else 'sont parus'} moins de "
            f"{hours:g} heures après le précédent.",
        ),
        why=t(
            "Two posts close together compete for the same feed, so each reaches fewer people than it would alone.",
            "Deux posts rapprochés se disputent le même fil d'actualité : chacun touche moins de monde que s'il était "
            "seul.",
        ),
        fix=t(
            f"Schedule your second post for the next day, at least {hours:g} hours after the first (LinkedIn lets "
            "you schedule a post).",
            f"Programmez le second post pour le lendemain, au moins {hours:g} heures après le premier (LinkedIn permet "
            "de programmer un post).",
        ),
        evidence=tuple(evidence),
    )
