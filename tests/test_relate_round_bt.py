"""Round bt of issue 10 (read from the misjudged pairs of HELD-OUT127 and 128 after their first contact): rows written for
this test, none from an evaluation set.

* race-name: a place after a Romance particle that ends a name is no place of the statement ("the Tour de France", «Джиро
  д’Италия»: ``frame/entities_en.py``, ``frame/entities_ru.py``); two races named are still two.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('race-name', '!contradict',
     'Eddy Merckx won the Tour de France five times between 1969 and 1974.',
     'Эдди Меркс пять раз выигрывал «Джиро д’Италия» и пять раз — «Тур де Франс» в 1969–1974 годах.'),
    ('race-name', '!contradict',
     'Fausto Coppi won the Tour de France twice, in 1949 and 1952.',
     'Фаусто Коппи пять раз выигрывал «Джиро д’Италия» и дважды, в 1949 и 1952 годах, — «Тур де Франс».'),
    ('race-name', '!contradict',
     'Bernard Hinault won the Tour de France five times.',
     'Бернар Ино пять раз выигрывал «Тур де Франс» и трижды — «Джиро д’Италия».'),
    ('race-name', '!agree',
     'In 1998 Marco Pantani won the Giro d\'Italia in Milan.',
     'В 1998 году Марко Пантани выиграл «Тур де Франс» в Париже.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
