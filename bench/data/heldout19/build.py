import json
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"month","history",
 "At Narva on 30 November 1700 the young Swedish king Charles XII routed a much larger Russian army besieging the town.",
 "В ноябре 1700 г. под Нарвой шведские войска Карла XII разгромили осаждавшую крепость русскую армию.")
add(A,"number","history",
 "В сражении у атолла Мидуэй в начале июня 1942 года японский флот лишился сразу четырёх авианосцев.",
 "During the Battle of Midway, fought from 4 to 7 June 1942, American aircraft sank four Japanese carriers.")
add(A,"year","science",
 "The positron, the antiparticle of the electron, was discovered in cosmic rays by the American physicist Carl Anderson in 1932.",
 "Позитрон Карл Андерсон обнаружил в 1932 г., изучая следы космических лучей в камере Вильсона.")
add(A,"century","science",
 "Инертный газ ксенон открыли в Лондоне Уильям Рамзай и Моррис Траверс в конце XIX века.",
 "Xenon was identified in 1898 by William Ramsay and Morris Travers, only weeks after the same pair had found krypton and neon.")
add(A,"number","geography",
 "The dormant volcano Mauna Kea on the Big Island of Hawaii reaches 4,207 metres above sea level.",
 "Высота гавайского вулкана Мауна-Кеа над уровнем моря составляет около 4,2 км.")
add(A,"place","geography",
 "Старинный город Тимбукту, знаменитый своими глинобитными мечетями, находится в Мали, недалеко от реки Нигер.",
 "Timbuktu, once a great centre of Islamic learning, lies in Mali on the southern edge of the Sahara, a few miles north of the Niger.")
add(A,"number","economy",
 "In 1911 the US Supreme Court ordered John D. Rockefeller's Standard Oil to be broken up into 34 separate companies.",
 "По решению Верховного суда США в 1911 г. нефтяную монополию Standard Oil разделили на тридцать четыре независимые компании.")
add(A,"number","economy",
 "В ходе деноминации 1995 года в Польше один новый злотый приравняли к 10 000 старых.",
 "When Poland redenominated its currency on 1 January 1995, ten thousand old zlotys became one new zloty.")
add(A,"number","sport",
 "Pete Sampras retired in 2002 with fourteen Grand Slam singles titles, seven of them won at Wimbledon.",
 "На счету американского теннисиста Пита Сампраса 14 побед на турнирах Большого шлема в одиночном разряде.")
add(A,"year","sport",
 "Литовский центровой Арвидас Сабонис стал олимпийским чемпионом в составе сборной СССР на Играх в Сеуле в 1988 г.",
 "Arvydas Sabonis won Olympic basketball gold with the Soviet Union at the 1988 Seoul Games, beating the United States in the semi-final.")
add(A,"decade","technology",
 "The Swiss engineer George de Mestral, inspired by burrs stuck to his dog's fur, patented the hook-and-loop fastener Velcro in 1955.",
 "Застёжку-липучку Velcro швейцарец Жорж де Местраль запатентовал в середине 1950-х годов.")
add(A,"organisation","technology",
 "Нейлон впервые синтезировали в 1935 г. в лаборатории американской химической компании DuPont под руководством Уоллеса Карозерса.",
 "Nylon, the first fully synthetic fibre, was created at DuPont in 1935 by a team led by Wallace Carothers.")
add(A,"year","medicine",
 "Streptomycin, the first antibiotic effective against tuberculosis, was isolated in 1943 in Selman Waksman's laboratory at Rutgers University.",
 "Стрептомицин был получен в 1943 году аспирантом Альбертом Шацем в лаборатории Зельмана Ваксмана.")
add(A,"person","medicine",
 "Нобелевскую премию по физиологии и медицине за 2003 г. получили Пол Лотербур и Питер Мэнсфилд — за создание метода МРТ.",
 "Paul Lauterbur and Sir Peter Mansfield shared the 2003 Nobel Prize in Physiology or Medicine for their work on magnetic resonance imaging.")
add(A,"century","law",
 "In Marbury v. Madison, decided in February 1803, the US Supreme Court first claimed the power to strike down an unconstitutional law.",
 "Решение по делу «Марбери против Мэдисона», закрепившее право Верховного суда США на судебный конституционный контроль, было принято в начале XIX века.")
add(A,"number","transport",
 "Беломорско-Балтийский канал, построенный в 1931–1933 гг. силами заключённых, имеет длину 227 км.",
 "The White Sea–Baltic Canal, dug largely by Gulag prisoners, runs for about 141 miles from Lake Onega to the White Sea.")
