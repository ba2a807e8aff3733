"""The readable summary `linkedin-audit audit` prints: scores per step, how they are made, the top findings."""

from __future__ import annotations

import textwrap

from auditor.audit import Audit
from auditor.engine import STEP_SETUP
from auditor.findings import Coverage, Finding, StepScore
from auditor.reports.i18n import step_title, word


def _bar(score: int | None, width: int = 20) -> str:
    if score is None:
        return " " * width
    filled = round(score * width / 100)
    return "█" * filled + "░" * (width - filled)


MAX_SHOWN = 2000
"""The most characters of one text the summary shows (the JSON keeps it whole): textwrap's time grows with the
square of a long word's length, and a goal or a company name can be megabytes long in a hostile file."""


def _wrap(text: str, indent: str, width: int = 100) -> str:
    if len(text) > MAX_SHOWN:
        text = text[: MAX_SHOWN - 1] + "…"
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def _rules_pass(language: str, passed: int, counted: int) -> str:
    """The key of "N of M rules pass" that agrees with its numbers: in French with N (0 and 1 singular); in
    English "of 1 rule", and "1 of M rules passes"."""
    if language == "fr":
        return "rules_pass_one" if passed <= 1 else "rules_pass"
    if counted == 1:
        return "rules_pass_one"
    return "rules_pass_one_of" if passed == 1 else "rules_pass"


def _coverage(lang: str, coverage: Coverage) -> str:
    key = "coverage_one" if lang == "fr" and coverage.judged <= 1 else "coverage"
    return word(key, lang, judged=coverage.judged, scored=coverage.scored)


def _step_detail(lang: str, step: StepScore) -> str:
    if step.status == "not-set-up":
        return word("not_set_up_" + STEP_SETUP[step.step], lang)
    if step.score is None:
        return word("not_scored", lang)
    counted = len(step.details)  # the scored rules that judged (hygiene rules report without scoring)
    passed = sum(1 for _, _, score in step.details if score == 1.0)
    detail = word(_rules_pass(lang, passed, counted), lang, passed=passed, counted=counted)
    if step.status == "provisional":
        judged = word("judged_short", lang, judged=step.coverage.judged, scored=step.coverage.scored)
        detail += f"{word('semicolon', lang)}{word('provisional', lang)}* ({judged})"
    return detail


def _header(audit: Audit) -> list[str]:
    lang = audit.language
    export, result = audit.export, audit.result
    name = export.profile.full_name if export.profile else export.source_name
    exported = export.exported_on.isoformat() if export.exported_on else "?"
    lines = [
        f"{name} — {word('archive_' + export.kind, lang)}, {word('exported_on', lang)} {exported}, "
        f"{word('as_of', lang)} {result.today.isoformat()}"
    ]
    made = audit.analyses.data_until
    # Said first when the archive is old enough for HYG-001 (its threshold is the member's to set).
    if any(finding.code == "HYG-001" for finding in (*result.findings, *result.waived)):
        old = word("old_archive", lang, exported=made.isoformat(), days=(result.today - made).days, today=result.today)
        lines.append(textwrap.fill(f"! {old}", width=100, subsequent_indent="  "))
    return lines


def summary_text(audit: Audit, top: int = 10) -> str:
    lang = audit.language
    result = audit.result
    overall = f"{result.overall}/100" if result.overall is not None else "—"
    if result.overall_status == "provisional":
        overall += f" ({word('provisional', lang)}*{word('colon', lang)}{_coverage(lang, result.coverage)})"
    lines = [*_header(audit), "", f"{word('score', lang)}{word('colon', lang)}{overall}"]
    for step in result.steps:
        score = f"{step.score:>3}" if step.score is not None else "  —"
        mark = "*" if step.status == "provisional" else " "
        lines.append(
            f"  {step.step[-1]}. {step_title(step.step, lang):<20} {score}{mark} {_bar(step.score)}  "
            f"{_step_detail(lang, step)}"
        )
    if result.overall_status == "provisional" or any(step.status == "provisional" for step in result.steps):
        share = f"{round(100 * audit.config.min_coverage)}{' %' if lang == 'fr' else '%'}"
        lines += ["", _wrap(word("provisional_note", lang, share=share), "  ")]
    lines += ["", _wrap(word("how_scored", lang), "  "), ""]
    findings = result.findings
    if not findings:
        lines.append(word("no_findings", lang))
    else:
        # One line per rule, most severe first, so the summary shows the breadth of what to fix; the rest of a
        # rule's findings are counted, and listed in --json.
        by_rule: dict[str, list[Finding]] = {}
        for finding in findings:
            by_rule.setdefault(finding.code, []).append(finding)
        shown = list(by_rule.values())[:top]
        header = f"{word('top_findings', lang)} ({len(findings)}{word('semicolon', lang)}{word('more_in_json', lang)})"
        lines.append(header + word("colon", lang).rstrip())
        for group in shown:
            finding = group[0]
            more = f"  (+{len(group) - 1} {word('similar', lang)})" if len(group) > 1 else ""
            lines.append(f"  [{word(finding.severity, lang)}] {finding.code} {finding.name}{more}")
            lines.append(_wrap(finding.what.in_(lang), "      "))
            lines.append(_wrap(f"{word('fix', lang)}{word('colon', lang)}{finding.fix.in_(lang)}", "      "))
        if len(by_rule) > len(shown):
            rest = ", ".join(list(by_rule)[len(shown) :])
            lines.append(_wrap(f"{word('also', lang)}{word('colon', lang)}{rest}", "  "))
    for status, title in (("not-applicable", "not_applicable"), ("skipped", "skipped")):
        grouped: dict[str, list[str]] = {}
        for outcome in result.outcomes:
            if outcome.status == status:
                reason = outcome.reason.in_(lang) if outcome.reason else ""
                grouped.setdefault(reason, []).append(outcome.code)
        if grouped:
            lines += ["", word(title, lang) + word("colon", lang).rstrip()]
            for reason, codes in grouped.items():  # rules with one reason are listed together
                lines.append(_wrap(f"{', '.join(codes)}{word('colon', lang)}{reason}", "  "))
    notes = [(outcome.code, note) for outcome in result.outcomes for note in outcome.notes]
    if notes:
        lines += ["", word("notes", lang) + word("colon", lang).rstrip()]
        lines += [_wrap(f"{code}{word('colon', lang)}{note.in_(lang)}", "  ") for code, note in notes]
    crashed = [o for o in result.outcomes if o.status == "crashed"]
    if crashed:
        lines += ["", f"{word('crashed', lang)}:"]
        lines += [f"  {o.code} {o.name}: {o.reason.en if o.reason else ''}" for o in crashed]
    if result.waived:
        lines += ["", f"{word('waived', lang)}: " + ", ".join(f"{f.code} ({f.waived_by})" for f in result.waived)]
    if result.expired_waivers:
        lines += ["", f"{word('expired', lang)}:"]
        lines += [
            f"  {w.rule or w.fingerprint} — {w.reason} ({w.until.isoformat() if w.until else ''})"
            for w in result.expired_waivers
        ]
    return "\n".join(lines)
