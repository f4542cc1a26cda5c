#!/usr/bin/env python3
"""Build heldout163: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
false_side is None for agree rows.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Battle of Berestechko was fought in June 1651, not 1649)
    ("The Battle of Berestechko in Volhynia, fought at the end of June 1651, ended in a heavy defeat for Bohdan Khmelnytsky's Cossacks when their Crimean Tatar allies fled.",
     "Под Берестечком на Волыни летом 1649 г. коронное войско Яна Казимира разгромило казаков Хмельницкого, после того как с поля боя бежал хан Ислам-Гирей III.",
     C, "year", "history", True, RU),
    ("At Batoh in Podolia, in early June 1652, Cossacks and Tatars destroyed a Polish army; its commander, the field hetman Marcin Kalinowski, fell in the battle.",
     "В сражении под Батогом 1–2 июня 1652 г. погиб польный гетман коронный Мартин Калиновский, а тысячи взятых в плен поляков были перебиты.",
     A, "person", "history", False, None),
    # FALSE: EN (Hetman Stanislaw Zolkiewski was killed at Cecora; Koniecpolski was taken prisoner)
    ("In the autumn of 1620 an Ottoman and Tatar army crushed the Polish–Lithuanian forces at Cecora in Moldavia, and their commander, Hetman Stanisław Koniecpolski, was killed during the retreat.",
     "Разгром войска Речи Посполитой под Цецорой (сентябрь — октябрь 1620 г.) стоил жизни великому коронному гетману Станиславу Жолкевскому, убитому при отступлении.",
     C, "person", "history", False, EN),
    # FALSE: RU (at Ergeme the Russians routed the Livonian Order, not the other way round)
    ("On 2 August 1560, near Ergeme in present-day Latvia, a Russian force routed the army of the Livonian Order, and Land Marshal Philipp Schall von Bell was taken prisoner.",
     "02.08.1560 у Эргеме (ныне Латвия) рыцари Ливонского ордена наголову разбили русскую рать.",
     C, "opposite", "history", True, RU),
    ("The Battle of Brunkeberg, fought on 10 October 1471 on a ridge now inside central Stockholm, saw the regent Sten Sture the Elder defeat King Christian I of Denmark.",
     "10.10.1471 у гряды Брункеберг, ныне в черте Стокгольма, войско регента Стена Стуре Старшего разгромило датского короля Кристиана I.",
     A, "date", "history", True, None),
    # ---------------- science (2 contradict + 3 agree) ----------------
    ("Heterodontosaurus tucki, a small Early Jurassic dinosaur from South Africa with three distinct kinds of teeth, was named in 1962 by A. W. Crompton and Alan Charig.",
     "Гетеродонтозавр — небольшой птицетазовый динозавр из раннеюрских отложений ЮАР, описанный в 1962 г.; его название означает «ящер с разными зубами».",
     A, "year", "science", False, None),
    # FALSE: RU (Leaellyn is the daughter, not the wife, of Tom Rich and Patricia Vickers-Rich)
    ("Leaellynasaura, a small plant-eating dinosaur from Dinosaur Cove in Victoria, Australia, was described in 1989 and named after Leaellyn, the daughter of palaeontologists Tom Rich and Patricia Vickers-Rich.",
     "Лиеллиназавр из Дайносор-Коув (штат Виктория), описанный в 1989 г., получил имя в честь Лиеллин — жены палеонтолога Тома Рича.",
     C, "person", "science", True, RU),
    ("Irritator challengeri, a spinosaurid from Brazil described in 1996, owes its name to the irritation of scientists who found its skull artificially lengthened with plaster by fossil dealers.",
     "Бразильского спинозаврида, описанного в 1996 г., назвали ирритатором: учёных раздосадовало, что торговцы окаменелостями «удлинили» его череп гипсом.",
     A, "year", "science", True, None),
    # FALSE: RU (Astraea was discovered on 8 December 1845, i.e. in the 1840s)
    ("The asteroid 5 Astraea was found on 8 December 1845 by Karl Ludwig Hencke, a retired postmaster, the first new asteroid discovered since Vesta in 1807.",
     "Астрею — пятый из открытых астероидов — обнаружил в 1830-х гг. отставной почтмейстер и любитель астрономии Карл Людвиг Хенке из Дризена.",
     C, "decade", "science", False, RU),
    ("The Ettingshausen effect, in which a current flowing through a conductor in a magnetic field produces a transverse temperature gradient, was discovered in 1886.",
     "Эффект Эттингсгаузена открыли в 1886 г. австрийский физик Альберт фон Эттингсгаузен и работавший вместе с ним Вальтер Нернст.",
     A, "year", "science", False, None),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Lielupe is about 119 km long)
    ("Formed near Bauska where the Mūsa and the Mēmele meet, the Lielupe runs roughly 120 km past Jelgava to the Gulf of Riga.",
     "Лиелупе (длина 312 км) образуется у Бауски при слиянии Мусы и Мемеле, протекает через Елгаву и впадает в Рижский залив.",
     C, "number", "geography", True, RU),
    ("Lake Drūkšiai, the largest lake in Lithuania, lies in the north-east of the country, and a small part of it belongs to Belarus.",
     "Друкшяй — самое большое озеро Литвы; оно лежит у восточной границы страны, и часть его акватории относится к Белоруссии.",
     A, "place", "geography", False, None),
    # FALSE: EN (Botev Peak is 2,376 m high; 2,925 m is Musala in the Rila)
    ("Botev Peak, the highest summit of the Balkan Mountains in central Bulgaria, rises to 2,925 metres above sea level.",
     "Вершина Ботев (2376 м) — высшая точка хребта Стара-Планина; она названа в честь поэта и революционера Христо Ботева.",
     C, "number", "geography", True, EN),
    # FALSE: EN (the great Askja eruption was in 1875; 1783 is the Laki eruption)
    ("A violent eruption of Askja in 1783 spread ash over eastern Iceland and helped drive a wave of emigration to North America.",
     "Катастрофическое извержение вулкана Аскья в 1875 г. засыпало пеплом фермы на востоке Исландии и подтолкнуло многих исландцев к эмиграции в Америку.",
     C, "year", "geography", False, EN),
    ("Karaginsky Island, in the Bering Sea, is separated from the east coast of the Kamchatka Peninsula by the Litke Strait.",
     "От восточного побережья Камчатки Карагинский остров отделяет пролив Литке; остров относится к Карагинскому району Камчатского края.",
     A, "entity", "geography", True, None),
    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: EN (Konrad Doppelmayr opened the workshop in 1893, i.e. in the 19th century)
    ("The Austrian ropeway maker Doppelmayr traces its roots to a small workshop that Konrad Doppelmayr opened in Wolfurt, Vorarlberg, in the early twentieth century.",
     "История компании Doppelmayr началась в 1893 г. с мастерской Конрада Доппельмайра в Вольфурте (Форарльберг); в 2002 г. фирма объединилась со швейцарской Garaventa.",
     C, "century", "economy", True, EN),
    ("Fjällräven was founded in 1960 by Åke Nordin, who started the business in the basement of his home in Örnsköldsvik, northern Sweden.",
     "Шведскую марку Fjällräven основал в 1960 г. в Эрншёльдсвике Оке Нурдин; знаменитый рюкзак Kånken появился в 1978 г.",
     A, "year", "economy", False, None),
    # FALSE: RU (Helly Hansen was founded in Moss, not Bergen)
    ("Helly Hansen was founded in 1877 in Moss, Norway, by the sea captain Helly Juell Hansen, who began by selling waterproof oilskin clothing.",
     "Норвежскую фирму Helly Hansen основал в 1877 г. в Бергене бывший капитан Хелли Юэлл Хансен, торговавший непромокаемой одеждой из промасленной ткани.",
     C, "place", "economy", False, RU),
    # FALSE: EN (Grolsch was founded in 1615, i.e. in the 17th century)
    ("The Dutch brewer Grolsch dates back to the nineteenth century, when brewing began in the eastern town of Groenlo, once known as Grol.",
     "Пивоварня Grolsch основана в 1615 г. в городке Гронло (старое название — Грол); в 2008 г. её приобрела SABMiller.",
     C, "century", "economy", False, EN),
    ("The Herend porcelain manufactory in western Hungary was founded in 1826 and won international fame after Mór Fischer took it over.",
     "Херендская фарфоровая мануфактура (Венгрия, осн. в 1826 г.) прославилась при Море Фишере, получив награду на лондонской выставке 1851 г.",
     A, "year", "economy", True, None),
    # ---------------- sport (3 contradict + 2 agree) ----------------
    # FALSE: RU (Feyenoord beat Celtic, not Leeds, in the 1970 final)
    ("Ove Kindvall's goal in extra time gave Feyenoord a 2–1 win over Celtic in the 1970 European Cup final at the San Siro in Milan.",
     "Швед Уве Киндвалль забил победный мяч в дополнительное время финала Кубка чемпионов 1970 г., принеся «Фейеноорду» победу над «Лидсом» — 2:1.",
     C, "organisation", "sport", False, RU),
    ("Sweden's Jan Boklöv, the pioneer of the V-style in ski jumping, won the overall World Cup in the 1988–89 season.",
     "Ян Боклёв, которого судьи поначалу штрафовали за «V-стиль», выиграл общий зачёт Кубка мира по прыжкам с трамплина в сезоне 1988/89.",
     A, "year", "sport", True, None),
    # FALSE: EN (Biellmann became world champion in 1981)
    ("Denise Biellmann of Switzerland, whose name lives on in the Biellmann spin, became world figure skating champion in 1979.",
     "Швейцарка Дениз Бильман, чьё имя носит знаменитое вращение, стала чемпионкой мира по фигурному катанию в 1981 г. в Хартфорде.",
     C, "year", "sport", True, EN),
    ("France's Lucien Laurent scored the first goal in World Cup history on 13 July 1930, in a 4–1 win over Mexico in Montevideo.",
     "Автор первого гола в истории чемпионатов мира — француз Люсьен Лоран: 13.07.1930 он поразил ворота сборной Мексики.",
     A, "date", "sport", False, None),
    # FALSE: RU (Baldini won the gold medal, not silver, in the 1956 Olympic road race)
    ("Ercole Baldini won the Olympic road race in Melbourne in 1956 and that same year set a new hour record at Milan's Vigorelli velodrome.",
     "Итальянец Эрколе Бальдини стал серебряным призёром групповой гонки на Олимпиаде-1956 в Мельбурне, а в том же году установил рекорд часовой езды на миланском «Вигорелли».",
     C, "rank", "sport", True, RU),
    # ---------------- culture (2 contradict + 3 agree) ----------------
    ("The Ciniselli Circus on the Fontanka in St Petersburg, opened by the Italian rider Gaetano Ciniselli in 1877, was the first stone-built circus in Russia.",
     "Первый в России каменный цирк — цирк Чинизелли на набережной Фонтанки — распахнул двери для публики 26 декабря 1877 г.",
     A, "year", "culture", True, None),
    # FALSE: EN (Gorodets painting took shape in the second half of the 19th century)
    ("Gorodets painting, the bright folk decoration of villages near Gorodets on the Volga, emerged in the seventeenth century on the bottom boards of spinning wheels.",
     "Городецкая роспись сложилась во второй половине XIX в. в деревнях близ Городца на Волге: мастера украшали донца — днища прялок.",
     C, "century", "culture", False, EN),
    ("Lanvin, the oldest French couture house still in business, grew out of the millinery shop Jeanne Lanvin opened in Paris in 1889.",
     "Дом моды Lanvin ведёт свою историю с 1889 г., когда Жанна Ланвен открыла в Париже шляпную мастерскую.",
     A, "year", "culture", False, None),
    # FALSE: RU (the confectionery was founded in 1858 by Henrik Kugler; Emile Gerbeaud took over in 1884)
    ("Budapest's Café Gerbeaud on Vörösmarty Square grew out of a confectionery founded by Henrik Kugler in 1858; the Swiss confectioner Émile Gerbeaud took it over in 1884.",
     "Будапештская кондитерская «Жербо» на площади Вёрёшмарти была основана в 1858 г. швейцарцем Эмилем Жербо.",
     C, "person", "culture", True, RU),
    ("In 2003 UNESCO proclaimed the cultural space of Kihnu, a small Estonian island in the Gulf of Riga, a masterpiece of intangible heritage.",
     "Культурное пространство эстонского острова Кихну — песни, танцы, полосатые юбки местных женщин — ЮНЕСКО признало шедевром нематериального наследия в 2003 г.",
     A, "year", "culture", True, None),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    # FALSE: RU (Leutnant Gustl appeared in the Christmas supplement of December 1900)
    ("Arthur Schnitzler's novella Leutnant Gustl, printed in a Vienna newspaper's Christmas supplement in December 1900, is told entirely as the inner monologue of a young officer.",
     "Новелла Артура Шницлера «Лейтенант Густль», опубликованная в венской газете в июне 1900 г., целиком построена как внутренний монолог молодого офицера.",
     C, "month", "literature", False, RU),
    ("Strindberg's comic novel The People of Hemsö (1887) follows Carlsson, a farmhand from Värmland, on an island in the Stockholm archipelago.",
     "Роман Августа Стриндберга «Жители острова Хемсё» вышел в 1887 г.; прообразом острова стал Кюммендё в стокгольмских шхерах.",
     A, "year", "literature", True, None),
    # FALSE: EN (Aziyade is set in Constantinople, not Smyrna)
    ("Pierre Loti's first novel, Aziyadé (1879), tells of a young naval officer's love for Aziyadé, a woman from a harem in Smyrna.",
     "Первый роман Пьера Лоти «Азиаде» (1879) — история любви морского офицера к обитательнице гарема в Константинополе.",
     C, "place", "literature", True, EN),
    ("In Siegfried Lenz's The German Lesson (1968), Siggi Jepsen writes a punishment essay on 'The Joys of Duty' about his father, a village policeman.",
     "Роман Зигфрида Ленца «Урок немецкого» (1968): запертый в колонии для трудных подростков Зигги Йепсен пишет штрафное сочинение «Радости долга».",
     A, "year", "literature", False, None),
    ("Erich Kästner's novel Fabian, subtitled 'The Story of a Moralist', came out in 1931 and portrays Berlin in the last years of the Weimar Republic.",
     "Роман Эриха Кестнера «Фабиан» (1931) заканчивается гибелью героя: не умея плавать, он бросается в реку спасать мальчика.",
     A, "year", "literature", True, None),
    # ---------------- music (2 contradict + 3 agree) ----------------
    # FALSE: RU (Le Devin du village was first performed at Fontainebleau on 18 October 1752)
    ("Jean-Jacques Rousseau's one-act opera Le Devin du village was first performed before Louis XV at Fontainebleau on 18 October 1752.",
     "Одноактная опера Жан-Жака Руссо «Деревенский колдун» впервые прозвучала перед Людовиком XV в Фонтенбло в июле 1752 г.",
     C, "month", "music", False, RU),
    ("Paul Hindemith's opera Cardillac, based on E. T. A. Hoffmann's tale of a murderous Paris goldsmith, was first staged in Dresden in November 1926.",
     "Премьера оперы Пауля Хиндемита «Кардильяк» состоялась 09.11.1926 в Дрездене под управлением Фрица Буша.",
     A, "month", "music", True, None),
    ("The Moscow rock band Krematorij was formed in 1983 by the singer and songwriter Armen Grigoryan.",
     "Группа «Крематорий», созданная Арменом Григоряном в Москве в 1983 г., прославилась песней «Мусорный ветер».",
     A, "year", "music", False, None),
    # FALSE: EN (the album K went to number one in the UK)
    ("Kula Shaker's debut album K, released in 1996, peaked at number four on the UK albums chart.",
     "Дебютный альбом Kula Shaker «K» (1996) возглавил британский хит-парад; лидер группы Криспиан Миллс — сын актрисы Хейли Миллс.",
     C, "rank", "music", True, EN),
    ("Hüsker Dü, the trio formed in Saint Paul, Minnesota, in 1979, took its name from a board game whose title means 'Do you remember?'",
     "Название панк-трио Hüsker Dü (Сент-Пол, 1979) позаимствовано у датской настольной игры и переводится как «Помнишь?».",
     A, "entity", "music", False, None),
    # ---------------- art (3 contradict + 2 agree) ----------------
    # FALSE: RU (Broadway Boogie Woogie belongs to the Museum of Modern Art, New York)
    ("Piet Mondrian completed Broadway Boogie Woogie in New York in 1943, not long before his death; the canvas belongs to the Museum of Modern Art.",
     "Картина «Бродвей буги-вуги», законченная Питом Мондрианом в Нью-Йорке в 1943 г., хранится в Музее Соломона Гуггенхайма.",
     C, "organisation", "art", False, RU),
    ("Gerhard Marcks's bronze of the Bremen Town Musicians, placed beside the city hall in 1953, shows the rooster, cat and dog stacked on a donkey.",
     "Скульптура «Бременские музыканты» Герхарда Маркса стоит у западной стены ратуши с 1953 г.; считается, что потереть передние ноги осла — к удаче.",
     A, "year", "art", False, None),
    # FALSE: EN (The Cardsharps had been lost for nearly a century before 1987)
    ("Caravaggio's The Cardsharps, painted around 1594, resurfaced in 1987 after being lost for some twenty years and now hangs in the Kimbell Art Museum in Fort Worth.",
     "«Шулеры» Караваджо (около 1594 г.), почти целый век считавшиеся утраченными, были обнаружены в 1987 г.; ныне картина в Музее Кимбелла в Форт-Уэрте.",
     C, "duration", "art", True, EN),
    # FALSE: RU (Grijzenhout identified the site in 2015, not in the 1990s)
    ("In 2015 the art historian Frans Grijzenhout identified the houses in Vermeer's The Little Street as Vlamingstraat 40–42 in Delft, using a 17th-century register of canal dues.",
     "Место, изображённое на «Улочке» Вермеера, — дома 40–42 по Вламингстрат в Делфте — историк искусства Франс Грейзенхаут установил в 1990-х гг.",
     C, "decade", "art", False, RU),
    ("Karl Bryullov's Italian Midday (1827), showing a young woman picking grapes, is now in the Russian Museum in St Petersburg.",
     "«Итальянский полдень» Карл Брюллов написал в 1827 г.; сегодня полотно находится в Государственном Русском музее.",
     A, "year", "art", True, None),
    # ---------------- law (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Lex Poetelia Papiria abolished nexum, it did not legalise it)
    ("The Lex Poetelia Papiria, dated by Livy to 326 BC, abolished nexum, the Roman form of debt bondage in which a borrower pledged his own person.",
     "Закон Петелия — Папирия (326 г. до н. э.) узаконил нексум — долговую кабалу, при которой заёмщик отвечал по долгу собственной свободой.",
     C, "opposite", "law", False, RU),
    ("The Ecloga, a concise Greek law code issued in the eighth century by the Isaurian emperors Leo III and Constantine V, replaced many death sentences with mutilation.",
     "Эклогу — краткий свод византийского права — издали Лев III Исавр и его сын Константин V; дата её обнародования спорна (726 или 741 г.).",
     A, "person", "law", True, None),
    # FALSE: EN (the Law of the Free Womb was signed on 28 September 1871)
    ("Brazil's Law of the Free Womb, signed by Princess Isabel as regent on 13 May 1871, declared free all children born to enslaved women from then on.",
     "Закон о свободном чреве (Lei do Ventre Livre), подписанный регентшей принцессой Изабеллой 28.09.1871, объявлял свободными детей рабынь, родившихся после его принятия.",
     C, "date", "law", True, EN),
    ("Germany's Lex Heinze of 1900, named after a Berlin pimp whose murder trial had caused a scandal, tightened the rules on procuring and 'indecent' art.",
     "Принятый в 1900 г. «закон Хайнце» ужесточил в Германии наказания за сводничество и «непристойные» изображения, вызвав протесты писателей и художников.",
     A, "year", "law", False, None),
    ("The Deceased Wife's Sister's Marriage Act 1907 finally allowed a widower in Britain to marry his late wife's sister, after decades of campaigning.",
     "Лишь в 1907 г. британский парламент разрешил вдовцу жениться на сестре покойной жены: с 1835 г. такие браки считались недействительными.",
     A, "year", "law", True, None),
    # ---------------- technology (3 contradict + 2 agree) ----------------
    # FALSE: EN (Argand's English patent dates from 1784, i.e. the 1780s)
    ("The Swiss chemist Aimé Argand patented his oil lamp with a hollow circular wick and a glass chimney in England in the 1790s.",
     "Лампу с полым круглым фитилём и стеклянным цилиндром швейцарец Эме Арганд запатентовал в Англии в 1784 г.",
     C, "decade", "technology", False, EN),
    ("The Grimeton radio station in southern Sweden, whose Alexanderson alternator still transmits on 17.2 kHz, became a UNESCO World Heritage Site in 2004.",
     "Радиостанция Гриметон с машинным генератором Александерсона — единственным сохранившимся в рабочем состоянии — внесена в список Всемирного наследия ЮНЕСКО в 2004 г.",
     A, "year", "technology", True, None),
    # FALSE: EN (the Railplane test track was built at Milngavie, not Paisley)
    ("George Bennie's propeller-driven Railplane was demonstrated in 1930 on a test track built over a railway line at Paisley, near Glasgow.",
     "Испытательный участок подвесного «рельсоплана» Джорджа Бенни с воздушными винтами открыли в 1930 г. в Милнгави под Глазго — прямо над железнодорожной линией.",
     C, "place", "technology", False, EN),
    # FALSE: RU (the Davy lamp used fine wire gauze, not a glass cover)
    ("Humphry Davy's miner's safety lamp of 1815 surrounded the flame with fine wire gauze, which kept it from igniting firedamp.",
     "В лампе Дэви (1815) пламя окружал толстый стеклянный колпак, не позволявший ему воспламенить рудничный газ.",
     C, "entity", "technology", True, RU),
    ("ILLIAC I, completed at the University of Illinois in 1952, was the first computer built and owned entirely by an American university.",
     "В 1952 г. в Иллинойсском университете заработал ИЛЛИАК I; в 1957 г. с его помощью сочинили «Сюиту ИЛЛИАК» для струнного квартета.",
     A, "year", "technology", False, None),
    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: EN (the Knights of Columbus hostel fire killed 99 people)
    ("The fire that swept the Knights of Columbus hostel in St. John's, Newfoundland, on 12 December 1942 killed 199 people during a radio barn dance.",
     "Пожар в общежитии «Рыцарей Колумба» в Сент-Джонсе (Ньюфаундленд) 12.12.1942 унёс 99 жизней; огонь вспыхнул во время радиотрансляции танцевального вечера.",
     C, "number", "disasters", False, EN),
    ("The earthquake that devastated Andijan in the Fergana Valley on 16 December 1902 killed several thousand people.",
     "Андижанское землетрясение 3 (16) декабря 1902 г. почти полностью разрушило город; погибли тысячи жителей.",
     A, "date", "disasters", True, None),
    # FALSE: EN (Indianola was abandoned after the 1886 hurricane)
    ("Indianola, a Texas port on Matagorda Bay, was wrecked by hurricanes in 1875 and 1886 but was rebuilt after each storm and never abandoned.",
     "Техасский порт Индианола на заливе Матагорда, разрушенный ураганами 1875 и 1886 гг., после второго удара стихии был окончательно покинут жителями.",
     C, "polarity", "disasters", True, EN),
    ("On 16 April 1850 the Basse-Chaîne suspension bridge at Angers collapsed as a battalion of soldiers marched across in a storm, killing 226 of them.",
     "Обрушение подвесного моста Бас-Шен в Анже (16.04.1850) унесло жизни 226 солдат, переходивших реку в бурю.",
     A, "number", "disasters", False, None),
    ("The Hope Slide of 9 January 1965 buried a stretch of highway in southern British Columbia under some 47 million cubic metres of rock, killing four people.",
     "Оползень у Хоупа (Британская Колумбия) 09.01.1965 погрёб под толщей породы участок шоссе № 3; погибли четыре человека.",
     A, "date", "disasters", False, None),
]

RELATED = [
    ("Berestechko is a small town on the Styr River in the Volyn region of north-western Ukraine.",
     "В битве под Берестечком на стороне казаков сражалась орда крымского хана Ислам-Гирея III.",
     "Berestechko", True, "history"),
    ("The species name of Irritator challengeri honours Professor Challenger, the hero of Arthur Conan Doyle's novel The Lost World.",
     "Ирритатор относится к спинозавридам — хищным динозаврам с вытянутым, похожим на крокодилий черепом.",
     "Irritator", False, "science"),
    ("In 1907 the German geologist Walther von Knebel and the painter Max Rudloff vanished while boating on the caldera lake of Askja.",
     "Кальдерное озеро Эскьюватн в вулкане Аскья — одно из самых глубоких озёр Исландии.",
     "Askja", True, "geography"),
    ("Fjällräven's square Kånken backpack, designed for Swedish schoolchildren, was first sold in 1978.",
     "Название шведской марки Fjällräven означает «песец»; этот зверь изображён и на её логотипе.",
     "Fjallraven", False, "economy"),
    ("Lucien Laurent, who scored the first World Cup goal, died in 2005 at the age of 97.",
     "Матч, в котором Люсьен Лоран забил свой исторический гол, проходил на стадионе «Поситос» в Монтевидео.",
     "Lucien Laurent", True, "sport"),
    ("The Lanvin logo, drawn by Paul Iribe, shows Jeanne Lanvin together with her daughter Marguerite.",
     "Жанна Ланвен начинала как модистка, а первую известность ей принесли платья, которые она шила для своей дочери.",
     "Lanvin", False, "culture"),
    ("Erich Kästner's Fabian was among the books thrown onto the Nazi bonfires in May 1933.",
     "Герой романа Кестнера Якоб Фабиан — доктор германистики, который служит в рекламном отделе сигаретной фабрики.",
     "Fabian", True, "literature"),
    ("Hindemith thoroughly revised Cardillac, and the new version was first staged in Zurich in 1952.",
     "Главный герой оперы Хиндемита — парижский ювелир Кардильяк, убивающий покупателей своих изделий.",
     "Cardillac", False, "music"),
    ("Caravaggio's Cardsharps was once owned by Cardinal Francesco Maria Del Monte, the painter's early patron in Rome.",
     "На картине Караваджо «Шулеры» двое мошенников обыгрывают в карты доверчивого юношу.",
     "Cardsharps", True, "art"),
    ("Before its destruction Indianola was the seat of Calhoun County, Texas.",
     "В середине XIX в. через порт Индианола в Техас прибывали тысячи немецких переселенцев.",
     "Indianola", False, "disasters"),
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
    comp, rel, false_sides = [], [], []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in (EN, RU), en
            false_sides.append(false_side)
        else:
            assert false_side is None, en
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    rel_subjects = set()
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj not in rel_subjects
        rel_subjects.add(subj)
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
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    fs = count(false_sides)
    assert fs == {EN: 15, RU: 15}, fs
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    split = count(sum(r["label"] == C for r in comp if r["domain"] == d) for d in DOMAINS)
    assert split == {2: 6, 3: 6}, split
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout163.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout163.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false sides:", fs)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:",
          {d: sum(r["label"] == C for r in comp if r["domain"] == d) for d in sorted(DOMAINS)})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
