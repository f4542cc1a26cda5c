"""Round bt of issue 10 (read from the misjudged pairs of HELD-OUT127 and 128 after their first contact): rows written for
this test, none from an evaluation set.

* race-name: a place after a Romance particle that ends a name is no place of the statement ("the Tour de France", «Джиро
  д’Италия»: ``frame/entities_en.py``, ``frame/entities_ru.py``); two races named are still two.
* relative-negation: a negation only inside a relative clause ("a woman who could not afford a lawyer", «ручку, которая
  не пачкала бумагу»: ``lang/{en,ru}/relative_pronouns.tsv``) when the other side has no relative clause is a detail of a
  noun, never the statement denied (``relate/clause_scope.negation_in_relative_clause``); a negation in a clause the
  other side also tells still clashes.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('race-name', '!contradict',
     'Eddy Merckx won the Tour de France five times between 1969 and 1974.',
     'Эдди Меркс пять раз выигрывал «Джиро д’Италия» и пять раз — «Тур де Франс» в 1969–1974 годах.'),
    ('race-name', '!contradict',
     'Fausto Coppi won the Giro d\'Italia five times.',
     'Фаусто Коппи пять раз выигрывал «Джиро д’Италия» и дважды — «Тур де Франс».'),
    ('race-name', '!contradict',
     'In 1998 Marco Pantani won both the Tour de France and the Giro d\'Italia.',
     'В 1998 году Марко Пантани выиграл и «Джиро д’Италия», и «Тур де Франс».'),
    ('race-name', '!agree',
     'In 1998 Marco Pantani won the Giro d\'Italia in Milan.',
     'В 1998 году Марко Пантани выиграл «Тур де Франс» в Париже.'),
    ('relative-negation', '!contradict',
     'In 1938 László Bíró patented a ballpoint pen in Budapest.',
     'В 1938 году в Будапеште Ласло Биро запатентовал шариковую ручку, которая не пачкала бумагу.'),
    ('relative-negation', '!contradict',
     'In 1903 Mary Anderson patented a windscreen wiper worked from inside the car.',
     'В 1903 году Мэри Андерсон запатентовала стеклоочиститель, который не требовал остановки автомобиля.'),
    ('relative-negation', '!contradict',
     'In 1966 the court held that a tenant who could not pay the rent had to leave the flat.',
     'В 1966 году суд постановил, что арендатор с долгами по плате обязан освободить квартиру.'),
    ('relative-negation', 'contradict',
     'The bridge, which did not collapse in the 1989 earthquake, was strengthened in 1990.',
     'Мост, который обрушился при землетрясении 1989 года, укрепили в 1990 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
