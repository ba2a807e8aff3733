"""PRO-004 profile.summary-present."""

from __future__ import annotations

import pytest

from auditor.rules import profile_summary_present as rule

from ..factory import model_export, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_at_the_minimum() -> None:
    assert run_rule(rule, replace_profile(summary="é" * 300)) == []


@pytest.mark.parametrize("summary", [pytest.param("", id="empty"), pytest.param(" \n\t ", id="blank")])
def test_fail_empty(summary: str) -> None:
    (finding,) = run_rule(rule, replace_profile(summary=summary))
    assert finding.evidence[0].file == model_export().sources["profile"].files[0]
    assert finding.evidence[0].text("en") == "Summary: (empty)"
    assert "no About" in finding.what.en and "«\u00a0Infos\u00a0»" in finding.what.fr
    assert finding.evidence[0].text("fr") == "Infos\u00a0: (vide)"
    assert_bilingual(finding)


@pytest.mark.parametrize(
    ("summary", "size"),
    [
        pytest.param("Supply chain professional.", 26, id="english"),
        pytest.param("Acheteuse passionnée, j'aime négocier.", 38, id="french-accents"),
    ],
)
def test_fail_short(summary: str, size: int) -> None:
    (finding,) = run_rule(rule, replace_profile(summary=summary))
    assert finding.evidence[0].text("en") == f"Summary ({size} characters): {summary}"
    assert f"{size} characters" in finding.what.en and f"{size} caractères" in finding.what.fr
    assert finding.evidence[0].text("fr") == f"Infos ({size} caractères)\u00a0: {summary}"


def test_fail_one_character_is_singular() -> None:
    (finding,) = run_rule(rule, replace_profile(summary="x"))
    assert finding.what.en == "Your About section is only 1 character long."
    assert finding.what.fr == "Votre section «\u00a0Infos\u00a0» ne fait que 1 caractère."
    assert_bilingual(finding)


def test_fail_with_a_higher_minimum() -> None:
    assert len(run_rule(rule, min_length=5000)) == 1


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))
