"""Round aq of issue 10 (HELD-OUT65 and 66, first contacted on round ap's final rules, read for general causes).  Rows
written for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* dg-consonant: an English dg before a consonant is Russian «дж» (Wedgwood = Веджвуд, Edgbaston = Эджбастон:
  ``lang/ru/latin_renderings.tsv``).
* lived-to: a finite «не дожил до» negates living to see a thing ("lived to attend" / «не дожил до премьеры»); only the
  gerund («не дожив до 27 лет») stays an age's bound that negates nothing (``lang/ru/negation.tsv``).
* weekday: a weekday alone ("on a Saturday", «в понедельник») is a day of its own, compared as such
  (``lang/{en,ru}/weekday_rules.tsv`` kind bare, ``frame/weekday_rules.py``).
* dependency: a dependent territory and its state are one territory ("born in the Faroe Islands" / «датский»:
  ``gazetteer/dependencies.tsv``, ``gazetteer.one_territory``).
* case-name: the parties in a case's name ("Chisholm v. Georgia", «Чисхолм против Джорджии») are no places of the fact
  (``relate/slot_values.entity_slots``, ``without_case_names``).
* division-stem: a division whose name is little more than its "-sk" keeps it ("Omsk region" / «Омской области»:
  ``frame/divisions.division_stem``); divisions are compared by name, never keyed as the city they are named after.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    # dg-consonant: an English dg before a consonant is «дж» (Wedgwood = Веджвуд)
    ("dg-consonant", "agree", "Josiah Wedgwood opened his Etruria works near Stoke in 1769.",
     "Джозайя Веджвуд открыл свою фабрику «Этрурия» близ Сток-он-Трента в 1769 году."),
    ("dg-consonant", "agree", "The first Test match at Edgbaston in Birmingham was played in 1902.",
     "Первый тестовый матч на стадионе «Эджбастон» в Бирмингеме сыгран в 1902 году."),
    ("dg-consonant", "agree", "The Bridgwater Canal, opened in 1761, carried coal to Manchester.",
     "Канал Бриджуотер, открытый в 1761 году, возил уголь в Манчестер."),
    ("dg-consonant", "!agree", "Josiah Wedgwood opened his Etruria works near Stoke in 1769.",
     "Джозайя Споуд открыл свою фабрику «Этрурия» близ Сток-он-Трента в 1769 году."),
    # lived-to: a finite «не дожил до» negates living to see the thing; the gerund before an age stays a bound
    ("lived-to", "contradict", "Prokofiev lived to attend the Bolshoi premiere of his ballet in 1954.",
     "Прокофьев не дожил до премьеры своего балета в Большом театре в 1954 году."),
    ("lived-to", "contradict", "Gaudí lived to see the consecration of the Sagrada Família crypt in 1885.",
     "Гауди не дожил до освящения крипты Саграда Фамилия в 1885 году."),
    ("lived-to", "agree", "Schubert did not live to hear his Great Symphony performed; it premiered in 1839.",
     "Шуберт не дожил до первого исполнения своей Большой симфонии, состоявшегося в 1839 году."),
    ("lived-to", "agree", "The poet Mikhail Lermontov was killed in a duel in July 1841 at the age of 26.",
     "Михаил Лермонтов погиб на дуэли в июле 1841 года, не дожив до 27 лет."),
    # weekday: a weekday alone ("on a Saturday", «в понедельник») is a day of its own
    ("weekday", "contradict", "The Clapham Junction crash happened on a Saturday morning in December 1988, killing 35.",
     "Катастрофа у Клапем-Джанкшен произошла утром в понедельник, 12 декабря 1988 года; погибли 35 человек."),
    ("weekday", "contradict", "The Great Fire of London broke out on a Sunday in September 1666.",
     "Великий лондонский пожар начался в пятницу, в сентябре 1666 года."),
    ("weekday", "agree", "The Great Fire of London broke out on a Sunday in September 1666.",
     "Великий лондонский пожар начался в воскресенье, 2 сентября 1666 года."),
    ("weekday", "contradict", "The Wall Street crash reached its worst on a Tuesday, 29 October 1929.",
     "Крах на Уолл-стрит достиг низшей точки в среду, 29 октября 1929 года."),
    # dependency: a dependent territory and its state are one territory
    ("dependency", "agree", "Niels Finsen, born in the Faroe Islands, received the Nobel Prize in 1903.",
     "Датский врач Нильс Финсен получил Нобелевскую премию в 1903 году."),
    ("dependency", "agree", "Roberto Clemente, born in Puerto Rico, reached 3,000 hits in 1972.",
     "Американский бейсболист Роберто Клементе в 1972 году достиг отметки в 3000 хитов."),
    ("dependency", "agree", "The explorer Knud Rasmussen, born in Greenland, led the Fifth Thule Expedition from 1921.",
     "Датский полярник Кнуд Расмуссен с 1921 года руководил Пятой экспедицией Туле."),
    ("dependency", "contradict", "Niels Finsen, born in the Faroe Islands, received the Nobel Prize in 1903.",
     "Шведский врач Нильс Финсен получил Нобелевскую премию в 1903 году."),
    # case-name: the parties named in a case's name are no places of the fact
    ("case-name", "agree", "Chisholm v. Georgia, decided in 1793, was overturned by the Eleventh Amendment.",
     "Решение Верховного суда США по делу «Чисхолм против Джорджии» (1793) отменила Одиннадцатая поправка."),
    ("case-name", "agree", "Worcester v. Georgia was decided by the Supreme Court in 1832.",
     "Дело «Вустер против Джорджии» Верховный суд США решил в 1832 году."),
    ("case-name", "agree", "The Supreme Court decided Cohens v. Virginia in 1821.",
     "Дело «Коэнс против Виргинии» Верховный суд США решил в 1821 году."),
    ("case-name", "contradict", "The court heard Smith v. Jones in London in 1990.",
     "Суд рассмотрел дело «Смит против Джонса» в Эдинбурге в 1990 году."),
    # division-stem: a division whose name is little more than "-sk" keeps it (Omsk / «Омская»)
    ("division-stem", "agree", "The oil refinery in the Omsk region was opened in 1955.",
     "Нефтеперерабатывающий завод в Омской области открыт в 1955 году."),
    ("division-stem", "contradict", "Lake Chany lies in the south of the Omsk region.",
     "Озеро Чаны расположено на юге Новосибирской области."),
    ("division-stem", "agree", "The Tomsk region was formed in August 1944.",
     "Томская область образована в августе 1944 года."),
    ("division-stem", "contradict", "The Tomsk region was formed in August 1944.",
     "Омская область образована в августе 1944 года."),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_bare_weekday_is_a_day_and_never_zero():
    from crosscheck.frame.weekday_rules import weekday_rules

    assert [q.value for q in weekday_rules("It happened on a Saturday morning.", "en")] == [6.0]
    assert [q.value for q in weekday_rules("Это случилось в понедельник, 12 декабря.", "ru")] == [1.0]
    assert [q.value for q in weekday_rules("It falls on the last Tuesday of January.", "en")] == [92.0]


def test_a_case_name_is_blanked_out():
    from crosscheck.relate.slot_values import without_case_names

    got = without_case_names("In Chisholm v. Georgia the Court ruled.")
    assert "Georgia" not in got and got.endswith("the Court ruled.") and len(got) == len("In Chisholm v. Georgia the Court ruled.")
    assert "Джорджии" not in without_case_names("По делу «Чисхолм против Джорджии» суд решил.")
