#!/usr/bin/env python3
"""Build heldout82: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Plassey was won by Robert Clive; Cornwallis was never in Bengal in 1757)
    ("At Plassey on 23 June 1757 a small East India Company army commanded by Robert Clive defeated Siraj ud-Daulah, the last independent Nawab of Bengal.",
     "Битва при Пласси (1757), после которой Ост-Индская компания установила контроль над Бенгалией, была выиграна войсками под командованием Чарльза Корнуоллиса.",
     C, "person", "history", True),
    # FALSE: EN (the Boers won at Majuba; Colley was killed in the defeat)
    ("The Battle of Majuba Hill on 27 February 1881 ended in a British victory over the Transvaal Boers, although Major-General George Colley was killed.",
     "В сражении на горе Маджуба 27.02.1881 буры наголову разбили британский отряд; его командир генерал Джордж Колли погиб.",
     C, "opposite", "history", False),
    # FALSE: RU (Rivoli was fought on 14-15 January 1797)
    ("In mid-January 1797 Napoleon Bonaparte routed József Alvinczi's Austrian army at Rivoli, near Lake Garda, sealing the fate of besieged Mantua.",
     "Разгром австрийской армии Альвинци при Риволи, после которого капитуляция осаждённой Мантуи стала неизбежной, произошёл в марте 1797 года.",
     C, "month", "history", True),
    ("On 20 November 1759, in a rising gale, Admiral Edward Hawke's squadron chased a French fleet into Quiberon Bay and destroyed it.",
     "Сражение в бухте Киберон у берегов Бретани (20.11.1759) закончилось разгромом французского флота маршала де Конфлана британской эскадрой адмирала Хока.",
     A, "date", "history", False),
    ("The Battle of Spion Kop, fought on 23–24 January 1900 during the attempt to relieve besieged Ladysmith, was a costly British defeat.",
     "Бой за холм Спион-Коп в январе 1900 г., в ходе попыток деблокировать Ледисмит, завершился тяжёлым поражением британцев от буров.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Rayleigh's co-discoverer of argon was William Ramsay, not Dewar)
    ("Lord Rayleigh received the 1904 Nobel Prize in Physics for his study of gas densities and the discovery of argon, made jointly with William Ramsay.",
     "Нобелевскую премию по физике 1904 г. лорд Рэлей получил прежде всего за открытие аргона, сделанное им совместно с Джеймсом Дьюаром.",
     C, "person", "science", False),
    # FALSE: EN (Sherrington and Adrian shared the 1932 prize)
    ("Charles Sherrington, who introduced the term 'synapse', shared a Nobel Prize in Physiology or Medicine with Edgar Adrian in the 1920s.",
     "Нобелевскую премию по физиологии и медицине 1932 года Чарлз Шеррингтон разделил с Эдгаром Эдрианом — за открытия, касающиеся функций нейронов.",
     C, "decade", "science", True),
    # FALSE: RU (Moniz did receive the 1949 Nobel Prize)
    ("The Portuguese neurologist Egas Moniz received the 1949 Nobel Prize in Physiology or Medicine for introducing prefrontal leucotomy.",
     "Португальский невролог Эгаш Мониш, предложивший операцию префронтальной лейкотомии, так и не был удостоен Нобелевской премии.",
     C, "polarity", "science", False),
    ("Henri Moissan, the French chemist who first isolated fluorine in 1886, was awarded the Nobel Prize in Chemistry in 1906.",
     "Нобелевская премия по химии за 1906 г. была присуждена Анри Муассану — за получение свободного фтора и создание электрической печи его конструкции.",
     A, "year", "science", True),
    ("Thulium, one of the rarest of the lanthanides, was discovered in 1879 by the Swedish chemist Per Teodor Cleve.",
     "Элемент тулий, открытый Пером Теодором Клеве в 1879 г., получил название от Туле — легендарной северной земли античных географов.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Tirich Mir is 7,708 m high)
    ("Tirich Mir, the highest peak of the Hindu Kush, rises to about 6,400 metres above the Chitral valley in northern Pakistan.",
     "Высота Тирич-Мира, высшей точки горной системы Гиндукуш, составляет 7708 м; вершина находится на севере Пакистана.",
     C, "number", "geography", True),
    # FALSE: EN (Gotland is larger; Oland is second)
    ("Öland, joined to the mainland at Kalmar by a bridge about six kilometres long, is the largest island in Sweden.",
     "Эланд — второй по площади остров Швеции после Готланда; с Кальмаром на материке его с 1972 г. связывает мост длиной свыше 6 км.",
     C, "rank", "geography", False),
    # FALSE: RU (the Xingu flows entirely through Brazil)
    ("The Xingu, one of the great south-bank tributaries of the Amazon, flows northwards across the Brazilian states of Mato Grosso and Pará.",
     "Шингу — крупный правый приток Амазонки, значительная часть течения которого проходит по территории Боливии.",
     C, "place", "geography", True),
    ("At 8,027 metres, Shishapangma in Tibet is the lowest of the world's fourteen eight-thousanders; a Chinese expedition first reached its summit in 1964.",
     "Шишабангма (8027 м) — самый низкий из 14 восьмитысячников и единственный из них, целиком лежащий на территории Китая.",
     A, "rank", "geography", False),
    ("Lake Urmia, a hypersaline lake in north-western Iran, lies between the provinces of East and West Azerbaijan and has shrunk dramatically in recent decades.",
     "Солёное озеро Урмия расположено на северо-западе Ирана, между провинциями Западный и Восточный Азербайджан.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Montgomery Ward started in Chicago)
    ("In 1872 Aaron Montgomery Ward started the first general mail-order business in Chicago, initially listing his goods on a single printed price sheet.",
     "Первую в мире универсальную фирму посылочной торговли Аарон Монтгомери Уорд основал в 1872 году в Нью-Йорке.",
     C, "place", "economy", False),
    # FALSE: EN (Vacheron Constantin dates from 1755, the eighteenth century)
    ("Vacheron Constantin, which claims to be the oldest watchmaker in continuous operation, was founded in Geneva in the seventeenth century.",
     "Часовая мануфактура «Вашерон Константин» ведёт свою историю с 1755 года, когда женевский мастер Жан-Марк Вашерон взял первого ученика.",
     C, "century", "economy", True),
    ("The sudden collapse of the Catholic-backed bank Union Générale in early 1882 set off a crash on the Paris Bourse.",
     "Крах банка «Юньон женераль» в 1882 г. вызвал панику на Парижской бирже и позднее дал Эмилю Золя материал для романа «Деньги».",
     A, "year", "economy", False),
    ("The Stavisky affair, a fraud built on bonds of the municipal pawnshop in Bayonne, broke in the winter of 1933–34 and fed the Paris riots of 6 February 1934.",
     "Афера Ставиского с облигациями муниципального ломбарда Байонны вскрылась в конце 1933 г. и в январе 1934-го привела к отставке кабинета Камиля Шотана.",
     A, "year", "economy", True),
    ("The cymbal firm Zildjian traces its history to Constantinople, where the Armenian metalsmith Avedis Zildjian began making cymbals in 1623.",
     "Компания «Зилджян», старейший в мире производитель тарелок, основана в 1623 г. в Константинополе, а с 1929 года работает в США.",
     A, "place", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Zoetemelk won the Tour in 1980)
    ("Joop Zoetemelk, the Dutch rider who finished second in the Tour de France six times, won the race outright in 1978.",
     "Нидерландский велогонщик Йоп Зутемелк выиграл «Тур де Франс» в 1980 г.; кроме того, шесть раз он финишировал в общем зачёте вторым.",
     C, "year", "sport", False),
    # FALSE: RU (Yagudin won gold in 2002)
    ("Alexei Yagudin won the men's figure skating gold medal at the 2002 Winter Olympics in Salt Lake City.",
     "На Олимпийских играх 2002 года в Солт-Лейк-Сити фигурист Алексей Ягудин завоевал серебряную медаль в мужском одиночном катании.",
     C, "rank", "sport", False),
    ("Tommie Smith won the 200 metres at the 1968 Olympics in Mexico City in a world-record time of 19.83 seconds.",
     "Американец Томми Смит выиграл олимпийский забег на 200 м в Мехико, установив мировой рекорд — 19,83 с.",
     A, "number", "sport", True),
    ("The Estonian high jumper Jüri Tarmak became Olympic champion at the 1972 Munich Games with a clearance of 2.23 metres.",
     "Юри Тармак завоевал олимпийское золото в прыжках в высоту на Играх в Мюнхене, взяв высоту 2 м 23 см.",
     A, "place", "sport", False),
    ("Samuel Wanjiru became Kenya's first Olympic marathon champion in Beijing in 2008, running an Olympic record of 2:06:32.",
     "Кениец Самуэль Ванджиру выиграл марафон на Олимпиаде-2008 в Пекине, установив рекорд Игр — 2 ч 06 мин 32 с.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Walhalla was designed by Leo von Klenze)
    ("The Walhalla, a Doric hall of fame overlooking the Danube near Regensburg, was designed by Leo von Klenze for King Ludwig I and opened in 1842.",
     "Построенный по проекту Карла Фридриха Шинкеля и открытый в 1842 г., храм славы Вальхалла возвышается над Дунаем близ Регенсбурга.",
     C, "person", "culture", True),
    # FALSE: RU (the Mummers Parade is held on New Year's Day)
    ("Philadelphia's Mummers Parade, with its string bands and sequined costumes, takes place every year on New Year's Day.",
     "Ежегодный парад ряженых со струнными оркестрами и костюмами в блёстках проходит в Филадельфии 4 июля, в День независимости.",
     C, "date", "culture", False),
    # FALSE: EN (Vauxhall Gardens closed in 1859, the nineteenth century)
    ("Vauxhall Gardens, the London pleasure garden on the south bank of the Thames, finally closed to the public in the eighteenth century.",
     "Знаменитый лондонский сад увеселений Воксхолл, открытый ещё в XVII веке, окончательно закрылся в 1859 г.",
     C, "century", "culture", True),
    ("Tanglewood, an estate in the Berkshire Hills of western Massachusetts, has been the summer home of the Boston Symphony Orchestra since 1937.",
     "С 1937 г. летней резиденцией Бостонского симфонического оркестра служит поместье Тэнглвуд в Массачусетсе, где проходит одноимённый музыкальный фестиваль.",
     A, "year", "culture", False),
    ("The Three Choirs Festival, one of the oldest music festivals in the world, rotates each summer between the cathedral cities of Gloucester, Hereford and Worcester.",
     "Фестиваль трёх хоров, известный с начала XVIII века, ежегодно проводится поочерёдно в Херефорде, Вустере и Глостере.",
     A, "place", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (The Mill on the Floss was published in 1860)
    ("George Eliot's novel The Mill on the Floss, which ends with Maggie Tulliver and her brother Tom drowning in a flood, was published in 1865.",
     "Роман Джордж Элиот «Мельница на Флоссе», героиня которого Мэгги Талливер гибнет во время наводнения, вышел в свет в 1860 году.",
     C, "year", "literature", False),
    # FALSE: EN (The Prisoner of Zenda was written by Anthony Hope)
    ("The Prisoner of Zenda, the 1894 adventure novel set in the imaginary kingdom of Ruritania, was written by H. Rider Haggard.",
     "Роман Энтони Хоупа «Узник Зенды» (1894) перенёс читателей в вымышленное центральноевропейское королевство Руритания.",
     C, "person", "literature", True),
    ("In Nicholas Nickleby Dickens satirised the cheap Yorkshire boarding schools through Dotheboys Hall and its brutal headmaster, Wackford Squeers.",
     "Прототипом Дотбойс-Холла — школы мистера Сквирса из «Николаса Никльби» (1838–1839) — послужили дешёвые пансионы Йоркшира.",
     A, "place", "literature", False),
    ("Sherwood Anderson's Winesburg, Ohio, a cycle of linked stories about the inhabitants of a small Midwestern town, came out in 1919.",
     "Связанные между собой рассказы Шервуда Андерсона о жителях провинциального городка вышли в 1919 г. под названием «Уайнсбург, Огайо».",
     A, "year", "literature", True),
    ("Vasil Bykov's 1970 novella Sotnikov, about two Belarusian partisans captured by the Germans, was filmed by Larisa Shepitko as The Ascent.",
     "Фильм Ларисы Шепитько «Восхождение», снятый по повести Василя Быкова «Сотников», в 1977 году получил главный приз Берлинского кинофестиваля.",
     A, "entity", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (the 1868 La Scala premiere of Mefistofele was a fiasco)
    ("Arrigo Boito's Mefistofele failed badly at its La Scala premiere in 1868 and succeeded only in a revised version staged in Bologna in 1875.",
     "Премьера оперы Арриго Бойто «Мефистофель» в миланском театре «Ла Скала» в 1868 году прошла с огромным успехом.",
     C, "opposite", "music", True),
    # FALSE: EN (The Haunted Manor was first staged in 1865)
    ("Stanisław Moniuszko's opera The Haunted Manor was first performed in Warsaw in 1875.",
     "Опера Станислава Монюшко «Страшный двор» впервые была поставлена в Варшаве в сентябре 1865 г.",
     C, "year", "music", False),
    ("Tchaikovsky's Manfred Symphony, inspired by Byron's dramatic poem, was written in 1885 and first performed in Moscow the following March.",
     "Симфония «Манфред» по одноимённой поэме Байрона была создана Чайковским в 1885 г.",
     A, "year", "music", True),
    ("Rimsky-Korsakov's one-act opera Mozart and Salieri, which sets Pushkin's little tragedy almost word for word, was first staged in Moscow in 1898.",
     "Премьера оперы «Моцарт и Сальери» состоялась в Москве в 1898 году; партию Сальери исполнил Фёдор Шаляпин.",
     A, "year", "music", False),
    ("The Oprichnik, Tchaikovsky's opera set in the reign of Ivan the Terrible, was first performed at the Mariinsky Theatre in St Petersburg in April 1874.",
     "Опера Чайковского «Опричник» по трагедии Лажечникова впервые прозвучала на сцене Мариинского театра в 1874 году.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (van Dyck died in London)
    ("Anthony van Dyck, principal painter to Charles I, died in London in December 1641 and was buried in Old St Paul's Cathedral.",
     "Антонис ван Дейк, придворный живописец английского короля Карла I, скончался в декабре 1641 года в родном Антверпене.",
     C, "place", "art", False),
    # FALSE: EN (the Wurzburg frescoes date from 1750-1753)
    ("Giovanni Battista Tiepolo painted the celebrated ceiling frescoes of the prince-bishop's Residence in Würzburg during the 1730s.",
     "Знаменитые плафоны резиденции князя-епископа в Вюрцбурге Джованни Баттиста Тьеполо расписал в 1750–1753 гг.",
     C, "decade", "art", True),
    ("Bartolomé Esteban Murillo died in Seville in 1682, not long after falling from scaffolding while painting an altarpiece in Cádiz.",
     "Мурильо умер в Севилье в апреле 1682 г.; незадолго до этого он упал с лесов, работая над алтарём капуцинской церкви в Кадисе.",
     A, "year", "art", False),
    ("Caspar David Friedrich's Monk by the Sea was shown at the Berlin Academy exhibition of 1810 alongside its companion piece, The Abbey in the Oakwood.",
     "Картина Каспара Давида Фридриха «Монах на берегу моря» (1808–1810) хранится в Старой национальной галерее Берлина.",
     A, "year", "art", True),
    ("Titian's Sacred and Profane Love, painted around 1514, hangs in the Galleria Borghese in Rome.",
     "Полотно Тициана «Любовь небесная и Любовь земная» (ок. 1514 г.) находится в римской галерее Боргезе.",
     A, "place", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the 1857 Act took divorce away from the church courts)
    ("The Matrimonial Causes Act 1857 removed divorce from the church courts and set up a new civil Court for Divorce and Matrimonial Causes in London.",
     "Принятый в 1857 г. английский закон о брачных делах передал рассмотрение дел о разводе в исключительное ведение церковных судов.",
     C, "organisation", "law", True),
    # FALSE: EN (the Warsaw Convention deals with carriage by air)
    ("Signed in October 1929, the Warsaw Convention set uniform rules on carrier liability for the international carriage of goods by sea.",
     "Варшавская конвенция 1929 г. унифицировала правила международных воздушных перевозок, в том числе об ответственности перевозчика.",
     C, "entity", "law", False),
    # FALSE: EN (Sinyavsky was sentenced to seven years)
    ("In February 1966 a Moscow court sentenced Andrei Sinyavsky, who had published abroad as Abram Tertz, to twelve years in a labour camp.",
     "В феврале 1966 г. Андрей Синявский, печатавшийся за границей под псевдонимом Абрам Терц, был приговорён к семи годам лагерей строгого режима.",
     C, "duration", "law", True),
    ("The Theodosian Code, a collection of imperial constitutions issued since the reign of Constantine, was promulgated by Theodosius II in 438.",
     "Кодекс Феодосия — свод императорских указов, начиная с эпохи Константина Великого, — был издан в V в. и вступил в силу в 439 году.",
     A, "century", "law", False),
    ("The Shakhty trial of 1928, one of the first Soviet show trials of alleged wreckers, put 53 engineers and managers from the Donbas coal industry in the dock.",
     "На Шахтинском процессе 1928 г. перед судом предстали 53 инженера и руководителя угольной промышленности Донбасса.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the Vitascope premiere was on 23 April 1896)
    ("The Vitascope projector, developed by Thomas Armat and sold under Edison's name, had its first public showing in New York on 23 April 1896.",
     "Первый публичный показ фильмов с помощью проектора «Витаскоп» прошёл в Нью-Йорке в октябре 1896 г., в мюзик-холле Костера и Биала.",
     C, "month", "technology", False),
    # FALSE: EN (Prolog was created in Marseille)
    ("Prolog, the logic programming language, was created in 1972 by Alain Colmerauer and Philippe Roussel at the University of Edinburgh.",
     "Язык логического программирования Пролог создан в 1972 г. в Марселе группой Алена Кольмероэ.",
     C, "place", "technology", True),
    # FALSE: RU (the Mutsu did leak radiation in 1974)
    ("Japan's first nuclear-powered ship, the Mutsu, leaked radiation during its first trial run on nuclear power in September 1974.",
     "Первое японское атомное судно «Муцу» в сентябре 1974 г. провело испытания на атомной энергии без какой-либо утечки радиации.",
     C, "polarity", "technology", False),
    ("James Nasmyth sketched his steam hammer in 1839 and took out a patent for it in 1842.",
     "Шотландский инженер Джеймс Несмит получил патент на изобретённый им паровой молот в 1842 году, хотя первый эскиз сделал ещё в 1839-м.",
     A, "year", "technology", True),
    ("The Pilot ACE computer at Britain's National Physical Laboratory ran its first program on 10 May 1950.",
     "Компьютер Pilot ACE, построенный в Национальной физической лаборатории Великобритании, выполнил первую программу в мае 1950 года.",
     A, "date", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (488 people died on the Valbanera)
    ("The Spanish liner Valbanera was lost with all 488 people aboard when a hurricane caught her off the Florida Keys in September 1919.",
     "Испанский пароход «Вальбанера», затонувший во время урагана у островов Флорида-Кис в сентябре 1919 г., унёс в пучину около 1200 человек.",
     C, "number", "disasters", True),
    # FALSE: EN (Summit Venture was a freighter/bulk carrier, not a tanker)
    ("On 9 May 1980 the oil tanker Summit Venture rammed a pier of Tampa Bay's Sunshine Skyway Bridge, and 35 people died when a span fell.",
     "9 мая 1980 г. сухогруз «Саммит Венчур» в шторм врезался в опору моста Саншайн-Скайуэй в заливе Тампа; погибли 35 человек.",
     C, "entity", "disasters", False),
    ("On 14 June 1891 an iron bridge over the Birs at Münchenstein, near Basel, collapsed under a crowded passenger train, killing more than 70 people.",
     "Катастрофа у Мюнхенштайна 14.06.1891, когда под поездом рухнул мост через реку Бирс, стала самой тяжёлой железнодорожной аварией в истории Швейцарии.",
     A, "date", "disasters", True),
    ("All 118 people aboard died when BEA Flight 548, a Trident bound for Brussels, crashed near Staines on 18 June 1972.",
     "Катастрофа «Трайдента» авиакомпании BEA, рухнувшего под Стейнсом вскоре после взлёта 18 июня 1972 г., унесла жизни 118 человек.",
     A, "number", "disasters", False),
    ("The fire at Our Lady of the Angels School in Chicago on 1 December 1958 killed 92 pupils and three nuns.",
     "Пожар в католической школе Богоматери Ангелов в Чикаго в декабре 1958 года унёс жизни 95 человек — 92 детей и трёх монахинь.",
     A, "number", "disasters", True),
]

RELATED = [
    ("After Plassey the Company installed Mir Jafar, who had betrayed Siraj ud-Daulah during the battle, as the new Nawab of Bengal.",
     "Битва при Пласси произошла 23 июня 1757 года неподалёку от реки Бхагиратхи, к северу от Калькутты.",
     "Plassey", True, "history"),
    ("Tirich Mir was first climbed in 1950 by a Norwegian expedition whose members included the philosopher Arne Næss.",
     "Вершина Тирич-Мир расположена в округе Читрал пакистанской провинции Хайбер-Пахтунхва, недалеко от границы с Афганистаном.",
     "Tirich Mir", False, "geography"),
    ("Tommie Smith, born in Texas in 1944, was a student at San José State College when he won his Olympic title.",
     "На пьедестале в Мехико рядом со Смитом стоял бронзовый призёр Джон Карлос, также поднявший кулак в чёрной перчатке.",
     "Tommie Smith", True, "sport"),
    ("Visitors reach the Walhalla from the Danube by a long flight of steps, and its exterior is modelled on the Parthenon in Athens.",
     "Вальхалла, задуманная кронпринцем Людвигом, будущим королём Баварии, ещё в 1807 году, хранит бюсты и мемориальные доски выдающихся немцев.",
     "Walhalla", False, "culture"),
    ("Besides composing Mefistofele, Arrigo Boito wrote the librettos of Verdi's last two operas, Otello and Falstaff.",
     "В опере Бойто «Мефистофель», в отличие от «Фауста» Гуно, использованы сюжеты обеих частей трагедии Гёте.",
     "Mefistofele", True, "music"),
    ("Charles I knighted Anthony van Dyck in 1632, soon after the Flemish painter settled in London.",
     "В молодости ван Дейк несколько лет работал в Антверпене помощником в мастерской Питера Пауля Рубенса.",
     "van Dyck", False, "art"),
    ("Sinyavsky's co-defendant Yuli Daniel, who had published abroad under the name Nikolai Arzhak, was sentenced to five years.",
     "В 1973 году Андрей Синявский эмигрировал во Францию, где преподавал русскую литературу в Сорбонне.",
     "Sinyavsky", True, "law"),
    ("After retiring from business in 1856, James Nasmyth turned to astronomy and co-wrote a book about the Moon.",
     "Паровой молот Несмита позволял ковать особо крупные детали — например, гребные валы для больших пароходов.",
     "Nasmyth", False, "technology"),
    ("The inquiry into the Staines crash found that the Trident's wing droops had been retracted too early, causing a deep stall.",
     "Самолёт, разбившийся под Стейнсом в 1972 году, выполнял рейс 548 из Лондона в Брюссель.",
     "Staines", True, "disasters"),
    ("In The Mill on the Floss the Tullivers' family home is Dorlcote Mill, close to the old town of St Ogg's.",
     "Образ Мэгги Талливер во многом автобиографичен: в нём Джордж Элиот отразила своё детство и отношения с братом Айзеком.",
     "Mill on the Floss", False, "literature"),
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
    sides = re.findall(r"^ +# FALSE: (EN|RU) \(", src, re.M)
    false_en, false_ru = sides.count("EN"), sides.count("RU")
    assert false_en == 15 and false_ru == 15, (false_en, false_ru)
    assert sum(r["lang_a"] == "ru" for r in rel) == 5, "related order"
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout82.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout82.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("false side: EN", false_en, "RU", false_ru)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
