"""What the HTML and Markdown reports show, computed once in Python and written in the reader's language.

The templates only lay out what is here: every text is already a string in the audit's language (findings and
reasons rendered from their messages, numbers and dates written by Babel), every chart already an SVG with the
table of its numbers. `--redact` replaces other people's names with stable pseudonyms in every string of the view,
so no template can leak one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from markupsafe import Markup

from auditor import formats
from auditor.analysis.career import first_day, last_day
from auditor.audit import Audit
from auditor.findings import STEP_TITLES, STEPS, Finding, RuleOutcome
from auditor.i18n import Message, Percent, _, n_
from auditor.inventory import ARCHIVE_KINDS
from auditor.model import SECTION_FILES, Export
from auditor.planner.model import Action, Plan, Source
from auditor.planner.words import ACTION_WORDS, adherence, planned
from auditor.reports import charts
from auditor.reports.words import HOW_SCORED, LEDGER_LABELS, SEVERITY_WORDS, coverage, old_archive, step_detail
from auditor.safetext import inert

MAX_FINDINGS_PER_RULE = 20
MAX_EVIDENCE = 10
MAX_PARSE_ISSUES = 50
MAX_POSITIONS = 25


@dataclass(frozen=True)
class FindingView:
    severity: str  # info / warn / error: the CSS class
    severity_word: str
    what: str
    why: str
    fix: str
    evidence: tuple[str, ...]
    more: str  # "… and 12 more in the JSON", or ""
    waived_by: str = ""


@dataclass(frozen=True)
class RuleView:
    code: str
    name: str
    title: str
    severity: str
    severity_word: str
    doc: str  # the rule's documentation in the reader's language, for a rule with findings ("" otherwise)
    findings: tuple[FindingView, ...] = ()
    more: str = ""  # findings left out, or ""
    reason: str = ""  # why skipped or not applicable
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepView:
    step: str
    number: str
    title: str
    score: int | None
    status: str
    detail: str
    gauge: Markup
    failed: tuple[RuleView, ...]
    passed: tuple[RuleView, ...]
    not_applicable: tuple[RuleView, ...]
    skipped: tuple[RuleView, ...]


@dataclass(frozen=True)
class ChartView:
    id: str
    title: str
    summary: str  # one sentence saying what the chart shows
    svg: Markup
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    more_rows: int = 0
    legend: str = ""  # how to read the drawing ("the dashed line is..."): beside the SVG only, not beside a table


@dataclass(frozen=True)
class IssueView:
    file: str
    line: str
    kind: str
    detail: str


@dataclass(frozen=True)
class ActionView:
    what: str  # "Call Léa Martin"
    day: str
    minutes: str
    reason: str
    first_line: str


@dataclass(frozen=True)
class IntroductionView:
    target: str
    paths: tuple[str, ...]
    none_found: str


@dataclass(frozen=True)
class PitchView:
    title: str  # "1 minute (140 words)"
    sentences: tuple[str, ...]
    sources: tuple[str, ...] = ()  # where each sentence comes from: "Positions.csv:2", "goals[0].text"


@dataclass(frozen=True)
class PlanView:
    """The planner's chapters: this week, the weeks after, introductions, routines and the pitch."""

    this_week: tuple[ActionView, ...]
    later_weeks: tuple[tuple[str, tuple[ActionView, ...]], ...]  # (week title, its actions)
    introductions: tuple[IntroductionView, ...]
    no_second_degree: str
    routines: tuple[tuple[str, str], ...]  # (planned, how it is kept)
    ics_link: str  # the routines calendar as a data: URI
    pitch: tuple[PitchView, ...]
    stale: tuple[str, ...]


@dataclass(frozen=True)
class ReportView:
    lang: str
    title: str
    person: str
    archive: str  # "complete archive, exported on ..., audited as of ..."
    old_archive: str  # said when the archive is older than HYG-001 allows; "" otherwise
    overall: int | None
    overall_status: str
    overall_gauge: Markup
    coverage: str
    analysed: str  # "Read: 38 files, 12,345 rows; not in the archive: ..."
    how_scored: str
    steps: tuple[StepView, ...]
    charts: tuple[ChartView, ...]
    sections_read: tuple[str, ...]
    missing: tuple[str, ...]
    unreadable: tuple[str, ...]
    issues: tuple[IssueView, ...]
    issue_count: str
    more_issues: str
    redacted: bool
    tool: str
    plan: PlanView | None = None  # the planner's chapters, when a plan was made


