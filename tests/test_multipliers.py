"""Multipliers (issue 10): "doubled", "threefold", "twice", "two-time", «втрое», «утроилась», «двукратный», «трижды» are
figures of the unit "times", and so are "three times", "2.5-fold" and «в 3 раза» (``frame/multipliers.py``,
``lang/multipliers.tsv``). Before this the words were not read at all, so "tripled" / «выросла вдвое» was `agree`. Rows
written for this test, none from the seeds or a bench set:

* factor: the same factor in two wordings agrees, another factor clashes;
* not-percent: a factor never pairs with a percentage ("rose by 100 %" / «удвоилась» is one fact in two forms, "rose
  by 50 %" / «выросла втрое» is left to the other slots): no clash from the two figures.
"""

from __future__ import annotations

import pytest

from crosscheck.frame.quantities import extract_quantities
from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("factor", "agree", "Between 2010 and 2020 the number of electric cars sold in Norway doubled every two years.",
     "С 2010 по 2020 год продажи электромобилей в Норвегии каждые два года увеличивались в 2 раза."),
    ("factor", "agree", "The airport's passenger traffic tripled over the decade.",
     "За десятилетие пассажиропоток аэропорта вырос втрое."),
    ("factor", "agree", "The Kenyan runner is a two-time Olympic marathon champion.",
     "Кенийский бегун — двукратный олимпийский чемпион в марафоне."),
    ("factor", "agree", "The library's collection has grown fourfold since it opened.",
     "С момента открытия фонд библиотеки увеличился в четыре раза."),
    ("factor", "contradict", "The airport's passenger traffic tripled over the decade.",
     "За десятилетие пассажиропоток аэропорта вырос вдвое."),
    ("factor", "contradict", "The Kenyan runner is a two-time Olympic marathon champion.",
     "Кенийский бегун — трёхкратный олимпийский чемпион в марафоне."),
    ("factor", "contradict", "The library's collection has grown fourfold since it opened.",
     "С момента открытия фонд библиотеки увеличился в 3 раза."),
    ("factor", "contradict", "The composer visited London twice, in 1791 and 1794.",
     "Композитор трижды бывал в Лондоне, в 1791 и 1794 годах."),
    ("not-percent", "!contradict", "The price of wheat rose by 100 percent in a year.",
     "Цена пшеницы за год удвоилась."),
    ("not-percent", "!contradict", "Exports to the region rose by 200% over five years.",
     "За пять лет экспорт в регион вырос втрое."),
    ("not-percent", "!contradict", "Household savings doubled, and spending fell by 3%.",
     "Сбережения домохозяйств удвоились, а расходы сократились на 3 %."),
    ("not-percent", "contradict", "Household savings doubled, and spending fell by 3%.",
     "Сбережения домохозяйств утроились, а расходы сократились на 3 %."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


FRAME = [
    # text, language, the factors read
    ("Revenue more than doubled.", "en", [2.0]),
    ("The population grew 2.5-fold.", "en", [2.5]),
    ("He won the title three times.", "en", [3.0]),
    ("Население выросло в 2,5 раза.", "ru", [2.5]),
    ("Цены снизились в полтора раза.", "ru", [1.5]),
    ("Это почти удваивает число пунктов, а то утраивает.", "ru", [2.0, 3.0]),
    ("Выручка утроилась, а прибыль выросла почти вдвое.", "ru", [3.0, 2.0]),
    ("Утром он трижды звонил в редакцию.", "ru", [3.0]),  # «утром» is no «утроил»
    ("A double room costs 90 euros.", "en", []),  # "double" is an adjective here
]


@pytest.mark.parametrize("text,lang,want", FRAME, ids=[f"frame-{i}" for i in range(len(FRAME))])
def test_factors_read(text, lang, want):
    assert [q.value for q in extract_quantities(text, lang) if q.unit == "times"] == pytest.approx(want), text
