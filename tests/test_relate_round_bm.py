"""Round bm of issue 10 (read from the misjudged pairs of HELD-OUT115 and 116 after their first contact): rows written for
this test, none from an evaluation set.

* bible-place: places of the Bible whose Russian names are old exonyms, not transliterations (Bethlehem = Вифлеем,
  Nazareth = Назарет, Jericho = Иерихон: ``gazetteer/places.tsv``), so «в Вифлееме» / "in Bethlehem" is one place.
* sinking: what sank a ship, a torpedo or a mine, is one more closed class (``lang/kinds.tsv``): "struck a German mine"
  / «был торпедирован».
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('bible-place', 'agree',
     'The Church of the Nativity in Bethlehem was first built in the fourth century.',
     'Базилика Рождества Христова в Вифлееме впервые построена в IV веке.'),
    ('bible-place', 'agree',
     'The Basilica of the Annunciation in Nazareth was consecrated in 1969.',
     'Базилика Благовещения в Назарете освящена в 1969 году.'),
    ('bible-place', 'agree',
     'Excavations at Jericho led by Kathleen Kenyon began in 1952.',
     'Раскопки Иерихона под руководством Кэтлин Кеньон начались в 1952 году.'),
    ('bible-place', 'contradict',
     'The Basilica of the Annunciation in Nazareth was consecrated in 1969.',
     'Базилика Благовещения в Вифлееме освящена в 1969 году.'),
    ('sinking', 'contradict',
     'The cruiser HMS Hampshire struck a German mine off Orkney on 5 June 1916.',
     'Крейсер «Хэмпшир» был торпедирован у Оркнейских островов 5 июня 1916 года.'),
    ('sinking', 'contradict',
     'The liner Lusitania was torpedoed off the Old Head of Kinsale on 7 May 1915.',
     'Лайнер «Лузитания» наскочил на мину у мыса Олд-Хед-оф-Кинсейл 7 мая 1915 года.'),
    ('sinking', 'contradict',
     'The hospital ship Anglia struck a mine in the English Channel in November 1915.',
     'Госпитальное судно «Англия» было торпедировано в Ла-Манше в ноябре 1915 года.'),
    ('sinking', 'agree',
     'The battleship HMS Audacious struck a mine off Ireland in October 1914.',
     'Линкор «Одейшес» подорвался на мине у берегов Ирландии в октябре 1914 года.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
