"""Benchmark: `linkedin-audit plan` against `linkedin-audit audit` on the same sample (issue 12: plan within 1.5×).

Each command runs in a fresh process, best of N runs, wall time and CPU time (the child's user + system time,
which a busy machine disturbs less than the wall clock):
- audit: `linkedin-audit audit EXPORT --config CONFIG --fail-on never` (the summary only, no JSON);
- plan:  `linkedin-audit plan EXPORT --config CONFIG --json F --md F --ics F` (the audit, the plan and its three
         files).

The samples and their configurations come from the sample generator (`linkedin-audit sample X.zip --size S
--config C`), audited as of their export date.

Usage: python benchmarks/bench_plan.py [--sizes typical max] [--repeat 3] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5
AS_OF = "2026-11-02"  # the samples' export date


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "auditor", *args]


def _run(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _best(command: list[str], repeat: int) -> tuple[float, float]:
    runs = [_run(command) for _ in range(repeat)]
    return min(wall for wall, _ in runs), min(cpu for _, cpu in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["typical", "max"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = options.workdir or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        for size in options.sizes:
            archive, config = work / f"{size}.zip", work / f"{size}.toml"
            if not archive.exists() or not config.exists():
                sample = _command("sample", str(archive), "--size", size, "--config", str(config), "--force")
                subprocess.run(sample, check=True, stdout=subprocess.DEVNULL)
            common = (str(archive), "--config", str(config), "--as-of", AS_OF)
            audit = _best(_command("audit", *common, "--fail-on", "never"), options.repeat)
            files = ("--json", str(work / "plan.json"), "--md", str(work / "plan.md"), "--ics", str(work / "plan.ics"))
            plan = _best(_command("plan", *common, *files), options.repeat)
            ratio = plan[1] / audit[1]
            verdict = "ok" if ratio <= TARGET_RATIO else f"over {TARGET_RATIO}x"
            print(f"{size:8} audit {audit[0]:6.2f} s wall {audit[1]:6.2f} s CPU | plan {plan[0]:6.2f} s wall "
                  f"{plan[1]:6.2f} s CPU | plan/audit CPU {ratio:.2f}x ({verdict})")  # fmt: skip


if __name__ == "__main__":
    main()
