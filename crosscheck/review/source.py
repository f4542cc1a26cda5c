"""Flags to review, read from a saved run (``crosscheck check --format jsonl``).

A **flag** is one link between two claims (a->b and b->a are one flag, under one
key) or a claim with no counterpart (``unique``).  ``load_run`` is the only
reader today; a reader of the persistent store can return the same ``Run``.

A run carries every segment of every document with its offsets, but not the
documents' text or metadata.  Given the original inputs (``sources``), sides
get their document's date, outlet, URL and title, and paragraphs are cut from
the document text (blank lines, or line breaks in a text without blank lines);
without them, from the gaps between segments (two or more characters read as a
paragraph break).  A paragraph shows at most three sentences around the claim.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from crosscheck.errors import InputError
from crosscheck.review.keys import fallback_key, fingerprints, link_key, unique_key

__all__ = ["Side", "Flag", "Run", "open_run", "load_run", "FLAG_ORDER"]

#: Review order: contradictions first, then agreements, uniques, related.
FLAG_ORDER = {"contradict": 0, "agree": 1, "unique": 2, "related": 3}
#: Sentences of context on each side of a claim when paragraphs are rebuilt from segments.
CONTEXT = 3


@dataclass(frozen=True)
class Side:
    """One claim of a flag, with what the reviewer needs to judge it."""

    id: str
    doc: str
    lang: str
    text: str
    start: int
    end: int
    date: _dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Flag:
    key: str
    status: str  # "contradict", "agree", "related" or "unique"
    a: Side
    b: Side | None = None
    score: float | None = None
    explanation: str = ""
    evidence: tuple[dict, ...] = ()

    @property
    def fallback(self) -> str:
        """The key that finds this flag's decision when a document was edited elsewhere (see keys)."""
        if self.b is None:
            return fallback_key(self.a.text, self.a.doc)
        return fallback_key(self.a.text, self.a.doc, self.b.text, self.b.doc)

    @property
    def evidence_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.get("type", "") for e in self.evidence if e.get("type")))

    def context(self) -> dict[str, Any]:
        """What a decision records besides the verdict, so it reads without the run."""
        out: dict[str, Any] = {"a_id": self.a.id, "a_doc": self.a.doc, "a_text": self.a.text}
        if self.b is not None:
            out.update(b_id=self.b.id, b_doc=self.b.doc, b_text=self.b.text)
        return out


@dataclass
class Run:
    """The flags of a run and what is needed to show them in context."""

    path: str
    flags: list[Flag]
    records: list[dict]  # every segment record, in run order
    documents: dict[str, Any] = field(default_factory=dict)  # doc id -> Document (when sources were given)

    def by_key(self) -> dict[str, Flag]:
        return {f.key: f for f in self.flags}

    def paragraph(self, side: Side) -> tuple[str, int, int]:
        """``(paragraph text, start, end)`` with ``[start, end)`` the claim inside it: the
        claim's paragraph, at most ``CONTEXT`` sentences on each side of it."""
        if not hasattr(self, "_by_doc"):
            self._by_doc: dict[str, list[dict]] = {}
            for r in self.records:
                self._by_doc.setdefault(r.get("doc"), []).append(r)
        segs = self._by_doc.get(side.doc, [])
        idx = next((i for i, r in enumerate(segs) if r.get("id") == side.id), None)
        if idx is None:
            return side.text, 0, len(side.text)
        doc = self.documents.get(side.doc)
        text = getattr(doc, "text", None)
        if text is not None and text[side.start:side.end].split() != side.text.split():
            text = None  # the inputs changed since the run
        one_line_paragraphs = text is not None and "\n\n" not in text

        def joined(i: int) -> bool:  # segments i and i+1 are in one paragraph
            a, b = segs[i], segs[i + 1]
            if text is None:
                return b["start"] - a["end"] < 2
            gap = text[a["end"]:b["start"]]
            return gap.count("\n") < (1 if one_line_paragraphs else 2)

        lo = idx
        while lo > 0 and idx - lo < CONTEXT and joined(lo - 1):
            lo -= 1
        hi = idx
        while hi + 1 < len(segs) and hi - idx < CONTEXT and joined(hi):
            hi += 1
        before = " ".join(r["text"] for r in segs[lo:idx])
        after = " ".join(r["text"] for r in segs[idx + 1:hi + 1])
        before = before + " " if before else ""
        return before + side.text + (" " + after if after else ""), len(before), len(before) + len(side.text)


def open_run(path: str | Path, sources: Sequence[str] = ()) -> Run:
    """The flags of ``path``: a saved JSONL run today.  A reader for the persistent store
    (a directory) plugs in here and returns the same ``Run``: segment records in
    document order (``id``, ``doc``, ``lang``, ``text``, ``start``, ``end``, ``status``,
    ``links``) and, when it has them, the documents by id."""
    path = Path(path)
    if path.is_dir():
        raise InputError("is a directory: reading a store is not supported yet; give a `check --format jsonl` file",
                         str(path))
    return load_run(path, sources)


def _records(path: Path) -> list[dict]:
    from crosscheck.jsonl import strict_objects

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a saved run", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", str(path)) from None
    records = []
    for n, obj in strict_objects(text, str(path)):
        if not all(k in obj for k in ("id", "doc", "text", "start", "end")):
            raise InputError("not a `crosscheck check --format jsonl` record (needs id, doc, text, start, end)",
                             f"{path}:{n}")
        records.append(obj)
    if not records:
        raise InputError("empty run: nothing to review", str(path))
    if not any(r.get("status") for r in records):
        raise InputError("no checked claims: give the output of `crosscheck check`, not `crosscheck claims`", str(path))
    return records


def load_run(path: str | Path, sources: Sequence[str] = ()) -> Run:
    """The flags of a saved run, strongest first (contradict, agree, unique, related)."""
    path = Path(path)
    records = _records(path)
    documents: dict[str, Any] = {}
    if sources:
        from crosscheck.ingest.load import load_paths

        documents = {d.id: d for d in load_paths([str(s) for s in sources]).documents}
    prints = fingerprints((r["doc"], r["text"]) for r in records)
    by_id = {r["id"]: r for r in records}

    def side(rec: dict) -> Side:
        doc = documents.get(rec["doc"])
        return Side(id=rec["id"], doc=rec["doc"], lang=rec.get("lang") or "", text=rec["text"], start=rec["start"],
                    end=rec["end"], date=getattr(doc, "date", None), outlet=getattr(doc, "outlet", None) or None,
                    url=getattr(doc, "url", None), title=getattr(doc, "title", None))

    flags: dict[str, Flag] = {}
    order: dict[str, int] = {}
    for n, rec in enumerate(records):
        status = rec.get("status")
        if status is None:
            continue
        if status == "unique" and not rec.get("links"):
            key = unique_key(rec["text"], prints[rec["doc"]])
            flags.setdefault(key, Flag(key=key, status="unique", a=side(rec)))
            order.setdefault(key, n)
        for link in rec.get("links") or []:
            other = by_id.get(link.get("id"))
            if other is None:
                continue
            key = link.get("key") or link_key(rec["text"], prints[rec["doc"]], other["text"], prints[other["doc"]])
            if key in flags:
                continue
            flags[key] = Flag(key=key, status=link.get("relation", "related"), a=side(rec), b=side(other),
                              score=link.get("score"), explanation=link.get("explanation") or "",
                              evidence=tuple(link.get("evidence") or ()))
            order[key] = n
    ranked = sorted(flags.values(), key=lambda f: (FLAG_ORDER.get(f.status, 9), order[f.key]))
    return Run(path=str(path), flags=ranked, records=records, documents=documents)
