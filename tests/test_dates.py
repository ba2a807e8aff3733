"""Every date format LinkedIn has written, and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.export.dates import find_sentence_date, parse_date, parse_datetime, parse_event_range, parse_partial_date
from auditor.model import PartialDate

D = dt.datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-04-02 22:25:49", D(2026, 4, 2, 22, 25, 49)),  # Shares, Comments, Reactions
        ("2026-04-06 16:35:35 UTC", D(2026, 4, 6, 16, 35, 35)),  # messages 2023+
        ("2026/03/21 02:06:52 UTC", D(2026, 3, 21, 2, 6, 52)),  # Endorsements, SearchQueries
        ("2021-07-30 18:09 UTC", D(2021, 7, 30, 18, 9)),  # Learning
        ("4/6/26, 2:12 PM", D(2026, 4, 6, 14, 12)),  # Invitations 2023+
        ("04/15/24, 09:25 PM", D(2024, 4, 15, 21, 25)),  # Recommendations
        ("1/8/18, 6:14 PM", D(2018, 1, 8, 18, 14)),  # 2018 Connections
        ("12/31/18, 12:05 AM", D(2018, 12, 31, 0, 5)),
        ("6/19/15, 12:10 PM", D(2015, 6, 19, 12, 10)),
        ("09 Jul 2026", D(2026, 7, 9)),  # Connections 2020s
        ("Apr 3, 2023", D(2023, 4, 3)),  # Publications
        ("Mon Apr 06 16:33:17 UTC 2026", D(2026, 4, 6, 16, 33, 17)),  # Company Follows
        ("May 07, 2022 08:00 AM", D(2022, 5, 7, 8, 0)),  # Events
        ("January 15, 2026 at 11:39 PM (GMT)", D(2026, 1, 15, 23, 39)),  # Rich_Media
        ("  2026-04-02 22:25:49\t", D(2026, 4, 2, 22, 25, 49)),
    ],
)
def test_timestamps(text: str, expected: dt.datetime) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "N/A", "null", "---"])
def test_empty_values_are_none(text: str) -> None:
    assert parse_datetime(text) is None
    assert parse_partial_date(text) is None


@pytest.mark.parametrize(
    "text", ["yesterday", "32 Foo 2020", "2026-13-45 10:00:00", "13/45/26, 2:12 PM", "Smarch 3, 2020"]
)
def test_garbage_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2006", PartialDate(2006), "year"),
        ("Jun 2018", PartialDate(2018, 6), "month"),
        ("Apr 3, 2023", PartialDate(2023, 4, 3), "day"),
        ("janv. 2020", PartialDate(2020, 1), "month"),
        ("févr. 2019", PartialDate(2019, 2), "month"),
        ("juin 2018", PartialDate(2018, 6), "month"),
        ("décembre 2015", PartialDate(2015, 12), "month"),
        ("2024-03", PartialDate(2024, 3), "month"),
    ],
)
def test_partial_dates(text: str, expected: PartialDate, precision: str) -> None:
    parsed = parse_partial_date(text)
    assert parsed == expected
    assert parsed is not None and parsed.precision == precision


def test_partial_date_bounds() -> None:
    assert PartialDate(2006).last_day() == dt.date(2006, 12, 31)
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)
    assert PartialDate(2024, 2).first_day() == dt.date(2024, 2, 1)
    assert str(PartialDate(2018, 6)) == "2018-06"


def test_connection_day_and_event_range_and_sentence() -> None:
    assert parse_date("09 Jul 2026") == dt.date(2026, 7, 9)
    assert parse_event_range("May 07, 2022 08:00 AM - May 07, 2022 11:00 AM") == (
        D(2022, 5, 7, 8, 0),
        D(2022, 5, 7, 11, 0),
    )
    sentence = "You uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT)"
    assert find_sentence_date(sentence) == D(2026, 1, 15, 23, 39)
    assert find_sentence_date("Video content can be downloaded at") is None
