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
add(A,"year","history",
 "Jamestown, founded in May 1607 on a marshy peninsula of the James River, became the first permanent English settlement in North America.",
 "Первое постоянное английское поселение в Северной Америке, Джеймстаун, основали в 1607 г. колонисты, снаряжённые Вирджинской компанией.")
add(A,"date","history",
 "Кючук-Кайнарджийский мир, завершивший русско-турецкую войну 1768–1774 гг., был подписан 21 июля 1774 года в болгарской деревне близ Силистрии.",
 "The Treaty of Küçük Kaynarca, signed in the summer of 1774, ended six years of war between Russia and the Ottoman Empire.")
add(A,"date","news",
 "On 29 December 1989 the Federal Assembly in Prague unanimously elected the dissident playwright Václav Havel President of Czechoslovakia.",
 "В последние дни декабря 1989 г. чехословацкий парламент избрал президентом страны драматурга и диссидента Вацлава Гавела.")
add(A,"number","news",
 "Причиной взрыва в порту Бейрута летом 2020 года стали почти 2,8 тыс. т аммиачной селитры, которая несколько лет хранилась на складе.",
 "The blast that wrecked the port of Beirut on 4 August 2020 was caused by about 2,750 tonnes of ammonium nitrate kept in a warehouse.")
add(A,"year","science",
 "The first skeleton of Archaeopteryx was dug out in 1861 from the limestone quarries near Solnhofen in Bavaria, two years after Darwin's Origin of Species.",
 "Первый почти полный скелет археоптерикса нашли в 1861 г. в известняковых каменоломнях близ небольшого баварского городка Зольнхофен.")
add(A,"year","science",
 "Нобелевскую премию по физике за исследования в области низких температур Пётр Капица получил в 1978 году.",
 "Pyotr Kapitsa was awarded the Nobel Prize in Physics in 1978, four decades after he discovered the superfluidity of liquid helium.")
add(A,"number","astronomy",
 "The Kuiper belt begins near the orbit of Neptune, about 30 astronomical units from the Sun, and extends out to roughly 50 AU.",
 "Пояс Койпера, населённый ледяными телами, простирается примерно от 30 до 50 а. е. от Солнца.")
add(A,"number","sport",
 "Марокканец Хишам эль-Герруж пробежал милю за 3 мин 43,13 с на турнире в Риме в 1999 году; этот мировой рекорд до сих пор не побит.",
 "Hicham El Guerrouj's mile world record of 3:43.13, set in Rome in July 1999, has stood for more than a quarter of a century.")
add(A,"number","sport",
 "Eric Heiden won five gold medals in speed skating at the 1980 Winter Olympics in Lake Placid, setting an Olympic record in every race.",
 "На зимней Олимпиаде 1980 г. в Лейк-Плэсиде американский конькобежец Эрик Хайден выиграл все пять дистанций — от 500 до 10 000 м.")
add(A,"month","technology",
 "Марсоход Curiosity совершил посадку в кратере Гейл в августе 2012 года, спустя более восьми месяцев после старта.",
 "NASA's Curiosity rover touched down inside Gale Crater on Mars on 6 August 2012 after a cruise that began in late November 2011.")
add(A,"year","economy",
 "The Krupp steel firm, later one of Germany's largest industrial concerns, was founded in Essen in 1811 by Friedrich Krupp.",
 "Основанная Фридрихом Круппом в Эссене в 1811 г. сталелитейная фирма со временем превратилась в крупнейший промышленный концерн Германии.")
add(A,"month","medicine",
 "Летом 1892 года в Париже Владимир Хавкин испытал созданную им вакцину против холеры на самом себе.",
 "Waldemar Haffkine first tested his new cholera vaccine on himself in Paris in July 1892, before taking it to India.")
add(A,"month","law",
 "The Lateran Treaty of February 1929 between Italy and the Holy See created the independent state of Vatican City.",
 "Подписанные 11 февраля 1929 г. Латеранские соглашения признали суверенитет Святого престола над Ватиканом.")
