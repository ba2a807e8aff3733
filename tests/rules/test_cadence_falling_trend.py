"""CAD-004 cadence.falling-trend."""

from __future__ import annotations

import datetime as dt

from auditor.model import Share
from auditor.rules import cadence_falling_trend as rule

from ..factory import model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources

LAST_TUESDAY = dt.datetime(2026, 10, 27, 8, 30)


def _posts(weeks_back: range, per_week: int = 1) -> list[Share]:
    return [
        Share(
            LAST_TUESDAY - dt.timedelta(weeks=w) + dt.timedelta(days=2 * k),
            f"https://x/{w}-{k}",
            "A post",
            "",
            "",
            "MEMBER_NETWORK",
            2,
        )
        for w in weeks_back
        for k in range(per_week)
    ]


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_halved() -> None:
    # 2 a week in the 13 weeks before (26, plus the article of 2026-06-02), 1 every 3 weeks since (5).
    shares = _posts(range(0, 13, 3)) + _posts(range(13, 26), per_week=2)
    (finding,) = run_rule(rule, model_export(shares=tuple(shares)))
    assert finding.evidence[0].file == model_export().sources["shares"].files[0]
    assert finding.evidence[0].text("en") == (
        "5 publications in the 13 weeks to November 1, 2026, 27 publications in the 13 weeks to August 2, 2026"
    )
    assert finding.evidence[0].text("fr") == (
        "5 publications sur 13 semaines jusqu'au 1er novembre 2026, 27 publications sur 13 semaines jusqu'au "
        "2 août 2026"
    )
    assert "fell from 27 in the previous 13 weeks to 5 in the last 13" in finding.what.en
    assert "passées de 27" in finding.what.fr and "à 5 ces 13 dernières semaines" in finding.what.fr


def test_not_applicable_too_few_earlier_publications() -> None:
    export = model_export(shares=tuple(_posts(range(13, 16))), articles=())
    assert "no earlier pace to compare with" in not_applicable_reason(rule, export)
    assert len(run_rule(rule, model_export(shares=tuple(_posts(range(13, 16))), articles=()), min_previous=3)) == 1


def test_options() -> None:
    shares = tuple(_posts(range(0, 13, 2)) + _posts(range(13, 26)))  # 7 against 13
    assert run_rule(rule, model_export(shares=shares, articles=())) == []
    assert len(run_rule(rule, model_export(shares=shares, articles=()), min_ratio=0.6)) == 1


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)
