"""A bilingual suite of claim pairs written for these tests (not from the seeds):
date, number, place, polarity and exclusivity clashes, paraphrased agreements
across languages, different-event pairs and unrelated pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.pairs import compare_pairs

pytestmark = pytest.mark.slow
PAIRS = [json.loads(line) for line in (Path(__file__).parent / "data" / "relation_pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def results():
    return compare_pairs(PAIRS)


def test_suite_size():
    assert len(PAIRS) >= 40
    assert {p["type"] for p in PAIRS} >= {"date", "number", "place", "polarity", "exclusivity", "paraphrase", "different-event"}


def test_contradiction_precision_and_recall(results):
    tp = sum(1 for p, r in zip(PAIRS, results) if p["expect"] == r["relation"] == "contradict")
    predicted = sum(1 for r in results if r["relation"] == "contradict")
    gold = sum(1 for p in PAIRS if p["expect"] == "contradict")
    precision, recall = tp / max(predicted, 1), tp / gold
    wrong = [(p["a"], p["b"], r["relation"]) for p, r in zip(PAIRS, results) if (p["expect"] == "contradict") != (r["relation"] == "contradict")]
    assert precision >= 0.9, wrong
    assert recall >= 0.8, wrong


def test_different_events_are_never_contradictions(results):
    for p, r in zip(PAIRS, results):
        if p["type"] in ("different-event", "unrelated"):
            assert r["relation"] != "contradict", (p, r)


def test_explanations_name_the_clashing_values(results):
    by_text = {p["a"]: r for p, r in zip(PAIRS, results) if p["expect"] == "contradict"}
    r = by_text["Exports rose by 12 percent in 2020, the ministry said."]
    assert r["relation"] == "contradict" and "12 percent" in r["explanation"] and "25%" in r["explanation"]
    r = by_text["This was the first meeting of Putin and Erdogan since 2015."]
    assert r["relation"] == "contradict" and "2015" in r["explanation"] and "2018" in r["explanation"]


def test_scores_are_probabilities(results):
    assert all(0.0 <= r["score"] <= 1.0 for r in results)


def test_held_out_pairs_do_not_cry_wolf():
    """Pairs written after the rules and measured once before any change
    (bench/RELATIONS.md has the per-type numbers)."""
    items = [json.loads(line) for line in (Path(__file__).parent / "data" / "relation_holdout.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = compare_pairs(items)
    predicted = [i for i, r in zip(items, rows) if r["relation"] == "contradict"]
    assert predicted and all(i["expect"] == "contradict" for i in predicted)
    recall = len(predicted) / sum(1 for i in items if i["expect"] == "contradict")
    assert recall >= 0.8
