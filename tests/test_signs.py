"""Signs written before a figure (issue 10): "+2.5 %" / «−2,5 %» state two values (``frame/signs.py``,
``lang/signs.tsv``, ``relate/slots.signs_agree``). Before this the sign was dropped and such pairs were `agree`. A figure
written without a sign compares by its size ("contracted by 2.5 %" / «−2,5 %» is one fact), and a hyphen or dash
between two figures or after a letter is no sign (ranges, scores, codes). Rows written for this test, none from the
seeds or a bench set.
"""

from __future__ import annotations

import pytest

from crosscheck.frame.quantities import extract_quantities
from crosscheck.frame.signs import explicit_sign
from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("sign", "contradict", "In the third quarter the index of industrial output changed by +1.8%.",
     "В третьем квартале индекс промышленного производства изменился на −1,8 %."),
    ("sign", "contradict", "The country's current account balance stood at −$4.2 billion in 2019.",
     "Сальдо счёта текущих операций страны в 2019 году составило +4,2 млрд долларов."),
    ("sign", "contradict", "The club finished the season with a goal difference of +12.",
     "Клуб завершил сезон с разницей мячей −12."),
    ("sign", "agree", "The club finished the season with a goal difference of +12.",
     "Клуб завершил сезон с разницей забитых и пропущенных мячей +12."),
    ("sign", "agree", "In the third quarter the economy contracted by 1.8%.",
     "В третьем квартале динамика ВВП составила −1,8 %."),
    ("sign", "!contradict", "The final score was 3-1 to the visitors.",
     "Матч завершился со счётом 3–1 в пользу гостей."),
    ("sign", "!contradict", "Between 2015-2018 inflation averaged 4%.",
     "В 2015–2018 годах инфляция составляла в среднем 4 %."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text,lang,want", [
    ("The balance was −$3 billion.", "en", [-1]),
    ("Индекс: +2,5 %, а год назад −0,4 %.", "ru", [1, -1]),
    ("about -7 points", "en", [-1]),
    ("Scores of 10-20 points.", "en", [None, None]),  # a range: no sign on 20
    ("The COVID-19 wave hit 12 countries.", "en", [None, None]),  # no sign in the code, none on the count
    ("from 5 – 7 %", "en", [None, None]),  # a dash between figures, with spaces
])
def test_signs_read(text, lang, want):
    assert [explicit_sign(q.text) for q in extract_quantities(text, lang)] == want, text
