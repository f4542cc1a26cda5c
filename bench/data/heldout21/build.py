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
 "At Mohács on 29 August 1526 the Ottoman army crushed the Hungarian forces, and the young King Louis II drowned while fleeing the field.",
 "Битва при Мохаче, завершившаяся полным разгромом венгерского королевского войска армией османов, произошла 29.08.1526.")
add(A,"century","history",
 "Флоты китайского адмирала Чжэн Хэ в первой трети XV века совершили семь дальних походов, дойдя до берегов Восточной Африки.",
 "Between 1405 and 1433 the Ming admiral Zheng He led seven great voyages across the Indian Ocean.")
add(A,"year","science",
 "Robert Millikan measured the charge of the electron in 1909 by watching tiny charged oil droplets float between two metal plates.",
 "Опыт Роберта Милликена с масляными каплями, позволивший определить заряд электрона, был поставлен в 1909 г.")
add(A,"decade","science",
 "Клеточную теорию, согласно которой все живые организмы состоят из клеток, сформулировал Теодор Шванн в конце 1830-х годов.",
 "In his treatise of 1839 Theodor Schwann, building on Matthias Schleiden's work on plants, argued that animals too are made of cells.")
add(A,"rank","geography",
 "Covering roughly half a million square kilometres, the Ross Ice Shelf is the largest ice shelf in Antarctica.",
 "Ни один шельфовый ледник Антарктиды не сравнится по площади с ледником Росса, открытым экспедицией Джеймса Кларка Росса в 1841 году.")
add(A,"percent","geography",
 "Около 80 % площади Пантанала — крупнейшего тропического водно-болотного угодья планеты — приходится на Бразилию.",
 "Roughly four-fifths of the Pantanal lies in Brazil, while the rest of the vast wetland stretches into Bolivia and Paraguay.")
add(A,"money","economy",
 "In May 2012 a pastel version of Edvard Munch's The Scream fetched $119.9 million at a New York auction, then a record for any artwork sold at auction.",
 "Пастельный вариант «Крика» норвежца Эдварда Мунка был продан на аукционе в Нью-Йорке весной 2012 года почти за 120 млн долларов.")
add(A,"date","economy",
 "15.01.2015 Швейцарский национальный банк неожиданно отказался от минимального курса 1,20 франка за евро, и франк резко подорожал.",
 "In mid-January 2015 the Swiss National Bank abruptly scrapped the cap that had kept the euro at no less than 1.20 francs.")
add(A,"date","sport",
 "On 16 July 1950, in front of a huge crowd at the Maracanã, Uruguay beat Brazil 2–1 in the deciding match of the World Cup.",
 "«Мараканасо» — так в Бразилии называют поражение сборной от Уругвая со счётом 1:2 в решающем матче чемпионата мира 16.07.1950.")
add(A,"duration","sport",
 "Тело британского альпиниста Джорджа Мэллори, пропавшего на склонах Эвереста в 1924 году, нашли лишь спустя 75 лет.",
 "George Mallory vanished high on Everest in June 1924 together with Andrew Irvine; his body was not found until 1999.")
add(A,"decade","technology",
 "Elisha Otis showed off his safety elevator in 1854 at a New York exhibition, ordering the hoisting rope cut while he stood on the platform.",
 "Безопасный лифт с ловителями, не дававшими кабине упасть при обрыве троса, Элиша Отис представил публике в 1850-х годах.")
add(A,"year","medicine",
 "Вирус Марбург получил название по немецкому городу, где в 1967 г. заболели сотрудники лаборатории, работавшие с африканскими мартышками.",
 "Marburg virus was first identified in 1967, when laboratory workers in Germany and Yugoslavia fell ill after handling monkeys imported from Uganda.")
add(A,"date","law",
 "In Obergefell v. Hodges, decided on 26 June 2015, the US Supreme Court held that the Constitution guarantees same-sex couples the right to marry.",
 "Решением по делу «Обергефелл против Ходжеса», вынесенным в июне 2015 г., Верховный суд США узаконил однополые браки во всех штатах.")
