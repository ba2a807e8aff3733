"""Benchmark: what a user waits for, and how much memory it takes, on the typical and the max samples.

For each size, every figure measured in a fresh process, best of N runs:
- audit:  end to end, process start to exit, of `linkedin-audit audit EXPORT --json FILE --ignore ...` with the
          rules that read the member's words ignored (what the reader and the analyses cost a user; the language
          pipelines have their own budget, benchmarks/bench_text.py), with the process's peak RSS;
- +text:  the same with every rule, for scale;
- load:   `auditor.export.load_export` alone, timed inside its process (the reader's share of the above);
- floor:  a bare `csv.reader` pass over the same CSV members (decompress + decode + split), for scale; on the max
          sample, the ratio of the audit's CPU time to the floor's is steadier than either from run to run.

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

from processes import best_of, child_env, command, text_rule_ignores

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


ENV: dict[str, str] = {}  # set by main()


def _audit(path: Path, repeat: int, extra: tuple[str, ...]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out:
        best = best_of(command("audit", str(path), "--json", str(Path(out, "out.json")), *extra), ENV, repeat)
    return {
        "seconds": best.seconds,
        "median_seconds": best.median_seconds,
        "cpu_seconds": best.cpu_seconds,
        "rss_mib": best.rss_mib,
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
    return best_of(command("--help"), ENV, repeat).seconds


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
        subprocess.run(command("sample", str(path), "--size", size), check=True, capture_output=True, env=ENV)
        print(
            f"({size} sample generated in {time.perf_counter() - start:.1f} s, "
            f"{path.stat().st_size / 2**20:.1f} MiB zipped)"
        )
    return path


def main() -> None:
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
        ENV.update(child_env(workdir))
        print(
            f"python {sys.version.split()[0]} on {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; "
            f"best of {args.repeat} runs each"
        )
        print(f"{' '.join(command())}\n")
        print(f"{'size':<9}{'what':<7}{'seconds':>9}{'median':>9}{'CPU s':>8}{'rows':>10}{'peak RSS':>12}  target")
        for size in args.sizes:
            path = _sample(workdir, size)
            results = {
                "audit": _audit(path, args.repeat, text_rule_ignores()),
                "+text": _audit(path, args.repeat, ()),
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
            # The machine's speed varies by a third from one run to the next on a shared host; the bare csv pass
            # varies with it, so on a large export this ratio is what to compare between runs made at different
            # times (on a small one the floor is too short to measure, and start-up dominates the audit).
            floor = results["floor"]["cpu_seconds"]
            if floor >= 0.25:
                print(f"{size:<9}audit / floor: {results['audit']['cpu_seconds'] / floor:.1f} (CPU)")
            print()
        print(f"linkedin-audit --help: {_help_seconds(args.repeat):.3f} s end to end")


if __name__ == "__main__":
    main()
