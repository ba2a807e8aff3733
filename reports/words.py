"""The words every report says the same way (terminal, HTML, Markdown): step titles, severities, a step's
detail, the coverage, the warning about an old archive and how scores are made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.findings import Coverage, StepScore
from auditor.i18n import Message, _, n_, p_

if TYPE_CHECKING:  # `explain` reads the severities here: it must not load the audit's machinery
    from auditor.audit import Audit

SEVERITY_WORDS: dict[str, Message] = {
    "info": p_("severity", "info"),
    "warn": p_("severity", "warn"),
    "error": p_("severity", "error"),
}
# The lines of the give-and-take ledger (auditor.analysis.ledger), as the report's chart and the plan name them.
LEDGER_LABELS: dict[str, Message] = {
    "recommendations": _("Recommendations"),
    "endorsements": _("Skill endorsements"),
    "conversations": _("Conversations started"),
    "invitations": _("Invitations"),
    "comments": _("Comments"),
    "reactions": _("Reactions"),
}
NOT_SET_UP: dict[str, Message] = {
    "goals": _("not set up: write your goals (linkedin-audit init)"),
    "routines": _("not set up: plan your routines (linkedin-audit init)"),
}
HOW_SCORED = _(
    "How scores are made: every rule that could judge scores 1 (no finding) or 0, weighted 3/2/1 by severity "
    "(error/warn/info); rules without data or with nothing to judge do not count; a step scores the weighted share "
    "of its rules that pass; the overall score is the weighted mean of the steps."
)


def rules_pass(passed: int, counted: int) -> Message:
    """ "N of M rules pass", agreeing with its numbers (the verb with N; "rule" with M in English)."""
    if counted == 1:
        return n_("{n} of 1 rule passes", "{n} of 1 rule passes", passed)
    return n_("{n} of {counted} rules passes", "{n} of {counted} rules pass", passed, counted=counted)


def coverage(judged: Coverage) -> Message:
    return n_(
        "{n} of {scored} rules could judge", "{n} of {scored} rules could judge", judged.judged, scored=judged.scored
    )


def step_detail(step: StepScore) -> Message:
    """How a step was judged: "5 of 6 rules pass", provisional, not set up or not judged."""
    if step.status == "not-set-up":
        from auditor.engine import STEP_SETUP

        return NOT_SET_UP[STEP_SETUP[step.step]]
    if step.score is None:
        return _("not judged: no rule had data")
    counted = len(step.details)  # the scored rules that judged (hygiene rules report without scoring)
    passed = sum(1 for _code, _weight, score in step.details if score == 1.0)
    detail = rules_pass(passed, counted)
    if step.status == "provisional":
        judged = n_(
            "{n} of {scored} judged", "{n} of {scored} judged", step.coverage.judged, scored=step.coverage.scored
        )
        return _("{detail}; provisional* ({judged})", detail=detail, judged=judged)
    return detail


def old_archive(audit: Audit) -> Message | None:
    """Message first when the archive is old enough for HYG-001 (its threshold is the member's to set)."""
    result = audit.result
    if not any(finding.code == "HYG-001" for finding in (*result.findings, *result.waived)):
        return None
    made = audit.analyses.data_until
    return _(
        "The archive was made on {exported}, {days} days before this audit ({today}): your activity is measured "
        "up to {exported}; download a fresh copy for today's picture.",
        exported=made,
        days=(result.today - made).days,
        today=result.today,
    )
