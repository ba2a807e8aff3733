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

from auditor.findings import Evidence, Finding, t
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
            what=t("Your profile has no headline.", "Votre profil n'a pas de titre."),
            why=t(
                "The headline follows your name everywhere on LinkedIn: it is the first thing people read.",
                "Le titre accompagne votre nom partout sur LinkedIn : c'est la première chose qu'on lit.",
            ),
            fix=t(
                "Write a headline that says what you do and what you bring, e.g. 'Buyer — I secure supply for "
                "fast-growing food brands'.",
                "Rédigez un titre qui dit ce que vous faites et ce que vous apportez, par ex. « Acheteuse — je "
                "sécurise les approvisionnements des marques alimentaires en croissance ».",
            ),
            evidence=(Evidence(export.file_of("profile"), profile.line, "Headline: (empty)"),),
        )
