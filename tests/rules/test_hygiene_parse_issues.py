"""HYG-002 hygiene.parse-issues."""

from __future__ import annotations

from typing import get_args

from auditor.model import ParseIssue, ParseIssueKind
from auditor.rules import hygiene_parse_issues as rule

from ..factory import model_export, run_rule


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_with_harmless_issues() -> None:
    issues = (
        ParseIssue("unknown-column", "Connections.csv", None, "Foo", "unknown column 'Foo' ignored"),
        ParseIssue("encoding-fallback", "messages.csv", detail="3 byte(s) were not UTF-8; read as Windows-1252"),
        ParseIssue(
            "duplicate-member", "Shares.csv", detail="member appears twice in the archive; the first copy is read"
        ),
        ParseIssue("empty-file", "Skills.csv", detail="file is empty"),
        ParseIssue("unsafe-member", "../Skills.csv"),
        ParseIssue("link-member", "Languages.csv"),
        ParseIssue("extra-records", "Profile.csv"),
    )
    assert run_rule(rule, model_export(parse_issues=issues)) == []


def test_fail_one_finding_per_file() -> None:
    issues = (
        *(
            ParseIssue("bad-value", "messages.csv", 10 + n, "DATE", f"cannot read 'soon{n}'; left empty")
            for n in range(20)
        ),
        ParseIssue("bad-value", "messages.csv", None, "DATE", "7 more issue(s) of this kind", count=7),
        ParseIssue("missing-values", "messages.csv", 90, None, "row has 4 of 11 values; the rest read as empty"),
        ParseIssue("unreadable-record", "messages.csv", 95, None, "unreadable CSV (field larger than field limit)"),
        ParseIssue("missing-column", "Positions.csv", None, "Title", "expected column 'Title' is missing"),
        ParseIssue("unknown-column", "Connections.csv", None, "Foo", "unknown column 'Foo' ignored"),
    )
    messages, positions = run_rule(rule, model_export(parse_issues=issues))
    assert messages.key == "messages.csv"
    assert messages.what.en == (
        "Part of messages.csv could not be read: 27 unreadable values, 1 row with missing values, "
        "and 1 unreadable CSV record."
    )
    assert "27 valeurs illisibles, 1 ligne incomplète et 1 enregistrement CSV illisible" in messages.what.fr
    assert messages.evidence[0].text("en").startswith("29 issues: 27 unreadable values, 1 row")
    assert messages.evidence[0].text("fr").startswith("29 problèmes\u00a0: 27 valeurs illisibles, 1 ligne incomplète")
    assert (messages.evidence[1].row, messages.evidence[1].value) == (10, "DATE: cannot read 'soon0'; left empty")
    assert len(messages.evidence) == 6  # the summary and 5 examples
    assert positions.what.en == "Part of Positions.csv could not be read: 1 missing column."


def test_the_kind_decides_not_the_words() -> None:
    # The detail is free text for `inspect`: a harmless kind with alarming words stays silent, and a lossy kind
    # with no words at all is reported.
    issues = (
        ParseIssue("unknown-column", "Skills.csv", None, "x", "cannot read 'x'; unreadable CSV; expected column"),
        ParseIssue("extra-values", "Skills.csv", 4),
        ParseIssue("extra-values", "Skills.csv", None, None, "", count=30),
    )
    (finding,) = run_rule(rule, model_export(parse_issues=issues))
    assert finding.what.en == "Part of Skills.csv could not be read: 31 rows with extra values ignored."
    assert finding.what.fr == (
        "Une partie de Skills.csv n'a pas pu être lue\u00a0: 31 lignes aux valeurs en trop ignorées."
    )
    assert [e.row for e in finding.evidence] == [None, 4]


def test_files_that_could_not_be_read_at_all() -> None:
    issues = (
        ParseIssue("undecodable", "Shares.csv", detail="no known column under any encoding or delimiter; not read"),
        ParseIssue("no-header", "Skills.csv", detail="file has no header row"),
        ParseIssue("unreadable-file", "Jobs/Saved Jobs.csv", detail="cannot be read; ignored"),
        ParseIssue("too-large", "Articles/a.html", detail="article file is implausibly large; skipped"),
    )
    findings = run_rule(rule, model_export(parse_issues=issues))
    assert [f.what.en for f in findings] == [
        f"Part of {file} could not be read: 1 unreadable file."
        for file in ("Shares.csv", "Skills.csv", "Jobs/Saved Jobs.csv", "Articles/a.html")
    ]


def test_every_kind_is_either_lost_data_or_harmless_on_purpose() -> None:
    harmless = {"unknown-column", "encoding-fallback", "duplicate-member", "empty-file", "unsafe-member",
                "link-member", "extra-records", "special-file", "long-word"}  # fmt: skip
    kinds = set(get_args(ParseIssueKind))
    assert set(rule.LOST) | harmless == kinds and not set(rule.LOST) & harmless


def test_is_not_scored() -> None:
    assert rule.SCORED is False
