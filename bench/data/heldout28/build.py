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
 "At Rocroi on 19 May 1643 the young Duke of Enghien routed the Spanish tercios, ending their long reputation for invincibility.",
 "Битва при Рокруа, в которой французская армия разгромила испанскую пехоту, произошла 19.05.1643, в первые дни царствования Людовика XIV.")
add(A,"duration","history",
 "Опричнина, введённая Иваном Грозным в 1565 году, была официально отменена им же в 1572 г.",
 "Ivan the Terrible's oprichnina, a regime of terror directed against the boyars, lasted about seven years before the tsar abolished it.")
add(A,"year","science",
 "In 1896 the Dutch physicist Pieter Zeeman observed that spectral lines split when the light source is placed in a strong magnetic field.",
 "Расщепление спектральных линий в магнитном поле, названное эффектом Зеемана, было открыто в 1896 г.; через шесть лет за него присудили Нобелевскую премию.")
add(A,"year","science",
 "Теорема Эмми Нётер, связывающая симметрии физических систем с законами сохранения, была опубликована в 1918 году.",
 "Emmy Noether published her theorem linking every continuous symmetry to a conserved quantity in 1918, while working in Göttingen.")
add(A,"number","geography",
 "Point Nemo in the South Pacific, the spot farthest from any land, lies about 2,700 kilometres from the nearest coast.",
 "До ближайшей суши от точки Немо — океанского полюса недоступности в южной части Тихого океана — примерно 2688 км.")
add(A,"number","geography",
 "Солончак Уюни на юго-западе Боливии занимает свыше 10 тыс. км² и считается крупнейшим в мире.",
 "Bolivia's Salar de Uyuni, the largest salt flat on Earth, covers more than ten thousand square kilometres at an altitude of about 3,600 metres.")
add(A,"number","economy",
 "When the Rentenmark was introduced in November 1923, one new unit was exchanged for one trillion old paper marks.",
 "Рентная марка, выпущенная для обуздания гиперинфляции в Германии, обменивалась на старые бумажные марки по курсу 1 к 1 трлн.")
add(A,"month","economy",
 "Токийская биржа Mt. Gox, через которую когда-то проходила большая часть сделок с биткойнами, подала заявление о банкротстве в конце февраля 2014 г.",
 "Mt. Gox, once the largest bitcoin exchange in the world, filed for bankruptcy protection in Tokyo on 28 February 2014.")
add(A,"number","sport",
 "Yuri Sedykh's hammer throw of 86.74 metres, set in Stuttgart in 1986, still stands as the world record.",
 "Мировой рекорд в метании молота — 86 м 74 см — советский легкоатлет Юрий Седых установил на чемпионате Европы 1986 года.")
add(A,"number","sport",
 "Виктор Санеев трижды подряд становился олимпийским чемпионом в тройном прыжке — в 1968, 1972 и 1976 годах.",
 "Soviet triple jumper Viktor Saneyev won three consecutive Olympic titles and then added a silver medal at the Moscow Games of 1980.")
add(A,"year","technology",
 "The theremin, an electronic instrument played without being touched, was invented by Leon Theremin in Soviet Russia in 1920.",
 "Терменвокс, на котором играют движениями рук в воздухе, Лев Термен сконструировал в 1920 г. в Петрограде.")
add(A,"month","technology",
 "Электронный питомец тамагочи, которого нужно было кормить и развлекать нажатием кнопок, появился в японских магазинах осенью 1996 г.",
 "Tamagotchi, the egg-shaped digital pet made by the Japanese toy company Bandai, first went on sale in Japan in November 1996.")
add(A,"year","medicine",
 "Ronald Ross received the Nobel Prize in 1902 for showing that malaria is transmitted by mosquitoes.",
 "Нобелевскую премию по физиологии и медицине 1902 года получил британский врач Рональд Росс, доказавший роль комаров в передаче малярии.")
add(A,"entity","medicine",
 "Метформин, самое распространённое лекарство от диабета второго типа, ведёт происхождение от галегина — вещества из растения козлятник лекарственный.",
 "Metformin, the standard first drug for type 2 diabetes, was developed from a compound found in goat's rue, also called French lilac.")
add(A,"date","law",
 "The Treaty of Waitangi between the British Crown and Māori chiefs was signed on 6 February 1840, now New Zealand's national day.",
 "6 февраля 1840 г. представители британской короны и вожди маори подписали договор Вайтанги, считающийся основополагающим документом Новой Зеландии.")
add(A,"month","transport",
 "Подвесная монорельсовая дорога в Вуппертале открылась для пассажиров в марте 1901 г. и работает до сих пор.",
 "Wuppertal's suspension railway, whose cars hang beneath a steel track above the Wupper river, began carrying passengers on 1 March 1901.")
