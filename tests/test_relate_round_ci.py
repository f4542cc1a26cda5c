"""Round ci of issue 10 (read from the misjudged pairs of HELD-OUT39-146): rows written for this test, none from an
evaluation set.

* house: where a work is kept or first given is a house (a museum, a library, a theatre). A Russian name after a house's
  head noun («в мюнхенском музее Шака») is a house too and meets an English one ("the Alte Nationalgalerie"). Its town,
  or the rest of its name, only places it ("the Courtauld Gallery in London", "Vienna's Kunsthistorisches", "in Buffalo,
  New York", «Земельном музее Вюртемберга»), so it is no leftover name that makes two statements
  (``relate/role_kinds.py``). Two houses that may be one are no clash: a town against a house in it, a head word read as
  the name, a short name the other's holds, a Russian house opened by a common adjective, which translates a name no
  spelling meets («Временный театр», "the Provisional Theatre": ``lang/ru/house_adjectives.tsv``). The Russian
  predicate reads a town's adjective before the house («хранится в мюнхенском музее»); the English one reads "belongs
  to the Tretyakov Gallery" and "is now displayed at".
* firm-maker: a Russian maker named after its verb and a word for a firm («построила британская фирма «Армстронг»»,
  «разработало ОКБ Мясищева»: ``lang/ru/maker_heads.tsv``), and an English builder after "built for the Japanese navy
  by" fill the roles ``build``, ``make`` and ``design``; a quoted name after any other noun is the thing built
  («построил ледокол «Ермак»»), and against a subject before the verb the one the verb's gender agrees with is the doer
  («компания «Форд» построила завод «ГАЗ»»).
* participle: a Russian past passive participle names its doer in the instrumental («написанный Рогиром ван дер
  Вейденом», «созданный … Шлейером», «открытый … Вольфом»), as the short form («написан») already did.
* network: a Russian network after any people's or kind adjective («на американском телеканале NBC», «на британском
  телеканале BBC»), not only four listed ones, names the network that first broadcast a programme.
* law-year: the year in a law's English name ("the Dangerous Drugs Act 1920", "the Theatres Act 1968") is a time, read
  as «закон … 1926 г.» is, not a number of the name; so it pairs with the other side's year, and another year the claim
  states ("since 1916") stays apart (``frame/periods.py``, ``lang/en/dated_heads.tsv``).
* chart-verb: a record that got no higher "stalled at", "stuck at" or "landed at" its chart place, read as "peaked at"
  is (``lang/en/ranks.tsv``), so "stalled at number two" meets «возглавил хит-парад».
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests
from pair_table import role_args as _args

CASES = [
    ('house', 'contradict',
     "Adolph Menzel's The Balcony Room (1845), a small study of sunlight and a curtain, hangs in Berlin's Alte "
     'Nationalgalerie.',
     'Небольшая картина Адольфа Менцеля «Комната с балконом» (1845) — этюд солнечного света и занавески — хранится в '
     'мюнхенском музее Шака.'),
    ('house', 'contradict',
     'The Codex Gigas, the largest surviving medieval manuscript, taken by Swedish troops as war booty in 1648, is kept in '
     'the National Library of Sweden in Stockholm.',
     'Кодекс Гигас, крупнейшая из дошедших до нас средневековых рукописей, вывезенная шведами из Праги как трофей в 1648 '
     'г., хранится в пражском Страговском монастыре.'),
    ('house', 'agree',
     "Adolph Menzel's The Iron Rolling Mill (1872–75), one of the first big paintings of factory labour, hangs in Berlin's "
     'Alte Nationalgalerie.',
     'Картина Адольфа Менцеля «Железопрокатный завод» (1872–1875), одно из первых больших полотен о фабричном труде, '
     'хранится в берлинской Старой национальной галерее.'),
    ('house', 'agree',
     "Karl Bryullov's The Horsewoman (1832), a portrait of the young Giovanina Pacini on horseback, belongs to the "
     'Tretyakov Gallery in Moscow.',
     'Картина Карла Брюллова «Всадница» (1832) с юной Джованниной Пачини верхом на лошади хранится в Государственной '
     'Третьяковской галерее.'),
    ('firm-maker', 'contradict',
     "The Japanese battleship Mikasa, Admiral Togo's flagship at Tsushima, was built by Vickers at Barrow-in-Furness and "
     'completed in 1902.',
     'Броненосец «Микаса», флагман адмирала Того в Цусимском сражении, построила в 1899–1902 гг. британская фирма '
     '«Армстронг».'),
    ('firm-maker', 'contradict',
     'The battleship Shikishima was built for the Japanese navy by the Thames Ironworks in London and completed in 1900.',
     'Эскадренный броненосец «Сикисима» для японского флота построила в 1897–1900 гг. британская фирма «Виккерс».'),
    ('firm-maker', 'contradict',
     'The Be-12 anti-submarine amphibian, which first flew in October 1960, was designed by the Beriev bureau in Taganrog.',
     'Противолодочную амфибию Бе-12, впервые поднявшуюся в воздух в октябре 1960 г., разработало ОКБ Мясищева.'),
    ('firm-maker', 'agree',
     'The Il-76 military transport, which first flew in March 1971, was designed by the Ilyushin bureau.',
     'Военно-транспортный Ил-76, впервые поднявшийся в воздух 25 марта 1971 г., разработало ОКБ Ильюшина.'),
    ('firm-maker', 'agree',
     'The Russian battleship Tsesarevich was built for the Imperial Navy by Forges et Chantiers de la Méditerranée at La '
     'Seyne between 1899 and 1903.',
     'Эскадренный броненосец «Цесаревич» построила в 1899–1903 гг. фирма «Форж э Шантье де ла Медитерране» в Ла-Сейне под '
     'Тулоном.'),
    ('participle', 'contradict',
     'The Procuress, painted by Dirck van Baburen in 1622, hangs in the Museum of Fine Arts in Boston.',
     'Картина «Сводня», написанная в 1622 г. утрехтским художником Герритом ван Хонтхорстом, хранится в бостонском Музее '
     'изящных искусств.'),
    ('participle', 'contradict',
     'The Bladelin Altarpiece, painted by Rogier van der Weyden around 1445 for the town of Middelburg, is now in the '
     'Gemäldegalerie in Berlin.',
     'Алтарь Бладелина, написанный около 1445 г. Дирком Баутсом для городка Мидделбург, сейчас находится в берлинской '
     'Картинной галерее.'),
    ('participle', 'agree',
     'The Braque Triptych, painted by Rogier van der Weyden around 1452 for Catherine de Brabant, hangs in the Louvre in '
     'Paris.',
     'Триптих Брака, написанный Рогиром ван дер Вейденом около 1452 г. для Екатерины Брабантской, хранится в парижском '
     'Лувре.'),
    ('participle', 'agree',
     'Volapük, one of the first constructed languages to win a wide following, was created in 1879 by the German priest '
     'Johann Martin Schleyer.',
     'Волапюк, созданный в 1879 г. немецким священником Иоганном Мартином Шлейером, стал одним из первых искусственных '
     'языков с широким кругом сторонников.'),
    ('network', 'contradict',
     "Dad's Army, the wartime sitcom written by Jimmy Perry and David Croft, was first shown on ITV in July 1968.",
     'Комедийный сериал «Папашина армия» о британском ополчении военных лет, сценарий которого написали Джимми Перри и '
     'Дэвид Крофт, вышел в июле 1968 г. на британском телеканале BBC.'),
    ('network', 'contradict',
     'Seinfeld, the sitcom created by Larry David and Jerry Seinfeld, was first broadcast by NBC on 5 July 1989.',
     'Ситком «Сайнфелд», придуманный Ларри Дэвидом и Джерри Сайнфелдом, впервые показали 5 июля 1989 г. на американском '
     'телеканале ABC.'),
    ('network', 'contradict',
     "The Twilight Zone, Rod Serling's anthology of the uncanny, was first broadcast on CBS on 2 October 1959.",
     'Антология Рода Серлинга «Сумеречная зона» впервые вышла в эфир 2 октября 1959 г. на американском телеканале NBC.'),
    ('network', 'agree',
     'Miami Vice, the police drama produced by Michael Mann, premiered on NBC in September 1984.',
     'Полицейский сериал «Полиция Майами», продюсером которого был Майкл Манн, начал выходить в сентябре 1984 г. на '
     'американском телеканале NBC.'),
    ('network', 'agree',
     'Knight Rider, with David Hasselhoff and the talking car KITT, first aired on NBC in September 1982.',
     'Сериал «Рыцарь дорог» с Дэвидом Хассельхоффом и говорящим автомобилем KITT вышел на американском канале NBC в '
     'сентябре 1982 г.'),
    ('law-year', 'agree',
     'The Bank Holidays Act 1871, steered through Parliament by Sir John Lubbock, created four public holidays in England; '
     'since 1834 the Bank of England had closed on only four days a year.',
     'Закон о банковских выходных 1871 г., проведённый через парламент сэром Джоном Леббоком, ввёл в Англии четыре '
     'нерабочих дня.'),
    ('law-year', 'agree',
     'The Wildlife and Countryside Act 1981 gave legal protection to the bats of Britain, whose numbers had been falling '
     'since the 1950s.',
     'Британский закон о дикой природе и сельской местности 1981 г. взял под охрану всех летучих мышей страны и их '
     'убежища.'),
    ('law-year', 'contradict',
     "The Dangerous Drugs Act 1920 made it an offence in Britain to possess opium, morphine or cocaine without a doctor's "
     'prescription, as the Defence of the Realm regulations had since 1916.',
     'Британский закон об опасных наркотиках 1926 г. сделал преступлением хранение опиума, морфина и кокаина без рецепта '
     'врача.'),
    ('law-year', 'contradict',
     'The Mental Health Act 1959 abolished the old distinction between voluntary and certified patients in English '
     'hospitals.',
     'Английский закон о психическом здоровье 1962 г. отменил прежнее деление больничных пациентов на добровольных и '
     'освидетельствованных.'),
    ('chart-verb', 'contradict',
     "The Stranglers' Golden Brown, a waltz built around a harpsichord figure, stalled at number two in the British "
     'singles chart in 1982.',
     'Вальс «Golden Brown» группы The Stranglers с партией клавесина в 1982 г. возглавил британский хит-парад синглов.'),
    ('chart-verb', 'contradict',
     "Dexys Midnight Runners' Come On Eileen stalled at number two in the British singles chart in the summer of 1982.",
     'Песня «Come On Eileen» группы Dexys Midnight Runners летом 1982 г. возглавила британский хит-парад синглов.'),
    ('chart-verb', 'agree',
     "Wham!'s Last Christmas stalled at number two in Britain in December 1984, kept off the top by Band Aid.",
     'Песня «Last Christmas» группы Wham! в декабре 1984 г. поднялась лишь на второе место британского хит-парада, '
     'уступив Band Aid.'),
    ('chart-verb', 'agree',
     "The Beatles' double A-side Penny Lane and Strawberry Fields Forever stuck at number two in Britain in March 1967, "
     "behind Engelbert Humperdinck's Release Me.",
     'Двойной сингл «Битлз» «Penny Lane / Strawberry Fields Forever» в марте 1967 г. остановился на втором месте '
     'британского хит-парада, пропустив вперёд «Release Me» Энгельберта Хампердинка.'),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, concept, name", [
    ("Паром построила в 1967 г. финская фирма «Вяртсиля».", "build", "Вяртсиля"),
    ("Самолёт разработало ОКБ Яковлева.", "design", "ОКБ Яковлева"),
    ("Роман, написанный Фёдором Сологубом, вышел в 1907 г.", "create", "Фёдором Сологубом"),
    ("Общество, основанное Рудольфом Штейнером, существует до сих пор.", "found", "Рудольфом Штейнером"),
    ("The locomotives were built for the Prussian state railways under licence by Borsig.", "build", "Borsig"),
    ("The canvas now belongs to the Tretyakov Gallery.", "kept", "Tretyakov Gallery"),
    ("Полотно хранится в мадридском музее Прадо.", "kept", "Прадо"),
])
def test_a_role_is_read_in_these_words(text, concept, name):
    assert _args(text, "ru" if any("а" <= ch <= "я" for ch in text.lower()) else "en").get(concept) == name


@pytest.mark.parametrize("text, thing", [
    ("В 1898 г. построил ледокол «Ермак» британский завод Армстронга.", "Ермак"),  # «ледокол» is no firm: the ship
    ("В 1932 г. компания «Форд» построила завод «ГАЗ» в Нижнем Новгороде.", "ГАЗ"),  # a subject before the verb builds
])
def test_a_quoted_thing_built_is_no_builder(text, thing):
    assert _args(text, "ru").get("build") != thing


@pytest.mark.parametrize("text", [
    "The island belongs to Greece and the strait to Turkey.",
    "The painting belongs to the Duke of Sutherland and is lent to Edinburgh.",  # an owner, no house
    "The fossil is preserved in amber.",
])
def test_no_house_keeps_it(text):
    assert "kept" not in _args(text, "en")


def test_a_possessive_opening_a_house_stays_in_its_name():
    assert _args("The window hangs in King's College Chapel, Cambridge.", "en").get("kept") == "King's College Chapel"


def test_a_participle_names_no_maker_before_it():
    assert _args("The sitcom Seinfeld created by the American comedian and writer Larry David ran for nine years.", "en").get(
        "make") != "Seinfeld"


@pytest.mark.parametrize("text, arg, other, want", [
    ("It hangs in the Courtauld Gallery in London.", "Courtauld Gallery", "London", True),
    ("It belongs to the Albright-Knox collection in Buffalo, New York.", "Albright-Knox", "New York", True),
    ("It hangs in Vienna's Kunsthistorisches Museum.", "Kunsthistorisches Museum", "Vienna's", True),
    ("It hangs in the Louvre, and a copy hangs in the Prado in Madrid.", "Louvre", "Madrid", False),
])
def test_the_town_of_a_house_only_places_it(text, arg, other, want):
    from crosscheck.relate.role_kinds import house_town
    from crosscheck.relate.role_names import read_names

    names = read_names(text, "en")
    a, n = next(x for x in names if x.text == arg), next(x for x in names if x.text == other)
    assert house_town(text, "kept", a, n) is want
    assert house_town(text, "born", a, n) is False  # only a house's town


@pytest.mark.parametrize("text, years", [
    ("The Theatres Act 1968 ended the censorship of plays.", [(1968, 1968)]),
    ("The Clean Air Act 1956, passed after the smog, set up smoke control areas.", [(1956, 1956)]),
    ("Rising 1500 metres above the valley, the fort guards the pass.", []),  # a sentence's first word: no name
    ("The Expedition 1500 men strong set off in spring.", []),  # after an article, before a count
    ("The Act 52 of the code was repealed.", []),  # no year: a number of the name
    ("The theatres act 1968 ended it.", []),  # a law's name is capitalised
])
def test_the_year_in_a_laws_name_is_a_time(text, years):
    from crosscheck.frame.periods import find_periods

    assert [(p.start.year, p.end.year) for *_, p in find_periods(text)] == years


@pytest.mark.parametrize("en, ru", [
    ("Weber's Der Freischütz was first performed in Berlin on 18 June 1821.",
     "Премьера оперы Вебера «Вольный стрелок» прошла в берлинском Шаушпильхаусе в июне 1821 года."),  # a town, a house in it
    ("Smetana's The Bartered Bride was first performed at the Provisional Theatre in Prague on 30 May 1866.",
     "Премьера «Проданной невесты» Сметаны прошла в пражском Временном театре в 1866 году."),  # a name translated
    ("Bruegel's Tower of Babel belongs to the Kunsthistorisches Museum in Vienna.",
     "«Вавилонская башня» Брейгеля хранится в венском Музее истории искусств."),  # a head word read as the name
    ("Waterhouse's The Lady of Shalott hangs in Tate Britain.",
     "Картина Уотерхауса «Леди из Шалотт» хранится в лондонской галерее Тейт."),  # one short word of the other's name
    ("Rembrandt's Night Watch hangs in the Rijksmuseum in Amsterdam.",
     "«Ночной дозор» Рембрандта хранится в амстердамском Государственном музее."),  # a name translated
    ("Mozart's Don Giovanni premiered at the Estates Theatre in Prague in 1787.",
     "Премьера «Дон Жуана» Моцарта прошла в 1787 г. в пражском Сословном театре."),
    ("The bust of Nefertiti is kept in the Neues Museum in Berlin.",
     "Бюст Нефертити хранится в берлинском Новом музее."),
    ("The Isenheim Altarpiece is kept in the Unterlinden Museum.",
     "Изенгеймский алтарь хранится в Кольмаре."),  # a house against its town
    ("The opera premiered at the Met in New York.",
     "Опера впервые прозвучала в нью-йоркской Метрополитен-опере."),
])
def test_a_house_told_otherwise_is_no_other_house(en, ru):
    from crosscheck.relate.role_clash import find_role_clash

    assert find_role_clash(en, "en", ru, "ru", 9.0) is None