def _say(said: Message | Any, lang: str) -> str:
    return said if isinstance(said, str) else said.render(lang)


def _more(left_out: int, lang: str, where: Message | None = None) -> str:
    """ "… and 12 more in the JSON" when a list was cut, else ""."""
    if left_out <= 0:
        return ""
    place = where or _("the JSON (--json)")
    return n_("… and {n} more in {place}.", "… and {n} more in {place}.", left_out, place=place).render(lang)


def _finding(finding: Finding, lang: str) -> FindingView:
    evidence = [
        _("{file}, row {row}: {value}", file=e.file, row=e.row, value=e.text(lang)).render(lang)
        if e.row
        else _("{file}: {value}", file=e.file, value=e.text(lang)).render(lang)
        for e in finding.evidence
    ]
    return FindingView(
        severity=finding.severity,
        severity_word=SEVERITY_WORDS[finding.severity].render(lang),
        what=_say(finding.what, lang),
        why=_say(finding.why, lang),
        fix=_say(finding.fix, lang),
        evidence=tuple(evidence[:MAX_EVIDENCE]),
        more=_more(len(evidence) - MAX_EVIDENCE, lang),
        waived_by=finding.waived_by,
    )


def _rule_view(outcome: RuleOutcome, audit: Audit, findings: Sequence[Finding]) -> RuleView:
    lang = audit.language
    rule = next(rule for rule in audit.rules if rule.code == outcome.code)
    severity = outcome.severity if outcome.severity in SEVERITY_WORDS else rule.severity
    return RuleView(
        code=outcome.code,
        name=outcome.name,
        title=rule.title_in(lang),
        severity=severity,
        severity_word=SEVERITY_WORDS[severity].render(lang),
        doc=rule.doc_in(lang) if findings else "",  # the page explains the rules that found something
        findings=tuple(_finding(f, lang) for f in findings[:MAX_FINDINGS_PER_RULE]),
        more=_more(len(findings) - MAX_FINDINGS_PER_RULE, lang),
        reason=outcome.reason.render(lang) if outcome.reason else "",
        notes=tuple(note.render(lang) for note in outcome.notes),
    )


def _steps(audit: Audit) -> tuple[StepView, ...]:
    lang, result = audit.language, audit.result
    by_code: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_code.setdefault(finding.code, []).append(finding)
    views = []
    for step in result.steps:
        outcomes = [o for o in result.outcomes if o.step == step.step]
        failed = [o for o in outcomes if o.status == "failed" and by_code.get(o.code)]
        failed.sort(key=lambda o: (-{"error": 2, "warn": 1, "info": 0}.get(o.severity, 0), o.code))
        title = STEP_TITLES[step.step].render(lang)
        detail = step_detail(step).render(lang)
        views.append(
            StepView(
                step=step.step,
                number=step.step[-1],
                title=title,
                score=step.score,
                status=step.status,
                detail=detail,
                gauge=charts.gauge(
                    f"gauge-{step.step}", step.score, title, detail, provisional=step.status == "provisional"
                ),
                failed=tuple(_rule_view(o, audit, by_code[o.code]) for o in failed),
                passed=tuple(
                    _rule_view(o, audit, ())
                    for o in outcomes
                    if o.status in ("passed", "failed") and not by_code.get(o.code)
                ),
                not_applicable=tuple(_rule_view(o, audit, ()) for o in outcomes if o.status == "not-applicable"),
                skipped=tuple(_rule_view(o, audit, ()) for o in outcomes if o.status in ("skipped", "crashed")),
            )
        )
    return tuple(views)


# --- Charts -----------------------------------------------------------------------------------------------------


def _activity_days(export: Export) -> Counter[dt.date]:
    days: Counter[dt.date] = Counter()
    stamps: Iterable[dt.datetime | None] = (
        *(s.shared_at for s in export.shares),
        *(c.commented_at for c in export.comments),
        *(r.reacted_at for r in export.reactions),
        *(a.published_at for a in export.articles),
    )
    for stamp in stamps:
        if stamp is not None:
            days[stamp.date()] += 1
    return days


