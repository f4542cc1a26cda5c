#!/usr/bin/env python3
"""Build heldout152: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "EN" or "RU" for contradict rows, None for agree rows.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Olustee, 20 Feb 1864, was a Confederate victory; Seymour's Union force was beaten)
    ("The Battle of Olustee, fought near Ocean Pond on 20 February 1864, was the largest Civil War engagement in Florida and ended in a Confederate victory.",
     "Сражение при Олусти (20.02.1864) — крупнейший бой Гражданской войны во Флориде — закончилось победой северян генерала Трумэна Сеймура.",
     C, "opposite", "history", True, "RU"),
    # FALSE: EN (the Battle of Valverde was fought on 20-21 February 1862)
    ("Near Fort Craig on the Rio Grande, in April 1862, Confederate Texans of Henry Sibley's army won the Battle of Valverde, though the fort itself held out.",
     "Бой при Вальверде 21 февраля 1862 г. выиграли техасцы из армии конфедерата Генри Сибли, однако форт Крейг северяне удержали.",
     C, "month", "history", False, "EN"),
    # FALSE: RU (the royalist army at Rancagua was commanded by Mariano Osorio, not Marco del Pont)
    ("At Rancagua on 1-2 October 1814 the royalist army of Mariano Osorio crushed Bernardo O'Higgins and his fellow patriots, ending Chile's first experiment in self-rule.",
     "Поражение чилийских патриотов О'Хиггинса под Ранкагуа в октябре 1814 г. нанесли роялисты, которыми командовал Франсиско Касимиро Марко дель Понт.",
     C, "person", "history", True, "RU"),
    ("On 9 July 1864, on the Monocacy River near Frederick, Maryland, Confederates under Jubal Early beat a smaller Union force, but the lost day helped save Washington.",
     "Бой на реке Монокаси 09.07.1864 выиграли южане, однако эта задержка армии Эрли позволила северянам укрепить оборону Вашингтона.",
     A, "date", "history", False, None),
    ("At Mill Springs in Kentucky, on 19 January 1862, George H. Thomas won an early Union victory; the Confederate brigadier Felix Zollicoffer was killed.",
     "В бою у Милл-Спрингса (Кентукки, январь 1862 г.) погиб генерал южан Феликс Золликоффер, а победа досталась северянам Джорджа Томаса.",
     A, "person", "history", True, None),
    # ---------------- science ----------------
    # FALSE: EN (the spot was observed by Francois Arago, not Biot)
    ("The bright spot that Poisson predicted at the centre of a disc's shadow was soon observed by Jean-Baptiste Biot, vindicating Fresnel's wave theory of light.",
     "Пятно Пуассона, которое часто называют пятном Араго: в ходе конкурса Парижской академии (1818–1819) Франсуа Араго обнаружил яркую точку в центре тени диска.",
     C, "person", "science", False, "EN"),
    # FALSE: RU (Shapiro proposed the radar time-delay test in 1964)
    ("In 1964 Irwin Shapiro proposed a fourth test of general relativity: radar signals passing close to the Sun should come back slightly late.",
     "Эффект Шапиро — релятивистскую задержку радиосигнала вблизи Солнца — американский астрофизик Ирвин Шапиро предсказал в 1950-х гг. как «четвёртую проверку» ОТО.",
     C, "decade", "science", True, "RU"),
    # FALSE: RU (Sinope was the ninth moon of Jupiter found, hence Jupiter IX)
    ("Sinope, found by Seth Nicholson at Lick Observatory in 1914, was the ninth moon of Jupiter to be discovered, hence its designation Jupiter IX.",
     "Синопе, открытая С. Николсоном в Ликской обсерватории летом 1914 г., стала восьмым по счёту известным спутником Юпитера.",
     C, "rank", "science", False, "RU"),
    ("Published in 1977 by R. Brent Tully and J. Richard Fisher, the Tully–Fisher relation links a spiral galaxy's luminosity to its rotation speed.",
     "Соотношение Талли — Фишера (1977) связывает светимость спиральной галактики с шириной линии нейтрального водорода 21 см, то есть со скоростью её вращения.",
     A, "year", "science", True, None),
    ("Psittacosaurus, the 'parrot lizard' of Early Cretaceous Asia, was named by Henry Fairfield Osborn in 1923 from fossils found in Mongolia.",
     "Пситтакозавр («ящер-попугай»), живший в раннем мелу, описан Г. Ф. Осборном по находкам Центральноазиатской экспедиции в Монголии.",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (the Vym is a right tributary of the Vychegda, not of the Pechora)
    ("The Vym, a river of the Komi Republic roughly 500 km long, flows past the town of Yemva before joining the Pechora.",
     "Вымь (499 км) — правый приток Вычегды; на её берегу стоит город Емва, а при устье — древнее село Усть-Вымь.",
     C, "entity", "geography", True, "EN"),
    # FALSE: RU (Umbozero lies in Murmansk Oblast, not in Karelia)
    ("Umbozero, a long lake of about 313 square kilometres in Russia's Murmansk Oblast, lies between the Khibiny and Lovozero mountain massifs.",
     "Умбозеро площадью 313 км² — одно из крупнейших озёр Республики Карелия, узкой полосой вытянутое с севера на юг.",
     C, "place", "geography", False, "RU"),
    # FALSE: RU (the Brandaris was completed in 1594, i.e. in the 16th century)
    ("Completed in 1594, the Brandaris on the Wadden island of Terschelling is the oldest surviving lighthouse in the Netherlands.",
     "Старейший из сохранившихся маяков Нидерландов — Брандарис на острове Терсхеллинг — был построен в XVII веке.",
     C, "century", "geography", True, "RU"),
    ("The Tsilma, a left tributary of the Pechora about 370 km long, gives its name to Ust-Tsilma, a village founded in 1542 near its mouth.",
     "Цильма (374 км) впадает в Печору слева; у её устья стоит старообрядческое село Усть-Цильма, основанное в 1542 г.",
     A, "number", "geography", False, None),
    ("Schiermonnikoog, the smallest inhabited Dutch Wadden island, owes its name to the grey-robed monks who once farmed it and became a national park in 1989.",
     "Остров Схирмонниког, где с 1989 г. действует национальный парк, назван в честь «серых монахов» — цистерцианцев, владевших здесь землёй.",
     A, "year", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: EN (Rorstrand was founded in Stockholm)
    ("Rörstrand, one of Europe's oldest porcelain makers, was founded in Gothenburg in 1726 and much later moved its works to Lidköping.",
     "Фарфоровая мануфактура Rörstrand, основанная в Стокгольме в 1726 г., — одна из старейших в Европе; позднее её производство перенесли в Лидчёпинг.",
     C, "place", "economy", True, "EN"),
    # FALSE: RU (Onitsuka merged into ASICS in 1977)
    ("Kihachiro Onitsuka started making basketball shoes in Kobe in 1949; in 1977 his company merged with two other firms to form ASICS.",
     "Компания Onitsuka, основанная Кихатиро Оницукой в Кобе в 1949 г., слилась с двумя другими фирмами в корпорацию ASICS лишь в 1987 году.",
     C, "year", "economy", False, "RU"),
    ("The Finnish department-store company Stockmann was founded in Helsinki in 1862 and takes its name from the German-born merchant Georg Franz Stockmann.",
     "Стокманн — финская торговая компания, ведущая историю с 1862 г.; её флагманский универмаг в центре Хельсинки открылся в 1930 году.",
     A, "year", "economy", True, None),
    ("Ricoh was founded in February 1936 as Riken Kankoshi, a maker of photosensitive paper, with Kiyoshi Ichimura at its head.",
     "Японская Ricoh появилась в 1936 г. как производитель светочувствительной бумаги, отпочковавшийся от научного института RIKEN.",
     A, "year", "economy", False, None),
    ("The Russian grocery chain VkusVill grew out of Izbenka, a string of dairy shops opened in Moscow in 2009 by Andrey Krivenko.",
     "Сеть «ВкусВилл», основанная Андреем Кривенко, выросла из молочных магазинов «Избёнка»; первые магазины под новым брендом открылись в 2012 году.",
     A, "person", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: EN (Samolenko took bronze, not silver, in the Seoul 1500 m)
    ("At the 1988 Seoul Olympics Tatyana Samolenko won the 3000 metres and took silver in the 1500 metres.",
     "На Олимпиаде-88 в Сеуле Татьяна Самоленко победила в беге на 3000 м, а на полуторакилометровой дистанции стала бронзовым призёром.",
     C, "rank", "sport", False, "EN"),
    # FALSE: EN (Yashchenko was 18 when he set the 2.33 m world record in 1977)
    ("In 1977, at a USA–USSR dual meet, the 20-year-old Vladimir Yashchenko broke the world high jump record with 2.33 metres, using the straddle.",
     "Владимир Ященко установил мировой рекорд в прыжках в высоту (2,33 м) «перекидным» способом летом 1977 г., когда ему было всего 18 лет.",
     C, "number", "sport", True, "EN"),
    # FALSE: RU (Smirnov's Olympic gold at Lillehammer came in the 50 km)
    ("Kazakhstan's Vladimir Smirnov, so often runner-up to Bjørn Dæhlie, finally won Olympic gold in the 50 km cross-country race at Lillehammer in 1994.",
     "Казахстанский лыжник Владимир Смирнов, вечный соперник Бьорна Дели, завоевал единственное олимпийское золото на Играх-1994 в гонке на 30 км.",
     C, "number", "sport", False, "RU"),
    ("Soviet sabreur Viktor Sidyak won the individual Olympic sabre title at the Munich Games of 1972.",
     "Виктор Сидяк — сильнейший саблист мюнхенской Олимпиады-72, выигравший там личный турнир.",
     A, "year", "sport", True, None),
    ("Anfisa Reztsova won Olympic gold in cross-country skiing at Calgary in 1988 and, after switching to biathlon, in the 7.5 km sprint at Albertville in 1992.",
     "Анфиса Резцова побеждала на Олимпиадах и в лыжных гонках (эстафета 4×5 км, 1988), и в биатлоне (спринт, 1992; эстафета, 1994).",
     A, "entity", "sport", False, None),
    # ---------------- culture ----------------
    # FALSE: RU (Ticket to Ride was published by Days of Wonder, not Kosmos)
    ("Alan R. Moon's railway board game Ticket to Ride, published by Days of Wonder in 2004, won the Spiel des Jahres that same year.",
     "Настольная игра «Билет на поезд» Алана Муна вышла в 2004 г. в издательстве Kosmos и сразу получила немецкую премию «Игра года».",
     C, "organisation", "culture", True, "RU"),
    # FALSE: EN (Peppa Pig was first broadcast on 31 May 2004)
    ("Peppa Pig, created by Neville Astley and Mark Baker, was first shown on Britain's Channel 5 in May 2001.",
     "Мультсериал «Свинка Пеппа» Невилла Астли и Марка Бейкера впервые вышел в эфир британского Channel 5 31.05.2004.",
     C, "year", "culture", False, "EN"),
    ("Sylvanian Families, the flocked animal figures living in tiny country houses, were launched by the Japanese toy maker Epoch in 1985.",
     "Игрушечных зверюшек Sylvanian Families с их кукольными домиками японская компания Epoch выпустила на рынок в 1985 году.",
     A, "organisation", "culture", True, None),
    ("Thomas the Tank Engine first appeared in 1946, in the second book of the Rev. W. Awdry's Railway Series.",
     "Паровозик Томас — герой «Железнодорожной серии» преподобного Уилберта Одри; впервые он появился в книжке 1946 года.",
     A, "year", "culture", False, None),
    ("Worzel Gummidge, the talking scarecrow of Scatterbrook Farm, first appeared in Barbara Euphan Todd's 1936 children's book.",
     "Болтливое пугало Вурзель Гаммидж придумала английская писательница Барбара Юфан Тодд; первая книга о нём вышла в 1936 г.",
     A, "person", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: EN (Sukhodol was published in 1912)
    ("Ivan Bunin's Sukhodol, the chronicle of a decaying gentry family, first appeared in 1902 in the journal Vestnik Evropy.",
     "Повесть Бунина «Суходол» о вырождении дворянского рода Хрущёвых опубликована в «Вестнике Европы» в 1912 г.",
     C, "decade", "literature", True, "EN"),
    # FALSE: RU (Yakov Ivanov, nicknamed Bronza, is a coffin-maker, not a tailor)
    ("Chekhov's story 'Rothschild's Fiddle' (1894) centres on Yakov Ivanov, a miserly coffin-maker who bequeaths his violin to the Jewish flautist Rothschild.",
     "Рассказ Чехова «Скрипка Ротшильда» (1894) — история скупого портного Якова Бронзы, перед смертью отдавшего свою скрипку флейтисту Ротшильду.",
     C, "entity", "literature", False, "RU"),
    ("Vladimir Sollogub's Tarantas, a satirical travelogue of a journey from Moscow to Kazan, came out in book form in 1845.",
     "Повесть графа В. А. Соллогуба «Тарантас» вышла отдельным изданием в 1845 г. с иллюстрациями князя Г. Г. Гагарина.",
     A, "year", "literature", True, None),
    ("Nikolai Leskov's 'The Sealed Angel', about Old Believer icon painters whose icon is seized and sealed by officials, was published in 1873.",
     "Рассказ Лескова «Запечатлённый ангел» (1873), напечатанный в «Русском вестнике», повествует о староверах-иконописцах и их «запечатанной» иконе.",
     A, "year", "literature", False, None),
    ("Ann Radcliffe's Gothic novel The Mysteries of Udolpho, published in 1794, follows the orphaned Emily St. Aubert to a gloomy castle in the Apennines.",
     "Героиня «Удольфских тайн» (1794) Анны Радклиф — осиротевшая Эмили Сент-Обер, которая попадает в мрачный замок в Апеннинах.",
     A, "person", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (Stiffelio premiered in Trieste on 16 November 1850)
    ("Verdi's Stiffelio, about a Protestant minister whose wife has been unfaithful, had its premiere in Trieste in January 1850.",
     "Премьера «Стиффелио» Верди — оперы о протестантском проповеднике и его неверной жене — прошла в Триесте 16.11.1850.",
     C, "month", "music", True, "EN"),
    # FALSE: RU (Wild Thing peaked at number two in the UK; it was number one in the US)
    ("The Troggs' 'Wild Thing' reached number two in Britain in 1966 and topped the US Billboard Hot 100 that summer.",
     "В 1966 г. песня «Wild Thing» группы The Troggs из Андовера поднялась на первое место британского хит-парада синглов.",
     C, "rank", "music", True, "RU"),
    # FALSE: EN (Runrig was formed in 1973)
    ("Runrig, the Gaelic rock band formed by the brothers Rory and Calum Macdonald in 1983, played their farewell concerts in Stirling in 2018.",
     "Шотландская группа Runrig, основанная в 1973 г. братьями Рори и Кэлумом Макдональдами, попрощалась с публикой концертами в Стерлинге в 2018 г.",
     C, "decade", "music", False, "EN"),
    ("Released in March 1979, Supertramp's Breakfast in America went to number one on the US Billboard album chart.",
     "Пластинка «Breakfast in America» (1979) британской группы Supertramp, давшая миру хит «The Logical Song», возглавила американский хит-парад альбомов.",
     A, "rank", "music", True, None),
    ("The Soviet vocal-instrumental ensemble Samotsvety was founded in Moscow in 1971 by the double-bass player Yuri Malikov.",
     "ВИА «Самоцветы» создал в 1971 г. Юрий Маликов; ансамбль прославился песнями «Мой адрес — Советский Союз» и «Не повторяется такое никогда».",
     A, "person", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (the Villa Tugendhat was designed by Mies van der Rohe, not Adolf Loos)
    ("Ludwig Mies van der Rohe built the Villa Tugendhat in Brno for Fritz and Grete Tugendhat in 1928–30; it became a UNESCO World Heritage Site in 2001.",
     "Вилла Тугендхат в Брно (1928–1930), внесённая в список ЮНЕСКО в 2001 г., — шедевр функционализма, построенный по проекту Адольфа Лооса.",
     C, "person", "art", True, "RU"),
    # FALSE: EN (the Palais Stoclet stands in Brussels, not Vienna)
    ("The Palais Stoclet, designed by Josef Hoffmann for the banker Adolphe Stoclet and finished in 1911, stands in Vienna and holds a mosaic frieze by Gustav Klimt.",
     "Дворец Стокле в Брюсселе (1905–1911) построен по проекту Йозефа Хофмана; столовую украшает мозаичный фриз Густава Климта.",
     C, "place", "art", False, "EN"),
    ("Roger Fenton's photograph 'The Valley of the Shadow of Death', taken near Sevastopol in April 1855, shows a road strewn with cannonballs.",
     "Снимок Роджера Фентона «Долина смертной тени» (1855), сделанный в Крымскую войну, запечатлел усеянную ядрами дорогу.",
     A, "year", "art", True, None),
    ("Otto Wagner's Majolikahaus on Vienna's Linke Wienzeile, built in 1898–99, is famous for its façade of weatherproof majolica tiles painted with flowers.",
     "Майоликовый дом Отто Вагнера в Вене (1899) облицован керамической плиткой с пышным цветочным узором.",
     A, "person", "art", False, None),
    ("The Rusakov Workers' Club in Moscow, with its three cantilevered concrete auditorium blocks, was designed by Konstantin Melnikov and built in 1927–28.",
     "Клуб имени Русакова на Стромынке — постройка Константина Мельникова 1927–1928 гг., узнаваемая по трём выступающим консолям зрительного зала.",
     A, "person", "art", False, None),
    # ---------------- law ----------------
    # FALSE: RU (the Statute of Marlborough dates from 1267, i.e. the 13th century)
    ("Enacted in 1267 under Henry III, the Statute of Marlborough is the oldest piece of English statute law still partly in force.",
     "Мальборский статут, принятый в XIV в., — старейший английский закон, отдельные главы которого действуют до сих пор.",
     C, "century", "law", False, "RU"),
    # FALSE: EN (the Pragmatic Sanction of Bourges curbed papal power over the French church)
    ("The Pragmatic Sanction of Bourges, issued by Charles VII in 1438, strengthened papal control over the French church until the Concordat of Bologna in 1516.",
     "Буржская прагматическая санкция Карла VII (07.07.1438) ограничила власть папы над церковью Франции; её отменил Болонский конкордат 1516 г.",
     C, "opposite", "law", True, "EN"),
    ("The Statute of Treasons, passed under Edward III in 1351, defined high treason in England and is still partly in force.",
     "Закон о государственной измене 1351 г., принятый при Эдуарде III, впервые чётко определил состав этого преступления и частично действует поныне.",
     A, "year", "law", False, None),
    ("The Taylor Grazing Act, signed by Franklin D. Roosevelt in June 1934, brought grazing on the public rangelands of the American West under federal regulation.",
     "Закон Тейлора о выпасе скота 1934 г. ввёл федеральное регулирование выпаса на государственных землях Запада США.",
     A, "year", "law", True, None),
    ("The Pittman–Robertson Act of 1937 channels a federal excise tax on sporting firearms and ammunition into state wildlife restoration programmes.",
     "Закон Питтмана — Робертсона (1937) направляет федеральный акцизный сбор с охотничьего оружия и боеприпасов на восстановление дикой природы в штатах.",
     A, "year", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: RU (MSX was launched by Microsoft with ASCII Corporation, not Sony)
    ("The MSX home-computer standard was announced in June 1983 by Microsoft and the Japanese company ASCII, at the initiative of Kazuhiko Nishi.",
     "Стандарт домашних компьютеров MSX представили летом 1983 г. корпорации Microsoft и Sony по инициативе Кадзухико Ниси.",
     C, "organisation", "technology", False, "RU"),
    # FALSE: EN (the Magnavox Odyssey went on sale in 1972)
    ("The Magnavox Odyssey, the first commercial home video game console, went on sale in 1975, based on Ralph Baer's 'Brown Box' prototype.",
     "Первая бытовая игровая приставка Magnavox Odyssey, созданная на основе «коричневой коробки» Ральфа Баера, поступила в продажу в 1972 г.",
     C, "year", "technology", True, "EN"),
    ("The Thomson MO5, a French home computer launched in 1984, was installed in thousands of schools under the 1985 Informatique pour Tous plan.",
     "Французский компьютер Thomson MO5 (1984) массово закупался для школ по государственной программе «Информатика для всех» 1985 года.",
     A, "year", "technology", True, None),
    ("The Pravetz 82, a Bulgarian clone of the Apple II, was produced from 1982 and named after the town of Pravets, where it was made.",
     "Болгарский компьютер «Правец-82» — копия Apple II — выпускался с 1982 г. в городке Правец, родине Тодора Живкова.",
     A, "place", "technology", False, None),
    ("The Rolodex rotary card file was introduced in 1956 by Arnold Neustadter's Zephyr American company in New York.",
     "Вращающуюся картотеку Rolodex придумал американец Арнольд Нойштадтер; в продажу она поступила в 1956 году.",
     A, "year", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: EN (the Nerpa accident killed 20 people; 21 were injured)
    ("On 8 November 2008, during sea trials in the Sea of Japan, the fire-suppression system of the submarine Nerpa went off, killing 21 people.",
     "Авария на АПЛ «Нерпа» 08.11.2008 в Японском море: при испытаниях сработала система пожаротушения, погибли 20 человек, в основном гражданские специалисты.",
     C, "number", "disasters", False, "EN"),
    # FALSE: RU (the Welwyn Garden City collision happened on 15 June 1935)
    ("On 15 June 1935 an express from King's Cross ran into the back of another train at Welwyn Garden City after a signalman's error, killing 14 people.",
     "Крушение у Уэлин-Гарден-Сити 15.07.1935: из-за ошибки сигнальщика экспресс из Лондона врезался в хвост другого поезда, погибли 14 человек.",
     C, "date", "disasters", True, "RU"),
    # FALSE: EN (the Polmont train struck a cow, not a horse)
    ("On 30 July 1984 an Edinburgh–Glasgow push-pull express struck a horse that had strayed onto the line near Polmont and derailed, killing 13 people.",
     "Под Полмонтом 30 июля 1984 г. поезд Эдинбург — Глазго на полном ходу сбил корову, сошёл с рельсов; погибли 13 человек.",
     C, "entity", "disasters", False, "EN"),
    ("Twelve passengers died when fire broke out in a sleeping car of the Penzance–Paddington night train near Taunton on 6 July 1978.",
     "Пожар в спальном вагоне ночного поезда Пензанс — Лондон у Тонтона 06.07.1978 унёс 12 жизней: загорелись мешки с бельём у обогревателя.",
     A, "number", "disasters", False, None),
    ("In the early hours of 6 June 1975 a London–Glasgow sleeper derailed at Nuneaton, killing six people, after its driver missed an unlit speed-restriction sign.",
     "Крушение у Нанитона (Уорикшир) 6 июня 1975 г.: спальный поезд сошёл с рельсов на участке временного ограничения скорости, погибли шесть человек.",
     A, "date", "disasters", False, None),
]

RELATED = [
    ("The 54th Massachusetts, the Black regiment famed for its assault on Fort Wagner, helped cover the Union retreat at Olustee.",
     "Поле битвы при Олусти во Флориде сегодня охраняется как исторический парк штата.",
     "Olustee", True, "history"),
    ("Sinope circles Jupiter in the retrograde direction, far out among the planet's small irregular moons.",
     "Сет Николсон, открывший Синопе, позднее нашёл ещё три спутника Юпитера — Лиситею, Карме и Ананке.",
     "Sinope", False, "science"),
    ("Every July the village of Ust-Tsilma holds the Gorka, a festival of folk songs and round dances kept up by local Old Believers.",
     "Река Цильма берёт начало на Тиманском кряже и целиком течёт по территории Республики Коми.",
     "Tsilma", True, "geography"),
    ("Onitsuka Tiger running shoes were the first product sold by Blue Ribbon Sports, the American distributor that later became Nike.",
     "Кихатиро Оницука начинал с баскетбольных кроссовок, а мировую известность его фирме принесла беговая обувь марки Onitsuka Tiger.",
     "Onitsuka", False, "economy"),
    ("Tatyana Samolenko won the 3000 metres at both the 1987 and the 1991 World Championships.",
     "На Олимпиаде-1992 в Барселоне Татьяна Доровских (Самоленко) завоевала серебро в беге на 3000 м.",
     "Samolenko", True, "sport"),
    ("From 1984 the Thomas stories were adapted for British television, with Ringo Starr as the first narrator.",
     "Паровозик Томас — маленький синий танковый паровоз с номером 1 на боку.",
     "Thomas the Tank Engine", False, "culture"),
    ("Jane Austen's Northanger Abbey pokes fun at young readers devouring The Mysteries of Udolpho.",
     "Действие «Удольфских тайн» Анны Радклиф отнесено к 1584 году и разворачивается во Франции и Италии.",
     "Udolpho", True, "literature"),
    ("Runrig's lead singer Donnie Munro left the band in 1997 to pursue a career in politics.",
     "Многие песни шотландской группы Runrig исполнены на гэльском языке, а не на английском.",
     "Runrig", False, "music"),
    ("The Palais Stoclet in Brussels was added to UNESCO's World Heritage List in 2009.",
     "Заказчиком дворца Стокле был бельгийский промышленник и коллекционер Адольф Стокле.",
     "Palais Stoclet", True, "art"),
    ("After repairs, the submarine Nerpa was leased to the Indian Navy in 2012 and renamed INS Chakra.",
     "К-152 «Нерпа» — многоцелевая атомная подводная лодка проекта 971 «Щука-Б».",
     "Nerpa", False, "disasters"),
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
    comp, rel, false_sides = [], [], []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in ("EN", "RU"), en
            false_sides.append(false_side)
        else:
            assert false_side is None, en
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
    assert count(false_sides) == {"EN": 15, "RU": 15}, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    cdoms = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(cdoms.values()) == [2] * 6 + [3] * 6, cdoms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    rdoms = count(r["domain"] for r in rel)
    assert len(rdoms) == 10, rdoms

    with open(os.path.join(here, "comparable_heldout152.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout152.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false sides:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", cdoms)
    print("related domains:", rdoms)


if __name__ == "__main__":
    main()
