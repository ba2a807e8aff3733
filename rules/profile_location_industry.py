"""The profile shows a location and an industry.

What:
    Checks that Profile.csv gives a location (Geo Location, else Country or Zip Code) and an industry; one
    finding per missing field.

Why:
    Location and industry are the first filters of LinkedIn's search and of recruiters' searches, and both are part of
    LinkedIn's "All-Star" profile criteria [allstar-criteria] (commonly reported, unverified). Step 5 of the method asks
    for a complete, impeccable profile.

Passes:
    Geo Location "Lyon, Auvergne-Rhône-Alpes, France", Industry "Logistics and Supply Chain".

Fails:
    Geo Location, Country and Zip Code empty: one finding (location).
    Industry empty: one finding (industry).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-008"
NAME = "profile.location-industry"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    file = export.file_of("profile")
    if not (profile.geo_location or profile.country or profile.zip_code):
        yield Finding(
            what=_("Your profile shows no location."),
            why=_(
                "Recruiters and LinkedIn's search filter by location first, and a location is an All-Star criterion."
            ),
            fix=_("Add the city or area where you work or want to work, e.g. 'Lyon, Auvergne-Rhône-Alpes, France'."),
            evidence=(Evidence(file, profile.line, _("Geo Location, Country, Zip Code: (empty)")),),
            key="location",
        )
    if not profile.industry:
        yield Finding(
            what=_("Your profile shows no industry."),
            why=_("The industry feeds LinkedIn's search filters and suggestions, and it is an All-Star criterion."),
            fix=_("Choose the industry you work in or are aiming for, e.g. 'Logistics and Supply Chain'."),
            evidence=(Evidence(file, profile.line, _("Industry: (empty)")),),
            key="industry",
        )
