"""Position descriptions tell results, not duties.

What:
    Finds the lines and sentences of the descriptions in Positions.csv that open with duty phrasing, such as
    "Responsible for", "In charge of", "Tasked with", « Responsable de », « En charge de », « Chargé(e) de »
    (after any bullet; case- and accent-insensitive). One finding per position; the evidence quotes each line.
    Skips when the archive has no Positions.csv.

Why:
    "Responsible" was the most overused word of LinkedIn profiles worldwide in 2013 [linkedin-buzzwords-2013], and «
    responsable » the top word of French profiles in 2012, with LinkedIn's advice to show, not claim
    [linkedin-buzzwords-2012] (both lists reported second-hand, unverified). Career advice asks for outcomes instead of
    duties [livecareer-action-verbs] [harvard-resumes] (verified). The method's step 5 asks for descriptions that show
    results rather than duties.

Passes:
    "• Cut average lead time from 21 to 14 days (-30%) by redesigning the MRP parameters."
    "Responsable logistique de 2 sites : stocks réduits de 40 %" (a job title, not « Responsable de »).

Fails:
    "• Responsible for the S&OP process." / « En charge des approvisionnements. »
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import opening_term, sentences, shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAR-010"
NAME = "career.duty-openers"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "duty_openers": Option((
        "responsible for", "in charge of", "tasked with", "duties included", "responsibilities included",
        "responsable de|responsable du|responsable des|responsable d'",
        "en charge de|en charge du|en charge des|en charge d'",
        "chargé de|chargé du|chargé des|chargé d'|chargée de|chargée du|chargée des|chargée d'|chargé(e) de",
    ), 'the phrases that mark a duty when they open a line or sentence (words or phrases, "a|b" for variants; French '
       "articles du/des/d' are listed as variants).", unit="phrases"),
}  # fmt: skip
NEEDS: tuple[Need, ...] = ("positions",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    openers = ctx.options["duty_openers"]
    if not any(position.description.strip() for position in export.positions):
        ctx.not_applicable(_("No position has a description to read (see CAR-004)."))
    for position in export.positions:
        lines = [s for s in sentences(position.description) if opening_term(s, openers)]
        if not lines:
            continue
        where = position.company or position.title
        first = shorten(lines[0], 80).rstrip(" .;:!?")
        yield Finding(
            what=_('Your description at {place} lists duties rather than results: "{line}".', place=where, line=first),
            why=_(
                '"Responsible for" says what you were supposed to do, not what you achieved, and it is among the '
                "most overused phrases on LinkedIn."
            ),
            fix=_(
                'Start with an action verb and end with the result, e.g. "Ran the monthly S&OP, raising forecast '
                'accuracy to 85%" instead of "Responsible for S&OP".'
            ),
            evidence=tuple(
                Evidence(
                    export.file_of("positions"),
                    position.line,
                    _("{position}: {text}", position=position.company, text=shorten(line)),
                )
                for line in lines
            ),
            key=f"{position.company}|{position.title}",
        )
