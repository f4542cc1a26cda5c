"""Round bo of issue 10 (read from the misjudged pairs of HELD-OUT119 and 120 after their first contact): rows written for
this test, none from an evaluation set.

* music-key: the key a piece is in is one more closed class (``lang/kinds.tsv``): "in C minor" / «ре минор»; in
  English only after "in", so "A major earthquake" names no key.
* mouth: the water a river flows into is one (role ``mouth``: "flows … into", "a tributary of", «впадает в», «приток»).
* transfer: the club a player moved to is one (role ``transfer``: "moved to", "signed for", «перешёл в»).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('music-key', 'contradict',
     "Beethoven's Symphony No. 5 in C minor was first performed in Vienna in 1808.",
     'Пятая симфония Бетховена ми минор впервые прозвучала в Вене в 1808 году.'),
    ('music-key', 'contradict',
     "Mozart's Requiem in D minor was left unfinished at his death in 1791.",
     'Реквием Моцарта до минор остался незавершённым после смерти композитора в 1791 году.'),
    ('music-key', 'contradict',
     "Chopin's Piano Sonata No. 2 in B-flat minor, with its funeral march, was completed in 1839.",
     'Фортепианная соната № 2 Шопена си минор с похоронным маршем была завершена в 1839 году.'),
    ('music-key', 'agree',
     "Schubert's Unfinished Symphony in B minor was written in 1822.",
     'Неоконченная симфония Шуберта си минор написана в 1822 году.'),
    ('music-key', 'agree',
     'A major earthquake destroyed much of Lisbon on 1 November 1755.',
     'Сильное землетрясение 1 ноября 1755 года разрушило большую часть Лиссабона.'),
    ('mouth', 'contradict',
     'The Oka flows north-east into the Volga at Nizhny Novgorod.',
     'Ока впадает в Дон у Нижнего Новгорода.'),
    ('mouth', 'contradict',
     'The Kama, the largest tributary of the Volga, joins it below Kazan.',
     'Кама, крупнейший приток Дона, впадает в него ниже Казани.'),
    ('mouth', 'contradict',
     'The Svir, which drains Lake Onega, flows west into Lake Ladoga.',
     'Свирь, вытекающая из Онежского озера, впадает в Ильмень.'),
    ('mouth', 'agree',
     'The Kama, the largest tributary of the Volga, joins it below Kazan.',
     'Кама, крупнейший приток Волги, впадает в неё ниже Казани.'),
    ('transfer', 'contradict',
     'In 1984 Diego Maradona moved to Napoli from Barcelona.',
     'В 1984 году Диего Марадона перешёл в «Ювентус» из «Барселоны».'),
    ('transfer', 'contradict',
     'Dennis Bergkamp moved from Inter to Arsenal in June 1995.',
     'Деннис Бергкамп в июне 1995 года перешёл в «Челси» из «Интера».'),
    ('transfer', 'contradict',
     'In 2009 Cristiano Ronaldo signed for Real Madrid from Manchester United.',
     'В 2009 году Криштиану Роналду перешёл в «Барселону» из «Манчестер Юнайтед».'),
    ('transfer', 'agree',
     'Zinedine Zidane moved to Real Madrid in 2001.',
     'Зинедин Зидан перешёл в «Реал Мадрид» в 2001 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
