"""Safe, read-only access to an export: a ZIP file or an already extracted folder.

The archive is untrusted input. Nothing is ever extracted to disk: members are streamed from the ZIP in memory,
through a reader that enforces the decompressed-size caps. Before anything is read, the central directory is
checked: encrypted members, oversized members, too many members and implausible compression ratios (zip bombs)
stop the run with an `ExportError` (one line, exit code 2). Member names that would escape a folder (absolute,
`..`, drive letters) and links are skipped and reported as parse issues, as they are never LinkedIn's own files.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from auditor.errors import ExportError
from auditor.i18n import Message, Verbatim, _
from auditor.model import ParseIssue, ParseIssueKind

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Budgets on what an archive may make us read, sized from the largest real exports (~100 MB unzipped, the
    largest member ~60 MB; the synthetic max sample is 73 MB) with room to spare, and small enough that the
    peak memory of any audit stays under 1 GiB.

    Past the total budget the archive is refused (`ExportError`); past a member's budget that member is skipped
    with a "too-large" parse issue and the rest is read."""

    max_member_bytes: int = 256 * MiB
    max_total_bytes: int = 512 * MiB
    # Real CSV deflates 5-15x; 100x and more only comes from crafted or padded data.
    max_ratio: float = 100.0
    ratio_applies_above: int = 1 * MiB  # tiny members can have silly ratios legitimately
    max_members: int = 20_000
    # Records of all the CSV files together: what memory grows with (~1.2 KB a message at the peak of an audit).
    # 1.75 times the synthetic max sample's 343,000, which keeps the worst audit near 800 MiB, under the 1 GiB
    # ceiling (750,000 reached 974 MiB); past it, the rest of the file is not read ("too-large").
    max_rows: int = 600_000
    # A cell longer than this is cut (a "long-cell" issue); LinkedIn's longest are messages and pasted articles,
    # ~125,000 characters. At most `csvread.FIELD_SIZE_LIMIT`.
    max_cell_bytes: int = 1 * MiB
    # A run of characters without a space kept in any text field is cut here ("long-word"): no real word, URL
    # or hashtag is that long, and an unbroken run is what makes wrapping and reports blow up.
    max_word_chars: int = 1000
    # An article's HTML (a body is at most ~125,000 characters) and its tags (real ones hold a few thousand), and
    # the tags of all articles together: bs4 builds ~50,000 tags a second, so this bounds their time to ~10 s.
    max_article_bytes: int = 2 * MiB
    max_article_tags: int = 20_000
    max_articles_tags: int = 500_000


# Bytes inflated per call into the ZIP reader: each call is a short C call, so a signal (Ctrl-C, SIGTERM) is
# acted on between two of them rather than after a whole large member.
READ_SLICE = 256 * 1024

# Files that archivers and desktops add beside what was zipped (macOS resource forks, Finder and Explorer
# caches): ignored when telling whether an archive only wraps an inner ZIP.
_DESKTOP_LITTER = re.compile(r"(^|/)(__MACOSX/.*|\.DS_Store|Thumbs\.db|desktop\.ini)$", re.IGNORECASE)


class MemberSkipped(Exception):
    """A member that cannot be read on its own (past its budget, unreadable file): the loader reports it as a
    parse issue of `kind` and reads the rest."""

    def __init__(self, kind: ParseIssueKind, detail: Message) -> None:
        super().__init__(detail.en)
        self.kind: ParseIssueKind = kind
        self.detail = detail


@dataclass(frozen=True)
class Member:
    """A regular file of the archive, named with '/' separators relative to the archive root."""

    name: str
    size: int


