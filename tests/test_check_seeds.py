"""The product on its first corpus: the seed contradiction, measured against the gold."""

from __future__ import annotations

import pytest

from crosscheck.evaluation import _match, evaluate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_report(seeds_dir):
    import crosscheck

    return crosscheck.check([seeds_dir])


@pytest.fixture(scope="module")
def scores(seed_report, gold, seeds_dir):
    return evaluate(seeds_dir / "gold" / "seeds_gold.json", report=seed_report)


@pytest.fixture(scope="module")
def gold_ids(seed_report, gold):
    records = seed_report.records()
    matched = _match(gold, records, {r["id"]: r["text"] for r in records})
    return {rec["id"]: gid for gid, rec in matched.items()}


def test_the_seed_contradiction_is_caught_and_explained(seed_report, gold_ids):
    contradictions = [(r, link) for r in seed_report.results for link in r.links if link.relation == "contradict"]
    pairs = {frozenset((gold_ids[r.id], gold_ids[link.id])) for r, link in contradictions}
    assert pairs == {frozenset(("000:03", "001:08"))}, "exactly the gold contradiction, nothing else"
    (r, link) = next((r, l) for r, l in contradictions if gold_ids[r.id] == "000:03")
    assert r.status == "contradict"
    assert "2018-04-19" in link.explanation and "2018-01" in link.explanation
    assert "2013" in link.explanation
    assert any(e.type == "exclusivity-violated" for e in link.evidence)


def test_gold_scores(scores):
    assert scores["contradict"]["precision"] == 1.0 and scores["contradict"]["recall"] == 1.0
    assert scores["agree"]["f1"] >= 0.6, scores["agree"]
    assert scores["status_accuracy"] >= 0.7, scores["status_errors"]


def test_different_receptions_never_agree_or_contradict(seed_report, gold, gold_ids):
    events = {e["id"]: set(e["claims"]) for e in gold["events"]}
    nov, feb = events["E6a"] | events["E6b"], events["E7a"] | events["E7n"]
    for r in seed_report.results:
        for link in r.links:
            a, b = gold_ids.get(r.id), gold_ids.get(link.id)
            if (a in nov and b in feb) or (a in feb and b in nov):
                assert link.relation == "related", (a, b, link.relation, link.explanation)


def test_every_segment_has_one_record(seed_report):
    records = seed_report.records()
    assert len(records) == len(seed_report.results)
    assert all(r["status"] is None for r in records if r["kind"] in ("boilerplate", "unsupported"))
    assert all(r["reason"] for r in records if r["status"] is None)
    assert all(r["status"] in ("agree", "contradict", "related", "unique") for r in records if r["kind"] in ("claim", "quote-claim"))
