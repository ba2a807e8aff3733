"""CAD-006 cadence.comments-on-others."""

from __future__ import annotations

import datetime as dt

from auditor.model import Comment
from auditor.rules import cadence_comments_on_others as rule

from ..factory import model_config, model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources


def _comments(every_days: int, count: int) -> tuple[Comment, ...]:
    return tuple(
        Comment(
            dt.datetime(2026, 10, 28, 12) - dt.timedelta(days=every_days * n), f"https://x/{n}", "Good point.", n + 2
        )
        for n in range(count)
    )


# The model member's config plans a "comments" routine, which RTN-002 judges: here the rule's own target is tested.
NO_ROUTINE = model_config(routines=())


def test_pass() -> None:
    assert run_rule(rule, config=NO_ROUTINE, default_per_week=2.0) == []


def test_fail_below_the_default_target() -> None:
    (finding,) = run_rule(rule, model_export(comments=_comments(14, 20)), NO_ROUTINE)
    assert finding.evidence[0].file == model_export().sources["comments"].files[0]
    assert finding.evidence[0].text("en").startswith("7 comments in the 13 weeks to November 1, 2026 (0.54 a week)")
    assert "default target" in finding.what.en and "averaged 0.5 a week" in finding.what.en
    assert "0,5 fois par semaine" in finding.what.fr


def test_not_applicable_when_a_routine_sets_the_pace() -> None:
    assert "RTN-002" in not_applicable_reason(rule, model_export(comments=_comments(14, 20)))


def test_default_target_without_routine() -> None:
    assert run_rule(rule, model_export(comments=_comments(7, 20)), NO_ROUTINE) == []


def test_fail_no_comments() -> None:
    (finding,) = run_rule(rule, model_export(comments=()), NO_ROUTINE)
    assert "(0 in all)" in finding.what.en


def test_replies_under_own_posts_do_not_count() -> None:
    # Comments whose link is one of the member's own posts are replies to their readers, not comments on others.
    own = model_export().shares[0].link
    replies = tuple(Comment(c.commented_at, own, c.message, c.line) for c in _comments(7, 20))
    (finding,) = run_rule(rule, model_export(comments=replies), NO_ROUTINE)
    assert "(0 in all)" in finding.what.en


def test_skips_without_comments_file() -> None:
    export = without_sources("comments")
    assert "Comments.csv" in skip_reason(rule, export)
