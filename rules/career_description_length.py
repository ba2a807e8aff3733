"""Position descriptions fit within LinkedIn's length limit.

What:
    Checks that every description in Positions.csv is at most `max_length` characters long; one finding per
    position. Skips when the archive has no Positions.csv.

Why:
    LinkedIn caps a position description at 2,000 characters [linkedinsights-limits-2020] [vulse-character-limits]
    (third-party lists, commonly reported, unverified), hence an option: a longer one cannot be saved as it is. Readers
    skim long entries anyway: 3-5 bullets per position is the usual advice [doyoubuzz-experiences]. Step 5 of the method
    asks for an impeccable presentation of your career.

Passes:
    Four bullets, 280 characters.

Fails:
    A description of 2,400 characters.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import label, length
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-011"
NAME = "career.description-length"
STEP = "step5"
SEVERITY = "error"
OPTIONS: dict[str, Option] = {
    "max_length": Option(2000, "the longest description accepted, in characters.", unit="characters"),
}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    limit = ctx.options["max_length"]
    if not any(position.description.strip() for position in export.positions):
        ctx.not_applicable(_("No position has a description to measure (see CAR-004)."))
    for position in export.positions:
        size = length(position.description)
        if size <= limit:
            continue
        where = position.company or position.title
        yield Finding(
            what=_(
                "The description of your position at {place} is {size} characters long, over LinkedIn's limit of "
                "{limit}.",
                place=where,
                size=size,
                limit=limit,
            ),
            why=_("Past the limit the description cannot be saved as it is, and readers skim long entries."),
            fix=n_(
                "Cut it to {n} character or fewer: keep 3 to 5 bullets with results and move the rest to a post or "
                "the Featured section.",
                "Cut it to {n} characters or fewer: keep 3 to 5 bullets with results and move the rest to a post or "
                "the Featured section.",
                limit,
            ),
            evidence=(
                Evidence(
                    export.file_of("positions"),
                    position.line,
                    _("{position}: {size} characters", position=label(position.company, position.title), size=size),
                ),
            ),
            key=f"{position.company}|{position.title}",
        )