add(A,"number","law",
 "Договор об Антарктике был подписан в Вашингтоне 1 декабря 1959 года представителями двенадцати государств.",
 "Twelve nations, among them the United States and the Soviet Union, signed the Antarctic Treaty in 1959, reserving the continent for peaceful research.")
add(A,"decade","transport",
 "Joseph-Armand Bombardier of Valcourt, Quebec, put his first Ski-Doo snowmobile on the market in 1959.",
 "Лёгкий снегоход Ski-Doo квебекский изобретатель Жозеф-Арман Бомбардье начал выпускать в конце 1950-х годов.")
add(A,"place","food",
 "Называться шампанским вправе лишь игристое вино, произведённое во французской провинции Шампань по строгим правилам.",
 "Under French and EU rules, only sparkling wine made in the Champagne region of north-eastern France may be sold as champagne.")
add(A,"duration","food",
 "Cognac must be distilled twice in copper pot stills and then aged for at least two years in French oak casks.",
 "По правилам коньяк дважды перегоняют в медных кубах, а затем выдерживают в дубовых бочках не менее двух лет.")
add(A,"month","music",
 "«Фиделио» — единственная опера Бетховена; её первая редакция прозвучала в венском Театре ан дер Вин осенью 1805 г.",
 "Fidelio is the only opera Beethoven completed; its first version was staged in Vienna in November 1805, just after French troops entered the city.")
add(A,"person","music",
 "Franz Liszt conducted the first performance of Lohengrin at Weimar in August 1850, while Wagner himself was living in exile.",
 "Премьера оперы Вагнера «Лоэнгрин» состоялась в Веймаре в 1850 г. под управлением Ференца Листа.")
add(A,"duration","architecture",
 "Казанский собор на Невском проспекте возводился по проекту Андрея Воронихина с 1801 по 1811 г.",
 "Andrey Voronikhin's Kazan Cathedral in St Petersburg, with its curved colonnade, took ten years to build and was consecrated in 1811.")
add(A,"century","architecture",
 "Borobudur in central Java, the largest Buddhist temple in the world, was built in the 9th century under the Sailendra dynasty.",
 "Буддийский храмовый комплекс Боробудур на индонезийском острове Ява был возведён в IX веке.")
add(A,"year","literature",
 "Роман Виктора Гюго «Отверженные» вышел в 1862 году, когда писатель жил в изгнании на острове Гернси.",
 "Victor Hugo published Les Misérables in 1862, during his long exile on the Channel island of Guernsey.")
add(A,"year","literature",
 "Joseph Brodsky, expelled from the Soviet Union in 1972, received the Nobel Prize in Literature in 1987 at the age of forty-seven.",
 "В 1987 г. Нобелевская премия по литературе была присуждена Иосифу Бродскому, за пятнадцать лет до того высланному из СССР.")
add(A,"number","energy",
 "Мощность ГЭС Гранд-Кули на реке Колумбия составляет около 6,8 ГВт — это крупнейшая электростанция США.",
 "Grand Coulee Dam on the Columbia River, with roughly 6,800 megawatts of capacity, is the largest power station in the United States.")
add(A,"rank","biology",
 "The kakapo of New Zealand is the world's heaviest parrot and the only parrot that cannot fly.",
 "Новозеландский какапо — единственный нелетающий попугай и самый тяжёлый представитель своего отряда.")
add(A,"number","biology",
 "Размах крыльев странствующего альбатроса достигает 3,5 м — больше, чем у любой другой ныне живущей птицы.",
 "With wings spanning up to about eleven and a half feet, the wandering albatross has the largest wingspan of any living bird.")
add(A,"month","environment",
 "In August 1978 President Jimmy Carter declared a federal emergency at Love Canal, a neighbourhood of Niagara Falls built over a chemical waste dump.",
 "Летом 1978 г. район Лав-Канал в городе Ниагара-Фолс, выстроенный на месте свалки химических отходов, был объявлен зоной бедствия.")
