"""Your recent posts and articles speak about each goal keyword.

What:
    For every keyword of every goal, looks for it (case- and accent-insensitive, whole word or phrase) in the
    posts of Shares.csv and the articles published over the last `weeks` weeks. A keyword not written so is
    looked for on lemmas, each text read in its own language (« chaînes d'approvisionnement » for « chaîne
    d'approvisionnement »), and as a hashtag (#DemandSensing for "demand sensing"). The window ends today, or on
    the export date when the archive is older (nothing after it is in the archive). One finding per keyword no
    post mentions. Skipped when the archive has no Shares.csv (the basic archive).

Why:
    Step 5 of the method asks for regular sharing of articles, videos or resources that match your expertise;
    step 1 says what that expertise is for. If none of your recent posts carries a goal keyword, your feed does
    not show the people you want to reach what your goal is about.

Passes:
    keywords = ["S&OP"] and a post last month: "S&OP note: how we cut lead times without adding stock".

Fails:
    keywords = ["demand sensing"] and no post or article of the last 13 weeks says "demand sensing".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.analysis.keywords import said_in
from auditor.analysis.text import find_terms
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_goal_keywords

CODE = "GOA-005"
NAME = "goals.keywords-in-posts"
STEP = "step1"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "weeks": Option(13, "how many weeks of posts to read (one quarter).", unit="weeks"),
}
NEEDS: tuple[Need, ...] = ("goal-keywords", "shares")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    keywords = require_goal_keywords(ctx)
    weeks: int = ctx.options["weeks"]
    end = ctx.analyses.cadence.today  # the audit's date, or the export date when earlier
    start = end - dt.timedelta(weeks=weeks)
    texts: list[str] = []
    where: list[str] = []  # the same texts, as the text analyses name them
    for n, share in enumerate(export.shares):
        if share.shared_at and start < share.shared_at.date() <= end and share.commentary:
            texts.append(share.commentary)
            where.append(f"post:{n}")
    for n, article in enumerate(export.articles):
        if article.published_at and start < article.published_at.date() <= end:
            texts.append(f"{article.title}\n{article.body_text}")
            where.append(f"article:{n}")
    if not texts:
        ctx.not_applicable(
            _("No post or article since {day} to read (CAD-001 judges how often you publish).", day=start)
        )
    file = export.file_of("shares")
    for key, keyword in keywords.items():
        if any(find_terms(text, (keyword,)) for text in texts) or said_in(
            ctx.analyses.text, where, keyword, hashtags=True
        ):
            continue
        yield Finding(
            what=n_(
                'Your only post or article since {day} does not mention your goal keyword "{keyword}".',
                'None of your {n} posts and articles since {day} mentions your goal keyword "{keyword}".',
                len(texts),
                day=start,
                keyword=keyword,
            ),
            why=_(
                "Step 5 of the method: share regularly what matches your expertise, so your network sees what your "
                "goal is about."
            ),
            fix=_(
                'Publish a post about "{keyword}" within two weeks: a result you got, a lesson learned or a '
                "question to your network.",
                keyword=keyword,
            ),
            evidence=(
                Evidence(
                    file,
                    None,
                    n_(
                        '{n} post or article since {day}, not mentioning "{keyword}"',
                        '{n} posts and articles since {day}, none mentioning "{keyword}"',
                        len(texts),
                        day=start,
                        keyword=keyword,
                    ),
                ),
            ),
            key=key,
        )
