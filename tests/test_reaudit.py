"""`linkedin-audit reaudit DIR --history FILE.db`: the newest export audited once, dated reports, gates, JUnit and
the GitHub step summary."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner, Result
from lxml import etree

from auditor.cli import cli
from auditor.history import open_history
from auditor.reaudit import newest_export

from .history_fixtures import later_export, member

SCHEMA = Path(__file__).parent / "data" / "junit.xsd"


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return member(tmp_path_factory.mktemp("member"))


def _reaudit(folder: Path, config: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner(env=env).invoke(cli, ["reaudit", str(folder), "--config", str(config), *args])


def _months(folder: Path, exports: tuple[Path, Path, Path]) -> list[tuple[Path, str]]:
    """Three monthly exports of the member: (file, its date) — the first, a later one with a headline too long,
    then one with the headline fixed."""
    first, later, _config = exports
    third = later_export(first, folder.parent / "third.zip", headline=False)
    return [(first, "2026-11-02"), (later, "2026-12-02"), (third, "2027-01-02")]


def test_three_months_build_a_three_point_history(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    config = exports[2]
    folder = tmp_path / "downloads"
    folder.mkdir()
    db = tmp_path / "history.db"
    for source, day in _months(folder, exports):
        year, month, date = day.split("-")
        target = folder / f"Complete_LinkedInDataExport_{month}-{date}-{year}.zip"
        shutil.copyfile(source, target)
        result = _reaudit(folder, config, "--history", str(db), "--as-of", day, "--fail-on", "never")
        assert result.exit_code == 0, result.output + result.stderr
        report = json.loads((folder / f"{target.name[:-4]}.audit-{day}.json").read_text())
        assert report["export"]["file"] == target.name
        assert (folder / f"{target.name[:-4]}.audit-{day}.html").read_text().startswith("<!doctype html>")
    with open_history(db) as history:
        points = history.audits()
    assert [p.as_of.isoformat() for p in points] == ["2026-11-02", "2026-12-02", "2027-01-02"]
    assert [p.export_file[28:38] for p in points] == ["11-02-2026", "12-02-2026", "01-02-2027"]
    last = json.loads(next(folder.glob("*01-02-2027.audit-2027-01-02.json")).read_text())
    assert [f["code"] for f in last["since"]["fixed"]] == ["PRO-002"]  # the headline is back within the limit
    trend = CliRunner().invoke(cli, ["history", str(db)])
    assert trend.output.startswith("3 audits, from November 2, 2026 to January 2, 2027")

    # Nothing new in the folder: nothing is audited again, the gates judge the record.
    again = _reaudit(folder, config, "--history", str(db), "--as-of", "2027-01-02", "--fail-under", "90")
    assert again.exit_code == 1
    assert "Complete_LinkedInDataExport_01-02-2027.zip is already in the history" in again.output
    assert "gate failed: --fail-under 90: the score is" in again.stderr
    with open_history(db) as history:
        assert len(history.audits()) == 3
    # Another configuration file: the same export is audited again (a fourth point).
    other = tmp_path / "other.toml"
    other.write_text(config.read_text() + '\n[rules."PRO-012"]\nseverity = "off"\n')
    changed = _reaudit(folder, other, "--history", str(db), "--as-of", "2027-01-02", "--fail-on", "never")
    assert changed.exit_code == 0 and "already in the history" not in changed.output
    with open_history(db) as history:
        assert len(history.audits()) == 4
    # The same content under another file name is the same configuration: recorded.
    copy = tmp_path / "copy.toml"
    copy.write_text(other.read_text())
    same = _reaudit(folder, copy, "--history", str(db), "--as-of", "2027-01-02", "--fail-on", "never")
    assert "already in the history" in same.output


def test_junit_and_step_summary(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, _later, config = exports
    folder = tmp_path / "downloads"
    folder.mkdir()
    shutil.copyfile(first, folder / first.name)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    junit = tmp_path / "audit.xml"
    result = _reaudit(
        folder, config, "--history", str(tmp_path / "h.db"), "--as-of", "2026-11-02", "--junit", str(junit),
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.parse(str(junit))
    assert schema.validate(document), schema.error_log
    root = ElementTree.parse(junit).getroot()
    cases = root.findall("testsuite/testcase")
    data = json.loads(next(folder.glob("*.audit-2026-11-02.json")).read_text())
    statuses = [rule["status"] for rule in data["rules"]]
    assert len(cases) == len(data["rules"]) == int(root.get("tests", "0"))
    failed = [case for case in cases if case.find("failure") is not None]
    assert len(failed) == statuses.count("failed") == int(root.get("failures", "0"))
    skipped = sum(statuses.count(s) for s in ("skipped", "not-applicable", "off"))
    assert sum(case.find("skipped") is not None for case in cases) == skipped == int(root.get("skipped", "0"))
    net002 = next(case for case in cases if case.get("name", "").startswith("NET-002"))
    failure = net002.find("failure")
    assert failure is not None and failure.get("type") == "warn"
    assert "Thornbury Foods" in (failure.get("message") or "")
    text = summary.read_text()
    assert text.startswith("earlier step\n# ")  # appended, as GitHub Actions expects
    assert "Overall score" in text
    assert "Score over time" not in text  # one audit: no trend yet


def test_the_newest_export_is_picked(tmp_path: Path) -> None:
    for name in (
        "Basic_LinkedInDataExport_01-02-2027.zip",
        "Complete_LinkedInDataExport_01-02-2027.zip",
        "Complete_LinkedInDataExport_12-02-2026.zip",
        "notes.zip",
    ):
        (tmp_path / name).write_bytes(b"x")
    assert newest_export(tmp_path).name == "Complete_LinkedInDataExport_01-02-2027.zip"
    (tmp_path / "Basic_LinkedInDataExport_02-01-2027").mkdir()  # an extracted export, newer
    assert newest_export(tmp_path).name == "Basic_LinkedInDataExport_02-01-2027"


def test_a_folder_without_export_is_a_usage_error(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    result = _reaudit(tmp_path, exports[2], "--history", str(tmp_path / "h.db"))
    assert result.exit_code == 2
    assert result.stderr == f"linkedin-audit: error: no *LinkedInDataExport*.zip export in {tmp_path}\n"
    assert not (tmp_path / "h.db").exists()


def test_reaudit_needs_a_history(exports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    result = _reaudit(tmp_path, exports[2])
    assert result.exit_code == 2 and "--history" in result.stderr
