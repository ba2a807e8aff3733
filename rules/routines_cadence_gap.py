"""Each measurable routine is kept: what the export shows matches the plan.

What:
    For every routine whose activity the export can measure, compares the planned rate (per week) with the actual
    rate over the last `weeks` weeks, and gives one finding per routine below `min_ratio` of its plan. Measured:
    posts = your posts with text in Shares.csv and your published articles, as in CAD-001 (reshares without comment
    do not count); articles = articles published (Articles/); comments = Comments.csv; reactions = Reactions.csv;
    messages = messages you sent (messages.csv); conversations = conversations you started; invitations =
    invitations you sent (Invitations.csv). The window is the last `weeks` complete ISO weeks up to today or to the
    export date, as in the cadence rules of step 5 (the week in progress is left out: it would read as a slow week
    every Monday). A routine whose file is not in this archive is not checked (articles count as present in a
    complete archive, which holds Articles/ only when you wrote some; conversations need the conversation IDs that
    2018 archives lack); lunches, conferences and other activities the export cannot show are never checked: the
    audit lists them as planned, not measurable. Skipped when no routine can be measured. The posting and
    commenting rules of step 5 (CAD-001, CAD-006) leave a pace your routines set to this rule, so that one gap is
    judged once.

Why:
    Step 3 of the method: decide the time you give to networking and make it visible in your agenda, as real
    work time. A plan that the export does not show is a plan that is not kept; the fix is either calendar time
    or a plan you can hold.

Options:
    weeks: how many weeks to measure (default 13, one quarter).
    min_ratio: the share of the planned rate that passes (default 0.75).

Passes:
    Routine "posts", 2 per week; 26 posts in the last 13 weeks (2.0 a week).

Fails:
    Routine "posts", 2 per week; 10 posts in the last 13 weeks (0.8 a week, below 0.75 × 2 = 1.5).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

from auditor.analysis.cadence import AUTHORED_KINDS
from auditor.config import CONFIG_FILE_NAME, PERIODS, Routine
from auditor.findings import Evidence, Finding, t
from auditor.model import SECTION_FILES, Export
from auditor.rule import Context, Need

CODE = "RTN-002"
NAME = "routines.cadence-gap"
STEP = "step3"
SEVERITY = "warn"
OPTIONS: dict[str, object] = {"weeks": 13, "min_ratio": 0.75}
NEEDS: tuple[Need, ...] = ("routines",)

# The section each measurable activity is read from.
SECTION = {
    "posts": "shares",
    "articles": "articles",
    "comments": "comments",
    "reactions": "reactions",
    "messages": "messages",
    "conversations": "messages",
    "invitations": "invitations",
}
# The cadence kinds each activity counts: a published article is a post too, as in the cadence rules (CAD-001).
KINDS = {"posts": AUTHORED_KINDS}
COUNTED = {"posts": "posts and articles"}  # what the evidence's count is of, when it is not the activity itself
WORDS = {  # activity -> (English one, English many, French one, French many)
    "posts": ("post", "posts", "post", "posts"),
    "articles": ("article", "articles", "article", "articles"),
    "comments": ("comment", "comments", "commentaire", "commentaires"),
    "reactions": ("reaction", "reactions", "réaction", "réactions"),
    "messages": ("message sent", "messages sent", "message envoyé", "messages envoyés"),
    "conversations": ("conversation started", "conversations started", "conversation lancée", "conversations lancées"),
    "invitations": ("invitation sent", "invitations sent", "invitation envoyée", "invitations envoyées"),
}
PER_FR = {
    "day": "jour",
    "week": "semaine",
    "month": "mois",
    "quarter": "trimestre",
    "semester": "semestre",
    "year": "an",
}


def _unmeasurable(export: Export, routine: Routine) -> tuple[str, str] | None:
    """Why the export cannot show how this routine is kept (English, French), or None when it can."""
    section = SECTION.get(routine.activity)
    if section is None:
        return "the export does not show this activity", "l'export ne montre pas cette activité"
    if section == "articles":  # a complete archive holds Articles/ only when there are articles
        if export.has("articles") or export.has("shares"):
            return None
        section = "shares"
    if not export.has(section):
        file = export.file_of(section)
        return f"the archive has no {file}", f"l'archive ne contient pas {file}"
    if routine.activity == "conversations" and not any(message.conversation_id for message in export.messages):
        # who started what needs conversation IDs, absent from 2018 archives
        return (
            "messages.csv has no conversation IDs (2018 archives)",
            "messages.csv n'a pas d'identifiants de conversation (archives de 2018)",
        )
    return None


def _number(value: float) -> tuple[str, str]:
    text = f"{value:.1f}".removesuffix(".0") if value < 10 else f"{value:.0f}"
    return text, text.replace(".", ",")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    checked = []
    unmeasured_en, unmeasured_fr = [], []
    for routine in ctx.routines:
        why_not = _unmeasurable(export, routine)
        if why_not is None:
            checked.append(routine)
        else:
            unmeasured_en.append(f'"{routine.name}" ({why_not[0]})')
            unmeasured_fr.append(f"« {routine.name} » ({why_not[1]})")
    if unmeasured_en:  # planned all the same: said, never silently dropped
        ctx.note(
            f"Planned, not measurable from the export: {'; '.join(unmeasured_en)}.",
            f"Prévu, non mesurable dans l'export : {' ; '.join(unmeasured_fr)}.",
        )
    if not checked:
        ctx.skip(
            f"No routine can be measured from this archive: {'; '.join(unmeasured_en)}.",
            f"Aucune routine ne peut être mesurée dans cette archive : {' ; '.join(unmeasured_fr)}.",
        )
    weeks: int = ctx.options["weeks"]
    min_ratio: float = ctx.options["min_ratio"]
    # The same window as the cadence rules (step 5), so that both say the same count: the last `weeks` complete
    # ISO weeks, the week in progress left out.
    cadence = ctx.analyses.cadence  # counts each measurable activity by week, messages and invitations as sent
    end = cadence.full_weeks_end
    start = end - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)
    for routine in checked:
        planned = routine.per_week()
        count = cadence.full_weeks_count(KINDS.get(routine.activity, (routine.activity,)), weeks)
        actual = count / weeks
        if actual >= min_ratio * planned:
            continue
        section = SECTION[routine.activity]
        # Articles are a folder of files: the count has no single file to point to.
        # Articles are a folder of files (absent when there are none): the count has no single file to point to.
        # Articles are a folder of files (absent when there are none): the count has no single file to point to.
        file = SECTION_FILES["articles"] if section == "articles" else export.file_of(section)
        one_en, many_en, one_fr, many_fr = WORDS[routine.activity]
        plan_en, plan_fr = _number(planned)
        real_en, real_fr = _number(actual)
        count_en, count_fr = _number(routine.count)
        word_en = one_en if routine.count == 1 else many_en
        word_fr = one_fr if routine.count < 2 else many_fr
        if routine.per == "week":
            plan_en = plan_fr = ""
        else:
            plan_en, plan_fr = f" ({plan_en} a week)", f" ({plan_fr} par semaine)"
        suggested = math.floor(actual * PERIODS[routine.per] / 7 + 0.5)
        lower = 1 <= suggested < routine.count  # a smaller plan, in the routine's own period, worth suggesting
        yield Finding(
            what=t(
                f'Your routine "{routine.name}" plans {count_en} {word_en} a {routine.per}{plan_en}; the last '
                f"{weeks} weeks show {real_en} a week ({count} in all).",
                f"Votre routine « {routine.name} » prévoit {count_fr} {word_fr} par {PER_FR[routine.per]}{plan_fr} ; "
                f"les {weeks} dernières semaines en montrent {real_fr} par semaine ({count} en tout).",
            ),
            why=t(
                "Step 3 of the method: networking time is real work time; a plan your activity does not show is "
                "not kept.",
                "Étape 3 de la méthode : le temps de réseau est un vrai temps de travail ; un plan que votre "
                "activité ne montre pas n'est pas tenu.",
            ),
            fix=t(
                f'Block {routine.minutes} minutes in your calendar for each "{routine.name}" slot, like a meeting'
                + (f", or set a pace you can hold (count = {suggested} in {CONFIG_FILE_NAME})." if lower else "."),
                f"Bloquez {routine.minutes} minutes dans votre agenda pour chaque créneau « {routine.name} », comme "
                "un rendez-vous"
                + (f", ou fixez un rythme tenable (count = {suggested} dans {CONFIG_FILE_NAME})." if lower else "."),
            ),
            evidence=(
                Evidence(
                    CONFIG_FILE_NAME,
                    None,
                    f'routine "{routine.name}": {routine.count:g} {routine.activity} per {routine.per} = '
                    f"{planned:.2f} a week",
                ),
                Evidence(
                    file,
                    None,
                    f"{count} {COUNTED.get(routine.activity, routine.activity)} from {start} to "
                    f"{end} = {actual:.2f} a week",
                ),
            ),
            key=f"{routine.activity}:{routine.name}",
        )
