"""Reading one CSV member into header-mapped rows, surviving LinkedIn's quirks, spreadsheets and hostile bytes.

What this module absorbs, so that section parsers never see it:
- the encoding, detected rather than assumed: a BOM first (UTF-8, UTF-16LE, UTF-16BE), else UTF-16 told by its
  NUL bytes, else UTF-8, where bytes that are not UTF-8 are decoded one by one as Windows-1252 and reported once
  per file (a spreadsheet's Windows-1252 re-save reads right that way);
- the delimiter, sniffed from the header: comma, TAB (old archives' UTF-16 members) or semicolon (a spreadsheet
  re-save in a French locale), whichever splits the header into the section's known column names;
- CRLF or LF, a missing final newline (the `csv` module with newline="" handles both);
- a preamble before the header (Connections' "Notes:" block): the header is the first record holding a known
  column name; a member with none under any encoding and delimiter is `Undecodable`;
- quoted multi-line fields, and Comments' backslash-escaped quotes (a dialect flag);
- rows with missing or extra fields, reported as parse issues with their line number;
- anything the `csv` module itself rejects (a field over the size limit): reported, reading goes on;
- a cell past the cell budget (a 100 MB company name): cut on the bytes, before the csv module sees it, the row
  kept (`_RunCutter`).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, BinaryIO

from auditor.i18n import Message, _, n_
from auditor.model import ParseIssue, ParseIssueKind

# One field may legitimately be long (a message with HTML, a 125,000-character article pasted in a post), but
# not unbounded: the cap keeps a hostile file from turning one field into the whole archive. Cells are cut to
# `Limits.max_cell_bytes` (at most this) before the csv module sees them; a field it still finds too long (one
# made of many short quoted runs) is an unreadable record.
FIELD_SIZE_LIMIT = 1024 * 1024
csv.field_size_limit(FIELD_SIZE_LIMIT)

# Bytes handed on per call by `_RunCutter`.
_CUT_SLICE = 256 * 1024

# Bytes the text layer asks for at a time. TextIOWrapper's own default (8 KiB) makes every layer below it (the
# cutter, the archive's budget, the ZIP inflater) run once per 8 KiB: some 9,000 rounds of Python calls for the
# largest export's 73 MB, 1,100 at 64 KiB (about 0.05-0.1 s of a 2.7 s audit, near this machine's noise); 256 KiB
# measured no better.
_TEXT_CHUNK = 64 * 1024

# Issues of one kind in one file beyond this many are summarised in one line, so a broken 200,000-row file
# cannot flood the report (or memory) with identical issues.
MAX_ISSUES_PER_KIND = 20

HEADER_SEARCH_RECORDS = 12

# Enough of a member's start to hold its header: Connections' preamble is ~500 bytes, a header line ~300.
SNIFF_BYTES = 64 * 1024
DELIMITERS = (",", "\t", ";")

_FALLBACK_ERRORS = "linkedin-auditor-cp1252"
_REPLACE_ERRORS = "linkedin-auditor-replace"


class _DecodeFallback:
    """A codec error handler that counts what it mends. For UTF-8, undecodable bytes are read as Windows-1252
    (Latin-1 where it has a hole); for UTF-16 (where they are not text in any 8-bit code), replaced by U+FFFD."""

    def __init__(self, as_cp1252: bool) -> None:
        self.as_cp1252 = as_cp1252
        self.count = 0

    def __call__(self, error: UnicodeError) -> tuple[str, int]:
        if not isinstance(error, UnicodeDecodeError):
            raise error
        self.count += error.end - error.start
        if not self.as_cp1252:
            return "\ufffd", error.end
        bad = error.object[error.start : error.end]
        return bad.decode("cp1252", errors="replace").replace("\ufffd", "") or bad.decode("latin-1"), error.end


# The handlers are registered once, process-wide; their counters are reset per file by `read_table`.
_fallback = _DecodeFallback(as_cp1252=True)
_replaced = _DecodeFallback(as_cp1252=False)
codecs.register_error(_FALLBACK_ERRORS, _fallback)
codecs.register_error(_REPLACE_ERRORS, _replaced)


@lru_cache(maxsize=4096)  # the same few hundred header and file names, met again for each member and record
def compact(name: str) -> str:
    """A header or file name reduced for matching: lower case, no spaces, underscores, quotes or BOM."""
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch in "()")


class IssueLog:
    """Collects parse issues for one file, capping repeats of one kind (of one field, for bad values)."""

    def __init__(self, file: str, sink: list[ParseIssue]) -> None:
        self.file = file
        self._sink = sink
        self._counts: dict[tuple[ParseIssueKind, str | None], int] = {}

    def add(
        self, kind: ParseIssueKind, detail: Message | str, line: int | None = None, field: str | None = None
    ) -> None:
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
                detail = n_("{n} more issue of this kind", "{n} more issues of this kind", hidden)
                self._sink.append(ParseIssue(kind, self.file, None, field, detail, count=hidden))


@dataclass(frozen=True)
class Dialect:
    backslash_escapes: bool = False  # Comments.csv writes \" inside quoted fields
    rest_in_last_column: bool = False  # SearchQueries.csv leaves commas in the query unquoted
    delimiter: str = ","  # sniffed per member by `read_table`

    @property
    def day_first(self) -> bool:
        """Whether `12/03/2021` is the 12th of March: semicolons come from a spreadsheet saved in a locale that
        writes its dates day first (French, German...); LinkedIn itself never writes a day-first date."""
        return self.delimiter == ";"


class Undecodable(Exception):
    """A member that no encoding and delimiter make readable: no known column name in its first records."""

    def __init__(self, detail: Message) -> None:
        super().__init__(detail.en)
        self.detail = detail


class _RunCutter(io.RawIOBase):
    """Cuts, in the bytes of a member, every run without a delimiter, quote or line end past `cap` bytes: such a
    run is (part of) one cell, and cutting it here keeps the row and bounds the cell whatever the csv module
    would make of it. Cuts never split a character: in UTF-8 they back off continuation bytes, in UTF-16 they
    remove an even number of bytes from an even offset. Runs of normal data cost a few `rfind` per slice."""

    def __init__(self, source: BinaryIO, encoding: str, delimiter: str, cap: int) -> None:
        self._source = source
        self._utf16 = encoding.startswith("utf-16")
        stops = sorted({delimiter.encode("ascii"), b'"', b"\r", b"\n"})
        self._stops = stops
        self._first_stop = re.compile(b"[" + b"".join(map(re.escape, stops)) + b"]")
        not_stop = b"[^" + b"".join(map(re.escape, stops)) + b"]"
        self._long = re.compile(not_stop + b"{%d,}" % (cap + 1))
        self.cap = cap
        self._pos = 0  # offset in the member of the slice being cut
        self._carry = 0  # length of the run the previous slice ended in
        self._cutting = False  # inside a run already cut: its bytes are dropped up to its end
        self._removed = 0
        self._last_removed = 0
        self.cuts = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while True:
            data = self._source.read1(min(len(buffer), _CUT_SLICE))  # type: ignore[attr-defined]
            if not data:
                return 0
            kept = self._cut(data)
            self._pos += len(data)
            if kept:  # a slice wholly inside a cut run keeps nothing; 0 would mean the end
                buffer[: len(kept)] = kept
                return len(kept)

    def _last_stop(self, data: bytes) -> int:
        return max(map(data.rfind, self._stops))

    def _cut(self, data: bytes) -> bytes:
        n = len(data)
        if not self._cutting and self._carry + n <= self.cap:  # no run can pass the cap in this slice
            last = self._last_stop(data)
            self._carry = n - 1 - last if last >= 0 else self._carry + n
            return data
        match = self._first_stop.search(data)
        first = match.start() if match else n
        pieces: list[bytes] = []
        start = 0  # where the next kept piece begins
        if self._cutting:  # the run cut in an earlier slice goes on
            self._drop(data, 0, first)
            start = first
        elif self._carry + first > self.cap:
            cut = self._cut_at(data, self.cap - self._carry, 0)
            pieces.append(data[:cut])
            self._drop(data, cut, first)
            start = first
        if first == n:
            if not self._cutting:
                self._carry += n
            return b"".join(pieces) + data[start:]
        self._end_run(pieces)
        for long_run in self._long.finditer(data, first):
            begin, end = long_run.span()
            cut = self._cut_at(data, begin + self.cap, begin)
            pieces.append(data[start:cut])
            self._drop(data, cut, end)
            start = end
            if end < n:
                self._end_run(pieces)
        if not self._cutting:
            self._carry = n - 1 - self._last_stop(data)
        pieces.append(data[start:])
        return b"".join(pieces)

    def _cut_at(self, data: bytes, cut: int, run_start: int) -> int:
        """Where to cut, at or near `cut`, on a character boundary."""
        if self._utf16:
            return cut + ((self._pos + cut) & 1)  # an even offset in the member (the run is longer than the cap)
        steps = 0
        while cut > run_start and 0x80 <= data[cut] < 0xC0 and steps < 3:  # UTF-8 continuation bytes
            cut -= 1
            steps += 1
        return cut

    def _drop(self, data: bytes, begin: int, end: int) -> None:
        if not self._cutting:
            self.cuts += 1
            self._cutting = True
        if end > begin:
            self._removed += end - begin
            self._last_removed = data[end - 1]

    def _end_run(self, pieces: list[bytes]) -> None:
        """The run ends at a stop byte. In UTF-16, an odd number of bytes dropped means the stop's other byte
        (its high byte, in big-endian) went with them: it is put back."""
        if self._cutting and self._utf16 and self._removed & 1:
            pieces.append(bytes([self._last_removed]))
        self._cutting = False
        self._removed = 0
        self._carry = 0


def read_table(
    stream: BinaryIO,
    header_markers: frozenset[str],
    issues: IssueLog,
    dialect: Dialect | None = None,
    *,
    max_cell_bytes: int = FIELD_SIZE_LIMIT,
) -> tuple[list[str], Iterator[Chunk], Dialect]:
    """Return the header, the data rows in chunks (every row exactly as wide as the header) and the dialect read
    (with its sniffed delimiter). Raises `Undecodable` for a member with rows but no known column name (when the
    section has known names at all); an empty header means a member with no records. Cells past
    `max_cell_bytes` are cut there (one "long-cell" issue per file)."""
    dialect = dialect or Dialect()
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[type-var]  # a test's BytesIO
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
    encoding, delimiter = _sniff(head, header_markers, dialect)
    if delimiter != dialect.delimiter:
        dialect = replace(dialect, delimiter=delimiter)
    decoding = _fallback if encoding == "utf-8-sig" else _replaced
    decoding.count = 0
    errors = _FALLBACK_ERRORS if decoding is _fallback else _REPLACE_ERRORS
    cutter = _RunCutter(stream, encoding, delimiter, min(max_cell_bytes, FIELD_SIZE_LIMIT))
    cut = io.BufferedReader(cutter, buffer_size=_CUT_SLICE)
    text = io.TextIOWrapper(cut, encoding=encoding, errors=errors, newline="")
    text._CHUNK_SIZE = _TEXT_CHUNK  # type: ignore[attr-defined]  # settable in the C and Python versions alike
    reader = csv_reader(text, dialect)
    searching: list[ParseIssue] = []  # the issues met before the header, kept only if there is one
    header, pending = find_header(reader, header_markers, IssueLog(issues.file, searching))
    if header and header_markers and not _known(header, header_markers):
        raise Undecodable(_("no known column name under any encoding (UTF-8, UTF-16, Windows-1252) or delimiter"))
    for issue in searching:
        issues.add(issue.kind, issue.detail, issue.line, issue.field)
    return header, _chunks(reader, pending, len(header), issues, dialect, decoding, cutter), dialect


def _encodings(head: bytes) -> list[str]:
    """The encodings to try, the likeliest first: the one a BOM names; else UTF-16 when every other byte of the
    start is NUL (ASCII text in UTF-16), then UTF-8; else UTF-8 (with its Windows-1252 fallback), then UTF-16."""
    if head.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]  # the codec reads the BOM, and drops it
    start = head[:1024]
    even, odd = start[0::2].count(0), start[1::2].count(0)
    if odd > len(start) // 4 and even * 10 < odd:
        return ["utf-16-le", "utf-8-sig"]
    if even > len(start) // 4 and odd * 10 < even:
        return ["utf-16-be", "utf-8-sig"]
    return ["utf-8-sig", "utf-16-le", "utf-16-be"]


def _sniff(head: bytes, header_markers: frozenset[str], dialect: Dialect) -> tuple[str, str]:
    """(encoding, delimiter) that read the most known column names in the header; the likeliest encoding and a
    comma when none does (then `find_header` takes the first record, and `read_table` says what it is)."""
    encodings = _encodings(head)
    if not header_markers:  # Ad_Targeting: no fixed columns to recognise
        return encodings[0], dialect.delimiter
    best = (0, encodings[0], ",")
    for encoding in encodings:
        sample = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)
        for delimiter in DELIMITERS:
            found, cells = _header_score(sample, header_markers, replace(dialect, delimiter=delimiter))
            if found > best[0]:
                best = (found, encoding, delimiter)
            if found and found == cells:
                return encoding, delimiter  # every column of the header is known: no other reading can beat it
        if best[0]:
            break
    return best[1], best[2]


def _header_score(sample: str, header_markers: frozenset[str], dialect: Dialect) -> tuple[int, int]:
    """(known column names, non-empty cells) of the first record that holds a known name, as `find_header` would
    find it; (0, 0) when no record does."""
    reader = csv_reader(io.StringIO(sample, newline=""), dialect)
    for _record in range(HEADER_SEARCH_RECORDS):
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            continue
        found = _known(record, header_markers)
        if found:
            return found, sum(1 for cell in record if cell.strip())
    return 0, 0


def _known(record: list[str], header_markers: frozenset[str]) -> int:
    """How many cells are known column names (a name is short: longer cells are data, not worth reducing)."""
    return sum(1 for cell in record if len(cell) <= 80 and compact(cell) in header_markers)


def csv_reader(text: Iterable[str], dialect: Dialect) -> Any:
    if dialect.backslash_escapes:
        return csv.reader(text, delimiter=dialect.delimiter, escapechar="\\", doublequote=True, strict=False)
    return csv.reader(text, delimiter=dialect.delimiter, strict=False)


def find_header(
    reader: Any, header_markers: frozenset[str], issues: IssueLog
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header, and the records read past it while looking for it (data rows, with their lines). On return the
    reader stands right after the header's last line when it was found by a known column name."""
    header: list[str] = []
    searched: list[tuple[int, list[str]]] = []
    for record in itertools.islice(_records(reader, issues), HEADER_SEARCH_RECORDS):
        if _known(record[1], header_markers):
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
            issues.add("unreadable-record", _("unreadable CSV ({reason}); skipped", reason=str(error)), line=line)
            row = None
        if row is not None:
            yield line, row
        line = reader.line_num + 1  # type: ignore[attr-defined]


