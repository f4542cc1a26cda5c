"""The trained pair classifier: its refine step (with stand-in models) and the shipped head."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.model import ClaimFrame, Document, Evidence, Quantity, Segment
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

    def __init__(self, same, con, diff, raise_thresholds=None):
        self.p = np.array([same, con, diff], dtype=np.float32)
        self.meta = {"raise_thresholds": raise_thresholds or {}}

    def predict(self, texts_a, *rest):
        return np.tile(self.p, (len(texts_a), 1))


# the frames show a figure clash the rules did not act on (1,200 vs 4,800 jobs)
FRAMES = {"a:01": ClaimFrame(quantities=(Quantity("1,200", 1200.0),)), "b:01": ClaimFrame(quantities=(Quantity("4800", 4800.0),))}
NO_CLASH = {"a:01": ClaimFrame(quantities=(Quantity("1,200", 1200.0),)), "b:01": ClaimFrame(quantities=(Quantity("1200", 1200.0),))}


def test_raises_agreement_to_contradiction_and_names_what_it_saw():
    (out,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.03, 0.93, 0.04))
    assert out.relation == "contradict"
    assert "raised to a contradiction by the pair classifier (model: contradiction 0.93)" in out.explanation
    assert out.explanation.startswith("Both speak of the plant")  # the rule explanation stays
    assert any(e.type == "model" for e in out.evidence)


def test_no_raise_without_a_clash_in_the_frames():
    """A translation the model misreads (say, a negation) stays an agreement when figures, dates and names match."""
    (out,) = refine_with_classifier([_rel("agree")], NO_CLASH, classifier=Fixed(0.03, 0.95, 0.02))
    assert out.relation == "agree" and out.evidence[-1].type == "model"


def test_below_threshold_only_adds_evidence():
    (out,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.5, 0.45, 0.05))
    assert out.relation == "agree" and out.evidence[-1].type == "model"


def test_vetoes_an_agreement_it_finds_different_when_the_veto_is_enabled(monkeypatch):
    (kept,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.02, 0.03, 0.95))
    assert kept.relation == "agree"  # off by default (measured to hurt on comparable text)
    monkeypatch.setattr(clf_mod, "VETO_DIFFERENT", 0.9)
    (out,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.02, 0.03, 0.95))
    assert out.relation == "related" and "model: different statements 0.95" in out.explanation


def test_never_touches_rule_contradictions_or_opinions_or_different_events():
    rels = [_rel("contradict", [Evidence("date-clash", "2019 vs 2020")]),
            _rel("agree", kind="opinion"),
            _rel("related", [Evidence("different-participants", "Putin vs Biden")]),
            _rel("related", [Evidence("different-fact", "a visit vs a meeting")])]
    out = refine_with_classifier(rels, FRAMES, classifier=Fixed(0.0, 0.99, 0.01))
    assert out[0] is rels[0]
    assert out[1].relation == "agree" and out[2].relation == "related" and out[3].relation == "related"


def test_another_time_blocks_a_raise():
    rel = _rel("related", [Evidence("different-event", "2018 vs 2020")])
    (kept,) = refine_with_classifier([rel], FRAMES, classifier=Fixed(0.01, 0.99, 0.0))
    assert kept.relation == "related"


def test_an_uncertain_clash_is_raised_at_the_gate_threshold_of_the_head():
    """The rules saw one clash of values but kept a link: the model decides, at the threshold chosen on dev."""
    rel = _rel("related", [Evidence("number-clash", "95 known vs 45 спутников", "95 known", "45 спутников")])
    (up,) = refine_with_classifier([rel], NO_CLASH, classifier=Fixed(0.3, 0.5, 0.2, {"clash": 0.47, "slots": 1.01}))
    assert up.relation == "contradict" and "model: contradiction 0.50" in up.explanation
    assert up.evidence[0].type == "number-clash" and up.evidence[-1].b == "number-clash"  # the gate is named
    (kept,) = refine_with_classifier([rel], NO_CLASH, classifier=Fixed(0.3, 0.45, 0.25, {"clash": 0.47}))
    assert kept.relation == "related"


def test_each_kind_of_clash_has_its_own_gate_and_the_pooled_one_covers_the_rest():
    """A threshold chosen for polarity clashes does not open the gate for figures, nor the reverse."""
    heads = {"polarity-clash": 0.6, "number-clash": 1.01, "clash": 0.9, "slots": 1.01}
    polarity = _rel("related", [Evidence("polarity-clash", "did not leave vs оставил")])
    number = _rel("related", [Evidence("number-clash", "1,239 vs 2")])
    place = _rel("related", [Evidence("place-clash", "Russia vs China")])
    up, kept, pooled = refine_with_classifier([polarity, number, place], NO_CLASH, classifier=Fixed(0.1, 0.7, 0.2, heads))
    assert up.relation == "contradict" and up.evidence[-1].b == "polarity-clash"
    assert kept.relation == "related" and kept.evidence[-1].b == "number-clash"  # its own gate is closed
    assert pooled.relation == "related"  # no place-clash gate: the pooled 0.9 applies, 0.7 is below it
    (up_place,) = refine_with_classifier([place], NO_CLASH, classifier=Fixed(0.0, 0.95, 0.05, heads))
    assert up_place.relation == "contradict"


def test_two_clashes_are_two_statements_not_raised():
    """Another year and another figure (or a figure and the polarity): two statements on one topic.  Their own gate
    ("clashes") stays closed unless the head names a threshold for it; the pooled clash threshold does not open it."""
    rel = _rel("related", [Evidence("date-clash", "2019 vs 2020"), Evidence("number-clash", "12 % vs 25 %")])
    (kept,) = refine_with_classifier([rel], FRAMES, classifier=Fixed(0.0, 0.99, 0.01, {"clash": 0.47, "slots": 0.5}))
    assert kept.relation == "related" and kept.evidence[-1].b == "clashes"


def test_a_gate_the_head_disabled_never_raises():
    (kept,) = refine_with_classifier([_rel("agree")], FRAMES, classifier=Fixed(0.0, 0.99, 0.01, {"slots": 1.01}))
    assert kept.relation == "agree"


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


@pytest.fixture(scope="module")
def shipped():
    from crosscheck.relate.classifier import PairClassifier

    return PairClassifier()


def _probs(clf, pairs):
    from crosscheck.frame import frame_text

    return clf.predict([a for a, _ in pairs], [b for _, b in pairs], [frame_text(a, "en") for a, _ in pairs],
                       [frame_text(b, "ru") for _, b in pairs], ["en"] * len(pairs), ["ru"] * len(pairs))


def test_shipped_head_is_small_documented_and_seeded(shipped):
    from importlib import resources

    size = (resources.files("crosscheck") / "data" / "pair_classifier.npz").stat().st_size
    assert size <= 20e6
    assert shipped.meta["labels"] == ["same", "contradicts", "different"]
    assert "train_pair_classifier.py" in shipped.meta["trained_by"] and 0.5 < shipped.threshold < 1
    assert len(shipped.members) == shipped.meta["members"] >= 1  # a seeded ensemble, averaged
    gates = shipped.meta["raise_thresholds"]  # chosen on dev pairs: bench_classifier.py --part choose
    assert {"clash", "slots"} <= set(gates) and all(1 / 3 - 0.01 < t <= 1.01 for t in gates.values())
    # the rest: one gate per kind of clash, several clashes, an unsettled clash
    assert set(gates) - {"clash", "slots"} <= set(clf_mod.CLASH_EVIDENCE) | set(clf_mod.CLOSED_UNLESS_CHOSEN)


def test_shipped_head_separates_translation_change_and_unrelated(shipped):
    """Cross-lingual: a translation reads as "same", a changed year/figure/predicate as more contradictory."""
    en = ["The bridge was opened in 1932.", "The company will cut 1,200 jobs by the end of the year.", "Prices rose sharply in March."]
    same = ["Мост был открыт в 1932 году.", "Компания сократит 1200 рабочих мест до конца года.", "Цены резко выросли в марте."]
    changed = ["Мост был открыт в 1952 году.", "Компания сократит 4800 рабочих мест до конца года.", "Цены резко упали в марте."]
    p_same = _probs(shipped, list(zip(en, same)))
    p_changed = _probs(shipped, list(zip(en, changed)))
    p_other = _probs(shipped, [(en[2], "Футбольный клуб купил нового вратаря.")])
    assert (p_same.argmax(1) == 0).all()
    # the v3 head (bench/RESULTS.md section 10) is less sure of an opposite predicate (0.16 vs 0.04 here; the v2
    # head had 0.15 between them): the changed pair reads at least twice as contradictory, and 0.1 above
    assert (p_changed[:, 1] > 2 * p_same[:, 1]).all() and (p_changed[:, 1] > p_same[:, 1] + 0.1).all()
    assert p_changed[0].argmax() == 1  # a changed year reads as a contradiction
    assert p_other.argmax(1)[0] == 2


def _pairgen():
    import sys
    from pathlib import Path

    bench = str(Path(__file__).resolve().parent.parent / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import pairgen

    return pairgen


def test_training_pairs_call_another_period_and_another_meeting_different():
    """Hard negatives of the training data (bench/pairgen.py): another year with another figure is another
    period; a meeting on another month is another meeting; the same year changed alone stays a contradiction."""
    import random

    from crosscheck.model import Event

    pg = _pairgen()
    rng = random.Random(1)
    moved = pg._swap_year_and_other("Exports rose by 12.5 percent in 2020.", "В 2020 году экспорт вырос на 12,5%.", rng)
    assert moved is not None and "2020" not in moved and "12.5" not in moved
    # a day of the month is not a figure: with only a date shared there is no "other period" pair
    assert pg._swap_year_and_other("It started on December 20, 2020.", "Это началось 20 декабря 2020 года.", rng) is None

    meeting = ClaimFrame(event=Event("meeting"))
    rows = [{"en": "Lavrov and Blinken met in Geneva on January 21, 2022.",
             "ru": "Лавров и Блинкен встретились в Женеве 21 января 2022 года.", "split": "train"},
            {"en": "The bridge was opened in 1932, 40 years late.", "ru": "Мост был открыт в 1932 году, на 40 лет позже.",
             "split": "train"}]
    frame_of = lambda text, lang: meeting if ("met" in text or "встрет" in text) else ClaimFrame()  # noqa: E731
    hard = pg.hard_pairs("t", rows, random.Random(3), frame_of)
    occasion = [p for p in hard if p["kind"] == "occasion"]
    assert occasion and all(p["label"] == "different" and "January" not in p["a"] + p["b"] for p in occasion)
    out = pg.parallel_pairs("t", rows, random.Random(5), lambda *a: None, recurring=lambda i: i == 0)
    assert all(p["label"] == "different" for p in out if p["kind"] == "occasion")
    assert any(p["label"] == "contradicts" and p["kind"] in ("year", "number") for p in out)  # the bridge: one-off


def test_predict_in_batches_gives_the_same_probabilities(shipped, monkeypatch):
    """A corpus's pairs go through the head in batches (memory); the answer does not depend on the batch size."""
    import numpy as np

    from crosscheck.relate import classifier

    pairs = [("The bridge was opened in 1932.", "Мост был открыт в 1932 году."),
             ("Prices rose sharply in March.", "Цены резко упали в марте."),
             ("The museum has 3 million items.", "В музее 3 млн экспонатов."),
             ("The team lost the final.", "Команда выиграла финал."),
             ("It rained all week in Oslo.", "Всю неделю в Осло шёл дождь.")]
    whole = _probs(shipped, pairs)
    monkeypatch.setattr(classifier, "_BATCH", 2)
    batched = _probs(shipped, pairs)
    assert batched.shape == (5, 3) and np.allclose(whole, batched, atol=1e-6)


def test_shipped_head_opens_only_the_gates_its_choice_data_showed_precise(shipped):
    """bench/RESULTS.md section 11 (issue 15, fifth round: gates chosen above the same-statement floor on dev, the
    probes' tuning halves and HELD-OUT7/8, every clash the rules left a link pooled; the pool reached 9
    raises, all true, from p = 0.772).  The slots gate (frames' clashes the rules did not act on: mostly a sentence
    meeting its copy in a document of another date) stays closed, the floor is the rules' translation level (not
    fitted), and a gate too small for the rule takes the pooled threshold."""
    from crosscheck.relate.thresholds import Z_TRANSLATION

    gates = shipped.meta["raise_thresholds"]
    assert gates["slots"] > 1 and shipped.meta["raise_min_z"] == Z_TRANSLATION
    for gate in ("place-clash", "date-clash", "clashes", "uncertain"):
        assert clf_mod.raise_threshold(shipped, gate) in (gates["clash"], gates.get(gate))
    rel = _rel("related", [Evidence("date-clash", "on Sunday: 2022-01-02 vs 2022-01-09")])
    assert clf_mod.raise_gate(rel, ClaimFrame(), ClaimFrame()) == "date-clash"
