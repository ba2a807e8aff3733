"""No old position left marked as current.

What:
    When Positions.csv holds more than one current position (a start date, no end date), flags each current one
    that started `stale_years` whole years or more before the most recent position began: probably an end date
    you forgot. Side activities (a title or company holding a word of CAR-006's `side_activity_words`: volunteer,
    board, mentor, freelance, founder...) may legitimately stay current and are not flagged. A year-only start
    date is read as late as possible, so that only certain cases are reported. Skips when the archive has no
    Positions.csv.

Why:
    Visitors read your current positions as "what I am doing now" (the question of step 4 of the method); an old
    job still marked current blurs it, and step 5 asks for an impeccable presentation of your career. LinkedIn
    lists every current position at the top of the Experience section.

Passes:
    A single current position.
    "Board member, Lyon Logistics Club" since 2015, alongside Acme Industries since 2021-03.

Fails:
    Beta Foods since 2017-01 (no end date) and Acme Industries since 2021-03: Beta Foods started 4 years earlier.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.career import SIDE_ACTIVITY_WORDS, first_day, is_side_activity, last_day, whole_months
from auditor.analysis.text import label
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.words import when

CODE = "CAR-008"
NAME = "career.stale-current"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "stale_years": Option(
        3,
        "how many whole years before the newest position a still-current one must have started to be flagged.",
        unit="years",
    ),
    "side_activity_words": Option(
        SIDE_ACTIVITY_WORDS,
        "the words that mark a side activity (same default and format as CAR-006).",
        unit="phrases",
    ),
}
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    file = export.file_of("positions")
    dated = [(p, p.started_on) for p in export.positions if p.started_on]
    current = [(p, start) for p, start in dated if p.is_current]
    if not current:
        ctx.not_applicable(_("No current position (see CAR-001)."))
    if len(current) < 2:
        return
    newest, newest_start = max(dated, key=lambda pair: first_day(pair[1]))
    years = ctx.options["stale_years"]
    for position, start in current:
        if position is newest or is_side_activity(position, ctx.options["side_activity_words"]):
            continue
        # Read the old start as late as it can be and the new one as early as it can be: only sure cases count.
        months = whole_months(last_day(start), first_day(newest_start))
        if months < 12 * years:
            continue
        gap = months // 12
        yield Finding(
            what=n_(
                "Your position at {company} is still marked current, although it started {n} year before your "
                "newest one, at {newest}.",
                "Your position at {company} is still marked current, although it started {n} years before your "
                "newest one, at {newest}.",
                gap,
                company=position.company,
                newest=newest.company,
            ),
            why=_(
                "Several current positions, one of them much older, usually mean a forgotten end date, and readers "
                "then misread what you do now."
            ),
            fix=_(
                "Add the end date of your position at {company}; if you really still hold it, say in the title that "
                'it is a side role, e.g. "Board member (volunteer)".',
                company=position.company,
            ),
            # Months as the archive gives them ("2017-01"): a month has no long date to write.
            evidence=(
                Evidence(
                    file,
                    position.line,
                    _(
                        "{position}: since {date}, no end date",
                        position=label(position.company, position.title),
                        date=when(start),
                    ),
                ),
                Evidence(
                    file,
                    newest.line,
                    _(
                        "{position}: since {date}",
                        position=label(newest.company, newest.title),
                        date=when(newest_start),
                    ),
                ),
            ),
            key=f"{position.company}|{position.title}",
        )
