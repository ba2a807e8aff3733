"""NET-004 network.pending-invitations."""

from __future__ import annotations

import datetime as dt

from auditor.model import Invitation
from auditor.rules import network_pending_invitations as rule

from ..factory import OWNER, model_export, run_rule, skip_reason
from .helpers import without_sources


def _sent(name: str, url: str, day: int) -> Invitation:
    return Invitation(OWNER, name, dt.datetime(2026, 9, day, 9), "", "outgoing", "", url, 10 + day)


def _with(*invitations: Invitation):  # type: ignore[no-untyped-def]
    return model_export(invitations=(*model_export().invitations, *invitations))


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_too_many_pending_sent() -> None:
    strangers = [_sent(f"Stranger {n}", f"https://www.linkedin.com/in/stranger-{n}", n + 1) for n in range(25)]
    (finding,) = run_rule(rule, _with(*strangers))
    assert finding.key == "sent"
    assert finding.what.en.startswith("26 invitations you sent are still pending")
    assert finding.evidence[0].file == model_export().sources["invitations"].files[0]
    assert finding.evidence[1].text("en") == "to Stranger 0, sent September 1, 2026"  # oldest first
    assert len(finding.evidence) == 11


def test_pass_when_sent_invitations_were_accepted() -> None:
    # Invitations to people who are connections now were accepted: they are not pending.
    accepted = [
        _sent(f"Person{n} Contact{n}", f"https://www.linkedin.com/in/person{n}-contact{n}", n + 1) for n in range(25)
    ]
    assert run_rule(rule, _with(*accepted)) == []


def test_fail_old_received_invitation() -> None:
    old = Invitation(
        "Aurélie Dumont, MSc",
        OWNER,
        dt.datetime(2026, 8, 1, 10),
        "",
        "incoming",
        "https://www.linkedin.com/in/aurelie-dumont",
        "",
        9,
    )
    (finding,) = run_rule(rule, _with(old))
    assert finding.key == "received"
    assert "starting with Aurélie Dumont:" in finding.fix.en
    assert "en commençant par Aurélie Dumont\u00a0:" in finding.fix.fr
    assert finding.evidence[0].row == 9


def test_pass_with_longer_max_age() -> None:
    old = Invitation("Aurélie Dumont", OWNER, dt.datetime(2026, 8, 1, 10), "", "incoming", "", "", 9)
    assert run_rule(rule, _with(old), max_age_days=120) == []


def test_skips_without_invitations() -> None:
    export = without_sources("invitations")
    assert "Invitations.csv" in skip_reason(rule, export)
