#!/usr/bin/env python3
"""Build heldout63: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side; the other side is
true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # Legnano -- FALSE: RU (Barbarossa was defeated, he did not win)
    ("On 29 May 1176, at Legnano north-west of Milan, the infantry and cavalry of the Lombard League defeated Emperor Frederick Barbarossa.",
     "В битве при Леньяно в мае 1176 г. император Фридрих Барбаросса наголову разбил войска Ломбардской лиги.",
     C, "opposite", "history", True),
    ("The Treaty of Jassy, signed in January 1792, ended the Russo-Turkish war of 1787–1792 and fixed the frontier on the Dniester.",
     "Ясский мир, подписанный 29 декабря 1791 г. (9 января 1792 г. по новому стилю), подтвердил присоединение Крыма к России.",
     A, "date", "history", False),
    # Blore Heath -- FALSE: RU (the Yorkists were led by the Earl of Salisbury; Warwick was not there)
    ("At Blore Heath in Staffordshire, on 23 September 1459, a Yorkist force led by the Earl of Salisbury defeated a larger Lancastrian army.",
     "23 сентября 1459 г. при Блор-Хите в Стаффордшире йоркисты под командованием графа Уорика разбили превосходящее по численности войско ланкастерцев.",
     C, "person", "history", False),
    ("Mary, Queen of Scots saw her army routed at Langside, on the southern edge of Glasgow, on 13 May 1568.",
     "Битва при Лангсайде весной 1568 года продолжалась меньше часа; после разгрома своих сторонников Мария Стюарт бежала в Англию.",
     A, "date", "history", True),
    # Edgehill -- FALSE: RU (fought 23 October 1642, not in August)
    ("Fought in south Warwickshire on 23 October 1642, Edgehill was the first pitched battle of the English Civil War and ended inconclusively.",
     "Первое крупное сражение Английской революции — при Эджхилле в Уорикшире — произошло 23 августа 1642 г. и не принесло победы ни одной из сторон.",
     C, "month", "history", False),
    # ---------------- science ----------------
    ("Dirk Coster and George de Hevesy identified element 72, hafnium, by X-ray spectroscopy of zirconium minerals in Copenhagen in 1923.",
     "Гафний открыли в 1923 году нидерландский физик Д. Костер и венгерский химик Д. Хевеши; название элементу дано в честь Копенгагена.",
     A, "year", "science", True),
    # Lexell's Comet -- FALSE: RU (about 2.2 million km, not 22 million)
    ("On 1 July 1770 Lexell's Comet came within about 2.2 million kilometres of Earth, the closest cometary approach on record.",
     "1 июля 1770 г. комета Лекселя прошла примерно в 22 млн км от Земли.",
     C, "number", "science", True),
    # Krebs -- FALSE: RU (he was at Sheffield from 1935, not Cambridge)
    ("Hans Krebs worked out the citric acid cycle in 1937 at the University of Sheffield, where he had moved two years earlier.",
     "Цикл трикарбоновых кислот Ханс Кребс описал в 1937 году, будучи сотрудником Кембриджского университета.",
     C, "organisation", "science", False),
    ("The Hungarian biochemist Albert Szent-Györgyi won the 1937 Nobel Prize in Physiology or Medicine, partly for his work on vitamin C.",
     "В 1937 г. Нобелевскую премию по физиологии и медицине получил Альберт Сент-Дьёрдьи, выделивший витамин C и изучавший биологическое окисление.",
     A, "year", "science", False),
    # Swammerdam -- FALSE: RU (born 1637, not 1737)
    ("Jan Swammerdam, the Dutch microscopist often credited with the first description of red blood cells, was born in Amsterdam in 1637.",
     "Голландский микроскопист Ян Сваммердам, которому приписывают первое описание эритроцитов, родился в Амстердаме в 1737 году.",
     C, "century", "science", True),
    # ---------------- geography ----------------
    # Lake Kivu / Idjwi -- FALSE: RU (Idjwi belongs to DR Congo, not Rwanda)
    ("Idjwi, the largest island in Lake Kivu, belongs to the Democratic Republic of the Congo and is part of its South Kivu province.",
     "Иджви, крупнейший остров озера Киву, принадлежит Руанде и входит в её Западную провинцию.",
     C, "place", "geography", False),
    ("Cook Strait, which separates New Zealand's North and South Islands, is about 22 kilometres wide at its narrowest point.",
     "Пролив Кука между двумя главными островами Новой Зеландии в самом узком месте сужается до 22 км.",
     A, "number", "geography", True),
    ("Bass Strait takes its name from the naval surgeon George Bass, who sailed round Van Diemen's Land with Matthew Flinders in 1798–99.",
     "В 1798–1799 гг. Джордж Басс и Мэтью Флиндерс обогнули Тасманию, доказав, что её отделяет от материка пролив, позже названный Бассовым.",
     A, "person", "geography", False),
    # La Perouse Strait -- FALSE: RU (La Perouse sailed through in 1787; he was dead by 1797)
    ("La Pérouse Strait, between Sakhalin and Hokkaido, is named after the French navigator who sailed through it in 1787.",
     "Пролив между Сахалином и Хоккайдо назван в честь французского мореплавателя Жана Франсуа Лаперуза, прошедшего им в 1797 году.",
     C, "decade", "geography", True),
    ("Koryaksky, the snow-capped volcano that looms over Petropavlovsk-Kamchatsky, reaches a height of 3,456 metres.",
     "Корякская сопка — действующий вулкан высотой почти 3,5 тыс. м, хорошо видный из Петропавловска-Камчатского.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    ("In 1531 Antwerp opened a building designed specifically for trading, often cited as the first purpose-built exchange in Europe.",
     "Первое в Европе здание, специально возведённое для биржевой торговли, появилось в Антверпене в 1531 году.",
     A, "year", "economy", True),
    # Eurobond -- FALSE: RU (15 million dollars, not 15 billion)
    ("The first Eurobond, issued in July 1963 by the Italian motorway operator Autostrade, raised 15 million dollars.",
     "Первый выпуск еврооблигаций — заём итальянского оператора платных автодорог Autostrade в июле 1963 г. — составил 15 млрд долларов.",
     C, "scale", "economy", False),
    # Hang Seng -- FALSE: RU (launched 24 November 1969)
    ("The Hang Seng Index, Hong Kong's main stock market benchmark, was launched on 24 November 1969.",
     "Индекс Ханг Сенг, главный ориентир гонконгского фондового рынка, начали публиковать 14 ноября 1969 года.",
     C, "day", "economy", True),
    ("Hungary introduced the forint on 1 August 1946, ending a bout of hyperinflation that remains the worst on record.",
     "Форинт пришёл на смену обесцененным деньгам в Венгрии в августе 1946 г., положив конец самой сильной гиперинфляции в истории.",
     A, "date", "economy", False),
    # Cadbury -- FALSE: RU (the first shop was in Birmingham, not Manchester)
    ("John Cadbury began his business in 1824 with a shop in Birmingham's Bull Street selling tea, coffee and drinking chocolate.",
     "Компания Cadbury ведёт историю с 1824 года, когда Джон Кэдбери открыл в Манчестере лавку, торговавшую чаем, кофе и какао.",
     C, "place", "economy", False),
    # ---------------- sport ----------------
    ("Guillermo Stábile of Argentina finished as top scorer at the first World Cup, in Uruguay in 1930, with eight goals.",
     "Восемь мячей аргентинца Гильермо Стабиле сделали его лучшим бомбардиром чемпионата мира 1930 года.",
     A, "number", "sport", True),
    # Gerevich -- FALSE: RU (gold at six Games: 1932, 1936, 1948, 1952, 1956, 1960)
    ("The Hungarian sabreur Aladár Gerevich won Olympic gold at six different Games, from Los Angeles 1932 to Rome 1960.",
     "Венгерский саблист Аладар Геревич становился олимпийским чемпионом на пяти Играх, с 1932 по 1960 год.",
     C, "number", "sport", False),
    # Koblet -- FALSE: RU (it was the Giro d'Italia, not the Vuelta)
    ("In 1950 the Swiss cyclist Hugo Koblet became the first rider from outside Italy to win the Giro d'Italia.",
     "Швейцарский велогонщик Хуго Коблет в 1950 году первым из иностранцев выиграл «Вуэльту Испании».",
     C, "entity", "sport", True),
    ("Jim Clark took the Formula One drivers' title in 1963 and again in 1965, both times at the wheel of a Lotus.",
     "Двукратный чемпион мира в «Формуле-1» (1963, 1965) шотландец Джим Кларк выступал за команду «Лотус».",
     A, "year", "sport", False),
    # Lacoste -- FALSE: RU (he won Wimbledon in 1925 and 1928)
    ("René Lacoste won the men's singles at Wimbledon twice, in 1925 and in 1928.",
     "Француз Рене Лакост, семикратный победитель турниров Большого шлема, ни разу не побеждал на Уимблдоне в одиночном разряде.",
     C, "polarity", "sport", True),
    # ---------------- culture ----------------
    ("In 1958 the Habima company, which had begun in Moscow after the revolution, was officially named the national theatre of Israel.",
     "Статус национального театра Израиля «Габима» получила в 1958 году; в Тель-Авиве труппа обосновалась ещё в начале 1930-х.",
     A, "year", "culture", True),
    ("The Deutsches Museum in Munich was founded in 1903 at the instigation of the electrical engineer Oskar von Miller.",
     "Инициатором создания мюнхенского Немецкого музея, одного из крупнейших музеев науки и техники в мире, стал инженер-электротехник Оскар фон Миллер.",
     A, "person", "culture", False),
    ("Cabiria, Giovanni Pastrone's epic of the Second Punic War with intertitles by Gabriele D'Annunzio, reached cinemas in 1914.",
     "Снятая в Турине «Кабирия» (1914) Джованни Пастроне — один из первых полнометражных исторических фильмов-колоссов.",
     A, "year", "culture", True),
    # Kamerny Theatre -- FALSE: RU (it was founded and led by Alexander Tairov, not Meyerhold)
    ("The Kamerny Theatre opened in Moscow in December 1914 under the director Alexander Tairov, with Alisa Koonen as its leading actress.",
     "Московский Камерный театр, открытый в декабре 1914 г., возглавил режиссёр Всеволод Мейерхольд.",
     C, "person", "culture", False),
    # Liceu -- FALSE: RU (reopened in 1999, about five years after the fire)
    ("Gutted by fire in January 1994, the Liceu opera house in Barcelona reopened its doors in October 1999.",
     "Барселонский театр «Лисеу», сгоревший в январе 1994 г., был восстановлен и открылся вновь лишь через пятнадцать лет.",
     C, "duration", "culture", True),
    # ---------------- literature ----------------
    ("The first three parts of Ivan Kotliarevsky's Eneida, a comic retelling of Virgil in Ukrainian, were printed in St Petersburg in 1798.",
     "С выхода «Энеиды» Котляревского в 1798 г. принято отсчитывать историю новой украинской литературы.",
     A, "year", "literature", False),
    # Forest Song -- FALSE: RU (written in Kutaisi, not Yalta)
    ("Lesya Ukrainka wrote her verse drama Forest Song in the summer of 1911 while staying in Kutaisi, in Georgia.",
     "Драму-феерию «Лесная песня» Леся Украинка написала летом 1911 года в Ялте.",
     C, "place", "literature", False),
    # Eugenie Grandet -- FALSE: EN (published 1833, not 1843)
    ("Balzac's Eugénie Grandet, the story of a miserly cooper in Saumur and his daughter, first appeared in 1843.",
     "Роман Бальзака «Евгения Гранде», действие которого происходит в Сомюре, был опубликован в 1833 году.",
     C, "year", "literature", True),
    # Golovlyov Family -- FALSE: EN (Iudushka is Porfiry, not Stepan)
    ("The hypocrite nicknamed Iudushka, or 'Little Judas', at the heart of Saltykov-Shchedrin's The Golovlyov Family is the eldest son, Stepan.",
     "Центральный персонаж «Господ Головлёвых» Салтыкова-Щедрина — Порфирий Владимирович Головлёв, прозванный Иудушкой.",
     C, "person", "literature", False),
    ("Lucien Chardon, the young poet at the centre of Balzac's Lost Illusions, comes to Paris from the provincial town of Angoulême.",
     "Герой «Утраченных иллюзий» Бальзака, честолюбивый поэт Люсьен де Рюбампре, родом из Ангулема.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    ("James Lord Pierpont's 'Jingle Bells' was first published in 1857, under the title 'One Horse Open Sleigh'.",
     "Песня «Джингл беллз» американца Джеймса Лорда Пьерпонта вышла в 1857 г. под названием «Сани в одну лошадь».",
     A, "year", "music", False),
    # Estonian Song Festival -- FALSE: EN (first held in 1869, not 1896)
    ("The first Estonian song festival, organised by the journalist Johann Voldemar Jannsen, was held in 1896.",
     "Первый эстонский певческий праздник, инициатором которого был журналист Йохан Вольдемар Яннсен, прошёл в 1869 году.",
     C, "year", "music", True),
    # La Sylphide -- FALSE: RU (the 1832 Paris original was by Filippo Taglioni; Bournonville's version is from 1836)
    ("La Sylphide, choreographed by Filippo Taglioni for his daughter Marie, was first staged at the Paris Opéra in March 1832.",
     "Балет «Сильфида», впервые показанный в Парижской опере в марте 1832 г., поставил Август Бурнонвиль.",
     C, "person", "music", False),
    ("The lyrics of the Russian romance 'Dark Eyes' come from a poem by the Ukrainian author Yevhen Hrebinka, first printed in 1843.",
     "Слова романса «Очи чёрные» — стихотворение Евгения Гребёнки, опубликованное в «Литературной газете» в 1843 году.",
     A, "person", "music", True),
    ("Recorded by Stan Getz with João and Astrud Gilberto, 'The Girl from Ipanema' won the Grammy for Record of the Year in 1965.",
     "«Девушка из Ипанемы» Антониу Карлуса Жобима в исполнении Стэна Гетца и Аструд Жилберту получила «Грэмми» как запись года.",
     A, "entity", "music", False),
    # ---------------- art ----------------
    # Floor Scrapers -- FALSE: EN (the 1875 Salon jury rejected it)
    ("Caillebotte's The Floor Scrapers, showing workmen planing a Paris apartment floor, was accepted by the jury of the 1875 Salon.",
     "Картину Кайботта «Паркетчики» жюри Салона 1875 года отвергло, и впервые её показали на второй выставке импрессионистов в 1876 г.",
     C, "opposite", "art", False),
    ("In 2011 one of Cézanne's Card Players paintings was reportedly sold to the ruling family of Qatar for some 250 million dollars.",
     "Одна из версий «Игроков в карты» Сезанна, по сообщениям прессы, была продана катарской правящей семье примерно за 250 млн долларов.",
     A, "money", "art", True),
    # Memling's Last Judgment -- FALSE: RU (seized in 1473, not 1493)
    ("Hans Memling's Last Judgment triptych, on its way from Bruges to Florence, was seized at sea in 1473 by the Danzig privateer Paul Beneke.",
     "Триптих Ганса Мемлинга «Страшный суд», который везли из Брюгге во Флоренцию, захватил данцигский капер Пауль Бенеке в 1493 году.",
     C, "year", "art", True),
    ("Akseli Gallen-Kallela, the Finnish painter famous for his Aino triptych, was born in Pori in 1865 and died in 1931.",
     "Финский художник Аксели Галлен-Каллела (1865–1931), автор триптиха «Миф об Айно», умер в Стокгольме.",
     A, "year", "art", False),
    ("The illustrator Ivan Bilibin, who returned to the Soviet Union from Paris in 1936, died in besieged Leningrad in February 1942.",
     "Иван Билибин, мастер книжной иллюстрации к русским сказкам, умер в блокадном Ленинграде зимой 1942 года.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # Krell v Henry -- FALSE: RU (the agreed price was 75 pounds)
    ("In Krell v Henry, Henry had agreed to pay £75 to watch Edward VII's coronation procession from a flat in Pall Mall.",
     "По делу «Крелл против Генри» ответчик обязался заплатить 150 фунтов за квартиру на Пэлл-Мэлл, из окон которой собирался смотреть коронационную процессию Эдуарда VII.",
     C, "money", "law", False),
    # Gregg v. Georgia -- FALSE: RU (the Court upheld the statute, 7-2)
    ("In Gregg v. Georgia, decided in July 1976, the US Supreme Court upheld Georgia's revised death-penalty statute by seven votes to two.",
     "В июле 1976 г. по делу «Грегг против Джорджии» Верховный суд США признал неконституционным пересмотренный закон Джорджии о смертной казни.",
     C, "opposite", "law", True),
    ("In Bushel's Case of 1670, Chief Justice John Vaughan freed a juror jailed for refusing to convict the Quakers William Penn and William Mead.",
     "Присяжный Эдвард Бушел, оштрафованный и заключённый в тюрьму за оправдательный вердикт, был освобождён в 1670 г. решением главного судьи Джона Воэна.",
     A, "person", "law", False),
    ("Overturning the Queen's Bench, the House of Lords sided with Matthew Ashby, an Aylesbury voter whom the constable William White had turned away from the poll.",
     "Дело «Эшби против Уайта» в пользу избирателя из Эйлсбери в конечном счёте решила Палата лордов, отменив вердикт Суда королевской скамьи.",
     A, "organisation", "law", True),
    ("The Supreme Court decided Hustler Magazine v. Falwell unanimously, 8–0, in February 1988, ruling for the magazine.",
     "В феврале 1988 г. все восемь участвовавших в рассмотрении судей Верховного суда США встали на сторону журнала Hustler в споре с проповедником Джерри Фолуэллом.",
     A, "number", "law", False),
    # ---------------- technology ----------------
    # Harvard Mark I -- FALSE: EN (it was built by IBM)
    ("Howard Aiken's Harvard Mark I, which began running at Harvard in 1944, was built for him by Remington Rand.",
     "Электромеханический компьютер Harvard Mark I, задуманный Говардом Айкеном, построила корпорация IBM; в Гарварде он заработал в 1944 г.",
     C, "organisation", "technology", True),
    # System/360 -- FALSE: RU (announced 7 April 1964)
    ("IBM announced its System/360 family of compatible computers on 7 April 1964.",
     "Семейство совместимых компьютеров IBM System/360 было представлено 12 сентября 1964 года.",
     C, "date", "technology", False),
    ("NASA's Echo 1, launched on 12 August 1960, was a passive communications satellite: an aluminised balloon some 30 metres across.",
     "Спутник «Эхо-1» представлял собой надувной шар из металлизированной плёнки диаметром около 30 м, отражавший радиосигналы.",
     A, "number", "technology", True),
    ("John Atanasoff and his graduate student Clifford Berry built their electronic computer at Iowa State College between 1939 and 1942.",
     "Вычислительную машину Атанасова — Берри построили к 1942 году в Колледже штата Айова (ныне университет).",
     A, "organisation", "technology", False),
    ("The French engineer Georges Leclanché invented his zinc and manganese dioxide cell, ancestor of the dry battery, in 1866.",
     "Гальванический элемент Лекланше, прообраз современной сухой батарейки, появился в 1866 г.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    ("More than 500 people, many of them riding illegally, died of carbon monoxide poisoning when a train stalled in a tunnel near Balvano in March 1944.",
     "В марте 1944 г. поезд застрял в тоннеле близ Бальвано, и свыше пятисот человек задохнулись угарным газом.",
     A, "number", "disasters", False),
    # Lakonia -- FALSE: RU (128 people died)
    ("The Greek cruise liner Lakonia caught fire north of Madeira in December 1963; 128 people lost their lives.",
     "Пожар на греческом круизном лайнере «Лакония» у Мадейры в декабре 1963 г. унёс жизни 328 человек.",
     C, "number", "disasters", True),
    # Armagh -- FALSE: RU (12 June 1889)
    ("The Armagh rail disaster of 12 June 1889, in which 80 people on a Sunday school excursion died, led to compulsory continuous brakes.",
     "Крушение поезда с участниками воскресной школьной экскурсии под Армой, унёсшее 80 жизней, произошло 12 июня 1898 года.",
     C, "year", "disasters", False),
    # Kiss nightclub -- FALSE: EN (second deadliest; the 1961 Niteroi circus fire killed more)
    ("The fire at the Kiss nightclub in Santa Maria in January 2013, which killed 242 people, is the deadliest fire in Brazil's history.",
     "Пожар в ночном клубе Kiss в Санта-Марии (январь 2013 г., 242 погибших) — второй по числу жертв пожар в истории Бразилии.",
     C, "rank", "disasters", True),
    ("Lahars from the 1919 eruption of Kelud in East Java killed about 5,000 people.",
     "Извержение вулкана Келуд на Яве в 1919 году вызвало грязевые потоки, погубившие более 5 тыс. человек.",
     A, "number", "disasters", True),
]

RELATED = [
    ("The Lombard League fought at Legnano around the Carroccio, a large ox-drawn war wagon bearing the standard of Milan.",
     "Поражение при Леньяно вынудило Фридриха Барбароссу в 1177 г. заключить Венецианский мир с папой Александром III.",
     "Legnano", True, "history"),
    ("Hafnium is chemically so similar to zirconium that the two elements are very difficult to separate.",
     "Гафний был открыт в Копенгагене в 1923 году методом рентгеновской спектроскопии.",
     "Hafnium", False, "science"),
    ("Cook Strait is named after James Cook, who sailed through it in 1770 during his first Pacific voyage.",
     "Паромы через пролив Кука связывают Веллингтон на Северном острове с Пиктоном на Южном.",
     "Cook Strait", True, "geography"),
    ("Jim Clark was killed in April 1968 when his car left the track during a Formula Two race at Hockenheim.",
     "На счету Джима Кларка 25 побед в Гран-при чемпионата мира «Формулы-1».",
     "Jim Clark", False, "sport"),
    ("Habima's most celebrated early production was The Dybbuk, first performed in Moscow in 1922.",
     "В 1958 году труппа «Габима» официально получила статус национального театра Государства Израиль.",
     "Habima", True, "culture"),
    ("'The Girl from Ipanema' was written in 1962 by Antônio Carlos Jobim, with Portuguese lyrics by Vinícius de Moraes.",
     "Запись «Девушки из Ипанемы» с Аструд Жилберту и Стэном Гетцем получила «Грэмми» как лучшая запись года.",
     "Girl from Ipanema", False, "music"),
    ("Krell v Henry, decided by the Court of Appeal in 1903, is a leading English case on the frustration of contracts.",
     "Коронацию Эдуарда VII, ради которой ответчик снял квартиру, пришлось перенести из-за болезни короля.",
     "Krell v Henry", True, "law"),
    ("Echo 1 was launched from Cape Canaveral on 12 August 1960.",
     "Спутник «Эхо-1» диаметром около 30 м был изготовлен из майларовой плёнки с алюминиевым покрытием.",
     "Echo 1", False, "technology"),
    ("The Kiss nightclub fire began when a band's pyrotechnic flare set light to the acoustic foam on the ceiling.",
     "Пожар в клубе Kiss в бразильском городе Санта-Мария произошёл 27 января 2013 года.",
     "Kiss nightclub fire", True, "disasters"),
    ("Gallen-Kallela painted the frescoes of the Finnish pavilion at the 1900 World's Fair in Paris.",
     "Аксели Галлен-Каллела родился в 1865 году в городе Пори на западе Финляндии.",
     "Gallen-Kallela", False, "art"),
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
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, (label, slot, domain)
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = count(r["domain"] for r in comp)
    assert set(doms) == DOMAINS and all(v == 5 for v in doms.values()), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout63.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout63.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("labels:", count(r["label"] for r in comp))
    print("contradict slots (%d types):" % len(cslots), cslots)
    print("agree slots:", count(r["slot"] for r in comp if r["label"] == A))
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
