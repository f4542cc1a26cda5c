#!/usr/bin/env python3
"""Build heldout143: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (it was the young Dante Alighieri who fought at Campaldino; Petrarch was born in 1304)
    ("On 11 June 1289, on the plain of Campaldino in the Casentino, Florentine Guelphs routed the Ghibellines of Arezzo; the young Dante Alighieri fought among the Florentine horsemen.",
     "В сражении при Кампальдино (июнь 1289 г.) флорентийские гвельфы разбили гибеллинов Ареццо; в рядах флорентийской конницы бился молодой Франческо Петрарка.",
     C, "person", "history", True),
    # FALSE: EN (the Battle of Hexham was fought on 15 May 1464)
    ("At Hexham in March 1464 John Neville, Lord Montagu, crushed the last Lancastrian field army in the north, and Henry Beaufort, Duke of Somerset, was beheaded afterwards.",
     "15.05.1464 у Хексема йоркисты лорда Монтегю разгромили ланкастерцев; взятого в плен герцога Сомерсета обезглавили в тот же день.",
     C, "month", "history", False),
    # FALSE: RU (at Jemmingen Alba's army destroyed Louis of Nassau's force, not the other way round)
    ("At Jemmingen in East Frisia on 21 July 1568, the Duke of Alba's veterans destroyed the rebel army of Louis of Nassau, brother of William of Orange.",
     "21 июля 1568 г. при Йеммингене (Восточная Фрисландия) войско Людвига Нассауского наголову разбило испанских ветеранов герцога Альбы.",
     C, "opposite", "history", True),
    ("Joan of Arc and the Duke of Alençon stormed Jargeau on the Loire in June 1429 and took the Earl of Suffolk prisoner.",
     "Взятие Жаржо 12 июня 1429 г. стало первым успехом Луарской кампании Жанны д’Арк: в плен попал командовавший англичанами Уильям де ла Поль, граф Саффолк.",
     A, "person", "history", False),
    ("During the Evil May Day riot of 1517, London apprentices attacked foreign merchants and craftsmen, and Thomas More tried in vain to calm the crowd.",
     "Погромы иноземцев, устроенные лондонскими подмастерьями 1 мая 1517 г. («Злой майский день»), закончились казнью их зачинщика Джона Линкольна.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Hess stated his law in 1840; he died in 1850)
    ("In 1840 the St Petersburg chemist Germain Henri Hess stated that the heat of a reaction does not depend on the path by which it proceeds.",
     "Закон Гесса — тепловой эффект реакции не зависит от пути её протекания — был сформулирован Германом Ивановичем Гессом в 1860-х годах.",
     C, "decade", "science", False),
    # FALSE: EN (Grauballe Man is displayed at the Moesgaard Museum near Aarhus)
    ("Grauballe Man, an Iron Age bog body dug out of a Jutland peat bog in 1952, is displayed today at the National Museum in Copenhagen.",
     "Человек из Граубалле, найденный торфорезами в апреле 1952 г., ныне выставлен в музее Мосгор под Орхусом; он погиб около III в. до н. э.",
     C, "organisation", "science", True),
    # FALSE: RU (Himalia was discovered by Charles Dillon Perrine)
    ("Himalia, one of the outer moons of Jupiter, was discovered in December 1904 by Charles Dillon Perrine at the Lick Observatory in California.",
     "Гималию, шестой по счёту открытый спутник Юпитера, обнаружил на фотопластинках Ликской обсерватории Эдвард Барнард в 1904 г.",
     C, "person", "science", False),
    ("Ralph von Koenigswald named Gigantopithecus in 1935 on the strength of a huge molar he had found for sale in a Chinese apothecary shop in Hong Kong.",
     "Гигантопитек был описан Г. Р. фон Кёнигсвальдом в 1935 г. по огромному коренному зубу, купленному в гонконгской аптеке среди «драконьих зубов».",
     A, "person", "science", True),
    ("On 29 October 1991 NASA's Galileo probe flew past 951 Gaspra, returning the first close-up images ever taken of an asteroid.",
     "Астероид Гаспра, открытый в 1916 г. Г. Н. Неуйминым в Симеизе, первым сфотографировал вблизи космический аппарат — «Галилео», 29.10.1991.",
     A, "date", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Alazeya is about 1,590 km long)
    ("The Alazeya, a river of northern Yakutia flowing between the Indigirka and the Kolyma, runs for roughly 590 km to the East Siberian Sea.",
     "Алазея длиной 1590 км протекает по северу Якутии между Индигиркой и Колымой и впадает в Восточно-Сибирское море.",
     C, "number", "geography", True),
    # FALSE: RU (the Kotorosl joins the Volga in Yaroslavl)
    ("The Kotorosl, a right-bank tributary of the Volga some 130 km long, meets the larger river at the Strelka in the centre of Yaroslavl.",
     "Которосль, правый приток Волги длиной 132 км, впадает в неё в самом центре Костромы.",
     C, "place", "geography", False),
    # FALSE: EN (the Allier is a tributary of the Loire, which it joins near Nevers)
    ("Rising in the Lozère and flowing north past Vichy and Moulins, the Allier ends its course of more than 400 km as a tributary of the Cher.",
     "Алье (421 км) течёт на север через Виши и Мулен и сливается с Луарой близ Невера.",
     C, "entity", "geography", True),
    ("Hiddensee, a long, narrow, car-free island lying just west of Rügen in the Baltic, is where the dramatist Gerhart Hauptmann is buried.",
     "Гергарт Гауптман, нобелевский лауреат 1912 г., похоронен на острове Хиддензе к западу от Рюгена, где он много лет проводил лето.",
     A, "place", "geography", False),
    ("The Gauja, some 450 kilometres long, rises in the Vidzeme Upland, winds past Valmiera and Sigulda and empties into the Gulf of Riga.",
     "Гауя (452 км) берёт начало на Видземской возвышенности, протекает через Валмиеру и Сигулду и впадает в Рижский залив.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (André Besnier founded the business in Laval in 1933)
    ("Lactalis, now the world's biggest dairy group, grew out of a small cheese business that André Besnier opened in Laval in 1953.",
     "Основанная в 1933 г. Андре Безнье в Лавале (департамент Майенн) компания Lactalis, владелец бренда «Президент», по-прежнему принадлежит семье Безнье.",
     C, "year", "economy", False),
    # FALSE: RU (Grand Detour is in Illinois)
    ("In 1837 the blacksmith John Deere, working in Grand Detour, Illinois, made a steel plough that could cut cleanly through the sticky prairie soil.",
     "Кузнец Джон Дир сделал свой первый стальной плуг в 1837 г. в городке Гранд-Детур в штате Айова; отсюда ведёт историю компания Deere & Company.",
     C, "place", "economy", True),
    ("Geox was founded in 1995 in Montebelluna, near Treviso, by Mario Moretti Polegato, whose patented perforated rubber sole lets feet breathe.",
     "Компанию Geox, прославившуюся «дышащей» обувью, создал Марио Моретти Полегато в середине 1990-х в венетском городке Монтебеллуна.",
     A, "person", "economy", False),
    ("Armand Petitjean launched the perfume and cosmetics house Lancôme in 1935; L'Oréal acquired it in 1964.",
     "В 1964 г. группа L’Oréal купила марку Lancôme, которую тремя десятилетиями раньше, в 1935 г., основал Арман Петижан.",
     A, "year", "economy", True),
    ("The French vegetable company Bonduelle traces its origins to 1853, when Louis-Antoine Bonduelle and Louis Lesaffre set up a grain and juniper distillery near Lille.",
     "История семейной фирмы Bonduelle началась в середине XIX в. (1853) с винокурни под Лиллем; консервированием овощей она занялась гораздо позднее.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Costa won the 2002 French Open final against Ferrero)
    ("At the 2002 French Open the Spaniard Albert Costa reached the final but finished runner-up to his compatriot Juan Carlos Ferrero.",
     "Альберт Коста выиграл «Ролан Гаррос» в 2002 г., обыграв в финале соотечественника Хуана Карлоса Ферреро в четырёх сетах.",
     C, "rank", "sport", False),
    # FALSE: RU (Cacho won gold in the 1500 m at Barcelona 1992)
    ("Fermín Cacho thrilled his home crowd by winning the Olympic 1500 metres in Barcelona in 1992, and added a silver in Atlanta four years later.",
     "На домашней Олимпиаде в Барселоне (1992) испанец Фермин Качо стал бронзовым призёром в беге на 1500 м.",
     C, "rank", "sport", True),
    # FALSE: EN (Cruz won the 800 m in Los Angeles)
    ("The Brazilian Joaquim Cruz won the Olympic 1500 metres at Los Angeles in 1984, setting an Olympic record along the way.",
     "Бразилец Жоаким Круз выиграл бег на 800 м на Играх 1984 г. в Лос-Анджелесе с олимпийским рекордом 1.43,00.",
     C, "entity", "sport", False),
    ("Sweden's Thomas Johansson won the 2002 Australian Open, defeating Marat Safin in a four-set final in Melbourne.",
     "В январе 2002 г. швед Томас Юханссон стал чемпионом Australian Open, переиграв в финале россиянина Марата Сафина.",
     A, "person", "sport", True),
    ("Tamás Darnyi of Hungary won both individual medley events, 200 m and 400 m, at two successive Olympics, in 1988 and 1992.",
     "Венгерский пловец Тамаш Дарньи четырежды становился олимпийским чемпионом — в Сеуле и Барселоне он выигрывал оба заплыва комплексным плаванием.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Countdown was the first programme shown on Channel 4, on 2 November 1982)
    ("The words-and-numbers quiz Countdown, hosted for over twenty years by Richard Whiteley, was the very first programme broadcast on BBC Two.",
     "Телевикторина Countdown открыла вещание британского Channel 4 2 ноября 1982 г.; первым её ведущим был Ричард Уайтли.",
     C, "organisation", "culture", True),
    # FALSE: RU (Fort Boyard was built in the 19th century, completed in 1857)
    ("Fort Boyard, the oval sea fort between the islands of Aix and Oléron that gave its name to a TV game show, was completed only in 1857.",
     "Форт Байяр — овальная морская крепость XVIII века между островами Экс и Олерон, где с 1990 г. снимают одноимённую телеигру.",
     C, "century", "culture", False),
    ("Big Brother, the reality format devised by John de Mol, premiered on the Dutch channel Veronica on 16 September 1999.",
     "Первый «Большой брат» вышел в эфир в Нидерландах 16.09.1999; автором формата был продюсер Джон де Мол из компании Endemol.",
     A, "date", "culture", True),
    ("Boggle, introduced by Parker Brothers in 1972, gives players three minutes to find words in a four-by-four grid of lettered dice.",
     "В «Богл» играют 16 кубиками с буквами, уложенными в квадрат 4×4; на поиск слов отводится три минуты по песочным часам.",
     A, "number", "culture", False),
    ("Jeux sans frontières, the pan-European TV contest in which town teams played comic games in outlandish costumes, ran from 1965 to 1999.",
     "Телеигра «Игры без границ», выросшая из французской передачи Intervilles, выходила в эфир с 1965 по 1999 г.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (the final version of Le Horla appeared in 1887)
    ("Maupassant published the final version of Le Horla, the diary of a man haunted by an invisible being, in the 1870s.",
     "Окончательная редакция новеллы Мопассана «Орля», написанной в форме дневника, вышла в 1887 г.; первый вариант появился годом раньше.",
     C, "decade", "literature", False),
    # FALSE: RU (Luzhin is a chess grandmaster, not a draughts player)
    ("Nabokov's novel The Luzhin Defence, serialised in 1929–30 under the pen name V. Sirin, follows a chess grandmaster whose obsession with the game destroys him.",
     "Герой романа Набокова «Защита Лужина» (1930), подписанного псевдонимом В. Сирин, — гениальный шашист, которого губит одержимость игрой.",
     C, "entity", "literature", True),
    ("Balzac's short novel Gobseck, about a Parisian moneylender, first appeared in 1830 and was later absorbed into The Human Comedy.",
     "Ростовщик Гобсек — главный герой одноимённой повести О. де Бальзака 1830 г., вошедшей затем в «Сцены частной жизни».",
     A, "year", "literature", False),
    ("Andrei Platonov finished Chevengur in the late 1920s, but the complete novel was not printed in the Soviet Union until 1988.",
     "Роман А. П. Платонова «Чевенгур», написанный в конце 1920-х, полностью опубликовали на родине только в 1988 г.",
     A, "year", "literature", True),
    ("Heinrich von Kleist's romantic play Das Käthchen von Heilbronn had its premiere at the Theater an der Wien in March 1810.",
     "Рыцарская драма Клейста «Кетхен из Гейльбронна» впервые была поставлена в 1810 г. в Вене.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (the song was written by Serge Gainsbourg)
    ("Representing Luxembourg, the 17-year-old France Gall won Eurovision 1965 with 'Poupée de cire, poupée de son', a song by Michel Berger.",
     "Песня Сержа Генсбура «Poupée de cire, poupée de son» принесла Франс Галль и Люксембургу победу на «Евровидении-1965».",
     C, "person", "music", True),
    # FALSE: RU (Beiderbecke died aged 28)
    ("The cornet player Bix Beiderbecke, one of the first great white jazz soloists, died in Queens, New York, in August 1931 at only 28.",
     "Корнетист Бикс Бейдербек скончался в Нью-Йорке 6 августа 1931 г. в возрасте 38 лет.",
     C, "number", "music", False),
    # FALSE: EN (the opera was first given at La Fenice, Venice)
    ("Bellini's I Capuleti e i Montecchi, with Romeo written as a trouser role for mezzo-soprano, was first staged at La Scala, Milan, on 11 March 1830.",
     "Премьера оперы Беллини «Капулети и Монтекки» прошла 11.03.1830 в венецианском театре «Ла Фениче».",
     C, "place", "music", True),
    ("Compay Segundo, the Cuban guitarist and songwriter behind 'Chan Chan', found worldwide fame when he was nearly ninety, through the Buena Vista Social Club.",
     "Кубинский музыкант Компай Сегундо (1907–2003), автор песни «Chan Chan», стал мировой звездой почти в 90 лет благодаря проекту Buena Vista Social Club.",
     A, "number", "music", False),
    ("Auktyon, the avant-garde rock band led by singer and guitarist Leonid Fyodorov, was formed in Leningrad in 1978.",
     "Ленинградская группа «АукцЫон» ведёт свою историю с 1978 г.; бессменный лидер коллектива — Леонид Фёдоров.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (the Four Apostles hang in the Alte Pinakothek, Munich)
    ("Dürer's two-panel Four Apostles of 1526, showing John, Peter, Mark and Paul, hangs in the Alte Pinakothek in Munich.",
     "«Четыре апостола» А. Дюрера (1526) — две створки с Иоанном, Петром, Марком и Павлом — хранятся в Германском национальном музее в Нюрнберге.",
     C, "organisation", "art", False),
    # FALSE: RU (the Calumny of Apelles dates from about 1494–95, i.e. the 15th century)
    ("Botticelli painted the Calumny of Apelles around 1494–95, reconstructing from Lucian's description a lost allegory by the Greek painter Apelles.",
     "«Клевету» Боттичелли, написанную в начале XVI века по описанию утраченной картины Апеллеса у Лукиана, хранит галерея Уффици.",
     C, "century", "art", True),
    ("William Holman Hunt's The Hireling Shepherd, painted in the fields of Surrey in 1851, now belongs to Manchester Art Gallery.",
     "Картина прерафаэлита У. Х. Ханта «Наёмный пастух» (1851) находится в Художественной галерее Манчестера.",
     A, "year", "art", False),
    ("For The Death of Chatterton (1856), Henry Wallis used the young novelist George Meredith as his model for the dead poet.",
     "Моделью для «Смерти Чаттертона» Генри Уоллиса, хранящейся в галерее Тейт, послужил писатель Джордж Мередит.",
     A, "person", "art", True),
    ("Albrecht Dürer's engraving Knight, Death and the Devil dates from 1513, a year before Melencolia I and Saint Jerome in His Study.",
     "Гравюра на меди «Рыцарь, смерть и дьявол» (1513) — одна из трёх «мастерских гравюр» Дюрера.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the limit was 300 amphorae)
    ("The Lex Claudia of 218 BC barred senators from owning seagoing ships able to carry more than 3,000 amphorae.",
     "Закон Клавдия 218 г. до н. э. запрещал сенаторам и их сыновьям владеть судами вместимостью свыше 300 амфор; из сенаторов его поддержал лишь Гай Фламиний.",
     C, "number", "law", True),
    # FALSE: EN (the Lex Falcidia guaranteed the heir at least a quarter; legacies could not exceed three quarters)
    ("The Lex Falcidia of 40 BC capped what a testator's heir could receive at one quarter of the estate, leaving the rest free for legacies.",
     "По закону Фальцидия (40 г. до н. э.) наследнику должно было остаться не менее четверти наследства — так называемая «фальцидиева четверть».",
     C, "opposite", "law", False),
    ("Signed on 19 March 1563, the Edict of Amboise ended the first French War of Religion by granting Huguenots limited freedom of worship.",
     "Амбуазский эдикт от 19.03.1563 завершил первую религиозную войну во Франции, ограниченно разрешив протестантское богослужение.",
     A, "date", "law", True),
    ("Signed by President Calvin Coolidge on 2 June 1924, the Indian Citizenship Act made all Native Americans born in the United States citizens.",
     "Закон о гражданстве индейцев 1924 г. (его подписал Кулидж 2 июня) распространил гражданство США на всех коренных американцев, родившихся в стране.",
     A, "date", "law", False),
    ("The Custody of Infants Act 1839, won largely through Caroline Norton's campaign, let separated mothers petition for custody of children under seven.",
     "Принятый в 1839 г. британский закон об опеке над малолетними, за который боролась Кэролайн Нортон, позволил матерям добиваться опеки над детьми до семи лет.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the HP-35 sold for 395 dollars)
    ("Hewlett-Packard's HP-35 of 1972, the first handheld scientific calculator, sold for 395 dollars.",
     "Первый карманный научный калькулятор HP-35 фирма Hewlett-Packard выпустила в 1972 г. по цене 195 долл.",
     C, "money", "technology", False),
    # FALSE: RU (the Game Gear went on sale in Japan in October 1990)
    ("Sega launched the Game Gear, its colour handheld console, in Japan in October 1990.",
     "Портативная консоль Sega Game Gear с цветным экраном поступила в продажу в Японии в октябре 1992 г.",
     C, "year", "technology", True),
    ("Designed by Seymour Cray and delivered from 1964, the Control Data 6600 was the world's fastest computer for about five years.",
     "Суперкомпьютер CDC 6600 (1964) конструкции Сеймура Крея оставался самой быстрой машиной в мире до 1969 г.",
     A, "year", "technology", False),
    ("Thomas de Colmar patented his arithmometer in 1820, and from the 1850s it became the first mechanical calculator made in series.",
     "Арифмометр Тома де Кольмара, запатентованный в 1820 г., стал первым серийно выпускавшимся механическим вычислителем.",
     A, "year", "technology", True),
    ("The Fairlight CMI, a digital sampling synthesiser built by Peter Vogel and Kim Ryrie in Sydney, reached the market in 1979.",
     "Цифровой сэмплер-синтезатор Fairlight CMI, созданный в Австралии Питером Фогелем и Кимом Райри, появился в 1979 г.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Hartley Colliery disaster happened on 16 January 1862)
    ("On 6 January 1862 the beam of the pumping engine at Hartley Colliery in Northumberland broke and fell into the only shaft, entombing 204 men and boys.",
     "Катастрофа на шахте Хартли (Нортумберленд) 16.01.1862 унесла 204 жизни: обломок балансира насоса завалил единственный ствол.",
     C, "date", "disasters", False),
    # FALSE: RU (the Fauld explosion took place on 27 November 1944)
    ("On 27 November 1944 some 3,700 tonnes of bombs blew up in an underground RAF depot at Fauld, Staffordshire, killing about 70 people.",
     "Взрыв подземного склада боеприпасов Королевских ВВС в Фолде (Стаффордшир) 27 сентября 1944 г. унёс около 70 жизней.",
     C, "month", "disasters", True),
    # FALSE: EN (the Benwood mine explosion was on 28 April 1924)
    ("An explosion at the Benwood mine in West Virginia on 28 April 1927 killed 119 miners.",
     "Взрыв в шахте Бенвуд (Западная Виргиния) 28.04.1924 стоил жизни 119 горнякам — одна из тяжелейших аварий в угольной отрасли штата.",
     C, "year", "disasters", False),
    ("Forty-seven miners died on 18 September 1959 when fire broke out underground at Auchengeich colliery near Moodiesburn in Lanarkshire.",
     "Пожар на шахте Окенгейх в Шотландии 18.09.1959 унёс жизни 47 горняков.",
     A, "number", "disasters", True),
    ("No one was killed when a flash flood tore through the Cornish village of Boscastle on 16 August 2004, though about a hundred people were airlifted to safety.",
     "Наводнение в Боскасле (Корнуолл) 16.08.2004 обошлось без жертв; вертолёты эвакуировали около 100 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("In the Purgatorio Dante gives a voice to Buonconte da Montefeltro, the Ghibelline captain killed at Campaldino whose body was never found.",
     "Среди погибших при Кампальдино был и епископ Ареццо Гульельмино Убертини, выступивший в поход вместе с войском гибеллинов.",
     "Campaldino", True, "history"),
    ("Himalia circles Jupiter roughly once every 250 days at a distance of about 11 million kilometres.",
     "Диаметр Гималии оценивают в 140–170 км; это крупнейший из нерегулярных спутников Юпитера.",
     "Himalia", False, "science"),
    ("Gauja National Park, created in 1973, was the first national park in Latvia.",
     "В долине Гауи близ Сигулды находится пещера Гутманя — самая большая в Прибалтике.",
     "Gauja", True, "geography"),
    ("Deere & Company, famous for its green and yellow tractors, has its headquarters in Moline, Illinois.",
     "Эмблемой американской компании John Deere уже более ста лет служит силуэт прыгающего оленя.",
     "John Deere", False, "economy"),
    ("In 1991 Tamás Darnyi became the first man to swim the 200 m individual medley in under two minutes.",
     "Четырёхкратный олимпийский чемпион по плаванию Тамаш Дарньи родился в Будапеште в 1967 году.",
     "Darnyi", True, "sport"),
    ("The French game show Fort Boyard, first broadcast in 1990, is filmed inside the sea fort itself.",
     "Строительство форта Байяр, задуманного ещё при Наполеоне, растянулось более чем на полвека.",
     "Fort Boyard", False, "culture"),
    ("In 2000 Nabokov's novel was filmed as The Luzhin Defence, with John Turturro as the chess player.",
     "Одним из прототипов Лужина принято считать немецкого шахматиста Курта фон Барделебена.",
     "Luzhin", True, "literature"),
    ("Bix Beiderbecke was born in Davenport, Iowa, in March 1903.",
     "Самая известная запись Бикса Бейдербека — «Singin’ the Blues» 1927 г., сделанная вместе с саксофонистом Фрэнки Трамбауэром.",
     "Beiderbecke", False, "music"),
    ("In 1526 Dürer presented the Four Apostles panels as a gift to the city council of Nuremberg.",
     "Под фигурами «Четырёх апостолов» Дюрер поместил длинные цитаты из Нового Завета в переводе Лютера.",
     "Four Apostles", True, "art"),
    ("After the Hartley disaster, Parliament required every new coal mine to have at least two shafts.",
     "Погибших на шахте Хартли в 1862 г. похоронили на церковном кладбище в соседнем Эрсдоне.",
     "Hartley Colliery", False, "disasters"),
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
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj[0].upper() in "ABCDEFGHIJKL", subj
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
    assert len({r["domain"] for r in rel}) == 10
    # false side of contradict rows, read from the "# FALSE: EN/RU" comments
    src = open(os.path.abspath(__file__), encoding="utf-8").read()
    false_sides = re.findall(r"# FALSE: (EN|RU) \(", src)
    assert len(false_sides) == 30, len(false_sides)
    fs = count(false_sides)
    assert fs == {"EN": 15, "RU": 15}, fs
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout143.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout143.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false side:", fs)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
