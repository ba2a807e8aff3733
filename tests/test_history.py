"""The audit history (issue 14): recording, replacing, comparing, gates, and files that are not a history."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from auditor.cli import cli
from auditor.history import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    FindingPoint,
    HistoryError,
    Snapshot,
    StepPoint,
    open_history,
)

from .history_fixtures import member

AS_OF = "2026-11-02"


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return member(tmp_path_factory.mktemp("member"))


def _audit(export: Path, config: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["audit", str(export), "--config", str(config), "--as-of", AS_OF, *args])


def _codes(items: list[dict[str, str]]) -> list[str]:
    return sorted(item["code"] for item in items)


def test_two_audits_give_new_fixed_and_still_open(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, later, config = exports
    db = tmp_path / "history.db"
    one = _audit(first, config, "--history", str(db), "--json", str(tmp_path / "one.json"))
    assert one.exit_code == 0, one.output
    assert "Since the audit" not in one.output  # nothing to compare with yet
    two = _audit(later, config, "--history", str(db), "--json", str(tmp_path / "two.json"))
    assert two.exit_code == 1, two.output  # PRO-002 is an error: --fail-on error
    since = json.loads((tmp_path / "two.json").read_text())["since"]
    assert _codes(since["new"]) == ["PRO-002"]
    assert _codes(since["fixed"]) == ["NET-001", "NET-002"]
    first_findings = json.loads((tmp_path / "one.json").read_text())["findings"]
    still = {f["fingerprint"] for f in first_findings} - {f["fingerprint"] for f in since["fixed"]}
    assert {f["fingerprint"] for f in since["still_open"]} == still
    # TXT-009 and TXT-010: the typical member's typo and complaining posts, in both exports (GOA-005 reads lemmas
    # and hashtags: one fewer).
    assert {"TXT-009", "TXT-010"} <= set(_codes(since["still_open"]))
    assert len(since["still_open"]) == 10, " ".join(_codes(since["still_open"]))
    # 79 with the text rules (TXT-001..005 pass on the later export; 78 without them)
    assert since["overall"] == {"before": 70, "after": 78}
    assert since["steps"]["step2"]["before"] == 43 and since["steps"]["step2"]["after"] == 86
    assert since["metrics"]["connections"] == {"before": 80, "after": 81}
    assert since["metrics"]["circle2"] == {"before": 75, "after": 76}
    assert "Since the audit as of November 2, 2026:" in two.output
    assert "  1 new finding: PRO-002" in two.output
    assert "  2 fixed: NET-002, NET-001" in two.output
    assert "  connections: 80 → 81 (+1)" in two.output
    with open_history(db) as history:
        assert [p.overall for p in history.audits()] == [70, 78]


def test_the_block_speaks_french(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, later, config = exports
    db = tmp_path / "history.db"
    _audit(first, config, "--history", str(db), "--lang", "fr")
    two = _audit(later, config, "--history", str(db), "--lang", "fr")
    assert "Depuis l’audit au 2 novembre 2026\u00a0:" in two.output, two.output[-800:]
    assert "1 nouveau constat\u00a0: PRO-002" in two.output
    assert "2 corrigés\u00a0: NET-002, NET-001" in two.output
    assert "relations\u00a0: 80 → 81 (+1)" in two.output
    assert "contrôle non franchi\u00a0: --fail-on error\u00a0: 1 constat à ce niveau" in two.stderr, two.stderr


def test_the_same_export_audited_again_replaces_its_record(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, _later, config = exports
    db = tmp_path / "history.db"
    for _ in range(2):
        assert _audit(first, config, "--history", str(db)).exit_code == 0
    with open_history(db) as history:
        assert len(history.audits()) == 1
    # Another configuration is another audit of the same export.
    other = tmp_path / "other.toml"
    other.write_text(config.read_text() + '\n[rules."PRO-012"]\nseverity = "off"\n')
    assert _audit(first, other, "--history", str(db)).exit_code == 0
    with open_history(db) as history:
        assert len(history.audits()) == 2


def test_a_baseline_json_compares_like_the_history(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, later, config = exports
    assert _audit(first, config, "--json", str(tmp_path / "one.json")).exit_code == 0
    two = _audit(later, config, "--baseline", str(tmp_path / "one.json"), "--json", str(tmp_path / "two.json"))
    assert two.exit_code == 1
    since = json.loads((tmp_path / "two.json").read_text())["since"]
    assert _codes(since["new"]) == ["PRO-002"] and _codes(since["fixed"]) == ["NET-001", "NET-002"]
    assert since["metrics"]["connections"] == {"before": 80, "after": 81}  # the JSON keeps its metrics


@pytest.mark.parametrize("content", [b"{}", b"[1, 2]", b"not json", b'{"schema_version": 2}'])
def test_a_bad_baseline_is_a_usage_error(exports: tuple[Path, Path, Path], tmp_path: Path, content: bytes) -> None:
    first, _later, config = exports
    baseline = tmp_path / "baseline.json"
    baseline.write_bytes(content)
    result = _audit(first, config, "--baseline", str(baseline))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "baseline.json" in result.stderr


# --- Gates -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "named"),
    [
        (["--fail-on", "never"], 0, None),
        (["--fail-on", "never", "--fail-under", "70"], 0, None),
        (["--fail-on", "never", "--fail-under", "71"], 1, "--fail-under 71: the score is 70"),
        (
            ["--fail-on", "warn"],
            1,
            "--fail-on warn: 6 findings at or above this severity (NET-002, RTN-002, CAD-002, CAD-003, TXT-009)",
        ),
        (["--fail-on", "error"], 0, None),
    ],
)
def test_gates_on_one_audit(exports: tuple[Path, Path, Path], args: list[str], code: int, named: str | None) -> None:
    first, _later, config = exports
    result = _audit(first, config, *args)
    assert result.exit_code == code, result.stderr
    if named:
        assert f"linkedin-audit: gate failed: {named}" in result.stderr
    else:
        assert "gate failed" not in result.stderr


@pytest.mark.parametrize(
    ("order", "args", "code", "named"),
    [
        # the later export: a new error finding fails the regression gate whatever its points
        ("forward", ["--fail-on", "never", "--fail-on-regression", "50"], 1, "1 new error finding (PRO-002)"),
        ("forward", ["--fail-on", "never", "--fail-on-regression"], 1, "step 5 fell by 4 points (90 → 86)"),
        ("forward", ["--fail-on", "never"], 0, None),
        # backwards: NET-001/NET-002 come back (no error), step 2 falls by 43 points
        ("backward", ["--fail-on", "never", "--fail-on-regression", "43"], 0, None),
        ("backward", ["--fail-on", "never", "--fail-on-regression", "42"], 1, "step 2 fell by 43 points (86 → 43)"),
    ],
)
def test_the_regression_gate(
    exports: tuple[Path, Path, Path], tmp_path: Path, order: str, args: list[str], code: int, named: str | None
) -> None:
    first, later, config = exports
    before, after = (first, later) if order == "forward" else (later, first)
    db = tmp_path / "history.db"
    _audit(before, config, "--history", str(db))
    result = _audit(after, config, "--history", str(db), *args)
    assert result.exit_code == code, result.stderr
    if named:
        assert named in result.stderr
    else:
        assert "gate failed" not in result.stderr


def test_the_regression_gate_without_an_earlier_audit_passes(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, _later, config = exports
    result = _audit(first, config, "--history", str(tmp_path / "h.db"), "--fail-on-regression")
    assert result.exit_code == 0, result.stderr


# --- Files that are not a history --------------------------------------------------------------------------------


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _foreign(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.execute("INSERT INTO notes VALUES ('mine')")
    db.commit()
    db.close()


def _newer(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("CREATE TABLE audits (id INTEGER)")
    db.commit()
    db.close()


def _truncated(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    db.commit()
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00garbage" * 200 + data[1700:4096])


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_bytes(os.urandom(3000)), "not an SQLite database"),
        (lambda p: p.write_text("id,name\n1,x\n"), "not an SQLite database"),
        (_foreign, "another program's SQLite database"),
        (_newer, "written by a newer linkedin-audit"),
        (_truncated, "history"),
    ],
)
def test_a_file_that_is_not_a_history_is_refused_and_left_untouched(
    exports: tuple[Path, Path, Path], tmp_path: Path, make: object, said: str
) -> None:
    first, _later, config = exports
    db = tmp_path / "history.db"
    make(db)  # type: ignore[operator]
    before = _fingerprint(db)
    result = _audit(first, config, "--history", str(db))
    assert result.exit_code == 2
    assert result.stderr.startswith("linkedin-audit: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert said in result.stderr
    assert _fingerprint(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.db"]  # no -wal or -shm left beside it


# --- Schema, concurrency, crashes --------------------------------------------------------------------------------


def _point(day: int, content: str = "", overall: int = 50) -> Snapshot:
    return Snapshot(
        as_of=dt.date(2026, 1, 1) + dt.timedelta(days=day),
        exported_on=dt.date(2026, 1, 1) + dt.timedelta(days=day),
        overall=overall,
        steps={"step2": StepPoint(overall, "scored", 4, 5)},
        findings={"f1": FindingPoint("f1", "NET-001", "step2", "info", {"id": "x", "params": {"n": 3}})},
        metrics={"connections": 100 + day},
        export_file="x.zip",
        content_hash=content or f"hash{day}",
        config_fingerprint="config",
    )


def test_a_schema_1_history_is_migrated_and_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    for i in range(3):
        db.execute(
            "INSERT INTO audits VALUES (?, '2026-01-01T00:00:00+00:00', 'x.zip', '2026-01-01', ?, ?, '2026-01-01',"
            " '0.1.0', 'r', 'c', ?, 'scored', 40, 50, 'en')",
            (i + 1, f"h{i}", f"2026-0{i + 1}-01", 60 + i),
        )
        db.execute("INSERT INTO steps VALUES (?, 'step2', ?, 'scored', 4, 5, 1.0)", (i + 1, 60 + i))
        db.execute("INSERT INTO findings VALUES (?, 'fp', 'NET-001', 'step2', 'info', NULL)", (i + 1,))
    db.commit()
    db.close()
    with open_history(path) as history:
        assert history.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        points = history.audits()
        assert [p.overall for p in points] == [60, 61, 62]
        assert all(set(p.findings) == {"fp"} and p.steps["step2"].score == p.overall for p in points)
        assert all(p.metrics == {} for p in points)  # version 1 kept no metrics
        history.record(_point(200))
        assert len(history.audits()) == 4


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from auditor.history import FindingPoint, Snapshot, StepPoint, open_history

    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for i in range(count):
        point = Snapshot(
            as_of=dt.date(2026, 1, 1), exported_on=None, overall=i,
            steps={"step2": StepPoint(i, "scored", 1, 1)},
            findings={f"f{j}": FindingPoint(f"f{j}", "NET-001", "step2", "info", None) for j in range(50)},
            metrics={"connections": i}, content_hash=f"{name}-{i}", config_fingerprint="c",
        )
        with open_history(path) as history:
            history.record(point)
            if name == "slow":
                history.db.execute("BEGIN IMMEDIATE")
                history.db.execute("DELETE FROM findings")  # half of a rewrite, when the kill comes
                history.db.execute("INSERT INTO audits SELECT id + 100, recorded_at, export_file, exported_on,"
                                   " 'half', as_of, data_until, tool_version, rules_fingerprint, config_fingerprint,"
                                   " overall, overall_status, judged, scored, language, config_file FROM audits")
                print("in", flush=True)
                import time; time.sleep(60)
    """
)


