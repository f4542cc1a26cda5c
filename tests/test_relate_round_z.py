"""Round z of issue 10 (HELD-OUT33/34 read for their false contradictions and missed agreements after their first
contact; general causes only). Rows written for this test, none from the seeds or a bench set; each rule has at least
three rows and a counter-example:

* manner-not: a Russian «не» right before an adverb that ends its clause («распространяется не мгновенно», «одобрил не
  сразу», «не случайно») negates the manner, not the predicate: negation stated otherwise, no polarity clash
  (``relate/manner_negation.py``; «не очень», «не всегда» still negate: ``lang/ru/negation_degree.tsv``).
* ni-odin: «ни одна женщина», «ни один прыгун» are negative concord ("no woman"), no figure 1 (``frame/quantities.py``).
* surname-descriptor: a lower-case word joined to a surname by a hyphen («Скотта-прозаика», «Дюма-сын») is no part of
  its key (``frame/names.person_key``).
* its-first: "its first ever victory", "their first final" are superlatives like "the first" (``lang/en/negation.tsv``):
  against «ни разу не побеждала» they are no polarity clash.
* place-kind: a celestial body («Нептун», «спутника Юпитера») never pairs as a place clash with a place on Earth
  (``relate/entity_pairs._place_kind``).
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("manner-not", "!contradict", "Ole Rømer showed in 1676 that light travels at a finite speed.",
     "В 1676 году Оле Рёмер показал, что свет распространяется не мгновенно."),
    ("manner-not", "!contradict", "The Senate approved the treaty only after a long debate in 1920.",
     "Сенат одобрил договор не сразу, а после долгих дебатов в 1920 году."),
    ("manner-not", "!contradict", "Darwin chose the name of his ship's naturalist post deliberately in 1831.",
     "Дарвин выбрал должность натуралиста на корабле в 1831 году не случайно."),
    ("manner-not", "contradict", "The Senate approved the treaty after a long debate in 1920.",
     "Сенат не одобрил договор после долгих дебатов в 1920 году."),
    ("ni-odin", "agree", "Valentina Tereshkova became the first woman in space aboard Vostok 6 in June 1963.",
     "Ни одна женщина до Валентины Терешковой не летала в космос: она сделала это 16 июня 1963 года."),
    ("ni-odin", "agree", "Junko Tabei became the first woman to climb Everest, reaching the top with the Japanese expedition of May 1975.",
     "Ни одна женщина до Дзюнко Табэи не поднималась на Эверест: она сделала это 16 мая 1975 года."),
    ("ni-odin", "agree", "Bob Beamon's long jump of 8.90 metres in 1968 was not beaten by anyone for 23 years.",
     "Ни один прыгун в длину не превзошёл 8,90 м Боба Бимона, установленные в 1968 году, целых 23 года."),
    ("ni-odin", "!agree", "Two women walked in space before Svetlana Savitskaya in 1984.",
     "Одна женщина вышла в открытый космос до Светланы Савицкой в 1984 году."),
    ("surname-descriptor", "agree", "Walter Scott's first novel, Waverley, came out anonymously in 1814.",
     "Роман «Уэверли», с которого в 1814 году началась слава Вальтера Скотта-прозаика, вышел анонимно."),
    ("surname-descriptor", "agree", "Alexandre Dumas fils wrote La Dame aux Camélias in 1848.",
     "«Даму с камелиями» написал в 1848 году Александр Дюма-сын."),
    ("surname-descriptor", "agree", "In 1821 Pushkin the poet wrote The Prisoner of the Caucasus.",
     "«Кавказского пленника» в 1821 году написал Пушкин-поэт."),
    ("surname-descriptor", "!agree", "Alexandre Dumas fils wrote La Dame aux Camélias in 1848.",
     "«Даму с камелиями» написал в 1848 году Виктор Гюго-романист."),
    ("its-first", "!contradict", "Lordi gave Finland its first ever Eurovision victory in 2006.",
     "До 2006 года Финляндия ни разу не побеждала на «Евровидении»; положила этому конец группа Lordi."),
    ("its-first", "!contradict", "In 1966 England won its first World Cup at Wembley.",
     "До 1966 года Англия ни разу не выигрывала чемпионат мира; победа пришла на «Уэмбли»."),
    ("its-first", "!contradict", "In 2018 France's women's team reached their first ever final.",
     "До 2018 года женская сборная Франции ни разу не выходила в финал."),
    ("its-first", "contradict", "In 1966 England won the World Cup at Wembley.",
     "В 1966 году Англия не выиграла чемпионат мира на «Уэмбли»."),
    ("place-kind", "!contradict", "In September 1846 Johann Galle, at the Berlin Observatory, found the planet predicted by Le Verrier.",
     "В сентябре 1846 года Иоганн Галле впервые увидел Нептун, предсказанный Леверье."),
    ("place-kind", "!contradict", "In January 1610 Galileo, then teaching in Padua, observed four small bodies circling a planet.",
     "В январе 1610 года Галилей впервые увидел в телескоп четыре спутника Юпитера."),
    ("place-kind", "!contradict", "In 1781 William Herschel, observing from Bath, found a new planet.",
     "В 1781 году Уильям Гершель открыл планету Уран."),
    ("place-kind", "contradict", "In September 1846 Johann Galle, working in Berlin, first saw the planet Neptune.",
     "В сентябре 1846 года Иоганн Галле, работая в Париже, впервые увидел планету Нептун."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, value, unit", [
    ("Planet Jupiter", "sky", "place"),
    ("Юпитера", "sky", "place"),
    ("Arctic Ocean", "land", "place"),  # seas are places on Earth (a third kind was tried: docs/relate.md round z)
    ("Paris", "land", "place"),
])
def test_place_kind(text, value, unit):
    from crosscheck.frame.names import place_key
    from crosscheck.relate.entity_pairs import _place_kind
    from crosscheck.relate.slot_values import Slot

    word = text.split()[-1]
    assert _place_kind(Slot("entity", word, place_key(word), unit)) == value


@pytest.mark.parametrize("text, negated", [
    ("Свет распространяется не мгновенно.", False),
    ("Сенат одобрил договор не сразу.", False),
    ("Это было не очень удобно.", True),
    ("Сенат не одобрил договор.", True),
])
def test_manner_negation(text, negated):
    from crosscheck.relate.negation import negation_info

    assert negation_info(text, "ru").negated is negated


@pytest.mark.parametrize("text, figures", [
    ("Ни одна женщина не выходила в открытый космос.", []),
    ("Ни один город не пострадал.", []),
    ("Одна женщина вышла в открытый космос.", [1.0]),
])
def test_negative_concord_is_no_figure(text, figures):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "A", "ru", None)
    assert [q.value for q in frame.quantities] == figures
