#!/usr/bin/env python3
"""Build heldout156: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the French force at Roliça was commanded by General Henri Delaborde, not Junot)
    ("At Roliça, north of Lisbon, on 17 August 1808, Sir Arthur Wellesley pushed back the much smaller French force of General Henri Delaborde.",
     "Бой при Ролисе 17.08.1808 — первое сражение британцев на Пиренейском полуострове: войска Уэлсли оттеснили французский отряд генерала Жюно.",
     C, "person", "history", True),
    # FALSE: EN (Pollentia was fought on Easter Sunday, 6 April 402, i.e. in the fifth century AD)
    ("The Battle of Pollentia in Piedmont, fought on Easter Sunday early in the fourth century AD, saw Stilicho check the Visigoths of Alaric.",
     "При Поллентии (ныне Полленцо) 6 апреля 402 г., в день Пасхи, римский полководец Стилихон нанёс поражение вестготам Алариха.",
     C, "century", "history", False),
    # FALSE: RU (the battle of Vyazma was fought on 22 October O.S. / 3 November N.S. 1812)
    ("On 3 November 1812 Russian troops under Miloradovich and Platov mauled the retreating French rearguard, led by Davout, near Vyazma.",
     "В сентябре 1812 г. под Вязьмой авангард Милорадовича и казаки Платова атаковали отступавший арьергард маршала Даву и нанесли ему тяжёлые потери.",
     C, "month", "history", True),
    ("John III Sobieski was beaten at Parkany on 7 October 1683, but two days later his Polish and imperial troops routed the Ottomans there.",
     "Второе сражение при Паркане (09.10.1683) закончилось разгромом турок польско-австрийскими войсками; первое, двумя днями ранее, Собеский проиграл.",
     A, "date", "history", False),
    ("After a winter march behind the Vosges, Turenne defeated the imperial and Brandenburg army at Turckheim in Alsace on 5 January 1675.",
     "Победа Тюренна над имперцами и бранденбуржцами при Тюркхейме (январь 1675 г.) завершила его знаменитую зимнюю кампанию в Эльзасе.",
     A, "month", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Titanoboa is estimated at about 13 m / 42 ft long)
    ("Titanoboa, a giant snake described in 2009 from fossils in a Colombian coal mine, is thought to have grown to about 8 metres long.",
     "Длина титанобоа — гигантской змеи палеоцена, найденной в угольном разрезе Серрехон на севере Колумбии, — оценивается примерно в 13 м.",
     C, "number", "science", False),
    # FALSE: EN (Quetzalcoatlus was found in Big Bend National Park, Texas)
    ("The first bones of the giant pterosaur Quetzalcoatlus were found in 1971 in Dinosaur Provincial Park, in the Canadian province of Alberta.",
     "Кетцалькоатль, один из крупнейших летающих ящеров, известен по находкам, сделанным в 1971 г. в национальном парке Биг-Бенд в Техасе.",
     C, "place", "science", True),
    # FALSE: RU (Yutyrannus preserves long filamentous feathers; its name means 'beautiful feathered tyrant')
    ("Yutyrannus huali, a nine-metre tyrannosauroid from Liaoning described in 2012, preserves long filament-like feathers, hence its name, 'beautiful feathered tyrant'.",
     "Ютираннус, тираннозавроид длиной около 9 м из провинции Ляонин, описан в 2012 г.; никаких следов перьевого покрова у него не обнаружено.",
     C, "polarity", "science", False),
    ("Patagotitan mayorum, an enormous titanosaur dug up in Argentina's Chubut Province, was formally named in 2017.",
     "Патаготитан, описанный в 2017 году, назван в честь семьи Майо — владельцев фермы «Ла-Флеча» в Патагонии, где нашли его кости.",
     A, "year", "science", True),
    ("Puijila darwini, a seal relative that walked on webbed feet rather than flippers, was described in 2009 from fossils found in Canada's High Arctic.",
     "Остатки пуйилы — раннего родственника тюленей с перепончатыми лапами — нашли на острове Девон (Нунавут, Канада); описание вышло в 2009 г.",
     A, "place", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Vjosa national park was declared in March 2023)
    ("In March 2023 Albania turned the Vjosa, which rises in Greece's Pindus Mountains, into one of Europe's first wild-river national parks.",
     "Национальный парк «Дикая река Вьоса» — один из первых в Европе на свободно текущей реке — Албания учредила в 2019 г.",
     C, "year", "geography", True),
    # FALSE: EN (Mercedario is in San Juan Province)
    ("Cerro Mercedario, at about 6,700 metres the highest summit of the Cordillera de la Ramada, lies in Argentina's Mendoza Province.",
     "Мерседарио (6720 м) — высочайшая вершина хребта Кордильера-де-ла-Рамада, расположенная в аргентинской провинции Сан-Хуан.",
     C, "place", "geography", False),
    # FALSE: EN (Yerupajá is Peru's second-highest mountain, after Huascarán)
    ("Yerupajá, about 6,635 metres high in the Cordillera Huayhuash, is the highest mountain in Peru.",
     "Ерупаха (6635 м) в Кордильере-Уайуаш — вторая по высоте вершина Перу после Уаскарана; впервые на неё поднялись в 1950 г.",
     C, "rank", "geography", True),
    ("Salcantay, the highest peak of the Cordillera Vilcabamba in the Cusco region of Peru, reaches 6,271 metres.",
     "Высочайшая вершина хребта Вилькабамба — Салькантай (ок. 6,3 тыс. м) — возвышается к северо-западу от Куско.",
     A, "number", "geography", False),
    ("The Venta rises in north-western Lithuania and meets the Baltic Sea at Ventspils in Latvia.",
     "Река Вента (346 км) течёт из Литвы в Латвию и впадает в Балтийское море у Вентспилса; в Кулдиге на ней находится широкий водопад.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Sodexo was founded in Marseille)
    ("Pierre Bellon founded the catering business that became Sodexo in Marseille in 1966, initially supplying restaurants, schools and hospitals.",
     "Компанию Sodexo (до 2008 г. — Sodexho) основал Пьер Беллон в 1966 г. в Лионе.",
     C, "place", "economy", False),
    # FALSE: EN (Petrof was founded in 1864, in the nineteenth century)
    ("The Czech piano maker Petrof traces its beginnings to the workshop Antonín Petrof opened in Hradec Králové in the late eighteenth century.",
     "Фабрику Petrof основал в 1864 г. в Градец-Кралове Антонин Петроф; сегодня это крупнейший производитель фортепиано в Европе.",
     C, "century", "economy", True),
    ("The Yoplait brand, launched in 1965 by French dairy co-operatives, took its name from a blend of two of them, Yola and Coplait.",
     "Марка Yoplait появилась в 1965 г.; её название соединило имена двух французских молочных кооперативов — Yola и Coplait.",
     A, "year", "economy", False),
    ("Vimto was first mixed in 1908 by the Manchester wholesaler John Noel Nichols, who sold it as a health tonic.",
     "Напиток Vimto создал в Манчестере Джон Ноэл Николс; первоначально, с 1908 г., его продавали как тонизирующее средство.",
     A, "person", "economy", True),
    ("Ribena, a blackcurrant cordial first sold by H. W. Carter of Bristol in 1938, was handed out free to British children during the Second World War.",
     "Во время Второй мировой войны сироп Ribena из чёрной смородины, выпускавшийся с 1938 г., бесплатно раздавали британским детям как источник витамина C.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Pingeon won the Tour de France in 1967)
    ("Roger Pingeon won the 1967 Tour de France riding for the French national team, and two years later he took the Vuelta a España.",
     "Француз Роже Пенжон выиграл «Тур де Франс» в 1965 г., а в 1969 г. победил на «Вуэльте».",
     C, "year", "sport", True),
    # FALSE: EN (Pärson's 2006 Olympic gold was in the slalom; in the downhill she took bronze)
    ("Anja Pärson of Sweden won her Olympic gold medal at the 2006 Turin Games in the downhill.",
     "Шведка Аня Пэрсон на Олимпиаде в Турине (2006) стала чемпионкой в слаломе, добавив к золоту две бронзы.",
     C, "entity", "sport", False),
    # FALSE: RU (Slesarenko won Athens 2004 with 2.06 m)
    ("Yelena Slesarenko took the high jump gold at the 2004 Athens Olympics with an Olympic record of 2.06 metres.",
     "Елена Слесаренко выиграла олимпийский турнир прыгуний в высоту в Афинах-2004, взяв 2,02 м.",
     C, "number", "sport", True),
    ("The Leningrad oarsman Yuri Tyukalov won the single sculls at the 1952 Helsinki Olympics, the first Soviet Olympic title in rowing.",
     "Первым советским олимпийским чемпионом по академической гребле стал Юрий Тюкалов, победивший в одиночке на Играх в Хельсинки в 1952 г.",
     A, "year", "sport", False),
    ("At the 1971 European Championships in Helsinki, Finland's Juha Väätäinen won both the 5,000 and the 10,000 metres.",
     "Финн Юха Вяятяйнен на домашнем чемпионате Европы 1971 г. в Хельсинки стал двукратным чемпионом — в беге на 10 000 и 5000 м.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (East German 'Unser Sandmännchen' first aired on 22 November 1959)
    ("The East German children's programme Unser Sandmännchen was first broadcast in September 1959, shortly before its West German rival.",
     "Восточногерманский «Песочный человечек» (Unser Sandmännchen) впервые вышел в эфир 22.11.1959, на несколько дней опередив западногерманскую передачу.",
     C, "month", "culture", False),
    # FALSE: RU (Umka was made by Soyuzmultfilm in 1969)
    ("Umka, the Soyuzmultfilm cartoon about a polar bear cub, was released in 1969 and is best remembered for its lullaby sung by Aida Vedishcheva.",
     "Мультфильм «Умка» о белом медвежонке, с колыбельной в исполнении Аиды Ведищевой, «Союзмультфильм» выпустил в 1980-х.",
     C, "decade", "culture", True),
    ("Sepak takraw, a Southeast Asian game in which three-player teams kick a woven ball over a net, joined the Asian Games in 1990.",
     "Сепактакрау (ножной волейбол с плетёным мячом) входит в программу Азиатских игр с 1990 г., когда они проходили в Пекине.",
     A, "year", "culture", False),
    ("Tejo, in which players hurl a metal disc at gunpowder packets set in a clay board, was declared Colombia's national sport in 2000.",
     "Техо, игра индейцев-муисков с метанием металлической шайбы в глиняную мишень с пороховыми «запалами», — с 2000 г. национальный вид спорта Колумбии.",
     A, "entity", "culture", True),
    ("In pesäpallo, Finland's version of baseball, the pitcher stands beside home plate and tosses the ball straight up above it.",
     "В финском песапалло питчер не бросает мяч в сторону отбивающего, а подкидывает его вертикально вверх над «домом».",
     A, "entity", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (Ruy Blas premiered in 1838)
    ("Victor Hugo's verse drama Ruy Blas, about a lackey who falls in love with the Queen of Spain, opened in Paris in 1843.",
     "Премьера драмы Виктора Гюго «Рюи Блаз» состоялась 08.11.1838 в парижском театре «Ренессанс».",
     C, "year", "literature", True),
    # FALSE: RU (Volokolamsk Highway was written by Alexander Bek)
    ("Alexander Bek's novel Volokolamsk Highway retells the 1941 defence of Moscow through the eyes of the battalion commander Baurzhan Momyshuly.",
     "Повесть «Волоколамское шоссе» о бойцах Панфиловской дивизии под Москвой написал Константин Симонов; рассказ ведёт комбат Баурджан Момыш-улы.",
     C, "person", "literature", False),
    ("Arnold Bennett's Riceyman Steps, the 1923 tale of a miserly Clerkenwell bookseller, won the James Tait Black Memorial Prize.",
     "Роман Арнольда Беннетта «Ступени Райсимена» (1923) о скупом букинисте из Кларкенуэлла удостоен Мемориальной премии Джеймса Тейта Блэка.",
     A, "person", "literature", True),
    ("Norman Douglas's 1917 novel South Wind is set on Nepenthe, an imaginary Mediterranean island closely modelled on Capri.",
     "Действие романа Нормана Дугласа «Южный ветер» (1917) происходит на вымышленном острове Непенте, прототипом которого стал Капри.",
     A, "place", "literature", False),
    ("Charles Kingsley published Westward Ho!, his swashbuckling novel of Elizabethan seafarers from Bideford, in 1855.",
     "Исторический роман Чарльза Кингсли «Westward Ho!» о моряках елизаветинской эпохи вышел в свет в 1855 г.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Nights in White Satin appeared on Days of Future Passed, 1967)
    ("The Birmingham band the Moody Blues first released Nights in White Satin on their album In Search of the Lost Chord.",
     "Песня «Nights in White Satin» вошла в альбом The Moody Blues «Days of Future Passed» (1967), записанный с Лондонским фестивальным оркестром.",
     C, "entity", "music", False),
    # FALSE: RU (Marc Bolan died on 16 September 1977)
    ("Marc Bolan, the singer and guitarist of T. Rex, died in a car crash in Barnes, south-west London, on 16 September 1977.",
     "Лидер T. Rex Марк Болан погиб в автокатастрофе в лондонском районе Барнс 06.09.1977.",
     C, "date", "music", True),
    # FALSE: EN (Treemonisha is set in 1884)
    ("Scott Joplin's opera Treemonisha is set on a former plantation in Arkansas in the 1860s, shortly after emancipation.",
     "Действие оперы Скотта Джоплина «Тримониша» разворачивается в сентябре 1884 г. на бывшей плантации в Арканзасе.",
     C, "decade", "music", False),
    ("Eugen d'Albert's opera Tiefland was first performed at the Neues Deutsches Theater in Prague on 15 November 1903.",
     "Опера Эжена д’Альбера «Долина» (Tiefland), написанная по каталонской драме Анжела Гимера, впервые прозвучала в Праге в ноябре 1903 г.",
     A, "date", "music", True),
    ("The Moscow rock group Voskreseniye was formed in 1979 around the singer and guitarist Alexei Romanov.",
     "Группа «Воскресение» появилась в Москве в 1979 г.; её основал певец и гитарист Алексей Романов.",
     A, "person", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (the Motya Charioteer is a marble statue)
    ("The Motya Charioteer, a fifth-century BC marble statue of a young man in a clinging tunic, was unearthed in 1979 on the Sicilian islet of Mozia.",
     "Бронзовую статую «Юноша из Мотии» V в. до н. э. нашли в 1979 г. на островке у западного побережья Сицилии.",
     C, "entity", "art", True),
    # FALSE: EN (the British Museum paid £1.8 million)
    ("In 1999 the British Museum bought the Warren Cup, a Roman silver drinking cup, for about £3.5 million.",
     "Римский серебряный кубок Уоррена Британский музей приобрёл в 1999 г. за 1,8 млн фунтов — рекордную на тот момент сумму для музея.",
     C, "money", "art", False),
    ("The Tara Brooch, an eighth-century Irish masterpiece of gold filigree, was found on the beach at Bettystown, County Meath, in 1850.",
     "Брошь из Тары (ок. 700 г.) нашли в 1850 г. на побережье у Беттистауна в графстве Мит; название ей дал торговец.",
     A, "year", "art", True),
    ("The bronze Strettweg cult wagon, with a female figure raising a bowl, was found in a Styrian burial mound in 1851.",
     "Культовую повозку из Штретвега (VII в. до н. э.) обнаружили в кургане близ Юденбурга в Штирии в 1851 г.",
     A, "year", "art", False),
    ("The Snettisham Great Torc, a neck ring of gold and silver alloy made around 75 BC, was ploughed up in Norfolk in 1950.",
     "Большую шейную гривну из Снеттишема, изготовленную ок. 75 г. до н. э. из электрума, выпахали из земли в Норфолке в 1950 г.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Motor Car Act 1903 raised the limit to 20 mph)
    ("Britain's Motor Car Act 1903, in force from 1 January 1904, raised the speed limit to 20 mph and made number plates compulsory.",
     "Британский Закон об автомобилях 1903 г. ввёл обязательные номерные знаки и поднял предельную скорость до 30 миль в час.",
     C, "number", "law", False),
    # FALSE: EN (the Walker Tariff of 1846 lowered duties)
    ("The Walker Tariff of 1846, named after Treasury Secretary Robert J. Walker, sharply raised American import duties.",
     "Тариф Уокера, принятый в 1846 г. при президенте Полке, существенно снизил ввозные пошлины США.",
     C, "opposite", "law", True),
    ("The Television Act 1954 created the Independent Television Authority, and ITV began broadcasting in London in September 1955.",
     "Закон о телевидении 1954 г. учредил Управление независимого телевидения; первые передачи ITV вышли в эфир 22.09.1955.",
     A, "date", "law", False),
    ("Britain's Trade Disputes Act 1906 shielded trade unions from damages claims over strikes, undoing the Taff Vale judgment.",
     "Принятый либералами в 1906 г. закон о трудовых конфликтах освободил профсоюзы от исков об убытках из-за забастовок, отменив последствия дела «Тафф-Вейл».",
     A, "year", "law", True),
    ("Lyndon Johnson signed the Wild and Scenic Rivers Act on 2 October 1968, giving eight rivers immediate protection.",
     "Закон США о диких и живописных реках, подписанный 02.10.1968, сразу взял под охрану восемь рек.",
     A, "date", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the WonderSwan was never released outside Japan)
    ("Bandai's WonderSwan handheld, launched in March 1999 and powered by a single AA battery, was never sold outside Japan.",
     "Портативная консоль Bandai WonderSwan, работавшая от одной батарейки AA, в 1999 г. поступила в продажу в Японии и в Северной Америке.",
     C, "polarity", "technology", True),
    # FALSE: EN (the player has 60 minutes to rescue the princess)
    ("In Jordan Mechner's Prince of Persia, released for the Apple II in 1989, the player has ninety minutes to rescue the princess.",
     "В игре Джордана Мекнера Prince of Persia (1989) на спасение принцессы отводится ровно один час.",
     C, "duration", "technology", False),
    ("Matsushita introduced the Technics SL-1200 direct-drive turntable in 1972; its later versions became the standard deck of club DJs.",
     "Проигрыватель Technics SL-1200 с прямым приводом диска, выпущенный концерном Matsushita в 1972 г., стал стандартом для диджеев.",
     A, "year", "technology", True),
    ("SNK's Neo Geo, launched in 1990, ran the same games in arcade cabinets and on its costly home console.",
     "Система Neo Geo японской SNK (1990) была одновременно аркадной платформой и дорогой домашней приставкой с одними и теми же играми.",
     A, "organisation", "technology", False),
    ("The Sinclair ZX81, launched in March 1981, came with just 1 KB of memory and was assembled by Timex in Dundee.",
     "ZX81 (1981 г.) имел всего 1 Кбайт ОЗУ и процессор Z80A; компьютеры собирали на заводе Timex в Данди.",
     A, "number", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (the Penlee lifeboat was lost on 19 December 1981)
    ("All eight crew of the Penlee lifeboat Solomon Browne died on 19 December 1981 trying to rescue the coaster Union Star off Cornwall.",
     "Спасательная шлюпка Solomon Browne со станции Пенли погибла вместе с экипажем из восьми человек 09.12.1981 у берегов Корнуолла.",
     C, "date", "disasters", False),
    # FALSE: EN (the Schoharie Creek Bridge collapsed on 5 April 1987)
    ("Ten people died when floodwater scoured away a pier of the New York State Thruway bridge over Schoharie Creek in the late 1970s.",
     "5 апреля 1987 г. в штате Нью-Йорк из-за подмыва опоры паводком обрушился мост автострады через ручей Скохари; погибли 10 человек.",
     C, "decade", "disasters", True),
    # FALSE: RU (the boat train belonged to the London and South Western Railway)
    ("On 1 July 1906 a London and South Western Railway boat train from Plymouth derailed at speed at Salisbury, killing 28 people.",
     "Железнодорожная катастрофа в Солсбери 1 июля 1906 г., унёсшая 28 жизней, произошла с поездом Great Western Railway, мчавшимся из Плимута.",
     C, "organisation", "disasters", False),
    ("On 4 June 1967 a British Midland Argonaut crashed in the centre of Stockport, killing 72 of the 84 people on board.",
     "Катастрофа самолёта Canadair Argonaut в Стокпорте (04.06.1967) унесла жизни 72 человек; выжили двенадцать.",
     A, "number", "disasters", True),
    ("Seventeen people were killed on 23 January 1955 when an express took a curve too fast at Sutton Coldfield station.",
     "В крушении экспресса, вошедшего в поворот на слишком высокой скорости у станции Саттон-Колдфилд в январе 1955 г., погибли 17 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Four days after Roliça, on 21 August 1808, Wellesley defeated Junot's main army at Vimeiro.",
     "При Ролисе французы Делаборда сначала стояли на высотах у деревни, а затем отошли на вторую, ещё более сильную позицию.",
     "Rolica", True, "history"),
    ("Titanoboa lived in a hot tropical rainforest during the Paleocene, roughly 58 to 60 million years ago.",
     "Вес титанобоа, по оценкам палеонтологов, мог превышать тонну — больше, чем у любой ныне живущей змеи.",
     "Titanoboa", False, "science"),
    ("In Greece the upper course of the Vjosa is known as the Aoos.",
     "Вьоса длиной около 270 км, большая часть которых приходится на Албанию, впадает в Адриатическое море севернее Влёры.",
     "Vjosa", True, "geography"),
    ("Sodexo has its headquarters in Issy-les-Moulineaux, just south-west of Paris.",
     "До 2008 года название французской компании Sodexo писалось иначе — Sodexho.",
     "Sodexo", False, "economy"),
    ("Four years after Helsinki, Tyukalov won a second Olympic gold in the double sculls with Aleksandr Berkutov.",
     "На Олимпиаде 1960 г. в Риме Тюкалов и Беркутов стали серебряными призёрами в парной двойке.",
     "Tyukalov", True, "sport"),
    ("Pesäpallo was presented as a demonstration sport at the 1952 Helsinki Olympics.",
     "Правила песапалло в 1920-х гг. разработал Лаури Пихкала, взяв за основу американский бейсбол.",
     "Pesapallo", False, "culture"),
    ("The village of Westward Ho! in Devon was developed after the novel and named after it.",
     "Главный герой романа «Westward Ho!» — молодой моряк Эмиас Ли из Бидефорда.",
     "Westward Ho", True, "literature"),
    ("Leni Riefenstahl's film Tiefland, based on d'Albert's opera, was finally released in 1954.",
     "Либретто оперы «Долина» на немецком языке написал австрийский литератор Рудольф Лотар.",
     "Tiefland", False, "music"),
    ("Despite its name, the Tara Brooch has no known link with the Hill of Tara; a dealer chose the name to help sell it.",
     "Брошь из Тары хранится в Национальном музее Ирландии в Дублине.",
     "Tara Brooch", True, "art"),
    ("After the Penlee disaster the lifeboat station at Mousehole was closed and the service moved to Newlyn.",
     "Каботажное судно Union Star, к которому вышла шлюпка Solomon Browne, лишилось хода из-за отказа двигателя.",
     "Penlee", False, "disasters"),
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
    # false side of contradict rows, read from the '# FALSE: EN|RU' comments
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    false_sides = re.findall(r"^    # FALSE: (EN|RU) ", src, re.M)
    assert len(false_sides) == 30, len(false_sides)
    assert false_sides.count("EN") == 15 and false_sides.count("RU") == 15, count(false_sides)
    # per domain: half 3 contradict + 2 agree, half 2 contradict + 3 agree
    cdom = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(cdom.values()) == [2] * 6 + [3] * 6, cdom
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout156.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout156.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false side:", count(false_sides))
    print("contradict per domain:", cdom)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
