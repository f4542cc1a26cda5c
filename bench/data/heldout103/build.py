#!/usr/bin/env python3
"""Build heldout103: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the American army at Camden was commanded by Horatio Gates)
    ("On 16 August 1780, outside Camden, South Carolina, Cornwallis's outnumbered redcoats routed the Southern Army of General Horatio Gates; Baron de Kalb was mortally wounded.",
     "Сражение при Камдене (Южная Каролина, 16.08.1780) закончилось бегством континентальной Южной армии, которой командовал генерал Бенджамин Линкольн.",
     C, "person", "history", True),
    # FALSE: EN (about 800 of the roughly 1,000 Red Stick defenders were killed)
    ("At Horseshoe Bend on the Tallapoosa River, on 27 March 1814, Andrew Jackson's troops and their Cherokee allies killed about 80 of the roughly 1,000 Red Stick warriors.",
     "27 марта 1814 г. в излучине Хорсшу-Бенд на реке Таллапуса войска Эндрю Джексона и союзные им чероки перебили около 800 из примерно тысячи воинов «Красных палок».",
     C, "number", "history", False),
    # FALSE: RU (Assaye was fought on 23 September 1803, not in the 1790s)
    ("At Assaye in the Deccan on 23 September 1803, Major-General Arthur Wellesley defeated the much larger Maratha army of Scindia and the Raja of Berar.",
     "В 1790-х годах при Ассаи в Декане генерал Артур Уэлсли разгромил многократно превосходившее его отряд по численности войско маратхов.",
     C, "decade", "history", True),
    ("Simón Bolívar's victory at the Boyacá bridge on 7 August 1819 broke Spanish power in New Granada; three days later his army entered Bogotá.",
     "Битва при Бояке (7.VIII.1819), в которой Боливар и Сантандер разгромили роялистов Хосе Марии Баррейро, открыла патриотам дорогу на Боготу.",
     A, "date", "history", False),
    ("On 13 September 1847 American troops stormed Chapultepec Castle, then home to Mexico's military academy, and Mexico City fell the following day.",
     "Взяв 13 сентября 1847 г. штурмом замок Чапультепек, где размещалось военное училище, армия США открыла себе путь в Мехико.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Anfinsen's classic experiments used ribonuclease, not lysozyme)
    ("Christian Anfinsen shared the 1972 Nobel Prize in Chemistry for showing, with the enzyme lysozyme, that a protein's amino-acid sequence dictates its folded shape.",
     "Кристиан Анфинсен, изучавший рибонуклеазу, доказал, что пространственная структура белка задаётся последовательностью аминокислот (Нобелевская премия по химии, 1972).",
     C, "entity", "science", False),
    # FALSE: RU (the Karlsruhe Congress met on 3-5 September 1860)
    ("At the Karlsruhe Congress of September 1860, the first international gathering of chemists, Stanislao Cannizzaro argued for Avogadro's hypothesis and consistent atomic weights.",
     "В апреле 1860 г. на съезде химиков в Карлсруэ итальянец Станислао Канниццаро выступил в защиту гипотезы Авогадро; его брошюру раздавали участникам.",
     C, "month", "science", True),
    # FALSE: RU (Beadle and Tatum did the Neurospora work at Stanford University)
    ("Working at Stanford University in 1941, George Beadle and Edward Tatum used X-ray mutants of the bread mould Neurospora to argue that each gene controls one enzyme.",
     "Гипотезу «один ген — один фермент» Джордж Бидл и Эдуард Тейтем выдвинули в 1941 г. в Гарвардском университете, облучая рентгеном плесень нейроспору.",
     C, "organisation", "science", False),
    ("In 1961 Leonard Hayflick and Paul Moorhead reported that normal human fetal cells in culture stop dividing after roughly 50 population doublings.",
     "Согласно «пределу Хейфлика» (1961), нормальные клетки человека в культуре делятся лишь ограниченное число раз — примерно 40–60, после чего стареют.",
     A, "number", "science", True),
    ("Elizabeth Blackburn, born in Hobart, Tasmania, shared the 2009 Nobel Prize in Physiology or Medicine with Carol Greider and Jack Szostak for work on telomeres.",
     "Нобелевская премия по физиологии и медицине за 2009 г. досталась Элизабет Блэкберн и её коллегам за открытие того, как теломеры и фермент теломераза защищают хромосомы.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Attersee is the largest lake lying entirely within Austria)
    ("The Attersee in Upper Austria's Salzkammergut, about 46 square kilometres in area, is only the fourth-largest lake lying entirely within Austria.",
     "Аттерзее (около 46 км²) в Зальцкаммергуте — самое большое из озёр, целиком расположенных на территории Австрии.",
     C, "rank", "geography", True),
    # FALSE: RU (the Königssee lies inside Berchtesgaden National Park)
    ("The Königssee, a narrow alpine lake near Berchtesgaden, lies inside Berchtesgaden National Park, and its passenger boats have been electric since 1909.",
     "Узкое альпийское озеро Кёнигсзе близ Берхтесгадена не входит в Берхтесгаденский национальный парк; по нему курсируют электрические прогулочные катера.",
     C, "polarity", "geography", False),
    # FALSE: EN (Loktak Lake is in Manipur, not Assam)
    ("Loktak Lake, the largest freshwater lake in north-eastern India, lies in the state of Assam and is famous for its phumdis, floating mats of vegetation and soil.",
     "Озеро Локтак в индийском штате Манипур, крупнейшее пресноводное озеро северо-востока страны, славится пхумди — плавучими островами из растительности и почвы.",
     C, "place", "geography", True),
    ("Aldabra, a remote raised coral atoll in the Seychelles, shelters around 100,000 giant tortoises and was made a UNESCO World Heritage Site in 1982.",
     "На атолле Альдабра (Сейшельские Острова) обитает около ста тысяч гигантских черепах — крупнейшая их популяция в мире.",
     A, "number", "geography", False),
    ("Lord Howe Island, a crescent-shaped volcanic remnant in the Tasman Sea some 600 km east of the Australian mainland, belongs to New South Wales.",
     "Остров Лорд-Хау в Тасмановом море административно относится к австралийскому штату Новый Южный Уэльс; в 1982 г. он внесён в список Всемирного наследия ЮНЕСКО.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Firestone was founded in 1900)
    ("Harvey S. Firestone set up the Firestone Tire and Rubber Company in Akron, Ohio, in 1900, and it later supplied tyres for Ford's Model T.",
     "Компанию Firestone Tire and Rubber предприниматель Харви Файерстоун основал в Акроне (штат Огайо) в 1920 году.",
     C, "year", "economy", True),
    # FALSE: EN (Fuji Photo Film was founded on 20 January 1934)
    ("Fuji Photo Film, today's Fujifilm, was set up in the 1950s to make photographic film in Japan and later became known for its QuickSnap single-use camera.",
     "Компания Fuji Photo Film (ныне Fujifilm) основана 20 января 1934 г. для выпуска фотоплёнки; в 1986 г. она представила одноразовый фотоаппарат QuickSnap.",
     C, "decade", "economy", False),
    ("Kirin Brewery Company was established in 1907, taking over the Yokohama business of the Japan Brewery Company and its Kirin lager, first sold in 1888.",
     "Пивоваренная компания «Кирин» учреждена в 1907 г.; её пиво, названное в честь мифического зверя цилиня, продаётся с 1888 года.",
     A, "year", "economy", True),
    ("Birkenstock traces its roots to 1774, when Johann Adam Birkenstock was recorded as a shoemaker in a church register in Hesse.",
     "Немецкий обувной бренд Birkenstock, чья история восходит к 1774 г., в октябре 2023 г. разместил акции на Нью-Йоркской фондовой бирже.",
     A, "year", "economy", False),
    ("William Grant and his family built the Glenfiddich distillery at Dufftown, and its first spirit ran from the stills on Christmas Day 1887.",
     "Первый спирт на винокурне «Гленфиддик» в шотландском Дафтауне, основанной Уильямом Грантом, был получен 25 декабря 1887 г.",
     A, "date", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Witt won Olympic gold twice, 1984 and 1988)
    ("Katarina Witt of East Germany won Olympic figure-skating gold twice, at Sarajevo in 1984 and at Calgary in 1988.",
     "Катарина Витт из ГДР — трёхкратная олимпийская чемпионка в женском одиночном фигурном катании.",
     C, "number", "sport", True),
    # FALSE: EN (Drobny's 1947 world title with Czechoslovakia was in ice hockey)
    ("Jaroslav Drobný, the 1954 Wimbledon champion, had in 1947 won a world championship in basketball as a member of the Czechoslovak national team.",
     "Ярослав Дробный, чемпион Уимблдона 1954 года, в 1947 г. стал в составе сборной Чехословакии чемпионом мира по хоккею с шайбой.",
     C, "entity", "sport", False),
    # FALSE: RU (Lendl lost the 1986 and 1987 Wimbledon finals)
    ("Ivan Lendl, winner of eight Grand Slam singles titles, reached the Wimbledon final in 1986 and 1987 but lost both times.",
     "Иван Лендл, восьмикратный победитель турниров «Большого шлема», выиграл финалы Уимблдона 1986 и 1987 годов.",
     C, "opposite", "sport", True),
    ("Denny Hulme became New Zealand's only Formula One world champion in 1967, driving for the team of his Australian boss Jack Brabham.",
     "Чемпионом мира «Формулы-1» 1967 г. стал новозеландец Денни Халм, выступавший за команду «Брэбем».",
     A, "year", "sport", False),
    ("Brazil's centre-forward Leônidas, famed for his bicycle kicks, finished as top scorer at the 1938 World Cup in France.",
     "Лучшим бомбардиром чемпионата мира 1938 г. во Франции стал бразилец Леонидас да Силва, прозванный «Чёрным бриллиантом».",
     A, "rank", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (Anzac Day is 25 April, the anniversary of the 1915 landing)
    ("Anzac Day, marked in Australia and New Zealand with dawn services, falls on 24 April, the anniversary of the 1915 landing at Gallipoli.",
     "День АНЗАК отмечают в Австралии и Новой Зеландии 25 апреля — в годовщину высадки на Галлиполийском полуострове в 1915 году.",
     C, "date", "culture", False),
    # FALSE: RU (the first Bloomsday celebration was in 1954)
    ("Bloomsday, 16 June, recalls the day in 1904 on which Joyce's Ulysses is set; the first organised celebration took place in Dublin in 1954.",
     "Впервые Блумсдэй — 16 июня, день, в который разворачивается действие «Улисса» Джойса, — торжественно отметили в Дублине в 1964 году.",
     C, "year", "culture", True),
    ("Busójárás, the end-of-winter carnival of Mohács in southern Hungary, features men in horned wooden masks and sheepskins; UNESCO inscribed it in 2009.",
     "Бушояраш — карнавал в венгерском городе Мохач, участники которого в деревянных масках и овчинах «прогоняют зиму».",
     A, "place", "culture", False),
    ("Boxing Day, 26 December, is a public holiday in the United Kingdom, Australia and New Zealand and a traditional day for football fixtures in England.",
     "Следующий за Рождеством день, 26 декабря, в Великобритании и ряде стран Содружества называют Днём подарков (Boxing Day); это официальный выходной.",
     A, "date", "culture", True),
    ("Candlemas, the feast of the Presentation of Christ in the Temple, is kept on 2 February, forty days after Christmas.",
     "Сретение Господне отмечается на 40-й день после Рождества; у католиков и протестантов это праздник, приходящийся на 2 февраля.",
     A, "number", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Babbitt lives in the fictional city of Zenith; Gopher Prairie is the town of Main Street)
    ("Sinclair Lewis's satire Babbitt (1922) follows George F. Babbitt, a self-satisfied real-estate broker in the fictional Midwestern city of Zenith.",
     "Герой сатирического романа Синклера Льюиса «Бэббит» (1922) — самодовольный торговец недвижимостью Джордж Бэббит из вымышленного городка Гофер-Прери.",
     C, "place", "literature", False),
    # FALSE: EN (Andromaque was first performed in November 1667, i.e. in the 17th century)
    ("Racine's Andromaque, a five-act tragedy in alexandrines about Hector's widow and Pyrrhus, was first staged in Paris in the eighteenth century.",
     "Трагедия Жана Расина «Андромаха», написанная александрийским стихом, впервые была сыграна труппой Бургундского отеля в ноябре 1667 г.",
     C, "century", "literature", True),
    ("In Witold Gombrowicz's first novel, Ferdydurke, the thirty-year-old Józio is turned back into a schoolboy by Professor Pimko.",
     "Герой романа Гомбровича «Фердидурке» Юзё — тридцатилетний мужчина, которого учитель Пимко вновь усаживает за школьную парту.",
     A, "number", "literature", False),
    ("Five Weeks in a Balloon, published by Pierre-Jules Hetzel in 1863, was the first of Jules Verne's novels and opened his Voyages extraordinaires.",
     "В романе «Пять недель на воздушном шаре» (1863) доктор Самюэль Фергюсон пересекает Африку с востока на запад на аэростате «Виктория».",
     A, "year", "literature", True),
    ("Toni Morrison's Beloved, whose heroine Sethe has escaped slavery in Kentucky, won the Pulitzer Prize for Fiction in 1988.",
     "Роман Тони Моррисон «Возлюбленная» (1987), навеянный историей беглой рабыни Маргарет Гарнер, в 1988 г. принёс писательнице Пулитцеровскую премию.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Jeux d'eau is dedicated to Gabriel Fauré)
    ("Ravel's piano piece Jeux d'eau, written in 1901, was dedicated to his teacher Camille Saint-Saëns and first played in public by Ricardo Viñes.",
     "Фортепианную пьесу «Игра воды» (1901) Равель посвятил своему учителю Габриэлю Форе; впервые её исполнил Рикардо Виньес в 1902 г.",
     C, "person", "music", True),
    # FALSE: RU (the solo in The Swan of Tuonela is for cor anglais)
    ("The Swan of Tuonela, one of the four legends of Sibelius's Lemminkäinen Suite, is built around a long, mournful solo for cor anglais.",
     "В «Туонельском лебеде» — одной из четырёх легенд сюиты Сибелиуса «Лемминкяйнен» — главную мелодию ведёт солирующий кларнет.",
     C, "entity", "music", False),
    # FALSE: EN (the Haffner music was written in Vienna in 1782)
    ("Mozart's Haffner Symphony, No. 35 in D major (K. 385), grew out of a serenade written in Vienna in 1788 for the Haffner family of Salzburg.",
     "Симфония № 35 ре мажор «Хаффнер» (K. 385) возникла в 1782 г. из серенады, которую Моцарт сочинил в Вене для зальцбургского семейства Хаффнер.",
     C, "year", "music", True),
    ("Beethoven's Piano Sonata No. 29 in B-flat major, Op. 106, the 'Hammerklavier', was completed in 1818 and dedicated to Archduke Rudolph.",
     "Сонату № 29 си-бемоль мажор, соч. 106 («Хаммерклавир»), Бетховен посвятил своему ученику и покровителю эрцгерцогу Рудольфу.",
     A, "person", "music", True),
    ("The words of Danny Boy were written by the English lawyer Frederic Weatherly, who fitted them in 1913 to the Irish tune known as the Londonderry Air.",
     "Текст песни «Дэнни-бой» сочинил английский юрист и поэт-песенник Фредерик Уэзерли, положивший его на ирландскую мелодию «Лондондерри».",
     A, "person", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (Beardsley died at Menton, not Nice)
    ("Aubrey Beardsley, whose black-and-white drawings illustrated the English edition of Wilde's Salome, died of tuberculosis at Menton in 1898, aged 25.",
     "Обри Бёрдслей, иллюстратор уайльдовской «Саломеи», умер от туберкулёза в 1898 г. в Ницце, не дожив до 26 лет.",
     C, "place", "art", True),
    # FALSE: EN (Beckmann lived in Amsterdam for ten years, 1937-1947)
    ("Max Beckmann left Nazi Germany for Amsterdam in July 1937 and stayed there barely two years before moving on to the United States.",
     "Макс Бекман эмигрировал в Амстердам в 1937 г. и прожил там десять лет, пока в 1947 г. не перебрался в США.",
     C, "duration", "art", False),
    ("Bronzino's Venus, Cupid, Folly and Time, an allegory painted around 1545 for Cosimo I de' Medici, hangs in the National Gallery in London.",
     "Аллегорию «Венера, Купидон, Безумие и Время» Аньоло Бронзино (около 1545 г.) можно увидеть в Лондонской национальной галерее.",
     A, "organisation", "art", True),
    ("In the summer of 1905 André Derain worked alongside Henri Matisse in the Mediterranean fishing port of Collioure, producing canvases that launched Fauvism.",
     "Летом 1905 г. Андре Дерен и Анри Матисс работали бок о бок в Коллиуре; показанные осенью в Салоне картины дали начало фовизму.",
     A, "place", "art", False),
    ("From 1883 until his death in 1910 Winslow Homer lived and painted at Prouts Neck, on the rocky coast of Maine.",
     "Последние почти три десятилетия жизни Уинслоу Хомер провёл в Праутс-Нек на побережье штата Мэн, где писал бурное море.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (Holmes's dissent in Abrams was joined by Brandeis; Cardozo joined the Court only in 1932)
    ("In Abrams v. United States (1919) the Supreme Court upheld the convictions 7–2; Justice Holmes dissented, joined by Justice Brandeis.",
     "По делу «Абрамс против США» (1919) Верховный суд оставил приговоры в силе; особое мнение написал Оливер Уэнделл Холмс, к которому присоединился Бенджамин Кардозо.",
     C, "person", "law", False),
    # FALSE: EN (Bostock was decided on 15 June 2020)
    ("In Bostock v. Clayton County, decided in January 2020, the Supreme Court held 6–3 that Title VII bars firing employees for being gay or transgender.",
     "15 июня 2020 г. Верховный суд США по делу «Босток против округа Клейтон» (6 голосов против 3) запретил увольнять работников за гомосексуальность или трансгендерность.",
     C, "month", "law", False),
    ("In Bolton v Stone (1951) the House of Lords held that a cricket club was not negligent when a ball hit out of the ground injured a passer-by.",
     "Палата лордов в 1951 г. (дело «Болтон против Стоун») сочла, что крикетный клуб не проявил небрежности: мяч вылетал за пределы поля лишь изредка.",
     A, "organisation", "law", False),
    ("Caparo Industries plc v Dickman, decided by the House of Lords in 1990, set out a three-part test for when a duty of care arises in negligence.",
     "Решение по делу Caparo v Dickman (1990) сформулировало трёхступенчатый тест: предвидимость вреда, близость сторон и справедливость возложения обязанности.",
     A, "year", "law", True),
    ("The Logan Act of 1799 forbids unauthorised American citizens from negotiating with foreign governments in disputes with the United States.",
     "Закон Логана, подписанный Джоном Адамсом в январе 1799 г., назван в честь пенсильванского врача Джорджа Логана, самовольно ездившего на переговоры во Францию.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Grande Dixence is the tallest gravity dam in the world)
    ("The Grande Dixence Dam in the Swiss canton of Valais, 285 metres high, is the tallest gravity dam in the world.",
     "Плотина Гранд-Диксанс в швейцарском кантоне Вале высотой 285 м — лишь третья по высоте гравитационная плотина мира.",
     C, "rank", "technology", True),
    # FALSE: EN (the Kurobe Dam was built by Kansai Electric Power)
    ("The Kurobe Dam in Toyama Prefecture, Japan's tallest dam at 186 metres, was built by the Tokyo Electric Power Company and completed in 1963.",
     "Плотину Куробе (186 м), самую высокую в Японии, компания Kansai Electric Power возводила семь лет; на стройке погиб 171 человек.",
     C, "organisation", "technology", False),
    ("Robert Stephenson's Britannia Bridge, a tubular wrought-iron span across the Menai Strait, opened to rail traffic in 1850.",
     "Трубчатый железнодорожный мост «Британия» через пролив Менай, спроектированный Робертом Стефенсоном, открыт в 1850 г.; в 1970 г. его повредил пожар.",
     A, "year", "technology", True),
    ("Celluloid, one of the first commercial plastics, was patented in 1870 by the brothers John Wesley and Isaiah Hyatt in the United States.",
     "Целлулоид запатентовали в 1870 г. американские изобретатели братья Джон Уэсли и Исайя Хайатт, искавшие замену слоновой кости для бильярдных шаров.",
     A, "person", "technology", False),
    ("Opened to trains in 1875, the Hoosac Tunnel through the Berkshire hills of western Massachusetts is 4.75 miles long.",
     "Железнодорожный туннель Хусак на западе Массачусетса длиной около 7,6 км, строившийся более двадцати лет, открыт в 1875 году.",
     A, "number", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (the Hebgen Dam was cracked but held)
    ("The Hebgen Lake earthquake of 17 August 1959 in Montana cracked the earthen Hebgen Dam, but the dam held; a landslide downstream buried a campground.",
     "Землетрясение 17 августа 1959 г. у озера Хебген (Монтана) разрушило земляную плотину Хебген, и вода хлынула в долину реки Мэдисон.",
     C, "opposite", "disasters", False),
    # FALSE: EN (the Fukui earthquake struck on 28 June 1948, in the 20th century)
    ("The Fukui earthquake, which levelled the Japanese city of Fukui and killed more than 3,700 people, struck in the late nineteenth century.",
     "Землетрясение в Фукуи 28 июня 1948 г. практически стёрло город с лица земли; погибли около 3,8 тыс. человек.",
     C, "century", "disasters", True),
    # FALSE: EN (Hazel did reach Toronto, where floods killed 81 people)
    ("Hurricane Hazel, which battered the Carolinas in October 1954, never reached Toronto or any other part of Canada.",
     "Ураган «Хейзел», обрушившийся в октябре 1954 г. на побережье Каролин, дошёл и до Торонто, где наводнения унесли 81 жизнь.",
     C, "polarity", "disasters", False),
    ("On Sunday 2 April 1916 an explosives factory at Uplees, near Faversham in Kent, blew up, killing more than 100 men and boys.",
     "Взрыв на заводе взрывчатых веществ под Фавершемом (графство Кент) 2.04.1916 унёс свыше ста жизней — крупнейшая катастрофа в истории британской взрывчатой промышленности.",
     A, "date", "disasters", True),
    ("The sidewheel steamer Lady Elgin sank in Lake Michigan on 8 September 1860 after being rammed by the schooner Augusta; about 300 people died.",
     "В ночь на 8 сентября 1860 г. пароход «Леди Элгин», протараненный шхуной «Августа», затонул в озере Мичиган; погибли около 300 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Johann de Kalb, the Bavarian-born officer mortally wounded at Camden, died of his wounds three days after the battle.",
     "После разгрома при Камдене генерал Гейтс был отстранён от командования Южной армией, и его сменил Натанаэль Грин.",
     "Camden", True, "history"),
    ("The six young cadets who died defending Chapultepec are honoured in Mexico as the Niños Héroes.",
     "Замок Чапультепек позднее служил резиденцией императора Максимилиана, а сегодня в нём размещён Национальный музей истории.",
     "Chapultepec", False, "history"),
    ("Elizabeth Blackburn served as president of the Salk Institute for Biological Studies in California from 2016 to 2018.",
     "Фермент теломеразу Элизабет Блэкберн и Кэрол Грейдер обнаружили в 1984 г. у инфузории тетрахимены.",
     "Blackburn", True, "science"),
    ("Aldabra is managed by the Seychelles Islands Foundation, which runs a small research station on the atoll.",
     "Альдабра — один из крупнейших поднятых коралловых атоллов мира; в его центре лежит обширная мелководная лагуна.",
     "Aldabra", False, "geography"),
    ("Born in Ostrava, Czechoslovakia, Ivan Lendl became a citizen of the United States in 1992.",
     "Первый титул на турнирах «Большого шлема» Иван Лендл завоевал на Открытом чемпионате Франции 1984 года.",
     "Lendl", True, "sport"),
    ("The balloon in which Dr Fergusson and his companions cross Africa in Verne's novel is named the Victoria.",
     "Роман «Пять недель на воздушном шаре» стал началом многолетнего сотрудничества Жюля Верна с издателем Этцелем.",
     "Five Weeks in a Balloon", False, "literature"),
    ("The Hammerklavier Sonata ends with a vast and rugged fugue in three voices.",
     "Соната соч. 106 — самая продолжительная из фортепианных сонат Бетховена: её исполнение занимает около 45 минут.",
     "Hammerklavier", True, "music"),
    ("Only two people have ever been indicted under the Logan Act, and no one has been convicted.",
     "Джордж Логан, в честь которого назван закон 1799 года, позднее представлял Пенсильванию в Сенате США.",
     "Logan Act", False, "law"),
    ("In 1906 the dealer Ambroise Vollard sent André Derain to London, where he painted a series of views of the Thames.",
     "Андре Дерен создал декорации и костюмы к балету «Волшебная лавка», поставленному труппой Дягилева в 1919 году.",
     "Derain", True, "art"),
    ("The Madison Canyon landslide set off by the 1959 quake dammed the river and created Earthquake Lake.",
     "Землетрясение у озера Хебген в августе 1959 г. унесло жизни 28 человек.",
     "Hebgen Lake", False, "disasters"),
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
    # related rows must reuse a subject of this set's comparable pairs
    for en, ru, subj, ru_first, domain in RELATED:
        key = subj.split()[0].lower()
        assert any(key in (c[0] + " " + c[1]).lower() for c in COMPARABLE), subj

    with open(os.path.join(here, "comparable_heldout103.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout103.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
