#!/usr/bin/env python3
"""Build heldout153: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the battle of Asculum was fought in 279 BC; 275 BC is Beneventum)
    ("At Asculum in Apulia in 279 BC, Pyrrhus of Epirus beat a Roman consular army at such a cost that the battle gave rise to the phrase 'Pyrrhic victory'.",
     "Битва при Аускуле, в которой эпирский царь Пирр ценой огромных потерь одолел римлян, состоялась в 275 г. до н. э.",
     C, "year", "history", True),
    ("On 6 October 105 BC the Cimbri and Teutones annihilated two Roman armies under Quintus Servilius Caepio and Gnaeus Mallius Maximus near Arausio on the Rhône.",
     "Под Араузионом (совр. Оранж) осенью 105 г. до н. э. германцы-кимвры и тевтоны уничтожили войска Цепиона и Маллия — одно из тяжелейших поражений Рима.",
     A, "date", "history", False),
    # FALSE: EN (the Roman commander at Idistaviso was Germanicus; Drusus the Elder had died in 9 BC)
    ("In AD 16, on the plain of Idistaviso by the Weser, Roman legions under Drusus routed the Germanic coalition led by Arminius.",
     "В 16 г. н. э. на равнине Идиставизо у Везера Германик разбил германские племена, которыми командовал Арминий, отомстив за гибель легионов Вара.",
     C, "person", "history", True),
    # FALSE: RU (the battle of Dornach was fought on 22 July 1499)
    ("The Swiss Confederates' victory at Dornach, just south of Basel, on 22 July 1499 was the last battle of the Swabian War.",
     "Последнее сражение Швабской войны — битва при Дорнахе 22.05.1499, где швейцарцы разгромили имперское войско, — предопределило заключение Базельского мира.",
     C, "month", "history", False),
    ("Led by Rudolf von Erlach, Bern and its allies from the Forest Cantons defeated Fribourg and a coalition of nobles at Laupen in June 1339.",
     "21.06.1339 у городка Лаупен бернцы вместе с союзниками из лесных кантонов наголову разбили войско Фрибура и бургундской знати.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Conway Morris named Hallucigenia in 1977)
    ("Simon Conway Morris coined the genus name Hallucigenia in the late 1960s for a spiny Burgess Shale worm that he reconstructed upside down.",
     "Название «галлюцигения» предложил в 1977 г. Саймон Конвей Моррис, изучавший кембрийскую фауну сланцев Бёрджес; поначалу животное реконструировали вверх ногами.",
     C, "decade", "science", True),
    ("Fossils of the dicynodont Lystrosaurus, found in Antarctica in 1969, strengthened the case for continental drift, since the same animal was known from South Africa and India.",
     "Находка листрозавра в Антарктиде (экспедиция 1969–1970 гг.) стала весомым доводом в пользу дрейфа континентов.",
     A, "place", "science", False),
    # FALSE: RU (Acanthostega had eight digits on the forelimb)
    ("Acanthostega, a Late Devonian tetrapod from East Greenland described by Erik Jarvik in 1952, had eight digits on each forelimb.",
     "У акантостеги — позднедевонского четвероногого из Восточной Гренландии — на передних конечностях было по семь пальцев.",
     C, "number", "science", False),
    ("The huge arms of Deinocheirus, found in Mongolia's Nemegt Formation in 1965, measure about 2.4 metres, but the rest of the animal stayed a mystery until 2014.",
     "Передние конечности дейнохейруса длиной 2,4 м нашла в Монголии польско-монгольская экспедиция 1965 г.; полный облик ящера удалось описать лишь в 2014-м.",
     A, "number", "science", True),
    ("In 2018 researchers reported traces of cholesterol in Dickinsonia fossils from the White Sea coast, strong evidence that this Ediacaran organism was an animal.",
     "Обнаруженные в 2018 г. в отпечатках дикинсонии с побережья Белого моря молекулы холестероидов позволили причислить этот эдиакарский организм к животным.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Inn joins the Danube at Passau)
    ("The Inn rises in the Swiss Engadine, flows through Innsbruck and joins the Danube at Passau, where it often carries more water than the Danube itself.",
     "Инн, берущий начало в швейцарском Энгадине, протекает через Инсбрук и впадает в Дунай у Регенсбурга.",
     C, "place", "geography", True),
    # FALSE: EN (the Chulym is a right tributary of the Ob)
    ("The Chulym, about 1,800 kilometres long, is formed in Khakassia by the White and Black Iyus and eventually empties into the Yenisei.",
     "Чулым (1799 км) — правый приток Оби; образуется слиянием Белого и Чёрного Июсов и течёт по Красноярскому краю и Томской области.",
     C, "entity", "geography", False),
    ("The Anabar, which drains the Anabar Plateau in northern Siberia, runs for roughly 940 kilometres before entering the Laptev Sea.",
     "Река Анабар длиной 939 км течёт по Красноярскому краю и Якутии и впадает в Анабарский залив моря Лаптевых.",
     A, "number", "geography", True),
    # FALSE: EN (the Llobregat reaches the sea south of Barcelona, at El Prat)
    ("The Llobregat, some 170 kilometres long, descends from the Pyrenean foothills past Montserrat and reaches the Mediterranean just north of Barcelona.",
     "Льобрегат (около 170 км) берёт начало в предгорьях Пиренеев у Кастельяр-де-н'Уг и впадает в Средиземное море южнее Барселоны, близ Эль-Прата.",
     C, "opposite", "geography", True),
    ("The Bikin, a 560-kilometre right-bank tributary of the Ussuri in Primorsky Krai, flows through forests added to UNESCO's Central Sikhote-Alin site in 2018.",
     "Бикин — правый приток Уссури в Приморье; в 2018 г. долину реки включили в объект всемирного наследия ЮНЕСКО «Центральный Сихотэ-Алинь».",
     A, "year", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Jungheinrich was founded in 1953)
    ("Friedrich Jungheinrich founded his forklift company in Hamburg in 1953; its first product was the Ameise 55, a small electric platform truck.",
     "Гамбургская компания Jungheinrich, известная вилочными погрузчиками, была основана Фридрихом Юнгхайнрихом в 1963 г.",
     C, "year", "economy", False),
    # FALSE: EN (Wilhelm Carl Heraeus took over the family pharmacy in Hanau)
    ("Heraeus, the precious-metals and technology group, traces its origins to 1851, when Wilhelm Carl Heraeus took over his father's pharmacy in Darmstadt.",
     "История концерна Heraeus началась в 1851 г. в Ханау, где аптекарь Вильгельм Карл Хереус унаследовал отцовскую аптеку; ныне это крупный семейный концерн.",
     C, "place", "economy", True),
    ("Endress+Hauser, a maker of process-measurement instruments now based in Reinach, Switzerland, was started in Lörrach in 1953 by Georg H. Endress and Ludwig Hauser.",
     "Фирму Endress+Hauser основали в 1953 г. в баденском городе Лёррах Георг Эндресс и Людвиг Хаузер.",
     A, "person", "economy", False),
    # FALSE: RU (Fendt was bought by AGCO in 1997)
    ("Tractor maker Fendt of Marktoberdorf in Bavaria has belonged to the American agricultural machinery group AGCO since 1997.",
     "В 1997 г. баварского производителя тракторов Fendt из Марктобердорфа купил американский концерн John Deere.",
     C, "organisation", "economy", True),
    ("Sportswear company Li-Ning was set up in 1990 by the gymnast Li Ning, who had won three gold medals at the 1984 Los Angeles Olympics.",
     "Основатель китайской компании спортивной одежды «Ли Нин» (1990 г.) — гимнаст Ли Нин, трёхкратный олимпийский чемпион Лос-Анджелеса-1984.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Happel's second European Cup came with Hamburger SV in 1983; he lost the 1978 final with Club Brugge)
    ("Ernst Happel won the European Cup as a coach with two different clubs, Feyenoord in 1970 and Club Brugge in 1983.",
     "Эрнст Хаппель дважды выигрывал Кубок европейских чемпионов как тренер: с «Фейеноордом» (1970) и «Гамбургом» (1983).",
     C, "organisation", "sport", False),
    # FALSE: RU (Boniek scored all three goals against Belgium)
    ("At the 1982 World Cup in Spain, Zbigniew Boniek scored a hat-trick in Poland's 3–0 win over Belgium at the Camp Nou.",
     "На чемпионате мира 1982 г. Збигнев Бонек забил в ворота бельгийцев два мяча, и сборная Польши победила 3:0.",
     C, "number", "sport", True),
    ("Vladimir Krutov, left wing of the famous KLM line with Larionov and Makarov, spent the 1989–90 NHL season with the Vancouver Canucks.",
     "Двукратный олимпийский чемпион (1984, 1988) Владимир Крутов в сезоне 1989/90 выступал в НХЛ за «Ванкувер Кэнакс».",
     A, "organisation", "sport", False),
    # FALSE: EN (Litvinov won the gold medal in Seoul; Sedykh took silver)
    ("Soviet hammer thrower Sergey Litvinov took the silver medal at the 1988 Seoul Olympics, finishing behind Yuriy Sedykh.",
     "Молотобоец Сергей Литвинов стал олимпийским чемпионом Сеула-1988 с результатом 84,80 м, опередив Юрия Седых.",
     C, "rank", "sport", False),
    ("Tunisia's Mohammed Gammoudi won the 5,000 metres at the 1968 Olympics in Mexico City, having taken silver over 10,000 metres in Tokyo four years earlier.",
     "Тунисец Мохаммед Гаммуди — олимпийский чемпион 1968 г. (Мехико) в беге на 5000 м.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    ("Gary Gygax and Dave Arneson's Dungeons & Dragons was first published in 1974 by TSR, a small company in Lake Geneva, Wisconsin.",
     "Первая редакция ролевой игры «Подземелья и драконы» (D&D) вышла в январе 1974 г.; её авторы — Гэри Гайгэкс и Дейв Арнесон.",
     A, "year", "culture", True),
    # FALSE: RU (Fischertechnik was launched in 1965)
    ("The Fischertechnik construction toy was launched in 1965 by Artur Fischer, the inventor best known for the nylon wall plug.",
     "Конструктор Fischertechnik появился в продаже в 1970-х гг.; его придумал Артур Фишер, изобретатель знаменитого пластикового дюбеля.",
     C, "decade", "culture", False),
    ("Corto Maltese, the laconic sailor created by Hugo Pratt, first appeared in 1967 in 'Una ballata del mare salato', serialised in the magazine Sgt. Kirk.",
     "Моряк Корто Мальтезе, герой итальянского художника Уго Пратта, впервые появился в комиксе «Баллада солёного моря» (1967).",
     A, "person", "culture", False),
    # FALSE: EN (Herriman died in 1944 and the strip ended with him)
    ("George Herriman's comic strip Krazy Kat, about a cat in love with the brick-throwing mouse Ignatz, ran from 1913 until Herriman's death in 1951.",
     "Комикс Джорджа Херримана «Крейзи Кэт» выходил в газетах с 1913 г. и прекратился в 1944-м со смертью автора.",
     C, "year", "culture", True),
    ("Blackadder Goes Forth, the fourth and final series of the BBC comedy, was broadcast in 1989 and set in the trenches of the First World War.",
     "Действие четвёртого сезона «Чёрной гадюки» с Роуэном Аткинсоном разворачивается в окопах Первой мировой; его показали по Би-би-си осенью 1989 г.",
     A, "entity", "culture", True),
    # ---------------- literature ----------------
    ("Headlong Hall, Thomas Love Peacock's first novel, appeared in 1816 and gathers a crowd of cranks and philosophers at a Welsh country house.",
     "Дебютный роман Томаса Лава Пикока «Хедлонг-Холл» (1816) высмеивает философские споры гостей валлийской усадьбы сквайра Хедлонга.",
     A, "year", "literature", False),
    # FALSE: RU (the hero of the 1728 Dunciad was Lewis Theobald; Cibber replaced him only in 1743)
    ("In the first version of The Dunciad, published in 1728, Alexander Pope crowned the Shakespeare scholar Lewis Theobald as king of the dunces.",
     "В первой редакции «Дунсиады» (1728) Александр Поуп сделал королём тупиц актёра и драматурга Колли Сиббера.",
     C, "person", "literature", True),
    ("Christina Rossetti's Goblin Market, the tale of the sisters Laura and Lizzie, was published in 1862 with illustrations by her brother Dante Gabriel.",
     "Поэма «Рынок гоблинов» Кристины Россетти о сёстрах Лоре и Лиззи вышла в 1862 г.",
     A, "year", "literature", True),
    # FALSE: EN (Gorboduc was first acted in 1561, i.e. in the 16th century)
    ("Gorboduc by Thomas Norton and Thomas Sackville, first acted at the Inner Temple in the seventeenth century, is often called the first English tragedy in blank verse.",
     "Трагедия «Горбодук» Нортона и Сэквилла, сыгранная юристами Иннер-Темпла на Рождество 1561 г., считается первой английской трагедией, написанной белым стихом.",
     C, "century", "literature", False),
    ("Goethe's novel Elective Affinities, published in 1809, borrows its title from a chemical term for substances that prefer to combine with one another.",
     "Роман Гёте «Избирательное сродство» (нем. Die Wahlverwandtschaften, 1809) рассказывает о супругах Эдуарде и Шарлотте, Капитане и юной Оттилии.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    ("Bizet's one-act opera Djamileh, with a libretto by Louis Gallet, was first performed at the Opéra-Comique in Paris in May 1872.",
     "Одноактная опера Бизе «Джамиле» впервые прозвучала в парижской Опера-Комик 22.05.1872, но выдержала лишь около десяти представлений.",
     A, "date", "music", True),
    # FALSE: RU (Hans Heiling premiered at the Berlin court opera)
    ("Heinrich Marschner's romantic opera Hans Heiling, to a libretto by the actor Eduard Devrient, premiered at the Berlin court opera in May 1833.",
     "Премьера романтической оперы Генриха Маршнера «Ганс Гейлинг» на либретто Эдуарда Девриента состоялась в 1833 г. в Дрездене.",
     C, "place", "music", False),
    ("Genoveva, Robert Schumann's only opera, was first staged in Leipzig on 25 June 1850 with the composer himself conducting.",
     "Единственная опера Шумана «Геновева» впервые поставлена в Лейпциге летом 1850 г.; за дирижёрским пультом стоял сам автор.",
     A, "place", "music", True),
    # FALSE: RU (Fierrabras waited more than 70 years, 1823 to 1897, not half a century)
    ("Schubert finished Fierrabras in 1823, but the opera waited more than seventy years for its first staging, at Karlsruhe in 1897.",
     "Оперу «Фьеррабрас», завершённую Шубертом в 1823 г., впервые поставили на сцене лишь спустя полвека, в Карлсруэ.",
     C, "duration", "music", True),
    ("Hugo Wolf's only completed opera, Der Corregidor, based on Pedro Antonio de Alarcón's novella The Three-Cornered Hat, opened in Mannheim in 1896.",
     "Опера Гуго Вольфа «Коррехидор» по повести Аларкона «Треуголка» впервые прозвучала 07.06.1896 в Мангейме.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Blechen's Italian journey lasted a little over a year, 1828-29)
    ("Carl Blechen, the Cottbus-born Romantic landscape painter, spent three years travelling in Italy, and the trip transformed his use of light.",
     "Уроженец Котбуса Карл Блехен (1798–1840) провёл в Италии немногим больше года (1828–1829), и эта поездка изменила его палитру.",
     C, "duration", "art", True),
    # FALSE: EN (Anker trained in Paris in the studio of Charles Gleyre)
    ("Swiss painter Albert Anker gave up theology for art and trained in Paris in the studio of Jean-Léon Gérôme before returning to his native Ins.",
     "Швейцарец Альберт Анкер, оставив богословие, учился живописи в Париже у Шарля Глейра, а затем вернулся в родной Инс.",
     C, "person", "art", False),
    # FALSE: RU (the painting is 'On the Oka River', 1890)
    ("Abram Arkhipov made his name among the Peredvizhniki with the 1890 painting 'On the Oka River', now in the Tretyakov Gallery.",
     "Известность Абраму Архипову принесла картина «По реке Волге» (1890), показанная на выставке передвижников.",
     C, "entity", "art", True),
    ("Anselm Feuerbach, the German painter of Iphigenia and of Plato's Symposium, was born in Speyer in 1829 and died in Venice in 1880.",
     "Ансельм Фейербах (1829, Шпайер — 1880, Венеция) — мастер немецкого неоклассицизма, автор нескольких вариантов «Ифигении».",
     A, "place", "art", False),
    ("Fyodor Bruni worked on his vast canvas The Brazen Serpent in Rome for about fourteen years, finishing it in 1841; it now hangs in the Russian Museum.",
     "Над огромным полотном «Медный змий» (1827–1841, Русский музей) Фёдор Бруни трудился в Риме около 14 лет.",
     A, "duration", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the Jay Treaty was signed on 19 November 1794)
    ("The Jay Treaty between the United States and Britain was signed in London on 29 November 1794 by John Jay and Lord Grenville.",
     "Договор Джея, урегулировавший споры США и Великобритании после Войны за независимость, подписан 19.11.1794; Сенат ратифицировал его в 1795 г.",
     C, "date", "law", False),
    ("The Kanzelparagraph, or pulpit paragraph, added to the German criminal code in December 1871 during the Kulturkampf, threatened priests who discussed state affairs in sermons with prison.",
     "Так называемый «кафедральный параграф» (Kanzelparagraph, § 130a УК), принятый в 1871 г. в разгар культуркампфа, был отменён в ФРГ лишь в 1953 г.",
     A, "year", "law", True),
    # FALSE: RU (the Hexabiblos was compiled around 1345, i.e. in the 14th century)
    ("The Hexabiblos, a six-book legal compendium compiled around 1345 by the Thessalonian judge Constantine Harmenopoulos, served as Greece's civil law until 1946.",
     "«Шестикнижие» Константина Арменопула, судьи из Фессалоники, составленное в XII веке, действовало в Греции как гражданский кодекс до 1946 г.",
     C, "century", "law", True),
    ("The Ewiger Landfriede, or Perpetual Public Peace, proclaimed at the Diet of Worms in 1495 under Maximilian I, outlawed private feuds throughout the Holy Roman Empire.",
     "Вечный земский мир, провозглашённый Вормсским рейхстагом 07.08.1495, запретил в империи частные войны (файды) и учредил Имперский камерный суд.",
     A, "date", "law", False),
    ("Henry II's Assize of Arms of 1181 obliged every free man in England to keep weapons and armour according to his wealth.",
     "По «Ассизе о вооружении», изданной Генрихом II в 1181 г., рыцарю предписывалось иметь кольчугу, шлем, щит и копьё, а прочим свободным — оружие по достатку.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (GeoCities was bought by Yahoo!, not AOL)
    ("In 1999 the web-hosting community GeoCities was bought by AOL for about 3.6 billion dollars; its American service closed ten years later.",
     "Хостинг GeoCities, основанный в 1994 г. Дэвидом Боннеттом, в 1999 г. был куплен Yahoo! примерно за 3,57 млрд долл., а в 2009 г. закрыт.",
     C, "organisation", "technology", False),
    # FALSE: RU (Flickr was launched in February 2004)
    ("The photo-sharing site Flickr, launched by the Vancouver start-up Ludicorp in February 2004, was acquired by Yahoo in March 2005.",
     "Фотохостинг Flickr канадской компании Ludicorp (Стюарт Баттерфилд и Катерина Фейк) заработал в октябре 2004 г.",
     C, "month", "technology", False),
    # FALSE: RU (Dropbox went public on Nasdaq in March 2018)
    ("Dropbox, started in 2007 by MIT students Drew Houston and Arash Ferdowsi, floated its shares on the Nasdaq exchange in March 2018.",
     "Облачный сервис Dropbox, основанный в 2007 г. Дрю Хьюстоном и Арашем Фердоуси, так и не вышел на биржу и остаётся частной компанией.",
     C, "polarity", "technology", False),
    ("The file-sharing program Kazaa, built on the FastTrack protocol, was released in 2001 by Niklas Zennström and Janus Friis, who later founded Skype.",
     "Программу Kazaa для обмена файлами выпустили в 2001 г. швед Никлас Зеннстрём и датчанин Янус Фрийс.",
     A, "person", "technology", True),
    ("Brad Fitzpatrick started the blogging service LiveJournal in 1999 while still a student; the company Six Apart bought it in 2005.",
     "Сервис LiveJournal («Живой журнал»), основанный Брэдом Фицпатриком в 1999 г., в 2007 г. перешёл от Six Apart к российской компании SUP.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Lundhill explosion killed 189)
    ("An explosion at Lundhill Colliery near Wombwell, South Yorkshire, on 19 February 1857 killed 89 men and boys.",
     "Взрыв на шахте Ландхилл близ Уомбуэлла (Южный Йоркшир) 19.02.1857 унёс жизни 189 горняков.",
     C, "number", "disasters", True),
    # FALSE: EN (the 33 miners spent 69 days underground, 5 August to 13 October 2010)
    ("The 33 miners trapped by the August 2010 collapse of the San José mine near Copiapó, Chile, were hauled to the surface after 39 days underground.",
     "33 горняка, отрезанные обвалом на руднике Сан-Хосе под Копьяпо (Чили) 5 августа 2010 г., провели под землёй 69 суток и были подняты в капсуле «Феникс» 13.10.2010.",
     C, "duration", "disasters", False),
    ("Four miners drowned on 15 September 2011 when water flooded the small Gleision drift mine near Pontardawe in the Swansea Valley.",
     "В сентябре 2011 г. на маленькой угольной шахте Глейшн в Уэльсе (графство Нит-Порт-Толбот) из-за прорыва воды погибли четыре горняка.",
     A, "number", "disasters", True),
    ("The Lofthouse Colliery disaster near Wakefield on 21 March 1973 killed seven miners after old flooded workings were breached.",
     "21.03.1973 на шахте Лофтхаус (Западный Йоркшир) прорыв воды из старых выработок погубил семерых горняков; найти удалось лишь одно тело.",
     A, "date", "disasters", False),
    ("The magnitude 7.1 earthquake of 10 October 1980 destroyed much of El Asnam in northern Algeria; the city was renamed Chlef soon afterwards.",
     "После катастрофического землетрясения 10.10.1980 алжирский город Эль-Аснам получил новое название — Шлеф.",
     A, "date", "disasters", True),
]

RELATED = [
    ("Ancient writers claimed that as many as 80,000 Roman soldiers died at Arausio in 105 BC, the worst Roman defeat since Cannae.",
     "После катастрофы при Араузионе римляне раз за разом избирали консулом Гая Мария, которому поручили войну с кимврами.",
     "Arausio", True, "history"),
    ("The name Deinocheirus, coined by Halszka Osmólska and Ewa Roniewicz in 1970, means 'terrible hand'.",
     "По скелетам, описанным в 2014 г., дейнохейрус оказался огромным орнитомимозавром с горбом на спине и клювом, похожим на утиный.",
     "Deinocheirus", False, "science"),
    ("The Inn is about 517 kilometres long, and its basin spreads over Switzerland, Austria and Germany.",
     "Название Инсбрука означает «мост через Инн»: город вырос у переправы через эту реку.",
     "Inn", True, "geography"),
    ("Li Ning lit the Olympic cauldron at the opening of the 2008 Beijing Games after being hoisted on wires around the stadium roof.",
     "Акции компании «Ли Нин» обращаются на Гонконгской фондовой бирже с 2004 г.",
     "Li-Ning", False, "economy"),
    ("As a coach Ernst Happel took the Netherlands to the 1978 World Cup final, which they lost to Argentina after extra time.",
     "После смерти Эрнста Хаппеля в 1992 г. главный стадион Вены, «Пратер», назвали его именем.",
     "Happel", True, "sport"),
    ("Rowan Atkinson played the scheming title character in every series of Blackadder, which began on BBC One in 1983.",
     "Сценарии второго, третьего и четвёртого сезонов «Чёрной гадюки» написали Ричард Кёртис и Бен Элтон.",
     "Blackadder", False, "culture"),
    ("In Goblin Market, Lizzie resists the goblin men's enchanted fruit and so saves her sister Laura.",
     "Кристина Россетти — младшая сестра поэта и художника Данте Габриэля Россетти, одного из основателей «Братства прерафаэлитов».",
     "Goblin Market", True, "literature"),
    ("Schumann based Genoveva on plays by Ludwig Tieck and Friedrich Hebbel about the medieval legend of Genevieve of Brabant.",
     "Из всей оперы Шумана «Геновева» в концертах чаще всего звучит увертюра.",
     "Genoveva", False, "music"),
    ("Fyodor Bruni later served for many years as rector of the Imperial Academy of Arts in St Petersburg.",
     "Фёдор Бруни родился в 1799 г. в Милане и ещё ребёнком переехал вместе с отцом-художником в Россию.",
     "Bruni", True, "art"),
    ("Seventeen days after the Copiapó mine collapse, a note reading 'Estamos bien en el refugio los 33' told rescuers that all the trapped men were alive.",
     "Первым из горняков рудника Сан-Хосе под Копьяпо на поверхность подняли Флоренсио Авалоса, последним — бригадира смены Луиса Урсуа.",
     "Copiapó mining accident", False, "disasters"),
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


def false_sides(path):
    """Read the '# FALSE: EN|RU' comments, one per contradict row, in order."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*# FALSE: (EN|RU) \(", line)
            if m:
                out.append(m.group(1))
    return out


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
    split = {}
    for d in DOMAINS:
        split[d] = sum(r["label"] == C for r in comp if r["domain"] == d)
    assert sorted(split.values()) == [2] * 6 + [3] * 6, split
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    fs = false_sides(os.path.abspath(__file__))
    assert len(fs) == 30, len(fs)
    assert fs.count("EN") == 15 and fs.count("RU") == 15, count(fs)
    assert len(set(r["domain"] for r in rel)) == 10

    with open(os.path.join(here, "comparable_heldout153.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout153.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(fs))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", dict(sorted(split.items())))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
