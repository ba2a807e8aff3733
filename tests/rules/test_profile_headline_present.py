"""PRO-001 profile.headline-present."""

from __future__ import annotations

from auditor.rules import profile_headline_present as rule

from ..factory import model_export, replace_profile, run_rule, skip_reason


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail() -> None:
    (finding,) = run_rule(rule, replace_profile(headline=""))
    assert finding.evidence[0].file == model_export().sources["profile"].files[0]
    assert "headline" in finding.what.en and "titre" in finding.what.fr


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))
