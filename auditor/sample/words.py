"""The words of the sample generator, read from the data files shipped in the package.

`data/<lang>.toml` holds one language's `Lexicon` (its careers, texts, local names and the words of the sample
configuration), `data/names.toml` the names every network shares. A file is read once, on first use, from the
installed package (through `importlib.resources`, never a path of the checkout), so the command line's start-up
never reads it. It is checked against the dataclasses of `auditor.sample.lexicon`: a missing, unknown, empty or
mistyped key is a `WordsError` that names the file and the key.

The files mirror the dataclasses: a dataclass is a TOML table (`[names]`, `[[tracks]]`), a `tuple[str, ...]`
an array of strings, and a fixed-size tuple, such as a city and its LinkedIn location, an inline table whose
keys `ROW_KEYS` names (`{ city = "London", location = "London, England, United Kingdom" }`).
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
import typing
from importlib import resources
from typing import Any, TypeVar

from auditor.sample.eras import JOB_SEEKER_HEADER
from auditor.sample.lexicon import Lexicon, SharedNames

LANGS = ("en", "fr")
_PACKAGE = "auditor.sample"
_FOLDER = "data"

# The keys of each fixed-size tuple, by the name of the field that holds it.
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "home_cities": ("city", "location"),
    "other_cities": ("city", "location"),
    "company_parts": ("first", "middle", "last"),
    "languages": ("language", "proficiency"),
    "sponsored": ("subject", "paragraphs"),
    "learning": ("title", "description"),
    "screening": ("question", "answer"),
    "organisations": ("sender", "url", "message"),
    "article_sections": ("heading", "paragraph"),
    "certifications": ("name", "authority"),
    "projects": ("title", "description"),
    "publications": ("name", "publisher", "description"),
    "honors": ("title", "description"),
    "degrees": ("degree", "notes"),
    "summary_typo": ("word", "typo"),
}

T = TypeVar("T")


class WordsError(ValueError):
    """A data file of the sample generator does not match its schema (the message names the file and key)."""


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The words of `lang` ("en" or "fr"), read on first use."""
    if lang not in LANGS:
        raise ValueError(f"unknown lang {lang!r}: expected one of {', '.join(LANGS)}")
    words = load(f"{lang}.toml", Lexicon)
    if words.lang != lang:
        raise WordsError(f"{_where(f'{lang}.toml')}: lang is {words.lang!r}, expected {lang!r}")
    return words


@functools.cache
def shared_names() -> SharedNames:
    """The international name pool and the decorations of names, read on first use."""
    return load("names.toml", SharedNames)


def load(name: str, schema: type[T]) -> T:
    """Read `data/<name>` from the installed package and build the dataclass `schema` from it."""
    try:
        text = (resources.files(_PACKAGE) / _FOLDER / name).read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise WordsError(f"{_where(name)}: cannot be read: {error}") from error
    return build(raw, schema, name)


def build(raw: dict[str, Any], schema: type[T], name: str) -> T:
    """Build the dataclass `schema` from the parsed TOML `raw` of the file `name`, checking every key."""
    result: T = _convert(raw, schema, "", "", name)
    if isinstance(result, Lexicon):
        _check_lexicon(result, name)
    return result


def _where(name: str) -> str:
    return f"{_PACKAGE.replace('.', '/')}/{_FOLDER}/{name}"


def _convert(value: object, hint: Any, key: str, field: str, name: str) -> Any:
    """`value` as the type `hint`; `key` is its dotted path in the file, `field` the dataclass field it fills."""

    def fail(problem: str) -> WordsError:
        return WordsError(f"{_where(name)}: {problem}")

    shown = key or "the file"
    if hint is str:
        if not isinstance(value, str):
            raise fail(f"{shown} must be a string, not {_kind(value)}")
        return value
    if dataclasses.is_dataclass(hint):
        return _table(value, hint, key, name, fail)
    args = typing.get_args(hint)
    if typing.get_origin(hint) is not tuple or not args:
        raise TypeError(f"no data-file form for {hint!r}")  # a schema change the loader does not know yet
    if len(args) == 2 and args[1] is Ellipsis:
        if not isinstance(value, list):
            raise fail(f"{shown} must be an array, not {_kind(value)}")
        if not value:
            raise fail(f"{shown} is empty")
        return tuple(_convert(item, args[0], f"{key}[{index}]", field, name) for index, item in enumerate(value))
    keys = ROW_KEYS[field]
    if not isinstance(value, dict):
        raise fail(f"{shown} must be a table with keys {', '.join(keys)}, not {_kind(value)}")
    _check_keys(value, keys, key, fail)
    return tuple(_convert(value[k], arg, f"{key}.{k}", field, name) for k, arg in zip(keys, args, strict=True))


def _table(value: object, schema: Any, key: str, name: str, fail: typing.Callable[[str], WordsError]) -> Any:
    if not isinstance(value, dict):
        raise fail(f"{key} must be a table, not {_kind(value)}")
    hints = _hints(schema)
    fields = list(hints)
    _check_keys(value, fields, key, fail)
    prefix = f"{key}." if key else ""
    return schema(**{f: _convert(value[f], hints[f], f"{prefix}{f}", f, name) for f in fields})


@functools.cache
def _hints(schema: type) -> dict[str, Any]:
    """The resolved field types of a dataclass, in field order (resolving them is the slow part of a build)."""
    hints = typing.get_type_hints(schema)
    return {field.name: hints[field.name] for field in dataclasses.fields(schema)}


def _check_keys(
    value: dict[str, object], keys: typing.Sequence[str], key: str, fail: typing.Callable[[str], WordsError]
) -> None:
    prefix = f"{key}." if key else ""
    for problem, names in (
        ("missing", [k for k in keys if k not in value]),
        ("unknown", [k for k in value if k not in keys]),
    ):
        if names:
            raise fail(f"{problem} key{'s' if len(names) > 1 else ''} {', '.join(prefix + k for k in names)}")


def _kind(value: object) -> str:
    kinds: dict[type, str] = {dict: "a table", list: "an array", str: "a string"}
    return kinds.get(type(value), type(value).__name__)


def _check_lexicon(lex: Lexicon, name: str) -> None:
    """What the generator counts on beyond the types (each rule is the comment of its field in `Lexicon`)."""
    problems = [
        f"tracks[{index}].ladder has {len(track.ladder)} titles, expected 7"
        for index, track in enumerate(lex.tracks)
        if len(track.ladder) != 7
    ]
    problems += [
        f"tracks[{index}].skills has {len(track.skills)} skills, expected at least 40"
        for index, track in enumerate(lex.tracks)
        if len(track.skills) < 40
    ]
    if len(lex.job_seeker) != len(JOB_SEEKER_HEADER):
        problems.append(f"job_seeker has {len(lex.job_seeker)} values, expected {len(JOB_SEEKER_HEADER)}")
    if problems:
        raise WordsError(f"{_where(name)}: {problems[0]}")
