"""CAR-007 career.future-dates."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import Certification, PartialDate
from auditor.rules import career_future_dates as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources

P = PartialDate


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "start",
    [
        pytest.param(P(2026), id="year-only-this-year"),
        pytest.param(P(2026, 11), id="this-month"),
        pytest.param(P(2026, 11, 2), id="today"),
    ],
)
def test_pass_not_after_today(start: PartialDate) -> None:
    current, *past = model_export().positions
    assert run_rule(rule, model_export(positions=(dataclasses.replace(current, started_on=start), *past))) == []


def test_pass_certification_expiry_may_be_in_the_future() -> None:
    cert = Certification("CPIM", "", "ASCM", P(2024, 5), P(2029, 5), "9", line=3)
    assert run_rule(rule, model_export(certifications=(cert,))) == []


def test_fail_future_start() -> None:
    current, *past = model_export().positions
    (finding,) = run_rule(rule, model_export(positions=(dataclasses.replace(current, started_on=P(2027, 3)), *past)))
    assert finding.evidence[0].file == model_export().sources["positions"].files[0] and finding.evidence[0].row == 2
    assert finding.evidence[0].text("en") == "Acme Industries, Supply Chain Manager: start March 2027"
    assert finding.evidence[0].text("fr") == "Acme Industries, Supply Chain Manager\u00a0: début mars 2027"
    assert "start date (March 2027) in the future" in finding.what.en
    assert "date de début (mars 2027) dans le futur" in finding.what.fr
    assert finding.key == "Acme Industries|Supply Chain Manager"
    assert_bilingual(finding)


def test_fail_future_start_and_end() -> None:
    current, beta, first = model_export().positions
    beta = dataclasses.replace(beta, started_on=P(2026, 12), finished_on=P(2029, 2))
    (finding,) = run_rule(rule, model_export(positions=(current, beta, first)))
    assert finding.evidence[0].text("en") == "Beta Foods, Demand Planner: start December 2026, end February 2029"
    assert "a start date (December 2026) and an end date (February 2029)" in finding.what.en
    assert "une date de début (décembre 2026) et une date de fin (février 2029)" in finding.what.fr


def test_fail_future_end() -> None:
    current, beta, first = model_export().positions
    beta = dataclasses.replace(beta, finished_on=P(2027, 1))
    (finding,) = run_rule(rule, model_export(positions=(current, beta, first)))
    assert finding.evidence[0].text("en") == "Beta Foods, Demand Planner: end January 2027"
    assert finding.what.en == "Your position at Beta Foods has an end date (January 2027) in the future."
    assert finding.what.fr == "Votre poste chez Beta Foods a une date de fin (janvier 2027) dans le futur."


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
