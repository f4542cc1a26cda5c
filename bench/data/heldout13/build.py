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
 "King Richard III was killed at the Battle of Bosworth Field on 22 August 1485, which made him the last English king to die in battle.",
 "Сражение при Босворте, в котором Генрих Тюдор одержал победу, а король Ричард III погиб, произошло 22.08.1485.")
add(A,"decade","history",
 "Крестьянская война под предводительством Емельяна Пугачёва охватила Урал, Поволжье и Оренбургский край в 1770-х годах.",
 "The uprising led by the Don Cossack Yemelyan Pugachev lasted from 1773 to 1775 and ended with his execution in Moscow.")
add(A,"year","science",
 "Henri Becquerel discovered radioactivity in 1896 while studying uranium salts that fogged photographic plates kept in a dark drawer.",
 "Явление радиоактивности французский физик Анри Беккерель открыл в 1896 г., исследуя соли урана.")
add(A,"number","science",
 "В 1911 году голландский физик Хейке Камерлинг-Оннес обнаружил, что ртуть при охлаждении примерно до −269 °C полностью теряет электрическое сопротивление.",
 "Superconductivity was found in Leiden in 1911, when mercury cooled with liquid helium to about 4.2 K stopped resisting an electric current.")
add(A,"number","geography",
 "The Vinson Massif in the Ellsworth Mountains is the highest peak in Antarctica, at 4,892 metres above sea level.",
 "Массив Винсон высотой почти 4,9 км — самая высокая вершина антарктического континента.")
add(A,"place","geography",
 "Около 275 отдельных водопадов Игуасу расположены на одноимённой реке, по которой проходит граница Аргентины и Бразилии.",
 "The Iguazu Falls, a system of roughly 275 cascades, lie on the Argentina–Brazil border, not far from where Paraguay begins.")
add(A,"percent","economy",
 "On Black Monday, 19 October 1987, the Dow Jones Industrial Average lost 22.6 percent, still its largest one-day percentage fall.",
 "За одну торговую сессию в «чёрный понедельник» осенью 1987 года индекс Доу-Джонса обвалился почти на 23 %.")
add(A,"money","economy",
 "В разгар гиперинфляции, в январе 2009 г., Резервный банк Зимбабве выпустил банкноту номиналом 100 трлн зимбабвийских долларов.",
 "Zimbabwe's central bank put a one hundred trillion dollar note into circulation early in 2009, shortly before the local currency was abandoned.")
add(A,"number","sport",
 "Soviet gymnast Larisa Latynina won eighteen Olympic medals at the Games of 1956, 1960 and 1964, nine of them gold.",
 "Рекорд Ларисы Латыниной — 18 олимпийских наград, в том числе 9 золотых, — продержался почти полвека, пока его не превзошёл Майкл Фелпс.")
add(A,"person","sport",
 "На Олимпиаде 1952 года в Хельсинки чехословацкий стайер Эмиль Затопек стал чемпионом на дистанциях 5000 и 10 000 м, а затем выиграл и марафон.",
 "Emil Zátopek completed a unique triple in Helsinki in 1952, winning the 5,000 and 10,000 metres and then the marathon, his first race at that distance.")
add(A,"date","technology",
 "Alexander Popov demonstrated his radio receiver to the Russian Physico-Chemical Society in St Petersburg on 7 May 1895.",
 "Поскольку 07.05.1895 Александр Попов показал коллегам свой приёмник радиосигналов, этот день в России отмечают как День радио.")
add(A,"organisation","technology",
 "Первый в мире банкомат установил в июне 1967 года британский банк Barclays у своего отделения в лондонском районе Энфилд.",
 "Barclays opened the world's first cash machine outside its branch in Enfield, north London, in the summer of 1967.")
add(A,"year","medicine",
 "The French physician René Laennec invented the stethoscope in 1816, first using nothing more than a tightly rolled sheet of paper.",
 "Стетоскоп придумал в 1816 г. парижский врач Рене Лаэннек, которому было неловко прикладывать ухо к груди молодой пациентки.")
