"""auditor.rulekit: the skips and measures the rule modules share."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from auditor.analysis import analyse
from auditor.config import Goal, Routine
from auditor.model import Export
from auditor.rule import Context, NotApplicable, SkipRule
from auditor.rulekit import (
    require_goal_keywords,
    require_photo,
    require_profile,
    routine_shortfall,
)

from .factory import GOOD_PHOTO, TODAY, model_export


def _context(export: Export | None = None, **fields: Any) -> Context:
    export = export if export is not None else model_export()
    return Context(today=TODAY, options={}, analyses=analyse(export, TODAY), **fields)


def _without(section: str) -> Export:
    export = model_export()
    return dataclasses.replace(export, sources={k: v for k, v in export.sources.items() if k != section})


def _reason(call: Any, *args: Any, **kwargs: Any) -> tuple[str, str]:
    with pytest.raises(SkipRule) as raised:
        call(*args, **kwargs)
    return raised.value.reason.en, raised.value.reason.fr


def test_require_profile() -> None:
    export = model_export()
    assert require_profile(export, _context(export)) is export.profile
    export = dataclasses.replace(export, profile=None)
    assert _reason(require_profile, export, _context(export))[0] == "The archive has no Profile.csv."


def test_require_photo() -> None:
    assert require_photo(_context(photo=GOOD_PHOTO)) is GOOD_PHOTO
    assert "--photo FILE" in _reason(require_photo, _context())[0]


def test_require_goal_keywords_lists_each_keyword_once() -> None:
    goals = (
        Goal(keywords=("Supply-chain", "S&OP", " ")),
        Goal(keywords=("supply chain", "Demand sensing")),
    )
    assert require_goal_keywords(_context(goals=goals)) == {
        "supply chain": "Supply-chain",
        "s&op": "S&OP",
        "demand sensing": "Demand sensing",
    }


def test_require_goal_keywords_skips_without_keywords() -> None:
    context = _context(goals=(Goal(text="Find a job"), Goal(keywords=("",))))
    assert _reason(require_goal_keywords, context)[0] == "No goal keyword in the configuration."


def test_routine_shortfall_leaves_a_planned_pace_to_the_routines_rule() -> None:
    routines = (Routine("Posts", "posts", 2, "week"), Routine("Articles", "posts", 2, "month"))
    with pytest.raises(NotApplicable) as raised:
        routine_shortfall(_context(routines=routines), "posts", ("posts", "articles"), weeks=13, default_per_week=1.0)
    assert (
        raised.value.reason.en
        == 'Your routines "Posts", "Articles" set this pace: RTN-002 (step 3) judges whether you keep them.'
    )


def test_routine_shortfall_default_target_and_none_when_met() -> None:
    # The model member: 26 posts and articles in the 13 complete weeks to 2026-11-01 (2.0 a week).
    context = _context()
    assert routine_shortfall(context, "posts", ("posts", "articles"), weeks=13, default_per_week=2.0) is None
    pace = routine_shortfall(context, "posts", ("posts", "articles"), weeks=13, default_per_week=2.5)
    assert pace is not None and pace.target == 2.5
    assert (pace.count, pace.weeks, pace.rate, pace.end) == (26, 13, 2.0, dt.date(2026, 11, 1))
