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
add(A,"decade","history",
 "Португальский мореплаватель Бартоломеу Диаш в конце 1480-х годов первым из европейцев обогнул южную оконечность Африки.",
 "In 1488 Bartolomeu Dias rounded the Cape of Good Hope, which he himself had called the Cape of Storms.")
add(A,"century","history",
 "Around the year 1000 the Norse explorer Leif Erikson sailed west from Greenland and landed on the coast of North America.",
 "Лейф Эриксон достиг берегов Америки на рубеже X и XI веков — почти за пятьсот лет до Колумба.")
add(A,"duration","geography",
 "Первое русское кругосветное плавание под началом Ивана Крузенштерна продолжалось три года, после чего шлюпы «Надежда» и «Нева» вернулись в Кронштадт.",
 "Adam Johann von Krusenstern led Russia's first voyage around the world, which lasted from 1803 to 1806.")
add(A,"date","economy",
 "President Franklin Roosevelt signed the Lend-Lease Act, which let the United States supply its allies with arms, on 11 March 1941.",
 "Закон о ленд-лизе, по которому США передавали союзникам вооружение и продовольствие, был принят в марте 1941 года.")
add(A,"century","economy",
 "Компания Гудзонова залива, торговавшая пушниной в Северной Америке, получила королевскую хартию во второй половине XVII века.",
 "Charles II granted a royal charter to the Hudson's Bay Company in 1670, handing it the fur trade of the lands draining into Hudson Bay.")
add(A,"year","science",
 "Sofia Kovalevskaya, a pupil of Karl Weierstrass, received a doctorate in mathematics from the University of Göttingen in 1874.",
 "Степень доктора философии Гёттингенский университет присудил Софье Ковалевской в 1874 году — за работы о дифференциальных уравнениях и кольцах Сатурна.")
add(A,"person","science",
 "Нобелевскую премию по физике за 1933 год англичанин Поль Дирак разделил с австрийцем Эрвином Шрёдингером.",
 "Erwin Schrödinger and the British theorist Paul Dirac, who predicted the positron, were jointly awarded the 1933 Nobel Prize in Physics.")
add(A,"rank","astronomy",
 "Canopus, in the southern constellation Carina, is the second-brightest star in the night sky.",
 "Из всех звёзд ночного неба только Сириус светит ярче Канопуса из созвездия Киля.")
add(A,"date","astronomy",
 "«Аполлон-13» стартовал 11 апреля 1970 г., но после взрыва кислородного бака экипажу пришлось отказаться от посадки на Луну.",
 "Launched in April 1970, Apollo 13 never landed on the Moon: an oxygen tank exploded on the way, and the three astronauts only just made it home.")
add(A,"place","sport",
 "Ding Liren won the world chess championship in Astana in 2023, beating Ian Nepomniachtchi in the rapid tiebreak.",
 "Титул чемпиона мира по шахматам Дин Лижэнь завоевал в столице Казахстана, где проходил его матч с Яном Непомнящим.")
add(A,"date","sport",
 "Осенью 1973 года на хьюстонском стадионе «Астродоум» Билли Джин Кинг в трёх сетах обыграла Бобби Риггса в так называемой «битве полов».",
 "On 20 September 1973 Billie Jean King beat the former Wimbledon champion Bobby Riggs in the televised Battle of the Sexes.")
add(A,"rank","music",
 "The monster-masked band Lordi gave Finland its first ever Eurovision victory, winning in Athens in 2006 with Hard Rock Hallelujah.",
 "До 2006 года Финляндия ни разу не побеждала на «Евровидении»; положила этому конец хард-рок-группа Lordi в жутких масках.")
add(A,"decade","music",
 "Опера Руджеро Леонкавалло «Паяцы» была впервые поставлена в Милане в начале 1890-х годов.",
 "Leoncavallo's Pagliacci premiered at Milan's Teatro Dal Verme on 21 May 1892, conducted by the young Arturo Toscanini.")
add(A,"number","literature",
 "The standard Babylonian version of the Epic of Gilgamesh, known from the library of Ashurbanipal at Nineveh, fills twelve clay tablets.",
 "Наиболее полная версия эпоса о Гильгамеше, царе Урука, записана клинописью на 12 глиняных табличках.")
