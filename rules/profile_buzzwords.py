"""The headline and About avoid LinkedIn's most overused words.

What:
    Counts the uses of the overused words and phrases of `buzzwords_en` and `buzzwords_fr` in the headline and the
    summary (LinkedIn's "About" section) of Profile.csv, each text read in its own language: whole words,
    case- and accent-insensitively ("Results-oriented" matches "results oriented"), French words on their lemma
    (« passionnées » is « passionné »). A phrase inside a longer listed phrase counts once ("proven track record").
    A listed word used as a verb is no claim and does not count: "has driven me to", "was driven by", « ce projet
    m'a motivé », « me passionne » (the French tagger says a verb; in English, the words around it). Fails when
    the uses are more than `max_buzzwords`; the evidence quotes each sentence with its words.

Why:
    LinkedIn published yearly lists of the words most used in its members' profiles (2010-2017: "extensive experience",
    "motivated", "creative", "responsible", "strategic", "passionate", "leadership"...; in France in 2012 the top word
    was « responsable »), with one piece of advice: show, don't claim, replace them with concrete projects and results
    [linkedin-buzzwords-2010] [linkedin-buzzwords-2012] [linkedin-buzzwords-2013] [linkedin-buzzwords-2017] (all
    reported second-hand, unverified). The French seed list adds French clichés and "laborious" phrasings (« sens aigu
    de », « j'ai pu », « il a fallu ») [wttj-cv-authentique] [formulations-laborieuses] (verified), and the hedging «
    j'aimerais » (an editorial choice). "patient" is left out of the English list: it is a noun in every health-care
    profile. Step 5 of the method asks for a presentation that gives a positive image of you; one or two of these words
    are normal, hence the threshold.

Passes:
    Headline "Supply chain manager | I cut lead times and stock for mid-size manufacturers"; an About that
    mentions "the leadership team" once; "Ten years of planning have driven me to cut waste."

Fails:
    Headline "Passionate, results-oriented and creative expert".
    Headline « Commerciale dynamique, motivée et passionnée ».
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import fold, shorten
from auditor.analysis.textread import term_uses
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Names, _, n_, p_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-007"
NAME = "profile.buzzwords"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "max_buzzwords": Option(2, "how many uses of listed words are tolerated (3 or more fail).", unit="count"),
    # LinkedIn's yearly lists, 2010-2017 [linkedin-buzzwords-2010] [linkedin-buzzwords-2013] [linkedin-buzzwords-2017].
    "buzzwords_en": Option((
        "extensive experience", "innovative", "motivated", "results-oriented|results-driven|result-oriented",
        "dynamic", "proven track record", "track record", "team player", "fast-paced", "problem solver",
        "problem solving", "entrepreneurial", "creative", "effective", "communication skills", "wide range",
        "responsible", "strategic", "expert", "organizational|organisational", "driven", "analytical",
        "passionate", "leadership", "determined", "dedicated", "successful",
        "specialized|specialised|specialize|specialise", "focused", "experienced", "multinational", "skilled",
        "excellent",
    ), 'the English list (words or phrases; "a|b" lists variants counted as one word).', unit="phrases"),
    # LinkedIn France 2012 and the global lists in French, plus French clichés [wttj-cv-authentique]
    # [formulations-laborieuses].
    "buzzwords_fr": Option((
        "responsable|responsables", "stratégique|stratégiques", "créatif|créative|créatifs|créatives",
        "motivé|motivée|motivés|motivées", "passionné|passionnée|passionnés|passionnées",
        "dynamique|dynamiques", "dynamisme", "expert|experte|experts|expertes",
        "spécialisé|spécialisée|spécialisés|spécialisées", "leadership", "innovant|innovante|innovants|innovantes",
        "adaptation au changement", "sens aigu de|sens aigu d'", "profondément motivé|profondément motivée",
        "j'ai pu", "j'ai dû", "il a fallu", "j'aimerais", "je voudrais",
    ), "the French list, same format (« rigoureux », « force de proposition », « autonome » were not found in a "
       "source: add them here if you want them).", unit="phrases"),
}  # fmt: skip
NEEDS: tuple[Need, ...] = ("profile",)


def _quoted(field: str, sentence: str, words: str) -> Message:
    """Evidence: the sentence of the headline or the About as written, and the listed words found in it."""
    if field == "headline":
        return _('Headline: "{sentence}" ({words})', sentence=sentence, words=words)
    return _('Summary: "{sentence}" ({words})', sentence=sentence, words=words)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    if not (profile.headline.strip() or profile.summary.strip()):
        ctx.not_applicable(_("No headline or About section to read (see PRO-001, PRO-004)."))
    terms = (*ctx.options["buzzwords_en"], *ctx.options["buzzwords_fr"])
    found: dict[str, str] = {}  # folded -> as listed
    uses = 0
    evidence: list[Evidence] = []
    for field, where in (("headline", "headline"), ("summary", "about")):
        features = ctx.analyses.text.get(where)
        if features is None:
            continue
        # Sentence by sentence, so that the evidence quotes each word in its sentence: the member sees how it was
        # used.
        by_sentence: dict[str, list[str]] = {}
        for use in term_uses(features, terms):
            by_sentence.setdefault(use.sentence, []).append(use.term)
            found.setdefault(fold(use.term), use.term)
            uses += 1
        for sentence, words in by_sentence.items():
            # The sentence and the words are the member's own text, quoted as they are.
            quoted = _quoted(field, shorten(sentence, 160), ", ".join(dict.fromkeys(words)))
            evidence.append(Evidence(export.file_of("profile"), profile.line, quoted))
    if uses <= ctx.options["max_buzzwords"]:
        return
    overused = list(found.values())
    # Each word in the reader's quotation marks: 'passionate' / « passionate ». Made outside the n_ call: pybabel
    # mistakes a p_ nested in an n_ for the n_'s own arguments.
    listed = Names(tuple(p_("quoted word", "'{text}'", text=word) for word in overused))
    yield Finding(
        what=n_(
            "Your headline and About use overused words {n} time: {words}.",
            "Your headline and About use overused words {n} times: {words}.",
            uses,
            words=listed,
        ),
        why=_(
            "These words top LinkedIn's own lists of the most overused profile words: they claim a quality instead "
            "of showing it, so readers skip them."
        ),
        fix=_(
            "Replace '{word}' with a fact that proves it, e.g. 'cut lead times by 30%' instead of 'results-oriented'.",
            word=overused[0],
        ),
        evidence=tuple(evidence),
    )
