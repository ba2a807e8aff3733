"""A truthful audit: no rule judges what was not read, nothing to judge is not a pass, and what was left out is said.

One test (or more) per pattern met on real archives: absent data read as zero, unearned passes, partial archives,
evidence citing files the archive does not hold, old archives audited as if made today.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import importlib
import inspect
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.analysis import analyse
from auditor.cli import cli
from auditor.engine import run_rules
from auditor.model import SECTION_FILES, SECTION_NAMES, Export, Profile
from auditor.needs import alternatives, check_needs
from auditor.rules import RULES
from auditor.sample import write_sample

from .factory import GOOD_PHOTO, TODAY, model_config, model_export

IDS = [rule.code for rule in RULES]

# Rules whose pass on present but empty data is earned: they judge the configuration, the archive itself or the
# photo, or "nothing pending" is a fact (an empty Invitations.csv holds no invitation waiting for an answer).
PASS_ON_EMPTY = {
    "GOA-001", "GOA-002", "GOA-006", "RTN-001", "NET-004", "HYG-001", "HYG-002", "HYG-003",
    "PHO-003", "PHO-004", "PHO-005", "PHO-006", "PHO-007", "PHO-008",
}  # fmt: skip
# Sections a rule reads without declaring them, because they only refine a judgement made on its NEEDS: published
# articles beside posts (GOA-005), each routine's own file (RTN-002, which says when one is absent), what explains
# a career gap (CAR-005), the current title a headline is compared with (PRO-003).
OPTIONAL_READS = {
    "GOA-005": {"articles"},
    "RTN-002": {"messages"},
    "CAR-005": {"certifications", "education", "projects"},
    "PRO-003": {"positions"},
    "TXT-005": {"profile", "skills"},  # keywords from the skills, the headline or the goals: any will do
    "TXT-006": {"skills"},  # keywords from the skills or the goals: either will do (not applicable without both)
    "TXT-009": {"connections", "positions", "education", "skills"},  # names the spelling checker leaves alone
}


def _needed_sections(rule: object) -> set[str]:
    return {name for need in rule.needs for name in alternatives(need) if name in SECTION_NAMES}  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_every_rule_declares_what_it_reads(rule: object) -> None:
    assert check_needs(rule.needs) == []  # type: ignore[attr-defined]
    module = importlib.import_module(rule.module)  # type: ignore[attr-defined]
    read = {
        node.attr
        for node in ast.walk(ast.parse(inspect.getsource(module)))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "export"
        and node.attr in SECTION_NAMES
    }
    undeclared = read - _needed_sections(rule) - OPTIONAL_READS.get(rule.code, set())  # type: ignore[attr-defined]
    assert not undeclared, f"{rule.code} reads {sorted(undeclared)} without declaring it in NEEDS"  # type: ignore[attr-defined]


def _without(export: Export, sections: set[str]) -> Export:
    return dataclasses.replace(
        export,
        sources={k: v for k, v in export.sources.items() if k not in sections},
        **{name: () for name in sections if name != "profile"},
        **({"profile": None} if "profile" in sections else {}),
    )


@pytest.mark.parametrize("rule", [r for r in RULES if _needed_sections(r)], ids=lambda r: r.code)
def test_a_rule_whose_section_is_absent_is_skipped_naming_the_file(rule: object) -> None:
    first = next(need for need in rule.needs if alternatives(need)[0] in SECTION_NAMES)  # type: ignore[attr-defined]
    sections = set(alternatives(first))
    export = _without(model_export(), sections)
    (outcome,) = run_rules(export, analyse(export, TODAY), model_config(), [rule], photo=GOOD_PHOTO).outcomes
    assert outcome.status == "skipped"
    assert outcome.reason is not None
    assert any(SECTION_FILES[section] in outcome.reason.en for section in sections), outcome.reason.en


def test_nothing_to_judge_is_never_a_pass() -> None:
    """Every section present but empty, a profile with only a name: each rule fails, is not applicable or is
    skipped, except those whose pass is earned on nothing (PASS_ON_EMPTY)."""
    empty = {name: () for name in SECTION_NAMES if name != "profile"}
    export = dataclasses.replace(model_export(), profile=Profile(first_name="Claire", last_name="Dupont"), **empty)
    result = run_rules(export, analyse(export, TODAY), model_config(), RULES, photo=GOOD_PHOTO)
    passed = {outcome.code for outcome in result.outcomes if outcome.status == "passed"}
    assert passed == PASS_ON_EMPTY


def test_evidence_only_cites_files_the_archive_holds() -> None:
    """Whatever sections are missing, a finding never points to a file that is not in the archive."""
    base = model_export()
    optional = [name for name in base.sources if name != "profile"]
    for n, cut in enumerate((optional[::2], optional[1::2], optional[::3], optional[1::3], optional[2::3])):
        export = _without(base, set(cut))
        config = model_config() if n % 2 else model_config(routines=(), goals=())
        result = run_rules(export, analyse(export, TODAY), config, RULES, photo=GOOD_PHOTO)
        held = {file for source in export.sources.values() for file in source.files}
        outside = {"linkedin-audit.toml", GOOD_PHOTO.file, export.source_name, "Articles/"}
        for finding in result.findings:
            for evidence in finding.evidence:
                files = {part.strip() for part in evidence.file.split(",")}
                assert files <= held | outside, (finding.code, evidence.file, sorted(cut))


# --- End to end: a partial archive, as a member who kept only a few files would audit it -------------------------

PROFILE_CSV = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
    "Twitter Handles,Websites,Instant Messengers\n"
    'Claire,Dupont,,,,"Supply chain planner | S&OP","I help manufacturers ship on time.",Logistics,,"Lyon, France",'
    ",,\n"
)
POSITIONS_CSV = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    'Acme,Planner,"Cut lead times by 30%.","Lyon",Jan 2020,\n'
    'Beta Foods,Analyst,"Forecast accuracy from 62% to 85%.","Lyon",Mar 2015,Dec 2019\n'
)
EDUCATION_CSV = "School Name,Start Date,End Date,Notes,Degree Name,Activities\nINSA Lyon,2008,2013,,MSc,\n"


@pytest.fixture(scope="module", params=["hand-written", "sample"])
def partial_zip(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete archive (by its name) holding only Profile.csv, Positions.csv and Education.csv: written by hand,
    or the sample generator's partial variant."""
    path = tmp_path_factory.mktemp("partial") / "Complete_LinkedInDataExport_11-02-2026.zip"
    if request.param == "sample":
        write_sample(path, variant="partial")
        return path
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", PROFILE_CSV)
        archive.writestr("Positions.csv", POSITIONS_CSV)
        archive.writestr("Education.csv", EDUCATION_CSV)
    return path


