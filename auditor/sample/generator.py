"""`write_sample`: assemble the whole archive, section by section, in a fixed order.

Every section draws from its own `random.Random` seeded with a string naming the seed, language, era, size
and section. Two consequences: identical arguments give identical bytes (no clock, no `hash()`, no global
random state), and the basic archive is exactly the complete one minus the complete-only files, because
skipping a section does not shift the random stream of the others.

The "model" persona is built on the same streams, and draws its own choices (a steady posting rhythm, warm
close ties, connections at the target companies...) from streams named after the model, so the typical
persona's archive is byte for byte what it was before the model existed.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO

from auditor.sample import account, activity, articles, conversations, goals, profile, ties
from auditor.sample.archive import ArchiveWriter
from auditor.sample.eras import ERA_SPECS, ERAS
from auditor.sample.goals import LEXICONS, PERSONAS, section_rng
from auditor.sample.network import keep_growing, reach_targets
from auditor.sample.persona import build_owner
from auditor.sample.sizes import SIZES
from auditor.sample.words import LANGS

VARIANTS = ("basic", "complete", "partial")
# What a partial archive keeps: a complete archive (by its name) of which a member kept only the profile files, as
# real archives arrive when files were removed or lost on the way.
PARTIAL_FILES = frozenset({"Profile.csv", "Positions.csv", "Education.csv"})
# ugcPost URNs replaced share URNs for new posts around 2019.
_UGC_SINCE = dt.datetime(2019, 1, 1)
# Polls (Votes.csv) exist since 2020.
_POLLS_SINCE = dt.datetime(2020, 6, 1)


@dataclass(frozen=True)
class SampleSummary:
    """What was written: enough for tests and the demo to know what to expect without parsing."""

    exported_on: dt.date
    archive_name: str
    owner_name: str
    owner_profile_url: str
    # Data records written per section (header, preamble and blank lines excluded; PhoneNumbers' all-empty
    # row counts, as it is a record); articles = number of HTML files.
    rows: dict[str, int] = field(default_factory=dict)
    files: tuple[str, ...] = ()


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"unknown {name} {value!r}: expected one of {', '.join(allowed)}")


def write_sample(
    out: str | os.PathLike[str] | BinaryIO,
    *,
    seed: int = 0,
    lang: str = "en",
    size: str = "typical",
    variant: str = "complete",
    era: str = "2026",
    persona: str = "typical",
) -> SampleSummary:
    """Write a fully synthetic LinkedIn data-export ZIP to `out` (a path or a writable binary file).

    `persona`: "typical" (a busy member with the usual gaps: silences, ties gone cold, unanswered invitations)
    or "model" (the same person following the method to the letter; audited with `sample_config(...,
    persona="model")` it yields no warning). The typical persona's bytes do not depend on the model's code
    paths: the model's choices come from streams of their own.
    """
    _check("lang", lang, LANGS)
    _check("size", size, tuple(SIZES))
    _check("variant", variant, VARIANTS)
    _check("era", era, ERAS)
    _check("persona", persona, PERSONAS)
    lex, spec, e = LEXICONS[lang], SIZES[size], ERA_SPECS[era]
    complete = variant in ("complete", "partial")
    model = persona == "model"
    owner = build_owner(seed, lex, e, persona)
    end = dt.datetime.combine(e.exported_on, dt.time())

    def rng(section: str) -> random.Random:
        return section_rng(seed, lang, era, size, section)

    people = goals.connections(seed, lang, era, size, owner)
    if model:
        keep_growing(rng("model-growth"), people, end)
        reach_targets(rng("model-targets"), owner, people, goals.target_companies(seed, lang))
    activity_start = max(owner.registered + dt.timedelta(days=60), end - dt.timedelta(days=365 * spec.activity_years))
    if model:
        steady = activity.SteadyCadence(rng("model-cadence"), activity_start, end)
        posts = steady.expected(goals.MODEL_POSTS_PER_WEEK)
        comments = round(len(steady.weights) * goals.MODEL_COMMENTS_PER_WEEK)
        cadence: activity.Cadence = steady
        reactions = max(spec.reactions, 2 * comments)  # people react more than they comment
    else:
        cadence = activity.Cadence(rng("cadence"), activity_start, end)
        posts, comments, reactions = spec.posts, spec.comments, spec.reactions
    article_start = max(
        owner.registered + dt.timedelta(days=365), end - dt.timedelta(days=365 * (spec.activity_years + 2))
    )
    planned_articles = articles.plan_articles(rng("articles"), owner, spec.articles, article_start, end)
    suffix = f"_{owner.member_id}" if e.member_suffix else ""

    date_time = (e.exported_on.year, e.exported_on.month, e.exported_on.day, 3, 12, 44)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        archive = ArchiveWriter(zf, date_time, PARTIAL_FILES if variant == "partial" else None)
        ties.write_connections(archive, e, people)
        profile.write_profile(archive, e, owner)
        profile.write_positions(archive, owner)
        profile.write_education(archive, owner)
        profile.write_skills(archive, owner, spec.skills)
        profile.write_languages(archive, owner)
        profile.write_certifications(archive, owner, rng("certifications"))
        profile.write_projects(archive, e, owner, rng("projects"))
        profile.write_publications(archive, owner, rng("publications"))
        profile.write_honors(archive, owner, rng("honors"))
        profile.write_courses(archive, owner, rng("courses"))

        plan = conversations.plan_conversations(rng("messages-plan"), owner, people, spec.messages, end)
        conversations.write_messages(archive, e, owner, people, plan, rng("messages"))
        close = [c.others[0] for c in plan if c.kind == "close"] if model else None
        del plan
        ties.write_invitations(archive, e, owner, people, spec.invitations, rng("invitations"))
        ties.write_endorsements(
            archive,
            e,
            owner,
            people,
            spec.endorsements_received,
            spec.endorsements_given,
            rng("endorsements"),
        )
        uploads: list[activity.Media] = []
        posted: list[tuple[dt.datetime, str]] = []
        if complete:
            ties.write_recommendations(
                archive,
                e,
                owner,
                people,
                spec.recommendations_received,
                spec.recommendations_given,
                rng("recommendations"),
                close,
            )
            uploads = activity.write_shares(
                archive,
                f"Shares{suffix}.csv",
                owner,
                cadence,
                posts,
                planned_articles,
                rng("shares"),
                ugc_since=_UGC_SINCE,
                posted=posted,
                # Old archives hold members in UTF-16LE with a BOM and TAB separators (the posts, for one).
                utf16_tabs=e.is_2018,
            )
            activity.write_comments(
                archive, f"Comments{suffix}.csv", owner, people, cadence, comments, rng("comments"), posted
            )
            activity.write_reactions(
                archive,
                f"Reactions{suffix}.csv",
                cadence,
                reactions,
                rng("reactions"),
                ugc_since=_UGC_SINCE,
            )
            if not e.is_2018:
                polls_from = max(activity_start, _POLLS_SINCE)
                activity.write_votes(archive, owner, spec.votes, polls_from, end, rng("votes"))
            articles.write_articles(archive, e, planned_articles)
        if not e.is_2018:
            if complete:
                account.write_rich_media(archive, e, owner, planned_articles, uploads, rng("rich-media"))
            else:
                account.write_rich_media_basic(archive)
        account.write_email_addresses(archive, e, owner, rng("emails"))
        account.write_phone_numbers(archive, e, owner, rng("phones"))
        account.write_registration(archive, e, owner, people, rng("registration"))
        if complete:
            ties.write_member_follows(
                archive, f"Member_Follows{suffix}.csv", e, owner, spec.member_follows, rng("member-follows")
            )
        ties.write_company_follows(archive, e, owner, spec.company_follows, rng("company-follows"))
        account.write_learning(archive, e, owner, spec.learning, rng("learning"))
        account.write_events(archive, e, owner, spec.events, rng("events"))
        if complete:
            account.write_search_queries(archive, e, owner, people, spec.search_queries, rng("searches"))
            account.write_inferences(archive, owner, rng("inferences"))
        account.write_ad_targeting(archive, e, owner, people, rng("ads"))
        account.write_contacts(archive, e, owner, people, spec.contacts, rng("contacts"))
        account.write_jobs(archive, e, owner, spec.saved_jobs, rng("jobs"))
        account.write_extras(archive, e, owner, "complete" if complete else "basic", rng("extras"))

    kind = "Complete" if complete else "Basic"
    day = e.exported_on
    return SampleSummary(
        exported_on=day,
        archive_name=f"{kind}_LinkedInDataExport_{day.month:02d}-{day.day:02d}-{day.year}.zip",
        owner_name=owner.full_name,
        owner_profile_url=owner.url,
        rows=dict(archive.rows),
        files=tuple(archive.files),
    )
