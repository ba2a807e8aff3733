"""Reading a file the user names (--config, --photo): only a regular file, of a bounded size.

A FIFO given as a file blocks the reader for ever, /dev/zero never ends, a folder or a socket cannot be read: each
is refused in one line, from `os.stat`, before it is opened (opening some devices already does something), and
checked again with `os.fstat` once open, in case the path was swapped in between. The file is opened without
blocking, so even a FIFO swapped in at that moment cannot hang the command.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import AuditorError
from auditor.i18n import Message, _


@dataclass(frozen=True)
class FileKind:
    """What a file is for, as the errors name it: bare (`no such photo`) and with its article (`not a photo`)."""

    noun: Message
    a_noun: Message


def read_regular_file(path: Path, max_bytes: int, what: FileKind, error: type[AuditorError]) -> bytes:
    """The bytes of `path`, only if it is a regular file of at most `max_bytes`: a folder, a FIFO (which would
    block), a device (/dev/zero never ends) or a socket is refused in one line before it is opened, and checked
    again on the opened file, in case it was swapped in between."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise error(_("{path}: no such {what}", path=str(path), what=what.noun)) from None
    except OSError as failure:
        raise error(
            _("{path}: cannot read ({reason})", path=str(path), reason=str(failure.strerror or failure))
        ) from None
    _check_regular(path, status, max_bytes, what, error)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as failure:
        raise error(
            _("{path}: cannot read ({reason})", path=str(path), reason=str(failure.strerror or failure))
        ) from None
    try:
        with open(descriptor, "rb") as file:
            _check_regular(path, os.fstat(file.fileno()), max_bytes, what, error)
            data = file.read(max_bytes + 1)
    except OSError as failure:
        raise error(
            _("{path}: cannot read ({reason})", path=str(path), reason=str(failure.strerror or failure))
        ) from None
    if len(data) > max_bytes:
        raise error(
            _(
                "{path}: too large for {a_what} (more than {budget} bytes)",
                path=str(path),
                a_what=what.a_noun,
                budget=max_bytes,
            )
        )
    return data


def _check_regular(
    path: Path, status: os.stat_result, max_bytes: int, what: FileKind, error: type[AuditorError]
) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise error(_("{path}: a folder, not {a_what}", path=str(path), a_what=what.a_noun))
    if not stat.S_ISREG(status.st_mode):
        raise error(
            _(
                "{path}: not a regular file (a device, a pipe or a socket), so not {a_what}",
                path=str(path),
                a_what=what.a_noun,
            )
        )
    if status.st_size > max_bytes:
        raise error(
            _(
                "{path}: too large for {a_what} ({size} bytes, more than {budget})",
                path=str(path),
                a_what=what.a_noun,
                size=status.st_size,
                budget=max_bytes,
            )
        )
