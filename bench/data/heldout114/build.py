#!/usr/bin/env python3
"""Build heldout114: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Morant Bay rising began on 11 October 1865, not in November)
    ("In October 1865 the Baptist deacon Paul Bogle led several hundred protesters to the courthouse at Morant Bay, in the Jamaican parish of St Thomas, starting a rebellion.",
     "Восстание в Морант-Бей на юго-востоке Ямайки вспыхнуло 11 ноября 1865 г., когда проповедник Пол Богл привёл к зданию суда несколько сотен крестьян.",
     C, "month", "history", True),
    # FALSE: EN (Perryville is in Kentucky, not Tennessee)
    ("The battle of Perryville, fought on 8 October 1862 in Tennessee, was the largest Civil War engagement in the state, and the Confederates withdrew soon afterwards.",
     "Сражение при Перривилле (8.10.1862) стало крупнейшим боем Гражданской войны на территории Кентукки; вскоре после него армия южан покинула штат.",
     C, "place", "history", False),
    # FALSE: RU (Turner evaded capture for about two months, until 30 October 1831)
    ("After his August 1831 revolt in Southampton County, Virginia, which killed some 55 to 65 white people, Nat Turner hid for about two months before his capture.",
     "Нат Тёрнер, поднявший в августе 1831 г. восстание рабов в округе Саутгемптон (штат Виргиния), скрывался от преследователей почти два года, прежде чем его схватили.",
     C, "duration", "history", False),
    ("Wyatt's Rebellion of early 1554, raised in Kent by Sir Thomas Wyatt the Younger, tried to stop Queen Mary I from marrying Philip of Spain.",
     "Зимой 1554 г. кентский дворянин Томас Уайетт-младший поднял мятеж против брака Марии Тюдор с испанским принцем Филиппом; в феврале его отряды подошли к Лондону.",
     A, "person", "history", True),
    ("On 17 February 1843 at Meeanee, near Hyderabad in Sindh, Sir Charles Napier's force of fewer than 3,000 men routed the far larger army of the Talpur amirs.",
     "В битве при Миани 17.02.1843 отряд генерала Чарльза Нейпира разбил многократно превосходившее его войско эмиров Синда, открыв британцам путь к аннексии области.",
     A, "date", "history", False),
    # ---------------- science ----------------
    # FALSE: EN (the MHC-restriction work was done in Canberra, at the ANU)
    ("Rolf Zinkernagel and Peter Doherty, joint winners of the 1996 Nobel Prize in Physiology or Medicine, made their discovery of MHC restriction in Zurich in the mid-1970s.",
     "Открытие, принёсшее швейцарцу Рольфу Цинкернагелю и австралийцу Питеру Доэрти Нобелевскую премию 1996 г., было сделано в 1973–1975 гг. в Канберре, в Австралийском национальном университете.",
     C, "place", "science", True),
    # FALSE: RU (Neher and Sakmann won the 1991 prize)
    ("Bert Sakmann and Erwin Neher received the 1991 Nobel Prize in Physiology or Medicine for the patch-clamp method, which lets researchers record currents through single ion channels.",
     "Нобелевскую премию по физиологии и медицине за 1987 год немецкие исследователи Эрвин Неэр и Берт Закман получили за изучение работы одиночных ионных каналов клетки.",
     C, "year", "science", False),
    # FALSE: RU (the Heidelberg screen was carried out in 1979-80)
    ("In 1979–80, at the EMBL laboratory in Heidelberg, Christiane Nüsslein-Volhard and Eric Wieschaus screened thousands of fruit-fly mutants for defects in the embryo's body plan.",
     "Масштабный поиск мутаций, нарушающих строение зародыша дрозофилы, Кристиана Нюслайн-Фольхард и Эрик Вишаус провели в Гейдельберге в середине 1960-х годов.",
     C, "decade", "science", True),
    ("Ralph Steinman, the Canadian immunologist who discovered dendritic cells, died on 30 September 2011, just three days before his Nobel Prize was announced.",
     "Канадский иммунолог Ральф Стайнман, открывший дендритные клетки, скончался от рака поджелудочной железы за трое суток до объявления о присуждении ему Нобелевской премии (3.10.2011).",
     A, "duration", "science", False),
    ("David Wineland of NIST in Boulder, Colorado, shared the 2012 Nobel Prize in Physics with the Frenchman Serge Haroche for ways of measuring and controlling individual quantum systems.",
     "Лауреатами Нобелевской премии по физике 2012 г. стали Серж Арош (Франция) и Дэвид Уайнленд (США): первый удерживал в ловушке фотоны, второй — ионы.",
     A, "person", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Naroch is the largest lake in Belarus)
    ("Lake Naroch, in the Myadzel district of Minsk Region, is only the third-largest lake in Belarus, covering roughly 80 square kilometres.",
     "Нарочь — самое большое озеро Белоруссии: площадь его зеркала составляет около 79,6 км², а вокруг создан Национальный парк «Нарочанский».",
     C, "rank", "geography", False),
    # FALSE: RU (the rail causeway to Sylt opened in 1927)
    ("Sylt, Germany's northernmost island and the largest of the North Frisian Islands, has been linked to the mainland since 1927 by a rail-only causeway.",
     "Зильт — самый северный остров Германии и крупнейший из Северо-Фризских островов; с материком его связывает железнодорожная дамба, открытая в 1957 году.",
     C, "year", "geography", True),
    # FALSE: EN (Semeru is 3,676 m high)
    ("Semeru, also called Mahameru, is the highest volcano on Java, rising to 2,676 metres in the province of East Java.",
     "Высочайшая вершина острова Ява — вулкан Семеру (3676 м) в провинции Восточная Ява, один из самых активных вулканов Индонезии.",
     C, "number", "geography", False),
    ("Yu Shan, or Jade Mountain, rises to 3,952 metres in central Taiwan, higher than any peak in Japan, Mount Fuji included.",
     "Юйшань (почти 3950 м) — высшая точка Тайваня; в годы японского правления гору называли Ниитака, то есть «Новая высокая».",
     A, "number", "geography", True),
    ("Mount Marcy, 5,344 feet high, is the highest point in New York State and rises in the Adirondack Mountains.",
     "Гора Марси (1629 м) в Адирондаке — высшая точка штата Нью-Йорк; на её склоне лежит озерцо Слеза Облаков, считающееся самым высоким истоком Гудзона.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Unikko was designed by Maija Isola, not by Armi Ratia)
    ("Marimekko's Unikko poppy print was designed in 1964 by Maija Isola, in defiance of the founder Armi Ratia's ban on floral patterns.",
     "Знаменитый узор «Уникко» с крупными маками придумала в 1964 г. сама основательница финской фирмы Marimekko Арми Ратиа.",
     C, "person", "economy", False),
    # FALSE: EN (the Southland Ice Company store was in Dallas)
    ("7-Eleven traces its origins to an ice dock of the Southland Ice Company in Houston, Texas, where an employee began selling milk, eggs and bread in 1927.",
     "Сеть 7-Eleven ведёт историю от ледяного склада компании Southland Ice в Далласе: в 1927 г. его служащий начал торговать там молоком, яйцами и хлебом.",
     C, "place", "economy", True),
    ("Spotify, the music-streaming service set up in Stockholm in 2006 by Daniel Ek and Martin Lorentzon, opened to its first users in October 2008.",
     "Шведскую компанию Spotify основали в 2006 году Даниэль Эк и Мартин Лоренцон, а в апреле 2018 г. её акции появились на Нью-Йоркской фондовой бирже.",
     A, "year", "economy", False),
    ("Vestas started out in 1898 as a village smithy in Lem, western Jutland, and sold its first wind turbines only in 1979.",
     "Датская компания Vestas, ныне один из крупнейших в мире производителей ветроустановок, ведёт историю от кузницы, открытой Хансом Сёреном Хансеном в 1898 г.",
     A, "year", "economy", True),
    ("The beef-bowl chain Yoshinoya opened its first shop in 1899 at the fish market in Tokyo's Nihonbashi district.",
     "Первая закусочная «Ёсиноя», где подавали гюдон — рис с тушёной говядиной, — открылась в конце XIX в. (1899) на рыбном рынке Нихонбаси в Токио; основал её Эйкити Мацуда.",
     A, "place", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Stewart won 27 Grands Prix)
    ("Jackie Stewart won three Formula One world titles (1969, 1971, 1973) and 27 Grands Prix before retiring at the end of the 1973 season.",
     "Трёхкратный чемпион мира в «Формуле-1» шотландец Джеки Стюарт одержал 37 побед на Гран-при и завершил карьеру после сезона 1973 года.",
     C, "number", "sport", True),
    # FALSE: EN (Sarazen beat Craig Wood in the play-off)
    ("At the 1935 Masters, Gene Sarazen holed his second shot on the par-five 15th for an albatross but then lost a 36-hole play-off to Craig Wood.",
     "На «Мастерсе» 1935 г. Джин Саразен забил мяч в лунку 15-й вторым ударом («альбатрос»), а затем выиграл у Крейга Вуда плей-офф из 36 лунок.",
     C, "opposite", "sport", False),
    # FALSE: EN (Karsten Solheim founded Ping, not Titleist)
    ("The Solheim Cup, first played in 1990 at Lake Nona in Florida, is named after Karsten Solheim, the Norwegian-born founder of the golf equipment maker Titleist.",
     "Кубок Солхейма — командный турнир гольфисток Европы и США, впервые разыгранный в 1990 г., — назван в честь Карстена Солхейма, уроженца Норвегии и основателя фирмы Ping.",
     C, "organisation", "sport", True),
    ("By winning the 2022 final at the Crucible, Ronnie O'Sullivan claimed his seventh world snooker title, equalling Stephen Hendry's record for the modern era.",
     "Седьмой титул чемпиона мира по снукеру Ронни О'Салливан завоевал в 2022 г. в шеффилдском театре «Крусибл», сравнявшись по этому показателю со Стивеном Хендри.",
     A, "number", "sport", False),
    ("Arnold Palmer won the Masters four times in seven years — in 1958, 1960, 1962 and 1964 — and seven major championships in all.",
     "Американец Арнольд Палмер, семикратный победитель турниров «Большого шлема», четырежды выигрывал «Мастерс» в Огасте; последний раз — в 1964 году.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (Nyepi lasts 24 hours, from 6 a.m. to 6 a.m.)
    ("Nyepi, the Balinese Day of Silence that opens the Saka new year, lasts 24 hours from six in the morning, during which even Bali's airport closes.",
     "Ньепи, балийский «День тишины», которым открывается новый год по календарю Сака, длится трое суток: всё это время остров не работает, а аэропорт закрыт.",
     C, "duration", "culture", False),
    # FALSE: EN (the Central Puppet Theatre was founded in 1931)
    ("Sergey Obraztsov headed Moscow's Central Puppet Theatre from its founding in 1937 until his death in 1992.",
     "Государственный центральный театр кукол в Москве был создан в 1931 г.; его основатель Сергей Образцов руководил им более шести десятилетий, до своей смерти в 1992-м.",
     C, "year", "culture", True),
    ("The Turner Prize was set up in 1984, and its first winner was the painter Malcolm Morley; the award is run by the Tate.",
     "Первым лауреатом премии Тёрнера, учреждённой в 1984 г. и названной в честь Уильяма Тёрнера, стал британский живописец Малкольм Морли, живший в Нью-Йорке.",
     A, "person", "culture", False),
    ("First awarded in 1979 to Philip Johnson, the Pritzker Prize was founded by Jay and Cindy Pritzker and is often described as architecture's Nobel.",
     "Притцкеровскую премию, которую нередко называют «Нобелевкой для архитекторов», семья Притцкер учредила в 1979 г.; первым её получил американец Филип Джонсон.",
     A, "year", "culture", True),
    ("On 1 March Bulgarians exchange martenitsi, red-and-white tassels of twisted yarn, and wear them until they spot the first stork or a tree in blossom.",
     "Мартеницу — украшение из красных и белых нитей — болгары дарят друг другу в первый день весны; в 2017 г. этот обычай внесён в список нематериального наследия ЮНЕСКО.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Transtromer's debut, 17 Poems, came out in 1954)
    ("Tomas Tranströmer, a psychologist by profession, made his debut in 1954 with the collection 17 Poems and won the Nobel Prize in Literature in 2011.",
     "Шведский поэт и психолог Тумас Транстрёмер, лауреат Нобелевской премии 2011 г., дебютировал в 1970-х годах сборником «17 стихотворений».",
     C, "decade", "literature", True),
    # FALSE: EN (Sachs shared the 1966 prize with S. Y. Agnon; Singer won in 1978)
    ("Nelly Sachs, a Berlin-born Jewish poet who had escaped to Sweden in 1940, shared the 1966 Nobel Prize in Literature with Isaac Bashevis Singer.",
     "Нобелевскую премию по литературе 1966 г. немецкоязычная поэтесса Нелли Закс, с 1940 г. жившая в Стокгольме, разделила с израильским прозаиком Шмуэлем Йосефом Агноном.",
     C, "person", "literature", False),
    ("Sheridan Le Fanu's Uncle Silas (1864) is narrated by Maud Ruthyn, a young heiress placed in the care of her sinister uncle after her father's death.",
     "В романе ирландского писателя Джозефа Шеридана Ле Фаню «Дядя Сайлас», изданном в 1864 г., юная наследница Мод Рутин после смерти отца попадает под опеку дяди.",
     A, "year", "literature", True),
    ("Forced out of the USSR in 1980, Vladimir Voinovich, author of the satirical adventures of Private Ivan Chonkin, settled near Munich and lost his Soviet citizenship a year later.",
     "Автора «Жизни и необычайных приключений солдата Ивана Чонкина» Владимира Войновича лишили советского гражданства в 1981 г. — через год после вынужденного отъезда в ФРГ.",
     A, "year", "literature", False),
    ("Alexander Sumarokov's Khorev, written in 1747, is regarded as the first Russian tragedy composed on the French classical model.",
     "Трагедия «Хорев» (1747) Александра Сумарокова считается первой в русской литературе классицистической трагедией; в 1756 г. её автор возглавил первый публичный театр России.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Hippolyte et Aricie was Rameau's first opera)
    ("Hippolyte et Aricie, first staged at the Paris Opéra on 1 October 1733, was the first opera by Jean-Philippe Rameau, who was then about fifty.",
     "Опера «Ипполит и Арисия», поставленная в Париже в 1733 г., стала последней оперой Жан-Филиппа Рамо.",
     C, "rank", "music", True),
    # FALSE: EN (King Roger is set in twelfth-century Sicily)
    ("Karol Szymanowski's opera King Roger, first performed in Warsaw in June 1926, is set at the court of a Norman king in fifteenth-century Sicily.",
     "Действие оперы Кароля Шимановского «Король Рогер» (премьера — Варшава, 19.06.1926) разворачивается на Сицилии XII века, при дворе норманнского короля Рогера II.",
     C, "century", "music", False),
    # FALSE: EN (Rustle of Spring is a piano piece)
    ("Christian Sinding's best-known work, Rustle of Spring (Op. 32 No. 3, 1896), is a short piece for solo violin that became a favourite with amateur players.",
     "Самое известное произведение норвежца Кристиана Синдинга — фортепианная пьеса «Шелест весны» (соч. 32 № 3), написанная в 1896 году и любимая пианистами-любителями.",
     C, "entity", "music", True),
    ("Einojuhani Rautavaara's Cantus Arcticus of 1972, subtitled a concerto for birds and orchestra, sets the orchestra against taped birdsong recorded in northern Finland.",
     "В «Арктической песни» (Cantus Arcticus) Эйноюхани Раутаваары, написанной по заказу Университета Оулу в 1972 г., оркестру вторят записанные на плёнку голоса птиц.",
     A, "year", "music", False),
    ("Kaija Saariaho's first opera, L'Amour de loin, with a libretto by Amin Maalouf, had its premiere at the Salzburg Festival in August 2000.",
     "Опера финки Кайи Саариахо «Любовь издалека» — о трубадуре Джауфре Рюделе и графине Триполи — впервые прозвучала в 2000 г. на Зальцбургском фестивале.",
     A, "place", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (the picture is subtitled "17th century")
    ("Andrei Ryabushkin's Wedding Procession in Moscow, painted in 1901, shows a bridal train making its way along a Moscow street in the eighteenth century.",
     "На картине Андрея Рябушкина «Свадебный поезд в Москве (XVII столетие)», написанной в 1901 г., свадебная процессия движется по московской улице.",
     C, "century", "art", False),
    # FALSE: RU (the f-holes painted on Kiki's back are those of a violin)
    ("In Man Ray's 1924 photograph Le Violon d'Ingres, the model Kiki de Montparnasse is seen from behind with two violin f-holes painted onto her back.",
     "На фотографии Ман Рэя «Скрипка Энгра» (1924) натурщица Кики с Монпарнаса снята со спины, а на её спине нарисованы эфы виолончели.",
     C, "entity", "art", True),
    ("Mihály Munkácsy's huge canvas Christ before Pilate (1881) opened his Christ trilogy, which continued with Golgotha and closed with Ecce Homo in 1896.",
     "Трилогию о страстях Христовых венгерский живописец Михай Мункачи начал полотном «Христос перед Пилатом», которое он завершил в Париже в 1881 г.",
     A, "year", "art", False),
    ("Tetyana Yablonska's large canvas Bread, showing women at work on a collective-farm threshing floor, was painted in 1949 and won a Stalin Prize the next year.",
     "Картина Татьяны Яблонской «Хлеб» (1949), на которой колхозницы работают на току, была удостоена Сталинской премии в 1950 г.",
     A, "year", "art", True),
    ("Gerard ter Borch, present at Münster in May 1648, painted the swearing of the oath that ratified the peace between Spain and the Dutch Republic on a small copper plate.",
     "Небольшая картина Герарда Терборха, запечатлевшая присягу при ратификации Мюнстерского мира 1648 г., хранится в Лондонской национальной галерее.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Davis quota was 16 of 100 places)
    ("In Regents of the University of California v. Bakke (1978), the Supreme Court struck down the Davis medical school's practice of reserving 16 of its 100 places for minority applicants.",
     "В деле «Регенты Калифорнийского университета против Бакке» (1978) Верховный суд США признал незаконной квоту медицинской школы в Дейвисе, отводившую меньшинствам 26 мест из 100.",
     C, "number", "law", False),
    # FALSE: RU (Truman vetoed the Act; Congress overrode the veto)
    ("The Internal Security Act of 1950, sponsored by Senator Pat McCarran, became law over President Truman's veto and required communist organisations to register with the government.",
     "Президент Трумэн не стал накладывать вето на закон о внутренней безопасности 1950 г. (закон Маккаррана), обязавший коммунистические организации регистрироваться у властей.",
     C, "polarity", "law", True),
    ("Under the Vaccination Act 1853, every child born in England and Wales had to be vaccinated against smallpox within its first three months of life.",
     "Английский закон 1853 г. сделал прививку от оспы обязательной для всех младенцев Англии и Уэльса в возрасте до трёх месяцев; уклонившимся родителям грозил штраф.",
     A, "duration", "law", False),
    ("The Soviet constitution of 1936, adopted on 5 December by the Extraordinary Eighth Congress of Soviets, introduced direct elections by secret ballot.",
     "«Сталинская» Конституция СССР была принята 5.12.1936; вплоть до 1977 г. этот день отмечался в стране как День Конституции.",
     A, "date", "law", True),
    ("President George W. Bush signed the USA PATRIOT Act on 26 October 2001, less than seven weeks after the September 11 attacks.",
     "Закон «Патриот США», расширивший полномочия спецслужб, был одобрен Сенатом 98 голосами против одного и подписан президентом 26.10.2001.",
     A, "date", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the Steadicam was invented by Garrett Brown; Wexler shot Bound for Glory)
    ("The Steadicam camera stabiliser, invented by the cameraman Garrett Brown, made its feature-film debut in Hal Ashby's Bound for Glory (1976).",
     "Стабилизатор «Стедикам», изобретённый кинооператором Хаскеллом Уэкслером, впервые применили на съёмках художественного фильма «На пути к славе» (1976).",
     C, "person", "technology", True),
    # FALSE: EN (Tucker and his associates were acquitted in 1950)
    ("Preston Tucker built only 51 examples of his Tucker 48 sedan, and in 1950 he and his associates were convicted of fraud.",
     "Престон Такер успел выпустить лишь 51 экземпляр седана Tucker 48, а в 1950 г. суд оправдал его и компаньонов по обвинению в мошенничестве.",
     C, "opposite", "technology", False),
    ("The Todd-AO widescreen process, developed by the producer Mike Todd with the American Optical Company, made its debut with the film Oklahoma! in 1955.",
     "Широкоформатную систему Todd-AO на 70-мм плёнке создали продюсер Майк Тодд и оптическая фирма American Optical; первым фильмом в этом формате стал мюзикл «Оклахома!» (1955).",
     A, "organisation", "technology", True),
    ("In January 1906 Fred Marriott drove the Stanley Rocket, a steam-powered car, at 127.66 mph along the sands of Ormond Beach, Florida, setting a world land speed record.",
     "Паровой автомобиль братьев Стэнли «Ракета» в 1906 г. разогнался на флоридском пляже до 205 км/ч, установив абсолютный рекорд скорости на суше.",
     A, "number", "technology", False),
    ("The Pont de Normandie, opened in January 1995 across the Seine estuary between Le Havre and Honfleur, had a record cable-stayed main span of 856 metres.",
     "Нормандский мост через эстуарий Сены с центральным пролётом 856 м оставался самым длинным вантовым мостом мира до 1999 г., когда его превзошёл японский мост Татара.",
     A, "number", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (the Hokkaido Nansei-oki earthquake struck on 12 July 1993)
    ("On the night of 12 July 1993 an earthquake off south-western Hokkaido sent a tsunami onto Okushiri Island within minutes; more than 200 people died.",
     "Землетрясение у юго-западного побережья Хоккайдо, цунами от которого через несколько минут обрушилось на остров Окусири, произошло 21 июля 1993 г.; погибли более двухсот человек.",
     C, "date", "disasters", False),
    # FALSE: EN (the aircraft belonged to Silver City Airways)
    ("On 27 February 1958 a British European Airways Bristol Freighter flying from the Isle of Man to Manchester crashed on Winter Hill, killing 35 of the 42 people aboard.",
     "27 февраля 1958 г. самолёт Bristol 170 компании Silver City Airways, летевший с острова Мэн в Манчестер, разбился на холме Уинтер-Хилл; из 42 человек на борту погибли 35.",
     C, "organisation", "disasters", True),
    # FALSE: EN (the blowout on Platform A happened on 28 January 1969)
    ("The Santa Barbara oil spill began in March 1969, when a blowout on Union Oil's Platform A released tens of thousands of barrels of crude into the Pacific.",
     "Разлив нефти у Санта-Барбары начался 28 января 1969 г. с выброса на платформе «А» компании Union Oil; в океан попало около 80–100 тыс. баррелей.",
     C, "month", "disasters", False),
    ("A firedamp explosion at the Radbod colliery near Hamm, Westphalia, on 12 November 1908 killed 348 miners.",
     "Взрыв рудничного газа на шахте «Радбод» в Бокум-Хёфеле (ныне район Хамма) в ноябре 1908 г. унёс жизни около 350 горняков.",
     A, "number", "disasters", True),
    ("Mudslides that swept down on Sarno and neighbouring towns in Campania on 5 May 1998 after days of heavy rain left 160 people dead.",
     "Селевые потоки, сошедшие 5.05.1998 после сильных ливней на Сарно и соседние городки Кампании, унесли 160 жизней, из них 137 — в самом Сарно.",
     A, "number", "disasters", True),
]

RELATED = [
    ("Paul Bogle, who led the Morant Bay rising, was hanged later in October 1865 and is now one of Jamaica's seven National Heroes.",
     "После жестокого подавления восстания в Морант-Бей губернатор Ямайки Эдвард Эйр был отстранён от должности и отозван в Англию.",
     "Morant Bay rebellion", True, "history"),
    ("Steinman and Zanvil Cohn first described dendritic cells in 1973 at the Rockefeller University in New York.",
     "Половина Нобелевской премии 2011 г. досталась Ральфу Стайнману, а другую половину разделили Брюс Бётлер и Жюль Офман.",
     "Steinman", False, "science"),
    ("Westerland, on the island's west coast, is the main resort town of Sylt.",
     "Остров Зильт лежит в Северном море у побережья Шлезвиг-Гольштейна, неподалёку от границы с Данией.",
     "Sylt", True, "geography"),
    ("Spotify went public in April 2018 through a direct listing on the New York Stock Exchange rather than a conventional IPO.",
     "Сервис потоковой музыки Spotify стал доступен первым пользователям в октябре 2008 года.",
     "Spotify", False, "economy"),
    ("Ronnie O'Sullivan won the first of his world snooker titles in 2001.",
     "Самый быстрый максимальный брейк в истории снукера Ронни О'Салливан сделал на чемпионате мира 1997 года.",
     "O'Sullivan", True, "sport"),
    ("On the eve of Nyepi, Balinese villages parade huge demon effigies known as ogoh-ogoh through the streets.",
     "В день Ньепи на Бали не работает международный аэропорт, а туристам запрещено покидать отели.",
     "Nyepi", False, "culture"),
    ("Uncle Silas first appeared as a serial in the Dublin University Magazine, which Le Fanu himself owned at the time.",
     "Сюжет «Дяди Сайласа» Ле Фаню позаимствовал из собственного раннего рассказа, опубликованного ещё в 1838 году.",
     "Uncle Silas", True, "literature"),
    ("In December 2016 L'Amour de loin became the first opera by a woman staged at the Metropolitan Opera since 1903.",
     "Кайя Саариахо родилась в 1952 г. в Хельсинки, а с начала 1980-х годов жила и работала в Париже.",
     "Saariaho", False, "music"),
    ("Ter Borch's picture of the Münster ratification was presented to the National Gallery in London by Sir Richard Wallace in 1871.",
     "Голландский живописец Герард Терборх родился в 1617 году в городе Зволле.",
     "Ter Borch", True, "art"),
    ("After the 1993 tsunami, a fire swept through the Aonae district at the southern tip of Okushiri Island.",
     "Магнитуда землетрясения, произошедшего у берегов Хоккайдо 12 июля 1993 г., составила 7,7–7,8.",
     "Okushiri", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout114.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout114.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