def _calendar_chart(audit: Audit, _plan: Plan | None) -> ChartView | None:
    export, lang = audit.export, audit.language
    if not any(export.has(section) for section in ("shares", "comments", "reactions")):
        return None
    until = audit.analyses.data_until
    days = _activity_days(export)
    last_monday = until - dt.timedelta(days=until.weekday())
    first_monday = last_monday - dt.timedelta(weeks=51)
    weeks: list[list[int | None]] = []
    months: list[tuple[int, str]] = []
    for column in range(52):
        monday = first_monday + dt.timedelta(weeks=column)
        week: list[int | None] = []
        for row in range(7):
            day = monday + dt.timedelta(days=row)
            week.append(days.get(day, 0) if day <= until else None)
        weeks.append(week)
        if monday.day <= 7:
            months.append((column, formats.short_month(monday, lang)))
    total = sum(n for day, n in days.items() if first_monday <= day <= until)
    active = sum(1 for day, n in days.items() if first_monday <= day <= until and n)
    title = _("Your activity over 52 weeks").render(lang)
    summary = _(
        "Posts, comments and reactions per day up to {until}: {total} in all, on {days} days.",
        until=until,
        total=total,
        days=active,
    ).render(lang)
    weekdays = [formats.weekday(first_monday + dt.timedelta(days=i), lang) for i in range(7)]
    by_month: Counter[dt.date] = Counter()
    for day, n in days.items():
        if first_monday <= day <= until:
            by_month[day.replace(day=1)] += n
    rows = tuple((formats.month(month, lang), formats.count(n, lang)) for month, n in sorted(by_month.items()))
    return ChartView(
        "activity",
        title,
        summary,
        charts.day_grid("activity", title, summary, weeks, months, weekdays),
        (_("Month").render(lang), _("Activities").render(lang)),
        rows,
    )


def _posts_chart(audit: Audit, _plan: Plan | None) -> ChartView | None:
    export, lang = audit.export, audit.language
    if not export.has("shares") and not export.articles:
        return None
    until = audit.analyses.data_until
    counts: Counter[dt.date] = Counter(
        publication.at.date().replace(day=1) for publication in audit.analyses.cadence.publications
    )
    months = []
    month = until.replace(day=1)
    for _index in range(24):
        months.append(month)
        month = (month - dt.timedelta(days=1)).replace(day=1)
    months.reverse()
    values = [counts.get(m, 0) for m in months]
    plan = [r for r in audit.config.routines if r.activity in ("posts", "articles")]
    target = sum(r.per_week() for r in plan) * 52 / 12 if plan else None
    title = _("Posts and articles per month").render(lang)
    summary = _("Your publications over the last 24 months, {total} in all.", total=sum(values)).render(lang)
    target_label = legend = ""
    if target is not None:
        target_label = _("your routine: {n} a month", n=round(target, 1)).render(lang)
        legend = _("The dashed line is the pace your routines plan.").render(lang)
    labels = [formats.short_month(m, lang, year=True) for m in months]
    described = f"{summary} {legend}".strip()
    svg = charts.bars(
        "posts", title, described, labels, values, target=target, target_label=target_label, language=lang
    )
    rows = tuple((formats.month(m, lang), formats.count(v, lang)) for m, v in zip(months, values, strict=True))
    head = (_("Month").render(lang), _("Publications").render(lang))
    return ChartView("posts", title, summary, svg, head, rows, legend=legend)


