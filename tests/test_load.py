"""Reading real-world inputs: encodings, HTML, JSONL, metadata, and bad files."""

from __future__ import annotations

import codecs
import datetime as dt
import json

import pytest

from crosscheck.ingest.load import load_paths, load_text

RU = "Министр обороны прибыл в Казань во вторник. Переговоры продлятся два дня, сообщает пресс-служба ведомства."
EN = "The defence minister arrived in Kazan on Tuesday. The talks will last two days, the ministry said."


def _one(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    result = load_paths([p])
    return result


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_legacy_russian_encodings_are_detected(tmp_path, encoding):
    result = _one(tmp_path, "old.txt", RU.encode(encoding))
    assert not result.problems
    (doc,) = result.documents
    assert doc.text == RU
    assert doc.encoding == encoding
    assert doc.lang == "ru"


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                           (codecs.BOM_UTF8, "utf-8")])
def test_byte_order_marks(tmp_path, bom, encoding):
    result = _one(tmp_path, "bom.txt", bom + RU.encode(encoding))
    (doc,) = result.documents
    assert doc.text == RU  # the BOM is not part of the text


def test_html_keeps_visible_text_only(tmp_path):
    page = """<!doctype html><html lang="en"><head><title>Talks</title>
    <meta property="article:published_time" content="2021-03-04T10:00:00Z">
    <style>p { color: red }</style><script>var secret = "TRACKING CODE";</script></head>
    <body><nav>Home | World</nav><p>The ministers met in <a href="/x">Geneva</a> on Tuesday.</p>
    <script>document.write("injected")</script><p>They agreed to meet again.</p></body></html>"""
    result = _one(tmp_path, "page.html", page.encode())
    (doc,) = result.documents
    assert "The ministers met in Geneva on Tuesday." in doc.text  # the link stays inside its sentence
    assert "TRACKING" not in doc.text and "injected" not in doc.text and "color" not in doc.text
    assert doc.date == dt.date(2021, 3, 4) and doc.date_source == "metadata"
    assert doc.title == "Talks"


def test_empty_binary_and_undecodable_files_are_named_and_others_still_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "garbage.txt").write_bytes(bytes([0x98, 0x81, 0x83, 0x90]) * 40)
    (tmp_path / "good.txt").write_text(EN, encoding="utf-8")
    result = load_paths([tmp_path])
    assert [d.id for d in result.documents] == ["good"]
    messages = {str(p) for p in result.problems}
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("blank.txt" in m for m in messages)
    assert any("image.txt" in m and "binary" in m for m in messages)
    assert any("garbage.txt" in m for m in messages)


def test_file_over_the_size_limit(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text(EN * 1000, encoding="utf-8")
    result = load_paths([p], max_bytes=10_000)
    assert not result.documents
    assert "over the" in str(result.problems[0]) and "huge.txt" in str(result.problems[0])


def test_mixed_language_document(tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_text(EN + "\n\n" + RU + "\n\nThe delegation left on Thursday. Делегация уехала в четверг.\n", encoding="utf-8")
    (doc,) = load_paths([p]).documents
    assert doc.lang == "mixed"
    from crosscheck.ingest.segment import segment_document

    langs = [s.lang for s in segment_document(doc)]
    assert langs == ["en", "en", "ru", "ru", "en", "ru"]


def test_jsonl_documents_with_metadata_and_a_bad_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": EN, "lang": "en", "date": "2021-05-04", "outlet": "Wire"}),
        "{not json",
        json.dumps({"text": RU}),
        json.dumps({"id": "x"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_paths([p])
    assert [d.id for d in result.documents] == ["a1", "feed-3"]
    assert result.documents[0].outlet == "Wire" and result.documents[0].date == dt.date(2021, 5, 4)
    assert result.documents[1].lang == "ru"
    problems = [str(e) for e in result.problems]
    assert any("feed.jsonl:2" in m for m in problems) and any("feed.jsonl:4" in m for m in problems)


def test_metadata_sidecar_and_dateline(tmp_path):
    (tmp_path / "metadata.toml").write_text('[documents.a]\nlang = "en"\ndate = 2020-01-02\noutlet = "Daily"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("МОСКВА, 5 марта 2021 — РИА Новости. " + RU, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n", encoding="utf-8")
    result = load_paths([tmp_path])
    docs = {d.id: d for d in result.documents}
    assert set(docs) == {"a", "b"}  # README is not an article
    assert docs["a"].date == dt.date(2020, 1, 2) and docs["a"].date_source == "metadata" and docs["a"].outlet == "Daily"
    assert docs["b"].date == dt.date(2021, 3, 5) and docs["b"].date_source == "dateline"


def test_missing_path_and_text_loader():
    result = load_paths(["/nonexistent/file.txt"])
    assert not result.documents and "no such file" in str(result.problems[0])
    doc = load_text(RU, doc_id="t", date="2020-02-02")
    assert doc.lang == "ru" and doc.date == dt.date(2020, 2, 2)


def test_a_path_with_a_nul_byte_is_a_named_problem_and_the_others_still_read(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("The ministers met in Geneva on Tuesday.", encoding="utf-8")
    result = load_paths(["bad\x00name.txt", str(good)])
    assert len(result.documents) == 1 and "NUL byte" in str(result.problems[0])
