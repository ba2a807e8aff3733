"""Inert text (auditor.safetext): terminal controls from an export, a config or a file name are shown, never
obeyed; the JSON keeps the data with its controls escaped."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.cli import cli
from auditor.safetext import inert, json_text

# Raw in a terminal's output, any of these is an attack or an accident: C0 but tab and newline, DEL, C1, the
# bidirectional controls, the line separators, lone surrogates.
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

ATTACKS = [
    "\x1b[2J",  # clear the screen
    "\x1b]52;c;aGVsbG8=\x07",  # OSC 52: write the clipboard
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # OSC 8: a hidden link
    "\x1b]0;new title\x07",  # OSC 0: the window title
    "\x1bP+q544e\x1b\\",  # DCS
    "\x9b2J",  # C1 CSI
    "\x9d0;title\x9c",  # C1 OSC ... ST
    "\rOK      ",  # a bare carriage return overwrites the line
    "\u202egnp.exe",  # right-to-left override
    "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u200e\u200f",
    "\x00\x07\x08\x7f\x85",
    "\u2028\u2029",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_inert_leaves_no_raw_control(attack: str) -> None:
    shown = inert(f"Acme {attack} Corp")
    assert not RAW_CONTROL.search(shown)
    assert inert(shown) == shown  # idempotent: safe to apply twice
    assert "\n" not in inert(f"a\n{attack}\nb", one_line=True)


def test_inert_shows_what_it_replaced() -> None:
    assert inert("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert inert("\u202etxt") == "\\u202etxt"
    assert inert("\x9b") == "\\x9b"
    assert inert("ok\rno") == "ok\\rno"
    assert inert("line 1\r\nline 2\n\tindented") == "line 1\nline 2\n\tindented"  # Windows line ends are lines
    assert inert("one\ntwo", one_line=True) == "one\\ntwo"
    assert inert("Léa Martin — 北京, 👩🏽‍💻") == "Léa Martin — 北京, 👩🏽‍💻"  # letters, emoji and their joiners stay


@given(st.text())
def test_json_text_is_valid_equal_and_free_of_raw_controls(text: str) -> None:
    data = {"name": text, "list": [text, 1, None]}
    encoded = json_text(data)
    assert not RAW_CONTROL.search(encoded)
    assert json.loads(encoded) == data


# --- Through the command line ---------------------------------------------------------------------------------

# Text that mixes the attacks with arbitrary characters (controls included).
hostile = st.lists(st.sampled_from(ATTACKS) | st.text(max_size=6), min_size=1, max_size=5).map("".join)
# A file name: no slash, no NUL, under the 255 bytes a file system allows.
file_name = hostile.map(lambda s: s.replace("/", "_").replace("\x00", "_")[:40])


def _csv(header: list[str], *rows: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _hostile_export(folder: Path, name: str, first: str, last: str, company: str, headline: str) -> Path:
    files = {
        "Profile.csv": _csv(
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
            "Twitter Handles,Websites,Instant Messengers".split(","),
            [first, last, "", "", "", headline, headline, company, "", company, "", "", ""],
        ),
        "Positions.csv": _csv(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [company, headline, headline, company, "Jun 2018", ""],
            [last, company, "", "", "2010", "2012"],
            [first, headline, "", "", company, ""],  # a start date that is no date: a parse issue quoting it
        ),
        "Connections.csv": _csv(
            ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
            [first, last, f"https://www.linkedin.com/in/{last}", "", company, headline, "09 Jul 2026"],
            [last, first, "", "", headline, company, headline],
        ),
        "messages.csv": _csv(
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
            "CONTENT,FOLDER".split(","),
            ["c1", headline, f"{first} {last}", "", "Me", "", "2026-10-01 10:00:00 UTC", company, headline, "INBOX"],
            [headline, company, last, "", first, "", "2026-10-02 10:00:00 UTC", "", company, "INBOX"],
        ),
        "Shares.csv": _csv(
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility".split(","),
            ["2026-10-01 09:00:00", "https://www.linkedin.com/feed/update/1", f"#{company} {headline}", first, "", ""],
        ),
        "Invitations.csv": _csv(
            "From,To,Sent At,Message,Direction".split(","),
            [first, last, "4/6/26, 2:12 PM", headline, "OUTGOING"],
            [company, first, "10/1/26, 2:12 PM", headline, "INCOMING"],
        ),
        "Skills.csv": _csv(["Name"], [company], [headline]),
        f"{name}.csv": _csv(["Name"], [company]),  # a file the audit does not use, named by the attacker
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"Complete_LinkedInDataExport_11-02-2026 {name}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member, content in files.items():
            archive.writestr(member, content.encode("utf-8", "surrogatepass"))
    return path


def _config(folder: Path, text: str) -> Path:
    path = folder / "linkedin-audit.toml"
    path.write_text(
        '[[goals]]\nkind = "career-move"\ntext = ' + json.dumps(text) + "\nkeywords = [" + json.dumps(text) + "]\n"
        "target_companies = [" + json.dumps(text) + "]\n"
        "[[routines]]\nname = " + json.dumps(text) + '\nactivity = "posts"\ncount = 2\nper = "week"\n',
        encoding="utf-8",
        errors="surrogatepass",
    )
    return path


def _no_raw_control(*outputs: str) -> None:
    for output in outputs:
        found = RAW_CONTROL.search(output)
        assert found is None, f"raw {found.group()!r} in {output!r}"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=file_name, first=hostile, last=hostile, company=hostile, headline=hostile)
def test_no_raw_control_reaches_the_terminal(name: str, first: str, last: str, company: str, headline: str) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            export = _hostile_export(folder, name, first, last, company, headline)
        except (OSError, UnicodeEncodeError):  # a name this file system refuses: nothing to test
            return
        config = _config(folder, f"{company} {headline}")
        runs = [
            runner.invoke(cli, ["inspect", str(export)]),
            runner.invoke(cli, ["inspect", str(export), "--json"]),
            runner.invoke(cli, ["audit", str(export), "--config", str(config), "--fail-on", "never", "--top", "60"]),
            runner.invoke(cli, ["audit", str(export), "--config", str(config), "--json", "-"]),
            runner.invoke(cli, ["audit", str(folder / f"{name}.zip")]),  # missing: the error quotes the name
            runner.invoke(cli, ["explain", first]),
            runner.invoke(cli, ["audit", str(export), "--as-of", headline]),
        ]
        for run in runs:
            assert run.exception is None or isinstance(run.exception, SystemExit), run.exception
            assert run.exit_code in (0, 1, 2)
            _no_raw_control(run.stdout, run.stderr)
            if run.exit_code == 2:
                assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


def test_controls_are_shown_escaped(tmp_path: Path) -> None:
    export = _hostile_export(tmp_path, "n\x1b[2Jx", "Ann\x1b]52;c;aGk=\x07", "Lee\u202e", "Acme\x9b2J", "Head")
    config = _config(tmp_path, "goal \x1b]0;t\x07")
    runner = CliRunner()
    inspected = runner.invoke(cli, ["inspect", str(export)])
    assert "n\\x1b[2Jx.zip: complete archive" in inspected.stdout
    audited = runner.invoke(cli, ["audit", str(export), "--config", str(config), "--top", "60"])
    assert "Ann\\x1b]52;c;aGk=\\x07 Lee\\u202e" in audited.stdout and 'keyword "goal \\x1b]0;t\\x07"' in audited.stdout
    as_json = runner.invoke(cli, ["audit", str(export), "--config", str(config), "--json", "-"])
    assert "goal \\u001b]0;t\\u0007" in as_json.stdout and "Lee\\u202e" in as_json.stdout
    data = json.loads(as_json.stdout)
    assert any("Lee\u202e" in f["what"] for f in data["findings"])  # the data is kept, escaped
    missing = runner.invoke(cli, ["inspect", str(tmp_path / "a\nb\x1b[2J.zip")])
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1 and "a\\nb\\x1b[2J.zip" in missing.stderr


def test_the_command_line_prints_only_through_its_sanitiser() -> None:
    """Nothing in the command line bypasses `echo` / `_say_error` (which make text inert) to reach the terminal."""
    import auditor.cli

    tree = ast.parse(Path(auditor.cli.__file__).read_text(encoding="utf-8"))
    direct = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = ast.unparse(node.func)
            if called in ("print", "click.echo", "click.secho", "sys.stdout.write", "sys.stderr.write") or (
                called.endswith(".show")
            ):
                direct.append((called, ast.unparse(node)))
    allowed = {
        "click.echo(inert(text), nl=nl)",
        "click.echo(f'{erase}linkedin-audit: {inert(message, one_line=True)}', err=True)",
    }
    others = [(called, code) for called, code in direct if code not in allowed]
    assert [c for c, code in others if c != "sys.stderr.write" or "inert(" not in code] == []


def test_json_text_writes_a_record_a_line_and_decodes_to_the_data() -> None:
    findings = [{"code": "NET-003", "evidence": [{"file": "Connections.csv", "line": 7}]}, {"code": "CAD-001"}]
    data = {"scores": {"overall": 63, "passed": ["A", "B"]}, "findings": findings, "empty": [], "none": {}}
    text = json_text(data)
    assert json.loads(text) == data
    lines = text.splitlines()
    assert '    {"code": "NET-003", "evidence": [{"file": "Connections.csv", "line": 7}]},' in lines
    assert '    "passed": ["A", "B"]' in lines  # an array of strings stays on its line
    assert '  "empty": [],' in lines


def test_json_text_converts_keys_and_values_as_the_json_module_does() -> None:
    data = {2: "two", None: (1, 2), True: [{"x": 1.5}], 0.5: "half", "default": object()}
    text = json_text(data, default=lambda value: "object")
    expected = json.loads(json.dumps(data, default=lambda value: "object"))
    assert json.loads(text) == expected
