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

from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _, n_
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
            _(
                "{file} has no conversation IDs (archives of 2018): replies cannot be matched to conversations.",
                file=export.file_of("messages"),
            )
        )
    ties = ctx.analyses.ties
    started = ties.conversations_started_by_others
    unanswered = started - ties.conversations_answered_by_owner
    if started < ctx.options["min_conversations"]:
        ctx.not_applicable(
            n_(
                "Others started {n} conversation with you: too few to judge how you answer.",
                "Others started {n} conversations with you: too few to judge how you answer.",
                started,
            )
        )
    if unanswered <= ctx.options["max_unanswered"] * started:
        return
    yield Finding(
        what=_(
            "You never answered {unanswered} of the {started} conversations others started with you ({share}).",
            unanswered=unanswered,
            started=started,
            share=Percent(unanswered / started),
        ),
        why=_("Step 4 of the method: give in order to receive; an answer is the smallest thing you can give."),
        fix=_("Take 15 minutes each Friday to answer the week's messages, even with a short, polite no."),
        evidence=(
            Evidence(
                export.file_of("messages"),
                None,
                _(
                    "{started} ({sponsored} left out), {answered} answered",
                    started=n_("{n} conversation started by others", "{n} conversations started by others", started),
                    sponsored=n_("{n} sponsored message", "{n} sponsored messages", ties.sponsored_messages),
                    answered=ties.conversations_answered_by_owner,
                ),
            ),
        ),
    )
