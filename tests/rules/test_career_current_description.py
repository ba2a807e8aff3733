"""CAR-002 career.current-description."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import PartialDate, Position
from auditor.rules import career_current_description as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def with_current_description(description: str) -> tuple[Position, ...]:
    current, *past = model_export().positions
    return (dataclasses.replace(current, description=description), *past)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_past_positions_are_not_judged() -> None:
    current, *past = model_export().positions
    short_past = tuple(dataclasses.replace(p, description="Planning.") for p in past)
    assert run_rule(rule, model_export(positions=(current, *short_past))) == []


@pytest.mark.parametrize(
    ("description", "size"),
    [
        pytest.param("Supply chain.", 13, id="english"),
        pytest.param("Pilotage de la chaîne logistique, prévisions et achats.", 55, id="french-accents"),
    ],
)
def test_fail_short(description: str, size: int) -> None:
    (finding,) = run_rule(rule, model_export(positions=with_current_description(description)))
    assert finding.key == "Acme Industries|Supply Chain Manager"
    assert finding.evidence[0].file == model_export().sources["positions"].files[0] and finding.evidence[0].row == 2
    assert finding.evidence[0].text("en").endswith(f"({size} characters)")
    assert finding.evidence[0].text("fr").endswith(f"({size}\u00a0caractères)")
    assert f"only {size} characters" in finding.what.en and f"{size}\u00a0caractères" in finding.what.fr
    assert_bilingual(finding)


def test_fail_empty() -> None:
    (finding,) = run_rule(rule, model_export(positions=with_current_description("  ")))
    assert finding.evidence[0].text("en") == "Acme Industries, Supply Chain Manager: (no description)"
    assert finding.evidence[0].text("fr") == "Acme Industries, Supply Chain Manager\u00a0: (aucune description)"
    assert "no description" in finding.what.en and "pas de description" in finding.what.fr


def test_fail_one_character_is_singular() -> None:
    (finding,) = run_rule(rule, model_export(positions=with_current_description("x")))
    assert "only 1 character long" in finding.what.en and "1\u00a0caractère." in finding.what.fr
    assert "at least 200 characters" in finding.fix.en and "200\u00a0caractères au moins" in finding.fix.fr


def test_fail_one_finding_per_current_position() -> None:
    side = Position("Lyon Logistics Club", "Mentor", "Mentoring.", "Lyon", PartialDate(2020), None, line=5)
    positions = (*with_current_description("S&OP."), side)
    findings = run_rule(rule, model_export(positions=positions))
    assert [f.key for f in findings] == ["Acme Industries|Supply Chain Manager", "Lyon Logistics Club|Mentor"]


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
