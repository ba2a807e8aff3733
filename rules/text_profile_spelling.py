"""The headline and the About are free of spelling mistakes.

What:
    Checks each word of the headline and of the summary (LinkedIn's "About" section) in Profile.csv against the
    French or English word list of pyspellchecker, in the language of each text. A word counts as misspelt when the
    list lacks it and holds a word one edit away (a letter added, dropped, swapped or changed, an accent included):
    "forcasts", « stratègie », « developpement ». Never looked up: the names the archive holds (your connections,
    the companies of Positions.csv, the schools of Education.csv, your skills), acronyms and words in capitals or
    with a capital inside, capitalised words inside a sentence, words with digits, hashtags, mentions, links and
    e-mail addresses, hyphenated compounds, a word of the other language (« process », "chez"), and a short list
    of trade terms the dictionaries lack (onboarding, SaaS, « ingénieure »). French elisions (« l'équipe ») and
    English contractions ("company's") are read as the word they hold. Fails on any misspelt word; the evidence
    names each one, where it is, and the dictionary's closest word.

Why:
    The headline is read first, under your name, and the About by the people your goals need: the method's step 5
    asks for an impeccable presentation of your career, and a typo there reads as carelessness. A dictionary cannot
    know every name and term, hence the words it leaves alone.

Passes:
    "Supply chain planner | I turn messy forecasts into plans people trust"
    « Ingénieure R&D chez Vercors Ingénierie : j'ai co-construit l'offre avec Léa Marchetti. »

Fails:
    "Supply chain planner | I turn messy forcasts into plans people trust" (forecasts).
    « Responsable supply chain | Je réduis les délais et les stoks des PME » (stocks).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.spelling import Checker, Misspelling, name_words
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "TXT-009"
NAME = "text.profile-spelling"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("profile",)

MAX_EVIDENCE = 10

# Where the words are, in a sentence, and as a label in the evidence.
PLACES: dict[tuple[str, ...], Message] = {
    ("headline",): _("your headline"),
    ("about",): _("your About"),
    ("headline", "about"): _("your headline and your About"),
}
LABELS: dict[str, Message] = {"headline": _("Headline"), "about": _("About")}


def known_names(export: Export) -> frozenset[str]:
    """The folded words of the names the archive holds: people, companies, schools, skills."""
    names = [name for c in export.connections for name in (c.first_name, c.last_name, c.company)]
    names += [p.company for p in export.positions]
    names += [e.school for e in export.education]
    names += [s.name for s in export.skills]
    if export.profile is not None:
        names += [export.profile.first_name, export.profile.last_name, export.profile.maiden_name]
    return name_words(names)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    if not profile.headline.strip() and not profile.summary.strip():
        ctx.not_applicable(_("No headline or About to read (see PRO-001 and PRO-004)."))
    texts = [(where, features) for where in LABELS if (features := ctx.analyses.text.get(where)) is not None]
    languages = [f.language for _, f in texts if f.language != "other"]
    if not languages:
        ctx.not_applicable(_("Your headline and About are in neither French nor English: no dictionary to check."))
    checker = Checker(known_names(export))
    found: list[Misspelling] = []
    for where, features in texts:
        # A headline too short to tell its language ("CFO | SaaS") is read in the About's.
        lang = features.language if features.language != "other" else languages[-1]
        found += checker.check(features.text, lang, where)  # type: ignore[arg-type]
    if not found:
        return
    places = tuple(dict.fromkeys(m.where for m in found))
    yield Finding(
        what=n_(
            "{n} word of {places} looks misspelt.",
            "{n} words of {places} look misspelt.",
            len(found),
            places=PLACES[places],
        ),
        why=_("Your headline and About are read first: a typo there reads as carelessness."),
        fix=_("Correct the words below, in LinkedIn's profile editor; a name or a term you mean may stay as it is."),
        evidence=tuple(
            Evidence(
                export.file_of("profile"),
                profile.line,
                _(
                    '{place}: "{word}", perhaps "{suggestion}"',
                    place=LABELS[m.where],
                    word=m.word,
                    suggestion=m.suggestion,
                ),
            )
            for m in found[:MAX_EVIDENCE]
        ),
    )
