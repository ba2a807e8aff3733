"""CAR-005 career.gaps."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from auditor.analysis.career import whole_months
from auditor.i18n import _
from auditor.model import Certification, Education, Export, PartialDate, Project
from auditor.rules import career_gaps as rule
from auditor.words import when

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources

P = PartialDate


def career(first_end: PartialDate, second_start: PartialDate, **overrides: object) -> Export:
    """The model member with Gamma Logistics ending and Beta Foods starting on the given dates."""
    current, second, first = model_export().positions
    positions = (
        current,
        dataclasses.replace(second, started_on=second_start),
        dataclasses.replace(first, finished_on=first_end),
    )
    return model_export(positions=positions, **overrides)


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    ("first_end", "second_start"),
    [
        pytest.param(P(2016, 12), P(2017, 1), id="contiguous-months"),
        pytest.param(P(2016, 12), P(2017, 6), id="five-months"),
        pytest.param(P(2016, 12, 15), P(2017, 6, 14), id="days-just-under-six-months"),
        pytest.param(P(2016), P(2017), id="year-only-contiguous"),
        pytest.param(P(2017, 9), P(2017, 1), id="overlapping"),
    ],
)
def test_pass_no_gap_worth_reporting(first_end: PartialDate, second_start: PartialDate) -> None:
    assert run_rule(rule, career(first_end, second_start)) == []


@pytest.mark.parametrize(
    ("first_end", "second_start", "months"),
    [
        pytest.param(P(2016, 12), P(2017, 7), 6, id="six-months"),
        pytest.param(P(2016, 12), P(2017, 9), 8, id="eight-months"),
        pytest.param(P(2016, 12, 15), P(2017, 6, 16), 6, id="days"),
        pytest.param(P(2015), P(2017, 1), 12, id="year-only-end"),
    ],
)
def test_fail_gap_between_positions(first_end: PartialDate, second_start: PartialDate, months: int) -> None:
    (finding,) = run_rule(rule, career(first_end, second_start))
    positions = model_export().sources["positions"].files[0]
    assert [(e.file, e.row) for e in finding.evidence] == [(positions, 4), (positions, 3)]
    assert (
        finding.evidence[0].text("en") == f"Gamma Logistics, Logistics Analyst: ended {_('{d}', d=when(first_end)).en}"
    )
    assert finding.evidence[1].text("en") == f"Beta Foods, Demand Planner: started {_('{d}', d=when(second_start)).en}"
    assert (
        finding.evidence[1].text("fr") == f"Beta Foods, Demand Planner\u00a0: début {_('{d}', d=when(second_start)).fr}"
    )
    assert "2016-12" not in finding.evidence[0].text("fr")  # dates as people write them
    assert f"{months} unexplained months" in finding.what.en
    assert f"{months}\u00a0mois sans explication" in finding.what.fr
    assert finding.key == "Gamma Logistics|Logistics Analyst->Beta Foods|Demand Planner"
    assert_bilingual(finding)


def test_pass_gap_covered_by_education() -> None:
    mba = Education("IAE Lyon", P(2017, 1), P(2017, 12), "", "MBA", "", line=4)
    export = career(P(2016, 12), P(2018, 1), education=(*model_export().education, mba))
    assert run_rule(rule, export) == []


def test_pass_gap_covered_by_a_project() -> None:
    project = Project("Tour du monde des entrepôts", "Visites", "", P(2017, 1), P(2017, 12), line=3)
    export = career(P(2016, 12), P(2018, 1), projects=(*model_export().projects, project))
    assert run_rule(rule, export) == []


def test_fail_gap_partly_covered_by_education() -> None:
    course = Education("IAE Lyon", P(2017, 1), P(2017, 4), "", "DU Achats", "", line=4)
    (finding,) = run_rule(rule, career(P(2016, 12), P(2018, 1), education=(course,)))
    assert "8 unexplained months" in finding.what.en


def test_fail_certification_covers_only_its_month() -> None:
    cert = Certification("CPIM", "", "ASCM", P(2017, 6), P(2030, 6), "9", line=3)
    (finding,) = run_rule(rule, career(P(2016, 12), P(2018, 1), certifications=(cert,)))
    assert "6 unexplained months" in finding.what.en  # July to December 2017


def test_fail_gap_up_to_today_without_current_position() -> None:
    current, *past = model_export().positions
    ended = dataclasses.replace(current, finished_on=P(2025, 12))
    (finding,) = run_rule(rule, model_export(positions=(ended, *past)))  # today: 2026-11-02
    assert finding.key == "Acme Industries|Supply Chain Manager->today"
    assert finding.evidence == (finding.evidence[0],)
    assert finding.evidence[0].text("en") == "Acme Industries, Supply Chain Manager: ended December 2025"
    assert "10 months unexplained since" in finding.what.en
    assert "10\u00a0mois sans explication depuis" in finding.what.fr
    assert_bilingual(finding)


def test_pass_recent_end_without_current_position() -> None:
    current, *past = model_export().positions
    assert run_rule(rule, model_export(positions=(dataclasses.replace(current, finished_on=P(2026, 6)), *past))) == []


def test_fail_stricter_agency_view() -> None:
    export = career(P(2016, 12), P(2017, 4))
    assert run_rule(rule, export) == []
    (finding,) = run_rule(rule, export, min_gap_months=3)
    assert "3 months or more" in finding.why.en and "3\u00a0mois ou plus" in finding.why.fr


def test_fail_one_month_is_singular() -> None:
    (finding,) = run_rule(rule, career(P(2016, 12), P(2017, 3)), min_gap_months=1)
    assert "shows 2 unexplained months" in finding.what.en
    (finding,) = run_rule(rule, career(P(2016, 12), P(2017, 2)), min_gap_months=1)
    assert "shows 1 unexplained month between" in finding.what.en and "1 month or more" in finding.why.en
    assert "1\u00a0mois sans explication" in finding.what.fr


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        pytest.param(dt.date(2016, 7, 1), dt.date(2017, 1, 1), 6, id="six-whole-months"),
        pytest.param(dt.date(2016, 1, 31), dt.date(2016, 7, 30), 5, id="one-day-short"),
        pytest.param(dt.date(2016, 1, 1), dt.date(2016, 1, 1), 0, id="empty"),
    ],
)
def test_whole_months(start: dt.date, end: dt.date, months: int) -> None:
    assert whole_months(start, end) == months


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
