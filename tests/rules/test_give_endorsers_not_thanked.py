"""GIV-002 give.endorsers-not-thanked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.model import Endorsement, Export, Message
from auditor.rule import Rule
from auditor.rules import give_endorsers_not_thanked as rule

from ..factory import OWNER, OWNER_URL, context_for, model_export, run_rule, skip_reason
from .helpers import without_sources

SARA_URL = "https://www.linkedin.com/in/sara-lopez"
SARA = Endorsement(dt.datetime(2026, 3, 1), "S&OP", "Sara", "Lopez", "www.linkedin.com/in/sara-lopez", "ACCEPTED", 7)


def _to_sara(when: dt.datetime) -> Message:
    return Message("sara-1", "", OWNER, OWNER_URL, "Sara Lopez", (SARA_URL,), when, "", 500)


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
    assert (evidence.row, evidence.text("en")) == (7, "Sara Lopez endorsed S&OP on March 1, 2026")
    assert evidence.text("fr") == "Sara Lopez a validé S&OP le 1er mars 2026"
    assert "n'a eu aucun retour" in finding.what.fr  # one of them: singular
    assert "que vous lui avez vu mettre en œuvre" in finding.fix.fr
    assert finding.evidence[0].file == model_export().sources["endorsements_received"].files[0]


def test_pass_when_messaged_after_the_endorsement() -> None:
    assert run_rule(rule, _with(_to_sara(dt.datetime(2026, 3, 4, 10)))) == []


def test_fail_when_messaged_only_before() -> None:
    assert len(run_rule(rule, _with(_to_sara(dt.datetime(2025, 12, 4, 10))))) == 1


def test_pass_when_endorsement_has_no_url_and_message_went_to_the_profile() -> None:
    no_url = dataclasses.replace(SARA, profile_url="")
    assert run_rule(rule, _with(_to_sara(dt.datetime(2026, 3, 4, 10)), endorsements=(no_url,))) == []


def test_pass_when_a_2018_group_message_names_the_endorser() -> None:
    group = Message("", "", OWNER, "", "Bob Martin, Sara Lopez", (), dt.datetime(2026, 3, 4, 10), "outgoing", 501)
    assert run_rule(rule, _with(group)) == []


class _Untouchable(tuple):  # type: ignore[type-arg]
    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the rule must read the shared ties, not the messages")


def test_pass_reads_the_shared_ties_not_the_messages() -> None:
    export = _with(_to_sara(dt.datetime(2026, 3, 4, 10)))
    ctx = context_for(Rule.from_module(rule), export)
    guarded: Export = dataclasses.replace(export, messages=_Untouchable(export.messages))
    assert list(Rule.from_module(rule).check(guarded, ctx)) == []


def test_up_to_ten_names_most_recent_first() -> None:
    many = tuple(
        Endorsement(dt.datetime(2026, 1, 1 + n), "Lean", f"Name{n}", "Endorser", "", "ACCEPTED", 20 + n)
        for n in range(12)
    )
    (finding,) = run_rule(rule, _with(endorsements=many))
    assert len(finding.evidence) == 10
    assert finding.evidence[0].text("en") == "Name11 Endorser endorsed Lean on January 12, 2026"
    assert "12 of the 17 people" in finding.what.en
    assert finding.what.fr.startswith("12 des 17 personnes qui ont validé vos compétences n'ont eu aucun retour")
    assert "Thank Name11 Endorser, Name10 Endorser, and Name9 Endorser this week" in finding.fix.en
    assert "Remerciez Name11 Endorser, Name10 Endorser et Name9 Endorser" in finding.fix.fr


def test_skips_without_endorsements_file() -> None:
    export = without_sources("endorsements_received")
    assert "Endorsement_Received_Info.csv" in skip_reason(rule, export)


def test_pass_when_the_message_went_to_another_profile_of_the_same_name() -> None:
    # A profile URL can differ between the export's files: a sign to someone of the same name counts.
    renamed = dataclasses.replace(SARA, profile_url="www.linkedin.com/in/sara-lopez-1a2b")
    assert run_rule(rule, _with(_to_sara(dt.datetime(2026, 3, 4, 10)), endorsements=(renamed,))) == []


def test_fail_when_only_another_nameless_person_got_a_sign() -> None:
    # Without a name there is no namesake: a sign to one nameless profile does not thank another.
    anon = Endorsement(dt.datetime(2026, 3, 1), "S&OP", "", "", "www.linkedin.com/in/anon-a", "ACCEPTED", 8)
    given = Endorsement(dt.datetime(2026, 3, 2), "Lean", "", "", "www.linkedin.com/in/anon-b", "ACCEPTED", 9)
    base = model_export()
    export = model_export(
        endorsements_received=(*base.endorsements_received, anon),
        endorsements_given=(*base.endorsements_given, given),
    )
    (finding,) = run_rule(rule, export)
    assert finding.what.en.startswith("1 of the 6 people who endorsed you never heard back")


def test_the_one_endorser_is_said_in_words() -> None:
    (finding,) = run_rule(rule, model_export(endorsements_received=(SARA,)))
    assert finding.what.en.startswith("The one person who endorsed you never heard back")
    assert finding.what.fr.startswith("La seule personne qui a validé vos compétences n'a eu aucun retour\u00a0:")
