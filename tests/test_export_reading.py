"""The reader's one path (csv module, chunks of rows, column converters): what it must keep true whatever the
chunk boundaries, member order and quirks of the bytes."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.errors import ExportError
from auditor.export import Limits, csvread, load_export
from auditor.export.sections import SPEC_BY_NAME
from auditor.sample import write_sample

from .conftest import write_zip

MESSAGES_HEADER = "CONVERSATION ID,FROM,TO,DATE,CONTENT,FOLDER\n"
GOOD_ROW = "c1,Ann Lee,Bob Roe,2026-04-06 16:35:35 UTC,Hello,INBOX\n"


def test_chunk_boundaries_change_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.zip"
    write_sample(path, seed=2, lang="en", size="small", variant="complete", era="2026")
    whole = load_export(path)
    monkeypatch.setattr(csvread, "CHUNK_ROWS", 7)
    chunked = load_export(path)
    assert len(chunked.messages) > 7
    assert chunked == whole and chunked.parse_issues == whole.parse_issues


def test_distinct_values_are_converted_once_per_file(
    make_zip: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A value met in several chunks is one object (messages' senders, connections' days), and a bad cell in a
    later chunk is still reported on its own line."""
    monkeypatch.setattr(csvread, "CHUNK_ROWS", 2)
    messages = MESSAGES_HEADER + GOOD_ROW * 5
    rows = "".join(f"Ann,Lee{i},,,Acme,CFO,{'09 Jul 2026' if i != 4 else 'someday'}\n" for i in range(6))
    export = load_export(make_zip({"messages.csv": messages, "Connections.csv": CONNECTIONS_HEADER + rows}))
    assert len({id(message.sender) for message in export.messages}) == 1
    assert len({id(message.conversation_id) for message in export.messages}) == 1
    days = [connection.connected_on for connection in export.connections]
    assert days == [dt.date(2026, 7, 9)] * 4 + [None, dt.date(2026, 7, 9)] and days[0] is days[3]
    assert [(issue.kind, issue.line) for issue in export.parse_issues] == [("bad-value", 6)]


CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_a_large_member_keeps_every_row_and_line(make_zip: Callable[..., Path]) -> None:
    rows = "".join(f"Ann,Lee{i},https://www.linkedin.com/in/a{i},,Acme,CFO,09 Jul 2026\n" for i in range(20_000))
    connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows
    export = load_export(make_zip({"Connections.csv": connections}))
    assert len(export.connections) == 20_000 and export.connections[-1].line == 20_001
    assert export.connections[-1].last_name == "Lee19999"
    assert export.connections[0].connected_on == dt.date(2026, 7, 9)
    assert not export.parse_issues


# The quirks an export's bytes may hold: (content, messages read, words the issues must contain).
QUIRKS = {
    "invalid UTF-8": (
        (MESSAGES_HEADER + GOOD_ROW).encode() + b"c2,Ann,Bob,2026-04-06 16:35:35 UTC,caf\xe9,INBOX\n",
        2,
        ["not UTF-8"],
    ),
    "missing values": ((MESSAGES_HEADER + GOOD_ROW + "c2,Ann,Bob\n" + GOOD_ROW).encode(), 3, ["row has 3 of 6"]),
    "extra values": ((MESSAGES_HEADER + GOOD_ROW + GOOD_ROW.rstrip("\n") + ",x,y\n").encode(), 2, ["beyond"]),
    "trailing comma": ((MESSAGES_HEADER + GOOD_ROW.rstrip("\n") + ",\n").encode(), 1, []),
    "blank line between records": ((MESSAGES_HEADER + GOOD_ROW + "\n" + GOOD_ROW).encode(), 2, []),
    "blank line at the end": ((MESSAGES_HEADER + GOOD_ROW + "\n").encode(), 1, []),
    "unterminated quote": (
        (MESSAGES_HEADER + GOOD_ROW + 'c2,Ann,Bob,2026-04-06 16:35:35 UTC,"open,INBOX\n').encode(),
        2,
        ["row has 5 of 6"],
    ),
    "lone carriage return": ((MESSAGES_HEADER + 'c1,Ann,Bob,2026-04-06 16:35:35,"a\rb",INBOX\n').encode(), 1, []),
    "NUL byte": ((MESSAGES_HEADER + GOOD_ROW.replace("Hello", "He\x00llo")).encode(), 1, []),
    "header only, no line break": (MESSAGES_HEADER.rstrip("\n").encode(), 0, []),
}


