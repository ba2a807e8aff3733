"""Shared fixtures: small archives written from literal file contents, for parser and CLI tests."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

Files = dict[str, str | bytes]


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's locale out of every test: a one-line error follows LC_ALL / LC_MESSAGES / LANG when no --lang
    or configuration says otherwise, and the tests expect English unless they set one themselves."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def write_zip(path: Path, files: Files) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[..., Path]:
    """make_zip({"Profile.csv": "..."}, name="x.zip") -> the path of a real ZIP in a temporary folder."""

    def make(files: Files, name: str = "Complete_LinkedInDataExport_11-02-2026.zip") -> Path:
        return write_zip(tmp_path / name, files)

    return make


@pytest.fixture
def make_folder(tmp_path: Path) -> Callable[..., Path]:
    """make_folder({"Jobs/Saved Jobs.csv": "..."}) -> an extracted-export folder."""

    def make(files: Files, name: str = "export") -> Path:
        root = tmp_path / name
        for member, content in files.items():
            target = root / member
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return root

    return make
