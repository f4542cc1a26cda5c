#!/usr/bin/env python3
"""Build heldout144: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the battle on the Pyana was fought on 2 August 1377)
    ("On 2 August 1377 the Tatar prince Arapsha caught a careless Russian army unawares on the Pyana River; its commander, Prince Ivan Dmitrievich, drowned while fleeing.",
     "Битва на реке Пьяне (сентябрь 1377 г.): беспечное суздальско-нижегородское войско было внезапно разгромлено ордынским царевичем Арапшой.",
     C, "month", "history", True),
    # FALSE: EN (Bagration faced Murat and Lannes at Schöngrabern; Ney was not there)
    ("At Schöngrabern on 16 November 1805 Prince Bagration's small rearguard held off a much larger French force under Marshal Ney, buying time for Kutuzov's retreat.",
     "16.11.1805 у Шёнграбена арьергард Багратиона (около 7 тыс. человек) весь день сдерживал войска Мюрата и Ланна, прикрывая отход армии Кутузова.",
     C, "person", "history", False),
    # FALSE: RU (after Raszyn the Poles withdrew and the Austrians did enter Warsaw, on 23 April 1809)
    ("After the drawn battle of Raszyn on 19 April 1809, Józef Poniatowski pulled his Polish troops back and allowed the Austrians to occupy Warsaw.",
     "Бой при Рашине (19 апреля 1809 г.) закончился вничью, и австрийцы эрцгерцога Фердинанда так и не вступили в Варшаву.",
     C, "polarity", "history", True),
    ("At Saalfeld on 10 October 1806 Marshal Lannes routed a Prussian–Saxon advance guard, and Prince Louis Ferdinand of Prussia was cut down by a French hussar.",
     "Сражение при Заальфельде 10.10.1806, за четыре дня до Йены, стоило жизни прусскому принцу Людвигу Фердинанду, командовавшему разбитым авангардом.",
     A, "date", "history", False),
    ("Wellington beat Marshal Soult at Orthez in south-western France on 27 February 1814 and was bruised by a spent musket ball during the fighting.",
     "В битве при Ортезе (февраль 1814 г.) англо-португальская армия Веллингтона потеснила французов маршала Сульта; сам британский командующий был легко контужен пулей.",
     A, "person", "history", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Unzha flows into the Volga, at the Gorky Reservoir, not into the Vetluga)
    ("Flowing south through Kostroma Oblast past Kologriv and Manturovo, the Unzha, roughly 430 km long, ends its course in the Vetluga.",
     "Унжа (426 км) — левый приток Волги, впадающий в Горьковское водохранилище; на её берегах стоят Кологрив, Мантурово и Макарьев.",
     C, "entity", "geography", False),
    # FALSE: EN (the Medveditsa is 745 kilometres long, not 745 miles)
    ("The Medveditsa, a left tributary of the Don, rises on the Volga Upland in Saratov Oblast and runs for some 745 miles.",
     "Медведица, левый приток Дона, имеет длину 745 км; на ней стоят Петровск и Михайловка, а в Дон она впадает у Серафимовича.",
     C, "unit", "geography", True),
    # FALSE: EN (Sabalan is Iran's third-highest peak, after Damavand and Alam-Kuh)
    ("Mount Sabalan, a volcano in Iran's Ardabil Province rising to about 4,800 metres, is the country's second-highest peak after Damavand.",
     "Сабалан (4811 м) в остане Ардебиль — третья по высоте вершина Ирана после Демавенда и Аламкуха.",
     C, "rank", "geography", False),
    ("Vodlozero, a large lake in the east of Karelia, drains through the Vodla River into Lake Onega.",
     "Из Водлозера, вокруг которого в 1991 г. создан Водлозерский национальный парк, вытекает река Водла, несущая воды в Онежское озеро.",
     A, "entity", "geography", True),
    ("Mount Rinjani on the island of Lombok rises to 3,726 metres, making it the second-highest volcano in Indonesia after Kerinci.",
     "Ринджани (3726 м) на Ломбоке — второй по высоте вулкан Индонезии; в его кальдере лежит озеро Сегара-Анак.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Lauri Rapala carved his first lure in 1936)
    ("Lauri Rapala, a Finnish fisherman, carved his first floating minnow lure in 1936, and the company bearing his name grew into a world leader in fishing lures.",
     "Первый воблер финский рыбак Лаури Рапала вырезал в 1946 г.; основанная им фирма Rapala стала одним из крупнейших производителей рыболовных приманок.",
     C, "year", "economy", True),
    # FALSE: EN (Tikkurila was acquired by PPG Industries in 2021; AkzoNobel lost the bidding)
    ("Tikkurila, the Finnish paint maker founded in 1862, was taken over in 2021 by the Dutch group AkzoNobel after a bidding war.",
     "В 2021 г. финский производитель красок Tikkurila перешёл под контроль американской PPG Industries, перебившей предложение конкурентов.",
     C, "organisation", "economy", False),
    # FALSE: RU (the first Rossmann drugstore opened in Hanover)
    ("In 1972 Dirk Rossmann opened West Germany's first self-service drugstore in Hanover, the seed of the Rossmann chain now based in nearby Burgwedel.",
     "Первую в ФРГ дрогерию самообслуживания Дирк Россман открыл в 1972 г. в Бремене; так началась сеть Rossmann.",
     C, "place", "economy", True),
    ("Valio, Finland's biggest dairy company, was founded in 1905 as a cooperative for exporting butter.",
     "История Valio началась в 1905 г., когда финские молочные кооперативы объединились для экспорта сливочного масла.",
     A, "year", "economy", False),
    ("Würth, the fastener distributor from Künzelsau, was founded by Adolf Würth in 1945; his son Reinhold took charge at 19 after his father died in 1954.",
     "Компанию Würth основал в 1945 г. Адольф Вюрт, а после его смерти в 1954 г. дело возглавил 19-летний сын Райнхольд.",
     A, "person", "economy", True),
    # ---------------- culture ----------------
    # FALSE: EN (Vzglyad first went on air on 2 October 1987)
    ("Vzglyad, the late-Soviet current affairs show aimed at young viewers, first went on air on 2 October 1989.",
     "Первый выпуск «Взгляда» вышел на Первой программе ЦТ 02.10.1987; вели передачу Александр Любимов, Дмитрий Захаров и их коллеги.",
     C, "year", "culture", False),
    # FALSE: RU (Slavianski Bazaar is held in Vitebsk, not Gomel)
    ("Since 1992 the Slavianski Bazaar arts festival has been held every July in the Belarusian city of Vitebsk, with its gala concerts in the Summer Amphitheatre.",
     "Международный фестиваль искусств «Славянский базар» с 1992 г. ежегодно проходит летом в Гомеле.",
     C, "place", "culture", True),
    # FALSE: EN (Nashestvie is organised by Nashe Radio)
    ("Nashestvie, first staged in 1999 and billed as Russia's biggest open-air rock festival, is organised by the station Radio Maximum.",
     "Крупнейший в России рок-фестиваль под открытым небом «Нашествие» с 1999 г. устраивает «Наше радио».",
     C, "organisation", "culture", False),
    ("Morning Mail, a music programme on Soviet Central Television, started in 1974 and was hosted for many years by Yuri Nikolaev.",
     "Музыкальная программа «Утренняя почта» появилась на ЦТ в 1974 г.; долгие годы её вёл Юрий Николаев.",
     A, "year", "culture", True),
    ("Shogi, Japanese chess, is played on a board of nine by nine squares, and captured pieces may be dropped back into play by the side that took them.",
     "В сёги — японских шахматах — у каждого игрока по 20 фигур на доске 9×9, а взятые фигуры противника можно выставлять как свои.",
     A, "number", "culture", False),
    # ---------------- art ----------------
    # FALSE: RU (the Sleeping Venus was completed by Titian)
    ("Giorgione's Sleeping Venus in Dresden was left unfinished at his death in 1510 and completed by Titian, who is thought to have painted the landscape.",
     "Дрезденскую «Спящую Венеру» Джорджоне не успел завершить: после смерти мастера пейзаж за него дописал Себастьяно дель Пьомбо.",
     C, "person", "art", True),
    # FALSE: EN (Ugolino's story is told in Dante's Inferno, canto XXXIII)
    ("Jean-Baptiste Carpeaux's group Ugolino and His Sons, begun in Rome around 1860, illustrates the starving Pisan count's story from Dante's Purgatorio.",
     "Скульптурная группа Ж.-Б. Карпо «Уголино и его сыновья» воплощает сюжет XXXIII песни «Ада» Данте о графе, заточённом с детьми в башне.",
     C, "entity", "art", False),
    # FALSE: EN (Russian Venus is in the Nizhny Novgorod State Art Museum)
    ("Boris Kustodiev painted Russian Venus in 1925–26, when he was already confined to a wheelchair; the canvas belongs to the Tretyakov Gallery in Moscow.",
     "Прикованный к инвалидному креслу Кустодиев написал «Русскую Венеру» в 1926 г.; картина хранится в Нижегородском государственном художественном музее.",
     C, "place", "art", True),
    ("Vasily Surikov finished Suvorov Crossing the Alps in 1899, a hundred years after the campaign; the huge canvas hangs in the Russian Museum in St Petersburg.",
     "Картина Сурикова «Переход Суворова через Альпы в 1799 году» написана к столетию похода и хранится в Государственном Русском музее.",
     A, "year", "art", False),
    ("Vasily Polenov's Overgrown Pond, painted in 1879, is one of the best-known Russian landscapes in Moscow's Tretyakov Gallery.",
     "Пейзаж В. Д. Поленова «Заросший пруд» (1879) хранится в Государственной Третьяковской галерее.",
     A, "year", "art", True),
    # ---------------- technology ----------------
    # FALSE: EN (series production of the UAZ-469 began in 1972)
    ("The UAZ-469 off-roader, built in Ulyanovsk as a successor to the GAZ-69, entered series production in the early 1960s.",
     "Серийный выпуск внедорожника УАЗ-469, сменившего ГАЗ-69, начался на Ульяновском автозаводе в 1972 г.",
     C, "decade", "technology", False),
    # FALSE: RU (Voskhod 1 flew for just over one day, about 24 hours 17 minutes)
    ("Voskhod 1, launched on 12 October 1964 with Vladimir Komarov, Konstantin Feoktistov and Boris Yegorov aboard, stayed in orbit for just over a day.",
     "Первый многоместный корабль «Восход-1» стартовал 12 октября 1964 г. и провёл на орбите около трёх суток.",
     C, "duration", "technology", True),
    # FALSE: RU (Ural-1 performed about 100 operations per second)
    ("The valve computer Ural-1, designed under Bashir Rameev and built in Penza from the mid-1950s, managed about 100 operations per second.",
     "Ламповая ЭВМ «Урал-1» конструкции Б. И. Рамеева, выпускавшаяся в Пензе, выполняла около 1000 операций в секунду.",
     C, "number", "technology", False),
    ("Production of the VAZ-1111 Oka microcar began in 1988, and the little car was later also assembled by KamAZ and by SeAZ in Serpukhov.",
     "Микролитражку «Ока» (ВАЗ-1111) начали выпускать в 1988 г.; позднее её сборку наладили в Набережных Челнах и Серпухове.",
     A, "year", "technology", True),
    ("Iomega launched the Zip drive in 1994; its removable cartridges held 100 megabytes, far more than a standard floppy disk.",
     "Дисковод Zip компании Iomega (1994) работал с картриджами ёмкостью 100 Мбайт, позже появились версии на 250 и 750 Мбайт.",
     A, "number", "technology", False),
    # ---------------- science ----------------
    # FALSE: RU (Prilezhaev reported the reaction in 1909)
    ("The Prilezhaev reaction, the epoxidation of an alkene by a peroxy acid, was reported by the Russian chemist Nikolai Prilezhaev in 1909.",
     "Эпоксидирование алкенов надкислотами открыл Николай Прилежаев в конце 1890-х годов; эта реакция носит его имя.",
     C, "decade", "science", True),
    # FALSE: EN (Sagnac's experiment was published in 1913)
    ("Georges Sagnac showed in 1925 that light beams sent both ways round a rotating loop acquire a phase shift, the principle behind ring-laser gyroscopes.",
     "Французский физик Жорж Саньяк в 1913 г. показал на вращающемся интерферометре, что встречные лучи света приобретают разность фаз.",
     C, "year", "science", False),
    ("In the Tishchenko reaction, described by Vyacheslav Tishchenko in 1906, two molecules of an aldehyde combine into an ester in the presence of an aluminium alkoxide.",
     "Реакция Тищенко (1906) — превращение альдегидов в сложные эфиры под действием алкоголятов алюминия.",
     A, "year", "science", True),
    ("Working in Leiden in 1930, Lev Shubnikov and Wander de Haas found that the resistance of bismuth crystals oscillates as a strong magnetic field is varied.",
     "Эффект Шубникова — де Гааза, осцилляции магнитосопротивления в сильном поле, обнаружен в 1930 г. в Лейдене на монокристаллах висмута.",
     A, "place", "science", False),
    ("In 1976 the Canadian physicist William Unruh predicted that an accelerating observer should perceive empty space as a warm bath of particles.",
     "Согласно эффекту Унру (1976), равномерно ускоренный наблюдатель регистрирует тепловое излучение там, где инерциальный видит лишь вакуум.",
     A, "year", "science", True),
    # ---------------- sport ----------------
    # FALSE: RU (Karppinen won three Olympic golds: 1976, 1980 and 1984)
    ("Finland's Pertti Karppinen won the Olympic single sculls three times in a row, at Montreal, Moscow and Los Angeles.",
     "Пертти Карппинен — двукратный олимпийский чемпион в академической гребле на одиночке (1976 и 1980 гг.).",
     C, "number", "sport", True),
    # FALSE: EN (Chizhova won gold in Munich in 1972)
    ("At the 1972 Munich Olympics the Soviet shot putter Nadezhda Chizhova had to settle for silver, four years after her bronze in Mexico City.",
     "Надежда Чижова стала олимпийской чемпионкой в толкании ядра на Играх 1972 г. в Мюнхене, а в Монреале-1976 взяла серебро.",
     C, "rank", "sport", False),
    ("East German shot putter Udo Beyer won Olympic gold in Montreal in 1976 and set a world record of 22.64 metres in 1986.",
     "Удо Байер (ГДР), олимпийский чемпион 1976 г., в 1986 г. отправил ядро на мировые рекордные 22,64 м.",
     A, "number", "sport", True),
    ("At Albertville in 1992 Toni Nieminen, then only 16, won the large-hill ski jumping title and became the youngest male Winter Olympic champion.",
     "Финский прыгун с трамплина Тони Ниеминен выиграл Олимпиаду-1992 на большом трамплине в 16 лет, а в 1994 г. первым преодолел 200 м.",
     A, "number", "sport", False),
    ("Finland's Volmari Iso-Hollo won the Olympic 3000 metres steeplechase twice, in Los Angeles in 1932 and in Berlin four years later.",
     "Волмари Исо-Холло — двукратный олимпийский чемпион в беге на 3000 м с препятствиями (1932, 1936).",
     A, "year", "sport", True),
    # ---------------- literature ----------------
    # FALSE: RU (Oroonoko was published in 1688, in the 17th century)
    ("Aphra Behn's Oroonoko, published in 1688, tells of an African prince tricked into slavery and shipped to the English colony of Surinam.",
     "Повесть Афры Бен «Оруноко, или Царственный раб» — созданная в XVIII в. история африканского принца, проданного в рабство в Суринам.",
     C, "century", "literature", False),
    # FALSE: EN (Polikushka first appeared in Katkov's Russky Vestnik)
    ("Leo Tolstoy's story Polikushka, about a serf sent to the town to collect money for his mistress, first appeared in 1863 in the journal Sovremennik.",
     "Повесть Л. Н. Толстого «Поликушка» впервые напечатана в 1863 г. в журнале М. Н. Каткова «Русский вестник».",
     C, "organisation", "literature", True),
    ("Tobias Smollett's picaresque novel The Adventures of Peregrine Pickle came out in 1751, three years after his Roderick Random.",
     "Плутовской роман Тобайаса Смоллетта «Приключения Перегрина Пикля» увидел свет в 1751 году.",
     A, "year", "literature", False),
    ("Walter Scott's Peveril of the Peak, published in 1823, is set partly in Derbyshire during the Popish Plot under Charles II.",
     "Действие романа Вальтера Скотта «Певерил Пик» (1823) разворачивается в эпоху Карла II, в дни «папистского заговора».",
     A, "entity", "literature", True),
    ("Washington Irving's tale The Legend of Sleepy Hollow, featuring the schoolmaster Ichabod Crane and the Headless Horseman, appeared in 1820 in The Sketch Book.",
     "Новелла Вашингтона Ирвинга «Легенда о Сонной Лощине» вошла в «Книгу эскизов» (1820); её герой — сельский учитель Икабод Крейн.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Thin Lizzy were formed in 1969)
    ("Thin Lizzy were formed in Dublin in 1969 around the bass player and singer Phil Lynott, and broke through with Whiskey in the Jar.",
     "Ирландскую группу Thin Lizzy во главе с басистом и вокалистом Филом Лайноттом собрали в Дублине в конце 1950-х годов.",
     C, "decade", "music", False),
    # FALSE: RU (All the Young Dudes was written and given to the band by David Bowie)
    ("Mott the Hoople were close to splitting in 1972 when David Bowie gave them All the Young Dudes, which became their breakthrough hit.",
     "Распадавшуюся группу Mott the Hoople в 1972 г. спас Марк Болан, подаривший ей песню «All the Young Dudes».",
     C, "person", "music", True),
    ("UB40, formed in Birmingham in 1978 and named after a British unemployment benefit form, went to number one in 1983 with Red Red Wine.",
     "Бирмингемская регги-группа UB40 (1978) назвалась по бланку пособия по безработице; в 1983 г. её кавер «Red Red Wine» возглавил британский хит-парад.",
     A, "year", "music", True),
    ("Roxy Music, fronted by Bryan Ferry with Brian Eno on synthesiser, released their self-titled debut album in 1972.",
     "Дебютный альбом Roxy Music вышел в 1972 г.; в первом составе группы Брайана Ферри на синтезаторе играл Брайан Ино.",
     A, "year", "music", False),
    ("Zvuki Mu, the Moscow band fronted by the singer and later film actor Pyotr Mamonov, released an album produced by Brian Eno in 1989.",
     "Московская группа «Звуки Му» Петра Мамонова возникла в начале 1980-х; в 1989 г. её альбом спродюсировал Брайан Ино.",
     A, "person", "music", True),
    # ---------------- law ----------------
    # FALSE: EN (the Rowlatt Act was passed in March 1919)
    ("The Rowlatt Act, passed by the Imperial Legislative Council in August 1919, let the British authorities in India jail political suspects without trial.",
     "Принятый в марте 1919 г. «закон Роулетта» позволял властям Британской Индии до двух лет держать подозреваемых в заключении без суда.",
     C, "month", "law", False),
    # FALSE: RU (the 1597 decree set a five-year term; fifteen years came only in 1607)
    ("A decree of 1597 under Tsar Feodor I set a five-year limit within which landowners could search for and reclaim runaway peasants.",
     "Указ 1597 г. об «урочных летах» установил пятнадцатилетний срок сыска беглых крестьян.",
     C, "duration", "law", True),
    ("Passed in the wake of the Battle of Cable Street, Britain's Public Order Act 1936 banned the wearing of political uniforms in public.",
     "Британский закон об общественном порядке 1936 г., вступивший в силу 1 января 1937 г., запретил носить политическую униформу.",
     A, "year", "law", False),
    ("Catherine the Great's Police Charter of 1782, the Ustav blagochiniya, created police boards called upravy blagochiniya in Russian towns.",
     "Устав благочиния, или полицейский, утверждённый Екатериной II 8 апреля 1782 г., учредил в городах управы благочиния.",
     A, "year", "law", True),
    ("The Selective Service Act, signed by President Wilson on 18 May 1917, required American men aged 21 to 30 to register for military service.",
     "Закон о выборочной воинской повинности (май 1917 г.) обязал всех мужчин США в возрасте от 21 до 30 лет встать на учёт.",
     A, "number", "law", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Soma mine disaster happened on 13 May 2014)
    ("The fire at a coal mine in Soma, in Turkey's Manisa Province, on 31 May 2014 killed 301 miners, the country's worst mining disaster.",
     "Катастрофа на угольной шахте в Соме (ил Маниса) 13.05.2014 унесла жизни 301 горняка — худшая в истории турецкой горной промышленности.",
     C, "date", "disasters", True),
    # FALSE: RU (the Wellington avalanche killed 96 people)
    ("On 1 March 1910 an avalanche near the hamlet of Wellington in Washington's Cascades swept two snowbound Great Northern trains into a gorge, killing 96 people.",
     "Лавина у посёлка Веллингтон в Каскадных горах (штат Вашингтон) сбросила в ущелье два застрявших поезда; погибли около 40 человек.",
     C, "number", "disasters", False),
    ("On 26 November 1999 the fast catamaran Sleipner struck a rock off western Norway on its way from Bergen to Stavanger; sixteen people died.",
     "Скоростной катамаран Sleipner, шедший из Бергена в Ставангер, 26.11.1999 налетел на камни у Бёмло; погибли 16 человек.",
     A, "date", "disasters", True),
    ("The F5 tornado that hit Udall, Kansas, on the night of 25 May 1955 killed 80 people, the deadliest tornado in the state's history.",
     "Торнадо категории F5, разрушивший городок Юдалл в Канзасе в мае 1955 г., унёс 80 жизней.",
     A, "number", "disasters", False),
    ("An explosion at the Winter Quarters mine near Scofield, Utah, on 1 May 1900 killed about 200 miners, many of them Finnish immigrants.",
     "Взрыв на шахте Winter Quarters близ Скофилда (штат Юта) 01.05.1900 унёс жизни не менее 200 горняков.",
     A, "number", "disasters", True),
]

RELATED = [
    ("The Pyana, a winding tributary of the Sura, flows through the south of Nizhny Novgorod Oblast.",
     "Вскоре после победы на Пьяне ордынцы Арапши в том же 1377 г. разорили и сожгли Нижний Новгород.",
     "Pyana", True, "history"),
    ("The slopes of Mount Sabalan are famous for hot springs, above all around the spa town of Sarein.",
     "На вершине Сабалана лежит небольшое кратерное озеро, большую часть года скованное льдом.",
     "Sabalan", False, "geography"),
    ("Reinhold Würth built up a large art collection, part of which is shown in the Museum Würth in Künzelsau.",
     "Основу ассортимента Würth составляет крепёж — винты, шурупы, дюбели, а также инструмент для мастеров.",
     "Wurth", True, "economy"),
    ("Volmari Iso-Hollo also won two medals in the Olympic 10,000 metres: silver in 1932 and bronze in 1936.",
     "В финале стипльчеза в Лос-Анджелесе-1932 судья сбился со счёта, и Исо-Холло с соперниками пробежали лишний круг.",
     "Iso-Hollo", False, "sport"),
    ("Professional shogi in Japan is governed by the Japan Shogi Association, whose roots go back to 1924.",
     "Фигуры в сёги — плоские пятиугольные фишки с иероглифами, одного цвета у обоих игроков.",
     "Shogi", True, "culture"),
    ("The New York village of North Tarrytown renamed itself Sleepy Hollow in 1996 after Irving's story.",
     "В 1999 г. Тим Бёртон экранизировал «Легенду о Сонной Лощине» с Джонни Деппом в роли Икабода Крейна.",
     "Sleepy Hollow", False, "literature"),
    ("Brian Eno left Roxy Music in 1973, after the band's second album, For Your Pleasure.",
     "В 2019 г. Roxy Music были включены в Зал славы рок-н-ролла.",
     "Roxy Music", True, "music"),
    ("Surikov's Suvorov Crossing the Alps is a huge canvas almost five metres high.",
     "Готовясь к работе над «Переходом Суворова через Альпы», Суриков ездил в Швейцарию писать этюды.",
     "Suvorov Crossing the Alps", False, "art"),
    ("Konstantin Feoktistov, one of the three men aboard Voskhod 1, was an engineer from Sergei Korolev's design bureau.",
     "Чтобы разместить в кабине «Восхода-1» троих космонавтов, экипаж отправили в полёт без скафандров.",
     "Voskhod 1", True, "technology"),
    ("The Soma mine was run by the private firm Soma Kömür İşletmeleri.",
     "После катастрофы в Соме в Турции объявили трёхдневный национальный траур.",
     "Soma", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "unit", "duration", "place", "person", "organisation", "entity",
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
    splits = count(sum(r["label"] == C for r in comp if r["domain"] == d) for d in doms)
    assert splits == {2: 6, 3: 6}, splits
    # each contradict row carries a FALSE-side comment (EN or RU); 15 of each
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    false_en, false_ru = src.count("# FALSE: " + "EN"), src.count("# FALSE: " + "RU")
    assert (false_en, false_ru) == (15, 15), (false_en, false_ru)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout144.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout144.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
