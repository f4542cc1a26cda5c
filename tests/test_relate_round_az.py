"""Round az of issue 10 (HELD-OUT85 to 88, first measured on round ay's rules, then read): rows written for this test, none
from an evaluation set.

* champion: "became Olympic champion" / «стал олимпийским чемпионом» is a win, the first place
  (``lang/{en,ru}/ranks.tsv``, kind ``win``), against "finished second" / «финишировал вторым».
* dimension: two ranks of one subject by two named measures ("the longest lake" / «второе по объёму», "largest by area"
  / «второй по численности населения») are two rankings, no clash (``lang/rank_dimensions.tsv``); one measure still
  clashes, and so does a superlative of size with no measure after it ("the largest and most populous" / «второй по
  площади»).
* object-first: in a Russian clause of its own, a plural in the accusative before an active verb is its object, the
  winner standing after the verb («…, где австрийцев разбили пруссаки»), and such a clause names no subject before it
  (``relate/contest_roles._subject``); «в трёх сетах обыграла», «сборная студентов обыграла» keep their subject.
* clause-acts: the acts that tell two dated statements apart are read in the clause that states the date
  (``relate/acts.different_acts``).
"""

from __future__ import annotations

import re

import pytest
from pair_table import check_rule_counts, table_tests

CASES = []
CASES += [
    ('champion', 'contradict', 'At the 1964 Tokyo Olympics the Polish sprinter finished second in the 100 metres.',
     'На Олимпиаде 1964 года в Токио польский спринтер стал олимпийским чемпионом в беге на 100 м.'),
    ('champion', 'contradict', 'At the 1976 Montreal Olympics the Soviet hurdler became Olympic champion in the 400 metres '
     'hurdles.', 'На Олимпиаде 1976 года в Монреале советский барьерист финишировал третьим в беге на 400 м с барьерами.'),
    ('champion', 'contradict', 'The Czech skater finished fourth at the 1998 Nagano Winter Olympics.',
     'Чешская фигуристка стала олимпийской чемпионкой на зимних Играх 1998 года в Нагано.'),
    ('champion', 'agree', 'At the 1964 Tokyo Olympics the Polish sprinter won the 100 metres.',
     'На Олимпиаде 1964 года в Токио польский спринтер стал олимпийским чемпионом в беге на 100 м.'),
]
CASES += [
    ('dimension', '!contradict', 'Lake Te Anau, about 65 kilometres long, is the longest lake in the South Island.',
     'Озеро Те-Анау длиной около 65 км по площади занимает второе место в Новой Зеландии.'),
    ('dimension', '!contradict', 'Lake Ladoga, about 219 kilometres long, is the longest lake in Europe.',
     'Ладожское озеро по объёму воды занимает второе место в Европе.'),
    ('dimension', '!contradict', 'Sakhalin is the largest island of Russia by area.',
     'Сахалин — лишь второй по численности населения остров России.'),
    ('dimension', 'contradict', 'Mindanao, home to Davao, is the largest and most populous island of the southern Philippines.',
     'Остров Минданао, на котором расположен Давао, — лишь второй по площади остров Филиппин.'),
    ('dimension', 'contradict', "Lake Inari is the country's third-largest lake and, at about 60 metres, one of its deepest.",
     'Инари — крупнейшее по площади озеро Финляндии.'),
    ('dimension', 'contradict', 'Lake Ladoga is the deepest lake in Europe.', 'Ладожское озеро — лишь второе по глубине озеро Европы.'),
    ('dimension', 'contradict', 'Mount Kosciuszko is the highest mountain in mainland Australia.',
     'Гора Косцюшко — лишь вторая по высоте вершина материковой Австралии.'),
]
CASES += [
    ('object-first', '!contradict', 'In June 1859 the French and Sardinians defeated the Austrian army of Franz Joseph at '
     'Solferino.', 'Кампания Франца Иосифа 1859 года завершилась поражением при Сольферино, где австрийцев разбили французы и '
     'сардинцы.'),
    ('object-first', '!contradict', 'In July 1866 the Prussians defeated the Austrian army of Benedek at Königgrätz.',
     'Кампания Бенедека 1866 года закончилась поражением при Кёниггреце, где австрийцев разбили пруссаки.'),
    ('object-first', '!contradict', 'In September 1870 the Prussians defeated the French army of MacMahon at Sedan.',
     'Поход Мак-Магона 1870 года окончился поражением при Седане, где французов разгромили пруссаки.'),
    ('object-first', '!contradict', 'In 1977 the Swedish champion beat the American Jimmy Connors in four sets at Wimbledon.',
     'В 1977 году на Уимблдоне шведский чемпион в четырёх сетах обыграл американца Джимми Коннорса.'),
    ('object-first', '!contradict', 'In 1972 a team of Soviet amateurs beat the Canadian professionals in Moscow.',
     'В 1972 году в Москве сборная советских любителей обыграла канадских профессионалов.'),
    ('object-first', 'contradict', 'In September 1870 the French defeated the Prussian army at Sedan.',
     'Поход Мак-Магона 1870 года окончился поражением при Седане, где французов разгромили пруссаки.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


# clause-acts: the acts that tell two dated statements apart are read in the clause that states the date, up to a
# semicolon or a dash ("On 9 June a train derailed …; ten passengers died" dates no death): (en, ru, expected acts or None)
ACT_CASES = [
    ('On 24 December 1953 a night express plunged into the river near Tangiwai; 151 people died.',
     'Крушение ночного экспресса у Тангиваи произошло 24 ноября 1953 года.', None),
    ('On 28 January 1986 the shuttle broke apart after lift-off from Cape Canaveral; all seven astronauts died.',
     'Катастрофа шаттла над мысом Канаверал произошла 28 февраля 1986 года.', None),
    ('On 6 May 1937 the airship caught fire over Lakehurst — 36 people died.',
     'Пожар дирижабля над Лейкхерстом произошёл 6 июня 1937 года.', None),
    ('The Norwegian novelist died in 1952; his first book had come out in 1890.',
     'Норвежский романист получил Нобелевскую премию по литературе в 1920 году.', ('a death', 'an award')),
]


@pytest.mark.parametrize("en, ru, want", ACT_CASES)
def test_acts_are_read_in_the_clause_of_the_date(en, ru, want):
    from crosscheck.relate.acts import different_acts

    date_en = re.search(r"\d{4}", en)
    date_ru = re.search(r"\d{4}", ru)
    assert different_acts(en, "en", ru, "ru", date_en.span(), date_ru.span()) == want
