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
import subprocess
import tempfile
from pathlib import Path

from processes import best_of, child_env, command

TARGET_RATIO = 1.5
AS_OF = "2026-11-02"  # the samples' export date


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["typical", "max"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = options.workdir or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        env = child_env(work)
        for size in options.sizes:
            archive, config = work / f"{size}.zip", work / f"{size}.toml"
            if not archive.exists() or not config.exists():
                sample = command("sample", str(archive), "--size", size, "--config", str(config), "--force")
                subprocess.run(sample, check=True, stdout=subprocess.DEVNULL, env=env)
            common = (str(archive), "--config", str(config), "--as-of", AS_OF)
            audit = best_of(command("audit", *common, "--fail-on", "never"), env, options.repeat)
            files = ("--json", str(work / "plan.json"), "--md", str(work / "plan.md"), "--ics", str(work / "plan.ics"))
            plan = best_of(command("plan", *common, *files), env, options.repeat)
            ratio = plan.cpu_seconds / audit.cpu_seconds
            verdict = "ok" if ratio <= TARGET_RATIO else f"over {TARGET_RATIO}x"
            print(
                f"{size:8} audit {audit.seconds:6.2f} s wall {audit.cpu_seconds:6.2f} s CPU | plan {plan.seconds:6.2f} "
                f"s wall {plan.cpu_seconds:6.2f} s CPU | plan/audit CPU {ratio:.2f}x ({verdict})"
            )


if __name__ == "__main__":
    main()
