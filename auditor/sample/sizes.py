"""Size presets of the sample export: how many records of each kind to write.

The figures are targets, not exact counts: sections whose records come in natural groups (conversations,
activity spells) land close to the target rather than on it. `activity_years` bounds the posting history so
that a tiny export still shows bursts and silences, and a huge one spreads its posts over a decade.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SizeSpec:
    """Approximate record counts for one size preset."""

    connections: int
    messages: int
    posts: int
    comments: int
    reactions: int
    votes: int
    articles: int
    search_queries: int
    invitations: int
    member_follows: int
    company_follows: int
    endorsements_received: int
    endorsements_given: int
    recommendations_received: int
    recommendations_given: int
    contacts: int
    learning: int
    events: int
    saved_jobs: int
    skills: int
    activity_years: int


SIZES: dict[str, SizeSpec] = {
    # Unit tests: must generate in well under a second.
    "small": SizeSpec(
        connections=80,
        messages=300,
        posts=20,
        comments=40,
        reactions=100,
        votes=2,
        articles=3,
        search_queries=40,
        invitations=16,
        member_follows=8,
        company_follows=10,
        endorsements_received=25,
        endorsements_given=15,
        recommendations_received=3,
        recommendations_given=2,
        contacts=15,
        learning=6,
        events=3,
        saved_jobs=5,
        skills=12,
        activity_years=2,
    ),
    # A busy but ordinary member: what the demo shows.
    "typical": SizeSpec(
        connections=800,
        messages=5_000,
        posts=150,
        comments=400,
        reactions=1_500,
        votes=4,
        articles=6,
        search_queries=500,
        invitations=80,
        member_follows=40,
        company_follows=30,
        endorsements_received=120,
        endorsements_given=60,
        recommendations_received=5,
        recommendations_given=3,
        contacts=150,
        learning=25,
        events=10,
        saved_jobs=20,
        skills=30,
        activity_years=4,
    ),
    # A power user: for benchmarks of the parsers and analyses.
    "large": SizeSpec(
        connections=8_000,
        messages=50_000,
        posts=1_500,
        comments=5_000,
        reactions=12_000,
        votes=10,
        articles=10,
        search_queries=5_000,
        invitations=600,
        member_follows=250,
        company_follows=80,
        endorsements_received=600,
        endorsements_given=300,
        recommendations_received=8,
        recommendations_given=5,
        contacts=1_200,
        learning=80,
        events=30,
        saved_jobs=60,
        skills=40,
        activity_years=7,
    ),
    # LinkedIn's 30,000-connection cap: the worst case the tool must stream through.
    "max": SizeSpec(
        connections=30_000,
        messages=200_000,
        posts=5_000,
        comments=20_000,
        reactions=50_000,
        votes=25,
        articles=15,
        search_queries=25_000,
        invitations=2_000,
        member_follows=800,
        company_follows=200,
        endorsements_received=2_000,
        endorsements_given=1_000,
        recommendations_received=12,
        recommendations_given=8,
        contacts=5_000,
        learning=200,
        events=60,
        saved_jobs=150,
        skills=40,
        activity_years=10,
    ),
}
