"""Streaming, byte-deterministic ZIP writing with LinkedIn's CSV quirks.

Every member is streamed through `ZipFile.open(..., "w")`, so even the `max` export never holds a whole file
in memory. Determinism: each member gets the same fixed timestamp, permissions and "created on Unix" flag,
whatever the machine, so identical arguments give identical bytes.

`CsvSink` writes the record terminator *before* each record rather than after it. That is what lets a file end
without a final newline (Connections.csv, Company Follows.csv...) or use CRLF (Learning.csv) with one code path,
and lets quirky rows that `csv.writer` cannot produce (backslash-escaped quotes, unquoted commas) be written
by hand between ordinary ones.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Literal

# csv.QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE
Quoting = Literal[0, 1, 2, 3]


def quote(value: str) -> str:
    """RFC-4180 quoting, always applied (LinkedIn writes `""` for empty Shares/messages cells)."""
    return '"' + value.replace('"', '""') + '"'


class _Unterminated:
    """A write-only proxy that drops the 2-character terminator csv.writer appends to each record."""

    __slots__ = ("_write",)

    def __init__(self, text: IO[str]) -> None:
        self._write = text.write

    def write(self, line: str) -> int:
        return self._write(line[:-2])


class CsvSink:
    """One CSV member being written: header, records, raw lines; counts the data records."""

    def __init__(
        self,
        text: IO[str],
        *,
        newline: str,
        final_newline: bool,
        quoting: Quoting = csv.QUOTE_MINIMAL,
        delimiter: str = ",",
    ) -> None:
        self._text = text
        self._newline = newline
        self._final_newline = final_newline
        self._pending = False  # a terminator is owed before the next record
        # csv.writer decides to quote a field containing a newline only when that character is part of its
        # lineterminator, so it gets "\r\n" and `_Unterminated` cuts it off again: we place terminators ourselves.
        self._writer = csv.writer(_Unterminated(text), lineterminator="\r\n", quoting=quoting, delimiter=delimiter)
        self.delimiter = delimiter
        self.records = 0

    def _separate(self) -> None:
        if self._pending:
            self._text.write(self._newline)
        self._pending = True

    def line(self, text: str) -> None:
        """A non-record line (header written by hand, preamble, blank line)."""
        self._separate()
        self._text.write(text)

    def header(self, fields: Iterable[str]) -> None:
        self._separate()
        self._writer.writerow(fields)

    def row(self, fields: Iterable[str]) -> None:
        self._separate()
        self._writer.writerow(fields)
        self.records += 1

    def raw_row(self, text: str) -> None:
        """A data record already formatted by the caller (for quirks csv.writer cannot produce)."""
        self._separate()
        self._text.write(text)
        self.records += 1

    def finish(self) -> None:
        if self._pending and self._final_newline:
            self._text.write(self._newline)


class ArchiveWriter:
    """Adds members to an open ZipFile and keeps the file list and per-section record counts."""

    def __init__(
        self,
        zf: zipfile.ZipFile,
        date_time: tuple[int, int, int, int, int, int],
        only: frozenset[str] | None = None,
    ) -> None:
        self._zf = zf
        self._date_time = date_time
        # The members to keep (a partial archive); the others are written to nowhere, so that every random
        # stream is drawn as for the whole archive.
        self._only = only
        self.files: list[str] = []
        self.rows: dict[str, int] = {}

    def keeps(self, name: str) -> bool:
        return self._only is None or name in self._only

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        # Fixed so that the bytes do not depend on the OS the generator runs on.
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        return info

    @contextmanager
    def text(self, name: str, *, bom: bool = False, utf16: bool = False) -> Iterator[IO[str]]:
        """A UTF-8 text member (UTF-16LE with a BOM when `utf16`, as some old exports are); newlines are written
        exactly as given."""
        if not self.keeps(name):
            yield io.StringIO()
            return
        with self._zf.open(self._info(name), "w") as raw:
            encoding = "utf-16-le" if utf16 else "utf-8-sig" if bom else "utf-8"
            wrapper = io.TextIOWrapper(raw, encoding=encoding, newline="")
            if utf16:
                wrapper.write("\ufeff")
            yield wrapper
            wrapper.flush()
            wrapper.detach()
        self.files.append(name)

    @contextmanager
    def csv(
        self,
        name: str,
        section: str | None = None,
        *,
        bom: bool = False,
        newline: str = "\n",
        final_newline: bool = True,
        quoting: Quoting = csv.QUOTE_MINIMAL,
        utf16_tabs: bool = False,
    ) -> Iterator[CsvSink]:
        """A CSV member; its data records are added to `rows[section]` when a section is given. `utf16_tabs`: in
        UTF-16LE with a BOM and TAB-separated, as some members of old exports are."""
        with self.text(name, bom=bom, utf16=utf16_tabs) as text:
            delimiter = "\t" if utf16_tabs else ","
            sink = CsvSink(text, newline=newline, final_newline=final_newline, quoting=quoting, delimiter=delimiter)
            yield sink
            sink.finish()
        if section is not None and self.keeps(name):
            self.rows[section] = self.rows.get(section, 0) + sink.records

    def table(
        self,
        name: str,
        section: str | None,
        header: Iterable[str],
        rows: Iterable[Iterable[str]],
        *,
        bom: bool = False,
        final_newline: bool = True,
    ) -> None:
        """The common case: one header line, then ordinary records."""
        with self.csv(name, section, bom=bom, final_newline=final_newline) as sink:
            sink.header(header)
            for row in rows:
                sink.row(row)
