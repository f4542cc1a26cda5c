#!/usr/bin/env python3
"""Build heldout177: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from G to L.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Kőszeg was defended by Nikola Jurišić; Nikola Zrinski defended Szigetvár in 1566)
    ("Kőszeg",
     "In August 1532 the border town of Kőszeg, held by a few hundred men under the Croatian captain Nikola Jurišić, stalled Suleiman the Magnificent's army for over three weeks.",
     "Летом 1532 г. крепость Кёсег на западе Венгрии почти месяц сдерживала войско Сулеймана I; её гарнизоном из нескольких сотен человек командовал Никола Зринский.",
     C, "person", "history", True, RU),
    # FALSE: EN (the Gaspee was burned in June 1772)
    ("Gaspee affair",
     "On the night of 9–10 June 1770 Rhode Island colonists rowed out to the British customs schooner Gaspee, which had run aground near Warwick, wounded her commander and burned her.",
     "Таможенную шхуну «Гаспи», севшую на мель у берегов Род-Айленда в июне 1772 г., захватили и сожгли местные жители во главе с купцом Джоном Брауном.",
     C, "year", "history", False, EN),
    # FALSE: EN (the Lattimer posse killed 19 miners)
    ("Lattimer massacre",
     "On 10 September 1897 a sheriff's posse opened fire on unarmed striking miners marching towards the Lattimer mine near Hazleton, Pennsylvania, killing nine of them.",
     "Расстрел у Латтимера (Пенсильвания, 10.09.1897): помощники шерифа стреляли в безоружных бастующих шахтёров — в основном словаков, поляков и литовцев — и убили 19 человек.",
     C, "number", "history", True, EN),
    ("Grochów",
     "On 25 February 1831, around an alder grove at Grochów on the eastern approaches to Warsaw, Polish insurgents fought Field Marshal Diebitsch's Russian army to a bloody stalemate.",
     "В сражении под Гроховом (25.02.1831) был ранен генерал Хлопицкий; польская армия отошла в Варшаву, но Дибич так и не решился штурмовать город.",
     A, "date", "history", False, None),
    ("Jumonville Glen",
     "The skirmish at Jumonville Glen on 28 May 1754, when a young George Washington ambushed a French party, is often called the first clash of the French and Indian War.",
     "28 мая 1754 г. отряд виргинской милиции под командованием 22-летнего Джорджа Вашингтона напал в лесной лощине на французов; их командир, прапорщик Жюмонвиль, был убит.",
     A, "person", "history", True, None),
    # ---------------- science ----------------
    # FALSE: RU (Hylaeosaurus was named by Gideon Mantell, not William Buckland)
    ("Hylaeosaurus",
     "Hylaeosaurus, an armoured reptile dug out of the Tilgate Forest in Sussex, was named by Gideon Mantell in 1833, making it only the third dinosaur genus ever named.",
     "Гилеозавр — панцирный ящер из Тилгейтского леса (Сассекс) — был описан Уильямом Баклендом в 1833 г. и стал третьим по счёту названным родом динозавров.",
     C, "person", "science", False, RU),
    # FALSE: RU (George F. Kunz was the gem expert of Tiffany & Co., not Cartier)
    ("Kunzite",
     "Kunzite, the pink to lilac variety of spodumene, was described in 1903 and named after George F. Kunz, the chief gem expert of Tiffany & Co.",
     "Кунцит, розово-сиреневую разновидность сподумена, назвали в 1903 г. в честь Джорджа Кунца — главного геммолога ювелирного дома Cartier.",
     C, "organisation", "science", True, RU),
    # FALSE: RU (in the huia the FEMALE had the long curved bill, the male the short straight one)
    ("Huia",
     "In the huia, a New Zealand wattlebird last reliably recorded in 1907, the female had a long, curved bill while the male's bill was short and straight.",
     "У гуйи — новозеландской птицы, исчезнувшей в начале XX в., — длинный серповидный клюв был у самца, а короткий и прямой — у самки.",
     C, "opposite", "science", False, RU),
    ("Krasheninnikov",
     "Stepan Krasheninnikov, sent out as a student with the Second Kamchatka Expedition, explored Kamchatka from 1737 to 1741 and later wrote the first full description of the peninsula.",
     "Степан Крашенинников провёл на Камчатке четыре года (1737–1741 гг.), а по собранным там материалам написал знаменитое «Описание земли Камчатки».",
     A, "year", "science", True, None),
    ("Giraffatitan",
     "The towering Giraffatitan skeleton in Berlin's Museum für Naturkunde was assembled from bones that German expeditions dug up at Tendaguru, in what is now Tanzania.",
     "Кости жирафатитана, которого Вернер Яненш в 1914 г. описал как вид брахиозавра, нашли немецкие экспедиции на холме Тендагуру (ныне Танзания).",
     A, "place", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (Lake Hauroko is 462 m deep)
    ("Hauroko",
     "Lake Hauroko in Fiordland, in the far south-west of New Zealand's South Island, is the country's deepest lake, reaching down some 260 metres.",
     "Хауроко во Фьордленде — самое глубокое озеро Новой Зеландии: его глубина составляет 462 м.",
     C, "number", "geography", True, EN),
    # FALSE: EN (Sepúlveda's draining attempt was made in the late XVI century, c. 1580)
    ("Guatavita",
     "Lake Guatavita near Bogotá, where Muisca rulers offered gold, inspired the El Dorado legend; in the 18th century Antonio de Sepúlveda cut a notch in its rim to drain it.",
     "Обряд индейцев-муисков на озере Гуатавита породил легенду об Эльдорадо; в конце XVI в. торговец Антонио де Сепульведа прорыл в его берегу выемку, чтобы спустить воду.",
     C, "century", "geography", False, EN),
    # FALSE: RU (Gocta is in Peru's Amazonas region, not Cusco)
    ("Gocta",
     "Gocta, a two-tiered waterfall roughly 770 metres high in Peru's northern Amazonas region, became widely known only after a German visitor, Stefan Ziemendorff, publicised it in 2006.",
     "Двухкаскадный водопад Гокта высотой около 771 м, находящийся в перуанском регионе Куско, получил мировую известность лишь в 2006 г.",
     C, "place", "geography", True, RU),
    ("Hraunfossar",
     "At Hraunfossar in western Iceland, dozens of rivulets seep out from beneath the Hallmundarhraun lava field and tumble into the glacial Hvítá river.",
     "Водопады Храунфоссар (запад Исландии): вода, просочившаяся сквозь лавовое поле Хатльмундархрейн, выходит из-под него множеством струй и стекает в реку Хвитау.",
     A, "place", "geography", False, None),
    ("Jeita Grotto",
     "The Jeita Grotto, a pair of linked limestone caves in the Nahr al-Kalb valley north of Beirut, was discovered in 1836 by the American missionary William Thomson.",
     "Карстовые пещеры Джейта в Ливане известны с 1836 г., когда американский миссионер Уильям Томсон выстрелил в темноту и по эху понял, как велика полость.",
     A, "year", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: EN (Pearle Wait sold the Jell-O rights for $450)
    ("Jell-O",
     "Jell-O was created in 1897 by Pearle Wait of LeRoy, New York, who two years later sold the name to a local businessman, Orator Woodward, for $4,500.",
     "Десерт Jell-O придумал в 1897 г. плотник Перл Уэйт из городка Ле-Рой (штат Нью-Йорк); в 1899 г. он уступил права на марку всего за $450.",
     C, "money", "economy", False, EN),
    # FALSE: EN (Kool-Aid dates from 1927)
    ("Kool-Aid",
     "Kool-Aid was invented by Edwin Perkins in Hastings, Nebraska, in 1937, when he turned his liquid concentrate Fruit Smack into a powder sold in small envelopes.",
     "Порошковый напиток Kool-Aid придумал в 1927 г. Эдвин Перкинс из Хейстингса (Небраска); в 1953 г. он продал марку компании General Foods.",
     C, "year", "economy", True, EN),
    ("Life Savers",
     "Life Savers mints were launched in 1912 by Clarence Crane, a Cleveland chocolate maker who wanted a sweet that would not melt in the summer heat.",
     "Карамель Life Savers с дыркой посередине, похожую на спасательный круг, придумал кондитер из Кливленда Кларенс Крейн (1912 г.).",
     A, "year", "economy", False, None),
    ("Good Humor",
     "Good Humor ice cream bars on a stick were launched around 1920 by Harry Burt, a confectioner from Youngstown, Ohio, who sold them from bell-ringing trucks.",
     "Мороженое на палочке Good Humor появилось в 1920 г. у кондитера Гарри Берта в Янгстауне (Огайо); вскоре его стали развозить белые фургоны с колокольчиками.",
     A, "place", "economy", True, None),
    ("Kleenex",
     "Kimberly-Clark introduced Kleenex in 1924 as a disposable tissue for removing cold cream, and only later advertised it as a paper handkerchief.",
     "Салфетки Kleenex компания «Кимберли-Кларк» выпустила в 1924 г. для снятия косметического крема; как одноразовый носовой платок их стали рекламировать около 1930 г.",
     A, "year", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: EN (Lehtinen took the SILVER medal in the 1936 5,000 m)
    ("Lehtinen",
     "Finland's Lauri Lehtinen won the 5,000 metres at the 1932 Los Angeles Olympics and four years later, in Berlin, finished third over the same distance.",
     "Финн Лаури Лехтинен, выигравший забег на 5000 м на Олимпиаде-1932 после скандального эпизода с американцем Ральфом Хиллом на финишной прямой, в Берлине-1936 стал серебряным призёром.",
     C, "rank", "sport", False, EN),
    # FALSE: EN (Kabos won the individual SABRE title in 1936, not foil)
    ("Kabos",
     "The Hungarian fencer Endre Kabos won the individual foil title at the 1936 Berlin Olympics and added a team gold with his compatriots.",
     "Венгр Эндре Кабош стал олимпийским чемпионом 1936 г. в Берлине в личном турнире саблистов и помог сборной выиграть командное первенство.",
     C, "entity", "sport", False, EN),
    # FALSE: RU (Helen Jacobs won Wimbledon in 1936; the 1933 title went to Helen Wills Moody)
    ("Helen Jacobs",
     "Helen Jacobs finally won Wimbledon in 1936, after losing several finals there to her great rival Helen Wills Moody.",
     "Американка Хелен Джейкобс, четыре года подряд выигрывавшая чемпионат США (1932–1935 гг.), одержала победу на Уимблдоне в 1933 г.",
     C, "year", "sport", True, RU),
    ("Kozyreva",
     "At the 1956 Winter Olympics in Cortina d'Ampezzo the Soviet skier Lyubov Kozyreva won the women's 10 kilometres cross-country race.",
     "Любовь Козырева — олимпийская чемпионка 1956 г. (Кортина-д'Ампеццо) в лыжной гонке на 10 км; в эстафете советские лыжницы тогда стали вторыми.",
     A, "place", "sport", False, None),
    ("Lapébie",
     "Frenchman Roger Lapébie won the 1937 Tour de France after the race leader, Sylvère Maes, and the whole Belgian team walked out in protest.",
     "Победителем «Тур де Франс» 1937 г. стал француз Роже Лапеби; в том году гонщикам впервые разрешили пользоваться переключателем скоростей.",
     A, "year", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: RU (Leiden was relieved on 3 October 1574)
    ("Hutspot",
     "Hutspot, a mash of potatoes, carrots and onions, is eaten in Leiden every 3 October to mark the lifting of the Spanish siege in 1574.",
     "По преданию, котёл с похлёбкой из пастернака, моркови и лука — прародительницей хютспота — нашли в брошенном испанском лагере после снятия осады Лейдена 13.10.1574.",
     C, "date", "culture", True, RU),
    # FALSE: RU (the Kyiv cake was first made in 1956)
    ("Kyiv cake",
     "The Kyiv cake, two layers of nutty meringue held together with buttercream, was first made in 1956 at the Karl Marx confectionery factory in Kyiv.",
     "Торт «Киевский» — коржи из безе с орехами и масляный крем — впервые изготовили на киевской кондитерской фабрике имени Карла Маркса в начале 1970-х гг.",
     C, "decade", "culture", False, RU),
    ("Jallikattu",
     "Jallikattu, the bull-taming sport of Tamil Nadu held around the Pongal harvest festival, was banned by India's Supreme Court in 2014 and restored by a state law in 2017.",
     "После массовых протестов на пляже Марина в Ченнаи в январе 2017 г. власти Тамилнада вернули джалликатту — укрощение быков, запрещённое Верховным судом Индии в 2014 г.",
     A, "year", "culture", True, None),
    ("Kwaidan",
     "Masaki Kobayashi's Kwaidan (1964) weaves together four ghost stories drawn from Lafcadio Hearn's collections of Japanese folk tales.",
     "Фильм «Квайдан» (1964) японского режиссёра Масаки Кобаяси состоит из четырёх новелл по книгам Лафкадио Хирна; в 1965 г. он получил специальный приз жюри в Каннах.",
     A, "person", "culture", False, None),
    ("Last Year's Snow Was Falling",
     "Last Year's Snow Was Falling, Aleksandr Tatarsky's plasticine cartoon about a bumbling peasant sent to fetch a New Year tree, came out of the Ekran studio in 1983.",
     "Пластилиновый мультфильм «Падал прошлогодний снег» Александр Татарский снял в 1983 г.; незадачливого мужика в нём озвучил Станислав Садальский.",
     A, "year", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: RU (Gogol DID buy up and burn the unsold copies)
    ("Hanz Küchelgarten",
     "Gogol published his idyll Hanz Küchelgarten in 1829 under the pseudonym V. Alov and, stung by hostile reviews, bought up the unsold copies and burned them.",
     "Идиллию «Ганц Кюхельгартен» Гоголь выпустил в 1829 г. под псевдонимом В. Алов; несмотря на разгромные отзывы, уничтожать непроданные экземпляры он не стал.",
     C, "polarity", "literature", False, RU),
    # FALSE: EN (Hadji Abrek appeared in Biblioteka dlya chteniya; The Contemporary was founded only in 1836)
    ("Hadji Abrek",
     "Lermontov's tale in verse Hadji Abrek, written in 1833, appeared in 1835 in the journal The Contemporary, sent there without the poet's knowledge.",
     "Поэму «Хаджи Абрек» (1833) в 1835 г. без ведома Лермонтова отдал в журнал «Библиотека для чтения» его родственник Н. Д. Юрьев.",
     C, "organisation", "literature", True, EN),
    ("Giaour",
     "The Giaour, the first of Byron's Oriental tales, came out in 1813 and grew from edition to edition as the poet kept adding passages.",
     "Поэма Байрона «Гяур» (1813) открыла цикл его «восточных повестей»; от издания к изданию автор дописывал всё новые фрагменты.",
     A, "year", "literature", False, None),
    ("Kater Murr",
     "In Hoffmann's unfinished novel The Life and Opinions of the Tomcat Murr (1819–1821), the cat's memoirs are interleaved with scraps of a biography of the Kapellmeister Johannes Kreisler.",
     "В «Житейских воззрениях кота Мурра» Гофмана записки кота перемежаются обрывками жизнеописания капельмейстера Иоганнеса Крейслера — якобы по вине типографии.",
     A, "person", "literature", True, None),
    ("Kevade",
     "Oskar Luts's Kevade (Spring), published in 1912–1913, follows Arno Tali, Joosep Toots and their classmates at the Paunvere parish school.",
     "Повесть Оскара Лутса «Весна» о школьниках из Паунвере, среди которых Арно Тали и Тоотс, вышла в 1912–1913 гг. и стала классикой эстонской литературы.",
     A, "year", "literature", False, None),
    # ---------------- music ----------------
    # FALSE: EN (Gade wrote Jalousie for the Palads cinema in Copenhagen, not Stockholm)
    ("Jalousie",
     "Jacob Gade wrote his tango Jalousie in 1925 to accompany a silent film at a cinema in Stockholm, where he was leading the orchestra.",
     "Танго «Ревность» (Jalousie) датский скрипач Якоб Гаде сочинил в 1925 г. для показа немого фильма в копенгагенском кинотеатре «Паладс», где руководил оркестром.",
     C, "place", "music", True, EN),
    # FALSE: RU (the infringing riff was in Men at Work's Down Under, not an INXS song)
    ("Kookaburra",
     "In 2010 an Australian court found that the flute riff of Men at Work's hit Down Under borrowed from Kookaburra Sits in the Old Gum Tree, written by Marion Sinclair.",
     "В 2010 г. австралийский суд признал, что во флейтовом проигрыше одного из хитов группы INXS позаимствована мелодия детской песенки Мэрион Синклер «Кукабарра».",
     C, "entity", "music", False, RU),
    ("Goluboy vagon",
     "The Blue Carriage, the wistful song from the 1974 puppet film Shapoklyak, was composed by Vladimir Shainsky to words by Eduard Uspensky.",
     "Песенку «Голубой вагон», которую в мультфильме Романа Качанова «Шапокляк» (1974 г.) поют Крокодил Гена и его друзья, сочинил Владимир Шаинский на стихи Эдуарда Успенского.",
     A, "person", "music", True, None),
    ("Lullaby of Birdland",
     "George Shearing composed Lullaby of Birdland in 1952 as a theme for the New York jazz club Birdland, itself named after Charlie Parker.",
     "Джазовый стандарт Lullaby of Birdland, посвящённый нью-йоркскому клубу «Бёрдленд», написал слепой британский пианист Джордж Ширинг.",
     A, "person", "music", False, None),
    ("Lobgesang",
     "Mendelssohn's Lobgesang, his Second Symphony with a long choral finale, was first heard in Leipzig's St Thomas Church in June 1840 during a festival honouring Gutenberg.",
     "Симфония-кантата «Хвалебная песнь» Мендельсона впервые прозвучала 25.06.1840 в Лейпциге на торжествах в честь 400-летия книгопечатания.",
     A, "month", "music", True, None),
    # ---------------- art ----------------
    # FALSE: RU (the painting was off the wall for only about a week)
    ("Hylas and the Nymphs",
     "In January 2018 Manchester Art Gallery took down Waterhouse's Hylas and the Nymphs for about a week to provoke debate, then rehung it after a public outcry.",
     "Картину Уотерхауса «Гилас и нимфы» (1896) Манчестерская художественная галерея в январе 2018 г. сняла с экспозиции на полгода, чтобы вызвать дискуссию.",
     C, "duration", "art", False, RU),
    # FALSE: EN (the original model for Lady Lilith was Fanny Cornforth, not Jane Morris)
    ("Lady Lilith",
     "Rossetti's Lady Lilith, a woman combing her long golden hair, first had Jane Morris as its model, but in 1872–73 he repainted the face using Alexa Wilding.",
     "На картине Россетти «Леди Лилит» (1866–1868) первоначально была изображена Фанни Корнфорт; в 1872–1873 гг. художник переписал лицо, взяв моделью Алексу Уайлдинг.",
     C, "person", "art", True, EN),
    ("Luttrell Psalter",
     "The Luttrell Psalter, illuminated around 1325–1340 for the Lincolnshire landowner Sir Geoffrey Luttrell, is famous for margins crowded with scenes of rural labour.",
     "Псалтирь Латтрелла, созданная в 1320–1340-х гг. по заказу сэра Джеффри Латтрелла, хранится в Британской библиотеке; на её полях изображён крестьянский труд.",
     A, "year", "art", False, None),
    ("Kroisos Kouros",
     "The Anavyssos Kouros, a marble youth of about 530 BC, stood over the grave of Kroisos, whom, its inscription says, raging Ares destroyed in the front ranks.",
     "Курос Кройсоса из Анависсоса (VI в. до н. э.) хранится в Национальном археологическом музее Афин; надпись на постаменте призывает оплакать павшего в бою юношу.",
     A, "century", "art", True, None),
    ("Lion of Chaeronea",
     "The marble Lion of Chaeronea, raised over the grave of the Theban Sacred Band after the battle of 338 BC, was rediscovered in pieces in 1818.",
     "Херонейский лев стоит над братской могилой воинов Священного отряда Фив, павших в 338 г. до н. э.; обломки статуи нашли в 1818 г., а собрали в 1902 г.",
     A, "year", "art", False, None),
    # ---------------- law ----------------
    # FALSE: RU (Hochster could sue at once, before the agreed start date)
    ("Hochster v De la Tour",
     "In Hochster v De la Tour (1853) the court held that a courier whose employer cancelled the engagement in advance could sue at once, without awaiting the agreed start date.",
     "По делу «Хохстер против Де ла Тура» (1853 г.) суд решил, что курьер, которому наниматель заранее отказал, вправе подать иск лишь после наступления оговорённой даты начала службы.",
     C, "opposite", "law", True, RU),
    # FALSE: EN (Hyde's counter-offer was £950)
    ("Hyde v Wrench",
     "In Hyde v Wrench (1840) Wrench offered his farm for £1,000, Hyde replied offering £900, and this counter-offer was held to have killed the original offer.",
     "В деле «Хайд против Ренча» (1840 г.) продавец предложил ферму за 1000 фунтов, покупатель ответил встречным предложением в 950 фунтов, и суд счёл первоначальную оферту отклонённой.",
     C, "money", "law", False, EN),
    # FALSE: RU (the Zehmer agreement was written on the back of a restaurant bill, not a napkin)
    ("Lucy v. Zehmer",
     "In Lucy v. Zehmer (1954) Virginia's highest court enforced a $50,000 farm sale scribbled on the back of a restaurant bill, rejecting the seller's plea that he was joking.",
     "По делу «Люси против Земера» (1954) суд Виргинии признал действительной продажу фермы за $50 тыс., записанную на бумажной салфетке, хотя продавец уверял, что шутил.",
     C, "entity", "law", True, RU),
    ("Ingraham v. Wright",
     "In Ingraham v. Wright (1977) the US Supreme Court ruled 5–4 that paddling pupils in public schools falls outside the Eighth Amendment's ban on cruel and unusual punishment.",
     "Пятью голосами против четырёх Верховный суд США в 1977 г. постановил, что телесные наказания школьников не подпадают под запрет жестоких и необычных наказаний из Восьмой поправки.",
     A, "number", "law", False, None),
    ("Hurtado v. California",
     "Hurtado v. California, decided in 1884, held that states need not use a grand jury indictment in murder cases; Justice John Marshall Harlan was the lone dissenter.",
     "По делу «Уртадо против Калифорнии» (1884 г.) Верховный суд США решил, что Четырнадцатая поправка не обязывает штаты предъявлять обвинение через большое жюри.",
     A, "year", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: RU (the Junkers F 13 carried four passengers)
    ("Junkers F 13",
     "The Junkers F 13, which first flew at Dessau on 25 June 1919, was the world's first all-metal airliner, carrying four passengers in an enclosed cabin.",
     "Первый в мире цельнометаллический пассажирский самолёт Junkers F 13 (первый полёт — 25.06.1919, Дессау) брал на борт до 12 пассажиров.",
     C, "number", "technology", False, RU),
    # FALSE: EN (the first operation by kerosene light took place in Lwów, not Kraków)
    ("Lukasiewicz lamp",
     "The kerosene lamp built by the pharmacists Ignacy Łukasiewicz and Jan Zeh was first used on 31 July 1853 to light an emergency operation in a Kraków hospital.",
     "31 июля 1853 г. при свете керосиновой лампы, сконструированной аптекарем Игнацием Лукасевичем, во львовской больнице провели срочную ночную операцию.",
     C, "place", "technology", True, EN),
    ("Hansen Writing Ball",
     "The Hansen Writing Ball, a typewriter with its keys set on a hemisphere, was patented in 1870 by Rasmus Malling-Hansen, head of Copenhagen's institute for the deaf.",
     "Пишущий шар пастора Расмуса Маллинг-Хансена, запатентованный в 1870 г., в 1882 г. купил Фридрих Ницше, страдавший от слабеющего зрения.",
     A, "year", "technology", False, None),
    ("Kettering Bug",
     "The Kettering Bug, an unmanned aerial torpedo built in 1918 by Dayton-Wright to Charles Kettering's design, was never used in combat before the war ended.",
     "Беспилотную «воздушную торпеду» Kettering Bug, спроектированную Чарльзом Кеттерингом, испытали в 1918 г., но до конца Первой мировой войны в бой её так и не отправили.",
     A, "year", "technology", True, None),
    ("Kaypro II",
     "Non-Linear Systems launched the portable Kaypro II in 1982 at $1,795, bundling a Z80 processor, a 9-inch screen and the CP/M operating system.",
     "Переносной компьютер Kaypro II (1982 г.) с процессором Z80 и ОС CP/M продавался за $1795 — вместе с пакетом программ.",
     A, "money", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: EN (the Greensburg tornado destroyed about 95% of the town)
    ("Greensburg tornado",
     "The EF5 tornado that struck Greensburg, Kansas, late on 4 May 2007 destroyed roughly 40 per cent of the town and killed 11 people there.",
     "Торнадо категории EF5, обрушившийся на Гринсберг (Канзас) вечером 04.05.2007, снёс около 95% городской застройки; в городе погибли 11 человек.",
     C, "percent", "disasters", False, EN),
    # FALSE: EN (Hagibis made landfall on 12 October 2019)
    ("Hagibis",
     "Typhoon Hagibis came ashore on Japan's Izu Peninsula on the evening of 22 October 2019, forcing the cancellation of several Rugby World Cup matches.",
     "Тайфун «Хагибис» вышел на сушу на полуострове Идзу вечером 12.10.2019; из-за него отменили три матча чемпионата мира по регби.",
     C, "date", "disasters", False, EN),
    # FALSE: RU (Jebi hit Kansai airport on 4 September 2018, not in August)
    ("Jebi",
     "On 4 September 2018 Typhoon Jebi flooded Kansai International Airport and drove a tanker into the bridge linking it to the mainland, stranding thousands of travellers.",
     "В августе 2018 г. тайфун «Джеби» затопил международный аэропорт Кансай и бросил танкер на мост, соединяющий искусственный остров с берегом.",
     C, "month", "disasters", True, RU),
    ("Inangahua earthquake",
     "The magnitude 7.1 Inangahua earthquake struck the north-west of New Zealand's South Island early on 24 May 1968, killing three people.",
     "Землетрясение магнитудой 7,1 в районе Инангахуа (Новая Зеландия) 24.05.1968 унесло три жизни; жителей посёлка эвакуировали из-за угрозы прорыва запруды на реке.",
     A, "number", "disasters", True, None),
    ("Kingston coal ash spill",
     "Just before Christmas 2008, a dike failure at the Tennessee Valley Authority's Kingston Fossil Plant released about 1.1 billion gallons of coal fly ash slurry.",
     "22.12.2008 на угольной электростанции Кингстон (Теннесси) прорвало дамбу золоотвала: около 4 млн м³ золы залили окрестности — крупнейший подобный разлив в истории США.",
     A, "number", "disasters", True, None),
]

RELATED = [
    ("Jumonville Glen",
     "After the clash at Jumonville Glen, Washington's men threw up a hasty stockade, Fort Necessity, which he surrendered to the French on 3 July 1754.",
     "Лощина Жюмонвиль-Глен в нынешнем округе Фейетт (Пенсильвания) входит в состав национального поля битвы Форт-Несессити.",
     True, "history"),
    ("Huia",
     "Huia tail feathers, black with broad white tips, were prized by Māori as marks of high rank and worn by chiefs.",
     "Гуйя обитала только в лесах Северного острова Новой Зеландии и добывала из гнилой древесины личинок насекомых.",
     False, "science"),
    ("Jeita Grotto",
     "Visitors explore the lower gallery of the Jeita Grotto by boat, because an underground river runs through it.",
     "В ноябре 1969 г. в пещере Джейта дал несколько концертов немецкий композитор-авангардист Карлхайнц Штокхаузен.",
     True, "geography"),
    ("Life Savers",
     "In 1913 Clarence Crane sold the Life Savers trademark to the businessman Edward Noble for about $2,900.",
     "Поначалу Life Savers выпускались только мятными (Pep-O-Mint), а другие вкусы появились лишь к концу 1910-х гг.",
     False, "economy"),
    ("Helen Jacobs",
     "During the Second World War Helen Jacobs served in the US Navy, eventually reaching the rank of commander.",
     "В 1933 г. Хелен Джейкобс одной из первых теннисисток вышла на корт Уимблдона не в юбке, а в шортах.",
     True, "sport"),
    ("Kwaidan",
     "Kwaidan was nominated for the Academy Award for Best Foreign Language Film.",
     "Музыку к фильму Масаки Кобаяси «Квайдан» написал японский композитор-авангардист Тору Такэмицу.",
     False, "culture"),
    ("Kater Murr",
     "Hoffmann modelled the tomcat Murr on his own pet cat of the same name, whose death in 1821 he announced to friends in a mock obituary.",
     "Третий том «Житейских воззрений кота Мурра» так и не был написан: Гофман умер в 1822 г.",
     True, "literature"),
    ("Lobgesang",
     "Mendelssohn called Lobgesang a 'symphony-cantata', setting biblical texts in its choral finale.",
     "Хотя «Хвалебная песнь» числится Второй симфонией Мендельсона, «Реформационная» и «Итальянская» были написаны раньше неё.",
     False, "music"),
    ("Ingraham v. Wright",
     "James Ingraham, the pupil at the centre of Ingraham v. Wright, was paddled so hard at a Miami junior high school that he needed medical care.",
     "Суд по делу «Инграм против Райта» решил также, что перед поркой ученику не обязательно предоставлять слушание.",
     True, "law"),
    ("Kingston coal ash spill",
     "The Kingston Fossil Plant, which burns coal for the Tennessee Valley Authority, stands where the Emory River flows into the Clinch.",
     "Ликвидация последствий прорыва золоотвала Кингстонской электростанции в 2008 г. обошлась более чем в $1 млрд.",
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
        assert "G" <= subj[0].upper() <= "L", subj
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

    with open(os.path.join(here, "comparable_heldout177.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout177.jsonl"), "w", encoding="utf-8") as f:
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
