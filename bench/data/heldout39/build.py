#!/usr/bin/env python3
"""Build the heldout39 bilingual (English/Russian) evaluation set.

Stdlib only. Writes comparable_heldout39.jsonl and related_heldout39.jsonl
into the directory that holds this script.

Every row is written here as (english, russian); the field order (which
language goes into field "a") is fixed by the FIRST column below.
For contradictions, the comment names the side that carries the FALSE value.
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (label, slot, domain, first, english, russian)
COMPARABLE = [
    # ------------------------------------------------------------------ agree
    ("agree", "date", "history", "en",
     "The Battle of Inkerman, fought in thick fog on 5 November 1854, ended with British and French troops repelling a major Russian attack.",
     "24 октября (5 ноября по новому стилю) 1854 г. под Инкерманом атака русских войск на позиции британцев и французов окончилась неудачей."),
    ("agree", "person", "history", "ru",
     "On 4 July 1187 Saladin annihilated the crusader army of the Kingdom of Jerusalem at the Horns of Hattin, west of Lake Tiberias.",
     "В битве при Хаттине летом 1187 г. войско Салах ад-Дина разгромило крестоносцев, а иерусалимский король Ги де Лузиньян попал в плен."),
    ("agree", "date", "history", "en",
     "In the Battle of the Golden Spurs near Courtrai, Flemish militia fighting on foot defeated the French knights on 11 July 1302.",
     "Фламандское городское ополчение наголову разбило французскую рыцарскую конницу при Куртре в июле 1302 года — это сражение называют битвой золотых шпор."),
    ("agree", "year", "history", "ru",
     "Meeting at Milan in 313, the emperors Constantine and Licinius agreed to grant Christians and all others freedom of worship.",
     "Миланский эдикт, согласованный Константином и Лицинием в 313 г., провозгласил свободу вероисповедания, в том числе для христиан."),
    ("agree", "year", "science", "en",
     "Hippolyte Fizeau made the first terrestrial measurement of the speed of light in 1849, using a rotating toothed wheel and a distant mirror.",
     "В опыте Физо 1849 года луч проходил между зубцами вращающегося колеса, и скорость света впервые измерили без астрономических наблюдений."),
    ("agree", "person", "science", "ru",
     "Kenneth Appel and Wolfgang Haken of the University of Illinois announced a computer-assisted proof of the four colour theorem in 1976.",
     "Теорему о четырёх красках в 1976 г. доказали Аппель и Хакен, переложив огромный перебор случаев на компьютер."),
    ("agree", "entity", "science", "en",
     "Beriberi results from a lack of thiamine, or vitamin B1, and was widespread where polished white rice was the main food.",
     "Причина бери-бери — недостаток в пище тиамина (витамина B1); болезнь была распространена там, где питались в основном шлифованным рисом."),
    ("agree", "place", "geography", "ru",
     "Cape Agulhas in the Western Cape province of South Africa is the southernmost point of the African continent.",
     "Самая южная точка Африки — мыс Игольный (Агульяс) в ЮАР; здесь проводят условную границу между Атлантическим и Индийским океанами."),
    ("agree", "rank", "geography", "en",
     "Lake Hévíz, a few kilometres from the western end of Lake Balaton, is the largest thermal lake in Europe in which people can bathe.",
     "Крупнейшее в Европе термальное озеро, пригодное для купания, — Хевиз на западе Венгрии; вода в нём остаётся тёплой даже зимой."),
    ("agree", "month", "economy", "ru",
     "In October 2008 Iceland's financial regulator took control of Kaupthing, the country's biggest bank, as the banking system collapsed.",
     "Крупнейший исландский банк «Кауптинг» перешёл под управление государственного финансового надзора 9 октября 2008 г."),
    ("agree", "money", "economy", "en",
     "During the January 2021 short squeeze driven by Reddit users, GameStop shares touched an intraday high of $483 on 28 January.",
     "28 января 2021 года акции GameStop внутри торгового дня подорожали до 483 долл. — это был пик ажиотажа, разогнанного пользователями форума Reddit."),
    ("agree", "place", "sport", "ru",
     "Greg Louganis hit his head on the springboard in the preliminaries at the 1988 Seoul Olympics but still won gold on both springboard and platform.",
     "На Олимпиаде в Сеуле Грег Луганис, ударившийся головой о трамплин в квалификации, стал двукратным чемпионом — в прыжках с трамплина и с вышки."),
    ("agree", "organisation", "sport", "en",
     "Fernando Alonso won back-to-back Formula One drivers' championships in 2005 and 2006 with the Renault team.",
     "Выступая за «Рено», Фернандо Алонсо становился чемпионом мира «Формулы-1» два сезона подряд — в 2005 и 2006 гг."),
    ("agree", "year", "culture", "ru",
     "The recreated Amber Room in the Catherine Palace at Tsarskoye Selo was unveiled in 2003, as St Petersburg marked its 300th anniversary.",
     "Воссозданную Янтарную комнату Екатерининского дворца открыли в мае 2003 г., к 300-летию Петербурга."),
    ("agree", "year", "literature", "en",
     "Andrei Bely's novel Petersburg, set in the revolutionary year 1905, first appeared in instalments in the almanac Sirin in 1913–1914.",
     "Роман «Петербург» Андрея Белого (настоящее имя — Борис Бугаев) впервые печатался в альманахе «Сирин» в 1913–1914 годах."),
    ("agree", "year", "literature", "ru",
     "The Icelandic novelist Halldór Laxness, author of Independent People, was awarded the Nobel Prize in Literature in 1955.",
     "В 1955 году Нобелевскую премию по литературе получил исландский писатель Халлдор Лакснесс."),
    ("agree", "number", "literature", "en",
     "Published in Lisbon in 1572, Luís de Camões's epic The Lusiads tells of Vasco da Gama's voyage to India in ten cantos.",
     "«Лузиады» Камоэнса — эпическая поэма из десяти песен о плавании Васко да Гамы в Индию."),
    ("agree", "year", "literature", "ru",
     "Jack Kerouac's On the Road was published by Viking Press in September 1957, six years after he typed a draft on a long scroll.",
     "Роман Джека Керуака «В дороге» увидел свет в 1957 году в нью-йоркском издательстве «Вайкинг»."),
    ("agree", "date", "music", "en",
     "On 16 January 1938 Benny Goodman and his orchestra gave a landmark swing concert at New York's Carnegie Hall.",
     "Легендарный концерт оркестра Бенни Гудмена в нью-йоркском Карнеги-холле прошёл в январе 1938 г."),
    ("agree", "place", "music", "ru",
     "Deep Purple's song Smoke on the Water recalls the December 1971 fire that burned down the casino at Montreux during a Frank Zappa concert.",
     "Сюжет песни «Smoke on the Water» группы Deep Purple — пожар в казино швейцарского Монтрё во время концерта Фрэнка Заппы в 1971 году."),
    ("agree", "year", "art", "en",
     "The Ghent Altarpiece, begun by Hubert van Eyck and finished by his brother Jan, was installed in what is now St Bavo's Cathedral in 1432.",
     "Гентский алтарь братьев ван Эйк был завершён и установлен в Генте, в нынешнем соборе Святого Бавона, в мае 1432 года."),
    ("agree", "place", "art", "ru",
     "Las Meninas, painted by Diego Velázquez in 1656, is kept at the Prado Museum in Madrid.",
     "Знаменитое полотно Веласкеса «Менины», написанное в 1656 году, хранится в мадридском музее Прадо."),
    ("agree", "year", "art", "en",
     "In 1880 Arkhip Kuindzhi showed Moonlit Night on the Dnieper as a one-painting exhibition in a darkened hall in St Petersburg.",
     "«Лунную ночь на Днепре» Куинджи в 1880 году выставил отдельно, в затемнённом зале, и к картине выстраивались очереди."),
    ("agree", "organisation", "law", "ru",
     "Donoghue v Stevenson, the 1932 House of Lords case about a snail in a bottle of ginger beer, laid the foundation of the modern law of negligence.",
     "Палата лордов в 1932 г. по делу «Донохью против Стивенсона» (улитка в бутылке имбирного пива) сформулировала общий принцип ответственности за небрежность."),
    ("agree", "year", "law", "en",
     "Hadley v Baxendale, decided by the Court of Exchequer in 1854, established that only foreseeable losses can be recovered for breach of contract.",
     "Решение по делу «Хэдли против Бэксендейла» (1854) ограничило возмещение убытков при нарушении договора теми потерями, которые стороны могли предвидеть."),
    ("agree", "month", "technology", "ru",
     "IBM launched its Personal Computer, the model 5150 built around an Intel 8088 processor, on 12 August 1981.",
     "Персональный компьютер IBM 5150 представили в августе 1981 года; базовая конфигурация стоила 1565 долларов."),
    ("agree", "number", "disasters", "en",
     "Sixty people, many of them children, were killed when fire swept through the Winter Cherry shopping centre in Kemerovo in March 2018.",
     "Пожар в кемеровском торгово-развлекательном центре «Зимняя вишня» 25 марта 2018 г. унёс жизни 60 человек."),
    ("agree", "date", "disasters", "ru",
     "The earthquake that struck Ashgabat in the early hours of 6 October 1948 destroyed most of the Turkmen capital.",
     "Землетрясение в ночь на 6 октября 1948 г. почти полностью разрушило Ашхабад, столицу Туркменской ССР."),
    ("agree", "number", "disasters", "en",
     "Thirty-nine people died in a crush, as a wall gave way, at Brussels' Heysel Stadium before the 1985 European Cup final between Liverpool and Juventus.",
     "Перед финалом Кубка европейских чемпионов 1985 года «Ливерпуль» — «Ювентус» на брюссельском стадионе «Эйзель» погибли 39 человек."),
    ("agree", "date", "disasters", "ru",
     "On 15 January 1919 a huge storage tank burst in Boston's North End, and a wave of molasses killed 21 people.",
     "Патоковый потоп в Бостоне случился в январе 1919 г.: лопнул огромный резервуар, и волна патоки унесла 21 жизнь."),

    # ------------------------------------------------------------- contradict
    # false side: ru (1631)
    ("contradict", "year", "history", "en",
     "Gustavus Adolphus, King of Sweden, was killed at the Battle of Lützen in November 1632, though his army held the field.",
     "Шведский король Густав II Адольф погиб 16 ноября 1631 г. в битве при Лютцене, но его войско удержало поле боя."),
    # false side: ru (Bolívar)
    ("contradict", "person", "history", "ru",
     "On 9 December 1824 patriot forces under Antonio José de Sucre defeated the last major royalist army in Peru at Ayacucho.",
     "В битве при Аякучо в декабре 1824 года армия патриотов под командованием Симона Боливара разгромила последнюю крупную роялистскую армию в Перу."),
    # false side: en (Henry's army won)
    ("contradict", "opposite", "history", "en",
     "At Legnica in April 1241, the army of Duke Henry II the Pious of Silesia defeated the invading Mongols.",
     "9 апреля 1241 г. под Легницей монголы разгромили войско силезского князя Генриха II Благочестивого, который пал в бою."),
    # false side: ru (four months)
    ("contradict", "duration", "history", "ru",
     "The Kapp Putsch of March 1920 collapsed after only four days, brought down largely by a general strike.",
     "Капповский путч, начавшийся в марте 1920 года, продержался около четырёх месяцев, пока его не сломила всеобщая забастовка."),
    # false side: ru (Lagrange)
    ("contradict", "person", "science", "en",
     "Christian Goldbach put forward his conjecture on writing numbers as sums of primes in a 1742 letter to Leonhard Euler.",
     "Гипотезу о разложении чисел в сумму простых Кристиан Гольдбах высказал в 1742 г. в письме Жозефу Луи Лагранжу."),
    # false side: en (chloroform)
    ("contradict", "entity", "science", "ru",
     "In March 1842 the Georgia doctor Crawford Long removed a tumour from a patient's neck after putting him to sleep with chloroform.",
     "30 марта 1842 г. врач из Джорджии Кроуфорд Лонг удалил пациенту опухоль на шее под эфирным наркозом."),
    # false side: ru (St Helena)
    ("contradict", "place", "science", "en",
     "Arthur Eddington observed the total solar eclipse of 29 May 1919 from the island of Príncipe to test Einstein's prediction that gravity bends light.",
     "Полное солнечное затмение 29 мая 1919 года Артур Эддингтон наблюдал на острове Святой Елены, проверяя предсказанное Эйнштейном отклонение света."),
    # false side: en (1,280 m)
    ("contradict", "number", "geography", "ru",
     "Beerenberg, the ice-capped volcano on the Norwegian island of Jan Mayen, rises to about 1,280 metres above sea level.",
     "Вулкан Беренберг, занимающий северо-восточную часть норвежского острова Ян-Майен, достигает высоты 2277 м."),
    # false side: ru (1000 pesos)
    ("contradict", "money", "economy", "en",
     "In December 2001 Argentina's economy minister Domingo Cavallo restricted cash withdrawals from bank accounts to 250 pesos a week.",
     "В декабре 2001 г. министр экономики Аргентины Доминго Кавальо ограничил снятие наличных со счетов суммой 1000 песо в неделю; эту меру прозвали «корралито»."),
    # false side: en (Frankfurt)
    ("contradict", "place", "economy", "ru",
     "German regulators shut down the Frankfurt-based Bankhaus Herstatt on 26 June 1974, leaving its New York counterparties unpaid on currency trades.",
     "Немецкие власти закрыли кёльнский банк «Херштатт» 26 июня 1974 г., и его контрагенты в Нью-Йорке не получили долларов по валютным сделкам."),
    # false side: ru (second place)
    ("contradict", "rank", "sport", "en",
     "Eusébio was the top scorer of the 1966 World Cup in England with nine goals, as Portugal finished third.",
     "Эйсебио с девятью голами стал лучшим бомбардиром чемпионата мира 1966 года, а Португалия заняла на турнире второе место."),
    # false side: en (not awarded)
    ("contradict", "polarity", "sport", "ru",
     "Jochen Rindt, killed in practice at Monza in September 1970, was not awarded the Formula One world title after his death.",
     "Йохен Риндт, разбившийся на тренировке в Монце в сентябре 1970 г., — единственный чемпион мира «Формулы-1», получивший титул посмертно."),
    # false side: ru (six golds)
    ("contradict", "number", "sport", "en",
     "Finland's Lasse Virén won four Olympic gold medals, completing the 5,000 and 10,000 metres double at both Munich 1972 and Montreal 1976.",
     "Финский стайер Лассе Вирен стал шестикратным олимпийским чемпионом, выступая на Играх в Мюнхене и Монреале."),
    # false side: en (Barrault)
    ("contradict", "person", "culture", "ru",
     "The Avignon Festival was founded in 1947 by the director Jean-Louis Barrault, with plays staged in the main courtyard of the Palace of the Popes.",
     "Авиньонский фестиваль основал в 1947 году актёр и режиссёр Жан Вилар; главная площадка — парадный двор Папского дворца."),
    # false side: ru (late 1990s)
    ("contradict", "decade", "culture", "en",
     "The Hay Festival of literature was first held in 1988 in the small Welsh book town of Hay-on-Wye.",
     "Литературный фестиваль в валлийском «книжном городке» Хей-он-Уай впервые прошёл в конце 1990-х годов."),
    # false side: en (Königsberg)
    ("contradict", "place", "literature", "ru",
     "Oskar Matzerath, the narrator of Günter Grass's 1959 novel The Tin Drum, tells of a childhood spent in Königsberg.",
     "Герой «Жестяного барабана» Гюнтера Грасса (1959) Оскар Мацерат рассказывает о детстве, проведённом в Данциге."),
    # false side: ru (XV century)
    ("contradict", "century", "literature", "en",
     "Ludovico Ariosto published the first edition of his epic Orlando Furioso in Ferrara in 1516.",
     "Первое издание поэмы Лудовико Ариосто «Неистовый Роланд» вышло в Ферраре в конце XV века."),
    # false side: en (1971)
    ("contradict", "year", "literature", "ru",
     "Joseph Heller's Catch-22, about the bombardier Yossarian stationed on the Mediterranean island of Pianosa, came out in 1971.",
     "Роман Джозефа Хеллера «Уловка-22» о бомбардире Йоссариане, служащем на средиземноморском острове Пьяноза, вышел в 1961 году."),
    # false side: ru (Kenya)
    ("contradict", "place", "literature", "en",
     "Abdulrazak Gurnah, a novelist born in Zanzibar who made his home in Britain, won the 2021 Nobel Prize in Literature.",
     "Лауреатом Нобелевской премии по литературе 2021 года стал уроженец Кении Абдулразак Гурна, живущий в Великобритании."),
    # false side: en (March)
    ("contradict", "month", "music", "ru",
     "Donizetti's Lucia di Lammermoor, based on a Walter Scott novel, premiered at the Teatro San Carlo in Naples in March 1835.",
     "Опера Доницетти «Лючия ди Ламмермур» по роману Вальтера Скотта впервые прозвучала в неаполитанском театре Сан-Карло 26 сентября 1835 г."),
    # false side: ru (Brubeck himself)
    ("contradict", "person", "music", "en",
     "Take Five, the 5/4 hit from the Dave Brubeck Quartet's 1959 album Time Out, was composed by the saxophonist Paul Desmond.",
     "Пьесу «Take Five» в размере 5/4 для альбома квартета «Тайм-аут» (1959) сочинил сам пианист Дэйв Брубек."),
    # false side: en (1982)
    ("contradict", "year", "music", "ru",
     "The rock band Akvarium was formed in Leningrad in 1982 by Boris Grebenshchikov and Anatoly Gunitsky.",
     "Группу «Аквариум» основали в Ленинграде в 1972 году Борис Гребенщиков и Анатолий Гуницкий."),
    # false side: ru (Dürer)
    ("contradict", "person", "art", "en",
     "The Isenheim Altarpiece, painted by Matthias Grünewald between about 1512 and 1516, is displayed at the Unterlinden Museum in Colmar.",
     "Изенгеймский алтарь, написанный Альбрехтом Дюрером около 1512–1516 гг., хранится в музее Унтерлинден в Кольмаре."),
    # false side: en (third exhibition)
    ("contradict", "rank", "art", "ru",
     "Alexei Savrasov's landscape The Rooks Have Come Back was first shown to the public at the third Peredvizhniki exhibition.",
     "Картина Алексея Саврасова «Грачи прилетели» была показана на первой выставке передвижников в 1871 г."),
    # false side: ru (1 January)
    ("contradict", "date", "law", "en",
     "Under the Acts of Union, England and Scotland were united as the single Kingdom of Great Britain on 1 May 1707.",
     "Согласно Акту об унии, Англия и Шотландия объединились в Королевство Великобритания 1 января 1707 г."),
    # false side: en (£500)
    ("contradict", "money", "law", "ru",
     "In the Carlill case, the Carbolic Smoke Ball Company had promised £500 to anyone who caught influenza after using its smoke ball as directed.",
     "В деле Карлилл компания «Карболик смоук болл» обещала 100 фунтов каждому, кто заболеет гриппом, пользуясь её ингалятором по инструкции."),
    # false side: ru (upheld)
    ("contradict", "opposite", "law", "en",
     "In Lochner v New York (1905), the Supreme Court struck down a state law limiting bakers to ten hours of work a day.",
     "В деле «Лохнер против штата Нью-Йорк» (1905) Верховный суд США оставил в силе закон, ограничивавший рабочий день пекарей десятью часами."),
    # false side: en (megawatts)
    ("contradict", "scale", "technology", "ru",
     "Hornsea One, off the Yorkshire coast, has a capacity of about 1.2 megawatts and was the largest offshore wind farm in the world when completed.",
     "Морская ветроэлектростанция Хорнси-1 у побережья Йоркшира мощностью около 1,2 ГВт на момент завершения была крупнейшей в мире."),
    # false side: ru (Microsoft)
    ("contradict", "organisation", "technology", "en",
     "Brendan Eich created the first version of JavaScript at Netscape in 1995, reportedly in about ten days.",
     "Первую версию языка JavaScript Брендан Эйх создал в 1995 году в компании Microsoft, по его словам, примерно за десять дней."),
    # false side: en (128)
    ("contradict", "number", "disasters", "ru",
     "All 128 people on board died when Air France Flight 447 from Rio de Janeiro to Paris crashed into the Atlantic on 1 June 2009.",
     "Все 228 человек на борту погибли, когда 1 июня 2009 г. самолёт рейса AF447 из Рио-де-Жанейро в Париж упал в Атлантический океан."),
]

# (domain, first, english, russian) -- same subject, two different true facts
RELATED = [
    ("literature", "en",
     "Günter Grass, whose novel The Tin Drum made him famous, received the Nobel Prize in Literature in 1999.",
     "Свой первый роман, «Жестяной барабан», Гюнтер Грасс выпустил в 1959 году, живя тогда в Париже."),
    ("literature", "ru",
     "Jack Kerouac's On the Road appeared in 1957 and became a defining book of the Beat Generation.",
     "Джек Керуак родился 12 марта 1922 года в Лоуэлле, штат Массачусетс, в семье франко-канадских иммигрантов."),
    ("literature", "en",
     "Halldór Laxness became the first Icelandic writer to receive the Nobel Prize in Literature, in 1955.",
     "Роман Халлдора Лакснесса «Самостоятельные люди» о бедном исландском хуторянине выходил в 1934–1935 годах."),
    ("sport", "ru",
     "Fernando Alonso took his first Formula One world title in 2005, driving for Renault.",
     "Фернандо Алонсо родился в 1981 году в испанском Овьедо, столице Астурии."),
    ("art", "en",
     "Diego Velázquez, court painter to King Philip IV of Spain, died in Madrid in August 1660.",
     "Картину «Менины» Веласкес написал в 1656 году; на ней изображены инфанта Маргарита и её свита."),
    ("sport", "ru",
     "Eusébio scored nine goals at the 1966 World Cup in England, more than any other player at the tournament.",
     "В 1965 году Эйсебио, нападающий лиссабонской «Бенфики», получил «Золотой мяч» как лучший футболист Европы."),
    ("music", "en",
     "Deep Purple was formed in Hertford, England, in 1968 and became one of the pioneers of hard rock.",
     "Альбом Machine Head с песней «Smoke on the Water» группа записывала в швейцарском Монтрё в декабре 1971 года."),
    ("law", "ru",
     "The ginger beer at the centre of Donoghue v Stevenson was drunk in August 1928 at a café in Paisley, near Glasgow.",
     "В деле «Донохью против Стивенсона» лорд Аткин сформулировал знаменитый «принцип соседа» в деликтном праве."),
    ("culture", "en",
     "The Amber Room was a gift from the Prussian king Frederick William I to Peter the Great in 1716.",
     "В 1941 году немецкие войска вывезли Янтарную комнату из Царского Села в Кёнигсберг."),
    ("disasters", "ru",
     "Air France Flight 447, an Airbus A330 flying from Rio de Janeiro to Paris, crashed into the Atlantic in June 2009.",
     "Бортовые самописцы рейса AF447 подняли со дна Атлантического океана лишь в мае 2011 года."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    assert c != l, s
    return "ru" if c > l else "en"


def make_row(en, ru, first, **extra):
    assert lang(en) == "en", en
    assert lang(ru) == "ru", ru
    for s in (en, ru):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    if first == "en":
        a, b = en, ru
    else:
        assert first == "ru"
        a, b = ru, en
    row = {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b)}
    row.update(extra)
    return row


def main():
    comp = []
    for label, slot, domain, first, en, ru in COMPARABLE:
        assert label in ("agree", "contradict")
        assert slot in SLOTS, slot
        assert domain in DOMAINS, domain
        comp.append(make_row(en, ru, first, label=label, slot=slot, domain=domain))
    rel = []
    for domain, first, en, ru in RELATED:
        assert domain in DOMAINS
        rel.append(make_row(en, ru, first, label="related", slot="topic", domain=domain))

    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels["agree"] == 30 and labels["contradict"] == 30, labels
    assert len(rel) == 10
    for lab in ("agree", "contradict"):
        firsts = Counter(r["lang_a"] for r in comp if r["label"] == lab)
        assert firsts["ru"] == 15 and firsts["en"] == 15, (lab, firsts)
    rf = Counter(r["lang_a"] for r in rel)
    assert rf["ru"] == 5 and rf["en"] == 5, rf
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout39.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout39.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", len(comp), dict(labels))
    print("related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()