add(A,"year","literature",
 "Единственная рукопись «Беовульфа» пострадала при пожаре в лондонском особняке Эшбернем-хаус в 1731 году.",
 "The only surviving manuscript of Beowulf was scorched in 1731, when fire broke out in the house that held Sir Robert Cotton's library.")
add(A,"place","geography",
 "The Rhône enters Lake Geneva at its eastern end and leaves it at the city of Geneva.",
 "Рона впадает в Женевское озеро с востока, а вытекает из него у Женевы, на юго-западной оконечности озера.")
add(A,"person","medicine",
 "Нобелевскую премию по физиологии и медицине 2023 года Каталин Карико получила вместе с Дрю Вайсманом за работы, открывшие путь мРНК-вакцинам.",
 "Katalin Karikó and her longtime collaborator Drew Weissman were honoured with the 2023 Nobel Prize for the nucleoside modifications behind mRNA vaccines.")
add(A,"date","law",
 "The European Union's AI Act, the bloc's sweeping law on artificial intelligence, entered into force on 1 August 2024.",
 "Регламент Евросоюза об искусственном интеллекте вступил в силу летом 2024 года, хотя большинство его требований начнут применяться позднее.")
add(A,"person","transport",
 "Экраноплан КМ, прозванный на Западе «Каспийским монстром», был создан в конструкторском бюро Ростислава Алексеева.",
 "The KM ground-effect vehicle, first flown over the Caspian in 1966, was the work of the Soviet designer Rostislav Alekseyev.")
add(A,"number","transport",
 "Two crashes of the Boeing 737 MAX, off Indonesia in October 2018 and in Ethiopia in March 2019, killed 346 people in all.",
 "После двух катастроф, унёсших жизни более 340 человек, самолёты Boeing 737 MAX в марте 2019 года были отстранены от полётов по всему миру.")
add(A,"duration","biology",
 "Гренландский кит может прожить более 200 лет и считается самым долгоживущим из млекопитающих.",
 "Some bowhead whales live for more than two centuries, longer than any other mammal known to science.")
add(A,"place","food",
 "Calvados is an apple brandy made in Normandy, in the north-west of France.",
 "Кальвадос, который перегоняют из яблочного сидра, делают в Нормандии, а назван он по одному из её департаментов.")
add(A,"entity","food",
 "Название венгерского гуляша происходит от слова gulyás — так в Венгрии называли пастухов, пасших скот.",
 "Goulash takes its name from the Hungarian word for a cattle herdsman, the men who first cooked the stew over open fires.")
add(A,"number","energy",
 "The chimney of the Ekibastuz GRES-2 power station in Kazakhstan, about 420 metres tall, is the tallest in the world.",
 "Самой высокой дымовой трубой на планете считается труба Экибастузской ГРЭС-2: её высота — 419,7 м.")
add(A,"year","environment",
 "Движение «Зелёный пояс», высадившее в Кении десятки миллионов деревьев, основала Вангари Маатаи в 1977 году.",
 "Wangari Maathai founded the Green Belt Movement in Kenya in 1977 to fight deforestation by paying women to plant trees.")
add(A,"century","architecture",
 "The tent-roofed Church of the Ascension at Kolomenskoye was completed in 1532, probably to mark the birth of the future Ivan the Terrible.",
 "Шатровая церковь Вознесения в Коломенском, включённая в список Всемирного наследия ЮНЕСКО, построена в XVI веке.")
add(A,"year","culture",
 "Британский музей был учреждён парламентом в 1753 году на основе коллекции врача и натуралиста Ханса Слоуна.",
 "Founded in 1753 and opened to visitors six years later, the British Museum grew out of Sir Hans Sloane's collection.")
add(A,"date","news",
 "Kelvin Kiptum set a marathon world record of 2:00:35 in Chicago in October 2023.",
 "8 октября 2023 года на Чикагском марафоне кениец Келвин Киптум пробежал дистанцию за 2 ч 00 мин 35 с — быстрее, чем кто-либо до него.")