class _CappedReader(io.RawIOBase):
    """Counts decompressed bytes as they stream and stops the run once a cap is passed."""

    def __init__(self, raw: BinaryIO, name: str, archive: Archive) -> None:
        self._raw = raw
        self._name = name
        self._archive = archive
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            chunk = self._raw.read(min(len(buffer), READ_SLICE))
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise ExportError(
                _(
                    "{archive}: {file} is corrupt or truncated ({reason})",
                    archive=self._archive.name,
                    file=self._name,
                    reason=str(error),
                )
            ) from None
        except OSError as error:
            raise ExportError(
                _(
                    "{archive}: cannot read {file} ({reason})",
                    archive=self._archive.name,
                    file=self._name,
                    reason=str(error.strerror or error),
                )
            ) from None
        n = len(chunk)
        buffer[:n] = chunk
        self._read += n
        self._archive.count_bytes(self._name, n, self._read)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class Archive:
    """Common behaviour of ZIP and folder archives: member list, caps, skipped names."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        # `.`, `..` and `x/..` are named after the folder they stand for.
        self.name = path.resolve().name if path.name in ("", "..") else path.name
        # The name of the inner ZIP when the archive only wraps one (it may carry the export's date and kind).
        self.inner_name: str | None = None
        self.limits = limits
        self.members: list[Member] = []
        self.issues: list[ParseIssue] = []
        self._total = 0

    def count_bytes(self, member: str, n: int, member_total: int) -> None:
        self._total += n
        if member_total > self.limits.max_member_bytes:
            raise MemberSkipped("too-large", self._too_large(member_total))
        if self._total > self.limits.max_total_bytes:
            raise ExportError(
                _(
                    "{archive}: the archive decompresses past {mib} MiB; refusing it as a possible zip bomb",
                    archive=self.name,
                    mib=Verbatim(str(self.limits.max_total_bytes // MiB)),
                )
            )

    def _too_large(self, size: int) -> Message:
        return _(
            "decompresses past the {mib} MiB budget of a file; skipped",
            mib=Verbatim(str(self.limits.max_member_bytes // MiB)),
        )

    @contextmanager
    def open(self, member: Member) -> Iterator[BinaryIO]:
        """A member's bytes, streamed through the budgets. Raises `MemberSkipped` for a member past its budget
        (declared or met while streaming) or, in a folder, one that cannot be opened."""
        if member.size > self.limits.max_member_bytes:
            raise MemberSkipped("too-large", self._too_large(member.size))
        reader = io.BufferedReader(_CappedReader(self._open_raw(member), member.name, self), buffer_size=256 * 1024)
        try:
            yield reader
        finally:
            reader.close()

    def _open_raw(self, member: Member) -> BinaryIO:
        raise NotImplementedError

    def member_dates(self) -> list[tuple[int, int, int]]:
        """(year, month, day) the archive's tool stamped on each member, when it did."""
        return []

    def close(self) -> None:
        """Release the underlying file, if any."""

    def _skip(self, kind: ParseIssueKind, name: str, why: Message) -> None:
        self.issues.append(ParseIssue(kind, name, detail=why))


def _safe_name(name: str) -> str | None:
    """The member name as a relative POSIX path, or None when it could escape a folder."""
    cleaned = name.replace("\\", "/")
    if cleaned.startswith("/") or (len(cleaned) > 1 and cleaned[1] == ":"):
        return None
    parts = PurePosixPath(cleaned).parts
    if any(part == ".." for part in parts):
        return None
    return "/".join(part for part in parts if part not in ("", "."))


