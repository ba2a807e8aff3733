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

from auditor.findings import Evidence, Finding, t
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
            f"No post with text in the last {weeks} weeks to look at.",
            f"Aucun post avec du texte ces {weeks} dernières semaines à examiner.",
        )
    crowded = [post for post in posts if len(post.hashtags) > limit]
    if not crowded:
        return
    since = cadence.window_start(weeks).isoformat()
    examples = sorted(crowded, key=lambda post: post.at, reverse=True)[:EXAMPLES]
    yield Finding(
        what=t(
            f"Since {since}, {len(crowded)} of your {len(posts)} posts carried more than {limit} hashtags.",
            f"Depuis le {since}, {len(crowded)} de vos {len(posts)} posts ont porté plus de {limit} hashtags.",
        ),
        why=t(
            "A string of hashtags reads like advertising and, by most accounts, narrows rather than widens who sees "
            "the post.",
            "Une série de hashtags fait publicitaire et, selon la plupart des observateurs, réduit plutôt qu'elle "
            "n'élargit la diffusion du post.",
        ),
        fix=t(
            f"Keep {limit} hashtags at most per post: the one or two that name your field, plus the topic of the day.",
            f"Gardez {limit} hashtags au plus par post : un ou deux qui nomment votre domaine, plus celui du sujet "
            "du jour.",
        ),
        evidence=tuple(
            Evidence(
                post.file,
                post.line,
                f"{post.day.isoformat()}: {len(post.hashtags)} hashtags, {' '.join(post.hashtags)}",
            )
            for post in examples
        ),
    )
