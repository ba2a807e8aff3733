"""Files written whole or not at all: every file the tool writes (--json FILE, init's configuration, the sample
and demo outputs) is written to a temporary file beside its target, flushed to disk, then renamed over it.

A run stopped halfway (Ctrl-C, SIGTERM, a full disk, a crash) leaves the previous file as it was, never a
truncated one, and removes its temporary file. The rename is atomic because the temporary file lives in the
target's folder, on the same file system.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _mode_for(path: Path) -> int:
    """The permissions the file gets: those of the file it replaces, else what the umask leaves of rw-rw-rw-
    (a temporary file is created rw------- whatever the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Write `path` through the binary file this yields; the file appears (or replaces the old one) only when the
    block ends without an exception (KeyboardInterrupt and other BaseExceptions included).

    A symbolic link is followed: the file it points to is replaced, the link stays. A target that exists and is
    not a regular file (/dev/null, /dev/stdout, a FIFO read by another program) is written in place: replacing it
    would put a regular file where a device was, and there is no earlier file to keep."""
    target = Path(os.path.realpath(path))
    try:
        regular = stat.S_ISREG(os.stat(target).st_mode)
    except FileNotFoundError:
        regular = True  # a new file
    if not regular:
        with open(target, "wb") as stream:
            yield stream
        return
    # The name stays short whatever the target's (a name near 255 bytes plus a suffix would be too long).
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:64]}.", suffix=".partial")
    try:
        with os.fdopen(descriptor, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """`path.write_text(text, encoding="utf-8")`, whole or not at all."""
    with atomic_output(path) as file:
        file.write(text.encode("utf-8"))
