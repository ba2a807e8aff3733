"""Date formatting in every shape LinkedIn writes (section 2 of the export-format spec), plus random times.

Month and weekday names come from our own tables, never from `strftime`, whose `%b`/`%a` follow the process
locale: a French machine would otherwise write "juin 2018" where LinkedIn always writes "Jun 2018".
"""

from __future__ import annotations

import datetime as dt
import random

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def mon(month: int) -> str:
    """Three-letter English month abbreviation ("Jun")."""
    return MONTHS[month - 1][:3]


def _h12(hour: int) -> tuple[int, str]:
    return (hour % 12 or 12), ("AM" if hour < 12 else "PM")


def month_year(year: int, month: int) -> str:
    """Positions, Projects, Certifications: `Jun 2018`."""
    return f"{mon(month)} {year}"


def day_mon_year(d: dt.date) -> str:
    """Connections (2020s): `09 Jul 2026`."""
    return f"{d.day:02d} {mon(d.month)} {d.year}"


def us_short(t: dt.datetime, *, padded: bool = False) -> str:
    """Invitations, Registration, Email Addresses...: `4/6/26, 2:12 PM`; padded: `04/06/26, 02:12 PM`."""
    hour, ampm = _h12(t.hour)
    if padded:
        return f"{t.month:02d}/{t.day:02d}/{t.year % 100:02d}, {hour:02d}:{t.minute:02d} {ampm}"
    return f"{t.month}/{t.day}/{t.year % 100:02d}, {hour}:{t.minute:02d} {ampm}"


def mon_day_year(d: dt.date) -> str:
    """Publications and Profile birth dates: `Apr 3, 2023`."""
    return f"{mon(d.month)} {d.day}, {d.year}"


def mon_day(d: dt.date) -> str:
    """Profile birth date with the year hidden: `Apr 22`."""
    return f"{mon(d.month)} {d.day}"


def iso_seconds(t: dt.datetime) -> str:
    """Shares, Comments, Reactions, Votes, Member_Follows: `2026-04-02 22:25:49` (no zone)."""
    return t.strftime("%Y-%m-%d %H:%M:%S")


def iso_utc(t: dt.datetime) -> str:
    """messages.csv (2023+): `2026-04-06 16:35:35 UTC`."""
    return t.strftime("%Y-%m-%d %H:%M:%S UTC")


def slash_utc(t: dt.datetime) -> str:
    """Endorsements, SearchQueries: `2026/03/21 02:06:52 UTC`."""
    return t.strftime("%Y/%m/%d %H:%M:%S UTC")


def minute_utc(t: dt.datetime) -> str:
    """Learning: `2021-07-30 18:09 UTC`."""
    return t.strftime("%Y-%m-%d %H:%M UTC")


def java_date(t: dt.datetime) -> str:
    """Company Follows (Java `Date.toString`): `Mon Apr 06 16:33:17 UTC 2026`."""
    return f"{WEEKDAYS[t.weekday()]} {mon(t.month)} {t.day:02d} {t:%H:%M:%S} UTC {t.year}"


def event_range(start: dt.datetime, end: dt.datetime) -> str:
    """Events: `May 07, 2022 08:00 AM - May 07, 2022 11:00 AM`."""

    def one(t: dt.datetime) -> str:
        hour, ampm = _h12(t.hour)
        return f"{mon(t.month)} {t.day:02d}, {t.year} {hour:02d}:{t.minute:02d} {ampm}"

    return f"{one(start)} - {one(end)}"


def sentence_time(t: dt.datetime) -> str:
    """Inside Rich_Media sentences: `March 9, 2026 at 2:58 PM (GMT)`."""
    hour, ampm = _h12(t.hour)
    return f"{MONTHS[t.month - 1]} {t.day}, {t.year} at {hour}:{t.minute:02d} {ampm} (GMT)"


def article_stamp(t: dt.datetime) -> str:
    """Articles' created/published lines: `2017-12-09 04:54`."""
    return t.strftime("%Y-%m-%d %H:%M")


# --- random times -------------------------------------------------------------------------------------------


def between(rng: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """A random time in [start, end): a random day, at a plausible time of that day (see `office_time`).

    Intervals shorter than two days get a uniform second instead, so that the result stays inside them.
    """
    span = int((end - start).total_seconds())
    if span < 2 * 86_400:
        return start + dt.timedelta(seconds=rng.randrange(max(span, 1)))
    day = (start + dt.timedelta(seconds=rng.randrange(span))).date()
    t = office_time(rng, day)
    if t < start or t >= end:
        return start + dt.timedelta(seconds=rng.randrange(span))
    return t


def office_time(rng: random.Random, day: dt.date) -> dt.datetime:
    """A plausible time of day for professional activity: mostly office hours, some evenings (UTC)."""
    hour = rng.choices(range(24), weights=_HOUR_WEIGHTS)[0]
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))


# People post, comment and write mostly from 7:00 to 22:00, with peaks at the start of the day and at lunch.
_HOUR_WEIGHTS = (1, 0, 0, 0, 0, 1, 3, 8, 12, 12, 10, 9, 11, 10, 9, 9, 8, 7, 6, 6, 5, 4, 3, 2)


EPOCH = dt.datetime(1970, 1, 1)


def epoch_ms(t: dt.datetime) -> int:
    """Milliseconds since 1970 for a naive UTC time (never `datetime.timestamp()`, which uses the local zone)."""
    return int((t - EPOCH).total_seconds() * 1000)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
