#!/usr/bin/env python3
"""Build heldout167: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Koliivshchyna broke out in 1768, i.e. in the XVIII century)
    ("Koliivshchyna",
     "The Koliivshchyna, a haidamak rising in Right-bank Ukraine led by the Zaporozhian Cossack Maksym Zalizniak and the militia captain Ivan Gonta, broke out in 1768.",
     "Колиивщина — гайдамацкое восстание на Правобережной Украине, которое возглавили запорожец Максим Железняк и сотник Иван Гонта, — вспыхнула в середине XVII века.",
     C, "century", "history", True, RU),
    # FALSE: EN (the Astrakhan uprising lasted about eight months, from July 1705 to March 1706)
    ("Astrakhan uprising",
     "The Astrakhan uprising of 1705, sparked partly by Peter the Great's bans on beards and Russian dress, was crushed after just three weeks.",
     "Астраханское восстание стрельцов и посадских людей продолжалось около восьми месяцев: начавшись летом 1705 г., оно было подавлено лишь в марте 1706 г.",
     C, "duration", "history", False, EN),
    # FALSE: EN (John Fries was pardoned in 1800 by President John Adams, not Thomas Jefferson)
    ("Fries's Rebellion",
     "John Fries, sentenced to death for leading the 1799 revolt of Pennsylvania farmers against a federal property tax, was pardoned by President Thomas Jefferson.",
     "Джон Фрис, поднявший в 1799 г. пенсильванских фермеров против федерального налога на дома и землю, был приговорён к смерти, но в 1800 г. его помиловал президент Джон Адамс.",
     C, "person", "history", True, EN),
    ("Bacon's Rebellion",
     "In 1676 the Virginia planter Nathaniel Bacon led armed settlers against Governor William Berkeley, and in September his men set Jamestown on fire.",
     "Восстание Бэкона в Виргинии (1676 г.) достигло пика 19 сентября, когда мятежники сожгли Джеймстаун; сам Натаниэль Бэкон вскоре умер от дизентерии.",
     A, "year", "history", False, None),
    ("Ecnomus",
     "Fought off southern Sicily in 256 BC, the battle of Cape Ecnomus pitted some 330 Roman warships against about 350 Carthaginian ones and ended in Roman victory.",
     "У мыса Экном (256 г. до н. э.) около 330 римских кораблей под командованием консулов Марка Атилия Регула и Луция Манлия Вульсона разгромили карфагенский флот.",
     A, "number", "history", True, None),
    # ---------------- science ----------------
    # FALSE: RU (Kenneth Lacovara worked at Drexel University, not the University of Pennsylvania)
    ("Dreadnoughtus",
     "Dreadnoughtus schrani, a giant sauropod from Santa Cruz Province in Argentina, was described in 2014 by a team led by Kenneth Lacovara of Drexel University.",
     "Дредноутуса — гигантского зауропода из аргентинской Патагонии — описала в 2014 г. группа Кеннета Лаковары из Пенсильванского университета.",
     C, "organisation", "science", False, RU),
    # FALSE: EN (Gigantoraptor was named in 2007, not in the late 1990s)
    ("Gigantoraptor",
     "Gigantoraptor erlianensis, an oviraptorosaur roughly eight metres long from the Erlian Basin of Inner Mongolia, was named by Xu Xing and colleagues in the late 1990s.",
     "Гигантораптор — огромный родственник овирапторов длиной около 8 м — был описан Сюй Сином и соавторами в 2007 г. по скелету из Внутренней Монголии.",
     C, "decade", "science", True, EN),
    # FALSE: EN (Concavenator was found at Las Hoyas in Cuenca province, Spain, not in Portugal)
    ("Concavenator",
     "Concavenator corcovatus, a six-metre carnivorous dinosaur with a strange hump on its lower back, was described in 2010 from a skeleton found in Portugal.",
     "Конкавенатор, хищный динозавр с необычным горбом на спине, описан в 2010 г. по скелету из местонахождения Лас-Ойяс в испанской провинции Куэнка.",
     C, "place", "science", False, EN),
    ("Kosmoceratops",
     "With fifteen horns and hornlike spikes on its skull, Kosmoceratops from southern Utah is often called the most ornate-headed dinosaur known.",
     "У космоцератопса, описанного в 2010 г. по находкам в Юте, на черепе насчитывают 15 рогов и рогоподобных выростов — больше, чем у любого другого известного динозавра.",
     A, "number", "science", True, None),
    ("Chikungunya",
     "Chikungunya virus was first identified during a 1952 outbreak on the Makonde Plateau in what is now southern Tanzania.",
     "Вирус чикунгунья стал известен благодаря вспышке 1952 г. на плато Маконде в Танганьике (ныне Танзания); название болезни взято из языка маконде.",
     A, "year", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: RU (Lake Hillier lies on Middle Island in the Recherche Archipelago, Western Australia)
    ("Lake Hillier",
     "Lake Hillier, a bubble-gum pink salt lake about 600 metres long, lies on Middle Island, the largest island of the Recherche Archipelago off Western Australia.",
     "Розовое солёное озеро Хиллер длиной около 600 м находится на острове Кенгуру у южного побережья Австралии.",
     C, "place", "geography", False, RU),
    # FALSE: EN (Ilulissat Icefjord was inscribed on the World Heritage List in 2004)
    ("Ilulissat Icefjord",
     "Ilulissat Icefjord in western Greenland, fed by the fast-flowing Sermeq Kujalleq glacier, was added to UNESCO's World Heritage List in 1994.",
     "Ледяной фьорд Илулиссат на западе Гренландии, куда сползает ледник Сермек-Куяллек, внесён в список Всемирного наследия ЮНЕСКО в 2004 г.",
     C, "year", "geography", True, EN),
    # FALSE: RU (Lotus Peak is 1,864 m high)
    ("Huangshan",
     "Lotus Peak, the highest summit of the Huangshan range in China's Anhui province, rises to 1,864 metres.",
     "Высшая точка гор Хуаншань в провинции Аньхой — пик Лотос высотой 2864 м над уровнем моря.",
     C, "number", "geography", True, RU),
    ("Kapova Cave",
     "Palaeolithic paintings of mammoths, horses and rhinoceroses in Kapova Cave in Bashkortostan were discovered in 1959 by the zoologist Alexander Ryumin.",
     "Рисунки эпохи палеолита в Каповой пещере (Шульган-Таш) на реке Белой в 1959 г. обнаружил зоолог Александр Рюмин.",
     A, "person", "geography", False, None),
    ("Ilmensky reserve",
     "The Ilmensky reserve in the southern Urals was established on 14 May 1920, becoming the world's first nature reserve created to protect minerals.",
     "Ильменский заповедник близ Миасса учреждён декретом от 14.05.1920 как первый в мире минералогический заповедник.",
     A, "date", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: RU (Escada was named after a racehorse, not a yacht)
    ("Escada",
     "Escada, the fashion house founded in Munich in 1978 by Margaretha and Wolfgang Ley, took its name from a racehorse on which the couple had won a bet.",
     "Мюнхенский модный дом «Эскада» (осн. в 1978 г.) назван в честь прогулочной яхты, принадлежавшей супругам Лей.",
     C, "entity", "economy", False, RU),
    # FALSE: EN (the controlling stake in Jil Sander was bought by Prada, not Gucci)
    ("Jil Sander",
     "In 1999 the Italian group Gucci bought a controlling stake in Jil Sander, the Hamburg label whose founder soon walked out of her own company.",
     "В 1999 г. контрольный пакет гамбургской марки «Джил Сандер» купила итальянская группа Prada; вскоре основательница покинула собственную компанию.",
     C, "organisation", "economy", True, EN),
    ("Freixenet",
     "In 2018 Germany's Henkell bought just over half of Freixenet, the family-owned cava producer from Sant Sadurní d'Anoia in Catalonia.",
     "Каталонский производитель кавы «Фрешенет» с 2018 г. контролируется немецкой группой Henkell, которой принадлежит 50,67 % акций.",
     A, "year", "economy", False, None),
    ("Aquascutum",
     "Aquascutum, whose Latin name means 'water shield', was founded in London in 1851 by the tailor John Emary, maker of showerproof wool coats.",
     "Лондонская марка «Акваскутум» (осн. в 1851 г.) обязана названием латинским словам «вода» и «щит»: её основатель, портной Джон Эмэри, шил непромокаемые пальто.",
     A, "year", "economy", True, None),
    ("Desigual",
     "The Spanish clothing brand Desigual was founded in Barcelona in 1984 by the Swiss-born entrepreneur Thomas Meyer.",
     "Основатель барселонской марки одежды «Десигуаль» (1984 г.) — уроженец Швейцарии Томас Мейер; название по-испански значит «неодинаковый».",
     A, "person", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: RU (Konrads won the 1,500 m freestyle in Rome; in the 400 m he took bronze)
    ("John Konrads",
     "Riga-born Australian swimmer John Konrads won the 1,500 metres freestyle at the 1960 Rome Olympics.",
     "Австралиец Джон Конрадс, уроженец Риги, стал олимпийским чемпионом 1960 г. в Риме на дистанции 400 м вольным стилем.",
     C, "number", "sport", True, RU),
    # FALSE: EN (Dorothy Hamill won the Olympic title at Innsbruck in 1976)
    ("Dorothy Hamill",
     "American figure skater Dorothy Hamill, known for her short wedge haircut, won the Olympic title at Innsbruck in 1964.",
     "Американская фигуристка Дороти Хэмилл, чья короткая стрижка вошла в моду, выиграла Олимпиаду 1976 г. в Инсбруке.",
     C, "year", "sport", False, EN),
    # FALSE: RU (Gao Min won gold on the 3 m springboard in Barcelona too, not silver)
    ("Gao Min",
     "China's Gao Min was Olympic champion on the three-metre springboard twice, in Seoul in 1988 and in Barcelona in 1992.",
     "Китаянка Гао Минь выиграла золото в прыжках с трёхметрового трамплина в Сеуле-1988, а в Барселоне-1992 осталась второй.",
     C, "rank", "sport", True, RU),
    ("Heike Henkel",
     "German high jumper Heike Henkel won the Olympic title at the 1992 Barcelona Games, a year after becoming world champion in Tokyo.",
     "Немка Хайке Хенкель, чемпионка мира 1991 г., выиграла и олимпийское золото в прыжках в высоту — в Барселоне-1992.",
     A, "year", "sport", False, None),
    ("Kelly Holmes",
     "At the Athens Olympics in 2004 Kelly Holmes completed a rare middle-distance double, winning both the 800 metres and the 1,500 metres.",
     "На Олимпиаде-2004 в Афинах британка Келли Холмс выиграла две золотые медали — в беге на 800 и 1500 м.",
     A, "number", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: EN (Shurochka Azarova is played by Larisa Golubkina, not Lyudmila Gurchenko)
    ("Hussar Ballad",
     "In Eldar Ryazanov's Hussar Ballad (1962), Lyudmila Gurchenko plays Shurochka Azarova, a young woman who disguises herself as a cornet to fight Napoleon's army.",
     "В «Гусарской балладе» Эльдара Рязанова (1962) девицу Шурочку Азарову, переодевшуюся корнетом, сыграла Лариса Голубкина, а поручика Ржевского — Юрий Яковлев.",
     C, "person", "culture", True, EN),
    # FALSE: RU (koyaanisqatsi is a Hopi word, not a Navajo one)
    ("Koyaanisqatsi",
     "Godfrey Reggio's wordless 1982 film Koyaanisqatsi, scored by Philip Glass, takes its title from a Hopi word meaning 'life out of balance'.",
     "Название фильма Годфри Реджио «Койяанискаци» (1982) с музыкой Филипа Гласса — слово из языка навахо, означающее «жизнь, вышедшая из равновесия».",
     C, "entity", "culture", False, RU),
    ("Kalina krasnaya",
     "Vasily Shukshin wrote, directed and starred in The Red Snowball Tree (Kalina krasnaya), playing Yegor Prokudin, a thief released from prison who tries to start a new life.",
     "Вышедшую в 1974 г. «Калину красную» Василий Шукшин не только поставил по собственной повести, но и сыграл в ней вора-рецидивиста Егора Прокудина.",
     A, "person", "culture", True, None),
    ("Love and Doves",
     "Vladimir Menshov's comedy Love and Doves, filmed in 1984, stars Aleksandr Mikhailov as the pigeon-loving Vasily Kuzyakin and Nina Doroshina as his wife Nadya.",
     "Василия Кузякина в комедии Меньшова «Любовь и голуби» сыграл Александр Михайлов, его жену Надю — Нина Дорошина, а Раису Захаровну — Людмила Гурченко.",
     A, "person", "culture", False, None),
    ("Belorussky Station",
     "Andrei Smirnov's Belorussky Station, shot in 1970, follows four war veterans who meet again at the funeral of a wartime comrade a quarter of a century after the victory.",
     "В фильме Андрея Смирнова «Белорусский вокзал» (1970) четверо фронтовиков встречаются на похоронах однополчанина; песню для картины написал Булат Окуджава.",
     A, "year", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: EN (Solzhenitsyn was treated for cancer in Tashkent, not Alma-Ata)
    ("Cancer Ward",
     "Solzhenitsyn drew Cancer Ward from his own experience as a cancer patient treated at a clinic in Alma-Ata in 1954.",
     "Повесть Солженицына «Раковый корпус» основана на опыте самого автора, лечившегося от рака в ташкентской клинике в 1954 г.",
     C, "place", "literature", True, EN),
    # FALSE: RU (Farewell to Matyora was published in 1976)
    ("Farewell to Matyora",
     "Valentin Rasputin's 1976 novella Farewell to Matyora describes an island village on the Angara that is about to be flooded by a new hydroelectric dam.",
     "Повесть Валентина Распутина «Прощание с Матёрой», вышедшая в 1986 г., рассказывает о деревне на ангарском острове, обречённой на затопление водохранилищем ГЭС.",
     C, "year", "literature", False, RU),
    ("Gambrinus",
     "Kuprin's 1907 story Gambrinus is set in an Odessa beer cellar of that name, where the Jewish fiddler Sashka plays for sailors and dockers.",
     "Рассказ Куприна «Гамбринус» (1907) назван по одесской пивной, где играл на скрипке главный герой — музыкант Сашка.",
     A, "year", "literature", True, None),
    ("Dark Avenues",
     "The complete edition of Ivan Bunin's Dark Avenues, published in Paris in 1946, contains 38 short stories about love.",
     "Цикл рассказов Бунина «Тёмные аллеи» в полном виде (38 новелл о любви) вышел в Париже в 1946 г.; большую часть книги писатель создал в Грассе в годы войны.",
     A, "number", "literature", False, None),
    ("Live and Remember",
     "Published in 1974, Valentin Rasputin's Live and Remember tells of Nastyona, who secretly shelters her husband Andrei Guskov after he deserts from the army.",
     "В повести Распутина «Живи и помни» (1974) Настёна тайком укрывает мужа, Андрея Гуськова, сбежавшего с фронта в конце войны.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (the Circus Polka was commissioned by George Balanchine, not Léonide Massine)
    ("Circus Polka",
     "Stravinsky wrote his Circus Polka in 1942 at the request of George Balanchine, who choreographed it for the elephants of the Ringling Bros. circus.",
     "«Цирковую польку» (1942) Стравинский сочинил по заказу хореографа Леонида Мясина — для номера со слонами цирка братьев Ринглинг.",
     C, "person", "music", False, RU),
    # FALSE: EN (Le Grand Macabre was first staged in Stockholm on 12 April 1978)
    ("Le Grand Macabre",
     "György Ligeti's only opera, Le Grand Macabre, set in the imaginary land of Breughelland, was first staged at the Royal Swedish Opera in Stockholm on 12 October 1978.",
     "Опера Дьёрдя Лигети «Великий мертвиарх» впервые поставлена в Королевской опере Стокгольма 12.04.1978.",
     C, "date", "music", True, EN),
    ("Alpine Symphony",
     "Richard Strauss conducted the first performance of his Alpine Symphony in Berlin on 28 October 1915, with the Dresden court orchestra.",
     "«Альпийская симфония» Рихарда Штрауса впервые прозвучала 28.10.1915 в Берлине; её оркестр — свыше 100 музыкантов — включает машину ветра и громовой лист.",
     A, "date", "music", False, None),
    ("Ionisation",
     "Edgard Varèse's Ionisation, scored for thirteen percussion players, was premiered in New York in March 1933, conducted by Nicolas Slonimsky.",
     "«Ионизация» Эдгара Вареза для 13 ударников впервые исполнена в Нью-Йорке 06.03.1933 под управлением Николая Слонимского.",
     A, "number", "music", True, None),
    ("Jamala",
     "Ukraine's Jamala won the 2016 Eurovision Song Contest in Stockholm with '1944', a song about the deportation of the Crimean Tatars.",
     "Джамала принесла Украине победу на «Евровидении-2016» в Стокгольме с песней «1944».",
     A, "year", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (A Harlot's Progress has six scenes, not eight)
    ("Harlot's Progress",
     "William Hogarth's A Harlot's Progress, engraved and published in 1732, tells the story of the country girl Moll Hackabout in six scenes.",
     "Серия Уильяма Хогарта «Карьера проститутки» (гравюры изданы в 1732 г.) состоит из восьми сцен о судьбе провинциалки Молль Хэкебаут.",
     C, "number", "art", True, RU),
    # FALSE: EN (Chertomlyk was excavated by Zabelin in 1862-1863, i.e. in the 1860s)
    ("Chertomlyk",
     "The Scythian royal barrow of Chertomlyk near Nikopol, famous for its gilded silver amphora, was excavated by Ivan Zabelin in the 1880s.",
     "Скифский царский курган Чертомлык под Никополем раскопал в 1862–1863 гг. И. Е. Забелин; найденная там серебряная амфора хранится в Эрмитаже.",
     C, "decade", "art", False, EN),
    ("Flying Carpet",
     "Viktor Vasnetsov painted The Flying Carpet in 1880 on a commission from the industrialist Savva Mamontov; it now hangs in Nizhny Novgorod.",
     "Картину «Ковёр-самолёт» (1880) Виктор Васнецов написал по заказу Саввы Мамонтова для правления Донецкой железной дороги.",
     A, "person", "art", True, None),
    ("Beat the Whites with the Red Wedge",
     "El Lissitzky's poster Beat the Whites with the Red Wedge, made in Vitebsk in 1919, shows a red triangle piercing a white circle.",
     "Плакат Эль Лисицкого «Клином красным бей белых» (1919 г.) — красный треугольник, врезающийся в белый круг, — аллегория Гражданской войны.",
     A, "year", "art", False, None),
    ("Girl with a Fan",
     "Gauguin painted Girl with a Fan in 1902 on Hiva Oa in the Marquesas; the canvas belongs to the Museum Folkwang in Essen.",
     "Картина Поля Гогена «Девушка с веером» (1902), написанная на Маркизских островах, хранится в музее Фолькванг в Эссене.",
     A, "place", "art", True, None),
    # ---------------- law ----------------
    # FALSE: RU (the Acerbo Law's threshold was 25 per cent of the vote)
    ("Acerbo Law",
     "Italy's Acerbo Law of 1923 handed two-thirds of the Chamber's seats to the list with the most votes, provided it won at least 25 per cent.",
     "Закон Ачербо (1923 г.) отдавал две трети мест в палате депутатов списку, набравшему наибольшее число голосов, но не менее 40 %.",
     C, "percent", "law", False, RU),
    # FALSE: EN (the Dima Yakovlev Law was signed on 28 December 2012)
    ("Dima Yakovlev Law",
     "Named after a Russian-born toddler who died in a hot car in Virginia, the Dima Yakovlev Law banning adoptions of Russian children by Americans was signed in November 2012.",
     "«Закон Димы Яковлева», запрещающий гражданам США усыновлять российских детей, был подписан 28 декабря 2012 г. и вступил в силу 01.01.2013.",
     C, "month", "law", True, EN),
    # FALSE: RU (Hoover vetoed the act; Congress overrode the veto)
    ("Hare–Hawes–Cutting Act",
     "The Hare–Hawes–Cutting Act, which promised the Philippines independence after ten years, became law in January 1933 when Congress overrode President Herbert Hoover's veto.",
     "Закон Хейра — Хоуза — Каттинга, обещавший Филиппинам независимость через десять лет, вступил в силу в январе 1933 г., после того как его подписал президент Гувер.",
     C, "opposite", "law", True, RU),
    ("Currency Act",
     "Britain's Currency Act of 1764 barred the American colonies from issuing paper money as legal tender, deepening the quarrel over colonial finances.",
     "Принятый британским парламентом в 1764 г. закон о валюте запрещал американским колониям выпускать бумажные деньги в качестве законного платёжного средства.",
     A, "year", "law", False, None),
    ("Law on Cooperation",
     "Adopted on 26 May 1988, the Soviet Law on Cooperation allowed private cooperatives to operate in manufacturing, services and trade.",
     "Закон «О кооперации в СССР», принятый 26.05.1988, разрешил частным кооперативам заниматься производством, торговлей и услугами.",
     A, "date", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: EN (the cannon on Salyut 3 was test-fired in orbit after the crew had left)
    ("Almaz",
     "Salyut 3, a military Almaz station launched in 1974, carried a modified aircraft cannon that was never fired in space.",
     "На военной станции «Алмаз» (Салют-3, запуск 1974 г.) стояла авиационная пушка, которую испытали стрельбой на орбите уже после отлёта экипажа.",
     C, "polarity", "technology", False, EN),
    # FALSE: RU (Krasnoyarsk is Russia's second-largest hydroelectric plant, after Sayano-Shushenskaya)
    ("Krasnoyarsk Dam",
     "With a capacity of 6,000 megawatts, the Krasnoyarsk hydroelectric station on the Yenisei near Divnogorsk is the second-largest in Russia, after Sayano-Shushenskaya.",
     "Красноярская ГЭС на Енисее у Дивногорска мощностью 6000 МВт — крупнейшая гидроэлектростанция России.",
     C, "rank", "technology", False, RU),
    ("Kaleidoscope",
     "The kaleidoscope was invented by the Scottish physicist David Brewster in 1816 and patented by him the following year.",
     "Калейдоскоп изобрёл шотландский физик Дэвид Брюстер; патент на прибор он получил в 1817 г.",
     A, "year", "technology", False, None),
    ("Kirovets K-700",
     "The Kirov Plant in Leningrad began series production of the K-700 Kirovets, a heavy articulated wheeled tractor, in 1962.",
     "Колёсный трактор К-700 «Кировец» с шарнирно-сочленённой рамой начали серийно выпускать на Кировском заводе в Ленинграде в 1962 г.",
     A, "year", "technology", True, None),
    ("GAZ-13 Chaika",
     "The GAZ-13 Chaika, a V8-powered limousine for senior Soviet officials, was built at the Gorky Automobile Plant from 1959 to 1981.",
     "Представительский лимузин ГАЗ-13 «Чайка» с двигателем V8 выпускался Горьковским автозаводом в 1959–1981 гг.",
     A, "year", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: RU (the Farnborough crash happened on 6 September 1952)
    ("Farnborough air show crash",
     "On 6 September 1952 a de Havilland DH.110 broke up during a display at the Farnborough Air Show, killing its two crew and 29 spectators.",
     "На авиашоу в Фарнборо 06.08.1952 в воздухе разрушился истребитель DH.110: погибли пилот Джон Дерри, его наблюдатель и 29 зрителей.",
     C, "date", "disasters", False, RU),
    # FALSE: EN (LOT Flight 5055 was an Ilyushin Il-62M, not a Tu-154)
    ("LOT Flight 5055",
     "LOT Flight 5055, a Tupolev Tu-154 bound for New York, crashed in Kabaty Woods on the edge of Warsaw on 9 May 1987, killing all 183 people aboard.",
     "Ил-62М авиакомпании LOT, выполнявший рейс 5055 в Нью-Йорк, 09.05.1987 рухнул в Кабатском лесу под Варшавой; погибли все 183 человека на борту.",
     C, "entity", "disasters", True, EN),
    # FALSE: EN (Lauda Air Flight 004 crashed on 26 May 1991)
    ("Lauda Air Flight 004",
     "Lauda Air Flight 004, a Boeing 767 bound for Vienna, crashed in Thailand on 26 March 1991 after a thrust reverser deployed in flight; all 223 aboard died.",
     "Boeing 767 компании Lauda Air (рейс 004 из Бангкока в Вену) разбился в Таиланде 26.05.1991 из-за самопроизвольного включения реверса тяги; погибли 223 человека.",
     C, "month", "disasters", False, EN),
    ("Hawks Nest Tunnel",
     "Hundreds of workers died of silicosis after drilling the Hawks Nest Tunnel through silica-rich rock in West Virginia in 1930 and 1931.",
     "При прокладке тоннеля Хокс-Нест в Западной Виргинии в 1930–1931 гг. сотни рабочих надышались кварцевой пылью и умерли от силикоза.",
     A, "year", "disasters", True, None),
    ("Düzce earthquake",
     "The magnitude 7.2 earthquake that struck Düzce in north-western Turkey on 12 November 1999 killed about 845 people.",
     "Землетрясение в турецкой провинции Дюздже (12.11.1999, магнитуда 7,2) унесло свыше 800 жизней — меньше чем через три месяца после Измитского.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Ecnomus",
     "The Greek historian Polybius is the main ancient source for the battle of Cape Ecnomus.",
     "После победы у мыса Экном римская армия консула Регула высадилась в Северной Африке.",
     True, "history"),
    ("Chikungunya",
     "In 2005 and 2006 an epidemic of chikungunya swept the French island of Réunion in the Indian Ocean, infecting roughly a third of its inhabitants.",
     "Вирус чикунгунья передаётся человеку через укусы комаров Aedes aegypti и Aedes albopictus.",
     False, "science"),
    ("Huangshan",
     "Huangshan was inscribed on the UNESCO World Heritage List in 1990 as both a natural and a cultural site.",
     "Горы Хуаншань с причудливыми соснами на гранитных скалах веками вдохновляли китайских живописцев и поэтов.",
     True, "geography"),
    ("Escada",
     "After filing for insolvency in 2009, Escada was bought later that year by Megha Mittal.",
     "Соосновательница «Эскады» Маргарета Лей родилась в Швеции и в молодости работала манекенщицей.",
     False, "economy"),
    ("Kelly Holmes",
     "Before turning to full-time athletics, Kelly Holmes served for nearly a decade in the British Army.",
     "В 2005 г. Келли Холмс получила титул дамы-командора ордена Британской империи.",
     True, "sport"),
    ("Cancer Ward",
     "The hero of Cancer Ward, Oleg Kostoglotov, is a former prisoner sent into internal exile in Kazakhstan.",
     "В СССР «Раковый корпус» Солженицына впервые напечатали лишь в 1990 г., в журнале «Новый мир».",
     False, "literature"),
    ("Jamala",
     "Jamala, whose real name is Susana Jamaladinova, was born in 1983 in Osh, in what was then Soviet Kirghizia.",
     "Джамала стала второй представительницей Украины, выигравшей «Евровидение», — после Русланы в 2004 г.",
     True, "music"),
    ("Harlot's Progress",
     "Hogarth's six original paintings for A Harlot's Progress were destroyed in a fire at Fonthill House in 1755.",
     "В последней сцене хогартовской «Карьеры проститутки» Молль хоронят: героиня умерла в 23 года.",
     False, "art"),
    ("Acerbo Law",
     "The Acerbo Law took its name from Giacomo Acerbo, the Fascist deputy who drafted it.",
     "Выборы 1924 г., проведённые по закону Ачербо, принесли возглавляемому фашистами «большому списку» большинство мест в палате.",
     True, "law"),
    ("Farnborough air show crash",
     "John Derry, the pilot killed at Farnborough in 1952, had been the first Briton to fly faster than sound.",
     "Катастрофа 1952 г. в Фарнборо заставила ужесточить правила британских авиашоу: самолётам запретили пролетать над зрителями.",
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

    with open(os.path.join(here, "comparable_heldout167.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout167.jsonl"), "w", encoding="utf-8") as f:
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
