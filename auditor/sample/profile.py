"""Profile sections: Profile, Positions, Education, Skills, Languages, Certifications, Projects,
Publications, Honors, Courses.

Quirks placed here: the Summary's `&amp;` and glued paragraphs (built in `persona`), the era's Websites and
Twitter formats, year-hidden birth dates, a UTF-8 BOM and a trailing space in Skills.csv, stray spaces in
Certifications, year-only dates in Education.
"""

from __future__ import annotations

import datetime as dt
import random

from auditor.sample.archive import ArchiveWriter
from auditor.sample.dates import add_months, mon_day, mon_day_year, month_year
from auditor.sample.eras import Era
from auditor.sample.lexicon import gendered
from auditor.sample.persona import Owner


def write_profile(archive: ArchiveWriter, era: Era, owner: Owner) -> None:
    lex = owner.lexicon
    if owner.birth_style == "full":
        birth = mon_day_year(owner.birth)
    elif owner.birth_style == "no-year":
        birth = mon_day(owner.birth)
    else:
        birth = ""
    if era.is_2018:
        websites = f"PORTFOLIO:{owner.website.replace('https://', 'http://')}, PORTFOLIO:{owner.website}/blog"
        twitter = owner.twitter
        messenger = owner.messenger
    else:
        websites = f"[PERSONAL:{owner.website}]"
        twitter = f"[{owner.twitter}]" if owner.twitter else ""
        messenger = ""
    values = {
        "First Name": owner.first,
        "Last Name": owner.last,
        "Maiden Name": "",
        "Address": "",
        "Birth Date": birth,
        "Contact Instructions": "",
        "Headline": owner.headline,
        "Summary": owner.summary,
        "Industry": owner.track.industry,
        "Country": lex.country,
        "Zip Code": "",
        "Geo Location": owner.geo,
        "Twitter Handles": twitter,
        "Websites": websites,
        "Instant Messengers": messenger,
    }
    archive.table("Profile.csv", "profile", era.profile_header, [[values[h] for h in era.profile_header]])


def write_positions(archive: ArchiveWriter, owner: Owner) -> None:
    def when(year_month: tuple[int, int] | None, year_only: bool) -> str:
        if year_month is None:
            return ""
        return str(year_month[0]) if year_only else month_year(*year_month)

    rows = [
        [p.company, p.title, p.description, p.location, when(p.start, p.year_only), when(p.end, p.year_only)]
        for p in owner.positions
    ]
    header = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
    archive.table("Positions.csv", "positions", header, rows)


def write_education(archive: ArchiveWriter, owner: Owner) -> None:
    header = ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]
    rows = [
        [e.school, str(e.start_year), str(e.end_year), e.notes, e.degree, e.activities]
        for e in sorted(owner.education, key=lambda e: -e.end_year)
    ]
    archive.table("Education.csv", "education", header, rows)


def write_skills(archive: ArchiveWriter, owner: Owner, count: int) -> None:
    skills = list(owner.skills[: max(10, min(count, 40))])
    skills[-2] += " "  # MOH23: "css3 "
    # The one file that carries a UTF-8 BOM, so that parsers prove they strip it.
    archive.table("Skills.csv", "skills", ["Name"], [[s] for s in skills], bom=True)


def write_languages(archive: ArchiveWriter, owner: Owner) -> None:
    archive.table("Languages.csv", "languages", ["Name", "Proficiency"], [list(x) for x in owner.languages])


def write_certifications(archive: ArchiveWriter, owner: Owner, rng: random.Random) -> None:
    rows = []
    start = owner.career_start.year
    certs = rng.sample(owner.track.certifications, rng.randint(2, min(3, len(owner.track.certifications))))
    for index, (name, authority) in enumerate(certs):
        year = rng.randint(start + 1, owner.positions[0].start[0])
        month = rng.randint(1, 12)
        if index == 0:
            started, finished = str(year), ""  # year only
        elif index == 1:
            started, finished = month_year(year, month), month_year(*add_months(year, month, 36))
        else:
            started, finished = "", ""
        url = f"https://www.example.com/verify/{rng.getrandbits(40):010x}" if index != 2 else ""
        license_number = f"{rng.randrange(10**7, 10**8)}" if index == 0 else ""
        # Stray spaces around values, as seen in FEY24 and MOH23.
        rows.append([f"{name} " if index == 1 else name, url, f" {authority}", started, finished, license_number])
    header = ["Name", "Url", "Authority", "Started On", "Finished On", "License Number"]
    archive.table("Certifications.csv", "certifications", header, rows)


def write_projects(archive: ArchiveWriter, era: Era, owner: Owner, rng: random.Random) -> None:
    rows = []
    positions = [p for p in owner.positions if p.end] or list(owner.positions)
    for title, description in rng.sample(owner.track.projects, rng.randint(1, len(owner.track.projects))):
        position = rng.choice(positions)
        start = position.start
        end = add_months(*start, rng.randint(3, 14))
        url = f"https://www.{owner.lexicon.web_domain}/projects/{rng.getrandbits(24):06x}" if rng.random() < 0.5 else ""
        rows.append(
            [
                gendered(title, owner.gender),
                gendered(description, owner.gender),
                url,
                month_year(*start),
                month_year(*end),
            ]
        )
    archive.table("Projects.csv", "projects", era.projects_header, rows)


def write_publications(archive: ArchiveWriter, owner: Owner, rng: random.Random) -> None:
    rows = []
    for name, publisher, description in owner.track.publications:
        year = rng.randint(owner.career_start.year + 3, owner.positions[0].start[0])
        day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        url = f"https://www.example.org/review/{year}/{rng.getrandbits(20):05x}"
        rows.append([name, mon_day_year(day), gendered(description, owner.gender), publisher, url])
    archive.table("Publications.csv", "publications", ["Name", "Published On", "Description", "Publisher", "Url"], rows)


def write_honors(archive: ArchiveWriter, owner: Owner, rng: random.Random) -> None:
    rows = []
    for index, (title, description) in enumerate(owner.track.honors):
        issued = "" if index else month_year(rng.randint(owner.career_start.year + 2, owner.positions[0].start[0]), 11)
        rows.append([gendered(title, owner.gender), description, issued])
    archive.table("Honors.csv", "honors", ["Title", "Description", "Issued On"], rows)


def write_courses(archive: ArchiveWriter, owner: Owner, rng: random.Random) -> None:
    courses = rng.sample(owner.track.courses, rng.randint(2, len(owner.track.courses)))
    rows = [[c, f"{c[:3].upper()}{rng.randint(101, 499)}" if rng.random() < 0.6 else ""] for c in courses]
    archive.table("Courses.csv", "courses", ["Name", "Number"], rows)
