#!/usr/bin/env python3
"""Build heldout97: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (at Bladensburg the British routed the American militia)
    ("On 24 August 1814 British regulars under Major General Robert Ross routed the American militia at Bladensburg, Maryland, and went on to burn Washington that evening.",
     "24.08.1814 у Бладенсбурга (штат Мэриленд) американское ополчение генерала Уильяма Уиндера отразило атаку британского отряда Роберта Росса.",
     C, "opposite", "history", True),
    # FALSE: EN (Gravelotte was fought on 18 August 1870)
    ("At Gravelotte, west of Metz, the German armies lost more men than the French on 18 August 1871, yet Marshal Bazaine still fell back into the fortress.",
     "В сражении при Гравелоте 18 августа 1870 г. немцы потеряли около 20 тыс. человек — больше, чем французы, — однако маршал Базен отступил под защиту крепости Мец.",
     C, "year", "history", False),
    # FALSE: RU (the Ciompi revolt took place in 1378, i.e. in the 14th century)
    ("In the summer of 1378 Florence's wool carders, the Ciompi, seized the Palazzo della Signoria, and one of them, Michele di Lando, became Gonfaloniere of Justice.",
     "Восстание чомпи — флорентийских чесальщиков шерсти, на короткое время добившихся собственных цехов и мест в Синьории, — произошло в XV веке.",
     C, "century", "history", True),
    ("On 18 April 1864, after weeks of Prussian bombardment, the Danish redoubts at Dybbøl in Schleswig were stormed in a matter of hours.",
     "Штурм Дюппельских укреплений (18.04.1864) стал решающим эпизодом Второй Шлезвигской войны: после многонедельного обстрела пруссаки овладели датскими редутами.",
     A, "date", "history", False),
    ("At Kings Mountain, near the border of the two Carolinas, frontier militia overwhelmed a Loyalist force on 7 October 1780 and killed its commander, Major Patrick Ferguson.",
     "Майор Патрик Фергюсон, единственный британский военный среди лоялистов, погиб в бою у горы Кингс-Маунтин (Южная Каролина) осенью 1780 года.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Lederberg was 33 when he received the 1958 prize)
    ("Joshua Lederberg was only 43 when he shared the 1958 Nobel Prize in Physiology or Medicine for discovering genetic recombination in bacteria.",
     "Джошуа Ледерберг получил Нобелевскую премию 1958 г. в 33 года — за открытия, касающиеся генетической рекомбинации и организации генетического материала у бактерий.",
     C, "number", "science", False),
    # FALSE: RU (Diels and Alder described the diene synthesis in 1928)
    ("Otto Diels and his former student Kurt Alder first described their diene synthesis in 1928 and shared the 1950 Nobel Prize in Chemistry for it.",
     "Реакцию диенового синтеза Отто Дильс и Курт Альдер впервые описали в Киле в начале 1940-х годов; Нобелевскую премию по химии они получили в 1950 г.",
     C, "decade", "science", True),
    ("Dutch atmospheric chemist Paul Crutzen shared the 1995 Nobel Prize in Chemistry with Mario Molina and F. Sherwood Rowland for work on ozone depletion.",
     "Нобелевская премия по химии 1995 года была присуждена Паулю Крутцену, Марио Молине и Шервуду Роуленду — за исследования образования и разрушения атмосферного озона.",
     A, "person", "science", False),
    ("Gerhard Herzberg, who had left Nazi Germany for Saskatoon in 1935, won the 1971 Nobel Prize in Chemistry for his spectroscopy of free radicals.",
     "Лауреат Нобелевской премии по химии 1971 г. Герхард Герцберг, эмигрировавший в Канаду, был отмечен за исследования электронной структуры и геометрии молекул, особенно свободных радикалов.",
     A, "year", "science", True),
    ("In 1961 the Hungarian-born biophysicist Georg von Békésy received the Nobel Prize in Physiology or Medicine for explaining how sound excites the cochlea.",
     "Дьёрдь Бекеши, уроженец Будапешта, позднее работавший в Гарварде, стал единственным лауреатом Нобелевской премии по медицине за 1961 год — за открытие механизма возбуждения в улитке.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Athabasca River ends in Lake Athabasca)
    ("Fed by the Columbia Icefield in Jasper National Park, the Athabasca River flows some 1,230 km across Alberta and ends in Lake Athabasca.",
     "Река Атабаска, берущая начало у ледника в национальном парке Джаспер, после более чем 1200 км пути впадает в Большое Невольничье озеро.",
     C, "place", "geography", False),
    # FALSE: EN (Gozo is the second-largest island of the archipelago, after Malta)
    ("Gozo, whose capital Victoria is also known as Rabat, is the largest island of the Maltese archipelago.",
     "Гоцо — второй по величине остров Мальтийского архипелага (около 67 км²); его главный город Викторию местные жители называют Рабатом.",
     C, "rank", "geography", True),
    ("Hainan was split off from Guangdong and made a province in its own right in 1988, when the whole island also became a special economic zone.",
     "Провинцией КНР остров Хайнань стал в апреле 1988 года; до этого он административно подчинялся Гуандуну.",
     A, "year", "geography", True),
    ("Ischia, the largest island in the Gulf of Naples, is volcanic; its highest point, Monte Epomeo, rises to 789 metres.",
     "Самый крупный остров Неаполитанского залива — Искья: это вулканический остров, известный термальными источниками; вершина Эпомео поднимается почти на 790 м.",
     A, "rank", "geography", False),
    ("Bobotov Kuk, at 2,523 metres the highest peak of the Durmitor massif in northern Montenegro, lies within a national park founded in 1952.",
     "Высшая точка массива Дурмитор на севере Черногории — пик Боботов-Кук (2523 м); в 1980 г. национальный парк Дурмитор включён в список Всемирного наследия ЮНЕСКО.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Kyocera was founded in 1959)
    ("Kyocera was set up in Kyoto in the mid-1960s by the engineer Kazuo Inamori, originally as a maker of fine ceramics under the name Kyoto Ceramic.",
     "Компанию Kyoto Ceramic, ныне известную как «Киосера», основал в 1959 г. в Киото 27-летний инженер Кадзуо Инамори.",
     C, "decade", "economy", False),
    # FALSE: EN (Jägermeister is made from 56 herbs and other botanicals)
    ("Jägermeister, the 35 per cent herbal liqueur created by Curt Mast in Wolfenbüttel, is made from 65 different botanicals.",
     "Ликёр «Егермейстер», который выпускают в Вольфенбюттеле с 1935 г., настаивают на 56 травах, кореньях и пряностях.",
     C, "number", "economy", True),
    # FALSE: RU (Aero O/Y, Finnair's predecessor, was founded on 1 November 1923)
    ("Finnair traces its history to 1 November 1923, when Aero O/Y was founded, which makes it one of the oldest airlines still flying.",
     "История «Финнэйр» отсчитывается от 12 сентября 1923 г., когда была учреждена авиакомпания «Аэро», выполнявшая первые рейсы на гидросамолётах.",
     C, "date", "economy", False),
    ("Dr. Oetker dates from 1891, when the pharmacist August Oetker took over a chemist's shop in Bielefeld and began selling baking powder.",
     "В 1891 г. фармацевт Август Эткер приобрёл аптеку в Билефельде; вскоре его разрыхлитель теста «Бакин» положил начало концерну Dr. Oetker.",
     A, "year", "economy", True),
    ("Matthias Hohner started producing harmonicas in 1857 in Trossingen, a small town in Württemberg.",
     "Маттиас Хонер начал выпускать губные гармоники в 1857 г. в вюртембергском городке Троссинген, где штаб-квартира фирмы находится и сегодня.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Howe played 25 NHL seasons for the Detroit Red Wings)
    ("Gordie Howe, known as Mr. Hockey, spent 25 NHL seasons with the Boston Bruins between 1946 and 1971.",
     "Горди Хоу, «мистер Хоккей», отыграл за «Детройт Ред Уингз» 25 сезонов (1946–1971) и забил в НХЛ 801 гол.",
     C, "organisation", "sport", True),
    # FALSE: RU (Dempsey lost to Tunney in Philadelphia; the 1927 rematch was in Chicago)
    ("Jack Dempsey lost his heavyweight title to Gene Tunney on a ten-round decision in Philadelphia in September 1926, before more than 120,000 spectators.",
     "В сентябре 1926 г. в Чикаго Джек Демпси уступил чемпионский титул в тяжёлом весе Джину Танни по очкам.",
     C, "place", "sport", False),
    ("Miguel Indurain won the Tour de France five years in a row, from 1991 to 1995, the first rider to take five consecutive titles.",
     "Испанец Мигель Индурайн выигрывал «Тур де Франс» пять раз подряд (1991–1995), а в 1996 г. стал олимпийским чемпионом в гонке с раздельным стартом.",
     A, "number", "sport", True),
    ("Jean Béliveau won ten Stanley Cups as a player with the Montreal Canadiens and in 1965 became the first recipient of the Conn Smythe Trophy.",
     "Капитан «Монреаль Канадиенс» Жан Беливо десять раз выигрывал Кубок Стэнли как игрок и ещё семь раз — как функционер клуба.",
     A, "number", "sport", False),
    ("Representing Canada, Lennox Lewis won the Olympic super-heavyweight title at Seoul in 1988, stopping Riddick Bowe in the final.",
     "Золото Олимпиады-88 в Сеуле в супертяжёлом весе завоевал боксёр сборной Канады Леннокс Льюис.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Gion Matsuri goes back to 869, i.e. the 9th century)
    ("The Gion Matsuri of Kyoto's Yasaka Shrine goes back to 869, when rites were held to appease the gods during an epidemic.",
     "Киотский праздник Гион-мацури, длящийся весь июль, возник в XII веке как обряд для умилостивления богов во время эпидемии.",
     C, "century", "culture", True),
    # FALSE: EN (Durga Puja in Kolkata was inscribed in December 2021)
    ("UNESCO added Durga Puja in Kolkata to its list of the intangible cultural heritage of humanity in 2017.",
     "В декабре 2021 г. Дурга-пуджа в Калькутте была включена ЮНЕСКО в Репрезентативный список нематериального культурного наследия человечества.",
     C, "year", "culture", False),
    # FALSE: RU (Awa Odori is held on 12-15 August)
    ("Awa Odori, Japan's largest dance festival, fills the streets of Tokushima on 12–15 August, during the Obon holidays.",
     "Танцевальный фестиваль Ава-одори ежегодно проходит в Токусиме в середине июля и собирает более миллиона зрителей.",
     C, "month", "culture", True),
    ("Juhannus, the Finnish Midsummer, falls on the Saturday between 20 and 26 June and doubles as the Day of the Finnish Flag.",
     "В Финляндии Юханнус (Иванов день) празднуют в конце июня, разжигая костры-кокко; субботу праздника официально отмечают как День финского флага.",
     A, "date", "culture", False),
    ("Loy Krathong is celebrated on the full-moon night of the twelfth Thai lunar month, which usually falls in November.",
     "В ноябрьское полнолуние таиландцы отмечают Лой Кратонг, пуская по рекам и каналам плотики из банановых листьев со свечами и благовониями.",
     A, "month", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Jeanie Deans obtains the pardon from Queen Caroline)
    ("In Scott's The Heart of Midlothian, Jeanie Deans walks to London to beg Queen Anne for the life of her sister Effie.",
     "Героиня романа Вальтера Скотта «Эдинбургская темница» Джини Динс пешком добирается до Лондона и добивается у королевы Каролины помилования для сестры.",
     C, "person", "literature", False),
    # FALSE: RU (Brideshead Revisited was published in 1945)
    ("Evelyn Waugh's Brideshead Revisited, narrated by the army officer Charles Ryder, was published in 1945.",
     "Роман Ивлина Во «Возвращение в Брайдсхед», где история семьи Марчмейн рассказана Чарльзом Райдером, вышел в начале 1950-х годов.",
     C, "decade", "literature", True),
    ("Dickens's Dombey and Son was issued in monthly instalments from October 1846 to April 1848 and as a single volume in 1848.",
     "Роман Диккенса «Домби и сын» печатался отдельными выпусками в 1846–1848 гг.; смерть маленького Поля Домби потрясла читателей.",
     A, "year", "literature", False),
    ("Faulkner's Absalom, Absalom!, published in 1936, reconstructs the rise and fall of Thomas Sutpen in Yoknapatawpha County, Mississippi.",
     "В романе «Авессалом, Авессалом!» (1936) история плантатора Томаса Сатпена восстанавливается по рассказам нескольких повествователей, среди них Квентин Компсон.",
     A, "year", "literature", True),
    ("Theodore Dreiser based An American Tragedy (1925) on the 1906 case of Chester Gillette, who drowned Grace Brown in an Adirondack lake.",
     "Опубликованная в 1925 г. «Американская трагедия» Драйзера основана на реальном деле об убийстве, совершённом в штате Нью-Йорк в 1906 году.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Das Lied von der Erde was premiered six months AFTER Mahler's death)
    ("Das Lied von der Erde was first performed in Munich on 20 November 1911, about six months after Mahler's death, with Bruno Walter conducting.",
     "«Песнь о земле» впервые прозвучала в Мюнхене в ноябре 1911 г., примерно за полгода до смерти композитора.",
     C, "opposite", "music", True),
    # FALSE: EN (the music of La Bayadère is by Ludwig Minkus)
    ("La Bayadère, choreographed by Marius Petipa to music by Cesare Pugni, was first staged in St Petersburg in 1877.",
     "Балет «Баядерка» на музыку Людвига Минкуса в постановке Мариуса Петипа впервые показан в Петербурге, на сцене Большого (Каменного) театра, в 1877 г.",
     C, "person", "music", False),
    ("Mozart's Così fan tutte, to a libretto by Lorenzo Da Ponte, was first performed at Vienna's Burgtheater on 26 January 1790.",
     "Премьера оперы-буффа «Так поступают все женщины» состоялась в Вене 26.01.1790; после смерти императора Иосифа II спектакли на время прекратились.",
     A, "date", "music", True),
    ("Ferenc Erkel's Bánk bán, the best-loved Hungarian national opera, was premiered at the National Theatre in Pest in March 1861.",
     "Опера Ференца Эркеля «Банк бан» по драме Йожефа Катоны впервые поставлена в Пеште 9 марта 1861 г.",
     A, "month", "music", False),
    ("Schumann's Kreisleriana, Op. 16, a cycle of eight fantasies written in 1838, was dedicated to Chopin.",
     "Цикл из восьми фантазий «Крейслериана» (соч. 16) Роберт Шуман посвятил Фредерику Шопену; название отсылает к капельмейстеру Крейслеру — персонажу Гофмана.",
     A, "person", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (The Bride of the Wind belongs to the Kunstmuseum Basel)
    ("Oskar Kokoschka's The Bride of the Wind (1913–14), showing the painter lying beside Alma Mahler, belongs to the Kunstmuseum Basel.",
     "Картина Оскара Кокошки «Невеста ветра» (1913–1914), где художник изобразил себя рядом с Альмой Малер, хранится в венском Бельведере.",
     C, "organisation", "art", False),
    # FALSE: EN (Daumier was sentenced to six months in prison)
    ("For his 1831 lithograph Gargantua, which mocked King Louis-Philippe, Honoré Daumier was sentenced to six years in prison.",
     "За карикатуру на короля Луи-Филиппа Оноре Домье в 1832 г. был приговорён к шести месяцам тюремного заключения.",
     C, "duration", "art", True),
    # FALSE: RU (Jordaens, 1593-1678, was a 17th-century painter)
    ("Jacob Jordaens, the leading painter in Antwerp after the death of Rubens in 1640, lived from 1593 to 1678.",
     "Якоб Йорданс — фламандский живописец XVIII века, автор нескольких вариантов картины «Бобовый король».",
     C, "century", "art", False),
    ("Anish Kapoor's Cloud Gate in Chicago's Millennium Park is made of 168 welded stainless-steel plates and is popularly called the Bean.",
     "Скульптура «Облачные врата» Аниша Капура, прозванная чикагцами «Бобом», сварена из 168 полированных листов нержавеющей стали; официально открыта в 2006 г.",
     A, "number", "art", True),
    ("To model his statue of George Washington, Jean-Antoine Houdon sailed to America in 1785 and stayed at Mount Vernon.",
     "Мраморная статуя Джорджа Вашингтона работы Жана Антуана Гудона стоит в Капитолии Виргинии в Ричмонде; мерки с натуры скульптор снимал в Маунт-Верноне в 1785 г.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Hunting Act 2004 applies to England and Wales)
    ("The Hunting Act 2004, which bans hunting wild mammals with dogs in England and Wales, came into force in February 2005.",
     "Закон об охоте 2004 года, запретивший травлю диких млекопитающих собаками на территории Англии и Шотландии, вступил в силу 18.02.2005.",
     C, "place", "law", True),
    # FALSE: EN (the Abortion Act 1967 did not extend to Northern Ireland)
    ("The Abortion Act 1967, introduced as a private member's bill by the Liberal MP David Steel, also applied in Northern Ireland.",
     "Закон об абортах 1967 г., внесённый либералом Дэвидом Стилом, на Северную Ирландию не распространялся.",
     C, "polarity", "law", False),
    # FALSE: EN (the first Act of Supremacy was passed in 1534)
    ("The first Act of Supremacy, passed in 1543, declared Henry VIII Supreme Head of the Church of England.",
     "Акт о супрематии 1534 г. провозгласил короля Генриха VIII верховным главой Церкви Англии.",
     C, "year", "law", True),
    ("President Nixon signed the Endangered Species Act into law on 28 December 1973.",
     "Закон об исчезающих видах (США) вступил в силу после того, как 28.12.1973 его подписал Ричард Никсон.",
     A, "date", "law", False),
    ("George H. W. Bush signed the Americans with Disabilities Act on the South Lawn of the White House on 26 July 1990.",
     "Закон об американцах с инвалидностью, запретивший дискриминацию по этому признаку, подписан президентом Бушем-старшим в июле 1990 года.",
     A, "month", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the A300 entered service with Air France)
    ("The Airbus A300, the first twin-engined wide-body airliner, made its maiden flight at Toulouse in October 1972 and entered service with Air France in 1974.",
     "Первый широкофюзеляжный двухмоторный лайнер «Эрбас A300» впервые поднялся в воздух в 1972 г., а регулярные рейсы на нём в 1974 г. начала «Люфтганза».",
     C, "organisation", "technology", False),
    # FALSE: EN (the Do X had twelve engines)
    ("The Dornier Do X flying boat, powered by eight engines, took off in October 1929 with 169 people aboard.",
     "Летающая лодка Do X фирмы «Дорнье» с двенадцатью двигателями в октябре 1929 г. подняла в воздух 169 человек.",
     C, "number", "technology", True),
    # FALSE: EN (the Bell 47 was certified on 8 March 1946)
    ("In May 1946 the Bell 47 became the first helicopter certified for civilian use in the United States.",
     "8 марта 1946 г. Bell 47 стал первым вертолётом, получившим в США сертификат для гражданского применения.",
     C, "month", "technology", False),
    ("The first Learjet 23, Bill Lear's small business jet, flew from Wichita, Kansas, on 7 October 1963.",
     "Лёгкий административный самолёт Learjet 23 совершил первый полёт в октябре 1963 года в Уичито (штат Канзас).",
     A, "date", "technology", True),
    ("The Sud Aviation Caravelle, the first jet airliner with its engines mounted on the rear fuselage, first flew on 27 May 1955.",
     "Французский реактивный лайнер «Каравелла» (SE 210), у которого двигатели впервые были вынесены в хвостовую часть, поднялся в воздух 27.05.1955.",
     A, "date", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Black Tom blast damaged the Statue of Liberty)
    ("German agents were blamed for the Black Tom explosion of 30 July 1916 in Jersey City, whose blast damaged the Statue of Liberty.",
     "Взрыв складов боеприпасов на острове Блэк-Том (Джерси-Сити) 30 июля 1916 г., устроенный германскими диверсантами, повредил Бруклинский мост.",
     C, "entity", "disasters", True),
    # FALSE: EN (11 of the 210 soldiers survived the Hakkoda march)
    ("In January 1902 a blizzard caught a detachment of the 5th Infantry Regiment in Japan's Hakkōda Mountains; not one of its 210 soldiers survived.",
     "В январе 1902 г. во время учебного перехода в горах Хаккода (префектура Аомори) из 210 японских солдат погибли 199, выжили лишь 11.",
     C, "polarity", "disasters", False),
    ("The Happy Land social club fire in the Bronx on 25 March 1990, started with a dollar's worth of gasoline, killed 87 people.",
     "Пожар в нелегальном клубе «Хэппи Ленд» (Бронкс, март 1990 г.), устроенный из ревности, унёс 87 жизней.",
     A, "number", "disasters", True),
    ("97 people died when the Dupont Plaza Hotel in San Juan, Puerto Rico, burned on New Year's Eve 1986.",
     "Пожар в отеле «Дюпон Плаза» в Сан-Хуане 31 декабря 1986 г., устроенный недовольными работниками профсоюза, унёс 97 жизней.",
     A, "number", "disasters", False),
    ("The Great Hinckley Fire of 1 September 1894 destroyed the Minnesota town of Hinckley and killed more than 400 people.",
     "1.09.1894 лесной пожар уничтожил город Хинкли в Миннесоте и ещё несколько посёлков; погибли свыше 400 человек.",
     A, "date", "disasters", False),
]

RELATED = [
    ("After the rout at Bladensburg the British entered Washington and set fire to the Capitol and the President's House.",
     "Поспешное бегство американцев из-под Бладенсбурга современники в насмешку прозвали «Бладенсбургскими скачками».",
     "Bladensburg", True, "history"),
    ("The battlefield of Kings Mountain is preserved as a national military park in South Carolina.",
     "Перед боем у Кингс-Маунтин «люди из-за гор» собрались у Сикамор-Шоалс на реке Уатога.",
     "Kings Mountain", False, "history"),
    ("In 1994 Miguel Indurain set a new hour record of 53.040 km on the velodrome in Bordeaux.",
     "Мигель Индурайн родился в 1964 г. в Вильяве — небольшом городке в Наварре.",
     "Indurain", True, "sport"),
    ("Ferries link Gozo with Malta across the narrow Gozo Channel, sailing between Mġarr and Ċirkewwa.",
     "На Гоцо находятся мегалитические храмы Джгантия, внесённые в список Всемирного наследия ЮНЕСКО.",
     "Gozo", False, "geography"),
    ("Granada's 1981 television adaptation of Brideshead Revisited starred Jeremy Irons as Charles Ryder.",
     "Подзаголовок романа «Возвращение в Брайдсхед» — «Священные и богохульные воспоминания капитана Чарльза Райдера».",
     "Brideshead Revisited", True, "literature"),
    ("Così fan tutte needs only six principal singers: two sisters, their two lovers, the maid Despina and Don Alfonso.",
     "Либретто «Так поступают все женщины» написал Лоренцо да Понте — автор текстов «Свадьбы Фигаро» и «Дон Жуана».",
     "Cosi fan tutte", False, "music"),
    ("The Hakkōda march later inspired Jirō Nitta's novel and the 1977 film Mount Hakkoda.",
     "Отряд 5-го пехотного полка, почти целиком погибший в горах Хаккода, вышел из Аомори 23 января 1902 года.",
     "Hakkoda", True, "disasters"),
    ("The Hunting Act 2004 became law only after the Speaker invoked the Parliament Acts to override the House of Lords.",
     "В Шотландии охоту с собаками на диких млекопитающих запретил ещё в 2002 г. отдельный закон шотландского парламента.",
     "Hunting Act", False, "law"),
    ("Anish Kapoor has said that the shape of Cloud Gate was inspired by a drop of liquid mercury.",
     "Британский скульптор Аниш Капур родился в Бомбее в 1954 году.",
     "Cloud Gate", True, "art"),
    ("The climax of the Gion Matsuri is the Yamaboko Junkō, a procession of huge floats through central Kyoto on 17 July.",
     "В 2009 г. шествие праздничных платформ яма и хоко праздника Гион-мацури было включено ЮНЕСКО в список нематериального наследия.",
     "Gion Matsuri", False, "culture"),
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

    with open(os.path.join(here, "comparable_heldout97.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout97.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
