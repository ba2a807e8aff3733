"""No position starts or ends in the future.

What:
    Checks that no start or end date in Positions.csv falls after today (a date is in the future when even its
    first possible day is: "2026" is not in the future on 2 November 2026, "2026-12" is). One finding per
    position. Education and certifications are not checked: a degree in progress or a certification's expiry
    may lie ahead.

Why:
    A position dated after today is almost always a typo, and it makes readers doubt the rest of the timeline.
    Step 5 of the method asks for an impeccable presentation of your career; LinkedIn's own profile shows these
    dates as they are.

Passes:
    Acme Industries since 2021-03.

Fails:
    Acme Industries started 2027-03 (today 2026-11-02).
    Beta Foods 2017-01 to 2029-02.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.career import first_day
from auditor.analysis.text import label
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-007"
NAME = "career.future-dates"
STEP = "step5"
SEVERITY = "error"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not any(position.started_on or position.finished_on for position in export.positions):
        ctx.not_applicable("No dated position to check.", "Aucun poste daté à vérifier.")
    for position in export.positions:
        future_en, future_fr, values = [], [], []
        for date, en, fr in ((position.started_on, "start", "début"), (position.finished_on, "end", "fin")):
            if date is not None and first_day(date) > ctx.today:
                future_en.append(f"{en} date ({date})")
                future_fr.append(f"date de {fr} ({date})")
                values.append(f"{en} {date}")
        if not values:
            continue
        where = position.company or position.title
        yield Finding(
            what=t(
                f"Your position at {where} has a {' and an '.join(future_en)} in the future.",
                f"Votre poste chez {where} a une {' et une '.join(future_fr)} dans le futur.",
            ),
            why=t(
                "A date after today is almost always a typo, and it makes readers doubt the rest of your timeline.",
                "Une date postérieure à aujourd'hui est presque toujours une faute de frappe, et elle fait douter "
                "le lecteur du reste de votre parcours.",
            ),
            fix=t(
                "Correct the date; if the job has not started yet, add it on the day it does.",
                "Corrigez la date ; si le poste n'a pas encore commencé, ajoutez-le le jour de votre arrivée.",
            ),
            evidence=(
                Evidence(
                    export.file_of("positions"),
                    position.line,
                    f"{label(position.company, position.title)}: {', '.join(values)}",
                ),
            ),
            key=f"{position.company}|{position.title}",
        )
