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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.errors import AuditorError
from auditor.rule import PhotoReport

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

MAX_PIXELS = 100_000_000
"""Above this many pixels a file is refused as a likely decompression bomb (LinkedIn itself accepts photos up to
about 20,000×20,000 per third-party lists, but a head shot never needs more than a 100-megapixel camera gives)."""

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


def _load_grayscale(path: Path, max_pixels: int) -> np.ndarray:
    """The upright (EXIF-oriented) photo as an 8-bit grayscale array, transparency flattened onto white."""
    import warnings

    from PIL import Image, ImageOps, UnidentifiedImageError

    if not path.exists():
        raise PhotoError(f"{path}: no such file")
    if not path.is_file():
        raise PhotoError(f"{path}: not a file")
    limit = max_pixels if Image.MAX_IMAGE_PIXELS is None else min(max_pixels, int(Image.MAX_IMAGE_PIXELS))
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; here any excess is an error.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as probe:  # reads the header only
                _check_size(path, probe.size, limit)
                probe.verify()  # checksums where the format has them (PNG); the image is unusable afterwards
            with Image.open(path) as image:
                _check_size(path, image.size, limit)
                image.load()  # decodes everything: a truncated file fails here
                upright = ImageOps.exif_transpose(image)
                return _to_gray(upright)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(
            f"{path}: too many pixels (more than {limit:,}); refused as a possible decompression bomb"
        ) from None
    except UnidentifiedImageError:
        raise PhotoError(f"{path}: not an image (use a JPG or PNG file)") from None
    except OSError as error:
        if isinstance(error, PermissionError):
            raise PhotoError(f"{path}: cannot read ({error.strerror})") from None
        raise PhotoError(f"{path}: damaged or truncated image ({_one_line(error)})") from None
    except Exception as error:  # Pillow's decoders raise many types on damaged files (SyntaxError, ValueError...)
        raise PhotoError(f"{path}: damaged image ({type(error).__name__}: {_one_line(error)})") from None


def _check_size(path: Path, size: tuple[int, int], limit: int) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise PhotoError(f"{path}: the image has no pixels ({width}×{height})")
    if width * height > limit:
        raise PhotoError(
            f"{path}: too many pixels ({width}×{height}, more than {limit:,}); refused as a possible decompression bomb"
        )


def _to_gray(image: Image.Image) -> np.ndarray:
    import numpy as np
    from PIL import Image

    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N"):  # 16-bit grayscale PNG: scale, do not clip
        return (np.asarray(image, dtype=np.float64) / 257.0).round().astype(np.uint8)
    if image.mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float64)
        low, high = float(values.min()), float(values.max())
        span = high - low or 1.0
        return ((values - low) * (255.0 / span)).round().astype(np.uint8)
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info):
        # LinkedIn shows a transparent background as white.
        rgba = image.convert("RGBA")
        flat = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat.alpha_composite(rgba)
        image = flat
    return np.asarray(image.convert("L"), dtype=np.uint8)


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
        raise PhotoError("face detection needs opencv-python-headless<5 (its Haar cascades are missing)")
    classifier = cv2.CascadeClassifier(str(Path(data.haarcascades) / FACE_CASCADE))
    if classifier.empty():
        raise PhotoError(f"face detection: cannot load {FACE_CASCADE} from {data.haarcascades}")
    return classifier
