"""The engine: stamping, severities, crashes and skips, waivers, selection and the score arithmetic."""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterator
from typing import Any

import pytest

from auditor.analysis import analyse
from auditor.config import Config, RuleSettings, Waiver
from auditor.engine import matches, run_rules, select_rules
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Rule

from .factory import TODAY, model_export


def fake_rule(code: str, name: str, step: str = "step5", severity: str = "warn", behaviour: str = "pass",
              keys: tuple[str, ...] = ("a",)) -> Rule:  # fmt: skip
    def check(export: Export, ctx: Context) -> Iterator[Finding]:
        if behaviour == "crash":
            raise RuntimeError("boom")
        if behaviour == "skip":
            ctx.skip("no data", "pas de données")
        if behaviour == "fail":
            for key in keys:
                yield Finding(t("w", "q"), t("y", "p"), t("f", "c"), (Evidence("Profile.csv", 2, key),), key=key)

    module = types.ModuleType(f"fake_{code}", f"{name} rule.")
    module.__dict__.update(CODE=code, NAME=name, STEP=step, SEVERITY=severity, OPTIONS={}, check=check)
    return Rule.from_module(module)


@pytest.fixture(scope="module")
def world() -> tuple[Export, Any]:
    export = model_export()
    return export, analyse(export, TODAY)


def run(world: tuple[Export, Any], rule_list: list[Rule], **config: Any) -> Any:
    export, analyses = world
    return run_rules(export, analyses, Config(**config), rule_list)


def test_findings_are_stamped_and_fingerprints_are_stable(world: Any) -> None:
    rule = fake_rule("TST-001", "test.one", behaviour="fail", keys=("x", "y"))
    first = run(world, [rule])
    second = run(world, [rule])
    assert [f.code for f in first.findings] == ["TST-001", "TST-001"]
    assert {f.step for f in first.findings} == {"step5"} and {f.severity for f in first.findings} == {"warn"}
    assert [f.fingerprint for f in first.findings] == [f.fingerprint for f in second.findings]
    assert len({f.fingerprint for f in first.findings}) == 2


def test_crash_and_skip_do_not_stop_the_run(world: Any) -> None:
    rules = [fake_rule("TST-001", "test.crash", behaviour="crash"), fake_rule("TST-002", "test.skip", behaviour="skip"),
             fake_rule("TST-003", "test.fail", behaviour="fail")]  # fmt: skip
    result = run(world, rules)
    assert [o.status for o in result.outcomes] == ["crashed", "skipped", "failed"]
    assert "boom" in result.outcomes[0].reason.en
    assert result.outcomes[1].reason.fr == "pas de données"
    assert [f.code for f in result.findings] == ["TST-003"]


def test_configured_severity_and_off(world: Any) -> None:
    rules = [fake_rule("TST-001", "test.a", behaviour="fail"), fake_rule("TST-002", "test.b", behaviour="fail")]
    result = run(
        world, rules, rules={"TST-001": RuleSettings(severity="error"), "TST-002": RuleSettings(severity="off")}
    )
    assert [(f.code, f.severity) for f in result.findings] == [("TST-001", "error")]
    assert result.outcomes[1].status == "off"


def test_waivers_by_rule_and_fingerprint_and_expiry(world: Any) -> None:
    rule = fake_rule("TST-001", "test.a", behaviour="fail", keys=("x", "y"))
    fingerprints = [f.fingerprint for f in run(world, [rule]).findings]
    by_print = run(world, [rule], waivers=(Waiver("known", fingerprint=fingerprints[0]),))
    assert [f.fingerprint for f in by_print.findings] == fingerprints[1:]
    assert by_print.waived[0].waived_by == "known"
    by_rule = run(world, [rule], waivers=(Waiver("no photo by choice", rule="TST-001", until=dt.date(2027, 1, 1)),))
    assert by_rule.findings == () and len(by_rule.waived) == 2
    expired = run(world, [rule], waivers=(Waiver("old", rule="TST-001", until=dt.date(2026, 1, 1)),))
    assert len(expired.findings) == 2 and expired.expired_waivers[0].reason == "old"
    assert expired.outcomes[0].status == "failed"


def test_scores_are_weighted_shares(world: Any) -> None:
    rules = [
        fake_rule("TST-001", "test.a", severity="error", behaviour="pass"),  # weight 3, passes
        fake_rule("TST-002", "test.b", severity="info", behaviour="fail"),  # weight 1, fails
        fake_rule("TST-003", "test.c", step="step1", severity="warn", behaviour="fail"),  # step 1: 0
        fake_rule("TST-004", "test.d", step="step2", behaviour="skip"),  # step 2: not scored
    ]
    result = run(world, rules)
    scores = {s.step: s.score for s in result.steps}
    assert scores == {"step1": 0, "step2": None, "step3": None, "step4": None, "step5": 75}
    assert result.overall == round((0 + 75) / 2)
    weighted = run(world, rules, step_weights={"step1": 1.0, "step5": 3.0}, rule_weights={"TST-002": 3.0})
    assert {s.step: s.score for s in weighted.steps}["step5"] == 50
    assert weighted.overall == round((0 * 1 + 50 * 3) / 4)


def test_selection_by_code_name_step_prefix_and_glob() -> None:
    rules = [fake_rule("PRO-001", "profile.headline"), fake_rule("CAD-001", "cadence.posts", step="step5"),
             fake_rule("GOA-001", "goals.defined", step="step1")]  # fmt: skip
    assert [r.code for r in select_rules(rules, ["PRO-001"])] == ["PRO-001"]
    assert [r.code for r in select_rules(rules, ["cadence.*"])] == ["CAD-001"]
    assert [r.code for r in select_rules(rules, ["step1"])] == ["GOA-001"]
    assert [r.code for r in select_rules(rules, ["PRO"])] == ["PRO-001"]
    assert [r.code for r in select_rules(rules, [], ["step5"])] == ["GOA-001"]
    assert matches(rules[0], "PRO-00?") and not matches(rules[0], "CAD")


def test_repeated_keys_get_stable_fingerprints(world: Any) -> None:
    twice = fake_rule("TST-001", "test.a", behaviour="fail", keys=("x", "x"))
    more = fake_rule("TST-001", "test.a", behaviour="fail", keys=("a", "b", "x", "x"))
    first = {f.fingerprint for f in run(world, [twice]).findings}
    second = {f.fingerprint for f in run(world, [more]).findings}
    assert len(first) == 2 and first <= second
