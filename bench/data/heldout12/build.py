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
add(A,"date","history",
 "Japanese carrier aircraft struck the US Pacific Fleet at its base at Pearl Harbor, Hawaii, on the morning of 7 December 1941.",
 "Нападение японской авиации на американскую военно-морскую базу Пёрл-Харбор на Гавайях произошло 07.12.1941.")
add(A,"decade","history",
 "В начале 1580-х годов отряд казачьего атамана Ермака овладел Искером — столицей Сибирского ханства, которым правил хан Кучум.",
 "Yermak's Cossack band captured Isker, the capital of Khan Kuchum's Siberian Khanate, in the autumn of 1582.")
add(A,"year","history",
 "The Great Stand on the Ugra River in 1480, when the armies of Ivan III and Khan Akhmat faced each other without a pitched battle, is taken as the end of the Mongol yoke.",
 "Стояние на реке Угре, закончившееся отходом войск хана Ахмата, произошло в 1480 г. и традиционно считается концом ордынского ига.")
add(A,"century","history",
 "Вестготы во главе с королём Аларихом взяли и разграбили Рим в начале V века.",
 "In 410 the Visigothic king Alaric captured the city of Rome and allowed his troops to plunder it for three days.")
add(A,"person","science",
 "The 2010 Nobel Prize in Physics went to Andre Geim and Konstantin Novoselov, who had first isolated graphene at the University of Manchester.",
 "Лауреатами Нобелевской премии по физике за 2010 год стали Андрей Гейм и Константин Новосёлов — за новаторские опыты с двумерным материалом графеном.")
add(A,"number","biology",
 "В ядре каждой соматической клетки человеческого организма в норме содержится 46 хромосом.",
 "Human body cells normally carry twenty-three pairs of chromosomes, a count that was firmly established only in 1956.")
add(A,"year","science",
 "Max Planck put forward the idea that energy is emitted in discrete portions, or quanta, in 1900, which is often called the birth of quantum theory.",
 "Днём рождения квантовой физики нередко называют 14 декабря 1900 года, когда Макс Планк впервые изложил гипотезу квантов.")
add(A,"rank","geography",
 "Мадагаскар занимает четвёртое место среди крупнейших островов мира, уступая Гренландии, Новой Гвинее и Калимантану.",
 "Madagascar, which lies off the south-east coast of Africa, is the fourth-largest island on Earth.")
add(A,"number","geography",
 "Lake Onega in Karelia, the second-largest lake in Europe, has a surface area of roughly 9,700 square kilometres.",
 "Площадь Онежского озера, на одном из островов которого стоят знаменитые деревянные церкви Кижей, составляет около 9,7 тыс. км².")
add(A,"date","geography",
 "Катастрофическое извержение вулкана Кракатау в Зондском проливе достигло своего пика 27 августа 1883 года.",
 "The climactic explosions of Krakatoa, between Java and Sumatra, took place on August 27, 1883, and were heard thousands of kilometres away.")
add(A,"year","economy",
 "IKEA was founded in 1943 by the seventeen-year-old Ingvar Kamprad in the Swedish province of Småland.",
 "Шведскую компанию IKEA Ингвар Кампрад основал в 1943 году, когда ему было всего 17 лет.")
add(A,"number","economy",
 "За 1908–1927 гг. компания Ford выпустила свыше 15 млн автомобилей модели T.",
 "More than fifteen million Model T cars rolled off Ford's assembly lines before production finally ended in 1927.")
add(A,"year","economy",
 "Under Finance Minister Sergei Witte, Russia put the ruble on the gold standard in 1897.",
 "Денежная реформа Сергея Витте, которая ввела свободный размен рубля на золото, была завершена в 1897 году.")
add(A,"number","sport",
 "На Олимпийских играх 1936 года в Берлине американский легкоатлет Джесси Оуэнс завоевал четыре золотые медали.",
 "Jesse Owens won four gold medals in Berlin in 1936: in the 100 metres, the 200 metres, the long jump and the sprint relay.")
add(A,"place","sport",
 "Roger Bannister became the first man to run a mile in under four minutes, at the Iffley Road track in Oxford in May 1954.",
 "Первым в истории пробежал милю быстрее четырёх минут британец Роджер Баннистер — это случилось в Оксфорде 6 мая 1954 г.")
add(A,"year","culture",
 "Сиднейский оперный театр, спроектированный датским архитектором Йорном Утзоном, открылся в 1973 году.",
 "The Sydney Opera House, whose sail-like roofs were designed by the Dane Jørn Utzon, was formally opened by Queen Elizabeth II in 1973.")
