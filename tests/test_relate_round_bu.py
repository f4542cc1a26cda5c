"""Round bu of issue 10 (read from the misjudged pairs of the older held-out sets while HELD-OUT129/130 were being
written): rows written for this test, none from an evaluation set.

* since-start: "since X" on one side and a point the other side dates as a beginning ("was founded in 1972", «открыт в
  1960 году», "first produced in 1918") tell one start twice: its years must agree, a later point is no longer held by
  the bound (``relate/beginnings.py``, ``lang/{en,ru}/beginnings.tsv``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('since-start', 'contradict',
     'Carlsberg, whose founder Jacobsen named it after his son Carl, was established in Valby near Copenhagen in 1857.',
     'Датская пивоваренная компания «Карлсберг» варит пиво с 1847 года; её название дано в честь сына основателя.'),
    ('since-start', 'contradict',
     'The Tate Gallery on Millbank, founded by the sugar refiner Henry Tate, opened its doors in 1907.',
     'Лондонская галерея Тейт, названная в честь сахарозаводчика Генри Тейта, работает на набережной Миллбэнк с 1897 года.'),
    ('since-start', 'contradict',
     'Toblerone, the Swiss chocolate bar with its triangular peaks, was first produced in Bern by Theodor Tobler in 1918.',
     'Треугольный швейцарский шоколад «Тоблерон» выпускается в Берне с 1908 года; его придумал Теодор Тоблер.'),
    ('since-start', 'contradict',
     'The Kiel Canal has joined the North Sea and the Baltic since 1895, when Kaiser Wilhelm II opened it.',
     'Кильский канал, соединивший Северное и Балтийское моря, был торжественно открыт в 1905 году.'),
    ('since-start', 'agree',
     'The Tate Gallery on Millbank, founded by the sugar refiner Henry Tate, opened its doors in 1897.',
     'Лондонская галерея Тейт, названная в честь сахарозаводчика Генри Тейта, работает на набережной Миллбэнк с 1897 года.'),
    ('since-start', 'agree',
     'The Stockholm metro, often called the world\'s longest art gallery, has carried passengers since 1950.',
     'Стокгольмский метрополитен, чьи станции называют самой длинной художественной галереей в мире, был открыт в 1950 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
