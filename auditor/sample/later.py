"""A later export of the same sample member (`linkedin-audit sample OUT.zip --months-later N`).

The member N months on: the archive is dated N months later (its members' time stamps, which give the export date
when the file name does not), new connections arrived (one of them at a company the member's goal targets), the
member went back to posting about their goal, and edited their profile, cutting the About section short. Audited
against the first export, some findings are fixed (the silence, the missing target company, the growth), one is
new (the About section no longer fills its preview): the periodic re-audit is shown end to end.

It rewrites the archive `write_sample` made, file by file, rather than generating anew: every record of the first
export stays as it was, so fingerprints of what did not change stay the same.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import random
import zipfile
from collections import Counter
from collections.abc import Callable

from auditor.sample.goals import target_companies

NEW_PEOPLE = (
    ("Nora", "Quill", "Head of Planning"),
    ("Tariq", "Haddad", "S&OP Manager"),
    ("Ines", "Moreau", "Demand Planner"),
    ("Owen", "Blake", "Supply Chain Analyst"),
    ("Priya", "Raman", "Procurement Lead"),
    ("Lucas", "Berg", "Logistics Manager"),
)
POSTS = {
    "en": (
        "What our S&OP meeting taught me this month: one number, agreed by sales and finance, beats three forecasts.",
        "Demand planning tip: look at last year's errors before this year's forecast. https://example.com/forecast",
        "A short note on running a monthly S&OP review people actually attend.",
    ),
    "fr": (
        "Ce que notre réunion S&OP m'a appris ce mois-ci : un seul chiffre, validé par les ventes et la finance.",
        "Conseil de prévision : regardez les erreurs de l'an dernier avant la prévision de cette année. "
        "https://example.com/prevision",
        "Quelques lignes sur une revue S&OP mensuelle à laquelle on vient vraiment.",
    ),
}
SHORT_SUMMARY = {
    "en": "Supply chain director. S&OP and demand planning.",
    "fr": "Directrice supply chain. S&OP et prévision de la demande.",
}


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _rewrite(text: str, header_start: str, change: Callable[[list[list[str]]], None]) -> str:
    """Apply `change` to the rows of a CSV whose header begins with `header_start` (notes before it stay)."""
    head, marker, table = text.partition(header_start)
    rows = list(csv.reader(io.StringIO(marker + table)))
    change(rows)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return head + out.getvalue()


def later_archive(data: bytes, months: int, *, seed: int = 0, lang: str = "en") -> bytes:
    """The archive `data` (a sample written by `write_sample`) as the member would export it `months` later."""
    if months < 1:
        raise ValueError("months must be at least 1")
    source = zipfile.ZipFile(io.BytesIO(data))
    stamps = Counter(info.date_time[:3] for info in source.infolist())
    exported = dt.date(*stamps.most_common(1)[0][0])
    later = add_months(exported, months)
    rng = random.Random(f"later-{seed}-{lang}-{months}")
    span = (later - exported).days

    def new_day() -> dt.date:
        return exported + dt.timedelta(days=rng.randint(1, max(span - 1, 1)))

    targets = target_companies(seed, lang)

    def connections(rows: list[list[str]]) -> None:
        company, date = rows[0].index("Company"), rows[0].index("Connected On")
        added = []
        for i in range(min(3 * months, len(NEW_PEOPLE) * 4)):
            first, last, position = NEW_PEOPLE[i % len(NEW_PEOPLE)]
            row = [""] * len(rows[0])
            row[0], row[1] = first, f"{last}{'' if i < len(NEW_PEOPLE) else i // len(NEW_PEOPLE) + 1}"
            row[2] = f"https://www.linkedin.com/in/{first.lower()}-{row[1].lower()}-{rng.randrange(16**8):08x}"
            row[company] = targets[-1] if i == 0 and targets else "Northwind Freight"
            row[5 if len(row) > 5 else -1] = position
            row[date] = f"{new_day():%d %b %Y}"
            added.append(row)
        added.sort(key=lambda r: dt.datetime.strptime(r[date], "%d %b %Y"), reverse=True)
        rows[1:1] = added

    def shares(rows: list[list[str]]) -> None:
        added = []
        day = exported + dt.timedelta(days=3)
        while day < later:
            at = dt.datetime.combine(day, dt.time(8 + rng.randrange(4), rng.randrange(60), rng.randrange(60)))
            number = rng.randrange(10**18, 10**19)
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A{number}"
            row = [""] * len(rows[0])
            row[0], row[1], row[2] = f"{at:%Y-%m-%d %H:%M:%S}", link, rng.choice(POSTS.get(lang, POSTS["en"]))
            row[-1] = "MEMBER_NETWORK"
            added.append(row)
            day += dt.timedelta(days=rng.choice((6, 7, 8)))
        rows[1:1] = reversed(added)  # newest first, as LinkedIn writes it

    def profile(rows: list[list[str]]) -> None:
        rows[1][rows[0].index("Summary")] = SHORT_SUMMARY.get(lang, SHORT_SUMMARY["en"])

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            name = info.filename.rsplit("/", 1)[-1]
            if name == "Connections.csv":
                content = _rewrite(content.decode("utf-8"), "First Name,", connections).encode("utf-8")
            elif name.startswith("Shares") and name.endswith(".csv"):
                content = _rewrite(content.decode("utf-8"), "Date,", shares).encode("utf-8")
            elif name == "Profile.csv":
                content = _rewrite(content.decode("utf-8"), "First Name,", profile).encode("utf-8")
            stamp = zipfile.ZipInfo(info.filename, (later.year, later.month, later.day, *info.date_time[3:]))
            stamp.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stamp, content)
    return out.getvalue()
