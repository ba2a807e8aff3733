"""Hostile input inside the export reader (issue 8 items 1, 3, 6, 7, 8, 10): archive shapes, budgets, cut cells
and words, articles, dates at the edges, folder special files. Generated inputs only; the heavy cases run the
command line in a subprocess and bound its peak memory."""

from __future__ import annotations

import datetime as dt
import io
import os
import socket
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.errors import ExportError
from auditor.export import Limits, load_export
from auditor.export.archive import READ_SLICE, ZipArchive

from .test_hostile import MiB, assert_one_line_error, run_cli

PROFILE = "First Name,Last Name,Headline\nClaire,Dupont,Buyer\n"
SKILLS = "Name\nSQL\nExcel\n"


def _zip_bytes(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    # Stored, not deflated: the tests' repetitive data would otherwise pass the ratio cap (refused as a bomb).
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _write(path: Path, members: dict[str, bytes | str]) -> Path:
    path.write_bytes(_zip_bytes(members))
    return path


def _kinds(export: object) -> list[tuple[str, str]]:
    return [(issue.kind, issue.file) for issue in export.parse_issues]  # type: ignore[attr-defined]


# --- Archive shapes (items 6, 10) --------------------------------------------------------------------------------


def test_an_export_zipped_in_a_zip_is_read_from_memory(tmp_path: Path) -> None:
    inner = _zip_bytes({"Profile.csv": PROFILE, "Skills.csv": SKILLS})
    outer = _write(
        tmp_path / "export.zip",
        {"Complete_LinkedInDataExport_11-02-2026.zip": inner, "__MACOSX/._x": "litter", ".DS_Store": "litter"},
    )
    before = set(tmp_path.iterdir())
    export = load_export(outer)
    assert set(tmp_path.iterdir()) == before  # nothing extracted
    assert export.profile is not None and [skill.name for skill in export.skills] == ["SQL", "Excel"]
    assert (export.kind, export.exported_on, export.source_name) == ("complete", dt.date(2026, 11, 2), "export.zip")


def test_an_inner_zip_counts_against_the_budgets(tmp_path: Path) -> None:
    inner = _zip_bytes({"Skills.csv": "Name\n" + "x\n" * 5000})
    outer = _write(tmp_path / "export.zip", {"inner.zip": inner})
    # The inner archive alone fits the total budget; with the inner ZIP's own bytes it does not.
    with pytest.raises(ExportError, match="the archive decompresses past"):
        load_export(outer, limits=Limits(max_total_bytes=len(inner) + 9_000, max_member_bytes=20_000))


def test_an_export_in_a_single_top_folder_is_read(tmp_path: Path) -> None:
    export = load_export(_write(tmp_path / "x.zip", {"My export/Profile.csv": PROFILE, "My export/Skills.csv": SKILLS}))
    assert export.profile is not None and len(export.skills) == 2


@pytest.mark.parametrize(
    "members",
    [{}, {"readme.txt": "hello"}, {"a.zip": _zip_bytes({"b.zip": _zip_bytes({"Profile.csv": PROFILE})})}],
    ids=["empty", "no-linkedin-file", "zip-in-zip-in-zip"],
)
def test_no_linkedin_file_is_not_an_export(tmp_path: Path, members: dict[str, bytes | str]) -> None:
    with pytest.raises(ExportError, match="not a LinkedIn export") as caught:
        load_export(_write(tmp_path / "x.zip", members))
    assert "\n" not in str(caught.value)


def test_a_folder_with_no_linkedin_file_is_not_an_export(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ExportError, match="not a LinkedIn export"):
        load_export(tmp_path)


def test_empty_zip_is_one_line_exit_2(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("audit", _write(tmp_path / "empty.zip", {})), says="not a LinkedIn export")


def test_folder_special_and_unreadable_entries_are_issues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "Profile.csv").write_text(PROFILE)
    (tmp_path / "Skills.csv").write_text(SKILLS)
    os.mkfifo(tmp_path / "Connections.csv")  # would block a reader forever
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    (tmp_path / "Locked").mkdir()
    (tmp_path / "Locked" / "Votes.csv").write_text("Date,Link,OptionText\n")
    real_scandir, real_open = os.scandir, os.open

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "Locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def opener(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).name == "Skills.csv":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "open", opener)
    try:
        export = load_export(tmp_path)
    finally:
        server.close()
    assert sorted(_kinds(export)) == [
        ("special-file", "Connections.csv"),
        ("special-file", "sock"),
        ("unreadable-file", "Skills.csv"),
        ("unreadable-folder", "Locked"),
    ]
    assert export.profile is not None and export.unreadable == {"skills": ("Skills.csv",)}


