"""Analyses computed once per audit from the parsed export, then shared by rules, planner and reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from auditor.analysis.cadence import Cadence, compute_cadence
from auditor.analysis.circles import Circles, compute_circles
from auditor.analysis.ledger import Ledger, compute_ledger
from auditor.analysis.network import Network, compute_network
from auditor.analysis.ties import Ties, compute_ties
from auditor.gcpause import collector_paused
from auditor.model import Export


@dataclass(frozen=True)
class Analyses:
    today: dt.date
    cadence: Cadence
    network: Network
    ties: Ties
    ledger: Ledger
    circles: Circles  # step 2: circle 1 / circle 2, from the ties


def measured_until(export: Export, today: dt.date) -> dt.date:
    """The last day the archive can show activity for: `today`, or the export date when the audit is dated later."""
    return min(today, export.exported_on) if export.exported_on else today


def analyse(export: Export, today: dt.date) -> Analyses:
    with collector_paused():  # tens of thousands of acyclic ties and dates (see auditor.gcpause)
        ties = compute_ties(export)
        return Analyses(
            today=today,
            cadence=compute_cadence(export, measured_until(export, today), ties),
            network=compute_network(export, today, ties),
            ties=ties,
            ledger=compute_ledger(export, ties),
            circles=compute_circles(export, ties, today),
        )
