"""Reviewed counts and precision per relation and per evidence type (``crosscheck review --stats``).

Precision = confirmed / (confirmed + rejected): the share of flags a reviewer
judged right; ``unsure`` decisions are counted but left out of precision.  Each
link counts once, with its most recent decision (any reviewer).
"""

from __future__ import annotations

from collections.abc import Iterable

from crosscheck.review.store import Decision

__all__ = ["review_stats"]


def _row(group: str, ds: list[Decision]) -> dict:
    n = {v: sum(1 for d in ds if d.verdict == v) for v in ("confirmed", "rejected", "unsure")}
    judged = n["confirmed"] + n["rejected"]
    return {"group": group, "reviewed": len(ds), **n,
            "precision": round(n["confirmed"] / judged, 3) if judged else None}


def review_stats(decisions: Iterable[Decision]) -> list[dict]:
    """One row for all links, then one per relation and one per evidence type (most reviewed first)."""
    latest: dict[str, Decision] = {}
    for d in decisions:  # oldest first, as DecisionStore.all() gives them
        latest[d.fallback or d.key] = d  # one link counts once, even across an edit of its documents
    ds = list(latest.values())
    rows = [_row("all", ds)]
    by_relation: dict[str, list[Decision]] = {}
    by_evidence: dict[str, list[Decision]] = {}
    for d in ds:
        by_relation.setdefault(d.relation or "unknown", []).append(d)
        for ev in d.evidence or ("(none)",):
            by_evidence.setdefault(ev, []).append(d)
    for name, group in sorted(by_relation.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append(_row(f"relation {name}", group))
    for name, group in sorted(by_evidence.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append(_row(f"evidence {name}", group))
    return rows
