"""Round bq of issue 10 (read from the misjudged pairs of HELD-OUT121 and 122 after their first contact): rows written for
this test, none from an evaluation set.

* province-state: the provinces and territories of Canada, the states and territories of Australia and the states of
  Brazil are places of the gazetteer (``lang/gazetteer/places.tsv``): "British Columbia" / «в Британской Колумбии»
  (not Colombia), "the state of Bahia" / «штат Пернамбуку».
* state-not-town: a state or a province is no rival of a city of the gazetteer that may lie in it ("Calgary" /
  «провинции Альберта», ``lang/gazetteer.state_and_city``).
* defeat-club: the side beaten may be a quoted club after a town's adjective («обыграл миланский «Интер»»,
  ``relate/role_clash.py``), and a score after a club's name is no label of it ("beat Benfica 4–1", ``frame/labels.py``).
* polity-rank: the rank a territory was raised to is one ("raised Bavaria to a kingdom" / «возвёл в ранг герцогства»,
  ``lang/kinds.tsv``).
* command: the commander of a ship or an army is one (role ``command``: "commanded by Captain X", "whose commander, X",
  «под командованием капитана X», «его командир X»).
* years-multiplier: «лет» after a figure with a multiplier is a unit of years («800 тыс. лет», ``frame/quantities.py``).
* barred: "barred" is the pole of forbidding (``lang/opposites.tsv``).
* lost-amount: "lost" with an amount after it counts a loss, not a lost contest ("lost about a third of his army",
  ``lang/pole_terms.tsv``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('province-state', 'contradict',
     'Drumheller, a small town famous for its dinosaur fossils, lies in the badlands of Alberta.',
     'Городок Драмхеллер, знаменитый окаменелостями динозавров, лежит в бесплодных землях провинции Саскачеван.'),
    ('province-state', 'contradict',
     'Salvador, founded in 1549 as the first capital of colonial Brazil, is the capital of the state of Bahia.',
     'Салвадор, основанный в 1549 году как первая столица колониальной Бразилии, — столица штата Пернамбуку.'),
    ('province-state', 'contradict',
     'Port Arthur, a former convict settlement founded in 1830, lies in Tasmania.',
     'Порт-Артур, бывшее поселение каторжников, основанное в 1830 году, находится в Квинсленде.'),
    ('province-state', 'agree',
     'Vancouver, the largest city of British Columbia, hosted the 2010 Winter Olympics.',
     'Ванкувер, крупнейший город Британской Колумбии, принимал зимние Олимпийские игры 2010 года.'),
    ('province-state', 'agree',
     'Ouro Preto, an old mining town in Minas Gerais, became a World Heritage Site in 1980.',
     'Старинный горняцкий город Ору-Прету в штате Минас-Жерайс внесён в список Всемирного наследия в 1980 году.'),
    ('state-not-town', '!contradict',
     'The city of Calgary hosted the 1988 Winter Olympics.',
     'Зимние Олимпийские игры 1988 года прошли в канадской провинции Альберта.'),
    ('state-not-town', '!contradict',
     'The 1976 Summer Olympics were held in Montreal.',
     'Летние Олимпийские игры 1976 года прошли в провинции Квебек.'),
    ('state-not-town', '!contradict',
     'Brisbane hosted the 1982 Commonwealth Games.',
     'Игры Содружества 1982 года прошли в австралийском штате Квинсленд.'),
    ('state-not-town', 'contradict',
     'The 1976 Summer Olympics were held in the province of Quebec.',
     'Летние Олимпийские игры 1976 года прошли в провинции Онтарио.'),
    ('defeat-club', 'contradict',
     'In the 1967 final in Lisbon, Celtic beat Inter 2–1 to become the first British winners of the European Cup.',
     'В финале 1967 года в Лиссабоне «Селтик» обыграл лиссабонскую «Бенфику» 2:1 и стал первым британским обладателем Кубка чемпионов.'),
    ('defeat-club', 'contradict',
     'Liverpool beat Club Brugge 1–0 at Wembley to win the 1978 European Cup.',
     'В 1978 году на «Уэмбли» «Ливерпуль» обыграл мёнхенгладбахскую «Боруссию» 1:0 и выиграл Кубок чемпионов.'),
    ('defeat-club', 'contradict',
     'Nottingham Forest beat Malmö 1–0 in Munich to win the 1979 European Cup.',
     'В 1979 году в Мюнхене «Ноттингем Форест» обыграл гамбургский «Гамбург» 1:0 и выиграл Кубок чемпионов.'),
    ('defeat-club', 'agree',
     'In the 1967 final in Lisbon, Celtic beat Inter 2–1 to become the first British winners of the European Cup.',
     'В финале 1967 года в Лиссабоне «Селтик» обыграл миланский «Интер» 2:1 и стал первым британским обладателем Кубка чемпионов.'),
    ('polity-rank', 'contradict',
     'In 1806 Napoleon raised Bavaria to a kingdom.',
     'В 1806 году Наполеон возвёл Баварию в ранг герцогства.'),
    ('polity-rank', 'contradict',
     'In 1815 the Congress of Vienna raised Saxe-Weimar to a grand duchy.',
     'В 1815 году Венский конгресс возвёл Саксен-Веймар в ранг королевства.'),
    ('polity-rank', 'contradict',
     'In 1453 Emperor Frederick III raised Austria to an archduchy.',
     'В 1453 году император Фридрих III возвёл Австрию в ранг княжества.'),
    ('polity-rank', 'agree',
     'In 1701 Elector Frederick III raised Prussia to a kingdom and crowned himself in Königsberg.',
     'В 1701 году курфюрст Фридрих III возвёл Пруссию в ранг королевства и короновался в Кёнигсберге.'),
    ('command', 'contradict',
     'The Beagle, commanded by Captain Robert FitzRoy, left Plymouth in December 1831.',
     'Корабль «Бигль» под командованием капитана Джеймса Кука вышел из Плимута в декабре 1831 года.'),
    ('command', 'contradict',
     'The Endeavour, commanded by Lieutenant James Cook, reached Botany Bay in 1770.',
     'Барк «Индевор» под командованием лейтенанта Уильяма Блая достиг залива Ботани в 1770 году.'),
    ('command', 'contradict',
     'The Russian squadron at Sinop in 1853 was commanded by Vice Admiral Pavel Nakhimov.',
     'Русская эскадра в Синопском сражении 1853 года действовала под командованием вице-адмирала Фёдора Ушакова.'),
    ('command', 'agree',
     'The Beagle, commanded by Captain Robert FitzRoy, left Plymouth in December 1831.',
     'Корабль «Бигль» под командованием капитана Роберта Фицроя вышел из Плимута в декабре 1831 года.'),
    ('years-multiplier', 'contradict',
     'The cave paintings of Chauvet are about 36,000 years old.',
     'Возраст росписей пещеры Шове — около 17 тыс. лет.'),
    ('years-multiplier', 'contradict',
     'The oldest stone tools found at Lomekwi in Kenya are about 3.3 million years old.',
     'Возраст древнейших каменных орудий из Ломекви в Кении оценивается примерно в 2,6 млн лет.'),
    ('years-multiplier', 'contradict',
     'Lake Baikal is about 25 million years old.',
     'Возраст озера Байкал оценивается примерно в 5 млн лет.'),
    ('years-multiplier', 'agree',
     'Lake Baikal is about 25 million years old.',
     'Возраст Байкала оценивается примерно в 25 млн лет.'),
    ('barred', 'contradict',
     'The Parliament Act of 1911 barred the House of Lords from blocking money bills.',
     'Закон о парламенте 1911 года прямо разрешил Палате лордов блокировать финансовые законопроекты.'),
    ('barred', 'contradict',
     'The Edict of Expulsion of 1290 barred Jews from living in England.',
     'Эдикт об изгнании 1290 года разрешил евреям жить в Англии.'),
    ('barred', 'contradict',
     'The Chinese Exclusion Act of 1882 barred Chinese labourers from entering the United States.',
     'Закон об исключении китайцев 1882 года разрешил китайским рабочим въезд в США.'),
    ('barred', 'agree',
     'The Chinese Exclusion Act of 1882 barred Chinese labourers from entering the United States.',
     'Закон об исключении китайцев 1882 года запретил въезд китайских рабочих в США.'),
    ('lost-amount', 'agree',
     'At Borodino in 1812 Napoleon held the field but lost about a third of his army.',
     'В Бородинском сражении 1812 года Наполеон формально победил, но лишился примерно трети армии.'),
    ('lost-amount', 'agree',
     "At Malplaquet in 1709 Marlborough's allies held the field but lost some 20,000 men.",
     'При Мальплаке в 1709 году союзники Мальборо одержали победу ценой примерно 20 тысяч убитых и раненых.'),
    ('lost-amount', 'agree',
     'At Bunker Hill in June 1775 the British took the hill but lost more than 1,000 men.',
     'В июне 1775 года в битве при Банкер-Хилле британцы одержали верх и победили, хотя их потери превысили тысячу человек.'),
    ('lost-amount', 'contradict',
     'Hannibal lost the Battle of Zama in 202 BC.',
     'В 202 году до н. э. Ганнибал выиграл битву при Заме.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
