"""Hostile input outside the export reader: signals, outputs, config files, photos, dates, controls.

Every case runs the real command line in a subprocess on generated input (nothing large is committed), and
asserts the exit code, exactly one line on stderr, no traceback, and, for the heavy ones, a peak memory bound
measured with `resource.getrusage(RUSAGE_CHILDREN)` in a wrapper process that runs the command as its child.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor import exitcodes

MiB = 1024 * 1024

# Runs the command as its child, then reports its exit code, output and peak memory (the maximum resident set
# of the waited-for children: here, only that one).
WRAPPER = """
import json, resource, subprocess, sys
run = subprocess.run(sys.argv[1:], capture_output=True, text=True, errors="backslashreplace")
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # kilobytes on Linux
print(json.dumps({"code": run.returncode, "stdout": run.stdout, "stderr": run.stderr, "peak": peak}))
"""


class Run:
    def __init__(self, code: int, stdout: str, stderr: str, peak: int) -> None:
        self.code, self.stdout, self.stderr, self.peak = code, stdout, stderr, peak


def run_cli(*args: str | Path, timeout: float = 60) -> Run:
    command = [sys.executable, "-m", "auditor", *map(str, args)]
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, timeout=timeout, check=True
    )
    report = json.loads(done.stdout)
    return Run(report["code"], report["stdout"], report["stderr"], report["peak"])


def assert_one_line_error(run: Run, code: int = exitcodes.USAGE, *, says: str = "", peak: int = 400 * MiB) -> None:
    assert run.code == code, (run.code, run.stderr)
    assert run.stderr.count("\n") == 1 and run.stderr.endswith("\n"), run.stderr
    assert "Traceback" not in run.stderr
    assert says in run.stderr, run.stderr
    assert run.peak < peak, f"peak memory {run.peak / MiB:.0f} MiB"


@pytest.fixture(scope="module")
def sample_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from auditor.sample import write_sample

    path = tmp_path_factory.mktemp("hostile") / "Complete_LinkedInDataExport_11-02-2026.zip"
    write_sample(path, seed=3, lang="en", size="small")
    return path


# --- Signals and partial files (issue 8, item 8) ---------------------------------------------------------------

# Runs the command line's real entry point with one step made slow, after touching a marker file, so the test
# knows when to send its signal.
SLOWED = """
import pathlib, sys, time
marker = pathlib.Path(sys.argv.pop(1))
where = sys.argv.pop(1)


def slow(*args, **kwargs):
    marker.touch()
    time.sleep(60)


if where == "analysis":
    import auditor.audit
    auditor.audit.analyse = slow
else:  # the write of an output, once its temporary file is full: only the rename is left
    import auditor.atomicfile
    auditor.atomicfile.os.fsync = slow
import auditor.cli
sys.argv[0] = "linkedin-audit"
auditor.cli.main()
"""


def _interrupt(tmp_path: Path, where: str, signum: int, *args: str | Path) -> subprocess.CompletedProcess[str]:
    marker = tmp_path / "marker"
    command = [sys.executable, "-c", SLOWED, str(marker), where, *map(str, args)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the slowed step was never reached"
        time.sleep(0.02)
    started = time.monotonic()
    child.send_signal(signum)
    stdout, stderr = child.communicate(timeout=30)
    assert time.monotonic() - started < 10, "the signal was not acted on at once"  # about 0.1 s when idle
    return subprocess.CompletedProcess(command, child.returncode, stdout, stderr)


@pytest.mark.parametrize("where", ["analysis", "write"])
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_with_one_line_and_keeps_the_previous_json(
    tmp_path: Path, sample_zip: Path, where: str, signum: int, code: int
) -> None:
    previous = tmp_path / "audit.json"
    previous.write_text('{"schema_version": 1, "previous": true}\n')
    done = _interrupt(tmp_path, where, signum, "audit", sample_zip, "--json", previous)
    assert done.returncode == code
    assert done.stderr == "linkedin-audit: interrupted\n"
    assert json.loads(previous.read_text()) == {"schema_version": 1, "previous": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.json", "marker"]  # no temporary file left


def test_an_interrupted_sample_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "sample.zip"
    done = _interrupt(tmp_path, "write", signal.SIGTERM, "sample", out, "--size", "small")
    assert done.returncode == exitcodes.TERMINATED and done.stderr == "linkedin-audit: interrupted\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["marker"]


def test_outputs_replace_files_whole_and_keep_their_permissions(tmp_path: Path, sample_zip: Path) -> None:
    target = tmp_path / "audit.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    run = run_cli("audit", sample_zip, "--json", target, "--fail-on", "never")
    assert run.code == 0 and run.stderr == ""
    assert json.loads(target.read_text())["schema_version"] == 3
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.json"]


WARNED = """
import sys, warnings
import auditor.audit
real = auditor.audit.analyse


