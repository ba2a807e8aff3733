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
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (size, lang) -> (seconds, peak RSS MiB)
TARGETS: dict[tuple[str, str], tuple[float, float | None]] = {
    ("typical", "fr"): (6.0, None),
    ("typical", "en"): (3.0, None),
    ("max", "fr"): (30.0, 1536.0),
    ("max", "en"): (30.0, 1536.0),
}


def _text_rules() -> tuple[str, ...]:
    """`--ignore CODE` for each rule that reads the member's words with spaCy (its module uses textread)."""
    rules = Path(__file__).resolve().parent.parent / "rules"
    out: list[str] = []
    for module in sorted(rules.glob("*.py")):
        source = module.read_text(encoding="utf-8")
        code = re.search(r'^CODE = "([A-Z]+-\d+)"', source, re.MULTILINE)
        if code and ("textread" in source or "analyses.text" in source):
            out += ["--ignore", code.group(1)]
    return tuple(out)


TEXT_RULES = _text_rules()


def _command() -> list[str]:
    script = Path(sys.executable).with_name("linkedin-audit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "auditor"]


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} exited {code}: {errors.decode(errors='replace')}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _best(argv: list[str], env: dict[str, str], repeat: int) -> tuple[float, float, float]:
    runs = [_run(argv, env) for _ in range(repeat + 1)][1:]
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--samples", nargs="+", default=["typical:fr", "typical:en", "max:fr"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
        print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; "
              f"best of {args.repeat} runs")  # fmt: skip
        print(f"{'sample':<13}{'rules':<13}{'seconds':>9}{'CPU s':>8}{'peak RSS':>12}  target")
        for spec in args.samples:
            size, lang = spec.split(":")
            path = workdir / f"Complete_LinkedInDataExport_{size}_{lang}.zip"
            if not path.exists():
                subprocess.run([*_command(), "sample", str(path), "--size", size, "--lang", lang], check=True,
                               capture_output=True, env=env)  # fmt: skip
            out = str(workdir / "out.json")
            for label, extra in (("all", ()), ("no spaCy", TEXT_RULES)):
                seconds, cpu, rss = _best([*_command(), "audit", str(path), "--json", out, *extra], env, args.repeat)
                target = ""
                if label == "all" and (size, lang) in TARGETS:
                    limit, memory = TARGETS[size, lang]
                    target = f"<= {limit} s: {'ok' if seconds <= limit else 'MISSED'}"
                    if memory is not None:
                        target += f", <= {memory:.0f} MiB: {'ok' if rss <= memory else 'MISSED'}"
                print(f"{spec:<13}{label:<13}{seconds:>9.2f}{cpu:>8.2f}{rss:>8.0f} MiB  {target}".rstrip())


if __name__ == "__main__":
    main()
