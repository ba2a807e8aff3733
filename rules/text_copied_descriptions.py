"""Each position has its own description, not one copied from another.

What:
    Compares the descriptions of the positions in Positions.csv two by two, as pairs of consecutive words once
    case, accents and punctuation are set aside: two descriptions that share at least `max_shared` of their pairs
    (over the shorter one) are copies. Descriptions shorter than 8 words are left out (a one-line "Freelance missions"
    may well repeat). One finding per pair; the evidence quotes both.

Why:
    Each experience should state its own impact [harvard-resumes] (verified); a description pasted from one job
    to the next says nothing new, and readers notice it. Step 5 of the method asks for a career presented with
    care.

Passes:
    Two positions at the same company whose descriptions tell different results.

Fails:
    « Pilotage des approvisionnements et du S&OP, réduction des stocks de 20 %. » under two employers, or the
    same text with one figure changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.analysis.text import fold, shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-003"
NAME = "text.copied-descriptions"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "max_shared": Option(0.5, "the share of word pairs two descriptions may have in common.", unit="share"),
}
NEEDS: tuple[Need, ...] = ("positions",)

MIN_WORDS = 8
_WORD = re.compile(r"[a-z0-9]+")


def _runs(text: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(fold(text))
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(tuple(words[n : n + 2]) for n in range(len(words) - 1))


def shared(first: str, second: str) -> float:
    """The share of word pairs the two texts have in common, over the shorter one (0 when either is short)."""
    a, b = _runs(first), _runs(second)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    described = [p for p in export.positions if len(_WORD.findall(fold(p.description))) >= MIN_WORDS]
    if len(described) < 2:
        ctx.not_applicable(_("Fewer than two positions have a description to compare."))
    for n, first in enumerate(described):
        for second in described[n + 1 :]:
            share = shared(first.description, second.description)
            if share < ctx.options["max_shared"]:
                continue
            yield Finding(
                what=_(
                    "Your descriptions at {first} and {second} are {share} the same.",
                    first=first.company or first.title,
                    second=second.company or second.title,
                    share=Percent(share),
                ),
                why=_("A description copied from another job says nothing new about what you did there."),
                fix=_("Rewrite one of them with what was specific to that job: its projects and its results."),
                evidence=tuple(
                    Evidence(export.file_of("positions"), p.line, f"{p.company or p.title}: {shorten(p.description)}")
                    for p in (first, second)
                ),
                key=f"{first.company}|{first.title}|{second.company}|{second.title}",
            )
