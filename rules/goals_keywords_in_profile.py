"""Every goal keyword appears in the headline or the summary.

What:
    For every keyword of every goal, looks for it in the headline and the summary (About) of Profile.csv:
    case- and accent-insensitive, as a whole word or phrase ("S&OP" matches "S&OP / IBP", "planning" does not
    match "planner"; "supply-chain" and "supply chain" are the same). A keyword not written so is looked for on
    lemmas, each text read in its own language: « chaînes d'approvisionnement » holds the keyword « chaîne
    d'approvisionnement », "managing suppliers" holds "supplier". One finding per missing keyword.

Why:
    Step 1 of the method: your profile must speak to your goals. The headline follows your name everywhere on LinkedIn
    and the About section is read from its first lines (its preview shows only about 300 characters
    [totalresumes-linkedin-numbers], commonly reported, unverified), so a goal keyword that appears in neither is
    invisible to the people you want to reach.

Passes:
    keywords = ["S&OP"], headline "Supply chain manager | S&OP".
    keywords = ["chaîne d'approvisionnement"], headline « Acheteuse | chaînes d'approvisionnement ».

Fails:
    keywords = ["demand sensing"], and neither the headline nor the summary says "demand sensing".
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.keywords import said_in
from auditor.analysis.text import find_terms
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_goal_keywords, require_profile

CODE = "GOA-003"
NAME = "goals.keywords-in-profile"
STEP = "step1"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("goal-keywords", "profile")


def _characters(text: str) -> Message:
    return n_("{n} character", "{n} characters", len(text))


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    keywords = require_goal_keywords(ctx)
    profile = require_profile(export, ctx)
    file = export.file_of("profile")
    text = f"{profile.headline}\n{profile.summary}"
    lead = profile.headline.split("|")[0].strip()[:60]
    for key, keyword in keywords.items():
        if find_terms(text, (keyword,)) or said_in(ctx.analyses.text, ("headline", "about"), keyword, hashtags=False):
            continue
        example = f"{lead} | {keyword}" if lead else keyword
        yield Finding(
            what=_(
                'Your goal keyword "{keyword}" appears neither in your headline nor in your About section.',
                keyword=keyword,
            ),
            why=_(
                "The headline and the first lines of About are what people read about you: a goal they do not "
                "mention stays invisible."
            ),
            fix=_(
                'Add "{keyword}" to your headline (e.g. "{example}") or to the first lines of your About section, '
                "next to a result you achieved.",
                keyword=keyword,
                example=example,
            ),
            evidence=(
                Evidence(
                    file,
                    profile.line,
                    # Headline and Summary: the columns of Profile.csv, named as in the file.
                    _(
                        '"{keyword}" not in Headline ({headline}) or Summary ({summary})',
                        keyword=keyword,
                        headline=_characters(profile.headline),
                        summary=_characters(profile.summary),
                    ),
                ),
            ),
            key=key,
        )
