"""NET-005 network.circle1-size."""

from __future__ import annotations

from auditor.rules import network_circle1_size as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import without_sources


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_too_large() -> None:
    (finding,) = run_rule(rule, max_circle1=5)
    assert finding.key == "large"
    assert "holds 6 people: more than the 5" in finding.what.en
    assert "compte 6 personnes\u00a0: plus que les 5" in finding.what.fr
    assert finding.evidence[0].text("en") == "circle 1: 6 of 120 connections (score ≥ 12)"
    assert finding.evidence[1].text("en").startswith("Hugo Roux: score ")
    assert "such as Hugo Roux, live in circle 2" in finding.fix.en
    assert "comme Hugo Roux, dans le cercle 2" in finding.fix.fr


def test_fail_empty() -> None:
    (finding,) = run_rule(rule, model_export(messages=(), recommendations_given=()))
    assert finding.key == "empty"
    assert "Nobody in your archive looks close" in finding.what.en
    # Equal scores keep the order of Connections.csv.
    assert finding.fix.en.endswith("starting with Léa Martin, Inès Haddad, and Sam Jones.")
    assert finding.fix.fr.endswith("en commençant par Léa Martin, Inès Haddad et Sam Jones.")


def test_skips_without_messages() -> None:
    export = without_sources("messages")
    assert "messages.csv" in skip_reason(rule, export)


def test_skips_without_connections() -> None:
    export = without_sources("connections")
    assert "Connections.csv" in skip_reason(rule, export)
