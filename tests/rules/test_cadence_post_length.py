"""CAD-007 cadence.post-length."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.model import SectionSource, Share
from auditor.rules import cadence_post_length as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import without_sources

LINK = "https://www.linkedin.com/feed/update/urn:li:share:777"


def _with_post(text: str) -> tuple[Share, ...]:
    post = Share(dt.datetime(2026, 3, 12, 9), LINK, text, "", "", "MEMBER_NETWORK", 42)
    return (*model_export().shares, post)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_exactly_at_the_limit() -> None:
    assert run_rule(rule, model_export(shares=_with_post("x" * 3000))) == []


def test_fail_too_long() -> None:
    (finding,) = run_rule(rule, model_export(shares=_with_post("Supply chain lessons. " + "y" * 3400)))
    assert finding.key == LINK
    evidence = finding.evidence[0]
    assert (evidence.file, evidence.row) == (model_export().sources["shares"].files[0], 42)
    assert evidence.text("en").startswith("March 12, 2026, 3,422 characters: “Supply chain lessons.")
    assert evidence.text("fr").startswith("12 mars 2026, 3\u202f422 caractères\u00a0: «\u00a0Supply chain lessons.")
    assert "3,422 characters" in finding.what.en
    assert "3\u202f422 caractères" in finding.what.fr


def test_fail_names_the_archives_own_file() -> None:
    export = model_export(shares=_with_post("z" * 3100))
    sources = {**export.sources, "shares": SectionSource(("Shares_1158443584.csv",), len(export.shares))}
    (finding,) = run_rule(rule, dataclasses.replace(export, sources=sources))
    assert (finding.evidence[0].file, finding.evidence[0].row) == ("Shares_1158443584.csv", 42)


def test_option() -> None:
    assert len(run_rule(rule, max_length=150)) == 80  # every post of the model member is 193 characters


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)
