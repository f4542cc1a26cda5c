"""Round ai of issue 10 (HELD-OUT49 and 50, first contacted on round ah's rules, read for general causes).  Rows written
for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* approach: moving toward and moving away are opposites ("approaching the Sun" / «удаляется от Солнца»;
  ``lang/opposites.tsv``), also when the event view agrees on every value (``relate/pair.py``).
* record: a record that still stands against one that was broken («до сих пор не побит» / "still stands" agree; "no longer
  stands" / «никем не побит» clash).
* collective: Russian collective numerals count («двое братьев», «трое альпинистов»: ``lang/ru/numbers.tsv``).
* instrumental: Russian number words in the instrumental («десятью», «двенадцатью») are read.
* town-rank: "the third Russian town" counts towns as «первым русским городом» counts cities (``lang/en/ranks.tsv``).
* rank-apposition: a rank given to a name in apposition ("Washington Mutual, then the sixth-largest bank" / «Washington
  Mutual — крупнейший банк») belongs to that name, not to the sentence's first name (``relate/rank._ranked_name``).
* shared-unit: two figures with one unit written once ("the 5,000 and the 10,000 metres", «на 5 и 10 км»).
* rounded-approx: an approximate round figure states a precise one that rounds to it within 5 % ("almost 700" / "675";
  ``relate/roundings.rounded_approx``).
* city-in-country: a city one side names inside a country the other names is detail ("in Dhaka" / «в Бангладеш»).
* city-adjective: a lower-case adjective of a city is that city («в московском театре», «на лондонской сцене»).
* title-date: a date inside a work's quoted title names the work («роман «1984»»: ``frame/works.title_spans``).
* match-minute: "in the 113th minute" / «на 113-й минуте» is a time into the match, about that many minutes: "after 16
  seconds" against «на 16-й минуте» clashes (``frame/match_minutes.py``).
* sum: a count told whole on one side and in two parts on the other («10 золотых и 5 серебряных» / "15 medals":
  ``relate/sums.py``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("approach", "contradict", "The galaxy NGC 4889 is receding from the Milky Way at about 6,500 kilometres per second.",
     "Галактика NGC 4889 приближается к Млечному Пути со скоростью около 6500 км/с."),
    ("approach", "contradict", "In 2019 the storm was moving away from the coast of Florida at 20 km/h.",
     "В 2019 году шторм приближался к побережью Флориды со скоростью 20 км/ч."),
    ("approach", "contradict", "After its 1986 perihelion, Halley's Comet is now receding from the Sun.",
     "После прохождения перигелия в 1986 году комета Галлея сейчас приближается к Солнцу."),
    ("approach", "agree", "Barnard's Star is approaching the Sun at about 110 kilometres per second.",
     "Звезда Барнарда приближается к Солнцу со скоростью около 110 км/с."),
    ("record", "contradict", "Galina Chistyakova's long jump world record of 7.52 metres, set in Leningrad in 1988, still stands.",
     "Мировой рекорд Галины Чистяковой в прыжках в длину — 7,52 м, установленный в Ленинграде в 1988 году, уже побит."),
    ("record", "contradict", "Yuriy Sedykh's hammer world record of 86.74 metres, set in Stuttgart in 1986, has been broken.",
     "Мировой рекорд Юрия Седых в метании молота — 86,74 м, установленный в Штутгарте в 1986 году, до сих пор не побит."),
    ("record", "contradict", "Stefka Kostadinova's high jump world record of 2.09 metres, set in Rome in 1987, no longer stands.",
     "Рекорд мира Стефки Костадиновой в прыжках в высоту — 2,09 м, установленный в Риме в 1987 году, никем не побит."),
    ("record", "agree", "Jürgen Schult's discus world record of 74.08 metres, set in Neubrandenburg in 1986, still stands.",
     "Рекорд мира Юргена Шульта в метании диска — 74,08 м, установленный в Нойбранденбурге в 1986 году, до сих пор не побит."),
    ("collective", "contradict", "The company was founded in 1885 by two brothers from Glasgow.",
     "Компанию основали в 1885 году трое братьев из Глазго."),
    ("collective", "contradict", "Four climbers reached the summit on 12 May 1960.",
     "На вершину 12 мая 1960 года поднялись трое альпинистов."),
    ("collective", "contradict", "The 1962 prize was shared by three scientists.",
     "Премию 1962 года разделили четверо учёных."),
    ("collective", "agree", "Five researchers signed the report in 2004.",
     "Доклад 2004 года подписали пятеро исследователей."),
    ("instrumental", "contradict", "In 1973 the court decided the case by five votes to four.",
     "В 1973 году суд решил дело шестью голосами против трёх."),
    ("instrumental", "contradict", "The bridge was rebuilt in 1955 with twenty spans.",
     "Мост перестроили в 1955 году с двенадцатью пролётами."),
    ("instrumental", "contradict", "The expedition set off in 1871 with fifteen camels.",
     "Экспедиция вышла в путь в 1871 году с тринадцатью верблюдами."),
    ("instrumental", "agree", "The expedition set off in 1871 with fifteen camels.",
     "Экспедиция вышла в путь в 1871 году с пятнадцатью верблюдами."),
    ("town-rank", "contradict", "Tobolsk, founded in 1587, is usually called the second Russian town in Siberia.",
     "Тобольск, основанный в 1587 году, считается первым русским городом в Сибири."),
    ("town-rank", "contradict", "Verny, founded in 1854, became the third Russian town in Semirechye.",
     "Верный, основанный в 1854 году, стал первым русским городом в Семиречье."),
    ("town-rank", "contradict", "Novoarkhangelsk, founded in 1804, was the second Russian town in Alaska.",
     "Ново-Архангельск, основанный в 1804 году, стал третьим русским городом на Аляске."),
    ("town-rank", "agree", "Tobolsk, founded in 1587, is usually called the second Russian town in Siberia.",
     "Тобольск, основанный в 1587 году, считается вторым русским городом в Сибири."),
    ("rank-apposition", "contradict", "In 2008 regulators seized Washington Mutual, then the sixth-largest bank in the United States.",
     "В 2008 году регуляторы закрыли банк Washington Mutual — крупнейший банк США."),
    ("rank-apposition", "contradict", "In 1995 the collapse struck Barings, then the oldest merchant bank in London.",
     "В 1995 году рухнул банк Barings — второй старейший торговый банк Лондона."),
    ("rank-apposition", "contradict", "In 1974 regulators closed Franklin National, then the twentieth-largest bank in the country.",
     "В 1974 году регуляторы закрыли банк Franklin National — крупнейший банк страны."),
    ("rank-apposition", "agree", "In 2008 regulators seized Washington Mutual, then the sixth-largest bank in the United States.",
     "В 2008 году регуляторы закрыли Washington Mutual — шестой по величине банк США."),
    ("shared-unit", "agree", "At the 1972 Games in Munich he won both the 5,000 and the 10,000 metres.",
     "На Играх 1972 года в Мюнхене он выиграл забеги на 5 и 10 км."),
    ("shared-unit", "agree", "At the 1964 Games in Tokyo she won the 1,500 and the 3,000 metres.",
     "На Играх 1964 года в Токио она выиграла забеги на 1,5 и 3 км."),
    ("shared-unit", "agree", "The cyclists rode stages of 3 and 5 kilometres in Lyon in 2001.",
     "В 2001 году в Лионе велогонщики проехали этапы длиной 3000 и 5000 метров."),
    ("shared-unit", "contradict", "At the 1972 Games in Munich he won both the 5,000 and the 10,000 metres.",
     "На Играх 1972 года в Мюнхене он выиграл забеги на 3 и 10 км."),
    ("rounded-approx", "agree", "The defensive wall, built in 1563, runs for almost 700 kilometres.",
     "Оборонительная стена, построенная в 1563 году, тянется примерно на 675 км."),
    ("rounded-approx", "agree", "Nearly 2,000 workers struck at the Lodz mills in 1892.",
     "В 1892 году на лодзинских фабриках бастовали около 1920 рабочих."),
    ("rounded-approx", "agree", "The archipelago, mapped in 1911, has some 500 islands.",
     "Архипелаг, нанесённый на карту в 1911 году, насчитывает примерно 481 остров."),
    ("rounded-approx", "contradict", "The defensive wall, built in 1563, runs for almost 700 kilometres.",
     "Оборонительная стена, построенная в 1563 году, тянется примерно на 640 км."),
    ("rounded-approx", "contradict", "The archipelago, mapped in 1911, has some 500 islands.",
     "Архипелаг, нанесённый на карту в 1911 году, насчитывает примерно 470 островов."),
    ("city-in-country", "agree", "The 1998 floods left 3,000 people homeless in Dhaka.",
     "Наводнение 1998 года оставило без крова 3000 жителей Бангладеш."),
    ("city-in-country", "agree", "In 2004 the festival gave 40 concerts in Lisbon and Madrid.",
     "В 2004 году фестиваль дал 40 концертов в Португалии и Испании."),
    ("city-in-country", "agree", "In 1989 about 2 million people formed a chain from Tallinn to Vilnius.",
     "В 1989 году около 2 млн человек выстроились в цепь через Эстонию, Латвию и Литву."),
    ("city-in-country", "!agree", "In 2004 the festival gave 40 concerts in Lisbon and Madrid.",
     "В 2004 году фестиваль дал 40 концертов в Порту и Испании."),
    ("city-adjective", "contradict", "Tchaikovsky's opera premiered in St Petersburg in December 1890.",
     "Премьера оперы Чайковского прошла в декабре 1890 года на московской сцене."),
    ("city-adjective", "contradict", "The first Russian edition was printed in Moscow in 1564.",
     "Первое русское издание было напечатано в 1564 году в лондонской типографии."),
    ("city-adjective", "contradict", "The protest began in London in March 1990.",
     "Протест начался в марте 1990 года на парижских улицах."),
    ("city-adjective", "agree", "The first edition was printed in London in 1623.",
     "Первое издание было напечатано в 1623 году в лондонской типографии."),
    ("title-date", "agree", "Orwell's novel Nineteen Eighty-Four was published in 1949.",
     "Роман Оруэлла «1984» вышел в 1949 году."),
    ("title-date", "agree", "The film about the winter of 1941 was released in 1975.",
     "Фильм «Москва, декабрь 1941» вышел на экраны в 1975 году."),
    ("title-date", "agree", "The band recorded the song about the summer of 1968 in 1971.",
     "Песню «Лето 1968 года» группа записала в 1971 году."),
    ("title-date", "contradict", "Orwell's novel Nineteen Eighty-Four was published in 1950.",
     "Роман Оруэлла «1984» вышел в 1949 году."),
    ("sum", "agree", "The team won 15 medals at the 2010 championships in Oslo.",
     "На чемпионате 2010 года в Осло команда завоевала 10 золотых и 5 серебряных медалей."),
    ("sum", "agree", "The school opened in 1931 with 640 pupils.",
     "Школа открылась в 1931 году; в ней учились 340 мальчиков и 300 девочек."),
    ("sum", "agree", "The expedition lost 23 men in the winter of 1846.",
     "Зимой 1846 года экспедиция потеряла 20 матросов и 3 офицеров."),
    ("sum", "!agree", "The team won 16 medals at the 2010 championships in Oslo.",
     "На чемпионате 2010 года в Осло команда завоевала 10 золотых и 5 серебряных медалей."),
    ("sum", "!agree", "The expedition lost 25 men in the winter of 1846.",
     "Зимой 1846 года экспедиция потеряла 20 матросов и 3 офицеров."),
    ("match-minute", "contradict", "Vaclav Masek scored after just 16 seconds against Mexico at the 1962 World Cup.",
     "Вацлав Машек забил мексиканцам на 16-й минуте матча чемпионата мира 1962 года."),
    ("match-minute", "contradict", "Andrés Iniesta scored the only goal in the 116th minute of the 2010 World Cup final.",
     "Андрес Иньеста забил единственный гол на 16-й минуте финала чемпионата мира 2010 года."),
    ("match-minute", "contradict", "Geoff Hurst scored his second goal in the 101st minute of the 1966 World Cup final.",
     "Джефф Херст забил свой второй гол на 11-й минуте финала чемпионата мира 1966 года."),
    ("match-minute", "agree", "Mario Götze scored the winning goal in the 113th minute of the 2014 World Cup final.",
     "Марио Гётце забил победный гол на 113-й минуте финала чемпионата мира 2014 года."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
