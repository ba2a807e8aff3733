"""`load_export`: an archive (ZIP or folder) in, one typed `Export` out, with the parse issues met on the way.

Files are found by normalised name anywhere in the tree (case, spaces vs underscores, `_<digits>` suffixes, split
`_1.._N` parts, subfolders), so every year's naming is recognised. Only an archive that cannot be read at all
raises (`ExportError`); everything else becomes a `ParseIssue`.

The large members are read whole and parsed by Arrow (`arrowread`) on a worker thread, ahead of the loader, which
meanwhile reads the small ones with the csv module; what comes out is what reading every member with the csv
module, in order, gives.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from auditor.errors import ExportError
from auditor.export import arrowread
from auditor.export.archive import Archive, Limits, Member, open_archive
from auditor.export.articles import MAX_ARTICLE_BYTES, parse_article
from auditor.export.csvread import Dialect, IssueLog, buffer_stream, compact, read_table
from auditor.export.sections import (
    AD_TARGETING_FILES,
    SPEC_BY_NAME,
    SPECS,
    SectionSpec,
    parse_ad_targeting,
    parse_columns,
    parse_rows,
)
from auditor.gcpause import collector_paused
from auditor.model import ArchiveKind, Export, ParseIssue, SectionSource

Progress = Callable[[str], None]

_ARCHIVE_NAME = re.compile(r"(basic|complete)?_?linkedindataexport_(\d{2})-(\d{2})-(\d{4})", re.IGNORECASE)
_PART_SUFFIX = re.compile(r"^(.*?)(?:_(\d+))?$")
_FILE_TO_SECTION: dict[str, str] = {key: spec.name for spec in SPECS for key in spec.files}
_FILE_TO_SECTION.update(dict.fromkeys(AD_TARGETING_FILES, "ad_targeting"))
_COMPLETE_ONLY = frozenset({spec.name for spec in SPECS if spec.complete_only} | {"articles"})


@dataclass
class _Found:
    """Members grouped by what they hold."""

    sections: dict[str, list[tuple[int, Member]]] = field(default_factory=dict)
    articles: list[Member] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)


def _classify(members: list[Member]) -> _Found:
    found = _Found()
    for member in members:
        folders, _, file_name = member.name.rpartition("/")
        stem, dot, extension = file_name.rpartition(".")
        extension = extension.lower() if dot else ""
        if extension in ("html", "htm") and "articles" in folders.lower().split("/"):
            found.articles.append(member)
            continue
        if extension != "csv":
            found.unread.append(member.name)
            continue
        match = _PART_SUFFIX.match(stem)
        base, part = (match[1], int(match[2])) if match and match[2] else (stem, -1)
        section = _FILE_TO_SECTION.get(compact(base)) or _FILE_TO_SECTION.get(compact(stem))
        if section is None:
            found.unread.append(member.name)
            continue
        if section == _FILE_TO_SECTION.get(compact(stem)):
            part = -1  # the suffix is part of a known name, not a part number
        found.sections.setdefault(section, []).append((part, member))
    for parts in found.sections.values():
        parts.sort(key=lambda item: (item[0], item[1].name))
    found.articles.sort(key=lambda member: member.name)
    return found


class _Prepared:
    """The members that go through Arrow, read whole and parsed ahead of the loader by a worker thread.

    Inflating and Arrow's parsing are C code that releases the GIL: they overlap with the loader's own Python work
    (the sections read by the csv module, then turning each prepared member into records). The worker reads the
    next member before it parses one (inflating the next while pyarrow is imported, or while the loader works), and
    stays within one member cap's worth of bytes beyond what the loader has finished with. A member's error is
    raised where the loader takes it.
    """

    def __init__(self, archive: Archive, members: list[tuple[Member, SectionSpec]]) -> None:
        self._archive = archive
        self._members = members
        self._planned = {id(member) for member, _ in members}
        self._done: dict[int, tuple[bytearray | None, Any, Exception | None]] = {}
        self._ahead = 0  # bytes of the members the worker read, not yet finished with by the loader
        self._held: Member | None = None
        self._stop = False
        self._changed = threading.Condition()
        self._worker = threading.Thread(target=self._run_worker, name="export-prepare", daemon=True)
        if members:
            self._worker.start()

    def planned(self, member: Member) -> bool:
        return id(member) in self._planned

    def planned_any(self) -> bool:
        return bool(self._planned)

    def take(self, member: Member) -> tuple[bytearray | None, Any]:
        """(None, (header, column chunks)) from Arrow, or (the bytes, None) for the csv module."""
        with self._changed:
            self._finish_held()
            while id(member) not in self._done and self._worker.is_alive():
                self._changed.wait()
            data, table, error = self._done.pop(id(member), (None, None, None))
            if data is not None or table is not None:
                self._held = member
        if data is None and table is None and error is None:  # the worker stopped before it (after an error)
            spec = next(spec for each, spec in self._members if each is member)
            data, error = self._read(member)
            data, table, error = self._parse(data, spec, error)
        if error is not None:
            raise error
        return data, table

    def close(self) -> None:
        with self._changed:
            self._stop = True
            self._changed.notify_all()
        if self._worker.is_alive():
            self._worker.join()

    def _finish_held(self) -> None:
        if self._held is not None:
            self._ahead -= self._held.size
            self._held = None
            self._changed.notify_all()

    def _run_worker(self) -> None:
        # However the worker ends, wake the loader: take() re-checks is_alive() and reads the member itself.
        try:
            self._work()
        finally:
            with self._changed:
                self._changed.notify_all()

    def _work(self) -> None:
        members, budget = self._members, self._archive.limits.max_member_bytes
        read: list[tuple[bytearray | None, Exception | None]] = []  # by position; emptied once parsed
        parsed = 0
        while parsed < len(members):
            with self._changed:
                if self._stop:
                    return
                failed = any(error is not None for _, error in read[parsed:])
                to_read = not failed and len(read) < len(members)
                if to_read and len(read) > parsed:  # something is left to parse: read one ahead, within the budget
                    to_read = len(read) == parsed + 1 and self._ahead + members[len(read)][0].size <= budget
                elif to_read:  # nothing is: read, once the loader has finished with enough
                    while not self._stop and self._ahead and self._ahead + members[len(read)][0].size > budget:
                        self._changed.wait()
                    if self._stop:
                        return
                if to_read:
                    self._ahead += members[len(read)][0].size
            if to_read:
                read.append(self._read(members[len(read)][0]))
                continue
            member, spec = members[parsed]
            data, error = read[parsed]
            read[parsed] = (None, None)
            result = self._parse(data, spec, error)
            del data
            with self._changed:
                self._done[id(member)] = result
                self._changed.notify_all()
            parsed += 1
            if result[2] is not None:
                return

    def _read(self, member: Member) -> tuple[bytearray | None, Exception | None]:
        try:
            return self._archive.read_whole(member), None
        except Exception as error:  # ExportError for a corrupt member or a cap passed
            return None, error

    @staticmethod
    def _parse(
        data: bytearray | None, spec: SectionSpec, error: Exception | None
    ) -> tuple[bytearray | None, Any, Exception | None]:
        if error is not None or data is None:
            return None, None, error
        try:
            table = arrowread.read_columns(data, spec.header_markers, spec.dialect)
        except Exception:  # not expected (Arrow's own errors make it decline): the csv module reads it all the same
            table = None
        return (None, table, None) if table is not None else (data, None, None)


def _read_section(
    archive: Archive, spec_name: str, members: list[Member], issues: list[ParseIssue], prepared: _Prepared
) -> tuple[list[Any], SectionSource]:
    spec = SPEC_BY_NAME.get(spec_name)  # None for Ad_Targeting, which has no fixed columns
    records: list[Any] = []
    for member in members:
        log = IssueLog(member.name, issues)
        if member.size == 0:
            log.add("empty", "file is empty")
            continue
        if spec is not None and prepared.planned(member):
            data, table = prepared.take(member)
            if table is not None:
                records.extend(parse_columns(spec, table[0], table[1], log))
            elif data is not None:  # take() gives one or the other
                records.extend(_read_stream(buffer_stream(data), spec, log))
            del data, table
        else:
            with archive.open(member) as stream:
                records.extend(_read_stream(stream, spec, log))
        log.close()
    return records, SectionSource(files=tuple(member.name for member in members), rows=len(records))


def _read_stream(stream: BinaryIO, spec: SectionSpec | None, log: IssueLog) -> list[Any]:
    markers = spec.header_markers if spec else frozenset()
    header, chunks = read_table(stream, markers, log, spec.dialect if spec else Dialect())
    if not header:
        log.add("empty", "file has no header row")
        return []
    if spec is None:
        return list(parse_ad_targeting(header, chunks))
    return parse_rows(spec, header, chunks, log)


def _members(parts: list[tuple[int, Member]]) -> list[Member]:
    return [member for _, member in parts]


def _arrow_members(found: _Found) -> list[tuple[Member, SectionSpec]]:
    """The members that go through Arrow, in reading order (see `arrowread.min_bytes`), with their spec."""
    candidates = [
        (member, SPEC_BY_NAME[name])
        for name, parts in found.sections.items()
        if name in SPEC_BY_NAME and arrowread.eligible(SPEC_BY_NAME[name].dialect)
        for _, member in parts
        if member.size > 0
    ]
    threshold = arrowread.min_bytes(member.size for member, _ in candidates)
    return [(member, spec) for member, spec in candidates if member.size >= threshold]


def _read_sections(
    archive: Archive,
    found: _Found,
    prepared: _Prepared,
    progress: Progress | None,
    values: dict[str, Any],
    sources: dict[str, SectionSource],
    issues: list[ParseIssue],
) -> None:
    """Every section into `values` and `sources`, its issues onto `issues`, all in the archive's order.

    The sections read by the csv module alone go first, while the worker prepares the others for Arrow. Each
    section's records and issues are kept apart and joined in the archive's order, and an ExportError is raised for
    the first section in that order that has one: the same Export, or the same error, as reading in order.
    """
    if prepared.planned_any():
        arrowread.load()  # here, while the worker inflates the first members
    names = list(found.sections)
    with_arrow = {name for name in names if any(map(prepared.planned, _members(found.sections[name])))}
    results: dict[str, tuple[list[Any], SectionSource, list[ParseIssue]] | ExportError] = {}
    for name in sorted(names, key=with_arrow.__contains__):
        failed = [names.index(other) for other, result in results.items() if isinstance(result, ExportError)]
        if failed and names.index(name) > min(failed):
            continue  # reading in order would have stopped before it
        if progress:
            progress(name)
        section_issues: list[ParseIssue] = []
        try:
            records, source = _read_section(archive, name, _members(found.sections[name]), section_issues, prepared)
        except ExportError as error:
            results[name] = error
        else:
            results[name] = (records, source, section_issues)
    for name in names:
        result = results[name]
        if isinstance(result, ExportError):
            raise result
        records, sources[name], section_issues = result
        values[name] = tuple(records)
        issues += section_issues


def _read_articles(archive: Archive, members: list[Member], issues: list[ParseIssue]) -> list[Any]:
    articles = []
    for member in members:
        if member.size > MAX_ARTICLE_BYTES:
            issues.append(ParseIssue(member.name, None, None, "article file is implausibly large; skipped"))
            continue
        with archive.open(member) as stream:
            data = stream.read(MAX_ARTICLE_BYTES + 1)
        articles.append(parse_article(member.name, data))
    return articles


def _export_date(archive: Archive) -> dt.date | None:
    match = _ARCHIVE_NAME.search(archive.name)
    if match:
        month, day, year = int(match[2]), int(match[3]), int(match[4])
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    stamps = Counter(archive.member_dates())
    if stamps:
        (year, month, day), _ = stamps.most_common(1)[0]
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def _archive_kind(archive: Archive, present: set[str]) -> ArchiveKind:
    match = _ARCHIVE_NAME.search(archive.name)
    if match and match[1]:
        return "complete" if match[1].lower() == "complete" else "basic"
    if present & _COMPLETE_ONLY:
        return "complete"
    return "basic" if present else "unknown"


def load_export(
    path: str | os.PathLike[str], *, limits: Limits | None = None, progress: Progress | None = None
) -> Export:
    """Read a LinkedIn export (ZIP file or extracted folder) into an `Export`.

    Raises `ExportError` only when the archive cannot be read at all (missing, not a ZIP, truncated, encrypted,
    a zip bomb); every other problem is recorded in `Export.parse_issues`.
    """
    archive = open_archive(path, limits)
    prepared: _Prepared | None = None
    # Hundreds of thousands of acyclic records, made to be kept: the cyclic collector would only rescan them, while
    # reading and in its first pass after (frozen instead in the command line: see auditor.gcpause).
    with collector_paused(keep=True):
        try:
            issues: list[ParseIssue] = list(archive.issues)
            found = _classify(archive.members)
            values: dict[str, Any] = {}
            sources: dict[str, SectionSource] = {}
            prepared = _Prepared(archive, _arrow_members(found))
            _read_sections(archive, found, prepared, progress, values, sources, issues)
            if found.articles:
                if progress:
                    progress("articles")
                values["articles"] = tuple(_read_articles(archive, found.articles, issues))
                sources["articles"] = SectionSource(
                    files=tuple(member.name for member in found.articles), rows=len(values["articles"])
                )
            profiles = values.pop("profile", ())
            if len(profiles) > 1:
                issues.append(
                    ParseIssue(sources["profile"].files[0], None, None, "several profile rows; the first is read")
                )
            return Export(
                kind=_archive_kind(archive, set(sources)),
                exported_on=_export_date(archive),
                source_name=archive.name,
                profile=profiles[0] if profiles else None,
                sources=sources,
                parse_issues=tuple(issues),
                unread_files=tuple(found.unread),
                **values,
            )
        finally:
            if prepared is not None:
                prepared.close()
            archive.close()
