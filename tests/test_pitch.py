"""Pitch drafts (auditor.planner.pitch): within ±15 % of their word budgets (140 spoken words a minute), each
sentence citing a fact that is in the export or the configuration, stale material flagged."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

import pytest

from auditor.analysis import analyse
from auditor.analysis.textread import PitchItem
from auditor.config import Config
from auditor.model import Export
from auditor.planner import build_plan
from auditor.planner.model import PitchSentence
from auditor.planner.pitch import DURATIONS, TOLERANCE, WORDS_PER_MINUTE, build_pitch, words

from .factory import TODAY, model_config, model_export


@pytest.mark.parametrize("language", ["en", "fr"])
def test_drafts_are_within_their_budgets(language: str) -> None:
    export = model_export()
    plan = build_plan(export, analyse(export, TODAY), model_config(), language=language)
    assert [d.minutes for d in plan.pitch.drafts] == list(DURATIONS)
    for draft in plan.pitch.drafts:
        budget = draft.minutes * WORDS_PER_MINUTE
        spoken = sum(words(s.text.render(language)) for s in draft.sentences)
        assert spoken == draft.words
        assert budget * (1 - TOLERANCE) <= draft.words <= budget * (1 + TOLERANCE), (draft.minutes, draft.words)
        assert not draft.short


def test_drafts_answer_the_three_questions_in_order() -> None:
    pitch = build_pitch(model_export(), model_config(), TODAY, "en")
    three = pitch.drafts[1]
    questions = [s.question for s in three.sentences]
    assert questions == sorted(questions, key=["now", "projects", "self"].index)
    assert set(questions) == {"now", "projects", "self"}
    assert three.sentences[0].text.en == "I am Supply Chain Manager at Acme Industries."


def _record_text(export: Export, sentence: PitchSentence) -> str:
    """Every text of the record the sentence cites, from the export's file and row."""
    source = sentence.source
    for section, found in export.sources.items():
        if source.file not in found.files:
            continue
        records = getattr(export, section)
        records = records if isinstance(records, tuple) else (records,)
        for record in records:
            if getattr(record, "line", None) == source.row:
                return " ".join(str(v) for v in dataclasses.astuple(record) if isinstance(v, str))
    for article in export.articles:
        if article.file == source.file:
            return article.title
    raise AssertionError(f"no record at {source}")


def _config_value(config: Config, key: str) -> Any:
    match = re.fullmatch(r"goals\[(\d+)\]\.(\w+)", key)
    assert match, key
    return getattr(config.goals[int(match[1])], match[2])


def _facts_hold(export: Export, config: Config, material: Sequence[PitchItem] | None = None) -> int:
    pitch = build_pitch(export, config, TODAY, "en", material)
    checked = 0
    for draft in pitch.drafts:
        for sentence in draft.sentences:
            assert sentence.fact and sentence.fact in sentence.text.en
            if sentence.source.key:
                value = _config_value(config, sentence.source.key)
                assert sentence.fact in (value if isinstance(value, tuple) else (value,)) or sentence.fact in value
            else:
                assert sentence.fact in _record_text(export, sentence), sentence
            checked += 1
    return checked


def test_every_sentence_cites_a_fact_of_the_export_or_the_config() -> None:
    assert _facts_hold(model_export(), model_config()) > 50


def test_a_thin_export_gives_short_drafts_and_flags_stale_material() -> None:
    base = model_export()
    past = tuple(dataclasses.replace(p, finished_on=p.started_on) for p in base.positions[1:])
    thin = dataclasses.replace(base, positions=past, shares=(), projects=(), articles=(), profile=None)
    pitch = build_pitch(thin, model_config(), TODAY, "en")
    assert pitch.drafts[-1].short
    assert not pitch.drafts[0].short
    stale = [message.en for message in pitch.stale]
    assert stale[0].startswith("Positions.csv shows no current position")
    assert stale[1] == "No post of yours in the last 3 months: nothing recent says what interests you now."
    assert _facts_hold(thin, model_config()) > 0


def test_the_pitch_starts_from_the_audits_reading_of_the_texts() -> None:
    export = model_export()
    analyses = analyse(export, TODAY)
    assert analyses.text.get("about") is not None  # as a text rule would: the texts are read
    plan = build_plan(export, analyses, model_config(), language="en")
    one = plan.pitch.drafts[0]
    facts = [s.fact for s in one.sentences]
    # The current position's sentences from the reading (results and present-tense projects) come first.
    assert "Cut average lead time from 21 to 14 days (-30%) by redesigning the MRP parameters." in facts
    ten = plan.pitch.drafts[-1].sentences
    topics = [s for s in ten if s.text.en.startswith("Lately I write about")]
    assert len(topics) == 1 and topics[0].question == "projects"
    assert topics[0].text.en == "Lately I write about #SupplyChain and #SOP."
    assert topics[0].text.fr == "Ces derniers temps, j'écris sur #SupplyChain et #SOP."
    assert topics[0].source.file == export.file_of("shares") and topics[0].source.row
    # Each sentence still cites its record, and none is said twice.
    material = analyses.text.pitch_material()
    assert _facts_hold(export, model_config(), material) > 50
    assert len({s.text.en for s in ten}) == len(ten)


def test_the_plan_reads_no_text_that_the_audit_did_not() -> None:
    export = model_export()
    analyses = analyse(export, TODAY)
    plan = build_plan(export, analyses, model_config(), language="en")
    assert not analyses.text.read
    assert not any(s.text.en.startswith("Lately I write about") for s in plan.pitch.drafts[-1].sentences)


def test_a_complaining_post_is_not_quoted() -> None:
    base = model_export()
    rant = dataclasses.replace(
        base.shares[0], commentary="I am so tired of recruiters who never answer. Ridiculous and disrespectful."
    )
    export = dataclasses.replace(base, shares=(rant, *base.shares[1:]))  # the latest post
    quoted = "I am so tired of recruiters who never answer."
    kept = build_pitch(export, model_config(), TODAY, "en")  # without the reading, every post may be quoted
    assert any(quoted in s.text.en for s in kept.drafts[-1].sentences)
    analyses = analyse(export, TODAY)
    assert analyses.text.posts()  # read, as the audit's text rules would
    plan = build_plan(export, analyses, model_config(), language="en")
    assert not any(quoted in s.text.en for d in plan.pitch.drafts for s in d.sentences)
