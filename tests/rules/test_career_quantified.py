"""CAR-009 career.quantified."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import Position
from auditor.rules import career_quantified as rule

from ..factory import model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources

NO_FIGURES = (
    "Managed client relations and the planning team.",
    "En charge des approvisionnements et de la relation fournisseurs.",
    "Analysed transport costs and renegotiated carrier contracts.",
)


def described(*descriptions: str) -> tuple[Position, ...]:
    return tuple(
        dataclasses.replace(p, description=d) for p, d in zip(model_export().positions, descriptions, strict=True)
    )


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "figure",
    [
        pytest.param("Raised margins by a third (+4 points).", id="digit"),
        pytest.param("Budget de deux M€.", id="euro-sign"),
        pytest.param("Cut costs by a tenth %.", id="percent"),
    ],
)
def test_pass_one_figure_is_enough(figure: str) -> None:
    assert run_rule(rule, model_export(positions=described(figure, *NO_FIGURES[1:]))) == []


def test_fail_no_figures() -> None:
    (finding,) = run_rule(rule, model_export(positions=described(*NO_FIGURES)))
    positions = model_export().sources["positions"].files[0]
    assert [(e.file, e.row) for e in finding.evidence] == [(positions, n) for n in (2, 3, 4)]
    assert (
        finding.evidence[0].text("en")
        == f"Acme Industries, Supply Chain Manager: no figure in {len(NO_FIGURES[0])} characters"
    )
    assert (
        finding.evidence[0].text("fr")
        == f"Acme Industries, Supply Chain Manager\u00a0: aucun chiffre sur {len(NO_FIGURES[0])}\u00a0caractères"
    )
    assert "None of your 3 most recent" in finding.what.en and "vos 3\u00a0derniers postes" in finding.what.fr
    assert_bilingual(finding)


def test_fail_older_figures_do_not_count() -> None:
    gamma = model_export().positions[2]
    positions = (*described(*NO_FIGURES)[:2], gamma)  # only the oldest keeps its figures
    (finding,) = run_rule(rule, model_export(positions=positions), recent_positions=2)
    assert [e.row for e in finding.evidence] == [2, 3]


def test_fail_positions_without_description_are_skipped() -> None:
    positions = described(NO_FIGURES[0], "", "")
    (finding,) = run_rule(rule, model_export(positions=positions))
    assert len(finding.evidence) == 1
    assert "most recent position description contains no figure" in finding.what.en
    assert "votre dernier poste" in finding.what.fr


def test_not_applicable_no_description_at_all_is_left_to_car_004() -> None:
    assert "CAR-004" in not_applicable_reason(rule, model_export(positions=described("", "", "")))


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
