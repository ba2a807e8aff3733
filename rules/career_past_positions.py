"""The profile shows at least two past positions.

What:
    Checks that Positions.csv holds at least `min_past` past positions (positions with an end date). Skips when
    the archive has no Positions.csv.

Why:
    LinkedIn's "All-Star" level is reported to ask for two past positions besides the current one [allstar-criteria]
    (commonly reported, unverified): they show the path that led you here. Step 5 of the method asks for an impeccable
    presentation of your career; internships, work-study and freelance missions count. Early in a career this is normal,
    hence an info.

Passes:
    Demand Planner at Beta Foods (2017-2021) and Logistics Analyst at Gamma Logistics (2014-2016).

Fails:
    Only the current position.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import label
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.words import when

CODE = "CAR-003"
NAME = "career.past-positions"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_past": Option(2, "the fewest past positions accepted.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    minimum = ctx.options["min_past"]
    past = [p for p in export.positions if p.finished_on]
    count = len(past)
    if count >= minimum:
        return
    file = export.file_of("positions")
    if count == 0:
        what = _("Your profile shows no past position.")
    else:
        what = n_("Your profile shows only one past position.", "Your profile shows only {n} past positions.", count)
    yield Finding(
        what=what,
        why=_("Past positions show the path that led you to where you are; LinkedIn's All-Star level asks for two."),
        fix=_(
            "Add your previous jobs, internships, work-study or freelance missions included, each with its dates "
            "and one or two results."
        ),
        evidence=(
            Evidence(file, None, n_("{n} past position", "{n} past positions", count)),
            # Each past position on its row, its month as the archive gives it ("2021-02").
            *(
                Evidence(
                    file,
                    p.line,
                    _(
                        "{position}: ended {date}",
                        position=label(p.company, p.title),
                        date=when(p.finished_on),
                    ),
                )
                for p in past
            ),
        ),
    )
