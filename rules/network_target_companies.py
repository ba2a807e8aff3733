"""You have at least one connection at every company your goals target.

What:
    For every company named in a goal's `target_companies`, looks for a connection in Connections.csv whose
    company matches it (case- and accent-insensitive, whole words: "Acme" matches "Acme Group SA", not
    "Acmeo"). One finding per target company without any connection; its fix names who might introduce you:
    your strongest connections in a role close to the goal's `target_roles`, else the strongest of circle 1.

Why:
    Step 2 of the method: circle 3 is the people you do not know yet but should approach for a goal, and the way
    in is an introduction by someone of circles 1 and 2 ("someone who knows someone who knows someone you want to
    meet: that is the magic of the network"). A target company where you know nobody has no way in yet.

Passes:
    target_companies = ["Delta Retail"] and Sam Jones, Head of Procurement at Delta Retail, among your
    connections.

Fails:
    target_companies = ["Omega Foods"] and no connection at Omega Foods.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from auditor.analysis.circles import Circles, CircleTie
from auditor.analysis.network import company_matches
from auditor.analysis.people import company_key
from auditor.analysis.text import fold
from auditor.config import CONFIG_FILE_NAME, Goal
from auditor.findings import Evidence, Finding
from auditor.i18n import Names, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "NET-002"
NAME = "network.target-companies"
STEP = "step2"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("target-companies", "connections")

MAX_INTRODUCERS = 3
# Words too common in job titles to say two roles are close ("Head of Procurement" is not near "Head of Sales").
_COMMON = frozenset(
    "of the and for in at a an de du des la le les et en head chief senior junior lead manager director vp vice "
    "president officer responsable directeur directrice chef adjoint adjointe".split()
)


@lru_cache(maxsize=4096)  # job titles repeat across thousands of connections
def _role_words(role: str) -> frozenset[str]:
    return frozenset(w for w in fold(role).replace("&", " ").replace("/", " ").split() if w not in _COMMON)


def _near_role(position: str, roles: list[frozenset[str]]) -> bool:
    words = _role_words(position)
    return any(role and (role <= words or len(role & words) >= 2) for role in roles)


def introducers(circles: Circles, goal: Goal) -> list[CircleTie]:
    """Who might introduce you at a target company of `goal`: connections in a role near the goal's target
    roles, strongest first; else your strongest circle-1 ties."""
    roles = [words for words in map(_role_words, goal.target_roles) if words]
    near: list[CircleTie] = []
    if roles:
        for member in (*circles.circle1, *circles.circle2):
            if member.tie.position and _near_role(member.tie.position, roles):
                near.append(member)
                if len(near) == MAX_INTRODUCERS:
                    break
    return near or list(circles.circle1[:MAX_INTRODUCERS])


def _who(members: list[CircleTie]) -> Names:
    """`Marc Petit (Supply Chain Director, Epsilon Pharma) or Léa Martin (…)` / `… ou …`."""

    def one(member: CircleTie) -> str:
        detail = ", ".join(part for part in (member.tie.position, member.tie.company) if part)
        return f"{member.name} ({detail})" if detail else member.name

    return Names(tuple(one(member) for member in members), "or")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    targets: dict[str, tuple[str, Goal]] = {}
    for goal in ctx.goals:
        for company in goal.target_companies:
            key = company_key(company)
            if key:
                targets.setdefault(key, (company, goal))
    if not targets:
        ctx.not_applicable(_('No target company of the goals names a company (only legal forms such as "Inc.").'))
    companies = ctx.analyses.network.companies  # each company of the network, as written
    file = export.file_of("connections")
    for key, (target, goal) in targets.items():
        if any(company_matches(company, target) for company in companies):
            continue
        helpers = introducers(ctx.analyses.circles, goal)
        if helpers:
            fix = _(
                "Ask {who} this month to introduce you to someone at {company}; then invite that person with a note "
                "saying who put you in touch.",
                who=_who(helpers),
                company=target,
            )
        else:
            fix = _(
                "Find two people at {company} through LinkedIn search, look at the connections you share with them, "
                "and ask one of those for an introduction.",
                company=target,
            )
        evidence = [
            Evidence(CONFIG_FILE_NAME, None, _("target company: {company}", company=target)),
            Evidence(
                file,
                None,
                n_(
                    "{n} connection, none at {company}",
                    "{n} connections, none at {company}",
                    len(export.connections),
                    company=target,
                ),
            ),
        ]
        evidence += [Evidence(file, m.line or None, _("possible introducer: {name}", name=m.name)) for m in helpers]
        yield Finding(
            what=_("You have no connection at {company}, a company your goal targets.", company=target),
            why=_(
                "Step 2 of the method: you reach a company where you know nobody through an introduction by "
                "someone of your circles 1 and 2."
            ),
            fix=fix,
            evidence=tuple(evidence),
            key=key,
        )