def _growth_chart(audit: Audit, _plan: Plan | None) -> ChartView | None:
    export, lang = audit.export, audit.language
    if not export.has("connections"):
        return None
    until = audit.analyses.data_until
    quarters: list[tuple[int, int]] = []
    year, quarter = until.year, (until.month - 1) // 3 + 1
    for _index in range(20):
        quarters.append((year, quarter))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    quarters.reverse()
    counts: Counter[tuple[int, int]] = Counter(
        (c.connected_on.year, (c.connected_on.month - 1) // 3 + 1) for c in export.connections if c.connected_on
    )
    values = [counts.get(q, 0) for q in quarters]
    labels = [f"{formats.quarter(y, q, lang)}" for y, q in quarters]
    title = _("New connections per quarter").render(lang)
    summary = _(
        "{total} new connections over the last five years; {all} connections in all.",
        total=sum(values),
        all=len(export.connections),
    ).render(lang)
    svg = charts.bars("growth", title, summary, labels, values, colour=charts.GREEN, language=lang)
    rows = tuple((label, formats.count(v, lang)) for label, v in zip(labels, values, strict=True))
    return ChartView(
        "growth", title, summary, svg, (_("Quarter").render(lang), _("New connections").render(lang)), rows
    )


def _ledger_chart(audit: Audit, _plan: Plan | None) -> ChartView | None:
    lang = audit.language
    lines = [line for line in audit.analyses.ledger.lines if line.given is not None or line.received is not None]
    if not lines:
        return None
    rows = [
        (LEDGER_LABELS[line.kind].render(lang) if line.kind in LEDGER_LABELS else line.kind, line.given, line.received)
        for line in lines
    ]
    title = _("What you give and what you receive").render(lang)
    summary = _("Given and received, by kind; a side the export does not show is left out (—).").render(lang)
    legend = (_("given").render(lang), _("received").render(lang))
    svg = charts.paired_bars("ledger", title, summary, rows, legend, language=lang)

    def cell(value: int | None) -> str:
        return "—" if value is None else formats.count(value, lang)

    table = tuple((label, cell(given), cell(received)) for label, given, received in rows)
    return ChartView("ledger", title, summary, svg, (_("Kind").render(lang), *legend), table)


def _circles_chart(audit: Audit, plan: Plan | None) -> ChartView | None:
    """The circles as the plan draws them (pins and exclusions applied, circle 3 its targets), else as the
    analyses do (circles 1 and 2 only: circle 3 is the planner's to say)."""
    if not audit.export.has("connections"):
        return None
    lang = audit.language
    if plan is not None:
        close, rest, targets = len(plan.circles.circle1), plan.circles.circle2_count, len(plan.circles.circle3)
    else:
        close, rest, targets = len(audit.analyses.circles.circle1), len(audit.analyses.circles.circle2), 0
    rings = [
        (n_("Circle 1, known well: {n} person", "Circle 1, known well: {n} people", close), close),
        (n_("Circle 2, known less: {n} person", "Circle 2, known less: {n} people", rest), rest),
    ]
    if targets:
        rings.append((n_("Circle 3, your goals' targets: {n}", "Circle 3, your goals' targets: {n}", targets), targets))
    legends = [(said.render(lang), number) for said, number in rings]
    title = _("The three circles of your network").render(lang)
    summary = _(
        "Circle 1 holds the people you exchange with regularly, both ways; circle 2 the rest of your connections; "
        "circle 3 the companies and people your goals name."
    ).render(lang)
    svg = charts.rings("circles", title, summary, legends, language=lang)
    return ChartView(
        "circles", title, summary, svg, (_("Circle").render(lang),), tuple((legend,) for legend, _n in legends)
    )


def _career_chart(audit: Audit, _plan: Plan | None) -> ChartView | None:
    export, lang = audit.export, audit.language
    dated = [p for p in export.positions if p.started_on is not None][:MAX_POSITIONS]
    if not export.has("positions") or not dated:
        return None
    until = audit.analyses.data_until
    spans = []
    for position in dated:
        assert position.started_on is not None
        start = first_day(position.started_on)
        end = last_day(position.finished_on) if position.finished_on else until
        spans.append((position, start, max(end, start)))
    first = min(start for _p, start, _end in spans)
    last = max(until, *(end for _p, _start, end in spans))
    length = max((last - first).days, 1)

    def at(day: dt.date) -> float:
        return (day - first).days / length

    covered = sorted((start, end) for _p, start, end in spans)
    gaps = []
    reach = covered[0][1]
    for start, end in covered[1:]:
        if (start - reach).days > 92:
            gaps.append((reach, start))
        reach = max(reach, end)
    if all(p.finished_on is not None for p in dated) and (until - reach).days > 92:
        gaps.append((reach, until))
    years = [(at(dt.date(year, 1, 1)), str(year)) for year in range(first.year + 1, last.year + 1)]
    step = max(1, len(years) // 10)
    title = _("Your career").render(lang)
    summary = n_("{n} position along the years.", "{n} positions along the years.", len(dated)).render(lang)
    legend = _("Shaded: stretches of more than three months that no position covers.").render(lang)
    bars = [
        (f"{p.title} — {p.company}" if p.title else p.company, at(start), at(end), p.is_current)
        for p, start, end in spans
    ]
    svg = charts.timeline(
        "career", title, f"{summary} {legend}", bars, years[::step], [(at(a), at(b)) for a, b in gaps]
    )
    dated_rows = [
        (
            start,
            (
                f"{p.title} — {p.company}" if p.title else p.company,
                formats.month(start, lang),
                _("today").render(lang) if p.is_current else formats.month(end, lang),
            ),
        )
        for p, start, end in spans
    ]
    # The shaded stretches are rows too, so that the table (the Markdown's only view) shows them.
    gap_label = _("(no position)").render(lang)
    dated_rows += [(a, (gap_label, formats.month(a, lang), formats.month(b, lang))) for a, b in gaps]
    rows = tuple(row for _start, row in sorted(dated_rows, key=lambda item: item[0], reverse=True))
    head = (_("Position").render(lang), _("From").render(lang), _("To").render(lang))
    return ChartView("career", title, summary, svg, head, rows, legend=legend)


CHARTS: tuple[Callable[[Audit, Plan | None], ChartView | None], ...] = (
    _calendar_chart,
    _posts_chart,
    _growth_chart,
    _ledger_chart,
    _circles_chart,
    _career_chart,
)


# --- Redaction ----------------------------------------------------------------------------------------------------


class Redactor:
    """Replaces other people's names with pseudonyms that stay the same across runs with the same secret."""

    def __init__(self, names: Iterable[str], secret: bytes, keep: Iterable[str] = ()) -> None:
        kept = {name.casefold() for name in keep if name}
        unique = {" ".join(name.split()) for name in names}
        wanted = sorted((n for n in unique if len(n) >= 3 and n.casefold() not in kept), key=len, reverse=True)
        self._secret = secret
        self._pattern = re.compile("|".join(map(re.escape, wanted))) if wanted else None

    def pseudonym(self, name: str) -> str:
        digest = hmac.new(self._secret, name.casefold().encode(), hashlib.sha256).hexdigest()[:6].upper()
        return f"Person-{digest}"

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda match: self.pseudonym(match.group(0)), text)


def people_names(export: Export) -> set[str]:
    """Every other person's name the export holds."""
    names: set[str] = set()
    names.update(c.full_name for c in export.connections)
    for message in export.messages:
        names.add(message.sender)
        names.update(message.recipients.split(","))
    names.update(i.sender for i in export.invitations)
    names.update(i.recipient for i in export.invitations)
    names.update(r.full_name for r in (*export.recommendations_received, *export.recommendations_given))
    names.update(e.full_name for e in (*export.endorsements_received, *export.endorsements_given))
    return {" ".join(name.split()) for name in names if name and name.strip()}


def _every_text(value: Any, change: Callable[[str], str]) -> Any:
    """`value` (the view, or a part of it) with `change` applied to every string in it, SVG included."""
    if isinstance(value, Markup):
        return Markup(change(str(value)))  # the change only ever adds letters and backslashes: still safe markup
    if isinstance(value, str):
        return change(value)
    if isinstance(value, tuple):
        return tuple(_every_text(item, change) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _every_text(getattr(value, f.name), change) for f in fields(value)})
    return value


