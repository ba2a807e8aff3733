"""TXT-007 text.about-long-sentences."""

from __future__ import annotations

from auditor.rules import text_about_long_sentences as rule

from ..factory import not_applicable_reason, replace_profile, run_rule
from .helpers import assert_bilingual

LONG_FR = (
    "Depuis douze ans dans la supply chain, j'ai travaillé pour un groupe agroalimentaire, un laboratoire "
    "pharmaceutique et une start-up, où j'ai réduit les délais, porté la précision des prévisions de 62 à 85 % et "
    "libéré du BFR, et je cherche aujourd'hui un poste où piloter le S&OP d'une ETI industrielle et ses équipes."
)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_short_sentences_and_bullets() -> None:
    summary = "• 12 ans en supply chain\n• 2,1 M€ de BFR libérés\n• 9 planificateurs encadrés sur 4 sites"
    assert run_rule(rule, replace_profile(summary=summary)) == []


def test_fail_french() -> None:
    (finding,) = run_rule(rule, replace_profile(summary=f"Bonjour. {LONG_FR} Écrivez-moi."))
    assert finding.what.en == "Your About has 1 sentence of more than 40 words."
    assert finding.what.fr == "Votre section «\u00a0Infos\u00a0» a 1\u00a0phrase de plus de 40\u00a0mots."
    assert finding.evidence[0].text("fr").endswith("(57\u00a0mots)")
    assert finding.evidence[0].text("en").startswith('"Depuis douze ans dans la supply chain')
    assert finding.evidence[0].text("en").endswith("(57 words)")
    assert_bilingual(finding)


def test_fail_with_own_limit() -> None:
    (finding,) = run_rule(rule, replace_profile(summary="I cut lead times by 30% at Acme and Beta."), max_words=9)
    assert finding.evidence[0].text("en") == '"I cut lead times by 30% at Acme and Beta." (10 words)'


def test_not_applicable_without_about() -> None:
    assert "PRO-004" in not_applicable_reason(rule, replace_profile(summary=""))


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    # Found by the held-out labelled set: the French tokenizer runs without its exceptions, so « p. ex. » cut one
    # 46-word sentence into two short ones.
    summary = (
        "J'ai travaillé avec toutes sortes d'entreprises, p. ex. des banques, des assureurs, des commerces et des "
        "hôpitaux, sur le recrutement, la paie et la formation, et chaque fois j'ai commencé par écouter les salariés "
        "et les managers avant de toucher au moindre tableau ou au moindre processus."
    )
    (finding,) = run_rule(rule, replace_profile(summary=summary))
    assert finding.evidence[0].text("en").startswith("\"J'ai travaillé avec toutes sortes d'entreprises, p. ex. des")
