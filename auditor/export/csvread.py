"""Reading one CSV member into header-mapped rows, surviving LinkedIn's quirks and hostile bytes.

What this module absorbs, so that section parsers never see it:
- a BOM, CRLF or LF, a missing final newline (the `csv` module with newline="" handles the last two);
- bytes that are not UTF-8: decoded byte by byte as Windows-1252 and reported once per file;
- a preamble before the header (Connections' "Notes:" block): the header is the first record holding a known
  column name;
- quoted multi-line fields, and Comments' backslash-escaped quotes (a dialect flag);
- rows with missing or extra fields, reported as parse issues with their line number;
- anything the `csv` module itself rejects (NUL bytes, a field over the size limit): reported, reading goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from auditor.model import ParseIssue, ParseIssueKind

# One field may legitimately be long (a message with HTML, a 110,000-character article pasted in a post), but
# not unbounded: the cap keeps a hostile file from turning one field into the whole archive.
FIELD_SIZE_LIMIT = 8 * 1024 * 1024
csv.field_size_limit(FIELD_SIZE_LIMIT)

# Issues of one kind in one file beyond this many are summarised in one line, so a broken 200,000-row file
# cannot flood the report (or memory) with identical issues.
MAX_ISSUES_PER_KIND = 20

HEADER_SEARCH_RECORDS = 12

_FALLBACK_ERRORS = "linkedin-auditor-cp1252"


class _DecodeFallback:
    """A codec error handler: undecodable bytes are read as Windows-1252 (Latin-1 where it has a hole)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: UnicodeError) -> tuple[str, int]:
        if not isinstance(error, UnicodeDecodeError):
            raise error
        self.count += error.end - error.start
        bad = error.object[error.start : error.end]
        return bad.decode("cp1252", errors="replace").replace("\ufffd", "") or bad.decode("latin-1"), error.end


# The handler is registered once, process-wide; the counter is reset per file by `read_table`.
_fallback = _DecodeFallback()
codecs.register_error(_FALLBACK_ERRORS, _fallback)


def compact(name: str) -> str:
    """A header or file name reduced for matching: lower case, no spaces, underscores, quotes or BOM."""
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch in "()")


class IssueLog:
    """Collects parse issues for one file, capping repeats of one kind (of one field, for bad values)."""

    def __init__(self, file: str, sink: list[ParseIssue]) -> None:
        self.file = file
        self._sink = sink
        self._counts: dict[tuple[ParseIssueKind, str | None], int] = {}

    def add(self, kind: ParseIssueKind, detail: str, line: int | None = None, field: str | None = None) -> None:
        key = (kind, field if kind == "bad-value" else None)
        count = self._counts.get(key, 0) + 1
        self._counts[key] = count
        if count <= MAX_ISSUES_PER_KIND:
            self._sink.append(ParseIssue(kind, self.file, line, field, detail))

    def close(self) -> None:
        """Summarise each capped kind in one issue that counts the ones not listed."""
        for (kind, field), count in self._counts.items():
            if count > MAX_ISSUES_PER_KIND:
                hidden = count - MAX_ISSUES_PER_KIND
                detail = f"{hidden} more issue(s) of this kind"
                self._sink.append(ParseIssue(kind, self.file, None, field, detail, count=hidden))


@dataclass(frozen=True)
class Dialect:
    backslash_escapes: bool = False  # Comments.csv writes \" inside quoted fields
    rest_in_last_column: bool = False  # SearchQueries.csv leaves commas in the query unquoted


def read_table(
    stream: BinaryIO,
    header_markers: frozenset[str],
    issues: IssueLog,
    dialect: Dialect | None = None,
) -> tuple[list[str], Iterator[Chunk]]:
    """Return the header and the data rows in chunks, every row exactly as wide as the header."""
    dialect = dialect or Dialect()
    _fallback.count = 0
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors=_FALLBACK_ERRORS, newline="")
    reader = csv_reader(text, dialect)
    header, pending = find_header(reader, header_markers, issues)
    return header, _chunks(reader, pending, len(header), issues, dialect)


