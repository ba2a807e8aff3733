"""Benchmark: the audit with the text rules (spaCy), end to end from process start, on the typical French and
English samples and on the max sample.

For each sample, `linkedin-audit audit EXPORT --json FILE` runs in a fresh process (best of N after one warm-up run,
which also fills the bytecode and disk caches); the figures are the wall time from start to exit, the CPU time and
the process's peak RSS. A run with the rules that read the words ignored (`--ignore` each rule whose module uses
auditor.analysis.textread) shows what reading the words costs.

Targets (issue 11): typical French <= 6 s, typical English <= 3 s, max <= 30 s with a peak RSS <= 1.5 GiB.
The CPU time is shown beside the wall time: on a busy machine it is the steadier figure.

Usage: python benchmarks/bench_text.py [--repeat 3] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from processes import best_of, child_env, command, text_rule_ignores

# (size, lang) -> (seconds, peak RSS MiB)
TARGETS: dict[tuple[str, str], tuple[float, float | None]] = {
    ("typical", "fr"): (6.0, None),
    ("typical", "en"): (3.0, None),
    ("max", "fr"): (30.0, 1536.0),
    ("max", "en"): (30.0, 1536.0),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--samples", nargs="+", default=["typical:fr", "typical:en", "max:fr"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        env = child_env(workdir)
        print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; "
              f"best of {args.repeat} runs")  # fmt: skip
        print(f"{'sample':<13}{'rules':<13}{'seconds':>9}{'CPU s':>8}{'peak RSS':>12}  target")
        for spec in args.samples:
            size, lang = spec.split(":")
            path = workdir / f"Complete_LinkedInDataExport_{size}_{lang}.zip"
            if not path.exists():
                sample = command("sample", str(path), "--size", size, "--lang", lang)
                subprocess.run(sample, check=True, capture_output=True, env=env)
            out = str(workdir / "out.json")
            for label, extra in (("all", ()), ("no spaCy", text_rule_ignores())):
                best = best_of(command("audit", str(path), "--json", out, *extra), env, args.repeat)
                seconds, cpu, rss = best.seconds, best.cpu_seconds, best.rss_mib
                target = ""
                if label == "all" and (size, lang) in TARGETS:
                    limit, memory = TARGETS[size, lang]
                    target = f"<= {limit} s: {'ok' if seconds <= limit else 'MISSED'}"
                    if memory is not None:
                        target += f", <= {memory:.0f} MiB: {'ok' if rss <= memory else 'MISSED'}"
                print(f"{spec:<13}{label:<13}{seconds:>9.2f}{cpu:>8.2f}{rss:>8.0f} MiB  {target}".rstrip())


if __name__ == "__main__":
    main()
