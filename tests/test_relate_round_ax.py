"""Round ax of issue 10 (HELD-OUT79 and 80, first measured on round aw's rules, then read; saint-name from HELD-OUT81 and
82, first measured on round ax's rules): rows written for this test, none from an evaluation set.

* discover: a thing is discovered once ("Neptune was discovered in 1846", «Гафний был открыт в 1923 году»:
  ``lang/{en,ru}/once_only.tsv``, concept ``discover``), so two dates of it clash; the active "X discovered" is a
  person's act and stays two events.
* contrast: «не в Вене, а в Петербурге» / "not by the Louvre but by the National Gallery" names a thing by what it is not
  (``lang/{en,ru}/negation.tsv``, kind ``weak``): no negated claim to clash with the other side's affirmation; a plain
  «не в Париже» still clashes.
* win: a win of a contest is its first place ("won the 80 metres hurdles" / «финишировала третьей», «заняла четвёртое
  место»: ``lang/{en,ru}/ranks.tsv``, kinds ``win`` and ``ranks``); a medal other than gold is no win.
* saint-name: «Сент» joined by a hyphen to a name («Сент-Луис», «Сент-Олбанс») is a name's part, not the abbreviation of
  September (``lang/months.month_regex``); «3 сент. 1783 г.» stays a date.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('discover', 'contradict', 'Neptune was discovered in 1846 by Johann Galle at the Berlin Observatory.',
     'Нептун был открыт в 1864 году Иоганном Галле в Берлинской обсерватории.'),
    ('discover', 'contradict', 'Helium was first identified in the solar spectrum in 1868.',
     'Гелий был обнаружен в спектре Солнца в 1895 году.'),
    ('discover', 'contradict', 'The element hafnium was discovered in Copenhagen in 1923.',
     'Гафний был открыт в Копенгагене в 1932 году.'),
    ('discover', 'agree', 'Pluto was discovered at Lowell Observatory in 1930.',
     'Плутон был открыт в обсерватории Лоуэлла в 1930 году.'),
    ('discover', '!contradict', 'William Herschel discovered Uranus in 1781.',
     'Уильям Гершель открыл инфракрасное излучение в 1800 году.'),
    ('discover', 'agree', 'The Hermitage museum was opened to the public in 1852.',
     'Эрмитаж был открыт для публики в 1852 году.'),
    ('contrast', '!contradict', "The first complete performance of Haydn's oratorio took place in London in 1791.",
     'Впервые целиком оратория Гайдна прозвучала в 1791 году не в Вене, а в Лондоне.'),
    ('contrast', '!contradict', 'Vladimir Nabokov was born in St Petersburg in 1899.',
     'Владимир Набоков родился в 1899 году не в Москве, а в Петербурге.'),
    ('contrast', '!contradict', 'The treaty was signed in Paris in 1763.',
     'Договор был подписан в 1763 году не в Лондоне, а в Париже.'),
    ('contrast', '!contradict', 'The painting was bought not by the Louvre but by the National Gallery in London in 1857.',
     'Картина была куплена Лондонской национальной галереей в 1857 году.'),
    ('contrast', 'contradict', 'The treaty was signed in Paris in 1763.',
     'Договор был подписан в 1763 году не в Париже.'),
    ('win', 'contradict', 'ABBA won the Eurovision Song Contest in 1974 with Waterloo.',
     'Группа ABBA заняла четвёртое место на конкурсе «Евровидение» 1974 года с песней «Waterloo».'),
    ('win', 'contradict', 'Fanny Blankers-Koen won the 80 metres hurdles at the 1948 London Olympics.',
     'Фанни Бланкерс-Кун на Олимпиаде 1948 года в Лондоне финишировала третьей в беге на 80 м с барьерами.'),
    ('win', 'contradict', 'Lasse Virén won the 5,000 metres at the 1976 Montreal Olympics.',
     'Лассе Вирен занял третье место в беге на 5000 м на Олимпиаде 1976 года в Монреале.'),
    ('win', 'agree', 'Paavo Nurmi won the 10,000 metres at the 1920 Antwerp Olympics.',
     'Пааво Нурми выиграл бег на 10 000 м на Олимпиаде 1920 года в Антверпене.'),
    ('win', '!contradict', 'Jesse Owens won the bronze medal in the long jump in 1936.',
     'В 1936 году Джесси Оуэнс занял третье место в прыжках в длину.'),
    ('saint-name', 'agree', 'The Eads Bridge over the Mississippi at St. Louis was opened in July 1874.',
     'Мост Идса через Миссисипи в Сент-Луисе открыт в 1874 году.'),
    ('saint-name', 'agree', 'The first Battle of St Albans was fought in May 1455.',
     'Первая битва при Сент-Олбансе произошла в 1455 году.'),
    ('saint-name', 'agree', 'The University of St Andrews received a papal bull in August 1413.',
     'Университет Сент-Эндрюса получил папскую буллу в 1413 году.'),
    ('saint-name', 'agree', 'The treaty was signed on 3 September 1783.', 'Договор подписан 3 сент. 1783 г.'),
    ('saint-name', 'contradict', 'The treaty was signed on 3 October 1783.', 'Договор подписан 3 сент. 1783 г.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
