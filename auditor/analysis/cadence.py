"""Posting cadence: what the member published and engaged with, week by week (ISO weeks).

Step 5 of the method asks for regular sharing of articles, videos or resources; step 3 for routines whose
cadence can be checked. Both read this one weekly series, and the per-publication list behind it (dates, rows,
resources, hashtags) that rules use for evidence.

Besides what the member published, the series count what they reached out with (messages sent, conversations
started, invitations sent), for the routines of step 3 that the export can measure.

Windows: "the last N weeks" are the N ISO weeks ending with the current one (`window_start`), which suits
per-post checks. Rates and shares of active weeks use the last N *complete* weeks instead (`full_weeks_end`): the
week still running would otherwise read as a slow week every Monday.

"Today" here is the day the archive can show up to: the audit's date, or the export date when the audit is dated
later (`--as-of`): nothing after the export is in the archive, so every cadence rule measures up to it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from auditor.analysis.ties import Ties
from auditor.model import Article, Export, Share

# A post's number in a feed link, whatever its URN's kind and encoding: `urn%3Ali%3Ashare%3A123`, `urn:li:ugcPost:123`,
# `commentUrn=urn%3Ali%3Acomment%3A%28ugcPost%3A123%2C456%29`.
_POST_NUMBER = re.compile(r"(?:share|ugcPost|activity)(?::|%3A)(\d+)", re.IGNORECASE)
# The same on a lower-cased ASCII link, three times faster (tens of thousands of comments): for ASCII text, the
# case-insensitive match is the match of the lower-cased text, and the numbers are the same.
_POST_NUMBER_LOWER = re.compile(r"(?:share|ugcpost|activity)(?::|%3a)(\d+)")

# What the member sent: each message they wrote, the first message of each conversation they started, each
# invitation. Messages are read as `compute_ties` reads them (same owner test, same threads, no sponsored ones).
OUTREACH_KINDS = ("messages", "conversations", "invitations")
# "comments" are on other people's posts; "replies" are the member's comments under their own posts (Comments.csv
# holds both), which step 5 and the routines do not count as reaching out.
ACTIVITY_KINDS = ("posts", "reshares", "articles", "comments", "replies", "reactions", *OUTREACH_KINDS)
PUBLICATION_KINDS = ("posts", "reshares", "articles")  # what the member published (a reshare has no commentary)
AUTHORED_KINDS = ("posts", "articles")  # what the member wrote: a post with commentary, or an article


def activity_kinds(activity: str) -> tuple[str, ...]:
    """The cadence kinds a routine's activity counts: a published article is a post too, as in CAD-001."""
    return AUTHORED_KINDS if activity == "posts" else (activity,)


SHARE_KINDS = ("posts", "reshares")  # rows of Shares.csv