add(A,"year","environment",
 "Непрерывные измерения концентрации углекислого газа на гавайском вулкане Мауна-Лоа Чарльз Килинг начал в 1958 году.",
 "Charles David Keeling began measuring carbon dioxide on Mauna Loa in Hawaii in 1958, producing the record now known as the Keeling Curve.")
add(A,"year","culture",
 "Cheburashka, the big-eared creature of unknown species, first appeared in Eduard Uspensky's 1966 book about Gena the Crocodile.",
 "Чебурашка впервые появился в повести Эдуарда Успенского «Крокодил Гена и его друзья», изданной в 1966 г.")
add(A,"place","geography",
 "Острова Кергелен в южной части Индийского океана принадлежат Франции и входят в её Южные и Антарктические территории.",
 "The remote Kerguelen Islands, which Captain Cook called the Islands of Desolation, are a French possession in the far south of the Indian Ocean.")
# ---------------- contradict (30)
add(C,"year","history",
 "On 6 December 1917 the French munitions ship Mont-Blanc blew up in Halifax harbour after colliding with the Norwegian vessel Imo, killing about 2,000 people.",
 "Взрыв в гавани канадского Галифакса, унёсший около двух тысяч жизней, произошёл в декабре 1927 г.")
add(C,"century","history",
 "Карловицкий мирный договор, по которому Османская империя уступила Габсбургам большую часть Венгрии, был заключён в середине XVIII века.",
 "The Treaty of Karlowitz, signed in January 1699, forced the Ottoman Empire to cede most of Hungary and Transylvania to the Habsburgs.")
add(C,"polarity","science",
 "Нобелевскую премию по физике 1962 года Лев Ландау получил за теорию конденсированного состояния, прежде всего жидкого гелия.",
 "Lev Landau, for all his theoretical work on liquid helium, was never awarded a Nobel Prize.")
add(C,"rank","geography",
 "Baffin Island is only the third-largest island in Canada, smaller than both Victoria Island and Ellesmere Island.",
 "Баффинова Земля — крупнейший остров Канады и пятый по площади остров мира.")
add(C,"number","geography",
 "Пролив Дарданеллы, соединяющий Эгейское море с Мраморным, тянется почти на 610 км.",
 "The Dardanelles, the strait linking the Aegean with the Sea of Marmara, is about 61 kilometres long.")
add(C,"year","economy",
 "Lukoil was set up in 2001, a decade after the Soviet collapse, with Vagit Alekperov at its head.",
 "Нефтяная компания «Лукойл» была создана в 1991 г. по инициативе Вагита Алекперова, бывшего замминистра нефтегазовой промышленности СССР.")
add(C,"money","economy",
 "When Ferrari listed its shares on the New York Stock Exchange in October 2015, they were priced at $52 each.",
 "На Нью-Йоркской фондовой бирже акции Ferrari осенью 2015 г. разместили по цене 25 долларов за штуку.")
add(C,"number","sport",
 "Флоренс Гриффит-Джойнер установила мировой рекорд в беге на 100 м — 11,49 с — летом 1988 года в Индианаполисе.",
 "Florence Griffith-Joyner ran the 100 metres in 10.49 seconds at the US trials in Indianapolis in July 1988, a world record that still stands.")
add(C,"polarity","sport",
 "Norwegian cross-country skier Bjørn Dæhlie never won an Olympic gold medal, although he collected several world titles.",
 "Норвежский лыжник Бьёрн Дэли завоевал восемь золотых олимпийских медалей на Играх 1992, 1994 и 1998 годов.")
add(C,"place","technology",
 "Huawei was founded in 1987 in Shenzhen by Ren Zhengfei, a former engineer of the People's Liberation Army.",
 "Компанию Huawei, ныне крупнейшего производителя телекоммуникационного оборудования, основал в 1987 г. в Шанхае бывший военный инженер Жэнь Чжэнфэй.")
