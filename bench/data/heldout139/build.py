#!/usr/bin/env python3
"""Build heldout139: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "EN" or "RU" for contradict rows (the side holding the wrong
  value) and None for agree rows.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment also names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (at Assandun Cnut defeated Edmund Ironside; Aethelred the Unready had died in April 1016)
    ("On 18 October 1016, at Assandun in Essex, the Danish prince Cnut defeated Edmund Ironside, whose death a few weeks later left Cnut king of all England.",
     "В битве при Ассандуне (осень 1016 г.) датчанин Кнуд разбил войско английского короля Этельреда Неразумного; исход боя решило бегство элдормена Эадрика Стреоны.",
     C, "person", "history", True, RU),
    # FALSE: EN (the Battle of Benevento was fought on 26 February 1266)
    ("The Battle of Benevento in February 1268 cost Manfred of Sicily both his crown and his life, opening southern Italy to Charles of Anjou.",
     "26.02.1266 под Беневенто войско Карла Анжуйского разгромило армию короля Манфреда, который пал в сражении; Сицилийское королевство перешло к Анжуйскому дому.",
     C, "year", "history", False, EN),
    # FALSE: RU (Domazlice was fought on 14 August 1431, i.e. in the 15th century)
    ("On 14 August 1431, near Domažlice in western Bohemia, a crusading army led by Cardinal Cesarini fled almost without a fight as the Hussite wagons approached.",
     "Бегство крестоносцев кардинала Чезарини от гуситов под Домажлице, случившееся в XIV в., стало одним из самых позорных поражений в истории крестовых походов.",
     C, "century", "history", True, RU),
    ("At Focșani in Moldavia on 1 August 1789, a Russian corps under Alexander Suvorov and Austrian troops of the Prince of Coburg routed an Ottoman army.",
     "Сражение при Фокшанах (21 июля 1789 г. по старому стилю) выиграли союзники — русский отряд Суворова и австрийцы принца Кобургского.",
     A, "date", "history", False, None),
    ("The Truce of Altmark, signed in September 1629, halted the Polish–Swedish war for six years and left most of Livonia in Swedish hands.",
     "По Альтмаркскому перемирию 1629 г., заключённому при посредничестве французского дипломата Шарнасе, Швеция на 6 лет удерживала Ливонию и пошлины прусских портов.",
     A, "duration", "history", True, None),

    # ---------------- science (2 contradict + 3 agree) ----------------
    ("Elmer S. Riggs of Chicago's Field Columbian Museum described Brachiosaurus altithorax in 1903, from bones dug up in western Colorado three years earlier.",
     "Род брахиозавров палеонтолог Элмер Риггс выделил в 1903 г.; типовой скелет был найден летом 1900 г. на западе штата Колорадо.",
     A, "year", "science", False, None),
    # FALSE: RU (Dimetrodon was named by Edward Drinker Cope, not by Othniel Charles Marsh)
    ("Dimetrodon, the sail-backed Permian predator often mistaken for a dinosaur, was named by Edward Drinker Cope in 1878 from fossils found in Texas.",
     "Диметродона — пермского синапсида с «парусом» на спине — описал в 1878 г. Отниел Чарлз Марш по остаткам из Техаса.",
     C, "person", "science", False, RU),
    ("Barnum Brown named Ankylosaurus magniventris in 1908, after an American Museum of Natural History expedition to the Hell Creek beds of Montana.",
     "Анкилозавр был описан Барнумом Брауном в 1908 году; первые его остатки нашли в формации Хелл-Крик (Монтана).",
     A, "person", "science", True, None),
    # FALSE: EN (Lambe named Edmontosaurus in 1917; he died in 1919)
    ("The duck-billed Edmontosaurus was named by the Canadian palaeontologist Lawrence Lambe in the late 1920s, after the Edmonton Formation of Alberta where it was found.",
     "Эдмонтозавра — утконосого динозавра из провинции Альберта — канадский палеонтолог Лоуренс Ламб описал в 1917 г., назвав по эдмонтонской формации.",
     C, "decade", "science", True, EN),
    ("In 1912 Paul Ehrenfest succeeded Hendrik Lorentz as professor of theoretical physics at the University of Leiden.",
     "Павел Эренфест, до того пять лет работавший в Санкт-Петербурге, в 1912 г. занял в Лейдене кафедру теоретической физики, сменив Лоренца.",
     A, "year", "science", False, None),

    # ---------------- geography (3 contradict + 2 agree) ----------------
    ("The Kerzhenets, a left tributary of the Volga about 290 km long, flows through the forests of Nizhny Novgorod Oblast, once a refuge of Old Believers.",
     "Керженец (длина 290 км, площадь бассейна — свыше 6 тыс. км²) впадает в Волгу слева, ниже Нижнего Новгорода.",
     A, "number", "geography", True, None),
    # FALSE: RU (the Ilek flows into the Ural River, not the Emba)
    ("Rising in the Mugodzhar Hills of Kazakhstan, the Ilek flows past Aktobe and enters the Ural River in Orenburg Oblast after a course of some 620 km.",
     "Илек (623 км) берёт начало в Мугоджарах, протекает через Актобе и в итоге впадает в реку Эмбу.",
     C, "entity", "geography", False, RU),
    # FALSE: EN (the Sukhona flows out of Lake Kubenskoye; the Kubena flows into it)
    ("Lake Kubenskoye, a long and shallow lake north-west of Vologda, receives the waters of the Sukhona River, which ends its course there.",
     "Из Кубенского озера (Вологодская обл.) вытекает Сухона; главный приток озера — река Кубена, давшая ему имя.",
     C, "opposite", "geography", True, EN),
    # FALSE: RU (Alaid is the highest volcano of the Kuril Islands)
    ("Alaid, the volcano that forms Atlasov Island in the northern Kurils, rises to about 2,339 m and is the highest peak of the entire island chain.",
     "Вулкан Алаид (2339 м) на северных Курилах — второй по высоте в Курильской гряде; мощное извержение произошло здесь в 1981 г.",
     C, "rank", "geography", False, RU),
    ("Bolshoy Iremel, at roughly 1,580 metres, is the second-highest summit of the Southern Urals and is regarded as sacred in Bashkir tradition.",
     "Гора Большой Иремель (1582 м) в Башкортостане уступает на Южном Урале по высоте лишь Ямантау.",
     A, "rank", "geography", True, None),

    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: EN (Arcelik belongs to Koc Holding)
    ("Arçelik, the Istanbul appliance maker founded in 1955 and best known abroad for its Beko brand, belongs to the Sabancı Holding conglomerate.",
     "Турецкая компания «Арчелик» (осн. в 1955 г.), владелец бренда Beko, входит в холдинг Koç — крупнейший частный конгломерат страны.",
     C, "organisation", "economy", False, EN),
    # FALSE: RU (Grupo Bimbo was founded in 1945)
    ("Grupo Bimbo, now the world's largest baking company, was founded in Mexico City in 1945 by Lorenzo Servitje and several partners.",
     "Мексиканская Grupo Bimbo — крупнейший в мире производитель хлеба и выпечки — основана в Мехико в 1954 г.; среди основателей был Лоренсо Сервитье.",
     C, "year", "economy", True, RU),
    ("Hilti, the maker of power tools and fastening systems, was founded by the brothers Martin and Eugen Hilti in Schaan, Liechtenstein, in 1941.",
     "Компания Hilti основана в 1941 г. в Шане (Лихтенштейн), где и сейчас её штаб-квартира; у истоков стояли братья Мартин и Ойген Хилти.",
     A, "place", "economy", False, None),
    # FALSE: RU (Logitech was founded in Apremont, Switzerland; Lausanne is a later headquarters)
    ("Logitech was started in 1981 in the Swiss village of Apremont by Daniel Borel, Pierluigi Zappacosta and Giacomo Marini.",
     "Logitech, известный прежде всего компьютерными мышами, основали в 1981 г. в Лозанне швейцарец Даниэль Борель и итальянцы Пьерлуиджи Дзаппакоста и Джакомо Марини.",
     C, "place", "economy", False, RU),
    ("Garmin takes its name from its two founders, Gary Burrell and Min Kao, who set up the navigation company in Kansas in 1989.",
     "Название Garmin составлено из имён основателей — Гэри Баррелла и Мина Као; компания появилась в 1989 г. в Канзасе (штаб-квартира — в Олейте).",
     A, "person", "economy", True, None),

    # ---------------- sport (2 contradict + 3 agree) ----------------
    # FALSE: EN (Krovopuskov won four Olympic golds: individual and team sabre in 1976 and 1980)
    ("The Soviet sabreur Viktor Krovopuskov collected six Olympic gold medals in all, at the Montreal Games of 1976 and the Moscow Games of 1980.",
     "Советский саблист Виктор Кровопусков — четырёхкратный олимпийский чемпион: в 1976 и 1980 гг. он побеждал и в личном, и в командном турнире.",
     C, "number", "sport", True, EN),
    ("Nils Liedholm won Olympic gold with Sweden in London in 1948 and then spent twelve seasons as a player with AC Milan.",
     "Швед Нильс Лидхольм, олимпийский чемпион 1948 г., в 1949–1961 гг. выступал за «Милан», составив с Греном и Нордалем знаменитое трио «Гре-Но-Ли».",
     A, "year", "sport", False, None),
    # FALSE: EN (Delgado won the Tour de France in 1988; in 1987 he was second)
    ("Pedro Delgado, the climber from Segovia, won the Tour de France in 1987 and twice won the Vuelta a España.",
     "Испанец Педро Дельгадо выиграл «Тур де Франс» 1988 года, а «Вуэльту» — в 1985 и 1989 гг.",
     C, "year", "sport", False, EN),
    ("Reiner Klimke won six Olympic gold medals in dressage, the only individual one coming in Los Angeles in 1984 on Ahlerich.",
     "Райнер Климке из Мюнстера стал олимпийским чемпионом в личной выездке в 1984 г. на коне Ахлерихе; всего у него 6 золотых олимпийских медалей.",
     A, "number", "sport", True, None),
    ("Born in Georgia, Kakhi Kakhiashvili won Olympic weightlifting gold three times: in 1992 for the Unified Team and in 1996 and 2000 for Greece.",
     "Кахи Кахиашвили — трёхкратный олимпийский чемпион по тяжёлой атлетике (1992, 1996, 2000); последние два титула он завоевал, выступая за Грецию.",
     A, "number", "sport", False, None),

    # ---------------- culture (3 contradict + 2 agree) ----------------
    # FALSE: RU (in 1983 Lucky Luke swapped his cigarette for a blade of grass, not a matchstick)
    ("In 1983 Lucky Luke, the lonesome cowboy created by the Belgian artist Morris, gave up his trademark cigarette and started chewing a blade of grass.",
     "Ковбой Лаки Люк, придуманный бельгийцем Моррисом в 1946 г., в 1983 г. расстался с сигаретой и с тех пор жуёт спичку.",
     C, "entity", "culture", True, RU),
    # FALSE: EN (Blake and Mortimer first appeared in Tintin magazine, not Spirou)
    ("Edgar P. Jacobs launched Blake and Mortimer in 1946 in the pages of Spirou magazine, with the story The Secret of the Swordfish.",
     "Капитан Блейк и профессор Мортимер впервые появились в журнале «Тинтин» 26.09.1946 — в первой серии комикса Эдгара П. Жакобса «Тайна „Меч-рыбы“».",
     C, "organisation", "culture", False, EN),
    ("Betty Boop made her screen debut in the Fleischer Studios cartoon Dizzy Dishes, released in August 1930.",
     "Бетти Буп, героиня мультфильмов Макса Флейшера, впервые появилась на экране в 1930 г. — поначалу в облике антропоморфной собачки.",
     A, "year", "culture", True, None),
    # FALSE: RU (Hello Kitty was created in 1974)
    ("Hello Kitty was created for Sanrio in 1974 by the designer Yuko Shimizu and first appeared on a vinyl coin purse the following year.",
     "Белую кошечку без рта по имени Hello Kitty японская компания Sanrio представила в начале 1980-х, и вскоре её изображение появилось на тысячах товаров.",
     C, "decade", "culture", True, RU),
    ("Doraemon, the earless robot cat sent back from the 22nd century, first appeared in Fujiko F. Fujio's manga at the end of 1969.",
     "Дораэмон — кот-робот из XXII века — впервые появился в манге Фудзико Фудзио в декабре 1969 г.",
     A, "date", "culture", False, None),

    # ---------------- literature (2 contradict + 3 agree) ----------------
    ("Harry Martinson's Aniara, published in 1956, tells in 103 cantos of a spaceship that drifts off course while carrying emigrants from a ruined Earth to Mars.",
     "Поэма Харри Мартинсона «Аниара» (1956) — история космического корабля с переселенцами, который сбился с пути к Марсу; по ней Бломдаль написал оперу.",
     A, "year", "literature", True, None),
    # FALSE: EN (Babicka is set in the Ratiborice valley in north-eastern Bohemia, not in Moravia)
    ("Božena Němcová's novel The Grandmother, published in 1855, is set in a secluded valley near the village of Ratibořice in southern Moravia.",
     "Повесть Божены Немцовой «Бабушка» (1855) разворачивается в долине у Ратиборжице, в северо-восточной Чехии, где писательница провела детство.",
     C, "place", "literature", True, EN),
    ("Ricardo Güiraldes published Don Segundo Sombra, his novel of a boy's apprenticeship to an old gaucho drover, in 1926, a year before his death in Paris.",
     "Роман «Дон Сегундо Сомбра» аргентинца Рикардо Гуиральдеса вышел в 1926 г.; рассказчик — подросток Фабио Касерес, ставший учеником старого гаучо.",
     A, "year", "literature", False, None),
    # FALSE: RU (Jorge Icaza was Ecuadorian, not Peruvian)
    ("Huasipungo, the 1934 novel by the Ecuadorian writer Jorge Icaza, depicts the brutal exploitation of Indian labourers on an Andean hacienda.",
     "Роман перуанского писателя Хорхе Икасы «Уасипунго» (1934) рассказывает о бесправии индейцев-батраков на асьенде в Андах.",
     C, "entity", "literature", False, RU),
    ("In Karel Čapek's 1924 novel Krakatit, the engineer Prokop invents an explosive so powerful that it could destroy the world.",
     "Инженер Прокоп из романа Карела Чапека «Кракатит» (1924) изобретает взрывчатку небывалой силы, названную в честь вулкана Кракатау.",
     A, "person", "literature", True, None),

    # ---------------- music (2 contradict + 3 agree) ----------------
    ("Blondie, formed in New York in 1974 around Debbie Harry and Chris Stein, reached number one in the US in 1979 with Heart of Glass.",
     "Сингл «Heart of Glass» нью-йоркской группы Blondie с вокалисткой Дебби Харри возглавил американский хит-парад весной 1979 г.",
     A, "year", "music", False, None),
    # FALSE: EN (You Really Got Me reached number one in the UK in 1964)
    ("You Really Got Me, the 1964 breakthrough of the Kinks from Muswell Hill, stalled at number three on the British singles chart.",
     "Песня «You Really Got Me» (1964) братьев Рэя и Дэйва Дэвисов из The Kinks стала первым хитом группы, возглавившим британский чарт.",
     C, "rank", "music", True, EN),
    ("The Bee Gees, the brothers Barry, Robin and Maurice Gibb, supplied Stayin' Alive and Night Fever to the Saturday Night Fever soundtrack of 1977.",
     "Саундтрек к фильму «Лихорадка субботнего вечера» (ноябрь 1977 г.) с песнями братьев Гибб разошёлся десятками миллионов экземпляров.",
     A, "year", "music", True, None),
    # FALSE: RU (it was Vince Clarke who left Depeche Mode and formed Yazoo, not Martin Gore)
    ("Vince Clarke, who wrote most of Depeche Mode's debut album Speak & Spell, left the Basildon band in late 1981 and soon formed Yazoo with Alison Moyet.",
     "Вскоре после выхода дебютного альбома Depeche Mode (1981) из группы ушёл Мартин Гор, создавший затем дуэт Yazoo с певицей Элисон Мойе.",
     C, "person", "music", False, RU),
    ("The Sign by Ace of Base, the pop group from Gothenburg, was ranked by Billboard as the top single of 1994 in the United States.",
     "Песня «The Sign» гётеборгского квартета Ace of Base возглавила итоговый годовой чарт журнала Billboard за 1994 г.",
     A, "rank", "music", False, None),

    # ---------------- art (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Alexander Mosaic is dated to about 100 BC, not the 1st century AD)
    ("The Alexander Mosaic, found at Pompeii in 1831, is usually dated to the first century AD and shows Alexander charging at the Persian king Darius III.",
     "Мозаика «Битва Александра с Дарием» из Дома Фавна в Помпеях (ок. 100 г. до н. э.) хранится в Национальном археологическом музее Неаполя.",
     C, "century", "art", True, EN),
    # FALSE: RU (the 14th Secession exhibition opened in April 1902)
    ("Gustav Klimt painted the Beethoven Frieze for the Vienna Secession's exhibition honouring the composer, which opened in April 1902 around Max Klinger's statue.",
     "Бетховенский фриз Густав Климт создал для 14-й выставки Венского сецессиона, открывшейся в октябре 1902 г.; центром экспозиции была статуя Бетховена работы Клингера.",
     C, "month", "art", False, RU),
    ("Edward Hopper's Chop Suey, painted in 1929, sold at Christie's in New York in November 2018 for about 92 million dollars.",
     "Картина Эдварда Хоппера «Чоп-суи» (1929) ушла с торгов Christie's в 2018 г. за 91,9 млн долл. — рекорд для художника.",
     A, "number", "art", True, None),
    ("The Doni Tondo, a round Holy Family that Michelangelo painted around 1506–07 for the Florentine merchant Agnolo Doni, hangs in the Uffizi.",
     "«Тондо Дони» — единственная бесспорно принадлежащая Микеланджело законченная станковая картина — хранится во флорентийской галерее Уффици.",
     A, "place", "art", False, None),
    # FALSE: EN (the Feast of the Rosary is in the National Gallery in Prague)
    ("Dürer painted the Feast of the Rosary in Venice in 1506; the altarpiece, later bought by Emperor Rudolf II, now hangs in Vienna's Kunsthistorisches Museum.",
     "«Праздник чёток» (1506) Альбрехт Дюрер написал в Венеции для церкви немецких купцов; сейчас картина находится в Национальной галерее Праги.",
     C, "place", "art", True, EN),

    # ---------------- law (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Lex Gabinia gave Pompey a three-year command)
    ("The Lex Gabinia of 67 BC gave Pompey a three-year command over the whole Mediterranean to rid it of pirates, a task he finished within months.",
     "Закон Габиния (67 г. до н. э.) наделил Помпея чрезвычайными полномочиями для борьбы с пиратами на 5 лет; с задачей он справился примерно за три месяца.",
     C, "duration", "law", False, RU),
    ("The Elementary Education Act of 1870, steered through Parliament by W. E. Forster, set up elected school boards to fill gaps in England and Wales.",
     "Закон о начальном образовании 1870 г. (так называемый закон Форстера) учредил в Англии и Уэльсе выборные школьные советы.",
     A, "year", "law", True, None),
    ("Issued on 23 November 1855, the Ley Juárez curtailed the special legal privileges, or fueros, of the Mexican clergy and army.",
     "Закон Хуареса (ноябрь 1855 г.), подготовленный министром юстиции Бенито Хуаресом, ограничил судебные привилегии (фуэрос) духовенства и военных в Мексике.",
     A, "date", "law", False, None),
    # FALSE: EN (the Elkins Act of 1903 penalised shippers who accepted rebates as well as the railroads)
    ("Under the Elkins Act of 1903, American railroads could be fined for granting secret rebates, but shippers who accepted them faced no penalty.",
     "Закон Элкинса (1903), названный по имени сенатора от Западной Виргинии Стивена Элкинса, карал за тайные скидки не только железные дороги, но и получавших их грузоотправителей.",
     C, "polarity", "law", True, EN),
    ("The Foraker Act, signed in April 1900, replaced military rule in Puerto Rico with a civilian government whose governor was appointed by the US president.",
     "По закону Форакера (12.04.1900) в Пуэрто-Рико появилось гражданское правительство; гражданство США пуэрториканцы получили лишь в 1917 г.",
     A, "date", "law", True, None),

    # ---------------- technology (3 contradict + 2 agree) ----------------
    # FALSE: EN (ColecoVision went on sale in August 1982)
    ("Coleco's ColecoVision console reached American shops in November 1982, with a home version of Nintendo's Donkey Kong included in the box.",
     "Приставку ColecoVision американская компания Coleco выпустила в августе 1982 г., положив в комплект картридж с игрой Donkey Kong.",
     C, "month", "technology", False, EN),
    # FALSE: EN (the Dreamcast went on sale in Japan on 27 November 1998)
    ("Sega's Dreamcast, the company's last home console, first went on sale in Japan on 20 November 1998.",
     "Dreamcast — последняя домашняя консоль Sega — появилась в японских магазинах 27.11.1998, а в Северной Америке — 9 сентября 1999 г.",
     C, "date", "technology", True, EN),
    ("Mattel's Intellivision console was test-marketed in Fresno in 1979 and went on sale across the United States the following year.",
     "Игровая приставка Intellivision компании Mattel Electronics поступила в широкую продажу в США в 1980 г.",
     A, "year", "technology", False, None),
    # FALSE: RU (the Instamatic was made by Kodak)
    ("Kodak introduced the Instamatic in 1963, a cheap camera loaded with drop-in 126 film cartridges that spared users from threading film.",
     "Фотоаппараты Instamatic с кассетами формата 126, которые не нужно было заправлять вручную, выпустила в 1963 г. немецкая фирма Agfa.",
     C, "organisation", "technology", False, RU),
    ("Kodak discontinued Ektachrome slide film in 2012, then revived it: the new 35 mm version reached photographers in late 2018.",
     "Обращаемую плёнку Ektachrome компания Kodak сняла с производства в 2012 г., но в 2018 г. вернула её на рынок.",
     A, "year", "technology", True, None),

    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: EN (the Abbots Ripton accident killed 13 people)
    ("The Abbots Ripton crash of January 1876, in which snow froze signals at 'clear' and two express trains crashed one after another, killed 31 people.",
     "Крушение у Эбботс-Риптона (Хантингдоншир) 21.01.1876 унесло жизни 13 человек: налипший снег заклинил семафоры в положении «путь свободен».",
     C, "number", "disasters", True, EN),
    ("On 25 August 1861 two trains collided inside Clayton Tunnel, north of Brighton, killing 23 people and injuring 176.",
     "В Клейтонском тоннеле под Брайтоном 25.08.1861 поезд врезался в состав, сдававший назад; погибли 23 человека.",
     A, "number", "disasters", False, None),
    # FALSE: RU (the Italia Hall disaster happened on Christmas Eve, 24 December 1913)
    ("Seventy-three people, most of them children, died in the crush at Italia Hall in Calumet, Michigan, after someone falsely shouted 'fire' at a Christmas Eve party in 1913.",
     "31 декабря 1913 г. в зале «Италия-холл» городка Калумет (Мичиган) на празднике для семей бастующих горняков кто-то крикнул «Пожар!»; в давке погибли 73 человека.",
     C, "date", "disasters", False, RU),
    ("In the early hours of 7 August 1956, seven army trucks loaded with dynamite blew up in the city of Cali, Colombia, killing more than a thousand people.",
     "Взрыв армейских грузовиков с динамитом в колумбийском городе Кали (07.08.1956) унёс жизни свыше 1 тыс. человек.",
     A, "number", "disasters", True, None),
    ("The earthquake that struck the town of Lice in Diyarbakır province on 6 September 1975 killed roughly 2,300 people.",
     "Землетрясение 6 сентября 1975 г. почти полностью разрушило городок Лидже на юго-востоке Турции; погибли свыше 2 тыс. человек.",
     A, "date", "disasters", False, None),
]

RELATED = [
    ("Two years after Benevento, Charles of Anjou defeated Manfred's young nephew Conradin and had him beheaded in Naples.",
     "Манфред, побочный сын императора Фридриха II, короновался сицилийской короной в Палермо в 1258 г.",
     "Benevento", True, "history"),
    ("Paul Ehrenfest was born in Vienna in 1880 and studied physics under Ludwig Boltzmann.",
     "Выражение «ультрафиолетовая катастрофа» ввёл в научный оборот Эренфест в 1911 г.",
     "Ehrenfest", False, "science"),
    ("The town of Sol-Iletsk in Orenburg Oblast, known for its salt mines, takes its name from the Ilek River nearby.",
     "Крупнейший город на Илеке — Актобе, административный центр одноимённой области Казахстана.",
     "Ilek", True, "geography"),
    ("Hilti is privately held: all of its shares belong to the Martin Hilti Family Trust.",
     "Штаб-квартира концерна Hilti по-прежнему находится в лихтенштейнском Шане, недалеко от Вадуца.",
     "Hilti", False, "economy"),
    ("As a coach, Nils Liedholm later led AS Roma to the Italian league title in 1983.",
     "В финале чемпионата мира 1958 г. против Бразилии Нильс Лидхольм открыл счёт уже на 4-й минуте.",
     "Liedholm", True, "sport"),
    ("Doraemon's creator Hiroshi Fujimoto signed his later work with the pen name Fujiko F. Fujio.",
     "Официальным днём рождения кота-робота Дораэмона считается 3 сентября 2112 года.",
     "Doraemon", False, "culture"),
    ("A Swedish film adaptation of Aniara, directed by Pella Kågerman and Hugo Lilja, was released in 2018.",
     "В 1974 г. автор «Аниары» Харри Мартинсон получил Нобелевскую премию по литературе вместе с Эйвиндом Юнсоном.",
     "Aniara", True, "literature"),
    ("Maurice Gibb of the Bee Gees died in Miami Beach in January 2003, at the age of 53.",
     "Будущие Bee Gees начинали карьеру в Австралии, куда семья Гибб эмигрировала из Англии в 1958 г.",
     "Bee Gees", False, "music"),
    ("Before its sale in 2018, Hopper's Chop Suey belonged to the St. Louis collector Barney Ebsworth.",
     "На картине Хоппера «Чоп-суи» две женщины в шляпках сидят друг напротив друга за столиком китайского ресторана.",
     "Chop Suey", True, "art"),
    ("The Christmas party at Italia Hall had been organised by the women's auxiliary of the Western Federation of Miners.",
     "Трагедии в мичиганском Калумете фолк-певец Вуди Гатри позднее посвятил песню «1913 Massacre».",
     "Italia Hall", False, "disasters"),
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
    comp, rel, false_sides = [], [], []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in (EN, RU), (en, false_side)
            false_sides.append(false_side)
        else:
            assert false_side is None, en
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
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    split = {}
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc in (2, 3), (d, nc)
        split[d] = nc
    assert sum(v == 3 for v in split.values()) == 6, split
    # related subjects must be subjects of comparable pairs of this set
    comp_text = " ".join(r["a"] + " " + r["b"] for r in comp)
    for en, ru, subj, ru_first, domain in RELATED:
        assert subj in comp_text, subj
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout139.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout139.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("3-contradict domains:", sorted(d for d, v in split.items() if v == 3))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
