"""Benchmark: what a user waits for, and how much memory it takes, on the typical and the max samples.

For each size, every figure measured in a fresh process, best of N runs:
- audit:  end to end, process start to exit, of `linkedin-audit audit EXPORT --json FILE` (what a user waits
          for), with the process's peak RSS;
- load:   `auditor.export.load_export` alone, timed inside its process (the reader's share of the above);
- floor:  a bare `csv.reader` pass over the same CSV members (decompress + decode + split), for scale.

Targets (issue 9): audit <= 0.45 s on typical, <= 3.0 s on max, peak RSS <= 320 MiB on max. It also times
`linkedin-audit --help`. The samples are made with the sample generator (`linkedin-audit sample X.zip --size S`).

The figures are those of the Python running this script and the `auditor` it imports: to compare two versions,
run the script with each version's interpreter (`/path/to/venv/bin/python benchmarks/bench_load.py`).

Usage: python benchmarks/bench_load.py [--sizes typical max] [--repeat 5] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

TARGETS = {"typical": (0.45, None), "max": (3.0, 320.0)}  # size -> (audit seconds, audit peak RSS MiB)


def _peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_floor(path: Path) -> dict[str, float]:
    csv.field_size_limit(8 * 1024 * 1024)
    start, cpu = time.perf_counter(), time.process_time()
    rows = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.lower().endswith(".csv"):
                continue
            with archive.open(info) as raw:
                for _ in csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")):
                    rows += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "rows": rows, "rss_mib": _peak_rss_mib()}


def _child_load(path: Path) -> dict[str, float]:
    from auditor.export import load_export

    start, cpu = time.perf_counter(), time.process_time()
    export = load_export(path)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    rows = sum(source.rows for source in export.sources.values())
    return {"seconds": seconds, "cpu_seconds": cpu, "rows": rows, "rss_mib": _peak_rss_mib()}


CHILDREN = {"floor": _child_floor, "load": _child_load}


def _command() -> list[str]:
    """The installed `linkedin-audit` beside this interpreter (its real start-up path), else `python -m auditor`."""
    script = Path(sys.executable).with_name("linkedin-audit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "auditor"]


def _child_env(workdir: Path) -> dict[str, str]:
    """The children's environment: with compiled bytecode, as an installed package has it. An environment that
    forbids writing bytecode (PYTHONDONTWRITEBYTECODE) would make every start compile every module again; the
    children write theirs under the work folder instead, on a first run that is not measured."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    return env


ENV: dict[str, str] | None = None  # set by main()


def _timed_process(argv: list[str]) -> tuple[float, float, float]:
    """(seconds from start to exit, CPU seconds, peak RSS in MiB) of one child process, whose output is
    discarded. The CPU time says the same as the wall time on an idle machine, and less noise on a busy one."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode not in (0, 1):  # 1: findings at --fail-on, a normal outcome
        raise SystemExit(f"{' '.join(argv)} exited {process.returncode}: {errors.decode(errors='replace')}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _audit(path: Path, repeat: int) -> dict[str, float]:
    runs = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat + 1):
            runs.append(_timed_process([*_command(), "audit", str(path), "--json", str(Path(out, "out.json"))]))
    runs = runs[1:]  # the first run warms the caches up
    return {
        "seconds": min(seconds for seconds, _, _ in runs),
        "median_seconds": statistics.median(seconds for seconds, _, _ in runs),
        "cpu_seconds": min(cpu for _, cpu, _ in runs),
        "rss_mib": max(rss for _, _, rss in runs),
    }


def _in_child(kind: str, path: Path, repeat: int) -> dict[str, float]:
    runs = []
    for _ in range(repeat):
        output = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(path)], check=True, capture_output=True, text=True, env=ENV
        ).stdout
        runs.append(json.loads(output))
    best = min(runs, key=lambda run: run["seconds"])
    best["median_seconds"] = statistics.median(run["seconds"] for run in runs)
    best["cpu_seconds"] = min(run["cpu_seconds"] for run in runs)
    return best


def _help_seconds(repeat: int) -> float:
    return min(_timed_process([*_command(), "--help"])[0] for _ in range(repeat))


def _verdict(size: str, audit: dict[str, float]) -> str:
    seconds, rss = TARGETS.get(size, (None, None))
    verdicts = []
    if seconds is not None:
        verdicts.append(f"<= {seconds} s: {'ok' if audit['seconds'] <= seconds else 'MISSED'}")
    if rss is not None:
        verdicts.append(f"<= {rss:.0f} MiB: {'ok' if audit['rss_mib'] <= rss else 'MISSED'}")
    return ", ".join(verdicts)


def _sample(workdir: Path, size: str) -> Path:
    path = workdir / f"Complete_LinkedInDataExport_{size}.zip"
    if not path.exists():
        start = time.perf_counter()
        subprocess.run([*_command(), "sample", str(path), "--size", size], check=True, capture_output=True, env=ENV)
        print(
            f"({size} sample generated in {time.perf_counter() - start:.1f} s, "
            f"{path.stat().st_size / 2**20:.1f} MiB zipped)"
        )
    return path


def main() -> None:
    global ENV
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["typical", "max"])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best one is shown")
    parser.add_argument("--workdir", type=Path, default=None, help="where the samples go (default: a temp folder)")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("path", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.path)))
        return

    with tempfile.TemporaryDirectory() as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        ENV = _child_env(workdir)
        print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores; best of {args.repeat} runs each")
        print(f"{' '.join(_command())}\n")
        print(f"{'size':<9}{'what':<7}{'seconds':>9}{'median':>9}{'CPU s':>8}{'rows':>10}{'peak RSS':>12}  target")
        for size in args.sizes:
            path = _sample(workdir, size)
            results = {
                "audit": _audit(path, args.repeat),
                "load": _in_child("load", path, args.repeat),
                "floor": _in_child("floor", path, args.repeat),
            }
            for kind, result in results.items():
                rows = f"{int(result['rows']):,}" if "rows" in result else "-"
                line = (
                    f"{size:<9}{kind:<7}{result['seconds']:>9.2f}{result['median_seconds']:>9.2f}"
                    f"{result['cpu_seconds']:>8.2f}{rows:>10}{result['rss_mib']:>8.0f} MiB  "
                )
                print((line + _verdict(size, result) if kind == "audit" else line).rstrip())
            print()
        print(f"linkedin-audit --help: {_help_seconds(args.repeat):.3f} s end to end")


if __name__ == "__main__":
    main()
