#!/usr/bin/env python3
"""Build heldout133: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Brunanburh was fought in 937, i.e. in the 10th century)
    ("In 937 the West Saxon king Æthelstan defeated an alliance of Olaf Guthfrithson of Dublin, Constantine II of Scotland and the Strathclyde Britons at Brunanburh.",
     "Битва при Брунанбурге, где Этельстан разбил объединённое войско скоттов, бриттов Стратклайда и дублинских викингов, произошла в XI в.",
     C, "century", "history", True),
    # FALSE: EN (at Ceresole the French beat the Imperial-Spanish army of del Vasto)
    ("At Ceresole in Piedmont in April 1544, the Imperial and Spanish army of the Marquis del Vasto routed a French force during the Italian War of 1542–46.",
     "11 апреля 1544 г. при Черезоле (Пьемонт) французская армия графа Энгиенского наголову разбила имперско-испанские войска маркиза дель Васто.",
     C, "opposite", "history", False),
    # FALSE: RU (Fère-Champenoise was fought on 25 March 1814)
    ("At Fère-Champenoise on 25 March 1814, allied cavalry overwhelmed the corps of Marshals Marmont and Mortier and destroyed the National Guard divisions marching to join them.",
     "Сражение при Фер-Шампенуазе, в котором союзная конница разбила корпуса маршалов Мармона и Мортье, произошло в феврале 1814 года, незадолго до взятия Парижа.",
     C, "month", "history", True),
    ("At Craonne on 7 March 1814 Napoleon drove Mikhail Vorontsov's Russian infantry from the Chemin des Dames plateau, but only at a heavy cost.",
     "7 марта 1814 г. при Краоне русский корпус Михаила Воронцова несколько часов сдерживал атаки Наполеона на плато Шмен-де-Дам, а затем в порядке отступил.",
     A, "date", "history", False),
    ("The rebel victory at Heiligerlee on 23 May 1568, where Louis of Nassau's troops beat a royal army, is traditionally taken as the start of the Eighty Years' War.",
     "23.05.1568 у Хейлигерлее (провинция Гронинген) войско Людвига Нассауского разбило испанцев; в бою погибли их командир граф Аремберг и брат Людвига Адольф.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (holmium is named after Stockholm, Latin Holmia)
    ("Holmium, element 67, identified in 1879 by the Swedish chemist Per Teodor Cleve, was named after the city of Copenhagen.",
     "Гольмий, 67-й элемент таблицы, назван в честь Стокгольма (лат. Holmia); в 1878–1879 гг. его независимо обнаружили швейцарцы Делафонтен и Соре и швед Клеве.",
     C, "place", "science", False),
    # FALSE: RU (berkelium was first made in December 1949)
    ("Berkelium, element 97, was first produced at the University of California, Berkeley, in December 1949 by a team that included Glenn Seaborg.",
     "Берклий (элемент № 97) впервые получили в Калифорнийском университете в Беркли в 1952 г.; в группу исследователей входил Гленн Сиборг.",
     C, "year", "science", True),
    # FALSE: EN (americium was identified at the Metallurgical Laboratory, University of Chicago)
    ("Americium, element 95, was first identified in late 1944 by Glenn Seaborg's group working at the Los Alamos laboratory.",
     "Америций открыт в конце 1944 г. группой Гленна Сиборга в Металлургической лаборатории Чикагского университета; о находке Сиборг впервые рассказал в детской радиовикторине.",
     C, "organisation", "science", False),
    ("Gadolinium, first detected in 1880 by a Swiss chemist working in Geneva, is named after the Finnish chemist Johan Gadolin through the mineral gadolinite.",
     "Элемент гадолиний (№ 64), открытый в 1880 г., назван в честь финского химика Юхана Гадолина; его соединения используют как контрастные вещества при МРТ.",
     A, "person", "science", True),
    ("Fomalhaut, the brightest star in the southern constellation Piscis Austrinus, lies about 25 light-years from the Sun and is ringed by dusty debris.",
     "Фомальгаут — альфа Южной Рыбы, самая яркая звезда этого созвездия; расстояние до неё составляет около 7,7 парсека.",
     A, "entity", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (Iztaccihuatl is Mexico's third-highest mountain; Pico de Orizaba is the highest)
    ("Iztaccíhuatl, a dormant volcano whose Nahuatl name means 'white woman', rises to about 5,230 metres and is the third-highest mountain in Mexico.",
     "Истаксиуатль (5230 м), спящий вулкан по соседству с Попокатепетлем, — высочайшая вершина Мексики.",
     C, "rank", "geography", True),
    # FALSE: EN (Corno Grande is 2,912 m high)
    ("Corno Grande, in the Gran Sasso massif of Abruzzo, is the highest peak of the Apennines, reaching 2,612 metres.",
     "Высшая точка Апеннин — Корно-Гранде (2912 м) в массиве Гран-Сассо; на его склоне лежит ледник Кальдероне, один из самых южных в Европе.",
     C, "number", "geography", False),
    # FALSE: EN (Inawashiro is the fourth-largest lake in Japan)
    ("Lake Inawashiro in Fukushima Prefecture, lying at the foot of Mount Bandai, is the second-largest lake in Japan, covering roughly 103 square kilometres.",
     "Озеро Инавасиро (около 103 км²) у подножия вулкана Бандай в префектуре Фукусима — четвёртое по площади озеро Японии.",
     C, "rank", "geography", True),
    ("Haleakalā, the massive shield volcano that makes up about three-quarters of Maui, reaches 10,023 feet at its summit, known as Red Hill.",
     "Высота вулкана Халеакала на острове Мауи — 3055 м; на его вершине работают обсерватории, а склоны входят в одноимённый национальный парк.",
     A, "number", "geography", False),
    ("Lake Kussharo in eastern Hokkaido, which fills a huge volcanic caldera, is the largest caldera lake in Japan.",
     "Куссяро — крупнейшее кальдерное озеро Японии: его площадь около 80 км², а у берегов бьют горячие источники.",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (the escudo was introduced in 1911)
    ("The Portuguese escudo, worth 1,000 of the old réis, was introduced by the young republic in 1921.",
     "Эскудо, сменивший реал после революции 1910 г., ходил в Португалии с 1911 г. и в 2002-м уступил место евро (200,482 эскудо за 1 евро).",
     C, "year", "economy", False),
    # FALSE: RU (IG Farben was formed in December 1925)
    ("IG Farben was created in December 1925, when six leading German chemical companies, BASF and Bayer among them, merged into a single conglomerate.",
     "Концерн «ИГ Фарбениндустри», объединивший шесть крупнейших химических фирм Германии, был образован в начале 1930-х годов.",
     C, "decade", "economy", True),
    # FALSE: EN (the Laspeyres index uses base-period quantities)
    ("The Laspeyres price index, proposed by Étienne Laspeyres in 1871, weights prices by the quantities bought in the current period.",
     "Индекс цен Ласпейреса (1871) взвешивает цены по объёмам потребления базисного периода — в отличие от индекса Пааше, где берутся количества текущего периода.",
     C, "entity", "economy", False),
    ("The Genoese engineering firm Ansaldo dates from 1853, when Giovanni Ansaldo and his partners took over a locomotive works at Sampierdarena.",
     "Компания «Ансальдо» основана в Генуе в 1853 г.; в XIX–XX вв. она строила паровозы, военные корабли и артиллерийские орудия.",
     A, "year", "economy", True),
    ("The Herfindahl–Hirschman index adds up the squared market shares of all firms in an industry, so a pure monopoly scores the maximum of 10,000.",
     "Индекс Херфиндаля — Хиршмана равен сумме квадратов рыночных долей (в процентах) всех компаний отрасли; при монополии он достигает 10 000.",
     A, "number", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Hayes played for the Dallas Cowboys)
    ("Bob Hayes, who won the 100 metres at the 1964 Tokyo Olympics, later played wide receiver for the Dallas Cowboys and won Super Bowl VI with them.",
     "Олимпийский чемпион Токио-1964 в беге на 100 м Боб Хейс позднее стал ресивером клуба «Грин-Бей Пэкерс» и выиграл с ним Супербоул.",
     C, "organisation", "sport", True),
    # FALSE: EN (Kristiansen's 1985 marathon best stood for 13 years, until 1998)
    ("Ingrid Kristiansen's marathon world best of 2:21:06, set in London in April 1985, survived for only about three years.",
     "Рекорд мира в марафоне, установленный норвежкой Ингрид Кристиансен в Лондоне в 1985 г. (2 ч 21 мин 06 с), продержался 13 лет.",
     C, "duration", "sport", False),
    # FALSE: RU (Fischer won eight Olympic golds)
    ("The German canoeist Birgit Fischer won eight Olympic gold medals between 1980 and 2004, the last of them at the age of 42 in Athens.",
     "Немецкая байдарочница Биргит Фишер завоевала пять золотых олимпийских медалей — от Москвы-1980 до Афин-2004.",
     C, "number", "sport", True),
    ("At the 1920 Antwerp Olympics the American swimmer Ethelda Bleibtrey won all three women's swimming events: the 100 m and 300 m freestyle and the relay.",
     "Этельда Блейбтрей (США) на Играх VII Олимпиады в Антверпене стала трёхкратной чемпионкой — на дистанциях 100 и 300 м вольным стилем и в эстафете 4×100 м.",
     A, "number", "sport", False),
    ("Deborah Compagnoni became the first alpine skier to win gold at three consecutive Winter Olympics: super-G in 1992, then giant slalom in 1994 and 1998.",
     "Итальянка Дебора Компаньони выигрывала олимпийское золото в Альбервиле, Лиллехаммере и Нагано — впервые в горных лыжах на трёх Играх подряд.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (the Kabuki-za stands in Ginza)
    ("The Kabuki-za, Tokyo's principal kabuki theatre, first opened in 1889 in the Asakusa district and was most recently rebuilt in 2013.",
     "Театр Кабуки-дза в токийском районе Гиндза открылся в 1889 г.; нынешнее здание с офисной башней позади было открыто весной 2013 г.",
     C, "place", "culture", False),
    # FALSE: RU (the Wolfenbuettel librarian from 1770 was Lessing)
    ("Gotthold Ephraim Lessing spent the last decade of his life as librarian of the ducal library at Wolfenbüttel, now the Herzog August Bibliothek.",
     "С 1770 г. библиотекарем герцогской библиотеки в Вольфенбюттеле (ныне Библиотека герцога Августа) служил Фридрих Шиллер.",
     C, "person", "culture", True),
    ("The Accademia della Crusca, founded in Florence in 1583, brought out the first edition of its Italian dictionary, the Vocabolario, in 1612.",
     "Флорентийская Академия делла Круска, основанная в 1580-х гг., выпустила свой «Словарь» в 1612 году; её эмблема — сито для отсеивания отрубей.",
     A, "year", "culture", False),
    ("Konrad Duden's Complete Orthographic Dictionary of the German Language, the ancestor of today's Duden, appeared in Leipzig in 1880.",
     "Первый «Дуден» — орфографический словарь гимназического директора Конрада Дудена — вышел в 1880 году и содержал около 27 тыс. слов.",
     A, "year", "culture", True),
    ("The Balinese kecak, in which a circle of bare-chested men chant 'cak' while scenes from the Ramayana are acted out, took its present form in the 1930s.",
     "Кечак сложился на Бали в 1930-е годы при участии немецкого художника Вальтера Шписа; хор мужчин, сидящих кругом, сопровождает сцены из «Рамаяны».",
     A, "decade", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (Dona Perfecta was written by Benito Perez Galdos)
    ("Doña Perfecta, an 1876 novel about religious intolerance in the provincial town of Orbajosa, was written by Emilia Pardo Bazán.",
     "Роман «Донья Перфекта» (1876) Бенито Переса Гальдоса разворачивается в вымышленном городке Орбахоса, где инженер Пепе Рей сталкивается с фанатизмом.",
     C, "person", "literature", True),
    # FALSE: RU (Tolstoy worked on Kholstomer from 1863 to 1885, over twenty years)
    ("Tolstoy began Kholstomer, the story of an old piebald gelding, in 1863 but finished it only in 1885, more than two decades later.",
     "Над «Холстомером», повестью о старом пегом мерине, Толстой работал около двух лет; впервые её напечатали в 1886 г.",
     C, "duration", "literature", False),
    ("The Diary of a Nobody, by the brothers George and Weedon Grossmith, first ran in Punch in 1888–89 and came out as a book in 1892.",
     "«Дневник незначительного лица» братьев Гроссмит — записки лондонского клерка Чарльза Путера — вышел отдельной книгой в 1892 году.",
     A, "year", "literature", True),
    ("Goethe's Hermann and Dorothea, an idyll in hexameters about a young couple among refugees from the French Revolutionary wars, was published in 1797.",
     "Поэма Гёте «Герман и Доротея» (1797) написана гекзаметром и состоит из девяти песен, названных именами муз.",
     A, "year", "literature", False),
    ("La Regenta by Leopoldo Alas, who wrote as Clarín, appeared in two volumes in 1884–85 and is set in Vetusta, a thinly disguised Oviedo.",
     "Действие романа «Регентша» Кларина (Леопольдо Аласа) происходит в городе Ветуста, прообразом которого послужил Овьедо.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Beatrice et Benedict was first given on 9 August 1862)
    ("Berlioz's comic opera Béatrice et Bénédict, based on Much Ado About Nothing, was first performed at Baden-Baden on 9 August 1862.",
     "Премьера оперы Берлиоза «Беатриче и Бенедикт» по комедии Шекспира «Много шума из ничего» состоялась в Баден-Бадене 19.10.1864.",
     C, "date", "music", False),
    # FALSE: EN (the quartet was not printed in Schubert's lifetime; it appeared in 1831)
    ("Schubert's String Quartet No. 14 in D minor, Death and the Maiden, composed in 1824, was printed during the composer's lifetime.",
     "Квартет ре минор «Смерть и девушка» (D 810), сочинённый Шубертом в 1824 г., при жизни автора напечатан не был — он вышел лишь в 1831 г.",
     C, "polarity", "music", True),
    # FALSE: RU (Peri's Dafne was staged in 1598)
    ("Jacopo Peri's Dafne, set to a libretto by Ottavio Rinuccini and staged in Florence in 1598, is usually counted as the first opera; almost all its music is lost.",
     "«Дафна» Якопо Пери на либретто Оттавио Ринуччини, поставленная во Флоренции в конце 1580-х гг., считается первой оперой; музыка почти целиком утрачена.",
     C, "decade", "music", False),
    ("Jephtha, Handel's last oratorio, was composed in 1751 while his eyesight was failing and first performed at Covent Garden in February 1752.",
     "Последняя оратория Генделя «Иеффай» впервые прозвучала в Лондоне 26.02.1752; работу над ней композитор прерывал из-за слабеющего зрения.",
     A, "date", "music", True),
    ("Kodály wrote his Dances of Galánta in 1933 for the Budapest Philharmonic Society's eightieth anniversary, using tunes from the town of his childhood.",
     "«Танцы из Галанты» Золтана Кодая (1933) основаны на мелодиях вербункоша; в Галанте композитор провёл семь лет детства.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (the Charioteer was found in 1896)
    ("The bronze Charioteer of Delphi, dedicated around 470 BC, was dug up by French archaeologists in 1906 near the Temple of Apollo.",
     "Бронзовая статуя Дельфийского возничего (ок. 478–474 гг. до н. э.) была найдена французскими археологами в 1896 г. и хранится в музее в Дельфах.",
     C, "year", "art", True),
    # FALSE: RU (the Hermes was found at Olympia)
    ("The marble Hermes carrying the infant Dionysus, attributed to Praxiteles, was found in 1877 in the ruins of the Temple of Hera at Olympia.",
     "Мраморный «Гермес с младенцем Дионисом», приписываемый Праксителю, найден в 1877 г. в руинах храма Геры в Коринфе.",
     C, "place", "art", False),
    ("John Singer Sargent painted Carnation, Lily, Lily, Rose, showing two girls lighting paper lanterns at dusk, in 1885–86; the canvas now hangs in Tate Britain.",
     "Картина Сарджента «Гвоздика, лилия, лилия, роза» (1885–1886), где две девочки зажигают бумажные фонарики, хранится в галерее Тейт в Лондоне.",
     A, "year", "art", True),
    ("The Alfred Jewel, a piece of gold, enamel and rock crystal found in 1693 near North Petherton in Somerset, bears the inscription AELFRED MEC HEHT GEWYRCAN.",
     "«Драгоценность Альфреда», изделие из золота, эмали и горного хрусталя с надписью «Альфред велел меня сделать», хранится в оксфордском Ашмолеанском музее.",
     A, "entity", "art", False),
    ("The Lewis chessmen, carved mostly from walrus ivory in the twelfth century, were found in 1831 on the Isle of Lewis in the Outer Hebrides.",
     "Шахматы с острова Льюис (XII в.), вырезанные в основном из моржового клыка, обнаружены в 1831 г.; большинство фигур хранится в Британском музее.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (Feist held the white-pages listings NOT protected by copyright)
    ("In Feist Publications v. Rural Telephone Service (1991), the US Supreme Court held that the alphabetical listings of a telephone directory were not protected by copyright.",
     "По делу «Фейст пабликейшнс» против «Рурал телефон сервис» (1991) Верховный суд США признал, что алфавитный список абонентов телефонного справочника охраняется авторским правом.",
     C, "polarity", "law", False),
    # FALSE: EN (the Laws of Eshnunna predate the Code of Hammurabi)
    ("The Laws of Eshnunna, preserved on two tablets found at Tell Harmal near Baghdad, were compiled several decades after the Code of Hammurabi.",
     "Законы Эшнунны, записанные на двух табличках из Телль-Хармала (окраина Багдада), на несколько десятилетий старше кодекса Хаммурапи.",
     C, "opposite", "law", True),
    ("In Cherokee Nation v. Georgia (1831), Chief Justice John Marshall described the Cherokee as a domestic dependent nation, and the Court declined to hear the suit.",
     "В 1831 г. Верховный суд США отказался рассматривать иск народа чероки к штату Джорджия, назвав индейские племена «зависимыми внутренними нациями».",
     A, "year", "law", False),
    ("Calvin's Case (1608) decided that a Scot born after James VI became king of England in 1603 was not an alien under English law.",
     "По «делу Кальвина» 1608 г. английские судьи признали: шотландцы, родившиеся после объединения корон в 1603 г., не являются в Англии иностранцами.",
     A, "year", "law", True),
    ("Chevron U.S.A. v. Natural Resources Defense Council, decided in 1984, told courts to defer to an agency's reasonable reading of an ambiguous statute.",
     "Доктрина «Шеврон», сформулированная Верховным судом США в 1984 г., обязывала суды уважать разумное толкование неясного закона ведомством; в 2024 г. её отменили.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the main span is 2,023 m)
    ("The 1915 Çanakkale Bridge across the Dardanelles, opened on 18 March 2022, has a main span of 2,023 metres, the longest of any suspension bridge.",
     "Мост «Чанаккале 1915» через Дарданеллы, открытый в марте 2022 г., имеет центральный пролёт длиной 1915 м.",
     C, "number", "technology", True),
    # FALSE: EN (the first betatron was built by Donald Kerst)
    ("The first working betatron, an accelerator that speeds up electrons with a changing magnetic field, was built in 1940 by Ernest Lawrence at the University of Illinois.",
     "Первый действующий бетатрон — ускоритель электронов вихревым электрическим полем — построил в 1940 г. Дональд Керст в Иллинойсском университете.",
     C, "person", "technology", False),
    ("The Gran Telescopio Canarias on La Palma, whose segmented primary mirror measures 10.4 metres across, saw first light in 2007.",
     "Большой Канарский телескоп (GTC) в обсерватории Роке-де-лос-Мучачос на острове Пальма — один из крупнейших в мире: диаметр его зеркала 10,4 м.",
     A, "number", "technology", True),
    ("Limelight, produced by heating a cylinder of quicklime in an oxyhydrogen flame, was developed by Thomas Drummond in the 1820s for surveying work.",
     "Друммондов (известковый) свет — раскалённая в кислородно-водородном пламени известь; Томас Драммонд применил его в 1820-х гг. при геодезической съёмке Ирландии.",
     A, "decade", "technology", False),
    ("Lucerne's Kapellbrücke, a covered wooden footbridge first built in the fourteenth century, was largely destroyed by fire on 18 August 1993 and rebuilt within a year.",
     "Пожар 18.08.1993 уничтожил большую часть Капелльбрюкке — деревянного крытого моста XIV в. в Люцерне — и многие из картин под его крышей.",
     A, "date", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Burchardi flood struck in October 1634, in the 17th century)
    ("The Burchardi flood, a sixteenth-century North Sea storm surge, broke up the island of Strand and drowned thousands on the North Frisian coast.",
     "Бурхардово наводнение в ночь на 12 октября 1634 г. (XVII в.) разрушило остров Странд, от которого остались Нордштранд и Пельворм.",
     C, "century", "disasters", False),
    # FALSE: RU (the Karamay fire broke out on 8 December 1994)
    ("On 8 December 1994 a fire at the Friendship Hall in Karamay, Xinjiang, killed 325 people, most of them schoolchildren performing for visiting officials.",
     "28.11.1994 пожар в Доме дружбы в Карамае (Синьцзян) унёс 325 жизней, в основном школьников, выступавших перед чиновниками.",
     C, "date", "disasters", True),
    ("An explosion at Easington Colliery in County Durham on 29 May 1951 killed 81 miners, and two rescue workers died later.",
     "Взрыв на шахте Изингтон (графство Дарем) 29.05.1951 унёс жизни 83 человек, включая двух спасателей.",
     A, "number", "disasters", False),
    ("When the Baldwin Hills Reservoir in Los Angeles failed on 14 December 1963, five people died and hundreds of homes were flooded or damaged.",
     "Прорыв плотины Болдуин-Хиллз в Лос-Анджелесе (14 декабря 1963 г.) транслировался в прямом эфире с вертолёта; погибли пять человек.",
     A, "date", "disasters", True),
    ("The Lawn Lake Dam in Rocky Mountain National Park gave way on 15 July 1982, killing three campers and flooding downtown Estes Park.",
     "15.07.1982 в национальном парке Роки-Маунтин прорвало земляную плотину озера Лон-Лейк; погибли три туриста, поток затопил центр Эстес-Парка.",
     A, "date", "disasters", False),
]

RELATED = [
    ("An Old English poem celebrating the victory at Brunanburh was copied into the Anglo-Saxon Chronicle under the year 937.",
     "Точное место битвы при Брунанбурге неизвестно; одним из главных кандидатов считается Бромборо на полуострове Уиррал.",
     "Brunanburh", True, "history"),
    ("Only six days after the battle of Fère-Champenoise, on 31 March 1814, the allied armies entered Paris.",
     "Фер-Шампенуаз — небольшой городок в департаменте Марна на северо-востоке Франции.",
     "Fère-Champenoise", False, "history"),
    ("The summit of Haleakalā hosts a solar observatory, including the Daniel K. Inouye Solar Telescope.",
     "Национальный парк Халеакала на острове Мауи был выделен из Гавайского национального парка в 1961 году.",
     "Haleakalā", True, "geography"),
    ("Bob Hayes was inducted into the Pro Football Hall of Fame in 2009, seven years after his death.",
     "На Играх в Токио Боб Хейс завоевал и второе золото, пробежав заключительный этап эстафеты 4×100 м.",
     "Bob Hayes", False, "sport"),
    ("The previous Kabuki-za building, dating from the early 1950s, was closed in 2010 and pulled down to make way for a new theatre.",
     "Театр Кабуки-дза стоит в токийском районе Гиндза, рядом со станцией метро Хигаси-Гиндза.",
     "Kabuki-za", True, "culture"),
    ("The Pooters of The Diary of a Nobody live at The Laurels, Brickfield Terrace, in the London suburb of Holloway.",
     "Иллюстрации к «Дневнику незначительного лица» нарисовал один из его авторов — Уидон Гроссмит.",
     "Diary of a Nobody", False, "literature"),
    ("The first performance of Handel's Jephtha took place at the Covent Garden theatre in February 1752.",
     "Либретто оратории «Иеффай» написал Томас Морелл, взяв за основу рассказ из Книги Судей.",
     "Jephtha", True, "music"),
    ("The Charioteer of Delphi has kept its original inlaid eyes of glass and stone.",
     "Дельфийский возничий входил в бронзовую группу с колесницей, посвящённую в честь победы на Пифийских играх.",
     "Charioteer of Delphi", False, "art"),
    ("The Supreme Court overruled the Chevron doctrine in Loper Bright Enterprises v. Raimondo in June 2024.",
     "Дело «Шеврон» 1984 г. касалось того, как Агентство по охране окружающей среды толковало понятие «стационарный источник» в Законе о чистом воздухе.",
     "Chevron", True, "law"),
    ("Karamay, the city where the 1994 theatre fire broke out, is an oil town in northern Xinjiang.",
     "После пожара в Карамае широко разошлись сообщения, что школьникам велели оставаться на местах, пока выходят руководители.",
     "Karamay", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout133.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout133.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