add(A,"month","transport",
 "Lisbon's Vasco da Gama Bridge across the Tagus estuary, more than 17 kilometres long, was opened to traffic in March 1998.",
 "Мост Васко да Гама через эстуарий Тежу в Лиссабоне открыли 29 марта 1998 г., незадолго до всемирной выставки «Экспо-98».")
add(A,"place","food",
 "Самым знаменитым рождественским штолленом считается дрезденский, а старейшая ярмарка Дрездена даже носит название Штрицельмаркт.",
 "Stollen, the fruit loaf eaten at Christmas across Germany, is most closely associated with Dresden, where it is also called Striezel.")
add(A,"place","music",
 "The violinist Niccolò Paganini was born in Genoa in October 1782, then the capital of an independent republic.",
 "Никколо Паганини родился в 1782 г. в Генуе, в семье мелкого торговца, игравшего на мандолине.")
add(A,"person","astronomy",
 "Тритон, крупнейший спутник Нептуна, открыл английский астроном-любитель Уильям Лассел в октябре 1846 г.",
 "Neptune's largest moon, Triton, was discovered in 1846 by William Lassell, just seventeen days after the planet itself was found.")
add(A,"century","architecture",
 "Construction of Persepolis, the ceremonial capital of the Achaemenid kings, began under Darius I around 518 BC.",
 "Строительство Персеполя, парадной столицы державы Ахеменидов, начал царь Дарий I в VI веке до н. э.")
add(A,"year","literature",
 "Роман Евгения Замятина «Мы» впервые был напечатан не на родине, а в Нью-Йорке в 1924 г., в английском переводе.",
 "Yevgeny Zamyatin's dystopian novel We first appeared in print in an English translation published in New York in 1924.")
add(A,"number","energy",
 "The Nurek Dam on the Vakhsh River in Tajikistan is about 300 metres high and feeds one of Central Asia's largest hydroelectric stations.",
 "Высота плотины Нурекской ГЭС на реке Вахш составляет 300 м.")
add(A,"number","biology",
 "Бивень нарвала — это видоизменённый левый клык самца, который может вырасти почти до трёх метров.",
 "The narwhal's spiral tusk is actually a tooth, usually the left canine of the male, and can reach about three metres.")
add(A,"duration","biology",
 "In September 2007 tardigrades carried outside the Foton-M3 capsule survived ten days exposed to open space.",
 "Во время полёта спутника «Фотон-М3» в 2007 г. тихоходки провели в открытом космосе десять суток и остались живы.")
add(A,"rank","environment",
 "Сундарбаны в дельте Ганга и Брахмапутры, поделённые между Бангладеш и Индией, — крупнейший мангровый лес на планете.",
 "No mangrove forest in the world is larger than the Sundarbans, which straddle the border between India and Bangladesh.")
add(A,"date","environment",
 "The eruption of Mount Tambora on Sumbawa reached its climax on 10 April 1815 and led to the cold 'year without a summer'.",
 "Кульминация извержения вулкана Тамбора пришлась на 10.04.1815, а следующий, 1816 год прозвали «годом без лета».")
add(A,"year","culture",
 "Первая Венецианская биеннале, международная художественная выставка, открылась в 1895 году.",
 "The Venice Biennale opened its first international art exhibition on 30 April 1895 in the Giardini gardens.")
add(A,"year","economy",
 "Werner von Siemens and the mechanic Johann Georg Halske founded their telegraph company in a Berlin backyard workshop in October 1847.",
 "Компания Siemens ведёт свою историю с 1847 г., когда Вернер фон Сименс и Иоганн Гальске основали в Берлине телеграфную мастерскую.")
add(A,"year","law",
 "Гербовый сбор, которым британский парламент в 1765 г. обложил газеты и документы в американских колониях, вызвал массовые протесты.",
 "The Stamp Act of 1765, which taxed printed paper in the American colonies, provoked such resistance that Parliament repealed it a year later.")
# ---------------- contradict (30)
add(C,"year","history",
 "The Spitak earthquake in northern Armenia struck on 7 December 1978, killing about 25,000 people.",
 "Спитакское землетрясение в Армении произошло 7 декабря 1988 г. и унесло жизни около 25 тыс. человек.")
add(C,"person","history",
 "Queen Zenobia of Palmyra was defeated in 272 by the Roman emperor Nero, who then took the city.",
 "В 272 году армия императора Аврелиана разгромила войска царицы Зенобии и вернула Пальмиру под власть Рима.")
add(C,"rank","science",
 "Вольфрам, из которого делают нити ламп накаливания, плавится при более низкой температуре, чем железо.",
 "Tungsten melts at about 3,422 °C, the highest melting point of any metal.")
