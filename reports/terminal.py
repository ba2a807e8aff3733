"""The readable summary `linkedin-audit audit` prints: scores per step, how they are made, the top findings."""

from __future__ import annotations

import textwrap

from auditor.audit import Audit
from auditor.findings import STEP_TITLES, Finding
from auditor.i18n import Message, Percent, Verbatim, _, n_
from auditor.inventory import ARCHIVE_KINDS
from auditor.reports.words import HOW_SCORED, SEVERITY_WORDS, coverage, old_archive, step_detail


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
    # Never at a hyphen: "linkedin-audit.toml" and "mot-clé" stay whole.
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False)


def _header(audit: Audit) -> list[str]:
    lang = audit.language
    export, result = audit.export, audit.result
    name = export.profile.full_name if export.profile else export.source_name
    exported = export.exported_on or Verbatim("?")
    said = _(
        "{name} — {kind}, exported on {exported}, audited as of {today}",
        name=name,
        kind=ARCHIVE_KINDS[export.kind],
        exported=exported,
        today=result.today,
    )
    lines = [said.render(lang)]
    old = old_archive(audit)
    if old is not None:
        lines.append(textwrap.fill(f"! {old.render(lang)}", width=100, subsequent_indent="  "))
    return lines


def _line(lang: str, head: str, text: Message | str) -> str:
    """`head: text` with the language's colon."""
    return _("{head}: {text}", head=head, text=text if isinstance(text, str) else text.render(lang)).render(lang)


def _title(lang: str, title: Message) -> str:
    """A section title followed by the language's colon."""
    return _("{title}:", title=title).render(lang)


def summary_text(audit: Audit, top: int = 10) -> str:
    lang = audit.language
    result = audit.result
    overall = f"{result.overall}/100" if result.overall is not None else "—"
    if result.overall_status == "provisional":
        overall = _("{score} (provisional*: {coverage})", score=overall, coverage=coverage(result.coverage)).render(
            lang
        )
    lines = [*_header(audit), "", _line(lang, _("Score").render(lang), overall)]
    for step in result.steps:
        score = f"{step.score:>3}" if step.score is not None else "  —"
        mark = "*" if step.status == "provisional" else " "
        lines.append(
            f"  {step.step[-1]}. {STEP_TITLES[step.step].render(lang):<20} {score}{mark} {_bar(step.score)}  "
            f"{step_detail(step).render(lang)}"
        )
    if result.overall_status == "provisional" or any(step.status == "provisional" for step in result.steps):
        note = _(
            "* provisional: judged by fewer than {share} of its rules; the others lack data (see below).",
            share=Percent(audit.config.min_coverage),
        )
        lines += ["", _wrap(note.render(lang), "  ")]
    lines += ["", _wrap(HOW_SCORED.render(lang), "  "), ""]
    findings = result.findings
    if not findings:
        lines.append(_("Nothing to fix: well done.").render(lang))
    else:
        # One line per rule, most severe first, so the summary shows the breadth of what to fix; the rest of a
        # rule's findings are counted, and listed in --json.
        by_rule: dict[str, list[Finding]] = {}
        for finding in findings:
            by_rule.setdefault(finding.code, []).append(finding)
        shown = list(by_rule.values())[:top]
        lines.append(_("Top findings ({n}; the full list is in --json):", n=len(findings)).render(lang))
        for group in shown:
            finding = group[0]
            more = ""
            if len(group) > 1:
                more = "  " + n_("(+{n} more like this)", "(+{n} more like this)", len(group) - 1).render(lang)
            lines.append(f"  [{SEVERITY_WORDS[finding.severity].render(lang)}] {finding.code} {finding.name}{more}")
            lines.append(_wrap(finding.what.render(lang), "      "))
            lines.append(_wrap(_line(lang, _("Fix").render(lang), finding.fix), "      "))
        if len(by_rule) > len(shown):
            rest = ", ".join(list(by_rule)[len(shown) :])
            lines.append(_wrap(_line(lang, _("Also").render(lang), rest), "  "))
    for status, title in (
        ("not-applicable", _("Nothing to judge")),
        ("skipped", _("Not checked (data absent or unreadable, or not configured)")),
    ):
        grouped: dict[str, list[str]] = {}
        for outcome in result.outcomes:
            if outcome.status == status:
                reason = outcome.reason.render(lang) if outcome.reason else ""
                grouped.setdefault(reason, []).append(outcome.code)
        if grouped:
            lines += ["", _title(lang, title)]
            for reason, codes in grouped.items():  # rules with one reason are listed together
                lines.append(_wrap(_line(lang, ", ".join(codes), reason), "  "))
    notes = [(outcome.code, note) for outcome in result.outcomes for note in outcome.notes]
    if notes:
        lines += ["", _title(lang, _("Notes"))]
        lines += [_wrap(_line(lang, code, note.render(lang)), "  ") for code, note in notes]
    crashed = [o for o in result.outcomes if o.status == "crashed"]
    if crashed:
        lines += ["", _title(lang, _("Rules that failed to run"))]
        lines += [_line(lang, f"  {o.code} {o.name}", o.reason.render(lang) if o.reason else "") for o in crashed]
    if result.waived:
        waived = ", ".join(f"{f.code} ({f.waived_by})" for f in result.waived)
        lines += ["", _line(lang, _("Waived").render(lang), waived)]
    if result.expired_waivers:
        lines += ["", _title(lang, _("Expired waivers (no longer applied)"))]
        lines += [
            f"  {w.rule or w.fingerprint} — {w.reason} ({w.until.isoformat() if w.until else ''})"
            for w in result.expired_waivers
        ]
    return "\n".join(lines)
