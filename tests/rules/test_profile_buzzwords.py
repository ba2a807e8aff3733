"""PRO-007 profile.buzzwords."""

from __future__ import annotations

import pytest

from auditor.analysis.text import sentences, shorten
from auditor.rules import profile_buzzwords as rule

from ..factory import model_export, replace_profile, run_rule, skip_reason
from .helpers import assert_bilingual


def test_pass() -> None:
    # The model member's About says "the leadership team" once: one listed word is tolerated.
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Expertise in drivers, creativity and leaders", id="no-substring-matches"),
        pytest.param("Proven track record in S&OP", id="phrase-inside-phrase-counts-once"),
        pytest.param("Responsable logistique", id="one-french-word"),
    ],
)
def test_pass_two_or_fewer(headline: str) -> None:
    assert run_rule(rule, replace_profile(headline=headline)) == []


def test_fail_english() -> None:
    (finding,) = run_rule(rule, replace_profile(headline="Passionate, results-oriented and creative expert"))
    profile = model_export().sources["profile"].files[0]
    assert [(e.file, e.row, e.text("en")) for e in finding.evidence] == [
        (
            profile,
            2,
            'Headline: "Passionate, results-oriented and creative expert" (passionate, results-oriented, creative, '
            "expert)",
        ),
        (profile, 2, f'Summary: "{shorten(_sentence_with("leadership"), 160)}" (leadership)'),
    ]
    assert "overused words 5 times" in finding.what.en and "5\u00a0fois des mots galvaudés" in finding.what.fr
    assert finding.what.en.endswith("times: 'passionate', 'results-oriented', 'creative', 'expert', and 'leadership'.")
    quoted = ", ".join(f"«\u00a0{w}\u00a0»" for w in ("passionate", "results-oriented", "creative", "expert"))
    assert finding.what.fr.endswith(f"galvaudés\u00a0: {quoted} et «\u00a0leadership\u00a0».")
    assert finding.evidence[0].text("fr").startswith("Titre\u00a0: «\u00a0Passionate, results-oriented")
    assert "Replace 'passionate' with" in finding.fix.en and "Remplacez «\u00a0passionate\u00a0» par" in finding.fix.fr
    assert_bilingual(finding)


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Commerciale dynamique, motivée et passionnée", id="french-accents"),
        pytest.param("COMMERCIALE DYNAMIQUE, MOTIVEE ET PASSIONNEE", id="capitals-without-accents"),
        pytest.param("Commerciale dynamique | j’ai pu, j'aimerais", id="laborious-phrasings"),
    ],
)
def test_fail_french(headline: str) -> None:
    (finding,) = run_rule(rule, replace_profile(headline=headline, summary=""))
    assert len(finding.evidence) == 1
    assert finding.evidence[0].text("en").startswith(f'Headline: "{headline}" (dynamique, ')
    assert "3\u00a0fois des mots galvaudés" in finding.what.fr
    assert_bilingual(finding)


def test_fail_english_and_french_count_once() -> None:
    profile = replace_profile(headline="Expert S&OP", summary="Experte en S&OP, leadership, expert, passionnée.")
    (finding,) = run_rule(rule, profile)
    assert finding.evidence[0].text("en") == 'Headline: "Expert S&OP" (expert)'
    assert (
        finding.evidence[1].text("en")
        == 'Summary: "Experte en S&OP, leadership, expert, passionnée." (expert, leadership, passionné)'
    )


def test_fail_with_own_lists() -> None:
    findings = run_rule(rule, buzzwords_en=("synergy",), buzzwords_fr=(), max_buzzwords=0)
    assert findings == []
    (finding,) = run_rule(
        rule, replace_profile(headline="Synergy maker"), buzzwords_en=("synergy",), buzzwords_fr=(), max_buzzwords=0
    )
    assert finding.evidence[0].text("en") == 'Headline: "Synergy maker" (synergy)'


def test_a_verb_is_not_a_claim() -> None:
    # "has driven me to" uses "driven" as a verb; "I am driven" claims the quality.
    summary = "Twenty years of supply chain work has driven me to cut waste. Ce projet m'a motivé."
    profile = replace_profile(headline="Planner", summary=summary)
    assert run_rule(rule, profile, max_buzzwords=0) == []
    (finding,) = run_rule(rule, replace_profile(headline="Planner", summary="I am driven."), max_buzzwords=0)
    assert finding.evidence[0].text("en") == 'Summary: "I am driven." (driven)'


def test_counted_by_use() -> None:
    # Two sentences saying "passionate" are two uses: past the tolerated two with a third.
    summary = "Passionate about planning. Passionate about people. A strategic mind."
    (finding,) = run_rule(rule, replace_profile(headline="Planner", summary=summary))
    assert "overused words 3 times: 'passionate' and 'strategic'." in finding.what.en
    assert "3\u00a0fois des mots galvaudés" in finding.what.fr


@pytest.mark.parametrize(
    ("summary", "words"),
    [
        pytest.param("A driven planner. I am driven.", ["driven", "driven"], id="adjective-in-english"),
        pytest.param("The data was driven by our sales team, which has driven me to model it.", [], id="verb-en"),
        pytest.param("Ce projet m'a motivé, ce métier me passionne.", [], id="verbs-in-french"),
        pytest.param("Commerciale motivée, je suis passionnée par la relation client.", ["motivé, passionné"],
                     id="french-adjectives-on-lemmas"),
    ],
)  # fmt: skip
def test_part_of_speech(summary: str, words: list[str]) -> None:
    findings = run_rule(rule, replace_profile(headline="Planner", summary=summary), max_buzzwords=0)
    assert [e.text("en").rsplit("(", 1)[1].rstrip(")") for f in findings for e in f.evidence] == words


def test_skips_without_profile() -> None:
    assert "Profile.csv" in skip_reason(rule, model_export(profile=None))


def _sentence_with(word: str) -> str:
    summary = model_export().profile.summary  # type: ignore[union-attr]
    return next(s for s in sentences(summary) if word in s.lower())


@pytest.mark.parametrize(
    "summary",
    [
        pytest.param("Our customers experienced fewer outages after the move.", id="english-verb-before-a-quantity"),
        pytest.param("Je me suis spécialisée dans la paie des intermittents.", id="french-pronominal-verb"),
        pytest.param("Un métier passionnant : chaque recrutement est une rencontre.", id="french-present-participle"),
    ],
)
def test_not_a_claim_held_out(summary: str) -> None:
    # Found by the held-out labelled set: "experienced" is a verb before "fewer"; « je me suis spécialisée » is a
    # pronominal verb; « passionnant » (exciting) shares the lemma « passionner » with « passionné », another word.
    assert run_rule(rule, replace_profile(headline="Planner", summary=summary), max_buzzwords=0) == []
