"""Analyst exports of a store: one file per table, CSV or Parquet (with pyarrow)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crosscheck.errors import UsageError
from crosscheck.store.db import DB_NAME

__all__ = ["export_store", "store_info", "TABLES"]

#: What is exported: table name -> query (vectors as raw float32 bytes are left out;
#: segments and links carry their output ids).
TABLES = {
    "documents": "SELECT hash, id, lang, date, date_source, outlet, url, title, path, fmt, state, seq, run FROM documents",
    "claims": "SELECT * FROM claims",
    "links": "SELECT * FROM link_view",
    "runs": "SELECT * FROM runs",
}


def _connect(folder: str | Path) -> sqlite3.Connection:
    path = Path(folder) / DB_NAME
    if not path.is_file():
        raise UsageError(f"no store at {str(folder)!r} (expected {path})")
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def store_info(folder: str | Path) -> dict:
    db = _connect(folder)
    try:
        out = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
               for t in ("documents", "segments", "frames", "vectors", "links", "runs")}
        out["model"] = (db.execute("SELECT value FROM meta WHERE key = 'model'").fetchone() or [None])[0]
        out["unfinished_runs"] = db.execute("SELECT COUNT(*) FROM runs WHERE finished IS NULL").fetchone()[0]
        out["pending_documents"] = db.execute("SELECT COUNT(*) FROM documents WHERE state != 'related'").fetchone()[0]
        return out
    finally:
        db.close()


def export_store(folder: str | Path, out: str | Path, fmt: str = "csv") -> list[Path]:
    import pandas as pd

    if fmt not in ("csv", "parquet"):
        raise UsageError(f"export format must be csv or parquet, not {fmt!r}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise UsageError("Parquet export needs pyarrow: pip install 'crosscheck[scale]' (or pip install pyarrow)") from exc
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    db = _connect(folder)
    written = []
    try:
        for name, query in TABLES.items():
            frame = pd.read_sql_query(query, db)
            path = out / f"{name}.{fmt}"
            if fmt == "csv":
                frame.to_csv(path, index=False)
            else:
                frame.to_parquet(path, index=False)
            written.append(path)
    finally:
        db.close()
    return written
