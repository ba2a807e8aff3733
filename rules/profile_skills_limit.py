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

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
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
        ctx.not_applicable(_("No skill listed (see PRO-009)."))
    if count <= limit:
        return
    first_over = export.skills[limit]
    yield Finding(
        what=_("Your profile lists {count} skills, more than the {limit} LinkedIn allows.", count=count, limit=limit),
        why=_(
            "Past LinkedIn's cap the list cannot be edited as it is, and a long list drowns the skills you want to "
            "be known for."
        ),
        fix=n_(
            "Remove at least {n} skill, starting with those that no longer match the roles you are aiming for.",
            "Remove at least {n} skills, starting with those that no longer match the roles you are aiming for.",
            count - limit,
        ),
        evidence=(
            Evidence(
                export.file_of("skills"),
                first_over.line,
                _(
                    "{count} skills; skill {rank}: {name}",
                    count=count,
                    rank=limit + 1,
                    name=first_over.name,  # as the archive writes it
                ),
            ),
        ),
    )