add(A,"century","medicine",
 "Английский врач Уильям Гарвей доказал, что кровь непрерывно циркулирует по телу, в трактате, опубликованном в первой половине XVII века.",
 "In 1628 William Harvey published De Motu Cordis, his account of how the heart pumps blood around the body in a closed circuit.")
add(A,"number","law",
 "Peter the Great's Table of Ranks of 1722 divided military, civil and court service into 14 grades.",
 "Согласно петровской Табели о рангах, все чины на государственной службе распределялись по четырнадцати классам.")
add(A,"month","transport",
 "Первый свободный полёт людей на тепловом аэростате братьев Монгольфье состоялся над Парижем в ноябре 1783 г.",
 "On 21 November 1783 Pilâtre de Rozier and the Marquis d'Arlandes rose over Paris in a Montgolfier hot-air balloon, the first free flight by people.")
add(A,"duration","transport",
 "Building the Kiel Canal, which links the North Sea with the Baltic, took eight years before it opened in 1895.",
 "Кильский канал между Северным и Балтийским морями прокладывали с 1887 по 1895 год.")
add(A,"place","food",
 "Настоящий рокфор из овечьего молока по правилам выдерживают только в естественных пещерах горы Комбалу у деревни Рокфор-сюр-Сульзон.",
 "Roquefort cheese must be aged in the natural caves of Mount Combalou at Roquefort-sur-Soulzon in southern France.")
add(A,"date","music",
 "Georges Bizet's Carmen was first staged at the Opéra-Comique in Paris on 3 March 1875, three months before the composer's death.",
 "Весной 1875 г. в парижской «Опера-Комик» прошла премьера «Кармен»; в июне того же года Жорж Бизе скончался.")
add(A,"month","astronomy",
 "Советская станция «Луна-9» 3 февраля 1966 года первой в мире совершила мягкую посадку на Луну.",
 "In February 1966 the Soviet probe Luna 9 became the first spacecraft to land softly on the Moon and sent back photographs of its surface.")
add(A,"century","architecture",
 "Hagia Sophia in Constantinople was built for Emperor Justinian I and consecrated in 537, after less than six years of work.",
 "Собор Святой Софии в Константинополе был возведён при императоре Юстиниане в VI веке.")
add(A,"year","literature",
 "Роман Даниэля Дефо о Робинзоне Крузо вышел в Лондоне в 1719 году и быстро стал одной из самых читаемых книг в Англии.",
 "Daniel Defoe's Robinson Crusoe was first published in April 1719 and went through several editions within months.")
add(A,"number","energy",
 "With an installed capacity of 22,500 megawatts, the Three Gorges Dam on the Yangtze is the largest power station in the world.",
 "Мощность ГЭС «Три ущелья» в Китае составляет 22,5 ГВт — больше, чем у любой другой электростанции планеты.")
add(A,"date","energy",
 "Электростанция Томаса Эдисона на Перл-стрит в Нью-Йорке начала снабжать током первых потребителей 4 сентября 1882 г.",
 "In September 1882 Edison's Pearl Street Station in lower Manhattan began delivering electricity to paying customers.")
add(A,"number","biology",
 "Despite its enormous neck, a giraffe has only seven neck vertebrae, the same number as a mouse or a human.",
 "В шее жирафа, как и у большинства млекопитающих, всего 7 позвонков, но каждый из них очень длинный.")
add(A,"year","biology",
 "Живую латимерию — кистепёрую рыбу, которую считали вымершей вместе с динозаврами, — выловили у берегов ЮАР в декабре 1938 г.",
 "In 1938 a fishing trawler off South Africa caught a coelacanth, a fish known until then only from fossils.")