add(A,"number","architecture",
 "Completed in 1967, the Ostankino television tower in Moscow stands 540 metres tall.",
 "Высота Останкинской телебашни — 540 м; до 1976 г. она оставалась самым высоким свободностоящим сооружением в мире.")
add(A,"place","music",
 "Антонио Страдивари, величайший скрипичный мастер, почти всю жизнь прожил и проработал в итальянском городе Кремона.",
 "The famous violins and cellos of Antonio Stradivari were made in his workshop in Cremona, in northern Italy.")
add(A,"month","literature",
 "George Orwell's dystopian novel Nineteen Eighty-Four was first published in London in June 1949.",
 "Роман-антиутопия Джорджа Оруэлла «1984» впервые увидел свет летом 1949 года, меньше чем за год до смерти автора.")
add(A,"year","music",
 "Миланский оперный театр «Ла Скала» открылся в 1778 г. постановкой оперы Антонио Сальери.",
 "La Scala, the great opera house of Milan, was inaugurated in August 1778 after only two years of building.")
add(A,"date","technology",
 "The first product ever scanned by its barcode at a shop checkout was a pack of Wrigley's chewing gum, on 26 June 1974 in Troy, Ohio.",
 "Впервые штрихкод считали сканером на кассе супермаркета в американском городе Трой 26.06.1974 — это была упаковка жевательной резинки.")
add(A,"organisation","technology",
 "QR-код придумали в 1994 году в японской компании Denso Wave, чтобы отслеживать автомобильные детали на производстве.",
 "The QR code was invented in Japan by Denso Wave, a Toyota group company, as a way of tracking car parts during manufacturing.")
add(A,"duration","astronomy",
 "On 18 March 1965 Alexei Leonov became the first person to walk in space, spending about twelve minutes outside his Voskhod 2 capsule.",
 "Первый выход человека в открытый космос, совершённый Алексеем Леоновым с борта корабля «Восход-2», длился около 12 минут.")
add(A,"year","food",
 "Рецепт кока-колы придумал в 1886 г. фармацевт Джон Пембертон из Атланты.",
 "Coca-Cola was first sold in 1886 at a pharmacy in Atlanta, Georgia, as a tonic created by the chemist John Pemberton.")
add(A,"place","medicine",
 "In 1854 the physician John Snow traced a deadly cholera outbreak in London's Soho to a single water pump on Broad Street.",
 "Врач Джон Сноу показал, что вспышка холеры 1854 года в лондонском районе Сохо была связана с водоразборной колонкой на Брод-стрит.")
add(A,"decade","medicine",
 "В 1840-х годах венский акушер Игнац Земмельвейс потребовал от врачей мыть руки раствором хлорной извести.",
 "Ignaz Semmelweis introduced handwashing with chlorinated lime at the Vienna General Hospital in 1847, sharply cutting deaths from childbed fever.")
add(A,"date","law",
 "In Brown v. Board of Education, decided on 17 May 1954, the US Supreme Court unanimously held racial segregation in public schools unconstitutional.",
 "Решением по делу «Браун против Совета по образованию» от 17.05.1954 Верховный суд США признал сегрегацию в государственных школах неконституционной.")
add(A,"year","law",
 "Судебник Ивана III, первый свод законов единого Русского государства, был принят в 1497 году.",
 "The Sudebnik, the first law code of the unified Russian state, was issued under Grand Prince Ivan III in 1497.")
add(A,"number","transport",
 "The Seikan railway tunnel, which links the Japanese islands of Honshu and Hokkaido beneath the sea, is about 53.9 km long.",
 "Длина тоннеля Сэйкан, проложенного под дном Сангарского пролива, составляет почти 54 километра.")
add(A,"number","transport",
 "Вантовый мост на остров Русский во Владивостоке, центральный пролёт которого составляет 1104 м, открыли в 2012 году.",
 "Vladivostok's cable-stayed Russky Bridge, opened in 2012, has a main span of 1.104 km, a world record at the time.")
# ---------------- contradict (30)
add(C,"year","history",
 "The Portuguese navigator Vasco da Gama first reached the Indian port of Calicut in May 1498, opening the sea route from Europe to India.",
 "Морской путь из Европы в Индию открыл Васко да Гама, впервые бросивший якорь у Каликута в 1512 году.")
add(C,"month","history",
 "Британский лайнер «Лузитания» был потоплен немецкой подводной лодкой у берегов Ирландии 7 мая 1915 года.",
 "The Cunard liner Lusitania was torpedoed by a German U-boat off the Irish coast in September 1915, with the loss of nearly 1,200 lives.")
