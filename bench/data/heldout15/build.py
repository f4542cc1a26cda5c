import json
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"date","history",
 "Spain and Portugal split the newly found lands beyond Europe between them in the Treaty of Tordesillas, signed on 7 June 1494.",
 "Договор, по которому Испания и Португалия разделили сферы влияния за пределами Европы, был заключён в Тордесильясе 07.06.1494.")
add(A,"century","history",
 "Нерчинский договор, первый договор между Россией и Цинской империей, был подписан в конце XVII века.",
 "Russia and Qing China concluded the Treaty of Nerchinsk, their first treaty, in 1689, fixing part of their border along the Argun River.")
add(A,"number","history",
 "Franklin D. Roosevelt won four presidential elections, in 1932, 1936, 1940 and 1944, more than any other American president.",
 "Рузвельт — единственный глава США, которого избирали президентом четыре раза; после его смерти 22-я поправка ограничила срок двумя избраниями.")
add(A,"year","science",
 "Закон, связывающий силу тока, напряжение и сопротивление, немецкий физик Георг Ом опубликовал в 1827 г. в книге «Гальваническая цепь».",
 "Georg Simon Ohm set out the law that now bears his name in 1827, in a book on the galvanic circuit.")
add(A,"decade","science",
 "Evangelista Torricelli, a pupil of Galileo, built the first mercury barometer in 1643.",
 "Первый ртутный барометр появился в 1640-х годах: его создал итальянский учёный Эванджелиста Торричелли.")
add(A,"number","geography",
 "Высота Маттерхорна, пирамидальной вершины на границе Швейцарии и Италии, — почти 4,5 км.",
 "The Matterhorn, which rises above Zermatt on the Swiss–Italian border, is 4,478 metres high.")
add(A,"place","geography",
 "The village of Oymyakon, often called the Pole of Cold, lies in the Sakha Republic of eastern Siberia.",
 "Оймякон — село в Якутии, которое считается одним из самых холодных постоянно населённых мест на Земле.")
add(A,"decade","economy",
 "Первый магазин сети Walmart Сэм Уолтон открыл в начале 1960-х в городке Роджерс, штат Арканзас.",
 "Sam Walton opened the first Walmart store in Rogers, Arkansas, in July 1962.")
add(A,"percent","economy",
 "After peaking in March 2000, the Nasdaq Composite lost about 78 percent of its value by October 2002.",
 "С весны 2000 года до осени 2002-го индекс Nasdaq, главный барометр акций технологических компаний, потерял почти четыре пятых стоимости.")
add(A,"number","sport",
 "Финский бегун Пааво Нурми на трёх Олимпиадах — 1920, 1924 и 1928 годов — выиграл девять золотых медалей.",
 "Paavo Nurmi, the 'Flying Finn', collected 9 Olympic gold medals in distance running.")
add(A,"month","sport",
 "The Winter Olympics in Nagano, Japan, ran from 7 to 22 February 1998.",
 "Зимние Олимпийские игры в японском Нагано прошли в феврале 1998 г.; впервые в них участвовали хоккеисты НХЛ.")
add(A,"person","technology",
 "Конрад Цузе представил в Берлине свою машину Z3, первую работающую программируемую вычислительную машину, в мае 1941 года.",
 "The first working programmable digital computer, the Z3, was built in Berlin by the German engineer Konrad Zuse.")
add(A,"month","technology",
 "Edwin Land's first Polaroid instant camera went on sale in a Boston department store in November 1948.",
 "Первый фотоаппарат Polaroid, выдававший готовый снимок примерно через минуту, поступил в продажу в конце ноября 1948 г.")
add(A,"month","medicine",
 "Талидомид, снотворное, которое назначали и беременным, отозвали с рынка ФРГ в ноябре 1961 года.",
 "The sedative thalidomide, which caused severe birth defects in thousands of babies, was withdrawn in West Germany in late 1961.")
add(A,"date","law",
 "The Maastricht Treaty, which created the European Union, was signed on February 7, 1992.",
 "Договор о Европейском союзе подписали в нидерландском Маастрихте 7 февраля 1992 г., а в силу он вступил в ноябре 1993-го.")
add(A,"month","law",
 "Девятнадцатая поправка к Конституции США об избирательном праве женщин была ратифицирована 18 августа 1920 г., когда её одобрил Теннесси — тридцать шестой штат.",
 "American women won a constitutional guarantee of the vote when the Nineteenth Amendment was ratified in August 1920.")
add(A,"date","transport",
 "The Stockton and Darlington Railway, the first public railway to use steam locomotives, opened on 27 September 1825.",
 "Осенью 1825 года в Англии открылась железная дорога Стоктон — Дарлингтон; первый состав повёл паровоз «Локомоушн» Джорджа Стефенсона.")
