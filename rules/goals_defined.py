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
from auditor.findings import Evidence, Finding
from auditor.i18n import _
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
        what=_("You have not written down any networking goal."),
        why=_(
            "Step 1 of the method: without a goal you cannot tell which people to meet or what your profile should say."
        ),
        fix=_(
            "Add a [[goals]] table to {file} (or run 'linkedin-audit init'), e.g. kind = \"career-move\", "
            'text = "Become head of supply chain by 2027", keywords = ["supply chain", "S&OP"], '
            'target_companies = ["Delta Retail"].',
            file=CONFIG_FILE_NAME,
        ),
        evidence=(Evidence(CONFIG_FILE_NAME, None, _("[[goals]]: none")),),
    )
