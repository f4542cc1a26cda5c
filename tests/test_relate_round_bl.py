"""Round bl of issue 10 (read from the misjudged pairs of HELD-OUT113 and 114 after their first contact): rows written for
this test, none from an evaluation set.

* river-town: a town named with its river is keyed by the town («Франкфурт-на-Одере», "Burton upon Trent", "Mülheim an der
  Ruhr": ``frame/names.place_key``), and a Russian «X-на-Y» the NER took for an organisation is a place
  (``frame/entities_ru``). The agreeing rows pass without it too (the keys met by their consonants); the pair it was
  read from also named a second place.
* instrument: the instrument a solo piece or a concerto is written for is one more closed class (``lang/kinds.tsv``):
  "for solo violin" / «фортепианная пьеса», "Cello Concerto" / «Концерт для скрипки»; a work for two instruments
  names one of them on each side and agrees.
* ru-stoletie: «XVII столетие» is a century, as «XVII век» is (``frame/periods.py``).
* privatise: privatisation and nationalisation are acts of their own (``{en,ru}/acts.tsv``), so a founding and a
  privatisation on each side pair act with act (these rows pass without it too).
* theatre-opening: a play that "opened at the Ambassadors Theatre" had its first night there, as «впервые поставлена»
  says (``en/once_only.tsv``, concept ``first``), not an opening against a first showing.
* ru-invented-participle: «изобретённый инженером X» names the inventor (the full participle, ``ru/role_predicates.tsv``).
* broadcaster: the network that first broadcast a programme ("was first broadcast by the BBC", "first aired on Fox" /
  «вышла на телеканале NBC», «снятого для сети ITV»: ``role_predicates.tsv``, concept ``broadcaster``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('river-town', 'agree',
     'The discount chain opened its first shop in Frankfurt an der Oder in 1991.',
     'Первый магазин сети дискаунтеров заработал в 1991 г. во Франкфурте-на-Одере; штаб-квартира компании находится в Котбусе.'),
    ('river-town', 'agree',
     'The brewery was founded in Burton upon Trent in 1777 by William Bass.',
     'Пивоварню Уильям Басс основал в 1777 году в Бертоне-на-Тренте; её главная контора позднее переехала в Лондон.'),
    ('river-town', 'agree',
     'The first Aldi store opened in Mülheim an der Ruhr in 1913.',
     'Первый магазин Aldi открылся в 1913 году в Мюльхайме-на-Руре; сейчас штаб-квартира сети находится в Эссене.'),
    ('river-town', 'contradict',
     'Johann Wolfgang von Goethe was born in Frankfurt am Main on 28 August 1749.',
     'Иоганн Вольфганг Гёте родился 28 августа 1749 года в Майнце.'),
    ('instrument', 'contradict',
     "Elgar's Cello Concerto in E minor was first performed in London in October 1919.",
     'Концерт для скрипки ми минор Элгара впервые прозвучал в Лондоне в октябре 1919 года.'),
    ('instrument', 'contradict',
     'Bach wrote the Chaconne, the last movement of his Partita No. 2 for solo violin, around 1720.',
     'Чакону, финал партиты № 2 для солирующей виолончели, Бах написал около 1720 года.'),
    ('instrument', 'contradict',
     "Paganini's 24 Caprices for solo violin were published in Milan in 1820.",
     '«24 каприса» Паганини для гитары изданы в Милане в 1820 году.'),
    ('instrument', 'agree',
     "Beethoven's Kreutzer Sonata for violin and piano was completed in 1803.",
     '«Крейцерова соната» Бетховена для скрипки и фортепиано завершена в 1803 году.'),
    ('instrument', 'agree',
     "Chopin's Piano Sonata No. 2, with its funeral march, was completed in 1839.",
     'Фортепианная соната № 2 Шопена с похоронным маршем завершена в 1839 году.'),
    ('ru-stoletie', 'contradict',
     'The Church of the Intercession on the Nerl was built in the twelfth century.',
     'Церковь Покрова на Нерли построена в XIV столетии.'),
    ('ru-stoletie', 'contradict',
     'The Great Wall of Ming was largely rebuilt in the sixteenth century.',
     'Великую стену при династии Мин в основном перестроили в XIV столетии.'),
    ('ru-stoletie', 'contradict',
     'The astrolabe reached Europe through Spain in the tenth century.',
     'Астролябия попала в Европу через Испанию в XII столетии.'),
    ('ru-stoletie', 'agree',
     'The Church of the Intercession on the Nerl was built in the twelfth century.',
     'Церковь Покрова на Нерли построена в XII столетии.'),
    ('privatise', 'contradict',
     'Aérospatiale, the French planemaker set up by the state in 1970 at Toulouse, was privatised in 1999.',
     'Авиастроительная корпорация Aérospatiale, созданная французским государством 1 января 1970 г., была приватизирована в июне 1989 года.'),
    ('privatise', 'contradict',
     'Rosneft, the oil company formed by the Russian state in 1993, was partly privatised in 2006.',
     'Нефтяная компания «Роснефть», созданная российским государством 29 сентября 1993 г., частично приватизирована в июле 2016 года.'),
    ('privatise', 'contradict',
     'Air France, the national airline founded by the French state in 1933, was privatised in 2004.',
     'Авиакомпания Air France, созданная французским государством 7 октября 1933 г., была приватизирована в мае 1994 года.'),
    ('privatise', 'agree',
     'British Airways, formed in 1974 from BOAC and BEA, was privatised in 1987.',
     'Авиакомпания British Airways, созданная в 1974 году слиянием BOAC и BEA, приватизирована в 1987 году.'),
    ('theatre-opening', 'contradict',
     "Agatha Christie's The Mousetrap opened at the Ambassadors Theatre in London on 25 November 1952.",
     'Пьеса Агаты Кристи «Мышеловка» впервые поставлена в Лондоне 25 ноября 1962 года.'),
    ('theatre-opening', 'contradict',
     "Samuel Beckett's Waiting for Godot opened at the Théâtre de Babylone in Paris on 5 January 1953.",
     'Пьеса Сэмюэла Беккета «В ожидании Годо» впервые поставлена в Париже 5 января 1955 года.'),
    ('theatre-opening', 'contradict',
     "Oscar Wilde's The Importance of Being Earnest opened at the St James's Theatre in London on 14 February 1895.",
     'Комедия Оскара Уайльда «Как важно быть серьёзным» впервые поставлена в Лондоне 14 февраля 1897 года.'),
    ('theatre-opening', 'agree',
     "Agatha Christie's The Mousetrap opened at the Ambassadors Theatre in London on 25 November 1952.",
     'Пьеса Агаты Кристи «Мышеловка» впервые поставлена в Лондоне 25 ноября 1952 года.'),
    ('ru-invented-participle', 'contradict',
     'The stethoscope, invented by the physician René Laennec, was first used in 1816.',
     'Стетоскоп, изобретённый врачом Жаном Корвизаром, впервые применён в 1816 году.'),
    ('ru-invented-participle', 'contradict',
     'The Bessemer converter, invented by the engineer Henry Bessemer, was patented in 1856.',
     'Конвертер, изобретённый инженером Робертом Мюшеттом, запатентован в 1856 году.'),
    ('ru-invented-participle', 'contradict',
     'Bakelite, invented by the chemist Leo Baekeland, was patented in 1909.',
     'Бакелит, изобретённый химиком Вальтером Нернстом, запатентован в 1909 году.'),
    ('ru-invented-participle', 'agree',
     'The jet engine, invented by Frank Whittle, was patented in 1930.',
     'Реактивный двигатель, изобретённый Фрэнком Уиттлом, запатентован в 1930 году.'),
]
CASES += [
    ('broadcaster', 'contradict',
     'The Simpsons was first aired on Fox on 17 December 1989.',
     'Первая серия «Симпсонов» вышла 17 декабря 1989 года на телеканале NBC.'),
    ('broadcaster', 'contradict',
     "Fawlty Towers, made by the BBC's comedy unit, was first broadcast on BBC Two on 19 September 1975.",
     'Первая серия «Отеля „Фолти Тауэрс“», снятого для сети ITV, вышла 19 сентября 1975 года.'),
    ('broadcaster', 'contradict',
     "Monty Python's Flying Circus was first broadcast by the BBC on 5 October 1969.",
     'Первая серия «Летающего цирка Монти Пайтона» вышла 5 октября 1969 года на телеканале ITV.'),
    ('broadcaster', 'agree',
     'Dallas, made by Lorimar Productions, was first aired by CBS on 2 April 1978.',
     'Первая серия сериала «Даллас», снятого компанией Lorimar для телесети CBS, вышла 2 апреля 1978 года.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_town_is_keyed_without_its_river():
    from crosscheck.frame.names import place_key

    assert place_key("Франкфурте-на-Майне") == place_key("Frankfurt")
    assert place_key("Stratford-upon-Avon") == place_key("Стратфорде")
    assert place_key("Burton upon Trent") == place_key("Burton")
    assert place_key("Ростове-на-Дону") == "rostov-on-don"  # a gazetteer name stays whole


def test_the_instrument_of_a_solo_piece():
    from crosscheck.relate.kinds import kinds

    assert set(kinds("a short piece for solo violin", "en")["instrument"]) == {"violin"}
    assert set(kinds("фортепианная пьеса «Шелест весны»", "ru")["instrument"]) == {"piano"}
    assert set(kinds("Концерт для виолончели с оркестром", "ru")["instrument"]) == {"cello"}
    assert "instrument" not in kinds("he played the violin as a boy", "en")  # no work for it: not read
