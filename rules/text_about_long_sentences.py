"""The About reads easily: no very long sentence.

What:
    Reads the summary (LinkedIn's "About" section) of Profile.csv in its own language, cut into sentences by the
    language pipeline (a bullet or a line is a sentence of its own), and counts the words of each. Fails when a
    sentence holds more than `max_words` words; the evidence quotes each such sentence with its length.

Why:
    The About is read on a screen, often a phone, from its first lines; a sentence that runs on for more than forty
    words loses the reader before its point. The threshold is an editorial choice, hence an info: a long sentence
    that lists results is still a list of results, and a bullet per result reads faster. Step 5 of the method asks
    for a presentation that gives a positive image of you.

Passes:
    "I cut lead times by 30% at Acme. Now I build inventory models for mid-size manufacturers."

Fails:
    One sentence of 52 words that chains a career, three employers, two results and a call to action with commas
    and « et ».
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import shorten
from auditor.analysis.textread import TextFeatures
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_about, require_profile

CODE = "TXT-007"
NAME = "text.about-long-sentences"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_words": Option(40, "the most words a sentence of the About may hold.", unit="count", low=10),
}
NEEDS: tuple[Need, ...] = ("profile",)


def long_sentences(about: TextFeatures, max_words: int) -> list[tuple[str, int]]:
    """The sentences of the text longer than `max_words` words, as written, with their word counts."""
    return [
        (sentence.source or sentence.text, words)
        for sentence, words in zip(about.sentences, about.sentence_lengths, strict=True)
        if words > max_words
    ]


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    about = require_about(export, ctx)
    found = long_sentences(about, ctx.options["max_words"])
    if not found:
        return
    yield Finding(
        what=n_(
            "Your About has {n} sentence of more than {max} words.",
            "Your About has {n} sentences of more than {max} words.",
            len(found),
            max=ctx.options["max_words"],
        ),
        why=_("A sentence that runs on loses the reader before its point, on a phone all the more."),
        fix=_("Cut it at each idea: one result or one project per sentence, or a short bullet list."),
        evidence=tuple(
            Evidence(
                export.file_of("profile"),
                profile.line,
                n_('"{sentence}" ({n} word)', '"{sentence}" ({n} words)', words, sentence=shorten(sentence, 120)),
            )
            for sentence, words in found
        ),
    )
