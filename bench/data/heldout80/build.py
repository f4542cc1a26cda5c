#!/usr/bin/env python3
"""Build heldout80: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment "# FALSE: EN" or "# FALSE: RU" names the FALSE
side; the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Swedes and their allies were routed at Nordlingen)
    ("At Nördlingen on 6 September 1634 the combined Imperial and Spanish armies crushed the Swedish-led force, and the Swedish general Gustav Horn was taken prisoner.",
     "В сентябре 1634 г. под Нёрдлингеном шведы и их протестантские союзники одержали решительную победу над имперско-испанской армией.",
     C, "opposite", "history", True),
    # FALSE: EN (Omdurman was fought on 2 September 1898)
    ("The Battle of Omdurman, in which Kitchener's Anglo-Egyptian army destroyed the main forces of the Mahdist state, was fought on 12 September 1898.",
     "2 сентября 1898 г. у Омдурмана англо-египетские войска генерала Китченера разгромили армию махдистов, потерявшую убитыми более 10 тыс. человек.",
     C, "date", "history", True),
    # FALSE: RU (Quatre Bras was fought on 16 June 1815)
    ("At Quatre Bras on 16 June 1815, two days before Waterloo, Wellington's troops held the vital crossroads against Marshal Ney; the Duke of Brunswick fell in the fighting.",
     "Сражение при Катр-Бра между войсками Веллингтона и корпусом маршала Нея произошло 14 июня 1815 года.",
     C, "date", "history", False),
    ("Frederick the Great won a costly victory over the Austrian army of Marshal Leopold von Daun at Torgau, in Saxony, in November 1760.",
     "Сражение при Торгау (3 ноября 1760 г.) завершилось победой прусского короля Фридриха II, хотя его армия понесла огромные потери.",
     A, "year", "history", False),
    ("The Battle of Sheriffmuir, fought near Dunblane on 13 November 1715, ended inconclusively between the Earl of Mar's Jacobites and the Duke of Argyll's government troops.",
     "В битве при Шерифмуре в ноябре 1715 г. правительственная армия герцога Аргайла, уступавшая противнику в численности, не позволила якобитам графа Мара прорваться на юг.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Wilson's share of the 1927 prize was in Physics)
    ("Charles Thomson Rees Wilson, who built the first cloud chamber able to show the tracks of charged particles, shared the 1927 Nobel Prize in Chemistry with Arthur Compton.",
     "За изобретение камеры, делающей видимыми следы заряженных частиц, шотландский физик Чарлз Вильсон получил Нобелевскую премию по физике за 1927 год.",
     C, "entity", "science", False),
    # FALSE: RU (tellurium was discovered in 1782, i.e. the eighteenth century)
    ("Tellurium was discovered in 1782 by Franz-Joseph Müller von Reichenstein, a mining official who found it in gold ore from Transylvania.",
     "Теллур был открыт в начале XIX века австрийским горным инженером Францем Йозефом Мюллером фон Райхенштейном.",
     C, "century", "science", True),
    # FALSE: EN (Mungo Man is about 40,000 years old)
    ("Mungo Man, a skeleton found by the geologist Jim Bowler on the shores of a dry lake in New South Wales in 1974, is roughly 4,000 years old.",
     "Скелет так называемого «человека из Мунго», обнаруженный в 1974 г. на юго-западе Нового Южного Уэльса, имеет возраст около 40 тыс. лет.",
     C, "duration", "science", True),
    ("The Taung Child, a fossil skull blasted out of a limestone quarry in South Africa in 1924, was described by Raymond Dart in the journal Nature the following year.",
     "Череп ребёнка из Таунга, найденный в ЮАР в 1924 году, Раймонд Дарт в 1925 г. отнёс к новому виду — австралопитеку африканскому.",
     A, "year", "science", False),
    ("The first complete skullcap of Peking Man was unearthed at Zhoukoudian, south-west of Beijing, by Pei Wenzhong on 2 December 1929.",
     "В декабре 1929 г. китайский исследователь Пэй Вэньчжун нашёл в пещере Чжоукоудянь близ Пекина первую целую черепную крышку синантропа.",
     A, "date", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Vettisfossen has a free fall of 275 m)
    ("Vettisfossen, in the Utladalen valley of western Norway, plunges in a single uninterrupted free fall of about 575 metres.",
     "Водопад Веттисфоссен в долине Утладален на западе Норвегии имеет высоту свободного падения 275 м.",
     C, "number", "geography", False),
    # FALSE: RU (the Rhine Falls are in Switzerland)
    ("The Rhine Falls near Schaffhausen, in northern Switzerland, are about 150 metres wide and roughly 23 metres high.",
     "Рейнский водопад шириной около 150 м и высотой 23 м находится на территории Австрии.",
     C, "place", "geography", False),
    # FALSE: EN (the Saryarka site, which includes Tengiz, was inscribed in 2008)
    ("Lake Tengiz, a salt lake in central Kazakhstan where flamingos nest, became part of a UNESCO World Heritage site in 1998.",
     "Солёное озеро Тенгиз вместе с Коргалжынским заповедником в 2008 г. вошло в объект Всемирного наследия ЮНЕСКО «Сарыарка».",
     C, "year", "geography", True),
    ("The Moksha, which rises in Penza Oblast and crosses Mordovia, is a right-bank tributary of the Oka, some 650 kilometres long.",
     "Мокша (длина 656 км) впадает в Оку справа, на территории Рязанской области.",
     A, "place", "geography", False),
    ("Lake Zaysan lies in a basin between the Altai and the Tarbagatai ranges in eastern Kazakhstan, and the Irtysh flows through it.",
     "Через озеро Зайсан на востоке Казахстана протекает Иртыш; после строительства Бухтарминской ГЭС озеро стало частью водохранилища.",
     A, "place", "geography", True),
    # ---------------- sport ----------------
    # FALSE: RU (Poulidor never wore the yellow jersey)
    ("Raymond Poulidor finished on the Tour de France podium eight times but never wore the leader's yellow jersey, not even for a single day.",
     "Раймон Пулидор, восемь раз поднимавшийся на подиум «Тур де Франс», несколько дней провёл в жёлтой майке лидера гонки.",
     C, "polarity", "sport", True),
    # FALSE: EN (O'Brien took silver in Rome in 1960)
    ("Parry O'Brien, the Olympic shot put champion of 1952 and 1956, won a third straight gold medal at the Rome Games in 1960.",
     "Американский толкатель ядра Пэрри О'Брайен, двукратный олимпийский чемпион, на Играх 1960 года в Риме завоевал серебряную медаль.",
     C, "rank", "sport", False),
    # FALSE: RU (Wilding was killed on 9 May 1915)
    ("Anthony Wilding, the New Zealander who won four successive Wimbledon singles titles, was killed in action in France in May 1915.",
     "Новозеландский теннисист Энтони Уайлдинг, четырежды подряд побеждавший на Уимблдоне, погиб на фронте во Франции в сентябре 1915 года.",
     C, "month", "sport", False),
    ("Naftali Temu won the 10,000 metres at the 1968 Mexico City Olympics, becoming Kenya's first Olympic gold medallist.",
     "Первым олимпийским чемпионом в истории Кении стал бегун Нафтали Тему, выигравший в Мехико дистанцию 10 000 м.",
     A, "rank", "sport", True),
    ("In 1920 Bill Tilden became the first American to win the men's singles at Wimbledon; he took the title again in 1921 and 1930.",
     "Американец Билл Тилден трижды выигрывал Уимблдонский турнир в одиночном разряде — в 1920, 1921 и 1930 гг.",
     A, "year", "sport", False),
    # ---------------- economy ----------------
    # FALSE: RU (the Wartsila sawmill was founded in 1834)
    ("Wärtsilä, the Finnish maker of ship engines and power plants, traces its origins to a sawmill founded in Karelia in 1834.",
     "Финская машиностроительная компания «Вяртсиля» ведёт свою историю от лесопильного завода, основанного в Карелии в 1894 году.",
     C, "year", "economy", False),
    # FALSE: EN (Thyssen merged with Krupp in 1999)
    ("Thyssen, the steel group founded by August Thyssen in the Ruhr in 1871, merged with Mannesmann in 1999.",
     "Концерн «Тиссен», основанный Августом Тиссеном в 1871 году, в 1999 г. объединился с «Круппом», образовав «ТиссенКрупп».",
     C, "organisation", "economy", True),
    ("Tchibo was founded in Hamburg in 1949 by Max Herz and Carl Tchilinghiryan and at first sold roasted coffee by mail order.",
     "Компания «Чибо», название которой составлено из фамилии Чилингирьяна и немецкого слова «боне» (зерно), появилась в Гамбурге в 1949 году.",
     A, "year", "economy", True),
    ("In 1896 Armand Peugeot set up the Société des Automobiles Peugeot, with its first car factory at Audincourt.",
     "Акционерное общество «Автомобили Пежо» было основано Арманом Пежо в 1896 г.; первый завод компании появился в Одинкуре.",
     A, "year", "economy", False),
    ("Mefo bills, devised in 1934 by the Reichsbank president Hjalmar Schacht, let the Nazi regime pay for rearmament outside the official budget.",
     "Векселя «Мефо», придуманные Ялмаром Шахтом, позволяли скрытно финансировать перевооружение Германии в 1930-х гг.",
     A, "person", "economy", True),
    # ---------------- culture ----------------
    # FALSE: RU (Nymphenburg was begun for Elector Ferdinand Maria)
    ("Nymphenburg Palace in Munich was begun in 1664 for Elector Ferdinand Maria and his wife Henriette Adelaide to celebrate the birth of their heir, Max Emanuel.",
     "Строительство загородного дворца Нимфенбург в Мюнхене началось в 1664 году по заказу курфюрста Максимилиана I.",
     C, "person", "culture", True),
    # FALSE: EN (Monplaisir was built in 1714-1723)
    ("Monplaisir, Peter the Great's small seaside palace at Peterhof, was built in the 1740s on the shore of the Gulf of Finland.",
     "Дворец Монплезир, любимая резиденция Петра I в Петергофе, был построен на самом берегу Финского залива в 1714–1723 гг.",
     C, "decade", "culture", False),
    ("Skansen, the open-air museum founded by Artur Hazelius on the island of Djurgården in Stockholm, opened in 1891 and lent its name to similar museums abroad.",
     "Стокгольмский музей под открытым небом «Скансен» основал в 1891 г. Артур Хазелиус, создатель Северного музея.",
     A, "year", "culture", False),
    ("Sabantuy, the summer festival of the Tatars and Bashkirs, marks the end of spring sowing and features belt wrestling and horse races.",
     "Сабантуй — татарский и башкирский праздник окончания весенних полевых работ, главным состязанием которого служит борьба на поясах — кураш.",
     A, "entity", "culture", True),
    ("Wilanów Palace on the southern edge of Warsaw was built from 1677 as the summer residence of King John III Sobieski.",
     "Загородную резиденцию в Вилянуве король Ян III Собеский начал возводить в 1677 г.; сейчас во дворце размещается музей.",
     A, "person", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (the emigre scenes of Under Western Eyes are set in Geneva)
    ("Joseph Conrad's Under Western Eyes, published in 1911, moves between St Petersburg and the Russian émigré colony in Geneva.",
     "Действие романа Джозефа Конрада «Глазами Запада» (1911) происходит в Петербурге и в среде русских эмигрантов в Цюрихе.",
     C, "place", "literature", False),
    # FALSE: EN (Bonivard lived 1493-1570, i.e. in the sixteenth century)
    ("Byron's poem The Prisoner of Chillon tells the story of François Bonivard, a Genevan patriot of the fourteenth century held in the castle's dungeon.",
     "Поэма Байрона «Шильонский узник», переведённая на русский Жуковским, посвящена Франсуа Бонивару — женевскому патриоту XVI века, заточённому в Шильонском замке.",
     C, "century", "literature", True),
    ("Samuel Butler's The Way of All Flesh, a bitter attack on Victorian family life, appeared only in 1903, the year after its author's death.",
     "Роман Сэмюэла Батлера «Путь всякой плоти» был опубликован посмертно, в 1903 г.",
     A, "year", "literature", False),
    ("Max Beerbohm's Zuleika Dobson (1911) is a satire in which Oxford undergraduates drown themselves for love of the heroine.",
     "В сатирическом романе Макса Бирбома «Зулейка Добсон», вышедшем в 1911 году, студенты Оксфорда из-за любви к героине кончают с собой.",
     A, "year", "literature", True),
    ("Walter Scott's narrative poem Marmion, published in 1808, reaches its climax at the Battle of Flodden.",
     "Кульминацией поэмы Вальтера Скотта «Мармион» (1808) служит битва при Флоддене, где в 1513 г. шотландцы потерпели поражение от англичан.",
     A, "entity", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (the song came third; the 1958 contest was won by France)
    ("Domenico Modugno's Nel blu, dipinto di blu, better known around the world as Volare, won the Eurovision Song Contest in 1958.",
     "Песня Доменико Модуньо «Воларе», представлявшая Италию на конкурсе «Евровидение» 1958 года, заняла там третье место.",
     C, "rank", "music", False),
    # FALSE: RU (the Sinfonietta dates from 1926; Janacek died in 1928)
    ("Janáček wrote his Sinfonietta, with its opening fanfares for a band of extra trumpets, in 1926, and Václav Talich conducted the premiere in Prague.",
     "Свою «Симфониетту» с торжественными фанфарами Леош Яначек написал в 1936 году для гимнастического праздника общества «Сокол».",
     C, "year", "music", True),
    ("Stravinsky's The Soldier's Tale, written with the Swiss author C. F. Ramuz, was first staged in Lausanne on 28 September 1918.",
     "Премьера «Истории солдата» Стравинского на текст Шарля Фердинанда Рамю прошла в Лозанне осенью 1918 г. под управлением Эрнеста Ансерме.",
     A, "place", "music", True),
    ("The first complete performance of Beethoven's Missa Solemnis took place in St Petersburg in April 1824, arranged by Prince Nikolai Golitsyn.",
     "Впервые целиком «Торжественная месса» Бетховена прозвучала в 1824 году не в Вене, а в Петербурге, по инициативе князя Голицына.",
     A, "place", "music", False),
    ("Jean-Michel Jarre recorded Oxygène, an album of six instrumental pieces built on synthesizers, in a makeshift home studio and released it in 1976.",
     "Альбом Жан-Мишеля Жарра «Оксижен», вышедший во Франции в декабре 1976 г., разошёлся тиражом в миллионы экземпляров.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (The Stone Breakers was destroyed in 1945)
    ("Gustave Courbet's The Stone Breakers of 1849 was destroyed in 1945, in the last months of the Second World War, along with other pictures from Dresden.",
     "Картина Гюстава Курбе «Дробильщики камня» (1849) уцелела во время Второй мировой войны и по-прежнему хранится в Дрездене.",
     C, "opposite", "art", False),
    # FALSE: EN (the painting is in Naples)
    ("Caravaggio's altarpiece The Seven Works of Mercy, painted in 1606–07, still hangs in the church of the Pio Monte della Misericordia in Rome.",
     "Алтарный образ Караваджо «Семь дел милосердия» (1607) по-прежнему находится в церкви Пио Монте делла Мизерикордия в Неаполе.",
     C, "place", "art", True),
    ("Michelangelo was still working on the Rondanini Pietà days before his death in 1564; the marble now stands in Milan's Castello Sforzesco.",
     "Незаконченная «Пьета Ронданини» — последняя скульптура Микеланджело — с 1952 года принадлежит Милану и выставлена в замке Сфорца.",
     A, "place", "art", True),
    ("Watson and the Shark, painted by John Singleton Copley in 1778, shows the rescue of young Brook Watson, attacked while swimming in Havana harbour.",
     "На картине Джона Синглтона Копли «Уотсон и акула» (1778) изображено нападение акулы на юного Брука Уотсона в гавани Гаваны.",
     A, "year", "art", False),
    ("The bronze Millennium of Russia monument, designed by Mikhail Mikeshin, was unveiled in the Novgorod Kremlin in 1862.",
     "Памятник «Тысячелетие России» по проекту М. О. Микешина был открыт в Новгородском кремле 8 (20) сентября 1862 г.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Ordinance was issued by Francis I)
    ("The Ordinance of Villers-Cotterêts, which made French rather than Latin the language of official and legal documents, was signed by King Henry II in 1539.",
     "Ордонанс Виллер-Котре, изданный Франциском I в августе 1539 г., предписал составлять судебные и нотариальные акты на французском языке.",
     C, "person", "law", True),
    # FALSE: RU (the 1949 defendants were leaders of the Communist Party)
    ("The Smith Act of 1940, which made it a crime to advocate the violent overthrow of the US government, was used in 1949 to convict leaders of the Communist Party.",
     "На основании закона Смита 1940 года в 1949 г. были осуждены руководители Социалистической партии США.",
     C, "organisation", "law", False),
    # FALSE: EN (the Vagrancy Act dates from 1824)
    ("Passed in the 1870s, England's Vagrancy Act made sleeping rough and begging in public criminal offences.",
     "Английский закон о бродяжничестве 1824 года сделал уголовно наказуемыми ночёвку под открытым небом и попрошайничество.",
     C, "decade", "law", False),
    ("The Married Women's Property Act of 1882 allowed wives in England to own and control property in their own right.",
     "Принятый в 1882 г. британский закон о собственности замужних женщин разрешил жёнам самостоятельно владеть имуществом и распоряжаться им.",
     A, "year", "law", True),
    ("The Act of Uniformity 1662 obliged clergy to use the Book of Common Prayer, and about 2,000 ministers who refused were ejected on St Bartholomew's Day.",
     "Около двух тысяч священников, не подчинившихся Акту о единообразии, 24 августа 1662 г. лишились своих приходов.",
     A, "date", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the torpedo was Robert Whitehead's work)
    ("The first self-propelled torpedo was developed in 1866 at Fiume by the English engineer Robert Whitehead, building on an idea of the Austrian naval officer Giovanni Luppis.",
     "Первая самодвижущаяся торпеда была создана в 1866 г. в Фиуме инженером Робертом Фултоном.",
     C, "person", "technology", True),
    # FALSE: EN (the Telharmonium sent its music over telephone lines)
    ("Thaddeus Cahill's Telharmonium, a huge electric organ built in the early 1900s, delivered its music to subscribers by radio.",
     "Телармониум Таддеуса Кэхилла — гигантский электрический орган начала XX века — передавал музыку подписчикам по телефонным линиям.",
     C, "entity", "technology", False),
    ("Around 1800 Charles Stanhope, 3rd Earl Stanhope, introduced the first printing press made entirely of cast iron.",
     "Первый полностью чугунный печатный станок сконструировал около 1800 г. английский граф Чарлз Стэнхоуп.",
     A, "year", "technology", True),
    ("The PPSh-41 submachine gun, designed by Georgy Shpagin, was made in millions during the war and was often fitted with a 71-round drum magazine.",
     "Пистолет-пулемёт Шпагина (ППШ-41) выпускался миллионными тиражами; его дисковый магазин вмещал 71 патрон.",
     A, "number", "technology", False),
    ("The Rickenbacker 'Frying Pan', a lap steel guitar with an electromagnetic pickup, was developed in the early 1930s by George Beauchamp and Adolph Rickenbacker.",
     "Гитара «Сковородка» с электромагнитным звукоснимателем, созданная Джорджем Бичампом и Адольфом Рикенбакером в 1931–1932 гг., считается первой серийной электрогитарой.",
     A, "decade", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the death toll was 35,000-50,000)
    ("The Manjil–Rudbar earthquake, which struck northern Iran on 21 June 1990, killed between 35,000 and 50,000 people.",
     "Землетрясение в районе Манджиля и Рудбара на севере Ирана в июне 1990 г. унесло жизни около 4 тыс. человек.",
     C, "number", "disasters", True),
    # FALSE: EN (the Van earthquake struck on 23 October 2011)
    ("The magnitude 7.1 earthquake that hit the eastern Turkish province of Van in March 2011 killed more than 600 people.",
     "Землетрясение магнитудой 7,1, произошедшее 23 октября 2011 г. в турецкой провинции Ван, унесло жизни около 600 человек.",
     C, "month", "disasters", True),
    # FALSE: RU (the stand was engulfed within about four minutes)
    ("On 11 May 1985 fire engulfed the wooden main stand at Bradford City's Valley Parade ground in less than five minutes, killing 56 spectators.",
     "Пожар на стадионе «Вэлли Парейд» в Брэдфорде 11 мая 1985 г. около часа распространялся по деревянной трибуне; погибли 56 болельщиков.",
     C, "duration", "disasters", False),
    ("The liner SS Waratah vanished without trace off the coast of South Africa in July 1909 with 211 people aboard.",
     "Пароход «Варата» бесследно исчез в 1909 году, выйдя из Дурбана в Кейптаун; на его борту было 211 человек.",
     A, "year", "disasters", False),
    ("The ferry Salem Express struck a reef and sank near the Egyptian port of Safaga in December 1991, drowning hundreds of pilgrims returning from Mecca.",
     "Паром «Салем Экспресс», шедший из Джидды с паломниками, в декабре 1991 г. налетел на риф и затонул у египетского порта Сафага.",
     A, "month", "disasters", True),
]

RELATED = [
    ("At Omdurman the young Winston Churchill rode with the 21st Lancers in their charge against the Mahdist infantry.",
     "Город Омдурман, у которого произошло сражение, лежит на западном берегу Нила, напротив Хартума.",
     "Omdurman", True, "history"),
    ("Frederick William, Duke of Brunswick, was shot and killed at Quatre Bras while rallying his troops.",
     "Бой у перекрёстка Катр-Бра произошёл за два дня до битвы при Ватерлоо.",
     "Quatre Bras", False, "history"),
    ("Most of the original Peking Man fossils disappeared in 1941 while they were being shipped out of China.",
     "Стоянка синантропа в Чжоукоудяне была внесена в список Всемирного наследия ЮНЕСКО в 1987 году.",
     "Peking Man", True, "science"),
    ("The Moksha ends its course in Ryazan Oblast, where it joins the Oka from the right bank.",
     "Река Мокша берёт начало на территории Пензенской области и далее течёт по Мордовии.",
     "Moksha", False, "geography"),
    ("Bill Tilden won the US national singles championship seven times in the 1920s.",
     "Свой первый титул на Уимблдоне американец Билл Тилден завоевал в 1920 году.",
     "Tilden", True, "sport"),
    ("Monplaisir stands right on the shore of the Gulf of Finland, in the Lower Park at Peterhof.",
     "Дворец Монплезир сильно пострадал в годы Великой Отечественной войны и был восстановлен.",
     "Monplaisir", False, "culture"),
    ("Marmion contains the often-quoted line 'O what a tangled web we weave, when first we practise to deceive!'",
     "Поэма Вальтера Скотта «Мармион» вышла в свет в 1808 году.",
     "Marmion", True, "literature"),
    ("Janáček dedicated his Sinfonietta to the armed forces of the young Czechoslovak Republic.",
     "Первое исполнение «Симфониетты» Яначека состоялось в Праге под управлением Вацлава Талиха.",
     "Sinfonietta", False, "music"),
    ("The Valley Parade fire broke out on the day Bradford City were celebrating their Third Division championship.",
     "Пожар на стадионе «Вэлли Парейд» начался во время матча «Брэдфорд Сити» с «Линкольн Сити».",
     "Valley Parade", True, "disasters"),
    ("The Smith Act was officially titled the Alien Registration Act and also required adult foreigners to register.",
     "Закон Смита был принят Конгрессом США в 1940 году, незадолго до вступления страны во Вторую мировую войну.",
     "Smith Act", False, "law"),
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


def false_sides(path):
    """Read the '# FALSE: EN|RU' comments that precede contradict rows."""
    with open(path, encoding="utf-8") as f:
        return re.findall(r"^\s*# FALSE: (EN|RU) \(", f.read(), re.M)


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
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    fs = false_sides(os.path.abspath(__file__))
    assert len(fs) == 30, len(fs)
    fsc = count(fs)
    assert fsc == {"EN": 15, "RU": 15}, fsc
    rel_subj = [x[2] for x in RELATED]
    assert len(set(rel_subj)) == len(rel_subj), "related subject reused"

    with open(os.path.join(here, "comparable_heldout80.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout80.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false sides:", fsc)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", count(r["domain"] for r in comp if r["label"] == C))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
