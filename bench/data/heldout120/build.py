#!/usr/bin/env python3
"""Build heldout120: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the landings on Saipan began on 15 June 1944)
    ("American marines and army troops went ashore on Saipan in the Mariana Islands on 15 June 1944; the island was declared secured on 9 July.",
     "Высадка морской пехоты США на остров Сайпан в Марианском архипелаге началась 15 августа 1944 года.",
     C, "month", "history", True),
    # FALSE: EN (the Boers repulsed the Highland Brigade at Magersfontein)
    ("At Magersfontein on 11 December 1899 the Highland Brigade stormed the Boer trenches and routed their defenders, although its commander Andrew Wauchope was killed.",
     "11 декабря 1899 г. у Магерсфонтейна буры нанесли тяжёлое поражение британцам; в атаке погиб командир Шотландской горной бригады генерал-майор Эндрю Уокоп.",
     C, "opposite", "history", False),
    # FALSE: RU (the Italian chief of staff at Vittorio Veneto was Armando Diaz; Cadorna had been dismissed in 1917)
    ("The Italian offensive at Vittorio Veneto, launched on 24 October 1918 under the chief of staff Armando Diaz, shattered the Austro-Hungarian army within days.",
     "Наступлением у Витторио-Венето в конце октября 1918 г., завершившимся крахом австро-венгерской армии, руководил начальник итальянского генштаба Луиджи Кадорна.",
     C, "person", "history", True),
    ("At Thapsus, on the coast of present-day Tunisia, Julius Caesar crushed the army of the Optimates under Metellus Scipio in April 46 BC.",
     "В 46 г. до н. э. при Тапсе в Северной Африке Цезарь разгромил армию помпеянцев, которой командовал Квинт Цецилий Метелл Сципион.",
     A, "year", "history", False),
    ("Canadian troops fought house by house for the small Adriatic port of Ortona from 20 to 28 December 1943, until the German paratroopers pulled out.",
     "Бои за итальянский городок Ортона на берегу Адриатики, прозванный «маленьким Сталинградом», шли во второй половине декабря 1943 г.; город в итоге взяли канадцы.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Monod shared the 1965 prize with Jacob and Lwoff; Crick won in 1962)
    ("Jacques Monod shared the 1965 Nobel Prize in Physiology or Medicine with François Jacob and André Lwoff for work on the genetic control of enzyme synthesis.",
     "Нобелевскую премию по физиологии и медицине 1965 г. Жак Моно разделил с Франсуа Жакобом и Фрэнсисом Криком — за открытия в области генетической регуляции синтеза ферментов.",
     C, "person", "science", True),
    # FALSE: EN (Scoville devised his test in 1912)
    ("The pharmacist Wilbur Scoville, then working for the drug company Parke-Davis, devised his test for the pungency of chili peppers in 1921.",
     "Шкалу остроты перцев предложил в 1912 г. американский фармацевт Уилбур Сковилл, служивший в фармацевтической фирме «Парк-Дэвис».",
     C, "year", "science", False),
    # FALSE: RU (the Saffir-Simpson scale has five categories)
    ("The Saffir–Simpson scale, devised in the early 1970s by the engineer Herbert Saffir and the meteorologist Robert Simpson, sorts hurricanes into five categories by sustained wind speed.",
     "Шкала Саффира — Симпсона, по которой ураганы классифицируют по скорости ветра, насчитывает семь категорий; её разработали инженер Герберт Саффир и метеоролог Роберт Симпсон.",
     C, "number", "science", True),
    ("The Venturi effect, the drop in fluid pressure in a narrowed section of pipe, is named after the Italian physicist Giovanni Battista Venturi, who described it in 1797.",
     "Эффект Вентури — падение давления жидкости в суженном участке трубы — назван в честь итальянского физика, изучавшего это явление в конце XVIII века.",
     A, "century", "science", False),
    ("In Das Keimplasma (1892) the Freiburg zoologist August Weismann argued that hereditary material is passed on only through the germ cells.",
     "Теорию зародышевой плазмы немецкий зоолог Август Вейсман, профессор Фрайбургского университета, изложил в книге, вышедшей в 1892 году.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Skye is the largest island of the Inner Hebrides)
    ("Skye, only the second-largest island of the Inner Hebrides, has been linked to the Scottish mainland by a road bridge since 1995.",
     "Скай — крупнейший из островов Внутренних Гебрид (около 1660 км²); с 1995 г. он соединён мостом с материковой частью Шотландии.",
     C, "rank", "geography", False),
    # FALSE: RU (Ushant lies off Brittany, in the Finistère department)
    ("Ushant, a windswept island off the north-western tip of Brittany, belongs to the Finistère department and marks the south-western entrance to the English Channel.",
     "Остров Уэссан, лежащий у побережья Нормандии, считается самой западной точкой метрополии Франции и отмечает вход в Ла-Манш.",
     C, "place", "geography", True),
    # FALSE: EN (the Morava is a tributary of the Danube)
    ("The Morava, which rises on Králický Sněžník and forms part of the border between Slovakia and Austria, is a tributary of the Elbe.",
     "Морава, длина которой около 350 км, впадает в Дунай у развалин замка Девин, чуть выше Братиславы.",
     C, "place", "geography", False),
    ("The Tunnel of Eupalinos on Samos, dug through a hill from both ends in the 6th century BC, carried water to the ancient city for more than a kilometre.",
     "Водопровод Евпалина на Самосе — тоннель длиной 1036 м, пробитый в VI веке до н. э. одновременно с двух сторон горы.",
     A, "century", "geography", True),
    ("Texel, the largest of the Dutch Wadden Islands, is reached by a twenty-minute ferry crossing from Den Helder in North Holland.",
     "Тексел — самый крупный из Западно-Фризских островов; он входит в провинцию Северная Голландия, а его главный посёлок — Ден-Бург.",
     A, "rank", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (the firm was renamed Mahindra & Mahindra in 1948)
    ("Founded in Ludhiana in 1945 as Mahindra & Mohammed, the company took the name Mahindra & Mahindra in 1958, after Malik Ghulam Mohammed left for Pakistan.",
     "Компания, основанная в 1945 г. братьями Махиндра и Маликом Гуламом Мохаммедом, в 1948 г. была переименована в «Махиндра энд Махиндра».",
     C, "year", "economy", False),
    # FALSE: RU (Staropramen was founded in 1869)
    ("The Staropramen brewery in Prague's Smíchov district was founded in 1869, and its first beer was brewed two years later.",
     "Пивоваренный завод «Старопрамен» в пражском районе Смихов был основан в 1890-х годах.",
     C, "decade", "economy", True),
    ("Nordstrom began in 1901 as Wallin & Nordstrom, a small shoe store in downtown Seattle opened by the Swedish immigrant John W. Nordstrom and Carl F. Wallin.",
     "Сеть универмагов «Нордстрем» ведёт историю от обувной лавки, открытой в Сиэтле в 1901 г. выходцем из Швеции Джоном Нордстремом и сапожником Карлом Валлином.",
     A, "year", "economy", True),
    ("Sasol was set up by the South African government in 1950 to turn the country's plentiful coal into liquid fuels.",
     "Южноафриканская компания «Сасол», созданная государством в 1950 году, производит синтетическое жидкое топливо из угля, в том числе в городе Сасолбург.",
     A, "year", "economy", False),
    ("Antonio Zanussi opened a workshop making wood-burning kitchen stoves in Pordenone in 1916, the beginning of the Zanussi appliance firm.",
     "Компания «Занусси» берёт начало в 1916 г., когда Антонио Занусси основал в Порденоне (северо-восток Италии) мастерскую по производству кухонных плит.",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Schneider won three Olympic golds: 1988 slalom and giant slalom, 1994 slalom)
    ("Switzerland's Vreni Schneider won three Olympic gold medals, taking the slalom and giant slalom at Calgary in 1988 and the slalom at Lillehammer in 1994.",
     "Швейцарская горнолыжница Врени Шнайдер — двукратная олимпийская чемпионка: обе свои золотые медали она выиграла в Калгари в 1988 г.",
     C, "number", "sport", False),
    # FALSE: RU (the Soviet relay team anchored by Vedenin won gold in 1972)
    ("At the 1972 Sapporo Olympics Vyacheslav Vedenin won the 30 km race and, on the anchor leg, brought the Soviet 4 × 10 km relay team home first.",
     "На Олимпиаде-1972 в Саппоро Вячеслав Веденин выиграл гонку на 30 км, а в эстафете 4×10 км сборная СССР, которую он замыкал, проиграла норвежцам.",
     C, "opposite", "sport", True),
    # FALSE: EN (Rivelino joined Fluminense in 1975)
    ("After nearly a decade with Corinthians, Roberto Rivelino, a world champion with Brazil in 1970, moved to Santos in 1975.",
     "Чемпион мира 1970 г. Роберто Ривелино, почти десять лет выступавший за «Коринтианс», в 1975 г. перешёл во «Флуминенсе».",
     C, "organisation", "sport", False),
    ("The Japanese gymnast Takashi Ono collected 13 Olympic medals, five of them gold, at four Games between 1952 and 1964.",
     "На счету японского гимнаста Такаси Оно 13 олимпийских наград, в том числе пять золотых; в Риме-1960 он, в частности, победил на перекладине.",
     A, "number", "sport", True),
    ("Playing for Nottinghamshire against Glamorgan at Swansea on 31 August 1968, Garfield Sobers hit Malcolm Nash for six sixes in a single over.",
     "Гарфилд Соберс первым в первоклассном крикете отбил шесть «шестёрок» за один овер — 31.08.1968 в Суонси, в матче против «Гламоргана».",
     A, "date", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Qingming falls on 4 or 5 April)
    ("Qingming, the Chinese Tomb-Sweeping Festival, usually falls on 4 or 5 April, when families tidy their ancestors' graves and leave offerings.",
     "Праздник Цинмин, день поминовения предков, в Китае отмечают в начале мая: в этот день принято приводить в порядок могилы родных.",
     C, "month", "culture", False),
    # FALSE: EN (the Crown shares the Thames swans with the Vintners' and Dyers' companies)
    ("During Swan Upping, held each July on the Thames, the King's Swan Marker counts cygnets together with the swan uppers of the Vintners' and Fishmongers' livery companies.",
     "Ежегодная перепись лебедей на Темзе проходит в третью неделю июля: королевский смотритель лебедей работает вместе с командами двух лондонских гильдий — виноторговцев и красильщиков.",
     C, "organisation", "culture", True),
    ("By Swedish custom the surströmming season opens on the third Thursday of August, when tins of fermented Baltic herring go on sale.",
     "Премьера сезона сюрстрёмминга — квашеной балтийской сельди — по шведскому обычаю приходится на третий четверг августа.",
     A, "date", "culture", False),
    ("The Mari Lwyd, a horse's skull on a pole draped in a white sheet, is carried from door to door in south Wales around Christmas and New Year.",
     "Мари Луид — валлийский святочный обычай: ряженые ходят по домам с лошадиным черепом на шесте, укрытым белой простынёй, и затевают шуточное состязание в стихах.",
     A, "entity", "culture", True),
    ("On Ōmisoka, New Year's Eve in Japan, Buddhist temples ring their bells 108 times around midnight, and many families eat toshikoshi soba.",
     "В канун Нового года (омисока) в японских буддийских храмах колокол бьёт 108 раз — по числу человеческих страстей.",
     A, "number", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (Of Mice and Men was published in 1937)
    ("John Steinbeck's novella Of Mice and Men, published in the late 1940s, follows the ranch hands George Milton and Lennie Small through Depression-era California.",
     "Повесть Джона Стейнбека «О мышах и людях» (1937) рассказывает о двух батраках, Джордже и Ленни, кочующих по ранчо Калифорнии в годы Великой депрессии.",
     C, "decade", "literature", True),
    # FALSE: EN (The Princess of Cleves appeared in 1678, i.e. in the 17th century)
    ("Madame de La Fayette's The Princess of Cleves, which appeared anonymously in the early eighteenth century, is set at the court of Henry II of France.",
     "Роман госпожи де Лафайет «Принцесса Клевская» вышел анонимно в 1678 г.; действие его разворачивается при дворе французского короля Генриха II.",
     C, "century", "literature", False),
    ("Marjorie Kinnan Rawlings's The Yearling, the story of the boy Jody Baxter and his pet fawn in the Florida scrub, won the Pulitzer Prize for the Novel in 1939.",
     "Роман Марджори Киннан Ролингс «Оленёнок» (1938) — о мальчике Джоди и его ручном оленёнке во флоридской глуши — был удостоен Пулитцеровской премии.",
     A, "person", "literature", True),
    ("Eleanor H. Porter's Pollyanna (1913) tells of an orphan girl who plays the 'glad game', always finding something to be glad about.",
     "Героиня повести Элинор Портер «Поллианна», вышедшей в 1913 году, — девочка-сирота, придумавшая «игру в радость».",
     A, "year", "literature", False),
    ("H. G. Wells's The Time Machine, published in 1895, sends its unnamed Time Traveller to the year 802,701, where the Eloi live above ground and the Morlocks below.",
     "Путешественник во времени из романа Уэллса (1895) попадает в 802 701 год, где хрупкие элои живут на поверхности земли, а морлоки — в подземельях.",
     A, "number", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Paderewski was Prime Minister in 1919)
    ("The pianist Ignacy Jan Paderewski served as Prime Minister of the newly independent Poland for most of 1919.",
     "Знаменитый пианист и композитор Игнаций Ян Падеревский в 1929 г. занял пост премьер-министра Польши.",
     C, "year", "music", False),
    # FALSE: RU (Webern was shot on 15 September 1945)
    ("Anton Webern was shot dead by an American army cook outside his son-in-law's house in the Austrian village of Mittersill on the evening of 15 September 1945.",
     "Антон Веберн погиб 5 сентября 1945 г. в австрийском Миттерзиле: его застрелил американский солдат во время комендантского часа.",
     C, "date", "music", True),
    # FALSE: EN (BWV 565 is in D minor)
    ("No autograph survives of the Toccata and Fugue in C minor, BWV 565, the famous organ work attributed to Bach; the earliest copy was made by Johannes Ringk.",
     "Токката и фуга ре минор (BWV 565) — знаменитое органное сочинение, приписываемое Баху; её автограф не сохранился, а авторство оспаривается.",
     C, "entity", "music", False),
    ("Jan Dismas Zelenka, born in Bohemia in 1679, spent most of his career as a double bass player and composer at the Saxon court in Dresden.",
     "Чешский композитор эпохи барокко Ян Дисмас Зеленка более тридцати лет служил при дрезденском дворе и умер в Дрездене в 1745 году.",
     A, "place", "music", True),
    ("Joaquín Turina, born in Seville in 1882, wrote La oración del torero in 1925, first for a lute quartet and later for string quartet.",
     "Севильский композитор Хоакин Турина создал «Молитву тореро» в 1925 г. — сначала для квартета лютней, затем переложил её для струнного квартета.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (the Quadriga was set up in 1793, i.e. in the 18th century)
    ("Johann Gottfried Schadow designed the Quadriga, the four-horse chariot driven by the goddess of victory, that was raised on top of Berlin's Brandenburg Gate in 1793.",
     "Квадригу с богиней победы, венчающую Бранденбургские ворота в Берлине, создал скульптор Иоганн Готфрид Шадов в XVII веке.",
     C, "century", "art", True),
    # FALSE: RU (Siqueiros was held for four years, 1960-1964)
    ("Accused of 'social dissolution', the muralist David Alfaro Siqueiros spent four years in Lecumberri prison, from 1960 until his pardon in 1964.",
     "Мексиканский монументалист Давид Альфаро Сикейрос, обвинённый в «социальном разложении», провёл в тюрьме Лекумберри около десяти лет.",
     C, "duration", "art", False),
    ("Gabriele Münter hid many of Kandinsky's early paintings in her house at Murnau throughout the Nazi years and gave them to Munich's Lenbachhaus in 1957.",
     "В 1957 г., к своему 80-летию, Габриэле Мюнтер передала мюнхенской галерее Ленбаххаус собрание работ Кандинского и художников «Синего всадника».",
     A, "year", "art", True),
    ("François Rude carved The Departure of the Volunteers of 1792, the great high relief on the Arc de Triomphe in Paris, between 1833 and 1836.",
     "Горельеф «Выступление добровольцев в 1792 году» на парижской Триумфальной арке выполнил в 1830-х гг. скульптор Франсуа Рюд.",
     A, "decade", "art", False),
    ("The Swedish sculptor Carl Milles taught at the Cranbrook Academy of Art in Michigan for two decades, from 1931 until 1951.",
     "Шведский скульптор Карл Миллес около двадцати лет прожил в США, преподавая в академии Крэнбрук (штат Мичиган), а затем вернулся в Европу.",
     A, "duration", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Court held that the law DID violate the Fourteenth Amendment)
    ("In Strauder v. West Virginia (1880) the Supreme Court held that a state law limiting jury service to white men did not violate the Fourteenth Amendment.",
     "По делу «Страудер против Западной Виргинии» (1880) Верховный суд США признал закон штата, допускавший в присяжные только белых мужчин, нарушающим Четырнадцатую поправку.",
     C, "polarity", "law", False),
    # FALSE: EN (Smith v. Allwright was decided 8-1)
    ("In Smith v. Allwright (1944) the Supreme Court voted 5–4 to strike down the all-white primary elections of the Texas Democratic Party.",
     "В 1944 г. Верховный суд США восемью голосами против одного признал неконституционными «белые праймериз» Демократической партии Техаса (дело «Смит против Оллрайта»).",
     C, "number", "law", True),
    ("South Africa's Prohibition of Mixed Marriages Act of 1949, one of the first apartheid laws, banned marriages between white people and people of other races.",
     "Закон о запрете смешанных браков, принятый в ЮАР в 1949 г. в числе первых законов апартеида, был отменён лишь в 1985 г.",
     A, "year", "law", False),
    ("The Sudebnik of 1497 let Russian peasants leave their landlords only in the fortnight around St George's Day (Yuri's Day) in late November.",
     "По Судебнику 1497 г. крестьянин мог уйти от землевладельца лишь за неделю до осеннего Юрьева дня (26 ноября) или в течение недели после него.",
     A, "date", "law", True),
    ("Proclaimed by the Frankfurt National Assembly on 28 March 1849, the Paulskirche Constitution never came into force after the Prussian king refused the imperial crown.",
     "Конституция, принятая Франкфуртским национальным собранием в церкви Святого Павла (Паульскирхе) в марте 1849 г., так и не вступила в силу.",
     A, "month", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Freedom 7's suborbital flight lasted about 15 minutes)
    ("On 5 May 1961 a Redstone rocket launched Alan Shepard in the capsule Freedom 7 on a suborbital flight lasting about 15 minutes.",
     "5 мая 1961 г. ракета «Редстоун» отправила капсулу «Фридом-7» с Аланом Шепардом в суборбитальный полёт, продолжавшийся около полутора часов.",
     C, "duration", "technology", True),
    # FALSE: EN (the Thames Tunnel was the first tunnel known to be built under a navigable river)
    ("Opened in 1843 between Rotherhithe and Wapping, Marc Brunel's Thames Tunnel was only the second tunnel ever built beneath a navigable river.",
     "Тоннель под Темзой между Ротерхитом и Уоппингом, открытый в 1843 г., стал первым в мире тоннелем, проложенным под судоходной рекой.",
     C, "rank", "technology", False),
    ("Around 1829 the London doctor Nathaniel Bagshaw Ward hit upon the sealed glass plant case, and Wardian cases later carried tea plants from China to India.",
     "Застеклённый ящик для перевозки живых растений придумал около 1829 г. лондонский врач Натаниэль Уорд; в таких ящиках Роберт Форчун вывез чайные кусты из Китая в Индию.",
     A, "person", "technology", True),
    ("The vernier scale, which allows readings finer than the smallest division of a main scale, was described by the French mathematician Pierre Vernier in 1631.",
     "Нониус — вспомогательную шкалу для точного отсчёта долей деления — француз Пьер Вернье описал в трактате, изданном в 1631 году.",
     A, "year", "technology", False),
    ("Work on the Mont Cenis railway tunnel began in 1857; compressed-air drills devised by the engineer Germain Sommeiller sped up the bore, which opened in 1871.",
     "Первый большой железнодорожный тоннель сквозь Альпы — Мон-Сенисский — был открыт в 1871 г.; его пробивали с помощью пневматических бурильных машин Сомейе.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (Mahina struck Bathurst Bay on 4 March 1899)
    ("Cyclone Mahina, which smashed into the pearling fleet at Bathurst Bay on Cape York Peninsula on 14 March 1899, killed more than 300 people.",
     "Циклон «Махина» 4 марта 1899 г. уничтожил флотилию ловцов жемчуга в заливе Батерст (Квинсленд); погибли более 300 человек.",
     C, "date", "disasters", True),
    # FALSE: RU (the Weesp derailment happened on 13 September 1918)
    ("On 13 September 1918 a train derailed at Weesp, near Amsterdam, after heavy rain had weakened an embankment; 41 people died.",
     "Крушение поезда у Веспа под Амстердамом 23.09.1918, вызванное размывом насыпи после ливней, унесло 41 жизнь.",
     C, "date", "disasters", True),
    # FALSE: EN (the Six Bells disaster was a firedamp explosion, not a flood)
    ("On 28 June 1960 flooding at the Six Bells Colliery near Abertillery in Monmouthshire killed 45 miners.",
     "28 июня 1960 г. взрыв метана на шахте Сикс-Беллс близ Абертиллери (Южный Уэльс) унёс жизни 45 горняков.",
     C, "entity", "disasters", False),
    ("The passenger steamer Valencia, bound from San Francisco to Seattle, was wrecked off the west coast of Vancouver Island in January 1906 with the loss of well over 100 lives.",
     "22 января 1906 г. пароход «Валенсия» разбился у западного побережья острова Ванкувер; из находившихся на борту спаслись лишь 37 человек.",
     A, "date", "disasters", True),
    ("The Tillamook Burn, a series of four forest fires in Oregon's Coast Range between 1933 and 1951, destroyed some 355,000 acres of old-growth timber.",
     "Первый из пожаров, известных как Тилламукская гарь, вспыхнул в августе 1933 г. в Береговом хребте Орегона; затем леса там горели в 1939, 1945 и 1951 годах.",
     A, "year", "disasters", False),
]

RELATED = [
    ("Lieutenant General Yoshitsugu Saito, who commanded the Japanese army garrison on Saipan, took his own life in early July 1944.",
     "После взятия Сайпана американцы построили на острове аэродромы, откуда бомбардировщики B-29 могли долетать до Японии.",
     "Saipan", True, "history"),
    ("The town that gave the battle its name was created in 1866 by merging Ceneda and Serravalle and was named after King Victor Emmanuel II.",
     "Битва при Витторио-Венето привела к подписанию 3 ноября 1918 г. перемирия на вилле Джусти под Падуей.",
     "Vittorio Veneto", False, "history"),
    ("Portree, a harbour town on the east coast, is the largest settlement on the Isle of Skye.",
     "Горный массив Куиллин на острове Скай давно привлекает альпинистов со всей Великобритании.",
     "Skye", True, "geography"),
    ("At Kingston in 1958 Garfield Sobers made 365 not out against Pakistan, then the highest individual score in Test cricket.",
     "Уроженец Барбадоса Гарфилд Соберс, один из величайших крикетистов в истории, был посвящён в рыцари в 1975 году.",
     "Sobers", False, "sport"),
    ("The Time Machine was Wells's first novel; its British edition was published in London by William Heinemann.",
     "Роман Уэллса «Машина времени» вырос из рассказа «Аргонавты времени», напечатанного в студенческом журнале в 1888 г.",
     "The Time Machine", True, "literature"),
    ("From 1904 Anton Webern studied composition privately with Arnold Schoenberg in Vienna.",
     "Веберн защитил в Венском университете диссертацию по музыковедению, посвящённую творчеству композитора Генриха Изака.",
     "Webern", False, "music"),
    ("Swan Upping dates back to the twelfth century, when the Crown claimed ownership of all unmarked mute swans in open water.",
     "Во время ежегодной переписи лебедей на Темзе птенцов взвешивают, измеряют и осматривают, проверяя их здоровье.",
     "Swan Upping", True, "culture"),
    ("Smith v. Allwright overruled Grovey v. Townsend, a 1935 decision that had upheld the Texas white primary.",
     "Истец по делу «Смит против Оллрайта», хьюстонский дантист Лонни Смит, не был допущен к голосованию на праймериз демократов в 1940 г.",
     "Smith v. Allwright", False, "law"),
    ("Much of the land scorched by the Tillamook Burn was replanted, partly by volunteers and schoolchildren, and became the Tillamook State Forest in 1973.",
     "Пожар 1933 года в Береговом хребте Орегона начался на участке лесозаготовок и за несколько дней охватил огромную территорию.",
     "Tillamook Burn", True, "disasters"),
    ("Gabriele Münter was among the founding members of the Neue Künstlervereinigung München in 1909.",
     "Габриэле Мюнтер долгие годы была спутницей Василия Кандинского, с которым познакомилась в мюнхенской художественной школе «Фаланга».",
     "Münter", False, "art"),
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout120.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout120.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
