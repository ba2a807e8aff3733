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
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from auditor.history import open_history

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout: the tests' history of 36 months
from tests.history_fixtures import monthly_snapshot

TARGET_SECONDS = 0.5
MONTHS = 36


def _command(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("linkedin-audit")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "auditor", *args]


def _best(argv: list[str], repeat: int) -> float:
    """The fastest of `repeat` runs after one warm-up, from process start to exit (wall seconds)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.decode(errors='replace')}")
    return min(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = options.workdir or Path(scratch)
        folder = work / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        history = work / "history.db"
        history.unlink(missing_ok=True)
        with open_history(history) as kept:
            for i in range(MONTHS):
                kept.record(monthly_snapshot(i))
        archive, config = folder / "Complete_LinkedInDataExport_11-02-2026.zip", work / "member.toml"
        sample = _command("sample", str(archive), "--config", str(config), "--force")
        subprocess.run(sample, check=True, stdout=subprocess.DEVNULL)
        reaudit = _command("reaudit", str(folder), "--history", str(history), "--config", str(config))
        subprocess.run([*reaudit, "--as-of", "2026-11-02"], check=False, stdout=subprocess.DEVNULL)  # recorded
        runs = {
            "history": _best(_command("history", str(history)), options.repeat),
            "history --json": _best(_command("history", str(history), "--json"), options.repeat),
            "reaudit (recorded)": _best([*reaudit, "--fail-on", "never"], options.repeat),
        }
    print(f"{MONTHS + 1} audits in the history; best of {options.repeat} runs, process start to exit")
    for name, seconds in runs.items():
        verdict = "ok" if seconds <= TARGET_SECONDS else "MISSED"
        print(f"  {name:20} {seconds:5.2f} s  (<= {TARGET_SECONDS} s: {verdict})")


if __name__ == "__main__":
    main()
