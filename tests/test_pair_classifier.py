"""The trained pair classifier: its refine step (with stand-in models) and the shipped head."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.model import ClaimFrame, Document, Evidence, Segment
from crosscheck.relate import classifier as clf_mod
from crosscheck.relate.classifier import refine_with_classifier
from crosscheck.relate.types import PairRelation


def _seg(doc_id: str, text: str, lang: str, kind: str = "claim") -> Segment:
    return Segment(doc=Document(id=doc_id, text=text, lang=lang), n=1, start=0, end=len(text), lang=lang, kind=kind)


def _rel(relation: str, evidence=(), kind: str = "claim") -> PairRelation:
    a = _seg("a", "The plant opened in 2019.", "en", kind)
    b = _seg("b", "Завод закрылся в 2019 году.", "ru")
    return PairRelation(a, b, relation, 0.7, "Both speak of the plant.", tuple(evidence))


class Fixed:
    """A stand-in classifier that returns the same probabilities for every pair."""

    name = "fixed"
    threshold = 0.8

    def __init__(self, same, con, diff):
        self.p = np.array([same, con, diff], dtype=np.float32)

    def predict(self, texts_a, *rest):
        return np.tile(self.p, (len(texts_a), 1))


FRAMES = {"a:01": ClaimFrame(), "b:01": ClaimFrame()}


def test_raises_agreement_to_contradiction_and_names_what_it_saw():
    (out,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.03, 0.93, 0.04))
    assert out.relation == "contradict"
    assert "model: contradiction 0.93" in out.explanation
    assert out.explanation.startswith("Both speak of the plant")  # the rule explanation stays
    assert any(e.type == "model" for e in out.evidence)


def test_below_threshold_only_adds_evidence():
    (out,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.5, 0.45, 0.05))
    assert out.relation == "agree" and out.evidence[-1].type == "model"


def test_vetoes_an_agreement_it_finds_different():
    (out,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.02, 0.03, 0.95))
    assert out.relation == "related" and "model: different statements 0.95" in out.explanation


def test_never_touches_rule_contradictions_or_opinions_or_different_events():
    rels = [_rel("contradict", [Evidence("date-clash", "2019 vs 2020")]),
            _rel("agree", kind="opinion"),
            _rel("related", [Evidence("different-event", "a visit vs a meeting")])]
    out = refine_with_classifier(rels, FRAMES, classifier=Fixed(0.0, 0.99, 0.01))
    assert out[0] is rels[0]
    assert out[1].relation == "agree" and out[2].relation == "related"


def test_off_leaves_relations_unchanged(monkeypatch):
    rels = [_rel("agree")]
    monkeypatch.setenv("CROSSCHECK_CLASSIFIER", "off")
    assert refine_with_classifier(rels, FRAMES) is rels


def test_missing_head_file_turns_it_off_and_logs(monkeypatch, caplog, tmp_path):
    monkeypatch.setattr(clf_mod, "_LOADED", {})
    monkeypatch.setattr(clf_mod, "DATA_FILE", "no-such-file.npz")
    monkeypatch.setenv("CROSSCHECK_CLASSIFIER", "on")
    rels = [_rel("agree")]
    with caplog.at_level("INFO", logger="crosscheck"):
        assert refine_with_classifier(rels, FRAMES) is rels
    assert "classifier: off" in caplog.text


def test_cli_rejects_a_bad_classifier_value(capsys):
    from crosscheck.cli import main

    assert main(["compare", "a", "b", "--classifier", "maybe"]) == 2
    assert "--classifier must be on or off" in capsys.readouterr().err
