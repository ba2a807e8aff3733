"""The audit history (`--history FILE.db`): every audit of a member, kept in one SQLite file, to see progress.

What is stored (schema version 3; `PRAGMA user_version` says which, `PRAGMA application_id` says the file is
ours) — data only, never a rendered sentence, so a history reads the same in every language:

    audits    one row per audit: when it was recorded (UTC), the export's file name, date and content hash
              (sha256 of the archive, or of a folder's files), the as-of date and the last day the archive
              shows, the tool version, a fingerprint of the rules (codes, severities, option defaults) and of
              the configuration, the overall score, its status and coverage, the language
    steps     per audit and step: score, status, coverage (judged / scored), weight
    findings  per audit: fingerprint, code, step, severity, and what the finding said as a catalog message
              (`auditor.i18n.message_json`: the English source id and its facts)
    metrics   per audit (since version 2): connections, posts per week, circle sizes, given / received,
              routine adherence — each only when the archive shows it
    (since version 3, audits also keep the digest of the configuration file with the tool version, so that
    `reaudit` knows an export is recorded without loading the rules)

The same export audited again with the same configuration replaces its record (same content hash and
configuration fingerprint), so a monthly job run twice keeps one point. Writes are one transaction each, in WAL
mode with a busy timeout: two runs at once both land, and a run killed midway leaves the history as it was. A
file that is not a history (another program's database, a corrupt file, a history written by a newer version)
is refused with a one-line error and never written to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor import __version__
from auditor.errors import AuditorError
from auditor.i18n import Message, message_json

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.config import Config
    from auditor.rule import Rule

APPLICATION_ID = 0x4C414844  # "LAHD": marks a linkedin-audit history among SQLite files
SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 30_000
SQLITE_HEADER = b"SQLite format 3\x00"

# Migration N brings a history from version N-1 to N; each runs in the transaction that sets user_version, so a
# history is at one version or the next, never between.
MIGRATIONS: tuple[str, ...] = (
    # 1: audits, their step scores and findings
    """
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        recorded_at TEXT NOT NULL,
        export_file TEXT NOT NULL,
        exported_on TEXT,
        content_hash TEXT NOT NULL,
        as_of TEXT NOT NULL,
        data_until TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        rules_fingerprint TEXT NOT NULL,
        config_fingerprint TEXT NOT NULL,
        overall INTEGER,
        overall_status TEXT NOT NULL,
        judged INTEGER NOT NULL,
        scored INTEGER NOT NULL,
        language TEXT NOT NULL,
        UNIQUE (content_hash, config_fingerprint)
    );
    CREATE TABLE steps (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        score INTEGER,
        status TEXT NOT NULL,
        judged INTEGER NOT NULL,
        scored INTEGER NOT NULL,
        weight REAL NOT NULL,
        PRIMARY KEY (audit_id, step)
    );
    CREATE TABLE findings (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        code TEXT NOT NULL,
        step TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT,
        PRIMARY KEY (audit_id, fingerprint)
    );
    CREATE INDEX audits_by_date ON audits (as_of, recorded_at);
    """,
    # 2: key metrics per audit
    """
    CREATE TABLE metrics (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (audit_id, name)
    );
    """,
    # 3: the configuration file's own digest, so that `reaudit` knows an export is recorded without loading the
    # rules to read the configuration ('' for audits recorded before)
    """
    ALTER TABLE audits ADD COLUMN config_file TEXT NOT NULL DEFAULT '';
    """,
)

# The metrics, in the order they are shown; each is recorded only when the archive shows it.
METRICS = (
    "connections",
    "posts_per_week",
    "circle1",
    "circle2",
    "given",
    "received",
    "give_take",
    "routine_adherence",
)
POSTS_WEEKS = 13  # posts per week over the last quarter, as CAD-001 measures it by default


class HistoryError(AuditorError):
    """The history file cannot be used: not a history, corrupt, too new, or not writable."""


# --- What one audit is, for comparing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepPoint:
    score: int | None
    status: str
    judged: int
    scored: int
    weight: float = 1.0


@dataclass(frozen=True)
class FindingPoint:
    fingerprint: str
    code: str
    step: str
    severity: str
    message: Mapping[str, Any] | None  # message_json of what the finding said, when it is a catalog message


@dataclass(frozen=True)
class Snapshot:
    """One audit as the history and the comparisons see it: scores, findings by fingerprint, metrics."""

    as_of: dt.date
    exported_on: dt.date | None
    overall: int | None
    steps: Mapping[str, StepPoint]
    findings: Mapping[str, FindingPoint]
    metrics: Mapping[str, float] = field(default_factory=dict)
    overall_status: str = "scored"
    data_until: dt.date | None = None
    export_file: str = ""
    content_hash: str = ""
    config_fingerprint: str = ""
    config_file: str = ""  # config_file_digest of the configuration file read
    language: str = "en"  # the language the audit was shown in
    recorded_at: str = ""
    tool_version: str = ""
    rules_fingerprint: str = ""
    id: int | None = None


# --- Fingerprints ------------------------------------------------------------------------------------------------


def content_hash(path: Path) -> str:
    """sha256 of the archive's bytes, or of a folder's files (their relative paths and contents, in order)."""
    digest = hashlib.sha256()
    try:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                digest.update(file.relative_to(path).as_posix().encode("utf-8", "surrogateescape") + b"\x00")
                digest.update(hashlib.sha256(file.read_bytes()).digest())
        else:
            with path.open("rb") as stream:
                for block in iter(lambda: stream.read(1 << 20), b""):
                    digest.update(block)
    except OSError as error:
        raise AuditorError(f"cannot read {path} ({error.strerror or error})") from None
    return digest.hexdigest()


def rules_fingerprint(rules: Sequence[Rule]) -> str:
    """What the rules are: their codes, names, steps, default severities and option defaults."""
    parts = [
        f"{rule.code}|{rule.name}|{rule.step}|{rule.severity}|"
        + ";".join(f"{name}={spec.default!r}" for name, spec in sorted(rule.option_specs.items()))
        for rule in sorted(rules, key=lambda r: r.code)
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def config_file_digest(path: str | Path | None) -> str:
    """sha256 of the configuration file's bytes with the tool's version (the rules ship with it): the same digest,
    the same configuration read by the same rules. No file: the digest of nothing."""
    data = b""
    if path:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return ""  # unreadable now: never taken for a match
    return hashlib.sha256(__version__.encode() + b"\x00" + data).hexdigest()[:16]


def config_fingerprint(config: Config, rules: Sequence[Rule]) -> str:
    """What the member chose: the configuration's content (not where it was read from) and the rules selected."""
    from dataclasses import replace

    chosen = ",".join(sorted(rule.code for rule in rules))
    return hashlib.sha256(f"{replace(config, source='')!r}\n{chosen}".encode()).hexdigest()[:16]


