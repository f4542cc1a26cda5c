#!/usr/bin/env python3
"""Build heldout117: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the French capitulated at Bailen in July 1808, not September)
    ("At Bailén in Andalusia, in July 1808, Spanish troops under General Francisco Javier Castaños forced an entire French corps of some 18,000 men to lay down its arms.",
     "Капитуляция французского корпуса под Байленом (Андалусия) в сентябре 1808 г. стала первым крупным поражением наполеоновской армии в открытом поле.",
     C, "month", "history", True),
    # FALSE: EN (the Hanoverians capitulated on 29 June 1866, two days after the battle)
    ("The Hanoverian army defeated the Prussians at Langensalza on 27 June 1866 but, encircled and short of supplies, capitulated some two weeks after the battle.",
     "Одержав 27 июня 1866 г. победу над пруссаками при Лангензальце, окружённая ганноверская армия уже 29 июня была вынуждена капитулировать.",
     C, "duration", "history", False),
    # FALSE: RU (at Idstedt the Danes defeated the Schleswig-Holstein army)
    ("On 25 July 1850 at Idstedt, north of the town of Schleswig, the Danish army defeated the Schleswig-Holstein rebels in the decisive battle of the First Schleswig War.",
     "В сражении при Идштедте 25 июля 1850 г. шлезвиг-гольштейнская армия генерала Виллизена наголову разгромила датские войска.",
     C, "opposite", "history", True),
    ("On 23 August 1813 Prussian and allied troops stopped Marshal Oudinot's advance on Berlin at Grossbeeren, a village just south of the Prussian capital.",
     "Сражение у деревни Гросберен (23.08.1813), в котором пруссаки преградили французам маршала Удино путь на Берлин, стало одной из первых побед осенней кампании 1813 года.",
     A, "date", "history", False),
    ("Sergeant Patrick Masterson of the 87th Foot captured the eagle of the French 8th Line at Barrosa, near Cádiz, on 5 March 1811.",
     "В бою при Барросе под Кадисом в марте 1811 г. войска генерала Томаса Грэма разбили французов, а сержант Мастерсон захватил полкового «орла».",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Beijerinck worked on tobacco mosaic disease, not foot-and-mouth disease)
    ("Working in Delft in 1898, Martinus Beijerinck showed that the agent of tobacco mosaic disease passed through porcelain filters and called it a contagium vivum fluidum.",
     "В 1898 г. в Делфте Мартинус Бейеринк доказал, что возбудитель ящура проходит сквозь бактериальные фильтры, и назвал его «живым жидким заразным началом».",
     C, "entity", "science", True),
    # FALSE: EN (Kitasato grew the tetanus bacillus in Berlin, not London)
    ("In 1889, while working in London, the Japanese bacteriologist Kitasato Shibasaburo became the first to grow the tetanus bacillus in pure culture.",
     "Первым чистую культуру столбнячной палочки получил в 1889 г. японец Сибасабуро Китасато, стажировавшийся в Берлине.",
     C, "place", "science", False),
    # FALSE: RU (Charnley's low-friction hip dates from the early 1960s)
    ("In the early 1960s, at Wrightington Hospital in Lancashire, John Charnley developed the low-friction hip replacement, pairing a small metal head with a polyethylene socket.",
     "Эндопротез тазобедренного сустава с низким трением английский хирург Джон Чарнли создал в больнице Райтингтон в 1930-х годах.",
     C, "decade", "science", False),
    ("In 1761 the Viennese physician Leopold Auenbrugger published Inventum novum, a short Latin treatise describing how tapping the chest reveals disease.",
     "Метод перкуссии — выстукивания грудной клетки — австрийский врач Леопольд Ауэнбруггер изложил в трактате «Новое открытие», изданном в Вене в 1761 году.",
     A, "year", "science", False),
    ("The Danish botanist Wilhelm Johannsen introduced the word 'gene' in his 1909 textbook on heredity, Elemente der exakten Erblichkeitslehre.",
     "Термин «ген» предложил в 1909 г. датский ботаник и генетик Вильгельм Иогансен, известный также опытами с чистыми линиями фасоли.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Kekes, 1,014 m, is the highest peak of Hungary)
    ("Kékes, in the Mátra range north-east of Budapest, is only Hungary's second-highest peak, rising to 1,014 metres.",
     "Кекеш (1014 м) в горах Матра — высшая точка Венгрии.",
     C, "rank", "geography", True),
    # FALSE: EN (Hallasan is about 1,950 m high)
    ("Hallasan, the shield volcano that dominates Jeju Island, is South Korea's highest mountain at 2,950 metres.",
     "Высота щитового вулкана Халласан, главной вершины острова Чеджу и всей Южной Кореи, — 1947 м.",
     C, "number", "geography", True),
    # FALSE: RU (the mountain is named after Samuel Elbert)
    ("Mount Elbert in the Sawatch Range, at 4,401 m the highest summit of the Rocky Mountains, was named after Samuel Elbert, a territorial governor of Colorado.",
     "Гора Элберт (4401 м) в хребте Саватч, высшая точка Скалистых гор, названа в честь Джона Эванса, губернатора территории Колорадо.",
     C, "person", "geography", False),
    ("Lake Bosumtwi, about 30 km south-east of Kumasi, is Ghana's only natural lake and fills a meteorite impact crater roughly a million years old.",
     "Босумтви — единственное естественное озеро Ганы: оно заполняет ударный кратер диаметром около 10 км, образовавшийся при падении метеорита.",
     A, "rank", "geography", True),
    ("The Kalambo Falls, where the Kalambo River plunges about 235 metres in a single drop, lie on the border between Zambia and Tanzania.",
     "Водопад Каламбо высотой свыше 200 м находится на границе Замбии и Танзании, недалеко от южной оконечности озера Танганьика.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Anand is in Gujarat, not Punjab)
    ("Amul grew out of a milk co-operative registered in 1946 in Anand, in the Kaira district of Gujarat, to free farmers from private dairy middlemen.",
     "Бренд Amul вырос из молочного кооператива, зарегистрированного в 1946 г. в городе Ананд в индийском штате Пенджаб.",
     C, "place", "economy", True),
    # FALSE: EN (Greggs was founded in 1939)
    ("Greggs, now Britain's biggest bakery chain, was founded in 1972 by John Gregg, who delivered eggs and yeast around Newcastle upon Tyne.",
     "Сеть пекарен Greggs ведёт историю с 1939 г.: её основатель Джон Грегг начинал с развоза яиц и дрожжей по Ньюкаслу.",
     C, "year", "economy", False),
    ("Max Grundig started his business in 1930 with a small radio shop in Fürth, the Bavarian town next to Nuremberg.",
     "История концерна Grundig началась в 1930 г., когда молодой Макс Грундиг открыл в Фюрте магазин радиотоваров.",
     A, "year", "economy", False),
    ("The English-born brothers James and William Horlick founded their malted-food company, the forerunner of Horlicks, in Chicago in 1873.",
     "Компанию, давшую начало бренду солодовых напитков Horlicks, братья Джеймс и Уильям Хорлик, выходцы из Англии, основали в Чикаго в 1873 году.",
     A, "place", "economy", True),
    ("Douwe Egberts dates from 1753, when Egbert Douwes opened a shop selling coffee, tea and tobacco in Joure, Friesland.",
     "Компания Douwe Egberts основана в XVIII веке во фрисландском городке Йоуре, где Эгберт Доувес открыл лавку колониальных товаров.",
     A, "century", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Beccali won in Los Angeles in 1932)
    ("Luigi Beccali of Italy won the 1500 metres at the 1932 Los Angeles Olympics, setting an Olympic record of 3 min 51.2 s.",
     "Итальянец Луиджи Беккали стал олимпийским чемпионом в беге на 1500 м на Играх 1932 г. в Амстердаме.",
     C, "place", "sport", True),
    # FALSE: EN (the two Americans refused to run; Halswelle ran the rerun alone)
    ("After the 1908 Olympic 400 m final was ordered to be rerun, the two remaining American finalists did take part, and Wyndham Halswelle won the repeat race.",
     "На повторный финал забега на 400 м на Олимпиаде 1908 г. в Лондоне двое оставшихся американцев не вышли, и шотландец Уиндем Холсуэлл пробежал дистанцию в одиночестве.",
     C, "polarity", "sport", False),
    # FALSE: RU (Ackermann cleared 2.00 m on 26 August 1977)
    ("On 26 August 1977 in West Berlin, East Germany's Rosemarie Ackermann became the first woman to clear two metres in the high jump.",
     "Первой женщиной, взявшей в прыжках в высоту 2 м, стала 16 августа 1977 г. в Западном Берлине Роземари Аккерман из ГДР.",
     C, "date", "sport", False),
    ("Lee Evans's 43.86 seconds in the 400 metres at the 1968 Mexico City Olympics stood as the world record for almost twenty years.",
     "Мировой рекорд Ли Эванса в беге на 400 м (43,86 с), установленный на Олимпиаде в Мехико в октябре 1968 г., был побит лишь в 1988 году.",
     A, "duration", "sport", True),
    ("In March 1987, playing against Pakistan at Ahmedabad, Sunil Gavaskar became the first batsman to score 10,000 runs in Test cricket.",
     "Индиец Сунил Гаваскар первым в истории тестового крикета набрал 10 000 ранов — это случилось в 1987 г. в матче с Пакистаном.",
     A, "rank", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (the Haxey Hood is played on 6 January)
    ("The Haxey Hood, a rough mass contest in which villagers push a leather tube towards rival pubs, is held every year on 24 December.",
     "Ежегодная игра «Хэксийский капюшон» в деревне Хакси (Линкольншир) проходит 6 января, в день Богоявления, если он не выпадает на воскресенье.",
     C, "date", "culture", True),
    # FALSE: RU (the antlers are radiocarbon-dated to about the 11th century)
    ("The reindeer antlers carried in the Abbots Bromley Horn Dance in Staffordshire have been radiocarbon-dated to around the eleventh century.",
     "Оленьи рога, с которыми танцуют в стаффордширской деревне Эбботс-Бромли, по данным радиоуглеродного анализа относятся к XVI веку.",
     C, "century", "culture", True),
    ("In Helston, Cornwall, Flora Day is usually celebrated on 8 May, when couples dance the Furry Dance through the streets and in and out of houses.",
     "Праздник Флоры в корнуоллском городке Хелстон обычно отмечают 8 мая: пары в нарядных костюмах танцуют по улицам, заходя в дома и выходя через задние двери.",
     A, "date", "culture", False),
    ("Founded in 1950, the Dubrovnik Summer Festival fills the old town's squares, palaces and fortresses with plays and concerts from 10 July to 25 August.",
     "Дубровницкий летний фестиваль, проводимый с 1950 года, каждое лето превращает площади и крепости старого города в театральные сцены.",
     A, "year", "culture", False),
    ("Karagöz, the Turkish shadow theatre whose two main characters are the blunt Karagöz and the pompous Hacivat, was inscribed on UNESCO's intangible heritage list in 2009.",
     "В 2009 г. турецкий театр теней «Карагёз», названный по имени простоватого героя, спорящего с учёным приятелем Хадживатом, внесён в список нематериального наследия ЮНЕСКО.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Sewell died in April 1878, five months after publication)
    ("Anna Sewell, whose only novel Black Beauty appeared in 1877, lived for another five years after its publication.",
     "Анна Сьюэлл, автор единственного романа «Чёрный красавчик» (1877), умерла всего через пять месяцев после его выхода в свет.",
     C, "duration", "literature", True),
    # FALSE: RU (Cedric's grandfather is the Earl of Dorincourt, not a duke)
    ("In Little Lord Fauntleroy (1886) a poor New York boy, Cedric Errol, learns that he is heir to his grandfather, the Earl of Dorincourt.",
     "Герой повести Фрэнсис Бёрнетт «Маленький лорд Фаунтлерой» (1886), нью-йоркский мальчик Седрик Эррол, оказывается наследником своего деда — герцога Доринкура.",
     C, "rank", "literature", False),
    ("Longfellow's The Song of Hiawatha, published in November 1855, is written in unrhymed trochaic tetrameter and ends with the hero departing westward.",
     "«Песнь о Гайавате» Лонгфелло, вышедшая в 1855 г., написана нерифмованным четырёхстопным хореем.",
     A, "year", "literature", False),
    ("Otfried Preußler's Krabat, the story of a Sorbian beggar boy apprenticed to a sorcerer-miller, appeared in 1971 and won the German Youth Literature Prize.",
     "Повесть Отфрида Пройслера «Крабат» (1971) о мальчике-подмастерье, попавшем на мельницу колдуна, в 1972 г. получила Немецкую премию в области детской и юношеской литературы.",
     A, "year", "literature", True),
    ("Manzoni's The Betrothed, first published in 1827 and heavily revised in 1840–42, follows Renzo and Lucia through Lombardy during the plague of 1630.",
     "Действие романа Алессандро Мандзони «Обручённые» разворачивается в Ломбардии XVII века, охваченной войной, голодом и чумой.",
     A, "century", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (the premiere was in November 1915)
    ("Emmerich Kálmán's operetta Die Csárdásfürstin (The Gypsy Princess) was first staged in Vienna on 17 November 1915, in the middle of the First World War.",
     "Оперетта Имре Кальмана «Королева чардаша», известная в России как «Сильва», впервые поставлена в Вене в ноябре 1925 г.",
     C, "year", "music", True),
    # FALSE: EN (the music is by Frantisek Skroup)
    ("Kde domov můj, the Czech national anthem, was first sung in 1834 in Josef Kajetán Tyl's play Fidlovačka, with music by Bedřich Smetana.",
     "Музыку песни «Где мой дом?», ставшей гимном Чехии, написал Франтишек Шкроуп для пьесы Йозефа Каэтана Тыла «Фидловачка», поставленной в Праге в декабре 1834 г.",
     C, "person", "music", False),
    # FALSE: EN (the 1580 registration is in the 16th century)
    ("The earliest surviving record of Greensleeves is a ballad entered in the register of the London Stationers' Company in the fifteenth century.",
     "Старейшее упоминание баллады «Зелёные рукава» — запись в реестре лондонской гильдии книготорговцев, сделанная в сентябре 1580 года.",
     C, "century", "music", False),
    ("James Weldon Johnson wrote Lift Every Voice and Sing for a Lincoln's Birthday celebration in Jacksonville, Florida, in 1900, with music by his brother Rosamond.",
     "Песню «Пусть каждый голос зазвучит», которую часто называют гимном афроамериканцев, впервые исполнили школьники Джексонвилла (Флорида) в феврале 1900 г.",
     A, "place", "music", True),
    ("El Cóndor Pasa began as a tune in a 1913 zarzuela by the Peruvian composer Daniel Alomía Robles and was declared part of Peru's national heritage in 2004.",
     "Мелодию «Полёт кондора» перуанский композитор Даниэль Аломия Роблес написал в 1913 г. для сарсуэлы; всемирную славу ей принесла версия Саймона и Гарфанкела 1970 года.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (the Strozzi Adoration is in the Uffizi)
    ("Gentile da Fabriano's Adoration of the Magi, painted in 1423 for the Florentine banker Palla Strozzi, now hangs in the Louvre.",
     "«Поклонение волхвов» Джентиле да Фабриано, написанное в 1423 г. по заказу Паллы Строцци для флорентийской церкви Санта-Тринита, хранится в галерее Уффици.",
     C, "organisation", "art", False),
    # FALSE: EN (Florence Owens Thompson was 32)
    ("Dorothea Lange's Migrant Mother, taken in 1936 at a pea pickers' camp in Nipomo, California, shows Florence Owens Thompson, then 52 years old.",
     "На снимке Доротеи Ланг «Мать-переселенка» (1936), сделанном в лагере сборщиков гороха в Калифорнии, запечатлена 32-летняя Флоренс Оуэнс Томпсон.",
     C, "number", "art", False),
    ("Constantin Brâncuși's Endless Column at Târgu Jiu, completed in 1938, rises almost 30 metres in a stack of rhomboidal cast-iron modules.",
     "«Бесконечная колонна» Бранкуши в Тыргу-Жиу высотой 29,3 м сложена из ромбовидных чугунных модулей и установлена в 1938 году.",
     A, "number", "art", True),
    ("After Eugène Atget died in 1927, the American photographer Berenice Abbott bought thousands of his negatives and prints of old Paris.",
     "Архив Эжена Атже, десятилетиями снимавшего старый Париж, после его смерти приобрела американка Беренис Эббот, сделавшая фотографа знаменитым.",
     A, "person", "art", False),
    ("The photographer Brassaï, famous for his nocturnal Paris, was born Gyula Halász in 1899 in Brassó, then in Hungary and now Brașov in Romania.",
     "Псевдоним Брассай венгерский фотограф Дьюла Халас взял по названию родного трансильванского города Брашов (венг. Брашшо).",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Court upheld the curfew)
    ("In Hirabayashi v. United States (1943) the Supreme Court unanimously upheld a wartime curfew imposed on Americans of Japanese ancestry.",
     "В деле «Хирабаяси против США» (1943) Верховный суд единогласно признал неконституционным комендантский час, введённый для американцев японского происхождения.",
     C, "opposite", "law", True),
    # FALSE: EN (Foss v Harbottle was decided in 1843)
    ("Foss v Harbottle, decided by the Court of Chancery in the 1870s, holds that a wrong done to a company must be sued for by the company itself.",
     "По правилу, установленному в 1843 г. делом «Фосс против Харботтла», иск о вреде, причинённом компании, вправе подать лишь сама компания.",
     C, "decade", "law", True),
    ("In Cruzan v. Director, Missouri Department of Health (1990), a 5–4 Supreme Court let Missouri demand clear and convincing evidence of a patient's wishes.",
     "Решение по делу Нэнси Крузан, впавшей в вегетативное состояние после автокатастрофы, Верховный суд США принял в 1990 г. пятью голосами против четырёх.",
     A, "number", "law", False),
    ("The Davis–Bacon Act of 1931 requires contractors on federally funded construction projects to pay workers at least locally prevailing wages.",
     "Закон Дэвиса — Бэкона, принятый Конгрессом США в 1931 г., обязывает подрядчиков федеральных строек платить рабочим не ниже местных ставок.",
     A, "year", "law", False),
    ("The Henrician Articles, named after Henry of Valois, who was elected King of Poland in 1573, had to be sworn by every newly elected monarch of the Commonwealth.",
     "Генриковы артикулы, которые обязан был подтверждать каждый избранный король Речи Посполитой, получили название по имени Генриха Валуа, избранного в 1573 году.",
     A, "person", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the Leblanc process made soda ash, not potash)
    ("The Leblanc process, patented by Nicolas Leblanc in 1791, turned common salt into soda ash and dominated the alkali industry for most of the nineteenth century.",
     "Способ Леблана, запатентованный в 1791 г., позволял получать из поваренной соли поташ и господствовал в щелочной промышленности почти весь XIX век.",
     C, "entity", "technology", True),
    # FALSE: EN (Carrier's first system dates from 1902)
    ("Willis Carrier designed his first humidity-controlling air-conditioning system in 1922 for a printing plant in Brooklyn.",
     "Первую установку кондиционирования воздуха Уиллис Кэрриер спроектировал в 1902 г. для бруклинской типографии, где от влажности коробилась бумага.",
     C, "year", "technology", False),
    ("Lee de Forest's Audion of 1906, which added a third electrode — the grid — to a vacuum diode, was the first triode vacuum tube.",
     "Трёхэлектродную лампу — аудион — американский изобретатель Ли де Форест создал в 1906 г., дополнив диод управляющей сеткой.",
     A, "year", "technology", False),
    ("Andrew Hallidie's Clay Street Hill Railroad, San Francisco's first cable car line, made its first run on 2 August 1873.",
     "Первый в Сан-Франциско канатный трамвай, построенный Эндрю Халлиди, прошёл по Клэй-стрит 2.08.1873.",
     A, "date", "technology", True),
    ("Opened on 31 May 1997, the 12.9-km Confederation Bridge links Prince Edward Island with New Brunswick across the Northumberland Strait.",
     "Мост Конфедерации длиной почти 13 км, соединивший в 1997 г. остров Принца Эдуарда с материковой Канадой, — самый длинный мост над замерзающей водой.",
     A, "number", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the tornado struck on 26 April 1989)
    ("The Daulatpur–Saturia tornado in Bangladesh's Manikganj district on 26 April 1989 killed an estimated 1,300 people, the deadliest tornado on record.",
     "Смерч, пронёсшийся над округом Маникгандж в Бангладеш в октябре 1989 г., убил около 1300 человек — больше, чем любой другой известный торнадо.",
     C, "month", "disasters", True),
    # FALSE: EN (the Express Samina struck the Portes rocks; no tanker was involved)
    ("On 26 September 2000 the ferry Express Samina sank off Paros after colliding with an oil tanker; about 80 people died.",
     "Паром «Экспресс Самина» затонул 26.09.2000, налетев на скалы Портес у острова Парос; погибли около 80 человек.",
     C, "entity", "disasters", False),
    # FALSE: RU (Flora lingered over Cuba for about four days)
    ("Hurricane Flora, which killed more than 7,000 people in Haiti and Cuba in October 1963, stalled and looped over eastern Cuba for about four days.",
     "Ураган «Флора» (октябрь 1963 г.), унёсший на Гаити и Кубе свыше 7 тыс. жизней, почти две недели кружил над востоком Кубы.",
     C, "duration", "disasters", False),
    ("The El Reno tornado of 31 May 2013 in Oklahoma grew to 4.2 km (2.6 miles) across, the widest tornado ever recorded.",
     "Торнадо у города Эль-Рино (Оклахома) 31 мая 2013 г. достиг ширины 4,2 км — рекорд за всю историю наблюдений; среди погибших были трое охотников за ураганами.",
     A, "rank", "disasters", True),
    ("On 15 January 2022 the underwater volcano Hunga Tonga–Hunga Ha'apai erupted so violently that its plume rose about 57 km, the highest ever measured.",
     "Извержение подводного вулкана Хунга-Тонга-Хунга-Хаапай 15.01.2022 подняло столб пепла и газов на рекордную высоту — около 57 км — и вызвало цунами по всему Тихому океану.",
     A, "rank", "disasters", False),
]

RELATED = [
    ("Francisco Javier Castaños, the Spanish commander at Bailén, was later given the title Duke of Bailén in memory of the victory.",
     "Байлен — небольшой город в провинции Хаэн на севере Андалусии.",
     "Bailén", True, "history"),
    ("A portrait of Kitasato Shibasaburo appears on the 1,000-yen banknote issued by the Bank of Japan from July 2024.",
     "В 1892 г. Китасато возглавил в Токио институт по изучению инфекционных болезней, созданный при поддержке просветителя Юкити Фукудзавы.",
     "Kitasato", False, "science"),
    ("At the summit of Hallasan lies Baengnokdam, a crater lake whose name means 'white deer lake'.",
     "Гора Халласан и лавовые трубки острова Чеджу внесены ЮНЕСКО в список всемирного наследия в 2007 году.",
     "Hallasan", True, "geography"),
    ("In January 2019 Greggs launched a vegan sausage roll, which quickly became one of its best-selling products.",
     "Штаб-квартира сети пекарен Greggs по-прежнему находится в Ньюкасле-апон-Тайн, где компания была основана.",
     "Greggs", False, "economy"),
    ("Wyndham Halswelle, a British Army officer, was killed by a sniper at Neuve-Chapelle in 1915.",
     "На внеочередных Играх 1906 г. в Афинах Уиндем Холсуэлл завоевал серебро в беге на 400 м и бронзу на 800 м.",
     "Halswelle", True, "sport"),
    ("Legend traces the Haxey Hood to a fourteenth-century Lady de Mowbray, whose silk hood was blown away and chased by farm labourers.",
     "Перед началом игры в Хакси «Шут» произносит речь, стоя на камне, а за его спиной поджигают сырую солому.",
     "Haxey Hood", False, "culture"),
    ("Minnehaha, Hiawatha's wife in Longfellow's poem, dies during a harsh winter of famine.",
     "Действие «Песни о Гайавате» разворачивается на южном берегу озера Верхнего.",
     "Hiawatha", True, "literature"),
    ("Since 1993 Kde domov můj has served on its own as the national anthem of the Czech Republic.",
     "Автор слов песни «Где мой дом?» Йозеф Каэтан Тыл был также актёром, театральным режиссёром и драматургом.",
     "Kde domov muj", False, "music"),
    ("Dorothea Lange made Migrant Mother while working for the Resettlement Administration, a federal agency later absorbed into the Farm Security Administration.",
     "Во время Второй мировой войны Доротея Ланг по заданию властей снимала интернирование американцев японского происхождения.",
     "Dorothea Lange", True, "art"),
    ("Before the Confederation Bridge opened, motorists reached Prince Edward Island mainly by ferries across the Northumberland Strait.",
     "Мост Конфедерации имеет две полосы движения; плату за проезд взимают лишь при выезде с острова Принца Эдуарда.",
     "Confederation Bridge", False, "technology"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
# Subjects' main names must begin with A-L.
SUBJECT_LETTERS = set("ABCDEFGHIJKL")


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
        assert subj[0].upper() in SUBJECT_LETTERS, subj
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

    with open(os.path.join(here, "comparable_heldout117.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout117.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
