"""You comment on other people's posts as often as you planned.

What:
    Counts your comments (Comments.csv) over the last `weeks` complete weeks and compares the weekly average with
    your target: the routine you set for the activity "comments" in your configuration, or `default_per_week`
    when you set none. Comments.csv also holds your replies under your own posts; they count too. Evidence:
    Comments.csv, the count, the average and the target. Skips without Comments.csv (the basic archive).

Why:
    Step 5 of the method asks you to care for your LinkedIn presence, and step 4 to give in order to receive: a
    thoughtful comment on someone's post is a gift they see, and step 3's routines make it a habit. The default
    of 1 a week is a design choice (guidance-facts §3 gives no figure for comments).

Options:
    weeks (13): how many complete weeks to average over (the week still running is left out).
    default_per_week (1.0): the target when your configuration has no "comments" routine.

Passes:
    Routine "Comments on others' posts", 2 a week; 29 comments in the last 13 weeks (2.2 a week).

Fails:
    Routine "Comments on others' posts", 2 a week; 6 comments in the last 13 weeks (0.5 a week).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context

CODE = "CAD-006"
NAME = "cadence.comments-on-others"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, object] = {"weeks": 13, "default_per_week": 1.0}

FILE = "Comments.csv"


def _fr(number: float) -> str:
    return f"{number:.1f}".replace(".", ",")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if "comments" not in export.sources:
        ctx.skip(
            "The archive has no Comments.csv (the basic archive leaves it out): request the complete archive to "
            "check your comments.",
            "L'archive ne contient pas Comments.csv (l'archive de base l'omet) : demandez l'archive complète pour "
            "vérifier vos commentaires.",
        )
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    routines = [routine for routine in ctx.routines if routine.activity == "comments"]
    if routines:
        target = sum(routine.per_week() for routine in routines)
        source_en = f"your routine '{routines[0].name}'"
        source_fr = f"votre routine « {routines[0].name} »"
    else:
        target = float(ctx.options["default_per_week"])
        source_en, source_fr = "the default target", "l'objectif par défaut"
    count = cadence.full_weeks_count(("comments",), weeks)
    rate = count / weeks
    if rate >= target - 1e-9:
        return
    end = cadence.full_weeks_end.isoformat()
    yield Finding(
        what=t(
            f"You commented {rate:.1f} times a week over the last {weeks} weeks ({count} in all), below "
            f"{source_en} of {target:.1f} a week.",
            f"Vous avez commenté {_fr(rate)} fois par semaine ces {weeks} dernières semaines ({count} au total), "
            f"sous {source_fr} de {_fr(target)} par semaine.",
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
                FILE,
                None,
                f"{count} comments in the {weeks} weeks to {end} ({rate:.2f} a week); target {target:.2f} a week",
            ),
        ),
    )
