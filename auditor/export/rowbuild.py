"""Fast construction of frozen model records, a column at a time: the reader's own device (the section parsers
use it; nothing else does, the analyses build their records plainly).

The largest exports hold hundreds of thousands of rows (messages, reactions, search queries), and the reader must
stay close to a bare `csv.reader` pass. Once the CSV is parsed, the cost is in CPython's per-object work:

1. A frozen dataclass's `__init__` sets every field through `object.__setattr__` (about 100 ns a field). Records
   are instead built as instances of a *mutable twin* (same slots, same order: plain slot stores), whose class is
   then switched to the frozen model, which CPython allows because the layouts are identical. The result is an
   ordinary, immutable instance of the model class, equal to one built by its constructor (a test checks every
   model).
2. Cells are converted a column at a time with `map` (a C loop) rather than cell by cell in Python, and records
   are built with `map` over the converted columns.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import cache
from itertools import repeat
from typing import Any

Builder = Callable[[Sequence[Sequence[Any]]], list[Any]]


@cache
def record_builder(model: type) -> Builder:
    """`build(columns)`: one record per position across the columns (given in the model's field order)."""
    if not (
        dataclasses.is_dataclass(model)
        and tuple(getattr(model, "__slots__", ())) == tuple(field.name for field in dataclasses.fields(model))
    ):
        return lambda columns: list(map(model, *columns))  # unexpected layout: the plain (slower) constructor
    names = [field.name for field in dataclasses.fields(model)]
    twin = dataclasses.make_dataclass(f"_Mutable{model.__name__}", [(name, Any) for name in names], slots=True)
    set_class = object.__setattr__

    def build(columns: Sequence[Sequence[Any]]) -> list[Any]:
        records = list(map(twin, *columns))
        for _ in map(set_class, records, repeat("__class__"), repeat(model)):
            pass
        return records

    return build


def build_one(model: type, *values: Any) -> Any:
    """One record through the same path (for tests and the rare single-row files)."""
    return record_builder(model)([[value] for value in values])[0]
