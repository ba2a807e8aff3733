"""The rule engine: selects and runs the rules, stamps their findings, applies waivers, computes the scores.

Scores work like Lighthouse categories: each rule that could run scores 1 (no active finding) or 0, weighted
(by default 3 for a rule whose configured severity is error, 2 for warn, 1 for info; `[scoring.rules]` overrides);
a step's score is the weighted share of its rules that pass, 0-100; the overall score is the weighted mean of
the step scores (`[scoring.steps]`, equal weights by default). Skipped rules (data absent), rules turned off and
rules that crashed do not count; the result says which and why.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from auditor.analysis import Analyses
from auditor.config import Config, Waiver
from auditor.findings import SEVERITY_RANK, STEPS, Finding, RuleOutcome, StepScore, Text
from auditor.model import Export
from auditor.rule import Context, PhotoReport, Rule, SkipRule

DEFAULT_WEIGHTS = {"error": 3.0, "warn": 2.0, "info": 1.0}


@dataclass(frozen=True)
class AuditResult:
    today: dt.date
    outcomes: tuple[RuleOutcome, ...]
    findings: tuple[Finding, ...]  # active findings, most severe first
    waived: tuple[Finding, ...]
    expired_waivers: tuple[Waiver, ...]
    steps: tuple[StepScore, ...]
    overall: int | None

    def worst_severity(self) -> str | None:
        ranks = [SEVERITY_RANK[f.severity] for f in self.findings]
        return next((s for s, r in SEVERITY_RANK.items() if ranks and r == max(ranks)), None)


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
            outcomes.append(outcome(status="skipped", reason=skip.reason))
            continue
        except Exception as error:  # a broken rule is reported under its code; the audit goes on
            message = f"{type(error).__name__}: {error}"
            outcomes.append(outcome(status="crashed", reason=Text(message, message)))
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
        outcomes.append(outcome(status="failed" if kept else "passed", findings=tuple(kept)))
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.step, f.code, f.fingerprint))
    steps = score_steps(outcomes)
    return AuditResult(
        today=today,
        outcomes=tuple(outcomes),
        findings=tuple(findings),
        waived=tuple(waived),
        expired_waivers=expired,
        steps=steps,
        overall=overall_score(steps, config.step_weights),
    )


def score_steps(outcomes: Sequence[RuleOutcome]) -> tuple[StepScore, ...]:
    scores = []
    for step in STEPS:
        mine = [o for o in outcomes if o.step == step]
        counted = [o for o in mine if o.status in ("passed", "failed") and o.weight > 0]
        total = sum(o.weight for o in counted)
        earned = sum(o.weight for o in counted if o.status == "passed")
        scores.append(
            StepScore(
                step=step,
                score=round(100 * earned / total) if total else None,
                weight=total,
                passed=tuple(o.code for o in mine if o.status == "passed"),
                failed=tuple(o.code for o in mine if o.status == "failed"),
                skipped=tuple(o.code for o in mine if o.status in ("skipped", "crashed", "off")),
                details=tuple((o.code, o.weight, 1.0 if o.status == "passed" else 0.0) for o in counted),
            )
        )
    return tuple(scores)


def overall_score(steps: Sequence[StepScore], weights: Mapping[str, float]) -> int | None:
    weighted = [(s.score, float(weights.get(s.step, 1.0))) for s in steps if s.score is not None]
    total = sum(w for _, w in weighted)
    if not total:
        return None
    return round(sum(score * w for score, w in weighted) / total)
