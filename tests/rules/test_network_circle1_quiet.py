"""NET-003 network.circle1-quiet."""

from __future__ import annotations

import datetime as dt

from auditor.rules import network_circle1_quiet as rule

from ..factory import model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources

LATER = dt.date(2027, 6, 1)  # 7 months after the model member's last messages


def _lea_quiet_since(day: dt.datetime):  # type: ignore[no-untyped-def]
    """The model member, without the messages exchanged with Léa Martin after `day`."""
    kept = tuple(
        m
        for m in model_export().messages
        if not ("lea-martin" in m.sender_url + "".join(m.recipient_urls) and m.sent_at and m.sent_at > day)
    )
    return model_export(messages=kept)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_one_quiet_tie() -> None:
    (finding,) = run_rule(rule, _lea_quiet_since(dt.datetime(2026, 3, 1)))
    assert finding.key == "in/lea-martin"
    assert finding.what.en == (
        "You have not exchanged a message with Léa Martin, in your circle 1, for 8 months (last message on "
        "February 22, 2026, 8 messages in all)."
    )
    assert finding.what.fr == (
        "Vous n'avez échangé aucun message avec Léa Martin, de votre cercle 1, depuis 8\u00a0mois (dernier message "
        "le 22 février 2026, 8 messages en tout)."
    )
    assert finding.fix.fr == "Appelez Léa Martin ce mois-ci\u00a0: votre dernier échange remonte à 8\u00a0mois."
    assert finding.fix.en == "Call Léa Martin this month: your last exchange was 8 months ago."
    assert finding.evidence[0].row == 5
    assert finding.evidence[0].text("en").startswith("Léa Martin: circle 1 (8 messages both ways")
    assert "; " in finding.evidence[0].text("en") and "\u202f; " in finding.evidence[0].text("fr")
    assert finding.evidence[1].text("en") == "Léa Martin: last message on February 22, 2026, 4 sent, 4 received"
    assert finding.evidence[1].text("fr") == "Léa Martin\u00a0: dernier message le 22 février 2026, 4 envoyés, 4 reçus"


def test_pass_audited_later_measures_up_to_the_export_date() -> None:
    # Nothing after the export is in the archive: an audit dated later does not make the ties look quieter.
    assert run_rule(rule, today=LATER) == []


def test_fail_everyone_quiet_with_shorter_quiet_days() -> None:
    findings = run_rule(rule, quiet_days=3)
    assert len({f.key for f in findings}) == len(findings) >= 1


def test_pass_with_longer_quiet_days() -> None:
    assert run_rule(rule, _lea_quiet_since(dt.datetime(2026, 3, 1)), quiet_days=300) == []


def test_skips_without_messages() -> None:
    export = without_sources("messages")
    assert "messages.csv" in skip_reason(rule, export)


def test_not_applicable_with_empty_circle1() -> None:
    assert "circle 1" in not_applicable_reason(rule, model_export(messages=(), recommendations_given=()))
