#!/usr/bin/env python3
"""Build heldout141: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Wittgenstein's opponent at Klyastitsy was Marshal Oudinot, not Macdonald)
    ("At Klyastitsy, in what is now northern Belarus, Russian troops under Peter Wittgenstein beat back Marshal Oudinot's corps in late July 1812, shielding the road to St Petersburg.",
     "Сражение при Клястицах (18–20 июля ст. ст. 1812 г.) закончилось победой корпуса Витгенштейна над войсками маршала Макдональда; в этих боях погиб генерал Я. П. Кульнев.",
     C, "person", "history", True),
    ("The Prussian victory over the Austrians at Chotusitz in Bohemia on 17 May 1742 opened the way to the peace that ended the First Silesian War.",
     "17.05.1742 у Хотузица (Чехия) Фридрих II разбил австрийскую армию Карла Лотарингского, что вскоре привело к Бреславскому миру и окончанию Первой Силезской войны.",
     A, "date", "history", False),
    # FALSE: EN (at Hummelshof Sheremetev's Russians routed Schlippenbach's Swedes, not the other way round)
    ("At Hummelshof in Livonia, in July 1702, the Swedish general Wolmar Anton von Schlippenbach routed a much larger Russian army commanded by Boris Sheremetev.",
     "В июле 1702 г. при Гуммельсгофе (Лифляндия) русские войска Б. П. Шереметева наголову разбили шведский отряд генерала Шлиппенбаха.",
     C, "opposite", "history", False),
    ("In the summer of 1705, at Gemauerthof in Courland, Adam Ludwig Lewenhaupt's outnumbered Swedes defeated the Russian army of Boris Sheremetev.",
     "Сражение при Гемауэртгофе (Мур-мызе) в Курляндии 15 (26) июля 1705 г. закончилось поражением Шереметева от шведского корпуса Левенгаупта.",
     A, "year", "history", True),
    # FALSE: RU (the battle off Cape Kaliakra was fought in 1791, not 1789)
    ("Off Cape Kaliakra on the Bulgarian coast, Fyodor Ushakov's Black Sea squadron scattered the Ottoman fleet on 11 August 1791, just as an armistice was being agreed.",
     "Черноморская эскадра контр-адмирала Ф. Ф. Ушакова разгромила турецкий флот у мыса Калиакрия 31 июля 1789 года.",
     C, "year", "history", True),
    # ---------------- science ----------------
    ("The Dulong–Petit law, stated in 1819, holds that the molar heat capacity of a solid element is roughly 3R, about 25 joules per mole-kelvin.",
     "Закон Дюлонга — Пти (1819 г.): молярная теплоёмкость простых твёрдых тел примерно одинакова и близка к 3R ≈ 25 Дж/(моль·К).",
     A, "number", "science", False),
    # FALSE: EN (the Kirkwood gaps are caused by resonances with Jupiter, not Saturn)
    ("The Kirkwood gaps, almost empty bands in the main asteroid belt, are caused by orbital resonances with Saturn, as the American astronomer Daniel Kirkwood realised.",
     "Люки Кирквуда — почти пустые зоны пояса астероидов, где периоды обращения соизмеримы с периодом Юпитера (резонансы 3:1, 5:2, 7:3, 2:1).",
     C, "entity", "science", True),
    # FALSE: RU (Kapteyn noticed the star's proper motion in 1897, not in the 1880s)
    ("Kapteyn's Star, a red subdwarf about 13 light-years away in the southern constellation Pictor, was singled out by Jacobus Kapteyn in 1897.",
     "Звезда Каптейна — красный субкарлик в созвездии Живописца (около 12,8 св. лет от нас); её огромное собственное движение Я. Каптейн обнаружил в 1880-х годах.",
     C, "decade", "science", False),
    ("Coesite, a dense high-pressure form of silica first made in the laboratory by Loring Coes in 1953, was found in nature at Meteor Crater, Arizona, in 1960.",
     "Коэсит — плотная модификация кремнезёма, синтезированная в 1953 г.; в природе его впервые обнаружили в 1960 г. в Аризонском метеоритном кратере (Э. Чао, Ю. Шумейкер).",
     A, "year", "science", True),
    ("In 1783 the young deaf astronomer John Goodricke suggested that the regular dimming of Algol was caused by a body passing in front of the star.",
     "Джон Гудрайк, глухой с детства английский астроном-любитель, в 1783 г. объяснил периодические ослабления блеска Алголя затмениями звезды её спутником.",
     A, "person", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Klyazma is a left tributary of the Oka, not of the Volga)
    ("The Klyazma, a left tributary of the Volga about 686 km long, flows past Shchyolkovo, Vladimir and Kovrov on its way east.",
     "Клязьма (длина 686 км, площадь бассейна 42,5 тыс. км²) берёт начало в Подмосковье, протекает через Владимир и Ковров и впадает в Оку у Горбатова.",
     C, "entity", "geography", True),
    ("The Dalälven is formed near Djurås by the meeting of the Österdalälven and the Västerdalälven and reaches the Gulf of Bothnia near Skutskär.",
     "Река Дальэльвен образуется в провинции Даларна слиянием Эстердальэльвена и Вестердальэльвена и впадает в Ботнический залив.",
     A, "place", "geography", False),
    # FALSE: EN (Hjälmaren is Sweden's fourth-largest lake, not the second-largest)
    ("Hjälmaren, Sweden's second-largest lake, lies west of Stockholm and drains eastwards into Lake Mälaren.",
     "Хьельмарен — четвёртое по площади озеро Швеции (около 480 км²); у его западного берега стоит Эребру, а сток идёт в озеро Меларен.",
     C, "rank", "geography", False),
    ("The Fulda, some 220 kilometres long, rises on the Wasserkuppe in the Rhön and joins the Werra at Hann. Münden to form the Weser.",
     "Фульда берёт начало на горе Вассеркуппе (Рён), протекает через Фульду и Кассель, а у Ханн-Мюндена, сливаясь с Веррой, образует Везер.",
     A, "entity", "geography", True),
    # FALSE: RU (the Bityug is a left tributary of the Don, not a right one)
    ("The Bityug, a left tributary of the Don roughly 380 km long, gave its name to the heavy Bityug draught horse once bred along its banks.",
     "Битюг — правый приток Дона длиной 379 км; на нём стоит город Бобров, а порода тяжеловозов-битюгов получила имя от реки.",
     C, "opposite", "geography", True),
    # ---------------- economy ----------------
    ("Alessi, the Italian housewares firm known for its designer kettles, was founded in 1921 by Giovanni Alessi in Omegna, near Lake Orta.",
     "Компания Alessi, прославившаяся дизайнерской посудой, ведёт историю с 1921 г., когда Джованни Алесси открыл мастерскую в Оменье на озере Орта.",
     A, "year", "economy", True),
    # FALSE: RU (Campagnolo was founded in Vicenza, not Padua)
    ("The bicycle-parts maker Campagnolo was set up in Vicenza in 1933 by Tullio Campagnolo, a former racing cyclist.",
     "Фирму Campagnolo, выпускающую компоненты для шоссейных велосипедов, бывший гонщик Туллио Кампаньоло основал в 1933 г. в Падуе.",
     C, "place", "economy", False),
    # FALSE: RU (JD.com dates its founding to 18 June 1998, hence the '618' festival)
    ("JD.com traces its origins to 18 June 1998, when Liu Qiangdong opened an electronics counter in Beijing's Zhongguancun; the date is still marked by the '618' sales festival.",
     "Днём основания JD.com считается 18.11.1998: тогда Лю Цяндун открыл в пекинском районе Чжунгуаньцунь небольшую точку по продаже электроники.",
     C, "date", "economy", True),
    ("The Dulevo porcelain factory east of Moscow was founded in 1832 by the merchant Terenty Kuznetsov.",
     "Дулёвский фарфоровый завод в Подмосковье основан купцом Т. Я. Кузнецовым в 1832 году.",
     A, "person", "economy", False),
    ("The Iittala glassworks in southern Finland was founded in 1881 by the Swedish glassblower Petrus Magnus Abrahamsson.",
     "Стекольный завод Iittala в одноимённой деревне на юге Финляндии основал в 1881 г. шведский стеклодув Петрус Магнус Абрахамссон.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Korda beat Marcelo Rios in the 1998 Australian Open final)
    ("Petr Korda won the 1998 Australian Open, beating Karol Kučera 6–2, 6–2, 6–2 in the final for the only Grand Slam singles title of his career.",
     "Единственный титул «Большого шлема» в одиночном разряде чех Петр Корда завоевал в Мельбурне в 1998 г., разгромив в финале Марсело Риоса.",
     C, "person", "sport", False),
    ("Efim Geller won the Soviet chess championship twice, first in 1955 and again in 1979, when he was already 54.",
     "Ефим Геллер — двукратный чемпион СССР по шахматам (1955 и 1979 гг.); второй титул он завоевал в 54 года.",
     A, "year", "sport", True),
    # FALSE: RU (Midori Ito won the silver medal at Albertville 1992)
    ("Midori Ito, the first woman to land a triple axel in competition, took the Olympic silver medal in Albertville in 1992, behind Kristi Yamaguchi.",
     "На Олимпиаде-1992 в Альбервиле японка Мидори Ито, первой среди женщин исполнившая на соревнованиях тройной аксель, завоевала бронзовую медаль.",
     C, "rank", "sport", True),
    ("At the 1976 Montreal Olympics the Swede Anders Gärderud won the 3000 metres steeplechase in a world-record time of 8:08.02.",
     "Андерс Гердеруд (Швеция) стал олимпийским чемпионом Монреаля-1976 в беге на 3000 м с препятствиями, установив мировой рекорд — 8.08,02.",
     A, "number", "sport", False),
    # FALSE: EN (Hohn threw 104.80 m in 1984, not 1986)
    ("In 1986 in East Berlin the East German Uwe Hohn threw the javelin 104.80 metres, a mark that led to the implement being redesigned.",
     "20.07.1984 в Берлине копьеметатель из ГДР Уве Хон показал 104,80 м — единственный результат за 100 м, после чего центр тяжести копья сместили вперёд.",
     C, "year", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Hot Wheels were launched by Mattel, not Hasbro)
    ("Hasbro launched its Hot Wheels die-cast cars in 1968 with a range of sixteen models, among them a Custom Camaro.",
     "Первые 16 машинок серии Hot Wheels компания Mattel выпустила в 1968 г.; среди них была и модель «Шевроле Камаро».",
     C, "organisation", "culture", True),
    ("Tiger Electronics put the Furby on sale in late 1998, and the chattering owl-like toy became that Christmas's must-have gift in the United States.",
     "Интерактивная игрушка «Ферби» фирмы Tiger Electronics появилась в продаже осенью 1998 г. и стала главным рождественским хитом в США.",
     A, "organisation", "culture", False),
    # FALSE: RU (Emmerdale Farm was first broadcast on 16 October 1972)
    ("The ITV soap Emmerdale Farm, made by Yorkshire Television, was first broadcast on 16 October 1972; the word 'Farm' was dropped from its title in 1989.",
     "Сериал «Эммердейл» (до 1989 г. — «Ферма Эммердейл») впервые вышел в эфир телесети ITV 12.09.1972.",
     C, "date", "culture", False),
    ("Reg Smythe's cartoon layabout Andy Capp, a flat-capped idler from Hartlepool, first appeared in the Daily Mirror on 5 August 1957.",
     "Комикс Реджа Смайта об Энди Каппе, лентяе в кепке из Хартлпула, начал выходить в газете «Дейли миррор» в 1957 году.",
     A, "year", "culture", True),
    ("André Franquin's clumsy office boy Gaston Lagaffe first turned up in the Belgian weekly Spirou on 28 February 1957.",
     "Недотёпа-курьер Гастон Лагаф, придуманный Андре Франкеном, дебютировал на страницах бельгийского журнала «Спиру» 28.02.1957.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Kallocain was published in 1940)
    ("Karin Boye's dystopian novel Kallocain, published in 1940, is narrated by Leo Kall, a chemist who invents a truth serum for the Worldstate.",
     "Антиутопия Карин Бойе «Каллокаин» (1936 г.) написана от лица химика Лео Калля, изобретателя «сыворотки правды» для тоталитарного Мирового государства.",
     C, "year", "literature", True),
    ("Hjalmar Söderberg's Doctor Glas (1905) takes the form of the diary of a Stockholm physician who poisons a pastor named Gregorius.",
     "В романе-дневнике Яльмара Сёдерберга «Доктор Глас», вышедшем в 1905 г., стокгольмский врач решается отравить пастора Грегориуса.",
     A, "person", "literature", False),
    # FALSE: EN (The Doll is set in Warsaw, not Krakow)
    ("Bolesław Prus's novel The Doll, serialised in 1887–89, follows the merchant Stanisław Wokulski and his doomed love for Izabela Łęcka in Kraków.",
     "Роман Болеслава Пруса «Кукла» (отд. изд. 1890 г.) рассказывает о варшавском купце Станиславе Вокульском и его любви к аристократке Изабелле Ленцкой.",
     C, "place", "literature", True),
    # FALSE: RU (Wallenrod becomes Grand Master of the Teutonic Order, not the Livonian Order)
    ("Adam Mickiewicz's poem Konrad Wallenrod, published in St Petersburg in 1828, tells of a Lithuanian who rises to Grand Master of the Teutonic Knights in order to destroy them.",
     "Поэма Мицкевича «Конрад Валленрод» (1828) — о литовце, который стал великим магистром Ливонского ордена, чтобы погубить его изнутри.",
     C, "organisation", "literature", False),
    ("Herman Melville's story 'Bartleby, the Scrivener', about a Wall Street copyist who answers every request with 'I would prefer not to', appeared in 1853.",
     "Рассказ Германа Мелвилла «Писец Бартлби» был напечатан в двух номерах нью-йоркского журнала «Патнэмс мансли» в конце 1853 года.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    ("The synth-pop band Alphaville was formed in Münster in 1982, and its debut album Forever Young followed in 1984.",
     "Группа «Альфавиль» из Мюнстера, выпустившая в 1984 г. дебютный альбом «Навсегда молодой», образовалась в 1982 году.",
     A, "year", "music", False),
    # FALSE: EN (In the Court of the Crimson King was released in October 1969)
    ("King Crimson's debut album, In the Court of the Crimson King, came out on Island Records in March 1969 with Barry Godber's screaming-face cover.",
     "Дебютный альбом «Кинг Кримсон» «При дворе Багрового короля» вышел 10.10.1969; обложку с кричащим лицом нарисовал Барри Годбер.",
     C, "month", "music", True),
    ("Duran Duran, formed in Birmingham in 1978, took their name from the villain Durand Durand in the 1968 film Barbarella.",
     "Бирмингемская группа «Дюран Дюран» (осн. 1978) названа в честь злодея доктора Дюрана-Дюрана из фильма «Барбарелла».",
     A, "entity", "music", True),
    # FALSE: RU (Sweet Dreams reached number one on the US Billboard Hot 100)
    ("Eurythmics' 'Sweet Dreams (Are Made of This)', sung by Annie Lennox, topped the US Billboard Hot 100 in September 1983.",
     "Песня дуэта «Юритмикс» (Энни Леннокс и Дэйв Стюарт) «Сладкие сны» в 1983 г. добралась в американском хит-параде журнала «Билборд» лишь до пятого места.",
     C, "rank", "music", False),
    ("Bronski Beat's 1984 single 'Smalltown Boy', sung in Jimmy Somerville's falsetto, climbed to number three in the UK chart.",
     "Сингл «Парень из маленького городка» (1984) трио «Бронски Бит» с солистом Джимми Сомервиллом поднялся до 3-го места в британском чарте.",
     A, "rank", "music", True),
    # ---------------- art ----------------
    ("The twin marble kouroi of Kleobis and Biton, carved around 580 BC and signed by an Argive sculptor, are shown in the Delphi Archaeological Museum.",
     "Статуи Клеобиса и Битона — парные архаические куросы начала VI в. до н. э. работы аргосского мастера — хранятся в Дельфийском музее.",
     A, "century", "art", False),
    # FALSE: EN (the Gero Cross dates from about 970, i.e. the tenth century)
    ("The Gero Cross in Cologne Cathedral, commissioned by Archbishop Gero in the twelfth century, is among the oldest large crucifixes north of the Alps.",
     "Крест Геро в Кёльнском соборе, заказанный архиепископом Геро около 970 г., — древнейшее из сохранившихся монументальных распятий к северу от Альп.",
     C, "century", "art", True),
    ("The Bamberg Horseman, a stone rider in Bamberg Cathedral carved before 1237, depicts a crowned king whose identity is still disputed.",
     "Бамбергский всадник (до 1237 г.) — каменная конная статуя в соборе Бамберга; кого именно изобразил неизвестный мастер, до сих пор неясно.",
     A, "year", "art", False),
    # FALSE: RU (the Capitoline Wolf was given to Rome by Pope Sixtus IV, not Julius II)
    ("Pope Sixtus IV gave the bronze Capitoline Wolf to the people of Rome in 1471; the suckling twins were added later in the fifteenth century.",
     "В 1471 г. папа Юлий II передал бронзовую Капитолийскую волчицу римскому народу; фигурки близнецов Ромула и Рема добавили в конце XV в.",
     C, "person", "art", False),
    ("The marble Apollo Belvedere in the Vatican Museums is generally thought to be a Roman copy of a lost bronze by Leochares.",
     "Аполлон Бельведерский (Ватикан) — римская мраморная копия II в. н. э. с утраченного бронзового оригинала Леохара (IV в. до н. э.).",
     A, "person", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Decree of Kutna Hora gave the Bohemian nation three votes)
    ("The Decree of Kutná Hora, issued by King Wenceslas IV in January 1409, gave the Bohemian nation two votes in the running of Prague University.",
     "Кутногорский декрет Вацлава IV (18.01.1409) дал «чешской нации» Пражского университета три голоса, а трём остальным нациям вместе — лишь один.",
     C, "number", "law", True),
    # FALSE: RU (the Act of Abjuration was signed on 26 July 1581)
    ("On 26 July 1581 the States General of the rebel Netherlands passed the Act of Abjuration, formally renouncing their allegiance to Philip II of Spain.",
     "Акт о клятвенном отречении, которым Генеральные штаты Нидерландов 26 октября 1581 г. низложили Филиппа II, считают предтечей Декларации независимости США.",
     C, "month", "law", False),
    ("The Dawes Act of 1887 divided tribal land into individual allotments, typically 160 acres for the head of a family.",
     "Закон Дауэса (08.02.1887) предусматривал раздел общинных земель индейцев на индивидуальные участки — по 160 акров главе семьи.",
     A, "number", "law", True),
    # FALSE: EN (the Loi Evin was passed on 10 January 1991)
    ("France's Loi Évin, named after the health minister Claude Évin and passed in the early 1980s, sharply restricted advertising for alcohol and tobacco.",
     "Закон Эвена, принятый во Франции 10.01.1991, резко ограничил рекламу алкоголя и табачных изделий.",
     C, "decade", "law", False),
    ("The Laws in Wales Acts of 1535 and 1542, passed under Henry VIII, annexed Wales to England and made English the language of the courts.",
     "Законы об Уэльсе 1535–1542 гг., принятые при Генрихе VIII, присоединили Уэльс к Англии, а языком судопроизводства сделали английский.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Kinect sold about eight million units in its first 60 days)
    ("Microsoft's Kinect motion sensor for the Xbox 360, launched in November 2010, sold some eight million units in its first 60 days.",
     "Сенсор движений Kinect для приставки Xbox 360 поступил в продажу в ноябре 2010 г. и за первые 60 дней разошёлся тиражом около 3 млн штук.",
     C, "number", "technology", True),
    ("Fugaku, built by Riken and Fujitsu in Kobe around Arm-based A64FX processors, became the world's fastest supercomputer in June 2020.",
     "Японский суперкомпьютер «Фугаку» (институт Рикен и компания «Фудзицу», г. Кобе) возглавил рейтинг TOP500 в июне 2020 г. с результатом 415,5 Пфлопс.",
     A, "date", "technology", True),
    # FALSE: EN (the Earth Simulator was built by NEC, not Hitachi)
    ("The Earth Simulator, a vector supercomputer built by Hitachi for Japanese climate research in Yokohama, topped the TOP500 list in 2002.",
     "Построенный корпорацией NEC «Симулятор Земли» в Иокогаме возглавлял мировой список суперкомпьютеров TOP500 с 2002 по 2004 г.",
     C, "organisation", "technology", False),
    ("Bill Atkinson's HyperCard, bundled free with Macintosh computers from August 1987, let users build 'stacks' of linked cards.",
     "Программу HyperCard, созданную Биллом Аткинсоном, компания Apple начала бесплатно поставлять вместе с «Макинтошами» в 1987 г.",
     A, "person", "technology", False),
    ("Philips launched the Digital Compact Cassette in 1992 as a digital successor to the audio cassette, but dropped the format in 1996.",
     "Формат DCC (цифровая компакт-кассета) компании «Филипс» продержался на рынке всего четыре года — с 1992 по 1996 г.",
     A, "duration", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Bouzey dam failure killed 87 people)
    ("When the Bouzey dam near Épinal in the Vosges burst on 27 April 1895, the flood wave killed 187 people in the valley below.",
     "Прорыв плотины Бузе близ Эпиналя (департамент Вогезы) 27 апреля 1895 г. унёс жизни 87 человек.",
     C, "number", "disasters", False),
    # FALSE: RU (the Great Heck crash was caused by a Land Rover, not a lorry)
    ("The Great Heck rail crash of 28 February 2001, near Selby, was caused by a Land Rover that had run off the M62 onto the East Coast Main Line.",
     "В феврале 2001 г. у деревни Грейт-Хек близ Селби экспресс врезался в упавший с автострады грузовик, а затем столкнулся с товарным поездом; погибли 10 человек.",
     C, "entity", "disasters", True),
    ("The explosions at the Gërdec ammunition depot near Tirana on 15 March 2008 killed 26 people and damaged hundreds of homes.",
     "Взрывы на складе боеприпасов в Гёрдеце под Тираной (15.03.2008) унесли 26 жизней, сотни человек получили ранения.",
     A, "number", "disasters", False),
    # FALSE: EN (the Gare de Lyon crash happened on 27 June 1988)
    ("On 27 January 1988 a suburban train whose brakes had failed ploughed into a stationary train beneath the Gare de Lyon in Paris, killing 56 people.",
     "Крушение на Лионском вокзале в Париже 27.06.1988: пригородный поезд с отказавшими тормозами врезался в стоявший на подземной платформе состав, погибли 56 человек.",
     C, "month", "disasters", False),
    ("The submarine HMS Affray vanished in the English Channel in April 1951 with 75 men aboard; her wreck was located that June.",
     "Британская подлодка «Аффрей» затонула в проливе Ла-Манш 16–17.04.1951; погибли все 75 человек, находившихся на борту.",
     A, "number", "disasters", True),
]

RELATED = [
    ("The Battle of Kaliakra was the last major naval action of the Russo-Turkish War of 1787–1792.",
     "Мыс Калиакра на болгарском побережье Чёрного моря — узкий скалистый полуостров с остатками средневековой крепости.",
     "Kaliakra", True, "history"),
    ("John Goodricke also discovered, in 1784, that the star Delta Cephei varies in brightness.",
     "Джон Гудрайк умер в 1786 г. в возрасте 21 года, всего через несколько дней после избрания в Лондонское королевское общество.",
     "Goodricke", False, "science"),
    ("The Fulda rises on the Wasserkuppe, at about 950 metres the highest summit of the Rhön.",
     "Крупнейший город на реке Фульде — Кассель, бывшая столица ландграфства Гессен-Кассель.",
     "Fulda", True, "geography"),
    ("JD.com listed its shares on the Nasdaq stock exchange in New York in May 2014.",
     "Пекинская компания JD.com содержит собственную сеть складов и службу доставки, охватывающую почти весь Китай.",
     "JD.com", False, "economy"),
    ("Efim Geller, one of the strongest Soviet grandmasters of the 1950s and 1960s, was born in Odessa in 1925.",
     "В матче за шахматную корону 1972 г. в Рейкьявике Ефим Геллер был секундантом Бориса Спасского.",
     "Geller", True, "sport"),
    ("Emmerdale is set in a fictional village in the Yorkshire Dales.",
     "В конце декабря 1993 г. в сериале «Эммердейл» показали крушение пассажирского самолёта над деревней.",
     "Emmerdale", False, "culture"),
    ("Bolesław Prus, the author of The Doll, was the pen name of the Polish writer Aleksander Głowacki.",
     "Роман «Кукла» сначала печатался частями в варшавской газете «Курьер цодзенны» в 1887–1889 гг.",
     "Lalka", True, "literature"),
    ("Duran Duran recorded the title song for the 1985 James Bond film A View to a Kill.",
     "В классический состав «Дюран Дюран» входили трое музыкантов по фамилии Тейлор, не состоявших в родстве.",
     "Duran Duran", False, "music"),
    ("The Capitoline Wolf is kept in the Palazzo dei Conservatori, part of the Capitoline Museums in Rome.",
     "Долгое время «Капитолийскую волчицу» считали этрусской бронзой V в. до н. э.",
     "Capitoline Wolf", True, "art"),
    ("HMS Affray, an Amphion-class boat, was the last Royal Navy submarine to be lost at sea.",
     "Причиной гибели «Аффрея» считают перелом шноркеля, через который в лодку хлынула вода.",
     "HMS Affray", False, "disasters"),
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


def false_sides():
    """Read the FALSE: EN/RU comments that precede contradict rows."""
    src = open(os.path.abspath(__file__), encoding="utf-8").read()
    return re.findall(r"#\s*FALSE:\s*(EN|RU)\b", src)


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
    split = {}
    for d in DOMAINS:
        split[d] = sum(r["label"] == C for r in comp if r["domain"] == d)
    assert sorted(split.values()) == [2] * 6 + [3] * 6, split
    fs = count(false_sides())
    assert fs == {"EN": 15, "RU": 15}, fs
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    subj = [s for _, _, s, _, _ in RELATED]
    assert len(set(subj)) == 10

    with open(os.path.join(here, "comparable_heldout141.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout141.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false sides:", fs)
    print("domains:", doms)
    print("3-contradict domains:", sorted(d for d, n in split.items() if n == 3))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
