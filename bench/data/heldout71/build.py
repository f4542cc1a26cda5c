#!/usr/bin/env python3
"""Build heldout71: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain).  For contradict rows the
comment names the FALSE side.  The order of sides (which language goes in
field `a`) alternates within each label: 1st, 3rd, 5th... row of a label
has Russian in `a`, the others English.
Each related row: (en, ru, subject, domain).
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # false: RU (Bohdan Khmelnytsky died in 1657; the hetman at Konotop was Vyhovsky)
    ("At Konotop in the summer of 1659, the Cossacks of Hetman Ivan Vyhovsky and their Crimean Tatar allies routed the Muscovite cavalry.",
     "Летом 1659 г. под Конотопом казаки гетмана Богдана Хмельницкого и союзные им крымские татары разгромили московскую конницу.",
     C, "person", "history"),
    ("On 27 September 1605, at Kircholm near Riga, Jan Karol Chodkiewicz's much smaller Lithuanian army routed the Swedes of King Charles IX.",
     "В сентябре 1605 г. литовский гетман Ян Кароль Ходкевич наголову разбил под Кирхольмом значительно превосходившее его шведское войско.",
     A, "date", "history"),
    # false: EN (Jankau was fought on 6 March 1645)
    ("The Swedish army of Lennart Torstensson crushed the Imperial forces at Jankau in Bohemia in October 1645.",
     "Битва при Янкау в Чехии, где шведы Торстенсона разгромили имперскую армию, произошла 6 марта 1645 года.",
     C, "month", "history"),
    # false: RU (Holowczyn was Charles XII's last major victory, Narva 1700 came long before)
    ("The Battle of Holowczyn in July 1708 is regarded as the last major victory won by Charles XII of Sweden.",
     "Сражение при Головчине в июле 1708 г. считается первой крупной победой шведского короля Карла XII.",
     C, "rank", "history"),
    ("Russia's first notable success in the Great Northern War came at Erastfer in Livonia, where Boris Sheremetev defeated Schlippenbach's Swedish corps.",
     "Под Эрастфером на рубеже 1701 и 1702 годов войска Б. П. Шереметева разбили шведский отряд Шлиппенбаха.",
     A, "person", "history"),
    # ---------------- science ----------------
    # false: EN (phosphorus was discovered in 1669, i.e. the 17th century)
    ("The Hamburg alchemist Hennig Brand discovered phosphorus in the eighteenth century while experimenting with urine.",
     "Фосфор был открыт гамбургским алхимиком Хеннигом Брандом в 1669 году.",
     C, "century", "science"),
    # false: RU (the co-laureates were Esaki and Josephson, not Bardeen)
    ("Ivar Giaever shared the 1973 Nobel Prize in Physics with Leo Esaki and Brian Josephson for discoveries about tunnelling.",
     "Нобелевскую премию по физике 1973 года Айвар Гиавер разделил с Лео Эсаки и Джоном Бардином.",
     C, "person", "science"),
    ("Tungsten was first isolated as a metal in 1783 by the Spanish brothers Juan José and Fausto Elhuyar.",
     "Испанские химики братья Элуяр в 1783 г. впервые получили металлический вольфрам из минерала вольфрамита.",
     A, "year", "science"),
    ("In 1885 the Austrian chemist Carl Auer von Welsbach showed that didymium was a mixture of two elements, neodymium and praseodymium.",
     "В середине 1880-х годов австриец Карл Ауэр фон Вельсбах разделил «дидим» на неодим и празеодим.",
     A, "entity", "science"),
    ("Gustav Hertz, a nephew of Heinrich Hertz, received the 1925 Nobel Prize in Physics together with James Franck.",
     "Немецкий физик Густав Герц вместе с Джеймсом Франком был удостоен Нобелевской премии за 1925 год за опыты по столкновению электронов с атомами.",
     A, "year", "science"),
    # ---------------- geography ----------------
    # false: EN (Imandra is the largest lake of Murmansk Oblast)
    ("Imandra is only the third-largest lake in Murmansk Oblast, behind two other lakes of the Kola Peninsula.",
     "Озеро Имандра, расположенное за Полярным кругом, — крупнейшее озеро Мурманской области и всего Кольского полуострова.",
     C, "rank", "geography"),
    ("Hardangervidda, covering roughly 6,500 square kilometres, is the largest mountain plateau in Europe.",
     "Хардангервидда в Норвегии — самое обширное высокогорное плато Европы площадью около 6,5 тыс. км².",
     A, "rank", "geography"),
    # false: RU (Kebnekaise is Sweden's highest mountain; Norway's is Galdhøpiggen)
    ("Kebnekaise, in Swedish Lapland north of the Arctic Circle, is the highest mountain in Sweden.",
     "Гора Кебнекайсе высотой около 2,1 тыс. м, лежащая за Полярным кругом, — высочайшая вершина Норвегии.",
     C, "place", "geography"),
    ("Hvannadalshnúkur, on the rim of the Öræfajökull volcano, is Iceland's highest peak at about 2,110 metres.",
     "Высота Хваннадальсхнукюра, высшей точки Исландии, по измерениям 2005 года составляет 2110 м.",
     A, "number", "geography"),
    ("Kolguyev Island lies in the south-eastern Barents Sea and is administered as part of the Nenets Autonomous Okrug.",
     "Остров Колгуев в Баренцевом море входит в состав Ненецкого автономного округа Архангельской области.",
     A, "place", "geography"),
    # ---------------- economy ----------------
    ("Fritz Henkel founded his company in Aachen in 1876 and moved it to Düsseldorf two years later.",
     "Компания «Хенкель» была основана Фрицем Хенкелем 26 сентября 1876 г. в Ахене.",
     A, "place", "economy"),
    # false: RU (Harding signed it; Coolidge became president only in August 1923)
    ("President Warren G. Harding signed the protectionist Fordney–McCumber Tariff into law in September 1922.",
     "Протекционистский тариф Фордни — Маккамбера был подписан президентом Калвином Кулиджем в сентябре 1922 г.",
     C, "person", "economy"),
    # false: EN (the Dingley Act was signed in July 1897)
    ("The Dingley Tariff, which pushed American import duties to record levels, was signed by President McKinley in 1907.",
     "Тариф Дингли, резко поднявший ввозные пошлины в США, подписал президент Мак-Кинли в июле 1897 года.",
     C, "year", "economy"),
    ("Passed after the Panic of 1907, the Aldrich–Vreeland Act of 1908 created the National Monetary Commission.",
     "Закон Олдрича — Вриленда, принятый Конгрессом США в мае 1908 г., учредил Национальную денежную комиссию.",
     A, "organisation", "economy"),
    # false: EN (the new price was $35 an ounce)
    ("Soon after the Gold Reserve Act of January 1934, the official price of gold was raised from $20.67 to $42 an ounce.",
     "После принятия в январе 1934 г. закона о золотом резерве официальная цена золота в США была повышена до 35 долл. за унцию.",
     C, "money", "economy"),
    # ---------------- sport ----------------
    ("Soviet speed skater Yevgeny Grishin won four Olympic gold medals, taking the 500 m and 1,500 m at both the 1956 and 1960 Games.",
     "Конькобежец Евгений Гришин, выступавший за СССР, — четырёхкратный олимпийский чемпион: по два золота он завоевал в Кортине-д’Ампеццо и Скво-Вэлли.",
     A, "number", "sport"),
    # false: RU (Andersen won three golds: 1,500 m, 5,000 m and 10,000 m)
    ("At the 1952 Winter Olympics in Oslo, Norwegian skater Hjalmar Andersen won three gold medals.",
     "На Олимпиаде 1952 г. в Осло норвежский конькобежец Ялмар Андерсен завоевал две золотые медали.",
     C, "number", "sport"),
    # false: RU (her Olympic downhill title came in 1980; she did not compete in 1976)
    ("Austrian skier Annemarie Moser-Pröll won the Olympic downhill title at Lake Placid in 1980, the only Olympic gold of her career.",
     "Единственное олимпийское золото австрийская горнолыжница Аннемари Мозер-Прёлль выиграла в скоростном спуске в 1976 году.",
     C, "year", "sport"),
    ("Swedish canoeist Gert Fredriksson won six Olympic titles between 1948 and 1960.",
     "На счету шведского гребца на байдарке Герта Фредрикссона шесть золотых олимпийских медалей и ещё две медали другого достоинства.",
     A, "number", "sport"),
    # false: EN (Hartel took silver in 1952; gold went to Henri Saint Cyr)
    ("Despite being partly paralysed by polio, Danish rider Lis Hartel won the gold medal in individual dressage at the 1952 Helsinki Olympics.",
     "Датская наездница Лис Хартель, частично парализованная после полиомиелита, заняла второе место в личной выездке на Играх 1952 г. в Хельсинки.",
     C, "rank", "sport"),
    # ---------------- culture ----------------
    ("Kuskovo, the former summer estate of the Sheremetev counts in eastern Moscow, now houses the State Museum of Ceramics.",
     "В бывшей усадьбе графов Шереметевых Кусково на востоке Москвы сегодня работает Государственный музей керамики.",
     A, "organisation", "culture"),
    # false: RU (Nikolai Yusupov bought it in 1810 and died in 1831)
    ("Prince Nikolai Yusupov, one of the richest men in Russia, bought the Arkhangelskoye estate near Moscow in 1810.",
     "Князь Николай Борисович Юсупов приобрёл подмосковную усадьбу Архангельское в 1850-х годах.",
     C, "decade", "culture"),
    # false: EN (Ludwig II stayed there only about ten days, in 1885)
    ("Ludwig II lived at Herrenchiemsee, his Versailles-inspired palace on an island in the Chiemsee, for nearly five years.",
     "Людвиг II провёл в своём дворце Херренкимзе, построенном по образцу Версаля, всего около десяти дней.",
     C, "duration", "culture"),
    ("Linderhof, the smallest of Ludwig II's three palaces, was the only one the Bavarian king lived to see completed.",
     "Линдерхоф — единственный из дворцов Людвига II Баварского, строительство которого было завершено ещё при жизни короля.",
     A, "rank", "culture"),
    ("The Brockhaus and Efron Encyclopedic Dictionary was published in St Petersburg between 1890 and 1907.",
     "Энциклопедический словарь Брокгауза и Ефрона выходил в Санкт-Петербурге на протяжении семнадцати лет, с 1890 по 1907 г.",
     A, "year", "culture"),
    # ---------------- literature ----------------
    ("The anonymous novella Lazarillo de Tormes, which founded the Spanish picaresque genre, first appeared in print in 1554.",
     "Анонимная повесть «Жизнь Ласарильо с Тормеса», положившая начало испанскому плутовскому роману, была напечатана в 1554 г. сразу в нескольких городах.",
     A, "year", "literature"),
    # false: EN (The Iron Flood is by Alexander Serafimovich)
    ("The Iron Flood, a 1924 novel about the Taman Army's march during the Civil War, was written by Dmitry Furmanov.",
     "Роман «Железный поток» о походе Таманской армии в 1918 году написал Александр Серафимович; книга вышла в 1924 г.",
     C, "person", "literature"),
    # false: EN (the story first appeared in 1925)
    ("Alexander Belyaev's story Professor Dowell's Head first appeared in print in the 1950s.",
     "Рассказ Александра Беляева «Голова профессора Доуэля» был впервые напечатан в 1925 году, а позднее переработан в роман.",
     C, "decade", "literature"),
    # false: EN (the expedition in the novel goes to Venus)
    ("The Land of Crimson Clouds, the first novel by the Strugatsky brothers, describes an expedition to Mars.",
     "Первый роман братьев Стругацких «Страна багровых туч» (1959) рассказывает об экспедиции на Венеру.",
     C, "entity", "literature"),
    ("Lessing's tragedy Emilia Galotti received its first performance in Braunschweig in March 1772.",
     "Трагедия Лессинга «Эмилия Галотти» впервые была сыграна на сцене в Брауншвейге в 1772 году.",
     A, "place", "literature"),
    # ---------------- music ----------------
    ("Alexei Verstovsky's opera Askold's Grave was first staged at the Bolshoi Theatre in Moscow in 1835.",
     "Премьера оперы Верстовского «Аскольдова могила» состоялась в Москве осенью 1835 года.",
     A, "year", "music"),
    # false: RU (the premiere was in Weimar)
    ("Liszt's symphonic poem Les Préludes was first performed in Weimar in February 1854, with the composer conducting.",
     "Симфоническая поэма Листа «Прелюды» впервые прозвучала в Вене в феврале 1854 г. под управлением автора.",
     C, "place", "music"),
    # false: EN (Fedora premiered at the Teatro Lirico, not La Scala)
    ("Giordano's opera Fedora, with Enrico Caruso as Loris, had its premiere at La Scala in November 1898.",
     "Опера Умберто Джордано «Федора» впервые была поставлена в миланском Театро Лирико 17 ноября 1898 года; партию Лориса пел Карузо.",
     C, "organisation", "music"),
    # false: RU (André Chénier was guillotined in 1794, in the 18th century)
    ("Giordano's Andrea Chénier tells the story of a real French poet guillotined during the Revolution.",
     "Герой оперы Джордано «Андре Шенье» — реальный французский поэт, казнённый на гильотине в XVII веке.",
     C, "century", "music"),
    ("Cilea's Adriana Lecouvreur was first performed at Milan's Teatro Lirico in November 1902, with Enrico Caruso as Maurizio.",
     "Опера Франческо Чилеа «Адриана Лекуврёр» впервые прозвучала 6 ноября 1902 г. в миланском Театро Лирико.",
     A, "date", "music"),
    # ---------------- art ----------------
    ("Hunters at Rest, the 1871 genre painting in the Tretyakov Gallery, is one of Vasily Perov's best-known works.",
     "Картина «Охотники на привале» была написана Василием Перовым в 1871 году.",
     A, "person", "art"),
    # false: RU (the painting is in the Tretyakov Gallery)
    ("Ivan Kramskoi's Christ in the Desert, painted in 1872, was bought by Pavel Tretyakov and remains in the Tretyakov Gallery.",
     "Картина Крамского «Христос в пустыне» (1872) хранится в собрании Русского музея в Санкт-Петербурге.",
     C, "organisation", "art"),
    ("John Singer Sargent's huge canvas Gassed, completed in 1919, hangs in the Imperial War Museum in London.",
     "Монументальное полотно Джона Сингера Сарджента «Отравленные газом» (1919) находится в Имперском военном музее в Лондоне.",
     A, "organisation", "art"),
    # false: EN (Autumn Rhythm was painted in 1950)
    ("Jackson Pollock painted his drip painting Autumn Rhythm (Number 30) in the 1930s; it belongs to the Metropolitan Museum of Art.",
     "Картина Джексона Поллока «Осенний ритм (Номер 30)» написана в 1950 г. и хранится в музее Метрополитен.",
     C, "decade", "art"),
    ("The Boyhood of Raleigh, showing the young Walter Raleigh listening to a sailor's tales, was painted by John Everett Millais in 1870.",
     "Картина Джона Эверетта Милле «Детство Рэли» (1870) находится в собрании галереи Тейт в Лондоне.",
     A, "person", "art"),
    # ---------------- law ----------------
    # false: EN (the Court upheld the carriage tax)
    ("In Hylton v. United States (1796), the Supreme Court struck down the federal tax on carriages as unconstitutional.",
     "В деле «Хилтон против США» (1796) Верховный суд признал федеральный налог на экипажи соответствующим Конституции.",
     C, "opposite", "law"),
    ("Adkins v. Children's Hospital, the 1923 ruling that struck down a minimum wage law for women in Washington, D.C., was overruled in 1937.",
     "Решение по делу «Эдкинс против Детской больницы», отменившее закон о минимальной зарплате для женщин в округе Колумбия, было пересмотрено в 1937 году.",
     A, "year", "law"),
    # false: RU (the state court involved was Wisconsin's)
    ("Ableman v. Booth (1859) overturned rulings of the Wisconsin Supreme Court that had freed the abolitionist Sherman Booth.",
     "Решением по делу «Эйблмен против Бута» (1859) Верховный суд США отменил постановления Верховного суда штата Мичиган.",
     C, "place", "law"),
    ("In Ex parte Merryman (1861), Chief Justice Roger Taney ruled that only Congress could suspend the writ of habeas corpus.",
     "По делу Джона Мерримена в 1861 г. председатель Верховного суда Роджер Тони признал, что президент Линкольн не вправе единолично приостанавливать действие хабеас корпус.",
     A, "person", "law"),
    # false: RU (the vote was 8 to 1, McReynolds dissenting)
    ("In Ashwander v. Tennessee Valley Authority (1936), the Supreme Court upheld the TVA's sale of electricity by a vote of 8 to 1.",
     "В 1936 г. Верховный суд США по делу «Ашвандер против Администрации долины Теннесси» принял решение пятью голосами против четырёх.",
     C, "number", "law"),
    # ---------------- technology ----------------
    ("Canada's first satellite, Alouette 1, was launched from California on 29 September 1962.",
     "Первый канадский спутник «Алуэтт-1» был выведен на орбиту американской ракетой в сентябре 1962 года.",
     A, "date", "technology"),
    # false: EN (France was the third nation, after the USSR and the USA)
    ("With the launch of Astérix on a Diamant rocket in November 1965, France became the second nation to orbit a satellite on its own launcher.",
     "Запустив 26 ноября 1965 г. спутник «Астерикс» на собственной ракете «Диамант», Франция стала третьей космической державой.",
     C, "rank", "technology"),
    # false: EN (Aryabhata was launched from Kapustin Yar)
    ("India's first satellite, Aryabhata, was launched by a Soviet rocket in April 1975 from the Baikonur Cosmodrome.",
     "Первый индийский спутник «Ариабхата» стартовал 19 апреля 1975 г. на советской ракете с полигона Капустин Яр.",
     C, "place", "technology"),
    ("Ariel 1, the first British satellite, was launched by NASA from Cape Canaveral in April 1962.",
     "Британский спутник «Ариэль-1», первый в истории Великобритании, был выведен на орбиту американской ракетой 26 апреля 1962 года.",
     A, "year", "technology"),
    ("Japan's IKAROS, launched in May 2010, was the first spacecraft to use a solar sail for propulsion in interplanetary space.",
     "Японский аппарат «Икарос» стал первым в истории космическим аппаратом, совершившим межпланетный полёт с помощью солнечного паруса.",
     A, "rank", "technology"),
    # ---------------- disasters ----------------
    # false: RU (the earthquake struck on 4 April 1905)
    ("The Kangra earthquake struck the western Himalayas on 4 April 1905, killing more than 20,000 people.",
     "Землетрясение в Кангре в западных Гималаях произошло 14 апреля 1905 года.",
     C, "day", "disasters"),
    ("On 23 December 1933 an express train ploughed into a stationary train in fog at Lagny-Pomponne, east of Paris, killing about 200 people.",
     "Железнодорожная катастрофа у Ланьи-Помпонна под Парижем, унёсшая около двухсот жизней, произошла 23 декабря 1933 года.",
     A, "date", "disasters"),
    ("The great storm of 14 October 1881 drowned 189 fishermen from south-east Scotland, 129 of them from Eyemouth.",
     "Во время шторма в октябре 1881 г. погибли 189 рыбаков, из которых 129 были жителями шотландского городка Аймут.",
     A, "number", "disasters"),
    # false: RU (the Feyzin disaster happened in January 1966)
    ("A fire and explosions at the Feyzin refinery near Lyon in January 1966 killed 18 people.",
     "Пожар и взрывы на нефтеперерабатывающем заводе в Фейзене под Лионом унесли жизни 18 человек в 1976 году.",
     C, "year", "disasters"),
    ("A gas explosion tore through a shopping centre in Clarkston, near Glasgow, on 21 October 1971, killing 22 people.",
     "Взрыв газа в торговом центре шотландского Кларкстона под Глазго произошёл 21 октября 1971 г.",
     A, "date", "disasters"),
]

RELATED = [
    ("The Muscovite army defeated at Konotop in 1659 had been besieging the town under Prince Aleksey Trubetskoy.",
     "Во время Конотопской битвы в плен к татарам попал и был казнён князь Семён Пожарский.",
     "Konotop", "history"),
    ("Hennig Brand obtained phosphorus by boiling down and heating large quantities of urine.",
     "Название фосфора, открытого Брандом, происходит от греческого слова, означающего «несущий свет».",
     "Hennig Brand", "science"),
    ("Henkel launched Persil, advertised as the first self-acting laundry detergent, in 1907.",
     "Штаб-квартира концерна «Хенкель» уже более века находится в немецком городе Дюссельдорфе.",
     "Henkel", "economy"),
    ("Hjalmar Andersen won his Olympic titles of 1952 on home ice, at the Bislett Stadium in Oslo.",
     "Ялмар Андерсен трижды подряд, в 1950–1952 годах, становился чемпионом мира по конькобежному спорту в классическом многоборье.",
     "Hjalmar Andersen", "sport"),
    ("Linderhof Palace stands in the Graswang valley near the village of Ettal in southern Bavaria.",
     "В парке дворца Линдерхоф по приказу Людвига II был устроен искусственный Грот Венеры с подземным озером.",
     "Linderhof", "culture"),
    ("Lessing set his tragedy Emilia Galotti at the court of the Prince of Guastalla in Italy.",
     "В финале трагедии Лессинга «Эмилия Галотти» героиню по её собственной просьбе убивает отец, Одоардо.",
     "Emilia Galotti", "literature"),
    ("The libretto of Giordano's Andrea Chénier was written by Luigi Illica.",
     "Опера «Андре Шенье» Умберто Джордано впервые была поставлена в миланском театре «Ла Скала» в 1896 году.",
     "Andrea Chénier", "music"),
    ("The Hylton case arose from a federal tax on carriages that Congress had passed in 1794.",
     "Дело «Хилтон против США» стало одним из первых, в которых Верховный суд оценивал конституционность федерального закона.",
     "Hylton v. United States", "law"),
    ("The satellite Aryabhata was named after the fifth-century Indian mathematician and astronomer.",
     "Спутник «Ариабхата» массой около 360 кг был разработан Индийской организацией космических исследований (ISRO).",
     "Aryabhata", "technology"),
    ("The 1905 Kangra earthquake destroyed much of Kangra and the hill station of Dharamsala.",
     "Магнитуда землетрясения 1905 года в Кангре оценивается примерно в 7,8.",
     "Kangra earthquake", "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = ["history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"]


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
    seen = {A: 0, C: 0}
    for en, ru, label, slot, domain in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, (label, slot, domain)
        ru_first = seen[label] % 2 == 0
        seen[label] += 1
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for i, (en, ru, subj, domain) in enumerate(RELATED):
        assert domain in DOMAINS
        row = make(en, ru, i % 2 == 0)
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
    assert all(doms.get(d) == 5 for d in DOMAINS), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout71.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout71.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(aslots.items())))
    print("domains:", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()
