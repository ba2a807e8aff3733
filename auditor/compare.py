"""What changed since last time, and the gates a periodic audit must pass.

A comparison sets an audit against an earlier one (the latest in the history, or `--baseline FILE.json`):
findings new, fixed and still open by fingerprint (a finding keeps its fingerprint from one export to the next:
rule code plus what it is about, never a row number), score and coverage changes per step, metric changes.

Gates decide the exit code of an audit run by a job: `--fail-on` (a finding at or above a severity), `--fail-under`
(an overall score below a threshold), `--fail-on-regression [POINTS]` (a new error finding, or a step score
falling by more than POINTS since the earlier audit). Each failing gate is one message naming it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from auditor.findings import SEVERITY_RANK, STEPS
from auditor.i18n import Message, Number, Percent, Verbatim, _, n_, p_

if TYPE_CHECKING:
    from auditor.history import FindingPoint, Snapshot

METRIC_LABELS: dict[str, Message] = {
    "connections": p_("metric", "connections"),
    "posts_per_week": p_("metric", "posts per week"),
    "circle1": p_("metric", "circle 1"),
    "circle2": p_("metric", "circle 2"),
    "given": p_("metric", "given"),
    "received": p_("metric", "received"),
    "give_take": p_("metric", "given / received"),
    "routine_adherence": p_("metric", "routines kept"),
}


@dataclass(frozen=True)
class StepChange:
    step: str
    before: int | None
    after: int | None
    judged_before: int
    judged_after: int
    scored_before: int
    scored_after: int

    @property
    def delta(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class Comparison:
    before: Snapshot
    after: Snapshot
    new: tuple[FindingPoint, ...]
    fixed: tuple[FindingPoint, ...]
    still_open: tuple[FindingPoint, ...]
    steps: tuple[StepChange, ...]
    metrics: tuple[tuple[str, float | None, float | None], ...]  # (name, before, after), shown order


def _by_severity(findings: Sequence[FindingPoint]) -> tuple[FindingPoint, ...]:
    return tuple(sorted(findings, key=lambda f: (-SEVERITY_RANK.get(f.severity, 0), f.code, f.fingerprint)))


def compare(before: Snapshot, after: Snapshot) -> Comparison:
    new = [f for key, f in after.findings.items() if key not in before.findings]
    fixed = [f for key, f in before.findings.items() if key not in after.findings]
    still = [f for key, f in after.findings.items() if key in before.findings]
    steps = []
    for step in STEPS:
        old, now = before.steps.get(step), after.steps.get(step)
        if old is None and now is None:
            continue
        steps.append(
            StepChange(
                step,
                old.score if old else None,
                now.score if now else None,
                old.judged if old else 0,
                now.judged if now else 0,
                old.scored if old else 0,
                now.scored if now else 0,
            )
        )
    names = [name for name in METRIC_LABELS if name in before.metrics or name in after.metrics]
    metrics = tuple((name, before.metrics.get(name), after.metrics.get(name)) for name in names)
    return Comparison(before, after, _by_severity(new), _by_severity(fixed), _by_severity(still), tuple(steps), metrics)


# --- Words -------------------------------------------------------------------------------------------------------


# Metrics that are shares (0 to 1), written as percentages.
SHARES = frozenset({"routine_adherence"})


def fact(value: float | None, share: bool = False) -> Number | Percent | str:
    """A score or metric as a message fact: a share as a percentage, else a number with up to 2 decimals."""
    if value is None:
        return "—"
    if share:
        return Percent(value)
    return Number(value, 0 if float(value).is_integer() else 2)


def signed(delta: float, share: bool = False) -> Message:
    """A change with its sign: +6, −0.4, +12%."""
    if round(delta, 2 if share else 6) == 0:
        return p_("change", "±0")
    size = abs(delta)
    amount = Percent(size) if share else Number(size, 0 if float(size).is_integer() else 2)
    return p_("change", "+{n}", n=amount) if delta > 0 else p_("change", "−{n}", n=amount)


def _change(before: float | None, after: float | None, share: bool = False) -> Message:
    old, new = fact(before, share), fact(after, share)
    if before is None or after is None or before == after:
        return _("{before} → {after}", before=old, after=new)
    # A share's change is that of the percentages shown, so that 29% → 20% reads −9%, not the unrounded −8%.
    delta = round(after, 2) - round(before, 2) if share else after - before
    return _("{before} → {after} ({delta})", before=old, after=new, delta=signed(delta, share))


def _codes(findings: Sequence[FindingPoint], most: int = 8) -> str:
    """The rules' codes, each once, with how many of its findings when more than one: `GOA-005 ×2, NET-001`."""
    counts = Counter(f.code for f in findings)
    codes = [f"{code} ×{n}" if n > 1 else code for code, n in counts.items()]
    shown = ", ".join(codes[:most])
    return shown + (", …" if len(codes) > most else "")