add(C,"decade","science",
 "Впервые неоновые газоразрядные лампы Жорж Клод показал публике лишь в 1950-х годах.",
 "Georges Claude first showed neon lighting to the public at the Paris Motor Show in December 1910.")
add(C,"number","geography",
 "The Orinoco, which flows mostly through Venezuela into the Atlantic, is barely 600 kilometres long.",
 "Река Ориноко, протекающая главным образом по Венесуэле, имеет длину около 2,1 тыс. км.")
add(C,"rank","geography",
 "Норильск, где живёт около 180 тыс. человек, далеко не самый северный крупный город мира: Мурманск и Воркута лежат севернее.",
 "With more than 170,000 residents, Norilsk is the northernmost city in the world with a population over 100,000.")
add(C,"organisation","economy",
 "Концерн Unilever появился в 1929 году в результате слияния британской Lever Brothers с американской Procter & Gamble.",
 "Unilever was formed in 1929 when the Dutch Margarine Unie agreed to merge with the British soap maker Lever Brothers.")
add(C,"century","economy",
 "Аукционный дом Sotheby's провёл свои первые торги в Лондоне лишь в XIX веке.",
 "Sotheby's held its first auction in London in March 1744, selling several hundred books from a private library.")
add(C,"money","culture",
 "Van Gogh's Portrait of Dr Gachet sold at Christie's in New York in May 1990 for $82.5 million, then a record for a painting.",
 "«Портрет доктора Гаше» Ван Гога был продан на аукционе Christie's в 1990 г. за 8,25 млн долларов.")
add(C,"organisation","culture",
 "В 1935 г. права на настольную игру «Монополия» купила американская компания Parker Brothers, начавшая её массовый выпуск.",
 "Monopoly was first mass-produced in 1935 by the toy maker Mattel, which had bought the rights from Charles Darrow.")
add(C,"opposite","sport",
 "В 1957 г. Василий Смыслов проиграл Михаилу Ботвиннику матч за звание чемпиона мира по шахматам.",
 "Vasily Smyslov became world chess champion in 1957 by beating Mikhail Botvinnik, though he lost the return match a year later.")
add(C,"polarity","sport",
 "The biathlete Alexander Tikhonov won Olympic gold in the relay at four consecutive Winter Games, from 1968 to 1980.",
 "Биатлонист Александр Тихонов за всю карьеру так и не стал олимпийским чемпионом.")
add(C,"year","technology",
 "The Xerox 914, the first commercially successful plain-paper copier, went on the market in 1979.",
 "Первый успешный копировальный аппарат для обычной бумаги, Xerox 914, компания выпустила в 1959 году.")
add(C,"person","energy",
 "Идею токамака предложили в начале 1950-х годов советские физики Игорь Тамм и Андрей Сахаров.",
 "The tokamak, a doughnut-shaped device for confining hot plasma, was devised by Enrico Fermi in the early 1950s.")
add(C,"century","medicine",
 "Морфин выделил из опия немецкий аптекарь Фридрих Сертюрнер в начале XIX века.",
 "The German pharmacist Friedrich Sertürner isolated morphine from opium in the middle of the seventeenth century.")
add(C,"polarity","medicine",
 "In 1900 Walter Reed's commission in Cuba confirmed that yellow fever is transmitted by the bite of mosquitoes.",
 "Жёлтая лихорадка, как доказала в 1900 г. комиссия Уолтера Рида на Кубе, передаётся не комарами, а через грязную воду.")
add(C,"decade","law",
 "The Statute of Westminster of December 1931 gave dominions such as Canada and Australia full legislative independence.",
 "Вестминстерский статут, предоставивший доминионам вроде Канады и Австралии законодательную самостоятельность, британский парламент принял в 1870-х годах.")
add(C,"duration","transport",
 "Ледокольный пароход «Сибиряков» в 1932 г. впервые прошёл Северный морской путь от Архангельска до Берингова пролива за одну навигацию.",
 "The steamer Sibiryakov needed three summers and two winterings in the ice to complete its 1932 voyage along the Northern Sea Route.")
add(C,"place","food",
 "Mayonnaise is usually said to take its name from Mahón, the port of Menorca captured by the French in 1756.",
 "Название майонеза принято выводить от Валлетты — столицы Мальты, захваченной французами в 1756 г.")
add(C,"duration","food",
 "Scotch whisky must by law mature in oak casks in Scotland for at least ten years.",
 "По закону шотландский виски должен выдерживаться в дубовых бочках в Шотландии не менее трёх лет.")
add(C,"entity","music",
 "Немецкий композитор Эрик Сати написал три «Гимнопедии» для фортепиано в 1888 году.",
 "The French composer Erik Satie wrote his three Gymnopédies for piano in 1888.")
