#!/usr/bin/env python3
"""Build heldout96: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (the battle of Tannenberg was fought on 26-30 August 1914)
    ("The Russian Second Army of General Alexander Samsonov was surrounded and almost wiped out at Tannenberg, in East Prussia, in mid-October 1914.",
     "Сражение при Танненберге (26–30 августа 1914 г.) закончилось окружением и разгромом 2-й русской армии генерала Самсонова германской 8-й армией.",
     C, "month", "history", True),
    # FALSE: EN (the Swordfish flew from HMS Illustrious)
    ("On the night of 11–12 November 1940, Swordfish torpedo bombers flown from the carrier HMS Ark Royal crippled three Italian battleships in the harbour of Taranto.",
     "В ночь на 12 ноября 1940 г. торпедоносцы «Суордфиш» с авианосца «Илластриес» атаковали итальянский флот в гавани Таранто, выведя из строя три линкора.",
     C, "entity", "history", False),
    # FALSE: RU (the Graf Spee was scuttled on 17 December 1939, four days after the battle)
    ("Four days after the Battle of the River Plate, on 17 December 1939, Captain Hans Langsdorff had the Admiral Graf Spee scuttled off Montevideo.",
     "Почти через месяц после боя с тремя британскими крейсерами экипаж «Адмирала графа Шпее» по приказу капитана Лангсдорфа затопил корабль у Монтевидео.",
     C, "duration", "history", True),
    ("At Rorke's Drift on 22–23 January 1879 roughly 150 British and colonial soldiers held a mission station against 3,000–4,000 Zulu warriors; eleven Victoria Crosses were awarded.",
     "За оборону миссии Роркс-Дрифт (январь 1879 г.) от многотысячного зулусского войска 11 её защитников были удостоены креста Виктории.",
     A, "number", "history", False),
    ("One of the largest tank battles in history was fought near the railway station of Prokhorovka on 12 July 1943.",
     "12.07.1943 у станции Прохоровка 5-я гвардейская танковая армия П. А. Ротмистрова вступила во встречное сражение с танковым корпусом СС.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Nakamura worked for Nichia, not Toshiba)
    ("Shuji Nakamura developed his bright blue light-emitting diodes in the early 1990s while working for Nichia, a small chemical company on the Japanese island of Shikoku.",
     "Сюдзи Накамура создал яркий синий светодиод в начале 1990-х годов, будучи инженером корпорации «Тосиба».",
     C, "organisation", "science", True),
    # FALSE: EN (Shechtman observed the quasicrystal pattern on 8 April 1982)
    ("Dan Shechtman discovered quasicrystals in the early 1990s, while studying a rapidly cooled aluminium–manganese alloy; he received the 2011 Nobel Prize in Chemistry.",
     "Запретную для кристаллов симметрию десятого порядка Дэн Шехтман впервые увидел на электронограмме 8 апреля 1982 г., работая в Национальном бюро стандартов США.",
     C, "decade", "science", False),
    # FALSE: EN (GFP was isolated from the jellyfish Aequorea victoria)
    ("Osamu Shimomura isolated green fluorescent protein in 1962 from fireflies, work that earned him a share of the 2008 Nobel Prize in Chemistry.",
     "Зелёный флуоресцентный белок Осаму Симомура выделил в 1962 г. из медузы Aequorea victoria; в 2008 г. ему досталась часть Нобелевской премии по химии.",
     C, "entity", "science", True),
    ("Ahmed Zewail, an Egyptian-born chemist at Caltech, was the sole winner of the 1999 Nobel Prize in Chemistry for studying reactions on femtosecond timescales.",
     "Основоположник фемтохимии Ахмед Зевейл, уроженец Египта, стал единоличным лауреатом Нобелевской премии по химии за 1999 год.",
     A, "year", "science", False),
    ("Stanley Prusiner, who coined the word 'prion' in 1982, received the undivided 1997 Nobel Prize in Physiology or Medicine.",
     "Нобелевскую премию по физиологии и медицине 1997 г. получил один Стэнли Прузинер — за открытие прионов, нового биологического принципа инфекции.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (Mount Shasta is 4,322 m / 14,179 ft high)
    ("Mount Shasta, a stratovolcano at the southern end of the Cascade Range in northern California, reaches 14,179 feet (4,322 m).",
     "Вулкан Шаста в Каскадных горах на севере Калифорнии поднимается на 3322 м над уровнем моря.",
     C, "number", "geography", False),
    # FALSE: EN (the São Francisco is the longest river lying wholly in Brazil)
    ("Rising in the Serra da Canastra of Minas Gerais, the São Francisco is only the fourth-longest river flowing entirely within Brazil.",
     "Сан-Франсиску, берущая начало в горах Серра-да-Канастра (штат Минас-Жерайс), — самая длинная из рек, целиком протекающих по территории Бразилии.",
     C, "rank", "geography", True),
    # FALSE: EN (the Pripyat flows into the Dnieper, in the Kiev Reservoir)
    ("The Pripyat, which drains the marshes of southern Belarus and northern Ukraine, runs for about 760 km before joining the Desna north of Kyiv.",
     "Припять — правый приток Днепра длиной 761 км; река протекает по Белоруссии и Украине и впадает в Киевское водохранилище.",
     C, "place", "geography", False),
    ("Lake Pontchartrain, a brackish estuary just north of New Orleans, is crossed by a causeway nearly 24 miles long.",
     "Озеро Понтчартрейн в штате Луизиана, к северу от Нового Орлеана, пересекает мост-дамба длиной около 38 км.",
     A, "number", "geography", True),
    ("Popocatépetl, the active volcano south-east of Mexico City, is the second-highest peak in Mexico, rising to about 5,400 metres.",
     "Действующий вулкан Попокатепетль (около 5,4 тыс. м) уступает по высоте лишь одной горе Мексики.",
     A, "rank", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (the first Swatch watches went on sale on 1 March 1983)
    ("The plastic Swatch, assembled from only 51 parts, was launched in the early 1990s to win back the mass market from cheap Japanese quartz watches.",
     "Первые пластиковые часы Swatch, собранные всего из 51 детали, поступили в продажу 1 марта 1983 г. в Цюрихе.",
     C, "decade", "economy", True),
    # FALSE: RU (the first Uniqlo shop opened in Hiroshima)
    ("Uniqlo began in 1984 as the Unique Clothing Warehouse, a casual-wear shop opened in Hiroshima by the Ogori Shoji company.",
     "Первый магазин сети «Юникло», тогда называвшийся Unique Clothing Warehouse, открылся в 1984 г. в Осаке.",
     C, "place", "economy", False),
    ("Barbe-Nicole Clicquot, née Ponsardin, was widowed at 27 in 1805 and took charge of her late husband's champagne house in Reims.",
     "Овдовев в 1805 году, Барб-Николь Клико-Понсарден возглавила шампанский дом мужа; вскоре её стали называть «вдовой Клико».",
     A, "year", "economy", True),
    ("Makita was founded in Nagoya in 1915 by Mosaburo Makita as a business selling and repairing electric motors.",
     "Японская компания Makita ведёт историю с 1915 г., когда в Нагое открылась мастерская по продаже и ремонту электромоторов.",
     A, "place", "economy", False),
    ("Weetabix has been made since 1932 at Burton Latimer in Northamptonshire, where a disused mill was converted to produce the wheat biscuits.",
     "Производство хлопьев Weetabix началось в 1932 году в городке Бертон-Латимер (графство Нортгемптоншир).",
     A, "place", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Suker scored six goals at the 1998 World Cup)
    ("Davor Šuker won the Golden Boot at the 1998 World Cup in France with eight goals, as Croatia finished third at their first finals.",
     "Хорватский нападающий Давор Шукер с шестью мячами стал лучшим бомбардиром чемпионата мира 1998 года, на котором его сборная завоевала бронзу.",
     C, "number", "sport", False),
    # FALSE: RU (Ostapenko beat Halep in the final)
    ("Unseeded Jeļena Ostapenko won the 2017 French Open, beating Simona Halep in the final to become Latvia's first Grand Slam singles champion.",
     "В финале «Ролан Гаррос» 2017 г. несеяная латвийская теннисистка Елена Остапенко уступила румынке Симоне Халеп.",
     C, "opposite", "sport", True),
    # FALSE: RU (Wawrinka won the 2015 French Open final)
    ("Stan Wawrinka won the 2015 French Open, defeating the world number one in a four-set final.",
     "В финале Открытого чемпионата Франции 2015 г. швейцарец Стэн Вавринка так и не смог обыграть первую ракетку мира.",
     C, "polarity", "sport", False),
    ("In September 2021 the 18-year-old Emma Raducanu won the US Open as a qualifier, the first player to take a Grand Slam singles title from qualifying.",
     "Эмма Радукану выиграла Открытый чемпионат США 2021 года, пробившись в основную сетку через квалификацию и не отдав соперницам ни одного сета.",
     A, "year", "sport", True),
    ("Andy Roddick won his only Grand Slam singles title at the 2003 US Open and finished that season ranked world No. 1.",
     "Единственный турнир Большого шлема в одиночном разряде американец Энди Роддик выиграл в 2003 г. в Нью-Йорке; в том же сезоне он возглавил мировой рейтинг.",
     A, "year", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Nowruz falls at the March equinox, 20 or 21 March)
    ("Nowruz, the Persian New Year, is celebrated at the equinox in late September, from Iran and Afghanistan to Central Asia.",
     "Навруз — Новый год по иранскому солнечному календарю — отмечают в день весеннего равноденствия, 20 или 21 марта.",
     C, "month", "culture", True),
    # FALSE: RU (Shichi-Go-San is on 15 November)
    ("Shichi-Go-San, held on 15 November, is the Japanese festival at which girls of three and seven and boys of five are taken to Shinto shrines.",
     "Праздник Сити-го-сан, когда японских детей трёх, пяти и семи лет ведут в синтоистские храмы, отмечается 3 ноября.",
     C, "date", "culture", False),
    ("The June race meeting now known as Royal Ascot traces its origins to 1711, when Queen Anne founded a racecourse on Ascot Heath in Berkshire.",
     "Знаменитые июньские скачки Royal Ascot ведут историю с начала XVIII века, когда ипподром в Аскоте основала королева Анна.",
     A, "century", "culture", True),
    ("The Roman festival of Saturnalia began on 17 December and was later extended to a week of feasting, gift-giving and role reversal between masters and slaves.",
     "Сатурналии, римский праздник в честь бога Сатурна, начинались 17 декабря; позднее их продлили до семи дней.",
     A, "date", "culture", False),
    ("Every year hundreds of thousands of Hindu devotees climb the 272 steps to the Batu Caves near Kuala Lumpur during Thaipusam.",
     "На праздник Тайпусам паломники-индуисты поднимаются по 272 ступеням в пещерный храм Бату под Куала-Лумпуром, посвящённый богу Муругану.",
     A, "place", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Castorp stays seven years, not three)
    ("In Thomas Mann's The Magic Mountain (1924), Hans Castorp comes to a Davos sanatorium for a three-week visit and stays seven years.",
     "Герой «Волшебной горы» Томаса Манна Ганс Касторп приезжает в швейцарский санаторий навестить кузена на три недели, а остаётся там на три года.",
     C, "duration", "literature", False),
    # FALSE: EN (the man accused is Dr Aziz)
    ("In E. M. Forster's A Passage to India (1924), the English schoolmaster Cyril Fielding is accused of assaulting Adela Quested in the Marabar Caves.",
     "В романе Форстера «Поездка в Индию» (1924) доктора Азиза обвиняют в нападении на англичанку Аделу Куэстед в Марабарских пещерах.",
     C, "person", "literature", True),
    ("Richard Adams's Watership Down, a novel about a band of rabbits fleeing their doomed warren, was first published in 1972 by Rex Collings.",
     "Роман Ричарда Адамса «Обитатели холмов», в котором кролики ищут новый дом, вышел в 1972 году и принёс автору медаль Карнеги.",
     A, "year", "literature", False),
    ("D. H. Lawrence's Sons and Lovers, published in 1913, follows Paul Morel, the son of a Nottinghamshire coal miner.",
     "Роман Д. Г. Лоуренса «Сыновья и любовники» (1913) рассказывает о Поле Мореле, выросшем в семье шахтёра.",
     A, "person", "literature", True),
    ("In Washington Irving's story, first published in 1819, Rip Van Winkle falls asleep in the Catskill Mountains and wakes twenty years later.",
     "Рип ван Винкль, герой новеллы Вашингтона Ирвинга, проспал в горах Катскилл 20 лет и проснулся уже после Войны за независимость.",
     A, "duration", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (the official premiere was in New York on 31 December 1879)
    ("Gilbert and Sullivan's comic opera The Pirates of Penzance had its official first performance in New York in the early twentieth century.",
     "Официальная премьера комической оперы Гилберта и Салливана «Пираты Пензанса» состоялась в Нью-Йорке 31 декабря 1879 г., на день позже формального показа в английском Пейнтоне.",
     C, "century", "music", True),
    # FALSE: RU (the lyrics are by Stephen Sondheim)
    ("West Side Story, with music by Leonard Bernstein and lyrics by Stephen Sondheim, opened at the Winter Garden Theatre on Broadway on 26 September 1957.",
     "Мюзикл «Вестсайдская история» (1957) на музыку Леонарда Бернстайна написан на стихи Оскара Хаммерстайна II.",
     C, "person", "music", False),
    # FALSE: EN (Strange Fruit was recorded for Commodore; Columbia declined it)
    ("Billie Holiday recorded Strange Fruit, Abel Meeropol's song about lynching, in April 1939 for Columbia.",
     "Песню «Странный плод» на стихи школьного учителя Абеля Меерополя Билли Холидей записала в 1939 г. на небольшом лейбле «Коммодор».",
     C, "organisation", "music", True),
    ("My Fair Lady, Lerner and Loewe's adaptation of Pygmalion, opened at the Mark Hellinger Theatre in New York on 15 March 1956.",
     "Бродвейская премьера мюзикла «Моя прекрасная леди» с Рексом Харрисоном в роли профессора Хиггинса прошла 15.03.1956.",
     A, "date", "music", False),
    ("Beethoven's Piano Sonata No. 21 in C major, Op. 53, written in 1803–04, is named after its dedicatee, Count Ferdinand von Waldstein.",
     "Сонату № 21 до мажор (соч. 53) Бетховен посвятил раннему покровителю, графу Фердинанду фон Вальдштейну, — отсюда её название.",
     A, "person", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (Schongauer had died in 1491, before Durer reached Colmar)
    ("The young Albrecht Dürer, arriving in Colmar in 1492, did not find Martin Schongauer alive: the famous engraver had died the year before.",
     "Прибыв в Кольмар в 1492 г., молодой Альбрехт Дюрер застал знаменитого гравёра Мартина Шонгауэра в живых.",
     C, "polarity", "art", False),
    # FALSE: RU (Ribera was a 17th-century painter, 1591-1652)
    ("Jusepe de Ribera, the 17th-century painter born at Xàtiva near Valencia, spent almost his entire career in Spanish-ruled Naples, where he was nicknamed Lo Spagnoletto.",
     "Хусепе де Рибера, испанский живописец XVIII века, прозванный «Спаньолетто», почти всю жизнь проработал в Неаполе.",
     C, "century", "art", True),
    ("The self-taught Georgian painter Niko Pirosmani often worked on black oilcloth, producing signboards and pictures for the taverns of Tiflis.",
     "Нико Пиросмани, грузинский художник-самоучка, писал вывески и картины для тифлисских духанов, нередко прямо на чёрной клеёнке.",
     A, "entity", "art", False),
    ("Martiros Saryan, founder of a modern national school of Armenian painting, was born in 1880 in Nakhichevan-on-Don, now part of Rostov-on-Don.",
     "Мартирос Сарьян родился в 1880 г. в Нахичевани-на-Дону — армянском городе, позднее вошедшем в состав Ростова-на-Дону.",
     A, "place", "art", True),
    ("Victor Vasarely, born in Pécs in 1906 and often called the father of Op art, settled in Paris in 1930.",
     "Виктор Вазарели, уроженец венгерского города Печ, в 1930 г. переехал в Париж, где стал одним из основоположников оп-арта.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the Court upheld the Cleveland voucher programme)
    ("In Zelman v. Simmons-Harris (2002) the US Supreme Court, by five votes to four, struck down Cleveland's school voucher programme, which included religious schools.",
     "В 2002 г. Верховный суд США по делу «Зелман против Симмонс-Харрис» пятью голосами против четырёх признал конституционной кливлендскую программу школьных ваучеров.",
     C, "opposite", "law", True),
    # FALSE: RU (the Taiho Code was completed in 701)
    ("The Taihō Code, completed in 701 by a commission that included Fujiwara no Fuhito, set up Japan's ritsuryō system of government.",
     "Кодекс Тайхо, составленный в 801 г. при участии Фудзивары-но Фухито, заложил основы японской государственной системы рицурё.",
     C, "year", "law", False),
    ("In Plyler v. Doe (1982) the Supreme Court struck down, 5–4, a Texas law that withheld state school funds for children who had entered the country illegally.",
     "Пятью голосами против четырёх Верховный суд США по делу «Плайлер против Доу» признал, что Техас не вправе лишать детей нелегальных иммигрантов бесплатного школьного образования.",
     A, "number", "law", True),
    ("Wesberry v. Sanders, decided in February 1964, required congressional districts within a state to be roughly equal in population.",
     "В деле «Уэсберри против Сандерса» (1964) Верховный суд США постановил, что округа по выборам в Палату представителей должны быть примерно равны по населению.",
     A, "year", "law", False),
    ("The Tanzimat reforms opened with the Edict of Gülhane, read out in the grounds of Topkapı Palace in Istanbul on 3 November 1839.",
     "Эпоха Танзимата в Османской империи началась с Гюльханейского хатт-и шерифа, обнародованного в ноябре 1839 г.",
     A, "month", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (on completion Tokyo Tower was the tallest structure in Japan)
    ("Tokyo Tower, a 333-metre lattice tower painted white and international orange, was the tallest structure in Japan when it was completed in 1958.",
     "Решётчатая Токийская телебашня (333 м), открытая в 1958 г., даже на момент постройки была лишь второй по высоте в Японии.",
     C, "rank", "technology", False),
    # FALSE: EN (Space Invaders was released in 1978)
    ("Space Invaders, designed by Tomohiro Nishikado and released by Taito in 1982, helped launch the golden age of arcade video games.",
     "Игровой автомат Space Invaders, разработанный Томохиро Нисикадо, японская компания Taito выпустила в 1978 году.",
     C, "year", "technology", True),
    ("Warner Bros. introduced the Vitaphone sound-on-disc system on 6 August 1926 with the premiere of Don Juan, which had a synchronised score and sound effects.",
     "Звуковая система «Витафон», записывавшая фонограмму на грампластинки, дебютировала в августе 1926 г. на премьере фильма «Дон Жуан».",
     A, "date", "technology", False),
    ("Technicolor was founded in 1915 by Herbert Kalmus, Daniel Comstock and W. Burton Wescott; its name nods to the Massachusetts Institute of Technology.",
     "Компанию «Техниколор» основали в 1915 г. Герберт Калмус и Дэниел Комсток — выпускники Массачусетского технологического института, отсюда и название.",
     A, "person", "technology", True),
    ("Roland's TR-808 drum machine, introduced in 1980, sold poorly at first, but its booming bass drum later became a staple of hip-hop.",
     "Драм-машина Roland TR-808 появилась в продаже в 1980 году; её выпуск свернули уже в 1983-м, изготовив около 12 тыс. экземпляров.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Wenzhou collision happened on 23 July 2011)
    ("On 13 July 2011 a high-speed train ran into the back of another halted on a viaduct near Wenzhou, in Zhejiang province, killing 40 people.",
     "23 июля 2011 г. близ Вэньчжоу (провинция Чжэцзян) скоростной поезд врезался в хвост другого состава, остановившегося на виадуке; погибли 40 человек.",
     C, "date", "disasters", True),
    # FALSE: RU (Mann Gulch is in Montana)
    ("The Mann Gulch fire in Montana killed 13 firefighters on 5 August 1949; their foreman, Wagner Dodge, survived by lighting an escape fire.",
     "При лесном пожаре в ущелье Манн-Галч (штат Айдахо) 5 августа 1949 г. погибли 13 пожарных; бригадир Уэгнер Додж спасся, выжегши траву вокруг себя.",
     C, "place", "disasters", False),
    # FALSE: RU (the dikes were breached in June 1938)
    ("In June 1938 Nationalist troops blew up the Yellow River dikes at Huayuankou to slow the Japanese advance, unleashing a flood that killed hundreds of thousands.",
     "В 1928 г. гоминьдановские войска взорвали дамбы на Хуанхэ у Хуаюанькоу, чтобы задержать наступление японцев; наводнение унесло сотни тысяч жизней.",
     C, "year", "disasters", False),
    ("The explosion at the West Fertilizer Company plant in West, Texas, on 17 April 2013 killed 15 people, most of them firefighters and other first responders.",
     "Взрыв аммиачной селитры на складе компании West Fertilizer в техасском городке Уэст 17.04.2013 унёс жизни 15 человек.",
     A, "number", "disasters", False),
    ("Typhoon Tip set a world record in October 1979, when the pressure at its centre fell to 870 hPa over the western Pacific.",
     "Тайфун Тип (1979) удерживает мировой рекорд: давление в его центре опустилось до 870 гПа, ниже, чем у любого другого тропического циклона.",
     A, "number", "disasters", True),
]

RELATED = [
    ("The German victory at Tannenberg made national heroes of Paul von Hindenburg and his chief of staff, Erich Ludendorff.",
     "Не желая пережить гибель своей армии под Танненбергом, генерал Александр Самсонов застрелился в лесу.",
     "Tannenberg", True, "history"),
    ("Rorke's Drift takes its name from James Rorke, an Irish trader whose post there later became a Swedish mission station.",
     "Обороной Роркс-Дрифт руководили лейтенанты Джон Чард из Королевских инженеров и Гонвилл Бромхед из 24-го пехотного полка.",
     "Rorke's Drift", False, "history"),
    ("Ostapenko won her French Open title just two days after her twentieth birthday.",
     "Елена Остапенко родилась в Риге в 1997 г.; в детстве она помимо тенниса много лет занималась бальными танцами.",
     "Ostapenko", True, "sport"),
    ("The sanatorium in which most of The Magic Mountain is set is called the Berghof.",
     "Замысел «Волшебной горы» возник у Томаса Манна в 1912 г., когда он навестил жену, лечившуюся в давосском санатории.",
     "The Magic Mountain", False, "literature"),
    ("The 1961 film version of West Side Story won ten Academy Awards, including Best Picture.",
     "В «Вестсайдской истории» шекспировский сюжет перенесён в Нью-Йорк, где враждуют уличные банды «Ракеты» и «Акулы».",
     "West Side Story", True, "music"),
    ("The river gives its name to the Pripet Marshes, one of Europe's largest wetlands, covering much of southern Belarus and northern Ukraine.",
     "Белорусский город Пинск стоит при впадении реки Пины в Припять.",
     "Pripyat", False, "geography"),
    ("Children celebrating Shichi-Go-San are given chitose-ame, long red and white sticks of candy that symbolise a long life.",
     "На Сити-го-сан семилетних девочек нередко впервые наряжают в кимоно с широким поясом оби.",
     "Shichi-Go-San", True, "culture"),
    ("Martin Schongauer's Madonna of the Rose Bower, dated 1473, is kept in Colmar.",
     "Мартин Шонгауэр был одним из крупнейших немецких гравёров на меди XV века; известно более ста его гравюр.",
     "Schongauer", False, "art"),
    ("Justice William Brennan wrote the majority opinion in Plyler v. Doe.",
     "Поводом для дела «Плайлер против Доу» стал закон штата Техас об образовании, принятый в 1975 г.",
     "Plyler v. Doe", True, "law"),
    ("Norman Maclean's Young Men and Fire, a reconstruction of the Mann Gulch fire, was published in 1992, two years after his death.",
     "Большинство погибших в Манн-Галч были парашютистами-пожарными, которых сбросили с самолёта в тот же день.",
     "Mann Gulch", False, "disasters"),
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout96.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout96.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
