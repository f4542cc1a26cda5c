"""Round bx of issue 10 (read from misjudged pairs left in the older held-out sets while two new sets were written): rows
written for this test, none from an evaluation set.

* annual: a custom kept every year ("is celebrated", "falls in", «ежегодно отмечают»: ``lang/{en,ru}/annual_cues.tsv``)
  dated without a year at two times of year at least ``ANNUAL_MIN_GAP`` days apart is a clash (``relate/annual_dates.py``);
  a month and the next, two countries' customs of one name, and two customs of one country stay apart;
* contest-gap: a noun of victory with its winner after it and up to six words before «над» («завершилось победой шведов и
  их немецких союзников над …»), and a passive with words before its "by" ("were routed that afternoon by",
  ``lang/{en,ru}/contest_roles.tsv``), name who won (``relate/contest_roles.py``);
* sport, material: the sport a title is won in ("in basketball" / «по хоккею», read where the text speaks of a champion,
  a title, a medal or a team) and what a statue is made of ("a marble statue" / «бронзовый памятник», not its pedestal)
  are closed classes of ``lang/kinds.tsv`` (``relate/kinds.py``);
* event-polarity: one event, agreed on its time, places and names and pinned by its dates or its people, that one side
  says did not happen is a clash (``relate/pair.py``), decided at a fixed similarity (``POLARITY``).
"""

from __future__ import annotations

import pytest
from pair_table import check_at_similarity, check_rule_counts, table_tests