add(A,"rank","transport",
 "Rotterdam is the busiest seaport in Europe, handling more cargo than any other harbour on the continent.",
 "Порт Роттердама, расположенный в дельте Рейна и Мааса, — крупнейший морской порт Европы.")
add(A,"place","food",
 "Знаменитое сладкое вино токайское ассу делают на северо-востоке Венгрии из винограда, поражённого благородной плесенью.",
 "Tokaji aszú, the sweet wine that Louis XIV reputedly called the wine of kings, comes from the Tokaj region of Hungary.")
add(A,"place","food",
 "Rooibos is grown commercially mainly in the Cederberg area of South Africa's Western Cape province.",
 "Кустарник ройбуш, из листьев которого заваривают красный чай, растёт в горах Седерберг в Западно-Капской провинции ЮАР.")
add(A,"year","music",
 "Фирму Steinway & Sons основал в Нью-Йорке в 1853 г. немецкий эмигрант Генрих Штайнвег.",
 "The piano maker Steinway & Sons was founded in 1853 in New York City by Heinrich Steinweg, who had emigrated from Germany.")
add(A,"place","music",
 "The singer-poet Bulat Okudzhava died in June 1997 in Clamart, a suburb of Paris.",
 "Булат Окуджава скончался в 1997 году во Франции, в одном из пригородов Парижа.")
add(A,"month","astronomy",
 "Советская станция «Марс-3» 2 декабря 1971 г. впервые совершила мягкую посадку на Марс, но связь с ней прервалась почти сразу.",
 "In December 1971 the Soviet Mars 3 lander touched down intact on the Martian surface, though it fell silent within seconds.")
add(A,"century","architecture",
 "Construction of the present Potala Palace in Lhasa began in 1645 under the Fifth Dalai Lama.",
 "Дворец Потала в Лхасе, зимняя резиденция далай-лам, был заложен в середине XVII века.")
add(A,"decade","architecture",
 "Дом архитектора Константина Мельникова в Кривоарбатском переулке Москвы построен в 1927–1929 годах.",
 "Konstantin Melnikov's cylindrical house in central Moscow, pierced by dozens of hexagonal windows, was built in the late 1920s.")
add(A,"year","literature",
 "Alexander Radishchev printed his Journey from St Petersburg to Moscow in 1790 and was soon exiled to Siberia for it.",
 "«Путешествие из Петербурга в Москву» Радищева вышло в 1790 г. небольшим тиражом, отпечатанным в домашней типографии автора.")
add(A,"year","literature",
 "Роман Маргарет Митчелл «Унесённые ветром» вышел в 1936 году, а через год принёс писательнице Пулитцеровскую премию.",
 "Margaret Mitchell's only novel, Gone with the Wind, was published in 1936 and became a bestseller almost at once.")
add(A,"number","energy",
 "The Noor solar complex near Ouarzazate in Morocco has a combined capacity of about 580 megawatts.",
 "Суммарная мощность марокканского солнечного комплекса «Нур» под Уарзазатом составляет около 0,58 ГВт.")
add(A,"duration","biology",
 "Голый землекоп, грызун размером с мышь, живёт свыше 30 лет — рекорд среди грызунов.",
 "Naked mole-rats can live for more than three decades, far longer than any other rodent of similar size.")
add(A,"date","environment",
 "The last quagga, a half-striped South African zebra, died at Amsterdam's Artis zoo on 12 August 1883.",
 "Квагга окончательно исчезла летом 1883 г., когда в амстердамском зоопарке погибла последняя самка этого подвида зебры.")
add(A,"year","culture",
 "Статую Венеры Милосской нашёл в 1820 г. местный крестьянин на острове Милос в Эгейском море.",
 "The Venus de Milo was unearthed on the Aegean island of Milos in 1820 and soon shipped to the Louvre in Paris.")
# ---------------- contradict (30)
add(C,"year","history",
 "Germany and Soviet Russia signed the Treaty of Rapallo in April 1922, renouncing claims against each other and restoring diplomatic relations.",
 "Рапалльский договор, по которому Германия и Советская Россия отказались от взаимных претензий, был заключён в 1932 году.")
add(C,"month","law",
 "Нанкинский договор, завершивший первую опиумную войну и передавший Британии Гонконг, был подписан в марте 1842 г.",
 "The Treaty of Nanking, which ended the First Opium War, was signed aboard a British warship on 29 August 1842.")
add(C,"century","history",
 "The Battle of Molodi, in which Russian forces crushed a Crimean Tatar invasion south of Moscow, was fought in the seventeenth century.",
 "Битва при Молодях, где войско князя Михаила Воротынского разбило крымского хана Девлет-Гирея, произошла летом 1572 г.")
add(C,"decade","music",
 "Альбом Pink Floyd «The Dark Side of the Moon» вышел в марте 1973 г. и провёл в американском чарте Billboard сотни недель.",
 "Pink Floyd released The Dark Side of the Moon in the late 1980s, after Roger Waters had left the band.")