# --- Metrics -----------------------------------------------------------------------------------------------------


def audit_metrics(audit: Audit) -> dict[str, float]:
    """The key figures of an audit, each only when the archive shows what it measures."""
    from auditor.analysis.cadence import AUTHORED_KINDS, activity_kinds
    from auditor.config import PERIODS

    export, analyses = audit.export, audit.analyses
    metrics: dict[str, float] = {}
    if export.has("connections"):
        metrics["connections"] = analyses.network.size
        metrics["circle1"] = len(analyses.circles.circle1)
        metrics["circle2"] = len(analyses.circles.circle2)
    if export.has("shares") or export.has("articles"):
        metrics["posts_per_week"] = round(analyses.cadence.rate(AUTHORED_KINDS, POSTS_WEEKS), 2)
    lines = [line for line in analyses.ledger.lines if line.both_sides]
    if lines:
        given = sum(line.given or 0 for line in lines)
        received = sum(line.received or 0 for line in lines)
        metrics["given"], metrics["received"] = given, received
        if received:
            metrics["give_take"] = round(given / received, 2)
    # Routine adherence: for each routine the export measures, the share of its plan kept over the last quarter
    # (capped at 1: doing more of one routine does not make up for another), averaged.
    measured = set(analyses.cadence.weekly) | {"posts", "articles", "comments", "reactions", "messages"}
    shares = []
    for routine in audit.config.routines:
        if routine.activity not in measured or routine.per not in PERIODS:
            continue
        planned = routine.per_week()
        if planned <= 0:
            continue
        done = analyses.cadence.rate(activity_kinds(routine.activity), POSTS_WEEKS)
        shares.append(min(done / planned, 1.0))
    if shares:
        metrics["routine_adherence"] = round(sum(shares) / len(shares), 3)
    return metrics


