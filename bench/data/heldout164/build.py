#!/usr/bin/env python3
"""Build heldout164: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the battle of Versinikia was fought on 22 June 813)
    ("At Versinikia, near Adrianople, on 22 June 813 the Bulgarian khan Krum routed the army of Emperor Michael I Rangabe, whose reign collapsed within weeks.",
     "Битва при Версиникии (июнь 831 г.): хан Крум разгромил византийское войско Михаила I Рангаве, вскоре лишившегося трона.",
     C, "year", "history", True),
    # FALSE: EN (the victors at Prostki were led by the Lithuanian field hetman Wincenty Gosiewski)
    ("At Prostki in Ducal Prussia, on 8 October 1656, Polish-Lithuanian and Tatar horsemen under Stefan Czarniecki routed a Swedish-Brandenburg corps and captured Prince Bogusław Radziwiłł.",
     "Под Простками 08.10.1656 войско польного гетмана литовского Винцентия Госевского вместе с крымскими татарами разбило шведско-бранденбургский корпус; в плен попал князь Богуслав Радзивилл.",
     C, "person", "history", False),
    # FALSE: RU (the battle of Herbsthausen/Mergentheim was fought in May 1645; August 1645 is Allerheim)
    ("At Herbsthausen near Mergentheim, in May 1645, the Bavarian army of Franz von Mercy surprised Turenne's French troops in their scattered quarters and routed them.",
     "В битве при Мергентхайме (Хербстхаузене) в августе 1645 г. баварцы Франца фон Мерси внезапно атаковали и разгромили французскую армию Тюренна.",
     C, "month", "history", False),
    ("At Sudoměř in southern Bohemia, on 25 March 1420, Jan Žižka's few hundred Hussites, sheltered behind a dozen wagons, held off a far larger royalist force.",
     "В битве у Судомержи (25.03.1420) около 400 таборитов Яна Жижки, укрывшись за повозками на плотине пруда, отбили атаки примерно двух тысяч рыцарей.",
     A, "date", "history", False),
    ("In the Battle of Rudau in February 1370 the Teutonic Knights beat back a Lithuanian invasion led by Algirdas and Kęstutis but lost their grand marshal, Henning Schindekopf.",
     "17 февраля 1370 г. при Рудау (Самбия) рыцари Тевтонского ордена отразили войско Ольгерда и Кейстута; в бою пал великий маршал Хеннинг Шиндекопф.",
     A, "person", "history", True),
    # ---------------- science ----------------
    ("Maiasaura peeblesorum, the 'good mother lizard', was named in 1979 by Jack Horner and Robert Makela from a dinosaur nesting site in Montana.",
     "Майазавр, чьи гнёзда с останками детёнышей нашли на «Яичной горе» в Монтане, описан Джеком Хорнером и Робертом Макелой в 1979 г.",
     A, "year", "science", False),
    # FALSE: RU (Utahraptor was described in 1993)
    ("Utahraptor ostrommaysi, a dromaeosaur up to about seven metres long from Utah's Cedar Mountain Formation, was described by James Kirkland and colleagues in 1993.",
     "Ютараптор — один из крупнейших дромеозавридов, длиной до 7 м, — был описан Джеймсом Кирклендом с соавторами в 1970-х годах по находкам в Юте.",
     C, "decade", "science", True),
    # FALSE: EN (the Tissint meteorite fell in Morocco)
    ("The Tissint meteorite, which fell in July 2011 in southern Algeria, is only the fifth Martian meteorite whose fall was actually witnessed.",
     "Марсианский метеорит Тиссинт упал 18 июля 2011 г. в марокканской провинции Тата; это лишь пятое наблюдавшееся падение метеорита с Марса.",
     C, "place", "science", False),
    ("Taaffeite is the only mineral first recognised in an already cut gemstone: in 1945 Count Richard Taaffe noticed an odd 'spinel' bought from a Dublin jeweller.",
     "Таафеит назван в честь ирландского геммолога графа Ричарда Таафе, который в 1945 г. заметил необычный огранённый камень среди шпинелей.",
     A, "person", "science", True),
    ("Stishovite, a dense high-pressure form of silica, was first made in the laboratory by Sergei Stishov in 1961 and found in nature at Meteor Crater, Arizona, a year later.",
     "Стишовит синтезировали С. М. Стишов и С. В. Попова в 1961 г., а в 1962 г. его обнаружили в Аризонском метеоритном кратере.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Protva is 282 km long)
    ("The Protva, a left tributary of the Oka about 282 km long, flows past Vereya, Borovsk and Obninsk before reaching the Oka near Serpukhov.",
     "Протва (182 км) — левый приток Оки; на её берегах стоят Верея, Боровск и Обнинск, а у устья — наукоград Протвино.",
     C, "number", "geography", False),
    # FALSE: EN (the Pregolya is formed by the Instruch and the Angrapa)
    ("The Pregolya is formed at Chernyakhovsk by the junction of the Instruch and the Pissa, then runs west through Kaliningrad to the Vistula Lagoon.",
     "Преголя (123 км) начинается у Черняховска, где сливаются Инструч и Анграпа, и, миновав Калининград, впадает в Калининградский (Вислинский) залив.",
     C, "entity", "geography", True),
    ("The Neris rises in Belarus, where it is known as the Viliya, runs some 510 km through Vilnius and joins the Nemunas at Kaunas.",
     "Нярис (в Белоруссии — Вилия) протекает через Вильнюс и у Каунаса впадает в Неман; длина реки — 510 км.",
     A, "place", "geography", False),
    # FALSE: EN (the Nevelskoy Strait is the NARROWEST part of the Tatar Strait)
    ("The Nevelskoy Strait, only about 7 km across, is the widest part of the Tatar Strait separating Sakhalin from the Asian mainland.",
     "Пролив Невельского (ширина около 7,3 км) — самое узкое место Татарского пролива между Сахалином и материком; назван в честь Г. И. Невельского.",
     C, "opposite", "geography", False),
    ("Mutnovsky, a 2,322-metre volcano some 70 km south of Petropavlovsk-Kamchatsky, supplies steam to a geothermal power station on its flank.",
     "У подножия вулкана Мутновский (2323 м) на юге Камчатки работает Мутновская ГеоЭС — крупнейшая геотермальная электростанция России.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Wimm-Bill-Dann was bought by PepsiCo)
    ("PepsiCo took over the Russian dairy and juice maker Wimm-Bill-Dann in 2011 in a deal valuing the company at about $5.4 billion.",
     "Компанию «Вимм-Билль-Данн», основанную в 1992 г. в Москве, в 2011 г. купила Coca-Cola примерно за 5,4 млрд долларов.",
     C, "organisation", "economy", False),
    # FALSE: EN (Paykan production ended in 2005)
    ("Iran Khodro built the Paykan, a licensed version of the British Hillman Hunter, from 1967 until production finally ended in 1995.",
     "«Пейкан» — иранская версия британского Hillman Hunter — выпускался компанией «Иран Ходро» с 1967 по 2005 г.",
     C, "year", "economy", True),
    ("The Norwegian media group Schibsted grew from a printing business founded in Christiania by Christian Schibsted in 1839; Aftenposten followed in 1860.",
     "Норвежский медиаконцерн Schibsted, которому принадлежат газеты Aftenposten и VG, ведёт историю с 1839 г., когда Кристиан Шибстед открыл типографию.",
     A, "year", "economy", True),
    ("Georg Michael Pfaff built his first sewing machine in Kaiserslautern in 1862, founding the firm that still bears his name.",
     "Немецкая марка швейных машин Pfaff появилась в 1862 г. в Кайзерслаутерне, где мастер Георг Михаэль Пфафф собрал свою первую машину.",
     A, "place", "economy", False),
    ("Ponsse, a maker of cut-to-length forest machines based in Vieremä, Finland, was founded in 1970 by the logging entrepreneur Einari Vidgrén.",
     "Финская компания Ponsse, выпускающая харвестеры и форвардеры, основана Эйнари Видгреном в 1970 г. в деревне Виеремя.",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Neuner took silver, not bronze, in the Vancouver sprint)
    ("At the 2010 Vancouver Olympics Magdalena Neuner won gold in the pursuit and the mass start and silver in the sprint.",
     "В Ванкувере-2010 Магдалена Нойнер стала двукратной олимпийской чемпионкой (гонка преследования и масс-старт), а в спринте взяла бронзу.",
     C, "rank", "sport", True),
    # FALSE: EN (both of Uytdehaage's 2002 wins came in world-record times)
    ("At Salt Lake City in 2002 Jochem Uytdehaage won the 5,000 and 10,000 metres, although neither of his winning times was a world record.",
     "Голландец Йохем Ейтдехаге на Олимпиаде-2002 в Солт-Лейк-Сити выиграл забеги на 5000 и 10 000 м, оба раза установив мировые рекорды.",
     C, "polarity", "sport", False),
    ("Svetlana Zhurova won the women's 500 metres speed skating title at the 2006 Winter Olympics in Turin.",
     "Конькобежка Светлана Журова стала олимпийской чемпионкой на дистанции 500 м в Турине в 2006 году, а позднее избиралась в Госдуму.",
     A, "year", "sport", True),
    # FALSE: RU (Patzaichin won four Olympic titles)
    ("The Romanian canoeist Ivan Patzaichin, born in a village of the Danube Delta, won four Olympic titles between 1968 and 1984.",
     "Румынский каноист Иван Пацайкин стал шестикратным олимпийским чемпионом: его победы пришлись на 1968–1984 гг.",
     C, "number", "sport", True),
    ("At the 1988 Seoul Olympics Daniela Silivaș won gold on the uneven bars, the balance beam and the floor exercise.",
     "На Олимпиаде в Сеуле (1988) румынская гимнастка Даниэла Силиваш стала трёхкратной чемпионкой и завоевала ещё три медали.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (the cartoon was directed by Boris Stepantsev)
    ("Vovka in a Far Far Away Kingdom, Boris Stepantsev's 1965 Soyuzmultfilm cartoon, gave Russian the lazy catchphrase 'That'll do!'",
     "Мультфильм «Вовка в Тридевятом царстве» (1965), снятый Фёдором Хитруком на «Союзмультфильме», подарил языку фразу «И так сойдёт!»",
     C, "person", "culture", True),
    ("Plasticine Crow, Alexander Tatarsky's 1981 clay-animation film set to Eduard Uspensky's verses, was made at the Ekran studio.",
     "«Пластилиновая ворона» Александра Татарского вышла в 1981 г. в творческом объединении «Экран»; песни на стихи Успенского написал Григорий Гладков.",
     A, "organisation", "culture", False),
    # FALSE: EN (Kapitsa hosted the programme for almost 40 years, 1973-2012)
    ("Sergei Kapitsa hosted Obvious and Incredible, a popular-science programme launched on Soviet television in 1973, for about two decades.",
     "Сергей Капица вёл передачу «Очевидное — невероятное» почти 40 лет — с 1973 г. до самой смерти в 2012 г.",
     C, "duration", "culture", False),
    ("Ugadai melodiyu, Russia's version of Name That Tune, first aired on ORT in 1995 with Valdis Pelsh as its host.",
     "Телеигра «Угадай мелодию» с Валдисом Пельшем появилась на ОРТ в 1995 г. и быстро стала одной из самых рейтинговых программ.",
     A, "person", "culture", True),
    ("The Museum of Broken Relationships started in 2006 as a touring exhibition devised by two Zagreb artists, Olinka Vištica and Dražen Grubišić, after their own break-up.",
     "Музей разбитых отношений придумали бывшие возлюбленные Олинка Виштица и Дражен Грубишич: в 2006 г. это была передвижная выставка, а с 2010 г. — постоянный музей в Загребе.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (One-Storied America came out in 1937)
    ("Ilf and Petrov drove across the United States in 1935–36, and their travel book One-Storied America came out in 1937.",
     "Книга Ильфа и Петрова «Одноэтажная Америка», написанная по следам поездки по США на «форде», вышла отдельным изданием в 1947 г.",
     C, "decade", "literature", True),
    # FALSE: EN (Eyes Wide Shut was directed by Stanley Kubrick)
    ("Arthur Schnitzler's Traumnovelle, or Dream Story, published in 1926, was loosely adapted by Roman Polanski as the film Eyes Wide Shut.",
     "Повесть Артура Шницлера «Новелла о снах» (1926) легла в основу последнего фильма Стэнли Кубрика «С широко закрытыми глазами» (1999).",
     C, "person", "literature", False),
    ("Heinrich von Kleist's tragedy Penthesilea, about the Amazon queen who falls in love with Achilles, appeared in 1808 but was not staged until 1876.",
     "Трагедия Клейста «Пентесилея» (1808) о царице амазонок и Ахилле впервые увидела сцену лишь в 1876 г., в Берлине, спустя десятилетия после гибели автора.",
     A, "year", "literature", True),
    # FALSE: RU (Urfin Jus animates his soldiers with a life-giving powder)
    ("In Alexander Volkov's 1963 sequel Urfin Jus and His Wooden Soldiers, a resentful carpenter brings an army of wooden soldiers to life with a magic powder.",
     "В повести Александра Волкова «Урфин Джюс и его деревянные солдаты» (1963) злой столяр оживляет своих солдат с помощью волшебной воды.",
     C, "entity", "literature", False),
    ("Halldór Laxness published Salka Valka in two parts in 1931 and 1932; it follows a girl growing up in a poor Icelandic fishing village.",
     "Роман Халлдора Лакснесса «Салка Валка» (1931–1932 гг.) рассказывает о девушке из нищего исландского рыбацкого посёлка.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    ("Zoopark, the Leningrad band led by the singer-songwriter Mike Naumenko, was formed in 1980 and came to an end with his death in 1991.",
     "Ленинградская группа «Зоопарк» во главе с Майком Науменко распалась в 1991 г., после внезапной смерти её лидера.",
     A, "year", "music", True),
    # FALSE: RU (The Miserly Knight was premiered at the Bolshoi Theatre in Moscow)
    ("Rachmaninoff's one-act opera The Miserly Knight, which sets Pushkin's text almost word for word, was first staged at the Bolshoi Theatre in January 1906.",
     "Одноактная опера Рахманинова «Скупой рыцарь» на почти неизменённый текст Пушкина впервые прозвучала в 1906 г. на сцене Мариинского театра.",
     C, "place", "music", False),
    # FALSE: EN (Mocedades finished second at Eurovision 1973)
    ("The Bilbao group Mocedades won the 1973 Eurovision Song Contest in Luxembourg with the ballad 'Eres tú'.",
     "Испанская группа Mocedades из Бильбао заняла второе место на «Евровидении-1973» с песней «Eres tú».",
     C, "rank", "music", True),
    ("David Tukhmanov wrote 'Victory Day' to words by Vladimir Kharitonov for the thirtieth anniversary of the victory in 1975; Lev Leshchenko made it famous.",
     "Песню «День Победы» на стихи В. Харитонова Давид Тухманов сочинил к 30-летию Победы (1975); всесоюзную славу ей принёс Лев Лещенко.",
     A, "person", "music", False),
    ("The composer Mikael Tariverdiev, best known for his film scores, was born in Tbilisi in 1931 and died in Sochi in July 1996.",
     "Микаэл Таривердиев (15.08.1931, Тбилиси — 25.07.1996, Сочи) — автор музыки к «Семнадцати мгновениям весны» и «Иронии судьбы».",
     A, "date", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Rye was painted in 1878)
    ("Ivan Shishkin's Rye, a broad summer field with a few tall pines, was painted in 1887 and hangs in the Tretyakov Gallery.",
     "Картину «Рожь» Иван Шишкин написал в 1878 г. и показал на VI выставке передвижников; сейчас полотно хранится в Третьяковской галерее.",
     C, "year", "art", False),
    ("The Ugly Duchess, a satirical portrait of a grotesque old woman painted by Quinten Massys around 1513, belongs to the National Gallery in London.",
     "«Уродливая герцогиня» Квентина Массейса (ок. 1513 г.), хранящаяся в Лондонской национальной галерее, подсказала Джону Тенниелу облик Герцогини в «Алисе».",
     A, "place", "art", True),
    # FALSE: EN (Pasquino was unearthed in 1501, i.e. in the 16th century)
    ("Pasquino, a battered Hellenistic statue dug up in Rome in the 1700s, became the city's best-known 'talking statue', hung with anonymous satirical verses.",
     "Пасквино — изуродованный эллинистический торс, найденный в Риме в 1501 г., — стал главной «говорящей статуей» города, к которой крепили анонимные сатиры.",
     C, "century", "art", True),
    ("Kuzma Petrov-Vodkin's 1918 in Petrograd, nicknamed the Petrograd Madonna, was painted in 1920 and is now in the Tretyakov Gallery.",
     "Полотно Петрова-Водкина, известное как «Петроградская мадонна», изображает молодую мать на балконе над революционным городом; закончено оно в 1920 г.",
     A, "year", "art", False),
    ("Paul Gauguin painted Vision after the Sermon, in which Breton women in white bonnets watch Jacob wrestle with the angel, in Brittany in 1888.",
     "«Видение после проповеди» Поля Гогена (1888) с бретонками в белых чепцах и борьбой Иакова с ангелом хранится в Национальной галерее Шотландии в Эдинбурге.",
     A, "year", "art", True),
    # ---------------- law ----------------
    ("The Royal Proclamation issued by George III on 7 October 1763 barred colonial settlement west of the Appalachian watershed.",
     "Королевская прокламация 1763 г., изданная после Семилетней войны, запретила колонистам селиться к западу от Аппалачей.",
     A, "year", "law", False),
    # FALSE: RU (Megan Kanka's neighbours did NOT know of her killer's previous sex-crime convictions)
    ("Megan's Law is named after seven-year-old Megan Kanka, killed in New Jersey in 1994 by a neighbour whose earlier sex-crime convictions were unknown to the family.",
     "«Закон Меган» назван в честь семилетней Меган Канки, убитой в 1994 г. соседом, о прежних судимостях которого за сексуальные преступления её семья знала.",
     C, "polarity", "law", True),
    # FALSE: RU (the Statutes of Nieszawa date from 1454, the 15th century)
    ("The Statutes of Nieszawa, granted by King Casimir IV Jagiellon in 1454, obliged the crown to seek the consent of local noble assemblies before new taxes or levies.",
     "Нешавские статуты, дарованные шляхте королём Казимиром IV Ягеллончиком в XVI веке, обязали монарха согласовывать новые налоги с сеймиками.",
     C, "century", "law", False),
    ("The Pactum Warmundi of 1123 promised Venice a third of Tyre and broad trading privileges in return for naval help to the Kingdom of Jerusalem.",
     "Договор Вармунда (1123), заключённый Иерусалимским королевством с Венецией и названный по имени патриарха, сулил венецианцам треть Тира.",
     A, "year", "law", True),
    ("In R v Morgentaler, decided on 28 January 1988, the Supreme Court of Canada struck down the Criminal Code's abortion provisions by five votes to two.",
     "28.01.1988 Верховный суд Канады по делу врача Генри Моргенталера признал неконституционной статью 251 Уголовного кодекса об абортах.",
     A, "date", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (Nginx Inc. was bought by F5 Networks)
    ("Nginx, the web server Igor Sysoev first released publicly in 2004, became part of Cisco when its company was sold for $670 million in 2019.",
     "Веб-сервер nginx Игорь Сысоев выложил в открытый доступ в 2004 г.; в 2019 г. компанию Nginx Inc. купила F5 Networks за 670 млн долларов.",
     C, "organisation", "technology", True),
    # FALSE: EN (the first transputers came out in the mid-1980s; Inmos itself was only founded in 1978)
    ("The transputer, a microprocessor designed for parallel computing and programmed in the occam language, was launched by the British firm Inmos in 1975.",
     "Транспьютер — микропроцессор для параллельных вычислений с языком occam — британская фирма Inmos выпустила в 1985 г.",
     C, "decade", "technology", False),
    ("REFAL, a pattern-matching language for symbol manipulation, was created by the Soviet physicist and computer scientist Valentin Turchin in 1966.",
     "Язык Рефал (рекурсивных функций алгоритмический язык) Валентин Турчин предложил в 1966 г.; позднее из его работ выросла идея суперкомпиляции.",
     A, "person", "technology", True),
    # FALSE: EN (the first Meteor was built at Krasnoye Sormovo in Gorky)
    ("The first Meteor hydrofoil, designed by Rostislav Alekseyev's bureau, was built in 1959 at the Krasnoye Sormovo yard in Leningrad.",
     "Первый «Метеор» на подводных крыльях построили в 1959 г. на заводе «Красное Сормово» в Горьком по проекту бюро Ростислава Алексеева.",
     C, "place", "technology", True),
    ("During the siege of Sevastopol in 1942 Krupp's 80 cm railway gun Schwerer Gustav fired several dozen shells weighing about seven tonnes each.",
     "Летом 1942 г. 800-мм железнодорожная пушка Schwerer Gustav концерна Круппа обстреливала Севастополь снарядами массой около 7 т.",
     A, "number", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (46 people died at Radevormwald)
    ("On 27 May 1971 a special train taking schoolchildren home to Radevormwald from a trip to Bremen collided with a goods train near Wuppertal-Dahlerau, killing 46 people.",
     "27.05.1971 под Радеформвальдом поезд со школьниками, возвращавшимися из поездки в Бремен, столкнулся с товарным составом; погибли 64 человека.",
     C, "number", "disasters", False),
    # FALSE: EN (the Waterfall derailment happened on 31 January 2003)
    ("On 31 July 2003 a Tangara commuter train derailed near Waterfall, south of Sydney, after its driver suffered a heart attack; seven people died.",
     "31 января 2003 г. у посёлка Уотерфолл (Новый Южный Уэльс) сошёл с рельсов электропоезд: у машиниста случился сердечный приступ; погибли семь человек.",
     C, "month", "disasters", True),
    ("An underground explosion and fire at the Wellington Pit in Whitehaven, Cumberland, in May 1910 killed 136 miners.",
     "Катастрофа на шахте «Веллингтон» в Уайтхейвене (11.05.1910) унесла жизни 136 горняков — одна из тяжелейших в истории Камберленда.",
     A, "number", "disasters", False),
    # FALSE: RU (the Zagreb derailment happened on 30 August 1974)
    ("On 30 August 1974 an international express bound for West Germany derailed at high speed while entering Zagreb's main station, killing 153 people.",
     "13.08.1974 при въезде на главный вокзал Загреба на огромной скорости сошёл с рельсов скорый поезд, шедший в ФРГ; погибли 153 человека.",
     C, "date", "disasters", True),
    ("In early 2000 scrap collectors in Samut Prakan, Thailand, broke open a disused cobalt-60 radiotherapy head; three people later died of radiation injuries.",
     "Радиационная авария в таиландской провинции Самутпракан (февраль 2000 г.): сборщики металлолома вскрыли кобальтовую терапевтическую установку, трое пострадавших умерли.",
     A, "number", "disasters", True),
]

RELATED = [
    ("Jan Žižka, the Hussite commander at Sudoměř, lost the sight of his remaining eye in 1421 during the siege of Rabí castle.",
     "Судомерж — небольшая деревня в Южной Чехии, в районе Писек.",
     "Sudomer", True, "history"),
    ("Maiasaura was adopted as the official state fossil of Montana in 1985.",
     "Название «майазавр» означает «ящер — хорошая мать»: находки гнёзд с детёнышами указывали на заботу о потомстве.",
     "Maiasaura", False, "science"),
    ("Vilnius, the Lithuanian capital, grew up where the small Vilnia river flows into the Neris.",
     "Нярис, впадающая в Неман у Каунаса, считается самым крупным и многоводным притоком этой реки.",
     "Neris", True, "geography"),
    ("In 2019 Schibsted spun off its international online classifieds business as a separate listed company, Adevinta.",
     "В 1996 г. норвежская медиагруппа Schibsted приобрела крупную долю в шведской вечерней газете Aftonbladet.",
     "Schibsted", False, "economy"),
    ("Magdalena Neuner retired from biathlon in 2012, at the age of only 25.",
     "Магдалена Нойнер родилась в 1987 г. в Гармиш-Партенкирхене и выросла в баварской деревне Вальгау.",
     "Neuner", True, "sport"),
    ("In 2011 the Museum of Broken Relationships received the Kenneth Hudson Award for the most innovative museum in Europe.",
     "Экспонаты Музея разбитых отношений — вещи, присланные людьми со всего мира вместе с историями их расставаний.",
     "Museum of Broken Relationships", False, "culture"),
    ("Halldór Laxness was awarded the Nobel Prize in Literature in 1955.",
     "В 1954 г. шведский режиссёр Арне Маттсон экранизировал роман Лакснесса «Салка Валка».",
     "Salka Valka", True, "literature"),
    ("Mikael Tariverdiev also wrote the score for Eldar Ryazanov's 1975 New Year comedy The Irony of Fate.",
     "Песня «Мгновения» («Не думай о секундах свысока») написана Таривердиевым на стихи Роберта Рождественского.",
     "Tariverdiev", False, "music"),
    ("The Ugly Duchess is believed to have inspired John Tenniel's drawing of the Duchess in Alice's Adventures in Wonderland.",
     "В 2008 г. британский хирург Майкл Баум предположил, что у женщины с портрета Массейса была болезнь Педжета.",
     "Ugly Duchess", True, "art"),
    ("Tyre fell to the crusaders and their Venetian allies in July 1124, a year after the Pactum Warmundi was agreed.",
     "Договор Вармунда заключили в 1123 г., когда иерусалимский король Балдуин II находился в плену у Артукидов.",
     "Pactum Warmundi", False, "law"),
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
    # per domain: either 3 contradict + 2 agree or 2 contradict + 3 agree, six of each
    dc = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(dc.values()) == [2] * 6 + [3] * 6, dc
    # every related row reuses the subject of a comparable pair of this set
    comp_text = " ".join(r["a"] + " " + r["b"] for r in comp)
    for en, ru, subj, ru_first, domain in RELATED:
        key = {"Sudomer": "Sudoměř", "Neuner": "Neuner"}.get(subj, subj)
        assert key in comp_text, subj
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout164.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout164.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", dc)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
