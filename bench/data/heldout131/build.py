#!/usr/bin/env python3
"""Build heldout131: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU); the other side
is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Aliwal was fought on 28 January 1846, not in March)
    ("On 28 January 1846 Sir Harry Smith routed the Sikh army of Ranjodh Singh Majithia at Aliwal on the Sutlej, a decisive action of the First Anglo-Sikh War.",
     "В марте 1846 г. под Аливалом на Сатледже войска генерала Гарри Смита разбили сикхов Ранджодх Сингха — один из ключевых эпизодов Первой англо-сикхской войны.",
     C, "month", "history", True),
    # FALSE: EN (the British at Chippawa were commanded by Major-General Phineas Riall)
    ("At Chippawa, on 5 July 1814, Winfield Scott's grey-clad brigade drove back a British force commanded by Lieutenant-General Gordon Drummond.",
     "5.07.1814 у Чиппавы бригада Уинфилда Скотта, одетая в серые мундиры, отбросила британцев генерал-майора Финеаса Риалла.",
     C, "person", "history", False),
    # FALSE: RU (Early's Confederates were routed by Sheridan's counterattack)
    ("At Cedar Creek, Virginia, on 19 October 1864, Jubal Early's Confederates surprised the Union camps at dawn but were routed that afternoon by Philip Sheridan's counterattack.",
     "19 октября 1864 г. при Сидар-Крик (Виргиния) конфедераты Джубала Эрли внезапно атаковали лагерь северян и к вечеру окончательно разгромили армию Филипа Шеридана.",
     C, "opposite", "history", True),
    ("On 24 June 1813, near Beaver Dams in the Niagara peninsula, an American column under Lieutenant-Colonel Charles Boerstler surrendered after being ambushed by Native warriors.",
     "Окружённый индейцами — союзниками британцев, американский отряд подполковника Чарльза Бёрстлера сложил оружие у Бивер-Дамс 24.06.1813, сдавшись лейтенанту Джеймсу Фицгиббону.",
     A, "date", "history", True),
    ("The battle of the Chosin Reservoir in North Korea lasted about seventeen days, from 27 November to 13 December 1950, before the UN forces broke out to the coast.",
     "Бои у водохранилища Чосин (Чанджин), длившиеся около двух с половиной недель в конце 1950 г., завершились прорывом окружённых войск ООН к морю и эвакуацией через Хыннам.",
     A, "duration", "history", False),
    # ---------------- science ----------------
    # FALSE: EN (Kandel worked on the sea slug Aplysia, not the squid)
    ("Eric Kandel, who shared the 2000 Nobel Prize in Physiology or Medicine, worked out the cellular basis of memory in experiments on the squid.",
     "Клеточные механизмы памяти Эрик Кандель, лауреат Нобелевской премии по физиологии и медицине 2000 г., изучал на морском моллюске аплизии.",
     C, "entity", "science", False),
    # FALSE: RU (the odorant-receptor paper appeared in 1991)
    ("Linda Buck and Richard Axel, who identified the large gene family encoding odorant receptors in a 1991 paper, shared the 2004 Nobel Prize in Physiology or Medicine.",
     "Семейство генов обонятельных рецепторов Линда Бак и Ричард Аксель описали в статье начала 1980-х годов; Нобелевскую премию за это открытие они получили в 2004 г.",
     C, "decade", "science", True),
    ("Fred Hoyle coined the phrase 'Big Bang' in a BBC radio talk in March 1949, although he himself rejected the theory.",
     "Выражение «Большой взрыв» придумал в 1949 г. британский астрофизик Фред Хойл — противник этой теории — в выступлении по радио Би-би-си.",
     A, "year", "science", False),
    ("In 1787 the German physicist Ernst Chladni showed that sand sprinkled on a metal plate stroked with a violin bow collects along the nodal lines.",
     "Фигуры Хладни — узоры из песка на колеблющейся пластине — описаны в книге «Открытия в теории звука», изданной Эрнстом Хладни в 1787 г.",
     A, "year", "science", True),
    ("The physicist Allan Cormack, born in Johannesburg in 1924, shared the 1979 Nobel Prize in Physiology or Medicine for the theory behind computed tomography.",
     "Уроженец Йоханнесбурга Аллан Кормак, много лет преподававший в Университете Тафтса, получил Нобелевскую премию 1979 г. за математические основы компьютерной томографии.",
     A, "place", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Hornindalsvatnet is 514 m deep)
    ("Hornindalsvatnet in western Norway is the deepest lake in Europe, with a measured depth of 314 metres.",
     "Хорниндалсватнет в норвежской губернии Вестланн — самое глубокое озеро Европы: его глубина достигает 514 м, а дно лежит намного ниже уровня моря.",
     C, "number", "geography", False),
    # FALSE: RU (Jog Falls are in Karnataka)
    ("Jog Falls on the Sharavathi River in Karnataka plunge about 253 metres, making them one of the highest waterfalls in India.",
     "Водопад Джог на реке Шаравати в индийском штате Керала низвергается с высоты около 250 м.",
     C, "place", "geography", True),
    # FALSE: EN (Robert FitzRoy captained HMS Beagle)
    ("Monte Fitz Roy, on the border between Argentina and Chile, was named in 1877 by Francisco Moreno after Robert FitzRoy, captain of HMS Bounty.",
     "Гора Фицрой в Патагонии, известная у индейцев-теуэльче как Чальтен, названа Франсиско Морено в честь Роберта Фицроя — капитана «Бигля».",
     C, "entity", "geography", False),
    ("Kegon Falls near Nikkō, the outlet of Lake Chūzenji, drop some 97 metres and are ranked among the three finest waterfalls in Japan.",
     "Водопад Кэгон, через который изливаются воды озера Тюдзэндзи, низвергается почти со стометровой высоты и считается одним из трёх красивейших в Японии.",
     A, "number", "geography", True),
    ("The Assiniboine rises in eastern Saskatchewan and flows across southern Manitoba to join the Red River at The Forks in Winnipeg.",
     "Река Ассинибойн, текущая по прериям Саскачевана и Манитобы, впадает в Ред-Ривер в центре Виннипега.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Jollibee began as an ice-cream parlour in 1975)
    ("Jollibee began in 1975 as an ice-cream parlour opened by Tony Tan Caktiong in Quezon City and switched to hamburgers a few years later.",
     "Филиппинская сеть Jollibee ведёт историю с кафе-мороженого, которое Тони Тан Каксионг открыл в Кесон-Сити в середине 1980-х.",
     C, "decade", "economy", True),
    # FALSE: EN (Cathay Pacific was founded on 24 September 1946)
    ("Cathay Pacific was founded in Hong Kong in 1956 by the American Roy Farrell and the Australian Sydney de Kantzow.",
     "Авиакомпанию Cathay Pacific зарегистрировали в Гонконге 24 сентября 1946 г.; её основали американец Рой Фаррелл и австралиец Сидни де Канцов.",
     C, "year", "economy", False),
    # FALSE: RU (the first Auchan opened in Roubaix)
    ("Gérard Mulliez opened the first Auchan store in 1961 in the Hauts-Champs district of Roubaix, which gave the chain its name.",
     "Первый магазин «Ашан» Жерар Мюлье открыл в 1961 г. в Лионе; название сети происходит от квартала, где он располагался.",
     C, "place", "economy", True),
    ("The CAC 40, the main index of the Paris Bourse, was set at a base value of 1,000 points on 31 December 1987.",
     "За точку отсчёта индекса CAC 40, отражающего котировки 40 крупнейших компаний Парижской биржи, принят уровень 1000 пунктов на конец 1987 г.",
     A, "number", "economy", True),
    ("JCB dates its birth to 23 October 1945, when Joseph Cyril Bamford began building a tipping trailer in a rented lock-up garage in Uttoxeter.",
     "Компания JCB основана осенью 1945 г.: Джозеф Сирил Бамфорд начал работу в арендованном гараже в Стаффордшире, собрав из армейского лома прицеп-самосвал.",
     A, "date", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Ickx won Le Mans six times)
    ("The Belgian Jacky Ickx won the Le Mans 24 Hours six times between 1969 and 1982, a record that stood until 2005.",
     "Бельгиец Жаки Икс четырежды побеждал в гонке «24 часа Ле-Мана» — впервые в 1969 г., последний раз в 1982 г.",
     C, "number", "sport", False),
    # FALSE: EN (Button won the 2009 title with Brawn GP)
    ("Jenson Button won the 2009 Formula One world championship driving for McLaren, having taken six of the season's first seven races.",
     "Чемпионом мира «Формулы-1» 2009 г. стал Дженсон Баттон, выступавший за дебютировавшую в том сезоне команду Brawn GP.",
     C, "organisation", "sport", True),
    # FALSE: EN (Keegan won the Ballon d'Or in 1978 and 1979 while at Hamburg)
    ("Kevin Keegan, who joined Hamburger SV from Liverpool in 1977, did not win the Ballon d'Or while playing in West Germany.",
     "Кевин Киган, в 1977 г. перешедший из «Ливерпуля» в «Гамбург», был признан лучшим футболистом Европы в 1978 и 1979 гг.",
     C, "polarity", "sport", False),
    ("Jari Kurri won the Stanley Cup five times with the Edmonton Oilers, in 1984, 1985, 1987, 1988 and 1990.",
     "Финский нападающий Яри Курри — пятикратный обладатель Кубка Стэнли в составе «Эдмонтон Ойлерз».",
     A, "number", "sport", True),
    ("Ann Haydon-Jones, who had twice won the French championships, took the women's singles title at Wimbledon in 1969.",
     "Уимблдонский турнир 1969 г. в женском одиночном разряде выиграла британка Энн Хейдон-Джонс, уроженка Бирмингема.",
     A, "year", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (the Hornbill Festival is held on 1-10 December)
    ("Nagaland's Hornbill Festival, showcasing the dances and crafts of the Naga tribes, has been held every November since 2000.",
     "Фестиваль птицы-носорога (Хорнбилл) в индийском штате Нагаленд проводится ежегодно с 1 по 10 декабря; впервые его устроили в 2000 г.",
     C, "month", "culture", True),
    # FALSE: RU (Bharatanatyam developed in Tamil Nadu)
    ("Bharatanatyam, one of India's major classical dance forms, developed in the Hindu temples of Tamil Nadu.",
     "Бхаратанатьям — один из основных классических танцев Индии — сложился при индуистских храмах Кералы.",
     C, "place", "culture", False),
    ("The Kaustinen Folk Music Festival, held each July in a small village in Central Ostrobothnia, was first organised in 1968.",
     "Фольклорный фестиваль в финском Каустинене, крупнейший праздник народной музыки в Северной Европе, проходит с 1968 г.",
     A, "year", "culture", True),
    ("Every 29 June, the feast of Saint Peter, the townspeople of Haro in La Rioja drench one another with red wine in the Batalla del Vino.",
     "«Винная битва» в риохском городке Аро проходит в День святого Петра (29.06): её участники обливают друг друга красным вином.",
     A, "date", "culture", False),
    ("Charles of Bourbon, King of Naples, began the palace of Capodimonte in 1738 to house the Farnese collection he had inherited from his mother.",
     "Дворец Каподимонте, ныне один из крупнейших художественных музеев Италии, заложил король Карл Бурбон для унаследованного от матери, Елизаветы Фарнезе, собрания.",
     A, "person", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Lalla Rookh is the daughter of Aurangzeb)
    ("In Thomas Moore's Lalla Rookh (1817) the daughter of the Mughal emperor Aurangzeb travels from Delhi to Kashmir to marry the young king of Bukharia.",
     "Героиня поэмы Томаса Мура «Лалла Рук» (1817) — дочь падишаха Акбара, которая едет из Дели в Кашмир к жениху.",
     C, "person", "literature", False),
    # FALSE: EN (Sir Gawain dates from the late 14th century)
    ("Sir Gawain and the Green Knight, an alliterative romance of the twelfth century, survives in a single manuscript alongside Pearl.",
     "Аллитерационный роман «Сэр Гавейн и Зелёный рыцарь», созданный во второй половине XIV в., дошёл до нас в единственной рукописи.",
     C, "century", "literature", True),
    ("In the late fifteenth-century morality play Everyman, only Good Deeds is willing to accompany the hero to the grave when Death summons him.",
     "Когда Смерть призывает героя английского моралите «Каждый человек», из всех спутников до могилы его провожают лишь Добрые дела.",
     A, "entity", "literature", False),
    ("Dinah Mulock's novel John Halifax, Gentleman, published in 1856, follows an orphan who rises from poverty to prosperity in a Gloucestershire town.",
     "Роман Дины Малок «Джон Галифакс, джентльмен» (1856) рассказывает о сироте, который честным трудом выбивается из нищеты.",
     A, "year", "literature", True),
    ("The first instalment of Tennyson's Idylls of the King, published in 1859, comprised four poems: Enid, Vivien, Elaine and Guinevere.",
     "В 1859 г. вышли первые четыре «Королевские идиллии» Теннисона — «Энид», «Вивьен», «Элейн» и «Гиневра».",
     A, "number", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Herodiade premiered on 19 December 1881)
    ("Massenet's Hérodiade was first performed at the Théâtre de la Monnaie in Brussels on 19 December 1881.",
     "Премьера оперы Массне «Иродиада» состоялась в брюссельском театре «Ла Монне» 19 декабря 1891 г.",
     C, "year", "music", False),
    # FALSE: EN (the revised version was staged in Vienna in 1916, four years later)
    ("Richard Strauss's Ariadne auf Naxos was first staged in Stuttgart in 1912; its revised version reached Vienna only ten years later.",
     "Первая редакция «Ариадны на Наксосе» Штрауса прозвучала в Штутгарте в 1912 г., а переработанная версия с прологом была поставлена в Вене четыре года спустя.",
     C, "duration", "music", True),
    ("Sibelius conducted the first performance of his tone poem En Saga in Helsinki on 16 February 1893.",
     "Симфоническая поэма Сибелиуса «Сказание» впервые прозвучала в Гельсингфорсе 16.02.1893 под управлением автора.",
     A, "date", "music", True),
    ("Grieg's Lyric Pieces for piano, written between 1867 and 1901, comprise 66 short works published in ten books.",
     "Всего Григ написал 66 «Лирических пьес» для фортепиано, объединённых в десять тетрадей.",
     A, "number", "music", False),
    ("Mendelssohn's Italian Symphony was first performed in London on 13 May 1833, with the composer conducting the Philharmonic Society's orchestra.",
     "Впервые «Итальянская» симфония Мендельсона прозвучала весной 1833 г. в Лондоне, где её заказало автору Филармоническое общество.",
     A, "place", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (the Judgement of Cambyses is dated 1498)
    ("Gerard David's Judgement of Cambyses, a diptych showing the flaying of the corrupt judge Sisamnes, was painted for Bruges town hall in 1518.",
     "Диптих Герарда Давида «Суд Камбиса» с жестокой сценой казни продажного судьи Сисамна написан в 1498 г. для ратуши Брюгге.",
     C, "year", "art", False),
    # FALSE: RU (Christus bought Bruges citizenship in 1444)
    ("Petrus Christus bought the citizenship of Bruges in 1444, three years after the death of Jan van Eyck.",
     "Петрус Кристус получил права гражданина Брюгге в 1460-х гг., уже после смерти Яна ван Эйка.",
     C, "decade", "art", True),
    # FALSE: RU (Giordano spent about ten years in Spain, 1692-1702)
    ("Luca Giordano, nicknamed 'Luca fa presto' for his speed, spent ten years in Spain, from 1692 to 1702, working for King Charles II.",
     "Лука Джордано по прозвищу «Лука-быстро» провёл в Испании около двух лет, выполняя заказы короля Карла II.",
     C, "duration", "art", False),
    ("Pieter de Hooch, born in Rotterdam in 1629, painted his best-known courtyards and interiors while living in Delft in the late 1650s.",
     "Питер де Хох, уроженец Роттердама, создал свои самые известные дворики и интерьеры в Делфте, где жил во второй половине 1650-х.",
     A, "place", "art", False),
    ("Domenichino's Last Communion of Saint Jerome, completed in 1614, now hangs in the Vatican Pinacoteca.",
     "«Последнее причастие святого Иеронима» Доменикино (1614), хранящееся в Ватиканской пинакотеке, Пуссен ставил в один ряд с «Преображением» Рафаэля.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (King's Bench upheld Thornton's right to trial by battle)
    ("In Ashford v Thornton (1818) the Court of King's Bench refused Abraham Thornton's demand to settle the appeal of murder by trial by battle.",
     "В деле «Эшфорд против Торнтона» (1818) Суд королевской скамьи признал право обвиняемого Абрахама Торнтона на судебный поединок; в 1819 г. парламент этот обычай отменил.",
     C, "opposite", "law", True),
    # FALSE: RU (the Calico Act was repealed in 1774, i.e. in the 18th century)
    ("The Calico Act of 1721, which banned the wearing of most printed cotton cloth in Britain, was repealed in 1774.",
     "Введённый в 1721 г. британский запрет на ношение набивного ситца был отменён лишь в XIX веке.",
     C, "century", "law", False),
    ("The Gin Act of 1751 barred distillers from selling to unlicensed retailers, and gin consumption in England dropped sharply over the following years.",
     "Принятый в 1751 г. закон о джине запретил винокурам торговать с нелицензированными продавцами, после чего потребление джина в Англии заметно снизилось.",
     A, "year", "law", False),
    ("The Fundamental Orders of 1639 were adopted by the three river towns of Hartford, Windsor and Wethersfield as the framework of the Connecticut colony's government.",
     "«Основные законы Коннектикута», принятые в январе 1639 г. тремя поселениями на реке Коннектикут, иногда называют первой писаной конституцией.",
     A, "number", "law", True),
    ("The Massachusetts Body of Liberties, the first legal code of New England, was adopted by the colony's General Court in December 1641.",
     "Свод свобод, ставший первым сводом законов в Новой Англии, Генеральный суд Массачусетса утвердил в 1641 г.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (the dams raid was flown by No. 617 Squadron)
    ("Barnes Wallis's bouncing bomb, code-named Upkeep, was used in May 1943 by No. 101 Squadron against the Möhne and Eder dams.",
     "Прыгающие бомбы «Апкип» конструкции Барнса Уоллиса сбросила на плотины Мёне и Эдер в ночь на 17 мая 1943 г. 617-я эскадрилья британских ВВС.",
     C, "organisation", "technology", False),
    # FALSE: RU (Giffard flew on 24 September 1852)
    ("On 24 September 1852 Henri Giffard flew his steam-powered airship some 27 kilometres from Paris to Élancourt, near Trappes.",
     "Первый полёт дирижабля с паровым двигателем Анри Жиффар совершил 14.09.1852, пролетев около 27 км от Парижа до Эланкура.",
     C, "date", "technology", True),
    ("Jeremiah Chubb of Portsmouth patented his detector lock in 1818, winning a government prize offered for a lock that could not be picked.",
     "Запатентованный в 1818 г. «детекторный» замок Иеремии Чабба блокировался при попытке открыть его отмычкой.",
     A, "year", "technology", True),
    ("In 1853 Sir George Cayley's glider carried his reluctant coachman across Brompton Dale, near Scarborough in Yorkshire.",
     "Планёр сэра Джорджа Кейли с кучером на борту перелетел через долину Бромптон-Дейл в Йоркшире в 1853 г.",
     A, "place", "technology", False),
    ("The Atlas computer, built by Manchester University with Ferranti, was officially switched on in December 1962 and introduced virtual memory.",
     "Компьютер «Атлас», созданный Манчестерским университетом совместно с «Ферранти», торжественно введён в строй 7 декабря 1962 г.; в нём впервые применили виртуальную память.",
     A, "date", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Lapua explosion happened on 13 April 1976)
    ("An explosion at the State Cartridge Factory in Lapua, Finland, killed 40 people in August 1976.",
     "13 апреля 1976 г. взрыв на государственном патронном заводе в финском городе Лапуа унёс жизни 40 человек.",
     C, "month", "disasters", False),
    # FALSE: RU (no woman or child aboard the Arctic survived)
    ("When the Collins Line steamer Arctic sank off Newfoundland after colliding with the French ship Vesta in September 1854, not one woman or child aboard survived.",
     "Пароход «Арктик» компании Коллинза затонул у Ньюфаундленда в сентябре 1854 г. после столкновения с французским судном «Веста»; среди спасшихся были женщины и дети.",
     C, "polarity", "disasters", True),
    # FALSE: EN (only three people survived the Cospatrick fire)
    ("When the emigrant ship Cospatrick, bound for Auckland, burned in the South Atlantic in November 1874, thirty of about 470 people aboard survived.",
     "Из примерно 470 пассажиров и членов экипажа горевшего в ноябре 1874 г. эмигрантского судна «Коспатрик», шедшего в Окленд, выжили лишь трое.",
     C, "number", "disasters", True),
    ("Only two of the more than 300 men aboard survived when the training frigate HMS Eurydice capsized in a sudden snow squall off the Isle of Wight.",
     "Учебный фрегат «Эвридика», опрокинутый внезапным снежным шквалом в 1878 г., унёс на дно почти всю команду: спаслись лишь два человека.",
     A, "number", "disasters", True),
    ("On 29 May 1920 a sudden flood on the River Lud swept through Louth in Lincolnshire, killing 23 people.",
     "Наводнение в линкольнширском городе Лаут 29.05.1920, вызванное ливнем и разливом реки Лад, унесло жизни 23 человек.",
     A, "date", "disasters", False),
]

RELATED = [
    ("Laura Secord walked some 20 miles through the woods to warn James FitzGibbon that the Americans were coming.",
     "Бой у Бивер-Дамс был одним из эпизодов англо-американской войны 1812–1815 гг. на Ниагарском полуострове.",
     "Beaver Dams", True, "history"),
    ("Fred Hoyle co-wrote the 1957 paper on stellar nucleosynthesis known as B2FH, after the initials of its four authors.",
     "Теорию стационарной Вселенной Фред Хойл выдвинул в 1948 г. одновременно с Германом Бонди и Томасом Голдом.",
     "Hoyle", False, "science"),
    ("Jog Falls split into four separate streams, known as Raja, Rani, Roarer and Rocket.",
     "Река Шаравати, образующая водопад Джог, берёт начало в Западных Гатах и впадает в Аравийское море.",
     "Jog Falls", True, "geography"),
    ("The mascot of the Philippine fast-food chain Jollibee is a cheerful cartoon bee.",
     "Jollibee — крупнейшая сеть ресторанов быстрого питания на Филиппинах, имеющая заведения и во многих других странах.",
     "Jollibee", False, "economy"),
    ("Jari Kurri finished his NHL career with 601 regular-season goals.",
     "Яри Курри родился в 1960 г. в Хельсинки и до отъезда в НХЛ играл за местный клуб «Йокерит».",
     "Kurri", True, "sport"),
    ("Everyman is closely related to the Dutch morality play Elckerlijc, and scholars still debate which of the two came first.",
     "Английское моралите «Каждый человек» дошло до нас в нескольких печатных изданиях начала XVI века.",
     "Everyman", False, "literature"),
    ("The libretto of Ariadne auf Naxos was written by Hugo von Hofmannsthal.",
     "Партию Цербинетты в «Ариадне на Наксосе» Штраус написал для колоратурного сопрано; её большая ария считается одной из труднейших.",
     "Ariadne auf Naxos", True, "music"),
    ("Domenichino was born in Bologna in 1581 and trained in the academy of the Carracci there.",
     "Последние годы жизни Доменикино расписывал капеллу Сокровищ в соборе Неаполя; там же он и умер в 1641 г.",
     "Domenichino", False, "art"),
    ("Mary Ashford, whose death led to the case, was found drowned in a water-filled pit at Erdington near Birmingham in May 1817.",
     "Суд присяжных в Уорике в 1817 г. оправдал Абрахама Торнтона, обвинённого в убийстве Мэри Эшфорд.",
     "Ashford v Thornton", True, "law"),
    ("Gerard Manley Hopkins wrote the poem The Loss of the Eurydice about the disaster.",
     "«Эвридика» опрокинулась 24 марта 1878 г. у острова Уайт, возвращаясь из учебного плавания в Вест-Индию.",
     "HMS Eurydice", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, want):
    assert lang(s) == want, (want, s)
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def make(en, ru, ru_first):
    check_side(en, "en")
    check_side(ru, "ru")
    if ru_first:
        return {"a": ru, "b": en, "lang_a": "ru", "lang_b": "en"}
    return {"a": en, "b": ru, "lang_a": "en", "lang_b": "ru"}


def count(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return dict(sorted(d.items()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout131.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout131.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
