"""No data of the archive was lost while reading it.

What:
    Looks at what the reader could not read and had to leave out: cells with unreadable dates or values (left
    empty), unreadable CSV records, expected columns missing, rows with missing or extra values, files that
    could not be read. One finding per file, with the count of each kind. Issues that lose nothing (an unknown
    column, a non-UTF-8 byte read as Windows-1252, a duplicate member) are not reported here. Reports without
    weighing on the score.

Why:
    Step 5 of the method asks for a profile and activity you can show; the audit can only judge what it reads.
    When rows or values of a file could not be read, the checks that use that file may see less than LinkedIn
    shows (a missing date, a post left out), and you should know which numbers to take with care.

Passes:
    An archive read without losing any row or value.

Fails:
    messages.csv with 12 dates that could not be read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Names, _, n_
from auditor.model import Export, ParseIssue, ParseIssueKind
from auditor.rule import Context, Need, Option

CODE = "HYG-002"
NAME = "hygiene.parse-issues"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ()
SCORED = False  # archive hygiene: reported, not part of the step score

MAX_EXAMPLES = 5


def _count(kind: str, n: int) -> Message:
    """`n` issues of a reported kind, in words."""
    if kind == "value":
        return n_("{n} unreadable value", "{n} unreadable values", n)
    if kind == "csv":
        return n_("{n} unreadable CSV record", "{n} unreadable CSV records", n)
    if kind == "column":
        return n_("{n} missing column", "{n} missing columns", n)
    if kind == "short":
        return n_("{n} row with missing values", "{n} rows with missing values", n)
    if kind == "long":
        return n_("{n} row with extra values ignored", "{n} rows with extra values ignored", n)
    return n_("{n} unreadable file", "{n} unreadable files", n)


# The reader's issue kinds that mean data was lost -> the kind reported. The others lose nothing: an empty file,
# an unknown column, bytes read as Windows-1252, a duplicate, unsafe or link member or a FIFO or device (never
# LinkedIn's own), extra profile rows, a run of over 1,000 characters without a space cut there (no word is).
LOST: dict[ParseIssueKind, str] = {
    "bad-value": "value",
    "unreadable-record": "csv",
    "missing-column": "column",
    "missing-values": "short",
    "extra-values": "long",
    "no-header": "file",
    "undecodable": "file",
    "unreadable-file": "file",
    "unreadable-folder": "file",
    "too-large": "file",
    "implausible-date": "value",
    "long-cell": "value",
}


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    by_file: dict[str, tuple[Counter[str], list[ParseIssue]]] = {}
    for issue in export.parse_issues:
        kind = LOST.get(issue.kind)
        if kind is None:
            continue
        counts, examples = by_file.setdefault(issue.file, (Counter(), []))
        counts[kind] += issue.count
        if issue.count == 1 and len(examples) < MAX_EXAMPLES:
            examples.append(issue)
    for file, (counts, examples) in by_file.items():
        total = sum(counts.values())
        parts = Names(tuple(_count(kind, n) for kind, n in counts.most_common()))
        yield Finding(
            what=_("Part of {file} could not be read: {issues}.", file=file, issues=parts),
            why=_("The checks that use {file} see less than LinkedIn shows; take their numbers with care.", file=file),
            fix=_(
                "Check that {file} is LinkedIn's original (not opened and re-saved in a spreadsheet), or re-download "
                "your archive; if it persists, report the file's first lines (without personal data).",
                file=file,
            ),
            evidence=(
                Evidence(file, None, n_("{n} issue: {issues}", "{n} issues: {issues}", total, issues=parts)),
                # The reader's own detail, in English: technical, for `inspect` and bug reports.
                *(
                    Evidence(file, issue.line, f"{issue.field + ': ' if issue.field else ''}{issue.detail}")
                    for issue in examples
                ),
            ),
            key=file,
        )
