"""Slots of a statement across languages: periods, figures, codes, names, polarity and
opposite predicates, paired and compared (``relate/slots.py``), and the comparable
pairs written for issue 10 (``tests/data/comparable_*.jsonl``)."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from crosscheck.pairs import compare_pairs
from crosscheck.frame import frame_text
from crosscheck.frame.periods import years_of
from crosscheck.frame.quantities import extract_quantities
from crosscheck.relate.slots import compare_slots, negation, predicates

DATA = Path(__file__).parent / "data"


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text,years", [
    ("in the 12th century", (1101, 1200)),
    ("в XII веке", (1101, 1200)),
    ("в XVII—XVIII веках", (1601, 1800)),
    ("the 17th-18th centuries", (1601, 1800)),
    ("in the late 15th century", (1466, 1499)),
    ("in 44 BC", (-44, -44)),
    ("в 44 году до н. э.", (-44, -44)),
    ("from 1337 to 1453", (1337, 1453)),
    ("с 1337 по 1453 год", (1337, 1453)),
    ("в 1147 году", (1147, 1147)),
    ("in 988", (988, 988)),
])
def test_periods_of_any_age(text, years):
    assert years_of(text) == years


@pytest.mark.parametrize("text,lang", [
    ("The Kievan Rus adopted Christianity in the 10th century.", "en"),
    ("Крещение Руси состоялось в X веке.", "ru"),
    ("Pushkin was born in 1799 in Moscow.", "en"),
    ("Он родился в 1905 году.", "ru"),
])
def test_years_and_centuries_are_times_not_quantities(text, lang):
    frame = frame_text(text, lang)
    assert frame.times
    assert not frame.quantities, frame.quantities


def test_year_as_count_does_not_crash():
    frame = frame_text("Команда заняла первое место за 2021 год.", "ru")
    assert [t.start.year for t in frame.times if t.start] == [2021]
    frame = frame_text("The team was the first in 2021 years.", "en")
    assert frame is not None


@pytest.mark.parametrize("text,lang,expect", [
    ("from 5% to 40%", "en", [(5, "percent", "exact"), (40, "percent", "exact")]),
    ("от 5 до 40 %", "ru", [(5, "percent", "exact"), (40, "percent", "exact")]),
    ("born 1905 in Moscow", "en", []),
    ("over 10 months", "en", [(10, "month", "exact")]),
    ("more than 900 people", "en", [(900, "people", "lower")]),
])
def test_quantities_ranges_and_junk_units(text, lang, expect):
    got = [(q.value, q.unit, q.bound) for q in extract_quantities(text, lang)]
    assert got == [(float(v), u, b) for v, u, b in expect]


def test_opposites_lexicon_is_data_with_forty_concepts():
    text = (resources.files("crosscheck") / "lang" / "opposites.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    concepts = {}
    for concept, pole, en, ru in rows:
        assert en.strip() and ru.strip()
        concepts.setdefault(concept, set()).add(pole)
    assert len(concepts) >= 40 and all(p == {"+", "-"} for p in concepts.values())
    assert predicates("Oil prices fell sharply.", "en")["rise"][0] == "-"
    assert predicates("Цены на нефть резко выросли.", "ru")["rise"][0] == "+"
    assert predicates("Argentina won the final.", "en")["win"][0] == "+"
    assert predicates("Аргентина проиграла финал.", "ru")["win"][0] == "-"


@pytest.mark.parametrize("text,lang,expect", [
    ("He did not say anything else.", "en", "negative"),
    ("He said it.", "en", "positive"),
    ("Он ничего больше не сказал.", "ru", "negative"),  # negative concord: one negation
    ("Russia should be in no doubt.", "en", None),  # a determiner: translated with or without a verb negation
    ("Это не только дорого, но и долго.", "ru", "positive"),
])
def test_verbal_negation(text, lang, expect):
    assert negation(text, lang) == expect


def _cmp(a, la, b, lb):
    return compare_slots(frame_text(a, la), a, la, frame_text(b, lb), b, lb)


def test_identifiers_compare_as_strings():
    cmp = _cmp("The airline ordered the A320 model.", "en", "Авиакомпания заказала модель A321.", "ru")
    assert [(p.kind, p.equal) for p in cmp.pairs if p.kind == "identifier"] == [("identifier", False)]
    cmp = _cmp("Call 8-800-555-35-35 for details.", "en", "Подробности по телефону 8-800-555-35-35.", "ru")
    assert all(p.equal for p in cmp.pairs if p.kind == "identifier") and any(p.kind == "identifier" for p in cmp.pairs)


def test_a_side_that_adds_detail_is_no_clash():
    cmp = _cmp("The museum opened in 1793.", "en", "Лувр открылся как музей в 1793 году в Париже.", "ru")
    assert not cmp.clashes and cmp.matches


def test_names_transliterated_differently_pair():
    cmp = _cmp("Saif Gaddafi was convicted in 2015.", "en", "Саиф Каддафи был осужден в 2015 году.", "ru")
    assert not cmp.clashes


@pytest.fixture(scope="module")
def comparable():
    rows = _load("comparable_pairs.jsonl")
    return rows, compare_pairs(rows)


def test_comparable_pairs_written_for_issue_10(comparable):
    rows, out = comparable
    assert len(rows) >= 40 and sum(r["label"] == "agree" for r in rows) * 2 == len(rows)
    pred_c = [o["relation"] == "contradict" for o in out]
    gold_c = [r["label"] == "contradict" for r in rows]
    tp = sum(p and g for p, g in zip(pred_c, gold_c))
    assert tp / max(1, sum(pred_c)) >= 0.9 and tp / sum(gold_c) >= 0.8  # measured 1.0 / 0.91
    pred_a = [o["relation"] == "agree" for o in out]
    tp_a = sum(p and r["label"] == "agree" for p, r in zip(pred_a, rows))
    assert tp_a / max(1, sum(pred_a)) >= 0.9  # measured 1.0


def _values(o: dict) -> list[str]:
    return [v for e in o.get("evidence", []) for v in (e["a"], e["b"]) if v]


def test_every_agree_and_contradict_names_the_paired_values(comparable):
    rows, out = comparable
    for r, o in zip(rows, out):
        if o["relation"] == "contradict":
            clash = [e for e in o["evidence"] if e["type"].endswith("clash")]
            assert clash, o
            for e in clash:
                if e["type"] != "polarity-clash":
                    assert e["a"] in o["explanation"] and e["b"] in o["explanation"], o
        elif o["relation"] == "agree":
            same = [e for e in o["evidence"] if e["type"].startswith("same-") and e["type"] != "same-statement"]
            assert same or "no figures, dates or names to pair" in o["explanation"], o
            if same:
                assert any(e["a"] in o["explanation"] and e["b"] in o["explanation"] for e in same), o


def test_explanation_says_en_x_ru_y():
    (row,) = compare_pairs([{"a": "Albert Einstein published the special theory of relativity in 1905.",
                             "b": "Специальную теорию относительности Эйнштейн опубликовал в 1915 году."}])
    assert row["relation"] == "contradict"
    assert re.search(r"EN a says 1905.*RU b says 1915", row["explanation"]), row["explanation"]


def test_changed_facts_are_never_agree():
    """A sample of the DEV perturbation pairs (one number, date, month, year, country or
    negation changed on one side): none may come out ``agree``."""
    rows = [r for r in _load("../../bench/data/perturb_dev.jsonl") if r["label"] == "contradict"]
    sample = rows[::9][:40]
    out = compare_pairs(sample)
    agreed = [(r["a"], r["b"]) for r, o in zip(sample, out) if o["relation"] == "agree"]
    assert len(agreed) <= 1, agreed
    assert sum(o["relation"] == "contradict" for o in out) >= 0.7 * len(sample)


def test_link_scores_say_the_relation_is_more_likely_right_than_wrong(comparable):
    _, out = comparable
    scores = [o["score"] for o in out if o["relation"] in ("agree", "contradict")]
    assert scores and min(scores) >= 0.5


@pytest.mark.parametrize("name, measured", [
    ("comparable_holdout.jsonl", (1.0, 0.92, 1.0)),
    ("comparable_holdout2.jsonl", (1.0, 0.90, 1.0)),  # first contact 0.929 / 0.65 / 0.90, then used for fixes
    ("comparable_holdout3.jsonl", (0.944, 0.944, 0.941)),  # first contact
])
def test_held_out_comparable_pairs_stay_above_floors(name, measured):
    """The held-out comparable sets, once looked at, are regression tests: floors a margin below
    what was measured (bench/COMPARE.md): contradiction P >= 0.85, R >= 0.8; agree P >= 0.85."""
    rows = _load(name)
    out = compare_pairs(rows)
    pred_c = [o["relation"] == "contradict" for o in out]
    gold_c = [r["label"] == "contradict" for r in rows]
    tp = sum(p and g for p, g in zip(pred_c, gold_c))
    pred_a = [o["relation"] == "agree" for o in out]
    tp_a = sum(p and r["label"] == "agree" for p, r in zip(pred_a, rows))
    got = (tp / max(1, sum(pred_c)), tp / sum(gold_c), tp_a / max(1, sum(pred_a)))
    assert got[0] >= 0.85 and got[1] >= 0.8 and got[2] >= 0.85, (got, measured)
