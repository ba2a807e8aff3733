"""Each position has its own description, not one copied from another.

What:
    Compares the descriptions of the positions in Positions.csv two by two, sentence by sentence (a bullet is a
    sentence): a sentence is found in the other description when at least 60% of its pairs of consecutive words
    are there, once case, accents and punctuation are set aside (a figure changed does not hide a copy). Two
    descriptions are copies when at least `max_shared` of the sentences of the shorter one are found in the other.
    Descriptions shorter than 8 words are left out (a one-line "Freelance missions" may well repeat). One finding
    per pair; the evidence quotes both.

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

import itertools
import re
from collections.abc import Iterator

from auditor.analysis.text import fold, sentences, shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-003"
NAME = "text.copied-descriptions"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "max_shared": Option(
        0.8, "the share of the shorter description's sentences found in the other that makes it a copy.", unit="share"
    ),
}
NEEDS: tuple[Need, ...] = ("positions",)

MIN_WORDS = 8
_WORD = re.compile(r"[a-z0-9]+")


SAME_SENTENCE = 0.6  # of a sentence's word pairs found in the other description


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    words = _WORD.findall(fold(text))
    return frozenset(itertools.pairwise(words))


def shared(first: str, second: str) -> float:
    """The share of the sentences of the shorter text found in the other (0 when either is short)."""
    if len(_WORD.findall(fold(first))) < MIN_WORDS or len(_WORD.findall(fold(second))) < MIN_WORDS:
        return 0.0
    short, long = sorted((first, second), key=lambda text: len(_WORD.findall(fold(text))))
    other = _pairs(long)
    pairs = [p for p in (_pairs(s) for s in sentences(short)) if p]
    if not pairs:
        return 0.0
    return sum(len(p & other) >= SAME_SENTENCE * len(p) for p in pairs) / len(pairs)


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
                    "Your descriptions at {first} and {second} repeat each other: {share} of the shorter one is in the "
                    "other.",
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
