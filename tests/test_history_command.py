"""`linkedin-audit history FILE.db`: the trend per step and metric, as text and JSON, and forgetting old audits."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.findings import STEP_TITLES
from auditor.history import FindingPoint, Snapshot, StepPoint, open_history
from auditor.trends import sparkline

MONTHS = 36


def _month(i: int) -> Snapshot:
    day = dt.date(2024, 1, 5) + dt.timedelta(days=30 * i)
    findings = {f"f{j}": FindingPoint(f"f{j}", "CAD-002", "step5", "warn", None) for j in range(40 - i)}
    return Snapshot(
        as_of=day,
        exported_on=day,
        overall=40 + i,
        steps={step: StepPoint(min(100, 30 + 2 * i + k), "scored", 5, 6) for k, step in enumerate(STEP_TITLES)},
        findings=findings,
        metrics={"connections": 300 + 5 * i, "posts_per_week": round(0.1 * i, 2)},
        export_file=f"Complete_LinkedInDataExport_{day:%m-%d-%Y}.zip",
        content_hash=f"h{i}",
        config_fingerprint="c",
    )


@pytest.fixture(scope="module")
def history_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("history") / "history.db"
    with open_history(path) as history:
        for i in range(MONTHS):
            history.record(_month(i))
    return path


def test_sparkline() -> None:
    assert sparkline([0, 50, 100], 0, 100) == "▁▅█"
    assert sparkline([None, 3, 3]) == "·▅▅"
    assert sparkline([1, 2, None, 4]) == "▁▃·█"
    assert sparkline([]) == ""


def test_the_trend_of_36_audits_answers_at_once(history_file: Path) -> None:
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["history", str(history_file)])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    assert elapsed < 0.5
    lines = result.output.splitlines()
    assert lines[0] == "36 audits, from January 5, 2024 to November 20, 2026"
    score = next(line for line in lines if line.strip().startswith("Score "))
    assert score.split()[1] == "▄" * 10 + "▅" * 15 + "▆" * 11  # 40 to 75, on the 0-100 scale
    assert score.endswith("75  since the first: +35")
    connections = next(line for line in lines if "connections" in line)
    assert "475" in connections and "since the first: +175" in connections
    spark = connections.split()[1]
    assert len(spark) == MONTHS and spark[0] == "▁" and spark[-1] == "█"
    assert lines[-1] == "  November 20, 2026: score 75, 5 findings (Complete_LinkedInDataExport_11-20-2026.zip)"


def test_the_trend_in_french(history_file: Path) -> None:
    result = CliRunner().invoke(cli, ["history", str(history_file), "--lang", "fr"])
    assert result.exit_code == 0
    assert "36 audits, du 5 janvier 2024 au 20 novembre 2026" in result.output
    assert "posts par semaine" in result.output and "3,5" in result.output
    assert "depuis le premier\u00a0: +3,5" in result.output


def test_history_json(history_file: Path) -> None:
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["history", str(history_file), "--json"])
    assert time.perf_counter() - started < 0.5
    data = json.loads(result.output)
    assert data["history_version"] == 1
    audits = data["audits"]
    assert len(audits) == MONTHS
    assert [a["overall"] for a in audits] == list(range(40, 76))
    assert audits[0]["findings"] == {"error": 0, "warn": 40, "info": 0}
    assert audits[-1]["metrics"] == {"connections": 475, "posts_per_week": 3.5}
    assert audits[-1]["steps"]["step2"] == {"score": 100, "status": "scored", "judged": 5, "scored": 6}


def test_forget_before(history_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with open_history(history_file) as source, open_history(copy) as target:
        for point in source.audits():
            target.record(point)
    result = CliRunner().invoke(cli, ["history", str(copy), "--forget-before", "2026-01-01", "--json"])
    assert result.exit_code == 0
    assert result.stderr == "linkedin-audit: Forgot 25 audits dated before January 1, 2026.\n"
    assert len(json.loads(result.stdout)["audits"]) == 11


def test_an_empty_history(tmp_path: Path) -> None:
    open_history(tmp_path / "h.db").close()
    result = CliRunner().invoke(cli, ["history", str(tmp_path / "h.db")])
    assert result.exit_code == 0 and result.output == "The history holds no audit yet.\n"


@pytest.mark.parametrize("content", [None, b"hello", b"SQLite format 3\x00" + b"\x00" * 200])
def test_no_history_is_a_one_line_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "h.db"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(cli, ["history", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("linkedin-audit: error: ") and result.stderr.count("\n") == 1
    if content is not None:
        assert path.read_bytes() == content
