"""GOA-002 goals.specific."""

from __future__ import annotations

from auditor.config import Goal
from auditor.rules import goals_specific as rule

from ..factory import model_config, model_export, run_rule, skip_reason

VAGUE = Goal(kind="visibility", text="Develop my network")


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_with_targets_only() -> None:
    assert run_rule(rule, config=model_config(goals=(Goal(text="Meet buyers", target_roles=("Buyer",)),))) == []


def test_fail_vague_goal() -> None:
    goals = (*model_config().goals, VAGUE)
    (finding,) = run_rule(rule, config=model_config(goals=goals))
    assert finding.key == "visibility:Develop my network"
    assert '"Develop my network"' in finding.what.en
    assert "«\u00a0Develop my network\u00a0»" in finding.what.fr
    assert finding.evidence[0].file == "linkedin-audit.toml"
    assert finding.evidence[0].text("en") == 'goals[1]: "Develop my network", no keywords, no targets'


def test_fail_one_finding_per_goal() -> None:
    findings = run_rule(rule, config=model_config(goals=(VAGUE, Goal(kind="other", text="Be known"))))
    assert [f.key for f in findings] == ["visibility:Develop my network", "other:Be known"]


def test_skips_without_goals() -> None:
    assert "No goal" in skip_reason(rule, model_export(), model_config(goals=()))
