"""No unexplained gap between positions.

What:
    Finds the stretches of time not covered by any position in Positions.csv, between the start of the first
    position and the start of the last one, and, when no position is current, between the end of the last
    position and today. Dates are read generously: a position "2016-06" ends on 30 June and "2017" starts on 1
    January, so contiguous or overlapping positions leave no gap and a year-only date never creates one. A gap is
    explained by anything dated that covers it: education (Education.csv), projects (Projects.csv) and the month
    a certification was issued (Certifications.csv; its end date is an expiry, not an activity); an education or
    project without an end date counts as ongoing. A finding is made for each gap whose longest unexplained
    stretch lasts `min_gap_months` whole months or more. Skips when the archive has no Positions.csv.

Why:
    Gaps are common (62% of employees have taken a career break) and 51% of hirers are more likely to contact a
    candidate who gives context for one, which is why LinkedIn added a "Career break" entry
    [linkedin-career-breaks-2022] (verified). Gaps under six months are "rarely an issue" [resumescoach-career-gaps]
    (commonly reported, unverified); a staffing agency's stricter view calls out anything over three months
    [procom-resume-gaps] (verified): set `min_gap_months = 3` for it. Step 5 of the method asks for an impeccable
    presentation of your career.

Passes:
    Gamma Logistics 2014-09 to 2016-12, Beta Foods 2017-01 to 2021-02, Acme Industries since 2021-03.
    A 10-month gap between two positions covered by an MBA in Education.csv.

Fails:
    Gamma Logistics ends 2016-12, Beta Foods starts 2017-09: an 8-month gap (January to August 2017).
    The last position ended 2025-12 and nothing is current (today 2026-11-02): 10 months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from auditor.analysis.career import day_after, first_day, last_day, whole_months
from auditor.analysis.text import label
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export, PartialDate, Position
from auditor.rule import Context, Need, Option
from auditor.words import when

CODE = "CAR-005"
NAME = "career.gaps"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_gap_months": Option(
        6,
        "the shortest unexplained gap reported, in whole months (3 for the stricter agency view).",
        unit="months",
    ),
}
NEEDS: tuple[Need, ...] = ("positions",)


@dataclass(frozen=True)
class _Gap:
    start: dt.date  # the first day not covered
    end: dt.date  # the first day covered again (or today)
    before: Position
    after: Position | None  # None: the gap runs to today


def _span(started: PartialDate | None, finished: PartialDate | None, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days an entry covers, read generously, as (first day, last day)."""
    if started is None:
        return None
    last = last_day(finished) if finished else today
    return first_day(started), max(last, first_day(started))


def _position_gaps(positions: Iterable[Position], today: dt.date) -> list[_Gap]:
    spans = sorted(
        ((span, p) for p in positions if (span := _span(p.started_on, p.finished_on, today))),
        key=lambda item: item[0],
    )
    gaps: list[_Gap] = []
    if not spans:
        return gaps
    (_, covered_until), last = spans[0]
    for (first, until), position in spans[1:]:
        if first > day_after(covered_until):
            gaps.append(_Gap(day_after(covered_until), first, last, position))
        if until > covered_until:
            covered_until, last = until, position
    if not any(p.started_on and p.is_current for p in positions) and day_after(covered_until) < today:
        gaps.append(_Gap(day_after(covered_until), today, last, None))
    return gaps


def _explainers(export: Export, today: dt.date) -> list[tuple[dt.date, dt.date]]:
    spans: list[tuple[dt.date, dt.date] | None] = [_span(e.started_on, e.finished_on, today) for e in export.education]
    spans += [_span(p.started_on, p.finished_on, today) for p in export.projects]
    # A certification stands for the month it was issued: its "end" is an expiry date, not an activity.
    spans += [_span(c.started_on, c.started_on, today) for c in export.certifications]
    return sorted(span for span in spans if span is not None)


def _longest_unexplained(gap: _Gap, explainers: list[tuple[dt.date, dt.date]]) -> int:
    """Whole months of the longest stretch of `gap` that no explainer covers."""
    longest, cursor = 0, gap.start
    for first, last in explainers:
        if last < cursor or first >= gap.end:
            continue
        if first > cursor:
            longest = max(longest, whole_months(cursor, first))
        cursor = max(cursor, day_after(last))
    if cursor < gap.end:
        longest = max(longest, whole_months(cursor, gap.end))
    return longest


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if sum(1 for position in export.positions if position.started_on) < 2:
        ctx.not_applicable(_("Fewer than two dated positions: no gap to look for."))
    file = export.file_of("positions")
    minimum = ctx.options["min_gap_months"]
    explainers = _explainers(export, ctx.today)
    for gap in _position_gaps(export.positions, ctx.today):
        months = _longest_unexplained(gap, explainers)
        if months < minimum:
            continue
        before, after = gap.before, gap.after
        # Dates as the archive gives them ("2016-12"): a month has no long date to write. The gap is counted in
        # whole months, as the option is.
        ended = when(before.finished_on)
        evidence = [
            Evidence(
                file,
                before.line,
                _("{position}: ended {date}", position=label(before.company, before.title), date=ended),
            )
        ]
        if after is not None:
            started = when(after.started_on)
            evidence.append(
                Evidence(
                    file,
                    after.line,
                    _("{position}: started {date}", position=label(after.company, after.title), date=started),
                )
            )
            what = n_(
                "Your career shows {n} unexplained month between {before} (ended {end}) and {after} (started {start}).",
                "Your career shows {n} unexplained months between {before} (ended {end}) and {after} "
                "(started {start}).",
                months,
                before=before.company,
                end=ended,
                after=after.company,
                start=started,
            )
            key = f"{before.company}|{before.title}->{after.company}|{after.title}"
        else:
            what = n_(
                "Your profile leaves {n} month unexplained since your position at {company} ended ({end}).",
                "Your profile leaves {n} months unexplained since your position at {company} ended ({end}).",
                months,
                company=before.company,
                end=ended,
            )
            key = f"{before.company}|{before.title}->today"
        yield Finding(
            what=what,
            why=n_(
                "A gap of {n} month or more with nothing in it leaves readers guessing, while half of hirers say "
                "they are more likely to contact someone who explains a break.",
                "A gap of {n} months or more with nothing in it leaves readers guessing, while half of hirers say "
                "they are more likely to contact someone who explains a break.",
                minimum,
            ),
            fix=_(
                'Say what you did then: add LinkedIn\'s "Career break" entry, or the freelance work, training or '
                "volunteering of that period with its dates."
            ),
            evidence=tuple(evidence),
            key=key,
        )
