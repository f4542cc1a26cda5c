#!/usr/bin/env python3
"""Build heldout136: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU); the other side
is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Third Battle of Panipat was fought on 14 January 1761)
    ("The Third Battle of Panipat, fought north of Delhi on 14 January 1761, ended in a crushing defeat for the Maratha army at the hands of Ahmad Shah Abdali.",
     "Третья битва при Панипате (14 марта 1761 г.) завершилась разгромом маратхов афганским войском Ахмад-шаха Абдали.",
     C, "month", "history", True),
    # FALSE: EN (the royal brothers were to be ambushed on their way back from the Newmarket races)
    ("The Rye House Plot of 1683 planned to ambush Charles II and his brother James on the road home from the Epsom races, beside a fortified house in Hertfordshire.",
     "Заговор Рай-хаус (1683) предполагал убить Карла II и его брата Якова на обратном пути со скачек в Ньюмаркете — у усадьбы Рай-хаус в Хартфордшире.",
     C, "place", "history", False),
    # FALSE: RU (Titus Labienus fell at Munda; Metellus Scipio had died after Thapsus in 46 BC)
    ("At Munda in southern Spain, on 17 March 45 BC, Julius Caesar crushed the Pompeian army of Gnaeus Pompey the Younger; Titus Labienus fell in the battle.",
     "Сражение при Мунде (45 г. до н. э.) стало последней победой Цезаря над помпеянцами; среди павших оказался Квинт Метелл Сципион.",
     C, "person", "history", True),
    ("In 217 BC, at Raphia near Gaza, Ptolemy IV Philopator of Egypt defeated the Seleucid king Antiochus III in one of the largest battles of the Hellenistic age.",
     "При Рафии в 217 г. до н. э. сошлись армии Птолемея IV и Антиоха III; победа досталась египтянам, хотя африканские слоны Птолемея уступили индийским слонам Селевкида.",
     A, "year", "history", False),
    ("On 20 September 1319 a scratch English levy led by Archbishop William Melton of York was routed at Myton-on-Swale by Scots under James Douglas.",
     "Разгром войска архиепископа Йоркского Уильяма Мелтона при Майтоне (сентябрь 1319 г.) прозвали «Майтонским капитулом» — среди убитых было много священников.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (the lecture was given in 1908)
    ("Hermann Minkowski presented his four-dimensional union of space and time in the lecture 'Raum und Zeit', delivered in Cologne on 21 September 1908.",
     "В знаменитом докладе «Пространство и время», прочитанном в Кёльне в сентябре 1905 г., Герман Минковский объединил пространство и время в единый четырёхмерный мир.",
     C, "year", "science", False),
    # FALSE: EN (Arithmetices principia appeared in 1889)
    ("Giuseppe Peano set out his axioms for the natural numbers in the 1870s, in a short Latin pamphlet titled Arithmetices principia.",
     "Аксиомы натуральных чисел Джузеппе Пеано изложил в 1889 г. в латинской брошюре «Arithmetices principia, nova methodo exposita», изданной в Турине.",
     C, "decade", "science", True),
    # FALSE: EN (Zermelo's 1904 proof explicitly relied on the axiom of choice)
    ("Ernst Zermelo's 1904 proof that every set can be well-ordered avoided the axiom of choice altogether.",
     "В 1904 г. Эрнст Цермело доказал теорему о полном упорядочении любого множества, прямо опираясь на аксиому выбора, что вызвало бурную полемику.",
     C, "polarity", "science", False),
    ("Protoceratops andrewsi, a small horned dinosaur from the Gobi, was named in 1923 by Walter Granger and William K. Gregory in honour of Roy Chapman Andrews.",
     "Протоцератопс, остатки которого нашла у Пылающих скал в Монголии экспедиция Американского музея естественной истории, был описан в 1923 году.",
     A, "year", "science", True),
    ("The Arago 21 skull, unearthed in 1971 in a cave above the village of Tautavel in the eastern Pyrenees, is roughly 450,000 years old.",
     "Возраст черепа «тотавельского человека» из пещеры Араго (департамент Восточные Пиренеи) оценивают примерно в 450 тыс. лет.",
     A, "number", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Tundzha is a tributary of the Maritsa, which it joins at Edirne)
    ("The Tundzha rises in the Balkan Mountains, crosses the Valley of the Roses near Kazanlak, flows past Yambol and joins the Maritsa at Edirne in Turkey.",
     "Тунджа, берущая начало в Балканских горах, течёт через Казанлыкскую долину мимо Ямбола и в итоге впадает в Дунай.",
     C, "entity", "geography", True),
    # FALSE: EN (the Penzhina is 713 km long)
    ("The Penzhina, which flows into Penzhina Bay at the head of the Shelikhov Gulf, is roughly 410 kilometres long.",
     "Река Пенжина длиной 713 км течёт по северу Камчатского края и впадает в Пенжинскую губу залива Шелихова (Охотское море).",
     C, "number", "geography", False),
    ("Manaraga, a jagged peak in the Subpolar Urals of the Komi Republic, owes its name to a Nenets phrase usually translated as 'bear's paw'.",
     "Манарага (1662 м) — одна из самых живописных вершин Приполярного Урала; гора находится в Республике Коми, в национальном парке «Югыд ва».",
     A, "place", "geography", True),
    # FALSE: RU (the eruption photographed from the ISS took place in June 2009)
    ("Sarychev Peak, the volcano occupying most of Matua Island in the central Kurils, erupted violently in June 2009, an event photographed from the International Space Station.",
     "Мощное извержение вулкана Пик Сарычева на острове Матуа (Средние Курилы), снятое с борта МКС, произошло в июне 2011 г.",
     C, "year", "geography", False),
    ("Lake Nero in Yaroslavl Oblast covers about 54 square kilometres, and the ancient town of Rostov Veliky stands on its shore.",
     "На берегу озера Неро площадью 54,4 км² стоит Ростов Великий, впервые упомянутый в летописи под 862 г.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Tata Tea bought Tetley in 2000)
    ("In 2006 India's Tata Tea bought the British tea company Tetley for £271 million, a landmark overseas purchase for an Indian firm.",
     "Британскую чайную компанию Tetley индийская Tata Tea приобрела в 2000 г. за 271 млн фунтов стерлингов.",
     C, "year", "economy", False),
    # FALSE: RU (Tencent was founded in Shenzhen)
    ("Tencent was founded in Shenzhen in November 1998 by Ma Huateng and four partners; its WeChat messenger followed in January 2011.",
     "Компанию Tencent основали в ноябре 1998 г. в Шанхае Ма Хуатэн и его партнёры; в 2011 г. она выпустила мессенджер WeChat.",
     C, "place", "economy", True),
    ("Wipro began life in 1945 in the small town of Amalner as Western India Vegetable Products, a maker of cooking oil.",
     "Ныне один из гигантов индийской ИТ-отрасли, Wipro был основан в декабре 1945 г. Мохамедом Хашамом Премджи как производитель растительного масла.",
     A, "year", "economy", False),
    ("POSCO was incorporated on 1 April 1968 as Pohang Iron and Steel Company and fired up its first blast furnace in 1973.",
     "Южнокорейский металлургический концерн POSCO основан 01.04.1968; первый чугун его комбинат в Пхохане выплавил в июне 1973 г.",
     A, "date", "economy", True),
    ("Xiaomi was founded in Beijing in April 2010 by the entrepreneur Lei Jun together with several partners.",
     "Пекинская компания Xiaomi, созданная Лэй Цзюнем в 2010 г., выпустила свой первый смартфон Mi 1 в 2011 году.",
     A, "person", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Biondi won five golds in Seoul, plus a silver and a bronze)
    ("At the 1988 Seoul Olympics Matt Biondi won seven medals, four of them gold.",
     "Американский пловец Мэтт Бионди увёз с Олимпиады-88 в Сеуле семь наград: пять золотых, серебро и бронзу.",
     C, "number", "sport", True),
    # FALSE: EN (West Germany lost the 1966 final to England, 2-4)
    ("Uwe Seeler, a one-club man at Hamburger SV, captained West Germany in the 1966 World Cup final at Wembley, which they won against England.",
     "Уве Зеелер, всю карьеру проведший в «Гамбурге», был капитаном сборной ФРГ в финале ЧМ-1966 на «Уэмбли», проигранном англичанам.",
     C, "opposite", "sport", False),
    # FALSE: RU (Maier won gold in the giant slalom as well)
    ("At the 1998 Nagano Games, only days after a spectacular crash in the downhill, Hermann Maier won gold in both the super-G and the giant slalom.",
     "На Олимпиаде в Нагано (1998) Герман Майер после жуткого падения в скоростном спуске выиграл супергигант, а в гигантском слаломе стал лишь бронзовым призёром.",
     C, "rank", "sport", True),
    ("Teófilo Cubillas scored ten World Cup goals for Peru: five at Mexico 1970 and five more at Argentina 1978.",
     "На счету перуанца Теофило Кубильяса 10 мячей в финальных турнирах чемпионатов мира — по пять в 1970 и 1978 гг.",
     A, "number", "sport", False),
    ("Norway's Oscar Mathisen won the world allround speed skating championship five times between 1908 and 1914.",
     "Оскар Матисен — пятикратный чемпион мира в конькобежном многоборье (1908, 1909, 1910, 1912 и 1914 гг.), один из первых великих норвежских скороходов.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (Butts devised Criss-Crosswords in 1938)
    ("Scrabble grew out of Criss-Crosswords, a game devised in 1938 by Alfred Mosher Butts, an out-of-work architect in New York.",
     "Прообраз «Скрабла» — игру Criss-Crosswords — придумал в 1950-х годах безработный нью-йоркский архитектор Альфред Мошер Баттс.",
     C, "decade", "culture", False),
    # FALSE: EN (The Muppet Show was made by ATV, not the BBC)
    ("The Muppet Show, created by Jim Henson, was made for the BBC and taped at Elstree, near London, from 1976 to 1981.",
     "«Маппет-шоу» Джима Хенсона (1976–1981) выпускала британская компания ATV Лью Грейда: все пять сезонов снимались на студии в Элстри.",
     C, "organisation", "culture", True),
    ("Subbuteo, the flick-to-kick table football game launched by Peter Adolph in 1947, takes its name from Falco subbuteo, the Latin name of the hobby.",
     "Настольный футбол Subbuteo появился в Англии в 1947 г.: Питер Адольф назвал игру по латинскому имени сокола-чеглока.",
     A, "year", "culture", False),
    ("Pétanque is said to have been invented in La Ciotat in 1907, when the rheumatic player Jules Lenoir could no longer take a run-up before throwing.",
     "Родиной петанка считается городок Ла-Сьота под Марселем: страдавший ревматизмом Жюль Ленуар начал бросать шары без разбега, стоя на месте.",
     A, "place", "culture", True),
    ("Popeye the Sailor first appeared on 17 January 1929 in Thimble Theatre, the comic strip E. C. Segar had been drawing since 1919.",
     "Моряк Попай впервые появился 17.01.1929 в комиксе Элзи Сегара «Thimble Theatre», выходившем к тому времени уже около десяти лет.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    ("Mário de Andrade's Macunaíma (1928), subtitled 'the hero without any character', is a founding text of Brazilian modernism.",
     "Роман-рапсодия «Макунаима» бразильского модерниста Марио ди Андради вышел в свет в 1928 году с подзаголовком «Герой без всякого характера».",
     A, "year", "literature", True),
    # FALSE: RU (Tirant lo Blanch was first printed in 1490, i.e. in the 15th century)
    ("Tirant lo Blanch, the Valencian chivalric romance begun by Joanot Martorell, was first printed in Valencia in 1490, well after the author's death.",
     "Рыцарский роман Жуанота Мартуреля «Тирант Белый» был впервые напечатан в Валенсии лишь в XVI веке, спустя много лет после смерти автора.",
     C, "century", "literature", False),
    # FALSE: EN (Niebla and the term 'nivola' are Miguel de Unamuno's)
    ("Benito Pérez Galdós called his 1914 novel Niebla a 'nivola'; its hero Augusto Pérez even confronts his own creator.",
     "Мигель де Унамуно назвал свой роман «Туман» (1914) «ниволой»; его герой Аугусто Перес приходит спорить о своей судьбе к самому автору.",
     C, "person", "literature", True),
    ("In Voltaire's Micromégas (1752), a giant from a planet circling Sirius travels to Earth with a companion from Saturn.",
     "Герой философской повести Вольтера «Микромегас» (1752) — великан с планеты у Сириуса, путешествующий вместе с секретарём Академии Сатурна.",
     A, "entity", "literature", False),
    ("Balzac's La Peau de chagrin, published in 1831, follows Raphaël de Valentin, whose magic skin grants every wish but shrinks with each one.",
     "Герой «Шагреневой кожи» Бальзака (1831), молодой Рафаэль де Валантен, получает талисман, исполняющий желания, но уменьшающийся с каждым из них.",
     A, "person", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Die Walkuere premiered on 26 June 1870)
    ("Die Walküre was first staged in Munich in October 1870, on the orders of King Ludwig II and against Wagner's wishes.",
     "Премьера «Валькирии» состоялась 26 июня 1870 г. в Мюнхене по воле короля Людвига II, вопреки желанию самого Вагнера.",
     C, "month", "music", False),
    ("Never Mind the Bollocks, Here's the Sex Pistols, the band's only studio album, was released in late October 1977.",
     "Единственный студийный альбом Sex Pistols вышел 28.10.1977; из-за его названия управляющий музыкальным магазином в Ноттингеме даже попал под суд.",
     A, "date", "music", True),
    # FALSE: RU (the single peaked at number two)
    ("The Pogues' 'Fairytale of New York', a duet with Kirsty MacColl, peaked at number two in the UK singles chart at Christmas 1987.",
     "Рождественская песня The Pogues и Кирсти Макколл «Fairytale of New York» в декабре 1987 г. возглавила британский хит-парад синглов.",
     C, "rank", "music", False),
    ("Stop Making Sense, Jonathan Demme's film of a Talking Heads concert at the Pantages Theatre in Hollywood, was released in 1984.",
     "Концертный фильм Джонатана Демми о группе Talking Heads вышел на экраны в 1984 г.; Дэвид Бирн появляется в нём в огромном мешковатом костюме.",
     A, "year", "music", True),
    # FALSE: EN (the album was produced by Ilya Lagutenko)
    ("Zemfira Ramazanova, a singer from Ufa, released her debut album in 1999 with Boris Grebenshchikov as its producer.",
     "Дебютный альбом «Земфира» (1999) уфимской певицы спродюсировал лидер «Мумий Тролля» Илья Лагутенко.",
     C, "person", "music", True),
    # ---------------- art ----------------
    ("George Romney, born in Dalton-in-Furness in 1734, painted Emma Hart, the future Lady Hamilton, dozens of times.",
     "Английский портретист Джордж Ромни (1734–1802) написал более шестидесяти портретов Эммы Харт — будущей леди Гамильтон.",
     A, "person", "art", False),
    # FALSE: EN (the Utrecht Psalter dates from c. 820-835, i.e. the 9th century)
    ("The Utrecht Psalter, with its lively pen drawings, was made at Hautvillers near Reims in the tenth century and is now kept in Utrecht.",
     "Утрехтская псалтирь с её живыми рисунками пером создана около 820–835 гг. в Овилле близ Реймса; ныне хранится в библиотеке Утрехтского университета.",
     C, "century", "art", True),
    # FALSE: RU (the vase was returned in June 2003)
    ("The Warka Vase, a carved alabaster vessel from Uruk made around 3000 BC, was looted from the Iraq Museum in April 2003 and handed back that June.",
     "Алебастровая ваза из Варки (Урука), созданная около 3000 г. до н. э. и похищенная из Иракского музея в апреле 2003 г., так и не была возвращена.",
     C, "polarity", "art", False),
    ("The gold 'Mask of Agamemnon' was unearthed by Heinrich Schliemann at Mycenae in 1876; it is now in the National Archaeological Museum in Athens.",
     "Золотую погребальную «маску Агамемнона» Генрих Шлиман нашёл в 1876 г. в шахтовой гробнице V в Микенах.",
     A, "year", "art", True),
    ("Tōshūsai Sharaku produced his roughly 140 kabuki actor prints in a career of only about ten months in 1794–95.",
     "Загадочный мастер укиё-э Тосюсай Сяраку работал меньше года — с мая 1794 по начало 1795 г., — создав около 140 гравюр с актёрами кабуки.",
     A, "duration", "art", False),
    # ---------------- law ----------------
    ("The Concordat of Worms, agreed on 23 September 1122 by Pope Calixtus II and Emperor Henry V, settled the Investiture Controversy.",
     "Вормсский конкордат 1122 г. между папой Каликстом II и императором Генрихом V положил конец борьбе за инвеституру.",
     A, "year", "law", True),
    # FALSE: RU (Unam Sanctam asserted papal supremacy rather than renouncing it)
    ("Boniface VIII's bull Unam Sanctam, issued on 18 November 1302 amid his quarrel with Philip IV of France, declared submission to the pope necessary for salvation.",
     "В булле «Unam Sanctam» (1302), изданной в разгар конфликта с Филиппом IV Французским, папа Бонифаций VIII отказался от притязаний на верховенство над светскими государями.",
     C, "opposite", "law", False),
    ("István Werbőczy's Tripartitum, a compilation of Hungarian customary law presented to the diet in 1514, was printed in Vienna in 1517.",
     "«Трипартитум» Иштвана Вербёци — свод обычного права Венгерского королевства, составленный в 1514 г. и изданный в Вене тремя годами позже.",
     A, "year", "law", False),
    # FALSE: RU (the first patrols went out on 29 September 1829)
    ("The first constables of the Metropolitan Police, created under Robert Peel's Act of 1829, began patrolling London's streets in September that year.",
     "Первые констебли Столичной полиции, учреждённой законом Роберта Пиля 1829 г., вышли патрулировать улицы Лондона в марте того же года.",
     C, "month", "law", True),
    ("The Securities Act of 1933, signed by Franklin D. Roosevelt on 27 May 1933, obliged companies selling shares to the public to register them and disclose key information.",
     "Закон о ценных бумагах 1933 г., подписанный президентом Рузвельтом 27.05.1933, обязал эмитентов регистрировать публично размещаемые бумаги и раскрывать сведения о них.",
     A, "date", "law", False),
    # ---------------- technology ----------------
    ("Nikola Tesla built his first resonant transformer, now known as the Tesla coil, in 1891 while experimenting with high-frequency currents.",
     "Трансформатор Теслы — резонансный высокочастотный трансформатор, который Никола Тесла изобрёл и запатентовал в 1891 г.",
     A, "year", "technology", False),
    # FALSE: RU (the round-the-world flight took about 16 months, March 2015 - July 2016)
    ("Flown in turns by Bertrand Piccard and André Borschberg, Solar Impulse 2 returned to Abu Dhabi in July 2016 after a solar-powered round-the-world journey lasting about 16 months.",
     "Самолёт на солнечных батареях Solar Impulse 2 облетел земной шар всего за пять месяцев, вернувшись в Абу-Даби в июле 2016 г.",
     C, "duration", "technology", True),
    # FALSE: EN (Multics partners were MIT, General Electric and Bell Labs)
    ("Multics, a time-sharing system begun in the mid-1960s by MIT, Bell Labs and IBM, inspired Unix after Bell Labs withdrew in 1969.",
     "Операционную систему Multics с середины 1960-х разрабатывали MIT, General Electric и Bell Labs; выход Bell Labs из проекта в 1969 г. подтолкнул Томпсона и Ритчи к созданию UNIX.",
     C, "organisation", "technology", False),
    ("Symbian Ltd was set up in June 1998 as a joint venture of Psion, Nokia, Ericsson and Motorola to build an operating system for mobile phones.",
     "Symbian — совместное предприятие Nokia, Ericsson, Motorola и Psion, созданное в 1998 г.; в основу его операционной системы легла разработанная в Psion система EPOC.",
     A, "organisation", "technology", True),
    ("George Westinghouse was only 22 when he patented his compressed-air railway brake in 1869.",
     "Пневматический железнодорожный тормоз Джордж Вестингауз запатентовал в 1869 г.; вскоре он основал компанию Westinghouse Air Brake.",
     A, "person", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Cinema Rex was set on fire on 19 August 1978)
    ("The Cinema Rex in Abadan, Iran, was set on fire on 29 August 1978, killing several hundred people trapped inside.",
     "Поджог кинотеатра «Рекс» в иранском Абадане 19 августа 1978 г. унёс жизни сотен зрителей, оказавшихся запертыми в зале.",
     C, "date", "disasters", True),
    ("The earthquake that struck Popayán, Colombia, on the morning of Holy Thursday, 31 March 1983, brought down the cathedral roof during Mass.",
     "Землетрясение 31.03.1983 в колумбийском Попаяне случилось в Великий четверг и разрушило значительную часть исторического центра города.",
     A, "date", "disasters", False),
    # FALSE: EN (the Southall crash killed seven people)
    ("On 19 September 1997 a Swansea–Paddington express ran through red signals at Southall and hit a freight train, killing 17 people.",
     "Катастрофа у Саутхолла 19.09.1997: скоростной поезд из Суонси в Лондон проехал запрещающий сигнал и врезался в товарный состав; погибли семь человек.",
     C, "number", "disasters", True),
    # FALSE: RU (the Pemberton Mill stood in Lawrence, Massachusetts)
    ("On 10 January 1860 the Pemberton Mill in Lawrence, Massachusetts, collapsed with hundreds of workers inside, and fire then swept the ruins.",
     "10 января 1860 г. в Лоуэлле (штат Массачусетс) рухнуло здание текстильной фабрики «Пембертон», погребя под обломками сотни рабочих.",
     C, "place", "disasters", False),
    ("On 4 November 1940 a Paddington–Penzance night express derailed at catch points near Norton Fitzwarren in Somerset, killing 27 people.",
     "Крушение у Нортон-Фицуоррена (Сомерсет) 04.11.1940 унесло 27 жизней: машинист принял зелёный сигнал соседнего пути за свой.",
     A, "number", "disasters", True),
]

RELATED = [
    ("Panipat, a town north of Delhi in present-day Haryana, had already given its name to two earlier decisive battles, fought in 1526 and 1556.",
     "Армией маратхов в третьей битве при Панипате командовал Садашиврао Бхау, погибший в этом сражении.",
     "Panipat", True, "history"),
    ("Before moving to Göttingen, Hermann Minkowski taught mathematics at the Zurich Polytechnic, where the young Albert Einstein was among his students.",
     "Герман Минковский скоропостижно скончался в Гёттингене в январе 1909 г. от аппендицита, не дожив до 45 лет.",
     "Minkowski", False, "science"),
    ("The south-eastern Bulgarian town of Yambol grew up on the banks of the Tundzha River.",
     "Близ Казанлыка на Тундже находится водохранилище «Копринка», на дне которого лежат руины фракийского города Севтополис.",
     "Tundzha", True, "geography"),
    ("Tetley was the company that introduced tea bags to British shoppers, in 1953.",
     "История Tetley началась в Йоркшире: в 1837 г. братья Джозеф и Эдвард Тетли занялись торговлей чаем.",
     "Tetley", False, "economy"),
    ("Uwe Seeler scored at four different World Cups, from Sweden in 1958 to Mexico in 1970.",
     "В 1961 г. Уве Зеелер отверг баснословное предложение миланского «Интера» и остался в «Гамбурге».",
     "Seeler", True, "sport"),
    ("The word pétanque comes from a Provençal expression for 'feet anchored', since players throw from a standing position.",
     "В петанк играют металлическими шарами, стараясь положить их как можно ближе к маленькому деревянному шарику — кошонету.",
     "Petanque", False, "culture"),
    ("In 1969 the director Joaquim Pedro de Andrade turned Macunaíma into a film.",
     "Герой «Макунаимы» рождается в глубине амазонских джунглей, в индейском племени тапаньюма.",
     "Macunaima", True, "literature"),
    ("The third act of Die Walküre opens with the celebrated Ride of the Valkyries.",
     "«Валькирия» — вторая часть тетралогии Вагнера «Кольцо нибелунга»; за ней следуют «Зигфрид» и «Гибель богов».",
     "Walkuere", False, "music"),
    ("Modern scholars date the Mask of Agamemnon to about 1550–1500 BC, centuries before the era in which the legendary king is placed.",
     "Сегодня «маска Агамемнона» хранится в Национальном археологическом музее в Афинах.",
     "Mask of Agamemnon", True, "art"),
    ("The Cinema Rex fire in Abadan fuelled public anger against the Shah's government in the months before the 1979 revolution.",
     "В вечер пожара в абаданском кинотеатре «Рекс» показывали иранский фильм «Олени» режиссёра Масуда Кимиаи.",
     "Cinema Rex", False, "disasters"),
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
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
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
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout136.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout136.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
