"""GIV-003 give.recommendations-given."""

from __future__ import annotations

from auditor.rules import give_recommendations_given as rule

from ..factory import model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources


def test_pass() -> None:
    assert run_rule(rule) == []


def test_not_applicable_when_nothing_received() -> None:
    export = model_export(recommendations_received=(), recommendations_given=())
    assert "no recommendation yet" in not_applicable_reason(rule, export)


def test_skips_without_the_given_file() -> None:
    # "You never wrote one" needs the file that would list them.
    assert "Recommendations_Given.csv" in skip_reason(rule, without_sources("recommendations_given"))


def test_fail_received_but_never_written() -> None:
    (finding,) = run_rule(rule, model_export(recommendations_given=()))
    assert finding.what.en == "You received 3 recommendations but never wrote one."
    assert finding.what.fr == "Vous avez reçu 3 recommandations mais n'en avez jamais écrit."
    assert "Write a recommendation for Léa Martin this month" in finding.fix.en
    assert finding.evidence[0].text("en") == "from Léa Martin (Acme Industries)"
    assert finding.evidence[-1].text("en") == "0 recommendations written"
    assert finding.evidence[-1].text("fr") == "0 recommandation écrite"  # French: 0 is singular


def test_skips_without_recommendations_file() -> None:
    export = without_sources("recommendations_received")
    assert "Recommendations_Received.csv" in skip_reason(rule, export)
