#!/usr/bin/env python3
"""Build heldout168: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from M to Z.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the inscription on the Tmutarakan stone is dated 1068, i.e. the XI century)
    ("Tmutarakan stone",
     "The Tmutarakan stone, found on the Taman peninsula in 1792, records that in 1068 Prince Gleb measured the distance across the frozen strait from Tmutarakan to Korchev.",
     "Найденный на Тамани в 1792 г. Тмутараканский камень несёт надпись XIII века о том, как князь Глеб мерил по льду расстояние от Тмутаракани до Корчева.",
     C, "century", "history", True, RU),
    # FALSE: EN (the Vellore mutiny was provoked by new dress regulations, not by greased cartridges, which belong to 1857)
    ("Vellore mutiny",
     "The Vellore mutiny of 10 July 1806, in which sepoys seized the fort and killed over a hundred British soldiers, was sparked by new cartridges greased with animal fat.",
     "Поводом к восстанию сипаев в Веллуре (10.07.1806) стал новый устав, запрещавший кастовые знаки на лбу и бороды и вводивший головные уборы европейского образца.",
     C, "entity", "history", False, EN),
    # FALSE: RU (the Royal Navy bombarded Kagoshima in August 1863, not in 1873)
    ("Namamugi incident",
     "On 14 September 1862 Satsuma samurai cut down the British merchant Charles Lennox Richardson at Namamugi; in August 1863 the Royal Navy bombarded Kagoshima in reprisal.",
     "Убийство английского купца Ричардсона самураями княжества Сацума у деревни Намамуги (1862 г.) повлекло за собой обстрел Кагосимы британской эскадрой в 1873 г.",
     C, "year", "history", True, RU),
    ("Masaniello",
     "In July 1647 the Neapolitan fisherman Tommaso Aniello, known as Masaniello, led a popular revolt against a new Spanish tax on fruit.",
     "Восстание в Неаполе против испанского налога на фрукты (1647 г.) возглавил рыбак Мазаньелло; спустя девять дней вожака убили.",
     A, "year", "history", False, None),
    ("Porteous Riots",
     "On 7 September 1736 an Edinburgh mob broke into the Tolbooth, dragged out Captain John Porteous of the City Guard and hanged him in the Grassmarket.",
     "Капитана эдинбургской городской стражи Джона Портеуса, приговорённого к смерти за стрельбу по толпе, линчевали 07.09.1736 — этот эпизод описан в романе Скотта «Эдинбургская темница».",
     A, "date", "history", True, None),
    # ---------------- science ----------------
    # FALSE: EN (Pachyrhinosaurus was named by Charles M. Sternberg, not Barnum Brown)
    ("Pachyrhinosaurus",
     "Pachyrhinosaurus, a horned dinosaur that bore a thick bony boss instead of a nose horn, was named in 1950 by Barnum Brown from skulls found in Alberta.",
     "Пахиринозавра — цератопса с массивным костным наростом вместо носового рога — описал Чарльз Стернберг в 1950 г. по черепам из Альберты.",
     C, "person", "science", False, EN),
    # FALSE: RU (the Olorotitan skeleton comes from Kundur in Amur Oblast, not from Sakhalin)
    ("Olorotitan",
     "Olorotitan arharensis, a crested duck-billed dinosaur whose name means 'titanic swan', was described in 2003 from a nearly complete skeleton dug up at Kundur in Amur Oblast.",
     "Олоротитан («гигантский лебедь») — утконосый динозавр с полым гребнем, описанный в 2003 г. по почти полному скелету, найденному на Сахалине.",
     C, "place", "science", True, RU),
    # FALSE: EN (Mira's period is about 332 days)
    ("Mira",
     "Mira, the red giant in the constellation Cetus first noticed by David Fabricius in 1596, swings in brightness over a cycle of roughly 80 days.",
     "Мира (Омикрон Кита), открытая Давидом Фабрициусом в августе 1596 г., меняет блеск с периодом около 332 сут.",
     C, "duration", "science", True, EN),
    ("Nova Persei",
     "Nova Persei 1901 was discovered on the night of 21 February 1901 by Thomas Anderson, an amateur astronomer in Edinburgh.",
     "Новую Персея открыл 21.02.1901 эдинбургский любитель астрономии Томас Андерсон; через пару дней она стала одной из ярчайших звёзд неба.",
     A, "date", "science", False, None),
    ("Suchomimus",
     "Suchomimus, a long-snouted spinosaurid whose name means 'crocodile mimic', was described by Paul Sereno and colleagues in 1998 from bones found in the Ténéré Desert of Niger.",
     "Сухомим («подражатель крокодилу») — спинозаврид длиной около 10 м из пустыни Тенере в Нигере, описанный группой Пола Серено в 1998 г.",
     A, "year", "science", True, None),
    # ---------------- geography ----------------
    # FALSE: EN (Zmeyka is 994 m high; 1,401 m is roughly the height of Beshtau)
    ("Zmeyka",
     "Zmeyka, a laccolith mountain on the outskirts of Mineralnye Vody, rises to 1,401 metres among the isolated peaks of the Caucasian Mineral Waters region.",
     "Гора Змейка близ Минеральных Вод — один из лакколитов Пятигорья высотой 994 м.",
     C, "number", "geography", True, EN),
    # FALSE: RU (Snaefell is the highest summit on the Isle of Man)
    ("Snaefell",
     "Snaefell, at 621 metres the highest summit on the Isle of Man, has been served since 1895 by an electric mountain railway from Laxey.",
     "Снайфелл (621 м) — вторая по высоте вершина острова Мэн; с 1895 г. на неё поднимается электрическая горная железная дорога из Лакси.",
     C, "rank", "geography", False, RU),
    # FALSE: EN (the Selemdzha flows into the Zeya, not the Bureya)
    ("Selemdzha",
     "The Selemdzha, a river of Amur Oblast some 647 kilometres long, is the largest tributary of the Bureya.",
     "Селемджа длиной 647 км течёт по Амурской области и впадает в Зею слева — это её крупнейший приток.",
     C, "entity", "geography", False, EN),
    ("Ruskeala",
     "Marble from the Ruskeala quarries in Karelia, worked from the late 1760s, was used in decorating St Isaac's Cathedral and the Marble Palace in St Petersburg.",
     "Рускеальский мрамор, который добывали по указу Екатерины II с 1769 г., пошёл на отделку Исаакиевского собора и Мраморного дворца.",
     A, "year", "geography", False, None),
    ("Novosibirsk Reservoir",
     "The Novosibirsk Reservoir on the Ob, filled between 1957 and 1959 behind the city's hydroelectric dam, covers roughly 1,070 square kilometres.",
     "Обское море — водохранилище площадью около 1,1 тыс. км², образованное плотиной Новосибирской ГЭС (заполнено в 1957–1959 гг.).",
     A, "number", "geography", False, None),
    # ---------------- economy ----------------
    # FALSE: RU (the Kelirengas winter tyre appeared in 1934)
    ("Nokian Tyres",
     "In 1934 the Finnish Rubber Works at Nokia launched the Kelirengas, regarded as the world's first winter tyre, followed two years later by the Hakkapeliitta.",
     "Первую в мире зимнюю шину «Келиренгас» завод в финском городе Нокиа выпустил в 1948 г.; позже появилась линейка «Хаккапелиитта».",
     C, "year", "economy", True, RU),
    # FALSE: EN (the Vyksa works were founded by the Batashevs in 1757, i.e. in the XVIII century)
    ("Vyksa",
     "The ironworks at Vyksa, south-west of Nizhny Novgorod, were founded in the late seventeenth century by the ironmaster brothers Andrei and Ivan Batashev.",
     "Выксунский металлургический завод основан братьями Андреем и Иваном Баташевыми в 1757 г. на землях нынешней Нижегородской области.",
     C, "century", "economy", False, EN),
    ("Suunto",
     "Suunto was founded in 1936 by the surveyor Tuomas Vohlonen, who had patented a liquid-filled compass to be strapped to the wrist.",
     "Финская фирма Суунто (осн. в 1936 г.) начинала с изобретённого геодезистом Туомасом Вохлоненом наручного жидкостного компаса.",
     A, "year", "economy", True, None),
    ("Snickers",
     "Mars introduced the Snickers bar in 1930, naming it after a favourite horse of the Mars family.",
     "Батончик «Сникерс» компания Mars выпустила в 1930 г.; назвали его в честь любимой лошади семьи Марс.",
     A, "year", "economy", False, None),
    ("Pavlovsky Posad shawls",
     "The shawl works at Pavlovsky Posad near Moscow trace their history to 1795, when the peasant Ivan Labzin opened a small silk-weaving workshop there.",
     "Павлово-Посадская платочная мануфактура ведёт историю с 1795 г. — с шелкоткацкого производства крестьянина Ивана Лабзина.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: RU (Voronin shared the 1968 horizontal bar title with Akinori Nakayama, not Sawao Kato)
    ("Voronin",
     "At the 1968 Mexico City Olympics the Soviet gymnast Mikhail Voronin won gold on the vault and shared the horizontal bar title with Japan's Akinori Nakayama.",
     "Советский гимнаст Михаил Воронин на Олимпиаде-1968 в Мехико выиграл опорный прыжок, а на перекладине разделил золото с японцем Савао Като.",
     C, "person", "sport", False, RU),
    # FALSE: RU (Yrjölä won the 1928 decathlon; Akilles Järvinen was second)
    ("Yrjölä",
     "Paavo Yrjölä, a farmer from Hämeenkyrö nicknamed the Bear, won the decathlon at the 1928 Amsterdam Olympics ahead of his countryman Akilles Järvinen.",
     "Финский многоборец Пааво Ирьёля на Олимпиаде-1928 в Амстердаме стал лишь вторым в десятиборье, уступив соотечественнику Акиллесу Ярвинену.",
     C, "rank", "sport", True, RU),
    # FALSE: EN (Zülle was runner-up in the Tour de France in 1995 and 1999)
    ("Zülle",
     "Swiss rider Alex Zülle won the Vuelta a España in 1996 and 1997 but never once finished on the podium of the Tour de France.",
     "Швейцарец Алекс Цюлле дважды выигрывал «Вуэльту» (1996–1997 гг.), а в «Тур де Франс» дважды был вторым — в 1995 и 1999 гг.",
     C, "polarity", "sport", False, EN),
    ("Saronni",
     "Giuseppe Saronni won the Giro d'Italia in 1979 and 1983 and took the 1982 world road race title at Goodwood in England.",
     "Итальянец Джузеппе Саронни — чемпион мира 1982 г. в групповой гонке (Гудвуд, Англия) и двукратный победитель «Джиро д'Италия».",
     A, "year", "sport", False, None),
    ("Nordahl",
     "Gunnar Nordahl, the Swedish centre-forward who won Olympic gold in London in 1948, was Serie A's top scorer five times with AC Milan.",
     "Швед Гуннар Нордаль, олимпийский чемпион Лондона-1948, пять раз становился лучшим бомбардиром чемпионата Италии в составе «Милана».",
     A, "number", "sport", False, None),
    # ---------------- culture ----------------
    # FALSE: EN (Operation Y drew 69.6 million viewers)
    ("Operation Y",
     "Leonid Gaidai's Operation Y and Shurik's Other Adventures, the top Soviet release of 1965, drew about 39 million cinema-goers.",
     "Комедию Гайдая «Операция «Ы» и другие приключения Шурика» в 1965 г. посмотрели 69,6 млн зрителей — первое место в прокате года.",
     C, "number", "culture", True, EN),
    # FALSE: RU (Wedding in Malinovka was second at the 1967 box office, behind Kidnapping, Caucasian Style)
    ("Wedding in Malinovka",
     "Andrei Tutyshkin's musical comedy Wedding in Malinovka, based on a 1937 operetta, drew 74.6 million viewers and was second only to Kidnapping, Caucasian Style in 1967.",
     "Музыкальная комедия Андрея Тутышкина «Свадьба в Малиновке» (1967) собрала 74,6 млн зрителей и стала лидером советского проката того года.",
     C, "rank", "culture", False, RU),
    ("Striped Trip",
     "In the 1961 comedy Striped Trip, tigers break loose on a cargo ship, and Yevgeny Leonov's barman Shuleikin ends up posing as their tamer.",
     "«Полосатый рейс» (Ленфильм, 1961) — комедия о тиграх, вырвавшихся на палубу теплохода; дрессировщицей хищников была Маргарита Назарова.",
     A, "year", "culture", True, None),
    ("Pirates of the 20th Century",
     "Boris Durov's Pirates of the 20th Century, released in 1980, sold about 87.6 million tickets, more than any other Soviet film.",
     "«Пираты XX века» (1980) с Николаем Ерёменко и Талгатом Нигматулиным — абсолютный рекорд советского кинопроката: 87,6 млн зрителей.",
     A, "number", "culture", False, None),
    ("Old Men: Robbers",
     "In Eldar Ryazanov's 1971 comedy Old Men: Robbers, Yuri Nikulin plays Myachikov, an ageing investigator who plots a crime to avoid being pensioned off.",
     "Следователя Мячикова, которого вот-вот отправят на пенсию, в «Стариках-разбойниках» Рязанова (1971) сыграл Юрий Никулин; его друга — Евгений Евстигнеев.",
     A, "person", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: EN (Martin Eden is a sailor from Oakland, California)
    ("Martin Eden",
     "Jack London's Martin Eden (1909) follows a rough young sailor from Boston who teaches himself to write out of love for the refined Ruth Morse.",
     "Герой романа Джека Лондона «Мартин Иден» (1909) — моряк из Окленда, ставший писателем ради любви к образованной Руфи Морз.",
     C, "place", "literature", False, EN),
    # FALSE: RU (Scaramouche was published in 1921)
    ("Scaramouche",
     "Rafael Sabatini's Scaramouche (1921), a romance of the French Revolution, opens: 'He was born with a gift of laughter and a sense that the world was mad.'",
     "Роман Рафаэля Сабатини «Скарамуш» об Андре-Луи Моро, вынужденном скрываться в бродячей труппе комедиантов, вышел в начале 1930-х гг.",
     C, "decade", "literature", True, RU),
    ("Uncle's Dream",
     "In Dostoevsky's novella Uncle's Dream (1859), the provincial schemer Marya Moskaleva tries to marry her daughter Zina to a senile old prince.",
     "Действие «Дядюшкина сна» Достоевского (1859) разворачивается в городке Мордасове, где Марья Александровна Москалёва сватает дочь Зину за дряхлого князя К.",
     A, "year", "literature", False, None),
    ("Tortilla Flat",
     "John Steinbeck's Tortilla Flat (1935), his first commercial success, follows Danny and his paisano friends in the hills above Monterey.",
     "«Квартал Тортилья-Флэт» (1935) — первая книга Стейнбека, принёсшая ему успех; её герои, Дэнни и его друзья-пайсано, живут над Монтереем.",
     A, "place", "literature", True, None),
    ("Shulamith",
     "Alexander Kuprin's story Shulamith (1908), drawn from the Song of Songs, tells of King Solomon's love for a young girl tending a vineyard.",
     "Повесть Куприна «Суламифь» (1908) — вариация на темы «Песни песней»: любовь царя Соломона и юной виноградарки.",
     A, "person", "literature", False, None),
    # ---------------- music ----------------
    # FALSE: EN (Le Tombeau de Couperin has six movements)
    ("Tombeau de Couperin",
     "Ravel's piano suite Le Tombeau de Couperin, finished in 1917, has eight movements, each dedicated to a friend killed in the First World War.",
     "Каждая из шести частей сюиты Равеля «Гробница Куперена» (1914–1917 гг.) посвящена памяти друга композитора, павшего на фронте.",
     C, "number", "music", True, EN),
    # FALSE: RU (the 1909 Paris staging of the Polovtsian Dances was choreographed by Michel Fokine)
    ("Polovtsian Dances",
     "The Polovtsian Dances from Borodin's opera Prince Igor, staged by Michel Fokine, caused a sensation on the opening night of Diaghilev's 1909 Paris season.",
     "Половецкие пляски из «Князя Игоря» Бородина в постановке Вацлава Нижинского произвели фурор на первом балетном сезоне Дягилева в Париже (1909 г.).",
     C, "person", "music", False, RU),
    ("Suite bergamasque",
     "Debussy's Suite bergamasque, begun around 1890 but not published until 1905, has four movements, the third of which is Clair de lune.",
     "В «Бергамасскую сюиту» Дебюсси (изд. 1905 г.) входят четыре пьесы — Прелюдия, Менуэт, «Лунный свет» и Паспье.",
     A, "number", "music", True, None),
    ("Mephisto Waltz",
     "Liszt's first Mephisto Waltz, written between 1859 and 1862, depicts the village-inn scene from Nikolaus Lenau's version of Faust.",
     "Первый «Мефисто-вальс» Листа (1859–1862 гг.) написан по эпизоду из «Фауста» Николауса Ленау — сцене в деревенском кабачке.",
     A, "person", "music", False, None),
    ("Smuglyanka",
     "The song Smuglyanka, with music by Anatoly Novikov and words by Yakov Shvedov, was written in 1940.",
     "«Смуглянку» Анатолий Новиков сочинил в 1940 г. на стихи Якова Шведова, но широкую известность песня получила лишь в 1944 г.",
     A, "person", "music", True, None),
    # ---------------- art ----------------
    # FALSE: RU (the Panagyurishte treasure was found on 8 December 1949)
    ("Panagyurishte treasure",
     "The Panagyurishte treasure, nine Thracian gold vessels weighing over six kilograms, was dug up by three brothers working a clay pit in Bulgaria on 8 December 1949.",
     "Панагюрищенский клад — девять золотых фракийских сосудов общим весом около 6,1 кг — братья Дейковы нашли при добыче глины в декабре 1959 г.",
     C, "year", "art", True, RU),
    # FALSE: EN (The Night Café belongs to the Yale University Art Gallery)
    ("Night Café",
     "Van Gogh's The Night Café, painted in Arles in September 1888 with clashing reds and greens, now hangs in the Harvard Art Museums.",
     "«Ночное кафе» (Арль, сентябрь 1888 г.), где Ван Гог хотел передать красным и зелёным «страшные человеческие страсти», хранится в галерее Йельского университета.",
     C, "organisation", "art", False, EN),
    ("Young Hare",
     "Albrecht Dürer's watercolour Young Hare, dated 1502, belongs to the Albertina in Vienna, which rarely shows it because of its fragility.",
     "Акварель Дюрера «Заяц» (1502 г.) хранится в венской Альбертине и из-за светочувствительности выставляется лишь изредка.",
     A, "year", "art", True, None),
    ("Nagyszentmiklós treasure",
     "The Nagyszentmiklós treasure, 23 gold vessels found by a farmer in 1799 in what is now Sânnicolau Mare in Romania, is held in Vienna's Kunsthistorisches Museum.",
     "Клад из Надьсентмиклоша — 23 золотых сосуда общим весом около 10 кг — был найден в 1799 г. и хранится в Вене.",
     A, "number", "art", False, None),
    ("Magpie on the Gallows",
     "Pieter Bruegel the Elder painted The Magpie on the Gallows in 1568, a year before his death; it is now in the Hessisches Landesmuseum in Darmstadt.",
     "Брейгель Старший написал «Сороку на виселице» в 1568 г. и, по преданию, завещал её жене; картина хранится в Дармштадте.",
     A, "year", "art", True, None),
    # ---------------- law ----------------
    # FALSE: RU (the first old-age pensions were paid on 1 January 1909)
    ("Old Age Pensions Act",
     "Britain's Old Age Pensions Act of 1908 gave up to five shillings a week to poor people aged seventy or over; the first payments came on 1 January 1909.",
     "По британскому закону о пенсиях по старости 1908 г. неимущие старше 70 лет получали до 5 шиллингов в неделю; первые выплаты прошли 01.07.1909.",
     C, "date", "law", False, RU),
    # FALSE: EN (the Sherman Silver Purchase Act was repealed in 1893, about three years after its passage)
    ("Sherman Silver Purchase Act",
     "The Sherman Silver Purchase Act of 1890, which obliged the Treasury to buy 4.5 million ounces of silver a month, stayed in force for more than a decade.",
     "Закон Шермана о закупках серебра (1890 г.) обязывал казначейство США ежемесячно покупать 4,5 млн унций серебра; после паники 1893 г. его отменили.",
     C, "duration", "law", True, EN),
    # FALSE: RU (the Specie Circular demanded gold or silver and refused paper banknotes)
    ("Specie Circular",
     "Issued on Andrew Jackson's orders in July 1836, the Specie Circular required buyers of federal land to pay in gold or silver rather than in paper banknotes.",
     "Циркуляр о звонкой монете, изданный в 1836 г. по распоряжению Эндрю Джексона, разрешил оплачивать федеральные земли бумажными банкнотами вместо золота и серебра.",
     C, "opposite", "law", False, RU),
    ("Uniform Time Act",
     "President Lyndon Johnson signed the Uniform Time Act on 13 April 1966, standardising daylight saving time across the United States while letting states opt out.",
     "Закон о единообразном времени, подписанный Линдоном Джонсоном 13.04.1966, упорядочил переход на летнее время в США; штаты могли от него отказаться.",
     A, "date", "law", True, None),
    ("Plimsoll line",
     "The load line on ships' hulls is named after Samuel Plimsoll, the MP whose campaign against overloaded 'coffin ships' led Parliament to make the mark compulsory in 1876.",
     "Грузовую марку на бортах судов называют «линией Плимсоля» — в честь депутата, добившегося в 1876 г. закона об обязательной разметке.",
     A, "year", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: EN (the Pyréolophore drove a boat on the Saône, not the Seine)
    ("Pyréolophore",
     "The Pyréolophore, an early internal combustion engine built by Nicéphore and Claude Niépce, drove a boat upstream on the Seine and was patented in 1807.",
     "Пиреолофор братьев Ньепс, работавший на порошке плауна, двигал лодку против течения Соны; патент на него подписал Наполеон 20.07.1807.",
     C, "place", "technology", True, EN),
    # FALSE: EN (the Severn Tunnel opened in 1886, not in the 1860s)
    ("Severn Tunnel",
     "The Severn Tunnel, some seven kilometres of railway under the estuary between England and Wales, was opened to traffic in the 1860s.",
     "Тоннель под Северном длиной 4 мили 628 ярдов открыли в 1886 г., после 13 лет работ; больше века он оставался самым длинным магистральным тоннелем Великобритании.",
     C, "decade", "technology", False, EN),
    ("Ribblehead Viaduct",
     "The Ribblehead Viaduct carries the Settle–Carlisle line across a Yorkshire moor on 24 stone arches, up to about 32 metres high.",
     "Виадук Рибблхед на линии Сеттл — Карлайл (1870-е гг.) — 24 каменные арки высотой до 32 м.",
     A, "number", "technology", True, None),
    ("Spidola",
     "The Spidola, one of the first Soviet mass-produced transistor radios, went into production at the VEF works in Riga in 1960.",
     "Транзисторный приёмник «Спидола» рижский завод ВЭФ выпускал с 1960 г.; название дано по имени колдуньи из латышского эпоса «Лачплесис».",
     A, "organisation", "technology", False, None),
    ("Royal Albert Bridge",
     "Isambard Kingdom Brunel's Royal Albert Bridge, carrying the railway over the Tamar between Plymouth and Saltash, was opened by Prince Albert in May 1859.",
     "Королевский мост Альберта через Теймар (1859 г.) — одна из последних работ Брюнеля, умершего в том же году.",
     A, "year", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: RU (the General von Steuben was sunk on 10 February 1945)
    ("Steuben",
     "The German liner General von Steuben, crowded with wounded soldiers and refugees, was torpedoed on 10 February 1945 by the Soviet submarine S-13 under Alexander Marinesko.",
     "Лайнер «Генерал фон Штойбен» с ранеными и беженцами потопила в апреле 1945 г. подлодка С-13 Александра Маринеско; погибли тысячи человек.",
     C, "month", "disasters", True, RU),
    # FALSE: EN (the Sea Islands hurricane struck at the end of August 1893)
    ("Sea Islands hurricane",
     "The Sea Islands hurricane that came ashore near Savannah in October 1893 killed somewhere between 1,000 and 2,000 people along the Georgia and South Carolina coast.",
     "Ураган, обрушившийся в конце августа 1893 г. на Морские острова у побережья Джорджии и Южной Каролины, унёс от 1 до 2 тыс. жизней.",
     C, "month", "disasters", True, EN),
    # FALSE: RU (the Rothsay Castle was wrecked in August 1831, not in the 1840s)
    ("Rothsay Castle",
     "The paddle steamer Rothsay Castle, on a pleasure trip from Liverpool to Beaumaris, broke up on a sandbank off Anglesey in August 1831, and about 130 people drowned.",
     "Колёсный пароход «Ротсей Касл», шедший с экскурсантами из Ливерпуля, разбился о мель у острова Англси в середине 1840-х гг.",
     C, "decade", "disasters", False, RU),
    ("Santa Tecla landslide",
     "In the El Salvador earthquake of 13 January 2001, a slope of the Bálsamo range collapsed onto the Las Colinas district of Santa Tecla, burying hundreds of people.",
     "Землетрясение 13.01.2001 (магнитуда 7,7) вызвало в сальвадорском городе Санта-Текла оползень, похоронивший квартал Лас-Колинас.",
     A, "date", "disasters", True, None),
    ("Zoufftgen",
     "On 11 October 2006 a Luxembourg passenger train and a French freight train collided head-on on a single track near Zoufftgen in Lorraine, killing six people.",
     "Лобовое столкновение пассажирского и грузового поездов у лотарингской деревни Зуфтген (11.10.2006) унесло 6 жизней.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Tmutarakan stone",
     "The Tmutarakan stone is now kept in the State Hermitage Museum in St Petersburg.",
     "Согласно надписи на Тмутараканском камне, от Тмутаракани до Корчева по льду было намерено 14 тыс. сажен.",
     True, "history"),
    ("Mira",
     "In 2007 the GALEX ultraviolet telescope revealed that Mira trails a comet-like tail of gas some 13 light-years long.",
     "Название «Мира», то есть «удивительная», звезде дал Ян Гевелий в 1662 г.",
     False, "science"),
    ("Snaefell",
     "On a clear day the summit of Snaefell is said to offer views of England, Scotland, Wales and Ireland.",
     "Снайфелл — единственная гора острова Мэн высотой более 2000 футов.",
     True, "geography"),
    ("Snickers",
     "A Snickers bar combines nougat, caramel and peanuts under a coating of milk chocolate.",
     "До 1990 г. в Великобритании и Ирландии «Сникерс» продавался под названием Marathon.",
     False, "economy"),
    ("Nordahl",
     "At AC Milan Nordahl formed the famous Gre-No-Li attacking trio with his fellow Swedes Gunnar Gren and Nils Liedholm.",
     "Гуннар Нордаль родился в 1921 г. в шведском посёлке Хёрнефорс.",
     True, "sport"),
    ("Martin Eden",
     "In 2019 the Italian director Pietro Marcello moved Martin Eden to Naples in a film starring Luca Marinelli.",
     "Роман «Мартин Иден» сначала печатался частями в журнале The Pacific Monthly в 1908–1909 гг.",
     False, "literature"),
    ("Smuglyanka",
     "Smuglyanka was first written as part of a song cycle about the Civil War commander Grigory Kotovsky.",
     "В фильме Леонида Быкова «В бой идут одни «старики»» (1973) «Смуглянку» запевает лётчик по прозвищу Кузнечик.",
     True, "music"),
    ("Panagyurishte treasure",
     "The Panagyurishte vessels are usually dated to the late fourth or early third century BC.",
     "Самый известный предмет Панагюрищенского клада — золотая амфора-ритон с ручками в виде кентавров.",
     False, "art"),
    ("Plimsoll line",
     "Samuel Plimsoll set out his case in the book Our Seamen, an appeal against the loss of sailors' lives in unseaworthy ships.",
     "С 1868 по 1880 г. Сэмюэл Плимсоль представлял в палате общин город Дерби.",
     True, "law"),
    ("Steuben",
     "The liner was named after Friedrich Wilhelm von Steuben, the Prussian officer who drilled George Washington's army.",
     "Прежде чем получить имя «Генерал фон Штойбен», лайнер ходил по Атлантике под названием «Мюнхен».",
     False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "quantity", "unit"}
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
    comp, rel, false_sides, subjects = [], [], [], []
    for subj, en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, subj
        assert "M" <= subj[0].upper() <= "Z", subj
        if label == C:
            assert false_side in (EN, RU), subj
            false_sides.append(false_side)
        else:
            assert false_side is None, subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused in comparable"
    rel_subjects = []
    for subj, en, ru, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, ("related subject not in comparable", subj)
        rel_subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
    assert len(set(rel_subjects)) == len(rel_subjects)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    mix = {}
    for r in comp:
        mix.setdefault(r["domain"], [0, 0])[r["label"] == A] += 1
    assert sorted(tuple(v) for v in mix.values()) == [(2, 3)] * 6 + [(3, 2)] * 6, mix
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout168.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout168.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain mix (contradict, agree):", {k: tuple(v) for k, v in sorted(mix.items())})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
