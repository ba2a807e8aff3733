"""Few of your recent posts sound negative or complaining.

What:
    Reads the posts of Shares.csv of the last year (the latest 200 at most) written in French or English, with the
    pipeline of each post's language, and looks on their lemmas for words of a small lexicon per language: negative
    words of anger, contempt, weariness or disappointment ("frustrated", "useless", « inadmissible », « déçue »)
    against positive ones ("proud", « ravie »), and complaint phrases ("fed up", « j'en ai marre »). A word after a
    negation turns round: "not useless" and « pas inutile » are not complaints, "not happy" is. A post complains
    when it holds two negative words or a complaint phrase, and more negative words than positive ones; the words
    of a difficulty told calmly ("problem", « échec ») are not in the lexicon. Fails when more than `max_share` of
    the posts complain, among at least `min_posts` posts; the evidence quotes the latest complaining posts and
    their words.

Why:
    Step 5 of the method asks for shared content that shows your expertise and gives a positive image: the people
    your goals need read your posts before they meet you, and a feed of grievances is what they remember. An
    occasional complaint is human, hence the share.

Passes:
    10 posts, one of which says "Frustrated and angry: our supplier let us down again."

Fails:
    10 posts, three of which say « J'en ai marre des recruteurs qui ne répondent jamais. C'est inadmissible. » or
    the like.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.analysis.text import shorten
from auditor.analysis.textread import record_index
from auditor.analysis.tone import Tone
from auditor.findings import Evidence, Finding
from auditor.i18n import Names, Percent, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-010"
NAME = "text.posts-tone"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_share": Option(0.2, "the share of recent posts that may sound negative or complaining.", unit="share"),
    "min_posts": Option(5, "how many recent posts are needed before judging.", unit="count", low=1),
}
NEEDS: tuple[Need, ...] = ("shares",)

MAX_EVIDENCE = 3  # the latest complaining posts
_EPOCH = dt.datetime(1970, 1, 1)


def _words(tone: Tone) -> tuple[str, ...]:
    """The complaint phrase and the negative words, each once (a word of the phrase is not repeated)."""
    phrase = tone.complaint.lower().split()
    rest = (w for w in tone.negative if w.lower() not in phrase)
    return tuple(dict.fromkeys(((tone.complaint,) if tone.complaint else ()) + tuple(rest)))


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    posts = [p for p in ctx.analyses.text.posts() if p.language in ("fr", "en")]
    if len(posts) < ctx.options["min_posts"]:
        ctx.not_applicable(_("Too few posts in French or English over the last year to judge their tone."))
    tones = ctx.analyses.text.post_tones()
    complaining = [(p, t) for p in posts if (t := tones[p.where]).complaining]
    share = len(complaining) / len(posts)
    if share <= ctx.options["max_share"]:
        return
    shares = [export.shares[record_index(p.where)] for p, _ in complaining]
    latest_first = sorted(
        zip(shares, complaining, strict=True), key=lambda item: item[0].shared_at or _EPOCH, reverse=True
    )
    yield Finding(
        what=_("{share} of your recent posts sound negative or complaining.", share=Percent(share)),
        why=_("The people your goals need read your posts before they meet you: grievances are what they remember."),
        fix=_("Keep difficulties for posts that say what you learnt or changed; leave venting out of your feed."),
        evidence=tuple(
            Evidence(
                export.file_of("shares"),
                share_row.line,
                _(
                    "{words}: {post}",
                    words=Names(_words(t)),
                    post=shorten(p.text, 120),
                ),
            )
            for share_row, (p, t) in latest_first[:MAX_EVIDENCE]
        ),
    )
