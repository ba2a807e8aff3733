"""Encodings and dialects, detected rather than assumed (issue 7 pattern 1, issue 8 item 4).

Old archives write some members (the posts file) in UTF-16LE with a BOM, separated by TABs; a spreadsheet re-save
in a French locale writes semicolons, in Windows-1252 or UTF-8 with a BOM, and its own dates. Every fixture is
generated here from the same posts: each encoding must read every post with its date, or, when nothing can be
read, leave the section absent and say so.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.export import load_export
from auditor.export.dates import parse_date_day_first, parse_datetime_day_first, parse_partial_date_day_first
from auditor.model import PartialDate

HEADER = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
POSTS = [
    (
        dt.datetime(2021, 3, 12, 14, 5),  # day 12, month 3: read month first, it would be the 3rd of December
        "https://www.linkedin.com/feed/update/urn:li:share:1",
        'Première ligne ; deuxième idée, avec une virgule.\n\n« Qualité » — 5 € d\'économie, "vraiment".',
    ),
    (dt.datetime(2020, 1, 2, 9, 30), "https://www.linkedin.com/feed/update/urn:li:share:2", "Court."),
    (
        dt.datetime(2019, 11, 30, 23, 59),
        "https://www.linkedin.com/feed/update/urn:li:share:3",
        "Une tabulation\tici,\net un saut de ligne.",
    ),
]
PROFILE = "First Name,Last Name,Headline\nClaire,Dupont,Acheteuse\n"


def _shares(delimiter: str, stamp: Callable[[dt.datetime], str]) -> str:
    """The posts as the writer of the file would write them (CRLF, quotes only where needed)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    for when, link, text in POSTS:
        writer.writerow([stamp(when), link, text, "", "", "MEMBER_NETWORK"])
    return out.getvalue()


