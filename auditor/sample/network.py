"""The owner's network: connections, and the people behind invitations, endorsements and recommendations.

Connections grow over the years (slowly at first, faster later) with bursts after each job change, and a
share of them are former colleagues of the owner, so "shared employer" evidence and "who works at company X"
queries have answers. Message correspondents, endorsers and recommenders are drawn from this list, with the
same names and URLs, so every tie can be joined across files.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from auditor.sample.dates import office_time
from auditor.sample.lexicon import gendered
from auditor.sample.names import SlugMaker, pick_name, slugify
from auditor.sample.persona import Owner
from auditor.sample.words import lexicon, shared_names


@dataclass(slots=True)
class Person:
    """A member of the owner's network (or a stranger who wrote or invited)."""

    first: str
    last: str
    gender: str
    slug: str
    member_id: int
    company: str
    title: str
    connected_on: dt.datetime | None  # None: not a connection
    email: str = ""
    kind: str = "other"  # "colleague", "school", "recruiter", "other"
    employer: str = ""  # the owner's employer they worked with, for colleagues

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def since(self) -> dt.datetime:
        """When the connection was made; only asked of connections."""
        if self.connected_on is None:
            raise ValueError(f"{self.slug} is not a connection")
        return self.connected_on

    @property
    def url(self) -> str:
        return f"https://www.linkedin.com/in/{self.slug}"


def long_tail_company(rng: random.Random, owner: Owner) -> str:
    """A company outside the recurring set ("Granitefield Partners", "Atelier Vercors Conseil")."""
    first, middle, last = owner.lexicon.company_parts
    # The French parts carry their spaces ("Groupe ", " Conseil"), and an empty one leaves a space over.
    return f"{rng.choice(first)}{rng.choice(middle)}{rng.choice(last)}".strip()


def new_person(
    rng: random.Random, owner: Owner, slugs: SlugMaker, *, recruiter: bool = False, local_share: float = 0.75
) -> Person:
    """A person with a name, slug, company and title, not yet connected."""
    lex = owner.lexicon
    first, last, gender = pick_name(rng, lex.lang, local_share=local_share)
    if recruiter:
        company = rng.choice(lex.recruiter_firms)
        title = rng.choice(lex.recruiter_titles)
    else:
        roll = rng.random()
        company = rng.choice(lex.companies) if roll < 0.6 else long_tail_company(rng, owner)
        titles = owner.track.peer_titles if rng.random() < 0.45 else lex.generic_titles
        title = rng.choice(titles)
    return Person(
        first=first,
        last=last,
        gender=gender,
        slug=slugs.make(first, last),
        member_id=rng.randrange(10_000_000, 1_400_000_000),
        company=company,
        title=gendered(title, gender),
        connected_on=None,
        kind="recruiter" if recruiter else "other",
    )


