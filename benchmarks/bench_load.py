"""Benchmark: how fast and how lean `load_export` is on the large and max samples.

For each size it prints, each measured in a fresh process (so peak RSS means something):
- floor:  a bare `csv.reader` pass over the same CSV members of the same ZIP (decompress + decode + split);
- load:   `auditor.export.load_export` on that ZIP (everything: discovery, parsing, dates, model, articles);
- csv:    the same with Arrow's fast path turned off (every member through the csv module), for reference;
- audit:  what `linkedin-audit audit EXPORT --json FILE` does (load, analyses, every rule, the JSON written);
- pandas: `pandas.read_csv` over the same members, when pandas is installed (for scale, not a target);
and the ratios load/floor (target: 1.5x or less on `max`, with peak RSS under 1 GiB) and audit/load (target:
2x or less on `max`). It also times
`linkedin-audit --help` (target: under 0.3 s).

Usage: python benchmarks/bench_load.py [--sizes large max] [--repeat 3] [--workdir DIR]
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


def _peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_floor(path: Path) -> dict[str, float]:
    csv.field_size_limit(8 * 1024 * 1024)
    start = time.perf_counter()
    rows = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.lower().endswith(".csv"):
                continue
            with archive.open(info) as raw:
                for _ in csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")):
                    rows += 1
    return {"seconds": time.perf_counter() - start, "rows": rows, "rss_mib": _peak_rss_mib()}


def _one_shot() -> None:
    """Each measurement runs in a process of its own, as `linkedin-audit` does (see auditor.gcpause)."""
    from auditor.gcpause import one_shot_process

    one_shot_process()


def _child_load(path: Path) -> dict[str, float]:
    from auditor.export import load_export

    _one_shot()

    start = time.perf_counter()
    export = load_export(path)
    seconds = time.perf_counter() - start
    rows = sum(source.rows for source in export.sources.values())
    return {"seconds": seconds, "rows": rows, "rss_mib": _peak_rss_mib(), "issues": len(export.parse_issues)}


def _child_csv(path: Path) -> dict[str, float]:
    from auditor.export import arrowread

    arrowread.ARROW_MIN_BYTES = arrowread.ARROW_ALSO_MIN_BYTES = 1 << 62
    return _child_load(path)


def _child_audit(path: Path) -> dict[str, float]:
    """What `linkedin-audit audit EXPORT --json FILE` does, timed inside the process."""
    from auditor.audit import run_audit
    from auditor.config import Config
    from auditor.reports.jsonout import audit_dict
    from auditor.rules import RULES

    _one_shot()
    start = time.perf_counter()
    audit = run_audit(path, Config(), RULES)
    with tempfile.TemporaryFile("w", encoding="utf-8") as out:
        json.dump(audit_dict(audit), out, ensure_ascii=False, indent=2)
    seconds = time.perf_counter() - start
    rows = sum(source.rows for source in audit.export.sources.values())
    return {"seconds": seconds, "rows": rows, "rss_mib": _peak_rss_mib(), "findings": len(audit.result.findings)}


def _child_pandas(path: Path) -> dict[str, float]:
    import pandas as pd

    start = time.perf_counter()
    rows = 0
    failed = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.lower().endswith(".csv"):
                continue
            with archive.open(info) as raw:
                try:
                    rows += len(pd.read_csv(raw, dtype=str, on_bad_lines="skip", encoding="utf-8-sig"))
                except Exception:  # pandas gives up on some LinkedIn quirks; count it and move on
                    failed += 1
    return {"seconds": time.perf_counter() - start, "rows": rows, "rss_mib": _peak_rss_mib(), "failed_files": failed}


CHILDREN = {
    "floor": _child_floor,
    "load": _child_load,
    "csv": _child_csv,
    "audit": _child_audit,
    "pandas": _child_pandas,
}


def _run_child(kind: str, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)


def _best(kind: str, path: Path, repeat: int) -> dict[str, float]:
    runs = [_run_child(kind, path) for _ in range(repeat)]
    best = min(runs, key=lambda run: run["seconds"])
    best["median_seconds"] = statistics.median(run["seconds"] for run in runs)
    return best


def _help_seconds(repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "auditor", "--help"], check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["large", "max"])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best one is shown")
    parser.add_argument("--workdir", type=Path, default=None, help="where the samples go (default: a temp folder)")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("path", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.path)))
        return

    from auditor.sample import write_sample

    try:
        import pandas  # noqa: F401

        kinds = ["floor", "load", "csv", "audit", "pandas"]
    except ImportError:
        kinds = ["floor", "load", "csv", "audit"]
    with tempfile.TemporaryDirectory() as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores; best of {args.repeat} runs each\n")
        print(f"{'size':<8}{'what':<8}{'seconds':>9}{'median':>9}{'rows':>10}{'rows/s':>11}{'peak RSS':>11}")
        for size in args.sizes:
            path = workdir / f"Complete_LinkedInDataExport_{size}.zip"
            if not path.exists():
                start = time.perf_counter()
                write_sample(path, seed=0, lang="en", size=size, variant="complete")
                print(
                    f"({size} sample generated in {time.perf_counter() - start:.1f} s, "
                    f"{path.stat().st_size / 2**20:.1f} MiB zipped)"
                )
            results = {kind: _best(kind, path, args.repeat) for kind in kinds}
            for kind, result in results.items():
                rate = result["rows"] / result["seconds"] if result["seconds"] else 0.0
                print(
                    f"{size:<8}{kind:<8}{result['seconds']:>9.2f}{result['median_seconds']:>9.2f}"
                    f"{int(result['rows']):>10,}{rate:>11,.0f}{result['rss_mib']:>8.0f} MiB"
                )
            ratio = results["load"]["seconds"] / results["floor"]["seconds"]
            print(
                f"{size:<8}load/floor = {ratio:.2f}x (target <= 1.5x on max); "
                f"peak RSS {results['load']['rss_mib']:.0f} MiB (target < 1024 MiB)"
            )
            audit_ratio = results["audit"]["seconds"] / results["load"]["seconds"]
            print(
                f"{size:<8}audit --json / load = {audit_ratio:.2f}x (target <= 2x on max); "
                f"peak RSS {results['audit']['rss_mib']:.0f} MiB\n"
            )
    print(f"linkedin-audit --help: {_help_seconds(args.repeat):.3f} s (target < 0.3 s)")


if __name__ == "__main__":
    main()
