"""`load_export`: an archive (ZIP or folder) in, one typed `Export` out, with the parse issues met on the way.

Files are found by normalised name anywhere in the tree (case, spaces vs underscores, `_<digits>` suffixes, split
`_1.._N` parts, subfolders), so every year's naming is recognised. Only an archive that cannot be read at all
raises (`ExportError`); everything else becomes a `ParseIssue`. Members are streamed one at a time, in the
archive's order, through the csv module (`csvread`) and the section specs (`sections`). A member that no encoding
and delimiter make readable is listed in `Export.unreadable`, and a section with no other file is absent.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from auditor.errors import ExportError
from auditor.export.archive import Archive, Limits, Member, MemberSkipped, open_archive
from auditor.export.articles import parse_article
from auditor.export.csvread import Dialect, IssueLog, Undecodable, compact, read_table
from auditor.export.dates import plausible_day
from auditor.export.sections import (
    AD_TARGETING_FILES,
    SPEC_BY_NAME,
    SPECS,
    SectionSpec,
    parse_ad_targeting,
    parse_rows,
)
from auditor.gcpause import collector_paused
from auditor.i18n import Verbatim, _
from auditor.model import BASIC_ARCHIVE_LEAVES_OUT, ArchiveKind, Export, ParseIssue, SectionSource

Progress = Callable[[str], None]

_ARCHIVE_NAME = re.compile(r"(basic|complete)?_?linkedindataexport_(\d{2})-(\d{2})-(\d{4})", re.IGNORECASE)
_PART_SUFFIX = re.compile(r"^(.*?)(?:_(\d+))?$")
_FILE_TO_SECTION: dict[str, str] = {key: spec.name for spec in SPECS for key in spec.files}
_FILE_TO_SECTION.update(dict.fromkeys(AD_TARGETING_FILES, "ad_targeting"))


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


def _read_section(
    archive: Archive, spec_name: str, members: list[Member], issues: list[ParseIssue], rows_left: list[int]
) -> tuple[list[Any], list[str], list[str]]:
    """(records, the files read, the files that could not be read at all). `rows_left`: the archive's row budget
    still unspent, in a list the call updates."""
    spec = SPEC_BY_NAME.get(spec_name)  # None for Ad_Targeting, which has no fixed columns
    records: list[Any] = []
    read: list[str] = []
    unreadable: list[str] = []
    for member in members:
        log = IssueLog(member.name, issues)
        if member.size == 0:
            log.add("empty-file", _("file is empty"))
            read.append(member.name)
            continue
        try:
            with archive.open(member) as stream:
                records.extend(_read_stream(stream, spec, log, archive.limits, rows_left[0] - len(records)))
        except Undecodable as error:
            log.add("undecodable", _("{reason}; not read", reason=error.detail))
            unreadable.append(member.name)
        except MemberSkipped as skipped:  # the rows read before it was stopped are dropped with it
            log.add(skipped.kind, skipped.detail)
            unreadable.append(member.name)
        else:
            read.append(member.name)
        log.close()
    rows_left[0] -= len(records)
    return records, read, unreadable


def _read_stream(
    stream: BinaryIO, spec: SectionSpec | None, log: IssueLog, limits: Limits, rows_left: int
) -> list[Any]:
    markers = spec.header_markers if spec else frozenset()
    header, chunks, dialect = read_table(
        stream,
        markers,
        log,
        spec.dialect if spec else Dialect(),
        max_cell_bytes=limits.max_cell_bytes,
    )
    if not header:
        log.add("no-header", _("file has no header row"))
        return []
    if spec is None:
        return list(parse_ad_targeting(header, chunks, log, max_word=limits.max_word_chars))
    return parse_rows(
        spec, header, chunks, log, day_first=dialect.day_first, max_word=limits.max_word_chars, max_rows=rows_left
    )


def _read_articles(archive: Archive, members: list[Member], issues: list[ParseIssue]) -> list[Any]:
    limits = archive.limits
    articles = []
    tags_left = limits.max_articles_tags
    for member in members:
        log = IssueLog(member.name, issues)
        if member.size > limits.max_article_bytes:
            log.add(
                "too-large",
                _("article file is past the {budget} bytes budget; skipped", budget=limits.max_article_bytes),
            )
            continue
        try:
            with archive.open(member) as stream:
                data = stream.read(limits.max_article_bytes + 1)
        except MemberSkipped as skipped:
            log.add(skipped.kind, skipped.detail)
            continue
        if len(data) > limits.max_article_bytes:  # its declared size lied
            log.add(
                "too-large",
                _("article file is past the {budget} bytes budget; skipped", budget=limits.max_article_bytes),
            )
            continue
        tags = data.count(b"<")  # an upper bound on its tags
        if tags <= limits.max_article_tags:  # one past its own budget is skipped by `parse_article`
            if tags > tags_left:
                log.add(
                    "too-large",
                    _("the articles hold more than {budget} tags in all; skipped", budget=limits.max_articles_tags),
                )
                continue
            tags_left -= tags
        article = parse_article(member.name, data, log, limits)
        if article is not None:
            articles.append(article)
        log.close()
    return articles


def _archive_names(archive: Archive) -> list[str]:
    """The names that may say the export's date and kind: the inner ZIP's first, when the archive wraps one."""
    return [name for name in (archive.inner_name, archive.name) if name]


def _export_date(archive: Archive, issues: list[ParseIssue]) -> dt.date | None:
    for name in _archive_names(archive):
        match = _ARCHIVE_NAME.search(name)
        if match:
            month, day, year = int(match[2]), int(match[3]), int(match[4])
            try:
                day_named = dt.date(year, month, day)
            except ValueError:
                continue
            if plausible_day(day_named):
                return day_named
            issues.append(
                ParseIssue(
                    "implausible-date",
                    name,
                    detail=_("the archive's name says {day}; not used", day=Verbatim(str(day_named))),
                )
            )
    stamps = Counter(archive.member_dates())
    if stamps:
        (year, month, day), _count = stamps.most_common(1)[0]
        try:
            stamped = dt.date(year, month, day)
        except ValueError:
            return None
        return stamped if plausible_day(stamped) else None  # a ZIP tool's clock, not worth an issue
    return None


def _archive_kind(archive: Archive, present: set[str]) -> ArchiveKind:
    match = next(filter(None, map(_ARCHIVE_NAME.search, _archive_names(archive))), None)
    if match and match[1]:
        return "complete" if match[1].lower() == "complete" else "basic"
    if present & BASIC_ARCHIVE_LEAVES_OUT:
        return "complete"
    # Without a name that says it, an archive lacking the complete archive's files may be the basic one or a
    # complete one that lost them: the audit says what is missing rather than guess.
    return "unknown"


def load_export(
    path: str | os.PathLike[str], *, limits: Limits | None = None, progress: Progress | None = None
) -> Export:
    """Read a LinkedIn export (ZIP file or extracted folder) into an `Export`.

    Raises `ExportError` only when the archive cannot be read at all (missing, not a ZIP, truncated, encrypted,
    a zip bomb); every other problem is recorded in `Export.parse_issues`.
    """
    archive = open_archive(path, limits)
    # Hundreds of thousands of acyclic records, made to be kept: the cyclic collector would only rescan them.
    with collector_paused():
        try:
            issues: list[ParseIssue] = list(archive.issues)
            found = _classify(archive.members)
            if not found.sections and not found.articles:
                raise ExportError(
                    _(
                        "{archive}: not a LinkedIn export (none of its files is one LinkedIn writes)",
                        archive=archive.name,
                    )
                )
            values: dict[str, Any] = {}
            sources: dict[str, SectionSource] = {}
            unreadable: dict[str, tuple[str, ...]] = {}
            rows_left = [archive.limits.max_rows]
            for name, parts in found.sections.items():
                if progress:
                    progress(name)
                members = [member for _, member in parts]
                records, read, not_read = _read_section(archive, name, members, issues, rows_left)
                if not_read:
                    unreadable[name] = tuple(not_read)
                if read:  # a section whose every file was unreadable is absent: nothing of it was read
                    values[name] = tuple(records)
                    sources[name] = SectionSource(files=tuple(read), rows=len(records))
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
                    ParseIssue(
                        "extra-records",
                        sources["profile"].files[0],
                        detail=_("several profile rows; the first is read"),
                    )
                )
            exported_on = _export_date(archive, issues)
            return Export(
                kind=_archive_kind(archive, set(sources)),
                exported_on=exported_on,
                source_name=archive.name,
                profile=profiles[0] if profiles else None,
                sources=sources,
                parse_issues=tuple(issues),
                unread_files=tuple(found.unread),
                unreadable=unreadable,
                **values,
            )
        finally:
            archive.close()
