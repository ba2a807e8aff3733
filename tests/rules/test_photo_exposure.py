"""PHO-006 photo.exposure."""

from __future__ import annotations

import dataclasses

from auditor.rule import PhotoReport
from auditor.rules import photo_exposure as rule

from ..factory import model_export, run_rule, skip_reason

GOOD = PhotoReport("photo.jpg", 800, 800, 250.0, 120.0, 55.0, 0.02, 0.05, ((220, 150, 360, 360),))


def test_pass() -> None:
    assert run_rule(rule, photo=GOOD) == []


def test_pass_white_studio_background() -> None:
    studio = dataclasses.replace(GOOD, brightness=195.0, contrast=70.0, clipped_bright=0.4)
    assert run_rule(rule, photo=studio) == []


def test_fail_too_dark() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, brightness=35.0, contrast=12.0))
    assert finding.key == "dark"  # low contrast follows from the darkness: not reported twice
    assert finding.evidence[0].file == "photo.jpg"
    assert "dark" in finding.what.en and "sombre" in finding.what.fr


def test_fail_crushed_blacks() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, brightness=80.0, clipped_dark=0.55))
    assert finding.key == "dark"


def test_fail_too_bright() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, brightness=230.0))
    assert finding.key == "bright"
    assert "bright" in finding.what.en and "claire" in finding.what.fr


def test_fail_blown_whites() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, brightness=190.0, clipped_bright=0.6))
    assert finding.key == "bright"
    assert finding.what.en == "Your photo is too bright (mean luminance 190/255, 60% of it burnt to white)."
    assert "60\u00a0%" in finding.what.fr
    assert (
        finding.evidence[0].text("fr")
        == "luminosité moyenne 190/255, écart type 55, 2\u00a0% de noir, 60\u00a0% de blanc"
    )


def test_fail_washed_out() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, brightness=150.0, contrast=12.0))
    assert finding.key == "flat"
    assert "washed out" in finding.what.en and "délavée" in finding.what.fr


def test_options() -> None:
    dim = dataclasses.replace(GOOD, brightness=50.0)
    assert len(run_rule(rule, photo=dim)) == 1
    assert run_rule(rule, photo=dim, min_brightness=40.0) == []
    assert len(run_rule(rule, photo=GOOD, max_brightness=100.0)) == 1
    assert len(run_rule(rule, photo=GOOD, max_clipped=0.01)) == 2
    assert len(run_rule(rule, photo=GOOD, min_contrast=60.0)) == 1


def test_skips_without_photo() -> None:
    assert "--photo" in skip_reason(rule, model_export())