def csv_reader(text: Iterable[str], dialect: Dialect) -> Any:
    if dialect.backslash_escapes:
        return csv.reader(text, escapechar="\\", doublequote=True, strict=False)
    return csv.reader(text, strict=False)


def find_header(
    reader: Any, header_markers: frozenset[str], issues: IssueLog
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header, and the records read past it while looking for it (data rows, with their lines). On return the
    reader stands right after the header's last line when it was found by a known column name."""
    header: list[str] = []
    searched: list[tuple[int, list[str]]] = []
    for record in itertools.islice(_records(reader, issues), HEADER_SEARCH_RECORDS):
        if any(compact(cell) in header_markers for cell in record[1]):
            header = record[1]
            searched.clear()
            break
        searched.append(record)
    if not header:
        # No known column name: a variant we do not know. Its first non-blank record stands as the header, so
        # the caller reports the unknown columns rather than silently reading nothing.
        while searched and not any(cell.strip() for cell in searched[0][1]):
            searched.pop(0)
        if searched:
            header = searched.pop(0)[1]
    return header, searched


def _records(reader: Iterator[list[str]], issues: IssueLog) -> Iterator[tuple[int, list[str]]]:
    """Raw records with their first line; used only while looking for the header."""
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            issues.add("unreadable-record", f"unreadable CSV ({error}); skipped", line=line)
            row = None
        if row is not None:
            yield line, row
        line = reader.line_num + 1  # type: ignore[attr-defined]


# Rows are handed over in chunks: the section parser converts and builds records column by column (C-level
# loops), which needs a batch of rows, while the chunk size keeps memory bounded on the largest files.
CHUNK_ROWS = 32_768

Chunk = tuple[list[int], list[list[str]]]  # (first line of each row, the rows)


def _chunks(
    reader: Any,
    pending: list[tuple[int, list[str]]],
    width: int,
    issues: IssueLog,
    dialect: Dialect,
) -> Iterator[Chunk]:
    """The data records in chunks, each row shaped to the header's width. This loop runs once per row of the
    largest files: it does as little as it can."""
    lines: list[int] = []
    rows: list[list[str]] = []
    for line, row in pending:
        if len(row) == width or _reshape(row, width, line, issues, dialect):
            lines.append(line)
            rows.append(row)
    add_line, add_row = lines.append, rows.append
    line = reader.line_num + 1
    while True:
        try:
            for row in reader:
                if len(row) == width or _reshape(row, width, line, issues, dialect):
                    add_line(line)
                    add_row(row)
                    if len(rows) >= CHUNK_ROWS:
                        yield lines, rows
                        lines, rows = [], []
                        add_line, add_row = lines.append, rows.append
                line = reader.line_num + 1
            break
        except csv.Error as error:
            issues.add("unreadable-record", f"unreadable CSV ({error}); skipped", line=line)
            line = reader.line_num + 1
    if rows:
        yield lines, rows
    if _fallback.count:
        issues.add("encoding-fallback", f"{_fallback.count} byte(s) were not UTF-8; read as Windows-1252")


def rows_of(chunks: Iterator[Chunk]) -> Iterator[tuple[int, list[str]]]:
    """(line, row) pairs, for the small files that are read row by row."""
    for lines, rows in chunks:
        yield from zip(lines, rows, strict=True)


def _reshape(row: list[str], width: int, line: int, issues: IssueLog, dialect: Dialect) -> bool:
    """Bring a row of the wrong width to the header's width, in place; False for a blank line to skip."""
    n = len(row)
    if n == 0 or (n == 1 and not row[0].strip()):
        return False
    if n > width:
        if dialect.rest_in_last_column and width:
            row[width - 1 :] = [",".join(row[width - 1 :])]
        elif any(cell.strip() for cell in row[width:]):
            issues.add("extra-values", f"{n - width} value(s) beyond the header's {width} columns ignored", line=line)
            del row[width:]
        else:
            del row[width:]  # trailing empty cells, as in Learning.csv's trailing comma
    else:
        issues.add("missing-values", f"row has {n} of {width} values; the rest read as empty", line=line)
        row.extend([""] * (width - n))
    return True
