"""Text made inert in Markdown, for every Markdown the tool writes (the report, the plan, the CI step summary).

Names, titles and posts come from the archive or the configuration: written into Markdown as they are, "# Boss",
"[x](javascript:...)", "<img ...>" or a cell's "|" would become a heading, a link, HTML or a new table column. The
text is put on one line; "<", ">" and an "&" that would open an entity ("&lt;") become entities (every Markdown
flavour passes HTML through, and not all of them honour a backslash before "<"); the other characters that open
inline markup are backslash-escaped (CommonMark lets any ASCII punctuation be escaped), and so is a list or
heading-underline marker at the start, where the text may begin a line. Full stops, hyphens, brackets and a lone
"&" stay as they are: they mark nothing there, and escaping them would clutter the file a coach reads raw in her
notes."""

from __future__ import annotations

import re

_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # "&" opening an entity ("&lt;"); any other "&" is plain text
_INLINE = re.compile(r"([\\`*_\[\]#|~])")
_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")


def md(text: str) -> str:
    """`text` as inert Markdown inline text, on one line."""
    flat = _ENTITY.sub("&amp;", " ".join(text.split())).replace("<", "&lt;").replace(">", "&gt;")
    flat = _INLINE.sub(r"\\\1", flat)
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", flat)
