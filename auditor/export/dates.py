"""Every date format LinkedIn has written into its exports (2018-2026), parsed without guessing.

The formats (see the format notes, section 2): `2026-04-02 22:25:49`, `2026-04-06 16:35:35 UTC`,
`2026/03/21 02:06:52 UTC`, `2021-07-30 18:09 UTC`, `4/6/26, 2:12 PM`, `04/15/24, 09:25 PM`, `09 Jul 2026`,
`Jun 2018`, `2006`, `Apr 3, 2023`, `Mon Apr 06 16:33:17 UTC 2026`, `May 07, 2022 08:00 AM`,
`January 15, 2026 at 11:39 PM (GMT)`. Month names may also come in French (`janv. 2020`, `juin 2018`) when the
member's interface was French. A file re-saved by a spreadsheet in a day-first locale (told by its semicolons)
may hold `12/03/2021 14:05` for the 12th of March: the `*_day_first` parsers read those (`DAY_FIRST`).

The hot formats (messages, shares, reactions) go through `datetime.fromisoformat`, which is implemented in C;
the rest use small hand-written parsers rather than `strptime`, which is locale-dependent and slow.
All timestamps are returned naive, in UTC as LinkedIn writes them. Unparseable text raises `ValueError`, which
the section reader turns into a `ParseIssue`. A date outside 1900-01-01 .. today + 5 years (year 0, 1, 9999) is
no date LinkedIn wrote: it raises `ImplausibleDate` (a `ValueError`), so that it reads as empty and no analysis
ever computes with it (9999 + 1 is no year).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from auditor.i18n import Message, Verbatim, _
from auditor.model import PartialDate, plausible_days


class ImplausibleDate(ValueError):
    """A date that parses but cannot be real: before 1900 or more than five years ahead. `detail` says which, as a
    catalog message (for the parse issue)."""

    def __init__(self, detail: Message) -> None:
        super().__init__(detail.en)
        self.detail = detail


# One process runs for minutes, so "today" is taken once.
EARLIEST, LATEST = (
    dt.datetime.combine(day, moment) for day, moment in zip(plausible_days(), (dt.time.min, dt.time.max), strict=True)
)


def plausible_day(day: dt.date) -> bool:
    return EARLIEST.date() <= day <= LATEST.date()


def check_stamp(stamp: dt.datetime) -> dt.datetime:
    if not EARLIEST <= stamp <= LATEST:
        raise ImplausibleDate(_("implausible date {day}", day=Verbatim(stamp.date().isoformat())))
    return stamp


def _year_checked(year: int) -> int:
    if not EARLIEST.year <= year <= LATEST.year:
        raise ImplausibleDate(_("implausible year {year}", year=Verbatim(str(year))))
    return year


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january", "janv", "janvier"),
        ("feb", "february", "fév", "fev", "févr", "fevr", "février", "fevrier"),
        ("mar", "march", "mars"),
        ("apr", "april", "avr", "avril"),
        ("may", "mai"),
        ("jun", "june", "juin"),
        ("jul", "july", "juil", "juillet"),
        ("aug", "august", "aoû", "aou", "août", "aout"),
        ("sep", "sept", "september", "septembre"),
        ("oct", "october", "octobre"),
        ("nov", "november", "novembre"),
        ("dec", "december", "déc", "décembre", "decembre"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
        _MONTHS[_name.capitalize()] = _number  # the spelling LinkedIn writes, found without lower-casing

_EMPTY = frozenset({"", "n/a", "na", "null", "none", "-", "---"})

_US_SHORT = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$")
_WORDY = re.compile(
    r"(?:[A-Za-z]{3}\s+)?"  # optional weekday ("Mon Apr 06 16:33:17 UTC 2026")
    r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2}),?\s+"
    r"(?:(?P<year>\d{4})\s*(?:at\s+)?)?"
    r"(?:(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[AaPp][Mm])?)?"
    r"\s*(?:\(?(?:UTC|GMT)\)?)?\s*(?P<year2>\d{4})?\s*(?:\((?:UTC|GMT)\))?$"
)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{4})$")


def _month(name: str) -> int:
    number = _MONTHS.get(name) or _MONTHS.get(name.lower().rstrip("."))
    if number is None:
        raise ValueError(f"unknown month name {name!r}")
    return number


def _hour24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError("hour out of range for AM/PM")
    return hour % 12 + (12 if ampm.lower() == "pm" else 0)


def _year4(year: int) -> int:
    # Two-digit years only appear in 2015+ exports ("4/6/26"); LinkedIn itself started in 2003.
    return year + 2000 if year < 100 else year


def parse_datetime(text: str) -> dt.datetime | None:
    """Parse any LinkedIn timestamp; None for an empty value, ValueError for anything unrecognised,
    `ImplausibleDate` for a date out of the plausible range."""
    try:
        stamp = _parse_datetime(text)
    except ValueError as error:
        raise _typed(error) from None
    return None if stamp is None else check_stamp(stamp)


def _typed(error: ValueError) -> ValueError:
    """Year 0 or 10000 cannot even be built: they are implausible dates too, not unreadable ones."""
    message = str(error)
    if message.startswith("year ") and message.endswith(" is out of range"):
        year = message.removeprefix("year ").removesuffix(" is out of range")
        return ImplausibleDate(_("implausible year {year}", year=Verbatim(year)))
    return error


def _parse_datetime(text: str) -> dt.datetime | None:
    s = text.strip()
    if s.lower() in _EMPTY:
        return None
    if len(s) >= 10 and s[4] in "-/" and s[:4].isdigit():
        if s.endswith(" UTC"):
            s = s[:-4]
        stamp = dt.datetime.fromisoformat(s.replace("/", "-"))
        return stamp if stamp.tzinfo is None else stamp.replace(tzinfo=None)
    match = _DAY_MONTH_YEAR.match(s)
    if match:
        return dt.datetime(int(match[3]), _month(match[2]), int(match[1]))
    match = _US_SHORT.match(s)
    if match:
        month, day, year, hour, minute, second, ampm = match.groups()
        return dt.datetime(
            _year4(int(year)), int(month), int(day), _hour24(int(hour), ampm), int(minute), int(second or 0)
        )
    match = _WORDY.match(s)
    if match and (match["year"] or match["year2"]):
        hour = int(match["hour"] or 0)
        return dt.datetime(
            int(match["year"] or match["year2"]),
            _month(match["month"]),
            int(match["day"]),
            _hour24(hour, match["ampm"]) if match["hour"] else 0,
            int(match["minute"] or 0),
            int(match["second"] or 0),
        )
    raise ValueError(f"unrecognised date {text.strip()[:40]!r}")


def parse_date(text: str) -> dt.date | None:
    """A day: `09 Jul 2026` (Connections) or any timestamp, truncated to its date."""
    stamp = parse_datetime(text)
    return None if stamp is None else stamp.date()


def parse_partial_date(text: str) -> PartialDate | None:
    """`2006`, `Jun 2018`, `Apr 3, 2023`, `2023-04-03`: as precise as the text is."""
    s = text.strip()
    if s.lower() in _EMPTY:
        return None
    if s.isdigit() and len(s) == 4:
        return PartialDate(_year_checked(int(s)))
    match = _MONTH_YEAR.match(s)
    if match:
        return PartialDate(_year_checked(int(match[2])), _month(match[1]))
    if len(s) == 7 and s[4] == "-" and s[:4].isdigit() and s[5:].isdigit():
        month = int(s[5:])
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range in {s!r}")
        return PartialDate(_year_checked(int(s[:4])), month)
    stamp = parse_datetime(s)
    assert stamp is not None  # empty values were handled above
    return PartialDate(stamp.year, stamp.month, stamp.day)


# A spreadsheet's day-first date, with an optional time (`12/03/2021`, `12/03/2021 14:05`, `12/03/2021 14:05:09`);
# never LinkedIn's own (its `4/6/26, 2:12 PM` is month first, with a two-digit year and a comma).
_DAY_FIRST = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def _day_first(text: str) -> dt.datetime | None:
    match = _DAY_FIRST.match(text.strip())
    if not match:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        stamp = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError as error:
        raise _typed(error) from None
    return check_stamp(stamp)


def parse_datetime_day_first(text: str) -> dt.datetime | None:
    """`parse_datetime` for a file whose slashed dates are day first."""
    stamp = _day_first(text)
    return stamp if stamp is not None else parse_datetime(text)


def parse_date_day_first(text: str) -> dt.date | None:
    stamp = _day_first(text)
    return stamp.date() if stamp is not None else parse_date(text)


def parse_partial_date_day_first(text: str) -> PartialDate | None:
    stamp = _day_first(text)
    return PartialDate(stamp.year, stamp.month, stamp.day) if stamp is not None else parse_partial_date(text)


DAY_FIRST: dict[Callable[[str], object], Callable[[str], object]] = {
    parse_datetime: parse_datetime_day_first,
    parse_date: parse_date_day_first,
    parse_partial_date: parse_partial_date_day_first,
}


def parse_event_range(text: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    """`May 07, 2022 08:00 AM - May 07, 2022 11:00 AM` -> (start, end)."""
    start, _, end = text.partition(" - ")
    return parse_datetime(start), parse_datetime(end) if end else None


_SENTENCE_DATE = re.compile(r"\bon\s+([A-Z][a-z]+\s+\d{1,2},\s+\d{4}(?:\s+at\s+\d{1,2}:\d{2}\s*[AP]M)?)")


def find_sentence_date(sentence: str) -> dt.datetime | None:
    """The date inside a Rich_Media sentence: `You uploaded a photo on March 9, 2026 at 2:58 PM (GMT)`."""
    match = _SENTENCE_DATE.search(sentence)
    return parse_datetime(match[1]) if match else None
