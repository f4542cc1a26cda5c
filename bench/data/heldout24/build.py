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
add(A,"century","history",
 "Iceland's parliament, the Althing, first met at Thingvellir in 930 and is often called one of the oldest parliaments in the world.",
 "Исландский альтинг, собиравшийся под открытым небом в долине Тингведлир, был учреждён в X веке.")
add(A,"date","history",
 "Турецкую Республику провозгласили 29.10.1923, и её первым президентом в тот же день стал Мустафа Кемаль, позднее получивший фамилию Ататюрк.",
 "On 29 October 1923 the Grand National Assembly proclaimed the Republic of Turkey and elected Mustafa Kemal Atatürk its first president.")
add(A,"year","science",
 "Willard Libby received the Nobel Prize in Chemistry in 1960 for developing radiocarbon dating.",
 "Метод радиоуглеродного датирования принёс американскому химику Уилларду Либби Нобелевскую премию 1960 г.")
add(A,"duration","history",
 "Урхо Кекконен занимал пост президента Финляндии двадцать шесть лет, с 1956 по 1982 год, дольше всех в истории страны.",
 "Urho Kekkonen won his first presidential election in 1956 and stayed in office for more than a quarter of a century, until 1982.")
add(A,"number","geography",
 "Lhasa, the capital of Tibet, lies at an altitude of about 3,650 metres, which makes it one of the highest cities in the world.",
 "Столица Тибета Лхаса расположена на высоте примерно 3,6 км над уровнем моря.")
add(A,"rank","transport",
 "Дарьенский пробел — болотистый и лесистый участок на границе Панамы и Колумбии — единственный разрыв Панамериканского шоссе.",
 "The Pan-American Highway runs almost unbroken from Alaska to Argentina; its only gap is the roadless Darién jungle between Panama and Colombia.")
add(A,"decade","economy",
 "Gold was found at Bonanza Creek in the Yukon in August 1896, setting off the Klondike Gold Rush.",
 "Клондайкская золотая лихорадка на северо-западе Канады началась в конце 1890-х годов и привлекла около ста тысяч старателей.")
add(A,"date","economy",
 "Патент на рабочие брюки с медными заклёпками Леви Страусс и портной Джейкоб Дэвис получили 20.05.1873.",
 "Levi Strauss and the tailor Jacob Davis were granted the patent for riveted denim work trousers on May 20, 1873, the date now treated as the birthday of blue jeans.")
add(A,"duration","sport",
 "Emanuel Lasker held the world chess championship for 27 years, from 1894 until he lost it in 1921.",
 "Немецкий шахматист Эмануил Ласкер оставался чемпионом мира дольше всех — двадцать семь лет.")
add(A,"number","sport",
 "Француженка Сюзанн Ленглен шесть раз побеждала в одиночном разряде Уимблдонского турнира, в 1919–1923 и 1925 гг.",
 "Suzanne Lenglen won six Wimbledon singles titles and lost only a handful of matches in her whole amateur career.")
add(A,"year","technology",
 "Herman Hollerith's electric tabulating machines were first used on a national scale to process the 1890 United States census.",
 "Табуляторы Германа Холлерита, считывавшие данные с перфокарт, применили при обработке результатов американской переписи 1890 года.")
add(A,"organisation","technology",
 "Язык программирования Фортран создала в 1957 г. группа Джона Бэкуса в корпорации IBM.",
 "FORTRAN, the first widely used high-level programming language, was developed at IBM by a team under John Backus and released in 1957.")
add(A,"date","medicine",
 "Louise Brown, the first baby conceived by in vitro fertilisation, was born at Oldham General Hospital on 25 July 1978.",
 "Первый в мире ребёнок, зачатый «в пробирке», — англичанка Луиза Браун — появилась на свет летом 1978 года, 25 июля.")
add(A,"place","medicine",
 "Возбудителя малярии в крови больных впервые увидел в 1880 г. французский военный врач Альфонс Лаверан, служивший в Алжире.",
 "Alphonse Laveran discovered the malaria parasite while working as an army doctor in Algeria, and later received the 1907 Nobel Prize.")
add(A,"month","law",
 "In October 1989 Denmark became the first country in the world to let same-sex couples enter registered partnerships.",
 "Датский закон о регистрируемом партнёрстве однополых пар, первый такой закон в мире, вступил в силу 1 октября 1989 г.")
add(A,"century","transport",
 "Паровую повозку для перевозки артиллерийских орудий французский инженер Никола Жозеф Кюньо построил ещё в XVIII веке.",
 "In 1769 the French military engineer Nicolas-Joseph Cugnot built a steam-powered carriage, often called the first self-propelled road vehicle.")
add(A,"number","transport",
 "On 30 November 1934 the Flying Scotsman became the first steam locomotive officially recorded at 100 miles per hour.",
 "Британский паровоз «Летучий шотландец» в 1934 году первым официально разогнался до скорости около 160 км/ч.")
