#!/usr/bin/env python3
"""Build heldout113: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Buxar was fought in October 1764, i.e. in the 18th century)
    ("In October 1764 near Buxar in Bihar the East India Company's army routed the combined forces of Mir Qasim, Shuja-ud-Daula and the Mughal emperor Shah Alam II.",
     "Битва при Буксаре, выигранная Ост-Индской компанией в XVII веке у объединённых сил Мир Касима, наваба Ауда и падишаха Шах Алама II, открыла британцам путь к господству над Бенгалией.",
     C, "century", "history", True),
    ("The sea battle of Dan-no-ura, fought in the Shimonoseki Strait in 1185, ended the Genpei War with the destruction of the Taira fleet by the Minamoto.",
     "25 апреля 1185 г. у Дан-но-ура флот рода Тайра был разгромлен силами Минамото; вместе с гибнущими кораблями утонул и малолетний император Антоку.",
     A, "year", "history", False),
    # FALSE: EN (the battle of Ia Drang was fought on 14-18 November 1965)
    ("The Battle of Ia Drang, fought in the Central Highlands of South Vietnam in August 1965, was the first major clash between the US Army and North Vietnamese regulars.",
     "Сражение в долине Йа-Дранг (14–18 ноября 1965 г.) стало первым крупным боем американской армии с регулярными войсками Северного Вьетнама; пехоту доставляли на поле боя вертолётами.",
     C, "month", "history", False),
    # FALSE: EN (the Mughal army at Haldighati was commanded by Raja Man Singh of Amber; Akbar was not there)
    ("At Haldighati in June 1576 Maharana Pratap of Mewar faced a Mughal army led in person by the emperor Akbar, and escaped from the field on his horse Chetak.",
     "В битве при Халдигхати (1576) махарана Мевара Пратап Сингх противостоял войску Великих Моголов, которым командовал раджа Амбера Ман Сингх.",
     C, "person", "history", True),
    ("On 20 December 1712, at Gadebusch in Mecklenburg, a Swedish army under Magnus Stenbock defeated a combined Danish and Saxon army.",
     "Сражение при Гадебуше 20.12.1712 — одна из последних крупных побед шведов в Северной войне: Магнус Стенбок разбил датско-саксонскую армию.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (the two-neutrino experiment was done at Brookhaven, not at CERN)
    ("Leon Lederman, Melvin Schwartz and Jack Steinberger shared the 1988 Nobel Prize in Physics for a 1962 experiment at Brookhaven that revealed the muon neutrino.",
     "Мюонное нейтрино Леон Ледерман, Мелвин Шварц и Джек Штейнбергер открыли в 1962 г. на ускорителе ЦЕРН; Нобелевскую премию по физике им присудили в 1988-м.",
     C, "organisation", "science", False),
    ("In 1986 Georg Bednorz and Alex Müller of IBM's Zurich research laboratory found superconductivity in a lanthanum barium copper oxide at around 35 K.",
     "Открытие высокотемпературной сверхпроводимости в керамике на основе оксида меди, сделанное Беднорцем и Мюллером в 1986 г., уже через год было отмечено Нобелевской премией.",
     A, "year", "science", True),
    # FALSE: RU (Dubochet's 2017 prize was in Chemistry)
    ("The Swiss biophysicist Jacques Dubochet, who learned to freeze water so fast that it turned glassy, shared the 2017 Nobel Prize in Chemistry for cryo-electron microscopy.",
     "Швейцарец Жак Дюбоше разделил с Иоахимом Франком и Ричардом Хендерсоном Нобелевскую премию 2017 г. по физике — за развитие криоэлектронной микроскопии.",
     C, "entity", "science", True),
    # FALSE: EN (Lindahl showed that DNA does decay spontaneously and must be constantly repaired)
    ("Tomas Lindahl, a Swedish chemist working in Britain, showed that DNA does not decay spontaneously in living cells, and shared the 2015 Nobel Prize in Chemistry.",
     "Томас Линдаль, лауреат Нобелевской премии по химии 2015 г., доказал, что ДНК в клетке непрерывно самопроизвольно повреждается, и открыл механизм эксцизионной репарации оснований.",
     C, "polarity", "science", False),
    ("At 97, John B. Goodenough became the oldest Nobel laureate ever when he shared the 2019 chemistry prize for developing lithium-ion batteries.",
     "Джон Гуденаф, в 1980 г. предложивший катод из кобальтата лития, был удостоен Нобелевской премии по химии в 97 лет — старше всех прежних лауреатов.",
     A, "number", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Bay of Biscay washes the north coast of Spain, not Portugal)
    ("The Bay of Biscay, an arm of the Atlantic notorious for its autumn and winter storms, washes the west coast of France and the north coast of Spain.",
     "Бискайский залив Атлантического океана, известный частыми штормами, омывает западное побережье Франции и северное побережье Португалии.",
     C, "place", "geography", True),
    # FALSE: EN (Devon Island is the largest uninhabited island on Earth)
    ("Devon Island in Nunavut, at roughly 55,000 square kilometres, is only the second-largest uninhabited island in the world.",
     "Остров Девон (Канадский Арктический архипелаг, ок. 55 тыс. км²) — крупнейший необитаемый остров Земли; на нём находится ударный кратер Хотон.",
     C, "rank", "geography", False),
    ("Hispaniola, shared by Haiti and the Dominican Republic, is the second-largest island in the Caribbean after Cuba.",
     "Остров Гаити (Эспаньола) площадью около 76 тыс. км² уступает среди островов Вест-Индии только Кубе; его западную часть занимает Республика Гаити.",
     A, "rank", "geography", True),
    # FALSE: RU (Gasherbrum I was first climbed on 5 July 1958)
    ("Gasherbrum I, the 8,080-metre Karakoram peak also known as Hidden Peak, was first climbed on 5 July 1958 by the Americans Pete Schoening and Andy Kauffman.",
     "Гашербрум I (8080 м) в Каракоруме впервые покорили в 1956 году американские альпинисты Пит Шёнинг и Энди Кауфман.",
     C, "year", "geography", False),
    ("Lakshadweep, a scatter of 36 coral islands in the Arabian Sea with a land area of only about 32 square kilometres, is India's smallest union territory.",
     "Самая маленькая союзная территория Индии — Лакшадвип: острова общей площадью около 32 км² лежат в Аравийском море, столица — Каваратти.",
     A, "rank", "geography", False),
    # ---------------- economy ----------------
    ("The first Zara shop, opened by Amancio Ortega in A Coruña in 1975, grew into Inditex, which was formally set up as a holding company in 1985.",
     "Амансио Ортега открыл первый магазин Zara в галисийском городе Ла-Корунья в 1975 г.; на его основе позже выросла группа Inditex.",
     A, "place", "economy", True),
    # FALSE: EN (Embraer was privatised in December 1994)
    ("Embraer, the aircraft maker founded by the Brazilian government in 1969 at São José dos Campos, was privatised in 2004.",
     "Авиастроительная компания Embraer, созданная бразильским государством 19 августа 1969 г., была приватизирована в декабре 1994 года.",
     C, "year", "economy", False),
    # FALSE: RU (Dr Pepper, 1885, is a year older than Coca-Cola, 1886)
    ("Dr Pepper was first mixed in 1885 by the pharmacist Charles Alderton in Waco, Texas, a year before Coca-Cola appeared in Atlanta.",
     "Газированный напиток Dr Pepper, придуманный фармацевтом Чарльзом Олдертоном в техасском городе Уэйко, появился на год позже кока-колы.",
     C, "opposite", "economy", True),
    ("Lidl, the discount supermarket chain of the Schwarz Group, opened its first store in Ludwigshafen in 1973.",
     "Первый магазин немецкой сети дискаунтеров Lidl заработал в 1973 г. в Людвигсхафене-на-Рейне; штаб-квартира компании находится в Неккарзульме.",
     A, "place", "economy", False),
    ("Christian von Koenigsegg was just 22 years old when he founded his Swedish supercar company in 1994.",
     "Шведская компания Koenigsegg, выпускающая гиперкары на заводе в Энгельхольме, была основана в 1994 г. Кристианом фон Кёнигсеггом.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Kumble was the second bowler to take all ten wickets in a Test innings)
    ("When Anil Kumble took all ten Pakistan wickets at Delhi in February 1999, he became the first bowler in Test history to do so.",
     "7 февраля 1999 г. в Дели индиец Анил Кумбле взял все десять калиток сборной Пакистана в одном иннинге — вторым в истории тестового крикета.",
     C, "rank", "sport", True),
    # FALSE: EN (the streak ended on 2 May 1939)
    ("Lou Gehrig's run of 2,130 consecutive games for the New York Yankees ended in May 1941, when he took himself out of the line-up.",
     "Серия Лу Герига из 2130 матчей подряд за «Нью-Йорк Янкиз» прервалась 2 мая 1939 года: тяжелобольной игрок сам попросил не включать его в состав.",
     C, "year", "sport", False),
    ("Seve Ballesteros was 22 when he won the 1979 Open Championship at Royal Lytham & St Annes.",
     "Испанец Северьяно Бальестерос выиграл Открытый чемпионат Великобритании в 1979 г., а через год первым из европейцев победил на турнире «Мастерс».",
     A, "year", "sport", True),
    # FALSE: RU (Nellie Kim won three golds in Montreal: team, vault, floor)
    ("At the 1976 Montreal Olympics Nellie Kim won gold in the team event, on vault and in the floor exercise, scoring perfect tens on both apparatus.",
     "На Олимпиаде-1976 в Монреале советская гимнастка Нелли Ким завоевала пять золотых медалей.",
     C, "number", "sport", True),
    ("Ferencváros forward Flórián Albert won the Ballon d'Or in 1967, the only Hungarian ever to receive it.",
     "Единственным венгерским обладателем «Золотого мяча» остаётся нападающий «Ференцвароша» Флориан Альберт, получивший приз в 1967 году.",
     A, "year", "sport", False),
    # ---------------- culture ----------------
    ("The first episode of Doctor Who, with William Hartnell as the Doctor, went out on BBC television on 23 November 1963.",
     "Научно-фантастический сериал Би-би-си «Доктор Кто» впервые вышел в эфир 23.11.1963; первым Доктором стал Уильям Хартнелл.",
     A, "date", "culture", True),
    # FALSE: EN (Coronation Street is made by Granada for ITV, not by the BBC)
    ("Coronation Street, the soap opera set in the fictional town of Weatherfield, was first broadcast by the BBC on 9 December 1960.",
     "Первая серия «Улицы Коронации», снятой компанией Granada для коммерческой сети ITV, вышла 9 декабря 1960 г.; это самая долгоживущая мыльная опера британского телевидения.",
     C, "organisation", "culture", True),
    # FALSE: RU (KVN was off the air for 14 years, 1972-1986)
    ("KVN, the Soviet television contest of student comedy teams, first aired in November 1961; taken off the air in 1972, it returned 14 years later.",
     "Телеигру КВН, впервые показанную в 1961 г., в 1972-м сняли с эфира, но уже через четыре года она вернулась на экраны.",
     C, "duration", "culture", False),
    ("Ishirō Honda's Godzilla opened in Japanese cinemas on 3 November 1954, less than a decade after the atomic bombings of Hiroshima and Nagasaki.",
     "Фильм студии «Тохо» «Годзилла» режиссёра Исиро Хонды вышел в прокат в ноябре 1954 г.; чудовище играл актёр в резиновом костюме.",
     A, "month", "culture", False),
    ("Bill Watterson's comic strip Calvin and Hobbes ran in newspapers for ten years, from 18 November 1985 until 31 December 1995.",
     "Комикс Билла Уоттерсона «Кельвин и Хоббс» о шестилетнем мальчике и его тигре выходил в газетах с 1985 по 1995 год.",
     A, "duration", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (the novel was published in the journal Druzhba Narodov)
    ("Anatoly Rybakov's Children of the Arbat, long kept from publication, finally appeared in 1987 in the journal Novy Mir.",
     "Роман Анатолия Рыбакова «Дети Арбата», долго лежавший под запретом, был опубликован в 1987 г. в журнале «Дружба народов».",
     C, "organisation", "literature", False),
    ("Finnegans Wake, on which James Joyce worked for some seventeen years, was published in London and New York in May 1939.",
     "Последний роман Джеймса Джойса «Поминки по Финнегану» вышел отдельной книгой в 1939 году, после семнадцати лет работы.",
     A, "duration", "literature", True),
    ("Chekhov's The Lady with the Dog, in which the bored Moscow bank employee Dmitri Gurov meets Anna Sergeyevna at Yalta, was published in 1899.",
     "Рассказ «Дама с собачкой», напечатанный в журнале «Русская мысль» в декабре 1899 г., начинается на ялтинской набережной.",
     A, "place", "literature", False),
    # FALSE: RU (four members of the Clutter family were murdered)
    ("Truman Capote's In Cold Blood (1966) reconstructs the 1959 murder of four members of the Clutter family in Holcomb, Kansas.",
     "В романе Трумена Капоте «Хладнокровное убийство» (1966) восстановлена история убийства шестерых членов семьи Клаттер в канзасском посёлке Холкомб в 1959 г.",
     C, "number", "literature", True),
    ("Ursula K. Le Guin's novel The Left Hand of Darkness (1969), set on the icy planet Gethen, won both the Hugo and the Nebula awards.",
     "«Левая рука тьмы» Урсулы Ле Гуин — роман о планете Гетен, где царит вечная зима, — получил обе главные премии американской фантастики, «Хьюго» и «Небьюла».",
     A, "entity", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (the premiere was at the Burgtheater in Vienna)
    ("Mozart's Singspiel The Abduction from the Seraglio was first performed on 16 July 1782 at the Estates Theatre in Prague.",
     "Премьера зингшпиля Моцарта «Похищение из сераля» состоялась 16 июля 1782 г. в венском Бургтеатре.",
     C, "place", "music", True),
    # FALSE: RU (premiered on 29 January 1728, i.e. in the 18th century)
    ("John Gay's The Beggar's Opera, a satire set to popular ballad tunes, opened at the Lincoln's Inn Fields Theatre in London on 29 January 1728.",
     "«Опера нищего» Джона Гея, сатирическая пьеса с песнями на мотивы популярных баллад, впервые была поставлена в Лондоне в последние годы XVII века.",
     C, "century", "music", False),
    ("Philip Glass's Einstein on the Beach, created with the director Robert Wilson, received its premiere at the Avignon Festival in July 1976.",
     "Опера Филипа Гласса «Эйнштейн на пляже» (около пяти часов без антракта) впервые была показана в 1976 г. на фестивале в Авиньоне.",
     A, "place", "music", True),
    # FALSE: EN (the concept album came out in 1970)
    ("Andrew Lloyd Webber and Tim Rice's Jesus Christ Superstar began life as a double concept album in the early 1960s, years before its Broadway staging.",
     "Рок-опера Эндрю Ллойда Уэббера и Тима Райса «Иисус Христос — суперзвезда» сначала вышла в 1970 г. двойным альбомом, а на Бродвее была поставлена в октябре 1971-го.",
     C, "decade", "music", False),
    ("Good Vibrations, Brian Wilson's pocket symphony for the Beach Boys, reached number one in both the United States and Britain in late 1966.",
     "Сингл группы The Beach Boys «Good Vibrations», выпущенный в октябре 1966 г., возглавил хит-парады США и Великобритании.",
     A, "rank", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (The Birds of America has 435 plates)
    ("Audubon's The Birds of America, issued in parts between 1827 and 1838, contains 435 life-size hand-coloured plates.",
     "Знаменитый альбом Джона Джеймса Одюбона «Птицы Америки», выходивший выпусками в 1827–1838 гг., состоит из 535 раскрашенных вручную гравюр в натуральную величину.",
     C, "number", "art", True),
    ("The Swedish painter Hilma af Klint was making abstract pictures as early as 1906, several years before Kandinsky.",
     "Шведская художница Хильма аф Клинт начала писать абстрактные полотна в 1906 г. и завещала не показывать их публике ещё 20 лет после её смерти.",
     A, "year", "art", False),
    # FALSE: RU (works by Dix were shown in the 1937 Degenerate Art exhibition)
    ("The Nazis dismissed Otto Dix from his professorship at the Dresden Academy in 1933, and his paintings were shown in the 1937 Degenerate Art exhibition.",
     "Отто Дикс лишился профессорской должности в Дрезденской академии в 1933 г., однако его картины в выставку «Дегенеративное искусство» 1937 г. не включались.",
     C, "polarity", "art", False),
    ("Fernando Botero, the Colombian painter and sculptor of rotund, inflated figures, was born in Medellín in 1932 and died in Monaco in 2023.",
     "Колумбийский художник Фернандо Ботеро, прославившийся своими пышнотелыми персонажами, скончался в сентябре 2023 г. в Монако в возрасте 91 года.",
     A, "year", "art", True),
    ("Albert Bierstadt, born in Solingen in 1830 and taken to Massachusetts as an infant, became famous for vast canvases of the American West.",
     "Альберт Бирштадт, уроженец прусского Золингена, выросший в Нью-Бедфорде, прославился огромными полотнами с видами Скалистых гор и Сьерра-Невады.",
     A, "place", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (Judge Clayton Horn ruled that Howl was not obscene and acquitted Ferlinghetti)
    ("In October 1957 a San Francisco judge ruled that Allen Ginsberg's poem Howl was not obscene, acquitting its publisher Lawrence Ferlinghetti of City Lights.",
     "В октябре 1957 г. суд Сан-Франциско признал поэму Аллена Гинзберга «Вопль» непристойной и осудил её издателя Лоуренса Ферлингетти.",
     C, "opposite", "law", True),
    # FALSE: EN (the Code was drafted by the First Law Commission under Thomas Babington Macaulay)
    ("The Indian Penal Code, drafted by a commission under the philosopher John Stuart Mill, was enacted in 1860 and took effect on 1 January 1862.",
     "Уголовный кодекс Индии, проект которого подготовила первая юридическая комиссия во главе с Томасом Маколеем, принят в 1860 г. и действовал до 1 июля 2024 г.",
     C, "person", "law", False),
    ("The UN General Assembly adopted the Convention on the Prevention and Punishment of the Crime of Genocide on 9 December 1948.",
     "Конвенция о предупреждении преступления геноцида и наказании за него была принята Генассамблеей ООН 09.12.1948, а вступила в силу в январе 1951 г.",
     A, "date", "law", True),
    ("In Reno v. ACLU (1997) the Supreme Court struck down the anti-indecency provisions of the Communications Decency Act, leaving its Section 230 intact.",
     "Принятый в 1996 г. американский Закон о пристойности в коммуникациях уцелел лишь частично: в 1997 г. Верховный суд отменил его запреты на «непристойный» контент.",
     A, "year", "law", False),
    ("The Harrison Narcotics Tax Act, signed in December 1914, required anyone producing, importing or dispensing opiates and coca products in the United States to register and pay tax.",
     "Закон Харрисона 1914 г. поставил под федеральный учёт и обложил налогом оборот опиатов и препаратов коки в США.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (Barney Clark lived 112 days after the implant)
    ("On 2 December 1982 surgeons at the University of Utah implanted a Jarvik-7 artificial heart in the retired dentist Barney Clark, who lived for another 112 days.",
     "Первый пациент с постоянным искусственным сердцем Jarvik-7, стоматолог Барни Кларк, прожил после операции, сделанной в декабре 1982 г., почти два года.",
     C, "duration", "technology", False),
    ("The programmer Bram Cohen began designing the BitTorrent peer-to-peer protocol in April 2001 and released the first client that July.",
     "Протокол BitTorrent для однорангового обмена файлами разработал американский программист Брэм Коэн; первая версия вышла в 2001 году.",
     A, "year", "technology", True),
    # FALSE: RU (the first HST services ran from London Paddington to Bristol and South Wales)
    ("British Rail's InterCity 125 high-speed diesel trains entered regular service on 4 October 1976, running from London Paddington to Bristol and South Wales.",
     "Дизельные поезда InterCity 125 вышли на регулярные линии British Rail в октябре 1976 г. — первыми их получил маршрут Лондон — Эдинбург.",
     C, "place", "technology", True),
    ("The Fliegender Hamburger, a streamlined two-car diesel train, began regular service between Berlin and Hamburg on 15 May 1933, covering the run in 2 hours 18 minutes.",
     "Дизель-поезд «Летучий гамбуржец» с 1933 г. связал Берлин и Гамбург: путь длиной около 286 км он проходил за 2 ч 18 мин, разгоняясь до 160 км/ч.",
     A, "duration", "technology", False),
    ("The Comptometer, a key-driven adding machine invented by Dorr E. Felt, was patented in 1887 and manufactured in Chicago by Felt & Tarrant.",
     "Клавишную суммирующую машину «комптометр» изобрёл американец Дорр Фелт; патент на неё он получил в 1887 году.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the K-19 reactor accident happened on 4 July 1961)
    ("On 14 July 1961 a leak in the reactor cooling system of the Soviet submarine K-19 exposed its crew to radiation; eight men died within weeks.",
     "4 июля 1961 г. на атомной подлодке К-19 в Северной Атлантике произошла авария реактора; восемь моряков, устранявших её, вскоре умерли от облучения.",
     C, "date", "disasters", False),
    # FALSE: EN (Hugo made landfall in South Carolina in September 1989)
    ("Hurricane Hugo came ashore near Charleston, South Carolina, in late October 1989 as a Category 4 storm, after battering Guadeloupe and Puerto Rico.",
     "Ураган «Хьюго» в сентябре 1989 г. обрушился на Гваделупу и Пуэрто-Рико, а затем вышел на сушу у Чарлстона (Южная Каролина).",
     C, "month", "disasters", True),
    ("The Great Baltimore Fire of 7–8 February 1904 burned for some 30 hours and destroyed more than 1,500 buildings in the city centre.",
     "Пожар в Балтиморе в феврале 1904 г. уничтожил свыше 1500 зданий; многие прибывшие из других городов пожарные не смогли подключить свои рукава к местным гидрантам.",
     A, "number", "disasters", False),
    # FALSE: EN (the Lakeview Gusher flowed in 1910-1911)
    ("The Lakeview Gusher in Kern County, California, which spewed some nine million barrels of crude oil in the early 1920s, is the largest accidental oil spill on record.",
     "Фонтан скважины Лейквью в калифорнийском округе Керн бил с марта 1910 г. около полутора лет, выбросив примерно 9 млн баррелей нефти.",
     C, "decade", "disasters", True),
    ("The fire at the Theatre Royal in Exeter on 5 September 1887 killed 186 people, the worst theatre disaster in British history.",
     "Пожар в Королевском театре Эксетера 05.09.1887 унёс 186 жизней — больше, чем любой другой пожар в театре за всю историю Великобритании.",
     A, "number", "disasters", True),
]

RELATED = [
    ("According to Japanese legend, the crabs of the Shimonoseki Strait bear on their shells the faces of Taira warriors who drowned at Dan-no-ura.",
     "По преданию, вместе с малолетним императором Антоку при Дан-но-ура на дно ушёл священный меч Кусанаги — одна из трёх императорских регалий.",
     "Dan-no-ura", True, "history"),
    ("Hal Moore, who commanded the American battalion at Landing Zone X-Ray in the Ia Drang valley, later co-wrote the book We Were Soldiers Once… and Young.",
     "По книге о битве в долине Йа-Дранг в 2002 году был снят фильм «Мы были солдатами» с Мелом Гибсоном в главной роли.",
     "Ia Drang", False, "history"),
    ("Leon Lederman served as director of Fermilab, the American particle physics laboratory near Chicago, from 1979 to 1989.",
     "Леон Ледерман — автор популярной книги «Частица Бога» (1993), название которой стало прозвищем бозона Хиггса.",
     "Lederman", True, "science"),
    ("Christopher Columbus reached the island in December 1492 and named it La Isla Española, from which the name Hispaniola derives.",
     "Самая низкая точка Вест-Индии — солёное озеро Энрикильо на юго-западе Доминиканской Республики, лежащее ниже уровня моря.",
     "Hispaniola", False, "geography"),
    ("In his farewell speech at Yankee Stadium on 4 July 1939, Lou Gehrig called himself the luckiest man on the face of the earth.",
     "Боковой амиотрофический склероз, от которого умер Лу Гериг, в США часто называют «болезнью Лу Герига».",
     "Gehrig", True, "sport"),
    ("From 1989 until its revival in 2005, Doctor Who was off the air as a regular television series.",
     "Герой сериала «Доктор Кто» путешествует во времени на ТАРДИС — машине, которая снаружи выглядит как синяя полицейская будка.",
     "Doctor Who", False, "culture"),
    ("The physicist Murray Gell-Mann took the word quark from a line in Finnegans Wake: 'Three quarks for Muster Mark!'",
     "«Поминки по Финнегану» открываются словом «riverrun», которое продолжает незаконченную последнюю фразу романа.",
     "Finnegans Wake", True, "literature"),
    ("The Beggar's Opera ran for 62 performances in its first season, an unusually long run for a London stage work of the time.",
     "Двести лет спустя «Опера нищего» послужила основой для «Трёхгрошовой оперы» Брехта и Вайля (1928).",
     "Beggar's Opera", False, "music"),
    ("Most of the plates of Audubon's The Birds of America were engraved and hand-coloured in London by Robert Havell Jr.",
     "В 2010 году один из немногих полных экземпляров «Птиц Америки» Одюбона был продан на аукционе в Лондоне более чем за 7 млн фунтов.",
     "Audubon", True, "art"),
    ("K-19 was the first Soviet nuclear-powered submarine to carry ballistic missiles.",
     "В 2002 году об аварии на К-19 сняли голливудский фильм, где роль командира лодки сыграл Харрисон Форд.",
     "K-19", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout113.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout113.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
