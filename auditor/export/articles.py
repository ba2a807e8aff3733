"""Articles/ HTML files (one per article or draft), parsed with BeautifulSoup over lxml.

Every export since 2018 writes the same skeleton: <title>, an optional cover <img>, an <h1> (linked to the pulse
URL when published), `<p class="created">Created on YYYY-MM-DD HH:MM</p>`, `<p class="published">` (a date,
"Published on ---" or "Not published yet" for drafts), then the body in the first <div>.

An article is untrusted HTML: its bytes and tags are budgeted (`Limits.max_article_bytes`, `max_article_tags`;
past them it is skipped with a "too-large" issue) before any tree is built, and the tree is taken apart as soon as
it has been read (`_release`): the command line runs with the cyclic collector off, and a parse tree is all
reference cycles, so without it every article's tree would stay in memory to the end. The warnings bs4 raises on
odd input (XML-looking or URL-looking markup) are caught here and dropped: the article is read all the same, and
a warning would only be noise on stderr.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.export.archive import Limits
from auditor.export.csvread import IssueLog
from auditor.export.dates import parse_datetime
from auditor.export.sections import WordCutter
from auditor.i18n import _
from auditor.model import Article

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[ T_](\d{2})[:_](\d{2})(?:[:_](\d{2}))?")


def _stamp(text: str) -> dt.datetime | None:
    match = _STAMP.search(text)
    if not match:
        return None
    day, hour, minute, second = match.groups()
    try:
        return parse_datetime(f"{day} {hour}:{minute}:{second or '00'}")
    except ValueError:
        return None


def _text(node: Tag | None) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def parse_article(
    file: str, data: bytes, issues: IssueLog | None = None, limits: Limits | None = None
) -> Article | None:
    """Read one article; never raises on odd HTML (missing parts read as empty). None, with a "too-large" issue,
    for one past the tag budget."""
    limits = limits or Limits()
    tags = data.count(b"<")  # an upper bound on the tags, counted in C before any tree is built
    if tags > limits.max_article_tags:
        if issues is not None:
            budget = limits.max_article_tags
            issues.add(
                "too-large", _("article holds {tags} tags, past the {budget} budget; skipped", tags=tags, budget=budget)
            )
        return None
    # Imported here: BeautifulSoup takes ~0.1 s to import, which an archive without articles (every basic one)
    # never needs.
    from bs4 import BeautifulSoup

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(data, "lxml")
    try:
        article = _read(file, soup)
    finally:
        _release(soup)
    words = WordCutter(limits.max_word_chars)
    article = _cut_words(article, words)
    if issues is not None:
        words.report(issues)
    return article


def _release(soup: BeautifulSoup) -> None:
    """Break every node's links (parent, siblings, next/previous element) so reference counting frees the tree
    now. `soup.decompose()` does not suffice: on the root it stops at once (bs4 4.15) and leaves the cycles."""
    for node in list(soup.descendants):
        node.__dict__.clear()
    soup.__dict__.clear()


def _cut_words(article: Article, words: WordCutter) -> Article:
    title, body = words.text(article.title), words.text(article.body_text)
    headings = tuple(map(words.text, article.headings))
    if not words.cut:
        return article
    return replace(article, title=title, body_text=body, headings=headings)


def _read(file: str, soup: BeautifulSoup) -> Article:
    from bs4 import Tag

    heading = soup.find("h1")
    heading_link = heading.find("a", href=True) if isinstance(heading, Tag) else None
    title = _text(heading) if isinstance(heading, Tag) else ""
    if not title or title == "Untitled":
        title = _text(soup.title) or title
    created_node = soup.find("p", class_="created")
    published_node = soup.find("p", class_="published")
    created_at = _stamp(_text(created_node)) if isinstance(created_node, Tag) else None
    if created_at is None:
        created_at = _stamp(file.rsplit("/", 1)[-1])  # 2018 files and drafts are named by their timestamp
    published_at = _stamp(_text(published_node)) if isinstance(published_node, Tag) else None

    cover = ""
    first_image = soup.find("img", src=True)
    if isinstance(first_image, Tag) and isinstance(heading, Tag) and first_image in heading.find_all_previous("img"):
        cover = str(first_image.get("src", ""))
    anchor = published_node or created_node or heading
    body = anchor.find_next("div") if isinstance(anchor, Tag) else soup.find("div")
    if not isinstance(body, Tag):
        body = None
    body_text = body.get_text("\n", strip=True) if body is not None else ""
    headings: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    images: tuple[str, ...] = ()
    if body is not None:
        headings = tuple(
            _text(node) for node in body.find_all(re.compile(r"^h[1-6]$")) if isinstance(node, Tag) and _text(node)
        )
        links = tuple(str(node["href"]) for node in body.find_all("a", href=True) if isinstance(node, Tag))
        images = tuple(str(node["src"]) for node in body.find_all("img", src=True) if isinstance(node, Tag))
    url = str(heading_link["href"]) if isinstance(heading_link, Tag) else ""
    return Article(
        file=file,
        title=title,
        created_at=created_at,
        published_at=published_at,
        url=url,
        cover_image=cover,
        body_text=body_text,
        word_count=len(body_text.split()),
        headings=headings,
        links=links,
        images=images,
    )