add(C,"date","music",
 "Владимир Высоцкий умер в Москве 25 июля 1980 г., в дни летних Олимпийских игр.",
 "Vladimir Vysotsky died in Moscow on 5 July 1980, during the Summer Olympics.")
add(C,"month","astronomy",
 "The Perseid meteor shower reaches its peak every year around 12 or 13 August.",
 "Пик метеорного потока Персеиды, радиант которого лежит в созвездии Персея, ежегодно приходится на середину декабря.")
add(C,"scale","astronomy",
 "Квазар 3C 273, первый квазар, чьё красное смещение измерил Маартен Шмидт в 1963 г., удалён от нас примерно на 2,4 млн световых лет.",
 "The quasar 3C 273, whose redshift Maarten Schmidt measured in 1963, lies about 2.4 billion light-years from Earth.")
add(C,"number","architecture",
 "Инкский город Мачу-Пикчу построен на горном хребте на высоте около 2430 м над уровнем моря.",
 "The Inca citadel of Machu Picchu sits on a ridge at more than 4,000 metres above sea level.")
add(C,"place","architecture",
 "Stonehenge, the prehistoric stone circle, stands in the Preseli Hills of south-west Wales.",
 "Стоунхендж, знаменитое доисторическое каменное сооружение, находится на Солсберийской равнине в английском графстве Уилтшир.")
add(C,"polarity","literature",
 "Antoine de Saint-Exupéry vanished on a reconnaissance flight over the Mediterranean on 31 July 1944, before the war in Europe ended.",
 "Антуан де Сент-Экзюпери пережил Вторую мировую войну и продолжал летать и писать ещё несколько лет.")
add(C,"number","environment",
 "Извержение вулкана Мон-Пеле 8 мая 1902 г. уничтожило город Сен-Пьер на Мартинике; погибли около 280 человек.",
 "The eruption of Mount Pelée on 8 May 1902 destroyed Saint-Pierre on Martinique and killed about 28,000 people.")
add(C,"percent","environment",
 "More than a third of the plant species on the Yemeni island of Socotra are found nowhere else on Earth.",
 "Эндемики составляют лишь около 3 % видов растений йеменского острова Сокотра.")
add(C,"polarity","biology",
 "Although slow on land, sloths are surprisingly good swimmers and can cross rivers.",
 "Ленивцы, которые почти всю жизнь проводят на деревьях, совсем не умеют плавать.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "At Narva the Swedes fought with only about 10,000 men, while the Russian army numbered several times as many.",
 "После поражения под Нарвой русская армия лишилась почти всей артиллерии, и Пётр I велел переливать на пушки церковные колокола.")
radd("geography", "Measured from its base on the Pacific floor, Mauna Kea rises more than 10,000 metres, higher than Everest.",
 "На вершине Мауна-Кеа расположены крупные астрономические обсерватории, в том числе два телескопа Кека.")
radd("sport", "Pete Sampras won his first Grand Slam title at the 1990 US Open when he was only nineteen.",
 "Последний титул на Уимблдоне Пит Сампрас завоевал в 2000 году.")
radd("technology", "Нейлоновые чулки поступили в широкую продажу в США в мае 1940 г.",
 "Wallace Carothers, the chemist behind nylon, took his own life in 1937, before nylon stockings ever reached the shops.")
radd("astronomy", "Triton orbits Neptune in the opposite direction to the planet's rotation, which suggests it was captured.",
 "Диаметр Тритона составляет около 2700 км, а на его поверхности «Вояджер-2» заметил действующие гейзеры.")
radd("energy", "Нурекская плотина высотой 300 м была самой высокой в мире с 1980 по 2013 год.",
 "Upstream on the same river Vakhsh, the Rogun Dam is being built to a planned height of 335 metres.")
radd("biology", "Narwhals live in Arctic waters around Greenland, northern Canada and Russia.",
 "У самок нарвала бивень, как правило, не вырастает, хотя изредка встречаются самцы сразу с двумя бивнями.")
radd("environment", "Вулкан Тамбора до извержения 1815 г. имел высоту около 4300 м, а сейчас — примерно 2850 м.",
 "The 1815 eruption of Tambora killed tens of thousands of people on Sumbawa and the neighbouring island of Lombok.")
radd("music", "Владимир Высоцкий похоронен на Ваганьковском кладбище в Москве, где на его могиле стоит бронзовый памятник.",
 "Vladimir Vysotsky played Hamlet at Moscow's Taganka Theatre for almost a decade.")
radd("literature", "Сказка «Маленький принц» впервые вышла в Нью-Йорке в апреле 1943 г.",
 "Parts of the plane in which Saint-Exupéry disappeared were raised from the sea floor near Marseille in 2003.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout19.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout19.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
