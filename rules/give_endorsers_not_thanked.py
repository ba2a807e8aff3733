"""People who endorsed you heard back from you.

What:
    For every person in Endorsement_Received_Info.csv, looks for a sign you gave back: an endorsement you gave
    them (any date), a recommendation you wrote for them, or a message you sent them after their first
    endorsement. One finding sums up those who got none, with up to 10 of them as evidence (most recent
    endorsements first). People are matched as in every analysis, by profile URL, else by name; a sign given to
    someone of the same name counts too (a profile URL can differ between files). Skipped without
    Endorsement_Received_Info.csv.

Why:
    Step 4 of the method: "donner pour recevoir", give in order to receive. An endorsement is a small gift; a thank-you
    message, or endorsing a skill of theirs you have seen at work, keeps the tie alive (circle 2 of step 2 is made of
    such ties, and weak ties are the ones that carried most job moves [granovetter-1973] [rajkumar-2022]).

Passes:
    Léa Martin endorsed you for S&OP in March; you endorsed her for Leadership a few days later.

Fails:
    Sara Lopez endorsed you for S&OP in March; you never endorsed, recommended or wrote to her since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from auditor.analysis.people import name_key
from auditor.analysis.ties import Tie, Ties
from auditor.findings import Evidence, Finding
from auditor.i18n import Names, _, n_
from auditor.model import Endorsement, Export
from auditor.rule import Context, Need, Option

CODE = "GIV-002"
NAME = "give.endorsers-not-thanked"
STEP = "step4"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("endorsements_received",)

MAX_NAMES = 10


@dataclass
class _Endorser:
    tie: Tie  # what passed between you: endorsements and recommendations you gave, your last message
    name: str
    first: dt.datetime | None  # their first endorsement
    latest: Endorsement
    skills: list[str] = field(default_factory=list)

    def thanked(self, signs: dict[str, _Sign]) -> bool:
        """A sign given back to them, or to someone of the same name: a profile URL can differ between the
        export's files, and telling someone they never thanked a person they did costs more than missing one."""
        namesake = signs.get(name_key(self.name)) if name_key(self.name) else None  # no name: nobody alike
        return _gave_back(_sign(self.tie), self.first) or _gave_back(namesake, self.first)


# What you gave someone: (an endorsement or a recommendation, the last message you sent them).
_Sign = tuple[bool, dt.datetime | None]


def _sign(tie: Tie) -> _Sign:
    return bool(tie.endorsements_given or tie.recommendations_given), tie.last_sent


def _gave_back(sign: _Sign | None, since: dt.datetime | None) -> bool:
    if sign is None:
        return False
    gave, last_sent = sign
    return gave or (last_sent is not None and (since is None or last_sent >= since))


def _signs_by_name(ties: Ties) -> dict[str, _Sign]:
    """Folded name -> what you gave anyone of that name (only the people you gave something, a few thousand at
    most)."""
    signs: dict[str, _Sign] = {}
    for tie in ties.by_key.values():
        if not name_key(tie.name) or (
            tie.last_sent is None and not tie.endorsements_given and not tie.recommendations_given
        ):
            continue
        gave, last_sent = _sign(tie)
        before = signs.get(name_key(tie.name))
        if before is not None:
            gave = gave or before[0]
            last_sent = max(filter(None, (last_sent, before[1])), default=None)
        signs[name_key(tie.name)] = (gave, last_sent)
    return signs


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not export.endorsements_received:
        ctx.not_applicable(_("Nobody has endorsed your skills yet."))
    ties = ctx.analyses.ties  # the same person matching as every analysis: by profile URL, else by name
    endorsers: dict[str, _Endorser] = {}
    for endorsement in export.endorsements_received:
        tie = ties.find(endorsement.full_name, endorsement.profile_url)
        if tie is None:  # no name and no URL, or yourself
            continue
        person = endorsers.get(tie.key)
        if person is None:
            name = " ".join(endorsement.full_name.split()) or tie.name
            person = endorsers[tie.key] = _Endorser(tie, name, None, endorsement)
        person.skills.append(endorsement.skill)
        when = endorsement.endorsed_at
        if when is not None and (person.first is None or when < person.first):
            person.first = when
        if when is not None and (person.latest.endorsed_at is None or when > person.latest.endorsed_at):
            person.latest = endorsement
    signs = _signs_by_name(ties)
    unthanked = [person for person in endorsers.values() if not person.thanked(signs)]
    if not unthanked:
        return
    unthanked.sort(key=lambda p: p.latest.endorsed_at or dt.datetime.min, reverse=True)
    file = export.file_of("endorsements_received")
    shown = unthanked[:MAX_NAMES]
    if len(endorsers) == 1:
        what = _(
            "The one person who endorsed you never heard back: no endorsement, recommendation or message from you "
            "since."
        )
    else:
        # The plural follows those left without an answer (French: "1 des 6 personnes … n'a eu aucun retour").
        what = n_(
            "{n} of the {people} people who endorsed you never heard back: no endorsement, recommendation or "
            "message from you since.",
            "{n} of the {people} people who endorsed you never heard back: no endorsement, recommendation or "
            "message from you since.",
            len(unthanked),
            people=len(endorsers),
        )
    first = tuple(p.name for p in shown[:3])
    yield Finding(
        what=what,
        why=_(
            "Step 4 of the method: give in order to receive; an endorsement is a small gift that deserves an answer."
        ),
        fix=n_(
            "Thank {names} this week with a short message, and endorse the skills of theirs you have seen at work.",
            "Thank {names} this week with a short message, and endorse the skills of theirs you have seen at work.",
            len(first),
            names=Names(first),
        ),
        evidence=tuple(
            Evidence(
                file,
                p.latest.line,
                _(
                    "{name} endorsed {skills} on {day}",
                    name=p.name,
                    skills=Names(tuple(dict.fromkeys(p.skills))),
                    day=p.latest.endorsed_at,
                )
                if p.latest.endorsed_at
                else _("{name} endorsed {skills}", name=p.name, skills=Names(tuple(dict.fromkeys(p.skills)))),
            )
            for p in shown
        ),
    )
