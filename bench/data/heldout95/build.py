#!/usr/bin/env python3
"""Build heldout95: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Wellington's army repulsed Massena's attacks at Bussaco)
    ("On 27 September 1810 Wellington's Anglo-Portuguese army, holding the long ridge of Bussaco north of Coimbra, threw back repeated French assaults led by Marshal Masséna.",
     "27.09.1810 на хребте Бусаку французские войска маршала Массены опрокинули англо-португальскую армию Веллингтона и обратили её в бегство.",
     C, "opposite", "history", True),
    # FALSE: EN (the Allied commander at Albuera was William Beresford; Wellington was not present)
    ("At Albuera in Extremadura on 16 May 1811, an Allied army of British, Portuguese and Spanish troops under Wellington himself narrowly held off Marshal Soult's French.",
     "В кровопролитной битве при Альбуэре (16 мая 1811 г.) британские, португальские и испанские войска под командованием Уильяма Бересфорда устояли против армии маршала Сульта.",
     C, "person", "history", False),
    # FALSE: RU (Hampton's army was advancing on Montreal, not Quebec)
    ("On 26 October 1813 about 1,500 Canadian Voltigeurs, militiamen and Mohawk warriors under Charles de Salaberry turned back an American army marching on Montreal along the Châteauguay River.",
     "В бою на реке Шатоге в октябре 1813 г. отряд подполковника Шарля де Салаберри остановил наступавшую на Квебек американскую армию генерала Уэйда Хэмптона.",
     C, "place", "history", True),
    ("At the Battle of Blood River on 16 December 1838, some 470 Voortrekkers under Andries Pretorius, firing from a laager of ox-wagons, routed a far larger Zulu army.",
     "16.XII.1838 у реки Нкоме, прозванной потом Кровавой, фортреккеры Андриса Преториуса разгромили войско зулусского правителя Дингане, не потеряв убитым ни одного человека.",
     A, "date", "history", True),
    ("The Battle of Glorieta Pass, fought in New Mexico Territory on 26–28 March 1862, ended the Confederate advance after Union troops destroyed the Southern supply train.",
     "Сражение у перевала Глорьета (конец марта 1862 г.), прозванное «Геттисбергом Запада», сорвало поход конфедератов в Нью-Мексико: северяне уничтожили их обоз.",
     A, "date", "history", False),
    # ---------------- science ----------------
    ("Carleton Gajdusek shared the 1976 Nobel Prize in Physiology or Medicine for his work on kuru, a fatal brain disease of the Fore people of Papua New Guinea.",
     "Нобелевскую премию по физиологии и медицине 1976 г. американский врач Карлтон Гайдузек разделил с Барухом Блумбергом — за исследования куру, болезни, передававшейся при ритуальном каннибализме.",
     A, "year", "science", True),
    # FALSE: EN (the Avery-MacLeod-McCarty paper appeared in 1944)
    ("In the early 1930s Oswald Avery, Colin MacLeod and Maclyn McCarty of the Rockefeller Institute showed that DNA was the 'transforming principle' of pneumococci.",
     "В 1944 г. Освальд Эвери, Колин Маклеод и Маклин Маккарти опубликовали работу, доказывавшую, что вещество, превращающее безвредные пневмококки в вирулентные, — это ДНК.",
     C, "decade", "science", False),
    ("In 1950 the Austrian-born biochemist Erwin Chargaff of Columbia University reported that DNA contains as much adenine as thymine and as much guanine as cytosine.",
     "Согласно правилам Чаргаффа, опубликованным в 1950 г., в ДНК количество аденина равно количеству тимина, а гуанина — количеству цитозина.",
     A, "year", "science", False),
    # FALSE: RU (Escherich described the bacterium in 1885)
    ("Theodor Escherich, a German-born paediatrician, first described the bacterium now called Escherichia coli in 1885 after isolating it from the stools of infants.",
     "Кишечную палочку впервые описал в 1895 г. немецкий педиатр Теодор Эшерих, выделивший её из кишечника новорождённых; позднее бактерию назвали в его честь.",
     C, "year", "science", True),
    ("Harry Hess of Princeton set out the idea of seafloor spreading in his 1962 paper 'History of Ocean Basins', arguing that new crust forms at mid-ocean ridges.",
     "Американский геолог Гарри Хесс в начале 1960-х гг. выдвинул гипотезу спрединга: океаническая кора, по его мнению, рождается в срединно-океанических хребтах и расходится в стороны.",
     A, "decade", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (Aneto is 3,404 m high)
    ("Aneto, in the Maladeta massif of the Spanish province of Huesca, is the highest summit of the Pyrenees, rising to 3,404 metres.",
     "Высочайшая вершина Пиренеев — пик Ането (3104 м) в массиве Маладета, в испанской провинции Уэска.",
     C, "number", "geography", False),
    # FALSE: EN (Chapala is the largest freshwater lake in Mexico)
    ("Lake Chapala, shared by the states of Jalisco and Michoacán, is only the third-largest freshwater lake in Mexico.",
     "Озеро Чапала, лежащее на границе штатов Халиско и Мичоакан к югу от Гвадалахары, — крупнейшее пресноводное озеро Мексики.",
     C, "rank", "geography", True),
    # FALSE: RU (Euboea lies in the Aegean Sea)
    ("Euboea, the second-largest Greek island after Crete, lies in the Aegean Sea and is linked to the mainland by bridges across the narrow Euripus Strait at Chalcis.",
     "Эвбея, уступающая среди греческих островов по площади лишь Криту, расположена в Ионическом море.",
     C, "place", "geography", False),
    ("Lake Bolsena in northern Lazio, which fills a caldera of the Vulsini volcanic district, is the largest volcanic lake in Europe.",
     "Больсена (провинция Витербо) — крупнейшее озеро вулканического происхождения в Европе; на нём два острова, Бизентина и Мартана.",
     A, "rank", "geography", False),
    ("The Connecticut River, at about 410 miles the longest river in New England, rises near the Canadian border and empties into Long Island Sound.",
     "Коннектикут (около 660 км) — самая длинная река Новой Англии; начинаясь у самой канадской границы, она впадает в пролив Лонг-Айленд-Саунд.",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (glutamate/umami was identified by Kikunae Ikeda; Takamine is known for adrenaline)
    ("Ajinomoto went on sale in 1909, a year after the Tokyo chemist Kikunae Ikeda identified glutamate as the source of the savoury umami taste of kelp broth.",
     "Приправу «Адзиномото» начали продавать в 1909 г., через год после того как химик Дзёкити Такаминэ выделил из бульона ламинарии глутамат, отвечающий за вкус умами.",
     C, "person", "economy", True),
    ("Karl Fazer opened his French-Russian confectionery in central Helsinki in September 1891, the starting point of today's Fazer group.",
     "Финская компания Fazer ведёт историю с 1891 г., когда Карл Фацер открыл кондитерскую в Гельсингфорсе; молочный шоколад Fazer Blue появился в 1922-м.",
     A, "year", "economy", False),
    ("Bang & Olufsen was founded in 1925 at Struer, in western Jutland, by two young engineers, Peter Bang and Svend Olufsen.",
     "Датская фирма Bang & Olufsen появилась в 1925 году в городке Струэр; её основатели — инженеры Петер Банг и Свен Олуфсен.",
     A, "place", "economy", True),
    # FALSE: EN (the bitters were created in 1824, i.e. in the 19th century)
    ("Angostura bitters were created in the eighteenth century by Johann Siegert, a German army surgeon, in the Venezuelan town that gave the tonic its name.",
     "Биттер «Ангостура» в 1824 г. изобрёл немецкий врач Иоганн Зигерт, служивший хирургом в армии Симона Боливара в венесуэльском городе Ангостура.",
     C, "century", "economy", False),
    # FALSE: EN (Gucci was founded in Florence in 1921)
    ("Guccio Gucci, who had once handled guests' luggage at London's Savoy Hotel, opened his first leather-goods shop in Florence in 1951.",
     "Модный дом Gucci основан во Флоренции в 1921 году Гуччо Гуччи, в молодости служившим в лондонском отеле «Савой».",
     C, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Gaul won the Tour de France in 1958)
    ("Luxembourg's Charly Gaul, the climber nicknamed the Angel of the Mountains, won the Giro d'Italia in 1956 and 1959 and the Tour de France in 1958.",
     "Люксембургский велогонщик Шарли Голь, «ангел гор», стал победителем «Тур де Франс» в 1955 году.",
     C, "year", "sport", False),
    # FALSE: EN (Farina won the 1950 title with Alfa Romeo)
    ("Giuseppe Farina became the first Formula One world champion in 1950, driving for Maserati.",
     "Первым чемпионом мира «Формулы-1» стал в 1950 г. итальянец Джузеппе Фарина из команды «Альфа Ромео»; он же выиграл первый этап чемпионата в Сильверстоуне.",
     C, "organisation", "sport", True),
    ("Dick Button won the Olympic men's figure skating title at St. Moritz in 1948 and again in Oslo in 1952, where he landed the first triple jump in competition.",
     "Американский фигурист Дик Баттон — двукратный олимпийский чемпион (1948, 1952); на Играх в Осло он первым в истории исполнил на соревнованиях тройной прыжок.",
     A, "year", "sport", False),
    ("Joan Benoit of the United States won the first women's Olympic marathon, run in Los Angeles on 5 August 1984, in 2 hours 24 minutes 52 seconds.",
     "Первый в истории Олимпийских игр женский марафон (Лос-Анджелес, 1984) выиграла американка Джоан Бенуа; серебро досталось норвежке Грете Вайц.",
     A, "person", "sport", True),
    ("The speed skater Bonnie Blair won five Olympic gold medals: the 500 metres in 1988, 1992 and 1994, and the 1,000 metres in 1992 and 1994.",
     "Конькобежка Бонни Блэр (США) — пятикратная олимпийская чемпионка; на дистанции 500 м она побеждала трижды подряд: в Калгари, Альбервиле и Лиллехаммере.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Burns Night is 25 January)
    ("Burns Night suppers, with haggis, whisky and a recital of the 'Address to a Haggis', are held on 25 January, the birthday of Scotland's national poet.",
     "Ночь Бёрнса — вечер в память Роберта Бёрнса с хаггисом и виски — шотландцы ежегодно отмечают 15 января.",
     C, "date", "culture", False),
    # FALSE: RU (the fair was first held in April 1847, i.e. in the 19th century)
    ("Seville's April Fair was first held in April 1847 as a livestock market, proposed by two town councillors, the Basque José María de Ybarra and the Catalan Narciso Bonaplata.",
     "Севильская Апрельская ярмарка ведёт начало с XVIII века, когда в городе впервые устроили большую ярмарку скота.",
     C, "century", "culture", True),
    ("Since 2014 the Dutch have celebrated King's Day on 27 April, King Willem-Alexander's birthday, with street markets, music and orange clothing.",
     "Конингсдаг — День короля — празднуется в Нидерландах 27.04, в день рождения Виллема-Александра; до 2014 г. страна отмечала День королевы 30 апреля.",
     A, "date", "culture", True),
    ("The Guelaguetza, the great festival of regional dances in the Mexican city of Oaxaca, takes place on two Mondays in late July on the Cerro del Fortín.",
     "Гелагеца — летний праздник народов штата Оахака: в июле делегации всех его регионов танцуют на холме Фортин и одаривают зрителей.",
     A, "month", "culture", False),
    ("The Braemar Gathering, a Highland games held every September in Aberdeenshire, has enjoyed royal patronage since Queen Victoria first attended it in 1848.",
     "Впервые королева Виктория посетила Хайлендские игры в Бремаре в 1848 г.; с тех пор на состязаниях в первую субботу сентября регулярно бывают члены королевской семьи.",
     A, "person", "culture", True),
    # ---------------- literature ----------------
    ("The first two cantos of Byron's Childe Harold's Pilgrimage, published by John Murray in March 1812, made their author famous almost overnight.",
     "После выхода в 1812 г. первых двух песен «Паломничества Чайльд-Гарольда» Байрон, по его словам, «однажды утром проснулся знаменитым».",
     A, "year", "literature", False),
    # FALSE: EN (Lily Bart never marries; she dies unmarried of a chloral overdose)
    ("In Edith Wharton's The House of Mirth (1905), the beautiful but impoverished Lily Bart does eventually marry, shortly before dying of a chloral overdose.",
     "Героиня романа Эдит Уортон «В доме веселья» (1905) Лили Барт так и не выходит замуж и умирает от передозировки снотворного.",
     C, "polarity", "literature", False),
    ("James Fenimore Cooper's The Last of the Mohicans, published in 1826, is set in 1757, during the French and Indian War.",
     "Роман Фенимора Купера «Последний из могикан» (1826), где действуют Соколиный Глаз, Чингачгук и Ункас, разворачивается во время Франко-индейской войны.",
     A, "year", "literature", True),
    ("Domingo Faustino Sarmiento wrote Facundo in 1845 while exiled in Chile, using the life of the caudillo Juan Facundo Quiroga to attack the Rosas regime.",
     "Книга аргентинца Доминго Сармьенто «Факундо», созданная в 1845 г. в чилийском изгнании, строится на противопоставлении «цивилизации» и «варварства».",
     A, "year", "literature", False),
    # FALSE: RU (Jerusalem Delivered has twenty cantos)
    ("Torquato Tasso's epic Jerusalem Delivered, first printed in full in 1581, tells of the First Crusade in twenty cantos of ottava rima.",
     "Поэма Торквато Тассо «Освобождённый Иерусалим» (1581), посвящённая Первому крестовому походу, состоит из двенадцати песен.",
     C, "number", "literature", True),
    # ---------------- music ----------------
    ("Keith Jarrett's improvised solo recital at the Cologne Opera House on 24 January 1975, released by ECM as The Köln Concert, became the best-selling solo piano album in jazz.",
     "«Кёльнский концерт» Кита Джаррета — импровизация, записанная в Кёльнской опере 24.01.1975 на плохо настроенном рояле, — разошёлся тиражом около 3,5 млн экземпляров.",
     A, "date", "music", True),
    # FALSE: RU (Alcina was first performed at Covent Garden)
    ("Handel's Alcina, drawn from an episode in Ariosto's Orlando furioso, was first performed at the Covent Garden theatre in London on 16 April 1735.",
     "Премьера оперы Генделя «Альцина» прошла 16 апреля 1735 г. в лондонском Королевском театре на Хеймаркете.",
     C, "place", "music", False),
    # FALSE: EN (Gloriana is about Elizabeth I and the Earl of Essex)
    ("Britten's Gloriana, written for the coronation of Elizabeth II, portrays the ageing Elizabeth I and her stormy relationship with Sir Walter Raleigh.",
     "Опера Бриттена «Глориана» о Елизавете I и графе Эссексе впервые прозвучала в Ковент-Гардене 8 июня 1953 г., в дни коронационных торжеств.",
     C, "person", "music", True),
    ("Mendelssohn's Symphony No. 4, the 'Italian', grew out of his travels in Italy in 1830–31 and was first performed in London in March 1833.",
     "«Итальянскую» симфонию, заказанную Лондонским филармоническим обществом, Мендельсон впервые исполнил под своим управлением 13 марта 1833 г.",
     A, "year", "music", False),
    ("Carl Perkins's 'Blue Suede Shoes', issued by Sun Records on 1 January 1956, was the first record on the Memphis label to sell a million copies.",
     "Песня Карла Перкинса «Голубые замшевые туфли», выпущенная фирмой Sun в начале 1956 г., первой из пластинок этого лейбла разошлась миллионным тиражом.",
     A, "organisation", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (The Goldfinch is in the Mauritshuis, The Hague)
    ("Carel Fabritius painted The Goldfinch, now in the Mauritshuis in The Hague, in 1654, the year he was killed in the Delft gunpowder explosion.",
     "Небольшую картину «Щегол», написанную Карелом Фабрициусом в 1654 г., сегодня можно увидеть в амстердамском Рейксмюсеуме.",
     C, "organisation", "art", False),
    ("Hendrick Avercamp, called 'the Mute of Kampen' because he was deaf and could not speak, specialised in crowded scenes of skaters on frozen waterways.",
     "Голландский живописец Хендрик Аверкамп (1585–1634), глухонемой, прославился зимними пейзажами с множеством конькобежцев на замёрзших каналах.",
     A, "person", "art", False),
    ("Bernardo Bellotto, Canaletto's nephew and pupil, painted a series of views of Warsaw that guided the rebuilding of its Old Town after the Second World War.",
     "По ведутам Бернардо Беллотто — племянника Каналетто, служившего придворным живописцем польского короля, — после 1945 г. восстанавливали Старый город Варшавы.",
     A, "person", "art", True),
    # FALSE: EN (the Arno flood that ruined the Crucifix was on 4 November 1966)
    ("Cimabue's huge painted Crucifix in Santa Croce was among the worst casualties of the Arno floods that swamped Florence in the mid-1970s.",
     "Распятие Чимабуэ из флорентийской церкви Санта-Кроче стало символом ущерба, нанесённого искусству наводнением на Арно 4 ноября 1966 г.",
     C, "decade", "art", True),
    # FALSE: EN (The Chocolate Girl is a pastel, not an oil painting)
    ("Jean-Étienne Liotard's The Chocolate Girl, an oil painting bought in Venice in 1745 by Francesco Algarotti, hangs in Dresden's Old Masters Picture Gallery.",
     "«Шоколадница» швейцарца Жана-Этьена Лиотара — пастель, созданная около 1744 г., — хранится в Дрезденской галерее старых мастеров.",
     C, "entity", "art", False),
    # ---------------- law ----------------
    ("The Fair Labor Standards Act, signed by Franklin Roosevelt on 25 June 1938, set a federal minimum wage of 25 cents an hour.",
     "Закон о справедливых трудовых стандартах 1938 г. ввёл в США федеральный минимум оплаты труда — 0,25 доллара в час — и ограничил детский труд.",
     A, "number", "law", True),
    # FALSE: EN (Brazil was the last country in the Americas to abolish slavery)
    ("The Golden Law, signed by Princess Isabel on 13 May 1888, abolished slavery in Brazil and made it the first country in the Americas to end the institution.",
     "«Золотой закон», подписанный принцессой-регентом Изабеллой 13.05.1888, отменил рабство в Бразилии — последней из стран Америки, где оно сохранялось.",
     C, "rank", "law", False),
    ("Stefan Dušan's Code, the law book of the medieval Serbian state, was adopted at an assembly in Skopje in 1349 and enlarged in 1354.",
     "Законник Стефана Душана — свод права сербского царства XIV века — был принят на государственном соборе в Скопье в 1349 году.",
     A, "year", "law", False),
    # FALSE: RU (the Court unanimously refused to allow a delay)
    ("In Cooper v. Aaron (1958) the Supreme Court unanimously refused to let Little Rock postpone school desegregation, and all nine justices signed the opinion.",
     "По делу «Купер против Аарона» (1958) Верховный суд США разрешил школьным властям Литл-Рока отложить десегрегацию.",
     C, "opposite", "law", True),
    ("Britain's Jewish Naturalisation Act of 1753 provoked such a popular outcry that Parliament repealed it at its very next session.",
     "Принятый в 1753 г. при правительстве Генри Пелэма закон о натурализации евреев отменили менее чем через полгода под давлением толпы и памфлетистов.",
     A, "duration", "law", False),
    # ---------------- technology ----------------
    ("The Anderton Boat Lift in Cheshire, opened in 1875 to a design by Edwin Clark, raises boats some 15 metres from the River Weaver to the Trent and Mersey Canal.",
     "Судоподъёмник Андертон (Чешир, 1875) поднимает суда на 50 футов — с реки Уивер в канал Трент — Мерси.",
     A, "entity", "technology", False),
    # FALSE: EN (Dong Fang Hong 1 was launched on 24 April 1970)
    ("China's first satellite, Dong Fang Hong 1, was placed in orbit by a Long March rocket in October 1970 and broadcast the song 'The East Is Red'.",
     "24 апреля 1970 г. КНР вывела на орбиту свой первый спутник «Дунфанхун-1», передававший мелодию песни «Алеет Восток».",
     C, "month", "technology", False),
    # FALSE: RU (Beagle 2 was located on Mars in images released in 2015)
    ("Britain's Beagle 2 lander, lost on Christmas Day 2003, was finally spotted on the Martian surface in 2015 in images from NASA's Mars Reconnaissance Orbiter.",
     "Британский посадочный аппарат «Бигль-2», связь с которым пропала при посадке на Марс в декабре 2003 г., так и не был найден.",
     C, "polarity", "technology", True),
    # FALSE: EN (the flight took almost 20 days: 19 days 21 hours)
    ("In March 1999 Bertrand Piccard and Brian Jones flew Breitling Orbiter 3 non-stop around the world in just under ten days.",
     "Первый беспосадочный кругосветный полёт на аэростате Breitling Orbiter 3 Бертран Пиккар и Брайан Джонс совершили за 19 суток и 21 час (1–21 марта 1999 г.).",
     C, "duration", "technology", False),
    ("La Gloire, the first ocean-going ironclad warship, was designed by Henri Dupuy de Lôme and launched at Toulon in November 1859.",
     "Французский броненосец «Глуар», спущенный на воду в 1859 г., — деревянный корабль, защищённый железными плитами, — побудил британцев заложить HMS Warrior.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Kader fire killed 188 people)
    ("The fire at the Kader toy factory outside Bangkok on 10 May 1993 killed 88 workers, most of them young women.",
     "Пожар на фабрике игрушек Kader под Бангкоком 10 мая 1993 г. унёс 188 жизней, в основном молодых работниц.",
     C, "number", "disasters", True),
    # FALSE: EN (the Amagasaki derailment happened on 25 April 2005)
    ("On a morning in June 2005 a speeding JR West commuter train derailed on a curve at Amagasaki and slammed into an apartment block, killing 107 people.",
     "25 апреля 2005 г. в Амагасаки (префектура Хёго) пригородный поезд JR West на высокой скорости сошёл с рельсов на кривой и врезался в жилой дом; погибли 107 человек.",
     C, "month", "disasters", False),
    # FALSE: RU (the hall was hosting a racing pigeon exhibition)
    ("On 28 January 2006 the snow-laden roof of the Katowice trade hall collapsed during an international racing pigeon exhibition, killing 65 people.",
     "28.01.2006 в Катовице под тяжестью снега рухнула крыша выставочного павильона, где проходила международная выставка собак; погибли 65 человек.",
     C, "entity", "disasters", True),
    ("Helios Airways Flight 522 crashed near Grammatiko, north of Athens, on 14 August 2005 after its crew had passed out for lack of cabin pressure; all 121 aboard died.",
     "14.08.2005 «Боинг-737» кипрской компании Helios Airways, летевший из Ларнаки в Прагу через Афины, разбился у Грамматико; погибли все 121 человек.",
     A, "number", "disasters", False),
    ("The Joelma Building fire in São Paulo on 1 February 1974, started by a faulty air-conditioning unit, killed more than 170 people.",
     "Пожар в высотном здании «Жоэлма» в Сан-Паулу 1 февраля 1974 г. унёс около 180 жизней.",
     A, "date", "disasters", True),
]

RELATED = [
    ("After Bussaco, Wellington fell back behind the Lines of Torres Vedras, a chain of forts built in secret to shield Lisbon.",
     "Сражение при Бусаку произошло 27 сентября 1810 г., во время третьего французского вторжения в Португалию.",
     "Bussaco", True, "history"),
    ("Andries Pretorius, who led the Voortrekkers at Blood River, gave his name to Pretoria, the city founded in 1855 by his son Marthinus.",
     "Годовщина битвы на Кровавой реке, 16 декабря, отмечается в ЮАР как государственный праздник — День примирения.",
     "Blood River", False, "history"),
    ("Joan Benoit had undergone knee surgery only 17 days before she won the 1984 US Olympic marathon trials.",
     "Джоан Бенуа дважды побеждала в Бостонском марафоне — в 1979 и 1983 годах.",
     "Joan Benoit", True, "sport"),
    ("The glacier on the northern slopes of Aneto, the largest in the Pyrenees, has shrunk sharply since the nineteenth century.",
     "Впервые на вершину Ането поднялись в 1842 г.; среди покорителей был русский офицер и путешественник Платон Чихачёв.",
     "Aneto", False, "geography"),
    ("The town of Angostura on the Orinoco, where the bitters were first made, was renamed Ciudad Bolívar in 1846.",
     "С 1875 года биттер «Ангостура» производят на острове Тринидад, в Порт-оф-Спейне.",
     "Angostura", True, "economy"),
    ("At a Burns supper the haggis is traditionally carried in to the sound of bagpipes and then addressed with Burns's poem.",
     "Первый «ужин Бёрнса» устроили в 1801 г. друзья поэта в доме в Аллоуэе, где он родился.",
     "Burns Night", False, "culture"),
    ("The Last of the Mohicans was the second of Cooper's Leatherstocking Tales to be published, following The Pioneers of 1823.",
     "Сюжет «Последнего из могикан» связан с осадой и падением форта Уильям-Генри в 1757 году.",
     "Last of the Mohicans", True, "literature"),
    ("The libretto of Britten's Gloriana was written by the South African-born poet William Plomer.",
     "Сюжет «Глорианы» Бриттена основан на книге Литтона Стрейчи «Елизавета и Эссекс», вышедшей в 1928 году.",
     "Gloriana", False, "music"),
    ("Carel Fabritius, one of Rembrandt's most gifted pupils, spent the last years of his short life working in Delft.",
     "Карел Фабрициус погиб 12 октября 1654 г. при взрыве порохового склада в Делфте; ему было 32 года.",
     "Fabritius", True, "art"),
    ("The Amagasaki crash happened on the JR West Fukuchiyama Line when a commuter train entered a curve far too fast.",
     "Машинисту поезда, потерпевшего крушение в Амагасаки, было 23 года; он погиб в катастрофе.",
     "Amagasaki", False, "disasters"),
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
    for d in DOMAINS:
        nc = sum(r["label"] == C for r in comp if r["domain"] == d)
        assert nc in (2, 3), (d, nc)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout95.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout95.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", count(r["domain"] for r in comp if r["label"] == C))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
