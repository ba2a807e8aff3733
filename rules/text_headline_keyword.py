"""The headline names your field: one of your skills or goal keywords.

What:
    Reads the headline of Profile.csv in its own language and looks in it for one of your keywords: the skills of
    Skills.csv and the keywords of your goals in the configuration, compared on lemmas, so that « Responsable
    des achats » holds the skill « Achat », and a role named after its field counts: two words match when they
    share their first six letters, or five when the shorter has at most seven ("Inventory manager" for "Inventory
    management", "Demand planner" for "Demand planning", « Gestionnaire de stocks » for « Gestion des stocks »;
    a hashtag counts too, #supplychain for "supply chain").
    Fails when the headline holds none of them; the evidence quotes the headline and the first keywords looked
    for. Not applicable without a headline or without any skill or goal keyword.

Why:
    The headline follows your name in search results, invitations and beside every comment: it is where people
    and LinkedIn's search learn what you do. Step 1 of the method defines your expertise and goals, step 5 asks
    for a presentation that shows them; a headline made only of a job title or a slogan ("Passionate about
    people") names neither.

Passes:
    Skills "S&OP", "Demand planning"; headline "Supply chain manager | S&OP and demand planning for manufacturers".
    Skill « Achats »; headline « Responsable des achats industriels ».

Fails:
    Skills "S&OP", "Demand planning"; headline "Helping people grow 🌱".
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.keywords import MAX_KEYWORD, STOP, hashtag_forms, keyword_lemmas, on_topic
from auditor.analysis.text import fold, shorten
from auditor.analysis.textread import TextFeatures
from auditor.findings import Evidence, Finding
from auditor.i18n import Names, _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "TXT-006"
NAME = "text.headline-keyword"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("profile",)

SHOWN = 5  # keywords quoted in the evidence


def keywords_of(export: Export, goal_keywords: tuple[str, ...]) -> tuple[str, ...]:
    """The skills and the goals' keywords, each once, in that order."""
    names = [s.name.strip() for s in export.skills] + [k.strip() for k in goal_keywords]
    return tuple(dict.fromkeys(k for k in names if k and len(k) <= MAX_KEYWORD))


def _similar(word: str, key: str) -> bool:
    """Two words of one field: the same, or sharing their first six letters (five when the shorter has at most
    seven): "manager" and "management", "planner" and "planning", « gestionnaire » and « gestion »."""
    if word == key:
        return True
    shared = next((n for n, (a, b) in enumerate(zip(word, key, strict=False)) if a != b), min(len(word), len(key)))
    return shared >= 6 or (shared >= 5 and min(len(word), len(key)) <= 7)


def holds_keyword(headline: TextFeatures, keywords: tuple[str, ...]) -> bool:
    """Whether the headline holds one of the keywords, on lemmas (read in the headline's language; English for a
    headline in no language of ours) with `_similar` words, or as a hashtag."""
    lang = "fr" if headline.language == "fr" else "en"
    folded = hashtag_forms(keywords)
    if on_topic(headline, {lang: set(), "en": set()}, folded):
        return True  # a hashtag that spells a keyword
    words = [(fold(w.lemma), fold(w.text)) for w in headline.words if w.lemma not in STOP and w.text[:1].isalnum()]
    for seq in keyword_lemmas(keywords, (lang,))[lang]:
        keys = [fold(k) for k in seq]
        for n in range(len(words) - len(keys) + 1):
            if all(any(_similar(form, key) for form in words[n + i]) for i, key in enumerate(keys)):
                return True
    return False


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    if not profile.headline.strip():
        ctx.not_applicable(_("There is no headline to read (see PRO-001)."))
    keywords = keywords_of(export, tuple(k for g in ctx.goals for k in g.keywords))
    if not keywords:
        ctx.not_applicable(_("No skill or goal keyword says what your expertise is (see PRO-009)."))
    features = ctx.analyses.text.get("headline")
    if features is None or holds_keyword(features, keywords):
        return
    lead = profile.headline.split("|")[0].strip()[:60]
    yield Finding(
        what=_("Your headline names none of your skills or goal keywords."),
        why=_(
            "The headline follows your name in search results and beside every comment: without a word of your "
            "field, people do not see what you do."
        ),
        fix=_('Name your field in your headline, e.g. "{example}".', example=f"{lead} | {keywords[0]}"),
        evidence=(
            Evidence(
                export.file_of("profile"),
                profile.line,
                _('Headline: "{headline}"; looked for: {keywords}', headline=shorten(profile.headline, 120),
                  keywords=Names(keywords[:SHOWN], "or")),
            ),
        ),
    )  # fmt: skip
