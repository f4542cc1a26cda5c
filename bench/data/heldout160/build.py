#!/usr/bin/env python3
"""Build heldout160: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; false_side repeats it so that the 15/15 balance can be asserted. The
other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: EN (Tikhvin was taken by the Germans on 8 November 1941, not in September)
    ("German troops seized Tikhvin on 8 September 1941, cutting the railway that carried supplies towards Lake Ladoga, but the Red Army retook the town on 9 December.",
     "Тихвин, захваченный вермахтом 08.11.1941, был освобождён Красной армией 9 декабря того же года; его потеря перерезала железную дорогу к Ладожскому озеру.",
     C, "month", "history", True, EN),
    ("Porkhov's stone fortress, raised by Novgorod in 1387 on a steep river bank, is one of the best-preserved medieval strongholds in Pskov Oblast.",
     "Каменная крепость в Порхове, возведённая новгородцами в конце XIV в., прикрывала юго-западные рубежи Новгородской земли.",
     A, "century", "history", True, None),
    # FALSE: RU (Romanov-Borisoglebsk was renamed Tutayev in 1918)
    ("Romanov-Borisoglebsk, a Volga town formed in 1822 from two settlements on opposite banks, was renamed Tutayev in 1918 in honour of a Red Army soldier.",
     "Город Романов-Борисоглебск на Волге переименовали в Тутаев в 1928 г. — в честь красноармейца Ильи Тутаева, погибшего при подавлении Ярославского мятежа.",
     C, "year", "history", False, RU),
    # FALSE: EN (the besiegers of 1426 were the Lithuanian army of Grand Duke Vytautas)
    ("In 1426 the small Pskov fortress of Opochka, founded in 1414, held out against a large army of the Livonian Order.",
     "В 1426 г. псковская крепость Опочка, заложенная двенадцатью годами ранее, выдержала осаду многочисленного войска великого князя литовского Витовта.",
     C, "entity", "history", True, EN),
    ("The Pskov Caves Monastery at Pechory dates its foundation to 1473, when its cave church of the Dormition was consecrated.",
     "Псково-Печерский монастырь, основанный в XV в., — одна из немногих русских обителей, ни разу не закрывавшихся за всю свою историю.",
     A, "century", "history", False, None),
    # ---------------- science ----------------
    # FALSE: RU (the Pribram orbit was reconstructed from photographs, not radar data)
    ("The Příbram meteorite, which fell in Czechoslovakia on 7 April 1959, was the first whose orbit was calculated from photographs of its fireball.",
     "Пршибрамский метеорит (упал 07.04.1959 в Чехословакии) стал первым, чью орбиту вычислили по данным радиолокационных наблюдений болида.",
     C, "entity", "science", True, RU),
    # FALSE: EN (Ann Hodges survived with a large bruise)
    ("On 30 November 1954 a meteorite smashed through a roof in Sylacauga, Alabama, and killed Ann Hodges as she dozed on her couch.",
     "30 ноября 1954 г. в Силакоге (Алабама) метеорит пробил крышу дома и ударил дремавшую на диване Энн Ходжес — она отделалась огромным синяком.",
     C, "opposite", "science", False, EN),
    ("The Nogata meteorite, seen falling in Japan in May 861, is the oldest observed fall whose stone is still preserved, kept at a Shinto shrine.",
     "Метеорит Ногата, упавший на японский остров Кюсю 19 мая 861 г., — древнейший из тех, чьё падение видели очевидцы и чей камень сохранился.",
     A, "date", "science", True, None),
    # FALSE: RU (tanzanite was discovered in 1967)
    ("Tanzanite, a blue-violet variety of the mineral zoisite, was discovered in 1967 in the Merelani Hills of northern Tanzania and named by Tiffany & Co.",
     "Танзанит — сине-фиолетовую разновидность цоизита — нашли в холмах Мерелани на севере Танзании в конце 1950-х гг.; название камню дала фирма Tiffany.",
     C, "decade", "science", False, RU),
    ("Moissanite, a rare natural form of silicon carbide, takes its name from the French chemist Henri Moissan, who found it in 1893 in a meteorite from Arizona.",
     "Муассанит, природный карбид кремния, открыл французский химик Анри Муассан, изучавший обломки метеорита из аризонского кратера Каньон-Диабло.",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (the Teteriv is 365 km long)
    ("The Teteriv, a right tributary of the Dnieper that flows through Zhytomyr, is about 165 kilometres long.",
     "Тетерев — правый приток Днепра длиной 365 км, протекающий через Житомир и впадающий в Киевское водохранилище.",
     C, "number", "geography", True, EN),
    # FALSE: EN (the Mukhavets joins the Western Bug at Brest)
    ("The Mukhavets, a river of south-western Belarus some 113 km long, flows into the Western Bug at Grodno.",
     "Мухавец (113 км) впадает в Западный Буг в Бресте; на островах, образованных их рукавами, стоит Брестская крепость.",
     C, "place", "geography", False, EN),
    ("The Svislach, the river that runs through Minsk, is a right tributary of the Berezina and roughly 330 kilometres long.",
     "Свислочь протяжённостью 327 км, на которой стоит белорусская столица, впадает в Березину.",
     A, "number", "geography", True, None),
    # FALSE: RU (the Smotrych is a left tributary of the Dniester)
    ("The Smotrych, a left tributary of the Dniester, has carved a deep canyon that loops almost completely around the old town of Kamianets-Podilskyi.",
     "Смотрич — правый приток Днестра; его глубокий каньон почти кольцом опоясывает Старый город Каменца-Подольского.",
     C, "opposite", "geography", True, RU),
    ("Isaac Levitan spent the summers of 1888 to 1890 painting in Plyos, a small town on the Volga, where his house is now a museum.",
     "Картину «Вечер. Золотой Плёс» (1889) Исаак Левитан написал в волжском городке Плёс, куда приезжал три лета подряд.",
     A, "person", "geography", False, None),
    # ---------------- economy ----------------
    # FALSE: RU (Transaero stopped flying in October 2015)
    ("Transaero, founded by Alexander Pleshakov, started flying in 1991 and collapsed in October 2015, when it was still Russia's second-largest airline.",
     "Основанная Александром Плешаковым авиакомпания «Трансаэро», вторая по величине в России, прекратила полёты в октябре 2013 г.",
     C, "year", "economy", False, RU),
    ("Mulberry was founded in 1971 by Roger Saul, who began by making leather goods in the Somerset village of Chilcompton.",
     "Британский бренд Mulberry основал в 1971 г. Роджер Сол; кожаные сумки компании по сей день шьют на фабриках в Сомерсете.",
     A, "year", "economy", True, None),
    # FALSE: EN (Slazenger has supplied the Wimbledon balls since 1902)
    ("Slazenger, set up in London in 1881 by the brothers Ralph and Albert Slazenger, has supplied the official balls for Wimbledon since 1922.",
     "Мячи фирмы Slazenger используются на Уимблдонском турнире с 1902 г. — это одно из самых долгих спонсорских партнёрств в истории спорта.",
     C, "decade", "economy", True, EN),
    ("In 2011 VF Corporation, the owner of The North Face, agreed to buy the New Hampshire bootmaker Timberland for about $2 billion.",
     "Компания Timberland из Нью-Гэмпшира, прославившаяся жёлтыми рабочими ботинками, в 2011 г. вошла в американский концерн VF Corporation.",
     A, "organisation", "economy", False, None),
    ("The Russian fast-food chain Teremok, which sells bliny and other traditional dishes, was founded in Moscow in 1998 by Mikhail Goncharov.",
     "Сеть блинных «Теремок» Михаил Гончаров начал в 1998 г. с нескольких уличных киосков в Москве.",
     A, "year", "economy", True, None),
    # ---------------- culture ----------------
    # FALSE: RU (Murzilka has appeared since May 1924)
    ("Murzilka, a Russian magazine for young children first published in May 1924, was recognised by Guinness in 2011 as the longest-running children's magazine.",
     "Детский журнал «Мурзилка» выходит с мая 1934 г.; в 2011 г. Книга рекордов Гиннесса признала его самым долгоиздаваемым детским журналом.",
     C, "decade", "culture", False, RU),
    ("The Soviet children's humour magazine Vesyolye Kartinki ('Funny Pictures') was launched in 1956, with the cartoonist Ivan Semyonov as its first editor.",
     "Первый номер журнала «Весёлые картинки» вышел в сентябре 1956 г.; возглавил редакцию художник-карикатурист Иван Семёнов.",
     A, "year", "culture", True, None),
    # FALSE: EN (the game was created by Vladimir Voroshilov)
    ("What? Where? When?, the television quiz in which a team of experts answers viewers' questions, was created by Alexander Maslyakov and first aired in 1975.",
     "Интеллектуальная телеигра «Что? Где? Когда?», придуманная Владимиром Ворошиловым, впервые вышла в эфир 4 сентября 1975 г.",
     C, "person", "culture", True, EN),
    ("In Georgiy Danelia's 1977 comedy Mimino, Vakhtang Kikabidze plays a Georgian helicopter pilot who dreams of flying big airliners.",
     "Главную роль в комедии «Мимино» (1977) — лётчика Валико Мизандари — сыграл Вахтанг Кикабидзе, а его друга Рубика — Фрунзик Мкртчян.",
     A, "person", "culture", False, None),
    ("Eldar Ryazanov's Station for Two (1982) starred Lyudmila Gurchenko as a station-buffet waitress and Oleg Basilashvili as a pianist.",
     "В фильме Эльдара Рязанова «Вокзал для двоих» (1982) официантку Веру играет Людмила Гурченко, а пианиста Платона Рябинина — Олег Басилашвили.",
     A, "person", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: EN (Tsar Fish was first published in Nash Sovremennik)
    ("Viktor Astafyev's Tsar Fish, a cycle of stories about people and nature on the Yenisei, first appeared in 1976 in the journal Novy Mir.",
     "Повествование в рассказах «Царь-рыба» Виктора Астафьева опубликовал в 1976 г. журнал «Наш современник»; в 1978 г. автор получил за него Госпремию СССР.",
     C, "organisation", "literature", False, EN),
    ("Claire de Duras's novella Ourika, the story of a Senegalese girl raised among Parisian aristocrats, was first printed in 1823.",
     "Повесть герцогини Клер де Дюрас «Урика» (1823) — история сенегалки, воспитанной в аристократическом парижском доме и страдающей из-за цвета кожи.",
     A, "year", "literature", True, None),
    ("In the Strugatsky brothers' 1965 novel Monday Begins on Saturday, a Leningrad programmer ends up working at NIICHAVO, a research institute of sorcery.",
     "Герой повести Стругацких «Понедельник начинается в субботу» (1965) программист Александр Привалов поступает на работу в НИИЧАВО — институт чародейства и волшебства.",
     A, "year", "literature", False, None),
    # FALSE: RU (Melville sailed from New York to Liverpool)
    ("Herman Melville's Redburn (1849) drew on his own 1839 voyage as a green merchant sailor from New York to Liverpool.",
     "В романе «Редберн» (1849) Герман Мелвилл описал собственное плавание 1839 г. юнгой на торговом судне из Нью-Йорка в Бристоль.",
     C, "place", "literature", True, RU),
    ("Flannery O'Connor's first novel, Wise Blood, published in 1952, follows Hazel Motes, who founds a 'Church Without Christ'.",
     "Дебютный роман Фланнери О'Коннор «Мудрая кровь» вышел в 1952 г., а в 1979 г. его экранизировал Джон Хьюстон.",
     A, "year", "literature", False, None),
    # ---------------- music ----------------
    # FALSE: EN (Doolittle was released in April 1989)
    ("Doolittle, the Pixies' second studio album, came out in October 1989 and included 'Debaser' and 'Monkey Gone to Heaven'.",
     "Второй студийный альбом бостонской группы Pixies, «Doolittle», вышел в апреле 1989 г.; в него вошла песня «Monkey Gone to Heaven».",
     C, "month", "music", True, EN),
    # FALSE: EN (the co-founding saxophonist was Wayne Shorter)
    ("Weather Report was formed in 1970 by the keyboardist Joe Zawinul and the saxophonist Michael Brecker; its best-known tune is 'Birdland'.",
     "Группу Weather Report основали в 1970 г. клавишник Джо Завинул и саксофонист Уэйн Шортер; самая известная её композиция — «Birdland» (1977).",
     C, "person", "music", False, EN),
    # FALSE: RU (the single peaked at number four)
    ("Wizzard's 'I Wish It Could Be Christmas Everyday', released in December 1973, climbed to number four in the UK singles chart.",
     "Рождественский сингл группы Роя Вуда Wizzard, вышедший в декабре 1973 г., возглавил британский хит-парад.",
     C, "rank", "music", True, RU),
    ("Steely Dan, the duo of Walter Becker and Donald Fagen, took its name from a steam-powered device in William Burroughs's novel Naked Lunch.",
     "Название группы Steely Dan Уолтер Беккер и Дональд Фейген позаимствовали из романа Уильяма Берроуза «Голый завтрак».",
     A, "entity", "music", True, None),
    ("The Belarusian vocal-instrumental ensemble Syabry was founded in Gomel in 1974 and became known across the USSR for the song 'Alesya'.",
     "ВИА «Сябры» создан в 1974 г. при Гомельской филармонии; всесоюзную известность ансамблю принесла песня «Алеся».",
     A, "year", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (the icons were found in 1918)
    ("The three icons of the Zvenigorod Chin, attributed to Andrei Rublev, were found in 1918 in a woodshed near the Dormition Cathedral in Zvenigorod.",
     "Три иконы «Звенигородского чина», приписываемые Андрею Рублёву, обнаружили в 1928 г. в дровяном сарае у Успенского собора на Городке.",
     C, "year", "art", False, RU),
    # FALSE: EN (the Zbruch Idol is in the Archaeological Museum in Krakow)
    ("The four-faced Zbruch Idol, a stone pillar pulled from the Zbruch River in 1848, is now displayed in the National Museum in Warsaw.",
     "Четырёхликий Збручский идол, найденный в реке Збруч в 1848 г., хранится в Археологическом музее Кракова.",
     C, "place", "art", True, EN),
    ("Osman Hamdi Bey painted The Tortoise Trainer in 1906; it now hangs in the Pera Museum in Istanbul.",
     "Картина «Дрессировщик черепах» (1906) турецкого художника и археолога Османа Хамди-бея хранится в стамбульском Музее Пера.",
     A, "year", "art", True, None),
    ("Ivan Shadr, who took his pseudonym from his home town of Shadrinsk, created 'Cobblestone, the Weapon of the Proletariat' in 1927.",
     "Скульптура «Булыжник — оружие пролетариата» (1927) Ивана Шадра сегодня находится в Третьяковской галерее.",
     A, "year", "art", False, None),
    ("The Rostral Columns on the spit of Vasilyevsky Island in St Petersburg, completed in 1810 to designs by Thomas de Thomon, stand about 32 metres high.",
     "Ростральные колонны высотой 32 м на стрелке Васильевского острова некогда служили маяками для судов.",
     A, "number", "art", False, None),
    # ---------------- law ----------------
    # FALSE: RU (the content of calls and messages is stored for up to six months)
    ("Under the Yarovaya law, signed in July 2016, Russian telecom operators must store the content of users' calls and messages for up to six months.",
     "По «закону Яровой» (июль 2016 г.) операторы связи обязаны хранить записи разговоров и тексты сообщений абонентов до трёх лет.",
     C, "duration", "law", False, RU),
    # FALSE: EN (the manifesto was issued by Paul I; Catherine II had died in 1796)
    ("The Manifesto on Three-Day Corvée, issued by Catherine the Great in April 1797, urged landowners to limit serf labour to three days a week.",
     "Манифест о трёхдневной барщине Павел I издал 5 апреля 1797 г., в день своей коронации; он запрещал принуждать крестьян к работам по воскресеньям.",
     C, "person", "law", True, EN),
    ("The Reichskonkordat between the Holy See and Germany was signed in the Vatican on 20 July 1933 and is formally still in force.",
     "Конкордат между Святым престолом и Германским рейхом подписан в Ватикане 20.07.1933; формально он действует до сих пор.",
     A, "date", "law", False, None),
    ("France's Taubira law, passed on 21 May 2001, recognised the Atlantic slave trade and slavery as a crime against humanity.",
     "Закон Тобиры от 21.05.2001, названный по имени депутата от Гвианы Кристианы Тобиры, признал работорговлю и рабство преступлением против человечности.",
     A, "date", "law", True, None),
    ("Spain's Moyano Law of 1857, named after the minister Claudio Moyano, organised public education and remained broadly in force until 1970.",
     "Закон Мояно о народном образовании, принятый в Испании в 1857 г., оставался основой школьной системы страны более ста лет.",
     A, "year", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: RU (Turbo Pascal sold for $49.95)
    ("Borland released Turbo Pascal in November 1983 at just $49.95, far below the price of competing compilers.",
     "Borland выпустила Turbo Pascal в ноябре 1983 г. по цене 499 долларов — значительно дешевле конкурирующих компиляторов.",
     C, "money", "technology", True, RU),
    # FALSE: EN (the Mi-24 first flew on 19 September 1969)
    ("The Mi-24 assault helicopter, nicknamed 'Crocodile' by its crews, made its maiden flight in March 1969.",
     "Ударный вертолёт Ми-24, прозванный лётчиками «крокодилом», впервые поднялся в воздух 19 сентября 1969 г.",
     C, "month", "technology", False, EN),
    ("The Tupolev Tu-134 twin-jet airliner first flew on 29 July 1963 and entered regular Aeroflot service in 1967.",
     "Первый полёт Ту-134 состоялся 29.07.1963; серийно самолёт строили в Харькове, всего выпущено около 850 машин.",
     A, "date", "technology", True, None),
    ("The Su-25 ground-attack jet, known to Soviet pilots as Grach ('Rook'), made its first flight on 22 February 1975.",
     "Штурмовик Су-25, прозванный «Грачом», впервые взлетел в феврале 1975 г.; в НАТО ему дали имя Frogfoot.",
     A, "date", "technology", False, None),
    ("The Yak-18 two-seat trainer from the Yakovlev bureau first flew in 1946 and became a standard aircraft of Soviet flying clubs.",
     "Учебно-тренировочный Як-18, совершивший первый полёт в 1946 г., десятилетиями служил основной машиной советских аэроклубов.",
     A, "year", "technology", True, None),
    # ---------------- sport ----------------
    # FALSE: RU (Zvonareva's 2010 finals were at Wimbledon and the US Open)
    ("In 2010 Vera Zvonareva reached two Grand Slam singles finals, at Wimbledon and the US Open, but lost both.",
     "В 2010 г. Вера Звонарёва дошла до финалов Уимблдона и Открытого чемпионата Австралии, но оба проиграла.",
     C, "entity", "sport", False, RU),
    ("Elena Vesnina and Ekaterina Makarova won the women's doubles gold at the 2016 Olympics in Rio de Janeiro.",
     "Олимпийскими чемпионками Рио-2016 в женском парном разряде стали Екатерина Макарова и Елена Веснина, обыгравшие в финале швейцарок.",
     A, "person", "sport", True, None),
    # FALSE: EN (Slutskaya won seven European titles)
    ("Irina Slutskaya, world champion in 2002 and 2005, won the European figure skating title five times.",
     "Ирина Слуцкая — двукратная чемпионка мира (2002, 2005) и семикратная чемпионка Европы по фигурному катанию.",
     C, "number", "sport", True, EN),
    # FALSE: RU (Pankratov won gold in both the 100 m and 200 m butterfly)
    ("At the 1996 Atlanta Olympics Denis Pankratov won both butterfly events, the 100 metres and the 200 metres.",
     "На Играх в Атланте (1996) Денис Панкратов выиграл 200 м баттерфляем, а на стометровке стал лишь серебряным призёром.",
     C, "rank", "sport", False, RU),
    ("At Barcelona in 1992 Yevgeny Sadovyi won three swimming golds: the 200 m and 400 m freestyle and the 4×200 m freestyle relay.",
     "Евгений Садовый стал трёхкратным олимпийским чемпионом Барселоны-1992, выступая за Объединённую команду.",
     A, "number", "sport", False, None),
    # ---------------- disasters ----------------
    # FALSE: RU (two firefighters were killed in the Manege fire)
    ("On 14 March 2004, the evening of Russia's presidential election, fire gutted the Moscow Manege, and two firefighters were killed.",
     "Вечером 14 марта 2004 г. сгорел Манеж у стен Кремля; при тушении пожара никто из пожарных не погиб.",
     C, "polarity", "disasters", True, RU),
    # FALSE: RU (the Roman bridge of Vaison survived the 1992 flood)
    ("When the Ouvèze burst its banks at Vaison-la-Romaine on 22 September 1992, the town's Roman bridge survived while newer buildings were swept away.",
     "Паводок на реке Увезе 22 сентября 1992 г. разрушил древнеримский мост в Везон-ла-Ромене и многие постройки у реки.",
     C, "opposite", "disasters", False, RU),
    # FALSE: EN (the Mumbles lifeboat had a crew of eight)
    ("On 23 April 1947 the Mumbles lifeboat was lost with all twelve of her crew while trying to reach the stranded Liberty ship Samtampa near Porthcawl.",
     "В апреле 1947 г. спасательная шлюпка из Мамблза погибла вместе с восемью членами экипажа, пытаясь помочь севшему на камни судну «Самтампа».",
     C, "number", "disasters", False, EN),
    ("On 14 February 2004 the roof of the Transvaal Park water park in south-western Moscow collapsed, killing 28 people.",
     "Обрушение купола аквапарка «Трансвааль-парк» в Ясеневе 14.02.2004 унесло жизни 28 человек.",
     A, "number", "disasters", False, None),
    ("In 1994 a corroded oil pipeline near Usinsk in the Komi Republic leaked crude onto the tundra and into nearby rivers.",
     "В 1994 г. из изношенного нефтепровода под Усинском (Республика Коми) вылились десятки тысяч тонн нефти.",
     A, "year", "disasters", True, None),
]

RELATED = [
    ("The composer Nikolai Rimsky-Korsakov was born in Tikhvin in 1844, and his family home there is now a museum.",
     "Тихвинский Успенский монастырь был основан в 1560 г. по повелению Ивана Грозного.",
     "Tikhvin", True, "history"),
    ("The fragment that struck Ann Hodges is now displayed at the Alabama Museum of Natural History in Tuscaloosa.",
     "Прежде чем попасть в Энн Ходжес, метеорит из Силакоги пробил крышу и отскочил от большого радиоприёмника.",
     "Sylacauga meteorite", False, "science"),
    ("The Teteriv ends in the Kyiv Reservoir, the large lake formed on the Dnieper north of the Ukrainian capital.",
     "На реке Тетерев, помимо Житомира, стоят старинный город Радомышль и посёлок Коростышев.",
     "Teteriv", True, "geography"),
    ("Transaero was the first Russian airline to operate the Boeing 747 jumbo jet.",
     "Многие годы авиакомпанией «Трансаэро» руководила Ольга Плешакова, жена её основателя Александра Плешакова.",
     "Transaero", False, "economy"),
    ("At the 2002 Salt Lake City Olympics Irina Slutskaya took the silver medal behind the American Sarah Hughes.",
     "В 2003 г. у Ирины Слуцкой диагностировали васкулит — тяжёлое воспаление сосудов, из-за которого она надолго прервала выступления.",
     "Slutskaya", True, "sport"),
    ("The yellow, furry Murzilka in a red beret, with a camera over his shoulder, was drawn by Aminadav Kanevsky in 1937.",
     "Первоначально Мурзилка был крошечным лесным человечком из книжек канадца Палмера Кокса, пересказанных Анной Хвольсон.",
     "Murzilka", False, "culture"),
    ("Melville followed Redburn with White-Jacket in 1850 and Moby-Dick in 1851.",
     "Рассказчик «Редберна» — юный Веллингборо Редберн, сын разорившегося нью-йоркского семейства.",
     "Redburn", True, "literature"),
    ("Pixies broke up in 1993 and re-formed in 2004 for a long reunion tour.",
     "Басистка Pixies Ким Дил параллельно с группой основала собственный коллектив The Breeders.",
     "Pixies", False, "music"),
    ("The Zbruch Idol is a limestone pillar about 2.6 metres tall, carved with four faces under a single cap.",
     "Четырёхликого Збручского идола нередко связывают со славянским божеством Святовитом, которому поклонялись на острове Рюген.",
     "Zbruch Idol", True, "art"),
    ("The Moscow Manege was built in 1817 to mark the fifth anniversary of the victory over Napoleon.",
     "Восстановленный после пожара 2004 г. московский Манеж вновь открылся как выставочный зал уже в 2005 г.",
     "Moscow Manege", False, "disasters"),
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
    comp, rel, false_sides = [], [], []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in (EN, RU), en
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
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    split = {}
    for r in comp:
        split.setdefault(r["domain"], [0, 0])[r["label"] == A] += 1
    assert sorted(tuple(v) for v in split.values()) == [(2, 3)] * 6 + [(3, 2)] * 6, split
    assert set(r["domain"] for r in rel) <= set(doms)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout160.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout160.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain split (contradict, agree):", {k: tuple(v) for k, v in sorted(split.items())})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
