"""auditor.analysis.textread: language per text, features, the JSON's pipelines, and spaCy loaded only when a text
rule reads the member's words."""

from __future__ import annotations

import dataclasses
import json
import re
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


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Aujourd'hui, j'ai repris l'équipe qu'elle avait créée.",
         ["Aujourd'hui", ",", "j'", "ai", "repris", "l'", "équipe", "qu'", "elle", "avait", "créée", "."]),
        ("D'abord, peut-être : « Est-ce rentable ? », dit-il.",
         ["D'", "abord", ",", "peut-être", ":", "«", "Est", "-ce", "rentable", "?", "»", ",", "dit", "-il", "."]),
        ("J’ai réduit les coûts de 12 % chez l’industriel.",
         ["J’", "ai", "réduit", "les", "coûts", "de", "12", "%", "chez", "l’", "industriel", "."]),
    ],
)  # fmt: skip
def test_french_tokenization_keeps_elisions_and_inversions(text: str, tokens: list[str]) -> None:
    from auditor.analysis.textread import french_pipeline

    assert [t.text for t in french_pipeline().make_doc(text)] == tokens


def test_french_lemmas_and_tags() -> None:
    from auditor.analysis.textread import french_pipeline

    doc = french_pipeline()("J'ai piloté les chaînes logistiques et nous réduisons les stocks.")
    assert [t.lemma_ for t in doc if t.pos_ in ("VERB", "NOUN")] == ["piloter", "chaîne", "réduire", "stock"]


def test_pipelines_say_which_texts_each_read() -> None:
    analyses = analyse(model_export(), TODAY)
    assert analyses.text.pipelines() == {}
    assert analyses.text.get("headline") is not None
    pipelines = analyses.text.pipelines()
    assert "about" in pipelines["en"]["texts"]
    assert str(pipelines["en"]["pipeline"]).startswith('spacy.blank("en")')


def _run(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


def test_a_french_audit_never_compiles_the_french_token_match(tmp_path: Path) -> None:
    """spaCy's French tokenizer exceptions module (4.5 s to import: see french_pipeline) and spaCy's command line
    are not imported by an audit that reads French texts; the stand-ins are gone afterwards."""
    archive = tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip"
    out = tmp_path / "audit.json"
    code = (
        "import sys\n"
        "from auditor.sample import write_sample\n"
        "from auditor.cli import cli\n"
        f"write_sample({str(archive)!r}, lang='fr', size='small')\n"
        f"cli.main(['audit', {str(archive)!r}, '--json', {str(out)!r}], standalone_mode=False)\n"
        "assert 'spacy.lang.fr' in sys.modules\n"
        "unwanted = ('spacy.lang.fr.tokenizer_exceptions', 'spacy.cli', 'spacy.cli.info', 'typer', 'weasel')\n"
        "loaded = [m for m in unwanted if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "import spacy.lang.fr.tokenizer_exceptions as real\n"
        "assert real.TOKEN_MATCH is not None  # the stand-in is gone: a later import gets the real module\n"
    )
    _run(code)
    assert "fr" in json.loads(out.read_text(encoding="utf-8"))["text_pipelines"]


def _text_rules() -> list[str]:
    """The codes of the rules that read the member's words with spaCy: those whose module uses textread."""
    from auditor.rules import RULE_MODULE_NAMES

    rules_dir = Path(__file__).resolve().parent.parent / "rules"
    codes = []
    for name in RULE_MODULE_NAMES:
        source = (rules_dir / f"{name}.py").read_text(encoding="utf-8")
        if "textread" in source or "analyses.text" in source:
            codes.append(re.search(r'^CODE = "([A-Z]+-\d+)"', source, re.MULTILINE).group(1))  # type: ignore[union-attr]
    return codes


def test_inspect_and_an_audit_without_the_text_rules_never_import_spacy(tmp_path: Path) -> None:
    archive = tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip"
    out = tmp_path / "audit.json"
    codes = _text_rules()
    assert {"TXT-002", "TXT-004", "TXT-005"} <= set(codes)
    ignored = [arg for code in codes for arg in ("--ignore", code)]
    code = (
        "import sys\n"
        "from auditor.sample import write_sample\n"
        "from auditor.cli import cli\n"
        f"write_sample({str(archive)!r}, lang='fr', size='small')\n"
        f"cli.main(['inspect', {str(archive)!r}], standalone_mode=False)\n"
        "cli.main(['rules'], standalone_mode=False)\n"
        f"for code in {codes!r}:\n"
        "    cli.main(['explain', code], standalone_mode=False)\n"
        f"cli.main(['audit', {str(archive)!r}, *{ignored!r}, '--json', {str(out)!r}], standalone_mode=False)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('spacy', 'lingua', 'thinc', 'spellchecker')]\n"
        "assert not loaded, loaded[:5]\n"
    )
    _run(code)
    assert json.loads(out.read_text(encoding="utf-8"))["text_pipelines"] == {}


def test_main_language_of_a_mixed_profile() -> None:
    from auditor.analysis.textread import TextRead

    export = model_export()
    profile = dataclasses.replace(
        export.profile,  # type: ignore[arg-type]
        headline="Responsable supply chain | Je réduis les stocks des PME",
        summary="Depuis douze ans, je pilote la chaîne d'approvisionnement de PME industrielles. J'ai réduit les "
        "stocks de 30 % chez Acme et porté la précision des prévisions de 62 à 85 %. Écrivez-moi.",
    )
    positions = tuple(dataclasses.replace(p, description="") for p in export.positions)
    text = TextRead(dataclasses.replace(export, profile=profile, positions=positions), TODAY)
    assert text.main_language() is None  # not read yet: the audit falls back on its word-count guess
    assert text.get("headline") is not None
    assert text.main_language() == "fr"
    assert analyse(model_export(), TODAY).text.main_language() is None


def test_pitch_material_says_where_each_piece_comes_from() -> None:
    items = analyse(model_export(), TODAY).text.pitch_material()
    kinds = {item.kind for item in items}
    assert kinds == {"result", "current", "topic"}
    current = [i for i in items if i.kind == "current"]
    assert current and all(i.where == "position:0" for i in current)
    assert "Run the monthly S&OP cycle with sales, finance and production." in [i.text for i in current]
    results = [i for i in items if i.kind == "result"]
    assert any(i.where == "about" and "30%" in i.text for i in results)
    assert any(i.where == "position:1" and i.text.startswith("Raised forecast accuracy") for i in results)
    topics = [i.text for i in items if i.kind == "topic"]
    assert topics[0].lower() == "#supplychain" and all(not t[1:2].isdigit() for t in topics)
    assert all(i.where.startswith("post:") for i in items if i.kind == "topic")
