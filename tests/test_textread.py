"""auditor.analysis.textread: language per text, features, the JSON's pipelines, and spaCy loaded only when a text
rule reads the member's words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.analysis import analyse
from auditor.analysis.textread import detect_language, read_texts

from .factory import TODAY, model_export


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Responsable supply chain | Je réduis les stocks des PME", "fr"),
        ("Supply chain manager | I cut lead times and stock for mid-size manufacturers", "en"),
        ("Ingénieure logiciel", "fr"),
        ("Einkaufsleiterin bei einem mittelständischen Maschinenbauer in Stuttgart", "other"),
        ("SAP", "other"),
    ],
)
def test_language_per_text(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_features_in_both_languages() -> None:
    read = read_texts(
        [
            ("fr", "• Réduit les stocks de 40 %.\n• J'ai piloté une équipe de 9 personnes &amp; 3 sites. #supplychain"),
            ("en", "• Lead a team of 9 planners.\n• Raised accuracy to 85% with @Acme: https://acme.example.com"),
        ]
    )
    fr, en = read["fr"], read["en"]
    assert (fr.language, en.language) == ("fr", "en")
    assert [s.tense for s in fr.sentences][:2] == ["", "past"]
    assert [s.tense for s in en.sentences] == ["present", "past"]
    assert {"réduire", "piloter", "équipe"} <= fr.lemmas
    assert {"lead", "raise", "planner"} <= en.lemmas
    assert "&" in fr.text and fr.hashtags == ("supplychain",)
    assert en.mentions == ("Acme",) and en.links == ("https://acme.example.com",)
    assert "40 %" in fr.figures and "85%" in en.figures
    assert fr.first_person == 1 and en.first_person == 0
    assert fr.sentence_lengths[0] == 5


def test_pipelines_say_which_texts_each_read() -> None:
    analyses = analyse(model_export(), TODAY)
    assert analyses.text.pipelines() == {}
    assert analyses.text.get("headline") is not None
    pipelines = analyses.text.pipelines()
    assert "about" in pipelines["en"]["texts"]
    assert str(pipelines["en"]["pipeline"]).startswith('spacy.blank("en")')


def _run(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


def test_inspect_and_an_audit_without_the_text_rules_never_import_spacy(tmp_path: Path) -> None:
    archive = tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip"
    out = tmp_path / "audit.json"
    code = (
        "import sys\n"
        "from auditor.sample import write_sample\n"
        "from auditor.cli import cli\n"
        f"write_sample({str(archive)!r}, lang='fr', size='small')\n"
        f"cli.main(['inspect', {str(archive)!r}], standalone_mode=False)\n"
        "cli.main(['rules'], standalone_mode=False)\n"
        "cli.main(['explain', 'TXT-002'], standalone_mode=False)\n"
        f"cli.main(['audit', {str(archive)!r}, '--ignore', 'TXT-002', '--ignore', 'TXT-004', '--ignore', 'TXT-005', "
        f"'--ignore', 'TXT-006', '--ignore', 'TXT-007', "
        f"'--json', {str(out)!r}], standalone_mode=False)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('spacy', 'lingua', 'thinc', 'spellchecker')]\n"
        "assert not loaded, loaded[:5]\n"
    )
    _run(code)
    assert json.loads(out.read_text(encoding="utf-8"))["text_pipelines"] == {}
