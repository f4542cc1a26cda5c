#!/usr/bin/env python3
"""Build heldout161: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "EN" or "RU" for contradict rows and None for agree rows.
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
    # FALSE: RU (the battle of Kressenbrunn was fought on 12 July 1260)
    ("King Ottokar II of Bohemia routed Béla IV of Hungary at Kressenbrunn, near the Morava, on 12 July 1260 and so won the duchy of Styria.",
     "В августе 1260 г. при Кресенбрунне чешский король Пржемысл Оттокар II разбил войско венгерского короля Белы IV, после чего Штирия отошла к Чехии.",
     C, "month", "history", True, "RU"),
    # FALSE: EN (the army at the Guadalete was led by Tariq ibn Ziyad; Musa ibn Nusayr crossed only in 712)
    ("In the summer of 711 a Muslim army led by Musa ibn Nusayr crushed the Visigothic king Roderic near the Guadalete river, opening Iberia to conquest.",
     "Битва на реке Гвадалете (711 г.): берберо-арабское войско Тарика ибн Зияда разгромило вестготского короля Родриго, который погиб или бесследно исчез.",
     C, "person", "history", False, "EN"),
    # FALSE: RU (Dandanaqan lies near Merv, not Herat)
    ("On 23 May 1040 the Seljuk Turks under Tughril and Chaghri Beg routed Sultan Mas'ud I of Ghazni at Dandanaqan, near Merv.",
     "Победа сельджуков над газневидским султаном Масудом I при Данданакане (1040 г.), близ Герата, открыла им дорогу в Хорасан и Иран.",
     C, "place", "history", False, "RU"),
    ("Drafted at Brétigny, near Chartres, on 8 May 1360, the treaty saw Edward III drop his claim to the French crown in return for an enlarged Aquitaine.",
     "Мир в Бретиньи (08.05.1360) прервал Столетнюю войну: Эдуард III отказался от притязаний на французский престол, получив Аквитанию в полный суверенитет.",
     A, "date", "history", True, None),
    ("The Peace of Cateau-Cambrésis, signed in April 1559, brought the long Italian Wars between France and Habsburg Spain to an end.",
     "Като-Камбрезийский мир 1559 г. завершил Итальянские войны; Франция отказалась от притязаний на Италию, но сохранила за собой Кале.",
     A, "year", "history", False, None),
    # ---------------- science ----------------
    # FALSE: EN (Ardi is about 4.4 million years old; 3.2 million is the age of Lucy)
    ("The partial skeleton of Ardipithecus ramidus nicknamed Ardi, unveiled in 2009, comes from Ethiopia's Afar region and is about 3.2 million years old.",
     "Возраст скелета «Арди» (Ardipithecus ramidus), найденного в Эфиопии и описанного в журнале Science в 2009 г., — около 4,4 млн лет.",
     C, "number", "science", True, "EN"),
    # FALSE: RU (Lecoq de Boisbaudran separated dysprosium from holmium oxide, not yttrium oxide)
    ("Dysprosium was identified in Paris in 1886 by Paul-Émile Lecoq de Boisbaudran, who teased its oxide out of a sample of holmium oxide.",
     "Диспрозий открыл в 1886 г. француз Поль Эмиль Лекок де Буабодран, выделив его оксид из оксида иттрия; название элемента значит «труднодоступный».",
     C, "entity", "science", False, "RU"),
    # FALSE: EN (Kennewick Man was found on 28 July 1996)
    ("Kennewick Man, one of the oldest skeletons known from North America, was spotted by two young men wading in the shallows of the Columbia River in the early 1980s.",
     "Останки «кенневикского человека» возрастом около 9 тыс. лет обнаружили 28 июля 1996 г. на берегу реки Колумбия (штат Вашингтон).",
     C, "decade", "science", True, "EN"),
    ("The first fossils of Australopithecus sediba were found at Malapa, north-west of Johannesburg, in August 2008 by nine-year-old Matthew Berger.",
     "Первую кость вида Australopithecus sediba нашёл в 2008 г. в пещере Малапа (ЮАР) девятилетний Мэтью, сын палеоантрополога Ли Бергера.",
     A, "year", "science", True, None),
    ("Gosses Bluff, a ring of hills west of Alice Springs in the Northern Territory, is the eroded core of an impact crater roughly 142 million years old.",
     "Кратер Госсес-Блафф (на языке аранда — Тнорала) в Северной территории Австралии образовался при падении космического тела около 142 млн лет назад.",
     A, "number", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: RU (the Amgun is a left tributary of the Amur)
    ("The Amgun, some 720 kilometres long, drains the mountains of Khabarovsk Krai and joins the lower Amur as a left-bank tributary.",
     "Амгунь длиной 723 км — крупный правый приток Амура, протекающий по Хабаровскому краю.",
     C, "opposite", "geography", True, "RU"),
    # FALSE: EN (the Ialomita flows past Targoviste; Pitesti lies on the Arges)
    ("Rising in the Bucegi Mountains, the Ialomița runs for some 417 km across the Wallachian plain, past Pitești and Slobozia, to the Danube.",
     "Яломица (417 км) берёт начало в горах Бучеджи, протекает через Тырговиште и Слобозию и впадает в Дунай.",
     C, "place", "geography", False, "EN"),
    # FALSE: RU (Juist is about 17 km long)
    ("Juist, one of the East Frisian Islands off Lower Saxony, is about 17 kilometres long but in places only a few hundred metres wide.",
     "Остров Юйст из группы Восточно-Фризских островов вытянут почти на 35 км при ширине всего в несколько сотен метров.",
     C, "number", "geography", True, "RU"),
    ("The Cetina rises at the foot of the Dinara range near Vrlika and, after roughly 100 km, reaches the Adriatic at Omiš.",
     "Река Цетина (ок. 105 км) течёт по Далмации и впадает в Адриатическое море у города Омиш.",
     A, "number", "geography", False, None),
    ("The Kazym is a right-bank tributary of the Ob in the Khanty-Mansi Autonomous Okrug of western Siberia.",
     "На реке Казым, впадающей справа в Обь, стоит город Белоярский (ХМАО — Югра).",
     A, "entity", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: EN (Christofle dates from 1830)
    ("Christofle, the Paris silversmith famed for its table silver, was founded in 1850 when the jeweller Charles Christofle took over a family jewellery business.",
     "Парижский дом Christofle ведёт историю с 1830 г.; в 1935 г. он поставил столовое серебро для лайнера «Нормандия».",
     C, "year", "economy", False, "EN"),
    # FALSE: RU (the Reverso appeared in 1931)
    ("Jaeger-LeCoultre traces its roots to the workshop Antoine LeCoultre opened in Le Sentier in 1833; its swivel-cased Reverso appeared in 1931.",
     "Часовая мануфактура Jaeger-LeCoultre из долины Жу (основана в 1833 г.) выпустила модель Reverso с переворачивающимся корпусом в 1950-х годах.",
     C, "decade", "economy", True, "RU"),
    ("Isuzu took its present name in 1949, borrowing it from the Isuzu River, which flows past the Ise Grand Shrine.",
     "С 1949 г. японский автопроизводитель носит имя Isuzu — по названию реки Исудзу в префектуре Миэ.",
     A, "year", "economy", False, None),
    ("KONE, the Finnish lift and escalator maker, was founded in Helsinki in 1910.",
     "Финская компания KONE, один из крупнейших мировых производителей лифтов, основана в 1910 г. в Хельсинки.",
     A, "year", "economy", True, None),
    ("Erhard Junghans founded his clock factory in Schramberg, in the Black Forest, in 1861; by about 1900 it was the largest in the world.",
     "Часовая фирма Junghans появилась в 1861 г. в шварцвальдском Шрамберге; в начале XX в. она была крупнейшим производителем часов в мире.",
     A, "place", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: EN (Hamrin won the 1969 European Cup with AC Milan)
    ("Swedish winger Kurt Hamrin, a star of Fiorentina for nearly a decade, lifted the European Cup with Internazionale in 1969.",
     "Шведский нападающий Курт Хамрин, долго блиставший во «Фиорентине», в 1969 г. выиграл Кубок европейских чемпионов в составе «Милана».",
     C, "organisation", "sport", True, "EN"),
    # FALSE: RU (the Czech Republic won the 1998 final against Russia 1-0 and took gold)
    ("Ivan Hlinka coached the Czech Republic to Olympic gold at the 1998 Nagano Games, the first Olympic tournament open to NHL players.",
     "Под руководством Ивана Хлинки сборная Чехии на Олимпиаде в Нагано-98 дошла до финала, но уступила в нём и взяла серебро.",
     C, "rank", "sport", False, "RU"),
    # FALSE: EN (Cosic played college basketball at Brigham Young University)
    ("Before winning Olympic gold with Yugoslavia in Moscow in 1980, the centre Krešimir Ćosić played college basketball at UCLA.",
     "Крешимир Чосич, олимпийский чемпион 1980 г. в составе Югославии, в начале 1970-х выступал за команду Университета Бригама Янга (США).",
     C, "organisation", "sport", True, "EN"),
    ("Karch Kiraly is the only volleyball player with Olympic gold both indoors (1984, 1988) and on the sand (1996).",
     "На счету Карча Кирая три олимпийских золота: два в классическом волейболе и одно — в пляжном, завоёванное в Атланте-96.",
     A, "number", "sport", False, None),
    ("Horst Hrubesch scored both West German goals in the 2–1 defeat of Belgium in the Euro 1980 final in Rome.",
     "В финале чемпионата Европы 1980 г. (Рим, 22 июня) Хорст Хрубеш сделал дубль, и ФРГ обыграла Бельгию 2:1.",
     A, "number", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: EN (Diabolik first appeared in November 1962)
    ("Diabolik, the masked master thief created by the Milanese sisters Angela and Luciana Giussani, first appeared on news-stands in the 1970s.",
     "Первый выпуск комикса «Диаболик» сестёр Анджелы и Лучаны Джуссани вышел в Милане в ноябре 1962 г.",
     C, "decade", "culture", False, "EN"),
    # FALSE: RU (Candy Land was published by Milton Bradley)
    ("Candy Land was devised by Eleanor Abbott while she recovered from polio in San Diego, and Milton Bradley brought it out in 1949.",
     "Детскую настольную игру Candy Land, придуманную Элеанор Эббот в больнице для больных полиомиелитом, выпустила в 1949 г. фирма Parker Brothers.",
     C, "organisation", "culture", True, "RU"),
    ("Iznogoud, the grand vizier who longs to become caliph instead of the caliph, was created in 1962 by René Goscinny and Jean Tabary.",
     "Комикс об интригане-визире Изногуде придумали сценарист Рене Госинни и художник Жан Табари; первые выпуски печатались в журнале Record.",
     A, "person", "culture", True, None),
    ("Airfix was set up in London in 1939 by the Hungarian-born businessman Nicholas Kove, who began with inflatable rubber toys.",
     "Фирма Airfix, основанная в 1939 г. Николасом Кове, выпустила свой первый сборный пластиковый набор — трактор Ferguson — в 1949 г.",
     A, "year", "culture", False, None),
    ("The first issue of The Dandy, published by DC Thomson in Dundee, came out on 4 December 1937 with Desperate Dan already in its pages.",
     "Британский детский комикс The Dandy начал выходить 04.12.1937; героем первого же номера стал силач Отчаянный Дэн.",
     A, "date", "culture", True, None),
    # ---------------- literature ----------------
    ("In Lesage's Le Diable boiteux (1707) the demon Asmodeus lifts the roofs of Madrid to show a student what goes on inside the houses.",
     "Роман Алена Рене Лесажа «Хромой бес» вышел в 1707 г.: бес Асмодей, освобождённый студентом доном Клеофасом, приоткрывает ему крыши мадридских домов.",
     A, "year", "literature", False, None),
    # FALSE: RU (Clavigo is by Goethe, not Schiller)
    ("Goethe wrote his tragedy Clavigo in about a week in 1774, drawing on Beaumarchais's account of how his sister was jilted in Madrid.",
     "Трагедию «Клавиго» (1774) Фридрих Шиллер построил на эпизоде из мемуаров Бомарше о покинутой невесте — сестре автора.",
     C, "person", "literature", True, "RU"),
    # FALSE: EN (Don Alvaro premiered in 1835, i.e. in the 19th century)
    ("Don Álvaro o la fuerza del sino, a drama by the Duque de Rivas first staged in Madrid in the eighteenth century, later inspired a Verdi opera.",
     "Премьера драмы герцога де Риваса «Дон Альваро, или Сила судьбы» состоялась в Мадриде 22.03.1835 и стала триумфом испанского романтизма.",
     C, "century", "literature", False, "EN"),
    ("In Carlo Goldoni's La locandiera, first staged in Venice in 1753, the innkeeper Mirandolina wins over a nobleman who despises women.",
     "Героиня комедии Гольдони «Трактирщица» (1753) — хозяйка гостиницы Мирандолина, влюбляющая в себя женоненавистника кавалера Рипафратту.",
     A, "person", "literature", True, None),
    ("Ugo Foscolo's epistolary novel Le ultime lettere di Jacopo Ortis, published in 1802, is often called the Italian answer to Werther.",
     "Роман в письмах Уго Фосколо «Последние письма Якопо Ортиса» (1802) заканчивается самоубийством героя, разочарованного в любви и в судьбе Италии.",
     A, "year", "literature", False, None),
    # ---------------- music ----------------
    # FALSE: RU (I Lombardi premiered on 11 February 1843)
    ("Verdi's I Lombardi alla prima crociata, to a libretto by Temistocle Solera, was first performed at La Scala on 11 February 1843.",
     "Опера Верди «Ломбардцы в первом крестовом походе» на либретто Темистокле Солеры впервые прозвучала в «Ла Скала» 11 апреля 1843 г.",
     C, "month", "music", False, "RU"),
    # FALSE: EN (MTV launched on 1 August 1981)
    ("Video Killed the Radio Star by the Buggles was the first clip MTV played when the channel went on the air on 1 August 1983.",
     "Первым клипом, показанным MTV в ночь запуска канала 01.08.1981, стал «Video Killed the Radio Star» группы The Buggles.",
     C, "year", "music", True, "EN"),
    # FALSE: RU (Too Shy was co-produced by Nick Rhodes, with Colin Thurston)
    ("Kajagoogoo's debut single Too Shy, co-produced by Duran Duran's Nick Rhodes, topped the UK chart in February 1983.",
     "Сингл Kajagoogoo «Too Shy», спродюсированный Джоном Тейлором из Duran Duran, в начале 1983 г. занял первое место в Великобритании.",
     C, "person", "music", False, "RU"),
    ("Level 42's Lessons in Love climbed to number three in the UK singles chart in 1986.",
     "Песня «Lessons in Love» группы Level 42 с басистом и вокалистом Марком Кингом поднялась в 1986 г. до 3-го места британского чарта.",
     A, "rank", "music", False, None),
    ("Kool & the Gang grew out of a group of teenagers formed in Jersey City, New Jersey, in 1964 by the brothers Robert and Ronald Bell.",
     "Фанк-группа Kool & the Gang родом из Джерси-Сити; её хит «Celebration» в начале 1981 г. возглавил Billboard Hot 100.",
     A, "place", "music", True, None),
    # ---------------- art ----------------
    # FALSE: EN (the Benty Grange barrow is in Derbyshire)
    ("The Benty Grange helmet, a seventh-century Anglo-Saxon helmet crowned by a boar, was dug out of a barrow in Yorkshire by Thomas Bateman in 1848.",
     "Шлем из Бенти-Грейндж с фигуркой вепря на гребне (VII в.) раскопал в 1848 г. Томас Бейтман в кургане в Дербишире.",
     C, "place", "art", False, "EN"),
    # FALSE: RU (the Golden Madonna of Essen dates from about 980, i.e. the 10th century)
    ("The Golden Madonna of Essen, made around 980, is the oldest surviving fully sculpted figure of the Virgin north of the Alps.",
     "«Золотая Мадонна» из сокровищницы Эссенского собора, созданная в XII веке, — древнейшая сохранившаяся круглая скульптура Богоматери к северу от Альп.",
     C, "century", "art", True, "RU"),
    ("The Cross of Lothair in the Aachen Cathedral Treasury, made around 1000, has an ancient cameo of Augustus set at its centre.",
     "В центре креста Лотаря (ок. 1000 г., сокровищница Аахенского собора) помещена античная камея с портретом императора Августа.",
     A, "entity", "art", False, None),
    ("The Lorsch Gospels, made at Charlemagne's court around 810, are now divided between the Batthyaneum library in Alba Iulia and the Vatican.",
     "Лоршское Евангелие (IX в.) ныне разделено: одна половина рукописи хранится в Алба-Юлии (Румыния), другая — в Ватиканской библиотеке.",
     A, "place", "art", True, None),
    ("The Galloway Hoard of Viking-age treasure was unearthed in 2014 by the metal detectorist Derek McLennan in south-west Scotland.",
     "Клад Галлоуэй нашёл в сентябре 2014 г. любитель поиска с металлоискателем Дерек Макленнан на церковной земле в области Дамфрис-энд-Галлоуэй.",
     A, "person", "art", True, None),
    # ---------------- law ----------------
    # FALSE: RU (the Dictatus papae asserted that the pope may depose emperors)
    ("The Dictatus papae, 27 short propositions entered in Gregory VII's register in 1075, claimed among other things that the pope may depose emperors.",
     "«Диктат папы» (1075) — 27 тезисов из регистра Григория VII; в них, в частности, утверждалось, что папа не вправе низлагать императоров.",
     C, "polarity", "law", False, "RU"),
    # FALSE: EN (disestablishment took effect on 1 January 1871)
    ("Gladstone's Irish Church Act of 1869 disestablished the Church of Ireland with effect from 1 July 1871.",
     "Закон об Ирландской церкви 1869 г., проведённый правительством Гладстона, лишил Церковь Ирландии статуса государственной с 1 января 1871 г.",
     C, "month", "law", True, "EN"),
    ("Henry I issued his Charter of Liberties at his coronation in 1100, promising to end the abuses of his brother William Rufus.",
     "Хартия вольностей Генриха I (1100 г.), изданная при коронации, стала одним из прообразов Великой хартии вольностей 1215 г.",
     A, "year", "law", False, None),
    ("The Lex Villia annalis, carried by the tribune Lucius Villius in 180 BC, fixed minimum ages for holding Roman magistracies.",
     "Закон Виллия (lex Villia annalis) 180 г. до н. э. впервые установил в Риме минимальный возраст для занятия магистратур.",
     A, "year", "law", True, None),
    ("Steered through Parliament by Lord Ashley, the Lunacy Act of 1845 set up a permanent Lunacy Commission to inspect asylums in England and Wales.",
     "Принятый в 1845 г. по инициативе лорда Эшли (будущего графа Шефтсбери) закон о душевнобольных учредил постоянную комиссию по надзору за лечебницами.",
     A, "person", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: RU (Handley Page went into liquidation in 1970)
    ("Handley Page, founded in 1909 as Britain's first publicly listed aircraft maker, went into voluntary liquidation in 1970.",
     "Авиастроительная компания Handley Page, созданная Фредериком Хэндли Пейджем в 1909 г., прекратила существование в 1975 г.",
     C, "year", "technology", True, "RU"),
    # FALSE: EN (the Imp had a rear-mounted engine)
    ("The Hillman Imp, launched in 1963 and built at Linwood in Scotland, carried its light-alloy engine at the front.",
     "Малолитражка Hillman Imp (1963) собиралась на заводе в Линвуде под Пейсли; алюминиевый двигатель у неё стоял сзади.",
     C, "opposite", "technology", False, "EN"),
    ("The Lambretta scooter, first built by Innocenti in 1947, was named after Lambrate, the Milan district where its factory stood.",
     "Мотороллер Lambretta получил имя от миланского района Ламбрате, где находился завод компании Innocenti.",
     A, "place", "technology", True, None),
    ("Alan Kay described the Dynabook, a tablet-like personal computer for children, in a 1972 paper written at Xerox PARC.",
     "Концепцию «Дайнабука» — портативного компьютера для детей размером с книгу — предложил в 1972 г. Алан Кей.",
     A, "person", "technology", False, None),
    ("Smith-Corona built about 140,000 M-209 cipher machines, a design by the Swedish inventor Boris Hagelin, for the US forces in the Second World War.",
     "Портативную шифровальную машину M-209 конструкции Бориса Хагелина в годы войны выпустили для армии США в количестве около 140 тыс. штук.",
     A, "number", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: RU (the Grover shoe factory explosion killed 58 people)
    ("On 20 March 1905 a boiler exploded at the R. B. Grover shoe factory in Brockton, Massachusetts, killing 58 people.",
     "Взрыв котла на обувной фабрике Grover в Броктоне (штат Массачусетс) 20.03.1905 унёс жизни 158 человек.",
     C, "number", "disasters", False, "RU"),
    # FALSE: EN (the Hordorf collision happened on 29 January 2011)
    ("On 9 January 2011 a freight train ran a stop signal near Hordorf in Saxony-Anhalt and hit a passenger train head-on, killing ten people.",
     "Под Хордорфом (Саксония-Анхальт) вечером 29 января 2011 г. товарный поезд столкнулся с пассажирским; погибли 10 человек.",
     C, "date", "disasters", True, "EN"),
    # FALSE: EN (the Levant disaster was caused by the failure of the man engine, not a winding cage)
    ("On 20 October 1919 thirty-one men died at Levant Mine in Cornwall when the winding cage carrying them to the surface plunged down the shaft.",
     "20.10.1919 на руднике Левант в Корнуолле сломалась балка подъёмной машины (man engine), и погиб 31 шахтёр.",
     C, "entity", "disasters", False, "EN"),
    ("An avalanche struck Evolène in the Swiss canton of Valais on 21 February 1999, killing twelve people.",
     "Лавина, сошедшая 21.02.1999 на деревню Эволен (кантон Вале), погубила 12 человек.",
     A, "number", "disasters", True, None),
    ("At Lathen in Emsland, on 22 September 2006, a Transrapid maglev train ploughed into a maintenance vehicle at about 170 km/h, killing 23.",
     "Катастрофа Transrapid под Латеном 22 сентября 2006 г. стала первой смертельной аварией поезда на магнитной подвеске: погибли 23 человека.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("The Treaty of Brétigny fixed the ransom of the captive French king John II at three million gold écus.",
     "Условия мира в Бретиньи были окончательно утверждены в Кале в октябре 1360 г.",
     "Bretigny", True, "history"),
    ("In 2015 a genome study found Kennewick Man to be most closely related to present-day Native Americans.",
     "В феврале 2017 г. останки кенневикского человека были перезахоронены индейскими племенами в тайном месте.",
     "Kennewick Man", False, "science"),
    ("Ferries to Juist leave from Norddeich on the mainland, and their timetable shifts with the tides.",
     "На Юйсте запрещены автомобили: грузы по острову развозят на конных повозках.",
     "Juist", True, "geography"),
    ("In 1924 Harald Herlin bought control of KONE, and his family still holds most of the voting rights.",
     "Штаб-квартира KONE находится в Эспоо; компания выпускает лифты, эскалаторы и автоматические двери.",
     "Kone", False, "economy"),
    ("Ivan Hlinka died in August 2004 after a car crash near Karlovy Vary.",
     "В сезоне 2000/01 Иван Хлинка возглавлял клуб НХЛ «Питтсбург Пингвинз».",
     "Hlinka", True, "sport"),
    ("The Dandy's final print edition appeared in December 2012, 75 years after the first issue, before the title moved online.",
     "В июле 1938 г., вслед за The Dandy, издательство DC Thomson запустило комикс The Beano.",
     "Dandy", False, "culture"),
    ("Le Diable boiteux was adapted from El diablo cojuelo, a 1641 novel by the Spanish writer Luis Vélez de Guevara.",
     "Автор «Хромого беса» Ален Рене Лесаж родился в 1668 г. в бретонском городке Сарзо.",
     "Diable boiteux", True, "literature"),
    ("Trevor Horn and Geoff Downes of the Buggles joined the progressive rock band Yes in 1980.",
     "Песня The Buggles «Video Killed the Radio Star» осенью 1979 г. возглавила британский хит-парад синглов.",
     "Buggles", False, "music"),
    ("National Museums Scotland acquired the Galloway Hoard in 2017 for almost £2 million.",
     "Клад Галлоуэй был зарыт в эпоху викингов, около 900 г. н. э.",
     "Galloway Hoard", True, "art"),
    ("The underground workings of Levant Mine near Pendeen ran far out beneath the bed of the Atlantic.",
     "Рудник Левант входит в объект всемирного наследия ЮНЕСКО «Горнопромышленный ландшафт Корнуолла и Западного Девона».",
     "Levant Mine", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
THREE_C = {"history", "science", "geography", "sport", "music", "disasters"}


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
            assert false_side in ("EN", "RU"), en
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    fs = count(false_sides)
    assert fs == {"EN": 15, "RU": 15}, fs
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in THREE_C else 2), (d, nc)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout161.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout161.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false sides:", fs)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
