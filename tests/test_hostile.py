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
    assert time.monotonic() - started < 5, "the signal was not acted on at once"
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
    assert json.loads(target.read_text())["schema_version"] == 1
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.json"]
