"""The profile shows a current position.

What:
    Checks that Positions.csv holds a current position: one with a start date and no end date. Skips when the
    archive has no Positions.csv; an empty Positions.csv fails.

Why:
    The current position is shown under your name and is one of LinkedIn's "All-Star" profile criteria
    [allstar-criteria] (commonly reported, unverified); without one, visitors cannot tell what you do now. Step 4 of the
    method asks "what am I doing now?", and step 5 an impeccable presentation of your career. Between jobs, LinkedIn's
    own "Career break" entry [linkedin-career-breaks-2022] (verified) or a freelance activity answers it.

Passes:
    "Supply Chain Manager, Acme Industries, since 2021-03".

Fails:
    Every position has an end date (the latest ended 2025-06).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.career import last_day
from auditor.analysis.text import label
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.words import when

CODE = "CAR-001"
NAME = "career.current-position"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    file = export.file_of("positions")
    if any(p.started_on and p.is_current for p in export.positions):
        return
    ended = [(p, p.finished_on) for p in export.positions if p.finished_on]
    if ended:
        latest, finished = max(ended, key=lambda pair: last_day(pair[1]))
        evidence = Evidence(
            file,
            latest.line,
            # The month as the archive gives it ("2025-06"): a month has no long date to write.
            _(
                "Latest: {position}, ended {date}",
                position=label(latest.company, latest.title),
                date=when(finished),
            ),
        )
    else:
        count = len(export.positions)
        evidence = Evidence(
            file,
            None,
            n_("{n} position, without a start date", "{n} positions, none with a start date", count),
        )
    yield Finding(
        what=_("Your profile shows no current position."),
        why=_(
            "The current position is the first thing read under your name: without one, people cannot tell what "
            "you do now."
        ),
        fix=_(
            "Add what you do now, with its start date; between jobs, say so with a freelance activity, a training "
            'course, or LinkedIn\'s "Career break" entry.'
        ),
        evidence=(evidence,),
    )
