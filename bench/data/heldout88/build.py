#!/usr/bin/env python3
"""Build heldout88: independent EN/RU claim pairs (stdlib only).

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
    ("On 3 April 1367, near Nájera in northern Castile, the Black Prince's Anglo-Gascon army crushed Henry of Trastámara and restored Peter the Cruel to his throne.",
     "Битва при Нахере (3.IV.1367) закончилась разгромом войска Энрике Трастамарского; в плен к англичанам попал и Бертран Дюгеклен.",
     A, "date", "history", True),
    # FALSE: EN (at Meloria the Genoese destroyed the Pisan fleet, not the reverse)
    ("In the naval battle of Meloria, fought off Livorno in August 1284, the Pisan fleet routed the Genoese and captured thousands of their sailors.",
     "6 августа 1284 г. у островка Мелория генуэзский флот под командованием Оберто Дориа наголову разбил пизанцев, взяв в плен несколько тысяч человек.",
     C, "opposite", "history", False),
    # FALSE: RU (Stirling Bridge was fought on 11 September 1297)
    ("Scottish forces led by Andrew Moray and William Wallace defeated the Earl of Surrey's English army at Stirling Bridge on 11 September 1297.",
     "Сражение у Стерлингского моста, в котором Уильям Уоллес и Эндрю Морей разбили англичан, произошло 23 сентября 1297 года.",
     C, "date", "history", True),
    ("At Tarutino on 18 October 1812 the Russians under Bennigsen attacked Murat's vanguard and drove it back; the next day Napoleon began to evacuate Moscow.",
     "Тарутинский бой 6 (18) октября 1812 г. закончился поражением и отступлением авангарда, которым командовал маршал Мюрат.",
     A, "date", "history", False),
    # FALSE: EN (Verneuil was fought on 17 August 1424, i.e. in the fifteenth century)
    ("The battle of Verneuil in Normandy, where the Duke of Bedford crushed a Franco-Scottish army, was fought in the fourteenth century.",
     "17 августа 1424 г. при Вернёе английская армия герцога Бедфорда разгромила французов и их шотландских союзников; граф Бьюкен пал в бою.",
     C, "century", "history", True),
    # ---------------- science ----------------
    ("Hermann J. Muller, who showed in 1927 that X-rays cause mutations in fruit flies, received the Nobel Prize in Physiology or Medicine in 1946.",
     "Нобелевскую премию 1946 года по физиологии и медицине получил американский генетик Герман Мёллер, открывший мутагенное действие рентгеновских лучей.",
     A, "year", "science", False),
    # FALSE: RU (Merrifield worked at the Rockefeller University, not Harvard)
    ("Bruce Merrifield, who devised solid-phase peptide synthesis at the Rockefeller University in New York, was the sole winner of the 1984 Nobel Prize in Chemistry.",
     "Брюс Меррифилд разработал метод твердофазного синтеза пептидов, работая в Гарвардском университете; в 1984 г. ему присудили Нобелевскую премию по химии.",
     C, "organisation", "science", True),
    ("The German chemist Georg Wittig, known for the reaction that bears his name, shared the 1979 Nobel Prize in Chemistry with Herbert C. Brown.",
     "Вместе с Гербертом Брауном лауреатом Нобелевской премии по химии за 1979 г. стал Георг Виттиг, много лет преподававший в Гейдельберге.",
     A, "person", "science", True),
    # FALSE: EN (Perrin's Nobel Prize in Physics was awarded for 1926)
    ("Jean Perrin, whose experiments on Brownian motion confirmed the reality of atoms, received the Nobel Prize in Physics in 1936.",
     "Французский физик Жан Перрен, экспериментально подтвердивший атомную природу вещества, стал нобелевским лауреатом по физике в 1926 году.",
     C, "year", "science", False),
    ("Working at the Pasteur Institute in Tunis, Charles Nicolle showed in 1909 that epidemic typhus is spread by the body louse.",
     "Директор Пастеровского института в Тунисе Шарль Николь, доказавший роль платяной вши в передаче сыпного тифа, получил Нобелевскую премию в 1928 г.",
     A, "place", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Maranon rises in the Peruvian Andes)
    ("Rising high in the Andes of Bolivia, the Marañón flows north and then east before it meets the Ucayali and forms the Amazon.",
     "Мараньон берёт начало в перуанских Андах и, слившись с Укаяли, образует Амазонку.",
     C, "place", "geography", True),
    ("The Taygetus range, whose highest summit reaches about 2,400 metres, is the loftiest mountain range of the Peloponnese.",
     "Тайгет — самый высокий хребет Пелопоннеса: его главная вершина, Профитис-Илиас, поднимается над морем более чем на 2400 м.",
     A, "rank", "geography", False),
    # FALSE: RU (the Maritsa is about 480 km long)
    ("The Maritsa, which rises in Bulgaria's Rila mountains and later marks the Greek–Turkish border, is about 480 km long.",
     "Длина реки Марица, текущей из Рилы через Пловдив к Эгейскому морю, составляет около 850 км.",
     C, "number", "geography", False),
    ("Rising in the Eastern Carpathians, the Mureș crosses Transylvania and flows into the Tisza at Szeged, in southern Hungary.",
     "Река Муреш, протекающая через Тыргу-Муреш и Алба-Юлию, впадает в Тису у венгерского города Сегед.",
     A, "place", "geography", True),
    # FALSE: EN (the Zeravshan no longer reaches the Amu Darya)
    ("Fed by a glacier in Tajikistan, the Zeravshan waters the oases of Samarkand and Bukhara and today still reaches the Amu Darya.",
     "Зеравшан, берущий начало из одноимённого ледника в Таджикистане, в наши дни не доходит до Амударьи, теряясь в песках.",
     C, "polarity", "geography", False),
    # ---------------- economy ----------------
    ("Signed in Lisbon on 27 December 1703, the Methuen Treaty opened Portugal to English woollens and cut the duty on Portuguese wines in England.",
     "По Метуэнскому договору, заключённому Англией и Португалией в декабре 1703 г., португальские вина облагались в Англии пошлиной на треть ниже французских.",
     A, "date", "economy", False),
    # FALSE: RU (van Houten's press was patented in 1828)
    ("In 1828 the Amsterdam chemist Coenraad van Houten patented a press that squeezed most of the fat out of cocoa, producing cocoa powder.",
     "Пресс для отделения какао-масла, давший миру какао-порошок, голландец Конрад ван Хаутен запатентовал в 1880-х годах.",
     C, "decade", "economy", True),
    ("By 1914 the Moscow publishing house of Ivan Sytin was turning out roughly a quarter of all books printed in the Russian Empire.",
     "Накануне Первой мировой войны на долю издательства И. Д. Сытина приходилась примерно четверть всей книжной продукции России.",
     A, "number", "economy", True),
    # FALSE: EN (the Studebaker brothers started out in South Bend, Indiana)
    ("Studebaker began in 1852 as a wagon-building shop set up by Henry and Clement Studebaker in Detroit, Michigan.",
     "Компания «Студебекер» ведёт историю от кузнечно-тележной мастерской, которую братья Генри и Клемент Студебекеры открыли в 1852 году в Саут-Бенде (Индиана).",
     C, "place", "economy", True),
    ("Western Union, founded in 1851 in Rochester, New York, took its present name five years later.",
     "«Вестерн Юнион», созданная в Рочестере в 1851 году, в октябре 1861 г. завершила строительство первой телеграфной линии, пересёкшей США от океана до океана.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Weissmuller won five Olympic gold medals)
    ("Before becoming Hollywood's Tarzan, Johnny Weissmuller won five Olympic swimming titles, three in Paris in 1924 and two in Amsterdam in 1928.",
     "Джонни Вайсмюллер, позднее прославившийся в роли Тарзана, завоевал на Олимпиадах 1924 и 1928 годов в общей сложности восемь золотых медалей в плавании.",
     C, "number", "sport", False),
    ("Irena Szewińska won the 400 metres at the 1976 Montreal Olympics in a world record of 49.29 seconds.",
     "Ирена Шевиньская (Польша) выиграла олимпийский финал в беге на 400 м в Монреале с мировым рекордом — 49,29 с.",
     A, "number", "sport", True),
    # FALSE: EN (Petit-Breton was the first double winner of the Tour)
    ("By winning in 1907 and 1908, Lucien Petit-Breton became the third rider to take the Tour de France twice.",
     "Люсьен Пети-Бретон, победитель «Тур де Франс» 1907 и 1908 гг., первым в истории выиграл эту гонку дважды.",
     C, "rank", "sport", False),
    # FALSE: EN (the final was played on 10 July 1960)
    ("Igor Netto captained the Soviet team that beat Yugoslavia 2–1 after extra time in Paris in June 1960 to win the first European Nations' Cup.",
     "10 июля 1960 г. в Париже сборная СССР во главе с капитаном Игорем Нетто обыграла Югославию (2:1) и стала первым обладателем Кубка Европы.",
     C, "month", "sport", True),
    ("On 12 August 1975 in Gothenburg, New Zealand's John Walker became the first man to run the mile in under 3 minutes 50 seconds.",
     "Новозеландец Джон Уокер в августе 1975 года в Гётеборге пробежал милю за 3.49,4 — впервые в истории быстрее 3 мин 50 с.",
     A, "date", "sport", False),
    # ---------------- culture ----------------
    ("The Savonlinna Opera Festival, staged in the courtyard of the medieval Olavinlinna castle, was founded in 1912 by the Finnish soprano Aino Ackté.",
     "Инициатором первого оперного фестиваля в крепости Олавинлинна в Савонлинне стала знаменитая финская певица Айно Акте.",
     A, "person", "culture", True),
    # FALSE: RU (the faster the Boeoegg's head explodes, the better the summer)
    ("At Zurich's Sechseläuten spring festival the Böögg, a snowman effigy, is burned, and the faster its head explodes, the finer the coming summer is said to be.",
     "По поверью, связанному с цюрихским праздником Зексилойтен, чем дольше горит чучело Бёэгга, прежде чем взорвётся его голова, тем лучше будет лето.",
     C, "opposite", "culture", False),
    # FALSE: RU (the Old Vic opened in 1818)
    ("The Old Vic in Lambeth opened in May 1818 as the Royal Coburg Theatre, named after Prince Leopold of Saxe-Coburg.",
     "Лондонский театр «Олд Вик», служивший с 1963 по 1976 г. сценой Национального театра, открылся в 1838 году как Королевский Кобургский театр.",
     C, "year", "culture", False),
    ("Milan's Pinacoteca di Brera opened to the public in 1809, when the city was the capital of the Napoleonic Kingdom of Italy.",
     "Пинакотека Брера в Милане, где хранится «Обручение Девы Марии» Рафаэля, была открыта для публики в 1809 году.",
     A, "year", "culture", True),
    ("Songkran, the Thai New Year, is celebrated from 13 to 15 April, when people splash water on each other in the streets.",
     "Тайский Новый год Сонгкран отмечают в середине апреля (13–15.IV) — с массовыми обливаниями водой на улицах городов.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Therese Raquin, published in 1867, is set in nineteenth-century Paris)
    ("Émile Zola's Thérèse Raquin, published in 1867, is set in nineteenth-century Paris, in a gloomy shop in the Passage du Pont-Neuf.",
     "Действие романа Эмиля Золя «Тереза Ракен» разворачивается в Париже XVII века, в мрачной лавке в пассаже Пон-Нёф.",
     C, "century", "literature", True),
    ("Daniel Defoe's Moll Flanders, the story of a woman born in Newgate Prison, first appeared in 1722.",
     "Роман Даниэля Дефо «Радости и горести знаменитой Молль Флендерс» был издан в Лондоне в 1722 году.",
     A, "year", "literature", False),
    # FALSE: RU (The Vicar of Wakefield is by Oliver Goldsmith)
    ("The Vicar of Wakefield, Oliver Goldsmith's only novel, was published in 1766, reportedly after Samuel Johnson sold the manuscript to rescue its author from debt.",
     "Роман «Векфильдский священник», вышедший в свет в 1766 г., принадлежит перу Лоренса Стерна.",
     C, "person", "literature", False),
    # FALSE: EN (McTeague is a dentist practising without a licence)
    ("Frank Norris's 1899 novel McTeague follows an unlicensed lawyer in San Francisco whose marriage is wrecked by greed.",
     "Герой романа Фрэнка Норриса «Мактиг» (1899) — сан-францисский зубной врач, практикующий без диплома; по книге Эрих фон Штрогейм снял фильм «Алчность».",
     C, "entity", "literature", True),
    ("Ibsen wrote Rosmersholm, a drama about the former pastor Johannes Rosmer and Rebekka West, in 1886.",
     "Пьеса Генрика Ибсена «Росмерсхольм» вышла в свет в 1886 году, а впервые была поставлена в Бергене в январе 1887 г.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    ("Prokofiev's ballet Romeo and Juliet was first staged not in the Soviet Union but in Brno, Czechoslovakia, in December 1938.",
     "Мировая премьера балета Сергея Прокофьева «Ромео и Джульетта» состоялась 30 декабря 1938 г. в чехословацком Брно.",
     A, "place", "music", True),
    # FALSE: RU (the revised version came 24 years after the 1857 premiere, in 1881)
    ("Verdi's Simon Boccanegra failed at La Fenice in 1857, and it was only 24 years later that a revised version triumphed at La Scala.",
     "Через четыре года после неудачной венецианской премьеры 1857 года Верди представил в «Ла Скала» новую редакцию «Симона Бокканегры».",
     C, "duration", "music", False),
    ("Ravel wrote his Pavane for a Dead Princess for solo piano in 1899 and orchestrated it in 1910.",
     "«Павана на смерть инфанты» Мориса Равеля, сочинённая в 1899 г. для фортепиано, получила оркестровую версию в 1910 г.",
     A, "year", "music", False),
    ("I puritani, first performed at the Théâtre-Italien in Paris in January 1835, was Bellini's last opera.",
     "«Пуритане», поставленные в Париже в 1835 году, стали последней оперой Винченцо Беллини, умершего в сентябре того же года.",
     A, "rank", "music", True),
    # FALSE: RU (Mavra is based on Pushkin's The Little House in Kolomna)
    ("Stravinsky's one-act comic opera Mavra, first performed in Paris in June 1922, is based on Pushkin's verse tale The Little House in Kolomna.",
     "Сюжет одноактной оперы Стравинского «Мавра» (Париж, 1922) заимствован из пушкинской «Пиковой дамы».",
     C, "entity", "music", True),
    # ---------------- art ----------------
    ("Quentin Massys's The Moneylender and His Wife, painted in Antwerp in 1514, hangs in the Louvre.",
     "Картина «Меняла с женой» (1514) нидерландского мастера Квентина Массейса находится в парижском Лувре.",
     A, "place", "art", False),
    # FALSE: EN (Potter died in January 1654 aged 28)
    ("Paulus Potter, whose life-size Young Bull of 1647 is a star of the Mauritshuis, died in 1654 at the age of 48.",
     "Паулюс Поттер, автор «Молодого быка» (1647) из собрания Маурицхёйса, умер в январе 1654 г., прожив всего 28 лет.",
     C, "duration", "art", True),
    # FALSE: EN (The Poor Poet belongs to the Neue Pinakothek in Munich)
    ("Carl Spitzweg's The Poor Poet of 1839, showing a writer in bed under an umbrella in a leaky garret, belongs to the Louvre.",
     "«Бедный поэт» (1839) Карла Шпицвега — одна из самых известных картин мюнхенской Новой пинакотеки.",
     C, "organisation", "art", False),
    # FALSE: EN (the Perseus was commissioned by Duke Cosimo I de' Medici)
    ("Benvenuto Cellini cast his bronze Perseus with the Head of Medusa, which stands in Florence's Loggia dei Lanzi, for Lorenzo the Magnificent.",
     "Бронзовый «Персей» Бенвенуто Челлини, установленный в 1554 г. в Лоджии деи Ланци, был заказан скульптору герцогом Козимо I Медичи.",
     C, "person", "art", True),
    ("Paolo Troubetzkoy's massive equestrian statue of Alexander III was unveiled on Znamenskaya Square in St Petersburg in 1909.",
     "Конный памятник Александру III работы Паоло Трубецкого открыли в 1909 г.; с 1994 г. он стоит во дворе Мраморного дворца.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Statute of Pleading required pleadings in English)
    ("The Statute of Pleading of 1362 required that cases in English courts be argued in English, although the records were still kept in Latin.",
     "Статут о судопроизводстве 1362 г. не разрешал вести устные прения в английских судах на английском языке.",
     C, "polarity", "law", True),
    ("The Municipal Corporations Act of 1835 replaced England's self-selecting town oligarchies with councils elected by ratepayers.",
     "Закон о муниципальных корпорациях 1835 г. ввёл в 178 городах Англии и Уэльса советы, избираемые налогоплательщиками.",
     A, "year", "law", False),
    # FALSE: RU (the Official Secrets Act 1911 was passed in August 1911)
    ("Britain's Official Secrets Act 1911 was rushed through Parliament in August 1911 amid fears of German espionage.",
     "Британский закон о государственной тайне, заменивший акт 1889 г., парламент принял в марте 1911 г. на волне шпиономании.",
     C, "month", "law", False),
    ("Issued in 1863 by the interior minister Pyotr Valuev, a confidential circular banned most religious and educational books in Ukrainian.",
     "Валуевский циркуляр от 18 июля 1863 г. запрещал печатать на украинском языке учебную и духовную литературу, допуская художественную.",
     A, "year", "law", True),
    ("Passed under Edward III in 1351, the Treason Act defined high treason, including plotting the king's death and levying war against him.",
     "Статут об измене 1351 г., принятый при Эдуарде III, отнёс к государственной измене покушение на жизнь короля и войну против него; отдельные его положения действуют поныне.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the spinning jenny was invented by James Hargreaves)
    ("The spinning jenny, a hand-driven machine that let one worker spin several threads at once, was invented by James Hargreaves in Lancashire around 1764.",
     "Прядильную машину «Дженни», позволявшую одному работнику прясть сразу несколько нитей, изобрёл около 1764 г. Ричард Аркрайт.",
     C, "person", "technology", False),
    # FALSE: EN (Hunt patented the safety pin in 1849)
    ("The American mechanic Walter Hunt patented the safety pin in 1879 and sold the rights for just 400 dollars.",
     "Английскую булавку изобрёл нью-йоркский механик Уолтер Хант, получивший на неё патент в апреле 1849 г. и продавший права за 400 долларов.",
     C, "year", "technology", True),
    # FALSE: EN (the Mellotron appeared in Birmingham in 1963)
    ("The Mellotron, a keyboard instrument that plays back sounds recorded on lengths of tape, was developed in Birmingham, England, in the 1980s.",
     "Меллотрон — клавишный инструмент, воспроизводящий звуки с магнитных лент, — появился в Бирмингеме в 1963 году; его слышно во вступлении к «Strawberry Fields Forever».",
     C, "decade", "technology", False),
    ("At the 1881 electrical exhibition in Paris, Clément Ader's theatrophone let visitors hear live performances from the Opéra through telephone receivers.",
     "Театрофон Клемана Адера, представленный на Международной электрической выставке в Париже в 1881 г., транслировал по телефонным линиям спектакли Оперы.",
     A, "year", "technology", True),
    ("Eadweard Muybridge built the zoopraxiscope, which projected moving images from painted glass discs, in 1879.",
     "В 1879 году Эдвард Мейбридж создал зоопраксископ — проектор, показывавший движущиеся изображения с вращающихся стеклянных дисков.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Northfleet was run down on the night of 22 January 1873)
    ("The emigrant ship Northfleet, bound for Tasmania, sank off Dungeness on the night of 12 January 1873 after being rammed by a steamer; 293 people drowned.",
     "Вечером 22 января 1873 г. в стоявший на якоре у Дандженесса эмигрантский парусник «Нортфлит» врезался испанский пароход «Мурильо»; погибли 293 человека.",
     C, "date", "disasters", True),
    ("In the Victoria Hall disaster of 16 June 1883 in Sunderland, 183 children were crushed to death on a staircase while rushing for free toys.",
     "Давка в зале «Виктория-холл» в Сандерленде в июне 1883 г. унесла жизни 183 детей, бросившихся за обещанными игрушками.",
     A, "number", "disasters", False),
    # FALSE: RU (the Mohegan was wrecked on 14 October 1898)
    ("The liner Mohegan struck the Manacles reef off Cornwall in October 1898 on her way from London to New York, and 106 people died.",
     "Лайнер «Мохеган», следовавший из Лондона в Нью-Йорк, в апреле 1898 г. налетел на рифы Манаклз у берегов Корнуолла.",
     C, "month", "disasters", False),
    ("When the submarine USS Squalus sank off New Hampshire in May 1939, 26 men died, but 33 survivors were brought up in a rescue chamber.",
     "Из экипажа затонувшей в 1939 г. подлодки «Сквалус» 33 человека спасли с помощью спасательной камеры Маккэнна; 26 моряков погибли.",
     A, "number", "disasters", True),
    ("The Mino–Owari earthquake, which struck central Japan on 28 October 1891, killed more than 7,000 people.",
     "Землетрясение Мино-Овари 28.10.1891 в нынешних префектурах Гифу и Айти унесло жизни более 7 тыс. человек.",
     A, "date", "disasters", True),
]

RELATED = [
    ("The defeat at Meloria in 1284 broke Pisa's power at sea and left Genoa the leading maritime republic of the western Mediterranean.",
     "Битва при Мелории произошла у небольшого островка напротив Ливорно, в Лигурийском море.",
     "Meloria", True, "history"),
    ("Charles Nicolle directed the Pasteur Institute of Tunis from 1903 until his death in 1936.",
     "Шарль Николь получил Нобелевскую премию по физиологии и медицине 1928 года за исследования сыпного тифа.",
     "Nicolle", False, "science"),
    ("In Greece the Maritsa is known as the Evros, and in Turkey as the Meriç.",
     "Река Марица протекает через Пловдив — второй по численности населения город Болгарии.",
     "Maritsa", True, "geography"),
    ("The Methuen Treaty of 1703 was negotiated on the English side by the envoy John Methuen.",
     "Метуэнский договор 1703 г. открыл португальский рынок для английских шерстяных тканей.",
     "Methuen", False, "economy"),
    ("In 1922 Johnny Weissmuller became the first swimmer to cover 100 metres freestyle in under a minute.",
     "Начиная с 1932 года Джонни Вайсмюллер сыграл Тарзана в двенадцати голливудских фильмах.",
     "Weissmuller", True, "sport"),
    ("From 1912 the Old Vic was run by Lilian Baylis, under whom all of Shakespeare's First Folio plays were staged there.",
     "В 1963–1976 гг. в здании лондонского театра «Олд Вик» работала труппа Национального театра во главе с Лоуренсом Оливье.",
     "Old Vic", False, "culture"),
    ("Zola later adapted Thérèse Raquin for the stage, and the play opened in Paris in 1873.",
     "В романе «Тереза Ракен» героиня и её любовник Лоран топят её мужа Камиля во время лодочной прогулки.",
     "Thérèse Raquin", True, "literature"),
    ("Prokofiev later arranged music from Romeo and Juliet into three orchestral suites and a set of ten piano pieces.",
     "На сцене Кировского театра балет Прокофьева «Ромео и Джульетта» впервые показали 11 января 1940 года.",
     "Romeo and Juliet", False, "music"),
    ("In his autobiography Benvenuto Cellini gave a dramatic account of casting his Perseus in bronze.",
     "Бронзовый «Персей» Челлини изображает героя, держащего в поднятой руке отрубленную голову Медузы.",
     "Cellini", True, "art"),
    ("The Victoria Hall tragedy led to laws requiring public venues to have emergency doors that open outwards.",
     "Катастрофа в сандерлендском зале «Виктория-холл» произошла 16 июня 1883 года.",
     "Victoria Hall", False, "disasters"),
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


def false_sides(path):
    """Count the '# FALSE: EN' / '# FALSE: RU' comments of the contradict rows."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    return count(re.findall(r"^\s*# FALSE: (EN|RU)\b", src, flags=re.M))


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
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    fs = false_sides(os.path.abspath(__file__))
    assert fs == {"EN": 15, "RU": 15}, fs
    rel_doms = count(r["domain"] for r in rel)

    with open(os.path.join(here, "comparable_heldout88.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout88.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", fs)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain x label:", count((r["domain"], r["label"]) for r in comp))
    print("related domains:", rel_doms)


if __name__ == "__main__":
    main()
