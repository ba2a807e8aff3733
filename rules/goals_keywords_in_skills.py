"""Every goal keyword matches one of your skills.

What:
    For every keyword of every goal, looks for a skill in Skills.csv that contains it, or that it contains, as a
    whole word or phrase (case- and accent-insensitive: the keyword "supply chain" matches the skill "Supply
    Chain Management", the keyword "S&OP process" matches the skill "S&OP"). One finding per keyword.

Why:
    Step 1 of the method: your profile must speak to your goals. Skills are the structured part of a LinkedIn profile
    that others endorse, and LinkedIn's All-Star profile level asks for at least 3 of them [allstar-criteria] (commonly
    reported, unverified): a goal keyword missing from them is expertise nobody can vouch for.

Passes:
    keywords = ["S&OP"] and a skill "S&OP".

Fails:
    keywords = ["demand sensing"] and no skill mentioning it.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import find_terms, fold
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_goal_keywords

CODE = "GOA-004"
NAME = "goals.keywords-in-skills"
STEP = "step1"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("goal-keywords", "skills")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    keywords = require_goal_keywords(ctx)
    file = export.file_of("skills")
    skills = [skill.name for skill in export.skills if fold(skill.name)]
    for key, keyword in keywords.items():
        # The skill names the keyword ("Supply Chain Management" for "supply chain"), or the keyword the skill.
        if any(find_terms(skill, (keyword,)) or find_terms(keyword, (skill,)) for skill in skills):
            continue
        # No skill at all is said apart: French puts 0 in the singular, which reads as "your only skill".
        if skills:
            what = n_(
                'Your only skill does not match your goal keyword "{keyword}".',
                'None of your {n} skills matches your goal keyword "{keyword}".',
                len(skills),
                keyword=keyword,
            )
        else:
            what = _('You list no skill, so none matches your goal keyword "{keyword}".', keyword=keyword)
        yield Finding(
            what=what,
            why=_(
                "Skills are the part of your profile others endorse: a goal keyword missing from them is expertise "
                "nobody can vouch for."
            ),
            fix=_(
                'Add the skill "{keyword}" to your profile (Skills › Add skill), then ask two colleagues who saw '
                "you use it to endorse it.",
                keyword=keyword,
            ),
            evidence=(
                Evidence(
                    file,
                    None,
                    n_(
                        '{n} skill, none matching "{keyword}"',
                        '{n} skills, none matching "{keyword}"',
                        len(skills),
                        keyword=keyword,
                    ),
                ),
            ),
            key=key,
        )