add(A,"rank","news",
 "Южнокорейская писательница Хан Ган стала первым автором из своей страны, удостоенным Нобелевской премии по литературе, — это произошло в 2024 г.",
 "When Han Kang won the 2024 Nobel Prize in Literature, no South Korean writer had ever received it before.")
add(A,"person","technology",
 "Geoffrey Hinton shared the 2024 Nobel Prize in Physics with John Hopfield for discoveries that made machine learning with artificial neural networks possible.",
 "Джеффри Хинтона, которого называют одним из «крёстных отцов» искусственного интеллекта, наградили Нобелевской премией по физике за 2024 год вместе с Джоном Хопфилдом.")
# ---------------- contradict (30); the comment names the false side
add(C,"year","history",  # false: RU (62)
 "The eruption of Vesuvius in AD 79 buried the Roman town of Herculaneum under a thick layer of volcanic material.",
 "Геркуланум, приморский римский город на берегу Неаполитанского залива, погиб под вулканическими отложениями Везувия в 62 году н. э.")
add(C,"year","energy",  # false: RU (1979)
 "Месторождение Экофиск, с которого началась нефтяная история Норвегии, американская компания «Филлипс» открыла в 1979 г.",
 "Phillips Petroleum discovered the Ekofisk field in the Norwegian North Sea in 1969, and oil began to flow two years later.")
add(C,"year","transport",  # false: EN (1987)
 "In August 1987 the Soviet nuclear icebreaker Arktika became the first surface ship to reach the North Pole.",
 "Атомный ледокол «Арктика» достиг Северного полюса 17 августа 1977 г. — впервые в истории надводное судно оказалось в этой точке.")
add(C,"date","culture",  # false: EN (8 December)
 "Пещеру Шове на юге Франции с рисунками, которым более 30 тысяч лет, открыли трое спелеологов 18 декабря 1994 года.",
 "The Chauvet cave in the Ardèche gorge, with its paintings of lions, horses and rhinoceroses, was discovered on 8 December 1994.")
add(C,"date","news",  # false: EN (14 August)
 "A magnitude 6.2 earthquake struck central Italy on 14 August 2016, levelling much of the mountain town of Amatrice.",
 "Землетрясение, разрушившее городок Аматриче в Центральной Италии, произошло ночью 24 августа 2016 года; погибли около трёхсот человек.")
add(C,"month","science",  # false: RU (March)
 "Скелет австралопитека Люси нашли в эфиопской области Афар в марте 1974 года.",
 "Donald Johanson's team found the fossil skeleton nicknamed Lucy at Hadar, Ethiopia, in November 1974.")
add(C,"decade","economy",  # false: RU (1990s)
 "Wassily Leontief received the 1973 Nobel Prize in Economics for developing input-output analysis.",
 "Нобелевскую премию по экономике Василий Леонтьев, создатель метода «затраты — выпуск», получил только в 1990-х годах.")
add(C,"century","architecture",  # false: EN (ninth century BC)
 "Ворота Иштар, облицованные синими глазурованными кирпичами, построили в Вавилоне при Навуходоносоре II в VI веке до н. э.",
 "The Ishtar Gate of Babylon, now reconstructed in Berlin's Pergamon Museum, was erected in the ninth century BC.")
add(C,"number","sport",  # false: RU (14)
 "By the end of 2023 Novak Djokovic had won 24 Grand Slam singles titles, more than any other man.",
 "На счету Новака Джоковича 14 побед на турнирах Большого шлема в одиночном разряде — больше, чем у любого другого теннисиста-мужчины.")
add(C,"number","music",  # false: RU (three times)
 "Шведская певица Лорин выигрывала «Евровидение» три раза, последний из них — в 2023 году в Ливерпуле.",
 "Loreen won Eurovision for the second time in Liverpool in 2023, eleven years after her victory with Euphoria.")
add(C,"percent","economy",  # false: EN (50 percent)
 "According to the Laffer curve, a government would collect no tax revenue at all once the tax rate reached 50 percent.",
 "Кривая Лаффера показывает, что при ставке налога 100 % поступления в бюджет, как и при нулевой ставке, равны нулю.")
add(C,"percent","technology",  # false: EN (about 30 percent)
 "После того как в сентябре 2022 г. сеть «Эфириум» перешла на доказательство доли владения, её энергопотребление упало более чем на 99 %.",
 "The Merge of September 2022, when Ethereum moved from proof of work to proof of stake, cut the network's energy use by only about 30 percent.")
