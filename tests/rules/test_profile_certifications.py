"""PRO-013 profile.certifications."""

from __future__ import annotations

from auditor.rules import profile_certifications as rule

from ..factory import run_rule, skip_reason
from .helpers import empty_section_finding, without_sources


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_empty_file() -> None:
    finding = empty_section_finding(rule, "certifications")
    assert "certification" in finding.what.en and "certification" in finding.what.fr
    assert (finding.evidence[0].text("en"), finding.evidence[0].text("fr")) == ("0 certifications", "0 certification")


def test_skips_without_the_file() -> None:
    assert "Certifications.csv" in skip_reason(rule, without_sources("certifications"))
