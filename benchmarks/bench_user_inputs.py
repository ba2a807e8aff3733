"""Benchmark: the worst photo and configuration of each kind, and how fast a run stops on a signal.

For each input it runs `linkedin-audit audit SAMPLE --photo FILE` or `--config FILE` in a child process and prints
the exit code, the wall time and the peak RSS of that child (`resource.getrusage(RUSAGE_CHILDREN)` in a wrapper
process), against the ceilings of issue 8: 1 GiB and 30 s. The inputs are generated in a temporary folder: the
largest photos accepted in each pixel layout (just under the 200 MB decoded budget or the pixel cap), photos
refused unread (float TIFF, header-only bombs), the largest configuration accepted (1 MiB of goal text) and those
refused (/dev/zero, a FIFO, 1 MiB of nesting). Then it sends SIGTERM to audits of the max sample at several
moments and prints how long each took to stop, and whether the previous --json file survived.

Usage: python benchmarks/bench_user_inputs.py [--workdir DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

GIB = 1024**3
WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
run = subprocess.run(sys.argv[1:], capture_output=True, text=True, errors="backslashreplace")
print(json.dumps({"code": run.returncode, "seconds": time.perf_counter() - start, "stderr": run.stderr,
                  "peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))
"""


def _measure(*args: str | Path) -> dict[str, object]:
    command = [sys.executable, "-m", "auditor", *map(str, args)]
    done = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def _png_header(width: int, height: int, colour_type: int = 0, depth: int = 8) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def _image(kind: str) -> bytes:
    import numpy as np
    from PIL import Image

    buffer = io.BytesIO()
    if kind == "jpeg-rgb":  # 7,000 x 7,000 x 4 bytes: 196 MB decoded, just under the budget
        side = 7000
        y, x = np.mgrid[0:side, 0:side]
        noise = np.random.default_rng(1).integers(0, 32, (side, side), dtype=np.uint8)
        rgb = np.stack([(x % 256) ^ noise, (y % 256) ^ noise, ((x + y) % 256) ^ noise], axis=-1).astype(np.uint8)
        Image.fromarray(rgb).save(buffer, format="JPEG", quality=85)
    elif kind == "png-rgba":
        side = 7000
        y, x = np.mgrid[0:side, 0:side]
        rgba = np.stack([x % 256, y % 256, (x + y) % 256, (x * y) % 256], axis=-1).astype(np.uint8)
        Image.fromarray(rgba, "RGBA").save(buffer, format="PNG", compress_level=1)
    elif kind == "png-palette-transparent":  # 81 Mpx, under Pillow's 89 Mpx cap
        image = Image.new("P", (9000, 9000), 0)
        image.putpalette([i % 256 for i in range(768)])
        image.save(buffer, format="PNG", transparency=0)
    elif kind == "png-16-bit-grey":  # 88 Mpx x 2 bytes
        Image.fromarray(np.full((9400, 9400), 30000, dtype=np.uint16)).save(buffer, format="PNG")
    elif kind == "tiff-float (refused)":
        flat = np.zeros((4000, 4000), dtype=np.float32)
        Image.fromarray(flat).save(buffer, format="TIFF", compression="tiff_deflate")
    elif kind == "png-rgba-header (refused)":
        return _png_header(8000, 8000, 6)
    elif kind == "png-pixel-bomb (refused)":
        return _png_header(60_000, 60_000)
    return buffer.getvalue()


PHOTOS = ("jpeg-rgb", "png-rgba", "png-palette-transparent", "png-16-bit-grey", "tiff-float (refused)",
          "png-rgba-header (refused)", "png-pixel-bomb (refused)")  # fmt: skip


def _configs(folder: Path) -> dict[str, Callable[[], Path]]:
    def goal() -> Path:
        word = "x" * 330_000
        path = folder / "goal.toml"
        path.write_text(
            f'[[goals]]\nkind = "career-move"\ntext = "{word}"\nkeywords = ["{word}"]\ntarget_companies = ["{word}"]\n'
        )
        return path

    def nesting() -> Path:
        path = folder / "deep.toml"
        path.write_text("a = " + "[" * (1024 * 1024 - 10))
        return path

    def fifo() -> Path:
        path = folder / "fifo.toml"
        if not path.exists():
            os.mkfifo(path)
        return path

    return {
        "1 MiB of goal text": goal,
        "1 MiB of nesting (refused)": nesting,
        "/dev/zero (refused)": lambda: Path("/dev/zero"),
        "a FIFO (refused)": fifo,
    }


def _row(kind: str, result: dict[str, object]) -> None:
    peak, seconds = float(str(result["peak"])), float(str(result["seconds"]))
    verdict = "ok" if peak < GIB and seconds < 30 else "OVER"
    error = str(result["stderr"]).strip()[-60:]
    print(f"  {kind:<30} exit {result['code']!s:>3}  {seconds:6.2f} s  {peak / 2**20:7.0f} MiB  {verdict}  {error}")


def _stop_latency(sample: Path, folder: Path) -> None:
    previous = folder / "previous.json"
    _measure("audit", sample, "--json", previous, "--fail-on", "never")
    kept = previous.read_bytes()
    print(f"\nSIGTERM during `audit {sample.name} --json FILE` (previous FILE kept?):")
    for delay in (0.3, 1.0, 2.0, 3.0):
        child = subprocess.Popen(
            [sys.executable, "-m", "auditor", "audit", str(sample), "--json", str(previous)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(delay)
        sent = time.perf_counter()
        child.send_signal(signal.SIGTERM)
        _, stderr = child.communicate()
        stopped = time.perf_counter() - sent
        intact = previous.read_bytes() == kept
        said = stderr.strip()
        print(f"  after {delay:.1f} s: exit {child.returncode}, stopped in {stopped:.2f} s, {said!r}, kept: {intact}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, help="keep the generated inputs here (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.workdir or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        from auditor.sample import write_sample

        small, largest = folder / "small.zip", folder / "max.zip"
        if not small.exists():
            write_sample(small, seed=1, size="small")
        print("Photos (audit SMALL --photo FILE):")
        for kind in PHOTOS:
            path = folder / f"photo-{kind.split()[0]}"
            path.write_bytes(_image(kind))
            _row(kind, _measure("audit", small, "--photo", path, "--fail-on", "never"))
            path.unlink()
        print("\nConfigurations (audit SMALL --config FILE):")
        for kind, make in _configs(folder).items():
            _row(kind, _measure("audit", small, "--config", make(), "--fail-on", "never"))
        if not largest.exists():
            write_sample(largest, seed=1, size="max")
        _stop_latency(largest, folder)


if __name__ == "__main__":
    main()
