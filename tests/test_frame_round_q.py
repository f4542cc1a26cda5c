"""Round q of issue 10, the frame: a number written right after a capitalised word inside a sentence, bare or before a word
that is no unit ("Expo 67", "the Boeing 747 carries", «Ту-154», «Экспо-67»), is part of a name: a figure of the unit
"label", which pairs only with a label or a bare figure (never with a count or a measure); a number after the sentence's
first word, a month, a currency code, a number word or a place, or before a unit, is read as before."""

from __future__ import annotations

import pytest

from crosscheck.frame import frame_text

CASES = [
    # text, lang, figures read (value, unit) in order
    ("The Montreal world's fair of 1967, known as Expo 67, drew 50 million visitors.", "en", [(67.0, "label"), (50e6, "visitor")]),
    ("The Boeing 747 carries up to 416 passengers.", "en", [(747.0, "label"), (416.0, "passenger")]),
    ("In 1969 the crew of Apollo 11 landed on the Moon.", "en", [(11.0, "label")]),
    ("Выставка «Экспо-67» в Монреале приняла 50 млн посетителей.", "ru", [(67.0, "label"), (50e6, "посетитель")]),
    ("Самолёт Ту-154 перевозил до 180 пассажиров.", "ru", [(154.0, "label"), (180.0, "пассажир")]),
    ("Первым реактивным лайнером СССР стал Ту-104.", "ru", [(104.0, "label")]),
    # counter-examples: a figure after the sentence's first word, a currency code, a unit after the number
    ("About 40 people died in the fire.", "en", [(40.0, "people")]),
    ("The ticket cost USD 5 in 1990.", "en", [(5.0, None)]),
    ("The summit of Elbrus rises 5642 metres above the sea.", "en", [(5642.0, "metre")]),
    ("Около 300 человек погибли.", "ru", [(300.0, "people")]),
]


@pytest.mark.parametrize("text,lang,want", CASES)
def test_name_label(text, lang, want):
    got = [(q.value, q.unit) for q in frame_text(text, lang).quantities]
    assert len(got) == len(want), got
    for (v, u), (gv, gu) in zip(want, got):
        assert abs(gv - v) <= 1e-6 * max(1.0, v) and (u is None or gu == u or gu.startswith(u[:5])), got


def test_declined_name_keeps_its_count():
    # a Russian name with a space before a count is a declined name and its figure («Пита Сампраса 14 побед»)
    got = [(q.value, q.unit) for q in frame_text("На счету теннисиста Пита Сампраса 14 побед на турнирах.", "ru").quantities]
    assert got and got[0][0] == 14.0 and got[0][1] != "label", got


def test_place_keeps_its_count():
    # a gazetteer place before a count is no name label ("In Germany 300 workers went on strike")
    got = [(q.value, q.unit) for q in frame_text("In Germany 300 workers went on strike.", "en").quantities]
    assert got == [(300.0, "worker")], got
