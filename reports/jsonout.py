"""The audit as JSON (`linkedin-audit audit --json FILE`), schema version 3.

The shape (documented in the README, stable: change it only by adding keys, or by bumping the version):

    schema_version   3 (3: texts are strings in `language`, with their catalog message ids and facts beside them
                     in "messages"; 2 had {"en", "fr"} pairs. 2: rule status "not-applicable", coverage and score
                     statuses, "unreadable" sections, rule "notes"; 1 had none of them)
    tool             {"name", "version"}
    export           {"file", "kind", "exported_on", "as_of", "data_until", "sections", "missing", "unreadable",
                      "parse_issues"}: as_of is the audit's date, data_until the last day the archive shows
    language         the language every text is written in ("en", "fr"; --lang)
    text_pipelines   which language pipeline read which of the member's texts: {"fr"|"en"|"other": {"pipeline":
                     name and version, "texts": ["headline", "about", "position:N", "post:N", "article:N"]}}
                     (N: the index in the export's positions, shares, articles); {} when no text rule ran
    scores           {"overall": 0-100 | null, "status", "coverage": {"judged", "scored"}, "min_coverage",
                      "step_weights": {step: w},
                      "steps": {step: {"score": 0-100 | null, "status", "coverage": {"judged", "scored"},
                                       "weight", "passed", "failed", "not_applicable", "skipped",
                                       "rules": [{"code", "weight", "score"}]}}}
                     status: "scored", "provisional" (judged by fewer than min_coverage of its rules),
                     "not-set-up" (steps 1 and 3 without goals or routines), "not-judged" (no rule could judge)
    findings         [{"code", "name", "step", "severity", "fingerprint", "what", "why", "fix",
                       "evidence": [{"file", "row", "value"}], "messages": {"what", "why", "fix", "evidence"}}],
                     most severe first. "messages" holds each text as data, to be rendered again in any language
                     (`auditor.i18n.message_from_json`): {"id": English source, "params": {name: fact}, and
                     "plural", "n", "context" when set}; a fact is a string or number as written, or typed:
                     {"date"}, {"days"}, {"percent", "digits"}, {"number", "digits"}, {"names", "style"},
                     {"text"}, {"message"}. An evidence value taken from the archive as it is has no message (null)
    waived           the same, plus "waived_by" (the waiver's reason)
    expired_waivers  [{"rule", "fingerprint", "reason", "until"}]
    metrics          {name: number}: the key figures the history keeps (auditor.history.audit_metrics): connections,
                     posts_per_week, circle1, circle2, given, received, give_take, routine_adherence — each only
                     when the archive shows it
    since            (with --history or --baseline) what changed since the earlier audit: its "as_of", "overall"
                     and per step {"before", "after"}, "new" / "fixed" / "still_open" findings (fingerprint, code,
                     step, severity), "metrics" {name: {"before", "after"}} (auditor.compare.comparison_dict)
    rules            [{"code", "name", "step", "severity", "status", "reason", "notes", "messages"}]: every rule
                     and what it did (reason and notes as text, "messages" as data: {"reason", "notes"}); status
                     is passed, failed, not-applicable (nothing to judge), skipped (data absent or
                     unreadable, or its input not configured), crashed or off
    plan             the plan of `linkedin-audit plan` over its default 4 weeks (null when none was made), as
                     `plan --json` writes it
                     (auditor.reports.planjson, its own "schema_version"): circles, introductions, weekly
                     keep-in-touch actions, routines, pitch drafts, give and take
"""

from __future__ import annotations

from typing import Any

from auditor import __version__
from auditor.audit import Audit
from auditor.findings import Coverage, Finding
from auditor.history import audit_metrics
from auditor.i18n import Message, message_json
from auditor.planner import Plan
from auditor.reports.planjson import plan_dict

SCHEMA_VERSION = 3


def _coverage(coverage: Coverage) -> dict[str, int]:
    return {"judged": coverage.judged, "scored": coverage.scored}


def _data(said: Message | str | None) -> dict[str, object] | None:
    """A text as data: its message, or None for a value from the archive (and the last inline pairs)."""
    return message_json(said) if isinstance(said, Message) else None


def _text(said: Message | str | None, language: str) -> str | None:
    if said is None or isinstance(said, str):
        return said
    return said.render(language)


def finding_dict(finding: Finding, language: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": finding.code,
        "name": finding.name,
        "step": finding.step,
        "severity": finding.severity,
        "fingerprint": finding.fingerprint,
        "what": _text(finding.what, language),
        "why": _text(finding.why, language),
        "fix": _text(finding.fix, language),
        "evidence": [{"file": e.file, "row": e.row, "value": e.text(language)} for e in finding.evidence],
        "messages": {
            "what": _data(finding.what),
            "why": _data(finding.why),
            "fix": _data(finding.fix),
            "evidence": [_data(e.value) for e in finding.evidence],
        },
    }
    if finding.waived_by:
        data["waived_by"] = finding.waived_by
    return data


def audit_dict(audit: Audit, plan: Plan | None = None) -> dict[str, Any]:
    export, result, language = audit.export, audit.result, audit.language
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "linkedin-auditor", "version": __version__},
        "export": {
            "file": export.source_name,
            "kind": export.kind,
            "exported_on": export.exported_on.isoformat() if export.exported_on else None,
            "as_of": result.today.isoformat(),
            "data_until": audit.analyses.data_until.isoformat(),
            "sections": {name: source.rows for name, source in export.sources.items()},
            "missing": list(export.missing),
            "unreadable": {name: list(files) for name, files in export.unreadable.items()},
            "parse_issues": len(export.parse_issues),
        },
        "language": audit.language,
        "text_pipelines": audit.analyses.text.pipelines(),
        "scores": {
            "overall": result.overall,
            "status": result.overall_status,
            "coverage": _coverage(result.coverage),
            "min_coverage": audit.config.min_coverage,
            "step_weights": dict(audit.config.step_weights),
            "steps": {
                step.step: {
                    "score": step.score,
                    "status": step.status,
                    "coverage": _coverage(step.coverage),
                    "weight": step.weight,
                    "passed": list(step.passed),
                    "failed": list(step.failed),
                    "not_applicable": list(step.not_applicable),
                    "skipped": list(step.skipped),
                    "rules": [{"code": code, "weight": weight, "score": score} for code, weight, score in step.details],
                }
                for step in result.steps
            },
        },
        "findings": [finding_dict(f, language) for f in result.findings],
        "waived": [finding_dict(f, language) for f in result.waived],
        "expired_waivers": [
            {
                "rule": w.rule,
                "fingerprint": w.fingerprint,
                "reason": w.reason,
                "until": w.until.isoformat() if w.until else None,
            }
            for w in result.expired_waivers
        ],
        "metrics": audit_metrics(audit),
        "rules": [
            {
                "code": o.code,
                "name": o.name,
                "step": o.step,
                "severity": o.severity,
                "status": o.status,
                "reason": _text(o.reason, language),
                "notes": [_text(note, language) for note in o.notes],
                "messages": {"reason": _data(o.reason), "notes": [_data(note) for note in o.notes]},
            }
            for o in result.outcomes
        ],
        "plan": plan_dict(plan, language) if plan is not None else None,
    }