# A hashtag: "#" not inside a word, URL or HTML entity, then a word with at least one letter ("#1" is not one).
# LinkedIn's copied text sometimes reads "hashtag#Tag" (its screen-reader label), so that prefix is allowed.
# The pattern starts with the "#" itself (the checks on what precedes it look behind from there) so the regex
# engine can skip straight from one "#" to the next: twenty times faster than leading with the look-behinds.
_HASHTAG = re.compile(r"#(?:(?<=hashtag#)|(?<![\w/&#]#))(\w*[^\W\d_]\w*)")
_URL = re.compile(r"\bhttps?://\S+", re.IGNORECASE)


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding `day`."""
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Publication:
    """One thing the member published: a post (Shares.csv row with commentary), a reshare (without) or an article."""

    kind: str  # "posts", "reshares" or "articles": a key of `Cadence.weekly`
    at: dt.datetime
    file: str  # the archive's Shares file (e.g. "Shares_1158443584.csv"), or the article's file
    line: int | None  # the row in Shares.csv; None for an article
    link: str  # the post's feed URL or the article's pulse URL
    text: str  # the post's commentary, or the article's title
    has_resource: bool  # a shared link, a media file or a link in the text; always true for an article
    hashtags: tuple[str, ...]  # distinct, as first written

    @property
    def day(self) -> dt.date:
        return self.at.date()

    @property
    def key(self) -> str:
        """A stable identity for fingerprints: the link, else the timestamp (never the row)."""
        return self.link or f"{self.kind}@{self.at.isoformat()}"


@dataclass(frozen=True, slots=True)
class Silence:
    """A run of days without publishing: from one publication to the next, or to today."""

    days: int
    start: dt.date  # the day of `before`, or the window start when the member never published
    end: dt.date  # the day of `after`, or today
    before: Publication | None  # the last publication before the silence (None: never published)
    after: Publication | None  # the first publication after it (None: still silent today)


@dataclass(frozen=True)
class Cadence:
    today: dt.date
    # kind (of ACTIVITY_KINDS) -> {Monday of the week: count}; weeks without activity are absent.
    weekly: dict[str, dict[dt.date, int]]
    publications: tuple[Publication, ...] = ()  # every dated publication up to today, oldest first

    @property
    def full_weeks_end(self) -> dt.date:
        """The Sunday closing the last complete ISO week (the week still running is left out of rates)."""
        return week_start(self.today) - dt.timedelta(days=1)

    def window_start(self, weeks: int) -> dt.date:
        """The Monday of the first of the last `weeks` ISO weeks, the current week included."""
        return week_start(self.today) - dt.timedelta(weeks=weeks - 1)

    def count(self, kind: str, weeks: int, end: dt.date | None = None) -> int:
        """Activity of one kind over the `weeks` ISO weeks ending with the week of `end` (default today)."""
        last = week_start(end or self.today)
        first = last - dt.timedelta(weeks=weeks - 1)
        return sum(n for week, n in self.weekly.get(kind, {}).items() if first <= week <= last)

    def published(self, weeks: int, end: dt.date | None = None) -> int:
        return sum(self.count(kind, weeks, end) for kind in PUBLICATION_KINDS)

    def per_week(self, kind: str, weeks: int) -> float:
        return self.count(kind, weeks) / weeks

    def full_weeks_count(self, kinds: tuple[str, ...], weeks: int) -> int:
        """Activities of `kinds` over the last `weeks` complete weeks."""
        return sum(self.count(kind, weeks, self.full_weeks_end) for kind in kinds)

    def rate(self, kinds: tuple[str, ...], weeks: int) -> float:
        """Activities of `kinds` per week over the last `weeks` complete weeks."""
        return self.full_weeks_count(kinds, weeks) / weeks

    def active_weeks(self, weeks: int, kinds: tuple[str, ...] = PUBLICATION_KINDS, end: dt.date | None = None) -> int:
        """Weeks with at least one activity of `kinds` among the `weeks` ISO weeks ending with the week of `end`
        (default today; pass `full_weeks_end` for complete weeks only)."""
        last = week_start(end or self.today)
        first = last - dt.timedelta(weeks=weeks - 1)
        active = {w for kind in kinds for w in self.weekly.get(kind, {}) if first <= w <= last}
        return len(active)

    def trend(self, weeks: int = 13, end: dt.date | None = None) -> tuple[int, int]:
        """(publications in the `weeks` weeks ending with the week of `end` (default today), in the `weeks`
        before them)."""
        end = end or self.today
        recent = self.published(weeks, end)
        previous = self.published(weeks, end - dt.timedelta(weeks=weeks))
        return recent, previous

    # --- Per publication ----------------------------------------------------------------------------------

    def recent(self, weeks: int, kinds: tuple[str, ...] = PUBLICATION_KINDS) -> tuple[Publication, ...]:
        """Publications of `kinds` in the last `weeks` ISO weeks (the current one included), oldest first."""
        first = self.window_start(weeks)
        return tuple(p for p in self.publications if p.kind in kinds and p.day >= first)

    def resource_share(self, weeks: int) -> tuple[int, int]:
        """(posts and articles carrying a resource, all posts and articles) in the last `weeks` weeks."""
        authored = self.recent(weeks, AUTHORED_KINDS)
        return sum(p.has_resource for p in authored), len(authored)

    def silences(self, weeks: int) -> tuple[Silence, ...]:
        """Every run without publications that reaches into the last `weeks` weeks, longest first, with its true
        bounds (it may have started before the window). The time before the member's first publication is not
        a silence, unless they never published: then the whole window is one."""
        first = self.window_start(weeks)
        if not self.publications:
            return (Silence((self.today - first).days, first, self.today, None, None),)
        # The last publication of each day bounds the silence after it; the first of each day the one before.
        last_of_day = {p.day: p for p in self.publications}
        first_of_day = {p.day: p for p in reversed(self.publications)}
        days = sorted(last_of_day)
        found = [
            Silence((after - before).days, before, after, last_of_day[before], first_of_day[after])
            for before, after in itertools.pairwise(days)
            if after > first
        ]
        if self.today > days[-1]:
            found.append(Silence((self.today - days[-1]).days, days[-1], self.today, last_of_day[days[-1]], None))
        return tuple(sorted(found, key=lambda s: (-s.days, s.start)))

    def bursts(self, weeks: int, min_hours: float) -> tuple[tuple[Publication, Publication], ...]:
        """Consecutive own posts or reshares (Shares.csv) less than `min_hours` apart, in the last `weeks` weeks."""
        shares = self.recent(weeks, SHARE_KINDS)
        limit = dt.timedelta(hours=min_hours)
        return tuple((a, b) for a, b in itertools.pairwise(shares) if b.at - a.at < limit)


def _weekly(daily: dict[dt.date, int]) -> dict[dt.date, int]:
    weekly: Counter[dt.date] = Counter()
    for day, count in daily.items():  # once per distinct day, not once per activity
        weekly[week_start(day)] += count
    return dict(weekly)


def _dates(times: Iterable[dt.datetime | None]) -> list[dt.date]:
    """The days of the known times (tens of thousands of reactions and messages: a C loop, no Python per item)."""
    return list(map(dt.datetime.date, filter(None, times)))


def _outreach_days(export: Export, ties: Ties) -> dict[str, list[dt.date]]:
    """The days of each kind of OUTREACH_KINDS: messages and conversations come from the ties analysis, which
    already told the member's messages from the others' (and left LinkedIn's sponsored ones out)."""
    return {
        "messages": _dates(ties.owner_message_times),
        "conversations": _dates(ties.owner_conversation_starts),
        "invitations": [i.sent_at.date() for i in export.invitations if i.direction == "outgoing" and i.sent_at],
    }


def post_numbers(link: str) -> set[str]:
    """The post numbers a feed link names (a comment's link names its post, and again inside `commentUrn`)."""
    if not link:
        return set()
    if link.isascii():
        return set(_POST_NUMBER_LOWER.findall(link.lower()))
    return set(_POST_NUMBER.findall(link))


def _comment_days(export: Export) -> tuple[list[dt.date], list[dt.date]]:
    """The days of the member's comments on other people's posts, and of their replies under their own posts."""
    own = set().union(*(post_numbers(share.link) for share in export.shares))
    others: list[dt.date] = []
    replies: list[dt.date] = []
    for comment in export.comments:
        if comment.commented_at is not None:
            mine = bool(own) and not own.isdisjoint(post_numbers(comment.link))
            (replies if mine else others).append(comment.commented_at.date())
    return others, replies


def hashtags(text: str) -> tuple[str, ...]:
    """The distinct hashtags of a text, case-insensitively, as first written (`#SupplyChain`, `hashtag#IA`)."""
    if "#" not in text:
        return ()
    seen: dict[str, str] = {}
    for match in _HASHTAG.finditer(text):
        seen.setdefault(match[1].casefold(), f"#{match[1]}")
    return tuple(seen.values())


def _has_url(text: str) -> bool:
    return "://" in text and _URL.search(text) is not None  # the cheap test first: most posts carry no link


def _share_publication(share: Share, file: str) -> Publication | None:
    if share.shared_at is None:
        return None
    kind = "posts" if share.commentary else "reshares"
    return Publication(
        kind=kind,
        at=share.shared_at,
        file=file,
        line=share.line or None,
        link=share.link,
        text=share.commentary,
        has_resource=bool(share.shared_url or share.media_url or _has_url(share.commentary)),
        hashtags=hashtags(share.commentary),
    )


def _article_publication(article: Article) -> Publication | None:
    if article.published_at is None:  # a draft
        return None
    return Publication(
        kind="articles",
        at=article.published_at,
        file=article.file,
        line=None,
        link=article.url,
        text=article.title,
        has_resource=True,  # an article is the resource
        hashtags=(),
    )


def compute_cadence(export: Export, today: dt.date, ties: Ties) -> Cadence:
    shares_file = export.file_of("shares")  # evidence rows must point into the archive's own file
    publications = [
        publication
        for publication in itertools.chain(
            (_share_publication(share, shares_file) for share in export.shares),
            (_article_publication(article) for article in export.articles),
        )
        if publication is not None and publication.day <= today
    ]
    publications.sort(key=lambda p: (p.at, p.kind, p.line or 0))
    days = {kind: [p.day for p in publications if p.kind == kind] for kind in PUBLICATION_KINDS}
    days["comments"], days["replies"] = _comment_days(export)
    days["reactions"] = _dates(map(attrgetter("reacted_at"), export.reactions))
    days.update(_outreach_days(export, ties))
    # Counted per day first (in C); what comes after today is left out once per distinct day.
    daily = {kind: {day: n for day, n in Counter(found).items() if day <= today} for kind, found in days.items()}
    return Cadence(
        today=today,
        weekly={kind: _weekly(counts) for kind, counts in daily.items()},
        publications=tuple(publications),
    )
