"""Numbers, percentages, dates, spans and lists, written the locale's way (Babel): the one place that formats a
fact for a reader. `auditor.i18n.render` calls `value` for each fact a message carries.

    en: 16,500 · 0.6 · 23% · November 2, 2026 · 13 days · Léa, Sam, and Inès
    fr: 16 500 · 0,6 · 23 % · 2 novembre 2026 · 13 jours · Léa, Sam et Inès

French typography: Babel's French data already puts the narrow no-break space in "16 500" and "23 %"; a span
keeps its number and unit together with a no-break space, and the first of the month is "1er".
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit

if TYPE_CHECKING:
    from auditor.i18n import Param

NBSP = "\u00a0"


@functools.cache
def locale(language: str) -> Locale:
    return Locale.parse(language)


@functools.lru_cache(maxsize=4096)  # audits say the same small numbers and dates many times
def count(n: int, language: str) -> str:
    """A whole number, grouped: `16,500` / `16 500`."""
    return format_decimal(n, locale=locale(language))


@functools.lru_cache(maxsize=4096)
def number(value: float, language: str, digits: int = 1) -> str:
    """A number with at most `digits` decimals: `0.6` / `0,6`; `2` rather than `2.0`."""
    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    return format_decimal(round(value, digits), format=pattern, locale=locale(language))


@functools.lru_cache(maxsize=4096)
def percent(share: float, language: str, digits: int = 0) -> str:
    """A share as a percentage: `23%` / `23 %`."""
    pattern = locale(language).percent_formats[None].pattern  # the locale's: "#,##0%", "#,##0\u00a0%"
    if digits > 0:
        pattern = pattern.replace("0", "0." + "#" * digits, 1)
    return format_percent(share, format=pattern, locale=locale(language))


@functools.lru_cache(maxsize=4096)
def long_date(day: dt.date, language: str) -> str:
    """`November 2, 2026` / `2 novembre 2026`, `1er novembre 2026`."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if language == "fr" and day.day == 1:
        return format_date(day, "d'er' MMMM y", locale=locale(language))
    return format_date(day, "long", locale=locale(language))


@functools.lru_cache(maxsize=4096)
def month(day: dt.date, language: str) -> str:
    """`November 2026` / `novembre 2026`."""
    return format_date(day, "MMMM y", locale=locale(language))


def short_month(day: dt.date, language: str, *, year: bool = False) -> str:
    """`Nov` / `nov.` (with `year`: `Nov 26` / `nov. 26`): a chart's axis label."""
    return format_date(day, "MMM yy" if year else "MMM", locale=locale(language))


def weekday(day: dt.date, language: str) -> str:
    """`Mon` / `lun.`."""
    return format_date(day, "EEE", locale=locale(language))


def quarter(year: int, number: int, language: str) -> str:
    """`Q3 2026` / `T3 2026`: the locale's abbreviation of a quarter, with its year."""
    return format_date(dt.date(year, 3 * number - 2, 1), "QQQ y", locale=locale(language))


@functools.lru_cache(maxsize=4096)
def span(days: int, language: str) -> str:
    """A span of days as people say it: days under 45 days, months under two years, then years."""
    days = max(days, 0)
    if days < 45:
        amount, unit = days, "duration-day"
    elif days < 730:
        amount, unit = days // 30, "duration-month"
    else:
        amount, unit = days // 365, "duration-year"
    text = format_unit(amount, unit, length="long", locale=locale(language))
    # French keeps the number and its unit on one line (CLDR's data has a plain space in some plurals).
    return text.replace(" ", NBSP) if language == "fr" else text


def names(items: tuple[str, ...], language: str, style: str = "and") -> str:
    """`Léa, Sam, and Inès` / `Léa, Sam et Inès`; style "or": `Léa or Sam` / `Léa ou Sam`."""
    if not items:
        return ""
    return format_list(list(items), style="or" if style == "or" else "standard", locale=locale(language))


def value(fact: Param, language: str) -> str:
    """One fact of a message, written for `language`."""
    from auditor.i18n import Days, Message, Month, Names, Number, Percent, Verbatim, render

    if isinstance(fact, str):
        return fact
    if isinstance(fact, bool):
        raise TypeError("a message fact cannot be a bool: say it in words")
    if isinstance(fact, int):
        return count(fact, language)
    if isinstance(fact, float):
        return number(fact, language)
    if isinstance(fact, Message):
        return render(fact, language)
    if isinstance(fact, Number):
        return number(fact.value, language, fact.digits)
    if isinstance(fact, Percent):
        return percent(fact.share, language, fact.digits)
    if isinstance(fact, Days):
        return span(fact.days, language)
    if isinstance(fact, Names):
        items = tuple(name if isinstance(name, str) else render(name, language) for name in fact.names)
        return names(items, language, fact.style)
    if isinstance(fact, Month):
        return month(dt.date(fact.year, fact.month, 1), language)
    if isinstance(fact, Verbatim):
        return fact.text
    if isinstance(fact, dt.datetime):  # the day is what is said (and what the cache keeps)
        return long_date(fact.date(), language)
    if isinstance(fact, dt.date):
        return long_date(fact, language)
    raise TypeError(f"cannot write a {type(fact).__name__} in a message")
