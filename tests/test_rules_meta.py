"""Meta-tests: the registry, the contract of every rule module, its documentation and its tests."""

from __future__ import annotations

import ast
import math
import pkgutil
import re
from pathlib import Path

import pytest

import auditor.rules as rules_package
from auditor.engine import run_rules
from auditor.findings import SEVERITIES, STEPS
from auditor.rule import CITATION, DOC_SECTIONS, UNITS, WRITTEN_SECTIONS, Rule
from auditor.rules import RULE_MODULES, RULES
from auditor.sources import SOURCES_BY_ID

from .factory import TODAY, model_config, model_export

RULE_TESTS = Path(__file__).parent / "rules"
IDS = [rule.code for rule in RULES]


def test_every_module_is_registered() -> None:
    on_disk = {info.name for info in pkgutil.iter_modules(rules_package.__path__)}
    registered = {module.__name__.rsplit(".", 1)[-1] for module in RULE_MODULES}
    assert on_disk == registered


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"[A-Z]{3}-\d{3}", rule.code), rule.code
        assert re.fullmatch(r"[a-z0-9]+\.[a-z0-9-]+", rule.name), rule.name


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_contract(rule: Rule) -> None:
    assert rule.step in STEPS
    assert rule.severity in SEVERITIES


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_every_option_is_declared_whole(rule: Rule) -> None:
    """Each option has a description and a unit, a default of a type the configuration can hold, within its
    bounds, and the option it must stay below (if any) exists, with a default that respects it."""
    assert dict(rule.options) == {name: spec.default for name, spec in rule.option_specs.items()}
    for option, spec in rule.option_specs.items():
        where = f"{rule.code}.{option}"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", option), where
        assert spec.description.strip() and spec.description.endswith("."), f"{where}: no description"
        assert spec.unit in UNITS, f"{where}: unknown unit {spec.unit}"
        default = spec.default
        if isinstance(default, tuple):
            assert spec.unit == "phrases" and default, where
            assert all(isinstance(item, str) and item.strip() for item in default), where
            continue
        assert isinstance(default, (bool, int, float, str)), f"{where}: {type(default).__name__} default"
        assert spec.unit != "phrases", f"{where}: a list unit for a single value"
        low, high = spec.bounds
        if isinstance(default, (int, float)) and not isinstance(default, bool):
            assert math.isfinite(default), where
            assert (low is None or default >= low) and (high is None or default <= high), f"{where}: out of bounds"
        if spec.at_most is not None:
            assert spec.at_most in rule.option_specs and spec.at_most != option, f"{where}: at_most {spec.at_most}"
            assert default <= rule.option_specs[spec.at_most].default, where  # type: ignore[operator]


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_docstring_is_complete(rule: Rule) -> None:
    assert rule.title and not rule.title.startswith(("What", "Why"))
    written = [line.strip() for line in rule.docstring.splitlines()]
    for section in WRITTEN_SECTIONS:
        assert section in written, f"{rule.code}: the docstring lacks its {section} section"
    for section in set(DOC_SECTIONS) - set(WRITTEN_SECTIONS):
        assert section not in written, f"{rule.code}: {section} is written from the declarations, not by hand"
    for section in DOC_SECTIONS:
        assert rule.doc_section(section), f"{rule.code}: empty or missing section {section}"
    options_doc = rule.doc_section("Options:")
    for option in rule.options:
        assert option in options_doc, f"{rule.code}: option {option} is not documented"
    assert re.search(r"step [1-5]|method|LinkedIn", rule.doc_section("Why:")), (
        f"{rule.code}: 'Why' should cite the method step or the public guidance"
    )


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_sources_are_public_and_shown(rule: Rule) -> None:
    """A rule cites sources by id, never a document outside the repository, and `explain` shows their links."""
    assert "guidance-facts" not in rule.docstring and "§" not in rule.docstring, rule.code
    sources = rule.doc_section("Sources:")
    assert "The method, step " + rule.step[-1] in sources
    for source in rule.sources:
        assert SOURCES_BY_ID[source].url in sources.replace("\n        ", " "), f"{rule.code}: {source}"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_has_passing_and_failing_tests(rule: Rule) -> None:
    module = rule.module.rsplit(".", 1)[-1]
    path = RULE_TESTS / f"test_{module}.py"
    assert path.exists(), f"{rule.code}: no {path.name}"
    functions = {node.name for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.FunctionDef)}
    assert any(name.startswith("test_pass") for name in functions), f"{rule.code}: no test_pass*"
    assert any(name.startswith("test_fail") for name in functions), f"{rule.code}: no test_fail*"


def test_model_member_has_no_findings() -> None:
    from auditor.analysis import analyse

    export = model_export()
    result = run_rules(export, analyse(export, TODAY), model_config(), RULES)
    assert [(f.code, f.what.en) for f in result.findings] == []
    assert [o.code for o in result.outcomes if o.status == "crashed"] == []


def test_every_citation_names_a_known_source() -> None:
    """Module docstrings outside the rules (analyses) cite sources the same way; every id is in the table."""
    root = Path(__file__).parent.parent
    for path in [*root.glob("auditor/**/*.py"), *root.glob("rules/*.py")]:
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        for source in CITATION.findall(docstring):
            assert source in SOURCES_BY_ID, f"{path.name}: unknown source [{source}]"


def test_docs_sources_is_current() -> None:
    from auditor.sources import sources_markdown

    written = (Path(__file__).parent.parent / "docs" / "sources.md").read_text(encoding="utf-8")
    assert written == sources_markdown(), "run: linkedin-audit sources --markdown > docs/sources.md"


def test_the_rules_and_the_engine_do_not_load_the_reader() -> None:
    """`linkedin-audit rules` and `explain` stay light: the rules, the engine and the analyses never import the
    export reader (nor bs4 and lxml behind it)."""
    import subprocess
    import sys

    code = (
        "import sys, auditor.rules, auditor.engine, auditor.analysis\n"
        "loaded = [m for m in sys.modules if m.startswith('auditor.export') or m in ('bs4', 'lxml')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
