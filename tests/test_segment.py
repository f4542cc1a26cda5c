"""Segmentation: offsets into the source, repairs of broken lines, nothing lost."""

from __future__ import annotations

import re

import pytest

from crosscheck.ingest.load import load_paths, load_text
from crosscheck.pipeline import read
from crosscheck.ingest.segment import segment_document

BROKEN = """Переговоры в Женеве завершились

Глава МИД Норвегии прибыл в Женеву в понедельник. Об этом

заявил

его пресс-секретарь.

А министерство

сообщило

, что «стороны договорились продолжить контакты».
"""

TEXTS = [
    BROKEN,
    "The U.S. Senate voted 52-48 on Tuesday. Mr. Smith, who leads the committee, said the bill \"will pass.\" It did.\n"
    "Dr. Jones arrived at 5 p.m. in St. Louis, Mo., for talks.",
    "БАКУ, 3 мар — РИА Новости. Т.е. встреча прошла в г. Баку, сообщил им. Иванов.   \n\n\n  Второй абзац!",
    "Only one line without a full stop",
    "“Quoted start.” Then more. «Цитата». Ещё предложение…",
]


def _covered(doc, segments):
    owner = [0] * len(doc.text)
    for s in segments:
        for i in range(s.start, s.end):
            owner[i] += 1
    for i, ch in enumerate(doc.text):
        if not ch.isspace():
            assert owner[i] == 1, f"{doc.id}: char {i} {ch!r} is in {owner[i]} segments"


@pytest.mark.parametrize("text", TEXTS)
def test_every_character_in_exactly_one_segment(text):
    doc = load_text(text, doc_id="t")
    _covered(doc, segment_document(doc))


def test_seed_characters_all_accounted_for(seeds_dir):
    corpus = read([seeds_dir])
    assert len(corpus.documents) == 5
    for doc in corpus.documents:
        _covered(doc, [s for s in corpus.segments if s.doc_id == doc.id])


def test_segments_are_views_of_the_document():
    doc = load_text(BROKEN, doc_id="t")
    for seg in segment_document(doc):
        assert seg.raw == doc.text[seg.start:seg.end]
        assert seg.text == re.sub(r"\s+", " ", seg.raw).strip()


def test_sentence_broken_across_lines_is_one_segment():
    doc = load_text(BROKEN, doc_id="t")
    texts = [s.text for s in segment_document(doc)]
    assert "Об этом заявил его пресс-секретарь." in texts
    assert "А министерство сообщило , что «стороны договорились продолжить контакты»." in texts
    assert "Переговоры в Женеве завершились" in texts  # a headline stays apart from the next line


def test_english_abbreviations_do_not_split():
    doc = load_text(TEXTS[1], doc_id="t")
    texts = [s.text for s in segment_document(doc)]
    assert texts[0] == "The U.S. Senate voted 52-48 on Tuesday."
    assert texts[1].startswith("Mr. Smith, who leads") and texts[1].endswith("\"will pass.\"")
    assert any(t.startswith("Dr. Jones arrived at 5 p.m. in St. Louis") for t in texts)


def test_stray_closing_quote_joins_its_sentence():
    doc = load_text('He said the talks went well."\nNext line here.', doc_id="t")
    texts = [s.text for s in segment_document(doc)]
    assert texts == ['He said the talks went well."', "Next line here."]


def test_html_segments_point_into_visible_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><body><p>Первое <b>предложение</b>. Второе.</p><script>x=1</script></body></html>", encoding="utf-8")
    (doc,) = load_paths([p]).documents
    segs = segment_document(doc)
    assert [s.text for s in segs] == ["Первое предложение.", "Второе."]
    _covered(doc, segs)
