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

from auditor.analysis.text import percent_fr
from auditor.findings import Evidence, Finding, t
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
            f"No post or article in the last {weeks} weeks to look at.",
            f"Aucun post ni article ces {weeks} dernières semaines à examiner.",
        )
    if with_resource / total >= min_share:
        return
    share = with_resource / total
    since = cadence.window_start(weeks).isoformat()
    yield Finding(
        what=t(
            f"Since {since}, only {with_resource} of your {total} posts and articles shared a resource "
            f"({share:.0%}; aim for {min_share:.0%}).",
            f"Depuis le {since}, seulement {with_resource} de vos {total} posts et articles ont partagé une "
            f"ressource ({percent_fr(share)} ; visez {percent_fr(min_share)}).",
        ),
        why=t(
            "Sharing articles, videos or documents that match your expertise shows what you know and gives your "
            "network something useful.",
            "Partager des articles, des vidéos ou des documents liés à votre expertise montre ce que vous savez et "
            "apporte quelque chose d'utile à votre réseau.",
        ),
        fix=t(
            "In about one post in three, attach what you talk about: the article you read, a chart of your own, a "
            "short video or a one-page document.",
            "Dans environ un post sur trois, joignez ce dont vous parlez : l'article lu, un graphique de votre cru, "
            "une courte vidéo ou un document d'une page.",
        ),
        evidence=(
            Evidence(
                export.file_of("shares"),
                None,
                f"{with_resource} of {total} posts and articles since {since} with a resource",
            ),
        ),
    )
