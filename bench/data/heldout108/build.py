#!/usr/bin/env python3
"""Build heldout108: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (Olaf Haraldsson fell at Stiklestad on 29 July 1030)
    ("King Olaf II Haraldsson, later venerated as Saint Olaf, was killed at Stiklestad in 1040 while trying to win back the Norwegian throne.",
     "29 июля 1030 г. в битве при Стикластаде пал конунг Олав Харальдссон, пытавшийся вернуть себе норвежский престол; вскоре его стали почитать как святого.",
     C, "year", "history", True),
    # FALSE: RU (the French, with Joan of Arc, routed the English at Patay)
    ("At Patay on 18 June 1429 a French army accompanied by Joan of Arc routed the English, and their veteran commander John Talbot was taken prisoner.",
     "В сражении при Пате (18.06.1429) английское войско наголову разбило французов, среди которых находилась и Жанна д’Арк.",
     C, "opposite", "history", False),
    # FALSE: EN (the Army of the North at Tucuman was led by Manuel Belgrano)
    ("In September 1812 the patriot Army of the North under José de San Martín defeated Pío Tristán's royalists outside San Miguel de Tucumán.",
     "Сражение при Тукумане 24–25 сентября 1812 г. выиграл Мануэль Бельграно: нарушив приказ отступить к Кордове, он разбил роялистов Пио Тристана.",
     C, "person", "history", True),
    ("The naval Battle of Riachuelo, fought on the Paraná River near Corrientes on 11 June 1865, crippled Paraguay's river fleet.",
     "11.06.1865 бразильская эскадра адмирала Баррозу разгромила парагвайскую флотилию на реке Парана у впадения ручья Риачуэло.",
     A, "date", "history", True),
    ("Outside the walls of Visby on 27 July 1361, the army of the Danish king Valdemar IV Atterdag cut down about 1,800 Gotland peasants.",
     "В битве у стен Висбю (1361) датчане короля Вальдемара Аттердага перебили около 1800 готландских крестьян-ополченцев; их останки позже нашли в братских могилах.",
     A, "number", "history", False),
    # ---------------- science ----------------
    # FALSE: RU (Temin discovered reverse transcriptase in 1970)
    ("Working at the University of Wisconsin, Howard Temin discovered reverse transcriptase in 1970, independently of David Baltimore, and shared the 1975 Nobel Prize.",
     "Обратную транскриптазу американский вирусолог Говард Темин открыл в 1980-х годах, одновременно с Дэвидом Балтимором и независимо от него.",
     C, "decade", "science", False),
    # FALSE: EN (Wilkinson's 1973 prize was in Chemistry)
    ("Geoffrey Wilkinson of Imperial College London shared the 1973 Nobel Prize in Physics with Ernst Otto Fischer for work on sandwich compounds such as ferrocene.",
     "Нобелевская премия по химии за 1973 г. досталась англичанину Джеффри Уилкинсону и немцу Эрнсту Отто Фишеру — за независимые исследования металлоорганических «сэндвичевых» соединений.",
     C, "entity", "science", True),
    ("Susumu Tonegawa was the sole recipient of the 1987 Nobel Prize in Physiology or Medicine, awarded for explaining how the body generates its huge diversity of antibodies.",
     "Японский иммунолог Сусуму Тонегава, раскрывший генетический механизм разнообразия антител (работа выполнена в Базеле), стал нобелевским лауреатом 1987 года.",
     A, "year", "science", True),
    ("Daniel Nathans of Johns Hopkins shared the 1978 Nobel Prize in Physiology or Medicine with Werner Arber and Hamilton Smith for the discovery of restriction enzymes.",
     "Нобелевскую премию 1978 г. за открытие рестриктаз и их применение в молекулярной генетике получили Вернер Арбер, Даниел Натанс и Гамилтон Смит.",
     A, "person", "science", False),
    ("Heinrich Wieland received the 1927 Nobel Prize in Chemistry for his research into the constitution of the bile acids and related substances.",
     "Немецкий химик Генрих Виланд, изучавший строение желчных кислот, стал лауреатом Нобелевской премии по химии за 1927 год.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (the Waikato is New Zealand's longest river)
    ("The Waikato, which flows north past Hamilton to the Tasman Sea, is only the second-longest river in New Zealand.",
     "Вайкато — самая длинная река Новой Зеландии: её длина около 425 км, а в Тасманово море она впадает южнее Окленда.",
     C, "rank", "geography", False),
    # FALSE: RU (the Saguenay flows into the St. Lawrence at Tadoussac)
    ("The Saguenay River drains Lac Saint-Jean and runs through a deep fjord before joining the St. Lawrence at Tadoussac, Quebec.",
     "Река Сагеней, вытекающая из озера Сен-Жан, течёт по глубокому фьорду и впадает в Гудзонов залив.",
     C, "place", "geography", True),
    # FALSE: RU (Monte Cinto is 2,706 m high)
    ("Monte Cinto, the highest mountain on Corsica, rises to 2,706 metres in the Haute-Corse department, in the north of the island.",
     "Высшая точка Корсики — гора Монте-Чинто, поднимающаяся на 3706 м над уровнем моря.",
     C, "number", "geography", False),
    ("At 3,298 metres the Vignemale is the highest summit of the French Pyrenees; its massif straddles the border with Spain.",
     "Виньмаль (3298 м) — высочайшая вершина французских Пиренеев, лежащая на границе Франции и Испании.",
     A, "rank", "geography", False),
    ("The Murrumbidgee, which runs for about 1,485 km across southern New South Wales before joining the Murray, is Australia's second-longest river.",
     "Маррамбиджи — вторая по длине река Австралии (почти 1,5 тыс. км); она начинается в Снежных горах и впадает в Муррей.",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Maerklin is still headquartered in Goeppingen)
    ("Märklin, the model-railway maker founded in 1859 by the tinsmith Theodor Friedrich Wilhelm Märklin, still has its headquarters in Göppingen.",
     "Производитель игрушечных железных дорог «Мерклин», основанный жестянщиком Теодором Мерклином в 1859 г., давно уже не базируется в Гёппингене.",
     C, "polarity", "economy", True),
    # FALSE: RU (Schwinn was founded in 1895)
    ("Schwinn was started in Chicago in 1895 by the German-born mechanic Ignaz Schwinn, with money from the meatpacker Adolph Arnold.",
     "Велосипедную фирму Швинна основал в Чикаго в 1910-х годах выходец из Германии Игнац Швинн на деньги мясопромышленника Адольфа Арнольда.",
     C, "decade", "economy", False),
    # FALSE: EN (Sennheiser was founded in 1945)
    ("Fritz Sennheiser set up his firm in 1955 under the name Labor W, short for Laboratorium Wennebostel, in a village near Hanover.",
     "Компания «Зеннхайзер» ведёт отсчёт с 1945 г., когда инженер Фриц Зеннхайзер основал в деревне Веннебостель под Ганновером лабораторию «Лабор В».",
     C, "year", "economy", True),
    ("Ravensburger traces its history to 1883, when Otto Robert Maier began publishing books and games in the Swabian town of Ravensburg.",
     "Издательство «Равенсбургер» основал в 1883 г. Отто Майер; первой его настольной игрой стало «Путешествие вокруг света».",
     A, "year", "economy", False),
    ("Sanyo Electric was founded in 1947 by Toshio Iue, a former Matsushita executive and the brother-in-law of Konosuke Matsushita.",
     "Основатель компании «Санъё» Тосио Иуэ, шурин Коносукэ Мацуситы, прежде много лет работал в его фирме; название «Санъё» означает «три океана».",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Shergar won the Derby by ten lengths)
    ("Shergar won the 1981 Epsom Derby by ten lengths, the widest winning margin in the race's history, ridden by the 19-year-old Walter Swinburn.",
     "Шергар выиграл Эпсомское дерби 1981 г. с отрывом в три корпуса; в седле был девятнадцатилетний Уолтер Суинберн.",
     C, "number", "sport", False),
    # FALSE: RU (the Fischer-Taimanov match was played in Vancouver)
    ("In their 1971 Candidates quarter-final in Vancouver, Mark Taimanov lost to Bobby Fischer by the unprecedented score of 6–0.",
     "В четвертьфинальном матче претендентов 1971 г. в Денвере Марк Тайманов проиграл Бобби Фишеру всухую — 0:6.",
     C, "place", "sport", True),
    # FALSE: EN (von Trips was killed on 10 September 1961)
    ("Wolfgang von Trips was killed on 17 September 1961 when his Ferrari collided with Jim Clark's Lotus during the Italian Grand Prix at Monza.",
     "Лидер чемпионата Вольфганг фон Трипс погиб 10.09.1961 на Гран-при Италии в Монце после столкновения с «Лотусом» Джима Кларка; погибли и более десяти зрителей.",
     C, "date", "sport", False),
    ("With the score at 1–1 in the last minute of normal time of the 1978 World Cup final, Rob Rensenbrink's shot for the Netherlands hit the post.",
     "В финале чемпионата мира 1978 г. против Аргентины нидерландец Роб Ренсенбринк на последней минуте основного времени попал в штангу; голландцы уступили 1:3.",
     A, "number", "sport", False),
    ("Bernard Thévenet won the Tour de France in 1975, ending Eddy Merckx's bid for a record sixth victory, and took the race again in 1977.",
     "Француз Бернар Тевене дважды выигрывал «Тур де Франс» (1975, 1977); в 1975-м он помешал Эдди Мерксу одержать шестую победу.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (Sukkot lasts seven days)
    ("Sukkot begins on the 15th of Tishrei, five days after Yom Kippur, and lasts three days, during which meals are eaten in a sukkah.",
     "Праздник Суккот начинается 15 тишрея, через пять дней после Йом-Кипура, и длится семь дней; всё это время принято есть в шалаше-сукке.",
     C, "duration", "culture", True),
    # FALSE: RU (Vesak was recognised by the UN General Assembly)
    ("In 1999 the United Nations General Assembly recognised Vesak, the Buddhist festival usually held at the May full moon, as an international observance.",
     "Весак — день рождения, просветления и ухода Будды — получил статус международного праздника по решению ЮНЕСКО в 1999 г.",
     C, "organisation", "culture", False),
    ("On Seollal, the Korean Lunar New Year, families hold ancestral rites, children bow deeply to their elders and everyone eats tteokguk, a rice-cake soup.",
     "В Соллаль — корейский Новый год по лунному календарю — принято кланяться старшим и есть суп ттоккук с ломтиками рисовых лепёшек.",
     A, "entity", "culture", False),
    ("On Easter Monday Poles celebrate Śmigus-dyngus, drenching one another with buckets of water, bottles and water pistols.",
     "Шмигус-дынгус, или «мокрый понедельник», — польский обычай в понедельник после Пасхи обливать друг друга водой.",
     A, "date", "culture", True),
    ("Founded in West Berlin in 1962, the Schaubühne has since 1981 performed in a former cinema on Lehniner Platz, at the end of the Kurfürstendamm.",
     "Театр «Шаубюне» был основан в Западном Берлине в 1962 году; в 1981-м он переехал в перестроенное здание бывшего кинотеатра на Курфюрстендамм.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Mary Barton was Gaskell's first novel)
    ("Mary Barton (1848), Elizabeth Gaskell's first novel, portrays the hardships of Manchester's working people during the 'hungry forties'.",
     "Третий роман Элизабет Гаскелл, «Мэри Бартон» (1848), рассказывает о бедствиях манчестерских рабочих в «голодные сороковые».",
     C, "rank", "literature", True),
    # FALSE: EN (Professor Unrat is by Heinrich Mann)
    ("Thomas Mann's novel Professor Unrat (1905), about a tyrannical schoolmaster ruined by a cabaret singer, was filmed in 1930 as The Blue Angel.",
     "Роман Генриха Манна «Учитель Гнус» (1905) лёг в основу фильма Джозефа фон Штернберга «Голубой ангел» (1930) с Марлен Дитрих.",
     C, "person", "literature", False),
    ("Jane Austen's Mansfield Park, published in 1814, follows Fanny Price, a poor relation raised in the household of her uncle Sir Thomas Bertram.",
     "Героиня романа Джейн Остин «Мэнсфилд-парк» (1814) — Фанни Прайс, бедная племянница, выросшая в доме сэра Томаса Бертрама.",
     A, "person", "literature", True),
    ("Henry James's short novel Washington Square (1880) tells of Catherine Sloper, whose wealthy father opposes her engagement to Morris Townsend.",
     "В повести Генри Джеймса «Вашингтонская площадь», изданной в 1880 г., доктор Слопер противится браку дочери Кэтрин с Морисом Таунсендом.",
     A, "year", "literature", False),
    ("At the end of the Abbé Prévost's Manon Lescaut (1731), Manon dies in the Louisiana wilderness in the arms of the Chevalier des Grieux.",
     "Героиня романа аббата Прево «Манон Леско» умирает в Луизиане, куда её выслали и куда за ней последовал кавалер де Грие.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the final version of Les Noces uses four pianos)
    ("Stravinsky's Les Noces, first staged by the Ballets Russes in Paris in June 1923, is scored for soloists, chorus, four pianos and percussion.",
     "Окончательная редакция «Свадебки» Стравинского (1923) рассчитана на солистов, хор, два фортепиано и ударные.",
     C, "number", "music", True),
    # FALSE: EN (The Maid of Pskov was first staged in 1873, i.e. in the 19th century)
    ("The Maid of Pskov, Rimsky-Korsakov's first opera, in which Ivan the Terrible appears, was first staged in St Petersburg early in the 20th century.",
     "Первая опера Римского-Корсакова «Псковитянка» по драме Л. Мея впервые была поставлена в Мариинском театре в 1873 г.",
     C, "century", "music", False),
    ("Schwanengesang, a set of 14 songs to poems by Rellstab, Heine and Seidl, was assembled and published by Tobias Haslinger in 1829, after Schubert's death.",
     "Сборник «Лебединая песнь» из четырнадцати песен Шуберта на стихи Рельштаба, Гейне и Зайдля издатель Хаслингер выпустил в 1829 г., уже после смерти композитора.",
     A, "number", "music", False),
    ("Vaughan Williams's Sinfonia antartica, his seventh symphony, was first performed by the Hallé Orchestra under John Barbirolli in Manchester in January 1953.",
     "Седьмая («Антарктическая») симфония Ральфа Воан-Уильямса, выросшая из музыки к фильму «Скотт из Антарктики», впервые прозвучала в Манчестере 14.01.1953.",
     A, "date", "music", True),
    ("Édith Piaf recorded Non, je ne regrette rien, with music by Charles Dumont and words by Michel Vaucaire, in 1960.",
     "Песню «Нет, я ни о чём не жалею» на музыку Шарля Дюмона и стихи Мишеля Вокера Эдит Пиаф записала в 1960 году.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Opekushin's Pushkin monument is bronze)
    ("Alexander Opekushin's marble statue of Pushkin was unveiled in Moscow in June 1880, during celebrations at which Dostoevsky gave his famous speech.",
     "Бронзовый памятник Пушкину работы Александра Опекушина открыли в Москве 6 (18) июня 1880 г.; в 1950-м его перенесли на другую сторону площади.",
     C, "entity", "art", True),
    # FALSE: RU (Nolde was a member of Die Bruecke only in 1906-07)
    ("Emil Nolde, born Emil Hansen, belonged to the Dresden artists' group Die Brücke for only about a year and a half, in 1906–07.",
     "Эмиль Нольде (настоящая фамилия Хансен) почти десять лет, начиная с 1906 г., входил в дрезденское объединение художников «Мост».",
     C, "duration", "art", False),
    ("The Soviet War Memorial in Berlin's Treptower Park, opened in May 1949, is crowned by Yevgeny Vuchetich's 12-metre statue of a soldier carrying a rescued child.",
     "Центр мемориала в берлинском Трептов-парке, открытого 8 мая 1949 г., — фигура воина-освободителя с девочкой на руках работы скульптора Е. В. Вучетича.",
     A, "place", "art", True),
    ("The sculptor Fedot Shubin came, like Mikhail Lomonosov, from the Kholmogory district near Arkhangelsk and became famous for his marble portrait busts.",
     "Скульптор Федот Шубин, земляк Ломоносова, родом из-под Холмогор, прославился мраморными портретными бюстами — Голицына, Румянцева, Павла I.",
     A, "place", "art", False),
    ("Raphael's Madonna of the Meadow (1505 or 1506), showing the Virgin with the infant Christ and the young John the Baptist, hangs in Vienna's Kunsthistorisches Museum.",
     "Рафаэлевская «Мадонна в зелени», написанная около 1506 г., хранится в венском Музее истории искусств.",
     A, "organisation", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (Sherbert v. Verner was decided in 1963)
    ("In Sherbert v. Verner (1953) the Supreme Court held that South Carolina could not deny unemployment benefits to a Seventh-day Adventist who refused Saturday work.",
     "В 1963 г. по делу «Шерберт против Вернера» Верховный суд США признал, что адвентистке седьмого дня нельзя отказать в пособии по безработице из-за отказа работать по субботам.",
     C, "year", "law", True),
    # FALSE: RU (the Court reversed Stromberg's conviction)
    ("In Stromberg v. California (1931) the Supreme Court overturned Yetta Stromberg's conviction for raising a red flag at a youth summer camp.",
     "В 1931 г. Верховный суд США по делу «Стромберг против Калифорнии» оставил в силе приговор вожатой, поднявшей красный флаг в летнем детском лагере.",
     C, "opposite", "law", False),
    # FALSE: EN (Swann upheld the power of federal courts to order busing)
    ("In Swann v. Charlotte-Mecklenburg Board of Education (1971) the Supreme Court ruled that federal courts could not order busing to desegregate schools.",
     "В 1971 г. по делу «Суонн против школьного совета Шарлотт-Мекленбурга» Верховный суд единогласно подтвердил право федеральных судов предписывать перевозку учеников автобусами ради десегрегации.",
     C, "polarity", "law", True),
    ("In Wallace v. Jaffree (1985) the Supreme Court voted 6–3 to strike down an Alabama law authorising a moment of silence 'for meditation or voluntary prayer'.",
     "Шестью голосами против трёх Верховный суд США в деле «Уоллес против Джаффри» (1985) отменил алабамский закон о минуте молчания «для размышлений или добровольной молитвы».",
     A, "number", "law", False),
    ("In Palko v. Connecticut (1937) the Supreme Court, by 8 votes to 1, declined to apply the Fifth Amendment's double-jeopardy protection to the states.",
     "Решение по делу «Палко против Коннектикута» (1937) было принято 8 голосами против 1: судья Бенджамин Кардозо не счёл запрет двойного преследования обязательным для штатов.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the PDP-8 was made by Digital Equipment Corporation)
    ("IBM's PDP-8, launched in 1965 at a price of about $18,500, is often called the first commercially successful minicomputer.",
     "Выпущенный корпорацией DEC в 1965 г. PDP-8 стоил около 18,5 тыс. долларов и считается первым коммерчески успешным миникомпьютером.",
     C, "organisation", "technology", False),
    # FALSE: RU (the Regency TR-1 was announced in October 1954)
    ("The Regency TR-1, the first transistor radio sold to the public, was announced in October 1954 and used four Texas Instruments transistors.",
     "Первый серийный транзисторный приёмник Regency TR-1 с четырьмя транзисторами Texas Instruments был представлен публике в мае 1954 г.",
     C, "month", "technology", True),
    # FALSE: EN (the first traffic signal was installed in December 1868)
    ("The world's first traffic signal, a gas-lit semaphore designed by the railway engineer John Peake Knight, was set up outside the Houses of Parliament in May 1868.",
     "Первый в мире светофор — семафор с газовым фонарём, придуманный железнодорожным инженером Дж. П. Найтом, — установили у здания парламента в Лондоне 10 декабря 1868 г.",
     C, "month", "technology", False),
    ("The first parking meter, the Park-O-Meter devised by the newspaperman Carl Magee, went into service in Oklahoma City on 16 July 1935.",
     "Первые в мире паркоматы появились на улицах Оклахома-Сити летом 1935 г.; их придумал местный газетчик Карл Маги.",
     A, "date", "technology", True),
    ("IBM introduced the Selectric typewriter in 1961; instead of a basket of typebars it printed with a rotating 'golf ball' element.",
     "Электрическая пишущая машинка IBM Selectric со сменной шаровой головкой вместо рычагов с литерами появилась в 1961 году.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Sirio was wrecked on 4 August 1906)
    ("On 4 August 1906 the Italian emigrant steamer Sirio, bound from Genoa for South America, ran onto a reef off Cabo de Palos near Cartagena.",
     "Итальянский пароход «Сирио» с эмигрантами, шедший из Генуи в Южную Америку, 22 июня 1906 г. налетел на риф у мыса Палос близ Картахены.",
     C, "date", "disasters", True),
    # FALSE: EN (the Saint-Gervais flood happened in July 1892, i.e. in the 19th century)
    ("Early in the twentieth century, water bursting from a pocket in the Tête Rousse glacier destroyed the spa at Saint-Gervais, killing about 175 people.",
     "В ночь на 12 июля 1892 г. вода, прорвавшаяся из внутриледниковой полости ледника Тет-Русс, снесла термальные купальни Сен-Жерве; погибли около 175 человек.",
     C, "century", "disasters", False),
    ("The car ferry Princess Victoria foundered in a storm in the North Channel on 31 January 1953, on passage from Stranraer to Larne; 133 people died.",
     "Крушение парома «Принцесса Виктория» в Северном проливе 31.01.1953 унесло 133 жизни; не спасся ни один ребёнок и ни одна женщина.",
     A, "number", "disasters", False),
    ("The failure of the newly built Panshet Dam on 12 July 1961 sent a flood down the Mutha River that devastated much of Pune.",
     "Прорыв новой плотины Паншет 12 июля 1961 г. вызвал катастрофическое наводнение в Пуне.",
     A, "date", "disasters", True),
    ("The St Elizabeth's flood of November 1421 broke the dikes of the Grote Waard in Holland, and the drowned polder later turned into the Biesbosch wetlands.",
     "Елизаветинское наводнение XV века (1421) затопило польдер Гроте-Вард в Голландии; на его месте со временем образовалась болотистая дельта Бисбос.",
     A, "century", "disasters", False),
]

RELATED = [
    ("Olaf Haraldsson had spent his exile at the court of Yaroslav the Wise in Kievan Rus before returning to Norway in 1030.",
     "Нидаросский собор в Тронхейме возведён над местом погребения святого Олава.",
     "Stiklestad", True, "history"),
    ("Port Waikato, a small settlement at the mouth of the river, lies on the west coast of the North Island.",
     "На реке Вайкато построен каскад гидроэлектростанций, в том числе ГЭС Карапиро.",
     "Waikato", False, "geography"),
    ("Shergar was stolen from the Ballymany Stud in County Kildare in February 1983 and was never found.",
     "Владельцем скакуна Шергара был Ага-хан IV — духовный лидер мусульман-исмаилитов низаритского толка.",
     "Shergar", True, "sport"),
    ("Since 1999 the Schaubühne in Berlin has been led by the director Thomas Ostermeier.",
     "В 1970 г. художественным руководителем «Шаубюне» стал режиссёр Петер Штайн, и театр быстро приобрёл европейскую славу.",
     "Schaubühne", False, "culture"),
    ("Washington Square was adapted for the stage as The Heiress in 1947, and William Wyler filmed it in 1949 with Olivia de Havilland.",
     "Повесть «Вашингтонская площадь» названа по скверу в нижнем Манхэттене, где стоит дом доктора Слопера.",
     "Washington Square", True, "literature"),
    ("Bronislava Nijinska created the choreography for the first production of Les Noces in 1923.",
     "Стравинский работал над «Свадебкой» почти десять лет, с 1914 по 1923 г., не раз меняя инструментальный состав.",
     "Les Noces", False, "music"),
    ("Alexander Opekushin, born a serf in Yaroslavl province, also sculpted the statue of Alexander II unveiled in the Moscow Kremlin in 1898.",
     "На постаменте московского памятника Пушкину высечены строки из стихотворения «Я памятник себе воздвиг нерукотворный».",
     "Opekushin", True, "art"),
    ("The balancing test set out in Sherbert v. Verner was largely abandoned by the Supreme Court in Employment Division v. Smith in 1990.",
     "Мнение большинства по делу «Шерберт против Вернера» написал судья Уильям Бреннан.",
     "Sherbert v. Verner", False, "law"),
    ("Digital Equipment Corporation, the maker of the PDP series, was founded in 1957 by Ken Olsen and Harlan Anderson in Maynard, Massachusetts.",
     "Миникомпьютер PDP-8 работал с 12-разрядными словами, а его первая модель была собрана на дискретных транзисторах.",
     "PDP-8", True, "technology"),
    ("The Princess Victoria, one of the earliest roll-on/roll-off car ferries, was built by William Denny and Brothers at Dumbarton in 1947.",
     "Паром «Принцесса Виктория» затонул после того, как волны повредили кормовые ворота и вода залила автомобильную палубу.",
     "Princess Victoria", False, "disasters"),
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
    # related rows reuse subjects of this set's comparable pairs
    for en, ru, subj, _, _ in RELATED:
        key = subj.split()[0].lower()
        assert any(key in (c[0] + " " + c[1]).lower() for c in COMPARABLE), subj

    with open(os.path.join(here, "comparable_heldout108.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout108.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
