"""TXT-003 text.copied-descriptions."""

from __future__ import annotations

import dataclasses

from auditor.rules import text_copied_descriptions as rule

from ..factory import model_export, not_applicable_reason, run_rule
from .helpers import assert_bilingual

FR = "• Pilotage des approvisionnements et du S&OP mensuel.\n• Réduction des stocks de 20 % en 18 mois."


def _with(first: str, second: str) -> object:
    positions = list(model_export().positions)
    positions[0] = dataclasses.replace(positions[0], description=first)
    positions[1] = dataclasses.replace(positions[1], description=second)
    return model_export(positions=tuple(positions))


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_same_theme_different_results() -> None:
    other = "• Mise en place de la revue de la demande avec 3 business units.\n• Prévisions fiables à 85 %."
    assert run_rule(rule, _with(FR, other)) == []


def test_fail_copied_in_french() -> None:
    (finding,) = run_rule(rule, _with(FR, FR.replace("20 %", "25 %")))
    assert "Acme Industries" in finding.what.en and "Beta Foods" in finding.what.en
    assert "100\u00a0%" in finding.what.fr
    assert len(finding.evidence) == 2
    assert_bilingual(finding)


def test_fail_copied_in_english() -> None:
    text = "Ran the monthly S&OP cycle with sales, finance and production, and cut stock by 20% in a year."
    (finding,) = run_rule(rule, _with(text, text.upper()))
    assert "100%" in finding.what.en


def test_not_applicable_with_one_description() -> None:
    positions = tuple(dataclasses.replace(p, description="") for p in model_export().positions)
    assert "two positions" in not_applicable_reason(rule, model_export(positions=positions))
