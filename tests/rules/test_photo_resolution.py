"""PHO-003 photo.resolution."""

from __future__ import annotations

import dataclasses

from auditor.rule import PhotoReport
from auditor.rules import photo_resolution as rule

from ..factory import model_export, run_rule, skip_reason

GOOD = PhotoReport("photo.jpg", 800, 800, 250.0, 120.0, 55.0, 0.02, 0.05, ((220, 150, 360, 360),))


def test_pass() -> None:
    assert run_rule(rule, photo=GOOD) == []


def test_pass_exactly_400() -> None:
    assert run_rule(rule, photo=dataclasses.replace(GOOD, width=400, height=400)) == []


def test_fail_small() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, width=320, height=320))
    assert finding.evidence[0].file == "photo.jpg"
    assert finding.evidence[0].value == "320×320 px"
    assert "320×320" in finding.what.en and "320×320" in finding.what.fr


def test_fail_one_side_short() -> None:
    assert len(run_rule(rule, photo=dataclasses.replace(GOOD, width=800, height=300))) == 1


def test_pass_with_lower_minimum() -> None:
    assert run_rule(rule, photo=dataclasses.replace(GOOD, width=320, height=320), min_pixels=300) == []


def test_skips_without_photo() -> None:
    assert "--photo" in skip_reason(rule, model_export())