add(A,"month","food",
 "В конце ноября 2022 г. ЮНЕСКО внесла ремесло и культуру французского багета в список нематериального культурного наследия.",
 "The craft of baking the French baguette was added to UNESCO's intangible cultural heritage list on 30 November 2022.")
add(A,"place","food",
 "Chianti is a red wine made mainly from Sangiovese grapes in the hills of Tuscany between Florence and Siena.",
 "Кьянти производят в Тоскане, на холмах между Флоренцией и Сиеной, в основном из винограда санджовезе.")
add(A,"place","music",
 "Знаменитый тенор Энрико Карузо скончался в 1921 году в Неаполе, где и родился сорока восемью годами ранее.",
 "Enrico Caruso was born in Naples in 1873 and died in the same city in August 1921.")
add(A,"month","music",
 "Carl Orff's cantata Carmina Burana was first performed at the Frankfurt Opera in June 1937.",
 "Премьера кантаты Карла Орфа «Кармина Бурана» состоялась во Франкфурте-на-Майне 8 июня 1937 г.")
add(A,"year","astronomy",
 "Первый американский спутник «Эксплорер-1» вывели на орбиту 31 января 1958 года с мыса Канаверал.",
 "Explorer 1, launched in 1958, was the first satellite of the United States and detected the radiation belts later named after James Van Allen.")
add(A,"decade","astronomy",
 "As a graduate student at Cambridge, Jocelyn Bell Burnell spotted the first radio pulsar in 1967.",
 "Первый пульсар открыла в конце 1960-х годов аспирантка Кембриджского университета Джоселин Белл Бернелл.")
add(A,"duration","architecture",
 "После пожара 1194 г. основной объём Шартрского собора возвели заново к 1220 году.",
 "After the fire of 1194 the main body of Chartres Cathedral was rebuilt in only about a quarter of a century.")
add(A,"number","architecture",
 "The stainless-steel Gateway Arch in St. Louis, completed in 1965, is 630 feet tall and just as wide at its base.",
 "Высота арки «Ворота на Запад» в Сент-Луисе, самого высокого монумента США, составляет 192 метра.")
add(A,"year","literature",
 "Роман нигерийского писателя Чинуа Ачебе «И пришло разрушение» вышел в Лондоне в 1958 г.",
 "Chinua Achebe's novel Things Fall Apart, published in 1958, is one of the most widely read books by an African author.")
add(A,"year","energy",
 "Rudolf Diesel's first working engine ran at the Augsburg machine works in 1897, four years after he had published his design.",
 "Первый работоспособный двигатель Рудольфа Дизеля был испытан в Аугсбурге в 1897 году.")
add(A,"place","biology",
 "В естественных условиях новозеландское дерево каури растёт только на севере Северного острова.",
 "The kauri tree grows naturally only in the northern part of New Zealand's North Island, where the giant Tāne Mahuta still stands.")
add(A,"year","environment",
 "The Galápagos Islands were among the first twelve sites inscribed on UNESCO's World Heritage List in 1978.",
 "Галапагосские острова вошли в самый первый список Всемирного наследия ЮНЕСКО, утверждённый в 1978 г.")
add(A,"number","culture",
 "Вышитый ковёр из Байё, изображающий нормандское завоевание Англии, имеет около 70 м в длину при высоте примерно полметра.",
 "The Bayeux Tapestry is roughly 230 feet long but only about 20 inches high.")
# ---------------- contradict (30)
add(C,"year","history",
 "The Treaty of Ghent, which ended the War of 1812 between Britain and the United States, was signed on 24 December 1814.",
 "Гентский мирный договор, положивший конец англо-американской войне, был подписан 24 декабря 1824 г.")
add(C,"entity","history",
 "Адрианопольский мирный договор, подписанный осенью 1829 года, завершил русско-персидскую войну.",
 "The Treaty of Adrianople, signed in September 1829, ended the Russo-Turkish War of 1828–1829 on terms favourable to Russia.")
add(C,"person","science",
 "Бакелит, первую полностью синтетическую пластмассу, получил в 1907 году Томас Эдисон в своей лаборатории в Нью-Джерси.",
 "Bakelite, the first fully synthetic plastic, was invented in 1907 by the Belgian-born chemist Leo Baekeland in New York.")
add(C,"century","science",
 "Leonardo of Pisa, known as Fibonacci, introduced Hindu-Arabic numerals to European readers in his Liber Abaci of 1202.",
 "Книга Фибоначчи «Liber Abaci», познакомившая европейцев с арабскими цифрами, была написана в XVI веке.")
add(C,"place","geography",
 "Bora Bora is one of the Hawaiian Islands, lying north-west of Maui.",
 "Остров Бора-Бора с его знаменитой лагуной входит в архипелаг Общества во Французской Полинезии.")
