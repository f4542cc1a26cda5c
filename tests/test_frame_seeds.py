"""Frames on the five seed articles (gold sentence spans as segments)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frame_seed_util import seed_docs_and_segments  # noqa: E402

from crosscheck.frame import build_frames  # noqa: E402
from crosscheck.frame.names import person_key  # noqa: E402

D = dt.date


@pytest.fixture(scope="module")
def seeds():
    out = {}
    for prefix, (doc, segs) in seed_docs_and_segments().items():
        frames = build_frames(doc, segs)
        assert len(frames) == len(segs)
        out[prefix] = {s.n: (s, f) for s, f in zip(segs, frames)}
    return out


def _find(seeds, prefix, needle):
    for n, (s, f) in seeds[prefix].items():
        if needle in s.text:
            return s, f
    raise AssertionError(f"{needle!r} not in seed {prefix}")


def _keys(seeds, prefix, needle, typ):
    return _find(seeds, prefix, needle)[1].entity_keys(typ)


def test_entity_pairs_share_keys(seeds):
    gerasimov = person_key("Gerasimov")
    en = _keys(seeds, "000", "Valery Gerasimov, the chief", "person")
    ru = _keys(seeds, "001", "19 апреля глава российского Генштаба", "person")
    assert gerasimov in en and gerasimov in ru
    assert person_key("Scaparrotti") in en and person_key("Scaparrotti") in ru
    # Герасимова (genitive) / Герасимовым (instrumental)
    assert gerasimov in _keys(seeds, "002", "Прошлый визит Герасимова", "person")
    assert gerasimov in _keys(seeds, "002", "принял делегацию", "person")
    # Алиев / Aliyev
    assert person_key("Aliyev") in _keys(seeds, "002", "принял делегацию", "person")
    assert person_key("Aliyev") in _keys(seeds, "000", "Aliyev was sworn in", "person")
    # Садыков / Sadikov
    assert person_key("Sadikov") in _keys(seeds, "002", "Наджмеддином Садыковым", "person")
    assert person_key("Sadikov") in _keys(seeds, "003", "Colonel General Najmaddin Sadikov met", "person")
    # Баку / БАКУ / Baku, НАТО / NATO, Москва / Moscow
    assert "baku" in _keys(seeds, "002", "БАКУ, 26 ноя", "place")
    assert "baku" in _keys(seeds, "001", "в январе в Баку", "place")
    assert "baku" in _keys(seeds, "000", "took place in Baku", "place")
    assert "nato" in _keys(seeds, "001", "В Баку состоятся переговоры", "org")
    assert "nato" in _keys(seeds, "000", "NATO later reacted", "org")
    assert "moscow" in _keys(seeds, "001", "связей с Москвой", "place")
    assert "moscow" in _keys(seeds, "000", "holds Moscow responsible", "place")


def test_titles_split_from_names(seeds):
    s, f = _find(seeds, "000", "NATO Supreme Allied Commander Curtis Scaparrotti")
    e = next(e for e in f.entities if e.key == person_key("Scaparrotti"))
    assert e.text == "Curtis Scaparrotti" and "Commander" in e.role and "NATO" in e.role


def test_january_in_001(seeds):
    s, f = _find(seeds, "001", "в январе")
    t = next(t for t in f.times if t.text.lower().endswith("январе"))
    assert (t.start, t.end, t.grain) == (D(2018, 1, 1), D(2018, 1, 31), "month")
    assert f.event.type == "meeting" and f.event.place == "baku"
    assert {person_key("Gerasimov"), person_key("Scaparrotti")} <= set(f.event.participants)


def test_first_since_2013_in_000(seeds):
    s, f = _find(seeds, "000", "the first between the two generals since 2013")
    ex = next(x for x in f.exclusivity if x.kind == "first-since")
    assert ex.since == D(2013, 1, 1) and ex.clear_from == D(2014, 1, 1)
    assert ex.until == D(2018, 4, 19)  # the meeting's date, from the previous sentence
    assert ex.event_type == "meeting"
    assert {person_key("Gerasimov"), person_key("Scaparrotti")} <= set(ex.participants)


def test_july_10_in_002(seeds):
    s, f = _find(seeds, "002", "10 июля")
    assert any(t.start == t.end == D(2019, 7, 10) for t in f.times)
    s, f = _find(seeds, "002", "Тогда российский генерал")
    assert f.event.time.start == D(2019, 7, 10)  # "Тогда" inherits the previous sentence's time
    assert person_key("Gerasimov") in f.event.participants  # "российский генерал"
    assert person_key("Aliyev") in f.event.participants  # "азербайджанским лидером"


def test_trade_last_year_in_004(seeds):
    s, f = _find(seeds, "004", "Last year, our trade grew by more than 20 percent")
    assert any(t.start == D(2019, 1, 1) and t.end == D(2019, 12, 31) for t in f.times)
    q = next(q for q in f.quantities if q.unit == "percent")
    assert q.value == 20 and q.bound == "lower"


def test_other_seed_facts(seeds):
    s, f = _find(seeds, "001", "В Баку состоятся переговоры между НАТО и Россией")
    assert f.modality == "planned" and f.event.type == "talks" and f.event.place == "baku"
    s, f = _find(seeds, "001", "сообщает")
    assert f.attribution == "russia-defense-ministry"
    s, f = _find(seeds, "002", "три встречи")
    kinds = {(x.kind, x.count or x.ordinal, x.since) for x in f.exclusivity}
    assert ("count", 3, D(2018, 1, 1)) in kinds and ("ordinal", 2, D(2019, 1, 1)) in kinds
    s, f = _find(seeds, "001", "7 сентября того же года")
    assert f.times[0].start == D(2017, 9, 7)
    s, f = _find(seeds, "000", "fourth term")
    assert any(x.kind == "ordinal" and x.ordinal == 4 for x in f.exclusivity)
    s, f = _find(seeds, "000", "The two military leaders used")
    assert f.attribution == "nato"


def test_lead_sentence_descriptions_resolve_forward(seeds):
    s, f = _find(seeds, "000", "Russia’s top military officer and the NATO commander")
    assert {person_key("Gerasimov"), person_key("Scaparrotti")} <= set(f.event.participants)
    assert f.event.type == "meeting"
    s, f = _find(seeds, "001", "прибыл начальник Генштаба России")
    assert person_key("Gerasimov") in f.entity_keys("person")
    # a role description in a sentence about 2013 is not resolved to today's office holder
    s, f = _find(seeds, "001", "В 2013 году администрация")
    assert person_key("Scaparrotti") not in f.entity_keys("person")
