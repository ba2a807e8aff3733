"""PRO-002 profile.headline-length."""

from __future__ import annotations

import pytest

from auditor.rules import profile_headline_length as rule

from ..factory import model_export, not_applicable_reason, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("x" * 220, id="exactly-220"),
        pytest.param("e\u0301" * 220, id="decomposed-accents-count-once"),
    ],
)
def test_pass_up_to_the_limit(headline: str) -> None:
    assert run_rule(rule, replace_profile(headline=headline)) == []


@pytest.mark.parametrize(
    ("headline", "size"),
    [
        pytest.param("Supply chain | S&OP | " * 11, 242, id="keywords"),
        pytest.param("é" * 221, 221, id="french-accents"),
    ],
)
def test_fail_too_long(headline: str, size: int) -> None:
    (finding,) = run_rule(rule, replace_profile(headline=headline))
    assert finding.evidence[0].file == model_export().sources["profile"].files[0]
    assert finding.evidence[0].row == 2
    assert f"({size} characters)" in finding.evidence[0].text("en")
    assert finding.evidence[0].text("fr").startswith(f"Titre ({size} caractères)\u00a0: ")
    assert str(size) in finding.what.en and str(size) in finding.what.fr
    assert_bilingual(finding)


def test_fail_with_a_lower_limit() -> None:
    (finding,) = run_rule(rule, max_length=50)
    assert "50" in finding.fix.en and "50" in finding.fix.fr


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))


def test_not_applicable_without_headline() -> None:
    assert "PRO-001" in not_applicable_reason(rule, replace_profile(headline=""))
