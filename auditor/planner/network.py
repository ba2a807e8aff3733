"""Circles (step 2), introductions and the keep-in-touch list, from the analyses' circles and ties.

Pure: the export, its analyses, the configuration and the plan's day in; the plan's parts out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.analysis import Analyses
from auditor.analysis.circles import CircleTie
from auditor.analysis.people import company_key, name_key, url_key
from auditor.analysis.ties import Tie
from auditor.config import Config, Pin
from auditor.errors import AuditorError
from auditor.i18n import Message, Verbatim, _
from auditor.model import Export
from auditor.planner.model import (
    Action,
    CirclesPlan,
    Introduction,
    Member,
    Path,
    PathKind,
    Source,
    Target,
    Week,
)
from auditor.words import ago, circle_reason

CONFIG_FILE = "linkedin-audit.toml"
CIRCLE2_SHOWN = 10  # the strongest circle-2 ties the plan names: the ones worth warming up
PATHS_SHOWN = 5  # introducers named per target
# Keep-in-touch rhythms, measured from the last real interaction: circle 1 about monthly (Dunbar's sympathy group,
# see auditor.analysis.circles), circle 2 about quarterly; a thank-you or an invitation's answer within a week.
CIRCLE1_EVERY = 30
CIRCLE2_EVERY = 90
ANSWER_WITHIN = 7
MINUTES = {"call": 15, "warm-up": 5, "thank": 5, "invitation": 5}  # a call 15 minutes, a message 5


class PlanError(AuditorError):
    """The configuration asks the plan for something the export cannot give (a pin naming nobody); the message
    names the key."""


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def _member(member: CircleTie, circle: int, pinned: bool = False) -> Member:
    tie = member.tie
    return Member(
        key=member.key,
        name=member.name,
        company=tie.company,
        position=tie.position,
        circle=circle,
        score=member.score,
        reasons=member.reasons,
        last_exchange=tie.last_exchange.date() if tie.last_exchange else None,
        messages=tie.messages,
        pinned=pinned,
        line=member.line,
    )


def _resolve(analyses: Analyses, person: str) -> Tie | None:
    """The tie a configuration names: by profile URL when it looks like one, else by name."""
    text = person.strip()
    if "linkedin.com/" in text.lower():
        return analyses.ties.by_key.get(url_key(text)) or analyses.ties.find("", text)
    return analyses.ties.find(text)


def excluded_keys(analyses: Analyses, config: Config) -> frozenset[str]:
    keys = set()
    for person in config.planner.exclude:
        tie = _resolve(analyses, person)
        if tie is not None:
            keys.add(tie.key)
    return frozenset(keys)


def _pins(analyses: Analyses, pins: Iterable[Pin]) -> dict[str, int]:
    out = {}
    for pin in pins:
        tie = _resolve(analyses, pin.person)
        if tie is None or not tie.is_connection:
            raise PlanError(
                f"{pin.where or 'circles.pin'}.person: {pin.person!r} names nobody in the export's "
                "connections (Connections.csv)"
            )
        out[tie.key] = pin.circle
    return out


@dataclass(frozen=True)
class _Network:
    """The circles after pins and exclusions, with what the other parts need."""

    circle1: tuple[Member, ...]
    circle2_top: tuple[Member, ...]
    circle2_count: int
    excluded: frozenset[str]
    by_company: dict[str, list[CircleTie]]  # company key -> connections working there, strongest first


def network(export: Export, analyses: Analyses, config: Config) -> _Network:
    circles = analyses.circles
    excluded = excluded_keys(analyses, config)
    pins = _pins(analyses, config.planner.pins)
    circle1 = [_member(m, 1, m.key in pins) for m in circles.circle1 if m.key not in excluded and pins.get(m.key) != 2]
    moved_up = [circles.by_key[key] for key, circle in pins.items() if circle == 1 and key in circles.by_key]
    circle1 += [_member(m, 1, True) for m in moved_up if m.circle == 2 and m.key not in excluded]
    circle1.sort(key=lambda m: (-m.score, m.name))
    pinned_down = [circles.by_key[key] for key, circle in pins.items() if circle == 2 and key in circles.by_key]
    top: list[Member] = [_member(m, 2, True) for m in pinned_down if m.circle == 1 and m.key not in excluded]
    count = len(circles.circle2) + len(top)
    for member in circles.circle2:  # strongest first: the first few are enough
        if len(top) >= CIRCLE2_SHOWN or member.score <= 0:
            break
        if member.key in excluded or pins.get(member.key) == 1:
            continue
        top.append(_member(member, 2, member.key in pins))
    if excluded or pins:
        count -= sum(1 for m in circles.circle2 if m.key in excluded or pins.get(m.key) == 1)
    return _Network(tuple(circle1), tuple(top), count, excluded, _by_company(analyses, config, excluded, pins))


def _by_company(
    analyses: Analyses, config: Config, excluded: frozenset[str], pins: dict[str, int]
) -> dict[str, list[CircleTie]]:
    """The connections working at each target company, strongest first (only the targets': a large network has
    tens of thousands of connections at a few hundred companies)."""
    targets = {company_key(company) for goal in config.goals for company in goal.target_companies}
    by_company: dict[str, list[CircleTie]] = defaultdict(list)
    if not targets:
        return by_company
    keys: dict[str, str] = {}  # company as written -> its key: the same few hundred names recur
    for member in analyses.circles.by_key.values():
        company = member.tie.company
        if not company:
            continue
        key = keys.get(company)
        if key is None:
            key = keys[company] = company_key(company)
        if key in targets and member.key not in excluded:
            by_company[key].append(member)
    for members in by_company.values():
        members.sort(key=lambda m: (-_strength(m, pins), m.name))
    return by_company


def _strength(member: CircleTie, pins: dict[str, int]) -> float:
    """Tie strength for ranking introducers: the circle's score; a pin to circle 1 ranks first."""
    return member.score + (1000.0 if pins.get(member.key) == 1 else 0.0)


