"""The trend over a history (`linkedin-audit history FILE.db`): a sparkline per step and metric, and as data.

Kept light (no parser, no rule is imported) so that reading a history of years of monthly audits answers at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from auditor import formats
from auditor.compare import METRIC_LABELS, SHARES, Comparison, comparison_lines, signed
from auditor.findings import STEP_TITLES, STEPS
from auditor.history import Snapshot
from auditor.i18n import Message, Number, Percent, _, n_

BLOCKS = "▁▂▃▄▅▆▇█"
HISTORY_JSON_VERSION = 1


def sparkline(values: Sequence[float | None], low: float | None = None, high: float | None = None) -> str:
    """One character per value, its height between `low` and `high` (default: the values' own range); a missing
    value is a middle dot."""
    known = [v for v in values if v is not None]
    if not known:
        return "·" * len(values)
    low = min(known) if low is None else low
    high = max(known) if high is None else high
    span = high - low
    out = []
    for value in values:
        if value is None:
            out.append("·")
        elif span <= 0:
            out.append(BLOCKS[len(BLOCKS) // 2])
        else:
            share = min(max((value - low) / span, 0.0), 1.0)
            out.append(BLOCKS[round(share * (len(BLOCKS) - 1))])
    return "".join(out)


def _shown(value: float | None, language: str, share: bool = False) -> str:
    if value is None:
        return "—"
    if share:
        return formats.value(Percent(value), language)
    return formats.value(Number(value, 0 if float(value).is_integer() else 3), language)


def _row(
    label: str,
    values: Sequence[float | None],
    language: str,
    *,
    scale: tuple[float, float] | None,
    share: bool = False,
) -> str:
    line = sparkline(values, *(scale or (None, None)))
    known = [v for v in values if v is not None]
    last = _shown(values[-1] if values else None, language, share)
    change = ""
    if len(known) >= 2 and known[-1] != known[0]:
        delta = round(known[-1], 2) - round(known[0], 2) if share else known[-1] - known[0]
        change = "  " + _("since the first: {delta}", delta=signed(delta, share)).render(language)
    return f"  {label:<22} {line}  {last:>6}{change}"


def history_text(points: Sequence[Snapshot], language: str) -> str:
    if not points:
        return _("The history holds no audit yet.").render(language)
    first, last = points[0], points[-1]
    lines = [
        n_(
            "{n} audit, from {first} to {last}",
            "{n} audits, from {first} to {last}",
            len(points),
            first=first.as_of,
            last=last.as_of,
        ).render(language),
        "",
        _("{title}:", title=_("Scores")).render(language),
    ]
    lines.append(_row(_("Score").render(language), [p.overall for p in points], language, scale=(0, 100)))
    for step in STEPS:
        scores: list[float | None] = [p.steps[step].score if step in p.steps else None for p in points]
        lines.append(_row(f"{step[-1]}. {STEP_TITLES[step].render(language)}", scores, language, scale=(0, 100)))
    findings = [float(len(p.findings)) for p in points]
    lines.append(_row(_("findings").render(language), findings, language, scale=None))
    metric_rows = []
    for name, metric in METRIC_LABELS.items():
        values = [p.metrics.get(name) for p in points]
        if any(v is not None for v in values):
            metric_rows.append(_row(metric.render(language), values, language, scale=None, share=name in SHARES))
    if metric_rows:
        lines += ["", _("{title}:", title=_("Metrics")).render(language), *metric_rows]
    lines += ["", _("{title}:", title=_("Latest audits")).render(language)]
    for point in points[-5:]:
        score = "—" if point.overall is None else str(point.overall)
        said: Message = n_(
            "{day}: score {score}, {n} finding ({file})",
            "{day}: score {score}, {n} findings ({file})",
            len(point.findings),
            day=point.as_of,
            score=score,
            file=point.export_file,
        )
        lines.append("  " + said.render(language))
    return "\n".join(lines)


def history_dict(points: Sequence[Snapshot]) -> dict[str, Any]:
    """The history as data (`history --json`, history_version 1): every audit, oldest first."""

    def audit(point: Snapshot) -> dict[str, Any]:
        severities = {"error": 0, "warn": 0, "info": 0}
        for finding in point.findings.values():
            severities[finding.severity] = severities.get(finding.severity, 0) + 1
        return {
            "id": point.id,
            "recorded_at": point.recorded_at,
            "export_file": point.export_file,
            "exported_on": point.exported_on.isoformat() if point.exported_on else None,
            "content_hash": point.content_hash,
            "as_of": point.as_of.isoformat(),
            "tool_version": point.tool_version,
            "rules_fingerprint": point.rules_fingerprint,
            "config_fingerprint": point.config_fingerprint,
            "overall": point.overall,
            "overall_status": point.overall_status,
            "steps": {
                name: {"score": s.score, "status": s.status, "judged": s.judged, "scored": s.scored}
                for name, s in point.steps.items()
            },
            "findings": severities,
            "fingerprints": sorted(point.findings),
            "metrics": dict(point.metrics),
        }

    return {"history_version": HISTORY_JSON_VERSION, "audits": [audit(p) for p in points]}


# --- Trend charts for the HTML and Markdown reports ----------------------------------------------------------------


def trend_charts(points: Sequence[Snapshot], language: str) -> tuple[Any, ...]:
    """Charts of the history for the report (`reports.viewmodel.ChartView`s, added to the audit's own): the
    overall score per audit, with every step's in the table; then connections and posts per week. None with fewer
    than two audits: one point is no trend."""
    if len(points) < 2:
        return ()
    from auditor.reports import charts
    from auditor.reports.viewmodel import ChartView

    labels = [p.as_of.isoformat() for p in points]
    title = _("Score over time").render(language)
    summary = n_(
        "The overall score of each of the {n} audits in the history, from {first} to {last}.",
        "The overall score of each of the {n} audits in the history, from {first} to {last}.",
        len(points),
        first=points[0].as_of,
        last=points[-1].as_of,
    ).render(language)
    scores = [float(p.overall or 0) for p in points]
    steps = [f"{step[-1]}. {STEP_TITLES[step].render(language)}" for step in STEPS]
    head = (_("Audit").render(language), _("Score").render(language), *steps)

    def score(value: int | None) -> str:
        return "—" if value is None else formats.count(value, language)

    rows = tuple(
        (label, score(p.overall), *(score(p.steps[s].score if s in p.steps else None) for s in STEPS))
        for label, p in zip(labels, points, strict=True)
    )
    made = [ChartView("trend-score", title, summary, charts.bars("trend-score", title, summary, labels, scores,
                                                                 language=language), head, rows)]  # fmt: skip
    for name, colour in (("connections", charts.GREEN), ("posts_per_week", charts.BLUE)):
        values = [p.metrics.get(name) for p in points]
        if all(v is None for v in values):
            continue
        label = METRIC_LABELS[name].render(language)
        metric_title = _("{what} over time", what=METRIC_LABELS[name]).render(language)
        metric_summary = _(
            "{what}: the figure each audit measured, from {first} to {last}.",
            what=METRIC_LABELS[name],
            first=points[0].as_of,
            last=points[-1].as_of,
        ).render(language)
        svg = charts.bars(f"trend-{name}", metric_title, metric_summary, labels, [v or 0.0 for v in values],
                          colour=colour, language=language)  # fmt: skip
        table = tuple((day, _shown(v, language, name in SHARES)) for day, v in zip(labels, values, strict=True))
        made.append(
            ChartView(f"trend-{name}", metric_title, metric_summary, svg, (_("Audit").render(language), label), table)
        )
    return tuple(made)


def since_chart(comparison: Comparison, language: str) -> Any:
    """The report's "since last time": each step's score then and now, what was fixed and what is new."""
    from auditor.reports import charts
    from auditor.reports.viewmodel import ChartView

    before, after = comparison.before.as_of, comparison.after.as_of
    title = _("Since the audit as of {day}", day=before).render(language)
    lines = comparison_lines(comparison, language, STEP_TITLES)[1:]
    summary = "; ".join(line.strip() for line in lines)  # the terminal's "since last time" lines, in one
    labels = (before.isoformat(), after.isoformat())
    rows = [(_("Score").render(language), comparison.before.overall, comparison.after.overall)]
    rows += [
        (f"{step.step[-1]}. {STEP_TITLES[step.step].render(language)}", step.before, step.after)
        for step in comparison.steps
    ]
    svg = charts.paired_bars("since", title, summary, rows, labels, language=language)

    def cell(value: int | None) -> str:
        return "—" if value is None else formats.count(value, language)

    table = tuple((label, cell(old), cell(now)) for label, old, now in rows)
    return ChartView("since", title, summary, svg, (_("Step").render(language), *labels), table)