# --- The view -----------------------------------------------------------------------------------------------------


MAX_INTRODUCTIONS = 10
MAX_PATHS = 3


def _action(action: Action, lang: str) -> ActionView:
    return ActionView(
        what=_("{verb} {person}", verb=ACTION_WORDS[action.kind], person=action.person).render(lang),
        day=formats.long_date(action.on, lang),
        minutes=_("{n} min", n=action.minutes).render(lang),
        reason=action.reason.render(lang),
        first_line=action.first_line.render(lang),
    )


def _plan_view(plan: Plan, lang: str) -> PlanView:
    from auditor.calendar import plan_ics

    weeks = plan.schedule
    first = weeks[0].actions if weeks else ()
    later = tuple(
        (
            _("Week of {day}", day=week.start).render(lang),
            tuple(_action(action, lang) for action in week.actions),
        )
        for week in weeks[1:]
    )
    introductions = tuple(
        IntroductionView(
            target=introduction.target.name,
            paths=tuple(path.explanation.render(lang) for path in introduction.paths[:MAX_PATHS]),
            none_found=introduction.none_found.render(lang) if introduction.none_found else "",
        )
        for introduction in plan.introductions[:MAX_INTRODUCTIONS]
    )
    routines = tuple(
        (planned(routine).render(lang), kept.render(lang) if (kept := adherence(routine)) else "")
        for routine in plan.routines
    )
    pitch = tuple(
        PitchView(
            title=n_(
                "{n} minute ({words} words)", "{n} minutes ({words} words)", draft.minutes, words=draft.words
            ).render(lang),
            sentences=tuple(sentence.text.render(lang) for sentence in draft.sentences),
            sources=tuple(_where(sentence.source) for sentence in draft.sentences),
        )
        for draft in plan.pitch.drafts
    )
    ics = plan_ics(plan, lang) if plan.routines or weeks else b""
    return PlanView(
        this_week=tuple(_action(action, lang) for action in first),
        later_weeks=later,
        introductions=introductions,
        no_second_degree=plan.no_second_degree.render(lang),
        routines=routines,
        ics_link="data:text/calendar;base64," + base64.b64encode(ics).decode() if ics else "",
        pitch=pitch,
        stale=tuple(message.render(lang) for message in plan.pitch.stale),
    )


