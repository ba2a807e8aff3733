"""The planner: from the audit to next week's actions (issue 12).

`build_plan` is pure: the export, its analyses, the configuration, the findings and the plan's day in, a `Plan`
out (auditor.planner.model); no file, no clock. The reports render it: `auditor.reports.plan_markdown`, the
calendar `auditor.calendar.plan_ics`, and the JSON `auditor.reports.planjson.plan_dict`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from auditor.analysis import Analyses
from auditor.analysis.textread import record_index
from auditor.config import Config
from auditor.findings import Finding
from auditor.model import Export
from auditor.planner.goals import give_take, goal_plans
from auditor.planner.model import Plan
from auditor.planner.network import (
    NO_SECOND_DEGREE,
    PlanError,
    circles_plan,
    keep_in_touch,
    network,
    schedule,
)
from auditor.planner.pitch import build_pitch
from auditor.planner.routines import routine_plans

DEFAULT_WEEKS = 4
MAX_WEEKS = 52

__all__ = ["DEFAULT_WEEKS", "MAX_WEEKS", "Plan", "PlanError", "build_plan"]


def build_plan(
    export: Export,
    analyses: Analyses,
    config: Config,
    *,
    language: str = "en",
    weeks: int = DEFAULT_WEEKS,
    findings: Sequence[Finding] = (),
) -> Plan:
    """The plan for the `weeks` weeks starting on the audit's day (`analyses.today`). `language` is the one the
    pitch's words are counted in."""
    today = analyses.today
    horizon = today + dt.timedelta(weeks=weeks) - dt.timedelta(days=1)
    net = network(export, analyses, config)
    circles, introductions = circles_plan(export, analyses, config, net)
    actions = keep_in_touch(export, analyses, net, today, horizon)
    weeks_planned, later = schedule(actions, today, weeks, config.planner.max_actions_per_week)
    routines = routine_plans(export, analyses, config, today)
    # The pitch material comes from the audit's reading of the texts, when a text rule read them: the plan never
    # loads a language pipeline of its own.
    material, complaining = None, set()
    if analyses.text.read:
        material = analyses.text.pitch_material()
        # A pitch quotes no post that sounds negative or complaining (what TXT-010 counts).
        complaining = {record_index(where) for where, t in analyses.text.post_tones().items() if t.complaining}
    pitch = build_pitch(export, config, analyses.data_until, language, material, complaining)
    goals = goal_plans(export, config, circles.circle3, routines, findings, pitch)
    served = {goal for routine in routines for goal in routine.serves}
    to_thank = sum(1 for action in actions if action.kind == "thank")
    return Plan(
        today=today,
        weeks=weeks,
        timezone=config.planner.timezone,
        language=language,
        max_actions_per_week=config.planner.max_actions_per_week,
        goals=goals,
        routines_without_goal=tuple(r.index for r in routines if not r.serves),
        goals_without_routine=tuple(g.index for g in goals if g.index not in served),
        circles=circles,
        introductions=introductions,
        no_second_degree=NO_SECOND_DEGREE,
        schedule=weeks_planned,
        later=later,
        routines=routines,
        pitch=pitch,
        give_take=give_take(export, analyses, to_thank),
    )
