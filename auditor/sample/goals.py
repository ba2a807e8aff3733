"""The sample member's networking goal and routines, and the `linkedin-audit.toml` that goes with an export.

Two personas share one configuration per (seed, language): the same goal (keywords from the first skills of
the member's career track, so the typical profile already names them), the same target companies and the same
routines. The typical member plans like this but does not keep to it; the model member (`persona="model"`)
follows the method to the letter, so auditing the model export with this configuration yields no warning.

Target companies: the first two companies of the track's list where the typical member has connections (in
the small and typical sizes of every era, so the audit finds them whatever the export), plus one company
outside the lexicon, where nobody the generator makes works: the typical member has no one to ask there, the
model member has made two connections there (`network.reach_targets`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from collections.abc import Iterator, Mapping

from auditor.sample.eras import ERA_SPECS, ERAS
from auditor.sample.lexicon import Lexicon, gendered
from auditor.sample.network import Person, add_connection_quirks, build_connections
from auditor.sample.persona import Owner, build_owner
from auditor.sample.sizes import SIZES
from auditor.sample.words import LANGS, lexicon


class _Lexicons(Mapping[str, Lexicon]):
    """The lexicon of each language, read from its data file on first use (`auditor.sample.words`)."""

    def __getitem__(self, lang: str) -> Lexicon:
        if lang not in LANGS:
            raise KeyError(lang)
        return lexicon(lang)

    def __contains__(self, lang: object) -> bool:
        return lang in LANGS  # without reading the file

    def __iter__(self) -> Iterator[str]:
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


LEXICONS: Mapping[str, Lexicon] = _Lexicons()
PERSONAS = ("typical", "model")
# After the export date of every era (the latest is 2 November 2026).
HORIZON = dt.date(2027, 12, 31)
# The routines of the configuration, per week (posts, comments) and per month (lunches)...
PLANNED_POSTS_PER_WEEK = 2
PLANNED_COMMENTS_PER_WEEK = 3
PLANNED_LUNCHES_PER_MONTH = 1
# ...and what the model member really does: a little more, so a slow week does not break the routine.
MODEL_POSTS_PER_WEEK = 2.5
MODEL_COMMENTS_PER_WEEK = 4.0
# Where the typical member's connections are looked at to pick the reached target companies.
_TARGET_SIZES = ("small", "typical")


def section_rng(seed: int, lang: str, era: str, size: str, section: str) -> random.Random:
    """The random stream of one section of one export (see `generator`)."""
    return random.Random(f"{seed}-{lang}-{era}-{size}-{section}")


def connections(seed: int, lang: str, era: str, size: str, owner: Owner) -> list[Person]:
    """The connections of `owner`, exactly as `write_sample` draws them (before any persona adjustment)."""
    e = ERA_SPECS[era]
    end = dt.datetime.combine(e.exported_on, dt.time())
    people = build_connections(section_rng(seed, lang, era, size, "connections"), owner, SIZES[size].connections, end)
    add_connection_quirks(section_rng(seed, lang, era, size, "connection-quirks"), people, lang, e.is_2018)
    return people


@functools.cache
def target_companies(seed: int, lang: str) -> tuple[str, ...]:
    """Two companies where the typical member has connections, then one where nobody they know works."""
    lex = LEXICONS[lang]
    counts: list[set[str]] = []
    owner = build_owner(seed, lex, ERA_SPECS[ERAS[-1]])
    for era in ERAS:
        era_owner = build_owner(seed, lex, ERA_SPECS[era])
        for size in _TARGET_SIZES:
            counts.append({p.company.strip() for p in connections(seed, lang, era, size, era_owner)})
    employers = {p.company.strip() for p in owner.positions}
    candidates = [c for c in (*owner.track.goal_companies, *lex.companies) if c not in employers]
    reached = [c for c in dict.fromkeys(candidates) if all(c in companies for companies in counts)]
    return (*reached[:2], owner.track.unreached_company)


def target_role(owner: Owner) -> str:
    """The next rung of the owner's ladder (the top one stays the top one, in a bigger company)."""
    ladder = [gendered(title, owner.gender) for title in owner.track.ladder]
    current = owner.current.title
    index = ladder.index(current) if current in ladder else len(ladder) - 2
    return ladder[min(index + 1, len(ladder) - 1)]


def _s(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def _list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(_s(v) for v in values) + "]"


def _routine(name: str, activity: str, count: int, per: str, minutes: int) -> str:
    return (
        f"[[routines]]\nname = {_s(name)}\nactivity = {_s(activity)}\ncount = {count}\nper = {_s(per)}\n"
        f"minutes = {minutes}\n"
    )


def sample_config(*, seed: int = 0, lang: str = "en", persona: str = "typical") -> str:
    """The TOML text of a `linkedin-audit.toml` for the member of `write_sample(seed=seed, lang=lang, ...)`.

    The goal and routines are the same for both personas (only the header comment differs): the audit of a
    typical export with it reports the gaps between plan and practice, that of a model export none.
    """
    if lang not in LEXICONS:
        raise ValueError(f"unknown lang {lang!r}: expected one of {', '.join(LEXICONS)}")
    if persona not in PERSONAS:
        raise ValueError(f"unknown persona {persona!r}: expected one of {', '.join(PERSONAS)}")
    lex = LEXICONS[lang]
    text = lex.config
    named = text.model if persona == "model" else text.typical
    owner = build_owner(seed, lex, ERA_SPECS[ERAS[-1]], persona)
    keywords = owner.track.goal_keywords
    targets = target_companies(seed, lang)
    role = target_role(owner)
    companies = ", ".join(targets[:-1]) + text.or_word + targets[-1]
    lines = [
        gendered(text.head, owner.gender).format(
            name=owner.full_name, seed=seed, persona=named.name, about=named.about
        ),
        f"language = {_s(lang)}          {text.language}",
        "",
        text.step1,
        "[[goals]]",
        'kind = "career-move"',
        f"text = {_s(text.goal.format(role=role, companies=companies, year=HORIZON.year))}",
        text.keywords,
        f"keywords = {_list(keywords)}",
        text.targets,
        f"target_companies = {_list(targets)}",
        f"target_roles = {_list([role])}",
        f"horizon = {HORIZON.isoformat()}",
        "",
        "[[goals]]",
        'kind = "visibility"',
        f"text = {_s(gendered(text.visibility, owner.gender).format(keyword=keywords[0]))}",
        f"keywords = {_list(keywords[:1])}",
        "",
        text.step3,
        _routine(text.posts, "posts", PLANNED_POSTS_PER_WEEK, "week", 30),
        _routine(text.comments, "comments", PLANNED_COMMENTS_PER_WEEK, "week", 20),
        _routine(text.lunch, text.lunch_activity, PLANNED_LUNCHES_PER_MONTH, "month", 90),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"
