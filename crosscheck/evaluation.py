"""Scoring a run against a gold annotation (the format of ``seeds/gold/seeds_gold.json``).

Gold items are matched to run segments by document and text (whitespace
collapsed), falling back to the largest character overlap.  Reported: precision,
recall and F1 for agree and contradict pairs, per-claim status accuracy over the
gold's non-boilerplate items, and the misses and false alarms.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crosscheck.errors import InputError
from crosscheck.model import collapse_ws

_RANK = ("contradict", "agree", "related")
LABELS = _RANK  # relation labels a gold file may use


def gold_statuses(gold: dict) -> dict[str, str]:
    """Per-claim status as the gold README defines it (boilerplate excluded)."""
    labels: dict[str, set[str]] = {}
    for rel in gold.get("relations", []):
        for side in ("a", "b"):
            labels.setdefault(rel[side], set()).add(rel["label"])
    out = {}
    for item in gold["claims"]:
        if item.get("tag") == "boilerplate":
            continue
        found = labels.get(item["id"], set())
        out[item["id"]] = next((s for s in _RANK if s in found), "unique")
    return out


def _load_gold(path: Path) -> dict:
    from crosscheck.ingest.load.reader import max_bytes_default, read_file

    try:
        gold = json.loads(read_file(str(path), max_bytes_default()).decode("utf-8-sig"))
    except InputError as exc:
        raise InputError(f"gold file: {exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid gold JSON ({exc})", str(path)) from None
    validate_gold(gold, str(path))
    return gold


def _need(cond: bool, message: str, where: str) -> None:
    if not cond:
        raise InputError(message, where)


def validate_gold(gold: Any, where: str) -> None:
    """The shape ``evaluate`` relies on; the first problem raises an InputError naming the entry."""
    _need(isinstance(gold, dict), 'gold must be a JSON object with "documents" and "claims"', where)
    for key in ("documents", "claims"):
        _need(isinstance(gold.get(key), list), f'"{key}" must be a list', where)
    _need(isinstance(gold.get("relations", []), list), '"relations" must be a list', where)
    doc_ids = set()
    for i, doc in enumerate(gold["documents"]):
        at = f"{where} documents[{i}]"
        _need(isinstance(doc, dict) and isinstance(doc.get("id"), str), 'each document must be an object with an "id" string', at)
        _need(doc.get("file") is None or isinstance(doc["file"], str), '"file" must be a string', at)
        doc_ids.add(doc["id"])
    claim_ids = set()
    for i, item in enumerate(gold["claims"]):
        at = f"{where} claims[{i}]"
        _need(isinstance(item, dict), "each claim must be an object", at)
        for key in ("id", "doc", "text"):
            _need(isinstance(item.get(key), str), f'"{key}" must be a string', at)
        for key in ("start", "end"):
            _need(isinstance(item.get(key), int) and not isinstance(item.get(key), bool), f'"{key}" must be a whole number', at)
        _need(item["doc"] in doc_ids, f"unknown document {item['doc']!r}", at)
        claim_ids.add(item["id"])
    for i, rel in enumerate(gold.get("relations", [])):
        at = f"{where} relations[{i}]"
        _need(isinstance(rel, dict), "each relation must be an object", at)
        _need(rel.get("label") in LABELS, f"unknown label {rel.get('label')!r} (expected {', '.join(LABELS)})", at)
        for side in ("a", "b"):
            _need(rel.get(side) in claim_ids, f'"{side}": unknown claim {rel.get(side)!r}', at)


def gold_inputs(gold: dict, gold_path: Path) -> list[str]:
    """The document files the gold declares (``documents[].file``), found beside the gold
    file or in its parent folder; an error when any is missing."""
    base = Path(gold_path).resolve().parent
    found, missing = [], []
    for doc in gold["documents"]:
        name = doc.get("file")
        if not name:
            missing.append(doc["id"])
            continue
        hit = next((d / name for d in (base, base.parent) if (d / name).is_file()), None)
        (found.append(str(hit)) if hit is not None else missing.append(name))
    if missing or not found:
        from crosscheck.errors import UsageError

        raise UsageError(f"give the inputs to check (PATHS) or a saved run (--run): the gold file's documents "
                         f"were not found beside it ({', '.join(missing[:3]) or 'none declared'})")
    return found


def _records_from_run(path: Path) -> list[dict]:
    from crosscheck.jsonl import strict_objects

    from crosscheck.ingest.load.reader import max_bytes_default, read_file

    try:
        text = read_file(str(path), max_bytes_default()).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", str(path)) from None
    records = []
    for n, record in strict_objects(text, str(path)):
        at = f"{path}:{n}"
        for key in ("id", "doc", "text"):
            _need(isinstance(record.get(key), str), f'"{key}" must be a string (is this a `crosscheck check --format jsonl` run?)', at)
        for key in ("start", "end"):
            _need(isinstance(record.get(key), int), f'"{key}" must be a whole number', at)
        links = record.get("links") or []
        _need(isinstance(links, list) and all(isinstance(x, dict) and isinstance(x.get("id"), str) and "relation" in x
                                              for x in links), '"links" must be a list of {"id", "relation", ...}', at)
        records.append(record)
    if not records:
        raise InputError("no records in the run file", str(path))
    return records


def _match(gold: dict, records: Sequence[dict], texts: dict[str, str]) -> dict[str, dict]:
    """gold claim id -> run record."""
    stem_of = {d["id"]: Path(d.get("file") or d["id"]).stem for d in gold["documents"]}
    by_doc: dict[str, list[dict]] = {}
    for rec in records:
        by_doc.setdefault(rec["doc"], []).append(rec)
    out = {}
    for item in gold["claims"]:
        doc = stem_of.get(item["doc"], item["doc"])
        candidates = by_doc.get(doc) or next((v for k, v in by_doc.items() if k.startswith(item["doc"])), [])
        want = collapse_ws(item["text"])
        exact = [r for r in candidates if collapse_ws(texts.get(r["id"], r["text"])) == want]
        if exact:
            out[item["id"]] = exact[0]
            continue
        best, overlap = None, 0
        for rec in candidates:
            o = min(rec["end"], item["end"]) - max(rec["start"], item["start"])
            if o > overlap:
                best, overlap = rec, o
        if best is not None:
            out[item["id"]] = best
    return out


def _prf(pred: set, gold: set) -> dict[str, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else (1.0 if not gold else 0.0)
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "predicted": len(pred), "gold": len(gold), "true_positives": tp}


def evaluate(gold_path: Path, *, paths: Sequence[str] | None = None, run: Path | None = None, model: str | None = None,
             report=None) -> dict[str, Any]:
    gold = _load_gold(gold_path)
    if report is not None:
        records = report.records()
    elif run is not None:
        records = _records_from_run(run)
    else:
        from crosscheck.pipeline import check

        if not paths:
            paths = gold_inputs(gold, gold_path)
        report = check(paths, model=model)
        records = report.records()
    texts = {r["id"]: r["text"] for r in records}
    matched = _match(gold, records, texts)
    run_to_gold: dict[str, str] = {rec["id"]: gid for gid, rec in matched.items()}

    def pairs(label: str, source: str) -> set[frozenset]:
        out = set()
        if source == "gold":
            for rel in gold.get("relations", []):
                if rel["label"] == label:
                    out.add(frozenset((rel["a"], rel["b"])))
            return out
        for rec in records:
            for link in rec.get("links") or []:
                if link["relation"] == label and rec["id"] in run_to_gold and link["id"] in run_to_gold:
                    out.add(frozenset((run_to_gold[rec["id"]], run_to_gold[link["id"]])))
        return out

    result: dict[str, Any] = {"gold": str(gold_path), "matched_items": len(matched), "gold_items": len(gold["claims"])}
    details: dict[str, Any] = {}
    for label in ("contradict", "agree"):
        pred, want = pairs(label, "run"), pairs(label, "gold")
        result[label] = _prf(pred, want)
        details[label] = {
            "misses": sorted("↔".join(sorted(p)) for p in want - pred),
            "false_alarms": sorted("↔".join(sorted(p)) for p in pred - want),
        }
    statuses = gold_statuses(gold)
    right, wrong = 0, []
    confusion: dict[str, dict[str, int]] = {}
    for gid, want in statuses.items():
        rec = matched.get(gid)
        got = (rec.get("status") if rec else None) or "skipped"
        confusion.setdefault(want, {}).setdefault(got, 0)
        confusion[want][got] += 1
        if got == want:
            right += 1
        else:
            wrong.append(f"{gid}: gold {want}, run {got}")
    result["status_accuracy"] = round(right / len(statuses), 3) if statuses else None
    result["status_items"] = len(statuses)
    result["status_confusion"] = confusion
    result["details"] = details
    result["status_errors"] = wrong
    return result


def render_eval(result: dict[str, Any], fmt: str | None, output: str | None) -> None:
    """A table of the scores with the misses (terminal), or the whole result as JSON."""
    from crosscheck.output import emit, resolve_format

    to_file = output not in (None, "", "-")
    fmt = resolve_format(fmt, output if to_file else None)
    if fmt in ("json", "jsonl"):
        text = json.dumps(result, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n"
        if to_file:
            try:
                Path(output).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot write: {exc.strerror or exc}", output) from None
        else:
            sys.stdout.write(text)
        return
    rows = []
    for label in ("contradict", "agree"):
        m = result[label]
        d = result["details"][label]
        rows.append({"metric": f"{label} pairs", "precision": m["precision"], "recall": m["recall"], "f1": m["f1"],
                     "predicted": m["predicted"], "gold": m["gold"], "misses": ", ".join(d["misses"]),
                     "false alarms": ", ".join(d["false_alarms"])})
    rows.append({"metric": "status accuracy", "precision": result["status_accuracy"], "recall": None, "f1": None,
                 "predicted": None, "gold": result["status_items"],
                 "misses": f"{len(result['status_errors'])} claims (listed with --format json)", "false alarms": None})
    emit(rows, fmt, output)
