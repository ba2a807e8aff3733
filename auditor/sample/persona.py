"""The export's owner: name, career, education, skills and profile texts.

The owner depends only on the seed and the language (plus the era, which moves the career in time), so the
basic and complete exports of one seed describe the same person, as LinkedIn's two archives do. The career is
built backwards from the export date: a current position, then older ones, with an occasional gap, so the
auditor's "gaps and overlaps" and "results versus duties" checks have something to find.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from auditor.sample.dates import add_months
from auditor.sample.eras import Era
from auditor.sample.lexicon import Lexicon, Track, gendered
from auditor.sample.names import slugify

YearMonth = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Position:
    company: str
    title: str
    description: str
    location: str
    start: YearMonth
    end: YearMonth | None  # None: current position
    year_only: bool = False  # PMA24: old positions typed with years only ("2006")


@dataclass(frozen=True, slots=True)
class Education:
    school: str
    start_year: int
    end_year: int
    notes: str
    degree: str
    activities: str


@dataclass(frozen=True, slots=True)
class Owner:
    """The member who downloaded the archive."""

    first: str
    last: str
    gender: str
    slug: str
    member_id: int
    lexicon: Lexicon
    track: Track
    city: str
    geo: str
    birth: dt.date
    birth_style: str  # "full", "no-year" or "hidden"
    headline: str
    summary: str
    positions: tuple[Position, ...]  # newest first
    education: tuple[Education, ...]
    skills: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]
    emails: tuple[str, ...]
    phone: str
    twitter: str
    website: str
    messenger: str
    registered: dt.datetime
    career_start: dt.date
    persona: str = "typical"  # "typical" or "model" (see `build_owner`)

    @property
    def is_model(self) -> bool:
        return self.persona == "model"

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def url(self) -> str:
        return f"https://www.linkedin.com/in/{self.slug}"

    @property
    def current(self) -> Position:
        return self.positions[0]

    def text(self, template: str, **values: object) -> str:
        """A template about the owner: gendered, then formatted."""
        return gendered(template, self.gender).format(**values)


def fake_mobile(rng: random.Random, lex: Lexicon) -> str:
    """A mobile number from the ranges reserved for fiction (Ofcom 07700 900xxx, ARCEP 06 39 98 xx xx)."""
    digits = rng.randrange(1000)
    if lex.lang == "en":
        return f"{lex.phone_prefix}{digits:03d}"
    return f"{lex.phone_prefix}{digits // 100:02d} {digits % 100:02d}"


def _fill_numbers(rng: random.Random) -> dict[str, object]:
    """Random figures for result bullets: plausible magnitudes, never round-looking everywhere."""
    return {
        "pct": rng.choice((8, 12, 15, 18, 22, 25, 30, 35, 40)),
        "n": rng.randint(3, 9),
        "k": rng.choice((120, 180, 250, 340, 450, 600, 850)),
        "team": rng.randint(4, 14),
        "days": rng.choice((15, 18, 20, 25)),
    }


def _description(rng: random.Random, track: Track, gender: str, style: str) -> str:
    """A position description: "•" bullets, mostly with results; `style` picks the shape."""
    if style == "empty":
        return ""
    duties = rng.sample(track.duties, rng.randint(2, 3))
    results = [] if style == "duties" else rng.sample(track.results, rng.randint(2, 3))
    bullets = [gendered(text, gender).format(**_fill_numbers(rng)) for text in duties + results]
    if style == "tabs":
        # PMA24's descriptions use "-\t" bullets pasted from a word processor.
        return "\n".join(f"-\t{b}" for b in bullets)
    return "\n".join(f"• {b}" for b in bullets)


def _model_description(
    rng: random.Random, track: Track, gender: str, description: str, style: str, *, current: bool
) -> str:
    """The model member describes every position with results; the current one at some length (CAR-002)."""
    if style in ("empty", "duties"):
        description = _description(rng, track, gender, "results")
    while current and len(description) < 260:
        description = _description(rng, track, gender, "results")
    return description


def build_owner(seed: int, lex: Lexicon, era: Era, persona: str = "typical") -> Owner:
    """The owner for (seed, language), with a career that ends at the era's export date.

    The "model" persona is the same person (every draw of the typical one is made, in the same order), whose
    profile follows the method: every position described with results, no gap between jobs, a headline that
    carries the goal's keywords. Its own choices come from a separate stream, so the typical owner is untouched.
    """
    model = persona == "model"
    rng = random.Random(f"{seed}-{lex.lang}-owner")
    mrng = random.Random(f"{seed}-{lex.lang}-owner-model")
    gender = rng.choice("fm")
    first = rng.choice(lex.names.female if gender == "f" else lex.names.male)
    last = rng.choice(lex.names.last)
    track = rng.choice(lex.tracks)
    city, geo = rng.choice(lex.home_cities)
    base = slugify(f"{first} {last}")
    slug = base if rng.random() < 0.5 else f"{base}-{rng.getrandbits(32):08x}"
    member_id = rng.randrange(100_000_000, 1_400_000_000)

    export = era.exported_on
    # --- career, built backwards from the current position -------------------------------------------------
    count = rng.randint(4, 7)
    ladder = sorted(rng.sample(range(len(track.ladder)), count))
    companies = rng.sample(lex.companies, count)
    styles = ["results"] * count
    styles[rng.randrange(1, count)] = "duties"
    if rng.random() < 0.5:
        styles[-1] = "empty"  # the oldest job, often left blank
    styles[rng.randrange(count)] = "tabs" if rng.random() < 0.5 else styles[0]
    start = add_months(export.year, export.month, -rng.randint(8, 40))
    positions: list[Position] = []
    end: YearMonth | None = None
    gap_at = rng.randrange(1, count) if rng.random() < 0.35 else -1
    for index in range(count):
        title = gendered(track.ladder[ladder[count - 1 - index]], gender)
        company = companies[index]
        if index == count - 2 and rng.random() < 0.5:
            company += " "  # ABH18: company names with a trailing space
        location = geo if rng.random() < 0.8 else rng.choice(lex.other_cities)[1]
        description = _description(rng, track, gender, styles[index])
        if model:
            description = _model_description(mrng, track, gender, description, styles[index], current=index == 0)
        positions.append(Position(company, title, description, location, start, end))
        # The previous job ended the month before this one started, or a few months earlier (a gap).
        gap = rng.randint(4, 7) if index == gap_at else 1
        if model:
            gap = 1  # the model member's jobs follow one another
        end = add_months(*start, -gap)
        start = add_months(*end, -rng.randint(14, 44))
    # The oldest job is written with years only, as members often do for early positions.
    oldest = positions[-1]
    positions[-1] = Position(
        oldest.company, oldest.title, oldest.description, oldest.location, oldest.start, oldest.end, True
    )
    first_start = positions[-1].start
    career_start = dt.date(first_start[0], first_start[1], 1)

    # --- education: right before the first job ------------------------------------------------------------
    master = track.degrees[0]
    first_degree = rng.choice(track.degrees[1:])
    schools = rng.sample(lex.schools, 2)
    grad = first_start[0] if first_start[1] >= 9 else first_start[0] - 1
    activities = gendered(rng.choice(lex.school_activities), gender)
    education = [
        Education(schools[0], grad - 1, grad, master[1], master[0], ""),
        Education(schools[1], grad - 4, grad - 1, first_degree[1], first_degree[0], activities),
    ]
    # JRL26: an entry without a school name (an online programme typed in by hand).
    cert = rng.choice(track.certifications)[0]
    education.append(Education("", grad + 3, grad + 4, "", cert, ""))

    # --- skills and languages -----------------------------------------------------------------------------
    skills = list(track.skills[:6]) + rng.sample(track.skills[6:], len(track.skills) - 6)
    skills = [gendered(s, gender) for s in skills]
    languages = [lex.languages[0], lex.languages[1]]
    if rng.random() < 0.6:
        languages.append(lex.languages[2])
    if rng.random() < 0.3:
        languages.append(
            (
                rng.choice(lex.extra_languages),
                rng.choice(("Elementary proficiency", "Limited working proficiency")),
            )
        )

    # --- texts ---------------------------------------------------------------------------------------------
    years = export.year - first_start[0]
    values = {
        "title": positions[0].title,
        "company": positions[0].company.strip(),
        "s1": skills[0],
        "s2": skills[1],
        "s3": skills[2],
        "years": years,
        "city": city,
    }
    headline = gendered(rng.choice(track.headlines), gender).format(**values)
    if model:
        # A headline that says more than the title and names the first two skills (the goal's keywords).
        with_skills = [h for h in track.headlines if "{s1}" in h and "{s2}" in h]
        headline = gendered(mrng.choice(with_skills), gender).format(**values)
    # LinkedIn flattens the About section's newlines: paragraphs are glued ("…Hospital.Always happy…").
    paragraphs = list(track.summary)
    if model:
        paragraphs.insert(1, track.summary_result)  # the model member's About shows a result (TXT-011)
    summary = "".join(gendered(p, gender).format(**values) for p in paragraphs)
    if not model:
        summary = summary.replace(*track.summary_typo, 1)  # the typical member's one typo (TXT-009)

    birth_year = first_start[0] - rng.randint(21, 24)
    birth = dt.date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
    birth_style = rng.choices(("full", "no-year", "hidden"), weights=(4, 4, 2))[0]
    domain = rng.choice(lex.email_domains)
    emails = (
        f"{slugify(first)}.{slugify(last)}@{domain}".replace("-", ""),
        f"{slugify(first)[:1]}{slugify(last)}{rng.randint(70, 99)}@example.net".replace("-", ""),
    )
    phone = fake_mobile(rng, lex)
    registered_day = career_start - dt.timedelta(days=rng.randint(30, 500))
    registered = dt.datetime(
        max(registered_day.year, 2006),
        registered_day.month,
        registered_day.day,
        rng.randint(8, 22),
        rng.randrange(60),
    )
    return Owner(
        first=first,
        last=last,
        gender=gender,
        slug=slug,
        member_id=member_id,
        lexicon=lex,
        track=track,
        city=city,
        geo=geo,
        birth=birth,
        birth_style=birth_style,
        headline=headline,
        summary=summary,
        positions=tuple(positions),
        education=tuple(education),
        skills=tuple(skills),
        languages=tuple(languages),
        emails=emails,
        phone=phone,
        twitter=f"{slugify(first)}{slugify(last)[:4]}".replace("-", "") if rng.random() < 0.7 else "",
        website=f"https://www.{slugify(first + last)}.{lex.web_domain}",
        messenger=f"SKYPE:{slugify(first)}.{slugify(last)}{rng.randint(10, 99)}",
        registered=registered,
        career_start=career_start,
        persona=persona,
    )
