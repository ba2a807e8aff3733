"""The engine: stamping, severities, crashes and skips, waivers, selection and the score arithmetic."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
from collections.abc import Iterator
from typing import Any

import pytest

from auditor.analysis import analyse
from auditor.config import Config, RuleSettings, Waiver
from auditor.engine import matches, run_rules, select_rules
from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Rule

from .factory import TODAY, model_export


def fake_rule(code: str, name: str, step: str = "step5", severity: str = "warn", behaviour: str = "pass",
              keys: tuple[str, ...] = ("a",), needs: tuple[Any, ...] = ()) -> Rule:  # fmt: skip
    def check(export: Export, ctx: Context) -> Iterator[Finding]:
        if behaviour == "crash":
            raise RuntimeError("boom")
        if behaviour == "skip":
            ctx.skip(_("no data"))
        if behaviour == "nothing":
            ctx.not_applicable(_("nothing to judge"))
        if behaviour == "fail":
            for key in keys:
                yield Finding(_("w"), _("y"), _("f"), (Evidence("Profile.csv", 2, key),), key=key)

    module = types.ModuleType(f"fake_{code}", f"{name} rule.")
    module.__dict__.update(CODE=code, NAME=name, STEP=step, SEVERITY=severity, OPTIONS={}, NEEDS=needs, check=check)
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
    assert result.outcomes[1].reason == _("no data")
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
        fake_rule("TST-003", "test.c", step="step4", severity="warn", behaviour="fail"),  # step 4: 0
        fake_rule("TST-004", "test.d", step="step2", behaviour="skip"),  # step 2: not scored
    ]
    result = run(world, rules)
    scores = {s.step: s.score for s in result.steps}
    assert scores == {"step1": None, "step2": None, "step3": None, "step4": 0, "step5": 75}
    assert result.overall == round((0 + 75) / 2)
    weighted = run(world, rules, step_weights={"step4": 1.0, "step5": 3.0}, rule_weights={"TST-002": 3.0})
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


def test_unmet_needs_skip_before_the_rule_runs(world: Any) -> None:
    export, analyses = world
    without = dataclasses.replace(export, sources={k: v for k, v in export.sources.items() if k != "shares"})
    rules = [
        fake_rule("TST-001", "test.shares", behaviour="fail", needs=("shares",)),
        fake_rule("TST-002", "test.either", behaviour="fail", needs=(("shares", "articles"),)),
        fake_rule("TST-003", "test.photo", behaviour="fail", needs=("photo",)),
        fake_rule("TST-004", "test.goals", behaviour="fail", needs=("goals",)),
    ]
    result = run_rules(without, analyses, Config(), rules)
    statuses = {o.code: (o.status, o.reason.en if o.reason else "") for o in result.outcomes}
    assert statuses["TST-001"] == ("skipped", "The archive has no Shares.csv.")
    assert statuses["TST-002"][0] == "failed"  # Articles/ is there
    assert statuses["TST-003"] == (
        "skipped",
        "No photo file given: run the audit with --photo FILE to check the image itself.",
    )
    assert statuses["TST-004"][0] == "skipped" and "No goal" in statuses["TST-004"][1]
    assert {f.code for f in result.findings} == {"TST-002"}


def test_an_unreadable_section_is_named_and_a_basic_archive_explained(world: Any) -> None:
    export, analyses = world
    sources = {k: v for k, v in export.sources.items() if k not in ("shares", "comments")}
    unreadable = dataclasses.replace(export, sources=sources, unreadable={"shares": ("Shares.csv",)}, kind="basic")
    rules = [
        fake_rule("TST-001", "test.shares", behaviour="fail", needs=("shares",)),
        fake_rule("TST-002", "test.comments", behaviour="fail", needs=("comments",)),
    ]
    first, second = run_rules(unreadable, analyses, Config(), rules).outcomes
    assert first.reason is not None and first.reason.en == (
        "Shares.csv is in the archive but could not be read (see HYG-002)."
    )
    assert second.reason is not None and "it is the basic archive, which leaves it out" in second.reason.en
    complete = dataclasses.replace(unreadable, kind="complete")
    _, second = run_rules(complete, analyses, Config(), rules).outcomes
    assert second.reason is not None and second.reason.en == "The archive has no Comments.csv."


def test_not_applicable_is_neither_a_pass_nor_counted(world: Any) -> None:
    rules = [
        fake_rule("TST-001", "test.pass"),
        fake_rule("TST-002", "test.nothing", behaviour="nothing"),
        fake_rule("TST-003", "test.fail", behaviour="fail"),
    ]
    result = run(world, rules)
    (step5,) = [s for s in result.steps if s.step == "step5"]
    assert step5.not_applicable == ("TST-002",)
    assert step5.score == 50 and (step5.coverage.judged, step5.coverage.scored) == (2, 3)
    assert step5.status == "scored"
    assert result.outcomes[1].reason is not None and result.outcomes[1].reason == _("nothing to judge")


def test_a_step_judged_by_few_of_its_rules_is_provisional(world: Any) -> None:
    rules = [
        fake_rule("TST-001", "test.pass"),
        fake_rule("TST-002", "test.skip1", behaviour="skip"),
        fake_rule("TST-003", "test.skip2", behaviour="skip"),
    ]
    result = run(world, rules)
    (step5,) = [s for s in result.steps if s.step == "step5"]
    assert (step5.score, step5.status) == (100, "provisional")
    assert (result.overall, result.overall_status) == (100, "provisional")
    assert (result.coverage.judged, result.coverage.scored) == (1, 3)
    assert run(world, rules, min_coverage=0.3).overall_status == "scored"


def test_steps_without_goals_or_routines_are_not_set_up(world: Any) -> None:
    rules = [
        fake_rule("TST-001", "test.goals", step="step1", behaviour="fail"),
        fake_rule("TST-003", "test.routines", step="step3", behaviour="fail"),
        fake_rule("TST-005", "test.profile", step="step5"),
    ]
    result = run(world, rules)
    by_step = {s.step: s for s in result.steps}
    assert by_step["step1"].status == "not-set-up" and by_step["step1"].score is None
    assert by_step["step3"].status == "not-set-up" and by_step["step3"].score is None
    assert {f.code for f in result.findings} == {"TST-001", "TST-003"}  # the findings still say what to set up
    assert result.overall == 100  # the steps not set up are left out, not counted as 0
    assert by_step["step2"].status == "not-judged"
