"""You give at least about as much as you receive.

What:
    Adds up the give-to-receive ledger over the lines where the export shows both sides: recommendations written
    vs received, endorsements given vs received, conversations you started vs conversations others started with
    you, invitations sent vs received. A finding when given / received is below `min_ratio`, once at least
    `min_received` things were received. Comments and reactions are left out: the export does not show those you
    received. A side whose file is not in the archive is unknown, never zero: only the lines with both sides
    count, and the rule is skipped when no line has both. Not applicable while fewer than `min_received` things
    were received.

Why:
    Step 4 of the method: "donner pour recevoir", give in order to receive, and be patient: the more you give to
    your network, the more you get. A ledger where you mostly take is a network that will tire of you.

Passes:
    Given 45 (3 recommendations, 5 endorsements, 36 conversations started, 1 invitation), received 45.

Fails:
    Given 3, received 20 (6 recommendations and 14 endorsements received, none given back).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.ledger import SIDES
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Names, Number, _, p_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "GIV-001"
NAME = "give.balance"
STEP = "step4"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_ratio": Option(
        0.5,
        "the lowest given / received ratio that passes (give at least half what you receive).",
        unit="ratio",
    ),
    "min_received": Option(5, "how many things received before the ratio is judged.", unit="count"),
}
# Ledger lines with both sides in some archive, and the sections behind them: any one lets the rule look.
NEEDS: tuple[Need, ...] = (
    (
        "recommendations_given",
        "recommendations_received",
        "endorsements_given",
        "endorsements_received",
        "messages",
        "invitations",
    ),
)

# Ledger line -> how the audit names it ("the widest gap is in {line}").
LABELS: dict[str, Message] = {
    "recommendations": p_("ledger line", "recommendations"),
    "endorsements": p_("ledger line", "endorsements"),
    "conversations": p_("ledger line", "conversations started"),
    "invitations": p_("ledger line", "invitations"),
}
# Ledger line -> what to do first when the gap is widest there.
FIXES: dict[str, Message] = {
    "recommendations": _(
        "To rebalance, write a recommendation this month for someone who wrote one for you or whose work you know."
    ),
    "endorsements": _(
        "To rebalance, endorse this week the skills you have seen at work in five people who endorsed you."
    ),
    "conversations": _(
        "To rebalance, start one conversation a week yourself: share an article, an introduction or a piece of news "
        "useful to the other person."
    ),
    "invitations": _(
        "To rebalance, invite the people you meet yourself, with a personal note, rather than waiting for their "
        "invitation."
    ),
}


def _missing_sides(export: Export) -> Names:
    """For each ledger line, the files that lack to see both its sides."""
    out = []
    for kind, sides in SIDES.items():
        missing = [export.file_of(s) for s in dict.fromkeys(sides) if s and not export.has(s)]
        if kind in LABELS and missing:
            out.append(_("{line}: {files}", line=LABELS[kind], files=Names(tuple(missing))))
    return Names(tuple(out))


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    # Only lines whose two sides the archive shows: a side whose file is absent is unknown, not zero.
    lines = [(line, line.given or 0, line.received or 0) for line in ctx.analyses.ledger.lines if line.both_sides]
    if not lines:
        ctx.skip(
            _(
                "The archive shows no exchange from both sides (what you gave and what you received): {missing}.",
                missing=_missing_sides(export),
            )
        )
    min_ratio: float = ctx.options["min_ratio"]
    min_received: int = ctx.options["min_received"]
    given = sum(given for _line, given, _received in lines)
    received = sum(received for _line, _given, received in lines)
    if received < min_received:
        ctx.not_applicable(
            _(
                "You received {received} in all ({lines}): too little yet to weigh a balance.",
                received=received,
                lines=Names(tuple(LABELS[line.kind] for line, _given, _received in lines)),
            )
        )
    if given >= min_ratio * received:
        return
    # The line where the gap is widest is the one to act on first.
    worst = max(lines, key=lambda item: item[2] - item[1])[0]
    evidence = tuple(
        Evidence(
            ", ".join(dict.fromkeys(export.file_of(section) for section in SIDES[line.kind] if section)),
            None,
            _("{line}: given {given}, received {received}", line=LABELS[line.kind], given=given_, received=received_),
        )
        for line, given_, received_ in lines
    )
    yield Finding(
        what=_(
            "You gave {given} and received {received} in your network (ratio {ratio}, below {floor}); the widest gap "
            "is in {line}.",
            given=given,
            received=received,
            ratio=Number(given / received, 2),
            floor=Number(min_ratio, 2),
            line=LABELS[worst.kind],
        ),
        why=_("Step 4 of the method: give in order to receive; the more you give to your network, the more you get."),
        fix=FIXES[worst.kind],
        evidence=evidence,
    )
