"""CAR-008 career.stale-current."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import Export, PartialDate, Position
from auditor.rules import career_stale_current as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources

P = PartialDate
BETA_START = P(2017, 1)  # the model member's Beta Foods position


def with_beta_still_current(start: PartialDate = BETA_START) -> Export:
    current, beta, first = model_export().positions
    return model_export(positions=(current, dataclasses.replace(beta, started_on=start, finished_on=None), first))


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "start",
    [
        pytest.param(P(2018, 4), id="under-three-years"),
        pytest.param(P(2018), id="year-only-read-late"),
    ],
)
def test_pass_recent_enough(start: PartialDate) -> None:
    assert run_rule(rule, with_beta_still_current(start)) == []


@pytest.mark.parametrize(
    ("title", "company"),
    [
        pytest.param("Board member", "Lyon Logistics Club", id="board"),
        pytest.param("Mentore bénévole", "Article 1", id="french-volunteer"),
    ],
)
def test_pass_side_activity_may_stay_current(title: str, company: str) -> None:
    side = Position(company, title, "Side.", "Lyon", P(2015), None, line=5)
    assert run_rule(rule, model_export(positions=(*model_export().positions, side))) == []


def test_fail_forgotten_end_date() -> None:
    (finding,) = run_rule(rule, with_beta_still_current())
    positions = model_export().sources["positions"].files[0]
    assert [(e.file, e.row) for e in finding.evidence] == [(positions, 3), (positions, 2)]
    assert finding.evidence[0].text("en") == "Beta Foods, Demand Planner: since January 2017, no end date"
    assert finding.evidence[0].text("fr") == "Beta Foods, Demand Planner\u00a0: depuis janvier 2017, sans date de fin"
    assert finding.evidence[1].text("en") == "Acme Industries, Supply Chain Manager: since March 2021"
    assert "started 4 years before" in finding.what.en and "commencé 4\u00a0ans avant" in finding.what.fr
    assert finding.key == "Beta Foods|Demand Planner"
    assert_bilingual(finding)


def test_fail_with_a_shorter_threshold() -> None:
    (finding,) = run_rule(rule, with_beta_still_current(P(2019, 11)), stale_years=1)
    assert "1 year before" in finding.what.en and "1\u00a0an avant" in finding.what.fr


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
