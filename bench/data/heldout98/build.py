#!/usr/bin/env python3
"""Build heldout98: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Yi Sun-sin had 13 ships at Myeongnyang, not 31)
    ("At Myeongnyang Strait in October 1597, Admiral Yi Sun-sin, commanding just 13 Korean warships, turned back a Japanese fleet of more than a hundred vessels.",
     "В октябре 1597 г. в проливе Мённян адмирал Ли Сунсин, располагавший 31 кораблём, разгромил японский флот, превосходивший его в несколько раз.",
     C, "number", "history", True),
    # FALSE: EN (at San Jacinto the Texians routed Santa Anna's army)
    ("At San Jacinto on 21 April 1836, Santa Anna's Mexican troops crushed Sam Houston's small Texian army, an engagement that lasted barely twenty minutes.",
     "Сражение при Сан-Хасинто 21.04.1836 продолжалось около 18 минут: армия техасцев Сэма Хьюстона обратила в бегство войска Санта-Анны.",
     C, "opposite", "history", False),
    # FALSE: RU (the Confederate commander mortally wounded at Shiloh was Albert Sidney Johnston)
    ("General Albert Sidney Johnston, the Confederate commander at Shiloh, was mortally wounded on 6 April 1862, the first day of the battle in south-western Tennessee.",
     "В первый день битвы при Шайло (6 апреля 1862 г.) был смертельно ранен командовавший армией южан генерал Томас «Каменная Стена» Джексон.",
     C, "person", "history", True),
    ("On 21 October 1600, at Sekigahara in Mino Province, Tokugawa Ieyasu's Eastern Army defeated the Western Army led by Ishida Mitsunari.",
     "Битва при Сэкигахаре (21.10.1600), в которой восточная коалиция Токугавы Иэясу одолела западную армию Исиды Мицунари, открыла путь к сёгунату Токугава.",
     A, "date", "history", False),
    ("At Nagashino in 1575, massed arquebusiers of Oda Nobunaga and his allies shattered the army of Takeda Katsuyori.",
     "В сражении при Нагасино (1575 г.) аркебузиры Оды Нобунаги, стрелявшие залпами из-за частокола, разбили войско Такэды Кацуёри.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Zu Chongzhi lived in the 5th century, 429-500)
    ("Zu Chongzhi, a Chinese mathematician and astronomer of the fifth century, showed that pi lies between 3.1415926 and 3.1415927.",
     "Китайский математик XI века Цзу Чунчжи установил, что число π заключено между 3,1415926 и 3,1415927, и предложил приближение 355/113.",
     C, "century", "science", True),
    # FALSE: EN (Schiaparelli's 'canali' of 1877 were on Mars)
    ("In 1877 the Milan astronomer Giovanni Schiaparelli mapped a network of dark lines on the surface of Venus, which he called 'canali'.",
     "Наблюдая Марс во время великого противостояния 1877 г., директор миланской обсерватории Джованни Скиапарелли описал сеть тёмных линий — «каналов» (canali).",
     C, "entity", "science", False),
    # FALSE: EN (Elemente der Psychophysik appeared in 1860)
    ("Gustav Theodor Fechner founded psychophysics with his two-volume Elements of Psychophysics, published in Leipzig in 1880.",
     "Двухтомные «Элементы психофизики» Густава Теодора Фехнера, положившие начало психофизике как науке, вышли в Лейпциге в 1860 году.",
     C, "year", "science", True),
    ("Around 1622 the English clergyman William Oughtred placed two logarithmic scales side by side, creating the first slide rule.",
     "Логарифмическую линейку изобрёл в 1620-х гг. англиканский священник и математик Уильям Оутред, которому приписывают и знак умножения «×».",
     A, "decade", "science", False),
    ("In 1859 John Tyndall began measuring at the Royal Institution how gases absorb radiant heat, finding water vapour and carbon dioxide strongly absorbent.",
     "Ирландский физик Джон Тиндаль в 1859 г. показал, что водяной пар и углекислый газ, в отличие от азота и кислорода, сильно поглощают тепловое излучение.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (Tongariro was New Zealand's first national park)
    ("Tongariro, established in 1887 on land gifted by the Ngāti Tūwharetoa chief Te Heuheu Tukino IV, was New Zealand's first national park.",
     "Тонгариро, созданный в 1887 г. на землях, переданных верховным вождём маори, стал вторым по счёту национальным парком Новой Зеландии.",
     C, "rank", "geography", False),
    # FALSE: EN (Thabana Ntlenyana is in Lesotho)
    ("Thabana Ntlenyana, at 3,482 metres the highest point of southern Africa, rises in the eastern highlands of Eswatini.",
     "Высочайшая вершина юга Африки — гора Тхабана-Нтленьяна (3482 м) — находится в Лесото, в хребте Дракенсберг.",
     C, "place", "geography", True),
    # FALSE: RU (Wadi Rum was inscribed in 2011)
    ("Wadi Rum, a sandstone and granite desert valley in southern Jordan, was inscribed on the UNESCO World Heritage List in 2011.",
     "Охраняемая территория Вади-Рам на юге Иордании, которую называют «Долиной Луны», включена в список Всемирного наследия ЮНЕСКО в 2001 году.",
     C, "year", "geography", True),
    ("Pico da Neblina, on the Venezuelan border in Amazonas state, is Brazil's highest mountain, at roughly 2,995 metres.",
     "Самая высокая гора Бразилии — пик Неблина (около 3 тыс. м) в штате Амазонас, у самой границы с Венесуэлой.",
     A, "rank", "geography", False),
    ("Electric lighting was installed in Slovenia's Postojna Cave as early as 1884, and visitors still ride into it on an underground train.",
     "Постойнская пещера в Словении получила электрическое освещение в 1884 г., а рельсы для подземной дороги там проложили ещё в 1872-м.",
     A, "year", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Toyo Cork Kogyo was founded in Hiroshima)
    ("Mazda began in 1920 in Osaka as Toyo Cork Kogyo, a maker of cork products, and only later turned to three-wheeled trucks.",
     "Компания Mazda ведёт историю от основанной в 1920 г. в Хиросиме фирмы «Тоё Корк Когё», производившей пробку; первые трёхколёсные грузовики она выпустила в 1931 г.",
     C, "place", "economy", False),
    # FALSE: RU (Nippon Sheet Glass took over Pilkington, not the other way round)
    ("In 2006 the British glassmaker Pilkington, developer of the float glass process, was taken over by Nippon Sheet Glass of Japan.",
     "В 2006 г. британская стекольная компания «Пилкингтон», создательница флоат-процесса, сама поглотила японскую Nippon Sheet Glass.",
     C, "opposite", "economy", True),
    ("Andreas Stihl founded his company in Stuttgart in 1926; today the chainsaw maker is headquartered in nearby Waiblingen.",
     "Фирму «Штиль», известную прежде всего своими бензопилами, основал в 1926 году инженер Андреас Штиль.",
     A, "year", "economy", False),
    ("Villeroy & Boch was created in 1836, when the ceramics businesses of Jean-François Boch and Nicolas Villeroy merged.",
     "Керамическая компания «Виллерой и Бох» со штаб-квартирой в саарском Метлахе образовалась в 1836 г. слиянием предприятий Жана-Франсуа Боха и Николя Виллероя.",
     A, "year", "economy", True),
    ("Playmobil figures, 7.5 centimetres tall and designed by Hans Beck, were launched by the firm Geobra Brandstätter at the Nuremberg toy fair in 1974.",
     "Фигурки «Плеймобил», придуманные Хансом Беком, впервые представили публике на Нюрнбергской ярмарке игрушек 1974 года.",
     A, "person", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Simpson died on Mont Ventoux)
    ("The British cyclist Tom Simpson collapsed and died on the slopes of Mont Ventoux during the Tour de France on 13 July 1967.",
     "13 июля 1967 г., во время «Тур де Франс», британский велогонщик Том Симпсон упал замертво на подъёме на перевал Турмале.",
     C, "place", "sport", True),
    # FALSE: EN (Orr won the Art Ross Trophy twice, 1970 and 1975)
    ("Bobby Orr revolutionised defensive play with the Boston Bruins, yet he never won the NHL scoring title, the Art Ross Trophy.",
     "Защитник «Бостон Брюинз» Бобби Орр — единственный игрок своего амплуа, выигравший «Арт Росс Трофи» как лучший бомбардир НХЛ (1970, 1975).",
     C, "polarity", "sport", False),
    # FALSE: RU (Tarasov was the first Soviet inductee)
    ("Anatoli Tarasov, architect of Soviet ice hockey, became in 1974 the first Soviet inductee into the Hockey Hall of Fame in Toronto.",
     "В 1974 г. Анатолий Тарасов стал третьим советским специалистом, введённым в Зал хоккейной славы в Торонто.",
     C, "rank", "sport", True),
    ("Alain Prost won the Formula One drivers' championship four times, in 1985, 1986, 1989 and 1993.",
     "Француз Ален Прост — четырёхкратный чемпион мира в «Формуле-1»; последний титул он завоевал в 1993 г., после чего завершил карьеру.",
     A, "number", "sport", False),
    ("Brazil's Nelson Piquet took three Formula One world titles: two with Brabham, in 1981 and 1983, and a third with Williams in 1987.",
     "Нельсон Пике трижды становился чемпионом «Формулы-1» — в 1981, 1983 и 1987 годах.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (The Mousetrap opened in the West End on 25 November 1952)
    ("Agatha Christie's The Mousetrap opened in London's West End on 25 November 1952 and has become the longest-running play in theatre history.",
     "Пьеса Агаты Кристи «Мышеловка», идущая в Лондоне дольше любой другой, впервые была сыграна в Вест-Энде в мае 1952 года.",
     C, "month", "culture", True),
    # FALSE: EN (Pepys saw the puppet show on 9 May 1662)
    ("Punch and Judy performers mark Mr Punch's birthday on 20 May, the day in 1662 when Samuel Pepys noted an Italian puppet show in London.",
     "Днём рождения Панча в Англии считается 9 мая 1662 г., когда Сэмюэл Пипс записал в дневнике, что видел в Лондоне итальянское кукольное представление.",
     C, "date", "culture", False),
    ("Marie Tussaud, who had learned wax modelling in Paris, set up her first permanent exhibition in London in 1835 after decades of touring Britain.",
     "Музей восковых фигур мадам Тюссо обосновался в Лондоне на постоянной основе в 1835 г., после 33 лет гастролей по Британии и Ирландии.",
     A, "year", "culture", True),
    ("The Royal Shakespeare Company was founded in 1961 by the director Peter Hall, who made Stratford-upon-Avon its home.",
     "Королевская шекспировская компания, базирующаяся в Стратфорде-на-Эйвоне, получила своё название в 1961 г.; её первым руководителем был Питер Холл.",
     A, "person", "culture", False),
    ("Wacken Open Air, one of the world's biggest heavy-metal festivals, was first held in 1990 in a village in Schleswig-Holstein.",
     "Фестиваль «Ваккен Оупен Эйр» в Шлезвиг-Гольштейне проводится с 1990 г.; в первый раз на него собралось всего около 800 зрителей.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Tom Jones was published in 1749, i.e. the 18th century)
    ("Henry Fielding's comic novel The History of Tom Jones, a Foundling first appeared in the seventeenth century, in six volumes.",
     "Роман Генри Филдинга «История Тома Джонса, найдёныша», изданный в 1749 г. в шести томах, состоит из 18 книг.",
     C, "century", "literature", False),
    # FALSE: RU (Persuasion was published posthumously)
    ("Jane Austen's Persuasion, whose heroine Anne Elliot is reunited with Captain Wentworth, was published posthumously in December 1817.",
     "Роман «Доводы рассудка» о любви Энн Эллиот и капитана Уэнтуорта Джейн Остин успела увидеть напечатанным ещё при жизни.",
     C, "polarity", "literature", True),
    ("Oliver Twist was serialised in Bentley's Miscellany from 1837 to 1839, with etchings by George Cruikshank.",
     "Диккенсовский «Оливер Твист» печатался частями в ежемесячном журнале в 1837–1839 гг. с иллюстрациями Джорджа Крукшенка.",
     A, "person", "literature", False),
    ("Walter Scott's Rob Roy, narrated by the young Englishman Frank Osbaldistone, came out in Edinburgh at the very end of 1817.",
     "Роман Вальтера Скотта «Роб Рой» (1817), действие которого происходит накануне якобитского восстания 1715 г., рассказан от лица Фрэнка Осбалдистона.",
     A, "year", "literature", True),
    ("Thomas Hardy's Tess of the d'Urbervilles, subtitled A Pure Woman, was serialised in The Graphic and published in book form in 1891.",
     "Роман Томаса Гарди «Тэсс из рода д'Эрбервиллей» с подзаголовком «Чистая женщина» вышел отдельным изданием в 1891 г.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Rinaldo premiered on 24 February 1711)
    ("Handel's Rinaldo, the first Italian opera written specifically for the London stage, opened at the Queen's Theatre in the Haymarket on 24 February 1711.",
     "Премьера оперы Генделя «Ринальдо», первой итальянской оперы, сочинённой специально для Лондона, прошла в театре на Хеймаркете в октябре 1711 г.",
     C, "month", "music", True),
    # FALSE: EN (Tristan und Isolde was first staged on 10 June 1865)
    ("Wagner's Tristan und Isolde, long considered unperformable, finally reached the stage of the Munich court opera in the 1870s.",
     "Первая постановка «Тристана и Изольды» Вагнера состоялась в Мюнхене 10 июня 1865 года.",
     C, "decade", "music", False),
    # FALSE: RU (the Thomaskantor from 1723 to 1750 was J. S. Bach, not Pachelbel)
    ("From 1723 until his death in 1750 Johann Sebastian Bach served as Thomaskantor, director of Leipzig's St Thomas boys' choir.",
     "С 1723 по 1750 г. лейпцигским Томанерхором руководил в должности кантора церкви Св. Фомы Иоганн Пахельбель.",
     C, "person", "music", False),
    ("The Vienna Boys' Choir traces its origins to 1498, when Maximilian I ordered boys to sing at his court chapel.",
     "История Венского хора мальчиков восходит к концу XV века, к придворной капелле Максимилиана I.",
     A, "century", "music", True),
    ("The pianist Mikhail Pletnev founded the Russian National Orchestra in Moscow in 1990, as an ensemble not funded by the state.",
     "Российский национальный оркестр был создан в 1990 г. по инициативе пианиста и дирижёра Михаила Плетнёва.",
     A, "person", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (the Statue of Unity is the tallest statue in the world)
    ("The Statue of Unity in Gujarat, a 182-metre figure of Vallabhbhai Patel, was unveiled in October 2018 as the second-tallest statue in the world.",
     "Статуя Единства — изображение Валлабхаи Пателя в штате Гуджарат — открыта 31 октября 2018 г. и является самой высокой статуей мира.",
     C, "rank", "art", False),
    # FALSE: EN (the Portland Vase was smashed on 7 February 1845)
    ("The Portland Vase, a Roman cameo-glass vessel in the British Museum, was smashed into fragments by a visitor in 1875.",
     "Портлендская ваза — римский сосуд из камейного стекла — была разбита в Британском музее 7 февраля 1845 г. посетителем Уильямом Ллойдом.",
     C, "year", "art", False),
    ("Marcel Duchamp's Nude Descending a Staircase, No. 2 (1912) caused a sensation at the 1913 Armory Show in New York.",
     "Картина Марселя Дюшана «Обнажённая, спускающаяся по лестнице, № 2», написанная в 1912 г., наделала шума на нью-йоркской выставке «Армори-шоу» 1913 года.",
     A, "year", "art", True),
    ("Albrecht Dürer's engraving Melencolia I, dated 1514, includes a magic square whose bottom row also gives the year.",
     "В гравюре Дюрера «Меланхолия I» (1514) изображён магический квадрат, в нижней строке которого читается дата создания листа.",
     A, "year", "art", False),
    ("The Mildenhall Treasure, 34 pieces of fourth-century Roman silver tableware, was ploughed up in Suffolk in 1942 and is now in the British Museum.",
     "Клад из Милденхолла — римское серебро IV в. н. э., найденное в Саффолке в годы Второй мировой войны, — хранится в Британском музее.",
     A, "century", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Statute allowed invention patents for up to 14 years)
    ("England's Statute of Monopolies of 1624 voided most monopolies but allowed patents for new inventions for a term of up to 14 years.",
     "Статут о монополиях 1624 г. отменил большинство монополий в Англии, сохранив патенты на новые изобретения сроком до 21 года.",
     C, "duration", "law", False),
    # FALSE: EN (the 1865 limit outside towns was 4 mph)
    ("Britain's Locomotive Act 1865 capped road locomotives at 10 mph in the country and 2 mph in towns, with a flag-bearer walking 60 yards ahead.",
     "По «закону о красном флаге» 1865 г. паровые машины на дорогах Великобритании не могли ехать быстрее 4 миль/ч за городом, а впереди шёл человек с красным флагом.",
     C, "number", "law", True),
    ("In The Wagon Mound (No 1), decided in 1961, the Privy Council held that liability in negligence extends only to damage of a reasonably foreseeable kind.",
     "Решение Тайного совета 1961 г. по делу о судне «Вэгон Маунд», чья нефть загорелась в гавани Сиднея, ввело критерий разумной предвидимости вреда.",
     A, "year", "law", False),
    ("The Vinodol Code, drawn up in 1288 in the Croatian Littoral, is among the oldest legal texts written in a Slavic vernacular.",
     "Винодольский закон — памятник хорватского права, составленный 6 января 1288 г. на хорватском языке.",
     A, "year", "law", True),
    ("Martin's Act of 1822, steered through Parliament by the Irish MP Richard Martin, was among the first laws anywhere to protect animals from cruelty.",
     "Принятый в Великобритании в 1822 г. «закон Мартина» о жестоком обращении со скотом назван в честь ирландского депутата Ричарда Мартина.",
     A, "person", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (the Daventry experiment took place on 26 February 1935)
    ("On 26 April 1935, near Daventry, Robert Watson-Watt and Arnold Wilkins showed that a Heyford bomber could be detected by radio echoes.",
     "26.02.1935 близ Давентри Роберт Уотсон-Уатт и Арнольд Уилкинс показали, что самолёт можно засечь по отражённым от него радиоволнам.",
     C, "month", "technology", True),
    # FALSE: RU (the first 15,000 Thompsons were made by Colt)
    ("The first 15,000 Thompson submachine guns, the Model 1921, were built for the Auto-Ordnance company under contract by Colt.",
     "Первые 15 тыс. пистолетов-пулемётов Томпсона образца 1921 г. изготовила по контракту с компанией Auto-Ordnance фирма «Ремингтон».",
     C, "organisation", "technology", False),
    ("The French gardener Joseph Monier patented iron-reinforced concrete tubs for plants in 1867.",
     "Садовник Жозеф Монье, искавший замену хрупким кадкам для растений, в 1867 году запатентовал кадки из бетона, армированного железной сеткой.",
     A, "year", "technology", True),
    ("The Rawlplug, a fibre wall plug, was invented in 1911 by the London builder John Joseph Rawlings.",
     "Дюбель «Роулплаг» придумал в 1911 г. лондонский строитель Джон Джозеф Роулингс, которому нужно было аккуратно крепить к стенам электроарматуру.",
     A, "person", "technology", False),
    ("Sellotape, named after cellophane, was first made in 1937 by Colin Kininmonth and George Gray in Acton, west London.",
     "Липкую ленту «Селлотейп» в 1937 г. начали выпускать в лондонском районе Эктон Колин Кининмонт и Джордж Грей.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the British aircraft was a Hawker Siddeley Trident)
    ("On 10 September 1976 a British Airways Boeing 707 and an Inex-Adria DC-9 collided over Vrbovec near Zagreb, killing all 176 people aboard.",
     "10.09.1976 над Врбовецом под Загребом столкнулись британский «Трайдент» и югославский DC-9 компании «Инекс-Адрия»; погибли все 176 человек на борту.",
     C, "entity", "disasters", False),
    # FALSE: RU (no one was ever charged over the UpStairs Lounge fire)
    ("No one was ever charged over the arson at the UpStairs Lounge, a gay bar in New Orleans where 32 people died on 24 June 1973.",
     "За поджог бара «Апстэрс Лаундж» в Новом Орлеане, где 24 июня 1973 г. погибли 32 человека, виновник был осуждён и приговорён к пожизненному заключению.",
     C, "polarity", "disasters", True),
    # FALSE: EN (the Volendam fire broke out on New Year's night, 1 January 2001)
    ("Fourteen young people died and more than 200 were injured when a café in Volendam caught fire on Christmas Eve 2000.",
     "В новогоднюю ночь 2001 г. в кафе нидерландского Волендама вспыхнул пожар: 14 погибших, более двухсот пострадавших, в основном подростки.",
     C, "date", "disasters", False),
    ("A huge explosion at Ryongchon railway station in North Korea on 22 April 2004 killed dozens of people and injured more than a thousand.",
     "Взрыв вагонов с аммиачной селитрой на станции Рёнчхон (КНДР) 22.04.2004 унёс жизни десятков человек, ещё свыше тысячи получили ранения.",
     A, "date", "disasters", True),
    ("Times Beach, Missouri, whose dirt roads had been sprayed with dioxin-laced oil, was bought out and evacuated by the federal government in 1983.",
     "Городок Таймс-Бич в Миссури, грунтовые дороги которого поливали маслом с примесью диоксина, в 1983 г. был выкуплен властями США и расселён.",
     A, "year", "disasters", False),
]

RELATED = [
    ("At Sekigahara the decisive moment came when Kobayakawa Hideaki's troops switched sides and attacked the Western Army.",
     "Через три года после победы при Сэкигахаре, в 1603 г., Токугава Иэясу получил от императора титул сёгуна.",
     "Sekigahara", True, "history"),
    ("The Battle of Shiloh took its name from a small log meeting house, Shiloh Church, near Pittsburg Landing on the Tennessee River.",
     "Общие потери сторон в битве при Шайло превысили 23 тысячи человек убитыми, ранеными и пропавшими без вести.",
     "Shiloh", False, "history"),
    ("Alain Prost won 51 Grands Prix, a record that stood until Michael Schumacher surpassed it in 2001.",
     "Свой последний сезон в «Формуле-1», 1993-й, Ален Прост провёл в команде «Уильямс».",
     "Prost", True, "sport"),
    ("Tongariro National Park contains three active volcanoes: Ruapehu, Ngauruhoe and Tongariro itself.",
     "Национальный парк Тонгариро внесён в список Всемирного наследия ЮНЕСКО и как природный, и как культурный объект.",
     "Tongariro", False, "geography"),
    ("The heroine of Tom Jones, Sophia Western, flees her father's house rather than marry the odious Blifil.",
     "Автор «Тома Джонса» Генри Филдинг служил мировым судьёй в Лондоне и стоял у истоков полицейского отряда сыщиков с Боу-стрит.",
     "Tom Jones", True, "literature"),
    ("According to the printed libretto, Handel composed the music of Rinaldo in only about two weeks, reusing many of his earlier Italian pieces.",
     "Самая известная ария из «Ринальдо» — «Lascia ch'io pianga» («Дай мне оплакать мою участь»), которую поёт Альмирена.",
     "Rinaldo", False, "music"),
    ("The largest piece of the Mildenhall Treasure, the Great Dish, is decorated with the face of the sea god Oceanus.",
     "Роальд Даль написал о находке клада из Милденхолла очерк, опубликованный в 1946 году.",
     "Mildenhall Treasure", True, "art"),
    ("The Wagon Mound ruling rejected the directness test laid down by the Court of Appeal in Re Polemis in 1921.",
     "Судно «Вэгон Маунд», из-за которого возник спор, было зафрахтовано компанией Overseas Tankship.",
     "Wagon Mound", False, "law"),
    ("The Volendam fire started when sparklers set light to Christmas decorations hanging from the café's ceiling.",
     "Волендам — рыбацкий городок на берегу озера Маркермер, входящий в общину Эдам-Фолендам.",
     "Volendam", True, "disasters"),
    ("By tradition, audiences of The Mousetrap are asked not to reveal the identity of the murderer after leaving the theatre.",
     "В 1974 г. «Мышеловка» переехала из театра «Амбассадорс» в соседний театр «Сент-Мартинс».",
     "Mousetrap", False, "culture"),
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
    rsubj = [x[2] for x in RELATED]
    assert len(set(rsubj)) == len(rsubj), "related subject reused"
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout98.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout98.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
