"""NET-002 network.target-companies."""

from __future__ import annotations

import dataclasses

from auditor.rules import network_target_companies as rule

from ..factory import model_config, model_export, run_rule, skip_reason
from .helpers import without_sources


def _targets(*companies: str, roles: tuple[str, ...] = ("Head of Supply Chain",)):  # type: ignore[no-untyped-def]
    goal = dataclasses.replace(model_config().goals[0], target_companies=companies, target_roles=roles)
    return model_config(goals=(goal,))


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_on_whole_words_of_the_company() -> None:
    assert run_rule(rule, config=_targets("DELTA", "epsilon pharma")) == []


def test_fail_no_connection_at_target() -> None:
    (finding,) = run_rule(rule, config=_targets("Delta Retail", "Omega Foods"))
    assert finding.key == "omega foods"
    assert "no connection at Omega Foods" in finding.what.en
    assert "aucune relation chez Omega Foods" in finding.what.fr
    assert finding.evidence[0].text("en") == "target company: Omega Foods"
    assert finding.evidence[1].text("en") == "120 connections, none at Omega Foods"
    assert finding.evidence[1].text("fr") == "120 relations, aucune chez Omega Foods"
    # Marc Petit, Supply Chain Director, is the connection nearest to the target role "Head of Supply Chain".
    assert finding.fix.en.startswith("Ask Marc Petit (Supply Chain Director, Epsilon Pharma) this month")
    assert finding.fix.fr.startswith("Demandez ce mois-ci à Marc Petit (Supply Chain Director, Epsilon Pharma)")
    assert finding.evidence[-1].text("en") == "possible introducer: Marc Petit"


def test_fail_introducers_fall_back_to_circle1() -> None:
    (finding,) = run_rule(rule, config=_targets("Omega Foods", roles=()))
    assert "Inès Haddad (Demand Planner, Beta Foods), Léa Martin (Production Manager, Acme Industries), or" in (
        finding.fix.en
    )
    assert " ou Nadia Benali (Operations Manager, Gamma Logistics)" in finding.fix.fr


def test_fail_without_anyone_to_ask() -> None:
    (finding,) = run_rule(rule, model_export(messages=(), recommendations_received=()), _targets("Omega", roles=()))
    assert "LinkedIn search" in finding.fix.en


def test_skips_without_target_companies() -> None:
    assert "target company" in skip_reason(rule, model_export(), _targets())


def test_skips_without_connections() -> None:
    export = without_sources("connections")
    assert "Connections.csv" in skip_reason(rule, export)
