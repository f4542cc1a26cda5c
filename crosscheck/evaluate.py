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
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such gold file", str(path)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid gold JSON ({exc})", str(path)) from None
    if not isinstance(gold, dict) or "claims" not in gold or "documents" not in gold:
        raise InputError('gold must be an object with "documents" and "claims"', str(path))
    return gold


def _records_from_run(path: Path) -> list[dict]:
    from crosscheck.jsonl import strict_objects

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    return [record for _, record in strict_objects(text, str(path))]


def _match(gold: dict, records: Sequence[dict], texts: dict[str, str]) -> dict[str, dict]:
    """gold claim id -> run record."""
    stem_of = {d["id"]: Path(d.get("file", d["id"])).stem for d in gold["documents"]}
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
            paths = [str(Path(gold_path).resolve().parent.parent)]
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
