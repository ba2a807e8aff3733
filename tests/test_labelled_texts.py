"""Precision and recall of each text rule on the labelled sets (tests/labelled_texts.py, and
tests/labelled_texts_words.py for the word rules), per language: every rule at 0.9 or above on both. Run with -s to
see the table."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from auditor.analysis.spelling import check_spelling, name_words
from auditor.analysis.text import fold
from auditor.analysis.textread import clean, detect_language, read_texts, term_uses
from auditor.analysis.tone import tone
from auditor.rules import (
    career_duty_openers,
    profile_buzzwords,
    text_about_call_to_action,
    text_about_long_sentences,
    text_about_results,
    text_copied_descriptions,
    text_headline_hygiene,
    text_headline_keyword,
    text_posts_on_expertise,
    text_role_tense,
)

from .labelled_texts import (
    ABOUT_RESULTS,
    ABOUTS,
    CLICHES,
    COPIES,
    DUTIES,
    HEADLINE_KEYWORDS,
    HEADLINES,
    LONG_SENTENCES,
    POST_LANGUAGES,
    POSTS,
    SKILLS,
    TENSES,
)
from .labelled_texts_words import NAMES, SPELLING, TONE

LANGS = ("en", "fr")


def _headline(lang: str) -> list[tuple[bool, bool]]:
    return [(bool(text_headline_hygiene.problems(text)), want) for text, want in HEADLINES[lang]]


def _tense(lang: str) -> list[tuple[bool, bool]]:
    read = read_texts([(str(n), text) for n, (text, _current, _want) in enumerate(TENSES[lang])])
    return [
        (bool(text_role_tense.wrong_tense(read[str(n)], current)), want)
        for n, (_text, current, want) in enumerate(TENSES[lang])
    ]


def _copies(lang: str) -> list[tuple[bool, bool]]:
    limit = text_copied_descriptions.OPTIONS["max_shared"].default
    return [(text_copied_descriptions.shared(a, b) >= limit, want) for a, b, want in COPIES[lang]]


def _about(lang: str) -> list[tuple[bool, bool]]:
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(ABOUTS[lang])])
    return [(not text_about_call_to_action.invites(read[str(n)]), want) for n, (_text, want) in enumerate(ABOUTS[lang])]


def _posts(lang: str) -> list[tuple[bool, bool]]:
    keywords = text_posts_on_expertise.keyword_lemmas(SKILLS[lang])
    folded = {re.sub(r"[^a-z0-9]", "", fold(k)) for k in SKILLS[lang]}
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(POSTS[lang])])
    return [
        (not text_posts_on_expertise.on_topic(read[str(n)], keywords, folded), want)
        for n, (_text, want) in enumerate(POSTS[lang])
    ]


def _cliches(lang: str) -> list[tuple[bool, bool]]:
    terms = (*profile_buzzwords.OPTIONS["buzzwords_en"].default, *profile_buzzwords.OPTIONS["buzzwords_fr"].default)
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(CLICHES[lang])])
    return [(bool(term_uses(read[str(n)], terms)), want) for n, (_text, want) in enumerate(CLICHES[lang])]


def _duties(lang: str) -> list[tuple[bool, bool]]:
    openers = career_duty_openers.OPTIONS["duty_openers"].default
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(DUTIES[lang])])
    return [
        (bool(career_duty_openers.duty_lines(read[str(n)], text, openers)), want)
        for n, (text, want) in enumerate(DUTIES[lang])
    ]


def _headline_keywords(lang: str) -> list[tuple[bool, bool]]:
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(HEADLINE_KEYWORDS[lang])])
    return [
        (not text_headline_keyword.holds_keyword(read[str(n)], SKILLS[lang]), want)
        for n, (_text, want) in enumerate(HEADLINE_KEYWORDS[lang])
    ]


def _long_sentences(lang: str) -> list[tuple[bool, bool]]:
    limit = text_about_long_sentences.OPTIONS["max_words"].default
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(LONG_SENTENCES[lang])])
    return [
        (bool(text_about_long_sentences.long_sentences(read[str(n)], limit)), want)
        for n, (_text, want) in enumerate(LONG_SENTENCES[lang])
    ]


def _about_results(lang: str) -> list[tuple[bool, bool]]:
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(ABOUT_RESULTS[lang])])
    return [(not text_about_results.results(read[str(n)]), want) for n, (_text, want) in enumerate(ABOUT_RESULTS[lang])]


def _post_languages(lang: str) -> list[tuple[bool, bool]]:
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(POST_LANGUAGES[lang])])
    return [(read[str(n)].language != lang, want) for n, (_text, want) in enumerate(POST_LANGUAGES[lang])]


def _spelling(lang: str) -> list[tuple[bool, bool]]:
    # Each text in the language the detector gives it, as the rule reads it (the set's when it cannot tell, as the
    # rule falls back on the About's).
    names = name_words(NAMES[lang])
    verdicts = []
    for text, want in SPELLING[lang]:
        read = clean(text)
        found = detect_language(read)
        verdicts.append((bool(check_spelling(read, lang if found == "other" else found, "t", names)), want))
    return verdicts


def _tone(lang: str) -> list[tuple[bool, bool]]:
    read = read_texts([(str(n), text) for n, (text, _want) in enumerate(TONE[lang])])
    return [(tone(read[str(n)]).complaining, want) for n, (_text, want) in enumerate(TONE[lang])]


JUDGES: dict[str, Callable[[str], list[tuple[bool, bool]]]] = {
    "CAR-010": _duties,
    "PRO-007": _cliches,
    "TXT-001": _headline,
    "TXT-002": _tense,
    "TXT-003": _copies,
    "TXT-004": _about,
    "TXT-005": _posts,
    "TXT-006": _headline_keywords,
    "TXT-007": _long_sentences,
    "TXT-008": _post_languages,
    "TXT-009": _spelling,
    "TXT-010": _tone,
    "TXT-011": _about_results,
}


def precision_recall(verdicts: Sequence[tuple[bool, bool]]) -> tuple[float, float]:
    """(precision, recall) of the failures found against the failures expected."""
    hits = sum(got and want for got, want in verdicts)
    found = sum(got for got, _ in verdicts)
    expected = sum(want for _, want in verdicts)
    return (hits / found if found else 1.0, hits / expected if expected else 1.0)


def test_the_set_has_at_least_60_texts_per_language() -> None:
    for lang in LANGS:
        assert (
            sum(
                len(texts[lang])
                for texts in (HEADLINES, TENSES, COPIES, ABOUTS, POSTS, CLICHES, DUTIES, HEADLINE_KEYWORDS)
            )
            >= 60
        )


def test_the_word_rules_have_at_least_30_texts_per_language_each() -> None:
    for texts in (SPELLING, TONE, ABOUT_RESULTS):
        for lang in LANGS:
            assert len(texts[lang]) >= 30
            assert sum(want for _, want in texts[lang]) >= 10 and sum(not want for _, want in texts[lang]) >= 10


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", sorted(JUDGES))
def test_precision_and_recall(code: str, lang: str) -> None:
    verdicts = JUDGES[code](lang)
    precision, recall = precision_recall(verdicts)
    print(f"\n{code} {lang}: {len(verdicts)} texts, precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9, [n for n, (got, want) in enumerate(verdicts) if got != want]
