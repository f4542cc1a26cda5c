#!/usr/bin/env python3
"""Build heldout104: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the garrison surprised at Trenton was Hessian, not Scottish Highlanders)
    ("Having crossed the icy Delaware overnight, Washington's troops surprised the Hessian garrison of Trenton on the morning of 26 December 1776 and took about 900 prisoners.",
     "Утром 26.12.1776 переправившиеся через Делавэр части Вашингтона внезапно атаковали Трентон и разгромили стоявший там гарнизон шотландских горцев.",
     C, "entity", "history", True),
    # FALSE: EN (Macdonough's American squadron won the battle of Plattsburgh)
    ("In the battle of Plattsburgh on 11 September 1814, Captain Thomas Macdonough's American squadron was routed by the British flotilla on Lake Champlain.",
     "11 сентября 1814 г. в заливе Платтсбург на озере Шамплейн американская эскадра Томаса Макдонаха разбила британскую флотилию, после чего армия Превоста отступила в Канаду.",
     C, "opposite", "history", False),
    # FALSE: RU (Villaviciosa was fought on 10 December 1710, i.e. in the 18th century)
    ("Fought on 10 December 1710, the battle of Villaviciosa, where the Duke of Vendôme faced Count Starhemberg, helped secure the Spanish throne for Philip V.",
     "Сражение при Вильявисьосе, одно из решающих в войне за испанское наследство, разыгралось в самом начале XVII в.",
     C, "century", "history", True),
    ("Shays' Rebellion, an armed rising of indebted farmers in western Massachusetts in 1786–87, took its name from the Revolutionary War veteran Daniel Shays.",
     "Восстание Шейса (1786–1787) охватило западные округа Массачусетса; в феврале 1787 г. его подавило ополчение штата под командованием Бенджамина Линкольна.",
     A, "place", "history", False),
    ("After the Pueblo Revolt of August 1680 drove the Spanish out of Santa Fe, they stayed away from New Mexico for twelve years.",
     "Восстание индейцев пуэбло под предводительством Попе в 1680 г. изгнало испанцев из Нью-Мексико; вернуть провинцию им удалось лишь в 1692 г.",
     A, "duration", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Wu did not share the 1957 Nobel Prize; it went to Lee and Yang)
    ("Chien-Shiung Wu's cobalt-60 experiment confirmed that parity is not conserved, but she was not among the winners of the 1957 Nobel Prize, which went to Lee and Yang.",
     "Ву Цзяньсюн, экспериментально доказавшая несохранение чётности на ядрах кобальта-60, разделила Нобелевскую премию по физике 1957 г. с Ли и Янем.",
     C, "polarity", "science", False),
    # FALSE: EN (Pontecorvo first proposed neutrino oscillations in 1957)
    ("Bruno Pontecorvo, the Italian-born physicist who moved to the Soviet Union in 1950, first put forward the idea of neutrino oscillations in the 1980s.",
     "Бруно Понтекорво, в 1950 г. перебравшийся в СССР и работавший затем в Дубне, впервые выдвинул идею осцилляций нейтрино в 1957 году.",
     C, "decade", "science", True),
    # FALSE: RU (the experiment was done at Harvard's Jefferson Laboratory, not at MIT)
    ("In 1959 Robert Pound and Glen Rebka measured the gravitational redshift of gamma rays sent up and down a 22.5-metre tower at Harvard's Jefferson Laboratory.",
     "Опыт Паунда — Ребки (1959) по измерению гравитационного красного смещения был поставлен в башне Массачусетского технологического института высотой около 22 м.",
     C, "organisation", "science", False),
    ("Arnold Sommerfeld was nominated for the Nobel Prize in Physics 84 times, more than any other physicist, yet he never received it.",
     "Арнольд Зоммерфельд, чьи ученики Гейзенберг и Паули стали нобелевскими лауреатами, сам премию так и не получил, хотя номинировался на неё более 80 раз.",
     A, "number", "science", True),
    ("The Sunyaev–Zeldovich effect, a distortion of the cosmic microwave background by hot gas in galaxy clusters, was predicted around 1970 by two Soviet astrophysicists.",
     "Искажение спектра реликового излучения горячим газом скоплений галактик предсказали Рашид Сюняев и Яков Зельдович в работах 1969–1972 гг.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Müritz is the largest lake lying wholly inside Germany)
    ("The Müritz in Mecklenburg-Western Pomerania, covering more than 110 square kilometres, is the largest lake lying wholly inside Germany.",
     "Озеро Мюриц в Мекленбурге — Передней Померании лишь второе по площади среди озёр, целиком расположенных на территории ФРГ.",
     C, "rank", "geography", True),
    # FALSE: EN (Lake Trasimeno is in Umbria, province of Perugia)
    ("Lake Trasimeno, the largest lake on the Italian peninsula at roughly 128 square kilometres, lies in Tuscany, not far from Siena.",
     "Тразименское озеро (около 128 км²), крупнейшее на Апеннинском полуострове, находится в Умбрии, в провинции Перуджа.",
     C, "place", "geography", False),
    ("The Rio Grande rises in the San Juan Mountains of southern Colorado and for some 1,250 miles forms the border between Texas and Mexico.",
     "Рио-Гранде (в Мексике её называют Рио-Браво-дель-Норте) течёт из Скалистых гор штата Колорадо к Мексиканскому заливу, отделяя Техас от Мексики.",
     A, "place", "geography", True),
    ("At 6,684 feet, Mount Mitchell in the Black Mountains of North Carolina is the highest point in the United States east of the Mississippi.",
     "Гора Митчелл (2037 м) — высочайшая вершина Аппалачей; она названа в честь профессора Элайши Митчелла, разбившегося при её исследовании в 1857 г.",
     A, "number", "geography", False),
    ("The Sonoran Desert, home of the giant saguaro cactus, covers parts of Arizona and California as well as the Mexican states of Sonora and Baja California.",
     "Пустыня Сонора площадью около 260 тыс. км² раскинулась на юго-западе США и северо-западе Мексики, включая полуостров Калифорния.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Schering was taken over by Bayer in 2006; Merck KGaA's bid failed)
    ("Schering AG, the Berlin drug maker founded by the pharmacist Ernst Schering in 1851, was taken over by Merck KGaA in 2006.",
     "Берлинский фармацевтический концерн «Шеринг», основанный аптекарем Эрнстом Шерингом в 1851 г., в 2006 г. был поглощён компанией Bayer.",
     C, "organisation", "economy", False),
    # FALSE: RU (the Ricola herb drop uses 13 herbs)
    ("Ricola, founded in 1930 by the baker Emil Richterich in Laufen near Basel, still makes its classic herb drop from a blend of 13 herbs.",
     "Фирменные леденцы «Рикола», которые Эмиль Рихтерих начал выпускать в швейцарском Лауфене, делают из смеси тридцати одной травы.",
     C, "number", "economy", True),
    ("Peroni was founded in 1846 in Vigevano, in Lombardy, by Francesco Peroni; the business moved to Rome in 1864.",
     "Пивоваренная компания «Перони» ведёт свою историю с 1846 г., когда Франческо Перони открыл небольшую пивоварню в городке Виджевано.",
     A, "year", "economy", False),
    ("The Tuborg brewery was founded in 1873 at Hellerup, just north of Copenhagen, and merged with its old rival Carlsberg in 1970.",
     "Датская пивоварня «Туборг», основанная в 1873 г., спустя без малого сто лет, в 1970-м, объединилась с Carlsberg.",
     A, "year", "economy", True),
    ("Stella Artois was first brewed in Leuven in 1926 as a Christmas beer, its name recalling the star of the festive season.",
     "Пиво «Стелла Артуа» впервые сварили в бельгийском Лёвене в 1926 г. — как праздничное, рождественское, отсюда и «звезда» в названии.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Wiggins won the Tour de France in 2012)
    ("In 2012 Bradley Wiggins became the first British rider to win the Tour de France, and less than two weeks later he took Olympic time-trial gold in London.",
     "Брэдли Уиггинс стал первым британцем, выигравшим «Тур де Франс», — это случилось в 2011 году.",
     C, "year", "sport", True),
    # FALSE: EN (Räikkönen won the 2007 title with Ferrari)
    ("Kimi Räikkönen won the 2007 Formula One world title for McLaren, finishing a single point ahead of Lewis Hamilton and Fernando Alonso.",
     "Кими Райкконен стал чемпионом мира «Формулы-1» 2007 г. в составе «Феррари», опередив Хэмилтона и Алонсо всего на одно очко.",
     C, "organisation", "sport", False),
    # FALSE: EN (Sawchuk's shutout record was broken by Martin Brodeur)
    ("Terry Sawchuk's record of 103 regular-season NHL shutouts lasted until 2009, when it was finally broken by Patrick Roy.",
     "Рекорд Терри Сойчака — 103 «сухих» матча в регулярных чемпионатах НХЛ — продержался до декабря 2009 г., когда его превзошёл Мартин Бродёр.",
     C, "person", "sport", True),
    ("Wyomia Tyus, who won the 100 metres at Tokyo in 1964 and at Mexico City in 1968, was the first sprinter to retain that Olympic title.",
     "Американка Вайомия Тайес первой в истории дважды подряд выиграла олимпийскую стометровку — в 1964 и 1968 гг.",
     A, "year", "sport", False),
    ("Stanley Matthews, then playing for Blackpool, was voted the first winner of the Ballon d'Or in 1956, at the age of 41.",
     "Первым обладателем «Золотого мяча» (1956) стал англичанин Стэнли Мэтьюз, которому тогда шёл уже 42-й год.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (the Khalsa was founded in 1699, i.e. in the late 17th century)
    ("Sikhs celebrate Vaisakhi in mid-April as the anniversary of the founding of the Khalsa by Guru Gobind Singh in the early 19th century.",
     "В праздник Вайсакхи (13 или 14 апреля) сикхи вспоминают, как гуру Гобинд Сингх в 1699 г. основал Хальсу.",
     C, "century", "culture", False),
    # FALSE: RU (Naadam is held in July, opening on 11 July)
    ("Mongolia's Naadam festival, whose main events open in Ulaanbaatar on 11 July, centres on the 'three manly games' of wrestling, horse racing and archery.",
     "Национальный праздник Наадам с борьбой, конными скачками и стрельбой из лука монголы ежегодно отмечают в конце августа.",
     C, "month", "culture", True),
    ("Pongal, the four-day Tamil harvest festival, falls in mid-January and takes its name from a dish of rice boiled with milk and jaggery.",
     "Тамильский праздник урожая Понгал отмечают в середине января; так же называется сладкое блюдо из риса, сваренного в молоке.",
     A, "month", "culture", False),
    ("Timkat, the Ethiopian Orthodox celebration of Epiphany, is held on 19 January, or on the 20th in a leap year.",
     "Тимкат — эфиопское Крещение — празднуют 19 января: накануне табот, символ Ковчега Завета, выносят из храмов к воде.",
     A, "date", "culture", True),
    ("Venice's Regata Storica is held on the first Sunday of September, opening with a parade of historic boats along the Grand Canal.",
     "Историческая регата в Венеции ежегодно проходит в сентябре: гонкам гребцов на Большом канале предшествует костюмированное шествие лодок.",
     A, "month", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Tobacco Road is set in rural Georgia)
    ("Erskine Caldwell's Tobacco Road (1932), about the destitute Lester family of sharecroppers, is set in the back country of Georgia.",
     "Действие романа Эрскина Колдуэлла «Табачная дорога» (1932) о нищей семье издольщиков Лестеров происходит в глуши Алабамы.",
     C, "place", "literature", True),
    # FALSE: EN (Redgauntlet is set in 1765)
    ("Walter Scott's Redgauntlet, published in 1824, imagines a last Jacobite conspiracy hatched on the Solway coast in the 1790s.",
     "Действие романа Вальтера Скотта «Редгонтлет» (1824) отнесено к 1765 году, когда якобиты будто бы затевают новое восстание.",
     C, "decade", "literature", False),
    ("George Gissing's New Grub Street, published in 1891, sets the failing novelist Edwin Reardon against the pushing journalist Jasper Milvain.",
     "Роман Джорджа Гиссинга «Новая Граб-стрит» (1891) рисует нравы лондонского литературного рынка конца XIX века.",
     A, "year", "literature", True),
    ("Edgar Lee Masters' Spoon River Anthology (1915) is a sequence of free-verse epitaphs spoken by the dead of a small Illinois town.",
     "В «Антологии Спун-Ривер», вышедшей в 1915 г., Эдгар Ли Мастерс дал слово более чем двумстам покойникам вымышленного городка.",
     A, "year", "literature", False),
    ("Joseph Conrad's The Secret Agent (1907) drew on the failed attempt of 1894 to blow up the Royal Observatory at Greenwich.",
     "Сюжет романа Джозефа Конрада «Тайный агент», изданного в 1907 г., навеян неудавшимся взрывом у Гринвичской обсерватории в 1894 г.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Over the Rainbow was written by Harold Arlen and Yip Harburg)
    ("Over the Rainbow, which Judy Garland sang in The Wizard of Oz (1939), was written by Irving Berlin and won the Academy Award for Best Original Song.",
     "Песню «Где-то над радугой» для фильма «Волшебник страны Оз» (1939) написали композитор Гарольд Арлен и поэт Йип Харбург; она получила «Оскар».",
     C, "person", "music", False),
    # FALSE: RU (the record stayed at No. 1 for eight weeks)
    ("Bill Haley and His Comets' Rock Around the Clock, recorded in April 1954, topped the US charts for eight weeks in 1955 after featuring in Blackboard Jungle.",
     "Записанная в 1954 г. песня Билла Хейли «Рок круглые сутки» продержалась на вершине американского хит-парада всего одну неделю.",
     C, "duration", "music", True),
    # FALSE: EN (We Are the World was recorded on the night of 28-29 January 1985)
    ("We Are the World, written by Michael Jackson and Lionel Richie, was recorded by dozens of stars in Los Angeles during one night in October 1985.",
     "Благотворительную песню «We Are the World» Майкла Джексона и Лайонела Ричи звёзды записали в Лос-Анджелесе в ночь на 29 января 1985 г.",
     C, "month", "music", False),
    ("Schoenberg wrote his string sextet Verklärte Nacht in 1899, basing it on a poem by Richard Dehmel.",
     "Струнный секстет «Просветлённая ночь» (соч. 4) 25-летний Арнольд Шёнберг сочинил в 1899 году по стихотворению Рихарда Демеля.",
     A, "year", "music", True),
    ("Das Rheingold was first staged at the Munich court theatre on 22 September 1869, on King Ludwig II's orders and against Wagner's wishes.",
     "Премьера «Золота Рейна» состоялась в Мюнхене 22.09.1869 под управлением Франца Вюлльнера.",
     A, "date", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (The Milkmaid is in the Rijksmuseum, Amsterdam)
    ("Vermeer's The Milkmaid, painted around 1658, hangs in the Rijksmuseum in Amsterdam.",
     "Небольшое полотно Яна Вермеера «Молочница» (около 1657–1658 гг.) хранится в одном из музеев Гааги.",
     C, "place", "art", True),
    # FALSE: EN (the poem 'Portrait' is by Nikolai Zabolotsky)
    ("Fyodor Rokotov's 1772 portrait of Alexandra Struyskaya inspired Boris Pasternak's poem 'Portrait', which opens with the line 'Love painting, poets!'",
     "Портрет Александры Струйской кисти Фёдора Рокотова (1772, ГТГ) вдохновил Николая Заболоцкого на стихотворение «Портрет» (1953).",
     C, "person", "art", False),
    ("The Swedish painter Anders Zorn, born in Mora in 1860, painted his celebrated Midsummer Dance in 1897.",
     "Картина «Танец в Иванов день» (1897) шведского художника Андерса Цорна хранится в Национальном музее в Стокгольме.",
     A, "year", "art", True),
    ("Kazimir Malevich's Suprematist Composition: White on White, painted in 1918, belongs to the Museum of Modern Art in New York.",
     "«Белое на белом» (1918) Казимира Малевича — один из символов супрематизма — находится в нью-йоркском Музее современного искусства.",
     A, "year", "art", False),
    ("Ilya Ostroukhov's landscape Siverko, named after a cold northerly wind, was painted in 1890 and is now in the Tretyakov Gallery.",
     "Пейзаж «Сиверко» Ильи Остроухова, написанный в 1890 г., — одна из жемчужин Третьяковской галереи.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Supreme Court upheld Anita Whitney's conviction)
    ("In Whitney v. California (1927) the Supreme Court upheld Anita Whitney's conviction under the state's Criminal Syndicalism Act, though Justice Brandeis wrote a celebrated concurrence.",
     "В 1927 г. по делу «Уитни против Калифорнии» Верховный суд США отменил приговор Аните Уитни, осуждённой по калифорнийскому закону о преступном синдикализме.",
     C, "opposite", "law", True),
    # FALSE: EN (the Court of Appeal granted the doctor an injunction)
    ("In Sturges v Bridgman (1879) the Court of Appeal did not grant the physician an injunction against the noise of his neighbour's confectionery machinery.",
     "По делу «Стёрджес против Бриджмена» (1879) апелляционный суд запретил кондитеру шуметь ступками, мешавшими врачу в новом кабинете за стеной.",
     C, "polarity", "law", False),
    # FALSE: RU (Semayne's Case was decided in 1604)
    ("In Semayne's Case, decided in 1604, Sir Edward Coke recorded that 'the house of every one is to him as his castle and fortress'.",
     "Знаменитое правило «дом человека — его крепость» прозвучало в деле Семейна, которое английский суд разбирал в 1640-х годах.",
     C, "decade", "law", True),
    ("In Taylor v Caldwell (1863) both parties were excused after the Surrey Gardens Music Hall, hired for a series of concerts, burned down.",
     "Решение по делу «Тейлор против Колдуэлла» (1863), вызванному пожаром в мюзик-холле Суррей-Гарденс, заложило основы доктрины невозможности исполнения договора.",
     A, "year", "law", False),
    ("In Skinner v. Oklahoma (1942) the Supreme Court unanimously struck down a state law providing for the compulsory sterilisation of habitual criminals.",
     "По делу «Скиннер против Оклахомы» Верховный суд США в 1942 г. единогласно (9:0) признал неконституционным закон о стерилизации рецидивистов.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the I-16 first flew on 30 December 1933)
    ("Polikarpov's I-16, the first monoplane fighter with a retractable undercarriage to enter squadron service, made its maiden flight on 30 December 1933.",
     "Истребитель-моноплан И-16 конструкции Николая Поликарпова впервые поднялся в воздух 30 декабря 1936 г.",
     C, "year", "technology", False),
    # FALSE: EN (TGV commercial service began on 27 September 1981)
    ("France's TGV entered commercial service on the new high-speed line between Paris and Lyon on 1 June 1981.",
     "Первые коммерческие рейсы скоростного поезда TGV по линии Париж — Лион начались 27 сентября 1981 г.",
     C, "date", "technology", True),
    ("The PDP-1, Digital Equipment Corporation's first computer, came out in 1959; at MIT it ran Spacewar!, one of the earliest video games.",
     "На машине PDP-1 фирмы DEC, выпущенной в 1959 г., программисты Массачусетского технологического института в 1962 г. написали одну из первых компьютерных игр.",
     A, "organisation", "technology", False),
    ("Yahoo! began in January 1994 as 'Jerry and David's Guide to the World Wide Web', a list kept by Stanford students Jerry Yang and David Filo.",
     "Интернет-портал Yahoo! основали в 1994 г. аспиранты Стэнфордского университета Джерри Янг и Дэвид Фило.",
     A, "person", "technology", True),
    ("Tandy Corporation launched the TRS-80 microcomputer in August 1977 and sold it through its RadioShack stores.",
     "Персональный компьютер TRS-80 с процессором Zilog Z80 появился в 1977 г. в магазинах сети RadioShack, принадлежавшей корпорации Tandy.",
     A, "organisation", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Meireki fire was in 1657, i.e. the mid-17th century)
    ("The Great Fire of Meireki, which raged for three days in Edo in the early eighteenth century, is thought to have killed as many as 100,000 people.",
     "Великий пожар Мэйрэки в середине XVII в. (март 1657 г.) за три дня уничтожил большую часть Эдо; погибло, по оценкам, до 100 тыс. человек.",
     C, "century", "disasters", False),
    # FALSE: RU (the Schoolhouse Blizzard struck on 12 January 1888)
    ("The Schoolhouse Blizzard of 12 January 1888 struck the Great Plains without warning, killing about 235 people, many of them children walking home from school.",
     "Так называемая «школьная метель», внезапно обрушившаяся на Небраску и Дакоту 2 марта 1888 г., унесла около 235 жизней.",
     C, "date", "disasters", True),
    # FALSE: EN (the Santika fire killed more than 60 people: 66)
    ("The fire at the Santika nightclub in Bangkok shortly after midnight on New Year's Day 2009 killed 16 people.",
     "Пожар в бангкокском ночном клубе «Сантика» в новогоднюю ночь 2009 г., начавшийся после запуска пиротехники, унёс жизни более 60 человек.",
     C, "number", "disasters", False),
    ("On 9 June 1953 a tornado carved a path through Worcester, Massachusetts, killing 94 people.",
     "Торнадо, обрушившийся 09.06.1953 на Вустер (штат Массачусетс), унёс 94 жизни — больше, чем любой другой смерч в истории Новой Англии.",
     A, "date", "disasters", True),
    ("The EF5 tornado that hit Moore, Oklahoma, on 20 May 2013 killed 24 people, seven of them children at Plaza Towers Elementary School.",
     "Смерч высшей категории EF5, разрушивший 20 мая 2013 г. значительную часть города Мур в Оклахоме, погубил 24 человека.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Thomas Macdonough's flagship in the battle of Plattsburgh Bay was the corvette USS Saratoga.",
     "Сражение при Платтсбурге произошло в сентябре 1814 г., за три с небольшим месяца до подписания Гентского мирного договора.",
     "Plattsburgh", True, "history"),
    ("Before her parity experiment, Chien-Shiung Wu had worked on the Manhattan Project at Columbia University.",
     "В 1978 г. Ву Цзяньсюн стала первым лауреатом премии Вольфа по физике.",
     "Wu experiment", False, "science"),
    ("Müritz National Park, set up in 1990, stretches along the lake's eastern shore.",
     "На северном берегу озера Мюриц расположен старинный курортный городок Варен, популярный у туристов и яхтсменов.",
     "Müritz", True, "geography"),
    ("Peroni's best-known lager, Nastro Azzurro, was first launched on the Italian market in 1963.",
     "В 2016 г. итальянскую пивоваренную компанию «Перони» купила японская корпорация Asahi.",
     "Peroni", False, "economy"),
    ("Kimi Räikkönen made his Formula One debut in 2001 with the Swiss Sauber team.",
     "В 2010–2011 гг., взяв паузу в «Формуле-1», Кими Райкконен выступал в чемпионате мира по ралли.",
     "Räikkönen", True, "sport"),
    ("In 2010 UNESCO inscribed Naadam on its list of the intangible cultural heritage of humanity.",
     "Наездниками в конных скачках Наадама, которые идут на десятки километров, обычно бывают дети.",
     "Naadam", False, "culture"),
    ("The stage version of Tobacco Road ran on Broadway from 1933 to 1941, for more than 3,000 performances.",
     "В 1941 г. «Табачную дорогу» Эрскина Колдуэлла экранизировал Джон Форд.",
     "Tobacco Road", True, "literature"),
    ("Das Rheingold, the prologue to Wagner's Ring cycle, is played in a single act of four scenes without an interval.",
     "Впервые в составе полного цикла «Кольцо нибелунга» «Золото Рейна» прозвучало в Байройте в августе 1876 г.",
     "Das Rheingold", False, "music"),
    ("The Rijksmuseum acquired The Milkmaid in 1908 from the collection of the Six family.",
     "Картина Вермеера «Молочница» невелика: её размер — примерно 45 на 41 сантиметр.",
     "The Milkmaid", True, "art"),
    ("According to legend, the Great Fire of Meireki started when a cursed kimono was burned at a temple.",
     "После пожара Мэйрэки сгоревшую главную башню замка Эдо так больше и не восстановили.",
     "Meireki", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout104.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout104.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
