"""`write_sample`: assemble the whole archive, section by section, in a fixed order.

Every section draws from its own `random.Random` seeded with a string naming the seed, language, era, size
and section. Two consequences: identical arguments give identical bytes (no clock, no `hash()`, no global
random state), and the basic archive is exactly the complete one minus the complete-only files, because
skipping a section does not shift the random stream of the others.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO

from auditor.sample import account, activity, articles, conversations, profile, ties
from auditor.sample.archive import ArchiveWriter
from auditor.sample.eras import ERA_SPECS, ERAS
from auditor.sample.lexicon import Lexicon
from auditor.sample.network import add_connection_quirks, build_connections
from auditor.sample.persona import build_owner
from auditor.sample.sizes import SIZES
from auditor.sample.text_en import EN
from auditor.sample.text_fr import FR

LEXICONS: dict[str, Lexicon] = {"en": EN, "fr": FR}
LANGS = tuple(LEXICONS)
VARIANTS = ("basic", "complete")
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
) -> SampleSummary:
    """Write a fully synthetic LinkedIn data-export ZIP to `out` (a path or a writable binary file)."""
    _check("lang", lang, LANGS)
    _check("size", size, tuple(SIZES))
    _check("variant", variant, VARIANTS)
    _check("era", era, ERAS)
    lex, spec, e = LEXICONS[lang], SIZES[size], ERA_SPECS[era]
    complete = variant == "complete"
    owner = build_owner(seed, lex, e)
    end = dt.datetime.combine(e.exported_on, dt.time())

    def rng(section: str) -> random.Random:
        return random.Random(f"{seed}-{lang}-{era}-{size}-{section}")

    people = build_connections(rng("connections"), owner, spec.connections, end)
    add_connection_quirks(rng("connection-quirks"), people, lang, e.is_2018)
    activity_start = max(owner.registered + dt.timedelta(days=60), end - dt.timedelta(days=365 * spec.activity_years))
    cadence = activity.Cadence(rng("cadence"), activity_start, end)
    article_start = max(
        owner.registered + dt.timedelta(days=365), end - dt.timedelta(days=365 * (spec.activity_years + 2))
    )
    planned_articles = articles.plan_articles(rng("articles"), owner, spec.articles, article_start, end)
    suffix = f"_{owner.member_id}" if e.member_suffix else ""

    date_time = (e.exported_on.year, e.exported_on.month, e.exported_on.day, 3, 12, 44)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        archive = ArchiveWriter(zf, date_time)
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
        if complete:
            ties.write_recommendations(
                archive,
                e,
                owner,
                people,
                spec.recommendations_received,
                spec.recommendations_given,
                rng("recommendations"),
            )
            uploads = activity.write_shares(
                archive,
                f"Shares{suffix}.csv",
                owner,
                cadence,
                spec.posts,
                planned_articles,
                rng("shares"),
                ugc_since=_UGC_SINCE,
            )
            activity.write_comments(
                archive, f"Comments{suffix}.csv", owner, people, cadence, spec.comments, rng("comments")
            )
            activity.write_reactions(
                archive,
                f"Reactions{suffix}.csv",
                cadence,
                spec.reactions,
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
        account.write_extras(archive, e, owner, variant, rng("extras"))

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
