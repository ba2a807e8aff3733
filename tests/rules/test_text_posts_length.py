"""TXT-012 text.posts-length."""

from __future__ import annotations

from auditor.model import Export
from auditor.rules import text_posts_length as rule

from ..factory import model_export, not_applicable_reason, run_rule, weekly_posts
from .helpers import assert_bilingual

# A developed post of about 1,100 characters, in each language; HTML entities count as the character they stand for.
DEVELOPED_EN = (
    "Three lessons from our S&amp;OP roll-out. " + "One set of figures, sent two days before the meeting. " * 20
)
DEVELOPED_FR = "Trois leçons de notre déploiement S&OP. " + "Un seul jeu de chiffres, envoyé deux jours avant. " * 21
SHORT_FR = (
    "Notre cycle S&OP se boucle désormais en 8 jours ouvrés. Pas de nouvel outil : un responsable par décision, "
    "et un dossier envoyé 48 heures avant la réunion. Et vous, combien de jours ?"
) * 2  # about 360 characters: past the fold, under the band
NOTE = "Merci à toute l'équipe ! 👏 #SupplyChain"  # a short note, shown whole


def _posts(texts: list[str], *, weeks_apart: int = 1) -> Export:
    shares = weekly_posts(texts, weeks_apart=weeks_apart)
    return model_export(shares=shares)


def test_lengths_count_characters_as_read() -> None:
    assert 1000 <= len(DEVELOPED_EN.replace("&amp;", "&")) <= 1200
    assert 1000 <= len(DEVELOPED_FR) <= 1200
    assert 300 <= len(SHORT_FR) < 900


def test_pass_developed_posts_and_short_notes() -> None:
    assert run_rule(rule, _posts([DEVELOPED_EN, DEVELOPED_FR, SHORT_FR, NOTE, NOTE, NOTE])) == []


def test_pass_with_own_band() -> None:
    assert run_rule(rule, _posts([SHORT_FR] * 4), min_length=300, max_length=1000) == []


def test_fail_french_bands_are_facts() -> None:
    (finding,) = run_rule(rule, _posts([SHORT_FR, SHORT_FR, SHORT_FR, DEVELOPED_FR, NOTE, "x" * 2500, "y" * 3100]))
    assert finding.what.en == (
        "20% of your recent posts longer than a short note are 900 to 2,000 characters long (1 of 5)."
    )
    assert finding.what.fr == (
        "20\u00a0% de vos posts récents plus longs qu'une courte note font entre 900 et 2\u202f000\u00a0caractères "
        "(1 sur 5)."
    )
    texts = [e.text("en") for e in finding.evidence]
    assert texts[:4] == [
        "3 posts under 900 characters",
        "1 post of 900 to 2,000 characters",
        "1 post over 2,000 characters",
        "1 short note under 210 characters, not judged",
    ]
    assert texts[4].startswith("median length: ")
    assert finding.evidence[0].row is None
    assert finding.evidence[1].text("fr") == "1\u00a0post de 900 à 2\u202f000\u00a0caractères"
    assert_bilingual(finding)


def test_window_is_an_option() -> None:
    posts = _posts([SHORT_FR, SHORT_FR, SHORT_FR, DEVELOPED_EN, DEVELOPED_FR], weeks_apart=10)
    assert run_rule(rule, posts) != []  # 26 weeks: the three short posts
    assert run_rule(rule, posts, weeks=52) == []  # two developed posts out of five
    assert "Too few posts" in not_applicable_reason(rule, posts, weeks=4)


def test_not_applicable_with_only_short_notes() -> None:
    assert "Too few posts past" in not_applicable_reason(rule, _posts([NOTE] * 8))


def test_not_applicable_without_recent_posts() -> None:
    reason = not_applicable_reason(rule, _posts([SHORT_FR] * 5, weeks_apart=30), weeks=4)
    assert reason.startswith("Too few posts") or reason.startswith("No post with text")
    assert "No post with text in the last 26 weeks" in not_applicable_reason(rule, model_export(shares=()))
