"""Your circle 1 has a size you can keep close: not empty, not more than about 15 people.

What:
    Counts the connections in circle 1 (the people you know well, scored from messages, reciprocity, recency,
    recommendations, endorsements and shared employers: see `auditor.analysis.circles`). A finding when it holds
    more than `max_circle1` people, or nobody. Skipped without Connections.csv or messages.csv (without messages
    nobody can score as close).

Why:
    Step 2 of the method starts from circle 1, the people you know well. Dunbar's layers put about 5 people in a support
    clique contacted weekly and about 15 in a sympathy group contacted monthly [dunbar-layers] (unverified summary); the
    layers of 3-5 and 9-15 people are measured in [zhou-2005], and online networks do not escape them [dunbar-2016]
    (both verified). More than 15 "close" ties cannot all get monthly attention; none means nobody in the export to rely
    on.

Passes:
    6 people in circle 1.

Fails:
    40 people in circle 1; or 0.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Names, Number, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "NET-005"
NAME = "network.circle1-size"
STEP = "step2"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_circle1": Option(15, "the largest circle 1 that passes (Dunbar's sympathy group).", unit="count"),
}
NEEDS: tuple[Need, ...] = ("connections", "messages")

MAX_NAMES = 10


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    circles = ctx.analyses.circles
    largest: int = ctx.options["max_circle1"]
    file = export.file_of("connections")
    size = len(circles.circle1)
    summary = Evidence(
        file,
        None,
        n_(
            "circle 1: {size} of {n} connection (score ≥ {threshold})",
            "circle 1: {size} of {n} connections (score ≥ {threshold})",
            len(circles.by_key),
            size=size,
            threshold=Number(circles.threshold, 2),
        ),
    )
    if size > largest:
        weakest = circles.circle1[largest:][-MAX_NAMES:]
        yield Finding(
            what=n_(
                "Your circle 1 holds {n} person: more than the {max} you can keep close.",
                "Your circle 1 holds {n} people: more than the {max} you can keep close.",
                size,
                max=largest,
            ),
            why=_(
                "Step 2 of the method: Dunbar's layers put about 15 people in the group we keep close with monthly "
                "contact."
            ),
            fix=n_(
                "Choose the {n} person who matters most for your goals and plan a monthly contact with them; let the "
                "others, such as {names}, live in circle 2 with a yearly note.",
                "Choose the {n} people who matter most for your goals and plan a monthly contact with them; let the "
                "others, such as {names}, live in circle 2 with a yearly note.",
                largest,
                names=Names(tuple(member.name for member in weakest[-3:])),
            ),
            evidence=(
                summary,
                *(
                    Evidence(file, m.line or None, _("{name}: score {score}", name=m.name, score=Number(m.score, 2)))
                    for m in weakest
                ),
            ),
            key="large",
        )
    elif size == 0:
        strongest = [member for member in circles.circle2[:3] if member.score > 0]
        yield Finding(
            what=_("Nobody in your archive looks close: no connection with regular two-way exchanges."),
            why=_("Step 2 of the method starts from circle 1, the people you know well and can count on."),
            fix=_(
                "List five people you trust, inside and outside your company, and write to each of them this month, "
                "starting with {names}.",
                names=Names(tuple(member.name for member in strongest)),
            )
            if strongest
            else _(
                "List five people you trust, inside and outside your company, and write to each of them this month."
            ),
            evidence=(
                summary,
                *(
                    Evidence(file, m.line or None, _("{name}: score {score}", name=m.name, score=Number(m.score, 2)))
                    for m in strongest
                ),
            ),
            key="empty",
        )
