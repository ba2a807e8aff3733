"""Posting and engagement: Shares, Comments, Reactions, Votes, with bursts and silences.

A `Cadence` gives every week of the activity period a weight: active spells of a few weeks alternate with
silences (some long), and the last weeks slow down. Posts only fall in active weeks; comments and reactions
follow the same rhythm with a floor, because people keep reading and reacting while they do not post. This is
what the auditor's cadence checks (longest silence, weeks active, recent slowdown) measure.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import random
from dataclasses import dataclass

from auditor.sample.archive import ArchiveWriter, quote
from auditor.sample.articles import Article
from auditor.sample.dates import between, epoch_ms, iso_seconds, office_time
from auditor.sample.lexicon import gendered
from auditor.sample.names import slugify
from auditor.sample.network import Person
from auditor.sample.persona import Owner

# Day-of-week weights, Monday first: professionals post mid-week.
_WEEKDAY_WEIGHTS = (14, 18, 18, 16, 12, 5, 4)
REACTION_TYPES = ("LIKE", "PRAISE", "EMPATHY", "INTEREST", "ENTERTAINMENT")
_REACTION_WEIGHTS = (70, 10, 8, 7, 5)


@dataclass(frozen=True, slots=True)
class Media:
    """An upload that Rich_Media.csv reports ("video", "photo", "document")."""

    kind: str
    time: dt.datetime
    url: str


def activity_id(rng: random.Random, t: dt.datetime) -> int:
    """LinkedIn activity IDs start with the creation time in milliseconds (the top 41 bits)."""
    return epoch_ms(t) << 22 | rng.getrandbits(22)


def token(rng: random.Random, nbytes: int = 12) -> str:
    return base64.b64encode(rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big"), altchars=b"-_").decode()


class Cadence:
    """Week-by-week activity weights between `start` and `end`."""

    def __init__(self, rng: random.Random, start: dt.datetime, end: dt.datetime) -> None:
        self.end = end
        self.monday = (start - dt.timedelta(days=start.weekday())).replace(hour=0, minute=0, second=0)
        weeks = max(4, (end - self.monday).days // 7 + 1)
        weights: list[float] = []
        active = rng.random() < 0.6
        while len(weights) < weeks:
            if active:
                length = rng.randint(2, 8)
                weights += [rng.uniform(0.5, 1.5) for _ in range(length)]
            else:
                length = rng.randint(2, 6) if rng.random() < 0.7 else rng.randint(8, 16)
                weights += [0.0] * length
            active = not active
        weights = weights[:weeks]
        # The recent slowdown: the last 12 weeks at half the usual pace, with a few active weeks all the same.
        recent = range(max(0, weeks - 12), weeks)
        for index in recent:
            weights[index] *= 0.5
        silent = [index for index in recent if not weights[index]]
        missing = 3 - (len(recent) - len(silent))
        if missing > 0:
            for index in rng.sample(silent, min(missing, len(silent))):
                weights[index] = 0.4
        if not any(weights):
            weights[-1] = 1.0
        self.weights = weights

    def times(self, rng: random.Random, k: int, floor: float = 0.0) -> list[dt.datetime]:
        """`k` times, newest first; `floor` adds activity to silent weeks (a share of the mean)."""
        if k <= 0:
            return []
        active = [w for w in self.weights if w > 0]
        base = floor * (sum(active) / len(active))
        weights = [w + base for w in self.weights]
        # Systematic sampling: every week gets the floor or the ceiling of its expected count, so a short
        # active spell (like the few weeks of the recent slowdown) is never emptied by bad luck.
        step = sum(weights) / k
        position = rng.random() * step
        weeks: list[int] = []
        cumulative = 0.0
        for week, weight in enumerate(weights):
            cumulative += weight
            while position < cumulative and len(weeks) < k:
                weeks.append(week)
                position += step
        weeks += [len(weights) - 1] * (k - len(weeks))  # float rounding at the very end
        days = rng.choices(range(7), weights=_WEEKDAY_WEIGHTS, k=k)
        out: list[dt.datetime] = []
        for week, day in zip(weeks, days, strict=True):
            t = office_time(rng, (self.monday + dt.timedelta(days=week * 7 + day)).date())
            if t >= self.end:
                t = self.end - dt.timedelta(minutes=rng.randint(5, 60 * 24 * 6))
            out.append(t)
        out.sort(reverse=True)
        return out


class SteadyCadence(Cadence):
    """The model member's rhythm: every week active, with about the same weight, except one week in August and
    the week of Christmas; posts fall on working days two days apart, so never in a burst (see `times`)."""

    def __init__(self, rng: random.Random, start: dt.datetime, end: dt.datetime) -> None:
        self.end = end
        self.monday = (start - dt.timedelta(days=start.weekday())).replace(hour=0, minute=0, second=0)
        self.last_day = (end - dt.timedelta(seconds=1)).date()  # the last day anything can happen
        first = self.monday.date()
        weeks = max(1, (self.last_day - first).days // 7 + 1)
        summer = {year: rng.choice((1, 8, 15)) for year in range(first.year, self.last_day.year + 1)}
        weights: list[float] = []
        for week in range(weeks):
            monday = first + dt.timedelta(weeks=week)
            sunday = monday + dt.timedelta(days=6)
            christmas = monday <= dt.date(monday.year, 12, 25) <= sunday
            august = monday.month == 8 and summer[monday.year] <= monday.day < summer[monday.year] + 7
            weights.append(0.0 if christmas or august else rng.uniform(0.9, 1.1))
        self.weights = weights

    def days(self, week: int) -> list[int]:
        """The weekdays of `week` that are before the export."""
        monday = self.monday.date() + dt.timedelta(weeks=week)
        return [day for day in range(7) if monday + dt.timedelta(days=day) <= self.last_day]

    def expected(self, per_week: float) -> int:
        """How many posts make `per_week` a week over the active weeks."""
        return round(sum(self.weights) * per_week)

    def times(self, rng: random.Random, k: int, floor: float = 0.0) -> list[dt.datetime]:
        """Posts (`floor` 0): spread over the active weeks, two days apart at least; engagement (`floor` > 0):
        every week, holidays included, on any day."""
        if k <= 0:
            return []
        weights = [w + floor for w in self.weights] if floor else list(self.weights)
        # Systematic sampling, as in `Cadence.times`: each week gets the floor or the ceiling of its share.
        step = sum(weights) / k
        position = rng.random() * step
        counts = [0] * len(weights)
        cumulative = 0.0
        placed = 0
        for week, weight in enumerate(weights):
            cumulative += weight
            while position < cumulative and placed < k:
                counts[week] += 1
                placed += 1
                position += step
        out: list[dt.datetime] = []
        for week, count in enumerate(counts):
            days = self.days(week)
            if not count or not days:
                continue
            if floor:
                chosen = rng.choices(days, weights=[_WEEKDAY_WEIGHTS[d] for d in days], k=count)
            else:
                chosen = _spaced(rng, [d for d in days if d < 5] or days, count)
            monday = self.monday.date() + dt.timedelta(weeks=week)
            for day in chosen:
                out.append(office_time(rng, monday + dt.timedelta(days=day)))
        if not floor:
            # Never two posts within a day of each other (a week cut short by the export may crowd them).
            kept: list[dt.datetime] = []
            for t in sorted(out):
                if not kept or t - kept[-1] >= dt.timedelta(hours=24):
                    kept.append(t)
            out = kept
        out = [t if t < self.end else self.end - dt.timedelta(minutes=rng.randint(5, 120)) for t in out]
        out.sort(reverse=True)
        return out


def _spaced(rng: random.Random, days: list[int], count: int) -> list[int]:
    """`count` of `days`, two days apart when the week allows it."""
    options = [
        combo
        for combo in itertools.combinations(days, min(count, len(days)))
        if all(b - a >= 2 for a, b in itertools.pairwise(combo))
    ]
    if options:
        return list(rng.choice(options))
    return sorted(rng.sample(days, min(count, len(days))))


def _commentary(rng: random.Random, owner: Owner, body: str = "") -> list[str]:
    """Paragraphs of a post (around `body` when given)."""
    track, lex = owner.track, owner.lexicon
    paragraphs: list[str] = []
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(lex.hooks))
    if body:
        paragraphs.append(body)
        if owner.is_model:
            # The goal posts of the model member are developed (TXT-012); no draw from `rng`, so that everything
            # else the generator writes stays the same.
            paragraphs += track.developed_posts
    else:
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            paragraphs.append(rng.choice(track.post_bodies if rng.random() < 0.75 else lex.network_bodies))
    closer = rng.choice(lex.closers)
    if closer and rng.random() < 0.6:
        paragraphs.append(closer)
    if rng.random() < 0.7:
        tags = rng.sample(track.hashtags + lex.general_hashtags, rng.randint(2, 4))
        if owner.is_model:
            tags = tags[:3]  # the model member keeps to three hashtags (CAD-008)
        paragraphs.append(" ".join(tags))
    return [gendered(p, owner.gender) for p in dict.fromkeys(paragraphs)]


def write_shares(
    archive: ArchiveWriter,
    name: str,
    owner: Owner,
    cadence: Cadence,
    count: int,
    articles: list[Article],
    rng: random.Random,
    *,
    ugc_since: dt.datetime,
    posted: list[tuple[dt.datetime, str]] | None = None,
    utf16_tabs: bool = False,
) -> list[Media]:
    """Shares.csv; returns the uploads (photos, videos, documents) for Rich_Media.csv, and fills `posted` with each
    post's (time, link) when given (the owner replies under some of them in Comments.csv)."""
    lex = owner.lexicon
    media: list[Media] = []
    published = [a for a in articles if a.published is not None]
    # The model member writes about the goal's keywords in about one post in three (GOA-005).
    goal_posts = [gendered(p, owner.gender) for p in owner.track.goal_posts] if owner.is_model else []
    goal_due, used = False, 0
    complaints = () if owner.is_model else lex.complaint_posts
    complaint_due, complained = False, 0
    with archive.csv(name, "shares", utf16_tabs=utf16_tabs) as sink:
        sink.header(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
        sep = sink.delimiter
        for index, t in enumerate(cadence.times(rng, count)):
            kind = "ugcPost" if t >= ugc_since and rng.random() < 0.7 else "share"
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3A{kind}%3A{activity_id(rng, t)}"
            if posted is not None:
                posted.append((t, link))
            paragraphs = _commentary(rng, owner)
            goal_due = goal_due or (bool(goal_posts) and index % 3 == 0)
            if goal_due:
                paragraphs = _commentary(rng, owner, goal_posts[used % len(goal_posts)])
            planned = paragraphs
            shared = media_url = ""
            roll = rng.random()
            own = [a for a in published if a.published and a.published < t]
            if roll < 0.06 and own:
                article = rng.choice(own)
                shared = article.url
                paragraphs = [rng.choice(lex.hooks), article.title]
            elif roll < 0.28:
                topic = slugify(rng.choice(owner.track.topics + owner.track.article_titles))
                host = rng.choice((f"www.{lex.web_domain}", "news.example.org", "blog.example.net"))
                shared = f"https://{host}/{t.year}/{topic}"
            elif roll < 0.36:
                shared = f"https://www.linkedin.com/feed/update/urn:li:activity:{activity_id(rng, t)}"
                paragraphs = [gendered(rng.choice(lex.reshare_lines), owner.gender)]
            elif roll < 0.52:
                stamp, expires = (
                    epoch_ms(t),
                    int((cadence.end - dt.datetime(1970, 1, 1)).total_seconds()) + 5e6,
                )
                if rng.random() < 0.6:
                    media_url = (
                        f"https://media.licdn.com/dms/image/v2/D4E22AQ{token(rng)}/feedshare-shrink_800/"
                        f"feedshare-shrink_800/0/{stamp}?e={int(expires)}&v=beta&t={token(rng, 9)}"
                    )
                    media.append(Media("photo", t, media_url))
                else:
                    media_url = (
                        f"https://dms.licdn.com/playlist/vid/v2/D4E05AQ{token(rng)}/mp4-720p-30fp-crf28/0/"
                        f"{stamp}?e={int(expires)}&v=beta&t={token(rng, 9)}"
                    )
                    media.append(Media("video", t, media_url))
            if goal_due and paragraphs is planned:  # not turned into a reshare or an article link
                goal_due, used = False, used + 1
            complaint_due = complaint_due or (bool(complaints) and index % 3 == 1)
            if complaint_due and paragraphs is planned:
                # One post in three of the typical member's complains (TXT-010), the next plain post when that one
                # became a reshare or a link; no draw from `rng`, so that everything else stays the same.
                paragraphs = [gendered(complaints[complained % len(complaints)], owner.gender)]
                complaint_due, complained = False, complained + 1
            # The quirk: each paragraph wrapped in literal quotes, blank lines as `""` (see the spec).
            commentary = '"\n""\n"'.join(paragraphs)
            sink.raw_row(
                sep.join((iso_seconds(t), link, quote(commentary), quote(shared), quote(media_url), "MEMBER_NETWORK"))
            )
    return media


def _backslash_quoted(value: str) -> str:
    """Comments.csv quoting: LinkedIn escapes inner quotes as `\\"` instead of doubling them."""
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '\\"') + '"'
    return value