add(A,"organisation","law",
 "В 1992 году Высокий суд Австралии по делу Мабо отверг доктрину terra nullius и признал исконные права коренных народов на землю.",
 "Australia's High Court ruled in the Mabo case of 1992 that native title to land had survived British colonisation.")
add(A,"number","transport",
 "The first Simplon railway tunnel between Switzerland and Italy, opened in 1906, is about 19.8 kilometres long.",
 "Протяжённость первого Симплонского тоннеля, соединившего железной дорогой Швейцарию с Италией, — почти 20 км.")
add(A,"month","transport",
 "Атомная подводная лодка ВМС США «Наутилус» 3 августа 1958 г. первой прошла подо льдами точку Северного полюса.",
 "In August 1958 USS Nautilus, the world's first nuclear-powered submarine, became the first vessel to reach the North Pole, travelling submerged beneath the ice.")
add(A,"place","food",
 "Genuine mozzarella di bufala, made from the milk of water buffaloes, comes mainly from Campania in southern Italy.",
 "Моцареллу из молока буйволиц производят прежде всего в Кампании — области на юге Италии с центром в Неаполе.")
add(A,"entity","food",
 "Настоящий васаби готовят из натёртого корневища растения семейства капустных, а вовсе не из хрена, которым его часто подменяют.",
 "Real wasabi is grated from the rhizome of Eutrema japonicum, a plant of the cabbage family, though many restaurants serve coloured horseradish instead.")
add(A,"month","music",
 "Édith Piaf, the singer of \"La Vie en rose\", died in October 1963 at the age of forty-seven.",
 "Эдит Пиаф скончалась 10 октября 1963 года на юге Франции, а похоронили её на парижском кладбище Пер-Лашез.")
add(A,"rank","astronomy",
 "Марсианский вулкан Олимп, более чем вдвое превышающий по высоте Эверест, — крупнейший вулкан Солнечной системы.",
 "No volcano known in the Solar System is larger than Olympus Mons, a Martian shield volcano whose base is about 600 kilometres across.")
add(A,"date","astronomy",
 "Mars Pathfinder touched down on 4 July 1997 and released Sojourner, the first wheeled rover to drive on another planet.",
 "Первый марсоход «Соджорнер» доставила на Марс станция Mars Pathfinder, совершившая посадку в День независимости США 1997 года.")
add(A,"century","architecture",
 "Дрезденский дворцовый ансамбль Цвингер, шедевр немецкого барокко, был возведён по проекту Маттеуса Даниэля Пёппельмана в первой половине XVIII века.",
 "The Zwinger in Dresden, a Baroque complex of pavilions and galleries built for Augustus the Strong, went up between 1710 and 1728.")
add(A,"person","literature",
 "Harriet Beecher Stowe's anti-slavery novel Uncle Tom's Cabin came out as a book in 1852 and sold hundreds of thousands of copies within a year.",
 "Роман «Хижина дяди Тома», написанный американской писательницей Гарриет Бичер-Стоу, вышел отдельной книгой в 1852 г.")
add(A,"year","energy",
 "В 1895 году у Ниагарского водопада заработала гидроэлектростанция Адамса, вырабатывавшая переменный ток по системе Теслы и Вестингауза.",
 "Alternating current from Niagara Falls first flowed in 1895, when the Edward Dean Adams power station opened on the American side.")
add(A,"number","energy",
 "The Trans-Alaska Pipeline, which began carrying oil in 1977, runs about 800 miles from Prudhoe Bay to Alaska's southern coast.",
 "Трансаляскинский нефтепровод протяжённостью около 1290 км ведёт от месторождений на севере Аляски к незамерзающему порту на юге штата.")
add(A,"number","biology",
 "За всю свою жизнь, которая может длиться больше тысячи лет, вельвичия удивительная отращивает всего два листа.",
 "Welwitschia mirabilis of the Namib Desert grows only two leaves, which keep lengthening from the base for the whole life of the plant.")
add(A,"number","environment",
 "At Vostok Station in Antarctica the air cooled to minus 128.6 degrees Fahrenheit in July 1983, the lowest temperature ever recorded by a weather station.",
 "Рекордно низкая температура воздуха на Земле, −89,2 °C, была зафиксирована 21 июля 1983 г. на советской станции «Восток» в Антарктиде.")