add(C,"century","history",
 "French soldiers came upon the Rosetta Stone near the town of Rashid in 1799, during Napoleon's campaign in Egypt.",
 "Розеттский камень, ставший ключом к расшифровке египетских иероглифов, был найден в XVII веке.")
add(C,"person","history",
 "Открытое письмо «Я обвиняю…» в защиту капитана Альфреда Дрейфуса опубликовал в январе 1898 года писатель Эмиль Золя.",
 "Victor Hugo's open letter J'accuse…!, printed in 1898, charged the French army with covering up the truth about Captain Alfred Dreyfus.")
add(C,"person","astronomy",
 "Первый известный астероид, Цереру, открыл 1 января 1801 года итальянский астроном Джузеппе Пьяцци в Палермо.",
 "Ceres, the first asteroid ever found, was discovered on New Year's Day 1801 by William Herschel.")
add(C,"number","astronomy",
 "Проксима Центавра, ближайшая к нам звезда, удалена от Солнца приблизительно на 42 световых года.",
 "Proxima Centauri, the nearest star to the Sun, lies about 4.2 light-years away.")
add(C,"entity","science",
 "Theodore Maiman built the first working laser at Hughes Research Laboratories in California in 1960, using a synthetic ruby crystal.",
 "Первый работающий лазер, созданный Теодором Мейманом в 1960 году, был построен на кристалле кварца.")
add(C,"polarity","biology",
 "Утконос — одно из немногих млекопитающих на Земле, которые откладывают яйца.",
 "Although it is a mammal with a duck-like bill, the platypus does not lay eggs but gives birth to live young.")
add(C,"place","music",
 "Handel's oratorio Messiah had its first performance in Dublin in April 1742.",
 "Премьера оратории Георга Фридриха Генделя «Мессия» состоялась в апреле 1742 года в Лондоне.")
add(C,"date","music",
 "Elvis Presley died at his Graceland mansion in Memphis on 26 August 1977, aged 42.",
 "Элвис Пресли скончался 16.08.1977 в своём поместье «Грейсленд» в Мемфисе.")
add(C,"decade","culture",
 "Опера Джузеппе Верди «Аида» впервые прозвучала в Каире в декабре 1871 года.",
 "Verdi's Aida, commissioned by the ruler of Egypt, was first staged at the Cairo opera house in the 1880s.")
add(C,"century","architecture",
 "Парфенон на афинском Акрополе был возведён в V веке до н. э. и посвящён богине Афине.",
 "The Parthenon, the temple of Athena on the Athenian Acropolis, was built in the third century BC.")
add(C,"rank","geography",
 "Hawaii was admitted to the Union in August 1959 as the fiftieth US state.",
 "Гавайи стали 49-м штатом США, войдя в состав страны в августе 1959 года.")
add(C,"place","geography",
 "Остров Сахалин, крупнейший в России, отделён от материка Татарским проливом.",
 "Sakhalin, Russia's largest island, is separated from the Asian mainland by the Bering Strait.")
add(C,"duration","geography",
 "In 1947 Thor Heyerdahl's balsa raft Kon-Tiki drifted from Peru to the islands of Polynesia in 101 days.",
 "Плавание плота «Кон-Тики» Тура Хейердала от берегов Перу до островов Полинезии в 1947 году продолжалось около месяца.")
add(C,"opposite","economy",
 "16 сентября 1992 года, в «чёрную среду», Великобритания была вынуждена вывести фунт стерлингов из европейского механизма валютных курсов.",
 "On Black Wednesday, 16 September 1992, Britain brought sterling into the European Exchange Rate Mechanism.")
add(C,"scale","economy",
 "Only about 21.5 thousand Volkswagen Beetles had been built by 2003, when the last one left the plant in Puebla, Mexico.",
 "К 2003 году, когда в мексиканском городе Пуэбла собрали последний «жук», Volkswagen выпустил свыше 21,5 млн этих машин.")
add(C,"entity","sport",
 "Знаменитый гол «рукой Бога» Диего Марадона забил англичанам в четвертьфинале чемпионата мира 1986 года в Мехико.",
 "Diego Maradona scored his notorious 'Hand of God' goal against West Germany in the 1986 World Cup quarter-final in Mexico City.")
add(C,"opposite","sport",
 "At the Lake Placid Winter Olympics on 22 February 1980, a team of American college players beat the Soviet Union 4–3 at ice hockey.",
 "В знаменитом хоккейном матче олимпийского турнира в Лейк-Плэсиде 22 февраля 1980 года студенты из США проиграли сборной СССР.")
add(C,"organisation","technology",
 "Портативный кассетный плеер Walkman японская корпорация Sony выпустила летом 1979 года.",
 "Panasonic launched the Walkman, a portable cassette player with light headphones, in the summer of 1979.")
