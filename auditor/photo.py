"""Measure the profile photo given with `linkedin-audit audit EXPORT --photo FILE`; the PHO rules judge it.

LinkedIn's archive holds no image (only an expiring link to the photo), so image checks need the file itself.
This module only measures: size, sharpness (variance of the Laplacian), exposure (mean and spread of luminance,
share of crushed blacks and blown whites) and frontal faces (OpenCV's Haar cascade). Thresholds live in the rules.

Measurements other than the size are taken on a copy scaled so that its longer side is at most `ANALYSIS_SIDE`
pixels (never enlarged): LinkedIn serves profile photos at up to 800×800 (`profile-displayphoto-shrink_800_800` in
Rich_Media.csv links), and a fixed scale keeps sharpness comparable between a 400-pixel and a 4,000-pixel file.
Face boxes are given back in the pixels of the upright original.

Pillow, NumPy and OpenCV are imported inside `measure_photo`, so that `linkedin-audit --help` stays fast.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.errors import AuditorError
from auditor.i18n import Verbatim, _
from auditor.rule import PhotoReport
from auditor.userfile import FileKind, read_regular_file

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

MAX_PIXELS = 100_000_000
"""Above this many pixels a file is refused as a likely decompression bomb (LinkedIn itself accepts photos up to
about 20,000×20,000 per third-party lists, but a head shot never needs more than a 100-megapixel camera gives)."""

MAX_DECODED_BYTES = 200_000_000
"""Above this many bytes once decoded (width × height × the bytes a pixel takes in its mode, see `_pixel_bytes`)
a file is refused too: the pixel cap alone lets an RGBA or 16-bit image take several times more memory than an
8-bit one of the same size. Measuring adds a grayscale copy (a byte a pixel, see `_to_gray`): a run with the
largest photo accepted peaks near 350 MB."""

MAX_FILE_BYTES = 64 * 1024 * 1024
"""The largest photo file read (LinkedIn itself takes photos of up to 8 MB)."""

FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
"""What LinkedIn takes for a profile photo, and all this module decodes: checked by signature before Pillow sees
the file, then by Pillow's own format list, so that no other decoder ever runs on it (EPS and PostScript make
Pillow call Ghostscript, and TIFF has costly floating-point and tiled variants)."""

_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)
# Formats people may try, named in the message so that they know what to convert.
_OTHER_SIGNATURES = (
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF", "a PDF document"),
    (b"%!PS", "a PostScript or EPS file"),
    (b"\xc5\xd0\xd3\xc6", "an EPS file"),
    (b"BM", "a BMP image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"8BPS", "a Photoshop file"),
)

ANALYSIS_SIDE = 800
"""The longer side, in pixels, of the copy that sharpness, exposure and faces are measured on."""

DARK_LEVEL = 8
BRIGHT_LEVEL = 247
"""Luminance at or below DARK_LEVEL counts as crushed black, at or above BRIGHT_LEVEL as blown white (0..255)."""

FACE_CASCADE = "haarcascade_frontalface_default.xml"
FACE_MIN_SHARE = 0.08
"""Faces narrower than this share of the photo's shorter side are ignored (background people, textures)."""


class PhotoError(AuditorError):
    """The --photo file cannot be measured: missing, not an image, damaged or truncated, or a decompression bomb."""


def measure_photo(path: str | os.PathLike[str], *, max_pixels: int = MAX_PIXELS) -> PhotoReport:
    """Open, verify and measure the photo at `path`; raise PhotoError with a one-line message if it cannot.

    `max_pixels` (and Pillow's own `Image.MAX_IMAGE_PIXELS`, whichever is lower) bounds the decoded size.
    """
    import numpy as np

    image_path = Path(path)
    gray = _load_grayscale(image_path, max_pixels)
    height, width = gray.shape
    small = _analysis_copy(gray)
    scale = width / small.shape[1]
    return PhotoReport(
        file=image_path.name,
        width=int(width),
        height=int(height),
        sharpness=_sharpness(small),
        brightness=float(small.mean()),
        contrast=float(small.std()),
        clipped_dark=float(np.count_nonzero(small <= DARK_LEVEL) / small.size),
        clipped_bright=float(np.count_nonzero(small >= BRIGHT_LEVEL) / small.size),
        faces=tuple(
            (round(x * scale), round(y * scale), round(w * scale), round(h * scale)) for x, y, w, h in _faces(small)
        ),
    )