def test_two_writers_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    open_history(path).close()
    runs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "40"]) for name in ("one", "two")]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    with open_history(path) as history:
        hashes = {p.content_hash for p in history.audits()}
        assert len(hashes) == 80
        assert history.db.execute("SELECT count(*) FROM findings").fetchone()[0] == 80 * 50
        assert history.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_run_killed_mid_write_leaves_the_history_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with open_history(path) as history:
        history.record(_point(1))
    run = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "slow", "1"], stdout=subprocess.PIPE, text=True)
    assert run.stdout is not None and run.stdout.readline().strip() == "in"  # holding an open write transaction
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    started = time.monotonic()
    with open_history(path) as history:
        points = history.audits()
        # its committed record (dated earlier), not the half-written rewrite
        assert [p.content_hash for p in points] == ["slow-0", "hash1"]
        assert [len(p.findings) for p in points] == [50, 1]
        assert history.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        history.record(_point(2))  # the lock died with the process: the next run writes at once
    assert time.monotonic() - started < 5


def test_forget_before(tmp_path: Path) -> None:
    with open_history(tmp_path / "h.db") as history:
        for day in (0, 30, 60):
            history.record(_point(day))
        assert history.forget_before(dt.date(2026, 1, 15)) == 1
        assert [p.as_of.day for p in history.audits()] == [31, 2]
        assert history.db.execute("SELECT count(*) FROM findings").fetchone()[0] == 2