def noisy(*args, **kwargs):
    warnings.warn("Corrupt EXIF data \\x1b[2J", UserWarning)
    warnings.warn("looks like XML", SyntaxWarning)
    return real(*args, **kwargs)


auditor.audit.analyse = noisy
import auditor.cli
sys.argv[0] = "linkedin-audit"
auditor.cli.main()
"""


def test_library_warnings_never_reach_stderr(sample_zip: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", WARNED, "audit", str(sample_zip), "--fail-on", "never"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stderr == "" and "Score" in done.stdout


# --- Configuration (item 5) ------------------------------------------------------------------------------------


def _toml(tmp_path: Path, text: str | bytes, name: str = "linkedin-audit.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


ROUTINE = '[[routines]]\nactivity = "posts"\nper = "week"\n'


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (ROUTINE + "count = inf\n", "routines[0].count: expected a finite number, got inf"),
        (ROUTINE + "count = nan\n", "routines[0].count: expected a finite number, got nan"),
        (ROUTINE + "count = 2\nminutes = 9223372036854775807\n", "routines[0].minutes: must be more than 0 and at"),
        ("[rules.CAD-001]\nweeks = 9223372036854775807\n", "rules.CAD-001.weeks: must be at most 5,200"),
        ("[rules.CAD-001]\nweeks = 1e9\n", "rules.CAD-001.weeks: expected a whole number like 13"),
        ("[rules.GOA-005]\nweeks = 5201\n", "rules.GOA-005.weeks: must be at most 5,200"),
        ("[rules.NET-003]\nquiet_days = " + "9" * 5000 + "\n", "invalid TOML"),
        ("a = " + "[" * 200_000 + "\n", "nested more than 32 levels deep"),
        ("a = " + "{b = " * 200_000 + "\n", "nested more than 32 levels deep"),
        ('[scoring.steps]\nstep1 = 1e308\n', "scoring.steps.step1: a weight must be at most 1000"),
    ],
    ids=["count-inf", "count-nan", "minutes-2^63", "weeks-2^63", "weeks-1e9", "weeks-5201", "digits", "arrays",
         "tables", "weight"],
)  # fmt: skip
def test_bad_config_values_are_one_line_naming_the_key(tmp_path: Path, sample_zip: Path, text: str, says: str) -> None:
    run = run_cli("audit", sample_zip, "--config", _toml(tmp_path, text))
    assert_one_line_error(run, says=says)
    assert run.stdout == ""


def test_a_config_with_a_bom_is_read(tmp_path: Path, sample_zip: Path) -> None:
    config = _toml(tmp_path, b"\xef\xbb\xbf" + ROUTINE.encode() + b"count = 2\n")
    run = run_cli("audit", sample_zip, "--config", config, "--fail-on", "never")
    assert run.code == 0 and run.stderr == "" and "Score" in run.stdout


@pytest.mark.parametrize("option", ["--config", "--photo"])
@pytest.mark.parametrize("kind", ["folder", "fifo", "device", "huge"])
def test_only_regular_files_are_read(tmp_path: Path, sample_zip: Path, option: str, kind: str) -> None:
    """A FIFO used to hang and /dev/zero to eat gigabytes; a folder gave click's three-line usage error."""
    if kind == "folder":
        target, says = tmp_path, "is a directory"
    elif kind == "fifo":
        target, says = tmp_path / "pipe", "not a regular file"
        os.mkfifo(target)
    elif kind == "device":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero")
        target, says = Path("/dev/zero"), "not a regular file"
    else:
        target, says = tmp_path / "huge", "too large for a"
        with open(target, "wb") as file:
            file.truncate(200 * MiB)  # sparse: no disk used
    run = run_cli("audit", sample_zip, option, target, timeout=30)
    assert_one_line_error(run, says=says, peak=150 * MiB)


def test_a_huge_goal_is_shown_short_and_fast(tmp_path: Path, sample_zip: Path) -> None:
    """A goal text and keyword of hundreds of kilobytes without a space (the file cap is 1 MiB) used to wrap in
    quadratic time; the summary now shows 2,000 characters of it, and controls in it are inert."""
    word = "\x1b]52;c;" + "x" * 450_000
    config = _toml(
        tmp_path,
        f'[[goals]]\nkind = "career-move"\ntext = "{word}"\nkeywords = ["{word[:200_000]}"]\n'
        f'target_companies = ["{word[:200_000]}"]\n'.replace("\x1b", "\\u001b"),
    )
    started = time.monotonic()
    run = run_cli("audit", sample_zip, "--config", config, "--fail-on", "never")
    assert run.code == 0 and run.stderr == ""
    assert time.monotonic() - started < 20
    assert max(len(line) for line in run.stdout.splitlines()) <= 120
    assert "\x1b" not in run.stdout and "\\x1b]52;c;" in run.stdout
    assert run.peak < 400 * MiB


# --- Photo (items 1, 7, 9) -------------------------------------------------------------------------------------


