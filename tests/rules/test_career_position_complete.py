"""CAR-004 career.position-complete."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from auditor.model import PartialDate
from auditor.rules import career_position_complete as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def with_past_changed(**changes: Any) -> Any:
    current, past, first = model_export().positions
    return model_export(positions=(current, dataclasses.replace(past, **changes), first))


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    ("changes", "en", "fr", "value"),
    [
        pytest.param(
            {"title": ""},
            "lacks a title.",
            "il manque l'intitulé.",
            "Beta Foods: no title",
            id="no-title",
        ),
        pytest.param(
            {"started_on": None, "description": " "},
            "lacks a start date and a description.",
            "il manque la date de début et la description.",
            "Beta Foods, Demand Planner: no start date, no description",
            id="no-start-no-description",
        ),
        pytest.param(
            {"title": "", "started_on": None, "description": ""},
            "lacks a title, a start date, and a description.",
            "il manque l'intitulé, la date de début et la description.",
            "Beta Foods: no title, no start date, no description",
            id="nothing",
        ),
    ],
)
def test_fail_incomplete(changes: dict[str, Any], en: str, fr: str, value: str) -> None:
    (finding,) = run_rule(rule, with_past_changed(**changes))
    assert finding.what.en.endswith(en) and finding.what.fr.endswith(fr)
    assert finding.evidence[0].file == model_export().sources["positions"].files[0] and finding.evidence[0].row == 3
    assert finding.evidence[0].text("en") == value
    assert finding.key.startswith("Beta Foods|")
    assert_bilingual(finding)


def test_fail_evidence_in_french() -> None:
    (finding,) = run_rule(rule, with_past_changed(title="", description=""))
    assert finding.evidence[0].text("fr") == "Beta Foods\u00a0: pas d'intitulé, pas de description"


def test_fail_one_finding_per_position() -> None:
    positions = tuple(dataclasses.replace(p, description="") for p in model_export().positions)
    findings = run_rule(rule, model_export(positions=positions))
    assert [f.evidence[0].row for f in findings] == [2, 3, 4]
    assert len({f.key for f in findings}) == 3


def test_pass_year_only_start_date_is_a_date() -> None:
    assert run_rule(rule, with_past_changed(started_on=PartialDate(2017))) == []


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
