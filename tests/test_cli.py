"""The command line: inventory output, the stable JSON shape, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.model import SECTION_NAMES

from .test_export_sections import CASES


@pytest.fixture
def small_export(make_zip: Callable[..., Path]) -> Path:
    files = {name: content for _, name, content, _, _ in CASES if not name.startswith("Connections")}
    files["Connections.csv"] = CASES[0][2] + "\nBad,Row,https://x,,,,not a date\n"
    return make_zip(files)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, timeout=120)


def test_inspect_json_shape(small_export: Path) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(small_export), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"schema_version", "archive", "sections", "missing", "parse_issues"}
    assert data["schema_version"] == 1
    assert data["archive"] == {"kind": "complete", "exported_on": "2026-11-02"}
    assert set(data["sections"]) | set(data["missing"]) == set(SECTION_NAMES)
    assert not set(data["sections"]) & set(data["missing"])
    connections = data["sections"]["connections"]
    assert connections == {"file": "Connections.csv", "rows": 2, "first": "2026-07-09", "last": "2026-07-09"}
    assert data["sections"]["profile"]["first"] is None
    for section in data["sections"].values():
        assert set(section) == {"file", "rows", "first", "last"}
    issue = next(i for i in data["parse_issues"] if i["file"] == "Connections.csv")
    assert issue == {
        "file": "Connections.csv",
        "line": 6,
        "field": "Connected On",
        "problem": "cannot read 'not a date'; left empty",
    }


def test_inspect_text_table(small_export: Path) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(small_export)])
    assert result.exit_code == 0
    assert "complete archive, exported on 2026-11-02" in result.output
    assert "connections" in result.output and "Parse issues: " in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file or folder"), (b"not a zip at all", "not a readable ZIP archive")],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes | None, message: str) -> None:
    target = tmp_path / "export.zip"
    if content is not None:
        target.write_bytes(content)
    result = _run("inspect", str(target))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exit_2() -> None:
    result = _run("inspect")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_help_lists_commands_and_examples() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("inspect", "sample", "demo"):
        assert command in result.output
        sub = CliRunner().invoke(cli, [command, "-h"])
        assert sub.exit_code == 0 and "Example:" in sub.output


def test_help_imports_nothing_heavy() -> None:
    heavy = "('bs4', 'lxml', 'auditor.export', 'auditor.sample')"
    code = f"import sys, auditor.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"
