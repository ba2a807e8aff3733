"""Hostile and broken archives: a clear ExportError (exit 2 in the CLI) or a ParseIssue, never a crash, never a
file written anywhere."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.errors import ExportError
from auditor.export import Limits, load_export
from auditor.export.sections import SPECS

from .conftest import write_zip

GOOD = {
    "Profile.csv": "First Name,Last Name,Headline\nClaire,Dupont,Buyer\n",
    "Skills.csv": "Name\nSQL\nExcel\n",
}


def _snapshot(*folders: Path) -> set[tuple[str, int]]:
    return {(str(p), p.stat().st_size) for folder in folders for p in folder.rglob("*")}


@contextmanager
def no_writes(folder: Path) -> Iterator[None]:
    """Fails if anything appears or changes in the archive's folder or the working directory."""
    cwd = Path.cwd()
    before = _snapshot(folder) | {(str(p), 0) for p in cwd.iterdir()}
    yield
    after = _snapshot(folder) | {(str(p), 0) for p in cwd.iterdir()}
    assert after == before


def _refused(path: Path, fragment: str, limits: Limits | None = None) -> None:
    with pytest.raises(ExportError) as caught, no_writes(path.parent):
        load_export(path, limits=limits)
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message


def test_missing_path(tmp_path: Path) -> None:
    _refused(tmp_path / "nope.zip", "no such file")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"First Name,Last Name\nnot,a zip\n")
    _refused(path, "not a readable ZIP")


def test_empty_file_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"")
    _refused(path, "not a readable ZIP")


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.99])
def test_truncated_zip(make_zip: Callable[..., Path], keep: float) -> None:
    path = make_zip({**GOOD, "messages.csv": "FROM,DATE\n" + "A,2026-01-01 10:00:00 UTC\n" * 5000})
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    _refused(path, "")


def test_corrupt_member_data(make_zip: Callable[..., Path]) -> None:
    path = make_zip({"Skills.csv": "Name\n" + "".join(f"Skill {i}\n" for i in range(3000))})
    data = bytearray(path.read_bytes())
    data[60:80] = b"\xff" * 20  # inside the deflated stream of the only member
    path.write_bytes(bytes(data))
    _refused(path, "corrupt or truncated")


def _set_encrypted_flag(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            data[start + offset] |= 0x01
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))


def test_encrypted_zip(make_zip: Callable[..., Path]) -> None:
    path = make_zip(GOOD)
    _set_encrypted_flag(path)
    _refused(path, "encrypted")


def test_zip_bomb_by_ratio(make_zip: Callable[..., Path]) -> None:
    _refused(make_zip({"messages.csv": b"\0" * (20 * 1024 * 1024)}), "zip bomb")


def test_zip_bomb_by_total_size(make_zip: Callable[..., Path]) -> None:
    limits = Limits(max_total_bytes=10_000, max_member_bytes=8_000)
    _refused(
        make_zip({"a/Skills.csv": "Name\n" + "x\n" * 3000, "b/Skills.csv": "Name\n" + "y\n" * 3000}), "zip bomb", limits
    )

    # Past a member's budget: that member is skipped with a parse issue, the rest is read.
    export = load_export(
        make_zip({"Skills.csv": "Name\n" + "x\n" * 5000, "Languages.csv": "Name\nFrench\n"}), limits=limits
    )
    assert [(i.kind, i.file) for i in export.parse_issues] == [("too-large", "Skills.csv")]
    assert "skills" not in export.sources and export.unreadable == {"skills": ("Skills.csv",)}
    assert [language.name for language in export.languages] == ["French"]


def test_size_header_that_lies_is_caught(make_zip: Callable[..., Path]) -> None:
    """A member whose local data is bigger than declared stops at the declared size and fails its CRC."""
    path = make_zip({"Skills.csv": "Name\n" + "".join(f"S{i}\n" for i in range(5000))})
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")  # uncompressed size in the central directory
    path.write_bytes(bytes(data))
    _refused(path, "corrupt or truncated")


def test_escaping_names_and_links_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../Skills.csv", "Name\nEvil\n")
        archive.writestr("/etc/Positions.csv", "Company Name,Title\nEvil,Evil\n")
        archive.writestr("C:/Languages.csv", "Name,Proficiency\nEvil,\n")
        archive.writestr("sub/../../Courses.csv", "Name,Number\nEvil,1\n")
        link = zipfile.ZipInfo("Connections.csv")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("Profile.csv", "First Name,Last Name,Headline\nClaire,Dupont,Buyer\n")
    with no_writes(tmp_path):
        export = load_export(path)
    assert export.profile is not None and export.profile.first_name == "Claire"
    for section in ("skills", "positions", "languages", "courses", "connections"):
        assert not export.has(section)
    kinds = [issue.kind for issue in export.parse_issues]
    assert kinds.count("unsafe-member") == 4
    assert kinds.count("link-member") == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_folder_symlinks_are_not_followed(make_folder: Callable[..., Path], tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("Name\nSecret\n")
    folder = make_folder(GOOD)
    (folder / "Languages.csv").symlink_to(secret)
    export = load_export(folder)
    assert not export.has("languages")
    assert [issue.kind for issue in export.parse_issues] == ["link-member"]


def test_broken_rows_become_issues(make_zip: Callable[..., Path]) -> None:
    content = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Buyer,,,Jun 2018,Smarch 2019\n"  # bad date
        "Beta,Planner\n"  # too few values
        "Gamma,Lead,,,2015,2016,surprise,more\n"  # too many values
        "Delta,Analyst,,,2010,2012\n"
    )
    export = load_export(make_zip({"Positions.csv": content}))
    assert [p.company for p in export.positions] == ["Acme", "Beta", "Gamma", "Delta"]
    assert export.positions[0].finished_on is None and export.positions[0].started_on is not None
    issues = {(i.line, i.field): i for i in export.parse_issues}
    assert issues[(2, "Finished On")].kind == "bad-value" and "Smarch 2019" in issues[(2, "Finished On")].detail_in(
        "en"
    )
    assert issues[(3, None)].kind == "missing-values" and "2 of 6 values" in issues[(3, None)].detail_in("en")
    assert issues[(4, None)].kind == "extra-values"


