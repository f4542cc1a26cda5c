#!/usr/bin/env python3
"""Build heldout100: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (Mylae was fought in 260 BC, i.e. in the third century BC)
    ("Rome won its first great sea battle off Mylae, on Sicily's northern coast, in the second century BC, when Gaius Duilius's ships grappled the Carthaginians with the corvus.",
     "В 260 г. до н. э. у Мил (северное побережье Сицилии) флот консула Гая Дуилия, применив абордажные мостики-«вороны», разгромил карфагенян.",
     C, "century", "history", True),
    # FALSE: RU (the siege of Mafeking lasted 217 days, 13 Oct 1899 - 17 May 1900)
    ("The siege of Mafeking, where Colonel Robert Baden-Powell commanded the garrison, lasted 217 days, from 13 October 1899 until the relief of 17 May 1900.",
     "Оборона Мафекинга, которой руководил полковник Роберт Баден-Пауэлл, продолжалась около семи недель и завершилась деблокадой города в мае 1900 г.",
     C, "duration", "history", False),
    # FALSE: RU (at Pea Ridge the Union army of Samuel Curtis defeated Van Dorn's Confederates)
    ("At Pea Ridge in north-west Arkansas, on 7–8 March 1862, Samuel Curtis's Union army defeated the Confederates under Earl Van Dorn.",
     "В сражении при Пи-Ридже (Арканзас) 7–8 марта 1862 г. армия южан генерала Эрла Ван Дорна наголову разбила северян Сэмюэла Кертиса.",
     C, "opposite", "history", True),
    ("In the night action off Savo Island on 8–9 August 1942, Vice Admiral Gunichi Mikawa's cruisers sank four Allied heavy cruisers.",
     "Японские крейсера вице-адмирала Микавы в ночь на 9 августа 1942 г. у острова Саво пустили ко дну четыре тяжёлых крейсера союзников — три американских и австралийскую «Канберру».",
     A, "number", "history", False),
    ("Canadian troops finally captured the ruined village of Passchendaele on 6 November 1917, more than three months after the Third Battle of Ypres had begun.",
     "Разрушенную деревню Пасхендале, к которой британские войска пробивались с конца июля, 6.11.1917 взяли канадские части.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (promethium was identified at Oak Ridge, Tennessee, not at Los Alamos)
    ("Element 61, promethium, was conclusively identified in 1945 by Jacob Marinsky, Lawrence Glendenin and Charles Coryell among uranium fission products at Oak Ridge, Tennessee.",
     "Прометий (элемент № 61) был достоверно открыт в 1945 г. в Лос-Аламосе: Маринский, Гленденин и Кориелл обнаружили его среди продуктов деления урана.",
     C, "place", "science", True),
    # FALSE: EN (Perier's ascent of the Puy de Dome took place on 19 September 1648)
    ("In May 1648 Florin Périer, Blaise Pascal's brother-in-law, carried a mercury barometer up the Puy de Dôme and found the column markedly shorter at the summit.",
     "19 сентября 1648 г. Флорен Перье, муж сестры Блеза Паскаля, поднялся с ртутной трубкой на вершину Пюи-де-Дом: столбик ртути там оказался заметно ниже, чем в Клермоне.",
     C, "month", "science", False),
    # FALSE: EN (Zavoisky discovered EPR at Kazan University, not in Leningrad)
    ("Yevgeny Zavoisky discovered electron paramagnetic resonance in 1944 while working at Leningrad University.",
     "Электронный парамагнитный резонанс (ЭПР) открыл в 1944 г. в Казанском университете физик Евгений Завойский.",
     C, "place", "science", True),
    ("Frederick Sanger received the Nobel Prize in Chemistry twice: in 1958 for the structure of insulin and in 1980 for methods of sequencing DNA.",
     "Британский биохимик Фредерик Сенгер — дважды лауреат Нобелевской премии по химии (1958 и 1980 гг.): за строение инсулина и за методы секвенирования ДНК.",
     A, "year", "science", False),
    ("The long-lived isotope protactinium-231 was identified in 1917–18 by Otto Hahn and Lise Meitner in Berlin.",
     "Долгоживущий изотоп протактиния открыли Отто Ган и Лиза Мейтнер; в статье 1918 г. они предложили для нового элемента название «протоактиний».",
     A, "person", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Mjosa is the largest lake in Norway)
    ("Mjøsa, which stretches some 117 km from Minnesund to Lillehammer, is only the third-largest lake in Norway.",
     "Мьёса — самое большое озеро Норвегии: площадь около 365 км², длина 117 км; на её берегах стоят Хамар, Гьёвик и Лиллехаммер.",
     C, "rank", "geography", False),
    # FALSE: RU (Myvatn is very shallow: mean depth about 2.5 m, maximum about 4.5 m)
    ("Mývatn, the 'lake of midges' in the volcanic north of Iceland, is remarkably shallow, averaging only about 2.5 metres in depth.",
     "Миватн («озеро мошек») площадью около 37 км² на вулканическом севере Исландии — одно из самых глубоких озёр острова.",
     C, "opposite", "geography", True),
    # FALSE: RU (the first ascent of the Ortler was made on 27 September 1804)
    ("The Ortler (3,905 m), once the highest peak of the Tyrol, was first climbed on 27 September 1804 by the chamois hunter Josef Pichler and two companions.",
     "Первое восхождение на Ортлер, высочайшую вершину Южного Тироля, совершил в 1864 г. охотник на серн Йозеф Пихлер с двумя спутниками.",
     C, "year", "geography", False),
    ("Pikes Peak, a 14,115-foot summit of Colorado's Front Range named after the explorer Zebulon Pike, inspired Katharine Lee Bates to write 'America the Beautiful' in 1893.",
     "Вид с вершины Пайкс-Пик (4302 м) в Колорадо вдохновил Кэтрин Ли Бейтс на стихотворение «Прекрасная Америка».",
     A, "number", "geography", True),
    ("Réunion's highest summit is the Piton des Neiges, an extinct shield volcano rising to about 3,070 metres above the cirques of Cilaos, Mafate and Salazie.",
     "Высшая точка острова Реюньон — потухший вулкан Питон-де-Неж (3069 м), вокруг которого лежат три цирка: Силаос, Мафат и Салази.",
     A, "rank", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (Swarovski was founded in 1895)
    ("Daniel Swarovski, a glass cutter from Bohemia, founded his crystal company in 1935 at Wattens in the Austrian Tyrol, drawn by its cheap hydroelectric power.",
     "Компания «Сваровски» основана в 1895 г.: уроженец Богемии Даниэль Сваровски открыл фабрику огранки хрусталя в тирольском местечке Ваттенс, где хватало гидроэнергии.",
     C, "year", "economy", True),
    # FALSE: RU (Shimano was founded in February 1921)
    ("Shimano began in February 1921, when 26-year-old Shozaburo Shimano set up a small ironworks in Sakai, near Osaka, to make bicycle freewheels.",
     "Японская компания «Симано» была основана Сёдзабуро Симано в городе Сакаи в 1950-х годах как мастерская по выпуску велосипедных муфт свободного хода.",
     C, "decade", "economy", False),
    ("The champagne house now known as Moët & Chandon was founded in Épernay in 1743 by the wine merchant Claude Moët.",
     "История шампанского дома «Моэт и Шандон» начинается в 1743 г., когда Клод Моэ открыл в Эперне торговлю вином; нынешнее название фирма носит с 1833 г.",
     A, "year", "economy", True),
    ("Staedtler, one of the oldest pencil makers in the world, was founded in Nuremberg in 1835 by Johann Sebastian Staedtler.",
     "Нюрнбергская фирма «Штедтлер», выпускающая карандаши, ведёт отсчёт с 1835 года, когда её основал Иоганн Себастьян Штедтлер.",
     A, "place", "economy", False),
    ("Novo Nordisk was created in 1989 through the merger of two Danish insulin producers, Novo Industri and Nordisk Gentofte.",
     "Датский концерн «Ново Нордиск» образован в 1989 г. слиянием двух давних конкурентов — производителей инсулина «Ново» и «Нордиск».",
     A, "organisation", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Mansell won the 1992 title with Williams, not McLaren)
    ("Nigel Mansell won the 1992 Formula One world championship with Williams, taking nine of the season's sixteen races.",
     "Чемпионом мира «Формулы-1» 1992 года стал англичанин Найджел Мэнселл, выступавший за команду «Макларен».",
     C, "organisation", "sport", False),
    # FALSE: RU (Platini scored nine goals at Euro 1984)
    ("Michel Platini scored nine goals at Euro 1984, still a record for a single European Championship, as France won the tournament on home soil.",
     "На домашнем чемпионате Европы 1984 г., выигранном сборной Франции, её капитан Мишель Платини забил шесть мячей.",
     C, "number", "sport", True),
    # FALSE: EN (Girardelli won the overall World Cup five times)
    ("Marc Girardelli, the Austrian-born skier who raced for Luxembourg, never managed to win the overall World Cup.",
     "Марк Жирарделли, уроженец Австрии, выступавший за Люксембург, пять раз (1985, 1986, 1989, 1991 и 1993) выигрывал Кубок мира в общем зачёте.",
     C, "polarity", "sport", False),
    ("Gabriela Sabatini won her only Grand Slam singles title at the 1990 US Open, beating Steffi Graf in the final.",
     "Аргентинка Габриэла Сабатини выиграла Открытый чемпионат США 1990 г., обыграв в финале Штеффи Граф; других титулов Большого шлема в одиночном разряде у неё нет.",
     A, "year", "sport", True),
    ("Maurice 'Rocket' Richard of the Montreal Canadiens became the first NHL player to score 50 goals in a season, doing it in 50 games in 1944–45.",
     "Первым в истории НХЛ полсотни шайб за сезон забросил Морис Ришар («Монреаль Канадиенс») — в сезоне 1944/45, проведя 50 матчей.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Rath Yatra is held in the month of Ashadha, June-July)
    ("Every January, during the Rath Yatra at Puri in Odisha, huge wooden chariots carrying Jagannath and his siblings are pulled to the Gundicha temple.",
     "Ратха-ятра в Пури (штат Одиша) проходит в месяц ашадха, то есть в июне — июле: огромные колесницы с Джаганнатхом, Баладевой и Субхадрой тянут к храму Гундичи.",
     C, "month", "culture", True),
    # FALSE: RU (Seven Samurai was directed by Akira Kurosawa, not Yasujiro Ozu)
    ("Akira Kurosawa's Seven Samurai (1954), about villagers who hire masterless warriors to defend them from bandits, won the Silver Lion at Venice.",
     "Фильм Ясудзиро Одзу «Семь самураев» (1954) о крестьянах, нанявших ронинов для защиты от разбойников, получил «Серебряного льва» в Венеции.",
     C, "person", "culture", False),
    ("The Pushkar fair in Rajasthan, one of the world's largest camel markets, is held each year in the Hindu month of Kartik, around October or November.",
     "Ярмарка в Пушкаре (Раджастхан), куда пригоняют тысячи верблюдов, ежегодно проходит в месяц картик и завершается в полнолуние Картик-пурнима.",
     A, "month", "culture", True),
    ("In 2012 Alfred Hitchcock's Vertigo (1958), starring James Stewart and Kim Novak, replaced Citizen Kane at the top of the Sight & Sound critics' poll.",
     "По итогам опроса критиков журнала Sight & Sound 2012 г. лучшим фильмом всех времён было названо «Головокружение» Хичкока, сместившее «Гражданина Кейна».",
     A, "year", "culture", False),
    ("Masha and the Bear, the Russian animated series made by the Animaccord studio, first aired in January 2009.",
     "Мультсериал студии «Анимаккорд» «Маша и Медведь» выходит с 2009 г.; серия «Маша плюс каша» собрала на YouTube миллиарды просмотров.",
     A, "organisation", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Our Mutual Friend was Dickens's last completed novel, not his first)
    ("Our Mutual Friend, issued in monthly numbers between May 1864 and November 1865, was the last novel Dickens completed.",
     "Роман «Наш общий друг», выходивший ежемесячными выпусками в 1864–1865 гг., стал первым романом Чарльза Диккенса.",
     C, "rank", "literature", True),
    # FALSE: EN (the invaders in The War of the Worlds come from Mars)
    ("In H. G. Wells's The War of the Worlds, serialised in 1897, invaders from Venus land on Horsell Common near Woking.",
     "В романе Герберта Уэллса «Война миров» (журнальная публикация — 1897 г., книга — 1898 г.) марсиане высаживаются на пустоши близ Уокинга в графстве Суррей.",
     C, "entity", "literature", False),
    ("Mikhail Sholokhov's And Quiet Flows the Don, which follows the Cossack Grigory Melekhov through war and revolution, came out in four volumes between 1928 and 1940.",
     "Роман-эпопея «Тихий Дон» о казаке Григории Мелехове печатался с 1928 по 1940 г.; в 1965 г. его автор получил Нобелевскую премию по литературе.",
     A, "decade", "literature", False),
    ("Grimmelshausen's picaresque novel Simplicius Simplicissimus, first printed in 1668, shows the Thirty Years' War through the eyes of a naive boy.",
     "Плутовской роман Гриммельсгаузена «Симплициссимус» (1668–1669) рисует ужасы Тридцатилетней войны глазами простодушного героя.",
     A, "year", "literature", True),
    ("The Adventures of Roderick Random (1748), Tobias Smollett's first novel, draws on his own service as a naval surgeon's mate.",
     "Первый роман Тобайаса Смоллетта — «Приключения Родрика Рэндома» (1748); морские главы книги опираются на опыт автора, служившего помощником корабельного лекаря.",
     A, "rank", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (The Magic Flute was first performed on 30 September 1791)
    ("The Magic Flute had its premiere on 30 September 1791 at Emanuel Schikaneder's Theater auf der Wieden in Vienna, with Mozart conducting.",
     "Премьера «Волшебной флейты» Моцарта на либретто Эмануэля Шиканедера состоялась в венском театре «Ауф дер Виден» 30 сентября 1787 г.",
     C, "year", "music", True),
    # FALSE: EN (the Wilhelmus has fifteen stanzas)
    ("The Wilhelmus, officially the Dutch national anthem since 1932, has eleven stanzas, of which usually only the first and sixth are sung.",
     "Текст нидерландского гимна «Вильгельмус» состоит из 15 строф, начальные буквы которых складываются в акростих «Виллем ван Нассов».",
     C, "number", "music", False),
    # FALSE: EN (Molitva won Eurovision 2007)
    ("Marija Šerifović's 'Molitva', Serbia's entry in its first year as an independent country, finished second at the 2007 Eurovision Song Contest in Helsinki.",
     "Песня «Молитва» в исполнении Марии Шерифович принесла Сербии победу на «Евровидении-2007» в Хельсинки — в первый же год самостоятельного участия страны.",
     C, "rank", "music", True),
    ("In 1932 the 16-year-old Yehudi Menuhin recorded Elgar's Violin Concerto in London with the composer himself conducting.",
     "Шестнадцатилетний Иегуди Менухин записал Скрипичный концерт Элгара летом 1932 г. в Лондоне; оркестром дирижировал сам автор.",
     A, "year", "music", False),
    ("Gilbert and Sullivan's HMS Pinafore opened at the Opera Comique in London on 25 May 1878 and ran for 571 performances.",
     "Комическая опера Гилберта и Салливана «Корабль Её Величества „Пинафор“» после премьеры в мае 1878 г. выдержала 571 представление подряд.",
     A, "number", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (the Four Freedoms were published in The Saturday Evening Post, not Life)
    ("Norman Rockwell's Four Freedoms, four paintings inspired by Franklin Roosevelt's 1941 speech, appeared in The Saturday Evening Post in early 1943.",
     "Цикл Нормана Роквелла «Четыре свободы», навеянный речью Рузвельта 1941 г., был опубликован в начале 1943 г. в журнале Life.",
     C, "organisation", "art", False),
    # FALSE: EN (Poussin stayed in Paris only about two years, 1640-1642)
    ("Summoned to Paris as First Painter to Louis XIII, Nicolas Poussin stayed at court for about ten years before returning to Rome.",
     "Никола Пуссен, вызванный в Париж в 1640 г. и назначенный первым живописцем короля, выдержал при дворе лишь около двух лет и в 1642 г. вернулся в Рим.",
     C, "duration", "art", True),
    ("Paul Signac, a leading Neo-Impressionist, served as president of the Société des Artistes Indépendants from 1908 to 1934.",
     "Поль Синьяк, один из основоположников неоимпрессионизма, в 1908–1934 гг. возглавлял Общество независимых художников.",
     A, "person", "art", False),
    ("The Stravinsky Fountain beside the Centre Pompidou in Paris, unveiled in 1983, combines black kinetic machines by Jean Tinguely with colourful figures by Niki de Saint Phalle.",
     "Фонтан Стравинского у Центра Помпиду (1983) — совместная работа Жана Тэнгли, сделавшего движущиеся механизмы, и его жены Ники де Сен-Фалль.",
     A, "place", "art", True),
    ("José Clemente Orozco painted The Epic of American Civilization in the basement reading room of Dartmouth College's Baker Library between 1932 and 1934.",
     "В 1932–1934 гг. мексиканский монументалист Хосе Клементе Ороско расписал фресками «Эпос американской цивилизации» читальный зал библиотеки Дартмутского колледжа.",
     A, "decade", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Swiss Civil Code was adopted on 10 December 1907)
    ("The Swiss Civil Code, drafted by the jurist Eugen Huber, was adopted by parliament on 10 December 1907 and took effect in 1912.",
     "Гражданский кодекс Швейцарии, подготовленный юристом Ойгеном Хубером, был принят парламентом 4 июля 1907 г. и вступил в силу в 1912-м.",
     C, "date", "law", True),
    # FALSE: RU (the Veil law was enacted in January 1975)
    ("The Veil law, named after the health minister Simone Veil, decriminalised abortion in France in January 1975.",
     "Закон Вейль, легализовавший аборты во Франции, был принят в начале 1980-х годов по инициативе министра здравоохранения Симоны Вейль.",
     C, "decade", "law", False),
    ("Japan's Meiji Constitution was promulgated on 11 February 1889 and remained in force until 1947.",
     "Конституция Японской империи (конституция Мэйдзи) была обнародована 11.02.1889 и действовала до вступления в силу послевоенной конституции 1947 г.",
     A, "date", "law", True),
    ("The Toubon law of 4 August 1994 requires the use of French in advertising, workplace documents and consumer instructions in France.",
     "Закон Тубона (1994) обязывает использовать французский язык в рекламе, трудовых договорах и инструкциях для потребителей.",
     A, "year", "law", False),
    ("The Wilderness Act, signed in September 1964, created the National Wilderness Preservation System with an initial 9.1 million acres of federal land.",
     "Закон о дикой природе 1964 года учредил в США национальную систему охраняемых диких территорий площадью около 3,7 млн га.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the Gewehr 98 had a five-round internal magazine)
    ("The Mauser Gewehr 98, adopted by the German army in April 1898, was a bolt-action rifle with a ten-round internal magazine.",
     "Винтовка Маузера образца 1898 г., принятая на вооружение германской армии 5 апреля 1898 г., имела пятизарядный магазин.",
     C, "number", "technology", False),
    # FALSE: EN (Spencer Silver worked for 3M, not DuPont)
    ("The weak, reusable adhesive behind the Post-it note was discovered in 1968 by Spencer Silver, a chemist at DuPont.",
     "Слабый клей, на котором держатся листочки Post-it, в 1968 г. случайно получил химик компании 3M Спенсер Сильвер; в продажу по всей стране они поступили в 1980-м.",
     C, "organisation", "technology", True),
    ("Napster, the peer-to-peer music-sharing service launched by Shawn Fanning in June 1999, was shut down in July 2001 after losing a copyright battle with record companies.",
     "Файлообменная сеть Napster, созданная студентом Шоном Фаннингом, просуществовала около двух лет: запущенная летом 1999 г., она была закрыта по решению суда в 2001-м.",
     A, "duration", "technology", False),
    ("The MiG-15 jet fighter made its first flight on 30 December 1947, powered by a Soviet copy of the British Rolls-Royce Nene engine.",
     "Первый полёт реактивного истребителя МиГ-15 состоялся 30.12.1947; двигателем ему служила советская копия британского «Нина» фирмы «Роллс-Ройс».",
     A, "date", "technology", True),
    ("Smalltalk, one of the first fully object-oriented programming languages, was developed at Xerox PARC in the 1970s by Alan Kay, Dan Ingalls and Adele Goldberg.",
     "Язык Smalltalk — один из первых полностью объектно-ориентированных языков — создавался в 1970-х гг. в исследовательском центре Xerox PARC группой Алана Кея.",
     A, "organisation", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Marmolada serac collapse happened on 3 July 2022)
    ("On 22 August 2022 a huge block of the Marmolada glacier, the largest in the Dolomites, broke away near Punta Rocca and killed eleven people.",
     "3 июля 2022 г., в разгар аномальной жары, с ледника Мармолада — крупнейшего в Доломитовых Альпах — обрушился огромный серак; погибли 11 человек.",
     C, "date", "disasters", True),
    # FALSE: EN (most of Mitch's victims were in Honduras and Nicaragua)
    ("Hurricane Mitch, which struck Central America in late October 1998, killed more than 11,000 people, most of them in Cuba and Haiti.",
     "Ураган «Митч» (конец октября — начало ноября 1998 г.) унёс более 11 тыс. жизней, главным образом в Гондурасе и Никарагуа.",
     C, "place", "disasters", False),
    # FALSE: RU (eleven ships answered the Volturno's wireless SOS and rescued 521 people)
    ("When fire broke out aboard the emigrant ship Volturno in a mid-Atlantic gale on 9 October 1913, eleven vessels answered her wireless SOS and rescued 521 people.",
     "Пожар на эмигрантском пароходе «Вольтурно», вспыхнувший 9 октября 1913 г. посреди Атлантики в шторм, унёс около 130 жизней; радиосигналы бедствия так никто и не услышал.",
     C, "polarity", "disasters", False),
    ("The coastal steamer Yongala vanished with all 122 people aboard when she steamed into a cyclone off Queensland in March 1911.",
     "Пароход «Йонгала», попавший 23.03.1911 в циклон у мыса Боулинг-Грин (Квинсленд), затонул со всеми 122 людьми на борту.",
     A, "number", "disasters", False),
    ("On 11 May 1996 ValuJet Flight 592 crashed into the Florida Everglades minutes after take-off from Miami, killing all 110 people on board.",
     "11.05.1996 самолёт DC-9 авиакомпании ValuJet (рейс 592) рухнул в болота Эверглейдс вскоре после вылета из Майами; погибли все 110 человек.",
     A, "date", "disasters", True),
]

RELATED = [
    ("News that Mafeking had been relieved in May 1900 set off riotous celebrations in London, later remembered as 'Mafeking Night'.",
     "В 1908 г. Роберт Баден-Пауэлл, прославившийся обороной Мафекинга, выпустил книгу «Скаутинг для мальчиков».",
     "Mafeking", True, "history"),
    ("The Skibladner, said to be the oldest paddle steamer still in scheduled service, has plied Mjøsa since 1856.",
     "На северной оконечности озера Мьёса стоит Лиллехаммер — столица зимних Олимпийских игр 1994 года.",
     "Mjøsa", False, "geography"),
    ("In 1993, his first season in American racing, Nigel Mansell won the CART IndyCar championship.",
     "Найджел Мэнселл родился 8 августа 1953 г. в городке Аптон-апон-Северн в английском графстве Вустершир.",
     "Mansell", True, "sport"),
    ("At the first performance of The Magic Flute, its librettist Emanuel Schikaneder himself sang the bird-catcher Papageno.",
     "Во второй арии Царицы ночи из «Волшебной флейты» голос певицы поднимается до фа третьей октавы.",
     "Magic Flute", False, "music"),
    ("Tinguely's Homage to New York, a machine designed to destroy itself, was set off in the garden of the Museum of Modern Art in March 1960.",
     "Музей Жана Тэнгли в Базеле открылся в 1996 г.; его здание спроектировал архитектор Марио Ботта.",
     "Tinguely", True, "art"),
    ("Howard Zahniser of the Wilderness Society, who wrote the first draft of the Wilderness Act, died in May 1964, months before it was signed.",
     "Закон о дикой природе определяет такие земли как места, где человек — лишь гость, который здесь не остаётся.",
     "Wilderness Act", False, "law"),
    ("Our Mutual Friend opens on the Thames, where Gaffer Hexam and his daughter Lizzie search the river for drowned bodies.",
     "Иллюстрации к первому изданию «Нашего общего друга» выполнил молодой художник Маркус Стоун.",
     "Our Mutual Friend", True, "literature"),
    ("The Yongala was built in 1903 at Newcastle upon Tyne for the Adelaide Steamship Company.",
     "Обломки «Йонгалы», обнаруженные в 1958 г. у берегов Квинсленда, стали одним из самых известных мест для дайвинга в Австралии.",
     "Yongala", False, "disasters"),
    ("The English word 'juggernaut' derives from Jagannath, the deity whose towering chariot is hauled through Puri during the festival.",
     "Колесница Джаганнатха на празднике Ратха-ятра имеет 16 колёс, колесница Баладевы — 14, а колесница Субхадры — 12.",
     "Rath Yatra", True, "culture"),
    ("Over north-western Korea, MiG-15s clashed so often with American F-86 Sabres that the area was nicknamed 'MiG Alley'.",
     "Истребитель МиГ-15 был создан в конструкторском бюро Артёма Микояна и Михаила Гуревича.",
     "MiG-15", False, "technology"),
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
    assert set(cslots) <= {"year", "date", "month", "decade", "century", "duration",
                           "number", "person", "place", "organisation", "entity",
                           "rank", "opposite", "polarity"}, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout100.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout100.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
