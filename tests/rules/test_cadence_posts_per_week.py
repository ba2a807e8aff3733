"""CAD-001 cadence.posts-per-week."""

from __future__ import annotations

import datetime as dt

from auditor.model import Share
from auditor.rules import cadence_posts_per_week as rule

from ..factory import TODAY, model_config, model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources

LAST_TUESDAY = dt.datetime(2026, 10, 27, 8, 30)


def _weekly_posts(weeks: int, text: str = "A lesson from the shop floor this week.") -> tuple[Share, ...]:
    return tuple(
        Share(
            LAST_TUESDAY - dt.timedelta(weeks=n),
            f"https://www.linkedin.com/feed/update/urn:li:share:{n}",
            text,
            "",
            "",
            "MEMBER_NETWORK",
            n + 2,
        )
        for n in range(weeks)
    )


# The model member's config plans a "posts" routine, which RTN-002 judges: here the rule's own target is tested.
NO_ROUTINE = model_config(routines=())


def test_pass() -> None:
    assert run_rule(rule, config=NO_ROUTINE, default_per_week=2.0) == []


def test_fail_below_the_default_target() -> None:
    (finding,) = run_rule(rule, model_export(shares=_weekly_posts(40)), NO_ROUTINE, default_per_week=2.0)
    assert finding.evidence[0].file == model_export().sources["shares"].files[0]
    assert finding.evidence[0].text("en") == (
        "13 posts and articles in the 13 weeks to November 1, 2026 (1 a week); target 2 a week"
    )
    assert finding.what.en == (
        "Over the last 13 weeks your posts and articles averaged 1 a week (13 in all), below the default target of "
        "2 a week."
    )
    assert "en moyenne 1 fois par semaine (13 au total)" in finding.what.fr and "de 2 par semaine" in finding.what.fr


def test_not_applicable_when_a_routine_sets_the_pace() -> None:
    reason = not_applicable_reason(rule, model_export(shares=_weekly_posts(40)))
    assert reason == 'Your routine "Posts" sets this pace: RTN-002 (step 3) judges whether you keep it.'


def test_bare_reshares_do_not_count() -> None:
    (finding,) = run_rule(rule, model_export(shares=_weekly_posts(40, text="")), NO_ROUTINE)
    assert finding.evidence[0].text("en").startswith("0 posts")
    assert finding.evidence[0].text("fr").startswith("0 post ou article sur 13 semaines")


def test_pass_default_target_without_routine() -> None:
    assert run_rule(rule, model_export(shares=_weekly_posts(40)), NO_ROUTINE) == []


def test_fail_default_target_option() -> None:
    (finding,) = run_rule(rule, config=NO_ROUTINE, default_per_week=3.0)
    assert "default target" in finding.what.en


def test_the_running_week_is_left_out() -> None:
    # Today is Monday 2026-11-02: a post today does not count, and the week does not dilute the average either.
    extra = Share(dt.datetime(2026, 11, 2, 7), "https://x/today", "Today", "", "", "MEMBER_NETWORK", 99)
    (finding,) = run_rule(rule, model_export(shares=(*_weekly_posts(40), extra)), NO_ROUTINE, default_per_week=2.0)
    assert finding.evidence[0].text("en").startswith("13 posts")


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)


def test_pass_when_audited_after_the_export_date() -> None:
    # Nothing after the export is in the archive: the window ends at the export date, not at a later --as-of.
    assert run_rule(rule, config=NO_ROUTINE, today=TODAY + dt.timedelta(days=60), default_per_week=2.0) == []