def _photo(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _png_header(width: int, height: int, colour_type: int = 0, depth: int = 8) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def _float_tiff(side: int) -> bytes:
    import io

    import numpy as np
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(np.zeros((side, side), dtype=np.float32)).save(buffer, format="TIFF", compression="tiff_deflate")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("float.tif", lambda: _float_tiff(4000), "a TIFF image, not a photo LinkedIn takes"),
        ("photo.eps", lambda: b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 9000 9000\n", "a PostScript or EPS file"),
        ("photo.pdf", lambda: b"%PDF-1.7\n" + b"0" * 100, "a PDF document"),
        ("text.jpg", lambda: b"not a photo at all\n", "not an image LinkedIn takes"),
        ("rgba.png", lambda: _png_header(8000, 8000, 6), "too large once decoded"),
        ("rgb16.png", lambda: _png_header(8000, 8000, 2, 16), "too large once decoded"),
        ("bomb.png", lambda: _png_header(60_000, 60_000), "too many pixels"),
        ("cut.png", lambda: _png_header(4000, 4000), "damaged"),
    ],
)
def test_bad_photos_are_one_line_and_light(
    tmp_path: Path, sample_zip: Path, name: str, make: object, says: str
) -> None:
    assert callable(make)
    run = run_cli("audit", sample_zip, "--photo", _photo(tmp_path, name, make()))
    assert_one_line_error(run, says=says, peak=300 * MiB)
    assert run.stdout == ""


def test_a_large_transparent_photo_is_measured_in_bounded_memory(tmp_path: Path, sample_zip: Path) -> None:
    """3,000 × 3,000 RGBA: 36 MB decoded; its grayscale copy is made band by band, so the conversions' copies
    (RGBA, the white background, the composite) no longer multiply it (230 MB peak before, 115 now)."""
    import io

    import numpy as np
    from PIL import Image

    side = np.arange(3000).astype(np.uint8)  # 0..255 repeated: byte arithmetic below wraps as intended
    pixels = np.empty((3000, 3000, 4), dtype=np.uint8)
    pixels[..., 0], pixels[..., 1] = side[None, :], side[:, None]
    pixels[..., 2], pixels[..., 3] = side[None, :] + side[:, None], side[None, :] * side[:, None]
    buffer = io.BytesIO()
    Image.fromarray(pixels, "RGBA").save(buffer, format="PNG", compress_level=0)
    # The text rules, which load spaCy's pipelines, are left out: this budget is the photo's.
    text_rules = ("--ignore", "TXT", "--ignore", "PRO-007", "--ignore", "CAR-010")
    photo = _photo(tmp_path, "big.png", buffer.getvalue())
    run = run_cli("audit", sample_zip, "--photo", photo, "--fail-on", "never", *text_rules)
    assert run.code == 0 and run.stderr == ""
    assert run.peak < 170 * MiB, f"peak memory {run.peak / MiB:.0f} MiB"


def test_pillow_warnings_never_reach_stderr(tmp_path: Path, sample_zip: Path) -> None:
    import io
    import struct

    from PIL import Image

    exif = b"Exif\x00\x00II*\x00" + struct.pack("<IH", 8, 1) + struct.pack("<HHII", 0x010F, 2, 200, 0xFFFF) + bytes(4)
    buffer = io.BytesIO()
    Image.new("RGB", (400, 400), (120, 110, 100)).save(buffer, format="JPEG", exif=exif)
    run = run_cli("audit", sample_zip, "--photo", _photo(tmp_path, "exif.jpg", buffer.getvalue()), "--fail-on", "never")
    assert run.code == 0 and run.stderr == ""


# --- Dates, crashes and controls (items 2, 3) ------------------------------------------------------------------


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31", "0000-00-00"])
def test_as_of_at_the_edges_is_one_line(sample_zip: Path, as_of: str) -> None:
    assert_one_line_error(run_cli("audit", sample_zip, "--as-of", as_of), says="--as-of")


def test_records_at_the_edges_crash_nothing(tmp_path: Path) -> None:
    import zipfile

    export = tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            "Acme,Boss,,,Jun 0000,\nBeta,Lead,,,2020,Dec 9999\nGamma,Analyst,,,Jan 0001,Dec 9999\n"
            "Delta,Chief,,,Dec 9999,\n",
        )
    for command in (["inspect", export], ["audit", export, "--json", "-", "--fail-on", "never"]):
        run = run_cli(*command)
        assert run.code == 0 and run.stderr == "", run.stderr
    assert '"status": "crashed"' not in run.stdout


def test_controls_in_a_file_name_stay_inert_on_one_line(tmp_path: Path) -> None:
    name = tmp_path / "x\x1b]52;c;aGk=\x07\n\u202egnp.zip"
    assert_one_line_error(run_cli("inspect", name), says="x\\x1b]52;c;aGk=\\x07\\n\\u202egnp.zip: no such file")
    run = run_cli("explain", "\x9b2J\rOK")
    assert_one_line_error(run, says="\\x9b2J\\rOK")
