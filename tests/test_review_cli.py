"""The desk from the command line: decide, decisions, review --stats, export claimreview,
decisions fed back into check, and one-line errors with exit code 2."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from crosscheck.cli import main
from review_fixtures import FLAGSHIP, SEEDS, flagship_key, write_seeds_run

SCHEMA = json.loads((Path(__file__).parent / "data" / "schemaorg_claimreview.json").read_text(encoding="utf-8"))


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def seeds_run(tmp_path):
    return write_seeds_run(tmp_path)


def _one_line_error(code, err, *words):
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("crosscheck: error:"), err
    assert "Traceback" not in err
    for w in words:
        assert w in lines[0]


def test_decide_and_decisions(seeds_run, tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    key = flagship_key(seeds_run)
    code, out, err = run(["decide", key, "--verdict", "confirmed", "--note", "RIA: January", "--reviewer", "ana",
                          "--db", db, "--run", seeds_run], capsys)
    assert code == 0, err
    assert json.loads(out)["relation"] == "contradict"
    code, out, err = run(["decide", key.upper(), "--verdict", "rejected", "--reviewer", "bob", "--db", db], capsys)
    assert code == 0, err
    code, out, err = run(["decisions", "--db", db, "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["reviewer"], r["verdict"]) for r in rows] == [("ana", "confirmed"), ("bob", "rejected")]
    assert rows[0]["note"] == "RIA: January" and rows[0]["evidence"] == ["exclusivity-violated"]
    assert rows[1]["relation"] == "contradict"  # the context recorded by the first decision is kept
    assert {rows[0]["a_id"], rows[0]["b_id"]} == set(FLAGSHIP)
    code, out, _ = run(["decisions", "--db", db, "--reviewer", "bob", "--format", "csv"], capsys)
    assert code == 0 and out.count("\n") == 2 and "bob" in out and "ana" not in out
    code, out, _ = run(["decisions", "--db", db, "--format", "table"], capsys)
    assert code == 0 and key in out


def test_decide_errors_are_one_line(seeds_run, tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    _one_line_error(*run(["decide", "deadbeef", "--verdict", "confirmed", "--db", db], capsys)[::2], "not a link key")
    _one_line_error(*run(["decide", "f" * 32, "--verdict", "confirmed", "--db", db, "--run", seeds_run], capsys)[::2],
                    "unknown key")
    _one_line_error(*run(["decide", "f" * 32, "--verdict", "maybe", "--db", db], capsys)[::2], "--verdict")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 200)
    _one_line_error(*run(["decide", "f" * 32, "--verdict", "unsure", "--db", bad], capsys)[::2], "corrupt", str(bad))
    _one_line_error(*run(["decisions", "--db", bad], capsys)[::2], "corrupt")
    _one_line_error(*run(["decisions", "--db", tmp_path / "none.sqlite"], capsys)[::2], "no decisions database")


def test_a_locked_database_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_DB_TIMEOUT", "0.1")
    db = tmp_path / "d.sqlite"
    assert run(["decide", "a" * 32, "--verdict", "unsure", "--db", db], capsys)[0] == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        _one_line_error(*run(["decide", "a" * 32, "--verdict", "confirmed", "--db", db], capsys)[::2], "locked")
    finally:
        holder.execute("ROLLBACK")


def test_review_needs_a_terminal_and_a_readable_run(seeds_run, tmp_path, capsys):
    _one_line_error(*run(["review", seeds_run, "--db", tmp_path / "d.sqlite"], capsys)[::2], "terminal")
    _one_line_error(*run(["review", tmp_path / "missing.jsonl"], capsys)[::2], "missing.jsonl")
    _one_line_error(*run(["review", tmp_path], capsys)[::2], "not supported yet")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1}\n', encoding="utf-8")
    _one_line_error(*run(["review", broken], capsys)[::2], "broken.jsonl:1")
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "a:01", "doc": "a", "text": "x", "start": 0, "end": 1, "status": None}) + "\n",
                      encoding="utf-8")
    _one_line_error(*run(["review", claims], capsys)[::2], "crosscheck claims")


def test_review_stats_gives_precision_by_evidence_type(seeds_run, tmp_path, capsys):
    from crosscheck.review.source import load_run

    db = tmp_path / "d.sqlite"
    flags = load_run(seeds_run).flags
    agree = [f for f in flags if f.status == "agree"][:3]
    verdicts = ["confirmed", "rejected", "unsure"]
    for flag, verdict in zip(agree, verdicts):
        assert run(["decide", flag.key, "--verdict", verdict, "--db", db, "--run", seeds_run], capsys)[0] == 0
    code, out, err = run(["review", "--stats", "--db", db, "--format", "jsonl"], capsys)
    assert code == 0, err
    rows = {r["group"]: r for r in map(json.loads, out.splitlines())}
    assert rows["all"]["reviewed"] == 3 and rows["all"]["precision"] == 0.5
    assert rows["relation agree"]["confirmed"] == 1 and rows["relation agree"]["rejected"] == 1
    assert rows["evidence same-event"]["reviewed"] == 3


def test_a_rejected_false_alarm_is_shown_reviewed_and_not_counted(seeds_run, tmp_path, capsys, monkeypatch):
    db = tmp_path / "d.sqlite"
    key = flagship_key(seeds_run)
    assert run(["decide", key, "--verdict", "rejected", "--note", "same meeting", "--db", db, "--run", seeds_run],
               capsys)[0] == 0
    # the flagship pair's two articles, once as they are, once re-spaced, once with the claim edited
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    for path in [*SEEDS.glob("00[01]_*.txt"), SEEDS / "metadata.toml"]:
        (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    en = next(corpus.glob("000_*.txt"))
    monkeypatch.setenv("CROSSCHECK_DB", str(db))
    code, out, err = run(["check", corpus, "--format", "jsonl", "--fail-on", "contradict"], capsys)
    assert code == 0, err  # the only contradiction was rejected: --fail-on does not see it
    records = {r["id"]: r for r in map(json.loads, out.splitlines())}
    a, b = (records[i] for i in FLAGSHIP)
    for rec, other in ((a, b), (b, a)):
        assert rec["status"] != "contradict"
        link = next(link for link in rec["links"] if link["id"] == other["id"])
        assert link["relation"] == "contradict" and link["key"] == key
        assert link["review"]["verdict"] == "rejected" and link["review"]["note"] == "same meeting"
        assert link is rec["links"][-1]  # no longer the best evidence
    # whitespace alone is no change: same key, still rejected
    en.write_text(en.read_text(encoding="utf-8").replace("the first between", "the first  between"), encoding="utf-8")
    code, out, err = run(["check", corpus, "--format", "jsonl", "--fail-on", "contradict"], capsys)
    assert code == 0
    # another sentence of the document edited (or normalised by a newer reader): a new key, and the
    # decision is still found by the same sentences in the same documents
    en.write_text(en.read_text(encoding="utf-8").replace("severely damaged", "badly damaged"), encoding="utf-8")
    code, out, err = run(["check", corpus, "--format", "jsonl", "--fail-on", "contradict"], capsys)
    assert code == 0
    records = {r["id"]: r for r in map(json.loads, out.splitlines())}
    link = next(link for link in records[FLAGSHIP[0]]["links"] if link["id"] == FLAGSHIP[1])
    assert link["key"] != key and link["review"]["verdict"] == "rejected"
    # an edited claim is a new flag: raised again
    en.write_text(en.read_text(encoding="utf-8").replace("since 2013.", "since 2012."), encoding="utf-8")
    code, out, _ = run(["check", corpus, "--format", "jsonl", "--fail-on", "contradict"], capsys)
    keys = {link["key"] for r in map(json.loads, out.splitlines()) for link in r["links"]}
    assert key not in keys
    assert code == 1


def test_the_table_and_html_show_reviews(seeds_run, tmp_path):
    from crosscheck.report import Report
    from crosscheck.review.feedback import apply_decisions
    from crosscheck.review.store import Decision
    from review_fixtures import seeds_report

    report = seeds_report()
    key = flagship_key(seeds_run)
    rejected = {key: Decision(key=key, reviewer="ana", verdict="rejected", at="2026-12-01T10:00:00Z",
                              relation="contradict")}
    reviewed = Report(report.documents, apply_decisions(report.results, decisions=rejected), report.meta)
    assert report.exit_code("contradict") == 1 and reviewed.exit_code("contradict") == 0
    table = reviewed.render("table", width=300)
    assert "review" in table.splitlines()[0] and "✗ rejected (ana)" in table and "not counted" in table
    assert "review" not in report.render("table", width=300).splitlines()[0]  # no column without reviews
    narrow = " ".join(reviewed.render("table", width=80).split())
    assert "not counted" in narrow
    html = reviewed.render("html")
    assert 'class="review v-rejected"' in html and "rejected by ana" in html


def test_unreadable_decisions_database_warns_once_and_check_goes_on(tmp_path, capsys, monkeypatch, caplog):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 200)
    monkeypatch.setenv("CROSSCHECK_DB", str(bad))
    code, out, err = run(["check", SEEDS / "000_d58e4c5f6d9dbaad.txt", SEEDS / "001_5ad936416c912d06.txt",
                          "--format", "jsonl"], capsys)
    assert code == 0 and out
    warnings = [r.getMessage() for r in caplog.records if "bad.sqlite" in r.getMessage()]
    assert len(warnings) == 1 and "corrupt" in warnings[0]
    assert not any(link.get("review") for r in map(json.loads, out.splitlines()) for link in r["links"])


def _check_node(node, type_, path="$"):
    """``node`` is a schema.org ``type_`` with only properties that type defines (see the fixture)."""
    assert isinstance(node, dict) and node.get("@type") == type_, f"{path}: expected @type {type_}"
    allowed = set(SCHEMA[type_]) | {p for parent in SCHEMA["_parents"].get(type_, []) for p in SCHEMA[parent]}
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        assert prop in allowed, f"{path}.{prop} is not a property of {type_}"
        ranges = SCHEMA["_ranges"].get(prop, [])
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, dict):
                assert v.get("@type") in ranges, f"{path}.{prop}: {v.get('@type')} not in {ranges}"
                _check_node(v, v["@type"], f"{path}.{prop}")
            elif "Date" in ranges:
                dt.date.fromisoformat(v)
            else:
                assert isinstance(v, str) and v.strip(), f"{path}.{prop} must be a non-empty text"


def test_export_claimreview_of_the_confirmed_flagship(seeds_run, tmp_path, capsys, monkeypatch):
    db = tmp_path / "d.sqlite"
    key = flagship_key(seeds_run)
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[review]\nauthor = "Baku Fact Desk"\nauthor_url = "https://example.org"\n',
                                      encoding="utf-8")
    monkeypatch.setenv("CROSSCHECK_HOME", str(home))
    # nothing confirmed yet: an empty list
    assert run(["decide", key, "--verdict", "unsure", "--db", db, "--run", seeds_run], capsys)[0] == 0
    out_path = tmp_path / "out.jsonld"
    code, _, err = run(["export", "claimreview", seeds_run, "--db", db, "--source", SEEDS, "-o", out_path], capsys)
    assert code == 0, err
    assert json.loads(out_path.read_text(encoding="utf-8")) == []
    assert run(["decide", key, "--verdict", "confirmed", "--db", db], capsys)[0] == 0
    code, _, err = run(["export", "claimreview", seeds_run, "--db", db, "--source", SEEDS, "-o", out_path], capsys)
    assert code == 0, err
    records = json.loads(out_path.read_text(encoding="utf-8"))
    assert len(records) == 1
    rec = records[0]
    assert rec["@context"] in ("https://schema.org", "http://schema.org", "https://schema.org/")
    _check_node(rec, "ClaimReview")
    assert rec["author"] == {"@type": "Organization", "name": "Baku Fact Desk", "url": "https://example.org"}
    assert rec["claimReviewed"] == "The meeting was the first between the two generals since 2013."
    assert rec["reviewRating"]["alternateName"] == "Contradicted by another source"
    works = rec["itemReviewed"]["appearance"]
    assert [w["datePublished"] for w in works] == ["2018-04-20", "2018-04-19"]  # both sources, named and dated
    assert "Напомним, что еще в январе" in works[1]["text"] and works[1]["inLanguage"] == "ru"
    assert works[1]["name"] == "В Баку состоятся переговоры между НАТО и Россией"
    assert rec["itemReviewed"]["firstAppearance"]["text"] == rec["claimReviewed"]
    # --author wins over the configuration; stdout when no -o
    code, out, _ = run(["export", "claimreview", seeds_run, "--db", db, "--author", "Desk"], capsys)
    assert code == 0 and json.loads(out)[0]["author"]["name"] == "Desk"


def test_claimreview_with_urls_and_outlets_fits_the_vocabulary():
    from crosscheck.review.claimreview import claim_review
    from crosscheck.review.source import Flag, Side
    from crosscheck.review.store import Decision

    a = Side(id="a:01", doc="a", lang="en", text="Exports rose by 12 percent in 2020.", start=0, end=35,
             date=dt.date(2021, 1, 5), outlet="Baku Herald", url="https://herald.example/exports", title="Exports")
    b = Side(id="b:03", doc="b", lang="ru", text="Экспорт в 2020 году вырос на 25%.", start=10, end=43,
             date=dt.date(2021, 1, 4), outlet="Вести", url="https://vesti.example/export")
    flag = Flag(key="c" * 32, status="contradict", a=a, b=b, score=0.9, explanation="12 percent vs 25 percent.",
                evidence=({"type": "number-clash", "detail": "12 percent vs 25 percent"},))
    rec = claim_review(flag, Decision(key=flag.key, reviewer="ana", verdict="confirmed", at="2026-12-01T10:00:00Z",
                                      note="Checked the customs data"), None)
    _check_node(rec, "ClaimReview")
    works = rec["itemReviewed"]["appearance"]
    assert [w["url"] for w in works] == [a.url, b.url]
    assert [w["publisher"]["name"] for w in works] == ["Baku Herald", "Вести"]
    assert rec["itemReviewed"]["author"]["name"] == "Baku Herald"
    assert rec["author"] == {"@type": "Person", "name": "ana"}  # no author configured: the reviewer
    assert "Checked the customs data" in rec["reviewBody"] and rec["datePublished"] == "2026-12-01"
