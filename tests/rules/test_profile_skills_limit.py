"""PRO-010 profile.skills-limit."""

from __future__ import annotations

from auditor.model import Skill
from auditor.rules import profile_skills_limit as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def many_skills(count: int) -> tuple[Skill, ...]:
    return tuple(Skill(f"Compétence {n + 1}", line=n + 2) for n in range(count))


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_at_the_limit() -> None:
    assert run_rule(rule, model_export(skills=many_skills(100))) == []


def test_fail_over_the_limit() -> None:
    (finding,) = run_rule(rule, model_export(skills=many_skills(103)))
    assert finding.evidence[0].file == model_export().sources["skills"].files[0]
    assert finding.evidence[0].row == 102
    assert finding.evidence[0].text("en") == "103 skills; skill 101: Compétence 101"
    assert "at least 3 skills" in finding.fix.en and "au moins 3 compétences" in finding.fix.fr
    assert finding.evidence[0].text("fr") == "103 compétences\u202f; compétence n°\u00a0101\u00a0: Compétence 101"
    assert_bilingual(finding)


def test_fail_with_the_older_limit() -> None:
    (finding,) = run_rule(rule, model_export(skills=many_skills(60)), max_skills=50)
    assert "50" in finding.what.en and "50" in finding.what.fr


def test_skips_without_skills_file() -> None:
    export = without_sources("skills")
    assert "Skills.csv" in skip_reason(rule, export)
