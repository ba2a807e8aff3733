"""The analyses and the rules never crash on odd but possible records: odd names and URLs, missing dates, empty
conversation ids, namesakes, the owner in unexpected places. The analyses run before the rules, outside the
engine's per-rule guard, so a crash there would stop the whole audit."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.analysis import analyse
from auditor.config import Config
from auditor.engine import run_rules
from auditor.model import (
    Comment,
    Connection,
    Endorsement,
    Invitation,
    Message,
    PartialDate,
    Position,
    Reaction,
    Recommendation,
    Share,
)
from auditor.rules import RULES

from .factory import OWNER, OWNER_URL, TODAY, model_export

NAMES = st.sampled_from(["", " ", "Zoé Martin", "zoe  martin", "Bob, MBA", "Ann Other, Bob Other", OWNER, "李雷", "🌱"])
URLS = st.sampled_from(
    ["", OWNER_URL, "https://www.linkedin.com/in/zoe-martin", "linkedin.com/in/ZOE-MARTIN/", "urn:li:member:1", " "]
)
TIMES = st.one_of(st.none(), st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 1, 1)))
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)))
TEXT = st.text(max_size=40)

MESSAGES = st.builds(
    Message,
    conversation_id=st.sampled_from(["", "c1", "c2"]),
    conversation_title=st.sampled_from(["", "Sponsored Conversation", "Hello"]),
    sender=NAMES,
    sender_url=URLS,
    recipients=NAMES,
    recipient_urls=st.lists(URLS, max_size=3).map(tuple),
    sent_at=TIMES,
    direction=st.sampled_from(["", "incoming", "outgoing"]),
    line=st.integers(0, 99),
)
CONNECTIONS = st.builds(
    Connection,
    first_name=NAMES,
    last_name=st.sampled_from(["", "Martin", "Other"]),
    url=URLS,
    email=st.just(""),
    company=st.sampled_from(["", "Acme Industries", "Beta Foods, Inc.", "S.A.", "The Limited"]),
    position=TEXT,
    connected_on=DATES,
    line=st.integers(0, 99),
)
ENDORSEMENTS = st.builds(
    Endorsement,
    endorsed_at=TIMES,
    skill=TEXT,
    first_name=NAMES,
    last_name=st.sampled_from(["", "Martin"]),
    profile_url=URLS,
    status=st.just("ACCEPTED"),
    line=st.integers(0, 99),
)
RECOMMENDATIONS = st.builds(
    Recommendation,
    first_name=NAMES,
    last_name=st.sampled_from(["", "Martin"]),
    company=TEXT,
    job_title=TEXT,
    text=TEXT,
    created_at=TIMES,
    status=st.just("VISIBLE"),
    line=st.integers(0, 99),
)
INVITATIONS = st.builds(
    Invitation,
    sender=NAMES,
    recipient=NAMES,
    sent_at=TIMES,
    message=TEXT,
    direction=st.sampled_from(["", "incoming", "outgoing"]),
    sender_profile=URLS,
    recipient_profile=URLS,
    line=st.integers(0, 99),
)
SHARES = st.builds(
    Share,
    shared_at=TIMES,
    link=st.sampled_from(["", "https://www.linkedin.com/feed/update/1"]),
    commentary=st.text(alphabet="#ab1 /&:.hashtg", max_size=40),
    shared_url=st.sampled_from(["", "https://example.com"]),
    media_url=st.just(""),
    visibility=st.just("MEMBER_NETWORK"),
    line=st.integers(0, 99),
)
PARTIAL_DATES = st.one_of(
    st.none(),
    st.builds(PartialDate, st.integers(1990, 2030)),
    st.builds(PartialDate, st.integers(1990, 2030), st.integers(1, 12)),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)).map(
        lambda day: PartialDate(day.year, day.month, day.day)
    ),
)
POSITIONS = st.builds(
    Position,
    company=st.sampled_from(["", "Acme Industries", "Beta Foods", "beta foods inc"]),
    title=TEXT,
    description=TEXT,
    location=TEXT,
    started_on=PARTIAL_DATES,
    finished_on=PARTIAL_DATES,
    line=st.integers(0, 99),
)
COMMENTS = st.builds(Comment, commented_at=TIMES, link=st.just(""), message=TEXT, line=st.integers(0, 99))
REACTIONS = st.builds(Reaction, reacted_at=TIMES, type=st.just("LIKE"), link=st.just(""), line=st.integers(0, 99))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    messages=st.lists(MESSAGES, max_size=12),
    connections=st.lists(CONNECTIONS, max_size=6),
    endorsements=st.lists(ENDORSEMENTS, max_size=4),
    given_endorsements=st.lists(ENDORSEMENTS, max_size=3),
    recommendations=st.lists(RECOMMENDATIONS, max_size=3),
    invitations=st.lists(INVITATIONS, max_size=4),
    shares=st.lists(SHARES, max_size=4),
    positions=st.lists(POSITIONS, max_size=3),
    comments=st.lists(COMMENTS, max_size=4),
    reactions=st.lists(REACTIONS, max_size=4),
    has_profile=st.booleans(),
    days_after_export=st.sampled_from([0, 3, 400]),  # --as-of the export date or later
)
def test_odd_records_never_crash_the_analyses_or_the_rules(
    messages: list[Message],
    connections: list[Connection],
    endorsements: list[Endorsement],
    given_endorsements: list[Endorsement],
    recommendations: list[Recommendation],
    invitations: list[Invitation],
    shares: list[Share],
    positions: list[Position],
    comments: list[Comment],
    reactions: list[Reaction],
    has_profile: bool,
    days_after_export: int,
) -> None:
    base = model_export()
    export = model_export(
        messages=tuple(messages),
        connections=tuple(connections),
        endorsements_received=tuple(endorsements),
        endorsements_given=tuple(given_endorsements),
        recommendations_received=tuple(recommendations),
        recommendations_given=tuple(recommendations[:1]),
        invitations=tuple(invitations),
        shares=tuple(shares),
        positions=tuple(positions),
        comments=tuple(comments),
        reactions=tuple(reactions),
        profile=base.profile if has_profile else None,
    )
    analyses = analyse(export, TODAY + dt.timedelta(days=days_after_export))
    assert len(list(analyses.ties.connections())) <= len(connections)
    assert len(analyses.circles.by_key) == len(list(analyses.ties.connections()))
    result = run_rules(export, analyses, Config(), RULES)
    crashed = [outcome.code for outcome in result.outcomes if outcome.status == "crashed"]
    assert crashed == []
