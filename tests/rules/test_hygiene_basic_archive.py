"""HYG-003 hygiene.basic-archive."""

from __future__ import annotations

import dataclasses

from auditor.rules import hygiene_basic_archive as rule

from ..factory import model_export, run_rule

COMPLETE_ONLY = ("shares", "comments", "reactions", "recommendations_received", "recommendations_given", "articles")


def _basic(keep: str = ""):  # type: ignore[no-untyped-def]
    export = model_export(kind="basic", source_name="Basic_LinkedInDataExport_11-02-2026.zip")
    sources = {k: v for k, v in export.sources.items() if k not in COMPLETE_ONLY or k == keep}
    return dataclasses.replace(export, sources=sources)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_with_any_complete_only_file() -> None:
    assert run_rule(rule, _basic(keep="comments")) == []


def test_fail_basic_archive() -> None:
    (finding,) = run_rule(rule, _basic())
    assert "basic archive" in finding.what.en and "archive de base" in finding.what.fr
    assert "Complete_LinkedInDataExport" in finding.fix.en
    assert finding.evidence[0].file == "Basic_LinkedInDataExport_11-02-2026.zip"
    assert finding.evidence[0].text("en").startswith("basic archive; absent: Shares.csv, Comments.csv")
    assert finding.evidence[0].text("fr").startswith("archive de base\u202f; absents\u00a0: Shares.csv")


def test_is_not_scored() -> None:
    assert rule.SCORED is False