def _growth_time(rng: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """A time in [start, end) with density growing exponentially: networks grow faster with seniority."""
    span = (end - start).total_seconds()
    tau = span / 2.5
    u = rng.random()
    offset = tau * math.log1p(u * math.expm1(span / tau))
    return start + dt.timedelta(seconds=int(min(offset, span - 1)))


def build_connections(rng: random.Random, owner: Owner, count: int, end: dt.datetime) -> list[Person]:
    """`count` connections, oldest first."""
    lex = owner.lexicon
    slugs = SlugMaker(rng)
    slugs.reserve(owner.slug)
    start = owner.registered
    tenures = [
        (
            p.company.strip(),
            dt.datetime(p.start[0], p.start[1], 1),
            dt.datetime(p.end[0], p.end[1], 28) if p.end else end,
        )
        for p in owner.positions
    ]
    weights = [max((b - a).days, 30) for _, a, b in tenures]
    people: list[Person] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.03:
            person = new_person(rng, owner, slugs, recruiter=True)
            when = _growth_time(rng, start, end)
        elif roll < 0.33:
            # A colleague, connected while working together (or soon after the owner left).
            company, t0, t1 = rng.choices(tenures, weights=weights)[0]
            person = new_person(rng, owner, slugs)
            person.kind, person.employer = "colleague", company
            if rng.random() < 0.55:
                person.company = company
                person.title = gendered(rng.choice(owner.track.peer_titles + lex.generic_titles), person.gender)
            t1 = min(t1 + dt.timedelta(days=120), end)
            when = t0 + dt.timedelta(seconds=rng.randrange(max(int((t1 - t0).total_seconds()), 1)))
        elif roll < 0.38:
            person = new_person(rng, owner, slugs, local_share=0.85)
            person.kind = "school"
            when = start + dt.timedelta(days=rng.randrange(400))
        else:
            person = new_person(rng, owner, slugs)
            # A third of the rest arrive in the months after a job change (people look you up).
            if rng.random() < 0.3:
                _, t0, _ = rng.choices(tenures, weights=weights)[0]
                when = t0 + dt.timedelta(days=rng.randrange(1, 180), seconds=rng.randrange(86_400))
            else:
                when = _growth_time(rng, start, end)
        # People accept invitations at working hours, not at the uniform random second drawn above.
        when = office_time(rng, min(max(when, start), end - dt.timedelta(days=1)).date())
        person.connected_on = min(max(when, start), end - dt.timedelta(minutes=5))
        if rng.random() < 0.03:
            person.company, person.title = "", ""
        people.append(person)
    people.sort(key=lambda p: (p.connected_on, p.slug))
    return people


def add_connection_quirks(rng: random.Random, people: list[Person], lang: str, era_2018: bool) -> None:
    """Trailing spaces and TABs, a quoted comma, e-mails (filled in 2018, nearly all empty later)."""
    for person in people:
        roll = rng.random()
        if roll < 0.02 and person.title:
            person.title += " "
        elif roll < 0.04 and person.company:
            person.company += " "
        if era_2018:
            if rng.random() < 0.9:
                person.email = f"{slugify(person.first)}.{slugify(person.last)}@example.com".replace("-", "")
        elif rng.random() < 0.004:
            person.email = f"{slugify(person.first)}{rng.randint(1, 99)}@example.org".replace("-", "")
    if not people:
        return
    # AHA26: "Data Science Intern\t"; a comma inside a value forces CSV quoting.
    with_title = [p for p in people if p.title]
    if with_title:
        rng.choice(with_title).title = f"{lexicon(lang).intern_title}\t"
    person = rng.choice(people)
    person.title = gendered(lexicon(lang).comma_title, person.gender)
    if era_2018:
        rng.choice(people).email = f"urn:li:member:{rng.randrange(100_000_000, 999_999_999)}"
    else:
        rng.choice(people).email = "first.contact@example.com"


def decorated_name(rng: random.Random, first: str, last: str) -> tuple[str, str]:
    """Names as some members type them: emoji, credentials after a comma, trailing spaces."""
    roll = rng.random()
    if roll < 0.25:
        return first, f"{last} {rng.choice(shared_names().emoji)}"
    if roll < 0.45:
        return first, f"{last}, {rng.choice(shared_names().credentials)}"
    if roll < 0.55:
        return f"{first} ", f"{last} "
    return first, last


def pick_weighted_ties(rng: random.Random, people: list[Person], k: int, *, colleague_boost: float) -> list[Person]:
    """`k` distinct people, colleagues `colleague_boost` times likelier (for endorsers, recommenders)."""
    if not people:
        return []
    weights = [colleague_boost if p.kind == "colleague" else 1.0 for p in people]
    chosen: dict[str, Person] = {}
    tries = 0
    while len(chosen) < min(k, len(people)) and tries < k * 20:
        person = rng.choices(people, weights=weights)[0]
        chosen.setdefault(person.slug, person)
        tries += 1
    return list(chosen.values())


def reach_targets(rng: random.Random, owner: Owner, people: list[Person], targets: tuple[str, ...]) -> None:
    """The model member knows at least two people at each target company: some connections, met through
    introductions over the last years, now work there (NET-002)."""
    for target in targets:
        there = [p for p in people if p.company.strip() == target]
        pool = [p for p in people if p.kind == "other" and p.company.strip() not in targets]
        recent = sorted(pool, key=lambda p: (p.since, p.slug))[-max(10, len(pool) // 3) :]
        for person in rng.sample(recent, min(max(0, 2 - len(there)), len(recent))):
            person.company = target
            person.title = gendered(rng.choice(owner.track.peer_titles + owner.lexicon.generic_titles), person.gender)


def keep_growing(rng: random.Random, people: list[Person], end: dt.datetime, minimum: int = 18) -> None:
    """The model member's network grows every year (NET-001): at least `minimum` connections of the last 12
    months, the missing ones being people met lately rather than long ago. Keeps `people` oldest first."""
    year_ago = end - dt.timedelta(days=365)
    missing = minimum - sum(1 for p in people if p.since > year_ago)
    older = [p for p in people if p.kind == "other" and p.since <= year_ago]
    for person in rng.sample(older, min(max(missing, 0), len(older))):
        day = (end - dt.timedelta(days=rng.randint(2, 340))).date()
        person.connected_on = min(office_time(rng, day), end - dt.timedelta(minutes=5))
    people.sort(key=lambda p: (p.since, p.slug))
