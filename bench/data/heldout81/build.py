#!/usr/bin/env python3
"""Build heldout81: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Basil II won at Kleidion in 1014; the Bulgarians were routed)
    ("In the summer of 1014, at the Kleidion pass below the Belasica mountains, the army of Emperor Basil II routed the forces of Tsar Samuel of Bulgaria.",
     "29 июля 1014 г. в ущелье Клейдион войско византийского императора Василия II потерпело тяжёлое поражение от болгарской армии царя Самуила.",
     C, "opposite", "history", True),
    # FALSE: RU (the Austrians at Custoza in 1866 were led by Archduke Albrecht; Benedek commanded in Bohemia)
    ("At Custoza, south-west of Verona, the Austrian Southern Army under Archduke Albrecht defeated the Italians of General Alfonso La Marmora on 24 June 1866.",
     "Во второй битве при Кустоце (июнь 1866 г.) австрийскими войсками, разбившими итальянскую армию, командовал генерал Людвиг фон Бенедек.",
     C, "person", "history", False),
    # FALSE: EN (Alcácer Quibir was fought on 4 August 1578, i.e. in the sixteenth century)
    ("King Sebastian of Portugal, aged only 24, fell at Alcácer Quibir in Morocco in the seventeenth century, leaving the Portuguese crown without a direct heir.",
     "Португальский король Себастьян I погиб 4 августа 1578 г. в битве при Алкасер-Кибире, сражаясь против войска марокканского султана.",
     C, "century", "history", True),
    ("Spanish infantry armed with arquebuses, led by Gonzalo Fernández de Córdoba, defeated the French at Cerignola in Apulia on 28 April 1503.",
     "В сражении при Чериньоле (апрель 1503 г.) испанцы Гонсало де Кордовы разбили французов, а их командующий, герцог Немурский, был убит.",
     A, "date", "history", False),
    ("Launched on 2 May 1915, the Gorlice–Tarnów offensive of German and Austro-Hungarian troops under August von Mackensen tore open the Russian front in western Galicia.",
     "Горлицкий прорыв, начатый германскими и австро-венгерскими войсками Макензена в первых числах мая 1915 г., заставил русские армии оставить Галицию.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Cronstedt discovered nickel; cobalt had been found by Georg Brandt in the 1730s)
    ("The Swedish mineralogist Axel Fredrik Cronstedt isolated a new metal, nickel, in 1751 from an ore that German miners called kupfernickel.",
     "Новый химический элемент, кобальт, шведский минералог Аксель Фредрик Кронстедт выделил в 1751 году из руды, которую горняки называли «купферникель».",
     C, "entity", "science", False),
    # FALSE: EN (Butenandt was forced by the Nazi government to decline; he received the medal in 1949)
    ("Adolf Butenandt, awarded the 1939 Nobel Prize in Chemistry for his work on sex hormones, was not forced by the Nazi government to decline it.",
     "Немецкий биохимик Адольф Бутенандт, удостоенный Нобелевской премии по химии за 1939 г. за исследования половых гормонов, был вынужден по требованию властей отказаться от неё.",
     C, "polarity", "science", True),
    # FALSE: RU (Finlay put forward the mosquito theory in 1881, not in the 1850s)
    ("In 1881 the Cuban physician Carlos Finlay put forward the theory that yellow fever is carried by mosquitoes, an idea confirmed experimentally some twenty years later.",
     "Гипотезу о том, что жёлтую лихорадку переносят комары, кубинский врач Карлос Финлей выдвинул ещё в 1850-х годах.",
     C, "decade", "science", False),
    ("Walter Haworth of the University of Birmingham, who determined the structure of vitamin C, shared the 1937 Nobel Prize in Chemistry.",
     "Британский химик Уолтер Хоуорс, синтезировавший аскорбиновую кислоту в 1933 г., разделил Нобелевскую премию по химии 1937 года со швейцарцем Паулем Каррером.",
     A, "year", "science", True),
    ("Peter Debye, a Dutch-born physicist who later settled at Cornell, received the 1936 Nobel Prize in Chemistry for his studies of molecular structure.",
     "Нобелевская премия по химии за 1936 г. была присуждена Петеру Дебаю за исследования дипольных моментов и дифракции рентгеновских лучей в газах.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Godavari, c. 1,465 km, is the longest river of peninsular India; the Krishna is shorter)
    ("The Godavari, which rises in Maharashtra and reaches the Bay of Bengal through a broad delta, is the second-longest river of peninsular India, after the Krishna.",
     "Годавари (около 1465 км) — самая длинная река полуострова Индостан; она впадает в Бенгальский залив, образуя обширную дельту.",
     C, "rank", "geography", False),
    # FALSE: RU (the Karun joins the Shatt al-Arab at Khorramshahr; it does not reach the Caspian)
    ("Iran's most voluminous river, the Karun, flows past the city of Ahvaz and meets the Shatt al-Arab at Khorramshahr.",
     "Карун — самая полноводная река Ирана; пройдя через Ахваз, она несёт свои воды в Каспийское море.",
     C, "place", "geography", True),
    # FALSE: RU (Iskanderkul is named after Alexander the Great, not Tamerlane)
    ("Lake Iskanderkul, a mountain lake at about 2,200 metres in north-western Tajikistan, is traditionally said to take its name from Alexander the Great.",
     "Высокогорное озеро Искандеркуль в Таджикистане (2195 м над у. м.) получило своё название в честь Тамерлана.",
     C, "person", "geography", False),
    ("Lake Llanquihue, in Chile's Los Lagos Region, is the country's second-largest lake, with the cone of the Osorno volcano rising beyond its eastern shore.",
     "Озеро Льянкиуэ площадью около 860 км² уступает среди озёр Чили по размерам лишь озеру Хенераль-Каррера.",
     A, "rank", "geography", True),
    ("The Benue, the chief tributary of the Niger, rises on the Adamawa Plateau in northern Cameroon and joins the larger river at Lokoja in Nigeria.",
     "Бенуэ длиной около 1400 км, крупнейший приток Нигера, сливается с ним у нигерийского города Локоджа.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (ASEA merged with Brown, Boveri & Cie, not with Siemens)
    ("In 1988 the Swedish electrical engineering group ASEA, based in Västerås, merged with Switzerland's Brown, Boveri & Cie to form ABB.",
     "В 1988 г. шведский электротехнический концерн ASEA из Вестероса объединился с западногерманским концерном «Сименс».",
     C, "organisation", "economy", True),
    # FALSE: EN (Borsig's first locomotive was delivered in 1841)
    ("August Borsig's engineering works, founded in Berlin in 1837, delivered its first steam locomotive in 1861.",
     "Основанный Августом Борзигом в 1837 г. берлинский машиностроительный завод выпустил свой первый паровоз уже в 1841 г.",
     C, "year", "economy", False),
    ("Beiersdorf, the Hamburg company behind Nivea, dates its founding to 1882, when the pharmacist Paul Beiersdorf patented a medicated plaster.",
     "Отсчёт своей истории концерн «Байерсдорф» ведёт с 28 марта 1882 г. — дня, когда аптекарь Пауль Байерсдорф получил патент на лечебный пластырь.",
     A, "year", "economy", True),
    ("The Goodyear Tire & Rubber Company, founded in Ohio in 1898 by Frank Seiberling, was named after Charles Goodyear, the inventor of vulcanisation.",
     "Фрэнк Сайберлинг назвал основанную им в 1898 г. шинную компанию в честь Чарльза Гудьира, изобретателя вулканизации резины, умершего ещё в 1860 г.",
     A, "person", "economy", False),
    ("Founded in 1863 as a coal-tar dye works in the town of Höchst, near Frankfurt, Hoechst merged with France's Rhône-Poulenc in 1999 to form Aventis.",
     "Химико-фармацевтический концерн «Хёхст» (осн. в 1863 г.) прекратил самостоятельное существование в 1999 г., слившись с «Рон-Пуленком» в компанию Aventis.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Lato scored seven goals at the 1974 World Cup)
    ("Poland's Grzegorz Lato finished as top scorer at the 1974 World Cup in West Germany with seven goals, helping his team to third place.",
     "Лучшим бомбардиром чемпионата мира 1974 года стал польский нападающий Гжегож Лато, забивший 9 мячей.",
     C, "number", "sport", True),
    # FALSE: EN (the 1978 final was played in Buenos Aires)
    ("Mario Kempes scored twice in the 1978 World Cup final, played in Rosario, as Argentina beat the Netherlands 3–1 after extra time.",
     "25 июня 1978 г. в Буэнос-Айресе Марио Кемпес забил два гола в финале чемпионата мира, где Аргентина обыграла Нидерланды 3:1 в дополнительное время.",
     C, "place", "sport", True),
    # FALSE: EN (Janssen's winning margin over Van Springel was 38 seconds)
    ("In 1968 Jan Janssen became the first Dutchman to win the Tour de France, finishing almost four minutes ahead of Herman Van Springel.",
     "Ян Янссен, первый нидерландец — победитель «Тур де Франс», выиграл гонку 1968 года с преимуществом всего 38 секунд над Херманом Ван Спрингелом.",
     C, "duration", "sport", False),
    ("Denis Law, then playing for Manchester United, won the Ballon d'Or in 1964 and remains the only Scottish footballer to have received it.",
     "«Золотой мяч» 1964 г. достался нападающему «Манчестер Юнайтед» шотландцу Денису Лоу.",
     A, "year", "sport", True),
    ("Federico Bahamontes, the climber nicknamed the Eagle of Toledo, was the first Spaniard to win the Tour de France, in 1959.",
     "Победа Федерико Баамонтеса в «Тур де Франс» 1959 г. стала первой в истории гонки для испанских велосипедистов.",
     A, "rank", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Duke Albert of Saxe-Teschen, 1738-1822, formed the collection from 1776, i.e. the eighteenth century)
    ("The Albertina in Vienna grew out of the print collection assembled in the late eighteenth century by Duke Albert of Saxe-Teschen.",
     "Венская Альбертина, одно из крупнейших в мире собраний графики, восходит к коллекции герцога Альберта Саксен-Тешенского, собранной в XVI веке.",
     C, "century", "culture", True),
    # FALSE: RU (the Fete de la Musique is held on 21 June)
    ("Since 1982 France has held the Fête de la Musique every year on 21 June, the longest day of the year, with free concerts in streets and squares.",
     "Праздник музыки, впервые проведённый во Франции в 1982 г. по инициативе министра культуры Жака Ланга, ежегодно отмечается 21 декабря.",
     C, "month", "culture", False),
    ("The Aldeburgh Festival on the Suffolk coast was founded in 1948 by Benjamin Britten, the tenor Peter Pears and the librettist Eric Crozier.",
     "Фестиваль в Олдборо, основанный Бенджамином Бриттеном в 1948 г., с 1967 г. проходит главным образом в концертном зале «Снейп Молтингс».",
     A, "year", "culture", True),
    ("The Frick Collection opened to the public in 1935 in the Fifth Avenue mansion of the steel and coke magnate Henry Clay Frick, who had died in 1919.",
     "Особняк Генри Клэя Фрика на Пятой авеню в Нью-Йорке открылся для посетителей как музей — Коллекция Фрика — в 1935 году.",
     A, "year", "culture", False),
    ("The Moscow merchant Alexei Bakhrushin, a passionate collector of theatre memorabilia, founded his private theatre museum in 1894.",
     "Основанный в 1894 г. Алексеем Бахрушиным театральный музей был в 1913 г. передан коллекционером в дар Академии наук.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Les Liaisons dangereuses appeared in 1782)
    ("Choderlos de Laclos, an artillery officer, published his epistolary novel Les Liaisons dangereuses in the 1760s.",
     "Эпистолярный роман «Опасные связи» артиллерийского офицера Шодерло де Лакло вышел в свет в 1782 г. и сразу вызвал скандал.",
     C, "decade", "literature", True),
    # FALSE: RU (Invisible Man won the National Book Award, not the Pulitzer Prize)
    ("Ralph Ellison's Invisible Man, the only novel he published in his lifetime, won the National Book Award for Fiction in 1953.",
     "Роман Ральфа Эллисона «Невидимка» (1952), единственный изданный при жизни автора, был удостоен Пулитцеровской премии.",
     C, "organisation", "literature", False),
    ("Barchester Towers, published in 1857, is the second of Anthony Trollope's Barsetshire novels and centres on the arrival of a new bishop, Dr Proudie.",
     "Роман Энтони Троллопа «Барчестерские башни» вышел в 1857 г. как продолжение «Смотрителя».",
     A, "year", "literature", False),
    ("In Edward Bellamy's utopian novel Looking Backward (1888), a Bostonian named Julian West falls asleep in 1887 and wakes up in the year 2000.",
     "Опубликованный в 1888 г. роман Эдварда Беллами «Взгляд назад» переносит героя из Бостона XIX в. в социалистическое общество 2000 года.",
     A, "year", "literature", True),
    ("Edith Wharton's The Age of Innocence, a portrait of old New York society in the 1870s, made her the first woman to win the Pulitzer Prize for fiction, in 1921.",
     "В 1921 г. Эдит Уортон первой из женщин получила Пулитцеровскую премию за роман — её наградили за «Эпоху невинности».",
     A, "rank", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Espana is by Emmanuel Chabrier; Lalo wrote the Symphonie espagnole)
    ("Emmanuel Chabrier wrote his orchestral rhapsody España after a journey through Spain, and it was first performed in Paris in 1883.",
     "Оркестровую рапсодию «Испания», впервые исполненную в Париже в 1883 г., написал Эдуар Лало под впечатлением от поездки по Испании.",
     C, "person", "music", True),
    # FALSE: EN (La fanciulla del West premiered at the Metropolitan Opera, New York)
    ("Puccini's La fanciulla del West had its world premiere at La Scala in Milan on 10 December 1910, with Enrico Caruso as Dick Johnson.",
     "Опера Пуччини «Девушка с Запада» впервые прозвучала 10 декабря 1910 г. на сцене нью-йоркской «Метрополитен-опера».",
     C, "place", "music", False),
    # FALSE: EN (Luisa Miller is based on Schiller's Kabale und Liebe; The Robbers became I masnadieri)
    ("Verdi's Luisa Miller, first performed at the San Carlo in Naples in December 1849, is based on Schiller's play The Robbers.",
     "Опера Верди «Луиза Миллер» (Неаполь, 1849) написана по мещанской трагедии Шиллера «Коварство и любовь».",
     C, "entity", "music", True),
    ("Donizetti's comic opera Don Pasquale was first performed at the Théâtre-Italien in Paris on 3 January 1843.",
     "Премьера «Дона Паскуале» Доницетти прошла в Париже в январе 1843 г.; заглавную партию исполнял бас Луиджи Лаблаш.",
     A, "date", "music", False),
    ("Ravel's ballet Daphnis et Chloé, which he called a choreographic symphony, was first staged at the Théâtre du Châtelet in Paris on 8 June 1912.",
     "Балет Мориса Равеля «Дафнис и Хлоя» впервые показан в Париже в июне 1912 г.; дирижировал Пьер Монтё.",
     A, "date", "music", True),
    # ---------------- law ----------------
    # FALSE: RU (the Judiciary Act of 1789 provided for six justices)
    ("The Judiciary Act of 1789, signed by George Washington on 24 September, set the number of US Supreme Court justices at six.",
     "Закон о судоустройстве 1789 г. определил, что Верховный суд США будет состоять из девяти судей.",
     C, "number", "law", False),
    # FALSE: EN (the Embargo Act prohibited American ships from sailing to foreign ports)
    ("The Embargo Act, signed by Thomas Jefferson in December 1807, allowed American merchant ships to sail freely to foreign ports.",
     "Подписанный Томасом Джефферсоном в декабре 1807 г. закон об эмбарго запретил американским торговым судам выходить в иностранные порты.",
     C, "opposite", "law", True),
    # FALSE: RU (Cromwell became Lord Protector on 16 December 1653; on 20 April 1653 he dissolved the Rump)
    ("Under the Instrument of Government, the first written constitution of England, Oliver Cromwell was installed as Lord Protector on 16 December 1653.",
     "Согласно «Орудию управления» — первой писаной конституции Англии — Оливер Кромвель стал лордом-протектором 20 апреля 1653 г.",
     C, "date", "law", False),
    ("Issued by King Ferdinand on 27 December 1512, the Laws of Burgos were the first Spanish code regulating the treatment of the native peoples of the Americas.",
     "Бургосские законы 1512 г. стали первой попыткой испанской короны законодательно ограничить эксплуатацию индейцев в Новом Свете.",
     A, "year", "law", True),
    ("Prussia's General State Laws, the Allgemeines Landrecht, prepared under Frederick the Great, came into force in 1794, eight years after his death.",
     "Всеобщее земское право для прусских государств, содержавшее около 19 тыс. параграфов, вступило в силу 1 июня 1794 г.",
     A, "year", "law", False),
    # ---------------- art ----------------
    # FALSE: EN (the Gattamelata is by Donatello, not Verrocchio)
    ("The bronze equestrian monument to the condottiere Gattamelata, in front of the Basilica of Saint Anthony in Padua, was cast by Andrea del Verrocchio.",
     "Конная статуя кондотьера Гаттамелаты работы Донателло, установленная в Падуе в 1453 г., стала первым крупным бронзовым конным памятником со времён античности.",
     C, "person", "art", True),
    # FALSE: EN (the Artemision bronze was recovered in 1926-1928)
    ("The bronze god from Cape Artemision, thought to be Zeus or Poseidon, was recovered from an ancient shipwreck in the 1950s.",
     "Бронзовая статуя бога (Зевса или Посейдона), поднятая со дна моря у мыса Артемисион в 1928 г., хранится в Национальном археологическом музее Афин.",
     C, "decade", "art", False),
    ("Unearthed in Rome in 1545 during excavations sponsored by the Farnese family, the marble group known as the Farnese Bull is now in Naples.",
     "«Фарнезский бык», найденный в Риме в середине XVI в., хранится в Национальном археологическом музее Неаполя.",
     A, "place", "art", True),
    ("Barbara Hepworth, born in Wakefield in 1903, died in May 1975 in a fire at Trewyn Studio, her home and workshop in St Ives.",
     "Английский скульптор Барбара Хепуорт погибла при пожаре в своей мастерской в корнуолльском Сент-Айвсе в 1975 г.",
     A, "year", "art", False),
    ("Ernst Ludwig Kirchner, a founder of the Dresden group Die Brücke, took his own life at Frauenkirch near Davos in June 1938.",
     "Один из основателей дрезденского объединения «Мост» Эрнст Людвиг Кирхнер покончил с собой в 1938 г. в Швейцарии, близ Давоса.",
     A, "place", "art", True),
    # ---------------- technology ----------------
    # FALSE: EN (Hall and Heroult both made their discovery in 1886)
    ("The electrolytic process for smelting aluminium was discovered independently in 1866 by the American Charles Martin Hall and the Frenchman Paul Héroult.",
     "Электролитический способ получения алюминия независимо друг от друга открыли в 1886 г. американец Чарльз Мартин Холл и француз Поль Эру.",
     C, "year", "technology", False),
    # FALSE: EN (Czochralski discovered his method in 1916)
    ("The Polish chemist Jan Czochralski discovered his method of pulling single crystals from a melt in Berlin in 1926.",
     "Метод выращивания монокристаллов из расплава польский химик Ян Чохральский открыл в 1916 г., работая в Берлине.",
     C, "year", "technology", True),
    ("The Bayer process for refining bauxite into alumina was patented in 1888 by the Austrian chemist Carl Josef Bayer while he was working in St Petersburg.",
     "Способ получения глинозёма из бокситов австрийский химик Карл Иосиф Байер разработал в 1887–1888 гг. в Санкт-Петербурге.",
     A, "place", "technology", False),
    ("Devised around 1940 by the Luxembourg-born metallurgist William Kroll, the Kroll process makes titanium by reducing titanium tetrachloride with magnesium.",
     "В процессе Кролля тетрахлорид титана восстанавливают магнием; этот способ остаётся основным методом промышленного получения титана.",
     A, "entity", "technology", True),
    ("The Aqua-Lung, an open-circuit breathing apparatus with a demand valve, was developed in 1943 by Jacques-Yves Cousteau and the engineer Émile Gagnan.",
     "Акваланг, созданный Жаком-Ивом Кусто и инженером Эмилем Ганьяном, появился в 1943 г., в годы немецкой оккупации Франции.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Alexander L. Kielland capsized on 27 March 1980)
    ("On 27 March 1980 the accommodation platform Alexander L. Kielland capsized in the North Sea, killing 123 of the 212 people on board.",
     "Жилая платформа «Александр Л. Киелланн» перевернулась в норвежском секторе Северного моря в ноябре 1980 г.; погибли 123 человека.",
     C, "month", "disasters", True),
    # FALSE: EN (the Goldau landslide happened on 2 September 1806)
    ("The landslide that buried the Swiss village of Goldau under debris from the Rossberg, killing 457 people, occurred in the eighteenth century.",
     "2 сентября 1806 г. с горы Россберг сошёл гигантский оползень, похоронивший деревню Гольдау и унёсший жизни 457 человек.",
     C, "century", "disasters", False),
    ("On the evening of 3 March 1943, 173 people were crushed to death on the stairs of Bethnal Green Underground station, then used as an air-raid shelter.",
     "В давке у входа в бомбоубежище на станции метро «Бетнал-Грин» в марте 1943 г. погибли 173 человека, в том числе 62 ребёнка.",
     A, "number", "disasters", True),
    ("During a snowstorm on 29 December 1876, an iron truss bridge over the Ashtabula River in Ohio collapsed under a passenger train, killing about 92 people.",
     "Обрушение железнодорожного моста через реку Аштабьюла (Огайо) 29.12.1876 унесло жизни около 90 человек.",
     A, "date", "disasters", False),
    ("The 1963 eruption of Mount Agung killed more than a thousand people on Bali and sent enough sulphur into the stratosphere to cool the global climate slightly.",
     "Извержение вулкана Агунг, высочайшей вершины Бали, в 1963 г. унесло жизни более 1100 человек.",
     A, "number", "disasters", True),
]

RELATED = [
    ("After Kleidion, Basil II reportedly had some 15,000 Bulgarian prisoners blinded, leaving one eye to every hundredth man so that he could lead the others home.",
     "Болгарский царь Самуил скончался в октябре 1014 г., вскоре после разгрома своего войска при Клейдионе.",
     "Kleidion", True, "history"),
    ("Carlos Finlay was born in 1833 in Puerto Príncipe, the present-day Cuban city of Camagüey.",
     "День рождения Карлоса Финлея, 3 декабря, отмечается в странах Латинской Америки как День медицины.",
     "Finlay", False, "science"),
    ("The Godavari rises near Trimbak in the Western Ghats, only about 80 kilometres from the Arabian Sea.",
     "Годавари, которую в Индии часто называют «Южным Гангом», почитается индуистами как священная река.",
     "Godavari", True, "geography"),
    ("Beiersdorf put its Nivea Creme on the market in 1911, under the direction of the pharmacist Oscar Troplowitz.",
     "Штаб-квартира концерна «Байерсдорф», выпускающего косметику под маркой Nivea, находится в Гамбурге.",
     "Beiersdorf", False, "economy"),
    ("Grzegorz Lato later served as president of the Polish Football Association from 2008 to 2012.",
     "Почти всю свою карьеру в Польше нападающий Гжегож Лато провёл в клубе «Сталь» из Мелеца.",
     "Lato", True, "sport"),
    ("The Fête de la Musique was conceived by Maurice Fleuret, then director of music at the French Ministry of Culture.",
     "С начала 1980-х гг. Праздник музыки распространился из Франции в десятки стран мира.",
     "Fête de la Musique", False, "culture"),
    ("Looking Backward sold hundreds of thousands of copies and inspired the founding of Nationalist Clubs across the United States.",
     "Эдвард Беллами умер в 1898 г., через десять лет после выхода романа «Взгляд назад».",
     "Looking Backward", True, "literature"),
    ("Puccini based La fanciulla del West on David Belasco's play The Girl of the Golden West.",
     "Действие оперы «Девушка с Запада» происходит в Калифорнии во времена золотой лихорадки.",
     "Fanciulla", False, "music"),
    ("The Judiciary Act of 1789 also created the office of Attorney General of the United States.",
     "Закон о судоустройстве 1789 г. учредил в США 13 федеральных окружных судов.",
     "Judiciary Act", True, "law"),
    ("Charles Martin Hall and Paul Héroult were both born in 1863, and both died in 1914.",
     "Способ Холла — Эру по сей день остаётся основным промышленным методом производства алюминия.",
     "Hall–Héroult", False, "technology"),
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
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    sides = re.findall(r"^\s*# FALSE: (EN|RU) ", src, re.M)
    assert len(sides) == 30 and sides.count("EN") == 15, "false sides"
    assert sum(r["lang_a"] == "ru" for r in rel) == 5, "related order"
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout81.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout81.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
