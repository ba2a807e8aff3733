"""The Markdown report (`--md FILE`), for CI summaries and pull-request comments: the same view as the HTML page,
without charts (their tables stand in for them).

Every value is text from the archive or the config, so each goes through `md` (auditor.reports.mdtext): on one
line, its markup characters escaped.
"""

from __future__ import annotations

from auditor.i18n import Verbatim, _
from auditor.reports.mdtext import md
from auditor.reports.viewmodel import ReportView


def render_markdown(view: ReportView) -> str:
    lang = view.lang
    why, fix = _("Why").render(lang), _("Fix").render(lang)
    lines = [f"# {md(view.title)}", "", md(view.archive), ""]
    if view.old_archive:
        lines += [f"> {md(view.old_archive)}", ""]
    overall = "—" if view.overall is None else f"{view.overall}/100"
    said = _("Overall score: {score}", score=Verbatim(overall)).render(lang)
    lines += [f"**{md(said)}** — {md(view.coverage)}", ""]
    lines += [f"| {md(_('Step').render(lang))} | {md(_('Score').render(lang))} | |", "|---|---|---|"]
    for step in view.steps:
        score = "—" if step.score is None else str(step.score)
        lines.append(f"| {step.number}. {md(step.title)} | {score} | {md(step.detail)} |")
    for step in view.steps:
        lines += [*([""] if lines[-1] else []), f"## {step.number}. {md(step.title)}", ""]
        if not step.failed:
            lines.append(md(_("Nothing to fix in this step.").render(lang)))
        for rule in step.failed:
            lines += [f"### {md(rule.severity_word)} · {rule.code} · {md(rule.title)}", ""]
            for finding in rule.findings:
                lines.append(f"- **{md(finding.what)}**  ")
                lines.append(f"  {md(why)} — {md(finding.why)}  ")
                lines.append(f"  {md(fix)} — {md(finding.fix)}")
            if rule.more:
                lines.append(f"- {md(rule.more)}")
            lines.append("")
    for chart in view.charts:
        lines += [*([""] if lines[-1] else []), f"## {md(chart.title)}", "", md(chart.summary), ""]
        lines.append("| " + " | ".join(md(cell) for cell in chart.head) + " |")
        lines.append("|" + "---|" * len(chart.head))
        lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in chart.rows]
    lines += ["", "---", "", md(view.how_scored), ""]
    return "\n".join(lines)
