"""Every position has a title, a start date and a description.

What:
    Checks each row of Positions.csv for a title, a start date and a description; one finding per incomplete
    position, listing what is missing. Skips when the archive has no Positions.csv.

Why:
    The method's step 5 asks for an impeccable presentation of your career: every position with a title, dates and a
    description. LinkedIn's "All-Star" criteria likewise count positions with their description [allstar-criteria]
    (commonly reported, unverified). An entry without them leaves the reader guessing what you did, and when.

Passes:
    "Demand Planner, Beta Foods, 2017-01 to 2021-02", with three bullets of results.

Fails:
    "Beta Foods" with no start date and no description: one finding listing both.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import label
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-004"
NAME = "career.position-complete"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("positions",)

# (English, French with its article, evidence label) for each field that can be missing.
TITLE = ("a title", "l'intitulé", "title")
START = ("a start date", "la date de début", "start date")
DESCRIPTION = ("a description", "la description", "description")


def _join(words: list[str], last: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not export.positions:
        ctx.not_applicable("No position to look at (see CAR-001).", "Aucun poste à examiner (voir CAR-001).")
    for position in export.positions:
        missing = [
            field
            for field, present in (
                (TITLE, position.title.strip()),
                (START, position.started_on),
                (DESCRIPTION, position.description.strip()),
            )
            if not present
        ]
        if not missing:
            continue
        where = position.company or position.title or "?"
        yield Finding(
            what=t(
                f"Your position at {where} lacks {_join([m[0] for m in missing], 'and')}.",
                f"Votre expérience chez {where} est incomplète : il manque {_join([m[1] for m in missing], 'et')}.",
            ),
            why=t(
                "An entry without a title, dates or description leaves the reader guessing what you did, and when.",
                "Une expérience sans intitulé, sans dates ou sans description laisse le lecteur deviner ce que vous "
                "avez fait, et quand.",
            ),
            fix=t(
                "Complete it: the exact title, the month you started, and two or three bullets with results.",
                "Complétez-la : l'intitulé exact, le mois de début et deux ou trois puces avec des résultats.",
            ),
            evidence=(
                Evidence(
                    export.file_of("positions"),
                    position.line,
                    f"{label(position.company, position.title)}: no {', no '.join(m[2] for m in missing)}",
                ),
            ),
            key=f"{position.company}|{position.title}",
        )
