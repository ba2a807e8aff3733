"""Messages and their catalogs: what the tool says, written once in English, said in the reader's language.

Code never writes a sentence in two languages. It makes a `Message`: an English source string with named
placeholders (the catalog's msgid) and the facts that fill them, through the markers that `pybabel extract`
knows (see `babel.cfg`):

    _("You published nothing for {span}.", span=Days(40))
    n_("{n} invitation waits for an answer.", "{n} invitations wait for an answer.", len(old))
    p_("severity", "warn")

A message is rendered when a report is written, in the language asked for: the catalog of that language
(`auditor/locale/<lang>/LC_MESSAGES/linkedin_audit.po`, compiled to `.mo` when the package is built) gives the
translation, English is the fallback, and `auditor.formats` writes every number, date, span and list the
locale's way (Babel). The same audit can so be shown in French and in English, and its JSON keeps the message
ids and their facts (`message_json`).

A third language is a new catalog: `pybabel init -D linkedin_audit -i linkedin_audit.pot -d auditor/locale -l es`,
translate, and it is offered by `--lang` (see `LANGUAGES`).
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
import string
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Literal, TypeAlias

DOMAIN = "linkedin_audit"
SOURCE_LANGUAGE = "en"


# --- Facts a message can carry ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Number:
    """A number written with `digits` decimals at most (`0,6` / `0.6`; `16 500` / `16,500`)."""

    value: float
    digits: int = 1


@dataclass(frozen=True, slots=True)
class Percent:
    """A share (0.23) written as a percentage: `23 %` / `23%`."""

    share: float
    digits: int = 0


@dataclass(frozen=True, slots=True)
class Days:
    """A span of days as people say it: `13 days`, `7 months`, `2 years` / `13 jours`, `7 mois`, `2 ans`."""

    days: int


@dataclass(frozen=True, slots=True)
class Names:
    """Names (or phrases) joined the locale's way: `Léa, Sam and Inès` / `Léa, Sam et Inès` (style "or": `ou`)."""

    names: tuple[str | Message, ...]
    style: Literal["and", "or"] = "and"


@dataclass(frozen=True, slots=True)
class Month:
    """A month of a year, as positions are dated: `June 2016` / `juin 2016`."""

    year: int
    month: int


@dataclass(frozen=True, slots=True)
class Verbatim:
    """Text written as it is, never formatted: a year (`2017`, not `2 017`), a code, a value from the archive."""

    text: str


# A plain str is written as it is too; an int is a count (grouped: `16 500`); a float is a Number with 1 decimal;
# a date is written long (`2 novembre 2026` / `November 2, 2026`); a Message is rendered in the same language.
Param: TypeAlias = "str | int | float | dt.date | Number | Percent | Days | Names | Month | Verbatim | Message"


@dataclass(frozen=True, slots=True)
class Message:
    """Something the tool says: an English source string (the msgid), its plural when it has one, and the facts
    that fill its `{placeholders}`. Equal messages say the same thing."""

    id: str
    params: tuple[tuple[str, Param], ...] = ()
    plural: str | None = None
    n: int = 1  # the count that picks the plural form (when `plural` is set)
    context: str | None = None  # msgctxt: tells two uses of the same short English word apart

    def render(self, language: str) -> str:
        return render(self, language)

    @property
    def en(self) -> str:
        return render(self, "en")

    @property
    def fr(self) -> str:
        return render(self, "fr")


def _(text: str, /, **params: Param) -> Message:
    """A message: `text` is the English source, with `{name}` placeholders filled by `params`."""
    return Message(text, tuple(params.items()))


def n_(singular: str, plural: str, n: int, /, **params: Param) -> Message:
    """A message whose wording depends on the count `n` (also available as `{n}`): the locale's plural rules pick
    the form (French: 0 and 1 are singular)."""
    params.setdefault("n", n)
    return Message(singular, tuple(params.items()), plural=plural, n=n)


def p_(context: str, text: str, /, **params: Param) -> Message:
    """A message with a context, for a short word whose translation depends on where it is used."""
    return Message(text, tuple(params.items()), context=context)


def N_(text: str) -> str:
    """Marks a constant string for extraction; it is translated where it is shown (`translate`)."""
    return text


# --- Catalogs ---------------------------------------------------------------------------------------------------


def _locale_dir() -> resources.abc.Traversable:
    return resources.files("auditor") / "locale"


