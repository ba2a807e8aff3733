"""Inert text: what an export, a config or a file name says is shown, never obeyed by the terminal.

An export is a file someone sends; its names, companies and headlines, the names of its files and the strings of a
config can carry terminal controls: ESC sequences (clear the screen, OSC 52 writes the clipboard, OSC 8 hides a
link, OSC 0 renames the window, DCS), their one-character C1 forms (U+009B is CSI, U+009D OSC), a bare carriage
return that overwrites what the line said, and bidirectional overrides that display a text in another order than
it is read (U+202E). Every such character is made visible instead, as Python writes it in a string literal:
`\\x1b`, `\\x9b`, `\\r`, `\\u202e`. The rest of the control sequence is printable and stays as it is, now harmless.

`inert` is applied once, where the command line writes to the terminal (see `auditor.cli`); `json_text` escapes the
same characters in the JSON, where the data is kept but no raw control may reach whoever prints the file. Lone
surrogates (a file name in an undecodable encoding) are escaped too: they cannot even be encoded to UTF-8.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

_BIDI_AND_SEPARATORS = (
    "\u061c"  # ARABIC LETTER MARK
    "\u200e\u200f"  # LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK: invisible, they reorder neutral characters around them
    "\u2028\u2029"  # LINE and PARAGRAPH SEPARATOR: some terminals and editors break the line there
    "\u202a-\u202e"  # embeddings and overrides (U+202E RIGHT-TO-LEFT OVERRIDE)
    "\u2066-\u2069"  # isolates
)
# C0 (but tab and newline, decided per call), DEL, C1, the bidirectional controls and lone surrogates.
_UNSAFE_MULTILINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_AND_SEPARATORS}\ud800-\udfff]")
_UNSAFE_ONE_LINE = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_BIDI_AND_SEPARATORS}\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves raw: it escapes C0 itself (and a raw newline never occurs in a string).
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_BIDI_AND_SEPARATORS}\ud800-\udfff]")

_NAMED = {"\n": "\\n", "\r": "\\r", "\x0b": "\\x0b", "\x0c": "\\x0c"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def inert(text: str, *, one_line: bool = False) -> str:
    """`text` with every terminal control made visible (`\\x1b`, `\\u202e`); tabs are kept, and newlines too
    unless `one_line` (an error message stays one line whatever file name it quotes). A Windows line end (CR LF)
    is a line end, not a bare carriage return. Idempotent: the result is printable."""
    pattern = _UNSAFE_ONE_LINE if one_line else _UNSAFE_MULTILINE
    if pattern.search(text) is None:  # the common case: no copy
        return text
    if not one_line:
        text = text.replace("\r\n", "\n")
    return pattern.sub(_visible, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: object, *, indent: int = 2, default: Callable[[Any], Any] | None = None) -> str:
    """`data` as JSON (non-ASCII letters kept readable), with the controls JSON leaves raw escaped as `\\uXXXX`:
    the text holds no raw control character, and it decodes to exactly `data`. Structural JSON is ASCII, so every
    character escaped here lies inside a string, where `\\uXXXX` means the same character.

    Objects are indented, a key a line; an array is written on one line when it holds only numbers and strings,
    else an element a line, each element on its line whole: a finding, a rule, a person, an action is one line
    (which diffs well). Those lines go through the json module's C encoder, which it uses only without
    indentation: on the largest exports (thousands of findings, people and actions) the indented pure-Python
    encoder took 0.25 s of the audit, this takes under 0.1 s."""
    return _UNSAFE_IN_JSON.sub(_json_escape, _encode(data, "\n", indent, default))


def _encode(value: object, margin: str, indent: int, default: Callable[[Any], Any] | None) -> str:
    """`value` as JSON, its inner lines starting with `margin` (a newline and the current indentation)."""
    inner = margin + " " * indent
    if isinstance(value, dict) and value:
        items = (f"{_key(key)}: {_encode(item, inner, indent, default)}" for key, item in value.items())
        return "{" + inner + ("," + inner).join(items) + margin + "}"
    if isinstance(value, (list, tuple)) and any(isinstance(item, (dict, list, tuple)) for item in value):
        items = (json.dumps(item, ensure_ascii=False, default=default) for item in value)
        return "[" + inner + ("," + inner).join(items) + margin + "]"
    return json.dumps(value, ensure_ascii=False, default=default)


def _key(key: object) -> str:
    """An object's key as the json module writes it (it turns numbers, booleans and null into strings)."""
    if not isinstance(key, str):
        key = next(iter(json.loads(json.dumps({key: None}))))  # the json module's own conversion
    return json.dumps(key, ensure_ascii=False)
