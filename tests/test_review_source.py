"""Flags read from a saved run: one flag per link (a->b and b->a are one), strongest first,
paragraphs around each claim, and the app's filter terms."""

from __future__ import annotations

import json

import pytest

from crosscheck.review.filters import apply, parse_filter
from crosscheck.review.source import load_run
from review_fixtures import FLAGSHIP, SEEDS, write_seeds_run


@pytest.fixture(scope="module")
def run_path(tmp_path_factory):
    return write_seeds_run(tmp_path_factory.mktemp("run"))


@pytest.fixture(scope="module")
def run(run_path):
    return load_run(run_path, [str(SEEDS)])


def test_one_flag_per_link_strongest_first(run, run_path):
    records = [json.loads(line) for line in run_path.read_text(encoding="utf-8").splitlines()]
    pairs = {frozenset((r["id"], link["id"])) for r in records for link in r["links"]}
    linked = [f for f in run.flags if f.b is not None]
    assert len(linked) == len(pairs) == len({f.key for f in linked})
    uniques = [r for r in records if r["status"] == "unique"]
    assert len([f for f in run.flags if f.status == "unique"]) == len(uniques)
    order = ["contradict", "agree", "unique", "related"]
    statuses = [f.status for f in run.flags]
    assert statuses == sorted(statuses, key=order.index)
    assert {run.flags[0].a.id, run.flags[0].b.id} == set(FLAGSHIP)


def test_paragraphs_highlight_the_claim_with_or_without_sources(run, run_path):
    bare = load_run(run_path)
    flag = run.flags[0]
    for loaded in (run, bare):
        for side in (flag.a, flag.b):
            text, start, end = loaded.paragraph(side)
            assert text[start:end] == side.text
    # with the sources, the RU claim stands alone in its paragraph (blank lines around it)
    text, start, end = run.paragraph(flag.b)
    assert (start, end) == (0, len(text))
    # dates and outlets come from the sources only
    assert flag.a.date.isoformat() == "2018-04-20" and bare.flags[0].a.date is None
    sputnik = [f for f in run.flags if any(s and s.outlet == "Sputnik" for s in (f.a, f.b))]
    assert sputnik


def test_filter_terms(run):
    def shown(text, related=False, verdicts=None):
        verdicts = verdicts or {}
        return apply(run.flags, parse_filter(text), show_related=related, verdict_of=verdicts.get)

    assert all(f.status != "related" for f in shown(""))
    assert shown("status:related") and all(f.status == "related" for f in shown("status:related"))
    assert all(any(s.doc.startswith("002") for s in (f.a, f.b) if s) for f in shown("doc:002", related=True))
    sputnik = shown("outlet:sputnik", related=True)
    assert sputnik and all(any(s and s.outlet == "Sputnik" for s in (f.a, f.b)) for f in sputnik)
    assert all(any(s and s.lang == "ru" for s in (f.a, f.b)) for f in shown("lang:ru"))
    words = shown("Scaparrotti generals")
    assert words and all("generals" in (f.a.text + (f.b.text if f.b else "") + f.explanation).lower() for f in words)
    key = run.flags[0].key
    assert key not in {f.key for f in shown("reviewed:yes")}
    assert [f.key for f in shown("reviewed:yes verdict:conf", verdicts={key: "confirmed"})] == [key]
    assert key not in {f.key for f in shown("reviewed:no", verdicts={key: "confirmed"})}
