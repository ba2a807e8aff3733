"""NET-001 network.growth."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.model import Connection, Export
from auditor.rules import network_growth as rule

from ..factory import TODAY, model_export, run_rule, skip_reason
from .helpers import without_sources


def _with_recent(n: int) -> Export:
    """The model member's connections older than a year, plus `n` made in the last months."""
    base = model_export()
    old = tuple(c for c in base.connections if c.connected_on and (TODAY - c.connected_on).days >= 365)
    extra = tuple(
        Connection(
            f"New{k}",
            "Contact",
            f"https://www.linkedin.com/in/new{k}",
            "",
            "Omega Foods",
            "Buyer",
            TODAY - dt.timedelta(days=20 * (k + 1)),
            line=300 + k,
        )
        for k in range(n)
    )
    return model_export(connections=old + extra)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_with_lower_minimum() -> None:
    assert run_rule(rule, _with_recent(9), min_new_per_year=9) == []


def test_fail_few_new_connections() -> None:
    (finding,) = run_rule(rule, _with_recent(1))
    assert "1 connection(s)" in finding.what.en and "1 relation(s)" in finding.what.fr
    assert finding.evidence[0].file == model_export().sources["connections"].files[0]
    assert finding.evidence[0].value == "1 connection(s) added in the 365 days before 2026-11-02"
    assert finding.evidence[1].value == "New0 Contact: connected on 2026-10-13"


def test_fail_no_new_connection() -> None:
    made_later = dataclasses.replace(model_export(), exported_on=dt.date(2028, 6, 1))
    (finding,) = run_rule(rule, made_later, today=dt.date(2028, 6, 1))
    assert "0 connection(s)" in finding.what.en
    assert finding.evidence[-1].value.startswith("latest: ")


def test_skips_without_connections() -> None:
    export = without_sources("connections")
    assert "Connections.csv" in skip_reason(rule, export)


def test_skips_without_dates() -> None:
    undated = tuple(dataclasses.replace(c, connected_on=None) for c in model_export().connections)
    assert "date" in skip_reason(rule, model_export(connections=undated))
