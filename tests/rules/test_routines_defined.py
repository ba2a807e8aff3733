"""RTN-001 routines.defined."""

from __future__ import annotations

from auditor.rules import routines_defined as rule

from ..factory import model_config, run_rule


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_without_routines() -> None:
    (finding,) = run_rule(rule, config=model_config(routines=()))
    assert finding.evidence[0].file == "linkedin-audit.toml"
    assert finding.evidence[0].text("fr") == "[[routines]]\u00a0: aucune"
    assert "[[routines]]" in finding.fix.en and "[[routines]]" in finding.fix.fr
