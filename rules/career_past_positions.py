"""The profile shows at least two past positions.

What:
    Checks that Positions.csv holds at least `min_past` past positions (positions with an end date). Skips when
    the archive has no Positions.csv.

Why:
    LinkedIn's "All-Star" level is reported to ask for two past positions besides the current one [allstar-criteria]
    (commonly reported, unverified): they show the path that led you here. Step 5 of the method asks for an impeccable
    presentation of your career; internships, work-study and freelance missions count. Early in a career this is normal,
    hence an info.

Passes:
    Demand Planner at Beta Foods (2017-2021) and Logistics Analyst at Gamma Logistics (2014-2016).

Fails:
    Only the current position.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import label
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-003"
NAME = "career.past-positions"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_past": Option(2, "the fewest past positions accepted.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    minimum = ctx.options["min_past"]
    past = [p for p in export.positions if p.finished_on]
    count = len(past)
    if count >= minimum:
        return
    listed = "; ".join(label(p.company, p.title) for p in past)
    if count == 0:
        what = t("Your profile shows no past position.", "Votre profil ne montre aucun poste passé.")
    elif count == 1:
        what = t("Your profile shows only one past position.", "Votre profil ne montre qu'un seul poste passé.")
    else:
        what = t(
            f"Your profile shows only {count} past positions.", f"Votre profil ne montre que {count} postes passés."
        )
    yield Finding(
        what=what,
        why=t(
            "Past positions show the path that led you to where you are; LinkedIn's All-Star level asks for two.",
            "Les postes passés montrent le chemin parcouru jusqu'ici ; le niveau « All-Star » de LinkedIn en "
            "demande deux.",
        ),
        fix=t(
            "Add your previous jobs, internships, work-study or freelance missions included, each with its dates "
            "and one or two results.",
            "Ajoutez vos expériences précédentes, stages, alternance et missions freelance compris, chacune avec "
            "ses dates et un ou deux résultats.",
        ),
        evidence=(
            Evidence(
                export.file_of("positions"),
                None,
                f"{count} past: {listed}" if past else "0 past positions",
            ),
        ),
    )
