"""GIV-001 give.balance."""

from __future__ import annotations

import dataclasses

from auditor.analysis import analyse
from auditor.analysis.ledger import Ledger
from auditor.model import Export
from auditor.rules import give_balance as rule

from ..factory import TODAY, model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources


def run_rule_ledger(export: Export) -> Ledger:
    return analyse(export, TODAY).ledger


def _taker():  # type: ignore[no-untyped-def]
    """Receives 3 recommendations, 5 endorsements and 1 invitation; gives nothing back, starts no conversation."""
    base = model_export()
    return model_export(
        messages=(),
        endorsements_given=(),
        recommendations_given=(),
        invitations=tuple(i for i in base.invitations if i.direction == "incoming"),
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_taking_more_than_giving() -> None:
    (finding,) = run_rule(rule, _taker())
    assert finding.what.en == (
        "You gave 0 and received 9 in your network (ratio 0, below 0.5); the widest gap is in endorsements."
    )
    assert finding.what.fr.endswith(
        "(ratio 0, sous 0,5)\u202f; l'écart le plus grand porte sur les validations de compétences."
    )
    assert finding.fix.en.startswith("To rebalance, endorse")
    values = [e.text("en") for e in finding.evidence]
    assert "endorsements: given 0, received 5" in values
    assert "recommendations: given 0, received 3" in values
    assert "recommandations\u00a0: vous en avez donné 0, reçu 3" in [e.text("fr") for e in finding.evidence]


def test_not_applicable_below_min_received() -> None:
    assert "too little yet" in not_applicable_reason(rule, _taker(), min_received=10)


def test_a_side_without_its_file_is_unknown_not_zero() -> None:
    # Recommendations received, but no Recommendations_Given.csv: that line is left out, not read as "0 given".
    export = without_sources("recommendations_given", export=_taker())
    (finding,) = run_rule(rule, export)
    assert not any("recommendations" in evidence.text("en") for evidence in finding.evidence)
    assert "received 6" in finding.what.en  # 5 endorsements and 1 invitation; the 3 recommendations are left out
    ledger = run_rule_ledger(export)
    assert ledger.line("recommendations").given is None and ledger.line("recommendations").received is not None


def test_pass_with_lower_ratio() -> None:
    assert run_rule(rule, _taker(), min_ratio=0.0) == []


def test_skips_without_ledger_files() -> None:
    export = model_export()
    gone = set(rule.NEEDS[0])  # every section behind the ledger
    export = dataclasses.replace(export, sources={k: v for k, v in export.sources.items() if k not in gone})
    assert "Recommendations_Given.csv" in skip_reason(rule, export)


def test_skips_when_no_line_has_both_sides() -> None:
    export = without_sources("recommendations_given", "endorsements_received", "messages", "invitations")
    reason = skip_reason(rule, export)
    assert (
        "no exchange from both sides" in reason
        and "recommendations: Recommendations_Given.csv, endorsements: " in reason
    )
