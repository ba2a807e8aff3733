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
from auditor.analysis.text import decimal_fr
from auditor.findings import Evidence, Finding, t
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
        what=t(
            f"You published {pace.rate:.1f} times a week over the last {weeks} weeks ({pace.count} in all), below "
            f"the default target of {pace.target:.1f} a week.",
            f"Vous avez publié {decimal_fr(pace.rate)} fois par semaine ces {weeks} dernières semaines ({pace.count} "
            f"au total), sous l'objectif par défaut de {decimal_fr(pace.target)} par semaine.",
        ),
        why=t(
            "Regular sharing keeps your name and your expertise in your network's feed between two meetings.",
            "Publier régulièrement garde votre nom et votre expertise dans le fil de votre réseau entre deux "
            "rencontres.",
        ),
        fix=t(
            "Block a short slot in your calendar for each post you plan, for example a lesson from your week with "
            "a link to a useful resource.",
            "Bloquez dans votre agenda un créneau court pour chaque post prévu, par exemple un enseignement de votre "
            "semaine avec le lien vers une ressource utile.",
        ),
        evidence=(
            Evidence(
                export.file_of("shares"),
                None,
                f"{pace.count} posts and articles in the {weeks} weeks to {pace.end.isoformat()} ({pace.rate:.2f} a "
                f"week); target {pace.target:.2f} a week",
            ),
        ),
    )
