"""The current role is told in the present, past roles in the past.

What:
    Reads each position description of Positions.csv with the language pipeline of its own language and finds the
    tense of each sentence or bullet from its opening verb: present ("Lead a team", "I run", « Je pilote »,
    « Encadre »), past ("Led", "Raised", « J'ai piloté », « Animé », « Je pilotais »). Sentences that open with a
    noun (« Pilotage des achats »), or with a form that is both ("Cut", « Réduit »), count for neither. A past
    position fails when at least `min_sentences` of its sentences are in the present and more of them than in the
    past. The current position is judged only when `current_min_sentences` is set: it fails when at least that
    many of its sentences are in the past and none is in the present. One finding per position; the evidence
    quotes the sentences.

Why:
    Resume advice is to use the present tense for the current job and the past tense for earlier ones; a finished
    project inside the current job may take the past [livecareer-action-verbs] (verified). Some coaches write every
    job in the past, hence an info, and the current role left unjudged unless you ask. A past role told in the
    present reads as a profile not updated, a current role told only in the past as a job already left: step 5 of
    the method asks for a career presented with care.

Passes:
    Current: "• Lead a team of 9 planners. • Freed 2.1 M€ of working capital." (present, and a past result).
    Past: « • Réduit les stocks de 40 %. • Animé la revue de la demande. »

Fails:
    Current, with `current_min_sentences` = 2: "• Led a team of 9 planners. • Managed the S&OP cycle." (a role that
    seems over).
    Past: « • Je pilote les achats. • J'encadre 4 acheteurs. » (a role that seems to go on).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import shorten
from auditor.analysis.textread import TextFeatures
from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-002"
NAME = "text.role-tense"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_sentences": Option(2, "how many sentences in the wrong tense make a finding.", unit="count", low=1),
    "current_min_sentences": Option(
        0,
        "how many past-tense sentences, and none in the present, make the current role fail (0: the current role "
        "is not judged, since some coaches write every job in the past).",
        unit="count",
    ),
}
NEEDS: tuple[Need, ...] = ("positions",)


def wrong_tense(features: TextFeatures, current: bool, min_sentences: int = 2) -> tuple[str, ...]:
    """The sentences of a description in the wrong tense for a current (or past) role, when they make a finding;
    else ()."""
    past = [s.text for s in features.sentences if s.tense == "past"]
    present = [s.text for s in features.sentences if s.tense == "present"]
    if current:
        return tuple(past) if len(past) >= min_sentences and not present else ()
    return tuple(present) if len(present) >= min_sentences and len(present) > len(past) else ()


def _quote(sentence: str) -> str:
    return shorten(sentence[:1].upper() + sentence[1:], 100)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    described = [(n, p) for n, p in enumerate(export.positions) if p.description.strip()]
    if not described:
        ctx.not_applicable(_("No position has a description to read (see CAR-004)."))
    for index, position in described:
        features = ctx.analyses.text.position(index)
        if features is None or features.language == "other":
            continue
        if position.is_current and not ctx.options["current_min_sentences"]:
            continue
        least = ctx.options["current_min_sentences" if position.is_current else "min_sentences"]
        wrong = wrong_tense(features, position.is_current, least)
        if not wrong:
            continue
        where = position.company or position.title
        if position.is_current:
            what = _("Your current role at {place} is told in the past, as if you had left it.", place=where)
            fix = _('Put what you do now in the present ("Lead a team of 9"), keep the past for finished results.')
        else:
            what = _("Your past role at {place} is told in the present, as if it went on.", place=where)
            fix = _('Put it in the past ("Led a team of 9"), as a finished chapter of your career.')
        yield Finding(
            what=what,
            why=_("The tense tells readers which job you hold now: a wrong one makes them doubt your dates."),
            fix=fix,
            evidence=tuple(
                Evidence(export.file_of("positions"), position.line, _quote(sentence)) for sentence in wrong
            ),
            key=f"{position.company}|{position.title}",
        )
