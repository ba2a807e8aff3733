"""No one in your circle 1 has gone quiet.

What:
    For every connection in circle 1 (the people you know well, scored from messages, reciprocity, recency,
    recommendations, endorsements and shared employers: see `auditor.analysis.circles`), checks that the last
    message either way in messages.csv is less than `quiet_days` days old. One finding per person gone quiet,
    with the date of the last message and how many you exchanged. Skipped without messages.csv.

Why:
    Step 2 of the method asks, for each person of circle 1, how often you see them and whether you should spend more
    time with them. Dunbar's layers put about 15 people in the "sympathy group" kept close by about monthly contact,
    about 5 of them weekly [dunbar-layers] (a secondary summary, unverified; the layer sizes themselves are verified in
    [zhou-2005]): half a year of silence is how a close tie turns into a distant one.

Passes:
    Léa Martin, 24 messages both ways, the last one 13 days ago.

Fails:
    Léa Martin, 24 messages both ways, the last one 7 months ago.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Days, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.words import circle_reason, listed

CODE = "NET-003"
NAME = "network.circle1-quiet"
STEP = "step2"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "quiet_days": Option(180, "days without any message after which a circle-1 tie counts as quiet.", unit="days"),
}
NEEDS: tuple[Need, ...] = ("messages", "connections")

WHY = _("The ~15 people closest to you stay close with about monthly contact (Dunbar's layers).")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    circles = ctx.analyses.circles
    if not circles.circle1:
        ctx.not_applicable(_("Nobody is in circle 1 (see NET-005)."))
    connections = export.file_of("connections")
    today = ctx.analyses.data_until
    for member in circles.quiet(ctx.options["quiet_days"]):
        tie = member.tie
        reasons = [circle_reason(reason, today) for reason in member.reasons]
        evidence = Evidence(
            connections,
            member.line or None,
            _("{name}: circle 1 ({reasons})", name=member.name, reasons=listed(reasons))
            if reasons
            else _("{name}: circle 1", name=member.name),
        )
        if tie.last_exchange is None:
            yield Finding(
                what=_(
                    "{name} is in your circle 1, but you exchanged no message on LinkedIn in this archive.",
                    name=member.name,
                ),
                why=WHY,
                fix=_(
                    "Call {name} this month, or write to them: no message between you in this archive.",
                    name=member.name,
                ),
                evidence=(evidence,),
                key=member.key,
            )
            continue
        last = tie.last_exchange.date()
        silence = Days((today - last).days)
        yield Finding(
            what=n_(
                "You have not exchanged a message with {name}, in your circle 1, for {span} (last message on {day}, "
                "{n} message in all).",
                "You have not exchanged a message with {name}, in your circle 1, for {span} (last message on {day}, "
                "{n} messages in all).",
                tie.messages,
                name=member.name,
                span=silence,
                day=last,
            ),
            why=WHY,
            fix=_("Call {name} this month: your last exchange was {span} ago.", name=member.name, span=silence),
            evidence=(
                evidence,
                Evidence(
                    export.file_of("messages"),
                    None,
                    _(
                        "{name}: last message on {day}, {sent}, {received}",
                        name=member.name,
                        day=last,
                        sent=n_("{n} sent", "{n} sent", tie.sent),
                        received=n_("{n} received", "{n} received", tie.received),
                    ),
                ),
            ),
            key=member.key,
        )
