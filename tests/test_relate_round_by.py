"""Round by of issue 10 (read from the misjudged pairs of HELD-OUT133 and 134 after their first contact): rows written for
this test, none from an evaluation set.

* isotope: a chemical element with its mass number after a hyphen ("uranium-235", «плутония-238») is the element
  (``relate/elements.py``);
* agent-negation: «не сам Бетховен», «не сам композитор» negates who did it, not the act (``lang/ru/negation.tsv``, kind
  plain);
* included: a whole counted with a part it says it includes ("144 people, including 116 children", «из них трое»: role
  ``part`` of ``lang/{en,ru}/count_roles.tsv``) is the other side's two figures summed (``relate/sums.included_sums``);
* contest-passive: a word of winning after an auxiliary ("was defeated in October 1066 at Hastings by William") is a
  passive whose winner follows "by" past the forms' three-word gap, not an active verb whose subject won
  (``relate/contest_roles.py``);
* toll-date: one disaster, at one place and with one exact toll, dated to two days is a date clash
  (``relate/toll_dates.py``), decided at a fixed similarity (``TOLL``: the batch moves a row's similarity, and close
  paraphrases are compared as statements before the event view sees them).

Reading tables check the gazetteer rows the sets showed missing (Pyeongchang, Kansas City, the Solomon Islands in
Russian) and that a share's cue wins over the other cues of its clause.
"""

from __future__ import annotations

import pytest
from pair_table import check_at_similarity, check_rule_counts, table_tests

