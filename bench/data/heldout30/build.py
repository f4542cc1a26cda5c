# HELD-OUT30 builder: writes comparable_heldout30.jsonl (60 pairs) and related_heldout30.jsonl (10 pairs).
# Sentences are literal strings; rerun with `python3 build.py`.
import json, os, collections
import re as _re
E, R = "en", "ru"
rows = []
rel = []
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
def radd(domain, a, b):
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rel.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label="related", slot="topic", domain=domain))
A, C = "agree", "contradict"

# ---------------- agree (30)
add(A,"year","history",
 "The Taiping Rebellion, led by Hong Xiuquan, effectively ended in 1864, when Qing forces captured the rebel capital of Nanjing.",
 "Главный оплот тайпинов, Нанкин, пал в 1864 году, и после этого восстание в Китае было фактически подавлено.")
add(A,"decade","history",
 "Война Алой и Белой розы между домами Ланкастеров и Йорков началась в 1450-х годах.",
 "The first battle of the Wars of the Roses was fought at St Albans in May 1455, pitting the house of York against the house of Lancaster.")
add(A,"year","science",
 "In 1828 the German chemist Friedrich Wöhler made urea from ammonium cyanate, an inorganic salt.",
 "Синтез мочевины, осуществлённый Фридрихом Вёлером в 1828 году, подорвал веру в особую «жизненную силу» органических веществ.")
add(A,"place","science",
 "Опыт Штерна и Герлаха, в котором пучок атомов серебра расщеплялся в неоднородном магнитном поле, был поставлен во Франкфурте-на-Майне.",
 "Otto Stern and Walther Gerlach carried out their famous experiment with a beam of silver atoms at the University of Frankfurt in 1922.")
add(A,"date","economy",
 "The German Customs Union, or Zollverein, led by Prussia, came into force on 1 January 1834.",
 "Германский таможенный союз во главе с Пруссией начал действовать в 1834 г., отменив пошлины между многими германскими государствами.")
add(A,"place","economy",
 "Датская судоходная компания Maersk была основана в 1904 году в портовом городе Свеннборг.",
 "Maersk, now one of the world's largest container shipping lines, was founded in Svendborg, Denmark.")
add(A,"number","sport",
 "At the 1960 Rome Olympics Wilma Rudolph won three gold medals, in the 100 metres, the 200 metres and the sprint relay.",
 "Американская бегунья Уилма Рудольф стала трёхкратной олимпийской чемпионкой на Играх 1960 года в Риме.")
add(A,"rank","sport",
 "Первым официальным чемпионом мира по шахматам стал Вильгельм Стейниц, выигравший в 1886 году матч у Иоганна Цукерторта.",
 "No one held the official world chess title before Wilhelm Steinitz, who won it by defeating Johannes Zukertort in 1886.")
add(A,"century","music",
 "Monteverdi's L'Orfeo, one of the earliest operas still regularly performed, was first staged in Mantua in 1607.",
 "«Орфей» Клаудио Монтеверди — одна из первых опер в истории — был поставлен при мантуанском дворе Гонзага в начале XVII века.")
add(A,"year","music",
 "В 1888 году Николай Римский-Корсаков написал симфоническую сюиту «Шехеразада», в которой солирующая скрипка изображает рассказчицу.",
 "Rimsky-Korsakov's Scheherazade, a symphonic suite based on the One Thousand and One Nights, was composed in 1888.")
add(A,"decade","literature",
 "Mark Twain published The Adventures of Tom Sawyer, set in a small town on the Mississippi, in 1876.",
 "«Приключения Тома Сойера» Марка Твена вышли в 1870-х годах, за несколько лет до «Приключений Гекльберри Финна».")
add(A,"century","literature",
 "«Повесть о Гэндзи», написанная придворной дамой Мурасаки Сикибу, создана в начале XI века.",
 "Murasaki Shikibu, a lady-in-waiting at the Japanese imperial court, wrote The Tale of Genji in the early eleventh century.")
add(A,"place","geography",
 "Mount Roraima, a sheer-sided table mountain, marks the point where Venezuela, Brazil and Guyana meet.",
 "На плоской вершине горы Рорайма сходятся границы трёх государств — Бразилии, Гайаны и Венесуэлы.")
