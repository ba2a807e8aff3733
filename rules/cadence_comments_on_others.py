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

from auditor.analysis.text import decimal_fr
from auditor.findings import Evidence, Finding, t
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
        what=t(
            f"You commented {pace.rate:.1f} times a week over the last {weeks} weeks ({pace.count} in all), below "
            f"the default target of {pace.target:.1f} a week.",
            f"Vous avez commenté {decimal_fr(pace.rate)} fois par semaine ces {weeks} dernières semaines ({pace.count} "
            f"au total), sous l'objectif par défaut de {decimal_fr(pace.target)} par semaine.",
        ),
        why=t(
            "A thoughtful comment on someone's post is a small gift they notice, and it shows your expertise to "
            "their network too.",
            "Un commentaire réfléchi sous le post de quelqu'un est un petit cadeau qu'il remarque, et il montre "
            "aussi votre expertise à son réseau.",
        ),
        fix=t(
            "Each week, add a comment of two or three sentences to the posts of people in your first two circles: a "
            "question, an example or a resource.",
            "Chaque semaine, commentez en deux ou trois phrases les posts de personnes de vos deux premiers "
            "cercles : une question, un exemple ou une ressource.",
        ),
        evidence=(
            Evidence(
                export.file_of("comments"),
                None,
                f"{pace.count} comments in the {weeks} weeks to {pace.end.isoformat()} ({pace.rate:.2f} a week); "
                f"target {pace.target:.2f} a week",
            ),
        ),
    )
