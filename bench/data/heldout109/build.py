#!/usr/bin/env python3
"""Build heldout109: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the French under d'Estrees defeated Cumberland at Hastenbeck)
    ("On 26 July 1757 at Hastenbeck, near Hamelin, the French army of Marshal d'Estrées defeated the Duke of Cumberland's Hanoverian Army of Observation, which then fell back towards Stade.",
     "В сражении при Хастенбеке 26.07.1757 обсервационная армия герцога Камберлендского одержала победу над французской армией маршала д'Эстре.",
     C, "opposite", "history", True),
    # FALSE: EN (after Caseros Rosas went into exile in England, near Southampton, not Spain)
    ("Beaten by Justo José de Urquiza at Caseros on 3 February 1852, the Argentine ruler Juan Manuel de Rosas fled abroad and spent his last 25 years in Spain.",
     "После разгрома при Касеросе 3 февраля 1852 г. Хуан Мануэль де Росас бежал на британском корабле в Англию, где и прожил в изгнании до смерти в 1877 г.",
     C, "place", "history", True),
    # FALSE: RU (the Curupayty assault was ordered by Bartolome Mitre; Sarmiento was president only from 1868)
    ("The Allied assault on the Paraguayan trenches at Curupayty on 22 September 1866, ordered by the Argentine president Bartolomé Mitre as commander-in-chief, ended in a bloody repulse.",
     "Неудачный штурм Курупаити в сентябре 1866 г. стоил союзникам нескольких тысяч убитых и раненых; наступать приказал главнокомандующий, аргентинский президент Доминго Сармьенто.",
     C, "person", "history", False),
    ("At Elandslaagte in Natal on 21 October 1899, British troops under Major-General John French routed a Boer force whose commander, General Johannes Kock, was mortally wounded.",
     "Бой у Эландслагте (21.10.1899) — редкая для начала англо-бурской войны британская победа; раненый бурский генерал Кок вскоре умер в плену.",
     A, "date", "history", True),
    ("At Homildon Hill in Northumberland on 14 September 1402, English longbowmen shattered a Scottish raiding army and captured its leader, Archibald, 4th Earl of Douglas.",
     "В сентябре 1402 г. при Хомилдон-Хилле английские лучники Генри Перси по прозвищу Хотспур разгромили шотландцев, а их предводитель граф Дуглас попал в плен.",
     A, "person", "history", False),
    # ---------------- science ----------------
    # FALSE: EN (the 2014 prize for blue LEDs was in Physics)
    ("Isamu Akasaki shared the 2014 Nobel Prize in Chemistry with Hiroshi Amano and Shuji Nakamura for inventing efficient blue light-emitting diodes.",
     "За создание эффективных синих светодиодов, позволивших получить яркий и экономичный белый свет, Исаму Акасаки в 2014 г. получил Нобелевскую премию по физике.",
     C, "entity", "science", False),
    # FALSE: RU (Kajita and McDonald won the 2015 prize)
    ("Takaaki Kajita, whose team at the Super-Kamiokande detector showed that atmospheric neutrinos oscillate, shared the 2015 Nobel Prize in Physics with Arthur McDonald.",
     "Японец Такааки Кадзита, доказавший с помощью детектора «Супер-Камиоканде» осцилляции атмосферных нейтрино, разделил с Артуром Макдональдом Нобелевскую премию по физике 2005 г.",
     C, "year", "science", True),
    ("Reinhard Genzel of the Max Planck Institute for Extraterrestrial Physics shared half of the 2020 Nobel Prize in Physics with the American astronomer Andrea Ghez.",
     "Нобелевскую премию по физике за 2020 год разделили Роджер Пенроуз, Андреа Гез и немецкий астрофизик Райнхард Генцель, отмеченный, как и Гез, за открытие сверхмассивного компактного объекта в центре Галактики.",
     A, "year", "science", True),
    ("Klaus Hasselmann, founding director of the Max Planck Institute for Meteorology in Hamburg, was 89 when he was named a Nobel laureate in physics in October 2021.",
     "Вместе с Сюкуро Манабе немецкому климатологу Клаусу Хассельману досталась половина Нобелевской премии по физике 2021 г. — за физическое моделирование климата Земли.",
     A, "year", "science", False),
    ("Gerhard Ertl of Berlin's Fritz Haber Institute learned on his 71st birthday, 10 October 2007, that he alone had won that year's Nobel Prize in Chemistry.",
     "Немецкий физикохимик Герхард Эртль стал единственным лауреатом Нобелевской премии по химии 2007 г. — за изучение химических процессов на твёрдых поверхностях.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Clipperton has no permanent population)
    ("Clipperton, a French coral atoll lying about 1,080 km off the south-west coast of Mexico, has a small permanent population.",
     "Французский атолл Клиппертон в восточной части Тихого океана, примерно в 1100 км от побережья Мексики, необитаем.",
     C, "polarity", "geography", False),
    # FALSE: RU (the strait is about 11 km wide at its narrowest)
    ("The Strait of Bonifacio, which separates French Corsica from Italian Sardinia, is only about 11 km wide at its narrowest point.",
     "Пролив Бонифачо между Корсикой и Сардинией, соединяющий Тирренское море с западной частью Средиземного, в самом узком месте достигает около 40 км.",
     C, "number", "geography", False),
    # FALSE: EN (the Liard flows into the Mackenzie at Fort Simpson)
    ("The Liard rises in south-eastern Yukon, crosses northern British Columbia and, after some 1,100 km, empties into the Yukon River.",
     "Река Лиард длиной около 1115 км берёт начало на юго-востоке Юкона и впадает в Маккензи у посёлка Форт-Симпсон (Северо-Западные территории).",
     C, "entity", "geography", True),
    ("Licancabur, a symmetrical 5,916-metre stratovolcano on the Chile–Bolivia border, cradles one of the world's highest lakes in its summit crater.",
     "Над чилийским оазисом Сан-Педро-де-Атакама, у самой границы с Боливией, высится правильный конус вулкана Ликанкабур высотой около 5,9 тыс. м.",
     A, "number", "geography", False),
    ("Stretching for some 63 km through the Karakoram, the Baltoro Glacier is among the longest glaciers anywhere outside the polar regions.",
     "Ледник Балторо в пакистанской части Каракорума (свыше 60 км) — один из крупнейших горных ледников мира; у площадки Конкордия с ним сливается ледник Годуин-Остен.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (the Royal Oak was launched in 1972)
    ("Audemars Piguet, founded in 1875 at Le Brassus in Switzerland's Vallée de Joux, unveiled its steel Royal Oak, designed by Gérald Genta, in 1972.",
     "Стальные часы Royal Oak, нарисованные Жеральдом Жантой, мануфактура «Одемар Пиге» из Ле-Брассю представила публике в начале 1980-х годов.",
     C, "decade", "economy", True),
    # FALSE: EN (Laphroaig was founded in 1815, i.e. in the 19th century)
    ("The Laphroaig distillery on the south coast of Islay was founded by the brothers Alexander and Donald Johnston in the eighteenth century.",
     "Вискикурня «Лафройг» на шотландском острове Айла, известная торфяным односолодовым виски, ведёт отсчёт с 1815 г., когда её основали братья Джонстон.",
     C, "century", "economy", True),
    ("Becherovka, the herbal bitter of Karlovy Vary, has been made since 1807, when Josef Vitus Becher began selling it in the spa town.",
     "Травяной ликёр «Бехеровка» выпускается в Карловых Варах с 1807 года; точный состав трав и сегодня держится в тайне.",
     A, "year", "economy", False),
    ("The Trieste coffee roaster illycaffè was founded in 1933 by Francesco Illy, who two years later built the Illetta, a forerunner of the modern espresso machine.",
     "Кофейную компанию illy основал в Триесте в 1933 г. Франческо Илли, уроженец Австро-Венгрии, осевший в этом городе после Первой мировой войны.",
     A, "year", "economy", True),
    ("Komatsu, now the second-largest maker of construction machinery after Caterpillar, was founded in 1921 in the town of Komatsu, Ishikawa Prefecture.",
     "Японская машиностроительная корпорация «Комацу» создана Мэйтаро Такэути в мае 1921 г.; по продажам строительной техники она уступает лишь американской Caterpillar.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Kraenzlein won four individual titles in 1900)
    ("At the 1900 Olympic Games in Paris the American hurdler and jumper Alvin Kraenzlein collected three individual gold medals.",
     "Американец Элвин Кренцлейн стал четырёхкратным чемпионом Игр-1900 в Париже: 60 м, 110 и 200 м с барьерами, прыжок в длину.",
     C, "number", "sport", False),
    # FALSE: RU (Jernberg's 50 km title at his third Games was won at Innsbruck 1964)
    ("Sixten Jernberg, who won nine Olympic medals in cross-country skiing, took the 50 km title at the Innsbruck Games of 1964, his third Olympics.",
     "Швед Сикстен Йернберг, девятикратный призёр Олимпиад в лыжных гонках, выиграл гонку на 50 км в Гренобле, на своей третьей Олимпиаде.",
     C, "place", "sport", False),
    # FALSE: EN (Aristides was ridden by Oliver Lewis)
    ("The first Kentucky Derby, run at Churchill Downs on 17 May 1875, was won by the colt Aristides under the jockey Isaac Murphy.",
     "Победителем первого Кентуккийского дерби (Луисвилл, 17.05.1875) стал жеребец Аристидес, на котором скакал темнокожий жокей Оливер Льюис.",
     C, "person", "sport", True),
    ("The Calcutta Cup, contested by England and Scotland since 1879, was made from silver rupees withdrawn from the funds of the disbanded Calcutta Football Club.",
     "Калькуттский кубок — регбийный трофей, который с 1879 г. разыгрывают сборные Англии и Шотландии, — отлит из индийских серебряных рупий.",
     A, "year", "sport", True),
    ("Gunder Hägg's mile world record of 4:01.4, set in Malmö in July 1945, stood for almost nine years until Roger Bannister broke four minutes.",
     "Установленный 17 июля 1945 г. в Мальмё мировой рекорд шведа Гундера Хегга в беге на милю (4.01,4) продержался до 1954 года.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (the Green Vault robbery took place on 25 November 2019)
    ("On 25 November 2019 thieves broke into the Green Vault in Dresden's Royal Palace and escaped with 18th-century diamond jewellery.",
     "Дерзкое ограбление дрезденской сокровищницы «Зелёные своды» произошло в марте 2019 г.: воры похитили бриллиантовые украшения XVIII века.",
     C, "month", "culture", True),
    # FALSE: EN (Weigel led the Berliner Ensemble from 1949 until her death in 1971)
    ("Helene Weigel, who founded the Berliner Ensemble with Bertolt Brecht in 1949, ran the company for barely five years.",
     "Хелена Вайгель возглавляла «Берлинер ансамбль», основанный ею вместе с Брехтом в 1949 г., более двух десятилетий — до самой смерти в 1971 году.",
     C, "duration", "culture", False),
    ("Prague's Estates Theatre, opened in 1783 by Count Franz Anton Nostitz, hosted the premiere of Mozart's Don Giovanni on 29 October 1787.",
     "Именно в пражском Сословном театре, построенном на средства графа Ностица, 29.10.1787 впервые была поставлена опера Моцарта «Дон Жуан».",
     A, "date", "culture", True),
    ("The Calgary Stampede, first staged in 1912 by the American trick roper Guy Weadick, now fills ten days every July with rodeo and chuckwagon races.",
     "Ежегодное родео «Калгари Стампид» в канадской провинции Альберта проводится с 1912 года; устроители называют его «величайшим шоу под открытым небом на Земле».",
     A, "year", "culture", False),
    ("The Boryeong Mud Festival, first held in 1998, draws huge crowds every July to Daecheon Beach on South Korea's west coast.",
     "Фестиваль грязи в южнокорейском городе Порён проводится с 1998 года; изначально он задумывался как реклама косметики из местной морской грязи.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (the emblem is the blue flower)
    ("Novalis's unfinished novel Heinrich von Ofterdingen, published posthumously in 1802, gave German Romanticism its lasting emblem, the blue flower.",
     "Незавершённый роман Новалиса «Генрих фон Офтердинген», изданный уже после смерти автора, подарил немецкому романтизму его символ — красную розу.",
     C, "entity", "literature", True),
    # FALSE: EN (Caleb Williams was published in 1794)
    ("William Godwin's novel Caleb Williams, in which a young secretary uncovers his master Falkland's crime, was first published in the early nineteenth century.",
     "Роман Уильяма Годвина «Калеб Уильямс», герой которого, секретарь сквайра Фокленда, раскрывает тайное преступление хозяина, вышел в 1794 году.",
     C, "century", "literature", False),
    # FALSE: RU (Coningsby was the first novel of the trilogy, before Sybil and Tancred)
    ("Benjamin Disraeli's Coningsby (1844) was the first of the three political novels that he linked with the Young England group.",
     "«Конингсби» (1844) — заключительный роман политической трилогии Бенджамина Дизраэли, связанной с движением «Молодая Англия».",
     C, "rank", "literature", False),
    ("H. G. Wells's Kipps (1905) follows Arthur Kipps, a draper's apprentice in Folkestone whose life is upended by an unexpected inheritance.",
     "Герой романа Г. Уэллса «Киппс», изданного в 1905 г., — бедный приказчик из мануфактурной лавки, внезапно получающий наследство.",
     A, "year", "literature", True),
    ("Goethe's Götz von Berlichingen (1773), a drama about a sixteenth-century imperial knight with an iron hand, became a rallying point of the Sturm und Drang.",
     "Драму «Гёц фон Берлихинген с железной рукой» Гёте напечатал в 1773 году, а в 1799-м её перевёл на английский молодой Вальтер Скотт.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (it became Georgia's state song in 1979)
    ("Georgia on My Mind, written in 1930 by Hoagy Carmichael and Stuart Gorrell, was made the official state song of Georgia in the early 1990s.",
     "Песня «Georgia on My Mind» (1930), ставшая хитом в исполнении Рэя Чарльза, в 1979 г. была объявлена официальной песней штата Джорджия.",
     C, "decade", "music", False),
    # FALSE: RU (Versos sencillos was published in 1891)
    ("The best-known verses of Guantanamera are adapted from José Martí's collection Versos sencillos, published in 1891.",
     "Самые известные куплеты «Гуантанамеры» взяты из сборника Хосе Марти «Простые стихи», изданного в 1881 году.",
     C, "year", "music", True),
    ("Released in July 1965, Bob Dylan's Like a Rolling Stone ran to more than six minutes yet climbed to number two on the Billboard Hot 100.",
     "Шестиминутная песня Боба Дилана «Like a Rolling Stone» (1965) поднялась на 2-е место в американском хит-параде, уступив лишь битловской «Help!».",
     A, "rank", "music", True),
    ("Benjamin Franklin devised the glass harmonica, a row of nested spinning glass bowls played with moistened fingers, in 1761.",
     "Стеклянную гармонику, на которой играют влажными пальцами по вращающимся чашам, изобрёл в 1761 г. Бенджамин Франклин; позднее для неё писал Моцарт.",
     A, "person", "music", False),
    ("La Brabançonne, Belgium's national anthem, dates from the revolution of 1830; its music was composed by François Van Campenhout.",
     "Слова «Брабансонны», гимна Бельгии, в революционном 1830 г. написал французский актёр Женневаль, а музыку — Франсуа Ван Кампенхаут.",
     A, "person", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Annibale Carracci was buried in the Pantheon, near Raphael)
    ("Annibale Carracci, who painted the Farnese Gallery ceiling in Rome, died in 1609 and was buried in St Peter's Basilica.",
     "Аннибале Карраччи, автор росписей галереи палаццо Фарнезе, умер в Риме в 1609 г. и похоронен в Пантеоне рядом с Рафаэлем.",
     C, "place", "art", False),
    # FALSE: RU (the Aurora of the Casino Ludovisi dates from 1621)
    ("Guercino painted his Aurora on the ceiling of the Casino Ludovisi in Rome in 1621, during the brief pontificate of Gregory XV.",
     "Фреску «Аврора» на плафоне казино Людовизи в Риме Гверчино (Джованни Франческо Барбьери) написал в 1651 году.",
     C, "year", "art", False),
    # FALSE: EN (the Leuven altarpiece took about four years, 1464-1468)
    ("Dieric Bouts completed his Last Supper altarpiece for St Peter's Church in Leuven within a few months of signing the contract in 1464.",
     "Алтарь Таинства Причастия с «Тайной вечерей» Дирк Баутс писал для лёвенской церкви Святого Петра четыре года — с 1464 по 1468 г.",
     C, "duration", "art", True),
    ("Lucas van Leyden's Last Judgment triptych, painted in 1526–27 for St Peter's Church in Leiden, is now in the city's Lakenhal museum.",
     "Триптих «Страшный суд» (1526–1527), одна из главных работ Лукаса Лейденского, хранится в лейденском музее Лакенхал.",
     A, "place", "art", True),
    ("Carlo Crivelli's Annunciation, with Saint Emidius (1486), painted for the town of Ascoli Piceno, hangs in the National Gallery, London.",
     "Венецианец Карло Кривелли, большую часть жизни работавший в Марке, в 1486 г. написал для Асколи-Пичено «Благовещение» со святым Эмигдием.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (Roosevelt signed the GI Bill on 22 June 1944)
    ("President Franklin D. Roosevelt signed the Servicemen's Readjustment Act, better known as the GI Bill, on 22 June 1944.",
     "Закон о возвращении военнослужащих к мирной жизни, известный как GI Bill, президент Рузвельт подписал в сентябре 1944 г.",
     C, "month", "law", True),
    # FALSE: EN (the Landrum-Griffin Act was signed by Eisenhower)
    ("The Landrum–Griffin Act of 1959, which regulated the internal affairs of American trade unions, was signed into law by President John F. Kennedy.",
     "Закон Лэндрама — Гриффина о подотчётности профсоюзов, подписанный Эйзенхауэром в сентябре 1959 г., стал итогом расследований комиссии Макклеллана.",
     C, "person", "law", True),
    ("The Constitutio Criminalis Carolina, adopted by the Imperial Diet at Regensburg in 1532, was the first criminal code for the whole Holy Roman Empire.",
     "Уголовно-судебное уложение Карла V («Каролина»), принятое в 1532 г., во многом повторяло Бамбергское уложение 1507 года.",
     A, "year", "law", False),
    ("The Gun Control Act, signed by Lyndon Johnson in October 1968 after the assassinations of Martin Luther King and Robert Kennedy, tightened federal firearms licensing.",
     "Принятый в США в 1968 г., после убийств Мартина Лютера Кинга и Роберта Кеннеди, закон о контроле над оружием запретил частным лицам покупать оружие по почте из других штатов.",
     A, "year", "law", True),
    ("The Ley Lerdo of 25 June 1856 obliged the Church and other corporations in Mexico to sell the rural and urban property they held.",
     "Закон Лердо, изданный летом 1856 г. при президенте Игнасио Комонфорте, вынуждал церковь и другие корпорации продавать принадлежавшие им земли.",
     A, "date", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Walton patented linoleum in the early 1860s)
    ("Frederick Walton patented his linseed-oil floor covering in the early 1860s and coined the name linoleum from the Latin words for flax and oil.",
     "Линолеум — покрытие на основе льняного масла — англичанин Фредерик Уолтон запатентовал в 1880-х годах.",
     C, "decade", "technology", False),
    # FALSE: EN (USS Holland was commissioned on 12 October 1900)
    ("USS Holland, designed by the Irish-born engineer John Philip Holland, was commissioned as the US Navy's first submarine on 4 July 1900.",
     "Подводная лодка «Холланд», спроектированная уроженцем Ирландии Джоном Холландом, вошла в состав ВМС США 12 октября 1900 г.",
     C, "date", "technology", False),
    # FALSE: RU (all 25 Big Boys were built by the American Locomotive Company)
    ("All 25 of Union Pacific's Big Boy articulated steam locomotives were built by the American Locomotive Company between 1941 and 1944.",
     "Двадцать пять сочленённых паровозов Big Boy для «Юнион Пасифик» построил в 1941–1944 гг. завод Болдуина.",
     C, "organisation", "technology", True),
    ("The Anglepoise lamp was designed in 1932 by George Carwardine, an English engineer who specialised in vehicle suspension systems.",
     "Шарнирную настольную лампу Anglepoise с уравновешивающими пружинами придумал в начале 1930-х английский конструктор Джордж Карвардин.",
     A, "person", "technology", True),
    ("The three automata built by Pierre Jaquet-Droz and his son Henri-Louis between 1768 and 1774, the Writer, the Draughtsman and the Musician, are kept in Neuchâtel.",
     "В Музее искусства и истории Невшателя хранятся «Музыкантша», «Рисовальщик» и «Писец» — андроиды, созданные семьёй Жаке-Дро во второй половине XVIII века.",
     A, "place", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Heppner flood struck on 14 June 1903)
    ("On 28 May 1903 a wall of water rushing down Willow Creek destroyed much of the small town of Heppner in Oregon.",
     "14 июня 1903 г. внезапный паводок на Уиллоу-Крик смыл значительную часть городка Хеппнер (штат Орегон); погибли более 200 человек.",
     C, "date", "disasters", True),
    # FALSE: RU (the Chilwell explosion killed 134 people)
    ("The explosion of some eight tons of TNT at the Chilwell shell-filling factory in Nottinghamshire on 1 July 1918 killed 134 people.",
     "Взрыв на снаряжательном заводе в Чилвелле (Ноттингемшир) 1 июля 1918 г. унёс жизни 34 человек.",
     C, "number", "disasters", False),
    ("When liquid peat burst into the Knockshinnoch Castle colliery near New Cumnock on 7 September 1950, 129 men were trapped; 116 were eventually brought out alive.",
     "Катастрофа на шахте Нокшиннок в Шотландии (сентябрь 1950 г.) унесла жизни 13 горняков, остальных 116 запертых под землёй удалось спасти.",
     A, "number", "disasters", True),
    ("On the evening of 4 December 1951 a double-decker bus ploughed into a column of Royal Marine cadets marching along Dock Road in Gillingham, Kent, killing 24 boys.",
     "Трагедия в Джиллингеме (Кент, 04.12.1951): в темноте автобус врезался в колонну кадетов морской пехоты, погибли 24 мальчика.",
     A, "number", "disasters", False),
    ("On the evening of 2 November 1925 the Eigiau dam in north Wales failed; the flood burst the Coedty reservoir below and swept through Dolgarrog, killing at least sixteen.",
     "Прорыв плотин Эйгиау и Коэдти 2.11.1925 обрушил поток воды на валлийский посёлок Долгаррог, где работал алюминиевый завод.",
     A, "date", "disasters", True),
]

RELATED = [
    ("After his defeat at Hastenbeck the Duke of Cumberland signed the Convention of Klosterzeven, which his father George II later repudiated.",
     "Деревня Хастенбек, давшая имя сражению 1757 г., расположена в Нижней Саксонии, неподалёку от Хамельна.",
     "Hastenbeck", True, "history"),
    ("Clipperton takes its name from John Clipperton, an English pirate of the early eighteenth century.",
     "С 2007 года атолл Клиппертон находится в непосредственном ведении министра заморских территорий Франции.",
     "Clipperton", False, "geography"),
    ("Since 1896 the Kentucky Derby has been run over a distance of one and a quarter miles.",
     "Кентуккийское дерби традиционно проводится в первую субботу мая на ипподроме Черчилл-Даунс в Луисвилле.",
     "Kentucky Derby", True, "sport"),
    ("Augustus the Strong, Elector of Saxony, set up the Green Vault in the 1720s to display his collection of treasures.",
     "Вывезенные после войны в Москву сокровища «Зелёных сводов» вернулись в Дрезден в 1958 году.",
     "Green Vault", False, "culture"),
    ("Benjamin Disraeli gave his political novel Coningsby the subtitle The New Generation.",
     "Когда вышел «Конингсби», Бенджамин Дизраэли уже семь лет заседал в палате общин.",
     "Coningsby", True, "literature"),
    ("Pete Seeger's concerts of the early 1960s carried Guantanamera far beyond Cuba.",
     "Название песни «Гуантанамера» переводится с испанского как «девушка из Гуантанамо», то есть уроженка этого кубинского города.",
     "Guantanamera", False, "music"),
    ("In the early 1580s Annibale Carracci, his brother Agostino and their cousin Ludovico opened an academy for painters in Bologna.",
     "Аннибале Карраччи, младший брат гравёра Агостино, родился в Болонье в 1560 году.",
     "Annibale Carracci", True, "art"),
    ("Miguel Lerdo de Tejada, after whom the law is named, was Mexico's finance minister under Ignacio Comonfort.",
     "Основные положения закона Лердо вскоре были включены в мексиканскую конституцию 1857 года.",
     "Ley Lerdo", False, "law"),
    ("The Writer, the most complex of the Jaquet-Droz automata, has some 6,000 parts and can be set to write a text of up to 40 characters.",
     "Часовщик Пьер Жаке-Дро, создатель знаменитых андроидов, родился в 1721 г. в Ла-Шо-де-Фоне.",
     "Jaquet-Droz automata", True, "technology"),
    ("Heppner, the seat of Morrow County, lies on Willow Creek in the dry hill country of eastern Oregon.",
     "Наводнение 1903 г. в Хеппнере считается самым смертоносным стихийным бедствием в истории Орегона.",
     "Heppner flood", False, "disasters"),
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

    with open(os.path.join(here, "comparable_heldout109.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout109.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
