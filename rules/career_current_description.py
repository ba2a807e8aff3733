"""The current position has a real description.

What:
    Checks that every current position (a start date and no end date) in Positions.csv has a description of at
    least `min_length` characters; one finding per position. Skips when the archive has no Positions.csv.

Why:
    LinkedIn's "All-Star" level asks for a current position *with a description* [allstar-criteria], and the usual tip
    is at least 200 characters [linkedinsights-limits-2020] (both commonly reported, unverified). The current position
    is what visitors read right after the headline; step 4 of the method asks "what am I doing now?" and step 5 an
    impeccable presentation of your career.

Passes:
    Four bullets of results, 280 characters.

Fails:
    Description "Supply chain." (13 characters), or no description.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import label, length, shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-002"
NAME = "career.current-description"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_length": Option(200, "the shortest description accepted, in characters.", unit="characters"),
}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    minimum = ctx.options["min_length"]
    if not any(position.is_current and position.started_on for position in export.positions):
        ctx.not_applicable(_("No current position to describe (see CAR-001)."))
    for position in export.positions:
        if not (position.started_on and position.is_current):
            continue
        description = position.description.strip()
        size = length(description)
        if size >= minimum:
            continue
        where = position.company or position.title
        entry = label(position.company, position.title)
        if description:
            what = n_(
                "The description of your current position at {place} is only {n} character long.",
                "The description of your current position at {place} is only {n} characters long.",
                size,
                place=where,
            )
            value = n_(
                "{position}: {text} ({n} character)",
                "{position}: {text} ({n} characters)",
                size,
                position=entry,
                text=shorten(description, 80),
            )
        else:
            what = _("Your current position at {place} has no description.", place=where)
            value = _("{position}: (no description)", position=entry)
        yield Finding(
            what=what,
            why=_(
                "Your current position is what visitors read right after your headline: it should show what you "
                "achieve there."
            ),
            fix=n_(
                "Describe it in at least {n} character, as 3 to 5 bullets that start with a verb and end with a "
                'result, e.g. "Cut average lead time from 21 to 14 days".',
                "Describe it in at least {n} characters, as 3 to 5 bullets that start with a verb and end with a "
                'result, e.g. "Cut average lead time from 21 to 14 days".',
                minimum,
            ),
            evidence=(Evidence(export.file_of("positions"), position.line, value),),
            key=f"{position.company}|{position.title}",
        )
