#!/usr/bin/env python3
"""Build heldout150: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
false_side is None for agree rows.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Russian commander at Maciejowice was General Ivan Fersen; Suvorov stormed Praga a month later)
    ("At Maciejowice, south-east of Warsaw, on 10 October 1794, Russian troops under General Ivan Fersen routed the insurgent army and took the wounded Tadeusz Kościuszko prisoner.",
     "В сражении при Мацеёвицах (10.10.1794) русский корпус под командованием А. В. Суворова разбил повстанцев, а раненый Тадеуш Костюшко попал в плен.",
     C, "person", "history", True, RU),
    # FALSE: RU (the Battle of Zieleńce was fought on 18 June 1792)
    ("The Battle of Zieleńce, won on 18 June 1792 by Prince Józef Poniatowski over a Russian corps, led King Stanisław August to found the Virtuti Militari order.",
     "Победа князя Юзефа Понятовского над русскими войсками под Зеленцами, одержанная в июне 1791 г., послужила поводом для учреждения ордена Virtuti Militari.",
     C, "year", "history", False, RU),
    # FALSE: EN (the Battle of Ostrołęka was fought on 26 May 1831)
    ("At Ostrołęka on the Narew, on 26 July 1831, Field Marshal Diebitsch's Russian army defeated the Polish forces of General Jan Skrzynecki.",
     "Сражение под Остроленкой 14 (26) мая 1831 г. закончилось поражением польской армии Яна Скшинецкого от войск фельдмаршала Дибича.",
     C, "month", "history", True, EN),
    ("On 19 August 1812, at Valutino east of Smolensk, Ney's corps clashed with the Russian rearguard, and the French general Charles-Étienne Gudin was mortally wounded.",
     "Бой у Валутиной горы 7 (19) августа 1812 г. прикрыл отход русской армии от Смоленска; раненый генерал Павел Тучков попал в плен.",
     A, "date", "history", False, None),
    ("At Wörth in northern Alsace, on 6 August 1870, the Prussian Third Army of Crown Prince Frederick William defeated Marshal MacMahon's corps.",
     "Сражение при Вёрте (Фрёшвиллере) 6.08.1870: войска кронпринца Фридриха Вильгельма разгромили армию маршала Мак-Магона, и французы были вынуждены оставить Эльзас.",
     A, "person", "history", True, None),
    # ---------------- science (2 contradict + 3 agree) ----------------
    ("Microraptor, a crow-sized feathered dromaeosaur from the Early Cretaceous of Liaoning, was first described in 2000 by Xu Xing and colleagues.",
     "Микрораптор — небольшой оперённый динозавр из нижнемеловых отложений провинции Ляонин (Китай); род описан китайскими палеонтологами в 2000 г.",
     A, "year", "science", False, None),
    # FALSE: EN (Mamenchisaurus is named after the Mamenxi ferry in Sichuan, not Gansu)
    ("Mamenchisaurus, a sauropod with one of the longest necks known, was named in 1954 by C. C. Young after a ferry crossing in Gansu Province.",
     "Род мамэньсизавров, знаменитых чрезвычайно длинной шеей, получил название по переправе Мамэньси в провинции Сычуань; описан Ян Чжунцзянем в 1954 г.",
     C, "place", "science", False, EN),
    # FALSE: RU (Maleev took the claws for those of a giant turtle-like reptile, hence the name T. cheloniformis)
    ("When Evgeny Maleev named Therizinosaurus in 1954 from huge claws found in Mongolia, he believed they had belonged to a giant turtle-like reptile.",
     "Описывая в 1954 г. огромные когти из Монголии, Евгений Малеев назвал животное теризинозавром и отнёс их к гигантскому крокодилу.",
     C, "entity", "science", False, RU),
    ("Pachycephalosaurus, the dome-headed dinosaur of the latest Cretaceous of North America, was named in 1943 by Barnum Brown and Erich Schlaikjer.",
     "Пахицефалозавр с его толстым куполообразным черепом был описан Барнумом Брауном и Эрихом Шлайкьером в 1943 г.; он жил в конце мелового периода.",
     A, "year", "science", True, None),
    ("The familiar eye chart of block letters shrinking line by line was introduced in 1862 by the Dutch ophthalmologist Herman Snellen of Utrecht.",
     "Таблица Снеллена для проверки остроты зрения, созданная нидерландским офтальмологом Германом Снелленом, была опубликована в 1862 г.",
     A, "year", "science", True, None),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Watzmann is 2,713 m high)
    ("Rising above Berchtesgaden in the Bavarian Alps, the Watzmann, Germany's third-highest peak, reaches an elevation of about 2,913 metres.",
     "Вацман (2713 м) — третья по высоте вершина Германии; массив возвышается над Берхтесгаденом на юго-востоке Баварии.",
     C, "number", "geography", True, EN),
    # FALSE: RU (the Walchensee, up to about 190 m deep, is one of the deepest Alpine lakes in Germany)
    ("The Walchensee in the Bavarian Alps, up to about 190 metres deep, is one of the deepest and largest Alpine lakes in Germany.",
     "Вальхензе в Баварских Альпах — одно из самых мелких горных озёр Германии; с 1924 г. его воды питают ГЭС на соседнем Кохельзе.",
     C, "opposite", "geography", False, RU),
    # FALSE: EN (the Wilhelmstein was built in the 1760s, i.e. in the 18th century, not the 19th)
    ("Count Wilhelm of Schaumburg-Lippe raised the island fortress of Wilhelmstein in the Steinhuder Meer, the largest lake of Lower Saxony, in the 19th century.",
     "Крепость Вильгельмштайн на искусственном острове посреди озера Штайнхудер-Мер граф Вильгельм Шаумбург-Липпский построил в 1760-х гг.",
     C, "century", "geography", True, EN),
    ("The Vilaine, a river of roughly 220 kilometres, flows through Rennes and Redon before reaching the Atlantic in southern Brittany.",
     "Река Вилен, давшая вместе со своим притоком Иль имя департаменту Иль и Вилен, протекает через Ренн.",
     A, "place", "geography", False, None),
    ("The Noteć, the longest tributary of the Warta, is linked to the Vistula basin by the Bydgoszcz Canal, dug in 1773–74 under Frederick the Great.",
     "Нотець соединяется с Брдой, а через неё и с Вислой, Быдгощским каналом, построенным при Фридрихе II в последней четверти XVIII в.",
     A, "year", "geography", True, None),
    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: RU (Moncler was founded in Monestier-de-Clermont near Grenoble, not Chamonix)
    ("Moncler took its name from Monestier-de-Clermont, the Alpine village near Grenoble where René Ramillon and André Vincent founded it in 1952.",
     "Бренд Moncler основали в 1952 г. Рене Рамийон и Андре Венсан; компания появилась в альпийском городке Шамони.",
     C, "place", "economy", False, RU),
    # FALSE: EN (Gustav Paulig founded his trading house in 1876)
    ("The Finnish coffee roaster Paulig traces its history to a Helsinki trading house set up by the German-born Gustav Paulig in the 1890s.",
     "Финская кофейная компания Paulig ведёт историю с 1876 г., когда уроженец Германии Густав Паулиг открыл торговый дом в Гельсингфорсе.",
     C, "decade", "economy", True, EN),
    # FALSE: RU (Rostselmash opened in 1929)
    ("Rostselmash, the Rostov-on-Don works that became one of the Soviet Union's main makers of combine harvesters, opened in 1929.",
     "Ростовский завод сельхозмашин «Ростсельмаш», позднее крупнейший в СССР производитель зерноуборочных комбайнов, был открыт в 1931 г.",
     C, "year", "economy", False, RU),
    ("Pyaterochka, today one of Russia's biggest grocery chains, opened its first discount stores in St Petersburg in 1999.",
     "Сеть дискаунтеров «Пятёрочка» появилась в Петербурге в 1999 г.; среди её основателей был Андрей Рогачёв.",
     A, "year", "economy", True, None),
    ("The Moleskine notebook brand was launched in 1997 by the small Milan publisher Modo & Modo, borrowing a name used by Bruce Chatwin.",
     "Марка записных книжек Moleskine появилась в 1997 г. в Милане; название позаимствовано из прозы Брюса Чатвина.",
     A, "year", "economy", False, None),
    # ---------------- sport (3 contradict + 2 agree) ----------------
    # FALSE: EN (Petrenko won the gold medal at Albertville 1992)
    ("Skating for the Unified Team, Viktor Petrenko of Odessa took the silver medal in the men's event at the 1992 Albertville Olympics.",
     "Одессит Виктор Петренко выиграл олимпийское золото в мужском одиночном катании в Альбервиле-1992, выступая за Объединённую команду.",
     C, "rank", "sport", True, EN),
    # FALSE: RU (Saitiev was a three-time Olympic champion: 1996, 2004, 2008)
    ("Buvaisar Saitiev, the freestyle wrestler from Khasavyurt, won Olympic gold three times, in 1996, 2004 and 2008.",
     "Уроженец Хасавюрта Бувайсар Сайтиев — двукратный олимпийский чемпион по вольной борьбе (1996, 2004).",
     C, "number", "sport", False, RU),
    # FALSE: RU (Dimas took bronze in Athens in 2004)
    ("After three straight Olympic titles, Pyrros Dimas closed his weightlifting career in front of a home crowd in Athens in 2004, taking bronze.",
     "На домашней Олимпиаде в Афинах (2004) трёхкратный олимпийский чемпион Пиррос Димас завоевал серебро, после чего завершил карьеру.",
     C, "rank", "sport", True, RU),
    ("Evgeni Berzin won the 1994 Giro d'Italia, finishing ahead of Marco Pantani and Miguel Induráin.",
     "Евгений Берзин стал первым российским велогонщиком, выигравшим «Джиро д'Италия», — это случилось в 1994 г.",
     A, "year", "sport", False, None),
    ("Mizuki Noguchi of Japan won the women's marathon at the 2004 Athens Olympics, holding off Catherine Ndereba of Kenya.",
     "Японская бегунья Мидзуки Ногути стала олимпийской чемпионкой в марафоне на Играх 2004 г. в Афинах.",
     A, "year", "sport", True, None),
    # ---------------- culture (2 contradict + 3 agree) ----------------
    # FALSE: EN (Three from Prostokvashino was directed by Vladimir Popov)
    ("Three from Prostokvashino, the 1978 Soyuzmultfilm cartoon based on Eduard Uspensky's book, was directed by Roman Kachanov.",
     "Мультфильм «Трое из Простоквашино» (1978), снятый на «Союзмультфильме» режиссёром Владимиром Поповым, основан на повести Эдуарда Успенского.",
     C, "person", "culture", False, EN),
    # FALSE: EN (Tatort began on 29 November 1970)
    ("The first episode of the German crime series Tatort, 'Taxi nach Leipzig', went out on ARD on 19 November 1970.",
     "Сериал «Место преступления» (Tatort) стартовал 29.11.1970 эпизодом «Такси до Лейпцига» и идёт на ARD до сих пор.",
     C, "date", "culture", True, EN),
    ("The sirtaki is not a folk dance at all: it was devised in 1964 for the film Zorba the Greek, to music by Mikis Theodorakis.",
     "Танец сиртаки, который многие считают старинным греческим, на самом деле поставлен для фильма «Грек Зорба» (1964).",
     A, "year", "culture", False, None),
    ("Zumba grew out of classes improvised in the 1990s in Colombia by the dancer and fitness instructor Alberto 'Beto' Pérez.",
     "Фитнес-программу зумба придумал колумбийский хореограф Альберто «Бето» Перес; в 2001 г. в Майами была создана компания Zumba Fitness.",
     A, "person", "culture", True, None),
    ("The Ptichye Moloko ('bird's milk') cake was created in 1978 by the confectioner Vladimir Guralnik at Moscow's Praga restaurant.",
     "Торт «Птичье молоко» впервые испекли в московском ресторане «Прага» в 1978 г.; рецепт разработал кондитер Владимир Гуральник.",
     A, "year", "culture", False, None),
    # ---------------- literature (3 contradict + 2 agree) ----------------
    # FALSE: EN (Olesya was written by Aleksandr Kuprin)
    ("Olesya, Ivan Bunin's 1898 novella about a young 'witch' living deep in the forests of Polesye, ends in tragedy.",
     "Повесть Александра Куприна «Олеся» (1898) рассказывает о любви городского барина к девушке-«колдунье» из полесской глуши.",
     C, "person", "literature", True, EN),
    # FALSE: RU (Poil de carotte was published in 1894)
    ("Jules Renard's Poil de carotte, the story of a red-haired boy unloved by his mother, Madame Lepic, was published in 1894.",
     "Повесть Жюля Ренара «Рыжик» о нелюбимом матерью мальчике Франсуа Лепике вышла в 1904 г., а позднее её дважды экранизировал Дювивье.",
     C, "year", "literature", False, RU),
    # FALSE: EN (there are three children: Roberta, Peter and Phyllis)
    ("In E. Nesbit's The Railway Children, published as a book in 1906, four children and their mother move to a cottage beside a railway line.",
     "Героев повести Эдит Несбит «Дети железной дороги» (1906) трое — Роберта, Питер и Филлис; их отец несправедливо осуждён.",
     C, "number", "literature", True, EN),
    ("Nikolai Nosov's school story Vitya Maleev at School and at Home appeared in 1951 and earned its author a Stalin Prize the following year.",
     "За повесть «Витя Малеев в школе и дома» (1951) Николай Носов в 1952 г. получил Сталинскую премию.",
     A, "year", "literature", True, None),
    ("Stuart Little, E. B. White's 1945 children's novel about a mouse born into a New York family, was illustrated by Garth Williams.",
     "Сказочная повесть Элвина Брукса Уайта «Стюарт Литтл» о мышонке, родившемся в нью-йоркской семье, вышла в 1945 году.",
     A, "year", "literature", False, None),
    # ---------------- music (2 contradict + 3 agree) ----------------
    # FALSE: RU (Ricchi e Poveri won Sanremo in February 1985)
    ("Ricchi e Poveri, the pop group formed in Genoa in the late 1960s, won the Sanremo Festival in February 1985 with 'Se m'innamoro'.",
     "Генуэзская группа «Рикки э Повери» победила на фестивале в Сан-Ремо в июле 1985 г. с песней «Se m'innamoro».",
     C, "month", "music", False, RU),
    # FALSE: EN (Röyksopp come from Tromsø)
    ("Röyksopp, the electronic duo of Svein Berge and Torbjørn Brundtland, grew up in Trondheim and released their debut album Melody A.M. in 2001.",
     "Дуэт Röyksopp (Свейн Берге и Турбьёрн Брундтланн) родом из норвежского Тромсё; дебютный альбом «Melody A.M.» вышел в 2001 г.",
     C, "place", "music", True, EN),
    ("Vopli Vidoplyasova, the Ukrainian rock band fronted by Oleh Skrypka, was formed in Kyiv in 1986.",
     "Группа «Вопли Видоплясова» появилась в Киеве в 1986 г.; её вокалист и лидер — Олег Скрипка.",
     A, "year", "music", True, None),
    ("The French disco act Ottawan had its first big hit in 1979 with 'D.I.S.C.O.', followed two years later by 'Hands Up'.",
     "Французский дуэт Ottawan прославился в 1979 г. песней «D.I.S.C.O.»; в 1981-м вышел не менее известный хит «Hands Up».",
     A, "year", "music", False, None),
    ("Placebo, formed in London in 1994 by Brian Molko and Stefan Olsdal, released their self-titled debut album two years later.",
     "Лондонская группа Placebo собралась в 1994 г.; у её истоков стояли вокалист Брайан Молко и басист Стефан Олсдал.",
     A, "year", "music", True, None),
    # ---------------- art (2 contradict + 3 agree) ----------------
    # FALSE: RU (the portrait of Mäda Primavesi is in the Metropolitan Museum of Art, New York)
    ("Gustav Klimt's portrait of the nine-year-old Mäda Primavesi, painted in 1912–13, hangs in the Metropolitan Museum of Art in New York.",
     "Портрет девятилетней Мэды Примавези кисти Густава Климта (1912–1913) хранится в венской галерее Бельведер.",
     C, "organisation", "art", False, RU),
    # FALSE: EN (The Taking of the Snow Town was painted in 1891)
    ("Vasily Surikov painted The Taking of the Snow Town, a Siberian Shrovetide game remembered from his childhood, in the early 1880s.",
     "Картину «Взятие снежного городка» Суриков закончил в 1891 г.; сюжет навеян масленичными забавами его сибирского детства.",
     C, "decade", "art", True, EN),
    ("Jacques-Louis David began his portrait of Juliette Récamier, reclining on a Directoire sofa, in 1800 but never finished it.",
     "Незаконченный портрет мадам Рекамье работы Жака Луи Давида (1800) хранится в Лувре.",
     A, "year", "art", False, None),
    ("Turner's Ulysses Deriding Polyphemus, shown at the Royal Academy in 1829, is now in the National Gallery in London.",
     "Картина Уильяма Тёрнера «Улисс, насмехающийся над Полифемом» была выставлена в Королевской академии в 1829 г.",
     A, "year", "art", True, None),
    ("Ingres painted The Valpinçon Bather in 1808, while a pensioner in Rome; the nude seen from behind is now in the Louvre.",
     "Картина Энгра «Купальщица Вальпинсона» (1808), написанная во время пребывания художника в Риме, хранится в Лувре.",
     A, "year", "art", False, None),
    # ---------------- law (3 contradict + 2 agree) ----------------
    # FALSE: RU (Nix v. Hedden held that tomatoes are vegetables for tariff purposes)
    ("In Nix v. Hedden (1893) the US Supreme Court ruled that tomatoes count as vegetables, not fruit, for the purposes of the tariff.",
     "В деле «Никс против Хеддена» (1893) Верховный суд США постановил, что для таможенных целей помидоры следует считать фруктами.",
     C, "entity", "law", True, RU),
    # FALSE: EN (the Molasses Act was passed in 1733, i.e. in the 18th century)
    ("Passed by Parliament in the 17th century, the Molasses Act taxed foreign molasses imported into the American colonies at sixpence a gallon.",
     "Закон о патоке 1733 г. ввёл пошлину в шесть пенсов с галлона иностранной патоки, ввозимой в британские колонии Северной Америки.",
     C, "century", "law", False, EN),
    # FALSE: RU (Taft vetoed the Webb–Kenyon Act; Congress overrode the veto)
    ("The Webb–Kenyon Act of 1913, which barred shipping liquor into dry states, became law when Congress overrode President Taft's veto.",
     "Закон Уэбба — Кеньона (1913), запретивший ввоз спиртного в «сухие» штаты, президент Тафт подписал, не воспользовавшись правом вето.",
     C, "polarity", "law", False, RU),
    ("The Neuwirth Act of 28 December 1967, named after the Gaullist deputy Lucien Neuwirth, legalised contraception in France.",
     "Закон Нойвирта, разрешивший во Франции противозачаточные средства, был принят в декабре 1967 г.",
     A, "date", "law", False, None),
    ("The French law of 21 March 1884, steered through by Pierre Waldeck-Rousseau, gave trade unions legal recognition.",
     "Закон Вальдек-Руссо 1884 г. легализовал во Франции профессиональные союзы, запрещённые ещё в 1791 г. законом Ле Шапелье.",
     A, "year", "law", True, None),
    # ---------------- technology (2 contradict + 3 agree) ----------------
    # FALSE: EN (News Corp paid about $580 million)
    ("News Corporation bought the social network MySpace in July 2005 for about $850 million.",
     "В июле 2005 г. корпорация Руперта Мердока News Corp приобрела соцсеть MySpace за 580 млн долл.",
     C, "money", "technology", False, EN),
    # FALSE: RU (PostScript first shipped in the Apple LaserWriter; the HP LaserJet did not use it)
    ("Adobe's PostScript page-description language reached the market in 1985 inside Apple's LaserWriter printer.",
     "Язык описания страниц PostScript, созданный Джоном Уорноком и Чарльзом Гешке, впервые применили в 1985 г. в принтере HP LaserJet.",
     C, "entity", "technology", True, RU),
    ("The RAR archive format was created in 1993 by the Russian software engineer Eugene Roshal, whose WinRAR followed two years later.",
     "Формат архивов RAR разработал Евгений Рошал; первая версия архиватора появилась в 1993 г.",
     A, "year", "technology", False, None),
    ("WordPerfect, once the leading word processor for DOS, was bought by Novell in 1994 and sold to Corel only two years later.",
     "Текстовый редактор WordPerfect в 1996 г. перешёл к канадской компании Corel, купившей его у Novell.",
     A, "organisation", "technology", True, None),
    ("Japan's Rakuten agreed in February 2014 to buy the messaging app Viber for about $900 million.",
     "Мессенджер Viber, созданный Тальмоном Марко и Игорем Магазинником, в 2014 г. был куплен японской Rakuten за 900 млн долларов.",
     A, "money", "technology", False, None),
    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: RU (the train belonged to the Southern Railway, not the LNER)
    ("On 24 August 1927 a Southern Railway express hauled by the tank engine River Cray derailed near Sevenoaks in Kent, killing 13 people.",
     "Крушение у Севенокса (графство Кент) 24.08.1927: поезд Лондонской и Северо-Восточной железной дороги сошёл с рельсов, погибли 13 человек.",
     C, "organisation", "disasters", True, RU),
    # FALSE: EN (the main Petrinja earthquake struck on 29 December 2020)
    ("The magnitude 6.4 earthquake that devastated Petrinja in central Croatia struck on 22 December 2020, killing seven people.",
     "Землетрясение магнитудой 6,4, разрушившее хорватскую Петриню, произошло 29.12.2020; погибли семь человек.",
     C, "date", "disasters", False, EN),
    ("On 3 January 1944 a runaway Galician mail train crashed inside a tunnel at Torre del Bierzo in León, in Spain's worst railway disaster.",
     "Катастрофа в тоннеле у Торре-дель-Бьерсо (провинция Леон) 03.01.1944 унесла, по официальным данным, 78 жизней.",
     A, "date", "disasters", True, None),
    ("Methane blasts at the Severnaya coal mine in Vorkuta in late February 2016 killed 36 people, among them five rescuers.",
     "Авария на шахте «Северная» в Воркуте 25 февраля 2016 г. унесла жизни 36 человек, включая пятерых горноспасателей.",
     A, "number", "disasters", False, None),
    ("On the night of 4 May 1971 a quick-clay slide swallowed part of Saint-Jean-Vianney in Quebec, killing 31 people.",
     "Оползень в квебекском посёлке Сен-Жан-Вианне 04.05.1971 унёс 31 жизнь; после катастрофы посёлок был покинут.",
     A, "number", "disasters", True, None),
]

RELATED = [
    ("After his capture at Maciejowice, Kościuszko was held in St Petersburg until Paul I released him in 1796.",
     "Мацеёвице — село в Мазовецком воеводстве Польши, в Гарволинском повяте.",
     "Maciejowice", True, "history"),
    ("Microraptor carried long flight feathers on both its arms and its legs, giving it four wing-like surfaces.",
     "По сохранившимся отпечаткам перьев одной из особей микрораптора учёные восстановили его чёрное оперение с металлическим отливом.",
     "Microraptor", False, "science"),
    ("The Watzmann's east face is one of the highest rock walls in the Eastern Alps, rising about 1,800 metres.",
     "Согласно баварской легенде, Вацман — окаменевший жестокий король, а соседние вершины — его жена и дети.",
     "Watzmann", True, "geography"),
    ("Moncler down jackets were worn by the Italian expedition that made the first ascent of K2 in 1954.",
     "В 2003 г. бренд Moncler купил итальянский предприниматель Ремо Руффини.",
     "Moncler", False, "economy"),
    ("Buvaisar Saitiev's younger brother Adam Saitiev became Olympic freestyle wrestling champion in Sydney in 2000.",
     "На всех трёх победных для него Олимпиадах Бувайсар Сайтиев боролся в весовой категории до 74 кг.",
     "Saitiev", True, "sport"),
    ("In the film Zorba the Greek the famous closing dance is performed on the beach by Anthony Quinn and Alan Bates.",
     "Сиртаки обычно танцуют в линию, положив руки на плечи соседей, а темп постепенно ускоряется.",
     "Sirtaki", False, "culture"),
    ("The 1970 film of The Railway Children was shot on the Keighley and Worth Valley Railway in West Yorkshire.",
     "Повесть «Дети железной дороги» сначала печаталась частями в журнале в 1905 г.",
     "Railway Children", True, "literature"),
    ("Placebo's hit 'Pure Morning' came out in 1998 as a single from their second album.",
     "Дэвид Боуи записал с группой Placebo дуэтную версию их песни «Without You I'm Nothing».",
     "Placebo", False, "music"),
    ("The reclining couch known as a récamier takes its name from Juliette Récamier, whose pose David made famous.",
     "Жюльетта Рекамье держала в Париже знаменитый литературный салон; её близким другом был Шатобриан.",
     "Recamier", True, "art"),
    ("Petrinja lies on the Kupa river in Sisak-Moslavina County, south-east of Zagreb.",
     "За сутки до главного толчка, 28 декабря 2020 г., район Петрини уже тряхнуло землетрясением магнитудой около 5.",
     "Petrinja", False, "disasters"),
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
    false_sides = []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in (EN, RU), en
            false_sides.append(false_side)
        else:
            assert false_side is None, en
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
    assert count(false_sides) == {EN: 15, RU: 15}, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    cdoms = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(cdoms.values()) == [2] * 6 + [3] * 6, cdoms
    rdoms = count(r["domain"] for r in rel)
    assert len(rdoms) == 10 and set(rdoms.values()) == {1}, rdoms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout150.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout150.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", cdoms)
    print("related domains:", rdoms)


if __name__ == "__main__":
    main()