# --- Circle 3 and introductions -----------------------------------------------------------------------------------


def circles_plan(
    export: Export, analyses: Analyses, config: Config, net: _Network
) -> tuple[CirclesPlan, tuple[Introduction, ...]]:
    targets: list[Target] = []
    introductions: list[Introduction] = []
    notes: list[Message] = []
    today = analyses.data_until
    roles: dict[str, list[CircleTie]] = {}  # folded role -> the connections holding it, found in one pass
    wanted_roles = {name_key(role) for goal in config.goals for role in goal.target_roles if name_key(role)}
    if wanted_roles:
        positions: dict[str, str] = {}
        for member in analyses.circles.by_key.values():
            if member.key in net.excluded or not member.tie.position:
                continue
            folded = positions.get(member.tie.position)
            if folded is None:
                folded = positions[member.tie.position] = name_key(member.tie.position)
            for role in wanted_roles:
                if role in folded:
                    roles.setdefault(role, []).append(member)
    for index, goal in enumerate(config.goals):
        for n, company in enumerate(goal.target_companies):
            source = Source(CONFIG_FILE, key=f"goals[{index}].target_companies[{n}]")
            there = net.by_company.get(company_key(company), [])
            target = Target("company", company, index, source, contacts=len(there))
            targets.append(target)
            paths = tuple(_path(m, "works-there", company, today) for m in there[:PATHS_SHOWN])
            none = None if paths else _("Nobody among your connections works at {target} now.", target=company)
            introductions.append(Introduction(target, paths, none, _you_were_there(export, company)))
        for n, role in enumerate(goal.target_roles):
            source = Source(CONFIG_FILE, key=f"goals[{index}].target_roles[{n}]")
            holders = sorted(roles.get(name_key(role), []), key=lambda m: (-m.score, m.name))
            target = Target("role", role, index, source, contacts=len(holders))
            targets.append(target)
            paths = tuple(_path(m, "in-role", role, today) for m in holders[:PATHS_SHOWN])
            none = None if paths else _("Nobody among your connections is {target} now.", target=role)
            introductions.append(Introduction(target, paths, none))
        for n, person in enumerate(goal.target_people):
            tie = _resolve(analyses, person)
            if tie is not None and tie.is_connection:
                known = analyses.circles.get(tie.key)
                circle = known.circle if known else 2
                notes.append(
                    _(
                        "{person}, a target of your goals, is already in your network (circle {circle}).",
                        person=tie.name,
                        circle=circle,
                    )
                )
                continue
            source = Source(CONFIG_FILE, key=f"goals[{index}].target_people[{n}]")
            target = Target("person", person, index, source)
            targets.append(target)
            introductions.append(
                Introduction(
                    target,
                    (),
                    _(
                        "The export does not say who {target} knows or where they work: ask your circle 1.",
                        target=person,
                    ),
                )
            )
    without_messages = not export.has("messages")
    if without_messages:
        notes.insert(
            0,
            _(
                "The export holds no messages: the circles rest on recommendations, endorsements and "
                "shared employers only."
            ),
        )
    plan = CirclesPlan(
        circle1=net.circle1,
        circle2_count=net.circle2_count,
        circle2_top=net.circle2_top,
        circle3=tuple(targets),
        excluded=len(net.excluded),
        without_messages=without_messages,
        notes=tuple(notes),
    )
    return plan, tuple(introductions)


