#!/usr/bin/env python3
"""Build heldout158: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
false_side is None for agree rows and is not written to the jsonl files.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Battle of Tolentino was fought on 2-3 May 1815)
    ("Near Tolentino in the Marche, on 2–3 May 1815, an Austrian army under Frederick Bianchi routed Joachim Murat's Neapolitans, sealing the fate of his kingdom.",
     "Сражение при Толентино 2–3 июня 1815 г. завершилось разгромом неаполитанской армии Иоахима Мюрата австрийцами генерала Бьянки.",
     C, "month", "history", True, "RU"),
    # FALSE: EN (the Hungarian force at Segesvar was led by Jozef Bem, not Artur Gorgei)
    ("At Segesvár in Transylvania on 31 July 1849, Russian troops under General Lüders crushed a Hungarian force led by Artúr Görgei; the poet Sándor Petőfi vanished in the rout.",
     "В бою при Шегешваре (ныне Сигишоара, Румыния) 31.07.1849 русский корпус Лидерса разбил отряд генерала Юзефа Бема; здесь же пропал без вести поэт Шандор Петёфи.",
     C, "person", "history", False, "EN"),
    # FALSE: RU (Montmirail was fought on 11 February 1814)
    ("Napoleon beat Osten-Sacken's Russian corps and Yorck's Prussians at Montmirail on 11 February 1814, midway through the Six Days' Campaign.",
     "При Монмирае 11 февраля 1813 г. Наполеон нанёс поражение русскому корпусу Остен-Сакена и прусским войскам Йорка.",
     C, "year", "history", True, "RU"),
    ("In mid-November 1885 the Bulgarians threw back the invading Serbian army at Slivnitsa, north-west of Sofia, in the decisive battle of the Serbo-Bulgarian War.",
     "Трёхдневное сражение у Сливницы (17–19 ноября 1885 г.) принесло болгарской армии князя Александра Баттенберга победу над сербскими войсками короля Милана.",
     A, "date", "history", False, None),
    ("On 20 July 1860 Garibaldi's volunteers defeated the Bourbon troops of Colonel Bosco at Milazzo, on the north-eastern coast of Sicily.",
     "Победа гарибальдийцев при Милаццо (20.07.1860) над неаполитанским отрядом полковника Боско открыла им дорогу на Мессину.",
     A, "date", "history", True, None),
    # ---------------- science ----------------
    # FALSE: EN (Styracosaurus was named in 1913 by Lawrence Lambe)
    ("Styracosaurus albertensis, the spiky-frilled horned dinosaur from Alberta, was named in 1913 by the American fossil hunter Barnum Brown.",
     "Стиракозавра — рогатого динозавра с длинными шипами на костяном воротнике — описал в 1913 г. канадский палеонтолог Лоуренс Ламб по находке из Альберты.",
     C, "person", "science", False, "EN"),
    # FALSE: RU (the Ouranosaurus fossils come from Niger)
    ("Ouranosaurus nigeriensis, an iguanodont with tall spines along its back, was described by the French palaeontologist Philippe Taquet in 1976 from fossils found in Niger.",
     "Уранозавр, игуанодонт с высоким «парусом» на спине, был описан Филиппом Таке в 1976 г. по остаткам, найденным в пустыне на севере Чада.",
     C, "place", "science", True, "RU"),
    # FALSE: EN (Tethys is about 1,060 km across)
    ("Tethys, an icy moon of Saturn found by Giovanni Cassini in 1684, is roughly 1,600 kilometres across.",
     "Тефия, открытая Джованни Кассини в 1684 г., имеет диаметр около 1062 км; на ней находится огромный кратер Одиссей.",
     C, "number", "science", False, "EN"),
    ("Othniel Charles Marsh named Pteranodon in 1876 from fossils collected in the chalk beds of western Kansas.",
     "Птеранодон — беззубый летающий ящер из меловых отложений Канзаса, получивший своё имя от О. Ч. Марша в 1876 году.",
     A, "person", "science", True, None),
    ("The Stroop effect, the delay in naming the ink colour of a word such as 'red' printed in blue, was described by J. Ridley Stroop in 1935.",
     "Эффект Струпа описан американским психологом Джоном Ридли Струпом в статье 1935 г.: цвет чернил назвать труднее, если само слово обозначает другой цвет.",
     A, "year", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (Roman-Kosh is 1,545 m high)
    ("Roman-Kosh, the highest summit of the Crimean Mountains, rises to about 1,745 metres on the Babugan plateau.",
     "Высшая точка Крыма — гора Роман-Кош (1545 м) на Бабуган-яйле.",
     C, "number", "geography", True, "EN"),
    # FALSE: RU (Tebulosmta is the highest point of Chechnya; Dagestan's is Bazarduzu)
    ("Tebulosmta (4,493 m), the highest point of Chechnya, rises on the main Caucasus ridge along the border with Georgia.",
     "Тебулосмта (4493 м) — высшая точка Дагестана, вершина Главного Кавказского хребта на границе с Грузией.",
     C, "place", "geography", False, "RU"),
    # FALSE: EN (Zhokhov Island was discovered in 1915)
    ("Zhokhov Island in the De Long group was discovered in 1913 by Boris Vilkitsky's icebreakers Taymyr and Vaygach.",
     "Остров Жохова (архипелаг Де-Лонга) открыт в 1915 г. экспедицией Вилькицкого на ледоколах «Таймыр» и «Вайгач».",
     C, "year", "geography", True, "EN"),
    ("Topozero, one of the largest lakes in Karelia, covers almost 1,000 square kilometres in the north of the republic.",
     "Площадь Топозера, крупного водоёма на севере Карелии, — 986 км²; озеро относится к бассейну реки Ковды.",
     A, "number", "geography", False, None),
    ("Telposiz, whose Komi name is usually translated as 'nest of the winds', is the highest peak of the Northern Urals at 1,617 metres.",
     "Гора Тельпосиз (1617 м) в Республике Коми — высшая точка Северного Урала.",
     A, "number", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: EN (Rowenta was bought by Groupe SEB in 1988)
    ("Rowenta, founded in Offenbach am Main in 1884 by Robert Weintraud, whose name the brand abbreviates, was bought by Philips in 1988.",
     "Основанная Робертом Вайнтраудом в Оффенбахе в 1884 г. фирма Rowenta (название составлено из букв его имени) с 1988 г. входит во французскую Groupe SEB.",
     C, "organisation", "economy", False, "EN"),
    # FALSE: RU (Moto Guzzi was founded on 15 March 1921)
    ("Founded on 15 March 1921 by Carlo Guzzi and Giorgio Parodi, Moto Guzzi builds its motorcycles at Mandello del Lario on Lake Como.",
     "Мотоциклетная компания Moto Guzzi основана 15.05.1921 Карло Гуцци и Джорджо Пароди; её завод находится в Манделло-дель-Ларио на озере Комо.",
     C, "date", "economy", True, "RU"),
    ("The Zegna fashion house traces its origins to a wool mill that Ermenegildo Zegna set up in 1910 in Trivero, in the hills of Piedmont.",
     "Итальянский дом Zegna ведёт историю с 1910 г., когда Эрменеджильдо Дзенья открыл шерстяную фабрику в Триверо (Пьемонт).",
     A, "year", "economy", False, None),
    ("Dave Thomas opened the first Wendy's restaurant in Columbus, Ohio, on 15 November 1969 and named the chain after his daughter Melinda Lou.",
     "Первый ресторан Wendy's открылся в Колумбусе (штат Огайо) 15.11.1969; сеть названа в честь дочери основателя Дейва Томаса.",
     A, "date", "economy", True, None),
    ("Pizza Hut began in 1958, when the brothers Dan and Frank Carney opened a small pizzeria in Wichita, Kansas, with money borrowed from their mother.",
     "Сеть Pizza Hut основана братьями Карни в г. Уичито (Канзас) в 1958 г.; в 1977 г. её купила корпорация PepsiCo.",
     A, "place", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: RU (Ruzici won the 1978 French Open final against Jausovec)
    ("Romania's Virginia Ruzici won the 1978 French Open singles title, beating Mima Jaušovec of Yugoslavia in the final.",
     "Румынская теннисистка Вирджиния Рузичи дошла до финала Открытого чемпионата Франции 1978 г., но уступила там Миме Яушовец.",
     C, "rank", "sport", True, "RU"),
    # FALSE: EN (Pennetta beat Roberta Vinci in the 2015 US Open final)
    ("Flavia Pennetta won the 2015 US Open by beating her compatriot Sara Errani in an all-Italian final, then announced her retirement.",
     "В финале US Open-2015 итальянка Флавия Пеннетта обыграла соотечественницу Роберту Винчи и сразу объявила о скором завершении карьеры.",
     C, "person", "sport", False, "EN"),
    # FALSE: RU (Nedved won the Ballon d'Or for 2003)
    ("Pavel Nedvěd, Juventus's Czech midfielder, received the Ballon d'Or in 2003.",
     "Чешский полузащитник «Ювентуса» Павел Недвед стал обладателем «Золотого мяча» по итогам 2004 года.",
     C, "year", "sport", True, "RU"),
    ("At the 1972 Sapporo Olympics, 17-year-old Marie-Theres Nadig of Switzerland won both the downhill and the giant slalom.",
     "Швейцарка Мария-Тереза Надиг на Играх в Саппоро (1972) выиграла два золота — в скоростном спуске и гигантском слаломе, оба раза опередив Аннемари Прёль.",
     A, "number", "sport", False, None),
    ("Veselin Topalov became FIDE world champion in 2005 by winning an eight-player double round-robin tournament in San Luis, Argentina.",
     "Болгарин Веселин Топалов завоевал титул чемпиона мира ФИДЕ осенью 2005 г. на турнире в аргентинском Сан-Луисе.",
     A, "place", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: EN (Sooty's TV debut in 1952 was on the BBC; ITV began only in 1955)
    ("Harry Corbett's glove puppet Sooty, a little yellow bear, made his television debut on ITV in 1952.",
     "Перчаточная кукла Sooty — жёлтый медвежонок Гарри Корбетта — впервые появилась на телеэкране Би-би-си в 1952 г.",
     C, "organisation", "culture", False, "EN"),
    # FALSE: RU (Street Fighter II came out in 1991)
    ("Capcom released the arcade fighting game Street Fighter II in 1991, and its success sparked a boom in one-on-one fighting games.",
     "Игровой автомат Street Fighter II японская компания Capcom выпустила в конце 1980-х годов, открыв эпоху файтингов.",
     C, "decade", "culture", True, "RU"),
    ("Miffy, the small white rabbit drawn by Dick Bruna, first appeared in a picture book in 1955; in Dutch she is called Nijntje.",
     "Крольчиха Миффи (нидерл. Nijntje) появилась на свет в 1955 г. в книжке утрехтского художника Дика Бруны.",
     A, "year", "culture", False, None),
    ("Blizzard Entertainment launched its real-time strategy series with Warcraft: Orcs & Humans, released for MS-DOS in November 1994.",
     "Первая игра серии — Warcraft: Orcs & Humans — вышла в 1994 г. и принесла калифорнийской студии Blizzard широкую известность.",
     A, "year", "culture", True, None),
    ("Paw Patrol, the Canadian animated series created by Keith Chapman for Spin Master, premiered on Nickelodeon in August 2013.",
     "Канадский мультсериал «Щенячий патруль», придуманный Китом Чепменом, выходит с 2013 г.; его продюсирует компания Spin Master.",
     A, "organisation", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (it is the elder brother, James, who joins the Prince; Henry stays at home)
    ("In The Master of Ballantrae (1889), the younger Durie brother, Henry, rides out with Prince Charles in 1745 while James stays at home.",
     "В романе Стивенсона «Владетель Баллантрэ» (1889) старший из братьев Дьюри, Джеймс, уходит к принцу Карлу Эдуарду в 1745 г., а младший, Генри, остаётся дома.",
     C, "opposite", "literature", True, "EN"),
    # FALSE: RU (Shelley wrote Zastrozzi as a schoolboy at Eton; he never studied at Cambridge)
    ("Percy Bysshe Shelley wrote the Gothic novel Zastrozzi while still a schoolboy at Eton; it was published in 1810.",
     "Готический роман «Застроцци» Перси Биши Шелли сочинил, будучи студентом Кембриджа; книга вышла в 1810 г.",
     C, "place", "literature", False, "RU"),
    ("Aldous Huxley's Point Counter Point (1928) portrays Mark Rampion, a character widely read as a portrait of D. H. Lawrence.",
     "В романе Олдоса Хаксли «Контрапункт» (1928) писатель Марк Рэмпион — почти портрет Д. Г. Лоуренса, друга автора.",
     A, "person", "literature", True, None),
    ("Anne Brontë's The Tenant of Wildfell Hall came out in 1848 under the pseudonym Acton Bell.",
     "Роман Энн Бронте «Незнакомка из Уайлдфелл-Холла» вышел в 1848 г.; его героиня Хелен бежит от мужа-пьяницы.",
     A, "year", "literature", False, None),
    ("Alexander Kuprin's novella Moloch (1896) follows the engineer Bobrov, who comes to see a huge steelworks as a devouring idol.",
     "Повесть А. И. Куприна «Молох» (1896): инженер Андрей Бобров видит в сталелитейном заводе ненасытное божество, пожирающее людей.",
     A, "person", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (In the Summertime spent seven weeks at number one in the UK)
    ("Mungo Jerry's debut single 'In the Summertime' spent seven weeks at number one in Britain in the summer of 1970.",
     "Песня Mungo Jerry «In the Summertime» продержалась на вершине британского хит-парада три недели летом 1970 г.",
     C, "duration", "music", False, "RU"),
    # FALSE: RU (the Zombies had split up in December 1967, before the album came out)
    ("The Zombies from St Albans had already broken up by the time their album Odessey and Oracle appeared in April 1968.",
     "Альбом The Zombies «Odessey and Oracle» вышел в апреле 1968 г., когда группа из Сент-Олбанса ещё продолжала выступать.",
     C, "polarity", "music", True, "RU"),
    # FALSE: EN (the 1987 re-recording of Here I Go Again reached number one in the US)
    ("Whitesnake's re-recorded 'Here I Go Again' peaked at number three on the US Billboard Hot 100 in 1987.",
     "Перезаписанная версия «Here I Go Again» группы Whitesnake Дэвида Ковердейла в 1987 г. возглавила американский хит-парад Billboard Hot 100.",
     C, "rank", "music", False, "EN"),
    ("Marillion formed in Aylesbury, Buckinghamshire, in 1979, and their 1985 single 'Kayleigh' reached number two in the UK.",
     "Песня «Kayleigh» группы Marillion, основанной в 1979 г. в Эйлсбери, поднялась в 1985 г. до второго места британского чарта.",
     A, "place", "music", True, None),
    ("Massive Attack, the Bristol collective behind 'Unfinished Sympathy', released their debut album Blue Lines in 1991.",
     "Дебютный альбом бристольской группы Massive Attack «Blue Lines» вышел в 1991 г. и считается отправной точкой трип-хопа.",
     A, "year", "music", False, None),
    # ---------------- art ----------------
    # FALSE: EN (Mengs painted his Parnassus ceiling for the Villa Albani)
    ("Anton Raphael Mengs, born in Aussig in Bohemia in 1728, painted his celebrated Parnassus ceiling for the Villa Borghese in Rome in 1761.",
     "Антон Рафаэль Менгс (1728–1779), уроженец богемского Аусига, в 1761 г. расписал плафон «Парнас» на вилле Альбани в Риме.",
     C, "entity", "art", True, "EN"),
    # FALSE: RU (Winter Night in the Mountains was painted in 1914, i.e. in the 20th century)
    ("Harald Sohlberg painted Winter Night in the Mountains, his view of the Rondane range, in 1914.",
     "Картина Харальда Сульберга «Зимняя ночь в горах» с видом на хребет Рондане написана в конце XIX века; в 1995 г. норвежцы признали её национальной картиной.",
     C, "century", "art", False, "RU"),
    ("Paul Sérusier painted The Talisman in 1888 at Pont-Aven, on the lid of a cigar box, following Gauguin's instructions.",
     "Небольшой пейзаж «Талисман» Поль Серюзье написал осенью 1888 г. под диктовку Гогена; эта работа стала манифестом группы «Наби».",
     A, "year", "art", True, None),
    ("Stanisław Wyspiański designed the stained-glass windows of the Franciscan Church in Kraków, including the famous 'God the Father – Let It Be'.",
     "Витражи и росписи францисканского костёла в Кракове выполнены по проектам Станислава Выспяньского на рубеже XIX–XX вв.",
     A, "entity", "art", False, None),
    ("The Weissenhof Estate in Stuttgart was built for the 1927 Werkbund exhibition under the artistic direction of Ludwig Mies van der Rohe.",
     "Посёлок Вайсенхоф в Штутгарте возвели в 1927 г. к выставке Немецкого Веркбунда; руководил проектом Мис ван дер Роэ.",
     A, "year", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (the Vidovdan Constitution lasted less than eight years, until 6 January 1929)
    ("The Vidovdan Constitution, adopted by the Kingdom of Serbs, Croats and Slovenes on 28 June 1921, stayed in force for some fifteen years.",
     "Видовданская конституция Королевства сербов, хорватов и словенцев, принятая 28.06.1921, продержалась менее восьми лет: 6 января 1929 г. король Александр её отменил.",
     C, "duration", "law", False, "EN"),
    # FALSE: RU (Magnus Lagaboete's Land Law was issued in 1274, i.e. in the 13th century)
    ("In 1274 King Magnus VI, nicknamed the Law-mender, issued a single Land Law for the whole of Norway.",
     "Единый для всей Норвегии земский закон (Landslov) король Магнус Лагабёте, прозванный Исправителем законов, издал в XV веке.",
     C, "century", "law", True, "RU"),
    ("Bulgaria's first constitution was adopted in April 1879 by a constituent assembly meeting in the old capital, Veliko Tarnovo.",
     "Тырновская конституция 1879 г., принятая Учредительным собранием в Тырнове, считалась одной из самых либеральных в тогдашней Европе.",
     A, "place", "law", False, None),
    ("Urukagina, ruler of the Sumerian city-state of Lagash around 2350 BC, is remembered for reforms curbing the abuses of officials and priests.",
     "Реформы Урукагины, правителя Лагаша в XXIV в. до н. э., ограничили поборы чиновников и жрецов и защищали вдов и сирот.",
     A, "century", "law", True, None),
    ("The Uppland Law, one of Sweden's medieval provincial codes, was confirmed by King Birger Magnusson in 1296.",
     "Упландский закон (Upplandslagen), утверждённый королём Биргером Магнуссоном в 1296 г., — один из старейших областных законов Швеции.",
     A, "year", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: RU (Lerdorf released Personal Home Page Tools in June 1995)
    ("Rasmus Lerdorf publicly released his 'Personal Home Page Tools', the origin of PHP, in June 1995.",
     "Расмус Лердорф выложил в открытый доступ первую версию PHP (Personal Home Page Tools) в январе 1995 г.",
     C, "month", "technology", True, "RU"),
    # FALSE: EN (the Severomuysky Tunnel opened for regular traffic in December 2003)
    ("The Severomuysky Tunnel, at about 15.3 km Russia's longest, was finally opened to regular Baikal–Amur Mainline traffic in the late 1980s.",
     "Северомуйский тоннель на БАМе (15 343 м) сдан в постоянную эксплуатацию в декабре 2003 г., спустя 26 лет после начала строительства.",
     C, "decade", "technology", False, "EN"),
    ("Microsoft unveiled TypeScript, a typed superset of JavaScript designed by Anders Hejlsberg, in October 2012.",
     "Язык TypeScript — надстройку над JavaScript со статической типизацией — корпорация Microsoft представила осенью 2012 г.",
     A, "organisation", "technology", True, None),
    ("Opened in 1889, the Pilatus Railway near Lucerne is the steepest rack railway in the world, with gradients of up to 48 per cent.",
     "Зубчатая железная дорога на гору Пилатус (открыта в 1889 г.) — самая крутая в мире: уклон достигает 48 %.",
     A, "number", "technology", False, None),
    ("Sevmorput, a nuclear-powered lighter carrier built at the Zaliv shipyard in Kerch, entered service in 1988.",
     "Атомный лихтеровоз-контейнеровоз «Севморпуть» построен на керченском заводе «Залив» и введён в строй в конце 1988 г.",
     A, "year", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: EN (the Tonghai earthquake struck on 5 January 1970)
    ("The Tonghai earthquake struck Yunnan on 5 March 1970 and killed more than 15,000 people.",
     "Землетрясение магнитудой 7,1 в уезде Тунхай (провинция Юньнань) 05.01.1970 унесло свыше 15 тыс. жизней.",
     C, "month", "disasters", True, "EN"),
    # FALSE: RU (the building that collapsed at San Giuliano di Puglia was the primary school)
    ("In the Molise earthquake of 31 October 2002, the collapse of the primary school at San Giuliano di Puglia killed 27 children and a teacher.",
     "Во время землетрясения в Молизе 31.10.2002 в городке Сан-Джулиано-ди-Пулья обрушилась церковь, под обломками которой погибли 27 детей и педагог.",
     C, "entity", "disasters", False, "RU"),
    # FALSE: EN (Samarco is a joint venture of Vale and BHP)
    ("On 5 November 2015 the Fundão tailings dam of Samarco, a joint venture of Vale and Rio Tinto, burst near Mariana in Brazil.",
     "Прорыв хвостохранилища Фундан компании Samarco (совместное предприятие Vale и BHP) 05.11.2015 уничтожил деревню Бенту-Родригис и унёс 19 жизней.",
     C, "organisation", "disasters", False, "EN"),
    ("When the Williamsburg reservoir dam gave way on 16 May 1874, the Mill River flood swept through Massachusetts mill villages and killed 139 people.",
     "Наводнение на реке Милл-Ривер в Массачусетсе (16.05.1874), вызванное прорывом плотины, унесло 139 жизней.",
     A, "number", "disasters", False, None),
    ("Between 1985 and 1987 the Therac-25 radiotherapy machine, made by Atomic Energy of Canada Limited, gave at least six patients massive radiation overdoses.",
     "Аппарат лучевой терапии Therac-25 канадской корпорации AECL в 1985–1987 гг. из-за программных ошибок как минимум шесть раз выдал пациентам смертельно опасные дозы.",
     A, "number", "disasters", True, None),
]

RELATED = [
    ("The Serbo-Bulgarian War, decided at Slivnitsa, was formally ended by the Treaty of Bucharest, signed in March 1886.",
     "Сливница — небольшой город в Софийской области, примерно в 30 км к северо-западу от болгарской столицы.",
     "Slivnitsa", True, "history"),
    ("Despite its fame, Pteranodon was not a dinosaur but a pterosaur, a flying reptile from a separate branch of the archosaurs.",
     "У самцов птеранодона гребень на голове был заметно крупнее, чем у самок.",
     "Pteranodon", False, "science"),
    ("Zhokhov Island takes its name from Alexei Zhokhov, a young naval officer of the expedition who died during its Arctic wintering.",
     "На острове Жохова археологи раскопали стоянку эпохи мезолита, которой более 8 тыс. лет, — одну из древнейших в высокой Арктике.",
     "Zhokhov Island", True, "geography"),
    ("Wendy's has long been known for the square beef patties in its hamburgers.",
     "На логотипе сети Wendy's изображена рыжеволосая девочка с косичками — дочь основателя компании.",
     "Wendy's", False, "economy"),
    ("In 2006 Veselin Topalov lost a reunification match in Elista to Vladimir Kramnik.",
     "В 2010 г. в Софии Веселин Топалов проиграл матч за звание чемпиона мира Вишванатану Ананду.",
     "Topalov", True, "sport"),
    ("A museum devoted to Miffy opened in Dick Bruna's home city of Utrecht in 2016.",
     "Бруна рисовал Миффи простыми контурами и ограниченной палитрой чистых ярких цветов.",
     "Miffy", False, "culture"),
    ("Much of The Master of Ballantrae is narrated by Ephraim Mackellar, the loyal steward of the Durie family.",
     "Стивенсон начал писать «Владетеля Баллантрэ» зимой 1887–1888 гг. в Саранак-Лейк на севере штата Нью-Йорк.",
     "Master of Ballantrae", True, "literature"),
    ("Fish left Marillion in 1988 and was replaced as lead singer by Steve Hogarth.",
     "Название Marillion — укороченное «Silmarillion», заглавие книги Толкина, которое группа поначалу носила целиком.",
     "Marillion", False, "music"),
    ("Two houses that Le Corbusier designed for the Weissenhof Estate were inscribed on the UNESCO World Heritage List in 2016.",
     "Среди архитекторов посёлка Вайсенхоф были Вальтер Гропиус, Ханс Шарун и Бруно Таут.",
     "Weissenhof Estate", True, "art"),
    ("The Therac-25 accidents became a standard case study in software safety, as the overdoses were traced to race conditions in its control software.",
     "Аппарат Therac-25, в отличие от предшественников, не имел аппаратных блокировок и целиком полагался на программный контроль.",
     "Therac-25", False, "disasters"),
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
    comp, rel, false_sides = [], [], []
    per_domain = {}
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in ("EN", "RU"), en
            false_sides.append(false_side)
        else:
            assert false_side is None, en
        per_domain.setdefault(domain, []).append(label)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    comp_subjects = set()
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj.lower() in en.lower() or subj.split()[-1].lower() in en.lower(), subj
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
        comp_subjects.add(subj)
    # every related subject must be the subject of a comparable pair of this set
    comp_en = [r["a"] if r["lang_a"] == "en" else r["b"] for r in comp]
    for subj in comp_subjects:
        key = subj.split()[-1].lower() if subj != "Wendy's" else "wendy's"
        assert any(key in s.lower() for s in comp_en), subj

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    assert false_sides.count("EN") == 15 and false_sides.count("RU") == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    splits = count(tuple(sorted(count(v).items())) for v in per_domain.values())
    assert splits == {((A, 2), (C, 3)): 6, ((A, 3), (C, 2)): 6}, splits
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    rdoms = count(r["domain"] for r in rel)
    assert len(rdoms) == 10 and set(rdoms.values()) == {1}, rdoms

    with open(os.path.join(here, "comparable_heldout158.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout158.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", {d: v.count(C) for d, v in sorted(per_domain.items())})
    print("related domains:", rdoms)


if __name__ == "__main__":
    main()
