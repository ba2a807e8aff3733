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
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _, p_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-004"
NAME = "career.position-complete"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("positions",)

# What the finding says of each field that can be missing, and what its evidence says. The context tells the
# translator these phrases go into the lists below ("il manque l'intitulé et la description").
TITLE = (p_("missing field", "a title"), p_("missing field", "no title"))
START = (p_("missing field", "a start date"), p_("missing field", "no start date"))
DESCRIPTION = (p_("missing field", "a description"), p_("missing field", "no description"))


def _and(items: list[Message]) -> Message:
    """The missing fields, as a list in the reader's language (at most three)."""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return p_("missing fields", "{first} and {second}", first=items[0], second=items[1])
    return p_("missing fields", "{first}, {second}, and {third}", first=items[0], second=items[1], third=items[2])


def _commas(items: list[Message]) -> Message:
    """The evidence's "no title, no description" (at most three)."""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return p_("missing fields", "{first}, {second}", first=items[0], second=items[1])
    return p_("missing fields", "{first}, {second}, {third}", first=items[0], second=items[1], third=items[2])


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not export.positions:
        ctx.not_applicable(_("No position to look at (see CAR-001)."))
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
            what=_("Your position at {place} lacks {missing}.", place=where, missing=_and([m[0] for m in missing])),
            why=_("An entry without a title, dates or description leaves the reader guessing what you did, and when."),
            fix=_("Complete it: the exact title, the month you started, and two or three bullets with results."),
            evidence=(
                Evidence(
                    export.file_of("positions"),
                    position.line,
                    _(
                        "{position}: {text}",
                        position=label(position.company, position.title),
                        text=_commas([m[1] for m in missing]),
                    ),
                ),
            ),
            key=f"{position.company}|{position.title}",
        )
