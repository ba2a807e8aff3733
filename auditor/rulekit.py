"""Helpers the rule modules share, so that each module keeps to the rule it states.

- Typed access to what a rule declares in `NEEDS` (the engine has already skipped the rule when it is absent, with
  the same reasons, from `auditor.needs`): `require_profile`, `require_photo`, `require_goal_keywords`, and the
  About as read by the text analyses, `require_about`;
- `routine_shortfall`: a weekly rate of activity below the default target, for an activity no routine plans;
- `quoted`: names the member gave, quoted the reader's way.

Like the rules, they are pure functions of the export and the context; a skip raises through `Context.skip`.
Their words are catalog messages (`auditor.i18n`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.analysis.text import fold
from auditor.analysis.textread import TextFeatures
from auditor.i18n import Message, _, n_, p_
from auditor.model import Export, Profile
from auditor.needs import outside_reason, section_reason
from auditor.rule import Context, PhotoReport


def require_profile(export: Export, ctx: Context) -> Profile:
    """The member's profile (Profile.csv); for a rule that needs "profile"."""
    if export.profile is None:
        ctx.skip(section_reason(export, ("profile",)))
    return export.profile


def require_about(export: Export, ctx: Context) -> TextFeatures:
    """The About section (Profile.csv's Summary) as the text analyses read it; nothing to judge without one."""
    profile = require_profile(export, ctx)
    features = ctx.analyses.text.get("about") if profile.summary.strip() else None
    if features is None or not features.sentences:
        ctx.not_applicable(_("No About section to read (see PRO-004)."))
    return features


def require_photo(ctx: Context) -> PhotoReport:
    """The measurements of the photo given with --photo; for a rule that needs "photo"."""
    if ctx.photo is None:
        ctx.skip(outside_reason("photo"))
    return ctx.photo


def require_goal_keywords(ctx: Context) -> dict[str, str]:
    """Every keyword of every goal, once: folded keyword -> the keyword as first written (keywords that fold
    alike, "Supply-chain" and "supply chain", count once). Skips the rule when the goals have no keyword."""
    keywords: dict[str, str] = {}
    for goal in ctx.goals:
        for keyword in goal.keywords:
            if fold(keyword):
                keywords.setdefault(fold(keyword), keyword)
    if not keywords:  # keywords that fold to nothing ("-")
        ctx.skip(outside_reason("goal-keywords"))
    return keywords


@dataclass(frozen=True)
class Shortfall:
    """A weekly rate of activity below its target, over the last `weeks` complete weeks."""

    count: int  # activities in the period
    weeks: int
    rate: float  # count / weeks
    target: float  # per week
    end: dt.date  # the Sunday closing the last complete week


def routine_shortfall(
    ctx: Context, activity: str, kinds: tuple[str, ...], *, weeks: int, default_per_week: float
) -> Shortfall | None:
    """How often the member did `kinds` (cadence activity kinds) over the last `weeks` complete weeks, against
    `default_per_week`; None when the rate meets it. When the member planned a routine for `activity` ("posts",
    "comments"...), the rule is not applicable: RTN-002 (step 3) judges that routine, and one gap is judged once."""
    routines = [routine for routine in ctx.routines if routine.activity == activity]
    if routines:
        ctx.not_applicable(
            n_(
                "Your routine {names} sets this pace: RTN-002 (step 3) judges whether you keep it.",
                "Your routines {names} set this pace: RTN-002 (step 3) judges whether you keep them.",
                len(routines),
                names=quoted([routine.name for routine in routines]),
            )
        )
    cadence = ctx.analyses.cadence
    count = cadence.full_weeks_count(kinds, weeks)
    rate = count / weeks
    if rate >= default_per_week - 1e-9:
        return None
    return Shortfall(count, weeks, rate, default_per_week, cadence.full_weeks_end)


def quoted(names: Sequence[str]) -> Message:
    """Names the member gave (routines, goals), each quoted the reader's way (`"Posts"` / `« Posts »`), joined by
    commas; `names` is not empty."""
    said = p_("quoted name", '"{name}"', name=names[0])
    for name in names[1:]:
        said = p_("list", "{list}, {item}", list=said, item=p_("quoted name", '"{name}"', name=name))
    return said


def note_organisations(ctx: Context) -> None:
    """Say which senders the analyses set aside as organisations (companies, banks, LinkedIn's products), with
    their messages, so that the member can see no one was dropped by mistake."""
    organisations = ctx.analyses.ties.organisations
    if not organisations:
        return
    messages = sum(count for _name, count in organisations)
    names = ", ".join(name for name, _count in organisations[:5]) + (", …" if len(organisations) > 5 else "")
    ctx.note(
        _(
            "Set aside as organisations, not people: {senders}, {messages} ({names}).",
            senders=n_("{n} sender", "{n} senders", len(organisations)),
            messages=n_("{n} message", "{n} messages", messages),
            names=names,
        )
    )
