"""CAD-009 cadence.burst-posting."""

from __future__ import annotations

import datetime as dt

from auditor.model import Share
from auditor.rules import cadence_burst_posting as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import without_sources

D = dt.datetime


def _with(*times: dt.datetime) -> tuple[Share, ...]:
    extra = tuple(
        Share(when, f"https://x/{when:%Y%m%d%H%M}", "A post", "", "", "MEMBER_NETWORK", 200 + n)
        for n, when in enumerate(times)
    )
    return (*model_export().shares, *extra)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_two_posts_the_same_day() -> None:
    (finding,) = run_rule(rule, model_export(shares=_with(D(2026, 10, 27, 17))))
    assert "Since May 11, 2026, 1 of your posts came less than 18 hours after" in finding.what.en
    assert "Depuis le 11 mai 2026, 1 de vos posts est paru moins de 18 heures" in finding.what.fr
    (evidence,) = finding.evidence
    assert (evidence.file, evidence.row) == (model_export().sources["shares"].files[0], 200)
    assert evidence.text("en") == "October 27, 2026 at 17:00, 8.5 h after October 27, 2026 at 08:30"
    assert evidence.text("fr") == "27 octobre 2026 à 17:00, 8,5 h après le 27 octobre 2026 à 08:30"


def test_pass_exactly_18_hours_apart() -> None:
    assert run_rule(rule, model_export(shares=_with(D(2026, 10, 28, 2, 30)))) == []


def test_fail_keeps_three_examples() -> None:
    times = [D(2026, 10, 27, 12), D(2026, 10, 20, 12), D(2026, 10, 13, 12), D(2026, 10, 6, 12)]
    (finding,) = run_rule(rule, model_export(shares=_with(*times)))
    assert "4 of your posts" in finding.what.en and "4 de vos posts sont parus" in finding.what.fr
    assert len(finding.evidence) == 3


def test_pass_outside_the_window() -> None:
    assert run_rule(rule, model_export(shares=_with(D(2025, 3, 1, 9), D(2025, 3, 1, 10)))) == []


def test_option() -> None:
    assert run_rule(rule, model_export(shares=_with(D(2026, 10, 27, 17))), min_hours=8.0) == []
    assert len(run_rule(rule, min_hours=50.0)) == 1


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)