add(A,"rank","geography",
 "Руб-эль-Хали на юге Аравийского полуострова — самая большая сплошная песчаная пустыня в мире.",
 "No continuous expanse of sand on Earth is larger than the Rub' al Khali, the Empty Quarter of Arabia.")
add(A,"year","medicine",
 "Diazepam, marketed by Roche under the name Valium, went on sale in 1963.",
 "Валиум (диазепам), синтезированный химиком Лео Штернбахом в компании Hoffmann-La Roche, появился в продаже в 1963 г.")
add(A,"date","medicine",
 "Летом 2022 г. ВОЗ объявила вспышку оспы обезьян, охватившую десятки стран, чрезвычайной ситуацией в области здравоохранения международного значения.",
 "On 23 July 2022 the World Health Organization declared the global mpox outbreak a public health emergency of international concern.")
add(A,"date","law",
 "Rosa Parks was arrested in Montgomery, Alabama, on 1 December 1955 for refusing to give up her bus seat to a white passenger.",
 "В декабре 1955 г. темнокожая жительница Монтгомери Роза Паркс отказалась уступить место в автобусе белому и была арестована.")
add(A,"duration","law",
 "Конвенция ООН по морскому праву вступила в силу лишь через двенадцать лет после того, как её подписали на Ямайке.",
 "The UN Convention on the Law of the Sea was signed at Montego Bay in 1982 and entered into force in 1994.")
add(A,"year","technology",
 "Atari released Pong, a coin-operated table tennis game designed by Allan Alcorn, in 1972.",
 "Аркадный автомат Pong, простая имитация настольного тенниса, был выпущен компанией Atari в 1972 году.")
add(A,"place","transport",
 "«Трабанты» с кузовом из пластика дуропласт выпускались в ГДР, в саксонском городе Цвиккау.",
 "The Trabant, East Germany's small car with a Duroplast body, was built at the Sachsenring works in Zwickau.")
add(A,"date","astronomy",
 "Supernova 1987A in the Large Magellanic Cloud was first spotted on 24 February 1987, the closest such explosion seen since 1604.",
 "В феврале 1987 г. астрономы заметили в Большом Магеллановом Облаке сверхновую, получившую обозначение SN 1987A.")
add(A,"year","biology",
 "Саола — лесной бык из Вьетнама и Лаоса, о существовании которого учёные узнали лишь в 1992 году.",
 "The saola was discovered by scientists in 1992, when a team surveying the Vu Quang forest in Vietnam found a skull with long straight horns.")
add(A,"century","food",
 "Toblerone, the triangular chocolate bar with honey and almond nougat, was created in Bern in 1908 by Theodor Tobler and Emil Baumann.",
 "Швейцарский шоколад Toblerone в форме треугольных призм придумали в Берне в начале XX века.")
add(A,"year","environment",
 "Всемирный фонд дикой природы (WWF), на эмблеме которого изображена панда, был основан в 1961 году.",
 "The World Wildlife Fund, now called the World Wide Fund for Nature, was set up in 1961 in Morges, Switzerland.")
add(A,"place","architecture",
 "Le Corbusier's Villa Savoye, completed in 1931, stands in Poissy on the outskirts of Paris.",
 "Вилла Савой, один из манифестов модернизма, построена Ле Корбюзье в городке Пуасси под Парижем.")
add(A,"date","news",
 "В июле 2018 г. спасатели вывели из затопленной пещеры Тхамлуанг на севере Таиланда двенадцать юных футболистов и их тренера.",
 "The last of the twelve boys and their football coach were brought out of the flooded Tham Luang cave in Thailand on 10 July 2018.")
add(A,"number","news",
 "The partial collapse of the Champlain Towers South condominium in Surfside, Florida, in June 2021 killed 98 people.",
 "Обрушение двенадцатиэтажного жилого дома в Сёрфсайде под Майами 24 июня 2021 г. унесло жизни 98 человек.")
add(A,"rank","energy",
 "Самотлорское месторождение в Ханты-Мансийском округе, открытое в 1965 году, — крупнейшее нефтяное месторождение России.",
 "Discovered in 1965 in western Siberia, Samotlor is the biggest oil field in Russia.")
