"""The rule engine: selects and runs the rules, stamps their findings, applies waivers, computes the scores.

Scores work like Lighthouse categories: each rule that could run scores 1 (no active finding) or 0, weighted
(by default 3 for a rule whose configured severity is error, 2 for warn, 1 for info; `[scoring.rules]` overrides);
a step's score is the weighted share of its rules that pass, 0-100; the overall score is the weighted mean of
the step scores (`[scoring.steps]`, equal weights by default). Only rules that judged count: rules skipped
(their data is absent or unreadable, their input not configured), not applicable (nothing to judge), turned off or
crashed do not, and the result says which and why. Coverage is how many scored rules judged, of those asked to
run: a step (or the whole) judged by fewer than `[scoring] min_coverage` of its rules is provisional; a step whose
subject the config lacks (goals for step 1, routines for step 3) is "not set up" and left out of the overall.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from auditor.analysis import Analyses
from auditor.config import Config, Waiver
from auditor.findings import SEVERITY_RANK, STEPS, Coverage, Finding, RuleOutcome, StepScore, StepStatus
from auditor.i18n import _
from auditor.model import Export
from auditor.needs import has_outside, unmet
from auditor.rule import Context, NotApplicable, PhotoReport, Rule, SkipRule

DEFAULT_WEIGHTS = {"error": 3.0, "warn": 2.0, "info": 1.0}
# The steps that are about something the member writes in the config: without it they are "not set up".
STEP_SETUP = {"step1": "goals", "step3": "routines"}


@dataclass(frozen=True)
class AuditResult:
    today: dt.date
    outcomes: tuple[RuleOutcome, ...]
    findings: tuple[Finding, ...]  # active findings, most severe first
    waived: tuple[Finding, ...]
    expired_waivers: tuple[Waiver, ...]
    steps: tuple[StepScore, ...]
    overall: int | None
    coverage: Coverage = field(default_factory=lambda: Coverage(0, 0))  # over the steps that count in the overall score
    overall_status: StepStatus = "scored"  # scored, provisional or not-judged


def matches(rule: Rule, pattern: str) -> bool:
    """Select rules by code, name, step, code prefix (`PRO`) or glob (`profile.*`, `PRO-00?`)."""
    pattern = pattern.strip()
    return (
        pattern in (rule.code, rule.name, rule.step)
        or rule.code.split("-")[0] == pattern
        or fnmatch.fnmatchcase(rule.code, pattern)
        or fnmatch.fnmatchcase(rule.name, pattern)
    )


def select_rules(rules: Iterable[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    chosen = [rule for rule in rules if not select or any(matches(rule, p) for p in select)]
    return [rule for rule in chosen if not any(matches(rule, p) for p in ignore)]


def unknown_patterns(rules: Sequence[Rule], patterns: Sequence[str]) -> list[str]:
    return [p for p in patterns if not any(matches(rule, p) for rule in rules)]


def _waiver_for(finding: Finding, waivers: Sequence[Waiver]) -> Waiver | None:
    for waiver in waivers:
        if (waiver.fingerprint and waiver.fingerprint == finding.fingerprint) or (
            waiver.rule and waiver.rule == finding.code and not waiver.fingerprint
        ):
            return waiver
    return None


def run_rules(
    export: Export,
    analyses: Analyses,
    config: Config,
    rules: Sequence[Rule],
    *,
    photo: PhotoReport | None = None,
    progress: Callable[[Rule], None] | None = None,
) -> AuditResult:
    today = analyses.today
    active_waivers = [w for w in config.waivers if not w.expired(today)]
    expired = tuple(w for w in config.waivers if w.expired(today))
    outcomes: list[RuleOutcome] = []
    findings: list[Finding] = []
    waived: list[Finding] = []
    for rule in rules:
        if progress:
            progress(rule)
        settings = config.rules.get(rule.code)
        severity = (settings.severity if settings and settings.severity else None) or rule.severity
        default_weight = DEFAULT_WEIGHTS.get(severity, 0.0) if rule.scored else 0.0
        weight = config.rule_weights.get(rule.code, default_weight)
        outcome = partial(RuleOutcome, code=rule.code, name=rule.name, step=rule.step, severity=severity, weight=weight)
        if severity == "off":
            outcomes.append(outcome(status="off"))
            continue
        missing = unmet(rule.needs, export, config, photo)
        if missing is not None:
            outcomes.append(outcome(status="skipped", reason=missing))
            continue
        context = Context(
            today=today,
            options=settings.options if settings else rule.options,
            analyses=analyses,
            goals=config.goals,
            routines=config.routines,
            photo=photo,
        )
        try:
            produced = [f.stamped(rule.code, rule.name, rule.step, severity) for f in rule.check(export, context)]
        except SkipRule as skip:
            outcomes.append(outcome(status="skipped", reason=skip.reason, notes=tuple(context.notes)))
            continue
        except NotApplicable as nothing:
            outcomes.append(outcome(status="not-applicable", reason=nothing.reason, notes=tuple(context.notes)))
            continue
        except Exception as error:  # a broken rule is reported under its code; the audit goes on
            message = f"{type(error).__name__}: {error}"
            outcomes.append(outcome(status="crashed", reason=_("The rule failed: {error}", error=message)))
            continue
        kept = []
        repeats: Counter[str] = Counter()
        for finding in produced:
            # Two findings with one key would share a waiver and a baseline row: number the repeats of that
            # fingerprint only, so unrelated findings never shift them.
            repeats[finding.fingerprint] += 1
            if repeats[finding.fingerprint] > 1:
                finding = replace(finding, fingerprint=f"{finding.fingerprint}-{repeats[finding.fingerprint] - 1}")
            waiver = _waiver_for(finding, active_waivers)
            if waiver is None:
                kept.append(finding)
            else:
                waived.append(replace(finding, waived_by=waiver.reason))
        findings.extend(kept)
        outcomes.append(
            outcome(status="failed" if kept else "passed", findings=tuple(kept), notes=tuple(context.notes))
        )
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.step, f.code, f.fingerprint))
    steps = score_steps(outcomes, config)
    counting = [s for s in steps if s.status in ("scored", "provisional")]
    coverage = Coverage(sum(s.coverage.judged for s in counting), sum(s.coverage.scored for s in counting))
    overall = overall_score(steps, config.step_weights)
    return AuditResult(
        today=today,
        outcomes=tuple(outcomes),
        findings=tuple(findings),
        waived=tuple(waived),
        expired_waivers=expired,
        steps=steps,
        overall=overall,
        coverage=coverage,
        overall_status=_status(overall, coverage, config.min_coverage),
    )


def _status(score: int | None, coverage: Coverage, min_coverage: float) -> StepStatus:
    if score is None:
        return "not-judged"
    return "provisional" if coverage.share < min_coverage - 1e-9 else "scored"


def score_steps(outcomes: Sequence[RuleOutcome], config: Config) -> tuple[StepScore, ...]:
    scores = []
    for step in STEPS:
        mine = [o for o in outcomes if o.step == step]
        scored = [o for o in mine if o.status != "off" and o.weight > 0]
        counted = [o for o in scored if o.status in ("passed", "failed")]
        total = sum(o.weight for o in counted)
        earned = sum(o.weight for o in counted if o.status == "passed")
        coverage = Coverage(len(counted), len(scored))
        setup = STEP_SETUP.get(step)
        not_set_up = setup is not None and not has_outside(setup, config)
        score = round(100 * earned / total) if total and not not_set_up else None
        scores.append(
            StepScore(
                step=step,
                score=score,
                weight=total,
                passed=tuple(o.code for o in mine if o.status == "passed"),
                failed=tuple(o.code for o in mine if o.status == "failed"),
                skipped=tuple(o.code for o in mine if o.status in ("skipped", "crashed", "off")),
                details=tuple((o.code, o.weight, 1.0 if o.status == "passed" else 0.0) for o in counted),
                not_applicable=tuple(o.code for o in mine if o.status == "not-applicable"),
                coverage=coverage,
                status="not-set-up" if not_set_up else _status(score, coverage, config.min_coverage),
            )
        )
    return tuple(scores)


def overall_score(steps: Sequence[StepScore], weights: Mapping[str, float]) -> int | None:
    """The weighted mean of the steps that have a score (not-set-up and not-judged steps have none)."""
    weighted = [(s.score, float(weights.get(s.step, 1.0))) for s in steps if s.score is not None]
    total = sum(w for _, w in weighted)
    if not total:
        return None
    return round(sum(score * w for score, w in weighted) / total)
