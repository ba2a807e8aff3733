"""The plan as Markdown (`linkedin-audit plan --md FILE`), and its first week as the text `plan` prints."""

from __future__ import annotations

import dataclasses
import re

from auditor.i18n import Message, _, n_
from auditor.planner.model import Action, Plan, RoutinePlan, Week
from auditor.planner.words import ACTION_WORDS, adherence, planned
from auditor.reports.words import LEDGER_LABELS
from auditor.words import circle_reason

QUESTIONS: dict[str, Message] = {
    "now": _("What I do now"),
    "projects": _("Which projects interest me now"),
    "self": _("What I want to say about myself now"),
}
HEADINGS: dict[str, Message] = {
    "goals": _("Goals"),
    "keep": _("Keep in touch"),
    "circles": _("Circles"),
    "introductions": _("Introductions"),
    "routines": _("Routines"),
    "pitch": _("Pitch"),
    "give": _("Give and take"),
}


_MARKUP = re.compile(r"([\\`*_\[\]<>#|~])")


def md(text: str) -> str:
    """Text from the archive or the configuration made inert in Markdown: one line, its markup characters escaped
    (a name cannot open a heading, a link or an HTML tag in the written file)."""
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def _inert(message: Message) -> Message:
    """`message` with the archive's text it carries escaped for Markdown (nested messages too); the tool's own
    words and verbatim snippets stay as they are."""
    params = tuple(
        (name, md(value) if isinstance(value, str) else _inert(value) if isinstance(value, Message) else value)
        for name, value in message.params
    )
    return dataclasses.replace(message, params=params)


def say(message: Message, language: str) -> str:
    return _inert(message).render(language)


def _action(action: Action, language: str, markdown: bool = True) -> list[str]:
    def say(message: Message, language: str) -> str:
        return _inert(message).render(language) if markdown else message.render(language)

    head = _(
        "{what} {person} — {day}, about {minutes} min",
        what=ACTION_WORDS[action.kind],
        person=action.person,
        day=action.on,
        minutes=action.minutes,
    )
    return [
        f"- **{say(head, language)}**",
        f"  - {say(action.reason, language)}",
        "  - " + say(_("First line: “{line}”", line=action.first_line), language),
    ]


def week_lines(week: Week, language: str, markdown: bool = True) -> list[str]:
    """A week's actions; `markdown=False` for the terminal, where the archive's text needs no escaping (the command
    line makes it inert its own way)."""
    title = _(
        "Week {number}, from {day}: {actions}, about {minutes} min",
        number=week.number,
        day=week.start,
        actions=n_("{n} action", "{n} actions", len(week.actions)),
        minutes=week.minutes,
    )
    lines = [f"### {say(title, language)}", ""]
    if not week.actions:
        lines.append(_("Nothing falls due this week.").render(language))
    for action in week.actions:
        lines += _action(action, language, markdown)
    return [*lines, ""]


def _routine(routine: RoutinePlan, language: str) -> str:
    text = say(planned(routine), language)
    kept = adherence(routine)
    return f"- {text}" if kept is None else f"- {text} — {say(kept, language)}"


def _side(count: int | None) -> int | Message:
    return _("not in the export") if count is None else count


