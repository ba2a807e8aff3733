"""The About section fits within LinkedIn's length limit.

What:
    Checks that the summary (LinkedIn's "About" section) in Profile.csv is at most `max_length` characters long.

Why:
    LinkedIn caps the About section at 2,600 characters (it was 2,000), according to third-party lists that agree with
    each other [linkedinsights-limits-2020] [vulse-character-limits] (commonly reported, unverified), hence an option. A
    longer text cannot be saved as it is, and is rarely read to the end. Step 5 of the method asks for an impeccable
    presentation.

Passes:
    About: 1,400 characters.

Fails:
    About: 2,900 characters.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import length
from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-005"
NAME = "profile.summary-length"
STEP = "step5"
SEVERITY = "error"
OPTIONS: dict[str, Option] = {
    "max_length": Option(2600, "the longest About accepted, in characters.", unit="characters"),
}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    limit = ctx.options["max_length"]
    if not profile.summary.strip():
        ctx.not_applicable(_("No About section to measure (see PRO-004)."))
    size = length(profile.summary)
    if size <= limit:
        return
    yield Finding(
        what=_(
            "Your About section is {size} characters long, over LinkedIn's limit of {limit}.", size=size, limit=limit
        ),
        why=_("Past the limit your About cannot be saved as it is, and a text that long is rarely read to the end."),
        fix=_(
            "Cut it to {limit} characters or fewer: keep the opening hook, two or three results and what you are "
            "looking for.",
            limit=limit,
        ),
        evidence=(Evidence(export.file_of("profile"), profile.line, _("Summary: {size} characters", size=size)),),
    )
