#!/usr/bin/env python3
"""Build heldout157: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "EN" or "RU" for contradict rows, None for agree rows.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Battle of Karnal was fought on 24 February 1739, not in May)
    ("At Karnal, some 120 km north of Delhi, Nader Shah of Persia routed the army of the Mughal emperor Muhammad Shah on 24 February 1739.",
     "Битва при Карнале (24 мая 1739 г.) закончилась разгромом войск Великих Моголов, после чего Надир-шах вступил в Дели и разграбил город.",
     C, "month", "history", True, "RU"),
    # FALSE: EN (the Gowrie conspiracy took place on 5 August 1600, not in October)
    ("On 5 October 1600, at Gowrie House in Perth, King James VI's attendants killed the Earl of Gowrie and his brother Alexander Ruthven, accusing them of treason.",
     "«Заговор Гаури» (05.08.1600): в доме графа Гаури в Перте свита короля Якова VI заколола Джона Рутвена и его младшего брата Александра.",
     C, "month", "history", False, "EN"),
    # FALSE: RU (the wounded Ferruccio was killed by Fabrizio Maramaldo; Giovanni delle Bande Nere had died in 1526)
    ("At Gavinana in the Pistoian Apennines on 3 August 1530 the Florentine commander Francesco Ferruccio was beaten, captured and then stabbed to death by Fabrizio Maramaldo.",
     "В битве при Гавинане летом 1530 г. имперцы разбили флорентийцев, а раненого Франческо Ферруччо добил кондотьер Джованни делле Банде Нере.",
     C, "person", "history", True, "RU"),
    ("On 27 February 1545 a Scottish force under the Earl of Angus routed an English raiding army at Ancrum Moor, near Jedburgh, killing its commander Sir Ralph Eure.",
     "Сражение при Анкрам-Муре (февраль 1545 г.), эпизод «грубого сватовства», принесло победу шотландцам Арчибальда Дугласа, графа Ангуса; английский командир Ральф Эвер погиб.",
     A, "person", "history", False, None),
    ("Charles I personally led the Royalist army that beat Sir William Waller's Parliamentarians at Cropredy Bridge, north of Banbury, at the end of June 1644.",
     "29.06.1644 у моста Кропреди в Оксфордшире войско короля Карла I нанесло поражение парламентской армии сэра Уильяма Уоллера.",
     A, "date", "history", True, None),
    # ---------------- science (2 contradict + 3 agree) ----------------
    # FALSE: EN (charoite was described as a new mineral in 1978, not in the 1950s)
    ("Charoite, a violet mineral known only from the Murun massif in eastern Siberia, was officially described as a new species in the 1950s.",
     "Чароит, названный по реке Чаре, утверждён как новый минерал в 1978 г.; единственное его месторождение — Мурунский массив в Восточной Сибири.",
     C, "decade", "science", False, "EN"),
    # FALSE: RU (Dollo's law states that evolution is irreversible)
    ("In 1893 the palaeontologist Louis Dollo, working in Brussels, argued that evolution is irreversible: a complex structure once lost is never regained in the same form.",
     "Закон Долло, сформулированный в 1893 г., гласит, что эволюция обратима: утраченный сложный орган может вновь появиться у потомков в прежнем виде.",
     C, "opposite", "science", True, "RU"),
    ("Gallimimus, an ostrich-like dinosaur from the Late Cretaceous Nemegt Formation of the Gobi, was described in 1972 by a Polish–Mongolian team that included Rinchen Barsbold.",
     "Галлимим («подражающий курице») — страусоподобный динозавр позднего мела из Монголии, описанный польскими и монгольскими палеонтологами в 1972 году.",
     A, "year", "science", False, None),
    ("The German physicist Heinrich Barkhausen found in 1919 that magnetising iron proceeds in tiny abrupt jumps, which can be heard as clicks through an amplifier and loudspeaker.",
     "Эффект Баркгаузена — скачкообразное изменение намагниченности ферромагнетика — открыт в 1919 г.; эти скачки слышны в громкоговорителе как треск.",
     A, "year", "science", True, None),
    ("The asteroid 21 Lutetia, discovered from Paris by Hermann Goldschmidt in 1852, was photographed at close range by the Rosetta probe on 10 July 2010.",
     "Зонд «Розетта» пролетел вблизи астероида (21) Лютеция 10.07.2010 и сфотографировал это тело поперечником около 100 км.",
     A, "date", "science", False, None),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Iput is a left tributary of the Sozh, which it joins near Gomel)
    ("The Iput, a river of roughly 440 kilometres, crosses Bryansk Oblast before entering Belarus, where it ends as a left-bank tributary of the Desna.",
     "Ипуть (437 км) — левый приток Сожа; река течёт по Брянской области России и Гомельской области Белоруссии и впадает в Сож у Гомеля.",
     C, "entity", "geography", True, "EN"),
    # FALSE: RU (the Fair Isle Bird Observatory was founded in 1948)
    ("Fair Isle, a remote island midway between Orkney and the Shetland Mainland, has had a bird observatory since 1948 and lends its name to a style of patterned knitting.",
     "Орнитологическая станция на острове Фэр-Айл (Шетландские о-ва), где живёт около 60 человек, была основана в 1958 г.",
     C, "year", "geography", False, "RU"),
    # FALSE: EN (Anholt lies in the Kattegat, not the Skagerrak)
    ("Anholt, a small Danish island in the Skagerrak with only about 150 inhabitants, gave its name to a large offshore wind farm opened in 2013.",
     "Остров Анхольт (около 22 км²) лежит в проливе Каттегат, примерно на полпути между Ютландией и побережьем Швеции.",
     C, "place", "geography", False, "EN"),
    ("Langeland, a long and narrow Danish island east of Funen, covers about 280 square kilometres; its chief town is Rudkøbing.",
     "Лангеланн площадью 284 км² вытянут с севера на юг более чем на 50 км; главный город острова — Рудкёбинг.",
     A, "number", "geography", False, None),
    ("The Demerdzhi massif above Alushta, on the southern coast of Crimea, is known for its Valley of Ghosts, a field of weathered stone pillars.",
     "Гора Демерджи над Алуштой знаменита Долиной привидений — скоплением причудливых каменных столбов, выветренных из конгломератов.",
     A, "place", "geography", True, None),
    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: RU (Clarins was founded in 1954)
    ("Clarins, the French skincare and cosmetics group, was founded in Paris in 1954 by Jacques Courtin-Clarins and is still controlled by his family.",
     "Французскую косметическую компанию Clarins основал в Париже Жак Куртен-Кларанс в 1970-х годах.",
     C, "decade", "economy", True, "RU"),
    # FALSE: EN (John Barbour founded the business in South Shields, not Hull)
    ("J. Barbour and Sons was founded in 1894 in the port of Hull by John Barbour, a Scottish draper who sold oilskins to sailors and fishermen.",
     "Фирму Barbour, знаменитую вощёными куртками, основал в 1894 г. выходец из Шотландии Джон Барбур в Саут-Шилдсе на северо-востоке Англии.",
     C, "place", "economy", False, "EN"),
    # FALSE: EN (Orkla sold Elkem to China National Bluestar, not Sinochem)
    ("In 2011 the Norwegian industrial group Orkla sold Elkem, the silicon and ferroalloy producer, to the Chinese state firm Sinochem for about 12 billion kroner.",
     "Норвежского производителя кремния Elkem концерн Orkla в 2011 г. продал китайской госкорпорации China National Bluestar примерно за 12 млрд крон.",
     C, "organisation", "economy", True, "EN"),
    ("Alstom traces its origins to 1928, when the Alsatian engineering firm SACM and the French arm of Thomson-Houston merged their electrical businesses as Alsthom.",
     "Компания Alsthom (ныне Alstom) возникла в 1928 г. при слиянии электротехнических подразделений SACM и французской Thomson-Houston; позднее она построила поезда TGV.",
     A, "year", "economy", False, None),
    ("Aer Lingus flew its first service on 27 May 1936, when a de Havilland Dragon biplane named Iolar carried passengers from Baldonnel aerodrome near Dublin to Bristol.",
     "Первый рейс ирландская авиакомпания Aer Lingus выполнила 27.05.1936 — из Дублина (аэродром Балдоннел) в Бристоль на маленьком биплане «Иолар».",
     A, "date", "economy", True, None),
    # ---------------- sport (2 contradict + 3 agree) ----------------
    # FALSE: RU (the defending champion Karlović beat in 2003 was Lleyton Hewitt)
    ("Croatia's Ivo Karlović, who stands 2.11 metres tall, stunned Wimbledon in 2003 by knocking out the defending champion Lleyton Hewitt in the first round.",
     "Хорватский гигант Иво Карлович на Уимблдоне-2003 сенсационно выбил в первом круге действующего чемпиона турнира Пита Сампраса.",
     C, "person", "sport", False, "RU"),
    # FALSE: EN (Innauer won the gold medal on the normal hill in 1980)
    ("Austria's Toni Innauer took the silver medal on the normal hill at the 1980 Winter Olympics in Lake Placid.",
     "Австрийский прыгун с трамплина Тони Иннауэр стал олимпийским чемпионом 1980 г. в Лейк-Плэсиде на нормальном трамплине.",
     C, "rank", "sport", True, "EN"),
    ("Italian shot putter Alessandro Andrei, the 1984 Olympic champion, set a world record of 22.91 metres at Viareggio on 12 August 1987.",
     "Олимпийский чемпион Лос-Анджелеса Алессандро Андреи в августе 1987 г. толкнул ядро на 22,91 м, установив мировой рекорд.",
     A, "number", "sport", False, None),
    ("Gabriella Dorio of Italy won the women's 1500 metres at the 1984 Olympic Games in Los Angeles in a time of 4:03.25.",
     "Итальянская бегунья Габриэлла Дорио стала олимпийской чемпионкой Лос-Анджелеса-84 на дистанции 1500 м.",
     A, "year", "sport", True, None),
    ("At the 1998 Winter Olympics in Nagano, Kazuyoshi Funaki won the individual large-hill event and the team event, and took silver on the normal hill.",
     "Японец Кадзуёси Фунаки — двукратный олимпийский чемпион Нагано-1998 (большой трамплин и командный турнир) и серебряный призёр на нормальном трамплине.",
     A, "number", "sport", False, None),
    # ---------------- culture (3 contradict + 2 agree) ----------------
    # FALSE: RU (Daiquirí beach lies near Santiago de Cuba in the east of the island, not near Havana)
    ("The daiquiri takes its name from a beach and iron-mining district east of Santiago de Cuba, where the American engineer Jennings Cox is said to have mixed it around 1900.",
     "Коктейль дайкири из рома, сока лайма и сахара назван в честь пляжа Дайкири под Гаваной, где его будто бы придумал американский горный инженер.",
     C, "place", "culture", True, "RU"),
    # FALSE: EN (the famous 1920 honeymooners were Mary Pickford and Douglas Fairbanks)
    ("Fettuccine Alfredo, created by the Roman restaurateur Alfredo Di Lelio, became world-famous after Charlie Chaplin ate it in Rome on his 1920 honeymoon.",
     "Феттучине «Альфредо» придумал римский ресторатор Альфредо ди Лелио; мировую славу блюду принесли Мэри Пикфорд и Дуглас Фэрбенкс, побывавшие у него в 1920 г.",
     C, "person", "culture", False, "EN"),
    # FALSE: RU (the legend dates the first crêpes Suzette to 1895)
    ("According to the usual story, crêpes Suzette were first flambéed by accident in 1895 at the Café de Paris in Monte Carlo, in front of the Prince of Wales.",
     "По легенде, блинчики «Сюзетт» случайно вспыхнули в руках юного официанта в Монте-Карло в 1920-е годы; блюдо назвали в честь спутницы принца Уэльского.",
     C, "decade", "culture", True, "RU"),
    ("Baked Alaska, ice cream on sponge cake under browned meringue, is said to have been named at Delmonico's in New York in 1867 to mark the purchase of Alaska.",
     "Десерт «Аляска» (мороженое под запечённым безе) получил имя в нью-йоркском ресторане «Дельмонико» вскоре после покупки Аляски Соединёнными Штатами, в 1867 г.",
     A, "year", "culture", False, None),
    ("The oldest known recipe for cheese fondue, titled 'Käss mit Wein zu kochen', appeared in a book printed in Zurich in 1699.",
     "Древнейший известный рецепт сырного фондю напечатан в Цюрихе в конце XVII в. (1699), а в 1930-е гг. Швейцарский сырный союз сделал фондю национальным блюдом.",
     A, "year", "culture", True, None),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    # FALSE: EN (Knulp was published as a book in 1915)
    ("Hermann Hesse's Knulp, three linked stories about a charming, rootless vagabond, was first published as a book in 1925.",
     "«Кнульп» Германа Гессе — три новеллы о бродяге, который в конце умирает в снегу, — вышел отдельной книгой в 1915 г. в издательстве С. Фишера.",
     C, "year", "literature", False, "EN"),
    # FALSE: RU (Guzmán de Alfarache appeared in two parts: Madrid 1599 and Lisbon 1604)
    ("Mateo Alemán published Guzmán de Alfarache in two parts, the first in Madrid in 1599 and the second in Lisbon in 1604.",
     "Плутовской роман Матео Алемана «Гусман де Альфараче» вышел в трёх частях, первая из которых появилась в Мадриде в 1599 г.",
     C, "number", "literature", True, "RU"),
    ("Dominique, the only novel by the painter Eugène Fromentin, came out in the Revue des Deux Mondes in 1862 and was dedicated to George Sand.",
     "Роман «Доминик» (журнальная публикация — 1862 г., книга — 1863 г.) стал единственным романом художника Эжена Фромантена; он посвящён Жорж Санд.",
     A, "year", "literature", False, None),
    ("The Libro de buen amor, a long and playful poem about love, was composed in the fourteenth century by Juan Ruiz, Archpriest of Hita.",
     "Хуан Руис, протопресвитер из Иты, создал «Книгу благой любви» в 1330–1343 гг.",
     A, "century", "literature", True, None),
    ("Patrick Hamilton's novel Hangover Square, published in 1941, follows the lonely, schizophrenic George Harvey Bone around Earls Court in the months before war broke out.",
     "Действие романа Патрика Гамильтона «Хэнговер-сквер» (1941) разворачивается в лондонском районе Эрлс-Корт накануне Второй мировой войны, в 1938–1939 гг.",
     A, "year", "literature", False, None),
    # ---------------- music (2 contradict + 3 agree) ----------------
    # FALSE: RU (Fučík wrote Entry of the Gladiators in 1897)
    ("Julius Fučík, a Czech military bandmaster, wrote Entry of the Gladiators in 1897; reworked as 'Thunder and Blazes', it became the classic circus tune.",
     "Марш «Выход гладиаторов» чешский военный капельмейстер Юлиус Фучик сочинил в 1907 г.; позднее эта музыка стала символом цирка.",
     C, "year", "music", True, "RU"),
    # FALSE: EN (Brotherhood of Man won the 1976 contest)
    ("Brotherhood of Man came second at the 1976 Eurovision Song Contest in The Hague with 'Save Your Kisses for Me'.",
     "Британский квартет Brotherhood of Man победил на «Евровидении-1976» в Гааге с песней «Save Your Kisses for Me».",
     C, "rank", "music", False, "EN"),
    ("Ion Ivanovici, a Romanian military bandmaster, composed the waltz Waves of the Danube in 1880; in 1946 it resurfaced as 'The Anniversary Song' sung by Al Jolson.",
     "Вальс «Дунайские волны» (1880) румынского военного дирижёра Иосифа Ивановичи спустя 66 лет превратился в американский шлягер «Anniversary Song».",
     A, "year", "music", True, None),
    ("Cutting Crew, a London band fronted by Nick Van Eede, topped the US Billboard Hot 100 in 1987 with '(I Just) Died in Your Arms'.",
     "Песня британской группы Cutting Crew «(I Just) Died in Your Arms» весной 1987 г. возглавила главный американский хит-парад.",
     A, "year", "music", False, None),
    ("Franz Berwald, now seen as Sweden's leading nineteenth-century symphonist, finished his Symphonie singulière in 1845, but it was not performed until 1905.",
     "«Своеобразную симфонию» Франц Бервальд написал в 1845 г., однако публика услышала её лишь через 60 лет, в 1905 г.",
     A, "year", "music", True, None),
    # ---------------- art (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Lion-man is roughly 35,000-40,000 years old)
    ("The Lion-man, a mammoth-ivory figurine found in 1939 in the Hohlenstein-Stadel cave in south-western Germany, is roughly 40,000 years old.",
     "Возраст статуэтки «человека-льва» из пещеры Холенштайн-Штадель (Баден-Вюртемберг) оценивают примерно в 12 тыс. лет.",
     C, "number", "art", True, "RU"),
    # FALSE: EN (the Belvedere Torso dates from the 1st century BC)
    ("The Belvedere Torso, a muscular marble fragment signed by Apollonios son of Nestor of Athens, dates from the third century AD and stands in the Vatican Museums.",
     "Бельведерский торс, подписанный афинянином Аполлонием, сыном Нестора, создан в I в. до н. э.; им восхищался Микеланджело.",
     C, "century", "art", False, "EN"),
    ("The Gayer-Anderson Cat, a bronze figure of the goddess Bastet wearing gold earrings and a nose ring, dates from about 600 BC and is in the British Museum.",
     "Кошка Гайер-Андерсона — бронзовое изображение Бастет позднего периода (около 600 г. до н. э.), подаренное Британскому музею майором Робертом Гайер-Андерсоном.",
     A, "year", "art", True, None),
    ("The Kingston Brooch, a gold disc brooch inlaid with garnets and glass, was dug up by the Reverend Bryan Faussett in 1771 from a grave at Kingston Down, Kent.",
     "Кингстонская брошь — одна из самых роскошных англосаксонских дисковых фибул VII в.; её нашли в Кенте в 1771 г., а хранится она теперь в Ливерпуле.",
     A, "year", "art", False, None),
    ("The Basse-Yutz flagons, a pair of Celtic bronze wine jugs inlaid with coral and enamel, were found in Lorraine in 1927 and bought by the British Museum in 1929.",
     "Пара кельтских бронзовых кувшинов из Басс-Ютца (Лотарингия, около 400–350 гг. до н. э.) украшена кораллом и эмалью; на носике каждого сидит уточка.",
     A, "place", "art", True, None),
    # ---------------- law (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Ecclesiastical Titles Act 1851 was repealed twenty years later, in 1871)
    ("Passed in 1851 against the newly restored Catholic hierarchy, the Ecclesiastical Titles Act was never enforced and was repealed twenty years later, in 1871.",
     "Закон о церковных титулах 1851 г., направленный против восстановленной папой католической иерархии в Англии, так и не применялся и был отменён уже через пять лет.",
     C, "duration", "law", False, "RU"),
    # FALSE: EN (the Carta de Logu remained in force until 1827)
    ("The Carta de Logu, the Sardinian-language law code promulgated by Eleonora of Arborea in 1392, stayed in force across Sardinia until the sixteenth century.",
     "Свод законов «Карта де Логу», обнародованный правительницей Арбореи Элеонорой в 1392 г., действовал на Сардинии вплоть до 1827 г.",
     C, "century", "law", True, "EN"),
    # FALSE: RU (the Kalanke judgment was given on 17 October 1995)
    ("In Kalanke v Freie Hansestadt Bremen, decided on 17 October 1995, the European Court of Justice struck down a Bremen rule giving women automatic priority for promotion.",
     "Решение Суда ЕС по делу Каланке, запретившее бременское правило об автоматическом предпочтении женщин при повышении по службе, вынесено 27.10.1995.",
     C, "date", "law", False, "RU"),
    ("The Jutland Code, issued by King Valdemar II at Vordingborg in 1241, opens with the words 'With law shall the land be built'.",
     "Ютландский закон, принятый в 1241 г. при короле Вальдемаре II, в Шлезвиге оставался в силе вплоть до 1900 г.",
     A, "year", "law", True, None),
    ("The Lex Aquilia, a Roman plebiscite usually dated to about 286 BC, gave owners an action for wrongful damage to their slaves, animals and other property.",
     "Закон Аквилия (III в. до н. э.) регулировал возмещение ущерба, противоправно причинённого чужому имуществу, — в том числе убийства раба или скота.",
     A, "century", "law", False, None),
    # ---------------- technology (3 contradict + 2 agree) ----------------
    # FALSE: EN (ALOHAnet was built at the University of Hawaii)
    ("ALOHAnet, which began operating in 1971 under Norman Abramson at Stanford University, was a pioneering network that sent data packets by radio.",
     "Сеть ALOHAnet, созданная в Гавайском университете под руководством Нормана Абрамсона и запущенная в 1971 г., передавала пакеты данных по радио.",
     C, "organisation", "technology", True, "EN"),
    # FALSE: RU (the court found Lime Wire liable, and the service was shut down in October 2010)
    ("LimeWire, a popular file-sharing program released in 2000, was shut down in October 2010 after a federal judge in New York found its maker liable for copyright infringement.",
     "В 2010 г. федеральный суд в Нью-Йорке признал создателей файлообменной программы LimeWire невиновными в нарушении авторских прав звукозаписывающих компаний.",
     C, "opposite", "technology", False, "RU"),
    # FALSE: EN (Eudora was acquired by Qualcomm in 1991)
    ("Eudora, the email program Steve Dorner began writing at the University of Illinois in 1988, was bought in 1991 by the networking company Novell.",
     "Почтовый клиент Eudora, названный в честь писательницы Юдоры Уэлти, в 1991 г. приобрела американская компания Qualcomm.",
     C, "organisation", "technology", False, "EN"),
    ("FidoNet, begun by Tom Jennings in San Francisco in 1984, linked bulletin board systems that passed mail to each other in night-time phone calls.",
     "Сеть FidoNet появилась в 1984 г. в США: её создатель Том Дженнингс связал между собой BBS, обменивавшиеся почтой по телефонным линиям.",
     A, "year", "technology", False, None),
    ("Friendster, an early social networking site started by Jonathan Abrams in 2002, was bought by the Malaysian firm MOL Global in 2009.",
     "В 2009 г. социальную сеть Friendster, основанную в Калифорнии Джонатаном Абрамсом, купила малайзийская компания MOL Global.",
     A, "organisation", "technology", True, None),
    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Bourne End derailment happened on 30 September 1945)
    ("On 30 September 1945 the Perth–Euston express took a crossover far too fast at Bourne End in Hertfordshire and derailed, killing 43 people.",
     "30 ноября 1945 г. у Борн-Энда (Хартфордшир) сошёл с рельсов экспресс из Перта в Лондон; погибли 43 человека.",
     C, "month", "disasters", False, "RU"),
    # FALSE: EN (the express failed to make its booked stop at Grantham and ran through at speed)
    ("On 19 June 1906 a night express from London stopped at Grantham as booked and then derailed on a curve just north of the station, killing 14 people.",
     "19.06.1906 ночной экспресс, который должен был остановиться в Грантеме, на полном ходу проскочил станцию и сошёл с рельсов; погибли 14 человек.",
     C, "polarity", "disasters", True, "EN"),
    ("On 1 September 1947 a holiday special from Minaki collided with a transcontinental train at Dugald, Manitoba; fire swept the wooden cars and 31 people died.",
     "Железнодорожная катастрофа в Дугалде (провинция Манитоба, 01.09.1947): столкновение двух поездов и пожар в деревянных вагонах унесли 31 жизнь.",
     A, "number", "disasters", False, None),
    ("A fire started by a damaged conveyor belt killed 80 miners at Creswell Colliery in Derbyshire on 26 September 1950.",
     "Пожар на шахте Кресуэлл (Дербишир) в сентябре 1950 г., начавшийся с повреждённой ленты конвейера, погубил 80 горняков.",
     A, "number", "disasters", True, None),
    ("The British India liner Dara sank off Dubai in April 1961 after an explosion, probably caused by a bomb, that left 238 people dead.",
     "Теплоход «Дара» Британско-Индийской пароходной компании затонул у побережья Дубая 10.04.1961 после взрыва на борту; погибли 238 человек.",
     A, "number", "disasters", True, None),
]

RELATED = [
    ("After his victory at Karnal, Nader Shah entered Delhi and carried the Peacock Throne of the Mughals back to Persia.",
     "Город Карнал расположен в индийском штате Харьяна, к северу от Дели.",
     "Karnal", True, "history"),
    ("The Rosetta probe flew past Lutetia on its long way to comet 67P/Churyumov–Gerasimenko.",
     "Астероид Лютеция получил имя от латинского названия Парижа — Лютеция.",
     "Lutetia", False, "science"),
    ("The Spanish Armada ship El Gran Grifón was wrecked on the rocks of Fair Isle in 1588.",
     "С 1954 г. остров Фэр-Айл в архипелаге Шетландских островов принадлежит Национальному фонду Шотландии.",
     "Fair Isle", True, "geography"),
    ("Barbour's waxed jackets carry royal warrants granted by members of the British royal family.",
     "Штаб-квартира фирмы Barbour по-прежнему находится в Саут-Шилдсе, на северо-востоке Англии.",
     "Barbour", False, "economy"),
    ("In 1976 at Oberstdorf, Toni Innauer became the first ski jumper to receive the maximum style mark of 20 from all five judges.",
     "После окончания карьеры Тони Иннауэр работал тренером и спортивным директором в Австрийской федерации лыжного спорта.",
     "Innauer", True, "sport"),
    ("Fondue is traditionally served in a caquelon, an earthenware pot kept warm over a small burner.",
     "Фондю едят, макая кусочки хлеба на длинных вилках в расплавленный с вином сыр.",
     "Fondue", False, "culture"),
    ("Knulp has spent his life tramping from town to town and is welcomed by old friends wherever he turns up.",
     "В финале книги больной туберкулёзом Кнульп умирает в снегу, беседуя с Богом.",
     "Knulp", True, "literature"),
    ("For several years in Berlin, Franz Berwald earned his living by running an orthopaedic institute rather than by music.",
     "Франц Бервальд родился в 1796 г. в Стокгольме в семье скрипача немецкого происхождения.",
     "Berwald", False, "music"),
    ("The Lion-man is now displayed in the Museum Ulm, not far from the cave where it was found.",
     "Фигурка «человека-льва» вырезана из бивня мамонта и имеет высоту около 31 см.",
     "Lion-man", True, "art"),
    ("FidoNet took its name from Fido, the bulletin board program that Tom Jennings had written.",
     "В 1990-е годы сеть ФИДО была особенно популярна в России и других странах бывшего СССР.",
     "FidoNet", False, "technology"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "quantity unit"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
THREE_C = {"history", "geography", "economy", "culture", "law", "technology"}


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
            assert false_side in ("EN", "RU"), en
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
    assert count(false_sides) == {"EN": 15, "RU": 15}, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in THREE_C else 2), (d, nc)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout157.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout157.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false sides:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