def plan_markdown(plan: Plan, language: str) -> str:
    def say_(message: Message) -> str:
        return say(message, language)

    title = _("Your plan from {day}", day=plan.today)
    lines = [f"# {say_(title)}", ""]
    # Goals (step 1)
    lines += [f"## {say_(HEADINGS['goals'])}", ""]
    if not plan.goals:
        lines.append(say_(_("No goal in the configuration: add [[goals]] to linkedin-audit.toml.")))
    for goal in plan.goals:
        served = ", ".join(plan.routines[i].name for i in goal.routines) if goal.routines else "—"
        lines.append(f"- {md(goal.text or goal.kind)}")
        lines.append(
            "  - "
            + say_(
                _(
                    "Targets: {targets}; connections there: {contacts}; routines: {routines}",
                    targets=goal.targets,
                    contacts=goal.contacts,
                    routines=served,
                )
            )
        )
        if goal.pitch:
            lines.append(
                "  - " + say_(n_("Pitch material: {n} sentence", "Pitch material: {n} sentences", len(goal.pitch)))
            )
        if goal.suggestion is not None:
            lines.append(f"  - {say_(goal.suggestion)}")
    for index in plan.goals_without_routine:
        lines.append(
            "- "
            + say_(_("No routine serves the goal “{goal}”.", goal=plan.goals[index].text or plan.goals[index].kind))
        )
    for index in plan.routines_without_goal:
        lines.append("- " + say_(_("The routine “{routine}” serves no goal.", routine=plan.routines[index].name)))
    lines.append("")
    # This week and the next ones
    lines += [f"## {say_(HEADINGS['keep'])}", ""]
    lines.append(say_(_("At most {n} actions a week, the most valuable first.", n=plan.max_actions_per_week)))
    lines.append("")
    for week in plan.schedule:
        lines += week_lines(week, language)
    if plan.later:
        lines += [
            say_(n_("{n} more action waits for a later week.", "{n} more actions wait for later weeks.", plan.later)),
            "",
        ]
    # Circles (step 2)
    circles = plan.circles
    lines += [f"## {say_(HEADINGS['circles'])}", ""]
    for note in circles.notes:
        lines.append(f"- {say_(note)}")
    lines.append(say_(n_("Circle 1: {n} person", "Circle 1: {n} people", len(circles.circle1))))
    for member in circles.circle1:
        reasons = "; ".join(say_(circle_reason(r, plan.today)) for r in member.reasons) or say_(_("pinned"))
        lines.append(f"- {md(member.name)} — {reasons}")
    lines.append("")
    lines.append(
        say_(n_("Circle 2: {n} person; the strongest:", "Circle 2: {n} people; the strongest:", circles.circle2_count))
    )
    for member in circles.circle2_top:
        reasons = "; ".join(say_(circle_reason(r, plan.today)) for r in member.reasons) or say_(_("pinned"))
        lines.append(f"- {md(member.name)} — {reasons}")
    lines.append("")
    lines.append(
        say_(n_("Circle 3: {n} target of your goals", "Circle 3: {n} targets of your goals", len(circles.circle3)))
    )
    lines.append("")
    # Introductions
    lines += [f"## {say_(HEADINGS['introductions'])}", "", say_(plan.no_second_degree), ""]
    for introduction in plan.introductions:
        lines.append(f"- **{md(introduction.target.name)}**")
        if introduction.you_were_there is not None:
            lines.append(f"  - {say_(introduction.you_were_there)}")
        for path in introduction.paths:
            lines.append(f"  - {say_(path.explanation)}")
        if introduction.none_found is not None:
            lines.append(f"  - {say_(introduction.none_found)}")
    lines.append("")
    # Routines (step 3)
    lines += [f"## {say_(HEADINGS['routines'])}", ""]
    if not plan.routines:
        lines.append(say_(_("No routine in the configuration: add [[routines]] to linkedin-audit.toml.")))
    lines += [_routine(routine, language) for routine in plan.routines]
    lines.append("")
    # Pitch (step 4)
    lines += [f"## {say_(HEADINGS['pitch'])}", ""]
    for stale in plan.pitch.stale:
        lines.append(f"- {say_(stale)}")
    for draft in plan.pitch.drafts:
        title = _("{minutes} min: {words} words", minutes=draft.minutes, words=draft.words)
        lines += ["", f"### {say_(title)}", ""]
        if draft.short:
            lines.append(say_(_("The export and the configuration hold too few facts for this length.")))
        question = ""
        for sentence in draft.sentences:
            if sentence.question != question:
                question = sentence.question
                lines += [*([""] if lines[-1] else []), f"*{say_(QUESTIONS[question])}*", ""]
            where = sentence.source.key or sentence.source.file
            if sentence.source.row:
                where += f":{sentence.source.row}"
            lines.append(f"{say_(sentence.text)} [{where}]")
    lines.append("")
    # Give and take (step 4)
    lines += [f"## {say_(HEADINGS['give'])}", ""]
    for kind, given, received in plan.give_take.totals:
        lines.append(
            f"- {say_(LEDGER_LABELS[kind])}: "
            + say_(_("given {given}, received {received}", given=_side(given), received=_side(received)))
        )
    lines.append("")
    for exchange in plan.give_take.people[:15]:
        lines.append(
            f"- {md(exchange.name)}: "
            + say_(_("given {given}, received {received}", given=exchange.given, received=exchange.received))
        )
    return "\n".join(lines).rstrip() + "\n"


def plan_summary(plan: Plan, language: str) -> str:
    """What `plan` prints: this week's actions, then the circles in figures."""
    lines = week_lines(plan.schedule[0], language, markdown=False) if plan.schedule else []
    circles = plan.circles
    lines.append(
        _(
            "Circles: {c1} in circle 1, {c2} in circle 2, {c3} targets in circle 3.",
            c1=len(circles.circle1),
            c2=circles.circle2_count,
            c3=len(circles.circle3),
        ).render(language)
    )
    return "\n".join(lines).rstrip() + "\n"
