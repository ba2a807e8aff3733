"""A rule's documentation in the reader's language.

The docstring of a rule module is the English source of its documentation; the catalogs hold its translation,
piece by piece: the title (the docstring's first line), the body of each written section ("What:", "Why:",
"Passes:", "Fails:") with its own line breaks, and each option's description. `extract` is the Babel extraction
method that feeds those pieces to `pybabel extract` (see `babel.cfg`); `translated_docstring` puts a docstring
together again from its translated pieces.
"""

from __future__ import annotations

import ast
import io
import textwrap
from collections.abc import Iterator
from typing import IO, Any

from auditor.i18n import translations

SECTION_HEADERS = ("What:", "Why:", "Passes:", "Fails:")


def pieces(docstring: str) -> list[str]:
    """The translatable pieces of a docstring: its title, then each written section's body, dedented."""
    lines = docstring.strip().splitlines()
    if not lines:
        return []
    found = [lines[0].strip()]
    found += [body for _header, body in _sections(lines[1:])]
    return found


def _sections(lines: list[str]) -> Iterator[tuple[str, str]]:
    header: str | None = None
    body: list[str] = []
    for line in lines:
        if line.strip() in SECTION_HEADERS and not line.startswith(" "):
            if header is not None:
                yield header, textwrap.dedent("\n".join(body)).strip()
            header, body = line.strip(), []
        elif header is not None:
            body.append(line)
    if header is not None:
        yield header, textwrap.dedent("\n".join(body)).strip()


def translated_docstring(docstring: str, language: str) -> str:
    """`docstring` with its title and written sections in `language` (English where the catalog has none)."""
    catalog = translations(language)
    lines = docstring.strip().splitlines()
    if not lines:
        return docstring
    out = [catalog.gettext(lines[0].strip())]
    for header, body in _sections(lines[1:]):
        out += ["", header, textwrap.indent(catalog.gettext(body), "    ")]
    return "\n".join(out)


def option_descriptions(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """The description of every `Option(default, "description", ...)` of a module, with its line."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Option"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            yield node.lineno, node.args[1].value


def _is_rule(tree: ast.Module) -> bool:
    return any(
        isinstance(node, (ast.Assign, ast.AnnAssign))
        and any(isinstance(target, ast.Name) and target.id == "CODE" for target in _targets(node))
        for node in tree.body
    )


def _targets(node: ast.Assign | ast.AnnAssign) -> list[ast.expr]:
    return list(node.targets) if isinstance(node, ast.Assign) else [node.target]


def extract(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[Any]:
    """Babel extraction method for rule modules (`[ruledocs: rules/**.py]` in babel.cfg): the messages of the code
    (Babel's Python extraction), then the documentation pieces and option descriptions."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    yield from extract_python(io.BytesIO(source), keywords, comment_tags, options)
    tree = ast.parse(source)
    if not _is_rule(tree):  # rules/__init__.py: its docstring documents the package, not a rule
        return
    docstring = ast.get_docstring(tree, clean=False) or ""
    for piece in pieces(docstring):
        yield 1, None, piece, ["rule documentation"]
    for line, description in option_descriptions(tree):
        yield line, None, description, ["rule option"]
