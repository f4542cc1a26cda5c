#!/usr/bin/env python3
"""Build heldout147: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (the Union of Krewo was concluded on 14 August 1385)
    ("The Union of Krewo, sealed at Kreva Castle on 14 August 1386, bound Grand Duke Jogaila to accept Catholic baptism and to marry the young Polish queen Jadwiga.",
     "Кревская уния, заключённая 14.08.1385 в Кревском замке, обязывала великого князя литовского Ягайло креститься по католическому обряду и жениться на Ядвиге.",
     C, "year", "history", True),
    # FALSE: RU (the grain trade had been freed by Turgot, not Necker)
    ("The Flour War, a wave of grain riots around Paris in April and May 1775, followed the decision of the finance minister Turgot to free the grain trade.",
     "Весной 1775 г. окрестности Парижа охватила «Мучная война» — хлебные бунты, вызванные отменой регламентации хлебной торговли, которую провёл генеральный контролёр финансов Неккер.",
     C, "person", "history", False),
    # FALSE: RU (Cadoudal was guillotined on 25 June 1804; he had been arrested in March)
    ("Georges Cadoudal, the Breton Chouan chief whose conspiracy aimed to kill the First Consul Bonaparte, was guillotined in Paris on 25 June 1804.",
     "Вождь шуанов Жорж Кадудаль, схваченный в Париже по делу о заговоре против Бонапарта, был гильотинирован на Гревской площади в марте 1804 г.",
     C, "month", "history", True),
    ("On 28 July 1835 Giuseppe Fieschi's 'infernal machine', a rack of some two dozen gun barrels, fired on the procession of King Louis-Philippe on the Boulevard du Temple.",
     "28.07.1835 на бульваре Тампль сработала «адская машина» корсиканца Фиески из 25 ружейных стволов: король Луи-Филипп уцелел, но погибло более десятка человек.",
     A, "date", "history", False),
    ("The Camisard revolt of Protestant peasants in the Cévennes broke out in July 1702, after the killing of the abbé du Chayla at Le Pont-de-Montvert.",
     "Восстание камизаров — крестьян-гугенотов Севенн — началось в 1702 г.; одним из главных его предводителей был молодой Жан Кавалье.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Ghost Ranch, the Coelophysis quarry, is in New Mexico)
    ("In 1947 a team from the American Museum of Natural History uncovered a mass grave of Coelophysis skeletons at Ghost Ranch in Arizona.",
     "Массовое захоронение целофизисов — небольших позднетриасовых хищных динозавров — обнаружила в 1947 г. экспедиция Эдвина Колберта на ранчо Гост-Ранч в штате Нью-Мексико.",
     C, "place", "science", False),
    # FALSE: EN (Carnotaurus had tiny, vestigial forelimbs)
    ("Carnotaurus sastrei, a Late Cretaceous predator from Chubut in Argentina, is known for the two horns above its eyes and its unusually long, powerful arms.",
     "Карнотавр (поздний мел, провинция Чубут, Аргентина) отличался двумя рогами над глазами и крошечными, почти рудиментарными передними конечностями.",
     C, "opposite", "science", True),
    # FALSE: RU (Carolini found Giganotosaurus in 1993)
    ("Giganotosaurus was found in 1993 by the amateur fossil hunter Rubén Carolini in Neuquén Province, Argentina, and formally described two years later.",
     "Останки гиганотозавра нашёл в 1987 г. любитель-палеонтолог Рубен Каролини в провинции Неукен; научное описание ящера вышло в 1995 г.",
     C, "year", "science", False),
    ("Dilophosaurus, an Early Jurassic theropod from northern Arizona, was first described in 1954 as a species of Megalosaurus and received its own genus name only in 1970.",
     "Название «дилофозавр» — «двухгребенчатый ящер» — Сэмюэл Уэллс дал раннеюрскому хищнику из Аризоны в 1970 г.; длина животного достигала примерно 7 м.",
     A, "year", "science", True),
    ("Element 105 was reported by laboratories in Dubna and Berkeley around 1968–70, and IUPAC finally settled on the name dubnium in 1997.",
     "Своё название — дубний — элемент № 105 получил в 1997 г. в честь подмосковного наукограда Дубна, где находится ОИЯИ.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Kenozersky National Park was created in 1991)
    ("Kenozero National Park in Arkhangelsk Oblast, created in 1981, is famous for wooden chapels whose ceilings are painted as 'heavens'.",
     "Кенозерский национальный парк (Архангельская обл.) основан в 1991 г.; он славится деревянными часовнями с расписными потолками-«небесами».",
     C, "year", "geography", False),
    # FALSE: EN (Lake Mogilnoye is home to a relict population of cod, not herring)
    ("Kildin Island, off the Murmansk coast in the Barents Sea, holds Lake Mogilnoye, a layered relict lake with its own landlocked population of herring.",
     "На острове Кильдин в Баренцевом море лежит реликтовое озеро Могильное: пресный слой воды покоится на солёном, а в глубине живёт особая кильдинская треска.",
     C, "entity", "geography", True),
    # FALSE: RU (the Konevets monastery was founded in 1393, i.e. in the 14th century)
    ("Konevets, a small island in Lake Ladoga, has been home to a monastery since 1393, when the monk Arseny settled there.",
     "Коневский монастырь на острове Коневец в Ладожском озере основал преподобный Арсений в XVI в.",
     C, "century", "geography", False),
    ("The Ammersee, south-west of Munich, covers about 47 square kilometres and is the third-largest lake lying wholly in Bavaria.",
     "Аммерзе (46,6 км²) — третье по площади озеро Баварии после Кимзе и Штарнбергского озера; на его берегу стоит городок Дисен.",
     A, "number", "geography", True),
    ("Lake Kulunda, a shallow salt lake on the steppe of the same name, is the largest lake in Altai Krai.",
     "Кулундинское озеро площадью около 730 км² — крупнейший водоём Алтайского края; вода в нём солёная, а само озеро мелководно.",
     A, "rank", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Alrosa accounts for roughly 90 per cent of Russian diamond output)
    ("Alrosa, the diamond group based in Mirny in Yakutia, mines roughly 90 per cent of all the diamonds produced in Russia.",
     "На компанию «Алроса», созданную в 1992 г., приходится около половины добычи алмазов в России.",
     C, "number", "economy", True),
    # FALSE: RU (BYD was founded in Shenzhen)
    ("BYD began in Shenzhen in 1995 as a maker of rechargeable batteries, founded by the chemist Wang Chuanfu.",
     "Компания BYD, созданная в 1995 г. в Гуанчжоу химиком Ван Чуаньфу, начинала с производства аккумуляторов для мобильных телефонов.",
     C, "place", "economy", False),
    ("Krombacher, brewed in Kreuztal in North Rhine-Westphalia since 1803, is among the best-selling beer brands in Germany.",
     "Пивоварня Krombacher в Кройцтале (земля Северный Рейн — Вестфалия) основана в 1803 г. и остаётся частной семейной компанией.",
     A, "year", "economy", True),
    ("The vermouth house Cinzano traces its origins to Turin in 1757, and since 1999 it has belonged to Gruppo Campari.",
     "Марка Cinzano, основанная в Турине в середине XVIII в. семьёй Чинцано, в 1999 г. перешла к итальянской группе Campari.",
     A, "organisation", "economy", False),
    ("Gorenje, the household-appliance maker from Velenje in Slovenia, was taken over by China's Hisense in 2018.",
     "Словенский производитель бытовой техники Gorenje (г. Веленье) в 2018 г. перешёл под контроль китайской корпорации Hisense.",
     A, "organisation", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Kriek beat Steve Denton in both finals)
    ("Johan Kriek won the Australian Open in both 1981 and 1982, each time beating the American Steve Denton in the final.",
     "Йохан Крик дважды подряд, в 1981 и 1982 гг., выигрывал Открытый чемпионат Австралии, оба раза переиграв в финале аргентинца Гильермо Виласа.",
     C, "person", "sport", True),
    # FALSE: EN (Ivanchuk lost the 2002 final to Ponomariov and finished runner-up)
    ("In 2002 Vassily Ivanchuk won the FIDE World Championship knockout in Moscow, beating his compatriot Ruslan Ponomariov in the final.",
     "В финале чемпионата мира ФИДЕ 2002 г. в Москве Василий Иванчук уступил своему соотечественнику Руслану Пономарёву и стал вторым.",
     C, "rank", "sport", False),
    # FALSE: RU (Chigorin played two title matches with Steinitz, in 1889 and 1892)
    ("Mikhail Chigorin twice challenged Wilhelm Steinitz for the world chess title, in Havana in 1889 and again in 1892, losing both matches.",
     "Михаил Чигорин трижды встречался со Стейницем в матчах за звание чемпиона мира по шахматам и ни разу не сумел победить.",
     C, "number", "sport", True),
    ("Stephan Eberharter won the overall World Cup title in 2002 and 2003 and took Olympic giant slalom gold at Salt Lake City.",
     "Австриец Штефан Эберхартер — олимпийский чемпион 2002 г. в гигантском слаломе и двукратный обладатель Кубка мира в общем зачёте (2001/02, 2002/03).",
     A, "year", "sport", False),
    ("Ants Antson of Estonia won the 1500 metres speed skating title at the 1964 Winter Olympics in Innsbruck.",
     "Эстонский конькобежец Антс Антсон, выступавший за сборную СССР, стал олимпийским чемпионом на дистанции 1500 м в Инсбруке (1964).",
     A, "place", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (Gzhel lies south-east of Moscow)
    ("Gzhel ceramics, made in a cluster of villages roughly 60 kilometres north-west of Moscow, are known for cobalt-blue painting on a white ground.",
     "Гжельский фарфор и майолику делают в кусте сёл Раменского района, примерно в 60 км к юго-востоку от Москвы; узнаваемая роспись — синий кобальт по белому.",
     C, "opposite", "culture", False),
    # FALSE: RU (the show's cast came from the Moscow Satire Theatre)
    ("Kabachok '13 Chairs', a Soviet TV comedy set in a Polish café, ran on Central Television from 1966 to 1980 with actors of the Moscow Satire Theatre.",
     "В телепередаче «Кабачок „13 стульев“» (ЦТ, 1966—1980), действие которой происходило в польском кафе, играли актёры Театра на Таганке.",
     C, "organisation", "culture", True),
    ("Filimonovo toys, clay whistles shaped as long-necked animals and ladies in bell skirts, come from the Odoyevsky district of Tula Oblast.",
     "Филимоновская игрушка — расписные глиняные свистульки из деревни Филимоново Одоевского района Тульской обл.; роспись — полосы красного, жёлтого и зелёного цвета.",
     A, "place", "culture", False),
    ("The carved wooden toys of Bogorodskoye, a village near Sergiyev Posad, include the famous moving 'Blacksmiths', a peasant and a bear striking an anvil in turn.",
     "Самая известная богородская игрушка — «Кузнецы»: мужик и медведь, которые по очереди бьют молотами по наковальне, если двигать планки.",
     A, "entity", "culture", True),
    ("Fedoskino lacquer miniatures, painted in oils on papier-mâché, go back to a workshop opened near Moscow in 1795 by the merchant Pyotr Korobov.",
     "Федоскинская миниатюра — масляная живопись на папье-маше — ведёт отсчёт с 1795 г., когда купец П. И. Коробов открыл под Москвой фабрику лаковых изделий.",
     A, "person", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (The Foundation Pit was first printed in the USSR in 1987)
    ("Andrei Platonov wrote The Foundation Pit around 1930, but Soviet readers saw it only in the 1970s, in the journal Novy Mir.",
     "Повесть Андрея Платонова «Котлован» (1929—1930) в СССР впервые напечатал журнал «Новый мир» лишь в 1987 г.",
     C, "decade", "literature", True),
    # FALSE: RU (Kirdzhali is a Bulgarian outlaw)
    ("Pushkin's short story 'Kirdzhali', printed in 1834, tells of a Bulgarian outlaw who fought in the Greek rising of 1821.",
     "Повесть Пушкина «Кирджали» (1834) посвящена сербскому разбойнику — участнику восстания этеристов 1821 г.",
     C, "entity", "literature", False),
    ("Pushkin left 'Egyptian Nights', the tale of the poet Charsky and an Italian improviser, unfinished; it appeared posthumously in 1837 in The Contemporary.",
     "Неоконченная повесть А. С. Пушкина «Египетские ночи» (1835) была опубликована уже после гибели поэта — в «Современнике» за 1837 г.",
     A, "year", "literature", True),
    ("The surviving version of Amadís de Gaula was reworked by Garci Rodríguez de Montalvo; its earliest known edition was printed in Zaragoza in 1508.",
     "Самое раннее из дошедших до нас изданий «Амадиса Гальского» в обработке Монтальво вышло в Сарагосе в 1508 г.; этот роман обожал Дон Кихот.",
     A, "place", "literature", False),
    ("Aucassin et Nicolette, an anonymous thirteenth-century French tale, alternates passages of prose with sung verse and survives in a single manuscript.",
     "Единственная рукопись «Окассена и Николетты» — анонимной старофранцузской песни-сказки XIII в., где проза чередуется со стихами, — хранится в Национальной библиотеке Франции.",
     A, "century", "literature", True),
    # ---------------- music ----------------
    # FALSE: EN (Agatha Christie was formed in Sverdlovsk)
    ("Agatha Christie, the Russian rock band of the brothers Vadim and Gleb Samoylov, grew out of a student group in Chelyabinsk in the mid-1980s.",
     "Группа «Агата Кристи» братьев Вадима и Глеба Самойловых возникла в середине 1980-х в Свердловске, среди студентов УПИ, а распалась в 2010 г.",
     C, "place", "music", True),
    # FALSE: RU (Kalinov Most was formed in 1986)
    ("Kalinov Most, the Siberian rock band led by the singer and songwriter Dmitry Revyakin, was formed in Novosibirsk in 1986.",
     "Группа «Калинов Мост» Дмитрия Ревякина появилась в Новосибирске в середине 1990-х.",
     C, "decade", "music", False),
    # FALSE: EN (Bijelo Dugme means 'White Button')
    ("Bijelo Dugme, the Sarajevo rock band that Goran Bregović formed in 1974, has a name that means 'Black Button'.",
     "Название сараевской группы «Биело Дугме» (1974) переводится как «Белая пуговица»; её основал гитарист Горан Брегович.",
     C, "opposite", "music", True),
    ("In August 2015 the Slovenian group Laibach became the first Western rock band to perform in North Korea, giving concerts in Pyongyang.",
     "Словенская группа Laibach в 2015 г. выступила в Пхеньяне — впервые западная рок-группа играла в КНДР.",
     A, "entity", "music", False),
    ("Einstürzende Neubauten, formed in West Berlin in 1980 around Blixa Bargeld, made music with scrap metal, drills and other power tools.",
     "Западноберлинская группа Einstürzende Neubauten (осн. 1980) известна «инструментами» из металлолома; её лидер Бликса Баргельд много лет играл и у Ника Кейва.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Lentulov co-founded the Jack of Diamonds in 1910)
    ("Aristarkh Lentulov, the painter of dazzling Moscow churches, was in 1910 a founding member of the Donkey's Tail group.",
     "Аристарх Лентулов (1882–1943) в 1910 г. стал одним из основателей художественного объединения «Бубновый валет».",
     C, "organisation", "art", False),
    # FALSE: EN (Harunobu produced the first full-colour nishiki-e in 1765)
    ("Suzuki Harunobu pioneered the full-colour woodblock print, or nishiki-e, in the mid-1740s, beginning with privately commissioned calendar prints.",
     "Судзуки Харунобу в 1765 г. первым стал выпускать многоцветные гравюры нисики-э; поводом послужили заказные гравюры-календари.",
     C, "decade", "art", True),
    ("Giovanni Boldini, born in Ferrara in 1842, settled in Paris in 1871 and became a fashionable portraitist of the Belle Époque.",
     "Уроженец Феррары Джованни Болдини (1842–1931) прославился в Париже как портретист светских красавиц «прекрасной эпохи».",
     A, "place", "art", False),
    ("René Lalique, born in 1860 in the Champagne village of Aÿ, moved from Art Nouveau jewellery to glass design in the early twentieth century.",
     "Рене Лалик (1860–1945) сначала прославился ювелирными украшениями в стиле модерн, а затем — художественным стеклом.",
     A, "year", "art", True),
    ("Utagawa Kuniyoshi made his name around 1827 with a series of prints of the 108 heroes of the Chinese novel Water Margin.",
     "Серия «108 героев популярного „Суйкодэна“» (ок. 1827–1830 гг.) принесла славу Утагаве Куниёси, мастеру гравюр с изображениями воинов.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the decree on single inheritance was repealed under Anna Ioannovna in 1731)
    ("Peter the Great's decree on single inheritance of 1714 required a nobleman's landed estate to pass undivided to one son; Empress Anna repealed it in 1731.",
     "Указ о единонаследии 1714 г., запрещавший дробить дворянские имения между сыновьями, отменила в 1731 г. императрица Елизавета Петровна.",
     C, "person", "law", True),
    # FALSE: RU (the Calvo doctrine denies foreigners recourse to diplomatic protection)
    ("The Calvo doctrine, set out by the Argentine jurist Carlos Calvo in 1868, holds that foreign investors must settle disputes in local courts rather than seek diplomatic protection.",
     "Согласно доктрине Кальво (1868), иностранные инвесторы в споре с государством вправе сразу искать дипломатической защиты своей страны, минуя местные суды.",
     C, "polarity", "law", False),
    ("Alexander I's decree on free cultivators of February 1803 let landowners release serfs together with land in return for a ransom.",
     "Указ о вольных хлебопашцах (20.02.1803) разрешал помещикам отпускать крестьян на волю с землёй за выкуп; при Александре I так освободили около 47 тыс. душ мужского пола.",
     A, "date", "law", True),
    ("The Ems Ukaz, signed by Alexander II in the German spa town of Bad Ems in May 1876, banned the printing of most books in Ukrainian.",
     "Эмский указ 1876 г. запрещал печатание и ввоз из-за границы большинства книг на «малороссийском наречии», а также сценические представления на нём.",
     A, "year", "law", False),
    ("Under the Hallstein Doctrine, adopted in 1955, West Germany broke off relations with Yugoslavia in 1957 after Belgrade recognised East Germany.",
     "Доктрина Хальштейна (1955) требовала от ФРГ разрывать отношения с любым государством, признавшим ГДР, кроме СССР; первой её жертвой стала Югославия.",
     A, "entity", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the Il-62 has four engines, mounted in pairs at the tail)
    ("The Il-62, the first Soviet long-haul jet airliner, made its maiden flight in January 1963 and carried its four engines in pairs at the tail.",
     "Дальнемагистральный Ил-62 с тремя двигателями в хвостовой части впервые поднялся в воздух в 1963 г., а с 1967 г. летал на линиях «Аэрофлота».",
     C, "number", "technology", False),
    # FALSE: EN (Dendy was a clone of the Nintendo Famicom)
    ("Dendy, the console that Steepler began selling in Russia in 1992 under an elephant logo, was an unlicensed clone of the Sega Mega Drive.",
     "Dendy — продававшийся фирмой «Стиплер» с 1992 г. тайваньский клон японской приставки Famicom (Nintendo) со слонёнком на логотипе.",
     C, "entity", "technology", True),
    ("The Beriev Be-200, an amphibious jet that first flew in September 1998, can scoop up about 12 tonnes of water while skimming a lake.",
     "Самолёт-амфибия Бе-200 разработки таганрогского ТАНТК им. Бериева способен за один глиссирующий заход набрать 12 т воды.",
     A, "number", "technology", False),
    ("The Czechoslovak L-39 Albatros jet trainer, built by Aero Vodochody, made its first flight on 4 November 1968.",
     "Учебно-тренировочный самолёт L-39 «Альбатрос» (Aero Vodochody, ЧССР) впервые взлетел 04.11.1968 и стал основной «партой» лётчиков стран Варшавского договора.",
     A, "date", "technology", True),
    ("The BK-0010, a Soviet home computer sold under the Elektronika brand from 1985, used a processor compatible with the DEC PDP-11 instruction set.",
     "Бытовой компьютер «Электроника БК-0010» (1985) был построен на 16-разрядном процессоре К1801ВМ1 с системой команд PDP-11.",
     A, "entity", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Brühl derailment happened on 6 February 2000)
    ("On 16 February 2000 the Amsterdam–Basel night express derailed at Brühl, south of Cologne, after running through track works at about three times the permitted speed.",
     "Крушение ночного поезда Амстердам — Базель у станции Брюль под Кёльном 06.02.2000 унесло 9 жизней: состав шёл через стрелку со скоростью около 120 км/ч вместо 40.",
     C, "date", "disasters", False),
    # FALSE: RU (the Buizingen collision happened on 15 February 2010)
    ("On the morning of 15 February 2010 two commuter trains collided at Buizingen, near Halle in Flemish Brabant, killing 19 people.",
     "15.03.2010 у Бёйзингена (провинция Фламандский Брабант) в утренний час пик столкнулись два пассажирских поезда; погибли 19 человек.",
     C, "month", "disasters", True),
    # FALSE: EN (the Ghost Ship warehouse had no sprinkler system)
    ("The Ghost Ship fire in Oakland on 2 December 2016 killed 36 people at a music party, even though the converted warehouse was fitted with sprinklers.",
     "Пожар на складе «Гоуст-Шип» в Окленде (02.12.2016) унёс 36 жизней; в переоборудованном под мастерские и жильё здании не было спринклеров.",
     C, "polarity", "disasters", False),
    ("The Kemin earthquake of January 1911, with a magnitude of about 8, tore open long fault scarps in the valleys of the northern Tien Shan.",
     "Кеминское землетрясение 1911 г. (магнитуда ≈ 8) стало одним из сильнейших на Тянь-Шане; серьёзно пострадал и город Верный — нынешняя Алма-Ата.",
     A, "number", "disasters", True),
    ("Seventeen people died on 11 April 1996 when welding work set fire to the ceiling insulation of the arrivals hall at Düsseldorf Airport.",
     "Пожар в аэропорту Дюссельдорфа 11.04.1996, начавшийся из-за сварочных работ над залом прилёта, унёс жизни 17 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Jogaila was crowned King of Poland in Kraków in 1386, after his baptism and his marriage to Jadwiga.",
     "Кревский замок, где была подписана уния, находится на территории нынешней Гродненской области Белоруссии.",
     "Krewo", True, "history"),
    ("The frill and venom-spitting habit of the Dilophosaurus in the film Jurassic Park are inventions with no support in the fossils.",
     "Окаменелости дилофозавра были найдены в 1942 г. на землях резервации навахо на севере Аризоны.",
     "Dilophosaurus", False, "science"),
    ("Konevets takes its name from the Horse Stone, a huge boulder on the island once venerated by the local pagans.",
     "Остров Коневец в Ладожском озере относится к Приозерскому району Ленинградской области.",
     "Konevets", True, "geography"),
    ("The company name BYD is commonly explained as an abbreviation of the slogan 'Build Your Dreams'.",
     "В 2008 г. около 10 % акций китайской BYD приобрела Berkshire Hathaway — компания Уоррена Баффетта.",
     "BYD", False, "economy"),
    ("Stephan Eberharter won two world titles at Saalbach in 1991, in the super-G and in the combined.",
     "На Олимпиаде в Солт-Лейк-Сити Эберхартер, помимо золота, завоевал серебро в супергиганте и бронзу в скоростном спуске.",
     "Eberharter", False, "sport"),
    ("The carvers of Bogorodskoye traditionally make their toys from soft, easily worked lime wood.",
     "Богородские игрушки обычно оставляют некрашеными, чтобы подчеркнуть красоту и фактуру дерева.",
     "Bogorodskoye", True, "culture"),
    ("Valery Bryusov later wrote a verse continuation of Pushkin's unfinished 'Egyptian Nights'.",
     "Главный герой «Египетских ночей» — петербургский поэт Чарский, который помогает бедному итальянцу-импровизатору устроить выступление.",
     "Egyptian Nights", False, "literature"),
    ("The band Laibach takes its name from the old German name of the Slovenian capital, Ljubljana.",
     "Группа Laibach была основана в 1980 г. в шахтёрском городке Трбовле в Словении.",
     "Laibach", True, "music"),
    ("Utagawa Kuniyoshi was a great lover of cats and often slipped them into his prints.",
     "Утагава Куниёси (1797–1861) учился у знаменитого мастера укиё-э Утагавы Тоёкуни I.",
     "Kuniyoshi", False, "art"),
    ("The Ghost Ship was a warehouse in the Fruitvale district of Oakland that had been converted into an artists' collective.",
     "После пожара на складе «Гоуст-Шип» его управляющему Деррику Алмене предъявили обвинение в непредумышленном убийстве.",
     "Ghost Ship", True, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "unit"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
THREE_C = {"history", "science", "geography", "sport", "music", "disasters"}


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


def false_sides():
    """Read the FALSE: EN/RU comments that precede contradict rows in this file."""
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    return re.findall(r"# FALSE: (EN|RU) \(", src)


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
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in THREE_C else 2), (d, nc)
    fs = false_sides()
    assert len(fs) == 30 and fs.count("EN") == 15 and fs.count("RU") == 15, count(fs)
    assert len({r["domain"] for r in rel}) == 10
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout147.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout147.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false sides:", count(fs))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
