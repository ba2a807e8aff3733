"""Benchmark: the worst input of each hostile kind the reader's budgets allow, and what it costs.

Each input is generated (nothing is downloaded or committed), then audited end to end in a fresh process
(`linkedin-audit audit INPUT --json FILE --fail-on never`); the script prints its exit code, peak RSS and wall
time. The targets (issue 8): no input above 1 GiB of peak memory or 30 s.

Kinds: a zip bomb just under the ratio cap and the member budget, filled with valid rows (the worst: every byte
becomes records); many members; a huge field; long words; an article at the tag budget, many times; articles
with millions of tags; an export zipped inside a zip; a huge file in a folder export.

Usage: python benchmarks/bench_hostile.py [--workdir DIR] [--only KIND ...]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

MiB = 1024 * 1024
TARGET_PEAK_MIB = 1024
TARGET_SECONDS = 30.0

MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
    "FOLDER,ATTACHMENTS\n"
)

WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
run = subprocess.run(sys.argv[1:], capture_output=True, text=True, errors="backslashreplace")
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"code": run.returncode, "stderr": run.stderr[-300:], "peak_mib": peak, "seconds": seconds}))
"""


def _message_rows(rng: random.Random) -> Iterator[bytes]:
    """Valid message rows with enough entropy to deflate below 100:1 (real messages deflate ~8:1)."""
    while True:
        token = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=12))
        yield (
            f"2-{token},,Ann Lee,https://www.linkedin.com/in/ann,Bob Roe,https://www.linkedin.com/in/bob,"
            f"2026-04-06 16:35:35 UTC,,Hello {token} see you soon,INBOX,\n"
        ).encode()


def _stream_member(archive: zipfile.ZipFile, name: str, size: int, rows: Iterator[bytes], head: bytes) -> None:
    with archive.open(zipfile.ZipInfo(name, (2026, 11, 2, 0, 0, 0)), "w", force_zip64=True) as member:
        member.write(head)
        written = len(head)
        block: list[bytes] = []
        while written < size:
            row = next(rows)
            block.append(row)
            written += len(row)
            if len(block) >= 4096:
                member.write(b"".join(block))
                block.clear()
        member.write(b"".join(block))


def _zip(path: Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)


def bomb_under_ratio(work: Path) -> Path:
    """One 250 MiB messages.csv of valid rows (~1.9 million messages), under the 256 MiB member budget."""
    path = work / "bomb.zip"
    with _zip(path) as archive:
        _stream_member(archive, "messages.csv", 250 * MiB, _message_rows(random.Random(1)), MESSAGES_HEADER.encode())
    return path


def many_members(work: Path) -> Path:
    """1,000 members (parts of messages.csv) of 0.45 MiB each: 450 MiB under the 512 MiB total budget."""
    path = work / "many.zip"
    rng = random.Random(2)
    rows = _message_rows(rng)
    with _zip(path) as archive:
        for part in range(1, 1001):
            _stream_member(archive, f"messages_{part}.csv", 450 * 1024, rows, MESSAGES_HEADER.encode())
    return path


def huge_field(work: Path) -> Path:
    """A profile whose headline is 150 MiB without a space, and whose summary is 50 MiB of short words."""
    path = work / "field.zip"
    with _zip(path) as archive, archive.open("Profile.csv", "w", force_zip64=True) as member:
        member.write(b"First Name,Last Name,Headline,Summary\nAnn,Lee,")
        chunk = bytes(random.Random(3).choices(b"abcdefghijklmnopqrstuvwxyz0123456789", k=MiB))
        for _ in range(150):
            member.write(chunk)
        member.write(b',"')
        words = b" ".join(chunk[i : i + 7] for i in range(0, MiB, 7))
        for _ in range(50):
            member.write(words)
        member.write(b'"\n')
    return path


