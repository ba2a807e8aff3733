"""CAR-011 career.description-length."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import Export
from auditor.rules import career_description_length as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def with_past_description(description: str) -> Export:
    current, past, first = model_export().positions
    return model_export(positions=(current, dataclasses.replace(past, description=description), first))


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "description",
    [pytest.param("x" * 2000, id="exactly-2000"), pytest.param("e\u0301" * 2000, id="decomposed-accents")],
)
def test_pass_up_to_the_limit(description: str) -> None:
    assert run_rule(rule, with_past_description(description)) == []


def test_fail_too_long() -> None:
    (finding,) = run_rule(rule, with_past_description("• Prévisions fiabilisées de 62 % à 85 %.\n" * 60))
    assert finding.evidence[0].file == model_export().sources["positions"].files[0] and finding.evidence[0].row == 3
    assert finding.evidence[0].text("en") == "Beta Foods, Demand Planner: 2,460 characters"
    assert finding.evidence[0].text("fr") == "Beta Foods, Demand Planner\u00a0: 2\u202f460\u00a0caractères"
    assert "2,460 characters long, over LinkedIn's limit of 2,000." in finding.what.en
    assert "2\u202f460\u00a0caractères" in finding.what.fr and "2\u202f000" in finding.what.fr
    assert finding.key == "Beta Foods|Demand Planner"
    assert_bilingual(finding)


def test_fail_with_a_lower_limit() -> None:
    findings = run_rule(rule, max_length=230)  # the model member's descriptions: 294, 224 and 233 characters
    assert [f.key for f in findings] == ["Acme Industries|Supply Chain Manager", "Gamma Logistics|Logistics Analyst"]


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
