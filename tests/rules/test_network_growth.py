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
    assert finding.what.en == "You added 1 connection in the last 12 months (fewer than 12)."
    assert finding.what.fr == "Vous avez ajouté 1 relation en 12 mois (moins de 12)."
    assert finding.evidence[0].file == model_export().sources["connections"].files[0]
    assert finding.evidence[0].text("en") == "1 connection added in the 365 days before November 2, 2026"
    assert finding.evidence[1].text("en") == "New0 Contact: connected on October 13, 2026"
    assert finding.evidence[1].text("fr") == "New0 Contact\u00a0: en relation depuis le 13 octobre 2026"


def test_fail_no_new_connection() -> None:
    made_later = dataclasses.replace(model_export(), exported_on=dt.date(2028, 6, 1))
    (finding,) = run_rule(rule, made_later, today=dt.date(2028, 6, 1))
    assert finding.what.en.startswith("You added 0 connections")
    assert finding.what.fr.startswith("Vous avez ajouté 0 relation en")  # French: 0 is singular
    assert finding.evidence[-1].text("en").startswith("latest: ")
    assert finding.evidence[-1].text("fr").startswith("la plus récente\u00a0: ")
    assert ", connected on " in finding.evidence[-1].text("en")


def test_skips_without_connections() -> None:
    export = without_sources("connections")
    assert "Connections.csv" in skip_reason(rule, export)


def test_skips_without_dates() -> None:
    undated = tuple(dataclasses.replace(c, connected_on=None) for c in model_export().connections)
    assert "date" in skip_reason(rule, model_export(connections=undated))
