"""CAR-003 career.past-positions."""

from __future__ import annotations

import pytest

from auditor.rules import career_past_positions as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    ("keep", "value", "fr"),
    [
        pytest.param(1, "0 past positions", "aucun poste passé", id="current-only"),
        pytest.param(2, "1 past: Beta Foods, Demand Planner", "qu'un seul poste passé", id="one-past"),
    ],
)
def test_fail_too_few(keep: int, value: str, fr: str) -> None:
    (finding,) = run_rule(rule, model_export(positions=model_export().positions[:keep]))
    assert finding.evidence[0].file == model_export().sources["positions"].files[0]
    assert finding.evidence[0].value == value
    assert fr in finding.what.fr
    assert_bilingual(finding)


def test_fail_with_a_higher_minimum() -> None:
    (finding,) = run_rule(rule, min_past=3)
    assert "only 2 past positions" in finding.what.en and "que 2 postes passés" in finding.what.fr


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