def snapshot(audit: Audit, export_path: Path | None = None) -> Snapshot:
    """An audit as the history records it."""
    result = audit.result
    steps = {
        step.step: StepPoint(step.score, step.status, step.coverage.judged, step.coverage.scored, step.weight)
        for step in result.steps
    }
    findings = {
        finding.fingerprint: FindingPoint(
            finding.fingerprint,
            finding.code,
            finding.step,
            finding.severity,
            message_json(finding.what) if isinstance(finding.what, Message) else None,
        )
        for finding in result.findings
    }
    return Snapshot(
        as_of=result.today,
        exported_on=audit.export.exported_on,
        overall=result.overall,
        steps=steps,
        findings=findings,
        metrics=audit_metrics(audit),
        overall_status=result.overall_status,
        data_until=audit.analyses.data_until,
        export_file=audit.export.source_name,
        content_hash=content_hash(export_path) if export_path is not None else "",
        config_fingerprint=config_fingerprint(audit.config, audit.rules),
        config_file=config_file_digest(audit.config.source),
        tool_version=__version__,
        rules_fingerprint=rules_fingerprint(audit.rules),
        language=audit.language,
    )


def snapshot_from_json(data: Mapping[str, Any], source: str = "baseline") -> Snapshot:
    """An earlier audit's JSON (`audit --json`, schema version 3) as a snapshot; metrics when it has them."""
    try:
        if data.get("schema_version") != 3:
            raise HistoryError(f"{source}: not an audit JSON of schema version 3 (linkedin-audit audit --json)")
        export, scores = data["export"], data["scores"]
        steps = {
            name: StepPoint(
                s["score"], s["status"], s["coverage"]["judged"], s["coverage"]["scored"], float(s.get("weight", 1.0))
            )
            for name, s in scores["steps"].items()
        }
        findings = {
            f["fingerprint"]: FindingPoint(
                f["fingerprint"], f["code"], f["step"], f["severity"], (f.get("messages") or {}).get("what")
            )
            for f in data["findings"]
        }
        exported = export.get("exported_on")
        until = export.get("data_until")
        return Snapshot(
            as_of=dt.date.fromisoformat(export["as_of"]),
            exported_on=dt.date.fromisoformat(exported) if exported else None,
            overall=scores["overall"],
            steps=steps,
            findings=findings,
            metrics={str(k): float(v) for k, v in (data.get("metrics") or {}).items()},
            overall_status=str(scores.get("status", "scored")),
            data_until=dt.date.fromisoformat(until) if until else None,
            export_file=str(export.get("file", "")),
        )
    except HistoryError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise HistoryError(
            f"{source}: not an audit JSON of schema version 3 ({type(error).__name__}: {error})"
        ) from None


# --- The database ------------------------------------------------------------------------------------------------


def _check_file(path: Path) -> None:
    """Refuse, before anything is written, a file that is not an SQLite database of ours at a version we read."""
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise HistoryError(f"cannot read the history {path} ({error.strerror or error})") from None
    if not header:
        return  # an empty file: a new history
    if header != SQLITE_HEADER:
        raise HistoryError(f"{path} is not a linkedin-audit history (not an SQLite database); it was left as it is")
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            application_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            check = probe.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise HistoryError(f"{path} is not a readable linkedin-audit history ({error}); it was left as it is") from None
    if check != "ok":
        raise HistoryError(f"{path} is a corrupt history ({check}); it was left as it is")
    if application_id != APPLICATION_ID and (application_id != 0 or tables):
        raise HistoryError(f"{path} is another program's SQLite database, not a linkedin-audit history; left as it is")
    if version > SCHEMA_VERSION:
        raise HistoryError(
            f"{path} was written by a newer linkedin-audit (history schema {version}, this one reads up to "
            f"{SCHEMA_VERSION}); left as it is"
        )