# Rows are handed over in chunks: the section parser converts and builds records column by column (C-level
# loops), which needs a batch of rows. A small batch is also a fast one: its rows' cells (a thousand rows of a
# dozen strings) are still in the processor's caches when they are converted, and their memory is reused by the
# next batch. Measured on the max sample's 200,000 messages: 32,768 rows a chunk read all sections in 2.6 s,
# 4,096 in 2.3 s, 1,024 in 1.9-2.0 s, 512 no faster.
CHUNK_ROWS = 1024

Chunk = tuple[list[int], list[list[str]]]  # (first line of each row, the rows)


def _chunks(
    reader: Any,
    pending: list[tuple[int, list[str]]],
    width: int,
    issues: IssueLog,
    dialect: Dialect,
    decoding: _DecodeFallback,
    cutter: _RunCutter,
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
            issues.add("unreadable-record", _("unreadable CSV ({reason}); skipped", reason=str(error)), line=line)
            line = reader.line_num + 1
    if rows:
        yield lines, rows
    if cutter.cuts:
        issues.add(
            "long-cell",
            n_(
                "{n} cell longer than {cap} bytes was cut there",
                "{n} cells longer than {cap} bytes were cut there",
                cutter.cuts,
                cap=cutter.cap,
            ),
        )
    if decoding.count and decoding.as_cp1252:
        issues.add(
            "encoding-fallback",
            n_(
                "{n} byte was not UTF-8; read as Windows-1252",
                "{n} bytes were not UTF-8; read as Windows-1252",
                decoding.count,
            ),
        )
    elif decoding.count:
        issues.add(
            "encoding-fallback",
            n_(
                "{n} byte was not UTF-16; replaced by U+FFFD",
                "{n} bytes were not UTF-16; replaced by U+FFFD",
                decoding.count,
            ),
        )


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
            row[width - 1 :] = [dialect.delimiter.join(row[width - 1 :])]
        elif any(cell.strip() for cell in row[width:]):
            issues.add(
                "extra-values",
                n_(
                    "{n} value beyond the header's {width} columns ignored",
                    "{n} values beyond the header's {width} columns ignored",
                    n - width,
                    width=width,
                ),
                line=line,
            )
            del row[width:]
        else:
            del row[width:]  # trailing empty cells, as in Learning.csv's trailing comma
    else:
        issues.add(
            "missing-values",
            n_(
                "row has {n} of {width} value; the rest read as empty",
                "row has {n} of {width} values; the rest read as empty",
                width,
                n=n,
                width=width,
            ),
            line=line,
        )
        row.extend([""] * (width - n))
    return True