add(C,"duration","astronomy",
 "The Soyuz 11 crew spent about twenty-three days aboard the Salyut 1 station in June 1971 before dying during their return to Earth.",
 "Экипаж «Союза-11» пробыл на орбитальной станции всего около трёх суток и погиб при возвращении на Землю.")
add(C,"duration","transport",
 "В январе 1960 г. Жак Пикар и Дон Уолш на батискафе «Триест» опустились на дно Марианской впадины и пробыли там около 20 минут.",
 "Jacques Piccard and Don Walsh stayed on the floor of the Challenger Deep for more than five hours after the Trieste's descent in 1960.")
add(C,"number","geography",
 "Tuvalu, a Polynesian nation threatened by rising seas, is made up of nineteen atolls and reef islands.",
 "Тувалу состоит из девяти небольших атоллов и коралловых островов, наивысшая точка которых едва превышает 4 м над уровнем моря.")
add(C,"number","sport",
 "На Олимпиаде-80 в Москве пловец Владимир Сальников выиграл пять золотых медалей.",
 "At the 1980 Moscow Olympics Vladimir Salnikov won three gold medals, including the 1,500 metres freestyle, which he swam in under fifteen minutes.")
add(C,"percent","environment",
 "Decades of phosphate strip-mining have left roughly 80 percent of Nauru's land uninhabitable.",
 "Добыча фосфоритов затронула менее 10 % территории Науру, а остальная часть острова осталась нетронутой.")
add(C,"money","economy",
 "В 1626 г. голландские колонисты выменяли у местных индейцев остров Манхэттен на товары стоимостью 60 гульденов.",
 "According to a Dutch letter of 1626, the settlers of New Netherland bought the island of Manhattan for goods worth 600 guilders.")
add(C,"scale","economy",
 "When the Italian dairy group Parmalat collapsed in December 2003, auditors found a hole of about 14 million euros in its accounts.",
 "Крах итальянской молочной компании Parmalat в конце 2003 г. вскрыл недостачу около 14 млрд евро — одно из крупнейших корпоративных мошенничеств в Европе.")
add(C,"place","transport",
 "Крупнейшая в истории авиации катастрофа — столкновение двух «Боингов-747» 27 марта 1977 года — произошла в аэропорту острова Мальорка.",
 "On 27 March 1977 two Boeing 747s collided on a fog-bound runway at Los Rodeos airport on Tenerife, killing 583 people.")
add(C,"place","culture",
 "The gilded Shwedagon Pagoda, Myanmar's holiest Buddhist shrine, rises over the city of Yangon.",
 "Позолоченная пагода Шведагон, главная буддийская святыня Таиланда, возвышается над Бангкоком.")
add(C,"place","technology",
 "Иван Ползунов построил свою паровую машину на Колывано-Воскресенских заводах в Барнауле в 1760-х годах.",
 "Ivan Polzunov built his two-cylinder steam engine at the Tula arms works in the 1760s.")
add(C,"person","music",
 "Michael Jackson's Thriller, released in November 1982, was produced by George Martin.",
 "Продюсером альбома «Thriller» Майкла Джексона, вышедшего в 1982 г., был Куинси Джонс.")
add(C,"person","architecture",
 "Проект Памятника III Интернационала — спиральной башни высотой 400 м — Владимир Татлин представил в 1920 г., но её так и не построили.",
 "The spiralling Monument to the Third International, designed in 1920 by Kazimir Malevich, was never built.")
add(C,"person","culture",
 "The bears in Ivan Shishkin's Morning in a Pine Forest were painted by his fellow artist Konstantin Savitsky.",
 "Медведей на картине Ивана Шишкина «Утро в сосновом лесу» написал Виктор Васнецов.")
add(C,"organisation","astronomy",
 "Зонд «Пионер-10», первым пролетевший через пояс астероидов, запустило в 1972 году Европейское космическое агентство.",
 "NASA launched Pioneer 10 in March 1972, and it became the first spacecraft to cross the asteroid belt and fly past Jupiter.")
add(C,"organisation","history",
 "The Anglo-Saxon treasures from the Sutton Hoo ship burial, excavated in 1939, are displayed at the Ashmolean Museum in Oxford.",
 "Сокровища из корабельного погребения в Саттон-Ху, раскопанного в 1939 году, хранятся в Британском музее.")
add(C,"rank","architecture",
 "Небоскрёб Сирс-тауэр в Чикаго высотой 442 м после завершения в 1973 г. четверть века был самым высоким зданием мира.",
 "When it was completed in 1973, Chicago's Sears Tower was only the third-tallest building in the United States.")