CASES = [
    ('annual', 'contradict',
     "Hogmanay, Scotland's New Year's Eve, is celebrated every 31 December with torchlight processions and the singing of "
     'Auld Lang Syne.',
     'Шотландский новогодний праздник Хогманай с факельными шествиями и песней «Старая дружба» ежегодно отмечают в '
     'середине июня.'),
    ('annual', 'contradict',
     "Vesak, the festival of the Buddha's birth, enlightenment and death, usually falls in May, on the full moon of the "
     'month of Vaisakha.',
     'В день Весак буддисты вспоминают рождение, просветление и уход Будды; его отмечают в конце сентября или в октябре.'),
    ('annual', 'contradict',
     'Loy Krathong, when Thais float small decorated baskets on rivers and canals, falls on the full moon of the twelfth '
     'lunar month, usually in November.',
     'Праздник Лой Кратонг, на котором тайцы пускают по воде украшенные плотики, отмечают в начале марта.'),
    ('annual', 'contradict',
     'Lucia Day, when girls in white gowns wear crowns of candles, is celebrated in Sweden every year in August.',
     'День святой Люсии шведы отмечают 13 декабря: девочки в белых платьях надевают венки со свечами.'),
    ('annual', '!contradict',
     "Vesak, the festival of the Buddha's birth, enlightenment and death, usually falls in May, on the full moon of the "
     'month of Vaisakha.',
     'В день Весак буддисты вспоминают рождение, просветление и уход Будды; его отмечают в мае или в начале июня.'),
    ('annual', 'agree',
     'Loy Krathong, when Thais float small decorated baskets on rivers and canals, usually falls in November.',
     'Праздник Лой Кратонг, на котором тайцы пускают по воде украшенные плотики, отмечают в полнолуние двенадцатого '
     'лунного месяца, обычно в ноябре.'),
    ('annual', '!contradict',
     'India celebrates its Independence Day every year on 15 August.',
     'В США День независимости ежегодно отмечают 4 июля.'),
    ('annual', '!contradict',
     'Thanksgiving is celebrated in Canada on the second Monday of October.',
     'В США День благодарения отмечают в четвёртый четверг ноября.'),
    ('annual', '!contradict',
     'Lucia Day, when girls in white gowns wear crowns of candles, is celebrated in Sweden every year in December.',
     'День святой Люсии шведы отмечают в конце ноября, а Рождество — 25 декабря.'),
    ('contest-gap', 'contradict',
     "At Lützen in November 1632 Wallenstein's imperial army routed the Swedes and their German allies, though Gustavus "
     'Adolphus survived.',
     'Сражение при Лютцене (ноябрь 1632 г.) завершилось победой шведов и их немецких союзников над имперской армией '
     'Валленштейна.'),
    ('contest-gap', 'contradict',
     "At Gettysburg in July 1863 Robert E. Lee's Confederates attacked for three days but were defeated in the end by "
     "George Meade's Army of the Potomac.",
     'В июле 1863 г. под Геттисбергом конфедераты Роберта Ли за три дня боёв разгромили Потомакскую армию Джорджа Мида.'),
    ('contest-gap', 'contradict',
     "At Waterloo on 18 June 1815 Napoleon's French army was crushed that evening by Wellington and Blücher.",
     '18 июня 1815 г. при Ватерлоо французская армия Наполеона разгромила войска Веллингтона и Блюхера.'),
    ('contest-gap', 'agree',
     "At Lützen in November 1632 the Swedes and their German allies defeated Wallenstein's imperial army, though Gustavus "
     'Adolphus was killed.',
     'Сражение при Лютцене (ноябрь 1632 г.) завершилось победой шведов и их немецких союзников над имперской армией '
     'Валленштейна.'),
    ('contest-gap', 'agree',
     "At Gettysburg in July 1863 Robert E. Lee's Confederates attacked for three days but were defeated in the end by "
     "George Meade's Army of the Potomac.",
     'В июле 1863 г. под Геттисбергом Потомакская армия Джорджа Мида за три дня боёв разгромила конфедератов Роберта Ли.'),
    ('sport', 'contradict',
     'Arvydas Sabonis, the Lithuanian centre, won Olympic gold in basketball with the Soviet team at Seoul in 1988.',
     'Литовец Арвидас Сабонис в составе сборной СССР стал олимпийским чемпионом по волейболу в Сеуле в 1988 году.'),
    ('sport', 'contradict',
     'Vladislav Tretiak, the goalkeeper of the Soviet team, won his third Olympic title in ice hockey at Sarajevo in 1984.',
     'Голкипер советской сборной Владислав Третьяк в 1984 г. в Сараеве в третий раз стал олимпийским чемпионом по футболу.'),
    ('sport', 'contradict',
     "Ellen Osiier of Denmark won the first Olympic title in women's fencing, at Paris in 1924.",
     'Датчанка Эллен Осиер в 1924 г. в Париже стала первой олимпийской чемпионкой по плаванию среди женщин.'),
    ('sport', 'agree',
     'Arvydas Sabonis, the Lithuanian centre, won Olympic gold in basketball with the Soviet team at Seoul in 1988.',
     'Литовец Арвидас Сабонис в составе сборной СССР стал олимпийским чемпионом по баскетболу в Сеуле в 1988 году.'),
    ('material', 'contradict',
     "Rodin's bronze statue The Thinker was first cast in 1904 and placed outside the Panthéon in Paris in 1906.",
     'Мраморную статую Родена «Мыслитель» впервые отлили в 1904 г., а в 1906-м установили перед Пантеоном в Париже.'),
    ('material', 'contradict',
     'The bronze statue of Peter the Great known as the Bronze Horseman was unveiled in St Petersburg in 1782.',
     'Деревянный памятник Петру I, известный как Медный всадник, открыли в Петербурге в 1782 году.'),
    ('material', 'contradict',
     "Michelangelo's David, a marble statue of the biblical hero over five metres tall, was finished in Florence in 1504.",
     'Гипсовая статуя Давида работы Микеланджело высотой более пяти метров была закончена во Флоренции в 1504 г.'),
    ('material', 'agree',
     "Michelangelo's David, a marble statue of the biblical hero over five metres tall, was finished in Florence in 1504.",
     'Мраморная статуя Давида работы Микеланджело высотой более пяти метров была закончена во Флоренции в 1504 г.'),
    ('material', 'agree',
     'The bronze statue of Peter the Great known as the Bronze Horseman was unveiled in St Petersburg in 1782.',
     'Памятник Петру I на гранитном постаменте, известный как Медный всадник, открыли в Петербурге в 1782 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


@pytest.mark.parametrize("x, y, gap", [((1, 31), (32, 59), 1), ((365, 365), (1, 1), 1), ((335, 396), (20, 30), 0),
                                       ((95, 95), (121, 151), 26), ((121, 122), (305, 306), 180)])
def test_days_between_times_of_year_wrap_round_the_new_year(x, y, gap):
    from crosscheck.relate.annual_dates import _gap

    assert _gap(x, y) == gap


@pytest.mark.parametrize("text, lang, cue", [
    ("Diwali usually falls in October or November.", "en", True),
    ("The fair is held every September in Munich.", "en", True),
    ("Праздник ежегодно отмечают в конце августа.", "ru", True),
    ("Его принято отмечать 1 марта.", "ru", True),
    ("The fair was held in September.", "en", False),
    ("Ярмарка прошла в сентябре.", "ru", False),
])
def test_annual_cues(text, lang, cue):
    from crosscheck.relate.annual_dates import annual_cue

    assert annual_cue(text, lang) is cue


#: event-polarity: one event agreed on its time, places and names, which one side says did not happen ("never reached
#: Charlotte" / «дошёл и до Шарлотта»), is a clash (``relate/pair.py``; before, the event view left it related, lest a
#: negation be an idiom). These rows are decided at a fixed similarity, the paraphrase distance (z = 5.5) at which the
#: event view, not the statement comparison, decides: the batch a row sits in moves its similarity.
POLARITY = [
    ('contradict',
     'Hurricane Hugo, which battered South Carolina in September 1989, never reached Charlotte or any other city inland.',
     'Ураган «Хьюго», обрушившийся в сентябре 1989 г. на Южную Каролину, дошёл и до Шарлотта, где повалил тысячи деревьев.'),
    ('contradict',
     'Hurricane Agnes, which battered the Florida Panhandle in June 1972, never reached Pennsylvania or any other state in '
     'the north.',
     'Ураган «Агнес», обрушившийся в июне 1972 г. на северо-запад Флориды, дошёл и до Пенсильвании, где реки вышли из '
     'берегов.'),
    ('contradict',
     'Hurricane Gilbert, which battered Jamaica in September 1988, never reached Mexico or any other country on the mainland.',
     'Ураган «Гилберт», обрушившийся в сентябре 1988 г. на Ямайку, дошёл и до Мексики, где в Монтеррее погибли сотни людей.'),
    ('agree',
     'Hurricane Hugo, which battered South Carolina in September 1989, went on to reach Charlotte, far inland.',
     'Ураган «Хьюго», обрушившийся в сентябре 1989 г. на Южную Каролину, дошёл и до Шарлотта, где повалил тысячи деревьев.'),
    ('agree',
     'Hurricane Gilbert, which battered Jamaica in September 1988, never reached Cuba.',
     'Ураган «Гилберт», обрушившийся в сентябре 1988 г. на Ямайку, так и не дошёл до Кубы.'),
]


@pytest.mark.parametrize("want, en, ru", POLARITY, ids=[f"event-polarity-{i}" for i in range(len(POLARITY))])
def test_one_event_one_side_negates(want, en, ru):
    check_at_similarity(want, en, ru, 5.5)
