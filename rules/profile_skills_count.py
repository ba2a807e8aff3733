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
from auditor.findings import Evidence, Finding, t
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
    if count == 1:
        what = t("Your profile lists only one skill.", "Votre profil ne compte qu'une seule compétence.")
    elif count:
        what = t(f"Your profile lists only {count} skills.", f"Votre profil ne compte que {count} compétences.")
    else:
        what = t("Your profile lists no skills.", "Votre profil n'affiche aucune compétence.")
    names = ", ".join(s.name for s in export.skills)
    value = shorten(f"{count} skill{'s' if count != 1 else ''}" + (f": {names}" if names else ""))
    missing = minimum - count
    yield Finding(
        what=what,
        why=t(
            "Skills are the keywords recruiters search on, and LinkedIn's profile levels ask for at least 3 to 5 "
            "of them.",
            "Les compétences sont les mots-clés que cherchent les recruteurs, et les niveaux de profil de LinkedIn "
            "en demandent au moins 3 à 5.",
        ),
        fix=t(
            f"Add at least {missing} skill{'s' if missing > 1 else ''} you want to be found for, e.g. the tools and "
            "methods named in your job descriptions.",
            f"Ajoutez au moins {missing} compétence{'s' if missing > 1 else ''} sur lesquelles vous voulez qu'on "
            "vous trouve, par ex. les outils et méthodes cités dans vos expériences.",
        ),
        evidence=(Evidence(export.file_of("skills"), None, value),),
    )
