"""No post exceeds LinkedIn's length limit.

What:
    Checks every post in Shares.csv (its text, once the export's quoting is undone) against `max_length`
    characters, and reports each post over it. Evidence: the Shares.csv row, the date, the length and the start
    of the text. Skips without Shares.csv (the basic archive).

Why:
    Step 5 of the method asks for an impeccable presentation. LinkedIn's post field accepts up to 3,000 characters
    [ayrshare-linkedin-post] (verified in third-party API documentation, not a LinkedIn page); a longer text is cut or
    refused, and even under the limit practitioners find 900-2,000 characters reach further [van-der-blom-notes]
    (commonly reported, unverified).

Passes:
    A post of 1,200 characters.

Fails:
    A post of 3,400 characters, published on March 12, 2026.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAD-007"
NAME = "cadence.post-length"
STEP = "step5"
SEVERITY = "error"
OPTIONS: dict[str, Option] = {
    "max_length": Option(3000, "the most characters a post may have.", unit="characters"),
}
NEEDS: tuple[Need, ...] = ("shares",)

EXCERPT = 60


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options["max_length"])
    if not any(post.kind == "posts" for post in ctx.analyses.cadence.publications):
        ctx.not_applicable(_("No post with text to measure."))
    for post in ctx.analyses.cadence.publications:
        if post.kind != "posts" or len(post.text) <= limit:
            continue
        length = len(post.text)
        start = " ".join(post.text[:EXCERPT].split())
        yield Finding(
            what=_(
                "Your post of {day} is {length} characters long, over LinkedIn's {limit}.",
                day=post.day,
                length=length,
                limit=limit,
            ),
            why=_("LinkedIn cuts or refuses a post over the limit, and readers give up on a wall of text long before."),
            fix=_(
                "Cut the post to its key idea, or move the full text into a LinkedIn article and share that with a "
                "short post."
            ),
            evidence=(
                Evidence(
                    post.file,
                    post.line,
                    _("{day}, {length} characters: “{start}…”", day=post.day, length=length, start=start),
                ),
            ),
            key=post.key,
        )
