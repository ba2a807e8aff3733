"""Analyses computed once per audit from the parsed export, then shared by rules, planner and reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from auditor.analysis.cadence import Cadence, compute_cadence
from auditor.analysis.circles import Circles, compute_circles
from auditor.analysis.ledger import Ledger, compute_ledger
from auditor.analysis.network import Network, compute_network
from auditor.analysis.textread import TextRead
from auditor.analysis.ties import Ties, compute_ties
from auditor.gcpause import collector_paused
from auditor.model import Export, plausible_days


@dataclass(frozen=True)
class Analyses:
    today: dt.date  # the audit's date: freshness (of the archive, the photo, the goals' horizons) is judged by it
    data_until: dt.date  # the last day the archive can show: activity windows and silences end here
    cadence: Cadence
    network: Network
    ties: Ties
    ledger: Ledger
    circles: Circles  # step 2: circle 1 / circle 2, from the ties
    text: TextRead  # the member's words read with spaCy, on first use only (see auditor.analysis.textread)


def measured_until(export: Export, today: dt.date) -> dt.date:
    """The last day the archive can show activity for: `today`, or the day the archive was made when the audit is
    dated later."""
    made = export.exported_on
    if made is None:
        # A folder that lost the archive's name: its latest record. Imported here, in this rare case only: the
        # inventory reads the reader's section specs, which the rules and `explain` have no use for.
        from auditor.inventory import export_date

        made = export_date(export)
    first, last = plausible_days()
    # An implausible export date (a hand-made Export; the reader already drops one from an archive's name) is none.
    return min(today, made) if made and first <= made <= last else today


def analyse(export: Export, today: dt.date) -> Analyses:
    """The analyses of `export` audited on `today`. What the archive shows ends at its export date: a three-year-old
    archive audited today has its windows of activity (posts per week, new connections, silences) end then."""
    until = measured_until(export, today)
    with collector_paused():  # tens of thousands of acyclic ties and dates (see auditor.gcpause)
        ties = compute_ties(export)
        return Analyses(
            today=today,
            data_until=until,
            cadence=compute_cadence(export, until, ties),
            network=compute_network(export, until, ties),
            ties=ties,
            ledger=compute_ledger(export, ties),
            circles=compute_circles(export, ties, until),
            text=TextRead(export, until),
        )