add(C,"money","news",  # false: RU (44 млн)
 "After the ransomware attack of May 2021, Colonial Pipeline paid the hackers about 4.4 million dollars in bitcoin.",
 "Владельцы американского трубопровода Colonial Pipeline, остановленного в мае 2021 г. атакой вируса-вымогателя, заплатили хакерам около 44 млн долларов.")
add(C,"money","technology",  # false: RU (500 млн)
 "За утечку данных пользователей в компанию Cambridge Analytica Федеральная торговая комиссия США в 2019 г. оштрафовала Facebook на 500 млн долларов.",
 "In July 2019 the US Federal Trade Commission fined Facebook a record five billion dollars over privacy failures exposed by the Cambridge Analytica scandal.")
add(C,"duration","energy",  # false: EN (about fifteen years)
 "Switzerland's Beznau nuclear power plant has been generating electricity for only about fifteen years.",
 "Первый блок швейцарской АЭС «Бецнау» работает с 1969 года — более полувека, дольше любого другого действующего реактора в мире.")
add(C,"duration","law",  # false: EN (about fifty years)
 "Золотая булла 1356 года, определившая порядок избрания императора семью курфюрстами, оставалась основным законом Священной Римской империи около 450 лет.",
 "The Golden Bull of 1356, which set out how seven prince-electors chose the emperor, remained in force for only about fifty years.")
add(C,"scale","news",  # false: RU (млрд)
 "The faulty CrowdStrike update of 19 July 2024 crashed about 8.5 million Windows computers around the world.",
 "Из-за ошибочного обновления программы CrowdStrike в июле 2024 г. по всему миру вышли из строя около 8,5 млрд компьютеров под управлением Windows.")
add(C,"scale","science",  # false: RU (десятки миллионов лет)
 "Денисовский человек, известный по костям из Денисовой пещеры на Алтае, жил десятки миллионов лет назад.",
 "Denisovans, an archaic human group first identified from a finger bone found in a Siberian cave, lived in Asia tens of thousands of years ago.")
add(C,"rank","geography",  # false: EN (seventh)
 "Annapurna I in Nepal, 8,091 metres high, is the seventh-highest mountain on Earth.",
 "Аннапурна (8091 м) занимает десятое место среди высочайших вершин мира и стала первым покорённым восьмитысячником.")
add(C,"rank","news",  # false: EN (second)
 "Построенная с помощью корейских специалистов АЭС «Барака» в ОАЭ стала первой атомной электростанцией в арабском мире: её первый блок подключили к сети в 2020 году.",
 "When the Barakah plant in the United Arab Emirates began supplying power in 2020, it became the second nuclear station in the Arab world.")
add(C,"place","literature",  # false: RU (Montevideo)
 "Jorge Luis Borges, author of Ficciones and The Aleph, was born in Buenos Aires in 1899.",
 "Автор «Вымышленных историй» и «Алефа» Хорхе Луис Борхес родился в 1899 году в Монтевидео.")
add(C,"place","food",  # false: RU (Bavaria)
 "Марка пива «Будвайзер» названа в честь Будвайса — старинного пивоваренного города в Баварии.",
 "Budweiser beer is named after Budweis, the German name of České Budějovice, a brewing town in southern Bohemia.")
add(C,"person","astronomy",  # false: EN (Gagarin)
 "During the Apollo–Soyuz mission of July 1975, the Soviet crew was commanded by Yuri Gagarin.",
 "Командиром советского экипажа в полёте «Союз — Аполлон» в июле 1975 года был Алексей Леонов, а бортинженером — Валерий Кубасов.")
add(C,"person","culture",  # false: EN (Khitruk)
 "Мультфильм «Ёжик в тумане» по сказке Сергея Козлова снял в 1975 году Юрий Норштейн.",
 "Hedgehog in the Fog, the 1975 Soviet animated film based on a tale by Sergei Kozlov, was directed by Fyodor Khitruk.")
