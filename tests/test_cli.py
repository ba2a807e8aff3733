"""The command line: inventory output, the stable JSON shape, exit codes and one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.config import Config
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
    assert set(data) == {"schema_version", "archive", "sections", "missing", "unreadable", "parse_issues"}
    assert data["unreadable"] == {}
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
        "kind": "bad-value",
        "detail": "cannot read 'not a date'; left empty",
        "detail_message": {"id": "cannot read {cell}; left empty", "params": {"cell": "'not a date'"}},
        "count": 1,
        "problem": "cannot read 'not a date'; left empty",
    }


def test_inspect_text_table(small_export: Path) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(small_export)])
    assert result.exit_code == 0
    assert "complete archive, exported on November 2, 2026" in result.output
    assert "connections" in result.output and "Parse issues: " in result.output
    assert "Connections.csv:6 [Connected On]: bad-value: cannot read 'not a date'; left empty" in result.output


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


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_an_example_and_a_line_in_the_readme(command: str) -> None:
    listed = CliRunner().invoke(cli, ["--help"])
    assert listed.exit_code == 0 and f"  {command} " in listed.output
    sub = CliRunner().invoke(cli, [command, "-h"])
    assert sub.exit_code == 0 and "Example: linkedin-audit " + command in " ".join(sub.output.split())
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"`linkedin-audit {command}" in readme


def test_help_imports_nothing_heavy() -> None:
    heavy = "('bs4', 'lxml', 'auditor.export', 'auditor.sample')"
    code = f"import sys, auditor.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"


# --- audit, rules, explain, init -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from auditor.sample import write_sample

    path = tmp_path_factory.mktemp("sample") / "Complete_LinkedInDataExport_11-02-2026.zip"
    write_sample(path, seed=1, lang="fr", size="small")
    return path


def test_audit_summary_json_and_exit_codes(sample_zip: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    result = CliRunner().invoke(cli, ["audit", str(sample_zip), "--json", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == 3 and data["language"] == "fr"
    assert set(data["scores"]["steps"]) == {"step1", "step2", "step3", "step4", "step5"}
    # Audited today by default (the archive's freshness is judged against the day the audit runs).
    assert data["export"]["as_of"] == dt.date.today().isoformat()
    assert data["export"]["exported_on"] == "2026-11-02"
    assert data["rules"] and all(
        r["status"] in {"passed", "failed", "not-applicable", "skipped", "crashed", "off"} for r in data["rules"]
    )
    assert not [r for r in data["rules"] if r["status"] == "crashed"]
    for finding in data["findings"]:
        assert finding["what"] and finding["why"] and finding["fix"]
    assert "Score" in result.output and "Profil LinkedIn" in result.output  # French profile: French summary
    failing = CliRunner().invoke(cli, ["audit", str(sample_zip), "--fail-on", "info"])
    assert failing.exit_code == (1 if data["findings"] else 0)


def test_audit_select_unknown_rule_is_usage_error(sample_zip: Path) -> None:
    result = _run("audit", str(sample_zip), "--select", "NOPE-999")
    assert result.returncode == 2 and "no rule matches" in result.stderr


def test_audit_bad_config_is_exit_2(sample_zip: Path, tmp_path: Path) -> None:
    config = tmp_path / "linkedin-audit.toml"
    config.write_text('[rules."no.such-rule"]\nseverity = "off"\n')
    result = _run("audit", str(sample_zip), "--config", str(config))
    assert result.returncode == 2
    assert "unknown rule 'no.such-rule'" in result.stderr and result.stderr.count("\n") == 1


def test_audit_json_to_stdout(sample_zip: Path) -> None:
    result = CliRunner().invoke(cli, ["audit", str(sample_zip), "--json", "-", "--fail-on", "never"])
    assert result.exit_code == 0
    assert json.loads(result.output)["schema_version"] == 3


def test_rules_and_explain() -> None:
    listing = CliRunner().invoke(cli, ["rules", "--json"])
    rules = json.loads(listing.output)
    assert len(rules) >= 1 and {"code", "name", "step", "severity", "options"} <= set(rules[0])
    explained = CliRunner().invoke(cli, ["explain", rules[0]["code"]])
    assert explained.exit_code == 0
    for section in ("What:", "Why:", "Options:", "Passes:", "Fails:", "Sources:"):
        assert section in explained.output
    assert CliRunner().invoke(cli, ["explain", "NOPE-1"]).exit_code == 2


def test_options_and_sources_are_shown_from_their_declarations() -> None:
    rules = {rule["code"]: rule for rule in json.loads(CliRunner().invoke(cli, ["rules", "--json"]).output)}
    weeks = rules["CAD-001"]["options"]["weeks"]
    assert weeks == {"default": 13, "unit": "weeks", "low": 1, "high": 5200, "description": weeks["description"]}
    assert weeks["description"]
    assert rules["PHO-008"]["options"]["min_face_share"]["at_most"] == "max_face_share"
    (source,) = [s for s in rules["NET-001"]["sources"] if s["id"] == "rajkumar-2022"]
    assert source["url"].startswith("https://") and source["verified"] is True
    explained = CliRunner().invoke(cli, ["explain", "NET-001"]).output
    assert "min_new_per_year (a count, 0 to 1,000,000; default 12)" in explained
    assert "[rajkumar-2022] " in explained and source["url"] in explained
    listing = CliRunner().invoke(cli, ["sources"])
    assert listing.exit_code == 0 and source["url"] in listing.output


def test_explain_and_rules_speak_french() -> None:
    explained = CliRunner().invoke(cli, ["explain", "NET-004", "--lang", "fr"])
    assert explained.exit_code == 0
    text = explained.output
    assert text.startswith("NET-004 network.pending-invitations (étape 2, gravité par défaut info)")
    assert "Les invitations ne s'accumulent pas sans réponse" in text
    for section in ("Ce qu'elle vérifie", "Pourquoi", "Options", "Respectée", "Non respectée", "Sources"):
        assert f"\n{section}\u00a0:\n" in text
    assert "max_age_days (jours, de 0 à 36\u202f525\u202f; par défaut 30)\u00a0: le nombre de jours" in text
    assert "(vérifié)" in text and "What:" not in text
    listing = CliRunner().invoke(cli, ["rules", "--lang", "fr"])
    assert "Les invitations ne s'accumulent pas sans réponse" in listing.output
    as_json = json.loads(CliRunner().invoke(cli, ["rules", "--json", "--lang", "fr"]).output)
    (pending,) = [rule for rule in as_json if rule["code"] == "NET-004"]
    assert pending["options"]["max_age_days"]["description"].startswith("le nombre de jours")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_init_writes_a_valid_starter_and_never_overwrites(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "linkedin-audit.toml"
    assert CliRunner().invoke(cli, ["init", "--lang", lang, "-o", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# ")
    target.write_text("mine")
    second = _run("init", "-o", str(target))
    assert second.returncode == 2 and "already exists" in second.stderr
    assert target.read_text() == "mine"


def test_readme_rule_table_is_current() -> None:
    from auditor.cli import rules_markdown
    from auditor.rules import RULES

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- rules:start -->")[1].split("<!-- rules:end -->")[0].strip()
    assert table == rules_markdown(RULES), "run: linkedin-audit rules --markdown --write README.md"


def test_rules_write_replaces_only_the_table(tmp_path: Path) -> None:
    from auditor.cli import rules_markdown
    from auditor.rules import RULES

    readme = tmp_path / "README.md"
    readme.write_text("# Title\n\n<!-- rules:start -->\nold\n<!-- rules:end -->\n\nAfter.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["rules", "--markdown", "--write", str(readme)])
    assert result.exit_code == 0, result.output
    assert readme.read_text(encoding="utf-8") == (
        f"# Title\n\n<!-- rules:start -->\n{rules_markdown(RULES)}\n<!-- rules:end -->\n\nAfter.\n"
    )
    readme.write_text("no markers\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["rules", "--markdown", "--write", str(readme)])
    assert result.exit_code == 2 and "no <!-- rules:start -->" in result.output
    assert readme.read_text(encoding="utf-8") == "no markers\n"


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 1), ("warn", 1), ("info", 1), ("never", 0)])
def test_a_crashed_rule_never_lowers_the_exit_code(
    sample_zip: Path, monkeypatch: pytest.MonkeyPatch, fail_on: str, expected: int
) -> None:
    """A crashed rule counts as an error for --fail-on: what it should have found is unknown. Only it runs here,
    so without the crash the audit would pass (exit 0)."""
    import dataclasses

    import auditor.cli
    from auditor.rules import RULES

    def broken(_export: object, _ctx: object) -> list[object]:
        raise OverflowError("date value out of range")

    rules = [dataclasses.replace(RULES[0], check=broken), *RULES[1:]]
    monkeypatch.setattr(auditor.cli, "_load_rules_and_config", lambda _path: (rules, Config()))
    result = CliRunner().invoke(cli, ["audit", str(sample_zip), "--select", RULES[0].code, "--fail-on", fail_on])
    assert result.exit_code == expected, result.output
    assert f"{RULES[0].code} {RULES[0].name}" in result.stdout
    assert "OverflowError: date value out of range" in result.stdout


@pytest.mark.parametrize(("raised", "code"), [(KeyboardInterrupt(), 130), ("SIGTERM", 143)])
def test_an_interruption_is_one_line_and_its_own_exit_code(
    sample_zip: Path, monkeypatch: pytest.MonkeyPatch, raised: object, code: int
) -> None:
    import signal

    import auditor.audit
    from auditor.errors import Interrupted

    def stop(*_args: object, **_kwargs: object) -> None:
        raise raised if isinstance(raised, BaseException) else Interrupted(signal.SIGTERM)

    monkeypatch.setattr(auditor.audit, "analyse", stop)
    result = CliRunner().invoke(cli, ["audit", str(sample_zip)])
    assert result.exit_code == code
    assert result.stderr.strip() == "linkedin-audit: interrupted" and "Traceback" not in result.stderr


def test_an_internal_error_quoting_a_huge_value_is_one_short_line(
    sample_zip: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import auditor.audit

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("bad value " + "\x1b[2J" * 1_000_000)

    monkeypatch.setattr(auditor.audit, "analyse", broken)
    result = CliRunner().invoke(cli, ["audit", str(sample_zip)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "internal error: ValueError: bad value \\x1b[2J" in result.stderr and len(result.stderr) < 2000


def test_the_entry_point_flushes_everything_and_keeps_the_exit_code(sample_zip: Path, tmp_path: Path) -> None:
    """The process ends without the interpreter's teardown (`_exit_at_once`): what it printed, on a pipe, and the
    file it wrote must be whole, and its exit status the command's."""
    written = tmp_path / "audit.json"
    fast = ("--select", "NET", "--select", "CAD")  # rules enough to find something, without the text pipelines
    done = _run("audit", str(sample_zip), *fast, "--json", str(written), "--fail-on", "info", "--top", "1000")
    assert done.returncode == 1, done.stderr  # the gate failed: findings at "info"
    assert "--fail-on info" in done.stderr
    assert json.loads(written.read_text(encoding="utf-8"))["findings"]
    printed = _run("audit", str(sample_zip), *fast, "--json", "-")
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout)["findings"]  # the whole document, flushed before the end
    assert _run("audit", str(tmp_path / "absent.zip")).returncode == 2
