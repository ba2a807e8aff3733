"""The key figures of an audit that the JSON shows and the history keeps, to follow them from one audit to the next:
connections, circle sizes, posts per week, what was given and received, routines kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.analysis.cadence import AUTHORED_KINDS, activity_kinds
from auditor.config import PERIODS

if TYPE_CHECKING:
    from auditor.audit import Audit

POSTS_WEEKS = 13  # posts per week over the last quarter, as CAD-001 measures it by default


def audit_metrics(audit: Audit) -> dict[str, float]:
    """The key figures of an audit, each only when the archive shows what it measures."""
    export, analyses = audit.export, audit.analyses
    metrics: dict[str, float] = {}
    if export.has("connections"):
        metrics["connections"] = analyses.network.size
        metrics["circle1"] = len(analyses.circles.circle1)
        metrics["circle2"] = len(analyses.circles.circle2)
    if export.has("shares") or export.has("articles"):
        metrics["posts_per_week"] = round(analyses.cadence.rate(AUTHORED_KINDS, POSTS_WEEKS), 2)
    lines = [line for line in analyses.ledger.lines if line.both_sides]
    if lines:
        given = sum(line.given or 0 for line in lines)
        received = sum(line.received or 0 for line in lines)
        metrics["given"], metrics["received"] = given, received
        if received:
            metrics["give_take"] = round(given / received, 2)
    # Routine adherence: for each routine the export measures, the share of its plan kept over the last quarter
    # (capped at 1: doing more of one routine does not make up for another), averaged.
    measured = set(analyses.cadence.weekly) | {"posts", "articles", "comments", "reactions", "messages"}
    shares = []
    for routine in audit.config.routines:
        if routine.activity not in measured or routine.per not in PERIODS:
            continue
        planned = routine.per_week()
        if planned <= 0:
            continue
        done = analyses.cadence.rate(activity_kinds(routine.activity), POSTS_WEEKS)
        shares.append(min(done / planned, 1.0))
    if shares:
        metrics["routine_adherence"] = round(sum(shares) / len(shares), 3)
    return metrics