def _you_were_there(export: Export, company: str) -> Message | None:
    """Said when a target company is one of your employers, past or present (Positions.csv)."""
    key = company_key(company)
    there = [p for p in export.positions if p.company and company_key(p.company) == key]
    if not there:
        return None
    years = sorted({day.year for p in there for day in (p.started_on, p.finished_on) if day is not None})
    if not years:
        return _("You worked at {company} yourself: your former colleagues there know your work.", company=company)
    span = f"{years[0]}–{years[-1]}" if years[-1] != years[0] else f"{years[0]}"
    return _(
        "You worked at {company} yourself ({years}): your former colleagues there know your work.",
        company=company,
        years=Verbatim(span),
    )


NO_SECOND_DEGREE = _(
    "Your LinkedIn export lists your own connections only, not theirs: the paths below go through people you know "
    "and what the export says of them (where they work now, their position). Who knows whom further out is not in "
    "the export, and the plan does not guess it."
)


def _path(member: CircleTie, kind: PathKind, target: str, today: dt.date) -> Path:
    reasons = member.reasons
    evidence = circle_reason(reasons[0], today) if reasons else _("no exchange in the export")
    tie = member.tie
    if kind == "works-there":
        via = _("works there now as {position}", position=tie.position) if tie.position else _("works there now")
    else:
        via = _("is {position} at {company}", position=tie.position, company=tie.company or "?")
    explanation = _(
        "You → {introducer} (circle {circle}, {evidence}) → {target}: {via}",
        introducer=member.name,
        circle=member.circle,
        evidence=evidence,
        target=target,
        via=via,
    )
    return Path(_member(member, member.circle), kind, explanation)


# --- Keep in touch ----------------------------------------------------------------------------------------------


def _due(last: dt.date | None, every: int, today: dt.date) -> dt.date:
    return today if last is None else max(today, last + dt.timedelta(days=every))


