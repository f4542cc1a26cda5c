"""Round bj of issue 10 (read from the misjudged pairs of HELD-OUT109 and 110 after their first contact): rows written for
this test, none from an evaluation set.

* count-roles: two counts of people in different roles are two figures, not one value changed: the dead, the people
  aboard, the trapped, the survivors, the prisoners, the wounded, the strength of a force ("killing 193 people" / «на
  борту находились 539 человек»: ``relate/count_roles.py``, ``lang/{en,ru}/count_roles.tsv``). "Two of them rescuers"
  is a share of the count before it, never summed with it.
* rider: the jockey of a horse in one race ("ridden by Ron Turcotte", «в седле был жокей Эдди Аркаро»:
  ``role_predicates.tsv``, concept ``rider``) is one person.
* ru-buyer: «перешла к концерну General Motors» names the buyer of a company, as "was bought by Ford" does (concept
  ``acquire``).
* series-last: «заключительный» is the last place in a series, and the dash of a Russian copula leads a rank («„Эндимион“
  (1880) — заключительный роман Дизраэли» / "Disraeli's first novel": ``ru/ranks.tsv``).
* shared-place-region: a place written after a comma right after a place both sides name ("in Oxford Street, West
  London" / «на Оксфорд-стрит») is that place's region, not a name left over (``relate/appositive.region_of``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('count-roles', '!contradict',
     'The ferry Herald of Free Enterprise capsized off Zeebrugge on 6 March 1987, killing 193 people.',
     'Паром «Herald of Free Enterprise» перевернулся у Зебрюгге 6 марта 1987 года; на борту находились 539 человек.'),
    ('count-roles', '!contradict',
     'The liner Lusitania was torpedoed off Ireland on 7 May 1915 with 1,959 people aboard.',
     'Лайнер «Лузитания» торпедирован у берегов Ирландии 7 мая 1915 года, погибли 1198 человек.'),
    ('count-roles', '!contradict',
     'At Sedan on 2 September 1870 the French army surrendered, and about 104,000 men were taken prisoner.',
     'Под Седаном 2 сентября 1870 года капитулировала французская армия численностью около 120 тысяч человек.'),
    ('count-roles', '!contradict',
     'The Sunshine Mine fire in Idaho on 2 May 1972 trapped 93 miners underground; only two were brought out alive.',
     'Пожар на руднике Саншайн в Айдахо 2 мая 1972 года унёс жизни 91 горняка.'),
    ('count-roles', 'contradict',
     'The liner Lusitania was torpedoed off Ireland on 7 May 1915, killing 1,198 people.',
     'Лайнер «Лузитания» торпедирован у берегов Ирландии 7 мая 1915 года, погибли 1298 человек.'),
    ('count-roles', 'contradict',
     'The Sunshine Mine fire in Idaho on 2 May 1972 killed 91 miners, two of them rescuers.',
     'Пожар на руднике Саншайн в Айдахо 2 мая 1972 года унёс жизни 93 горняков.'),
    ('rider', 'contradict',
     'Secretariat won the 1973 Kentucky Derby in record time, ridden by the Canadian jockey Ron Turcotte.',
     'Секретариат выиграл Кентуккийское дерби 1973 года с рекордным временем; в седле был жокей Эдди Арканро.'),
    ('rider', 'contradict',
     'Nijinsky won the 1970 Epsom Derby under the jockey Lester Piggott.',
     'Нижинский выиграл Эпсомское дерби 1970 года, на нём скакал жокей Вилли Шумейкер.'),
    ('rider', 'contradict',
     'Shergar won the 1981 Epsom Derby by a record margin, ridden by Walter Swinburn.',
     'Шергар выиграл Эпсомское дерби 1981 года с рекордным отрывом; в седле был жокей Лестер Пиггот.'),
    ('rider', 'agree',
     'Red Rum won his third Grand National in 1977, ridden by Tommy Stack.',
     'Ред Рам выиграл свой третий Гранд Нэшнл в 1977 году, в седле был жокей Томми Стэк.'),
    ('ru-buyer', 'contradict',
     'Jaguar, which began in 1922 as a sidecar maker in Blackpool, was bought by Ford in 1989.',
     'Компания Jaguar, начинавшая в 1922 году с колясок для мотоциклов в Блэкпуле, в 1989 году перешла к концерну General Motors.'),
    ('ru-buyer', 'contradict',
     'Volvo Cars, founded in Gothenburg in 1927, was bought by Geely in 2010.',
     'Шведская Volvo Cars, основанная в Гётеборге в 1927 году, в 2010 году перешла к компании Tata Motors.'),
    ('ru-buyer', 'agree',
     'Volvo Cars, founded in Gothenburg in 1927, was bought by Geely in 2010.',
     'Шведская Volvo Cars, основанная в Гётеборге в 1927 году, в 2010 году перешла к компании Geely.'),
    ('ru-buyer', 'contradict',
     'The carmaker Skoda, founded in Mladá Boleslav in 1895, was bought by Volkswagen in 1991.',
     'Автозавод Skoda, основанный в Млада-Болеславе в 1895 году, в 1991 году перешёл к концерну Renault.'),
    ('series-last', 'contradict',
     "Tancred (1847) was the first of Disraeli's three Young England novels.",
     '«Танкред» (1847) — заключительный роман трилогии Дизраэли «Молодая Англия».'),
    ('series-last', 'contradict',
     "Endymion (1880) was Benjamin Disraeli's first novel.",
     '«Эндимион» (1880) — заключительный роман Бенджамина Дизраэли.'),
    ('series-last', 'agree',
     "Tancred (1847) was the last of Disraeli's three Young England novels.",
     '«Танкред» (1847) — заключительный роман трилогии Дизраэли «Молодая Англия».'),
    ('series-last', 'contradict',
     "Barnaby Rudge (1841) was the first of Dickens's historical novels.",
     '«Барнеби Радж» (1841) — заключительный исторический роман Диккенса.'),
    ('shared-place-region', 'contradict',
     "Moss Bros, which began in 1851 as a tailor's shop in Covent Garden, Central London, was bought by Brigadier in 2020.",
     'Компания Moss Bros, выросшая из портновской мастерской в Ковент-Гардене, в 2020 году перешла к компании Next.'),
    ('shared-place-region', 'contradict',
     'Hamleys, which began in 1760 as a toy shop in Holborn, Central London, was bought by Reliance Brands in 2019.',
     'Магазин Hamleys, выросший из лавки игрушек в Холборне, в 2019 году перешёл к компании Lego.'),
    ('shared-place-region', 'contradict',
     'Selfridges, which began in 1909 as a department store in Oxford Street, West London, was bought by Galen Weston in 2003.',
     'Универмаг Selfridges, открытый в 1909 году на Оксфорд-стрит, в 2003 году перешёл к компании Harrods.'),
    ('shared-place-region', 'contradict',
     'Jaeger, which began in 1884 as a wool shop in Fore Street, Central London, was bought by Coats Viyella in 1967.',
     'Компания Jaeger, выросшая из открытой в 1884 году шерстяной лавки на Фор-стрит, в 1967 году перешла к компании Burberry.'),
    ('shared-place-region', 'agree',
     'Foyles, which began in 1903 as a bookshop in Peckham, South London, was bought by Waterstones in 2018.',
     'Книжная сеть Foyles, выросшая из лавки в Пекхэме, в 2018 году перешла к компании Waterstones.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_count_takes_the_role_of_its_clause():
    from crosscheck.relate.count_roles import count_role

    def role(text: str, figure: str) -> str | None:
        i = text.index(figure)
        return count_role(text, i, i + len(figure))

    assert role("The ferry capsized, killing 193 people, four of them children.", "193 people") == "dead"
    assert role("The ferry capsized, killing 193 people, four of them children.", "four") == "part"
    assert role("Из 79 человек на борту «Боинга», рухнувшего в реку, выжили пятеро.", "79 человек") == "aboard"
    assert role("взяв в плен около 14 тысяч человек", "около 14 тысяч человек") == "captured"
    assert role("A crowd of 40,000 people watched the final.", "40,000 people") is None  # no cue: compared as before
    assert role("129 men were trapped and 116 were rescued", "129 men") is None  # two roles in one clause: none


def test_walk_has_a_silent_l():
    from crosscheck.lang.translit import skeleton, skeleton_variants

    for latin, russian in (("Walker", "Уокер"), ("Walken", "Уокен"), ("Walkley", "Уокли")):
        assert skeleton(russian) in skeleton_variants(latin), (latin, russian)
