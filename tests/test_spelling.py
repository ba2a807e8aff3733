"""The spelling checker (auditor.analysis.spelling): what it reports, and everything it must leave alone."""

from __future__ import annotations

import pytest

from auditor.analysis import spelling
from auditor.analysis.spelling import Misspelling, american, check_spelling, name_words


def _words(text: str, lang: spelling.Lang, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(m.word, m.suggestion) for m in check_spelling(text, lang, "about", name_words(names))]


def test_reports_the_word_where_and_a_suggestion() -> None:
    (found,) = check_spelling("Je réduis les stoks des PME.", "fr", "headline")
    assert found == Misspelling("stoks", "headline", 14, "stocks")
    assert "Je réduis les stoks des PME."[found.start :].startswith("stoks")


def test_each_word_once() -> None:
    assert _words("forcasts and forcasts again", "en") == [("forcasts", "forecasts")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dix ans dans la logisitique.", "fr", [("logisitique", "logistique")]),
        ("Je suis trés attachée à la qualité.", "fr", [("trés", "très")]),
        ("L’amelioration continue.", "fr", [("amelioration", "amélioration")]),  # English has it, French wants accents
        ("Expèrience de dix ans.", "fr", [("Expèrience", "expérience")]),  # a sentence's first word is checked
        ("I beleive planning is a team sport.", "en", [("beleive", "believe")]),
        ("• Improved forecast acuracy\n• Cut stock", "en", [("acuracy", "accuracy")]),
        ("Chez Acme depuis 2019.Dans l’equipe achats.", "fr", [("equipe", "équipe")]),  # after an elision
    ],
)
def test_mistakes(text: str, lang: spelling.Lang, expected: list[tuple[str, str]]) -> None:
    assert _words(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nous travaillons avec Kestrel et Salesforce.", "fr"),  # capitalised inside a sentence: names
        ("Expert S&OP, SIRH, KPI et OKR.", "fr"),  # acronyms
        ("Fan of LinkedIn, iPhone and PowerPoint.", "en"),  # a capital inside
        ("Version 2b, 3x plus rapide, covid19.", "fr"),  # digits
        ("#supplychian @stonecrp https://exemple.fr/plannnig www.exmple.com claire.dupnt@exemple.fr", "fr"),
        ("Peut-être le meilleur choix : co-construit, data-driven, start-up.", "fr"),  # hyphenated compounds
        ("L’équipe, d’abord ; qu’il pleuve ou non, j’y vais, jusqu’à Lyon, aujourd’hui.", "fr"),  # elisions
        ("I don't think the company's goals aren't clear; we're fine.", "en"),  # contractions
        ("Nos process de forecast et le supply chain management.", "fr"),  # English words in French
        ("I work chez nos clients, en français.", "en"),  # French words in English
        ("I specialise in organisational behaviour; my favourite centre is the programme office.", "en"),  # British
        ("Onboarding, roadmap, webinaire et SaaS : notre quotidien d’ingénieure.", "fr"),  # trade terms
        ("I write SQL, dbt models and well-named columns.", "en"),  # a tool written in lower case (held-out set)
        ("J’accompagne les salarié·e·s et les développeur·euse·s.", "fr"),  # inclusive writing
        ("Passionnée par l’œuvre collective et le cœur du métier.", "fr"),  # œ written as the list's « oe »
        ("Ok, on y va !", "fr"),  # words of one or two letters
        ("Chef de projet R&amp;D.", "fr"),  # an entity (the caller decodes them; left as is, still no word)
        ("Xylqbrt est un mot inventé sans voisin.", "fr"),  # unknown, but nothing one edit away: not a slip
    ],
)
def test_ignored(text: str, lang: spelling.Lang) -> None:
    assert _words(text, lang) == []


def test_names_of_the_archive_are_ignored_even_at_a_sentence_start() -> None:
    text = "Stockly taught me planning. Marchett too."  # one edit from "stocky" and "marchetti"? the first at least
    assert _words(text, "en") != []
    assert _words(text, "en", ("Stockly Ltd", "Léa Marchett")) == []


def test_american_forms_of_british_spellings() -> None:
    assert {"organization", "color", "center", "analyze", "pediatrics"} <= set().union(
        *(american(w) for w in ("organisation", "colour", "centre", "analyse", "paediatrics"))
    )


def test_dictionaries_load_once_and_only_when_needed() -> None:
    spelling.dictionary.cache_clear()
    assert _words("Je pilote la planification.", "fr") == []
    assert spelling.dictionary.cache_info().currsize == 1  # every word known in French: English never loaded
    # "forecast" has no French word one edit away: not a slip, English is not needed to say so.
    _words("Nos process et le forecast.", "fr")
    assert spelling.dictionary.cache_info().currsize == 1
    _words("Notre team produit.", "fr")  # "team" is one edit from « tram »: English is loaded to know it
    assert spelling.dictionary.cache_info().currsize == 2
    _words("Encore la planification.", "fr")
    assert spelling.dictionary.cache_info().misses == 2


def test_the_word_lists_read_as_json_would() -> None:
    import gzip
    import json
    from importlib import resources

    for lang in ("fr", "en"):
        data = resources.files("spellchecker").joinpath("resources", f"{lang}.json.gz").read_bytes()
        counts = json.loads(gzip.decompress(data))
        words = spelling.dictionary(lang)
        assert words.words == set(counts)
        for word in ("a", "zèbre", "zoo", "équipe", "the", "planning", "stratégie"):
            assert words.count(word) == counts.get(word, 0)


def test_the_suggestion_prefers_accents_then_frequency() -> None:
    french = spelling.dictionary("fr")
    assert french.correction("strategie") == "stratégie"
    assert french.correction("developpement") == "développement"
    assert french.correction("xylqbrt") is None
    assert spelling.dictionary("en").correction("recieve") == "receive"