add(A,"date","energy",
 "The Wendelstein 7-X stellarator in Greifswald, Germany, produced its first plasma on 10 December 2015.",
 "Крупнейший в мире стелларатор Wendelstein 7-X в Грайфсвальде получил первую плазму в декабре 2015 г.")
add(A,"decade","culture",
 "Игра Pac-Man японской компании Namco, в которой жёлтый кружок поедает точки в лабиринте, появилась в начале 1980-х.",
 "Namco released the arcade game Pac-Man, designed by Toru Iwatani, in Japan in May 1980.")

# ---------------- contradict (30)
add(C,"year","history",
 "Переяславская рада, на которой гетман Богдан Хмельницкий и казаки присягнули русскому царю, собралась в 1684 году.",
 "In January 1654 the Pereyaslav Council, convened by Hetman Bohdan Khmelnytsky, swore allegiance to Tsar Alexis of Russia.")
add(C,"year","science",
 "In 1909 the Croatian seismologist Andrija Mohorovičić found the boundary between the Earth's crust and mantle that now bears his name.",
 "Границу между земной корой и мантией, названную его именем, хорватский сейсмолог Андрия Мохоровичич обнаружил в 1939 году.")
add(C,"year","sport",
 "Mikhail Tal became world chess champion in 1966, when he beat Mikhail Botvinnik in a title match in Moscow.",
 "Михаил Таль отобрал шахматную корону у Михаила Ботвинника в 1960 году, когда ему было всего 23 года.")
add(C,"date","news",
 "Землетрясение магнитудой 7,8 с эпицентром в провинции Кахраманмараш на юге Турции произошло 16 февраля 2023 года и затронуло также Сирию.",
 "A magnitude 7.8 earthquake struck southern Turkey and northern Syria before dawn on 6 February 2023, killing more than 50,000 people.")
add(C,"date","astronomy",
 "On 4 September 2023 the OSIRIS-REx capsule carrying samples of the asteroid Bennu landed in the Utah desert.",
 "Капсула зонда OSIRIS-REx с образцами грунта астероида Бенну приземлилась в штате Юта 24 сентября 2023 г.")
add(C,"month","news",
 "Извержение вулкана на острове Уайт-Айленд (Факаари) у берегов Новой Зеландии 9 декабря 2019 г. унесло жизни 22 человек.",
 "The eruption on New Zealand's Whakaari/White Island that killed 22 people, most of them tourists, happened in March 2019.")
add(C,"month","news",
 "On 28 September 2018 an earthquake and tsunami devastated Palu, a city on the Indonesian island of Sulawesi, killing more than 4,000 people.",
 "Землетрясение и цунами, разрушившие город Палу на индонезийском острове Сулавеси, произошли в мае 2018 года.")
add(C,"decade","culture",
 "Пьеса Джеймса Барри «Питер Пэн, или Мальчик, который не хотел расти» впервые была поставлена в Лондоне в декабре 1904 года.",
 "J. M. Barrie's play Peter Pan, about the boy who never grows up, was first staged in London in the 1930s.")
add(C,"decade","technology",
 "The Netscape Navigator web browser first appeared in the 1980s, long before the company went public in 1995.",
 "Браузер Netscape Navigator вышел в 1994 году, а уже в августе 1995 г. компания Netscape провела первичное размещение акций.")
add(C,"century","literature",
 "Поэт Фирдоуси завершил «Шахнаме», величайший эпос на персидском языке, в XIV веке.",
 "Ferdowsi completed the Shahnameh, the Persian national epic of some fifty thousand couplets, around the year 1010.")
add(C,"century","architecture",
 "The Great Ziggurat of Ur, in what is now southern Iraq, was built in the eleventh century BC.",
 "Большой зиккурат в Уре на юге современного Ирака был возведён при царе Ур-Намму в XXI веке до н. э.")
add(C,"number","sport",
 "В 2012 году индийский крикетист Сачин Тендулкар стал первым игроком, набравшим 75 сенчури в международных матчах.",
 "In March 2012 Sachin Tendulkar became the first cricketer to score one hundred international centuries.")
