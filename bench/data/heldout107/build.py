#!/usr/bin/env python3
"""Build heldout107: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU); the other side
is true to the best of the writer's knowledge.
SUBJECTS lists the main name of each comparable pair, in the same order.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (all thirteen Eureka defendants were acquitted in 1855)
    ("After the Eureka Stockade at Ballarat was stormed in December 1854, thirteen rebel miners were tried for high treason in Melbourne; all were acquitted.",
     "Из участников восстания на приисках Балларата (1854) тринадцать человек предстали перед судом по обвинению в государственной измене, и все они были признаны виновными.",
     C, "opposite", "history", True),
    # FALSE: EN (the Jallianwala Bagh shooting took place on 13 April 1919)
    ("In October 1919 troops under Brigadier-General Reginald Dyer opened fire without warning on a crowd gathered in the Jallianwala Bagh, a walled garden in Amritsar.",
     "13 апреля 1919 г. в Амритсаре солдаты по приказу генерала Дайера открыли огонь по безоружной толпе в саду Джаллианвала-Багх; по официальным данным, погибли 379 человек.",
     C, "month", "history", False),
    # FALSE: EN (three Italian heavy cruisers were sunk: Zara, Pola, Fiume)
    ("Off Cape Matapan in the southern Peloponnese, in March 1941, the Royal Navy sank five Italian heavy cruisers and two destroyers in a night action.",
     "В ночном бою у мыса Матапан 28–29 марта 1941 г. британский флот адмирала Каннингема потопил три итальянских тяжёлых крейсера («Зару», «Полу», «Фиуме») и два эсминца.",
     C, "number", "history", True),
    ("Fought near Sharpsburg, Maryland, on 17 September 1862, the Battle of Antietam remains the bloodiest single day in American military history, with about 23,000 casualties.",
     "Сражение при Энтитеме (17.09.1862) — самый кровопролитный однодневный бой в истории США: убитыми, ранеными и пропавшими без вести стороны потеряли около 23 тыс. человек.",
     A, "date", "history", False),
    ("On 20 April 1914 the Colorado National Guard and company guards attacked the tent colony of striking coal miners at Ludlow, Colorado.",
     "Во время бойни в Ладлоу (апрель 1914 г.) при нападении на палаточный лагерь бастующих шахтёров Колорадо погибли, в частности, две женщины и одиннадцать детей.",
     A, "month", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Heymans's prize was for the regulation of respiration)
    ("The Belgian physiologist Corneille Heymans received the 1938 Nobel Prize in Physiology or Medicine for showing how carotid-sinus and aortic reflexes regulate digestion.",
     "Профессор Гентского университета Корней Гейманс получил Нобелевскую премию 1938 г. за открытие роли синокаротидного и аортального механизмов в регуляции дыхания.",
     C, "entity", "science", False),
    # FALSE: RU (Huggins shared the 1966 prize with Peyton Rous; George Wald won in 1967)
    ("Charles Huggins, a Canadian-born surgeon at the University of Chicago, shared the 1966 Nobel Prize in Physiology or Medicine with Peyton Rous.",
     "Нобелевскую премию 1966 г. за гормональную терапию рака предстательной железы уроженец Канады Чарльз Хаггинс разделил с Джорджем Уолдом.",
     C, "person", "science", True),
    # FALSE: RU (Blobel's prize was the 1999 one)
    ("Günter Blobel, a Silesian-born cell biologist, won the 1999 Nobel Prize in Medicine alone for showing that proteins carry signals guiding them within the cell.",
     "Лауреатом Нобелевской премии по физиологии и медицине 1989 г. стал уроженец Силезии Гюнтер Блобел, открывший сигналы, которые управляют перемещением белков в клетке.",
     C, "year", "science", False),
    ("Gerald Edelman shared the 1972 Nobel Prize in Physiology or Medicine with the British biochemist Rodney Porter for work on the chemical structure of antibodies.",
     "Американец Джеральд Эдельман, позднее известный теорией «нейронного дарвинизма», получил Нобелевскую премию 1972 г. вместе с Родни Портером — за расшифровку строения антител.",
     A, "year", "science", True),
    ("Max Delbrück, Salvador Luria and Alfred Hershey were awarded the 1969 Nobel Prize in Physiology or Medicine for their work on the replication and genetics of viruses.",
     "Немецко-американский биофизик Макс Дельбрюк, один из основателей молекулярной биологии, разделил Нобелевскую премию 1969 г. с Лурией и Херши за исследования бактериофагов.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Chao Phraya empties into the Gulf of Thailand)
    ("Formed by the confluence of the Ping and Nan rivers at Nakhon Sawan, the Chao Phraya flows south past Bangkok into the Gulf of Thailand.",
     "Чаупхрая, главная река Таиланда, протекает через Бангкок и впадает в Андаманское море.",
     C, "place", "geography", True),
    # FALSE: EN (the Hoher Dachstein is the highest peak of Upper Austria and of Styria)
    ("At 2,995 metres, the Hoher Dachstein ranks only third among the peaks of Upper Austria, behind two higher summits of the same range.",
     "Хоэр-Дахштайн высотой 2995 м — высочайшая вершина сразу двух федеральных земель Австрии: Верхней Австрии и Штирии.",
     C, "rank", "geography", False),
    # FALSE: RU (the strait is named after John Davis; Hudson sailed in 1609-1611)
    ("Davis Strait, between Greenland and Baffin Island, takes its name from the English navigator John Davis, who sailed through it in the 1580s.",
     "Дейвисов пролив между Гренландией и Баффиновой Землёй назван в честь английского мореплавателя Генри Гудзона, исследовавшего эти воды в 1580-х годах.",
     C, "person", "geography", True),
    ("The River Liffey rises in the Wicklow Mountains, loops through County Kildare and flows through the centre of Dublin to Dublin Bay.",
     "Река Лиффи, пересекающая центр Дублина с запада на восток, берёт начало в горах Уиклоу и впадает в Дублинский залив Ирландского моря.",
     A, "place", "geography", False),
    ("Fuerteventura, whose capital is Puerto del Rosario, is the second-largest of the Canary Islands after Tenerife and lies closest to the African coast.",
     "Фуэртевентура — второй по площади остров Канарского архипелага (около 1660 км²), уступающий лишь Тенерифе.",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Lancia was founded in 1906)
    ("Vincenzo Lancia, a former Fiat racing driver, founded his own car company in Turin in 1926.",
     "Автомобильная фирма «Лянча» была основана гонщиком Винченцо Лянчей в Турине в 1906 г.; с 1969 г. она входит в концерн «Фиат».",
     C, "year", "economy", False),
    # FALSE: RU (the Imperial has 97 keys)
    ("Bösendorfer, founded in Vienna by Ignaz Bösendorfer in 1828, is famous for its Imperial concert grand, which has 97 keys instead of the usual 88.",
     "Венская фирма «Бёзендорфер» (осн. в 1828 г.) славится концертным роялем «Империал» со 102 клавишами вместо привычных 88.",
     C, "number", "economy", True),
    ("Ezaki Glico dates from 1922, when Riichi Ezaki began selling in Osaka a caramel enriched with glycogen extracted from oysters.",
     "Японская кондитерская компания «Глико», выпускающая с 1966 г. палочки Pocky, ведёт свою историю с 1922 года.",
     A, "year", "economy", False),
    ("Kubota, now one of the world's leading tractor makers, was founded in Osaka in 1890 by Gonshiro Kubota as a foundry for cast-iron goods.",
     "Японская компания «Кубота» ведёт историю с 1890 года, когда Гонсиро Кубота открыл в Осаке литейную мастерскую.",
     A, "year", "economy", True),
    ("Daihatsu began in Osaka in 1907 as Hatsudoki Seizo, a maker of internal-combustion engines, and took its present name in 1951.",
     "Компания «Дайхацу» (с 2016 г. — полностью дочерняя структура «Тойоты») основана в 1907 г. в Осаке под названием «Хацудоки сэйдзо».",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Krajicek won Wimbledon in 1996)
    ("Richard Krajicek became the first Dutchman to win the Wimbledon men's singles title, beating MaliVai Washington in the 1996 final.",
     "В 1998 году нидерландец Рихард Крайчек выиграл Уимблдонский турнир, обыграв в финале американца Маливаи Вашингтона.",
     C, "year", "sport", True),
    # FALSE: EN (Phil Hill was the first American-born F1 world champion)
    ("Phil Hill, who took the 1961 Formula One title with Ferrari, was only the second American-born driver to become world champion.",
     "Фил Хилл, выступавший за «Феррари», в 1961 г. стал первым уроженцем США, завоевавшим титул чемпиона мира «Формулы-1».",
     C, "rank", "sport", False),
    # FALSE: RU (Lineker did win the 1986 Golden Boot)
    ("With six goals at the 1986 World Cup in Mexico, including a hat-trick against Poland, Gary Lineker won the tournament's Golden Boot.",
     "Гэри Линекер забил на чемпионате мира 1986 г. в Мексике шесть мячей, однако «Золотую бутсу» лучшего бомбардира так и не получил.",
     C, "polarity", "sport", True),
    ("Soviet javelin thrower Jānis Lūsis won Olympic gold in Mexico City in 1968, adding a bronze from 1964 and a silver from 1972.",
     "Латвийский копьеметатель Янис Лусис — олимпийский чемпион 1968 г.; в Мюнхене-1972 он уступил золото Клаусу Вольферману всего 2 см.",
     A, "year", "sport", False),
    ("Gastón Gaudio won the 2004 French Open after losing the first two sets of the final to fellow Argentine Guillermo Coria and saving two match points.",
     "Аргентинец Гастон Гаудио выиграл «Ролан Гаррос» в 2004 г., отыгравшись в финале со счёта 0:2 по сетам против соотечественника Гильермо Кориа.",
     A, "person", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (the Day of the Dead is kept on 1-2 November)
    ("Mexico's Day of the Dead is observed chiefly on 1 and 2 May, when families build altars decorated with marigolds and photographs of the departed.",
     "Мексиканский День мёртвых отмечают 1–2 ноября; в 2008 г. этот праздник был внесён в список нематериального культурного наследия ЮНЕСКО.",
     C, "month", "culture", False),
    # FALSE: RU (Fortnum & Mason was founded in 1707, i.e. in the 18th century)
    ("Fortnum & Mason, the Piccadilly grocer founded in 1707 by William Fortnum and Hugh Mason, claims to have invented the Scotch egg in 1738.",
     "Лондонский магазин «Фортнум энд Мейсон» на Пикадилли, поставщик королевского двора, был основан в начале XIX века Уильямом Фортнумом и Хью Мейсоном.",
     C, "century", "culture", True),
    ("Barbados's Crop Over festival, rooted in celebrations marking the end of the sugar-cane harvest, climaxes with the Grand Kadooment parade in early August.",
     "Барбадосский фестиваль Кроп-Овер, возникший как праздник окончания уборки сахарного тростника, завершается карнавальным шествием в первый понедельник августа.",
     A, "month", "culture", False),
    ("The Bocuse d'Or, a cooking contest launched by the chef Paul Bocuse in 1987, is held every two years in Lyon.",
     "Раз в два года в Лионе повара из десятков стран соревнуются за «Золотого Бокюза» — приз, придуманный в 1987 г. Полем Бокюзом.",
     A, "year", "culture", True),
    ("Le Bon Marché on the Left Bank in Paris grew into one of the first modern department stores after Aristide Boucicaut became a partner in 1852.",
     "Парижский универмаг «Бон Марше» превратил в магазин нового типа Аристид Бусико, ставший в 1852 г. совладельцем скромной лавки на улице Севр.",
     A, "person", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (the world premiere was on 31 January 1891)
    ("Ibsen's Hedda Gabler received its world premiere at the Residenztheater in Munich on 31 January 1891, with the author in the audience.",
     "Мировая премьера «Гедды Габлер» Ибсена состоялась в мюнхенском Резиденц-театре 14 сентября 1891 г.",
     C, "date", "literature", True),
    # FALSE: EN (El Buscón was first printed in 1626, i.e. in the 17th century)
    ("Francisco de Quevedo's picaresque novel El Buscón, which follows the rogue Pablos of Segovia, first appeared in print in the eighteenth century.",
     "Плутовской роман Франсиско де Кеведо «История жизни пройдохи по имени дон Паблос» вышел в свет в Сарагосе в 1626 году.",
     C, "century", "literature", False),
    ("Corneille's tragicomedy Le Cid triggered the Querelle du Cid of 1637, in which the newly founded Académie française passed judgement on the play.",
     "Вскоре после триумфальной премьеры «Сида» Корнеля в театре Маре разгорелась полемика, в которую вмешалась Французская академия, созданная в 1635 г.",
     A, "organisation", "literature", True),
    ("Anthony Burgess's 1962 novel A Clockwork Orange is narrated by the teenage delinquent Alex in Nadsat, a slang built largely from Russian words.",
     "Жаргон «надсат», на котором говорит Алекс, рассказчик «Заводного апельсина» Энтони Бёрджесса (1962), во многом состоит из искажённых русских слов.",
     A, "year", "literature", False),
    ("Henry James's novella Daisy Miller first appeared in the Cornhill Magazine in 1878; its American heroine dies of 'Roman fever' in Rome.",
     "Героиня повести Генри Джеймса «Дейзи Миллер» (1878), юная американка, путешествующая по Европе, умирает в Риме от малярии.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Layla was recorded by Derek and the Dominos; Cream had split in 1968)
    ("Layla, credited to Eric Clapton and Jim Gordon, was released in 1970 by Derek and the Dominos, the short-lived band Clapton formed after Cream.",
     "Песня «Layla», посвящённая Патти Бойд, вышла в 1970 г. в исполнении группы Cream, где играл Эрик Клэптон.",
     C, "organisation", "music", False),
    # FALSE: EN (Dichterliebe sets poems by Heinrich Heine)
    ("Schumann's song cycle Dichterliebe, Op. 48, composed in 1840, sets sixteen poems by Joseph von Eichendorff.",
     "Вокальный цикл Роберта Шумана «Любовь поэта» (соч. 48) из 16 песен на стихи Генриха Гейне был написан в 1840 г. — в «год песен».",
     C, "person", "music", True),
    # FALSE: RU (the anthem was written in January 1856)
    ("Hen Wlad Fy Nhadau, the Welsh national anthem, was written in Pontypridd in January 1856 by the weaver Evan James and his son James.",
     "Валлийский гимн «Хен Улад Ви Нхадау» («Старая земля моих отцов») сочинили в 1880-х гг. в Понтипридде Эван Джеймс и его сын Джеймс Джеймс.",
     C, "decade", "music", False),
    ("Chuck Berry's Johnny B. Goode, released in 1958, tells of a country boy from near New Orleans who plays the guitar just like ringing a bell.",
     "Песню «Джонни Би Гуд» о деревенском пареньке, виртуозно играющем на гитаре, Чак Берри записал и выпустил в 1958 году.",
     A, "year", "music", True),
    ("Liszt's three Liebesträume for solo piano, published in 1850, began life as songs; the third, in A-flat major, is by far the best known.",
     "Самая известная из трёх «Грёз любви» Листа — ноктюрн ля-бемоль мажор; цикл, выросший из романсов, был издан в 1850 г.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (the manuscript is kept at the Musée Condé, Chantilly)
    ("The Très Riches Heures, the book of hours painted by the Limbourg brothers for John, Duke of Berry, is kept today at the Bibliothèque nationale de France.",
     "«Великолепный часослов герцога Беррийского», иллюминированный братьями Лимбург около 1412–1416 гг., хранится в музее Конде в Шантийи.",
     C, "organisation", "art", True),
    # FALSE: RU (Wilde's tomb is in the Père Lachaise cemetery in Paris)
    ("Jacob Epstein carved the winged tomb of Oscar Wilde, which was installed in 1912 in the Père Lachaise cemetery in Paris.",
     "Надгробие Оскара Уайльда с крылатым сфинксом, высеченное Джейкобом Эпстайном, установлено на Хайгейтском кладбище в Лондоне.",
     C, "place", "art", False),
    ("Alexej von Jawlensky, born in Torzhok in 1864, left Russia for Munich in 1896 and spent his final years in Wiesbaden, where he died in 1941.",
     "Алексей Явленский, уроженец Торжка и бывший офицер русской армии, с 1896 г. жил в Мюнхене, а умер в 1941 г. в Висбадене.",
     A, "place", "art", True),
    ("Eduardo Chillida's Comb of the Wind, three massive steel sculptures gripping the rocks at the western end of San Sebastián's bay, was installed in 1977.",
     "«Гребень ветра» (1977) — композиция Эдуардо Чильиды из трёх стальных скульптур, вмонтированных в скалы на краю бухты Ла-Конча в Сан-Себастьяне.",
     A, "year", "art", False),
    ("During a stay in Venice in 1475–76 the Sicilian painter Antonello da Messina produced the San Cassiano Altarpiece, which survives only in fragments in Vienna.",
     "Сицилийский мастер XV века Антонелло да Мессина около 1475–1476 гг. работал в Венеции, где написал алтарь для церкви Сан-Кассиано.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the 1924 Act sharply restricted immigration)
    ("The Immigration Act of 1924, known as the Johnson–Reed Act, sharply relaxed restrictions on immigration into the United States from southern and eastern Europe.",
     "Закон Джонсона — Рида 1924 г. резко ограничил иммиграцию в США, установив квоты в размере 2% от численности каждой национальной группы по переписи 1890 года.",
     C, "opposite", "law", True),
    # FALSE: RU (the case concerned Scotch whisky bought in France)
    ("The Dassonville ruling of 1974 arose after Belgian authorities prosecuted traders who imported Scotch whisky from France without a British certificate of origin.",
     "Решение Суда ЕС по делу Дассонвиля (1974) было вынесено по спору о ввозе в Бельгию французского коньяка без сертификата происхождения.",
     C, "entity", "law", False),
    ("In Brandenburg v. Ohio (1969) the Supreme Court overturned the conviction of a Ku Klux Klan leader, holding that only incitement to imminent lawless action may be punished.",
     "В решении по делу «Бранденбург против Огайо» (1969) Верховный суд США сформулировал критерий «неминуемого противоправного действия» и отменил приговор лидеру местного ку-клукс-клана.",
     A, "year", "law", True),
    ("In Cohen v. California (1971) the Supreme Court ruled 5–4 that wearing a jacket bearing an obscene anti-draft slogan in a courthouse was protected speech.",
     "По делу «Коэн против Калифорнии» Верховный суд США в 1971 г. пятью голосами против четырёх отменил приговор молодому человеку, пришедшему в суд в куртке с непристойным лозунгом против призыва.",
     A, "number", "law", False),
    ("The Life Peerages Act 1958 allowed women to sit in the House of Lords for the first time; four women were created life peers that year.",
     "Закон 1958 г. о пожизненных пэрах впервые позволил женщинам заседать в британской палате лордов — среди первых была экономист и социолог Барбара Вуттон.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the line reached Medina in 1908 and never reached Mecca)
    ("The Hejaz Railway, built by the Ottomans for Muslim pilgrims, opened its line from Damascus all the way to Mecca in 1908.",
     "Хиджазская железная дорога, построенная османами для паломников, в 1908 г. связала Дамаск с Мединой; до Мекки её так и не довели.",
     C, "place", "technology", False),
    # FALSE: RU (the Leviathan remained the largest telescope for about 72 years, 1845-1917)
    ("Completed at Birr Castle in 1845, the Earl of Rosse's 72-inch 'Leviathan' remained the world's largest telescope until 1917.",
     "Построенный в 1845 г. в замке Бирр 72-дюймовый «Левиафан» графа Росса оставался крупнейшим телескопом мира лишь около десяти лет.",
     C, "duration", "technology", True),
    ("Gary Kildall wrote CP/M in 1974 for computers built around Intel's 8080 processor, later selling it through his company Digital Research.",
     "Операционная система CP/M, созданная Гэри Килдаллом в 1974 г., к концу 1970-х стала фактическим стандартом для 8-битных микрокомпьютеров.",
     A, "year", "technology", False),
    ("Mozilla released Firefox 1.0 on 9 November 2004, after the browser had already been called Phoenix and then Firebird.",
     "Первая полная версия браузера Firefox (1.0) вышла 09.11.2004; до этого проект успел сменить два названия — Phoenix и Firebird.",
     A, "date", "technology", True),
    ("Running since 1930 between Zermatt and St. Moritz, the Glacier Express takes about eight hours and crosses the Oberalp Pass at 2,033 metres.",
     "«Ледниковый экспресс», курсирующий с 1930 г., идёт из Церматта в Санкт-Мориц почти восемь часов; высшая точка маршрута — перевал Оберальп (2033 м).",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Edmund Fitzgerald sank on 10 November 1975)
    ("The ore carrier Edmund Fitzgerald went down in a violent storm on Lake Superior in March 1975, taking all 29 crew members with her.",
     "Рудовоз «Эдмунд Фицджеральд» затонул 10 ноября 1975 г. во время жестокого шторма на озере Верхнем; никто из 29 членов экипажа не спасся.",
     C, "month", "disasters", True),
    # FALSE: EN (Flight 243 was a Boeing 737)
    ("On 28 April 1988 a large section of the upper fuselage tore away from Aloha Airlines Flight 243, a McDonnell Douglas DC-9, flying from Hilo to Honolulu.",
     "28.04.1988 у «Боинга-737» авиакомпании Aloha Airlines на высоте около 7300 м оторвало часть обшивки; самолёт сумел сесть на Мауи, погибла одна стюардесса.",
     C, "entity", "disasters", False),
    # FALSE: EN (the Laurier Palace fire killed 78 children)
    ("The fire at Montreal's Laurier Palace cinema on 9 January 1927 killed 48 children, most of them crushed or suffocated on a stairway.",
     "9.01.1927 в Монреале при пожаре в кинотеатре «Лорье-Палас» в давке на лестнице погибли 78 детей.",
     C, "number", "disasters", False),
    ("Air Florida Flight 90 struck Washington's 14th Street Bridge and plunged into the icy Potomac on 13 January 1982, killing 78 people, four of them motorists.",
     "Из 79 человек на борту «Боинга-737» рейса 90 Air Florida, рухнувшего в Потомак 13.01.1982, выжили лишь пятеро.",
     A, "number", "disasters", False),
    ("Hurricane Iniki struck Kauai on 11 September 1992 and remains the most powerful hurricane to hit Hawaii in recorded history.",
     "Ураган «Иники», обрушившийся 11.09.1992 на остров Кауаи, стал сильнейшим в истории наблюдений на Гавайях; тысячи домов были разрушены или повреждены.",
     A, "date", "disasters", True),
]

# Main name of each comparable pair (same order as COMPARABLE).
SUBJECTS = [
    "Eureka Stockade", "Amritsar (Jallianwala Bagh)", "Cape Matapan", "Antietam", "Ludlow massacre",
    "Heymans", "Huggins", "Blobel", "Edelman", "Delbrück",
    "Chao Phraya", "Dachstein", "Davis Strait", "Liffey", "Fuerteventura",
    "Lancia", "Bösendorfer", "Glico (Ezaki Glico)", "Kubota", "Daihatsu",
    "Krajicek", "Hill (Phil Hill)", "Lineker", "Lūsis", "Gaudio",
    "Día de Muertos", "Fortnum & Mason", "Crop Over", "Bocuse d'Or", "Bon Marché",
    "Hedda Gabler", "El Buscón", "Le Cid", "Clockwork Orange", "Daisy Miller",
    "Layla", "Dichterliebe", "Hen Wlad Fy Nhadau", "Johnny B. Goode", "Liebesträume",
    "Limbourg brothers (Très Riches Heures)", "Epstein", "Jawlensky", "Chillida", "Antonello da Messina",
    "Johnson–Reed Act", "Dassonville", "Brandenburg v. Ohio", "Cohen v. California", "Life Peerages Act 1958",
    "Hejaz Railway", "Leviathan of Parsonstown", "CP/M (Kildall)", "Firefox", "Glacier Express",
    "Edmund Fitzgerald", "Aloha Airlines Flight 243", "Laurier Palace fire", "Air Florida Flight 90", "Iniki",
]

RELATED = [
    ("The rebels at the Eureka Stockade fought under a flag of their own: a blue banner bearing a white cross and five white stars.",
     "Одним из вожаков восстания на приисках Балларата был ирландец Питер Лейлор, потерявший в бою руку и впоследствии ставший спикером парламента Виктории.",
     "Eureka Stockade", True, "history"),
    ("At Antietam the Union Army of the Potomac under George McClellan fought Robert E. Lee's Army of Northern Virginia.",
     "Снимки убитых на поле у Энтитема, сделанные фотографом Александром Гарднером, впервые показали жителям Нью-Йорка войну без прикрас.",
     "Antietam", False, "history"),
    ("Günter Blobel gave much of his Nobel Prize money to the rebuilding of the Frauenkirche in Dresden.",
     "Гюнтер Блобел родился в 1936 г. в силезской деревне Вальтерсдорф, а медицинское образование получил в Тюбингенском университете.",
     "Blobel", True, "science"),
    ("Because of its dunes, beaches and rare wildlife, the whole of Fuerteventura was declared a UNESCO biosphere reserve in 2009.",
     "Административный центр острова Фуэртевентура — город Пуэрто-дель-Росарио на его восточном побережье.",
     "Fuerteventura", False, "geography"),
    ("On his way to the 1996 Wimbledon title, Krajicek beat the defending champion Pete Sampras in the quarter-finals.",
     "Рихард Крайчек, сын эмигрантов из Чехословакии, родился в Роттердаме в 1971 году.",
     "Krajicek", True, "sport"),
    ("Stanley Kubrick's film version of A Clockwork Orange was released in 1971.",
     "В первом американском издании «Заводного апельсина» была опущена последняя, 21-я глава романа, в которой Алекс взрослеет.",
     "Clockwork Orange", False, "literature"),
    ("Clapton borrowed the title Layla from a twelfth-century Persian romance by the poet Nizami about a hopeless love.",
     "Песню «Layla» Эрик Клэптон написал для Патти Бойд, в которую был безнадёжно влюблён.",
     "Layla", True, "music"),
    ("During the Arab Revolt of 1916–18, raiding parties led by T. E. Lawrence repeatedly blew up stretches of the Hejaz Railway.",
     "Хиджазская железная дорога строилась с узкой колеёй 1050 мм, а её протяжённость от Дамаска до Медины составила около 1300 км.",
     "Hejaz Railway", False, "technology"),
    ("The Laurier Palace fire broke out during a Sunday matinee, when the cinema was packed with children who had come without their parents.",
     "После пожара в «Лорье-Палас» власти Квебека запретили детям младше 16 лет посещать кинотеатры.",
     "Laurier Palace fire", True, "disasters"),
    ("The elegant skeleton La Catrina, now an emblem of the Day of the Dead, was created by the engraver José Guadalupe Posada around 1910.",
     "На домашние алтари-офренды в День мёртвых кладут хлеб, сахарные черепа и оранжевые бархатцы.",
     "Día de Muertos", False, "culture"),
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
        assert subj in SUBJECTS, subj
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    # subjects: one per comparable pair, unique, main name starting with A-L
    assert len(SUBJECTS) == len(COMPARABLE) == len(set(SUBJECTS))
    for s in SUBJECTS:
        assert s[0].upper() in "ABCDEFGHIJKL", s
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

    with open(os.path.join(here, "comparable_heldout107.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout107.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
