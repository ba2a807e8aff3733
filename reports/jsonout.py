"""The audit as JSON (`linkedin-audit audit --json FILE`), schema version 1.

The shape (documented in the README, stable: change it only by adding keys, or by bumping the version):

    schema_version   1
    tool             {"name", "version"}
    export           {"file", "kind", "exported_on", "as_of", "sections", "missing", "parse_issues"}
    language         "en" | "fr": the language the summary was written in
    scores           {"overall": 0-100 | null, "step_weights": {step: w},
                      "steps": {step: {"score": 0-100 | null, "weight", "passed", "failed", "skipped",
                                       "rules": [{"code", "weight", "score"}]}}}
    findings         [{"code", "name", "step", "severity", "fingerprint", "what", "why", "fix",
                       "evidence": [{"file", "row", "value"}]}]  (texts are {"en", "fr"}), most severe first
    waived           the same, plus "waived_by" (the waiver's reason)
    expired_waivers  [{"rule", "fingerprint", "reason", "until"}]
    rules            [{"code", "name", "step", "severity", "status", "reason"}]: every rule and what it did
"""

from __future__ import annotations

from typing import Any

from auditor import __version__
from auditor.audit import Audit
from auditor.findings import Finding, Text

SCHEMA_VERSION = 1


def _text(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {"en": text.en, "fr": text.fr}


def finding_dict(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": finding.code,
        "name": finding.name,
        "step": finding.step,
        "severity": finding.severity,
        "fingerprint": finding.fingerprint,
        "what": _text(finding.what),
        "why": _text(finding.why),
        "fix": _text(finding.fix),
        "evidence": [{"file": e.file, "row": e.row, "value": e.value} for e in finding.evidence],
    }
    if finding.waived_by:
        data["waived_by"] = finding.waived_by
    return data


def audit_dict(audit: Audit) -> dict[str, Any]:
    export, result = audit.export, audit.result
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "linkedin-auditor", "version": __version__},
        "export": {
            "file": export.source_name,
            "kind": export.kind,
            "exported_on": export.exported_on.isoformat() if export.exported_on else None,
            "as_of": result.today.isoformat(),
            "sections": {name: source.rows for name, source in export.sources.items()},
            "missing": list(export.missing),
            "parse_issues": len(export.parse_issues),
        },
        "language": audit.language,
        "scores": {
            "overall": result.overall,
            "step_weights": dict(audit.config.step_weights),
            "steps": {
                step.step: {
                    "score": step.score,
                    "weight": step.weight,
                    "passed": list(step.passed),
                    "failed": list(step.failed),
                    "skipped": list(step.skipped),
                    "rules": [{"code": code, "weight": weight, "score": score} for code, weight, score in step.details],
                }
                for step in result.steps
            },
        },
        "findings": [finding_dict(f) for f in result.findings],
        "waived": [finding_dict(f) for f in result.waived],
        "expired_waivers": [
            {
                "rule": w.rule,
                "fingerprint": w.fingerprint,
                "reason": w.reason,
                "until": w.until.isoformat() if w.until else None,
            }
            for w in result.expired_waivers
        ],
        "rules": [
            {
                "code": o.code,
                "name": o.name,
                "step": o.step,
                "severity": o.severity,
                "status": o.status,
                "reason": _text(o.reason),
            }
            for o in result.outcomes
        ],
    }
