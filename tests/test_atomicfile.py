"""auditor.atomicfile: outputs written whole or not at all, links followed, devices written in place."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from auditor.atomicfile import atomic_output, write_text_atomically


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "audit.json"
    target.write_text("previous")
    with pytest.raises(RuntimeError), atomic_output(target) as file:
        file.write(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["audit.json"]


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_text_atomically(tmp_path / "new.toml", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.toml").stat().st_mode) == 0o644


def test_a_link_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text_atomically(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_device_is_written_in_place_never_replaced() -> None:
    """`--json /dev/null` must not put a regular file where the device was (as root, the rename would succeed)."""
    write_text_atomically(Path("/dev/null"), "discarded")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
