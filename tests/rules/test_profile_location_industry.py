"""PRO-008 profile.location-industry."""

from __future__ import annotations

import pytest

from auditor.rules import profile_location_industry as rule

from ..factory import model_export, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual

NO_LOCATION = {"geo_location": "", "country": "", "zip_code": ""}


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "field",
    [
        pytest.param({"country": "FR"}, id="country-only"),
        pytest.param({"zip_code": "69002"}, id="zip-only"),
        pytest.param({"geo_location": "Île-de-France"}, id="geo-accents"),
    ],
)
def test_pass_any_location_field(field: dict[str, str]) -> None:
    assert run_rule(rule, replace_profile(**{**NO_LOCATION, **field})) == []


def test_fail_no_location() -> None:
    (finding,) = run_rule(rule, replace_profile(**NO_LOCATION))
    assert finding.key == "location"
    assert finding.evidence[0].file == model_export().sources["profile"].files[0] and finding.evidence[0].row == 2
    assert "location" in finding.what.en and "localisation" in finding.what.fr
    assert_bilingual(finding)


def test_fail_no_industry() -> None:
    (finding,) = run_rule(rule, replace_profile(industry=""))
    assert finding.key == "industry"
    assert finding.evidence[0].text("en") == "Industry: (empty)"
    assert finding.evidence[0].text("fr") == "Secteur\u00a0: (vide)"
    assert_bilingual(finding)


def test_fail_both_one_finding_each() -> None:
    findings = run_rule(rule, replace_profile(industry="", **NO_LOCATION))
    assert [f.key for f in findings] == ["location", "industry"]


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))
