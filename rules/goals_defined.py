"""At least one networking goal is written down.

What:
    Checks that the configuration (`linkedin-audit.toml`) holds at least one `[[goals]]` table.

Why:
    Step 1 of the method: know *why* you network before anything else (a career move, a product launch,
    visibility in your sector). Without a goal the audit cannot check that your profile and posts speak to it,
    nor find the people and companies you should approach (circle 3 of step 2).

Passes:
    [[goals]]
    kind = "career-move"
    text = "Become head of supply chain in consumer goods by mid-2027"

Fails:
    A configuration without any [[goals]] table (or no configuration at all).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import CONFIG_FILE_NAME
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "GOA-001"
NAME = "goals.defined"
STEP = "step1"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ()


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if ctx.goals:
        return
    yield Finding(
        what=t("You have not written down any networking goal.", "Vous n'avez noté aucun objectif de réseau."),
        why=t(
            "Step 1 of the method: without a goal you cannot tell which people to meet or what your profile "
            "should say.",
            "Étape 1 de la méthode : sans objectif, impossible de savoir qui rencontrer ni ce que votre profil doit "
            "dire.",
        ),
        fix=t(
            f"Add a [[goals]] table to {CONFIG_FILE_NAME} (or run 'linkedin-audit init'), e.g. kind = "
            '"career-move", text = "Become head of supply chain by 2027", keywords = ["supply chain", "S&OP"], '
            'target_companies = ["Delta Retail"].',
            f"Ajoutez une table [[goals]] à {CONFIG_FILE_NAME} (ou lancez « linkedin-audit init »), par ex. "
            'kind = "career-move", text = "Devenir directrice supply chain d\'ici 2027", keywords = '
            '["supply chain", "S&OP"], target_companies = ["Delta Retail"].',
        ),
        evidence=(Evidence(CONFIG_FILE_NAME, None, "[[goals]]: none"),),
    )
