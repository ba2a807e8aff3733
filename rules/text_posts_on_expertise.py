"""Most of your recent posts are about your expertise or your goals.

What:
    Reads the posts of Shares.csv of the last year (the latest 200 at most) and the keywords of your expertise:
    the skills of Skills.csv, the short parts of your headline (between its separators, four words at most) and
    the keywords of your goals in the configuration. Posts of fewer than 6 words (a line over a reshare) are too
    short to tell and left out. A post is on topic when it holds one of the keywords, compared on lemmas in the
    post's own language, so that « chaînes d'approvisionnement » matches the keyword « chaîne
    d'approvisionnement » and "forecasts" matches "forecasting"'s lemma "forecast"; a hashtag counts too
    (#supplychain for "supply chain"). Fails when fewer than `min_share` of the posts are on topic, among at
    least `min_posts` posts; the evidence quotes a few posts off topic.

Why:
    Step 5 of the method asks for regular sharing of articles, videos or resources that match your expertise, and
    step 1 says what that expertise is for: posts on other subjects do not show the people you want to reach what
    you know.

Passes:
    Skills "S&OP", "Demand planning"; 8 posts out of 10 about S&OP, forecasts or demand planning.

Fails:
    Skills « Achats », « Supply chain »; 10 posts of which 2 speak of purchasing, the others of holidays and
    motivational quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.analysis.keywords import MAX_KEYWORD, hashtag_forms, keyword_lemmas, on_topic
from auditor.analysis.text import shorten
from auditor.analysis.textread import record_index
from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-005"
NAME = "text.posts-on-expertise"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_share": Option(0.5, "the share of recent posts that should be about your expertise or goals.", unit="share"),
    "min_posts": Option(5, "how many recent posts are needed before judging.", unit="count", low=1),
}
NEEDS: tuple[Need, ...] = ("shares",)

_SEPARATORS = re.compile(r"\s[|/•·–—-]\s|[|•·]")
MAX_HEADLINE_WORDS = 4
MIN_WORDS = 6  # in a post: fewer cannot say what it is about


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    headline = export.profile.headline if export.profile else ""
    parts = [part.strip() for part in _SEPARATORS.split(headline) if 0 < len(part.split()) <= MAX_HEADLINE_WORDS]
    keywords = tuple(
        dict.fromkeys([s.name for s in export.skills] + parts + [k for g in ctx.goals for k in g.keywords])
    )
    keywords = tuple(k for k in keywords if k.strip() and len(k) <= MAX_KEYWORD)
    if not keywords:
        ctx.not_applicable(_("No skill or goal keyword says what your expertise is (see PRO-009)."))
    posts = [p for p in ctx.analyses.text.posts() if p.language != "other" and len(p.text.split()) >= MIN_WORDS]
    if len(posts) < ctx.options["min_posts"]:
        ctx.not_applicable(_("Too few posts over the last year to judge what they are about."))
    lemmas = keyword_lemmas(keywords, tuple(sorted({p.language for p in posts})))
    folded = hashtag_forms(keywords)
    off = [p for p in posts if not on_topic(p, lemmas, folded)]
    share = 1 - len(off) / len(posts)
    if share >= ctx.options["min_share"]:
        return
    yield Finding(
        what=_(
            "Only {share} of your recent posts are about your expertise or your goals.",
            share=Percent(share),
        ),
        why=_("Posts on other subjects do not show the people you want to reach what you know."),
        fix=_(
            "Share more about your field: a result, a lesson learnt, a resource you recommend, with your skills' words."
        ),
        evidence=tuple(
            Evidence(export.file_of("shares"), export.shares[record_index(p.where)].line, shorten(p.text, 120))
            for p in off[:3]
        ),
    )
