"""Round v of issue 10: agree precision on comparable EN/RU text (contradictions of the fix-on sets called `agree`, read
for their causes; general causes only). Rows written for this test, none from the seeds or a bench set; each rule has at
least three rows and a counter-example:

* far-skeletons: two name skeletons that meet only after three or more of their letters are merged into consonant
  classes or dropped ("gdnv" Godunov / "ktzv" Кутузов: "ktnv" / "ktsv" after the classes, one letter apart; three letters apart as written) are two
  names (``name_keys.keys_close``); one name written in two scripts differs by a class swap and one consonant at most
  ("vlzkz" / "vlsks", "mrvk" / "mrvzk"). Before, two persons in the same role paired as one name and the pair was `agree`.
* open poles: speed ("faster" / «медленнее»), age ("older" / «младше») and an outcome told by a noun ("a triumph" /
  «провалом») in ``lang/open_poles.tsv``: one side states one pole only, the other the other pole only: never `agree`.
* compound peoples: each side names a pair of peoples by a compound adjective ("the Russo-Japanese War" / «русско-турецкую
  войну»; ``relate/open_clash.compound_peoples``, ``lang/gazetteer/demonym_prefixes.tsv``) and no pair of one side is a
  pair of the other: never `agree`.
* family epithet: «Старший», «Младший» after a surname ("the Elder", "the Younger"; ``lang/{en,ru}/name_epithets.tsv``) is
  not the surname (``frame/names.person_key``, ``relate/role_names.read_names``); before, «Ян Брейгель Старший» was keyed
  "strs" and paired with the other side's names only by loose consonant classes.
* army against: "an army / troops / forces / an offensive / a revolt against", «армию / войска / поход / восстание /
  мятеж против» (kind ``plain`` of ``lang/{en,ru}/negation.tsv``) is no negation stated otherwise, so it does not excuse the other side's negated verb (were `agree`).
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("far-skeletons", "!agree", "Leon Trotsky founded the Red Army in 1918.",
     "Красную армию в 1918 году создал Иосиф Бродский."),
    ("far-skeletons", "!agree", "In 1799 Alexander Suvorov led the Russian army across the Alps.",
     "В 1799 году русскую армию через Альпы провёл Жорес Алфёров."),
    ("far-skeletons", "!agree", "The Russian army at Borodino in 1812 was commanded by Mikhail Kutuzov.",
     "Русской армией при Бородине в 1812 году командовал Борис Годунов."),
    ("far-skeletons", "!agree", "The film 2001: A Space Odyssey, released in 1968, was directed by Stanley Kubrick.",
     "Фильм «Космическая одиссея 2001 года», вышедший в 1968 году, снял Жан-Люк Годар."),
    # one name in two scripts still pairs
    ("far-skeletons", "agree", "The Russian army at Borodino in 1812 was commanded by Mikhail Kutuzov.",
     "Русской армией при Бородине в 1812 году командовал Михаил Кутузов."),
    ("far-skeletons", "agree", "In 1799 Alexander Suvorov led the Russian army across the Alps.",
     "В 1799 году русскую армию через Альпы провёл Александр Суворов."),
]


# open poles (round v): speed, age, outcome told by a noun; one side states one pole only, the other the other pole only
POLES = [
    ("speed", "!agree", "Sound travels faster in water than in air, at about 1,480 metres per second.",
     "Звук распространяется в воде медленнее, чем в воздухе, — около 1480 метров в секунду."),
    ("speed", "!agree", "The Bugatti Veyron was the fastest production car of its time.",
     "Bugatti Veyron был самым медленным серийным автомобилем своего времени, он ехал медленнее всех."),
    ("speed", "!agree", "A cheetah accelerates more quickly than most sports cars.",
     "Гепард набирает скорость медленнее большинства спортивных автомобилей."),
    ("speed", "agree", "Sound travels faster in water than in air, at about 1,480 metres per second.",
     "Звук распространяется в воде быстрее, чем в воздухе, — около 1480 метров в секунду."),
    ("age", "!agree", "Charlotte Brontë was older than her sister Emily, the author of Wuthering Heights.",
     "Шарлотта Бронте была младше своей сестры Эмили, автора «Грозового перевала»."),
    ("age", "!agree", "Pliny the Younger was the nephew of the naturalist Pliny the Elder and was older than him.",
     "Плиний Младший, племянник натуралиста Плиния Старшего, был моложе его."),
    ("age", "!agree", "Ira Gershwin was the older brother of the composer George Gershwin.",
     "Айра Гершвин был младшим братом композитора Джорджа Гершвина."),
    ("age", "!agree", "Mozart's sister Nannerl, a gifted harpsichordist, was younger than him.",
     "Сестра Моцарта Наннерль, одарённая клавесинистка, была старше его."),
    ("age", "agree", "Ira Gershwin was the older brother of the composer George Gershwin.",
     "Айра Гершвин был старшим братом композитора Джорджа Гершвина, он был старше его."),
    ("outcome", "!agree", "The premiere of Chekhov's The Seagull in St Petersburg in 1896 was a failure.",
     "Премьера чеховской «Чайки» в Петербурге в 1896 году стала триумфом."),
    ("outcome", "!agree", "The first night of Bizet's Carmen at the Opéra-Comique in 1875 was a triumph.",
     "Первое представление «Кармен» Бизе в «Опера-Комик» в 1875 году закончилось провалом."),
    ("outcome", "!agree", "Napoleon's invasion of Russia in 1812 ended in a triumph for the French army.",
     "Вторжение Наполеона в Россию в 1812 году закончилось для французской армии полным провалом."),
    ("outcome", "agree", "The premiere of Chekhov's The Seagull in St Petersburg in 1896 was a failure.",
     "Премьера чеховской «Чайки» в Петербурге в 1896 году обернулась провалом."),
]

# another pair of peoples (round v): a compound adjective of two peoples on each side, no pair of one side the other's
PEOPLES = [
    ("compound-peoples", "!agree", "The Treaty of Portsmouth, signed in September 1905, ended the Russo-Japanese War.",
     "Портсмутский мирный договор, подписанный в сентябре 1905 года, завершил русско-турецкую войну."),
    ("compound-peoples", "!agree", "The Treaty of Breda of July 1667 ended the Second Anglo-Dutch War.",
     "Бредский мир, заключённый в июле 1667 года, завершил вторую англо-испанскую войну."),
    ("compound-peoples", "!agree", "The Treaty of Shimonoseki of April 1895 ended the First Sino-Japanese War.",
     "Симоносекский договор, подписанный в апреле 1895 года, завершил первую русско-японскую войну."),
    ("compound-peoples", "!agree", "The Moscow Peace Treaty of March 1940 ended the Soviet-Finnish Winter War.",
     "Московский мирный договор, подписанный в марте 1940 года, завершил советско-польскую войну."),
    ("compound-peoples", "agree", "The Treaty of Portsmouth, signed in September 1905, ended the Russo-Japanese War.",
     "Портсмутский мирный договор, подписанный в сентябре 1905 года, завершил русско-японскую войну."),
    ("compound-peoples", "agree", "The Moscow Peace Treaty of March 1940 ended the Soviet-Finnish Winter War.",
     "Московский мирный договор, подписанный в марте 1940 года, завершил советско-финскую Зимнюю войну."),
]

# a family epithet after a surname (round v): «Старший» / «Младший» ("the Elder" / "the Younger") is not the surname
FAMILY = [
    ("family-epithet", "agree", "Jan Brueghel the Elder, Flowers in a Wooden Vessel - 1606",
     "Ян Брейгель Старший, «Цветы в деревянном сосуде», 1606"),
    ("family-epithet", "agree", "Lucas Cranach the Younger, Portrait of Martin Luther - 1546",
     "Лукас Кранах Младший, «Портрет Мартина Лютера», 1546"),
    ("family-epithet", "agree", "Hans Holbein the Elder, The Basilica of Santa Maria Maggiore - 1499",
     "Ганс Гольбейн Старший, «Базилика Санта-Мария-Маджоре», 1499"),
    ("family-epithet", "agree", "Pieter Brueghel the Younger, The Census at Bethlehem - 1610",
     "Питер Брейгель Младший, «Перепись в Вифлееме», 1610"),
    ("family-epithet", "agree", "Alexandre Dumas the Younger, The Lady of the Camellias - 1848",
     "Александр Дюма Младший, «Дама с камелиями», 1848"),
    ("family-epithet", "!agree", "Jan Brueghel the Elder, Flowers in a Wooden Vessel - 1606",
     "Ян Вермеер Старший, «Цветы в деревянном сосуде», 1606"),
]

# a military "against" negates nothing (round v): "an army against" no longer excuses the other side's negation
AGAINST = [
    ("army-against", "contradict", "Hannibal led his army against Rome in 218 BC.",
     "Ганнибал не повёл свою армию на Рим в 218 году до н. э."),
    ("army-against", "contradict", "In 1066 William of Normandy sent troops against England.",
     "В 1066 году Вильгельм Нормандский не посылал войска в Англию."),
    ("army-against", "contradict", "In 1381 the peasants of Kent rose in a revolt against the poll tax.",
     "В 1381 году крестьяне Кента не поднимали восстания из-за подушного налога."),
    # the Russian side: «армию против», «поход против», «мятеж против» (``lang/ru/negation.tsv``)
    ("army-against", "contradict", "In 1066 William of Normandy did not send troops to England.",
     "В 1066 году Вильгельм Нормандский послал войска против Англии."),
    ("army-against", "contradict", "In 1812 Napoleon did not march on Moscow.",
     "В 1812 году Наполеон начал поход против Москвы."),
    ("army-against", "contradict", "In May 1918 the Czechoslovak Legion did not start a mutiny in Chelyabinsk.",
     "В мае 1918 года Чехословацкий корпус поднял мятеж против большевиков в Челябинске."),
    ("army-against", "contradict", "In 1632 Gustavus Adolphus did not lead the Swedish army into Bavaria.",
     "В 1632 году Густав Адольф повёл шведскую армию против Баварии."),
    ("army-against", "agree", "In 1066 William of Normandy sent troops against England.",
     "В 1066 году Вильгельм Нормандский послал войска в Англию."),
    ("army-against", "agree", "Hannibal led his army against Rome in 218 BC.",
     "Ганнибал повёл свою армию на Рим в 218 году до н. э."),
]

CASES = CASES + POLES + PEOPLES + FAMILY + AGAINST

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


def _key(name: str) -> str:
    from crosscheck.frame.names import person_key

    return person_key(name)


@pytest.mark.parametrize("en, ru, same", [
    # two names whose skeletons meet only after three or more letters are merged or dropped
    ("Godunov", "Кутузов", False),
    ("Trotsky", "Бродский", False),
    ("Suvorov", "Алфёров", False),
    ("Kubrick", "Годдард", False),
    ("Bagration", "Скрябин", False),
    ("Hilbert", "Годдард", False),
    # one name written in two scripts
    ("Velázquez", "Веласкес", True),
    ("Rutherford", "Резерфорд", True),
    ("Dvořák", "Дворжак", True),
    ("Hilbert", "Гильберт", True),
    ("Morawiecki", "Моравецкий", True),
    ("Gaddafi", "Каддафи", True),
    ("Kutuzov", "Кутузов", True),
    # an English "g" written «дж»: one letter apart as written, though the classes drop the "j" as a vowel
    ("Rogers", "Роджерс", True),
    ("Gerald", "Джеральд", True),
    ("Egerton", "Эджертон", True),
    ("Angela", "Анджела", True),
])
def test_far_skeletons(en, ru, same):
    from crosscheck.relate.name_keys import keys_close

    assert keys_close(_key(en), _key(ru)) is same, (en, ru, _key(en), _key(ru))


@pytest.mark.parametrize("text, pairs", [
    ("the Russo-Turkish War of 1828–1829", {frozenset({"russia", "turkey"})}),
    ("завершил русско-персидскую войну", {frozenset({"russia", "iran"})}),
    ("вторую англо-испанскую войну", {frozenset({"united-kingdom", "spain"})}),
    ("the Soviet-Finnish war", {frozenset({"soviet-union", "finland"})}),
    ("Indo-European languages", set()),
    ("the Anglo-Saxon chronicle", set()),
    ("North-West Passage", set()),
    ("Nikolai Rimsky-Korsakov", set()),
])
def test_compound_peoples(text, pairs):
    from crosscheck.relate.open_clash import compound_peoples

    assert set(compound_peoples(text)) == pairs
