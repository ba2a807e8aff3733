"""The profile photo is recent.

What:
    Finds the latest profile-photo upload in Rich_Media.csv and checks that it is no older than `max_age_years`
    years. Evidence: the Rich_Media.csv row of that upload. Skips when the archive cannot show uploads or shows no
    dated profile-photo upload (PHO-001 reports a missing photo).

Why:
    Step 5 of the method asks for "a quality photo": people you meet after seeing your LinkedIn profile should recognise
    you. LinkedIn's archive dates each upload (Rich_Media.csv). The 3-year default is a design choice: no source gives a
    figure for a photo's age.

Passes:
    "You uploaded a profile photo on June 10, 2025 at 6:02 PM (GMT)", audited on November 2, 2026.

Fails:
    "You uploaded a profile photo on April 10, 2019 at 12:24 PM (GMT)", audited on November 2, 2026.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PHO-002"
NAME = "photo.age"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_age_years": Option(3, "the oldest a profile photo may be, in whole years.", unit="years"),
}
NEEDS: tuple[Need, ...] = ("rich_media",)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not any(media.kind for media in export.rich_media):
        ctx.skip(
            _(
                "The archive's Rich_Media.csv shows no dated upload (the basic archive's only links to download "
                "pages), so the photo's age is unknown."
            )
        )
    photos = [m for m in export.rich_media if m.is_profile_photo and m.uploaded_at is not None]
    if not photos:
        ctx.not_applicable(_("The archive shows no dated profile-photo upload (see PHO-001)."))
    latest = max(photos, key=lambda m: m.uploaded_at or dt.datetime.min)
    assert latest.uploaded_at is not None
    uploaded = latest.uploaded_at.date()
    max_years = int(ctx.options["max_age_years"])
    if uploaded >= _years_before(ctx.today, max_years):
        return
    yield Finding(
        what=n_(
            "Your profile photo dates from {day}, more than {n} year ago.",
            "Your profile photo dates from {day}, more than {n} years ago.",
            max_years,
            day=uploaded,
        ),
        why=_("People who meet you after seeing your profile should recognise you at first glance."),
        fix=_("Take a new head-and-shoulders photo that looks like you today, in good light, and upload it."),
        evidence=(Evidence(export.file_of("rich_media"), latest.line or None, latest.description),),
    )
