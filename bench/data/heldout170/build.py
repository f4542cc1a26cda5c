#!/usr/bin/env python3
"""Build heldout170: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Pontiac was an Odawa (Ottawa) war leader, not a Shawnee chief)
    ("Pontiac's War",
     "Pontiac's War broke out in May 1763, when the Odawa war leader Pontiac laid siege to the British garrison of Fort Detroit.",
     "Война Понтиака началась весной 1763 г. с осады британского форта Детройт, которую возглавил вождь шауни Понтиак.",
     C, "entity", "history", True, RU),
    # FALSE: EN (Tacky's Revolt broke out in Saint Mary Parish, Jamaica, not in Barbados)
    ("Tacky's Revolt",
     "Tacky's Revolt, a rising of enslaved Akan people led by a man named Tacky, broke out at Easter 1760 in the British colony of Barbados.",
     "Восстание рабов под предводительством Такки вспыхнуло на Пасху 1760 г. в приходе Сент-Мэри на Ямайке; самого Такки застрелил марон-снайпер.",
     C, "place", "history", False, EN),
    # FALSE: RU (the Matewan shootout killed ten people: seven detectives, two miners and the mayor)
    ("Matewan massacre",
     "The Matewan shootout of 19 May 1920 in West Virginia left ten people dead, among them seven Baldwin–Felts detectives and the town's mayor.",
     "Перестрелка в Мэтьюэне (Западная Виргиния) 19.05.1920 между горняками и детективами агентства «Болдуин — Фелтс» унесла около сорока жизней.",
     C, "number", "history", True, RU),
    ("Mountain Meadows massacre",
     "On 11 September 1857, at Mountain Meadows in southern Utah Territory, Mormon militiamen killed some 120 emigrants from an Arkansas wagon train.",
     "Резня в Маунтин-Медоуз (11.09.1857): мормонское ополчение перебило около 120 переселенцев, шедших из Арканзаса в Калифорнию; пощадили лишь 17 маленьких детей.",
     A, "date", "history", False, None),
    ("Reapers' War",
     "The Reapers' War, the Catalan revolt against the Spanish crown, flared into open revolt in June 1640, when rioting reapers killed the viceroy in Barcelona.",
     "Восстание жнецов (1640–1652 гг.) разгорелось в Барселоне после «Кровавого праздника Тела Христова», когда погиб вице-король Каталонии граф Санта-Колома.",
     A, "year", "history", True, None),
    # ---------------- science ----------------
    # FALSE: RU (Masiakasaurus knopfleri is named after Mark Knopfler, not Eric Clapton)
    ("Masiakasaurus",
     "Masiakasaurus knopfleri, a small theropod from Madagascar with forward-jutting front teeth, was described in 2001 and named after Mark Knopfler of Dire Straits.",
     "Видовое название масиакозавра — мелкого хищного динозавра с Мадагаскара, описанного в 2001 г., — дано в честь гитариста Эрика Клэптона, под чью музыку шли раскопки.",
     C, "person", "science", False, RU),
    # FALSE: EN (Christopher Wolfe was eight years old when he found the first Zuniceratops bones)
    ("Zuniceratops",
     "The first bones of Zuniceratops, an early horned dinosaur from New Mexico, were found in 1996 by a twelve-year-old boy, Christopher Wolfe.",
     "Кости зуницератопса — раннего рогатого динозавра из Нью-Мексико, описанного в 1998 г., — в 1996 г. нашёл восьмилетний Кристофер Вулф, сын палеонтолога.",
     C, "number", "science", True, EN),
    # FALSE: EN (Antoni Przybylski described the star in 1961)
    ("Przybylski's Star",
     "Przybylski's Star, a peculiar star in Centaurus whose spectrum is crowded with rare-earth elements, was first described by Antoni Przybylski in the 1980s.",
     "Звезду Пшибыльского (HD 101065) в созвездии Центавра с аномальным обилием лантаноидов в спектре описал в 1961 г. польско-австралийский астроном Антоний Пшибыльский.",
     C, "decade", "science", False, EN),
    ("Nigersaurus",
     "Nigersaurus, a Saharan sauropod whose broad, straight-edged muzzle held hundreds of replaceable teeth, was named in 1999 by Paul Sereno's team.",
     "Нигерзавр из Нигера (описан в 1999 г.) — зауропод, морда которого заканчивалась прямым широким краем с более чем 500 зубами.",
     A, "year", "science", True, None),
    ("Movile Cave",
     "Movile Cave, discovered in 1986 near Mangalia in Romania, holds an ecosystem cut off for millions of years and fed by chemosynthesis rather than sunlight.",
     "Пещера Мовиле у румынской Мангалии, открытая в 1986 г., населена десятками эндемичных видов, живущих за счёт хемосинтеза, без солнечного света.",
     A, "year", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: RU (Showa-shinzan rose near Lake Toya in Hokkaido, not on Kyushu)
    ("Showa-shinzan",
     "Showa-shinzan, a lava dome that rose out of wheat fields near Lake Toya in Hokkaido between 1943 and 1945, was charted month by month by the local postmaster Masao Mimatsu.",
     "Лавовый купол Сёва-Синдзан, выросший в 1943–1945 гг. прямо посреди полей на острове Кюсю, день за днём зарисовывал местный почтмейстер Масао Мимацу.",
     C, "place", "geography", True, RU),
    # FALSE: EN (the Staubbach inspired Goethe's 'Gesang der Geister über den Wassern', 1779)
    ("Staubbach Falls",
     "The Staubbach Falls in the Lauterbrunnen valley, dropping nearly 300 metres, inspired Friedrich Schiller's poem 'Song of the Spirits over the Waters'.",
     "Водопад Штауббах (около 297 м) в долине Лаутербруннен вдохновил Гёте, побывавшего здесь в 1779 г., на стихотворение «Песнь духов над водами».",
     C, "person", "geography", False, EN),
    ("Taganay",
     "Taganay National Park near Zlatoust in the Southern Urals was set up in 1991; its highest summit, Kruglitsa, rises to 1,178 metres.",
     "Национальный парк «Таганай» (Челябинская обл., осн. в 1991 г.): высшая точка хребтов, гора Круглица, достигает 1178 м.",
     A, "number", "geography", True, None),
    ("Vøringsfossen",
     "Vøringsfossen, one of Norway's best-known waterfalls, plunges about 182 metres from the Hardangervidda plateau into the Måbødalen valley near Eidfjord.",
     "Водопад Вёрингсфоссен у Эйдфьорда (общий перепад — 182 м, свободное падение — около 163 м) срывается с плато Хардангервидда.",
     A, "number", "geography", False, None),
    ("New Athos Cave",
     "The New Athos Cave in Abkhazia, found in 1961 by a local youth, Givi Smyr, was opened to visitors in 1975 with its own underground railway.",
     "Новоафонскую пещеру, обнаруженную в 1961 г., открыли для туристов в 1975 г.; по её залам ходит подземный поезд.",
     A, "year", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: RU (Rotkäppchen took over the German Mumm brands in 2002)
    ("Rotkäppchen",
     "Rotkäppchen, the East German sparkling-wine maker from Freyburg an der Unstrut, took over the German Mumm brands in 2002 and became Rotkäppchen-Mumm.",
     "Производитель игристых вин «Роткепхен» из Фрайбурга-на-Унструте в 1992 г. купил немецкие марки Mumm и стал называться Rotkäppchen-Mumm.",
     C, "year", "economy", False, RU),
    # FALSE: EN (Holger Nielsen made the first Vipp bin in 1939)
    ("Vipp",
     "The Vipp pedal bin was designed in the late 1950s by Holger Nielsen, a Danish metalworker, for his wife Marie's hair salon in Randers.",
     "Педальное ведро Vipp датский мастер-металлист Хольгер Нильсен сделал в 1939 г. для парикмахерской своей жены Мари в Раннерсе.",
     C, "decade", "economy", True, EN),
    ("Vista Alegre",
     "The Portuguese porcelain maker Vista Alegre was founded in 1824 by José Ferreira Pinto Basto at Ílhavo, near Aveiro.",
     "Жозе Феррейра Пинту Башту основал фарфоровую фабрику Vista Alegre в португальском Ильяву в 1824 г.",
     A, "year", "economy", False, None),
    ("Polar Electro",
     "Polar Electro, founded in 1977 in Kempele in northern Finland, brought out the first wireless heart-rate monitor for athletes in 1982.",
     "Финская компания Polar Electro (осн. в 1977 г. в Кемпеле под Оулу) в 1982 г. выпустила первый беспроводной пульсометр для спортсменов.",
     A, "year", "economy", True, None),
    ("Zetor",
     "Czechoslovakia's Zetor tractor brand was registered in Brno in 1946, the year its first model, the Zetor 25, went into production.",
     "Марка тракторов Zetor появилась в Брно в 1946 г.; первым серийным трактором стал Z-25.",
     A, "year", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: EN (Majewski won Olympic gold in 2008 and 2012)
    ("Tomasz Majewski",
     "Polish shot putter Tomasz Majewski won Olympic gold twice in a row, at Athens in 2004 and Beijing in 2008.",
     "Поляк Томаш Майевский — двукратный олимпийский чемпион в толкании ядра (Пекин-2008 и Лондон-2012).",
     C, "year", "sport", True, EN),
    # FALSE: RU (Miyake took silver, not bronze, at Rome in 1960)
    ("Yoshinobu Miyake",
     "Japanese weightlifter Yoshinobu Miyake took silver at Rome in 1960 and then won gold at the 1964 and 1968 Olympics.",
     "Японский тяжелоатлет Ёсинобу Мияке, бронзовый призёр Рима-1960, затем дважды становился олимпийским чемпионом — в 1964 и 1968 гг.",
     C, "rank", "sport", False, RU),
    # FALSE: RU (Mary Rand's 6.76 m in Tokyo was a world record)
    ("Mary Rand",
     "At the 1964 Tokyo Olympics Mary Rand won the long jump with a world record of 6.76 metres, the first Olympic athletics gold for a British woman.",
     "Мэри Рэнд выиграла прыжки в длину на Играх-1964 в Токио с результатом 6,76 м, хотя мирового рекорда так и не побила; это первое олимпийское золото британки в лёгкой атлетике.",
     C, "polarity", "sport", True, RU),
    ("Trixi Schuba",
     "Austria's Trixi Schuba, a master of the compulsory figures, won the women's figure-skating title at the 1972 Sapporo Olympics.",
     "Австрийка Беатрикс (Трикси) Шуба, непревзойдённая в обязательных фигурах, стала олимпийской чемпионкой Саппоро-1972.",
     A, "year", "sport", True, None),
    ("Yelena Petushkova",
     "Soviet rider Yelena Petushkova and her horse Pepel won team gold and individual silver in dressage at the 1972 Munich Olympics.",
     "На Олимпиаде-1972 в Мюнхене Елена Петушкова на Пепле завоевала командное золото в выездке и серебро в личном зачёте.",
     A, "rank", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: EN (Walking the Streets of Moscow was directed by Georgiy Daneliya, not Marlen Khutsiev)
    ("Walking the Streets of Moscow",
     "Marlen Khutsiev's 1963 film Walking the Streets of Moscow, with a young Nikita Mikhalkov as the metro builder Kolya, follows one summer day in the capital.",
     "В лирической комедии Георгия Данелии «Я шагаю по Москве» (1963) метростроевца Колю сыграл юный Никита Михалков.",
     C, "person", "culture", False, EN),
    # FALSE: RU (Silly Putty came out of General Electric's wartime research, not DuPont's)
    ("Silly Putty",
     "Silly Putty began as a failed synthetic-rubber experiment at General Electric during the Second World War and went on sale in plastic eggs in 1950.",
     "Прыгающий пластилин Silly Putty появился как неудачный опыт химиков DuPont по созданию искусственного каучука; в пластиковых яйцах его начали продавать в 1950 г.",
     C, "organisation", "culture", True, RU),
    ("Pokrovsky Gates",
     "Mikhail Kozakov's television comedy The Pokrovsky Gates (1982), adapted from Leonid Zorin's play, cast Oleg Menshikov as the student Kostik.",
     "Костика в «Покровских воротах» (1982) — экранизации пьесы Леонида Зорина — сыграл Олег Меньшиков, а ставил фильм Михаил Козаков.",
     A, "person", "culture", False, None),
    ("Welcome, or No Trespassing",
     "Elem Klimov's first feature, the 1964 satire Welcome, or No Trespassing, mocks a pioneer camp run by the pompous Dynin, played by Yevgeny Yevstigneyev.",
     "Дебютная комедия Элема Климова «Добро пожаловать, или Посторонним вход воспрещён» (1964 г.) высмеивает пионерлагерь товарища Дынина (Евгений Евстигнеев).",
     A, "year", "culture", True, None),
    ("Sportloto-82",
     "Leonid Gaidai's Crimean comedy Sportloto-82 drew about 55 million cinema-goers and topped the Soviet box office in 1982.",
     "Комедию Гайдая «Спортлото-82», снятую в Крыму, посмотрели свыше 55 млн зрителей — лучший результат проката 1982 г.",
     A, "number", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (Moonfleet is set on the coast of Dorset, not Cornwall)
    ("Moonfleet",
     "J. Meade Falkner's smuggling novel Moonfleet (1898) is narrated by John Trenchard, a fifteen-year-old orphan from a village on the Cornish coast.",
     "Роман Дж. Мида Фолкнера «Мунфлит» (1898) — история контрабандистов с побережья Дорсета, рассказанная пятнадцатилетним сиротой Джоном Тренчардом.",
     C, "place", "literature", True, EN),
    # FALSE: RU (the villagers of Midwich lie unconscious for about a day, the 'Dayout')
    ("Midwich Cuckoos",
     "In John Wyndham's The Midwich Cuckoos (1957) everyone in an English village falls unconscious for a day, after which its women of child-bearing age are found to be pregnant.",
     "В романе Уиндема «Кукушки Мидвича» (1957) жители английской деревни целую неделю лежат без сознания, а потом все женщины детородного возраста оказываются беременны.",
     C, "duration", "literature", False, RU),
    # FALSE: RU (With Fire and Sword is set in 1648, in the XVII century)
    ("With Fire and Sword",
     "Henryk Sienkiewicz's With Fire and Sword (1884), the first novel of his Trilogy, is set during the Cossack rising led by Bohdan Khmelnytsky in 1648.",
     "Роман Сенкевича «Огнём и мечом» (1884), открывающий «Трилогию», описывает казачье восстание начала XVIII века и любовь Скшетуского к Елене.",
     C, "century", "literature", True, RU),
    ("Narcissus and Goldmund",
     "Hermann Hesse's Narcissus and Goldmund, published in 1930, contrasts a monk who stays in the cloister of Mariabronn with a friend who wanders off to become a sculptor.",
     "В повести Германа Гессе «Нарцисс и Гольдмунд» (1930 г.) ученик монастырской школы Гольдмунд уходит странствовать и становится скульптором.",
     A, "year", "literature", False, None),
    ("Pelle the Conqueror",
     "Martin Andersen Nexø's Pelle the Conqueror opens on Bornholm, and Bille August's 1987 film of it won the Palme d'Or at Cannes in 1988.",
     "Экранизация романа Мартина Андерсена-Нексё «Пелле-завоеватель», снятая Билле Августом, получила «Золотую пальмовую ветвь» Каннского фестиваля 1988 г.",
     A, "person", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (the Koshetz chorus sang Shchedryk at Carnegie Hall on 5 October 1922)
    ("Shchedryk",
     "Mykola Leontovych's Shchedryk reached America in October 1922, when Oleksandr Koshetz's Ukrainian National Chorus sang it at Carnegie Hall.",
     "Американская публика впервые услышала «Щедрик» Леонтовича в декабре 1922 г., когда его исполнила в Карнеги-холле капелла Александра Кошица.",
     C, "month", "music", False, RU),
    # FALSE: EN (The Pharaoh's Daughter premiered at the Bolshoi Kamenny Theatre, not the Mariinsky)
    ("Pharaoh's Daughter",
     "Marius Petipa's first big success, the ballet The Pharaoh's Daughter to music by Cesare Pugni, premiered at the Mariinsky Theatre in St Petersburg in 1862.",
     "Балет «Дочь фараона» на музыку Цезаря Пуни, первый большой успех Мариуса Петипа, впервые показали в 1862 г. на сцене петербургского Большого (Каменного) театра.",
     C, "organisation", "music", True, EN),
    ("Postillon de Lonjumeau",
     "Adolphe Adam's comic opera Le postillon de Lonjumeau, first staged at the Opéra-Comique in Paris in 1836, is famed for the tenor's high D.",
     "Комическая опера Адана «Почтальон из Лонжюмо» (Париж, 1836) прославилась арией, где тенор берёт верхнее ре.",
     A, "year", "music", False, None),
    ("Pineapple Poll",
     "John Cranko's comic ballet Pineapple Poll (1951) is danced to tunes by Arthur Sullivan arranged by Charles Mackerras.",
     "Для балета Джона Кранко «Ананасная Полл» (1951 г.) Чарльз Маккеррас аранжировал мелодии из оперетт Салливана.",
     A, "person", "music", True, None),
    ("Nights in the Gardens of Spain",
     "Manuel de Falla's Nights in the Gardens of Spain, three nocturnes for piano and orchestra, was first performed in Madrid in 1916.",
     "«Ночи в садах Испании» Мануэля де Фальи — три симфонических впечатления для фортепиано с оркестром — впервые прозвучали в 1916 г. в Мадриде.",
     A, "place", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (Frick bought The Polish Rider from the Polish count Zdzisław Tarnowski)
    ("Polish Rider",
     "Rembrandt's The Polish Rider was sold in 1910 by a Polish count, Zdzisław Tarnowski, to the American collector Henry Clay Frick.",
     "«Польского всадника» Рембрандта американский коллекционер Генри Клей Фрик купил в 1910 г. у русского князя, владевшего картиной.",
     C, "entity", "art", False, RU),
    # FALSE: EN (Vrubel painted Mikula Selyaninovich for the 1896 exhibition, in the XIX century)
    ("Mikula Selyaninovich",
     "Mikhail Vrubel painted his huge panel Mikula Selyaninovich in the early twentieth century for an exhibition in Nizhny Novgorod, where the jury rejected it.",
     "Панно «Микула Селянинович» Врубель написал к Всероссийской выставке 1896 г. в Нижнем Новгороде; жюри его отвергло, и Мамонтов выстроил для панно особый павильон.",
     C, "century", "art", False, EN),
    # FALSE: EN (Paris Street; Rainy Day was painted and shown in 1877)
    ("Paris Street; Rainy Day",
     "Gustave Caillebotte's Paris Street; Rainy Day, now at the Art Institute of Chicago, was shown at the Impressionist exhibition of 1887.",
     "Картину Кайботта «Парижская улица в дождливую погоду» (1877) показали на третьей выставке импрессионистов; ныне она в Чикагском институте искусств.",
     C, "year", "art", True, EN),
    ("Sick Child",
     "Edvard Munch's The Sick Child (1885–86) recalls the death of his sister Sophie, who died of tuberculosis at fifteen.",
     "В «Больной девочке» (1885–1886 гг.) Эдвард Мунк вспоминал сестру Софи, умершую от туберкулёза в 1877 г.",
     A, "person", "art", False, None),
    ("Wedding on Tomorrow's Street",
     "Yuri Pimenov's 1962 canvas Wedding on Tomorrow's Street shows a bride and groom stepping along planks across a muddy building site.",
     "«Свадьба на завтрашней улице» Юрия Пименова (1962 г.): жених и невеста идут по дощатому настилу среди новостройки.",
     A, "year", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (the Sheppard–Towner Act was signed on 23 November 1921)
    ("Sheppard–Towner Act",
     "The Sheppard–Towner Act, signed in March 1921, gave federal money to the states for the health of mothers and infants.",
     "Закон Шеппарда — Таунера о защите материнства и младенчества был подписан в ноябре 1921 г.; его финансирование прекратилось в 1929 г.",
     C, "month", "law", False, EN),
    # FALSE: RU (the St Petersburg Declaration covers projectiles under 400 grammes)
    ("St Petersburg Declaration",
     "The St Petersburg Declaration of 1868 banned, in wars between its signatories, explosive or incendiary projectiles weighing under 400 grams.",
     "Петербургская декларация 1868 г. запретила применять в войнах между подписавшими её странами разрывные и зажигательные снаряды весом менее 800 г.",
     C, "number", "law", True, RU),
    # FALSE: EN (the Snyder Act was signed on 2 June 1924)
    ("Snyder Act",
     "The Indian Citizenship Act, known as the Snyder Act, was signed by Calvin Coolidge on 2 July 1924 and made all Native Americans born in the US citizens.",
     "Закон Снайдера от 02.06.1924 предоставил гражданство США всем коренным американцам, родившимся в стране.",
     C, "date", "law", False, EN),
    ("Weeks Act",
     "Signed by William Taft on 1 March 1911, the Weeks Act let the federal government buy private land in the East to create national forests.",
     "Закон Уикса (01.03.1911) позволил правительству США выкупать частные земли в верховьях рек на востоке страны под национальные леса.",
     A, "date", "law", True, None),
    ("October Manifesto",
     "Issued on 17 October 1905 under the pressure of a general strike, the October Manifesto promised civil liberties and an elected legislative Duma.",
     "Манифест 17 октября 1905 г., составленный при участии Витте, даровал гражданские свободы и обещал законодательную Государственную думу.",
     A, "date", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: RU (the round hull was meant to give a very shallow draught, not a deep one)
    ("Popovka",
     "The circular ironclad Novgorod, the first of Admiral Andrei Popov's 'popovkas', was launched in 1873; its round hull gave a very shallow draught for coastal defence.",
     "Круглый броненосец «Новгород» (1873 г.) — первая «поповка» адмирала Попова: благодаря круглому корпусу он имел очень глубокую осадку.",
     C, "opposite", "technology", True, RU),
    # FALSE: EN (the Tower Subway's cable railway ran only a few months in 1870)
    ("Tower Subway",
     "London's Tower Subway, opened under the Thames in 1870, carried passengers in a cable-hauled car for some twenty years before becoming a foot tunnel.",
     "Тауэрский тоннель под Темзой (1870 г.) проработал как канатная железная дорога лишь несколько месяцев, после чего стал пешеходным.",
     C, "duration", "technology", False, EN),
    ("Resurgam",
     "Resurgam, the steam-driven submarine designed by the Reverend George Garrett, was launched at Birkenhead in 1879 and sank off north Wales in 1880.",
     "Подводная лодка «Резургам» священника Джорджа Гаррета (спущена в 1879 г.) затонула в 1880 г. у берегов Уэльса при буксировке; обломки нашли в 1995 г.",
     A, "year", "technology", True, None),
    ("Plongeur",
     "The French submarine Plongeur, launched at Rochefort in 1863, was the first to be driven by mechanical power, using compressed air.",
     "«Плонжёр» (1863 г., Рошфор) — первая подводная лодка с механическим двигателем: она шла на сжатом воздухе.",
     A, "place", "technology", False, None),
    ("Sikorsky R-4",
     "The Sikorsky R-4, the first helicopter to be built in series, made its maiden flight on 14 January 1942.",
     "Первый полёт вертолёта Sikorsky R-4, ставшего первым в мире серийным вертолётом, состоялся 14.01.1942.",
     A, "date", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: EN (the Ville du Havre sank in about twelve minutes)
    ("Ville du Havre",
     "After the French liner Ville du Havre collided with the clipper Loch Earn on 22 November 1873, she stayed afloat for about two hours.",
     "Французский лайнер «Виль-дю-Авр», протаранённый 22.11.1873 клипером «Лох-Эрн», затонул примерно за 12 минут; погибли 226 человек.",
     C, "duration", "disasters", False, EN),
    # FALSE: RU (the Tararua was wrecked on 29 April 1881)
    ("Tararua",
     "The steamer Tararua was wrecked at Waipapa Point in Southland, New Zealand, on 29 April 1881, and 131 people drowned.",
     "Пароход «Тараруа» разбился у мыса Вайпапа на юге Новой Зеландии 19.04.1881; погиб 131 человек.",
     C, "date", "disasters", True, RU),
    ("R38",
     "The British airship R38, built for the US Navy as ZR-2, broke apart over Hull on 24 August 1921, killing 44 of the 49 people aboard.",
     "Дирижабль R38 (для ВМС США — ZR-2) разломился в воздухе над Халлом 24.08.1921; из 49 человек на борту погибли 44.",
     A, "date", "disasters", False, None),
    ("Pakhtakor air collision",
     "On 11 August 1979 two Aeroflot Tu-134 airliners collided over Dniprodzerzhynsk, killing all 178 aboard, among them the Pakhtakor Tashkent football team.",
     "Столкновение двух Ту-134 над Днепродзержинском 11.08.1979 унесло 178 жизней; среди погибших была футбольная команда «Пахтакор» из Ташкента.",
     A, "number", "disasters", True, None),
    ("Wairarapa",
     "The SS Wairarapa ran onto the cliffs of Great Barrier Island in fog on 29 October 1894, and 121 people lost their lives.",
     "Пароход «Уаирарапа» в тумане налетел на скалы острова Грейт-Барриер 29.10.1894 — погиб 121 человек.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Mountain Meadows massacre",
     "John D. Lee, the only man convicted over the Mountain Meadows massacre, was executed by firing squad at the site in 1877.",
     "Переселенцы, погибшие в Маунтин-Медоуз, входили в обоз Бейкера — Фэншера, направлявшийся в Калифорнию.",
     True, "history"),
    ("Masiakasaurus",
     "The lower front teeth of Masiakasaurus jut forward almost horizontally, which suggests it snatched small prey such as fish.",
     "Масиакозавр жил на Мадагаскаре в конце мелового периода, около 70 млн лет назад.",
     False, "science"),
    ("Taganay",
     "Taganay's slopes are crossed by kurums, streams of boulders, the longest of which, the Big Stone River, runs for some six kilometres.",
     "Название «Таганай» часто переводят с башкирского как «подставка для луны».",
     True, "geography"),
    ("Rotkäppchen",
     "The Rotkäppchen brand takes its name from the red caps on its bottles and was adopted in 1894.",
     "Винодельню во Фрайбурге основали в 1856 г. братья Мориц и Юлиус Клосс вместе с Карлом Фёрстером.",
     False, "economy"),
    ("Mary Rand",
     "Besides her long-jump gold, Mary Rand won silver in the pentathlon and bronze in the sprint relay at the 1964 Tokyo Games.",
     "Мэри Рэнд родилась в 1940 г. в городке Уэлс в Сомерсете.",
     True, "sport"),
    ("Moonfleet",
     "Fritz Lang filmed Moonfleet in 1955, with Stewart Granger as the smuggler Jeremy Fox.",
     "Деревня Мунфлит списана с дорсетского селения Флит у лагуны за галечной косой Чезил-Бич.",
     False, "literature"),
    ("Shchedryk",
     "In 1936 Peter Wilhousky wrote new English words for Shchedryk, turning it into the Christmas song Carol of the Bells.",
     "«Щедрик» основан на украинской щедровке о ласточке, которая сулит хозяину богатый год.",
     True, "music"),
    ("Sick Child",
     "Munch returned to The Sick Child again and again, painting six versions of it over some forty years.",
     "Первый вариант «Больной девочки» Мунка хранится в Национальной галерее в Осло.",
     False, "art"),
    ("October Manifesto",
     "The main author of the October Manifesto was Sergei Witte, who soon became the first chairman of the reformed Council of Ministers.",
     "Через полгода после манифеста, в апреле 1906 г., в Таврическом дворце открылась Государственная дума I созыва.",
     True, "law"),
    ("Ville du Havre",
     "Horatio Spafford, whose four daughters died in the Ville du Havre sinking, later wrote the hymn It Is Well with My Soul.",
     "Жена Спаффорда Анна спаслась и отправила мужу из Уэльса телеграмму: «Спаслась одна».",
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

    with open(os.path.join(here, "comparable_heldout170.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout170.jsonl"), "w", encoding="utf-8") as f:
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
