"""What rules produce: findings with evidence and a fix, as messages rendered in the reader's language.

A rule yields `Finding`s with what / why / fix messages (`auditor.i18n`) and the evidence behind them; the engine
then stamps the rule's code, step, configured severity and a stable fingerprint (code + evidence keys), which
baselines and waivers use. Everything is frozen: findings are values.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Literal

from auditor.i18n import Message, _

Severity = Literal["info", "warn", "error"]
SEVERITIES: tuple[Severity, ...] = ("info", "warn", "error")
SEVERITY_RANK: dict[str, int] = {"off": -1, "info": 0, "warn": 1, "error": 2}

Step = Literal["step1", "step2", "step3", "step4", "step5"]
STEPS: tuple[Step, ...] = ("step1", "step2", "step3", "step4", "step5")
# The method's steps as every report and `linkedin-audit history` name them.
STEP_TITLES: dict[str, Message] = {
    "step1": _("Goals"),
    "step2": _("Three circles"),
    "step3": _("Routines"),
    "step4": _("Pitch & giving"),
    "step5": _("LinkedIn profile"),
}

Language = Literal["en", "fr"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a finding comes from: a file of the export (or the config, or the photo), a row, a value."""

    file: str
    row: int | None = None
    value: str | Message = ""  # a value from the archive as it is, or a message saying what was found

    def text(self, language: str) -> str:
        """The value as the reader sees it."""
        return self.value if isinstance(self.value, str) else self.value.render(language)


@dataclass(frozen=True, slots=True)
class Finding:
    what: Message
    why: Message
    fix: Message
    evidence: tuple[Evidence, ...] = ()
    # What makes this finding distinct from others of the same rule, for its fingerprint ("" = one per rule).
    # Rows are left out on purpose: a fingerprint must survive a new export where the row moved.
    key: str = ""
    # Stamped by the engine:
    code: str = ""
    name: str = ""
    step: str = ""
    severity: str = ""
    fingerprint: str = ""
    waived_by: str = ""  # the waiver's reason, when a waiver covers this finding

    def stamped(self, code: str, name: str, step: str, severity: str) -> Finding:
        digest = hashlib.sha256(f"{code}\x1f{self.key}".encode()).hexdigest()[:16]
        return replace(self, code=code, name=name, step=step, severity=severity, fingerprint=digest)


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """What happened when one rule ran."""

    code: str
    name: str
    step: str
    severity: str  # configured severity ("off" when disabled)
    # passed / failed: the rule judged; not-applicable: its data is there but holds nothing it judges; skipped:
    # its data is absent or unreadable (or its input is not configured); crashed: a bug; off: disabled.
    status: Literal["passed", "failed", "not-applicable", "skipped", "crashed", "off"]
    findings: tuple[Finding, ...] = ()
    reason: Message | None = None  # why not applicable or skipped, or the crash message
    weight: float = 0.0
    notes: tuple[Message, ...] = ()  # what the rule says beside its verdict (see Context.note)


StepStatus = Literal["scored", "provisional", "not-set-up", "not-judged"]


@dataclass(frozen=True)
class Coverage:
    """How many of the scored rules could judge (passed or failed), of those that were asked to run."""

    judged: int
    scored: int

    @property
    def share(self) -> float:
        return self.judged / self.scored if self.scored else 0.0


@dataclass(frozen=True)
class StepScore:
    step: str
    score: int | None  # None when no rule of the step could judge, or the step is not set up
    weight: float
    passed: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # skipped, crashed or off
    details: tuple[tuple[str, float, float], ...] = field(default=())  # (code, weight, rule score 0..1)
    not_applicable: tuple[str, ...] = ()
    coverage: Coverage = field(default_factory=lambda: Coverage(0, 0))
    # scored; provisional (judged by fewer than the configured share of its rules); not-set-up (the config lacks
    # what the step is about: goals for step 1, routines for step 3); not-judged (no rule could judge)
    status: StepStatus = "scored"
