#!/usr/bin/env python3
"""Build heldout145: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "EN" or "RU" for contradict rows and None for agree rows.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Battle of Hemmingstedt was fought on 17 February 1500)
    ("On 17 February 1500 the peasant levies of Dithmarschen, fighting among flooded ditches near Hemmingstedt, wiped out the army of King John of Denmark.",
     "Битва при Хеммингштедте (17 марта 1500 г.): крестьяне Дитмаршена, открыв шлюзы и затопив поля, уничтожили войско датского короля Ханса и наёмную «Чёрную гвардию».",
     C, "month", "history", True, "RU"),
    # FALSE: EN (at Fulford Harald Hardrada and Tostig defeated the earls Edwin and Morcar)
    ("At Fulford, just south of York, on 20 September 1066, the northern earls Edwin and Morcar routed the invading army of Harald Hardrada and Tostig.",
     "20.09.1066 у Фулфорда, под Йорком, норвежский король Харальд Суровый и изгнанный из Англии Тостиг разгромили ополчение эрлов Эдвина и Моркара.",
     C, "opposite", "history", False, "EN"),
    # FALSE: RU (the battle at the Achelous near Anchialus took place in 917)
    ("On 20 August 917, near the Black Sea fortress of Anchialus, Tsar Simeon I of Bulgaria annihilated a Byzantine army commanded by Leo Phokas.",
     "Битва у реки Ахелой близ Анхиала, где болгарский царь Симеон наголову разбил византийцев Льва Фоки, произошла в августе 927 г.",
     C, "year", "history", False, "RU"),
    ("On 13 July 1260, by Lake Durbe in Courland, Samogitian warriors crushed the Livonian Order, and its master Burchard von Hornhausen fell in the fighting.",
     "Битва при Дурбе (13.07.1260): жемайты разгромили ливонских рыцарей, а ландмейстер ордена Бурхард фон Хорнхаузен погиб вместе с полутора сотнями братьев-рыцарей.",
     A, "date", "history", True, None),
    ("In the Battle of Eckernförde on 5 April 1849, Schleswig-Holstein shore batteries destroyed the Danish ship of the line Christian VIII and captured the frigate Gefion.",
     "5 апреля 1849 г. датская эскадра потерпела у Эккернфёрде унизительное поражение от береговых батарей: линкор «Кристиан VIII» взорвался, а фрегат «Гефион» был захвачен.",
     A, "entity", "history", False, None),
    # ---------------- science (3 contradict + 2 agree) ----------------
    # FALSE: EN (the International Cometary Explorer was a NASA spacecraft)
    ("On 11 September 1985 the European Space Agency's International Cometary Explorer flew through the tail of comet Giacobini–Zinner, the first spacecraft ever to meet a comet.",
     "Комета Джакобини — Циннера стала первой, к которой приблизился космический аппарат: 11.09.1985 зонд NASA ICE прошёл сквозь её плазменный хвост.",
     C, "organisation", "science", True, "EN"),
    # FALSE: EN (the type specimen of Elasmosaurus came from Kansas)
    ("Elasmosaurus, a long-necked plesiosaur dug up in Wyoming, was named by Edward Drinker Cope in 1868, who famously put its skull on the end of the tail.",
     "Эласмозавр из меловых отложений Канзаса описан Э. Д. Коупом в 1868 г.; реконструируя скелет, Коуп ошибочно поместил голову на конец хвоста.",
     C, "place", "science", False, "EN"),
    # FALSE: RU (the Kabwe skull was found in 1921)
    ("The Kabwe skull, also known as Broken Hill 1, was dug out of a lead and zinc mine in Northern Rhodesia, now Zambia, in 1921.",
     "Череп из Кабве (Брокен-Хилл) нашли в 1930-х гг. рабочие свинцово-цинкового рудника в Северной Родезии — нынешней Замбии.",
     C, "decade", "science", True, "RU"),
    ("Helicoprion, the Permian fish famous for its spiral whorl of teeth, was described in 1899 by the Russian geologist Alexander Karpinsky.",
     "Геликоприона с его спиральной «пилой» из зубов описал по находке из пермских отложений Урала академик А. П. Карпинский (1899).",
     A, "person", "science", False, None),
    ("The branching discharge patterns now called Lichtenberg figures were first described by the Göttingen physicist Georg Christoph Lichtenberg in 1777.",
     "Фигуры Лихтенберга — древовидные узоры электрического разряда — открыл в 1777 г. немецкий физик Г. К. Лихтенберг, экспериментируя с пылью на пластине электрофора.",
     A, "year", "science", True, None),
    # ---------------- geography (2 contradict + 3 agree) ----------------
    # FALSE: EN (the Kizilirmak is the longest river lying entirely within Turkey)
    ("The Kızılırmak, the Halys of antiquity, is the second-longest river flowing entirely within Turkey and reaches the Black Sea near Bafra.",
     "Кызылырмак (античный Галис) длиной около 1355 км — самая длинная река, целиком протекающая по территории Турции; впадает она в Чёрное море.",
     C, "rank", "geography", False, "EN"),
    # FALSE: RU (Mummery and Zurfluh made the first ascent in 1888)
    ("Dykh-Tau, a peak of about 5,200 metres in the central Caucasus, was first climbed in 1888 by the Englishman Albert Mummery and the Swiss guide Heinrich Zurfluh.",
     "Впервые на Дыхтау (5204 м) поднялись в 1898 г. англичанин Альберт Маммери и швейцарский проводник Генрих Цурфлю.",
     C, "year", "geography", True, "RU"),
    ("Islanders on Foula, west of the Shetland mainland, still follow the old Julian calendar for festivities, celebrating Christmas on 6 January and New Year on 13 January.",
     "На шетландском острове Фула праздники до сих пор отмечают по юлианскому календарю: Рождество — 6 января, а Новый год — 13-го.",
     A, "date", "geography", False, None),
    ("The Alazani, roughly 350 km long, drains the wine-growing Kakheti valley and forms part of the border between Georgia and Azerbaijan.",
     "Алазани (длина 351 км) — главная река Кахетии; в нижнем течении по ней проходит граница Грузии и Азербайджана, а впадает она в Мингечаурское водохранилище.",
     A, "number", "geography", True, None),
    ("The Kalmius, a steppe river of about 209 kilometres, flows through Donetsk and enters the Sea of Azov at Mariupol.",
     "Река Кальмиус протекает через Донецк и впадает в Азовское море в черте Мариуполя; её длина — 209 км.",
     A, "place", "geography", False, None),
    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: RU (Gebert's workshop was in Rapperswil, not Zurich)
    ("Geberit traces its origins to a plumbing workshop opened in Rapperswil, Switzerland, in 1874 by Caspar Melchior Albert Gebert.",
     "Компания Geberit ведёт историю с 1874 г., когда Каспар Мельхиор Альберт Геберт открыл сантехническую мастерскую в Цюрихе.",
     C, "place", "economy", True, "RU"),
    # FALSE: EN (Karl Scheufele bought Chopard in 1963)
    ("In the 1970s the Pforzheim jeweller Karl Scheufele bought Chopard, the watchmaker that Louis-Ulysse Chopard had founded in the Swiss Jura.",
     "В 1963 г. часовую мануфактуру Chopard, основанную в 1860-м Луи-Юлисом Шопаром, выкупил пфорцхаймский ювелир Карл Шойфеле.",
     C, "decade", "economy", False, "EN"),
    # FALSE: EN (Spam was launched in 1937)
    ("Hormel Foods, founded by George A. Hormel in Austin, Minnesota, launched its canned pork product Spam in 1947.",
     "Консервы Spam компания Hormel из Остина (штат Миннесота) выпустила в 1937 г., за несколько лет до того, как они вошли в армейский паёк.",
     C, "year", "economy", True, "EN"),
    ("Cummins was founded in Columbus, Indiana, in 1919 by the mechanic Clessie Cummins with backing from the local banker William G. Irwin.",
     "Компания Cummins появилась в 1919 г. в городке Колумбус (штат Индиана); её основал механик Клесси Камминс при финансовой поддержке банкира Уильяма Ирвина.",
     A, "person", "economy", False, None),
    ("In 2001 the Indian drugmaker Cipla offered a three-drug AIDS treatment for less than a dollar a day, far below Western prices.",
     "В 2001 г. Cipla предложила тройную антиретровирусную терапию за 350 долл. в год на одного пациента — в десятки раз дешевле западных аналогов.",
     A, "money", "economy", True, None),
    # ---------------- sport (2 contradict + 3 agree) ----------------
    # FALSE: RU (Kubala played for three national teams: Czechoslovakia, Hungary, Spain)
    ("László Kubala, Barcelona's great star of the 1950s, won caps for three different national teams: Czechoslovakia, Hungary and Spain.",
     "Ласло Кубала, кумир «Барселоны» 1950-х гг., за свою карьеру успел выступить за сборные четырёх стран.",
     C, "number", "sport", True, "RU"),
    # FALSE: EN (Deyna died in a car crash in San Diego)
    ("Kazimierz Deyna, who captained Poland at the 1974 World Cup, was killed in a car crash near Los Angeles in September 1989.",
     "Казимеж Дейна, капитан сборной Польши, погиб в автокатастрофе в Сан-Диего (Калифорния) 1 сентября 1989 г.",
     C, "place", "sport", False, "EN"),
    ("Gyula Grosics, the goalkeeper of Hungary's Golden Team, was nicknamed the Black Panther and played in the 1954 World Cup final against West Germany.",
     "Дьюла Грошич, вратарь венгерской «Золотой команды» по прозвищу «Чёрная пантера», провёл финал ЧМ-1954 против ФРГ (2:3).",
     A, "entity", "sport", True, None),
    ("Boris Gulko won the Soviet championship in 1977 and, after emigrating, the US title in 1994, a double no other player has achieved.",
     "Борис Гулько — единственный шахматист, побеждавший и в чемпионате СССР (1977), и в первенстве США (1994, 1999).",
     A, "year", "sport", False, None),
    ("József Bozsik, the Honvéd wing-half, earned 101 caps for Hungary, a national record in his day.",
     "Полузащитник будапештского «Гонведа» Йожеф Божик сыграл за сборную Венгрии 101 матч — рекорд страны на тот момент.",
     A, "number", "sport", True, None),
    # ---------------- culture (3 contradict + 2 agree) ----------------
    # FALSE: EN (in Connect Four the first player can force a win with perfect play)
    ("Connect Four was solved in 1988, when James Allen and Victor Allis independently showed that the first player cannot force a win.",
     "В 1988 г. Джеймс Аллен и Виктор Аллис независимо доказали, что в игре «Четыре в ряд» начинающий при безошибочной игре всегда побеждает.",
     C, "polarity", "culture", False, "EN"),
    # FALSE: RU (George Howard Monks devised Halma in 1883-84)
    ("Halma was devised in 1883 or 1884 by George Howard Monks, a Boston surgeon, and its name comes from the Greek word for 'jump'.",
     "Настольную игру хальма придумал в 1890-х гг. бостонский хирург Джордж Говард Монкс; название восходит к греческому слову «прыжок».",
     C, "decade", "culture", True, "RU"),
    # FALSE: RU (korfball was devised in 1902, i.e. in the 20th century)
    ("Korfball was devised in 1902 by Nico Broekhuysen, an Amsterdam schoolteacher, as a game in which men and women play on the same team.",
     "Корфбол придумал в конце XIX в. амстердамский учитель Нико Брукхёйзен; в каждой команде играют четыре мужчины и четыре женщины.",
     C, "century", "culture", False, "RU"),
    ("Kabaddi made its Asian Games debut at Beijing in 1990, and India won every men's gold until Iran broke the streak in 2018.",
     "Кабадди включили в программу Азиатских игр в 1990 г. (Пекин); в 2018 г. в Джакарте мужское золото впервые взяла не Индия, а Иран.",
     A, "year", "culture", True, None),
    ("The Easy-Bake Oven, introduced by the toy maker Kenner in 1963, baked small cakes with the heat of an ordinary light bulb.",
     "Детская «печка» Easy-Bake, выпущенная фирмой Kenner в 1963 г., пекла крошечные кексы за счёт тепла 100-ваттной лампочки накаливания.",
     A, "organisation", "culture", False, None),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    # FALSE: EN (Die Judenbuche was written by Annette von Droste-Huelshoff)
    ("First printed in 1842, the Westphalian crime novella Die Judenbuche, about the villager Friedrich Mergel, was written by Theodor Storm.",
     "Новелла Аннеты фон Дросте-Хюльсхофф «Еврейский бук» (1842) рассказывает об убийстве в вестфальской деревне и о судьбе Фридриха Мергеля.",
     C, "person", "literature", True, "EN"),
    # FALSE: RU (Irrungen, Wirrungen was serialised in the Vossische Zeitung)
    ("Fontane's Irrungen, Wirrungen, the story of Baron Botho von Rienäcker and the seamstress Lene Nimptsch, was first serialised in the Vossische Zeitung in 1887.",
     "Роман Фонтане «Путаница» о любви барона Бото фон Ринекера и швеи Лене Нимпч впервые печатался в 1887 г. на страницах «Франкфуртер цайтунг».",
     C, "organisation", "literature", False, "RU"),
    ("Eline Vere, Louis Couperus's first novel, ran as a serial in the Hague newspaper Het Vaderland in 1888 before its book edition of 1889.",
     "Первый роман Луи Куперуса «Элине Вере» (1889) — история молодой гаагской аристократки — сначала печатался с продолжением в газете «Хет Фадерланд».",
     A, "entity", "literature", True, None),
    ("Kamo no Chōmei completed his Hōjōki, a meditation on impermanence written in a tiny mountain hut, in 1212.",
     "«Записки из кельи» («Ходзёки») Камо-но Тёмэй закончил в 1212 г., живя отшельником в крошечной хижине в горах Хино близ Киото.",
     A, "year", "literature", False, None),
    ("Dostoevsky's grotesque story Bobok, in which the dead gossip in their graves, was published in 1873 in the weekly Grazhdanin.",
     "Рассказ «Бобок» — болтовня покойников в могилах на городском кладбище — вошёл в «Дневник писателя» за 1873 г., печатавшийся в журнале «Гражданин».",
     A, "organisation", "literature", True, None),
    # ---------------- music (3 contradict + 2 agree) ----------------
    # FALSE: EN (Ariodante is based on Ariosto's Orlando furioso)
    ("Handel's Ariodante, first staged at Covent Garden in January 1735, takes its plot from an episode of Tasso's epic Gerusalemme liberata.",
     "Сюжет оперы Генделя «Ариодант» (премьера — 8 января 1735 г., театр Ковент-Гарден) взят из поэмы Ариосто «Неистовый Роланд».",
     C, "person", "music", False, "EN"),
    # FALSE: EN (Beatrice di Tenda premiered on 16 March 1833)
    ("Bellini's Beatrice di Tenda, to a libretto by Felice Romani, had its premiere at La Fenice in Venice on 6 March 1833.",
     "Премьера «Беатриче ди Тенда» Беллини состоялась в венецианском театре «Ла Фениче» 16.03.1833.",
     C, "date", "music", True, "EN"),
    # FALSE: RU (Alzira is based on Voltaire's Alzire, not Zaire)
    ("Verdi's Alzira, set in Peru and based on Voltaire's tragedy Alzire, premiered at the Teatro San Carlo in Naples on 12 August 1845.",
     "Опера Верди «Альзира» по трагедии Вольтера «Заира» впервые прозвучала в неаполитанском театре Сан-Карло 12.08.1845.",
     C, "entity", "music", True, "RU"),
    ("The rock band Chaif was formed in Sverdlovsk in 1985 around the singer and songwriter Vladimir Shakhrin.",
     "Группа «Чайф» появилась в Свердловске в 1985 г.; её бессменный лидер, автор песен и вокалист — Владимир Шахрин.",
     A, "year", "music", True, None),
    ("Massenet wrote Esclarmonde for the American soprano Sibyl Sanderson, who created the title role at the Opéra-Comique in May 1889.",
     "Премьера «Эскламонды» Массне прошла в парижской Опера-Комик 15 мая 1889 г., в дни Всемирной выставки; заглавную партию спела Сибил Сандерсон.",
     A, "date", "music", False, None),
    # ---------------- art (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Franks Casket is carved from whalebone)
    ("The Franks Casket, carved from whalebone in Northumbria in the early eighth century, was given to the British Museum by Augustus Wollaston Franks in 1867.",
     "Ларец Фрэнкса — резная шкатулка из моржовой кости, изготовленная в Нортумбрии в начале VIII в.; в 1867 г. её передал Британскому музею О. У. Фрэнкс.",
     C, "entity", "art", True, "RU"),
    # FALSE: EN (the Hunterston Brooch was made around 700; only the runes are 10th-century)
    ("The Hunterston Brooch, a silver-gilt Celtic brooch made in the tenth century, was found by labourers in Ayrshire in 1830.",
     "Брошь из Хантерстона (Эршир), найденная в 1830 г., изготовлена около 700 г.; скандинавские руны на её обороте процарапали позже.",
     C, "century", "art", False, "EN"),
    ("The bronze Chimera of Arezzo, an Etruscan work of about 400 BC, was unearthed in 1553 during building work outside the town walls.",
     "Этрусская бронзовая «Химера из Ареццо» (ок. 400 г. до н. э.), найденная в 1553 г., сегодня хранится в Археологическом музее Флоренции.",
     A, "year", "art", True, None),
    ("The Lady of Baza, a seated Iberian funerary statue of the 4th century BC, was found near Baza, in the province of Granada, in 1971.",
     "«Дама из Басы» — сидящая иберийская статуя IV в. до н. э., служившая урной для праха; её обнаружили в 1971 г. в провинции Гранада.",
     A, "century", "art", False, None),
    ("The Coppergate Helmet, an Anglo-Saxon helmet of about 750–775, was found in York in 1982 during work on a new shopping centre.",
     "Англосаксонский шлем из Коппергейта (Йорк), обнаруженный в 1982 г., несёт латинскую надпись с именем Осхере и хранится в Йоркширском музее.",
     A, "year", "art", True, None),
    # ---------------- law (3 contradict + 2 agree) ----------------
    # FALSE: RU (schooling was made compulsory for ages 6 to 13)
    ("The Jules Ferry laws of 1881–82 made French primary schooling free, secular and compulsory for children aged six to thirteen.",
     "Законы Жюля Ферри (1881–1882 гг.) сделали начальное образование во Франции бесплатным, светским и обязательным для детей от 6 до 15 лет.",
     C, "number", "law", False, "RU"),
    # FALSE: EN (the Golden Bull of Rimini was issued by Emperor Frederick II)
    ("The Golden Bull of Rimini, issued in 1226 by Emperor Frederick Barbarossa, granted the Teutonic Order the Chełmno Land and its future conquests in Prussia.",
     "Золотой буллой, подписанной в Римини в марте 1226 г., император Фридрих II пожаловал Тевтонскому ордену Кульмскую землю и будущие завоевания в Пруссии.",
     C, "person", "law", True, "EN"),
    # FALSE: RU (the Corporation Act stayed in force from 1661 until 1828, some 167 years)
    ("England's Corporation Act of 1661 barred anyone who had not taken Anglican communion from municipal office; it was repealed only in 1828.",
     "Акт о корпорациях 1661 г., закрывавший доступ к городским должностям всем, кто не причащался по англиканскому обряду, продержался около ста лет.",
     C, "duration", "law", False, "RU"),
    ("The Conventicle Act of 1664 banned religious meetings outside the Church of England attended by more than five people beyond the household.",
     "Английский Акт о конвентиклах (1664) запрещал богослужения вне государственной церкви, если на них собиралось свыше пяти человек помимо членов семьи.",
     A, "number", "law", True, None),
    ("Passed in 1976, the Hart–Scott–Rodino Act requires large mergers to be notified in advance to the Federal Trade Commission and the Justice Department.",
     "Закон Харта — Скотта — Родино 1976 г. обязывает участников крупных слияний заранее уведомлять ФТК и Министерство юстиции США и выдерживать период ожидания.",
     A, "organisation", "law", False, None),
    # ---------------- technology (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Fairey Delta 2 was the first aircraft to set a record above 1,000 mph)
    ("On 10 March 1956 the test pilot Peter Twiss flew the Fairey Delta 2 at 1,132 mph, the first air speed record above 1,000 miles per hour.",
     "Рекорд Питера Твисса на Fairey Delta 2 (10.03.1956, 1822 км/ч) стал лишь вторым в истории, превысившим 1000 миль в час.",
     C, "rank", "technology", True, "RU"),
    # FALSE: EN (the Atari Lynx had a colour LCD, the first handheld to have one)
    ("Released in 1989, the Atari Lynx, developed together with Epyx, had a monochrome screen much like Nintendo's Game Boy.",
     "Atari Lynx (1989), разработанная совместно с Epyx, стала первой портативной игровой консолью с цветным ЖК-экраном.",
     C, "opposite", "technology", False, "EN"),
    ("Commodore's PET, designed by Chuck Peddle around the MOS 6502 processor, went on sale in 1977 with a built-in cassette recorder.",
     "Персональный компьютер Commodore PET (1977) строился на процессоре MOS 6502 и имел встроенный кассетный магнитофон для хранения программ.",
     A, "year", "technology", True, None),
    ("The GRiD Compass of 1982, designed by Bill Moggridge, was among the first clamshell laptops and later flew on NASA Space Shuttle missions.",
     "Портативный компьютер GRiD Compass с откидным экраном, выпущенный в 1982 г. по проекту Билла Моггриджа, использовался на борту шаттлов НАСА.",
     A, "organisation", "technology", False, None),
    ("Rich Hickey released Clojure, a Lisp dialect running on the Java Virtual Machine, to the public in 2007.",
     "Язык Clojure — диалект Лиспа для виртуальной машины Java, созданный Ричем Хикки и впервые представленный публике в 2007 г.",
     A, "year", "technology", False, None),
    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: RU (the 1962 storm surge killed 315 people in Hamburg)
    ("The storm surge of 16–17 February 1962 breached Hamburg's dikes and killed 315 people in the city, many of them in Wilhelmsburg.",
     "Во время штормового нагона в ночь на 17 февраля 1962 г. в Гамбурге, прежде всего в Вильгельмсбурге, погибли около 1800 человек.",
     C, "number", "disasters", False, "RU"),
    # FALSE: EN (the Knox Mine disaster happened on 22 January 1959)
    ("On 22 June 1959 the Susquehanna River burst into the Knox Coal Company's workings at Port Griffith, Pennsylvania, drowning twelve miners.",
     "22 января 1959 г. воды Саскуэханны прорвались в выработки угольной компании Knox близ Питтстона (Пенсильвания); погибли 12 горняков.",
     C, "month", "disasters", True, "EN"),
    ("When Chaitén volcano in southern Chile erupted on 2 May 2008, the first eruption in thousands of years, the town of the same name was evacuated.",
     "Извержение вулкана Чайтен (Чили), начавшееся 02.05.2008, заставило эвакуировать одноимённый городок, позднее затопленный лахаром реки Бланко.",
     A, "date", "disasters", False, None),
    ("The Gros Ventre landslide of 23 June 1925 dammed the river in Wyoming; when the natural dam failed in May 1927, the flood killed six people in Kelly.",
     "Оползень Гро-Вантр (Вайоминг, 1925) перегородил реку; через два года, в мае 1927 г., завал прорвало, и вода, обрушившаяся на посёлок Келли, унесла шесть жизней.",
     A, "number", "disasters", True, None),
    ("The Koyna earthquake of 11 December 1967, widely blamed on the filling of the nearby reservoir, killed about 180 people in Maharashtra.",
     "Землетрясение у плотины Койна (штат Махараштра) 11.12.1967 унесло около 180 жизней и считается классическим примером сейсмичности, наведённой водохранилищем.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Dithmarschen kept its independence until 1559, when Danish and Holstein troops finally conquered the peasant republic.",
     "Главной ударной силой датского короля при Хеммингштедте была «Чёрная гвардия» — отряд наёмных ландскнехтов.",
     "Hemmingstedt", True, "history"),
    ("Comet Giacobini–Zinner is the parent body of the Draconid meteor shower, which peaks in early October.",
     "Комету открыл Мишель Джакобини в Ницце в декабре 1900 г., а в 1913 г. её переоткрыл Эрнст Циннер.",
     "Giacobini-Zinner", False, "science"),
    ("According to Herodotus, the Halys became the border between Lydia and Media after the eclipse battle of 585 BC.",
     "Название Кызылырмак означает «красная река»: воду окрашивает взвесь красноватых глинистых наносов.",
     "Kizilirmak", True, "geography"),
    ("Since 1998 Chopard has made the Palme d'Or trophy awarded at the Cannes Film Festival.",
     "Компанию Chopard основал в 1860 г. Луи-Юлис Шопар в деревне Сонвилье в швейцарской Юре.",
     "Chopard", False, "economy"),
    ("Kazimierz Deyna finished third in the 1974 Ballon d'Or voting, behind Johan Cruyff and Franz Beckenbauer.",
     "На Олимпиаде 1972 г. в Мюнхене Казимеж Дейна стал олимпийским чемпионом и лучшим бомбардиром турнира (9 голов).",
     "Deyna", True, "sport"),
    ("In korfball the basket hangs from a post 3.5 metres above the ground and has no backboard.",
     "В корфбол играют смешанные команды: в каждой выходят на площадку по четыре мужчины и четыре женщины.",
     "Korfball", False, "culture"),
    ("Eline Vere was adapted for the cinema in 1991 by the Belgian director Harry Kümel.",
     "Действие романа Куперуса «Элине Вере» разворачивается в Гааге, в светском обществе конца XIX в.",
     "Eline Vere", True, "literature"),
    ("The late delivery of Felice Romani's libretto for Beatrice di Tenda led to a bitter public quarrel between him and Bellini.",
     "Героиня оперы Беллини — реальная Беатриче ди Тенда, казнённая в 1418 г. по приказу мужа, миланского герцога Филиппо Марии Висконти.",
     "Beatrice di Tenda", False, "music"),
    ("One side panel of the Franks Casket is kept in the Bargello in Florence, while the rest is in the British Museum.",
     "На передней стенке ларца Фрэнкса соседствуют сцены из легенды о кузнеце Вёлунде и поклонение волхвов.",
     "Franks Casket", True, "art"),
    ("Helmut Schmidt, then Hamburg's senator for internal affairs, won national fame by coordinating the rescue effort during the 1962 flood.",
     "Сильнее всего в 1962 г. пострадал Вильгельмсбург, где многие жили в садовых домиках и временных бараках.",
     "Hamburg flood 1962", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
# domains with 3 contradict + 2 agree; the other six have 2 contradict + 3 agree
THREE_C = {"history", "science", "economy", "culture", "music", "law"}


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
    comp, rel, false_sides = [], [], []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in ("EN", "RU"), en
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
    assert false_sides.count("EN") == 15 and false_sides.count("RU") == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in THREE_C else 2), (d, nc)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout145.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout145.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
