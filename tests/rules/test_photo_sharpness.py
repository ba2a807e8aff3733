"""PHO-005 photo.sharpness."""

from __future__ import annotations

import dataclasses

from auditor.rule import PhotoReport
from auditor.rules import photo_sharpness as rule

from ..factory import model_export, run_rule, skip_reason

GOOD = PhotoReport("photo.jpg", 800, 800, 250.0, 120.0, 55.0, 0.02, 0.05, ((220, 150, 360, 360),))


def test_pass() -> None:
    assert run_rule(rule, photo=GOOD) == []


def test_fail_blurred() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, sharpness=12.3))
    assert finding.evidence[0].file == "photo.jpg"
    assert finding.evidence[0].text("en") == "variance of the Laplacian 12.3"
    assert finding.evidence[0].text("fr") == "variance du laplacien 12,3"
    assert "blurred" in finding.what.en and "floue" in finding.what.fr


def test_option_moves_the_threshold() -> None:
    blurred = dataclasses.replace(GOOD, sharpness=40.0)
    assert run_rule(rule, photo=blurred, min_sharpness=30.0) == []
    assert len(run_rule(rule, photo=GOOD, min_sharpness=300.0)) == 1


def test_skips_without_photo() -> None:
    assert "--photo" in skip_reason(rule, model_export())
