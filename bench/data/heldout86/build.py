#!/usr/bin/env python3
"""Build heldout86: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (Luxembourg's French army defeated William III at Neerwinden/Landen)
    ("At Neerwinden in July 1693 the allied army of King William III defeated the French forces commanded by the Duke of Luxembourg.",
     "29 июля 1693 г. при Неервиндене французская армия маршала Люксембурга разгромила войска Вильгельма III Оранского; это сражение известно также как битва при Ландене.",
     C, "opposite", "history", True),
    # FALSE: RU (Nafels was fought in 1388, i.e. the fourteenth century)
    ("On 9 April 1388 a small force from Glarus routed a much larger Habsburg army in the valley at Näfels.",
     "Победа гларусцев над австрийским войском Габсбургов при Нефельсе, одержанная в XV веке, до сих пор отмечается ежегодным шествием.",
     C, "century", "history", False),
    # FALSE: RU (Wellesley commanded at Talavera; Sir John Moore had died at Corunna in January 1809)
    ("At Talavera on 27–28 July 1809 Sir Arthur Wellesley's British troops, fighting alongside General Cuesta's Spaniards, beat off repeated French attacks.",
     "В сражении при Талавере в июле 1809 г. британскими войсками, отбившими вместе с испанцами атаки французов, командовал сэр Джон Мур.",
     C, "person", "history", True),
    ("The Battle of Oudenarde, fought on July 11, 1708, ended in victory for Marlborough and Prince Eugene over the French under Vendôme and the Duke of Burgundy.",
     "11 июля 1708 г. у Ауденарде во Фландрии союзные войска Мальборо и Евгения Савойского разбили французов.",
     A, "date", "history", False),
    ("Fought on 10 February 1846, the Battle of Sobraon was the decisive and final engagement of the First Anglo-Sikh War.",
     "Сражение при Собраоне в 1846 году, в котором британцы под командованием Хью Гофа разбили сикхов, завершило Первую англо-сикхскую войну.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Maupertuis went to Lapland; the Peru expedition was La Condamine's)
    ("In 1736–37 Pierre Louis Maupertuis led a French expedition to Peru to measure a degree of the meridian and test whether the Earth is flattened at the poles.",
     "Экспедиция Мопертюи 1736–1737 гг. в Лапландию, в долину реки Торнио, подтвердила, что Земля сплюснута у полюсов.",
     C, "place", "science", False),
    # FALSE: RU (Marignac discovered ytterbium; gallium was found by Lecoq de Boisbaudran)
    ("In 1878 the Geneva chemist Jean Charles Galissard de Marignac separated a new element, ytterbium, from the earth then known as erbia.",
     "Швейцарский химик Жан Шарль Мариньяк, работавший в Женеве, в 1878 г. открыл новый химический элемент — галлий.",
     C, "entity", "science", False),
    ("In the 1760s Lazzaro Spallanzani showed that broth boiled for long enough in sealed flasks stayed free of microbes, challenging the idea of spontaneous generation.",
     "Опыты, в которых Ладзаро Спалланцани долго кипятил питательные настои в запаянных колбах, были поставлены в 1760-х годах и опровергали теорию самозарождения.",
     A, "decade", "science", True),
    # FALSE: EN (Woodward's Nobel Prize was for 1965)
    ("The American organic chemist Robert Burns Woodward, who synthesised quinine, cholesterol and chlorophyll, won the Nobel Prize in Chemistry in 1969.",
     "Роберт Бёрнс Вудворд получил Нобелевскую премию по химии 1965 года за выдающийся вклад в искусство органического синтеза.",
     C, "year", "science", True),
    ("The Great Comet of 1861 was first spotted on 13 May of that year by the amateur astronomer John Tebbutt at Windsor, New South Wales.",
     "Большую комету 1861 года открыл в мае австралийский любитель астрономии Джон Теббут.",
     A, "month", "science", False),
    # ---------------- geography ----------------
    ("Rising on the Tibetan Plateau, the Salween flows south through Yunnan and Myanmar and empties into the Andaman Sea near Mawlamyine.",
     "Салуин, который в Китае называют Нуцзян, впадает в Андаманское море у мьянманского города Моламьяйн.",
     A, "place", "geography", False),
    # FALSE: EN (the Rovuma divides Tanzania from Mozambique, not Kenya)
    ("For most of its roughly 800-kilometre course, the Rovuma marks the border between Tanzania and Kenya before reaching the Indian Ocean.",
     "Река Рувума (Ровума) на большей части своего течения служит границей между Танзанией и Мозамбиком и впадает в Индийский океан.",
     C, "place", "geography", True),
    # FALSE: RU (the Narmada flows west, to the Arabian Sea)
    ("Unlike most of the large rivers of peninsular India, the Narmada flows westwards, reaching the Arabian Sea through the Gulf of Khambhat.",
     "Нармада, берущая начало на плато Амаркантак, в отличие от большинства крупных рек Индостана течёт с запада на восток.",
     C, "opposite", "geography", False),
    # FALSE: RU (the Sepik is the longest river of New Guinea)
    ("The Sepik, which winds for about 1,100 km through the north of Papua New Guinea, is the longest river on the island of New Guinea.",
     "Сепик длиной около 1100 км — лишь третья по длине река острова Новая Гвинея.",
     C, "rank", "geography", True),
    ("Lake Wakatipu, the long, zigzag-shaped lake beside Queenstown, stretches for about 80 kilometres, making it New Zealand's longest lake.",
     "Озеро Уакатипу на Южном острове Новой Зеландии имеет длину 80 км и по площади занимает третье место в стране.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (the manufactory was Colbert's initiative; Mazarin died in 1661)
    ("Saint-Gobain traces its origins to the royal mirror manufactory set up in 1665 on the initiative of Cardinal Mazarin to break Venice's dominance.",
     "Компания «Сен-Гобен» ведёт свою историю от королевской мануфактуры зеркал, созданной в 1665 г. по инициативе Кольбера.",
     C, "person", "economy", False),
    ("Victorinox, the maker of the Swiss Army knife, grew out of the cutlery workshop that Karl Elsener opened in Ibach, in the canton of Schwyz, in 1884.",
     "История фирмы «Викторинокс» началась в 1884 г., когда ножовщик Карл Эльзенер открыл мастерскую в Швейцарии.",
     A, "year", "economy", True),
    ("New Lanark, a cotton-mill village on the Clyde founded by David Dale in 1786, became famous under the management of his son-in-law Robert Owen.",
     "Прославил шотландский фабричный посёлок Нью-Ланарк Роберт Оуэн, возглавивший его в 1800 г. и открывший там первую в Британии школу для маленьких детей.",
     A, "person", "economy", False),
    # FALSE: RU (Albert Fall was Secretary of the Interior, not of Commerce)
    ("In 1922 Interior Secretary Albert Fall leased the Teapot Dome naval oil reserve in Wyoming to Harry Sinclair's company without competitive bidding.",
     "Скандал «Типот-Доум» разгорелся после того, как министр торговли США Альберт Фолл без торгов сдал в аренду нефтяной резерв ВМС в Вайоминге.",
     C, "organisation", "economy", True),
    ("The Sormovo works near Nizhny Novgorod, later famous for river steamers and submarines, were founded by Dmitry Benardaki in 1849.",
     "Сормовский машиностроительный завод был основан в 1849 году; его создателем стал предприниматель Дмитрий Бенардаки.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Tsybulenko won the gold in Rome)
    ("At the 1960 Rome Olympics the Soviet javelin thrower Viktor Tsybulenko finished second, four years after taking bronze in Melbourne.",
     "Виктор Цыбуленко стал олимпийским чемпионом по метанию копья в Риме в 1960 году, метнув снаряд на 84,64 м.",
     C, "rank", "sport", False),
    # FALSE: RU (the 1996 Games were held in Atlanta)
    ("Algeria's Noureddine Morceli, world champion in 1991, 1993 and 1995, finally won Olympic gold in the 1500 metres at Atlanta in 1996.",
     "Нуреддин Морсели выиграл олимпийское золото в беге на 1500 м на Играх 1996 года в Сиднее.",
     C, "place", "sport", True),
    ("Mary Peters of Northern Ireland won the Olympic pentathlon in Munich in 1972, setting a world record of 4,801 points.",
     "Золото в пятиборье на Олимпиаде 1972 года в Мюнхене завоевала британка Мэри Питерс, опередившая Хайде Розендаль.",
     A, "place", "sport", False),
    # FALSE: EN (Mantyranta won three Olympic gold medals)
    ("The Finnish skier Eero Mäntyranta won five Olympic gold medals, including both the 15 km and 30 km races at Innsbruck in 1964.",
     "Финский лыжник Ээро Мянтюранта — трёхкратный олимпийский чемпион; в Инсбруке в 1964 г. он выиграл гонки на 15 и 30 км.",
     C, "number", "sport", True),
    ("Roger Walkowiak won the 1956 Tour de France without taking a single stage, a victory many journalists dismissed as lucky.",
     "Француз Роже Валковяк стал победителем «Тур де Франс» 1956 года, не выиграв ни одного этапа.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    ("Frankfurt's Städel Museum goes back to 1815, when the banker and merchant Johann Friedrich Städel left his collection and fortune to found an art institute.",
     "Художественный институт Штеделя во Франкфурте-на-Майне был учреждён в 1815 г. по завещанию банкира Иоганна Фридриха Штеделя.",
     A, "year", "culture", False),
    # FALSE: RU (the Whitechapel Gallery opened in 1901)
    ("The Whitechapel Gallery in East London, which opened in 1901, showed Picasso's Guernica in 1939.",
     "Галерея Уайтчепел в лондонском Ист-Энде, задуманная как место, где искусство станет доступно беднякам, открылась в 1870-х годах.",
     C, "decade", "culture", False),
    ("Ysyakh, the Yakut summer festival, is celebrated in June around the summer solstice with kumis, the circle dance osuokhai and prayers to the sun.",
     "Ысыах — главный праздник народа саха; его отмечают в дни летнего солнцестояния, в конце июня.",
     A, "month", "culture", True),
    ("The Stray Dog, a literary cabaret in a St Petersburg basement, drew poets such as Akhmatova and Mayakovsky until it was closed in 1915.",
     "Артистическое кафе «Бродячая собака» располагалось в подвале дома на Михайловской площади в Петербурге.",
     A, "place", "culture", False),
    # FALSE: EN (the Cabaret Voltaire opened in February 1916)
    ("Hugo Ball and Emmy Hennings opened the Cabaret Voltaire in Zurich's old town in October 1916, and it soon became the cradle of Dada.",
     "Кабаре «Вольтер», где зародился дадаизм, открыли в Цюрихе Хуго Балль и Эмми Хеннингс в феврале 1916 г.",
     C, "month", "culture", True),
    # ---------------- literature ----------------
    ("Benjamin Disraeli's Sybil, or The Two Nations, published in 1845, portrays the gulf between rich and poor in early Victorian England.",
     "Роман Бенджамина Дизраэли «Сибилла, или Две нации» вышел в 1845 году и стал частью трилогии «Молодая Англия».",
     A, "year", "literature", True),
    # FALSE: EN (Salammbo is set in the 3rd century BC, after the First Punic War)
    ("Flaubert's Salammbô, published in 1862, is set in Carthage during a revolt of mercenaries in the first century BC.",
     "Действие романа Флобера «Саламбо» (1862) происходит в Карфагене в III в. до н. э., во время восстания наёмников.",
     C, "century", "literature", False),
    # FALSE: RU (Martin Fierro is by Jose Hernandez, not Sarmiento)
    ("José Hernández published the first part of his gaucho poem Martín Fierro in Buenos Aires in 1872 and the sequel in 1879.",
     "Поэму о гаучо «Мартин Фьерро», первая часть которой вышла в 1872 году, написал аргентинец Доминго Фаустино Сармьенто.",
     C, "person", "literature", True),
    ("Euclides da Cunha's Os Sertões, his account of the war against the Canudos settlement in Bahia, appeared in 1902.",
     "Книга Эуклидиса да Куньи «Сертаны», посвящённая войне в Канудусе, вышла в свет в 1902 г.",
     A, "year", "literature", False),
    ("Strindberg's Miss Julie, written in 1888, takes place on Midsummer Eve in the kitchen of a count's manor house.",
     "Действие пьесы Стриндберга «Фрёкен Юлия» разворачивается в Иванову ночь, в графской усадьбе.",
     A, "date", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Mireille was first given by the Theatre-Lyrique, not the Paris Opera)
    ("Gounod's Mireille, based on Frédéric Mistral's Provençal poem Mirèio, was first performed by the Paris Opéra in March 1864.",
     "Премьера оперы Шарля Гуно «Мирей» по поэме Фредерика Мистраля состоялась 19 марта 1864 г. в парижском Театре-Лирик.",
     C, "organisation", "music", False),
    # FALSE: RU (Show Boat opened on Broadway in December 1927)
    ("Show Boat, with music by Jerome Kern and book and lyrics by Oscar Hammerstein II, opened at the Ziegfeld Theatre on Broadway on 27 December 1927.",
     "Мюзикл «Плавучий театр» Джерома Керна и Оскара Хаммерстайна по роману Эдны Фербер впервые показали на Бродвее в 1937 году.",
     C, "year", "music", False),
    ("The waltz Siniy Platochek (The Little Blue Shawl) was composed in 1940 by Jerzy Petersburski, a Polish bandleader who had fled to the Soviet Union.",
     "Музыку вальса «Синий платочек» написал польский композитор Ежи Петерсбурский, оказавшийся в СССР после начала Второй мировой войны.",
     A, "person", "music", False),
    ("Massenet's Thaïs, based on a novel by Anatole France, was first staged at the Paris Opéra on 16 March 1894.",
     "Опера Массне «Таис», из которой особенно известна «Медитация» для скрипки, впервые прозвучала в Париже в 1894 г.",
     A, "year", "music", True),
    ("The Russian words of the revolutionary song Varshavyanka, a reworking of a Polish original, were written by Gleb Krzhizhanovsky.",
     "Русский текст «Варшавянки» («Вихри враждебные веют над нами») создал Глеб Кржижановский, будущий председатель комиссии ГОЭЛРО.",
     A, "person", "music", False),
    # ---------------- art ----------------
    ("Rembrandt's Syndics of the Drapers' Guild, painted in 1662, hangs in the Rijksmuseum in Amsterdam.",
     "Групповой портрет «Синдики гильдии суконщиков» Рембрандт написал в 1662 году для зала гильдии в Амстердаме.",
     A, "year", "art", True),
    # FALSE: RU (the Maesta was carried to the cathedral on 9 June 1311)
    ("On 9 June 1311 Duccio's Maestà was carried in a solemn procession from the painter's workshop to Siena Cathedral.",
     "Торжественная процессия перенесла «Маэсту» Дуччо из его мастерской в Сиенский собор 12 июня 1311 г.",
     C, "date", "art", True),
    ("Goya painted Saturn Devouring His Son directly on a wall of his house outside Madrid; it is now in the Prado.",
     "Картина Гойи «Сатурн, пожирающий своего сына», одна из «Мрачных картин» из Дома Глухого, хранится в музее Прадо.",
     A, "place", "art", False),
    ("Pontormo's Deposition, painted in 1525–28, still hangs above the altar of the Capponi Chapel in the Florentine church of Santa Felicita.",
     "«Снятие с креста» Понтормо находится в капелле Каппони церкви Санта-Феличита во Флоренции.",
     A, "place", "art", True),
    # FALSE: EN (Rothko died in 1970; the chapel opened in 1971)
    ("Mark Rothko lived to see the opening of the Houston chapel that bears his name, which was commissioned by John and Dominique de Menil.",
     "Марк Ротко не дожил до открытия капеллы в Хьюстоне, украшенной его картинами: он умер в 1970 г., а капелла открылась в 1971-м.",
     C, "polarity", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Liber Iudiciorum was issued in 654, the seventh century)
    ("The Visigothic Code, or Liber Iudiciorum, issued by King Recceswinth in 654, applied the same law to Goths and Hispano-Romans alike.",
     "Вестготская правда была издана королём Реккесвинтом в V в. и действовала одинаково для готов и испано-римлян.",
     C, "century", "law", False),
    # FALSE: EN (Nihil novi was adopted by the Sejm at Radom)
    ("The constitution Nihil novi, passed by the Polish Sejm in Kraków in 1505, barred the king from making new laws without the consent of the nobility's representatives.",
     "Конституция «Nihil novi», принятая сеймом в Радоме в 1505 г., запрещала королю издавать новые законы без согласия сената и посольской избы.",
     C, "place", "law", True),
    # FALSE: RU (the 1967 Act set the age at 21)
    ("The Sexual Offences Act 1967 decriminalised private homosexual acts between consenting men aged 21 or over in England and Wales.",
     "Закон о половых преступлениях 1967 года декриминализовал в Англии и Уэльсе гомосексуальные отношения между мужчинами старше 18 лет.",
     C, "number", "law", False),
    ("Passed in 1772 at the insistence of George III, the Royal Marriages Act required most descendants of George II to obtain the sovereign's consent to marry.",
     "Акт о королевских браках 1772 года обязывал потомков Георга II испрашивать согласие монарха на вступление в брак.",
     A, "year", "law", False),
    ("Under the Missouri Compromise of 1820, Missouri entered the Union as a slave state and Maine as a free one.",
     "Миссурийский компромисс, заключённый в 1820 г., запретил рабство к северу от параллели 36°30′ на остальной территории Луизианской покупки.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    ("In 1881 the naval officer Alexander Mozhaysky was granted a Russian patent, or privilege, for his steam-powered flying machine.",
     "Привилегию на «воздухоплавательный снаряд» морской офицер Александр Можайский получил в 1881 году; испытания аппарата проходили в Красном Селе.",
     A, "year", "technology", False),
    # FALSE: RU (the Camel reached the front in 1917)
    ("The Sopwith Camel, a single-seat biplane armed with twin Vickers machine guns, reached the Western Front in 1917.",
     "Одноместный биплан «Сопвич Кэмел» с двумя синхронными пулемётами «Виккерс» появился на Западном фронте в 1915 году.",
     C, "year", "technology", False),
    # FALSE: EN (Tom Thumb lost the race to the horse)
    ("In 1830 Peter Cooper's little locomotive Tom Thumb raced a horse-drawn car on the Baltimore and Ohio Railroad and won.",
     "В 1830 г. паровоз «Том Тамб» Питера Купера проиграл гонку конному вагону на Балтиморско-Огайской железной дороге из-за соскочившего ремня.",
     C, "opposite", "technology", True),
    ("The Sten submachine gun took its name from its designers, Reginald Shepherd and Harold Turpin, and from the Enfield arms factory.",
     "Название британского пистолета-пулемёта «Стен» составлено из первых букв фамилий конструкторов Шеппарда и Терпина и названия завода в Энфилде.",
     A, "person", "technology", True),
    ("The Chicago businessman Albert Blake Dick began selling the mimeograph in 1887, using a stencil process licensed from Thomas Edison.",
     "Название «мимеограф» придумал чикагский предприниматель А. Б. Дик, купивший лицензию на трафаретный способ печати у Эдисона.",
     A, "person", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Staplehurst crash happened on 9 June 1865)
    ("On 9 June 1865 a boat train derailed on a viaduct near Staplehurst in Kent, where the track was under repair; ten passengers died.",
     "Крушение поезда у Стейплхерста в графстве Кент, которое пережил Чарльз Диккенс, произошло 9 июля 1865 года.",
     C, "month", "disasters", True),
    # FALSE: EN (the restoration took five years, 1992-1997)
    ("Restoring the state rooms of Windsor Castle gutted by the fire of November 1992 took more than ten years.",
     "Восстановление Виндзорского замка после пожара 20 ноября 1992 г. заняло пять лет и завершилось в 1997 г.",
     C, "duration", "disasters", False),
    ("The hospital ship Rohilla struck rocks off Whitby on 30 October 1914; about 85 of those aboard died.",
     "30.10.1914 у побережья близ Уитби разбился британский госпитальный корабль «Рохилла», шедший в Дюнкерк за ранеными.",
     A, "date", "disasters", True),
    # FALSE: EN (the Lake Monoun gas release killed 37 people)
    ("In August 1984 a cloud of carbon dioxide released from Lake Monoun in western Cameroon killed about 370 people.",
     "15 августа 1984 г. выброс углекислого газа из озера Монун в Камеруне унёс жизни 37 человек.",
     C, "number", "disasters", True),
    ("On 8 May 1842 a train returning from Versailles to Paris derailed and caught fire at Meudon, killing the explorer Dumont d'Urville.",
     "Железнодорожная катастрофа у Мёдона 8 мая 1842 г., в которой погиб мореплаватель Дюмон-Дюрвиль, стала первой крупной во Франции.",
     A, "date", "disasters", False),
]

RELATED = [
    ("After his success at Talavera, Sir Arthur Wellesley was raised to the peerage as Viscount Wellington.",
     "Сражение при Талавере-де-ла-Рейна произошло 27–28 июля 1809 года в ходе Пиренейской войны.",
     "Talavera", True, "history"),
    ("Robert Burns Woodward and Roald Hoffmann formulated their rules for pericyclic reactions in 1965.",
     "В 1972 г. группы Вудворда и Эшенмозера завершили полный синтез витамина B12.",
     "Woodward", False, "science"),
    ("Eero Mäntyranta's unusually high haemoglobin levels were later traced to a rare inherited mutation of the erythropoietin receptor gene.",
     "Первое олимпийское золото Ээро Мянтюранта выиграл в эстафете 4×10 км на Играх 1960 г. в Скво-Вэлли.",
     "Mäntyranta", True, "sport"),
    ("For part of its course the Salween forms the border between Myanmar and Thailand.",
     "Река Салуин берёт начало на Тибетском нагорье и течёт на юг по территории Китая и Мьянмы.",
     "Salween", False, "geography"),
    ("The song Ol' Man River, written for Show Boat, became closely associated with the bass Paul Robeson.",
     "Мюзикл «Плавучий театр» поставлен по одноимённому роману Эдны Фербер, вышедшему в 1926 году.",
     "Show Boat", True, "music"),
    ("The Windsor Castle fire of 1992 started in the Private Chapel when a spotlight set a curtain alight.",
     "Чтобы оплатить восстановление Виндзорского замка, Букингемский дворец впервые открыли для платных посещений.",
     "Windsor Castle fire", False, "disasters"),
    ("The Kansas–Nebraska Act of 1854 repealed the Missouri Compromise and reopened the question of slavery in the western territories.",
     "Главным архитектором Миссурийского компромисса считается спикер Палаты представителей Генри Клей.",
     "Missouri Compromise", True, "law"),
    ("Strindberg wrote Miss Julie in 1888 and prefaced it with a manifesto of naturalist drama.",
     "Главные герои пьесы «Фрёкен Юлия» — графская дочь Юлия и лакей Жан.",
     "Miss Julie", False, "literature"),
    ("The Rothko Chapel in Houston contains fourteen large, dark paintings by Mark Rothko.",
     "Капеллу Ротко в Хьюстоне заказали коллекционеры Джон и Доминик де Мениль.",
     "Rothko Chapel", True, "art"),
    ("The royal manufactory from which Saint-Gobain descends supplied the mirrors for the Hall of Mirrors at Versailles.",
     "Сегодня штаб-квартира «Сен-Гобен» расположена в деловом квартале Дефанс под Парижем.",
     "Saint-Gobain", False, "economy"),
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
    """Count the '# FALSE: EN/RU' comments inside the COMPARABLE block."""
    src = open(path, encoding="utf-8").read()
    block = src.split("COMPARABLE = [", 1)[1].split("RELATED = [", 1)[0]
    return (len(re.findall(r"#\s*FALSE:\s*EN\b", block)),
            len(re.findall(r"#\s*FALSE:\s*RU\b", block)))


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
    f_en, f_ru = false_sides(os.path.abspath(__file__))
    assert (f_en, f_ru) == (15, 15), (f_en, f_ru)

    with open(os.path.join(here, "comparable_heldout86.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout86.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side: EN", f_en, "RU", f_ru)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", count(r["domain"] for r in comp if r["label"] == C))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