def write_comments(
    archive: ArchiveWriter,
    name: str,
    owner: Owner,
    people: list[Person],
    cadence: Cadence,
    count: int,
    rng: random.Random,
    replies_under: list[tuple[dt.datetime, str]] = (),  # type: ignore[assignment]
) -> None:
    """Comments.csv, written by hand because of the backslash-escaped quotes. Besides the comments on other
    people's posts, the owner's replies under some of their own posts (`replies_under`: (time, link) of the posts),
    drawn from a stream of their own so that the other comments stay what they were."""
    lex, track = owner.lexicon, owner.track
    replies: list[tuple[dt.datetime, str]] = []
    reply_rng = random.Random(f"replies:{owner.full_name}:{len(replies_under)}")
    for t, link in replies_under:
        if lex.own_post_replies and reply_rng.random() < 0.12:
            when = t + dt.timedelta(hours=reply_rng.randint(1, 30), minutes=reply_rng.randint(0, 59))
            cid = activity_id(reply_rng, when)
            urn = link.rsplit("%3A", 2)[-2]  # share or ugcPost
            number = link.rsplit("%3A", 1)[-1]
            reply_link = f"{link}?commentUrn=urn%3Ali%3Acomment%3A%28{urn}%3A{number}%2C{cid}%29"
            reader = reply_rng.choice(people).first if people else owner.first
            text = reply_rng.choice(lex.own_post_replies).format(first=reader)
            replies.append((when, f"{iso_seconds(when)},{reply_link},{_backslash_quoted(text)}"))
    replies.sort(reverse=True)
    with archive.csv(name, "comments") as sink:
        sink.header(["Date", "Link", "Message"])
        for index, t in enumerate(cadence.times(rng, count, floor=0.2)):
            while replies and replies[0][0] > t:  # newest first, as LinkedIn writes them
                sink.raw_row(replies.pop(0)[1])
            post = t - dt.timedelta(minutes=rng.randint(5, 60 * 48))
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{activity_id(rng, post)}"
            # Make sure even the smallest export has one escaped quote and one multi-line comment.
            if index == 1 or rng.random() < 0.12:
                template = rng.choice(lex.quoted_comments)
            elif index == 2:
                template = next(c for c in lex.comments if "\n" in c)
            else:
                template = rng.choice(lex.comments)
            author = rng.choice(people) if people else None
            values = {
                "first": author.first if author else owner.first,
                "company": (author.company.strip() if author and author.company else "") or lex.companies[0],
                "topic": rng.choice(track.topics),
            }
            message = gendered(template, owner.gender).format(**values)
            sink.raw_row(f"{iso_seconds(t)},{link},{_backslash_quoted(message)}")
        for _, row in replies:
            sink.raw_row(row)


