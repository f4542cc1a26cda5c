"""The classifier's gates for the clashes the rules leave unsettled (issue 15, fifth round).

* ``uncertain``: the rules saw a clash they could not settle (an ``uncertain-*`` reason: a negation that may belong
  to another verb, an absence told otherwise) and kept the pair a link;
* ``clashes``: the rules saw two or more clashes of values on a link.

Both stay closed unless the head's meta names a threshold for them (the pooled "clash" threshold does not open
them), never act on an agreement, and compare the contradiction probability as the evidence shows it (3 decimals),
the value the thresholds were chosen on (bench/bench_classifier.py --part choose).  None of these sentences is in
the seeds, the probes or the bench sets.
"""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.model import Document, Evidence, Segment
from crosscheck.relate import classifier as clf_mod
from crosscheck.relate.classifier import refine_with_classifier
from crosscheck.relate.types import PairRelation


def _rel(a_text: str, b_text: str, relation: str, evidence) -> PairRelation:
    a = Segment(doc=Document(id="a", text=a_text, lang="en"), n=1, start=0, end=len(a_text), lang="en")
    b = Segment(doc=Document(id="b", text=b_text, lang="ru"), n=1, start=0, end=len(b_text), lang="ru")
    return PairRelation(a, b, relation, 0.6, "Same topic, different facts.", tuple(evidence))


class Head:
    """A stand-in head with a fixed contradiction probability and the given gate thresholds, no floors."""

    name = "stand-in"
    threshold = 0.8

    def __init__(self, p_con: float, thresholds: dict):
        self.p = np.array([(1 - p_con) / 2, p_con, (1 - p_con) / 2], dtype=np.float32)
        self.meta = {"raise_thresholds": thresholds, "raise_min_z": None}

    def predict(self, texts_a, *rest):
        return np.tile(self.p, (len(texts_a), 1))


UNSETTLED = Evidence("uncertain-polarity", "one side says something is not there, the other states no negation")
# (claim, the other side, the rules' reasons): unsettled clashes and pairs with several clashes
TABLE = [
    ("The village has no railway station.", "В деревне есть железнодорожная станция.", [UNSETTLED], "uncertain"),
    ("The lake has no outflow.", "Из озера вытекает река.", [UNSETTLED], "uncertain"),
    ("The museum did not close for repairs last winter.", "Прошлой зимой музей закрылся на ремонт.",
     [Evidence("uncertain-polarity", "the negation may belong to another verb")], "uncertain"),
    ("The bridge opened in May 1932 in Leeds.", "Мост открыли в мае 1934 года в Йорке.",
     [Evidence("date-clash", "1932-05 vs 1934-05"), Evidence("place-clash", "Leeds vs Йорке")], "clashes"),
    ("The plant employs 1,200 people since 2019.", "На заводе работают 4800 человек с 2021 года.",
     [Evidence("number-clash", "1,200 vs 4800"), Evidence("date-clash", "2019 vs 2021")], "clashes"),
]


@pytest.mark.parametrize("a, b, evidence, gate", TABLE)
def test_unsettled_gates_raise_only_when_the_head_names_them(a, b, evidence, gate):
    rel = _rel(a, b, "related", evidence)
    assert clf_mod.raise_gate(rel, None, None) == gate
    (closed,) = refine_with_classifier([rel], {}, classifier=Head(0.99, {"clash": 0.4, "slots": 1.01}))
    assert closed.relation == "related" and closed.evidence[-1].b == gate  # scored and named, not raised
    (opened,) = refine_with_classifier([rel], {}, classifier=Head(0.9, {"clash": 0.4, gate: 0.8, "slots": 1.01}))
    assert opened.relation == "contradict" and "model: contradiction 0.90" in opened.explanation
    (below,) = refine_with_classifier([rel], {}, classifier=Head(0.7, {"clash": 0.4, gate: 0.8, "slots": 1.01}))
    assert below.relation == "related"


@pytest.mark.parametrize("a, b, evidence, gate", TABLE)
def test_an_agreement_is_never_raised_through_an_unsettled_gate(a, b, evidence, gate):
    rel = _rel(a, b, "agree", evidence)
    (out,) = refine_with_classifier([rel], {}, classifier=Head(0.99, {"clash": 0.4, gate: 0.4, "slots": 1.01}))
    assert out.relation == "agree"


@pytest.mark.parametrize("p_con, raised", [(0.77196, True), (0.7724, True), (0.77149, False), (0.70, False)])
def test_the_threshold_is_met_by_the_value_the_evidence_shows(p_con, raised):
    """The choice reads the probability from the evidence (3 decimals): 0.77196 shows as 0.772 and meets 0.772."""
    a, b, evidence, gate = TABLE[0]
    (out,) = refine_with_classifier([_rel(a, b, "related", evidence)], {},
                                    classifier=Head(p_con, {"clash": 0.772, gate: 0.772, "slots": 1.01}))
    assert (out.relation == "contradict") is raised


def test_a_head_without_the_new_gates_keeps_them_closed():
    """A head chosen before the fifth round (no "uncertain"/"clashes" entries) changes no relation through them."""
    old = Head(0.99, {"clash": 0.5, "polarity-clash": 0.5, "slots": 1.01})
    assert clf_mod.raise_threshold(old, "uncertain") > 1 and clf_mod.raise_threshold(old, "clashes") > 1
    assert clf_mod.raise_threshold(old, "number-clash") == 0.5  # a single clash still takes the pooled threshold
