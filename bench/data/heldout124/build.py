#!/usr/bin/env python3
"""Build heldout124: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (the Tenth Army commander killed on Okinawa on 18 June 1945 was Simon Bolivar Buckner Jr.; Stilwell succeeded him)
    ("Lieutenant General Joseph Stilwell, commander of the US Tenth Army, was killed by Japanese artillery fire on Okinawa on 18 June 1945.",
     "18 июня 1945 г. на Окинаве осколками японского снаряда был убит генерал-лейтенант Саймон Бакнер — командующий 10-й армией США, самый высокопоставленный американский офицер, погибший в бою.",
     C, "person", "history", True),
    # FALSE: RU (Norwegian, French and Polish troops retook Narvik on 28 May 1940)
    ("German mountain troops seized Narvik on 9 April 1940, but Norwegian, French and Polish forces, backed by the Royal Navy, recaptured the port on 28 May.",
     "Захваченный немцами 9 апреля 1940 г. Нарвик был отбит норвежскими, французскими и польскими частями 28 июня того же года.",
     C, "month", "history", False),
    # FALSE: RU (the abbey was destroyed by Allied bombing on 15 February 1944)
    ("The Benedictine abbey crowning Monte Cassino was reduced to rubble by Allied bombers on 15 February 1944.",
     "Налёт союзной авиации 15.02.1944 не разрушил бенедиктинское аббатство, стоящее на вершине горы Монте-Кассино.",
     C, "polarity", "history", True),
    ("The Confederate garrison of Vicksburg, Mississippi, surrendered to the Union army on Independence Day, 4 July 1863, after a siege of 47 days.",
     "Виксбург, крепость южан на реке Миссисипи, капитулировал 4.07.1863 после полуторамесячной осады.",
     A, "date", "history", False),
    ("In September 1918 Edmund Allenby's Egyptian Expeditionary Force routed the Ottoman armies at Megiddo; he later took the title Viscount Allenby of Megiddo.",
     "Операция у Мегиддо (19–25 сентября 1918 г.), проведённая войсками британского генерала Эдмунда Алленби, завершилась разгромом османских армий в Палестине.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Schwabe announced the sunspot cycle in 1843; he died in 1875)
    ("The German amateur astronomer Heinrich Schwabe, who had been hunting for a planet inside the orbit of Mercury, announced a roughly ten-year sunspot cycle in the 1870s.",
     "Аптекарь и астроном-любитель Генрих Швабе, семнадцать лет наблюдавший Солнце, в 1843 г. сообщил о периодичности солнечных пятен — около 10 лет.",
     C, "decade", "science", False),
    # FALSE: RU (the chain-reaction idea came to Szilard in London)
    ("Leo Szilard conceived the idea of a nuclear chain reaction in London in September 1933, reportedly while waiting for a traffic light to change.",
     "Идея цепной ядерной реакции пришла Лео Силарду в сентябре 1933 г. в Берлине — по известному рассказу, когда он ждал зелёного сигнала светофора.",
     C, "place", "science", True),
    # FALSE: RU (a non-volatile solute lowers the solvent's vapour pressure)
    ("Raoult's law, formulated by the French chemist François-Marie Raoult in the 1880s, says that a dissolved non-volatile substance lowers the vapour pressure of the solvent.",
     "Согласно закону Рауля (1887), растворение нелетучего вещества повышает давление пара растворителя пропорционально мольной доле растворённого вещества.",
     C, "opposite", "science", False),
    ("The American-born neurosurgeon Wilder Penfield founded the Montreal Neurological Institute, which opened its doors in 1934.",
     "Неврологический институт в Монреале, созданный нейрохирургом Уайлдером Пенфилдом, начал работу в 1934 году.",
     A, "year", "science", True),
    ("Howard Taylor Ricketts, who had shown that ticks spread Rocky Mountain spotted fever, died of typhus in Mexico City in May 1910.",
     "Американский патолог Говард Тейлор Риккетс, в честь которого названы риккетсии, умер в 1910 г. в Мехико, заразившись изучаемым им сыпным тифом.",
     A, "place", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Tagliamento flows into the Adriatic Sea)
    ("The Tagliamento, often called the last wild river of the Alps, crosses Friuli in north-eastern Italy and empties into the Tyrrhenian Sea.",
     "Тальяменто — река почти 180 км длиной на северо-востоке Италии, сохранившая естественное разветвлённое русло; она впадает в Адриатическое море между Линьяно и Бибионе.",
     C, "place", "geography", True),
    # FALSE: RU (the Saale is about 413 km long)
    ("The Saale, a left-bank tributary of the Elbe, runs some 413 kilometres from its source in the Fichtelgebirge of northern Bavaria.",
     "Заале, левый приток Эльбы, берущий начало в баварских горах Фихтельгебирге, имеет длину около 800 км.",
     C, "number", "geography", False),
    # FALSE: EN (Yakushima was inscribed in December 1993)
    ("The forested island of Yakushima, south of Kyushu, was inscribed on the UNESCO World Heritage List in 2003 for its ancient cedars.",
     "В 1993 г. остров Якусима вместе с лесами Сираками-Санти стал одним из двух первых природных объектов Японии в списке Всемирного наследия ЮНЕСКО.",
     C, "year", "geography", True),
    ("The Spree winds through the centre of Berlin and ends its course by joining the Havel at Spandau.",
     "Шпре, на берегах которой стоит Берлин, впадает в Хафель в районе Шпандау; длина реки — около 400 км.",
     A, "place", "geography", True),
    ("Tupungato, an ice-clad volcano on the border between Argentina and Chile, reaches roughly 6,570 m and looms over the Mendoza wine country.",
     "Высота вулкана Тупунгато на границе Чили и Аргентины — около 21 500 футов, то есть свыше 6,5 км.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (Shwayder founded the business in Denver, Colorado)
    ("Samsonite began in 1910, when Jesse Shwayder started a trunk-making business in Chicago; the Samsonite name, inspired by the biblical Samson, came later.",
     "Компанию, известную ныне под маркой «Самсонайт», Джесси Швайдер основал в 1910 г. в Денвере (штат Колорадо) как мастерскую по изготовлению дорожных сундуков.",
     C, "place", "economy", True),
    # FALSE: RU (Schott was founded in Jena in 1884, i.e. in the 19th century)
    ("Schott, the specialty-glass maker now based in Mainz, was founded in Jena in 1884 by the chemist Otto Schott together with partners from the Zeiss optical works.",
     "Стекольную компанию Schott, известную термостойким боросиликатным стеклом, химик Отто Шотт основал в Йене в начале XX века.",
     C, "century", "economy", False),
    ("The Finnish steelmaker Outokumpu takes its name from the place in eastern Finland where a rich body of copper ore was discovered in 1910.",
     "Богатое медное месторождение Оутокумпу в Восточной Финляндии открыли в 1910 г.; сегодня одноимённый концерн известен прежде всего нержавеющей сталью.",
     A, "year", "economy", True),
    ("John B. Stetson set up his hat business in Philadelphia in 1865 and was soon selling the wide-brimmed 'Boss of the Plains'.",
     "Шляпная фирма Джона Б. Стетсона, основанная в Филадельфии в середине 1860-х гг., прославилась широкополой моделью «Хозяин равнин».",
     A, "year", "economy", False),
    ("Umbro was founded in 1924 in Wilmslow, Cheshire, and its name is a contraction of 'Humphreys Brothers'.",
     "Название английского производителя спортивной формы «Умбро» составлено из слов «Хамфрис» и «братья»: фирму основали братья Гарольд и Уоллес Хамфрис.",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Van Looy was world road champion twice, 1960 and 1961)
    ("Rik Van Looy, the 'Emperor of Herentals', won the world road race title twice, in 1960 and 1961, and was the first man to win all five Monuments.",
     "Бельгиец Рик ван Лой — трёхкратный чемпион мира в шоссейной групповой гонке и первый велогонщик, выигравший все пять «монументов».",
     C, "number", "sport", False),
    # FALSE: EN (Mosconi's run of 526 balls was made in March 1954)
    ("In 1964, during an exhibition in Springfield, Ohio, Willie Mosconi pocketed 526 consecutive balls at straight pool.",
     "Рекорд Уилли Москони — 526 шаров подряд в «прямом пуле» — установлен в марте 1954 г. на показательном выступлении в Спрингфилде (штат Огайо).",
     C, "year", "sport", True),
    # FALSE: RU (Snead never won the US Open; he was runner-up four times)
    ("Sam Snead won 82 PGA Tour events, including three Masters titles, yet never won the US Open.",
     "Сэм Снид, на счету которого 82 победы в турнирах PGA Тура, выигрывал и Открытый чемпионат США по гольфу.",
     C, "polarity", "sport", False),
    ("Johan Museeuw, nicknamed the Lion of Flanders, became world road race champion at Lugano in 1996.",
     "Бельгиец Йохан Мюсеув, трижды побеждавший в «Туре Фландрии», выиграл чемпионат мира 1996 г. в швейцарском Лугано.",
     A, "year", "sport", True),
    ("At the 1964 Tokyo Olympics the American swimmer Don Schollander won four gold medals, two of them in relays.",
     "Дон Шолландер (США) завоевал на Играх в Токио четыре золотые медали: на 100 и 400 м вольным стилем и в двух эстафетах.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (the Oberhausen Manifesto was proclaimed on 28 February 1962)
    ("In August 1962, at the Oberhausen short film festival, twenty-six young West German directors declared that the old cinema was dead.",
     "Оберхаузенский манифест, провозгласивший конец «кино папочек», подписали 28.02.1962 двадцать шесть молодых западногерманских режиссёров.",
     C, "month", "culture", False),
    # FALSE: RU (vasilopita honours Saint Basil)
    ("Vasilopita, the New Year's cake named after Saint Basil, is cut on 1 January, and whoever finds the hidden coin is said to have luck all year.",
     "Греческий новогодний пирог василопита с запечённой монетой посвящён святому Николаю Чудотворцу и разрезается 1 января.",
     C, "person", "culture", True),
    ("Yad Vashem, Israel's memorial to the victims of the Holocaust, was established by a law passed in 1953.",
     "Мемориальный комплекс «Яд ва-Шем» на Горе Памяти в Иерусалиме учреждён законом израильского парламента в августе 1953 г.",
     A, "year", "culture", False),
    ("Ramlila, the staged retelling of the Ramayana in northern India, ends on Dussehra, when giant effigies of the demon king Ravana are burnt.",
     "Многодневное театрализованное представление «Рамлила», включённое в 2008 г. в список ЮНЕСКО, завершается в праздник Дасара сожжением огромных чучел Раваны.",
     A, "entity", "culture", True),
    ("Thingyan, the water festival that ushers in the Burmese New Year, is held over four or five days in mid-April.",
     "Тинджан — праздник встречи Нового года в Мьянме, который отмечают в апреле, обливая водой прохожих.",
     A, "month", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (the manuscript is in the Newberry Library, Chicago)
    ("The oldest surviving text of the Popol Vuh, copied by a Dominican friar around 1701, is kept at the British Library in London.",
     "Старейшая сохранившаяся рукопись «Пополь-Вух», переписанная монахом-доминиканцем около 1701–1703 гг., хранится в Библиотеке Ньюберри в Чикаго.",
     C, "organisation", "literature", True),
    # FALSE: RU (it was first broadcast in January 1954, two months after Thomas's death)
    ("Under Milk Wood was first broadcast by the BBC Third Programme in January 1954, two months after Dylan Thomas died in New York.",
     "Пьеса «Под сенью Молочного леса» впервые прозвучала в эфире Третьей программы Би-би-си спустя два года после смерти Дилана Томаса.",
     C, "duration", "literature", False),
    ("T. S. Eliot's 'The Love Song of J. Alfred Prufrock' first appeared in the Chicago magazine Poetry in June 1915.",
     "«Любовная песнь Дж. Альфреда Пруфрока» Т. С. Элиота впервые напечатана в 1915 г. — при содействии Эзры Паунда — в чикагском журнале «Поэтри».",
     A, "year", "literature", True),
    ("The Old Curiosity Shop, with its doomed heroine Little Nell, was serialised by Dickens in his weekly Master Humphrey's Clock in 1840–41.",
     "Роман Диккенса «Лавка древностей» выходил еженедельными выпусками с 1840 по 1841 г.; гибель маленькой Нелл потрясла читателей.",
     A, "year", "literature", False),
    ("Beatrix Potter had The Tale of Peter Rabbit privately printed in December 1901, and a commercial edition followed in 1902.",
     "«Сказка о кролике Питере» Беатрис Поттер вышла массовым тиражом в 1902 г.; годом раньше писательница напечатала 250 экземпляров за свой счёт.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Polyushko-pole was composed by Lev Knipper)
    ("The song 'Polyushko-pole' was written in the early 1930s by Isaak Dunayevsky to words by Viktor Gusev, and its tune was reused in his Fourth Symphony.",
     "Песню «Полюшко-поле» в начале 1930-х гг. написал Лев Книппер на стихи Виктора Гусева; мелодия вошла в его Четвёртую симфонию.",
     C, "person", "music", False),
    # FALSE: EN (OK Computer was Radiohead's third studio album)
    ("OK Computer, released in 1997, was the debut studio album of the Oxfordshire band Radiohead and later won a Grammy.",
     "Вышедший в 1997 г. альбом «OK Computer» стал третьей студийной пластинкой британской группы Radiohead и принёс ей премию «Грэмми».",
     C, "rank", "music", True),
    ("Marvin Gaye's album What's Going On came out on Motown's Tamla label in May 1971.",
     "Альбом Марвина Гэя «What's Going On» вышел весной 1971 г.; одноимённый сингл появился ещё в январе того же года.",
     A, "year", "music", False),
    ("'Yellow Submarine', sung by Ringo Starr, was released in August 1966 as a double A-side with 'Eleanor Rigby'.",
     "Ведущую вокальную партию в песне «Жёлтая подводная лодка» (1966) исполнил барабанщик «Битлз» Ринго Старр.",
     A, "person", "music", True),
    ("Frank Sinatra's 'My Way', released in 1969, set Paul Anka's English lyrics to the tune of the French song 'Comme d'habitude'.",
     "Мелодия песни «My Way» взята из французской «Comme d'habitude» (1967) Клода Франсуа и Жака Рево; английский текст для Синатры написал Пол Анка.",
     A, "entity", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (the Theatrum Pictorium was published in 1660)
    ("David Teniers the Younger, keeper of Archduke Leopold Wilhelm's picture collection in Brussels, published the Theatrum Pictorium, an engraved catalogue of its Italian paintings, in 1660.",
     "Гравированный каталог итальянских картин эрцгерцога Леопольда Вильгельма, «Театрум пиктуриум», Давид Тенирс Младший издал в 1690 г.",
     C, "year", "art", True),
    # FALSE: EN (the panel is signed and dated 1444, i.e. 15th century)
    ("Painted in the sixteenth century for Geneva's cathedral, Konrad Witz's Miraculous Draught of Fishes sets the Gospel scene on the shore of Lake Geneva.",
     "«Чудесный улов» Конрада Вица (1444) — створка алтаря женевского собора Св. Петра, один из первых в европейской живописи узнаваемых пейзажей: Христос изображён у Женевского озера.",
     C, "century", "art", False),
    ("Pisanello's bronze medal of the Byzantine emperor John VIII Palaiologos, cast around 1438, is often called the first portrait medal of the Renaissance.",
     "Медаль с профилем византийского императора Иоанна VIII Палеолога, отлитая Пизанелло в конце 1430-х гг., считается первой портретной медалью Возрождения.",
     A, "decade", "art", True),
    ("Franz von Stuck, a co-founder of the Munich Secession in 1892, caused a stir a year later with his painting The Sin.",
     "«Грех» (1893) — самая известная картина Франца фон Штука, одного из основателей Мюнхенского сецессиона.",
     A, "year", "art", False),
    ("The Musée Gustave Moreau opened in 1903 in the painter's former house and studio on the rue de La Rochefoucauld in Paris.",
     "Дом-мастерская Гюстава Моро, завещанный художником государству, открылся для публики как музей в 1903 г., через пять лет после его смерти.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Court upheld the milk price regulation)
    ("In Nebbia v. New York (1934) the US Supreme Court, by five votes to four, upheld a state board's minimum retail price for milk.",
     "В деле «Неббиа против штата Нью-Йорк» (1934) Верховный суд США пятью голосами против четырёх отменил установленную штатом минимальную цену на молоко.",
     C, "opposite", "law", False),
    # FALSE: EN (the treaty was signed on 9 August 1842)
    ("The Webster–Ashburton Treaty, which settled the disputed border between Maine and New Brunswick, was signed in Washington on 20 August 1842.",
     "Договор Уэбстера — Ашбертона, подписанный 9 августа 1842 г. в Вашингтоне, определил спорную границу между штатом Мэн и британскими владениями.",
     C, "date", "law", True),
    # FALSE: RU (the Rush–Bagot agreement dates from 1817)
    ("Under the Rush–Bagot agreement of 1817, Britain and the United States each limited its warships on the Great Lakes and Lake Champlain to a few small vessels.",
     "Соглашение Раша — Бэгота, ограничившее военные флотилии Великобритании и США на Великих озёрах, было заключено в 1830-х годах.",
     C, "decade", "law", False),
    ("In Wolf v. Colorado (1949), Justice Felix Frankfurter wrote that the Fourth Amendment binds the states, yet illegally seized evidence need not be excluded.",
     "По делу «Вулф против Колорадо» (1949) Верховный суд США не обязал суды штатов исключать незаконно добытые доказательства; мнение большинства написал Феликс Франкфуртер.",
     A, "person", "law", True),
    ("Argentina's Sáenz Peña Law of 1912 made voting secret and compulsory for adult male citizens.",
     "Закон Саэнса Пеньи (1912) ввёл в Аргентине тайное и обязательное голосование мужчин; по нему в 1916 г. президентом избрали Иполито Иригойена.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (the dawn-to-dusk run took about 13 hours)
    ("On 26 May 1934 the streamlined Pioneer Zephyr ran non-stop from Denver to Chicago, some 1,015 miles, in roughly thirty hours.",
     "26.05.1934 дизельный обтекаемый поезд «Пионер Зефир» прошёл без остановок от Денвера до Чикаго (более 1600 км) примерно за 13 часов.",
     C, "duration", "technology", False),
    # FALSE: RU (the 1902 Sturmey-Archer hub had three speeds)
    ("The Sturmey-Archer three-speed hub gear, patented in 1902, let cyclists change ratios inside a sealed rear hub.",
     "Запатентованная в 1902 г. планетарная втулка Стерми-Арчер для велосипедов имела пять передач.",
     C, "number", "technology", True),
    ("Plexiglas, the acrylic glass developed by Otto Röhm's chemical company, was registered as a trademark in 1933.",
     "Торговая марка «плексиглас» зарегистрирована фирмой Отто Рёма в 1933 году; так стали называть прозрачное органическое стекло — полиметилметакрилат.",
     A, "year", "technology", False),
    ("The valve gear devised by the Belgian railway mechanic Egide Walschaerts in 1844 was eventually fitted to many thousands of steam locomotives.",
     "Парораспределительный механизм, придуманный бельгийцем Эгидом Вальсхартом в середине 1840-х годов, стал одним из самых распространённых на паровозах.",
     A, "decade", "technology", True),
    ("Telefon Hírmondó, launched in Budapest in 1893, delivered news, music and theatre to subscribers over telephone lines.",
     "С 1893 г. будапештская служба «Телефон Хирмондо» передавала подписчикам по телефонным проводам новости и концерты — своего рода «телефонная газета».",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the avalanche hit Hotel Rigopiano on 18 January 2017)
    ("On 18 March 2017 an avalanche triggered after a series of earthquakes destroyed Hotel Rigopiano in the Abruzzo mountains, killing 29 people.",
     "18 января 2017 г. лавина, сошедшая после серии землетрясений, разрушила отель «Ригопьяно» в горах Абруццо; погибли 29 человек.",
     C, "month", "disasters", True),
    # FALSE: RU (the aircraft was a Hawker Hunter jet)
    ("During the Shoreham Airshow on 22 August 2015 a vintage Hawker Hunter jet crashed onto the A27 road, killing eleven people.",
     "22.08.2015 на авиашоу в Шорхэме (Западный Суссекс) старый истребитель «Спитфайр» рухнул на шоссе A27; погибли 11 человек.",
     C, "entity", "disasters", False),
    # FALSE: EN (the liner sank on 5 March 1916)
    ("The Spanish liner Príncipe de Asturias struck rocks off Ilhabela, Brazil, and sank on 15 March 1916 with the loss of some 445 lives.",
     "Испанский лайнер «Принсипе-де-Астуриас» затонул у бразильского острова Ильябела 05.03.1916; погибли более 440 человек.",
     C, "date", "disasters", True),
    ("At least 112 workers died when fire swept through the Tazreen Fashions garment factory near Dhaka on 24 November 2012.",
     "Пожар на швейной фабрике «Тазрин» в Ашулии под Даккой 24.11.2012 унёс более ста жизней.",
     A, "number", "disasters", False),
    ("The Mameyes landslide, set off by torrential tropical-storm rains on 7 October 1985, buried a hillside neighbourhood of southern Puerto Rico.",
     "Оползень в квартале Мамейес (Пуэрто-Рико), вызванный ливнями тропического шторма, 7 октября 1985 г. похоронил по меньшей мере 129 человек.",
     A, "date", "disasters", True),
]

RELATED = [
    ("The American invasion of Okinawa began on 1 April 1945, which was both Easter Sunday and April Fools' Day.",
     "Командующий японской 32-й армией генерал Мицуру Усидзима покончил с собой на Окинаве в конце июня 1945 г.",
     "Okinawa", True, "history"),
    ("Leo Szilard drafted the letter of August 1939, signed by Albert Einstein, that warned President Roosevelt about atomic bombs.",
     "В 1934 г. Лео Силард подал британскую патентную заявку на цепную ядерную реакцию, а позднее передал патент Адмиралтейству, чтобы сохранить его в тайне.",
     "Szilard", False, "science"),
    ("The Spreewald, a maze of channels and wet woodland along the Spree, became a UNESCO biosphere reserve in 1991.",
     "Шпре берёт начало на юго-востоке Саксонии, у самой границы с Чехией.",
     "Spree", True, "geography"),
    ("A Stetson became part of the image of the American cowboy, and the name came to mean almost any wide-brimmed western hat.",
     "Джон Б. Стетсон, уроженец Нью-Джерси, учился шляпному ремеслу у своего отца-шляпника.",
     "Stetson", False, "economy"),
    ("In 1965, at the age of 52, Sam Snead won the Greater Greensboro Open and became the oldest winner of a PGA Tour event.",
     "Сэм Снид, прозванный «Молотящим Сэмми», родился в 1912 году в штате Виргиния.",
     "Snead", True, "sport"),
    ("Yad Vashem awards the title Righteous Among the Nations to non-Jews who risked their lives to save Jews during the Holocaust.",
     "Название мемориала «Яд ва-Шем» («память и имя») взято из Книги пророка Исаии.",
     "Yad Vashem", False, "culture"),
    ("In The Old Curiosity Shop, Little Nell's grandfather ruins them both through his secret gambling.",
     "Главным злодеем «Лавки древностей» Диккенса выступает уродливый и жестокий ростовщик Даниел Квилп.",
     "Old Curiosity Shop", True, "literature"),
    ("The animated film Yellow Submarine, built around Beatles songs, was released in July 1968.",
     "Основную часть текста «Жёлтой подводной лодки» написал Пол Маккартни, задумавший её как детскую песню для Ринго.",
     "Yellow Submarine", False, "music"),
    ("Gustave Moreau taught at the École des Beaux-Arts in the 1890s, where Henri Matisse and Georges Rouault were among his pupils.",
     "Акварель Гюстава Моро «Явление», где Саломее является отрубленная голова Иоанна Крестителя, была показана в Салоне 1876 года.",
     "Gustave Moreau", True, "art"),
    ("Of the forty people staying or working at Hotel Rigopiano when the avalanche struck, only eleven survived.",
     "Отель «Ригопьяно» стоял у подножия массива Гран-Сассо, на территории коммуны Фариндола.",
     "Rigopiano", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout124.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout124.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
