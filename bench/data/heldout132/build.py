#!/usr/bin/env python3
"""Build heldout132: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (Saragarhi was held by 21 soldiers of the 36th Sikhs)
    ("On 12 September 1897 the signal post at Saragarhi, on the Samana Ridge, was held by 31 Sikh soldiers against thousands of Orakzai and Afridi tribesmen until all were killed.",
     "Сигнальный пост Сарагархи 12.09.1897 оборонял 21 солдат 36-го Сикхского полка во главе с хавилдаром Ишаром Сингхом; все защитники погибли в бою.",
     C, "number", "history", True),
    # FALSE: RU (Lake's troops stormed the camp and routed the rebels)
    ("On 21 June 1798 Crown forces under General Gerard Lake stormed the rebel camp on Vinegar Hill above Enniscorthy and routed the United Irishmen of County Wexford.",
     "21 июня 1798 г. ирландские повстанцы, укрепившиеся на холме Винегар-Хилл у Эннискорти, отбили штурм правительственных войск генерала Джерарда Лейка и удержали лагерь.",
     C, "opposite", "history", False),
    # FALSE: EN (the British fleet was commanded by Admiral George Rodney; Hood was his second)
    ("At the Battle of the Saintes on 12 April 1782 a British fleet led by Admiral Samuel Hood broke the French line and captured the Comte de Grasse.",
     "12.04.1782 у островков Ле-Сент, между Доминикой и Гваделупой, британский флот адмирала Джорджа Родни разгромил эскадру графа де Грасса и взял его в плен.",
     C, "person", "history", True),
    ("The so-called Popish Plot, an invented Jesuit scheme to assassinate Charles II, was set in motion by Titus Oates and Israel Tonge in 1678.",
     "«Папистский заговор», выдуманный Тайтусом Оутсом осенью 1678 года, обернулся казнями более чем двадцати ни в чём не повинных католиков.",
     A, "year", "history", False),
    ("The Swing Riots broke out in Kent in the summer of 1830, as farm labourers smashed threshing machines and sent threats signed 'Captain Swing'.",
     "Волнения «капитана Свинга» (1830–1831), начавшиеся в графстве Кент, были направлены прежде всего против молотилок; 19 участников казнили, около 500 сослали в Австралию.",
     A, "place", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (the Toumai skull was found in 2001)
    ("The skull of Sahelanthropus tchadensis, nicknamed Toumaï, was unearthed in 2001 in the Djurab Desert of northern Chad and is roughly seven million years old.",
     "Череп сахелантропа, получивший прозвище Тумаи, нашли в пустыне Джураб на севере Чада в начале 1980-х годов; его возраст оценивают примерно в 7 млн лет.",
     C, "decade", "science", True),
    # FALSE: EN (rinderpest was the second disease eradicated, after smallpox)
    ("When rinderpest, a viral plague of cattle, was declared eradicated in 2011, it became the first disease ever wiped out by deliberate human effort.",
     "Чума крупного рогатого скота, официально объявленная ликвидированной в 2011 г., стала второй после натуральной оспы болезнью, полностью побеждённой человечеством.",
     C, "rank", "science", False),
    # FALSE: RU (WMAP was launched on 30 June 2001)
    ("NASA's Wilkinson Microwave Anisotropy Probe, launched on 30 June 2001, spent nine years mapping faint temperature ripples in the cosmic microwave background.",
     "Зонд WMAP, запущенный NASA в августе 2001 г., девять лет составлял карту слабых флуктуаций температуры реликтового излучения.",
     C, "month", "science", True),
    ("The top quark, the heaviest elementary particle known, was discovered in 1995 by the CDF and DØ experiments at Fermilab's Tevatron collider near Chicago.",
     "Об открытии t-кварка — самой тяжёлой из известных элементарных частиц (около 173 ГэВ) — коллаборации CDF и D0 объявили в марте 1995 года.",
     A, "year", "science", False),
    ("Element 113 was first synthesised by Kosuke Morita's team at the RIKEN institute in Japan, and in 2016 it was officially named nihonium.",
     "Нихоний (элемент № 113), названный в честь Японии, впервые получили в 2004 г. в японском институте физико-химических исследований RIKEN.",
     A, "organisation", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (Muztagh Ata is 7,546 m high)
    ("Muztagh Ata, a broad ice-capped massif on the eastern edge of the Pamirs in China's Xinjiang region, reaches 7,546 metres.",
     "Высота Музтаг-Аты — массивной обледенелой вершины в Синьцзяне, у восточной окраины Памира, — 6546 м над уровнем моря.",
     C, "number", "geography", False),
    # FALSE: EN (Tahat is the highest point of Algeria)
    ("Rising to 2,908 metres in the Ahaggar Mountains of the central Sahara, Mount Tahat is the highest point of Libya.",
     "Гора Тахат (2908 м) в нагорье Ахаггар — высшая точка Алжира и одна из самых высоких вершин Сахары.",
     C, "place", "geography", True),
    # FALSE: RU (the Pyasina flows into the Kara Sea)
    ("The Pyasina drains Lake Pyasino in Krasnoyarsk Krai and winds north across western Taymyr for some 818 km before entering the Kara Sea.",
     "Река Пясина вытекает из озера Пясино и, пройдя по Таймыру 818 км, впадает в море Лаптевых.",
     C, "place", "geography", False),
    ("Since 1974 Niue, one of the world's largest raised coral islands, has been a self-governing state in free association with New Zealand.",
     "Ниуэ (столица — Алофи) с 1974 г. является самоуправляемым государством в свободной ассоциации с Новой Зеландией.",
     A, "year", "geography", False),
    ("The Matochkin Shar strait, roughly 100 km long and in places only about 600 metres wide, divides Novaya Zemlya into its northern and southern islands.",
     "Пролив Маточкин Шар длиной около 98 км разделяет Северный и Южный острова Новой Земли и соединяет Баренцево море с Карским.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    ("Olympia & York, the Toronto property empire of the Reichmann brothers that built Canary Wharf, sought bankruptcy protection in May 1992.",
     "В мае 1992 г. торонтская девелоперская компания «Олимпия энд Йорк» братьев Райхман, строившая лондонский Кэнэри-Уорф, обратилась за защитой от кредиторов.",
     A, "month", "economy", True),
    # FALSE: RU (Nadir was jailed for ten years)
    ("In 2012 Asil Nadir, the former head of Polly Peck International, was convicted of stealing millions from the company and jailed for ten years.",
     "В 2012 г. бывший глава корпорации Polly Peck Асил Надир был признан виновным в хищении миллионов фунтов и приговорён к семи годам тюрьмы.",
     C, "duration", "economy", False),
    # FALSE: EN (Gibbons began dealing in stamps in 1856)
    ("Edward Stanley Gibbons started selling postage stamps from a counter in his father's pharmacy in Plymouth in 1876.",
     "Фирма Stanley Gibbons ведёт историю с 1856 г., когда Эдвард Стэнли Гиббонс начал торговать марками в аптеке своего отца в Плимуте.",
     C, "year", "economy", True),
    ("In 1490 Maximilian I engaged Franz von Taxis to run a regular courier service between Innsbruck and Mechelen in the Low Countries.",
     "Почтовая династия Турн-и-Таксис ведёт отсчёт с 1490 г., когда Франц фон Таксис по поручению Максимилиана I связал курьерской линией Инсбрук с Нидерландами.",
     A, "year", "economy", False),
    ("Nishiyama Onsen Keiunkan, a hot-spring inn in Yamanashi Prefecture founded in 705, is listed by Guinness World Records as the oldest hotel in the world.",
     "Японский рёкан Нисияма Онсэн Кэйункан, открытый в начале VIII века, по данным Книги рекордов Гиннесса — старейшая гостиница мира.",
     A, "century", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Stich beat Becker in the 1991 final)
    ("In the 1991 Wimbledon final Michael Stich beat his fellow German Boris Becker in straight sets to claim his only Grand Slam singles title.",
     "В финале Уимблдона-1991 Михаэль Штих в трёх сетах уступил соотечественнику Борису Беккеру.",
     C, "opposite", "sport", True),
    # FALSE: EN (Valbe won all five women's events in Trondheim)
    ("At the 1997 world championships in Trondheim, Yelena Välbe won three of the five women's cross-country races.",
     "На чемпионате мира 1997 г. в Тронхейме Елена Вяльбе выиграла все пять женских лыжных гонок.",
     C, "number", "sport", False),
    # FALSE: RU (Todd won gold again in Seoul in 1988)
    ("Riding the small gelding Charisma, New Zealand's Mark Todd won Olympic eventing gold in Los Angeles in 1984 and again in Seoul four years later.",
     "Новозеландец Марк Тодд на мерине Харизма выиграл олимпийское золото в троеборье в Лос-Анджелесе (1984), но защитить титул в Сеуле не сумел.",
     C, "polarity", "sport", True),
    ("Adriano Panatta enjoyed his finest season in 1976, winning the Italian and French Opens and leading Italy to its first Davis Cup title.",
     "В 1976 г. итальянец Адриано Панатта выиграл «Ролан Гаррос», обыграв в финале американца Гарольда Соломона.",
     A, "year", "sport", False),
    ("Carlos Sastre of Team CSC laid the foundation for his 2008 Tour de France victory with a solo attack on the climb to Alpe d'Huez.",
     "Испанец Карлос Састре выиграл «Тур де Франс» 2008 года, оторвавшись в одиночку на подъёме к Альп-д’Юэз.",
     A, "place", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (Omizutori has been held every year since 752, i.e. the 8th century)
    ("The Omizutori rite at Tōdai-ji in Nara, when huge torches are swung from the balcony of the Nigatsu-dō, was first performed in the twelfth century.",
     "Обряд омидзутори в храме Тодай-дзи (Нара) проводится ежегодно с 752 г. и ни разу не прерывался за более чем 1250 лет.",
     C, "century", "culture", False),
    # FALSE: RU (the Mystery of Elche is performed on 14 and 15 August)
    ("The Mystery Play of Elche, a sung medieval drama of the Assumption of the Virgin, is staged in the town's Basilica of Santa María every 14 and 15 August.",
     "Эльхская мистерия — средневековая музыкальная драма об Успении Богородицы — ежегодно разыгрывается в базилике Санта-Мария в Эльче 14–15 сентября.",
     C, "month", "culture", True),
    ("Every July Venetians walk across a temporary pontoon bridge over the Giudecca Canal to Palladio's Redentore church, built in thanks for the end of a plague.",
     "Праздник Реденторе отмечают в третье воскресенье июля: по понтонному мосту через канал Джудекка венецианцы идут к церкви Иль-Реденторе, возведённой по обету после чумы 1576 г.",
     A, "month", "culture", False),
    ("At the Umhlanga, or Reed Dance, held in Eswatini in late August or early September, thousands of young women present cut reeds to the Queen Mother.",
     "Во время ежегодного «танца тростника» умхланга в Эсватини десятки тысяч девушек приносят срезанный тростник королеве-матери.",
     A, "person", "culture", True),
    ("The circus on Moscow's Tsvetnoy Boulevard was opened in October 1880 by the equestrian impresario Albert Salamonsky.",
     "Цирк на Цветном бульваре в Москве основал в 1880 году наездник и антрепренёр Альберт Саламонский.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (Die Rauber premiered at the Mannheim National Theatre)
    ("Schiller's first play, Die Räuber, about the feuding brothers Karl and Franz Moor, had its premiere at the Weimar court theatre on 13 January 1782.",
     "Первая постановка «Разбойников» Шиллера состоялась 13.01.1782 на сцене Мангеймского национального театра.",
     C, "place", "literature", True),
    # FALSE: RU (Tonio Kroger was published in 1903)
    ("Thomas Mann's novella Tonio Kröger, about a writer torn between art and bourgeois life, was first published in 1903.",
     "Новелла Томаса Манна «Тонио Крёгер» о писателе, мечущемся между искусством и бюргерским миром, увидела свет в 1920-е годы.",
     C, "decade", "literature", False),
    ("Gustav Freytag's 1855 bestseller Soll und Haben follows Anton Wohlfart, a young clerk in a Breslau merchant house.",
     "Главный герой романа Густава Фрейтага «Приход и расход» (1855) — Антон Вольфарт, молодой служащий торгового дома в Бреслау.",
     A, "person", "literature", True),
    ("Ivan Goncharov's first novel, A Common Story, appeared in the journal Sovremennik in 1847 and contrasts the dreamy Alexander Aduyev with his pragmatic uncle.",
     "«Обыкновенная история», дебютный роман Гончарова о молодом мечтателе Александре Адуеве и его дяде, вышла в «Современнике» в 1847 году.",
     A, "year", "literature", False),
    ("Hermann Hesse's first novel, Peter Camenzind (1904), tells of a young man from the Swiss mountain village of Nimikon who sets out to become a writer.",
     "Герой вышедшего в 1904 г. романа Гессе «Петер Каменцинд» — уроженец альпийской деревушки Нимикон, покидающий родные горы, чтобы стать писателем.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Semyon Kotko is based on Valentin Kataev's novella)
    ("Prokofiev's opera Semyon Kotko, based on a story by Konstantin Paustovsky, was first staged in Moscow in June 1940.",
     "Опера Прокофьева «Семён Котко» по повести Валентина Катаева «Я, сын трудового народа…» впервые поставлена в Москве в 1940 году.",
     C, "person", "music", False),
    # FALSE: RU (Le Villi opened on 31 May 1884)
    ("Puccini's first opera, Le Villi, the tale of a jilted girl who returns as a vengeful spirit, opened in Milan on 31 May 1884.",
     "Первая опера Пуччини «Виллисы» была впервые представлена публике в Милане 31 мая 1894 г.",
     C, "year", "music", True),
    # FALSE: RU (Il pirata premiered at La Scala)
    ("Bellini's Il pirata, with a libretto by Felice Romani, triumphed at La Scala in Milan on 27 October 1827.",
     "Опера Беллини «Пират» на либретто Феличе Романи с триумфом прошла 27.10.1827 в миланском театре Каноббиана.",
     C, "organisation", "music", False),
    ("Ravel's Rapsodie espagnole, first performed in Paris in March 1908, has four movements and ends with the festive Feria.",
     "«Испанская рапсодия» Равеля (1908) состоит из четырёх частей: «Прелюдия к ночи», «Малагенья», «Хабанера» и «Праздник».",
     A, "number", "music", True),
    ("Le Train Bleu, a 1924 Ballets Russes 'danced operetta' with music by Darius Milhaud, featured beachwear costumes by Coco Chanel.",
     "Балет «Голубой экспресс» на музыку Дариюса Мийо по сценарию Жана Кокто труппа Дягилева показала в Париже в июне 1924 года.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (The Triumph of Death is in the Prado, Madrid)
    ("The Triumph of Death, Pieter Bruegel the Elder's panorama of skeleton armies painted around 1562, hangs in Vienna's Kunsthistorisches Museum.",
     "«Триумф смерти» Питера Брейгеля Старшего, написанный около 1562 г., хранится в мадридском музее Прадо.",
     C, "organisation", "art", True),
    # FALSE: RU (the painting is by Ilya Repin)
    ("Ilya Repin's They Did Not Expect Him (1884–88), now in the Tretyakov Gallery, shows an exiled revolutionary walking unannounced into his family's room.",
     "Картина «Не ждали» (1884–1888), где ссыльный революционер неожиданно входит в комнату к родным, принадлежит кисти Василия Перова.",
     C, "person", "art", False),
    ("Caspar David Friedrich painted The Sea of Ice, with jagged slabs of pack ice burying a wrecked ship, in 1823–24; it hangs in the Hamburger Kunsthalle.",
     "«Море льда» Каспара Давида Фридриха, написанное в 1820-е годы, при жизни художника так и не нашло покупателя.",
     A, "decade", "art", True),
    ("The Sleep of Reason Produces Monsters is plate 43 of Goya's Los Caprichos, a set of 80 etchings published in 1799.",
     "Офорт «Сон разума рождает чудовищ» — лист № 43 из серии Гойи «Капричос», выпущенной в 1799 г.",
     A, "number", "art", False),
    ("René Magritte's The Son of Man, a 1964 self-portrait, shows a man in a bowler hat whose face is hidden by a hovering green apple.",
     "На картине Магритта «Сын человеческий» (1964) лицо мужчины в котелке заслонено зелёным яблоком.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Court held such use of deadly force unconstitutional)
    ("In Tennessee v. Garner (1985) the Supreme Court did not find it unconstitutional for police to shoot an unarmed, non-dangerous suspect fleeing arrest.",
     "В деле «Теннесси против Гарнера» (1985) Верховный суд США признал неконституционным применение полицией смертоносной силы против невооружённого беглеца, не представляющего опасности.",
     C, "polarity", "law", False),
    # FALSE: EN (Watkins v. United States was decided on 17 June 1957)
    ("On 3 June 1957 the Supreme Court, in Watkins v. United States, overturned a union organiser's conviction for refusing to answer questions of the House Un-American Activities Committee.",
     "17 июня 1957 г. по делу «Уоткинс против США» Верховный суд отменил приговор профсоюзному активисту, отказавшемуся отвечать на вопросы Комиссии по антиамериканской деятельности.",
     C, "date", "law", True),
    ("In Sheppard v. Maxwell (1966) the Supreme Court ruled 8–1 that a press frenzy had denied the Ohio osteopath Sam Sheppard a fair trial.",
     "Признав, что газетная шумиха лишила Сэма Шеппарда справедливого суда, Верховный суд США в 1966 г. восемью голосами против одного встал на его сторону.",
     A, "number", "law", True),
    ("The Mecelle, the Ottoman civil code compiled between 1869 and 1876 by a commission under Ahmed Cevdet Pasha, was based on Hanafi jurisprudence.",
     "Маджалла — гражданский кодекс Османской империи из 1851 статьи, подготовленный в 1869–1876 гг. комиссией Ахмеда Джевдета-паши.",
     A, "year", "law", False),
    ("Yates v. United States (1957), written by Justice John Marshall Harlan, overturned the convictions of fourteen California Communist Party officials.",
     "В 1957 г. по делу «Йейтс против США» Верховный суд отменил приговоры 14 калифорнийским коммунистам; мнение большинства написал судья Джон Маршалл Харлан.",
     A, "person", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (Pirotsky's experiments took place in 1880, i.e. the 19th century)
    ("In 1880 the military engineer Fyodor Pirotsky ran a horse-tram car on electric power in St Petersburg, using the rails themselves as conductors.",
     "Инженер Фёдор Пироцкий провёл в Петербурге опыты с вагоном конки на электрической тяге, ток к которому шёл по рельсам, в начале XX века.",
     C, "century", "technology", False),
    # FALSE: EN (Pfleumer's medium was paper tape coated with iron oxide, not steel wire)
    ("In 1928 the engineer Fritz Pfleumer patented magnetic sound recording on a thin steel wire, paving the way for the tape recorder.",
     "В 1928 г. Фриц Пфлоймер запатентовал магнитную ленту — бумажную полоску с нанесённым на неё порошком оксида железа.",
     C, "entity", "technology", True),
    ("Edmund Rumpler's streamlined Tropfenwagen, or 'teardrop car', caused a sensation at the 1921 Berlin Motor Show.",
     "Обтекаемый «каплевидный автомобиль» Эдмунда Румплера был впервые показан публике на Берлинском автосалоне 1921 года.",
     A, "year", "technology", False),
    ("Sony's U-matic, launched in 1971, was one of the first videocassette formats and became a workhorse of television news crews.",
     "Формат U-matic компании Sony с кассетой на ленте шириной 3/4 дюйма появился в 1971 г. и стал стандартом для тележурналистов.",
     A, "year", "technology", True),
    ("Video 2000, the home video format developed by Philips and Grundig and launched in 1979, used cassettes that could be flipped like audio tapes.",
     "Кассету формата Video 2000, созданного Philips совместно с Grundig, можно было переворачивать, как аудиокассету, и записывать на обе стороны.",
     A, "organisation", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the simultaneous eruption happened in September 1994)
    ("On 19 September 1994 the volcanoes Tavurvur and Vulcan erupted almost simultaneously, burying much of the town of Rabaul in Papua New Guinea under ash.",
     "В сентябре 1984 г. одновременное извержение вулканов Тавурвур и Вулкан погребло под пеплом большую часть города Рабаул (Папуа — Новая Гвинея).",
     C, "year", "disasters", True),
    # FALSE: EN (the Tuscaloosa tornado struck on 27 April 2011)
    ("On 17 April 2011 an EF4 tornado tore through Tuscaloosa and the outskirts of Birmingham, Alabama, killing 64 people.",
     "Торнадо категории EF4, прошедший 27 апреля 2011 г. через Таскалусу и пригороды Бирмингема (Алабама), унёс жизни 64 человек.",
     C, "date", "disasters", False),
    # FALSE: EN (Ycua Bolanos was a supermarket)
    ("On 1 August 2004 a fire swept through the crowded Ycua Bolaños nightclub in Asunción, Paraguay, killing hundreds of people.",
     "Пожар в супермаркете «Икуа Боланьос» в Асунсьоне 1 августа 2004 г. унёс сотни жизней; по данным следствия, выходы были заперты.",
     C, "entity", "disasters", False),
    ("In July 2003 the tanker Tasman Spirit ran aground in the approach channel to Karachi port and later broke apart, fouling the city's beaches.",
     "Танкер «Тасман Спирит», севший на мель у входа в порт Карачи летом 2003 г., разломился, и нефть загрязнила пляжи Клифтона.",
     A, "place", "disasters", False),
    ("On the night of 10 December 2021 a long-track tornado devastated Mayfield, Kentucky, flattening a candle factory where more than a hundred people were working.",
     "Торнадо, обрушившийся на Мейфилд (штат Кентукки) в ночь на 11 декабря 2021 г., разрушил свечную фабрику, где работала ночная смена.",
     A, "date", "disasters", True),
]

RELATED = [
    ("Every year on 12 September the Sikh Regiment of the Indian Army marks Saragarhi Day in memory of the post's defenders.",
     "Все 21 защитник поста Сарагархи были посмертно награждены индийским орденом «За заслуги».",
     "Saragarhi", True, "history"),
    ("Nihonium was the first chemical element to be discovered and named in an Asian country.",
     "Ядра элемента № 113 в RIKEN получали, обстреливая висмутовую мишень ионами цинка.",
     "Nihonium", False, "science"),
    ("Niue's capital, Alofi, lies on the western coast of the island.",
     "Жители Ниуэ имеют новозеландское гражданство, и многие из них живут в Новой Зеландии.",
     "Niue", True, "geography"),
    ("Michael Stich and Boris Becker won the men's doubles gold medal at the 1992 Olympic Games in Barcelona.",
     "В 1993 г. Михаэль Штих помог сборной Германии завоевать Кубок Дэвиса.",
     "Michael Stich", False, "sport"),
    ("Schiller had Die Räuber printed anonymously and at his own expense in 1781.",
     "Чтобы увидеть премьеру «Разбойников», служивший полковым лекарем Шиллер тайно отлучился из Штутгарта в Мангейм.",
     "Die Räuber", True, "literature"),
    ("Puccini wrote Le Villi for a one-act opera competition organised by the publisher Sonzogno, but it won no prize.",
     "Либретто первой оперы Пуччини «Виллисы» написал миланский поэт и журналист Фердинандо Фонтана.",
     "Le Villi", False, "music"),
    ("In 1803 Goya handed the copper plates of Los Caprichos over to King Charles IV.",
     "В «Сне разума» спящий художник уронил голову на стол, а над ним кружат совы и летучие мыши.",
     "Sleep of Reason", True, "art"),
    ("Edward Garner, the fifteen-year-old at the centre of the case, was shot by a Memphis police officer in 1974.",
     "Решение по делу «Теннесси против Гарнера» от имени большинства написал судья Байрон Уайт.",
     "Tennessee v. Garner", False, "law"),
    ("Omizutori is the popular name of the Shuni-e, a Buddhist repentance ritual held each March at Tōdai-ji.",
     "Во время омидзутори монахи черпают из колодца священную воду и подносят её бодхисаттве Каннон.",
     "Omizutori", True, "culture"),
    ("After the 1994 eruption the capital of East New Britain province was moved from Rabaul to nearby Kokopo.",
     "Извержение вулканов Тавурвур и Вулкан в 1937 г. унесло в Рабауле около 500 жизней.",
     "Rabaul", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout132.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout132.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