add(C,"number","technology",
 "ENIAC, the general-purpose electronic computer unveiled in Philadelphia in 1946, contained only about 1,800 vacuum tubes.",
 "В ЭНИАК, электронной вычислительной машине, представленной публике в 1946 году, было около 18 тыс. электронных ламп.")
add(C,"polarity","medicine",
 "Николай Пирогов первым применил эфирный наркоз в полевых условиях — во время Кавказской войны в 1847 году.",
 "The surgeon Nikolai Pirogov never operated under ether anaesthesia in the field, regarding it as too dangerous for wounded soldiers.")
add(C,"entity","medicine",
 "Hepatitis A, long known in Russia as Botkin's disease, is a viral infection of the liver.",
 "Болезнью Боткина в России называли вирусное заболевание, поражающее прежде всего почки.")
add(C,"opposite","law",
 "In June 2022 the US Supreme Court overturned Roe v. Wade, ending the federal constitutional right to abortion.",
 "В июне 2022 года Верховный суд США подтвердил решение по делу «Роу против Уэйда», оставив его в силе.")
add(C,"money","law",
 "After the 1925 Scopes trial in Dayton, Tennessee, the teacher John Scopes was fined 10,000 dollars for teaching evolution.",
 "По итогам «обезьяньего процесса» 1925 года учителя Джона Скоупса оштрафовали на сто долларов за преподавание теории эволюции.")
add(C,"polarity","law",
 "В 1893 году Новая Зеландия первой из самоуправляющихся стран мира предоставила женщинам право голосовать на парламентских выборах.",
 "In 1893 New Zealand refused to extend the right to vote in parliamentary elections to women.")
add(C,"year","transport",
 "Готардский базисный тоннель длиной около 57 км открылся в Швейцарии в 2016 году.",
 "The 57-kilometre Gotthard Base Tunnel through the Swiss Alps opened in 2006.")
add(C,"organisation","transport",
 "The first Zhiguli car, the VAZ-2101, which went into production in Togliatti in 1970, was based on the Fiat 124.",
 "Прототипом первых «Жигулей», ВАЗ-2101, выпущенных в Тольятти в 1970 году, послужил автомобиль Renault.")
add(C,"percent","food",
 "Iran grows about nine-tenths of the world's saffron, the most expensive spice by weight.",
 "На долю Ирана приходится лишь около 30 % мирового производства шафрана.")
add(C,"duration","food",
 "В 1759 году Артур Гиннесс арендовал пивоварню у ворот Святого Джеймса в Дублине на 9000 лет.",
 "Arthur Guinness took a 900-year lease on the St James's Gate brewery in Dublin in 1759.")

rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "The Japanese attack on Pearl Harbor brought the United States into the Second World War.",
 "Военно-морская база Пёрл-Харбор расположена на острове Оаху в Гавайском архипелаге.")
radd("biology", "Утконос обитает только в восточной части Австралии и на острове Тасмания.",
 "The male platypus has a venomous spur on each of its hind legs.")
radd("geography", "Yuzhno-Sakhalinsk is the largest city and the administrative centre of Sakhalin.",
 "На шельфе острова Сахалин ведётся крупная добыча нефти и природного газа.")
radd("transport", "Готардский базисный тоннель проложен под Швейцарскими Альпами между кантонами Ури и Тичино.",
 "At about 57 kilometres, the Gotthard Base Tunnel is the longest railway tunnel in the world.")
radd("sport", "Jesse Owens was born in 1913 in a family of sharecroppers in Alabama.",
 "Одну из своих берлинских побед Джесси Оуэнс одержал в прыжках в длину.")
radd("music", "Элвиса Пресли, родившегося в штате Миссисипи, до сих пор часто называют «королём рок-н-ролла».",
 "Elvis Presley served in the US Army in West Germany from 1958 to 1960.")
radd("medicine", "Ignaz Semmelweis was born in 1818 in Buda, now part of Budapest.",
 "Идеи Земмельвейса о мытье рук при жизни учёного большинство коллег так и не приняли.")
radd("economy", "Название IKEA составлено из инициалов основателя, названия его родной фермы и деревни.",
 "IKEA is known for selling furniture in flat packs that customers assemble at home.")
radd("food", "Saffron is made from the dried stigmas of a particular kind of crocus flower.",
 "Именно шафран придаёт традиционной испанской паэлье из Валенсии её характерный жёлтый цвет.")
radd("technology", "ЭНИАК построили в Пенсильванском университете под руководством Джона Мокли и Джона Преспера Эккерта.",
 "ENIAC was originally designed to calculate artillery firing tables for the US Army.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout12.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout12.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
