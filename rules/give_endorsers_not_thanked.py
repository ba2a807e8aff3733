"""People who endorsed you heard back from you.

What:
    For every person in Endorsement_Received_Info.csv, looks for a sign you gave back: an endorsement you gave
    them (any date), a recommendation you wrote for them, or a message you sent them after their first
    endorsement. One finding sums up those who got none, with up to 10 of them as evidence (most recent
    endorsements first). Skipped without Endorsement_Received_Info.csv.

Why:
    Step 4 of the method: "donner pour recevoir", give in order to receive. An endorsement is a small gift; a
    thank-you message, or endorsing a skill of theirs you have seen at work, keeps the tie alive (circle 2 of
    step 2 is made of such ties, and weak ties matter: guidance-facts §4).

Options:
    none.

Passes:
    Léa Martin endorsed you for S&OP in March; you endorsed her for Leadership a few days later.

Fails:
    Sara Lopez endorsed you for S&OP in March; you never endorsed, recommended or wrote to her since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from auditor.analysis.circles import join_names
from auditor.analysis.people import name_key, url_key
from auditor.analysis.ties import Ties
from auditor.findings import Evidence, Finding, t
from auditor.model import Endorsement, Export
from auditor.rule import Context
from auditor.rulekit import require_section

CODE = "GIV-002"
NAME = "give.endorsers-not-thanked"
STEP = "step4"
SEVERITY = "info"
OPTIONS: dict[str, object] = {}

MAX_NAMES = 10


@dataclass
class _Endorser:
    name: str
    keys: set[str]
    first: dt.datetime | None
    latest: Endorsement
    skills: list[str] = field(default_factory=list)


def _keys(name: str, url: str) -> set[str]:
    keys = {f"name/{name_key(name)}"} if name_key(name) else set()
    if url.strip():
        keys.add(url_key(url))
    return keys


def _last_sent(ties: Ties) -> dict[str, dt.datetime]:
    """Person key -> the last message you sent them, from the shared ties (no pass over the messages here).

    A tie is keyed by profile URL when one is known, else by `name/<folded name>`; its name is added as a key too
    (each part of a comma-separated group name, as 2018 archives write recipients), so that an endorsement
    without a URL still meets the messages you sent to that person's profile."""
    last: dict[str, dt.datetime] = {}
    for tie in ties.by_key.values():
        when = tie.last_sent
        if when is None:
            continue
        keys = {tie.key}
        keys.update(f"name/{name_key(part)}" for part in tie.name.split(",") if name_key(part))
        for key in keys:
            if key not in last or when > last[key]:
                last[key] = when
    return last


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    require_section(export, ctx, "endorsements_received", "Endorsement_Received_Info.csv")
    endorsers: dict[str, _Endorser] = {}
    index: dict[str, str] = {}  # any key of a person -> their first key
    for endorsement in export.endorsements_received:
        keys = _keys(endorsement.full_name, endorsement.profile_url)
        if not keys:
            continue
        known = next((index[k] for k in keys if k in index), None)
        if known is None:
            known = sorted(keys)[0]
            endorsers[known] = _Endorser(" ".join(endorsement.full_name.split()), set(), None, endorsement)
        person = endorsers[known]
        person.keys |= keys
        index.update(dict.fromkeys(keys, known))
        person.skills.append(endorsement.skill)
        when = endorsement.endorsed_at
        if when is not None and (person.first is None or when < person.first):
            person.first = when
        if when is not None and (person.latest.endorsed_at is None or when > person.latest.endorsed_at):
            person.latest = endorsement
    if not endorsers:
        return
    given = set()
    for endorsement in export.endorsements_given:
        given |= _keys(endorsement.full_name, endorsement.profile_url)
    for recommendation in export.recommendations_given:
        given |= _keys(recommendation.full_name, "")
    last_sent = _last_sent(ctx.analyses.ties)
    unthanked = []
    for person in endorsers.values():
        if person.keys & given:
            continue
        sent = [last_sent[k] for k in person.keys if k in last_sent]
        if sent and (person.first is None or max(sent) >= person.first):
            continue
        unthanked.append(person)
    if not unthanked:
        return
    unthanked.sort(key=lambda p: p.latest.endorsed_at or dt.datetime.min, reverse=True)
    file = export.file_of("endorsements_received", "Endorsement_Received_Info.csv")
    shown = unthanked[:MAX_NAMES]
    names = join_names([p.name for p in shown[:3]])
    yield Finding(
        what=t(
            f"{len(unthanked)} of the {len(endorsers)} people who endorsed you never heard back: no endorsement, "
            "recommendation or message from you since.",
            f"{len(unthanked)} des {len(endorsers)} personnes qui ont validé vos compétences n'ont eu aucun retour : "
            "ni validation, ni recommandation, ni message de votre part depuis.",
        ),
        why=t(
            "Step 4 of the method: give in order to receive; an endorsement is a small gift that deserves an answer.",
            "Étape 4 de la méthode : donner pour recevoir ; une validation est un petit cadeau qui mérite un retour.",
        ),
        fix=t(
            f"Thank {names.en} this week with a short message, and endorse the skills of theirs you have seen at work.",
            f"Remerciez {names.fr} cette semaine par un court message, et validez les compétences que vous leur avez "
            "vu mettre en œuvre.",
        ),
        evidence=tuple(
            Evidence(
                file,
                p.latest.line,
                f"{p.name} endorsed {', '.join(dict.fromkeys(p.skills))}"
                + (f" on {p.latest.endorsed_at:%Y-%m-%d}" if p.latest.endorsed_at else ""),
            )
            for p in shown
        ),
    )
