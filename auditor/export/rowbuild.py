"""Fast construction of frozen model records from CSV rows.

The largest exports hold hundreds of thousands of rows (messages, reactions, search queries), and the reader must
stay close to a bare `csv.reader` pass. Two costs dominate in CPython once the CSV is parsed:

1. A frozen dataclass's `__init__` sets every field through `object.__setattr__` (about 100 ns a field). We build
   each record as an instance of a *mutable twin* (same slots, same order: plain slot stores) and then switch its
   class to the frozen model, which CPython allows because the layouts are identical. The result is an ordinary,
   immutable instance of the model class, equal to one built by its constructor (a test checks every model).
2. A generic per-cell loop (a list comprehension over (index, converter) pairs, then `cls(*values)`) allocates and
   dispatches per cell. We generate, once per file, a straight-line function
   `lambda row, line: build(conv3(row[3]), row[0].strip(), ..., line)`. The generated source contains only column
   indices and names of our own (never header text from the file), so nothing from the archive is executed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

Converter = Callable[[str], Any]


@cache
def frozen_factory(model: type) -> Callable[..., Any]:
    """A callable with the model's positional signature that builds frozen instances without per-field
    `object.__setattr__` calls."""
    if not (dataclasses.is_dataclass(model) and hasattr(model, "__slots__")):
        return model
    names = [field.name for field in dataclasses.fields(model)]
    if tuple(names) != tuple(model.__slots__):  # type: ignore[attr-defined]
        return model  # unexpected layout: fall back to the plain (slower) constructor
    twin = dataclasses.make_dataclass(f"_Mutable{model.__name__}", [(name, Any) for name in names], slots=True)
    set_class = object.__setattr__

    def build(*values: Any) -> Any:
        record = twin(*values)
        set_class(record, "__class__", model)
        return record

    build.__name__ = f"build_{model.__name__}"
    return build


def compile_row_builder(
    make: Callable[..., Any], plan: Sequence[tuple[int, Converter]], strip: Converter = str.strip
) -> Callable[[list[str], int], Any]:
    """Return `f(row, line)` calling `make(converted cells..., line)` for the (column index, converter) plan.

    An index of -1 means the column is absent from this file: its value is computed once from "". Converters
    raise ValueError on a bad cell; the caller then takes its careful, issue-reporting path.
    """
    namespace: dict[str, Any] = {"make": make}
    arguments = []
    for number, (index, convert) in enumerate(plan):
        if index < 0:
            namespace[f"k{number}"] = convert("")
            arguments.append(f"k{number}")
        elif convert is strip:
            arguments.append(f"row[{int(index)}].strip()")
        else:
            namespace[f"c{number}"] = convert
            arguments.append(f"c{number}(row[{int(index)}])")
    source = f"def build_row(row, line):\n    return make({', '.join([*arguments, 'line'])})\n"
    exec(compile(source, "<row builder>", "exec"), namespace)
    return namespace["build_row"]  # type: ignore[no-any-return]