def keep_in_touch(export: Export, analyses: Analyses, net: _Network, today: dt.date, horizon: dt.date) -> list[Action]:
    """Every action due by `horizon`, one per person (the most valuable), unscheduled."""
    actions: dict[str, Action] = {}

    def add(action: Action) -> None:
        if action.due > horizon or action.key in net.excluded:
            return
        known = actions.get(action.key)
        if known is None or action.value > known.value:
            actions[action.key] = action

    until = analyses.data_until
    connections = export.file_of("connections")
    for member in net.circle1:
        due = _due(member.last_exchange, CIRCLE1_EVERY, today)
        overdue = 0 if member.last_exchange is None else max((today - member.last_exchange).days - CIRCLE1_EVERY, 0)
        if member.last_exchange is None:
            reason = _("Circle 1, but no message between you in this archive.")
        else:
            reason = _(
                "Circle 1; your last message either way: {day} ({when}).",
                day=member.last_exchange,
                when=ago((until - member.last_exchange).days),
            )
        add(
            Action(
                "call",
                member.name,
                member.key,
                due,
                due,
                MINUTES["call"],
                3.0 + min(member.score, 100) / 100 + min(overdue, 365) / 365,
                reason,
                _first_line("call", member.name, member.company),
                member.reasons,
                Source(connections, member.line or None),
            )
        )
    for member in net.circle2_top:
        if member.last_exchange is None and not member.pinned:
            continue  # warmth from endorsements or an employer: the thank-you list or nothing
        due = _due(member.last_exchange, CIRCLE2_EVERY, today)
        evidence = circle_reason(member.reasons[0], until) if member.reasons else _("no exchange in the export")
        reason = _("Circle 2, among your strongest ties there ({evidence}): worth warming up.", evidence=evidence)
        add(
            Action(
                "warm-up",
                member.name,
                member.key,
                due,
                due,
                MINUTES["warm-up"],
                1.0 + min(member.score, 100) / 100,
                reason,
                _first_line("warm-up", member.name, member.company),
                member.reasons,
                Source(connections, member.line or None),
            )
        )
    for action in to_thank(export, analyses, today):
        add(action)
    for action in invitations(export, today):
        add(action)
    return list(actions.values())


def _first_line(kind: str, name: str, company: str, skill: str = "") -> Message:
    first = first_name(name)
    if kind == "call":
        if company:
            return _(
                "Hello {first_name}, it has been a while: how are things at {company}? Could we talk this week?",
                first_name=first,
                company=company,
            )
        return _("Hello {first_name}, it has been a while: how are you? Could we talk this week?", first_name=first)
    if kind == "warm-up":
        if company:
            return _(
                "Hello {first_name}, what are you working on these days at {company}?",
                first_name=first,
                company=company,
            )
        return _("Hello {first_name}, what are you working on these days?", first_name=first)
    if kind == "thank-endorsement":
        return _(
            "Hello {first_name}, thank you for endorsing my {skill} skill: it means a lot coming from you.",
            first_name=first,
            skill=skill,
        )
    if kind == "thank-recommendation":
        return _(
            "Hello {first_name}, thank you again for your recommendation: how can I return the favour?",
            first_name=first,
        )
    return _("Hello {first_name}, thank you for your invitation: what made you think of connecting?", first_name=first)


def to_thank(export: Export, analyses: Analyses, today: dt.date) -> list[Action]:
    """People who endorsed or recommended you and got nothing back: no endorsement or recommendation from you, no
    message from you since."""
    ties = analyses.ties
    latest: dict[str, tuple[dt.datetime | None, str, int, str]] = {}  # key -> (when, skill or "", line, file)
    for endorsement in export.endorsements_received:
        tie = ties.find(endorsement.full_name, endorsement.profile_url)
        if tie is None:
            continue
        known = latest.get(tie.key)
        if known is None or (endorsement.endorsed_at or dt.datetime.min) > (known[0] or dt.datetime.min):
            latest[tie.key] = (
                endorsement.endorsed_at,
                endorsement.skill,
                endorsement.line,
                export.file_of("endorsements_received"),
            )
    for recommendation in export.recommendations_received:
        tie = ties.find(recommendation.full_name)
        if tie is None:
            continue  # a recommendation weighs more than an endorsement: it replaces it
        latest[tie.key] = (
            recommendation.created_at,
            "",
            recommendation.line,
            export.file_of("recommendations_received"),
        )
    actions = []
    for key, (when, skill, line, file) in latest.items():
        tie = ties.by_key.get(key)
        if tie is None or tie.endorsements_given or tie.recommendations_given:
            continue
        if tie.last_sent is not None and (when is None or tie.last_sent >= when):
            continue
        day = when.date() if when else None
        due = _due(day, ANSWER_WITHIN, today)
        if skill:
            reason = (
                _(
                    "{name} endorsed your {skill} skill on {day}; you have not given anything back.",
                    name=tie.name,
                    skill=skill,
                    day=day,
                )
                if day
                else _(
                    "{name} endorsed your {skill} skill; you have not given anything back.", name=tie.name, skill=skill
                )
            )
            line_kind = "thank-endorsement"
        else:
            reason = (
                _(
                    "{name} wrote you a recommendation on {day}; you have not given anything back.",
                    name=tie.name,
                    day=day,
                )
                if day
                else _("{name} wrote you a recommendation; you have not given anything back.", name=tie.name)
            )
            line_kind = "thank-recommendation"
        value = 2.5 if skill else 2.8
        actions.append(
            Action(
                "thank",
                tie.name,
                key,
                due,
                due,
                MINUTES["thank"],
                value,
                reason,
                _first_line(line_kind, tie.name, tie.company, skill),
                (),
                Source(file, line or None),
            )
        )
    return actions


