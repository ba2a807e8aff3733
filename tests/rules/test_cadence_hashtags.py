"""CAD-008 cadence.hashtags."""

from __future__ import annotations

import datetime as dt

from auditor.model import Share
from auditor.rules import cadence_hashtags as rule

from ..factory import model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources

LAST_TUESDAY = dt.datetime(2026, 10, 27, 8, 30)
CROWDED = "New blog post! #SupplyChain #SOP #Logistics #Lean #Leadership"


def _posts(text: str, count: int, start: dt.datetime = LAST_TUESDAY) -> tuple[Share, ...]:
    return tuple(
        Share(start - dt.timedelta(weeks=n), f"https://x/{start:%Y}-{n}", text, "", "", "MEMBER_NETWORK", n + 2)
        for n in range(count)
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_summarises_with_examples() -> None:
    shares = _posts(CROWDED, 5) + _posts("A calm post. #SOP", 5, LAST_TUESDAY - dt.timedelta(weeks=5))
    (finding,) = run_rule(rule, model_export(shares=shares))
    assert "Since May 11, 2026, 5 of your 10 posts" in finding.what.en
    assert "5 de vos 10 posts" in finding.what.fr
    assert len(finding.evidence) == 3
    first = finding.evidence[0]
    assert (first.file, first.row) == (model_export().sources["shares"].files[0], 2)
    assert first.text("en") == "October 27, 2026: 5 hashtags, #SupplyChain #SOP #Logistics #Lean #Leadership"
    assert first.text("fr").startswith("27 octobre 2026\u00a0: 5 hashtags, ")


def test_pass_repeated_hashtags_count_once() -> None:
    assert run_rule(rule, model_export(shares=_posts("#SOP #sop #Sop and #SupplyChain, see https://x.fr/#a", 5))) == []


def test_not_applicable_old_posts_outside_the_window() -> None:
    export = model_export(shares=_posts(CROWDED, 5, dt.datetime(2025, 10, 1, 9)))
    assert "No post with text in the last" in not_applicable_reason(rule, export)


def test_option() -> None:
    assert run_rule(rule, model_export(shares=_posts(CROWDED, 5)), max_hashtags=5) == []
    assert len(run_rule(rule, max_hashtags=1)) == 1


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)
