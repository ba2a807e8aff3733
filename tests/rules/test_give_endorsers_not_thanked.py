"""GIV-002 give.endorsers-not-thanked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.model import Endorsement, Message
from auditor.rules import give_endorsers_not_thanked as rule

from ..factory import OWNER, OWNER_URL, model_export, run_rule, skip_reason

SARA_URL = "https://www.linkedin.com/in/sara-lopez"
SARA = Endorsement(dt.datetime(2026, 3, 1), "S&OP", "Sara", "Lopez", "www.linkedin.com/in/sara-lopez", "ACCEPTED", 7)


def _to_sara(when: dt.datetime) -> Message:
    return Message(
        "sara-1", "", OWNER, OWNER_URL, "Sara Lopez", (SARA_URL,), when, "", "Thank you!", "INBOX", "", "", 500
    )


def _with(*messages: Message, endorsements: tuple[Endorsement, ...] = (SARA,)):  # type: ignore[no-untyped-def]
    base = model_export()
    return model_export(
        endorsements_received=(*base.endorsements_received, *endorsements),
        messages=(*base.messages, *messages),
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_endorser_never_thanked() -> None:
    (finding,) = run_rule(rule, _with())
    assert finding.what.en.startswith("1 of the 6 people who endorsed you never heard back")
    assert finding.what.fr.startswith("1 des 6 personnes qui ont validé vos compétences")
    assert "Thank Sara Lopez this week" in finding.fix.en
    (evidence,) = finding.evidence
    assert (evidence.row, evidence.value) == (7, "Sara Lopez endorsed S&OP on 2026-03-01")
    assert finding.evidence[0].file == model_export().sources["endorsements_received"].files[0]


def test_pass_when_messaged_after_the_endorsement() -> None:
    assert run_rule(rule, _with(_to_sara(dt.datetime(2026, 3, 4, 10)))) == []


def test_fail_when_messaged_only_before() -> None:
    assert len(run_rule(rule, _with(_to_sara(dt.datetime(2025, 12, 4, 10))))) == 1


def test_up_to_ten_names_most_recent_first() -> None:
    many = tuple(
        Endorsement(dt.datetime(2026, 1, 1 + n), "Lean", f"Name{n}", "Endorser", "", "ACCEPTED", 20 + n)
        for n in range(12)
    )
    (finding,) = run_rule(rule, _with(endorsements=many))
    assert len(finding.evidence) == 10
    assert finding.evidence[0].value == "Name11 Endorser endorsed Lean on 2026-01-12"
    assert "12 of the 17 people" in finding.what.en


def test_skips_without_endorsements_file() -> None:
    export = model_export()
    export = dataclasses.replace(
        export, sources={k: v for k, v in export.sources.items() if k != "endorsements_received"}
    )
    assert "Endorsement_Received_Info.csv" in skip_reason(rule, export)
