#!/usr/bin/env python3
"""Build heldout174: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from M to Z.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Tver uprising broke out in August 1327, on the feast of the Assumption)
    ("Tver uprising",
     "In August 1327 the townspeople of Tver rose against the Horde envoy Chol Khan, who died with his retinue when the palace sheltering him was set on fire.",
     "Тверское восстание против ордынского посла Чолхана (Шевкала) вспыхнуло в марте 1327 г. и закончилось гибелью посла и всей его свиты.",
     C, "month", "history", True, RU),
    # FALSE: EN (Nalyvaiko was executed in Warsaw, not Kraków)
    ("Nalyvaiko uprising",
     "Severyn Nalyvaiko, who led the Cossack and peasant rising of 1594–1596 in Ukraine, was handed over by his own men and executed in Kraków in 1597.",
     "Северина Наливайко, возглавлявшего восстание 1594–1596 гг., выдали полякам сами казаки после осады лагеря у Солоницы; в 1597 г. его казнили в Варшаве.",
     C, "place", "history", False, EN),
    # FALSE: RU (the Polish vanguard at Zhovti Vody was led by Stefan Potocki, not Jeremi Wiśniowiecki)
    ("Zhovti Vody",
     "At Zhovti Vody in the spring of 1648, Bohdan Khmelnytsky's Cossacks and their Crimean Tatar allies destroyed a Polish vanguard under the young Stefan Potocki, who died of his wounds.",
     "В битве у Жёлтых Вод (апрель — май 1648 г.) войска Хмельницкого и крымские татары разгромили коронный авангард, которым командовал князь Иеремия Вишневецкий.",
     C, "person", "history", True, RU),
    ("Napue",
     "In the winter of 1714, at Napue near Isokyrö, Prince Mikhail Golitsyn's Russian army crushed the Finnish forces of General Carl Gustaf Armfeldt.",
     "Поражение армии Армфельта при Напуэ (Остроботния, 1714 г.) от войск князя М. М. Голицына отдало почти всю Финляндию под контроль России.",
     A, "person", "history", False, None),
    ("Tushino camp",
     "In June 1608 the second False Dmitry pitched his camp at the village of Tushino outside Moscow, which earned him the nickname 'the Thief of Tushino'.",
     "Прозвище «Тушинский вор» Лжедмитрий II получил по подмосковному селу Тушино, где его лагерь стоял с 1608 г. до 1610 г.",
     A, "year", "history", True, None),
    # ---------------- science ----------------
    # FALSE: EN (the Maastricht skull was seized by French revolutionary troops and taken to Paris)
    ("Mosasaurus",
     "The skull that gave Mosasaurus its name, dug from a chalk quarry near Maastricht, was seized by Prussian troops as war booty in 1794.",
     "Знаменитый череп мозазавра из маастрихтской каменоломни после взятия города в 1794 г. увезли в Париж французы; родовое название («ящер с Мааса») ввёл Уильям Конибир в 1822 г.",
     C, "entity", "science", False, EN),
    # FALSE: RU (Parasaurolophus was named by Parks in 1922)
    ("Parasaurolophus",
     "Parasaurolophus walkeri, a duck-billed dinosaur with a long hollow crest, was named by William Parks in 1922 from a partial skeleton found in Alberta.",
     "Паразауролоф — гадрозавр с длинным полым гребнем на голове — был описан канадским палеонтологом Уильямом Парксом в начале 1950-х гг. по скелету из Альберты.",
     C, "decade", "science", True, RU),
    # FALSE: EN (the Tagish Lake meteorite fell on 18 January 2000)
    ("Tagish Lake meteorite",
     "The carbon-rich Tagish Lake meteorite exploded over north-western Canada on the morning of 18 March 2000, scattering fragments across a frozen lake.",
     "Углистый хондрит Тагиш-Лейк упал 18.01.2000 на лёд одноимённого озера на севере Британской Колумбии; первые обломки собрал местный житель Джим Брук.",
     C, "month", "science", False, EN),
    ("Plateosaurus",
     "Plateosaurus, one of the first dinosaurs to receive a scientific name, was described by Hermann von Meyer in 1837 from bones found in Franconia.",
     "Платеозавр — крупный растительноядный ящер позднего триаса, описанный Германом фон Мейером (1837 г.); десятки его скелетов известны из Германии и Швейцарии.",
     A, "year", "science", True, None),
    ("Massospondylus",
     "Massospondylus, a long-necked plant-eater from the Early Jurassic of southern Africa, was named in 1854 by the British anatomist Richard Owen.",
     "Массоспондил, описанный Ричардом Оуэном в 1854 г., жил около 190 млн лет назад на территории нынешней ЮАР; в 2012 г. там описали его гнездовье с кладками яиц.",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (Shiprock rises about 480 m / 1,583 ft above the plain)
    ("Shiprock",
     "Shiprock, the eroded core of an ancient volcano on Navajo land in north-western New Mexico, towers some 900 metres above the surrounding desert plain.",
     "Скала Шипрок (Нью-Мексико) — остаток жерла древнего вулкана на землях навахо — поднимается над равниной примерно на 480 м; навахо считают её священной.",
     C, "number", "geography", True, EN),
    # FALSE: RU (Kashyapa built Sigiriya in the late V century AD, c. 477-495)
    ("Sigiriya",
     "The rock fortress of Sigiriya in central Sri Lanka was turned into a royal capital by King Kashyapa in the late fifth century AD.",
     "Дворец на вершине скалы Сигирия (Шри-Ланка) с фресками и «Львиными воротами» построил царь Кашьяпа во II веке н. э.",
     C, "century", "geography", False, RU),
    # FALSE: EN (the 2006 Tokelau referendum got about 60% yes and failed to reach the required two thirds)
    ("Tokelau",
     "In Tokelau's 2006 referendum, the plan for self-government in free association with New Zealand won the two-thirds majority it required.",
     "На референдуме 2006 г. за самоуправление в свободной ассоциации с Новой Зеландией проголосовали около 60% жителей Токелау — меньше требуемых двух третей.",
     C, "polarity", "geography", True, EN),
    ("Meteora",
     "Of the two dozen monasteries once perched on the sandstone pillars of Meteora in Thessaly, only six remain active today.",
     "Из 24 монастырей Метеоры, построенных на скальных столпах близ Каламбаки, сегодня действуют шесть; в 1988 г. комплекс внесён в список ЮНЕСКО.",
     A, "number", "geography", False, None),
    ("Säntis",
     "At 2,502 metres, Säntis is the highest summit of the Alpstein massif in north-eastern Switzerland, and a weather station has operated on it since 1882.",
     "Вершина Сентис (2502 м), высшая точка Альпштайна, лежит на стыке кантонов Санкт-Галлен, Аппенцелль-Ауссерроден и Аппенцелль-Иннерроден.",
     A, "number", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: RU (the name Sinalco comes from the Latin "sine alcohole", not Italian)
    ("Sinalco",
     "Sinalco, the German soft drink first sold in 1902 as Bilz Brause, owes its name to the Latin phrase sine alcohole, meaning 'without alcohol'.",
     "Лимонад «Синалко», выпускавшийся с 1902 г. под маркой Bilz Brause, назван по итальянскому выражению senza alcol — «без алкоголя».",
     C, "entity", "economy", False, RU),
    # FALSE: EN (Rotring was founded in Hamburg)
    ("Rotring",
     "Rotring was founded in Munich in 1928 by Wilhelm Riepe, whose Tintenkuli stylographic pen bore the red ring that later gave the brand its name.",
     "Фирма Rotring (осн. в 1928 г. в Гамбурге) названа по красному кольцу на ручке «Тинтенкули»; в 1953 г. она выпустила рапидограф для чертёжников.",
     C, "place", "economy", True, EN),
    ("Ringnes",
     "The Ringnes brewery was founded in 1876 in Kristiania, today's Oslo, by the brothers Ellef and Amund Ringnes.",
     "Братья Рингнес, основавшие пивоварню в Кристиании в 1876 г., финансировали экспедицию Свердрупа на «Фраме», и тот назвал их именами два арктических острова.",
     A, "year", "economy", False, None),
    ("Mosselprom",
     "Mosselprom, the Moscow food-processing trust founded in 1922, commissioned its famous advertising from the poet Vladimir Mayakovsky and the artist Alexander Rodchenko.",
     "Рекламу Моссельпрома в 1920-х гг. создавали Маяковский (тексты) и Родченко (плакаты); слоган «Нигде кроме как в Моссельпроме!» красовался на здании треста.",
     A, "person", "economy", True, None),
    ("Swedish Match",
     "Swedish Match was formed in 1917, when the financier Ivar Kreuger merged Sweden's leading match manufacturers into a single company.",
     "Спичечный концерн Svenska Tändsticks AB, созданный Иваром Крюгером в 1917 г., к концу 1920-х гг. контролировал большую часть мирового рынка спичек.",
     A, "year", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: RU (Zola Budd finished seventh in the 1984 Olympic 3,000 m final)
    ("Zola Budd",
     "In the 1984 Olympic 3,000 metres final in Los Angeles, the barefoot Zola Budd tangled with Mary Decker, who fell, and Budd eventually finished seventh.",
     "После столкновения с Мэри Деккер в финале Олимпиады-1984 на 3000 м босоногая Зола Бадд, бежавшая за Великобританию, финишировала лишь четвёртой.",
     C, "rank", "sport", True, RU),
    # FALSE: EN (the deciding 1950 match was played at the Maracanã in Rio de Janeiro)
    ("Obdulio Varela",
     "Obdulio Varela captained Uruguay to the 2–1 win over Brazil that decided the 1950 World Cup, played at Montevideo's Estadio Centenario.",
     "Капитан уругвайцев Обдулио Варела вывел команду на решающий матч ЧМ-1950 против Бразилии, выигранный 2:1 на «Маракане» в Рио-де-Жанейро.",
     C, "place", "sport", False, EN),
    # FALSE: RU (Onishchenko's rigged weapon was his épée, not a pistol)
    ("Onishchenko",
     "At the 1976 Montreal Olympics the Soviet pentathlete Boris Onishchenko was disqualified after his épée was found wired to register hits he had not made.",
     "На Играх-1976 в Монреале советского пятиборца Бориса Онищенко дисквалифицировали: его пистолет был переделан так, чтобы засчитывались попадания, которых не было.",
     C, "entity", "sport", True, RU),
    ("Plánička",
     "Goalkeeper František Plánička captained Czechoslovakia in the 1934 World Cup final, lost 2–1 to Italy in Rome after extra time.",
     "Сборная Чехословакии с вратарём и капитаном Франтишеком Планичкой проиграла в финале ЧМ-1934 хозяевам-итальянцам — 1:2 в дополнительное время.",
     A, "number", "sport", False, None),
    ("Poddubny",
     "The wrestler Ivan Poddubny, hailed as the 'champion of champions', died in August 1949 in Yeysk, a town on the Sea of Azov.",
     "Иван Поддубный — «чемпион чемпионов» французской борьбы — умер в 1949 г. в приазовском Ейске, где прожил последние годы.",
     A, "year", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: RU (Fincher patented tiddlywinks in 1888)
    ("Tiddlywinks",
     "The Englishman Joseph Assheton Fincher patented tiddlywinks in 1888, a game in which small discs are flicked into a cup.",
     "Игру тиддлиуинкс — щелчками загонять маленькие фишки в чашку — запатентовал англичанин Джозеф Ассетон Финчер в 1908 г.",
     C, "year", "culture", False, RU),
    # FALSE: EN (Thomas Dam carved the first troll in 1959)
    ("Troll doll",
     "The wild-haired troll doll was first carved in the late 1930s by the Danish woodcutter Thomas Dam as a present for his daughter.",
     "Первого тролля с торчащими волосами в 1959 г. вырезал из дерева датчанин Томас Дам — в подарок дочери, на игрушку для которой не хватало денег.",
     C, "decade", "culture", True, EN),
    ("Tangram",
     "The tangram, a Chinese dissection puzzle, uses seven flat pieces that must be arranged to form a given silhouette.",
     "Танграм — китайская головоломка из 7 фигур: пяти треугольников, квадрата и параллелограмма; в Европе мода на неё пришла в начале XIX века.",
     A, "number", "culture", False, None),
    ("Pachisi",
     "According to legend, the Mughal emperor Akbar played pachisi on a giant courtyard board at Fatehpur Sikri, with slave girls as living pieces.",
     "На выложенном в камне дворе Фатехпур-Сикри, по преданию, Акбар играл в пачиси, используя вместо фишек живых невольниц в цветных одеждах.",
     A, "place", "culture", True, None),
    ("Morozko",
     "Alexander Rou's 1964 fairy-tale film Morozko cast Georgy Millyar as Baba Yaga and Alexander Khvylya as the frost spirit himself.",
     "В сказке Роу «Морозко» (1964) Настеньку сыграла Наталья Седых, Ивана — Эдуард Изотов, а Бабу-ягу — Георгий Милляр.",
     A, "person", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (Dunya is carried off by the hussar Minsky; Silvio is the hero of The Shot)
    ("The Stationmaster",
     "In Pushkin's The Stationmaster, published in 1831, Samson Vyrin's daughter Dunya is carried off to St Petersburg by a passing hussar named Silvio.",
     "В повести «Станционный смотритель», написанной Пушкиным в Болдине осенью 1830 г., дочь Самсона Вырина Дуню увозит в Петербург гусар Минский.",
     C, "person", "literature", True, EN),
    # FALSE: RU (Rogue Male was published in 1939)
    ("Rogue Male",
     "In Geoffrey Household's Rogue Male (1939), an English big-game hunter who fails to shoot a European dictator goes to ground in a Dorset hillside.",
     "Герой романа Джеффри Хаусхолда «Rogue Male» (1959), охотник, не сумевший застрелить диктатора, прячется от погони в норе на склоне холма в Дорсете.",
     C, "year", "literature", False, RU),
    ("Precious Bane",
     "Mary Webb's Precious Bane (1924) is told by Prue Sarn, a Shropshire farm girl shunned by her neighbours because of her hare-lip.",
     "Роман Мэри Уэбб «Драгоценный яд» (1924) — исповедь Пру Сарн, девушки с заячьей губой; книга принесла автору премию «Фемина — Ви Эрёз».",
     A, "person", "literature", True, None),
    ("Roxana",
     "Roxana: The Fortunate Mistress, which appeared in 1724, was the last novel that Daniel Defoe wrote.",
     "«Роксана, или Счастливая куртизанка» (1724) — последний роман Дефо, вышедший за семь лет до смерти писателя.",
     A, "year", "literature", False, None),
    ("The Newcomes",
     "Thackeray's The Newcomes, issued in monthly parts between 1853 and 1855, is narrated by Arthur Pendennis and centres on the gentle Colonel Thomas Newcome.",
     "Рассказчик в «Ньюкомах» Теккерея (1853–1855 гг.) — Артур Пенденнис, а в центре романа — благородный полковник Томас Ньюком.",
     A, "person", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (the text of Perséphone is by André Gide)
    ("Perséphone",
     "Stravinsky's melodrama Perséphone, set to a text by Paul Claudel, was first performed at the Paris Opéra in 1934 with Ida Rubinstein in the title role.",
     "Мелодраму Стравинского «Персефона» на стихи Андре Жида заказала танцовщица Ида Рубинштейн; премьера прошла в Парижской опере в 1934 г.",
     C, "person", "music", False, EN),
    # FALSE: RU (Songs Without Words comprise 48 pieces in eight books of six)
    ("Songs Without Words",
     "Mendelssohn's Songs Without Words comprise 48 short lyrical piano pieces, published in eight books of six, the last two after his death.",
     "Цикл фортепианных миниатюр Мендельсона «Песни без слов» насчитывает 36 пьес — по шесть в каждой тетради.",
     C, "number", "music", True, RU),
    ("Mother Goose",
     "Ravel first wrote Ma mère l'Oye as a piano duet for two young children, and it was premiered in Paris in 1910.",
     "Сюита «Моя матушка Гусыня» (1910 г.) сначала была написана Равелем для фортепиано в четыре руки, а в 1912 г. стала балетом.",
     A, "year", "music", False, None),
    ("Namouna",
     "Édouard Lalo's ballet Namouna, choreographed by Lucien Petipa, was first staged at the Paris Opéra in 1882.",
     "Балет «Намуна» Лало увидел свет на сцене Парижской оперы в 1882 г.; публика приняла его прохладно, но молодой Дебюсси был в восторге.",
     A, "year", "music", True, None),
    ("Tritsch-Tratsch-Polka",
     "The Tritsch-Tratsch-Polka, Op. 214, was written by Johann Strauss II in 1858; its title is Viennese slang for gossip.",
     "Полька «Трич-трач» (соч. 214) Иоганна Штрауса-сына появилась в 1858 г.; по-венски её название означает «болтовня».",
     A, "year", "music", False, None),
    # ---------------- art ----------------
    # FALSE: EN (the earlier version is in the Louvre, the later one in London)
    ("Virgin of the Rocks",
     "Leonardo painted the Virgin of the Rocks twice: the later version hangs in the Louvre, while the earlier one is in London's National Gallery.",
     "Из двух вариантов «Мадонны в скалах» Леонардо ранний хранится в Лувре, а поздний — в лондонской Национальной галерее.",
     C, "opposite", "art", True, EN),
    # FALSE: RU (Surprised! was shown at the Salon des Indépendants in 1891)
    ("Tiger in a Tropical Storm",
     "Henri Rousseau's Tiger in a Tropical Storm (Surprised!), the first of his jungle pictures, was shown at the Salon des Indépendants in 1891.",
     "Картину «Тигр в тропический шторм» («Сюрприз!»), первую из «джунглей» Анри Руссо, публика увидела на Салоне независимых в 1901 г.",
     C, "year", "art", False, RU),
    ("Psyche Revived by Cupid's Kiss",
     "Canova's marble Psyche Revived by Cupid's Kiss, carved between 1787 and 1793, is now in the Louvre.",
     "Мраморная группа Кановы «Амур и Психея» (1787–1793 гг.), где Амур пробуждает Психею поцелуем, находится в парижском Лувре.",
     A, "place", "art", True, None),
    ("Praying Hands",
     "Albrecht Dürer made the brush drawing known as Praying Hands in 1508 as a study for an apostle in the Heller Altarpiece.",
     "Рисунок Дюрера «Руки молящегося» (1508 г.) на синей тонированной бумаге хранится в венской Альбертине.",
     A, "year", "art", False, None),
    ("Wheatfield with Crows",
     "Van Gogh painted Wheatfield with Crows in July 1890 at Auvers-sur-Oise, only weeks before his death.",
     "«Пшеничное поле с воронами» написано Ван Гогом в Овере-сюр-Уаз в июле 1890 г.; картина хранится в амстердамском музее художника.",
     A, "month", "art", True, None),
    # ---------------- law ----------------
    # FALSE: RU (Irene Morgan's conviction was reversed by the US Supreme Court; Virginia's Supreme Court of Appeals had upheld it)
    ("Morgan v. Virginia",
     "In Morgan v. Virginia, decided in June 1946, the US Supreme Court struck down Virginia's law segregating passengers on interstate buses.",
     "Приговор Ирен Морган, в 1944 г. отказавшейся уступить место в междугороднем автобусе Greyhound, отменил Верховный апелляционный суд Виргинии (дело «Морган против Виргинии», 1946 г.).",
     C, "organisation", "law", False, RU),
    # FALSE: RU (the 1894 income tax was struck down by the Supreme Court the next year, in Pollock, 1895)
    ("Wilson–Gorman Tariff",
     "The Wilson–Gorman Tariff of 1894 introduced a 2% tax on incomes over $4,000, but the Supreme Court struck it down the following year.",
     "Введённый тарифом Уилсона — Гормана (1894 г.) налог в 2% на доходы свыше $4000 взимался почти два десятилетия, вплоть до принятия XVI поправки.",
     C, "duration", "law", True, RU),
    # FALSE: EN (the Teller Amendment disclaimed any intention to annex Cuba)
    ("Teller Amendment",
     "The Teller Amendment of April 1898 declared that the United States intended to annex Cuba once Spanish rule there had been ended.",
     "Принятая в апреле 1898 г. поправка Теллера обязывала США не аннексировать Кубу после изгнания испанцев, а оставить управление островом его народу.",
     C, "opposite", "law", False, EN),
    ("Walsh–Healey Act",
     "The Walsh–Healey Public Contracts Act of 1936 required firms supplying the federal government to pay prevailing minimum wages and keep to an eight-hour day.",
     "Закон Уолша — Хили 1936 г. распространил 8-часовой рабочий день и минимальную оплату на предприятия, выполняющие госзаказы США свыше $10 тыс.",
     A, "year", "law", True, None),
    ("Smith–Mundt Act",
     "The Smith–Mundt Act of 1948 allowed the US government to broadcast and publish information abroad while barring its distribution at home.",
     "Закон Смита — Мундта (1948 г.) узаконил вещание и пропаганду США за рубежом, например «Голос Америки», но запретил распространять эти материалы внутри страны.",
     A, "year", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: EN (the Mechanical Turk was built in 1770, i.e. in the XVIII century)
    ("Mechanical Turk",
     "Wolfgang von Kempelen's chess-playing automaton, the Mechanical Turk, was built at the start of the nineteenth century and destroyed by fire in Philadelphia in 1854.",
     "Шахматный автомат «Турок», построенный Вольфгангом фон Кемпеленом в 1770 г., сгорел в 1854 г. при пожаре музея в Филадельфии.",
     C, "century", "technology", True, EN),
    # FALSE: RU (the Simon Personal Communicator was developed by IBM, not Motorola)
    ("Simon Personal Communicator",
     "IBM's Simon Personal Communicator, sold by BellSouth from 1994, combined a mobile phone with a touchscreen, e-mail, a calendar and an address book.",
     "Телефон Simon Personal Communicator с сенсорным экраном, почтой и календарём, разработанный компанией Motorola, появился в продаже в 1994 г.",
     C, "organisation", "technology", False, RU),
    ("Sans Pareil",
     "Timothy Hackworth's locomotive Sans Pareil took part in the Rainhill Trials of 1829 but was withdrawn after one of its cylinders cracked.",
     "Хаквортовский «Сан-Парей» на Рейнхиллских испытаниях 1829 г. уступил «Ракете» Стефенсона: у паровоза лопнул цилиндр.",
     A, "year", "technology", True, None),
    ("Stanley Steamer",
     "The twin brothers Francis and Freelan Stanley founded their steam-car firm, the Stanley Motor Carriage Company, in 1902; it built cars until 1924.",
     "Паровые автомобили «Стэнли» выпускала с 1902 г. фирма братьев-близнецов Фрэнсиса Эдгара и Фрилана Оскара Стэнли.",
     A, "person", "technology", False, None),
    ("VAX-11/780",
     "Digital Equipment Corporation unveiled the VAX-11/780, the first machine of its VAX line, in October 1977.",
     "Первая машина линейки VAX корпорации DEC, представленная в 1977 г., долго служила эталоном производительности «в 1 MIPS».",
     A, "year", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: RU (four Australian athletes died after the Maccabiah bridge collapse)
    ("Maccabiah bridge collapse",
     "Four Australian athletes died after a temporary footbridge over the polluted Yarkon River collapsed during the opening of the 1997 Maccabiah Games.",
     "Обрушение временного моста через загрязнённый Яркон на открытии Маккабиады 14.07.1997 стоило жизни двум австралийским спортсменам.",
     C, "number", "disasters", True, RU),
    # FALSE: EN (the Padang earthquake struck on 30 September 2009)
    ("Padang earthquake",
     "The magnitude 7.6 earthquake that struck off Padang, West Sumatra, on 30 October 2009 killed more than 1,100 people.",
     "Землетрясение магнитудой 7,6 у берегов Западной Суматры 30.09.2009 разрушило значительную часть Паданга; погибли свыше 1,1 тыс. человек.",
     C, "date", "disasters", False, EN),
    # FALSE: EN (the Whittier Narrows earthquake struck on 1 October 1987)
    ("Whittier Narrows earthquake",
     "The Whittier Narrows earthquake, magnitude 5.9, shook the Los Angeles area early on the morning of 1 October 1985 and killed eight people.",
     "Землетрясение Уиттиер-Нэрроуз (магнитуда 5,9) произошло 01.10.1987 в пригородах Лос-Анджелеса; погибли 8 человек.",
     C, "date", "disasters", False, EN),
    ("Zarand earthquake",
     "The magnitude 6.4 earthquake near Zarand, in Iran's Kerman province, on 22 February 2005 killed more than 600 people.",
     "Землетрясение 22.02.2005 близ Заранда (остан Керман, Иран) магнитудой 6,4 унесло около 600 жизней.",
     A, "number", "disasters", False, None),
    ("Uttarakhand floods",
     "Cloudbursts and flash floods in the Indian state of Uttarakhand in June 2013 killed thousands, many of them pilgrims near the Kedarnath temple.",
     "Наводнения и оползни в индийском штате Уттаракханд в июне 2013 г. унесли свыше 5,7 тыс. жизней; сильнее всего пострадала округа храма Кедарнатх.",
     A, "month", "disasters", True, None),
]

RELATED = [
    ("Tushino camp",
     "Marina Mniszech, the widow of the first False Dmitry, joined the Tushino camp and acknowledged the new pretender as her husband.",
     "Бывшее подмосковное село Тушино в 1960 г. вошло в черту Москвы и стало одним из её районов.",
     True, "history"),
    ("Mosasaurus",
     "Mosasaurus was a giant marine reptile of the Late Cretaceous, more closely related to lizards than to dinosaurs.",
     "Голотип вида Mosasaurus hoffmannii — череп из Маастрихта — хранится в парижском Национальном музее естественной истории.",
     False, "science"),
    ("Tokelau",
     "Tokelau is made up of three coral atolls, Atafu, Nukunonu and Fakaofo, and has no airport.",
     "Официальными языками Токелау, новозеландской территории в Тихом океане, служат токелауанский и английский.",
     True, "geography"),
    ("Swedish Match",
     "Swedish Match, long known for its matches, now earns most of its money from snus and nicotine pouches such as ZYN.",
     "В 2022 г. шведского производителя снюса и спичек Swedish Match купил табачный гигант Philip Morris International.",
     False, "economy"),
    ("Zola Budd",
     "Zola Budd, who later ran for Britain, was born in 1966 in Bloemfontein, South Africa.",
     "Зола Бадд дважды подряд — в 1985 и 1986 гг. — выигрывала чемпионат мира по кроссу.",
     True, "sport"),
    ("The Stationmaster",
     "The Stationmaster is one of the five stories that make up Pushkin's The Tales of the Late Ivan Petrovich Belkin.",
     "Эпиграф к «Станционному смотрителю» Пушкин взял из стихотворения Петра Вяземского «Станция».",
     False, "literature"),
    ("Perséphone",
     "In Perséphone the title role is spoken rather than sung, while the priest Eumolpus is a tenor part.",
     "Текст «Персефоны» Андре Жид построил на сюжете гомеровского гимна к Деметре.",
     True, "music"),
    ("Praying Hands",
     "The central panel of the Heller Altarpiece, for which Dürer drew the Praying Hands, was destroyed by fire in Munich in 1729.",
     "Знаменитый лист Дюрера «Руки молящегося» ныне хранится в собрании венского музея Альбертина.",
     False, "art"),
    ("Teller Amendment",
     "Senator Henry M. Teller of Colorado, after whom the amendment is named, had served as Secretary of the Interior in the 1880s.",
     "Поправка Теллера вошла в совместную резолюцию Конгресса от 20.04.1898, потребовавшую от Испании уйти с Кубы.",
     True, "law"),
    ("Padang earthquake",
     "The 2009 Padang earthquake originated at a depth of roughly 80 kilometres beneath the sea floor.",
     "Паданг, где в 2009 г. рухнули сотни зданий, — административный центр индонезийской провинции Западная Суматра.",
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
        assert "M" <= subj[0].upper() <= "Z", subj
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

    with open(os.path.join(here, "comparable_heldout174.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout174.jsonl"), "w", encoding="utf-8") as f:
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
