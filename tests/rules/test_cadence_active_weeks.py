"""CAD-002 cadence.active-weeks."""

from __future__ import annotations

import datetime as dt

from auditor.model import Share
from auditor.rules import cadence_active_weeks as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import without_sources

LAST_TUESDAY = dt.datetime(2026, 10, 27, 8, 30)


def _every(weeks: int, count: int) -> tuple[Share, ...]:
    return tuple(
        Share(LAST_TUESDAY - dt.timedelta(weeks=weeks * n), f"https://x/{n}", "A post", "", "", "MEMBER_NETWORK", n + 2)
        for n in range(count)
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_one_week_in_three() -> None:
    (finding,) = run_rule(rule, model_export(shares=_every(3, 14)))
    assert finding.evidence[0].file == model_export().sources["shares"].files[0]
    assert finding.evidence[0].text("en") == "9 of the 26 weeks to November 1, 2026 with a publication"
    assert finding.evidence[0].text("fr") == (
        "semaines avec une publication\u00a0: 9 sur les 26 semaines allant jusqu'au 1er novembre 2026"
    )
    assert "only 9 of your last 26 weeks" in finding.what.en and "35%" in finding.what.en
    assert "vos 26 dernières semaines (35\u00a0%\u202f; visez au moins 50\u00a0%)" in finding.what.fr


def test_pass_one_week_in_two() -> None:
    assert run_rule(rule, model_export(shares=_every(2, 20))) == []


def test_pass_with_lower_share() -> None:
    assert run_rule(rule, model_export(shares=_every(3, 14)), min_share=0.3) == []


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)
