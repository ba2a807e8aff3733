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

from auditor.findings import Evidence, Finding, t
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
            what=t("Your profile shows no location.", "Votre profil n'indique aucune localisation."),
            why=t(
                "Recruiters and LinkedIn's search filter by location first, and a location is an All-Star criterion.",
                "Les recruteurs et la recherche LinkedIn filtrent d'abord par lieu, et la localisation est un "
                "critère du niveau « All-Star ».",
            ),
            fix=t(
                "Add the city or area where you work or want to work, e.g. 'Lyon, Auvergne-Rhône-Alpes, France'.",
                "Indiquez la ville ou la région où vous travaillez ou voulez travailler, par ex. « Lyon, "
                "Auvergne-Rhône-Alpes, France ».",
            ),
            evidence=(Evidence(file, profile.line, "Geo Location, Country, Zip Code: (empty)"),),
            key="location",
        )
    if not profile.industry:
        yield Finding(
            what=t("Your profile shows no industry.", "Votre profil n'indique pas de secteur d'activité."),
            why=t(
                "The industry feeds LinkedIn's search filters and suggestions, and it is an All-Star criterion.",
                "Le secteur alimente les filtres de recherche et les suggestions de LinkedIn, et c'est un critère "
                "du niveau « All-Star ».",
            ),
            fix=t(
                "Choose the industry you work in or are aiming for, e.g. 'Logistics and Supply Chain'.",
                "Choisissez le secteur où vous travaillez ou que vous visez, par ex. « Transport et logistique ».",
            ),
            evidence=(Evidence(file, profile.line, "Industry: (empty)"),),
            key="industry",
        )
