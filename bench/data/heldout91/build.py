#!/usr/bin/env python3
"""Build heldout91: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows false_side ("en"/"ru") and a comment name the FALSE side;
the other side is true to the best of the writer's knowledge. For agree rows
false_side is None. false_side is only used for the asserts, it is not written
to the jsonl files (whose format is the same as heldout76's).
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "en", "ru"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Edward III, not Edward I, who died in 1307, led the English at Halidon Hill)
    ("On 19 July 1333 the army of Edward III crushed a Scottish force that was trying to relieve besieged Berwick-upon-Tweed at Halidon Hill.",
     "Англичанами в сражении у холма Халидон-Хилл близ Бервика (1333 г.), где шотландцы потеряли своего регента, командовал король Эдуард I.",
     C, "person", "history", True, RU),
    ("Frederick the Great's victory over the Austrians and Saxons at Hohenfriedberg, in Silesia, on 4 June 1745 was one of the great battles of the Second Silesian War.",
     "4.06.1745 г. у Гогенфридберга прусская армия Фридриха II разгромила австрийско-саксонские войска под началом Карла Лотарингского.",
     A, "date", "history", False, None),
    # FALSE: EN (the Prussians of Leopold of Anhalt-Dessau defeated Rutowsky's Saxons)
    ("At Kesselsdorf, near Dresden, on 15 December 1745 the Saxon army of Count Rutowsky routed the Prussians led by the veteran Leopold of Anhalt-Dessau.",
     "Сражение при Кессельсдорфе 15 декабря 1745 года закончилось поражением саксонцев графа Рутовского: победу одержал прусский фельдмаршал Леопольд Ангальт-Дессауский.",
     C, "opposite", "history", False, EN),
    ("Fought beside the river Taro on 6 July 1495, the Battle of Fornovo allowed Charles VIII, retreating from Naples, to break through the army of the League of Venice.",
     "В битве при Форново (1495) войска Венецианской лиги под командованием Франческо Гонзаги так и не смогли преградить путь французскому королю Карлу VIII, уходившему из Италии.",
     A, "year", "history", True, None),
    # FALSE: RU (Glenshiel was fought on 10 June 1719)
    ("On 10 June 1719 government troops under General Joseph Wightman defeated the Jacobites and their few hundred Spanish allies in Glen Shiel, in the western Highlands.",
     "Сражение в долине Гленшил, где правительственная армия разбила якобитов и высадившихся в Шотландии испанцев, произошло в сентябре 1719 г.",
     C, "month", "history", False, RU),
    # ---------------- science ----------------
    ("The Danish bacteriologist Hans Christian Gram devised his staining technique while working in Berlin and published it in 1884.",
     "Метод окраски, позволяющий разделить бактерии на грамположительные и грамотрицательные, предложил в 1884 году датский врач Ганс Кристиан Грам.",
     A, "year", "science", True, None),
    ("Europium, one of the rare-earth metals, was identified in 1901 by the French chemist Eugène-Anatole Demarçay, who named it after Europe.",
     "Редкоземельный элемент европий открыл французский химик Э. А. Демарсе; своё название металл получил в честь Европы.",
     A, "person", "science", False, None),
    # FALSE: RU (actinium was discovered in 1899)
    ("Actinium was discovered in 1899 by André-Louis Debierne, a friend and colleague of the Curies, in residues left over from processing pitchblende.",
     "Радиоактивный элемент актиний был обнаружен французским химиком Андре Дебьерном в отходах переработки урановой руды в 1920-х годах.",
     C, "decade", "science", True, RU),
    # FALSE: EN (indium is named after an indigo-blue line; a green line gave thallium its name)
    ("In 1863 Ferdinand Reich and Hieronymus Theodor Richter discovered indium, naming the new metal after the bright green line in its spectrum.",
     "Индий, открытый в 1863 г. Ф. Райхом и Т. Рихтером при спектральном анализе цинковой руды, назван по цвету индиго-синей линии в спектре.",
     C, "entity", "science", False, EN),
    ("In the 1750s the Scottish chemist Joseph Black showed that heating magnesia alba released a gas he called 'fixed air', now known as carbon dioxide.",
     "Углекислый газ («связанный воздух») описал в середине XVIII в. Джозеф Блэк, уроженец Бордо, впоследствии профессор в Глазго и Эдинбурге.",
     A, "century", "science", True, None),
    # ---------------- geography ----------------
    # FALSE: RU (Lake Edward was named by Stanley, not Livingstone)
    ("Lake Edward, which straddles the border between Uganda and the Democratic Republic of the Congo, was named by Henry Morton Stanley after the Prince of Wales.",
     "Озеро Эдуард на границе Уганды и ДР Конго получило своё имя в честь принца Уэльского от путешественника Дэвида Ливингстона.",
     C, "person", "geography", False, RU),
    ("Alakol, a salty lake in eastern Kazakhstan not far from the Chinese border, covers roughly 2,650 square kilometres.",
     "Площадь бессточного солёного озера Алаколь, лежащего на востоке Казахстана у Джунгарских ворот, составляет около 2,65 тыс. км².",
     A, "number", "geography", True, None),
    ("Rising in the Brazilian state of Mato Grosso, the Guaporé forms a long stretch of the border between Brazil and Bolivia before flowing into the Mamoré.",
     "Река Гуапоре (в Боливии — Итенес) на протяжении сотен километров служит границей между Бразилией (в основном штатом Рондония) и Боливией.",
     A, "place", "geography", False, None),
    # FALSE: EN (the two Diomedes are only about 4 km apart)
    ("Big Diomede, which belongs to Russia, and the American island of Little Diomede are separated by a strait roughly 40 kilometres wide.",
     "Остров Ратманова (Большой Диомид) и принадлежащий США Малый Диомид разделяет пролив шириной всего около 4 км; между ними проходит линия перемены дат.",
     C, "number", "geography", True, EN),
    # FALSE: EN (the Japura/Caqueta rises in the Colombian Andes)
    ("The Japurá, a major left-bank tributary of the Amazon system, rises in the Andes of Peru, where it is known as the Caquetá.",
     "Жапура — левый приток Амазонки (Солимойнса), берущий начало в Андах Колумбии, где река носит название Какета.",
     C, "place", "geography", False, EN),
    # ---------------- economy ----------------
    # FALSE: RU (the Danatbank failed in July 1931)
    ("On 13 July 1931 the Danatbank, one of Germany's largest banks, closed its doors, and the government responded by declaring bank holidays.",
     "Крах Данатбанка, одного из крупнейших банков Германии, вынудивший правительство на несколько дней закрыть все банки страны, произошёл в мае 1931 года.",
     C, "month", "economy", True, RU),
    ("The Gründerkrach started on 9 May 1873, when the Vienna stock exchange collapsed little more than a week after the city's World Exhibition had opened.",
     "Биржевой крах в Вене в мае 1873 г., известный как «грюндерский крах», положил конец спекулятивному буму эпохи грюндерства.",
     A, "date", "economy", False, None),
    ("The company that grew into Dunlop Rubber was set up in Dublin in 1889 to exploit John Boyd Dunlop's patent for a pneumatic bicycle tyre.",
     "В 1889 г. в Дублине при участии предпринимателя Харви дю Кроса была создана компания по выпуску пневматических шин Данлопа — будущий концерн Dunlop.",
     A, "year", "economy", True, None),
    # FALSE: EN (Harland and Wolff was founded in Belfast)
    ("Harland and Wolff, whose yard later built the Titanic, was founded in Glasgow in 1861 by Edward Harland and Gustav Wilhelm Wolff.",
     "Судостроительная компания «Харленд энд Вулф», на верфи которой спустя полвека был построен «Титаник», основана в Белфасте в 1861 году.",
     C, "place", "economy", False, EN),
    ("In June 1893 the Irish prospector Paddy Hannan found gold near what is now Kalgoorlie, setting off one of Western Australia's great gold rushes.",
     "Золотая лихорадка в районе Калгурли (Западная Австралия) началась в 1893 г., после находки ирландского старателя Патрика Ханнана.",
     A, "year", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: EN (Ewry won eight Olympic titles, ten counting 1906)
    ("Ray Ewry, who had suffered from polio as a boy, won five Olympic titles in the standing jumps at the Games of 1900, 1904 and 1908.",
     "Американец Рэй Юри, в детстве перенёсший полиомиелит, стал восьмикратным олимпийским чемпионом в прыжках с места (1900–1908).",
     C, "number", "sport", True, EN),
    ("Jim Hines won the Olympic 100 metres in Mexico City on 14 October 1968, clocking 9.95 seconds, a world record that lasted almost 15 years.",
     "14.10.1968 на Олимпиаде в Мехико американец Джим Хайнс выиграл стометровку, установив мировой рекорд — 9,95 с.",
     A, "date", "sport", True, None),
    # FALSE: EN (Davis won the 400 m hurdles again in Rome)
    ("Glenn Davis, the Olympic 400 metres hurdles champion of 1956, finished only third in the same event at the Rome Games of 1960.",
     "Гленн Дэвис дважды подряд — в Мельбурне (1956) и Риме (1960) — становился олимпийским чемпионом в беге на 400 м с барьерами.",
     C, "rank", "sport", False, EN),
    # FALSE: EN (Kubler won the Tour in 1950; Bobet won in 1953)
    ("Ferdi Kübler became the first Swiss rider ever to win the Tour de France when he took the yellow jersey to Paris in 1953.",
     "Первым швейцарцем, выигравшим «Тур де Франс», стал в 1950 году Фердинанд (Ферди) Кюблер.",
     C, "year", "sport", True, EN),
    ("Hungary's Sándor Kocsis was the top scorer of the 1954 World Cup in Switzerland with 11 goals, although his team lost the final.",
     "Лучшим бомбардиром чемпионата мира 1954 г. стал венгерский нападающий Шандор Кочиш, забивший 11 мячей.",
     A, "number", "sport", False, None),
    # ---------------- culture ----------------
    # FALSE: EN (named after the three wives, all called Louise, of the estate's first owner)
    ("The Louisiana Museum of Modern Art, opened in 1958 at Humlebæk north of Copenhagen, takes its name from the American state of Louisiana.",
     "Датский музей современного искусства «Луизиана» (открыт в 1958 г.) назван по имени трёх жён первого владельца усадьбы — все они звались Луизами.",
     C, "entity", "culture", False, EN),
    ("Left to the Institut de France by Nélie Jacquemart, the Musée Jacquemart-André on the Boulevard Haussmann opened to visitors in 1913.",
     "Музей Жакмар-Андре в Париже, разместившийся в особняке коллекционеров Эдуара Андре и его жены Нели Жакмар, был открыт для публики в 1913 году.",
     A, "year", "culture", False, None),
    # FALSE: RU (the festival is held every October)
    ("First held in 1949, the Cheltenham Literature Festival takes place every October and claims to be the oldest literary festival of its kind.",
     "Литературный фестиваль в Челтнеме, впервые проведённый в 1949 году, ежегодно проходит в мае.",
     C, "month", "culture", False, RU),
    ("The Folkwang Museum, founded in Hagen in 1902 by the patron Karl Ernst Osthaus, moved to Essen in 1922 after its collection was sold to that city.",
     "После смерти Карла Эрнста Остхауса основанный им музей Фолькванг был перевезён из Хагена в Эссен (1922).",
     A, "place", "culture", True, None),
    ("Sir William Burrell gave his vast collection to Glasgow in 1944, but its purpose-built home in Pollok Country Park opened only in 1983.",
     "Собрание, подаренное городу Глазго судовладельцем Уильямом Барреллом, получило собственное здание в парке Поллок в 1983 г.",
     A, "year", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (East Lynne is by Ellen Wood, Mrs Henry Wood)
    ("East Lynne, the 1861 sensation novel about the fallen Lady Isabel Vane, was written by Rhoda Broughton.",
     "Роман «Ист-Линн» (1861) миссис Генри Вуд — история леди Изабел Вейн — стал одним из самых читаемых викторианских бестселлеров.",
     C, "person", "literature", True, EN),
    # FALSE: EN (Homo Faber was published in 1957)
    ("Max Frisch published Homo Faber, the story of the Swiss engineer Walter Faber, in 1967.",
     "Роман Макса Фриша «Homo Faber», герой которого, инженер Вальтер Фабер, переживает аварийную посадку самолёта в мексиканской пустыне, вышел в 1957 г.",
     C, "year", "literature", False, EN),
    ("Pyotr Yershov was still a student at St Petersburg University when his verse fairy tale The Little Humpbacked Horse came out in 1834.",
     "Сказка в стихах «Конёк-Горбунок» вышла в 1834 году; её автору, П. П. Ершову, было тогда всего 19 лет.",
     A, "year", "literature", True, None),
    # FALSE: RU (Kyukhlya is about Kuchelbecker, not Ryleyev)
    ("Yury Tynyanov's first novel, Kyukhlya (1925), tells the life of the Decembrist poet Wilhelm Küchelbecker, Pushkin's classmate at the Lyceum.",
     "Первый роман Юрия Тынянова «Кюхля», вышедший в 1925 году, посвящён судьбе поэта-декабриста Кондратия Рылеева.",
     C, "person", "literature", False, RU),
    ("Charles Kingsley's Alton Locke, the story of a London tailor who becomes a Chartist poet, was published in 1850.",
     "«Олтон Локк, портной и поэт» — роман Чарльза Кингсли о чартистском движении — вышел в свет в 1850 г.",
     A, "year", "literature", False, None),
    # ---------------- music ----------------
    ("Gregorio Allegri's Miserere, written in the 1630s for the Sistine Chapel, was famously transcribed from memory by the 14-year-old Mozart in 1770.",
     "В 1770 году юный Моцарт, прослушав в Сикстинской капелле «Miserere» Аллегри, записал это сочинение по памяти.",
     A, "year", "music", False, None),
    # FALSE: RU (Brigg Fair is a Lincolnshire song)
    ("Frederick Delius based Brigg Fair (1907) on a Lincolnshire folk song that Percy Grainger had collected and arranged.",
     "В основу рапсодии Делиуса «Ярмарка в Бригге» легла народная песня из Корнуолла, записанная Перси Грейнджером.",
     C, "place", "music", True, RU),
    ("Mikhail Ippolitov-Ivanov wrote the first suite of Caucasian Sketches, which ends with the Procession of the Sardar, in 1894.",
     "Сюита «Кавказские эскизы» (1894), которую завершает «Шествие сардаря», навеяна годами, проведёнными М. М. Ипполитовым-Ивановым в Тифлисе.",
     A, "year", "music", False, None),
    # FALSE: EN (Kalinnikov died in Yalta)
    ("Vasily Kalinnikov, whose First Symphony had won him wide fame, died of tuberculosis in Nice at the age of only 34.",
     "Композитор Василий Калинников, автор двух симфоний, скончался от туберкулёза в Ялте, не дожив нескольких дней до 35 лет.",
     C, "place", "music", True, EN),
    ("Janáček's Glagolitic Mass, set to a text in Old Church Slavonic, was first performed in Brno on 5 December 1927.",
     "Премьера «Глаголической мессы» Леоша Яначека на старославянский текст состоялась в Брно в декабре 1927 года.",
     A, "date", "music", True, None),
    # ---------------- art ----------------
    # FALSE: RU (the picture was rediscovered in 1973)
    ("Paul Delaroche's The Execution of Lady Jane Grey, shown at the Paris Salon of 1834, was believed lost in the Thames flood of 1928 until its rediscovery in 1973.",
     "Полотно Поля Делароша «Казнь леди Джейн Грей», считавшееся погибшим при наводнении 1928 г., было вновь обнаружено в запасниках лишь в 1990-х годах.",
     C, "decade", "art", False, RU),
    ("Around 1459–61 Benozzo Gozzoli covered the walls of the chapel in the Medici palace in Florence with the Procession of the Magi.",
     "Фрески «Шествие волхвов» в капелле палаццо Медичи-Риккарди были написаны Беноццо Гоццоли около 1459–1461 гг. по заказу Пьеро Медичи.",
     A, "year", "art", True, None),
    # FALSE: EN (the Tornabuoni Chapel was painted in 1485-90; Ghirlandaio died in 1494)
    ("Domenico Ghirlandaio painted the fresco cycle of the Tornabuoni Chapel in the Florentine church of Santa Maria Novella in the sixteenth century.",
     "Фрески капеллы Торнабуони в церкви Санта-Мария-Новелла во Флоренции Доменико Гирландайо создал в 1485–1490 годах.",
     C, "century", "art", True, EN),
    ("Meindert Hobbema's The Avenue at Middelharnis, painted in 1689, is one of the best-known Dutch landscapes in London's National Gallery.",
     "«Аллея в Мидделхарнисе» (1689) Мейндерта Хоббемы хранится в лондонской Национальной галерее.",
     A, "place", "art", False, None),
    # FALSE: RU (the Ursula cycle was painted for the Scuola di Sant'Orsola)
    ("Vittore Carpaccio painted his cycle of the Legend of Saint Ursula in the 1490s for the Scuola di Sant'Orsola, a Venetian confraternity.",
     "Цикл картин Витторе Карпаччо о легенде святой Урсулы был написан в 1490-х годах для венецианского братства Скуола ди Сан-Джорджо дельи Скьявони.",
     C, "organisation", "art", True, RU),
    # ---------------- law ----------------
    # FALSE: RU (the Act did allow the temporary release of hunger strikers)
    ("The so-called Cat and Mouse Act of 1913 let the authorities release hunger-striking suffragettes when their health failed and re-arrest them once they had recovered.",
     "Принятый в 1913 г. закон, прозванный «кошки-мышки», не позволял властям временно выпускать из тюрем объявивших голодовку суфражисток.",
     C, "polarity", "law", False, RU),
    ("The Contagious Diseases Acts, first passed in 1864 to control venereal disease in garrison towns and ports, were repealed in 1886.",
     "Законы о заразных болезнях (1864–1869), против которых многие годы выступала Джозефина Батлер, были окончательно отменены в 1886 году.",
     A, "year", "law", True, None),
    # FALSE: RU (the Act was passed by the new federal Parliament of Australia)
    ("The Immigration Restriction Act, passed in 1901 by the first Parliament of the new Commonwealth of Australia, became a cornerstone of the White Australia policy.",
     "Закон об ограничении иммиграции 1901 года, ставший основой политики «Белой Австралии», был принят британским парламентом в Лондоне.",
     C, "organisation", "law", True, RU),
    ("Under the Jones Act of 1920, cargo shipped between American ports must travel on vessels built, owned and crewed by Americans.",
     "Закон Джонса (1920) разрешает перевозку грузов между портами США только на судах, построенных в Штатах и принадлежащих американским владельцам.",
     A, "entity", "law", False, None),
    ("Britain's Aliens Act of 1905, passed under Arthur Balfour's Conservative government, brought in the country's first modern immigration controls.",
     "Закон об иностранцах 1905 г., направленный прежде всего против бедных еврейских переселенцев из Восточной Европы, впервые ввёл в Великобритании иммиграционный контроль.",
     A, "year", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: EN (the Bailey bridge was designed in 1940-41)
    ("The Bailey bridge, a prefabricated steel truss bridge that soldiers could bolt together without cranes, was designed by Donald Bailey in the 1950s.",
     "Сборный мост Бейли, широко применявшийся войсками союзников во Второй мировой войне, сконструировал в 1940–1941 гг. инженер британского военного министерства Дональд Бейли.",
     C, "decade", "technology", False, EN),
    ("Percy Shaw, a road contractor from Halifax in Yorkshire, patented his reflecting road stud, the cat's eye, in 1934.",
     "Дорожный световозвращатель «кошачий глаз» запатентовал в 1934 году англичанин Перси Шоу.",
     A, "year", "technology", False, None),
    # FALSE: EN (Hansom's patent dates from 1834)
    ("The hansom cab, a light two-wheeled carriage for hire, was patented by the York-born architect Joseph Hansom in 1854.",
     "Лёгкий двухколёсный наёмный экипаж — кэб — запатентовал в 1834 году архитектор Джозеф Хэнсом, автор проекта ратуши в Бирмингеме.",
     C, "year", "technology", True, EN),
    # FALSE: RU (the Lee-Enfield served from 1895 until 1957)
    ("Adopted by the British Army in 1895, the bolt-action Lee–Enfield rifle stayed its standard infantry weapon for more than sixty years.",
     "Магазинная винтовка Ли-Энфилд, принятая на вооружение британской армии в 1895 году, оставалась её основным оружием лишь около двадцати лет.",
     C, "duration", "technology", True, RU),
    ("Cinerama, which used three synchronised projectors to fill a deeply curved screen, was launched with This Is Cinerama in New York on 30 September 1952.",
     "Широкоэкранная система «Синерама» с тремя кинопроекторами была впервые показана публике в Нью-Йорке осенью 1952 г.",
     A, "date", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: RU (six scientists and three tourists died)
    ("When Galeras, near the Colombian city of Pasto, erupted without warning on 14 January 1993, it killed six volcanologists and three tourists.",
     "Внезапное извержение вулкана Галерас в Колумбии 14 января 1993 г. унесло жизни 16 вулканологов, собравшихся на научный семинар.",
     C, "number", "disasters", False, RU),
    ("Early on 5 February 1852 the Bilberry Reservoir dam above Holmfirth gave way, and the flood that followed killed 81 people.",
     "Наводнение в Холмферте (Йоркшир), вызванное прорывом плотины водохранилища Билберри в феврале 1852 года, унесло 81 жизнь.",
     A, "number", "disasters", True, None),
    ("On 22 October 1877 a firedamp explosion at the Blantyre pits in Lanarkshire killed more than 200 men and boys, Scotland's worst mining disaster.",
     "Взрыв рудничного газа на шахтах Блантайра 22.10.1877 унёс жизни свыше 200 горняков — это крупнейшая катастрофа в истории шотландской угледобычи.",
     A, "date", "disasters", False, None),
    ("The fire that swept the Beverly Hills Supper Club in Southgate, Kentucky, on 28 May 1977 killed 165 people.",
     "В мае 1977 г. при пожаре в ночном клубе «Беверли-Хиллз» в Саутгейте (штат Кентукки) погибли 165 человек.",
     A, "number", "disasters", True, None),
    # FALSE: RU (the Fort Stikine blew up on 14 April 1944)
    ("On 14 April 1944 the freighter Fort Stikine, loaded with cotton, explosives and gold, blew up in Bombay's Victoria Dock, killing hundreds.",
     "Взрыв транспорта «Форт Стикин», гружённого хлопком, боеприпасами и золотом, в бомбейском порту произошёл 19 апреля 1944 года.",
     C, "date", "disasters", True, RU),
]

RELATED = [
    ("After the Scottish defeat at Halidon Hill, the garrison of Berwick-upon-Tweed surrendered the town to Edward III.",
     "В сражении при Халидон-Хилле погиб регент Шотландии Арчибальд Дуглас, а вместе с ним многие знатные шотландские лорды.",
     "Halidon Hill", True, "history"),
    ("Indium takes its name from the indigo-blue line seen in its spectrum when it was first detected in a zinc ore.",
     "Индий — мягкий серебристый металл; оксид индия-олова широко применяется в сенсорных экранах и жидкокристаллических дисплеях.",
     "Indium", False, "science"),
    ("Little Diomede, on the American side of the strait, has only one settlement, an Inupiat village also called Diomede.",
     "Остров Ратманова назван в честь Макара Ратманова, участника первого русского кругосветного плавания.",
     "Diomede Islands", True, "geography"),
    ("Kocsis scored four goals in Hungary's 8–3 group-stage win over West Germany at the 1954 World Cup.",
     "В 1958 году Шандор Кочиш, оставшийся на Западе после событий 1956 года, перешёл в «Барселону».",
     "Kocsis", False, "sport"),
    ("In 1937 the Nazis seized hundreds of works from the Folkwang Museum in Essen as 'degenerate art'.",
     "Новое здание музея Фолькванг в Эссене, спроектированное Дэвидом Чипперфилдом, открылось в 2010 году.",
     "Folkwang", True, "culture"),
    ("Volker Schlöndorff's 1991 film of Homo Faber, released in English as Voyager, starred Sam Shepard as Walter Faber.",
     "В романе Макса Фриша «Homo Faber» инженер Вальтер Фабер влюбляется в юную Сабет, которая оказывается его дочерью.",
     "Homo Faber", False, "literature"),
    ("Kalinnikov's First Symphony in G minor was first performed in Kiev in 1897 and soon became popular across Russia.",
     "Последние годы жизни больной туберкулёзом Василий Калинников провёл в Крыму, в Ялте.",
     "Kalinnikov", True, "music"),
    ("Carpaccio's Legend of Saint Ursula cycle now hangs in the Gallerie dell'Accademia in Venice.",
     "Для венецианского братства Скуола ди Сан-Джорджо дельи Скьявони Витторе Карпаччо написал цикл картин о святых Георгии, Иерониме и Трифоне.",
     "Carpaccio", False, "art"),
    ("The Cat and Mouse Act was steered through Parliament by the Liberal Home Secretary Reginald McKenna in Asquith's government.",
     "Официальное название закона «кошки-мышки» 1913 года — «О временном освобождении заключённых по состоянию здоровья».",
     "Cat and Mouse Act", True, "law"),
    ("The Lee–Enfield combined James Paris Lee's bolt action and box magazine with rifling developed at the Royal Small Arms Factory in Enfield.",
     "Винтовка Ли-Энфилд широко использовалась британскими и союзными войсками в обеих мировых войнах.",
     "Lee–Enfield", False, "technology"),
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
            assert false_side in (EN, RU), en
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
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    fsides = count(false_sides)
    assert fsides == {"en": 15, "ru": 15}, fsides
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout91.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout91.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", fsides)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict by domain:", count(r["domain"] for r in comp if r["label"] == C))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