add(C,"opposite","geography",
 "Гудзонов залив каждую зиму замерзает, и лёд держится на нём бóльшую часть года.",
 "Hudson Bay never freezes over, even in the coldest Canadian winters.")
add(C,"decade","economy",
 "The California Gold Rush began after James Marshall found gold at Sutter's Mill in January 1848.",
 "Калифорнийская золотая лихорадка началась в 1880-х годах, когда золото нашли на лесопилке Саттера.")
add(C,"money","economy",
 "Алмаз «Куллинан» правительство Трансвааля купило в 1907 г. примерно за 1 млн фунтов стерлингов, чтобы преподнести его Эдуарду VII.",
 "The Transvaal government bought the Cullinan diamond for £150,000 in 1907 and presented it to King Edward VII.")
add(C,"place","sport",
 "Capoeira, which blends martial arts, acrobatics and music, was developed in Argentina by gaucho horsemen.",
 "Капоэйра — сочетание боевого искусства, танца и музыки — сложилась в Бразилии среди порабощённых африканцев.")
add(C,"scale","environment",
 "Прорыв плотины Саут-Форк 31 мая 1889 г. вызвал Джонстаунское наводнение, унёсшее жизни более 2200 человек.",
 "The Johnstown Flood of May 31, 1889, caused by the failure of the South Fork Dam in Pennsylvania, killed more than 2.2 million people.")
add(C,"date","technology",
 "Reginald Fessenden made what is considered the first radio broadcast of voice and music from Brant Rock, Massachusetts, on Christmas Eve 1906.",
 "Первую радиопередачу с речью и музыкой Реджинальд Фессенден провёл из Брант-Рока 31 декабря 1906 года.")
add(C,"polarity","technology",
 "Заметки Ады Лавлейс об аналитической машине Бэббиджа так и не увидели света при её жизни.",
 "Ada Lovelace's notes on Babbage's Analytical Engine, including what is called the first computer program, were published in 1843.")
add(C,"place","medicine",
 "Возбудитель проказы был открыт в 1873 г. в Копенгагене норвежским врачом Герхардом Хансеном.",
 "Gerhard Armauer Hansen identified the bacterium that causes leprosy in 1873 while working in Bergen, Norway.")
add(C,"decade","medicine",
 "Болезнь легионеров получила название после вспышки среди участников съезда Американского легиона в Филадельфии летом 1976 года.",
 "Legionnaires' disease was named after an outbreak in the 1990s among delegates at an American Legion convention in Philadelphia.")
add(C,"polarity","law",
 "Alcatraz federal penitentiary in San Francisco Bay still holds prisoners today.",
 "Федеральная тюрьма на острове Алькатрас была закрыта в 1963 г., и сейчас там музей.")
add(C,"month","law",
 "Лозаннский мирный договор, определивший границы современной Турции, был подписан 24 июля 1923 года.",
 "The Treaty of Lausanne, which settled the borders of modern Turkey, was signed in January 1923.")
add(C,"polarity","transport",
 "The Holland Tunnel under the Hudson River is named after its chief engineer Clifford Holland, who died in 1924, three years before it opened.",
 "Инженер Клиффорд Холланд дожил до открытия названного в его честь тоннеля под Гудзоном в 1927 г. и первым проехал по нему.")
add(C,"date","food",
 "Вино божоле-нуво по французским правилам поступает в продажу в третий четверг марта.",
 "Beaujolais Nouveau is released every year on the third Thursday of November.")
add(C,"person","food",
 "Auguste Escoffier created the peach Melba at the Savoy in London in honour of the Australian soprano Nellie Melba.",
 "Десерт «персик Мельба» Огюст Эскофье придумал в честь русской балерины Анны Павловой.")
add(C,"year","music",
 "Edward Elgar's Enigma Variations were first performed in London in 1929, conducted by Hans Richter.",
 "«Вариации на оригинальную тему» («Энигма») Эдуарда Элгара впервые прозвучали в Лондоне в 1899 году.")
add(C,"month","music",
 "Благотворительные концерты Live Aid прошли 13 июля 1985 г. на стадионе «Уэмбли» в Лондоне и в Филадельфии.",
 "The Live Aid concerts were held on 13 September 1985 at Wembley Stadium in London and at JFK Stadium in Philadelphia.")
add(C,"organisation","astronomy",
 "Английская обсерватория Джодрелл-Бэнк с её огромным радиотелескопом Ловелла принадлежит Кембриджскому университету.",
 "Jodrell Bank Observatory in Cheshire, home of the Lovell radio telescope, is run by the University of Manchester.")
add(C,"century","astronomy",
 "The Antikythera mechanism, an ancient Greek device for predicting eclipses and planetary positions, was built around the second or first century BC.",
 "Антикитерский механизм, найденный в 1901 г. на затонувшем судне, изготовили в XIV веке н. э.")
