"""TXT-009 text.profile-spelling."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import Connection, Position
from auditor.rules import text_profile_spelling as rule

from ..factory import model_export, not_applicable_reason, replace_profile, run_rule
from .helpers import assert_bilingual


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    ("headline", "summary"),
    [
        ("Supply chain planner | I turn messy forecasts into plans people trust", ""),
        ("Ingénieure R&amp;D chez Vercors | capteurs et optique 🔬", "J’ai co-construit l’offre : écrivez-moi !"),
        ("CFO | SaaS | B2B", "I'm a CFO who likes the company's numbers to tell a story. #finance @Acme"),
    ],
)
def test_pass_clean_texts(headline: str, summary: str) -> None:
    assert run_rule(rule, replace_profile(headline=headline, summary=summary)) == []


def test_fail_english_headline() -> None:
    (finding,) = run_rule(rule, replace_profile(headline="Supply chain planner | I turn messy forcasts into plans"))
    assert finding.what.en == "1 word of your headline looks misspelt."
    assert finding.what.fr == "1 mot de votre Titre semble mal orthographié."
    assert finding.evidence[0].text("en") == 'Headline: "forcasts", perhaps "forecasts"'
    assert finding.evidence[0].text("fr") == "Titre\u00a0: «\u00a0forcasts\u00a0», peut-être «\u00a0forecasts\u00a0»"
    assert_bilingual(finding)


def test_fail_french_headline_and_about_say_both_places() -> None:
    export = replace_profile(
        headline="Responsable supply chain | Je réduis les délais et les stoks des PME",
        summary="J’accompagne les managers dans le developpement de leurs équipes.",
    )
    (finding,) = run_rule(rule, export)
    assert finding.what.en == "2 words of your headline and your About look misspelt."
    assert finding.what.fr == "2 mots de votre Titre et de vos Infos semblent mal orthographiés."
    assert [e.text("en") for e in finding.evidence] == [
        'Headline: "stoks", perhaps "stocks"',
        'About: "developpement", perhaps "développement"',
    ]


def test_names_from_the_archive_are_not_mistakes() -> None:
    # "Marchetti" opens a sentence here, so only the archive can say it is a name; "Vercors" likewise.
    base = replace_profile(summary="Marchetti et moi avons lancé l’offre. Vercors nous a suivis.", headline="")
    connection = Connection("Léa", "Marchetti", "", "", "Vercors Ingénierie", "", None, line=2)
    export = dataclasses.replace(base, connections=(*base.connections, connection))
    assert run_rule(rule, export) == []


def test_a_company_of_the_positions_is_not_a_mistake() -> None:
    # "Stockly" opens the sentence and is one edit from "stocky": only the archive says it is a company.
    base = replace_profile(summary="Stockly is where I learnt planning.", headline="")
    assert run_rule(rule, base) != []
    position = Position("Stockly", "Planner", "", "", None, None, line=9)
    assert run_rule(rule, dataclasses.replace(base, positions=(*base.positions, position))) == []


def test_not_applicable_without_texts() -> None:
    assert "PRO-001" in not_applicable_reason(rule, replace_profile(headline="", summary=""))


def test_not_applicable_in_another_language() -> None:
    export = replace_profile(headline="", summary="Ich leite seit zehn Jahren die Planung eines Herstellers in Köln.")
    assert "neither French nor English" in not_applicable_reason(rule, export)


def test_the_model_member_passes() -> None:
    assert run_rule(rule, model_export()) == []