# --- Reading ------------------------------------------------------------------------------------------------


def sniff_format(head: bytes) -> str | None:
    """The format of a file from its first bytes: one of FORMATS, or None."""
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def _load_grayscale(path: Path, max_pixels: int) -> np.ndarray:
    """The upright (EXIF-oriented) photo as an 8-bit grayscale array, transparency flattened onto white."""
    import io
    import warnings

    from PIL import Image, ImageOps, UnidentifiedImageError

    if not path.exists():
        raise PhotoError(_("{path}: no such file", path=str(path)))
    data = read_regular_file(path, MAX_FILE_BYTES, FileKind(_("photo"), _("a photo")), PhotoError)
    if sniff_format(data[:16]) is None:
        other = next((name for signature, name in _OTHER_SIGNATURES if data.startswith(signature)), None)
        if other:
            raise PhotoError(
                _(
                    "{path}: {format}, not a photo LinkedIn takes (use a JPEG, PNG, GIF or WebP file)",
                    path=str(path),
                    format=other,
                )
            )
        raise PhotoError(_("{path}: not an image LinkedIn takes (use a JPEG, PNG, GIF or WebP file)", path=str(path)))
    limit = max_pixels if Image.MAX_IMAGE_PIXELS is None else min(max_pixels, int(Image.MAX_IMAGE_PIXELS))
    try:
        with warnings.catch_warnings():
            # Pillow's warnings ("Corrupt EXIF data"...) are never printed: the measures say what matters. Pillow
            # only warns between MAX_IMAGE_PIXELS and twice that; here any excess is an error.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as probe:  # reads the header only
                _check_size(path, probe.size, limit)
                _check_bytes(path, probe.size, probe.mode)
                probe.verify()  # checksums where the format has them (PNG); the image is unusable afterwards
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                _check_size(path, image.size, limit)
                _check_bytes(path, image.size, image.mode)
                image.load()  # decodes everything: a truncated file fails here
                ImageOps.exif_transpose(image, in_place=True)  # no second copy of the decoded photo
                return _to_gray(image)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(
            _(
                "{path}: too many pixels (more than {limit}); refused as a possible decompression bomb",
                path=str(path),
                limit=limit,
            )
        ) from None
    except UnidentifiedImageError:
        raise PhotoError(
            _("{path}: not an image LinkedIn takes (use a JPEG, PNG, GIF or WebP file)", path=str(path))
        ) from None
    except OSError as error:
        if isinstance(error, PermissionError):
            raise PhotoError(_("{path}: cannot read ({reason})", path=str(path), reason=str(error.strerror))) from None
        raise PhotoError(
            _("{path}: damaged or truncated image ({reason})", path=str(path), reason=_one_line(error))
        ) from None
    except Exception as error:  # Pillow's decoders raise many types on damaged files (SyntaxError, ValueError...)
        raise PhotoError(
            _("{path}: damaged image ({reason})", path=str(path), reason=type(error).__name__ + ": " + _one_line(error))
        ) from None


def _check_size(path: Path, size: tuple[int, int], limit: int) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise PhotoError(
            _("{path}: the image has no pixels ({size})", path=str(path), size=Verbatim(f"{width}×{height}"))
        )
    if width * height > limit:
        raise PhotoError(
            _(
                "{path}: too many pixels ({size}, more than {limit}); refused as a possible decompression bomb",
                path=str(path),
                size=Verbatim(f"{width}×{height}"),
                limit=limit,
            )
        )


def _pixel_bytes(mode: str) -> int:
    """The bytes one pixel takes once decoded: Pillow keeps 1 byte for 1, L and P, 2 for 16-bit grayscale, 4 for
    the rest (RGB too, and 32-bit integer or floating-point pixels)."""
    if mode in ("1", "L", "P"):
        return 1
    if mode.startswith("I;16"):
        return 2
    return 4


