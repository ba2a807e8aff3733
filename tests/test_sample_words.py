"""The sample generator's words: data files shipped in the package, read lazily and checked at load.

The archives these words make are pinned elsewhere (`test_sample_audit.TYPICAL_DIGESTS`); here: the files are
found wherever the package is installed (even from a zipped wheel), a broken file is a clear error naming the
file and key, and nothing reads them before a sample is written.
"""

from __future__ import annotations

import copy
import dataclasses
import fnmatch
import re
import shutil
import string
import subprocess
import sys
import tomllib
import typing
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from auditor.sample import words
from auditor.sample.goals import LEXICONS
from auditor.sample.lexicon import Lexicon, SharedNames, Track, gendered
from auditor.sample.words import LANGS, ROW_KEYS, WordsError, build, lexicon, shared_names

ROOT = Path(__file__).parent.parent


def raw(name: str) -> dict[str, Any]:
    """The parsed data file, from the installed package."""
    return tomllib.loads((resources.files("auditor.sample") / "data" / name).read_text(encoding="utf-8"))


def broken(name: str, schema: type[Any], change: typing.Callable[[dict[str, Any]], None]) -> str:
    """The message of the error that loading `name`, altered by `change`, raises."""
    data = copy.deepcopy(raw(name))
    change(data)
    with pytest.raises(WordsError) as error:
        build(data, schema, name)
    return str(error.value)


# --- what is loaded ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_loads_once(lang: str) -> None:
    lex = lexicon(lang)
    assert lex.lang == lang
    assert lexicon(lang) is lex and LEXICONS[lang] is lex  # read once, shared
    assert len(lex.tracks) == 3 and all(isinstance(track, Track) for track in lex.tracks)
    assert lex.names.female and lex.names.male and lex.names.last and lex.recruiter_firms


def test_shared_names_load() -> None:
    names = shared_names()
    assert isinstance(names, SharedNames)
    assert names.emoji[0] == "🚀" and names.credentials[0] == "PhD" and "Da Silva" in names.compound_last


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unknown lang 'de'"):
        lexicon("de")
    assert "de" not in LEXICONS
    with pytest.raises(KeyError):
        LEXICONS["de"]


def test_every_fixed_size_tuple_has_named_keys() -> None:
    """The loader reads a fixed-size tuple from an inline table whose keys ROW_KEYS names, one per item."""

    def rows(schema: type[Any]) -> dict[str, int]:
        found: dict[str, int] = {}
        for name, hint in typing.get_type_hints(schema).items():
            args = typing.get_args(hint)
            if args and args[-1] is Ellipsis:
                hint, args = args[0], typing.get_args(args[0])
            if typing.get_origin(hint) is tuple and args[-1] is not Ellipsis:
                found[name] = len(args)
        return found

    arity = rows(Lexicon) | rows(Track)
    assert {name: len(keys) for name, keys in ROW_KEYS.items()} == arity


def texts(value: object, path: str, found: dict[str, list[str]]) -> dict[str, list[str]]:
    """Every string of a loaded lexicon, by field path (a track by its key, so languages line up)."""
    if isinstance(value, str):
        found.setdefault(path, []).append(value)
    elif isinstance(value, tuple):
        for item in value:
            texts(item, path, found)
    elif isinstance(value, Track):
        for field in dataclasses.fields(value):
            texts(getattr(value, field.name), f"tracks.{value.key}.{field.name}", found)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            texts(getattr(value, field.name), f"{path}.{field.name}".lstrip("."), found)
    return found


