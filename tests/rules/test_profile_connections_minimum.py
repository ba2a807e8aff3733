"""PRO-015 profile.connections-minimum."""

from __future__ import annotations

from auditor.rules import profile_connections_minimum as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_at_the_minimum() -> None:
    assert run_rule(rule, model_export(connections=model_export().connections[:50])) == []


def test_fail_few_connections() -> None:
    (finding,) = run_rule(rule, model_export(connections=model_export().connections[:12]))
    assert finding.evidence[0].file == model_export().sources["connections"].files[0]
    assert finding.evidence[0].text("en") == "12 connections"
    assert "12 connections, fewer than 50" in finding.what.en and "12 relations, moins de 50" in finding.what.fr
    assert "Invite 38 people" in finding.fix.en and "Invitez 38 personnes" in finding.fix.fr
    assert_bilingual(finding)


def test_fail_empty_file() -> None:
    (finding,) = run_rule(rule, model_export(connections=()))
    assert "0 connections" in finding.what.en and "0 relation," in finding.what.fr
    assert finding.evidence[0].text("fr") == "0 relation"
    assert "Invite 50 people" in finding.fix.en and "Invitez 50 personnes" in finding.fix.fr


def test_fail_one_missing_connection() -> None:
    (finding,) = run_rule(rule, model_export(connections=model_export().connections[:49]))
    assert "Invite 1 person you" in finding.fix.en and "Invitez 1 personne que" in finding.fix.fr


def test_fail_never_advises_beyond_linkedin_cap() -> None:
    (finding,) = run_rule(rule, min_connections=100_000)
    assert "fewer than 30,000" in finding.what.en and "moins de 30\u202f000" in finding.what.fr
    assert "100000" not in finding.fix.en + finding.fix.fr


def test_skips_without_connections_file() -> None:
    export = without_sources("connections")
    assert "Connections.csv" in skip_reason(rule, export)
