"""What the relation stage produces for one pair of claims."""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.model import Evidence, Segment

__all__ = ["PairRelation"]


@dataclass(frozen=True, slots=True)  # slots: a large corpus holds millions of these until the verdict
class PairRelation:
    a: Segment
    b: Segment
    relation: str  # "agree", "contradict" or "related"
    score: float
    explanation: str
    evidence: tuple[Evidence, ...] = ()
