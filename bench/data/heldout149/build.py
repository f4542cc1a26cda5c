#!/usr/bin/env python3
"""Build heldout149: independent EN/RU claim pairs (stdlib only).

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
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Battle of Lobositz was fought on 1 October 1756, not in August)
    ("Fought near Lobositz in Bohemia on 1 October 1756, the first major battle of the Seven Years' War saw Frederick II's Prussians push back Browne's Austrians.",
     "Сражение при Лобозице (01.08.1756) стало первым крупным боем Семилетней войны: пруссаки Фридриха II вынудили австрийцев отступить.",
     C, "month", "history", True),
    # FALSE: EN (at Krefeld the French were commanded by the Count of Clermont, who had replaced Richelieu early in 1758)
    ("At Krefeld on 23 June 1758 Ferdinand of Brunswick's allied army defeated a larger French force commanded by the Duke of Richelieu.",
     "23.06.1758 под Крефельдом союзная армия герцога Фердинанда Брауншвейгского нанесла поражение французам, которыми командовал граф Клермон.",
     C, "person", "history", False),
    # FALSE: EN (the Battle of Bornhöved was fought on 22 July 1227)
    ("King Waldemar II of Denmark lost his hold over northern Germany when he was beaten at Bornhöved in Holstein in July 1229.",
     "Поражение при Борнхёведе 22 июля 1227 г. от коалиции северогерманских князей и Любека положило конец датскому господству на южном берегу Балтики.",
     C, "year", "history", True),
    ("On 28 December 1478, at Giornico in the Leventina valley, a few hundred Swiss confederates, mostly from Uri, routed a far larger Milanese army.",
     "Битва при Джорнико (28.12.1478) — одна из громких побед конфедератов XV в.: небольшой швейцарский отряд обратил в бегство многотысячное миланское войско.",
     A, "date", "history", False),
    ("Sir Andrew Harclay's victory at Boroughbridge in Yorkshire on 16 March 1322 ended the rebellion of Thomas, Earl of Lancaster, who was beheaded at Pontefract.",
     "Мятеж Томаса, графа Ланкастера, завершился в марте 1322 г. разгромом при Бороубридже, где его войско остановил Эндрю Харкли; через несколько дней граф был казнён.",
     A, "person", "history", True),
    # ---------------- science (2 contradict + 3 agree) ----------------
    # FALSE: RU (alexandrite was found in the emerald mines of the Urals, not Transbaikalia)
    ("Alexandrite, a chrysoberyl that is green by daylight and red under lamplight, was found in the Ural emerald mines in the 1830s and named after the future Alexander II.",
     "Александрит — хризоберилл, меняющий цвет с зелёного на красный, — обнаружили в 1830-х гг. на изумрудных копях Забайкалья и назвали в честь наследника, будущего Александра II.",
     C, "place", "science", False),
    # FALSE: EN (Osvaldo Reig named Herrerasaurus in 1963)
    ("Osvaldo Reig named Herrerasaurus in 1968, after Victorino Herrera, the Andean goatherd who had spotted its bones in north-western Argentina.",
     "Герреразавр из формации Исчигуаласто (Аргентина), один из древнейших известных динозавров, описан палеонтологом Освальдо Рейгом в 1963 г.",
     C, "year", "science", True),
    ("Kentrosaurus, a spiky stegosaur dug up at Tendaguru in present-day Tanzania, was named by the German palaeontologist Edwin Hennig in 1915.",
     "Кентрозавр — небольшой позднеюрский стегозавр, остатки которого добыла германская экспедиция у холма Тендагуру; описан Э. Хеннигом в 1915 г.",
     A, "year", "science", False),
    ("The Frasch process, which melts buried sulphur with superheated water and forces it to the surface, was first tried in Louisiana in the 1890s.",
     "Способ Германа Фраша — выплавлять серу прямо под землёй перегретой водой и выдавливать её наверх — впервые испытали в Луизиане в 1894 г.",
     A, "decade", "science", True),
    ("Benitoite, a rare blue barium titanium silicate, is named after San Benito County in California, where it was discovered in 1907.",
     "Бенитоит — редкий голубой минерал, открытый в начале XX в. в калифорнийском округе Сан-Бенито; с 1985 г. он считается официальным самоцветом штата.",
     A, "place", "science", False),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: RU (Lake Doiran covers about 43 km²)
    ("Lake Doiran, a shallow lake shared by North Macedonia and Greece, covers roughly 43 square kilometres.",
     "Дойранское озеро, поделённое между Северной Македонией и Грецией, занимает площадь 73,2 км².",
     C, "number", "geography", True),
    # FALSE: RU (the Ljubljanica flows into the Sava, not the Drava)
    ("The Ljubljanica, dubbed the river of seven names because it disappears underground several times, flows through Ljubljana and joins the Sava just east of the city.",
     "Любляница — «река семи имён», несколько раз уходящая под землю в карсте, — протекает через столицу Словении и впадает в Драву.",
     C, "entity", "geography", False),
    # FALSE: EN (the Argeș reaches the Danube at Oltenița, not Giurgiu)
    ("Rising in the Făgăraș Mountains and dammed at Vidraru, the 350-kilometre Argeș flows south across Wallachia to meet the Danube at Giurgiu.",
     "Арджеш (около 350 км) начинается в горах Фэгэраш, проходит через водохранилище Видрару и впадает в Дунай у города Олтеница.",
     C, "place", "geography", True),
    ("The Horyn, a right-bank tributary of the Pripyat roughly 660 km long, rises in western Ukraine and crosses into Belarus in its lower reaches.",
     "Горынь (659 км) — правый приток Припяти; истоки реки находятся на Украине, а устье — на территории Белоруссии.",
     A, "number", "geography", False),
    ("Korčula, a wooded Croatian island in the Adriatic, has a walled main town that claims to be the birthplace of Marco Polo.",
     "Жители города Корчула на одноимённом далматинском острове убеждены, что именно здесь в XIII в. родился Марко Поло.",
     A, "place", "geography", True),
    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: RU (Carhartt was founded in 1889)
    ("Hamilton Carhartt founded his workwear company in Detroit in 1889, starting with overalls for railroad workers.",
     "Фирма Carhartt, известная рабочими комбинезонами, появилась в Детройте в 1899 г.; её основал Гамильтон Кархартт.",
     C, "decade", "economy", False),
    # FALSE: EN (in 2022 Crocs bought HEYDUDE for about $2.5 billion; Teva belongs to Deckers)
    ("In 2022 Crocs bought the casual shoe brand Teva in a deal worth about $2.5 billion.",
     "В 2022 г. компания Crocs приобрела бренд повседневной обуви HEYDUDE, заплатив около 2,5 млрд долларов.",
     C, "organisation", "economy", True),
    # FALSE: RU (Fresnoy-le-Grand is in the Aisne, Picardy, not in Burgundy)
    ("Le Creuset started casting enamelled iron pots in 1925 at Fresnoy-le-Grand, a small town in the Aisne department of northern France.",
     "Чугунные эмалированные кастрюли Le Creuset начали отливать в 1925 г. в городке Френуа-ле-Гран в Бургундии.",
     C, "place", "economy", False),
    ("Leatherman, the Portland-based maker of multi-tools, sold its first product in 1983.",
     "Первый мультитул Тима Лезермана, названный Pocket Survival Tool, поступил в продажу в 1983 г., после нескольких лет поисков производителя.",
     A, "year", "economy", True),
    ("Duvel, the strong golden ale brewed by Duvel Moortgat at Breendonk in Belgium, has about 8.5 per cent alcohol and takes its name from a dialect word for devil.",
     "Бельгийское пиво Duvel крепостью 8,5 % названо диалектным словом «дьявол»; варит его семейная пивоварня Moortgat, основанная в 1871 г.",
     A, "number", "economy", False),
    # ---------------- sport (2 contradict + 3 agree) ----------------
    # FALSE: RU (the fee was £440,000)
    ("Liverpool signed Kenny Dalglish from Celtic in August 1977 for £440,000, then a British transfer record, as a replacement for Kevin Keegan.",
     "Летом 1977 г. «Ливерпуль» купил Кенни Далглиша у «Селтика» за рекордные для британского футбола 340 тыс. фунтов.",
     C, "money", "sport", True),
    # FALSE: EN (the exclusion was driven by IOC president Avery Brundage; Killanin succeeded him later in 1972)
    ("Karl Schranz was expelled from the 1972 Sapporo Olympics for breaching amateur rules, a ban pushed through by IOC president Lord Killanin.",
     "Австрийского горнолыжника Карла Шранца отстранили от Олимпиады-1972 в Саппоро за нарушение статуса любителя — по настоянию президента МОК Эвери Брэндеджа.",
     C, "person", "sport", False),
    ("Yugoslavia reached the final of the 1968 European Championship after Dragan Džajić scored the only goal of the semi-final against England in Florence.",
     "Единственный гол полуфинала Евро-1968 Югославия — Англия (1:0) забил вингер «Црвены Звезды» Драган Джаич.",
     A, "person", "sport", True),
    ("Helmut Recknagel won the ski jumping gold medal for the United Team of Germany at the 1960 Winter Olympics in Squaw Valley.",
     "Гельмут Рекнагель из ГДР — олимпийский чемпион Скво-Вэлли (1960 г.) по прыжкам с трамплина и трёхкратный победитель «Турне четырёх трамплинов».",
     A, "year", "sport", False),
    ("Club Brugge forward Jan Ceulemans captained Belgium at the 1986 World Cup, where the team finished fourth.",
     "На ЧМ-1986 в Мексике бельгийцы во главе с капитаном Яном Кулемансом дошли до полуфинала и в итоге заняли четвёртое место.",
     A, "rank", "sport", True),
    # ---------------- culture (3 contradict + 2 agree) ----------------
    # FALSE: RU (the oldest known crokinole board dates from 1876)
    ("The oldest known crokinole board was made in 1876 by Eckhardt Wettlaufer in Perth County, Ontario.",
     "Старейшая из сохранившихся досок для крокинола изготовлена в 1890-х гг. в канадской провинции Онтарио.",
     C, "decade", "culture", False),
    # FALSE: RU (Lindenstraße ran for more than 34 years, 1985–2020)
    ("Lindenstraße, ARD's soap about the residents of a Munich street, ran from 8 December 1985 until March 2020.",
     "Сериал «Линденштрассе», придуманный Хансом Гайсендёрфером, продержался в эфире ARD почти четверть века.",
     C, "duration", "culture", True),
    # FALSE: EN (The Clangers was first shown by the BBC, not ITV)
    ("The Clangers, knitted pink creatures who talk in whistles on a small blue planet, first appeared on ITV in 1969.",
     "Кукольный сериал о клэнгерах — вязаных розовых существах с крошечной планеты — впервые показало Би-би-си в 1969 году.",
     C, "organisation", "culture", False),
    ("Kubb, a Swedish lawn game in which players throw wooden batons to knock over blocks and then the king, holds its world championship on the island of Gotland.",
     "Кубб, который иногда называют «шахматами викингов», — шведская игра, где палками сбивают деревянные чурки и «короля»; чемпионат мира проводится на Готланде.",
     A, "place", "culture", True),
    ("Jackanory, the BBC children's series in which an actor read a story straight to camera, ran from 1965 to 1996.",
     "Передача Би-би-си «Джаканори», где известные актёры читали детям книги, выходила больше тридцати лет, начиная с декабря 1965 г.",
     A, "year", "culture", False),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    # FALSE: EN (Chabert is a colonel, not a general)
    ("Balzac's 1832 story of Hyacinthe Chabert, a cavalry general left for dead at Eylau, follows his return to Paris to reclaim his wife and fortune.",
     "Герой повести Бальзака (1832), кавалерийский полковник Шабер, считавшийся погибшим при Эйлау, возвращается в Париж времён Реставрации за своим именем, женой и состоянием.",
     C, "rank", "literature", True),
    # FALSE: RU (Euphues: The Anatomy of Wit was published in 1578, i.e. in the 16th century)
    ("John Lyly's prose romance Euphues: The Anatomy of Wit, published in 1578, gave English the word 'euphuism' for its ornate style.",
     "Вычурный слог романа Джона Лили «Эвфуэс, или Анатомия остроумия», изданного в XVII в., породил термин «эвфуизм».",
     C, "century", "literature", False),
    ("Lamartine's Graziella recalls a young Frenchman's love for a fisher girl on Procida, an island in the Bay of Naples.",
     "Повесть Ламартина «Грациелла» — о любви юного француза к рыбачке с острова Прочида; поначалу она входила в автобиографическую книгу «Признания».",
     A, "place", "literature", True),
    ("Joseph Victor von Scheffel's historical novel Ekkehard, published in 1855, is set in the tenth century around the abbey of St. Gall.",
     "Действие романа Й. В. фон Шеффеля «Эккехард» (1855) происходит в X в. — в Санкт-Галленском монастыре и в замке швабской герцогини Гадвиги на Хоэнтвиле.",
     A, "century", "literature", False),
    ("Anne Hébert's Kamouraska, a 1970 novel drawn from a real 1839 murder in Lower Canada, was filmed by Claude Jutra with Geneviève Bujold in 1973.",
     "Роман квебекской писательницы Анны Эбер «Камураска» вышел в 1970 г., а через три года его экранизировал Клод Жютра.",
     A, "year", "literature", True),
    # ---------------- music (2 contradict + 3 agree) ----------------
    # FALSE: EN (666 is based on the Book of Revelation, not the Book of Daniel)
    ("Aphrodite's Child ended its career with 666, a 1972 double album inspired by the Book of Daniel.",
     "Двойной альбом «666» (1972) греческой группы Aphrodite’s Child написан по мотивам Откровения Иоанна Богослова.",
     C, "entity", "music", False),
    # FALSE: RU (the 1858 Weimar premiere was conducted by Franz Liszt, not Hans von Bülow)
    ("Franz Liszt conducted the Weimar premiere of Peter Cornelius's comic opera The Barber of Baghdad in December 1858, and the hostile reception prompted him to step down.",
     "Премьера комической оперы Петера Корнелиуса «Багдадский цирюльник» в Веймаре (15.12.1858) под управлением Ганса фон Бюлова была освистана.",
     C, "person", "music", True),
    ("Wilhelm Kienzl's opera Der Evangelimann was first performed at the Berlin Court Opera in May 1895.",
     "Опера «Евангелист» австрийца Вильгельма Кинцля впервые поставлена в Берлине в 1895 г. и быстро обошла сцены немецкоязычных театров.",
     A, "year", "music", False),
    ("Meyerbeer died in May 1864 without seeing L'Africaine staged; the Paris Opéra premiered it in April 1865.",
     "Премьера оперы Мейербера «Африканка» прошла в Парижской опере 28.04.1865 — почти через год после смерти композитора.",
     A, "date", "music", True),
    ("Gorky Park, one of the first Soviet rock bands signed in the West, released its debut album on Mercury Records in 1989.",
     "Дебютная пластинка группы «Парк Горького» вышла в 1989 г. на американском лейбле Mercury, а клип на песню «Bang» попал в ротацию MTV.",
     A, "organisation", "music", False),
    # ---------------- art (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Croatian Apoxyomenos was raised in 1999)
    ("First spotted by a Belgian diver off Lošinj in 1996, the bronze Croatian Apoxyomenos was finally raised from the seabed in 2001.",
     "Бронзового Апоксиомена заметил в 1996 г. бельгийский дайвер Рене Воутерс у островка близ Лошиня; статую подняли со дна в 1999 г.",
     C, "year", "art", True),
    # FALSE: RU (Kindred Spirits was sold for about $35 million)
    ("In 2005 the New York Public Library sold Asher Durand's Kindred Spirits to Alice Walton for about $35 million.",
     "Картину Ашера Дюрана «Родственные души» с Томасом Коулом и поэтом Брайантом в горах Катскилл Нью-Йоркская публичная библиотека продала в 2005 г. за 25 млн долл.",
     C, "money", "art", False),
    # FALSE: RU (the painting is in the Metropolitan Museum of Art, New York)
    ("George Caleb Bingham's Fur Traders Descending the Missouri, painted about 1845, belongs to the Metropolitan Museum of Art in New York.",
     "Картина Джорджа Калеба Бингема «Торговцы пушниной, спускающиеся по Миссури» (ок. 1845 г.) хранится в Бостонском музее изящных искусств.",
     C, "organisation", "art", True),
    ("John Singer Sargent's El Jaleo, a huge canvas of a Spanish dancer, was first shown at the Paris Salon of 1882.",
     "Огромное полотно Сарджента «Халео» (1882) с танцовщицей фламенко хранится в Бостоне, в музее Изабеллы Стюарт Гарднер.",
     A, "year", "art", False),
    ("Courbet's 1854 canvas The Meeting, nicknamed Bonjour Monsieur Courbet, shows the painter greeted on a country road near Montpellier by his patron Alfred Bruyas.",
     "Картина «Здравствуйте, господин Курбе!» (1854) хранится в музее Фабра в Монпелье, которому передал в дар своё собрание меценат Альфред Брюя.",
     A, "place", "art", True),
    # ---------------- law (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Gayssot Act is dated 13 July 1990)
    ("France's Gayssot Act of 13 July 1990, named after a Communist deputy, made it an offence to deny crimes against humanity.",
     "Закон Гейсо, принятый во Франции 13.06.1990, ввёл уголовную ответственность за отрицание преступлений против человечности.",
     C, "month", "law", False),
    # FALSE: EN (Fox's Libel Act gave the jury, not the judge, the power to decide whether a publication was libellous)
    ("Fox's Libel Act of 1792 reserved for judges alone the question of whether a publication was libellous.",
     "Закон о клевете 1792 г., проведённый Чарльзом Джеймсом Фоксом, передал присяжным право решать, является ли публикация клеветнической.",
     C, "opposite", "law", True),
    ("The French HADOPI law of 2009 set up an agency that sends warnings to internet users suspected of illegal file-sharing.",
     "Принятый во Франции в 2009 г. закон HADOPI ввёл «градуированный ответ»: пиратам сначала направляют предупреждения, а санкции грозят лишь после повторных нарушений.",
     A, "year", "law", False),
    ("The Claim of Right, adopted by the Scottish Convention of Estates in April 1689, declared that James VII had forfeited the throne.",
     "В 1689 г. шотландский Конвент сословий принял Акт о притязании на право, объявивший, что Яков VII лишился короны.",
     A, "year", "law", True),
    ("The Guizot law of 28 June 1833 required every French commune to maintain at least one primary school.",
     "По закону Гизо 1833 г. каждая коммуна Франции должна была содержать начальную школу, а каждый департамент — педагогическое (нормальное) училище.",
     A, "entity", "law", False),
    # ---------------- technology (3 contradict + 2 agree) ----------------
    # FALSE: EN (the first Garratts, two K-class engines for Tasmania, were built in 1909)
    ("The first Garratt articulated locomotives, a pair of small engines for Tasmania, were built by Beyer, Peacock of Manchester in 1919.",
     "Первые паровозы системы Гаррата — два небольших локомотива для Тасмании — построила в 1909 г. манчестерская фирма «Бейер, Пикок».",
     C, "decade", "technology", True),
    # FALSE: EN (the gyrobus needed no overhead wires on its route: a flywheel, recharged at stops, supplied the power)
    ("The Oerlikon gyrobus, which ran in Yverdon-les-Bains from 1953, drew power from overhead wires along its whole route.",
     "Гиробус фирмы «Эрликон», ходивший с 1953 г. в швейцарском Ивердоне, обходился без контактной сети на маршруте: энергию давал маховик, раскручиваемый на остановках.",
     C, "polarity", "technology", False),
    # FALSE: RU (the 1974 Aérotrain record was about 430 km/h)
    ("Jean Bertin's Aérotrain, a hovercraft train tested near Orléans, set a record of 430 km/h in March 1974.",
     "В 1974 г. аэропоезд Жана Бертена разогнался на испытательной эстакаде до рекордных 345 км/ч.",
     C, "number", "technology", True),
    ("Edwin Link built his first flight simulator, the Link Trainer, in Binghamton, New York, in 1929.",
     "Первый авиационный тренажёр Эдвина Линка появился в 1929 г., а в 1934-м армейская авиация США заказала шесть таких «синих коробок».",
     A, "year", "technology", False),
    ("Globalstar, the satellite phone network backed by Loral and Qualcomm, filed for Chapter 11 bankruptcy protection in 2002.",
     "Спутниковый оператор Globalstar, созданный компаниями Loral и Qualcomm, в 2002 г. подал заявление о банкротстве.",
     A, "year", "technology", True),
    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: EN (at least 201 men died in the Iolaire disaster)
    ("When the yacht Iolaire struck rocks outside Stornoway on 1 January 1919, at least 120 servicemen returning home to Lewis and Harris drowned.",
     "В новогоднюю ночь 1919 г. яхта «Иолайр», вёзшая возвращавшихся домой моряков на остров Льюис, разбилась у Сторновея; погибли не менее 201 человека.",
     C, "number", "disasters", False),
    # FALSE: EN (the Drummond Castle sank late on 16 June 1896)
    ("The liner Drummond Castle, bound from Cape Town to London, sank off Ushant on the night of 26 June 1896, with only three survivors.",
     "Пароход «Драммонд Касл», шедший из Кейптауна в Лондон, затонул у острова Уэссан 16.06.1896; из почти 250 человек спаслись трое.",
     C, "date", "disasters", False),
    ("On 13 October 1928 an overnight train from Leeds to Bristol ran into goods wagons at Charfield in Gloucestershire, and the wreckage caught fire.",
     "Крушение в Чарфилде (13.10.1928): почтово-пассажирский поезд врезался в товарный состав, начался пожар; двух погибших детей так и не опознали.",
     A, "date", "disasters", False),
    ("The Llandow air disaster of March 1950 killed 80 Welsh rugby supporters and crew returning from a match in Belfast.",
     "12 марта 1950 г. у аэродрома Лландоу разбился «Авро Тюдор» с валлийскими болельщиками, летевшими из Белфаста; из 83 человек выжили трое.",
     A, "number", "disasters", True),
    ("The coastal steamer Koombana disappeared in a cyclone in March 1912 soon after leaving Port Hedland in Western Australia.",
     "Пароход «Кумбана» пропал у северо-западного побережья Австралии во время циклона в марте 1912 г.; погибли около 150 человек, судно так и не нашли.",
     A, "month", "disasters", True),
]

RELATED = [
    ("The Bohemian town of Lobositz, where Frederick's first battle of the Seven Years' War was fought, is now called Lovosice and lies in the Czech Republic.",
     "Австрийской армией под Лобозицем командовал фельдмаршал Максимилиан Улисс фон Браун, выходец из ирландской семьи.",
     "Lobositz", True, "history"),
    ("Kentrosaurus was a fairly small stegosaur, roughly four to five metres long, with long paired spikes along its tail.",
     "Значительная часть костей кентрозавра, привезённых из Африки в Германию, погибла во время Второй мировой войны.",
     "Kentrosaurus", False, "science"),
    ("The riverbed of the Ljubljanica has yielded thousands of archaeological finds, from prehistoric tools to Roman weapons.",
     "Набережные и мосты Любляницы в центре столицы Словении во многом спроектировал архитектор Йоже Плечник.",
     "Ljubljanica", True, "geography"),
    ("Crocs clogs were first presented to the public at a boat show in Fort Lauderdale, Florida, in 2002.",
     "Обувь Crocs делают из фирменного вспененного материала Croslite — лёгкого, мягкого и не оставляющего следов на палубе.",
     "Crocs", False, "economy"),
    ("Kenny Dalglish won 102 caps for Scotland, still a national record, and scored 30 international goals.",
     "В 1985 г. Кенни Далглиш стал играющим тренером «Ливерпуля» и в первом же сезоне выиграл чемпионат и Кубок Англии.",
     "Dalglish", True, "sport"),
    ("The original Clangers films were made by Smallfilms, the company of Oliver Postgate and Peter Firmin.",
     "Вместо слов клэнгеры издают свист: их «реплики» озвучивали на специальном свистке.",
     "Clangers", False, "culture"),
    ("Kamouraska takes its title from a village on the south shore of the St. Lawrence River in Quebec.",
     "Героиня романа «Камураска», Элизабет, вспоминает у постели умирающего второго мужа историю убийства первого.",
     "Kamouraska", True, "literature"),
    ("In Act 4 of L'Africaine, Vasco da Gama sings the celebrated tenor aria 'Ô paradis'.",
     "Либретто «Африканки» написал Эжен Скриб, не доживший до премьеры: он умер в 1861 г.",
     "L'Africaine", False, "music"),
    ("Since 2016 the Croatian Apoxyomenos has been displayed in its own museum in Mali Lošinj.",
     "Статуя Апоксиомена изображает атлета, счищающего с тела масло и пыль скребком-стригилем.",
     "Apoxyomenos", True, "art"),
    ("John F. Macleod swam ashore from the stricken Iolaire with a rope, helping some forty men to reach land.",
     "Яхта «Иолайр» налетела на скалы «Звери Холма» у самого входа в гавань Сторновея.",
     "Iolaire", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "unit"}
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
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    cdoms = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(cdoms.values()) == [2] * 6 + [3] * 6, cdoms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    # false side of contradict rows, read from the FALSE comments in this file
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    false_sides = re.findall(r"# FALSE: (EN|RU) ", src)
    assert len(false_sides) == 30, len(false_sides)
    fs = count(false_sides)
    assert fs == {"EN": 15, "RU": 15}, fs

    with open(os.path.join(here, "comparable_heldout149.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout149.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false side:", fs)
    print("domains:", doms)
    print("contradict per domain:", cdoms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
