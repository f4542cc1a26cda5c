#!/usr/bin/env python3
"""Build heldout154: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the battle of Rozgony was fought near Kassa, today Kosice, not near Pest)
    ("On 15 June 1312, at Rozgony near Kassa (today's Košice in eastern Slovakia), King Charles I of Hungary defeated the sons of the oligarch Amadeus Aba.",
     "Битва при Розгонях близ Пешта (15.06.1312) закончилась победой Карла Роберта Анжуйского над сыновьями олигарха Амадея Абы.",
     C, "place", "history", True),
    # FALSE: EN (the victor of Obertyn was the hetman Jan Tarnowski; Zolkiewski was born in 1547)
    ("In August 1531, at Obertyn in Pokuttya, the Polish hetman Stanisław Żółkiewski routed the Moldavian army of Prince Petru Rareș.",
     "22 августа 1531 г. под Обертином великий коронный гетман Ян Тарновский наголову разбил войско молдавского господаря Петра Рареша.",
     C, "person", "history", False),
    # FALSE: RU (the battle of Sandepu was fought on 25-29 January 1905)
    ("The Battle of Sandepu, fought in bitter cold from 25 to 29 January 1905, ended in failure for General Grippenberg's Second Manchurian Army, and he soon resigned his command.",
     "В марте 1905 г. 2-я Маньчжурская армия О. К. Гриппенберга безуспешно атаковала японцев у деревни Сандепу, после чего командующий подал в отставку.",
     C, "month", "history", True),
    ("King James III of Scotland was killed in or just after the Battle of Sauchieburn, fought near Stirling on 11 June 1488 against rebels rallied around his own son.",
     "Сражение при Сохиберне (1488) стоило жизни королю Якову III; мятежную знать номинально возглавлял его пятнадцатилетний сын, будущий Яков IV.",
     A, "year", "history", False),
    ("On 30 November 1808 Polish light horsemen of Napoleon's Imperial Guard charged up the Somosierra pass north of Madrid and captured the Spanish guns.",
     "Атака польских шеволежеров гвардии на перевале Сомосьерра 30.11.1808 открыла Наполеону дорогу на Мадрид.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Urysohn drowned off Batz-sur-Mer in Brittany, not in Normandy)
    ("Pavel Urysohn, whose lemma on normal spaces is taught in every topology course, drowned while swimming off Batz-sur-Mer in Brittany in August 1924, aged only 26.",
     "Автор знаменитой леммы топологии Павел Самуилович Урысон утонул 17.08.1924 во время купания у побережья Нормандии; ему было 26 лет.",
     C, "place", "science", True),
    # FALSE: EN (Hazen and Brown worked for the New York State Department of Health, hence the name)
    ("Nystatin was discovered in 1950 by Elizabeth Hazen and Rachel Fuller Brown, two researchers at the Rockefeller Institute in New York.",
     "Нистатин открыли в 1950 г. Элизабет Хейзен и Рейчел Фуллер Браун, сотрудницы департамента здравоохранения штата Нью-Йорк, — отсюда и название препарата.",
     C, "organisation", "science", False),
    # FALSE: RU (the nucleus of Comet West split into four pieces)
    ("In March 1976, shortly after it rounded the Sun, the nucleus of Comet West broke into four separate pieces.",
     "Ядро кометы Уэста, названной в честь датского астронома Ричарда Уэста, в марте 1976 г. раскололось на два фрагмента.",
     C, "number", "science", True),
    ("The one-sided surface now called the Möbius strip was described independently in 1858 by August Ferdinand Möbius and Johann Benedict Listing.",
     "Лист Мёбиуса — поверхность всего с одной стороной — почти одновременно, в 1858 г., открыли два немецких математика: А. Ф. Мёбиус и И. Б. Листинг.",
     A, "year", "science", False),
    ("The giant water lily Victoria amazonica first flowered in England in November 1849, in a heated tank built by Joseph Paxton at Chatsworth.",
     "Осенью 1849 г. в оранжерее Чатсуорта, где за растением ухаживал садовник Джозеф Пакстон, впервые в Англии зацвела гигантская амазонская виктория.",
     A, "place", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (the Omolon is a right tributary of the Kolyma)
    ("The Omolon, a river of north-eastern Siberia about 1,100 kilometres long, is a right tributary of the Indigirka.",
     "Омолон (1114 км) — правый приток Колымы; река течёт по Магаданской области, Чукотке и Якутии.",
     C, "entity", "geography", False),
    # FALSE: EN (West-Vlieland was swallowed by the sea in the 18th century)
    ("Vlieland once had a second village, West-Vlieland, which was abandoned to the sea in the 16th century.",
     "Деревня Вест-Влиланд на одноимённом нидерландском острове была поглощена морем в XVIII в.; с тех пор единственный населённый пункт там — Ост-Влиланд.",
     C, "century", "geography", True),
    # FALSE: RU (Lake Brosno is about 41 m deep)
    ("Lake Brosno in Tver Oblast, the supposed home of a legendary monster, reaches a depth of about 41 metres.",
     "Наибольшая глубина озера Бросно в Андреапольском районе Тверской области — 14 м; с озером связана легенда о чудовище.",
     C, "number", "geography", False),
    ("Vygozero, a large lake in Karelia raised into a reservoir, forms part of the route of the White Sea–Baltic Canal.",
     "По Выгозеру — крупному водохранилищу в Карелии — проходит трасса Беломорско-Балтийского канала, открытого в 1933 г.",
     A, "entity", "geography", True),
    ("Lake Svetloyar, tied by legend to the invisible city of Kitezh, lies in the Voskresensky district of Nizhny Novgorod Oblast.",
     "Небольшое озеро Светлояр находится в Нижегородской области, у села Владимирское Воскресенского района.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (William Morrison's stall was in Bradford, not Leeds)
    ("Morrisons began in 1899 as an egg and butter stall run by William Morrison in a Bradford market.",
     "Сеть супермаркетов Morrisons ведёт историю с 1899 г., когда Уильям Моррисон открыл прилавок с яйцами и маслом на рынке Лидса.",
     C, "place", "economy", True),
    # FALSE: EN (Rivella is based on milk whey, not grape juice)
    ("Rivella, the Swiss soft drink first produced by Robert Barth in 1952, is made from grape juice concentrate.",
     "Основа швейцарского газированного напитка Rivella, который Роберт Барт придумал в 1952 г., — молочная сыворотка.",
     C, "entity", "economy", False),
    ("Tissot was founded in 1853 in Le Locle, in the Swiss Jura, by Charles-Félicien Tissot and his son Charles-Émile.",
     "Часовая марка Tissot, ныне входящая в Swatch Group, основана в Ле-Локле в середине XIX в. — в 1853 году.",
     A, "year", "economy", True),
    ("TomTom, the Amsterdam navigation company, was founded in 1991 by Harold Goddijn, Peter-Frans Pauwels, Pieter Geelen and Corinne Vigreux.",
     "Нидерландская компания TomTom, известная автомобильными навигаторами, появилась в Амстердаме в 1991 году.",
     A, "year", "economy", False),
    ("Randstad, now one of the world's largest staffing firms, was founded in the Netherlands in 1960 by Frits Goldschmeding and Ger Daleboudt.",
     "Кадровое агентство Randstad основали в 1960 г. в Нидерландах Фриц Голдсмединг, тогда ещё студент, и Гер Далебаут.",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Myllyla won gold, not silver, in the 30 km at Nagano)
    ("At the Nagano Olympics in February 1998, the Finn Mika Myllylä took silver in the 30 kilometre classical race.",
     "Первую гонку олимпийского турнира лыжников в Нагано-1998 — 30 км классикой — выиграл финн Мика Мюлюля.",
     C, "rank", "sport", False),
    # FALSE: RU (the 1-1 draw at Wembley knocked England out of the 1974 World Cup)
    ("On 17 October 1973 at Wembley, goalkeeper Jan Tomaszewski's saves earned Poland a 1–1 draw that knocked England out of the 1974 World Cup.",
     "Благодаря вратарю Яну Томашевскому поляки сыграли на «Уэмбли» 17.10.1973 вничью 1:1, и этот результат вывел англичан на ЧМ-1974.",
     C, "opposite", "sport", True),
    # FALSE: EN (Nencini won the Tour de France in 1960)
    ("The Italian Gastone Nencini, famous for his reckless descending, won the Tour de France in 1962.",
     "Итальянец Гастоне Ненчини, победитель «Джиро» 1957 г., выиграл «Тур де Франс» в 1960 году.",
     C, "year", "sport", False),
    ("Carlos Moyá won the French Open in 1998, and in March 1999 he became the first Spaniard to top the ATP rankings.",
     "Победитель «Ролан Гаррос»-1998 Карлос Мойя в марте 1999 г. стал первым испанцем — первой ракеткой мира.",
     A, "date", "sport", True),
    ("In 1910 Carl Schlechter drew his world championship match against Emanuel Lasker 5–5, so Lasker kept the title.",
     "Матч на первенство мира 1910 г. между Эм. Ласкером и австрийцем Карлом Шлехтером закончился вничью (5:5), и чемпион сохранил звание.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Ogonyok was edited by Vitaly Korotich from 1986; Yegor Yakovlev edited Moscow News)
    ("Under Yegor Yakovlev, its editor from 1986, the Moscow weekly Ogonyok became one of the boldest voices of glasnost.",
     "В годы перестройки журнал «Огонёк» возглавлял Виталий Коротич (1986–1991), превративший его в рупор гласности.",
     C, "person", "culture", False),
    # FALSE: RU (Rupert Bear first appeared in the Daily Express)
    ("Rupert Bear first appeared in the Daily Express on 8 November 1920, drawn by the illustrator Mary Tourtel.",
     "Медвежонок Руперт, придуманный художницей Мэри Туртел, впервые появился на страницах Daily Mail 08.11.1920.",
     C, "organisation", "culture", True),
    ("Real-world quidditch was first played in 2005 by students at Middlebury College in Vermont, and in 2022 the sport was renamed quadball.",
     "Квиддич для «маглов» придумали в 2005 г. студенты колледжа Миддлбери (штат Вермонт); с 2022 г. игра официально называется квадболом.",
     A, "year", "culture", False),
    ("Nonograms, the Japanese picture logic puzzles, were devised in 1987, and their name comes from Non Ishida, one of their inventors.",
     "Японские кроссворды (нонограммы) появились в 1987 г.; название головоломки образовано от имени Нон Исиды, одного из её авторов.",
     A, "year", "culture", True),
    ("A standard Chinese mahjong set, a game that took shape in the nineteenth century, holds 144 tiles.",
     "В классическом наборе для маджонга — игры, сложившейся в Китае в XIX в., — 144 кости.",
     A, "number", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Yabeda was staged in 1798, i.e. in the 18th century)
    ("Vasily Kapnist's verse comedy Yabeda, a satire on corrupt judges, was staged in St Petersburg in 1798 and banned after only a few performances.",
     "Комедию Василия Капниста «Ябеда», высмеивающую судейское крючкотворство, впервые поставили в Петербурге в начале XIX века, но вскоре запретили.",
     C, "century", "literature", True),
    # FALSE: EN (Tirano Banderas appeared in 1926)
    ("Ramón del Valle-Inclán's Tirano Banderas, a novel about the dictator of an imaginary Latin American republic, appeared in the 1910s.",
     "Роман Рамона дель Валье-Инклана «Тиран Бандерас» о диктаторе вымышленной латиноамериканской республики вышел в 1926 году.",
     C, "decade", "literature", False),
    ("Pío Baroja's Zalacaín el aventurero (1909) follows a young Basque smuggler through the Carlist war of the 1870s.",
     "Роман Пио Барохи «Салакаин Отважный» опубликован в 1909 г.; действие разворачивается в Стране Басков во время Третьей карлистской войны.",
     A, "year", "literature", True),
    ("Eça de Queirós published Os Maias, his long novel of Lisbon high society and of Carlos da Maia's doomed love, in 1888.",
     "В 1888 г. вышел роман Эсы де Кейроша «Семейство Майя» — хроника трёх поколений лиссабонского аристократического рода.",
     A, "year", "literature", False),
    ("Vidas Secas (1938), by the Brazilian writer Graciliano Ramos, follows a family of drought refugees and their dog Baleia across the sertão.",
     "В романе Грасилиану Рамуса «Иссохшие жизни» семья пастуха Фабиану бредёт по выжженному засухой сертану северо-востока Бразилии.",
     A, "person", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Zampa was first performed on 3 May 1831)
    ("Hérold's opéra comique Zampa, about a Sicilian pirate and a marble statue, was first performed at the Opéra-Comique in Paris on 3 May 1831.",
     "Премьера оперы Фердинана Эрольда «Цампа, или Мраморная невеста» состоялась в парижской Опера-Комик 03.10.1831.",
     C, "month", "music", False),
    # FALSE: RU (Mosolov was arrested in 1937)
    ("Alexander Mosolov, whose machine-music piece Iron Foundry was composed in 1926–27, was arrested in 1937 and sent to a labour camp.",
     "Автора «Завода» — симфонического эпизода «музыки машин» — композитора Александра Мосолова арестовали в 1947 г. и отправили в лагерь.",
     C, "year", "music", True),
    # FALSE: EN (Magnard was killed on 3 September 1914)
    ("Albéric Magnard was shot dead at his manor in Baron, in the Oise, on 13 September 1914, after firing on German soldiers.",
     "Альберик Маньяр погиб 03.09.1914 в своём поместье в Бароне (департамент Уаза), отстреливаясь от немецких солдат; дом сгорел вместе с частью партитур.",
     C, "date", "music", False),
    ("The Estonian composer Veljo Tormis (1930–2017) is best known for choral works such as Curse upon Iron, written in 1972.",
     "Вельо Тормис, эстонский композитор, родившийся в 1930 г., прославился хоровыми сочинениями — например, «Проклятием железу» (1972).",
     A, "year", "music", True),
    ("The Roman rock band Måneskin won the 2021 Eurovision Song Contest in Rotterdam with 'Zitti e buoni', scoring 524 points.",
     "Победу на «Евровидении» в Роттердаме (2021) принесла Италии песня группы Måneskin «Zitti e buoni» — 524 балла.",
     A, "number", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (Spiral Jetty is about 1,500 feet, i.e. some 460 m, long)
    ("Robert Smithson built Spiral Jetty in April 1970 at Rozel Point on the Great Salt Lake, coiling basalt rock into a spiral about 1,500 feet long.",
     "Земляная скульптура Роберта Смитсона «Спиральная дамба» (1970) — закрученная против часовой стрелки насыпь из базальта длиной около 1500 метров на Большом Солёном озере.",
     C, "unit", "art", True),
    # FALSE: EN (Tilted Arc was removed in 1989; the public hearing was held in 1985)
    ("Richard Serra's Tilted Arc, a curved wall of rusting steel installed at Federal Plaza in Manhattan in 1981, was removed in 1985.",
     "Стальную «Наклонную дугу» Ричарда Серры, установленную на Федерал-плаза в Нью-Йорке в 1981 г., демонтировали в марте 1989 г.",
     C, "year", "art", False),
    ("El Greco's View of Toledo, painted around 1599–1600, hangs in the Metropolitan Museum of Art in New York.",
     "«Вид Толедо» — один из двух пейзажей Эль Греко; картину, написанную около 1600 г., хранит нью-йоркский музей Метрополитен.",
     A, "organisation", "art", True),
    ("George Bellows painted Stag at Sharkey's, a boxing bout in a New York saloon club, in 1909; the canvas belongs to the Cleveland Museum of Art.",
     "Картина Джорджа Беллоуза «Схватка у Шарки» (1909) из Кливлендского музея искусства изображает бой боксёров в нью-йоркском клубе.",
     A, "year", "art", False),
    ("Franz Marc painted The Tower of Blue Horses in 1913; the canvas vanished at the end of the Second World War and has never been found.",
     "«Башня синих лошадей» Франца Марка (1913) пропала в 1945 г., и её местонахождение до сих пор неизвестно.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Wills Act 1837 requires two witnesses)
    ("Under the Wills Act 1837, a will in England must be signed in the presence of three witnesses present at the same time.",
     "По британскому Закону о завещаниях 1837 г. завещание должно быть подписано при двух свидетелях, присутствующих одновременно.",
     C, "number", "law", False),
    # FALSE: RU (the Radio Act of 1927 created the Federal Radio Commission; the FCC came in 1934)
    ("The US Radio Act of 1927 set up the five-member Federal Radio Commission to license broadcasters and assign their frequencies.",
     "Американский Закон о радио 1927 г. учредил Федеральную комиссию по связи (FCC), которая стала выдавать лицензии радиостанциям.",
     C, "organisation", "law", True),
    ("The Tithe Commutation Act 1836 replaced the payment of tithes in kind in England and Wales with a money rent-charge.",
     "Закон о коммутации десятины 1836 г. заменил в Англии и Уэльсе натуральную церковную десятину денежными платежами.",
     A, "year", "law", False),
    ("The Misuse of Drugs Act 1971 sorts controlled drugs in the United Kingdom into three classes, A, B and C.",
     "Британский закон 1971 г. о злоупотреблении наркотиками делит контролируемые вещества на три класса — A, B и C.",
     A, "number", "law", True),
    ("The Street Offences Act 1959, passed after the Wolfenden report, made it an offence for a prostitute to loiter or solicit in a street in England and Wales.",
     "Принятый в 1959 г. британский закон об уличных правонарушениях запретил проституткам приставать к прохожим на улицах.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the Sinclair QL used a Motorola 68008 processor)
    ("Launched in January 1984, the Sinclair QL was built around the Motorola 68008 processor and stored data on Microdrive cartridges.",
     "Компьютер Sinclair QL, представленный 12.01.1984, работал на процессоре Zilog Z80 и хранил данные на картриджах Microdrive.",
     C, "entity", "technology", True),
    # FALSE: EN (Tennis for Two was created by William Higinbotham)
    ("Ralph Baer created Tennis for Two in 1958 for a visitors' day at Brookhaven National Laboratory, using an oscilloscope as the screen.",
     "Игру «Теннис для двоих» на экране осциллографа физик Уильям Хигинботам сделал в 1958 г. для дня открытых дверей в Брукхейвенской лаборатории.",
     C, "person", "technology", False),
    ("MUD1, the first multi-user dungeon, was begun in 1978 by Roy Trubshaw and later completed by Richard Bartle at the University of Essex.",
     "Первую многопользовательскую игру-«подземелье» MUD1 создали в Эссекском университете в 1978–1980 гг. Рой Трабшо и Ричард Бартл.",
     A, "year", "technology", True),
    ("On 15 March 1985 symbolics.com, the address of a Massachusetts maker of Lisp machines, became the first .com domain ever registered.",
     "Первым зарегистрированным доменом в зоне .com стал symbolics.com компании Symbolics — 15.03.1985.",
     A, "date", "technology", False),
    ("VEB Kombinat Robotron, East Germany's largest computer maker, was formed in 1969 and had its headquarters in Dresden.",
     "Крупнейший производитель ЭВМ в ГДР — комбинат «Роботрон» с центром в Дрездене — был образован в 1969 году.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Tretten collision happened on 22 February 1975)
    ("The Tretten train disaster, a head-on collision of two passenger trains in Norway's Gudbrandsdalen valley, happened in the mid-1980s and killed 27 people.",
     "Лобовое столкновение двух пассажирских поездов у станции Треттен (Норвегия) 22.02.1975 унесло 27 жизней.",
     C, "decade", "disasters", False),
    # FALSE: RU (the Warngau collision happened on 8 June 1975)
    ("On 8 June 1975 two trains collided head-on on a single-track line near Warngau in Bavaria, killing 41 people.",
     "Крушение у Варнгау (Бавария) 18.06.1975 — лобовое столкновение двух поездов на однопутной линии — унесло 41 жизнь.",
     C, "date", "disasters", True),
    # FALSE: EN (the train had waited more than two hours before it hit the washout debris)
    ("Before derailing near Carmont, south of Stonehaven, on 12 August 2020, the Aberdeen–Glasgow train had waited about twenty minutes because of a landslip ahead.",
     "Поезд Абердин — Глазго, сошедший с рельсов у Кармонта близ Стонхейвена 12.08.2020, перед крушением простоял более двух часов из-за оползня впереди.",
     C, "duration", "disasters", True),
    ("Eighteen miners died at Markham Colliery in Derbyshire on 30 July 1973, when the brakes of a descending cage failed.",
     "В июле 1973 г. на шахте Маркхэм (Дербишир) отказали тормоза клети, спускавшей горняков под землю; погибли 18 человек.",
     A, "number", "disasters", False),
    ("On 1 September 1905 a Cromer express from London derailed at Witham in Essex, killing eleven people.",
     "Крушение курьерского поезда на Кромер в Уитеме (графство Эссекс) 01.09.1905 унесло 11 жизней.",
     A, "date", "disasters", True),
]

RELATED = [
    ("King James III of Scotland lies buried at Cambuskenneth Abbey, near Stirling.",
     "Яков III взошёл на шотландский престол ребёнком в 1460 г., когда его отец погиб при осаде Роксбурга.",
     "Sauchieburn", True, "history"),
    ("Nystatin is produced by the soil bacterium Streptomyces noursei, first found in soil from a farm in Virginia.",
     "Хейзен и Браун передали отчисления от патента на нистатин на поддержку научных исследований.",
     "Nystatin", False, "science"),
    ("Vlieland lies between Texel and Terschelling and belongs to the Dutch province of Friesland.",
     "На Влиланде почти нет частных автомобилей: туристам въезжать на остров на машине запрещено.",
     "Vlieland", True, "geography"),
    ("In 2004 Morrisons took over the larger Safeway supermarket chain in a deal worth about £3 billion.",
     "В 2021 г. сеть Morrisons купил американский инвестиционный фонд Clayton, Dubilier & Rice примерно за 7 млрд фунтов.",
     "Morrisons", False, "economy"),
    ("Mika Myllylä won three individual gold medals at the 1999 Nordic World Ski Championships in Ramsau.",
     "В 2001 г. на чемпионате мира в Лахти Мюлюля и ещё пятеро финских лыжников попались на применении запрещённого плазмозаменителя.",
     "Myllyla", True, "sport"),
    ("From 1935 the Rupert strip was drawn by Alfred Bestall, who carried it on for three decades.",
     "Медвежонок Руперт носит красный свитер, жёлтые клетчатые брюки и такой же шарф.",
     "Rupert Bear", False, "culture"),
    ("Eça de Queirós spent years as a Portuguese consul, in Havana, then in Newcastle and Bristol, and finally in Paris.",
     "Старинный лиссабонский особняк, где живут герои романа «Семейство Майя», носит название «Рамалете».",
     "Os Maias", True, "literature"),
    ("Måneskin had already won the Sanremo Music Festival in March 2021 with the same song.",
     "Название группы Måneskin по-датски означает «лунный свет»: бас-гитаристка Виктория Де Анджелис наполовину датчанка.",
     "Maneskin", False, "music"),
    ("For decades after 1970 Spiral Jetty lay submerged under the Great Salt Lake, resurfacing only in years of drought.",
     "Роберт Смитсон погиб в 1973 г. в авиакатастрофе в Техасе, осматривая с воздуха место для новой работы.",
     "Spiral Jetty", True, "art"),
    ("The Tretten collision took place on the Dovre Line, the main railway between Oslo and Trondheim.",
     "Треттен — деревня в коммуне Эйер, в долине Гудбрандсдал на юге Норвегии.",
     "Tretten", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "unit", "duration", "place", "person", "organisation",
         "entity", "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
# Domains with 3 contradict + 2 agree; the others have 2 contradict + 3 agree.
THREE_C = {"history", "science", "geography", "sport", "music", "disasters"}


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
    """Read the FALSE: EN/RU comments of this file, in order."""
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        return re.findall(r"# FALSE: (EN|RU) ", f.read())


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
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in THREE_C else 2), (d, nc)
    fs = false_sides()
    assert len(fs) == 30 and fs.count("EN") == 15 and fs.count("RU") == 15, count(fs)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    # related rows reuse subjects of this set's comparable pairs, one per domain
    assert len({d for *_, d in RELATED}) == 10

    with open(os.path.join(here, "comparable_heldout154.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout154.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false side:", count(fs))
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
