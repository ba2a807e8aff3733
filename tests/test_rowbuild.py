"""The fast record builder produces exactly what the model constructors produce."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.export.rowbuild import build_one, record_builder
from auditor.export.sections import SPECS


@pytest.mark.parametrize(
    "model", sorted({spec.model for spec in SPECS}, key=lambda m: m.__name__), ids=lambda m: m.__name__
)
def test_builder_makes_real_frozen_instances(model: type) -> None:
    names = [field.name for field in dataclasses.fields(model)]
    values = [f"v{n}" if name != "line" else 7 for n, name in enumerate(names)]
    fast = build_one(model, *values)
    assert type(fast) is model
    assert fast == model(*values)
    assert repr(fast) == repr(model(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, names[0], "changed")


def test_builder_builds_one_record_per_position() -> None:
    model = SPECS[0].model
    size = len(dataclasses.fields(model))
    records = record_builder(model)([[f"a{n}", f"b{n}"] for n in range(size)])
    assert len(records) == 2 and all(type(r) is model for r in records)
