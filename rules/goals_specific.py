"""Each goal is specific: it names keywords or targets.

What:
    For every `[[goals]]` table of the configuration, checks that it has `keywords` or at least one target
    (`target_companies`, `target_roles` or `target_people`). One finding per vague goal.

Why:
    Step 1 of the method asks for goals precise enough to act on: the keywords are what your profile and posts
    must carry (step 5), the targets are the circle 3 of step 2, the people you reach through introductions.
    A goal in free text only ("develop my network") gives the audit nothing to check.

Passes:
    text = "Head of supply chain by 2027", keywords = ["S&OP"], target_companies = ["Delta Retail"]

Fails:
    text = "Develop my network" with no keywords and no targets.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import CONFIG_FILE_NAME
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "GOA-002"
NAME = "goals.specific"
STEP = "step1"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("goals",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    for number, goal in enumerate(ctx.goals, start=1):
        if goal.is_specific:
            continue
        label = goal.text or goal.kind
        yield Finding(
            what=t(
                f'Your goal "{label}" names no keyword and no target.',
                f"Votre objectif « {label} » ne cite ni mot-clé ni cible.",
            ),
            why=t(
                "Step 1 of the method: a goal becomes actionable once it says which words carry your expertise and "
                "which companies, roles or people you want to reach.",
                "Étape 1 de la méthode : un objectif devient actionnable quand il dit par quels mots passe votre "
                "expertise et quelles entreprises, fonctions ou personnes vous voulez atteindre.",
            ),
            fix=t(
                f"Add to goal {number} of {CONFIG_FILE_NAME} the two or three keywords of your expertise and the "
                'companies you target, e.g. keywords = ["S&OP"], target_companies = ["Delta Retail"].',
                f"Ajoutez à l'objectif {number} de {CONFIG_FILE_NAME} les deux ou trois mots-clés de votre expertise "
                'et les entreprises visées, par ex. keywords = ["S&OP"], target_companies = ["Delta Retail"].',
            ),
            evidence=(Evidence(CONFIG_FILE_NAME, None, f"goals[{number - 1}]: {label!r}, no keywords, no targets"),),
            key=f"{goal.kind}:{goal.text}",
        )
