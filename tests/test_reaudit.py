"""`linkedin-audit reaudit DIR --history FILE.db`: the newest export audited once, dated reports, gates, JUnit and
the GitHub step summary."""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner, Result
from lxml import etree

from auditor.cli import cli
from auditor.history import open_history
from auditor.reaudit import newest_export

from .history_fixtures import later_export, member

# The common JUnit XML schema: the Jenkins xunit plugin's junit-10.xsd (MIT), the one pytest's own JUnit writer is
# tested against; pytest's source package on the package index carries it (testing/example_scripts/junit-10.xsd).
# It is not copied here: .ci/run downloads that package (`pip download --no-deps --no-binary :all: pytest==X`) and
# points JUNIT_SCHEMA at it (or at the .xsd itself); the schema is read from the archive in memory.
SCHEMA_IN_SDIST = "testing/example_scripts/junit-10.xsd"


def _published_junit_schema() -> etree.XMLSchema:
    where = os.environ.get("JUNIT_SCHEMA", "")
    if not where:
        pytest.skip("JUNIT_SCHEMA is not set: the published junit-10.xsd, or pytest's source package, see .ci/run")
    path = Path(where)
    if path.suffix == ".xsd":
        return etree.XMLSchema(etree.parse(str(path)))
    with tarfile.open(path) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("/" + SCHEMA_IN_SDIST))
        data = sdist.extractfile(member)
        assert data is not None
        return etree.XMLSchema(etree.fromstring(data.read()))


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
    # A scheduled CI job that finds nothing new still gets its step summary, and its JUnit file: the export is
    # then audited again (the file needs every rule's outcome), its record replaced, not added.
    summary, junit = tmp_path / "summary.md", tmp_path / "audit.xml"
    args = ("--history", str(db), "--as-of", "2027-01-02", "--fail-on", "never")
    quiet = _reaudit(folder, copy, *args, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert quiet.exit_code == 0 and "already in the history" in summary.read_text()
    with_junit = _reaudit(folder, copy, *args, "--junit", str(junit))
    assert with_junit.exit_code == 0 and "already in the history" not in with_junit.output
    assert ElementTree.parse(junit).getroot().findall("testsuite")
    with open_history(db) as history:
        assert len(history.audits()) == 4


@pytest.fixture(scope="module")
def junit_run(exports: tuple[Path, Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(the folder, the JUnit file, the GitHub step summary) of one reaudit."""
    first, _later, config = exports
    tmp_path = tmp_path_factory.mktemp("junit")
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
    return folder, junit, summary


def test_junit_validates_against_the_published_schema(junit_run: tuple[Path, Path, Path]) -> None:
    schema = _published_junit_schema()
    assert schema.validate(etree.parse(str(junit_run[1]))), schema.error_log
    broken = etree.fromstring(b"<testsuites><testsuite name='x'><testcase/></testsuite></testsuites>")
    assert not schema.validate(broken)  # the schema really checks: a suite without its counts is refused


def test_junit_and_step_summary(junit_run: tuple[Path, Path, Path]) -> None:
    folder, junit, summary = junit_run
    root = ElementTree.parse(junit).getroot()
    suites = root.findall("testsuite")
    cases = root.findall("testsuite/testcase")
    data = json.loads(next(folder.glob("*.audit-2026-11-02.json")).read_text())
    statuses = [rule["status"] for rule in data["rules"]]

    def total(name: str) -> int:
        return sum(int(suite.get(name, "0")) for suite in suites)

    assert len(cases) == len(data["rules"]) == total("tests")
    failed = [case for case in cases if case.find("failure") is not None]
    assert len(failed) == statuses.count("failed") == total("failures")
    skipped = sum(statuses.count(s) for s in ("skipped", "not-applicable", "off"))
    assert sum(case.find("skipped") is not None for case in cases) == skipped == total("skipped")
    # What the published schemas require: the Jenkins xunit plugin's junit-10.xsd allows no
    # `skipped` on <testsuites> and the Apache Ant format's JUnit.xsd no attribute at all; the latter requires on
    # each suite these attributes (a zone-less, whole-second timestamp; ids from 0), its properties, system-out
    # and system-err in this order, and at most one failure, error or skipped per test case.
    assert root.attrib == {}
    assert [suite.get("id") for suite in suites] == [str(i) for i in range(len(suites))]
    for suite in suites:
        assert {"name", "tests", "failures", "errors", "time", "timestamp", "hostname", "package"} <= set(suite.attrib)
        assert suite.get("timestamp") == "2026-11-02T00:00:00" and suite.get("hostname") == "localhost"
        tags = [child.tag for child in suite]
        assert tags == ["properties", *["testcase"] * (len(tags) - 3), "system-out", "system-err"]
        assert all(len(case) <= 1 for case in suite.iter("testcase"))
    properties = {p.get("name"): p.get("value") for p in suites[0].iter("property")}
    assert properties["step"] == "Goals" and properties["as-of"] == "2026-11-02"
    step1 = data["scores"]["steps"]["step1"]
    assert properties["score"] == str(step1["score"]) and properties["status"] == step1["status"]
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
