"""PRO-006 profile.summary-first-person."""

from __future__ import annotations

import pytest

from auditor.rules import profile_summary_first_person as rule

from ..factory import model_export, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual

THIRD_PERSON = (
    "Claire Dupont is a supply chain manager with 12 years of experience in manufacturing. She has cut lead times "
    "by 30% at Acme Industries and raised forecast accuracy from 62% to 85% at Beta Foods. Her work sits where "
    "planning meets the shop floor. She leads a team of 9 planners and runs the monthly S&OP process."
)
FILLER = " Planning, stock and service across four plants and three countries." * 4


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("I help manufacturers ship on time.", id="en-I"),
        pytest.param("Helping manufacturers is my job.", id="en-my"),
        pytest.param("J’aide les PME industrielles à livrer à l’heure.", id="fr-typographic-apostrophe"),
        pytest.param("Mon métier : livrer à l'heure.", id="fr-mon"),
        pytest.param("Ce qui compte pour moi : le service.", id="fr-moi"),
    ],
)
def test_pass_first_person(opening: str) -> None:
    assert run_rule(rule, replace_profile(summary=opening + FILLER)) == []


def test_pass_short_summaries_are_not_judged() -> None:
    assert run_rule(rule, replace_profile(summary="Claire Dupont is a supply chain manager.")) == []


def test_fail_third_person() -> None:
    (finding,) = run_rule(rule, replace_profile(summary=THIRD_PERSON))
    assert finding.evidence[0].file == model_export().sources["profile"].files[0]
    assert finding.evidence[0].text("en").startswith(f"Summary ({len(THIRD_PERSON)} characters): no I, my, me")
    assert finding.evidence[0].text("en").endswith("names 'Claire'")
    assert "'Claire helps…'" in finding.fix.en and "«\u00a0Claire aide…\u00a0»" in finding.fix.fr
    assert finding.evidence[0].text("fr").endswith("\u202f; nomme «\u00a0Claire\u00a0»")
    assert_bilingual(finding)


def test_fail_french_we_is_not_first_person_singular() -> None:
    summary = "Nous aidons les PME industrielles à livrer à l'heure." + FILLER
    (finding,) = run_rule(rule, replace_profile(summary=summary, first_name=""))
    assert "names" not in finding.evidence[0].text("en")
    # An example name in the reader's language, gender-neutral in both.
    assert "'Alex helps…'" in finding.fix.en and "«\u00a0Camille aide…\u00a0»" in finding.fix.fr


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))
