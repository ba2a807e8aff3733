"""The profile stays within LinkedIn's maximum number of skills.

What:
    Checks that Skills.csv holds at most `max_skills` skills. Skips when the archive has no Skills.csv.

Why:
    LinkedIn caps the number of skills on a profile: 50 in older lists [linkedinsights-limits-2020]
    [themuse-endorsements], 100 widely quoted today but not found in a source (commonly reported, unverified), hence an
    option defaulting to the higher value. A list past the cap cannot be edited as it is, and it drowns the skills you
    want to be known for. Step 5 of the method asks for a profile that speaks of your competence.

Passes:
    12 skills.

Fails:
    120 skills.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PRO-010"
NAME = "profile.skills-limit"
STEP = "step5"
SEVERITY = "error"
OPTIONS: dict[str, Option] = {
    "max_skills": Option(100, "the most skills accepted (set 50 for the older limit).", unit="count"),
}
NEEDS: tuple[Need, ...] = ("skills",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    limit = ctx.options["max_skills"]
    count = len(export.skills)
    if not count:
        ctx.not_applicable("No skill listed (see PRO-009).", "Aucune compétence listée (voir PRO-009).")
    if count <= limit:
        return
    first_over = export.skills[limit]
    yield Finding(
        what=t(
            f"Your profile lists {count} skills, more than the {limit} LinkedIn allows.",
            f"Votre profil affiche {count} compétences, plus que les {limit} autorisées par LinkedIn.",
        ),
        why=t(
            "Past LinkedIn's cap the list cannot be edited as it is, and a long list drowns the skills you want to "
            "be known for.",
            "Au-delà du plafond de LinkedIn, la liste ne peut plus être modifiée telle quelle, et une longue liste "
            "noie les compétences qui comptent pour vous.",
        ),
        fix=t(
            f"Remove at least {count - limit} skills, starting with those that no longer match the roles you are "
            "aiming for.",
            f"Retirez au moins {count - limit} compétences, en commençant par celles qui ne correspondent plus "
            "aux postes que vous visez.",
        ),
        evidence=(
            Evidence(
                export.file_of("skills"),
                first_over.line,
                f"{count} skills; skill {limit + 1}: {first_over.name}",
            ),
        ),
    )
