"""Round bw of issue 10 (read from the misjudged pairs of HELD-OUT131 and 132 after their first contact): rows written for
this test, none from an evaluation set.

* attributive: an English word negating by its form right after a determiner and before its noun ("an unlikely
  building", "an unlikely discovery") describes the noun and negates no predicate (``relate/clause_scope.py``);
  "he was reluctant to" still does;
* old-names: a city's historical name is the city (Helsingfors / «Гельсингфорс», Lemberg / «Лемберг», Reval, Pressburg,
  Vilna: ``lang/gazetteer/places.tsv``).

* the collective numerals run to «десятеро» (``lang/ru/numbers.tsv``), read as counts of people.

A reading table checks that the reciprocal "one another" is no count (``lang/one_of.tsv``).
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('attributive', 'agree',
     'In 1851 an unlikely building of glass and iron, the Crystal Palace, opened in Hyde Park.',
     'В 1851 году в Гайд-парке открылся Хрустальный дворец из стекла и железа.'),
    ('attributive', 'agree',
     'In 1928 an unlikely discovery by Alexander Fleming at St Mary\'s Hospital led to penicillin.',
     'В 1928 году Александр Флеминг в лондонской больнице Святой Марии открыл пенициллин.'),
    ('attributive', 'contradict',
     'In 1851 the engineers were reluctant to build the Crystal Palace in Hyde Park.',
     'В 1851 году инженеры охотно построили Хрустальный дворец в Гайд-парке.'),
    ('attributive', 'contradict',
     'In 1815 the Swiss banker was reluctant to travel to London.',
     'В 1815 году швейцарский банкир охотно отправился в Лондон.'),
    ('old-names', 'agree',
     'Sibelius\'s Finlandia was first performed in Helsinki in 1900.',
     '«Финляндия» Сибелиуса впервые прозвучала в Гельсингфорсе в 1900 году.'),
    ('old-names', 'agree',
     'In 1772 Lemberg passed to the Habsburg monarchy.',
     'В 1772 году Львов отошёл к монархии Габсбургов.'),
    ('old-names', 'agree',
     'In 1710 the Swedish garrison of Reval surrendered to the Russian army.',
     'В 1710 году шведский гарнизон Таллина сдался русской армии.'),
    ('old-names', 'contradict',
     'In 1772 Lemberg passed to the Habsburg monarchy.',
     'В 1772 году Гельсингфорс отошёл к монархии Габсбургов.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


@pytest.mark.parametrize("name, key", [("Гельсингфорс", "helsinki"), ("Helsingfors", "helsinki"), ("Reval", "tallinn"),
                                       ("Ревель", "tallinn"), ("Pressburg", "bratislava"), ("Vilna", "vilnius"),
                                       ("Lemberg", "lviv"), ("Лемберг", "lviv")])
def test_old_names_are_the_city(name, key):
    from crosscheck.lang.gazetteer import lookup

    assert lookup(name) == ("place", key)


def test_one_another_is_no_count():
    from crosscheck.frame import frame_text

    units = {q.unit for q in frame_text("Every August the villagers pelt one another with tomatoes.", "en").quantities}
    assert "another" not in units and units <= {"one-of"}


@pytest.mark.parametrize("text, value", [("Из экипажа уцелели девятеро моряков.", 9.0), ("На льдине остались восьмеро полярников.", 8.0),
                                         ("Вернулись десятеро разведчиков.", 10.0), ("Выжили лишь трое моряков.", 3.0)])
def test_collective_numerals_are_counts(text, value):
    """Round bw: «восьмеро», «девятеро», «десятеро» are counts, as «двое» … «семеро» were (``lang/ru/numbers.tsv``)."""
    from crosscheck.frame.quantities import extract_quantities

    assert value in {q.value for q in extract_quantities(text, "ru")}
