"""The network as a whole: size, growth, pending invitations, who works where."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.analysis.people import company_key
from auditor.model import Connection, Export


def company_matches(company: str, target: str) -> bool:
    """A connection's company matches a target when the target's words appear in it as whole words
    (`Acme` matches `Acme Group SA`, not `Acmeo`)."""
    have, want = company_key(company), company_key(target)
    return bool(want) and (have == want or f" {want} " in f" {have} ")


@dataclass(frozen=True)
class Network:
    size: int
    growth_by_month: dict[str, int]  # "YYYY-MM" -> connections added that month
    added_last_year: int
    added_previous_year: int
    pending_sent: int
    pending_received: int
    companies: Counter[str]  # display name of the company -> connections there

    def at_company(self, connections: Iterable[Connection], target: str) -> list[Connection]:
        return [c for c in connections if c.company and company_matches(c.company, target)]


def compute_network(export: Export, today: dt.date) -> Network:
    growth: Counter[str] = Counter()
    last_year = previous_year = 0
    for connection in export.connections:
        day = connection.connected_on
        if day is None:
            continue
        growth[f"{day.year:04d}-{day.month:02d}"] += 1
        age = (today - day).days
        if 0 <= age < 365:
            last_year += 1
        elif 365 <= age < 730:
            previous_year += 1
    companies: Counter[str] = Counter(c.company for c in export.connections if c.company)
    return Network(
        size=len(export.connections),
        growth_by_month=dict(sorted(growth.items())),
        added_last_year=last_year,
        added_previous_year=previous_year,
        pending_sent=sum(1 for i in export.invitations if i.direction == "outgoing"),
        pending_received=sum(1 for i in export.invitations if i.direction == "incoming"),
        companies=companies,
    )
