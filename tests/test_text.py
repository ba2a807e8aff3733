"""auditor.analysis.text: the text helpers the rules share (terms, first person, figures, French numbers)."""

from __future__ import annotations

import pytest

from auditor.analysis.text import (
    find_terms,
    first_person,
    fold,
    has_figure,
    label,
    length,
    opening_term,
    same_text,
    sentences,
    shorten,
    strip_bullet,
)


def test_length_counts_composed_characters() -> None:
    assert length("e\u0301té") == length("été") == 3


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        pytest.param("  Chargée—de l’Équipe ", "chargee de l'equipe", id="accents-dash-apostrophe"),
        pytest.param("Cœur\u00a0de\tmétier", "coeur de metier", id="ligature-nbsp-tab"),
        pytest.param("RESULTS-ORIENTED", "results oriented", id="hyphen"),
        pytest.param("J´ai ʼpuʼ", "j'ai 'pu'", id="acute-accent-and-modifier-apostrophes"),
        pytest.param("", "", id="empty"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_same_text() -> None:
    assert same_text("Supply-Chain  manager", "supply chain Manager")
    assert same_text("Responsable Équipe", "RESPONSABLE EQUIPE")
    assert not same_text("Supply Chain Manager", "Supply Chain Manager, Acme")


@pytest.mark.parametrize(
    ("text", "terms", "found"),
    [
        pytest.param("A proven track record", ("track record", "proven track record"), ("proven track record",),
                     id="longest-phrase-wins"),
        pytest.param("Leadership and leaders", ("lead", "leadership"), ("leadership",), id="whole-words-only"),
        pytest.param("Data-driven, results oriented", ("driven", "results-oriented"), ("driven", "results-oriented"),
                     id="dashes-as-spaces"),
        pytest.param("MOTIVEE et motivée", ("motivé|motivée",), ("motivé",), id="variants-count-once"),
        pytest.param("Expert, experte", ("expert", "expert|experte"), ("expert",), id="same-term-in-two-lists"),
        pytest.param("J’ai pu le faire", ("j'ai pu",), ("j'ai pu",), id="typographic-apostrophe"),
        pytest.param("sens aigu d’analyse", ("sens aigu d'",), ("sens aigu d'",), id="elision-at-the-end"),
        pytest.param("", ("expert",), (), id="empty-text"),
        pytest.param("expert", ("", "|"), (), id="empty-terms"),
    ],
)  # fmt: skip
def test_find_terms(text: str, terms: tuple[str, ...], found: tuple[str, ...]) -> None:
    assert find_terms(text, terms) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I'm a planner", ("i'm",), id="en-contraction"),
        pytest.param("This is my job, call me", ("my", "me"), id="en-my-me"),
        pytest.param("J’aide les PME, c'est mon métier", ("j'", "mon"), id="fr"),
        pytest.param("Claire helps manufacturers", (), id="third-person"),
        pytest.param("Nous aidons les PME", (), id="fr-plural-does-not-count"),
        pytest.param("Raj's team", (), id="apostrophe-inside-a-word"),
    ],
)
def test_first_person(text: str, expected: tuple[str, ...]) -> None:
    assert first_person(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Cut lead time by 30%", True, id="digit"),
        pytest.param("Budget de deux M€", True, id="euro"),
        pytest.param("Saved £ and $", True, id="pound-dollar"),
        pytest.param("Managed client relations", False, id="none"),
        pytest.param("", False, id="empty"),
    ],
)
def test_has_figure(text: str, expected: bool) -> None:
    assert has_figure(text) is expected


@pytest.mark.parametrize(
    ("line", "stripped"),
    [
        pytest.param("• Led 9 planners", "Led 9 planners", id="bullet"),
        pytest.param("  - Led", "Led", id="dash"),
        pytest.param("2) Led", "Led", id="number"),
        pytest.param("-30% cost", "-30% cost", id="negative-figure-kept"),
        pytest.param("2021: joined", "2021: joined", id="year-kept"),
    ],
)
def test_strip_bullet(line: str, stripped: str) -> None:
    assert strip_bullet(line) == stripped


def test_sentences() -> None:
    text = "• Cut lead time by 30%. Responsible for budget.\n\n- En charge des achats ; suivi des stocks"
    assert sentences(text) == (
        "Cut lead time by 30%.",
        "Responsible for budget.",
        "En charge des achats ;",
        "suivi des stocks",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("• En charge du budget", "en charge de", id="bullet-and-article-reported-as-first-variant"),
        pytest.param("CHARGEE DE LA PAIE", "chargé de", id="capitals"),
        pytest.param("Responsibility for plants", None, id="longer-word"),
        pytest.param("Was responsible for plants", None, id="not-at-start"),
    ],
)
def test_opening_term(sentence: str, expected: str | None) -> None:
    terms = ("en charge de|en charge du", "chargé de|chargée de", "responsible for")
    assert opening_term(sentence, terms) == expected


def test_shorten() -> None:
    assert shorten("a  b\nc") == "a b c"
    assert shorten("x" * 120, width=10) == "x" * 9 + "…"


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        pytest.param(("Acme", "Buyer"), "Acme, Buyer", id="both"),
        pytest.param(("Acme", ""), "Acme", id="no-title"),
        pytest.param(("", " "), "", id="nothing"),
    ],
)
def test_label(parts: tuple[str, ...], expected: str) -> None:
    assert label(*parts) == expected
