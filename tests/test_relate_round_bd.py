"""Round bd of issue 10 (read from the misjudged pairs of HELD-OUT39–96 after their first contact): rows written for this
test, none from an evaluation set.

* first-shop: opening one's first or own business told with a word for its trade ("opened her first millinery shop",
  «открыл свою первую швейную мастерскую») is its founding (``lang/{en,ru}/acts.tsv``, concept ``found``), so another year
  for the founding clashes instead of dating another act; a flagship store opened later is still another act.
* employer: the one capitalised word after "for" and a verb of working ("driving for Maserati", "recording for Decca",
  "played for Torino": ``lang/en/employer_verbs.tsv``) is an organisation; two such plain names, one on each side, are two
  organisations in translations too (``relate/statement._plain_org``), so the pair is not called an agreement; the same
  organisation agrees, and a given name after "for" is no organisation.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = []
CASES += [
    ('first-shop', 'contradict', 'Coco Chanel opened her first millinery shop in Paris in 1910.',
     'Модный дом Chanel основан в Париже в 1913 году Габриэль Шанель.'),
    ('first-shop', 'contradict', 'Thomas Burberry opened his first outfitting shop in Basingstoke in 1856.',
     'Фирма Burberry основана в 1865 году Томасом Бёрберри в Бейсингстоке.'),
    ('first-shop', 'contradict', 'Thierry Hermès opened his first harness workshop in Paris in 1837.',
     'Дом Hermès основан Тьерри Эрмесом в Париже в 1839 году.'),
    ('first-shop', 'contradict', 'The Burberry company was founded in Basingstoke in 1865.',
     'Томас Бёрберри открыл свою первую швейную мастерскую в Бейсингстоке в 1856 году.'),
    ('first-shop', 'agree', 'Thierry Hermès opened his first harness workshop in Paris in 1837.',
     'Дом Hermès основан Тьерри Эрмесом в Париже в 1837 году.'),
    ('first-shop', '!contradict', 'Tiffany opened a flagship store on Fifth Avenue in New York in 1940.',
     'Компания Tiffany основана в Нью-Йорке в 1837 году.'),
]
CASES += [
    ('employer', '!agree', 'Juan Manuel Fangio won his fifth world title in 1957, driving for Maserati.',
     'Хуан Мануэль Фанхио завоевал свой пятый титул чемпиона мира в 1957 году в составе команды «Феррари».'),
    ('employer', '!agree', 'The engineer Hidetsugu Yagi spent the 1930s working for Toshiba, designing radio antennas.',
     'Инженер Хидэцугу Яги в 1930-е годы разрабатывал радиоантенны, работая в корпорации «Хитачи».'),
    ('employer', '!agree', 'In 1951 the crooner, then recording for Decca, had a ballad that sold a million copies.',
     'В 1951 году эстрадный певец, записывавшийся тогда на лейбле «Капитол», выпустил балладу, разошедшуюся миллионным '
     'тиражом.'),
    ('employer', '!agree', 'The winger played for Torino until the Superga air disaster of 1949.',
     'Крайний нападающий выступал за «Ювентус» вплоть до авиакатастрофы под Супергой в 1949 году.'),
    ('employer', 'agree', 'Juan Manuel Fangio won his fifth world title in 1957, driving for Maserati.',
     'Хуан Мануэль Фанхио завоевал свой пятый титул чемпиона мира в 1957 году в составе команды «Мазерати».'),
    ('employer', 'agree', 'The architect Alvar Aalto worked for Artek from 1935 onwards.',
     'С 1935 года архитектор Алвар Аалто работал на фирму «Артек».'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_given_name_after_for_is_no_organisation():
    from crosscheck.pairs import _claim

    _, frame = _claim("She worked for Peter in Boston.", "d", "en", None)
    assert [(e.text, e.type) for e in frame.entities] == [("Boston", "place")]
    _, frame = _claim("Juan Manuel Fangio won the title in 1957, driving for Maserati.", "d", "en", None)
    assert ("Maserati", "org") in [(e.text, e.type) for e in frame.entities]
