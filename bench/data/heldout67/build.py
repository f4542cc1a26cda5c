#!/usr/bin/env python3
"""Build heldout67: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Castillon was fought on 17 July 1453, i.e. in the 1450s)
    ("The Battle of Castillon on the Dordogne, fought on 17 July 1453, is usually taken as the last battle of the Hundred Years' War.",
     "Сражение при Кастийоне, которое принято считать последней битвой Столетней войны, произошло в 1460-х годах.",
     C, "decade", "history", True),
    ("In April 1216, on the Lipitsa river near Yuryev-Polsky, the Novgorodian army routed the forces of the Vladimir-Suzdal princes Yuri and Yaroslav.",
     "Липицкая битва, одно из самых кровопролитных междоусобных сражений Древней Руси, произошла в 1216 году неподалёку от Юрьева-Польского.",
     A, "year", "history", False),
    # FALSE: RU (the German squadron won at Coronel, sinking Good Hope and Monmouth)
    ("In the Battle of Coronel off the coast of Chile on 1 November 1914, the German East Asia Squadron sank two British armoured cruisers.",
     "1 ноября 1914 г. у чилийского порта Коронель германская Восточноазиатская эскадра была разбита британскими крейсерами.",
     C, "opposite", "history", False),
    ("Signed on 17 September 1809, the Treaty of Fredrikshamn ended the Finnish War, with Sweden ceding Finland to the Russian Empire.",
     "По Фридрихсгамскому мирному договору, заключённому в сентябре 1809 г., Швеция уступила России Финляндию и Аландские острова.",
     A, "date", "history", True),
    ("Under the Treaty of Altranstädt, concluded with Charles XII in 1706, Augustus the Strong gave up the Polish throne and recognised Stanisław Leszczyński as king.",
     "Альтранштедтский мир 1706 года вынудил саксонского курфюрста Августа II отказаться от польской короны в пользу ставленника шведов Станислава Лещинского.",
     A, "person", "history", False),
    # ---------------- science ----------------
    ("The Czech chemist Jaroslav Heyrovský, who had developed polarography in the early 1920s, was awarded the Nobel Prize in Chemistry in 1959.",
     "Нобелевскую премию по химии за 1959 год получил чешский учёный Ярослав Гейровский — создатель полярографического метода анализа.",
     A, "year", "science", True),
    # FALSE: RU (Buchner won the 1907 Nobel Prize in Chemistry)
    ("Eduard Buchner received the 1907 Nobel Prize in Chemistry for proving that fermentation can occur without living yeast cells.",
     "Эдуард Бухнер, доказавший в 1897 г. возможность брожения без живых дрожжевых клеток, так и не был удостоен Нобелевской премии.",
     C, "polarity", "science", False),
    # FALSE: RU (Langmuir worked at General Electric, not Bell Labs)
    ("Irving Langmuir, who did most of his research at the General Electric laboratory in Schenectady, won the 1932 Nobel Prize in Chemistry for work on surface chemistry.",
     "Ирвинг Ленгмюр, получивший Нобелевскую премию по химии 1932 года за исследования поверхностных явлений, почти всю жизнь проработал в Bell Labs.",
     C, "organisation", "science", True),
    ("Vasily Dokuchaev's monograph on the Russian chernozem, published in 1883, is regarded as a founding work of modern soil science.",
     "В 1883 году вышел труд Василия Докучаева «Русский чернозём», с которого принято отсчитывать историю научного почвоведения.",
     A, "year", "science", False),
    ("Gustaf Dalén, the Swedish engineer behind the automatic sun valve used in lighthouses, won the Nobel Prize in Physics in 1912.",
     "Шведский изобретатель Густаф Дален, потерявший зрение после взрыва во время опытов, стал лауреатом Нобелевской премии по физике 1912 г.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    ("Great Bear Lake in the Northwest Territories is the largest lake lying entirely within Canada, with an area of about 31,000 square kilometres.",
     "Большое Медвежье озеро (31,1 тыс. км²) — крупнейшее из озёр, целиком расположенных на территории Канады.",
     A, "rank", "geography", False),
    # FALSE: RU (Atitlán is roughly 340 m deep)
    ("Lake Atitlán, a volcanic crater lake in the highlands of Guatemala, reaches a depth of about 340 metres.",
     "Максимальная глубина озера Атитлан в горах Гватемалы, окружённого тремя вулканами, не превышает 90 м.",
     C, "number", "geography", True),
    ("The Aldan, a right-bank tributary of the Lena, flows for roughly 2,270 kilometres through Yakutia.",
     "Длина Алдана, крупнейшего правого притока Лены в Якутии, составляет 2273 км.",
     A, "number", "geography", False),
    # FALSE: RU (Gunnbjørn Fjeld is in East Greenland)
    ("Gunnbjørn Fjeld, at 3,694 metres the highest point of Greenland, rises in the Watkins Range near the island's east coast.",
     "Высочайшая вершина Гренландии — гора Гуннбьёрн-Фьельд (3694 м) — находится в горах на западном побережье острова.",
     C, "place", "geography", True),
    ("Galdhøpiggen in the Jotunheimen mountains is the highest peak in Norway, rising to 2,469 metres.",
     "Высота Гальдхёпиггена, высочайшей горы Норвегии и всей Скандинавии, — около 2,5 тыс. м над уровнем моря.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (De Beers Consolidated Mines was formed in 1888)
    ("De Beers Consolidated Mines was formed in 1888, when Cecil Rhodes merged the leading diamond companies of Kimberley.",
     "Компания De Beers Consolidated Mines была создана Сесилом Родсом в результате слияния кимберлийских алмазных компаний в 1898 году.",
     C, "year", "economy", False),
    ("The Deutsche Bundesbank, headquartered in Frankfurt, took over from the Bank deutscher Länder on 1 August 1957.",
     "Немецкий федеральный банк (Бундесбанк) был учреждён в 1957 году и сменил Банк немецких земель в роли центрального банка ФРГ.",
     A, "organisation", "economy", True),
    # FALSE: RU (C. Hoare & Co was founded in 1672, i.e. the 17th century)
    ("C. Hoare & Co, one of Britain's oldest private banks, was founded by the goldsmith Richard Hoare in 1672 and is still family-owned.",
     "Частный банк C. Hoare & Co, по сей день принадлежащий семье основателя, был основан золотых дел мастером Ричардом Хоаром в XVIII веке.",
     C, "century", "economy", False),
    ("Faber-Castell traces its history to 1761, when the cabinetmaker Kaspar Faber began making pencils in Stein, a town near Nuremberg.",
     "История фирмы Faber-Castell восходит к середине XVIII века, когда столяр Каспар Фабер начал выпускать карандаши в Штайне под Нюрнбергом.",
     A, "place", "economy", True),
    # FALSE: RU (Fiskars began as an ironworks, not a glassworks)
    ("Fiskars was founded in 1649 as an ironworks in a village in southern Finland, then part of the Swedish kingdom.",
     "Компания Fiskars ведёт историю от стекольного завода, основанного в 1649 году в деревне на юге Финляндии, входившей тогда в состав Швеции.",
     C, "entity", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Laker took 19 of the 20 wickets)
    ("In the Old Trafford Test of July 1956, off-spinner Jim Laker took 19 of the 20 Australian wickets for just 90 runs.",
     "На «Олд Траффорд» в июле 1956 г. английский спиннер Джим Лейкер взял 17 калиток из 20 в матче против Австралии.",
     C, "number", "sport", False),
    ("Italian diver Klaus Dibiasi won the Olympic 10-metre platform event three times in succession, in 1968, 1972 and 1976.",
     "Итальянец Клаус Дибиази — трёхкратный олимпийский чемпион в прыжках с вышки: он побеждал в Мехико, Мюнхене и Монреале.",
     A, "number", "sport", True),
    ("At the 1988 Olympics in Seoul, Jackie Joyner-Kersee won the heptathlon with a world record of 7,291 points.",
     "Мировой рекорд в семиборье — 7291 очко — Джеки Джойнер-Керси установила на сеульской Олимпиаде в сентябре 1988 года.",
     A, "number", "sport", False),
    # FALSE: RU (Young won the 1992 Olympic final)
    ("Kevin Young won the 400 metres hurdles at the 1992 Barcelona Olympics in 46.78 seconds, a world record that lasted almost 29 years.",
     "В финале бега на 400 м с барьерами на Олимпиаде 1992 года в Барселоне американец Кевин Янг финишировал лишь вторым.",
     C, "rank", "sport", True),
    # FALSE: RU (the June 1959 title fight was at Yankee Stadium, New York)
    ("Ingemar Johansson became world heavyweight champion in June 1959 at Yankee Stadium in New York, stopping the title holder in the third round.",
     "Швед Ингемар Юханссон завоевал титул чемпиона мира в тяжёлом весе в июне 1959 г. в Лондоне, победив действующего чемпиона в третьем раунде.",
     C, "place", "sport", False),
    # ---------------- culture ----------------
    ("The Kirillo-Belozersky Monastery on the shore of Lake Siverskoye was founded in 1397 by the monk Cyril of Belozersk.",
     "Кирилло-Белозерский монастырь, один из крупнейших в России, основан в конце XIV века преподобным Кириллом на берегу Сиверского озера.",
     A, "century", "culture", True),
    # FALSE: RU (Michael accepted the throne at the Ipatiev Monastery in March 1613)
    ("It was at the Ipatiev Monastery in Kostroma that the sixteen-year-old Michael Romanov agreed to accept the Russian throne in March 1613.",
     "Именно в Ипатьевском монастыре в Костроме юный Михаил Романов в мае 1613 года дал согласие занять русский престол.",
     C, "month", "culture", False),
    ("Gatchina Palace was designed by the Italian architect Antonio Rinaldi and built between 1766 and 1781.",
     "Гатчинский дворец возводился около пятнадцати лет по проекту итальянского зодчего Антонио Ринальди.",
     A, "person", "culture", False),
    # FALSE: RU (work on Kadriorg began in 1718)
    ("Kadriorg Palace in Tallinn was built for Peter the Great and his wife Catherine, with work starting in 1718 to designs by Niccolò Michetti.",
     "Строительство дворца Кадриорг в Таллине по проекту Никколо Микетти началось в 1740-х годах.",
     C, "decade", "culture", True),
    ("The first eisteddfod on record was held in 1176 by Lord Rhys at his castle in Cardigan.",
     "Первый известный эйстедвод — состязание поэтов и музыкантов — прошёл в Кардигане в 1176 году при дворе валлийского правителя Риса ап Грифида.",
     A, "place", "culture", False),
    # ---------------- literature ----------------
    ("Leskov's novella The Enchanted Wanderer, the life story of the former horse-trainer Ivan Flyagin, first appeared in print in 1873.",
     "Повесть Николая Лескова «Очарованный странник» о скитаниях Ивана Флягина была опубликована в 1873 году в газете «Русский мир».",
     A, "year", "literature", True),
    # FALSE: RU (Jim deserts the Patna; the Narcissus is a different Conrad ship)
    ("In Joseph Conrad's novel Lord Jim, published in 1900, the young mate Jim jumps from the pilgrim ship Patna, believing it about to sink.",
     "В романе Джозефа Конрада «Лорд Джим» (1900) молодой помощник капитана Джим покидает судно «Нарцисс», решив, что оно вот-вот затонет.",
     C, "entity", "literature", False),
    # FALSE: RU (Chelkash appeared in Russkoye Bogatstvo, not Niva)
    ("Maxim Gorky's story Chelkash was published in 1895 in the journal Russkoye Bogatstvo, with the support of Vladimir Korolenko.",
     "Рассказ Максима Горького «Челкаш» был напечатан в 1895 году в журнале «Нива» при поддержке Владимира Короленко.",
     C, "organisation", "literature", True),
    ("The Strugatsky brothers' novel Hard to Be a God, whose hero Rumata is an Earth historian on a medieval planet, came out in 1964.",
     "Повесть Аркадия и Бориса Стругацких «Трудно быть богом» вышла в свет в 1964 году.",
     A, "year", "literature", False),
    ("Romain Rolland's Jean-Christophe, the life story of a German-born composer, was published in ten volumes between 1904 and 1912.",
     "Роман Ромена Роллана «Жан-Кристоф» о судьбе гениального музыканта выходил десятью книгами на протяжении восьми лет.",
     A, "number", "literature", True),
    # ---------------- music ----------------
    ("Verdi's Ernani, adapted from a Victor Hugo play, was first performed in Venice in March 1844.",
     "Премьера оперы Джузеппе Верди «Эрнани» состоялась 9 марта 1844 года в венецианском театре.",
     A, "date", "music", False),
    # FALSE: RU (The Gypsies is by Pushkin, not Lermontov)
    ("Rachmaninoff's one-act opera Aleko, his graduation piece at the Moscow Conservatory in 1892, is based on Pushkin's poem The Gypsies.",
     "Одноактная опера Рахманинова «Алеко», написанная в 1892 г. как выпускная работа в Московской консерватории, основана на поэме Лермонтова «Цыганы».",
     C, "person", "music", True),
    # FALSE: RU (the Lieutenant Kijé score dates from 1933-34)
    ("Prokofiev wrote the music for the Soviet film Lieutenant Kijé, released in 1934, and soon turned it into an orchestral suite.",
     "Музыку к фильму «Поручик Киже» Сергей Прокофьев написал в 1940-х годах, а затем переработал её в оркестровую сюиту.",
     C, "decade", "music", False),
    ("Berlioz's Harold in Italy, a symphony with a solo viola part originally requested by Paganini, was first performed in Paris in November 1834.",
     "Симфония Гектора Берлиоза «Гарольд в Италии» с солирующим альтом впервые прозвучала 23 ноября 1834 года.",
     A, "date", "music", True),
    # FALSE: RU (Kindertotenlieder has five songs)
    ("Mahler's Kindertotenlieder is a cycle of five songs for voice and orchestra set to poems by Friedrich Rückert.",
     "Цикл Густава Малера «Песни об умерших детях» на стихи Фридриха Рюккерта состоит из семи песен для голоса с оркестром.",
     C, "number", "music", False),
    # ---------------- art ----------------
    ("Rodin's monument The Burghers of Calais, commissioned by the town in 1884, was finally unveiled there in June 1895.",
     "Скульптурная группа Огюста Родена «Граждане Кале» была торжественно открыта в этом городе в 1895 году.",
     A, "year", "art", True),
    # FALSE: RU (Girl on a Ball is in the Pushkin Museum, Moscow)
    ("Picasso painted Girl on a Ball in 1905; the canvas now belongs to the Pushkin Museum of Fine Arts in Moscow.",
     "Картина Пабло Пикассо «Девочка на шаре», написанная в 1905 году, хранится в Государственном Эрмитаже в Петербурге.",
     C, "place", "art", False),
    # FALSE: RU (Gin Lane dates from 1751, the 18th century)
    ("William Hogarth issued his print Gin Lane in 1751 together with its companion piece, Beer Street.",
     "Гравюру «Переулок Джин», парную к листу «Пивная улица», Уильям Хогарт выпустил в конце XVII века.",
     C, "century", "art", True),
    ("Gustave Courbet's A Burial at Ornans is a vast canvas more than six metres wide, now in the Musée d'Orsay.",
     "Полотно Гюстава Курбе «Похороны в Орнане» размером около 3,1 × 6,7 м хранится в парижском музее Орсе.",
     A, "number", "art", False),
    ("Caspar David Friedrich's Chalk Cliffs on Rügen, painted around 1818, hangs in the Museum Oskar Reinhart in Winterthur.",
     "Картина Каспара Давида Фридриха «Меловые скалы на Рюгене» хранится в швейцарском Винтертуре, в музее Оскара Райнхарта.",
     A, "place", "art", True),
    # ---------------- law ----------------
    ("In Lemon v. Kurtzman, decided in June 1971, the US Supreme Court laid down a three-part test for laws touching on religion.",
     "Решение Верховного суда США по делу «Лемон против Куртцмана» (1971) ввело так называемый «тест Лемона» из трёх критериев.",
     A, "number", "law", False),
    # FALSE: RU (Bushell's Case held that jurors could NOT be punished for their verdict)
    ("Bushell's Case of 1670 established that English jurors could not be fined or imprisoned for the verdict they returned.",
     "Дело Бушелла (1670) подтвердило право английских судей штрафовать и заключать присяжных под стражу за вынесенный ими вердикт.",
     C, "polarity", "law", True),
    # FALSE: RU (the lone dissent was Lord Atkin's; Denning was not a judge in 1941)
    ("In Liversidge v Anderson, decided by the House of Lords in 1941, Lord Atkin was the only judge to dissent.",
     "При рассмотрении дела «Ливерсидж против Андерсона» в палате лордов в 1941 году единственное особое мнение высказал лорд Деннинг.",
     C, "person", "law", False),
    ("The Lex Canuleia of 445 BC, named after the tribune Gaius Canuleius, allowed marriages between patricians and plebeians.",
     "Закон Канулея, принятый в Древнем Риме в середине V века до н. э., разрешил браки между патрициями и плебеями.",
     A, "year", "law", True),
    # FALSE: RU (the edict dates from AD 212, the 3rd century)
    ("With the Constitutio Antoniniana of AD 212, the emperor Caracalla extended Roman citizenship to nearly all free inhabitants of the empire.",
     "Эдикт Каракаллы, даровавший римское гражданство почти всем свободным жителям империи, был издан в начале IV века н. э.",
     C, "century", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the Brownie cost one dollar)
    ("Kodak launched the Brownie box camera in February 1900 at a price of just one dollar, putting photography within reach of children.",
     "Фотоаппарат Kodak Brownie, выпущенный в феврале 1900 года, продавался по цене 10 долларов.",
     C, "money", "technology", True),
    ("The IBM 350 disk unit, introduced with the RAMAC 305 computer in 1956, stored about five million characters on fifty spinning platters.",
     "Накопитель IBM 350, входивший в систему RAMAC 305 (1956), хранил около 3,75 МБ данных на пятидесяти дисках диаметром 24 дюйма.",
     A, "number", "technology", False),
    # FALSE: RU (Kodachrome was made for 74 years, 1935-2009)
    ("Kodachrome colour film went on sale in 1935 and stayed in production for 74 years, until Kodak retired it in 2009.",
     "Цветная обращаемая плёнка «Кодахром», появившаяся в 1935 году, выпускалась всего около двадцати лет.",
     C, "duration", "technology", True),
    ("The Lumière brothers began selling their Autochrome plates, which used grains of dyed potato starch, in 1907.",
     "Автохромные фотопластинки братьев Люмьер — первый массовый способ цветной фотографии — поступили в продажу в 1907 году.",
     A, "year", "technology", False),
    # FALSE: RU (the Hammond organ came out in 1935)
    ("Laurens Hammond brought out his electric organ, which produced its sound with rotating tonewheels, in 1935.",
     "Электроорган Лоренса Хаммонда с вращающимися тоновыми колёсами появился на рынке в 1955 году.",
     C, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (16 people died at Abbeystead)
    ("A methane explosion at the Abbeystead water pumping station in Lancashire on 23 May 1984 killed 16 people.",
     "Взрыв метана на насосной станции водовода в Эббистеде (Ланкашир) 23 мая 1984 г. унёс жизни шести человек.",
     C, "number", "disasters", False),
    ("On 18 January 1977 a packed commuter train derailed at Granville in western Sydney, bringing down a road bridge and killing 83 people.",
     "Крушение пригородного поезда в сиднейском Гранвилле 18 января 1977 г. стало крупнейшей железнодорожной катастрофой в истории Австралии.",
     A, "date", "disasters", True),
    # FALSE: RU (the Aznalcóllar dam burst on 25 April 1998)
    ("In April 1998 the tailings dam of the Aznalcóllar mine near Seville burst, sending toxic sludge towards the Doñana National Park.",
     "В сентябре 1998 г. прорыв дамбы хвостохранилища рудника Асналькольяр под Севильей привёл к выбросу токсичного шлама к национальному парку Доньяна.",
     C, "month", "disasters", False),
    ("On 30 January 2000 a dam at a gold-processing plant near Baia Mare in Romania gave way, releasing cyanide-laced water into local rivers.",
     "В конце января 2000 г. у румынского города Бая-Маре прорвало дамбу отстойника золотоизвлекательной фабрики, и в реки попали цианиды.",
     A, "date", "disasters", True),
    # FALSE: RU (6 July 1944 was a Thursday)
    ("The Hartford circus fire broke out on the afternoon of Thursday, 6 July 1944, during a performance of the Ringling Bros. circus.",
     "Пожар в цирке в Хартфорде вспыхнул в воскресенье, 6 июля 1944 г., во время дневного представления труппы «Ринглинг Бразерс».",
     C, "day", "disasters", True),
]

RELATED = [
    ("The French victory at Castillon owed much to the field artillery commanded by Jean Bureau.",
     "Городок Кастийон, у которого в 1453 году была разбита английская армия, стоит на реке Дордонь.",
     "Castillon", True, "history"),
    ("Jaroslav Heyrovský was born in Prague in 1890 and spent most of his working life at Charles University.",
     "Первый полярограф — прибор для автоматической записи вольт-амперных кривых — Гейровский построил вместе с японцем Масудзо Сиката в середине 1920-х годов.",
     "Heyrovský", False, "science"),
    ("The Arctic Circle runs across the northern part of Great Bear Lake in Canada's Northwest Territories.",
     "Из Большого Медвежьего озера вытекает река Грейт-Бэр, несущая его воды в реку Маккензи.",
     "Great Bear Lake", True, "geography"),
    ("Klaus Dibiasi was born in 1947 in the Austrian town of Hall in Tirol, to an Italian family.",
     "На Олимпиаде 1964 года в Токио юный Клаус Дибиази завоевал серебряную медаль в прыжках с вышки.",
     "Dibiasi", False, "sport"),
    ("Much of Lord Jim is narrated by Charlie Marlow, the same storyteller who recounts Heart of Darkness.",
     "Роман Конрада «Лорд Джим» сначала печатался с продолжением в журнале «Блэквудс мэгэзин» в 1899–1900 годах.",
     "Lord Jim", True, "literature"),
    ("Francesco Maria Piave wrote the libretto of Ernani, the first of his many collaborations with Verdi.",
     "Драма Виктора Гюго «Эрнани», по которой написана опера, была впервые поставлена в Париже в 1830 году.",
     "Ernani", False, "music"),
    ("Rodin's group recalls six leading citizens who offered their lives to Edward III during the English siege of Calais in 1347.",
     "Одна из бронзовых отливок «Граждан Кале» установлена в Лондоне, в саду рядом со зданием парламента.",
     "Burghers of Calais", True, "art"),
    ("Chief Justice Warren Burger wrote the opinion of the Court in Lemon v. Kurtzman.",
     "В деле «Лемон против Куртцмана» оспаривался закон Пенсильвании, позволявший возмещать церковным школам часть расходов на учителей светских предметов.",
     "Lemon v. Kurtzman", False, "law"),
    ("The last roll of Kodachrome was developed in December 2010 at Dwayne's Photo in Parsons, Kansas.",
     "Плёнку «Кодахром» придумали два профессиональных музыканта — Леопольд Маннес и Леопольд Годовски-младший.",
     "Kodachrome", True, "technology"),
    ("The big top at Hartford had been waterproofed with paraffin dissolved in gasoline, which helped the flames spread within minutes.",
     "Пожар в цирке «Ринглинг Бразерс» в Хартфорде, штат Коннектикут, унёс жизни более 160 человек.",
     "Hartford circus fire", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z]")
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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, (label, slot, domain)
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
    cslots, aslots, doms = {}, {}, {}
    for r in comp:
        d = cslots if r["label"] == C else aslots
        d[r["slot"]] = d.get(r["slot"], 0) + 1
        doms[r["domain"]] = doms.get(r["domain"], 0) + 1
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    assert set(doms) == DOMAINS and all(v == 5 for v in doms.values()), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout67.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout67.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(aslots.items())))
    print("domains:", dict(sorted(doms.items())))
    rd = {}
    for r in rel:
        rd[r["domain"]] = rd.get(r["domain"], 0) + 1
    print("related domains:", dict(sorted(rd.items())))


if __name__ == "__main__":
    main()