add(C,"polarity","science",
 "Grigori Perelman accepted the Fields Medal at the congress in Madrid in 2006, recognising his proof of the Poincaré conjecture.",
 "В 2006 г. Григорий Перельман отказался от Филдсовской премии, присуждённой ему за доказательство гипотезы Пуанкаре.")
add(C,"polarity","literature",
 "Джон Стейнбек, автор «Гроздьев гнева», так и не получил Нобелевскую премию по литературе.",
 "John Steinbeck, the author of The Grapes of Wrath, was awarded the Nobel Prize in Literature in 1962.")
add(C,"number","energy",
 "South Korea's Sihwa Lake station, opened in 2011, is the world's largest tidal power plant at 254 megawatts.",
 "Мощность приливной электростанции на озере Сихва в Южной Корее составляет всего 25 МВт.")
add(C,"opposite","geography",
 "Река Окаванго не достигает моря: она растекается огромной внутренней дельтой в пустыне Калахари на севере Ботсваны.",
 "The Okavango River crosses northern Botswana and flows into the Indian Ocean through a broad delta.")
add(C,"opposite","medicine",
 "Warfarin, first sold as rat poison, is prescribed to slow blood clotting in patients at risk of strokes.",
 "Варфарин, который поначалу продавали как средство от крыс, назначают, чтобы усилить свёртываемость крови.")
add(C,"entity","food",
 "Куркуму получают из высушенных корневищ растения из семейства имбирных, родом из Южной Азии.",
 "Turmeric is ground from the dried bark of a tropical tree related to cinnamon.")
add(C,"year","literature",
 "Oscar Wilde's novel The Picture of Dorian Gray first appeared in Lippincott's Monthly Magazine in 1910.",
 "Роман Оскара Уайльда «Портрет Дориана Грея» был впервые напечатан в американском журнале в 1890 году.")
add(C,"date","transport",
 "Мост Моранди в Генуе обрушился 14 сентября 2018 г., унеся жизни 43 человек.",
 "A section of Genoa's Morandi Bridge collapsed on 14 August 2018, killing 43 people on the eve of a national holiday.")
add(C,"century","medicine",
 "Ivan Sechenov's Reflexes of the Brain, a founding work of Russian physiology, was published in 1863.",
 "Знаменитый труд Ивана Сеченова «Рефлексы головного мозга» вышел в свет в XVIII веке.")
add(C,"year","law",
 "Венская конвенция о дипломатических сношениях, закрепившая неприкосновенность посольств, была принята 18 апреля 1961 года.",
 "The Vienna Convention on Diplomatic Relations, which guarantees the inviolability of embassies, was adopted in April 1971.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "The French commander at Rocroi, the Duke of Enghien, was only twenty-one years old at the time of the battle.",
 "Через пять лет после битвы при Рокруа, в 1648 г., Испания признала независимость Нидерландов по Мюнстерскому миру.")
radd("science", "Эмми Нётер родилась в 1882 г. в баварском университетском городе Эрланген.",
 "In 1933 Emmy Noether was dismissed from Göttingen and emigrated to the United States, where she taught at Bryn Mawr College.")
radd("geography", "Salar de Uyuni is so flat and so large that satellites use it to calibrate their altimeters.",
 "Под соляной коркой солончака Уюни находятся одни из крупнейших в мире запасов лития.")
radd("sport", "Виктор Санеев родился в 1945 г. в Сухуми, на черноморском побережье Абхазии.",
 "Saneyev first set a triple jump world record at the 1968 Olympics, where the record changed hands several times during the competition.")
radd("technology", "Leon Theremin lived in the United States from 1927 until 1938, when he suddenly returned to the Soviet Union.",
 "В 1939 г. Лев Термен был осуждён и отправлен в лагерь, а позже работал в закрытом конструкторском бюро.")
radd("transport", "В 1950 г. слонёнок Туффи выпрыгнул из вагона вуппертальской подвесной дороги в реку Вуппер и почти не пострадал.",
 "The Wuppertal Schwebebahn runs for about 13 kilometres, most of the way suspended above the river.")
radd("food", "Rooibos contains no caffeine, which is why it is often drunk in the evening.",
 "Промышленное выращивание ройбуша в Южно-Африканской Республике началось в 1930-х годах.")
radd("music", "Свой первый рояль Генрих Штайнвег построил ещё в Германии, на кухне собственного дома в Зесене, в 1836 г.",
 "Steinway opened its Hamburg factory in 1880, and its pianos are still made both there and in New York.")
radd("literature", "Alexander Radishchev was allowed to come back from his Siberian exile after the death of Catherine II in 1796.",
 "Радищев покончил с собой в сентябре 1802 г. в Петербурге, вскоре после возвращения на государственную службу.")
radd("biology", "Голые землекопы живут подземными колониями, в которых размножается единственная самка — «царица».",
 "Naked mole-rats can survive for about eighteen minutes without any oxygen at all.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout28.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout28.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