def _linkedin(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S")


def _french_sheet(when: dt.datetime) -> str:
    return when.strftime("%d/%m/%Y %H:%M")


def _iso_sheet(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")


VARIANTS = {
    "UTF-16LE with BOM, TAB": codecs.BOM_UTF16_LE + _shares("\t", _linkedin).encode("utf-16-le"),
    "UTF-16BE with BOM, TAB": codecs.BOM_UTF16_BE + _shares("\t", _linkedin).encode("utf-16-be"),
    "UTF-16LE without BOM, TAB": _shares("\t", _linkedin).encode("utf-16-le"),
    "Windows-1252, semicolons, day-first dates": _shares(";", _french_sheet).encode("cp1252"),
    "UTF-8 with BOM, semicolons, day-first dates": _shares(";", _french_sheet).encode("utf-8-sig"),
    "UTF-8 with BOM, semicolons, ISO dates without seconds": _shares(";", _iso_sheet).encode("utf-8-sig"),
    "UTF-8, TAB": _shares("\t", _linkedin).encode(),
    "UTF-8, comma (LinkedIn's own)": _shares(",", _linkedin).encode(),
}


@pytest.mark.parametrize("data", VARIANTS.values(), ids=VARIANTS.keys())
def test_every_post_is_read_with_its_date(make_zip: Callable[..., Path], data: bytes) -> None:
    export = load_export(make_zip({"Shares.csv": data, "Profile.csv": PROFILE}))
    assert export.has("shares") and not export.unreadable
    assert [(share.shared_at, share.link, share.commentary) for share in export.shares] == POSTS
    assert [share.visibility for share in export.shares] == ["MEMBER_NETWORK"] * 3
    assert [share.line for share in export.shares] == [2, 5, 6]  # the first post spans three lines
    kinds = [issue.kind for issue in export.parse_issues]
    assert kinds == (["encoding-fallback"] if data == VARIANTS["Windows-1252, semicolons, day-first dates"] else [])


def test_a_comma_file_keeps_linkedin_month_first_dates(make_zip: Callable[..., Path]) -> None:
    """Only a day-first locale's file (semicolons) reads `12/03/2021` as the 12th of March."""
    export = load_export(make_zip({"Shares.csv": _shares(",", lambda when: "4/6/26, 2:12 PM")}))
    assert {share.shared_at for share in export.shares} == {dt.datetime(2026, 4, 6, 14, 12)}


def test_search_queries_rest_keeps_its_delimiter(make_zip: Callable[..., Path]) -> None:
    data = "Time;Search Query\r\n2026-03-21 02:06:52;ellie wright; mba\r\n"
    export = load_export(make_zip({"SearchQueries.csv": data}))
    assert export.search_queries[0].query == "ellie wright; mba"


GARBAGE = {
    "random bytes": random.Random(1).randbytes(3000),
    "binary with NULs": bytes(range(256)) * 8,
    "text with no known column": "Alpha;Beta\tGamma\n1;2\t3\n".encode("utf-16"),
}


@pytest.mark.parametrize("data", GARBAGE.values(), ids=GARBAGE.keys())
def test_a_member_nothing_can_read_is_unreadable_and_absent(make_zip: Callable[..., Path], data: bytes) -> None:
    export = load_export(make_zip({"Shares.csv": data, "Profile.csv": PROFILE}))
    assert not export.has("shares") and export.shares == ()
    assert export.unreadable == {"shares": ("Shares.csv",)}
    assert "shares" not in export.missing and "shares" not in export.sources
    assert [(issue.kind, issue.file) for issue in export.parse_issues] == [("undecodable", "Shares.csv")]


def test_an_unreadable_part_leaves_the_readable_ones(make_zip: Callable[..., Path]) -> None:
    files = {"Shares_1.csv": GARBAGE["random bytes"], "Shares_2.csv": VARIANTS["UTF-16LE with BOM, TAB"]}
    export = load_export(make_zip(files))
    assert export.has("shares") and len(export.shares) == 3
    assert export.sources["shares"].files == ("Shares_2.csv",)  # evidence never cites the file not read
    assert export.unreadable == {"shares": ("Shares_1.csv",)}


def test_inspect_shows_the_unreadable_file(make_zip: Callable[..., Path]) -> None:
    path = make_zip({"Shares.csv": GARBAGE["random bytes"], "Profile.csv": PROFILE})
    text = CliRunner().invoke(cli, ["inspect", str(path)])
    assert text.exit_code == 0, text.output
    assert "Unreadable files, not used by the audit (1): Shares.csv (shares)" in text.output
    assert "Shares.csv: undecodable: no known column name" in text.output
    data = json.loads(CliRunner().invoke(cli, ["inspect", str(path), "--json"]).output)
    assert data["unreadable"] == {"shares": ["Shares.csv"]}
    assert "shares" not in data["missing"] and "shares" not in data["sections"]


@pytest.mark.parametrize(
    "variant", ["UTF-16LE with BOM, TAB", "Windows-1252, semicolons, day-first dates"], ids=["utf16", "cp1252"]
)
def test_the_command_line_reads_every_post(make_zip: Callable[..., Path], tmp_path: Path, variant: str) -> None:
    path = make_zip({"Shares.csv": VARIANTS[variant], "Profile.csv": PROFILE})
    out = tmp_path / "audit.json"
    result = CliRunner().invoke(cli, ["audit", str(path), "--json", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["export"]["sections"]["shares"] == 3
    inventory = json.loads(CliRunner().invoke(cli, ["inspect", str(path), "--json"]).output)
    shares = inventory["sections"]["shares"]
    assert (shares["rows"], shares["first"], shares["last"]) == (3, "2019-11-30", "2021-03-12")


def test_day_first_parsers() -> None:
    assert parse_datetime_day_first("12/03/2021 14:05") == dt.datetime(2021, 3, 12, 14, 5)
    assert parse_datetime_day_first("01/02/2020 09:30:15") == dt.datetime(2020, 2, 1, 9, 30, 15)
    assert parse_datetime_day_first("2021-03-12 14:05") == dt.datetime(2021, 3, 12, 14, 5)
    assert parse_datetime_day_first("") is None
    assert parse_date_day_first("12/03/2021") == dt.date(2021, 3, 12)
    assert parse_partial_date_day_first("12/03/2021") == PartialDate(2021, 3, 12)
    assert parse_partial_date_day_first("juin 2018") == PartialDate(2018, 6)
    with pytest.raises(ValueError):
        parse_datetime_day_first("31/02/2021 10:00")
