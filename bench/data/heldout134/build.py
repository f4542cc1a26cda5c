#!/usr/bin/env python3
"""Build heldout134: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Fort Ticonderoga was taken on 10 May 1775, not in June)
    ("In the early hours of 10 May 1775 Ethan Allen's Green Mountain Boys, joined by Benedict Arnold, surprised the small British garrison of Fort Ticonderoga and took it without bloodshed.",
     "Форт Тикондерога на озере Шамплейн был захвачен 10 июня 1775 г. отрядом Итана Аллена и Бенедикта Арнольда, застигшим врасплох немногочисленный британский гарнизон.",
     C, "month", "history", True),
    # FALSE: EN (the Colorado volunteers at Sand Creek were led by Colonel John Chivington)
    ("On 29 November 1864 Colorado volunteer cavalry commanded by Colonel Kit Carson attacked a peaceful Cheyenne and Arapaho camp at Sand Creek, killing mostly women, children and old men.",
     "Резня на Сэнд-Крик (Колорадо, 29.11.1864): добровольцы полковника Джона Чивингтона напали на мирный лагерь шайеннов и арапахо.",
     C, "person", "history", False),
    # FALSE: RU (Banér's Swedes won at Wittstock)
    ("At Wittstock in Brandenburg on 4 October 1636, a Swedish army under Johan Banér won a hard-fought victory over the combined Imperial and Saxon forces.",
     "В битве при Виттштоке (1636) шведская армия фельдмаршала Юхана Банера потерпела тяжёлое поражение от объединённых имперско-саксонских войск.",
     C, "opposite", "history", True),
    ("Royalist cavalry under Lord Wilmot routed Sir William Waller's Parliamentarian army at Roundway Down, near Devizes in Wiltshire, on 13 July 1643.",
     "13.07.1643 на холмах Раундуэй-Даун близ Девайзеса роялистская конница наголову разгромила армию парламентского генерала Уильяма Уоллера.",
     A, "date", "history", False),
    ("Maurice of Nassau won the cavalry battle of Turnhout in January 1597, in which the Spanish commander, the Count of Varax, was killed.",
     "Под Тюрнхаутом 24 января 1597 г. конница Морица Нассауского разбила испанский отряд; его командир граф Варакс пал в бою.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (the target was einsteinium-253, not californium)
    ("Element 101, mendelevium, was first made at Berkeley in 1955 by bombarding a tiny target of californium with alpha particles; only a handful of atoms resulted.",
     "Менделевий (№ 101) впервые получен в 1955 г. в Беркли: мишень из эйнштейния-253 облучали альфа-частицами, и удалось зарегистрировать лишь около 17 атомов.",
     C, "entity", "science", False),
    # FALSE: RU (tennessine was first made at the Joint Institute for Nuclear Research, Dubna)
    ("Tennessine, element 117, was first synthesised in 2010 at the Joint Institute for Nuclear Research in Dubna by a Russian–American team that included Oak Ridge researchers.",
     "Теннессин, 117-й элемент таблицы Менделеева, впервые синтезировали в 2010 г. в Европейской организации по ядерным исследованиям (ЦЕРН) под Женевой.",
     C, "organisation", "science", True),
    # FALSE: EN (the Okazakis reported the fragments in 1968; Reiji Okazaki died in 1975)
    ("In the early 1980s Reiji Okazaki and his wife Tsuneko reported that the lagging strand of DNA is copied in short pieces, now known as Okazaki fragments.",
     "Короткие участки отстающей цепи ДНК, названные фрагментами Оказаки, японские биохимики Рэйдзи и Цунэко Оказаки описали в 1968 г.",
     C, "decade", "science", False),
    ("Ben Mottelson, an American-born physicist who made his career in Copenhagen, shared the 1975 Nobel Prize in Physics with Aage Bohr and James Rainwater.",
     "Нобелевскую премию по физике за 1975 г. Бен Моттельсон получил за работы о коллективном движении нуклонов в атомном ядре; в 1971 г. он принял датское гражданство.",
     A, "year", "science", True),
    ("While supervising the boring of cannon at the Munich arsenal, Count Rumford concluded that heat was a form of motion rather than a fluid called caloric.",
     "Наблюдения за сверлением пушечных стволов в мюнхенском арсенале привели графа Румфорда к выводу, что теплота — не особая жидкость-теплород, а движение; статья вышла в 1798 г.",
     A, "place", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Rakaposhi was first climbed in 1958)
    ("Rakaposhi, the 7,788-metre peak towering over the Hunza valley, was first climbed in 1938 by Mike Banks and Tom Patey.",
     "Первое восхождение на Ракапоши (7788 м, Каракорум) совершили в 1958 г. британцы Майк Бэнкс и Том Пейти.",
     C, "year", "geography", True),
    # FALSE: RU (the Songhua is a tributary of the Amur, not the Ussuri)
    ("The Songhua, which flows through Jilin city and Harbin, is the largest tributary of the Amur, joining it on the Russian–Chinese border.",
     "Река Сунгари (Сунхуацзян), протекающая через Цзилинь и Харбин, считается самым многоводным притоком Уссури на северо-востоке Китая.",
     C, "entity", "geography", False),
    # FALSE: EN (Savai'i is the largest island of Samoa)
    ("Savai'i, a volcanic island west of Upolu, is only the second-largest island of Samoa, and it has far fewer inhabitants than Upolu.",
     "Савайи — самый большой остров Самоа (около 1700 км²), однако столица страны Апиа находится на соседнем острове Уполу.",
     C, "rank", "geography", True),
    ("The Pecos River rises in the Sangre de Cristo Mountains of northern New Mexico and flows south-east across Texas to join the Rio Grande.",
     "Пекос, приток Рио-Гранде, начинается в горах Сангре-де-Кристо на севере штата Нью-Мексико, а в Рио-Гранде впадает уже в Техасе.",
     A, "place", "geography", False),
    ("The Sakarya, rising in western Anatolia, runs for some 824 km before emptying into the Black Sea.",
     "Длина Сакарьи, впадающей в Чёрное море, — около 800 км; это одна из важнейших рек северо-западной Турции.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Morinaga opened his shop in Tokyo, in Akasaka)
    ("Morinaga & Co. grew out of a small Western-style confectionery shop that Taichiro Morinaga opened in Tokyo's Akasaka district in 1899.",
     "Компания Morinaga ведёт историю от кондитерской западного образца, открытой Тайтиро Моринагой в 1899 г. в Осаке.",
     C, "place", "economy", False),
    # FALSE: EN (the lever-filler was patented by Walter A. Sheaffer)
    ("The lever-filling fountain pen patented in 1908 by Lewis Waterman, a jeweller from Fort Madison, Iowa, became the basis of the Sheaffer Pen Company.",
     "Ювелир из Форт-Мэдисона (Айова) Уолтер Шеффер в 1908 г. запатентовал перьевую ручку с рычажным наполнением, а в 1913 г. основал собственную компанию.",
     C, "person", "economy", True),
    ("Zündapp, founded in Nuremberg in 1917 to make fuses for artillery shells, later became one of Germany's best-known motorcycle manufacturers.",
     "Нюрнбергская фирма «Цюндапп» (осн. 1917) начинала с выпуска взрывателей, а прославилась мотоциклами; в 1984 г. она обанкротилась.",
     A, "place", "economy", False),
    ("The sporting-goods maker Mizuno was founded in Osaka in 1906 by the brothers Rihachi and Rizo Mizuno.",
     "Японская компания Mizuno, выпускающая спортивную экипировку, была основана братьями Мидзуно в Осаке в 1906 году.",
     A, "year", "economy", True),
    ("The Gothic Revival store of Muir & Mirrielees on Petrovka Street in Moscow, designed by Roman Klein, opened in 1908.",
     "Здание торгового дома «Мюр и Мерилиз» (арх. Р. И. Клейн) на углу Петровки и Театральной площади было построено в 1908 г.",
     A, "year", "economy", False),
    # ---------------- culture ----------------
    # FALSE: RU (the first Unspunnen festival was held in 1805, i.e. in the 19th century)
    ("The first Unspunnen festival, a gathering of Alpine herdsmen with wrestling, stone-throwing and yodelling, was held near Interlaken in August 1805.",
     "Первый праздник Унспуннен — состязания альпийских пастухов в борьбе и метании камня — прошёл близ Интерлакена в начале XX века.",
     C, "century", "culture", True),
    # FALSE: EN (Pushkin's exile at Mikhailovskoye lasted about two years, 1824-1826)
    ("Pushkin spent six years in exile at Mikhailovskoye, his mother's family estate in the Pskov province, under the watch of the local authorities.",
     "В ссылке в псковском имении Михайловское Пушкин провёл немногим более двух лет — с августа 1824 по сентябрь 1826 г.",
     C, "duration", "culture", False),
    ("Every year on the first Thursday of December, Kraków's nativity-scene makers bring their glittering szopki to the Main Market Square for a competition.",
     "Конкурс краковских рождественских вертепов (шопок) проводится с 1937 г. в первый четверг декабря у памятника Мицкевичу на Рыночной площади.",
     A, "date", "culture", True),
    ("Brussels' Zinneke Parade, a multicultural street procession held every two years, was first staged in 2000.",
     "Впервые Зиннеке-парад прошёл по улицам Брюсселя в 2000 г., когда город был одной из культурных столиц Европы; с тех пор его устраивают раз в два года.",
     A, "year", "culture", False),
    ("Norwegians celebrate Sankthansaften, the eve of St John's Day, on 23 June with bonfires along the coast and lakeshores.",
     "Вечер 23 июня, канун Иванова дня, в Норвегии называют Sankthansaften: на берегах фьордов и озёр разжигают костры.",
     A, "date", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (the novel is set in 16th-century England, in 1547)
    ("Mark Twain's The Prince and the Pauper, published in 1881, is set in England in 1547, when the boy Edward Tudor swaps places with Tom Canty.",
     "Действие романа Марка Твена «Принц и нищий» о мальчиках, поменявшихся местами, разворачивается в Лондоне XVII века.",
     C, "century", "literature", False),
    # FALSE: RU (Gaskell died before finishing the novel)
    ("Elizabeth Gaskell died suddenly in November 1865 before she could finish Wives and Daughters; the last instalment ended with an editor's note.",
     "Роман «Жёны и дочери» Элизабет Гаскелл успела завершить незадолго до своей внезапной смерти в ноябре 1865 г.",
     C, "polarity", "literature", True),
    ("Edgar Allan Poe's 'The Pit and the Pendulum' (1842) is narrated by a prisoner of the Spanish Inquisition in Toledo.",
     "Рассказ Эдгара По «Колодец и маятник» — исповедь узника инквизиции в Толедо, которого истязают тьмой, крысами и опускающимся лезвием.",
     A, "place", "literature", False),
    ("Turgenev's novel A Nest of the Gentry, about Fyodor Lavretsky's doomed love for Liza Kalitina, appeared in 1859 in The Contemporary.",
     "Роман И. С. Тургенева «Дворянское гнездо» был напечатан в журнале «Современник» в 1859 г.",
     A, "year", "literature", True),
    ("In Chekhov's story 'Vanka' (1886), a nine-year-old apprentice to a Moscow shoemaker writes a Christmas Eve letter to his grandfather.",
     "Девятилетний Ванька Жуков, герой рассказа Чехова, в ночь под Рождество пишет письмо деду и отправляет его «на деревню дедушке».",
     A, "number", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Schelomo was written in 1915-16)
    ("Ernest Bloch's Schelomo, a Hebrew rhapsody for cello and orchestra inspired by King Solomon, was composed in the mid-1930s.",
     "Еврейскую рапсодию «Шеломо» для виолончели с оркестром Эрнест Блох написал в Женеве в 1915–1916 гг.",
     C, "decade", "music", True),
    # FALSE: RU (Book I has 24 preludes and fugues; 48 is the total of both books)
    ("Book I of Bach's Well-Tempered Clavier, completed in 1722, contains 24 preludes and fugues, one for each major and minor key.",
     "Первый том «Хорошо темперированного клавира», завершённый И. С. Бахом в 1722 г., включает 48 прелюдий и фуг.",
     C, "number", "music", False),
    # FALSE: EN (Sea Pictures was first sung at the Norwich Festival)
    ("Elgar's song cycle Sea Pictures was first performed by the contralto Clara Butt at the Leeds Festival in October 1899.",
     "Вокальный цикл Элгара «Морские картины» впервые исполнила контральто Клара Батт на Норвичском фестивале в октябре 1899 г.",
     C, "place", "music", True),
    ("Beethoven's Violin Sonata No. 5 in F major, Op. 24, nicknamed the 'Spring' only after his death, was published in 1801.",
     "Скрипичная соната № 5 фа мажор (соч. 24), известная как «Весенняя», была издана в 1801 г.; это название дал ей не сам Бетховен.",
     A, "year", "music", False),
    ("Saint-Saëns's Symphony No. 3, the 'Organ' Symphony, was commissioned by the Royal Philharmonic Society and first performed in London in May 1886.",
     "Третья («органная») симфония Сен-Санса, написанная по заказу лондонского Филармонического общества, впервые прозвучала в Лондоне 19 мая 1886 г.",
     A, "place", "music", True),
    # ---------------- sport ----------------
    # FALSE: RU (Wariner won gold in the 400 m at Athens 2004)
    ("Jeremy Wariner, a 20-year-old from Baylor University, won the 400 metres at the 2004 Athens Olympics in 44.00 seconds.",
     "На Олимпиаде в Афинах (2004) американец Джереми Уоринер завоевал серебро в беге на 400 м.",
     C, "rank", "sport", False),
    # FALSE: EN (Mutola's Olympic 800 m title came in 2000)
    ("Maria Mutola became Mozambique's first Olympic champion when she won the 800 metres at the 1996 Olympic Games.",
     "Первую в истории Мозамбика золотую олимпийскую медаль принесла Мария Мутола, выигравшая бег на 800 м на Олимпийских играх 2000 года.",
     C, "year", "sport", True),
    # FALSE: RU (Wenzel won the giant slalom and the slalom at Lake Placid)
    ("At the 1980 Lake Placid Olympics Hanni Wenzel won both the giant slalom and the slalom, the first Olympic titles for Liechtenstein.",
     "На Олимпиаде 1980 г. в Лейк-Плэсиде Ханни Венцель из Лихтенштейна не выиграла ни одной из технических дисциплин — ни слалома, ни гигантского слалома.",
     C, "polarity", "sport", False),
    ("Frank Sedgman, the Australian who won the Wimbledon singles title in 1952, turned professional soon afterwards.",
     "Уимблдонский турнир 1952 г. в мужском одиночном разряде выиграл австралиец Фрэнк Седжман.",
     A, "year", "sport", True),
    ("Alina Zagitova won Olympic gold in women's figure skating at PyeongChang in February 2018, aged just 15.",
     "Пятнадцатилетняя Алина Загитова стала олимпийской чемпионкой в женском одиночном катании на Играх 2018 г. в Пхёнчхане.",
     A, "number", "sport", False),
    # ---------------- art ----------------
    # FALSE: EN (the 1964 Grand Prize was awarded at the Venice Biennale)
    ("In 1964 Robert Rauschenberg became the first American to win the Grand Prize for painting at the São Paulo Biennial.",
     "В 1964 г. Роберт Раушенберг первым из американских художников получил Гран-при Венецианской биеннале.",
     C, "organisation", "art", True),
    # FALSE: RU (Regnault was killed on 19 January 1871)
    ("Henri Regnault, the painter of Salomé, was killed at the Battle of Buzenval outside besieged Paris on 19 January 1871, aged 27.",
     "Художник Анри Реньо погиб 3 января 1871 г. в бою при Бюзенвале, во время осады Парижа пруссаками.",
     C, "date", "art", False),
    ("Michael Wolgemut, whose Nuremberg workshop produced the woodcuts for the Nuremberg Chronicle, took the young Albrecht Dürer as an apprentice in 1486.",
     "В 1486–1489 гг. юный Альбрехт Дюрер учился живописи в нюрнбергской мастерской Михаэля Вольгемута.",
     A, "person", "art", True),
    ("Francis Picabia launched his Dada review 391 in Barcelona in 1917, naming it after Alfred Stieglitz's New York gallery 291.",
     "Журнал «391», один из главных органов дадаизма, Франсис Пикабиа начал издавать в Барселоне в 1917 году.",
     A, "place", "art", False),
    ("Amédée Ozenfant and Charles-Édouard Jeanneret, the future Le Corbusier, published the Purist manifesto Après le cubisme in 1918.",
     "Манифест пуризма «После кубизма» (1918) Амеде Озанфан написал вместе с Шарлем-Эдуаром Жаннере, позднее известным как Ле Корбюзье.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (Terminiello was decided 5-4)
    ("In Terminiello v. Chicago (1949) the Supreme Court, by a 5–4 vote, overturned the breach-of-peace conviction of a suspended Catholic priest.",
     "В деле «Терминиелло против Чикаго» (1949) Верховный суд США семью голосами против двух отменил обвинительный приговор за нарушение общественного порядка.",
     C, "number", "law", True),
    # FALSE: EN (the Court struck the provision down)
    ("In Printz v. United States (1997) the Supreme Court upheld the Brady Act's interim requirement that local sheriffs run background checks on handgun buyers.",
     "Решением по делу «Принтц против США» (1997) Верховный суд признал неконституционным временное требование закона Брейди, обязывавшее местных шерифов проверять покупателей пистолетов.",
     C, "opposite", "law", False),
    ("Strickland v. Washington (1984) set the two-part test for claims of ineffective assistance of counsel: deficient performance and resulting prejudice.",
     "Двухступенчатый тест для жалоб на неэффективную помощь адвоката Верховный суд США сформулировал в 1984 г. в деле «Стрикленд против Вашингтона».",
     A, "year", "law", False),
    ("In Pollock v. Farmers' Loan & Trust Co. (1895) the Supreme Court struck down the federal income tax, a ruling later overcome by the Sixteenth Amendment.",
     "Федеральный подоходный налог был признан неконституционным в 1895 г. по делу Поллока против трастовой компании; в 1913-м это решение преодолела 16-я поправка.",
     A, "year", "law", True),
    ("Excerpts from the writings of Ulpian, a jurist murdered by the Praetorian Guard in the 220s, make up roughly a third of Justinian's Digest.",
     "Ульпиан — римский юрист начала III в. н. э.; фрагменты его сочинений составляют около трети Дигест Юстиниана.",
     A, "century", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Nimbus 1 was launched on 28 August 1964)
    ("Nimbus 1, the first of NASA's Nimbus research weather satellites, was launched from Vandenberg Air Force Base on 28 August 1964.",
     "Первый метеорологический спутник серии «Нимбус» НАСА вывело на орбиту с базы Ванденберг 28 мая 1964 г.",
     C, "month", "technology", True),
    # FALSE: EN (the Pe-2 was designed by Vladimir Petlyakov's team)
    ("The Pe-2 dive bomber, the most numerous Soviet twin-engine bomber of the war, was designed by Andrei Tupolev's team while its members were imprisoned.",
     "Пикирующий бомбардировщик Пе-2 создало КБ Владимира Петлякова; сам конструктор погиб в авиакатастрофе в январе 1942 г.",
     C, "person", "technology", False),
    ("Nearly 20,000 Piper J-3 Cubs were built, most of them at the company's factory in Lock Haven, Pennsylvania.",
     "Лёгких самолётов Piper J-3 Cub было выпущено около 20 тыс.; их собирали на заводе в Лок-Хейвене (Пенсильвания).",
     A, "number", "technology", True),
    ("Alex Moulton's small-wheeled bicycle, with suspension at front and rear, went on sale in Britain in 1962.",
     "Велосипед Алекса Моултона с маленькими колёсами и подвеской обоих колёс появился в продаже в 1962 году.",
     A, "year", "technology", False),
    ("Britain won the Schneider Trophy outright in 1931, when a Supermarine S.6B secured a third consecutive British victory.",
     "Кубок Шнейдера навсегда остался у Великобритании после третьей подряд победы британских гидросамолётов — в 1931 г.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Whisky au Go Go fire killed 15 people)
    ("The firebombing of the Whisky au Go Go nightclub in Brisbane's Fortitude Valley on 8 March 1973 killed 25 people.",
     "Поджог ночного клуба «Виски-о-гоу-гоу» в брисбенском районе Фортитьюд-Вэлли 8 марта 1973 г. унёс жизни 15 человек.",
     C, "number", "disasters", False),
    # FALSE: RU (Sissano Lagoon is on the north coast of Papua New Guinea)
    ("On 17 July 1998 a tsunami triggered by an offshore earthquake swept Sissano Lagoon on the north coast of Papua New Guinea, killing more than 2,000 people.",
     "Цунами 17.07.1998, обрушившееся на лагуну Сиссано на северном побережье Соломоновых островов, унесло более 2 тыс. жизней.",
     C, "place", "disasters", True),
    # FALSE: EN (the Morecambe Bay cockling disaster happened in February 2004)
    ("At least 21 Chinese cockle pickers drowned when they were cut off by the rising tide in Morecambe Bay on the night of 5 February 2014.",
     "В феврале 2004 г. в заливе Моркам прилив отрезал от берега группу китайских сборщиков моллюсков; погиб по меньшей мере 21 человек.",
     C, "year", "disasters", False),
    ("About 8,150 years ago the Storegga Slide off the Norwegian coast sent a tsunami across the North Sea, leaving deposits in Scotland.",
     "Около 6200 г. до н. э. у побережья Норвегии произошёл гигантский подводный оползень Сторегга, вызвавший цунами в Северном море.",
     A, "number", "disasters", True),
    ("Fourteen construction workers were killed on 2 March 1973 when part of a high-rise under construction at Skyline Plaza in Bailey's Crossroads, Virginia, collapsed.",
     "Обрушение строящегося жилого корпуса комплекса Скайлайн-Плаза в Виргинии 2 марта 1973 г. унесло жизни 14 рабочих.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Black Kettle, the Cheyenne chief whose camp was attacked at Sand Creek, survived the massacre but was killed four years later on the Washita.",
     "В 2007 г. место резни на Сэнд-Крик в Колорадо получило статус национального исторического объекта США.",
     "Sand Creek", True, "history"),
    ("Fort Ticonderoga was built by the French in the 1750s and was originally called Fort Carillon.",
     "Пушки, захваченные в Тикондероге, зимой 1775–1776 гг. Генри Нокс доставил к осаждённому Бостону.",
     "Ticonderoga", False, "history"),
    ("Alina Zagitova won the world title at the 2019 World Figure Skating Championships in Saitama, Japan.",
     "Будущая олимпийская чемпионка Алина Загитова родилась в 2002 г. в Ижевске, а позднее перешла в московскую группу Этери Тутберидзе.",
     "Zagitova", True, "sport"),
    ("In November 2005 an explosion at a chemical plant in Jilin spilled benzene into the Songhua, forcing Harbin to cut off its water supply.",
     "Зимой из льда Сунгари в Харбине вырезают блоки для знаменитого фестиваля ледяных скульптур.",
     "Songhua", False, "geography"),
    ("The heroine of Wives and Daughters is Molly Gibson, the daughter of a widowed country doctor.",
     "Роман Гаскелл «Жёны и дочери» публиковался частями в журнале Cornhill Magazine в 1864–1866 гг.",
     "Wives and Daughters", True, "literature"),
    ("Sea Pictures sets five poems by different writers, one of them, 'In Haven', by Elgar's wife Alice.",
     "Последняя песня цикла «Морские картины» — «Пловец» на стихи австралийского поэта Адама Линдсея Гордона.",
     "Sea Pictures", False, "music"),
    ("Investigators blamed the Skyline Plaza collapse on shoring that had been removed before the freshly poured concrete had gained enough strength.",
     "Жилой комплекс Скайлайн-Плаза строился в местечке Бейлис-Кроссроудс округа Фэрфакс (штат Виргиния).",
     "Skyline Plaza", True, "disasters"),
    ("Justice Antonin Scalia wrote the majority opinion in Printz v. United States.",
     "Иск по делу «Принтц против США» подал Джей Принтц, шериф округа Равалли в штате Монтана.",
     "Printz", False, "law"),
    ("In 1953 Robert Rauschenberg erased a drawing given to him by Willem de Kooning and exhibited the result.",
     "Роберт Раушенберг родился в 1925 г. в техасском городе Порт-Артур.",
     "Rauschenberg", True, "art"),
    ("The Unspunnen stone, hurled by competitors at the festival, weighs 83.5 kilograms.",
     "В 1984 г. камень Унспуннен похитили сепаратисты из Юры; вернули его лишь в 2001 г.",
     "Unspunnen", False, "culture"),
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout134.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout134.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
