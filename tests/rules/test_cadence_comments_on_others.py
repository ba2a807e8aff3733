"""CAD-006 cadence.comments-on-others."""

from __future__ import annotations

import datetime as dt

from auditor.model import Comment
from auditor.rules import cadence_comments_on_others as rule

from ..factory import model_config, model_export, run_rule, skip_reason
from .helpers import without_sources


def _comments(every_days: int, count: int) -> tuple[Comment, ...]:
    return tuple(
        Comment(
            dt.datetime(2026, 10, 28, 12) - dt.timedelta(days=every_days * n), f"https://x/{n}", "Good point.", n + 2
        )
        for n in range(count)
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_below_routine() -> None:
    (finding,) = run_rule(rule, model_export(comments=_comments(14, 20)))
    assert finding.evidence[0].file == model_export().sources["comments"].files[0]
    assert finding.evidence[0].value.startswith("7 comments in the 13 weeks to 2026-11-01")
    assert "Comments on others' posts" in finding.what.en and "0.5 times a week" in finding.what.en
    assert "0,5 fois par semaine" in finding.what.fr


def test_default_target_without_routine() -> None:
    config = model_config(routines=())
    assert run_rule(rule, model_export(comments=_comments(7, 20)), config) == []
    (finding,) = run_rule(rule, model_export(comments=_comments(14, 20)), config)
    assert "default target" in finding.what.en


def test_fail_no_comments() -> None:
    (finding,) = run_rule(rule, model_export(comments=()))
    assert "(0 in all)" in finding.what.en


def test_skips_without_comments_file() -> None:
    export = without_sources("comments")
    assert "Comments.csv" in skip_reason(rule, export)