# --- Budgets (item 1) ----------------------------------------------------------------------------------------------


def test_default_budgets_fit_real_exports() -> None:
    limits = Limits()
    assert (limits.max_total_bytes, limits.max_member_bytes) == (512 * MiB, 256 * MiB)


def test_a_member_declared_past_its_budget_is_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.zip", {"Profile.csv": PROFILE, "Skills.csv": "Name\n" + "x\n" * 5000})
    export = load_export(path, limits=Limits(max_member_bytes=5000))
    assert _kinds(export) == [("too-large", "Skills.csv")] and export.profile is not None


def test_rows_past_the_archive_budget_are_not_read(tmp_path: Path) -> None:
    members: dict[str, bytes | str] = {
        "Skills.csv": "Name\n" + "".join(f"S{i}\n" for i in range(60)),
        "Languages.csv": "Name\n" + "".join(f"L{i}\n" for i in range(60)),
    }
    export = load_export(_write(tmp_path / "x.zip", members), limits=Limits(max_rows=100))
    assert len(export.skills) + len(export.languages) == 100
    assert [kind for kind, _ in _kinds(export)] == ["too-large"]


def test_inflation_reads_in_bounded_slices(tmp_path: Path) -> None:
    """Each call into the inflater is short, so a signal is acted on between two of them."""
    path = _write(tmp_path / "x.zip", {"Skills.csv": "Name\n" + "x\n" * 1_000_000})
    archive = ZipArchive(path, Limits())
    sizes: list[int] = []
    with archive.open(archive.members[0]) as stream:
        raw = stream.raw._raw  # type: ignore[attr-defined]
        read = raw.read
        raw.read = lambda n=-1: sizes.append(n) or read(n)
        assert len(stream.read()) == 5 + 2_000_000
    archive.close()
    assert sizes and max(sizes) <= READ_SLICE


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-be"])
def test_a_cell_past_its_budget_is_cut_and_its_row_kept(tmp_path: Path, encoding: str) -> None:
    long = ("é" * 500 + " ") * 30  # 15,030 characters, in words
    text = "Company Name,Title,Description,Location,Started On,Finished On\n"
    text += f'Acme,"{long}",,,2020,\nBeta,Lead,,Paris,2021,\n'
    data = text.encode(encoding)
    export = load_export(_write(tmp_path / "x.zip", {"Positions.csv": data}), limits=Limits(max_cell_bytes=4001))
    assert [(p.company, p.location) for p in export.positions] == [("Acme", ""), ("Beta", "Paris")]
    title = export.positions[0].title
    assert long.startswith(title) and 1900 < len(title) <= 4001  # cut on a character boundary
    assert ("long-cell", "Positions.csv") in _kinds(export)
    assert "encoding-fallback" not in {kind for kind, _ in _kinds(export)}


def test_long_words_are_cut_once_per_file(tmp_path: Path) -> None:
    word = "x" * 300_000
    rows = "".join(f"Ann,Lee{i},,,{word},{word} and more,09 Jul 2024\n" for i in range(5))
    path = _write(tmp_path / "x.zip", {"Connections.csv": "First Name,Last Name,URL,Email Address,Company,"
                                       "Position,Connected On\n" + rows})  # fmt: skip
    export = load_export(path)
    assert {len(c.company) for c in export.connections} == {1000}
    assert {c.position for c in export.connections} == {"x" * 1000 + " and more"}
    assert [(i.kind, i.detail) for i in export.parse_issues] == [
        ("long-word", "10 run(s) of over 1,000 characters without a space cut there")
    ]


