"""The profile has a headline.

What:
    Checks that Profile.csv carries a headline.

Why:
    The headline is the line shown under your name everywhere on LinkedIn (search results, invitations, comments): the
    first thing people read about you. Step 5 of the method asks for an impeccable presentation, and it starts there.

Passes:
    Headline: "Supply chain manager — I cut lead times for mid-size manufacturers"

Fails:
    Headline: "" (empty)
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-001"
NAME = "profile.headline-present"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    if not profile.headline:
        yield Finding(
            what=_("Your profile has no headline."),
            why=_("The headline follows your name everywhere on LinkedIn: it is the first thing people read."),
            fix=_(
                "Write a headline that says what you do and what you bring, e.g. 'Buyer — I secure supply for "
                "fast-growing food brands'."
            ),
            evidence=(Evidence(export.file_of("profile"), profile.line, _("Headline: (empty)")),),
        )