def _analysed(export: Export, missing: tuple[str, ...], lang: str) -> str:
    files = sum(len(source.files) for source in export.sources.values())
    rows = sum(source.rows for source in export.sources.values())
    said = _("Read: {files}, {rows}.", files=n_("{n} file", "{n} files", files), rows=n_("{n} row", "{n} rows", rows))
    if missing:
        said = _("{read} Not in the archive: {missing}.", read=said, missing=", ".join(missing))
    return said.render(lang)


def build_view(
    audit: Audit, *, redact_secret: bytes | None = None, redact_member: bool = False, plan: Plan | None = None
) -> ReportView:
    """The report's view of `audit`; with `redact_secret`, other people's names become pseudonyms (and the
    member's own too with `redact_member`)."""
    lang, export, result = audit.language, audit.export, audit.result
    person = export.profile.full_name if export.profile and export.profile.full_name else export.source_name
    archive = _(
        "{kind}, exported on {exported}, audited as of {today}",
        kind=ARCHIVE_KINDS[export.kind],
        exported=export.exported_on or "?",
        today=result.today,
    ).render(lang)
    old_said = old_archive(audit)
    old = old_said.render(lang) if old_said else ""
    judged = coverage(result.coverage).render(lang)
    if result.overall_status == "provisional":
        judged += " " + _(
            "Provisional: judged by fewer than {share} of its rules; the others lack data.",
            share=Percent(audit.config.min_coverage),
        ).render(lang)
    missing = tuple(SECTION_FILES[section] for section in export.missing)  # named as the member knows them
    issues = tuple(  # only the ones shown are put into words
        IssueView(issue.file, str(issue.line or ""), issue.kind, issue.detail_in(lang))
        for issue in export.parse_issues[:MAX_PARSE_ISSUES]
    )
    overall_title = _("Overall score").render(lang)
    view = ReportView(
        lang=lang,
        title=_("LinkedIn audit of {name}", name=person).render(lang),
        person=person,
        archive=archive,
        old_archive=old,
        overall=result.overall,
        overall_status=result.overall_status,
        overall_gauge=charts.gauge(
            "gauge-overall", result.overall, overall_title, judged, provisional=result.overall_status == "provisional"
        ),
        coverage=judged,
        analysed=_analysed(export, missing, lang),
        how_scored=HOW_SCORED.render(lang),
        steps=_steps(audit),
        charts=tuple(chart for make in CHARTS if (chart := make(audit, plan)) is not None),
        sections_read=tuple(sorted(f for source in export.sources.values() for f in source.files)),
        missing=missing,
        unreadable=tuple(f for files in export.unreadable.values() for f in files),
        issues=issues,
        issue_count=formats.count(sum(issue.count for issue in export.parse_issues), lang),
        more_issues=_more(len(export.parse_issues) - MAX_PARSE_ISSUES, lang, where=_("linkedin-audit inspect")),
        redacted=redact_secret is not None,
        tool="linkedin-auditor",
        plan=_plan_view(plan, lang) if plan is not None else None,
    )
    # Terminal controls from the archive are shown, never kept raw (someone may `cat` the file).
    if redact_secret is None:
        return _every_text(view, inert)  # type: ignore[no-any-return]
    if view.plan is not None:  # the calendar names people in base64, where no redaction can reach: left out
        view = replace(view, plan=replace(view.plan, ics_link=""))
    names = people_names(export) | ({person} if redact_member else set())
    redactor = Redactor(names, redact_secret, keep=() if redact_member else [person])
    return _every_text(view, lambda text: inert(redactor(text)))  # type: ignore[no-any-return]


__all__ = ["STEPS", "ReportView", "build_view"]


def _where(source: Source) -> str:
    """A pitch sentence's source as the Markdown plan writes it: the file and its row, or the configuration key."""
    where = source.key or source.file
    return f"{where}:{source.row}" if source.row else where