def comparison_lines(comparison: Comparison, language: str, step_titles: Mapping[str, Message]) -> list[str]:
    """The "since last time" block of the terminal summary."""
    before, after = comparison.before, comparison.after
    said: list[Message] = []
    lines = [_("Since the audit as of {day}:", day=before.as_of).render(language)]
    said.append(_("{head}: {text}", head=_("Score"), text=_change(before.overall, after.overall)))
    for step in comparison.steps:
        if step.before == step.after and step.judged_before == step.judged_after:
            continue
        change = _change(step.before, step.after)
        if step.judged_before != step.judged_after:
            change = _(
                "{change}; {before} → {after} rules could judge",
                change=change,
                before=step.judged_before,
                after=step.judged_after,
            )
        said.append(
            _(
                "{head}: {text}",
                head=_("{n}. {title}", n=Verbatim(step.step[-1]), title=step_titles[step.step]),
                text=change,
            )
        )
    if comparison.new:
        said.append(
            n_(
                "{n} new finding: {codes}",
                "{n} new findings: {codes}",
                len(comparison.new),
                codes=_codes(comparison.new),
            )
        )
    if comparison.fixed:
        said.append(
            n_("{n} fixed: {codes}", "{n} fixed: {codes}", len(comparison.fixed), codes=_codes(comparison.fixed))
        )
    if comparison.still_open:
        said.append(n_("{n} still open", "{n} still open", len(comparison.still_open)))
    if not (comparison.new or comparison.fixed or comparison.still_open):
        said.append(_("No finding, then or now."))
    changed = [
        _("{head}: {text}", head=METRIC_LABELS[name], text=_change(old, now, name in SHARES))
        for name, old, now in comparison.metrics
        if old != now
    ]
    said += changed
    lines += [f"  {message.render(language)}" for message in said]
    return lines


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as data (the JSON's "since")."""

    def finding(f: FindingPoint) -> dict[str, Any]:
        return {"fingerprint": f.fingerprint, "code": f.code, "step": f.step, "severity": f.severity}

    return {
        "as_of": comparison.before.as_of.isoformat(),
        "overall": {"before": comparison.before.overall, "after": comparison.after.overall},
        "steps": {
            s.step: {
                "before": s.before,
                "after": s.after,
                "judged": {"before": s.judged_before, "after": s.judged_after},
                "scored": {"before": s.scored_before, "after": s.scored_after},
            }
            for s in comparison.steps
        },
        "new": [finding(f) for f in comparison.new],
        "fixed": [finding(f) for f in comparison.fixed],
        "still_open": [finding(f) for f in comparison.still_open],
        "metrics": {name: {"before": old, "after": now} for name, old, now in comparison.metrics},
    }


# --- Gates -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gates:
    fail_on: str = "error"
    fail_under: int | None = None
    fail_on_regression: int | None = None  # points a step may fall; None: the gate is off


def failed_gates(
    findings: Sequence[tuple[str, str]],
    crashed: Sequence[str],
    overall: int | None,
    gates: Gates,
    comparison: Comparison | None,
) -> list[Message]:
    """The gates that fail, each as a message naming it. `findings`: (code, severity) of the active findings;
    `crashed`: codes of the rules that crashed (they count as errors, so a broken rule never passes a gate)."""
    failed: list[Message] = []
    if gates.fail_on != "never":
        threshold = SEVERITY_RANK[gates.fail_on]
        reached = [code for code, severity in findings if SEVERITY_RANK[severity] >= threshold]
        if reached:
            failed.append(
                n_(
                    "--fail-on {level}: {n} finding at or above this severity ({codes})",
                    "--fail-on {level}: {n} findings at or above this severity ({codes})",
                    len(reached),
                    level=Verbatim(gates.fail_on),
                    codes=", ".join(dict.fromkeys(reached)),
                )
            )
        if crashed:
            failed.append(
                n_(
                    "--fail-on {level}: {n} rule crashed ({codes})",
                    "--fail-on {level}: {n} rules crashed ({codes})",
                    len(crashed),
                    level=Verbatim(gates.fail_on),
                    codes=", ".join(crashed),
                )
            )
    if gates.fail_under is not None:
        if overall is None:
            failed.append(_("--fail-under {threshold}: no overall score could be made", threshold=gates.fail_under))
        elif overall < gates.fail_under:
            failed.append(
                _("--fail-under {threshold}: the score is {score}", threshold=gates.fail_under, score=overall)
            )
    if gates.fail_on_regression is not None and comparison is not None:
        errors = [f for f in comparison.new if f.severity == "error"]
        if errors:
            failed.append(
                n_(
                    "--fail-on-regression: {n} new error finding ({codes})",
                    "--fail-on-regression: {n} new error findings ({codes})",
                    len(errors),
                    codes=_codes(errors),
                )
            )
        for step in comparison.steps:
            if step.delta is not None and -step.delta > gates.fail_on_regression:
                failed.append(
                    _(
                        "--fail-on-regression {points}: step {step} fell by {drop} points ({before} → {after})",
                        points=gates.fail_on_regression,
                        step=Verbatim(step.step[-1]),
                        drop=-step.delta,
                        before=step.before if step.before is not None else 0,
                        after=step.after if step.after is not None else 0,
                    )
                )
    return failed
