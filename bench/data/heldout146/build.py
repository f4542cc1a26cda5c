#!/usr/bin/env python3
"""Build heldout146: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Mamluk sultan killed at Marj Dabiq was Qansuh al-Ghawri; Tuman Bay II was hanged in Cairo in 1517)
    ("On 24 August 1516, on the plain of Dabiq north of Aleppo, Selim I's Ottoman army routed the Mamluks, and the elderly sultan Qansuh al-Ghawri died on the field.",
     "В сражении при Мардж-Дабике (24.08.1516) османы Селима I наголову разбили мамлюков; на поле боя погиб мамлюкский султан Туман-бай II.",
     C, "person", "history", True),
    # FALSE: EN (the battle of Otlukbeli was fought on 11 August 1473)
    ("In August 1463, at Otlukbeli in eastern Anatolia, the cannon and Janissaries of Mehmed II crushed the Aq Qoyunlu army of Uzun Hasan.",
     "Битва при Отлукбели 11 августа 1473 г. завершилась победой султана Мехмеда II над туркоманским правителем Ак-Коюнлу Узун-Хасаном, чьё войско не выдержало огня османской артиллерии.",
     C, "year", "history", False),
    # FALSE: RU (Vijayanagara was defeated at Talikota by the Deccan sultanates)
    ("At Talikota in January 1565 an alliance of the Deccan sultanates defeated the Vijayanagara Empire; its regent Rama Raya was beheaded and his capital sacked.",
     "В январе 1565 г. при Таликоте армия Виджаянагарской империи под началом Рамы Раи разгромила объединённое войско деканских султанатов.",
     C, "opposite", "history", True),
    ("At Tondibi in March 1591 a Moroccan expeditionary force under Judar Pasha, armed with arquebuses, defeated the far larger army of the Songhai ruler Askia Ishaq II.",
     "Марокканский корпус Джудар-паши, располагавший огнестрельным оружием, 13.03.1591 разбил при Тондиби войско аскии Исхака II, что предрешило падение державы Сонгай.",
     A, "date", "history", False),
    ("At Yamazaki in July 1582, less than two weeks after the Honno-ji incident, Toyotomi Hideyoshi defeated Akechi Mitsuhide, who was killed while fleeing.",
     "Битва при Ямадзаки (1582 г.): Хасиба (позднее Тоётоми) Хидэёси разгромил Акэти Мицухидэ — убийцу Оды Нобунаги; сам Мицухидэ погиб при бегстве с поля боя.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Wolf and Rayet worked at the Paris Observatory)
    ("In 1867 Charles Wolf and Georges Rayet, working at the Paris Observatory, noticed three stars in Cygnus whose spectra showed unusually broad bright emission lines.",
     "Звёзды Вольфа — Райе названы в честь астрономов Марсельской обсерватории Шарля Вольфа и Жоржа Райе, обнаруживших в 1867 г. в Лебеде три звезды с широкими эмиссионными линиями.",
     C, "place", "science", False),
    # FALSE: EN (Proteus is Neptune's second-largest moon, after Triton)
    ("Proteus, the third-largest moon of Neptune, was found in 1989 in images sent back by Voyager 2; it is dark and strikingly irregular in shape.",
     "Протей — второй по величине спутник Нептуна (около 420 км в поперечнике) — был открыт на снимках «Вояджера-2» летом 1989 г.",
     C, "rank", "science", True),
    # FALSE: EN (Umbriel and Ariel were discovered by William Lassell)
    ("Umbriel, the darkest of the large moons of Uranus, was discovered by William Herschel in October 1851, on the same night as Ariel.",
     "Умбриэль открыл 24 октября 1851 г. английский астроном-любитель Уильям Ласселл — одновременно с Ариэлем.",
     C, "person", "science", False),
    ("Teegarden's Star, a faint red dwarf in Aries only about 12.5 light-years away, was identified in 2003 by a team led by Bonnard Teegarden.",
     "Звезда Тигардена — тусклый красный карлик в созвездии Овна на расстоянии ~12,5 св. лет; в 2019 г. у неё нашли две планеты земной массы.",
     A, "number", "science", False),
    ("Alexander Williamson described his method of making ethers by reacting an alkoxide with an alkyl halide in 1850.",
     "Синтез простых эфиров по Уильямсону, предложенный британским химиком в 1850 г., до сих пор остаётся одним из основных лабораторных способов их получения.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Ponoy is about 426 km long)
    ("The Ponoy, about 426 kilometres long, is the longest river of the Kola Peninsula and flows east into the White Sea.",
     "Поной (246 км) — самая длинная река Кольского полуострова; берёт начало в болотах центральной части полуострова и впадает в Белое море.",
     C, "number", "geography", True),
    # FALSE: EN (Svityaz lies in Volyn Oblast)
    ("Svityaz, the deepest lake in Ukraine at roughly 58 metres, is the largest of the Shatsk Lakes in the country's Rivne Oblast.",
     "Свитязь — самое глубокое озеро Украины (до 58,4 м) и крупнейшее из Шацких озёр на северо-западе Волынской области.",
     C, "place", "geography", False),
    # FALSE: RU (Muhu is Estonia's third-largest island, after Saaremaa and Hiiumaa)
    ("Muhu, Estonia's third-largest island at about 198 square kilometres, is joined to neighbouring Saaremaa by a causeway built in the 1890s.",
     "Муху — второй по площади остров Эстонии (198 км²); с Сааремаа его соединяет дамба, проложенная через пролив Вяйке-Вяйн.",
     C, "rank", "geography", True),
    ("Vormsi, Estonia's fourth-largest island, lies between Hiiumaa and the mainland; before the Second World War most of its people spoke Swedish.",
     "Вормси — четвёртый по площади остров Эстонии (≈93 км²); до Второй мировой войны большинство его жителей составляли эстонские шведы.",
     A, "rank", "geography", False),
    ("The Varzuga, one of Europe's finest Atlantic salmon rivers, runs south across the Kola Peninsula into the White Sea.",
     "Река Варзуга длиной 254 км впадает в Белое море на Терском берегу Кольского полуострова и славится нерестом сёмги.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Puma was founded by Rudolf Dassler; his brother Adolf founded Adidas)
    ("Puma was founded in 1948 in the Bavarian town of Herzogenaurach by Rudolf Dassler after a bitter split with his brother Adolf.",
     "Компанию Puma основал в 1948 г. в баварском Херцогенаурахе Адольф Дасслер, рассорившийся с родным братом.",
     C, "person", "economy", True),
    # FALSE: RU (Rovio was bought by Sega)
    ("In 2023 the Japanese company Sega bought Rovio Entertainment, the Finnish maker of Angry Birds, for roughly 700 million euros.",
     "В 2023 г. финскую студию Rovio, создателя «злых птичек» Angry Birds, приобрела японская Nintendo — примерно за 706 млн евро.",
     C, "organisation", "economy", False),
    ("Supercell was set up in Helsinki in 2010 by Ilkka Paananen and several fellow game developers; Clash of Clans followed two years later.",
     "Основанная в 2010 г. в Хельсинки студия Supercell (гендиректор — Илкка Паананен) прославилась мобильными играми «Хэй Дэй» и «Клэш оф Кланс».",
     A, "year", "economy", True),
    ("Ubisoft was founded in March 1986 by the five Guillemot brothers in Carentoir, a village in Brittany.",
     "Французский издатель видеоигр Ubisoft создан в 1986 г. братьями Гиймо — их было пятеро — в бретонской коммуне Карантуар.",
     A, "place", "economy", False),
    ("Zalando, now one of Europe's biggest online fashion retailers, was founded in Berlin in 2008 by Robert Gentz and David Schneider and began by selling shoes.",
     "Берлинский интернет-магазин Zalando (осн. в 2008 г.) начинал с продажи обуви, а осенью 2014 г. провёл IPO на Франкфуртской бирже.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Ottey won nine Olympic medals: three silver and six bronze)
    ("Across seven Games, from Moscow 1980 to Athens 2004, the Jamaican-born sprinter Merlene Ottey won eleven Olympic medals but never a gold.",
     "Мерлин Отти завоевала на Олимпийских играх девять медалей — три серебряные и шесть бронзовых, — но олимпийской чемпионкой так и не стала.",
     C, "number", "sport", False),
    # FALSE: EN (the 2009 ban was imposed by the International Skating Union)
    ("In 2009 the World Anti-Doping Agency banned the German speed skater Claudia Pechstein for two years on the strength of abnormal blood values.",
     "В 2009 г. Международный союз конькобежцев (ИСУ) дисквалифицировал пятикратную олимпийскую чемпионку Клаудию Пехштайн на два года по показателям крови.",
     C, "organisation", "sport", True),
    # FALSE: RU (the 55.291 km hour record was set on 5 November 1994)
    ("Tony Rominger twice broke the hour record on the Bordeaux velodrome in the autumn of 1994, finishing at 55.291 km on 5 November.",
     "Часовой рекорд швейцарца Тони Ромингера — 55,291 км — был установлен на велотреке в Бордо в мае 1994 г.",
     C, "month", "sport", False),
    ("Ana Fidelia Quirot, badly burned in a domestic accident in 1993, fought her way back to win the 800 metres world title in Gothenburg in 1995.",
     "После тяжёлых ожогов, полученных в 1993 г., кубинка Ана Фиделия Кирот дважды становилась чемпионкой мира на 800 м — в 1995 и 1997 гг.",
     A, "year", "sport", True),
    ("Sergei Tetyukhin played volleyball at six Olympic Games, from Atlanta 1996 to Rio 2016, and won gold with Russia in London in 2012.",
     "Сергей Тетюхин — участник шести Олимпиад; в 2012 г. в Лондоне он стал олимпийским чемпионом, а в Рио-де-Жанейро нёс флаг сборной России.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Pocket Monsters Red and Green went on sale on 27 February 1996)
    ("Pocket Monsters Red and Green, the first Pokemon games, went on sale in Japan for the Nintendo Game Boy on 27 February 1996.",
     "Первые игры серии «Покемон» — «Красная» и «Зелёная» версии для портативной приставки Game Boy — поступили в продажу в Японии 27.09.1996.",
     C, "month", "culture", True),
    # FALSE: EN (the first act on the first Top of the Pops was the Rolling Stones)
    ("Top of the Pops was first broadcast on 1 January 1964 from a converted church in Manchester, and the Beatles were the first act to appear.",
     "Первый выпуск хит-парада «Top of the Pops» вышел на Би-би-си 1 января 1964 г. из бывшей церкви в Манчестере; открывали его «Роллинг Стоунз».",
     C, "entity", "culture", False),
    ("Postman Pat, created by the writer John Cunliffe, first appeared on BBC television in 1981, delivering letters around the fictional village of Greendale.",
     "Мультсериал «Почтальон Пэт», придуманный Джоном Канлиффом, появился на Би-би-си в сентябре 1981 г.; у Пэта есть чёрно-белый кот Джесс.",
     A, "year", "culture", True),
    ("Teletubbies, made by Anne Wood's company Ragdoll Productions, was first shown on the BBC on 31 March 1997.",
     "Первая серия «Телепузиков» вышла на Би-би-си 31.03.1997; четверо героев — Тинки-Винки, Дипси, Ляля и По.",
     A, "date", "culture", False),
    ("Zorro was created by the pulp writer Johnston McCulley, who introduced the masked avenger in 1919 in the serial The Curse of Capistrano.",
     "Зорро — он же дон Диего де ла Вега — впервые появился в 1919 г. на страницах романа Джонстона Маккалли «Проклятие Капистрано».",
     A, "person", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (The Blue Bird premiered at the Moscow Art Theatre, staged by Stanislavski)
    ("Maeterlinck's fairy play The Blue Bird, with the children Tyltyl and Mytyl, had its world premiere in 1908 at the Maly Theatre in Moscow.",
     "Мировая премьера «Синей птицы» Метерлинка прошла в 1908 г. во МХТ в постановке К. С. Станиславского.",
     C, "organisation", "literature", False),
    # FALSE: RU (Reynke de vos was printed in Luebeck in 1498, i.e. in the 15th century)
    ("Goethe's Reineke Fuchs (1794), twelve cantos in hexameters, retells the Low German epic Reynke de vos, printed in Lübeck in 1498.",
     "Поэма Гёте «Рейнеке-лис» — переложение гекзаметром нижненемецкого «Рейнке-лиса», напечатанного в Любеке в XVI веке.",
     C, "century", "literature", True),
    ("The first book of Baron Munchausen's tall tales was published anonymously in London in 1785 by Rudolf Erich Raspe, a German scholar living in exile.",
     "Автором «Мюнхгаузена» долго считали Г. А. Бюргера, однако первую книгу о бароне (Лондон, 1785) анонимно выпустил по-английски Р. Э. Распе.",
     A, "year", "literature", False),
    ("Niels Lyhne, the second and last novel of the Danish writer Jens Peter Jacobsen, came out in 1880.",
     "Роман Й. П. Якобсена «Нильс Люне» (1880), история мечтателя, утратившего веру, был одной из любимых книг Рильке.",
     A, "year", "literature", True),
    ("James Macpherson's Fragments of Ancient Poetry, which he claimed to have translated from Gaelic, appeared in Edinburgh in 1760.",
     "Поэмы Оссиана, якобы переведённые с гэльского Джеймсом Макферсоном, начали выходить в 1760 г. и вызвали по всей Европе моду на «северную» старину.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Nightwish was formed in 1996)
    ("Tuomas Holopainen started Nightwish in Kitee, eastern Finland, in 1996, originally as an acoustic project with the singer Tarja Turunen.",
     "Финская группа Nightwish основана в 1999 г. в городке Китее клавишником Туомасом Холопайненом.",
     C, "year", "music", False),
    # FALSE: EN (Okean Elzy was formed in Lviv)
    ("Okean Elzy, the rock band fronted by Svyatoslav Vakarchuk, was formed in Kyiv in 1994.",
     "Группа «Океан Эльзы» появилась во Львове в 1994 г.; её бессменный лидер и вокалист — Святослав Вакарчук.",
     C, "place", "music", True),
    # FALSE: EN (All Around My Hat peaked at number five)
    ("Steeleye Span's folk-rock single All Around My Hat, sung by Maddy Prior, went to number one in Britain at the end of 1975.",
     "Песня «All Around My Hat» группы Стилай Спан с вокалисткой Мэдди Прайор в конце 1975 г. поднялась до 5-го места в британском хит-параде.",
     C, "rank", "music", False),
    ("Wishbone Ash, a rock band formed in Torquay and famous for its twin lead guitars, released its best-known album, Argus, in 1972.",
     "Третий альбом группы Вишбоун Эш «Argus» (1972) с двумя солирующими гитарами Энди Пауэлла и Теда Тёрнера считается вершиной её творчества.",
     A, "year", "music", False),
    ("Yellow Magic Orchestra was formed in Tokyo in 1978 by Haruomi Hosono, Yukihiro Takahashi and Ryuichi Sakamoto.",
     "Японское трио «Йеллоу Мэджик Оркестра» (Х. Хосоно, Ю. Такахаси, Р. Сакамото), созданное в 1978 г., стояло у истоков электропопа.",
     A, "person", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Rozanova died of diphtheria)
    ("The Suprematist painter Olga Rozanova died of typhus in Moscow in November 1918, at only thirty-two.",
     "Художница-супрематистка Ольга Розанова скончалась в Москве в ноябре 1918 г. от дифтерии.",
     C, "entity", "art", True),
    # FALSE: RU (Popova died in May 1924)
    ("Lyubov Popova, who designed Meyerhold's constructivist staging of The Magnanimous Cuckold, died of scarlet fever in May 1924, caught from her young son.",
     "Любовь Попова, автор конструктивистской установки к «Великодушному рогоносцу» Мейерхольда, умерла от скарлатины в мае 1934 г., заразившись от сына.",
     C, "decade", "art", False),
    ("Ignacio Zuloaga, a painter of Spanish types and landscapes, was born in 1870 in Eibar, in the Basque province of Gipuzkoa, into a family of metalworkers.",
     "Испанский живописец Игнасио Сулоага (1870–1945) родился в баскском городе Эйбар в семье потомственных оружейников и чеканщиков.",
     A, "place", "art", True),
    ("Theophile-Alexandre Steinlen, born in Lausanne in 1859, settled in Paris and in 1896 drew the famous cat poster for the Chat Noir cabaret's touring show.",
     "Знаменитую афишу «Турне „Чёрного кота“» (1896) нарисовал уроженец Лозанны Теофиль Стейнлен, поселившийся на Монмартре.",
     A, "year", "art", False),
    ("Jan Toorop, a leading Dutch Symbolist, was born in 1858 at Purworejo on Java, then part of the Dutch East Indies.",
     "Голландский символист Ян Тороп (1858–1928), автор картины «Три невесты», появился на свет на Яве, в городе Пурворейо.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the 1974 Act allowed detention for up to seven days: 48 hours plus a five-day extension)
    ("Rushed through Parliament after the Birmingham pub bombings, the Prevention of Terrorism Act 1974 let police hold suspects for up to fourteen days without charge.",
     "Принятый в ноябре 1974 г., после взрывов в пабах Бирмингема, закон о предотвращении терроризма разрешил задерживать подозреваемых без обвинения до семи суток.",
     C, "duration", "law", True),
    # FALSE: RU (assisting suicide carries up to 14 years' imprisonment under the 1961 Act)
    ("The Suicide Act 1961 ended the treatment of suicide as a crime in England and Wales but made assisting one punishable by up to fourteen years in prison.",
     "Закон о самоубийстве 1961 г. декриминализовал суицид в Англии и Уэльсе, но за пособничество в нём установил до 10 лет лишения свободы.",
     C, "duration", "law", False),
    ("Passed under Gladstone's first government, the Trade Union Act 1871 gave British trade unions legal recognition.",
     "Закон о профсоюзах 1871 г., принятый при первом кабинете Гладстона, легализовал тред-юнионы в Великобритании.",
     A, "year", "law", True),
    ("The Road Traffic Act 1930 scrapped the 20 mph speed limit for cars in Britain and made third-party motor insurance compulsory.",
     "Британский закон о дорожном движении 1930 г. ввёл обязательное страхование гражданской ответственности автовладельцев и отменил ограничение скорости в 20 миль/ч.",
     A, "number", "law", False),
    ("The New Trade Charter of 1667, drawn up by Afanasy Ordin-Nashchokin, barred foreign merchants from retail trade inside Muscovy.",
     "Новоторговый устав 1667 г., составленный А. Л. Ординым-Нащокиным, запрещал иноземным купцам розничную торговлю в Русском государстве.",
     A, "person", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the Mega Drive went on sale in Japan on 29 October 1988)
    ("Sega's 16-bit Mega Drive console, later sold in North America as the Genesis, first went on sale in Japan on 29 October 1987.",
     "16-битная приставка Sega Mega Drive поступила в продажу в Японии 29.10.1988, а в США под именем Genesis — в августе 1989 г.",
     C, "year", "technology", False),
    # FALSE: RU (the Yak-141 never entered service or series production)
    ("The Yak-141, the first supersonic jet able to take off vertically, first flew in March 1987 but never entered series production.",
     "Як-141 — первый в мире сверхзвуковой самолёт вертикального взлёта; впервые поднялся в воздух в 1987 г. и был принят на вооружение авиации ВМФ СССР.",
     C, "polarity", "technology", True),
    ("The Soviet probe Vega 1, launched in December 1984, released a lander and a balloon at Venus and then flew past Halley's Comet in March 1986.",
     "Станция «Вега-1» прошла мимо кометы Галлея 6 марта 1986 г. на расстоянии около 9 тыс. км от её ядра.",
     A, "date", "technology", False),
    ("WordStar, written by Rob Barnaby for Seymour Rubinstein's company MicroPro, was released in 1978 for computers running CP/M.",
     "Текстовый редактор WordStar фирмы MicroPro вышел в 1978 г. для машин под управлением CP/M и в начале 1980-х был одним из самых популярных.",
     A, "year", "technology", True),
    ("On 4 October 1983, in Nevada's Black Rock Desert, Richard Noble drove the jet car Thrust2 to a land speed record of 633.468 mph.",
     "Реактивный автомобиль Thrust2 Ричарда Нобла 04.10.1983 установил в пустыне Блэк-Рок рекорд скорости на суше — около 1019 км/ч.",
     A, "number", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Zhouqu mudslides struck on the night of 7-8 August 2010)
    ("Torrential rain on the night of 7–8 August 2010 sent mudslides through Zhouqu county in Gansu province, killing more than 1,400 people.",
     "Селевые потоки в уезде Чжоуцюй (провинция Ганьсу) в ночь на 8 июня 2010 г. унесли жизни более 1400 человек.",
     C, "month", "disasters", True),
    # FALSE: EN (the Val Pola landslide happened on 28 July 1987)
    ("In July 1977 a huge rockslide from Monte Zandila buried the hamlet of Sant'Antonio Morignone in Val Pola, in Lombardy's Valtellina.",
     "Обвал в Валь-Пола 28 июля 1987 г. похоронил под миллионами кубометров породы деревушку Сант-Антонио-Мориньоне в Вальтеллине (Ломбардия).",
     C, "decade", "disasters", False),
    # FALSE: EN (the Shipton-on-Cherwell crash happened on Christmas Eve, 24 December 1874)
    ("On Boxing Day 1874 a broken wheel tyre derailed a crowded Great Western train near Shipton-on-Cherwell, north of Oxford, killing 34 people.",
     "Крушение у Шиптон-он-Червелл (Оксфордшир) в сочельник 1874 г. унесло 34 жизни: у старого вагона лопнул бандаж колеса.",
     C, "date", "disasters", True),
    ("In the Thirsk rail crash of 2 November 1892 an express ran into a goods train because the exhausted signalman, James Holmes, had fallen asleep.",
     "Причиной крушения под Тирском в ноябре 1892 г. стал заснувший на посту сигнальщик Джеймс Холмс, не спавший больше суток из-за болезни и смерти дочери.",
     A, "person", "disasters", False),
    ("On 27 November 2009 a bomb under the tracks derailed the Nevsky Express, the fast train from Moscow to Saint Petersburg, killing more than twenty people.",
     "Теракт 27.11.2009: взрыв под составом «Невского экспресса», шедшего из Москвы в Петербург, пустил вагоны под откос; погибли более 20 человек.",
     A, "date", "disasters", True),
]

RELATED = [
    ("The hill overlooking the battlefield of Yamazaki, Tennozan, gave Japanese a byword for a decisive turning point.",
     "Акэти Мицухидэ, разбитый при Ямадзаки, менее чем за две недели до того напал на Оду Нобунагу в киотском храме Хонно-дзи.",
     "Yamazaki", True, "history"),
    ("Umbriel takes its name from a melancholy sprite in Alexander Pope's poem The Rape of the Lock.",
     "Пока что Умбриэль видел вблизи лишь один космический аппарат — «Вояджер-2», пролетевший мимо Урана в январе 1986 г.",
     "Umbriel", False, "science"),
    ("Lake Svityaz lies within the Shatsk National Nature Park, close to Ukraine's borders with Poland and Belarus.",
     "Озеру Свитязь посвящены две баллады Адама Мицкевича — «Свитезь» и «Свитезянка».",
     "Svityaz", True, "geography"),
    ("In 2016 the Chinese internet giant Tencent bought a majority stake in Supercell for about 8.6 billion dollars.",
     "Одна из самых кассовых игр студии Supercell — карточная стратегия «Клэш Рояль» — вышла в 2016 году.",
     "Supercell", False, "economy"),
    ("Sergei Tetyukhin spent most of his long club career with Belogorie of Belgorod.",
     "В финале Олимпиады-2012 сборная России с Тетюхиным в составе отыгралась со счёта 0:2 по партиям и обыграла Бразилию.",
     "Tetyukhin", True, "sport"),
    ("The last regular weekly edition of Top of the Pops went out on BBC Two on 30 July 2006.",
     "Первым ведущим музыкальной программы «Top of the Pops» был диджей Джимми Сэвил.",
     "Top of the Pops", False, "culture"),
    ("In Goethe's Reineke Fuchs the cunning fox repeatedly outwits Nobel the lion, king of the beasts, and his whole court.",
     "Гёте, работавший над «Рейнеке-лисом» в 1793 г., называл эту поэму «нечестивой мирской библией».",
     "Reineke Fuchs", True, "literature"),
    ("The singer Tarja Turunen was dismissed from Nightwish in October 2005 by an open letter from the other members.",
     "Почти все песни Nightwish пишет клавишник и основатель группы Туомас Холопайнен.",
     "Nightwish", False, "music"),
    ("Jan Toorop's best-known Symbolist painting, The Three Brides, dates from 1893 and hangs in the Kröller-Müller Museum.",
     "В зрелые годы Ян Тороп перешёл в католичество и всё чаще писал картины на религиозные сюжеты.",
     "Toorop", True, "art"),
    ("The Val Pola landslide dammed the river Adda, creating a lake that threatened the villages further down the valley.",
     "Обвалу в Валь-Пола предшествовали многодневные ливни, вызвавшие в Вальтеллине сильное наводнение.",
     "Val Pola", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "unit"}
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
    dc = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(dc.values()) == [2] * 6 + [3] * 6, dc
    rdoms = count(r["domain"] for r in rel)
    assert len(rdoms) == 10 and set(rdoms.values()) == {1}, rdoms
    # related subjects must be subjects of this set's comparable pairs
    for _, _, subj, _, _ in RELATED:
        assert any(subj.lower() in (en + " " + ru).lower() for en, ru, *_ in COMPARABLE), subj
    # false side of contradict rows: 15 EN, 15 RU (read from the FALSE comments)
    src = open(os.path.abspath(__file__), encoding="utf-8").read()
    false_en = len(re.findall(r"^\s*# FALSE: EN\b", src, re.M))
    false_ru = len(re.findall(r"^\s*# FALSE: RU\b", src, re.M))
    assert (false_en, false_ru) == (15, 15), (false_en, false_ru)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout146.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout146.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", dc)
    print("false side: EN", false_en, "RU", false_ru)
    print("related domains:", rdoms)


if __name__ == "__main__":
    main()
