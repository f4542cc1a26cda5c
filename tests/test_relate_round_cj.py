"""Round cj of issue 10 (read from the misjudged pairs of HELD-OUT39-148): rows written for this test, none from an
evaluation set.

* force-head: the commander of a force named after the force's noun ("Russian squadron under Vice-Admiral X", "a fleet
  led by Admiral X", «русский отряд капитана X»: a rank must stand between, else «войска Франции» would be a person),
  and the head of a commission or an expedition ("headed by", "chaired by", «во главе с X»), fill the role ``command``;
  not a pact or a treaty ("troops under the Warsaw Pact").
* conductor: the conductor of a performance named after "under" ("opened in Dresden on 21 November 1901 under X"), "the
  X Philharmonic under", "with X conducting", as «дирижировал X» reads him (not after "staged", not before "rule"); a
  Russian place before a date with no «в» («дирижировал в Дрездене 21 ноября 1901 г. X») is a gap, not the argument.
* describe: the one who named or first described a species ("was named in 1878 by X" / «описал в 1878 г. X», «X в
  1914 г. описал»: a year may stand between a Russian doer and its verb), only with a species, a fossil or a taxon's name
  in the claim.
* source-title: the source writer's work quoted right after him («по пьесе Ипполита Шпажинского «Чародейка»») is his
  work, no name left over that makes two statements.
* once-open, once-ascent, once-recorded, once-issued: a building or a zoo opens once ("opened on 31 January 1864" /
  «открылся в 1874 г.»; a festival or a congress opens every year and is not read), a peak is first climbed once, a
  song first recorded once (``record``), a book printed once («напечатанный в Базеле в 1556 г.», «изданный в апреле
  1925 г.»), a law passed once («Принятый в феврале 1878 г.») and a weapon adopted once («принята на вооружение»): two
  dates clash.
* battle-date: a battle "fought near Landeshut on 23 June 1760" and «Сражение при Ландсхуте (23.06.1761)», its date in
  brackets after its place, is one event (``occur``): two dates clash.
* broadcaster: a programme that "first appeared on ITV", or that «впервые показало Би-би-си» (a neuter verb: a network,
  not a person), names the network that first broadcast it.
* semicolon-negation: a negation only after a semicolon that closes a statement of its own («…; часть тел так и не подняли
  наверх») is a second statement the other side need not tell: never a clash (``relate/clause_scope.py``); unless it
  negates the act the other side states («…; маяк так и не был достроен» / "it was completed in 1698") or names what the
  other side names («…; до Мендосы её так и не довели» / "to Mendoza"), or when the other side tells a clause after a
  semicolon too (a translation's), and in the main clause it still clashes.
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests
from pair_table import lang_of as _lang
from pair_table import role_args as _args

CASES = [
    ('force-head', 'contradict',
     'The commission headed by Chief Justice Earl Warren, set up a week after the Dallas shooting, found that Oswald had '
     'fired every shot.',
     'Комиссия во главе с Робертом Кеннеди, созданная через неделю после выстрелов в Далласе, установила, что Освальд '
     'стрелял один.'),
    ('force-head', 'contradict',
     'In the first Russian naval victory won without galleys, a squadron under Captain Thomas Gordon took a Swedish ship '
     'of the line, a frigate and a brigantine off Ösel in 1719.',
     'У острова Эзель 24 мая (4 июня) 1719 г. русский отряд капитана Наума Сенявина после упорного боя вынудил '
     'спустить флаги три шведских корабля.'),
    ('force-head', 'agree',
     'Off Mount Athos on 1 July 1807 the Russian squadron under Vice-Admiral Dmitry Senyavin defeated the Ottoman fleet.',
     '1 июля 1807 г. у Афона русская эскадра вице-адмирала Дмитрия Сенявина разбила турецкий флот.'),
    ('force-head', 'agree',
     'The riot commission chaired by Otto Kerner, the governor of Illinois, warned in February 1968 that America was '
     'moving towards two societies, one black, one white.',
     'Комиссия во главе с Отто Кернером, губернатором Иллинойса, в феврале 1968 г. предупредила, что Америка движется '
     'к двум обществам — чёрному и белому.'),
    ('conductor', 'contradict',
     "Richard Strauss's second opera, Feuersnot, a one-act satire on Munich, opened in Dresden on 21 November 1901 under "
     'Ernst von Schuch.',
     'Премьерой одноактной оперы Рихарда Штрауса «Feuersnot», сатиры на мюнхенцев, дирижировал в Дрездене 21 ноября 1901 '
     'г. Фриц Буш.'),
    ('conductor', 'contradict',
     "Decca's first complete studio recording of Wagner's Ring was made in Vienna between 1958 and 1965 with Georg Solti "
     'conducting.',
     'Первую полную студийную запись «Кольца нибелунга» Вагнера фирма Decca сделала в Вене в 1958–1965 гг.; дирижировал '
     'Герберт фон Караян.'),
    ('conductor', 'agree',
     "Rachmaninoff's choral symphony The Bells was first performed in St Petersburg in December 1913 with Rachmaninoff "
     'conducting.',
     'Премьерой поэмы Рахманинова «Колокола» в Петербурге в декабре 1913 г. дирижировал сам Рахманинов.'),
    ('conductor', 'agree',
     "Prokofiev's Classical Symphony was first performed in Petrograd on 21 April 1918 with Prokofiev conducting.",
     'Классическая симфония Прокофьева впервые прозвучала в Петрограде 21 апреля 1918 г. под управлением автора.'),
    ('describe', 'contradict',
     'Diplodocus was named in 1878 by Othniel Charles Marsh from bones found in Colorado.',
     'Диплодока описал в 1878 г. Эдвард Коп по костям, найденным в Колорадо.'),
    ('describe', 'contradict',
     'Ornithomimus, the ostrich-like dinosaur with a toothless beak, was named in 1890 by Othniel Charles Marsh from a '
     'foot found in Colorado.',
     'Орнитомима, страусоподобного беззубого динозавра, описал в 1890 г. Эдвард Коп по стопе из Колорадо.'),
    ('describe', 'agree',
     'Triceratops was named in 1889 by Othniel Charles Marsh from a skull found in Wyoming.',
     'Трицератопса описал в 1889 г. Отниел Чарлз Марш по черепу, найденному в Вайоминге.'),
    ('describe', 'agree',
     'Brontosaurus, the thunder lizard, was named in 1879 by Othniel Charles Marsh from a skeleton found in Wyoming.',
     'Бронтозавра («громового ящера») описал в 1879 г. Отниел Чарлз Марш по скелету, найденному в Вайоминге.'),
    ('source-title', 'contradict',
     "Tchaikovsky's opera The Enchantress is based on a play by Alexander Ostrovsky.",
     'Опера Чайковского «Чародейка» написана по пьесе Ипполита Шпажинского «Чародейка».'),
    ('source-title', 'contradict',
     "Tchaikovsky's opera The Maid of Orleans, first staged at the Mariinsky in 1881, is based on a tragedy by Friedrich "
     'Schiller in Zhukovsky\'s translation.',
     'Опера Чайковского «Орлеанская дева», поставленная в 1881 г. на сцене Мариинского театра, написана по трагедии '
     'Вольтера «Орлеанская девственница» в переводе Жуковского.'),
    ('source-title', 'agree',
     "Rimsky-Korsakov's one-act opera Boyarinya Vera Sheloga is based on a play by Lev Mey.",
     'Одноактная опера Римского-Корсакова «Боярыня Вера Шелога» написана по драме Льва Мея «Псковитянка».'),
    ('source-title', 'agree',
     "Rimsky-Korsakov's opera Servilia, set in Nero's Rome, is based on a play by Lev Mey.",
     'Опера Римского-Корсакова «Сервилия» о Риме времён Нерона написана по драме Льва Мея «Сервилия».'),
    ('once-open', 'contradict',
     'The Moscow Zoo opened on 31 January 1864 on the Presnya ponds, with a few hundred animals shown by the '
     'acclimatisation society.',
     'Московский зоопарк, один из старейших в России, открылся в 1874 г.; в 1919 г. его национализировали.'),
    ('once-open', 'contradict',
     'The Hotel Ukraina, the tallest hotel in Europe for years and one of the Seven Sisters, opened its doors in May '
     '1967.',
     'Гостиница «Украина» на берегу Москвы-реки, спроектированная Аркадием Мордвиновым, открылась в 1957 г.'),
    ('once-open', 'agree',
     'The main building of Moscow State University, the tallest of the Seven Sisters, opened on 1 September 1953.',
     'Главное здание Московского государственного университета, самая высокая из сталинских высоток, открылось 1 '
     'сентября 1953 г.'),
    ('once-open', 'agree',
     'The Moscow Palace of Pioneers on the Lenin Hills opened on 1 June 1962, Children\'s Day.',
     'Московский Дворец пионеров на Ленинских горах открылся 1 июня 1962 г., в День защиты детей.'),
    ('once-ascent', 'contradict',
     'Mont Aiguille in the Vercors was first climbed in June 1592 by Antoine de Ville on the orders of Charles VIII.',
     'Первое восхождение на гору Эгюий в Веркоре совершил в июне 1492 г. Антуан де Виль по приказу Карла VIII.'),
    ('once-ascent', 'contradict',
     'Communism Peak, then thought to be over 7,490 metres high, was first climbed on 3 September 1933 by a lone '
     'climber of the Tajik-Pamir expedition.',
     'Первое восхождение на пик Коммунизма, высшую точку Памира и всего СССР, совершил в 1937 г. Евгений Абалаков.'),
    ('once-ascent', 'agree',
     'Korzhenevskaya Peak in the Pamirs was first climbed in August 1953 by a Soviet team under Alexei Ugarov.',
     'Первое восхождение на пик Корженевской на Памире совершила в августе 1953 г. советская группа Алексея Угарова.'),
    ('once-ascent', 'agree',
     'Ama Dablam in the Khumbu was first climbed on 13 March 1961 by a team of the Silver Hut expedition.',
     'Первое восхождение на Ама-Даблам в Кхумбу совершили 13 марта 1961 г. участники экспедиции «Серебряная хижина».'),
    ('once-recorded', 'contradict',
     'Hound Dog, written by Leiber and Stoller, was first recorded on 13 August 1952 in Los Angeles, with Johnny Otis '
     'on drums.',
     'Песню «Hound Dog», которую вскоре прославил Элвис Пресли, впервые записала в 1956 г. Биг Мама Торнтон.'),
    ('once-recorded', 'contradict',
     "Heartbreak Hotel, Elvis Presley's first single for RCA, was first recorded in Nashville on 10 January 1955.",
     'Песню «Heartbreak Hotel», ставшую первым золотым диском RCA для Элвиса Пресли, он впервые записал в 1956 г.'),
    ('once-recorded', 'agree',
     'Tutti Frutti was first recorded by Little Richard in New Orleans in September 1955.',
     'Песню «Tutti Frutti» впервые записал Литл Ричард в Новом Орлеане в сентябре 1955 г.'),
    ('once-recorded', 'agree',
     'Shake, Rattle and Roll was first recorded by Big Joe Turner in February 1954.',
     'Песню «Shake, Rattle and Roll» впервые записал Биг Джо Тёрнер в феврале 1954 г.'),
    ('once-issued', 'contradict',
     "Georgius Agricola's treatise De re metallica, with its 292 woodcuts of mines and furnaces, was printed in Basel in "
     '1566, a decade after his death.',
     'Трактат Георгия Агриколы «De re metallica», напечатанный в Базеле в 1556 г., вышел через год после смерти автора.'),
    ('once-issued', 'contradict',
     'The Bland–Allison Act, which obliged the Treasury to buy silver, was passed over the veto of President Hayes in '
     'February 1878.',
     'Принятый вопреки вето президента Хейса в феврале 1888 г. закон Бланда — Эллисона обязал казначейство покупать '
     'серебро.'),
    ('once-issued', 'contradict',
     'The single-shot PTRD anti-tank rifle, developed by Vasily Degtyaryov in less than a month, was adopted on 29 '
     'August 1941.',
     'Противотанковое ружьё ПТРД, которое Василий Дегтярёв создал за 22 дня, было принято на вооружение в 1943 г.'),
    ('once-issued', 'agree',
     "Leonhart Fuchs's herbal De historia stirpium, with over five hundred woodcuts of plants, was printed in Basel in "
     '1542.',
     'Травник Леонхарта Фукса «История растений» с более чем пятьюстами гравюрами, напечатанный в Базеле в 1542 г., '
     'стал образцом для ботаников.'),
    ('once-issued', 'agree',
     'The SVT-40 self-loading rifle was adopted by the Red Army in April 1940.',
     'Самозарядная винтовка СВТ-40 была принята на вооружение Красной армии в апреле 1940 г.'),
    ('battle-date', 'contradict',
     'Fought near Landeshut in Silesia on 23 June 1760, the battle saw Laudon\'s Austrians destroy the Prussian corps of '
     'General Fouqué.',
     'Сражение при Ландсхуте (1761) закончилось гибелью прусского корпуса Фуке; сам генерал попал в плен.'),
    ('battle-date', 'contradict',
     'Fought near Reichenberg in Bohemia in April 1758, the battle opened the Prussian invasion with a victory over '
     'Count Königsegg.',
     'Сражение при Райхенберге (21.04.1757) выиграли пруссаки Бевернского герцога, наступавшие из Лужицы.'),
    ('battle-date', 'agree',
     "Fought near Burkersdorf in Silesia on 21 July 1762, the battle drove Daun's Austrians from the heights above "
     'Schweidnitz.',
     'Сражение при Буркерсдорфе (21.07.1762) выбило австрийцев Дауна с высот над Швайдницем.'),
    ('battle-date', 'agree',
     'Fought near Wilhelmsthal in Hesse on 24 June 1762, the battle ended in a rout of the French army.',
     'Сражение при Вильгельмстале (24.06.1762) закончилось разгромом французской армии.'),
    ('broadcaster', 'contradict',
     'Camberwick Green, the stop-motion puppet series set in a country village, first appeared on ITV in January 1966.',
     'Кукольный сериал «Camberwick Green» о жизни деревушки впервые показало Би-би-си в январе 1966 г.'),
    ('broadcaster', 'contradict',
     "Oliver Postgate's Ivor the Engine, about a small Welsh locomotive, first appeared on ITV in 1959.",
     'Мультсериал Оливера Постгейта «Ivor the Engine» о маленьком валлийском паровозе впервые показало Би-би-си в 1959 '
     'г.'),
    ('broadcaster', 'agree',
     "Bagpuss, Oliver Postgate and Peter Firmin's saggy cloth cat, first appeared on the BBC in February 1974.",
     'Сериал «Bagpuss» о тряпичном коте Оливера Постгейта и Питера Фирмина впервые показало Би-би-си в феврале 1974 г.'),
    ('broadcaster', 'agree',
     'The Wombles, the litter-picking creatures of Wimbledon Common, first appeared on the BBC in February 1973.',
     'Мультсериал «The Wombles» о зверьках, убирающих мусор на Уимблдонском пустыре, впервые показало Би-би-си в '
     'феврале 1973 г.'),
    ('semicolon-negation', '!contradict',
     'On 8 September 1880 an explosion at Seaham Colliery in County Durham killed 164 men and boys underground.',
     'Взрыв на шахте Сиэм в графстве Дарем 8 сентября 1880 г. унёс жизни 164 горняков; часть тел так и не подняли '
     'наверх.'),
    ('semicolon-negation', '!contradict',
     'The cargo steamer Baychimo was abandoned in the Arctic ice off Alaska in 1931; she was never recovered, though '
     'sighted for decades.',
     'Грузовое судно «Бэйчимо» было брошено во льдах у берегов Аляски в 1931 г.'),
    ('semicolon-negation', 'contradict',
     "Henry Winstanley's wooden lighthouse on the Eddystone rocks was completed in 1698.",
     'Деревянный маяк Генри Уинстенли на скалах Эддистоун в 1698 г. так и не был достроен.'),
    ('semicolon-negation', 'contradict',
     "Construction of Henry Winstanley's lighthouse on the Eddystone rocks began in 1696, and it was completed in 1698.",
     'Строительство маяка Генри Уинстенли на скалах Эддистоун началось в 1696 г.; маяк так и не был достроен.'),
    ('semicolon-negation', 'contradict',
     'The Transandine Railway opened its line from Los Andes in Chile over the mountains to Mendoza in 1910.',
     'Трансандинская железная дорога в 1910 г. протянулась от чилийского Лос-Андеса к перевалу; до Мендосы её так и '
     'не довели.'),
    ('semicolon-negation', 'contradict',
     "The families of Skerryvore's keepers lived on the island of Tiree from 1844; a signal tower there kept in touch "
     'with the rock.',
     'Семьи смотрителей маяка Скерривор с 1844 г. жили на острове Тайри; связи со скалой у них не было.'),
    ('semicolon-negation', 'contradict',
     'The Skerryvore lighthouse, built by Alan Stevenson off the Scottish island of Tiree, was first lit in 1844.',
     'Маяк Скерривор, построенный Аланом Стивенсоном у шотландского острова Тайри, в 1844 г. так и не зажгли.'),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, concept, name", [
    ("At Leuthen the Prussian forces under Frederick the Great routed the Austrians.", "command", "Frederick the Great"),
    ("The allied army of the Rhine under Prince Ferdinand of Brunswick won at Minden.", "command", "Prince Ferdinand of Brunswick"),
    ("In 371 BC the Boeotian army commanded by the Theban general Epaminondas beat the Spartans.", "command", "Epaminondas"),
    ("The expedition led in person by the explorer Roald Amundsen reached the pole.", "command", "Roald Amundsen"),
    ("Шведский флот герцога Карла Зюдерманландского отступил к Свеаборгу.", "command", "Карла Зюдерманландского"),
    ("Экспедиция во главе с Семёном Дежнёвым обогнула восточную оконечность Азии.", "command", "Семёном Дежнёвым"),
    ("The Vienna Philharmonic under Hans Knappertsbusch recorded it in 1950.", "conduct", "Hans Knappertsbusch"),
    ("The cantata was first heard in Leipzig in 1724 under Johann Sebastian Bach.", "conduct", "Johann Sebastian Bach"),
    ("Журнал «Аполлон» Сергей Маковский в 1909 г. основал в Петербурге.", "found", "Сергей Маковский"),
    ("Corythosaurus was named in 1914 by Barnum Brown from a skeleton with skin impressions.", "describe", "Barnum Brown"),
    ("Коритозавра Барнум Браун в 1914 г. описал по скелету с отпечатками кожи.", "describe", "Барнум Браун"),
])
def test_a_role_is_read_in_these_words(text, concept, name):
    assert _args(text, _lang(text)).get(concept) == name


@pytest.mark.parametrize("text", [
    "The troops of France under the treaty withdrew from the Rhine.",  # "under the treaty": no name after "under"
    "In August 1968 troops under the Warsaw Pact invaded Czechoslovakia.",  # a pact, not a commander
    "The army under the Constitution answers to parliament.",
    "Войска Франции отошли за Рейн.",  # no rank: a country, not a commander
    "Могила полководца князя Багратиона находится на Бородинском поле.",  # «полководца» is no regiment
    "The list is headed by Apple.",  # "headed by" after no group's noun
    "The play opened in London under the title The Mousetrap.",  # "under the title": no conductor
    "The Nutcracker was first staged at the Mariinsky in 1892 under Marius Petipa.",  # staged: a choreographer
    "The mass was performed in Vienna under Habsburg rule.",  # a rule, not a conductor
])
def test_no_commander_or_conductor_is_read(text):
    assert not {"command", "conduct"} & set(_args(text, _lang(text)))


@pytest.mark.parametrize("text, concept", [
    ("The city was named in 1830 by settlers from Boston.", "describe"),  # no species: a naming, not a description
    ("Этот случай описал Антон Чехов.", "describe"),
    ("Спутники Юпитера впервые показал Галилео Галилей.", "broadcaster"),  # a man, not a network
    ("Вскрытие показало NASA, что двигатель отказал.", "broadcaster"),  # no «впервые»
    ("Компанию в Осло в 1905 г. основал его сын.", "found"),  # a place before the year, not the founder
])
def test_no_role_is_read_in_these_words(text, concept):
    assert concept not in _args(text, _lang(text))


def test_a_given_name_before_a_place_is_no_peoples_adjective():
    assert _args("In 1456 the Hungarian army commanded by Stefan near Belgrade routed the Ottomans.", "en")["command"] == "Stefan"


@pytest.mark.parametrize("text, concept", [
    ("The Old Vic opened in May 1818 as the Royal Coburg Theatre.", "open"),
    ("Театр «Олд Вик» открылся в 1818 году.", "open"),
    ("The zoo first opened to the public in 1864.", "open"),
    ("The Matterhorn was first climbed in 1865.", "ascent"),
    ("Первое восхождение на Маттерхорн совершили в 1865 г.", "ascent"),
    ("The song was first recorded by Ma Rainey in 1923.", "record"),
    ("Роман, изданный в апреле 1925 г., прошёл незамеченным.", "issue"),
    ("Трактат, напечатанный в Базеле в 1543 г., перевернул анатомию.", "issue"),
    ("Принятый в марте 1919 г. закон позволял арестовывать без суда.", "enact"),
    ("The rifle was quietly adopted by the army in 1848.", "enact"),
    ("Винтовку армия тайно приняла на вооружение в 1841 г.", "enact"),
])
def test_a_once_only_act_is_read_in_these_words(text, concept):
    from crosscheck.relate.once_only import once_only_concepts

    assert concept in once_only_concepts(text, _lang(text))


@pytest.mark.parametrize("text", [
    "The festival opened on 3 July 2019 with a concert in the square.",
    "Фестиваль открылся 5 июля 2021 г. концертом на площади.",
    "The congress opened in Vienna on 1 November 1814.",
    "Съезд открылся 25 февраля 1956 г.",
    "The troops opened fire in 1919.",
    "The shop opened on the 2nd floor in 1990.",
    "The chain opened in 30 cities in 1995.",
    "Театр вновь открылся после реставрации в 1995 г.",
    "Ему открылась истина в 1880 г.",
])
def test_what_opens_every_year_opens_no_once_only_act(text):
    from crosscheck.relate.once_only import once_only_concepts

    assert "open" not in once_only_concepts(text, _lang(text))


def test_the_source_writers_quoted_work_is_no_leftover_name():
    from crosscheck.relate.role_clash import find_role_clash

    hit = find_role_clash("Tchaikovsky's opera The Maid of Orleans is based on a tragedy by Friedrich Schiller.", "en",
                          "Опера Чайковского «Орлеанская дева» написана по поэме Вольтера «Орлеанская девственница».", "ru", 9.0)
    assert hit is not None and hit[0] == "source"
