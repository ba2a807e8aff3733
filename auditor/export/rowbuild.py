"""Fast construction of frozen model records, a column at a time: the reader's own device (the section parsers
use it; nothing else does, the analyses build their records plainly).

The largest exports hold hundreds of thousands of rows (messages, reactions, search queries), and the reader must
stay close to a bare `csv.reader` pass. Once the CSV is parsed, the cost is in CPython's per-object work:

1. A frozen dataclass's `__init__` sets every field through `object.__setattr__` (about 100 ns a field). Records
   are instead made empty by `object.__new__` (in C), then filled a field at a time: `map` runs the field's slot
   descriptor over the records and the column's values, a C loop storing one slot a cell (the frozen class's
   `__setattr__`, which refuses, is not involved). The result is an ordinary, immutable instance of the model
   class, equal to one built by its constructor (a test checks every model). Nothing is made per model at run
   time (an earlier device, a mutable twin class per model, cost 1.5 ms a class: 40 ms of a typical audit).
2. Cells are converted a column at a time with `map` (a C loop) rather than cell by cell in Python, and records
   are built with `map` over the converted columns.
"""

from __future__ import annotations

import dataclasses
from collections import deque
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
    # The slots' descriptors: `setter(record, value)` stores the value in the record's slot, as `__init__` would.
    setters = [getattr(model, field.name).__set__ for field in dataclasses.fields(model)]
    new = object.__new__

    def build(columns: Sequence[Sequence[Any]]) -> list[Any]:
        records = list(map(new, repeat(model, len(columns[0]))))
        for set_field, column in zip(setters, columns, strict=True):
            deque(map(set_field, records, column), maxlen=0)  # consumes the map in C, keeping nothing
        return records

    return build


def build_one(model: type, *values: Any) -> Any:
    """One record through the same path (for tests and the rare single-row files)."""
    return record_builder(model)([[value] for value in values])[0]
