"""The contract between the engine and the rules in `rules/` (installed as `auditor.rules`).

A rule is a module with:
- `CODE` (stable, e.g. "PRO-001"), `NAME` (readable, dotted, e.g. "profile.headline-present"), `STEP`
  ("step1".."step5"), `SEVERITY` ("info" | "warn" | "error");
- `OPTIONS`: name -> `Option(default, description, unit=...)`, the one declaration of each setting the user may
  change. The documentation, `explain`, `rules --json`, the starter configuration and the validation of the
  configuration all read it; rules read the values through `ctx.options` (name -> value, defaults filled in);
- `NEEDS`: what the rule reads, so that the engine skips it, with one wording, when that is absent: sections of
  the export (`model.SECTION_NAMES`; a tuple of several when any one of them will do) and inputs from outside the
  archive (`OUTSIDE_INPUTS`: goals, goal keywords, target companies, routines, the --photo file). A section the
  archive holds but could not decode counts as absent;
- `check(export, ctx) -> Iterator[Finding]`: a pure function of the parsed export and the context (no I/O, no
  clock: "today", goals, routines, options and the shared analyses arrive in `ctx`). A rule whose inputs are there
  but hold nothing it can judge (no current position, no About text, one side of a ledger empty) calls
  `ctx.not_applicable(...)`: neither a pass nor a failure, it does not count in the score. `ctx.skip(...)` stays
  for what the archive lacks in a way `NEEDS` cannot say (a column no row fills);
- a docstring that is the rule's documentation, in the sections of `WRITTEN_SECTIONS`; it cites its sources by
  id in square brackets (`[granovetter-1973]`, ids of `auditor.sources`). The "Options:" section is written from
  `OPTIONS` and the "Sources:" section from the citations and the rule's step (see `Rule.doc`);
- optionally `SCORED = False` for a rule that reports without weighing on its step's score (hygiene).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import textwrap
from collections.abc import Callable, Iterator, Mapping
from dataclasses import KW_ONLY, dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from auditor.findings import STEPS, Finding
from auditor.i18n import N_, Message, Number, _, p_, translate

if TYPE_CHECKING:
    from auditor.analysis import Analyses
    from auditor.config import Goal, Routine
    from auditor.model import Export

DOC_SECTIONS = ("What:", "Why:", "Options:", "Passes:", "Fails:", "Sources:")
WRITTEN_SECTIONS = ("What:", "Why:", "Passes:", "Fails:")  # in the docstring; the others are generated
DOC_WIDTH = 116  # the docstrings' width, inside their four-space indent
CITATION = re.compile(r"\[([a-z0-9]+(?:-[a-z0-9]+)+)\]")  # [granovetter-1973]

# What a rule may need besides the export's sections: the config's goals, the keywords or target companies of
# those goals, its routines, and the photo given with --photo.
OUTSIDE_INPUTS = ("goals", "goal-keywords", "target-companies", "routines", "photo")

Need = str | tuple[str, ...]  # a section or an outside input; a tuple when any one of several will do


# --- Options ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """What an option's number counts, and the values that make sense for it. Windows longer than a century and
    counts no one could plan are typos (or an attempt to make date arithmetic overflow), hence an upper bound on
    every unit."""

    noun: str  # how the documentation names it: "weeks", "a share"
    low: float | None = None
    high: float | None = None
    closed: bool = False  # a range by nature (a share, a luminance): messages state it whole


UnitName = Literal["weeks", "days", "months", "years", "hours", "characters", "words", "count", "per-week", "share",
                   "ratio", "pixels", "luminance", "laplacian-variance", "phrases"]  # fmt: skip

UNITS: Mapping[UnitName, Unit] = {
    "weeks": Unit(N_("weeks"), 1, 5200),  # a window holds at least one week
    "days": Unit(N_("days"), 0, 36_525),
    "months": Unit(N_("months"), 0, 1200),
    "years": Unit(N_("years"), 0, 100),
    "hours": Unit(N_("hours"), 0, 8766),
    "characters": Unit(N_("characters"), 0, 1_000_000),
    "words": Unit(N_("words"), 0, 100_000),
    "count": Unit(N_("a count"), 0, 1_000_000),
    "per-week": Unit(N_("a number per week"), 0, 10_000),
    "share": Unit(N_("a share"), 0, 1, closed=True),  # 0.25 = a quarter
    "ratio": Unit(N_("a ratio"), 0, 1000),  # one number over another, which may exceed 1
    "pixels": Unit(N_("pixels"), 0, 100_000),
    "luminance": Unit(N_("a luminance"), 0, 255, closed=True),
    "laplacian-variance": Unit(N_("a variance of the Laplacian"), 0, 10_000_000),
    "phrases": Unit(N_("a list of words or phrases")),
}

OptionValue = bool | int | float | str | tuple[str, ...]


@dataclass(frozen=True)
class Option:
    """One setting of a rule, declared once: its default (whose type is the option's type: an `int` option takes
    whole numbers, a `float` one any number, a tuple a list of strings), what it means, and its unit, which gives
    its bounds unless `low` or `high` say otherwise. `at_most` names another option of the same rule that this
    one may not exceed (a `min_x` below its `max_x`)."""

    default: OptionValue
    description: str
    _: KW_ONLY
    unit: UnitName
    low: float | None = None
    high: float | None = None
    at_most: str | None = None

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise TypeError(f"unknown unit {self.unit!r} (known: {', '.join(UNITS)})")
        low, high = self.bounds
        if low is not None and high is not None and low > high:
            raise TypeError(f"bounds {low} > {high}")
        if self.at_most is not None and not isinstance(self.default, (int, float)):
            raise TypeError("at_most compares numbers")

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        """The lowest and highest values accepted (None: no limit), the option's own or its unit's."""
        unit = UNITS[self.unit]
        return (unit.low if self.low is None else self.low, unit.high if self.high is None else self.high)

    @property
    def whole_range(self) -> bool:
        """True when the bounds are a range worth stating whole (a share, or bounds the option sets itself)."""
        return UNITS[self.unit].closed or self.low is not None or self.high is not None

    def kind(self, language: str = "en") -> str:
        """Its unit and range, as the documentation says them: "weeks, 1 to 5,200"."""
        low, high = self.bounds
        noun = translate(UNITS[self.unit].noun, language)
        if low is None or high is None:
            return noun
        return _("{unit}, {low} to {high}", unit=noun, low=_number(low), high=_number(high)).render(language)

    def describe(self, name: str, language: str = "en") -> str:
        """The option as the documentation shows it, on one long line: name, unit and range, default, meaning."""
        facts = {"name": name, "kind": self.kind(language), "default": toml_value(self.default)}
        description = translate(self.description, language)
        if isinstance(self.default, tuple):  # a long list reads best after what it is for
            return _("{name} ({kind}): {description} Default: {default}.", description=description, **facts).render(
                language
            )
        return _("{name} ({kind}; default {default}): {description}", description=description, **facts).render(language)


def _number(value: float) -> int | Number:
    return int(value) if float(value).is_integer() else Number(value, 6)


def toml_value(value: object) -> str:
    """A value as it is written in `linkedin-audit.toml` (TOML strings take JSON's escapes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


class SkipRule(Exception):
    """Raised through `Context.skip`: the rule cannot judge this export (the data is absent)."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.en)
        self.reason = reason


class NotApplicable(Exception):
    """Raised through `Context.not_applicable`: the data is there, but holds nothing this rule judges."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.en)
        self.reason = reason


@dataclass(frozen=True)
class PhotoReport:
    """Measurements of the photo given with --photo (see auditor.photo); rules judge them."""

    file: str
    width: int
    height: int
    sharpness: float  # variance of the Laplacian
    brightness: float  # mean luminance, 0..255
    contrast: float  # standard deviation of luminance
    clipped_dark: float  # share of pixels at or near black
    clipped_bright: float  # share of pixels at or near white
    faces: tuple[tuple[int, int, int, int], ...]  # (x, y, w, h) of each face found


@dataclass(frozen=True)
class Context:
    today: dt.date
    options: Mapping[str, Any]
    analyses: Analyses
    goals: tuple[Goal, ...] = ()
    routines: tuple[Routine, ...] = ()
    photo: PhotoReport | None = None
    notes: list[Message] = field(default_factory=list)  # filled by `note`, read by the engine

    def skip(self, reason: Message) -> NoReturn:
        raise SkipRule(reason)

    def not_applicable(self, reason: Message) -> NoReturn:
        raise NotApplicable(reason)

    def note(self, note: Message) -> None:
        """Something the reports should say beside the rule's verdict, which is neither a finding nor a reason to
        skip (a routine planned that the export cannot measure)."""
        self.notes.append(note)


Check = Callable[["Export", Context], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    step: str
    severity: str
    options: Mapping[str, Any]  # name -> default: what the engine and the rules read (through ctx.options)
    check: Check
    module: str
    needs: tuple[Need, ...] = ()
    scored: bool = True  # False for hygiene rules: they report but do not weigh on the step scores
    option_specs: Mapping[str, Option] = field(default_factory=dict)  # name -> declaration (OPTIONS)
    sources: tuple[str, ...] = ()  # ids of `auditor.sources` the docstring cites, in order of first citation
    docstring: str = ""  # the documentation as written in the module

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        from auditor.sources import SOURCES_BY_ID

        for attribute in ("CODE", "NAME", "STEP", "SEVERITY", "OPTIONS", "NEEDS", "check"):
            if not hasattr(module, attribute):
                raise TypeError(f"rule module {module.__name__} lacks {attribute}")
        if module.STEP not in STEPS:
            raise TypeError(f"rule module {module.__name__}: unknown step {module.STEP!r}")
        specs: dict[str, Option] = dict(module.OPTIONS)
        for name, spec in specs.items():
            if not isinstance(spec, Option):
                raise TypeError(f"rule module {module.__name__}: OPTIONS[{name!r}] is not an Option")
        docstring = (module.__doc__ or "").strip()
        sources = tuple(dict.fromkeys(CITATION.findall(docstring)))
        unknown = [source for source in sources if source not in SOURCES_BY_ID]
        if unknown:
            raise TypeError(f"rule module {module.__name__} cites unknown sources: {', '.join(unknown)}")
        return cls(
            code=module.CODE,
            name=module.NAME,
            step=module.STEP,
            severity=module.SEVERITY,
            options={name: spec.default for name, spec in specs.items()},
            check=module.check,
            module=module.__name__,
            needs=tuple(module.NEEDS),
            scored=bool(getattr(module, "SCORED", True)),
            option_specs=specs,
            sources=sources,
            docstring=docstring,
        )

    @functools.cached_property
    def doc(self) -> str:
        """The full documentation: the docstring with its "Options:" and "Sources:" sections written in (on first
        use: an audit never needs it)."""
        return compose_doc(self.docstring, self.option_specs, self.step, self.sources)

    def doc_in(self, language: str) -> str:
        """The full documentation in `language` (the docstring is its English source; the catalogs translate it)."""
        if language == "en":
            return self.doc
        from auditor.ruledocs import translated_docstring

        docstring = translated_docstring(self.docstring, language)
        return compose_doc(docstring, self.option_specs, self.step, self.sources, language)

    @property
    def title(self) -> str:
        """The first line of the documentation."""
        return self.docstring.splitlines()[0] if self.docstring else self.name

    def title_in(self, language: str) -> str:
        return translate(self.title, language)

    def doc_section(self, header: str) -> str:
        """The text of one documentation section ("What:", "Why:", ...)."""
        return doc_section(self.doc, header)


def doc_section(doc: str, header: str) -> str:
    """The text of one section ("What:", "Why:", ...) of a rule's documentation."""
    out: list[str] = []
    inside = False
    for line in doc.splitlines():
        stripped = line.strip()
        if any(stripped.startswith(h) for h in DOC_SECTIONS):
            inside = stripped.startswith(header)
            rest = stripped[len(header) :].strip() if inside else ""
            if rest:
                out.append(rest)
            continue
        if inside:
            out.append(line)
    return "\n".join(out).strip()


def _indented(text: str) -> list[str]:
    """`text` wrapped to the docstrings' width, indented as an item of a section (continuation lines deeper)."""
    return textwrap.wrap(text, DOC_WIDTH + 4, initial_indent="    ", subsequent_indent="        ",
                         break_long_words=False, break_on_hyphens=False)  # fmt: skip


def options_section(specs: Mapping[str, Option], language: str = "en") -> list[str]:
    """The "Options:" section, written from the declarations."""
    lines = ["Options:"]
    for name, spec in specs.items():
        lines += _indented(spec.describe(name, language))
    return lines if specs else [*lines, "    " + _("none.").render(language)]


def sources_section(step: str, sources: tuple[str, ...], language: str = "en") -> list[str]:
    """The "Sources:" section: the method's step the rule serves, then each source the docstring cites."""
    from auditor.sources import METHOD_STEPS, SOURCES_BY_ID, method_reference

    method = _(
        "The method, step {step}: {title} ({reference})",
        step=step[-1],
        title=translate(METHOD_STEPS[step], language),
        reference=method_reference(),
    )
    lines = ["Sources:", *_indented(method.render(language))]
    for source_id in sources:
        lines += _indented(SOURCES_BY_ID[source_id].reference(language))
    return lines


# The sections' headers as a reader sees them (the docstrings are written with the English ones).
SECTION_TITLES: Mapping[str, Message] = {
    "What:": p_("rule documentation", "What:"),
    "Why:": p_("rule documentation", "Why:"),
    "Options:": p_("rule documentation", "Options:"),
    "Passes:": p_("rule documentation", "Passes:"),
    "Fails:": p_("rule documentation", "Fails:"),
    "Sources:": p_("rule documentation", "Sources:"),
}


def compose_doc(
    docstring: str, specs: Mapping[str, Option], step: str, sources: tuple[str, ...], language: str = "en"
) -> str:
    """A rule's documentation: its docstring, with the "Options:" section written from `OPTIONS` before
    "Passes:" (or at the end), and the "Sources:" section at the end; in `language`, the docstring given
    translated, its section headers are translated too."""
    lines = docstring.splitlines()
    at = next((n for n, line in enumerate(lines) if line.strip() == "Passes:"), len(lines))
    before, after = lines[:at], lines[at:]
    while before and not before[-1].strip():
        before.pop()
    while after and not after[-1].strip():
        after.pop()
    out = [*before, "", *options_section(specs, language)]
    if after:
        out += ["", *after]
    out += ["", *sources_section(step, sources, language)]
    if language != "en":
        out = [SECTION_TITLES[line].render(language) if line in SECTION_TITLES else line for line in out]
    return "\n".join(out)