add(A,"number","environment",
 "По официальным данным, землетрясение 28 июля 1976 года в китайском Таншане унесло жизни около 242 тыс. человек.",
 "The Tangshan earthquake that struck northern China in the summer of 1976 killed more than 240,000 people, according to the official count.")
add(A,"date","culture",
 "Star Wars opened in American cinemas on 25 May 1977 and within months became the highest-grossing film of its time.",
 "Премьера первого фильма «Звёздные войны» состоялась в кинотеатрах США в конце мая 1977 года.")
add(A,"decade","culture",
 "Первую русскую матрёшку выточил токарь Василий Звёздочкин, а расписал художник Сергей Малютин в 1890-х годах.",
 "Russia's first matryoshka, a set of eight nesting figures, was made at the end of the nineteenth century and won a medal at the Paris World's Fair of 1900.")
# ---------------- contradict (30)
add(C,"month","history",
 "Signed on 3 March 1878 at San Stefano near Constantinople, the preliminary peace ended the Russo-Turkish War and created a large autonomous Bulgaria.",
 "Сан-Стефанский мирный договор между Россией и Османской империей был подписан в сентябре 1878 года.")
add(C,"opposite","history",
 "На плебисците 5 октября 1988 года большинство чилийцев поддержало продление власти генерала Аугусто Пиночета ещё на восемь лет.",
 "In the Chilean plebiscite of October 1988 voters said no to another eight years of Augusto Pinochet, opening the way to free elections.")
add(C,"duration","science",
 "Rudolf Mössbauer discovered recoilless gamma-ray resonance in 1958 and received the Nobel Prize for it only three years later, at the age of thirty-two.",
 "Нобелевскую премию за открытие эффекта, носящего его имя, немецкий физик Рудольф Мёссбауэр получил лишь спустя почти тридцать лет.")
add(C,"place","geography",
 "Саргассово море, у которого нет берегов, находится в северной части Атлантического океана и ограничено кольцом течений, включая Гольфстрим.",
 "The Sargasso Sea, named after the floating seaweed that covers much of its surface, lies in the South Pacific Ocean.")
add(C,"number","geography",
 "Ojos del Salado, the world's highest active volcano, rises only about 4,300 metres above sea level on the Chile–Argentina border.",
 "Высота вулкана Охос-дель-Саладо, возвышающегося в Андах на границе Чили и Аргентины, составляет 6893 м.")
add(C,"century","economy",
 "Пузырь Миссисипской компании шотландского финансиста Джона Ло лопнул во Франции в 1720 году, разорив тысячи вкладчиков.",
 "John Law's Mississippi Company, whose shares soared and then crashed in Paris, collapsed in the nineteenth century.")
add(C,"money","economy",
 "Under Valentin Pavlov's currency reform of January 1991, every Soviet citizen could freely exchange up to 100,000 roubles in withdrawn 50- and 100-rouble notes.",
 "Во время павловской реформы в январе 1991 г. без проверки специальной комиссией можно было обменять изъятые 50- и 100-рублёвые купюры лишь на сумму до 1000 руб.")
add(C,"place","sport",
 "Свой мировой рекорд в прыжках в высоту — 2,45 м — кубинец Хавьер Сотомайор установил на Олимпийских играх в Барселоне.",
 "Javier Sotomayor cleared 2.45 metres at a meeting in Salamanca, Spain, in July 1993, setting a high jump world record that still stands.")
add(C,"polarity","technology",
 "Pavel Yablochkov's arc lamp of 1876, the \"electric candle\", needed no mechanical regulator because its two carbon rods stood side by side.",
 "Дуговая лампа Павла Яблочкова, запатентованная в 1876 году, могла работать только со сложным часовым регулятором расстояния между углями.")
add(C,"scale","technology",
 "Испытанная 30 октября 1961 года над Новой Землёй «Царь-бомба» мощностью около 50 мегатонн остаётся самым мощным взрывным устройством в истории.",
 "The Soviet Tsar Bomba, detonated over Novaya Zemlya in October 1961, had a yield of about 50 kilotons.")
