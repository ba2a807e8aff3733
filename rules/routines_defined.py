"""At least one networking routine is planned.

What:
    Checks that the configuration (`linkedin-audit.toml`) holds at least one `[[routines]]` table: lunches,
    conferences, posts, comments, messages... with a count and a period.

Why:
    Step 3 of the method: decide how much time you give to networking (lunches, dinners, meetings, conferences)
    and how it fits in your month, semester and year; it is real work time, to be made visible in your agenda.
    Without routines the audit cannot compare your plan with what the export shows.

Passes:
    [[routines]]
    name = "Networking lunch"
    activity = "lunch"
    count = 2
    per = "month"

Fails:
    A configuration without any [[routines]] table.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import CONFIG_FILE_NAME
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "RTN-001"
NAME = "routines.defined"
STEP = "step3"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ()


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if ctx.routines:
        return
    yield Finding(
        what=t("You have not planned any networking routine.", "Vous n'avez prévu aucune routine de réseau."),
        why=t(
            "Step 3 of the method: networking is real work time, to be planned and made visible in your agenda.",
            "Étape 3 de la méthode : le réseau est un vrai temps de travail, à planifier et à rendre visible dans "
            "votre agenda.",
        ),
        fix=t(
            f"Add [[routines]] tables to {CONFIG_FILE_NAME} (or run 'linkedin-audit init'), e.g. name = "
            '"Networking lunch", activity = "lunch", count = 2, per = "month"; and activity = "posts", count = 1, '
            'per = "week".',
            f"Ajoutez des tables [[routines]] à {CONFIG_FILE_NAME} (ou lancez « linkedin-audit init »), par ex. "
            'name = "Déjeuner réseau", activity = "lunch", count = 2, per = "month" ; et activity = "posts", '
            'count = 1, per = "week".',
        ),
        evidence=(Evidence(CONFIG_FILE_NAME, None, "[[routines]]: none"),),
    )
