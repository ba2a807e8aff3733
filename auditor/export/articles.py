"""Articles/ HTML files (one per article or draft), parsed with BeautifulSoup over lxml.

Every export since 2018 writes the same skeleton: <title>, an optional cover <img>, an <h1> (linked to the pulse
URL when published), `<p class="created">Created on YYYY-MM-DD HH:MM</p>`, `<p class="published">` (a date,
"Published on ---" or "Not published yet" for drafts), then the body in the first <div>.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from auditor.export.dates import parse_datetime
from auditor.model import Article

if TYPE_CHECKING:
    from bs4 import Tag

# An article body is at most ~125,000 characters; anything far beyond is not LinkedIn's.
MAX_ARTICLE_BYTES = 8 * 1024 * 1024

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


def parse_article(file: str, data: bytes) -> Article:
    """Read one article; never raises on odd HTML (missing parts read as empty)."""
    # Imported here: BeautifulSoup and its CSS selector library take ~0.1 s to import, which an archive without
    # articles (every basic one) never needs.
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(data, "lxml")
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