def test_the_comparison_is_with_the_latest_earlier_audit(tmp_path: Path) -> None:
    with open_history(tmp_path / "h.db") as history:
        for day in (0, 60, 30):  # recorded out of order: the audit of day 30 came last
            history.record(_point(day))
        assert history.latest().as_of.day == 2  # type: ignore[union-attr]  # day 60: March 2
        assert history.latest(excluding=("hash30", "config"), until=dt.date(2026, 1, 31)).as_of.day == 1  # type: ignore[union-attr]
        assert history.latest(until=dt.date(2025, 1, 1)).as_of.day == 2  # type: ignore[union-attr]  # none before


def test_no_history_to_read() -> None:
    with pytest.raises(HistoryError, match="no history"):
        open_history(Path("/nonexistent/h.db"), create=False)


def test_the_block_counts_repeated_rules_and_writes_shares_as_percentages() -> None:
    from auditor.compare import compare, comparison_lines
    from auditor.findings import STEP_TITLES

    before = _point(0)
    findings = {f"g{i}": FindingPoint(f"g{i}", "GOA-005", "step1", "info", None) for i in range(2)}
    before = Snapshot(**{**before.__dict__, "findings": {**before.findings, **findings},
                         "metrics": {"routine_adherence": 0.06, "connections": 100}})  # fmt: skip
    after = Snapshot(**{**_point(30).__dict__, "findings": {}, "metrics": {"routine_adherence": 0.18}})
    lines = comparison_lines(compare(before, after), "en", STEP_TITLES)
    assert "  3 fixed: GOA-005 ×2, NET-001" in lines
    assert "  routines kept: 6% → 18% (+12%)" in lines
    assert "  connections: 100 → —" in lines
    french = comparison_lines(compare(before, after), "fr", STEP_TITLES)
    assert "  routines tenues\u00a0: 6\u00a0% → 18\u00a0% (+12\u00a0%)" in french, french


def test_two_audits_at_once_both_land(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, later, config = exports
    db = tmp_path / "history.db"
    command = [sys.executable, "-m", "auditor", "audit", "--config", str(config), "--as-of", AS_OF,
               "--history", str(db), "--fail-on", "never"]  # fmt: skip
    runs = [subprocess.Popen([*command, str(export)], stdout=subprocess.DEVNULL) for export in (first, later)]
    assert [run.wait(timeout=180) for run in runs] == [0, 0]
    with open_history(db) as history:
        assert sorted(p.overall or 0 for p in history.audits()) == [70, 78]
