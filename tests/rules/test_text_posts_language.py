"""TXT-008 text.posts-language."""

from __future__ import annotations

from auditor.model import Export
from auditor.rules import text_posts_language as rule

from ..factory import model_export, not_applicable_reason, run_rule, weekly_posts
from .helpers import assert_bilingual

FRENCH = [
    "Ce que notre réunion S&OP m'a appris ce mois-ci : un seul chiffre, validé par les ventes et la finance.",
    "Conseil du jour : regardez les erreurs de l'an dernier avant de faire la prévision de cette année.",
    "Fière de l'équipe 👏 4 000 commandes expédiées en décembre sans un seul camion en retard !",
    "Trois leçons du déménagement de notre entrepôt et ce que je ferais autrement la prochaine fois.",
]
ENGLISH = [
    "What our S&OP meeting taught me this month: one number, agreed by sales and finance, beats three forecasts.",
    "Demand planning tip: look at last year's errors before this year's forecast, every single time.",
]


def _posts(texts: list[str]) -> Export:
    shares = weekly_posts(texts)
    return model_export(shares=shares)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_a_few_posts_in_another_language() -> None:
    assert run_rule(rule, _posts(ENGLISH * 3 + FRENCH[:2])) == []  # the model member's profile is in English


def test_fail_most_posts_in_french_on_an_english_profile() -> None:
    (finding,) = run_rule(rule, _posts(FRENCH + ENGLISH[:1]))
    assert finding.what.en == "80% of your recent posts are not in your profile's language (English)."
    assert finding.what.fr == ("80\u00a0% de vos posts récents ne sont pas dans la langue de votre profil (anglais).")
    assert [e.text("en")[:8] for e in finding.evidence] == ["French: "] * 3
    assert_bilingual(finding)


def test_not_applicable_with_few_posts() -> None:
    assert "Too few posts" in not_applicable_reason(rule, _posts(FRENCH[:2]))
