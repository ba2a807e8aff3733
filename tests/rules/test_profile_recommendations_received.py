"""PRO-016 profile.recommendations-received."""

from __future__ import annotations

import dataclasses

from auditor.rules import profile_recommendations_received as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_one_shown_one_hidden() -> None:
    first, second, _ = model_export().recommendations_received
    export = model_export(recommendations_received=(first, dataclasses.replace(second, status="HIDDEN")))
    (finding,) = run_rule(rule, export)
    assert finding.evidence[0].file == model_export().sources["recommendations_received"].files[0]
    assert finding.evidence[0].text("en") == "1 shown of 2: Léa Martin"
    assert "only one recommendation" in finding.what.en and "qu'une seule recommandation" in finding.what.fr
    assert "Ask 1 person " in finding.fix.en and "à 1 personne avec" in finding.fix.fr
    assert finding.evidence[0].text("fr") == "1 visible sur 2\u00a0: Léa Martin"
    assert_bilingual(finding)


def test_fail_empty_file() -> None:
    (finding,) = run_rule(rule, model_export(recommendations_received=()))
    assert finding.evidence[0].text("en") == "0 shown of 0"
    assert "no recommendation" in finding.what.en and "aucune recommandation" in finding.what.fr
    assert "Ask 2 people" in finding.fix.en and "à 2 personnes" in finding.fix.fr
    assert finding.evidence[0].text("fr") == "0 visible sur 0"


def test_fail_three_shown_of_four_wanted() -> None:
    (finding,) = run_rule(rule, min_received=4)
    assert finding.what.en == "Your profile shows only 3 recommendations."
    assert finding.what.fr == "Votre profil n'affiche que 3 recommandations."


def test_skips_basic_archive_without_the_file() -> None:
    export = model_export()
    sources = {k: v for k, v in export.sources.items() if k != "recommendations_received"}
    assert "Recommendations_Received.csv" in skip_reason(rule, model_export(kind="basic", sources=sources))