add(C,"century","medicine",
 "Paracelsus, the Swiss-born physician who brought chemistry into medicine, lived and worked in the eighteenth century.",
 "Швейцарский врач и алхимик Парацельс, настаивавший на применении в медицине химических препаратов, жил в первой половине XVI века.")
add(C,"organisation","medicine",
 "Силденафил, продаваемый под маркой «Виагра», разработала немецкая фармацевтическая компания Bayer.",
 "Sildenafil, sold as Viagra, was developed by Pfizer chemists as a heart drug and approved in the United States for erectile dysfunction in 1998.")
add(C,"percent","law",
 "Under the Treaty of Trianon, signed in June 1920, Hungary lost more than two-thirds of its pre-war territory.",
 "По Трианонскому мирному договору Венгрия лишилась лишь около 7 % своей довоенной территории.")
add(C,"opposite","law",
 "Договор о Шпицбергене 1920 года признал суверенитет Норвегии над архипелагом, но запретил создавать там военно-морские базы и укрепления.",
 "The Svalbard Treaty of 1920 placed the archipelago under Norwegian rule and expressly allowed Norway to build naval bases and fortifications there.")
add(C,"number","transport",
 "Route 66, the highway that once linked Chicago with Santa Monica in California, was less than 400 miles long.",
 "Легендарное шоссе 66, связывавшее Чикаго с калифорнийской Санта-Моникой, имело протяжённость около 3900 км.")
add(C,"percent","food",
 "Канадская провинция Квебек даёт лишь около 7 % мирового производства кленового сиропа.",
 "Quebec alone produces roughly 70 percent of the world's maple syrup, far more than all US states combined.")
add(C,"decade","music",
 "Jean Sibelius wrote Finlandia in 1899 as a protest against Russian censorship, and the piece soon became a symbol of Finnish national identity.",
 "Симфоническую поэму «Финляндия», ставшую неофициальным гимном страны, Ян Сибелиус сочинил уже в 1930-х годах.")
add(C,"polarity","music",
 "В партитуре «Прометея» (1910) Александр Скрябин предусмотрел особую партию для светового клавира, окрашивающего зал в разные цвета.",
 "Scriabin's Prometheus: The Poem of Fire contains no part for light; the colour effects were added by others long after the composer's death.")
add(C,"rank","astronomy",
 "With the flight of Shenzhou 5 and Yang Liwei in October 2003, China became only the second country to send a person into orbit on its own.",
 "Полёт «Шэньчжоу-5» с тайконавтом Ян Ливэем 15 октября 2003 года сделал Китай третьей страной после СССР и США, самостоятельно отправившей человека в космос.")
add(C,"date","astronomy",
 "Американский марсоход «Персеверанс» совершил посадку на дно кратера Езеро 28 февраля 2021 года.",
 "NASA's Perseverance rover landed in Jezero Crater on Mars on 18 February 2021, carrying the small helicopter Ingenuity.")
add(C,"person","architecture",
 "Sanssouci, the rococo summer palace in Potsdam, was built in 1745–1747 for Frederick the Great, who wished to be buried on its terraces.",
 "Дворец Сан-Суси в Потсдаме построили для прусского короля Фридриха Вильгельма I, прозванного «королём-солдатом».")
add(C,"polarity","architecture",
 "Фонтаны Петергофа, включая Большой каскад, работают без единого насоса: вода поступает самотёком по водоводу от Ропшинских высот.",
 "The fountains of Peterhof, Peter the Great's palace on the Gulf of Finland, are driven by a system of powerful electric pumps.")
add(C,"year","literature",
 "Rabindranath Tagore, the Bengali poet of Gitanjali, was awarded the Nobel Prize in Literature in 1931.",
 "Рабиндранат Тагор стал первым неевропейским лауреатом Нобелевской премии по литературе, получив её в 1913 году.")
add(C,"person","literature",
 "Повествование в романе Германа Мелвилла «Моби Дик» ведёт сам капитан Ахав, одержимый местью белому киту.",
 "Moby-Dick is narrated by Ishmael, a young sailor who signs on to the whaler Pequod commanded by Captain Ahab.")
