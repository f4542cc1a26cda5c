"""No sentence can crash a run: hostile sentences go through check and compare,
and a failure inside one sentence's frame or one pair's decision marks that
segment ("error: ...", status null) while the run goes on."""

from __future__ import annotations

import json

import pytest

import crosscheck
from crosscheck.pairs import compare_pairs
from crosscheck.ingest.load import load_text

HOSTILE_EN = [
    "The debt reached 10^400 dollars, or " + "9" * 400 + " dollars, in year 0.",
    "The team was first in 2021 years.",
    "It happened in 0 AD, in the 0th century, in 99999 BC and on February 30, 2020.",
    "The report ( ) said () nothing [] at all {}.",
    " ".join(["Inflation rose by 5% in 2021 in Moscow"] * 130) + ".",  # ~5,000 characters, one sentence
    "He was born on 0000-00-00 and died on 31.02.2021.",
]
HOSTILE_RU = [
    "Команда заняла первое место… за 2021 год.",
    "Это было в 0 году до н. э., в XLIX веке и 31 февраля 2021 года.",
    "Долг составил 10^400 рублей ( ) и " + "1" * 500 + " долларов.",
    "Впервые за 2021 год министры встретились в Москве.",
    " ".join(["Инфляция выросла на 5 % в 2021 году"] * 140) + ".",
]


def test_hostile_sentences_through_compare():
    items = [{"a": a, "b": b} for a in HOSTILE_EN for b in HOSTILE_RU[:2]] + [{"a": b, "b": a} for a in HOSTILE_EN[:2] for b in HOSTILE_RU]
    rows = compare_pairs(items)
    assert len(rows) == len(items)
    for row in rows:
        assert row["relation"] in ("agree", "contradict", "related", "unrelated") or (
            row["relation"] is None and row["reason"].startswith("error:"))
        assert 0.0 <= row["score"] <= 1.0


def test_hostile_sentences_through_check():
    docs = [load_text(" ".join(HOSTILE_EN), doc_id="en", lang="en", date="2022-01-10"),
            load_text(" ".join(HOSTILE_RU), doc_id="ru", lang="ru", date="2022-01-12")]
    report = crosscheck.check(documents=docs)
    assert report.results
    for r in report.results:
        assert r.status in ("agree", "contradict", "related", "unique", None)
    from crosscheck.serialize import result_to_dict

    for r in report.results:  # every record is strict JSON (no Infinity from a 400-digit number)
        json.loads(json.dumps(result_to_dict(r), allow_nan=False, default=str))


def test_a_sentence_that_breaks_the_frame_marks_only_itself(monkeypatch, capsys):
    from crosscheck.frame.builder import FrameBuilder

    real = FrameBuilder.frame

    def frame(self, text, lang=None, **kw):
        if "poison" in text:
            raise RuntimeError("boom in the frame")
        return real(self, text, lang, **kw)

    monkeypatch.setattr(FrameBuilder, "frame", frame)
    docs = [load_text("Exports rose by 12 percent in 2020. The poison sentence is here. Prices fell in May.",
                      doc_id="en", lang="en", date="2021-02-01"),
            load_text("В 2020 году экспорт вырос на 12 %.", doc_id="ru", lang="ru", date="2021-02-01")]
    report = crosscheck.check(documents=docs)
    bad = [r for r in report.results if "poison" in r.segment.text]
    assert len(bad) == 1 and bad[0].status is None
    assert bad[0].segment.reason.startswith("error: frame:") and "boom" in bad[0].segment.reason
    good = next(r for r in report.results if r.segment.text.startswith("Exports rose"))
    assert good.status == "agree"
    assert "boom in the frame" in capsys.readouterr().err
    line = json.loads(next(l for l in report.to_jsonl().splitlines() if "poison" in l)) if hasattr(report, "to_jsonl") else None
    if line is not None:
        assert line["status"] is None and line["reason"].startswith("error:")


def test_a_pair_that_breaks_the_decision_marks_its_segments(monkeypatch):
    import crosscheck.relate.decide as decide

    real = decide.relate_pair

    def relate_pair(a, fa, b, fb, *args, **kw):
        if "poison" in a.text or "poison" in b.text:
            raise ValueError("boom in the decision")
        return real(a, fa, b, fb, *args, **kw)

    monkeypatch.setattr(decide, "relate_pair", relate_pair)
    rows = compare_pairs([{"a": "The poison pair: exports rose by 12 percent.", "b": "Экспорт вырос на 12 %."},
                          {"a": "Exports rose by 12 percent in 2020.", "b": "В 2020 году экспорт вырос на 12 %."}])
    assert rows[0]["relation"] is None and "boom in the decision" in rows[0]["reason"]
    assert rows[1]["relation"] == "agree"


@pytest.mark.parametrize("a,b,expected", [
    ("The Eiffel Tower was completed in 1889.", "Строительство Эйфелевой башни завершилось в 1887 году.", "contradict"),
    ("Exports rose by 12 percent in 2020.", "В 2020 году экспорт вырос на 12 %.", "agree"),
    ("Unemployment in Spain rose to 24% in 2012.", "В 2012 году безработица в Испании снизилась до 24 %.", "contradict"),
])
def test_compare_and_check_give_the_same_relation(a, b, expected):
    (row,) = compare_pairs([{"a": a, "b": b, "lang_a": "en", "lang_b": "ru"}])
    docs = [load_text(a, doc_id="a", lang="en"), load_text(b, doc_id="b", lang="ru")]
    report = crosscheck.check(documents=docs)
    statuses = {r.segment.doc_id: r.status for r in report.results}
    assert row["relation"] == expected
    assert statuses == {"a": expected, "b": expected}
