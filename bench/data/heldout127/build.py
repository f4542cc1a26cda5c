#!/usr/bin/env python3
"""Build heldout127: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Napoleon defeated the Prussians at Ligny, not the other way round)
    ("At Ligny on 16 June 1815, two days before Waterloo, Napoleon's army defeated the Prussians under Blücher, who fell back northwards towards Wavre.",
     "16.06.1815 под Линьи, всего за два дня до Ватерлоо, пруссаки фельдмаршала Блюхера нанесли поражение армии Наполеона.",
     C, "opposite", "history", True),
    # FALSE: EN (the battle of the Kasserine Pass was fought in February 1943)
    ("In April 1943 German and Italian forces under Erwin Rommel inflicted a heavy defeat on inexperienced American troops at the Kasserine Pass in Tunisia.",
     "Бой в Кассеринском проходе (Тунис, февраль 1943 г.) — первое крупное столкновение армии США с вермахтом — закончился тяжёлым поражением американцев.",
     C, "month", "history", True),
    # FALSE: RU (the Union commander at Fredericksburg was Ambrose Burnside; Hooker led at Chancellorsville)
    ("On 13 December 1862 Ambrose Burnside's Army of the Potomac launched repeated, futile assaults on Confederate positions on Marye's Heights above Fredericksburg, Virginia.",
     "Под Фредериксбергом (штат Виргиния) в декабре 1862 г. Потомакская армия под командованием Джозефа Хукера понесла тяжёлые потери, безуспешно штурмуя высоты, занятые конфедератами.",
     C, "person", "history", True),
    ("Fought from September 1944 to February 1945, the battle of the Hürtgen Forest near Aachen was the longest single battle in the history of the US Army.",
     "Почти пять месяцев — с сентября 1944-го по февраль 1945 г. — американские дивизии вели изнурительные бои в Хюртгенском лесу у бельгийско-германской границы.",
     A, "duration", "history", False),
    ("The Covenanter rising of 1679 was crushed at Bothwell Bridge on the Clyde, where government troops led by the Duke of Monmouth routed the rebels.",
     "Королевская армия под командованием Джеймса Скотта, герцога Монмута, 22 июня 1679 г. разгромила восставших шотландских ковенантеров у моста Ботвелл.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Hewish and Ryle received the 1974 prize)
    ("Antony Hewish, whose Cambridge radio astronomy group detected the first pulsar in 1967, shared the 1977 Nobel Prize in Physics with Martin Ryle.",
     "Нобелевскую премию по физике 1974 г. Энтони Хьюиш разделил с Мартином Райлом; Хьюиша отметили за решающую роль в открытии пульсаров.",
     C, "year", "science", True),
    # FALSE: RU (the 1964 CP-violation experiment was done at Brookhaven, not CERN)
    ("In 1964 James Cronin and Val Fitch, working at the Brookhaven National Laboratory, found that decays of neutral kaons violate CP symmetry; both won the 1980 Nobel Prize.",
     "Нарушение CP-инвариантности в распадах нейтральных каонов Джеймс Кронин и Вал Фитч обнаружили в 1964 г. на ускорителе ЦЕРН, а Нобелевскую премию получили в 1980-м.",
     C, "place", "science", True),
    # FALSE: EN (L'Huillier was the fifth woman to win the physics prize)
    ("Anne L'Huillier of Lund University, who shared the 2023 prize for attosecond pulses of light, became only the third woman ever awarded the Nobel Prize in Physics.",
     "Анн Л’Юилье, профессор Лундского университета и лауреат Нобелевской премии по физике 2023 г., стала пятой женщиной, получившей эту награду.",
     C, "rank", "science", False),
    ("The Scottish-born physicist Michael Kosterlitz shared the 2016 Nobel Prize in Physics with David Thouless and Duncan Haldane for work on topological phase transitions.",
     "Майкл Костерлиц, уроженец Абердина и профессор Брауновского университета, стал нобелевским лауреатом по физике 2016 г. вместе с Таулессом и Холдейном.",
     A, "year", "science", True),
    ("The Canadian physicist Bertram Brockhouse, who developed neutron spectroscopy at the Chalk River reactor, shared the 1994 Nobel Prize in Physics with Clifford Shull.",
     "Нобелевскую премию по физике 1994 г. канадец Бертрам Брокхаус разделил с американцем Клиффордом Шаллом — за разработку методов рассеяния нейтронов.",
     A, "person", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Lake Beloye covers about 1,290 km2)
    ("Lake Beloye in Vologda Oblast covers about 2,290 square kilometres; its outflow, the Sheksna, carries the water south towards the Volga.",
     "Белое озеро в Вологодской области занимает около 1290 км²; из него вытекает Шексна, а на южном берегу стоит древний Белозерск.",
     C, "number", "geography", False),
    ("Kotelny, the largest of the New Siberian Islands, covers some 11,700 square kilometres between the Laptev Sea and the East Siberian Sea.",
     "Котельный — крупнейший остров Новосибирского архипелага (около 11,7 тыс. км²), административно входящий в состав Республики Саха (Якутия).",
     A, "rank", "geography", True),
    # FALSE: RU (Erta Ale is in the Afar Region of Ethiopia, not in Eritrea)
    ("Erta Ale, a 613-metre shield volcano in the Afar Region of north-eastern Ethiopia, is famous for the lava lake that has persisted in its summit crater for decades.",
     "Вулкан Эрта-Але высотой около 600 м, расположенный на территории Эритреи, известен долгоживущим лавовым озером в вершинном кратере.",
     C, "place", "geography", False),
    # FALSE: RU (Broad Peak is the twelfth-highest mountain, not the eighth)
    ("Broad Peak in the Karakoram, 8,051 metres high and the twelfth-highest mountain on Earth, was first climbed in June 1957 by a small Austrian party.",
     "Броуд-Пик (8051 м) в Каракоруме — восьмая по высоте вершина мира; впервые на неё поднялись австрийские альпинисты в 1957 году.",
     C, "rank", "geography", True),
    ("Kafue National Park, established in 1950 and covering about 22,400 square kilometres, is the largest national park in Zambia.",
     "Национальный парк Кафуэ площадью свыше 22 тыс. км² — крупнейший в Замбии; он был учреждён в 1950 году.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Guerlain was founded in 1828, i.e. in the 19th century)
    ("The perfume house Guerlain was founded in Paris in 1828 by Pierre-François-Pascal Guerlain and has belonged to LVMH since 1994.",
     "Парфюмерный дом «Герлен» основал в Париже Пьер-Франсуа-Паскаль Герлен в конце XVIII века; с 1994 г. компания принадлежит концерну LVMH.",
     C, "century", "economy", True),
    # FALSE: EN (Ahold merged in 2016 with the Belgian Delhaize Group)
    ("Ahold, whose roots go back to the grocery shop Albert Heijn took over in Oostzaan in 1887, merged in 2016 with the French retailer Carrefour.",
     "Нидерландская группа «Ахольд», выросшая из лавки, которую Альберт Хейн получил в 1887 г. в Остзане, в 2016 г. слилась с бельгийской сетью «Делез».",
     C, "organisation", "economy", False),
    ("Barclaycard, launched by Barclays on 29 June 1966, was the first credit card issued in the United Kingdom.",
     "Первая в Великобритании кредитная карта — Barclaycard — появилась летом 1966 г.; её выпустил банк Barclays.",
     A, "date", "economy", False),
    ("Euronext was created in September 2000, when the stock exchanges of Amsterdam, Brussels and Paris merged into a single market.",
     "Общеевропейская биржа Euronext образована в 2000 г. слиянием амстердамской, брюссельской и парижской бирж; позже к ней присоединилась Лиссабонская.",
     A, "year", "economy", False),
    ("Ronald Coase, the British-born economist whose 1937 article 'The Nature of the Firm' explained why firms exist, received the Nobel economics prize in 1991.",
     "Лауреат Нобелевской премии по экономике 1991 г. Рональд Коуз прославился статьями «Природа фирмы» (1937) и «Проблема социальных издержек» (1960).",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Bernal won the Tour de France in 2019; in 2021 he won the Giro)
    ("Egan Bernal became the first Colombian to win the Tour de France in 2021, taking the yellow jersey to Paris at the age of 22.",
     "В 2019 г. 22-летний Эган Берналь из команды Ineos первым из колумбийских велогонщиков выиграл «Тур де Франс».",
     C, "year", "sport", False),
    # FALSE: RU (Ginther won the 1965 Mexican Grand Prix for Honda, not BRM)
    ("Richie Ginther scored his only Formula One victory at the 1965 Mexican Grand Prix, which was also the first win for the Honda team.",
     "Ричи Гинтер одержал свою единственную победу в «Формуле-1» на Гран-при Мексики 1965 г. за рулём машины команды BRM.",
     C, "organisation", "sport", True),
    # FALSE: EN (Dibaba won both the 5,000 m and the 10,000 m in Beijing)
    ("At the 2008 Beijing Olympics the Ethiopian Tirunesh Dibaba won the 10,000 metres but not the 5,000 metres.",
     "На Олимпиаде в Пекине (2008) эфиопка Тирунеш Дибаба выиграла забеги на 5000 и 10 000 м — впервые в истории женских олимпийских соревнований.",
     C, "polarity", "sport", False),
    ("Alberto Contador is one of the few riders to have won all three Grand Tours, taking the Tour de France in 2007 and 2009.",
     "Испанец Альберто Контадор побеждал на всех трёх гранд-турах: дважды на «Тур де Франс», дважды на «Джиро д’Италия» и трижды на «Вуэльте».",
     A, "number", "sport", True),
    ("Louis Chiron of Monaco remains the oldest driver to start a Formula One World Championship race: he was 55 when he lined up at Monaco in 1955.",
     "Монегаск Луи Широн, вышедший на старт Гран-при Монако 1955 г. в возрасте 55 лет, — самый возрастной участник гонок чемпионата мира «Формулы-1».",
     A, "rank", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (the Escalade recalls the night of 11-12 December 1602, i.e. the 17th century)
    ("Every December Geneva celebrates the Escalade, recalling a night in the sixteenth century when citizens drove off a surprise attack by the Duke of Savoy's troops.",
     "Праздник Эскалад в Женеве посвящён событиям ночи с 11 на 12 декабря 1602 г., когда горожане отбили внезапный штурм савойских войск.",
     C, "century", "culture", True),
    # FALSE: RU (the public festival was popularised by Bal Gangadhar Tilak; Gandhi was in South Africa in 1893)
    ("The public, community-wide celebration of Ganesh Chaturthi in Maharashtra was popularised from 1893 onwards by the nationalist leader Bal Gangadhar Tilak.",
     "Праздник Ганеша-чатуртхи превратился в массовое общественное торжество в 1893 г. благодаря Махатме Ганди.",
     C, "person", "culture", False),
    ("The Ig Nobel Prizes, a parody of the Nobel Prizes created by Marc Abrahams, have been awarded every year since 1991.",
     "Шнобелевскую премию, пародию на Нобелевскую, с 1991 г. вручает Марк Абрахамс; церемония много лет проходила в Гарвардском университете.",
     A, "year", "culture", True),
    ("Ashbourne's Royal Shrovetide Football is played through the streets of the Derbyshire town on Shrove Tuesday and Ash Wednesday, with goals about three miles apart.",
     "Королевский масленичный футбол в Эшборне (Дербишир) длится два дня — в Жирный вторник и Пепельную среду; ворота разделяют почти 5 км.",
     A, "date", "culture", False),
    ("Lughnasadh, the Gaelic festival marking the beginning of the harvest season, was traditionally held on 1 August and is named after the god Lugh.",
     "Лугнаса — кельтский праздник начала жатвы, посвящённый богу Лугу; его отмечали 1 августа, примерно посередине между солнцестоянием и равноденствием.",
     A, "date", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (The Great Gatsby was published in April 1925)
    ("F. Scott Fitzgerald's The Great Gatsby, which came out in the early 1930s, is narrated by Nick Carraway, Gatsby's neighbour in West Egg on Long Island.",
     "«Великий Гэтсби» Фрэнсиса Скотта Фицджеральда, изданный в апреле 1925 г., написан от лица Ника Каррауэя, снимающего домик в Уэст-Эгге.",
     C, "decade", "literature", False),
    # FALSE: RU (Elmer Gantry was written by Sinclair Lewis, not Upton Sinclair)
    ("Elmer Gantry (1927), Sinclair Lewis's satire on a hypocritical, womanising revivalist preacher, was banned in Boston soon after publication.",
     "Сатирический роман Эптона Синклера «Элмер Гентри» (1927) о лицемерном проповеднике-ревивалисте вскоре после выхода был запрещён в Бостоне.",
     C, "person", "literature", True),
    ("Kokoro, Natsume Sōseki's novel about a student and the reclusive man he calls Sensei, was serialised in the Asahi Shimbun in 1914.",
     "Роман Нацумэ Сосэки «Сердце» («Кокоро»), героями которого стали студент и загадочный Сэнсэй, печатался в газете «Асахи симбун» в 1914 году.",
     A, "year", "literature", False),
    ("The Argonautica of Apollonius of Rhodes, an epic in four books about Jason's quest for the Golden Fleece, was written in the 3rd century BC.",
     "«Аргонавтика» Аполлония Родосского — поэма в четырёх книгах о походе Ясона за золотым руном — создана в III в. до н. э.",
     A, "century", "literature", True),
    ("Guy Mannering, or The Astrologer, Walter Scott's second novel, appeared anonymously in February 1815, only seven months after Waverley.",
     "«Гай Мэннеринг, или Астролог» — второй роман Вальтера Скотта, изданный анонимно в 1815 г., через несколько месяцев после «Уэверли».",
     A, "rank", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Chausson was killed in a bicycle accident, not a car crash)
    ("Ernest Chausson, whose Poème for violin and orchestra was written in 1896 for Eugène Ysaÿe, died in a bicycle accident at Limay in June 1899.",
     "Эрнест Шоссон, автор «Поэмы» для скрипки с оркестром (1896), погиб летом 1899 г. в автомобильной катастрофе под Парижем.",
     C, "entity", "music", True),
    # FALSE: EN (Khrennikov led the composers' union for 43 years, 1948-1991)
    ("Tikhon Khrennikov, installed as head of the Union of Soviet Composers in 1948, remained in charge of it for only about fifteen years.",
     "Тихон Хренников бессменно руководил Союзом композиторов СССР с 1948 по 1991 год — целых 43 года.",
     C, "duration", "music", False),
    ("In 1913 the French composer and pianist Cécile Chaminade became the first woman composer to be admitted to the Legion of Honour.",
     "В 1913 г. Сесиль Шаминад, автор популярных салонных пьес для фортепиано, первой из женщин-композиторов была награждена орденом Почётного легиона.",
     A, "year", "music", True),
    ("Arturo Márquez's Danzón No. 2, commissioned by the National Autonomous University of Mexico, was premiered in Mexico City in 1994.",
     "«Дансон № 2» мексиканца Артуро Маркеса (1994), написанный по заказу Национального автономного университета Мексики, прославился в исполнениях Густаво Дудамеля.",
     A, "organisation", "music", False),
    ("Arthur Honegger, a member of the group of French composers known as Les Six, was born in Le Havre in 1892 to Swiss parents.",
     "Артюр Онеггер, уроженец Гавра (1892) и швейцарский подданный, входил в парижскую «Шестёрку» вместе с Пуленком и Мийо.",
     A, "place", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Daubigny fitted out his studio boat Le Botin in 1857)
    ("Charles-François Daubigny, a landscape painter linked with the Barbizon school, fitted out his floating studio, the boat Le Botin, in the 1870s.",
     "В 1857 г. Шарль-Франсуа Добиньи оборудовал мастерскую на лодке «Ботен» и писал с неё берега Сены и Уазы.",
     C, "decade", "art", False),
    # FALSE: RU (Guillaumin won 100,000 francs)
    ("In 1891 Armand Guillaumin won 100,000 francs in a lottery, which allowed him to give up his job and paint full-time.",
     "Выиграв в 1891 г. в лотерею 10 тыс. франков, Арман Гийомен смог оставить службу и целиком посвятить себя живописи.",
     C, "number", "art", True),
    ("In 1964 Sonia Delaunay, co-founder of Orphism with her husband Robert, became the first living female artist to have a retrospective at the Louvre.",
     "Соня Делоне в 1964 г. первой из ныне живущих художниц удостоилась ретроспективной выставки в Лувре.",
     A, "rank", "art", False),
    ("Marie Laurencin designed the sets and costumes for Les Biches, the Ballets Russes production with music by Francis Poulenc first staged in Monte Carlo in 1924.",
     "Декорации и костюмы к балету Пуленка «Лани», поставленному труппой Дягилева в Монте-Карло в 1924 г., создала Мари Лорансен.",
     A, "person", "art", True),
    ("Wilhelm Leibl spent about four years, from 1878 to 1882, painting Three Women in Church, now in the Hamburger Kunsthalle.",
     "Над картиной «Три женщины в церкви», хранящейся в Гамбургском кунстхалле, Вильгельм Лейбль работал с 1878 по 1882 г. в баварской деревне Берблинг.",
     A, "duration", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Hazelwood decision was 5-3)
    ("In Hazelwood School District v. Kuhlmeier (1988) the US Supreme Court ruled 5–3 that principals may censor school-sponsored student newspapers.",
     "По делу «Школьный округ Хейзелвуд против Кульмайер» (1988) Верховный суд США семью голосами против двух разрешил директорам цензурировать школьные газеты.",
     C, "number", "law", False),
    # FALSE: RU (the Court held the five techniques were inhuman and degrading treatment but NOT torture)
    ("In Ireland v United Kingdom (1978) the European Court of Human Rights held that the 'five techniques' used on internees in Northern Ireland did not amount to torture.",
     "В решении по делу «Ирландия против Соединённого Королевства» (1978) ЕСПЧ квалифицировал «пять методов» допроса интернированных в Северной Ирландии как пытки.",
     C, "polarity", "law", True),
    # FALSE: EN (Kokkinakis v Greece was decided on 25 May 1993)
    ("Kokkinakis v Greece, decided in 1997, was the first case in which the European Court of Human Rights found a breach of the Convention's guarantee of religious freedom.",
     "25 мая 1993 г. ЕСПЧ по делу «Коккинакис против Греции» впервые констатировал нарушение статьи 9 Конвенции: осуждённый за прозелитизм свидетель Иеговы выиграл дело.",
     C, "year", "law", False),
    ("In Airey v Ireland, decided on 9 October 1979, the Strasbourg court held that a woman who could not afford a lawyer had been denied effective access to court.",
     "Решение ЕСПЧ по делу «Эйри против Ирландии» (09.10.1979): отсутствие бесплатной юридической помощи лишило заявительницу реального доступа к суду по делу о раздельном проживании супругов.",
     A, "date", "law", True),
    ("In Jersild v Denmark (1994) the European Court of Human Rights found that a journalist's conviction for broadcasting racist remarks by the 'Greenjackets' violated his freedom of expression.",
     "Датский тележурналист Йенс Олаф Йерсильд, осуждённый за интервью с расистами из группы «Зелёные куртки», в 1994 г. выиграл дело в ЕСПЧ: суд усмотрел нарушение статьи 10.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the June Bug flight for the Scientific American trophy was on 4 July 1908)
    ("On 4 July 1908 Glenn Curtiss flew the June Bug about 1.5 kilometres at Hammondsport, New York, winning the Scientific American Trophy.",
     "4 сентября 1908 г. Гленн Кёртисс на аэроплане «Июньский жук» пролетел над Хаммондспортом (штат Нью-Йорк) более 1,5 км и получил приз журнала Scientific American.",
     C, "month", "technology", True),
    # FALSE: EN (Akatsuki entered Venus orbit five years later, on 7 December 2015)
    ("Japan's Akatsuki probe missed its first attempt to enter orbit around Venus in December 2010 and succeeded on its second attempt only two years later.",
     "Японский зонд «Акацуки» не смог выйти на орбиту Венеры в декабре 2010 г. и сделал это лишь через пять лет, 7 декабря 2015 г.",
     C, "duration", "technology", False),
    ("Canadarm, the robotic arm built for NASA's Space Shuttle by Spar Aerospace, was first tested in orbit on Columbia's STS-2 mission in November 1981.",
     "Канадский манипулятор «Канадарм» длиной около 15 м впервые работал в космосе в ноябре 1981 г., во время второго полёта шаттла «Колумбия».",
     A, "date", "technology", True),
    ("Japan's lunar orbiter Kaguya (SELENE) was launched from Tanegashima on 14 September 2007 and deliberately crashed into the Moon in June 2009.",
     "Японский лунный зонд «Кагуя» стартовал с космодрома Танэгасима 14.09.2007; в июне 2009 г. аппарат был намеренно направлен на поверхность Луны.",
     A, "date", "technology", False),
    ("China completed its BeiDou global navigation network in 2020, when the last third-generation satellite was launched from Xichang in June.",
     "Последний спутник системы «Бэйдоу-3» был выведен на орбиту 23 июня 2020 г. с космодрома Сичан, что завершило развёртывание глобальной китайской навигационной системы.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Harmelen collision happened on 8 January 1962)
    ("The head-on collision of two trains in thick fog near Harmelen on 18 January 1962 killed 93 people, the worst railway accident in Dutch history.",
     "Лобовое столкновение поездов в густом тумане у Хармелена 8 января 1962 г. унесло 93 жизни — это крупнейшая железнодорожная катастрофа в Нидерландах.",
     C, "date", "disasters", False),
    # FALSE: EN (the Castlecary crash happened on 10 December 1937)
    ("On 10 February 1937, during a heavy snowstorm, an Edinburgh–Glasgow express ran into a stationary train at Castlecary, killing 35 people.",
     "10 декабря 1937 г. в сильный снегопад экспресс Эдинбург — Глазго врезался в стоявший поезд у станции Каслкэри; погибли 35 человек.",
     C, "month", "disasters", True),
    # FALSE: RU (Gediz lies in Kütahya Province in western Turkey)
    ("The earthquake that destroyed the town of Gediz in Kütahya Province, western Turkey, on 28 March 1970 killed about 1,086 people.",
     "Землетрясение 28 марта 1970 г. магнитудой выше 7 разрушило город Гедиз в восточной Турции; погибли более тысячи человек.",
     C, "place", "disasters", False),
    ("The Nepal–Bihar earthquake of 15 January 1934, with a magnitude of about 8, killed more than 10,000 people in northern India and Nepal.",
     "Землетрясение 15.01.1934 магнитудой около 8,0 разрушило Мунгер и сильно повредило Катманду; в Бихаре и Непале погибли свыше 10 тыс. человек.",
     A, "date", "disasters", True),
    ("Monsoon floods in the Indian state of Kerala in August 2018 killed nearly 500 people and were the worst there in almost a century.",
     "Наводнение в Керале в августе 2018 г., самое разрушительное в штате почти за сто лет, унесло жизни 483 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("During the battle of Ligny the 72-year-old Blücher was trapped under his dead horse and narrowly escaped capture by French cavalry.",
     "Сражение при Линьи стало последней победой Наполеона на поле боя.",
     "Ligny", True, "history"),
    ("Kotelny Island is joined to Faddeyevsky Island by Bunge Land, a flat sandy expanse that is partly flooded during storms.",
     "Остров Котельный открыл в 1773 г. якутский купец Иван Ляхов.",
     "Kotelny", False, "geography"),
    ("Alberto Contador retired from professional cycling after the 2017 Vuelta a España, where he won the stage to the summit of the Angliru.",
     "В 2008 г. Альберто Контадор выиграл сразу два гранд-тура — «Джиро д’Италия» и «Вуэльту».",
     "Contador", True, "sport"),
    ("At the Escalade, Genevans traditionally smash a chocolate cauldron filled with marzipan vegetables, recalling the pot of soup of Mère Royaume.",
     "Во время Эскалада по Старому городу Женевы проходит костюмированное шествие в одеждах XVII века.",
     "Escalade", False, "culture"),
    ("The Great Gatsby sold poorly during Fitzgerald's lifetime; its reputation grew only after his death in 1940.",
     "В экранизации «Великого Гэтсби» 2013 г., снятой Базом Лурманом, заглавную роль сыграл Леонардо Ди Каприо.",
     "Great Gatsby", True, "literature"),
    ("Khrennikov's incidental music for Much Ado About Nothing at Moscow's Vakhtangov Theatre (1936) became one of his most popular scores.",
     "Тихон Хренников родился в 1913 г. в городе Елец Орловской губернии.",
     "Khrennikov", False, "music"),
    ("Ireland v United Kingdom was the first inter-state case to be decided by the European Court of Human Rights.",
     "«Пять методов» включали лишение сна, белый шум, долгое стояние у стены, мешок на голове и скудное питание.",
     "Ireland v United Kingdom", True, "law"),
    ("Armand Guillaumin took part in the first Impressionist exhibition, held in Paris in 1874.",
     "Гийомен прожил дольше большинства импрессионистов: он умер в 1927 году, в возрасте 86 лет.",
     "Guillaumin", False, "art"),
    ("Akatsuki, whose name means 'dawn' in Japanese, was launched from Tanegashima on an H-IIA rocket in May 2010.",
     "Главная задача японского зонда «Акацуки» — изучение атмосферы Венеры, в частности её сверхвращения.",
     "Akatsuki", True, "technology"),
    ("After the Harmelen collision, Dutch Railways accelerated the introduction of its automatic train protection system, ATB.",
     "Железнодорожная катастрофа 1962 г. произошла у деревни Хармелен в провинции Утрехт, неподалёку от Вёрдена.",
     "Harmelen", False, "disasters"),
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout127.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout127.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
