#!/usr/bin/env python3
"""Build heldout148: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
false_side is "EN" or "RU" for contradict rows and None for agree rows.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Battle of Saule was fought on 22 September 1236, not in August)
    ("Saule",
     "On 22 September 1236 Samogitian and Semigallian warriors routed the Livonian Brothers of the Sword at Saule, killing the order's master Volkwin.",
     "Битва при Сауле (22 августа 1236 г.) закончилась гибелью магистра меченосцев Фольквина; год спустя остатки ордена влились в Тевтонский орден.",
     C, "month", "history", True, RU),
    ("Plowce",
     "The Battle of Płowce in Kuyavia, fought on 27 September 1331, pitted the army of King Władysław I the Elbow-high against the Teutonic Knights.",
     "Сражение под Пловцами 27.09.1331 между польским войском Владислава Локетка и рыцарями Тевтонского ордена не принесло решающего успеха ни одной из сторон.",
     A, "date", "history", False, None),
    # FALSE: RU (Oravais, 14 September 1808, was a Russian victory under Nikolay Kamensky)
    ("Oravais",
     "The Battle of Oravais on 14 September 1808, the bloodiest clash of the Finnish War, ended in victory for the Russian corps of Nikolay Kamensky.",
     "Самое кровопролитное сражение Русско-шведской войны 1808–1809 гг. — бой при Оравайсе 14.09.1808 — закончилось поражением русского корпуса Николая Каменского.",
     C, "opposite", "history", False, RU),
    ("Tuyuti",
     "Fought on 24 May 1866 among the marshes of southern Paraguay, the First Battle of Tuyutí is regarded as the largest battle ever fought in South America.",
     "Первое сражение при Туюти (24.05.1866) считается крупнейшей битвой в истории Южной Америки: войска Тройственного союза отбили атаку парагвайской армии.",
     A, "date", "history", True, None),
    # FALSE: EN (the British column at Stormberg was led by General William Gatacre, not Lord Methuen)
    ("Stormberg",
     "On 10 December 1899 a British column under Lord Methuen lost its way on a night march and was ambushed by the Boers at Stormberg, opening Black Week.",
     "10 декабря 1899 г. у Стормберга колонна генерала Уильяма Гатакра после неудачного ночного марша попала под огонь буров; около 600 британцев оказались в плену.",
     C, "person", "history", True, EN),
    # ---------------- science (3 contradict + 2 agree) ----------------
    ("Messel",
     "The Messel Pit, a disused oil-shale quarry near Darmstadt, became Germany's first natural World Heritage Site in 1995.",
     "Карьер Мессель близ Дармштадта, где в горючих сланцах сохранились эоценовые животные возрастом около 47 млн лет, внесён ЮНЕСКО в список Всемирного наследия в 1995 г.",
     A, "year", "science", False, None),
    # FALSE: RU (the Yarkovsky effect was first measured in 2003, not in the 1990s)
    ("Yarkovsky",
     "Proposed around 1900 by the engineer Ivan Yarkovsky, the Yarkovsky effect was first measured in 2003 through radar tracking of the asteroid 6489 Golevka.",
     "Эффект Ярковского — слабую реактивную силу от теплового излучения вращающегося астероида — впервые удалось измерить в 1990-х гг. по радарным наблюдениям астероида (6489) Голевка.",
     C, "decade", "science", True, RU),
    # FALSE: RU (the Peekskill meteorite hit a parked Chevrolet Malibu, not the roof of a house)
    ("Peekskill",
     "On the evening of 9 October 1992 a fireball seen across several US states ended when a 12-kilogram stone hit a parked Chevrolet Malibu in Peekskill, New York.",
     "Метеорит Пикскилл (09.10.1992) массой около 12 кг пробил крышу жилого дома в штате Нью-Йорк; его огненный след засняли несколько любительских видеокамер.",
     C, "entity", "science", False, RU),
    ("Nakhla",
     "The Nakhla meteorite, which fell near Alexandria in Egypt on 28 June 1911, is now known to be a fragment of the planet Mars.",
     "Метеорит Нахла упал 28.06.1911 в египетской провинции Бухейра, близ Абу-Хоммоса; позднее учёные установили его марсианское происхождение.",
     A, "date", "science", True, None),
    # FALSE: EN (Oviraptor was named in 1924 by Henry Fairfield Osborn, not by Walter Granger)
    ("Oviraptor",
     "Oviraptor, the 'egg thief', was named in 1924 by Walter Granger, who assumed the skeleton found on a nest in Mongolia had been raiding Protoceratops eggs.",
     "Овираптора («похитителя яиц») описал в 1924 г. Генри Фэрфилд Осборн: скелет лежал на кладке, которую приняли за яйца протоцератопса.",
     C, "person", "science", False, EN),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Vaga is about 575 km long)
    ("Vaga",
     "The Vaga, a left tributary of the Northern Dvina roughly 360 kilometres long, flows past the old town of Velsk.",
     "Вага (575 км, площадь бассейна 18,1 тыс. км²) — левый приток Северной Двины; на её берегах стоят Вельск и Шенкурск.",
     C, "number", "geography", True, EN),
    # FALSE: RU (the Olyokma flows into the Lena, not the Aldan)
    ("Olyokma",
     "The Olyokma, a right tributary of the Lena some 1,436 km long, joins the main river near the Yakut town of Olyokminsk.",
     "Олёкма длиной 1436 км берёт начало на Олёкминском Становике в Забайкалье и впадает в Алдан.",
     C, "entity", "geography", False, RU),
    ("Segura",
     "The Segura rises in the Sierra de Segura in the province of Jaén and flows about 325 km east through Murcia to the Mediterranean.",
     "Река Сегура (около 325 км) протекает через Мурсию и Ориуэлу и впадает в Средиземное море у городка Гуардамар-дель-Сегура.",
     A, "number", "geography", True, None),
    # FALSE: EN (the Simeto reaches the Ionian Sea just south of Catania, not of Syracuse)
    ("Simeto",
     "The Simeto, which skirts the western flank of Mount Etna, reaches the Ionian Sea a few kilometres south of Syracuse.",
     "Симето, крупнейшая река восточной Сицилии, огибает Этну с запада и впадает в Ионическое море южнее Катании.",
     C, "place", "geography", True, EN),
    ("Traun",
     "The Traun, an Austrian river of about 150 km, passes through the Traunsee at Gmunden before joining the Danube near Linz.",
     "Река Траун длиной 153 км протекает через озёра Хальштеттер-Зе и Траунзе и впадает в Дунай у Линца.",
     A, "number", "geography", False, None),
    # ---------------- economy (2 contradict + 3 agree) ----------------
    # FALSE: EN (Maytag was bought by Whirlpool in 2006, not by Electrolux)
    ("Maytag",
     "Maytag, the appliance maker founded in Newton, Iowa, in 1893, lost its independence in 2006 when it was bought by the Swedish group Electrolux.",
     "Основанная в 1893 г. в городке Ньютон (Айова) компания Maytag в 2006 г. была поглощена корпорацией Whirlpool.",
     C, "organisation", "economy", False, EN),
    ("Pescanova",
     "Pescanova, the Galician seafood group founded in Vigo in 1960, pioneered freezing fish at sea aboard its own factory trawlers.",
     "Испанская Pescanova (осн. в 1960 г. в Виго) в 2013 г. оказалась на грани банкротства из-за скрытых от инвесторов долгов.",
     A, "year", "economy", True, None),
    ("Neumann",
     "Georg Neumann GmbH, the Berlin microphone maker founded in 1928, has belonged to the Sennheiser group since 1991.",
     "Берлинская фирма Georg Neumann, основанная в 1928 г. и прославившаяся студийными микрофонами, с 1991 г. принадлежит Sennheiser.",
     A, "organisation", "economy", False, None),
    # FALSE: RU (Wacom was founded in 1983, not 1988)
    ("Wacom",
     "Wacom, the Japanese maker of the pen tablets used by many illustrators, was founded in Saitama Prefecture in 1983.",
     "Японская компания Wacom, крупнейший производитель графических планшетов, основана в 1988 г. в префектуре Сайтама.",
     C, "year", "economy", True, RU),
    ("Mammut",
     "Mammut began in the mid-19th century as a rope workshop set up by Kaspar Tanner in the Swiss village of Dintikon.",
     "Швейцарская Mammut ведёт историю с 1862 г., когда Каспар Таннер открыл в Динтиконе (кантон Аргау) верёвочную мастерскую.",
     A, "century", "economy", True, None),
    # ---------------- sport (3 contradict + 2 agree) ----------------
    # FALSE: RU (Pavel Tonkov won the 1996 Giro d'Italia; he was runner-up in 1997 and 1998)
    ("Tonkov",
     "Pavel Tonkov won the 1996 Giro d'Italia, becoming the first Russian rider to take overall victory in one of cycling's three Grand Tours.",
     "Уроженец Ижевска Павел Тонков на «Джиро д'Италия» 1996 г. занял второе место в общем зачёте.",
     C, "rank", "sport", False, RU),
    ("Pereiro",
     "Óscar Pereiro of Spain is the official winner of the 2006 Tour de France, promoted after Floyd Landis was disqualified for doping.",
     "Победа в «Тур де Франс» 2006 г. была присуждена галисийцу Оскару Перейро лишь в 2007 г., после дисквалификации Флойда Лэндиса.",
     A, "year", "sport", True, None),
    # FALSE: EN (Völler played five seasons for Roma, 1987-1992, not eight)
    ("Voller",
     "Rudi Völler spent eight seasons with AS Roma before joining Marseille, with whom he won the Champions League in 1993.",
     "Руди Фёллер пять сезонов (1987–1992) отыграл за «Рому», а в 1993 г. в составе «Марселя» выиграл Лигу чемпионов.",
     C, "duration", "sport", True, EN),
    # FALSE: RU (Pat Cash was born in Melbourne, not Sydney)
    ("Pat Cash",
     "Melbourne-born Pat Cash won Wimbledon in 1987, beating Ivan Lendl in the final and then climbing into the stands to reach his family.",
     "Уроженец Сиднея Пэт Кэш выиграл Уимблдонский турнир 1987 г., обыграв в финале Ивана Лендла в трёх сетах.",
     C, "place", "sport", False, RU),
    ("Pierce",
     "Mary Pierce won the Australian Open in 1995 and, five years later, became the first Frenchwoman since 1967 to win the singles at Roland Garros.",
     "Мэри Пирс выиграла два турнира Большого шлема в одиночном разряде: Australian Open-1995 и «Ролан Гаррос»-2000.",
     A, "year", "sport", False, None),
    # ---------------- culture (2 contradict + 3 agree) ----------------
    # FALSE: RU (Twin Peaks premiered on ABC, not CBS)
    ("Twin Peaks",
     "Created by David Lynch and Mark Frost, the mystery series Twin Peaks premiered on the ABC network on 8 April 1990.",
     "Сериал Дэвида Линча и Марка Фроста «Твин Пикс» начал выходить на американском телеканале CBS весной 1990 г.",
     C, "organisation", "culture", True, RU),
    ("Thunderbirds",
     "Thunderbirds, Gerry and Sylvia Anderson's puppet series about the Tracy family's International Rescue, was first broadcast in Britain in 1965.",
     "Кукольный сериал «Тандербёрды» (1965–1966) снят в технике «супермарионеток»; всего вышло 32 серии.",
     A, "year", "culture", False, None),
    ("Rugrats",
     "Rugrats, created by Arlene Klasky, Gábor Csupó and Paul Germain, premiered on Nickelodeon in August 1991.",
     "Мультсериал «Ох уж эти детки!» (Rugrats) впервые вышел на канале Nickelodeon 11.08.1991; его главный герой — годовалый Томми Пиклз.",
     A, "month", "culture", True, None),
    # FALSE: EN (a Mölkky player must score exactly 50 points, not 40)
    ("Molkky",
     "In Mölkky, a Finnish throwing game launched in 1996, players knock down numbered wooden pins and must reach exactly 40 points to win.",
     "Цель в мёльккю — финской игре с 12 пронумерованными кеглями, выпущенной в 1996 г., — набрать ровно 50 очков; перебор отбрасывает игрока к 25.",
     C, "number", "culture", False, EN),
    ("Shinty",
     "Shinty's governing body, the Camanachd Association, was founded at Kingussie in 1893 to agree a single set of rules.",
     "Шинти — шотландская игра с клюшками, родственная ирландскому хёрлингу; её правила с 1893 г. устанавливает Ассоциация Каманахд.",
     A, "year", "culture", True, None),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    ("Poshekhonye",
     "Old Years in Poshekhonye, the last major work of Mikhail Saltykov-Shchedrin, appeared in the journal Vestnik Evropy between 1887 and 1889.",
     "«Пошехонская старина» — последнее крупное произведение Салтыкова-Щедрина, хроника жизни помещиков Затрапезных, написанная в конце 1880-х гг.",
     A, "decade", "literature", False, None),
    # FALSE: RU (Strickland is loosely modelled on Paul Gauguin, not Van Gogh)
    ("Moon and Sixpence",
     "Somerset Maugham's 1919 novel The Moon and Sixpence follows Charles Strickland, a London stockbroker turned painter loosely modelled on Paul Gauguin.",
     "Роман Сомерсета Моэма «Луна и грош» (1919) о лондонском биржевом маклере Чарлзе Стрикленде, ставшем художником, навеян биографией Винсента Ван Гога.",
     C, "person", "literature", True, RU),
    # FALSE: RU (Nightwood was published by Faber and Faber in 1936, not 1938)
    ("Nightwood",
     "Djuna Barnes's novel Nightwood was published in London by Faber and Faber in 1936, with T. S. Eliot's strong backing.",
     "Роман Джуны Барнс «Ночной лес» вышел в 1938 г. в лондонском издательстве Faber and Faber при поддержке Т. С. Элиота.",
     C, "year", "literature", False, RU),
    ("Master and Man",
     "In Tolstoy's story Master and Man (1895), the merchant Vasili Brekhunov freezes to death in a snowstorm while shielding his servant Nikita with his own body.",
     "В рассказе Л. Н. Толстого «Хозяин и работник», опубликованном в 1895 г., купец Брехунов ценой жизни спасает в метель работника Никиту.",
     A, "person", "literature", True, None),
    ("Roughing It",
     "Mark Twain's Roughing It, published in 1872, recounts his years in Nevada and California and a trip to the Sandwich Islands.",
     "Книга «Налегке» (1872) Марка Твена описывает его поездку на Дикий Запад в 1861 г. и жизнь на серебряных приисках Невады.",
     A, "year", "literature", False, None),
    # ---------------- music (3 contradict + 2 agree) ----------------
    # FALSE: EN (Portishead was formed in 1991, not in the early 1980s)
    ("Portishead",
     "Portishead, formed in the Bristol area in the early 1980s, won the Mercury Prize in 1995 with their debut album Dummy.",
     "Группа Portishead, созданная в Бристоле в 1991 г. Джеффом Бэрроу и Бет Гиббонс, получила Mercury Prize-1995 за дебютный альбом Dummy.",
     C, "decade", "music", True, EN),
    # FALSE: EN (Lemmy had just been sacked from Hawkwind, not Deep Purple)
    ("Motorhead",
     "Motörhead was formed in London in 1975 by Lemmy Kilmister shortly after he had been sacked from Deep Purple.",
     "Моторхед появились в Лондоне в 1975 г.: Лемми Килмистер собрал группу сразу после того, как его выгнали из Hawkwind.",
     C, "organisation", "music", False, EN),
    # FALSE: EN (Soft Cell's Tainted Love reached number one in the UK in 1981)
    ("Soft Cell",
     "Soft Cell's cover of 'Tainted Love' stalled at number two in the British singles chart in 1981.",
     "Кавер-версия «Tainted Love» дуэта Soft Cell (Марк Алмонд и Дэйв Болл) в 1981 г. возглавила британский хит-парад синглов.",
     C, "rank", "music", True, EN),
    ("Quatro",
     "Born in Detroit in 1950, Suzi Quatro scored her first British number one in 1973 with 'Can the Can', written by Nicky Chinn and Mike Chapman.",
     "Американская рок-певица и бас-гитаристка Сьюзи Кватро прославилась в Великобритании: её сингл «Can the Can» (1973) занял первое место в чарте.",
     A, "year", "music", False, None),
    ("Poyushchiye Gitary",
     "The Leningrad band Poyushchiye Gitary staged Alexander Zhurbin's Orpheus and Eurydice in 1975, usually called the first Soviet rock opera.",
     "ВИА «Поющие гитары», основанный в 1966 г. Анатолием Васильевым, в 1975 г. впервые показал зонг-оперу «Орфей и Эвридика».",
     A, "year", "music", False, None),
    # ---------------- art (2 contradict + 3 agree) ----------------
    # FALSE: EN (Edward Hicks painted more than 60 versions, about 62)
    ("Peaceable Kingdom",
     "The Quaker preacher Edward Hicks painted his Peaceable Kingdom, with Isaiah's lion and lamb lying together, in some twenty versions.",
     "Квакерский проповедник Эдвард Хикс написал более 60 вариантов «Мирного царства» на сюжет пророчества Исаии о льве и ягнёнке.",
     C, "number", "art", False, EN),
    ("Vischer",
     "The bronze Shrine of St Sebaldus in Nuremberg was cast between 1508 and 1519 in the workshop of Peter Vischer the Elder and his sons.",
     "Гробница святого Зебальда в одноимённой нюрнбергской церкви — главная работа бронзолитейной мастерской Петера Фишера Старшего (1508–1519 гг.).",
     A, "year", "art", True, None),
    # FALSE: RU (the two Hieroglyphs were painted for the Hospital de la Caridad in Seville, not Cordoba)
    ("Valdes Leal",
     "Juan de Valdés Leal painted his two macabre Hieroglyphs of Our Last Days in about 1671–72 for the Hospital de la Caridad in Seville.",
     "Аллегории бренности «In ictu oculi» и «Finis gloriae mundi» Хуан де Вальдес Леаль написал в начале 1670-х гг. для госпиталя Милосердия в Кордове.",
     C, "place", "art", True, RU),
    ("Utamaro",
     "Kitagawa Utamaro, the ukiyo-e master of portraits of beautiful women, was briefly manacled in 1804 over prints showing the warlord Toyotomi Hideyoshi.",
     "Китагава Утамаро, прославившийся погрудными портретами красавиц, в 1804 г. был наказан за гравюры о Тоётоми Хидэёси и умер два года спустя.",
     A, "year", "art", False, None),
    ("Samokhvalov",
     "Alexander Samokhvalov painted his Girl in a Football Jersey in 1932; the canvas now hangs in the State Russian Museum in St Petersburg.",
     "«Девушка в футболке» (1932) — одна из самых известных картин ленинградского художника А. Н. Самохвалова.",
     A, "year", "art", True, None),
    # ---------------- law (2 contradict + 3 agree) ----------------
    # FALSE: RU (the first Statute of Praemunire dates from 1353, i.e. the 14th century)
    ("Praemunire",
     "The first Statute of Praemunire, passed under Edward III in 1353, barred the king's subjects from taking their suits to courts outside the realm, notably the papal court.",
     "Первый статут Praemunire, запрещавший подданным английского короля обращаться в папскую курию в обход королевских судов, был принят в XV в.",
     C, "century", "law", False, RU),
    ("Theatres Act",
     "The Theatres Act 1968 ended the Lord Chamberlain's power to censor plays in Britain, a role he had held since 1737.",
     "Британский Закон о театрах 1968 г. отменил предварительную цензуру пьес; на следующий день после его вступления в силу в Лондоне открылся мюзикл «Волосы».",
     A, "year", "law", True, None),
    ("Ten Hours Act",
     "Britain's Factories Act 1847, better known as the Ten Hours Act, limited the working day of women and young people in textile mills to ten hours.",
     "Закон о десятичасовом рабочем дне (1847), проведённый через парламент Джоном Филденом, ограничил труд женщин и подростков на текстильных фабриках.",
     A, "year", "law", False, None),
    # FALSE: EN (section 13 of the 1893 Act implied a condition that goods sold by description correspond with the description)
    ("Sale of Goods Act",
     "Britain's Sale of Goods Act 1893, drafted by Mackenzie Chalmers, implied no condition that goods sold by description must match that description.",
     "Британский Закон о продаже товаров 1893 г., подготовленный юристом Маккензи Чалмерсом, подразумевал условие: товар, проданный по описанию, должен этому описанию соответствовать.",
     C, "polarity", "law", True, EN),
    ("Te Awa Tupua",
     "Under the Te Awa Tupua Act, passed by New Zealand's parliament in March 2017, the Whanganui River became a legal person.",
     "По закону Te Awa Tupua (2017) река Уонгануи в Новой Зеландии получила статус юридического лица; её интересы представляют два опекуна.",
     A, "year", "law", True, None),
    # ---------------- technology (2 contradict + 3 agree) ----------------
    ("Zork",
     "Zork, a text adventure written at MIT between 1977 and 1979, was later split into three parts and sold commercially by Infocom.",
     "Текстовая игра Zork создана в конце 1970-х гг. студентами MIT, среди которых были Марк Бланк и Дэйв Леблинг; позже её выпустила фирма Infocom.",
     A, "decade", "technology", False, None),
    # FALSE: RU (Wolfenstein 3D was released on 5 May 1992, not in September)
    ("Wolfenstein",
     "id Software released Wolfenstein 3D, the game that popularised the first-person shooter, on 5 May 1992 as shareware through Apogee.",
     "Шутер Wolfenstein 3D, сделанный id Software и распространявшийся как shareware через Apogee, вышел в сентябре 1992 г.",
     C, "month", "technology", True, RU),
    ("SimCity",
     "SimCity, Will Wright's city-building game without a conventional way to win, was published by Maxis in 1989.",
     "Градостроительный симулятор SimCity, придуманный Уиллом Райтом, вышел в 1989 г.; его издала калифорнийская компания Maxis.",
     A, "year", "technology", True, None),
    # FALSE: EN (Mars 96 was launched on 16 November 1996)
    ("Mars 96",
     "The Russian probe Mars 96 was launched from Baikonur on a Proton rocket on 26 November 1996, but its upper stage failed and it fell back to Earth.",
     "Станция «Марс-96», стартовавшая с Байконура 16.11.1996 на ракете «Протон-К», из-за отказа разгонного блока не покинула околоземную орбиту и на следующий день сгорела в атмосфере.",
     C, "date", "technology", False, EN),
    ("Spitzer",
     "NASA's Spitzer Space Telescope, launched in August 2003, observed the infrared sky for more than 16 years before being switched off in January 2020.",
     "Инфракрасный телескоп «Спитцер» был выведен на орбиту 25.08.2003 и завершил работу 30 января 2020 г.",
     A, "year", "technology", False, None),
    # ---------------- disasters (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Tous dam gave way on 20 October 1982, not 1983)
    ("Tous",
     "On 20 October 1982, after torrential autumn rains, the Tous dam on the Júcar in the province of Valencia gave way and flooded the Ribera lowlands.",
     "Прорыв плотины Тоус на реке Хукар (провинция Валенсия) 20.10.1983, случившийся после проливных осенних дождей, затопил десятки городков и деревень.",
     C, "year", "disasters", False, RU),
    ("Vega de Tera",
     "Shortly after midnight on 9 January 1959 the Vega de Tera dam in Zamora province burst, and the flood destroyed the village of Ribadelago, killing 144 people.",
     "Прорыв плотины Вега-де-Тера (провинция Самора, январь 1959 г.) смыл деревню Рибаделаго у озера Санабрия; погибли 144 человека.",
     A, "number", "disasters", True, None),
    # FALSE: EN (the Volgoneft-139 broke apart on 11 November 2007)
    ("Volgoneft-139",
     "In December 2007 a violent storm in the Kerch Strait broke the Russian tanker Volgoneft-139 in two, spilling about 1,300 tonnes of fuel oil.",
     "11 ноября 2007 г. во время шторма в Керченском проливе танкер «Волгонефть-139» разломился пополам; в море вылилось более 1 тыс. т мазута.",
     C, "month", "disasters", True, EN),
    # FALSE: EN (the Penmanshiel Tunnel was never reopened; trains were diverted through a new cutting)
    ("Penmanshiel",
     "After the Penmanshiel Tunnel on the East Coast Main Line collapsed on 17 March 1979, killing two workmen, it was cleared and reopened to trains.",
     "Обрушение тоннеля Пенмэншил (17.03.1979) похоронило двух рабочих; тоннель так и не расчистили, а линию пустили в обход по новой выемке.",
     C, "opposite", "disasters", False, EN),
    ("Puentes",
     "When the Puentes dam above Lorca in Murcia burst on 30 April 1802, the flood killed more than 600 people.",
     "Прорыв плотины Пуэнтес близ Лорки 30.04.1802 стоил жизни примерно 608 людям и разрушил сотни домов.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Saule",
     "After the disaster at Saule in 1236, the surviving Brothers of the Sword were absorbed into the Teutonic Order the following year.",
     "Место битвы при Сауле историки обычно связывают с окрестностями нынешнего литовского города Шяуляй.",
     True, "history"),
    ("Messel",
     "In the 1980s a plan to turn the Messel Pit into a landfill for household waste was fought off by scientists and local residents.",
     "В сланцах Месселя нашли скелет раннего примата Darwinius masillae, представленный публике в 2009 г. под прозвищем «Ида».",
     False, "science"),
    ("Segura",
     "The city of Murcia grew up on the banks of the Segura, whose water has irrigated the surrounding huerta for centuries.",
     "В верховьях Сегуры лежит природный парк Сьерра-де-Касорла, Сегура и Лас-Вильяс — крупнейшая охраняемая территория Испании.",
     True, "geography"),
    ("Maytag",
     "Frederick Louis Maytag and his partners started out making farm implements before the firm turned to washing machines.",
     "В 2007 г. Whirlpool закрыл бывший главный завод Maytag в городе Ньютон (Айова).",
     False, "economy"),
    ("Pat Cash",
     "Pat Cash was known for the black-and-white chequered headband he wore on court.",
     "В 1983 г. юный Пэт Кэш вместе с товарищами по сборной Австралии выиграл Кубок Дэвиса.",
     True, "sport"),
    ("Twin Peaks",
     "Twin Peaks returned in 2017 with an 18-part third season shown on the cable channel Showtime.",
     "Роль агента ФБР Дейла Купера в «Твин Пиксе» сыграл Кайл Маклахлен, уже снимавшийся у Линча в «Синем бархате».",
     False, "culture"),
    ("Master and Man",
     "In Master and Man the merchant sets out through the snow to buy a wood before a rival can outbid him.",
     "Рассказ «Хозяин и работник» впервые напечатан в петербургском журнале «Северный вестник» в 1895 г.",
     True, "literature"),
    ("Motorhead",
     "Motörhead's best-known song, 'Ace of Spades', came out as a single in 1980.",
     "Группа Моторхед прекратила существование в конце 2015 г., вскоре после смерти Лемми Килмистера.",
     False, "music"),
    ("Utamaro",
     "Many of Utamaro's finest prints of courtesans were published by Tsutaya Jūzaburō in Edo.",
     "Китагава Утамаро, один из крупнейших мастеров японской гравюры укиё-э, умер в Эдо в 1806 г.",
     True, "art"),
    ("Vega de Tera",
     "The Vega de Tera dam had been built for the power company Hidroeléctrica de Moncabril.",
     "После катастрофы уцелевших жителей Рибаделаго переселили в новую деревню Рибаделаго-Нуэво, построенную неподалёку.",
     False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel, false_sides = [], [], []
    subjects = [x[0] for x in COMPARABLE]
    assert len(set(subjects)) == len(subjects), "subject reused"
    for s in subjects:
        assert "M" <= s[0].upper() <= "Z", s
    for subj, en, ru, label, slot, domain, ru_first, fs in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        assert (fs in (EN, RU)) if label == C else fs is None, (subj, fs)
        if label == C:
            false_sides.append(fs)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for subj, en, ru, ru_first, domain in RELATED:
        assert domain in DOMAINS and subj in subjects, subj
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
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in THREE_C else 2), (d, nc)
    assert len(set(r["domain"] for r in rel)) == 10
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout148.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout148.jsonl"), "w", encoding="utf-8") as f:
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
