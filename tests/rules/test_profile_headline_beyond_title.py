"""PRO-003 profile.headline-beyond-title."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.rules import profile_headline_beyond_title as rule

from ..factory import model_export, not_applicable_reason, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Supply Chain Manager", id="same-case"),
        pytest.param("  supply-chain   MANAGER ", id="case-dash-and-spaces"),
    ],
)
def test_fail_headline_is_the_current_title(headline: str) -> None:
    (finding,) = run_rule(rule, replace_profile(headline=headline), min_length=0)
    sources = model_export().sources
    assert [e.file for e in finding.evidence] == [sources["profile"].files[0], sources["positions"].files[0]]
    assert finding.evidence[1].row == 2
    assert finding.evidence[1].text("en") == "Acme Industries: Supply Chain Manager"
    assert "job title" in finding.what.en and "intitulé" in finding.what.fr
    assert_bilingual(finding)


def test_fail_french_title_with_accents() -> None:
    base = model_export()
    current = dataclasses.replace(base.positions[0], title="Responsable Supply Chain Équipe Régionale")
    export = dataclasses.replace(
        replace_profile(headline="RESPONSABLE SUPPLY CHAIN EQUIPE REGIONALE"),
        positions=(current, *base.positions[1:]),
    )
    (finding,) = run_rule(rule, export)
    assert finding.evidence[1].text("en") == "Acme Industries: Responsable Supply Chain Équipe Régionale"
    assert "«\u00a0RESPONSABLE SUPPLY CHAIN EQUIPE REGIONALE\u00a0»" in finding.what.fr
    assert finding.evidence[1].text("fr") == "Acme Industries\u00a0: Responsable Supply Chain Équipe Régionale"


def test_fail_too_short() -> None:
    (finding,) = run_rule(rule, replace_profile(headline="Planner"))
    assert finding.evidence == finding.evidence[:1]
    assert finding.evidence[0].text("en") == "Headline: Planner"
    assert "7 characters" in finding.what.en and "7 caractères" in finding.what.fr
    assert finding.evidence[0].text("fr") == "Titre\u00a0: Planner"
    assert_bilingual(finding)


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Demand Planner", id="past-title-only"),
    ],
)
def test_pass_edge_cases(headline: str) -> None:
    assert run_rule(rule, replace_profile(headline=headline), min_length=0) == []


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))


def test_not_applicable_without_headline() -> None:
    assert "PRO-001" in not_applicable_reason(rule, replace_profile(headline=""))
