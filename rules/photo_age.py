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
    "You uploaded a profile photo on June 10, 2025 at 6:02 PM (GMT)", audited on 2026-11-02.

Fails:
    "You uploaded a profile photo on April 10, 2019 at 12:24 PM (GMT)", audited on 2026-11-02.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
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
            "The archive's Rich_Media.csv shows no dated upload (the basic archive's only links to download pages), "
            "so the photo's age is unknown.",
            "Le Rich_Media.csv de l'archive ne montre aucun envoi daté (celui de l'archive de base ne donne que des "
            "liens de téléchargement) : l'âge de la photo est inconnu.",
        )
    photos = [m for m in export.rich_media if m.is_profile_photo and m.uploaded_at is not None]
    if not photos:
        ctx.not_applicable(
            "The archive shows no dated profile-photo upload (see PHO-001).",
            "L'archive ne montre aucun envoi daté de photo de profil (voir PHO-001).",
        )
    latest = max(photos, key=lambda m: m.uploaded_at or dt.datetime.min)
    assert latest.uploaded_at is not None
    uploaded = latest.uploaded_at.date()
    max_years = int(ctx.options["max_age_years"])
    if uploaded >= _years_before(ctx.today, max_years):
        return
    span_en = f"{max_years} year{'s' * (max_years != 1)}"
    span_fr = "plus d'un an" if max_years == 1 else f"plus de {max_years} ans"
    yield Finding(
        what=t(
            f"Your profile photo dates from {uploaded.isoformat()}, more than {span_en} ago.",
            f"Votre photo de profil date du {uploaded.isoformat()}, il y a {span_fr}.",
        ),
        why=t(
            "People who meet you after seeing your profile should recognise you at first glance.",
            "Les personnes qui vous rencontrent après avoir vu votre profil doivent vous reconnaître du premier coup "
            "d'œil.",
        ),
        fix=t(
            "Take a new head-and-shoulders photo that looks like you today, in good light, and upload it.",
            "Faites une nouvelle photo tête et épaules qui vous ressemble aujourd'hui, avec une bonne lumière, et "
            "mettez-la en ligne.",
        ),
        evidence=(Evidence(export.file_of("rich_media"), latest.line or None, latest.description),),
    )
