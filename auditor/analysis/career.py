"""Career helpers the career rules share: whole months between two days, dates that never overflow, and side
activities.

A position whose title or company names a side activity (volunteer, board member, mentor, freelance, founder...)
may overlap a main job or stay current for years without being a forgotten end date; CAR-006 (overlaps) and
CAR-008 (stale current position) both leave such positions out, with the same default word list. Pure functions.
"""

from __future__ import annotations

import datetime as dt

from auditor.analysis.text import find_terms
from auditor.model import PartialDate, Position

# Words or phrases that mark a title or company as a side activity (whole words, case- and accent-insensitive;
# "a|b" lists variants of one term, as everywhere in `auditor.analysis.text`).
SIDE_ACTIVITY_WORDS: tuple[str, ...] = (
    "volunteer", "volunteering", "bénévole|bénévoles", "bénévolat", "board", "trustee",
    "conseil d'administration", "mentor", "mentoring", "mentorat", "advisor|adviser", "advisory", "freelance",
    "freelancer", "self-employed", "indépendant|indépendante", "auto-entrepreneur", "micro-entrepreneur",
    "founder", "cofounder", "fondateur|fondatrice", "cofondateur|cofondatrice", "part-time", "temps partiel",
    "vacataire", "intervenant|intervenante", "chargé d'enseignement|chargée d'enseignement", "lecturer",
    "ambassador", "ambassadeur|ambassadrice",
)  # fmt: skip


def whole_months(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` (included) to `end` (excluded): 2016-07-01 -> 2017-01-01 is 6."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (end.day < start.day)


def first_day(date: PartialDate) -> dt.date:
    """`date.first_day()`, kept within what a `datetime.date` holds: a damaged year (0, 10000) reads as the first or
    the last day there is. The reader keeps dates plausible, but the rules must not crash on an export made
    otherwise."""
    try:
        return date.first_day()
    except (ValueError, OverflowError):
        return dt.date.min if date.year < dt.MINYEAR else dt.date.max


def last_day(date: PartialDate) -> dt.date:
    """`date.last_day()`, kept within what a `datetime.date` holds ("9999-12" would end in year 10000)."""
    try:
        return date.last_day()
    except (ValueError, OverflowError):
        return dt.date.min if date.year < dt.MINYEAR else dt.date.max


def day_after(day: dt.date) -> dt.date:
    """The next day; the last day there is has none, and stays itself (for spans compared day by day)."""
    return day if day == dt.date.max else day + dt.timedelta(days=1)


def is_side_activity(position: Position, words: tuple[str, ...] = SIDE_ACTIVITY_WORDS) -> bool:
    """True when the position's title or company names a side activity (volunteer, board, freelance...)."""
    return bool(find_terms(f"{position.title}\n{position.company}", words))