add(A,"year","environment",
 "Agreed in 1987, the Montreal Protocol phases out chemicals such as CFCs that damage the Earth's ozone layer.",
 "Монреальский протокол по веществам, разрушающим озоновый слой, был подписан в сентябре 1987 года.")
add(A,"rank","environment",
 "Йеллоустон, учреждённый Конгрессом США в 1872 году, считается первым национальным парком в мире.",
 "No national park anywhere is older than Yellowstone, created in 1872 across parts of Wyoming, Montana and Idaho.")
add(A,"year","culture",
 "Konstantin Stanislavski and Vladimir Nemirovich-Danchenko founded the Moscow Art Theatre in 1898.",
 "Московский Художественный театр открылся осенью 1898 г. спектаклем «Царь Фёдор Иоаннович».")
add(A,"decade","culture",
 "Первый полнометражный рисованный фильм студии Уолта Диснея — «Белоснежка и семь гномов» — вышел в конце 1930-х годов.",
 "Snow White and the Seven Dwarfs, Disney's first full-length animated feature, premiered in Los Angeles on December 21, 1937.")
# ---------------- contradict (30)
add(C,"year","history",
 "The Gunpowder Plot, a Catholic conspiracy to blow up the House of Lords, was foiled in November 1605 when Guy Fawkes was caught with the explosives.",
 "Пороховой заговор, участники которого хотели взорвать английский парламент вместе с королём Яковом I, раскрыли в ноябре 1615 г.")
add(C,"person","history",
 "Объединённым флотом Англии, Франции и России в Наваринском сражении 1827 года командовал адмирал Горацио Нельсон.",
 "At Navarino in October 1827 the allied British, French and Russian squadrons under Vice-Admiral Sir Edward Codrington destroyed the Ottoman–Egyptian fleet.")
add(C,"decade","science",
 "The Michelson–Morley experiment, which found no trace of the luminiferous ether, was carried out in the 1920s.",
 "Знаменитый опыт Майкельсона и Морли, не обнаруживший «светоносного эфира», поставили в Кливленде в 1887 году.")
add(C,"number","science",
 "В 1851 году Леон Фуко подвесил под куполом парижского Пантеона маятник на тросе длиной 67 м, наглядно доказав вращение Земли.",
 "The pendulum Léon Foucault hung in the Panthéon in 1851 to show the Earth's rotation swung on a wire only about seven metres long.")
add(C,"place","geography",
 "Lake Balkhash in south-eastern Kazakhstan is fresh in its western part and salty in its eastern part.",
 "Озеро Балхаш, западная часть которого пресная, а восточная солёная, целиком лежит на территории Узбекистана.")
add(C,"rank","geography",
 "Ключевская сопка — лишь третья по высоте вершина Камчатки, уступающая двум соседним вулканам.",
 "Klyuchevskaya Sopka is the tallest mountain on Kamchatka and the highest active volcano in Eurasia.")
add(C,"money","economy",
 "Under the Bretton Woods system set up in 1944, the US dollar was pegged to gold at 35 dollars per troy ounce.",
 "По Бреттон-Вудским соглашениям 1944 г. цена тройской унции золота была зафиксирована на уровне 350 долларов США.")
add(C,"opposite","economy",
 "Указ 9 ноября 1906 года, с которого началась столыпинская аграрная реформа, разрешил крестьянам выходить из общины со своим наделом.",
 "Stolypin's agrarian decree of November 1906 forbade peasants to leave the village commune and keep their land as private property.")
add(C,"year","sport",
 "Alexander Alekhine took the world chess title from José Raúl Capablanca in Buenos Aires in 1921.",
 "Матч за шахматную корону в Буэнос-Айресе, где Александр Алехин победил Хосе Рауля Капабланку, состоялся в 1927 г.")
add(C,"polarity","sport",
 "Американец Дик Фосбери, прыгавший в высоту спиной к планке, не завоевал ни одной медали на Олимпиаде 1968 года в Мехико.",
 "Dick Fosbury won the Olympic high jump gold in Mexico City in 1968 with his new back-first technique.")
