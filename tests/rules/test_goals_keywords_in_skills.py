"""GOA-004 goals.keywords-in-skills."""

from __future__ import annotations

import dataclasses

from auditor.model import Skill
from auditor.rules import goals_keywords_in_skills as rule

from ..factory import model_config, model_export, run_rule, skip_reason
from .helpers import without_sources


def _keywords(*keywords: str):  # type: ignore[no-untyped-def]
    goal = dataclasses.replace(model_config().goals[0], keywords=keywords)
    return model_config(goals=(goal,))


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_keyword_without_skill() -> None:
    (finding,) = run_rule(rule, config=_keywords("S&OP", "Demand sensing"))
    assert finding.key == "demand sensing"
    assert "None of your 12 skills" in finding.what.en
    assert "«\u00a0Demand sensing\u00a0»" in finding.fix.fr
    assert finding.what.fr.startswith("Aucune de vos 12 compétences")
    assert finding.evidence[0].text("en") == '12 skills, none matching "Demand sensing"'
    assert finding.evidence[0].file == model_export().sources["skills"].files[0]


def test_pass_when_skill_contains_keyword_or_keyword_contains_skill() -> None:
    # "Power BI" contains "power bi"; "inventory management software" contains the skill "Inventory Management".
    assert run_rule(rule, config=_keywords("power bi", "Inventory management software", "SAP")) == []


def test_fail_with_no_skills_at_all() -> None:
    findings = run_rule(rule, model_export(skills=()))
    assert {f.key for f in findings} == {"supply chain", "s&op"}


def test_fail_whole_words_only() -> None:
    findings = run_rule(rule, model_export(skills=(Skill("Forecasting", 2),)), _keywords("cast"))
    assert [f.key for f in findings] == ["cast"]


def test_skips_without_skills_file() -> None:
    export = without_sources("skills")
    assert "Skills.csv" in skip_reason(rule, export)


def test_one_skill_or_none_is_said_in_words() -> None:
    one = model_export(skills=model_export().skills[:1])
    (finding,) = run_rule(rule, one, _keywords("Demand sensing"))
    assert finding.what.en == 'Your only skill does not match your goal keyword "Demand sensing".'
    assert finding.what.fr.startswith("Votre seule compétence ne correspond pas")
    (finding,) = run_rule(rule, model_export(skills=()), _keywords("Demand sensing"))
    assert finding.what.en.startswith("You list no skill")
    assert finding.evidence[0].text("fr") == "0 compétence, aucune ne correspond à «\u00a0Demand sensing\u00a0»"