add(C,"duration","energy",
 "Construction of Finland's Olkiluoto 3 reactor began in 2005, and the unit entered regular operation only in 2023, some fourteen years late.",
 "Строительство третьего энергоблока финской АЭС «Олкилуото» с реактором EPR заняло меньше пяти лет.")
add(C,"place","biology",
 "В дикой природе венерина мухоловка встречается только на небольшой территории в Северной и Южной Каролине на востоке США.",
 "The Venus flytrap, which snaps shut on insects in a fraction of a second, is native to the swamps of northern Australia.")
add(C,"entity","biology",
 "In seahorses it is the female that carries the fertilised eggs in a brood pouch until the young are born.",
 "У морских коньков потомство вынашивают самцы: самка откладывает икру в выводковую сумку партнёра.")
add(C,"organisation","environment",
 "Судно «Рейнбоу Уорриор» было потоплено в гавани Окленда в июле 1985 г. агентами британской разведки MI6.",
 "The Greenpeace ship Rainbow Warrior was sunk in Auckland harbour on 10 July 1985 by agents of the French intelligence service DGSE.")
add(C,"year","environment",
 "Rachel Carson's Silent Spring, published in 1962, warned that DDT and other pesticides were poisoning birds and whole ecosystems.",
 "Книга Рейчел Карсон «Безмолвная весна» о вреде пестицидов вышла в 1972 году, сразу после запрета ДДТ в США.")
add(C,"number","culture",
 "Работа Энди Уорхола «Банки с супом Кэмпбелл» 1962 года состоит из 32 холстов — по числу вкусов супа, продававшихся тогда.",
 "Andy Warhol's Campbell's Soup Cans of 1962 consists of just twelve canvases, now owned by the Museum of Modern Art in New York.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "Fleeing the lost battle of Mohács, King Louis II of Hungary drowned in a swollen stream at the age of twenty.",
 "Османскую армию в битве при Мохаче лично возглавлял султан Сулейман Великолепный.")
radd("geography", "Европейский и американский угри уходят на нерест в Саргассово море, преодолевая тысячи километров.",
 "The Sargasso Sea takes its name from Sargassum, a brown seaweed that floats in mats on its surface.")
radd("sport", "Javier Sotomayor won the Olympic high jump title at the 1992 Games in Barcelona.",
 "Мировой рекорд Сотомайора — 2,45 м — был установлен в Саламанке летом 1993 года и до сих пор не побит.")
radd("astronomy", "Марсоход «Персеверанс» стартовал с мыса Канаверал на ракете Atlas V 30 июля 2020 года.",
 "The Ingenuity helicopter carried by Perseverance made the first powered flight on another planet in April 2021.")
radd("technology", "The Tsar Bomba was designed for a yield of about 100 megatons, but its designers halved the charge before the test.",
 "При испытании над Новой Землёй фактическая мощность «Царь-бомбы» составила около 50 мегатонн тротилового эквивалента.")
radd("law", "Договор о статусе Шпицбергена подписали в Париже 9 февраля 1920 года представители ряда держав, в том числе США и Великобритании.",
 "The Svalbard Treaty did not come into force until August 1925, when Norway formally took over the archipelago.")
radd("literature", "Moby-Dick first appeared in London in October 1851 under the title The Whale.",
 "Американское издание романа, уже под названием «Моби Дик», вышло в Нью-Йорке в ноябре 1851 года.")
radd("food", "Чтобы получить литр кленового сиропа, приходится уварить около 40 литров сока сахарного клёна.",
 "The Canadian province of Quebec supplies roughly 70 percent of all the maple syrup produced in the world.")
radd("biology", "A Venus flytrap closes only when an insect touches its trigger hairs at least twice within about twenty seconds.",
 "На переваривание пойманного насекомого у венериной мухоловки уходит около десяти дней.")
radd("environment", "Советская антарктическая станция «Восток» в глубине ледяного континента была открыта 16 декабря 1957 года.",
 "The world's lowest recorded air temperature, minus 89.2 °C, was measured at Vostok Station in July 1983.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout21.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout21.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