add(C,"organisation","technology",
 "The first digital camera was built in 1975 by Steven Sasson, an engineer at Eastman Kodak.",
 "Первый цифровой фотоаппарат собрал в 1975 году Стивен Сассон, инженер японской корпорации Sony.")
add(C,"month","technology",
 "Первый звонок с портативного сотового телефона инженер Motorola Мартин Купер сделал на улице Нью-Йорка 3 апреля 1973 года.",
 "Martin Cooper of Motorola placed the first call from a handheld mobile phone on a New York street in October 1973.")
add(C,"percent","medicine",
 "The 1918 influenza pandemic, often called the Spanish flu, infected roughly a third of the world's population.",
 "Во время пандемии «испанки» 1918–1920 гг. заболели не более 3 % жителей Земли.")
add(C,"century","law",
 "Законы XII таблиц, древнейший свод римского права, были записаны в середине V века до н. э.",
 "The Twelve Tables, the earliest written code of Roman law, were drawn up in the second century BC.")
add(C,"polarity","law",
 "In Gideon v. Wainwright in 1963 the US Supreme Court ruled that states must provide a lawyer to criminal defendants who cannot afford one.",
 "По решению Верховного суда США по делу «Гидеон против Уэйнрайта» (1963) штаты не обязаны предоставлять адвоката малоимущим обвиняемым.")
add(C,"place","transport",
 "Эресуннский мост через одноимённый пролив, открытый летом 2000 года, соединяет Данию с Норвегией.",
 "Since July 2000 the Øresund Bridge and tunnel have linked Copenhagen in Denmark with Malmö in Sweden.")
add(C,"percent","food",
 "Côte d'Ivoire grows only about 4 percent of the world's cocoa beans.",
 "Кот-д’Ивуар — крупнейший в мире производитель какао-бобов: на него приходится больше трети мирового урожая.")
add(C,"entity","food",
 "Ваниль получают из ферментированных плодов тропической лианы из семейства орхидных, родом из Мексики.",
 "Vanilla is made from the dried fruit of a tropical climbing vine that belongs to the pepper family.")
add(C,"polarity","music",
 "Alexander Borodin finished the score of Prince Igor himself and attended its premiere at the Mariinsky Theatre.",
 "Бородин не успел завершить оперу «Князь Игорь»: после его смерти в 1887 году её дописали Римский-Корсаков и Глазунов.")
add(C,"date","music",
 "Лидер группы «Кино» Виктор Цой погиб в автокатастрофе в Латвии 25 августа 1990 года.",
 "Viktor Tsoi, the singer of the Soviet rock band Kino, died in a car crash in Latvia on 15 August 1990.")
add(C,"scale","astronomy",
 "The Sun formed about 4.6 billion years ago from a collapsing cloud of gas and dust.",
 "По современным оценкам, возраст Солнца, сформировавшегося из облака газа и пыли, составляет около 4,6 млн лет.")
add(C,"duration","astronomy",
 "Зонд New Horizons, стартовавший в январе 2006 года, летел к Плутону около девяти с половиной лет.",
 "The New Horizons probe reached Pluto less than four years after its launch from Cape Canaveral.")
add(C,"duration","architecture",
 "St Isaac's Cathedral in St Petersburg, designed by Auguste de Montferrand, was built in just four years.",
 "Строительство Исаакиевского собора по проекту Огюста Монферрана растянулось на сорок лет — с 1818 по 1858 год.")
add(C,"number","architecture",
 "Нью-йоркский небоскрёб Эмпайр-стейт-билдинг, открытый в 1931 г., насчитывает 82 этажа.",
 "Opened in May 1931, the Empire State Building in Manhattan has 102 floors.")
add(C,"place","literature",
 "Alexander Griboyedov, the author of Woe from Wit, was killed in Tabriz in 1829 when a mob attacked the Russian mission.",
 "Автор «Горя от ума» Александр Грибоедов погиб в Тегеране в 1829 году, когда толпа разгромила русское посольство.")
