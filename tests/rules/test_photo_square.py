"""PHO-004 photo.square."""

from __future__ import annotations

import dataclasses

from auditor.rule import PhotoReport
from auditor.rules import photo_square as rule

from ..factory import model_export, run_rule, skip_reason

GOOD = PhotoReport("photo.jpg", 800, 800, 250.0, 120.0, 55.0, 0.02, 0.05, ((220, 150, 360, 360),))


def test_pass() -> None:
    assert run_rule(rule, photo=GOOD) == []


def test_pass_nearly_square() -> None:
    assert run_rule(rule, photo=dataclasses.replace(GOOD, width=800, height=860)) == []
    assert run_rule(rule, photo=dataclasses.replace(GOOD, width=800, height=920)) == []  # exactly 15%


def test_fail_wide() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, width=1200, height=800))
    assert finding.evidence[0].file == "photo.jpg"
    assert finding.what.en == "Your photo is 1200×800 pixels: 50% too wide to be square."
    assert finding.what.fr == "Votre photo fait 1200×800 pixels\u00a0: 50\u00a0% trop large pour être carrée."
    assert finding.evidence[0].text("en") == "1200×800 px (50% off square)"


def test_fail_tall() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, width=600, height=900))
    assert "tall" in finding.what.en and "haute" in finding.what.fr


def test_pass_with_wider_tolerance() -> None:
    assert run_rule(rule, photo=dataclasses.replace(GOOD, width=1200, height=800), max_aspect_deviation=0.6) == []


def test_skips_without_photo() -> None:
    assert "--photo" in skip_reason(rule, model_export())