@pytest.mark.parametrize("chunk_rows", [2, 32_768])
def test_a_long_word_late_in_a_file_is_cut(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk_rows: int) -> None:
    """The reader looks for long words only once a line long enough to hold one has been read: a file whose long
    word comes after many short lines (in a later chunk, or a quoted cell spanning lines) is still cut."""
    from auditor.export import csvread

    monkeypatch.setattr(csvread, "CHUNK_ROWS", chunk_rows)
    short = "".join(f"Ann,Lee{i},,,Acme,Lead,09 Jul 2024\n" for i in range(7))
    long = f'Bo,Ray,,,"{"y" * 5 + chr(10)}{"z" * 1500} end",Lead,09 Jul 2024\n'
    wide = "Cy,Doe,,,Acme,Lead " + "w " * 800 + ",09 Jul 2024\n"  # a long line of short words: nothing to cut
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    export = load_export(_write(tmp_path / "x.zip", {"Connections.csv": header + short + wide + long}))
    assert [c.company for c in export.connections][-2:] == ["Acme", "y" * 5 + "\n" + "z" * 1000 + " end"]
    assert export.connections[-2].position == ("Lead " + "w " * 800).strip()
    assert [(i.kind, i.detail) for i in export.parse_issues] == [
        ("long-word", "1 run(s) of over 1,000 characters without a space cut there")
    ]


def test_ad_targeting_with_many_values_is_linear(tmp_path: Path) -> None:
    cell = ";".join(f"v{i}" for i in range(100_000))
    export = load_export(_write(tmp_path / "x.zip", {"Ad_Targeting.csv": f"Interests\n{cell}\n"}))
    assert len(export.ad_targeting[0].get("Interests")) == 100_000


