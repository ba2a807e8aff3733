"""No long overlap between two main positions.

What:
    Finds pairs of positions in Positions.csv that overlap by more than `max_overlap_months` whole months, unless
    one of them is a side activity: its title or company holds a word of `side_activity_words` (volunteer,
    bénévole, board, mentor, freelance, founder...). Month dates are read as whole months ("2021-01 to 2021-02"
    shares January and February with a position started in January); a year-only bound is read narrowly ("2016"
    ends on 1 January when it is an end date and starts on 31 December when it is a start date), so that two
    positions sharing only a year are not reported. A current position runs to today. One finding per earlier
    position of an overlapping pair, with the first later job it overlaps: a forgotten end date is reported once.
    Skips when the archive has no Positions.csv.

Why:
    Two main jobs at once puzzle readers: most often an end date was forgotten, or a side activity is not
    labelled as such. Step 5 of the method asks for an impeccable presentation of your career, which an
    unexplained overlap is not. A short overlap (notice period, handover) is normal, hence the threshold and the
    info severity.

Passes:
    Beta Foods 2017-01 to 2021-02, Acme Industries since 2021-03.
    "Volunteer mentor, Article 1" since 2019, alongside a full-time job.

Fails:
    Beta Foods 2017-01 to 2021-12 and Acme Industries since 2021-03: 10 months of overlap.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from auditor.analysis.career import SIDE_ACTIVITY_WORDS, day_after, first_day, is_side_activity, last_day, whole_months
from auditor.analysis.text import label
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _, n_
from auditor.model import Export, PartialDate, Position
from auditor.rule import Context, Need, Option
from auditor.words import when

CODE = "CAR-006"
NAME = "career.overlaps"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_overlap_months": Option(3, "the longest overlap tolerated, in whole months.", unit="months"),
    "side_activity_words": Option(
        SIDE_ACTIVITY_WORDS,
        'words or phrases (whole words, case- and accent-insensitive; "a|b" for variants) that mark a title or '
        "company as a side activity, which may overlap anything.",
        unit="phrases",
    ),
}
NEEDS: tuple[Need, ...] = ("positions",)


def _start(date: PartialDate) -> dt.date:
    return last_day(date) if date.precision == "year" else first_day(date)


def _end(date: PartialDate | None, today: dt.date) -> dt.date:
    if date is None:
        return today
    return first_day(date) if date.precision == "year" else last_day(date)


def _period(position: Position) -> Message:
    """The position and its months as the archive gives them ("2017-01"): a month has no long date to write."""
    entry = label(position.company, position.title)
    start = when(position.started_on)
    if position.finished_on is None:
        return _("{position}: {start} to today", position=entry, start=start)
    return _("{position}: {start} to {end}", position=entry, start=start, end=when(position.finished_on))


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    file = export.file_of("positions")
    tolerated = ctx.options["max_overlap_months"]
    words = ctx.options["side_activity_words"]
    main = [(p, p.started_on) for p in export.positions if p.started_on and not is_side_activity(p, words)]
    if len(main) < 2:
        ctx.not_applicable(_("Fewer than two dated main positions: no overlap to look for."))
    main.sort(key=lambda pair: first_day(pair[1]))
    # One finding per earlier position at most (the one whose end date the fix asks to check): a forgotten end date
    # overlaps every later job and is one thing to fix, not one per job, nor a quadratic pile of findings on a long
    # or hostile career list.
    reported: set[int] = set()
    for (first, first_start), (second, second_start) in itertools.combinations(main, 2):
        if id(first) in reported:
            continue
        since = max(_start(first_start), _start(second_start))
        until = min(_end(first.finished_on, ctx.today), _end(second.finished_on, ctx.today))
        months = whole_months(since, day_after(until)) if until >= since else 0
        if months <= tolerated:
            continue
        reported.add(id(first))
        yield Finding(
            what=n_(
                "Your positions at {first} and {second} overlap by {n} month.",
                "Your positions at {first} and {second} overlap by {n} months.",
                months,
                first=first.company,
                second=second.company,
            ),
            why=_(
                "Two main jobs at the same time puzzle readers: usually an end date was forgotten, or a side "
                "activity is not presented as one."
            ),
            fix=_(
                "Check the end date of your position at {company}; if both jobs were real, say so in the title, "
                'e.g. "Freelance consultant (part-time)".',
                company=first.company,
            ),
            evidence=(Evidence(file, first.line, _period(first)), Evidence(file, second.line, _period(second))),
            key="+".join(sorted(f"{p.company}|{p.title}" for p in (first, second))),
        )
