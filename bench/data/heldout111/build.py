#!/usr/bin/env python3
"""Build heldout111: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Geok Tepe was stormed under Mikhail Skobelev, not Chernyayev)
    ("On 24 January 1881 Russian troops commanded by General Mikhail Skobelev stormed Geok Tepe, the Akhal-Teke Turkmen stronghold, after a mine had blown a breach in its wall.",
     "Текинская крепость Геок-Тепе была взята штурмом 12 (24) января 1881 г. войсками под командованием генерала М. Г. Черняева.",
     C, "person", "history", True),
    # FALSE: EN (the Bzura battle lasted about two weeks, 9-22 September 1939)
    ("The Battle of the Bzura, the largest clash of the German invasion of Poland, raged for roughly two months after the Polish counter-attack of 9 September 1939.",
     "Сражение на Бзуре — крупнейшее в Польской кампании 1939 г. — продолжалось около двух недель: армии «Познань» и «Поморье» перешли в контрнаступление 9 сентября.",
     C, "duration", "history", False),
    # FALSE: RU (at Coulmiers the French Army of the Loire beat the Bavarians)
    ("On 9 November 1870 General d'Aurelle de Paladines's Army of the Loire defeated von der Tann's Bavarians at Coulmiers, a rare French success in that war.",
     "В бою у Кульмье 9 ноября 1870 г. баварский корпус фон дер Танна разбил Луарскую армию генерала д'Орель де Паладина.",
     C, "opposite", "history", True),
    ("Having won the Battle of the Kolubara, the Serbian army re-entered Belgrade on 15 December 1914, and Oskar Potiorek's beaten Austro-Hungarian forces withdrew from Serbia.",
     "15.12.1914 сербские войска, разгромившие австро-венгров в битве на реке Колубаре, вновь вступили в Белград.",
     A, "date", "history", False),
    ("At Ivry in Normandy, on 14 March 1590, Henry IV routed the army of the Catholic League commanded by Charles of Lorraine, Duke of Mayenne.",
     "Битва при Иври (1590) завершилась разгромом войска Католической лиги, которым командовал герцог Майенн; победу одержал король Генрих IV.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Iapetus was discovered by Cassini in 1671, i.e. the 17th century)
    ("Iapetus, Saturn's third-largest moon, whose leading hemisphere is strikingly darker than the trailing one, was discovered in the eighteenth century.",
     "Япет — третий по величине спутник Сатурна; его открыл Джованни Доменико Кассини в 1671 г., заметив, что блеск спутника сильно меняется по ходу обращения.",
     C, "century", "science", False),
    # FALSE: RU (Bloembergen shared the 1981 prize with Arthur Schawlow; Townes won in 1964)
    ("The Dutch-born physicist Nicolaas Bloembergen shared half of the 1981 Nobel Prize in Physics with Arthur Schawlow for their contributions to laser spectroscopy.",
     "Нобелевскую премию по физике 1981 г. за вклад в лазерную спектроскопию Николас Бломберген разделил с Чарлзом Таунсом.",
     C, "person", "science", True),
    # FALSE: EN (Abbe published his resolution theory in 1873, i.e. the 1870s)
    ("Ernst Abbe, Carl Zeiss's partner in Jena, published his theory of the resolution limit of the optical microscope in the 1890s.",
     "Работавший с Карлом Цейсом в Йене физик Эрнст Аббе в 1873 г. опубликовал теорию, устанавливающую предел разрешения микроскопа.",
     C, "decade", "science", False),
    ("William Lipscomb of Harvard was the sole winner of the 1976 Nobel Prize in Chemistry, awarded for his studies on the structure of boranes.",
     "Нобелевскую премию по химии за 1976 год получил американец Уильям Липском — за исследования строения боранов и природы химической связи в них.",
     A, "year", "science", False),
    ("Paul Flory, who had begun his career in Wallace Carothers's group at DuPont, received the 1974 Nobel Prize in Chemistry for work on the physical chemistry of macromolecules.",
     "Пол Флори, один из создателей физической химии полимеров, стал лауреатом Нобелевской премии по химии в 1974 г.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Loch Lomond is the largest lake on the island of Great Britain by area)
    ("Loch Lomond, which straddles the Highland Boundary Fault north-west of Glasgow, is only the third-largest lake on the island of Great Britain by surface area.",
     "Лох-Ломонд — крупнейшее по площади зеркала (около 71 км²) пресноводное озеро острова Великобритания.",
     C, "rank", "geography", True),
    # FALSE: EN (Kerinci is on Sumatra, not Java)
    ("Mount Kerinci, an active stratovolcano rising to 3,805 metres, is the highest volcano in Indonesia and stands on the island of Java.",
     "Керинчи (3805 м) на Суматре — высочайший вулкан Индонезии; он находится на территории национального парка Керинчи-Себлат.",
     C, "place", "geography", False),
    ("Lake Biwa in Shiga Prefecture, just north-east of Kyoto, is Japan's largest freshwater lake, covering roughly 670 square kilometres.",
     "Бива — самое большое озеро Японии: площадь около 670 км²; оно лежит в префектуре Сига на острове Хонсю.",
     A, "rank", "geography", True),
    ("Fansipan, in the Hoang Lien Son range near Sa Pa, is the highest mountain in Vietnam at a little over 3,140 metres; a cable car has served it since 2016.",
     "Высочайшая вершина Вьетнама и всего Индокитая — гора Фансипан (3143 м) в хребте Хоангльеншон.",
     A, "number", "geography", False),
    ("Bazardüzü, the highest peak of Azerbaijan at 4,466 metres, rises on the main ridge of the Greater Caucasus along the border with Russia.",
     "Гора Базардюзю высотой 4466 м — высшая точка Азербайджана; через её вершину проходит граница с Россией (Дагестаном).",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Zhang Ruimin had 76 defective refrigerators smashed)
    ("Soon after taking over the ailing Qingdao refrigerator factory in 1984, the future Haier chief Zhang Ruimin had 76 defective fridges smashed with sledgehammers.",
     "Возглавив убыточный холодильный завод в Циндао, из которого выросла корпорация «Хайер», Чжан Жуйминь приказал разбить кувалдами 176 бракованных холодильников.",
     C, "number", "economy", True),
    # FALSE: EN (Callebaut merged in 1996 with Cacao Barry, not Valrhona)
    ("Callebaut, the Wieze brewing family firm that began making chocolate in 1911, merged in 1996 with the French chocolate maker Valrhona.",
     "В 1996 г. бельгийская шоколадная компания «Каллебаут» из Визе слилась с французской «Какао Барри», образовав концерн «Барри Каллебаут».",
     C, "organisation", "economy", False),
    # FALSE: RU (Lenovo bought IBM's PC business in 2005)
    ("Lenovo, set up in Beijing in 1984 by Liu Chuanzhi and ten colleagues from the Chinese Academy of Sciences, bought IBM's personal computer business in 2005.",
     "Китайская компания «Леново», основанная Лю Чуаньчжи, купила у IBM подразделение персональных компьютеров в 1995 г.",
     C, "year", "economy", True),
    ("In December 2007 the Campbell Soup Company agreed to sell Godiva, the chocolatier founded in Brussels by the Draps family in 1926, to Turkey's Yıldız Holding.",
     "В конце 2007 г. американская корпорация «Кэмпбелл суп» договорилась продать бельгийскую шоколадную марку «Годива» турецкому холдингу «Йылдыз».",
     A, "year", "economy", False),
    ("The Baccarat glassworks in Lorraine dates from 1764, when King Louis XV authorised the Bishop of Metz to set it up.",
     "Хрустальная мануфактура «Баккара» ведёт историю с 1764 г.: Людовик XV дозволил епископу Меца основать в лотарингском местечке Баккара стекольный завод.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Hakkinen won both titles with McLaren-Mercedes)
    ("Mika Häkkinen won back-to-back Formula One drivers' titles in 1998 and 1999, both times driving for Williams.",
     "Финн Мика Хаккинен дважды подряд (1998–1999) становился чемпионом мира «Формулы-1» за рулём «Макларена» с моторами «Мерседес».",
     C, "organisation", "sport", False),
    # FALSE: RU (Binda won the Giro five times: 1925, 1927, 1928, 1929, 1933)
    ("Alfredo Binda won the Giro d'Italia five times between 1925 and 1933, and in 1930 the organisers paid him to stay away from the race.",
     "Альфредо Бинда трижды выигрывал «Джиро д'Италия», а в 1930 г. организаторы даже заплатили ему за то, чтобы он не выходил на старт.",
     C, "number", "sport", True),
    # FALSE: RU (Boitano won the gold medal at Calgary 1988)
    ("At the 1988 Calgary Winter Olympics the American Brian Boitano narrowly beat Canada's Brian Orser to the men's figure skating gold.",
     "На Олимпийских играх 1988 г. в Калгари американский фигурист Брайан Бойтано завоевал лишь бронзовую медаль.",
     C, "rank", "sport", False),
    ("Cadel Evans became the first Australian to win the Tour de France in 2011, taking the yellow jersey in the time trial at Grenoble on the penultimate day.",
     "В 2011 г. Кэдел Эванс первым из австралийцев выиграл «Тур де Франс», отобрав жёлтую майку у Энди Шлека в предпоследний день гонки.",
     A, "year", "sport", True),
    ("Gustavo Kuerten, the Brazilian nicknamed Guga, won the French Open three times: in 1997, 2000 and 2001.",
     "Бразилец Густаво Куэртен — трёхкратный победитель «Ролан Гаррос»; первый титул он взял в 1997 г., будучи 66-й ракеткой мира.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Guignol was created in Lyon)
    ("Guignol, the glove puppet who gave his name to a whole genre of French puppet theatre, was created around 1808 in Marseille by Laurent Mourguet.",
     "Гиньоль — персонаж кукольного театра, придуманный около 1808 г. в Лионе бывшим ткачом шёлка Лораном Мурге.",
     C, "place", "culture", True),
    # FALSE: RU (the Aoi Matsuri is held on 15 May)
    ("Kyoto's Aoi Matsuri is held every year on 15 May, when a procession in Heian-period costume walks from the Imperial Palace to the Shimogamo and Kamigamo shrines.",
     "Киотский праздник Аой-мацури ежегодно проходит 15 августа: шествие в костюмах эпохи Хэйан направляется к святилищам Симогамо и Камигамо.",
     C, "month", "culture", False),
    ("Cologne's carnival season is opened on 11 November at 11:11 a.m., although the street celebrations peak only in the days before Ash Wednesday.",
     "Кёльнский карнавал официально открывается 11.11 в 11 часов 11 минут, а кульминацией становится шествие в «розовый понедельник».",
     A, "date", "culture", True),
    ("The Chautauqua movement began in 1874 as a summer camp for Sunday-school teachers on the shore of Chautauqua Lake in western New York.",
     "Просветительское движение «Шатокуа» выросло из летних курсов для учителей воскресных школ, которые Льюис Миллер и Джон Винсент открыли в 1874 г. на одноимённом озере (штат Нью-Йорк).",
     A, "year", "culture", False),
    ("Commedia dell'arte, the improvised masked comedy of stock characters such as Harlequin and Pantalone, took shape in Italy in the sixteenth century.",
     "Комедия дель арте — итальянский театр масок и импровизации, сложившийся в XVI в.; старейший известный договор актёрской труппы заключён в Падуе 25.02.1545.",
     A, "century", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Bonjour Tristesse was published in 1954)
    ("Bonjour Tristesse, Françoise Sagan's first novel about a seventeen-year-old girl's summer on the Riviera, was published in 1964.",
     "Роман «Здравствуй, грусть» восемнадцатилетняя Франсуаза Саган опубликовала в 1954 г.; книга сразу получила Премию критиков.",
     C, "year", "literature", False),
    # FALSE: RU (Gormenghast is the second Titus novel; Titus Groan is the first)
    ("Gormenghast, published in 1950, is the second of Mervyn Peake's Titus novels, following Titus Groan (1946) and preceding Titus Alone.",
     "«Горменгаст» (1950) — первый роман цикла Мервина Пика о Титусе Гроане, наследнике огромного полуразрушенного замка.",
     C, "rank", "literature", True),
    ("James Hilton's Lost Horizon (1933), which introduced the hidden Tibetan lamasery of Shangri-La, won the Hawthornden Prize the following year.",
     "Роман Джеймса Хилтона «Потерянный горизонт», подаривший миру название Шангри-Ла, вышел в 1933 году.",
     A, "year", "literature", False),
    ("In Somerset Maugham's Cakes and Ale (1930) the pushy novelist Alroy Kear was widely recognised as a caricature of Hugh Walpole.",
     "В романе Сомерсета Моэма «Пироги и пиво» (1930) современники без труда узнали в литераторе-карьеристе Элрое Кире писателя Хью Уолпола.",
     A, "person", "literature", True),
    ("Vincente Minnelli's 1958 film of Colette's novella Gigi won all nine Academy Awards for which it was nominated, including Best Picture.",
     "Экранизация повести Колетт «Жижи» (реж. Винсент Миннелли, 1958) получила девять «Оскаров», в том числе за лучший фильм.",
     A, "number", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (De Geyter composed the music in 1888, i.e. in the 1880s)
    ("The Internationale, whose words Eugène Pottier wrote in 1871 after the fall of the Paris Commune, was set to music by Pierre De Geyter in Lille in 1888.",
     "Музыку «Интернационала» на стихи Эжена Потье лилльский рабочий Пьер Дегейтер сочинил лишь в конце 1890-х годов.",
     C, "decade", "music", True),
    # FALSE: EN (the words are Goethe's, from Faust)
    ("Schubert set Gretchen am Spinnrade, to words by Friedrich Schiller, on 19 October 1814, when he was just seventeen.",
     "Песню «Гретхен за прялкой» на текст из «Фауста» Гёте семнадцатилетний Шуберт написал 19 октября 1814 г.",
     C, "person", "music", False),
    ("Autumn Leaves began as Les Feuilles mortes, written in 1945 by the composer Joseph Kosma and the poet Jacques Prévert; Johnny Mercer added English lyrics in 1947.",
     "Песню «Опавшие листья» сочинили композитор Жозеф Косма и поэт Жак Превер; широкую известность ей принёс Ив Монтан.",
     A, "person", "music", True),
    ("Bésame Mucho, one of the most recorded Spanish-language songs, was written by the Mexican pianist and composer Consuelo Velázquez.",
     "Автор болеро «Бесаме мучо» — мексиканская пианистка Консуэло Веласкес; песня была написана около 1940 г. и переведена на десятки языков.",
     A, "person", "music", False),
    ("Coleman Hawkins recorded his celebrated tenor-saxophone version of Body and Soul in New York in October 1939, soon after returning from Europe.",
     "Знаменитую запись баллады «Тело и душа» тенор-саксофонист Коулмен Хокинс сделал в Нью-Йорке 11.10.1939, вскоре после возвращения из Европы.",
     A, "month", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (the Flight into Egypt is painted on copper)
    ("Adam Elsheimer's Flight into Egypt of 1609, a tiny night scene with a remarkably accurate Milky Way, is painted in oil on copper.",
     "Небольшая картина Адама Эльсхеймера «Бегство в Египет» (1609) с поразительно точно переданным Млечным Путём написана маслом на холсте.",
     C, "entity", "art", False),
    # FALSE: EN (the picture is in the Musee d'Orsay, Paris)
    ("Henri Fantin-Latour's A Studio at Les Batignolles (1870), which shows Édouard Manet at his easel among friends, hangs in the National Gallery in London.",
     "Групповой портрет «Мастерская в Батиньоле» (1870) Анри Фантен-Латура, где за мольбертом сидит Эдуар Мане, хранится в парижском музее Орсе.",
     C, "organisation", "art", True),
    ("Jan Gossaert's Neptune and Amphitrite, signed and dated 1516, is among the first large mythological nudes in Netherlandish painting; it now hangs in Berlin.",
     "Картина Яна Госсарта «Нептун и Амфитрита» (1516), хранящаяся в берлинской Картинной галерее, — один из первых в нидерландской живописи образов обнажённых античных богов.",
     A, "year", "art", False),
    ("Konstantin Korovin left Soviet Russia in 1923 and spent the last sixteen years of his life in Paris, where he died in 1939.",
     "Константин Коровин, уехавший из России в 1923 г., так и не вернулся на родину: он умер в Париже в 1939 году.",
     A, "duration", "art", True),
    ("Jean-Baptiste Greuze's The Village Bride caused a sensation at the Paris Salon of 1761, where Denis Diderot praised it at length.",
     "«Деревенская невеста» Жана-Батиста Грёза, показанная в Салоне 1761 г., принесла художнику громкий успех; ныне картина хранится в Лувре.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Court upheld the vaccination requirement, 7-2)
    ("In Jacobson v. Massachusetts (1905) the US Supreme Court upheld, by seven votes to two, a Cambridge regulation requiring smallpox vaccination.",
     "В деле «Джейкобсон против Массачусетса» (1905) Верховный суд США отменил постановление Кембриджа об обязательной прививке от оспы.",
     C, "opposite", "law", True),
    # FALSE: RU (the disclaimer did protect the bank from liability)
    ("In Hedley Byrne v Heller (1963) the House of Lords accepted that a negligent misstatement can create liability, but the bank escaped because its reference carried a disclaimer.",
     "По делу «Хедли Бирн против Хеллера» (1963) палата лордов признала возможной ответственность за небрежную информацию, и оговорка в справке банк от ответственности не освободила.",
     C, "polarity", "law", False),
    ("Fletcher v. Peck (1810), which grew out of the Yazoo land scandal in Georgia, was one of the first cases in which the Supreme Court struck down a state law.",
     "Решение 1810 г. по делу «Флетчер против Пека», связанному с махинациями с землями Язу в Джорджии, одним из первых признало закон штата противоречащим Конституции.",
     A, "year", "law", True),
    ("In Everson v. Board of Education (1947) a 5–4 Supreme Court majority allowed a New Jersey township to reimburse bus fares for pupils of Catholic schools.",
     "Пятью голосами против четырёх Верховный суд США по делу «Эверсон против Совета по образованию» (1947) признал законной оплату из бюджета школьного автобуса для учеников католических школ.",
     A, "number", "law", False),
    ("In Frontiero v. Richardson (1973) the Supreme Court ruled 8–1 that the military could not make female officers prove their husbands' dependency while presuming male officers' wives dependent.",
     "В 1973 г. Верховный суд США восемью голосами против одного признал дискриминационными правила, по которым лейтенант ВВС Шэррон Фронтьеро должна была доказывать, что муж находится на её иждивении.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the Brabazon first flew on 4 September 1949)
    ("The Bristol Brabazon, a huge eight-engined airliner meant for transatlantic services, made its maiden flight from Filton on 14 September 1949.",
     "Гигантский восьмимоторный авиалайнер «Бристоль Брабазон» впервые поднялся в воздух с аэродрома Филтон 4 сентября 1949 г.",
     C, "date", "technology", False),
    # FALSE: RU (La Jamais Contente was an electric car)
    ("In 1899 Camille Jenatzy's torpedo-shaped electric car La Jamais Contente became the first road vehicle to exceed 100 km/h.",
     "В 1899 г. бельгиец Камиль Женатци на сигарообразном автомобиле «Жаме контант» с паровым двигателем первым превысил скорость 100 км/ч.",
     C, "entity", "technology", True),
    # FALSE: EN (LaserDisc went on sale in Atlanta in December 1978)
    ("LaserDisc went on sale in Atlanta in March 1978 under the MCA DiscoVision label, with Jaws among the first titles.",
     "Первые лазерные видеодиски поступили в продажу в Атланте в декабре 1978 г.; одним из первых вышел фильм «Челюсти».",
     C, "month", "technology", False),
    ("The Gymnote, one of the first fully electric submarines, was launched at Toulon in September 1888 to a design completed by Gustave Zédé.",
     "Французская подводная лодка «Жимнот» с электродвигателем, проект которой завершил Гюстав Зеде, была спущена на воду в 1888 г.",
     A, "year", "technology", False),
    ("Ray Dolby founded Dolby Laboratories in London in 1965; its first product, the A-type noise reduction system, was aimed at recording studios.",
     "Фирму «Долби лабораториз» американец Рэй Долби основал в 1965 г. в Лондоне; позднее штаб-квартира переехала в Сан-Франциско.",
     A, "place", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Cinq-Sept fire killed 146 people)
    ("The fire at the Club Cinq-Sept dance hall near Grenoble in the early hours of 1 November 1970 killed 46 young people.",
     "Пожар в дискотеке «Сенк-Сет» в Сен-Лоран-дю-Пон (деп. Изер) в ночь на 1 ноября 1970 г. унёс жизни 146 молодых людей.",
     C, "number", "disasters", True),
    # FALSE: RU (Cowper Coles was aboard and died with the ship)
    ("HMS Captain capsized in a gale off Cape Finisterre on the night of 6–7 September 1870, and her designer, Captain Cowper Coles, was among nearly 500 men lost.",
     "Броненосец «Кэптен» опрокинулся у мыса Финистерре в сентябре 1870 г.; его конструктора, капитана Каупера Коулза, на борту не было.",
     C, "polarity", "disasters", False),
    # FALSE: EN (Austin is in Pennsylvania)
    ("On 30 September 1911 the concrete dam above the paper-mill town of Austin, Texas, gave way, killing 78 people.",
     "30 сентября 1911 г. прорвало бетонную плотину бумажной фабрики Бейлесса у городка Остин в Пенсильвании; погибли 78 человек.",
     C, "place", "disasters", True),
    ("The French liner La Bourgogne sank off Sable Island on 4 July 1898 after colliding in fog with the British sailing ship Cromartyshire; about 550 people died.",
     "Французский трансатлантический лайнер «Ла Бургонь» затонул 04.07.1898 у острова Сейбл, столкнувшись в тумане с парусником; погибли около 550 человек.",
     A, "date", "disasters", False),
    ("On 8 March 1924 a series of explosions in the No. 2 mine at Castle Gate, Utah, killed 172 people.",
     "Взрывы метана и угольной пыли на шахте компании «Юта фьюэл» у посёлка Касл-Гейт (Юта) в марте 1924 г. унесли 172 жизни.",
     A, "number", "disasters", True),
]

RELATED = [
    ("Mikhail Skobelev, who led the assault on Geok Tepe, had made his name during the Russo-Turkish War of 1877–78.",
     "После падения Геок-Тепе в 1881 г. Ахалтекинский оазис вошёл в состав Российской империи.",
     "Geok Tepe", True, "history"),
    ("Loch Lomond lies within Loch Lomond and The Trossachs National Park, which in 2002 became the first national park in Scotland.",
     "Вытянутое с севера на юг примерно на 36 км, озеро Лох-Ломонд усеяно более чем двумя десятками островов.",
     "Loch Lomond", False, "geography"),
    ("In 2001, his last season in Formula One, Mika Häkkinen won the British and United States Grands Prix.",
     "В ноябре 1995 г. на тренировке перед Гран-при Австралии в Аделаиде Хаккинен попал в тяжелейшую аварию и чудом выжил.",
     "Häkkinen", True, "sport"),
    ("Frank Capra's film of Lost Horizon, starring Ronald Colman as Robert Conway, was released in 1937.",
     "Главный герой «Потерянного горизонта» — британский консул Хью Конвей, попадающий в Шангри-Ла после угона самолёта.",
     "Lost Horizon", False, "literature"),
    ("From 1918 until 1944 the Internationale served as the anthem of Soviet Russia and then of the Soviet Union.",
     "Эжен Потье, автор слов «Интернационала», был избран членом Парижской коммуны.",
     "Internationale", True, "music"),
    ("Konstantin Korovin designed the scenery and costumes for many productions at Moscow's Bolshoi Theatre.",
     "Коровин учился в Московском училище живописи, ваяния и зодчества у Алексея Саврасова и Василия Поленова.",
     "Korovin", False, "art"),
    ("Henning Jacobson, a Swedish-born Lutheran pastor in Cambridge, had been fined five dollars for refusing to be vaccinated.",
     "Решение по делу «Джейкобсон против Массачусетса» от имени большинства составил судья Джон Маршалл Харлан.",
     "Jacobson v. Massachusetts", True, "law"),
    ("Pioneer, long the format's main champion, stopped making LaserDisc players in 2009.",
     "Лазерный видеодиск имел диаметр 30 см — как у долгоиграющей грампластинки.",
     "LaserDisc", False, "technology"),
    ("HMS Captain was a masted turret ship with a dangerously low freeboard, commissioned only five months before she was lost.",
     "Из экипажа «Кэптена» спаслись лишь 18 человек, добравшихся на шлюпке до испанского берега.",
     "HMS Captain", True, "disasters"),
    ("The Cologne carnival is led each year by the Dreigestirn, a trio of Prince, Peasant and Virgin, the last traditionally played by a man.",
     "Уличный кёльнский карнавал заканчивается во вторник накануне Пепельной среды сожжением соломенной куклы Нуббеля.",
     "Cologne Carnival", False, "culture"),
]

# Main subject name of each comparable pair (same order as COMPARABLE);
# each must begin with a letter A-L and be used only once.
SUBJECTS = [
    "Geok Tepe", "Bzura", "Coulmiers", "Kolubara", "Ivry",
    "Iapetus", "Bloembergen", "Abbe", "Lipscomb", "Flory",
    "Loch Lomond", "Kerinci", "Lake Biwa", "Fansipan", "Bazardüzü",
    "Haier", "Callebaut", "Lenovo", "Godiva", "Baccarat",
    "Häkkinen", "Binda", "Boitano", "Cadel Evans", "Kuerten",
    "Guignol", "Aoi Matsuri", "Cologne Carnival", "Chautauqua", "Commedia dell'arte",
    "Bonjour Tristesse", "Gormenghast", "Lost Horizon", "Cakes and Ale", "Gigi",
    "Internationale", "Gretchen am Spinnrade", "Autumn Leaves", "Bésame Mucho", "Body and Soul",
    "Elsheimer", "Fantin-Latour", "Gossaert", "Korovin", "Greuze",
    "Jacobson v. Massachusetts", "Hedley Byrne v Heller", "Fletcher v. Peck",
    "Everson v. Board of Education", "Frontiero v. Richardson",
    "Bristol Brabazon", "Jamais Contente", "LaserDisc", "Gymnote", "Dolby",
    "Cinq-Sept", "HMS Captain", "Austin Dam", "La Bourgogne", "Castle Gate",
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
        assert subj in SUBJECTS, subj
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    assert len(SUBJECTS) == 60 and len(set(SUBJECTS)) == 60
    for s in SUBJECTS:
        key = s
        for pre in ("Lake ", "Mount ", "HMS ", "La "):
            if key.startswith(pre) and key not in ("La Bourgogne", "Lake Biwa"):
                key = key[len(pre):]
        assert "A" <= key[0].upper() <= "L", s
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

    with open(os.path.join(here, "comparable_heldout111.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout111.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
