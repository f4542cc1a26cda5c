#!/usr/bin/env python3
"""Build heldout169: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from A to L.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Cornish rebels were crushed at Blackheath on 17 June 1497, not in July)
    ("Cornish rebellion of 1497",
     "The Cornish rebellion of 1497, a protest against taxes raised for war with Scotland, ended when the rebel army was crushed at Blackheath on 17 June 1497.",
     "Корнуольское восстание против налогов на войну с Шотландией закончилось в июле 1497 г., когда дошедшее до окраин Лондона войско повстанцев разбили при Блэкхите.",
     C, "month", "history", True, RU),
    # FALSE: EN (Essex was not pardoned: he was beheaded in the Tower on 25 February 1601)
    ("Essex's rebellion",
     "After his failed rising in London on 8 February 1601, Robert Devereux, Earl of Essex and once the favourite of Elizabeth I, was pardoned by the queen later that month.",
     "Мятеж графа Эссекса 08.02.1601 провалился: лондонцы не поддержали бывшего фаворита Елизаветы I, и уже 25 февраля его обезглавили в Тауэре.",
     C, "opposite", "history", False, EN),
    # FALSE: EN (troops fired on the Bezdna peasants in April 1861)
    ("Bezdna unrest",
     "In October 1861 troops opened fire on peasants gathered in the village of Bezdna in Kazan province, where Anton Petrov had been reading out his version of the emancipation manifesto.",
     "Бездненское выступление крестьян Казанской губернии подавили в апреле 1861 г.: по приказу графа Апраксина солдаты стреляли в толпу, а толкователя манифеста Антона Петрова расстреляли.",
     C, "month", "history", True, EN),
    ("Alkmaar, siege of",
     "The Spanish siege of Alkmaar, begun in August 1573, was lifted on 8 October of that year after the Dutch opened the sluices and flooded the surrounding land.",
     "Осада Алкмара войсками дона Фадрике Толедского длилась около семи недель и была снята 08.10.1573 — окрестности города затопили, открыв шлюзы.",
     A, "date", "history", False, None),
    ("Dacke War",
     "The Dacke War, a peasant revolt in Småland led by Nils Dacke against King Gustav Vasa, lasted from 1542 to 1543.",
     "Восстание смоландских крестьян под предводительством Нильса Дакке (1542–1543 гг.) стало самым опасным вызовом власти короля Густава Вазы.",
     A, "year", "history", True, None),
    # ---------------- science ----------------
    # FALSE: RU (the Halszkaraptor skeleton was smuggled out of Mongolia, not China)
    ("Halszkaraptor",
     "Halszkaraptor escuilliei, a small dromaeosaur with a swan-like neck that may have hunted in water, was described in 2017 from a skeleton smuggled out of Mongolia.",
     "Халшкараптор — небольшой, вероятно полуводный дромеозаврид с длинной «лебединой» шеей — описан в 2017 г. по скелету, незаконно вывезенному из Китая.",
     C, "place", "science", False, RU),
    # FALSE: EN (Borealopelta was found in 2011)
    ("Borealopelta",
     "The armoured dinosaur Borealopelta, preserved with its skin and horny sheaths intact, was dug up by a machine operator in Alberta's oil sands in 1994.",
     "Бореалопельту — нодозаврида с уцелевшими роговыми чехлами панциря — в 2011 г. случайно откопал экскаваторщик на руднике нефтеносных песков близ Форт-Мак-Мюррея.",
     C, "year", "science", True, EN),
    # FALSE: RU (Leadbeater's possum was rediscovered in 1961)
    ("Leadbeater's possum",
     "Leadbeater's possum, feared extinct for half a century, was rediscovered in 1961 in the mountain ash forests near Marysville, Victoria.",
     "Поссума Лидбитера, которого давно считали вымершим, вновь обнаружили в горных лесах австралийского штата Виктория лишь в начале 1980-х гг.",
     C, "decade", "science", False, RU),
    ("Franck–Hertz experiment",
     "In 1914 James Franck and Gustav Hertz fired electrons through mercury vapour and found that they lost energy only in portions of about 4.9 electronvolts.",
     "Опыт Франка — Герца (1914 г.) показал, что атомы ртути поглощают энергию электронов лишь порциями по 4,9 эВ; в 1925 г. авторы получили Нобелевскую премию.",
     A, "year", "science", True, None),
    ("Chilesaurus",
     "Chilesaurus diegosuarezi is named after Diego Suárez, who found its first bones in southern Chile in 2004 at the age of seven.",
     "Чилезавра описали в 2015 г.; видовое название дано в честь Диего Суареса — мальчика, который семилетним нашёл кости ящера в чилийском регионе Айсен.",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (Croagh Patrick is 764 m high; 1,038 m is Carrauntoohil)
    ("Croagh Patrick",
     "Croagh Patrick, the holy mountain above Clew Bay in County Mayo, rises to 1,038 metres and draws crowds of pilgrims every Reek Sunday.",
     "Святая гора Кроу-Патрик (764 м) близ Уэстпорта — место паломничества: в последнее воскресенье июля на вершину поднимаются тысячи верующих.",
     C, "number", "geography", True, EN),
    # FALSE: RU (the cross on Giewont was erected in 1901)
    ("Giewont",
     "The 15-metre iron cross on the summit of Giewont, the 'Sleeping Knight' above Zakopane, was put up in 1901.",
     "Железный крест высотой 15 м на вершине Гевонта — «Спящего рыцаря», нависающего над Закопане, — установили в 1921 г.",
     C, "year", "geography", False, RU),
    # FALSE: EN (the Fichtelberg is the highest peak in Saxony)
    ("Fichtelberg",
     "The Fichtelberg near Oberwiesenthal, at 1,215 metres only the second-highest peak in Saxony, has carried Germany's oldest cable car since 1924.",
     "Фихтельберг (1214,6 м) — высшая точка Саксонии; канатная дорога из Обервизенталя на вершину работает с 1924 г. и считается старейшей в Германии.",
     C, "rank", "geography", True, EN),
    ("Errigal",
     "Errigal, a quartzite cone in the Derryveagh Mountains, is the highest peak in County Donegal at 751 metres.",
     "Эрригал высотой около 750 м — высочайшая вершина графства Донегол на северо-западе Ирландии.",
     A, "number", "geography", False, None),
    ("Kasprowy Wierch",
     "A cable car from Kuźnice has carried visitors up Kasprowy Wierch, 1,987 metres high, since 1936.",
     "Канатную дорогу из Кузьниц на Каспров-Верх (1987 м) в польских Татрах открыли в 1936 г.; зимой с вершины спускаются лыжники.",
     A, "year", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: RU (James Lofthouse was a pharmacist in Fleetwood, not Blackpool)
    ("Fisherman's Friend",
     "Fisherman's Friend lozenges were first made in 1865 by the pharmacist James Lofthouse in Fleetwood, for fishermen working the icy northern grounds.",
     "Пастилки Fisherman's Friend придумал в 1865 г. фармацевт Джеймс Лофтхаус из Блэкпула — для рыбаков, уходивших в ледяные северные моря.",
     C, "place", "economy", False, RU),
    # FALSE: EN (Bovril was created by John Lawson Johnston; Liebig made a different meat extract)
    ("Bovril",
     "Bovril, the salty beef extract, was developed in the 1870s by the German chemist Justus von Liebig, who first made his 'fluid beef' for the French army.",
     "Мясной экстракт «Боврил» создал в 1870-х гг. шотландец Джон Лоусон Джонстон, начинавший с поставок «жидкой говядины» для французской армии.",
     C, "person", "economy", True, EN),
    ("Irn-Bru",
     "A.G. Barr first made the orange soft drink now known as Irn-Bru in 1901, selling it under the name Iron Brew.",
     "Газировку «Айрн-Брю» шотландская фирма Barr выпускает с 1901 г.; до 1946 г. напиток продавали под названием Iron Brew.",
     A, "year", "economy", False, None),
    ("Georg Jensen",
     "The silversmith Georg Jensen opened his workshop in Copenhagen in 1904, and the firm bearing his name became famous for Art Nouveau silverware.",
     "Датская фирма Georg Jensen ведёт историю от мастерской, которую серебряных дел мастер Георг Йенсен открыл в Копенгагене в 1904 г.",
     A, "place", "economy", True, None),
    ("Hästens",
     "Hästens, the Swedish bed maker from Köping, was founded in 1852 as a saddlery and later turned to horsehair mattresses.",
     "Шведская фабрика кроватей Hästens из Чёпинга основана в 1852 г. седельщиком Пером Адольфом Янсоном; с 1952 г. она поставщик королевского двора.",
     A, "year", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: RU (the Tokyo long jump final was held in October 1964)
    ("Davies, Lynn",
     "Welshman Lynn Davies won the long jump at the Tokyo Olympics in October 1964 with 8.07 metres, in wet and windy conditions.",
     "Валлиец Линн Дэвис выиграл прыжки в длину на токийской Олимпиаде в сентябре 1964 г. с результатом 8,07 м, опередив американца Ральфа Бостона.",
     C, "month", "sport", False, RU),
    # FALSE: EN (Ahonen won the Four Hills Tournament five times)
    ("Ahonen, Janne",
     "Finnish ski jumper Janne Ahonen won the Four Hills Tournament three times, the last of them in 2008.",
     "Финн Янне Ахонен — рекордсмен «Турне четырёх трамплинов»: он побеждал в нём пять раз, последний — в сезоне 2007/08.",
     C, "number", "sport", False, EN),
    ("Astakhova, Polina",
     "Soviet gymnast Polina Astakhova won the Olympic uneven bars title twice, in Rome in 1960 and in Tokyo in 1964.",
     "Полина Астахова — двукратная олимпийская чемпионка в упражнениях на брусьях разной высоты (1960 и 1964 гг.).",
     A, "number", "sport", True, None),
    ("Bueno, Maria",
     "Brazil's Maria Bueno won the Wimbledon singles title three times, in 1959, 1960 and 1964.",
     "На Уимблдоне бразильянка Мария Буэно брала одиночный титул в 1959–1960 гг. и ещё раз в 1964 г., а чемпионат США выигрывала четырежды.",
     A, "year", "sport", False, None),
    ("Lapize, Octave",
     "Octave Lapize won the 1910 Tour de France, the first edition to cross the high passes of the Pyrenees.",
     "В 1910 г. «Тур де Франс» впервые прошёл через Пиренеи, а победу в нём одержал Октав Лапиз, по легенде крикнувший организаторам: «Вы убийцы!»",
     A, "year", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: RU (both Ivan the Terrible and Bunsha were played by Yuri Yakovlev; Demyanenko played Shurik)
    ("Ivan Vasilievich Changes Profession",
     "In Leonid Gaidai's 1973 comedy Ivan Vasilievich Changes Profession, Yuri Yakovlev plays both Ivan the Terrible and the house manager Bunsha.",
     "В комедии Гайдая «Иван Васильевич меняет профессию» (1973) и царя Иоанна Грозного, и управдома Буншу сыграл Александр Демьяненко.",
     C, "person", "culture", False, RU),
    # FALSE: EN (Guest from the Future was shown in 1985)
    ("Guest from the Future",
     "Guest from the Future, the children's serial about Alisa Selezneva based on a story by Kir Bulychev, was first shown on Soviet television in the mid-1970s.",
     "Пятисерийный фильм Павла Арсенова «Гостья из будущего» по повести Кира Булычёва вышел на экраны в 1985 г.; Алису Селезнёву сыграла Наталья Гусева.",
     C, "decade", "culture", True, EN),
    ("Little Vera",
     "Vasili Pichul's Little Vera (1988), a bleak portrait of a working-class family in a port town, made a star of Natalya Negoda.",
     "Главную роль в «Маленькой Вере» (1988) Василия Пичула сыграла Наталья Негода; фильм о семье из Жданова посмотрели свыше 50 млн зрителей.",
     A, "person", "culture", False, None),
    ("Formula of Love",
     "Mark Zakharov made Formula of Love, a comedy with Nodar Mgaloblishvili as Count Cagliostro visiting a Russian country estate, in 1984.",
     "Телефильм «Формула любви» Марк Захаров снял в 1984 г. по мотивам повести Алексея Толстого «Граф Калиостро».",
     A, "person", "culture", True, None),
    ("Fanorona",
     "Fanorona, the national board game of Madagascar, is played on a grid of five by nine points with 22 pieces on each side.",
     "В малагасийскую фанорону играют на доске 5×9 пересечений; у каждого игрока по 22 фишки, а всего на поле их 44.",
     A, "number", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (Light Breathing was written in 1916, i.e. in the XX century)
    ("Light Breathing",
     "Ivan Bunin wrote Light Breathing, the story of the schoolgirl Olya Meshcherskaya who is shot dead by a Cossack officer, in the late nineteenth century.",
     "Рассказ Бунина «Лёгкое дыхание» (1916) — о гимназистке Оле Мещерской, которую застрелил на вокзальной платформе казачий офицер.",
     C, "century", "literature", True, EN),
    # FALSE: RU (Lonesome Dove won the 1986 Pulitzer Prize for Fiction)
    ("Lonesome Dove",
     "Larry McMurtry's Lonesome Dove (1985), about two retired Texas Rangers driving a cattle herd to Montana, won the Pulitzer Prize for Fiction.",
     "Роман Ларри Макмертри «Одинокий голубь» (1985) о перегоне стада из Техаса в Монтану Пулитцеровской премии так и не получил.",
     C, "polarity", "literature", False, RU),
    ("Anna on the Neck",
     "In Chekhov's story Anna on the Neck (1895), a poor young woman marries a dull official who dreams of the Order of St Anne.",
     "Героиня чеховской «Анны на шее», опубликованной в 1895 г., ради денег выходит замуж за 52-летнего чиновника Модеста Алексеича.",
     A, "year", "literature", True, None),
    ("Hotel du Lac",
     "Anita Brookner won the 1984 Booker Prize for Hotel du Lac, in which the romance writer Edith Hope retreats to a Swiss lakeside hotel.",
     "Роман Аниты Брукнер «Отель «Озеро»» о писательнице Эдит Хоуп, уехавшей в Швейцарию, получил Букеровскую премию 1984 г.",
     A, "year", "literature", False, None),
    ("A Confederacy of Dunces",
     "John Kennedy Toole's A Confederacy of Dunces came out in 1980, eleven years after his suicide, and won a Pulitzer Prize the next year.",
     "«Сговор остолопов» Джона Кеннеди Тула о новоорлеанском чудаке Игнациусе Райлли был издан лишь в 1980 г. стараниями матери автора.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (the first staging was at the Kirov Theatre in Leningrad, 1946)
    ("Betrothal in a Monastery",
     "Prokofiev's opera Betrothal in a Monastery, based on Sheridan's The Duenna, had its first staging in 1946 at Leningrad's Maly Opera Theatre.",
     "Оперу Прокофьева «Обручение в монастыре» по комедии Шеридана «Дуэнья» впервые поставили в 1946 г. в Ленинграде, в Театре им. Кирова.",
     C, "organisation", "music", False, EN),
    # FALSE: RU (Fancy Free grew into On the Town within eight months, in December 1944)
    ("Fancy Free",
     "Jerome Robbins and Leonard Bernstein's ballet Fancy Free, about three sailors on shore leave, premiered in April 1944 and grew into the musical On the Town that December.",
     "Балет Роббинса и Бернстайна «Fancy Free» (1944) о трёх моряках в увольнении лишь спустя пять лет превратился в мюзикл «Увольнение в город».",
     C, "duration", "music", True, RU),
    # FALSE: RU (Korobeiniki became famous through Tetris, not Pac-Man)
    ("Korobeiniki",
     "Korobeiniki, a folk-style song based on Nikolai Nekrasov's 1861 poem about pedlars, became world-famous as the theme of the 1989 Game Boy version of Tetris.",
     "Песня «Коробейники» на стихи Некрасова (1861 г.) обрела мировую славу как мелодия игры Pac-Man для приставки Game Boy.",
     C, "entity", "music", False, RU),
    ("Kim, Sandra",
     "Belgium's only Eurovision win came in 1986, when 13-year-old Sandra Kim sang J'aime la vie in Bergen.",
     "Сандра Ким принесла Бельгии победу на «Евровидении-1986» с песней J'aime la vie; организаторам она сказала, что ей 15 лет, хотя ей было 13.",
     A, "year", "music", True, None),
    ("Disraeli Gears",
     "Cream's second album, Disraeli Gears, was released in November 1967 and includes the hit Sunshine of Your Love.",
     "Второй альбом британского трио Cream «Disraeli Gears» вышел в ноябре 1967 г.; в него вошла знаменитая песня «Sunshine of Your Love».",
     A, "month", "music", False, None),
    # ---------------- art ----------------
    # FALSE: EN (Fate of the Animals hangs in the Kunstmuseum Basel)
    ("Fate of the Animals",
     "Franz Marc's Fate of the Animals (1913), partly burned in a warehouse fire and later restored by Paul Klee, now hangs in Munich.",
     "Картина Франца Марка «Судьба животных» (1913) частично сгорела при пожаре, была восстановлена Паулем Клее и ныне хранится в Художественном музее Базеля.",
     C, "place", "art", True, EN),
    # FALSE: RU (Le Bonheur de vivre belongs to the Barnes Foundation, not the Philadelphia Museum of Art)
    ("Joy of Life",
     "Matisse's Le Bonheur de vivre (1905–06), shown at the Salon des Indépendants in 1906, belongs to the Barnes Foundation in Philadelphia.",
     "«Радость жизни» Матисса (1905–1906 гг.), показанная в 1906 г. в Салоне независимых, принадлежит Филадельфийскому музею искусства.",
     C, "organisation", "art", False, RU),
    # FALSE: RU (the Farnese Hercules was unearthed in 1546, i.e. in the XVI century)
    ("Farnese Hercules",
     "The Farnese Hercules, a marble signed by Glykon of Athens, was unearthed in the Baths of Caracalla in Rome in 1546.",
     "Мраморного «Геракла Фарнезского» работы афинянина Гликона откопали в термах Каракаллы в Риме в конце XVIII века.",
     C, "century", "art", True, RU),
    ("Arearea",
     "Gauguin painted Arearea, with its red dog in the foreground, in Tahiti in 1892; it now hangs in the Musée d'Orsay.",
     "«Ареареа» («Забава») — таитянское полотно Поля Гогена 1892 г. с рыжей собакой на переднем плане; хранится в парижском музее Орсе.",
     A, "place", "art", False, None),
    ("Age of Bronze",
     "Rodin modelled The Age of Bronze on Auguste Neyt, a young Belgian soldier, and critics in 1877 accused him of casting it from life.",
     "Позировал Родену для «Бронзового века» бельгийский солдат Огюст Нейт; в 1877 г. скульптора даже обвиняли в том, что он снял слепок с живого тела.",
     A, "person", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (the Kinkaid Act allowed claims of up to 640 acres)
    ("Kinkaid Act",
     "The Kinkaid Act of 1904 allowed homesteaders in the dry sandhills of western Nebraska to claim up to 320 acres.",
     "Закон Кинкейда (1904 г.), названный по имени конгрессмена Мозеса Кинкейда, разрешал поселенцам на западе Небраски брать до 640 акров.",
     C, "number", "law", False, EN),
    # FALSE: RU (Executive Order 6102 was signed on 5 April 1933)
    ("Executive Order 6102",
     "Executive Order 6102, signed by Franklin Roosevelt on 5 April 1933, required Americans to hand in most of their gold coins, bullion and certificates.",
     "Указ № 6102 об обязательной сдаче государству золотых монет, слитков и сертификатов Франклин Рузвельт подписал 25.04.1933.",
     C, "date", "law", True, RU),
    ("Airline Deregulation Act",
     "President Jimmy Carter signed the Airline Deregulation Act on 24 October 1978, removing federal control over fares and routes.",
     "Закон о дерегулировании авиаперевозок, подписанный Картером 24.10.1978, отменил госконтроль над тарифами и маршрутами; Совет по гражданской авиации упразднили к 1985 г.",
     A, "date", "law", False, None),
    ("Katzenbach v. McClung",
     "In Katzenbach v. McClung, decided on 14 December 1964, the Supreme Court held that the Civil Rights Act applied to Ollie's Barbecue in Birmingham, Alabama.",
     "По делу «Катценбах против Макклана» Верховный суд США 14.12.1964 единогласно признал, что Закон о гражданских правах распространяется и на ресторан в Бирмингеме.",
     A, "date", "law", True, None),
    ("Lumley v Gye",
     "In Lumley v Gye (1853) the theatre manager Benjamin Lumley sued Frederick Gye of Covent Garden for luring away the soprano Johanna Wagner.",
     "Иск по делу «Ламли против Гая» (1853 г.) директор Театра Её Величества подал против Фредерика Гая, переманившего певицу Иоганну Вагнер в Ковент-Гарден.",
     A, "person", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: EN (ANS stands for Alexander Nikolayevich Scriabin, not Serov)
    ("ANS synthesizer",
     "Yevgeny Murzin's ANS synthesizer, a photoelectronic instrument completed in the late 1950s, takes its name from the initials of the composer Alexander Nikolayevich Serov.",
     "Фотоэлектронный синтезатор АНС, созданный Евгением Мурзиным в конце 1950-х гг., назван по инициалам Александра Николаевича Скрябина.",
     C, "person", "technology", True, EN),
    # FALSE: RU (the Daedalus 88 flight took 3 h 54 min, not about forty minutes)
    ("Daedalus 88",
     "On 23 April 1988 Kanellos Kanellopoulos pedalled the human-powered aircraft Daedalus 88 from Crete to Santorini in just under four hours.",
     "Мускулолёт «Дедал-88», которым управлял греческий велогонщик Канеллос Канеллопулос, 23.04.1988 долетел с Крита до Санторина примерно за сорок минут.",
     C, "duration", "technology", False, RU),
    ("Calypso",
     "Jacques Cousteau's research ship Calypso, a former Royal Navy minesweeper built in the United States, sank in Singapore harbour in 1996 after a barge rammed her.",
     "Исследовательское судно Кусто «Калипсо» — бывший британский тральщик — затонуло в январе 1996 г. в порту Сингапура, протараненное баржей.",
     A, "year", "technology", True, None),
    ("Cyanotype",
     "The astronomer John Herschel invented the cyanotype in 1842, and Anna Atkins soon used it to illustrate her book of British algae.",
     "Цианотипию изобрёл Джон Гершель (1842 г.), а уже в 1843 г. Анна Аткинс выпустила с её помощью альбом отпечатков британских водорослей.",
     A, "person", "technology", False, None),
    ("Gjøa",
     "Roald Amundsen's small sloop Gjøa became the first vessel to sail through the Northwest Passage, on a voyage lasting from 1903 to 1906.",
     "На небольшой парусно-моторной «Йоа» экспедиция Амундсена в 1903–1906 гг. впервые прошла Северо-Западным проходом; позже судно десятилетиями стояло в Сан-Франциско.",
     A, "year", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: EN (the Leinster was sunk by UB-123; U-20 sank the Lusitania)
    ("Leinster (RMS)",
     "On 10 October 1918 the mail boat RMS Leinster was torpedoed by the German submarine U-20 in the Irish Sea, and more than 500 people died.",
     "Почтовый пароход «Лейнстер» 10.10.1918 торпедировала у входа в Дублинский залив германская подлодка UB-123; погибли свыше 500 человек.",
     C, "entity", "disasters", True, EN),
    # FALSE: EN (the Church Rock tailings dam failed on 16 July 1979)
    ("Church Rock uranium mill spill",
     "On 16 August 1979 a tailings dam at the Church Rock uranium mill in New Mexico burst, sending some 94 million gallons of radioactive liquid into the Puerco River.",
     "Прорыв дамбы хвостохранилища уранового завода у Черч-Рока (Нью-Мексико) 16.07.1979 сбросил в реку Пуэрко около 94 млн галлонов радиоактивной жидкости.",
     C, "date", "disasters", False, EN),
    # FALSE: RU (Birgenair Flight 301 crashed on 6 February 1996)
    ("Birgenair Flight 301",
     "Birgenair Flight 301, a Boeing 757, crashed into the Atlantic shortly after taking off from Puerto Plata on 6 February 1996, killing all 189 people on board.",
     "Boeing 757 турецкой компании Birgenair (рейс 301) упал в океан вскоре после вылета из Пуэрто-Платы 06.03.1996; погибли все 189 человек.",
     C, "date", "disasters", True, RU),
    ("Longhope lifeboat disaster",
     "All eight crewmen of the Longhope lifeboat died when it capsized in the Pentland Firth on 17 March 1969 while going to help a Liberian freighter.",
     "Вечером 17.03.1969 в проливе Пентленд-Ферт перевернулся спасательный катер из Лонгхоупа (Оркнейские о-ва): погибли все восемь членов экипажа.",
     A, "number", "disasters", False, None),
    ("Aeroflot Flight 593",
     "Aeroflot Flight 593, an Airbus A310 bound for Hong Kong, crashed in Siberia on 23 March 1994 after a pilot let his son take the controls; all 75 aboard died.",
     "Катастрофа A310 под Междуреченском 23.03.1994: в кресле пилота сидел сын-подросток одного из лётчиков; погибли все 75 человек на борту.",
     A, "number", "disasters", True, None),
]

RELATED = [
    ("Cornish rebellion of 1497",
     "Michael An Gof, a blacksmith from St Keverne, and the lawyer Thomas Flamank led the Cornish rebels of 1497.",
     "После разгрома корнуольских повстанцев их вожаков Ан Гофа и Фламанка казнили в Тайберне в конце июня 1497 г.",
     True, "history"),
    ("Leadbeater's possum",
     "Leadbeater's possum is the faunal emblem of the Australian state of Victoria.",
     "Поссума Лидбитера описал в 1867 г. Фредерик Маккой, назвав зверька в честь препаратора Джона Лидбитера.",
     False, "science"),
    ("Croagh Patrick",
     "According to tradition, Saint Patrick fasted for forty days on the summit of Croagh Patrick in the year 441.",
     "С вершины Кроу-Патрика открывается вид на залив Клу-Бей, усеянный множеством мелких островов.",
     True, "geography"),
    ("Guest from the Future",
     "The song Beautiful Far Away, composed by Yevgeny Krylatov, was written for Guest from the Future.",
     "Сценарий «Гостьи из будущего» основан на повести Кира Булычёва «Сто лет тому вперёд».",
     False, "culture"),
    ("Lapize, Octave",
     "Octave Lapize was killed in 1917 while serving as a fighter pilot in the First World War.",
     "Октав Лапиз трижды подряд выигрывал классическую велогонку Париж — Рубе (1909–1911 гг.).",
     True, "sport"),
    ("Lonesome Dove",
     "In 1989 Lonesome Dove was adapted as a television miniseries starring Robert Duvall and Tommy Lee Jones.",
     "Сюжет «Одинокого голубя» Макмертри задумал ещё в начале 1970-х гг. как сценарий фильма для Джона Уэйна, Джеймса Стюарта и Генри Фонды.",
     False, "literature"),
    ("Fancy Free",
     "Fancy Free was the first ballet choreographed by Jerome Robbins, who also danced one of the three sailors at its premiere.",
     "Музыку к «Fancy Free» написал 25-летний Леонард Бернстайн — это была его первая балетная партитура.",
     True, "music"),
    ("Farnese Hercules",
     "The Farnese Hercules shows the weary hero leaning on his club, with the apples of the Hesperides hidden behind his back.",
     "Статуя Геракла Фарнезского хранится в Национальном археологическом музее Неаполя, куда её перевезли из Рима в 1787 г.",
     False, "art"),
    ("Kinkaid Act",
     "Settlers who claimed land in Nebraska under the Kinkaid Act became known as Kinkaiders.",
     "Автор закона Мозес Кинкейд представлял Небраску в Палате представителей США с 1903 г. до своей смерти в 1922 г.",
     True, "law"),
    ("Leinster (RMS)",
     "The Leinster was run by the City of Dublin Steam Packet Company on the mail route between Kingstown and Holyhead.",
     "Гибель «Лейнстера» в октябре 1918 г. считается крупнейшей катастрофой в истории Ирландского моря.",
     False, "disasters"),
]
CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "quantity", "unit"}
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
    comp, rel, false_sides, subjects = [], [], [], []
    for subj, en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, subj
        assert "A" <= subj[0].upper() <= "L", subj
        if label == C:
            assert false_side in (EN, RU), subj
            false_sides.append(false_side)
        else:
            assert false_side is None, subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused in comparable"
    rel_subjects = []
    for subj, en, ru, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, ("related subject not in comparable", subj)
        rel_subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
    assert len(set(rel_subjects)) == len(rel_subjects)

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
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    mix = {}
    for r in comp:
        mix.setdefault(r["domain"], [0, 0])[r["label"] == A] += 1
    assert sorted(tuple(v) for v in mix.values()) == [(2, 3)] * 6 + [(3, 2)] * 6, mix
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout169.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout169.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain mix (contradict, agree):", {k: tuple(v) for k, v in sorted(mix.items())})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