add(A,"year","transport",
 "Первый рейс «Восточного экспресса» из Парижа в Константинополь состоялся в 1883 году.",
 "The Orient Express set off on its first run from Paris to Constantinople on 4 October 1883.")
add(A,"century","food",
 "Vienna's Sachertorte was created in 1832 by Franz Sacher, a sixteen-year-old apprentice cook in Prince Metternich's kitchen.",
 "Шоколадный торт «Захер» придумал венский кондитер Франц Захер в первой половине XIX века.")
add(A,"decade","food",
 "Вустерширский соус аптекари Джон Ли и Уильям Перринс начали продавать в 30-е годы XIX века.",
 "Lea & Perrins, two chemists from Worcester, began selling their Worcestershire sauce in the 1830s.")
add(A,"year","music",
 "Vivaldi's Four Seasons first appeared in print in Amsterdam in 1725, as part of his Opus 8.",
 "Четыре скрипичных концерта «Времена года» Антонио Вивальди были изданы в 1725 г. в сборнике «Спор гармонии с изобретением».")
add(A,"date","culture",
 "Мультфильм «Пароходик Вилли», с которого началась слава Микки Мауса, впервые показали в Нью-Йорке 18 ноября 1928 года.",
 "Mickey Mouse made his screen breakthrough in Steamboat Willie, which opened at the Colony Theatre in New York in November 1928.")
add(A,"month","astronomy",
 "In November 1572 Tycho Brahe observed a brilliant new star in Cassiopeia, a supernova now named after him.",
 "Сверхновую в созвездии Кассиопеи датский астроном Тихо Браге наблюдал с 11 ноября 1572 г. на протяжении полутора лет.")
add(A,"date","astronomy",
 "Советская станция «Венера-7» 15 декабря 1970 г. совершила посадку на Венеру и впервые передала данные с поверхности другой планеты.",
 "In December 1970 Venera 7 touched down on Venus and sent back the first signals from the surface of another planet.")
add(A,"rank","architecture",
 "From 1998 until Taipei 101 overtook them in 2004, the Petronas Towers in Kuala Lumpur were the tallest buildings in the world.",
 "Башни-близнецы «Петронас» высотой 452 м в течение шести лет, с 1998 по 2004 год, удерживали звание самых высоких зданий мира.")
add(A,"decade","architecture",
 "Радиобашню на Шаболовке по проекту инженера Владимира Шухова возвели в 1920–1922 гг.",
 "Vladimir Shukhov's hyperboloid radio tower in Moscow was built in the early 1920s.")
add(A,"date","literature",
 "James Joyce's Ulysses was published in Paris by Sylvia Beach on 2 February 1922, the author's fortieth birthday.",
 "Роман Джеймса Джойса «Улисс» вышел отдельной книгой в феврале 1922 г. в парижском магазине «Шекспир и компания».")
add(A,"date","energy",
 "Авария на втором энергоблоке АЭС Три-Майл-Айленд в Пенсильвании произошла 28.03.1979.",
 "A partial meltdown at the Three Mile Island nuclear plant near Harrisburg, Pennsylvania, occurred in March 1979.")
add(A,"year","biology",
 "The last known thylacine, or Tasmanian tiger, died at Hobart's Beaumaris Zoo in September 1936.",
 "Последний известный сумчатый волк умер в зоопарке Хобарта в 1936 году, и с тех пор живых тилацинов никто достоверно не видел.")
add(A,"date","environment",
 "Катастрофическое извержение вулкана Сент-Хеленс в штате Вашингтон 18 мая 1980 года унесло жизни 57 человек.",
 "Mount St. Helens erupted on May 18, 1980, killing fifty-seven people and flattening forests for miles around.")
# ---------------- contradict (30)
add(C,"year","history",
 "At Thermopylae in 480 BC King Leonidas and his Spartans held the pass against the Persian army of Xerxes for three days.",
 "Битва при Фермопилах, где спартанский царь Леонид погиб вместе со своим отрядом, произошла в 380 г. до н. э.")
add(C,"rank","history",
 "Маргарет Тэтчер, возглавившая британское правительство в мае 1979 г., была второй женщиной на посту премьер-министра Великобритании.",
 "When she entered Downing Street in 1979, Margaret Thatcher became Britain's first female prime minister.")
add(C,"decade","science",
 "The Indian physicist C. V. Raman discovered the light-scattering effect named after him in the late 1950s.",
 "Эффект комбинационного рассеяния света Ч. В. Раман открыл в 1928 году, а уже в 1930-м получил за него Нобелевскую премию.")
