"""Recent position descriptions show results with figures.

What:
    Checks that at least one of the descriptions of the `recent_positions` most recent positions of
    Positions.csv (by start date, among those with a description) contains a figure: a digit, a percentage or an
    amount (%, €, $, £; "2k", "3 M€" hold a digit). Positions without a description are left to CAR-004. Skips
    when the archive has no Positions.csv.

Why:
    Career advice is unanimous: list outcomes, not duties, and quantify them [livecareer-action-verbs] [harvard-resumes]
    (verified), which is the "show, don't claim" LinkedIn attached to its lists of overused words
    [linkedin-buzzwords-2012] (reported second-hand). A description without a single figure rarely shows a result. The
    method's step 5 asks for descriptions that show results (numbers, outcomes) rather than duties.

Passes:
    "Cut average lead time from 21 to 14 days (-30%)" in the current position.

Fails:
    Three descriptions such as "Managed client relations and the planning team." with no figure at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.analysis.career import first_day
from auditor.analysis.text import has_figure, label, length
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-009"
NAME = "career.quantified"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "recent_positions": Option(3, "how many of the most recent described positions are read.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    described = [p for p in export.positions if p.description.strip()]
    described.sort(key=lambda p: first_day(p.started_on) if p.started_on else dt.date.min, reverse=True)
    recent = described[: ctx.options["recent_positions"]]
    if not recent:
        ctx.not_applicable(_("No position has a description to look at (see CAR-004)."))
    if any(has_figure(p.description) for p in recent):
        return
    yield Finding(
        what=n_(
            "Your most recent position description contains no figure.",
            "None of your {n} most recent position descriptions contains a figure.",
            len(recent),
        ),
        why=_("Figures show results rather than duties: LinkedIn's own advice is to show, not claim."),
        fix=_(
            'Add one measurable result to each position, e.g. "cut lead time by 30%", "ran a €2M budget", or "led '
            'a team of 9".'
        ),
        evidence=tuple(
            Evidence(
                export.file_of("positions"),
                p.line,
                n_(
                    "{position}: no figure in {n} character",
                    "{position}: no figure in {n} characters",
                    length(p.description),
                    position=label(p.company, p.title),
                ),
            )
            for p in recent
        ),
    )
