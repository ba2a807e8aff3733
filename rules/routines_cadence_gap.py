"""Each measurable routine is kept: what the export shows matches the plan.

What:
    For every routine whose activity the export can measure, compares the planned rate (per week) with the actual
    rate over the last `weeks` weeks, and gives one finding per routine below `min_ratio` of its plan. Measured:
    posts = your posts with text in Shares.csv and your published articles, as in CAD-001 (reshares without comment
    do not count); articles = articles published (Articles/); comments = Comments.csv; reactions = Reactions.csv;
    messages = messages you sent (messages.csv); conversations = conversations you started; invitations =
    invitations you sent (Invitations.csv). The window is the last `weeks` complete ISO weeks up to today or to the
    export date, as in the cadence rules of step 5 (the week in progress is left out: it would read as a slow week
    every Monday). A routine whose file is not in this archive is not checked (articles count as present in a
    complete archive, which holds Articles/ only when you wrote some; conversations need the conversation IDs that
    2018 archives lack); lunches, conferences and other activities the export cannot show are never checked: the
    audit lists them as planned, not measurable. Skipped when no routine can be measured. The posting and
    commenting rules of step 5 (CAD-001, CAD-006) leave a pace your routines set to this rule, so that one gap is
    judged once.

Why:
    Step 3 of the method: decide the time you give to networking and make it visible in your agenda, as real
    work time. A plan that the export does not show is a plan that is not kept; the fix is either calendar time
    or a plan you can hold.

Passes:
    Routine "posts", 2 per week; 26 posts in the last 13 weeks (2.0 a week).

Fails:
    Routine "posts", 2 per week; 10 posts in the last 13 weeks (0.8 a week, below 0.75 × 2 = 1.5).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

from auditor.analysis.cadence import activity_kinds
from auditor.config import ACTIVITY_SECTIONS, CONFIG_FILE_NAME, PERIODS, Routine
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Number, Param, Verbatim, _, n_, p_
from auditor.model import SECTION_FILES, Export
from auditor.rule import Context, Need, Option

CODE = "RTN-002"
NAME = "routines.cadence-gap"
STEP = "step3"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "weeks": Option(13, "how many weeks to measure (one quarter).", unit="weeks"),
    "min_ratio": Option(0.75, "the share of the planned rate that passes.", unit="ratio"),
}
NEEDS: tuple[Need, ...] = ("routines",)


def _amount(activity: str, count: float, *, counted: bool = False) -> Message:
    """`count` of `activity` in words ("2 invitations sent"); `counted`: what the export's count is of, when it is
    not the activity itself (posts count articles too). A count can be a fraction (0.5 a week)."""
    n = math.ceil(count)  # picks the plural form: "1.5 posts" in English
    number = Number(count, 1 if count < 10 else 0)
    if activity == "posts" and counted:
        return n_("{n} post or article", "{n} posts and articles", n, n=number)
    if activity == "posts":
        return n_("{n} post", "{n} posts", n, n=number)
    if activity == "articles":
        return n_("{n} article", "{n} articles", n, n=number)
    if activity == "comments":
        return n_("{n} comment", "{n} comments", n, n=number)
    if activity == "reactions":
        return n_("{n} reaction", "{n} reactions", n, n=number)
    if activity == "messages":
        return n_("{n} message sent", "{n} messages sent", n, n=number)
    if activity == "conversations":
        return n_("{n} conversation started", "{n} conversations started", n, n=number)
    return n_("{n} invitation sent", "{n} invitations sent", n, n=number)


PER = {
    "day": p_("routine period", "a day"),
    "week": p_("routine period", "a week"),
    "month": p_("routine period", "a month"),
    "quarter": p_("routine period", "a quarter"),
    "semester": p_("routine period", "a semester"),
    "year": p_("routine period", "a year"),
}


def _unmeasurable(export: Export, routine: Routine) -> Message | None:
    """Why the export cannot show how this routine is kept, or None when it can."""
    section = ACTIVITY_SECTIONS.get(routine.activity)
    if section is None:
        return _("the export does not show this activity")
    if section == "articles":  # a complete archive holds Articles/ only when there are articles
        if export.has("articles") or export.has("shares"):
            return None
        section = "shares"
    if not export.has(section):
        return _("the archive has no {file}", file=export.file_of(section))
    if routine.activity == "conversations" and not any(message.conversation_id for message in export.messages):
        # who started what needs conversation IDs, absent from 2018 archives
        return _("messages.csv has no conversation IDs (2018 archives)")
    return None


def _listing(items: list[Message]) -> Message:
    said = items[0]
    for item in items[1:]:
        said = p_("list", "{list}; {item}", list=said, item=item)
    return said


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    checked = []
    unmeasured: list[Message] = []
    for routine in ctx.routines:
        why_not = _unmeasurable(export, routine)
        if why_not is None:
            checked.append(routine)
        else:
            unmeasured.append(_('"{name}" ({reason})', name=routine.name, reason=why_not))
    if unmeasured:  # planned all the same: said, never silently dropped
        ctx.note(_("Planned, not measurable from the export: {routines}.", routines=_listing(unmeasured)))
    if not checked:
        ctx.skip(_("No routine can be measured from this archive: {routines}.", routines=_listing(unmeasured)))
    weeks: int = ctx.options["weeks"]
    min_ratio: float = ctx.options["min_ratio"]
    # The same window as the cadence rules (step 5), so that both say the same count: the last `weeks` complete
    # ISO weeks, the week in progress left out.
    cadence = ctx.analyses.cadence  # counts each measurable activity by week, messages and invitations as sent
    end = cadence.full_weeks_end
    start = end - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)
    for routine in checked:
        planned = routine.per_week()
        count = cadence.full_weeks_count(activity_kinds(routine.activity), weeks)
        actual = count / weeks
        if actual >= min_ratio * planned:
            continue
        section = ACTIVITY_SECTIONS[routine.activity]
        # Articles are a folder of files (absent when there are none): the count has no single file to point to.
        file = SECTION_FILES["articles"] if section == "articles" else export.file_of(section)
        facts: dict[str, Param] = {
            "name": routine.name,
            "amount": _amount(routine.activity, routine.count),
            "per": PER[routine.per],
            "real": Number(actual, 1 if actual < 10 else 0),
            "count": count,
        }
        if routine.per == "week":
            what = n_(
                'Your routine "{name}" plans {amount} {per}; the last week shows {real} ({count} in all).',
                'Your routine "{name}" plans {amount} {per}; the last {n} weeks show {real} a week ({count} in all).',
                weeks,
                **facts,
            )
        else:
            what = n_(
                'Your routine "{name}" plans {amount} {per} ({plan} a week); the last week shows {real} ({count} in '
                "all).",
                'Your routine "{name}" plans {amount} {per} ({plan} a week); the last {n} weeks show {real} a week '
                "({count} in all).",
                weeks,
                plan=Number(planned, 1 if planned < 10 else 0),
                **facts,
            )
        plan = _('routine "{name}": {amount} {per}', name=routine.name, amount=facts["amount"], per=facts["per"])
        if routine.per != "week":  # the weekly rate the plan is measured against
            plan = _("{plan} = {rate} a week", plan=plan, rate=Number(planned, 2))
        suggested = math.floor(actual * PERIODS[routine.per] / 7 + 0.5)
        lower = 1 <= suggested < routine.count  # a smaller plan, in the routine's own period, worth suggesting
        if lower:
            fix = _(
                'Block {minutes} minutes in your calendar for each "{name}" slot, like a meeting, or set a pace you '
                "can hold ({setting} in {file}).",
                minutes=routine.minutes,
                name=routine.name,
                setting=Verbatim(f"count = {suggested}"),
                file=CONFIG_FILE_NAME,
            )
        else:
            fix = _(
                'Block {minutes} minutes in your calendar for each "{name}" slot, like a meeting.',
                minutes=routine.minutes,
                name=routine.name,
            )
        yield Finding(
            what=what,
            why=_(
                "Step 3 of the method: networking time is real work time; a plan your activity does not show is "
                "not kept."
            ),
            fix=fix,
            evidence=(
                Evidence(CONFIG_FILE_NAME, None, plan),
                Evidence(
                    file,
                    None,
                    _(
                        "{amount} from {start} to {end} = {rate} a week",
                        amount=_amount(routine.activity, count, counted=True),
                        start=start,
                        end=end,
                        rate=Number(actual, 2),
                    ),
                ),
            ),
            key=f"{routine.activity}:{routine.name}",
        )