@functools.cache
def available_languages() -> tuple[str, ...]:
    """English, then every language the package holds a catalog for."""
    found = sorted(
        entry.name
        for entry in _locale_dir().iterdir()
        if entry.is_dir() and any((entry / "LC_MESSAGES" / f"{DOMAIN}{suffix}").is_file() for suffix in (".mo", ".po"))
    )
    return (SOURCE_LANGUAGE, *(language for language in found if language != SOURCE_LANGUAGE))


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog of `language`: its compiled `.mo` (built with the package), or in a source checkout where none
    was built, its `.po` compiled in memory. English, or a language without a catalog, translates nothing."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    folder = _locale_dir() / language / "LC_MESSAGES"
    compiled = folder / f"{DOMAIN}.mo"
    if compiled.is_file():
        return gettext.GNUTranslations(io.BytesIO(compiled.read_bytes()))
    source = folder / f"{DOMAIN}.po"
    if source.is_file():
        return gettext.GNUTranslations(io.BytesIO(compile_po(source.read_bytes(), language)))
    return gettext.NullTranslations()


def compile_po(po: bytes, language: str) -> bytes:
    """A `.po` catalog compiled to `.mo` bytes (Babel's reader and writer); fuzzy entries are left out."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po), locale=language, domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def translate(text: str, language: str, context: str | None = None) -> str:
    """One constant string (marked with `N_`) in `language`."""
    catalog = translations(language)
    return catalog.pgettext(context, text) if context else catalog.gettext(text)


# --- Rendering --------------------------------------------------------------------------------------------------


_FORMATTER = string.Formatter()


def placeholders(template: str) -> set[str]:
    """The names of a template's `{placeholders}`."""
    return {name for _text, name, _spec, _conv in _FORMATTER.parse(template) if name}


def render(message: Message, language: str) -> str:
    """`message` in `language`: its translation (English when the catalog has none), its facts written by
    `auditor.formats` the locale's way."""
    from auditor import formats

    catalog = translations(language)
    if message.plural is not None:
        if message.context:
            template = catalog.npgettext(message.context, message.id, message.plural, message.n)
        else:
            template = catalog.ngettext(message.id, message.plural, message.n)
    elif message.context:
        template = catalog.pgettext(message.context, message.id)
    else:
        template = catalog.gettext(message.id)
    if not message.params:
        return template
    values = {name: formats.value(value, language) for name, value in message.params}
    return template.format_map(values)


# --- JSON -------------------------------------------------------------------------------------------------------


def message_json(message: Message) -> dict[str, object]:
    """A message as data: its id, plural and context when set, and its facts, each typed so that it can be
    rendered again in any language (`message_from_json`)."""
    data: dict[str, object] = {"id": message.id}
    if message.plural is not None:
        data["plural"] = message.plural
        data["n"] = message.n
    if message.context:
        data["context"] = message.context
    if message.params:
        data["params"] = {name: _param_json(value) for name, value in message.params}
    return data


def _param_json(value: Param) -> object:
    if isinstance(value, Message):
        return {"message": message_json(value)}
    if isinstance(value, Number):
        return {"number": value.value, "digits": value.digits}
    if isinstance(value, Percent):
        return {"percent": value.share, "digits": value.digits}
    if isinstance(value, Days):
        return {"days": value.days}
    if isinstance(value, Names):
        names = [name if isinstance(name, str) else {"message": message_json(name)} for name in value.names]
        return {"names": names, "style": value.style}
    if isinstance(value, Month):
        return {"month": f"{value.year:04d}-{value.month:02d}"}
    if isinstance(value, Verbatim):
        return {"text": value.text}
    if isinstance(value, dt.datetime):
        return {"date": value.date().isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return value  # str, int, float


def message_from_json(data: Mapping[str, object]) -> Message:
    """The inverse of `message_json`."""
    raw = data.get("params") or {}
    params = tuple((str(name), _param_from_json(value)) for name, value in dict(raw).items())  # type: ignore[call-overload]
    plural = data.get("plural")
    context = data.get("context")
    n = data.get("n", 1)
    return Message(
        str(data["id"]),
        params,
        plural=str(plural) if plural is not None else None,
        n=int(n) if isinstance(n, int) else 1,
        context=str(context) if context else None,
    )


def _param_from_json(value: object) -> Param:
    if isinstance(value, (str, int, float)):
        return value
    if not isinstance(value, Mapping):
        raise ValueError(f"not a message parameter: {value!r}")
    if "message" in value:
        return message_from_json(value["message"])
    if "number" in value:
        return Number(float(value["number"]), int(value.get("digits", 1)))
    if "percent" in value:
        return Percent(float(value["percent"]), int(value.get("digits", 0)))
    if "days" in value:
        return Days(int(value["days"]))
    if "names" in value:
        style: Literal["and", "or"] = "or" if value.get("style") == "or" else "and"
        names = tuple(
            message_from_json(name["message"]) if isinstance(name, Mapping) else str(name) for name in value["names"]
        )
        return Names(names, style)
    if "month" in value:
        year, month = str(value["month"]).split("-")
        return Month(int(year), int(month))
    if "text" in value:
        return Verbatim(str(value["text"]))
    if "date" in value:
        return dt.date.fromisoformat(str(value["date"]))
    raise ValueError(f"not a message parameter: {value!r}")
