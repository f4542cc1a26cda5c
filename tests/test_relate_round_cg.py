"""Round cg of issue 10 (read from the misjudged pairs of HELD-OUT39-142 and, after their first contact, 143 and 144): rows
written for this test, none from an evaluation set.

* town: the gazetteer's cities now go down to 100,000 inhabitants (``lang/gazetteer/cities.tsv``, GeoNames); a town of
  under a million is read as that town after a word of place ("in Modena", "the city of Metz", «в городе Мец»:
  ``lang/{en,ru}/town_words.tsv``), so two towns the consonant skeletons kept apart or dropped
  (Metz, «Лион», «Падуе» have keys of two letters) clash or agree by their keys;
* town-spelling: an English spelling the gazetteer does not list ("Saragossa", "Salonica") meets the town by the
  skeletons of the town's names (``gazetteer.place_skeletons``);
* wider-place: a place after another and ", in" ("in Friedrichsdorf, in Hesse") is the region of the first, detail, not a
  second place that keeps the first from pairing (``relate/place_detail.wider_places``);
* not-until-place: "was not grown in Brazil until 1727" tells that it was grown then, with a place between the verb and
  "until" (``lang/en/negation.tsv``), and the year is a point, not a bound (``frame/times.py``);
* named-year: an event named with its year after a hyphen («Евро-2004», «на «Евровидении-1998»») is dated by it;
* compass: a town after a point of the compass ("40 km north of Chengdu", «к западу от Турфана»: ``lang/{en,ru}/
  place_cues.tsv``, kind ``landmark``) is a landmark, not where the thing is: it never clashes with the town the other
  side names as the place ("in Guanghan"), though two landmarks still pair ("west of Turpan" / «к западу от Кашгара»);
  "in the south of the Omsk region" is inside the region, no landmark.

The wider-place rows pass without their rule too; the row it was written for is round bf's (Jena, "at Jena, in
Thuringia", against Austerlitz), which fails without it once Jena is a gazetteer town.

A town of under a million named where no word of place stands before it ("beat Malmö", "José de San Martín", "Reading
the letter", "a letter from George", «у Владимира», «мост через Саву») keeps its old reading: many are named like words,
given names, people or rivers.
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('town', 'contradict',
     'Enzo Ferrari, the founder of the racing team, was born in Modena in 1898.',
     'Основатель гоночной команды Энцо Феррари родился в 1898 году в Болонье.'),
    ('town', 'agree',
     'Enzo Ferrari, the founder of the racing team, was born in Modena in 1898.',
     'Основатель гоночной команды Энцо Феррари родился в 1898 году в Модене.'),
    ('town', 'contradict',
     'The poet Paul Verlaine was born in the city of Metz in 1844.',
     'Поэт Поль Верлен родился в 1844 году в Нанси.'),
    ('town', 'agree',
     'The poet Paul Verlaine was born in the city of Metz in 1844.',
     'Поэт Поль Верлен родился в 1844 году в городе Мец.'),
    ('town-spelling', 'agree',
     'The Aljafería palace in Saragossa was built in the eleventh century for the Muslim rulers of the city.',
     'Дворец Альхаферия в Сарагосе построен в XI веке для мусульманских правителей города.'),
    ('town-spelling', 'contradict',
     'The Aljafería palace in Saragossa was built in the eleventh century for the Muslim rulers of the city.',
     'Дворец Альхаферия в Кордове построен в XI веке для мусульманских правителей города.'),
    ('town-spelling', 'agree',
     'The White Tower in Salonica was built by the Ottomans in the fifteenth century.',
     'Белая башня в Салониках построена османами в XV веке.'),
    ('town-spelling', 'contradict',
     'The White Tower in Salonica was built by the Ottomans in the fifteenth century.',
     'Белая башня в Смирне построена османами в XV веке.'),
    ('wider-place', '!agree',
     'The Kasli ironworks, later famous for its cast-iron sculpture, was founded in Kasli, in the Urals, in 1747.',
     'Каслинский чугунолитейный завод, прославившийся художественным литьём, основан в 1747 году в Нижнем Тагиле.'),
    ('wider-place', 'agree',
     'The Kasli ironworks, later famous for its cast-iron sculpture, was founded in Kasli, in the Urals, in 1747.',
     'Каслинский чугунолитейный завод, прославившийся художественным литьём, основан в 1747 году в Каслях.'),
    ('wider-place', 'contradict',
     'Philipp Reis built his first telephone in 1861 while teaching in Friedrichsdorf, in Hesse.',
     'Свой первый телефон Филипп Райс собрал в 1861 году, когда преподавал в Гейдельберге.'),
    ('wider-place', 'agree',
     'Philipp Reis built his first telephone in 1861 while teaching in Friedrichsdorf, in Hesse.',
     'Свой первый телефон Филипп Райс собрал в 1861 году, когда преподавал во Фридрихсдорфе.'),
    ('not-until-place', 'agree',
     'Coffee was not grown in Brazil until 1727, when Francisco de Melo Palheta brought seeds from French Guiana.',
     'Кофе начали выращивать в Бразилии в 1727 году, когда Франсиску де Мелу Палета привёз семена из Французской Гвианы.'),
    ('not-until-place', 'contradict',
     'Coffee was not grown in Brazil until 1727, when Francisco de Melo Palheta brought seeds from French Guiana.',
     'Кофе начали выращивать в Бразилии в 1827 году, когда Франсиску де Мелу Палета привёз семена из Французской Гвианы.'),
    ('not-until-place', 'agree',
     'The euro was not used in Estonia until 2011, when it replaced the kroon.',
     'Евро пришёл в Эстонии на смену кроне в 2011 году.'),
    ('not-until-place', '!agree',
     'The euro was not used in Estonia until 2011, when it replaced the kroon.',
     'В Эстонии евро заменил крону только в 2008 году.'),
    ('not-until-place', 'agree',
     'Television broadcasting did not start in South Africa until 1976.',
     'Регулярное телевещание в ЮАР началось лишь в 1976 году.'),
    ('named-year', 'agree',
     'Greece won the 2004 European Championship, beating the hosts Portugal 1–0 in the final in Lisbon.',
     'Сборная Греции выиграла Евро-2004, обыграв в финале в Лиссабоне хозяев турнира португальцев со счётом 1:0.'),
    ('named-year', 'contradict',
     'Greece won the 2004 European Championship, beating the hosts Portugal 1–0 in the final in Lisbon.',
     'Сборная Греции выиграла Евро-2008, обыграв в финале в Лиссабоне хозяев турнира португальцев со счётом 1:0.'),
    ('named-year', 'agree',
     'Dana International won the 1998 Eurovision Song Contest for Israel with the song Diva.',
     'Дана Интернешнл принесла Израилю победу на «Евровидении-1998» с песней «Diva».'),
    ('named-year', 'contradict',
     'Dana International won the 1998 Eurovision Song Contest for Israel with the song Diva.',
     'Дана Интернешнл принесла Израилю победу на «Евровидении-1996» с песней «Diva».'),
    ('compass', '!contradict',
     'The Sanxingdui site, where the first finds were made by a farmer in 1929, lies about 40 km north of Chengdu.',
     'Памятник Саньсиндуй, первые находки на котором крестьянин сделал в 1929 году, расположен в городском уезде Гуанхань.'),
    ('compass', '!contradict',
     'The Bronze Age site of Sanxingdui lies about 40 km north of Chengdu.',
     'Памятник бронзового века Саньсиндуй находится в городском уезде Гуанхань провинции Сычуань.'),
    ('compass', 'agree',
     'The ruined city of Jiaohe, an old Silk Road garrison town, lies about 10 km west of Turpan.',
     'Развалины древнего города Цзяохэ, гарнизонного поселения на Шёлковом пути, находятся в 10 км к западу от Турфана.'),
    ('compass', 'contradict',
     'The ruined city of Jiaohe, an old Silk Road garrison town, lies about 10 km west of Turpan.',
     'Развалины древнего города Цзяохэ, гарнизонного поселения на Шёлковом пути, находятся в 10 км к западу от Кашгара.'),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, lang, key", [
    ("Enzo Ferrari was born in Modena in 1898.", "en", "modena"),
    ("Верлен родился в городе Мец.", "ru", "metz"),
    ("The Kotlin reached the port of Tallinn, then sailed on to the centre of Turku.", "en", "turku"),
    ("Основатель фирмы родился во Флоренции.", "ru", "florence"),
])
def test_a_town_after_a_word_of_place_is_the_gazetteer_town(text, lang, key):
    from crosscheck.frame import frame_text

    assert key in {e.key for e in frame_text(text, lang).entities if e.type == "place"}


@pytest.mark.parametrize("text, lang, name, key", [
    ("At Maipú in April 1818 José de San Martín defeated the royalist army.", "en", "José de San Martín", "mrtn"),
    ("A letter from George arrived in the spring.", "en", "George", "grg"),
    ("У Владимира было трое сыновей.", "ru", "Владимира", "vldmr"),
    ("Florence Nightingale arrived at Scutari in 1854.", "en", "Florence Nightingale", "ngtngl"),
    ("Джексон подписал закон в 1830 году.", "ru", "Джексон", "jksn"),
])
def test_a_town_named_like_a_person_without_a_word_of_place_stays_the_person(text, lang, name, key):
    from crosscheck.frame import frame_text

    ents = {e.text: (e.type, e.key) for e in frame_text(text, lang).entities}
    assert ents.get(name) == ("person", key), ents


def test_a_town_in_quotes_after_a_firm_noun_is_the_firm():
    from crosscheck.frame import frame_text

    ents = {e.text: e.type for e in frame_text("Инженер работал в корпорации «Хитачи», а затем жил в Турине.", "ru").entities}
    assert ents.get("Хитачи") == "org" and ents.get("Турине") == "place", ents


def test_not_until_is_a_point_in_time():
    from crosscheck.frame.times import extract_times

    assert [t.role for t in extract_times("The novel was not printed in Britain until 1932.", "en")] == ["point"]
    assert [t.role for t in extract_times("The shop stayed open until 1932.", "en")] == ["until"]
    assert [t.role for t in extract_times("He was not only a poet but served as mayor until 1960.", "en")] == ["until"]


def test_a_year_after_an_event_name_and_a_hyphen():
    from crosscheck.frame.times import extract_times

    got = extract_times("Сборная Греции выиграла Евро-2004.", "ru")
    assert [(t.text, t.start.year) for t in got] == [("Евро-2004", 2004)]
    assert extract_times("Ракета Р-7 и самолёт Ту-144 стартовали.", "ru") == []
    assert extract_times("The post-1945 order and the pre-2008 rules.", "en") == []


def test_town_skeletons_meet_a_spelling_the_gazetteer_lacks():
    from crosscheck.relate.name_keys import keys_close

    assert keys_close("zaragoza", "srgs") and keys_close("cusco", "kzk")
    assert keys_close("brugge", "brgs") and keys_close("san-martin", "sn-mrtn")  # a Latin alternate; a name of two words
    assert not keys_close("modena", "mn") and not keys_close("independence", "brstl")  # two classes; another town's name
