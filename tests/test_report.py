"""Report rendering: terminal table, exports, pandas, exit codes, summary."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from rich.console import Console

from crosscheck.errors import InputError, UsageError
from crosscheck.model import STATUSES
from crosscheck.report import FORMATS, Report, format_for_path

try:
    from report_fixtures import EN_DOC, RU_DOC, build_report
except ImportError:  # tests/ imported as a package
    from tests.report_fixtures import EN_DOC, RU_DOC, build_report


@pytest.fixture(scope="module")
def report() -> Report:
    return build_report()


# -- the data ------------------------------------------------------------------------
def test_report_is_frozen_and_ordered(report):
    assert isinstance(report.documents, tuple) and isinstance(report.results, tuple)
    with pytest.raises(Exception):
        report.results = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        report.meta["x"] = 1  # type: ignore[index]
    assert [r.id for r in report.results][:3] == ["en_herald:01", "en_herald:02", "en_herald:03"]
    assert report.result("ru_vesti:03").status == "contradict"
    assert report.document("ru_vesti") is RU_DOC
    assert len(report) == 12
    assert "contradict=2" in repr(report)


def test_records_follow_the_contract(report):
    records = report.records()
    assert len(records) == len(report.results)
    keys = {"id", "doc", "lang", "start", "end", "text", "kind", "status", "reason", "links", "frame"}
    for rec in records:
        assert keys <= rec.keys()
        doc = EN_DOC if rec["doc"] == "en_herald" else RU_DOC
        assert " ".join(doc.text[rec["start"] : rec["end"]].split()) == rec["text"]
    skipped = [r for r in records if r["status"] is None]
    assert {r["id"] for r in skipped} == {"en_herald:01", "en_herald:07", "ru_vesti:01", "ru_vesti:05"}
    assert all(r["reason"] for r in skipped)
    clash = next(r for r in records if r["id"] == "en_herald:03")
    assert clash["links"][0]["relation"] == "contradict" and clash["links"][0]["id"] == "ru_vesti:03"
    assert clash["frame"]["exclusivity"][0]["since"] == "2015-01-01"


def test_summary(report):
    s = report.summary()
    assert s["status"] == {"contradict": 2, "agree": 2, "related": 2, "unique": 2}
    assert list(s["status"]) == list(STATUSES)
    assert s["checked"] == 8 and s["skipped"] == 4 and s["segments"] == 12
    assert s["documents"] == 2
    assert s["languages"] == {"en": 1, "ru": 1}
    assert s["kind"] == {"boilerplate": 3, "claim": 7, "opinion": 1, "quote-claim": 1}
    line = report.summary_line()
    assert "2 documents" in line and "2 contradict" in line and "4 skipped" in line and "en 1, ru 1" in line


@pytest.mark.parametrize(
    "fail_on, code",
    [(None, 0), ("never", 0), ("contradict", 1), ("agree", 1), ("related", 1), ("unique", 1), ("CONTRADICT", 1)],
)
def test_exit_code(report, fail_on, code):
    assert report.exit_code(fail_on) == code


def test_exit_code_thresholds():
    full = build_report()

    def only(*statuses):
        return Report(full.documents, tuple(r for r in full.results if r.status in statuses or r.status is None))

    agree_only = only("agree")
    assert agree_only.exit_code("contradict") == 0
    assert agree_only.exit_code("agree") == 1
    assert agree_only.exit_code("related") == 1
    unique_only = only("unique")
    assert unique_only.exit_code("related") == 0
    assert unique_only.exit_code("unique") == 1
    skipped_only = only()
    assert skipped_only.exit_code("unique") == 0
    related_only = only("related")
    assert (related_only.exit_code("agree"), related_only.exit_code("related")) == (0, 1)
    with pytest.raises(UsageError):
        full.exit_code("bogus")


def test_empty_report():
    empty = Report((), ())
    assert empty.summary()["checked"] == 0
    assert empty.exit_code("unique") == 0
    assert "no checked claims" in empty.render("table", width=80)
    assert empty.render("jsonl") == ""
    assert json.loads(empty.render("json"))["claims"] == []
    assert "<svg" in empty.render("html")
    assert empty.to_pandas().empty and empty.links_frame().empty


# -- terminal table ------------------------------------------------------------------
def _print(report, width, **kwargs):
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None, **kwargs)
    console.print(report)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 160])
def test_table_fits_and_orders(report, width):
    text = _print(report, width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    # contradiction first, then agree, unique; related claims summarised in one line after the table
    order = [text.index(s) for s in ("contradict", "agree", "unique", "related links among")]
    assert order == sorted(order)
    assert text.index("It was the first") < text.index("Russia's Chief")
    # claim and counterpart side by side (same row), explanation and score present
    row = next(line for line in lines if "It was the first meeting" in line)
    assert "Герасимов и Скапарротти" in row
    flat = " ".join(text.split())
    assert "Exclusivity violated" in flat and "0.91" in flat
    assert "ru_vesti:03 · ru · Вести" in flat
    # summary line
    assert "2 documents (en 1, ru 1)" in flat and "2 contradict" in flat and "4 skipped" in flat
    # skipped segments are not shown by default; symmetric pairs shown once
    assert "Follow us on Twitter" not in flat
    assert flat.count("Exclusivity violated") == 1


def test_table_show_skipped_and_no_dedupe(report):
    text = report.render("table", width=160, show_skipped=True, dedupe=False)
    flat = " ".join(text.split())
    assert "Follow us on Twitter" in flat and "call to action" in flat
    assert flat.count("Exclusivity violated") == 2
    assert text.index("unique") < text.index("skipped")


def test_table_colors_and_no_color(report, monkeypatch):
    colored = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="standard")
    colored.print(report)
    assert "\x1b[" in colored.file.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="standard")
    plain.print(report)
    out = plain.file.getvalue()
    assert "\x1b[31" not in out and "\x1b[32" not in out  # no red/green foregrounds
    assert "contradict" in out
    assert "\x1b[" not in report.render("table", width=120)


# -- exports ---------------------------------------------------------------------------
def test_render_formats(report):
    assert set(FORMATS) == {"table", "json", "jsonl", "csv", "md", "html"}
    for fmt in FORMATS:
        assert report.render(fmt).strip()
    with pytest.raises(UsageError):
        report.render("xml")


def test_jsonl(report):
    lines = report.render("jsonl").splitlines()
    assert len(lines) == len(report.results)
    assert [json.loads(line) for line in lines] == report.records()
    assert "Герасимов" in lines[8]  # not \u-escaped


def test_json_roundtrip_pandas(report):
    payload = json.loads(report.render("json"))
    assert set(payload) >= {"documents", "claims", "summary"}
    assert [d["id"] for d in payload["documents"]] == ["en_herald", "ru_vesti"]
    assert payload["summary"]["status"]["contradict"] == 2
    assert payload["claims"] == report.records()
    df = pd.json_normalize(payload["claims"])
    assert len(df) == 12 and (df["status"] == "contradict").sum() == 2
    df2 = pd.read_json(io.StringIO(report.render("jsonl")), lines=True)
    assert list(df2["id"]) == [r.id for r in report.results]


def test_csv_roundtrip_pandas(report):
    df = pd.read_csv(io.StringIO(report.render("csv")))
    assert len(df) == 12
    assert list(df["id"]) == [r.id for r in report.results]
    for col in ("status", "reason", "best_link_id", "best_link_relation", "best_link_score", "best_link_explanation",
                "links", "outlet", "date", "start", "end", "text"):
        assert col in df.columns
    row = df.set_index("id").loc["en_herald:03"]
    assert row["status"] == "contradict" and row["best_link_id"] == "ru_vesti:03"
    assert row["best_link_score"] == pytest.approx(0.91)
    assert json.loads(row["links"]) == report.records()[2]["links"]
    assert pd.isna(df.set_index("id").loc["en_herald:01", "status"])
    assert df["text"].tolist() == [r.segment.text for r in report.results]
    assert (df["end"] > df["start"]).all()


def test_markdown(report):
    md = report.render("md")
    lines = md.splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert table[0].startswith("| status | claim | counterpart")
    assert len(table) == 2 + 8  # header, rule, one row per checked claim
    assert table[2].startswith("| contradict |")
    assert "Exclusivity violated" in table[2]
    assert all(line.count(" | ") >= 4 for line in table[2:])
    assert "<script>" not in md  # escaped
    assert "skipped" in report.render("md", show_skipped=True).split("| --- |")[-1]


def test_pandas_frames(report):
    claims = report.to_pandas()
    assert len(claims) == 12
    for col in ("id", "doc", "lang", "start", "end", "text", "kind", "status", "reason", "best_link_id",
                "best_link_relation", "best_link_score", "best_link_explanation", "outlet", "date"):
        assert col in claims.columns
    contra = claims[claims.status == "contradict"]
    assert set(contra.id) == {"en_herald:03", "ru_vesti:03"}
    assert str(claims["date"].dtype).startswith("datetime64")
    links = report.to_pandas(links=True)
    assert links.equals(report.links_frame())
    assert len(links) == sum(len(r.links) for r in report.results) == 7
    first = links.iloc[links.index[links.claim_id == "en_herald:03"][0]]
    assert first["counterpart_id"] == "ru_vesti:03" and first["relation"] == "contradict"
    assert first["counterpart_text"].startswith("Герасимов и Скапарротти")
    assert (first["claim_lang"], first["counterpart_lang"]) == ("en", "ru")
    assert "exclusivity-violated" in first["evidence"]


def test_write_guesses_format(report, tmp_path):
    for name, check in [
        ("r.jsonl", lambda t: len(t.splitlines()) == 12),
        ("r.json", lambda t: "claims" in json.loads(t)),
        ("r.csv", lambda t: t.startswith("id,doc,lang")),
        ("r.md", lambda t: t.startswith("# crosscheck report")),
        ("r.html", lambda t: t.startswith("<!DOCTYPE html>")),
    ]:
        path = report.write(tmp_path / name)
        assert check(path.read_text(encoding="utf-8")), name
    assert format_for_path("x.HTML") == "html"
    with pytest.raises(UsageError):
        report.write(tmp_path / "r.unknown")
    report.write(tmp_path / "r.unknown", fmt="jsonl")
    with pytest.raises(InputError):
        report.write(tmp_path / "missing-dir" / "r.json")


def test_timeline_data(report):
    tl = report.timeline()
    assert [lane.doc for lane in tl.lanes] == ["en_herald", "ru_vesti"]
    excl = [m for m in tl.marks if m.kind == "exclusivity"]
    assert len(excl) == 1 and excl[0].doc == "en_herald" and excl[0].contradict
    assert str(excl[0].start) == "2015-01-01" and str(excl[0].clear_from) == "2016-01-01"
    march = [m for m in tl.marks if m.claim == "ru_vesti:03"]
    assert march and march[0].kind == "point" and march[0].contradict
    assert [(c.point.claim, c.interval.claim) for c in tl.clashes] == [("ru_vesti:03", "en_herald:03")]
    svg = tl.svg()
    assert svg.startswith("<svg") and "tl-clash" in svg and "#c62828" in svg and "anchor period" in svg
    assert 'xmlns="http://www.w3.org/2000/svg"' in tl._repr_svg_()


def test_claims_only_report_shows_unchecked_claims():
    """``crosscheck claims``: segments and frames, no statuses."""
    import dataclasses

    full = build_report()
    bare = Report(full.documents, tuple(dataclasses.replace(r, status=None, links=()) for r in full.results))
    s = bare.summary()
    assert s["checked"] == 0 and s["unchecked"] == 8 and s["skipped"] == 4
    assert "not checked" in bare.summary_line() and "7 claim" in bare.summary_line()
    text = bare.render("table", width=100)
    assert "unchecked" in text and "It was the first" in text and "Follow us" not in text
    assert bare.exit_code("unique") == 0
    md = bare.render("md")
    assert md.count("| unchecked |") == 8
    page = bare.render("html")
    assert 'value="unchecked" checked' in page
    assert page.count('<article class="flag s-unchecked"') == 8
    assert [m.display for m in bare.timeline().marks if m.claim == "ru_vesti:03"] == ["unchecked"]
