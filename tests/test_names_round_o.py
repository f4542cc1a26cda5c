"""Round o of issue 10: two readings of names in the other text (``relate/name_keys.py``), each with rows written for
this test (none from the seeds or a bench set) and a counter-example:

* possessive: a name the other text writes with a possessive ending ("Vivaldi's Four Seasons") is named there, so a
  person one side's frame read («Антонио Вивальди») is no person the other side lacks;
* quoted: a capitalised word inside quotes («Царь Фёдор Иоаннович», “Boris Godunov”) is a title's word, never a name the
  frame missed: it does not make a person one side adds count as a person on both sides.
"""

from __future__ import annotations

import pytest

from crosscheck.relate.name_keys import named_in, unread_name
from crosscheck.relate.event_view import _name_key

POSSESSIVE = [
    # key's Russian name, the other text, named there?
    ("Джузеппе Верди", "Verdi's Aida was first performed in Cairo in 1871.", True),
    ("Эдвард Григ", "Grieg’s music for Peer Gynt was first heard in Christiania.", True),
    ("Антонин Дворжак", "Dvorak's symphony was first played in New York in 1893.", True),
    ("Ференц Лист", "Liszt's Hungarian Rhapsodies were printed in Pest.", True),
    ("Ференц Лист", "In the same year Franz Liszt finished the work.", True),
    ("Джакомо Пуччини", "Verdi's Aida was first performed in Cairo in 1871.", False),
]


@pytest.mark.parametrize("ru,text,named", POSSESSIVE)
def test_possessive(ru, text, named):
    key = _name_key(ru.split()[-1])
    assert key and named_in(key, text) is named


QUOTED = [
    # text, its slots' texts, the other text, an unread name?
    ("Московский театр открылся осенью 1898 г. спектаклем «Царь Фёдор Иоаннович».", ["осенью 1898 г."],
     "Stanislavski founded the Moscow Art Theatre in 1898.", False),
    ("Опера «Руслан и Людмила» впервые прозвучала в Петербурге в 1842 году.", ["Петербурге", "в 1842 году"],
     "Mikhail Glinka wrote the opera, first staged in Saint Petersburg in 1842.", False),
    ("The opera “Boris Godunov” was first staged at the Mariinsky in 1874.", ["Mariinsky", "in 1874"],
     "Оперу Модеста Мусоргского поставили в Мариинском театре в 1874 году.", False),
    ("Опера «Евгений Онегин» впервые прозвучала в Москве в 1879 году.", ["Москве", "в 1879 году"],
     "Pyotr Tchaikovsky heard the first performance of his opera in Moscow in 1879.", False),
    ("Оперу, впервые прозвучавшую в Петербурге в 1842 году, написал Александр Даргомыжский.", ["Петербурге", "в 1842 году"],
     "Mikhail Glinka wrote the opera, first staged in Saint Petersburg in 1842.", True),
]


@pytest.mark.parametrize("text,held,other,unread", QUOTED)
def test_quoted_title(text, held, other, unread):
    from crosscheck.relate.slot_values import Slot

    assert unread_name(text, [Slot("entity", h, None, "place") for h in held], other) is unread
