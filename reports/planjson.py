"""The plan as JSON (`linkedin-audit plan --json FILE`, and the "plan" key of the audit's JSON).

    schema_version   1
    today, weeks, timezone, language, max_actions_per_week
    goals            [{"index", "kind", "text", "targets", "contacts", "routines", "findings", "pitch", "suggestion"}]:
                     routines by index, findings by fingerprint (the audit's step-1 findings about the goal),
                     pitch as the sentences of the 10-minute draft that serve it
    goals_without_routine, routines_without_goal   [index]
    circles          {"circle1": [member], "circle2_count", "circle2_top": [member], "circle3": [target],
                      "excluded", "without_messages", "notes"}; member: {"key", "name", "company", "position",
                      "circle", "score", "pinned", "last_exchange", "messages", "reasons": [text]}; target:
                      {"kind": company|role|person, "name", "goal", "source", "contacts"}
    introductions    [{"target", "paths": [{"introducer", "kind", "explanation"}], "none_found", "you_were_there"}]
    no_second_degree text
    weeks_planned    [{"number", "start", "minutes", "actions": [{"kind", "person", "key", "due", "on",
                      "minutes", "reason", "first_line", "source"}]}]; later: actions that did not fit
    routines         [{"index", "name", "activity", "count", "per", "per_week", "minutes", "timezone", "first",
                      "rrule", "measurable", "actual_per_week", "serves"}]
    pitch            {"stale": [text], "drafts": [{"minutes", "budget", "words", "short", "sentences":
                      [{"question", "text", "source", "fact"}]}]}
    give_take        {"totals": [{"kind", "given", "received"}], "people": [...], "people_count", "to_thank"}

Texts are written in `language`; a source is {"file", "row", "key"}; dates are ISO.
"""

from __future__ import annotations

from typing import Any

from auditor.analysis.circles import Reason
from auditor.i18n import Message
from auditor.planner.model import Member, Plan, Recurrence, Source, Target
from auditor.words import circle_reason

PLAN_SCHEMA_VERSION = 1


def rrule_text(rule: Recurrence) -> str:
    parts = [f"FREQ={rule.freq}"]
    if rule.interval > 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.byday:
        parts.append("BYDAY=" + ",".join(rule.byday))
    return ";".join(parts)


def _source(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {"file": source.file, "row": source.row, "key": source.key or None}


def plan_dict(plan: Plan, language: str | None = None) -> dict[str, Any]:
    language = language or plan.language
    today = plan.today

    def say(message: Message | None) -> str | None:
        return None if message is None else message.render(language)

    said: dict[Reason, str] = {}  # a large circle 1 shares many reasons ("endorsements both ways"): said once

    def reasons(items: tuple[Reason, ...]) -> list[str]:
        out = []
        for reason in items:
            text = said.get(reason)
            if text is None:
                text = said[reason] = circle_reason(reason, today).render(language)
            out.append(text)
        return out

    def member(m: Member) -> dict[str, Any]:
        return {
            "key": m.key,
            "name": m.name,
            "company": m.company,
            "position": m.position,
            "circle": m.circle,
            "score": m.score,
            "pinned": m.pinned,
            "messages": m.messages,
            "last_exchange": m.last_exchange.isoformat() if m.last_exchange else None,
            "reasons": reasons(m.reasons),
        }

    def target(t: Target) -> dict[str, Any]:
        return {"kind": t.kind, "name": t.name, "goal": t.goal, "source": _source(t.source), "contacts": t.contacts}

    circles = plan.circles
    return {
        "schema_version": PLAN_SCHEMA_VERSION,
        "today": today.isoformat(),
        "weeks": plan.weeks,
        "timezone": plan.timezone,
        "language": language,
        "max_actions_per_week": plan.max_actions_per_week,
        "goals": [
            {
                "index": g.index,
                "kind": g.kind,
                "text": g.text,
                "targets": g.targets,
                "contacts": g.contacts,
                "routines": list(g.routines),
                "findings": list(g.findings),
                "pitch": [say(sentence.text) for sentence in g.pitch],
                "suggestion": say(g.suggestion),
            }
            for g in plan.goals
        ],
        "goals_without_routine": list(plan.goals_without_routine),
        "routines_without_goal": list(plan.routines_without_goal),
        "circles": {
            "circle1": [member(m) for m in circles.circle1],
            "circle2_count": circles.circle2_count,
            "circle2_top": [member(m) for m in circles.circle2_top],
            "circle3": [target(t) for t in circles.circle3],
            "excluded": circles.excluded,
            "without_messages": circles.without_messages,
            "notes": [say(note) for note in circles.notes],
        },
        "introductions": [
            {
                "target": target(i.target),
                "none_found": say(i.none_found),
                "you_were_there": say(i.you_were_there),
                "paths": [
                    {"introducer": member(p.introducer), "kind": p.kind, "explanation": say(p.explanation)}
                    for p in i.paths
                ],
            }
            for i in plan.introductions
        ],
        "no_second_degree": say(plan.no_second_degree),
        "weeks_planned": [
            {
                "number": w.number,
                "start": w.start.isoformat(),
                "minutes": w.minutes,
                "actions": [
                    {
                        "kind": a.kind,
                        "person": a.person,
                        "key": a.key,
                        "due": a.due.isoformat(),
                        "on": a.on.isoformat(),
                        "minutes": a.minutes,
                        "reason": say(a.reason),
                        "first_line": say(a.first_line),
                        "source": _source(a.source),
                    }
                    for a in w.actions
                ],
            }
            for w in plan.schedule
        ],
        "later": plan.later,
        "routines": [
            {
                "index": r.index,
                "name": r.name,
                "activity": r.activity,
                "count": r.count,
                "per": r.per,
                "per_week": r.per_week,
                "minutes": r.minutes,
                "timezone": r.timezone,
                "first": r.first.isoformat(),
                "rrule": rrule_text(r.recurrence),
                "measurable": r.measurable,
                "actual_per_week": r.actual_per_week,
                "serves": list(r.serves),
            }
            for r in plan.routines
        ],
        "pitch": {
            "stale": [say(s) for s in plan.pitch.stale],
            "drafts": [
                {
                    "minutes": d.minutes,
                    "budget": d.budget,
                    "words": d.words,
                    "short": d.short,
                    "sentences": [
                        {"question": s.question, "text": say(s.text), "source": _source(s.source), "fact": s.fact}
                        for s in d.sentences
                    ],
                }
                for d in plan.pitch.drafts
            ],
        },
        "give_take": {
            "totals": [{"kind": k, "given": g, "received": r} for k, g, r in plan.give_take.totals],
            "people": [
                {
                    "key": e.key,
                    "name": e.name,
                    "given": e.given,
                    "received": e.received,
                    "recommendations": [e.recommendations_given, e.recommendations_received],
                    "endorsements": [e.endorsements_given, e.endorsements_received],
                    "conversations_started": [e.conversations_started_by_you, e.conversations_started_by_them],
                    "invitations": [e.invitations_sent, e.invitations_received],
                }
                for e in plan.give_take.people
            ],
            "people_count": plan.give_take.people_count,
            "to_thank": plan.give_take.to_thank,
        },
    }
