"""Benchmark: the periodic re-audit's answers on a long history, end to end from process start (issue 14).

A history of 36 monthly audits (three years) is written through `auditor.history`, plus one real audit of a sample
export recorded by `reaudit`; then, each in a fresh process, best of N:
- `linkedin-audit history FILE.db` and `history FILE.db --json`: the trend per step and metric;
- `linkedin-audit reaudit DIR --history FILE.db` when the newest export is already recorded (what a monthly job run
  daily does most days: nothing new to audit, the gates judged on the record).

Target: each under 0.5 s. Usage: python benchmarks/bench_history.py [--repeat 5] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from processes import best_of, child_env, command

from auditor.history import open_history

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout: the tests' history of 36 months
from tests.history_fixtures import monthly_snapshot

TARGET_SECONDS = 0.5
MONTHS = 36


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = options.workdir or Path(scratch)
        folder = work / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        env = child_env(work)
        history = work / "history.db"
        history.unlink(missing_ok=True)
        with open_history(history) as kept:
            for i in range(MONTHS):
                kept.record(monthly_snapshot(i))
        archive, config = folder / "Complete_LinkedInDataExport_11-02-2026.zip", work / "member.toml"
        sample = command("sample", str(archive), "--config", str(config), "--force")
        subprocess.run(sample, check=True, stdout=subprocess.DEVNULL)
        reaudit = command("reaudit", str(folder), "--history", str(history), "--config", str(config))
        subprocess.run([*reaudit, "--as-of", "2026-11-02"], check=False, stdout=subprocess.DEVNULL)  # recorded
        runs = {
            "history": best_of(command("history", str(history)), env, options.repeat).seconds,
            "history --json": best_of(command("history", str(history), "--json"), env, options.repeat).seconds,
            "reaudit (recorded)": best_of([*reaudit, "--fail-on", "never"], env, options.repeat).seconds,
        }
    print(f"{MONTHS + 1} audits in the history; best of {options.repeat} runs, process start to exit")
    for name, seconds in runs.items():
        verdict = "ok" if seconds <= TARGET_SECONDS else "MISSED"
        print(f"  {name:20} {seconds:5.2f} s  (<= {TARGET_SECONDS} s: {verdict})")


if __name__ == "__main__":
    main()
