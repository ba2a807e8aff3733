"""HYG-002 hygiene.parse-issues."""

from __future__ import annotations

from auditor.model import ParseIssue
from auditor.rules import hygiene_parse_issues as rule

from ..factory import model_export, run_rule


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_with_harmless_issues() -> None:
    issues = (
        ParseIssue("Connections.csv", None, "Foo", "unknown column 'Foo' ignored"),
        ParseIssue("messages.csv", None, None, "3 byte(s) were not UTF-8; read as Windows-1252"),
        ParseIssue("Shares.csv", None, None, "member appears twice in the archive; the first copy is read"),
    )
    assert run_rule(rule, model_export(parse_issues=issues)) == []


def test_fail_one_finding_per_file() -> None:
    issues = (
        *(ParseIssue("messages.csv", 10 + n, "DATE", f"cannot read 'soon{n}'; left empty") for n in range(20)),
        ParseIssue("messages.csv", None, None, "7 more issue(s) of the kind 'bad sent_at'"),
        ParseIssue("messages.csv", 90, None, "row has 4 of 11 values; the rest read as empty"),
        ParseIssue("messages.csv", 95, None, "unreadable CSV (field larger than field limit); skipped"),
        ParseIssue("Positions.csv", None, "Title", "expected column 'Title' is missing"),
        ParseIssue("Connections.csv", None, "Foo", "unknown column 'Foo' ignored"),
    )
    messages, positions = run_rule(rule, model_export(parse_issues=issues))
    assert messages.key == "messages.csv"
    assert messages.what.en == (
        "Part of messages.csv could not be read: 27 unreadable values, 1 row with missing values, "
        "1 unreadable CSV record."
    )
    assert "27 valeurs illisibles, 1 ligne incomplète, 1 enregistrement CSV illisible" in messages.what.fr
    assert messages.evidence[0].value.startswith("29 issue(s)")
    assert (messages.evidence[1].row, messages.evidence[1].value) == (10, "DATE: cannot read 'soon0'; left empty")
    assert len(messages.evidence) == 6  # the summary and 5 examples
    assert positions.what.en == "Part of Positions.csv could not be read: 1 missing column."


def test_is_not_scored() -> None:
    assert rule.SCORED is False
