"""Helpers the rule modules share, so that each module keeps to the rule it states.

- The skips most rules open with: `require_section` (the archive lacks a section's file), `require_profile`,
  `require_photo` (the audit was run without --photo), `require_goal_keywords` (no keyword in the goals);
- `routine_shortfall`: a weekly rate of activity below the member's routine (or a default target).

Like the rules, they are pure functions of the export and the context; a skip raises through `Context.skip`.
French number formatting lives with the other text helpers, in `auditor.analysis.text`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from auditor.analysis.text import fold
from auditor.findings import Text, t
from auditor.model import Export, Profile
from auditor.rule import Context, PhotoReport


def require_section(export: Export, ctx: Context, section: str, file_name: str, *, checks: Text | None = None) -> None:
    """Skip the rule unless the archive held the file of `section` (even with no rows), named `file_name` in the
    reason: "The archive has no Positions.csv.". For a section the basic archive leaves out, `checks` says what
    the rule would check (`t("your posts", "vos posts")`) and the reason asks for the complete archive."""
    if export.has(section):
        return
    if checks is None:
        ctx.skip(f"The archive has no {file_name}.", f"L'archive ne contient pas {file_name}.")
    ctx.skip(
        f"The archive has no {file_name} (the basic archive leaves it out): request the complete archive to check "
        f"{checks.en}.",
        f"L'archive ne contient pas {file_name} (l'archive de base l'omet) : demandez l'archive complète pour "
        f"vérifier {checks.fr}.",
    )


def require_profile(export: Export, ctx: Context) -> Profile:
    """The member's profile (Profile.csv); skips the rule when the archive has none."""
    if export.profile is None:
        ctx.skip("The archive has no Profile.csv.", "L'archive ne contient pas Profile.csv.")
    return export.profile


def require_photo(ctx: Context) -> PhotoReport:
    """The measurements of the photo given with --photo; skips the rule when the audit was run without one."""
    if ctx.photo is None:
        ctx.skip(
            "No photo file given: run the audit with --photo FILE to check the image itself.",
            "Aucune photo fournie : relancez l'audit avec --photo FICHIER pour vérifier l'image elle-même.",
        )
    return ctx.photo


def require_goal_keywords(ctx: Context) -> dict[str, str]:
    """Every keyword of every goal, once: folded keyword -> the keyword as first written (keywords that fold
    alike, "Supply-chain" and "supply chain", count once). Skips the rule when the goals have no keyword."""
    keywords: dict[str, str] = {}
    for goal in ctx.goals:
        for keyword in goal.keywords:
            if fold(keyword):
                keywords.setdefault(fold(keyword), keyword)
    if not keywords:
        ctx.skip("No goal keyword in the configuration.", "Aucun mot-clé d'objectif dans la configuration.")
    return keywords


@dataclass(frozen=True)
class Shortfall:
    """A weekly rate of activity below its target, over the last `weeks` complete weeks."""

    count: int  # activities in the period
    weeks: int
    rate: float  # count / weeks
    target: float  # per week
    source: Text  # where the target comes from: 'your routine "Posts"', or "the default target"
    end: dt.date  # the Sunday closing the last complete week


def routine_shortfall(
    ctx: Context, activity: str, kinds: tuple[str, ...], *, weeks: int, default_per_week: float
) -> Shortfall | None:
    """How often the member did `kinds` (cadence activity kinds) over the last `weeks` complete weeks, against
    the target: the summed rates of their routines for `activity` ("posts", "comments"...), or `default_per_week`
    when they set none. None when the rate meets the target."""
    routines = [routine for routine in ctx.routines if routine.activity == activity]
    if routines:
        target = sum(routine.per_week() for routine in routines)
        source = t(f'your routine "{routines[0].name}"', f"votre routine « {routines[0].name} »")
    else:
        target = default_per_week
        source = t("the default target", "l'objectif par défaut")
    cadence = ctx.analyses.cadence
    count = cadence.full_weeks_count(kinds, weeks)
    rate = count / weeks
    if rate >= target - 1e-9:
        return None
    return Shortfall(count, weeks, rate, target, source, cadence.full_weeks_end)
