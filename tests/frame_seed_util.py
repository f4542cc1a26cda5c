"""Helpers for the frame tests: seed documents and gold segments (no pipeline dependency)."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

from crosscheck.model import Document, Segment

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def seed_docs_and_segments() -> dict[str, tuple[Document, list[Segment]]]:
    meta = tomllib.loads((SEEDS / "metadata.toml").read_text(encoding="utf-8"))["documents"]
    gold = json.loads((SEEDS / "gold" / "seeds_gold.json").read_text(encoding="utf-8"))
    out: dict[str, tuple[Document, list[Segment]]] = {}
    for path in sorted(SEEDS.glob("0*.txt")):
        m = meta[path.stem]
        doc = Document(id=path.stem, text=path.read_text(encoding="utf-8"), lang=m["lang"],
                       date=dt.date.fromisoformat(m["date"]), date_source="metadata", path=str(path))
        prefix = path.stem.split("_")[0]
        segs = []
        for c in gold["claims"]:
            if c["id"].split(":")[0] != prefix:
                continue
            n = int(c["id"].split(":")[1])
            segs.append(Segment(doc=doc, n=n, start=c["start"], end=c["end"], lang=doc.lang,
                                kind=c.get("tag", "claim")))
        out[prefix] = (doc, segs)
    return out
