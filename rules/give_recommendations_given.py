"""You write recommendations, not only receive them.

What:
    When Recommendations_Received.csv lists at least one recommendation, checks that Recommendations_Given.csv
    lists at least one you wrote. Skipped when the archive has no Recommendations_Received.csv (the basic
    archive).

Why:
    Step 4 of the method: "donner pour recevoir", give in order to receive. A recommendation is the most
    visible gift LinkedIn offers: it sits on the other person's profile for every recruiter to read. Receiving
    them without ever writing one is a one-way ledger.

Passes:
    3 recommendations received, 3 written.

Fails:
    3 recommendations received, none written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "GIV-003"
NAME = "give.recommendations-given"
STEP = "step4"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("recommendations_received", "recommendations_given")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    received = export.recommendations_received
    if not received:
        ctx.not_applicable(_("You have received no recommendation yet: there is nothing to return."))
    if export.recommendations_given:
        return
    latest = max(received, key=lambda r: r.created_at or dt.datetime.min)
    file = export.file_of("recommendations_received")
    given_file = export.file_of("recommendations_given")
    yield Finding(
        what=n_(
            "You received {n} recommendation but never wrote one.",
            "You received {n} recommendations but never wrote one.",
            len(received),
        ),
        why=_(
            "Step 4 of the method: give in order to receive; a recommendation is the most visible gift you can "
            "make on LinkedIn."
        ),
        fix=_(
            "Write a recommendation for {name} this month: three sentences on a result you achieved together and "
            "what it changed.",
            name=latest.full_name,
        ),
        evidence=(
            *(
                Evidence(
                    file,
                    r.line,
                    _("from {name} ({company})", name=r.full_name, company=r.company)
                    if r.company
                    else _("from {name}", name=r.full_name),
                )
                for r in received[:5]
            ),
            Evidence(given_file, None, n_("{n} recommendation written", "{n} recommendations written", 0)),
        ),
    )