def long_words(work: Path) -> Path:
    """Connections whose company and position are 300 KB words: 200 of them (120 MB). (Positions would do too,
    but 200 overlapping positions make CAR-006 report 19,900 pairs: a rule's cost, not the reader's.)"""
    path = work / "words.zip"
    rng = random.Random(4)
    with _zip(path) as archive, archive.open("Connections.csv", "w", force_zip64=True) as member:
        member.write(b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        word = "".join(rng.choices("abcdefghij", k=300_000)).encode()
        for index in range(200):
            member.write(b"Ann,Lee%d,,,%s,%s,09 Jul 2024\n" % (index, word, word))
    return path


def _article(tags: int) -> bytes:
    head = b'<html><head><title>T</title></head><body><h1>T</h1><p class="created">Created on 2024-01-02 10:00</p>'
    return head + b"<div>" + b"<b>x</b>" * (tags // 2) + b"</div></body></html>"


def articles_at_budget(work: Path) -> Path:
    """400 articles just under the tag budget (19,000 tags each): trees built up to the budget of all articles'
    tags (500,000), each released at once."""
    path = work / "articles.zip"
    with _zip(path) as archive:
        archive.writestr("Profile.csv", "First Name,Headline\nAnn,Buyer\n")
        data = _article(19_000)
        for index in range(400):
            archive.writestr(f"Articles/Articles/a{index}.html", data)
    return path


def article_millions_of_tags(work: Path) -> Path:
    """Articles of 5 MiB and of 2 MiB of tags (the issue's 5.3 MB article took 6 GB): past the budgets."""
    path = work / "tags.zip"
    with _zip(path) as archive:
        archive.writestr("Profile.csv", "First Name,Headline\nAnn,Buyer\n")
        rng = random.Random(6)
        for name, size in (("big", 5 * MiB), ("dense", 2 * MiB - 10)):
            tags = b"".join(b"<%s>" % bytes(rng.choices(b"abcdefghijklmnopqrstuvwxyz", k=2)) for _ in range(size // 4))
            archive.writestr(f"Articles/Articles/{name}.html", tags)
    return path


def inner_zip(work: Path) -> Path:
    """The max sample (73 MB unzipped) zipped inside a zip, as a user re-zipping a download does."""
    sample = work / "Complete_LinkedInDataExport_11-02-2026.zip"
    if not sample.exists():
        subprocess.run(
            [sys.executable, "-m", "auditor", "sample", str(sample), "--size", "max"], check=True, capture_output=True
        )
    path = work / "inner.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.write(sample, sample.name)
    return path


def huge_folder_file(work: Path) -> Path:
    """A folder export whose messages.csv is 250 MiB on one line, without a delimiter."""
    folder = work / "folder"
    folder.mkdir(exist_ok=True)
    (folder / "Profile.csv").write_text("First Name,Headline\nAnn,Buyer\n")
    chunk = bytes(random.Random(5).choices(b"abcdefghijklmnopqrstuvwxyz", k=MiB))
    with open(folder / "messages.csv", "wb") as file:
        file.write(MESSAGES_HEADER.encode())
        for _ in range(250):
            file.write(chunk)
    return folder


KINDS: dict[str, Callable[[Path], Path]] = {
    "bomb-under-ratio": bomb_under_ratio,
    "many-members": many_members,
    "huge-field": huge_field,
    "long-words": long_words,
    "articles-at-budget": articles_at_budget,
    "article-millions-of-tags": article_millions_of_tags,
    "inner-zip": inner_zip,
    "huge-folder-file": huge_folder_file,
}


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--only", nargs="*", choices=sorted(KINDS))
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    failed = False
    print(f"{'kind':<26} {'input':>10} {'exit':>4} {'peak RSS':>10} {'time':>8}")
    try:
        for name in args.only or KINDS:
            target = KINDS[name](work)
            command = [sys.executable, "-m", "auditor", "audit", str(target), "--json", str(work / "out.json")]
            done = subprocess.run(
                [sys.executable, "-c", WRAPPER, *command, "--fail-on", "never"],
                capture_output=True,
                text=True,
                check=True,
            )
            report = json.loads(done.stdout)
            over = report["peak_mib"] > TARGET_PEAK_MIB or report["seconds"] > TARGET_SECONDS
            failed |= over
            print(
                f"{name:<26} {_size(target) / MiB:>8.1f}MB {report['code']:>4} {report['peak_mib']:>7.0f}MiB "
                f"{report['seconds']:>7.1f}s{'  OVER TARGET' if over else ''}  {report['stderr'].strip()[:70]}",
                flush=True,
            )
            if target.is_dir():
                shutil.rmtree(target)
            elif target.name != "Complete_LinkedInDataExport_11-02-2026.zip":
                target.unlink()
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
