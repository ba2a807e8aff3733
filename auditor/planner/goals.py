"""Give and take per person and in total (step 4), and the goals linked to what serves them (step 1)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from auditor.analysis import Analyses
from auditor.analysis.people import name_key, url_key
from auditor.config import Config, Goal
from auditor.findings import Finding
from auditor.i18n import Message, Verbatim, _
from auditor.model import Export
from auditor.planner.model import Exchange, GiveTake, GoalPlan, Pitch, PitchSentence, RoutinePlan, Target

PEOPLE_SHOWN = 50
SUGGESTED_KEYWORDS = 3


def give_take(export: Export, analyses: Analyses, to_thank: int) -> GiveTake:
    ties = analyses.ties
    sent: Counter[str] = Counter()
    received: Counter[str] = Counter()
    names: dict[str, str] = {}
    for invitation in export.invitations:
        outgoing = invitation.direction == "outgoing"
        name = invitation.recipient if outgoing else invitation.sender
        url = invitation.recipient_profile if outgoing else invitation.sender_profile
        tie = ties.find(name, url)
        key = tie.key if tie is not None else (url_key(url) if url else f"name/{name_key(name)}")
        names.setdefault(key, tie.name if tie is not None else " ".join(name.split()))
        (sent if outgoing else received)[key] += 1
    people = []
    for tie in ties.by_key.values():
        if not tie.mentioned and tie.key not in names:
            continue  # a connection and nothing else: nothing given or received
        exchange = Exchange(
            tie.key,
            tie.name,
            tie.recommendations_given,
            tie.recommendations_received,
            tie.endorsements_given,
            tie.endorsements_received,
            tie.started_by_owner,
            tie.started_by_them,
            sent.pop(tie.key, 0),
            received.pop(tie.key, 0),
        )
        if exchange.given or exchange.received:
            people.append(exchange)
    for key in {*sent, *received}:  # invited people the export knows nothing else of
        people.append(Exchange(key, names[key], 0, 0, 0, 0, 0, 0, sent[key], received[key]))
    people.sort(key=lambda e: (e.given - e.received, -e.received, e.name))
    totals = tuple((line.kind, line.given, line.received) for line in analyses.ledger.lines)
    return GiveTake(totals, tuple(people[:PEOPLE_SHOWN]), len(people), to_thank)


def goal_plans(
    export: Export,
    config: Config,
    targets: Sequence[Target],
    routines: Sequence[RoutinePlan],
    findings: Sequence[Finding],
    pitch: Pitch,
) -> tuple[GoalPlan, ...]:
    about_goals = [f for f in findings if f.step == "step1"]
    out = []
    for index, goal in enumerate(config.goals):
        mine = [t for t in targets if t.goal == index]
        out.append(
            GoalPlan(
                index=index,
                kind=goal.kind,
                text=goal.text,
                targets=len(mine),
                contacts=sum(t.contacts for t in mine),
                routines=tuple(r.index for r in routines if index in r.serves),
                findings=tuple(f.fingerprint for f in about_goals if _about(f, goal)),
                pitch=_material(pitch, index, goal.keywords),
                suggestion=None if goal.is_specific else suggested_keywords(export),
            )
        )
    return tuple(out)


def _about(finding: Finding, goal: Goal) -> bool:
    """Whether a step-1 finding is about this goal: the goal rules key a finding by the goal (`kind:text`) or by
    one of its keywords; a finding without a key is about the goals as a whole."""
    key = finding.key.casefold()
    return not key or key == f"{goal.kind}:{goal.text}".casefold() or key in (k.casefold() for k in goal.keywords)


def _material(pitch: Pitch, index: int, keywords: Sequence[str]) -> tuple[PitchSentence, ...]:
    if not pitch.drafts:
        return ()
    folded = [keyword.casefold() for keyword in keywords if keyword.strip()]
    return tuple(
        sentence
        for sentence in pitch.drafts[-1].sentences
        if sentence.source.key.startswith(f"goals[{index}].")
        or any(keyword in sentence.fact.casefold() for keyword in folded)
    )


def suggested_keywords(export: Export) -> Message | None:
    """A `keywords = [...]` line from the profile's own words: its first skills, else its headline's parts."""
    words = [skill.name for skill in export.skills[:SUGGESTED_KEYWORDS] if skill.name]
    if not words and export.profile is not None and export.profile.headline:
        parts = [part.strip() for part in export.profile.headline.replace("|", ",").split(",")]
        words = [part for part in parts if part][:SUGGESTED_KEYWORDS]
    if not words:
        return None
    line = "keywords = " + json.dumps(words, ensure_ascii=False)
    return _("From your profile's own words: {line}", line=Verbatim(line))