add(C,"organisation","literature",
 "Первую книгу о Гарри Поттере — «Гарри Поттер и философский камень» — в 1997 году выпустило лондонское издательство Penguin.",
 "Bloomsbury published J. K. Rowling's Harry Potter and the Philosopher's Stone in June 1997 after several other publishers had turned it down.")
add(C,"century","energy",
 "Alessandro Volta built the first electric battery, a stack of zinc and copper discs separated by brine-soaked cloth, in 1800.",
 "Первый химический источник тока — вольтов столб — Алессандро Вольта изобрёл ещё в XVII веке.")
add(C,"entity","biology",
 "Коала, обитающая в лесах восточной Австралии, питается почти исключительно побегами и листьями бамбука.",
 "Koalas feed almost entirely on eucalyptus leaves, which are poor in nutrients and toxic to most other animals.")
add(C,"opposite","environment",
 "Since the 1960s the Aral Sea has lost most of its area because the rivers feeding it were diverted to irrigate cotton fields.",
 "С 1960-х годов площадь Аральского моря заметно выросла, а его уровень поднялся на несколько метров.")
add(C,"person","culture",
 "Главную роль в фильме «Певец джаза» (1927) — первой полнометражной картине с синхронными репликами — сыграл Эл Джолсон.",
 "Charlie Chaplin played the lead in The Jazz Singer, the 1927 Warner Bros. picture that brought synchronised speech to feature films.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "Henry Tudor, the victor of Bosworth, was crowned King Henry VII and founded the Tudor dynasty.",
 "Останки короля Ричарда III обнаружили в 2012 году при раскопках под автостоянкой в Лестере.")
radd("geography", "Самый мощный и зрелищный каскад водопадов Игуасу, имеющий форму подковы, называют «Глоткой Дьявола».",
 "Iguazú National Park on the Argentine side of the falls was declared a UNESCO World Heritage Site in 1984.")
radd("sport", "Larisa Latynina was born in 1934 in Kherson, a port city on the lower Dnieper.",
 "Завершив карьеру, Латынина долгое время работала старшим тренером женской сборной СССР по спортивной гимнастике.")
radd("technology", "Свой приёмник Александр Попов первоначально использовал как «грозоотметчик» — прибор для регистрации далёких гроз.",
 "Alexander Popov taught physics for many years at the naval torpedo school in Kronstadt.")
radd("energy", "Building the Three Gorges reservoir forced more than a million people to leave their homes along the Yangtze.",
 "Официально строительство плотины «Три ущелья» в китайской провинции Хубэй началось в декабре 1994 года.")
radd("biology", "Коала — сумчатое животное, и, несмотря на распространённое прозвище, к медведям она никакого отношения не имеет.",
 "Koalas sleep for up to twenty hours a day, which helps them save energy on their low-calorie diet.")
radd("transport", "The Kiel Canal, about 98 kilometres long, crosses the German state of Schleswig-Holstein.",
 "По числу проходящих судов Кильский канал считается самым загруженным искусственным морским путём в мире.")
radd("food", "Рокфор стал первым французским сыром, получившим охраняемое наименование по происхождению, — это случилось в 1925 году.",
 "The blue-green veins in Roquefort come from the mould Penicillium roqueforti.")
radd("environment", "The Aral Sea lies in Central Asia on the border between Kazakhstan and Uzbekistan.",
 "В 1960 г. площадь Аральского моря составляла около 68 тыс. км², и оно было четвёртым по величине озером мира.")
radd("literature", "Прототипом Робинзона Крузо считают шотландского моряка Александра Селкирка, прожившего более четырёх лет на необитаемом острове в Тихом океане.",
 "In Defoe's novel, Robinson Crusoe spends twenty-eight years on his island before he is rescued.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout13.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout13.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