add(C,"organisation","law",  # false: RU (European Union)
 "The European Convention on Human Rights was drawn up within the Council of Europe and signed in Rome in November 1950.",
 "Европейскую конвенцию о защите прав человека, подписанную в Риме в 1950 году, разработал и принял Европейский союз.")
add(C,"organisation","environment",  # false: RU (Greenpeace)
 "Акцию «Час Земли», впервые проведённую в Сиднее в 2007 г., придумала и организовала экологическая организация Гринпис.",
 "Earth Hour, in which people switch off their lights for sixty minutes, was started by WWF in Sydney on 31 March 2007.")
add(C,"entity","medicine",  # false: EN (mosquitoes)
 "Lyme disease, named after a town in Connecticut, is caused by bacteria that mosquitoes pass to humans.",
 "Болезнь Лайма вызывают бактерии-боррелии, и человек заражается ими через укус иксодового клеща.")
add(C,"polarity","biology",  # false: EN (did not die out)
 "Бескрылая гагарка полностью вымерла в середине XIX века: последних птиц убили у берегов Исландии.",
 "The great auk, a large flightless seabird of the North Atlantic, did not die out and still breeds on a few remote islands.")
add(C,"opposite","energy",  # false: RU (increased)
 "In 2023 the Dutch government shut down production at the Groningen gas field because extraction kept triggering earthquakes.",
 "В 2023 году нидерландское правительство увеличило добычу на газовом месторождении Гронинген, несмотря на вызванные ею землетрясения.")
add(C,"opposite","law",  # false: RU (upheld)
 "В деле Citizens United в 2010 г. Верховный суд США оставил в силе запрет корпорациям тратить деньги на независимую политическую рекламу.",
 "In its 2010 Citizens United ruling, the US Supreme Court struck down limits on independent political spending by corporations.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("news",
 "Kelvin Kiptum ran the Chicago Marathon in 2:00:35 in October 2023.",
 "Кенийский марафонец Келвин Киптум погиб в автомобильной аварии у себя на родине в феврале 2024 года.")
radd("music",
 "Финская группа Lordi, известная своими чудовищными масками, была основана в Рованиеми, столице Лапландии.",
 "Lordi won the Eurovision Song Contest in Athens in 2006.")
radd("medicine",
 "Katalin Karikó, the biochemist behind modified mRNA, was born in Hungary in 1955.",
 "В 2023 году Каталин Карико стала лауреатом Нобелевской премии по физиологии и медицине.")
radd("science",
 "В 1888 году Парижская академия наук присудила Софье Ковалевской премию Бордена за работу о вращении твёрдого тела.",
 "Sofia Kovalevskaya obtained her doctorate from the University of Göttingen in 1874.")
radd("astronomy",
 "The Apollo–Soyuz Test Project of 1975 was the last flight of an Apollo spacecraft.",
 "В июле 1975 года советский «Союз» и американский «Аполлон» состыковались на околоземной орбите.")
radd("sport",
 "Сербский теннисист Новак Джокович родился в Белграде в мае 1987 года.",
 "Novak Djokovic won the Olympic gold medal in men's singles at the Paris Games in 2024.")
radd("biology",
 "The last two known great auks were killed on the island of Eldey, off Iceland, in 1844.",
 "Бескрылая гагарка — крупная нелетающая морская птица Северной Атлантики, которую первой стали называть пингвином.")
radd("history",
 "Систематические раскопки Геркуланума начались в 1738 году по приказу неаполитанского короля.",
 "Herculaneum was buried by the eruption of Vesuvius in AD 79.")
radd("food",
 "The American brewer Anheuser-Busch launched its Budweiser lager in St. Louis in 1876.",
 "Название пива «Будвайзер» происходит от Будвайса — немецкого имени чешского города Ческе-Будеёвице.")
radd("energy",
 "Газовое месторождение Гронинген, одно из крупнейших в мире, открыли в 1959 году у деревни Слохтерен.",
 "Earthquakes caused by gas extraction have damaged thousands of houses in the Dutch province of Groningen.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
_lab = collections.Counter(r["label"] for r in rows)
assert _lab == {"agree": 30, "contradict": 30}, _lab
for r in rows + rel:
    assert {r["lang_a"], r["lang_b"]} == {E, R}, r
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout33.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout33.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
