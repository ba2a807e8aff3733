"""PHO-007 photo.one-face."""

from __future__ import annotations

import dataclasses

from auditor.rule import PhotoReport
from auditor.rules import photo_one_face as rule

from ..factory import model_export, run_rule, skip_reason

GOOD = PhotoReport("photo.jpg", 800, 800, 250.0, 120.0, 55.0, 0.02, 0.05, ((220, 150, 360, 360),))


def test_pass() -> None:
    assert run_rule(rule, photo=GOOD) == []


def test_fail_no_face() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, faces=()))
    assert finding.key == "none"
    assert finding.evidence[0].file == "photo.jpg"
    assert "No face" in finding.what.en and "Aucun visage" in finding.what.fr


def test_fail_several_faces() -> None:
    (finding,) = run_rule(rule, photo=dataclasses.replace(GOOD, faces=((100, 200, 200, 200), (500, 210, 190, 190))))
    assert finding.key == "several"
    assert "2 faces" in finding.what.en and "2 visages" in finding.what.fr
    assert finding.evidence[0].text("en") == "2 faces: 200×200 at (100, 200); 190×190 at (500, 210)"
    assert finding.evidence[0].text("fr") == "2 visages\u00a0: 200×200 à (100, 200)\u202f; 190×190 à (500, 210)"


def test_skips_without_photo() -> None:
    assert "--photo" in skip_reason(rule, model_export())
