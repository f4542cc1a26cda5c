"""Round cc of issue 10 (read from the misjudged pairs of HELD-OUT39–138 while two writers built HELD-OUT139 and 140,
before anything of those was read): rows written for this test, none from an evaluation set.

* director: the director of a film or a staging is its author, as "directed by X" is in English: «снял X», «поставил
  (в 1924 г.) X», «режиссёр — X» (``lang/ru/role_predicates.tsv``, concept ``create``);
* music: "set to music by X", "with music by X" name the composer, as «музыку … написал X» does (``lang/en/role_predicates.tsv``);
* particle: a Catalan "i" inside one name ("Josep Puig i Cadafalch": ``lang/en/name_particles.tsv``), so the name is
  one, not a name and a leftover that blocks the role clash;
* command: «армия, которой командовал эрцгерцог Карл» names its commander, as "commanded by" does; a people's plural
  ("the French and Italians") is a descriptor, not a leftover name; "Archduke John" and «эрцгерцог Иоганн» are one person
  (a title and a given name the ruler table translates: ``relate/rulers.same_ruler``).

Reading tables: Russian renders a French final -eil, -euil and an English or Scots final -gh silent (Orgueil = Оргей,
Philiphaugh = Филипхо: ``lang/ru/latin_renderings.tsv``); a title and a translated given name are one ruler.
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('director', 'contradict',
     'The Cuckoo, a 2002 war film set in Lapland in the last days of 1944, was directed by Aleksandr Rogozhkin.',
     'Военную драму «Кукушка» (2002) о последних днях войны в Лапландии снял Алексей Балабанов.'),
    ('director', 'agree',
     'The Cuckoo, a 2002 war film set in Lapland in the last days of 1944, was directed by Aleksandr Rogozhkin.',
     'Военную драму «Кукушка» (2002) о последних днях войны в Лапландии снял Александр Рогожкин.'),
    ('director', 'contradict',
     'The silent comedy The Extraordinary Adventures of Mr. West in the Land of the Bolsheviks was directed in 1924 by Lev Kuleshov.',
     'Немую комедию «Необычайные приключения мистера Веста в стране большевиков» поставил в 1924 г. Всеволод Пудовкин.'),
    ('director', 'agree',
     'The silent comedy The Extraordinary Adventures of Mr. West in the Land of the Bolsheviks was directed in 1924 by Lev Kuleshov.',
     'Немую комедию «Необычайные приключения мистера Веста в стране большевиков» поставил в 1924 г. Лев Кулешов.'),
    ('director', 'contradict',
     'Peculiarities of the National Hunt, a 1995 comedy, was directed by Aleksandr Rogozhkin.',
     'Комедия «Особенности национальной охоты» (1995), режиссёр — Георгий Данелия.'),
    ('director', 'agree',
     'Peculiarities of the National Hunt, a 1995 comedy, was directed by Aleksandr Rogozhkin.',
     'Комедия «Особенности национальной охоты» (1995), режиссёр — Александр Рогожкин.'),
    ('music', 'contradict',
     'The ballet The Limpid Stream, about a collective farm in the Kuban, was set to music by Dmitri Shostakovich in 1935.',
     'Музыку к балету «Светлый ручей» (1935) о колхозе на Кубани написал Сергей Прокофьев.'),
    ('music', 'agree',
     'The ballet The Limpid Stream, about a collective farm in the Kuban, was set to music by Dmitri Shostakovich in 1935.',
     'Музыку к балету «Светлый ручей» (1935) о колхозе на Кубани написал Дмитрий Шостакович.'),
    ('music', 'contradict',
     'The Soviet ballet The Bolt, about sabotage in a factory, with music by Dmitri Shostakovich, was premiered in Leningrad in 1931.',
     'Музыку к балету «Болт» о вредительстве на заводе, впервые показанному в Ленинграде в 1931 г., написал Арам Хачатурян.'),
    ('music', 'agree',
     'The Soviet ballet The Bolt, about sabotage in a factory, with music by Dmitri Shostakovich, was premiered in Leningrad in 1931.',
     'Музыку к балету «Болт» о вредительстве на заводе, впервые показанному в Ленинграде в 1931 г., написал Дмитрий Шостакович.'),
    ('particle', 'contradict',
     "The Casa Amatller on Barcelona's Passeig de Gràcia was designed by the architect Josep Puig i Cadafalch in 1898.",
     'Дом Аматлье на барселонском бульваре Пасео-де-Грасиа спроектировал в 1898 г. архитектор Антонио Гауди.'),
    ('particle', 'agree',
     "The Casa Amatller on Barcelona's Passeig de Gràcia was designed by the architect Josep Puig i Cadafalch in 1898.",
     'Дом Аматлье на барселонском бульваре Пасео-де-Грасиа спроектировал в 1898 г. архитектор Жузеп Пуч-и-Кадафалк.'),
    ('particle', 'contradict',
     'The Casa Martí in Barcelona, home of the Els Quatre Gats café, was designed by Josep Puig i Cadafalch in 1896.',
     'Дом Марти в Барселоне, где открылось кафе «Четыре кота», спроектировал в 1896 г. Льюис Доменек-и-Монтанер.'),
    ('particle', 'agree',
     'The Casa Martí in Barcelona, home of the Els Quatre Gats café, was designed by Josep Puig i Cadafalch in 1896.',
     'Дом Марти в Барселоне, где открылось кафе «Четыре кота», спроектировал в 1896 г. Жузеп Пуч-и-Кадафалк.'),
    ('command', 'contradict',
     'At Sacile on 16 April 1809 the Austrian army, commanded by Archduke John, defeated the French and Italians.',
     '16 апреля 1809 г. при Сачиле австрийская армия, которой командовал эрцгерцог Карл, разбила французов и итальянцев.'),
    ('command', 'agree',
     'At Sacile on 16 April 1809 the Austrian army, commanded by Archduke John, defeated the French and Italians.',
     '16 апреля 1809 г. при Сачиле австрийская армия, которой командовал эрцгерцог Иоганн, разбила французов и итальянцев.'),
    ('command', 'contradict',
     'At Liegnitz in August 1760 the Austrian corps, commanded by General Ernst Gideon von Laudon, was beaten by Frederick the Great.',
     'В августе 1760 г. при Лигнице Фридрих Великий разбил австрийский корпус, которым командовал генерал Леопольд фон Даун.'),
    ('command', 'agree',
     'At Liegnitz in August 1760 the Austrian corps, commanded by General Ernst Gideon von Laudon, was beaten by Frederick the Great.',
     'В августе 1760 г. при Лигнице Фридрих Великий разбил австрийский корпус, которым командовал генерал Эрнст Гидеон фон Лаудон.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


@pytest.mark.parametrize("latin, cyrillic", [
    ("Auteuil", "Отёй"),
    ("Argenteuil", "Аржантёй"),
    ("Mareuil", "Марей"),
    ("Armagh", "Арма"),
    ("Scarborough", "Скарборо"),
])
def test_a_silent_french_l_or_english_gh_at_the_end(latin, cyrillic):
    from crosscheck.lang.translit import skeleton, skeleton_variants

    assert skeleton(cyrillic) in skeleton_variants(latin)


@pytest.mark.parametrize("latin, cyrillic", [("Argenteuil", "Аржан"), ("Scarborough", "Скарбо"), ("Armagh", "Армения"),
                                              ("Neil", "Ней"), ("Keil", "Кей")])  # a short name keeps its l
def test_the_silent_reading_is_no_wildcard(latin, cyrillic):
    from crosscheck.lang.translit import skeleton, skeleton_variants

    assert skeleton(cyrillic) not in skeleton_variants(latin)


@pytest.mark.parametrize("x, y, same", [
    ("Archduke John", "Иоганн", True),
    ("Archduke Charles", "Карл", True),
    ("King Louis", "Людовик", True),
    ("Archduke John", "Карл", False),
    ("General Moreau", "Моро", False),  # not a given name the ruler table translates
    ("John", "Иоганн", False),  # no title: two given names, not one ruler
    ("Emperor Franz", "Франц", True),
    ("President John", "Иван", False),  # not a ruler's title
])
def test_a_title_and_a_translated_given_name(x, y, same):
    from crosscheck.relate.rulers import same_ruler

    assert same_ruler(x, y) is same and same_ruler(y, x) is same
