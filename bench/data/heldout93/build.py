#!/usr/bin/env python3
"""Build heldout93: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (the Americans at Cowpens were led by Daniel Morgan, not Nathanael Greene)
    ("At Cowpens, South Carolina, on 17 January 1781, an American force under Nathanael Greene routed Banastre Tarleton's troops with a celebrated double envelopment.",
     "17 января 1781 г. в битве при Каупенсе (Южная Каролина) американцы бригадного генерала Дэниела Моргана разгромили отряд британского подполковника Банастра Тарлтона.",
     C, "person", "history", True),
    # FALSE: RU (Ball's Bluff was a Union defeat, not a Union victory)
    ("The Battle of Ball's Bluff on 21 October 1861 ended in a humiliating Union defeat on the Potomac, and Colonel Edward Baker, a sitting senator from Oregon, was killed.",
     "В сражении у Болс-Блафф на Потомаке (октябрь 1861 г.) северяне одержали победу, хотя их командир полковник Эдвард Бейкер, сенатор от Орегона, погиб.",
     C, "opposite", "history", False),
    # FALSE: EN (the charge at Beersheba took place on 31 October 1917, not in November)
    ("Late on a November afternoon in 1917, Australian horsemen of the 4th Light Horse Brigade charged across open ground and seized Beersheba together with its vital wells.",
     "31 октября 1917 г. 4-я бригада австралийской лёгкой кавалерии стремительной атакой в конном строю захватила Беэр-Шеву и её колодцы.",
     C, "month", "history", False),
    ("From 26 May to 11 June 1942 the 1st Free French Brigade under Marie-Pierre Koenig held the desert position of Bir Hakeim in Libya against Axis attacks.",
     "Больше двух недель оборонялась на позиции Бир-Хакейм в Ливийской пустыне бригада «Свободной Франции» генерала Кёнига, прежде чем в ночь на 11 июня 1942 г. прорваться из окружения.",
     A, "duration", "history", False),
    ("In the Kapyong valley on 22–25 April 1951, Australian and Canadian battalions held off a far larger Chinese force and later received the US Presidential Unit Citation.",
     "Бой в долине Капхёна (апрель 1951 г.): 3-й батальон Королевского австралийского полка и 2-й батальон канадской лёгкой пехоты принцессы Патриции остановили наступление китайских войск.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (the Homestake detector sat 4,850 ft, about 1,480 m, underground, not 150 m)
    ("Ray Davis's solar neutrino detector, a tank holding about 100,000 gallons of dry-cleaning fluid, sat 4,850 feet underground in the Homestake gold mine in South Dakota.",
     "Детектор солнечных нейтрино Рэймонда Дэвиса — бак с перхлорэтиленом — был установлен в золотом руднике Хоумстейк (Южная Дакота) на глубине всего около 150 метров.",
     C, "number", "science", False),
    # FALSE: RU (the Liang Bua skeleton was found in 2003, not in the mid-1990s)
    ("Homo floresiensis, the diminutive hominin nicknamed the 'hobbit', was described in 2004 from a partial skeleton unearthed in 2003 in Liang Bua cave on Flores.",
     "Скелет «хоббита» — гоминида ростом около метра — австралийско-индонезийская экспедиция обнаружила в пещере Лианг-Буа на острове Флорес в середине 1990-х годов.",
     C, "decade", "science", True),
    ("In September 2008 the IAU named the elongated dwarf planet Haumea after the Hawaiian goddess of childbirth; its two moons are called Hiʻiaka and Namaka.",
     "Карликовая планета Хаумеа, получившая в 2008 г. имя гавайской богини плодородия и деторождения, имеет вытянутую форму и совершает оборот вокруг оси менее чем за четыре часа.",
     A, "year", "science", True),
    ("Frank Drake wrote down his famous equation in 1961 as the agenda for a small meeting at the National Radio Astronomy Observatory in West Virginia.",
     "Уравнение Дрейка, предложенное в 1961 г., позволяет оценить число цивилизаций в нашей Галактике, способных выйти с нами на радиосвязь.",
     A, "year", "science", True),
    ("A six-week survey of the Yangtze in late 2006 failed to find a single baiji, and the river dolphin was declared functionally extinct.",
     "Китайский речной дельфин байцзи, обитавший только в Янцзы, после безрезультатной экспедиции 2006 года признан функционально вымершим.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (Gran Paradiso is the highest peak lying wholly within Italy, not the third)
    ("Gran Paradiso (4,061 m), in the Graian Alps between the Aosta Valley and Piedmont, is the highest summit lying wholly within Italian territory.",
     "Гран-Парадизо высотой 4061 м — лишь третья по высоте вершина из тех, что целиком находятся на территории Италии.",
     C, "rank", "geography", True),
    # FALSE: RU (Cho Oyu was first climbed on 19 October 1954, not in May)
    ("Cho Oyu, at 8,188 metres the sixth-highest mountain on Earth, was first climbed on 19 October 1954 by Herbert Tichy, Joseph Jöchler and the Sherpa Pasang Dawa Lama.",
     "Первое восхождение на Чо-Ойю (8188 м) совершила в мае 1954 г. небольшая австрийская экспедиция Герберта Тихи.",
     C, "month", "geography", False),
    # FALSE: EN (Huangguoshu is about 78 m high, not 178 m)
    ("Huangguoshu Waterfall on the Baishui River in Guizhou province plunges some 178 metres over a ledge about 100 metres wide, hiding a cave behind its curtain.",
     "Водопад Хуангошу в провинции Гуйчжоу высотой около 78 м и шириной 101 м — один из крупнейших в Китае; за его струями скрыта пещера «Водяной занавес».",
     C, "number", "geography", True),
    ("Kodiak Island, off the southern coast of Alaska, covers about 3,600 square miles and is the second-largest island in the United States after Hawaii's Big Island.",
     "Кадьяк (около 9,3 тыс. км²) уступает по площади среди островов США лишь острову Гавайи; здесь обитает один из крупнейших подвидов бурого медведя.",
     A, "rank", "geography", False),
    ("Stretching across Western Australia and South Australia, the Great Victoria Desert is the largest desert on the continent, covering roughly 350,000 square kilometres.",
     "Большая пустыня Виктория площадью около 348 тыс. км² — крупнейшая в Австралии; своё имя она получила от путешественника Эрнеста Джайлса, пересёкшего её в 1875 г.",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Louis Cartier designed the Tank watch in 1917, not in the 1930s)
    ("Louis Cartier designed the Tank wristwatch, whose rectangular case was inspired by the armoured vehicles of the Western Front, in the early 1930s.",
     "Часы «Танк», прямоугольный корпус которых напоминает вид сверху на французский танк «Рено», Луи Картье придумал в 1917 г.",
     C, "decade", "economy", False),
    # FALSE: RU (Kikkoman's first US plant, opened in 1973, is in Walworth, Wisconsin)
    ("Kikkoman's first soy sauce plant in the United States opened in 1973 in the small town of Walworth, Wisconsin.",
     "Первый американский завод японской компании «Киккоман» по производству соевого соуса открылся в 1973 году в Калифорнии.",
     C, "place", "economy", True),
    ("Longines, whose history goes back to a watch business set up in Saint-Imier in 1832, registered its winged hourglass emblem in 1889.",
     "Эмблема швейцарской часовой фирмы «Лонжин» — крылатые песочные часы — зарегистрирована как товарный знак в 1889 году и с тех пор не менялась.",
     A, "year", "economy", False),
    ("Hitachi grew out of a repair shop at a copper mine in Ibaraki Prefecture, where the engineer Namihei Odaira built his first 5-horsepower electric motor in 1910.",
     "Основатель «Хитачи» Намихэй Одайра в 1910 г. изготовил в мастерской медного рудника свой первый электродвигатель мощностью 5 л. с.",
     A, "person", "economy", True),
    ("Asahi Super Dry, launched in 1987, revived the fortunes of a struggling brewer and set off a 'dry beer' boom in Japan.",
     "Пиво «Асахи Супер Драй», поступившее в продажу весной 1987 г., вызвало в Японии моду на «сухое» пиво.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Fittipaldi's 1974 title was won with McLaren, not Ferrari)
    ("Emerson Fittipaldi became the then-youngest Formula One world champion with Lotus in 1972, and added a second title with McLaren two years later.",
     "Бразилец Эмерсон Фиттипальди выиграл чемпионат мира «Формулы-1» в 1972 г., а второй титул завоевал в 1974 г. в составе «Феррари».",
     C, "organisation", "sport", True),
    # FALSE: EN (Hogan's 1953 Open Championship was played at Carnoustie, not St Andrews)
    ("In 1953 Ben Hogan won the Masters, the US Open and, at his only attempt, the Open Championship at St Andrews.",
     "В 1953 г. Бен Хоган выиграл три крупнейших турнира — «Мастерс», Открытый чемпионат США и Открытый чемпионат Великобритании в шотландском Карнусти.",
     C, "place", "sport", False),
    # FALSE: EN (four of Aamodt's eight Olympic medals were gold, not five)
    ("Norway's Kjetil André Aamodt collected eight Olympic medals in alpine skiing between 1992 and 2006, five of them gold.",
     "Норвежский горнолыжник Хьетиль Андре Аамодт — четырёхкратный олимпийский чемпион; последнее золото он выиграл в супергиганте в Турине-2006 в возрасте 34 лет.",
     C, "number", "sport", False),
    ("Hungary's Krisztina Egerszegi won the 200 metres backstroke at three successive Olympics, in 1988, 1992 and 1996.",
     "Первую из пяти олимпийских золотых медалей Кристина Эгерсеги выиграла в 14 лет в Сеуле-1988 на дистанции 200 м на спине, а затем побеждала на ней ещё дважды.",
     A, "number", "sport", False),
    ("On 13 June 1935 James J. Braddock, a 10-to-1 underdog, outpointed Max Baer over 15 rounds to become heavyweight champion of the world.",
     "Джеймс Брэддок по прозвищу «Человек-Золушка» отобрал титул чемпиона мира в тяжёлом весе у Макса Бэра, победив его по очкам в июне 1935 г.",
     A, "date", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (Kwanzaa lasts seven days, not twelve)
    ("Kwanzaa, created in 1966 by the activist Maulana Karenga, runs for seven days from 26 December to 1 January, one day for each of its seven principles.",
     "Кванза, праздник афроамериканской культуры, учреждённый Мауланой Каренгой, длится двенадцать дней начиная с 26 декабря.",
     C, "duration", "culture", False),
    # FALSE: EN (the cheese-rolling is held on the Spring Bank Holiday at the end of May)
    ("The Cooper's Hill cheese-rolling near Gloucester takes place each year on the August bank holiday, when competitors chase a round of Double Gloucester down a steep slope.",
     "Знаменитые сырные гонки на холме Куперс-Хилл у деревни Брокворт (Глостершир) проводятся в конце мая, в весенний банковский выходной: участники бегут вниз по склону за головкой сыра.",
     C, "month", "culture", True),
    ("Every 2 February crowds gather at Gobbler's Knob in Punxsutawney, Pennsylvania, to see whether the groundhog Phil casts a shadow and so predicts six more weeks of winter.",
     "В День сурка, 2 февраля, жители Панксатони (штат Пенсильвания) ждут «прогноза» сурка Фила: если он увидит свою тень, зима продлится ещё шесть недель.",
     A, "date", "culture", False),
    ("On Hinamatsuri, the Girls' Day held in Japan on 3 March, families display ornamental dolls of an imperial court on a tiered stand covered with red cloth.",
     "Ежегодно 3 марта в японских семьях, где есть дочери, отмечают Хина-мацури — выставляют на многоярусной подставке кукол, изображающих императора, императрицу и придворных.",
     A, "date", "culture", True),
    ("In Austria and Bavaria the horned, shaggy Krampus, Saint Nicholas's demonic companion, roams the streets on the evening of 5 December to frighten naughty children.",
     "Крампус — рогатый косматый спутник святого Николая в альпийском фольклоре; в «ночь Крампуса» накануне Николина дня ряженые пугают непослушных детей.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Jim Dixon lectures in medieval history, not English literature)
    ("Kingsley Amis's first novel, Lucky Jim (1954), follows Jim Dixon, a hapless junior lecturer in medieval history at a provincial English university.",
     "Герой первого романа Кингсли Эмиса «Счастливчик Джим» (1954) — Джим Диксон, незадачливый преподаватель английской литературы в провинциальном университете.",
     C, "entity", "literature", True),
    # FALSE: EN (Giovanni's Room is set in Paris, not Rome)
    ("James Baldwin's second novel, Giovanni's Room (1956), is narrated by David, a young American in Rome who falls in love with an Italian barman.",
     "Рассказчик романа Джеймса Болдуина «Комната Джованни» (1956) — американец Дэвид, живущий в Париже и влюбившийся в итальянца-бармена Джованни.",
     C, "place", "literature", False),
    # FALSE: RU (Cold Comfort Farm was published in 1932, not the early 1950s)
    ("Stella Gibbons's comic novel Cold Comfort Farm (1932) sends the orphaned, sensible Flora Poste to tidy up the lives of her Starkadder relatives in rural Sussex.",
     "Пародийный роман Стеллы Гиббонс «Неуютная ферма», вышедший в начале 1950-х, рассказывает о сироте Флоре Пост, которая наводит порядок в семействе родственников Старкаддеров.",
     C, "decade", "literature", True),
    ("José de Alencar's Iracema (1865), a founding myth of Ceará, tells of a Tabajara maiden's love for the Portuguese settler Martim; her name is an anagram of America.",
     "Роман Жозе де Аленкара «Ирасема» вышел в 1865 г.; имя индианки-героини — анаграмма слова «Америка».",
     A, "year", "literature", False),
    ("Faulkner's As I Lay Dying (1930) follows the Bundren family as they carry Addie's coffin to Jefferson for burial, told by fifteen different narrators.",
     "В романе Уильяма Фолкнера «Когда я умирала», изданном в 1930 г., семья Бандренов везёт гроб матери, Адди, хоронить в город Джефферсон.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the libretto of Idomeneo is by Giambattista Varesco, not Lorenzo Da Ponte)
    ("Mozart's Idomeneo, to an Italian libretto by the Salzburg court chaplain Giambattista Varesco, was first staged in Munich on 29 January 1781.",
     "Опера Моцарта «Идоменей, царь Критский» на либретто Лоренцо да Понте впервые прозвучала в Мюнхене в январе 1781 г.",
     C, "person", "music", False),
    # FALSE: EN (Hatikvah was made the official anthem by law only in 2004)
    ("Hatikvah, based on a poem by Naftali Herz Imber, was formally adopted by law as Israel's national anthem in 1948, the year the state was founded.",
     "Гимн «Ха-Тиква» на стихи Нафтали Герца Имбера официально закреплён законом как государственный гимн Израиля только в 2004 г.",
     C, "year", "music", True),
    ("August Heinrich Hoffmann von Fallersleben wrote the words of the Deutschlandlied on the island of Heligoland, then British, on 26 August 1841.",
     "Текст «Песни немцев» поэт Гофман фон Фаллерслебен сочинил в 1841 г. на Гельголанде, положив его на мелодию Гайдна 1797 года.",
     A, "place", "music", False),
    ("William Walton's cantata Belshazzar's Feast, with a biblical text arranged by Osbert Sitwell, was first performed at the Leeds Festival in October 1931 under Malcolm Sargent.",
     "Кантата Уильяма Уолтона «Пир Валтасара» впервые прозвучала 8 октября 1931 г. на музыкальном фестивале в Лидсе.",
     A, "date", "music", True),
    ("Ferde Grofé's Grand Canyon Suite, first played by Paul Whiteman's orchestra in 1931, has five movements, from 'Sunrise' to 'Cloudburst'.",
     "Сюита Ферде Грофе «Большой каньон» (1931) состоит из пяти частей; в части «По тропе» слышен мерный шаг ослика.",
     A, "number", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (Canaletto stayed in England about nine years, 1746-1755)
    ("Canaletto left Venice for London in 1746 and spent about nine years in England, painting the Thames, Whitehall and the new Westminster Bridge.",
     "Каналетто приехал в Лондон в 1746 г. и провёл в Англии всего около двух лет, написав виды Темзы и Вестминстерского моста.",
     C, "duration", "art", True),
    # FALSE: EN (Leyster joined the Haarlem guild in 1633)
    ("Judith Leyster, one of the first women admitted to the Haarlem Guild of Saint Luke, became a member in 1643.",
     "Юдит Лейстер вступила в харлемскую гильдию Святого Луки в 1633 г. — одной из первых женщин — и вскоре завела собственную мастерскую с учениками.",
     C, "year", "art", False),
    # FALSE: RU (Anguissola served Queen Elisabeth of Valois; Mary Tudor had died in 1558)
    ("Sofonisba Anguissola of Cremona went to Madrid in 1559 as a painter and lady-in-waiting to Elisabeth of Valois, the young third wife of Philip II.",
     "Уроженка Кремоны Софонисба Ангвиссола в 1559 г. прибыла в Мадрид как придворная художница и фрейлина королевы Марии Тюдор.",
     C, "person", "art", True),
    ("Jean-Siméon Chardin was received into the Royal Academy in 1728 on the strength of The Ray, a still life now in the Louvre.",
     "Натюрморт «Скат» (Лувр) в 1728 г. открыл Жану Батисту Симеону Шардену двери Королевской академии живописи и скульптуры.",
     A, "year", "art", False),
    ("Vilhelm Hammershøi painted dozens of hushed interiors of his Copenhagen flat at Strandgade 30, often showing his wife Ida from behind.",
     "Датский художник Вильгельм Хаммерсхёй (1864–1916) прославился тихими сероватыми интерьерами своей копенгагенской квартиры, где жена Ида часто изображена со спины.",
     A, "person", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Customs Court held Bird in Space to be a work of art, free of duty)
    ("In Brancusi v. United States (1928) the Customs Court held that Bird in Space was an original work of art and therefore exempt from import duty.",
     "В 1928 г. таможенный суд США по делу «Бранкузи против Соединённых Штатов» не признал «Птицу в пространстве» произведением искусства, освобождённым от ввозной пошлины.",
     C, "polarity", "law", False),
    # FALSE: RU (the FCPA was enacted in 1977, not 1987)
    ("The Foreign Corrupt Practices Act, signed by President Carter in December 1977, made it a federal crime for US companies to bribe foreign officials.",
     "Закон о противодействии коррупции за рубежом, запретивший американским компаниям подкупать иностранных чиновников, был принят в 1987 г.",
     C, "year", "law", True),
    # FALSE: EN (the Gortyn Code was inscribed in the 5th century BC)
    ("The Gortyn Code, the long law inscription of Gortyn in Crete, was carved in boustrophedon in the second century BC on twelve columns of stone.",
     "Гортинские законы, высеченные бустрофедоном в V в. до н. э., обнаружил на Крите в 1884 г. итальянский археолог Федерико Хальбхерр.",
     C, "century", "law", False),
    ("Austria's General Civil Code, the ABGB, drafted chiefly by Franz von Zeiller, came into force on 1 January 1812 and still applies today.",
     "Австрийское Всеобщее гражданское уложение 1811 г., вступившее в силу с 1812 г., — один из старейших действующих гражданских кодексов Европы.",
     A, "year", "law", True),
    ("The Falloux Law of 15 March 1850 opened French secondary education to private, largely Catholic, schools and strengthened the Church's role in primary teaching.",
     "Закон Фаллу (1850), названный по имени министра просвещения, разрешил во Франции открытие частных, прежде всего католических, средних школ.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (Ritty's business became the National Cash Register Company, not Burroughs)
    ("James Ritty, a Dayton saloon keeper, patented the first mechanical cash register in 1879; his business eventually grew into the Burroughs Adding Machine Company.",
     "Кассовый аппарат изобрёл в 1879 г. владелец салуна в Дейтоне Джеймс Ритти; в 1884 г. выросшее из его мастерской предприятие купил Джон Паттерсон и переименовал в «Нэшнл кэш реджистер».",
     C, "organisation", "technology", True),
    # FALSE: EN (the Land Rover was unveiled on 30 April 1948)
    ("The Land Rover, conceived by Rover's chief engineer Maurice Wilks as a light farm vehicle, made its public debut at the Amsterdam Motor Show on 13 April 1948.",
     "Первый «Лендровер» публика увидела 30.04.1948 на автосалоне в Амстердаме; машину задумал главный конструктор компании «Ровер» Морис Уилкс.",
     C, "date", "technology", False),
    ("The American Bantam company delivered the first jeep prototype to the US Army in September 1940; most wartime jeeps were later built by Willys and Ford.",
     "Прототип армейского джипа, спроектированный инженером Карлом Пробстом, фирма «Американ Бантам» передала военным осенью 1940 г.",
     A, "organisation", "technology", True),
    ("Dante Giacosa's Fiat Nuova 500, launched in July 1957, had a tiny air-cooled two-cylinder engine mounted at the rear.",
     "Малолитражка «Фиат Нуова 500» конструкции Данте Джакозы выпускалась с 1957 по 1975 г.; её двухцилиндровый мотор воздушного охлаждения располагался сзади.",
     A, "person", "technology", False),
    ("The Hungarian journalist László Bíró patented his ballpoint pen in 1938, before emigrating to Argentina, where the pen is still called a birome.",
     "Шариковую ручку венгерский журналист Ласло Биро запатентовал в 1938 г.; позже он вместе с братом Дьёрдем перебрался в Аргентину.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Air India bombing is the deadliest terrorist attack in Canadian history)
    ("The bombing of Air India Flight 182 off Ireland on 23 June 1985, which killed 329 people, ranks only as the second-deadliest terrorist attack in Canadian history.",
     "Взрыв бомбы на борту «Боинга-747» рейса 182 «Эйр Индия» 23 июня 1985 г. у берегов Ирландии унёс 329 жизней — это самый кровавый теракт в истории Канады.",
     C, "rank", "disasters", False),
    # FALSE: EN (the bridge section that fell was on the Bay Bridge, not the Golden Gate Bridge)
    ("The Loma Prieta earthquake of 17 October 1989, magnitude 6.9, killed 63 people around San Francisco Bay and brought down part of the Golden Gate Bridge.",
     "Землетрясение Лома-Приета (17.10.1989, магнитуда 6,9) обрушило секцию верхнего яруса моста Бэй-Бридж между Сан-Франциско и Оклендом.",
     C, "entity", "disasters", True),
    ("Arrow Air Flight 1285 crashed just after take-off from Gander, Newfoundland, on 12 December 1985, killing all 256 on board, 248 of them US soldiers.",
     "Чартерный DC-8 компании «Эрроу Эйр», разбившийся 12.12.1985 после взлёта из Гандера, вёз домой американских военных из 101-й воздушно-десантной дивизии, служивших миротворцами на Синае.",
     A, "date", "disasters", False),
    ("On 21 September 2001 a store of ammonium nitrate blew up at the AZF fertiliser plant on the edge of Toulouse, killing 31 people and injuring thousands.",
     "Взрыв склада аммиачной селитры на химическом заводе AZF в Тулузе (21.09.2001) унёс жизни 31 человека, ранения получили более двух тысяч горожан.",
     A, "number", "disasters", True),
    ("When the earthen Kelly Barnes Dam above Toccoa Falls, Georgia, gave way after heavy rain on 6 November 1977, the flood killed 39 people at a Bible college.",
     "Прорыв плотины Келли-Барнс в штате Джорджия в ноябре 1977 г. обрушил поток воды на кампус библейского колледжа Токкоа-Фолс; погибли 39 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("The Cowpens, where the battle was fought, was a frontier pasture where local farmers grazed their cattle before driving them to market.",
     "Разгромленный при Каупенсе подполковник Банастр Тарлтон сумел спастись бегством с частью своей кавалерии.",
     "Cowpens", True, "history"),
    ("In 1949 a Paris Métro station and the nearby bridge over the Seine were renamed Bir-Hakeim in honour of the defenders.",
     "Позицию Бир-Хакейм в 1942 г. вместе с другими частями «Свободной Франции» обороняли батальоны Иностранного легиона.",
     "Bir Hakeim", False, "history"),
    ("Gran Paradiso National Park, created in 1922 from a former royal hunting reserve, is the oldest national park in Italy.",
     "Первое восхождение на вершину Гран-Парадизо было совершено в сентябре 1860 года.",
     "Gran Paradiso", True, "geography"),
    ("After leaving Formula One, Emerson Fittipaldi twice won the Indianapolis 500, in 1989 and 1993.",
     "Эмерсон Фиттипальди родился в декабре 1946 г. в бразильском городе Сан-Паулу в семье спортивного журналиста.",
     "Fittipaldi", False, "sport"),
    ("The name Kwanzaa comes from the Swahili phrase 'matunda ya kwanza', meaning 'first fruits'.",
     "На праздничном столе Кванзы ставят подсвечник кинара с семью свечами: тремя красными, тремя зелёными и одной чёрной.",
     "Kwanzaa", True, "culture"),
    ("Kingsley Amis dedicated Lucky Jim to his friend the poet Philip Larkin.",
     "В 1955 г. роман «Счастливчик Джим» принёс Кингсли Эмису премию Сомерсета Моэма для молодых писателей.",
     "Lucky Jim", False, "literature"),
    ("The tune of Hatikvah was arranged in 1888 by Samuel Cohen, a settler from Moldavia, from a Romanian folk song.",
     "Стихотворение Нафтали Герца Имбера, ставшее основой израильского гимна, первоначально называлось «Тикватейну» («Наша надежда»).",
     "Hatikvah", True, "music"),
    ("Canaletto's chief patron in Venice was Joseph Smith, the British consul, whose collection later passed to George III.",
     "Настоящее имя Каналетто — Джованни Антонио Каналь; он родился в Венеции в 1697 г. в семье театрального декоратора.",
     "Canaletto", False, "art"),
    ("Much of the Gortyn inscription deals with family law: marriage, divorce, inheritance and the status of slaves' children.",
     "Каменные блоки с Гортинскими законами сохранились благодаря тому, что римляне встроили их в стену своего одеона.",
     "Gortyn Code", True, "law"),
    ("The Loma Prieta earthquake was named after a peak in the Santa Cruz Mountains near its epicentre.",
     "Землетрясение 1989 г. разрушило в Окленде двухъярусную автомобильную эстакаду Сайпресс-стрит, под обломками которой погибли десятки человек.",
     "Loma Prieta", False, "disasters"),
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
    """The '# FALSE: EN|RU' comments, in order (one per contradict row)."""
    with open(path, encoding="utf-8") as f:
        return re.findall(r"^\s*# FALSE: (EN|RU) \(", f.read(), flags=re.M)


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
    assert all(s in ("year", "date", "month", "decade", "century", "duration",
                     "number", "person", "place", "organisation", "entity",
                     "rank", "opposite", "polarity") for s in cslots), cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    rdoms = {r["domain"] for r in rel}
    assert rdoms <= DOMAINS
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    fs = false_sides(os.path.abspath(__file__))
    assert len(fs) == 30, len(fs)
    fcount = count(fs)
    assert fcount == {"EN": 15, "RU": 15}, fcount
    subjects = [s for _, _, s, _, _ in RELATED]
    assert len(set(subjects)) == 10, subjects

    with open(os.path.join(here, "comparable_heldout93.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout93.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side of contradict rows:", fcount)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("labels per domain:", {d: count(r["label"] for r in comp if r["domain"] == d)
                                 for d in sorted(doms)})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
