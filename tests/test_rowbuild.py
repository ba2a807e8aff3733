"""The fast record builders produce exactly what the model constructors produce."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.export.rowbuild import compile_row_builder, frozen_factory
from auditor.export.sections import SPECS


@pytest.mark.parametrize(
    "model", sorted({spec.model for spec in SPECS}, key=lambda m: m.__name__), ids=lambda m: m.__name__
)
def test_frozen_factory_builds_real_frozen_instances(model: type) -> None:
    names = [field.name for field in dataclasses.fields(model)]
    values = [f"v{n}" if name != "line" else 7 for n, name in enumerate(names)]
    fast = frozen_factory(model)(*values)
    assert type(fast) is model
    assert fast == model(*values)
    assert hash(fast) == hash(model(*values)) if model.__hash__ else True
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, names[0], "changed")


def test_compiled_row_builder_converts_and_fills_absent_columns() -> None:
    def make(*values: object) -> tuple[object, ...]:
        return values

    build = compile_row_builder(make, [(1, str.strip), (-1, lambda cell: cell or None), (0, int)])
    assert build([" 42", "  text "], 3) == ("text", None, 42, 3)
    with pytest.raises(ValueError):
        build(["x", ""], 4)
