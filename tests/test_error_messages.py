"""No English sentence is built for an error or a parse issue: each is a catalog message (`_`, `n_`), said in the
user's language when it is shown (see auditor.errors, auditor.model.ParseIssue). A source scan, so that a new
`raise ConfigError(f"...")` or `issues.add("kind", f"...")` fails here rather than reach a French reader in English."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).parent.parent
# The errors shown to the user as one line, and the tool's own click errors.
ERRORS = {"AuditorError", "ExportError", "ConfigError", "HistoryError", "PlanError", "PhotoError", "_UsageError",
          "_BadParameter", "UsageError", "BadParameter", "MemberSkipped", "Undecodable", "ImplausibleDate"}  # fmt: skip


def _sources() -> Iterator[Path]:
    for folder in ("auditor", "rules", "reports"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "sample" not in path.relative_to(ROOT).parts:  # the generator's own errors are for developers
                yield path


def _is_text(node: ast.expr | None) -> bool:
    """An English sentence written in place: a string literal, an f-string, or a sum of them."""
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _sentences(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and _name(node.exc) in ERRORS:
            call = node.exc
            said = call.args[-1] if _name(call) == "MemberSkipped" and call.args else (call.args or [None])[0]
            if _is_text(said):
                yield node.lineno, _name(call)
        elif isinstance(node, ast.Call):
            name, args = _name(node), node.args
            detail = None
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if name == "add" and isinstance(receiver, ast.Name) and receiver.id in ("issues", "log") and len(args) >= 2:
                detail = args[1]  # IssueLog.add(kind, detail)
            elif name == "_skip" and len(args) >= 3:
                detail = args[2]
            elif name == "ParseIssue":
                keywords = {keyword.arg: keyword.value for keyword in node.keywords}
                detail = keywords.get("detail", args[4] if len(args) > 4 else None)
            if _is_text(detail):
                yield node.lineno, name


def test_errors_and_parse_issues_are_catalog_messages() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in _sources()
        for line, name in _sentences(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not found, "say it with _(...) from auditor.i18n:\n" + "\n".join(found)


def test_the_scan_sees_a_sentence() -> None:
    code = 'raise ConfigError(f"{where}: bad")\nissues.add("bad-value", "cannot read it")\n'
    code += 'ParseIssue("k", "f", detail="x")'
    assert [name for _line, name in _sentences(ast.parse(code))] == ["ConfigError", "add", "ParseIssue"]
    fine = 'raise ConfigError(_("{where}: bad", where=w))\nissues.add("bad-value", _("cannot read it"))'
    assert not list(_sentences(ast.parse(fine)))
