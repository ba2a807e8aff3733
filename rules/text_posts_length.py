"""Most of your recent posts are of the length said to reach furthest.

What:
    Measures the posts of Shares.csv of the last `weeks` weeks (their text as a reader sees it, HTML entities
    decoded) and sorts them into bands: short notes of fewer than `fold_length` characters, which the feed shows
    whole, without "see more" (a line over a link, a thank-you: a format of its own, counted apart and not judged);
    posts under `min_length`; posts of `min_length` to `max_length` characters; longer ones. Posts over LinkedIn's
    3,000-character limit are CAD-007's and are left out. Fails when fewer than `min_share` of the posts that go past
    the fold are in the band, among at least `min_posts` such posts; the evidence gives the count of each band and
    the median length.

Why:
    Step 5 of the method asks for regular sharing that shows your expertise. Practitioners who measure reach report
    that text posts of 900-1,200 characters travel furthest, reach falling with every 300 characters more
    [van-der-blom-notes]; others say 1,200-1,600 or 1,300-2,000 (all commonly reported, unverified): hence a band of
    900-2,000 by default, and options. A post that goes past "see more" but stops after a few lines asks for a click
    it does not repay; one that runs on is seldom read to the end. The feed cuts a post after about 210 characters on
    a computer, fewer on a phone (commonly reported, unverified). Short formats have their place, hence a share:
    by default, a developed post in three of those that go past the fold.

Passes:
    10 posts of the last 26 weeks: 4 of 950 to 1,800 characters, 5 of about 600, one line of 120 over a link.

Fails:
    10 posts: 8 of 300 to 600 characters, 1 of 1,100, one line of 90.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator

from auditor.analysis.textread import clean
from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-012"
NAME = "text.posts-length"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "weeks": Option(26, "how many weeks back to look (the current one included).", unit="weeks"),
    "fold_length": Option(
        210,
        'the length under which a post shows whole, without "see more": a short note, not judged.',
        unit="characters",
        at_most="min_length",
    ),
    "min_length": Option(
        900, "the shortest post of the band said to reach furthest.", unit="characters", at_most="max_length"
    ),
    "max_length": Option(2000, "the longest post of the band said to reach furthest.", unit="characters"),
    "min_share": Option(0.3, "the share of posts past the fold that should be in the band.", unit="share"),
    "min_posts": Option(3, "how many recent posts past the fold are needed before judging.", unit="count", low=1),
}
NEEDS: tuple[Need, ...] = ("shares",)

LINKEDIN_LIMIT = 3000  # characters: longer posts are CAD-007's


def bands(lengths: list[int], fold: int, low: int, high: int) -> tuple[int, int, int, int]:
    """(short notes under the fold, posts under the band, in the band, over it) among the lengths."""
    notes = sum(n < fold for n in lengths)
    under = sum(fold <= n < low for n in lengths)
    within = sum(low <= n <= high for n in lengths)
    return notes, under, within, len(lengths) - notes - under - within


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    fold, low, high = int(ctx.options["fold_length"]), int(ctx.options["min_length"]), int(ctx.options["max_length"])
    posts = [p for p in cadence.recent(weeks, ("posts",)) if p.text.strip()]
    lengths = [n for p in posts if (n := len(clean(p.text).strip())) <= LINKEDIN_LIMIT]
    if not lengths:
        ctx.not_applicable(
            n_(
                "No post with text in the last {n} week to measure.",
                "No post with text in the last {n} weeks to measure.",
                weeks,
            )
        )
    notes, under, within, over = bands(lengths, fold, low, high)
    judged = under + within + over
    if judged < ctx.options["min_posts"]:
        ctx.not_applicable(
            n_(
                "Too few posts past the “see more” fold in the last {n} week to judge their length.",
                "Too few posts past the “see more” fold in the last {n} weeks to judge their length.",
                weeks,
            )
        )
    share = within / judged
    if share >= ctx.options["min_share"]:
        return
    shares_file = export.file_of("shares")
    counts = [
        n_("{n} post under {low} characters", "{n} posts under {low} characters", under, low=low),
        n_(
            "{n} post of {low} to {high} characters",
            "{n} posts of {low} to {high} characters",
            within,
            low=low,
            high=high,
        ),
        n_("{n} post over {high} characters", "{n} posts over {high} characters", over, high=high),
        n_(
            "{n} short note under {fold} characters, not judged",
            "{n} short notes under {fold} characters, not judged",
            notes,
            fold=fold,
        ),
        _("median length: {length} characters", length=round(statistics.median(lengths))),
    ]
    yield Finding(
        what=_(
            "{share} of your recent posts longer than a short note are {low} to {high} characters long ({within} of "
            "{total}).",
            share=Percent(share),
            within=within,
            total=judged,
            low=low,
            high=high,
        ),
        why=_(
            "Posts of about {low} to {high} characters are said to reach furthest: long enough to develop one idea "
            "past “see more”, short enough to be read to the end.",
            low=low,
            high=high,
        ),
        fix=_(
            "Develop your next posts to {low}–{high} characters: one idea, an example from your work, a question to "
            "close; keep very short notes for a link or a thank-you.",
            low=low,
            high=high,
        ),
        evidence=tuple(Evidence(shares_file, None, count) for count in counts),
    )
