"""Your posts share resources.

What:
    Over the last `weeks` weeks, counts your posts and articles that carry a resource (a shared link, a media
    file such as an image, video or document, a link in the text, or an article itself), and reports a share
    below `min_share`. Bare reshares are left out. Evidence: Shares.csv and the counts. Skips without Shares.csv
    (the basic archive), and says nothing when you published no post or article in the period (CAD-001 does).

Why:
    Step 5 of the method asks for "regular sharing of articles, videos or resources that match your expertise". The 30%
    floor is a design choice; practitioners report that posts with an image or a document reach further than text alone
    [van-der-blom-notes] (commonly reported, unverified).

Passes:
    26 of 52 posts in the last 26 weeks share a link, an image or a document (50%).

Fails:
    2 of 30 posts in the last 26 weeks share a resource (7%).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAD-005"
NAME = "cadence.resources-shared"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "weeks": Option(26, "how many weeks back to look (the current one included).", unit="weeks"),
    "min_share": Option(0.3, "the smallest acceptable share of posts and articles carrying a resource.", unit="share"),
}
NEEDS: tuple[Need, ...] = ("shares",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    weeks = int(ctx.options["weeks"])
    min_share = float(ctx.options["min_share"])
    with_resource, total = cadence.resource_share(weeks)
    if total == 0:
        ctx.not_applicable(
            n_(
                "No post or article in the last {n} week to look at.",
                "No post or article in the last {n} weeks to look at.",
                weeks,
            )
        )
    if with_resource / total >= min_share:
        return
    since = cadence.window_start(weeks)
    yield Finding(
        what=n_(
            "Since {since}, only {n} of your {total} posts and articles shared a resource ({share}; aim for {min}).",
            "Since {since}, only {n} of your {total} posts and articles shared a resource ({share}; aim for {min}).",
            with_resource,
            since=since,
            total=total,
            share=Percent(with_resource / total),
            min=Percent(min_share),
        ),
        why=_(
            "Sharing articles, videos or documents that match your expertise shows what you know and gives your "
            "network something useful."
        ),
        fix=_(
            "In about one post in three, attach what you talk about: the article you read, a chart of your own, a "
            "short video or a one-page document."
        ),
        evidence=(
            Evidence(
                export.file_of("shares"),
                None,
                _(
                    "{count} of {total} posts and articles since {since} with a resource",
                    count=with_resource,
                    total=total,
                    since=since,
                ),
            ),
        ),
    )