add(C,"number","biology",
 "About two thousand vaquitas, the small porpoises of the northern Gulf of California, are thought to survive today.",
 "По оценкам начала 2020-х годов, в северной части Калифорнийского залива осталось меньше двадцати морских свиней вакита.")
add(C,"percent","geography",
 "Ватнайёкюдль, крупнейший ледник Исландии, покрывает около 8 % территории страны.",
 "Vatnajökull, the largest glacier in Iceland, covers roughly 80 percent of the island.")
add(C,"percent","food",
 "Port, the fortified wine of Portugal's Douro valley, usually contains about 20 percent alcohol, since grape spirit is added during fermentation.",
 "Портвейн из долины Дору, который крепят виноградным спиртом, обычно содержит лишь около 5 % алкоголя.")
add(C,"money","economy",
 "В 1875 году банкир Лайонел Ротшильд ссудил британскому правительству 40 млн фунтов на покупку египетской доли акций Суэцкого канала.",
 "In 1875 Lionel de Rothschild lent the British government £4 million to buy the Egyptian khedive's shares in the Suez Canal.")
add(C,"money","news",
 "Tourists aboard OceanGate's Titan submersible, which imploded near the Titanic wreck in June 2023, had paid $250,000 each for the dive.",
 "Туристы, погибшие в июне 2023 г. вместе с подводным аппаратом Titan компании OceanGate у обломков «Титаника», заплатили за погружение по 25 тыс. долларов.")
add(C,"duration","transport",
 "Военный корабль Генриха VIII «Мэри Роуз», затонувший в проливе Солент в 1545 году, пролежал на дне около ста лет, прежде чем его подняли.",
 "The Mary Rose, Henry VIII's warship, sank in the Solent in 1545 and lay on the seabed for 437 years until it was raised in 1982.")
add(C,"duration","medicine",
 "Mary Mallon, the cook known as Typhoid Mary, spent about 26 years in all in forced isolation on North Brother Island in New York.",
 "Повариха Мэри Маллон, прозванная Тифозной Мэри, провела в принудительной изоляции на нью-йоркском острове Норт-Бротер в общей сложности около двух лет.")
add(C,"scale","biology",
 "Сегодня в Новой Зеландии живёт около 500 тыс. такахе — нелетающих птиц, которых в первой половине XX века считали вымершими.",
 "Only about 500 takahe, flightless birds once thought to be extinct, survive in New Zealand today.")
add(C,"rank","architecture",
 "At 632 metres, the Shanghai Tower, completed in 2015, is the tallest building in China.",
 "Шанхайская башня высотой 632 м, достроенная в 2015 году, — лишь третье по высоте здание Китая.")
add(C,"place","geography",
 "Белоснежные травертиновые террасы Памуккале рядом с руинами античного Иераполя находятся на юго-западе Турции.",
 "The white travertine terraces of Pamukkale, beside the ruins of ancient Hierapolis, are in northern Greece.")
add(C,"place","architecture",
 "Wawel Castle, for centuries the residence of Polish kings, stands on a hill above the Vistula in Warsaw.",
 "Вавельский замок, на протяжении столетий служивший резиденцией польских королей, стоит на холме над Вислой в Кракове.")
add(C,"person","music",
 "Знаменитый свадебный марш, звучащий на бесчисленных бракосочетаниях, Рихард Вагнер написал для музыки к комедии Шекспира «Сон в летнюю ночь».",
 "The Wedding March heard at so many weddings comes from the incidental music Felix Mendelssohn wrote in 1842 for Shakespeare's A Midsummer Night's Dream.")
add(C,"organisation","medicine",
 "Fluoxetine, sold under the brand name Prozac, was developed by Pfizer and approved in the United States in 1987.",
 "Флуоксетин, известный под торговой маркой «Прозак», создала американская компания Eli Lilly; в США препарат одобрили в 1987 году.")
add(C,"entity","technology",
 "Китайский марсоход «Чжужун» совершил посадку на равнине Утопия на Марсе в мае 2021 г.",
 "China's Zhurong rover touched down on the far side of the Moon in May 2021.")