CASES = [
    ('isotope', 'contradict',
     'The Trinity test in New Mexico on 16 July 1945, the first nuclear explosion, used a core of plutonium-239.',
     'В первом ядерном взрыве «Тринити» 16 июля 1945 г. в Нью-Мексико использовался заряд из урана-239.'),
    ('isotope', 'contradict',
     'Fat Man, the bomb dropped on Nagasaki on 9 August 1945, had a core of plutonium-239.',
     'Ядро бомбы «Толстяк», сброшенной на Нагасаки 9 августа 1945 г., было сделано из урана-239.'),
    ('isotope', 'contradict',
     "NASA's Curiosity rover, which landed on Mars in August 2012, draws its power from the decay of plutonium-238.",
     'Марсоход NASA Curiosity, севший на Марс в августе 2012 г., получает энергию от распада урана-238.'),
    ('isotope', 'agree',
     "NASA's Curiosity rover, which landed on Mars in August 2012, draws its power from the decay of plutonium-238.",
     'Марсоход NASA Curiosity, севший на Марс в августе 2012 г., получает энергию от распада плутония-238.'),
    ('agent-negation', 'agree',
     "The nickname 'Moonlight' was given to Beethoven's Piano Sonata No. 14 in 1832, after the composer's death, by the critic Ludwig Rellstab.",
     'Название «Лунная» Сонате № 14 дал не сам Бетховен: в 1832 г., уже после смерти композитора, его придумал критик Людвиг Рельштаб.'),
    ('agent-negation', 'agree',
     "Schubert's Symphony No. 8 in B minor was first performed in Vienna in 1865, more than thirty years after the composer's death.",
     'Восьмую симфонию си минор Шуберта впервые исполнил в Вене в 1865 г. не сам композитор: он умер более чем за тридцать лет до этого.'),
    ('agent-negation', '!contradict',
     "The opening of the Suez Canal in November 1869 was marked by the Empress Eugénie, who sailed through aboard the yacht L'Aigle.",
     'Суэцкий канал в ноябре 1869 г. открывал не сам Наполеон III: по каналу на яхте «Орёл» прошла императрица Евгения.'),
    ('agent-negation', 'contradict',
     "The nickname 'Moonlight' was given to Beethoven's Piano Sonata No. 14 by Beethoven himself in 1801.",
     'Название «Лунная» Сонате № 14 в 1801 г. Бетховен не давал.'),
    ('included', 'agree',
     'The collapse of the Hyatt Regency walkways in Kansas City on 17 July 1981 killed 111 people at the scene, and three more died later in hospital.',
     'Обрушение подвесных галерей отеля «Хайятт Ридженси» в Канзас-Сити 17 июля 1981 г. унесло жизни 114 человек, включая троих, скончавшихся в больнице.'),
    ('included', 'agree',
     'The Aberfan disaster of 21 October 1966 killed 116 children in the village school, and 28 adults also died.',
     'Катастрофа в Аберфане 21 октября 1966 г., когда терриконик накрыл сельскую школу, унесла жизни 144 человек, в том числе 116 детей.'),
    ('included', 'agree',
     'The collapse of the Hyatt Regency walkways in Kansas City on 17 July 1981 killed 111 people at the scene, and three more died later in hospital.',
     'Обрушение подвесных галерей отеля «Хайятт Ридженси» в Канзас-Сити 17 июля 1981 г. унесло жизни 114 человек, из них трое скончались в больнице.'),
    ('included', 'contradict',
     'The Aberfan disaster of 21 October 1966 killed 116 children in the village school, and 28 adults also died.',
     'Катастрофа в Аберфане 21 октября 1966 г., когда терриконик накрыл сельскую школу, унесла жизни 150 человек, в том числе 116 детей.'),
    ('included', 'contradict',
     'The collapse of the Hyatt Regency walkways in Kansas City on 17 July 1981 killed 111 people at the scene, and three more died later in hospital.',
     'Обрушение подвесных галерей отеля «Хайятт Ридженси» в Канзас-Сити 17 июля 1981 г. унесло жизни 118 человек, включая троих, скончавшихся в больнице.'),
    ('contest-passive', 'agree',
     'King Harold II was defeated in October 1066 at Hastings by William of Normandy.',
     'В октябре 1066 г. при Гастингсе войско Вильгельма Нормандского разбило короля Гарольда II.'),
    ('contest-passive', 'contradict',
     'King Harold II was defeated in October 1066 at Hastings by William of Normandy.',
     'В октябре 1066 г. при Гастингсе войско короля Гарольда II разбило Вильгельма Нормандского.'),
    ('contest-passive', 'agree',
     'The Persian king Darius III was defeated in 331 BC near Gaugamela by Alexander the Great.',
     'В 331 г. до н. э. при Гавгамелах Александр Македонский разгромил персидского царя Дария III.'),
    ('contest-passive', 'contradict',
     'The Persian king Darius III was defeated in 331 BC near Gaugamela by Alexander the Great.',
     'В 331 г. до н. э. при Гавгамелах персидский царь Дарий III разгромил Александра Македонского.'),
    ('contest-passive', 'agree',
     'The Swedish army of Charles XII was routed in July 1709 outside Poltava by Peter the Great.',
     'В июле 1709 г. под Полтавой армия Петра I разгромила шведов Карла XII.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


@pytest.mark.parametrize("name, key", [("Pyeongchang", "pyeongchang"), ("Пхёнчхан", "pyeongchang"),
                                       ("Kansas City", "kansas-city"), ("Канзас-Сити", "kansas-city"),
                                       ("Соломоновы острова", "solomon-islands"), ("Kansas", "kansas")])
def test_gazetteer_rows(name, key):
    from crosscheck.lang.gazetteer import lookup

    assert lookup(name) == ("place", key)


@pytest.mark.parametrize("text, figure, role", [
    ("Взрыв унёс жизни 114 человек, из них трое скончались в больнице.", "трое", "part"),
    ("The mudslide killed 144 people, including 116 children.", "116", "part"),
    ("Спасатели подняли на поверхность 12 выживших горняков.", "12", "survived"),
    ("Погибли 83 человека, включая двух спасателей.", "двух", "part"),
    ("The plane crashed into the river, killing 78 people, four of them motorists.", "four", "part"),
    ("The blast killed 25 people including three soldiers.", "25", "dead"),
    ("Взрыв унёс жизни 40 человек, в том числе трёх пожарных.", "40", "dead"),
])
def test_a_share_cue_before_or_right_after_its_count_wins(text, figure, role):
    from crosscheck.relate.count_roles import count_role

    start = text.index(figure)
    assert count_role(text, start, start + len(figure)) == role


#: toll-date rows: (want, en, ru), decided at z = 5.5 (see ``test_relate_round_bx.POLARITY``).
TOLL = [
    ('contradict',
     'On 21 October 1966 a colliery spoil tip slid onto the Welsh village of Aberfan, burying the school and killing 144 people.',
     '28 октября 1966 г. в валлийской деревне Аберфан терриконик сполз на школу и погубил 144 человек, в основном детей.'),
    ('contradict',
     'On 10 March 1906 a coal-dust explosion at the Courrières mine in northern France killed 1,099 miners.',
     '20 марта 1906 г. взрыв угольной пыли на шахте Курьер на севере Франции унёс жизни 1099 горняков.'),
    ('contradict',
     'An explosion at the Senghenydd colliery in Wales on 14 October 1913 killed 439 miners.',
     'Взрыв на шахте Сенгенид в Уэльсе 4 октября 1913 г. унёс жизни 439 горняков.'),
    ('agree',
     'On 10 March 1906 a coal-dust explosion at the Courrières mine in northern France killed 1,099 miners.',
     '10 марта 1906 г. взрыв угольной пыли на шахте Курьер на севере Франции унёс жизни 1099 горняков.'),
    ('!contradict',
     'On 21 October 1966 a colliery spoil tip slid onto the Welsh village of Aberfan, burying the school and killing 144 people.',
     '28 октября 1966 г. в валлийской деревне Аберфан прошли похороны 81 ребёнка, погибших при сходе терриконика.'),
    ('!contradict',
     'A fire at the Iroquois Theatre in Chicago on 30 December 1903 killed 602 people.',
     'Пожар в чикагском универмаге 3 января 1904 г. унёс жизни 12 человек.'),
]


@pytest.mark.parametrize("want, en, ru", TOLL, ids=[f"toll-date-{i}" for i in range(len(TOLL))])
def test_one_disaster_on_two_days(want, en, ru):
    check_at_similarity(want, en, ru, 5.5)