def test_a_partial_archive_says_only_what_it_can(partial_zip: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    args = ["audit", str(partial_zip), "--json", str(out), "--as-of", "2026-11-02", "--lang", "en"]
    # The text rules (TXT) judge the headline, About and descriptions a partial archive holds: with them, step 5 is
    # judged by just over half its rules and the audit is scored. The coverage rule is what this test is about.
    args += ["--ignore", "TXT"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    # Nothing is said about posts, connections or recommendations except that their files are absent.
    about = ("post", "connection", "recommendation", "comment", "invitation", "endorse", "message", "circle")
    for finding in data["findings"]:
        assert finding["code"].split("-")[0] in ("PRO", "CAR", "HYG", "GOA", "RTN", "TXT"), finding["code"]
        text = finding["what"].lower()
        assert not any(word in text for word in about) or finding["code"] == "HYG-003", finding["what"]
    statuses = {rule["code"]: rule for rule in data["rules"]}
    for code in ("CAD-001", "NET-001", "GIV-003", "PRO-015", "PRO-016"):
        assert statuses[code]["status"] == "skipped"
        assert statuses[code]["reason"].startswith("The archive has no ")
    # A complete archive (by its name) is never told to "request the complete archive".
    assert not any("complete archive" in (r["reason"] or "") for r in data["rules"])
    assert data["scores"]["status"] == "provisional"
    coverage = data["scores"]["coverage"]
    assert coverage["judged"] < coverage["scored"] / 2
    assert "provisional" in result.output and "could judge" in result.output
    hygiene = next(f for f in data["findings"] if f["code"] == "HYG-003")
    assert "basic" not in hygiene["what"] and "Shares.csv" in hygiene["what"]


def test_an_old_archive_is_audited_today_and_says_so(partial_zip: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    args = ["audit", str(partial_zip), "--json", str(out), "--as-of", "2029-11-02", "--lang", "en"]
    result = CliRunner().invoke(cli, args)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["export"]["as_of"] == "2029-11-02" and data["export"]["data_until"] == "2026-11-02"
    assert "HYG-001" in {f["code"] for f in data["findings"]}
    first_lines = result.output.splitlines()[:3]
    assert any("1,096 days before this audit" in line for line in first_lines), first_lines


def test_the_default_audit_date_is_today(partial_zip: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    CliRunner().invoke(cli, ["audit", str(partial_zip), "--json", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["export"]["as_of"] == dt.date.today().isoformat()


def test_an_archive_without_its_name_is_never_called_basic(tmp_path: Path) -> None:
    """Renamed by its owner, an archive holding only the profile files may be a basic archive or a complete one
    that lost files: the audit says what is missing, never "this is the basic archive"."""
    path = tmp_path / "my-linkedin.zip"
    write_sample(path, variant="partial")
    out = tmp_path / "audit.json"
    result = CliRunner().invoke(cli, ["audit", str(path), "--json", str(out), "--as-of", "2026-11-02"])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["export"]["kind"] == "unknown"
    assert "basic archive" not in result.output
    hygiene = next(f for f in data["findings"] if f["code"] == "HYG-003")
    assert hygiene["what"].startswith("The archive holds no posts")


def test_a_file_that_cannot_be_read_is_never_judged_as_empty(tmp_path: Path) -> None:
    """A posts file no encoding or delimiter makes sense of: its rules are skipped, saying the file could not be
    read, and HYG-002 reports it; nothing concludes "no publication at all"."""
    path = tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", PROFILE_CSV)
        archive.writestr("Shares.csv", bytes(range(256)) * 40)
    out = tmp_path / "audit.json"
    CliRunner().invoke(cli, ["audit", str(path), "--json", str(out), "--as-of", "2026-11-02", "--lang", "en"])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["export"]["unreadable"] == {"shares": ["Shares.csv"]}
    rules = {rule["code"]: rule for rule in data["rules"]}
    for code in ("CAD-001", "CAD-002", "CAD-003"):
        assert rules[code]["status"] == "skipped"
        assert rules[code]["reason"] == "Shares.csv is in the archive but could not be read (see HYG-002)."
    assert any(f["code"] == "HYG-002" and "Shares.csv" in json.dumps(f) for f in data["findings"])
