"""auditor.photo: measuring a --photo file, on images drawn in a temporary folder (no binary fixtures)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from auditor.errors import AuditorError
from auditor.photo import PhotoError, measure_photo


def draw_face(size: int = 400, background: int = 90, blur: float = 1.0) -> Image.Image:
    """A cartoon head the Haar frontal-face cascade finds: hair, an oval face, dark eyes under brows, a nose
    and a mouth, softened a little as a camera would."""
    image = Image.new("L", (size, size), background)
    draw = ImageDraw.Draw(image)
    cx, cy, fw, fh = size / 2, size * 0.5, size * 0.42, size * 0.56
    draw.ellipse([cx - fw / 2 - 8, cy - fh / 2 - 25, cx + fw / 2 + 8, cy + fh / 2 - 60], fill=40)  # hair
    draw.ellipse([cx - fw / 2, cy - fh / 2, cx + fw / 2, cy + fh / 2], fill=190)
    for side in (-1, 1):
        eye_x, eye_y = cx + side * fw * 0.21, cy - fh * 0.05
        draw.ellipse([eye_x - fw * 0.1, eye_y - fh * 0.04, eye_x + fw * 0.1, eye_y + fh * 0.04], fill=30)
        draw.rectangle([eye_x - fw * 0.15, eye_y - fh * 0.11, eye_x + fw * 0.15, eye_y - fh * 0.08], fill=40)  # brow
    draw.polygon([(cx, cy), (cx - fw * 0.08, cy + fh * 0.17), (cx + fw * 0.08, cy + fh * 0.17)], fill=140)
    draw.ellipse([cx - fw * 0.2, cy + fh * 0.26, cx + fw * 0.2, cy + fh * 0.32], fill=80)
    return image.filter(ImageFilter.GaussianBlur(blur))


def textured(size: int = 400) -> Image.Image:
    """Fine detail everywhere (a sharp photo of fabric, say): high Laplacian variance."""
    rng = np.random.default_rng(7)
    return Image.fromarray(rng.integers(60, 200, (size, size), dtype=np.uint8))


def test_sharp_and_blurred(tmp_path: Path) -> None:
    textured().save(tmp_path / "sharp.png")
    textured().filter(ImageFilter.GaussianBlur(4)).save(tmp_path / "blurred.png")
    sharp, blurred = measure_photo(tmp_path / "sharp.png"), measure_photo(tmp_path / "blurred.png")
    assert sharp.sharpness > 1000 > 60 > blurred.sharpness
    assert (sharp.file, sharp.width, sharp.height) == ("sharp.png", 400, 400)


def test_exposure(tmp_path: Path) -> None:
    face = draw_face()
    face.save(tmp_path / "normal.png")
    Image.eval(face, lambda v: v // 6).save(tmp_path / "dark.png")
    Image.new("L", (400, 400), 255).save(tmp_path / "white.png")
    normal, dark, white = (measure_photo(tmp_path / f"{n}.png") for n in ("normal", "dark", "white"))
    assert 80 < normal.brightness < 180 and normal.contrast > 25
    assert normal.clipped_dark == 0.0 and normal.clipped_bright == 0.0
    assert dark.brightness < 40 and dark.clipped_dark > 0.0
    assert white.brightness == 255.0 and white.contrast == 0.0 and white.clipped_bright == 1.0


def test_one_face_found_and_placed(tmp_path: Path) -> None:
    draw_face().convert("RGB").save(tmp_path / "face.jpg", quality=92)
    report = measure_photo(tmp_path / "face.jpg")
    (x, y, w, h) = report.faces[0]
    assert len(report.faces) == 1
    assert 0.45 < w / 400 < 0.75 and abs((x + w / 2) / 400 - 0.5) < 0.05 and 0.4 < (y + h / 2) / 400 < 0.65


def test_no_face_and_two_faces(tmp_path: Path) -> None:
    Image.new("RGB", (400, 400), (90, 120, 150)).save(tmp_path / "plain.png")
    pair = Image.new("L", (800, 400), 90)
    pair.paste(draw_face(), (0, 0))
    pair.paste(draw_face(), (400, 0))
    pair.save(tmp_path / "pair.png")
    assert measure_photo(tmp_path / "plain.png").faces == ()
    assert len(measure_photo(tmp_path / "pair.png").faces) == 2


def test_big_photo_is_measured_on_a_smaller_copy_and_faces_scaled_back(tmp_path: Path) -> None:
    draw_face(size=2000, blur=5).save(tmp_path / "big.png")
    report = measure_photo(tmp_path / "big.png")
    assert (report.width, report.height) == (2000, 2000)
    ((x, _, w, _),) = report.faces
    assert 900 < w < 1500 and abs((x + w / 2) - 1000) < 100


def test_tiny_and_non_square(tmp_path: Path) -> None:
    Image.new("RGB", (40, 30), (128, 128, 128)).save(tmp_path / "tiny.png")
    Image.new("RGB", (900, 400), (128, 128, 128)).save(tmp_path / "wide.jpg")
    tiny, wide = measure_photo(tmp_path / "tiny.png"), measure_photo(tmp_path / "wide.jpg")
    assert (tiny.width, tiny.height, tiny.faces) == (40, 30, ())
    assert (wide.width, wide.height) == (900, 400)
    assert isinstance(wide.faces, tuple)


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    Image.new("RGB", (600, 400), (128, 128, 128)).save(tmp_path / "rotated.jpg", exif=exif)
    report = measure_photo(tmp_path / "rotated.jpg")
    assert (report.width, report.height) == (400, 600)


def test_transparency_is_flattened_on_white(tmp_path: Path) -> None:
    Image.new("RGBA", (400, 400), (0, 0, 0, 0)).save(tmp_path / "transparent.png")
    assert measure_photo(tmp_path / "transparent.png").brightness == 255.0


def test_sixteen_bit_grayscale(tmp_path: Path) -> None:
    Image.fromarray(np.full((64, 64), 65535, dtype=np.uint16)).save(tmp_path / "deep.png")
    assert measure_photo(tmp_path / "deep.png").brightness == 255.0


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="no such file"):
        measure_photo(tmp_path / "nope.jpg")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="a folder, not a photo"):
        measure_photo(tmp_path)


def test_text_file_named_jpg(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_text("this is not a photo\n")
    with pytest.raises(PhotoError, match="not an image") as caught:
        measure_photo(tmp_path / "photo.jpg")
    assert isinstance(caught.value, AuditorError)
    assert "\n" not in str(caught.value)


def test_truncated_jpeg(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    textured().convert("RGB").save(buffer, format="JPEG", quality=90)
    (tmp_path / "cut.jpg").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(PhotoError, match="truncated") as caught:
        measure_photo(tmp_path / "cut.jpg")
    assert "\n" not in str(caught.value)


def test_corrupt_png_checksum(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("L", (32, 32), 100).save(buffer, format="PNG")
    data = bytearray(buffer.getvalue())
    data[data.index(b"IDAT") + 6] ^= 0xFF  # a byte of the compressed pixels: the CRC no longer matches
    (tmp_path / "bad.png").write_bytes(bytes(data))
    with pytest.raises(PhotoError, match="damaged"):
        measure_photo(tmp_path / "bad.png")


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares a huge size but carries (almost) no pixels: a decompression bomb's header."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def test_decompression_bomb_header(tmp_path: Path) -> None:
    (tmp_path / "bomb.png").write_bytes(_png_header(60_000, 60_000))
    with pytest.raises(PhotoError, match="decompression bomb"):
        measure_photo(tmp_path / "bomb.png")


def test_pillow_pixel_limit_is_respected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Image.new("L", (200, 200), 100).save(tmp_path / "ok.png")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    with pytest.raises(PhotoError, match="too many pixels"):
        measure_photo(tmp_path / "ok.png")


def test_own_pixel_limit(tmp_path: Path) -> None:
    Image.new("L", (200, 200), 100).save(tmp_path / "ok.png")
    with pytest.raises(PhotoError, match="too many pixels"):
        measure_photo(tmp_path / "ok.png", max_pixels=30_000)
    assert measure_photo(tmp_path / "ok.png", max_pixels=40_000).width == 200


# --- Only LinkedIn's formats, within a bytes budget, silently -------------------------------------------------


def _png_chunked(width: int, height: int, colour_type: int, depth: int = 8) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "a PostScript or EPS file"),
        (b"\xc5\xd0\xd3\xc6" + b"\x00" * 28, "an EPS file"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"BM" + b"\x00" * 60, "a BMP image"),
    ],
)
def test_other_formats_are_refused_before_any_decoder_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, named: str
) -> None:
    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Pillow must not open this file")

    monkeypatch.setattr(Image, "open", never)
    (tmp_path / "photo.jpg").write_bytes(content)
    with pytest.raises(PhotoError, match=f"{named}, not a photo LinkedIn takes"):
        measure_photo(tmp_path / "photo.jpg")


def test_a_float_tiff_is_refused_unread(tmp_path: Path) -> None:
    Image.fromarray(np.zeros((64, 64), dtype=np.float32)).save(tmp_path / "float.tif")
    with pytest.raises(PhotoError, match="a TIFF image, not a photo LinkedIn takes"):
        measure_photo(tmp_path / "float.tif")


def test_gif_and_webp_are_measured(tmp_path: Path) -> None:
    from PIL import features

    draw_face().save(tmp_path / "face.gif")
    assert len(measure_photo(tmp_path / "face.gif").faces) == 1
    if features.check("webp"):
        draw_face().convert("RGB").save(tmp_path / "face.webp", quality=95)
        assert len(measure_photo(tmp_path / "face.webp").faces) == 1


@pytest.mark.parametrize(("colour_type", "depth"), [(6, 8), (6, 16), (2, 16), (4, 8)])
def test_the_bytes_budget_depends_on_the_mode(tmp_path: Path, colour_type: int, depth: int) -> None:
    """8,000 × 8,000 is under the pixel cap, but as RGBA (or 16-bit RGB, grey with alpha, which Pillow keeps in 4
    bytes a pixel) it would take 256 MB once decoded."""
    (tmp_path / "wide.png").write_bytes(_png_chunked(8000, 8000, colour_type, depth))
    with pytest.raises(PhotoError, match=r"too large once decoded .* possible decompression bomb"):
        measure_photo(tmp_path / "wide.png")


def test_the_same_size_in_grey_is_within_the_budget_until_decoded(tmp_path: Path) -> None:
    (tmp_path / "grey.png").write_bytes(_png_chunked(8000, 8000, 0))  # 64 MB in mode L: only truncated
    with pytest.raises(PhotoError, match=r"damaged|truncated"):
        measure_photo(tmp_path / "grey.png")


def test_pillow_warnings_are_never_printed(tmp_path: Path) -> None:
    import warnings

    # An EXIF block whose one tag points past the end of the file: Pillow warns "Tag data larger than file".
    exif = b"Exif\x00\x00II*\x00" + struct.pack("<IH", 8, 1) + struct.pack("<HHII", 0x010F, 2, 200, 0xFFFF) + bytes(4)
    draw_face().convert("RGB").save(tmp_path / "exif.jpg", exif=exif)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = measure_photo(tmp_path / "exif.jpg")
    assert report.width == 400 and [str(w.message) for w in caught] == []


def test_special_files_and_huge_files_are_refused(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "fifo.jpg")
    with pytest.raises(PhotoError, match="not a regular file"):
        measure_photo(tmp_path / "fifo.jpg")
    with open(tmp_path / "huge.jpg", "wb") as file:
        file.truncate(65 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(PhotoError, match="too large for a photo"):
        measure_photo(tmp_path / "huge.jpg")
