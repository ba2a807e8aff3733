"""PRO-014 profile.website-contact."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.rules import profile_website_contact as rule

from ..factory import model_export, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual

NO_CONTACT: dict[str, Any] = {
    "websites": (),
    "twitter_handles": (),
    "instant_messengers": (),
    "contact_instructions": "",
}


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "field",
    [
        pytest.param({"websites": ("https://claire.exemple.fr",)}, id="website"),
        pytest.param({"twitter_handles": ("clairedupont",)}, id="twitter"),
        pytest.param({"instant_messengers": ("SKYPE:claire.dupont",)}, id="messenger"),
        pytest.param({"contact_instructions": "Écrivez-moi via LinkedIn."}, id="contact-instructions-french"),
    ],
)
def test_pass_any_public_contact(field: dict[str, Any]) -> None:
    assert run_rule(rule, replace_profile(**{**NO_CONTACT, **field})) == []


def test_fail_no_contact() -> None:
    (finding,) = run_rule(rule, replace_profile(**NO_CONTACT))
    assert finding.evidence[0].file == model_export().sources["profile"].files[0]
    assert finding.evidence[0].row == 2
    assert "Websites" in finding.evidence[0].text("en")
    assert "website" in finding.what.en and "site web" in finding.what.fr
    assert_bilingual(finding)


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))
