"""The message catalogs (auditor/locale): in step with the code, complete, and well written.

Every message the code says (found by `pybabel extract` as babel.cfg says, rule documentation included) has an
entry in each catalog and no entry is left over (run `tools/update-catalogs` after changing messages); each
translation keeps the placeholders of its source; French follows its typography.
"""

from __future__ import annotations

import functools
import gettext
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from auditor.i18n import DOMAIN, available_languages, compile_po, placeholders

ROOT = Path(__file__).parent.parent
LOCALE = ROOT / "auditor" / "locale"
NBSP, NNBSP = "\u00a0", "\u202f"


def _catalog(language: str) -> Catalog:
    with (LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po:
        return read_po(po, locale=language)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The messages of the code, as `pybabel extract` finds them."""
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    command = [sys.executable, "-m", "babel.messages.frontend", "--quiet", "extract", "-F", "babel.cfg"]
    command += ["-k", "_", "-k", "n_:1,2", "-k", "p_:1c,2", "-k", "N_", "--no-location", "-o", str(pot), "."]
    subprocess.run(command, cwd=ROOT, check=True)
    with pot.open("rb") as file:
        return read_po(file)


def _ids(catalog: Catalog) -> set[tuple[str, str | None]]:
    return {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalog if m.id}


TRANSLATED = [language for language in available_languages() if language != "en"]


def test_french_is_offered() -> None:
    assert available_languages() == ("en", "fr")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalog_follows_the_code(language: str, template: Catalog) -> None:
    catalog, wanted = _ids(_catalog(language)), _ids(template)
    assert len(wanted) > 300  # the rules' messages and documentation are found
    assert not wanted - catalog, "new messages: run tools/update-catalogs and translate them"
    assert not catalog - wanted, "messages the code no longer says: run tools/update-catalogs"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    """Messages, the rules' documentation and their options' descriptions: none left empty or fuzzy."""
    untranslated = [
        message.id
        for message in _catalog(language)
        if message.id
        and (not message.string or (not isinstance(message.string, str) and not all(message.string)) or message.fuzzy)
    ]
    assert untranslated == []


def _translations(language: str) -> list[tuple[str, str]]:
    """(source, translation) pairs of a catalog, each plural form against its English form."""
    pairs = []
    for message in _catalog(language):
        if not message.id or not message.string:
            continue
        if isinstance(message.id, str):
            pairs.append((message.id, str(message.string)))
        else:
            singular, plural = message.id
            forms = list(message.string)
            pairs += [(singular, forms[0]), *((plural, form) for form in forms[1:])]
    return pairs


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_their_placeholders(language: str) -> None:
    for source, translation in _translations(language):
        if not translation:
            continue
        # {n} may go unsaid in a singular form ("un message"); every other placeholder stays.
        assert placeholders(translation) - {"n"} == placeholders(source) - {"n"} or (
            placeholders(translation) == placeholders(source)
        ), (source, translation)


def test_french_typography() -> None:
    """A no-break space before ":" and inside guillemets, a narrow one before ";", "!", "?" (never a plain space,
    which a terminal or a browser may break), and no English straight quotes around words."""
    for source, translation in _translations("fr"):
        text = re.sub(r"`[^`]*`", "", translation)  # commands and config snippets are code, not prose
        text = re.sub(r"https?://\S+", "", text)
        assert not re.search(r" [:;!?»]", text), (source, translation)
        assert "« " not in text, (source, translation)
        assert not re.search(r"\w[;!?]", text), (source, translation)
        assert not re.search(r"[^\s\d*]:(\s|$)", text), (source, translation)
        assert "(s)" not in text, (source, translation)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_catalog_says_what_the_source_says(language: str) -> None:
    po = (LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po").read_bytes()
    compiled = gettext.GNUTranslations(io.BytesIO(compile_po(po, language)))
    for message in _catalog(language):
        if message.id and message.string and isinstance(message.id, str) and not message.context:
            assert compiled.gettext(message.id) == message.string


def _pseudo(text: str) -> str:
    """`text` in the pseudo-language: upper case outside its placeholders, wrapped in ⟦ ⟧."""
    parts = re.split(r"(\{[^{}]*\})", text)
    return "⟦" + "".join(part if part.startswith("{") else part.upper() for part in parts) + "⟧"


def _pseudo_catalog(template: Catalog) -> gettext.GNUTranslations:
    """A pseudo-language: every message of the code in upper case and wrapped in ⟦ ⟧ (placeholders kept), as a
    third catalog."""
    from babel.messages.mofile import write_mo

    pseudo = Catalog(locale="de", domain=DOMAIN)
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, str):
            pseudo.add(message.id, _pseudo(message.id), context=message.context)
        else:
            pseudo.add(message.id, tuple(_pseudo(form) for form in message.id), context=message.context)
    out = io.BytesIO()
    write_mo(out, pseudo)
    return gettext.GNUTranslations(io.BytesIO(out.getvalue()))


def test_a_third_language_is_a_catalog(template: Catalog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With a catalog for a third language (a pseudo one: messages in upper case in ⟦ ⟧, German formats), the whole
    audit speaks it: every finding, reason and note, the terminal summary and the HTML report have no string left
    untranslated."""
    import datetime as dt

    from auditor import i18n, ruledocs
    from auditor.audit import AuditOptions, run_audit
    from auditor.config import load_config
    from auditor.reports import html
    from auditor.reports.html import render_html
    from auditor.reports.terminal import summary_text
    from auditor.reports.viewmodel import build_view
    from auditor.rules import RULES
    from auditor.sample import write_sample
    from auditor.sample.goals import sample_config

    pseudo = _pseudo_catalog(template)
    real = i18n.translations

    def translations(language: str) -> gettext.NullTranslations:
        return pseudo if language == "de" else real(language)

    for module in (i18n, ruledocs, html):
        monkeypatch.setattr(module, "translations", translations)
    html._environment.cache_clear()
    monkeypatch.setattr(html, "_environment", functools.cache(html._environment.__wrapped__))
    archive = tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip"
    write_sample(archive)
    config = tmp_path / "linkedin-audit.toml"
    config.write_text(sample_config(seed=0), encoding="utf-8")
    options = AuditOptions(language="de", as_of=dt.date(2026, 11, 2))
    audit = run_audit(archive, load_config(config, RULES), RULES, options)

    said = [text for finding in audit.result.findings for text in (finding.what, finding.why, finding.fix)]
    said += [o.reason for o in audit.result.outcomes if o.reason] + [n for o in audit.result.outcomes for n in o.notes]
    assert said
    for text in said:
        rendered = text.render("de")
        assert rendered.startswith("⟦") and rendered.endswith("⟧"), rendered
    # No English sentence of the catalog is left in what the reader sees.
    english = [m.id for m in template if isinstance(m.id, str) and len(m.id) > 24 and "{" not in m.id]
    summary = summary_text(audit, top=60)
    page = render_html(build_view(audit))
    left = [text for text in english if text in summary or text.replace("'", "&#39;") in page]
    assert left == []
    assert "2.\u00a0November 2026" in page or "2. November 2026" in page  # German dates, from Babel
