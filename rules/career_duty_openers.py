"""Position descriptions tell results, not duties.

What:
    Reads the descriptions of Positions.csv, each in its own language, and finds the lines and sentences that open
    with a duty rather than an action: a listed duty phrase such as "Responsible for", "In charge of", "Tasked
    with", « Responsable de », « En charge de », « Chargé(e) de » (after any bullet; case- and
    accent-insensitive), or a noun of action with no verb, "Management of", "Coordination of", « Gestion des »,
    « Pilotage du », « Suivi des », « Mise en place de » (the French tagger tells « Géré des projets », a verb,
    from « Gestion des projets »). « Responsable de » or « Chargé(e) de » followed by a noun without an article
    names a job, not a duty: « Chargée d'affaires », « Chargé de mission », « Responsable de site ». Noun openers
    count only in a description that shows no figure at all (a year is no figure: « depuis 2019 » dates a task):
    lines like « Réduction des stocks de 30 % » or « Lancement d'une API utilisée par 80 partenaires » tell
    results, and a description that has them tells results beside its tasks. One finding per position; the
    evidence quotes each line. Skips when the archive has no Positions.csv.

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
    "• Responsible for the S&OP process." / « En charge des approvisionnements. » / « • Gestion des stocks. »
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.analysis.text import fold, opening_term, sentences, shorten, strip_bullet
from auditor.analysis.textread import Sentence, TextFeatures
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


# A noun of action that opens a line: the duty said without a verb.
_NOUN_ENDINGS = ("tion", "sion", "ment", "age", "ance", "ence", "ship", "ure")
_FR_NOUN_FORMS = frozenset(("suivi", "mise", "gestion", "veille", "support", "appui", "aide"))  # the tagger misreads
_FR_OF = frozenset(("de", "du", "des", "d'", "d’"))
_EN_OF = frozenset(("of", "for"))
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# « Chargée d'affaires », « Responsable de site », « Chargé de mission »: the phrase and a noun without an article
# name a job, not a duty (« Chargée de l'intégration », « Responsable des achats », « Chargé de recruter » are duties).
_FR_TITLE = re.compile(r"^(?:responsable|chargee?|charge\(e\)) (?:de |d')([a-z]+)\b")
_FR_DETERMINERS = frozenset(
    "le la les l un une mon ma mes notre nos leur leurs son sa ses ce cet cette ces tous toutes".split()
)


def _figure(text: str) -> bool:
    """Whether the text shows a figure: a digit outside a year (« depuis 2019 » dates a task, it is no result)."""
    return bool(_DIGIT.search(_YEAR.sub("", text)))


def job_title(line: str) -> bool:
    """Whether a line that opens with « Responsable de » or « Chargé(e) de » names a job rather than a duty."""
    match = _FR_TITLE.match(fold(strip_bullet(line)).replace("’", "'"))
    return match is not None and match.group(1) not in _FR_DETERMINERS and not match.group(1).endswith(_INFINITIVE)


_INFINITIVE = ("er", "ir", "re", "oir")


def nominal_duty(sentence: Sentence, language: str) -> bool:
    """Whether the sentence opens with a noun of action and no verb (« Gestion des stocks », "Management of the
    plants") and holds no figure."""
    words = [w for w in sentence.words if w.text[:1].isalnum()]
    if len(words) < 2 or _figure(sentence.text):
        return False
    first, second = words[0], words[1].text.lower()
    form = fold(first.text)
    if language == "fr":
        if second not in _FR_OF and not (form == "mise" and second == "en"):
            return False
        return form in _FR_NOUN_FORMS or (first.pos != "VERB" and form.endswith(_NOUN_ENDINGS))
    return language == "en" and second in _EN_OF and form.endswith(_NOUN_ENDINGS)


def duty_lines(features: TextFeatures | None, description: str, openers: tuple[str, ...]) -> list[str]:
    """The lines and sentences of a description that open with a duty, as written."""
    listed = [s for s in sentences(description) if opening_term(s, openers) and not job_title(s)]
    if features is None or features.language == "other" or _figure(description):
        return listed  # a description with figures shows results beside its tasks
    nominal = [s.source for s in features.sentences if nominal_duty(s, features.language)]
    folded = {fold(line) for line in listed}
    return listed + [line for line in nominal if fold(line) not in folded and not opening_term(line, openers)]


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    openers = ctx.options["duty_openers"]
    if not any(position.description.strip() for position in export.positions):
        ctx.not_applicable(_("No position has a description to read (see CAR-004)."))
    for index, position in enumerate(export.positions):
        if not position.description.strip():
            continue
        lines = duty_lines(ctx.analyses.text.position(index), position.description, openers)
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
