"""TXT-004 text.about-call-to-action."""

from __future__ import annotations

import pytest

from auditor.rules import text_about_call_to_action as rule

from ..factory import SUMMARY, not_applicable_reason, replace_profile, run_rule
from .helpers import assert_bilingual

STORY_FR = "J'accompagne les PME industrielles dans leur transformation depuis 12 ans. "
STORY_EN = "I help mid-size manufacturers ship on time with less stock. "


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "ending",
    [
        "Vous préparez un projet d'automatisation ? Écrivez-moi.",
        "N'hésitez pas à me contacter pour en parler.",
        "Échangeons sur vos enjeux de S&OP !",
        "Pour me joindre : claire@exemple.fr",
        "Let's talk about your next S&OP project.",
        "Feel free to reach out if you want to compare notes.",
        "Get in touch: https://claire.example.com",
    ],
)
def test_pass_invitations(ending: str) -> None:
    start = STORY_FR if ending[0] in "VNÉP" else STORY_EN
    assert run_rule(rule, replace_profile(summary=start + ending)) == []


@pytest.mark.parametrize(
    "summary",
    [
        STORY_EN + "I have 12 years of experience in supply chain.",
        STORY_FR + "J'ai écrit deux livres sur la logistique et j'ai contacté 40 fournisseurs.",
    ],
)
def test_fail_no_invitation(summary: str) -> None:
    (finding,) = run_rule(rule, replace_profile(summary=summary))
    assert "without inviting" in finding.what.en
    assert finding.evidence[0].value.endswith(".")
    assert_bilingual(finding)


def test_fail_when_the_invitation_is_not_at_the_end() -> None:
    summary = "Write to me about S&OP. " + SUMMARY.rsplit("What I am looking for", 1)[0]
    assert len(run_rule(rule, replace_profile(summary=summary))) == 1


def test_not_applicable_without_about() -> None:
    assert "PRO-004" in not_applicable_reason(rule, replace_profile(summary=""))


def test_held_out_cases() -> None:
    # Found by the held-out labelled set: a negated phrase tells a habit, not an invitation; « échanger avec vous »
    # after « ravie de » is one.
    negated = "Pricing lead. I never reach out to recruiters; they find me. Today I lead a team of five."
    assert len(run_rule(rule, replace_profile(summary=negated))) == 1
    glad = "DRH de transition. J'interviens dans les moments de changement. Je serais ravie d'échanger avec vous."
    assert run_rule(rule, replace_profile(summary=glad)) == []
