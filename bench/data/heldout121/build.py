#!/usr/bin/env python3
"""Build heldout121: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Almansa was fought on 25 April 1707)
    ("On 25 April 1707, near Almansa in south-eastern Spain, the Bourbon army of the Duke of Berwick routed the Anglo-Portuguese forces led by the Earl of Galway.",
     "В битве при Альмансе 25.04.1711 франко-испанские войска герцога Бервика наголову разбили англо-португальскую армию графа Голуэя.",
     C, "year", "history", True),
    # FALSE: EN (the fighting at Arcole lasted three days, 15-17 November 1796)
    ("The struggle for the bridge and dykes at Arcole, east of Verona, dragged on for about a week in November 1796 before Bonaparte finally forced Alvinczy's Austrians to retreat.",
     "Сражение при Арколе (15–17 ноября 1796 г.) продолжалось три дня и закончилось отступлением австрийцев Альвинци перед армией Бонапарта.",
     C, "duration", "history", False),
    # FALSE: EN (the Peruvian commander killed at Angamos was Miguel Grau)
    ("At Angamos on 8 October 1879 Chilean ironclads captured the Peruvian monitor Huáscar, whose commander, Rear Admiral Lizardo Montero, was killed by a shell that struck the conning tower.",
     "8 октября 1879 г. у мыса Ангамос чилийские броненосцы захватили перуанский монитор «Уаскар»; его командир контр-адмирал Мигель Грау погиб от попадания снаряда.",
     C, "person", "history", True),
    ("At Guilford Court House, North Carolina, on 15 March 1781, Cornwallis drove Nathanael Greene's Americans from the field but lost roughly a quarter of his troops.",
     "Сражение у Гилфорд-Кортхауса (Северная Каролина, 15.03.1781) формально выиграл Корнуоллис, однако его армия лишилась примерно четверти состава.",
     A, "date", "history", False),
    ("Paraguay's leader Francisco Solano López was killed by Brazilian troops at Cerro Corá on 1 March 1870, an event that ended the War of the Triple Alliance.",
     "Гибель Франсиско Солано Лопеса в бою с бразильцами при Серро-Кора 1.03.1870 положила конец Парагвайской войне.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (the Hadrosaurus bones came from Haddonfield, New Jersey)
    ("The bones of Hadrosaurus foulkii, dug out of a marl pit at Haddonfield, New Jersey, were described by the anatomist Joseph Leidy in 1858.",
     "Кости гадрозавра Фулка, которые в 1858 г. описал Джозеф Лейди, были извлечены из мергельного карьера в штате Коннектикут.",
     C, "place", "science", True),
    # FALSE: EN (Walker found the claw in January 1983)
    ("Baryonyx was identified from a huge claw that the amateur fossil hunter William Walker found in a Surrey clay pit in the early 1960s.",
     "Огромный коготь барионикса нашёл в январе 1983 г. в глиняном карьере графства Суррей коллекционер-любитель Уильям Уокер; вид описали в 1986 г.",
     C, "decade", "science", False),
    # FALSE: RU (the Dmanisi hominins are about 1.8 million years old)
    ("Hominin skulls from Dmanisi in southern Georgia, where the first human fossil was unearthed in 1991, are roughly 1.8 million years old.",
     "Возраст черепов гоминид из грузинского Дманиси, находимых там с начала 1990-х годов, оценивается примерно в 800 тыс. лет.",
     C, "number", "science", False),
    ("The diagram plotting stars' luminosity against temperature was devised independently around 1911–1913 by the Dane Ejnar Hertzsprung and the American Henry Norris Russell.",
     "Диаграмму «спектр — светимость» независимо друг от друга построили датчанин Эйнар Герцшпрунг (1911) и американец Генри Норрис Расселл (1913).",
     A, "person", "science", True),
    ("In 1884 Henry Louis Le Chatelier stated that a system in chemical equilibrium shifts so as to counteract any change imposed on it.",
     "Принцип Ле Шателье, сформулированный в 1884 г.: внешнее воздействие смещает равновесие в сторону, ослабляющую это воздействие.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (Hubbard Glacier has been advancing since it was first mapped in 1895)
    ("Unlike most Alaskan glaciers, Hubbard Glacier has been advancing for over a century, and in 1986 and 2002 it briefly dammed Russell Fiord.",
     "В отличие от большинства ледников Аляски, ледник Хаббард уже более ста лет неуклонно отступает от побережья.",
     C, "opposite", "geography", True),
    # FALSE: EN (sixteen churches of Chiloé were inscribed in 2000)
    ("Twenty-six wooden churches of the Chiloé archipelago in southern Chile were added to UNESCO's World Heritage list in 2000.",
     "В 2000 году шестнадцать деревянных церквей архипелага Чилоэ, построенных местными плотниками, вошли в список Всемирного наследия ЮНЕСКО.",
     C, "number", "geography", False),
    # FALSE: EN (Fernando de Noronha belongs to the state of Pernambuco)
    ("Fernando de Noronha, a volcanic archipelago of 21 islands some 350 km off Brazil's north-eastern coast, is administered by the state of Bahia.",
     "Архипелаг Фернанду-ди-Норонья (21 остров), лежащий в Атлантике примерно в 350 км от побережья Бразилии, входит в штат Пернамбуку.",
     C, "place", "geography", True),
    ("Cabo da Roca, a granite headland in the municipality of Sintra, is the westernmost point of mainland Europe.",
     "Мыс Рока (Кабу-да-Рока) в Португалии — крайняя западная точка континентальной Европы; скалы здесь поднимаются примерно на 140 м над океаном.",
     A, "rank", "geography", False),
    ("Lake Argentino in Santa Cruz province, fed by glaciers of the Southern Patagonian Ice Field, is Argentina's largest freshwater lake.",
     "Крупнейшее пресноводное озеро Аргентины — Архентино в провинции Санта-Крус (площадь около 1,4 тыс. км²).",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Hardtmuth's workshop was founded in 1790, i.e. in the 18th century)
    ("The pencil maker Koh-i-Noor Hardtmuth traces its origins to a workshop that Joseph Hardtmuth set up in Vienna in 1790.",
     "Карандашная фирма «Кохинор Хардтмут» ведёт историю от мастерской, открытой Йозефом Хардтмутом в Вене в начале XIX века.",
     C, "century", "economy", True),
    # FALSE: EN (Black Friday was 24 September 1869)
    ("The gold panic known as Black Friday struck New York in October 1869, when Jay Gould and James Fisk's attempt to corner the gold market collapsed.",
     "«Чёрная пятница» 24 сентября 1869 г.: попытка Джея Гулда и Джеймса Фиска скупить золото на нью-йоркской бирже провалилась, и цены рухнули.",
     C, "month", "economy", False),
    ("Hōshi Ryokan, an inn at the Awazu hot springs in Ishikawa Prefecture, was founded in 718 and has been run by the same family for 46 generations.",
     "Гостиница Хоси-рёкан на горячих источниках Авадзу открылась в 718 году; ею управляет уже сорок шестое поколение одной семьи.",
     A, "year", "economy", True),
    ("El Corte Inglés, Spain's biggest department-store group, grew out of a Madrid tailoring shop that Ramón Areces turned into a company in 1940.",
     "Крупнейшая испанская сеть универмагов «Эль Корте Инглес» ведёт историю с 1940 г., когда Рамон Аресес превратил портновскую лавку на мадридской улице Пресьядос в компанию.",
     A, "year", "economy", False),
    ("Fanuc, spun off from Fujitsu in 1972, builds its trademark yellow industrial robots at a headquarters complex at the foot of Mount Fuji.",
     "Японская «Фанук», выделившаяся из концерна «Фудзицу» в 1972 г., — один из крупнейших производителей промышленных роботов, которых она традиционно красит в жёлтый цвет.",
     A, "organisation", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (United beat Benfica in the 1968 final)
    ("George Best scored in extra time of the 1968 European Cup final at Wembley, where Manchester United beat Benfica 4–1, and won the Ballon d'Or that year.",
     "В финале Кубка чемпионов 1968 г. на «Уэмбли» Джордж Бест забил в дополнительное время, и «Манчестер Юнайтед» обыграл мадридский «Реал» 4:1.",
     C, "organisation", "sport", False),
    # FALSE: RU (the record stood almost 39 years, from April 1984 to February 2023)
    ("Kareem Abdul-Jabbar's NBA career scoring record, set in April 1984, stood for almost 39 years until LeBron James passed it in February 2023.",
     "Рекорд результативности НБА, установленный Каримом Абдул-Джаббаром в апреле 1984 г., продержался около двадцати лет.",
     C, "duration", "sport", True),
    # FALSE: EN (Kato retained the all-around title in Munich in 1972)
    ("Sawao Kato of Japan won the Olympic all-around gymnastics title in Mexico City in 1968 but failed to defend it in Munich four years later.",
     "Японский гимнаст Савао Като дважды подряд становился олимпийским чемпионом в абсолютном первенстве — в Мехико-1968 и Мюнхене-1972.",
     C, "polarity", "sport", False),
    ("In 1941 Joe DiMaggio of the New York Yankees hit safely in 56 consecutive games, a major league record that still stands.",
     "Серия Джо Ди Маджо из 56 игр подряд хотя бы с одним хитом (сезон-1941) до сих пор остаётся рекордом МЛБ.",
     A, "number", "sport", True),
    ("Mario Andretti, born in 1940 in Montona on the Istrian peninsula, won the Formula One world championship in 1978.",
     "Чемпионом мира «Формулы-1» 1978 года стал американец итальянского происхождения Марио Андретти, выступавший за «Лотус».",
     A, "year", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (the Kodokan was founded in 1882)
    ("Judo's headquarters, the Kodokan, was founded by Jigoro Kano in 1882 in a Buddhist temple in Tokyo, with only a handful of pupils.",
     "Кодокан — главный институт дзюдо — основал в Токио Дзигоро Кано в 1892 г.; поначалу у него было лишь несколько учеников.",
     C, "year", "culture", True),
    # FALSE: EN (Imbolc falls on 1 February)
    ("The Gaelic festival of Imbolc, linked with Saint Brigid and the first stirrings of spring, is traditionally kept on 1 March.",
     "Имболк, отмечаемый 1 февраля, — один из четырёх главных сезонных праздников гэльского календаря, связанный с началом весны и святой Бригиттой.",
     C, "month", "culture", False),
    ("Losar, the Tibetan New Year, usually falls in February or early March and is celebrated for up to fifteen days, the first three being the most important.",
     "Лосар — тибетский Новый год по лунному календарю; главные торжества занимают первые три дня, хотя праздник может длиться до двух недель.",
     A, "duration", "culture", True),
    ("Staged every August on the esplanade of Edinburgh Castle, the Edinburgh Military Tattoo was first held as an official event in 1950.",
     "Эдинбургский военный парад-татту впервые прошёл в 1950 г. на эспланаде перед Эдинбургским замком и с тех пор проводится ежегодно в августе.",
     A, "year", "culture", False),
    ("On Lammas Day, 1 August, English parishes traditionally blessed loaves baked from the first wheat of the harvest.",
     "Ламмас (от древнеанглийского «хлебная месса») отмечали 1 августа, освящая в церкви хлеб из зерна нового урожая.",
     A, "date", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Lavengro was published in 1851)
    ("George Borrow's Lavengro, a rambling blend of memoir and fiction about a young philologist who falls in with the Romany, was published in 1851.",
     "Полуавтобиографическая книга Джорджа Борроу «Лавенгро» о юном филологе, странствующем с цыганами, увидела свет в 1830-х годах.",
     C, "decade", "literature", True),
    # FALSE: EN (Framley Parsonage was serialised in The Cornhill Magazine)
    ("Anthony Trollope's Framley Parsonage, the fourth Barsetshire novel, first appeared in instalments in Blackwood's Magazine in 1860–61.",
     "Роман Энтони Троллопа «Фрамлейский приход» печатался в 1860–1861 гг. в журнале «Корнхилл» с иллюстрациями Джона Эверетта Милле.",
     C, "organisation", "literature", True),
    # FALSE: RU (Death in Venice is by Thomas Mann)
    ("In Thomas Mann's novella Death in Venice (1912), the ageing writer Gustav von Aschenbach becomes obsessed with a Polish boy named Tadzio.",
     "Новелла Германа Гессе «Смерть в Венеции» (1912) рассказывает о стареющем писателе Густаве фон Ашенбахе, одержимом красотой польского мальчика Тадзио.",
     C, "person", "literature", False),
    ("George Sand's Lélia, a lyrical novel about a woman disillusioned with love, caused a scandal when it was published in 1833.",
     "Роман Жорж Санд «Лелия» (1833) с его разочарованной в любви героиней был встречен критикой как скандальный.",
     A, "year", "literature", True),
    ("Armance (1827), Stendhal's first novel, tells of the young aristocrat Octave de Malivert and his cousin Armance de Zohiloff.",
     "Первый роман Стендаля — «Арманс» — вышел в 1827 г.; его герой, виконт Октав де Маливер, любит свою кузину Арманс.",
     A, "rank", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Holly died on 3 February 1959)
    ("Buddy Holly died on 3 February 1959 when a light aircraft crashed shortly after take-off in Iowa, also killing Ritchie Valens and the Big Bopper.",
     "Бадди Холли погиб 13.02.1959 в авиакатастрофе в штате Айова вместе с Ричи Валенсом и Биг Боппером.",
     C, "date", "music", True),
    # FALSE: EN (Heifetz was born in Vilnius)
    ("Jascha Heifetz, born in Odessa in 1901, made his sensational Carnegie Hall debut on 27 October 1917.",
     "Яша Хейфец, родившийся в 1901 г. в Вильне, впервые выступил в нью-йоркском Карнеги-холле 27 октября 1917 года.",
     C, "place", "music", False),
    ("The English contralto Kathleen Ferrier, celebrated for Gluck's Orfeo and Mahler's Das Lied von der Erde, died of cancer in October 1953, aged only 41.",
     "Английская певица (контральто) Кэтлин Ферриер скончалась от рака в 1953 г., в 41 год; славу ей принесли партия Орфея у Глюка и «Песнь о земле» Малера.",
     A, "year", "music", True),
    ("Cesária Évora, the 'barefoot diva' of Cape Verdean morna from Mindelo, won a Grammy in 2004 for her album Voz d'Amor.",
     "Уроженка Минделу Сезария Эвора, «босоногая дива», певшая морны, получила премию «Грэмми» в 2004 году за альбом «Голос любви».",
     A, "year", "music", False),
    ("Charles Aznavour, born in Paris in 1924 to Armenian immigrant parents, was still touring when he died in October 2018 at the age of 94.",
     "Шарль Азнавур, сын армянских эмигрантов, родившийся в Париже в 1924 г., умер 1 октября 2018 года — в 94 года, всё ещё давая концерты.",
     A, "number", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (The Roses of Heliogabalus dates from 1888)
    ("Lawrence Alma-Tadema's The Roses of Heliogabalus (1888) shows the Roman emperor smothering his guests under a cascade of rose petals.",
     "Картина Лоуренса Альма-Тадемы «Розы Гелиогабала», написанная в 1898 г., изображает римского императора, засыпающего гостей лепестками роз.",
     C, "year", "art", False),
    # FALSE: EN (Heart of the Andes is in the Metropolitan Museum of Art)
    ("Frederic Edwin Church's vast Heart of the Andes, which drew crowds when it was shown in New York in 1859, now belongs to the National Gallery of Art in Washington.",
     "Полотно Фредерика Эдвина Чёрча «Сердце Анд» (1859) ныне хранится в нью-йоркском Метрополитен-музее.",
     C, "organisation", "art", True),
    ("El Greco painted The Burial of the Count of Orgaz in 1586–88 for the church of Santo Tomé in Toledo, where it still hangs.",
     "«Погребение графа Оргаса» (1586–1588) Эль Греко написал для толедской церкви Санто-Томе; картина и сегодня находится там.",
     A, "place", "art", False),
    ("The Cuban painter Wifredo Lam completed The Jungle, a large gouache crowded with mask-like figures among sugar cane, in 1943; it belongs to MoMA in New York.",
     "Картина кубинца Вифредо Лама «Джунгли» (1943) хранится в нью-йоркском Музее современного искусства.",
     A, "organisation", "art", True),
    ("Fernand Khnopff, a leading Belgian Symbolist, painted I Lock My Door upon Myself in 1891; the picture is in Munich's Neue Pinakothek.",
     "Одна из самых известных картин бельгийского символиста Фернана Кнопфа — «Я запираю дверь за собой» (1891) — находится в мюнхенской Новой пинакотеке.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the maximum penalty was two years' imprisonment)
    ("The Labouchere Amendment of 1885 made 'gross indecency' between men a crime in Britain, punishable by up to two years in prison with or without hard labour.",
     "По поправке Лабушера (1885) «грубая непристойность» между мужчинами каралась в Великобритании лишением свободы на срок до десяти лет.",
     C, "duration", "law", True),
    # FALSE: EN (the Indian Act was passed in 1876, i.e. in the 19th century)
    ("Canada's Indian Act, which defined who held legal Indian status and governed life on reserves, was passed in the early twentieth century.",
     "Закон об индейцах, принятый канадским парламентом в 1876 г., определял, кто обладает статусом индейца, и регулировал жизнь в резервациях.",
     C, "century", "law", False),
    # FALSE: RU (the Edmunds Act barred polygamists from voting and jury service)
    ("The Edmunds Act of 1882 made 'unlawful cohabitation' a federal misdemeanour and barred polygamists from voting or serving on juries.",
     "Закон Эдмундса 1882 г., объявивший «незаконное сожительство» федеральным правонарушением, прямо разрешил многожёнцам голосовать и заседать в жюри присяжных.",
     C, "opposite", "law", False),
    ("Signed on 3 October 1965 at the foot of the Statue of Liberty, the Hart–Celler Act abolished the national-origins quotas that had shaped US immigration since the 1920s.",
     "Закон Харта — Селлера (1965) отменил действовавшую с 1920-х гг. систему национальных иммиграционных квот в США.",
     A, "decade", "law", True),
    ("The Licinian–Sextian laws of 367 BC opened the Roman consulship to plebeians; Lucius Sextius became the first plebeian consul the following year.",
     "Согласно Лициниевым-Секстиевым законам (367 г. до н. э.) один из консулов мог быть плебеем; первым консулом-плебеем в 366 г. до н. э. стал Луций Секстий.",
     A, "person", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Farnsworth's first image was transmitted on 7 September 1927)
    ("On 7 September 1927, in his San Francisco laboratory, 21-year-old Philo Farnsworth transmitted his first electronic television image, a simple straight line.",
     "7 ноября 1927 г. 21-летний Фило Фарнсуорт в своей лаборатории в Сан-Франциско впервые передал электронным способом изображение — прямую линию.",
     C, "month", "technology", True),
    # FALSE: EN (the Lunar Roving Vehicle was first used on Apollo 15)
    ("NASA's battery-powered Lunar Roving Vehicle was first driven on the Moon by the crew of Apollo 14 in 1971.",
     "Лунный автомобиль LRV впервые использовали астронавты «Аполлона-15» в июле 1971 г.; такие машины брали с собой также экипажи «Аполлона-16» и «Аполлона-17».",
     C, "entity", "technology", False),
    ("By the outbreak of war in September 1939, Britain's Chain Home radar stations, with steel transmitter masts 360 feet tall, guarded the east and south coasts.",
     "К началу Второй мировой войны вдоль восточного и южного побережья Великобритании уже действовала сеть радаров Chain Home с передающими мачтами высотой около 110 м.",
     A, "number", "technology", True),
    ("The Alaska Highway was pushed through the wilderness from Dawson Creek, British Columbia, by US Army engineers in about eight months of 1942.",
     "Аляскинская трасса от Доусон-Крика в Британской Колумбии была проложена военными инженерами США за восемь месяцев 1942 года.",
     A, "duration", "technology", False),
    ("Hamburg's St. Pauli Elbe Tunnel, opened in September 1911, runs 426 metres beneath the river; cars and pedestrians are lowered to it by large lifts.",
     "Старый Эльбский тоннель в Гамбурге (1911) длиной 426 м проходит под рекой на глубине около 24 м; машины и пешеходов опускают к нему лифты.",
     A, "number", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (43 people were killed in the Bijlmer crash)
    ("On 4 October 1992 an Israeli Boeing 747 freighter crashed into two blocks of flats in Amsterdam's Bijlmermeer district, killing 143 people.",
     "4 октября 1992 г. грузовой «Боинг-747» израильской авиакомпании рухнул на жилые дома амстердамского района Бейлмермер; погибли 43 человека.",
     C, "number", "disasters", True),
    # FALSE: EN (the Lakanal House fire happened on 3 July 2009)
    ("The fire at Lakanal House, a 14-storey block of council flats in Camberwell, south London, killed six people in July 2019.",
     "Пожар 3 июля 2009 г. в 14-этажном муниципальном доме «Лаканал-хаус» в южнолондонском районе Камберуэлл унёс жизни шести человек.",
     C, "decade", "disasters", False),
    ("The gas pipeline explosion at Ghislenghien, in Belgium's Hainaut province, killed 24 people on 30 July 2004, among them several firefighters and police officers.",
     "Взрыв газопровода 30.07.2004 в промзоне Гисленгьена (Бельгия) унёс 24 жизни, в том числе пожарных и полицейских.",
     A, "date", "disasters", True),
    ("Forty-three spectators were crushed to death at Johannesburg's Ellis Park stadium on 11 April 2001 during a match between Kaizer Chiefs and Orlando Pirates.",
     "В давке на стадионе «Эллис Парк» в Йоханнесбурге во время дерби «Кайзер Чифс» — «Орландо Пайретс» в апреле 2001 г. погибли 43 человека.",
     A, "number", "disasters", False),
    ("The Labor Day hurricane of 2 September 1935 killed more than 400 people in the Florida Keys, among them some 250 First World War veterans.",
     "Ураган Дня труда, обрушившийся 2 сентября 1935 г. на острова Флорида-Кис, погубил свыше 400 человек, в том числе около 260 ветеранов Первой мировой.",
     A, "number", "disasters", True),
]

RELATED = [
    ("The Duke of Berwick, who won at Almansa for the Bourbons, was an illegitimate son of King James II of England.",
     "После победы при Альмансе Филипп V занял Валенсию и Арагон и отменил их старинные вольности — фуэрос.",
     "Almansa", True, "history"),
    ("In 1868 Hadrosaurus became the first dinosaur skeleton ever mounted for public display, at the Academy of Natural Sciences in Philadelphia.",
     "В 1991 году гадрозавр Фулка был объявлен официальным динозавром штата Нью-Джерси.",
     "Hadrosaurus", False, "science"),
    ("George Best made his international debut for Northern Ireland in 1964 but never played at a World Cup finals tournament.",
     "Джордж Бест скончался в одной из лондонских больниц в ноябре 2005 года, в возрасте 59 лет.",
     "George Best", True, "sport"),
    ("Hubbard Glacier ends in Disenchantment Bay, an arm of Yakutat Bay on the Gulf of Alaska coast.",
     "Ледник Хаббард берёт начало в канадской территории Юкон и тянется к морю примерно на 120 км.",
     "Hubbard Glacier", False, "geography"),
    ("Luchino Visconti turned Death in Venice into a film in 1971, casting Dirk Bogarde as Aschenbach.",
     "По новелле Томаса Манна «Смерть в Венеции» Бенджамин Бриттен написал свою последнюю оперу, поставленную в 1973 г.",
     "Death in Venice", True, "literature"),
    ("Jascha Heifetz settled in the United States after the Russian Revolution and became an American citizen in 1925.",
     "Семилетний Яша Хейфец выступил в Ковно с Концертом Мендельсона — это было одно из его первых публичных выступлений.",
     "Heifetz", False, "music"),
    ("Henry Labouchere, who tabled the amendment, was a Liberal MP and the founder of the weekly magazine Truth.",
     "Поправка Лабушера утратила силу в Англии и Уэльсе в 1967 г., когда добровольные отношения взрослых мужчин были частично декриминализованы.",
     "Labouchere Amendment", True, "law"),
    ("Philo Farnsworth fought a long patent battle with RCA, which in 1939 finally agreed to pay him royalties.",
     "Идея электронного телевидения пришла Фило Фарнсуорту ещё подростком, когда он жил на ферме в Айдахо.",
     "Farnsworth", False, "technology"),
    ("Jigoro Kano, founder of the Kodokan, became the first Asian member of the International Olympic Committee in 1909.",
     "Свою систему дзюдо Дзигоро Кано создал на основе приёмов старинных школ дзюдзюцу, которые изучал в юности.",
     "Kodokan", True, "culture"),
    ("The Boeing that crashed into the Bijlmermeer had lost both engines on its right wing shortly after take-off from Schiphol.",
     "Памятником жертвам катастрофы в Бейлмермере стало уцелевшее дерево, прозванное «Деревом, которое видело всё».",
     "Bijlmer", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout121.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout121.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
