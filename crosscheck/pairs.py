"""Relating claim pairs given directly: ``crosscheck compare``.

Each pair is two short texts (optionally with language and publication date);
each text is one claim.  The same frames, similarity and relation rules as
``crosscheck check`` apply, and the exclusivity check runs in both directions.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from crosscheck.errors import InputError, UsageError
from crosscheck.model import ClaimFrame, Segment

_FIELDS = ("a", "b", "lang_a", "lang_b", "date_a", "date_b")


def read_pairs(path: str | Path) -> list[dict[str, Any]]:
    """Pairs from a JSONL file or a TSV file with a header row (``a``, ``b`` required)."""
    from crosscheck.ingest.load.reader import max_bytes_default, read_file

    path = Path(path)
    try:
        text = read_file(str(path), max_bytes_default()).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", str(path)) from None
    if not text.strip():
        raise InputError("empty pairs file", str(path))
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json") or text.lstrip().startswith("{"):
        return _read_jsonl(text, path)
    return _read_tsv(text, path)


_LANGS = ("en", "ru")


def check_lang(value: str | None, name: str = "lang") -> str | None:
    """``en`` or ``ru`` (None stays None: the language is detected); anything else is a usage error."""
    if value is None or value == "":
        return None
    lang = str(value).strip().lower()
    if lang not in _LANGS:
        raise UsageError(f"{name} must be en or ru (crosscheck reads English and Russian), not {value!r}")
    return lang


def _check(item: dict, where: str) -> dict[str, Any]:
    from crosscheck.ingest.load.metadata import parse_date

    for key in ("a", "b"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise InputError(f'missing or empty "{key}"', where)
    out = {k: (item.get(k) or None) for k in _FIELDS}
    for key in ("lang_a", "lang_b"):
        try:
            out[key] = check_lang(out[key], key)
        except UsageError as exc:
            raise InputError(str(exc), where) from None
    for key in ("date_a", "date_b"):
        if out[key] is not None:
            parse_date(out[key], f"{where} {key}")
            out[key] = str(out[key])
    return out


def _read_jsonl(text: str, path: Path) -> list[dict[str, Any]]:
    from crosscheck.jsonl import strict_objects

    return [_check(item, f"{path}:{n}") for n, item in strict_objects(text, str(path))]


def _read_tsv(text: str, path: Path) -> list[dict[str, Any]]:
    lines = text.splitlines()
    header = [h.strip() for h in lines[0].split("\t")]
    if "a" not in header or "b" not in header:
        raise InputError('the first line must be a header naming the columns "a" and "b" (tab-separated)', f"{path}:1")
    out = []
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(header):
            raise InputError(f"expected {len(header)} tab-separated fields, found {len(cells)}", f"{path}:{n}")
        out.append(_check(dict(zip(header, cells)), f"{path}:{n}"))
    if not out:
        raise InputError("no pairs after the header", str(path))
    return out


def _claim(text: str, doc_id: str, lang: str | None, date: str | None) -> tuple[Segment, ClaimFrame]:
    from crosscheck.ingest.classify import classify
    from crosscheck.frame import build_frames
    from crosscheck.ingest.load import load_text

    doc = load_text(text, doc_id=doc_id, lang=lang, date=date)
    start = len(doc.text) - len(doc.text.lstrip())
    end = len(doc.text.rstrip())
    seg_lang = doc.lang if doc.lang in ("en", "ru") else ("en" if lang is None else lang)
    (seg,) = classify([Segment(doc=doc, n=1, start=start, end=end, lang=seg_lang)])
    if not seg.checked:  # a pair is compared whatever it looks like
        seg = dataclasses.replace(seg, kind="claim", reason=None)
    (frame,) = build_frames(doc, [seg])
    return seg, frame


def compare_pairs(items: Sequence[dict[str, Any]], *, model: str | None = None, nli=None, refiners=()) -> list[dict[str, Any]]:
    """One ``{"relation", "score", "explanation"}`` record per pair, in order.

    Each pair goes through the decision path of ``check`` (``relate.decide``):
    the two claims are a two-document corpus, related in both directions, and
    the pair shows its strongest relation, as a claim's status does.  A pair
    that cannot be read or related gets ``relation`` null and ``reason``
    "error: ..." (the run goes on).
    """
    import sys

    from crosscheck.match.embed import get_embedder
    from crosscheck.relate.decide import best_relation, decide
    from crosscheck.relate.names import Names
    from crosscheck.relate.noise import noise_for

    claims: list[tuple | None] = []
    failed: dict[int, str] = {}
    for i, item in enumerate(items):
        try:
            a = _claim(item["a"], "a", item.get("lang_a"), item.get("date_a"))
            b = _claim(item["b"], "b", item.get("lang_b"), item.get("date_b"))
            claims.append((a, b))
        except Exception as exc:  # one unreadable pair must not end the run
            failed[i] = f"error: frame: {str(exc).splitlines()[0][:300] if str(exc) else repr(exc)}"
            print(f"crosscheck: pair {i + 1}: {failed[i]}", file=sys.stderr)
            claims.append(None)
    embedder = get_embedder(model)
    ok = [c for c in claims if c is not None]
    vectors = embedder.encode([c.text for pair in ok for c, _ in pair]) if ok else None
    noise = noise_for(embedder.name)
    scorer = _nli(nli)
    rows = []
    k = 0
    for i, pair in enumerate(claims):
        if pair is None:
            rows.append({"relation": None, "score": 0.0, "explanation": failed[i], "reason": failed[i],
                         "a": items[i]["a"], "b": items[i]["b"]})
            continue
        (sa, fa), (sb, fb) = pair
        cos = float(vectors[2 * k] @ vectors[2 * k + 1])
        k += 1
        frames = {sa.id: fa, sb.id: fb}
        errors: dict[str, str] = {}
        found = decide([sa, sb], frames, [(0, 1, cos), (1, 0, cos)], noise, names=Names(frames), nli=scorer,
                       refiners=refiners, errors=errors)
        rel = best_relation(r for r in found if {r.a.id, r.b.id} == {sa.id, sb.id})
        if errors and rel is None:
            reason = next(iter(errors.values()))
            print(f"crosscheck: pair {i + 1}: {reason}", file=sys.stderr)
            row = {"relation": None, "score": 0.0, "explanation": reason, "reason": reason}
        elif rel is None:
            row = {"relation": "unrelated", "score": round(1.0 - noise.score(cos, sa.lang, sb.lang), 4),
                   "explanation": "No shared event, entity or wording strong enough to link the two claims."}
        else:
            row = {"relation": rel.relation, "score": round(float(rel.score), 4), "explanation": rel.explanation,
                   "evidence": [{"type": e.type, "a": e.a, "b": e.b} for e in rel.evidence],
                   "similarity": round(noise.z(cos, sa.lang, sb.lang), 3)}
        row.update({"a": sa.text, "b": sb.text})
        rows.append(row)
    return rows


def _nli(nli):
    if nli is None or not isinstance(nli, str):
        return nli
    from crosscheck.relate.nli import NLIModel

    return NLIModel(nli)


def compare(a: str, b: str, **kwargs: Any) -> dict[str, Any]:
    """Library shortcut: relate two claims."""
    fields = {k: kwargs.pop(k) for k in list(kwargs) if k in _FIELDS}
    (row,) = compare_pairs([{"a": a, "b": b, **fields}], **kwargs)
    return row


__all__: Iterable[str] = ["read_pairs", "compare_pairs", "compare"]
