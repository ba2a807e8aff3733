"""The profile lists the languages you speak.

What:
    Checks that Languages.csv holds at least one language. Skips when the archive has no Languages.csv.

Why:
    Languages are read at a glance and filter international searches; the method's step 5 lists them among the elements
    of a complete LinkedIn profile. They are not one of the reported "All-Star" criteria [allstar-criteria], hence an
    info. Your mother tongue counts too.

Passes:
    "French, native or bilingual proficiency"; "English, full professional proficiency".

Fails:
    Languages.csv with no rows.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PRO-012"
NAME = "profile.languages"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("languages",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if export.languages:
        return
    yield Finding(
        what=_("Your profile lists no languages."),
        why=_(
            "Recruiters read languages at a glance and filter international searches on them, mother tongue included."
        ),
        fix=_(
            "Add each language you speak with its level, e.g. 'French: native or bilingual; English: full "
            "professional'."
        ),
        evidence=(
            Evidence(export.file_of("languages"), None, n_("{n} language", "{n} languages", len(export.languages))),
        ),
    )