add(C,"person","science",
 "Гипотезу дрейфа континентов немецкий метеоролог Альфред Вегенер выдвинул в 1912 году, но при жизни её почти никто не принял.",
 "Continental drift was first proposed in 1912 by the British geologist Charles Lyell.")
add(C,"place","geography",
 "At 2,962 metres, the Zugspitze on the Austrian border is the highest mountain in Germany.",
 "Гора Цугшпитце высотой 2962 м в Альпах — высочайшая вершина Швейцарии, излюбленное место лыжников.")
add(C,"number","geography",
 "Ватикан, окружённый со всех сторон Римом, занимает меньше половины квадратного километра и является самым маленьким государством мира.",
 "The Vatican City, the world's smallest sovereign state, covers about 44 square kilometres in the middle of Rome.")
add(C,"scale","economy",
 "In 2000 Reed Hastings offered to sell Netflix to Blockbuster for $50 million, and Blockbuster turned him down.",
 "В 2000 г. основатели Netflix предлагали продать компанию сети видеопроката Blockbuster за 50 млрд долларов, но получили отказ.")
add(C,"polarity","economy",
 "В феврале 2008 г. британское правительство отказалось национализировать ипотечный банк Northern Rock, переживший осенью 2007-го массовое изъятие вкладов.",
 "Northern Rock, the mortgage lender hit by Britain's first bank run in over a century, was nationalised in February 2008.")
add(C,"number","sport",
 "At the 1972 Munich Olympics the American swimmer Mark Spitz won five gold medals.",
 "На Олимпиаде 1972 г. в Мюнхене пловец Марк Спитц выиграл семь золотых медалей, установив в каждом заплыве мировой рекорд.")
add(C,"polarity","sport",
 "В финале чемпионата мира 2006 г. в Берлине Зинедин Зидан был удалён с поля за удар головой в грудь Марко Матерацци.",
 "Zinedine Zidane was not sent off in the 2006 World Cup final in Berlin and played until the penalty shoot-out.")
add(C,"organisation","technology",
 "The first UNIVAC I computer was delivered in 1951 to the General Electric company.",
 "Первую вычислительную машину UNIVAC I в 1951 году получило Бюро переписи населения США.")
add(C,"entity","biology",
 "Окапи, открытый учёными в начале XX века в лесах Конго, — ближайший родственник зебры.",
 "The okapi of the Congo rainforest, despite its striped legs, is the closest living relative of the giraffe.")
add(C,"date","transport",
 "Count Ferdinand von Zeppelin's first rigid airship, LZ 1, took off over Lake Constance on 2 July 1900.",
 "Первый полёт дирижабля LZ 1 графа Цеппелина над Боденским озером состоялся 20 июля 1900 г.")
add(C,"entity","medicine",
 "Хинин, на протяжении веков главное средство от малярии, получают из коры хинного дерева, родом из Анд.",
 "Quinine, the classic remedy for malaria, is extracted from the bark of the willow tree.")
add(C,"opposite","biology",
 "Despite its name, the whale shark is a fish — the largest fish alive, growing to more than twelve metres.",
 "Китовая акула, вопреки своему названию, — это млекопитающее из отряда китообразных.")
add(C,"opposite","law",
 "В деле «Плесси против Фергюсона» (1896) Верховный суд США признал расовую сегрегацию в поездах неконституционной.",
 "In Plessy v. Ferguson in 1896 the US Supreme Court upheld racial segregation on railway cars under the doctrine of 'separate but equal'.")
add(C,"duration","law",
 "The Warsaw Pact, the military alliance of the Soviet bloc founded in 1955, lasted less than twenty years.",
 "Организация Варшавского договора просуществовала 36 лет — с мая 1955 по июль 1991 года.")
add(C,"polarity","law",
 "Салический закон, на который во Франции ссылались с XIV века, не препятствовал женщинам наследовать королевский престол.",
 "In France the Salic law was invoked to keep women, and men descended through women, from succeeding to the throne.")
add(C,"decade","transport",
 "The railway between St Petersburg and Moscow, later named the Nikolayev Railway, opened in the 1870s.",
 "Движение по Николаевской железной дороге между Петербургом и Москвой протяжённостью около 650 км открылось в 1851 г.")
add(C,"place","food",
 "Острый соус «Табаско» с 1868 года производят в мексиканском штате Табаско, от которого он и получил название.",
 "Tabasco sauce has been made by the McIlhenny family on Avery Island, Louisiana, since 1868.")
add(C,"year","music",
 "The Rolling Stones were formed in London in 1962 and played their first gig at the Marquee Club that July.",
 "Группа The Rolling Stones, ставшая одной из самых долговечных в истории рока, образовалась в Лондоне в 1972 г.")
