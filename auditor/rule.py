"""The contract between the engine and the rules in `rules/` (installed as `auditor.rules`).

A rule is a module with:
- `CODE` (stable, e.g. "PRO-001"), `NAME` (readable, dotted, e.g. "profile.headline-present"), `STEP`
  ("step1".."step5"), `SEVERITY` ("info" | "warn" | "error"), `OPTIONS` (name -> default; the default's type is
  the option's type);
- `NEEDS`: what the rule reads, so that the engine skips it, with one wording, when that is absent: sections of
  the export (`model.SECTION_NAMES`; a tuple of several when any one of them will do) and inputs from outside the
  archive (`OUTSIDE_INPUTS`: goals, goal keywords, target companies, routines, the --photo file). A section the
  archive holds but could not decode counts as absent;
- `check(export, ctx) -> Iterator[Finding]`: a pure function of the parsed export and the context (no I/O, no
  clock: "today", goals, routines, options and the shared analyses arrive in `ctx`). A rule whose inputs are there
  but hold nothing it can judge (no current position, no About text, one side of a ledger empty) calls
  `ctx.not_applicable(...)`: neither a pass nor a failure, it does not count in the score. `ctx.skip(...)` stays
  for what the archive lacks in a way `NEEDS` cannot say (a column no row fills);
- a docstring that is the rule's documentation, in the sections of `DOC_SECTIONS`;
- optionally `SCORED = False` for a rule that reports without weighing on its step's score (hygiene);
- optionally `BOUNDS` (option name -> (lowest, highest), None for no limit) for a number the generic checks of
  the config miss, such as a share that must lie between 0 and 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

from auditor.findings import STEPS, Finding, Text

if TYPE_CHECKING:
    from auditor.analysis import Analyses
    from auditor.config import Goal, Routine
    from auditor.model import Export

DOC_SECTIONS = ("What:", "Why:", "Options:", "Passes:", "Fails:")

# What a rule may need besides the export's sections: the config's goals, the keywords or target companies of
# those goals, its routines, and the photo given with --photo.
OUTSIDE_INPUTS = ("goals", "goal-keywords", "target-companies", "routines", "photo")

Need = str | tuple[str, ...]  # a section or an outside input; a tuple when any one of several will do


class SkipRule(Exception):
    """Raised through `Context.skip`: the rule cannot judge this export (the data is absent)."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


class NotApplicable(Exception):
    """Raised through `Context.not_applicable`: the data is there, but holds nothing this rule judges."""

    def __init__(self, reason: Text) -> None:
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
    notes: list[Text] = field(default_factory=list)  # filled by `note`, read by the engine

    def skip(self, en: str, fr: str) -> NoReturn:
        raise SkipRule(Text(en, fr))

    def not_applicable(self, en: str, fr: str) -> NoReturn:
        raise NotApplicable(Text(en, fr))

    def note(self, en: str, fr: str) -> None:
        """Something the reports should say beside the rule's verdict, which is neither a finding nor a reason to
        skip (a routine planned that the export cannot measure)."""
        self.notes.append(Text(en, fr))


Check = Callable[["Export", Context], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    step: str
    severity: str
    options: Mapping[str, Any]
    check: Check
    doc: str
    module: str
    needs: tuple[Need, ...] = ()
    scored: bool = True  # False for hygiene rules: they report but do not weigh on the step scores
    bounds: Mapping[str, tuple[float | None, float | None]] = field(default_factory=dict)

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        for attribute in ("CODE", "NAME", "STEP", "SEVERITY", "OPTIONS", "NEEDS", "check"):
            if not hasattr(module, attribute):
                raise TypeError(f"rule module {module.__name__} lacks {attribute}")
        if module.STEP not in STEPS:
            raise TypeError(f"rule module {module.__name__}: unknown step {module.STEP!r}")
        return cls(
            code=module.CODE,
            name=module.NAME,
            step=module.STEP,
            severity=module.SEVERITY,
            options=dict(module.OPTIONS),
            check=module.check,
            doc=(module.__doc__ or "").strip(),
            module=module.__name__,
            needs=tuple(module.NEEDS),
            scored=bool(getattr(module, "SCORED", True)),
            bounds=dict(getattr(module, "BOUNDS", {})),
        )

    @property
    def title(self) -> str:
        """The first line of the documentation."""
        return self.doc.splitlines()[0] if self.doc else self.name

    def doc_section(self, header: str) -> str:
        """The text of one documentation section ("What:", "Why:", ...)."""
        lines = self.doc.splitlines()
        out: list[str] = []
        inside = False
        for line in lines:
            stripped = line.strip()
            if stripped in DOC_SECTIONS or any(stripped.startswith(h) for h in DOC_SECTIONS):
                inside = stripped.startswith(header)
                rest = stripped[len(header) :].strip() if inside else ""
                if rest:
                    out.append(rest)
                continue
            if inside:
                out.append(line)
        return "\n".join(out).strip()
