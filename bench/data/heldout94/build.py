#!/usr/bin/env python3
"""Build heldout94: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Rosecrans's Union army won at Stones River; Bragg's Confederates withdrew)
    ("The Battle of Stones River, fought near Murfreesboro, Tennessee, between 31 December 1862 and 2 January 1863, was won by William Rosecrans's Union Army of the Cumberland.",
     "Сражение при Стоунз-Ривер у Мерфрисборо (31.12.1862 — 02.01.1863) завершилось поражением армии Камберленда, которой командовал генерал-северянин Уильям Роузкранс.",
     C, "opposite", "history", True),
    # FALSE: RU (the Shimabara Rebellion was in 1637-38, i.e. the XVII century)
    ("The Shimabara Rebellion of 1637–38, a rising of mostly Christian peasants on Kyushu led by the teenage Amakusa Shirō, ended with the storming of Hara Castle.",
     "Восстание в Симабаре на Кюсю, поднятое в XVIII веке крестьянами-христианами во главе с юным Амакусой Сиро, закончилось взятием замка Хара войсками сёгуната.",
     C, "century", "history", False),
    # FALSE: RU (the Suomussalmi victory was completed on 8 January 1940)
    ("By 8 January 1940 Finnish troops under Colonel Hjalmar Siilasvuo had encircled and destroyed two Soviet divisions around Suomussalmi, one of the Winter War's best-known victories.",
     "Разгром двух советских дивизий под Суомуссалми, окружённых финскими частями полковника Яльмара Сийласвуо, завершился в начале марта 1940 года.",
     C, "month", "history", True),
    ("In the Roncevaux Pass on 15 August 778, Basque fighters ambushed the rearguard of Charlemagne's army returning from Spain; among the dead was Roland, warden of the Breton March.",
     "Среди павших 15.08.778 в Ронсевальском ущелье, где баски перебили арьергард франкского войска Карла Великого, был маркграф Бретонской марки Роланд.",
     A, "person", "history", False),
    ("At Villalar on 23 April 1521 royalist forces routed the army of the Castilian Comuneros, and their leaders Padilla, Bravo and Maldonado were beheaded the next day.",
     "Разбив 23.04.1521 при Вильяларе войско кастильских комунерос, королевские войска на следующий день обезглавили трёх его вождей — Хуана де Падилью, Хуана Браво и Франсиско Мальдонадо.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Zika virus was first isolated in 1947)
    ("The Zika virus was first isolated in 1957 from a sentinel rhesus monkey kept in the Zika Forest near Entebbe, Uganda.",
     "Вирус Зика впервые выделили в 1947 г. из крови макаки-резуса, которую держали в лесу Зика в Уганде для наблюдения за жёлтой лихорадкой.",
     C, "year", "science", False),
    # FALSE: RU (Strickland was the third woman to win the physics prize, after Curie and Goeppert Mayer)
    ("Donna Strickland, who shared the 2018 Nobel Prize in Physics with Gérard Mourou for chirped pulse amplification, was only the third woman to win the physics prize.",
     "Канадка Донна Стрикленд, получившая Нобелевскую премию по физике за 2018 г. вместе с Жераром Муру, стала второй в истории женщиной-лауреатом в этой дисциплине.",
     C, "rank", "science", True),
    ("In 1995 Michel Mayor and his doctoral student Didier Queloz announced 51 Pegasi b, the first planet found orbiting a Sun-like star.",
     "Открытие планеты у звезды 51 Пегаса, о котором Мишель Майор и Дидье Кело объявили в октябре 1995 г., принесло им Нобелевскую премию 2019 г.",
     A, "year", "science", False),
    ("Sirius B, the faint companion whose existence Friedrich Bessel had inferred in 1844, was first seen by the American telescope maker Alvan Graham Clark in 1862.",
     "Спутник Сириуса — белый карлик Сириус B — впервые увидел в телескоп 31 января 1862 г. американский оптик Элвин Грэм Кларк.",
     A, "person", "science", True),
    ("Nipah virus was identified in 1999 during an outbreak of encephalitis among pig farmers in Malaysia and takes its name from the village of Sungai Nipah.",
     "Вирус Нипах открыли в Малайзии в 1999 г., когда среди работников свиноферм вспыхнула эпидемия энцефалита; название дано по деревне Сунгай-Нипах.",
     A, "place", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Mahanadi flows into the Bay of Bengal)
    ("The Mahanadi rises in the hills of Chhattisgarh, is dammed at Hirakud near Sambalpur and flows through Odisha into the Arabian Sea.",
     "Маханади, берущая начало в Чхаттисгархе, пересекает штат Орисса (Одиша) и впадает в Бенгальский залив, образуя обширную дельту у Каттака.",
     C, "place", "geography", True),
    # FALSE: EN (the Moselle joins the Rhine at Koblenz)
    ("The Moselle rises in the Vosges, passes Metz and Trier, and joins the Rhine at Mainz after a course of some 540 km.",
     "Мозель (около 544 км) начинается в Вогезах, протекает по Франции, Люксембургу и Германии и впадает в Рейн в Кобленце.",
     C, "place", "geography", False),
    # FALSE: RU (Mount Robson is the highest peak of the Canadian Rockies)
    ("At 3,954 metres, Mount Robson in British Columbia is the highest peak of the Canadian Rockies; it was first climbed in 1913.",
     "Гора Робсон (3954 м) в Британской Колумбии — лишь вторая по высоте вершина Канадских Скалистых гор.",
     C, "rank", "geography", True),
    ("Lake Tana, the largest lake in Ethiopia, is the source of the Blue Nile and is dotted with island monasteries.",
     "Из озера Тана, крупнейшего в Эфиопии (площадью около 3 тыс. км²), вытекает Голубой Нил; на южном берегу озера стоит город Бахр-Дар.",
     A, "rank", "geography", False),
    ("The Mojave, the driest desert in North America, lies mostly in south-eastern California, with smaller parts in Nevada, Arizona and Utah.",
     "Большая часть пустыни Мохаве приходится на Калифорнию, но она захватывает и Неваду, Аризону и Юту; по засушливости ей нет равных на континенте.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Qantas was registered on 16 November 1920)
    ("Qantas was registered in March 1920 at Winton, Queensland, as Queensland and Northern Territory Aerial Services Ltd.",
     "Авиакомпания «Кантас», одна из старейших в мире, была зарегистрирована 16 ноября 1920 г. в городке Уинтон в Квинсленде.",
     C, "month", "economy", False),
    ("Shiseido began in 1872 as Japan's first Western-style pharmacy, opened in Tokyo's Ginza district by the former navy pharmacist Arinobu Fukuhara.",
     "Компания «Сисэйдо» ведёт историю от аптеки западного образца, которую Аринобу Фукухара открыл в токийском квартале Гиндза в 1872 г.",
     A, "year", "economy", True),
    # FALSE: EN (Richard Steiff designed the first Steiff bear in 1902)
    ("Richard Steiff, nephew of the firm's founder Margarete, designed the company's first jointed teddy bear in the 1920s.",
     "Первого плюшевого медведя с подвижными лапами Рихард Штайф, племянник Маргарете Штайф, сконструировал в 1902 г.; через год игрушку показали на Лейпцигской ярмарке.",
     C, "decade", "economy", False),
    ("Miele was founded on 1 July 1899 in Herzebrock by Carl Miele and Reinhard Zinkann, whose first product was a cream separator.",
     "Фирму Miele основали в 1899 г. Карл Миле и Райнхард Цинкан; в 1907 г. производство перевели из Херцеброка в Гютерсло.",
     A, "year", "economy", True),
    ("La Samaritaine, the Paris department store founded by Ernest Cognacq in 1870, closed in 2005 and reopened in 2021 after a lengthy renovation.",
     "Парижский универмаг «Самаритен», основанный в 1870 г. Эрнестом Коньяком, после 16-летнего перерыва вновь открылся в 2021 году.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Majoli beat Martina Hingis in the 1997 final)
    ("Croatia's Iva Majoli, seeded ninth, won the 1997 French Open by beating Martina Hingis 6–4, 6–2 in the final.",
     "В финале Открытого чемпионата Франции 1997 г. хорватка Ива Майоли со счётом 6:4, 6:2 обыграла Штеффи Граф.",
     C, "person", "sport", True),
    # FALSE: EN (Novotna won Wimbledon in 1998)
    ("Jana Novotná finally won Wimbledon in 1997, beating Nathalie Tauziat of France in the final at her third attempt.",
     "Чешка Яна Новотна, дважды проигрывавшая финалы Уимблдона, выиграла турнир в 1998 г., победив француженку Натали Тозья.",
     C, "year", "sport", True),
    ("Thomas Muster, the first Austrian man to win a Grand Slam singles title, beat Michael Chang in the 1995 French Open final.",
     "Австриец Томас Мустер, король грунтовых кортов середины 1990-х, выиграл Открытый чемпионат Франции 1995 года, переиграв в финале Майкла Чанга.",
     A, "year", "sport", True),
    # FALSE: EN (Schillaci scored six goals at the 1990 World Cup)
    ("Salvatore 'Totò' Schillaci, a surprise choice in Italy's squad, finished the 1990 World Cup as top scorer with eight goals.",
     "Лучшим бомбардиром чемпионата мира 1990 г. стал итальянец Сальваторе Скиллачи, забивший шесть мячей.",
     C, "number", "sport", False),
    ("Jens Weissflog won Olympic ski-jumping gold for East Germany in Sarajevo in 1984 and, ten years later, for unified Germany at Lillehammer.",
     "Прыгун с трамплина Йенс Вайсфлог — олимпийский чемпион 1984 г. (в составе сборной ГДР) и 1994 г., когда он выступал уже за объединённую Германию.",
     A, "year", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Tanabata falls on the seventh day of the seventh month)
    ("Tanabata, the Japanese star festival, falls on the seventh day of the seventh month, when the lovers Orihime and Hikoboshi may cross the Milky Way.",
     "Танабату, праздник звёзд, в Японии отмечают на пятый день пятого месяца: люди пишут желания на бумажных полосках и вешают их на бамбук.",
     C, "date", "culture", False),
    ("On Setsubun, usually 3 February, Japanese families throw roasted soybeans out of the house, shouting 'Demons out! Luck in!'",
     "Сэцубун, канун начала весны по старому японскому календарю, обычно приходится на 3 февраля; в этот день разбрасывают жареные бобы, изгоняя демонов-они.",
     A, "date", "culture", True),
    # FALSE: EN (a wild mountain goat is crowned King Puck)
    ("At Puck Fair in Killorglin, County Kerry, held every August, a wild bull is crowned King Puck and displayed on a high platform.",
     "Ежегодно 10–12 августа в Килорглине (графство Керри) проходит ярмарка Пак, на которой пойманного в горах дикого козла коронуют как короля Пака.",
     C, "entity", "culture", True),
    ("San Sebastián's Tamborrada begins at midnight on 20 January, the feast of the city's patron saint, and its drummers keep going for 24 hours.",
     "В полночь с 19 на 20 января, в день святого Себастьяна, в Сан-Себастьяне начинается Тамборрада — сутки непрерывной барабанной дроби.",
     A, "date", "culture", False),
    ("The Wife Carrying World Championships have been held in Sonkajärvi, Finland, since 1992; the winner receives the wife's weight in beer.",
     "Чемпионат мира по переноске жён проходит в финском Сонкаярви с 1992 года; победителю вручают столько пива, сколько весит его «ноша».",
     A, "place", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Henry Fleming serves in the Union army)
    ("Stephen Crane's The Red Badge of Courage (1895) follows Henry Fleming, a young private in the Confederate army who flees his first battle.",
     "Герой романа Стивена Крейна «Алый знак доблести» (1895) Генри Флеминг — юный рядовой армии северян, бежавший в первом же бою.",
     C, "organisation", "literature", False),
    # FALSE: RU (the novel's main action takes place on the Day of the Dead, 2 November 1938)
    ("Malcolm Lowry's Under the Volcano (1947) follows the alcoholic former consul Geoffrey Firmin through the Day of the Dead, 2 November 1938, in a Mexican town.",
     "Основное действие романа Малькольма Лаури «У подножия вулкана» (1947) укладывается в один декабрьский день 1938 г. в мексиканском городке.",
     C, "month", "literature", True),
    ("Kenneth Grahame's The Wind in the Willows, with Mole, Ratty, Badger and the boastful Mr Toad, was published in 1908.",
     "Вышедшая в 1908 г. книга Кеннета Грэма «Ветер в ивах» выросла из историй, которые автор рассказывал своему маленькому сыну.",
     A, "year", "literature", False),
    # FALSE: EN (Minna von Barnhelm is set just after the Seven Years' War)
    ("Lessing's comedy Minna von Barnhelm (1767) is set just after the Thirty Years' War and turns on the proud, impoverished Major von Tellheim.",
     "Действие комедии Лессинга «Минна фон Барнхельм» (1767) разворачивается сразу после Семилетней войны; её герой — отставной майор фон Тельхейм.",
     C, "entity", "literature", True),
    ("P. L. Travers introduced Mary Poppins, nanny to the Banks children of Cherry Tree Lane, in a book published in 1934.",
     "Первая книга Памелы Трэверс о волшебной няне Мэри Поппинс, поселившейся у семьи Бэнкс, вышла в Лондоне в 1934 г.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Till Eulenspiegel was premiered in Cologne)
    ("Richard Strauss's Till Eulenspiegel's Merry Pranks was first performed in Cologne on 5 November 1895, conducted by Franz Wüllner.",
     "Симфоническая поэма Рихарда Штрауса «Весёлые проделки Тиля Уленшпигеля» впервые прозвучала в Мюнхене в ноябре 1895 года.",
     C, "place", "music", False),
    # FALSE: RU (Vertinsky spent some 23 years abroad, 1920-1943)
    ("Alexander Vertinsky left Russia in 1920 and spent more than two decades abroad before being allowed back into the USSR in 1943.",
     "Александр Вертинский, пробыв в эмиграции около десяти лет, вернулся на родину и до конца жизни много гастролировал по Советскому Союзу.",
     C, "duration", "music", True),
    ("The sitar virtuoso Ravi Shankar, born in Benares in 1920, played at both the Monterey Pop Festival and Woodstock.",
     "Рави Шанкар (1920–2012), уроженец Варанаси и ученик Аллауддина Хана, в 1999 г. был удостоен высшей награды Индии — «Бхарат Ратна».",
     A, "year", "music", False),
    ("When the Egyptian singer Umm Kulthum died in Cairo on 3 February 1975, millions of mourners filled the streets for her funeral.",
     "Похороны египетской певицы Умм Кульсум, скончавшейся в Каире 3.02.1975, собрали, по разным оценкам, около четырёх миллионов человек.",
     A, "date", "music", True),
    ("Formed in Forest Hills, Queens, in 1974, the Ramones released their self-titled debut album on Sire Records in April 1976.",
     "Группа Ramones, собравшаяся в 1974 г. в нью-йоркском районе Куинс, выпустила свой первый альбом весной 1976-го.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (Morisot did exhibit at the first Impressionist exhibition of 1874)
    ("Berthe Morisot, the only woman among the exhibitors at the first Impressionist exhibition of 1874, married Eugène Manet that December.",
     "Берта Моризо, вышедшая в 1874 г. замуж за брата Эдуарда Мане, в первой выставке импрессионистов того же года участия не принимала.",
     C, "polarity", "art", True),
    # FALSE: EN (The Destroyed City was unveiled in 1953)
    ("Ossip Zadkine's bronze The Destroyed City, a figure with a torn-out heart recalling the bombing of May 1940, was unveiled in Rotterdam in 1963.",
     "Скульптура Осипа Цадкина «Разрушенный город», напоминающая о бомбардировке Роттердама 14 мая 1940 г., была открыта в 1953 г.",
     C, "year", "art", False),
    ("Joseph Wright of Derby painted An Experiment on a Bird in the Air Pump, a candlelit scene of a scientific demonstration, in 1768.",
     "Полотно Джозефа Райта Дерби «Опыт с птицей в воздушном насосе» (1768) хранится в Лондонской национальной галерее.",
     A, "year", "art", True),
    ("Chaim Soutine's Carcass of Beef, painted around 1925, was inspired by Rembrandt's Slaughtered Ox in the Louvre.",
     "Серия «Бычья туша», написанная Хаимом Сутиным в середине 1920-х, восходит к «Освежёванной туше быка» Рембрандта.",
     A, "person", "art", False),
    ("Kurt Schwitters's Merzbau, the sprawling construction inside his Hanover home, was destroyed in an air raid in 1943.",
     "Знаменитый «Мерцбау» — архитектурный коллаж, который Курт Швиттерс годами выстраивал в своём доме в Ганновере, — погиб при бомбёжке 1943 г.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Statuto Albertino lasted about a century, 1848-1948)
    ("Granted by King Charles Albert of Sardinia on 4 March 1848, the Statuto Albertino remained Italy's constitution for almost a century, until 1948.",
     "Альбертинский статут, дарованный сардинским королём Карлом Альбертом в 1848 г., оставался основным законом Италии около полувека.",
     C, "duration", "law", False),
    # FALSE: EN (the Statute of Merton dates from 1235, the thirteenth century)
    ("The Statute of Merton, agreed by Henry III's council at Merton Priory in the fourteenth century, is usually counted as the first English statute.",
     "Мертонский статут 1235 г. принято считать древнейшим английским статутом; его приняли при Генрихе III в Мертонском приорате.",
     C, "century", "law", True),
    # FALSE: RU (the 1965 Act set up the Race Relations Board; the Commission for Racial Equality dates from 1976)
    ("The Race Relations Act 1965, the first British law against racial discrimination, set up the Race Relations Board to deal with complaints.",
     "Британский закон о расовых отношениях 1965 г. запретил дискриминацию в общественных местах и учредил Комиссию по расовому равенству.",
     C, "organisation", "law", False),
    ("Title IX of the Education Amendments, signed into law on 23 June 1972, bars sex discrimination in federally funded education programmes in the US.",
     "Принятый 23.06.1972 «Раздел IX» поправок к закону об образовании запрещает в США дискриминацию по полу в учебных заведениях, получающих федеральные средства.",
     A, "date", "law", True),
    ("The Theft Act 1968 replaced the Larceny Act 1916 and defines theft as dishonestly appropriating another's property with the intention of permanently depriving them of it.",
     "В Англии и Уэльсе кража с 1968 г. определяется законом Theft Act как нечестное присвоение чужого имущества с умыслом лишить собственника его навсегда.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (the moka pot was launched by Alfonso Bialetti)
    ("The aluminium moka pot, with its distinctive eight-sided shape, was launched in 1933 by the Italian engineer Achille Gaggia.",
     "Гейзерную кофеварку «мока» из алюминия с восьмигранным корпусом выпустил в 1933 г. итальянец Альфонсо Биалетти.",
     C, "person", "technology", True),
    # FALSE: RU (the MiniDisc was a Sony format)
    ("Sony launched the MiniDisc in 1992, a 64 mm recordable disc in a cartridge that used ATRAC compression.",
     "Формат MiniDisc — перезаписываемый диск в защитном картридже — представила в 1992 г. нидерландская компания Philips.",
     C, "organisation", "technology", False),
    ("Alexander Parkes showed Parkesine, an early plastic made from cellulose nitrate, at the International Exhibition in London in 1862.",
     "Паркезин — один из первых пластиков на основе нитроцеллюлозы — Александр Паркс продемонстрировал на Всемирной выставке 1862 г. в Лондоне.",
     A, "year", "technology", True),
    ("The Rideau Canal, built under Lieutenant-Colonel John By to link Ottawa with Kingston, opened in 1832 and is now a World Heritage Site.",
     "Канал Ридо длиной около 200 км, соединивший Оттаву с Кингстоном на озере Онтарио, был открыт в 1832 г.",
     A, "year", "technology", False),
    ("The Monotype machine, which cast type one letter at a time rather than in whole lines, was invented by Tolbert Lanston in the 1880s.",
     "Монотип, отливающий литеры по одной, а не целыми строками, как линотип, изобрёл в конце 1880-х гг. американец Толберт Лэнстон.",
     A, "decade", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Northridge earthquake had magnitude 6.7)
    ("The Northridge earthquake, which struck the San Fernando Valley at 4:31 a.m. on 17 January 1994, had a moment magnitude of 7.7.",
     "Землетрясение магнитудой 6,7, произошедшее 17.01.1994 в Нортридже (Лос-Анджелес), унесло жизни 57 человек.",
     C, "number", "disasters", False),
    # FALSE: EN (Typhoon Vera struck on 26 September 1959)
    ("Typhoon Vera, known in Japan as the Isewan Typhoon, hit the coast around Nagoya in the late 1960s and left more than 5,000 people dead.",
     "Тайфун «Вера», обрушившийся 26 сентября 1959 г. на побережье залива Исэ, унёс жизни свыше пяти тысяч человек.",
     C, "decade", "disasters", True),
    # FALSE: RU (the Xenia tornado struck on 3 April 1974)
    ("On 3 April 1974, during the Super Outbreak, an F5 tornado ripped through Xenia, Ohio, killing 32 people and wrecking about half the town.",
     "Смерч категории F5, пронёсшийся 13 апреля 1974 г. через город Ксения в штате Огайо, погубил 32 человека.",
     C, "date", "disasters", False),
    ("The Miramichi fire of 7 October 1825 swept across a vast area of New Brunswick, destroying the towns of Newcastle and Douglastown.",
     "Мирамичский пожар 1825 г. в Нью-Брансуике, один из крупнейших лесных пожаров в истории Северной Америки, уничтожил Ньюкасл и Дугластаун.",
     A, "date", "disasters", True),
    ("All nine miners trapped by flooding at the Quecreek mine in Pennsylvania in July 2002 were brought up alive after about 77 hours.",
     "В июле 2002 г. на шахте Куикрик (Пенсильвания) спасли всех девятерых горняков, больше трёх суток проведших в затопленной выработке.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Stones River National Battlefield, near Murfreesboro, Tennessee, is administered by the National Park Service.",
     "Армией южан при Стоунз-Ривер командовал генерал Брэкстон Брэгг, после боя отступивший к Туллахоме.",
     "Stones River", True, "history"),
    ("The 2015–16 Zika epidemic in Brazil was linked to a sharp rise in the number of babies born with microcephaly.",
     "Вирус Зика переносят главным образом комары рода Aedes, прежде всего жёлтолихорадочный комар.",
     "Zika", False, "science"),
    ("Las Vegas, in southern Nevada, is the largest city in the Mojave Desert.",
     "Символом пустыни Мохаве считается юкка коротколистная, которую американцы называют «деревом Джошуа».",
     "Mojave", True, "geography"),
    ("Since 1904 Steiff toys have carried a small metal 'button in ear' as the company's trademark.",
     "Основательница фирмы Маргарете Штайф с раннего детства, после перенесённого полиомиелита, передвигалась в инвалидном кресле.",
     "Steiff", False, "economy"),
    ("In the 1993 Wimbledon final Jana Novotná lost to Steffi Graf after leading 4–1 in the deciding set.",
     "В парном разряде Яна Новотна побеждала на всех четырёх турнирах Большого шлема.",
     "Novotna", True, "sport"),
    ("In the first book Mary Poppins arrives at the Banks household carried by the east wind.",
     "Фильм студии Disney «Мэри Поппинс» с Джули Эндрюс в главной роли вышел на экраны в 1964 году.",
     "Mary Poppins", False, "literature"),
    ("For decades Umm Kulthum gave a live concert on the first Thursday of every month, broadcast across the Arab world.",
     "Песню «Энта омри» для Умм Кульсум написал композитор Мухаммед Абдель Ваххаб; впервые она прозвучала в 1964 году.",
     "Umm Kulthum", True, "music"),
    ("Morisot's painting The Cradle (1872), showing her sister Edma watching over her sleeping baby, hangs in the Musée d'Orsay.",
     "Дочь Берты Моризо и Эжена Мане, Жюли Мане, оставила дневники, ставшие ценным источником по истории импрессионизма.",
     "Morisot", False, "art"),
    ("Every winter a 7.8 km stretch of the Rideau Canal in central Ottawa is turned into a public skating rink.",
     "Строительством канала Ридо руководил подполковник Джон Бай, в честь которого Оттава первоначально называлась Байтауном.",
     "Rideau Canal", True, "technology"),
    ("Sections of the Santa Monica Freeway collapsed during the Northridge earthquake.",
     "Ущерб от Нортриджского землетрясения превысил 10 млрд долларов — это одно из самых дорогостоящих стихийных бедствий в истории США.",
     "Northridge", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout94.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout94.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", count(r["domain"] for r in comp if r["label"] == C))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