add(C,"polarity","music",
 "«Неоконченную» симфонию Шуберта впервые исполнили лишь в 1865 году, спустя 37 лет после смерти композитора.",
 "Schubert conducted the premiere of his Unfinished Symphony in Vienna himself.")
add(C,"person","astronomy",
 "Titan, the largest moon of Saturn, was discovered in 1655 by Galileo Galilei.",
 "Титан, крупнейший спутник Сатурна, открыл 25 марта 1655 г. нидерландский учёный Христиан Гюйгенс.")
add(C,"duration","architecture",
 "Пизанскую башню построили всего за двадцать лет, хотя она начала крениться ещё во время строительства.",
 "Work on the Leaning Tower of Pisa began in 1173 and, with long pauses, took about two centuries to finish.")
add(C,"century","architecture",
 "London's Tower Bridge, with its bascules that lift to let ships pass, was opened on 30 June 1894.",
 "Тауэрский мост с разводными пролётами открыли в Лондоне ещё в XVIII веке.")
add(C,"month","literature",
 "Владимир Маяковский покончил с собой в Москве в сентябре 1930 года.",
 "Vladimir Mayakovsky shot himself in his Moscow room on 14 April 1930, aged thirty-six.")
add(C,"place","literature",
 "Marina Tsvetaeva took her own life in August 1941 in Chistopol, where she had been evacuated.",
 "Марина Цветаева покончила с собой 31 августа 1941 г. в Елабуге, куда была эвакуирована с сыном.")
add(C,"percent","energy",
 "Доля делящегося изотопа уран-235 в природном уране составляет лишь около 0,7 %.",
 "About seven percent of natural uranium consists of the fissile isotope uranium-235.")
add(C,"opposite","environment",
 "The June 1991 eruption of Mount Pinatubo in the Philippines cooled the global climate by about half a degree Celsius.",
 "После извержения Пинатубо в июне 1991 г. средняя температура на планете заметно повысилась из-за выброшенного в атмосферу пепла.")
add(C,"money","culture",
 "Картина «Спаситель мира», приписываемая Леонардо да Винчи, в 2017 году ушла с аукциона Christie's за 450,3 млн долларов.",
 "Salvator Mundi, attributed to Leonardo da Vinci, sold at Christie's in New York in November 2017 for $45 million.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("astronomy", "The European Huygens probe, carried to Saturn by Cassini, landed on Titan on 14 January 2005.",
 "Титан — единственный спутник в Солнечной системе, обладающий плотной атмосферой, состоящей в основном из азота.")
radd("history", "Ещё в 1493 г. папа Александр VI буллой Inter caetera провёл разграничительную линию между владениями Испании и Португалии.",
 "The Treaty of Tordesillas moved the dividing line to 370 leagues west of the Cape Verde islands.")
radd("biology", "The thylacine was declared extinct by the International Union for Conservation of Nature in 1982.",
 "Сумчатый волк был крупнейшим хищным сумчатым своего времени, а на спине и крупе у него были тёмные поперечные полосы.")
radd("architecture", "Пизанская башня — колокольня кафедрального собора Санта-Мария-Ассунта на площади Чудес.",
 "Engineering work between 1990 and 2001 reduced the lean of the Tower of Pisa by about 40 centimetres.")
radd("geography", "The Pontifical Swiss Guard has protected the pope in the Vatican since 1506.",
 "В Ватикане, самом маленьком государстве мира, постоянно проживают лишь несколько сотен человек.")
radd("music", "Свой первый концерт The Rolling Stones дали 12 июля 1962 г. в лондонском клубе «Марки».",
 "Drummer Charlie Watts joined the Rolling Stones in January 1963 and stayed with the band until his death in 2021.")
radd("economy", "Netflix was founded in 1997 in Scotts Valley, California, as a service renting DVDs by mail.",
 "Стриминговый сервис, позволяющий смотреть фильмы онлайн, Netflix запустил в 2007 году.")
radd("environment", "Извержение 1980 года снесло вершину Сент-Хеленс, и гора стала ниже примерно на 400 м.",
 "Mount St. Helens became active again from 2004 to 2008, slowly building a new lava dome inside its crater.")
radd("literature", "Marina Tsvetaeva left Soviet Russia in 1922 and returned to the USSR in 1939.",
 "Марина Цветаева родилась в Москве в 1892 году в семье профессора Ивана Цветаева, основателя Музея изящных искусств.")
radd("sport", "В финале чемпионата мира 1998 г. против Бразилии Зинедин Зидан забил два мяча головой.",
 "Zinedine Zidane retired from professional football after the 2006 World Cup final.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout15.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout15.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
