"""CAR-003 career.past-positions."""

from __future__ import annotations

import pytest

from auditor.rules import career_past_positions as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    ("keep", "values", "fr"),
    [
        pytest.param(1, ["0 past positions"], "aucun poste passé", id="current-only"),
        pytest.param(
            2,
            ["1 past position", "Beta Foods, Demand Planner: ended February 2021"],
            "qu'un seul poste passé",
            id="one-past",
        ),
    ],
)
def test_fail_too_few(keep: int, values: list[str], fr: str) -> None:
    (finding,) = run_rule(rule, model_export(positions=model_export().positions[:keep]))
    positions = model_export().sources["positions"].files[0]
    assert [(e.file, e.row) for e in finding.evidence] == [(positions, None), (positions, 3)][: len(values)]
    assert [e.text("en") for e in finding.evidence] == values
    assert finding.evidence[0].text("fr") == f"{keep - 1}\u00a0poste passé"  # French: 0 and 1 are singular
    assert fr in finding.what.fr
    assert_bilingual(finding)


def test_fail_with_a_higher_minimum() -> None:
    (finding,) = run_rule(rule, min_past=3)
    assert "only 2 past positions" in finding.what.en and "que 2\u00a0postes passés" in finding.what.fr
    assert finding.evidence[0].text("fr") == "2\u00a0postes passés"


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
