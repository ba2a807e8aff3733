"""PRO-009 profile.skills-count."""

from __future__ import annotations

import pytest

from auditor.model import Skill
from auditor.rules import profile_skills_count as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def skills(*names: str) -> tuple[Skill, ...]:
    return tuple(Skill(name, line=n + 2) for n, name in enumerate(names))


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_at_the_minimum() -> None:
    assert run_rule(rule, model_export(skills=skills("S&OP", "Prévisions", "Achats", "Lean", "Excel"))) == []


@pytest.mark.parametrize(
    ("names", "value"),
    [
        pytest.param(("Excel", "Négociation"), "2 skills: Excel, Négociation", id="two-french"),
        pytest.param(("Excel",), "1 skill: Excel", id="one"),
    ],
)
def test_fail_too_few(names: tuple[str, ...], value: str) -> None:
    (finding,) = run_rule(rule, model_export(skills=skills(*names)))
    assert finding.evidence[0].file == model_export().sources["skills"].files[0]
    assert finding.evidence[0].text("en") == value
    assert "only" in finding.what.en and "ne compte qu" in finding.what.fr
    assert_bilingual(finding)


def test_fail_empty_file() -> None:
    (finding,) = run_rule(rule, model_export(skills=()))
    assert finding.evidence[0].text("en") == "0 skills"
    assert "no skills" in finding.what.en and "aucune compétence" in finding.what.fr
    assert "at least 5 skills" in finding.fix.en and "au moins 5 compétences sur lesquelles" in finding.fix.fr
    assert finding.evidence[0].text("fr") == "0 compétence"


def test_fail_one_missing_skill_french() -> None:
    (finding,) = run_rule(rule, model_export(skills=skills("S&OP", "Prévisions", "Achats", "Lean")))
    assert finding.what.fr == "Votre profil ne compte que 4 compétences."
    assert "at least 1 skill you" in finding.fix.en and "au moins 1 compétence sur laquelle" in finding.fix.fr
    assert finding.evidence[0].text("fr") == "4 compétences\u00a0: S&OP, Prévisions, Achats, Lean"


def test_skips_without_skills_file() -> None:
    export = without_sources("skills")
    assert "Skills.csv" in skip_reason(rule, export)
