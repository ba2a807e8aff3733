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

from auditor.findings import Evidence, Finding, t
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
        ctx.not_applicable(
            "You have received no recommendation yet: there is nothing to return.",
            "Vous n'avez encore reçu aucune recommandation : rien à rendre.",
        )
    if export.recommendations_given:
        return
    latest = max(received, key=lambda r: r.created_at or dt.datetime.min)
    file = export.file_of("recommendations_received")
    given_file = export.file_of("recommendations_given")
    yield Finding(
        what=t(
            f"You received {len(received)} recommendation(s) but never wrote one.",
            f"Vous avez reçu {len(received)} recommandation(s) mais n'en avez jamais écrit.",
        ),
        why=t(
            "Step 4 of the method: give in order to receive; a recommendation is the most visible gift you can "
            "make on LinkedIn.",
            "Étape 4 de la méthode : donner pour recevoir ; une recommandation est le cadeau le plus visible que "
            "vous puissiez faire sur LinkedIn.",
        ),
        fix=t(
            f"Write a recommendation for {latest.full_name} this month: three sentences on a result you achieved "
            "together and what it changed.",
            f"Écrivez ce mois-ci une recommandation pour {latest.full_name} : trois phrases sur un résultat obtenu "
            "ensemble et ce qu'il a changé.",
        ),
        evidence=(
            *(
                Evidence(file, r.line, f"from {r.full_name}" + (f" ({r.company})" if r.company else ""))
                for r in received[:5]
            ),
            Evidence(given_file, None, "0 recommendations written"),
        ),
    )
