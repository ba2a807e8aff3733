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
from auditor.findings import Evidence, Finding
from auditor.i18n import _
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
        what=_("You have not planned any networking routine."),
        why=_("Step 3 of the method: networking is real work time, to be planned and made visible in your agenda."),
        fix=_(
            "Add [[routines]] tables to {file} (or run 'linkedin-audit init'), e.g. name = \"Networking lunch\", "
            'activity = "lunch", count = 2, per = "month"; and activity = "posts", count = 1, per = "week".',
            file=CONFIG_FILE_NAME,
        ),
        evidence=(Evidence(CONFIG_FILE_NAME, None, _("[[routines]]: none")),),
    )
