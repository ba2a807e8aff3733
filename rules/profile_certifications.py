"""The profile lists a certification.

What:
    Checks that Certifications.csv holds at least one certification. Skips when the archive has no
    Certifications.csv.

Why:
    A certification is third-party proof of a skill: the "show, don't claim" LinkedIn's career expert attached to its
    lists of overused words [linkedin-buzzwords-2012] (reported second-hand). The method's step 5 lists certifications
    among the elements of a complete profile. Not everyone has one, hence an info.

Passes:
    "APICS CSCP, ASCM, 2019".

Fails:
    Certifications.csv with no rows.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PRO-013"
NAME = "profile.certifications"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("certifications",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if export.certifications:
        return
    yield Finding(
        what=_("Your profile lists no certifications."),
        why=_("A certification is someone else's proof of your skill, which weighs more than your own claim."),
        fix=_(
            "Add the certifications you hold, with the issuing body and the date, e.g. 'APICS CSCP, ASCM, 2019'; "
            "if you have none, a short course in your field is a good first one."
        ),
        evidence=(
            Evidence(
                export.file_of("certifications"),
                None,
                n_("{n} certification", "{n} certifications", len(export.certifications)),
            ),
        ),
    )