add(C,"polarity","environment",
 "The planned repository for nuclear waste at Yucca Mountain in Nevada has never received any spent fuel.",
 "Хранилище радиоактивных отходов под горой Юкка-Маунтин в Неваде уже принимает отработанное топливо американских АЭС.")
add(C,"polarity","law",
 "Авраам Линкольн успел увидеть, как в декабре 1865 года была ратифицирована Тринадцатая поправка, отменившая рабство в США.",
 "Abraham Lincoln, assassinated in April 1865, did not live to see the Thirteenth Amendment abolishing slavery ratified that December.")
add(C,"opposite","energy",
 "In a 1978 referendum Austrians narrowly rejected starting up the finished Zwentendorf nuclear power plant, which never produced electricity.",
 "На референдуме 1978 года австрийцы небольшим большинством одобрили пуск достроенной АЭС Цвентендорф.")
add(C,"opposite","sport",
 "На Олимпиаде 1964 года в Токио Юрий Власов проиграл Леониду Жаботинскому и остался с серебряной медалью в тяжёлом весе.",
 "At the 1964 Tokyo Olympics the heavyweight lifter Yury Vlasov beat Leonid Zhabotinsky to retain his Olympic title.")

# ---------------- related (10): same subject as a comparable row, two different true facts
radd("history",
 "Hong Xiuquan, the leader of the Taiping Rebellion, believed he was the younger brother of Jesus Christ.",
 "В 1853 году тайпины захватили Нанкин и сделали его столицей своего государства.")
radd("sport",
 "Вильгельм Стейниц удерживал звание чемпиона мира по шахматам восемь лет, до 1894 года.",
 "Wilhelm Steinitz, the first official world chess champion, was born in Prague in 1836.")
radd("law",
 "The Montgomery bus boycott that followed Rosa Parks's arrest lasted 381 days.",
 "Роза Паркс родилась в 1913 году в городе Таскиги, штат Алабама.")
radd("transport",
 "Последний «Трабант» сошёл с конвейера в Цвиккау в апреле 1991 года.",
 "About three million Trabants were built over the car's three decades of production.")
radd("literature",
 "The town of St. Petersburg in The Adventures of Tom Sawyer is modelled on Hannibal, Missouri, where Mark Twain grew up.",
 "В середине 1880-х годов Марк Твен выпустил продолжение «Тома Сойера» — «Приключения Гекльберри Финна».")
radd("biology",
 "Саолу часто называют «азиатским единорогом», хотя у неё два длинных прямых рога.",
 "The saola lives only in the Annamite Mountains along the border between Vietnam and Laos.")
radd("energy",
 "The Wendelstein 7-X stellarator is operated by the Max Planck Institute for Plasma Physics.",
 "Сборка стелларатора Wendelstein 7-X в Грайфсвальде заняла около десяти лет и завершилась в 2014 году.")
radd("energy",
 "Самотлорское нефтяное месторождение в Западной Сибири сейчас разрабатывает дочерняя компания «Роснефти» — «Самотлорнефтегаз».",
 "The Samotlor oil field lies near the city of Nizhnevartovsk, partly beneath Lake Samotlor.")
radd("architecture",
 "Le Corbusier designed the Villa Savoye as a weekend house for Pierre and Eugénie Savoye.",
 "Вилла Савой воплощает пять принципов новой архитектуры Ле Корбюзье, в том числе опоры-столбы и ленточные окна.")
radd("history",
 "Поднятый со дна корпус «Мэри Роуз» выставлен в специально построенном музее в Портсмуте.",
 "The Mary Rose was built in 1510–1511, early in the reign of Henry VIII.")

# ---------------- checks and output
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
lab = collections.Counter(r["label"] for r in rows)
assert lab == {"agree": 30, "contradict": 30}, lab
for r in rows + rel:
    assert {r["lang_a"], r["lang_b"]} == {E, R}, r
    for side in (r["a"], r["b"]):
        n = len(side.split())
        assert 10 <= n <= 30, (n, side)
cslots = collections.Counter(r["slot"] for r in rows if r["label"] == C)
assert all(1 <= v <= 5 for v in cslots.values()) and len(cslots) == 17, cslots
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout30.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout30.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("comparable", len(rows), dict(lab), "related", len(rel))