@pytest.mark.parametrize(("data", "rows", "words"), QUIRKS.values(), ids=QUIRKS.keys())
def test_quirks_are_read_and_reported(make_zip: Callable[..., Path], data: bytes, rows: int, words: list[str]) -> None:
    export = load_export(make_zip({"messages.csv": data}))
    assert len(export.messages) == rows
    assert [message.line for message in export.messages] == sorted({message.line for message in export.messages})
    problems = " ".join(issue.detail for issue in export.parse_issues)
    assert all(word in problems for word in words), problems
    if not words:
        assert not export.parse_issues


def test_a_lone_carriage_return_ends_a_line(make_zip: Callable[..., Path]) -> None:
    data = MESSAGES_HEADER + 'c1,Ann,"a\rb",2026-04-06 16:35:35,Hi,INBOX\n' + GOOD_ROW
    export = load_export(make_zip({"messages.csv": data}))
    assert export.messages[0].recipients == "a\rb" and [m.line for m in export.messages] == [2, 4]


def test_a_member_past_its_budget_is_skipped_and_the_rest_read(make_folder: Callable[..., Path]) -> None:
    connections = "First Name,Last Name,Connected On\n" + "Ann,Lee,09 Jul 2026\n" * 200
    folder = make_folder({"Connections.csv": connections, "Profile.csv": "First Name,Headline\nA,B\n"})
    export = load_export(folder, limits=Limits(max_member_bytes=1000))
    assert [(issue.kind, issue.file) for issue in export.parse_issues] == [("too-large", "Connections.csv")]
    assert "connections" not in export.sources and export.profile is not None


def test_a_corrupt_member_raises(make_zip: Callable[..., Path]) -> None:
    path = make_zip({"messages.csv": MESSAGES_HEADER + GOOD_ROW * 4000, "Skills.csv": "Name\nSQL\n"})
    data = path.read_bytes()
    path.write_bytes(data[:200] + b"\xff" * 40 + data[240:])
    with pytest.raises(ExportError):
        load_export(path)


# --- Random CSV: the chunk size never changes what is read ------------------------------------------------------

CELLS = ["", " ", "a", "b c", " x ", "é", "\u00a0y", "z\u2003", "&amp;", "R&amp;D", "2026-04-06 16:35:35",
         "2026-04-06 16:35:35 UTC", "2026/04/06 16:35:35 UTC", "2026-02-30 10:00:00", "4/6/26, 2:12 PM", "garbage",
         "INCOMING", "outgoing", "http://a, http://b", "2026-04-06 16:35:35+02:00", " 2026-04-06 16:35:35", 'say "hi"',
         "tab\t"]  # fmt: skip


def _random_csv(rnd: random.Random, header: list[str]) -> bytes:
    lines = ["Notes:", '"a, preamble"', ""] if rnd.random() < 0.2 else []
    lines.append(",".join(header))
    for _ in range(rnd.randint(0, 8)):
        row = []
        for _ in header:
            cell = rnd.choice(CELLS)
            if rnd.random() < 0.1:
                cell += rnd.choice(["\n", "\r\n"]) + rnd.choice(CELLS)
            if rnd.random() < 0.05:
                cell += '"q"'
            quoted = rnd.random() < 0.3 or any(ch in cell for ch in ',"\n\r')
            row.append('"' + cell.replace('"', '""') + '"' if quoted else cell)
        if rnd.random() < 0.05:
            row = row[:-1] if rnd.random() < 0.5 else [*row, "extra"]
        line = ",".join(row) if rnd.random() > 0.02 else ""
        lines.append(line.replace('"', "", 1) if rnd.random() < 0.03 else line)
    eol = "\r\n" if rnd.random() < 0.3 else "\n"
    return (eol.join(lines) + (eol if rnd.random() < 0.8 else "")).encode()


def test_random_csv_reads_the_same_in_any_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(11)
    names = {"messages": "messages.csv", "reactions": "Reactions.csv", "connections": "Connections.csv"}
    for number in range(60):
        files = {}
        for section, file in names.items():
            header = [column.aliases[0] for column in SPEC_BY_NAME[section].columns]
            if rnd.random() < 0.1:
                header.append("Bogus")
            files[file] = _random_csv(rnd, header)
        path = write_zip(tmp_path / f"export{number}.zip", files)
        with monkeypatch.context() as patch:
            patch.setattr(csvread, "CHUNK_ROWS", 3)
            chunked = load_export(path)
        whole = load_export(path)
        # Issues come column by column within a chunk: the same ones, perhaps in another order.
        assert replace(chunked, parse_issues=()) == replace(whole, parse_issues=())
        assert sorted(map(repr, chunked.parse_issues)) == sorted(map(repr, whole.parse_issues))
