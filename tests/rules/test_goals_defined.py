"""GOA-001 goals.defined."""

from __future__ import annotations

from auditor.rules import goals_defined as rule

from ..factory import model_config, run_rule


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_without_goals() -> None:
    (finding,) = run_rule(rule, config=model_config(goals=()))
    assert finding.evidence[0].file == "linkedin-audit.toml"
    assert "[[goals]]" in finding.fix.en and "[[goals]]" in finding.fix.fr
    assert "linkedin-audit init" in finding.fix.fr
    assert finding.key == ""
