"""The profile lists enough skills.

What:
    Checks that Skills.csv holds at least `min_skills` skills. Skips when the archive has no Skills.csv.

Why:
    Skills are the keywords recruiters search on, and endorsements attach to them. LinkedIn's All-Star level is reported
    to need at least 3 skills [allstar-criteria] and the older Expert level 5 [older-profile-meter] (both commonly
    reported, unverified); 5 is the default so that the member clears both. Step 5 of the method asks for a complete
    profile that speaks of your competence.

Passes:
    12 skills (Supply Chain, S&OP, Demand Planning, ...).

Fails:
    2 skills: "Excel", "Teamwork".
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PRO-009"
NAME = "profile.skills-count"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_skills": Option(5, "the fewest skills accepted.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("skills",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    minimum = ctx.options["min_skills"]
    count = len(export.skills)
    if count >= minimum:
        return
    if count:
        what = n_("Your profile lists only one skill.", "Your profile lists only {n} skills.", count)
    else:
        what = _("Your profile lists no skills.")
    tally = n_("{n} skill", "{n} skills", count)
    names = shorten(", ".join(s.name for s in export.skills))  # skills as the archive writes them
    yield Finding(
        what=what,
        why=_(
            "Skills are the keywords recruiters search on, and LinkedIn's profile levels ask for at least 3 to 5 "
            "of them."
        ),
        fix=n_(
            "Add at least {n} skill you want to be found for, e.g. a tool or a method named in your job descriptions.",
            "Add at least {n} skills you want to be found for, e.g. the tools and methods named in your job "
            "descriptions.",
            minimum - count,
        ),
        evidence=(
            Evidence(export.file_of("skills"), None, _("{head}: {text}", head=tally, text=names) if names else tally),
        ),
    )
