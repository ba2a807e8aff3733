"""GOA-003 goals.keywords-in-profile."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.config import Goal
from auditor.rules import goals_keywords_in_profile as rule

from ..factory import model_config, model_export, replace_profile, run_rule, skip_reason


def _keywords(*keywords: str):  # type: ignore[no-untyped-def]
    goal = dataclasses.replace(model_config().goals[0], keywords=keywords)
    return model_config(goals=(goal,))


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_missing_keyword() -> None:
    (finding,) = run_rule(rule, config=_keywords("S&OP", "demand sensing"))
    assert finding.key == "demand sensing"
    assert '"demand sensing"' in finding.what.en and "«\u00a0demand sensing\u00a0»" in finding.what.fr
    assert finding.evidence[0].file == model_export().sources["profile"].files[0]
    assert finding.evidence[0].row == 2
    assert "Supply chain manager | demand sensing" in finding.fix.en
    assert finding.evidence[0].text("fr").startswith("«\u00a0demand sensing\u00a0» absent de Headline (")


def test_pass_case_accents_and_dashes() -> None:
    export = replace_profile(headline="Responsable Planification — Réseau de distribution | Supply-Chain")
    assert run_rule(rule, export, _keywords("planification", "reseau", "SUPPLY CHAIN")) == []


@pytest.mark.parametrize(
    ("headline", "keyword"),
    [
        pytest.param("Acheteuse | chaînes d'approvisionnement", "chaîne d'approvisionnement", id="french-plural"),
        pytest.param("Responsable des achats industriels", "achat", id="french-lemma"),
        pytest.param("Buyer managing suppliers across Europe", "supplier", id="english-plural"),
    ],
)
def test_pass_a_keyword_said_in_other_words(headline: str, keyword: str) -> None:
    export = replace_profile(headline=headline, summary="")
    assert run_rule(rule, export, _keywords(keyword)) == []


def test_fail_a_word_of_the_same_family_is_not_enough() -> None:
    export = replace_profile(headline="Supply planner", summary="Retail supply, from stores to suppliers.")
    assert [f.key for f in run_rule(rule, export, _keywords("planning"))] == ["planning"]


def test_fail_part_of_a_word_is_not_enough() -> None:
    findings = run_rule(rule, config=_keywords("manufactur"))  # only "manufacturers" in the profile
    assert [f.key for f in findings] == ["manufactur"]


def test_keywords_shared_by_goals_give_one_finding() -> None:
    goals = (Goal(keywords=("Demand sensing",)), Goal(keywords=("demand  sensing",)))
    assert len(run_rule(rule, config=model_config(goals=goals))) == 1


def test_skips_without_keywords() -> None:
    assert "keyword" in skip_reason(rule, model_export(), _keywords())


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))
