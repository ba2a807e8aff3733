"""PRO-005 profile.summary-length."""

from __future__ import annotations

from auditor.rules import profile_summary_length as rule

from ..factory import model_export, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_at_the_limit() -> None:
    assert run_rule(rule, replace_profile(summary="à" * 2600)) == []


def test_fail_too_long() -> None:
    (finding,) = run_rule(rule, replace_profile(summary="I plan. " * 350))
    assert finding.evidence[0].file == model_export().sources["profile"].files[0]
    assert finding.evidence[0].row == 2
    assert finding.evidence[0].text("en") == "Summary: 2,800 characters"
    assert finding.evidence[0].text("fr") == "Infos\u00a0: 2\u202f800 caractères"
    assert "2,800" in finding.what.en and "2\u202f800" in finding.what.fr
    assert_bilingual(finding)


def test_fail_with_the_older_limit() -> None:
    (finding,) = run_rule(rule, replace_profile(summary="x" * 2100), max_length=2000)
    assert "2,000" in finding.fix.en and "2\u202f000" in finding.fix.fr


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))
