#!/usr/bin/env python3
"""Build heldout84: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (the Lancastrians were led by Jasper Tudor, not the Duke of Somerset)
    ("In February 1461, at Mortimer's Cross in Herefordshire, the Yorkist Edward, Earl of March, routed a Lancastrian army commanded by the Duke of Somerset.",
     "Битва при Мортимерс-Кроссе (2 февраля 1461 г.) закончилась победой Эдуарда, графа Марча, над войском Джаспера Тюдора; отец Джаспера Оуэн Тюдор вскоре был казнён в Херефорде.",
     C, "person", "history", True),
    ("During the Ottoman siege of Szigetvár in 1566, Sultan Suleiman the Magnificent died in his camp only days before the fortress fell.",
     "Крепость Сигетвар, которую оборонял хорватский полководец Никола Зрински, пала в сентябре 1566 г.; султан Сулейман I умер в лагере осаждающих незадолго до последнего штурма.",
     A, "year", "history", False),
    # FALSE: RU (Roosebeke was fought on 27 November 1382, not in the 1350s)
    ("On 27 November 1382 the French royal army of the young Charles VI crushed the Flemish militia at Roosebeke, where its leader Philip van Artevelde was killed.",
     "В битве при Розебеке, состоявшейся в 1350-х годах, французские рыцари разгромили фламандское ополчение Филиппа ван Артевельде, который погиб на поле боя.",
     C, "decade", "history", False),
    ("At Mühldorf on 28 September 1322, Louis the Bavarian defeated his Habsburg rival Frederick the Fair, who was taken prisoner.",
     "Фридрих Красивый, проиграв 28 сентября 1322 г. битву при Мюльдорфе Людвигу Баварскому, попал в плен и был заключён в замок Траусниц.",
     A, "date", "history", True),
    # FALSE: RU (the French won at Ravenna, although Gaston de Foix was killed)
    ("The French won the Battle of Ravenna on Easter Sunday, 11 April 1512, but their young commander Gaston de Foix was killed in the pursuit.",
     "В битве при Равенне 11 апреля 1512 г. французская армия Гастона де Фуа была разбита войсками Священной лиги, а сам он погиб.",
     C, "opposite", "history", False),
    # ---------------- science ----------------
    ("Robert Mulliken won the 1966 Nobel Prize in Chemistry, unshared, for his work on chemical bonds and the molecular-orbital method.",
     "Американский физикохимик Роберт Малликен, один из создателей метода молекулярных орбиталей, получил Нобелевскую премию по химии за 1966 год.",
     A, "year", "science", True),
    # FALSE: EN (Norrish's 1967 prize was in Chemistry)
    ("Ronald Norrish of Cambridge shared the 1967 Nobel Prize in Physics for studying extremely fast chemical reactions by flash photolysis.",
     "Британский химик Рональд Норриш в 1967 г. разделил Нобелевскую премию по химии с Джорджем Портером и Манфредом Эйгеном за исследование сверхбыстрых реакций.",
     C, "entity", "science", False),
    # FALSE: RU (Theorell was born in Linköping)
    ("Hugo Theorell, a biochemist born in Linköping in 1903, received the 1955 Nobel Prize in Physiology or Medicine for his work on oxidation enzymes.",
     "Уроженец Гётеборга Хуго Теорелль в 1955 г. стал лауреатом Нобелевской премии по физиологии и медицине за исследования окислительных ферментов.",
     C, "place", "science", True),
    ("In 1842, while teaching at Kazan University, Nikolay Zinin reduced nitrobenzene to aniline, a reaction that later became vital to the dye industry.",
     "Реакция восстановления нитробензола в анилин была открыта Н. Н. Зининым в Казани в 1842 году.",
     A, "place", "science", False),
    ("Charles-Adolphe Wurtz, an Alsatian chemist, described in 1855 the coupling of alkyl halides with metallic sodium now known as the Wurtz reaction.",
     "Реакция Вюрца — взаимодействие галогеналканов с металлическим натрием — была описана французским химиком Шарлем Адольфом Вюрцем в 1855 г.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Tahoe is the second-deepest US lake, after Crater Lake)
    ("Straddling the California–Nevada line, Lake Tahoe, about 501 metres deep, is the deepest lake in the United States.",
     "Озеро Тахо на границе Калифорнии и Невады, глубиной около 500 м, уступает в США по глубине только озеру Крейтер в Орегоне.",
     C, "rank", "geography", False),
    # FALSE: RU (the Warta flows into the Oder, not the Vistula)
    ("The Warta, Poland's third-longest river at roughly 800 km, passes through Poznań and joins the Oder at Kostrzyn.",
     "Варта, протекающая через Познань, впадает в Вислу; её длина составляет 808 км.",
     C, "place", "geography", True),
    ("The Vardar, the longest river of North Macedonia, flows past Skopje and enters the Aegean Sea west of Thessaloniki, where Greeks call it the Axios.",
     "Река Вардар (греч. Аксиос) длиной около 390 км пересекает Северную Македонию и Грецию и впадает в Эгейское море близ Салоник.",
     A, "place", "geography", False),
    # FALSE: EN (Scafell Pike is 978 m; 1,085 m is Snowdon)
    ("Scafell Pike in the Lake District, England's highest mountain, reaches 1,085 metres above sea level.",
     "Высочайшая вершина Англии — гора Скофелл-Пайк в Озёрном крае, её высота составляет 978 м.",
     C, "number", "geography", True),
    ("Lake Okeechobee, the largest freshwater lake in Florida, covers about 730 square miles but averages only some nine feet in depth.",
     "Озеро Окичоби — крупнейший пресноводный водоём Флориды площадью около 1,9 тыс. км² — очень мелкое: средняя глубина менее 3 м.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    ("Ernest Solvay and his brother Alfred founded Solvay & Cie in 1863 to exploit his ammonia-soda process, opening their first plant at Couillet.",
     "Компания «Сольве», основанная в Бельгии в 1863 г. братьями Эрнестом и Альфредом Сольве, производила соду аммиачным способом.",
     A, "year", "economy", False),
    # FALSE: RU (Telefunken's parents were AEG and Siemens & Halske, not Bosch)
    ("Telefunken was set up in Berlin in 1903 as a joint radio venture of the rival electrical firms AEG and Siemens & Halske.",
     "Фирма «Телефункен» была создана в Берлине в 1903 году совместно компаниями «Сименс и Гальске» и «Бош» для разработки радиотехники.",
     C, "organisation", "economy", True),
    ("Osram, whose name combines osmium and wolfram (tungsten), was registered as a trademark for electric lamps in Berlin in 1906.",
     "Товарный знак «Осрам», составленный из слов «осмий» и «вольфрам», был зарегистрирован в Германии в 1906 году.",
     A, "year", "economy", False),
    # FALSE: EN (the Schneider brothers bought Le Creusot in 1836)
    ("In 1856 the brothers Adolphe and Eugène Schneider bought the ironworks of Le Creusot, founding the firm that became Schneider et Cie.",
     "Братья Адольф и Эжен Шнейдер приобрели металлургические заводы в Ле-Крёзо в 1836 г., положив начало компании «Шнейдер и К°».",
     C, "year", "economy", False),
    ("Stockholms Enskilda Bank, the cornerstone of the Wallenberg business dynasty, was founded in 1856 by the naval officer André Oscar Wallenberg.",
     "Основатель династии Валленбергов, бывший морской офицер Андре Оскар Валленберг, учредил в 1856 г. Стокгольмский частный банк.",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    ("Mal Whitfield, who served in the US Air Force, won the Olympic 800 metres in both 1948 and 1952.",
     "Американец Мэл Уитфилд дважды подряд, в Лондоне и Хельсинки, становился олимпийским чемпионом в беге на 800 м.",
     A, "year", "sport", False),
    # FALSE: RU (Mills won the 10,000 m)
    ("At Tokyo in 1964 Billy Mills, an Oglala Lakota from South Dakota, won the 10,000 metres, a title no other American man has won.",
     "Билли Миллс из племени оглала-лакота на Олимпиаде 1964 г. в Токио не сумел завоевать медаль в беге на 10 000 м.",
     C, "polarity", "sport", True),
    # FALSE: EN (Stecher won both sprints in Munich)
    ("At the 1972 Munich Olympics East Germany's Renate Stecher finished second in both the 100 and the 200 metres.",
     "Спринтерша из ГДР Ренате Штехер выиграла на Олимпиаде-72 в Мюнхене золотые медали в беге на 100 и 200 м.",
     C, "rank", "sport", False),
    # FALSE: EN (Tretiak won three Olympic golds: 1972, 1976, 1984)
    ("Goalkeeper Vladislav Tretiak won four Olympic gold medals with the Soviet team and became the first Soviet player in the Hockey Hall of Fame.",
     "Вратарь сборной СССР Владислав Третьяк — трёхкратный олимпийский чемпион (1972, 1976, 1984); в 1989 г. он первым из советских хоккеистов попал в Зал хоккейной славы.",
     C, "number", "sport", True),
    ("The Belarusian-born hammer thrower Vasily Rudenkov won the Olympic title for the Soviet Union at the 1960 Rome Games.",
     "Олимпийским чемпионом в метании молота на Играх 1960 г. в Риме стал советский спортсмен Василий Руденков.",
     A, "place", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Queen Victoria laid the foundation stone in 1899)
    ("The South Kensington Museum took the name Victoria and Albert Museum in 1899, when the Prince of Wales, the future Edward VII, laid the foundation stone of its new building.",
     "Название Музея Виктории и Альберта появилось в 1899 г., когда королева Виктория заложила первый камень его нового корпуса по проекту Астона Уэбба.",
     C, "person", "culture", True),
    ("Zaryadye Park, laid out beside the Kremlin on the site of the demolished Rossiya Hotel, opened on 9 September 2017.",
     "Парк «Зарядье» с «парящим мостом» над Москвой-рекой был открыт 9 сентября 2017 года, в День города.",
     A, "date", "culture", True),
    # FALSE: RU (the first Rose Parade was held on New Year's Day 1890)
    ("Pasadena's Rose Parade was first staged by the Valley Hunt Club on New Year's Day 1890 to show off California's mild winter.",
     "Первый Парад роз, устроенный охотничьим клубом «Вэлли Хант» в калифорнийской Пасадене, прошёл в мае 1890 г.",
     C, "month", "culture", False),
    ("The Sorolla Museum in Madrid, housed in the home and studio the Valencian painter built for himself, opened to the public in 1932.",
     "Дом-музей Хоакина Сорольи в Мадриде открылся в 1932 г. благодаря дару вдовы художника.",
     A, "year", "culture", True),
    ("Monet's Impression, Sunrise was stolen from the Musée Marmottan in Paris in October 1985 and recovered in Corsica five years later.",
     "Картину Клода Моне «Впечатление. Восходящее солнце» похитили из парижского музея Мармоттан в 1985 году.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    ("George Eliot's Romola, set in Florence in the 1490s in the time of Savonarola, was serialised in The Cornhill Magazine in 1862–63.",
     "Исторический роман Джордж Элиот «Ромола» о Флоренции конца XV века печатался в журнале «Корнхилл» в 1862–1863 гг.",
     A, "century", "literature", True),
    # FALSE: EN (Omoo is set on Tahiti and Eimeo, not Hawaii)
    ("Omoo (1847), Herman Melville's second book, recounts a sailor's wanderings on Hawaii and the neighbouring island of Maui.",
     "Во второй книге Германа Мелвилла, «Ому» (1847), описаны скитания матроса-бродяги по Таити и соседнему острову Эймео.",
     C, "place", "literature", False),
    # FALSE: RU (the novel is by Erskine Childers, not John Buchan)
    ("Erskine Childers's The Riddle of the Sands (1903), in which two yachtsmen uncover German invasion plans among the Frisian Islands, is often called an early spy novel.",
     "Роман Джона Бакена «Загадка песков», где двое яхтсменов раскрывают германские планы вторжения у Фризских островов, вышел в 1903 году.",
     C, "person", "literature", True),
    ("Thackeray's The History of Pendennis, issued in monthly numbers from 1848 to 1850, follows young Arthur Pendennis from a country house to literary London.",
     "Роман Уильяма Теккерея «История Пенденниса» выходил выпусками в 1848–1850 гг.; автор сам его иллюстрировал.",
     A, "year", "literature", False),
    ("Elizabeth Gaskell's Sylvia's Lovers (1863) is set in Monkshaven, a thinly disguised Whitby, during the press-gang era of the Napoleonic Wars.",
     "Действие романа Элизабет Гаскелл «Поклонники Сильвии», изданного в 1863 г., происходит в Уитби, выведенном под именем Монксхейвен.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the 1918 premiere was conducted by Adrian Boult)
    ("Holst's The Planets was first heard in September 1918 at a private performance in Queen's Hall, London, conducted by Adrian Boult.",
     "Сюиту Густава Холста «Планеты» впервые исполнили в сентябре 1918 г. в лондонском Куинс-холле под управлением Генри Вуда.",
     C, "person", "music", False),
    ("Bellini's La sonnambula, with Giuditta Pasta as Amina, was first performed at Milan's Teatro Carcano on 6 March 1831.",
     "Премьера оперы Беллини «Сомнамбула» состоялась в Милане в марте 1831 г.; либретто написал Феличе Романи.",
     A, "place", "music", True),
    # FALSE: EN (the premiere was in Leipzig)
    ("Lortzing's comic opera Zar und Zimmermann, about Peter the Great working incognito as a shipwright, was first staged in Dresden in December 1837.",
     "Комическая опера Альберта Лорцинга «Царь и плотник» впервые прозвучала в Лейпциге 22 декабря 1837 г.",
     C, "place", "music", True),
    ("Tchaikovsky's First Symphony, subtitled Winter Daydreams, received its full premiere in Moscow in February 1868 under Nikolai Rubinstein.",
     "Симфония № 1 «Зимние грёзы» (1866) была целиком впервые исполнена в Москве в 1868 году под управлением Николая Рубинштейна.",
     A, "year", "music", False),
    ("Vaughan Williams's A Sea Symphony, a choral setting of poems by Walt Whitman, was premiered at the Leeds Festival in 1910.",
     "Премьера «Морской симфонии» Воан-Уильямса на стихи Уолта Уитмена прошла на фестивале в Лидсе 12 октября 1910 г.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (the Krakow altarpiece dates from 1477-1489, i.e. the 15th century)
    ("Veit Stoss carved the great altarpiece of St Mary's Church in Kraków between 1477 and 1489.",
     "Алтарь Вита Ствоша в Мариацком костёле Кракова, крупнейший готический алтарь Европы, был создан в середине XVI века.",
     C, "century", "art", False),
    ("Pinturicchio's frescoes in the Piccolomini Library of Siena Cathedral, painted between 1502 and 1508, tell the life of Pope Pius II.",
     "Фрески библиотеки Пикколомини в Сиенском соборе, посвящённые жизни папы Пия II, Пинтуриккьо выполнил в начале XVI в.",
     A, "century", "art", True),
    # FALSE: EN (reception piece of 1717; Watteau died in 1721)
    ("Watteau submitted The Embarkation for Cythera as his reception piece to the Royal Academy of Painting and Sculpture in 1727.",
     "Картину «Паломничество на остров Киферу» Антуан Ватто представил в 1717 г. в Королевскую академию живописи и скульптуры как вступительную работу.",
     C, "year", "art", False),
    ("Winterhalter's 1855 group portrait of Empress Eugénie surrounded by eight ladies-in-waiting now hangs in the Château de Compiègne.",
     "Знаменитый групповой портрет «Императрица Евгения в окружении фрейлин» Франц Ксавер Винтерхальтер написал в 1855 году.",
     A, "year", "art", False),
    # FALSE: RU (Riemenschneider was imprisoned and tortured in 1525)
    ("Tilman Riemenschneider, the leading sculptor of Würzburg, was imprisoned and tortured in 1525 after the city council sided with the rebels in the Peasants' War.",
     "Вюрцбургский скульптор Тильман Рименшнайдер, член городского совета, в 1525 г., во время Крестьянской войны, не подвергался ни аресту, ни преследованиям.",
     C, "polarity", "art", True),
    # ---------------- law ----------------
    ("Parliament's Quartering Act of 1765 obliged the American colonies to house and supply British troops stationed among them.",
     "Закон о постое 1765 г. обязывал колониальные власти в Северной Америке обеспечивать британских солдат жильём и провиантом.",
     A, "year", "law", True),
    # FALSE: RU (the act was signed on 30 June 1906)
    ("Theodore Roosevelt signed the Pure Food and Drug Act on 30 June 1906, the same day as the Meat Inspection Act.",
     "Закон о чистых пищевых продуктах и лекарствах был подписан президентом Теодором Рузвельтом 4 марта 1906 г.",
     C, "date", "law", False),
    ("Issued by Edward I in 1284, the Statute of Rhuddlan set out how the conquered principality of Wales was to be governed under English law.",
     "Рудланский статут (1284) ввёл в завоёванном Эдуардом I Уэльсе английское устройство графств и судов.",
     A, "year", "law", False),
    # FALSE: EN (the 1842 act barred boys under ten, not twelve)
    ("The Mines and Collieries Act of 1842 banned all women and girls, and boys under twelve, from working underground in Britain.",
     "Принятый в 1842 г. британский закон о шахтах запретил подземные работы для женщин и девочек, а также для мальчиков младше 10 лет.",
     C, "number", "law", True),
    # FALSE: RU (the act chartered Union Pacific and Central Pacific, not Northern Pacific)
    ("The Pacific Railway Act, signed by Abraham Lincoln on 1 July 1862, gave land grants and bonds to the Union Pacific and Central Pacific railroads.",
     "По закону о Тихоокеанской железной дороге 1862 г. строить магистраль поручили компаниям «Юнион Пасифик» и «Нозерн Пасифик».",
     C, "organisation", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (Savery's patent dates from 1698)
    ("Thomas Savery patented his steam pump for raising water out of mines in 1712 and promoted it in a pamphlet called The Miner's Friend.",
     "Английский военный инженер Томас Севери запатентовал паровой насос для откачки воды из шахт в 1698 г.",
     C, "year", "technology", True),
    ("The phenakistiscope, a spinning slotted disc that created the illusion of motion, was devised by the Belgian physicist Joseph Plateau in 1832.",
     "Фенакистископ — один из первых приборов для показа движущихся картинок — придумал в 1832 г. бельгиец Жозеф Плато.",
     A, "person", "technology", True),
    # FALSE: EN (Dudley developed the vocoder at Bell Labs, not RCA)
    ("The vocoder, which analyses speech and rebuilds it from a handful of frequency-band signals, was developed in the 1930s by Homer Dudley at RCA.",
     "Вокодер, синтезирующий речь по набору частотных полос, создал в 1930-х гг. инженер «Лабораторий Белла» Хомер Дадли.",
     C, "organisation", "technology", False),
    ("The Williams tube, a cathode-ray tube that stored binary digits as dots of charge, was developed at Manchester by Freddie Williams and Tom Kilburn in 1946–47.",
     "Запоминающее устройство на электронно-лучевой трубке, известное как трубка Уильямса, создали в Манчестере Ф. Уильямс и Т. Килбёрн в конце 1940-х.",
     A, "place", "technology", False),
    # FALSE: RU (the trautonium bird sounds were for The Birds, not Psycho)
    ("Oskar Sala used the trautonium, an electronic instrument built by Friedrich Trautwein in Berlin around 1930, to produce the bird noises for Hitchcock's The Birds.",
     "Оскар Зала с помощью траутониума, созданного Фридрихом Траутвейном около 1930 г., озвучил крики птиц в фильме Хичкока «Психо».",
     C, "entity", "technology", True),
    # ---------------- disasters ----------------
    ("The Sidoarjo mud flow in East Java began on 29 May 2006 near a gas exploration well and went on to bury several villages.",
     "Извержение грязи в округе Сидоарджо на Восточной Яве началось в конце мая 2006 г. близ разведочной газовой скважины компании «Лапиндо Брантас».",
     A, "date", "disasters", False),
    # FALSE: RU (about 80 people died, not about 250)
    ("On 24 July 2013 an Alvia express derailed on a sharp curve near Santiago de Compostela at about 179 km/h, more than twice the limit, killing about 80 people.",
     "Крушение скоростного поезда «Альвия» под Сантьяго-де-Компостелой 24 июля 2013 г. унесло жизни около 250 человек.",
     C, "number", "disasters", True),
    # FALSE: EN (the Mufulira disaster happened on 25 September 1970)
    ("In the 1950s a rush of wet mine tailings flooded the Mufulira copper mine in Zambia, killing 89 miners underground.",
     "25 сентября 1970 г. на медном руднике Муфулира в Замбии обрушившиеся в выработки массы жидких хвостов погубили 89 горняков.",
     C, "decade", "disasters", False),
    ("On 3 January 1961 a steam explosion destroyed the SL-1 experimental reactor in Idaho, killing all three men on duty.",
     "Авария экспериментального реактора SL-1 в штате Айдахо 3 января 1961 г. унесла жизни трёх военных операторов.",
     A, "date", "disasters", True),
    ("The 1958 'bump' at the Springhill colliery in Nova Scotia killed 75 miners, although 99 others were eventually brought out alive.",
     "В результате горного удара на шахте в Спрингхилле (Новая Шотландия) в октябре 1958 г. погибли 75 горняков.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Nikola Zrinski, commander of the Szigetvár garrison, was killed leading a final sortie against the Ottoman besiegers in September 1566.",
     "Поход 1566 г., во время которого был осаждён Сигетвар, стал последним военным походом Сулеймана Великолепного.",
     "Szigetvár", False, "history"),
    ("Lake Tahoe lies high in the Sierra Nevada, at an elevation of roughly 1,900 metres.",
     "Большая часть акватории озера Тахо относится к Калифорнии, меньшая — к Неваде.",
     "Tahoe", True, "geography"),
    ("Billy Mills was born in 1938 on the Pine Ridge Reservation in South Dakota.",
     "Победное время Билли Миллса на токийской Олимпиаде — 28 мин 24,4 с — стало олимпийским рекордом.",
     "Billy Mills", False, "sport"),
    ("The Victoria and Albert Museum grew out of the Museum of Manufactures, set up in 1852 after the Great Exhibition.",
     "Новое главное здание Музея Виктории и Альберта открыл король Эдуард VII в 1909 году.",
     "Victoria and Albert Museum", True, "culture"),
    ("Omoo was published in 1847 as a sequel to Melville's first book, an account of his stay in the Marquesas.",
     "Название книги Мелвилла «Ому» на языке жителей Маркизских островов означает «странник».",
     "Omoo", False, "literature"),
    ("The Planets consists of seven movements, each named after a planet and its astrological character.",
     "Густав Холст работал над оркестровой сюитой «Планеты» с 1914 по 1916 год.",
     "The Planets", True, "music"),
    ("In 1503 Veit Stoss was branded on both cheeks in Nuremberg for forging a document.",
     "Высота алтаря Вита Ствоша в краковском Мариацком костёле составляет около 13 м, а ширина — около 11 м.",
     "Veit Stoss", False, "art"),
    ("The lines built under the Pacific Railway Act were joined with a golden spike at Promontory Summit, Utah, on 10 May 1869.",
     "Закон о Тихоокеанской железной дороге президент Линкольн подписал 1 июля 1862 года.",
     "Pacific Railway Act", True, "law"),
    ("The first trautonium was built by Friedrich Trautwein at the radio research studio of the Berlin music academy around 1930.",
     "Позднее Оскар Зала сконструировал собственную усовершенствованную версию этого инструмента — микстур-траутониум.",
     "Trautonium", False, "technology"),
    ("Two years before the 1958 bump, an explosion at Springhill's No. 4 mine had killed 39 men.",
     "Ещё более смертоносной стала катастрофа 1891 г. в Спрингхилле, когда при взрыве погибли 125 человек.",
     "Springhill", True, "disasters"),
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
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout84.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout84.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
