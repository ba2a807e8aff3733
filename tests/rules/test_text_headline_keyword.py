"""TXT-006 text.headline-keyword."""

from __future__ import annotations

import pytest

from auditor.model import Export, Skill
from auditor.rules import text_headline_keyword as rule

from ..factory import model_config, model_export, not_applicable_reason, replace_profile, run_rule
from .helpers import assert_bilingual

NO_GOALS = model_config(goals=())


def _with(headline: str, skills: tuple[str, ...]) -> Export:
    export = replace_profile(headline=headline)
    return model_export(profile=export.profile, skills=tuple(Skill(name, line=n + 2) for n, name in enumerate(skills)))


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    ("headline", "skills"),
    [
        pytest.param("Supply chain manager | S&OP and demand planning", ("S&OP", "Demand planning"), id="english"),
        pytest.param("Planner who forecasts demand for retailers", ("Forecasting",), id="english-lemma"),
        pytest.param("Responsable des achats industriels", ("Achats",), id="french-lemma"),
        pytest.param("Acheteuse | chaînes d'approvisionnement", ("Chaîne d'approvisionnement",), id="french-plural"),
        pytest.param("Planner 📦 #supplychain", ("Supply chain",), id="hashtag"),
    ],
)
def test_pass_a_keyword(headline: str, skills: tuple[str, ...]) -> None:
    assert run_rule(rule, _with(headline, skills), NO_GOALS) == []


@pytest.mark.parametrize(
    ("headline", "skills"),
    [
        pytest.param("Helping people grow 🌱", ("S&OP", "Demand planning"), id="english-slogan"),
        pytest.param("Passionnée par l'humain et les défis", ("Achats", "Gestion des stocks"), id="french-slogan"),
    ],
)
def test_fail_no_keyword(headline: str, skills: tuple[str, ...]) -> None:
    (finding,) = run_rule(rule, _with(headline, skills), NO_GOALS)
    assert finding.what.en == "Your headline names none of your skills or goal keywords."
    assert finding.evidence[0].text("en") == f'Headline: "{headline}"; looked for: {skills[0]} or {skills[1]}'
    french = f"Titre\u00a0: «\u00a0{headline}\u00a0»\u202f; mots cherchés\u00a0: {skills[0]} ou {skills[1]}"
    assert finding.evidence[0].text("fr") == french
    assert_bilingual(finding)


def test_not_applicable_without_keywords() -> None:
    assert "PRO-009" in not_applicable_reason(rule, _with("Helping people grow", ()), NO_GOALS)
