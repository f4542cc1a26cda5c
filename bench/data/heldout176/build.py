#!/usr/bin/env python3
"""Build heldout176: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from M to R (M, N, O, P, Q or R).
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: EN (the soldiers of Belisarius and Mundus killed about 30,000 people in the Hippodrome)
    ("Nika riots",
     "The Nika riots of January 532 ended when troops under Belisarius and Mundus trapped the rebels inside the Hippodrome of Constantinople and killed some 3,000 people.",
     "Восстание «Ника» (532 г.) было потоплено в крови прямо на константинопольском ипподроме: по словам Прокопия, солдаты Велизария перебили там свыше 30 тыс. человек.",
     C, "number", "history", True, EN),
    # FALSE: RU (New Sweden lasted 17 years, from 1638 to 1655)
    ("New Sweden",
     "New Sweden, the colony founded on the Delaware River in 1638 around Fort Christina, was taken by the Dutch under Peter Stuyvesant in 1655.",
     "Шведская колония Новая Швеция в долине реки Делавэр просуществовала всего около семи лет, после чего перешла под власть голландцев.",
     C, "duration", "history", False, RU),
    # FALSE: RU (the Newport Rising took place on 4 November 1839)
    ("Newport Rising",
     "On 4 November 1839 several thousand Chartists led by John Frost marched on the Westgate Hotel in Newport, where soldiers opened fire and killed some twenty of them.",
     "Ньюпортское восстание чартистов во главе с Джоном Фростом вспыхнуло в начале декабря 1839 г. и было подавлено ружейным огнём у гостиницы «Уэстгейт».",
     C, "month", "history", True, RU),
    ("Maji Maji Rebellion",
     "The Maji Maji Rebellion broke out in German East Africa in July 1905, provoked largely by the forced cultivation of cotton for export.",
     "Восстание Маджи-Маджи (1905–1907 гг.) на юге нынешней Танзании получило название от «священной воды», которая, как верили повстанцы, защищала от немецких пуль.",
     A, "year", "history", False, None),
    ("Radical War",
     "The Radical War, a week of strikes and armed unrest in central Scotland in April 1820, ended with the hanging of James Wilson, Andrew Hardie and John Baird.",
     "Шотландская «Радикальная война» апреля 1820 г. закончилась стычкой у Боннимура, а её вожаков Харди и Бэрда позднее казнили в Стерлинге.",
     A, "month", "history", True, None),
    # ---------------- science ----------------
    # FALSE: EN (Meganeura had a wingspan of about 65-70 cm)
    ("Meganeura",
     "Meganeura, a griffinfly of the Late Carboniferous known from fossils dug up at Commentry in central France, had a wingspan of roughly 25 centimetres.",
     "Меганевра — гигантское насекомое, родственное стрекозам, жившее около 300 млн лет назад; размах её крыльев достигал 65–70 см, а остатки найдены во Франции.",
     C, "number", "science", False, EN),
    # FALSE: RU (Orrorin was found in the Tugen Hills of Kenya, not in Ethiopia)
    ("Orrorin",
     "Fossils of Orrorin tugenensis, a hominin roughly six million years old, were unearthed in Kenya's Tugen Hills in 2000 by a team led by Brigitte Senut and Martin Pickford.",
     "Кости оррорина, жившего около 6 млн лет назад, в 2000 г. нашла в Эфиопии экспедиция Бриджит Сеню и Мартина Пикфорда.",
     C, "place", "science", True, RU),
    # FALSE: EN (P. boisei was nicknamed "Nutcracker Man"; "Handy Man" is Homo habilis)
    ("Paranthropus boisei",
     "The massive skull of Paranthropus boisei that Mary Leakey spotted at Olduvai Gorge in July 1959 earned the species the nickname 'Handy Man'.",
     "Найденный Мэри Лики в Олдувайском ущелье в 1959 г. массивный череп парантропа Бойса принёс этому виду прозвище «Щелкунчик» — за огромные коренные зубы.",
     C, "entity", "science", False, EN),
    ("Pikaia",
     "Pikaia gracilens, a small swimming animal from the Burgess Shale of British Columbia, was described by Charles Walcott in 1911 and is now regarded as an early chordate.",
     "Пикайю из сланцев Бёрджесс Чарлз Уолкотт поначалу принял за кольчатого червя; теперь это кембрийское существо считают одним из древнейших хордовых.",
     A, "person", "science", True, None),
    ("Rhynie chert",
     "The Rhynie chert of Aberdeenshire, discovered by the geologist William Mackie in 1912, preserves some of the earliest land plants in astonishing detail.",
     "Кремнистые отложения у деревни Райни в Шотландии, открытые Уильямом Макки в 1912 г., в мельчайших деталях сохранили раннедевонские растения, грибы и членистоногих.",
     A, "year", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: RU (Concepción is the active volcano and Maderas the extinct one)
    ("Ometepe",
     "Ometepe, an island in Lake Nicaragua, is formed by two volcanoes: the still-active Concepción, 1,610 m high, and the lower, extinct Maderas.",
     "Остров Ометепе на озере Никарагуа образован двумя вулканами — действующим Мадерасом и давно потухшим Консепсьоном высотой 1610 м.",
     C, "opposite", "geography", False, RU),
    # FALSE: EN (the Richat Structure is about 40 km across)
    ("Richat Structure",
     "The Richat Structure in the Mauritanian Sahara, a set of concentric rings long mistaken for an impact crater, measures only some 15 kilometres across.",
     "«Глаз Сахары» — структура Ришат в Мавритании диаметром около 40 км — оказался не ударным кратером, а сильно размытым геологическим куполом.",
     C, "number", "geography", True, EN),
    ("Murchison Falls",
     "Samuel Baker, who reached Murchison Falls in 1864, named them after Sir Roderick Murchison, then president of the Royal Geographical Society.",
     "Водопад Мерчисон на Виктория-Ниле, где река протискивается сквозь семиметровую теснину, назван Сэмюэлом Бейкером в честь геолога Родерика Мерчисона.",
     A, "person", "geography", False, None),
    ("Nan Madol",
     "Nan Madol, the ruined city of basalt islets off Pohnpei, was inscribed on the UNESCO World Heritage List in 2016 and at once placed on its danger list.",
     "Руины Нан-Мадола — около сотни искусственных островков из базальта и кораллов у побережья Понпеи — внесены в список Всемирного наследия ЮНЕСКО в 2016 г.",
     A, "year", "geography", True, None),
    ("Rotuma",
     "Rotuma, a volcanic island more than 400 km north of the main Fijian islands, was ceded to Britain in 1881 and has been part of Fiji ever since.",
     "Населённый полинезийцами остров Ротума в 1881 г. перешёл под власть британской короны и был присоединён к колонии Фиджи.",
     A, "year", "geography", False, None),
    # ---------------- economy ----------------
    # FALSE: RU (Nuutajärvi was founded in 1793, i.e. in the late XVIII century)
    ("Nuutajärvi",
     "Nuutajärvi, the glassworks in Urjala founded in 1793, is the oldest still operating in Finland.",
     "Стеклозавод Нуутаярви в общине Урьяла, старейший из действующих в Финляндии, основан в конце XIX века.",
     C, "century", "economy", True, RU),
    # FALSE: EN (the factory took the name Rot Front in 1931)
    ("Rot Front",
     "The Moscow confectionery Rot Front, which traces its history back to 1826, adopted its name, the salute of the German communists, only in the early 1950s.",
     "Кондитерская фабрика «Рот Фронт» ведёт историю с 1826 г., а нынешнее название — в честь немецкого Союза красных фронтовиков — получила в 1931 г.",
     C, "decade", "economy", False, EN),
    # FALSE: RU (the Obukhov works was renamed Bolshevik in 1922; Krasny Putilovets was the Putilov works)
    ("Obukhov plant",
     "The Obukhov steel works, founded in St Petersburg in 1863 by the metallurgist Pavel Obukhov and his partners, was renamed Bolshevik in 1922.",
     "Петербургский Обуховский завод (осн. в 1863 г.), прославившийся стальными орудиями, в 1922 г. был переименован в «Красный путиловец».",
     C, "entity", "economy", True, RU),
    ("Petrovsky Passage",
     "Moscow's Petrovsky Passage, a glass-roofed shopping arcade on Petrovka Street built for Vera Firsanova, opened to customers in 1906.",
     "Петровский пассаж, построенный в 1903–1906 гг. по заказу домовладелицы В. Ю. Фирсановой, и сегодня остаётся одним из известных универмагов Москвы.",
     A, "year", "economy", False, None),
    ("Motovilikha works",
     "The Motovilikha works near Perm began in 1736 as a copper smelter set up on the orders of Vasily Tatishchev, and later turned to making artillery.",
     "Мотовилихинский медеплавильный завод основан по распоряжению В. Н. Татищева в 1736 г.; позднее Мотовилиха стала одним из главных центров русского артиллерийского производства.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: EN (Nimzowitsch died in Copenhagen)
    ("Nimzowitsch",
     "Aron Nimzowitsch, author of the chess classic My System (1925), was born in Riga in 1886 and died in Stockholm in 1935.",
     "Уроженец Риги Арон Нимцович, автор знаменитой книги «Моя система» (1925), скончался в 1935 г. в Копенгагене, где провёл последние годы жизни.",
     C, "place", "sport", False, EN),
    # FALSE: RU (Ozoliņa won the gold medal in Rome)
    ("Ozoliņa",
     "Elvīra Ozoliņa of Latvia won the women's javelin for the Soviet Union at the 1960 Rome Olympics, setting an Olympic record.",
     "Серебряную медаль Олимпиады-1960 в Риме в метании копья завоевала для сборной СССР латышка Эльвира Озолиня.",
     C, "rank", "sport", True, RU),
    ("Puchkov",
     "Goaltender Nikolai Puchkov helped the Soviet Union win its first Olympic ice hockey title, at Cortina d'Ampezzo in 1956.",
     "Вратарь Николай Пучков — олимпийский чемпион 1956 г. (Кортина-д'Ампеццо); позднее он много лет тренировал ленинградский СКА.",
     A, "year", "sport", False, None),
    ("Pélissier",
     "Henri Pélissier won the 1923 Tour de France, the first French victory in the race since 1911.",
     "Анри Пелисье, победитель «Тур де Франс» 1923 г., в 1935 г. был застрелен своей подругой Камиллой Таро.",
     A, "year", "sport", True, None),
    ("Pietrangeli",
     "Nicola Pietrangeli, born in Tunis in 1933, won the singles title at the French Championships twice in a row, in 1959 and 1960.",
     "Итальянец Никола Пьетранджели — двукратный чемпион Франции (1959–1960 гг.) и рекордсмен Кубка Дэвиса по числу сыгранных встреч.",
     A, "number", "sport", False, None),
    # ---------------- culture ----------------
    # FALSE: EN (the carnival has been held every year since 1955)
    ("Quebec Winter Carnival",
     "First held in 1894, the Quebec Winter Carnival has been staged every year only since 1965, presided over by the snowman mascot Bonhomme.",
     "Зимний карнавал в Квебеке, впервые устроенный в 1894 г., проводится ежегодно с 1955 г.; символ праздника — снеговик Бономм в красном колпаке.",
     C, "year", "culture", True, EN),
    # FALSE: RU (the Ouija patent was granted on 10 February 1891)
    ("Ouija",
     "The US patent for the talking board sold as Ouija was granted to the Baltimore attorney Elijah Bond on 10 February 1891.",
     "Патент на спиритическую доску «Уиджа», которую выпускала балтиморская Kennard Novelty Company, адвокат Элайджа Бонд получил 20.07.1891.",
     C, "date", "culture", False, RU),
    # FALSE: EN (Antoine's, where Oysters Rockefeller was created, is in New Orleans)
    ("Oysters Rockefeller",
     "Oysters Rockefeller, baked under a rich green sauce, was created in 1899 by Jules Alciatore at Antoine's restaurant in St. Louis.",
     "Запечённые «устрицы Рокфеллер» придумал в 1899 г. Жюль Альсиатор из новоорлеанского ресторана «Антуан»; блюдо назвали в честь миллионера за «богатый» соус.",
     C, "place", "culture", True, EN),
    ("Raggedy Ann",
     "Johnny Gruelle patented his rag doll Raggedy Ann in 1915, and the first book of Raggedy Ann stories followed three years later.",
     "Тряпичную куклу Рэггеди Энн, придуманную иллюстратором Джонни Груэллом, запатентовали в 1915 г.; сборник сказок о ней вышел в 1918 г.",
     A, "year", "culture", False, None),
    ("Radio Flyer",
     "The Radio Flyer red wagon traces back to Antonio Pasin, an Italian immigrant who began building wooden wagons in Chicago in 1917.",
     "Знаменитые красные тележки Radio Flyer ведут начало от чикагской мастерской итальянского эмигранта Антонио Пазина, делавшего деревянные повозки.",
     A, "person", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: EN (Matryona's Place appeared in Novy Mir, no. 1, 1963)
    ("Matryona's Place",
     "Solzhenitsyn's story Matryona's Place, about a selfless village widow, first appeared in the magazine Yunost in January 1963.",
     "Рассказ Солженицына «Матрёнин двор», написанный в 1959 г., был напечатан в первом номере «Нового мира» за 1963 г.",
     C, "organisation", "literature", False, EN),
    # FALSE: RU (Mateo Falcone was published in 1829)
    ("Mateo Falcone",
     "In Mérimée's Mateo Falcone, published in 1829, a Corsican father shoots his ten-year-old son Fortunato for betraying a fugitive to the soldiers.",
     "Новелла Проспера Мериме «Маттео Фальконе», опубликованная в 1840-х гг., рассказывает о корсиканце, казнившем единственного сына за предательство.",
     C, "decade", "literature", True, RU),
    ("Phineas Finn",
     "Anthony Trollope's Phineas Finn, the second of his Palliser novels, came out in book form in 1869 and follows a young Irish barrister into Parliament.",
     "Роман Троллопа «Финеас Финн» (1869), второй в «паллисеровском» цикле, — история молодого ирландца, избранного в палату общин.",
     A, "year", "literature", False, None),
    ("Marianela",
     "Benito Pérez Galdós published Marianela in 1878; its heroine, a plain orphan girl, guides a blind young man who later regains his sight.",
     "В романе Гальдоса «Марианела» (1878 г.) слепой Пабло прозревает после операции, а его некрасивая поводырша Нела умирает.",
     A, "year", "literature", True, None),
    ("Robbery Under Arms",
     "Robbery Under Arms, narrated by the young bushranger Dick Marston, was written by Rolf Boldrewood and serialised in the Sydney Mail in 1882–83.",
     "Автор австралийского романа «Robbery Under Arms» о разбойнике по прозвищу капитан Старлайт — Ролф Болдревуд (настоящее имя Томас Александер Браун).",
     A, "person", "literature", False, None),
    # ---------------- music ----------------
    # FALSE: EN (Poet and Peasant dates from 1846)
    ("Poet and Peasant",
     "Franz von Suppé wrote his Poet and Peasant overture in 1866 for a comedy staged in Vienna, and it remains his best-known piece.",
     "Увертюра Франца фон Зуппе «Поэт и крестьянин» написана в 1846 г. к одноимённой венской пьесе Карла Эльмара.",
     C, "year", "music", True, EN),
    # FALSE: EN (Relâche premiered on 4 December 1924)
    ("Relâche",
     "Satie's ballet Relâche, with a scenario by Francis Picabia, premiered at the Théâtre des Champs-Élysées on 14 December 1924.",
     "Балет Эрика Сати «Релаш» («Спектакль отменяется») по сценарию Пикабиа впервые показали «Шведские балеты» 04.12.1924; в антракте шёл фильм Рене Клера.",
     C, "date", "music", False, EN),
    # FALSE: RU (the words of Moscow in May are by Vasily Lebedev-Kumach)
    ("Moscow in May",
     "The 1937 song Moscow in May, which opens with morning light colouring the Kremlin walls, was written by the Pokrass brothers to words by Vasily Lebedev-Kumach.",
     "Песню «Москва майская» («Утро красит нежным светом...») братья Дмитрий и Даниил Покрасс сочинили в 1937 г. на стихи Михаила Исаковского.",
     C, "person", "music", True, RU),
    ("Ocarina",
     "The modern ocarina was developed in 1853 by Giuseppe Donati of Budrio, near Bologna, whose name for it meant 'little goose' in the local dialect.",
     "Окарина в современном виде появилась в городке Будрио под Болоньей: там её в 1853 г. сконструировал Джузеппе Донати.",
     A, "place", "music", False, None),
    ("Novachord",
     "Hammond's Novachord, unveiled in 1939, is often called the first commercial polyphonic synthesizer; only about a thousand were built.",
     "Электронный инструмент «Новакорд» фирмы Hammond, представленный в 1939 г., выпускался недолго: до 1942 г. собрали немногим более 1000 экземпляров.",
     A, "year", "music", True, None),
    # ---------------- art ----------------
    # FALSE: RU (The Red Studio has belonged to the Museum of Modern Art, New York, since 1949)
    ("Red Studio",
     "Henri Matisse painted The Red Studio in 1911 at Issy-les-Moulineaux; the Museum of Modern Art in New York acquired it in 1949.",
     "«Красная мастерская» Анри Матисса (1911), где на алом фоне развешаны работы самого художника, с 1949 г. принадлежит лондонской галерее Тейт.",
     C, "organisation", "art", False, RU),
    # FALSE: EN (Romans of the Decadence was shown at the Salon of 1847)
    ("Romans of the Decadence",
     "Thomas Couture's huge canvas Romans of the Decadence caused a sensation at the Paris Salon of 1867 and now hangs in the Musée d'Orsay.",
     "Огромное полотно Тома Кутюра «Римляне времён упадка» стало сенсацией Салона 1847 г.; ныне оно хранится в парижском музее Орсе.",
     C, "year", "art", True, EN),
    ("Ploughing in the Nivernais",
     "Rosa Bonheur's Ploughing in the Nivernais, with its teams of oxen turning the soil, was commissioned by the French state and shown at the Salon of 1849.",
     "Картина Розы Бонёр «Пахота в Ниверне» (1849 г.) с упряжками волов написана по государственному заказу; сейчас она в музее Орсе.",
     A, "year", "art", False, None),
    ("Peacock Clock",
     "The Peacock Clock, an automaton made in London by James Cox, was bought by Prince Potemkin and reassembled in St Petersburg by the mechanic Ivan Kulibin.",
     "Часы «Павлин» английского мастера Джеймса Кокса привезли в Петербург в 1781 г. в разобранном виде; собрал их Иван Кулибин.",
     A, "person", "art", True, None),
    ("Orlov Diamond",
     "The Orlov Diamond, weighing about 190 carats, was presented to Catherine the Great by Count Grigory Orlov and set into the imperial sceptre.",
     "Алмаз «Орлов» массой 189,62 карата, подаренный Екатерине II графом Г. Г. Орловым, украшает навершие императорского скипетра.",
     A, "number", "art", False, None),
    # ---------------- law ----------------
    # FALSE: RU (the first Governor-General under the Regulating Act was Warren Hastings)
    ("Regulating Act",
     "Lord North's Regulating Act of 1773 created the post of Governor-General of Bengal, first held by Warren Hastings, and a Supreme Court at Calcutta.",
     "Первым генерал-губернатором Бенгалии — эту должность ввёл Регулирующий акт 1773 г. — стал Роберт Клайв.",
     C, "person", "law", True, RU),
    # FALSE: EN (in Priestley v Fowler the Court of Exchequer held the master NOT liable)
    ("Priestley v Fowler",
     "In Priestley v Fowler (1837) the Court of Exchequer held a butcher liable to his servant, who had been hurt when an overloaded van broke down.",
     "В деле «Пристли против Фаулера» (1837 г.) Суд казначейства отказал слуге в иске к хозяину, положив начало доктрине «общей службы».",
     C, "opposite", "law", False, EN),
    ("Propiska",
     "Soviet internal passports with compulsory residence registration, the propiska, were introduced by a decree of 27 December 1932.",
     "Единую паспортную систему с обязательной пропиской в СССР ввели постановлением ЦИК и СНК от 27.12.1932; колхозники паспортов тогда не получили.",
     A, "date", "law", True, None),
    ("Ozawa v. United States",
     "In Ozawa v. United States (1922), the Supreme Court unanimously ruled that the Japanese-born Takao Ozawa could not be naturalised as a 'white person'.",
     "В ноябре 1922 г. Верховный суд США по делу Такао Одзавы единогласно постановил, что уроженцы Японии не могут натурализоваться как «белые».",
     A, "year", "law", False, None),
    ("Pitt's India Act",
     "Pitt's India Act of 1784 set up a Board of Control in London to supervise the political affairs of the East India Company.",
     "Закон Питта об Индии (1784 г.) поставил над Ост-Индской компанией Контрольный совет; эта «двойная система» просуществовала до 1858 г.",
     A, "year", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: EN (the Rotherham plough was patented in 1730, i.e. in the XVIII century)
    ("Rotherham plough",
     "The Rotherham plough, a light triangular plough patented by Joseph Foljambe and Disney Stanyforth, appeared in the early nineteenth century.",
     "Ротерхэмский плуг — лёгкий треугольный плуг, запатентованный Джозефом Фолджамбом в 1730 г., — стал первым плугом, который выпускали серийно.",
     C, "century", "technology", False, EN),
    # FALSE: RU (the first Newton MessagePad went on sale in August 1993)
    ("Newton MessagePad",
     "Apple's first Newton MessagePad, a handheld computer with handwriting recognition, went on sale in August 1993 for about $700.",
     "Продажи «Ньютона» — карманного компьютера MessagePad от Apple, умевшего распознавать рукописный текст, — стартовали в марте 1993 г.",
     C, "month", "technology", True, RU),
    # FALSE: RU (the quadruplex telegraph was invented by Thomas Edison)
    ("Quadruplex telegraph",
     "Thomas Edison's quadruplex telegraph of 1874 let a single wire carry four messages at once, two in each direction.",
     "Изобретателем квадруплексной телеграфии (1874 г.) — схемы, по которой один провод одновременно нёс четыре депеши, — был Элайша Грей.",
     C, "person", "technology", False, RU),
    ("Orrery",
     "The orrery takes its name from Charles Boyle, 4th Earl of Orrery, for whom the instrument maker John Rowley built an early example around 1713.",
     "Механическая модель Солнечной системы названа оррерием в честь графа Оррери Чарльза Бойля, для которого её в начале XVIII века изготовил Джон Роули.",
     A, "person", "technology", True, None),
    ("Octant",
     "John Hadley presented his reflecting octant to the Royal Society in 1731, about the time Thomas Godfrey built a similar instrument in Philadelphia.",
     "Отражательный октант, дуга которого составляет восьмую часть окружности, Джон Хэдли представил Королевскому обществу в 1731 г.",
     A, "person", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: RU (nobody was killed in the Meckering earthquake)
    ("Meckering earthquake",
     "The earthquake that wrecked the wheatbelt town of Meckering, Western Australia, on 14 October 1968 caused no deaths, though about twenty people were injured.",
     "Землетрясение 14.10.1968, разрушившее городок Мекеринг в Западной Австралии, унесло несколько человеческих жизней.",
     C, "polarity", "disasters", False, RU),
    # FALSE: EN (the crash happened on 20 January 1992)
    ("Mont Sainte-Odile crash",
     "Air Inter Flight 148, an Airbus A320, flew into a ridge near Mont Sainte-Odile while approaching Strasbourg on 12 January 1992; 87 of the 96 people aboard died.",
     "Катастрофа A320 авиакомпании Air Inter у горы Сент-Одиль (Эльзас) произошла 20.01.1992: из 96 человек на борту выжили девять.",
     C, "date", "disasters", False, EN),
    ("Oroville Dam crisis",
     "In February 2017 damage to the spillways of Oroville Dam, the tallest dam in the United States, forced nearly 190,000 people in northern California to evacuate.",
     "Угроза разрушения водосброса плотины Оровилл в феврале 2017 г. вынудила эвакуировать около 188 тыс. жителей долины реки Фэзер.",
     A, "month", "disasters", True, None),
    ("Mefküre",
     "In August 1944 the small Turkish motor schooner Mefküre, carrying Jewish refugees from Romania, was sunk in the Black Sea, and only a handful survived.",
     "Шхуна «Мефкуре» с еврейскими беженцами из Констанцы была потоплена в Чёрном море в начале августа 1944 г.; погибли около 300 человек.",
     A, "month", "disasters", True, None),
    ("Rogers Pass avalanche",
     "On 4 March 1910 an avalanche at Rogers Pass in British Columbia buried a Canadian Pacific crew clearing the line, killing 58 men.",
     "Лавина на перевале Роджерс (Британская Колумбия) 04.03.1910 погребла 58 железнодорожных рабочих, расчищавших путь после предыдущего схода снега.",
     A, "number", "disasters", True, None),
]

RELATED = [
    ("Newport Rising",
     "John Frost, who led the Chartist march on Newport, had served as the town's mayor a few years earlier.",
     "Смертный приговор Фросту и двум другим вожакам ньюпортских чартистов заменили пожизненной ссылкой на Землю Ван-Димена.",
     True, "history"),
    ("Pikaia",
     "Pikaia was named after Pika Peak, a mountain close to the Burgess Shale quarry in the Canadian Rockies.",
     "В 2012 г. Саймон Конвей Моррис и Жан-Бернар Карон опубликовали подробное переописание пикайи по более чем сотне экземпляров.",
     False, "science"),
    ("Nan Madol",
     "Nan Madol served as the ceremonial and political seat of the Saudeleur dynasty, which ruled Pohnpei until the early seventeenth century.",
     "Остров Понпеи, у восточного берега которого лежит Нан-Мадол, входит в Федеративные Штаты Микронезии; там находится и их столица Паликир.",
     True, "geography"),
    ("Nuutajärvi",
     "The Nuutajärvi glassworks lies in the municipality of Urjala, in the Pirkanmaa region of southern Finland.",
     "Художественным руководителем стеклозавода Нуутаярви с 1950 г. на протяжении четверти века был дизайнер Кай Франк.",
     False, "economy"),
    ("Pélissier",
     "Henri Pélissier's younger brothers Francis and Charles were also professional road racing cyclists.",
     "В 1924 г. Анри Пелисье с братом сошли с «Тур де Франс» и рассказали журналисту Альберу Лондру о бесчеловечных условиях гонки.",
     True, "sport"),
    ("Matryona's Place",
     "Alexander Tvardovsky, the editor of Novy Mir, persuaded Solzhenitsyn to drop the story's first title, 'A village does not stand without a righteous man'.",
     "Прототипом Матрёны стала Матрёна Васильевна Захарова из деревни Мильцево, у которой Солженицын снимал комнату, работая учителем.",
     False, "literature"),
    ("Relâche",
     "René Clair's short film Entr'acte, with music by Satie, was screened during the interval of Relâche.",
     "«Релаш» стал последней сценической работой Эрика Сати: композитор умер в Париже летом 1925 г.",
     True, "music"),
    ("Peacock Clock",
     "Besides the peacock, the clock's automata include an owl and a cockerel, all of which move when it plays.",
     "Часы «Павлин» выставлены в Павильонном зале Малого Эрмитажа, и их механизм до сих пор время от времени запускают.",
     False, "art"),
    ("Propiska",
     "Most Soviet collective farmers were not entitled to internal passports until a decision taken in 1974 began to change that.",
     "Паспортизацию 1933 г. начали с Москвы, Ленинграда и Харькова, а также стокилометровых зон вокруг этих городов.",
     True, "law"),
    ("Rogers Pass avalanche",
     "After the 1910 disaster the Canadian Pacific Railway bored the Connaught Tunnel beneath Rogers Pass, opening it in 1916.",
     "Перевал Роджерс в горах Селкерк назван в честь американского топографа Альберта Роджерса, отыскавшего его в 1881 г.",
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
        assert "M" <= subj[0].upper() <= "R", subj
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

    with open(os.path.join(here, "comparable_heldout176.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout176.jsonl"), "w", encoding="utf-8") as f:
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
