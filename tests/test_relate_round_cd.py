"""Round cd of issue 10 (read from the misjudged pairs of HELD-OUT139 and 140 after their first contact): rows written
for this test, none from an evaluation set.

* wheeled: "three-wheeled" is a count of wheels in one compound word, as «трёхколёсный» is (``lang/count_compounds.tsv``),
  so the Russian count no longer stands alone against the other side's engine size;
* firm: an unknown capitalised word right after a lower-case noun for a firm ("the heating firm Viessmann", "the Chinese
  group Midea") is an organisation (``lang/en/org_nouns.tsv``), so two buyers clash and one buyer pairs;
* decimal: a fraction as written holds its last digit, give or take just under half a step: 2.08 m is not 2.07 m, 21.63 s
  is not 21.66 s, while 2.25 km holds 2.252 km (``relate/roundings.half_step``; whole figures keep their rules);
* place-adjective: a Russian people's adjective right before a name («в китайском Пекине», «в украинском Донецке») tells
  where that place is, so it names a country, not another people against the other side's "the Dutch sprinter";
* race-time: a time a race is run in is one figure in seconds, however it is written ("1:41.11", «1.41,11», «7 мин 20,67 с»,
  "2:15:25"; ``frame/race_times.py``), not a figure of minutes and another of seconds that pair crosswise.

Reading tables: the race-time forms, and what they leave alone (a clock time, a score, a date).
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('wheeled', 'agree',
     'The Messerschmitt KR200, a three-wheeled bubble car built from 1955 to 1964, had a 191 cc engine.',
     'Трёхколёсный микроавтомобиль Messerschmitt KR200 выпускался с 1955 по 1964 г.'),
    ('wheeled', 'contradict',
     'The Messerschmitt KR200, a three-wheeled bubble car built from 1955 to 1964, had a 191 cc engine.',
     'Четырёхколёсный микроавтомобиль Messerschmitt KR200 выпускался с 1955 по 1964 г.'),
    ('wheeled', 'agree',
     'The Bond Minicar, a three-wheeled economy car made in Preston from 1949 to 1966, had a 122 cc engine at first.',
     'Трёхколёсный малолитражный автомобиль Bond Minicar выпускался в Престоне с 1949 по 1966 год.'),
    ('wheeled', 'agree',
     'The Daihatsu Midget, a three-wheeled delivery vehicle launched in 1957, carried loads of up to 300 kg.',
     'Трёхколёсный грузовой мотороллер Daihatsu Midget появился в 1957 г. и перевозил до 300 кг груза.'),
    ('wheeled', 'contradict',
     'The Daihatsu Midget, a three-wheeled delivery vehicle launched in 1957, carried loads of up to 300 kg.',
     'Четырёхколёсный грузовой мотороллер Daihatsu Midget появился в 1957 г. и перевозил до 300 кг груза.'),
    ('firm', 'agree',
     'In January 2017 the Chinese group Midea completed its takeover of the German robot maker Kuka.',
     'В январе 2017 г. китайская компания Midea завершила поглощение немецкого производителя роботов Kuka.'),
    ('firm', 'contradict',
     'In January 2017 the Chinese group Midea completed its takeover of the German robot maker Kuka.',
     'В январе 2017 г. китайская компания Gree завершила поглощение немецкого производителя роботов Kuka.'),
    ('firm', 'agree',
     'In 2012 the Chinese group Wanda bought the American cinema chain AMC for about 2.6 billion dollars.',
     'В 2012 г. китайская компания Wanda купила американскую сеть кинотеатров AMC примерно за 2,6 млрд долларов.'),
    ('firm', 'contradict',
     'In 2012 the Chinese group Wanda bought the American cinema chain AMC for about 2.6 billion dollars.',
     'В 2012 г. китайская компания Alibaba купила американскую сеть кинотеатров AMC примерно за 2,6 млрд долларов.'),
    ('decimal', 'contradict',
     'In August 2009 the Croatian high jumper Blanka Vlašić cleared 2.08 metres in Zagreb, the second-best jump in history.',
     'В августе 2009 г. в хорватском Загребе Бланка Влашич взяла высоту 2,07 м — второй результат в истории.'),
    ('decimal', 'agree',
     'In August 2009 the Croatian high jumper Blanka Vlašić cleared 2.08 metres in Zagreb, the second-best jump in history.',
     'В августе 2009 г. в Загребе Бланка Влашич взяла высоту 2,08 м — второй результат в истории.'),
    ('decimal', 'agree',
     'The Rio–Antirrio Bridge across the Gulf of Corinth, opened in August 2004, is 2.252 km long.',
     'Длина моста Рион — Антирион через Коринфский залив, открытого в августе 2004 г., — 2,25 км.'),
    ('decimal', 'contradict',
     'The Rio–Antirrio Bridge across the Gulf of Corinth, opened in August 2004, is 2.252 km long.',
     'Длина моста Рион — Антирион через Коринфский залив, открытого в августе 2004 г., — 2,28 км.'),
    ('place-adjective', 'agree',
     'At the 2015 World Championships in Beijing the Dutch sprinter Dafne Schippers won the 200 metres in 21.63 seconds.',
     'На чемпионате мира 2015 г. в китайском Пекине Дафне Схипперс выиграла бег на 200 м с результатом 21,63 с.'),
    ('place-adjective', 'contradict',
     'At the 2015 World Championships in Beijing the Dutch sprinter Dafne Schippers won the 200 metres in 21.63 seconds.',
     'На чемпионате мира 2015 г. в китайском Пекине Дафне Схипперс выиграла бег на 200 м с результатом 21,66 с.'),
    ('place-adjective', 'agree',
     'In February 2014 the French pole vaulter Renaud Lavillenie cleared 6.16 metres indoors in Donetsk.',
     'В феврале 2014 г. в украинском Донецке Рено Лавиллени взял в прыжке с шестом высоту 6,16 м.'),
    ('place-adjective', 'contradict',
     'In February 2014 the French pole vaulter Renaud Lavillenie cleared 6.16 metres indoors in Donetsk.',
     'В феврале 2014 г. в украинском Донецке Рено Лавиллени взял в прыжке с шестом высоту 6,14 м.'),
    ('race-time', 'agree',
     'In August 1997 the Danish runner Wilson Kipketer set an 800 metres world record of 1:41.11 in Cologne.',
     'В августе 1997 г. в немецком Кёльне Уилсон Кипкетер установил мировой рекорд в беге на 800 м — 1.41,11.'),
    ('race-time', 'contradict',
     'In August 1997 the Danish runner Wilson Kipketer set an 800 metres world record of 1:41.11 in Cologne.',
     'В августе 1997 г. в немецком Кёльне Уилсон Кипкетер установил мировой рекорд в беге на 800 м — 1.41,24.'),
    ('race-time', 'agree',
     'In September 1996 at Rieti the Kenyan runner Daniel Komen set a 3000 metres world record of 7:20.67.',
     'В сентябре 1996 г. в Риети кениец Дэниел Комен установил мировой рекорд в беге на 3000 м — 7.20,67.'),
    ('race-time', 'contradict',
     'In September 1996 at Rieti the Kenyan runner Daniel Komen set a 3000 metres world record of 7:20.67.',
     'В сентябре 1996 г. в Риети кениец Дэниел Комен установил мировой рекорд в беге на 3000 м — 7.25,11.'),
    ('race-time', 'agree',
     'In September 1996 at Rieti the Kenyan runner Daniel Komen set a 3000 metres world record of 7:20.67.',
     'В сентябре 1996 г. в Риети кениец Дэниел Комен установил мировой рекорд в беге на 3000 м — 7 мин 20,67 с.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


@pytest.mark.parametrize("v, step", [(2.41, 0.0049), (34.6, 0.049), (7.845, 0.00049), (1500000.0, 0.0), (12.0, 0.0)])
def test_half_step_of_the_last_written_decimal(v, step):
    from crosscheck.relate.roundings import half_step

    assert half_step(v) == pytest.approx(step)


@pytest.mark.parametrize("text, name, kind", [
    ("In 2024 the heating firm Viessmann sold its climate business.", "Viessmann", "org"),
    ("The record label Stiff was founded in London in 1976.", "Stiff", "org"),
    ("The Japanese carmaker Subaru built its first car in 1954.", "Subaru", "org"),
])
def test_a_capitalised_word_after_a_noun_for_a_firm(text, name, kind):
    from crosscheck.frame import frame_text

    got = {e.text: e.type for e in frame_text(text, "en").entities}
    assert got.get(name) == kind, got


@pytest.mark.parametrize("text, name", [
    ("The company doctor Watson examined him.", "Watson"),  # a lower-case noun between: no firm named
    ("Tesla, the company Musk leads, was founded in 2003.", "Musk"),  # a relative clause's subject
    ("Motown, the record label Gordy founded, moved to Los Angeles.", "Gordy"),
    ("The aircraft carrier Enterprise was launched in 1960.", "Enterprise"),  # a ship, not a firm
])
def test_no_firm_where_the_name_is_a_person_or_a_ship(text, name):
    from crosscheck.frame import frame_text

    got = {e.text: e.type for e in frame_text(text, "en").entities}
    assert got.get(name) != "org", got


@pytest.mark.parametrize("x, y, same", [
    (2.08, 2.07, False),
    (2.252, 2.25, True),
    (7.845, 7.8, True),
    (104.7, 105.0, True),  # a fraction against a whole figure keeps the old tolerance: 105 is 104.7 rounded
    (123.4, 123.0, True),
    (1450.5, 1450.0, True),
])
def test_a_fraction_to_its_last_digit(x, y, same):
    from crosscheck.relate.slot_values import Slot
    from crosscheck.relate.slots import numbers_equal

    a, b = Slot("number", str(x), x, "metre", "exact"), Slot("number", str(y), y, "metre", "exact")
    assert numbers_equal(a, b) is same and numbers_equal(b, a) is same


@pytest.mark.parametrize("text, lang, seconds", [
    ("He ran the 800 metres in 1:41.11.", "en", [101.11]),
    ("Рекорд — 1.41,11.", "ru", [101.11]),
    ("The marathon record is 2:01:09.", "en", [7269.0]),
    ("Он пробежал марафон за 2 ч 00 мин 35 с.", "ru", [7235.0]),
    ("He ran the mile in 3 minutes 58.0 seconds.", "en", [238.0]),
    ("They met at 10:30 and the score was 2:1.", "en", []),
    ("The cell holds 17:20:00 after the update.", "en", []),  # a clock time
    ("Рекорд установлен 27.07.1957 г.", "ru", []),
])
def test_a_race_time_is_one_figure_in_seconds(text, lang, seconds):
    from crosscheck.frame.quantities import extract_quantities

    assert [q.value for q in extract_quantities(text, lang) if q.unit == "second"] == seconds
