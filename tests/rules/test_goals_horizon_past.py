"""GOA-006 goals.horizon-past."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.config import Goal
from auditor.rules import goals_horizon_past as rule

from ..factory import model_config, model_export, not_applicable_reason, run_rule


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_on_the_horizon_day() -> None:
    assert run_rule(rule, today=dt.date(2027, 6, 30)) == []


def test_fail_horizon_passed() -> None:
    (finding,) = run_rule(rule, today=dt.date(2027, 9, 1))
    goal = model_config().goals[0]
    assert finding.key == f"career-move:{goal.text}"
    assert "(June 30, 2027) passed 2 months ago" in finding.what.en
    assert "(30 juin 2027)" in finding.what.fr
    assert "dépassée depuis 2\u00a0mois" in finding.what.fr
    assert finding.evidence[0].file == "linkedin-audit.toml"
    assert finding.evidence[0].value == "goals[0].horizon = 2027-06-30"


def test_only_past_goals_are_reported() -> None:
    goals = (*model_config().goals, Goal(text="Speak at a conference", horizon=dt.date(2026, 6, 1)))
    (finding,) = run_rule(rule, config=model_config(goals=goals))
    assert finding.key == "other:Speak at a conference"


def test_not_applicable_without_horizon() -> None:
    goal = dataclasses.replace(model_config().goals[0], horizon=None)
    assert "horizon" in not_applicable_reason(rule, model_export(), model_config(goals=(goal,)))
