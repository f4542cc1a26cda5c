#!/usr/bin/env python3
"""Build heldout130: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Serbs of Stefan Decanski defeated the Bulgarians at Velbazhd)
    ("On 28 July 1330, near Velbazhd (today's Kyustendil), the Serbian army of Stefan Dečanski and his son Dušan routed the Bulgarians, and Tsar Michael Shishman was mortally wounded.",
     "28.07.1330 в битве под Вельбуждом болгарский царь Михаил Шишман наголову разгромил сербское войско короля Стефана Дечанского.",
     C, "opposite", "history", True),
    # FALSE: RU (the battle of Pultusk was fought on 26 December 1806)
    ("The battle of Pułtusk, fought in snow and deep mud on 26 December 1806, pitted Marshal Lannes's corps against Bennigsen's Russians and ended without a clear victor.",
     "Сражение под Пултуском, где корпус маршала Ланна столкнулся с русской армией Беннигсена, произошло 26 декабря 1807 г. и не выявило победителя.",
     C, "year", "history", False),
    # FALSE: EN (the battle of Tacna was fought on 26 May 1880)
    ("At the battle of Tacna, also called the Alto de la Alianza, Chilean troops defeated the allied armies of Peru and Bolivia on 16 May 1880.",
     "26 мая 1880 г. в сражении при Такне (на плато Альто-де-ла-Алианса) чилийская армия разбила объединённые войска Перу и Боливии.",
     C, "date", "history", False),
    ("In August 1739 Field Marshal Münnich's Russian army defeated the Ottomans at Stavuchany in Moldavia, and the fortress of Khotyn surrendered soon afterwards.",
     "Победа армии фельдмаршала Миниха над турками при Ставучанах 17 (28) августа 1739 г. открыла русским путь к крепости Хотин, вскоре сдавшейся.",
     A, "date", "history", False),
    ("At Mikatagahara, a plateau north of Hamamatsu, Takeda Shingen's army routed Tokugawa Ieyasu in January 1573, and Ieyasu barely escaped to his castle.",
     "В битве при Микатагахаре (1573) войско Такэды Сингэна нанесло тяжёлое поражение Токугаве Иэясу, который едва успел укрыться в замке Хамамацу.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Stegosaurus was named by Othniel Charles Marsh)
    ("Stegosaurus, the plated dinosaur of the Late Jurassic, was named in 1877 by Edward Drinker Cope from bones found in Colorado.",
     "Стегозавра — растительноядного ящера позднего юрского периода с костными пластинами на спине — описал в 1877 г. Отниел Чарлз Марш.",
     C, "person", "science", False),
    # FALSE: RU (Stromer's Spinosaurus fossils were destroyed in Munich)
    ("Spinosaurus was described by the German palaeontologist Ernst Stromer in 1915 from Egyptian fossils that were destroyed when Allied bombs hit Munich in April 1944.",
     "Голотип спинозавра, описанного Эрнстом Штромером в 1915 г. по египетским находкам, погиб в 1944 г. при бомбардировке Берлина.",
     C, "place", "science", True),
    # FALSE: RU (palladium was isolated in 1802, i.e. at the start of the 19th century)
    ("Palladium was isolated in 1802 by the English chemist William Hyde Wollaston, who named it after the newly discovered asteroid Pallas.",
     "Палладий открыл английский химик Уильям Волластон ещё в середине XVIII века; металл назван в честь астероида Паллада.",
     C, "century", "science", False),
    ("Velociraptor was named in 1924 by Henry Fairfield Osborn, who described a crushed skull and a claw found in Mongolia's Gobi Desert the year before.",
     "Велоцираптора описал в 1924 г. американский палеонтолог Генри Осборн по черепу и когтю, найденным экспедицией Американского музея естественной истории в монгольской Гоби.",
     A, "person", "science", True),
    ("Mimas, discovered by William Herschel in 1789, is dominated by a crater roughly 130 km across, which gives Saturn's small moon its 'Death Star' look.",
     "Спутник Сатурна Мимас (открыт У. Гершелем в 1789 г.) при диаметре около 400 км несёт кратер Гершель поперечником ~139 км.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (Mount Zas on Naxos is 1,004 m high)
    ("Naxos, the largest island of the Cyclades at about 430 square kilometres, rises to 1,004 metres at Mount Zas, the highest point in the group.",
     "Высшая точка Наксоса, крупнейшего из Кикладских островов, — гора Зас (Зевс) высотой 1604 м.",
     C, "number", "geography", True),
    # FALSE: EN (Zakynthos is one of the Ionian Islands)
    ("Zakynthos, known to the Venetians as Zante, is one of the Cyclades, scattered across the southern Aegean.",
     "Закинф (венецианское название — Занте) входит в группу Ионических островов у западного побережья Греции.",
     C, "place", "geography", False),
    ("King Ludwig II of Bavaria was found drowned in Lake Starnberg, south-west of Munich, on 13 June 1886, together with his psychiatrist Bernhard von Gudden.",
     "В июне 1886 г. в водах Штарнбергского озера (около 56 км²) к юго-западу от Мюнхена погиб баварский король Людвиг II.",
     A, "date", "geography", True),
    ("Thasos, the northernmost of the large Greek islands in the Aegean, lies just off the mainland opposite the port of Kavala.",
     "Тасос — самый северный из крупных греческих островов Эгейского моря; от материка у Кавалы его отделяет узкий пролив.",
     A, "rank", "geography", False),
    ("Unalaska Island in the Aleutians is crowned by Makushin Volcano, some 2,036 metres high, and its port of Dutch Harbor was bombed by Japanese aircraft in June 1942.",
     "Над островом Уналашка (Алеутские о-ва) возвышается вулкан Макушин высотой 2036 м; в июне 1942 г. японская авиация бомбила гавань Датч-Харбор.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (John Molson started brewing in Montreal in 1786)
    ("John Molson, an English immigrant, began brewing beer in Montreal in 1786, which makes Molson the oldest brewery in North America.",
     "Пивоварня Molson, старейшая в Северной Америке, была основана в Монреале англичанином Джоном Молсоном в 1810-х годах.",
     C, "decade", "economy", False),
    # FALSE: EN (Paulaner was founded by Minim friars, the Paulaner order, not Benedictines)
    ("Munich's Paulaner brewery goes back to 1634, when Benedictine monks of the Neudeck ob der Au monastery began brewing beer.",
     "Мюнхенская пивоварня «Пауланер» ведёт историю с 1634 г., когда пиво начали варить монахи-минимы (паулане) монастыря Нойдек-об-дер-Ау.",
     C, "organisation", "economy", True),
    ("D. G. Yuengling & Son, established in 1829 in Pottsville, Pennsylvania, is the oldest brewery still operating in the United States.",
     "Пивоварню Yuengling в Поттсвилле (Пенсильвания) основал в 1829 г. немецкий иммигрант Давид Юнглинг; это старейшая действующая пивоварня США.",
     A, "year", "economy", False),
    ("Primark began in June 1969 as a single Penneys store on Mary Street in Dublin, opened by Arthur Ryan.",
     "Сеть Primark выросла из магазина Penneys, открытого в Дублине в 1969 г.; в Ирландии её магазины до сих пор называются по-старому.",
     A, "place", "economy", True),
    ("The cosmetics company Oriflame was founded in Sweden in 1967 by the brothers Jonas and Robert af Jochnick.",
     "Косметическую компанию «Орифлэйм» создали в Швеции в 1967 году братья Йонас и Роберт аф Йохник.",
     A, "person", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Patterson won the 1960 rematch and regained the title)
    ("In June 1960 Floyd Patterson knocked out Ingemar Johansson in their rematch and became the first man to regain the world heavyweight title.",
     "В реванше с Ингемаром Юханссоном в июне 1960 г. Флойд Паттерсон так и не сумел вернуть себе титул чемпиона мира в тяжёлом весе.",
     C, "polarity", "sport", True),
    # FALSE: EN (Rivaldo won both awards in 1999)
    ("Barcelona's Brazilian forward Rivaldo was voted both European Footballer of the Year and FIFA World Player of the Year in 1997.",
     "В 1999 г. бразилец Ривалдо, игравший за «Барселону», получил «Золотой мяч» и был признан лучшим игроком мира по версии ФИФА.",
     C, "year", "sport", False),
    # FALSE: RU (Marciulionis signed with the Golden State Warriors)
    ("Šarūnas Marčiulionis, an Olympic champion with the Soviet team in Seoul, signed with the Golden State Warriors in 1989.",
     "Олимпийский чемпион Сеула-1988 Шарунас Марчюленис в 1989 г. подписал контракт с клубом НБА «Портленд Трэйл Блэйзерс».",
     C, "organisation", "sport", True),
    ("Cuba's Teófilo Stevenson won the Olympic heavyweight boxing title three times, in 1972, 1976 and 1980, and never turned professional.",
     "Кубинец Теофило Стивенсон — трёхкратный олимпийский чемпион в тяжёлом весе: Мюнхен, Монреаль, Москва.",
     A, "number", "sport", False),
    ("By winning the Masters in 1961, South Africa's Gary Player became the first golfer from outside the United States to take the green jacket.",
     "Южноафриканец Гэри Плейер, выиграв «Мастерс» 1961 г., стал первым неамериканцем — победителем этого турнира в Огасте.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (Cologne's first Rose Monday procession was in 1823, 19th century)
    ("Cologne's Rose Monday procession, the climax of the Rhineland carnival on the Monday before Ash Wednesday, was first staged in 1823.",
     "Розенмонтаг — «розовый понедельник» перед Пепельной средой — стал отмечаться в Кёльне большим карнавальным шествием лишь в начале XX века.",
     C, "century", "culture", False),
    # FALSE: EN (Moomba was first held in 1955)
    ("Melbourne's Moomba festival, held each March over the Labour Day long weekend on the banks of the Yarra, was first staged in the 1970s.",
     "Мельбурнский фестиваль Мумба, проходящий в марте на берегах Ярры, впервые состоялся в 1955 году.",
     C, "decade", "culture", True),
    ("The sardana, Catalonia's circle dance, is performed to the music of a cobla, a band of eleven players led by the flabiol and tamborí.",
     "Сардану — каталонский хоровод, в котором танцоры держатся за руки, — танцуют под оркестр-коблу из одиннадцати музыкантов.",
     A, "number", "culture", True),
    ("Tsagaan Sar, literally 'White Moon', is the Mongolian lunar New Year, usually celebrated in late January or February.",
     "Цагаан сар («Белый месяц») — Новый год по монгольскому лунному календарю; к празднику готовят сотни пельменей-бууз.",
     A, "entity", "culture", True),
    ("Radonitsa, the Orthodox day of commemorating the dead, falls on the Tuesday of the second week after Easter, when families visit cemeteries.",
     "Радоницу отмечают во вторник, на девятый день после Пасхи: в этот день православные поминают усопших и посещают кладбища.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Nausea was Sartre's first novel)
    ("Nausea (1938), Jean-Paul Sartre's first novel, takes the form of the diary of Antoine Roquentin, a historian living in the port town of Bouville.",
     "«Тошнота» (1938) — третий роман Жан-Поля Сартра, написанный в форме дневника историка Антуана Рокантена из городка Бувиль.",
     C, "rank", "literature", True),
    # FALSE: EN (The Mandarins won the Prix Goncourt)
    ("Simone de Beauvoir's The Mandarins, a novel about French left-wing intellectuals after the Liberation, won the Prix Renaudot in 1954.",
     "Роман Симоны де Бовуар «Мандарины» о французских левых интеллектуалах после войны был удостоен Гонкуровской премии 1954 г.",
     C, "entity", "literature", False),
    # FALSE: EN (Blakeney's sign is the scarlet pimpernel, a small red wild flower, not a rose)
    ("In Baroness Orczy's 1905 novel The Scarlet Pimpernel, the English baronet Sir Percy Blakeney signs his messages with a small red rose.",
     "Сэр Перси Блейкни, герой романа баронессы Орци «Алый Первоцвет» (1905), оставляет на своих записках рисунок маленького алого цветка очного цвета полевого.",
     C, "entity", "literature", True),
    ("Selma Lagerlöf's The Wonderful Adventures of Nils Holgersson, published in two volumes in 1906–07, was commissioned as a geography reader for Swedish schools.",
     "Книга Сельмы Лагерлёф о Нильсе Хольгерссоне, путешествующем с дикими гусями, вышла в 1906–1907 гг. как учебник географии Швеции для школ.",
     A, "year", "literature", False),
    ("Saint-John Perse, the pen name of the French diplomat Alexis Leger, received the Nobel Prize in Literature in 1960.",
     "Нобелевскую премию по литературе за 1960 год получил поэт Сен-Жон Перс (настоящее имя — Алексис Леже), в прошлом крупный дипломат.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (May Night is based on a story by Gogol)
    ("Rimsky-Korsakov's opera May Night, based on a story from Gogol's Evenings on a Farm near Dikanka, was first staged at the Mariinsky Theatre in January 1880.",
     "Опера Римского-Корсакова «Майская ночь» по повести Пушкина впервые прошла на сцене Мариинского театра в 1880 г.",
     C, "person", "music", False),
    # FALSE: RU (Jack Judge wrote the song in 1912)
    ("'It's a Long Way to Tipperary' was written in 1912 by the music-hall performer Jack Judge and became a marching song of British troops in 1914.",
     "Песню «Долог путь до Типперэри» эстрадный артист Джек Джадж сочинил в 1916 г.; её распевали британские солдаты Первой мировой.",
     C, "year", "music", True),
    ("Arthur Honegger's orchestral piece Pacific 231, written in 1923, depicts a heavy steam locomotive gathering speed.",
     "Симфоническое движение «Пасифик 231» (1923) швейцарца Артюра Онеггера изображает разгон мощного паровоза.",
     A, "year", "music", False),
    ("Jacques Brel recorded 'Ne me quitte pas' in 1959; Rod McKuen's English version later became known as 'If You Go Away'.",
     "Знаменитую песню «Ne me quitte pas» («Не покидай меня») бельгийский шансонье Жак Брель записал в 1959 году.",
     A, "year", "music", True),
    ("The Velvet Underground & Nico, the band's 1967 debut on the Verve label, came in a sleeve bearing Andy Warhol's banana.",
     "Дебютная пластинка нью-йоркской группы «Велвет Андерграунд» с певицей Нико вышла в 1967 г.; обложку украшал банан Энди Уорхола.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Mestrovic's Victor stands in the Belgrade Fortress, Kalemegdan)
    ("Ivan Meštrović's bronze Victor, a nude warrior holding a falcon and a sword, has stood on the ramparts of Zagreb's Upper Town since 1928.",
     "«Победитель» Ивана Мештровича — бронзовый обнажённый воин с соколом и мечом — с 1928 г. возвышается над слиянием Савы и Дуная в белградской крепости Калемегдан.",
     C, "place", "art", False),
    # FALSE: RU (Moore declined a knighthood in 1951)
    ("Henry Moore, a miner's son from Castleford in Yorkshire, declined a knighthood in 1951 but later accepted the Order of Merit.",
     "Скульптор Генри Мур, сын шахтёра из йоркширского Каслфорда, в 1951 г. с радостью принял рыцарское звание.",
     C, "opposite", "art", False),
    # FALSE: RU (Tanner settled in Paris in 1891)
    ("Henry Ossawa Tanner, who settled in Paris in 1891, painted The Banjo Lesson in 1893 during a stay back in the United States.",
     "Генри Оссава Таннер, автор картины «Урок игры на банджо» (1893), перебрался в Париж лишь в 1910-х годах.",
     C, "decade", "art", True),
    ("The Dublin-born sculptor Augustus Saint-Gaudens designed the American $20 'double eagle' gold coin first struck in 1907, the year he died.",
     "Золотую монету в 20 долларов «Двойной орёл» образца 1907 г. создал скульптор Огастес Сент-Годенс, уроженец Дублина.",
     A, "year", "art", False),
    ("The Museo Tamayo, opened in 1981 in Mexico City's Chapultepec Park, houses the international collection assembled by Rufino Tamayo and his wife Olga.",
     "Музей Руфино Тамайо в парке Чапультепек (Мехико), открытый в 1981 г., хранит собрание мирового искусства, переданное художником и его женой Ольгой.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the constitution was promulgated on 5 February 1917)
    ("Mexico's constitution, drawn up by a congress in Querétaro and still in force, was promulgated on 5 May 1917.",
     "Действующая конституция Мексики была провозглашена 5 февраля 1917 г. в Керетаро; её статьи 27 и 123 закрепили земельную реформу и права рабочих.",
     C, "month", "law", False),
    # FALSE: EN (Mansfield held that Somerset could NOT be forcibly removed from England)
    ("In Somerset v Stewart (1772) Lord Mansfield held that the enslaved James Somerset could lawfully be forced aboard a ship bound for Jamaica.",
     "По делу Сомерсета (1772) лорд Мэнсфилд постановил, что чернокожего невольника Джеймса Сомерсета нельзя насильно вывезти из Англии для продажи на Ямайке.",
     C, "opposite", "law", True),
    ("The Pskov Judicial Charter, the law code of the medieval Pskov republic, received its final form at the veche in 1467 and contains 120 articles.",
     "Псковская судная грамота — свод законов Псковской республики, окончательно утверждённый вечем в 1467 г., — насчитывает 120 статей.",
     A, "number", "law", False),
    ("The Schwabenspiegel, a south German law book compiled around 1275, probably by a Franciscan friar in Augsburg, drew heavily on the Sachsenspiegel.",
     "Швабское зерцало, составленное около 1275 г. в Аугсбурге, вероятно, монахом-францисканцем, во многом опиралось на Саксонское зерцало.",
     A, "year", "law", True),
    ("Catherine the Great's Nakaz, the Instruction she wrote for the Legislative Commission of 1767, borrowed heavily from Montesquieu and Beccaria.",
     "В «Наказе», составленном Екатериной II для Уложенной комиссии 1767 г., многие статьи были заимствованы у Монтескьё и Беккариа.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (about 11,000 Zeros were built: 10,939)
    ("Mitsubishi's A6M Zero, designed by Jiro Horikoshi and first flown in April 1939, was built in only about 3,000 examples.",
     "Палубный истребитель Mitsubishi A6M «Зеро» конструктора Дзиро Хорикоси выпускался всю войну; построено около 11 тыс. машин.",
     C, "number", "technology", True),
    # FALSE: EN (Speak & Spell was introduced in June 1978)
    ("Texas Instruments unveiled the Speak & Spell, an educational toy built around a single-chip speech synthesiser, in December 1978.",
     "Обучающую игрушку Speak & Spell с однокристальным синтезатором речи компания Texas Instruments показала в июне 1978 г.",
     C, "month", "technology", False),
    # FALSE: EN (Sketchpad was Sutherland's PhD work at MIT)
    ("Ivan Sutherland wrote Sketchpad, a drawing program operated with a light pen, in 1963 as part of his doctoral thesis at Stanford University.",
     "Программу Sketchpad, позволявшую рисовать на экране световым пером, Айвен Сазерленд создал в 1963 г. для диссертации в Массачусетском технологическом институте.",
     C, "organisation", "technology", True),
    ("Burroughs introduced the Nixie tube, a neon display in which digit-shaped cathodes glow orange, in the mid-1950s.",
     "Газоразрядные индикаторы Nixie с катодами в форме цифр, светящимися оранжевым, фирма Burroughs выпустила в 1955 году.",
     A, "decade", "technology", False),
    ("In 1840 the Viennese firm Voigtländer began making Joseph Petzval's fast portrait lens, which made daguerreotype exposures many times shorter.",
     "Светосильный портретный объектив Йозефа Пецваля, выпущенный венской фирмой «Фойгтлендер» в 1840 г., во много раз сократил выдержку при дагерротипной съёмке.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Montara leak lasted 74 days)
    ("Oil leaked from the Montara wellhead platform in the Timor Sea for about two weeks after the blowout of 21 August 2009.",
     "Утечка нефти на платформе Montara в Тиморском море, начавшаяся 21 августа 2009 г., продолжалась 74 дня.",
     C, "duration", "disasters", False),
    # FALSE: RU (the 1902 eruption of Santa Maria began on 24 October 1902)
    ("The Santa María volcano in western Guatemala, with no eruption on record for centuries, burst into one of the largest eruptions of the 20th century on 24 October 1902.",
     "Катастрофическое извержение гватемальского вулкана Санта-Мария, одно из крупнейших в XX веке, началось 8 октября 1902 г.; погибли тысячи людей.",
     C, "date", "disasters", True),
    ("In early December 1930 a toxic industrial fog trapped in the Meuse valley near Liège killed some 60 people within a few days.",
     "Смертоносный смог, застоявшийся в долине Мааса под Льежем 1–5 декабря 1930 г., погубил около 60 человек.",
     A, "number", "disasters", False),
    ("The San Fernando earthquake, also called the Sylmar earthquake, struck before dawn on 9 February 1971 and killed about 65 people.",
     "Землетрясение в Сильмаре (долина Сан-Фернандо, Калифорния) 09.02.1971 унесло более 60 жизней; многие погибли под руинами госпиталя для ветеранов.",
     A, "date", "disasters", True),
    ("The North Sea flood of 31 January–1 February 1953, driven by a storm surge at spring tide, killed 1,836 people in the Netherlands and 307 in England.",
     "В ночь на 1 февраля 1953 г. штормовой нагон на Северном море прорвал дамбы в Нидерландах: там погибли более 1800 человек, в Англии — около 300.",
     A, "number", "disasters", False),
]

RELATED = [
    ("After his victory at Velbazhd, Stefan Dečanski was overthrown in 1331 by his own son, who became king as Stefan Dušan.",
     "Местечко Вельбужд, у которого в 1330 г. сербы разбили болгар, — это современный город Кюстендил на западе Болгарии.",
     "Velbazhd", True, "history"),
    ("The tail of Stegosaurus carried four long bony spikes, an arrangement palaeontologists jokingly call the 'thagomizer'.",
     "Стегозавр достигал в длину около 9 м, но его головной мозг был необычайно мал по сравнению с массой тела.",
     "Stegosaurus", False, "science"),
    ("On Naxos stands the Portara, the huge marble doorway of an unfinished temple of Apollo begun in the sixth century BC.",
     "По греческому мифу, именно на Наксосе Тесей оставил спящую Ариадну, которую затем взял в жёны Дионис.",
     "Naxos", True, "geography"),
    ("In 2005 Molson merged with the American brewer Adolph Coors Company to form Molson Coors.",
     "Джон Молсон вкладывал деньги не только в пиво: в 1809 г. он спустил на воду «Аккомодейшн» — первый пароход на реке Святого Лаврентия.",
     "Molson", False, "economy"),
    ("Floyd Patterson won the middleweight gold medal at the 1952 Helsinki Olympics when he was only seventeen.",
     "В ноябре 1956 г. 21-летний Флойд Паттерсон нокаутировал Арчи Мура и стал самым молодым на тот момент чемпионом мира в тяжёлом весе.",
     "Floyd Patterson", True, "sport"),
    ("During the Rose Monday parades in Cologne and Düsseldorf, revellers on the floats throw tonnes of sweets, known as Kamelle, into the crowds.",
     "В разгар рейнского карнавала в Дюссельдорфе и Майнце кричат «Хелау!», а в Кёльне — «Кёлле алаф!».",
     "Rosenmontag", False, "culture"),
    ("Sartre originally wanted to call Nausea 'Melancholia', but his publisher Gaston Gallimard proposed the final title.",
     "Прообразом Бувиля, где живёт герой «Тошноты», принято считать Гавр, в котором Сартр в 1930-х гг. преподавал в лицее.",
     "Nausea", True, "literature"),
    ("The heroine of May Night, the drowned maiden Pannochka, helps the young Cossack Levko to marry his beloved Hanna.",
     "«Майская ночь» стала второй оперой Римского-Корсакова после «Псковитянки», поставленной в 1873 г.",
     "May Night", False, "music"),
    ("Henry Moore won the International Sculpture Prize at the Venice Biennale in 1948.",
     "Одна из «Лежащих фигур» Генри Мура, высеченная из травертина, с 1958 г. стоит у здания ЮНЕСКО в Париже.",
     "Henry Moore", True, "art"),
    ("Article 27 of Mexico's 1917 constitution vested the original ownership of land, water and subsoil resources in the nation.",
     "Мексиканская конституция 1917 г. стала одной из первых в мире, закрепивших социальные права трудящихся, в том числе восьмичасовой рабочий день.",
     "Mexican Constitution", False, "law"),
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

    with open(os.path.join(here, "comparable_heldout130.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout130.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
