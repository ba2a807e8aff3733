"""The headline is typed cleanly: no stray separator, no trailing punctuation, no capitals or emoji throughout.

What:
    Reads the headline in Profile.csv for signs of a careless presentation: a separator ("|", "/", "•", "-", "·")
    at its start or end, or two in a row with nothing between them; a full stop, comma, colon or semicolon at its
    end; a full stop or comma glued to the next word ("manager.Expert"); more than half of its words of four
    letters or more written in capitals (acronyms are short, so "S&OP" and "PME" do not count); more than
    `max_emoji` emoji. Fails on any of them; the evidence names each problem. Plain string checks: no language
    model is needed to see them.

Why:
    The headline is the first line people read under your name, in search results and beside every comment. The
    method's step 5 asks for an impeccable presentation of your career; LinkedIn's own advice is to show, not claim,
    with concrete words [linkedin-buzzwords-2012] (reported second-hand, unverified). A stray "|", a headline in
    capitals or a row of emoji reads as hasty; one or two emoji are a style choice, hence the option.

Passes:
    "Supply chain manager | I cut lead times and stock for mid-size manufacturers | S&OP"
    « Acheteuse industrielle · Je sécurise les approvisionnements des PME 🚀 »

Fails:
    "Supply chain manager | S&OP |" (a trailing separator).
    « DIRECTRICE COMMERCIALE GRANDS COMPTES » (capitals throughout).
    "Growth hacker 🚀🔥💡💯✨" (five emoji).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from auditor.analysis.text import shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Names, _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "TXT-001"
NAME = "text.headline-hygiene"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "max_emoji": Option(2, "the most emoji a headline may hold.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("profile",)

_SEPARATORS = "|/•·–—-"
_EDGE_SEPARATOR = re.compile(rf"^\s*[{_SEPARATORS}]|(?<!\w)[{_SEPARATORS}]\s*$|\s[{_SEPARATORS}]\s*$")
_DOUBLE_SEPARATOR = re.compile(rf"[|•·](?:\s*[{_SEPARATORS}])+|\s[/–—-]\s*[|•·]")
_TRAILING_PUNCTUATION = re.compile(r"[.,;:]\s*$")
_GLUED = re.compile(r"[a-zà-ÿ]{2,}[.,][A-Za-zÀ-ÿ]{2,}")  # "manager.Expert"; not "S&O.P", "node.js" is lower case
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")

PROBLEMS: dict[str, Message] = {
    "separator": _("a separator at its start or end, or two in a row"),
    "punctuation": _("punctuation at its end"),
    "glued": _("a full stop or comma without a space after it"),
    "capitals": _("capitals throughout"),
    "emoji": _("too many emoji"),
}


def _emoji(text: str) -> int:
    return sum(unicodedata.category(ch) == "So" and ord(ch) >= 0x2600 for ch in text)


def problems(headline: str, max_emoji: int = 2) -> list[str]:
    """The keys of `PROBLEMS` that `headline` shows, in that order."""
    found = []
    if _EDGE_SEPARATOR.search(headline) or _DOUBLE_SEPARATOR.search(headline):
        found.append("separator")
    if _TRAILING_PUNCTUATION.search(headline) and not headline.rstrip().endswith(("etc.", "...")):
        found.append("punctuation")
    if _GLUED.search(headline.replace("www.", "").replace(".com", "").replace(".fr", "")):
        found.append("glued")
    words = _LONG_WORD.findall(headline)
    if len(words) >= 2 and sum(w.isupper() for w in words) * 2 > len(words):
        found.append("capitals")
    if _emoji(headline) > max_emoji:
        found.append("emoji")
    return found


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    if not profile.headline.strip():
        ctx.not_applicable(_("No headline to read (see PRO-001)."))
    found = problems(profile.headline, ctx.options["max_emoji"])
    if not found:
        return
    yield Finding(
        what=_(
            "Your headline shows {problems}.",
            problems=Names(tuple(PROBLEMS[key] for key in found), "and"),
        ),
        why=_("The headline is read first, under your name and beside everything you post: a slip there looks hasty."),
        fix=_(
            'Retype it as one clean line, e.g. "Supply chain manager | I cut lead times for mid-size manufacturers".'
        ),
        evidence=(Evidence(export.file_of("profile"), profile.line, shorten(profile.headline, 220)),),
    )
