"""No one in your circle 1 has gone quiet.

What:
    For every connection in circle 1 (the people you know well, scored from messages, reciprocity, recency,
    recommendations, endorsements and shared employers: see `auditor.analysis.circles`), checks that the last
    message either way in messages.csv is less than `quiet_days` days old. One finding per person gone quiet,
    with the date of the last message and how many you exchanged. Skipped without messages.csv.

Why:
    Step 2 of the method asks, for each person of circle 1, how often you see them and whether you should spend
    more time with them. Dunbar's layers (guidance-facts §4) put about 15 people in the "sympathy group" kept
    close by about monthly contact (about 5 of them weekly): half a year of silence is how a close tie turns into
    a distant one.

Options:
    quiet_days: days without any message after which a circle-1 tie counts as quiet (default 180).

Passes:
    Léa Martin, 24 messages both ways, the last one 13 days ago.

Fails:
    Léa Martin, 24 messages both ways, the last one 7 months ago.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need
from auditor.words import circle_reason, duration, long_date

CODE = "NET-003"
NAME = "network.circle1-quiet"
STEP = "step2"
SEVERITY = "warn"
OPTIONS: dict[str, object] = {"quiet_days": 180}
NEEDS: tuple[Need, ...] = ("messages", "connections")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    circles = ctx.analyses.circles
    if not circles.circle1:
        ctx.not_applicable("Nobody is in circle 1 (see NET-005).", "Personne n'est dans le cercle 1 (voir NET-005).")
    connections = export.file_of("connections")
    for member in circles.quiet(ctx.options["quiet_days"]):
        tie = member.tie
        why = t(
            "The ~15 people closest to you stay close with about monthly contact (Dunbar's layers).",
            "Les quelque 15 personnes les plus proches le restent grâce à un contact environ mensuel (couches de "
            "Dunbar).",
        )
        reasons = "; ".join(circle_reason(reason, ctx.analyses.data_until).en for reason in member.reasons)
        evidence = Evidence(connections, member.line or None, f"{member.name}: circle 1 ({reasons})")
        if tie.last_exchange is None:
            yield Finding(
                what=t(
                    f"{member.name} is in your circle 1, but you exchanged no message on LinkedIn in this archive.",
                    f"{member.name} fait partie de votre premier cercle, mais vous n'avez échangé aucun message sur "
                    "LinkedIn dans cette archive.",
                ),
                why=why,
                fix=t(
                    f"Call {member.name} this month, or write to them: no message between you in this archive.",
                    f"Appelez {member.name} ce mois-ci, ou écrivez-lui : aucun message entre vous dans cette archive.",
                ),
                evidence=(evidence,),
                key=member.key,
            )
            continue
        last = tie.last_exchange.date()
        silence = duration((ctx.analyses.data_until - last).days)
        on = long_date(last)
        yield Finding(
            what=t(
                f"You have not exchanged with {member.name}, in your circle 1, for {silence.en} (last message on "
                f"{on.en}, {tie.messages} in all).",
                f"Vous n'avez pas échangé avec {member.name}, de votre premier cercle, depuis {silence.fr} (dernier "
                f"message le {on.fr}, {tie.messages} en tout).",
            ),
            why=why,
            fix=t(
                f"Call {member.name} this month: your last exchange was {silence.en} ago.",
                f"Appelez {member.name} ce mois-ci : votre dernier échange date de {silence.fr}.",
            ),
            evidence=(
                evidence,
                Evidence(
                    export.file_of("messages"),
                    None,
                    f"{member.name}: last message {last}, {tie.sent} sent, {tie.received} received",
                ),
            ),
            key=member.key,
        )
