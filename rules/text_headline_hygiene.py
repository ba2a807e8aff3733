"""The headline is typed cleanly: no stray separator, no trailing punctuation, no capitals or emoji throughout.

What:
    Reads the headline in Profile.csv for signs of a careless presentation: a separator ("|", "/", "•", "-", "·")
    at its start or end, or two in a row with nothing but spaces between them ("| |", "/ /"); a full stop, comma,
    colon or semicolon at its end; a full stop glued to a capital or a comma glued to a word ("manager.Expert",
    "Lean,Six Sigma"; not "Node.js", "kestrel.io" or "2,5"); more than half of its words of four letters or more
    written in capitals (acronyms are short, so "S&OP" and "PME" do not count); more than `max_emoji` emoji (a
    flag, or an emoji joined from several, counts as one). Fails on any of them; the evidence names each problem.
    Plain string checks: no language model is needed to see them.

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
# Two in a row, with nothing but spaces between: "|  |", "| -", "/ /", "- -" (but "--" typed for a dash is one).
_DOUBLE_SEPARATOR = re.compile(rf"[|•·](?:\s*[{_SEPARATORS}])+|\s[/–—-]\s*[|•·]|\s[/–—-]\s+[/–—-]\s")
_TRAILING_PUNCTUATION = re.compile(r"[.,;:]\s*$")
# "manager.Expert", "Formatrice,coach": a full stop glued to a capital (a new sentence typed without its space), a
# comma glued to any word. Not "Node.js", "kestrel.io" (a lower-case word after a full stop: a name or an address),
# "S&O.P", "2,5".
_GLUED = re.compile(r"[a-zà-ÿ]{2,}(?:\.[A-ZÀ-Þ][a-zà-ÿ]|,[A-Za-zÀ-ÿ]{2,})")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")

PROBLEMS: dict[str, Message] = {
    "separator": _("a separator at its start or end, or two in a row"),
    "punctuation": _("punctuation at its end"),
    "glued": _("a full stop or comma without a space after it"),
    "capitals": _("capitals throughout"),
    "emoji": _("too many emoji"),
}


_ZWJ = "\u200d"


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _emoji(text: str) -> int:
    """The emoji as a reader counts them: a flag (two regional letters) or a sequence joined by zero-width joiners
    ("👩‍💻", "🏃‍♀️") is one."""
    count = 0
    previous = ""
    regional_pending = False
    for ch in text:
        is_emoji = unicodedata.category(ch) == "So" and ord(ch) >= 0x2600
        if is_emoji and previous != _ZWJ and not (regional_pending and _is_regional(ch)):
            count += 1
            regional_pending = _is_regional(ch)
        elif _is_regional(ch):
            regional_pending = False  # the second letter of a flag
        previous = ch
    return count


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
