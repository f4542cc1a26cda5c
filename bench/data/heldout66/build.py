#!/usr/bin/env python3
"""Build heldout66: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first).
Each related row:    (subject, en, ru, domain, ru_first).
For every contradict row a comment names the FALSE side; the other side is true.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # false side: RU (the battle was fought in 1176, i.e. the XII century)
    ("Myriokephalon",
     "In September 1176 the Seljuk sultan Kilij Arslan II ambushed the army of the Byzantine emperor Manuel I Komnenos in a mountain pass at Myriokephalon.",
     "Битва при Мириокефале, в которой сельджуки разгромили войско византийского императора Мануила I Комнина, произошла в XIV веке.",
     C, "century", "history", True),
    # false side: EN (the battle was over in well under half an hour)
    ("Prestonpans",
     "The Battle of Prestonpans, in which the Jacobites routed Sir John Cope's government army in September 1745, raged for three full days.",
     "Сражение при Престонпансе 21 сентября 1745 г. продолжалось меньше получаса: якобиты принца Карла Эдуарда Стюарта быстро обратили в бегство правительственные войска.",
     C, "duration", "history", False),
    # false side: RU (Neville's Cross is on the western edge of Durham, not near York)
    ("Neville's Cross",
     "At the Battle of Neville's Cross, fought just west of Durham on 17 October 1346, the English captured King David II of Scotland.",
     "В сражении при Невиллс-Кроссе 17 октября 1346 г., разыгравшемся близ Йорка, англичане взяли в плен шотландского короля Давида II.",
     C, "place", "history", False),
    ("Slankamen",
     "On 19 August 1691 an imperial army under Margrave Louis William of Baden defeated the Ottomans at Slankamen, on the Danube.",
     "Битва при Сланкамене, в которой погиб великий визирь Кёпрюлю Фазыл Мустафа-паша, завершилась 19 августа 1691 г. победой австрийцев над турками.",
     A, "date", "history", True),
    ("Otterburn",
     "The Scots won the Battle of Otterburn in August 1388, and the English commander Henry Percy was taken prisoner.",
     "В битве при Оттерберне в Нортумберленде (1388) английский военачальник Генри Перси попал в плен к шотландцам.",
     A, "person", "history", False),
    # ---------------- science ----------------
    # false side: EN (Reichstein's 1950 prize was in Physiology or Medicine)
    ("Reichstein",
     "Tadeus Reichstein shared the 1950 Nobel Prize in Chemistry with Edward Kendall and Philip Hench for work on hormones of the adrenal cortex.",
     "Швейцарский химик Тадеуш Рейхштейн в 1950 г. разделил Нобелевскую премию по физиологии и медицине с американцами Кендаллом и Хенчем.",
     C, "entity", "science", True),
    # false side: RU (the prize was awarded for 1927)
    ("Wagner-Jauregg",
     "Julius Wagner-Jauregg won the 1927 Nobel Prize in Physiology or Medicine for treating paralytic dementia by deliberately infecting patients with malaria.",
     "Австрийский психиатр Юлиус Вагнер-Яурегг получил Нобелевскую премию в 1937 году за лечение прогрессивного паралича прививкой малярии.",
     C, "year", "science", False),
    # false side: EN (the first artificial snow crystals were grown in 1936)
    ("Nakaya",
     "It was in the 1950s that Ukichiro Nakaya first grew artificial snow crystals in his laboratory at Hokkaido University.",
     "Японский физик Укитиро Накая в 1936 г. впервые получил искусственные снежинки в лаборатории Университета Хоккайдо.",
     C, "decade", "science", True),
    ("Spemann",
     "The German embryologist Hans Spemann received the Nobel Prize in Physiology or Medicine in 1935 for discovering the organizer effect.",
     "Нобелевской премии 1935 года был удостоен Ганс Шпеман — за открытие так называемого эффекта организатора в развитии зародыша.",
     A, "year", "science", False),
    ("Meyerhof",
     "Otto Meyerhof and the English physiologist A. V. Hill were jointly awarded the 1922 Nobel Prize for their studies of muscle metabolism.",
     "Нобелевскую премию по физиологии и медицине за 1922 год Отто Мейергоф разделил с британским физиологом Арчибальдом Хиллом.",
     A, "person", "science", True),
    # ---------------- geography ----------------
    # false side: RU (Mälaren is the third-largest lake in Sweden, after Vänern and Vättern)
    ("Mälaren",
     "Lake Mälaren, which drains into the Baltic at Stockholm, is the third-largest lake in Sweden.",
     "Озеро Меларен, на восточном берегу которого стоит Стокгольм, — крупнейшее озеро Швеции.",
     C, "rank", "geography", False),
    # false side: EN (Mount Wilhelm is 4,509 m high)
    ("Mount Wilhelm",
     "Mount Wilhelm, the highest peak in Papua New Guinea, rises to only about 3,500 metres above sea level.",
     "Высота горы Вильгельм, высшей точки Папуа — Новой Гвинеи, составляет 4509 м над уровнем моря.",
     C, "number", "geography", True),
    ("Van (Lake Van)",
     "Lake Van in eastern Anatolia, a salty soda lake with no outflow, is the largest lake in Turkey.",
     "Крупнейшее озеро Турции — Ван: его площадь составляет почти 3,8 тыс. км², а вода в нём солёная и сильно щелочная.",
     A, "rank", "geography", False),
    ("Mezen",
     "The Mezen, a river of nearly 1,000 kilometres in Russia's far north, empties into the White Sea.",
     "Река Мезень длиной 966 км протекает по Республике Коми и Архангельской области и впадает в Мезенскую губу Белого моря.",
     A, "number", "geography", True),
    ("Skagerrak",
     "The Skagerrak, lying between southern Norway, western Sweden and the Jutland peninsula, links the North Sea with the Kattegat.",
     "Пролив Скагеррак соединяет Северное море с Каттегатом и отделяет полуостров Ютландия от Норвегии.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # false side: RU (Norway joined in 1875, two years after the union was formed)
    ("Scandinavian Monetary Union",
     "Sweden and Denmark formed the Scandinavian Monetary Union in 1873, and Norway joined it two years later.",
     "Норвегия вошла в Скандинавский монетный союз лишь в 1895 году, спустя два десятилетия после того, как его учредили Швеция и Дания.",
     C, "year", "economy", True),
    # false side: EN (the American negotiator was Caleb Cushing, not Matthew Perry)
    ("Wanghia",
     "The Treaty of Wanghia, the first treaty between China and the United States, was negotiated for the Americans by Commodore Matthew Perry in 1844.",
     "Вансяский договор, первый договор между США и Китаем, был подписан 3 июля 1844 г.; американскую сторону представлял Калеб Кушинг.",
     C, "person", "economy", False),
    ("Wedgwood",
     "Josiah Wedgwood set up his own pottery business in Burslem, Staffordshire, in 1759.",
     "Гончарное предприятие, положившее начало фирме «Веджвуд», Джозайя Веджвуд основал в Берслеме в 1759 году.",
     A, "year", "economy", True),
    ("Rowntree's",
     "Rowntree's of York launched the four-finger chocolate wafer later known as Kit Kat in 1935.",
     "Шоколадный батончик из четырёх вафельных палочек, позже получивший название Kit Kat, фирма «Раунтри» из Йорка выпустила в 1935 г.",
     A, "year", "economy", False),
    ("Speenhamland",
     "In 1795 Berkshire magistrates meeting at Speenhamland agreed to top up labourers' wages according to the price of bread.",
     "Спинхемлендская система пособий, размер которых зависел от цены хлеба, была введена мировыми судьями Беркшира в мае 1795 года.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # false side: RU (the first Uber Cup, 1956-57, was won by the United States)
    ("Uber Cup",
     "The United States won the first Uber Cup, the women's world team badminton championship, held in England in 1957.",
     "Первый розыгрыш Кубка Убер — командного чемпионата мира по бадминтону среди женщин — в 1957 г. выиграла сборная Индонезии.",
     C, "entity", "sport", False),
    # false side: RU (Vezzali won the individual foil at three Games in a row: 2000, 2004, 2008)
    ("Vezzali",
     "Italy's Valentina Vezzali won the Olympic individual foil title three times in a row, in Sydney, Athens and Beijing.",
     "Итальянская рапиристка Валентина Веццали лишь однажды выиграла олимпийское золото в личном турнире — в Сиднее в 2000 году.",
     C, "number", "sport", True),
    # false side: RU (Yamashita won the 1984 open-category final against Rashwan)
    ("Yamashita",
     "Yasuhiro Yamashita won the open-category judo final at the 1984 Los Angeles Olympics against Egypt's Mohamed Ali Rashwan, despite an injured leg.",
     "В финале абсолютной категории на Олимпиаде 1984 г. в Лос-Анджелесе японский дзюдоист Ясухиро Ямасита проиграл египтянину Мохаммеду Рашвану.",
     C, "opposite", "sport", False),
    ("Walker Cup",
     "The Walker Cup, a match between amateur golfers of the United States and Great Britain and Ireland, was first contested in 1922.",
     "Первый розыгрыш Кубка Уокера среди гольфистов-любителей прошёл в 1922 г. в Саутгемптоне (штат Нью-Йорк) и завершился победой американцев.",
     A, "year", "sport", True),
    ("Wang Junxia",
     "In September 1993 in Beijing, Wang Junxia ran the 10,000 metres in 29:31.78, a world record that stood until 2016.",
     "Мировой рекорд Ван Цзюнься в беге на 10 000 м — 29 мин 31,78 с, — установленный в 1993 году, продержался 23 года.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # false side: EN (Tivoli opened on 15 August 1843)
    ("Tivoli Gardens",
     "Georg Carstensen's Tivoli Gardens in Copenhagen first opened its gates to the public in May 1843.",
     "Парк развлечений «Тиволи» в Копенгагене, основанный Георгом Карстенсеном, открылся 15 августа 1843 г.",
     C, "month", "culture", True),
    # false side: RU (the opening performance was Don Giovanni)
    ("Vienna State Opera",
     "Vienna's opera house on the Ringstrasse, today the State Opera, opened on 25 May 1869 with a performance of Mozart's Don Giovanni.",
     "Новое здание Венской оперы на Рингштрассе открылось 25 мая 1869 г. постановкой «Волшебной флейты» Моцарта.",
     C, "entity", "culture", False),
    ("Oktoberfest",
     "Munich's Oktoberfest began in 1810 with horse races held to celebrate the marriage of Crown Prince Ludwig of Bavaria.",
     "Первый Октоберфест прошёл в Мюнхене в октябре 1810 г. в честь свадьбы кронпринца Людвига и принцессы Терезы Саксен-Хильдбурггаузенской.",
     A, "year", "culture", True),
    ("Teatro Olimpico",
     "The Teatro Olimpico in Vicenza, Palladio's last work, was inaugurated in 1585 with a staging of Sophocles' Oedipus Rex.",
     "Первым спектаклем театра «Олимпико» в Виченце, открытого 3 марта 1585 г., стала трагедия Софокла «Царь Эдип».",
     A, "entity", "culture", False),
    ("Wiener Werkstätte",
     "Founded in Vienna in 1903 by Josef Hoffmann and Koloman Moser, the Wiener Werkstätte craft workshop operated until 1932.",
     "Объединение художников-ремесленников «Венские мастерские», созданное Йозефом Хофманом и Коломаном Мозером, просуществовало почти три десятилетия.",
     A, "duration", "culture", True),
    # ---------------- literature ----------------
    # false side: RU (Zazie in the Metro is by Raymond Queneau)
    ("Zazie in the Metro",
     "Raymond Queneau's comic novel Zazie in the Metro, about a girl visiting Paris during a metro strike, appeared in 1959.",
     "Комический роман «Зази в метро» о девочке, приехавшей в Париж во время забастовки метро, написал Борис Виан и издал в 1959 году.",
     C, "person", "literature", True),
    # false side: EN (Crosby paid £10 for the manuscript)
    ("Northanger Abbey",
     "In 1803 Jane Austen sold the manuscript that became Northanger Abbey to the publisher Crosby for £100, but he never issued it.",
     "В 1803 г. Джейн Остин продала рукопись будущего «Нортенгерского аббатства» издателю Кросби всего за 10 фунтов, но он так её и не издал.",
     C, "money", "literature", False),
    # false side: RU (Mumu first appeared in Sovremennik, 1854)
    ("Mumu",
     "Turgenev's story Mumu, written while he was under arrest in 1852, was first published two years later in the journal Sovremennik.",
     "Повесть Тургенева «Муму», написанная в 1852 г. под арестом, впервые была опубликована в журнале «Отечественные записки» в 1854 году.",
     C, "organisation", "literature", True),
    ("Platero and I",
     "Platero and I, the prose-poem cycle about a little donkey in Moguer, was written by Juan Ramón Jiménez, the 1956 Nobel laureate.",
     "Лирическая повесть «Платеро и я» о маленьком ослике принадлежит перу испанского поэта Хуана Рамона Хименеса.",
     A, "person", "literature", False),
    ("Tarzan of the Apes",
     "Edgar Rice Burroughs's Tarzan of the Apes first appeared in 1912, in an issue of the pulp magazine The All-Story.",
     "Роман Эдгара Райса Берроуза «Тарзан, приёмыш обезьян» впервые был напечатан в журнале в октябре 1912 г., а отдельной книгой вышел в 1914 г.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # false side: EN (Rienzi premiered in Dresden)
    ("Rienzi",
     "Wagner's Rienzi, the Last of the Tribunes, was first staged in Munich in October 1842 and gave the composer his first big success.",
     "Премьера оперы Вагнера «Риенци, последний из трибунов» состоялась в Дрездене 20 октября 1842 г. и принесла композитору первый крупный успех.",
     C, "place", "music", False),
    # false side: EN (Prokofiev died in March 1953, before the 1954 premiere)
    ("Stone Flower",
     "Prokofiev lived to attend the 1954 Bolshoi premiere of his last ballet, The Tale of the Stone Flower.",
     "Прокофьев не дожил до премьеры своего последнего балета «Сказ о каменном цветке», которая прошла в Большом театре в 1954 году.",
     C, "polarity", "music", True),
    # false side: RU (the Warsaw Concerto was written in 1941)
    ("Warsaw Concerto",
     "Richard Addinsell wrote the Warsaw Concerto in 1941 for the British film Dangerous Moonlight.",
     "Варшавский концерт Ричарда Аддинселла был написан в 1950-х годах для британского фильма «Опасный лунный свет».",
     C, "decade", "music", False),
    ("Tapiola",
     "Sibelius's tone poem Tapiola, commissioned by Walter Damrosch, had its first performance in New York in December 1926.",
     "Симфоническая поэма Сибелиуса «Тапиола» впервые прозвучала 26 декабря 1926 г. в Нью-Йорке.",
     A, "place", "music", True),
    ("Wellington's Victory",
     "Beethoven's Wellington's Victory was first performed in Vienna on 8 December 1813, at a charity concert for wounded soldiers.",
     "«Победа Веллингтона» Бетховена впервые прозвучала в Вене 8 декабря 1813 г., на том же концерте, где состоялась премьера Седьмой симфонии.",
     A, "date", "music", False),
    # ---------------- art ----------------
    # false side: EN (the painting is in the Museum of Fine Arts, Boston)
    ("Where Do We Come From?",
     "Gauguin's vast canvas Where Do We Come From? What Are We? Where Are We Going?, painted in Tahiti in 1897, hangs in the Musée d'Orsay.",
     "Огромное полотно Гогена «Откуда мы пришли? Кто мы? Куда мы идём?», написанное на Таити в 1897 году, хранится в Музее изящных искусств Бостона.",
     C, "organisation", "art", True),
    # false side: RU (Primavera was painted around 1480, in the XV century)
    ("Primavera",
     "Botticelli painted the Primavera, an allegory of spring now in the Uffizi, around 1480.",
     "Аллегорию весны «Примавера», хранящуюся в галерее Уффици, Сандро Боттичелли написал в начале XVI века.",
     C, "century", "art", False),
    # false side: EN (the Secession Building was designed by Joseph Maria Olbrich)
    ("Secession Building",
     "The Secession Building in Vienna, crowned by a dome of gilded laurel leaves, was designed by Otto Wagner and completed in 1898.",
     "Здание Венского сецессиона с ажурным куполом из позолоченных лавровых листьев построено в 1898 г. по проекту Йозефа Марии Ольбриха.",
     C, "person", "art", True),
    ("Nightmare",
     "Henry Fuseli's The Nightmare, which caused a sensation at the Royal Academy in 1782, is now in the Detroit Institute of Arts.",
     "Картина Иоганна Генриха Фюсли «Ночной кошмар» (1781) находится в собрании Института искусств Детройта.",
     A, "organisation", "art", False),
    ("Scapegoat",
     "William Holman Hunt painted The Scapegoat in 1854–56, working largely on the shore of the Dead Sea.",
     "Свою картину «Козёл отпущения» английский прерафаэлит Уильям Холман Хант писал с натуры на берегу Мёртвого моря.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # false side: RU (the court held Buick liable)
    ("MacPherson v. Buick",
     "In MacPherson v. Buick Motor Co. (1916), New York's Court of Appeals held the carmaker liable to a buyer injured when a defective wheel collapsed.",
     "По делу «Макферсон против „Бьюик мотор“» (1916) Апелляционный суд Нью-Йорка освободил автопроизводителя от ответственности перед покупателем, пострадавшим из-за дефектного колеса.",
     C, "opposite", "law", False),
    # false side: EN (the 1938 award was $78,000, not $78 million)
    ("Trail Smelter",
     "In 1938 the Trail Smelter tribunal ordered Canada to pay the United States $78 million for damage caused by fumes from the smelter at Trail.",
     "В 1938 г. арбитраж по делу «Трейл Смелтер» обязал Канаду выплатить США 78 тыс. долларов за ущерб от дыма плавильного завода в Трейле.",
     C, "scale", "law", True),
    ("Weeks v. United States",
     "In Weeks v. United States, decided in 1914, the Supreme Court barred federal courts from using evidence obtained in an illegal search.",
     "Решением по делу «Уикс против США» (1914) Верховный суд единогласно запретил федеральным судам использовать доказательства, добытые при незаконном обыске.",
     A, "year", "law", False),
    ("Pedra Branca",
     "In May 2008 the International Court of Justice awarded Pedra Branca, site of the Horsburgh Lighthouse, to Singapore rather than Malaysia.",
     "Международный суд ООН 23 мая 2008 г. признал суверенитет Сингапура над островом Педра-Бранка, а скалы Мидл-Рокс отошли Малайзии.",
     A, "date", "law", True),
    ("Pierce v. Society of Sisters",
     "In Pierce v. Society of Sisters (1925), a unanimous Supreme Court struck down an Oregon law requiring children to attend public schools.",
     "В 1925 г. Верховный суд США по делу «Пирс против Общества сестёр» единогласно признал неконституционным орегонский закон об обязательном посещении государственных школ.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # false side: RU (the prototype first flew on 5 March 1936)
    ("Spitfire",
     "The prototype Supermarine Spitfire, K5054, made its first flight from Eastleigh aerodrome near Southampton on 5 March 1936.",
     "Первый полёт опытного истребителя «Спитфайр» конструкции Реджинальда Митчелла состоялся 15 марта 1936 г. на аэродроме Истли под Саутгемптоном.",
     C, "day", "technology", True),
    # false side: EN (Pyrex went on sale in 1915)
    ("Pyrex",
     "Corning Glass Works first put its heat-resistant borosilicate Pyrex bakeware on sale in 1935.",
     "Жаропрочная посуда из боросиликатного стекла под маркой Pyrex появилась в продаже в 1915 году; её выпускала американская компания «Корнинг».",
     C, "year", "technology", False),
    ("Ranger 7",
     "Before crashing into the Moon in July 1964, NASA's Ranger 7 sent back more than 4,000 close-up photographs.",
     "Американская станция «Рейнджер-7» перед падением на Луну 31 июля 1964 г. передала на Землю 4308 снимков.",
     A, "number", "technology", True),
    ("Ondes Martenot",
     "The French cellist Maurice Martenot presented his electronic instrument, the ondes Martenot, to the public in Paris in 1928.",
     "Электромузыкальный инструмент «волны Мартено» был впервые публично продемонстрирован своим изобретателем в Париже в 1928 году.",
     A, "year", "technology", False),
    ("View-Master",
     "A standard View-Master reel, introduced in 1939, holds fourteen tiny film transparencies arranged as seven stereoscopic pairs.",
     "На каждом картонном диске стереоскопа View-Master, выпускаемого с 1939 года, размещено семь объёмных изображений.",
     A, "number", "technology", True),
    # ---------------- disasters ----------------
    # false side: EN (32 people died)
    ("Seongsu Bridge",
     "The collapse of a span of Seoul's Seongsu Bridge over the Han River on 21 October 1994 killed 132 people.",
     "При обрушении пролёта моста Сонсу через реку Ханган в Сеуле 21 октября 1994 г. погибли 32 человека.",
     C, "number", "disasters", True),
    # false side: RU (the Zasyadko mine is in Donetsk)
    ("Zasyadko mine",
     "The methane explosion at the Zasyadko coal mine in Donetsk on 18 November 2007 killed more than 100 miners.",
     "Взрыв метана на шахте имени Засядько в Луганске 18 ноября 2007 г. унёс жизни более ста горняков.",
     C, "place", "disasters", False),
    ("Yarmouth Castle",
     "About ninety people died when the cruise ship Yarmouth Castle caught fire and sank on its way from Miami to Nassau in 1965.",
     "При пожаре на круизном судне «Ярмут Касл», шедшем из Майами в Нассау в ноябре 1965 г., погибли 90 человек.",
     A, "number", "disasters", True),
    ("Salang Tunnel",
     "The Salang Tunnel disaster, a deadly fire in a Soviet military convoy deep inside the Hindu Kush tunnel, occurred in November 1982.",
     "Катастрофа в тоннеле на перевале Саланг в Афганистане произошла 3 ноября 1982 г., когда внутри загорелась советская военная колонна.",
     A, "month", "disasters", False),
    ("Thredbo",
     "The Thredbo landslide of 30 July 1997 destroyed two ski lodges in New South Wales and killed eighteen people.",
     "Из-за оползня на горнолыжном курорте Тредбо в Австралии в 1997 году погибли 18 человек; выжил лишь один — Стюарт Дайвер.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Prestonpans",
     "The Battle of Prestonpans was the first major victory of the Jacobite rising of 1745.",
     "Командовавший правительственными войсками при Престонпансе сэр Джон Коуп позднее предстал перед военным судом и был оправдан.",
     "history", True),
    ("Nakaya",
     "Ukichiro Nakaya is remembered for calling snow crystals letters sent from heaven.",
     "Укитиро Накая учился у знаменитого японского физика и эссеиста Торахико Тэрады.",
     "science", False),
    ("Van (Lake Van)",
     "Lake Van lies high on the Armenian Highland, at an altitude of about 1,640 metres above sea level.",
     "На острове Ахтамар на озере Ван стоит армянская церковь Святого Креста, построенная в начале X века.",
     "geography", True),
    ("Wedgwood",
     "In 1769 Josiah Wedgwood opened his new Etruria works near what is now Stoke-on-Trent.",
     "В 1770-х гг. фирма Веджвуда освоила выпуск знаменитой яшмовой массы — неглазурованной керамики, чаще всего голубой с белыми рельефами.",
     "economy", False),
    ("Yamashita",
     "Yasuhiro Yamashita retired from competition in 1985 after a run of 203 consecutive victories.",
     "Японский дзюдоист Ясухиро Ямасита родился в 1957 году в префектуре Кумамото.",
     "sport", True),
    ("Vienna State Opera",
     "After wartime bombing, the Vienna State Opera reopened on 5 November 1955 with Beethoven's Fidelio.",
     "Здание Венской государственной оперы сильно пострадало при американской бомбардировке города в марте 1945 года.",
     "culture", False),
    ("Mumu",
     "Turgenev was arrested in 1852 for publishing an obituary of Gogol that the censors had banned.",
     "Главный герой повести «Муму» — глухонемой дворник, крепостной богатырской силы, утопивший по приказу барыни свою собачку.",
     "literature", True),
    ("Rienzi",
     "Wagner based Rienzi on Edward Bulwer-Lytton's novel about the fourteenth-century Roman tribune Cola di Rienzo.",
     "Вагнер начал сочинять «Риенци» в Риге, а закончил партитуру уже в Париже.",
     "music", False),
    ("Trail Smelter",
     "The Trail Smelter tribunal's final decision of 1941 held that no state may use its territory so as to cause injury by fumes to another.",
     "Плавильный завод, из-за которого разгорелся спор, расположен в городе Трейл в канадской провинции Британская Колумбия, недалеко от границы с США.",
     "law", True),
    ("Spitfire",
     "The Spitfire was designed by R. J. Mitchell, Supermarine's chief designer, who died of cancer in 1937.",
     "Всего было построено более 20 тыс. «Спитфайров» всех модификаций, больше, чем любого другого британского самолёта.",
     "technology", False),
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
    out = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return dict(sorted(out.items()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    subjects = [row[0] for row in COMPARABLE]
    assert len(set(subjects)) == len(subjects), "subject reused"
    for subj in subjects:
        assert "M" <= subj[0].upper() <= "Z", subj
    for subj, en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, subj
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for subj, en, ru, domain, ru_first in RELATED:
        assert subj in subjects, subj
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
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert set(doms) == DOMAINS and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout66.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout66.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots (%d types):" % len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
