"""GIV-004 give.unanswered-conversations."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.model import Message
from auditor.rules import give_unanswered_conversations as rule

from ..factory import OWNER, OWNER_URL, model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources


def _unanswered(n: int, title: str = "") -> tuple[Message, ...]:
    return tuple(
        Message(
            f"cold-{k}",
            title,
            f"Recruiter {k}",
            f"https://www.linkedin.com/in/recruiter-{k}",
            OWNER,
            (OWNER_URL,),
            dt.datetime(2026, 9, 1, 9) + dt.timedelta(days=k),
            "",
            700 + k,
        )
        for k in range(n)
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_most_conversations_unanswered() -> None:
    export = model_export(messages=(*model_export().messages, *_unanswered(40)))
    (finding,) = run_rule(rule, export)
    assert finding.what.en == "You never answered 40 of the 76 conversations others started with you (53%)."
    assert finding.what.fr == (
        "Vous n'avez jamais répondu à 40 des 76 conversations que d'autres ont lancées avec vous (53\u00a0%)."
    )
    assert finding.evidence[0].text("en").startswith("76 conversations started by others (")


def test_sponsored_conversations_do_not_count() -> None:
    export = model_export(messages=(*model_export().messages, *_unanswered(40, "Sponsored Conversation")))
    assert run_rule(rule, export) == []


def test_not_applicable_below_min_conversations() -> None:
    assert "too few" in not_applicable_reason(rule, model_export(messages=_unanswered(9)))
    assert len(run_rule(rule, model_export(messages=_unanswered(9)), min_conversations=5)) == 1


def test_skips_without_messages() -> None:
    export = without_sources("messages")
    assert "messages.csv" in skip_reason(rule, export)


def test_skips_without_conversation_ids() -> None:
    messages = tuple(dataclasses.replace(m, conversation_id="") for m in model_export().messages)
    assert "conversation IDs" in skip_reason(rule, model_export(messages=messages))
