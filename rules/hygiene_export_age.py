"""The archive is recent.

What:
    Compares the export date (from the archive's name, e.g. Complete_LinkedInDataExport_11-02-2026.zip, or the
    dates stamped on its files) with today (or the --as-of date). A finding when the archive is more than
    `max_age_days` days old. Skipped when the export date is unknown. Reports without weighing on the score.

Why:
    Step 5 of the method is about caring for your LinkedIn presence over time, and every other check reads this
    archive: an old one judges a profile, a network and a cadence that have changed since. LinkedIn prepares a
    new archive on request (Settings › Data privacy › Get a copy of your data).

Passes:
    Archive of 2026-11-02, audited on 2026-11-20.

Fails:
    Archive of 2026-08-01, audited on 2026-11-02 (93 days).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Days, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "HYG-001"
NAME = "hygiene.export-age"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_age_days": Option(45, "the oldest archive, in days, that passes.", unit="days"),
}
NEEDS: tuple[Need, ...] = ()
SCORED = False  # archive hygiene: reported, not part of the step score


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if export.exported_on is None:
        ctx.skip(_("The export date is unknown."))
    age = (ctx.today - export.exported_on).days
    if age <= ctx.options["max_age_days"]:
        return
    yield Finding(
        what=_(
            "Your archive dates from {day} ({age} ago): the audit judges your LinkedIn as it was then.",
            day=export.exported_on,
            age=Days(age),
        ),
        why=_("Every check reads this archive: your profile, network and posts have changed since."),
        fix=_("Re-download your archive (Settings › Data privacy › Get a copy of your data) and run the audit again."),
        evidence=(
            Evidence(
                export.source_name or "archive",
                None,
                # The exact count of days, beside the rounded span of the finding.
                n_("exported on {day}, {n} day ago", "exported on {day}, {n} days ago", age, day=export.exported_on),
            ),
        ),
    )
