#!/usr/bin/env python3
"""Build the heldout52 bilingual (EN/RU) evaluation set. Stdlib only.

Each comparable row: (english, russian, label, slot, domain).
For "contradict" rows exactly one slot differs; the comment names the side
carrying the changed (false) value.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

COMPARABLE = [
    # ---------------- history ----------------
    ("At the Battle of the Vorskla River on 12 August 1399, the army of Grand Duke Vytautas of Lithuania was crushed by the Golden Horde forces of Edigu.",
     "В августе 1399 г. на реке Ворскле ордынское войско под началом эмира Едигея наголову разбило армию великого князя литовского Витовта.",
     "agree", "date", "history"),
    # RU false: Frederick I instead of Christian II
    ("The Stockholm Bloodbath of November 1520 saw dozens of Swedish nobles and churchmen executed on the orders of the Danish king Christian II.",
     "Стокгольмская кровавая баня — массовая казнь шведской знати и духовенства в ноябре 1520 г., устроенная по приказу датского короля Фредерика I.",
     "contradict", "person", "history"),
    # RU false: 1818 instead of 1808
    ("On 26 January 1808, officers of the New South Wales Corps deposed and arrested Governor William Bligh in what became known as the Rum Rebellion.",
     "Ромовый бунт произошёл 26 января 1818 г.: офицеры Корпуса Нового Южного Уэльса арестовали и отстранили от власти губернатора Уильяма Блая.",
     "contradict", "year", "history"),
    ("In April 1241 a Mongol army led by Batu and Subutai destroyed the forces of King Béla IV of Hungary at Mohi, near the Sajó River.",
     "11 апреля 1241 г. у местечка Мохи на реке Шайо монголы Батыя и Субэдэя разгромили войско венгерского короля Белы IV.",
     "agree", "place", "history"),
    # RU false: rebels won instead of being crushed
    ("The Satsuma Rebellion of 1877, led by Saigō Takamori, ended in defeat for the rebels, who were crushed by the new imperial conscript army.",
     "Сацумское восстание 1877 г. под руководством Сайго Такамори завершилось победой мятежников над правительственной армией Японии.",
     "contradict", "opposite", "history"),

    # ---------------- science ----------------
    # RU false: first instead of second woman
    ("Rosalyn Yalow, honoured in 1977 for developing the radioimmunoassay, became the second woman ever to receive the Nobel Prize in Physiology or Medicine.",
     "Розалин Ялоу, удостоенная в 1977 г. Нобелевской премии по физиологии и медицине за радиоиммунный анализ, стала первой женщиной-лауреатом в этой категории.",
     "contradict", "rank", "science"),
    ("Shinya Yamanaka shared the 2012 Nobel Prize in Physiology or Medicine with John Gurdon for showing that mature cells can be reprogrammed to become pluripotent.",
     "Нобелевскую премию по физиологии и медицине за 2012 год получили британец Джон Гёрдон и японец Синъя Яманака — за перепрограммирование зрелых клеток.",
     "agree", "person", "science"),
    # RU false: 2018 instead of 2016
    ("Japanese cell biologist Yoshinori Ohsumi received the 2016 Nobel Prize in Physiology or Medicine for his discoveries of the mechanisms of autophagy.",
     "Японский биолог Ёсинори Осуми был удостоен Нобелевской премии по физиологии и медицине 2018 г. за открытие механизмов аутофагии.",
     "contradict", "year", "science"),
    # RU false: Queensland instead of Victoria
    ("The Murchison meteorite, which fell near the town of Murchison in Victoria, Australia, on 28 September 1969, turned out to contain amino acids.",
     "Мурчисонский метеорит, упавший 28 сентября 1969 г. в австралийском штате Квинсленд, содержит аминокислоты и другие органические соединения.",
     "contradict", "place", "science"),
    ("German biochemist Otto Warburg was awarded the 1931 Nobel Prize in Physiology or Medicine for discovering the nature of the respiratory enzyme.",
     "В 1931 году Отто Варбург получил Нобелевскую премию по физиологии и медицине за открытие природы и механизма действия дыхательного фермента.",
     "agree", "year", "science"),
    # RU false: he attended in person (he was not allowed to travel)
    ("Grigory Margulis was awarded the Fields Medal in 1978 but was not permitted by the Soviet authorities to travel to Helsinki to receive it.",
     "Григорий Маргулис получил Филдсовскую премию в 1978 г. и лично принял награду на Международном конгрессе математиков в Хельсинки.",
     "contradict", "polarity", "science"),

    # ---------------- geography ----------------
    ("Olkhon, roughly seventy kilometres long, is the largest island in Lake Baikal and is home to the village of Khuzhir.",
     "Ольхон — крупнейший остров Байкала площадью около 730 км²; главный населённый пункт острова — посёлок Хужир.",
     "agree", "rank", "geography"),
    # EN false: Laos instead of Vietnam
    ("Son Doong, explored by a British caving team in 2009, lies in the Laotian province of Khammouane and is considered the world's largest cave passage.",
     "Пещера Шондонг во вьетнамской провинции Куангбинь, обследованная британскими спелеологами в 2009 г., считается самой большой в мире по объёму галереи.",
     "contradict", "place", "geography"),
    ("Kentucky's Mammoth Cave is the longest known cave system in the world, with more than 400 miles of surveyed passageways.",
     "Мамонтова пещера в штате Кентукки — самая протяжённая из известных пещерных систем Земли: отснято свыше 680 км ходов.",
     "agree", "number", "geography"),
    # EN false: 4,484 m instead of 4,884 m
    ("Puncak Jaya in the Indonesian province of Papua rises to 4,484 metres, making it the highest peak on any island in the world.",
     "Пунчак-Джая высотой 4884 м, расположенная на Новой Гвинее, — высочайшая вершина Индонезии и всей Океании.",
     "contradict", "number", "geography"),
    ("The great eruption of Sakurajima in January 1914 poured out so much lava that the former island became joined to the Ōsumi Peninsula.",
     "После извержения 1914 года потоки лавы соединили вулканический остров Сакурадзима с полуостровом Осуми на юге Кюсю.",
     "agree", "year", "geography"),

    # ---------------- disasters ----------------
    # RU false: July instead of August
    ("On 11 August 1979 the Machchhu-2 dam in Gujarat burst after heavy monsoon rains, sending a wall of water through the town of Morbi.",
     "Прорыв плотины Мачху-2 в индийском штате Гуджарат 11 июля 1979 г. привёл к затоплению города Морби и гибели тысяч людей.",
     "contradict", "month", "disasters"),
    ("Thirty-five construction workers were killed when a span of Melbourne's West Gate Bridge collapsed during construction on 15 October 1970.",
     "15 октября 1970 г. в Мельбурне рухнул пролёт строившегося моста Уэст-Гейт, под обломками погибли 35 рабочих.",
     "agree", "date", "disasters"),
    # EN false: 20 April instead of 10 April
    ("The inter-island ferry Wahine foundered at the entrance to Wellington Harbour on 20 April 1968, during a storm whipped up by Cyclone Giselle.",
     "Паром «Вахине» затонул у входа в гавань Веллингтона 10 апреля 1968 г. во время шторма, вызванного циклоном «Гизель».",
     "contradict", "day", "disasters"),
    ("An explosion at the Pike River coal mine on New Zealand's West Coast in November 2010 killed 29 men.",
     "19 ноября 2010 г. взрыв метана на угольной шахте Пайк-Ривер в Новой Зеландии унёс жизни двадцати девяти горняков.",
     "agree", "number", "disasters"),
    # EN false: 210 instead of 110
    ("The methane explosion at the Ulyanovskaya coal mine near Novokuznetsk on 19 March 2007 killed 210 people.",
     "Взрыв метана на шахте «Ульяновская» под Новокузнецком 19 марта 2007 г. унёс жизни 110 человек.",
     "contradict", "number", "disasters"),

    # ---------------- sport ----------------
    ("Swedish slalom specialist Ingemar Stenmark won 86 World Cup races during his career, a record that stood for more than three decades.",
     "На счету шведского горнолыжника Ингемара Стенмарка 86 побед на этапах Кубка мира — рекорд, продержавшийся свыше тридцати лет.",
     "agree", "number", "sport"),
    # RU false: four Games instead of three
    ("Turkish weightlifter Naim Süleymanoğlu won Olympic gold medals at three consecutive Games, in Seoul, Barcelona and Atlanta.",
     "Турецкий тяжелоатлет Наим Сулейманоглу выигрывал золото на четырёх Олимпийских играх подряд, начиная с сеульской Олимпиады 1988 г.",
     "contradict", "number", "sport"),
    ("Pirmin Zurbriggen of Switzerland won the men's downhill at the 1988 Winter Olympics in Calgary.",
     "Швейцарец Пирмин Цурбригген стал олимпийским чемпионом в скоростном спуске на зимних Играх в Калгари в феврале 1988 года.",
     "agree", "place", "sport"),
    # RU false: lost instead of won
    ("In the 1954 World Cup final in Bern, West Germany came from two goals down to beat the heavily favoured Hungarians 3–2.",
     "В финале чемпионата мира 1954 г. в Берне сборная ФРГ проиграла фаворитам турнира венграм со счётом 2:3.",
     "contradict", "opposite", "sport"),
    ("Svetlana Masterkova of Russia won both the 800 metres and the 1500 metres at the 1996 Olympic Games in Atlanta.",
     "На Олимпиаде 1996 г. в Атланте россиянка Светлана Мастеркова победила сразу на двух дистанциях — 800 и 1500 м.",
     "agree", "year", "sport"),

    # ---------------- economy ----------------
    # RU false: late 1980s instead of 1997
    ("Yamaichi Securities, one of Japan's four biggest brokerages, announced in November 1997 that it would shut down after hiding huge losses.",
     "Один из крупнейших брокеров Японии, компания «Ямаити секьюритиз», рухнула в конце 1980-х годов, на пике биржевого пузыря.",
     "contradict", "decade", "economy"),
    ("The Penn Central Transportation Company filed for bankruptcy in June 1970, then the largest corporate bankruptcy in American history.",
     "Банкротство железнодорожного гиганта «Пенн Сентрал» в 1970 году стало крупнейшим на тот момент в истории США.",
     "agree", "rank", "economy"),
    # RU false: Mitsubishi instead of Sumitomo
    ("In June 1996 the Sumitomo Corporation disclosed that its chief copper trader, Yasuo Hamanaka, had run up losses of about 2.6 billion dollars.",
     "В июне 1996 г. японская корпорация «Мицубиси» сообщила, что её главный трейдер по меди Ясуо Хаманака допустил убытки около 2,6 млрд долларов.",
     "contradict", "organisation", "economy"),
    ("Wildberries was founded in 2004 by Tatyana Bakalchuk, then an English teacher on maternity leave, who began by reselling clothes from catalogues.",
     "Интернет-магазин «Вайлдберриз» в 2004 г. основала Татьяна Бакальчук — учительница английского языка, находившаяся тогда в декретном отпуске.",
     "agree", "person", "economy"),
    # EN false: 1.5 billion instead of 4.9 billion euros
    ("In January 2008 Société Générale revealed that unauthorised trades by Jérôme Kerviel had cost the bank about 1.5 billion euros.",
     "В январе 2008 г. банк «Сосьете Женераль» сообщил об убытках около 4,9 млрд евро из-за несанкционированных сделок трейдера Жерома Кервьеля.",
     "contradict", "money", "economy"),

    # ---------------- culture ----------------
    ("Vladimir Motyl's eastern White Sun of the Desert, released in 1970, follows the Red Army soldier Fyodor Sukhov across Central Asia.",
     "Фильм Владимира Мотыля «Белое солнце пустыни», вышедший на экраны в 1970 году, рассказывает о красноармейце Сухове.",
     "agree", "person", "culture"),
    # EN false: Daneliya instead of Ryazanov
    ("The comedy Office Romance, directed by Georgiy Daneliya and starring Alisa Freindlikh and Andrei Myagkov, was released in 1977.",
     "Комедия Эльдара Рязанова «Служебный роман» с Алисой Фрейндлих и Андреем Мягковым в главных ролях вышла в прокат в 1977 году.",
     "contradict", "person", "culture"),
    ("The Salzburg Festival opened on 22 August 1920 with a performance of Hofmannsthal's Jedermann in front of the cathedral.",
     "Первый Зальцбургский фестиваль открылся в августе 1920 г. постановкой пьесы Гофмансталя «Имярек» на Соборной площади.",
     "agree", "date", "culture"),
    # RU false: Vienna instead of Berlin
    ("Brecht and Weill's The Threepenny Opera premiered on 31 August 1928 at the Theater am Schiffbauerdamm in Berlin.",
     "Премьера «Трёхгрошовой оперы» Бертольта Брехта и Курта Вайля состоялась в августе 1928 г. в одном из театров Вены.",
     "contradict", "place", "culture"),

    # ---------------- literature ----------------
    # RU false: Shlisselburg instead of Peter and Paul Fortress
    ("Nikolai Chernyshevsky wrote his novel What Is to Be Done? while imprisoned in the Peter and Paul Fortress, and it appeared in 1863.",
     "Роман «Что делать?» Николай Чернышевский написал в заключении в Шлиссельбургской крепости; журнальная публикация вышла в 1863 году.",
     "contradict", "place", "literature"),
    ("Samuel Richardson's epistolary novel Pamela; or, Virtue Rewarded was first published in 1740.",
     "Эпистолярный роман Сэмюэла Ричардсона «Памела, или Вознаграждённая добродетель» вышел в свет в ноябре 1740 г.",
     "agree", "year", "literature"),
    # EN false: 1937 instead of 1927
    ("Hermann Hesse's novel Steppenwolf, about the lonely intellectual Harry Haller, was first published in 1937.",
     "Роман Германа Гессе «Степной волк», герой которого — одинокий интеллектуал Гарри Галлер, впервые издан в Берлине в 1927 году.",
     "contradict", "year", "literature"),
    ("George Eliot's Silas Marner, the story of a miserly linen weaver from Raveloe, was published in 1861.",
     "Повесть «Сайлес Марнер» о ткаче из деревни Рейвлоу вышла в 1861 г.; её автор — Мэри Энн Эванс, писавшая под псевдонимом Джордж Элиот.",
     "agree", "person", "literature"),
    # RU false: 1940s instead of 1957
    ("Vladimir Nabokov's campus novel Pnin, about an émigré professor of Russian at an American college, was published in 1957.",
     "Роман Владимира Набокова «Пнин» о профессоре-эмигранте, преподающем русский язык в американском колледже, вышел в 1940-е годы.",
     "contradict", "decade", "literature"),

    # ---------------- music ----------------
    # RU false: 18th century instead of 1895
    ("Banjo Paterson wrote the words of Waltzing Matilda, Australia's best-known bush ballad, in 1895 while staying at a Queensland sheep station.",
     "Слова песни «Вальсирующая Матильда», неофициального гимна Австралии, были написаны ещё в XVIII веке.",
     "contradict", "century", "music"),
    ("Silent Night was first performed on Christmas Eve 1818 at the St Nicholas Church in Oberndorf, near Salzburg.",
     "Рождественская песня «Тихая ночь» на слова Йозефа Мора и музыку Франца Грубера впервые прозвучала 24 декабря 1818 г. в Оберндорфе.",
     "agree", "date", "music"),
    # EN false: Rimsky-Korsakov instead of Glazunov
    ("The ballet Raymonda, with music by Nikolai Rimsky-Korsakov and choreography by Marius Petipa, premiered at the Mariinsky Theatre in 1898.",
     "Балет «Раймонда» на музыку Александра Глазунова в постановке Мариуса Петипа впервые показан на сцене Мариинского театра в 1898 году.",
     "contradict", "person", "music"),
    ("Tchaikovsky's ballet The Sleeping Beauty, choreographed by Marius Petipa, premiered at the Mariinsky Theatre in St Petersburg in January 1890.",
     "Премьера балета Чайковского «Спящая красавица» состоялась в январе 1890 г. в петербургском Мариинском театре.",
     "agree", "month", "music"),
    ("Richard Strauss's one-act opera Salome, based on Oscar Wilde's play, premiered at the Dresden Court Opera on 9 December 1905.",
     "Одноактная опера Рихарда Штрауса «Саломея» по пьесе Оскара Уайльда впервые поставлена в Дрездене в декабре 1905 г.",
     "agree", "date", "music"),

    # ---------------- art ----------------
    ("Konstantin Flavitsky's painting Princess Tarakanova, showing a prisoner in a flooding cell of the Peter and Paul Fortress, dates from 1864.",
     "Картина «Княжна Тараканова» написана Константином Флавицким в 1864 году; её сюжет — легенда о гибели узницы во время наводнения.",
     "agree", "year", "art"),
    # EN false: early 19th century instead of c. 1767
    ("Jean-Honoré Fragonard's The Swing, painted in the early nineteenth century, hangs in the Wallace Collection in London.",
     "Картина Жан-Оноре Фрагонара «Качели», написанная около 1767 г., хранится в лондонском Собрании Уоллеса.",
     "contradict", "century", "art"),
    ("The Staffordshire Hoard, the largest collection of Anglo-Saxon gold ever found, was discovered by metal detectorist Terry Herbert in July 2009.",
     "Стаффордширский клад — крупнейшее из известных собраний англосаксонского золота — обнаружил в 2009 г. кладоискатель-любитель Терри Херберт.",
     "agree", "person", "art"),
    # RU false: 2nd century AD instead of 4th century BC
    ("Tollund Man, the remarkably preserved bog body found near Silkeborg in Denmark in 1950, lived in the fourth century BC.",
     "Толлундский человек, тело которого нашли в торфянике близ Силькеборга в 1950 г., жил во II веке н. э.",
     "contradict", "century", "art"),
    ("Elizabeth Siddal posed in a bathtub for John Everett Millais's Ophelia, painted in 1851 and 1852 and now in Tate Britain.",
     "Моделью для «Офелии» Джона Эверетта Милле, позировавшей художнику в ванне с водой, была Элизабет Сиддал.",
     "agree", "person", "art"),

    # ---------------- law ----------------
    # EN false: "not degrading"
    ("In Tyrer v United Kingdom (1978) the European Court of Human Rights held that judicial birching on the Isle of Man was not degrading punishment.",
     "В деле «Тайрер против Соединённого Королевства» (1978) ЕСПЧ признал наказание розгами на острове Мэн унижающим достоинство.",
     "contradict", "polarity", "law"),
    ("In Soering v United Kingdom, decided in July 1989, the Strasbourg court blocked the extradition of a German national facing a possible death sentence in Virginia.",
     "В 1989 г. ЕСПЧ постановил по делу «Сёринг против Великобритании», что выдача заявителя в Вирджинию, где ему грозила смертная казнь, нарушила бы Конвенцию.",
     "agree", "year", "law"),
    # RU false: asbestos instead of thalidomide
    ("In The Sunday Times v United Kingdom (1979) the Strasbourg court ruled that an injunction against an article on the thalidomide tragedy violated freedom of expression.",
     "В деле «Санди таймс» против Соединённого Королевства» (1979) ЕСПЧ признал, что запрет статьи о жертвах асбеста нарушил свободу выражения мнений.",
     "contradict", "entity", "law"),
    ("In the Nottebohm case, decided on 6 April 1955, the International Court of Justice rejected Liechtenstein's claim against Guatemala.",
     "В апреле 1955 г. Международный суд ООН признал неприемлемым иск Лихтенштейна к Гватемале по делу Ноттебома, сославшись на отсутствие реальной связи.",
     "agree", "date", "law"),
    # RU false: upheld the tax instead of striking it down
    ("In McCulloch v. Maryland (1819), the Supreme Court under John Marshall struck down Maryland's tax on the Second Bank of the United States.",
     "В деле «Маккаллок против Мэриленда» (1819) Верховный суд США во главе с Джоном Маршаллом подтвердил право штата облагать налогом Второй банк США.",
     "contradict", "opposite", "law"),

    # ---------------- technology ----------------
    ("Series production of the ZAZ-965 Zaporozhets, a small rear-engined car, began at the Kommunar plant in Zaporizhzhia in 1960.",
     "Выпуск микролитражного «Запорожца» ЗАЗ-965 с задним расположением двигателя начался в 1960 г. на запорожском заводе «Коммунар».",
     "agree", "year", "technology"),
    # RU false: 24-hour instead of 12-hour period
    ("Soviet Molniya communications satellites fly highly elliptical orbits with a period of about 12 hours, giving long coverage of northern latitudes.",
     "Советские спутники связи «Молния» движутся по сильно вытянутым орбитам с периодом обращения около 24 часов, обеспечивая связь в высоких широтах.",
     "contradict", "duration", "technology"),
    ("The Gorky Automobile Plant began series production of the GAZ-21 Volga saloon in 1956, and the model stayed in production until 1970.",
     "Серийный выпуск легковой «Волги» ГАЗ-21 начался на Горьковском автозаводе осенью 1956 года.",
     "agree", "year", "technology"),
    ("The Soviet Mil Mi-26, which first flew in December 1977, is the largest and most powerful helicopter ever to enter series production.",
     "Ми-26 конструкции КБ Миля — самый большой и грузоподъёмный серийный вертолёт в мире.",
     "agree", "rank", "technology"),
    ("The Sinclair ZX80 home computer went on sale in 1980 for £99.95 ready-built, or £79.95 as a self-assembly kit.",
     "Домашний компьютер ZX80 фирмы Синклера в 1980 г. продавался за 99,95 фунта стерлингов в собранном виде.",
     "agree", "money", "technology"),
]

RELATED = [
    ("Samuel Richardson's novel Pamela; or, Virtue Rewarded was first published in 1740 and became a sensation across Europe.",
     "Сэмюэл Ричардсон по профессии был типографом и много лет владел собственной типографией в Лондоне.",
     "literature"),
    ("Hermann Hesse's novel Steppenwolf was first published in Berlin in 1927.",
     "В 1946 г. Герман Гессе был удостоен Нобелевской премии по литературе.",
     "literature"),
    ("Mammoth Cave in Kentucky was officially established as a United States national park in 1941.",
     "Мамонтова пещера внесена в список Всемирного наследия ЮНЕСКО в 1981 году.",
     "geography"),
    ("Shinya Yamanaka's team first produced induced pluripotent stem cells from mouse cells in 2006.",
     "Синъя Яманака долгие годы возглавлял Центр исследований и применения iPS-клеток при Киотском университете.",
     "science"),
    ("Tchaikovsky's ballet The Sleeping Beauty was first staged at the Mariinsky Theatre in 1890.",
     "Либретто балета «Спящая красавица» основано на сказке Шарля Перро о заколдованной принцессе.",
     "music"),
    ("Ingemar Stenmark won two gold medals at the 1980 Lake Placid Olympics, in the slalom and the giant slalom.",
     "Горнолыжник Ингемар Стенмарк родился в 1956 году и вырос в посёлке Тэрнабю на севере Швеции.",
     "sport"),
    ("A span of Melbourne's West Gate Bridge collapsed during construction in October 1970, killing thirty-five workers.",
     "Мост Уэст-Гейт через реку Ярра в Мельбурне был открыт для движения в 1978 году.",
     "disasters"),
    ("The music of Silent Night was composed by Franz Xaver Gruber, a village schoolteacher and church organist.",
     "Текст песни «Тихая ночь» написал в 1816 г. молодой австрийский священник Йозеф Мор.",
     "music"),
    ("The International Court of Justice delivered its judgment in the Nottebohm case in 1955, finding Liechtenstein's claim inadmissible.",
     "Фридрих Ноттебом, уроженец Гамбурга, с 1905 года жил и вёл торговые дела в Гватемале.",
     "law"),
    ("Olkhon is separated from the western shore of Lake Baikal by a narrow strait known as the Olkhon Gate.",
     "Ольхон — крупнейший остров Байкала, его длина составляет около 70 км.",
     "geography"),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")
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


def main():
    from collections import Counter
    rows = []
    counters = {"agree": 0, "contradict": 0}
    for en, ru, label, slot, domain in COMPARABLE:
        check_side(en, "en")
        check_side(ru, "ru")
        assert label in counters and slot in SLOTS and domain in DOMAINS, (label, slot, domain)
        ru_first = counters[label] % 2 == 0  # alternate within each label
        counters[label] += 1
        if ru_first:
            a, b, la, lb = ru, en, "ru", "en"
        else:
            a, b, la, lb = en, ru, "en", "ru"
        assert lang(a) == la and lang(b) == lb
        rows.append({"a": a, "b": b, "lang_a": la, "lang_b": lb, "label": label,
                     "slot": slot, "domain": domain})
    assert len(rows) == 60
    lab = Counter(r["label"] for r in rows)
    assert lab["agree"] == 30 and lab["contradict"] == 30, lab
    for L in ("agree", "contradict"):
        ruf = sum(1 for r in rows if r["label"] == L and r["lang_a"] == "ru")
        enf = sum(1 for r in rows if r["label"] == L and r["lang_a"] == "en")
        assert ruf == 15 and enf == 15, (L, ruf, enf)
    cslots = Counter(r["slot"] for r in rows if r["label"] == "contradict")
    assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in rows)
    assert max(doms.values()) <= 8, doms
    # no duplicate sentences
    sides = [r["a"] for r in rows] + [r["b"] for r in rows]
    assert len(set(sides)) == len(sides)

    rel = []
    for i, (en, ru, domain) in enumerate(RELATED):
        check_side(en, "en")
        check_side(ru, "ru")
        if i % 2 == 0:
            a, b, la, lb = en, ru, "en", "ru"
        else:
            a, b, la, lb = ru, en, "ru", "en"
        rel.append({"a": a, "b": b, "lang_a": la, "lang_b": lb, "label": "related",
                    "slot": "topic", "domain": domain})
    assert len(rel) == 10

    with open(os.path.join(HERE, "comparable_heldout52.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout52.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels:", dict(lab))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in rows if r["label"] == "agree").items())))
    print("domains:", dict(sorted(doms.items())))
    print("wrote", len(rows), "comparable and", len(rel), "related rows")


if __name__ == "__main__":
    main()