add(C,"scale","technology",
 "Россия ежегодно платит Казахстану за аренду космодрома Байконур около 115 млн долларов.",
 "Russia pays Kazakhstan roughly $115 thousand a year to rent the Baikonur Cosmodrome.")
add(C,"month","medicine",
 "The German psychiatrist Alois Alzheimer first described the disease later named after him in a lecture at Tübingen in November 1906.",
 "О случае тяжёлого слабоумия у своей пациентки Августы Детер Алоис Альцгеймер впервые доложил на съезде психиатров в Тюбингене в апреле 1906 г.")
add(C,"place","law",
 "The Kellogg–Briand Pact, which renounced war as an instrument of national policy, was signed in Paris in August 1928.",
 "Пакт Бриана — Келлога об отказе от войны как орудия национальной политики был подписан в августе 1928 г. в Женеве.")
add(C,"rank","transport",
 "Хитроу — крупнейший и самый загруженный аэропорт Великобритании, расположенный к западу от Лондона.",
 "Heathrow, west of London, handles fewer passengers than Gatwick and is only the second-busiest airport in Britain.")
add(C,"decade","transport",
 "Первый мотоцикл — деревянный «Райтваген» с бензиновым мотором — Готлиб Даймлер и Вильгельм Майбах построили лишь в 1920-х годах.",
 "In 1885 Gottlieb Daimler and Wilhelm Maybach built the Reitwagen, a wooden two-wheeler often called the first motorcycle.")
add(C,"opposite","food",
 "Басмати — длиннозёрный ароматный рис, который выращивают в Индии и Пакистане у подножия Гималаев.",
 "Basmati, the fragrant rice grown in India and Pakistan, is a short-grain variety with small, rounded kernels.")
add(C,"person","music",
 "Glenn Gould's 1955 recording of Bach's Goldberg Variations made the young Canadian pianist famous almost overnight.",
 "Канадский пианист Гленн Гульд прославился в 1955 году записью «Вариаций Гольдберга» Генделя.")
add(C,"place","music",
 "Мария Каллас скончалась в сентябре 1977 года в Афинах, где когда-то начинала петь.",
 "Maria Callas, born in New York to Greek parents, died at her Paris apartment in September 1977.")
add(C,"duration","astronomy",
 "NASA's Juno probe reached Jupiter in July 2016 after a flight of less than two years.",
 "Американский зонд «Юнона», запущенный с мыса Канаверал 5 августа 2011 г., вышел на орбиту Юпитера в июле 2016 г.")
add(C,"opposite","astronomy",
 "Большое красное пятно на Юпитере — гигантский антициклон, поперечник которого превышает диаметр Земли.",
 "Jupiter's Great Red Spot, a long-lived anticyclone, is several times smaller than the Earth.")
add(C,"century","architecture",
 "The Dome of the Rock in Jerusalem was completed around 691 under the Umayyad caliph Abd al-Malik.",
 "Купол Скалы в Иерусалиме был построен в XII веке, во времена крестоносцев.")
add(C,"polarity","literature",
 "Артур Конан Дойл по профессии был врачом и несколько лет держал медицинскую практику в Саутси.",
 "Arthur Conan Doyle had no medical training and never practised as a doctor.")
add(C,"polarity","energy",
 "ДнепроГЭС, пущенная в 1932 г. в Запорожье, прошла через годы Второй мировой войны без единого повреждения.",
 "The Dnieper hydroelectric station at Zaporizhzhia, completed in 1932, was blown up by retreating Soviet troops in August 1941.")
add(C,"percent","biology",
 "The body of a jellyfish is about 95 percent water, which is why it almost vanishes when washed up on a beach.",
 "Тело медузы лишь на 45 % состоит из воды, остальное приходится на белки и минеральные вещества.")
add(C,"opposite","biology",
 "Кровь мечехвостов голубого цвета: кислород в ней переносит содержащий медь гемоцианин.",
 "Horseshoe crabs have red blood, coloured by iron-rich haemoglobin just like our own.")