def test_huge_field_and_long_word_audit_light_and_fast(tmp_path: Path) -> None:
    profile = b"First Name,Last Name,Headline\nAnn,Lee," + b"x" * (20 * MiB) + b"\n"
    path = _write(tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip", {"Profile.csv": profile})
    run = run_cli("audit", path, "--json", tmp_path / "out.json", "--fail-on", "never", timeout=30)
    assert run.code == 0 and run.stderr == "" and run.peak < 200 * MiB, (run.stderr, run.peak / MiB)
    assert (tmp_path / "out.json").stat().st_size < 2 * MiB


# --- Articles (items 1, 7) -----------------------------------------------------------------------------------------


def _article(body: str) -> str:
    return (
        '<html><head><title>T</title></head><body><h1>Title</h1><p class="created">Created on 2024-01-02 10:00</p>'
        f"<div>{body}</div></body></html>"
    )


def test_articles_past_their_budgets_are_skipped(tmp_path: Path) -> None:
    members: dict[str, bytes | str] = {
        "Articles/Articles/ok.html": _article("<p>hello</p>"),
        "Articles/Articles/tags.html": _article("<b>x</b>" * 20_000),
        "Articles/Articles/bytes.html": _article("a " * (2 * MiB)),
    }
    export = load_export(_write(tmp_path / "x.zip", members))
    assert [article.file for article in export.articles] == ["Articles/Articles/ok.html"]
    assert sorted(_kinds(export)) == [
        ("too-large", "Articles/Articles/bytes.html"),
        ("too-large", "Articles/Articles/tags.html"),
    ]


def test_articles_share_one_tag_budget(tmp_path: Path) -> None:
    members: dict[str, bytes | str] = {f"Articles/Articles/a{i}.html": _article("<b>x</b>" * 400) for i in range(5)}
    export = load_export(_write(tmp_path / "x.zip", members), limits=Limits(max_articles_tags=2500))
    assert len(export.articles) == 3 and [kind for kind, _ in _kinds(export)] == ["too-large"] * 2


def test_bs4_warnings_are_not_raised(tmp_path: Path) -> None:
    members: dict[str, bytes | str] = {
        "Articles/Articles/xml.html": '<?xml version="1.0"?><rss><item>x</item></rss>',
        "Articles/Articles/url.html": "https://example.com/a",
    }
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        export = load_export(_write(tmp_path / "x.zip", members))
    assert len(export.articles) == 2


ARTICLES_MEMORY = """
import gc, resource, sys
gc.disable()  # as the command line runs
from auditor.export.articles import parse_article
data = sys.stdin.read().encode()
def peak(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
for _ in range(5):
    parse_article("a.html", data)
first = peak()
for _ in range(60):
    parse_article("a.html", data)
print(first, peak())
"""


def test_article_trees_are_released_at_once() -> None:
    data = _article("<p><b>bold</b> <a href='x'>link</a></p>" * 4000)  # 16,000 tags
    done = subprocess.run(
        [sys.executable, "-c", ARTICLES_MEMORY], input=data, capture_output=True, text=True, check=True, timeout=60
    )
    first, last = map(int, done.stdout.split())
    assert last - first < 20, (first, last)  # MiB: one tree is ~15 MiB; kept trees would add ~900 MiB


# --- Dates at the edges (item 3) ----------------------------------------------------------------------------------


def test_dates_out_of_range_are_issues_and_empty(tmp_path: Path) -> None:
    members: dict[str, bytes | str] = {
        "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Boss,,,Jun 0000,\nBeta,Lead,,,0001,Dec 9999\nGamma,Analyst,,,Jan 2020,\n",
        "Connections.csv": "First Name,Last Name,Connected On\nAnn,Lee,01 Jan 0001\nBob,Roe,09 Jul 2024\n",
        "Shares.csv": "Date,ShareLink,ShareCommentary\n9999-12-31 10:00:00,l,a\n2024-01-02 10:00:00,l,b\n"
        "0001-01-01 00:00:00,l,c\n",
    }
    export = load_export(_write(tmp_path / "Complete_LinkedInDataExport_01-01-0001.zip", members))
    assert [p.started_on for p in export.positions][:2] == [None, None] and export.positions[1].finished_on is None
    assert [c.connected_on for c in export.connections] == [None, dt.date(2024, 7, 9)]
    assert [s.shared_at for s in export.shares] == [None, dt.datetime(2024, 1, 2, 10), None]
    kinds = [kind for kind, _ in _kinds(export)]
    assert kinds.count("implausible-date") == 7 and "bad-value" not in kinds
    assert export.exported_on is None or export.exported_on.year >= 1980  # from the members' stamps


@pytest.mark.parametrize(
    "name", ["Complete_LinkedInDataExport_01-01-0001.zip", "Basic_LinkedInDataExport_12-31-9999.zip"]
)
def test_archive_names_at_the_edges_crash_nothing(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, {"Profile.csv": PROFILE})
    for command in (["inspect", path], ["audit", path, "--json", "-", "--fail-on", "never"]):
        run = run_cli(*command)
        assert run.code == 0 and run.stderr == "", run.stderr


def test_make_zip_fixture_unused(make_zip: Callable[..., Path]) -> None:
    """The shared fixture builds named archives: an implausible name date is an issue, not a crash."""
    export = load_export(make_zip({"Profile.csv": PROFILE}, name="Complete_LinkedInDataExport_02-03-1850.zip"))
    assert ("implausible-date", "Complete_LinkedInDataExport_02-03-1850.zip") in _kinds(export)


# --- Interrupts while inflating (item 8) ---------------------------------------------------------------------------

# The command line with each slice of inflation made slow (the marker is touched at the first): a signal must be
# acted on between two slices, not after the whole member.
SLOW_INFLATION = """
import pathlib, sys, time
marker = pathlib.Path(sys.argv.pop(1))
import auditor.export.archive as archive
read = archive._CappedReader.readinto
def slow(self, buffer):
    marker.touch()
    time.sleep(0.3)
    return read(self, buffer)
archive._CappedReader.readinto = slow
import auditor.cli
sys.argv[0] = "linkedin-audit"
auditor.cli.main()
"""


def test_ctrl_c_while_a_member_inflates_stops_at_once(tmp_path: Path) -> None:
    import signal
    import time

    path = _write(tmp_path / "x.zip", {"Skills.csv": "Name\n" + "".join(f"S{i}\n" for i in range(1_000_000))})
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_INFLATION, str(marker), "inspect", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not marker.exists():
        assert child.poll() is None and time.monotonic() < deadline, child.communicate()
        time.sleep(0.02)
    started = time.monotonic()
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=30)
    assert time.monotonic() - started < 1.5, "the signal waited for the member"  # 8.9 MB is ~35 slices of 0.3 s
    assert child.returncode == 130 and stderr == "linkedin-audit: interrupted\n"
