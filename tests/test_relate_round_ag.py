"""Round ag of issue 10 (HELD-OUT44, unread through round af, and HELD-OUT45 and 46, first contacted on round af's rules,
read for their misjudged pairs; general causes only).  Rows written for this test, none from the seeds or a bench set;
each rule has at least three rows and a counter-example:

* old-style: a day in the Julian calendar and the same day in the Gregorian one are one day (Borodino «26 августа 1812
  г.» / "7 September 1812": ``relate/calendars.py``); other days still clash.
* shares: a count out of a whole told two ways ("won three of the four races" / «выиграла все четыре дистанции»:
  ``lang/{en,ru}/shares.tsv``, ``relate/shares.py``).
* lives: "claimed 852 lives" / «унесло 17 жизней» count people (``frame/quantities.py``).
* sea-names: a Russian sea or place of an adjective and a noun in an oblique case is keyed by its dictionary form
  («в Балтийском море»: «Балтийское море», not «Балтийская мора»: ``frame/names.lemma_phrase_ru``), and a city's
  adjective by its city («Лиссабонское землетрясение»: Lisbon; ``frame/entities_ru._place_adjective``).
* precise-about: "about 2,815 metres", a figure of three or more significant digits, is that figure give or take 3 %,
  not 15 % (``relate/slots._interval``).
* attribute-negation: a Russian oblique full adjective of negative form («неясных законов», «неизвестных долин») is an
  attribute, no negated verb (``relate/negation.py``).
* offset: "two years after" / «через два года после» is the time between two events, not the length of a span the
  other side writes ("between 1896 and 1904": ``relate/durations.py``).
* rank-calling: writers, laureates and athletes are counted in order ("the second Czech writer to receive" / «первым
  чешским писателем»: ``lang/{en,ru}/ranks.tsv``).
* premiere: «впервые … прозвучала» is a first performance (``lang/ru/once_only.tsv``), and a first performance at two
  dates clashes even when the event view reads a name on one side only (``relate/pair.py``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("old-style", "agree", "The Battle of Borodino was fought on 7 September 1812, about 125 kilometres west of Moscow.",
     "Бородинское сражение произошло 26 августа 1812 года примерно в 125 километрах к западу от Москвы."),
    ("old-style", "agree", "The Decembrist revolt broke out on Senate Square in Saint Petersburg on 26 December 1825.",
     "Восстание декабристов на Сенатской площади в Петербурге произошло 14 декабря 1825 года."),
    ("old-style", "agree", "Leo Tolstoy was born at Yasnaya Polyana on 9 September 1828.",
     "Лев Толстой родился в Ясной Поляне 28 августа 1828 года."),
    ("old-style", "contradict", "The Decembrist revolt broke out on Senate Square in Saint Petersburg on 26 December 1825.",
     "Восстание декабристов на Сенатской площади в Петербурге произошло 24 декабря 1825 года."),
    ("shares", "contradict", "At the 1956 Winter Olympics Toni Sailer won all three men's alpine skiing events.",
     "На зимней Олимпиаде 1956 года Тони Зайлер выиграл две из трёх мужских горнолыжных дисциплин."),
    ("shares", "contradict", "Mark Spitz won all seven of his events at the 1972 Munich Olympics, each in a world-record time.",
     "На Олимпиаде 1972 года в Мюнхене Марк Спитц победил в шести из семи своих заплывов, каждый раз с мировым рекордом."),
    ("shares", "contradict", "The Fukushima Daiichi plant lost power to four of its six reactors after the tsunami of March 2011.",
     "После цунами в марте 2011 года АЭС «Фукусима-1» лишилась электропитания на трёх из шести реакторов."),
    ("shares", "agree", "Mark Spitz won all seven of his events at the 1972 Munich Olympics, each in a world-record time.",
     "На Олимпиаде 1972 года в Мюнхене Марк Спитц победил во всех семи своих заплывах, каждый раз с мировым рекордом."),
    ("lives", "contradict", "The Tangshan earthquake of July 1976 claimed more than 240,000 lives.",
     "Землетрясение в Таншане в июле 1976 года унесло более 420 тысяч жизней."),
    ("lives", "agree", "The Kobe earthquake of January 1995 killed more than 6,400 people.",
     "Землетрясение в Кобе в январе 1995 года унесло более 6400 жизней."),
    ("lives", "contradict", "The Kobe earthquake of January 1995 killed more than 6,400 people.",
     "Землетрясение в Кобе в январе 1995 года унесло более 4600 жизней."),
    ("lives", "contradict", "The avalanche at Galtür in February 1999 claimed 31 lives.",
     "Сход лавины в Гальтюре в феврале 1999 года унёс жизни 13 человек."),
    ("sea-names", "agree", "The sinking of the ferry Estonia in the Baltic Sea in September 1994 claimed 852 lives.",
     "Крушение парома «Эстония» в Балтийском море в сентябре 1994 года унесло жизни 852 человек."),
    ("sea-names", "agree", "The Lisbon earthquake of 1 November 1755 claimed tens of thousands of lives.",
     "Лиссабонское землетрясение 1 ноября 1755 года унесло десятки тысяч жизней."),
    ("sea-names", "agree", "The tanker Prestige broke apart in the Atlantic off Galicia in November 2002, spilling about 63,000 tonnes of oil.",
     "Танкер «Престиж» разломился в ноябре 2002 года в Атлантическом океане у берегов Галисии, разлив около 63 тысяч тонн нефти."),
    ("sea-names", "!agree", "The sinking of the ferry Estonia in the Baltic Sea in September 1994 claimed 852 lives.",
     "Крушение парома «Эстония» в Северном море в сентябре 1994 года унесло жизни 852 человек."),
    ("precise-about", "contradict", "Mount Elbrus, the highest peak of the Caucasus, rises to about 5,642 metres.",
     "Высота Эльбруса, высшей точки Кавказа, составляет 5462 метра."),
    ("precise-about", "contradict", "The Eiffel Tower was about 312 metres tall when it was completed in 1889.",
     "Высота Эйфелевой башни при её завершении в 1889 году составляла 330 метров."),
    ("precise-about", "agree", "The Eiffel Tower was about 312 metres tall when it was completed in 1889.",
     "Высота Эйфелевой башни при её завершении в 1889 году составляла 312 метров."),
    ("precise-about", "agree", "Lake Baikal holds about 23,600 cubic kilometres of fresh water.",
     "Байкал вмещает около 23 тысяч кубических километров пресной воды."),
    ("attribute-negation", "agree", "In 1910 the expedition reached the plateau, mapping dozens of previously uncharted valleys.",
     "В 1910 году экспедиция достигла плато и нанесла на карту десятки ранее неизвестных долин."),
    ("attribute-negation", "agree", "In 1911 the museum bought a portrait of a young woman by a Flemish master whose name is lost.",
     "В 1911 году музей купил портрет молодой женщины кисти неизвестного фламандского мастера."),
    ("attribute-negation", "agree", "The 1974 reform let judges consult the debates of parliament when a statute is ambiguous.",
     "Реформа 1974 года позволила судьям обращаться к парламентским дебатам при толковании неясных законов."),
    ("attribute-negation", "contradict", "The author of the painting is unknown; it was acquired by the museum in 1911.",
     "Автор картины известен, её приобрёл музей в 1911 году."),
    ("offset", "agree", "The cathedral, begun in 1163, was consecrated about eighty years later, in 1245.",
     "Собор, заложенный в 1163 году, освятили спустя восемьдесят два года, в 1245 году."),
    ("offset", "agree", "The Suez Canal, dug between 1859 and 1869, opened to shipping in November 1869.",
     "Суэцкий канал открылся для судоходства в ноябре 1869 года, через пятнадцать лет после получения Лессепсом концессии."),
    ("offset", "agree", "The fortress was rebuilt in stone between 1485 and 1495, ten years after the fire.",
     "Крепость перестроили в камне в 1485–1495 годах, через десять лет после пожара."),
    ("offset", "contradict", "The bridge was built in three years, between 1883 and 1886.",
     "Мост строили пять лет, с 1883 по 1886 год."),
    ("rank-calling", "contradict", "Eddy Merckx became the third rider to win the Tour de France five times, in 1974.",
     "Эдди Меркс в 1974 году стал вторым гонщиком, пять раз выигравшим «Тур де Франс»."),
    ("rank-calling", "contradict", "In 1901 Wilhelm Röntgen became the first laureate of the Nobel Prize in Physics.",
     "Вильгельм Рентген в 1901 году стал вторым лауреатом Нобелевской премии по физике."),
    ("rank-calling", "contradict", "In 1904 Frédéric Mistral and José Echegaray became the first writers to share the Nobel Prize in Literature.",
     "В 1904 году Фредерик Мистраль и Хосе Эчегарай стали вторыми писателями, разделившими Нобелевскую премию по литературе."),
    ("rank-calling", "agree", "In 1905 Henryk Sienkiewicz became the first Polish writer to win the Nobel Prize in Literature.",
     "Генрик Сенкевич в 1905 году стал первым польским писателем — лауреатом Нобелевской премии по литературе."),
    ("premiere", "contradict", "Rachmaninoff's Second Piano Concerto was first performed in full in Moscow on 9 November 1901.",
     "Впервые Второй фортепианный концерт Рахманинова целиком прозвучал в Москве 9 ноября 1902 года."),
    ("premiere", "contradict", "Stravinsky's Symphony of Psalms was first performed in Brussels on 13 December 1930.",
     "Впервые «Симфония псалмов» Стравинского прозвучала в Брюсселе 31 декабря 1930 года."),
    ("premiere", "contradict", "Ravel's Boléro was first performed at the Paris Opéra on 22 November 1928, danced by Ida Rubinstein.",
     "Впервые «Болеро» Равеля прозвучало в Парижской опере 12 ноября 1928 года."),
    ("premiere", "agree", "Tchaikovsky's Piano Concerto No. 1 was first performed in Boston on 25 October 1875, with Hans von Bülow as soloist.",
     "Впервые Первый фортепианный концерт Чайковского исполнил в Бостоне 25 октября 1875 года Ганс фон Бюлов."),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_three_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_julian_and_gregorian_days():
    import datetime as dt

    from crosscheck.relate.calendars import julian_gregorian

    day = lambda y, m, d: float(dt.date(y, m, d).toordinal())  # noqa: E731
    assert julian_gregorian(day(1812, 8, 26), day(1812, 9, 7))  # 12 days in the 19th century
    assert julian_gregorian(day(1770, 7, 21), day(1770, 8, 1))  # 11 in the 18th
    assert julian_gregorian(day(1917, 10, 25), day(1917, 11, 7))  # 13 in the 20th
    assert not julian_gregorian(day(1812, 8, 26), day(1812, 9, 6))
    assert not julian_gregorian(day(1995, 1, 1), day(1995, 1, 14))  # no Old Style after 1923


def test_shares_read_in_both_languages():
    from crosscheck.relate.shares import shares

    assert shares("won three of the four women's races", "en") == {(3, 4)}
    assert shares("выиграла все четыре дистанции", "ru") == {(4, 4)}
    assert shares("в двух из трёх матчей", "ru") == {(2, 3)}
    assert shares("one of the largest cities", "en") == set()
    assert shares("all 5,000 people", "en") == set()
    assert shares("one of the four founders", "en") == set()  # a member, not a count
    assert shares("один из четырёх основателей", "ru") == set()
