#!/usr/bin/env python3
"""Build heldout135: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Amiens offensive opened on 8 August 1918)
    ("The Allied offensive at Amiens opened on 8 August 1918, a day that Erich Ludendorff later described as the black day of the German Army.",
     "День 8 сентября 1918 г., когда британские, канадские, австралийские и французские войска перешли в наступление под Амьеном, Людендорф назвал «чёрным днём германской армии».",
     C, "month", "history", True),
    # FALSE: EN (Liaoyang ended in a Russian defeat and retreat to Mukden)
    ("The Battle of Liaoyang, fought from late August into early September 1904, was the first clash of the main Russian and Japanese armies and ended in a Russian victory.",
     "Ляоянское сражение (конец августа — начало сентября 1904 г.), первое генеральное сражение русско-японской войны, закончилось поражением русской армии, отступившей к Мукдену.",
     C, "opposite", "history", False),
    # FALSE: RU (the gunnery duel lasted about three and a half hours, not three days)
    ("On 27 March 1943, south of the Komandorski Islands, an American cruiser-and-destroyer force fought a Japanese squadron in a gunnery duel lasting about three and a half hours.",
     "Бой у Командорских островов 27.03.1943 между американскими и японскими кораблями продолжался почти трое суток; японский конвой так и не прорвался к Алеутам.",
     C, "duration", "history", True),
    ("At Hanau on 30–31 October 1813, Napoleon's army, retreating from Leipzig, broke through a Bavarian and Austrian corps under Karl Philipp von Wrede.",
     "В сражении при Ханау (30—31 октября 1813 г.) отступавшие после Лейпцига войска Наполеона отбросили баварско-австрийский корпус генерала Вреде, пытавшийся преградить им путь.",
     A, "date", "history", False),
    ("In the Battle of Gazala (May–June 1942) Erwin Rommel's Axis army defeated the British Eighth Army and went on to capture Tobruk.",
     "В сражении у Газалы, начатом 26 мая 1942 г., войска Роммеля разбили британскую 8-ю армию, а 21 июня пал Тобрук.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (the last aurochs died in 1627, i.e. in the 17th century)
    ("The last recorded aurochs, a cow, died in 1627 in the Jaktorów Forest in Poland, where the wild cattle had long been protected as royal game.",
     "Последний тур — самка — пал в Якторовской пуще на территории Польши в XVIII веке; диких быков там долго охраняли как королевскую дичь.",
     C, "century", "science", True),
    # FALSE: EN (Casimir worked at the Philips research laboratories)
    ("In 1948 the Dutch physicist Hendrik Casimir, then working at the Siemens research laboratories, predicted that two uncharged parallel metal plates in a vacuum attract each other.",
     "Эффект Казимира — притяжение двух незаряженных проводящих пластин в вакууме — предсказал в 1948 г. нидерландский физик Хендрик Казимир, сотрудник исследовательской лаборатории Philips.",
     C, "organisation", "science", False),
    # FALSE: RU (Lind's trial involved twelve sailors)
    ("In 1747, aboard HMS Salisbury, the naval surgeon James Lind divided twelve scurvy-stricken sailors into six pairs; the two given oranges and lemons recovered fastest.",
     "Джеймс Линд в 1747 г. на корабле «Солсбери» испытал шесть средств от цинги на двадцати больных матросах; быстрее всех поправились получавшие апельсины и лимоны.",
     C, "number", "science", True),
    ("The Basel problem, which asks for the exact sum of the reciprocals of the squares, was solved by Leonhard Euler in the 1730s: the answer is π²/6.",
     "Базельскую задачу, поставленную Пьетро Менголи ещё в 1650 г., решил Эйлер в 1734—1735 гг., доказав, что сумма обратных квадратов натуральных чисел равна π²/6.",
     A, "person", "science", False),
    ("The Kaali crater on the Estonian island of Saaremaa, about 110 metres across and now filled by a small lake, was blasted out by a meteorite.",
     "Метеоритный кратер Каали (диаметр около 110 м) находится на острове Сааремаа в Эстонии; на его дне образовалось небольшое озеро.",
     A, "place", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Lesbos is the third-largest Greek island, after Crete and Euboea)
    ("Lesbos, the island of Sappho in the north-eastern Aegean, is the second-largest Greek island, and its capital is the port of Mytilene.",
     "Лесбос (около 1630 км²) — третий по величине остров Греции после Крита и Эвбеи; главный город — Митилини.",
     C, "rank", "geography", False),
    # FALSE: RU (Ibiza was inscribed on the World Heritage List in 1999)
    ("In 1999 UNESCO added Ibiza to its World Heritage List, citing the walled upper town of Dalt Vila and the island's Posidonia seagrass meadows.",
     "Ибица включена в список Всемирного наследия ЮНЕСКО в 2009 г. — за старый город Дальт-Вила и подводные луга посидонии у её берегов.",
     C, "year", "geography", True),
    # FALSE: RU (Bougainville belongs to Papua New Guinea)
    ("Bougainville, the largest island of the Solomon archipelago, belongs to Papua New Guinea, and in 2019 almost 98% of its voters backed independence in a referendum.",
     "Бугенвиль — самый большой остров Соломонова архипелага — входит в состав государства Соломоновы Острова; на референдуме 2019 г. за независимость высказались 97,7 % голосовавших.",
     C, "entity", "geography", False),
    ("Iriomote, the largest of the Yaeyama Islands, is the second-biggest island of Okinawa Prefecture after Okinawa Island itself and is mostly covered by jungle and mangroves.",
     "Остров Ириомоте площадью около 290 км² уступает в префектуре Окинава лишь самому острову Окинава; большая его часть покрыта субтропическим лесом.",
     A, "rank", "geography", True),
    ("Alderney, the northernmost of the inhabited Channel Islands, is part of the Bailiwick of Guernsey and has only about 2,000 inhabitants.",
     "Олдерни, третий по площади из Нормандских островов, входит в бейливик Гернси; в июне 1940 г. почти всё его население было эвакуировано.",
     A, "entity", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (the first British Dr. Martens boots were made by R. Griggs of Northamptonshire)
    ("The first British Dr. Martens boot, the eight-eyelet 1460, was made by the Clarks shoe company and went on sale on 1 April 1960.",
     "Первую британскую модель Dr. Martens — восьмилюверсные ботинки 1460 — выпустила 1 апреля 1960 г. нортгемптонширская обувная фирма R. Griggs.",
     C, "organisation", "economy", True),
    # FALSE: EN (Blancpain traces its origins to 1735)
    ("Blancpain, which calls itself the oldest watch brand in the world, traces its origins to a workshop set up by Jehan-Jacques Blancpain at Villeret in 1785.",
     "Часовая марка Blancpain ведёт свою историю с 1735 г., когда Жеан-Жак Бланпен открыл мастерскую в швейцарской деревне Вильре.",
     C, "year", "economy", False),
    ("Hubert de Givenchy opened his Paris fashion house in 1952, and the actress Audrey Hepburn later became its most famous client.",
     "Модный дом Givenchy Юбер де Живанши основал в Париже в 1952 году, а в 1995 г. кутюрье удалился от дел.",
     A, "year", "economy", True),
    ("The Godrej group began in 1897, when the lawyer Ardeshir Godrej started making locks in a small shed in Bombay.",
     "Основатель компании Ардешир Годредж начал выпускать замки в Бомбее в 1897 г.; позднее Godrej прославилась также мылом, сейфами и пишущими машинками.",
     A, "year", "economy", False),
    ("Doosan, usually described as South Korea's oldest company, grew out of a shop that Park Seung-jik opened near Seoul's Baeogae market in 1896.",
     "Корейский конгломерат Doosan, считающийся старейшей компанией страны, ведёт начало от лавки Пак Сын Джика, открытой в Сеуле в 1896 г.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (the first Paris-Dakar started on 26 December 1978)
    ("The first Paris–Dakar rally, the idea of the French motorcyclist Thierry Sabine, set off from Paris on 26 December 1978 and finished in Senegal in January 1979.",
     "Первое ралли «Париж — Дакар», придуманное мотогонщиком Тьерри Сабином, стартовало в Париже в конце 1960-х годов и финишировало в Сенегале.",
     C, "decade", "sport", False),
    # FALSE: RU (Fitzsimmons knocked out James J. Corbett)
    ("Bob Fitzsimmons took the world heavyweight title from James J. Corbett with a 14th-round knockout at Carson City, Nevada, on 17 March 1897.",
     "17.03.1897 в Карсон-Сити (Невада) Боб Фицсиммонс нокаутировал в 14-м раунде Джона Л. Салливана и стал чемпионом мира в тяжёлом весе.",
     C, "person", "sport", True),
    # FALSE: EN (the tournament ends at Bischofshofen)
    ("The Four Hills Tournament, ski jumping's New Year classic held in Germany and Austria, traditionally ends on Epiphany, 6 January, at Innsbruck.",
     "Турне четырёх трамплинов стартует в Оберстдорфе, продолжается в Гармиш-Партенкирхене и Инсбруке и завершается 6 января в Бишофсхофене.",
     C, "place", "sport", False),
    ("Ski jumping has been held at Holmenkollen, on the hills above Oslo, since 1892, and its ski festival remains one of Norway's great winter events.",
     "Соревнования на трамплине Холменколлен в Осло проводятся с 1892 года; здесь же прыгали с трамплина участники зимней Олимпиады 1952 г.",
     A, "year", "sport", True),
    ("The first Comrades Marathon was run on 24 May 1921 between Pietermaritzburg and Durban to honour South African soldiers who had died in the First World War.",
     "Сверхмарафон Comrades (около 90 км между Питермарицбургом и Дурбаном) впервые прошёл 24.05.1921 в память о южноафриканцах, погибших в Первой мировой войне.",
     A, "date", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (the hall is about 70 metres long)
    ("Completed in 1776, the library hall of Admont Abbey in Styria is some 170 metres long, the largest monastic library hall in the world.",
     "Библиотечный зал бенедиктинского аббатства Адмонт в Штирии, завершённый в 1776 г., имеет длину около 70 м и считается крупнейшим монастырским библиотечным залом мира.",
     C, "number", "culture", True),
    # FALSE: RU (the Golden Horse Awards were first presented in 1962)
    ("Taiwan's Golden Horse Awards, among the most prestigious prizes for Chinese-language cinema, were first presented in Taipei in 1962.",
     "Тайваньская кинопремия «Золотая лошадь», одна из главных наград китайскоязычного кино, впервые вручена в Тайбэе в 1972 году.",
     C, "year", "culture", False),
    ("Daily weather observations at the Klementinum, the former Jesuit college in Prague, have been recorded without a break since 1775.",
     "Метеонаблюдения в пражском Клементинуме, бывшей иезуитской коллегии, ведутся непрерывно с 1775 года — это один из самых длинных рядов в Европе.",
     A, "year", "culture", True),
    ("Founded in 1912 at Babelsberg near Potsdam, the studio is regarded as the oldest large-scale film studio in the world.",
     "Киностудия Бабельсберг под Потсдамом, основанная в 1912 г., считается старейшей из крупных киностудий мира.",
     A, "year", "culture", False),
    ("In 2014 UNESCO inscribed the making and meaning of Armenian lavash, a thin bread baked against the walls of a clay tonir oven, on its intangible heritage list.",
     "Армянский лаваш, который выпекают на стенках глиняной печи-тонира, внесён ЮНЕСКО в список нематериального культурного наследия в 2014 г.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Journey to the West dates from the 16th century)
    ("Journey to the West, attributed to Wu Cheng'en and written in the eighteenth century, follows the monk Xuanzang and the Monkey King Sun Wukong to India in 100 chapters.",
     "Роман «Путешествие на Запад», приписываемый У Чэнъэню, написан в XVI веке; в его ста главах монах Сюаньцзан вместе с Сунь Укуном идёт за сутрами в Индию.",
     C, "century", "literature", False),
    # FALSE: EN (the premiere was on 8 May 1956)
    ("John Osborne's Look Back in Anger, with Jimmy Porter raging at post-war Britain, opened at the Royal Court Theatre in London on 8 July 1956.",
     "Пьеса Джона Осборна «Оглянись во гневе» впервые сыграна 8 мая 1956 г. в лондонском театре «Ройал-Корт» силами Английской сценической компании.",
     C, "month", "literature", True),
    ("Julio Cortázar's Hopscotch, published in Buenos Aires in 1963, can be read as chapters 1–56 in order or by hopping through all 155 chapters following a 'table of instructions'.",
     "Роман Хулио Кортасара «Игра в классики» (1963) состоит из 155 глав; читать его можно подряд до 56-й главы или в порядке, указанном автором в «таблице».",
     A, "number", "literature", False),
    ("Manuel Puig's 1976 novel Kiss of the Spider Woman is told largely through the dialogue of two cellmates in an Argentine prison, Molina and Valentín.",
     "В романе аргентинца Мануэля Пуига «Поцелуй женщины-паука» (1976) почти всё действие — разговоры двух сокамерников, Молины и Валентина, в тюрьме Буэнос-Айреса.",
     A, "person", "literature", True),
    ("John O'Hara's first novel, Appointment in Samarra (1934), follows the self-destruction of Julian English in the Pennsylvania town of Gibbsville over three days.",
     "Первый роман Джона О’Хары «Свидание в Самарре» вышел в 1934 году; его герой Джулиан Инглиш губит себя за несколько рождественских дней.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Jolene was written and sung by Dolly Parton)
    ("Jolene, written and sung by Loretta Lynn, was released as a single in 1973 and reached number one on the US country chart early in 1974.",
     "Песня «Jolene», которую Долли Партон написала и исполнила сама, вышла синглом в 1973 г. и в 1974-м возглавила американский кантри-чарт.",
     C, "person", "music", True),
    # FALSE: RU (Light My Fire did top the Billboard Hot 100, in July 1967)
    ("The Doors' Light My Fire, written mostly by guitarist Robby Krieger, topped the Billboard Hot 100 in July 1967.",
     "Песня The Doors «Light My Fire», основную часть которой сочинил гитарист Робби Кригер, летом 1967 г. так и не поднялась на вершину Billboard Hot 100.",
     C, "polarity", "music", False),
    # FALSE: EN (Hounds of Love reached number one in the UK)
    ("Kate Bush's album Hounds of Love, released in September 1985, never reached number one on the UK Albums Chart.",
     "Альбом Кейт Буш «Hounds of Love» (сентябрь 1985 г.) с синглом «Running Up That Hill» возглавил британский альбомный чарт.",
     C, "polarity", "music", True),
    ("Green Onions, the organ-led instrumental that Booker T. & the M.G.'s cut at the Stax studio in Memphis, came out in 1962, when Booker T. Jones was seventeen.",
     "Инструментальная пьеса «Green Onions» мемфисской группы Booker T. & the M.G.’s вышла в 1962 году и поднялась на третье место в Billboard Hot 100.",
     A, "year", "music", False),
    ("Van Morrison recorded Astral Weeks with jazz musicians in New York in a few sessions in the autumn of 1968, and it was released that November.",
     "Второй сольный альбом Вана Моррисона «Astral Weeks» записан в Нью-Йорке осенью 1968 г. с джазовыми музыкантами, в том числе контрабасистом Ричардом Дэвисом.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (Canova died in Venice)
    ("Antonio Canova, born at Possagno in 1757, died in Venice in October 1822; his heart is kept in a monument in the Frari church there.",
     "Антонио Канова, уроженец Поссаньо (1757), скончался в октябре 1822 года в Риме, где провёл большую часть жизни.",
     C, "place", "art", False),
    # FALSE: EN (the picture was painted in 1888)
    ("Although titled Christ's Entry into Brussels in 1889, James Ensor's vast canvas was actually painted in the 1870s, while he was still a student.",
     "Огромное полотно Джеймса Энсора «Вход Христа в Брюссель в 1889 году» было написано в 1888 г., за год до даты, стоящей в названии.",
     C, "decade", "art", True),
    ("Jean-Baptiste Carpeaux's group The Dance, unveiled on the façade of the Paris Opera in 1869, shocked critics; the original is now in the Musée d'Orsay.",
     "Скульптурная группа Карпо «Танец» (1869) для фасада парижской Оперы ныне хранится в музее Орсе, а на здании установлена копия.",
     A, "year", "art", False),
    ("Anne-Louis Girodet, a pupil of Jacques-Louis David, painted The Sleep of Endymion in Rome in 1791; the picture now hangs in the Louvre.",
     "Ученик Давида Анн-Луи Жироде-Триозон написал «Сон Эндимиона» в 1791 году в Риме; картина хранится в Лувре.",
     A, "year", "art", True),
    ("Jean Goujon carved the reliefs of the Fountain of the Innocents in Paris around 1547–1550, with Pierre Lescot as architect.",
     "Рельефы фонтана Невинных в Париже (ок. 1549 г.) выполнил скульптор Жан Гужон по проекту архитектора Пьера Леско.",
     A, "person", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (Akayesu was convicted of genocide)
    ("On 2 September 1998 the Rwanda tribunal convicted Jean-Paul Akayesu, former mayor of Taba, of genocide, the first such verdict by an international court.",
     "2 сентября 1998 г. Международный трибунал по Руанде оправдал бывшего бургомистра коммуны Таба Жан-Поля Акайесу по обвинению в геноциде.",
     C, "opposite", "law", True),
    # FALSE: EN (Lubanga was sentenced to 14 years)
    ("In July 2012 the International Criminal Court sentenced the Congolese militia leader Thomas Lubanga to 24 years in prison for recruiting child soldiers.",
     "Томас Лубанга, признанный МУС виновным в вербовке детей-солдат в Итури, в июле 2012 г. приговорён к 14 годам заключения.",
     C, "duration", "law", False),
    ("The Goseibai Shikimoku, the Kamakura shogunate's code of 1232 compiled under the regent Hōjō Yasutoki, contained 51 articles.",
     "Свод «Госэйбай сикимоку» из 51 статьи был принят в 1232 г. камакурским сёгунатом по инициативе регента Ходзё Ясутоки.",
     A, "number", "law", True),
    ("The Enabling Act, which let Hitler's cabinet issue laws without the Reichstag, was passed on 23 March 1933 by 444 votes to 94.",
     "Закон о чрезвычайных полномочиях германский рейхстаг принял 23.03.1933; против проголосовали лишь 94 социал-демократа.",
     A, "date", "law", False),
    ("Israel's Law of Return, passed by the Knesset on 5 July 1950, grants every Jew the right to settle in the country.",
     "Закон о возвращении, принятый в 1950 г., дал каждому еврею право переселиться в Израиль; в 1970 г. его распространили на внуков евреев.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the BelAZ-75710 is built in Zhodzina, Belarus)
    ("The BelAZ-75710, a dump truck with a 450-tonne payload unveiled in 2013, is built at a plant in the Ukrainian city of Kremenchuk.",
     "Самосвал БелАЗ-75710 грузоподъёмностью 450 т, представленный в 2013 г., выпускается на заводе в белорусском городе Жодино.",
     C, "place", "technology", False),
    # FALSE: RU (EBR-I first produced electricity on 20 December 1951)
    ("On 20 December 1951 the Experimental Breeder Reactor I in Idaho generated usable electricity from nuclear fission for the first time, lighting four bulbs.",
     "Реактор EBR-I в Айдахо впервые в мире выработал электроэнергию за счёт деления ядер 2 ноября 1951 г., зажёгши четыре лампочки.",
     C, "date", "technology", True),
    ("The first Cray-1 supercomputer, with its distinctive C-shaped cabinet, was installed at the Los Alamos laboratory in 1976.",
     "Первый суперкомпьютер Cray-1 конструкции Сеймура Крэя был установлен в Лос-Аламосской лаборатории в 1976 г.",
     A, "year", "technology", False),
    ("The Jiaozhou Bay Bridge, which carries traffic across the bay from Qingdao to Huangdao, opened to traffic in June 2011.",
     "Мост через залив Цзяочжоу длиной более 26 км, соединивший Циндао с районом Хуандао, открыт 30.06.2011.",
     A, "month", "technology", True),
    ("Built by Krupp and finished in 1978, the bucket-wheel excavator Bagger 288 weighs about 13,500 tonnes.",
     "Роторный экскаватор Bagger 288 массой около 13,5 тыс. т, построенный в 1978 г., в 2001 г. своим ходом перебрался в карьер Гарцвайлер.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Kakhovka dam stood on the Dnieper)
    ("The Kakhovka dam on the Dniester was destroyed in the early hours of 6 June 2023, flooding dozens of towns and villages downstream.",
     "Плотина Каховской ГЭС на Днепре была разрушена ночью 6 июня 2023 г.; вода затопила десятки населённых пунктов ниже по течению.",
     C, "entity", "disasters", True),
    # FALSE: RU (the Amasra explosion killed 41 miners)
    ("A firedamp explosion at the state-run coal mine in Amasra, on Turkey's Black Sea coast, killed 41 miners on 14 October 2022.",
     "14.10.2022 взрыв метана на государственной угольной шахте в Амасре (черноморское побережье Турции) унёс жизни 14 горняков.",
     C, "number", "disasters", False),
    # FALSE: RU (Genthin is the deadliest rail accident in German history)
    ("The collision of two express trains at Genthin station on 22 December 1939, which killed 278 people, remains the deadliest rail accident in German history.",
     "Столкновение двух скорых поездов на станции Гентин 22.12.1939 (278 погибших) — лишь третья по числу жертв железнодорожная катастрофа в истории Германии.",
     C, "rank", "disasters", False),
    ("The explosion at the Darr Mine near Van Meter, Pennsylvania, on 19 December 1907 killed 239 miners.",
     "Взрыв на шахте Дарр в Пенсильвании 19.12.1907 унёс жизни 239 человек — это одна из самых тяжёлых аварий в угольной промышленности США.",
     A, "number", "disasters", False),
    ("On 6 July 1967 a passenger train hit a petrol tanker at a level crossing in Langenweddingen, near Magdeburg, killing 94 people, many of them children.",
     "Катастрофа в Лангенведдингене (ГДР) 6.07.1967: поезд врезался в бензовоз на переезде; погибли 94 человека, среди них много детей.",
     A, "date", "disasters", True),
]

RELATED = [
    ("The Canadian Corps under Sir Arthur Currie and the Australian Corps under Sir John Monash spearheaded the Allied attack at Amiens.",
     "Сражение под Амьеном положило начало Стодневному наступлению союзников, завершившемуся перемирием 11 ноября 1918 г.",
     "Amiens", True, "history"),
    ("The Gazala line ran south from the Mediterranean coast west of Tobruk to the desert outpost of Bir Hakeim.",
     "После победы у Газалы и взятия Тобрука Гитлер произвёл Роммеля в генерал-фельдмаршалы.",
     "Gazala", False, "history"),
    ("A petrified forest of fossilised tree trunks, protected as a natural monument, lies near Sigri in western Lesbos.",
     "Главный город Лесбоса — Митилини, порт на восточном побережье острова, обращённый к берегам Турции.",
     "Lesbos", True, "geography"),
    ("Since 2020 the Dakar Rally, despite its name, has been held in the deserts of Saudi Arabia.",
     "После отмены гонки 2008 г. из-за угрозы терактов в Мавритании ралли «Дакар» с 2009 г. проводилось в Южной Америке.",
     "Dakar Rally", False, "sport"),
    ("Gregory Rabassa's English translation of Hopscotch won the first National Book Award for translation in 1967.",
     "Первая часть «Игры в классики» происходит в Париже, а вторая — в Буэнос-Айресе, куда возвращается Оливейра.",
     "Hopscotch", True, "literature"),
    ("Dolly Parton has said that Jolene was inspired by a red-haired bank teller who flirted with her husband, Carl Dean.",
     "Песня дала название альбому Долли Партон «Jolene», вышедшему в 1974 году.",
     "Jolene", False, "music"),
    ("Canova's marble Three Graces was bought jointly by the Victoria and Albert Museum and the National Galleries of Scotland in 1994.",
     "Статую Паолины Боргезе в образе Венеры-победительницы Канова изваял в 1805–1808 гг.; она хранится в галерее Боргезе в Риме.",
     "Canova", True, "art"),
    ("A 1970 amendment extended the Law of Return to the children and grandchildren of Jews and to their spouses.",
     "Закон о возвращении был принят кнессетом летом 1950 года, через два с небольшим года после провозглашения Государства Израиль.",
     "Law of Return", False, "law"),
    ("The Kakhovka reservoir, created when the dam was completed in the 1950s, was one of the largest on the Dnieper.",
     "После разрушения плотины в июне 2023 г. Каховское водохранилище почти полностью опустело.",
     "Kakhovka dam", True, "disasters"),
    ("Admont Abbey in Styria, founded in 1074, is the oldest surviving monastery in the region.",
     "Семь куполов библиотечного зала аббатства Адмонт расписал фресками Бартоломео Альтомонте.",
     "Admont Abbey", False, "culture"),
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
    rsubj = [x[2] for x in RELATED]
    assert len(set(rsubj)) == len(rsubj), "related subject reused"
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout135.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout135.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
