"""PHO-008 photo.face-framing."""

from __future__ import annotations

import dataclasses

from auditor.rule import PhotoReport
from auditor.rules import photo_face_framing as rule

from ..factory import model_export, run_rule, skip_reason

GOOD = PhotoReport("photo.jpg", 800, 800, 250.0, 120.0, 55.0, 0.02, 0.05, ((220, 150, 360, 360),))


def _with_face(x: int, y: int, w: int, h: int) -> PhotoReport:
    return dataclasses.replace(GOOD, faces=((x, y, w, h),))


def test_pass() -> None:
    assert run_rule(rule, photo=GOOD) == []


def test_pass_at_the_limits() -> None:
    assert run_rule(rule, photo=_with_face(300, 200, 200, 200)) == []  # 25% of the height
    assert run_rule(rule, photo=_with_face(100, 100, 600, 600)) == []  # 75%, centre at 50%


def test_fail_face_too_small() -> None:
    (finding,) = run_rule(rule, photo=_with_face(340, 200, 120, 120))
    assert finding.key == "small"
    assert finding.evidence[0].file == "photo.jpg"
    assert finding.what.en == "Your face fills only 15% of the photo's height (aim for 25% to 75%)."
    assert "15\u00a0%" in finding.what.fr
    assert finding.evidence[0].text("en") == (
        "face 120×120 at (340, 200) in 800×800 px: 15% of the height, centre on the middle line, 32% from the top"
    )


def test_fail_face_too_large() -> None:
    (finding,) = run_rule(rule, photo=_with_face(40, 40, 700, 700))
    assert finding.key == "large"


def test_fail_off_centre() -> None:
    (finding,) = run_rule(rule, photo=_with_face(480, 200, 300, 300))
    assert finding.key == "position"
    assert "one side" in finding.what.en and "décentré" in finding.what.fr
    assert "29% of the width right of the middle" in finding.what.en
    assert "29\u00a0% de la largeur à droite du milieu" in finding.what.fr


def test_fail_too_low() -> None:
    (finding,) = run_rule(rule, photo=_with_face(250, 450, 300, 300))
    assert finding.key == "position"
    assert "low" in finding.what.en and "trop bas" in finding.what.fr


def test_fail_small_and_off_centre() -> None:
    findings = run_rule(rule, photo=_with_face(20, 100, 120, 120))
    assert [f.key for f in findings] == ["small", "position"]


def test_options() -> None:
    small = _with_face(340, 200, 120, 120)
    assert run_rule(rule, photo=small, min_face_share=0.1) == []
    assert len(run_rule(rule, photo=GOOD, max_face_share=0.4)) == 1
    assert len(run_rule(rule, photo=GOOD, max_centre_height=0.3)) == 1
    assert run_rule(rule, photo=_with_face(480, 200, 300, 300), max_centre_offset=0.3) == []


def test_skips_without_photo() -> None:
    assert "--photo" in skip_reason(rule, model_export())


def test_skips_without_exactly_one_face() -> None:
    assert "PHO-007" in skip_reason(rule, model_export(), photo=dataclasses.replace(GOOD, faces=()))
    two = dataclasses.replace(GOOD, faces=((100, 200, 200, 200), (500, 210, 190, 190)))
    assert "2 found" in skip_reason(rule, model_export(), photo=two)
