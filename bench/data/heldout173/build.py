#!/usr/bin/env python3
"""Build heldout173: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from A to L.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Bar Confederation was formed on 29 February 1768, i.e. in the late 1760s)
    ("Bar Confederation",
     "The Bar Confederation was formed on 29 February 1768 at the fortress of Bar in Podolia by Polish nobles opposed to Russian influence and to King Stanisław August.",
     "Барская конфедерация — союз шляхты, выступившей против русского влияния и короля Станислава Августа, — была создана в подольской крепости Бар в начале 1780-х гг.",
     C, "decade", "history", True, RU),
    # FALSE: EN (the Kraków uprising of 1846 lasted only about nine days)
    ("Kraków uprising",
     "The Kraków Uprising of February 1846, whose most radical leader Edward Dembowski was shot during a procession, held the Free City for about five months.",
     "Краковское восстание 1846 г. продержалось лишь около девяти дней, а уже в ноябре того же года Вольный город Краков был присоединён к Австрии.",
     C, "duration", "history", False, EN),
    # FALSE: RU (the rising was directed against King Eric of Pomerania; Christopher of Bavaria reigned only from 1440)
    ("Engelbrekt rebellion",
     "In 1434 the mine owner Engelbrekt Engelbrektsson led the miners and peasants of Dalarna in a revolt against Eric of Pomerania, king of the Kalmar Union.",
     "Восстание 1434 г., которое возглавил Энгельбрект Энгельбректссон, владелец рудника из Бергслагена, было направлено против унионного короля Кристофера Баварского.",
     C, "person", "history", False, RU),
    ("Club War",
     "The Club War, a rising of Finnish peasants in Ostrobothnia against the billeting of soldiers, broke out late in 1596 and was crushed early the next year.",
     "Дубинная война (1596–1597 гг.) — восстание крестьян Остроботнии против постоя войск; её вожака Яакко Илкку казнили в январе 1597 г.",
     A, "year", "history", True, None),
    ("Dózsa rebellion",
     "The Hungarian peasant war of 1514 began as a crusade against the Ottomans led by György Dózsa and ended with his execution on a red-hot iron throne.",
     "Крестьянская война Дьёрдя Дожи, выросшая из крестового похода против турок, была подавлена летом 1514 г. под Темешваром войском Яноша Запольяи.",
     A, "year", "history", False, None),
    # ---------------- science ----------------
    # FALSE: EN (Archelon lived in the Late Cretaceous, not the Late Jurassic)
    ("Archelon",
     "Archelon, a Late Jurassic sea turtle more than four metres long, was described by George Reber Wieland in 1896 from fossils found in South Dakota.",
     "Архелон — гигантская морская черепаха позднего мела длиной до 4,6 м; её описал Джордж Виланд в 1896 г. по находке из Южной Дакоты.",
     C, "entity", "science", False, EN),
    # FALSE: RU (Balaur had two enlarged claws on each foot, on the first and second toes)
    ("Balaur",
     "Balaur bondoc, a stocky dromaeosaur described in 2010 from the Hațeg region of Romania, carried two enlarged sickle claws on each foot.",
     "Балаур бондок — коренастый дромеозаврид из румынского Хацегского бассейна, описанный в 2010 г.; на каждой его стопе был лишь один крупный серповидный коготь.",
     C, "number", "science", False, RU),
    # FALSE: RU (Limusaurus juveniles had teeth and adults were toothless, not the other way round)
    ("Limusaurus",
     "Limusaurus, a small theropod described in 2009 from Xinjiang, lost its teeth as it grew: juveniles had teeth, while adults had toothless beaks.",
     "У лимузавра из Синьцзяна (описан в 2009 г.) детёныши были беззубыми, а зубы появлялись лишь у взрослых особей — редкий случай среди тероподов.",
     C, "opposite", "science", True, RU),
    ("Ichthyostega",
     "Ichthyostega, one of the earliest known four-legged vertebrates, was described in 1932 by Gunnar Säve-Söderbergh from Late Devonian rocks of East Greenland.",
     "Ихтиостега — один из древнейших четвероногих, живший около 365 млн лет назад; её остатки нашли в Восточной Гренландии, описание вышло в 1932 г.",
     A, "place", "science", False, None),
    ("Inostrancevia",
     "Inostrancevia, a large sabre-toothed gorgonopsian of the Late Permian, was named by Vladimir Amalitsky after the geologist Alexander Inostrantsev.",
     "Иностранцевия — крупный горгонопс позднепермской эпохи из раскопок В. П. Амалицкого на Северной Двине — названа в честь геолога А. А. Иностранцева.",
     A, "person", "science", True, None),
    # ---------------- geography ----------------
    # FALSE: EN (Femunden is Norway's third-largest natural lake)
    ("Femunden",
     "Femunden, covering some 200 square kilometres near the Swedish border, is Norway's second-largest natural lake and lies about 660 metres above sea level.",
     "Фемунн — третье по площади естественное озеро Норвегии (ок. 204 км²), расположенное на высоте 662 м у границы со Швецией.",
     C, "rank", "geography", False, EN),
    # FALSE: EN (ferries from Gedser sail to Rostock in Germany, not to Trelleborg in Sweden)
    ("Falster",
     "From Gedser, on the southern tip of Falster close to Denmark's southernmost point, ferries cross the Baltic to Trelleborg in Sweden.",
     "Из Гедсера на юге острова Фальстер, рядом с самой южной точкой Дании, паромы ходят через Балтику в немецкий Росток.",
     C, "place", "geography", True, EN),
    ("Lolland",
     "Lolland, Denmark's fourth-largest island, covers roughly 1,240 square kilometres, and its biggest town is Nakskov.",
     "Лолланн площадью 1243 км² — четвёртый по величине остров Дании; крупнейший город острова — Наксков.",
     A, "rank", "geography", False, None),
    ("Halti",
     "Finland's highest point, at 1,324 metres, lies on the slope of Halti in Enontekiö; the summit itself, 1,365 metres high, is in Norway.",
     "Высшая точка Финляндии (1324 м) находится на склоне горы Халти, вершина которой высотой 1365 м лежит уже на норвежской территории.",
     A, "number", "geography", True, None),
    ("Alatyr",
     "The Alatyr, which flows for about 296 kilometres through Nizhny Novgorod Oblast and Mordovia, joins the Sura at the Chuvash town of the same name.",
     "Река Алатырь длиной 296 км берёт начало в Нижегородской области и впадает в Суру у одноимённого города в Чувашии.",
     A, "number", "geography", False, None),
    # ---------------- economy ----------------
    # FALSE: RU (Buitoni and Perugina were bought by Nestlé in 1988, not by Unilever)
    ("Buitoni",
     "Buitoni, the pasta maker founded in Sansepolcro in 1827, was acquired together with its chocolate arm Perugina by Nestlé in 1988.",
     "Макаронную фирму Буитони (осн. в 1827 г. в тосканском Сансеполькро) вместе с шоколадной «Перуджиной» в 1988 г. приобрела компания Unilever.",
     C, "organisation", "economy", True, RU),
    # FALSE: EN (De Cecco has made pasta since 1886)
    ("De Cecco",
     "De Cecco started making pasta in 1911 in Fara San Martino, a village at the foot of the Majella massif in Abruzzo.",
     "Фирма Де Чекко выпускает макароны с 1886 г.; её родина — абруццкая деревня Фара-Сан-Мартино у подножия массива Майелла.",
     C, "year", "economy", False, EN),
    ("Guylian",
     "Guylian, the Belgian maker of seashell-shaped pralines, was founded in 1958 by Guy Foubert and named after him and his wife Liliane.",
     "Название бельгийской шоколадной фирмы Гилиан (1958 г.), прославившейся конфетами-ракушками, сложено из имён основателя Ги Фуберта и его жены Лилиан.",
     A, "person", "economy", True, None),
    ("Holmegaard",
     "The Danish glassworks Holmegaard was founded in 1825 by Countess Henriette Danneskiold-Samsøe, who planned to fire its furnaces with peat from the local bog.",
     "Стекольный завод Хольмегор на Зеландии основан графиней Хенриеттой Даннескьолль-Самсё в 1825 г.; печи поначалу топили местным торфом.",
     A, "year", "economy", False, None),
    ("Babayevsky",
     "Moscow's Babayevsky confectionery traces its origins to 1804, and in 1922 the former Abrikosov factory was renamed after the Bolshevik official Pyotr Babayev.",
     "Кондитерский концерн «Бабаевский» ведёт историю с 1804 г., а имя председателя Сокольнического райисполкома П. А. Бабаева бывшая фабрика Абрикосовых носит с 1922 г.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: RU (Lismont took silver in the 1972 Olympic marathon; his bronze came in 1976)
    ("Lismont",
     "Belgian marathoner Karel Lismont took the Olympic silver medal behind Frank Shorter at Munich in 1972 and bronze four years later in Montreal.",
     "Бельгиец Карел Лисмонт, чемпион Европы 1971 г. в марафоне, на Олимпиаде-1972 в Мюнхене финишировал третьим и получил бронзу.",
     C, "rank", "sport", True, RU),
    # FALSE: EN (Buysse won the 1926 Tour de France; the 1924 Tour was won by Ottavio Bottecchia)
    ("Buysse",
     "Lucien Buysse of Belgium won the 1924 Tour de France, the longest edition ever raced at more than 5,700 kilometres.",
     "Бельгиец Люсьен Бюисс выиграл «Тур де Франс» 1926 г. — самую длинную гонку в истории, свыше 5,7 тыс. км.",
     C, "year", "sport", False, EN),
    # FALSE: RU (Hampsten's decisive snowbound stage crossed the Gavia Pass, not the Stelvio)
    ("Hampsten",
     "In 1988 Andy Hampsten became the first American to win the Giro d'Italia, building his lead on a snowbound stage over the Gavia Pass.",
     "Американец Энди Хэмпстен выиграл «Джиро д'Италия» 1988 г., заложив основу победы в снежную бурю на перевале Стельвио.",
     C, "place", "sport", True, RU),
    ("Altwegg",
     "Britain's Jeannette Altwegg won the ladies' figure skating title at the 1952 Winter Olympics in Oslo.",
     "Британская фигуристка Жаннетт Альтвегг, бронзовый призёр Игр-1948, стала олимпийской чемпионкой в Осло в 1952 г.",
     A, "year", "sport", False, None),
    ("Dan Jansen",
     "After years of Olympic falls, American speed skater Dan Jansen finally won gold in the 1,000 metres at Lillehammer in 1994, setting a world record.",
     "Конькобежец из США Дэн Дженсен выиграл золото Олимпиады-1994 на дистанции 1000 м с мировым рекордом — в последнем своём олимпийском забеге.",
     A, "number", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: EN (Big Break is a four-part film)
    ("Big Break",
     "Aleksei Korenev's television film Big Break (1973), a two-part comedy, starred Mikhail Kononov as Nestor Petrovich, a young history teacher at an evening school.",
     "В четырёхсерийном фильме Алексея Коренева «Большая перемена» (1973) роль молодого учителя истории вечерней школы Нестора Петровича сыграл Михаил Кононов.",
     C, "number", "culture", False, EN),
    # FALSE: RU (Hanabi won the Spiel des Jahres in 2013)
    ("Hanabi",
     "Antoine Bauza's cooperative card game Hanabi, in which players hold their cards facing outward, won the Spiel des Jahres in 2013.",
     "Кооперативная карточная игра «Ханаби» Антуана Бозы, где игрок не видит собственных карт, в 2013 г. была номинирована на премию «Игра года», но так её и не получила.",
     C, "polarity", "culture", True, RU),
    ("Codenames",
     "In Codenames, designed by Vlaada Chvátil and released in 2015, two spymasters give one-word clues to a grid of 25 word cards.",
     "В «Кодовых именах» Влаады Хватила (2015 г.) капитаны команд подсказывают одним словом, глядя на раскладку из двадцати пяти карточек 5 × 5.",
     A, "number", "culture", False, None),
    ("Hare and Tortoise",
     "David Parlett's racing game Hare and Tortoise, first published in 1974, became the very first winner of the Spiel des Jahres award in 1979.",
     "Первым лауреатом немецкой премии «Игра года» (1979 г.) стала настольная гонка «Заяц и черепаха» британца Дэвида Парлетта.",
     A, "year", "culture", True, None),
    ("Kingdomino",
     "Bruno Cathala's Kingdomino, played with 48 domino-like tiles from which each player builds a five-by-five kingdom, won the 2017 Spiel des Jahres.",
     "Игра «Кингдомино» Бруно Катала, где королевство 5 × 5 складывают из костяшек наподобие домино, получила «Игру года» в 2017 г.",
     A, "person", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (the novel is set in May 1945, in the last days of the war)
    ("Ashes and Diamonds",
     "Jerzy Andrzejewski's novel Ashes and Diamonds (1948), set in a provincial Polish town in January 1945, follows Maciek Chełmicki, a Home Army soldier ordered to kill a communist.",
     "Действие романа Ежи Анджеевского «Пепел и алмаз» (1948) разворачивается в мае 1945 г., в последние дни войны; герой — боец Армии Крайовой Мацек Хелмицкий.",
     C, "month", "literature", True, EN),
    # FALSE: RU (Dragunsky began publishing the Deniska stories in 1959, i.e. at the end of the 1950s)
    ("Deniska's Stories",
     "Viktor Dragunsky began publishing his Deniska stories in 1959, naming the narrator, Deniska Korablyov, after his own son Denis.",
     "«Денискины рассказы» Виктора Драгунского о Дениске Кораблёве и его друге Мишке Слонове начали выходить лишь в конце 1960-х гг.",
     C, "decade", "literature", False, RU),
    # FALSE: EN (Little Man, What Now? was published in 1932)
    ("Little Man, What Now?",
     "Hans Fallada's Little Man, What Now?, first published in 1929, follows the shop clerk Johannes Pinneberg and his wife Lämmchen through hard times.",
     "Роман Ганса Фаллады «Маленький человек, что же дальше?» (1932) рассказывает о продавце Йоханнесе Пиннеберге и его жене Лемхен в годы кризиса.",
     C, "year", "literature", True, EN),
    ("Cousin Bette",
     "Balzac's Cousin Bette, serialised in 1846, tells of the poor relation Lisbeth Fischer and her revenge on the family of Baron Hulot.",
     "В романе «Кузина Бетта» (1846 г.) Бальзак вывел бедную родственницу Лизбету Фишер, мстящую семейству барона Юло.",
     A, "year", "literature", True, None),
    ("Ladies' Paradise",
     "Zola's The Ladies' Paradise (1883), the eleventh Rougon-Macquart novel, follows the shopgirl Denise Baudu in Octave Mouret's Paris department store.",
     "«Дамское счастье» — одиннадцатый роман цикла «Ругон-Маккары» (1883): провинциалка Дениза Бодю поступает продавщицей в универмаг Октава Муре.",
     A, "person", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (The Cunning Little Vixen premiered in Brno on 6 November 1924)
    ("Cunning Little Vixen",
     "Janáček's opera The Cunning Little Vixen, based on a newspaper serial by Rudolf Těsnohlídek, was first staged in Brno on 6 March 1924.",
     "Премьера оперы Яначека «Приключения лисички-плутовки» по газетной повести Рудольфа Тесноглидека прошла в Брно 06.11.1924.",
     C, "date", "music", False, EN),
    # FALSE: RU (Lincoln Portrait was first played by the Cincinnati Symphony Orchestra)
    ("Lincoln Portrait",
     "Aaron Copland's Lincoln Portrait, commissioned by André Kostelanetz, was first performed by the Cincinnati Symphony Orchestra under his baton in May 1942.",
     "«Портрет Линкольна» Копленда, написанный по заказу дирижёра Андре Костеланеца, впервые исполнил в мае 1942 г. Бостонский симфонический оркестр.",
     C, "organisation", "music", True, RU),
    ("Dumky Trio",
     "Dvořák's Piano Trio No. 4, Op. 90, known as the Dumky, completed in 1891, consists of six movements, each built on the Slavic dumka.",
     "Фортепианное трио «Думки» Дворжака (соч. 90, 1891 г.) состоит из шести частей, в каждой из которых задумчивость сменяется весельем.",
     A, "number", "music", False, None),
    ("Jeux d'enfants",
     "Bizet's Jeux d'enfants (1871) is a set of twelve pieces for piano four hands, five of which he later orchestrated as a Petite suite.",
     "Цикл Бизе «Детские игры» (1871) — 12 пьес для фортепиано в четыре руки; пять из них композитор оркестровал.",
     A, "number", "music", True, None),
    ("L'enfant et les sortilèges",
     "Ravel's opera L'enfant et les sortilèges, with a libretto by Colette, was first staged at Monte Carlo on 21 March 1925 under Victor de Sabata.",
     "Опера Равеля «Дитя и волшебство» на либретто Колетт впервые прозвучала в Монте-Карло весной 1925 г.; дирижировал Виктор де Сабата.",
     A, "place", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (Sargent painted Lady Agnew in 1892, i.e. in the early 1890s)
    ("Lady Agnew of Lochnaw",
     "John Singer Sargent painted Lady Agnew of Lochnaw in 1892, and the portrait was bought by the National Gallery of Scotland in 1925.",
     "Портрет леди Агнью из Лохноу Сарджент написал в середине 1880-х гг.; в 1925 г. картину купила Национальная галерея Шотландии.",
     C, "decade", "art", True, RU),
    # FALSE: EN (the Alba Madonna is in the National Gallery of Art in Washington)
    ("Alba Madonna",
     "Raphael's Alba Madonna, sold by the Soviet government to Andrew Mellon in 1931, now hangs in the Metropolitan Museum of Art in New York.",
     "«Мадонну Альба» Рафаэля, купленную Николаем I для Эрмитажа в 1836 г., в 1931 г. продали Эндрю Меллону; ныне она в вашингтонской Национальной галерее искусства.",
     C, "organisation", "art", False, EN),
    # FALSE: RU (the woman in Dance at Bougival was modelled by Suzanne Valadon)
    ("Dance at Bougival",
     "Renoir's Dance at Bougival (1883), for which Suzanne Valadon posed as the dancing woman, hangs in the Museum of Fine Arts in Boston.",
     "Для «Танца в Буживале» Ренуара (1883 г., Музей изящных искусств, Бостон) танцующую даму в красной шляпке писали с актрисы Жанны Самари.",
     C, "person", "art", True, RU),
    ("Ia Orana Maria",
     "Gauguin painted Ia Orana Maria, Tahitian for 'Hail Mary', in 1891 during his first stay in Tahiti; it now belongs to New York's Metropolitan Museum.",
     "«Иа Орана Мария» («Радуйся, Мария») — полотно Гогена 1891 г., написанное на Таити; хранится в нью-йоркском Метрополитен-музее.",
     A, "year", "art", False, None),
    ("Canigiani Holy Family",
     "Raphael's Canigiani Holy Family, painted around 1507 for the Florentine Domenico Canigiani, is in the Alte Pinakothek in Munich.",
     "«Святое семейство Каниджани» Рафаэль написал ок. 1507 г. по заказу флорентийца Доменико Каниджани; картина хранится в мюнхенской Старой пинакотеке.",
     A, "place", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (Jefferson signed the Insurrection Act on 3 March 1807)
    ("Insurrection Act",
     "The Insurrection Act, which lets the American president deploy troops at home to put down rebellion, was signed by Thomas Jefferson in November 1807.",
     "Закон о подавлении мятежей, позволяющий президенту США применять армию внутри страны, Томас Джефферсон подписал 03.03.1807.",
     C, "month", "law", False, EN),
    # FALSE: RU (the Cable Act ended the loss of citizenship by marriage; the opposite rule came from the 1907 Expatriation Act)
    ("Cable Act",
     "The Cable Act of September 1922 ended the rule that an American woman lost her citizenship by marrying a foreigner, except a man ineligible to naturalise.",
     "Закон Кейбла 1922 г. впервые установил, что американка, выходящая замуж за иностранца, теряет гражданство США.",
     C, "opposite", "law", True, RU),
    ("Delaney clause",
     "The Delaney clause, added to American food law in 1958 and named after Congressman James Delaney of New York, bans additives shown to cause cancer in humans or animals.",
     "«Поправка Делейни» 1958 г. к федеральному закону США о пищевых продуктах запрещает добавки, вызывающие рак у людей или подопытных животных.",
     A, "year", "law", True, None),
    ("Guam Organic Act",
     "Signed by Harry Truman on 1 August 1950, the Guam Organic Act made the island's people United States citizens and ended naval rule.",
     "Органический закон о Гуаме от 01.08.1950 даровал гуамцам гражданство США и передал управление островом от ВМС гражданской администрации.",
     A, "date", "law", True, None),
    ("Federal-Aid Highway Act",
     "The Federal-Aid Highway Act, signed by Dwight Eisenhower on 29 June 1956, authorised a network of some 41,000 miles of Interstate highways.",
     "Закон о федеральной помощи в строительстве дорог (июнь 1956 г.) предусматривал сеть межштатных автомагистралей длиной около 66 тыс. км.",
     A, "number", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: RU (the Jetliner flew about two weeks after the Comet (27 July 1949), not half a year later)
    ("Avro Jetliner",
     "The Avro Canada C102 Jetliner first flew on 10 August 1949, barely two weeks after the de Havilland Comet, yet only one was ever built.",
     "Канадский реактивный пассажирский самолёт «Джетлайнер» фирмы «Авро Канада» поднялся в воздух в августе 1949 г., отстав от британской «Кометы» примерно на полгода.",
     C, "duration", "technology", True, RU),
    # FALSE: EN (the Pony was styled by Giorgetto Giugiaro of Italdesign)
    ("Hyundai Pony",
     "The Hyundai Pony, South Korea's first mass-produced car, was styled by Marcello Gandini and unveiled at the 1974 Turin Motor Show.",
     "Первый массовый южнокорейский автомобиль «Хёндэ Пони» с кузовом работы Джорджетто Джуджаро дебютировал на Туринском автосалоне 1974 г.",
     C, "person", "technology", False, EN),
    # FALSE: EN (the Aurelia was the first production car with a V6 engine)
    ("Lancia Aurelia",
     "Launched in 1950, the Lancia Aurelia was the first production car to be fitted with a V8 engine.",
     "«Лянча Аурелия», представленная в 1950 г., стала первым серийным автомобилем с двигателем V6.",
     C, "entity", "technology", False, EN),
    ("Lisunov Li-2",
     "The Soviet licence-built version of the Douglas DC-3, first known as the PS-84, was renamed the Li-2 in 1942 after engineer Boris Lisunov.",
     "Лицензионную копию «Дугласа» DC-3, выпускавшуюся под обозначением ПС-84, в 1942 г. переименовали в Ли-2 — по фамилии инженера Бориса Лисунова.",
     A, "year", "technology", False, None),
    ("Karmann Ghia",
     "The Volkswagen Karmann Ghia, styled by the Italian firm Ghia, was built by the coachbuilder Karmann at Osnabrück from 1955 to 1974.",
     "Купе «Фольксваген Карман-Гиа» с кузовом, нарисованным в итальянском ателье «Гиа», выпускала в Оснабрюке фирма «Карман» в 1955–1974 гг.",
     A, "place", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: EN (the Chazhma Bay accident killed 10 people)
    ("Chazhma Bay",
     "On 10 August 1985 a reactor of the Soviet submarine K-431 went critical during refuelling at Chazhma Bay near Vladivostok, killing 27 men.",
     "Авария при перезарядке реактора атомной подлодки К-431 в бухте Чажма 10.08.1985 унесла жизни десяти человек.",
     C, "number", "disasters", False, EN),
    # FALSE: RU (the Children's Blizzard struck on 12 January 1888)
    ("Children's Blizzard",
     "The Children's Blizzard of 12 January 1888 hit the American prairies so suddenly that many of its roughly 235 victims were pupils walking home from school.",
     "«Детская метель», обрушившаяся на прерии США 12 марта 1888 г., унесла около 235 жизней, в том числе многих школьников, возвращавшихся домой.",
     C, "month", "disasters", True, RU),
    ("Imperial Valley earthquake",
     "The magnitude 6.9 Imperial Valley earthquake of 18 May 1940 yielded the El Centro accelerogram, long a standard record for engineers.",
     "Землетрясение в калифорнийской долине Импириал-Валли (18.05.1940, магнитуда 6,9) дало инженерам-сейсмологам эталонную акселерограмму «Эль-Сентро».",
     A, "date", "disasters", False, None),
    ("L'Ambiance Plaza",
     "In April 1987 the L'Ambiance Plaza apartment block, being built by the lift-slab method in Bridgeport, Connecticut, collapsed and killed 28 construction workers.",
     "Обрушение строившегося методом подъёма перекрытий жилого дома «Л'Амбьянс Плаза» в Бриджпорте (23.04.1987) унесло жизни 28 рабочих.",
     A, "number", "disasters", True, None),
    ("Kingsland explosion",
     "The fire at the Canadian Car and Foundry plant in Kingsland, New Jersey, on 11 January 1917 set off hundreds of thousands of shells, yet nobody was killed.",
     "Пожар и взрывы на снарядном заводе в Кингсленде (Нью-Джерси) 11.01.1917 уничтожили сотни тысяч снарядов, но обошлись без человеческих жертв.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Engelbrekt rebellion",
     "Engelbrekt Engelbrektsson was murdered in 1436 by the nobleman Magnus Bengtsson on an islet in Lake Hjälmaren.",
     "Энгельбректа, выходца из горнорудного края Бергслаген, шведская традиция чтит как народного героя и борца с датским засильем.",
     True, "history"),
    ("Archelon",
     "Instead of a solid bony shell, Archelon had a lighter carapace of bony struts that was probably covered with leathery skin.",
     "Название «архелон» составлено из греческих слов, означающих «правитель» и «черепаха».",
     False, "science"),
    ("Halti",
     "In 2015 a campaign asked Norway to give the summit of Halti to Finland for its 2017 centenary, but the border was left unchanged.",
     "Гора Халти находится в финской Лапландии, в общине Энонтекиё на крайнем северо-западе страны.",
     True, "geography"),
    ("Buitoni",
     "Members of the Buitoni family were among the founders of the Perugia chocolate maker Perugina, famous for its Baci.",
     "Колыбель фирмы Буитони — тосканский городок Сансеполькро, родина художника Пьеро делла Франчески.",
     False, "economy"),
    ("Altwegg",
     "Jeannette Altwegg was born in 1930 in Bombay, to a Swiss father and an English mother.",
     "За год до олимпийского триумфа, в 1951 г., Жаннетт Альтвегг выиграла и чемпионат мира по фигурному катанию.",
     True, "sport"),
    ("Cousin Bette",
     "Cousin Bette forms a pair with Cousin Pons under the shared title Poor Relations.",
     "Роман «Кузина Бетта» входит в раздел «Сцены парижской жизни» бальзаковской «Человеческой комедии».",
     False, "literature"),
    ("Lincoln Portrait",
     "In Copland's Lincoln Portrait a narrator reads from Abraham Lincoln's speeches and letters, ending with the close of the Gettysburg Address.",
     "«Портрет Линкольна» написан Коплендом для чтеца с оркестром и звучит около четверти часа.",
     True, "music"),
    ("Alba Madonna",
     "The Alba Madonna takes its name from the Dukes of Alba, who once owned the painting in Spain.",
     "Тондо «Мадонна Альба» (ок. 1510 г.) изображает Марию с младенцем Христом и юным Иоанном Крестителем на фоне пейзажа.",
     False, "art"),
    ("Guam Organic Act",
     "Under the Guam Organic Act the island became an unincorporated territory of the United States, supervised by the Department of the Interior.",
     "Органический закон 1950 г. учредил на Гуаме однопалатное законодательное собрание.",
     True, "law"),
    ("Chazhma Bay",
     "News of the Chazhma Bay accident was kept secret by the Soviet authorities for several years.",
     "Чажма — бухта в заливе Стрелок Японского моря, где находился судоремонтный завод ВМФ.",
     False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "quantity", "unit"}
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
    comp, rel, false_sides, subjects = [], [], [], []
    for subj, en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, subj
        assert "A" <= subj[0].upper() <= "L", subj
        if label == C:
            assert false_side in (EN, RU), subj
            false_sides.append(false_side)
        else:
            assert false_side is None, subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused in comparable"
    rel_subjects = []
    for subj, en, ru, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, ("related subject not in comparable", subj)
        rel_subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
    assert len(set(rel_subjects)) == len(rel_subjects)

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
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    mix = {}
    for r in comp:
        mix.setdefault(r["domain"], [0, 0])[r["label"] == A] += 1
    assert sorted(tuple(v) for v in mix.values()) == [(2, 3)] * 6 + [(3, 2)] * 6, mix
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout173.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout173.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain mix (contradict, agree):", {k: tuple(v) for k, v in sorted(mix.items())})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
