"""A date without a year in an undated text stays yearless: it never takes the year of
the wall clock and can never produce a clash (issue 14, defect 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.frame.times import extract_times, main_time

time_machine = pytest.importorskip("time_machine")

A = "The meeting between Gerasimov and Scaparrotti on April 19 was the first between them since 2013."
B = "Gerasimov and Scaparrotti met in Baku on April 19, 2018."


def _compare():
    # the library shortcut crosscheck.compare(A, B)
    import crosscheck

    compare = crosscheck.compare

    return compare(A, B)


def test_compare_does_not_depend_on_the_clock():
    with time_machine.travel(dt.datetime(2026, 12, 1, 12, 0), tick=False):
        first = _compare()
    with time_machine.travel(dt.datetime(2019, 3, 2, 12, 0), tick=False):
        second = _compare()
    assert first == second
    assert first["relation"] != "contradict"
    assert "2026" not in first["explanation"] and "2019" not in first["explanation"]


@pytest.mark.parametrize("text,lang", [
    ("They met on April 19.", "en"),
    ("The summit opened on 3 March.", "en"),
    ("Переговоры прошли 19 апреля.", "ru"),
    ("Встреча состоялась в мае.", "ru"),
    ("Talks are set for June.", "en"),
])
def test_yearless_date_without_document_date_has_no_dates(text, lang):
    times = extract_times(text, lang, None)
    assert times, text
    t = main_time(times)
    assert t is not None and t.start is None and t.end is None and not t.anchored


def test_yearless_date_takes_the_document_year():
    (t,) = extract_times("They met on April 19.", "en", dt.date(2018, 5, 2))
    assert t.start == dt.date(2018, 4, 19) and t.anchored
    (t,) = extract_times("They met on December 30.", "en", dt.date(2019, 1, 3))
    assert t.start == dt.date(2018, 12, 30)


def test_a_yearless_date_near_the_calendar_edges_does_not_overflow():
    import datetime

    from crosscheck.frame import frame_text

    for ref in (datetime.date(9999, 12, 31), datetime.date(1, 1, 1)):
        for text, lang in (("They met on April 19.", "en"), ("Они встретились 19 апреля.", "ru")):
            (ts,) = frame_text(text, lang, ref).times
            assert ts.start is None or ts.start.year in (ref.year, ref.year - 1)
