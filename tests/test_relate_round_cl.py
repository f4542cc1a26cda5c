"""Round cl of issue 10 (read from the misjudged pairs of HELD-OUT39-154): rows written for this test, none from an
evaluation set.

* period-fraction: a length of time told as a part, or one and a half, of a period ("half a century", "a quarter of a
  century", "a year and a half", «полвека», «четверть века», «полгода») is a figure of time, so it pairs with "eighteen
  years" or «27 лет» (``lang/period_fractions.tsv``, ``frame/period_fractions.py``), told to 10 % as a share in words is
  ("almost three quarters of a century" / "72 years": ``relate/roundings.approx_tolerance``).
* factor-and-bound: a factor ("almost twice his size", «почти вдвое») never pairs with a length of time or a measure
  (``relate/unit_pairs.units_pairable``), and «менее чем за два часа» is an upper bound as «менее чем 2 часа» is
  (``frame/bounds.bound_before``).
* given-name-ge: an English final -ge is read as «дж» too, beside the Italian g before e or i (George = Джордж:
  ``lang/ru/latin_renderings.tsv``), so a given name standing alone ("the brothers George and Charles Merriam") is not a
  second person.
* winner-named: a noun of victory with "for" / "of" after it or a genitive ("victory for Bolton Wanderers", «победой
  экипажа Оксфорда») names the winner, not the beaten side, so it clashes with the defeat of that side («поражением
  «Болтон Уондерерс»»); "victory over", «победа над» still name the beaten side (``relate/contest_sides.py``).
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

from crosscheck.frame.quantities import extract_quantities

CASES = [
    # --- period-fraction ---
    # FALSE: RU (true: about two years, 1819-1821)
    ('period-fraction', 'contradict',
     "Bellingshausen's Antarctic expedition, which sailed from Kronstadt in July 1819, spent more than two years at sea "
     'before returning.',
     'Антарктическая экспедиция Беллинсгаузена, вышедшая из Кронштадта в июле 1819 г., провела в плавании полгода.'),
    # FALSE: EN (true: 41 years, 1876-1917)
    ('period-fraction', 'contradict',
     'Pyotr Kropotkin spent half a century abroad after his escape from prison in 1876, returning to Russia only in '
     '1917.',
     'Пётр Кропоткин, бежавший из тюремного госпиталя в 1876 г., провёл за границей 41 год и вернулся в Россию в 1917 г.'),
    # FALSE: EN (true: about fifteen months)
    ('period-fraction', 'contradict',
     'Giacomo Casanova spent half a year in the Piombi, the prison under the roof of the Doge\'s Palace, before his '
     'escape in November 1756.',
     'Джакомо Казанова провёл в тюрьме Пьомби под крышей Дворца дожей около 15 месяцев и бежал оттуда в ноябре 1756 г.'),
    # FALSE: RU (true: 24 years)
    ('period-fraction', 'contradict',
     'Matt Busby managed Manchester United for 24 years, from 1945 until he stepped down in 1969.',
     'Мэтт Басби руководил «Манчестер Юнайтед» полвека и ушёл с поста главного тренера в 1969 г.'),
    ('period-fraction', 'agree',
     'Fidel Castro led Cuba for nearly half a century, from 1959 until he handed power to his brother in 2008.',
     'Фидель Кастро руководил Кубой 49 лет — с 1959 по 2008 г., когда передал власть брату.'),
    ('period-fraction', 'agree',
     'Louis XIV of France reigned for 72 years, from 1643 until his death in 1715.',
     'Людовик XIV правил Францией почти три четверти века — с 1643 по 1715 год.'),
    ('period-fraction', 'agree',
     'In 1898 Emperor Franz Joseph marked fifty years on the Habsburg throne.',
     'В 1898 г. император Франц Иосиф отметил полвека своего пребывания на престоле Габсбургов.'),
    ('period-fraction', 'agree',
     'The Berlin Airlift kept West Berlin supplied by air for about fifteen months, from June 1948 to September 1949.',
     'Западный Берлин снабжали по воздушному мосту почти полтора года — с июня 1948 по сентябрь 1949 г.'),
    # --- given-name-ge ---
    # FALSE: RU (true: 1843)
    ('given-name-ge', 'contradict',
     "After Noah Webster's death the brothers George and Charles Merriam bought the rights to his dictionary in 1843.",
     'После смерти Ноя Уэбстера права на его словарь купили в 1853 г. братья Джордж и Чарльз Мерриам.'),
    ('given-name-ge', 'agree',
     "After Noah Webster's death the brothers George and Charles Merriam bought the rights to his dictionary in 1843.",
     'Права на словарь Ноя Уэбстера после его смерти приобрели в 1843 г. братья Джордж и Чарльз Мерриам.'),
    ('given-name-ge', 'agree',
     'The wood-engraving firm of the Dalziel Brothers was founded in London in 1839 by George and Edward Dalziel.',
     'Граверную мастерскую «Братья Дэлзил» основали в Лондоне в 1839 г. Джордж и Эдвард Дэлзил.'),
    # FALSE: RU (true: 1937)
    ('given-name-ge', 'contradict',
     "Steinbeck's novella Of Mice and Men, about the migrant ranch hands George and Lennie, was published in 1937.",
     'Повесть Стейнбека «О мышах и людях» о батраках Джордже и Ленни вышла в 1947 г.'),
    # --- winner-named ---
    # FALSE: EN (true: Oxford won the 1981 race)
    ('winner-named', 'contradict',
     'The 1981 Boat Race ended in the defeat of the Oxford crew, steered by Sue Brown, the first woman to cox in the race.',
     'Лодочная гонка 1981 г. завершилась победой экипажа Оксфорда, рулевым которого впервые была женщина — Сью Браун.'),
    # FALSE: RU (true: Bolton Wanderers won 2-0)
    ('winner-named', 'contradict',
     'The first FA Cup final at Wembley, in April 1923, ended in victory for Bolton Wanderers.',
     'Первый финал Кубка Англии на «Уэмбли» в апреле 1923 г. закончился поражением «Болтон Уондерерс».'),
    # FALSE: RU (true: Bolton won)
    ('winner-named', 'contradict',
     'The first FA Cup final at Wembley, in April 1923, ended in a win for Bolton Wanderers.',
     'Первый финал Кубка Англии на «Уэмбли» в апреле 1923 г. обернулся поражением «Болтон Уондерерс».'),
    ('winner-named', 'agree',
     'The first FA Cup final at Wembley, in April 1923, ended in a victory over West Ham United.',
     'Первый финал Кубка Англии на «Уэмбли» в апреле 1923 г. закончился поражением «Вест Хэм Юнайтед».'),
    ('winner-named', 'agree',
     'The first FA Cup final at Wembley, in April 1923, ended in the defeat of West Ham United.',
     'Первый финал Кубка Англии на «Уэмбли» в апреле 1923 г. закончился победой над «Вест Хэм Юнайтед».'),
    ('winner-named', 'agree',
     'The first FA Cup final at Wembley, in April 1923, ended in victory for Bolton Wanderers.',
     'Первый финал Кубка Англии на «Уэмбли» в апреле 1923 г. завершился победой «Болтон Уондерерс».'),
    # --- factor-and-bound ---
    ('factor-and-bound', 'agree',
     'At Leuthen on 5 December 1757 Frederick the Great needed only about two and a half hours to rout an Austrian army '
     'almost twice the size of his own.',
     '5 декабря 1757 г. при Лейтене Фридрих II менее чем за три часа разгромил почти вдвое превосходившую его австрийскую '
     'армию.'),
    ('factor-and-bound', 'agree',
     'At Hohenfriedberg on 4 June 1745 the Prussian cavalry took about an hour and a half to rout a Saxon and Austrian '
     'army almost twice as large.',
     '4 июня 1745 г. при Гогенфридберге прусская кавалерия менее чем за два часа смяла почти вдвое более многочисленную '
     'саксонско-австрийскую армию.'),
    # FALSE: EN (true: a short battle, about two hours)
    ('factor-and-bound', 'contradict',
     'At Hohenfriedberg on 4 June 1745 the Prussian cavalry took about five hours to rout a Saxon and Austrian army '
     'almost twice as large.',
     '4 июня 1745 г. при Гогенфридберге прусская кавалерия менее чем за два часа смяла почти вдвое более многочисленную '
     'саксонско-австрийскую армию.'),
    # FALSE: RU (true: about three hours)
    ('factor-and-bound', 'contradict',
     'At Leuthen on 5 December 1757 Frederick the Great needed only about two and a half hours to rout an Austrian army '
     'almost twice the size of his own.',
     '5 декабря 1757 г. при Лейтене Фридрих II за шесть часов разгромил почти вдвое превосходившую его австрийскую армию.'),
    # --- value-reached ---
    # FALSE: RU (true: 2 mph in towns)
    ('value-reached', 'contradict',
     'The Locomotives Act 1865 cut the speed limit for road locomotives in towns to 2 mph.',
     'Закон о локомотивах 1865 г. снизил предельную скорость в городах до 4 миль в час.'),
    ('value-reached', 'agree',
     'The Locomotives Act 1865 cut the speed limit for road locomotives in towns to 2 mph.',
     'Британский закон о локомотивах (1865) снизил допустимую скорость в городах до 2 миль в час.'),
    # FALSE: RU (true: 7 per cent)
    ('value-reached', 'contradict',
     'In June 1920 the Federal Reserve Bank of New York raised its discount rate to 7 per cent, the highest level of '
     'the decade.',
     'Федеральный резервный банк Нью-Йорка, борясь с инфляцией, в июне 1920 г. поднял свою учётную ставку до 8 %.'),
    ('value-reached', 'agree',
     'In June 1920 the Federal Reserve Bank of New York raised its discount rate to 7 per cent.',
     'Федеральный резервный банк Нью-Йорка в июне 1920 г. поднял свою учётную ставку до 7 %.'),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, lang, value, unit, bound", [
    ("The reforms took half a century to bear fruit.", "en", 50, "year", "approx"),
    ("It stood empty for more than a quarter of a century.", "en", 25, "year", "lower"),
    ("The siege lasted a year and a half.", "en", 1.5, "year", "approx"),
    ("The talks took about an hour and a half.", "en", 1.5, "hour", "approx"),
    ("Работы заняли почти полвека.", "ru", 50, "year", "approx"),
    ("Мост строили четверть века.", "ru", 25, "year", "approx"),
    ("Переговоры длились полгода.", "ru", 0.5, "year", "approx"),
    ("Заседание продолжалось более получаса.", "ru", 0.5, "hour", "lower"),
])
def test_a_fraction_of_a_period_is_a_length_of_time(text, lang, value, unit, bound):
    got = [(q.value, q.unit, q.bound) for q in extract_quantities(text, lang)]
    assert got == [(value, unit, bound)]


@pytest.mark.parametrize("text, lang", [
    ("In the second half of the century the town grew.", "en"),
    ("Half of the votes went to the opposition.", "en"),
    ("После полудня пошёл дождь.", "ru"),
    ("Общество Красного Полумесяца прислало помощь.", "ru"),
    ("Во второй половине XIX века город рос.", "ru"),
    ("В первом полугодии выручка выросла.", "ru"),
    ("В первой четверти века город быстро рос.", "ru"),
    ("In the second half of a century of war the town was burnt twice.", "en"),
    ("За первые полгода продажи выросли.", "ru"),
])
def test_a_share_a_part_named_by_an_ordinal_noon_or_a_crescent_is_no_length(text, lang):
    assert not [q for q in extract_quantities(text, lang) if q.unit in ("year", "month", "day", "hour", "week")]



@pytest.mark.parametrize("text, value, bound", [
    ("Крепость взяли менее чем за два часа.", 2, "upper"),
    ("Собор построили более чем за 40 лет.", 40, "lower"),
    ("Мост возвели меньше чем за 3 года.", 3, "upper"),
    ("Мост возвели за 3 года.", 3, "exact"),
])
def test_a_bound_before_a_preposition_of_time(text, value, bound):
    got = [(q.value, q.bound) for q in extract_quantities(text, "ru")]
    assert got == [(value, bound)]


def test_a_factor_never_pairs_with_a_length_or_a_time():
    from crosscheck.relate.slot_values import Slot
    from crosscheck.relate.unit_pairs import units_pairable

    twice = Slot("number", "almost twice", 2.0, "times", "approx")
    assert not units_pairable(twice, Slot("number", "два часа", 2.0, "час", "upper"))
    assert not units_pairable(twice, Slot("number", "2 km", 2.0, "km", "exact"))
    assert not units_pairable(twice, Slot("number", "2 years", 2.0, "year", "exact"))
    assert units_pairable(twice, Slot("number", "в 2 раза", 2.0, "times", "exact"))


@pytest.mark.parametrize("text, lang, bound", [
    ("Закон поднял предельную скорость до 30 миль в час.", "ru", "exact"),
    ("The act raised the speed limit for motor cars to 20 mph.", "en", "exact"),
    ("Инфляция замедлилась до 11%.", "ru", "exact"),
    ("The firm cut costs by up to 30 percent.", "en", "upper"),
    ("Скорость снизили вплоть до 5 км/ч.", "ru", "upper"),
    ("Зарплата составит до 30 тыс. рублей.", "ru", "upper"),
])
def test_to_after_a_verb_of_change_is_the_value_reached(text, lang, bound):
    assert [q.bound for q in extract_quantities(text, lang)] == [bound]