def placeholders(templates: list[str]) -> set[str]:
    return {name for text in templates for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_language_uses_the_same_placeholders() -> None:
    """A translator's typo ({prenom} for {first}) or a stray brace fails here, not in one seed's archive."""
    english = texts(lexicon("en"), "", {})
    for lang in LANGS:
        found = texts(lexicon(lang), "", {})
        assert found.keys() == english.keys()
        for path, templates in found.items():
            assert placeholders(templates) == placeholders(english[path]), f"{lang}: {path}"


@pytest.mark.parametrize("lang", LANGS)
def test_gender_alternatives_are_well_formed(lang: str) -> None:
    for path, templates in texts(lexicon(lang), "", {}).items():
        for text in templates:
            for gender in "fm":
                assert not re.search(r"\[\[[^\]]*\|", gendered(text, gender)), f"{lang}: {path}: {text!r}"
            # An empty masculine only adds the feminine ending: « Curieux[[|se]] » gave « Curieuxse ».
            for masculine, feminine in re.findall(r"\[\[([^|\]]*)\|([^\]]*)\]\]", text):
                assert masculine or feminine in ("e", "es"), f"{lang}: {path}: {text!r}"


def test_curious_in_french() -> None:
    closers = lexicon("fr").closers
    assert "Curieuse de savoir comment vous faites." in [gendered(c, "f") for c in closers]
    assert "Curieux de savoir comment vous faites." in [gendered(c, "m") for c in closers]


# --- the files ship with the package ------------------------------------------------------------------------


def test_pyproject_ships_every_data_file() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["auditor.sample"]
    files = sorted(
        p.relative_to(ROOT / "auditor" / "sample").as_posix() for p in (ROOT / "auditor/sample/data").iterdir()
    )
    assert files == ["data/en.toml", "data/fr.toml", "data/names.toml"]
    assert all(any(fnmatch.fnmatch(f, pattern) for pattern in patterns) for f in files)


DATA_FILES = {"auditor/sample/data/en.toml", "auditor/sample/data/fr.toml", "auditor/sample/data/names.toml"}


def built_package(kind: str, tmp_path: Path) -> Path:
    """The package as setuptools builds it from a copy of the checkout, as one zip file.

    "wheel": the real wheel (bdist_wheel ships with setuptools 70.1+, or comes from `wheel`); "build_py": the
    step of any wheel build that picks the package's files, zipped here, for a setuptools without bdist_wheel.
    """
    setuptools = pytest.importorskip("setuptools")
    if kind == "wheel" and tuple(int(part) for part in setuptools.__version__.split(".")[:2]) < (70, 1):
        pytest.importorskip("wheel")
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("auditor", "rules", "reports"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    if kind == "wheel":
        command = ["-c", "import sys; from setuptools import build_meta; print(build_meta.build_wheel(sys.argv[1]))"]
        command.append(str(tmp_path))
    else:
        command = ["-c", "import setuptools; setuptools.setup()", "build_py", "--build-lib", str(tmp_path / "tree")]
    done = subprocess.run([sys.executable, *command], cwd=source, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    if kind == "wheel":
        return tmp_path / done.stdout.strip().splitlines()[-1]
    package = tmp_path / "package.zip"
    with zipfile.ZipFile(package, "w") as archive:
        for path in sorted((tmp_path / "tree").rglob("*")):
            archive.write(path, path.relative_to(tmp_path / "tree").as_posix())
    return package


@pytest.mark.parametrize("kind", ["wheel", "build_py"])
def test_the_built_package_finds_the_words(kind: str, tmp_path: Path) -> None:
    """Import the generator from the zipped package itself: no path of the checkout can help it find its words."""
    package = built_package(kind, tmp_path)
    with zipfile.ZipFile(package) as archive:
        assert set(archive.namelist()) >= DATA_FILES
    # -I -S: no site-packages (so not the editable install), no current directory on the path.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import io\n"
        "from auditor.sample import write_sample, words\n"
        "assert words.__file__.startswith(sys.argv[1]), words.__file__\n"
        "summary = write_sample(io.BytesIO(), seed=2, lang='fr', size='small')\n"
        "print(words.lexicon('fr').tracks[0].key, words.shared_names().emoji[0], summary.owner_name)"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", code, str(package)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[:2] == ["supply", "🚀"]


# --- validation at load ---------------------------------------------------------------------------------------


def test_a_missing_key_names_the_file_and_key() -> None:
    message = broken("en.toml", Lexicon, lambda data: data.pop("greetings"))
    assert message == "auditor/sample/data/en.toml: missing key greetings"


def test_a_missing_key_in_a_track_or_row() -> None:
    message = broken("fr.toml", Lexicon, lambda data: data["tracks"][1].pop("hashtags"))
    assert message == "auditor/sample/data/fr.toml: missing key tracks[1].hashtags"
    message = broken("en.toml", Lexicon, lambda data: data["home_cities"][0].pop("location"))
    assert message == "auditor/sample/data/en.toml: missing key home_cities[0].location"
    message = broken("names.toml", SharedNames, lambda data: data["international"].pop("male"))
    assert message == "auditor/sample/data/names.toml: missing key international.male"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        pytest.param(lambda d: d.update(greeting=["Hi"]), "unknown key greeting", id="unknown-key"),
        pytest.param(lambda d: d.update(country=["UK"]), "country must be a string, not an array", id="not-a-string"),
        pytest.param(lambda d: d.update(days="Monday"), "days must be an array, not a string", id="not-an-array"),
        pytest.param(lambda d: d.update(days=[]), "days is empty", id="empty-list"),
        pytest.param(lambda d: d["days"].append(3), "days[7] must be a string, not int", id="not-a-string-item"),
        pytest.param(
            lambda d: d["screening"].__setitem__(0, ["Q?", "Yes"]),
            "screening[0] must be a table with keys question, answer, not an array",
            id="row-as-array",
        ),
        pytest.param(lambda d: d["names"].update(middle=["X"]), "unknown key names.middle", id="unknown-nested-key"),
        pytest.param(lambda d: d.update(tracks={}), "tracks must be an array, not a table", id="tracks-not-array"),
        pytest.param(
            lambda d: d["tracks"][2]["ladder"].pop(), "tracks[2].ladder has 6 titles, expected 7", id="short-ladder"
        ),
        pytest.param(lambda d: d["job_seeker"].pop(), "job_seeker has 18 values, expected 19", id="job-seeker-width"),
    ],
)
def test_a_malformed_file_is_a_clear_error(change: typing.Callable[[dict[str, Any]], None], problem: str) -> None:
    assert broken("en.toml", Lexicon, change) == f"auditor/sample/data/en.toml: {problem}"


def test_a_broken_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end through `load`: a package of words whose files are missing, invalid TOML or short of a key."""
    package = tmp_path / "brokenwords"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "data" / "bad.toml").write_text('lang = "en"\ncountry = \n', encoding="utf-8")
    (package / "data" / "names.toml").write_text('compound_last = ["Da Silva"]\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(words, "_PACKAGE", "brokenwords")
    with pytest.raises(WordsError, match=r"^brokenwords/data/xx\.toml: cannot be read: "):
        words.load("xx.toml", Lexicon)
    with pytest.raises(WordsError, match=r"^brokenwords/data/bad\.toml: cannot be read: Invalid value \(at line 2"):
        words.load("bad.toml", Lexicon)
    with pytest.raises(
        WordsError, match=r"^brokenwords/data/names\.toml: missing keys international, emoji, credentials$"
    ):
        words.load("names.toml", SharedNames)


def test_the_lang_key_must_match_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    french = lexicon("fr")
    monkeypatch.setattr(words, "load", lambda name, schema: dataclasses.replace(french))
    words.lexicon.cache_clear()
    try:
        with pytest.raises(WordsError, match=r"en\.toml: lang is 'fr', expected 'en'"):
            lexicon("en")
    finally:
        words.lexicon.cache_clear()


# --- nothing is read before it is needed ----------------------------------------------------------------------


def test_start_up_and_import_read_no_word() -> None:
    code = (
        "import sys\n"
        "from auditor.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], prog_name='linkedin-audit')\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'auditor.sample.words' not in sys.modules, 'linkedin-audit --help imported the words'\n"
        "import auditor.sample\n"
        "from auditor.sample import words\n"
        "from auditor.sample.goals import LEXICONS\n"
        "assert 'fr' in LEXICONS and list(LEXICONS) == ['en', 'fr']\n"
        "print('read:', words.lexicon.cache_info().currsize, words.shared_names.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Usage: linkedin-audit" in done.stdout
    assert done.stdout.splitlines()[-1] == "read: 0 0"
