"""TXT-010 text.posts-tone."""

from __future__ import annotations

from auditor.model import Export
from auditor.rules import text_posts_tone as rule

from ..factory import model_export, not_applicable_reason, run_rule, weekly_posts
from .helpers import assert_bilingual

CALM_EN = [
    "Some good news to share! Our supplier scorecard changed the conversation this quarter.",
    "We missed our target last quarter. Here is what we learnt and what we changed.",
    "Not bad for a first attempt: 40 people joined our webinar on demand planning.",
    "Safety stock is a policy decision, not a formula.",
]
ANGRY_EN = [
    "I am so tired of recruiters who never answer. Ridiculous and disrespectful.",
    "Another useless meeting that could have been an email. I hate how much time we waste.",
]
CALM_FR = [
    "Une bonne nouvelle à partager ! Notre onboarding comptait 11 étapes. Il en a 4.",
    "Pas mal pour un premier essai : 40 personnes à notre webinaire sur la gestion de produit.",
    "Ce n’est pas un problème, c’est une occasion d’apprendre. Merci à toute l’équipe !",
    "Nous avons raté notre objectif du trimestre. Voici ce que nous avons appris.",
]
ANGRY_FR = [
    "J’en ai marre des recruteurs qui ne répondent jamais. C’est inadmissible.",
    "Encore une réunion inutile qui aurait pu être un mail. Je déteste perdre mon temps.",
]


def _posts(texts: list[str]) -> Export:
    shares = weekly_posts(texts)
    return model_export(shares=shares)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_one_complaint_among_calm_posts() -> None:
    assert run_rule(rule, _posts([*CALM_EN, *CALM_FR, ANGRY_EN[0]])) == []


def test_fail_english_complaints() -> None:
    (finding,) = run_rule(rule, _posts([*CALM_EN, *ANGRY_EN]))
    assert finding.what.en == "33% of your recent posts sound negative or complaining."
    assert finding.what.fr == "33\u00a0% de vos posts récents ont un ton négatif ou plaintif."
    assert finding.evidence[0].text("en").startswith("tired of, Ridiculous, and disrespectful: I am so tired")
    assert finding.evidence[0].row == 6
    assert_bilingual(finding)


def test_fail_french_complaints_quote_their_words() -> None:
    (finding,) = run_rule(rule, _posts([*CALM_FR, *ANGRY_FR]))
    first = finding.evidence[0].text("fr")
    assert first.startswith("en ai marre et inadmissible\u00a0: J’en ai marre"), first
    assert "inutile" in finding.evidence[1].text("fr")


def test_share_is_an_option() -> None:
    assert run_rule(rule, _posts([*CALM_EN, *ANGRY_EN]), max_share=0.5) == []


def test_not_applicable_with_few_posts() -> None:
    assert "Too few posts" in not_applicable_reason(rule, _posts(ANGRY_EN))
