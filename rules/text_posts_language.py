"""Your recent posts are in a language of your profile.

What:
    Reads the headline, the About and the position descriptions of your profile and the posts of Shares.csv of the
    last year (the latest 200 at most), each in its own language (French, English or another). The profile's
    languages are those of its texts; a post of at least 6 words in another language is off your profile's
    language. Fails when at least `min_share` of the recent posts are, among at least `min_posts` posts; the
    evidence quotes a few of them. A profile written in both French and English accepts posts in both.

Why:
    Step 5 of the method asks for shared content that shows your expertise to the people you want to reach, and
    step 1 says who they are: the readers your profile speaks to read its language. A French profile whose posts
    are mostly in English (or the reverse) speaks to two audiences and convinces neither; a post now and then in
    another language is normal, hence the share.

Passes:
    A French profile; 10 posts, 8 in French, 2 in English.

Fails:
    An English profile; 10 posts, 7 in French.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from auditor.analysis.text import shorten
from auditor.analysis.textread import record_index
from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Names, Percent, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "TXT-008"
NAME = "text.posts-language"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_share": Option(0.5, "the share of recent posts in another language that fails the rule.", unit="share"),
    "min_posts": Option(5, "how many recent posts are needed before judging.", unit="count", low=1),
}
NEEDS: tuple[Need, ...] = ("profile", "shares")

MIN_WORDS = 6  # in a post: fewer cannot say its language
MIN_PROFILE_CHARS = 20  # a text of the profile shorter than this does not make a language of the profile
LANGUAGES: dict[str, Message] = {"fr": _("French"), "en": _("English"), "other": _("another language")}


def profile_languages(texts: Mapping[str, tuple[str, int]]) -> set[str]:
    """The languages of the profile's texts ({where: (language, length)}) long enough to tell."""
    return {lang for lang, size in texts.values() if size >= MIN_PROFILE_CHARS}


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    read = ctx.analyses.text
    posts = [p for p in read.posts() if len(p.text.split()) >= MIN_WORDS]
    if len(posts) < ctx.options["min_posts"]:
        ctx.not_applicable(_("Too few posts over the last year to judge their language."))
    own = {
        where: (f.language, len(f.text))
        for where, f in read.features.items()
        if where in ("headline", "about") or where.startswith("position:")
    }
    languages = profile_languages(own)
    if not languages:
        ctx.not_applicable(_("Your profile has too few words of its own to tell its language."))
    off = [p for p in posts if p.language not in languages]
    share = len(off) / len(posts)
    if share < ctx.options["min_share"]:
        return
    yield Finding(
        what=_(
            "{share} of your recent posts are not in your profile's language ({languages}).",
            share=Percent(share),
            languages=Names(tuple(LANGUAGES[lang] for lang in sorted(languages)), "or"),
        ),
        why=_("The people your profile speaks to read its language: posts in another one reach another audience."),
        fix=_("Write your posts in your profile's language, or give your profile a version in the other one."),
        evidence=tuple(
            Evidence(
                export.file_of("shares"),
                export.shares[record_index(p.where)].line,
                _("{language}: {text}", language=LANGUAGES[p.language], text=shorten(p.text, 100)),
            )
            for p in off[:3]
        ),
    )
