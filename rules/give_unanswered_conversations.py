"""You answer the conversations others start with you.

What:
    Counts, in messages.csv, the conversations another person started (sponsored messages left out) and those
    you never replied to. A finding when the unanswered share is above `max_unanswered`, once there are at least
    `min_conversations` such conversations. Skipped without messages.csv, or when it has no conversation IDs
    (archives of 2018), since replies cannot then be matched to the conversation they answer.

Why:
    Step 4 of the method: "donner pour recevoir", give in order to receive; an answer, even a short "no, thank
    you", is the smallest thing you can give. Conversations others open with you are also how people of circles
    2 and 3 (step 2) reach you.

Passes:
    36 conversations started by others, all answered.

Fails:
    20 conversations started by others, 14 of them never answered (70%).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import note_organisations

CODE = "GIV-004"
NAME = "give.unanswered-conversations"
STEP = "step4"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_unanswered": Option(
        0.5,
        "the largest share of conversations started by others left unanswered that passes.",
        unit="share",
    ),
    "min_conversations": Option(
        10,
        "how many conversations started by others before the share is judged.",
        unit="count",
    ),
}
NEEDS: tuple[Need, ...] = ("messages",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    note_organisations(ctx)
    if export.messages and not any(message.conversation_id for message in export.messages):
        ctx.skip(
            "messages.csv has no conversation IDs (archives of 2018): replies cannot be matched to conversations.",
            "messages.csv n'a pas d'identifiants de conversation (archives de 2018) : impossible de rattacher les "
            "réponses aux conversations.",
        )
    ties = ctx.analyses.ties
    started = ties.conversations_started_by_others
    unanswered = started - ties.conversations_answered_by_owner
    if started < ctx.options["min_conversations"]:
        ctx.not_applicable(
            f"Others started {started} conversation(s) with you: too few to judge how you answer.",
            f"D'autres ont lancé {started} conversation(s) avec vous : trop peu pour juger de vos réponses.",
        )
    if unanswered <= ctx.options["max_unanswered"] * started:
        return
    share = round(100 * unanswered / started)
    yield Finding(
        what=t(
            f"You never answered {unanswered} of the {started} conversations others started with you ({share}%).",
            f"Vous n'avez jamais répondu à {unanswered} des {started} conversations que d'autres ont lancées avec "
            f"vous ({share} %).",
        ),
        why=t(
            "Step 4 of the method: give in order to receive; an answer is the smallest thing you can give.",
            "Étape 4 de la méthode : donner pour recevoir ; une réponse est le plus petit des cadeaux.",
        ),
        fix=t(
            "Take 15 minutes each Friday to answer the week's messages, even with a short, polite no.",
            "Prenez 15 minutes chaque vendredi pour répondre aux messages de la semaine, même par un non court et "
            "poli.",
        ),
        evidence=(
            Evidence(
                export.file_of("messages"),
                None,
                f"{started} conversations started by others ({ties.sponsored_messages} sponsored messages left out), "
                f"{ties.conversations_answered_by_owner} answered",
            ),
        ),
    )
