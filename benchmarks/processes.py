"""What the benchmarks share: running `linkedin-audit` in a fresh process and measuring it from start to exit.

Each benchmark script imports this module from its own folder (`python benchmarks/bench_X.py` puts the folder
first on the import path).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "rules"


def command(*args: str) -> list[str]:
    """The installed `linkedin-audit` beside this interpreter (its real start-up path), else `python -m auditor`."""
    script = Path(sys.executable).with_name("linkedin-audit")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "auditor", *args]


def child_env(workdir: Path | None = None) -> dict[str, str]:
    """The children's environment: with compiled bytecode, as an installed package has it. An environment that
    forbids writing bytecode (PYTHONDONTWRITEBYTECODE) would make every start compile every module again; the
    children write theirs under `workdir` instead (when given), on a first run that is not measured."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    if workdir is not None:
        env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    return env


@dataclass(frozen=True)
class Run:
    seconds: float  # wall time from process start to exit
    cpu_seconds: float  # the child's user + system time: on a busy machine the steadier figure
    rss_mib: float  # the child's peak resident memory


def timed_process(argv: list[str], env: dict[str, str]) -> Run:
    """One run of `argv` in a fresh process, its output discarded. Exit status 1 (a gate failed) is a normal
    outcome; any other stops the benchmark with the command's error."""
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
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass(frozen=True)
class Best:
    seconds: float  # the fastest run's wall time
    median_seconds: float
    cpu_seconds: float  # the least CPU time of the runs
    rss_mib: float  # the highest peak memory of the runs


def best_of(argv: list[str], env: dict[str, str], repeat: int) -> Best:
    """`repeat` runs after one warm-up run (which fills the bytecode and disk caches and is not counted)."""
    runs = [timed_process(argv, env) for _ in range(repeat + 1)][1:]
    return Best(
        seconds=min(run.seconds for run in runs),
        median_seconds=statistics.median(run.seconds for run in runs),
        cpu_seconds=min(run.cpu_seconds for run in runs),
        rss_mib=max(run.rss_mib for run in runs),
    )


def text_rule_ignores() -> tuple[str, ...]:
    """`--ignore CODE` for each rule that reads the member's words with spaCy (its module uses the text analyses):
    what an audit costs without the language pipelines."""
    out: list[str] = []
    for module in sorted(RULES.glob("*.py")):
        source = module.read_text(encoding="utf-8")
        code = re.search(r'^CODE = "([A-Z]+-\d+)"', source, re.MULTILINE)
        if code and ("textread" in source or "analyses.text" in source):
            out += ["--ignore", code.group(1)]
    return tuple(out)