class ZipArchive(Archive):
    def __init__(self, path: Path, limits: Limits, inner: tuple[str, bytes] | None = None) -> None:
        """`inner`: (name, bytes) of a ZIP held inside the one at `path`, read from memory."""
        super().__init__(path, limits)
        try:
            if inner is None:
                self._zip = zipfile.ZipFile(path)
            else:
                self.inner_name = inner[0].rpartition("/")[2]
                self._zip = zipfile.ZipFile(io.BytesIO(inner[1]))
        except zipfile.BadZipFile:
            where: Message | str = _("{archive}: {file}", archive=path.name, file=inner[0]) if inner else path.name
            raise ExportError(
                _("{archive}: not a readable ZIP archive (truncated or corrupt?)", archive=where)
            ) from None
        except OSError as error:
            raise ExportError(
                _("{archive}: cannot read ({reason})", archive=path.name, reason=str(error.strerror or error))
            ) from None
        try:
            self._check_directory()
        except BaseException:
            self._zip.close()
            raise

    def _check_directory(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            # Always past max_members (thousands), so always plural; written as the English line always was.
            count = Verbatim(str(len(infos)))
            raise ExportError(
                _("{archive}: {n} members is more than any LinkedIn export holds", archive=self.name, n=count)
            )
        declared_total = 0
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise ExportError(
                    _("{archive}: the archive is encrypted; export it again from LinkedIn", archive=self.name)
                )
            name = _safe_name(info.filename)
            if name is None:
                self._skip("unsafe-member", info.filename, _("member name points outside the archive; ignored"))
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                self._skip("link-member", name, _("member is a link; ignored"))
                continue
            if info.file_size > self.limits.ratio_applies_above and info.file_size > self.limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise ExportError(
                    _(
                        "{archive}: {file} has a compression ratio of {ratio}; refusing it as a possible zip bomb",
                        archive=self.name,
                        file=name,
                        ratio=Verbatim(f"{info.file_size / max(info.compress_size, 1):.0f}:1"),
                    )
                )
            if info.file_size <= self.limits.max_member_bytes:  # a member past its budget is never read
                declared_total += info.file_size
            if name in self._infos:
                self._skip("duplicate-member", name, _("member appears twice in the archive; the first copy is read"))
                continue
            self._infos[name] = info
            self.members.append(Member(name, info.file_size))
        if declared_total > self.limits.max_total_bytes:
            raise ExportError(
                _(
                    "{archive}: the archive would decompress to {mib} MiB; refusing it as a possible zip bomb",
                    archive=self.name,
                    mib=Verbatim(str(declared_total // MiB)),
                )
            )

    def _open_raw(self, member: Member) -> BinaryIO:
        try:
            return self._zip.open(self._infos[member.name])  # type: ignore[return-value]
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise ExportError(
                _(
                    "{archive}: {file} is corrupt or truncated ({reason})",
                    archive=self.name,
                    file=member.name,
                    reason=str(error),
                )
            ) from None
        except NotImplementedError as error:
            raise ExportError(
                _(
                    "{archive}: {file} uses an unsupported compression ({reason})",
                    archive=self.name,
                    file=member.name,
                    reason=str(error),
                )
            ) from None

    def member_dates(self) -> list[tuple[int, int, int]]:
        return [info.date_time[:3] for info in self._infos.values()]

    def close(self) -> None:
        self._zip.close()

    def wrapped_zip(self) -> Member | None:
        """The only member, when it is a ZIP (an export re-zipped by hand), desktop litter aside."""
        members = [member for member in self.members if not _DESKTOP_LITTER.search(member.name)]
        if len(members) == 1 and members[0].name.lower().endswith(".zip"):
            return members[0]
        return None

    def unwrap(self, member: Member) -> ZipArchive:
        """The inner ZIP as the archive, read from memory (never written to disk) within the same budgets: its
        bytes count against the total budget, and it must fit a member's budget."""
        with self.open(member) as stream:
            data = stream.read()
        inner = ZipArchive(self.path, self.limits, inner=(member.name, data))
        inner._total = self._total
        inner.issues[:0] = self.issues
        self.close()
        return inner


class FolderArchive(Archive):
    def __init__(self, path: Path, limits: Limits) -> None:
        super().__init__(path, limits)
        total = 0

        def unreadable_folder(error: OSError) -> None:
            where = Path(error.filename or path)
            relative = where.relative_to(path).as_posix() if where.is_relative_to(path) else str(where)
            self._skip(
                "unreadable-folder",
                relative,
                _("folder cannot be listed ({reason}); ignored", reason=str(error.strerror or error)),
            )

        for root, dirs, files in os.walk(path, onerror=unreadable_folder, followlinks=False):
            dirs.sort()
            for file_name in sorted(files):
                full = Path(root, file_name)
                relative = full.relative_to(path).as_posix()
                try:
                    info = full.lstat()
                except OSError:
                    self._skip("unreadable-file", relative, _("cannot be read; ignored"))
                    continue
                if stat.S_ISLNK(info.st_mode):
                    self._skip("link-member", relative, _("file is a link; ignored"))
                    continue
                if not stat.S_ISREG(info.st_mode):
                    # Never opened: a FIFO would block the read, a device never ends.
                    self._skip("special-file", relative, _("not a regular file (a FIFO, device or socket); ignored"))
                    continue
                if info.st_size <= limits.max_member_bytes:  # a file past its budget is never read
                    total += info.st_size
                if len(self.members) >= limits.max_members:
                    raise ExportError(_("{archive}: more files than any LinkedIn export holds", archive=self.name))
                self.members.append(Member(relative, info.st_size))
        if total > limits.max_total_bytes:
            raise ExportError(
                _(
                    "{archive}: the folder holds {mib} MiB, more than the cap",
                    archive=self.name,
                    mib=Verbatim(str(total // MiB)),
                )
            )

    def _open_raw(self, member: Member) -> BinaryIO:
        # Opened without blocking, then checked: a file swapped for a FIFO since the listing must not hang.
        try:
            descriptor = os.open(self.path / member.name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError as error:
            raise MemberSkipped(
                "unreadable-file", _("cannot be read ({reason}); ignored", reason=str(error.strerror or error))
            ) from None
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.close(descriptor)
            raise MemberSkipped("special-file", _("not a regular file (a FIFO, device or socket); ignored"))
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return open(descriptor, "rb")


def open_archive(path: str | os.PathLike[str], limits: Limits | None = None) -> Archive:
    """Open a ZIP file or a folder for reading; ExportError for anything that is neither."""
    limits = limits or Limits()
    target = Path(path)
    if not target.exists():
        raise ExportError(_("{path}: no such file or folder", path=str(target)))
    if target.is_dir():
        return FolderArchive(target, limits)
    if not target.is_file():
        raise ExportError(_("{path}: not a file or a folder", path=str(target)))
    archive = ZipArchive(target, limits)
    wrapped = archive.wrapped_zip()
    if wrapped is None:
        return archive
    try:
        return archive.unwrap(wrapped)  # one level only: a ZIP in the inner ZIP is not an export
    except MemberSkipped as skipped:
        archive.close()
        budget = limits.max_member_bytes // MiB
        raise ExportError(
            _(
                "{archive}: the ZIP inside it ({file}) is past the {mib} MiB budget",
                archive=archive.name,
                file=wrapped.name,
                mib=Verbatim(str(budget)),
            )
        ) from skipped
    except BaseException:
        archive.close()
        raise
