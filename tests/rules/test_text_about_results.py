"""TXT-011 text.about-results."""

from __future__ import annotations

from auditor.rules import text_about_results as rule

from ..factory import not_applicable_reason, replace_profile, run_rule, skip_reason, without_section
from .helpers import assert_bilingual

NO_RESULT_EN = (
    "Supply chain professional with 12 years of experience, passionate about people and continuous improvement. "
    "Based in Lyon since 2015. Call me on +33 6 12 34 56 78, I answer 24/7."
)
NO_RESULT_FR = (
    "Acheteuse passionnée depuis 2012, j&#39;aime les défis et le travail d&#39;équipe.\n"
    "• 15 ans d'expérience dans l'industrie 4.0\n"
    "• Certifiée ISO 9001 🎓\n"
    "Disponible 7j/7 : 06 12 34 56 78."
)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_french_result_without_verb() -> None:
    summary = "Acheteuse depuis 2012.\n• +18 % de marge sur les achats indirects en deux ans\n• Écrivez-moi !"
    assert run_rule(rule, replace_profile(summary=summary)) == []


def test_pass_french_result_with_verb() -> None:
    summary = "J&#39;accompagne les PME industrielles. Chez Acme, j'ai réduit les stocks de 2 M€ en un an."
    assert run_rule(rule, replace_profile(summary=summary)) == []


def test_fail_english_dates_phone_and_experience_are_not_results() -> None:
    (finding,) = run_rule(rule, replace_profile(summary=NO_RESULT_EN))
    assert finding.what.en == "Your About shows no result with a figure."
    assert finding.what.fr == "Votre section «\u00a0Infos\u00a0» ne montre aucun résultat chiffré."
    assert finding.evidence[0].text("en") == (
        "3 sentences read; 3 hold figures that measure nothing done (dates, phone numbers, years of experience)"
    )
    assert_bilingual(finding)


def test_fail_french() -> None:
    (finding,) = run_rule(rule, replace_profile(summary=NO_RESULT_FR))
    assert finding.evidence[0].text("fr").startswith("4\u00a0phrases lues\u202f; 4 contiennent")
    assert_bilingual(finding)


def test_fail_without_any_figure() -> None:
    (finding,) = run_rule(rule, replace_profile(summary="I love solving problems with great people."))
    assert finding.evidence[0].text("en") == "1 sentence read"


def test_fail_below_own_minimum() -> None:
    (finding,) = run_rule(
        rule, replace_profile(summary="At Acme I cut lead times by 30%. I love my job."), min_results=2
    )
    assert finding.what.en == "Your About shows 1 result with a figure, fewer than 2."
    assert finding.what.fr == "Votre section «\u00a0Infos\u00a0» montre 1\u00a0résultat chiffré, moins que 2."


def test_not_applicable_without_about() -> None:
    assert "PRO-004" in not_applicable_reason(rule, replace_profile(summary=""))


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, without_section("profile"))
