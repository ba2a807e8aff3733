"""The fast path for the large, regular members: Arrow's C++ CSV parser instead of the `csv` module.

The largest exports (messages, reactions, connections: hundreds of thousands of rows) are plain, regular CSV.
For them a pure-Python pipeline cannot get close to a bare `csv.reader` pass; Arrow can (see
benchmarks/bench_load.py). This reader is only an accelerator: it hands `parse_columns` exactly what
`read_table` would have handed `parse_rows` (the same header, cells, line numbers and chunk boundaries), or it
declines and the member is read by `read_table` as always. It declines, silently, on anything it cannot vouch for:

- a member that `read_table` would report anything about: bytes that are not UTF-8, rows of the wrong width,
  blank lines between records, a field over the size limit, an unreadable record before the header;
- a header that is not found by a known column name (the unknown-variant fallback of `find_header`), or a
  one-column file (where a row of spaces is a blank line to the csv module, a value to Arrow);
- bytes where the two parsers differ: NUL, a carriage return that does not end a line, a BOM opening the data,
  a quote left open at the end of the file; and two dialects as a whole, Comments' backslash escapes and
  SearchQueries' unquoted commas;
- any line count that does not add up: the header's last line plus every record's span (one line, plus the line
  breaks inside its values) must be the file's physical line count.

pyarrow is imported lazily, only for an archive with a large member: the command line starts without it.
"""

from __future__ import annotations

import importlib.util
import io
from functools import cache
from typing import TYPE_CHECKING, Any

