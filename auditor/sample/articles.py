"""Articles/ : one HTML file per LinkedIn article, in the structure the spec describes.

Two naming and markup styles:
- 2018: `Articles/2017-12-09 04:54:08.html` (created timestamp), a `<meta charset>`, and drafts titled
  "Untitled" with an edit link and "Not published yet";
- 2024+ (used for the 2023 and 2026 eras): `Articles/<pulse-slug>.html` for published articles and
  `Articles/2024-11-26 23_56_48.0-Title .html` for drafts (":" replaced by "_"), whose h1 has no link and
  whose published line reads "Published on ---".
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import random
from dataclasses import dataclass

from auditor.sample.archive import ArchiveWriter
from auditor.sample.dates import article_stamp, between, epoch_ms
from auditor.sample.eras import Era
from auditor.sample.lexicon import gendered
from auditor.sample.names import slugify
from auditor.sample.persona import Owner

_CSS = (
    "body{font-family:-apple-system,system-ui,Helvetica,Arial,sans-serif;max-width:744px;margin:40px auto;"
    "color:rgba(0,0,0,.9);line-height:1.5}img{max-width:100%}h1{font-size:32px;line-height:1.25}"
    "h3{font-size:20px}.created,.published{color:rgba(0,0,0,.6);font-size:14px;margin:4px 0}"
    "blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:16px;font-style:italic}"
)
# 2024 exports add the newsletter ("series") classes.
_CSS_SERIES = (
    ".series-logo{width:48px;height:48px}.series-title{font-weight:600;font-size:16px}"
    ".series-description{color:rgba(0,0,0,.6);font-size:14px}"
)


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    slug: str
    created: dt.datetime
    published: dt.datetime | None  # None: draft
    cover: str  # cover image URL, or ""
    body: str  # inner HTML of the body <div>
    edit_id: int

    @property
    def url(self) -> str:
        return f"https://www.linkedin.com/pulse/{self.slug}"


def _token(rng: random.Random, nbytes: int = 12) -> str:
    return base64.b64encode(rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big"), altchars=b"-_").decode()


def _body(rng: random.Random, owner: Owner) -> str:
    """Body HTML: intro paragraph, h3 sections, a bullet list, strong/em, a link, sometimes a quote."""
    track, lex = owner.track, owner.lexicon

    def esc(text: str) -> str:
        return html.escape(gendered(text, owner.gender), quote=False)

    parts = [f"<p>{esc(rng.choice(track.post_bodies))}</p>"]
    sections = rng.sample(track.article_sections, rng.randint(3, 5))
    for index, (heading, paragraph) in enumerate(sections):
        parts.append(f"<h3>{esc(heading)}</h3>")
        text = esc(paragraph)
        if index == 0:
            first, _, rest = text.partition(". ")
            text = f"<strong>{first}.</strong> {rest}" if rest else f"<strong>{text}</strong>"
        parts.append(f"<p>{text}</p>")
        if index == 1:
            items = "".join(f"<li><p>{esc(b)}</p></li>" for b in rng.sample(track.article_bullets, 3))
            parts.append(f"<ul>{items}</ul>")
    if rng.random() < 0.5:
        parts.append(f"<blockquote><p><em>{esc(rng.choice(lex.network_bodies))}</em></p></blockquote>")
    link = f"https://www.{lex.web_domain}/{slugify(rng.choice(track.topics))}"
    more = lex.read_more
    parts.append("<hr>")
    parts.append(f'<p>{more}: <a href="{link}" target="_blank">{link}</a></p>')
    return "".join(parts)


def plan_articles(rng: random.Random, owner: Owner, count: int, start: dt.datetime, end: dt.datetime) -> list[Article]:
    """`count` articles (at least one draft), oldest first."""
    track, lex = owner.track, owner.lexicon
    count = max(count, 2)
    drafts = max(1, count // 5)
    titles = list(track.article_titles)
    rng.shuffle(titles)
    part = lex.article_part
    articles: list[Article] = []
    for index in range(count):
        draft = index >= count - drafts
        if draft:
            title = lex.draft_titles[(index - (count - drafts)) % len(lex.draft_titles)]
        else:
            title = titles[index % len(titles)]
            if index >= len(titles):
                title += f" ({part} {index // len(titles) + 1})"
        created = between(rng, start, end - dt.timedelta(days=2))
        published = None if draft else created + dt.timedelta(minutes=rng.randint(20, 60 * 72))
        slug = f"{slugify(title)}-{slugify(owner.first)}-{_token(rng, 4)[:5].lower().replace('-', 'x')}"
        cover = ""
        if not draft and (rng.random() < 0.6 or index == 0):
            cover = f"https://media.licdn.com/mediaD4E12AQ{_token(rng)}"
        articles.append(
            Article(
                title=title,
                slug=slug,
                created=created,
                published=published,
                cover=cover,
                body=_body(rng, owner),
                edit_id=epoch_ms(created) << 22 | rng.getrandbits(22),
            )
        )
    articles.sort(key=lambda a: a.created)
    return articles


def article_file_name(article: Article, era: Era) -> str:
    if era.is_2018:
        return f"Articles/{article.created:%Y-%m-%d %H:%M:%S}.html"
    if article.published is None:
        return f"Articles/{article.created:%Y-%m-%d %H_%M_%S}.0-{article.title.replace(':', '_')} .html"
    return f"Articles/{article.slug}.html"


def render_article(article: Article, era: Era) -> str:
    """The whole HTML file."""
    title = html.escape(article.title, quote=False)
    draft_2018 = era.is_2018 and article.published is None
    if draft_2018:
        title = "Untitled"
    head = f"<title>{title}</title>"
    if era.is_2018:
        head += '<meta charset="UTF-8">'
    head += f"<style>{_CSS}{'' if era.is_2018 else _CSS_SERIES}</style>"
    body = []
    if article.cover:
        alt = html.escape(article.title, quote=True)
        body.append(f'<img src="{article.cover}" alt="{alt}" title="{alt}" />')
    if article.published is not None:
        body.append(f'<h1><a href="{article.url}">{title}</a></h1>')
    elif draft_2018:
        body.append(f'<h1><a href="https://www.linkedin.com/post/edit/{article.edit_id}">Untitled</a></h1>')
    else:
        body.append(f"<h1>{title}</h1>")
    body.append(f'<p class="created">Created on {article_stamp(article.created)}</p>')
    if article.published is not None:
        body.append(f'<p class="published">Published on {article_stamp(article.published)}</p>')
    elif era.is_2018:
        body.append('<p class="published">Not published yet</p>')
    else:
        body.append('<p class="published">Published on ---</p>')
    body.append(f"<div>{article.body}</div>")
    inner = "\n".join(body)
    return f"<html><head>{head}</head><body>\n{inner}\n</body></html>"


def write_articles(archive: ArchiveWriter, era: Era, articles: list[Article]) -> None:
    for article in articles:
        with archive.text(article_file_name(article, era)) as out:
            out.write(render_article(article, era))
    if articles and archive.keeps(article_file_name(articles[0], era)):
        archive.rows["articles"] = len(articles)