def invitations(export: Export, today: dt.date) -> list[Action]:
    """Invitations you received and have not answered (Invitations.csv lists the pending ones)."""
    actions = []
    file = export.file_of("invitations")
    for invitation in export.invitations:
        sender = " ".join(invitation.sender.split())
        if invitation.direction != "incoming" or not sender:
            continue
        key = url_key(invitation.sender_profile) if invitation.sender_profile else f"name/{name_key(sender)}"
        day = invitation.sent_at.date() if invitation.sent_at else None
        due = _due(day, ANSWER_WITHIN, today)
        reason = (
            _(
                "{name} invited you to connect on {day}; the invitation waits for your answer.",
                name=sender,
                day=day,
            )
            if day
            else _("{name} invited you to connect; the invitation waits for your answer.", name=sender)
        )
        actions.append(
            Action(
                "invitation",
                sender,
                key,
                due,
                due,
                MINUTES["invitation"],
                2.0,
                reason,
                _first_line("invitation", sender, ""),
                (),
                Source(file, invitation.line or None),
            )
        )
    return actions


def schedule(actions: list[Action], today: dt.date, weeks: int, per_week: int) -> tuple[tuple[Week, ...], int]:
    """Weeks of at most `per_week` actions, the most valuable first: what a full week cannot hold moves to the next
    one. A week first takes the most valuable action of each kind, then the most valuable of the rest: a large
    circle 1 going quiet would otherwise leave no room, week after week, for a thank-you or an invitation's answer.
    Returns the weeks and how many actions did not fit in them."""
    pending = sorted(actions, key=lambda a: (a.due, -a.value, a.key))
    out = []
    waiting: list[Action] = []
    position = 0
    for number in range(1, weeks + 1):
        start = today + dt.timedelta(weeks=number - 1)
        end = start + dt.timedelta(days=6)
        while position < len(pending) and pending[position].due <= end:
            waiting.append(pending[position])
            position += 1
        waiting.sort(key=lambda a: (-a.value, a.due, a.key))
        chosen: list[Action] = []
        kinds: set[str] = set()
        for action in waiting:  # the best of each kind, by value
            if len(chosen) < per_week and action.kind not in kinds:
                kinds.add(action.kind)
                chosen.append(action)
        taken = {id(action) for action in chosen}
        rest = [action for action in waiting if id(action) not in taken]
        room = per_week - len(chosen)
        chosen += rest[:room]
        waiting = rest[room:]
        placed = [dataclasses.replace(a, on=max(a.due, start)) for a in chosen]
        placed.sort(key=lambda a: (a.on, -a.value, a.key))
        out.append(Week(number, start, tuple(placed)))
    return tuple(out), len(waiting) + len(pending) - position