def test_unknown_and_missing_columns(make_zip: Callable[..., Path]) -> None:
    export = load_export(
        make_zip({"Skills.csv": "Name,Endorsement Count\nSQL,4\n", "Languages.csv": "Proficiency\nx\n"})
    )
    assert export.skills[0].name == "SQL"
    issues = {(i.kind, i.file, i.field) for i in export.parse_issues}
    assert issues == {
        ("unknown-column", "Skills.csv", "Endorsement Count"),
        ("missing-column", "Languages.csv", "Name"),
    }


def test_unknown_header_variant_is_unreadable_not_guessed(make_zip: Callable[..., Path]) -> None:
    # No known column under any encoding or delimiter: nothing of it can be read, so the section is absent (never
    # rows of empty fields judged as data), yet not "missing": the archive holds it.
    export = load_export(make_zip({"Skills.csv": "Skill Title,Level\nSQL,4\n"}))
    assert not export.has("skills") and export.skills == ()
    assert export.unreadable == {"skills": ("Skills.csv",)}
    assert "skills" not in export.missing and "skills" not in export.sources
    assert [(i.kind, i.file) for i in export.parse_issues] == [("undecodable", "Skills.csv")]


@pytest.mark.parametrize("content", [b"", b"\n\n", b"\xef\xbb\xbf"])
def test_empty_files(make_zip: Callable[..., Path], content: bytes) -> None:
    export = load_export(make_zip({"Skills.csv": content, "Profile.csv": GOOD["Profile.csv"]}))
    assert export.has("skills") and export.skills == ()
    expected = "empty-file" if not content else "no-header"
    assert [(i.kind, i.file) for i in export.parse_issues] == [(expected, "Skills.csv")]


def test_non_utf8_bytes_fall_back_and_are_reported(make_zip: Callable[..., Path]) -> None:
    export = load_export(make_zip({"Skills.csv": "Name\nGestion de la qualité\n".encode("cp1252")}))
    assert export.skills[0].name == "Gestion de la qualité"
    assert [i.kind for i in export.parse_issues] == ["encoding-fallback"]


def test_nul_bytes_and_unterminated_quotes(make_zip: Callable[..., Path]) -> None:
    export = load_export(make_zip({"Skills.csv": b'Name\nS\x00QL\n"unterminated\nExcel\n'}))
    assert export.has("skills")


def test_issue_flood_is_capped(make_zip: Callable[..., Path]) -> None:
    rows = "".join(f"x{i},bad date\n" for i in range(5000))
    export = load_export(make_zip({"Company Follows.csv": "Organization,Followed On\n" + rows}))
    assert len(export.company_follows) == 5000
    assert len(export.parse_issues) <= 25
    summary = export.parse_issues[-1]
    assert (summary.kind, summary.field, summary.count) == ("bad-value", "Followed On", 5000 - 20)
    assert all(i.count == 1 and i.kind == "bad-value" for i in export.parse_issues[:-1])


# --- Property: arbitrary bytes in any member never make load_export raise ------------------------------------

MEMBER_NAMES = [f"{spec.files[0]}.csv" for spec in SPECS] + [
    "Connections.csv",
    "messages.csv",
    "Ad_Targeting.csv",
    "Rich Media.csv",
    "Articles/a.html",
    "Jobs/Saved Jobs.csv",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    members=st.dictionaries(
        st.sampled_from(MEMBER_NAMES),
        st.one_of(
            st.binary(max_size=400),
            st.text(alphabet=st.sampled_from(list(',"\n\r\\;: aZé0/-\x00\ufeff')), max_size=300).map(str.encode),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_arbitrary_member_bytes_never_raise(tmp_path: Path, members: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path = tmp_path / "fuzz.zip"
    path.write_bytes(buffer.getvalue())
    export = load_export(path)
    assert set(export.sources) <= {spec.name for spec in SPECS} | {"articles", "ad_targeting"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(garbage=st.binary(min_size=0, max_size=2000))
def test_arbitrary_archive_bytes_raise_only_export_error(tmp_path: Path, garbage: bytes) -> None:
    path = write_zip(tmp_path / "x.zip", GOOD)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + garbage + data[len(data) // 2 :])
    with contextlib.suppress(ExportError):
        load_export(path)


def test_bad_event_time_is_a_parse_issue(make_folder: Callable[..., Path]) -> None:
    folder = make_folder(
        {"Events.csv": "Event Name,Event Time,Status,External Url\nSummit,not a date at all,APPROVED,\n"}
    )
    export = load_export(folder)
    assert export.events[0].name == "Summit" and export.events[0].starts_at is None
    assert any(i.kind == "bad-value" and i.field == "Event Time" for i in export.parse_issues)


def test_the_current_folder_is_named_after_itself(
    make_folder: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder({"Positions.csv": "Company Name,Title,Started On\nAcme,Planner,Jan 2020\n"}, name="my-export")
    monkeypatch.chdir(folder)
    assert load_export(".").source_name == "my-export"


def test_the_parent_folder_is_named_after_itself(
    make_folder: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder({"Positions.csv": "Company Name,Title,Started On\nAcme,Planner,Jan 2020\n"}, name="parent")
    (folder / "inner").mkdir()
    monkeypatch.chdir(folder / "inner")
    assert load_export("..").source_name == "parent"
