"""The About shows results with figures.

What:
    Reads the summary (LinkedIn's "About" section) of Profile.csv in its own language, sentence by sentence (a
    bullet or a line is a sentence of its own), and counts the sentences that tell a result with a figure: a
    figure that measures something in a sentence that tells an action, by its verb ("Cut lead times by 30%",
    « j'ai réduit les stocks de 2 M€ », "I lead a team of 12"), or a change told without a verb ("+30 % de CA",
    "a 30% reduction in churn", « hausse de 12 % du taux de service »). Figures that measure nothing done are set
    aside: dates and years, years of experience ("12 years in supply chain", « 15 ans d'expérience »), phone
    numbers, "24/7" and « 7j/7 », ordinals, codes and names with digits ("B2B", "ISO 9001", "Industry 4.0"),
    links, hashtags. A figure written in words ("doubled", « douze contrats ») is not counted. Fails when fewer
    than `min_results` sentences tell a result; the evidence says how many sentences were read and how many held
    a figure that measures nothing done.

Why:
    Career advice is unanimous: show outcomes rather than duties, and quantify them [livecareer-action-verbs]
    [harvard-resumes] (verified); coaches ask the same of the About [recommendations-advice] (unverified). The About
    is the one place where you say it in your own words, read by the people your goals need before they meet you.
    Step 5 of the method asks for a presentation that shows your expertise; step 4 for a pitch that says what you
    do, which results make the best material for.

Passes:
    "I help mid-size manufacturers ship on time. At Acme I cut lead times by 30%."
    « Acheteuse depuis 2012. +18 % de marge sur les achats indirects en deux ans. »

Fails:
    "Supply chain professional with 12 years of experience, passionate about people. Based in Lyon since 2015."
    « Disponible 7j/7 : 06 12 34 56 78. »
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.textread import TextFeatures, carries_result, idle_figures
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_about, require_profile

CODE = "TXT-011"
NAME = "text.about-results"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_results": Option(
        1, "how many sentences of the About should tell a result with a figure.", unit="count", low=1
    ),
}
NEEDS: tuple[Need, ...] = ("profile",)


def results(about: TextFeatures) -> list[str]:
    """The sentences of the text that tell a result with a figure, as written."""
    return [s.source or s.text for s in about.sentences if carries_result(s, about.language)]


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    about = require_about(export, ctx)
    found = results(about)
    wanted = ctx.options["min_results"]
    if len(found) >= wanted:
        return
    read = n_("{n} sentence read", "{n} sentences read", len(about.sentences))
    idle = sum(idle_figures(s.source or s.text) for s in about.sentences)
    yield Finding(
        what=(
            _("Your About shows no result with a figure.")
            if not found
            else n_(
                "Your About shows {n} result with a figure, fewer than {wanted}.",
                "Your About shows {n} results with a figure, fewer than {wanted}.",
                len(found),
                wanted=wanted,
            )
        ),
        why=_(
            "Results with figures show what you can do; without them, the About only claims it, and the people "
            "your goals need read it before they meet you."
        ),
        fix=_(
            'Add a sentence per result, with its figure: "cut lead times by 30% at Acme", "freed €2M of working '
            'capital", "led a team of 9 planners".'
        ),
        evidence=(
            Evidence(
                export.file_of("profile"),
                profile.line,
                _(
                    "{read}; {idle}",
                    read=read,
                    idle=n_(
                        "{n} holds figures that measure nothing done (dates, phone numbers, years of experience)",
                        "{n} hold figures that measure nothing done (dates, phone numbers, years of experience)",
                        idle,
                    ),
                )
                if idle
                else read,
            ),
        ),
    )