def _check_bytes(path: Path, size: tuple[int, int], mode: str) -> None:
    width, height = size
    needed = width * height * _pixel_bytes(mode)
    if needed > MAX_DECODED_BYTES:
        raise PhotoError(
            _(
                "{path}: too large once decoded ({size} in mode {mode}, {mb} MB, more than {budget} MB); refused as a "
                "possible decompression bomb",
                path=str(path),
                size=Verbatim(f"{width}×{height}"),
                mode=mode,
                mb=round(needed / 1e6),
                budget=round(MAX_DECODED_BYTES / 1e6),
            )
        )


CHUNK_PIXELS = 1 << 20
"""The grayscale copy is made a band of rows of about this many pixels at a time: the conversions' own copies
(RGBA, floating point) then take a few megabytes, whatever the photo's size, and the peak stays the decoded photo
plus its grayscale copy."""


def _to_gray(image: Image.Image) -> np.ndarray:
    import numpy as np

    width, height = image.size
    convert = _gray_converter(image)
    gray = np.empty((height, width), dtype=np.uint8)
    rows = max(1, CHUNK_PIXELS // width)
    for top in range(0, height, rows):
        bottom = min(height, top + rows)
        gray[top:bottom] = convert(image.crop((0, top, width, bottom)))
    return gray


def _gray_converter(image: Image.Image) -> Callable[[Image.Image], np.ndarray]:
    """How a band of `image` becomes 8-bit grayscale (the band keeps the image's mode, palette and transparency)."""
    import numpy as np
    from PIL import Image

    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N"):  # 16-bit grayscale PNG: scale, do not clip
        # Round to nearest, as x / 257 is never halfway between two integers.
        return lambda band: ((np.asarray(band).astype(np.uint32) + 128) // 257).astype(np.uint8)
    if image.mode in ("I", "F"):
        extrema: Any = image.getextrema()  # one band: (lowest, highest)
        low, high = float(extrema[0]), float(extrema[1])
        scale = 255.0 / (high - low or 1.0)
        return lambda band: ((np.asarray(band, dtype=np.float64) - low) * scale).round().astype(np.uint8)
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info):

        def flattened(band: Image.Image) -> np.ndarray:  # LinkedIn shows a transparent background as white
            rgba = band.convert("RGBA")
            flat = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            flat.alpha_composite(rgba)
            return np.asarray(flat.convert("L"), dtype=np.uint8)

        return flattened
    return lambda band: np.asarray(band.convert("L"), dtype=np.uint8)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


# --- Measuring ----------------------------------------------------------------------------------------------


def _analysis_copy(gray: np.ndarray) -> np.ndarray:
    import cv2

    height, width = gray.shape
    scale = ANALYSIS_SIDE / max(height, width)
    if scale >= 1.0:
        return gray
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA)


def _sharpness(gray: np.ndarray) -> float:
    import cv2

    return float(cv2.Laplacian(gray, cv2.CV_64F).var())


def _faces(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Frontal faces as (x, y, w, h) in `gray`'s pixels, largest first."""
    import cv2

    side = max(24, round(FACE_MIN_SHARE * min(gray.shape)))
    if min(gray.shape) < side:
        return []
    found: Any = _cascade().detectMultiScale(
        cv2.equalizeHist(gray), scaleFactor=1.1, minNeighbors=5, minSize=(side, side)
    )
    boxes = [(int(x), int(y), int(w), int(h)) for x, y, w, h in found]
    return sorted(boxes, key=lambda box: (-box[2] * box[3], box[0], box[1]))


@functools.cache
def _cascade() -> Any:
    import cv2

    data = getattr(cv2, "data", None)
    if data is None:  # OpenCV 5 no longer ships the Haar cascades
        raise PhotoError(_("face detection needs opencv-python-headless<5 (its Haar cascades are missing)"))
    classifier = cv2.CascadeClassifier(str(Path(data.haarcascades) / FACE_CASCADE))
    if classifier.empty():
        raise PhotoError(
            _("face detection: cannot load {file} from {folder}", file=FACE_CASCADE, folder=str(data.haarcascades))
        )
    return classifier