def write_reactions(
    archive: ArchiveWriter,
    name: str,
    cadence: Cadence,
    count: int,
    rng: random.Random,
    *,
    ugc_since: dt.datetime,
) -> None:
    with archive.csv(name, "reactions") as sink:
        sink.header(["Date", "Type", "Link"])
        types = rng.choices(REACTION_TYPES, weights=_REACTION_WEIGHTS, k=max(count, 0))
        for t, kind in zip(cadence.times(rng, count, floor=0.35), types, strict=True):
            post = t - dt.timedelta(minutes=rng.randint(2, 60 * 72))
            aid = activity_id(rng, post)
            urn = "ugcPost" if post >= ugc_since and rng.random() < 0.4 else "activity"
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3A{urn}%3A{aid}"
            if rng.random() < 0.1:
                cid = activity_id(rng, t - dt.timedelta(minutes=1))
                link += f"?commentUrn=urn%3Ali%3Acomment%3A%28{urn}%3A{aid}%2C{cid}%29"
            sink.row([iso_seconds(t), kind, link])


def write_votes(
    archive: ArchiveWriter, owner: Owner, count: int, start: dt.datetime, end: dt.datetime, rng: random.Random
) -> None:
    """Votes.csv: poll answers (the link is not percent-encoded here)."""
    options = owner.lexicon.poll_options
    times = sorted((between(rng, start, end) for _ in range(count)), reverse=True)
    with archive.csv("Votes.csv", "votes") as sink:
        sink.header(["Date", "Link", "OptionText"])
        for t in times:
            post = t - dt.timedelta(hours=rng.randint(1, 96))
            sink.row(
                [
                    iso_seconds(t),
                    f"https://www.linkedin.com/feed/update/urn:li:ugcPost:{activity_id(rng, post)}",
                    rng.choice(options),
                ]
            )