from auditor.export.csvread import (
    CHUNK_ROWS,
    FIELD_SIZE_LIMIT,
    Columns,
    Dialect,
    IssueLog,
    buffer_stream,
    compact,
    csv_reader,
    find_header,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

# A member this large brings pyarrow in (importing it costs about 0.1 s: not worth it for small exports)...
ARROW_MIN_BYTES = 1024 * 1024
# ... and once it is in, members from this size on are read by it too; smaller ones cost less through the csv
# module than Arrow's setup.
ARROW_ALSO_MIN_BYTES = 128 * 1024

_BOM = b"\xef\xbb\xbf"


def load() -> None:
    """Import pyarrow (about 0.1 s) ahead of the first member that needs it. A failed import is left for
    `read_columns` to meet, which then declines every member."""
    try:
        import numpy  # noqa: F401
        import pyarrow.csv  # noqa: F401
    except ImportError:
        pass


def eligible(dialect: Dialect) -> bool:
    """Whether members of this dialect may go through Arrow at all: not SearchQueries' unquoted commas, nor
    Comments' backslash escapes (Arrow's escaping differs from the csv module's on malformed input); and not at
    all where pyarrow is not installed."""
    return not (dialect.rest_in_last_column or dialect.backslash_escapes) and _installed()


@cache
def _installed() -> bool:
    return importlib.util.find_spec("pyarrow") is not None


def min_bytes(sizes: Iterable[int]) -> int:
    """The size from which members go through Arrow, given the sizes of an archive's eligible members."""
    return ARROW_ALSO_MIN_BYTES if any(size >= ARROW_MIN_BYTES for size in sizes) else ARROW_MIN_BYTES


def read_columns(
    data: bytes | bytearray, header_markers: frozenset[str], dialect: Dialect
) -> tuple[list[str], Iterator[Columns]] | None:
    """The header and the data in column chunks, as `read_table` + `parse_rows` would see them; None to decline."""
    if not eligible(dialect) or b"\x00" in data:
        return None
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return None  # the csv module ends a line at a lone CR too
    found = _header(data, header_markers, dialect)
    if found is None:
        return None
    header, header_lines, start = found
    if len(header) < 2:
        return None  # a one-column file: a row of spaces would be a value to Arrow, a blank line to the csv module
    if data.startswith(_BOM, start):
        return None  # Arrow would drop a BOM at the start of its input; the csv module keeps it in the cell
    table = _parse(data, start, len(header))
    if table is None:
        return None
    lines = _record_lines(table, header_lines, _physical_lines(data))
    if lines is None:
        return None
    return header, _chunks(table, lines)


def _header(
    data: bytes | bytearray, header_markers: frozenset[str], dialect: Dialect
) -> tuple[list[str], int, int] | None:
    """(header, its last line, byte offset of the line after it) as `find_header` finds it, if by a known name."""
    text = io.TextIOWrapper(buffer_stream(data), encoding="utf-8-sig", errors="strict", newline="")
    reader = csv_reader(text, dialect)
    seen: list[Any] = []
    try:
        header, pending = find_header(reader, header_markers, IssueLog("", seen))
    except UnicodeDecodeError:
        return None
    if seen or pending or not any(compact(cell) in header_markers for cell in header):
        return None
    header_lines = reader.line_num
    start = 0
    for _ in range(header_lines):
        start = data.find(b"\n", start) + 1
        if start == 0:
            return None  # the header is the last line, without a line break: nothing follows
    return header, header_lines, start


def _parse(data: bytes | bytearray, start: int, width: int) -> Any:
    import pyarrow as pa
    import pyarrow.csv as pcsv

    names = [str(index) for index in range(width)]
    try:
        return pcsv.read_csv(
            pa.py_buffer(data)[start:],
            memory_pool=_memory_pool(),
            # One thread: the loader parses on a worker thread, beside its own Python work on the other core.
            read_options=pcsv.ReadOptions(use_threads=False, column_names=names),
            parse_options=pcsv.ParseOptions(newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowException, ValueError):  # rows of the wrong width, invalid UTF-8, anything else
        return None


def _memory_pool() -> Any:
    """The C library's allocator rather than pyarrow's default (mimalloc), which asks the kernel for huge pages:
    where it has to compact memory to find them, a first parse can take several times longer."""
    import pyarrow as pa

    return pa.system_memory_pool()


def _physical_lines(data: bytes | bytearray) -> int:
    import numpy as np

    # numpy counts twice as fast as bytes.count; a slice at a time, as one array the size of the file would be
    # given huge pages by numpy, which the kernel can be slow to find.
    view = np.frombuffer(data, dtype=np.uint8)
    step = 1024 * 1024
    scratch = np.empty(min(step, len(view)), dtype=bool)
    breaks = 0
    for start in range(0, len(view), step):
        part = view[start : start + step]
        is_break = scratch[: len(part)]
        np.equal(part, 10, out=is_break)
        breaks += int(np.count_nonzero(is_break))
    return breaks + (0 if not data or data.endswith(b"\n") else 1)


def _record_lines(table: Any, header_lines: int, physical_lines: int) -> Any:
    """The first line of every record (a numpy array), or None when the lines do not add up."""
    import numpy as np

    rows = table.num_rows
    breaks = np.zeros(rows, dtype=np.int64)  # line breaks inside each record's values
    last_ends_with_break = False
    for column in table.columns:
        base = 0
        for chunk in column.chunks:
            n = len(chunk)
            if n == 0:
                continue
            _, offsets_buffer, values_buffer = chunk.buffers()
            offsets = np.frombuffer(offsets_buffer, dtype=np.int32)[chunk.offset : chunk.offset + n + 1]
            if int(np.diff(offsets).max()) > FIELD_SIZE_LIMIT:
                return None  # the csv module refuses such a field (bytes >= characters, so this is cautious)
            first, end = int(offsets[0]), int(offsets[-1])
            if end > first:
                is_break = np.frombuffer(values_buffer, dtype=np.uint8)[first:end] == 10
                at = np.flatnonzero(is_break)
                if len(at):
                    owner = np.searchsorted(offsets, at + first, side="right") - 1
                    breaks[base : base + n] += np.bincount(owner, minlength=n)
            base += n
    if rows:
        # A quote left open at the end of the file swallows the final line break into the last value: both
        # parsers keep the row, but the count below would not notice the line it hides. Decline any doubt.
        last = table.column(table.num_columns - 1)[rows - 1].as_py()
        last_ends_with_break = last.endswith("\n")
    spans = breaks + 1
    if last_ends_with_break or header_lines + int(spans.sum()) != physical_lines:
        return None  # blank lines Arrow skipped, or records it split differently
    starts = np.empty(rows, dtype=np.int64)
    if rows:
        starts[0] = header_lines + 1
        np.cumsum(spans[:-1], out=starts[1:])
        starts[1:] += header_lines + 1
    return starts


def _chunks(table: Any, lines: Any) -> Iterator[Columns]:
    """Chunks of `CHUNK_ROWS` rows, the boundaries `read_table` uses (no row is dropped or reshaped here)."""
    for start in range(0, table.num_rows, CHUNK_ROWS):
        yield _ArrowColumns(lines[start : start + CHUNK_ROWS].tolist(), table.slice(start, CHUNK_ROWS))


class _ArrowColumns(Columns):
    __slots__ = ()

    def __init__(self, lines: list[int], table: Any) -> None:
        super().__init__(lines, table.columns)

    def cells(self, index: int) -> list[str]:
        return self._columns[index].to_pylist()  # type: ignore[attr-defined]

    def stripped(self, index: int) -> list[str]:
        column = self._columns[index]
        cells = column.to_pylist()  # type: ignore[attr-defined]
        if any(map(_may_need_strip, column.chunks)):  # type: ignore[attr-defined]
            return list(map(str.strip, cells))
        return cells

    def iso_stamps(self, index: int) -> list[Any] | None:
        stamps: list[Any] = []
        for chunk in self._columns[index].chunks:  # type: ignore[attr-defined]
            part = iso_stamps(chunk)
            if part is None:
                return None
            stamps += part
        return stamps


# Every character `str.strip` removes (`str.isspace`; a test checks the list against the running Python).
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_edge_bytes: Any = None  # (first bytes, last bytes) of those characters in UTF-8, as numpy lookup tables


def _may_need_strip(array: Any) -> bool:
    """False when no cell of a string array starts or ends with a byte that can begin or end a whitespace
    character: stripping would change nothing (checked on the raw bytes, without making Python strings)."""
    global _edge_bytes
    import numpy as np

    if _edge_bytes is None:
        first, last = np.zeros(256, dtype=bool), np.zeros(256, dtype=bool)
        for char in WHITESPACE:
            encoded = char.encode()
            first[encoded[0]] = last[encoded[-1]] = True
        _edge_bytes = first, last
    n = len(array)
    if n == 0:
        return False
    _, offsets_buffer, values_buffer = array.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=np.int32)[array.offset : array.offset + n + 1]
    starts, ends = offsets[:-1], offsets[1:]
    filled = ends > starts
    if not filled.all():
        starts, ends = starts[filled], ends[filled]
    if not len(starts):
        return False
    values = np.frombuffer(values_buffer, dtype=np.uint8)
    first, last = _edge_bytes
    return bool(first[values[starts]].any() or last[values[ends - 1]].any())


# `YYYY-MM-DD HH:MM:SS` with an optional " UTC" (the big files' stamps): where the digits are, and which bytes
# may stand between them (the section parser reads "/" as "-" and a "T" or a space between date and time).
_DIGITS = (0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18)
_SEPARATORS = ((4, b"-/"), (7, b"-/"), (10, b" T"), (13, b":"), (16, b":"))
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def iso_stamps(array: Any) -> list[Any] | None:
    """A string array as datetimes, decoded from the raw bytes with numpy, when every cell is a valid
    `YYYY-MM-DD HH:MM:SS[ UTC]`; None otherwise. Equal to `fromisoformat` on each cell (a test checks it)."""
    import numpy as np

    n = len(array)
    if n == 0:
        return []
    if array.null_count:
        return None
    _, offsets_buffer, values_buffer = array.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=np.int32)[array.offset : array.offset + n + 1]
    width = int(offsets[1] - offsets[0])
    if width not in (19, 23) or not (np.diff(offsets) == width).all():
        return None
    first = int(offsets[0])
    cells = np.frombuffer(values_buffer, dtype=np.uint8)[first : first + n * width].reshape(n, width)
    if width == 23 and not (cells[:, 19:] == np.frombuffer(b" UTC", dtype=np.uint8)).all():
        return None
    for position, allowed in _SEPARATORS:
        column = cells[:, position]
        ok = column == allowed[0]
        for byte in allowed[1:]:
            ok |= column == byte
        if not ok.all():
            return None
    digits = cells[:, _DIGITS].astype(np.int64) - 48
    if ((digits < 0) | (digits > 9)).any():
        return None
    year = digits[:, 0] * 1000 + digits[:, 1] * 100 + digits[:, 2] * 10 + digits[:, 3]
    month = digits[:, 4] * 10 + digits[:, 5]
    day = digits[:, 6] * 10 + digits[:, 7]
    hour = digits[:, 8] * 10 + digits[:, 9]
    minute = digits[:, 10] * 10 + digits[:, 11]
    second = digits[:, 12] * 10 + digits[:, 13]
    if (year < 1).any() or (month < 1).any() or (month > 12).any() or (day < 1).any():
        return None
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    last_day = np.array(_DAYS_IN_MONTH, dtype=np.int64)[month - 1] + ((month == 2) & leap)
    if (day > last_day).any() or (hour > 23).any() or (minute > 59).any() or (second > 59).any():
        return None
    months = ((year - 1970) * 12 + (month - 1)).astype("datetime64[M]")
    days = months.astype("datetime64[D]") + (day - 1).astype("timedelta64[D]")
    stamps = days.astype("datetime64[s]") + (hour * 3600 + minute * 60 + second).astype("timedelta64[s]")
    return stamps.astype("datetime64[us]").tolist()
