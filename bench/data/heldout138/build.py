#!/usr/bin/env python3
"""Build heldout138: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Royalists beaten at Nantwich were led by John, Lord Byron; Prince Rupert was not there)
    ("On 25 January 1644 Sir Thomas Fairfax's Parliamentarian relief force routed Lord Byron's Royalist besiegers outside Nantwich in Cheshire.",
     "Битва при Нантуиче (январь 1644 г.): парламентская армия Томаса Ферфакса сняла осаду города, разгромив роялистов принца Руперта.",
     C, "person", "history", True),
    # FALSE: RU (the battle of Mookerheyde was fought on 14 April 1574)
    ("On 14 April 1574, on the heath at Mook by the Meuse, Spanish troops under Sancho d'Ávila destroyed the army of Louis of Nassau, who died with his brother Henry.",
     "В сражении при Мокерхейде (июнь 1574 г.) испанцы Санчо д’Авилы разбили войско Людвига Нассауского; погибли и он сам, и его брат Генрих.",
     C, "month", "history", False),
    # FALSE: EN (Seneffe was fought on 11 August 1674)
    ("The bloody Battle of Seneffe in 1678 pitted the Great Condé against the young William of Orange in the Spanish Netherlands.",
     "11.08.1674 у Сенефа (ныне Бельгия) принц Конде атаковал отходившую армию Вильгельма Оранского — это был один из самых кровопролитных боёв Голландской войны.",
     C, "year", "history", True),
    ("Royal troops under Sir Thomas Dalyell of the Binns crushed the Covenanters of the Pentland Rising at Rullion Green on 28 November 1666.",
     "Восстание ковенантеров 1666 г. закончилось у Раллион-Грин в Пентлендских холмах: 28.11.1666 мятежников разбил генерал Томас Дальелл.",
     A, "date", "history", False),
    ("At Soor in north-eastern Bohemia, on 30 September 1745, Frederick the Great beat a larger Austro-Saxon army led by Prince Charles of Lorraine.",
     "Сражение при Зооре — эпизод Второй силезской войны: осенью 1745 г. Фридрих II одержал победу над превосходящей австро-саксонской армией Карла Лотарингского.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (the rule's 'missing planet' lay between Mars and Jupiter)
    ("The Titius–Bode rule predicted a missing planet between Jupiter and Saturn, and the discovery of Ceres in 1801 seemed to confirm it.",
     "Правило Тициуса — Боде указывало на «пропущенную» планету между Марсом и Юпитером; открытие Цереры в 1801 г. сочли его блестящим подтверждением.",
     C, "entity", "science", False),
    # FALSE: EN (Poynting's paper on the transfer of energy appeared in 1884)
    ("John Henry Poynting, a physicist at Mason College in Birmingham, described the flow of electromagnetic energy in a paper of 1894.",
     "Вектор Пойнтинга, задающий плотность потока электромагнитной энергии, назван в честь британского физика, опубликовавшего свою теорему в 1884 г.",
     C, "year", "science", True),
    ("In 1913 Leonor Michaelis and the Canadian physician Maud Menten published their kinetic study of the enzyme invertase, the origin of the Michaelis–Menten equation.",
     "Уравнение Михаэлиса — Ментен, описывающее скорость ферментативной реакции, появилось в совместной статье, написанной в Берлине и изданной в 1913 г.",
     A, "year", "science", False),
    ("The Ramachandran plot, charting the backbone dihedral angles phi and psi of proteins, was introduced in 1963 by G. N. Ramachandran and colleagues in Madras.",
     "Карту Рамачандрана — диаграмму допустимых углов φ и ψ белковой цепи — индийский биофизик предложил вместе с К. Рамакришнаном и В. Сасисекхараном в 1963 г.",
     A, "person", "science", True),
    ("Van Maanen's star, a white dwarf about 14 light-years away in Pisces, was found in 1917 by the Dutch-American astronomer Adriaan van Maanen.",
     "Звезда ван Маанена — ближайший к Солнцу одиночный белый карлик: расстояние до неё составляет около 4,3 парсека.",
     A, "number", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Vuoksi is about 156 km long, not 350)
    ("The Vuoksi drains Lake Saimaa, passes the Imatra rapids in Finland and, after roughly 350 kilometres, empties into Lake Ladoga.",
     "Вуокса вытекает из озера Сайма, пересекает финско-российскую границу и через 156 км впадает в Ладожское озеро.",
     C, "number", "geography", True),
    # FALSE: RU (the Nadym is about 545 km long)
    ("The Nadym, a river of the Yamalo-Nenets region, runs about 545 kilometres before emptying into the Gulf of Ob; the gas town of Nadym stands on it.",
     "Надым (длина — ок. 1045 км) несёт свои воды в Обскую губу Карского моря; на реке стоит одноимённый город газовиков.",
     C, "number", "geography", False),
    # FALSE: EN (the Sysola is a tributary of the Vychegda; Syktyvkar stands at their confluence)
    ("The Sysola, a river of the Komi Republic, is a tributary of the Pechora, and Syktyvkar grew up where the two rivers meet.",
     "Сысола — левый приток Вычегды; в месте их слияния стоит Сыктывкар, чьё коми-название означает «город на Сысоле».",
     C, "entity", "geography", True),
    ("The Tavda of western Siberia is formed where the Lozva and the Sosva meet and flows for some 720 kilometres to the Tobol.",
     "Тавда (719 км) образуется слиянием Лозьвы и Сосьвы и впадает в Тобол слева.",
     A, "number", "geography", False),
    ("Lake Turgoyak near Miass in the Chelyabinsk region, famed for its clear water, reaches a depth of about 36 metres.",
     "Тургояк под Миассом — одно из самых прозрачных озёр Урала; наибольшая глубина — 36,5 м, а на острове Веры найдены мегалиты.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Abel Rossignol's workshop was in Voiron, Isère, not Chamonix)
    ("Rossignol traces its history to 1907, when the carpenter Abel Rossignol made his first wooden skis in Voiron, in the Isère department.",
     "Лыжная марка Rossignol ведёт начало от мастерской в Шамони, где в 1907 г. столяр Абель Россиньоль выстрогал первые деревянные лыжи.",
     C, "place", "economy", False),
    # FALSE: EN (Tefal was taken over by Groupe SEB in 1968)
    ("Tefal, founded in 1956 by the engineer Marc Grégoire to sell non-stick pans, was taken over by its rival Moulinex in 1968.",
     "Компания Tefal (осн. 1956, Марк Грегуар) с 1968 г. входит в группу SEB; её название сложено из слов «тефлон» и «алюминий».",
     C, "organisation", "economy", True),
    # FALSE: RU (Joseph Opinel created the knife in 1890, i.e. the late 19th century)
    ("The Opinel folding knife was created in 1890 by Joseph Opinel, a young toolmaker from a mountain village in Savoie.",
     "Складной нож «Опинель» придумал савойский мастер Жозеф Опинель в начале XX в.; символ фирмы — коронованная рука.",
     C, "century", "economy", False),
    ("Marabou, the Swedish chocolate maker, was set up in 1916 in Sundbyberg, near Stockholm, by the Norwegian Johan Throne-Holst.",
     "Шведская шоколадная фабрика «Марабу» основана в 1916 г. норвежцем Юханом Трун-Хольстом, владельцем фирмы Freia.",
     A, "person", "economy", True),
    ("Ueli Prager opened the first Mövenpick restaurant in Zurich in 1948, and the name later spread to hotels and ice cream.",
     "«Мёвенпик» — швейцарская марка, родившаяся в Цюрихе в 1948 г.: ресторатор Уели Прагер открыл там первый ресторан будущей сети.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Vasala won the gold medal, beating Keino)
    ("Finland's Pekka Vasala won the 1500 metres at the 1972 Munich Olympics, outkicking the defending champion Kip Keino of Kenya.",
     "На Играх-1972 в Мюнхене финн Пекка Васала стал серебряным призёром в беге на 1500 м, уступив кенийцу Кипчоге Кейно.",
     C, "rank", "sport", True),
    # FALSE: EN (Roelants won the steeplechase at the Tokyo Games of 1964)
    ("Belgium's Gaston Roelants took Olympic gold in the 3000 metres steeplechase at the Rome Games and won the International Cross Country Championships four times.",
     "Бельгиец Гастон Рулантс — олимпийский чемпион Токио-1964 в беге на 3000 м с препятствиями и четырёхкратный победитель Международного чемпионата по кроссу.",
     C, "place", "sport", False),
    ("Gustav Thöni of South Tyrol won the overall Alpine Skiing World Cup four times between 1971 and 1975.",
     "Итальянец Густав Тёни — четырёхкратный обладатель Кубка мира по горнолыжному спорту в общем зачёте (1971–1973 и 1975 гг.).",
     A, "number", "sport", True),
    ("At Lillehammer in 1994 the Bavarian Markus Wasmeier won two Olympic titles, in the super-G and the giant slalom.",
     "Немецкий горнолыжник Маркус Васмайер стал двукратным олимпийским чемпионом Игр-1994, выиграв супергигант и гигантский слалом.",
     A, "number", "sport", False),
    ("Italian luger Armin Zöggeler won Olympic gold in 2002 and 2006 and took a medal at six consecutive Winter Games.",
     "Саночник Армин Цёггелер (Италия) — двукратный олимпийский чемпион (Солт-Лейк-Сити, Турин); медали он выигрывал на шести Олимпиадах подряд, с 1994 по 2014 г.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (Play-Doh was first sold as a toy in 1956, i.e. the 1950s)
    ("Play-Doh began life as a wallpaper cleaner made in Cincinnati and was first marketed as a children's modelling compound in the 1960s.",
     "Масса для лепки Play-Doh изначально была средством для чистки обоев; как детская игрушка она продаётся с 1956 г.",
     C, "decade", "culture", True),
    # FALSE: EN (Yahtzee is played with five dice)
    ("In Yahtzee, first marketed by Edwin S. Lowe in 1956, a player rolls six dice up to three times per turn to fill a scorecard.",
     "В игре Yahtzee, выпущенной Эдвином Лоу в 1956 г., участник за ход до трёх раз бросает пять кубиков, заполняя таблицу очков.",
     C, "number", "culture", False),
    # FALSE: RU (Number Place first appeared in Dell magazines in 1979)
    ("The puzzle now called sudoku first appeared in 1979 in Dell Pencil Puzzles and Word Games as Number Place, devised by Howard Garns.",
     "Прообраз судоку — головоломка американца Говарда Гарнса под названием Number Place — впервые напечатан журналами Dell в 1989 г.",
     C, "year", "culture", True),
    ("Stratego is played on a ten-by-ten board, each player commanding an army of 40 pieces whose ranks are hidden from the opponent.",
     "В «Стратего» каждый из двух игроков расставляет на поле 10×10 клеток по 40 фишек, повёрнутых к сопернику обратной стороной.",
     A, "number", "culture", False),
    ("Pictionary, the drawing-and-guessing game, was created by Rob Angel, a young Seattle waiter, and first published in 1985.",
     "Настольную игру Pictionary, где слова нужно угадывать по рисункам, придумал американец Роб Энджел; она вышла в середине 1980-х.",
     A, "person", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (it was Hardy's second published novel, after Desperate Remedies of 1871)
    ("Under the Greenwood Tree, Thomas Hardy's second published novel, came out anonymously in 1872 and follows the Mellstock church choir.",
     "«Под деревом зелёным» (1872) — первый опубликованный роман Томаса Харди, повесть о сельском церковном хоре Меллстока.",
     C, "rank", "literature", False),
    # FALSE: EN (the novel is set at Rugby School)
    ("Thomas Hughes's novel Tom Brown's School Days (1857) is set at Eton in the 1830s, under the headmastership of Dr Thomas Arnold.",
     "Роман Томаса Хьюза «Школьные годы Тома Брауна», вышедший в 1857 г., описывает школу Регби времён директора Томаса Арнольда.",
     C, "place", "literature", True),
    ("Senancour's Obermann, an epistolary novel published in 1804, drew little notice until the Romantics rediscovered it decades later.",
     "Роман в письмах «Оберман» Этьена Пивера де Сенанкура вышел в Париже в 1804 г.; позже им восхищались Жорж Санд и Ференц Лист.",
     A, "year", "literature", False),
    ("Hector Malot's Sans Famille (1878) follows the foundling Rémi, who is sold to the wandering street musician Vitalis.",
     "Герой романа Гектора Мало «Без семьи» — подкидыш Реми, странствующий по Франции со старым бродячим артистом Виталисом и его дрессированными животными.",
     A, "person", "literature", True),
    ("Zofloya, or The Moor, a Gothic novel by Charlotte Dacre, was published in 1806 under the pen name Rosa Matilda.",
     "Готический роман «Зофлойя, или Мавр» Шарлотты Дейкр (псевдоним Роза Матильда) увидел свет в начале XIX в. — в 1806 г.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (A Whiter Shade of Pale was number one in the UK for six weeks)
    ("Procol Harum's debut single, A Whiter Shade of Pale, spent six weeks at number one in Britain in the summer of 1967.",
     "Дебютный сингл Procol Harum «A Whiter Shade of Pale» (май 1967 г.) продержался на первом месте британского хит-парада лишь две недели.",
     C, "duration", "music", True),
    # FALSE: EN (Merry Xmas Everybody was the Christmas number one of 1973)
    ("Slade, the glam-rock band from Wolverhampton fronted by Noddy Holder, had the Christmas number one of 1983 with Merry Xmas Everybody.",
     "Рождественский хит Slade «Merry Xmas Everybody» возглавил британский чарт в декабре 1973 г.; солистом группы из Вулвергемптона был Нодди Холдер.",
     C, "decade", "music", False),
    ("Down Down, which reached number one in January 1975, remains the only British chart-topping single by Status Quo.",
     "Единственным синглом Status Quo, возглавившим британский хит-парад, стала песня «Down Down», вышедшая в конце 1974 г.",
     A, "rank", "music", True),
    ("Ultravox's Vienna, sung by Midge Ure, peaked at number two in Britain in early 1981, kept off the top by Joe Dolce's Shaddap You Face.",
     "Песня «Vienna» группы Ultravox в 1981 г. остановилась на второй строчке британского чарта — выше оказалась шуточная песенка Джо Долче.",
     A, "rank", "music", False),
    ("Smokie, a band from Bradford with Chris Norman on vocals, scored a hit in 1976 with Living Next Door to Alice.",
     "Хит «Living Next Door to Alice» британская группа Smokie из Брэдфорда во главе с Крисом Норманом выпустила в 1976 году.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (The Wet Meadow is in the Tretyakov Gallery)
    ("The Wet Meadow, painted in 1872 by Fyodor Vasilyev, who died the next year aged only 23, belongs to the Tretyakov Gallery.",
     "Картина Фёдора Васильева «Мокрый луг» (1872) хранится в Русском музее; художник умер в Ялте, не дожив до 24 лет.",
     C, "organisation", "art", False),
    # FALSE: RU (the painting hung in the bar of the Hoffman House hotel)
    ("Bouguereau's Nymphs and Satyr (1873) spent years above the bar of New York's Hoffman House hotel before reaching the Clark Art Institute.",
     "«Нимфы и сатир» Бугро (1873) долго висели в баре нью-йоркского отеля «Уолдорф-Астория», а теперь принадлежат Институту Кларка в Уильямстауне.",
     C, "entity", "art", True),
    # FALSE: EN (Pollice Verso was painted by Jean-Léon Gérôme)
    ("Pollice Verso, Alexandre Cabanel's 1872 canvas of a gladiator awaiting the crowd's verdict, now hangs in the Phoenix Art Museum.",
     "Картина Жана-Леона Жерома «Pollice verso» (1872), показавшая гладиатора в ожидании решения зрителей, хранится в Художественном музее Финикса.",
     C, "person", "art", False),
    ("John Constable painted Wivenhoe Park, the Essex estate of General Francis Slater-Rebow, in 1816; it is now in Washington's National Gallery of Art.",
     "Пейзаж «Уивенхоу-парк, Эссекс» Джон Констебл написал в 1816 г. по заказу владельца поместья; полотно находится в Вашингтоне.",
     A, "year", "art", True),
    ("Ruskin's attack on Whistler's Nocturne in Black and Gold led to an 1878 libel trial in which the painter won a single farthing in damages.",
     "В 1878 г. Уистлер выиграл иск о клевете против критика Джона Рёскина, осудившего «Ноктюрн в чёрном и золотом», но получил лишь фартинг компенсации.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (Roosevelt signed the Tillman Act on 26 January 1907)
    ("The Tillman Act, signed by Theodore Roosevelt in June 1907, was the first federal ban on corporate contributions to American election campaigns.",
     "Закон Тиллмана, подписанный 26.01.1907, впервые запретил корпорациям делать денежные взносы в федеральные избирательные кампании США.",
     C, "month", "law", True),
    # FALSE: RU (the Act created the Reclamation Service; the Forest Service dates from 1905 and has nothing to do with it)
    ("The Newlands Reclamation Act of 17 June 1902 set up the Reclamation Service to build irrigation works in the arid West, paid for by public land sales.",
     "Закон о мелиорации 1902 г., внесённый конгрессменом Фрэнсисом Ньюлендсом, учредил Лесную службу США для орошения засушливого Запада.",
     C, "organisation", "law", False),
    ("The Occasional Conformity Act of 1711, a Tory measure against Dissenters who took Anglican communion merely to qualify for office, was repealed in 1719.",
     "Закон о «случайной конформности», принятый британским парламентом в 1711 г., отменили уже через восемь лет — в 1719 г.",
     A, "year", "law", True),
    ("Gladstone's Railway Regulation Act of 1844 obliged British companies to run at least one daily train each way at a penny a mile.",
     "Закон 1844 г. о регулировании железных дорог ввёл «парламентские поезда»: раз в день в каждую сторону, по тарифу не выше пенни за милю.",
     A, "number", "law", False),
    ("Britain's Truck Act of 1831 required many employers to pay workers' wages in coin of the realm instead of goods or tokens.",
     "Принятый в 1831 г. британский закон против «трак-системы» обязывал хозяев платить рабочим деньгами, а не товарами из заводской лавки.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the Vectrex had its own built-in vector monitor and needed no TV set)
    ("The Vectrex console, launched in 1982, came with its own built-in vector monitor, so it did not need to be connected to a television.",
     "Приставка Vectrex (1982) использовала векторную графику и, как и большинство консолей того времени, подключалась к телевизору.",
     C, "polarity", "technology", False),
    # FALSE: RU (Winamp was written by Justin Frankel and Dmitry Boldyrev; Shawn Fanning created Napster)
    ("Winamp, the Windows MP3 player released in 1997, was written by Justin Frankel and Dmitry Boldyrev, whose company Nullsoft AOL bought in 1999.",
     "Плеер Winamp появился в 1997 г.; его создатель — Шон Фэннинг, а в 1999 г. фирму Nullsoft купила корпорация AOL.",
     C, "person", "technology", True),
    # FALSE: EN (the Merlin was liquid-cooled)
    ("The Rolls-Royce Merlin, an air-cooled 27-litre V12 first run in 1933, powered both the Spitfire and the Hurricane.",
     "Двигатель Rolls-Royce Merlin — V-образный 12-цилиндровый мотор жидкостного охлаждения объёмом 27 л; с ним летали «Спитфайр» и «Харрикейн».",
     C, "opposite", "technology", False),
    ("Sir Clive Sinclair launched the C5, a battery-powered electric tricycle with a top speed of 15 mph, on 10 January 1985.",
     "Электротрицикл Sinclair C5, представленный 10.01.1985, разгонялся не более чем до 24 км/ч и стал одним из самых известных провалов британской техники.",
     A, "date", "technology", True),
    ("Prestel, the viewdata service that sent pages of text over telephone lines to adapted television sets, was opened to the public by the British Post Office in 1979.",
     "Британская почта запустила Prestel — систему видеотекса, передававшую текстовые страницы по телефонной линии на экран телевизора, — в 1979 г.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Lake Illawarra struck the Tasman Bridge on 5 January 1975)
    ("On the night of 5 January 1975 the ore carrier Lake Illawarra struck the Tasman Bridge in Hobart, bringing down part of the roadway and killing twelve people.",
     "Катастрофа на мосту Тасман в Хобарте произошла 15.01.1975: балкер «Лейк-Иллаварра» врезался в опоры и обрушил часть настила, погибли 12 человек.",
     C, "date", "disasters", True),
    # FALSE: EN (the Valencia Metro derailment happened on 3 July 2006)
    ("In June 2006 a Line 1 train on the Valencia Metro derailed on a curve near Jesús station, killing 43 passengers.",
     "Крушение в метро Валенсии 3 июля 2006 г. унесло 43 жизни: состав первой линии на большой скорости сошёл с рельсов в тоннеле.",
     C, "month", "disasters", False),
    ("The Danish emigrant ship Norge ran onto Hasselwood Rock near Rockall on 28 June 1904, and more than 600 people drowned.",
     "Датский пароход «Норге», шедший из Копенгагена в Нью-Йорк с эмигрантами, разбился у скалы Роколл 28.06.1904; погибли около 635 человек.",
     A, "date", "disasters", True),
    ("Three passengers died on 25 January 2018 when a packed Trenord commuter train derailed at Pioltello, just east of Milan.",
     "Утром 25 января 2018 г. под Миланом, у Пиольтелло, сошёл с рельсов пригородный поезд; три человека погибли, десятки пострадали.",
     A, "number", "disasters", False),
    ("A chain of explosions tore through the San Pablito fireworks market in Tultepec, north of Mexico City, on 20 December 2016, killing 42 people.",
     "Взрывы на пиротехническом рынке Сан-Паблито в мексиканском Тультепеке 20.12.2016 унесли жизни более 40 человек.",
     A, "date", "disasters", False),
]

RELATED = [
    ("Seneffe, the village that gave the 1674 battle its name, lies in the Belgian province of Hainaut.",
     "Сражение при Сенефе стало одним из самых кровопролитных в Голландской войне 1672–1678 гг.",
     "Seneffe", False, "history"),
    ("The Finnish town of Imatra grew up around the Imatrankoski rapids of the Vuoksi.",
     "Недалеко от устья Вуоксы стоит город Приозерск — бывший Кексгольм.",
     "Vuoksi", True, "geography"),
    ("Tefal is now part of the French Groupe SEB, which also owns the Moulinex brand.",
     "По преданию, покрыть сковороду тефлоном инженера Марка Грегуара уговорила его жена Колетт.",
     "Tefal", True, "economy"),
    ("Gustav Thöni was born in 1951 in Trafoi, a small village in South Tyrol.",
     "Завершив спортивную карьеру, Густав Тёни стал личным тренером Альберто Томбы.",
     "Thoeni", False, "sport"),
    ("In Stratego the Marshal is the highest-ranking piece, yet it can be captured by the Spy if the Spy attacks first.",
     "Флаг в «Стратего» двигаться не может; цель игры — захватить флаг противника.",
     "Stratego", True, "culture"),
    ("Liszt named a piano piece in his Années de pèlerinage, Vallée d'Obermann, after Senancour's novel.",
     "Английский поэт Мэтью Арнольд посвятил памяти автора «Обермана» элегические стансы.",
     "Obermann", False, "literature"),
    ("Slade's single Cum On Feel the Noize went straight in at number one in Britain in 1973.",
     "Вокалист группы Slade Нодди Холдер родился в 1946 г. в Уолсолле.",
     "Slade", False, "music"),
    ("Whistler's Nocturne in Black and Gold: The Falling Rocket shows fireworks over Cremorne Gardens in Chelsea.",
     "Сегодня «Ноктюрн в чёрном и золотом» Уистлера хранится в Детройтском институте искусств.",
     "Nocturne in Black and Gold", True, "art"),
    ("As President of the Board of Trade, William Gladstone steered the Railway Regulation Act through Parliament.",
     "По закону 1844 г. «парламентские поезда» должны были идти со скоростью не менее 12 миль в час.",
     "Railway Regulation Act 1844", False, "law"),
    ("After the 1975 collision the Tasman Bridge stayed closed for more than two years, reopening in October 1977.",
     "Мост Тасман через реку Дервент соединяет центр Хобарта с восточным берегом.",
     "Tasman Bridge", True, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
# comparable domains with 3 contradict + 2 agree; the others have 2 + 3
THREE_C = {"history", "geography", "economy", "culture", "art", "technology"}


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
        src = f.read()
    return re.findall(r"#\s*FALSE:\s*(EN|RU)\b", src)


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
    assert len(THREE_C) == 6
    fs = false_sides()
    assert len(fs) == 30, len(fs)
    assert fs.count("EN") == 15 and fs.count("RU") == 15, count(fs)
    rel_doms = count(r["domain"] for r in rel)
    assert len(rel_doms) == 10, rel_doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout138.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout138.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false sides:", count(fs))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", rel_doms)


if __name__ == "__main__":
    main()