add(C,"organisation","environment",
 "The Intergovernmental Panel on Climate Change was set up in 1988 by the World Bank and the International Monetary Fund.",
 "Межправительственная группа экспертов по изменению климата (МГЭИК) была создана в 1988 г. Всемирной метеорологической организацией и ЮНЕП.")
add(C,"person","culture",
 "Фильм Эльдара Рязанова «Ирония судьбы, или С лёгким паром!» впервые показали по Центральному телевидению 1 января 1976 года.",
 "The Irony of Fate, the New Year comedy directed by Leonid Gaidai, was first shown on Soviet television on 1 January 1976.")
add(C,"opposite","culture",
 "In kabuki, female roles have for centuries been played by male actors known as onnagata.",
 "В современном японском театре кабуки все женские роли по традиции исполняют только актрисы.")
add(C,"number","news",
 "Атомная подводная лодка «Курск» затонула в Баренцевом море в августе 2000 г.; из 118 членов экипажа спаслись более половины.",
 "The nuclear submarine Kursk sank in the Barents Sea on 12 August 2000 during a naval exercise, killing all 118 men aboard.")
add(C,"date","news",
 "The Grenfell Tower fire in west London, which killed 72 people, broke out shortly before 1 a.m. on 24 June 2017.",
 "Пожар в лондонской многоэтажке Grenfell Tower, начавшийся в ночь на 14 июня 2017 г., унёс жизни 72 человек.")

rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "Pocahontas, the daughter of a Powhatan chief, married the Jamestown colonist John Rolfe in 1614.",
 "Поселение Джеймстаун, как и река, на которой оно стоит, получило своё название в честь английского короля Якова I.")
radd("sport", "После завершения конькобежной карьеры Эрик Хайден выступал как велогонщик, а затем стал хирургом-ортопедом.",
 "Eric Heiden's winning time of 14:28.13 in the 10,000 metres at Lake Placid was also a world record.")
radd("astronomy", "Juno was the first spacecraft powered by solar panels to operate as far from the Sun as Jupiter.",
 "Зонд «Юнона» стартовал с мыса Канаверал 5 августа 2011 года на ракете Atlas V.")
radd("literature", "Шерлок Холмс впервые появился перед читателями в повести «Этюд в багровых тонах», опубликованной в рождественском альманахе 1887 г.",
 "Arthur Conan Doyle was knighted in 1902, mainly for his pamphlet defending Britain's conduct in the Boer War.")
radd("biology", "Kakapo are nocturnal birds that feed on plants, seeds, fruit and pollen.",
 "В начале 2020-х годов популяция какапо насчитывала всего около 250 птиц, и у каждой из них есть имя.")
radd("transport", "Бывший военный аэродром Хитроу был открыт для гражданских рейсов в 1946 году, вскоре после окончания войны.",
 "Heathrow has two parallel runways, and plans for a third have been argued over for decades.")
radd("culture", "Every New Year's Eve, Russian television channels still broadcast The Irony of Fate.",
 "Главные роли в фильме «Ирония судьбы» сыграли Андрей Мягков и польская актриса Барбара Брыльская.")
radd("energy", "Строительство плотины Гранд-Кули на реке Колумбия было завершено в 1942 году.",
 "Lake Roosevelt, the reservoir behind Grand Coulee Dam, stretches about 150 miles up the Columbia River.")
radd("news", "Norwegian divers opened the rescue hatch of the Kursk on 21 August 2000 and found the submarine flooded.",
 "В октябре 2001 г. голландские компании Mammoet и Smit подняли «Курск» со дна Баренцева моря.")
radd("music", "Будущая оперная певица Мария Каллас родилась в Нью-Йорке в 1923 году в семье греческих эмигрантов.",
 "Callas first sang at La Scala in Milan in 1950 and was the theatre's leading soprano through the 1950s.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout22.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout22.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
