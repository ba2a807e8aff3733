"""CAR-006 career.overlaps."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import Export, PartialDate, Position, SectionSource
from auditor.rules import career_overlaps as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources

P = PartialDate
ACME_START = P(2021, 3)  # the model member's current position


def with_beta_ending(end: PartialDate, current_start: PartialDate = ACME_START) -> Export:
    current, beta, first = model_export().positions
    return model_export(
        positions=(
            dataclasses.replace(current, started_on=current_start),
            dataclasses.replace(beta, finished_on=end),
            first,
        )
    )


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    ("end", "current_start"),
    [
        pytest.param(P(2021, 5), P(2021, 3), id="three-month-handover"),
        pytest.param(P(2021), P(2021), id="year-only-shared-year"),
        pytest.param(P(2021, 2, 28), P(2021, 3, 1), id="contiguous-days"),
    ],
)
def test_pass_short_or_uncertain_overlap(end: PartialDate, current_start: PartialDate) -> None:
    assert run_rule(rule, with_beta_ending(end, current_start)) == []


@pytest.mark.parametrize(
    ("title", "company"),
    [
        pytest.param("Volunteer mentor", "Article 1", id="volunteer"),
        pytest.param("Trésorière bénévole", "Restos du Cœur", id="french-benevole"),
        pytest.param("TRESORIERE BENEVOLE", "Restos du Coeur", id="french-capitals-no-accents"),
        pytest.param("Co-founder", "Planify", id="co-founder-with-dash"),
        pytest.param("Membre du conseil d’administration", "Lyon Logistique", id="french-board"),
        pytest.param("Consultante", "Indépendante", id="freelance-company"),
    ],
)
def test_pass_side_activity(title: str, company: str) -> None:
    side = Position(company, title, "Side activity.", "Lyon", P(2015, 1), None, line=5)
    assert run_rule(rule, model_export(positions=(*model_export().positions, side))) == []


def test_fail_long_overlap() -> None:
    (finding,) = run_rule(rule, with_beta_ending(P(2021, 12)))
    positions = model_export().sources["positions"].files[0]
    assert [(e.file, e.row) for e in finding.evidence] == [(positions, 3), (positions, 2)]
    assert finding.evidence[0].text("en") == "Beta Foods, Demand Planner: January 2017 to December 2021"
    assert finding.evidence[1].text("en") == "Acme Industries, Supply Chain Manager: March 2021 to today"
    assert finding.evidence[0].text("fr") == "Beta Foods, Demand Planner\u00a0: de janvier 2017 à décembre 2021"
    assert finding.evidence[1].text("fr") == "Acme Industries, Supply Chain Manager\u00a0: depuis mars 2021"
    assert "overlap by 10 months" in finding.what.en and "sur 10\u00a0mois" in finding.what.fr
    assert "Beta Foods" in finding.fix.en and "Beta Foods" in finding.fix.fr
    assert finding.key == "Acme Industries|Supply Chain Manager+Beta Foods|Demand Planner"


def test_fail_names_the_archives_own_file() -> None:
    export = with_beta_ending(P(2021, 12))
    sources = {**export.sources, "positions": SectionSource(("Positions (1).csv",), len(export.positions))}
    (finding,) = run_rule(rule, dataclasses.replace(export, sources=sources))
    assert {e.file for e in finding.evidence} == {"Positions (1).csv"}
    assert_bilingual(finding)


def test_fail_once_per_forgotten_end_date() -> None:
    # Two end dates forgotten (Beta Foods and Gamma Logistics): two findings, one for each, not one per pair.
    current, beta, gamma = model_export().positions
    positions = (current, dataclasses.replace(beta, finished_on=None), dataclasses.replace(gamma, finished_on=None))
    findings = run_rule(rule, model_export(positions=positions))
    assert [f.fix.en.split(" at ")[1].split(";")[0] for f in findings] == ["Gamma Logistics", "Beta Foods"]
    assert len({f.key for f in findings}) == 2


def test_a_long_career_list_gives_linear_findings() -> None:
    # 200 current positions overlap pairwise (19,900 pairs): at most one finding per position.
    many = tuple(
        Position(f"Company {n}", "Planner", "", "Lyon", P(2000 + n % 20, 1 + n % 12), None, line=n + 2)
        for n in range(200)
    )
    assert len(run_rule(rule, model_export(positions=many))) < 200


def test_fail_with_a_stricter_tolerance() -> None:
    export = with_beta_ending(P(2021, 5))
    (finding,) = run_rule(rule, export, max_overlap_months=2)
    assert "3 months" in finding.what.en


def test_fail_when_side_words_are_emptied() -> None:
    side = Position("Article 1", "Volunteer mentor", "", "Lyon", P(2015, 1), None, line=5)
    export = model_export(positions=(*model_export().positions, side))
    # Gamma Logistics overlaps the mentoring, and the mentoring the two later jobs: one finding for each earlier one.
    assert len(run_rule(rule, export, side_activity_words=())) == 2


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
