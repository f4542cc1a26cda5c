"""The decisions database: one SQLite file (WAL), one committed transaction per decision.

    store = DecisionStore.open(path)                 # creates it (and its folder)
    store.decide(key, "rejected", reviewer="ana", note="same meeting", relation="contradict")
    store.latest()                                    # {key: the most recent Decision of any reviewer}

Table ``decisions`` holds one row per (key, reviewer): a reviewer's newer
decision on a link replaces their older one (last write wins per reviewer), and
two reviewers' decisions on one link are both kept.  Table ``history`` keeps
every write (undo included) in order, for the record.

Every write is its own transaction, committed (and synced) before the call
returns, so a killed process loses at most the decision it was making.
"""

from __future__ import annotations

import datetime as _dt
import getpass
import json
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.errors import CrosscheckError
from crosscheck.model import VERDICTS

__all__ = ["Decision", "DecisionStore", "Latest", "StoreError", "default_db_path", "default_reviewer", "now"]

#: ``PRAGMA application_id`` of a crosscheck decisions database ("CCRV").
APPLICATION_ID = 0x43435256
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    key TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    relation TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',
    context TEXT NOT NULL DEFAULT '{}',
    seq INTEGER NOT NULL DEFAULT 0,
    fallback TEXT,
    PRIMARY KEY (key, reviewer)
);
CREATE TABLE IF NOT EXISTS history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    verdict TEXT,
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
"""


class StoreError(CrosscheckError):
    """A decisions database that cannot be opened, read or written (exit code 2)."""


@dataclass(frozen=True)
class Decision:
    key: str
    reviewer: str
    verdict: str
    at: str
    note: str = ""
    relation: str | None = None  # the link's relation when it was reviewed
    evidence: tuple[str, ...] = ()  # evidence types of the link ("date-clash", ...)
    context: dict = field(default_factory=dict, compare=False)  # texts, ids, docs, for the record
    fallback: str | None = None  # keys.fallback_key: the sentences with their document ids

    def as_dict(self) -> dict:
        return {"key": self.key, "reviewer": self.reviewer, "verdict": self.verdict, "at": self.at, "note": self.note,
                "relation": self.relation, "evidence": list(self.evidence), "fallback": self.fallback, **self.context}


class Latest(dict):
    """``{key: the most recent decision of any reviewer}``, plus a lookup by fallback key."""

    def __init__(self, decisions=()):  # oldest first
        super().__init__()
        self.by_fallback: dict[str, Decision] = {}
        for d in decisions:
            self[d.key] = d
            if d.fallback:
                self.by_fallback[d.fallback] = d

    def find(self, key: str, fallback: str | None = None) -> "Decision | None":
        """The decision on ``key``, else the most recent one on ``fallback``."""
        found = self.get(key)
        if found is None and fallback:
            found = self.by_fallback.get(fallback)
        return found


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def default_reviewer() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no login name (containers)
        return os.environ.get("USER") or "unknown"


def default_db_path() -> Path:
    """``$CROSSCHECK_DB``, else ``decisions.sqlite`` under ``$CROSSCHECK_HOME``."""
    env = os.environ.get("CROSSCHECK_DB")
    if env:
        return Path(env).expanduser()
    from crosscheck.home import home

    return home() / "decisions.sqlite"


def _timeout() -> float:
    try:
        return float(os.environ.get("CROSSCHECK_DB_TIMEOUT", "5"))
    except ValueError:
        return 5.0


def _row(row) -> Decision:
    key, reviewer, verdict, note, at, relation, evidence, context, fallback = row
    return Decision(key=key, reviewer=reviewer, verdict=verdict, note=note or "", at=at, relation=relation,
                    evidence=tuple(json.loads(evidence or "[]")), context=json.loads(context or "{}"),
                    fallback=fallback)


class DecisionStore:
    """The decisions database at ``path``; every method raises :class:`StoreError` on trouble."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self._conn = conn

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True) -> "DecisionStore":
        path = Path(path) if path is not None else default_db_path()
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a decisions database")
        if not path.exists():
            if not create:
                raise StoreError(f"{path}: no decisions database")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{path}: cannot create: {exc.strerror or exc}") from exc
        try:
            conn = sqlite3.connect(str(path), timeout=_timeout(), isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open: {exc}") from exc
        store = cls(path, conn)
        with store._errors("open"):
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id != APPLICATION_ID and (app_id != 0 or tables - {"sqlite_sequence"}):
                conn.close()
                raise StoreError(f"{path}: not a crosscheck decisions database")
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            if app_id == APPLICATION_ID:
                columns = {r[1] for r in conn.execute("PRAGMA table_info(decisions)")}
                if "fallback" not in columns:  # a database of the first schema
                    conn.execute("ALTER TABLE decisions ADD COLUMN fallback TEXT")
            if app_id != APPLICATION_ID:
                conn.execute("BEGIN IMMEDIATE")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute("COMMIT")
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "DecisionStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    class _Guard:
        def __init__(self, store: "DecisionStore", action: str):
            self.store, self.action = store, action

        def __enter__(self):
            return self

        def __exit__(self, kind, exc, tb):
            if exc is None or not isinstance(exc, sqlite3.Error):
                return False
            conn = self.store._conn
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            text = str(exc)
            path = self.store.path
            if "locked" in text or "busy" in text:
                raise StoreError(f"{path}: database is locked (another program is writing to it); try again") from exc
            if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text
                                                           or "corrupt" in text):
                raise StoreError(f"{path}: the decisions database is corrupt ({text})") from exc
            raise StoreError(f"{path}: cannot {self.action} the decisions database: {text}") from exc

    def _errors(self, action: str) -> "DecisionStore._Guard":
        return DecisionStore._Guard(self, action)

    # -- writing -----------------------------------------------------------
    def decide(self, key: str, verdict: str, *, reviewer: str | None = None, note: str = "", relation: str | None = None,
               evidence: tuple[str, ...] | list[str] = (), context: dict | None = None, at: str | None = None,
               fallback: str | None = None) -> Decision:
        """Record ``reviewer``'s verdict on ``key`` (replacing their earlier one), committed on return."""
        if verdict not in VERDICTS:
            raise StoreError(f"unknown verdict {verdict!r}: choose one of {', '.join(VERDICTS)}")
        decision = Decision(key=key, reviewer=reviewer or default_reviewer(), verdict=verdict, at=at or now(),
                            note=note or "", relation=relation, evidence=tuple(evidence), context=dict(context or {}),
                            fallback=fallback)
        self._write(decision)
        return decision

    def restore(self, decision: Decision) -> None:
        """Put back an earlier decision (undo)."""
        self._write(decision, at=now())

    def withdraw(self, key: str, reviewer: str) -> None:
        """Remove ``reviewer``'s decision on ``key`` (undo of a first decision)."""
        with self._errors("write to"):
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("DELETE FROM decisions WHERE key=? AND reviewer=?", (key, reviewer))
            self._conn.execute("INSERT INTO history (key, reviewer, verdict, note, at) VALUES (?, ?, NULL, '', ?)",
                               (key, reviewer, now()))
            self._conn.execute("COMMIT")

    def _write(self, d: Decision, at: str | None = None) -> None:
        with self._errors("write to"):
            self._conn.execute("BEGIN IMMEDIATE")
            seq = self._conn.execute("INSERT INTO history (key, reviewer, verdict, note, at) VALUES (?, ?, ?, ?, ?)",
                                     (d.key, d.reviewer, d.verdict, d.note, at or d.at)).lastrowid
            self._conn.execute(
                "INSERT INTO decisions (key, reviewer, verdict, note, at, relation, evidence, context, seq, fallback) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key, reviewer) DO UPDATE SET verdict=excluded.verdict, "
                "note=excluded.note, at=excluded.at, relation=excluded.relation, evidence=excluded.evidence, "
                "context=excluded.context, seq=excluded.seq, fallback=excluded.fallback",
                (d.key, d.reviewer, d.verdict, d.note, at or d.at, d.relation, json.dumps(list(d.evidence)),
                 json.dumps(d.context, ensure_ascii=False), seq, d.fallback),
            )
            self._conn.execute("COMMIT")

    # -- reading -----------------------------------------------------------
    _COLS = "key, reviewer, verdict, note, at, relation, evidence, context, fallback"

    def all(self) -> list[Decision]:
        """Every reviewer's current decision, oldest first."""
        with self._errors("read"):
            rows = self._conn.execute(f"SELECT {self._COLS} FROM decisions ORDER BY seq").fetchall()
        return [_row(r) for r in rows]

    def get(self, key: str, reviewer: str) -> Decision | None:
        with self._errors("read"):
            row = self._conn.execute(f"SELECT {self._COLS} FROM decisions WHERE key=? AND reviewer=?",
                                     (key, reviewer)).fetchone()
        return _row(row) if row else None

    def latest(self) -> Latest:
        """``{key: the most recent decision of any reviewer}`` (and ``.find(key, fallback)``)."""
        return Latest(self.all())  # ordered by time: the last one wins

    def history(self) -> list[dict]:
        with self._errors("read"):
            rows = self._conn.execute("SELECT seq, key, reviewer, verdict, note, at FROM history ORDER BY seq").fetchall()
        return [dict(zip(("seq", "key", "reviewer", "verdict", "note", "at"), r)) for r in rows]


def read_latest(path: str | os.PathLike) -> Latest:
    """The latest decision per key in an existing database (never creates one)."""
    with closing(DecisionStore.open(path, create=False)) as store:
        return store.latest()
