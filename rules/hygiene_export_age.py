"""The archive is recent.

What:
    Compares the export date (from the archive's name, e.g. Complete_LinkedInDataExport_11-02-2026.zip, or the
    dates stamped on its files) with today (or the --as-of date). A finding when the archive is more than
    `max_age_days` days old. Skipped when the export date is unknown. Reports without weighing on the score.

Why:
    Step 5 of the method is about caring for your LinkedIn presence over time, and every other check reads this
    archive: an old one judges a profile, a network and a cadence that have changed since. LinkedIn prepares a
    new archive on request (Settings › Data privacy › Get a copy of your data).

Options:
    max_age_days: the oldest archive, in days, that passes (default 45).

Passes:
    Archive of 2026-11-02, audited on 2026-11-20.

Fails:
    Archive of 2026-08-01, audited on 2026-11-02 (93 days).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need
from auditor.words import duration

CODE = "HYG-001"
NAME = "hygiene.export-age"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, object] = {"max_age_days": 45}
NEEDS: tuple[Need, ...] = ()
SCORED = False  # archive hygiene: reported, not part of the step score


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if export.exported_on is None:
        ctx.skip("The export date is unknown.", "La date de l'export est inconnue.")
    age = (ctx.today - export.exported_on).days
    if age <= ctx.options["max_age_days"]:
        return
    old = duration(age)
    yield Finding(
        what=t(
            f"Your archive dates from {export.exported_on} ({old.en} ago): the audit judges your LinkedIn as it was "
            "then.",
            f"Votre archive date du {export.exported_on} (il y a {old.fr}) : l'audit juge votre LinkedIn tel qu'il "
            "était alors.",
        ),
        why=t(
            "Every check reads this archive: your profile, network and posts have changed since.",
            "Toutes les vérifications lisent cette archive : votre profil, votre réseau et vos posts ont changé "
            "depuis.",
        ),
        fix=t(
            "Re-download your archive (Settings › Data privacy › Get a copy of your data) and run the audit again.",
            "Téléchargez de nouveau votre archive (Préférences › Confidentialité des données › Obtenir une copie de "
            "vos données) et relancez l'audit.",
        ),
        evidence=(Evidence(export.source_name or "archive", None, f"exported on {export.exported_on}, {age} days"),),
    )
