#!/usr/bin/env python3
"""Build heldout126: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (the Carthaginian killed at the Metaurus was Hasdrubal, not Mago)
    ("In 207 BC, on the Metaurus in central Italy, the consuls Gaius Claudius Nero and Marcus Livius Salinator destroyed the army of Mago, Hannibal's brother, who fell there.",
     "Битва при Метавре (207 г. до н. э.) завершилась гибелью Гасдрубала, брата Ганнибала: его войско было уничтожено армиями консулов Нерона и Ливия Салинатора.",
     C, "person", "history", True),
    # FALSE: RU (292 Spartans surrendered on Sphacteria)
    ("In 425 BC the Athenians under Cleon and Demosthenes forced the Spartans trapped on Sphacteria, off Pylos, to surrender; 292 were taken prisoner, about 120 of them Spartiates.",
     "Летом 425 г. до н. э. на острове Сфактерия у Пилоса капитулировали около 800 спартанских гоплитов, осаждённых афинянами Клеона и Демосфена.",
     C, "number", "history", False),
    # FALSE: RU (Caesar defeated Pharnaces II at Zela)
    ("Julius Caesar's victory over Pharnaces II at Zela in Pontus (47 BC) was so swift that he reported it to Rome in three words: veni, vidi, vici.",
     "Под Зелой в Понтийском царстве в 47 г. до н. э. царь Фарнак II, сын Митридата VI Евпатора, наголову разбил войско Гая Юлия Цезаря.",
     C, "opposite", "history", True),
    ("At Vercellae in northern Italy, in 101 BC, Gaius Marius and Quintus Lutatius Catulus annihilated the invading Cimbri.",
     "Разгром кимвров римскими войсками Мария и Катула произошёл в 101 году до н. э. на Раудийских полях близ Верцелл.",
     A, "year", "history", False),
    ("Finland's first major success of the Winter War came at Tolvajärvi on 12 December 1939, when troops led by Colonel Paavo Talvela routed a Soviet rifle division.",
     "12.12.1939 у озера Толваярви финские части полковника Пааво Талвелы разбили советскую стрелковую дивизию — первая крупная победа Финляндии в Зимней войне.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Swift-Tuttle's period is about 133 years; ~33 years is Tempel-Tuttle)
    ("Comet Swift–Tuttle, spotted independently by Lewis Swift and Horace Tuttle in July 1862, returns to the inner Solar System about every 33 years and feeds the Perseid meteor shower.",
     "Комета Свифта — Таттла (открыта в 1862 г.) обращается вокруг Солнца с периодом около 133 лет; именно её частицы порождают августовский метеорный поток Персеиды.",
     C, "duration", "science", False),
    # FALSE: EN (Stark's Nobel Prize was for 1919)
    ("The splitting of spectral lines in an electric field, discovered by Johannes Stark in 1913, earned him the Nobel Prize in Physics in 1929.",
     "Эффект Штарка — расщепление спектральных линий во внешнем электрическом поле — открыт в 1913 г.; Нобелевскую премию по физике Йоханнес Штарк получил за 1919 год.",
     C, "year", "science", True),
    # FALSE: RU (Wheaton is in Illinois)
    ("In 1937 the radio amateur Grote Reber built a parabolic dish about nine metres wide in his backyard at Wheaton, Illinois, one of the first radio telescopes.",
     "Радиоинженер Гроут Ребер в 1937 г. соорудил на заднем дворе своего дома в Уитоне (штат Огайо) параболическую антенну диаметром около 9,5 м.",
     C, "place", "science", False),
    ("Poiseuille's law, derived in the 1840s by the French physician Jean Léonard Marie Poiseuille, states that steady flow through a narrow tube grows with the fourth power of its radius.",
     "По закону Пуазёйля объёмный расход вязкой жидкости через тонкую трубку пропорционален четвёртой степени её радиуса: вдвое больший радиус даёт в 16 раз больший расход.",
     A, "number", "science", True),
    ("In 1853 Gustav Wiedemann and Rudolph Franz reported that, at a given temperature, metals conduct heat and electricity in nearly the same ratio.",
     "Закон Видемана — Франца (1853 г.): отношение теплопроводности металла к его электропроводности при одной и той же температуре почти одинаково для разных металлов.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Nahuel Huapi is Argentina's oldest national park)
    ("Nahuel Huapi National Park, set around the glacial lake of the same name in Argentine Patagonia, is only the country's third-oldest national park.",
     "Национальный парк Науэль-Уапи, созданный в 1934 г. вокруг одноимённого ледникового озера, — старейший национальный парк Аргентины.",
     C, "rank", "geography", True),
    # FALSE: EN (the Weisshorn is 4,506 m high)
    ("The Weisshorn, a pyramid of rock and ice in the Pennine Alps of Valais, reaches 4,806 metres and was first climbed in 1861.",
     "Высота Вайсхорна (Пеннинские Альпы, кантон Вале) — 4506 м; впервые на вершину поднялись в 1861 году.",
     C, "number", "geography", False),
    # FALSE: EN (the Pentland Firth separates Orkney, not Shetland, from Caithness)
    ("The Pentland Firth, notorious for its fierce tidal races, separates the Shetland Islands from Caithness on the Scottish mainland.",
     "Пролив Пентленд-Ферт с его мощными приливными течениями отделяет Оркнейские острова от графства Кейтнесс на севере Шотландии.",
     C, "place", "geography", True),
    ("Lake Rukwa, a shallow alkaline lake in south-western Tanzania, has no outlet, and its surface area varies greatly with the rains.",
     "Бессточное щелочное озеро Руква расположено на юго-западе Танзании, в рифтовой впадине между озёрами Танганьика и Ньяса.",
     A, "place", "geography", False),
    ("Pyramid Lake in north-western Nevada owes its name to John C. Frémont, who reached it in January 1844 and was struck by a pyramid-shaped tufa island.",
     "Название Пирамидному озеру (Невада) дал в 1844 г. исследователь Джон Фримонт — по туфовому острову, напоминающему пирамиду.",
     A, "person", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Velux was founded in 1941)
    ("Velux was set up in Denmark in 1941 by the engineer Villum Kann Rasmussen, who built the name from 'ventilation' and lux, the Latin word for light.",
     "Датская компания Velux, крупнейший производитель мансардных окон, основана инженером Виллумом Канн Расмуссеном в 1960-х годах.",
     C, "decade", "economy", False),
    # FALSE: EN (Securitas was founded in 1934)
    ("The Swedish security company Securitas was founded in the port city of Helsingborg in 1954 by Erik Philip-Sörensen.",
     "Охранное предприятие Securitas основал в 1934 году в шведском Хельсингборге Эрик Филип-Сёренсен.",
     C, "year", "economy", True),
    ("Vorwerk, the family firm from Wuppertal that sells Thermomix food processors and Kobold vacuum cleaners door to door, started out in 1883 as a carpet mill.",
     "Компания «Форверк» основана в 1883 г. в Бармене (ныне часть Вупперталя) и первоначально производила ковры.",
     A, "year", "economy", True),
    ("The Royal Copenhagen porcelain manufactory, maker of the Flora Danica service, was founded in 1775 with the backing of the Queen Dowager Juliane Marie.",
     "Королевская фарфоровая мануфактура в Копенгагене, прославившаяся сине-белым узором «Муссельмалет», ведёт свою историю с 1775 года.",
     A, "year", "economy", False),
    ("Skanska, today one of Europe's biggest builders, was founded in Malmö in 1887 as Skånska Cementgjuteriet, a maker of concrete products.",
     "Строительный концерн Skanska вырос из основанного в 1887 г. в Мальмё предприятия по выпуску изделий из цемента.",
     A, "place", "economy", True),
    # ---------------- culture ----------------
    # FALSE: RU (Sankt Hans Eve is 23 June)
    ("Danes celebrate Sankt Hans Eve on the evening of 23 June with bonfires, often topped with a straw witch, while singing Holger Drachmann's Midsummer Song.",
     "Вечер святого Ханса в Дании отмечают 23 июля: на берегах разводят костры и сжигают на них соломенное чучело ведьмы.",
     C, "month", "culture", True),
    # FALSE: EN (Pinkpop was first held in 1970)
    ("Pinkpop, the Dutch festival now held at Landgraaf in Limburg, was first staged in the 1980s in the town of Geleen.",
     "Фестиваль «Пинкпоп» впервые прошёл в 1970 г. в нидерландском городе Гелен; ныне его проводят в Ландграфе (провинция Лимбург).",
     C, "decade", "culture", False),
    ("The Young Vic, founded by the director Frank Dunlop as an offshoot of the National Theatre, opened on The Cut in London in 1970.",
     "Лондонский театр «Янг Вик» открылся в 1970 году; основал его режиссёр Фрэнк Данлоп.",
     A, "year", "culture", False),
    ("The first Serpentine Pavilion, a temporary summer structure beside the gallery in Kensington Gardens, was designed by Zaha Hadid in 2000.",
     "С 2000 г. галерея «Серпентайн» каждое лето заказывает временный павильон; первый из них спроектировала Заха Хадид.",
     A, "person", "culture", True),
    ("Since 2008 the Saatchi Gallery, founded in 1985 by the advertising magnate Charles Saatchi, has occupied the Duke of York's Headquarters in Chelsea.",
     "В 2008 г. галерея Саатчи переехала в здание бывшего штаба герцога Йоркского в лондонском районе Челси.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Sartor Resartus was serialized in Fraser's Magazine)
    ("Thomas Carlyle's Sartor Resartus, the mock biography of the German professor Diogenes Teufelsdröckh, first appeared in instalments in Fraser's Magazine in 1833–34.",
     "«Сартор Резартус» Томаса Карлейля печатался по частям в 1833–1834 гг. в лондонском журнале «Блэквудс мэгэзин».",
     C, "organisation", "literature", True),
    # FALSE: EN (Spring Torrents was published in 1872)
    ("Turgenev's Spring Torrents, published in 1862, recalls Dmitry Sanin's love for Gemma, the daughter of an Italian confectioner in Frankfurt.",
     "Повесть И. С. Тургенева «Вешние воды» (1872) — воспоминание Санина о любви к Джемме Розелли, дочери итальянского кондитера во Франкфурте.",
     C, "year", "literature", False),
    ("Thomas Love Peacock's Nightmare Abbey (1818) pokes fun at the Romantics; its gloomy young hero Scythrop Glowry is modelled on Percy Bysshe Shelley.",
     "Прототипом Скайтропа, героя сатирического романа Томаса Лава Пикока «Аббатство кошмаров» (1818), послужил поэт Шелли.",
     A, "person", "literature", True),
    ("Herman Melville drew on his own service aboard the frigate United States in 1843–44 when he wrote White-Jacket, published in 1850.",
     "В основу романа Мелвилла «Белый бушлат» (1850) легли впечатления автора от службы матросом на фрегате «Юнайтед Стейтс».",
     A, "entity", "literature", False),
    ("Thomas Hardy's The Woodlanders, serialised in Macmillan's Magazine before its book publication in 1887, is set in the secluded Wessex hamlet of Little Hintock.",
     "Действие романа Томаса Харди «В краю лесов» (1887) разворачивается в глухой деревушке Литл-Хинток.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (premiered on 17 (5) November 1876)
    ("Tchaikovsky's Marche slave was first played in Moscow in March 1876, at a concert for Serbian soldiers wounded in the war against Turkey.",
     "«Славянский марш» Чайковского впервые исполнен в Москве 5 (17) ноября 1876 г. под управлением Николая Рубинштейна в концерте в пользу раненых сербов.",
     C, "month", "music", False),
    # FALSE: RU (Schoenberg never composed the music of Act III)
    ("Schoenberg never set the third act of Moses und Aron to music, and the opera was first staged in Zurich in 1957, six years after his death.",
     "Опера Шёнберга «Моисей и Аарон» впервые поставлена в Цюрихе в 1957 г.; музыку всех трёх её актов композитор успел полностью завершить.",
     C, "polarity", "music", True),
    # FALSE: RU (the theme is by Purcell, not Handel)
    ("Britten's The Young Person's Guide to the Orchestra (1946) consists of variations and a fugue on a theme by Henry Purcell, taken from his music for Abdelazer.",
     "«Путеводитель по оркестру для юных слушателей» Бенджамина Бриттена (1946) — вариации и фуга на тему Генделя.",
     C, "person", "music", False),
    ("Rimsky-Korsakov's Russian Easter Festival Overture, built on chants from the Orthodox Obikhod, was completed in 1888 and dedicated to the memory of Mussorgsky and Borodin.",
     "Увертюра «Светлый праздник» (1888) Н. А. Римского-Корсакова, основанная на напевах Обихода, посвящена памяти Мусоргского и Бородина.",
     A, "year", "music", True),
    ("Sibelius's symphonic fantasia Pohjola's Daughter, based on an episode of the Kalevala, was first performed in St Petersburg in December 1906 under the composer's baton.",
     "Симфоническая фантазия Сибелиуса «Дочь Похьёлы» на сюжет «Калевалы» впервые прозвучала в 1906 г. в Санкт-Петербурге.",
     A, "place", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (the fresco dates from 1477, i.e. the fifteenth century)
    ("Melozzo da Forlì's sixteenth-century fresco shows Pope Sixtus IV appointing the humanist Platina as prefect of the Vatican Library.",
     "Фреска Мелоццо да Форли «Сикст IV назначает Платину префектом Ватиканской библиотеки» написана в 1477 году.",
     C, "century", "art", True),
    # FALSE: RU (Manzù was born in Bergamo)
    ("Giacomo Manzù, the sculptor of the bronze Door of Death at St Peter's in Rome, was born in Bergamo in 1908.",
     "Джакомо Манцу, автор бронзовых «Врат смерти» собора Святого Петра, родился в 1908 г. в Неаполе.",
     C, "place", "art", False),
    ("Gabriel Metsu was born in Leiden in 1629 and died in Amsterdam in 1667, aged only about thirty-eight.",
     "Голландский жанрист Габриел Метсю (1629–1667) родился в Лейдене, а умер в Амстердаме.",
     A, "place", "art", True),
    ("Philips Wouwerman of Haarlem specialised in pictures of horses — cavalry skirmishes, hunts, camps — and a white horse became almost his signature.",
     "Харлемский живописец Филипс Воуверман (1619–1668) прославился картинами с лошадьми: битвами, охотами, привалами, где часто выделяется белый конь.",
     A, "entity", "art", False),
    ("Marino Marini's bronze horseman The Angel of the City (1948) stands on the Grand Canal terrace of the Peggy Guggenheim Collection in Venice.",
     "Конная статуя Марино Марини «Ангел города» (1948) установлена на террасе венецианского музея Пегги Гуггенхайм у Большого канала.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (Roper v. Simmons concerned offenders under 18)
    ("In Roper v. Simmons, decided on 1 March 2005, the US Supreme Court ruled 5–4 that executing offenders for crimes committed before the age of 18 is unconstitutional.",
     "В 2005 г. по делу «Ропер против Симмонса» Верховный суд США запретил приговаривать к смертной казни за преступления, совершённые до 16 лет.",
     C, "number", "law", False),
    # FALSE: EN (the Court ruled for the Westboro Baptist Church, 8-1)
    ("In Snyder v. Phelps (2011) the US Supreme Court, by eight votes to one, ruled against the Westboro Baptist Church over its picket near a Marine's funeral.",
     "По делу «Снайдер против Фелпса» (2011) Верховный суд США 8 голосами против 1 встал на сторону Вестборской баптистской церкви: её пикет у похорон морпеха защищён Первой поправкой.",
     C, "opposite", "law", True),
    ("In Massachusetts v. EPA (2007) a 5–4 Supreme Court held that greenhouse gases are air pollutants the agency may regulate under the Clean Air Act.",
     "Решением по делу «Массачусетс против Агентства по охране окружающей среды» (2007) Верховный суд США пятью голосами против четырёх признал парниковые газы загрязнителями воздуха.",
     A, "number", "law", False),
    ("The US Magnitsky Act, signed into law in December 2012, is named after the tax adviser Sergei Magnitsky, who died in a Moscow pre-trial detention centre in 2009.",
     "«Акт Магнитского» принят в США в 2012 г.; он назван в честь налогового консультанта Сергея Магнитского, умершего в ноябре 2009 г. в московском СИЗО.",
     A, "year", "law", True),
    ("In Nettleship v Weston (1971) the English Court of Appeal held that a learner driver owes the same standard of care as a competent, experienced driver.",
     "Апелляционный суд Англии по делу «Неттлшип против Уэстон» (1971) постановил: к водителю-ученику применяется тот же стандарт осмотрительности, что и к опытному водителю.",
     A, "organisation", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Larson worked for the Berkeley police, not the FBI)
    ("The first modern polygraph, recording blood pressure and breathing at the same time, was built in 1921 by John Larson, a young officer of the Berkeley police in California.",
     "Первый современный полиграф, одновременно записывавший давление и дыхание, собрал в 1921 г. Джон Ларсон, сотрудник ФБР.",
     C, "organisation", "technology", True),
    # FALSE: EN (the Tu-114 first flew in 1957)
    ("The Tu-114, the fastest propeller-driven airliner ever built, first took to the air in the mid-1960s.",
     "Ту-114 — самый быстрый в истории пассажирский самолёт с воздушными винтами — впервые поднялся в воздух в 1957 г.",
     C, "decade", "technology", False),
    ("Linus Yale Jr., the American inventor of the pin-tumbler cylinder lock, patented his designs in the early 1860s, only a few years before his death in 1868.",
     "Американец Линус Йейл-младший получил патенты на цилиндровый штифтовой замок в 1861 и 1865 гг.; умер изобретатель в 1868 году.",
     A, "decade", "technology", True),
    ("John Kemp Starley's Rover of 1885, with two wheels of similar size and a chain driving the rear one, set the pattern for the modern 'safety' bicycle.",
     "В 1885 г. в Ковентри Джон Кемп Старли выпустил «безопасный» велосипед «Ровер» с цепным приводом на заднее колесо.",
     A, "person", "technology", False),
    ("Lewis Edson Waterman, a New York insurance salesman, patented an improved fountain pen with a capillary ink feed in 1884.",
     "В 1884 году американец Льюис Уотерман запатентовал перьевую ручку с капиллярной подачей чернил, которая не ставила клякс.",
     A, "year", "technology", False),
    # ---------------- sport ----------------
    # FALSE: RU (Olizarenko won gold in the 800 m)
    ("At the 1980 Moscow Olympics Nadezhda Olizarenko won the 800 metres in a world record of 1:53.43 and added a bronze in the 1500 metres.",
     "На Олимпиаде-80 в Москве Надежда Олизаренко стала серебряным призёром в беге на 800 м, а на дистанции 1500 м завоевала бронзу.",
     C, "rank", "sport", False),
    # FALSE: EN (Solberg's golds were in the 20 km individual race, not the relay)
    ("The Norwegian policeman Magnar Solberg won Olympic gold in the biathlon relay at both Grenoble in 1968 and Sapporo in 1972.",
     "Норвежец Магнар Сольберг, служивший в полиции, дважды подряд — в 1968 и 1972 гг. — выигрывал олимпийскую индивидуальную гонку биатлонистов на 20 км.",
     C, "entity", "sport", True),
    # FALSE: RU (the 1974 World Cup final was played on 7 July)
    ("On 7 July 1974 in Munich, Johan Neeskens converted a penalty in the second minute of the World Cup final, though the Netherlands eventually lost 2–1 to West Germany.",
     "В финале чемпионата мира 14.07.1974 в Мюнхене Йохан Нескенс уже на второй минуте забил пенальти, однако голландцы уступили ФРГ 1:2.",
     C, "date", "sport", False),
    ("Oldřich Nejedlý of Sparta Prague finished as the leading scorer of the 1934 World Cup, where Czechoslovakia lost the final to Italy.",
     "Лучшим бомбардиром чемпионата мира 1934 г. стал чехословацкий нападающий Олдржих Неедлы (5 мячей); в финале его сборная уступила Италии 1:2.",
     A, "rank", "sport", True),
    ("Miloslav Mečíř of Czechoslovakia won the men's singles gold medal at the 1988 Seoul Olympics, beating Tim Mayotte in the final.",
     "Олимпийским чемпионом Сеула-88 в мужском одиночном разряде стал чехословацкий теннисист Милослав Мечирж.",
     A, "year", "sport", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Marquette was sunk on 23 October 1915)
    ("In April 1915 the troopship Marquette was torpedoed by a German submarine in the Aegean; among the dead were ten New Zealand nurses.",
     "Транспорт «Маркетт» был потоплен германской подводной лодкой в Эгейском море 23 октября 1915 г.; погибли 10 новозеландских медсестёр.",
     C, "month", "disasters", True),
    # FALSE: RU (the Ukishima Maru was carrying Korean labourers)
    ("On 24 August 1945 the Japanese naval transport Ukishima Maru, taking Korean labourers and their families home, blew up and sank in Maizuru Bay.",
     "24 августа 1945 г. в бухте Майдзуру взорвался и затонул японский транспорт «Укисима-мару», перевозивший на родину китайских рабочих.",
     C, "entity", "disasters", False),
    # FALSE: RU (the Macon served less than two years, June 1933 - February 1935)
    ("The US Navy airship Macon went down off Point Sur, California, in February 1935, less than two years after being commissioned; two of the 83 men aboard died.",
     "Дирижабль ВМС США «Мейкон», прослуживший почти десять лет, потерпел крушение у мыса Пойнт-Сур в Калифорнии в феврале 1935 г.",
     C, "duration", "disasters", True),
    ("An explosion at the Mount Mulligan coal mine in north Queensland on 19 September 1921 killed 75 men, the state's worst mining disaster.",
     "Взрыв на угольной шахте Маунт-Маллиган (Квинсленд, Австралия) 19.09.1921 унёс жизни 75 горняков.",
     A, "number", "disasters", False),
    ("In November 1951 the Po broke its levees and flooded much of the Polesine, the low-lying area around Rovigo.",
     "Катастрофическое наводнение в Полезине (провинция Ровиго) случилось в ноябре 1951 г.: По прорвала дамбы, без крова остались около 180 тыс. человек.",
     A, "month", "disasters", True),
]

RELATED = [
    ("According to Livy, the severed head of Hasdrubal was thrown into Hannibal's camp after the battle on the Metaurus.",
     "Река Метавр (ныне Метауро) течёт по области Марке и впадает в Адриатическое море близ города Фано.",
     "Metaurus", True, "history"),
    ("Pharnaces II, whom Caesar defeated at Zela, was a son of Mithridates VI, the great enemy of Rome.",
     "На месте древней Зелы в Понте ныне стоит турецкий город Зиле в провинции Токат.",
     "Zela", False, "history"),
    ("The nucleus of Comet Swift–Tuttle is estimated to be about 26 kilometres across.",
     "В последний раз комета Свифта — Таттла проходила перигелий в декабре 1992 года.",
     "Swift-Tuttle", True, "science"),
    ("Pyramid Lake lies entirely within the reservation of the Pyramid Lake Paiute Tribe.",
     "Пирамидное озеро — один из остатков огромного плейстоценового озера Лахонтан, некогда покрывавшего запад Невады.",
     "Pyramid Lake", False, "geography"),
    ("Johan Neeskens left Ajax for Barcelona in 1974, a year after Johan Cruyff had made the same move.",
     "В составе «Аякса» Йохан Нескенс трижды подряд (1971–1973) выигрывал Кубок европейских чемпионов.",
     "Neeskens", True, "sport"),
    ("Melville's account of flogging in White-Jacket is often credited with helping persuade Congress to ban it in the US Navy in 1850.",
     "Главный герой «Белого бушлата» получил своё прозвище из-за самодельной белой куртки, которую сшил себе перед плаванием.",
     "White-Jacket", False, "literature"),
    ("Tchaikovsky's Marche slave quotes the Russian imperial anthem God Save the Tsar in its closing section.",
     "В каталоге сочинений П. И. Чайковского «Славянский марш» значится под номером опус 31.",
     "Marche slave", True, "music"),
    ("Chief Justice John Roberts wrote the majority opinion in Snyder v. Phelps; Justice Samuel Alito was the lone dissenter.",
     "Поводом к делу «Снайдер против Фелпса» стал пикет у похорон морского пехотинца Мэттью Снайдера, погибшего в Ираке в 2006 году.",
     "Snyder v. Phelps", False, "law"),
    ("The Macon carried small Sparrowhawk biplane fighters that were launched and recovered in flight with a trapeze.",
     "Дирижабль «Мейкон» был построен компанией Goodyear-Zeppelin в эллинге в Акроне (штат Огайо).",
     "USS Macon", True, "disasters"),
    ("The Tu-114 was powered by four Kuznetsov NK-12 turboprops, each driving a pair of contra-rotating propellers.",
     "Пассажирский турбовинтовой Ту-114 был создан конструкторами Туполева на базе стратегического бомбардировщика Ту-95.",
     "Tu-114", False, "technology"),
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

    with open(os.path.join(here, "comparable_heldout126.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout126.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