class History:
    """An open history file; use as a context manager (`with open_history(path) as history:`)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.db = connection

    def __enter__(self) -> History:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE): a second writer waits up to the busy timeout
        rather than failing halfway."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise HistoryError(f"cannot write the history {self.path} ({error})") from None
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            try:
                self.db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                with contextlib.suppress(sqlite3.DatabaseError):
                    self.db.execute("ROLLBACK")
                raise HistoryError(f"cannot write the history {self.path} ({error})") from None

    def migrate(self) -> None:
        """Bring the history to the current schema (a new file gets it whole), in one transaction."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # the usual case: reading needs no write lock
        with self._writing() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]  # again: another run may have migrated
            for number in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[number - 1].split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def record(self, point: Snapshot, language: str | None = None) -> tuple[int, bool]:
        """Record an audit; the same export with the same configuration replaces its earlier record. Returns the
        audit's id and whether it replaced one."""
        recorded_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        judged = sum(step.judged for step in point.steps.values())
        scored = sum(step.scored for step in point.steps.values())
        with self._writing() as db:
            old = db.execute(
                "SELECT id FROM audits WHERE content_hash = ? AND config_fingerprint = ?",
                (point.content_hash, point.config_fingerprint),
            ).fetchone()
            if old:
                db.execute("DELETE FROM audits WHERE id = ?", (old[0],))
            cursor = db.execute(
                "INSERT INTO audits (recorded_at, export_file, exported_on, content_hash, as_of, data_until,"
                " tool_version, rules_fingerprint, config_fingerprint, overall, overall_status, judged, scored,"
                " language, config_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    recorded_at,
                    point.export_file,
                    point.exported_on.isoformat() if point.exported_on else None,
                    point.content_hash,
                    point.as_of.isoformat(),
                    (point.data_until or point.as_of).isoformat(),
                    point.tool_version or __version__,
                    point.rules_fingerprint,
                    point.config_fingerprint,
                    point.overall,
                    point.overall_status,
                    judged,
                    scored,
                    language or point.language,
                    point.config_file,
                ),
            )
            audit_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO steps VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(audit_id, name, s.score, s.status, s.judged, s.scored, s.weight) for name, s in point.steps.items()],
            )
            db.executemany(
                "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        audit_id,
                        f.fingerprint,
                        f.code,
                        f.step,
                        f.severity,
                        json.dumps(f.message, ensure_ascii=False, sort_keys=True) if f.message else None,
                    )
                    for f in point.findings.values()
                ],
            )
            db.executemany(
                "INSERT INTO metrics VALUES (?, ?, ?)",
                [(audit_id, name, float(value)) for name, value in point.metrics.items()],
            )
        return audit_id, bool(old)

    def find(self, content: str, config: str) -> Snapshot | None:
        """The audit of this export (content hash) with this configuration, when the history holds it."""
        return next((p for p in self.audits() if (p.content_hash, p.config_fingerprint) == (content, config)), None)

    def find_by_file(self, content: str, config_file: str) -> Snapshot | None:
        """The audit of this export with this configuration file, read by this version of the tool: known without
        loading the rules (see `config_file_digest`)."""
        if not config_file:
            return None
        matches = [p for p in self.audits() if (p.content_hash, p.config_file) == (content, config_file)]
        return matches[-1] if matches else None

    def before(self, point: Snapshot) -> Snapshot | None:
        """The audit recorded just before `point` in the history's order (as-of date, then recording)."""
        points = self.audits()
        index = next((i for i, p in enumerate(points) if p.id == point.id), None)
        return points[index - 1] if index else None

    def audits(self, *, before: int | None = None) -> list[Snapshot]:
        """Every audit, oldest first (by as-of date, then by when it was recorded); `before`: only those recorded
        before the audit of that id."""
        rows = self.db.execute(
            "SELECT id, recorded_at, export_file, exported_on, content_hash, as_of, tool_version, rules_fingerprint,"
            " config_fingerprint, overall, overall_status, data_until, config_file, language FROM audits"
            " ORDER BY as_of, recorded_at, id"
        ).fetchall()
        steps: dict[int, dict[str, StepPoint]] = {}
        for audit_id, step, score, status, judged, scored, weight in self.db.execute(
            "SELECT audit_id, step, score, status, judged, scored, weight FROM steps ORDER BY step"
        ):
            steps.setdefault(audit_id, {})[step] = StepPoint(score, status, judged, scored, weight)
        findings: dict[int, dict[str, FindingPoint]] = {}
        for audit_id, fingerprint, code, step, severity, message in self.db.execute(
            "SELECT audit_id, fingerprint, code, step, severity, message FROM findings"
        ):
            findings.setdefault(audit_id, {})[fingerprint] = FindingPoint(
                fingerprint, code, step, severity, json.loads(message) if message else None
            )
        metrics: dict[int, dict[str, float]] = {}
        for audit_id, name, value in self.db.execute("SELECT audit_id, name, value FROM metrics"):
            metrics.setdefault(audit_id, {})[name] = value
        out = []
        for row in rows:
            audit_id = row[0]
            out.append(
                Snapshot(
                    as_of=dt.date.fromisoformat(row[5]),
                    exported_on=dt.date.fromisoformat(row[3]) if row[3] else None,
                    overall=row[9],
                    steps=steps.get(audit_id, {}),
                    findings=findings.get(audit_id, {}),
                    metrics=metrics.get(audit_id, {}),
                    overall_status=row[10],
                    data_until=dt.date.fromisoformat(row[11]),
                    export_file=row[2],
                    content_hash=row[4],
                    config_fingerprint=row[8],
                    config_file=row[12],
                    language=row[13],
                    recorded_at=row[1],
                    tool_version=row[6],
                    rules_fingerprint=row[7],
                    id=audit_id,
                )
            )
        if before is not None:
            out = [point for point in out if point.id != before]
        return out

    def latest(self, *, excluding: tuple[str, str] | None = None, until: dt.date | None = None) -> Snapshot | None:
        """The latest audit recorded, leaving out the one of this (content hash, configuration fingerprint); with
        `until`, the latest dated that day or before when there is one (an older export audited late is compared
        with what came before it, not after)."""
        points = [p for p in self.audits() if excluding is None or (p.content_hash, p.config_fingerprint) != excluding]
        earlier = [p for p in points if until is None or p.as_of <= until]
        chosen = earlier or points
        return chosen[-1] if chosen else None

    def forget_before(self, day: dt.date) -> int:
        """Delete the audits dated before `day`; returns how many."""
        with self._writing() as db:
            ids = [row[0] for row in db.execute("SELECT id FROM audits WHERE as_of < ?", (day.isoformat(),))]
            for table in ("steps", "findings", "metrics"):
                db.executemany(f"DELETE FROM {table} WHERE audit_id = ?", [(i,) for i in ids])
            db.executemany("DELETE FROM audits WHERE id = ?", [(i,) for i in ids])
        return len(ids)


def open_history(path: Path, *, create: bool = True) -> History:
    """Open (or, with `create`, start) a history; migrates an older one. A file that is not a history is refused
    before anything is written to it."""
    _check_file(path)
    if not create and not path.exists():
        raise HistoryError(f"no history at {path}")
    if path.is_dir():
        raise HistoryError(f"{path} is a folder; give a .db file name")
    try:
        connection = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as error:
        raise HistoryError(f"cannot open the history {path} ({error})") from None
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never corrupt
        history = History(path, connection)
        history.migrate()
    except sqlite3.Error as error:
        connection.close()
        raise HistoryError(f"cannot use the history {path} ({error})") from None
    except BaseException:
        connection.close()
        raise
    return history
