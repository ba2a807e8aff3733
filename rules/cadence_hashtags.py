"""Posts carry at most three hashtags.

What:
    Counts the distinct hashtags of each post of the last `weeks` weeks and reports, in one finding, the posts
    with more than `max_hashtags`. Evidence: up to three of those posts (Shares.csv row, date, hashtags). Skips
    without Shares.csv (the basic archive).

Why:
    Step 5 of the method asks for sharing that gives a positive image of you. LinkedIn reportedly recommends up to three
    hashtags, and more is said to hinder distribution [hashtags-three] (commonly reported, unverified: no LinkedIn page
    found, others say 3-5), so this is a nudge, not a rule of the platform.

Passes:
    "Three lessons from our S&OP roll-out … #SupplyChain #SOP"

Fails:
    "New blog post! #SupplyChain #SOP #Logistics #Lean #Leadership #Management"
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAD-008"
NAME = "cadence.hashtags"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "weeks": Option(26, "how many weeks back to look (the current one included).", unit="weeks"),
    "max_hashtags": Option(3, "the most distinct hashtags a post should carry.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("shares",)

EXAMPLES = 3


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    limit = int(ctx.options["max_hashtags"])
    posts = cadence.recent(weeks, ("posts",))
    if not posts:
        ctx.not_applicable(
            n_(
                "No post with text in the last {n} week to look at.",
                "No post with text in the last {n} weeks to look at.",
                weeks,
            )
        )
    crowded = [post for post in posts if len(post.hashtags) > limit]
    if not crowded:
        return
    examples = sorted(crowded, key=lambda post: post.at, reverse=True)[:EXAMPLES]
    hashtags = n_("{n} hashtag", "{n} hashtags", limit)
    yield Finding(
        what=n_(
            "Since {since}, {n} of your {total} posts carried more than {hashtags}.",
            "Since {since}, {n} of your {total} posts carried more than {hashtags}.",
            len(crowded),
            since=cadence.window_start(weeks),
            total=len(posts),
            hashtags=hashtags,
        ),
        why=_(
            "A string of hashtags reads like advertising and, by most accounts, narrows rather than widens who sees "
            "the post."
        ),
        fix=_(
            "Keep {hashtags} at most per post: the one or two that name your field, plus the topic of the day.",
            hashtags=hashtags,
        ),
        evidence=tuple(
            Evidence(
                post.file,
                post.line,
                n_(
                    "{day}: {n} hashtag, {tags}",
                    "{day}: {n} hashtags, {tags}",
                    len(post.hashtags),
                    day=post.day,
                    tags=" ".join(post.hashtags),
                ),
            )
            for post in examples
        ),
    )
