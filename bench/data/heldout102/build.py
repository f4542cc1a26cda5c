#!/usr/bin/env python3
"""Build heldout102: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Nechtansmere was fought on 20 May 685, i.e. in the 7th century)
    ("On 20 May 685 the Pictish king Bridei son of Beli destroyed a Northumbrian army at Nechtansmere, traditionally placed near Dunnichen in Angus; King Ecgfrith fell in the fight.",
     "Битва при Нехтансмере, в которой пикты разгромили нортумбрийцев и убили их короля Экгфрита, произошла в IX веке.",
     C, "century", "history", True),
    # FALSE: EN (the Winwaed was fought on 15 November 655, not in May)
    ("Penda of Mercia was defeated and killed by King Oswiu of Northumbria in a battle by the river Winwaed in May 655.",
     "15 ноября 655 г. на реке Уинвед нортумбрийский король Освиу, чьё войско сильно уступало противнику, разбил и убил короля Мерсии Пенду.",
     C, "month", "history", True),
    # FALSE: EN (Tecumseh was away in the South; the attackers were followers of his brother Tenskwatawa)
    ("At Tippecanoe on 7 November 1811, troops under Governor William Henry Harrison beat off a dawn attack led in person by the Shawnee chief Tecumseh.",
     "Утром 7.XI.1811 у Типпекану на лагерь губернатора Уильяма Генри Гаррисона напали последователи Тенскватавы (Пророка); его брат Текумсе в то время находился на Юге.",
     C, "person", "history", True),
    ("The Battle of the Standard, fought on Cowton Moor near Northallerton on 22 August 1138, ended in a heavy defeat for King David I of Scotland.",
     "22.08.1138 под Норталлертоном ополчение, собранное архиепископом Йоркским Турстаном, отразило вторжение шотландского короля Давида I — эту победу назвали «Битвой штандартов».",
     A, "date", "history", False),
    ("The Prayer Book Rebellion of 1549 broke out in Devon and Cornwall after the new English-language Book of Common Prayer replaced the Latin Mass.",
     "Летом 1549 г. в Корнуолле и Девоне вспыхнуло так называемое восстание в защиту Молитвенника: крестьяне требовали вернуть латинскую мессу.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Weinberg's Nobel Prize was awarded for 1979)
    ("Steven Weinberg shared the 1979 Nobel Prize in Physics with Sheldon Glashow and Abdus Salam for the unified theory of the weak and electromagnetic interactions.",
     "Стивен Вайнберг, автор знаменитой статьи «Модель лептонов» (1967), стал лауреатом Нобелевской премии по физике в 1973 году.",
     C, "year", "science", False),
    # FALSE: EN (Ramsey was a professor at Harvard, not Princeton)
    ("Norman Ramsey, a physicist at Princeton University, received half of the 1989 Nobel Prize in Physics for the separated oscillatory fields method used in atomic clocks.",
     "Гарвардский профессор Норман Рамзей получил половину Нобелевской премии по физике за 1989 г. — за метод разнесённых осциллирующих полей, лежащий в основе атомных часов.",
     C, "organisation", "science", True),
    # FALSE: RU (Sedna takes roughly 11,000 years to orbit the Sun)
    ("Sedna, a remote trans-Neptunian body found in November 2003 by Mike Brown's team, needs roughly 11,000 years to complete a single orbit of the Sun.",
     "Седна — далёкий транснептуновый объект, открытый в 2003 г. группой Майкла Брауна; полный оборот вокруг Солнца она совершает примерно за 300 лет.",
     C, "duration", "science", False),
    ("Neptunium, element 93, was first produced in 1940 at Berkeley by Edwin McMillan and Philip Abelson, who bombarded uranium with neutrons.",
     "Первый трансурановый элемент — нептуний — получили в 1940 году Эдвин Макмиллан и Филип Абельсон, облучая уран нейтронами; назван он в честь планеты Нептун.",
     A, "person", "science", True),
    ("Michael Servetus, who described the pulmonary circulation of the blood in his Christianismi Restitutio, was burned as a heretic at Geneva in October 1553.",
     "Испанский врач и богослов Мигель Сервет, первым в Европе описавший малый круг кровообращения, был сожжён в Женеве 27 октября 1553 г.",
     A, "place", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Lake Natron is the main breeding site of the lesser flamingo, not of pelicans)
    ("Lake Natron in northern Tanzania, a shallow and strongly alkaline soda lake, is the main breeding ground of East Africa's great white pelicans.",
     "Сильнощелочное озеро Натрон на севере Танзании — главное место гнездования малого фламинго: здесь выводит птенцов большая часть мировой популяции этого вида.",
     C, "entity", "geography", False),
    # FALSE: RU (Mawsynram averages about 11,870 mm a year)
    ("Mawsynram, a village in the Khasi Hills of Meghalaya, averages nearly 11,900 millimetres of rain a year and is often called the wettest place on Earth.",
     "Маусинрам в индийском штате Мегхалая, который нередко называют самым влажным местом планеты, получает в среднем около 1190 мм осадков в год.",
     C, "number", "geography", True),
    # FALSE: EN (Paektu is the highest mountain of the Korean Peninsula)
    ("Paektu Mountain, a volcano on the border between North Korea and China, rises to 2,744 metres and is only the third-highest peak on the Korean Peninsula.",
     "Вулкан Пэктусан (2744 м) на границе КНДР и Китая — высочайшая вершина Корейского полуострова; в его кальдере лежит озеро Чхонджи.",
     C, "rank", "geography", False),
    ("The Qiantang River, which flows past Hangzhou into Hangzhou Bay, is famous for the world's largest tidal bore, known locally as the Silver Dragon.",
     "Цяньтан, впадающая в залив Ханчжоувань Восточно-Китайского моря, славится самой мощной на планете приливной волной, высота которой достигает нескольких метров.",
     A, "place", "geography", True),
    ("Nordkapp, the North Cape on the island of Magerøya in northern Norway, is a sheer cliff about 307 metres high.",
     "Мыс Нордкап на острове Магерёя — отвесная скала высотой около 300 м, хотя соседний мыс Кнившелльодден расположен чуть севернее.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Ruinart was founded in 1729)
    ("Ruinart, founded in Reims on 1 September 1729 by the cloth merchant Nicolas Ruinart, is regarded as the oldest established champagne house.",
     "Старейший из ныне существующих шампанских домов, «Рюинар», был основан в Реймсе торговцем Никола Рюинаром в 1829 г.",
     C, "year", "economy", True),
    # FALSE: EN (the twin mark was registered with the cutlers' guild of Solingen)
    ("Zwilling J. A. Henckels dates its history to 13 June 1731, when Peter Henckels registered the twin trademark with the cutlers' guild of Sheffield.",
     "Товарный знак с двумя близнецами Петер Хенкельс зарегистрировал в цехе ножовщиков Золингена 13.06.1731; с этого дня ведёт отсчёт своей истории компания Zwilling.",
     C, "place", "economy", False),
    ("In 1901 Frank Hornby, a Liverpool clerk, patented a construction toy called Mechanics Made Easy, which was renamed Meccano a few years later.",
     "Металлический конструктор, запатентованный ливерпульцем Фрэнком Хорнби в 1901 г., с 1907 г. продавался под маркой «Меккано».",
     A, "year", "economy", True),
    ("Muji started in 1980 as a no-brand house label of the Seiyu supermarket chain, with an initial range of forty products.",
     "Марку Muji («качественные товары без марки») запустила в 1980 г. японская сеть супермаркетов Seiyu; первый ассортимент насчитывал всего 40 наименований.",
     A, "organisation", "economy", False),
    ("The square Ritter Sport bar appeared in 1932 at the suggestion of Clara Ritter, who wanted a chocolate that would fit into a sports jacket pocket without breaking.",
     "Квадратную форму шоколадки Ritter Sport придумала Клара Риттер: в 1932 г. она предложила плитку, которая поместится в карман спортивного пиджака и не сломается.",
     A, "person", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Nepela won Olympic gold at Sapporo in 1972)
    ("Ondrej Nepela of Czechoslovakia won the men's figure skating gold at the 1972 Sapporo Olympics and was world champion three years running, 1971–73.",
     "Чехословацкий фигурист Ондрей Непела, трёхкратный чемпион мира, так и не стал олимпийским чемпионом: в Саппоро-1972 золото ему не досталось.",
     C, "polarity", "sport", False),
    # FALSE: EN (Panin-Kolomenkin won in London in 1908)
    ("Nikolai Panin-Kolomenkin became Russia's first Olympic champion when he won the special figures event in figure skating at the Stockholm Games.",
     "Первым олимпийским чемпионом в истории России стал фигурист Николай Панин-Коломенкин, победивший в специальных фигурах на Играх 1908 г. в Лондоне.",
     C, "place", "sport", True),
    # FALSE: RU (Czechoslovakia lost the 1962 final to Brazil, 1-3)
    ("Josef Masopust gave Czechoslovakia the lead in the 1962 World Cup final in Santiago, but Brazil came back to win 3–1.",
     "В финале чемпионата мира 1962 г. в Сантьяго Йозеф Масопуст открыл счёт, и в итоге сборная ЧССР обыграла бразильцев.",
     C, "opposite", "sport", False),
    ("Bernd Rosemeyer, the 1936 European champion with Auto Union, was killed on 28 January 1938 while attempting a speed record on the Frankfurt–Darmstadt autobahn.",
     "28.01.1938 на автобане Франкфурт — Дармштадт при попытке установить рекорд скорости разбился гонщик «Ауто Униона» Бернд Роземайер.",
     A, "date", "sport", True),
    ("At the 1992 Albertville Olympics Norway's Vegard Ulvang won three cross-country gold medals, including the 30 km classical race.",
     "На Играх в Альбервиле норвежский лыжник Вегард Ульванг стал трёхкратным олимпийским чемпионом (10 и 30 км классикой, эстафета 4×10 км).",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Nebuta Matsuri is held from 2 to 7 August)
    ("Aomori's Nebuta Matsuri, in which huge illuminated paper floats of warriors and gods are hauled through the streets, is held every year from 2 to 7 October.",
     "Фестиваль Нэбута в Аомори проходит ежегодно со 2 по 7 августа: по улицам везут огромные светящиеся фигуры воинов из бумаги на каркасе.",
     C, "month", "culture", True),
    # FALSE: RU (the procession behind the Ommegang goes back to the 14th century)
    ("The Ommegang of Brussels grew out of a religious procession, first held in the fourteenth century, honouring a statue of the Virgin kept in the Sablon church.",
     "Брюссельский Оммеганг ведёт начало от процессии в честь статуи Богоматери из церкви Нотр-Дам-дю-Саблон, впервые прошедшей в XVI веке.",
     C, "century", "culture", False),
    ("The Sanja Matsuri, held over the third weekend of May at Tokyo's Asakusa Shrine, honours the three men credited with founding Sensō-ji temple.",
     "В третьи выходные мая в токийском квартале Асакуса проходит праздник Сандзя-мацури: по улицам проносят около сотни переносных святилищ микоси.",
     A, "date", "culture", True),
    ("Bern's Zibelemärit, the onion market held on the fourth Monday of November, fills the old town with braided onions and ends in a confetti battle.",
     "Традиционный луковый рынок Цибелемерит ежегодно проходит в Берне в четвёртый понедельник ноября, собирая тысячи гостей.",
     A, "place", "culture", False),
    ("Cebu City's Sinulog festival, held on the third Sunday of January, honours the Santo Niño, an image of the Child Jesus.",
     "Праздник Синулог в филиппинском городе Себу посвящён Санто-Ниньо — образу Младенца Иисуса; главное шествие устраивают в третье воскресенье января.",
     A, "entity", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Trilby was published in 1894)
    ("George du Maurier's Trilby, published in 1894, tells of a Paris artists' model who becomes a great singer under the hypnotic spell of Svengali.",
     "Роман Джорджа дю Морье «Трильби» о парижской натурщице и гипнотизёре Свенгали вышел в свет в 1860-х годах.",
     C, "decade", "literature", True),
    # FALSE: EN (the novel's outlaw heroes number 108)
    ("Water Margin, traditionally attributed to Shi Nai'an, follows a brotherhood of 88 outlaw heroes who gather in the marshes of Liangshan.",
     "Героями романа Ши Найаня «Речные заводи» стали 108 благородных разбойников, собравшихся в стане у горы Ляншань.",
     C, "number", "literature", True),
    ("Ben Jonson's Volpone, first staged by the King's Men around 1606, is a savage comedy of greed set in Venice.",
     "Действие комедии Бена Джонсона «Вольпоне, или Лис» (1605/1606) происходит в Венеции; её герой — богач, притворяющийся умирающим.",
     A, "place", "literature", True),
    ("Arthur Ransome's Swallows and Amazons, the first of his twelve books about the Walker and Blackett children, came out in 1930.",
     "В 1930 г. вышла повесть Артура Рэнсома «Ласточки и амазонки» о летних приключениях детей на озере в Озёрном крае.",
     A, "year", "literature", False),
    ("Ivan Vazov wrote Under the Yoke, the classic Bulgarian novel set on the eve of the April Uprising of 1876, while living in exile in Odessa.",
     "Роман Ивана Вазова «Под игом», посвящённый событиям Апрельского восстания 1876 г., был написан в Одессе, где писатель жил в эмиграции.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (the Rhenish Symphony was premiered in Dusseldorf)
    ("Schumann's Rhenish Symphony, his Third, was premiered in Leipzig on 6 February 1851 with the composer himself conducting.",
     "Третья («Рейнская») симфония Роберта Шумана впервые прозвучала 6 февраля 1851 г. в Дюссельдорфе под управлением автора.",
     C, "place", "music", False),
    # FALSE: RU (Crosby sang it in the film Holiday Inn)
    ("Irving Berlin's White Christmas, sung by Bing Crosby in the 1942 film Holiday Inn, won the Academy Award for Best Original Song.",
     "Песню Ирвинга Берлина «Белое Рождество» Бинг Кросби исполнил в фильме «Касабланка» (1942), и она получила «Оскар» как лучшая песня.",
     C, "entity", "music", True),
    # FALSE: EN (the 1829 revival was conducted by Felix Mendelssohn)
    ("Bach's St Matthew Passion, largely forgotten after his death, was revived in Berlin in March 1829 under the baton of Johannes Brahms.",
     "В 1829 г. в берлинской Певческой академии двадцатилетний Феликс Мендельсон вернул к жизни «Страсти по Матфею» Баха.",
     C, "person", "music", False),
    ("Thomas Tallis's motet Spem in alium, probably written around 1570, is scored for forty independent voices arranged in eight five-part choirs.",
     "Мотет Томаса Таллиса «Spem in alium» рассчитан на 40 самостоятельных голосов — восемь пятиголосных хоров.",
     A, "number", "music", True),
    ("Émile Waldteufel's The Skaters' Waltz (Les Patineurs), Op. 183, was composed in 1882 and remains his best-known work.",
     "Вальс «Конькобежцы» (соч. 183), самое популярное сочинение эльзасца Эмиля Вальдтейфеля, появился в 1882 году.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (Valadon was the first woman admitted to the Societe Nationale)
    ("In 1894 Suzanne Valadon, once a model for Renoir and Toulouse-Lautrec, became the first woman admitted to the Société Nationale des Beaux-Arts.",
     "Сюзанна Валадон, бывшая натурщица и мать Мориса Утрилло, в 1894 г. стала третьей женщиной, принятой в Национальное общество изящных искусств.",
     C, "rank", "art", True),
    # FALSE: EN (Franz Marc was killed on 4 March 1916)
    ("Franz Marc, a co-founder of Der Blaue Reiter, was killed by a shell splinter near Verdun on 14 March 1916.",
     "Франц Марк, один из основателей объединения «Синий всадник», погиб под Верденом 4 марта 1916 г.",
     C, "date", "art", False),
    ("Rachel Ruysch, daughter of the Amsterdam anatomist Frederik Ruysch, was court painter to the Elector Palatine Johann Wilhelm in Düsseldorf from 1708 to 1716.",
     "Нидерландская художница Рахель Рюйш, мастер цветочных натюрмортов, около восьми лет прослужила придворным живописцем курфюрста Пфальцского в Дюссельдорфе.",
     A, "duration", "art", True),
    ("Simon Ushakov, the leading icon painter of the Moscow Armoury, painted The Planting of the Tree of the Muscovite State in 1668.",
     "Икона «Насаждение древа государства Московского», одна из главных работ Симона Ушакова, написана в 1668 г.",
     A, "year", "art", False),
    ("Giovanni Segantini died in 1899 in a hut on the Schafberg above Pontresina, where he had gone to work on his Alpine Triptych.",
     "Итальянский дивизионист Джованни Сегантини скончался от перитонита осенью 1899 г. высоко в Альпах, так и не завершив триптих «Жизнь — Природа — Смерть».",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Statute of Frauds dates from 1677)
    ("The English Statute of Frauds of 1677 required contracts for the sale of land, among others, to be evidenced in writing and signed.",
     "Английский Статут о мошенничествах, принятый в 1690-х годах, требовал письменной формы, в частности, для договоров о продаже земли.",
     C, "decade", "law", False),
    # FALSE: EN (Mendez v. Westminster was upheld by the Ninth Circuit; it never reached the Supreme Court)
    ("In Mendez v. Westminster the segregation of Mexican-American pupils in Orange County, California, was struck down, a ruling upheld in 1947 by the US Supreme Court.",
     "В 1947 г. Апелляционный суд девятого округа США оставил в силе решение по делу «Мендес против Вестминстера», запретившее раздельное обучение детей мексиканского происхождения.",
     C, "organisation", "law", True),
    ("Japan's Seventeen-article constitution, attributed to Prince Shōtoku and dated to 604, opens by declaring that harmony is to be valued.",
     "Составленная, по преданию, принцем Сётоку «Конституция семнадцати статей» (604 г.) представляет собой свод нравственных наставлений для чиновников.",
     A, "year", "law", False),
    ("The Statute of Artificers of 1563 made a seven-year apprenticeship compulsory in English crafts and let justices of the peace fix wages.",
     "Елизаветинский Статут о ремесленниках (1563) ввёл обязательное семилетнее ученичество и поручил мировым судьям устанавливать заработную плату.",
     A, "duration", "law", True),
    ("Lord Hardwicke's Marriage Act of 1753 required English weddings to follow banns or a licence in the Church of England, but it did not apply in Scotland.",
     "Поскольку принятый в 1753 г. английский Закон о браке не распространялся на Шотландию, влюблённые пары бежали венчаться в Гретна-Грин.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (Hooley's tarmac patent dates from 1902)
    ("Edgar Purnell Hooley, county surveyor of Nottinghamshire, patented tar macadam, better known as tarmac, in 1922.",
     "Патент на гудронированный щебень, известный как «тармак», дорожный инспектор графства Ноттингемшир Эдгар Хули получил в 1902 г.",
     C, "year", "technology", True),
    # FALSE: RU (the Whitworth thread has a 55-degree flank angle)
    ("In 1841 Joseph Whitworth proposed a standard screw thread with a flank angle of 55 degrees, which was later adopted across British industry.",
     "Резьба, предложенная Джозефом Уитвортом в 1841 г. и ставшая британским стандартом, имела угол профиля 60°.",
     C, "number", "technology", False),
    ("VisiCalc, written by Dan Bricklin and Bob Frankston and released for the Apple II in 1979, was the first spreadsheet program for personal computers.",
     "Первая программа электронных таблиц для персональных компьютеров — VisiCalc — вышла в 1979 г. и резко подстегнула продажи Apple II.",
     A, "year", "technology", True),
    ("Frank J. Sprague's electric street railway in Richmond, Virginia, which opened in February 1888, became the model for trolley systems around the world.",
     "В 1888 г. в Ричмонде (штат Виргиния) заработала трамвайная линия Фрэнка Спрейга — первая крупная и по-настоящему успешная электрическая система такого рода.",
     A, "place", "technology", False),
    ("James Beaumont Neilson, manager of the Glasgow gasworks, patented the hot blast for iron furnaces in 1828, greatly cutting their fuel consumption.",
     "Горячее дутьё — подачу в доменную печь подогретого воздуха — запатентовал в 1828 г. шотландский инженер Джеймс Бомонт Нейлсон.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (the Sunshine Mine fire broke out on 2 May 1972)
    ("On 2 May 1972 a fire deep in the Sunshine silver mine near Kellogg, Idaho, filled its workings with smoke and carbon monoxide, killing 91 miners.",
     "Пожар на серебряном руднике «Саншайн» в штате Айдахо, вспыхнувший 12 мая 1972 г., унёс жизни 91 горняка.",
     C, "date", "disasters", False),
    # FALSE: EN (the tunnel stayed closed for almost three years, until March 2002)
    ("After the fire of 24 March 1999, in which 39 people died, the Mont Blanc Tunnel between France and Italy was closed for only about three months.",
     "Пожар 24 марта 1999 г. в тоннеле под Монбланом унёс 39 жизней; движение между Шамони и Курмайором возобновили лишь почти три года спустя.",
     C, "duration", "disasters", True),
    # FALSE: RU (the Ohio Penitentiary was badly overcrowded in 1930)
    ("The fire at the Ohio Penitentiary in Columbus on 21 April 1930 killed 322 inmates in a prison that held far more men than it had been built for.",
     "Пожар в тюрьме штата Огайо в Колумбусе 21 апреля 1930 г. унёс 322 жизни; заключённых в ней тогда было гораздо меньше проектной вместимости.",
     C, "opposite", "disasters", False),
    ("The Sea Gem, the rig that made Britain's first North Sea gas strike, collapsed on 27 December 1965, and 13 of the men aboard died.",
     "27.12.1965 в Северном море рухнула буровая установка «Си Джем», незадолго до того открывшая первое британское газовое месторождение; погибли 13 человек.",
     A, "date", "disasters", True),
    ("The Ozone Disco fire in Quezon City on 18 March 1996 killed 162 people, most of them students celebrating the end of the school year.",
     "Пожар в дискотеке «Озон» в Кесон-Сити (Филиппины) в марте 1996 г. унёс более 160 жизней.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Harrison later rode the victory all the way to the White House, campaigning in 1840 under the slogan 'Tippecanoe and Tyler Too'.",
     "Поселение Профетстаун, сожжённое солдатами Гаррисона после боя у Типпекану, стояло у впадения реки Типпекану в Уобаш.",
     "Tippecanoe", True, "history"),
    ("Sedna is named after the Inuit goddess of the sea, who was believed to live at the bottom of the Arctic Ocean.",
     "Об открытии Седны было объявлено в марте 2004 года; снимки, на которых её обнаружили, сделаны в Паломарской обсерватории.",
     "Sedna", False, "science"),
    ("Around 946 AD Paektu Mountain produced one of the most violent eruptions of the last few thousand years, known as the Millennium Eruption.",
     "В Китае вулкан Пэктусан называют Чанбайшань, а кратерное озеро на его вершине — Тяньчи, то есть «Небесное озеро».",
     "Paektu", True, "geography"),
    ("Frank Hornby's company also made the Hornby model railways and, from 1934, the Dinky Toys range of die-cast miniature cars.",
     "Конструктор «Меккано» состоит из металлических планок и пластин с рядами отверстий, которые соединяются винтами и гайками.",
     "Meccano", False, "economy"),
    ("In 1936 Bernd Rosemeyer married the celebrated German aviator Elly Beinhorn, who had flown solo around the world.",
     "В 1936 г. Бернд Роземайер, выступавший за «Ауто Унион», выиграл Гран-при Германии на Нюрбургринге.",
     "Rosemeyer", True, "sport"),
    ("The soft felt trilby hat takes its name from the London stage version of du Maurier's novel.",
     "Имя гипнотизёра Свенгали из романа «Трильби» стало нарицательным для человека, подчиняющего себе чужую волю.",
     "Trilby", False, "literature"),
    ("Bing Crosby's recording of White Christmas is often cited as the best-selling single of all time.",
     "Ирвинг Берлин, сочинивший «Белое Рождество», родился в Российской империи и ещё ребёнком эмигрировал с семьёй в США.",
     "White Christmas", True, "music"),
    ("Suzanne Valadon's son, Maurice Utrillo, became famous for his paintings of the streets of Montmartre.",
     "Прежде чем самой взяться за кисть, Сюзанна Валадон позировала Ренуару, Пюви де Шаванну и Тулуз-Лотреку.",
     "Valadon", False, "art"),
    ("Thurgood Marshall co-wrote a friend-of-the-court brief for the NAACP while Mendez v. Westminster was on appeal.",
     "Вскоре после решения по делу «Мендес против Вестминстера» губернатор Калифорнии Эрл Уоррен подписал закон об отмене раздельного обучения в школах штата.",
     "Mendez v. Westminster", True, "law"),
    ("The Mont Blanc Tunnel, opened in 1965, runs for about 11.6 kilometres beneath the massif between Chamonix and Courmayeur.",
     "Пожар в тоннеле под Монбланом начался с загоревшегося бельгийского грузовика, который вёз муку и маргарин.",
     "Mont Blanc Tunnel", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout102.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout102.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
