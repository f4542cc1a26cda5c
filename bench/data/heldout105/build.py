#!/usr/bin/env python3
"""Build heldout105: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (Chickamauga was the second-bloodiest battle of the war, after Gettysburg)
    ("Chickamauga, fought in north-western Georgia in September 1863, was the bloodiest battle of the entire American Civil War, surpassing even Gettysburg.",
     "Сражение у ручья Чикамога (18–20 сентября 1863 г.), обошедшееся сторонам примерно в 34 тыс. убитых, раненых и пропавших без вести, уступает по потерям в Гражданской войне США лишь Геттисбергу.",
     C, "rank", "history", True),
    # FALSE: EN (the battle was fought on 3/14 July 1788, i.e. in the 1780s)
    ("Fought off Snake Island in the 1770s, the Battle of Fidonisi was the first open-sea victory of Russia's Sevastopol squadron over the Ottoman fleet.",
     "Сражение у острова Фидониси 3 (14) июля 1788 г. стало первой победой Севастопольской эскадры над турецким флотом в открытом море; эскадрой командовал граф Марко Войнович.",
     C, "decade", "history", False),
    # FALSE: RU (the Prussians at Dennewitz were led by Bülow, not Blücher)
    ("On 6 September 1813 at Dennewitz, near Jüterbog, Prussian troops under Friedrich Wilhelm von Bülow routed the army that Marshal Ney was leading on Berlin.",
     "В сражении при Денневице (6.09.1813) пруссаки генерала Блюхера наголову разбили армию маршала Нея, которая шла на Берлин.",
     C, "person", "history", True),
    ("At Chancellorsville, on the night of 2 May 1863, Stonewall Jackson was accidentally shot by his own men; he died of pneumonia eight days later.",
     "Генерал Томас Джексон по прозвищу Каменная Стена, по ошибке раненный своими же солдатами при Чанселорсвилле, скончался 10 мая 1863 года.",
     A, "date", "history", False),
    ("During the Battle of the Imjin River in April 1951, the 1st Battalion of the Gloucestershire Regiment held Hill 235 against Chinese assaults until it was overrun.",
     "В апреле 1951 г. на реке Имджинган 1-й батальон Глостерширского полка почти трое суток удерживал высоту 235, пока не был окружён китайскими войсками.",
     A, "organisation", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (the incompleteness theorems were published in 1931)
    ("Kurt Gödel, then a young Viennese mathematician, published his incompleteness theorems in 1937 in the journal Monatshefte für Mathematik und Physik.",
     "Свои знаменитые теоремы о неполноте молодой австрийский логик Курт Гёдель опубликовал в 1931 г. в венском журнале Monatshefte für Mathematik und Physik.",
     C, "year", "science", True),
    # FALSE: RU (the Scottish Book was kept at the Scottish Café in Lwów, not in Warsaw)
    ("From 1935 Stefan Banach and fellow mathematicians of the Lwów school wrote open problems into the 'Scottish Book', a notebook kept at the Scottish Café in Lwów.",
     "«Шотландская книга» — тетрадь, куда Стефан Банах и его коллеги с 1935 г. записывали нерешённые задачи, — хранилась в одном из кафе Варшавы.",
     C, "place", "science", False),
    # FALSE: RU (Erdős wrote about 1,500 papers, not about 150)
    ("Paul Erdős, the Hungarian mathematician who lived out of a suitcase, wrote about 1,500 papers with more than 500 co-authors.",
     "Венгерский математик Пал Эрдёш, всю жизнь переезжавший от одного коллеги к другому, опубликовал за свою жизнь около 150 научных статей.",
     C, "number", "science", True),
    ("The word 'ecology' (Ökologie) was coined by the German zoologist Ernst Haeckel in his 1866 treatise Generelle Morphologie der Organismen.",
     "Термин «экология» ввёл в научный оборот в 1866 г. Эрнст Геккель — профессор зоологии Йенского университета и горячий сторонник Дарвина.",
     A, "year", "science", False),
    ("Jean-Baptiste Lamarck's Philosophie zoologique, which argued that characteristics acquired during life are inherited, appeared in 1809 — the year Charles Darwin was born.",
     "В «Философии зоологии» (1809) Жан-Батист Ламарк изложил эволюционную теорию, по которой приобретённые при жизни признаки передаются потомству.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (the Adige flows into the Adriatic, not the Ligurian Sea)
    ("Rising near the Resia Pass in South Tyrol, the Adige flows past Trento and Verona and empties into the Adriatic south of Chioggia.",
     "Адидже — вторая по длине река Италии (около 410 км): она протекает через Тренто и Верону и впадает в Лигурийское море.",
     C, "place", "geography", False),
    # FALSE: EN (Erciyes is 3,917 m high)
    ("Erciyes Dağı, the volcano that towers over the city of Kayseri, reaches 2,917 metres and is the highest summit in central Anatolia.",
     "Вулкан Эрджияс (3917 м) к югу от Кайсери — высочайшая вершина Центральной Анатолии; в античности гора называлась Аргей.",
     C, "number", "geography", True),
    # FALSE: RU (the Portuguese reached Bioko in the early 1470s, i.e. the 15th century)
    ("Bioko, the Gulf of Guinea island that holds Equatorial Guinea's capital Malabo, was long called Fernando Pó after the Portuguese navigator who reached it in the early 1470s.",
     "Остров Биоко, где находится Малабо — столица Экваториальной Гвинеи, — португальские мореплаватели открыли лишь в XVI веке.",
     C, "century", "geography", False),
    ("Iliamna Lake, some 77 miles long, is the largest lake in Alaska and drains into Bristol Bay by way of the Kvichak River.",
     "Крупнейшее озеро Аляски — Илиамна площадью около 2,6 тыс. км² — славится нерестом нерки.",
     A, "rank", "geography", True),
    ("The Brazos, whose Spanish name means 'the arms of God', flows south-east across Texas past Waco and reaches the Gulf of Mexico near Freeport.",
     "Река Бразос (исп. Río de los Brazos de Dios — «река рук Господних») впадает в Мексиканский залив у техасского города Фрипорт.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (AB Atlas was founded in 1873)
    ("Atlas Copco traces its history to AB Atlas, founded in Stockholm in 1873 to build equipment for Sweden's railways; the present name dates from 1956.",
     "Шведский концерн Atlas Copco ведёт историю от компании AB Atlas, созданной в Стокгольме в 1893 г. для производства железнодорожного оборудования.",
     C, "year", "economy", True),
    # FALSE: EN (Dior's first collection was shown on 12 February 1947)
    ("Christian Dior unveiled his first collection in Paris in September 1947, and Carmel Snow of Harper's Bazaar hailed it as a 'New Look'.",
     "Коллекция, которую Кристиан Диор показал 12 февраля 1947 г. в доме на авеню Монтень, вошла в историю как «нью-лук» — так её назвала Кармел Сноу.",
     C, "month", "economy", False),
    ("Infosys was started in Pune in 1981 by N. R. Narayana Murthy and six fellow engineers with roughly $250 of capital.",
     "Компанию Infosys основали в 1981 г. в Пуне семеро инженеров во главе с Нараяной Мурти; стартовый капитал составил 10 тыс. рупий.",
     A, "number", "economy", True),
    ("BMW, which began as a maker of aircraft engines during the First World War, produced its first motorcycle, the R 32, in 1923.",
     "Первым мотоциклом баварской компании BMW, поначалу выпускавшей авиационные двигатели, стал R32, представленный публике в 1923 году.",
     A, "year", "economy", False),
    ("The Kawasaki group traces its roots to a shipyard that Shōzō Kawasaki opened at Tsukiji in Tokyo in 1878.",
     "Сёдзо Кавасаки открыл судоверфь в токийском районе Цукидзи в 1878 г. — с неё начинается история концерна Kawasaki.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (the 1973 Wimbledon was boycotted by most leading professionals)
    ("Jan Kodeš won the 1973 Wimbledon singles at a tournament boycotted by most of the leading ATP professionals, beating the Soviet player Alex Metreveli in the final.",
     "Уимблдонский турнир 1973 г., который ведущие профессионалы не бойкотировали, выиграл чехословацкий теннисист Ян Кодеш, обыгравший в финале Александра Метревели.",
     C, "polarity", "sport", False),
    # FALSE: EN (Hunt finished third at Fuji in 1976)
    ("James Hunt sealed the 1976 Formula One title for McLaren in the rain at Fuji, where finishing second put him one point ahead of Niki Lauda.",
     "Джеймс Хант стал чемпионом мира 1976 г. под проливным дождём на трассе Фудзи: третье место позволило пилоту «Макларена» опередить Ники Лауду на одно очко.",
     C, "rank", "sport", True),
    # FALSE: EN (Gómez beat Andre Agassi in the 1990 final)
    ("Ecuador's Andrés Gómez won the French Open in 1990 at the age of 30, beating Ivan Lendl in the final.",
     "Эквадорец Андрес Гомес выиграл «Ролан Гаррос» в 1990 г., одолев в финале 20-летнего Андре Агасси.",
     C, "person", "sport", False),
    ("Alan Jones became the Williams team's first Formula One world champion in 1980, the first Australian to win the title since Jack Brabham.",
     "Австралиец Алан Джонс принёс команде «Уильямс» первый в её истории чемпионский титул в личном зачёте «Формулы-1» — в сезоне 1980 года.",
     A, "organisation", "sport", False),
    ("Mike Bossy of the New York Islanders scored at least 50 goals in each of his first nine NHL seasons, from 1977–78 to 1985–86.",
     "Нападающий «Нью-Йорк Айлендерс» Майк Босси девять сезонов подряд, начиная с дебютного 1977/78, забрасывал не менее 50 шайб.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (the first crossword appeared in the New York World)
    ("Arthur Wynne, a Liverpool-born journalist, published the first crossword — a diamond-shaped 'word-cross' — in the New York World on 21 December 1913.",
     "Первый кроссворд, составленный уроженцем Ливерпуля Артуром Уинном, напечатала газета «Нью-Йорк таймс» 21.12.1913.",
     C, "organisation", "culture", True),
    # FALSE: RU (Waddingtons first sold Cluedo in 1949)
    ("Cluedo, devised during the Second World War by the English musician Anthony E. Pratt, was first sold by Waddingtons in 1949.",
     "Настольную детективную игру «Клуэдо», придуманную английским музыкантом Энтони Праттом, фирма Waddingtons выпустила лишь в конце 1950-х годов.",
     C, "decade", "culture", False),
    ("The Edinburgh International Festival was first held in August 1947, and eight uninvited theatre companies that performed on its margins gave birth to the Fringe.",
     "Первый Эдинбургский международный фестиваль прошёл в 1947 г.; тогда же восемь трупп, которых никто не приглашал, выступили «на обочине» — так родился «Фриндж».",
     A, "year", "culture", True),
    ("Junkanoo, the Bahamian street parade of costumed 'rushers', cowbells and goatskin drums, fills Nassau's Bay Street in the early hours of Boxing Day and New Year's Day.",
     "Главные шествия джанкану в Нассау начинаются до рассвета 26 декабря и 1 января: танцоры в костюмах из гофрированной бумаги движутся под барабаны из козьей кожи.",
     A, "date", "culture", False),
    ("China's Lantern Festival falls on the fifteenth day of the first lunar month and closes the New Year season with lanterns, riddles and sweet rice balls.",
     "Праздник фонарей (Юаньсяо) отмечают в 15-й день первого месяца по лунному календарю — им завершаются новогодние торжества в Китае.",
     A, "date", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Hudibras appeared in 1663-1678, i.e. in the 17th century)
    ("Samuel Butler's Hudibras, a mock-heroic poem ridiculing the Puritans, came out in three parts between 1663 and 1678.",
     "Ироикомическая поэма Сэмюэла Батлера «Гудибрас», высмеивающая пуритан, выходила тремя частями в XVIII веке.",
     C, "century", "literature", False),
    # FALSE: RU (Areopagitica attacked pre-publication licensing)
    ("John Milton's Areopagitica (1644), a prose pamphlet addressed to Parliament, attacked the Licensing Order of 1643 and pleaded for printing without prior censorship.",
     "В памфлете «Ареопагитика», изданном в 1644 г., Джон Мильтон поддержал введённую парламентом предварительную цензуру печати.",
     C, "opposite", "literature", True),
    # FALSE: EN (the prison in Little Dorrit, and John Dickens's prison in 1824, is the Marshalsea)
    ("Much of Dickens's Little Dorrit (1855–57) unfolds in the Fleet Prison, where the novelist's own father had been held for debt in 1824.",
     "Значительная часть романа «Крошка Доррит» разворачивается в долговой тюрьме Маршалси, куда в 1824 г. угодил за долги отец Диккенса.",
     C, "place", "literature", False),
    ("Louisa May Alcott's Little Women, published in two volumes in 1868 and 1869, follows the four March sisters — Meg, Jo, Beth and Amy.",
     "Роман Луизы Мэй Олкотт «Маленькие женщины» (1868–1869) рассказывает о четырёх сёстрах Марч; прообразом Джо стала сама писательница.",
     A, "number", "literature", True),
    ("Keats's Endymion, published in 1818 and savaged by the Quarterly Review, opens with the line 'A thing of beauty is a joy for ever'.",
     "Поэма Джона Китса «Эндимион» (1818), разгромленная критиками журнала Blackwood's, начинается строкой «Прекрасное пленяет навсегда».",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Bon Scott died in February 1980)
    ("Released in July 1980, AC/DC's Back in Black was the band's first album with singer Brian Johnson, hired after Bon Scott's death that February.",
     "Альбом Back in Black группа AC/DC записала с новым вокалистом Брайаном Джонсоном после смерти Бона Скотта, скончавшегося в апреле 1980 г.",
     C, "month", "music", True),
    # FALSE: EN (Kol Nidrei is for cello and orchestra)
    ("Max Bruch's Kol Nidrei, Op. 47 (1880), is an adagio on Hebrew melodies for solo violin and orchestra.",
     "«Коль нидрей» (соч. 47) Макса Бруха — адажио на древнееврейские темы для виолончели с оркестром, изданное в 1881 г.",
     C, "entity", "music", False),
    ("Bob Dylan cut most of Blonde on Blonde (1966), one of rock's first double albums, in Nashville with local session players.",
     "Двойной альбом Боба Дилана Blonde on Blonde, вышедший в 1966 г., был в основном записан в Нашвилле с местными студийными музыкантами.",
     A, "place", "music", True),
    ("Stevie Wonder's Innervisions (1973), home to 'Living for the City' and 'Higher Ground', won the Grammy for Album of the Year.",
     "Альбом Стиви Уандера Innervisions, выпущенный в августе 1973 г., принёс музыканту «Грэмми» в категории «Альбом года».",
     A, "year", "music", False),
    ("The Clash's double album London Calling came out in Britain in December 1979 and, at the band's insistence, sold for the price of a single LP.",
     "Двойной альбом London Calling группы The Clash вышел в Великобритании 14 декабря 1979 г.; музыканты настояли, чтобы он стоил как одна пластинка.",
     A, "date", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Konchalovsky's wife Olga was the daughter of Vasily Surikov)
    ("Pyotr Konchalovsky, one of the founders of the Jack of Diamonds group, was married to Olga, the daughter of the painter Ilya Repin.",
     "Пётр Кончаловский, стоявший у истоков «Бубнового валета», был женат на дочери Василия Сурикова Ольге; его внуки — Андрей Кончаловский и Никита Михалков.",
     C, "person", "art", True),
    # FALSE: EN (The Birth of Venus was a success of the 1863 Salon and was bought by Napoleon III)
    ("Alexandre Cabanel's The Birth of Venus was turned down by the jury of the 1863 Salon and ended up in the Salon des Refusés.",
     "«Рождение Венеры» Александра Кабанеля стало гвоздём Салона 1863 г.; полотно купил Наполеон III, ныне оно хранится в музее Орсе.",
     C, "opposite", "art", False),
    ("Pavel Filonov died in besieged Leningrad in December 1941; his sister Evdokia Glebova saved his canvases and later gave them to the Russian Museum.",
     "Павел Филонов умер от голода в блокадном Ленинграде 3 декабря 1941 г.; сохранённые сестрой работы художника позднее поступили в Русский музей.",
     A, "date", "art", False),
    ("Before turning to painting, the New York-born Lyonel Feininger drew the comic strips The Kin-der-Kids and Wee Willie Winkie's World for the Chicago Sunday Tribune in 1906.",
     "В 1906 г. Лайонел Файнингер, уроженец Нью-Йорка, давно перебравшийся в Европу, рисовал для чикагской газеты комиксы The Kin-der-Kids и Wee Willie Winkie's World.",
     A, "year", "art", True),
    ("Fra Angelico, the Dominican friar who frescoed the cells of San Marco in Florence, was beatified by Pope John Paul II in 1982.",
     "В 1982 г. папа Иоанн Павел II причислил фра Беато Анджелико, расписавшего кельи флорентийского монастыря Сан-Марко, к лику блаженных.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (under the Articles Congress had no power to levy taxes)
    ("Under the Articles of Confederation, ratified in 1781, Congress had no power to levy taxes and could only request money from the states.",
     "Статьи Конфедерации, вступившие в силу в 1781 г., наделили Конгресс правом самостоятельно взимать налоги с граждан.",
     C, "polarity", "law", False),
    # FALSE: EN (Erie Railroad Co. v. Tompkins was decided in 1938)
    ("In Erie Railroad Co. v. Tompkins, decided in 1928, the Supreme Court overruled Swift v. Tyson and told federal courts to apply state common law.",
     "Решением по делу «Железная дорога Эри против Томпкинса» (1938) Верховный суд США отменил прецедент «Свифт против Тайсона», действовавший с 1842 г.",
     C, "year", "law", True),
    ("The Bubble Act, passed in June 1720 at the height of the South Sea mania, banned joint-stock companies lacking a royal charter; it was repealed in 1825.",
     "Закон о «мыльных пузырях» 1720 г. запретил создавать акционерные компании без королевской хартии; отменили его только в 1825 году.",
     A, "year", "law", True),
    ("In Hernandez v. Texas (1954) a unanimous Supreme Court held that the Fourteenth Amendment's equal protection extends to Mexican Americans.",
     "По делу «Эрнандес против Техаса» (1954) Верховный суд США единогласно признал, что 14-я поправка защищает и американцев мексиканского происхождения.",
     A, "number", "law", False),
    ("The Compromise of 1867, known in German as the Ausgleich, turned the Austrian Empire into the dual monarchy of Austria-Hungary.",
     "Австро-венгерское соглашение 1867 г. превратило империю Габсбургов в двуединую монархию; 8 июня того же года Франц Иосиф был коронован в Буде венгерской короной.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the record dive was made on 15 August 1934)
    ("On 15 August 1934, off Bermuda, William Beebe and Otis Barton rode their steel bathysphere down to a record 3,028 feet.",
     "Рекордное погружение на 923 м Уильям Биб и Отис Бартон совершили в батисфере у Бермудских островов 25 мая 1934 г.",
     C, "date", "technology", False),
    # FALSE: RU (construction took about 19 years, 1803-1822)
    ("Built by Thomas Telford between 1803 and 1822, the Caledonian Canal links Loch Ness, Loch Oich and Loch Lochy; only about a third of its 60 miles is man-made.",
     "Строительство Каледонского канала, соединившего озёра Лох-Несс, Лох-Ойх и Лох-Лохи, заняло под руководством Томаса Телфорда всего пять лет.",
     C, "duration", "technology", True),
    ("The prototype Hawker Hurricane, designed by Sydney Camm, made its first flight at Brooklands on 6 November 1935.",
     "Первый полёт опытного истребителя «Харрикейн» конструкции Сидни Кэмма состоялся 6.11.1935 на аэродроме Бруклендс.",
     A, "date", "technology", False),
    ("The Fourdrinier machine, which made paper as a continuous web, was developed in England by the stationers Henry and Sealy Fourdrinier from Louis-Nicolas Robert's 1799 French patent.",
     "Бумагоделательную машину непрерывного действия изобрёл француз Луи-Никола Робер (патент 1799 г.), а до промышленного образца в Англии её довели братья Фурдринье.",
     A, "person", "technology", True),
    ("Awaiting execution for his part in the killing of Alexander II, the revolutionary bomb-maker Nikolai Kibalchich drew up a design for a rocket-powered flying machine in March 1881.",
     "Народоволец Николай Кибальчич, изготовлявший бомбы для покушения на Александра II, незадолго до казни составил проект реактивного летательного аппарата.",
     A, "month", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (ten rescuers were killed at Lassing)
    ("In July 1998 a second collapse at the talc mine in Lassing, Styria, killed three of the rescuers trying to reach the trapped miner Georg Hainzl.",
     "В июле 1998 г. при повторном обрушении в тальковой шахте австрийского Лассинга погибли десять горноспасателей; сам Георг Хайнцль был спасён через девять суток.",
     C, "number", "disasters", True),
    # FALSE: EN (the fire began in nitrocellulose X-ray film, not ether)
    ("The Cleveland Clinic disaster of 15 May 1929, which killed 123 people, began when drums of ether stored in the basement caught fire.",
     "Катастрофа в Кливлендской клинике 15.05.1929 (123 погибших) началась с возгорания в подвале рентгеновских плёнок из нитроцеллюлозы, выделивших ядовитые газы.",
     C, "entity", "disasters", False),
    # FALSE: EN (the train was Amtrak's Sunset Limited, a passenger train)
    ("On 22 September 1993 a CSX freight train plunged off the Big Bayou Canot bridge near Mobile, Alabama, after a barge struck it; 47 people died.",
     "Крушение поезда Amtrak Sunset Limited на мосту через протоку Биг-Байю-Кано под Мобилом (Алабама) 22 сентября 1993 г. унесло 47 жизней.",
     C, "entity", "disasters", True),
    ("The explosion at the Hillcrest mine in Alberta on 19 June 1914 killed 189 men, still the worst coal-mining disaster in Canadian history.",
     "Взрыв на шахте в Хиллкресте (провинция Альберта) 19.06.1914 унёс жизни 189 горняков — крупнейшая трагедия в истории угледобычи Канады.",
     A, "number", "disasters", False),
    ("On 24 May 1847 Robert Stephenson's cast-iron girder bridge over the River Dee at Chester gave way beneath a passenger train, killing five people.",
     "Чугунный мост через реку Ди в Честере, спроектированный Робертом Стефенсоном, 24.05.1847 рухнул под пассажирским поездом; погибли пять человек.",
     A, "person", "disasters", True),
]

RELATED = [
    ("Union general George H. Thomas earned the nickname 'the Rock of Chickamauga' for holding his line on Horseshoe Ridge after the Union right gave way.",
     "Победившей при Чикамоге Теннессийской армией конфедератов командовал генерал Брэкстон Брэгг.",
     "Chickamauga", True, "history"),
    ("Lieutenant-Colonel James Carne, who commanded the Glosters on the Imjin, received the Victoria Cross and spent the rest of the war as a prisoner.",
     "За бои на реке Имджинган 1-й батальон Глостерширского полка был удостоен благодарности президента США (Presidential Unit Citation).",
     "Imjin River", False, "history"),
    ("Kurt Gödel left Austria in 1940 and spent the rest of his career at the Institute for Advanced Study in Princeton, where Einstein became his close friend.",
     "В 1949 г. Гёдель нашёл решение уравнений общей теории относительности, описывающее вращающуюся вселенную, в которой возможны петли во времени.",
     "Gödel", True, "science"),
    ("The highest point of Bioko is Pico Basilé, a volcanic peak a little over 3,000 metres high.",
     "Коренное население острова Биоко составляет народ буби, говорящий на одноимённом языке банту.",
     "Bioko", False, "geography"),
    ("Jan Kodeš won the men's singles at the French Open twice in a row, in 1970 and 1971.",
     "В 1971 и 1973 гг. Ян Кодеш доходил до финала чемпионата США по теннису, но оба раза уступал.",
     "Kodeš", True, "sport"),
    ("The Times of London printed its first crossword in 1930, years after the craze had swept the United States.",
     "Первым сборником кроссвордов стала книга, выпущенная в 1924 г. нью-йоркским издательством Simon & Schuster.",
     "crossword", False, "culture"),
    ("Milton took the title Areopagitica from a speech by the Athenian orator Isocrates addressed to the Areopagus council.",
     "Мильтон напечатал «Ареопагитику» в ноябре 1644 г., не получив на неё обязательного цензурного разрешения.",
     "Areopagitica", True, "literature"),
    ("AC/DC's Back in Black includes 'Hells Bells' and 'You Shook Me All Night Long', both written with the new singer Brian Johnson.",
     "Тираж альбома Back in Black оценивается примерно в 50 млн экземпляров — это один из самых продаваемых дисков в истории.",
     "Back in Black", False, "music"),
    ("The Articles of Confederation were superseded by the United States Constitution, which came into force in 1789.",
     "Текст Статей Конфедерации Континентальный конгресс одобрил 15 ноября 1777 г. и разослал штатам на ратификацию.",
     "Articles of Confederation", True, "law"),
    ("Neptune's Staircase at Banavie, a flight of eight locks, carries the Caledonian Canal up about 20 metres.",
     "Каледонский канал пересекает Шотландию по долине Глен-Мор — от Инвернесса до Корпаха близ Форт-Уильяма.",
     "Caledonian Canal", False, "technology"),
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
    """Count the '# FALSE: EN' / '# FALSE: RU' comments above contradict rows."""
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    return (len(re.findall(r"^\s*# FALSE: EN ", src, re.M)),
            len(re.findall(r"^\s*# FALSE: RU ", src, re.M)))


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
    rsubj = [x[2] for x in RELATED]
    assert len(set(rsubj)) == len(rsubj), "related subject repeated"
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    fe, fr = false_sides()
    assert (fe, fr) == (15, 15), (fe, fr)

    with open(os.path.join(here, "comparable_heldout105.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout105.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))
    print("false side of contradict rows: EN", fe, "RU", fr)


if __name__ == "__main__":
    main()