add(C,"rank","architecture",
 "Lincoln Cathedral was never even the tallest building in England, let alone in the world.",
 "С начала XIV века и до обрушения шпиля в 1548 г. Линкольнский собор был самым высоким зданием в мире.")
add(C,"number","architecture",
 "Нью-йоркский небоскрёб Флэтайрон, построенный в 1902 году на треугольном участке, насчитывает 22 этажа.",
 "The Flatiron Building, completed in 1902 on a triangular block in Manhattan, has 62 floors.")
add(C,"place","literature",
 "Anna Akhmatova was born in 1889 at Bolshoy Fontan, a seaside suburb of Odessa.",
 "Анна Андреевна Ахматова, урождённая Горенко, появилась на свет в 1889 году в Киеве.")
add(C,"year","food",
 "В 1864 году Герард Адриан Хейнекен купил амстердамскую пивоварню «Хойберг», положив начало компании Heineken.",
 "Gerard Adriaan Heineken founded his company in 1964 by buying the De Hooiberg brewery in Amsterdam.")
add(C,"polarity","biology",
 "The marine iguana of the Galápagos is the only lizard that feeds in the sea, grazing on algae under water.",
 "Морская игуана Галапагосских островов никогда не заходит в море и питается наземными растениями.")
add(C,"percent","environment",
 "Less than 5 percent of the original Everglades wetland in Florida has been lost to drainage and farming.",
 "Примерно половина первоначальной площади болот Эверглейдс во Флориде утрачена из-за осушения и сельского хозяйства.")
add(C,"place","culture",
 "Искусство фламенко, соединяющее пение, танец и гитару, зародилось в Галисии, на северо-западе Испании.",
 "Flamenco, the song and dance tradition of the Andalusian Roma, was added to UNESCO's intangible heritage list in 2010.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))
radd("history",
 "Because news crossed the Atlantic slowly, the Battle of New Orleans was fought in January 1815, weeks after the Treaty of Ghent had been signed.",
 "Сенат США ратифицировал Гентский мирный договор только в феврале 1815 года.")
radd("economy",
 "Во время Клондайкской золотой лихорадки население Доусона за пару лет выросло до нескольких десятков тысяч человек.",
 "Jack London spent the winter of 1897 in the Klondike, and his time there later inspired The Call of the Wild.")
radd("sport",
 "Emanuel Lasker lost his world chess title to José Raúl Capablanca in a match played in Havana in 1921.",
 "Эмануил Ласкер был ещё и математиком: докторскую диссертацию он защитил в Эрлангене в 1902 году.")
radd("medicine",
 "Луиза Браун, первый ребёнок из пробирки, в 2006 году сама родила сына, зачатого естественным путём.",
 "Robert Edwards, one of the two British doctors behind Louise Brown's birth, received the Nobel Prize in Medicine in 2010.")
radd("literature",
 "Chinua Achebe took the title of Things Fall Apart from a line in W. B. Yeats's poem The Second Coming.",
 "В 2007 году нигерийский писатель Чинуа Ачебе стал лауреатом Международной Букеровской премии.")
radd("law",
 "С ноября 1969 по июнь 1971 года остров Алькатрас занимали индейские активисты, требовавшие вернуть им землю.",
 "Alcatraz opened as a federal prison in 1934, and Al Capone was among the first inmates sent there.")
radd("history",
 "Urho Kekkonen was born in 1900 in Pielavesi, a rural parish in central Finland.",
 "В молодости будущий президент Урхо Кекконен был чемпионом Финляндии по прыжкам в высоту.")
radd("environment",
 "Эверглейдс во Флориде называют единственным местом на Земле, где аллигаторы и крокодилы живут бок о бок.",
 "Everglades National Park was formally dedicated by President Harry Truman in December 1947.")
radd("food",
 "The boundaries of the Chianti wine area were first fixed by an edict of Grand Duke Cosimo III de' Medici in 1716.",
 "Эмблемой тосканских вин кьянти классико служит чёрный петух на горлышке бутылки.")
radd("environment",
 "Плотина Саут-Форк, прорыв которой вызвал наводнение в Джонстауне, удерживала озеро закрытого клуба богатых промышленников из Питтсбурга.",
 "After the Johnstown Flood, Clara Barton and the young American Red Cross led the relief work for several months.")

assert len(rows) == 60 and sum(r["label"] == A for r in rows) == 30, len(rows)
assert len(rel) == 10
for r in rows + rel:
    for side in ("a", "b"):
        n = len(r[side].split())
        assert 10 <= n <= 35, (n, r[side])
with open("comparable_heldout24.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("related_heldout24.jsonl", "w", encoding="utf-8") as f:
    for r in rel:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), len(rel))
