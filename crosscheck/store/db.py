"""The persistent store: one SQLite file (``STORE/crosscheck.sqlite``) in WAL mode.

Every write is a transaction: a document with its segments, frames and vectors
is committed as one unit (state 'read'), and the links of a run are committed
together with the 'related' state of the documents they were computed for.  A
run killed at any point leaves a consistent store; the next run picks up the
documents still in state 'read' and relates them.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from crosscheck.errors import UsageError
from crosscheck.model import ClaimFrame, Document, Segment
from crosscheck.store.codec import (DOC_COLUMNS, document_from_row, document_row, evidence_from_json, evidence_to_json,
                                    frame_from_json, frame_to_json, segment_from_row, segment_row)
from crosscheck.store.schema import ADDED_COLUMNS, DDL, SCHEMA_VERSION

__all__ = ["Store", "content_hash", "DB_NAME"]

DB_NAME = "crosscheck.sqlite"


def content_hash(doc: Document) -> str:
    """A document's identity in the store: the SHA-256 of its decoded text."""
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def _real(v) -> float | None:
    return None if v is None or v != v else float(v)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.folder / DB_NAME, isolation_level=None, timeout=60)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(DDL)
            for table, column, kind in ADDED_COLUMNS:  # a store written before the column existed
                if column not in {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}:
                    self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        except (OSError, sqlite3.Error) as exc:
            raise UsageError(f"cannot open the store {str(self.folder)!r}: {exc}") from exc
        version = self._meta("schema")
        if version is None:
            self._set_meta({"schema": SCHEMA_VERSION})
        elif version != SCHEMA_VERSION:
            raise UsageError(f"the store {str(self.folder)!r} has schema {version}, this crosscheck writes {SCHEMA_VERSION}")

    # ------------------------------------------------------------------ plumbing
    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set_meta(self, values: dict[str, str]) -> None:
        with self.transaction() as c:
            c.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items())

    class _Tx:
        def __init__(self, conn):
            self.conn = conn

        def __enter__(self):
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, kind, exc, tb):
            self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
            return False

    def transaction(self):
        return Store._Tx(self.conn)

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------------ model and runs
    def bind_model(self, key: str, dim: int) -> None:
        """The store holds vectors of one embedding model; refuse to mix models."""
        stored = self._meta("model")
        if stored is None:
            self._set_meta({"model": key, "dim": str(dim)})
        elif stored != key:
            raise UsageError(f"the store {str(self.folder)!r} holds vectors of {stored!r}; this run uses {key!r} "
                             "(use the same --model, or a new store)")

    def begin_run(self, command: str, model: str, classifier: str | None = None) -> int:
        with self.transaction() as c:
            cur = c.execute("INSERT INTO runs (started, command, model, classifier) VALUES (?, ?, ?, ?)",
                            (_now(), command, model, classifier))
            return int(cur.lastrowid)

    def classifier_settings(self) -> set[str]:
        """The pair classifier settings ('on'/'off') of the runs that decided stored links."""
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT r.classifier FROM runs r WHERE r.classifier IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM links l WHERE l.run = r.id)")}

    def finish_run(self, run: int, timings: dict[str, float]) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET finished = ?, timings = ? WHERE id = ?",
                      (_now(), json.dumps({k: round(v, 3) for k, v in timings.items()}), run))

    # ------------------------------------------------------------------ documents
    def states(self) -> dict[str, str]:
        """hash -> 'read' | 'related' for every stored document."""
        return dict(self.conn.execute("SELECT hash, state FROM documents"))

    def ids(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, hash FROM documents"))

    def add_document(self, doc: Document, digest: str, segments: Sequence[Segment], frames: dict[str, ClaimFrame],
                     vectors, run: int) -> None:
        """One document with its segments, frames and claim vectors, in one transaction."""
        claims = [s for s in segments if s.checked]
        with self.transaction() as c:
            seq = c.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
            cols = ", ".join(DOC_COLUMNS)
            c.execute(f"INSERT INTO documents ({cols}, hash, state, seq, run) VALUES "
                      f"({', '.join('?' * len(DOC_COLUMNS))}, ?, 'read', ?, ?)", (*document_row(doc), digest, seq, run))
            c.executemany('INSERT INTO segments (doc, n, start, "end", lang, kind, reason, section, text) '
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          [(digest, *segment_row(s), s.text) for s in segments])
            c.executemany("INSERT INTO frames (doc, n, frame) VALUES (?, ?, ?)",
                          [(digest, s.n, frame_to_json(frames[s.id])) for s in claims if s.id in frames])
            c.executemany("INSERT INTO vectors (doc, n, vec) VALUES (?, ?, ?)",
                          [(digest, s.n, memoryview(v.astype("<f4").tobytes())) for s, v in zip(claims, vectors)])
            c.execute("UPDATE runs SET documents_added = documents_added + 1, claims_added = claims_added + ? WHERE id = ?",
                      (len(claims), run))
        delay = os.environ.get("CROSSCHECK_STORE_DELAY")  # for crash-recovery tests: widen the window between commits
        if delay:
            time.sleep(float(delay))

    def load(self):
        """Everything stored, in insertion order: (documents, hashes, states, segments, frames, vectors)."""
        import numpy as np

        docs, hashes, states = [], [], []
        by_hash: dict[str, Document] = {}
        for row in self.conn.execute(f"SELECT {', '.join(DOC_COLUMNS)}, hash, state FROM documents ORDER BY seq"):
            doc = document_from_row(row[: len(DOC_COLUMNS)])
            docs.append(doc)
            hashes.append(row[-2])
            states.append(row[-1])
            by_hash[row[-2]] = doc
        segments: list[Segment] = []
        order = {h: k for k, h in enumerate(hashes)}
        rows = self.conn.execute('SELECT doc, n, start, "end", lang, kind, reason, section FROM segments').fetchall()
        rows.sort(key=lambda r: (order[r[0]], r[1]))
        row_of: dict[tuple[str, int], int] = {}  # (hash, n) -> row of the claim's vector, in claim order
        for r in rows:
            seg = segment_from_row(by_hash[r[0]], r[1:])
            segments.append(seg)
            if seg.checked:
                row_of[(r[0], r[1])] = len(row_of)
        del rows
        frames: dict[str, ClaimFrame] = {}
        id_of = {h: by_hash[h].id for h in hashes}
        # a frame is immutable: claims stored with the same frame (a reprinted sentence) share
        # one decoded object (decoded once; equal objects, less memory)
        decoded: dict[str, ClaimFrame] = {}
        for h, n, text in self.conn.execute("SELECT doc, n, frame FROM frames"):
            frame = decoded.get(text)
            if frame is None:
                frame = decoded[text] = frame_from_json(text)
            frames[f"{id_of[h]}:{n:02d}"] = frame
        del decoded
        dim = int(self._meta("dim") or 0)
        n_claims = len(row_of)
        # the vectors' bytes copied straight into one buffer, in claim order (no array per row)
        width = dim * 4
        buf = bytearray(n_claims * width)
        kth = np.full(n_claims, np.nan)
        akth = np.full(n_claims, np.nan)
        filled = 0
        for h, n, v, value, avalue in self.conn.execute("SELECT doc, n, vec, kth, akth FROM vectors"):
            k = row_of.get((h, n))
            if k is None:
                continue
            if len(v) != width:
                raise ValueError(f"stored vector of {len(v)} bytes, expected {width} (document {h[:12]}, sentence {n})")
            buf[k * width:(k + 1) * width] = v
            filled += 1
            if value is not None:
                kth[k] = value
            if avalue is not None:
                akth[k] = avalue
        if filled != n_claims:
            missing = next(key for key, k in row_of.items() if not any(buf[k * width:(k + 1) * width]))
            raise KeyError(missing)
        vectors = np.frombuffer(buf, dtype="<f4").reshape(n_claims, dim).astype(np.float32, copy=False)
        self.kth, self.akth = kth, akth  # aligned with the claims of the last load()
        return docs, hashes, states, segments, frames, vectors

    # ------------------------------------------------------------------ links
    def add_links(self, relations: Iterable, hash_of: dict[str, str], related: Sequence[str], run: int,
                  kth: Iterable[tuple] = ()) -> int:
        """The relations of a run, the 'related' state of its documents and the k-th best
        cosine of its claims (``(hash, n, cos)``, or ``(hash, n, cos, anchor_rank)``), in one transaction."""
        rows = []
        encoded: dict[tuple, str] = {}  # evidence repeats (reprints, shared templates): each value encoded once
        for k, rel in enumerate(relations):
            kind = "exclusivity" if any(e.type == "exclusivity-violated" for e in rel.evidence) else "pair"
            try:
                ev = encoded.get(rel.evidence)
                if ev is None:
                    ev = encoded[rel.evidence] = evidence_to_json(rel.evidence)
            except TypeError:  # evidence that is not hashable: encoded as it is
                ev = evidence_to_json(rel.evidence)
            rows.append((hash_of[rel.a.doc_id], rel.a.n, hash_of[rel.b.doc_id], rel.b.n, rel.relation, float(rel.score),
                         rel.explanation, ev, run, kind, k))
        with self.transaction() as c:
            c.executemany("INSERT INTO links (a_doc, a_n, b_doc, b_n, relation, score, explanation, evidence, run, kind, ord) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            c.executemany("UPDATE documents SET state = 'related' WHERE hash = ?", [(h,) for h in related])
            c.executemany("UPDATE vectors SET kth = ?, akth = ? WHERE doc = ? AND n = ?",
                          [(_real(row[2]), _real(row[3]) if len(row) > 3 else None, row[0], row[1]) for row in kth])
            c.execute("UPDATE runs SET links_added = links_added + ? WHERE id = ?", (len(rows), run))
        return len(rows)

    def links(self, segments_by_key: dict[tuple[str, int], Segment], docs: set[str] | None = None):
        """Stored relations (as ``PairRelation``) touching the documents ``docs`` (hashes; None: all),
        in the order a one-shot run produces them."""
        from crosscheck.relate.types import PairRelation

        seq = dict(self.conn.execute("SELECT hash, seq FROM documents"))
        ident = dict(self.conn.execute("SELECT hash, id FROM documents"))
        out = []
        query = "SELECT a_doc, a_n, b_doc, b_n, relation, score, explanation, evidence, kind, ord, run FROM links"
        if docs is not None:  # the indexes on a_doc and b_doc do the filtering
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (hash TEXT PRIMARY KEY)")
            self.conn.execute("DELETE FROM wanted")
            self.conn.executemany("INSERT OR IGNORE INTO wanted (hash) VALUES (?)", [(h,) for h in docs])
            query += (" WHERE a_doc IN (SELECT hash FROM wanted) UNION ALL " + query +
                      " WHERE b_doc IN (SELECT hash FROM wanted) AND a_doc NOT IN (SELECT hash FROM wanted)")
        decoded: dict[str, tuple] = {}  # the same evidence text decoded once (evidence is immutable: shared)
        for a_doc, a_n, b_doc, b_n, relation, score, expl, ev, kind, ord_, run in self.conn.execute(query):
            a, b = segments_by_key.get((a_doc, a_n)), segments_by_key.get((b_doc, b_n))
            if a is None or b is None:
                continue
            sort = (kind != "pair", seq[a_doc], a_n, ident[b_doc] if kind == "pair" else "", run, ord_)
            evidence = decoded.get(ev)
            if evidence is None:
                evidence = decoded[ev] = evidence_from_json(ev)
            out.append((sort, PairRelation(a, b, relation, score, expl, evidence)))
        out.sort(key=lambda t: t[0])
        return [rel for _, rel in out]
