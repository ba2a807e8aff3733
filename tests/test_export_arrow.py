"""The Arrow fast path reads exactly what the csv module reads, or declines and leaves the member to it.

Both paths run on the same members: the Arrow one forced on small files by setting its size thresholds to 0, the
csv one by setting them out of reach. Every sample variant must load into equal `Export`s (records, line numbers,
parse issues), and every quirk the Arrow path cannot vouch for must make it decline.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pytest

from auditor.errors import ExportError
from auditor.export import Limits, arrowread, csvread, load_export
from auditor.export.csvread import IssueLog, read_table
from auditor.export.sections import SPEC_BY_NAME, parse_columns, parse_rows
from auditor.model import Export
from auditor.sample import write_sample

from .conftest import write_zip

VARIANTS = [(era, variant, lang) for era in ("2018", "2023", "2026") for variant in ("basic", "complete")
            for lang in ("en", "fr")]  # fmt: skip


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Records (section, size) of the members handed to the Arrow reader that it accepted."""
    accepted: list[tuple[str, int]] = []
    read_columns = arrowread.read_columns

    def spy(data: bytearray, markers: frozenset[str], dialect: csvread.Dialect) -> object:
        table = read_columns(data, markers, dialect)
        if table is not None:
            accepted.append((next(s.name for s in SPEC_BY_NAME.values() if s.header_markers is markers), len(data)))
        return table

    monkeypatch.setattr(arrowread, "read_columns", spy)
    return accepted


def _load(path: Path, *, arrow: bool, monkeypatch: pytest.MonkeyPatch, limits: Limits | None = None) -> Export:
    with monkeypatch.context() as patch:
        if arrow:
            patch.setattr(arrowread, "ARROW_MIN_BYTES", 0)
            patch.setattr(arrowread, "ARROW_ALSO_MIN_BYTES", 0)
        else:
            patch.setattr(arrowread, "ARROW_MIN_BYTES", 1 << 62)
            patch.setattr(arrowread, "ARROW_ALSO_MIN_BYTES", 1 << 62)
        return load_export(path, limits=limits)


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> Export:
    by_arrow = _load(path, arrow=True, monkeypatch=monkeypatch)
    by_csv = _load(path, arrow=False, monkeypatch=monkeypatch)
    assert by_arrow.parse_issues == by_csv.parse_issues
    assert by_arrow == by_csv
    return by_csv


# --- Every sample variant: the same Export by both paths ---------------------------------------------------------


@pytest.mark.parametrize(("era", "variant", "lang"), VARIANTS, ids=["-".join(v) for v in VARIANTS])
def test_samples_read_the_same_by_both_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, era: str, variant: str, lang: str
) -> None:
    path = tmp_path / "export.zip"
    write_sample(path, seed=5, lang=lang, size="small", variant=variant, era=era)
    accepted = _spy(monkeypatch)
    export = _both(path, monkeypatch)
    assert export.has("messages") and export.has("connections")
    # Not a vacuous comparison: every section went through Arrow but the one-column Skills (and Comments and
    # SearchQueries, which never do).
    expected = set(export.sources) - {"articles", "ad_targeting", "skills", "comments", "search_queries"}
    assert {section for section, _ in accepted} == expected


def test_chunk_boundaries_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.zip"
    write_sample(path, seed=2, lang="en", size="small", variant="complete", era="2026")
    monkeypatch.setattr(csvread, "CHUNK_ROWS", 7)  # both readers cut their chunks here
    monkeypatch.setattr(arrowread, "CHUNK_ROWS", 7)
    export = _both(path, monkeypatch)
    assert len(export.messages) > 7


