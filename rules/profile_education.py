"""The profile lists an education.

What:
    Checks that Education.csv holds at least one entry. Skips when the archive has no Education.csv.

Why:
    Education is one of LinkedIn's "All-Star" profile criteria [allstar-criteria] (commonly reported, unverified) and a
    common search filter. Schools are also where step 2 of the method finds part of your first circles (classmates).
    Step 5 asks for a complete profile.

Passes:
    "MSc Supply Chain, EM Lyon, 2011-2014".

Fails:
    Education.csv with no rows.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PRO-011"
NAME = "profile.education"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("education",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if export.education:
        return
    yield Finding(
        what=_("Your profile lists no education."),
        why=_("Education is an All-Star criterion and a search filter, and it lets former classmates find you."),
        fix=_(
            "Add your degree or main training with the school and the years, e.g. 'MSc Supply Chain, EM Lyon, "
            "2011-2014'."
        ),
        evidence=(Evidence(export.file_of("education"), None, n_("{n} entry", "{n} entries", len(export.education))),),
    )
