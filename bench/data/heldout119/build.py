#!/usr/bin/env python3
"""Build heldout119: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Stark's militia routed Baum's detachment at Bennington)
    ("On 16 August 1777 New Hampshire and Vermont militiamen under John Stark routed a raiding detachment near Bennington; its German commander, Friedrich Baum, was mortally wounded.",
     "16 августа 1777 г. у Беннингтона отряд немецких наёмников подполковника Фридриха Баума наголову разбил ополченцев Нью-Гэмпшира и Вермонта, которыми командовал Джон Старк.",
     C, "opposite", "history", True),
    # FALSE: EN (Lundy's Lane was fought near Niagara Falls)
    ("The Battle of Lundy's Lane, fought on 25 July 1814 within sight of Lake Champlain, was among the bloodiest clashes of the War of 1812.",
     "Сражение при Ланди-Лейн (25.07.1814) у самого Ниагарского водопада стало одним из самых кровопролитных в англо-американской войне 1812–1815 гг.; бой продолжался до глубокой ночи.",
     C, "place", "history", False),
    # FALSE: RU (Crysler's Farm was fought on 11 November 1813)
    ("At Crysler's Farm on the St. Lawrence River, on 11 November 1813, a small British and Canadian force under Joseph Morrison beat a much larger American column.",
     "В июле 1813 г. у фермы Крайслера на реке Святого Лаврентия небольшой британско-канадский отряд Джозефа Моррисона разгромил значительно превосходившие его силы американцев.",
     C, "month", "history", True),
    ("At Germantown, on the northern edge of Philadelphia, Washington's dawn attack on the British camp on 4 October 1777 broke down in thick fog.",
     "4.10.1777 армия Вашингтона атаковала британский лагерь в Джермантауне под Филадельфией, однако наступление, начатое в густом тумане, захлебнулось.",
     A, "date", "history", False),
    ("The Battle of Chillianwala, fought on 13 January 1849 near the Jhelum River, was one of the costliest British engagements of the Second Anglo-Sikh War.",
     "Битва при Чилианвале в январе 1849 г., во время Второй англо-сикхской войны, обошлась британцам очень дорого и фактически закончилась вничью.",
     A, "month", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Biela's Comet was seen to split in 1846)
    ("Biela's Comet, recognised as periodic by the Austrian officer Wilhelm von Biela in 1826, was seen to break into two pieces in 1846.",
     "Комета Биэлы, периодичность которой в 1826 г. установил австрийский офицер Вильгельм фон Биэла, раскололась на две части в 1860-х годах.",
     C, "decade", "science", False),
    # FALSE: EN (Kohoutek was found at Hamburg Observatory in Bergedorf)
    ("Comet Kohoutek, hailed as the 'comet of the century' before its disappointing display, was discovered in March 1973 at the Vienna Observatory.",
     "Комету, открытую 7 марта 1973 г. чешским астрономом Лубошем Когоутеком в Гамбургской обсерватории (Бергедорф), заранее окрестили «кометой века», но она разочаровала наблюдателей.",
     C, "organisation", "science", True),
    # FALSE: RU (Achernar is the brightest star of Eridanus)
    ("Achernar, whose Arabic name means 'the end of the river', is the brightest star in Eridanus and the ninth-brightest in the whole night sky.",
     "Ахернар (α Эридана), чьё арабское название означает «конец реки», — лишь вторая по яркости звезда созвездия Эридан.",
     C, "rank", "science", False),
    ("The French engineer Gaspard-Gustave de Coriolis described the apparent deflecting force acting in rotating frames of reference in a paper of 1835.",
     "Силу инерции, действующую на тела во вращающейся системе отсчёта, описал в 1835 г. французский механик и инженер Гаспар Гюстав Кориолис.",
     A, "year", "science", True),
    ("10 Hygiea, the fourth-largest body in the asteroid belt, was discovered on 12 April 1849 by Annibale de Gasparis in Naples.",
     "Астероид Гигея, один из крупнейших в главном поясе, открыл 12.04.1849 неаполитанский астроном Аннибале де Гаспарис.",
     A, "date", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Feldberg is 1,493 m high)
    ("The Feldberg, at 1,493 metres the highest summit of the Black Forest, is also the highest German mountain outside the Alps.",
     "Фельдберг (1193 м) — высочайшая вершина Шварцвальда и самая высокая гора Германии за пределами Альп.",
     C, "number", "geography", True),
    # FALSE: EN (Bohinj is the largest permanent lake in Slovenia)
    ("Lake Bohinj, lying in the Julian Alps inside Triglav National Park, is only the third-largest permanent lake in Slovenia.",
     "Бохиньское озеро площадью около 3,2 км² в Юлийских Альпах — крупнейшее постоянное озеро Словении; оно находится на территории Триглавского национального парка.",
     C, "rank", "geography", False),
    # FALSE: RU (the Hooghly flows into the Bay of Bengal)
    ("The Hooghly, a distributary of the Ganges on whose banks Kolkata stands, flows south through West Bengal into the Bay of Bengal.",
     "Хугли, рукав Ганга, на берегах которого стоит Калькутта, течёт по Западной Бенгалии и впадает в Аравийское море.",
     C, "place", "geography", True),
    ("The Cirque de Gavarnie, a vast glacial amphitheatre in the central Pyrenees, is fed by the Grande Cascade, whose drop of more than 400 metres is among Europe's highest.",
     "Главная достопримечательность цирка Гаварни во французских Пиренеях — Большой каскад высотой около 422 м, один из самых высоких водопадов Европы.",
     A, "number", "geography", False),
    ("Lake General Carrera, which Chile shares with Argentina, where it is known as Lago Buenos Aires, is famous for the Marble Caves its waves have carved.",
     "Озеро Генерал-Каррера на границе Чили и Аргентины (аргентинцы называют его Буэнос-Айрес) славится Мраморными пещерами, вымытыми волнами в прибрежных скалах.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (the first Crayola box went on sale in 1903)
    ("Binney & Smith put the first box of Crayola crayons on sale in 1903: eight colours for a nickel.",
     "Первую коробку восковых мелков «Крайола» компания «Бинни энд Смит» выпустила в 1913 г.: восемь цветов стоили пять центов.",
     C, "year", "economy", False),
    # FALSE: EN (Kewpie mayonnaise was launched in 1925)
    ("Kewpie, the first mayonnaise made in Japan, was launched by Toichiro Nakashima in the 1950s and named after the American Kewpie doll.",
     "Майонез «Кьюпи», первый японский майонез, Тоитиро Накасима выпустил в продажу в 1925 г.; название он позаимствовал у популярной куклы.",
     C, "decade", "economy", True),
    ("Calpis, a sweet milk-based drink fermented with lactic acid bacteria, was launched in Japan on 7 July 1919 by Kaiun Mishima.",
     "Напиток «Кальпис», который Кайун Мисима придумал под впечатлением от кислого молока кочевников Внутренней Монголии, поступил в продажу в 1919 г.",
     A, "year", "economy", False),
    ("Hallmark Cards traces its beginnings to 1910, when eighteen-year-old Joyce Clyde Hall started selling picture postcards in Kansas City, Missouri.",
     "Компанию Hallmark основал Джойс Клайд Холл: в 1910 г. восемнадцатилетний юноша начал торговать открытками в Канзас-Сити.",
     A, "person", "economy", True),
    ("In 1872 Josep Raventós of the Codorníu house made the first Spanish sparkling wine by the traditional champagne method at Sant Sadurní d'Anoia.",
     "Первое испанское игристое вино классическим (шампанским) методом — будущую каву — получил в 1872 г. Жозеп Равентос из винодельческого дома «Кодорнью».",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Kitamura was 14 when he won the 1932 Olympic 1,500 m)
    ("At the 1932 Los Angeles Olympics the Japanese swimmer Kusuo Kitamura won the 1,500 metres freestyle at the age of 17.",
     "Японец Кусуо Китамура выиграл заплыв на 1500 м вольным стилем на Олимпиаде-1932 в Лос-Анджелесе, когда ему было всего 14 лет.",
     C, "number", "sport", True),
    # FALSE: EN (Hakulinen won the 50 km at Oslo 1952)
    ("At the 1952 Oslo Winter Olympics the Finnish skier Veikko Hakulinen took his first Olympic gold in the 18 kilometres cross-country race.",
     "Первое олимпийское золото финский лыжник Вейкко Хакулинен завоевал на Играх 1952 г. в Осло, выиграв гонку на 50 км.",
     C, "entity", "sport", False),
    # FALSE: RU (Lambot won the Tour twice, in 1919 and 1922)
    ("In 1922 the Belgian Firmin Lambot won his second Tour de France and, at 36, became the oldest winner in the race's history.",
     "Бельгиец Фирмен Ламбо, победив в 1922 г. в третий раз, стал самым возрастным победителем «Тур де Франс»: ему было 36 лет.",
     C, "number", "sport", True),
    ("Henri Cornet was declared winner of the 1904 Tour de France only after the first four finishers had been disqualified; he was 19.",
     "Самым молодым победителем «Тур де Франс» остаётся Анри Корне: в 1904 г., ещё не достигнув двадцати лет, он получил победу после дисквалификации четырёх гонщиков.",
     A, "year", "sport", False),
    ("At the first Winter Olympics, Chamonix 1924, Norway's Thorleif Haug won three gold medals: the 18 km and 50 km cross-country races and the Nordic combined.",
     "Норвежский лыжник Торлейф Хауг стал трёхкратным чемпионом Игр в Шамони (1924), победив в гонках на 18 и 50 км и в двоеборье.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Surva festival in Pernik is held in January)
    ("Each January the Bulgarian town of Pernik hosts Surva, an international festival of masquerade games where kukeri parade in bells and masks.",
     "Каждый июль болгарский город Перник принимает «Сурву» — международный фестиваль маскарадных игр, на котором по улицам шествуют кукеры в масках и с колокольцами.",
     C, "month", "culture", False),
    # FALSE: EN (Dashain lasts fifteen days)
    ("Dashain, the most important Hindu festival in Nepal, lasts three days in September or October, when elders bless relatives with red tika.",
     "Дашайн — главный праздник Непала: он длится пятнадцать дней, приходится на сентябрь — октябрь, и старшие в семье наносят младшим на лоб красную тику.",
     C, "duration", "culture", True),
    ("Kyōgen, the comic theatre traditionally played between Noh dramas, was proclaimed by UNESCO a masterpiece of intangible heritage in 2001, together with Noh.",
     "Комические пьесы кёгэн, которые исполняют в перерывах между драмами театра но, в 2001 г. вместе с ним были провозглашены ЮНЕСКО шедевром нематериального наследия.",
     A, "year", "culture", False),
    ("Kurentovanje, Slovenia's best-known carnival, has been held in Ptuj since 1960; its star is the kurent, a shaggy sheepskin figure hung with cowbells.",
     "Главный персонаж карнавала Курентованье в словенском Птуе, который проводится с 1960 года, — курент в мохнатой овчине и с колокольцами на поясе.",
     A, "year", "culture", True),
    ("Hurling, the ancient Gaelic stick-and-ball game, was added to UNESCO's list of the intangible cultural heritage of humanity in 2018.",
     "Ирландский хёрлинг, древняя гэльская игра с клюшкой и мячом, был включён ЮНЕСКО в список нематериального культурного наследия человечества в 2018 г.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Der grüne Heinrich is by Gottfried Keller)
    ("Gottfried Keller's largely autobiographical novel Der grüne Heinrich first came out in four volumes in 1854–55 and was thoroughly rewritten in 1879–80.",
     "Автобиографический роман Теодора Шторма «Зелёный Генрих» впервые вышел в четырёх томах в 1854–1855 гг., а позднее был основательно переработан автором.",
     C, "person", "literature", True),
    # FALSE: EN (the earliest surviving edition of La Celestina is Burgos 1499)
    ("The earliest surviving edition of La Celestina, Fernando de Rojas's dialogue novel about Calisto and Melibea, was printed at Burgos late in the sixteenth century.",
     "Старейшее из дошедших до нас изданий «Селестины» Фернандо де Рохаса — трагикомедии о любви Калисто и Мелибеи — напечатано в Бургосе в 1499 г.",
     C, "century", "literature", False),
    ("Flora Thompson's Lark Rise (1939), a thinly veiled portrait of her childhood hamlet of Juniper Hill in Oxfordshire, became the first part of a trilogy.",
     "Повесть Флоры Томпсон «Жаворонкова гора», изданная в 1939 г., описывает оксфордширскую деревушку Джунипер-Хилл, где прошло детство писательницы.",
     A, "year", "literature", True),
    ("Benito Pérez Galdós published Fortunata y Jacinta, a vast novel of Madrid life about two women who love the same man, in 1886–87.",
     "Роман Бенито Переса Гальдоса «Фортуната и Хасинта» о жизни Мадрида вышел в четырёх частях в 1886–1887 гг.",
     A, "year", "literature", False),
    ("Carl Zuckmayer's comedy The Captain of Köpenick, first staged in Berlin in 1931, retells the 1906 hoax of the cobbler Wilhelm Voigt.",
     "В основе пьесы Цукмайера «Капитан из Кёпеника» (1931) — реальная история: в 1906 г. сапожник Вильгельм Фойгт, переодевшись капитаном, арестовал бургомистра Кёпеника.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Jonny spielt auf was premiered in Leipzig)
    ("Ernst Krenek's jazz opera Jonny spielt auf, one of the great hits of the Weimar years, was first performed in Dresden on 10 February 1927.",
     "Премьера джазовой оперы Эрнста Кшенека «Джонни наигрывает» состоялась 10 февраля 1927 г. в Лейпциге.",
     C, "place", "music", False),
    # FALSE: RU (the Arabella premiere was conducted by Clemens Krauss)
    ("Richard Strauss's Arabella, his last opera to a libretto by Hugo von Hofmannsthal, opened in Dresden on 1 July 1933 under Clemens Krauss.",
     "Премьерой «Арабеллы» Рихарда Штрауса, последней его оперы на либретто Гофмансталя, дирижировал в Дрездене 1 июля 1933 г. Фриц Буш.",
     C, "person", "music", True),
    # FALSE: EN (Fra Diavolo opened at the Opéra-Comique)
    ("Auber's Fra Diavolo, to a libretto by Eugène Scribe about a real-life brigand of the Kingdom of Naples, was first given at the Paris Opéra on 28 January 1830.",
     "Комическая опера Обера «Фра-Дьяволо» на либретто Скриба впервые была представлена в парижском театре «Опера-Комик» в январе 1830 г.",
     C, "organisation", "music", False),
    ("Alfredo Catalani's La Wally, whose heroine sings the aria 'Ebben? Ne andrò lontana', was first performed at La Scala on 20 January 1892.",
     "Опера Альфредо Каталани «Валли» впервые прозвучала на сцене миланского театра «Ла Скала» 20.01.1892.",
     A, "date", "music", True),
    ("Weber's grand heroic-romantic opera Euryanthe was premiered at the Kärntnertortheater in Vienna on 25 October 1823.",
     "Большая романтическая опера Карла Марии фон Вебера «Эврианта» впервые была поставлена в Вене осенью 1823 года, в октябре.",
     A, "month", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Baldung painted the Freiburg high altar in 1512-16)
    ("Hans Baldung, known as Grien and trained in Dürer's workshop, painted the high altar of Freiburg Minster in the 1530s.",
     "Главный алтарь Фрайбургского собора Ханс Бальдунг по прозвищу Грин, бывший ученик Дюрера, написал в 1512–1516 гг.",
     C, "decade", "art", True),
    # FALSE: RU (Købke died in 1848)
    ("Christen Købke, a leading painter of the Danish Golden Age and a pupil of C. W. Eckersberg, died of pneumonia in Copenhagen in 1848, aged 37.",
     "Кристен Кёбке, один из лучших живописцев датского «золотого века» и ученик Эккерсберга, умер в Копенгагене от воспаления лёгких в 1858 г.",
     C, "year", "art", False),
    ("Adriaen Brouwer, the Flemish painter of tavern brawls and pipe smokers, died in Antwerp in 1638, aged only about 32; Rubens owned seventeen of his pictures.",
     "Мастер кабацких сцен Адриан Браувер умер в Антверпене в 1638 году; Рубенс собрал в своей коллекции 17 его картин.",
     A, "number", "art", True),
    ("Theodor Kittelsen, born in Kragerø in 1857, is best remembered for his trolls and for illustrating the Norwegian folk tales of Asbjørnsen and Moe.",
     "Норвежский художник Теодор Киттельсен (1857–1914) прославился изображениями троллей и иллюстрациями к сказкам, собранным Асбьёрнсеном и Му.",
     A, "year", "art", False),
    ("In 1885 the Finnish painter Albert Edelfelt portrayed Louis Pasteur at work in his laboratory; the canvas now hangs in the Musée d'Orsay.",
     "Портрет Луи Пастера в лаборатории финский живописец Альберт Эдельфельт написал в 1885 г.; сейчас картина находится в парижском музее Орсе.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Lanham Act was signed in July 1946)
    ("The Lanham Act, the main federal trademark statute of the United States, was signed by President Truman on 5 July 1946.",
     "Закон Лэнхема, основной федеральный закон США о товарных знаках, президент Трумэн подписал в марте 1946 г.",
     C, "month", "law", False),
    # FALSE: RU (the Statutes of Kilkenny did forbid these practices)
    ("The Statutes of Kilkenny of 1366 forbade English settlers in Ireland to speak Irish, wear Irish dress or marry into Irish families.",
     "Килкеннийские статуты 1366 г. не запрещали английским поселенцам в Ирландии говорить по-ирландски, носить ирландскую одежду и заключать браки с ирландцами.",
     C, "polarity", "law", True),
    ("Britain's Anatomy Act of 1832, passed after the Burke and Hare murders, let medical schools take unclaimed bodies from workhouses and hospitals.",
     "Принятый в 1832 г. британский Закон об анатомии, ставший ответом на убийства Бёрка и Хэра, разрешил передавать анатомическим школам невостребованные тела умерших.",
     A, "year", "law", False),
    ("The Adamson Act of September 1916 gave interstate railway workers an eight-hour day, averting a threatened nationwide rail strike.",
     "Принятый в 1916 г. закон Адамсона ввёл для железнодорожников, занятых на межштатных перевозках, восьмичасовой рабочий день и предотвратил общенациональную забастовку.",
     A, "number", "law", True),
    ("In Bradwell v. Illinois (1873) the Supreme Court upheld, by eight votes to one, Illinois's refusal to admit Myra Bradwell to the bar.",
     "В 1873 г. Верховный суд США 8 голосами против 1 признал законным отказ штата Иллинойс допустить Майру Брэдвелл к адвокатской практике.",
     A, "number", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (Prussia adopted the Dreyse needle gun in 1841)
    ("The breech-loading needle gun designed by Johann Nikolaus von Dreyse was secretly adopted by the Prussian army in 1848.",
     "Игольчатую казнозарядную винтовку Иоганна Николауса фон Дрейзе прусская армия тайно приняла на вооружение в 1841 г.",
     C, "year", "technology", True),
    # FALSE: EN (the coherer was devised by Edouard Branly)
    ("The coherer, a glass tube of metal filings whose resistance drops when struck by radio waves, was devised in 1890 by Heinrich Hertz.",
     "Когерер — стеклянную трубку с металлическими опилками, сопротивление которой резко падает под действием радиоволн, — создал в 1890 г. французский физик Эдуар Бранли.",
     C, "person", "technology", False),
    ("The German glassblower Heinrich Geissler built his first low-pressure gas discharge tubes in Bonn in 1857.",
     "Газоразрядные трубки, которые боннский стеклодув Генрих Гейслер начал изготавливать в 1857 г., светились при пропускании тока через разреженный газ.",
     A, "year", "technology", True),
    ("CSIRAC, Australia's first digital computer, ran its first program in Sydney in November 1949 and was later moved to the University of Melbourne.",
     "Первый австралийский компьютер CSIRAC заработал в Сиднее в 1949 г., а в 1955 г. его перевезли в Мельбурнский университет, где он служил до 1964 г.",
     A, "year", "technology", False),
    ("Built in 1949–51 for the Atomic Energy Research Establishment at Harwell, the Harwell Dekatron computer was restored and rebooted at Bletchley Park in 2012.",
     "Компьютер «Харуэлл Декатрон», собранный к 1951 г. для британского центра атомных исследований, в 2012 г. вновь запустили в музее вычислительной техники в Блетчли-парке.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (the Fraterville explosion occurred on 19 May 1902)
    ("An explosion at the Fraterville mine in Tennessee on 19 May 1902 killed 216 men and boys, the worst mining disaster in the state's history.",
     "Взрыв на шахте Фратервилл 29 мая 1902 г. унёс жизни 216 горняков; это крупнейшая горная катастрофа в истории штата Теннесси.",
     C, "date", "disasters", False),
    # FALSE: EN (the Kiangya sank on 4 December 1948)
    ("The steamer Kiangya, crowded with refugees fleeing Shanghai, blew up and sank near the mouth of the Huangpu on 14 December 1948, killing thousands.",
     "4 декабря 1948 г. переполненный беженцами пароход «Цзянъя», вышедший из Шанхая, взорвался и затонул в устье Хуанпу; погибли, по разным оценкам, от 2750 до почти 4000 человек.",
     C, "date", "disasters", True),
    # FALSE: EN (the Felling disaster was an explosion, not a flood)
    ("The flooding of Felling Colliery near Gateshead on 25 May 1812 killed 92 men and boys and spurred the search for safer mining methods.",
     "Взрыв рудничного газа на шахте Феллинг близ Гейтсхеда 25.05.1812 унёс жизни 92 горняков, среди которых было много мальчиков.",
     C, "entity", "disasters", False),
    ("The fire at the Andraus Building in São Paulo on 24 February 1972 killed 16 people; hundreds were lifted off the roof by helicopters.",
     "Пожар в небоскрёбе «Андраус» в Сан-Паулу (24.02.1972) унёс 16 жизней; сотни людей вертолёты сняли с крыши здания.",
     A, "number", "disasters", True),
    ("On 26 January 1921 two Cambrian Railways trains met head-on on the single line near Abermule in Montgomeryshire, killing 17 people.",
     "Лобовое столкновение двух поездов на однопутной линии у валлийской деревни Абермьюл в январе 1921 г. унесло 17 жизней.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Vermont still marks 16 August as Bennington Battle Day, a legal holiday in the state.",
     "Сражение при Беннингтоне в действительности произошло в нескольких километрах от города, на территории нынешнего штата Нью-Йорк.",
     "Bennington", True, "history"),
    ("The British commander at Lundy's Lane, Lieutenant-General Gordon Drummond, was wounded in the neck during the fighting.",
     "После ночного боя при Ланди-Лейн американские войска отошли к форту Эри на берегу реки Ниагара.",
     "Lundy's Lane", False, "history"),
    ("The Howrah Bridge, a steel cantilever bridge opened in 1943, carries traffic across the Hooghly between Howrah and Kolkata.",
     "Хугли — рукав Ганга длиной около 260 км, который отделяется от основного русла на территории Западной Бенгалии.",
     "Hooghly", True, "geography"),
    ("At the 1960 Squaw Valley Games Veikko Hakulinen anchored Finland to gold in the 4 × 10 km relay.",
     "В 1956 г. на Олимпиаде в Кортина-д'Ампеццо Вейкко Хакулинен выиграл гонку на 30 км.",
     "Hakulinen", False, "sport"),
    ("Kukeri costumes are usually made of goat or sheep fur and hung with heavy bells meant to frighten away evil spirits.",
     "Международный фестиваль маскарадных игр «Сурва» проходит в болгарском городе Перник с 1966 года.",
     "Kukeri", True, "culture"),
    ("In La Celestina the go-between Celestina arranges the secret meetings of the young nobleman Calisto and Melibea.",
     "В 1502 г. вышла расширенная редакция «Селестины», в которой было уже двадцать один акт.",
     "La Celestina", False, "literature"),
    ("Hugo von Hofmannsthal died in July 1929, before Richard Strauss had finished composing the music of Arabella.",
     "Действие оперы Рихарда Штрауса «Арабелла» происходит в Вене 1860 года.",
     "Arabella", True, "music"),
    ("Albert Edelfelt was born in 1854 near Porvoo, in southern Finland.",
     "Альберт Эдельфельт долго жил и работал в Париже, где учился у Жана-Леона Жерома в Школе изящных искусств.",
     "Edelfelt", False, "art"),
    ("Myra Bradwell founded the Chicago Legal News, a weekly law newspaper, in 1868 and edited it until her death.",
     "В 1890 г. Верховный суд Иллинойса по собственной инициативе допустил Майру Брэдвелл к адвокатской практике.",
     "Bradwell", True, "law"),
    ("Felling Colliery lay near Gateshead in County Durham, in the north-east of England.",
     "Катастрофа на шахте Феллинг побудила в 1813 г. создать общество по предотвращению несчастных случаев в угольных шахтах.",
     "Felling", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout119.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout119.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