def test_large_members_go_through_arrow_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A member of a megabyte brings pyarrow in; then mid-size members use it too, small ones do not."""
    rows = "".join(f"Ann,Lee{i},https://www.linkedin.com/in/a{i},,Acme,CFO,09 Jul 2026\n" for i in range(20_000))
    connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows
    invitations = "From,To,Sent At,Message,Direction\n" + "A,B,2026-01-02 03:04:05,hi,OUTGOING\n" * 5_000
    path = tmp_path / "export.zip"
    write_zip(path, {"Connections.csv": connections, "Invitations.csv": invitations, "Skills.csv": "Name\nSQL\n"})
    assert len(connections) > arrowread.ARROW_MIN_BYTES > len(invitations) > arrowread.ARROW_ALSO_MIN_BYTES
    accepted = _spy(monkeypatch)
    export = load_export(path)
    assert sorted(accepted) == [("connections", len(connections)), ("invitations", len(invitations))]
    assert len(export.connections) == 20_000 and export.connections[-1].line == 20_001
    assert export.invitations[0].sent_at == dt.datetime(2026, 1, 2, 3, 4, 5)
    assert export == _load(path, arrow=False, monkeypatch=monkeypatch)


# --- What makes the Arrow path decline ---------------------------------------------------------------------------

MESSAGES_HEADER = "CONVERSATION ID,FROM,TO,DATE,CONTENT,FOLDER\n"
GOOD_ROW = "c1,Ann Lee,Bob Roe,2026-04-06 16:35:35 UTC,Hello,INBOX\n"

DECLINED = {
    "invalid UTF-8": (MESSAGES_HEADER + GOOD_ROW).encode() + b"c2,Ann,Bob,2026-04-06 16:35:35 UTC,caf\xe9,INBOX\n",
    "missing values": (MESSAGES_HEADER + GOOD_ROW + "c2,Ann,Bob\n" + GOOD_ROW).encode(),
    "extra values": (MESSAGES_HEADER + GOOD_ROW + GOOD_ROW.rstrip("\n") + ",x,y\n").encode(),
    "trailing comma": (MESSAGES_HEADER + GOOD_ROW.rstrip("\n") + ",\n").encode(),
    "blank line between records": (MESSAGES_HEADER + GOOD_ROW + "\n" + GOOD_ROW).encode(),
    "blank line at the end": (MESSAGES_HEADER + GOOD_ROW + "\n").encode(),
    "unterminated quote": (MESSAGES_HEADER + GOOD_ROW + 'c2,Ann,Bob,2026-04-06 16:35:35 UTC,"open,INBOX\n').encode(),
    "unterminated quote after a blank line": (MESSAGES_HEADER + "\n" + 'c1,Ann,Bob,2026-04-06,x,"open\n').encode(),
    "lone carriage return": (MESSAGES_HEADER + 'c1,Ann,Bob,2026-04-06 16:35:35,"a\rb",INBOX\n').encode(),
    "NUL byte": (MESSAGES_HEADER + GOOD_ROW.replace("Hello", "He\x00llo")).encode(),
    "BOM opening the data": MESSAGES_HEADER.encode() + b"\xef\xbb\xbf" + GOOD_ROW.encode(),
    "header with no known column": b"Alpha,Beta\n1,2\n",
    "header only, no line break": MESSAGES_HEADER.rstrip("\n").encode(),
}


@pytest.mark.parametrize("data", DECLINED.values(), ids=DECLINED.keys())
def test_arrow_declines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    spec = SPEC_BY_NAME["messages"]
    assert arrowread.read_columns(bytearray(data), spec.header_markers, spec.dialect) is None
    path = write_zip(tmp_path / "export.zip", {"messages.csv": data})
    _both(path, monkeypatch)


def test_declined_members_keep_their_issues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_zip(
        tmp_path / "export.zip",
        {"messages.csv": DECLINED["invalid UTF-8"] + DECLINED["missing values"][len(MESSAGES_HEADER) :]},
    )
    export = _both(path, monkeypatch)
    problems = " ".join(issue.problem for issue in export.parse_issues)
    assert "not UTF-8" in problems and "row has 3 of 6 values" in problems


def test_one_column_files_are_left_to_the_csv_module() -> None:
    spec = SPEC_BY_NAME["skills"]
    data = bytearray(b"Name\nSQL\n   \nExcel\n")  # the csv module skips the row of spaces as a blank line
    assert arrowread.read_columns(data, spec.header_markers, spec.dialect) is None


def test_oversized_field_is_left_to_the_csv_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arrowread, "FIELD_SIZE_LIMIT", 10)
    spec = SPEC_BY_NAME["messages"]
    data = bytearray((MESSAGES_HEADER + GOOD_ROW.replace("Hello", "H" * 11)).encode())
    assert arrowread.read_columns(data, spec.header_markers, spec.dialect) is None


def test_search_queries_and_comments_never_go_through_arrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {
        "SearchQueries.csv": "Time,Search Query\n2026/03/21 02:06:52 UTC,ellie wright, mba\n"
        '2026/03/21 02:07:00 UTC,"q"\n',
        "Comments.csv": 'Date,Link,Message\n2026-01-02 03:04:05,https://x,"a \\"quoted\\" word"\n',
    }
    accepted = _spy(monkeypatch)
    export = _both(write_zip(tmp_path / "export.zip", files), monkeypatch)
    assert not accepted
    assert export.search_queries[0].query == "ellie wright, mba"
    assert export.comments[0].message == 'a "quoted" word'
    for name in ("search_queries", "comments"):
        assert not arrowread.eligible(SPEC_BY_NAME[name].dialect)


# --- Pieces of the fast path --------------------------------------------------------------------------------------


def test_whitespace_list_is_what_str_strip_removes() -> None:
    assert set(arrowread.WHITESPACE) == {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert all(not (ch + "x" + ch).strip().startswith(ch) for ch in arrowread.WHITESPACE)


ISO_CELLS = [
    "2026-04-06 16:35:35", "2026-04-06 16:35:35 UTC", "2026/04/06 16:35:35 UTC", "2026-04-06T16:35:35",
    "2024-02-29 23:59:59", "0001-01-01 00:00:00", "9999-12-31 23:59:59", "2000-02-29 12:00:00",
]  # fmt: skip
NOT_ISO_CELLS = [
    "2023-02-29 23:59:59", "1900-02-29 00:00:00", "2026-02-30 10:00:00", "2026-13-01 00:00:00", "2026-00-10 00:00:00",
    "2026-04-00 00:00:00", "0000-01-01 00:00:00", "2026-04-06 24:00:00", "2026-04-06 16:60:00", "2026-04-06 16:35:60",
    "2026-04-06 16:35:35 GMT", "2026-04-06x16:35:35", "2026-04-06 16-35-35", " 2026-04-06 16:35:3", "2026-04-06 16:35",
    "", "4/6/26, 2:12 PM", "2026-04-06 16:35:35+02", "２０２６-04-06 16:35:35", "2026-04-06 16:35:35.5",
]  # fmt: skip


def _fromisoformat(cell: str) -> dt.datetime:
    return dt.datetime.fromisoformat(cell.removesuffix(" UTC").replace("/", "-"))


@pytest.mark.parametrize("cell", ISO_CELLS)
def test_iso_stamps_equal_fromisoformat(cell: str) -> None:
    cells = [cell, "2026-01-02 03:04:05" + cell[19:]]
    assert arrowread.iso_stamps(pa.array(cells)) == [_fromisoformat(c) for c in cells]


@pytest.mark.parametrize("cell", NOT_ISO_CELLS)
def test_iso_stamps_leave_anything_else_to_the_section_parser(cell: str) -> None:
    assert arrowread.iso_stamps(pa.array(["2026-04-06 16:35:35", cell])) is None


def test_iso_stamps_on_random_stamps() -> None:
    rnd = random.Random(7)
    cells = []
    for _ in range(3000):
        digits = [rnd.choice("0123456789" if rnd.random() < 0.9 else "0129") for _ in range(14)]
        y, mo, d, h, mi, s = (
            "".join(digits[:4]), "".join(digits[4:6]), "".join(digits[6:8]),
            "".join(digits[8:10]), "".join(digits[10:12]), "".join(digits[12:14]),
        )  # fmt: skip
        cells.append(f"{y}-{mo}-{d} {h}:{mi}:{s}")
    for cell in cells:
        try:
            expected = [_fromisoformat(cell)]
        except ValueError:
            expected = None
        assert arrowread.iso_stamps(pa.array([cell])) == expected, cell


# --- Random CSV: both paths agree whenever Arrow accepts ---------------------------------------------------------

CELLS = ["", " ", "a", "b c", " x ", "é", "\u00a0y", "z\u2003", "&amp;", "R&amp;D", "2026-04-06 16:35:35",
         "2026-04-06 16:35:35 UTC", "2026/04/06 16:35:35 UTC", "2026-02-30 10:00:00", "4/6/26, 2:12 PM", "garbage",
         "INCOMING", "outgoing", "http://a, http://b", "2026-04-06 16:35:35+02:00", " 2026-04-06 16:35:35", 'say "hi"',
         "tab\t"]  # fmt: skip


def _random_csv(rnd: random.Random, header: list[str]) -> bytes:
    lines = ["Notes:", '"a, preamble"', ""] if rnd.random() < 0.2 else []
    lines.append(",".join(header))
    for _ in range(rnd.randint(0, 8)):
        row = []
        for _ in header:
            cell = rnd.choice(CELLS)
            if rnd.random() < 0.1:
                cell += rnd.choice(["\n", "\r\n"]) + rnd.choice(CELLS)
            if rnd.random() < 0.05:
                cell += '"q"'
            quoted = rnd.random() < 0.3 or any(ch in cell for ch in ',"\n\r')
            row.append('"' + cell.replace('"', '""') + '"' if quoted else cell)
        if rnd.random() < 0.05:
            row = row[:-1] if rnd.random() < 0.5 else [*row, "extra"]
        line = ",".join(row) if rnd.random() > 0.02 else ""
        lines.append(line.replace('"', "", 1) if rnd.random() < 0.03 else line)
    eol = "\r\n" if rnd.random() < 0.3 else "\n"
    return (eol.join(lines) + (eol if rnd.random() < 0.8 else "")).encode()


def _by_csv(data: bytes, spec_name: str) -> tuple[list[str], list[object], list[object]]:
    spec, sink = SPEC_BY_NAME[spec_name], []
    log = IssueLog("f.csv", sink)  # type: ignore[arg-type]
    header, chunks = read_table(io.BytesIO(data), spec.header_markers, log, spec.dialect)
    records = parse_rows(spec, header, chunks, log)
    log.close()
    return header, records, sink


def _by_arrow(data: bytes, spec_name: str) -> tuple[list[str], list[object], list[object]] | None:
    spec, sink = SPEC_BY_NAME[spec_name], []
    table = arrowread.read_columns(bytearray(data), spec.header_markers, spec.dialect)
    if table is None:
        return None
    log = IssueLog("f.csv", sink)  # type: ignore[arg-type]
    records = parse_columns(spec, table[0], table[1], log)
    log.close()
    return table[0], records, sink


def test_random_csv_reads_the_same_or_declines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvread, "CHUNK_ROWS", 3)  # chunk boundaries decide which issues come first
    monkeypatch.setattr(arrowread, "CHUNK_ROWS", 3)
    rnd = random.Random(11)
    accepted = 0
    for _ in range(1500):
        spec_name = rnd.choice(["messages", "reactions", "connections"])
        header = [column.aliases[0] for column in SPEC_BY_NAME[spec_name].columns]
        if rnd.random() < 0.1:
            header.append("Bogus")
        data = _random_csv(rnd, header)
        by_arrow = _by_arrow(data, spec_name)
        if by_arrow is not None:
            accepted += 1
            assert by_arrow == _by_csv(data, spec_name), data
    assert accepted > 500


# --- Reading ahead on a worker thread -----------------------------------------------------------------------------


def test_the_first_broken_member_in_order_is_reported(make_folder: Callable[..., Path]) -> None:
    """Sections left to the csv module are read first, while the worker prepares the others; a broken archive
    still fails on the member that reading in order would have failed on."""
    connections = "First Name,Last Name,Connected On\n" + "Ann,Lee,09 Jul 2026\n" * 200
    folder = make_folder({"Connections.csv": connections, "Profile.csv": "First Name,Headline\n" + "A,B\n" * 200})
    limits = Limits(max_member_bytes=1000)
    for arrow in (True, False):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(arrowread, "ARROW_MIN_BYTES", 0 if arrow else 1 << 62)
            patch.setattr(arrowread, "ARROW_ALSO_MIN_BYTES", 0 if arrow else 1 << 62)
            with pytest.raises(ExportError, match=r"Connections\.csv decompresses past"):
                load_export(folder, limits=limits)


def test_a_corrupt_member_read_ahead_raises(make_zip: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_zip({"messages.csv": MESSAGES_HEADER + GOOD_ROW * 4000, "Skills.csv": "Name\nSQL\n"})
    data = path.read_bytes()
    path.write_bytes(data[:200] + b"\xff" * 40 + data[240:])
    for arrow in (True, False):
        with pytest.raises(ExportError):
            _load(path, arrow=arrow, monkeypatch=monkeypatch)


def test_the_read_ahead_stays_within_one_member_cap(
    make_zip: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {
        "Connections.csv": "First Name,Last Name,Connected On\n" + "Ann,Lee,09 Jul 2026\n" * 300,
        "messages.csv": MESSAGES_HEADER + GOOD_ROW * 150,
        "Invitations.csv": "From,To,Sent At\n" + "A,B,2026-01-02 03:04:05\n" * 300,
    }
    path = make_zip(files)
    cap = max(len(content) for content in files.values()) + 10
    export = _load(path, arrow=True, monkeypatch=monkeypatch, limits=Limits(max_member_bytes=cap))
    assert export == _load(path, arrow=False, monkeypatch=monkeypatch, limits=Limits(max_member_bytes=cap))
    assert len(export.connections) == 300 and len(export.messages) == 150 and len(export.invitations) == 300


def test_without_pyarrow_the_csv_module_reads_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.zip"
    write_sample(path, seed=1, lang="en", size="small", variant="complete", era="2026")
    expected = _load(path, arrow=False, monkeypatch=monkeypatch)
    monkeypatch.setattr(arrowread, "_installed", lambda: False)
    accepted = _spy(monkeypatch)
    assert _load(path, arrow=True, monkeypatch=monkeypatch) == expected
    assert not accepted


def test_an_unexpected_failure_in_the_fast_path_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.zip"
    write_sample(path, seed=1, lang="en", size="small", variant="complete", era="2026")
    expected = _load(path, arrow=False, monkeypatch=monkeypatch)

    def broken(*_args: object) -> None:
        raise RuntimeError("not expected")

    monkeypatch.setattr(arrowread, "_parse", broken)
    assert _load(path, arrow=True, monkeypatch=monkeypatch) == expected
