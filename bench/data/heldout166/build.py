#!/usr/bin/env python3
"""Build heldout166: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (France kept Strasbourg at Ryswick; Luxembourg was handed back to Spain)
    ("Signed near The Hague in September 1697, the Treaty of Ryswick ended the Nine Years' War; the only major French annexation Louis XIV kept was Luxembourg.",
     "Рисвикский мир (20.09.1697) завершил Девятилетнюю войну; из своих «присоединений» Людовик XIV удержал лишь Страсбург, а Вильгельма III признал королём Англии.",
     C, "place", "history", True),
    # FALSE: RU (Francis Throckmorton was executed at Tyburn in July 1584)
    ("Francis Throckmorton, whose 1583 conspiracy sought to free Mary, Queen of Scots, with a French landing led by the Duke of Guise, was executed at Tyburn in July 1584.",
     "Фрэнсис Трокмортон, замышлявший в 1583 г. освободить Марию Стюарт с помощью французского десанта герцога Гиза, был казнён в Тайберне в июле 1587 г.",
     C, "year", "history", False),
    # FALSE: RU (Ridolfi was abroad when the plot was exposed and was never punished; he died in Florence in 1612)
    ("Roberto Ridolfi, the Florentine banker who gave his name to the 1571 plot against Elizabeth I, was abroad when it was exposed and never faced punishment.",
     "Флорентийский банкир Роберто Ридольфи, чьим именем назван заговор 1571 г. против Елизаветы I, не избежал расплаты: его арестовали и казнили в Лондоне.",
     C, "polarity", "history", True),
    ("The Pentrich rising broke out in Derbyshire on the night of 9 June 1817; its leader Jeremiah Brandreth, the 'Nottingham Captain', was hanged at Derby that November.",
     "Восстание в Пентриче (Дербишир) вспыхнуло в ночь на 10.06.1817; его вожака Джеремайю Брандрета казнили в Дерби 7 ноября того же года.",
     A, "date", "history", False),
    ("In March 1860 a band of Mito rōnin cut down the tairō Ii Naosuke in the snow outside the Sakurada Gate of Edo Castle.",
     "24.03.1860 у ворот Сакурада замка Эдо отряд самураев, в основном ронинов из княжества Мито, зарубил великого старейшину (тайро) Ии Наосукэ.",
     A, "month", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (painite was described as a new mineral in 1957)
    ("Painite, a reddish-brown borate from Myanmar named after the British gem dealer Arthur C. D. Pain, was recognised as a new mineral in the 1970s.",
     "Пейнит — один из редчайших минералов, найденный в Мьянме, описанный как новый вид в 1957 г. и названный в честь британского торговца самоцветами Артура Пейна.",
     C, "decade", "science", False),
    ("Uvarovite, the rare emerald-green calcium-chromium garnet, was named in 1832 after Count Sergey Uvarov, then president of the St Petersburg Academy of Sciences.",
     "Уваровит — ярко-зелёный хромовый гранат, описанный Г. И. Гессом в 1832 г. и названный в честь президента Академии наук С. С. Уварова.",
     A, "person", "science", True),
    # FALSE: RU (the 'Red Lady' skeleton is that of a young man)
    ("Despite its name, the 'Red Lady of Paviland', an ochre-stained skeleton dug up by William Buckland on the Gower coast in 1823, belonged to a young man.",
     "Как подтвердили позднейшие исследования, окрашенный охрой скелет «Красной дамы из Пэвиленда», найденный У. Баклендом на полуострове Гауэр, действительно принадлежал молодой женщине.",
     C, "opposite", "science", True),
    ("The Ponzo illusion, in which two identical bars look unequal between converging lines, was described by the Italian psychologist Mario Ponzo in 1911.",
     "Иллюзию Понцо — две одинаковые полоски между сходящимися линиями кажутся разной длины — итальянский психолог Марио Понцо описал в начале 1910-х годов.",
     A, "year", "science", False),
    ("Pick's theorem, which gives the area of a lattice polygon as i + b/2 − 1, was published by the Austrian mathematician Georg Pick in 1899.",
     "Формулу площади многоугольника с вершинами в узлах решётки, S = В + Г/2 − 1, австрийский математик Георг Пик, преподававший в Праге, опубликовал в 1899 г.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (the Vrbas is a tributary of the Sava, not of the Drina)
    ("The Vrbas, which tumbles through Jajce and flows past Banja Luka, is a tributary of the Sava in Bosnia and Herzegovina.",
     "Врбас, на котором стоят Яйце и Баня-Лука, — одна из главных рек Боснии и Герцеговины и приток Дрины.",
     C, "entity", "geography", False),
    # FALSE: EN (the Yantra is a tributary of the Danube)
    ("The Yantra rises in the Balkan Mountains, loops through Gabrovo and Veliko Tarnovo and ends its course as a tributary of the Maritsa.",
     "Янтра (285 км) берёт начало в Стара-Планине, протекает через Габрово и Велико-Тырново, живописно петляя, и впадает в Дунай.",
     C, "entity", "geography", True),
    # FALSE: RU (the Simushir earthquake struck on 15 November 2006)
    ("The magnitude-8.3 earthquake of 15 November 2006 struck off Simushir, an uninhabited island in the central Kuril chain.",
     "Землетрясение магнитудой 8,3 у необитаемого острова Симушир (Средние Курилы) произошло в ноябре 2009 г.",
     C, "year", "geography", False),
    ("Estonia's Võrtsjärv covers about 270 square kilometres but is remarkably shallow, nowhere deeper than about six metres.",
     "Выртсъярв — озеро площадью 270 км² со средней глубиной 2,8 м и наибольшей всего 6 м; из него вытекает река Эмайыги.",
     A, "number", "geography", True),
    ("The wedding scene of The Sound of Music (1965) was filmed in the basilica of St Michael at Mondsee, beside the lake of that name in Upper Austria.",
     "Венчание Марии и капитана фон Траппа в фильме «Звуки музыки» снимали в базилике Св. Михаила в городке Мондзе на берегу одноимённого озера.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (Orrville is in Ohio)
    ("Jerome Monroe Smucker began selling apple butter from his cider mill in Orrville, Pennsylvania, in 1897, the founding year of the J.M. Smucker Company.",
     "Компания J.M. Smucker ведёт историю с 1897 г., когда Джером Монро Смакер начал продавать яблочное повидло со своей сидровой мельницы в Оррвилле (штат Огайо).",
     C, "place", "economy", False),
    # FALSE: RU (the Tunnock's Caramel Wafer was launched in 1952)
    ("Tunnock's, the Uddingston bakery founded by Thomas Tunnock in 1890, launched its famous Caramel Wafer biscuit in 1952.",
     "Вафли Caramel Wafer с карамелью и шоколадом шотландская пекарня Tunnock's, основанная в 1890 г. в Аддингстоне, начала выпускать в 1930-х годах.",
     C, "decade", "economy", True),
    # FALSE: RU (control passed to the Italian investor Investindustrial in 2019)
    ("The Morgan Motor Company of Malvern Link, founded by H. F. S. Morgan in 1910, stayed in family hands until the Italian investor Investindustrial took control in 2019.",
     "Основанная в 1910 г. компания Morgan Motor из Малверна оставалась семейной до 2019 г., когда контроль над ней перешёл к китайскому концерну Geely.",
     C, "organisation", "economy", False),
    ("The Blackpool sports-car maker TVR took its name from letters in the first name of its founder, Trevor Wilkinson.",
     "Название TVR составлено из букв имени основателя фирмы — Тревора Уилкинсона, начавшего собирать машины в Блэкпуле во второй половине 1940-х.",
     A, "person", "economy", True),
    ("Warburtons, one of Britain's biggest bakers, traces its roots to a grocer's shop opened in Bolton in 1876 by Thomas and Ellen Warburton.",
     "Семейная пекарня Warburtons ведёт историю с 1876 г.: в бакалейной лавке в Болтоне (Ланкашир) Эллен Уорбертон начала печь хлеб на продажу.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Thorburn's 1983 break was the first maximum at the Crucible)
    ("In 1983 Canada's Cliff Thorburn made the first maximum 147 break ever compiled at the World Championship in Sheffield's Crucible Theatre.",
     "Канадец Клифф Торберн, чемпион мира 1980 г., в 1983 г. сделал в «Крусибле» второй в истории чемпионатов мира максимальный брейк (147 очков).",
     C, "rank", "sport", True),
    # FALSE: EN (Jocky Wilson won the BDO world title twice, 1982 and 1989)
    ("Kirkcaldy's Jocky Wilson, one of the great characters of 1980s darts, won the BDO World Championship three times.",
     "Шотландец Джоки Уилсон дважды становился чемпионом мира по дартсу по версии BDO — в 1982 и 1989 гг.",
     C, "number", "sport", False),
    ("Rong Guotuan's victory in the men's singles at the 1959 World Table Tennis Championships in Dortmund gave the People's Republic of China its first world title in any sport.",
     "Жун Готуань, выиграв в 1959 г. одиночный разряд на чемпионате мира по настольному теннису в Дортмунде, принёс КНР первое в истории звание чемпиона мира.",
     A, "year", "sport", True),
    ("Denmark's Poul-Erik Høyer Larsen won the men's singles badminton gold at the 1996 Atlanta Olympics, beating China's Dong Jiong in the final.",
     "Олимпийским чемпионом Атланты-96 в мужском одиночном бадминтоне стал датчанин Поуль-Эрик Хёйер Ларсен, впоследствии возглавивший Всемирную федерацию бадминтона.",
     A, "person", "sport", False),
    ("Susi Susanti's badminton gold at Barcelona in 1992 was Indonesia's first Olympic title; her future husband Alan Budikusuma won the men's event there too.",
     "Первое в истории Индонезии олимпийское золото принесла бадминтонистка Сузи Сусанти, победившая в одиночном разряде на Играх-92 в Барселоне.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Matchbox range was launched in 1953)
    ("Lesney's Matchbox range was born in 1953, when Jack Odell made a tiny road roller small enough for his daughter to take to school in a matchbox.",
     "Серия Matchbox фирмы Lesney появилась в 1960-х: Джек Оделл сделал для дочери модель дорожного катка, помещавшуюся в спичечный коробок.",
     C, "decade", "culture", True),
    # FALSE: EN (Prince Valiant first appeared on 13 February 1937)
    ("Hal Foster's Prince Valiant, an Arthurian saga drawn for the Sunday papers, made its first appearance on 13 November 1937.",
     "Комикс Хэла Фостера «Принц Валиант» о временах короля Артура начал выходить в воскресных выпусках газет 13.02.1937.",
     C, "month", "culture", False),
    # FALSE: RU (Mortadelo y Filemón debuted in Bruguera's magazine Pulgarcito)
    ("Francisco Ibáñez's bumbling secret agents Mortadelo and Filemón first appeared in 1958 in Pulgarcito, a children's magazine published by Bruguera.",
     "Незадачливые сыщики Мортадело и Филемон, придуманные Франсиско Ибаньесом, впервые появились в 1958 г. на страницах барселонского детского журнала «TBO».",
     C, "organisation", "culture", True),
    ("Richard F. Outcault's Yellow Kid, a bald slum urchin in a yellow nightshirt, starred in Hogan's Alley in Joseph Pulitzer's New York World from 1895.",
     "«Жёлтый малыш» Ричарда Аутколта — лысый мальчишка из трущоб в жёлтой рубахе — появился в 1895 г. в газете Пулитцера New York World.",
     A, "organisation", "culture", False),
    ("The Magic Roundabout began as Serge Danot's French series Le Manège enchanté; its BBC version was narrated and rewritten by Eric Thompson.",
     "Английская версия французского кукольного мультсериала Сержа Дано «Волшебная карусель» шла на Би-би-си с 1965 г.; тексты для неё заново сочинил рассказчик Эрик Томпсон.",
     A, "person", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Nada won the first Premio Nadal; the Planeta prize dates from 1952)
    ("Carmen Laforet's Nada, about an orphaned student named Andrea arriving in Barcelona, won the very first Planeta Prize in 1945.",
     "Роман Кармен Лафорет «Ничто» (1945), героиня которого Андреа приезжает учиться в Барселону, получил самую первую премию «Надаль».",
     C, "organisation", "literature", False),
    ("Giovanni Verga's I Malavoglia (1881) follows a family of fishermen in Aci Trezza, near Catania, whose boat is ironically called the Provvidenza.",
     "Роман Джованни Верги «Семья Малаволья», вышедший в 1881 г., рассказывает о злоключениях рыбацкой семьи из сицилийской деревни Ачи-Трецца.",
     A, "place", "literature", True),
    # FALSE: RU (Mattia Pascal wins his fortune at Monte Carlo)
    ("In Pirandello's The Late Mattia Pascal (1904), the hero wins a fortune at roulette in Monte Carlo then reads that he has been found drowned in his home village.",
     "Герой романа Пиранделло «Покойный Маттиа Паскаль» (1904) выигрывает целое состояние в рулетку в Сан-Ремо, а затем узнаёт из газеты о собственной «смерти».",
     C, "place", "literature", False),
    ("Hervé Bazin's autobiographical novel Vipère au poing (1948) portrays a tyrannical mother whom her sons nickname Folcoche.",
     "В автобиографическом романе Эрве Базена «Змея в кулаке» (1948 г.) братья Резо прозвали свою жестокую мать Фолькош.",
     A, "person", "literature", False),
    ("In Eça de Queirós's O Primo Basílio (1878), the Lisbon housewife Luísa is blackmailed by her maid Juliana after an affair with her cousin.",
     "Роман Эсы де Кейроша «Кузен Базилио» вышел в 1878 г.: лиссабонскую домохозяйку Луизу шантажирует служанка Жулиана, завладевшая её любовными письмами.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    ("John Peel so loved the Undertones' 1978 single 'Teenage Kicks' that a line from it was carved on his headstone.",
     "Песня «Teenage Kicks» (1978) группы The Undertones из Дерри была любимой у диджея Би-би-си Джона Пила; строчка из неё высечена на его надгробии.",
     A, "person", "music", True),
    # FALSE: EN (the single spent five weeks at number one)
    ("Middle of the Road's 'Chirpy Chirpy Cheep Cheep', sung by Sally Carr, spent just a single week at number one in Britain in 1971.",
     "В 1971 г. песня «Chirpy Chirpy Cheep Cheep» шотландской группы Middle of the Road с солисткой Салли Карр пять недель возглавляла британский хит-парад.",
     C, "duration", "music", False),
    ("'Venus', written by Robbie van Leeuwen and sung by Mariska Veres, took the Dutch band Shocking Blue to number one in the United States in 1970.",
     "Песня «Venus» голландцев Shocking Blue с вокалисткой Мариской Вереш возглавила американский хит-парад Billboard в феврале 1970 г.",
     A, "year", "music", True),
    # FALSE: EN (Massiel finished one point ahead of Cliff Richard's 'Congratulations')
    ("Massiel won the 1968 Eurovision Song Contest at London's Royal Albert Hall for Spain with 'La, la, la', a single point ahead of Sandie Shaw.",
     "Испанка Массиэль победила на «Евровидении-1968» в лондонском Альберт-холле с песней «La, la, la», на одно очко опередив Клиффа Ричарда с «Congratulations».",
     C, "person", "music", True),
    ("Sertab Erener gave Turkey its first Eurovision victory in Riga in May 2003, edging out Belgium by just two points with 'Everyway That I Can'.",
     "На «Евровидении-2003» в Риге победила турецкая певица Сертаб Эренер с песней «Everyway That I Can», набравшая 167 баллов.",
     A, "place", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (the Getty bought the bronze in 1977)
    ("The bronze Victorious Youth, hauled up from the Adriatic by fishermen from Fano in 1964, was bought by the J. Paul Getty Museum in 1977.",
     "Бронзовую статую «Юноша-победитель», поднятую рыбаками из Фано со дна Адриатики в 1964 г., Музей Гетти купил в 1987 г.",
     C, "year", "art", False),
    # FALSE: EN (the Solokha comb dates from the early 4th century BC)
    ("The gold Solokha comb, crowned by three Scythian warriors locked in battle, dates from the 2nd century BC and is kept in the Hermitage.",
     "Золотой гребень из кургана Солоха с фигурами трёх сражающихся скифов изготовлен в начале IV в. до н. э.; его нашёл Н. И. Веселовский в 1913 г.",
     C, "century", "art", True),
    ("The archaeologist Boris Mozolevsky unearthed the gold Scythian pectoral of Tovsta Mohyla in June 1971; it weighs roughly 1.15 kilograms.",
     "Золотую пектораль из кургана Толстая Могила (IV в. до н. э.) массой 1150 г нашёл 21.06.1971 археолог Борис Мозолевский.",
     A, "date", "art", False),
    ("Valentin Serov's 1901 portrait of four-year-old Mika Morozov, son of the collector Mikhail Morozov, hangs in Moscow's Tretyakov Gallery.",
     "Портрет «Мика Морозов» Валентин Серов написал в 1901 г.; изображённому на нём сыну коллекционера М. А. Морозова было около четырёх лет.",
     A, "person", "art", True),
    ("The bronze Satyr of Mazara del Vallo, netted by a Sicilian fishing boat in 1998, now has a museum of its own in that town.",
     "Бронзового сатира из Мадзара-дель-Валло сицилийские рыбаки подняли со дна Сицилийского пролива в 1998 г.; статую выставили в городском музее.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the Reinheitsgebot was issued on 23 April 1516)
    ("Bavaria's Reinheitsgebot, proclaimed at Ingolstadt on 23 April 1616, allowed brewers to use only barley, hops and water.",
     "Баварский «Закон о чистоте пива» (Reinheitsgebot), изданный в Ингольштадте 23.04.1516, разрешал варить пиво только из ячменя, хмеля и воды.",
     C, "century", "law", True),
    # FALSE: RU (both consuls, Papius Mutilus and Poppaeus Secundus, were unmarried and childless)
    ("The Lex Papia Poppaea of AD 9, which penalised the unmarried and the childless, was named after two consuls who were themselves bachelors.",
     "Закон Папия — Поппея (9 г. н. э.), каравший безбрачие и бездетность, носит имена двух консулов, которые оба были женаты и имели детей.",
     C, "opposite", "law", False),
    # FALSE: EN (the number of pontiffs rose from four to eight)
    ("The Lex Ogulnia of 300 BC opened Rome's chief priesthoods to plebeians, raising the number of pontiffs from four to twelve.",
     "Закон Огульниев (300 г. до н. э.) допустил плебеев в жреческие коллегии: число понтификов выросло с четырёх до восьми, авгуров — до девяти.",
     C, "number", "law", True),
    ("New York's 1916 Zoning Resolution, the first citywide zoning code in the United States, was prompted partly by the bulky Equitable Building.",
     "Принятое в 1916 г. постановление о зонировании Нью-Йорка — первый в США общегородской кодекс такого рода — требовало делать высокие здания уступами.",
     A, "year", "law", False),
    ("The Lex Voconia of 169 BC, backed by Cato the Elder, barred the richest Roman citizens from naming a woman as their heir.",
     "Закон Вокония, принятый в 169 г. до н. э. при поддержке Катона Старшего, запрещал гражданам высшего имущественного разряда назначать наследницей женщину.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    ("Designed by Yoshihisa Maitani and launched in 1959, the half-frame Olympus Pen squeezed 72 pictures onto a standard 36-exposure film.",
     "Полукадровая камера Olympus Pen (1959 г.) конструктора Ёсихисы Маитани позволяла сделать на обычной 36-кадровой плёнке вдвое больше снимков.",
     A, "number", "technology", False),
    # FALSE: EN (the 1981 Mavica recorded analogue still-video images, not digital ones)
    ("Sony's Mavica prototype, unveiled in 1981, stored its pictures in digital form on small magnetic floppy disks.",
     "Прототип Sony Mavica (1981 г.) записывал кадры на двухдюймовую магнитную дискету в аналоговом виде — цифровой камерой он ещё не был.",
     C, "polarity", "technology", True),
    ("The giant Saunders-Roe Princess flying boat, powered by ten turboprops, first flew from Cowes on the Isle of Wight on 22 August 1952.",
     "Летающая лодка Saunders-Roe Princess с десятью турбовинтовыми двигателями впервые поднялась в воздух 22.08.1952; из трёх построенных машин летала лишь одна.",
     A, "date", "technology", False),
    ("Only a dozen Dassault Mercure airliners were ever built, and the French domestic carrier Air Inter was their sole operator.",
     "Ближнемагистральный Dassault Mercure (первый полёт — 1971 г.) выпустили всего в 12 экземплярах; эксплуатировала их лишь авиакомпания Air Inter.",
     A, "number", "technology", True),
    # FALSE: RU (PepsiCo paid about 3.2 billion dollars)
    ("In 2018 PepsiCo agreed to buy SodaStream, the Israeli maker of home fizzy-drink machines, for about 3.2 billion dollars.",
     "В 2018 г. PepsiCo купила израильского производителя домашних аппаратов для газирования воды SodaStream примерно за 1,2 млрд долл.",
     C, "money", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Vierzy tunnel collapsed on 16 June 1972)
    ("On 16 June 1972 part of the Vierzy tunnel in the Aisne caved in as passenger trains passed through, killing 108 people.",
     "Обрушение свода тоннеля у Вьерзи (департамент Эна) 16 июля 1972 г., под которое попали пассажирские поезда, унесло 108 жизней.",
     C, "month", "disasters", True),
    # FALSE: EN (the Minnie Pit explosion happened on 12 January 1918)
    ("An explosion at the Minnie Pit at Halmer End, Staffordshire, on 22 January 1918 killed 155 men and boys.",
     "Взрыв на шахте Минни-Пит в Холмер-Энде (Стаффордшир) 12.01.1918 унёс жизни 155 горняков, в том числе подростков.",
     C, "day", "disasters", False),
    # FALSE: EN (the Walnut Grove Dam stood on the Hassayampa River)
    ("When the Walnut Grove Dam on the Gila River in Arizona Territory burst in February 1890, the flood killed somewhere around 100 people.",
     "Прорыв плотины Уолнат-Гроув на реке Хассаямпа (территория Аризона) в феврале 1890 г. унёс, по разным оценкам, от 70 до 150 жизней.",
     C, "entity", "disasters", True),
    ("The collapse of the Sella Zerbino dam near Molare, Piedmont, on 13 August 1935 sent a flood down the Orba valley that killed 111 people.",
     "13.08.1935 после ливней рухнула вспомогательная плотина Селла-Дзербино водохранилища Ортильето (Пьемонт); погибли более ста человек.",
     A, "number", "disasters", False),
    ("A gas outburst and fire at the Hokutan Yubari New Mine in Hokkaido in October 1981 killed 93 miners.",
     "Выброс газа и пожар на шахте «Юбари-Синко» компании «Хокутан» (Хоккайдо) в октябре 1981 г. унесли жизни 93 горняков.",
     A, "number", "disasters", True),
]

RELATED = [
    ("As tairō, Ii Naosuke launched the Ansei Purge of 1858–59 against the opponents of his foreign policy.",
     "Ии Наосукэ, убитый у ворот Сакурада, был даймё княжества Хиконэ на берегу озера Бива.",
     "Sakuradamon", True, "history"),
    ("William Buckland believed the ochre-stained Paviland skeleton dated from the Roman period.",
     "Скелет «Красной дамы из Пэвиленда» хранится в Музее естественной истории Оксфордского университета.",
     "Paviland", False, "science"),
    ("The Emajõgi river carries water out of Võrtsjärv past Tartu and into Lake Peipus.",
     "Выртсъярв — крупнейшее озеро, целиком лежащее в пределах Эстонии: более обширное Чудское озеро страна делит с Россией.",
     "Vortsjarv", True, "geography"),
    ("In 2008 the J.M. Smucker Company bought the Folgers coffee brand from Procter & Gamble.",
     "В 2023 г. компания J.M. Smucker купила производителя пирожных Twinkies — корпорацию Hostess Brands.",
     "Smucker", False, "economy"),
    ("Susi Susanti also won the women's singles title at the 1993 World Championships in Birmingham.",
     "Сузи Сусанти и Алан Будикусума, оба олимпийские чемпионы Барселоны, поженились в 1997 г.",
     "Susanti", True, "sport"),
    ("In 1896 William Randolph Hearst lured Outcault to the New York Journal, and for a while both papers ran a Yellow Kid.",
     "Выражение «жёлтая пресса» обязано своим названием «Жёлтому малышу» Ричарда Аутколта.",
     "Yellow Kid", False, "culture"),
    ("Luchino Visconti's film La terra trema (1948) was loosely based on Verga's I Malavoglia.",
     "Роман «Семья Малаволья» открывал задуманный Вергой цикл «Побеждённые», так и оставшийся незавершённым.",
     "Malavoglia", True, "literature"),
    ("Spain had originally chosen Joan Manuel Serrat for the 1968 contest, but he wanted to sing 'La, la, la' in Catalan.",
     "«Евровидение-1968», на котором победила Массиэль, стало первым конкурсом, транслировавшимся в цвете.",
     "Massiel", False, "music"),
    ("The Tovsta Mohyla pectoral is displayed in Kyiv's Museum of Historical Treasures of Ukraine.",
     "Курган Толстая Могила, где нашли знаменитую пектораль, находится близ города Покров (бывший Орджоникидзе) Днепропетровской области.",
     "Tovsta Mohyla", True, "art"),
    ("All three Saunders-Roe Princess flying boats were eventually scrapped, the last of them in 1967.",
     "Летающие лодки Saunders-Roe Princess строились в Каусе на острове Уайт, но в серию так и не пошли.",
     "Saunders-Roe Princess", False, "technology"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "unit", "duration", "place", "person", "organisation",
         "entity", "rank", "polarity", "opposite"}
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


def false_sides():
    """Read the FALSE: EN/RU comments that precede each contradict row."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "build.py"), encoding="utf-8") as f:
        src = f.read()
    body = src.split("COMPARABLE = [", 1)[1].split("RELATED = [", 1)[0]
    return re.findall(r"# FALSE: (EN|RU) \(", body)


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
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    cdoms = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(cdoms.values()) == [2] * 6 + [3] * 6, cdoms
    assert len(set(r["domain"] for r in rel)) == 10
    fs = false_sides()
    assert len(fs) == 30 and fs.count("EN") == 15 and fs.count("RU") == 15, count(fs)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout166.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout166.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", cdoms)
    print("false sides:", count(fs))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
