#!/usr/bin/env python3
"""Build heldout90: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "en" or "ru" for contradict rows (the side carrying the
  changed, false slot) and None for agree rows; it is only used for the
  asserts below and is not written to the jsonl.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment also names the FALSE side (EN or RU); the other
side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Henry I's opponent at Tinchebray was Robert Curthose; William Rufus died in 1100)
    ("At Tinchebray on 28 September 1106 King Henry I of England defeated his elder brother Robert Curthose, Duke of Normandy, and took him prisoner.",
     "В сражении при Теншбре (1106) английский король Генрих I разбил войско своего брата Вильгельма Рыжего и взял его в плен.",
     C, "person", "history", True, "ru"),
    ("On 24 November 1542 a large Scottish army was routed by a much smaller English force at Solway Moss, close to the border.",
     "Разгром шотландцев при Солуэй-Моссе 24.11.1542 стал тяжёлым ударом для короля Якова V, умершего менее чем через месяц.",
     A, "date", "history", False, None),
    # FALSE: EN (Cronje surrendered on 27 February 1900)
    ("After a ten-day siege on the Modder River, Piet Cronjé surrendered at Paardeberg with roughly 4,000 Boers on 27 March 1900.",
     "27 февраля 1900 г. у Паардеберга генерал Пит Кронье капитулировал перед войсками лорда Робертса вместе с примерно 4 тыс. буров.",
     C, "month", "history", True, "en"),
    # FALSE: RU (the British under Stuart won at Maida)
    ("On 4 July 1806 a British expeditionary force under Sir John Stuart defeated General Reynier's French troops at Maida in Calabria.",
     "В битве при Майде (Калабрия) 4 июля 1806 года французский корпус генерала Ренье наголову разбил британцев Джона Стюарта.",
     C, "opposite", "history", False, "ru"),
    ("French and Papal troops, some of them armed with the new Chassepot rifle, defeated Garibaldi's volunteers at Mentana on 3 November 1867.",
     "Поход Гарибальди на Рим в 1867 г. закончился поражением при Ментане, где его добровольцев разбили папские и французские войска.",
     A, "year", "history", True, None),
    # ---------------- science ----------------
    ("In 1785 the Birmingham physician William Withering published An Account of the Foxglove, showing how the plant could relieve dropsy.",
     "Трактат Уильяма Уизеринга о лечебном применении наперстянки при водянке вышел в свет в 1785 году.",
     A, "year", "science", False, None),
    # FALSE: RU (Shiga isolated the bacillus in 1897)
    ("Kiyoshi Shiga isolated the dysentery bacillus during a severe epidemic in Japan in 1897, and the genus Shigella is named after him.",
     "Японский бактериолог Киёси Сига открыл возбудителя бактериальной дизентерии в 1920-х годах; в его честь назван род шигелл.",
     C, "decade", "science", True, "ru"),
    # FALSE: EN (Zaitsev was a professor at Kazan University)
    ("Zaitsev's rule on which alkene predominates in elimination reactions was formulated in 1875 by Alexander Zaitsev of Moscow University.",
     "Правило Зайцева, определяющее направление реакций отщепления, сформулировал в 1875 г. профессор Казанского университета А. М. Зайцев.",
     C, "organisation", "science", False, "en"),
    ("Phoebe, the distant moon of Saturn that circles the planet backwards, was discovered by William Henry Pickering in 1899.",
     "Спутник Сатурна Феба стал первым, который открыли по фотографиям: его нашёл на снимках американец Уильям Пикеринг.",
     A, "person", "science", True, None),
    ("Theodore William Richards of Harvard, honoured for his precise measurements of atomic weights, was the first American to receive the Nobel Prize in Chemistry.",
     "Первым американцем — лауреатом Нобелевской премии по химии стал гарвардский профессор Теодор Ричардс, получивший её за 1914 год.",
     A, "rank", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: RU (the Magdalena flows into the Caribbean Sea)
    ("Colombia's main river, the Magdalena, flows north for about 1,500 km and enters the Caribbean Sea near Barranquilla.",
     "Магдалена, главная река Колумбии длиной более 1500 км, несёт свои воды в Тихий океан.",
     C, "place", "geography", True, "ru"),
    ("The Sutlej, easternmost of the five rivers of the Punjab, rises in Tibet and is held back by the Bhakra Dam in Himachal Pradesh.",
     "Сатледж берёт начало в Тибете; в индийском штате Химачал-Прадеш на нём возведена плотина Бхакра высотой более 200 м.",
     A, "place", "geography", False, None),
    # FALSE: EN (Usedom is Germany's second-largest island, after Rugen)
    ("Usedom, whose eastern tip belongs to Poland, is the largest of all the German islands in the Baltic Sea.",
     "Узедом — второй по площади остров Германии; его восточная часть принадлежит Польше.",
     C, "rank", "geography", True, "en"),
    # FALSE: EN (Pantelleria is nearer to Tunisia than to Sicily)
    ("The volcanic island of Pantelleria in the Strait of Sicily lies closer to the Sicilian coast than to that of Tunisia.",
     "Вулканический остров Пантеллерия, входящий в итальянский регион Сицилия, находится ближе к Тунису, чем к самой Сицилии.",
     C, "place", "geography", False, "en"),
    ("The Terek rises among the glaciers of the Greater Caucasus in Georgia, passes through the Darial Gorge and empties into the Caspian.",
     "Терек (длина 623 км) протекает через Владикавказ и Дагестан и впадает в Каспийское море, образуя обширную дельту.",
     A, "place", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: RU (SKF was founded in 1907)
    ("SKF was set up in Gothenburg in 1907 to make the self-aligning ball bearing patented by the engineer Sven Wingquist.",
     "Компания SKF, основанная в Гётеборге в 1927 году, начала с производства самоустанавливающихся шарикоподшипников Свена Вингквиста.",
     C, "year", "economy", False, "ru"),
    ("In 1908 Melitta Bentz, a housewife in Dresden, patented a paper coffee filter and founded the company that still bears her first name.",
     "Бумажный кофейный фильтр, запатентованный в 1908 г. дрезденской домохозяйкой Мелиттой Бенц, дал начало компании «Мелитта».",
     A, "year", "economy", True, None),
    ("Patek Philippe dates its founding to 1839, when the Polish émigré Antoni Patek started making watches in Geneva.",
     "Женевская мануфактура «Патек Филипп» ведёт отсчёт своей истории с 1839 года, когда польский эмигрант Антоний Патек занялся часовым делом.",
     A, "year", "economy", False, None),
    # FALSE: RU (in 1698 Parliament ended the monopoly)
    ("In 1698 Parliament ended the Royal African Company's monopoly, throwing the West African trade open to other English merchants.",
     "В 1698 г. парламент подтвердил монополию Королевской африканской компании, запретив прочим английским купцам торговать в Западной Африке.",
     C, "opposite", "economy", True, "ru"),
    ("Saltaire, the model village built by the mill owner Sir Titus Salt near Bradford, was inscribed as a World Heritage Site in 2001.",
     "В 2001 году ЮНЕСКО внесла в список Всемирного наследия Солтейр — фабричный посёлок, основанный Титусом Солтом в 1850-х гг.",
     A, "year", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: EN (Nordwig won the gold medal in 1972)
    ("At the 1972 Munich Games East Germany's Wolfgang Nordwig took the silver medal in the pole vault, clearing 5.50 metres.",
     "Прыгун с шестом Вольфганг Нордвиг (ГДР) стал олимпийским чемпионом 1972 года, первым за всю историю Игр не из США.",
     C, "rank", "sport", True, "en"),
    ("Ludmilla Tourischeva of the Soviet Union won the women's individual all-around gymnastics title at the Munich Olympics in 1972.",
     "Людмила Турищева — абсолютная чемпионка Олимпийских игр 1972 г. по спортивной гимнастике.",
     A, "year", "sport", False, None),
    # FALSE: RU (Popenchenko won in Tokyo in 1964)
    ("Valery Popenchenko won the Olympic middleweight boxing title in Tokyo in 1964 and was awarded the Val Barker Trophy.",
     "Боксёр Валерий Попенченко выиграл олимпийское золото в среднем весе на Играх в Мехико, получив также Кубок Вэла Баркера.",
     C, "place", "sport", True, "ru"),
    # FALSE: EN (Rosberg won only one race in 1982, the Swiss GP)
    ("Keke Rosberg clinched the 1982 Formula One world title for Williams after winning five Grands Prix that season.",
     "Финн Кеке Росберг стал чемпионом мира в «Формуле-1» в 1982 году, выиграв за сезон лишь один Гран-при — в Швейцарии.",
     C, "number", "sport", False, "en"),
    ("Stephen Roche had his great season in 1987, winning the Giro d'Italia, the Tour de France and the world road race title.",
     "В 1987 г. ирландец Стивен Рош выиграл «Джиро д’Италия», «Тур де Франс» и чемпионат мира по шоссейным гонкам.",
     A, "year", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: RU (the Atheneum was founded in 1842)
    ("Founded in 1842 by Daniel Wadsworth, the Wadsworth Atheneum in Hartford is the oldest continuously operating public art museum in the US.",
     "Художественный музей «Уодсворт Атенеум» в Хартфорде (штат Коннектикут) был основан в 1880-х годах.",
     C, "decade", "culture", False, "ru"),
    ("Cologne's Wallraf-Richartz Museum, based on the collection Ferdinand Franz Wallraf bequeathed to the city, received its first purpose-built home in 1861.",
     "Первое здание кёльнского музея Вальрафа — Рихарца, выстроенное на деньги купца Иоганна Генриха Рихарца, открылось в 1861 году.",
     A, "year", "culture", True, None),
    # FALSE: EN (the interior was designed by Giuseppe Galli Bibiena)
    ("The lavish wooden auditorium of Bayreuth's Margravial Opera House, finished in 1748 for Margravine Wilhelmine, was designed by Filippo Juvarra.",
     "Деревянный зрительный зал Маркграфского оперного театра в Байройте (1748) оформил Джузеппе Галли-Бибиена по заказу маркграфини Вильгельмины.",
     C, "person", "culture", False, "en"),
    ("The top award at the San Sebastián International Film Festival, held since 1953, is the Golden Shell.",
     "Главная награда кинофестиваля в Сан-Себастьяне, основанного в 1953 г., — «Золотая раковина» (Concha de Oro).",
     A, "entity", "culture", True, None),
    ("Vienna's Opera Ball takes place once a year in the State Opera building, on the Thursday before Ash Wednesday.",
     "Ежегодный бал в Венской государственной опере проводится в последний четверг перед Пепельной средой, в конце карнавального сезона.",
     A, "date", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: RU (Henchard sells them for five guineas)
    ("Hardy's The Mayor of Casterbridge (1886) opens with the drunken hay-trusser Michael Henchard selling his wife and baby daughter to a sailor for five guineas.",
     "В начале романа Томаса Гарди «Мэр Кэстербриджа» пьяный Майкл Хенчард продаёт на ярмарке жену и дочь моряку за двадцать гиней.",
     C, "number", "literature", True, "ru"),
    # FALSE: EN (Woyzeck was first staged in Munich in 1913)
    ("Georg Büchner's fragmentary drama Woyzeck, left unfinished when he died in 1837, was first staged in Munich in 1931.",
     "Неоконченная драма Бюхнера «Войцек» впервые увидела сцену 8 ноября 1913 г. в мюнхенском Резиденцтеатре.",
     C, "year", "literature", False, "en"),
    ("Lessing's dramatic poem Nathan the Wise, printed in 1779, is set in Jerusalem during the Third Crusade.",
     "Действие «Натана Мудрого» Лессинга происходит в Иерусалиме при султане Саладине, во время Третьего крестового похода.",
     A, "place", "literature", True, None),
    # FALSE: RU (the paper in Scoop is the Daily Beast)
    ("In Evelyn Waugh's Scoop (1938) the Daily Beast mistakenly sends its nature columnist William Boot to report on a war in Ishmaelia.",
     "В романе Ивлина Во «Сенсация» газета «Таймс» по ошибке отправляет своего обозревателя природы Уильяма Бута освещать войну в Измаилии.",
     C, "organisation", "literature", False, "ru"),
    ("Dostoevsky's comic novel The Village of Stepanchikovo, built around the tyrannical hanger-on Foma Opiskin, appeared in 1859.",
     "Повесть «Село Степанчиково и его обитатели» с приживальщиком Фомой Опискиным в центре Достоевский напечатал в «Отечественных записках» в 1859 г.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (Bernstein conducted; Koussevitzky only commissioned the work)
    ("Olivier Messiaen's Turangalîla-Symphonie, commissioned by Serge Koussevitzky, was first played in Boston in December 1949 under Leonard Bernstein.",
     "Премьера «Турангалилы» Мессиана состоялась в Бостоне 2 декабря 1949 года; дирижировал сам заказчик симфонии Сергей Кусевицкий.",
     C, "person", "music", False, "ru"),
    # FALSE: EN (the premiere in Frankfurt was on 27 November 1896)
    ("Richard Strauss conducted the first performance of his tone poem Also sprach Zarathustra in Frankfurt on 7 November 1896.",
     "Симфоническая поэма Рихарда Штрауса «Так говорил Заратустра» впервые прозвучала во Франкфурте-на-Майне 27.11.1896 под управлением автора.",
     C, "date", "music", True, "en"),
    # FALSE: RU (first performed in 1740, i.e. the eighteenth century)
    ("Thomas Arne's Rule, Britannia! was first performed on 1 August 1740 at Cliveden as part of the masque Alfred.",
     "Песня «Правь, Британия!» на стихи Джеймса Томсона впервые прозвучала в XIX веке в маске Томаса Арна «Альфред».",
     C, "century", "music", False, "ru"),
    ("Fredrik Pacius set Runeberg's poem to the melody now sung as Finland's national anthem, Maamme; it was first performed in Helsinki in 1848.",
     "Гимн Финляндии «Маамме» на музыку Фредрика Пациуса впервые исполнили студенты на празднике весны 13 мая 1848 года.",
     A, "year", "music", True, None),
    ("The waltz On the Hills of Manchuria was written after the Russo-Japanese War by Ilya Shatrov, bandmaster of the Mokshansky Regiment.",
     "Автор вальса «На сопках Маньчжурии» (1906) — военный капельмейстер Илья Шатров, участник Русско-японской войны.",
     A, "person", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (the altarpiece took about ten years, 1471-1481)
    ("Michael Pacher received the commission for the winged altarpiece of St. Wolfgang in 1471 and needed about ten years to finish it.",
     "Крылатый алтарь для церкви в Санкт-Вольфганге, заказанный в 1471 г., Михаэль Пахер выполнил всего за два года.",
     C, "duration", "art", True, "ru"),
    ("Giovanni Battista Moroni's portrait known as The Tailor, painted around 1570, belongs to the National Gallery in London.",
     "«Портной» Джованни Баттисты Морони, мастера из-под Бергамо, — одно из украшений Лондонской национальной галереи.",
     A, "place", "art", False, None),
    # FALSE: EN (the Monte Oliveto cycle shows the life of Saint Benedict)
    ("From 1505 Sodoma painted a long fresco cycle on the life of Saint Francis in the great cloister of Monte Oliveto Maggiore.",
     "Фрески Содомы в большом клуатре аббатства Монте-Оливето-Маджоре, начатые в 1505 г., изображают житие святого Бенедикта.",
     C, "entity", "art", True, "en"),
    ("Rosso Fiorentino's Deposition from the Cross, dated 1521, is kept in the Pinacoteca of Volterra.",
     "«Снятие с креста» (1521) Россо Фьорентино — главная ценность городской пинакотеки Вольтерры.",
     A, "place", "art", False, None),
    ("Jacob van Ruisdael painted The Jewish Cemetery twice; one version is in Dresden, the other in the Detroit Institute of Arts.",
     "Один из двух вариантов «Еврейского кладбища» Якоба ван Рёйсдала находится в Дрезденской картинной галерее.",
     A, "place", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (before 1913 senators were chosen by the state legislatures, not by governors)
    ("Ratified in 1913, the Seventeenth Amendment let voters elect US senators directly instead of leaving the choice to the state governors.",
     "Семнадцатая поправка к Конституции США (1913) ввела прямые выборы сенаторов, которых прежде избирали легислатуры штатов.",
     C, "entity", "law", False, "en"),
    # FALSE: RU (the proviso was defeated in the Senate)
    ("David Wilmot's 1846 proviso to ban slavery in territory gained from Mexico passed the House of Representatives but was defeated in the Senate.",
     "Поправка Уилмота (1846), запрещавшая рабство на отвоёванных у Мексики землях, была одобрена и Палатой представителей, и Сенатом.",
     C, "opposite", "law", True, "ru"),
    ("In March 1867 Congress passed the Tenure of Office Act over the veto of President Andrew Johnson.",
     "Закон о пребывании в должности, ограничивший право президента увольнять чиновников, Конгресс принял в 1867 г., преодолев вето Эндрю Джонсона.",
     A, "year", "law", False, None),
    # FALSE: EN (the Edict of Torda was passed under John Sigismund Zapolya; Bathory ruled only from 1571)
    ("In January 1568 the Diet of Torda, meeting under Prince Stephen Báthory of Transylvania, allowed every community to choose its own preacher.",
     "Тордский эдикт, принятый сеймом Трансильвании в 1568 г. при князе Яноше Жигмонде Запольяи, разрешил общинам свободно выбирать себе проповедников.",
     C, "person", "law", True, "en"),
    ("Through the Nueva Planta decrees of 1707–1716 Philip V abolished the separate political institutions of Aragon, Valencia, Majorca and Catalonia.",
     "Декреты Нуэва Планта, изданные Филиппом V в начале XVIII в., ликвидировали автономные учреждения Арагона, Валенсии и Каталонии.",
     A, "person", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: EN (Aspdin's patent dates from 1824)
    ("The Leeds bricklayer Joseph Aspdin took out a patent for Portland cement in 1842, naming it after the stone of the Isle of Portland.",
     "Патент на портландцемент, названный по сходству с портлендским камнем, получил в 1824 г. каменщик из Лидса Джозеф Аспдин.",
     C, "year", "technology", False, "en"),
    ("The Welland Canal, first opened in 1829, lets ships travelling between Lake Ontario and Lake Erie bypass Niagara Falls.",
     "Велландский канал в Онтарио соединяет озёра Эри и Онтарио в обход Ниагарского водопада.",
     A, "place", "technology", False, None),
    ("Hermann von Helmholtz presented his ophthalmoscope, an instrument that let physicians look at the retina of a living eye, in 1851.",
     "Офтальмоскоп, позволивший врачам рассмотреть сетчатку живого глаза, Г. Гельмгольц описал в 1851 году.",
     A, "year", "technology", True, None),
    # FALSE: EN (the Stylophone was invented in 1967)
    ("The Stylophone, a pocket-sized electronic instrument played by touching a metal keyboard with a stylus, was invented by Brian Jarvis in the 1980s.",
     "Стилофон — миниатюрный синтезатор, на котором играют металлическим стилусом, — изобрёл в 1967 г. британец Брайан Джарвис.",
     C, "decade", "technology", False, "en"),
    ("The Manchester Ship Canal, opened to traffic on 1 January 1894, runs for about 36 miles from the Mersey estuary to Salford.",
     "Манчестерский судоходный канал протяжённостью около 58 км, открытый в 1894 году, превратил Манчестер в морской порт.",
     A, "number", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: RU (everyone aboard the Oceanos was rescued)
    ("When the cruise liner Oceanos sank off South Africa's Wild Coast in August 1991, all 571 people aboard were rescued.",
     "При крушении круизного лайнера «Океанос» у берегов ЮАР в августе 1991 г. спасти удалось не всех находившихся на борту.",
     C, "polarity", "disasters", False, "ru"),
    # FALSE: EN (the visiting side was Al-Ahly, not Zamalek)
    ("Seventy-four people died in Port Said on 1 February 2012 when fans of Al-Masry attacked supporters of Zamalek after a league match.",
     "1 февраля 2012 г. после матча «Аль-Масри» — «Аль-Ахли» на стадионе Порт-Саида погибли 74 человека, в основном болельщики каирской команды.",
     C, "organisation", "disasters", True, "en"),
    ("The tornado that struck downtown Waco, Texas, on 11 May 1953 killed 114 people.",
     "Смерч, обрушившийся на техасский город Уэйко в мае 1953 года, унёс 114 жизней.",
     A, "number", "disasters", True, None),
    ("Nineteen members of the Granite Mountain Hotshots were killed when the Yarnell Hill Fire overran them in Arizona on 30 June 2013.",
     "30.06.2013 лесной пожар у Ярнелл-Хилла в Аризоне унёс жизни 19 пожарных из отряда «Гранит-Маунтин».",
     A, "number", "disasters", True, None),
    ("Typhoon Morakot, which hit Taiwan in August 2009, unleashed landslides that buried the mountain village of Xiaolin.",
     "Тайфун «Моракот» (август 2009 г.) обрушил на Тайвань более 2,5 тыс. мм осадков; оползень похоронил деревню Сяолинь.",
     A, "month", "disasters", False, None),
]

RELATED = [
    ("Robert Curthose, captured at Tinchebray, spent the rest of his life as his brother's prisoner and died at Cardiff Castle in 1134.",
     "Сражение при Теншбре, решившее судьбу Нормандии, произошло 28 сентября 1106 года.",
     "Tinchebray", True, "history"),
    ("The German rocket research centre where the V-2 was developed stood at Peenemünde, on the north-western tip of Usedom.",
     "Остров Узедом в Балтийском море поделён между Германией и Польшей.",
     "Usedom", False, "geography"),
    ("The Melitta group, whose founder invented the paper coffee filter, has long had its headquarters in Minden, Westphalia.",
     "Мелитта Бенц получила патент на бумажный фильтр для кофе в 1908 году.",
     "Melitta", True, "economy"),
    ("Before his Munich victory, Wolfgang Nordwig had won the bronze medal in the pole vault at the 1968 Mexico City Olympics.",
     "В 1972 году в Мюнхене Вольфганг Нордвиг выиграл олимпийский турнир прыгунов с шестом.",
     "Nordwig", False, "sport"),
    ("Büchner based Woyzeck on the case of Johann Christian Woyzeck, a former soldier publicly executed in Leipzig in 1824 for killing his mistress.",
     "Георг Бюхнер умер в Цюрихе в 1837 году, так и не закончив драму «Войцек».",
     "Woyzeck", True, "literature"),
    ("The Estonian national anthem is sung to the same melody by Fredrik Pacius as Finland's Maamme.",
     "Слова финского гимна «Маамме» первоначально были написаны Й. Л. Рунебергом по-шведски.",
     "Maamme", False, "music"),
    ("The first Welland Canal was promoted by the St. Catharines businessman William Hamilton Merritt.",
     "Нынешний, четвёртый Велландский канал с восемью шлюзами открыт в 1932 году.",
     "Welland Canal", True, "technology"),
    ("Sodoma, whose real name was Giovanni Antonio Bazzi, was born in Vercelli in Piedmont and worked mainly in Siena.",
     "В римской вилле Фарнезина Содома написал фреску «Свадьба Александра и Роксаны».",
     "Sodoma", False, "art"),
    ("Andrew Johnson's dismissal of War Secretary Edwin Stanton in defiance of the Tenure of Office Act led to his impeachment in 1868.",
     "Закон о пребывании в должности был окончательно отменён Конгрессом в 1887 году.",
     "Tenure of Office Act", True, "law"),
    ("Ferdinand Franz Wallraf, a Cologne priest and scholar, left his art collection to his native city when he died in 1824.",
     "В 2001 г. музей Вальрафа — Рихарца переехал в новое здание, построенное по проекту Освальда Матиаса Унгерса.",
     "Wallraf-Richartz", False, "culture"),
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
            assert false_side in ("en", "ru"), en
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    fs = count(false_sides)
    assert fs == {"en": 15, "ru": 15}, fs
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout90.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout90.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", fs)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain x label:", count((r["domain"], r["label"]) for r in comp))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
