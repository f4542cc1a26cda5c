#!/usr/bin/env python3
"""Build heldout151: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Battle of Harlaw was fought on 24 July 1411)
    ("The Battle of Harlaw, fought near Inverurie in Aberdeenshire on 24 July 1411, pitted Donald, Lord of the Isles, against an army raised by the Earl of Mar.",
     "Кровавая битва при Харло, где войску Дональда, лорда Островов, противостояло ополчение графа Мара, разыгралась в сентябре 1411 г. близ Инверури.",
     C, "month", "history", True),
    # FALSE: EN (the Anglo-Irish army at Faughart was led by John de Bermingham)
    ("On 14 October 1318, at Faughart near Dundalk, an Anglo-Irish army under Roger Mortimer defeated the Scots, and Edward Bruce was killed in the fighting.",
     "В сражении при Фохарте (14.10.1318) англо-ирландское войско Джона де Бермингема разгромило шотландцев; пал и брат короля Роберта I — Эдуард Брюс.",
     C, "person", "history", False),
    # FALSE: RU (Montrose won at Kilsyth; Baillie's Covenanters were routed)
    ("At Kilsyth, north-east of Glasgow, the royalist Marquis of Montrose routed William Baillie's Covenanter army on 15 August 1645, crowning a year of victories.",
     "15.08.1645 под Килсайтом ковенантеры генерала Уильяма Бейли наголову разбили армию маркиза Монтроза, сражавшегося за короля Карла I.",
     C, "opposite", "history", True),
    ("At Edgecote Moor, near Banbury, on 26 July 1469, northern rebels in league with the Earl of Warwick defeated the royal army of William Herbert, Earl of Pembroke.",
     "Битва при Эджкот-Муре (1469 г.) закончилась поражением королевского войска: мятежники, действовавшие заодно с Уориком, взяли в плен графа Пембрука и вскоре казнили его.",
     A, "year", "history", False),
    ("On 26 August 1612, at Kringen in the Gudbrandsdal valley, Norwegian peasants ambushed a column of Scottish mercenaries marching to join the Swedish army.",
     "26.08.1612 у Крингена в долине Гудбрандсдал норвежские крестьяне из засады уничтожили отряд шотландских наёмников; погиб и его командир Джордж Синклер.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Collatz posed the problem in 1937, i.e. in the 1930s)
    ("The German mathematician Lothar Collatz first posed his famous 3n + 1 problem in the 1950s; it remains unproven to this day.",
     "Гипотезу Коллатца, известную также как «задача 3n+1», немецкий математик Лотар Коллатц сформулировал в 1937 г.; доказательства нет до сих пор.",
     C, "decade", "science", True),
    # FALSE: RU (the transcendence of pi was proved by Ferdinand von Lindemann; Hermite proved it for e in 1873)
    ("In 1882 Ferdinand von Lindemann proved that π is transcendental, which settled that the circle cannot be squared with compass and straightedge.",
     "Трансцендентность числа π доказал в 1882 г. француз Шарль Эрмит, поставив тем самым точку в многовековом споре о квадратуре круга.",
     C, "person", "science", False),
    ("Take any four-digit number with at least two different digits, subtract its smallest digit arrangement from its largest, repeat, and you reach 6174 within seven steps.",
     "Постоянная Капрекара, 6174, получается не более чем за семь итераций из любого четырёхзначного числа, если не все его цифры одинаковы.",
     A, "number", "science", True),
    ("Anomalocaris, a large Cambrian predator, was named in 1892 by Joseph Whiteaves, who mistook one of its grasping appendages for the body of a shrimp-like animal.",
     "Название аномалокарису — «необычная креветка» — дал в 1892 г. канадский палеонтолог Джозеф Уайтивс, описавший по отдельной хватательной конечности якобы ракообразное.",
     A, "year", "science", False),
    ("Eoraptor lunensis, a small early dinosaur from Argentina's Valley of the Moon, was described in 1993 by Paul Sereno and colleagues.",
     "Эораптор, живший около 231 млн лет назад на территории нынешней Аргентины, описан группой палеонтолога Пола Серено в 1993 году.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (Ben Macdui is the second-highest mountain in the UK)
    ("Ben Macdui, 1,309 metres high, is the highest summit of the Cairngorms and the second-highest mountain in the United Kingdom after Ben Nevis.",
     "Бен-Макдуи (1309 м) в массиве Кэрнгорм — третья по высоте гора Великобритании; с её вершиной связана легенда о «Большом сером человеке».",
     C, "rank", "geography", False),
    # FALSE: EN (Helvellyn is 950 m high)
    ("Helvellyn, between Thirlmere and Ullswater in the Lake District, rises to about 1,050 metres and is often named England's third-highest mountain.",
     "Хелвеллин — третья по высоте вершина Англии (950 м) — расположен в Озёрном крае, между озёрами Тирлмир и Алсуотер.",
     C, "number", "geography", True),
    # FALSE: RU (the Dunajec is a tributary of the Vistula, not the Oder)
    ("The Dunajec, a river of roughly 250 kilometres, is formed at Nowy Targ below the Tatras, cuts through the Pieniny gorge and joins the Vistula.",
     "Дунаец берёт начало в Татрах, прорезает живописное ущелье Пенин на границе Польши и Словакии и впадает в Одру.",
     C, "entity", "geography", False),
    ("Cadair Idris, whose summit Penygadair stands 893 metres high, towers over the market town of Dolgellau in the south of Snowdonia.",
     "Кадер-Идрис — горный массив высотой около 890 м в Сноудонии; у его подножия лежит городок Долгеллау.",
     A, "number", "geography", True),
    ("The Gydan Peninsula in Arctic Siberia lies between the Gulf of Ob and the Yenisei Gulf, two long inlets of the Kara Sea.",
     "Гыданский полуостров, большей частью входящий в Ямало-Ненецкий автономный округ, омывается Обской и Енисейской губами Карского моря.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Kartell was founded in 1949, not in the 1960s)
    ("Kartell was set up in Milan in 1949 by the chemical engineer Giulio Castelli to turn out everyday objects in plastic.",
     "Итальянскую компанию Kartell, прославившуюся дизайнерской мебелью из пластика, инженер-химик Джулио Кастелли основал в Милане в 1960-х гг.",
     C, "decade", "economy", True),
    # FALSE: EN (Clas Ohlson started in Insjön, Dalarna, not in Uppsala)
    ("The Swedish hardware retailer Clas Ohlson began in 1918 as a mail-order business run by its founder from the university town of Uppsala.",
     "Сеть магазинов Clas Ohlson выросла из посылочной торговли, которую её основатель открыл в 1918 г. в посёлке Инсьён (лен Даларна).",
     C, "place", "economy", False),
    # FALSE: RU (Lars Larsen opened the first Jysk shop in Aarhus in 1979)
    ("Jysk, the Danish home-furnishings chain, was founded by Lars Larsen, who opened its first shop in Aarhus in 1979.",
     "Первый магазин Jysk Ларс Ларсен открыл в Орхусе в 1989 г.; сегодня датская сеть товаров для дома работает во многих странах.",
     C, "year", "economy", True),
    ("Dabur, now a big Indian maker of Ayurvedic and consumer products, was founded in Calcutta in 1884 by the physician S. K. Burman.",
     "Историю концерна Dabur начал в 1884 г. калькуттский врач С. К. Бурман, готовивший аюрведические лекарства.",
     A, "person", "economy", False),
    ("Larsen & Toubro was founded in Bombay in 1938 by two Danish engineers, Henning Holck-Larsen and Søren Kristian Toubro.",
     "Индийский инженерно-строительный гигант Larsen & Toubro основали в 1938 г. в Бомбее датчане Х. Хольк-Ларсен и С. К. Тубро.",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Elek's second Olympic title came in London in 1948; in Helsinki 1952 she took silver)
    ("The Hungarian fencer Ilona Elek won the Olympic women's foil title at Berlin in 1936 and defended it twelve years later in London.",
     "Венгерская фехтовальщица Илона Элек — двукратная олимпийская чемпионка в рапире: она побеждала в Берлине (1936) и в Хельсинки.",
     C, "place", "sport", False),
    # FALSE: EN (Gyarmati won three Olympic golds: 1952, 1956, 1964; five medals in all)
    ("Dezső Gyarmati, a pillar of Hungary's water polo team, won five Olympic gold medals between 1948 and 1964.",
     "Деже Дьярмати — трёхкратный олимпийский чемпион по водному поло (1952, 1956, 1964) в составе сборной Венгрии.",
     C, "number", "sport", True),
    ("At the 1960 Rome Olympics the East German diver Ingrid Krämer won both women's diving events, the springboard and the platform.",
     "На Играх в Риме Ингрид Кремер из ГДР выиграла оба женских турнира по прыжкам в воду — с трамплина и с вышки.",
     A, "entity", "sport", False),
    ("Switzerland's Erika Hess, a slalom specialist, won the overall Alpine Skiing World Cup twice, in 1982 and 1984.",
     "Швейцарская горнолыжница Эрика Хесс дважды выигрывала общий зачёт Кубка мира — в сезонах 1981/82 и 1983/84.",
     A, "year", "sport", True),
    ("Argentina's Delfo Cabrera won the marathon at the 1948 London Olympics, passing the exhausted Belgian Étienne Gailly inside Wembley Stadium.",
     "Олимпийский марафон 1948 г. в Лондоне выиграл аргентинец Дельфо Кабрера; серебро досталось британцу Тому Ричардсу.",
     A, "place", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Lincoln Logs were invented by John Lloyd Wright, the architect's son)
    ("Lincoln Logs, the notched wooden toy building kit, was invented around 1916 by the architect Frank Lloyd Wright.",
     "Деревянный конструктор Lincoln Logs из брёвнышек с пазами придумал в 1916 г. Джон Ллойд Райт — сын знаменитого архитектора.",
     C, "person", "culture", True),
    # FALSE: RU (the Erector Set was introduced in 1913)
    ("A. C. Gilbert launched the Erector Set, a construction toy of small metal girders, nuts and bolts, at a New York toy fair in 1913.",
     "Металлический конструктор Erector Set с балками, гайками и болтами Альфред Карлтон Гилберт впервые представил публике в 1923 г.",
     C, "year", "culture", False),
    # FALSE: EN (G.I. Joe was launched by Hasbro)
    ("G.I. Joe, a jointed soldier figure almost a foot tall, was launched by Mattel in 1964 and marketed as an 'action figure' rather than a doll.",
     "Фигурку солдата G.I. Joe компания Hasbro выпустила в 1964 г., назвав её «экшен-фигуркой», чтобы мальчики не считали игрушку куклой.",
     C, "organisation", "culture", True),
    ("Cabbage Patch Kids, cloth dolls that Xavier Roberts had sold as 'Little People' since 1978, sparked scuffles in American shops at Christmas 1983.",
     "Куклы Cabbage Patch Kids Ксавьера Робертса, продававшиеся с конца 1970-х, перед Рождеством 1983 г. вызвали в американских магазинах настоящие драки.",
     A, "year", "culture", False),
    ("Dixit, a storytelling card game with dreamlike pictures by Marie Cardouat, was designed by Jean-Louis Roubira, published in 2008 and named Spiel des Jahres in 2010.",
     "Карточная игра «Диксит» француза Жан-Луи Рубиры вышла в 2008 г., а спустя два года получила немецкую премию «Игра года».",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Los de abajo was first serialised in 1915 in El Paso, Texas)
    ("Mariano Azuela's novel of the Mexican Revolution, Los de abajo, first appeared in 1915 as a newspaper serial in Mexico City.",
     "Роман Мариано Асуэлы «Те, кто внизу» о мексиканской революции впервые печатался с продолжением в 1915 г. в газете техасского города Эль-Пасо.",
     C, "place", "literature", False),
    # FALSE: EN (the definitive Cecilia Valdés appeared in New York in 1882)
    ("Cirilo Villaverde's Cecilia Valdés, the great Cuban novel of slavery and colour in colonial Havana, appeared in its definitive form in New York in 1892.",
     "Окончательная редакция романа Сирило Вильяверде «Сесилия Вальдес» вышла в Нью-Йорке в 1882 г.; первый том автор опубликовал ещё в 1839 г.",
     C, "year", "literature", True),
    ("Canaima, Rómulo Gallegos's novel of the Venezuelan Guayana jungle and its rubber and gold fever, came out in 1935.",
     "Роман Ромуло Гальегоса «Канайма» (1935) рассказывает о Маркосе Варгасе, уходящем в сельву венесуэльской Гвианы.",
     A, "year", "literature", False),
    ("Friedrich Schlegel's Lucinde, published in 1799, shocked readers with its frank celebration of sensual love.",
     "Роман Фридриха Шлегеля «Люцинда» (1799) вызвал скандал откровенностью в изображении любви; в героине видели Доротею Фейт.",
     A, "year", "literature", True),
    ("Chekhov's story Gooseberries, published in 1898, is the middle part of his Little Trilogy, between The Man in a Case and About Love.",
     "Рассказ «Крыжовник» — вторая часть «маленькой трилогии» Чехова; он был напечатан в 1898 г. в журнале «Русская мысль».",
     A, "entity", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Bucks Fizz won the 1981 contest)
    ("Bucks Fizz finished second at the 1981 Eurovision Song Contest in Dublin with the bouncy 'Making Your Mind Up'.",
     "Британский квартет Bucks Fizz победил на «Евровидении-1981» в Дублине с песней «Making Your Mind Up».",
     C, "rank", "music", True),
    # FALSE: RU (Hunyadi Laszlo premiered on 27 January 1844)
    ("Ferenc Erkel's opera Hunyadi László had its first performance at the National Theatre in Pest on 27 January 1844.",
     "Премьера оперы Ференца Эркеля «Ласло Хуньяди» состоялась в Национальном театре Пешта 27 мая 1844 г.",
     C, "month", "music", False),
    ("The Herrey brothers won Eurovision for Sweden in 1984 in Luxembourg with 'Diggi-Loo Diggi-Ley', performed in golden boots.",
     "Шведское трио братьев Херрей (Herreys) выиграло «Евровидение» 1984 г. в Люксембурге с песней «Diggi-Loo Diggi-Ley».",
     A, "year", "music", True),
    ("Clannad was formed in 1970 in Gweedore, County Donegal, by siblings of the Brennan family and their twin uncles.",
     "Ирландская группа Clannad, основанная в 1970 г. в Гуидоре, прославилась композицией «Theme from Harry's Game» (1982).",
     A, "year", "music", False),
    ("Gorillaz, a 'virtual' band fronted by cartoon characters, was dreamed up in 1998 by the musician Damon Albarn and the comic artist Jamie Hewlett.",
     "Виртуальную группу Gorillaz придумали в 1998 г. Деймон Албарн и художник Джейми Хьюлетт; дебютный альбом вышел в 2001-м.",
     A, "person", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (the Lady of Elche was sold to the Louvre)
    ("The Lady of Elche, an Iberian limestone bust, was dug up at L'Alcúdia near Elche in August 1897 and sold within weeks to the Louvre.",
     "Иберийский каменный бюст «Дама из Эльче», найденный в 1897 г., был вскоре продан Британскому музею и вернулся в Испанию лишь в 1941 г.",
     C, "organisation", "art", False),
    # FALSE: RU (the Cuerdale Hoard was buried c. 905-910, i.e. in the 10th century)
    ("The Cuerdale Hoard, some 8,600 pieces of Viking silver found beside the River Ribble near Preston in 1840, was buried around 905–910.",
     "Клад из Кердейла — около 8600 серебряных монет и слитков викингов, найденных в 1840 г. на берегу Рибла, — был зарыт в XII веке.",
     C, "century", "art", True),
    # FALSE: EN (the Book of Durrow dates from the second half of the 7th century)
    ("The Book of Durrow, the earliest complete illuminated Gospel book of Insular art, was produced in the ninth century and is kept at Trinity College Dublin.",
     "Дарроуская книга — древнейшее из полностью сохранившихся иллюминированных Евангелий островного стиля — создана во второй половине VII в.; хранится в Тринити-колледже в Дублине.",
     C, "century", "art", False),
    ("The Broighter Gold, an Iron Age hoard that includes a tiny gold boat complete with oars, was turned up by ploughmen near Limavady in 1896.",
     "Золотая модель лодки с вёслами и мачтой — жемчужина клада, найденного в 1896 г. двумя пахарями близ Лимавади в Северной Ирландии.",
     A, "year", "art", True),
    ("The Gebel el-Arak Knife, a flint blade with a carved ivory handle from about 3300–3200 BC, was bought for the Louvre in 1914.",
     "Нож из Джебель-эль-Арака (конец IV тыс. до н. э.) с резной костяной рукоятью хранится в Лувре с 1914 года.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the Geary Act extended Chinese exclusion by ten years)
    ("The Geary Act of 1892 extended the Chinese Exclusion Act for another twenty years and obliged Chinese residents to carry certificates of residence.",
     "Принятый в 1892 г. «закон Гири» продлил действие закона об исключении китайцев на десять лет и обязал китайцев в США иметь при себе удостоверение о резидентстве.",
     C, "duration", "law", True),
    # FALSE: RU (COPPA protects children under 13)
    ("COPPA, the US Children's Online Privacy Protection Act of 1998, requires websites to obtain parental consent before collecting personal data from children under 13.",
     "Американский закон COPPA (1998) требует от сайтов получать согласие родителей, прежде чем собирать личные данные детей младше 16 лет.",
     C, "number", "law", False),
    ("Robert Tappan Morris, author of the 1988 internet worm, became the first person convicted under the 1986 Computer Fraud and Abuse Act.",
     "Первым осуждённым по американскому закону о компьютерном мошенничестве и злоупотреблениях (1986) стал Роберт Моррис — создатель «червя Морриса».",
     A, "person", "law", True),
    ("Signed by Henry III on 6 May 1576, the Edict of Beaulieu ended France's fifth religious war on terms very favourable to the Huguenots.",
     "Эдикт в Больё (06.05.1576), известный как «мир Месье», предоставил гугенотам свободу богослужения повсюду, кроме Парижа и его окрестностей.",
     A, "date", "law", False),
    ("The Augsburg Interim, imposed by Charles V in 1548, allowed Protestant clergy to marry and laymen to receive communion in both kinds until a church council decided.",
     "Аугсбургский интерим 1548 г., навязанный протестантам императором Карлом V, сохранял католическое учение, уступив лишь в вопросах брака священников и причастия под двумя видами.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the Datapoint 2200 instruction set became that of Intel's 8008)
    ("The Datapoint 2200, a programmable terminal launched in 1970 by a San Antonio firm, supplied the instruction set of Motorola's 8008 microprocessor.",
     "Система команд терминала Datapoint 2200 (1970) легла в основу микропроцессора Intel 8008, а через него — и всей линейки x86.",
     C, "organisation", "technology", False),
    # FALSE: RU (the IMSAI 8080 appeared in WarGames, 1983)
    ("The IMSAI 8080, an early microcomputer closely modelled on the Altair 8800, went on sale in 1975 and later appeared in the film WarGames.",
     "Микрокомпьютер IMSAI 8080 — почти копия Altair 8800 — продавался с 1975 г.; позднее его можно было увидеть в фильме «Трон».",
     C, "entity", "technology", True),
    # FALSE: RU (the Galaksija was designed as a do-it-yourself kit built from published plans)
    ("The Galaksija, a Z80-based home computer designed by Voja Antonić, could be built at home from plans published in a Belgrade magazine in 1983–84.",
     "Югославский компьютер «Галаксия» на процессоре Z80 (конструктор Воя Антонич) не предназначался для самостоятельной сборки и продавался только готовым.",
     C, "polarity", "technology", False),
    ("Haskell, a purely functional programming language named after the logician Haskell Curry, reached its first version, Haskell 1.0, in 1990.",
     "Первая версия (1.0) чисто функционального языка Haskell, названного в честь логика Хаскелла Карри, вышла 1 апреля 1990 года.",
     A, "year", "technology", True),
    ("The Kine Exakta, launched in 1936 by the Dresden firm Ihagee, is usually counted as the first mass-produced 35 mm single-lens reflex camera.",
     "Первой серийной малоформатной «зеркалкой» обычно называют Kine Exakta дрезденской фирмы Ihagee, выпущенную в 1936 году.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Jarrell tornado was rated F5)
    ("The tornado that struck Jarrell, Texas, on 27 May 1997, killing 27 people, was rated F3 on the Fujita scale.",
     "Смерч, обрушившийся 27.05.1997 на техасский городок Джаррелл, получил высшую категорию F5 по шкале Фудзиты; погибли 27 человек.",
     C, "scale", "disasters", True),
    # FALSE: EN (the Bad Reichenhall ice rink roof collapsed on 2 January 2006)
    ("In February 2006 the snow-laden roof of the ice rink in Bad Reichenhall, Bavaria, caved in, killing 15 people, most of them children and teenagers.",
     "02.01.2006 под тяжестью снега обрушилась крыша ледового катка в баварском Бад-Райхенхалле; погибли 15 человек, в основном дети и подростки.",
     C, "month", "disasters", False),
    ("On the morning of 6 April 1936 a tornado tore through Gainesville, Georgia, killing 203 people, many of them in a garment factory.",
     "Торнадо 06.04.1936 в Гейнсвилле (штат Джорджия) унёс жизни 203 человек и стал одним из самых смертоносных в истории США.",
     A, "date", "disasters", True),
    ("On 24 June 2002 a crowded passenger train rolled backwards down a slope near Igandu, in central Tanzania, and smashed into a goods train, killing 281 people.",
     "Катастрофа у Иганду 24.06.2002 — самая тяжёлая в истории железных дорог Танзании: сорвавшийся под уклон пассажирский состав врезался в товарный, погиб 281 человек.",
     A, "number", "disasters", False),
    ("In the early hours of 2 August 1999 the Avadh Assam Express and the Brahmaputra Mail collided head-on at Gaisal station in West Bengal, killing at least 285 people.",
     "Лобовое столкновение двух экспрессов на станции Гайсал (Западная Бенгалия) в ночь на 2 августа 1999 г. унесло не менее 285 жизней.",
     A, "date", "disasters", False),
]

RELATED = [
    ("Edward Bruce had landed at Larne in May 1315 and was proclaimed High King of Ireland the following year.",
     "Голову павшего при Фохарте Эдуарда Брюса победители отправили в Лондон королю Эдуарду II.",
     "Faughart", True, "history"),
    ("Ferdinand von Lindemann supervised the doctoral thesis of the young David Hilbert at the University of Königsberg.",
     "Фердинанд фон Линдеман много лет преподавал в Мюнхенском университете и умер в Мюнхене в 1939 г.",
     "Lindemann", False, "science"),
    ("In December 1926 Bert Hinkler and John Leeming landed a small aeroplane on the summit plateau of Helvellyn.",
     "Одна из самых популярных троп на вершину Хелвеллина проходит по узкому скалистому гребню Страйдинг-Эдж.",
     "Helvellyn", True, "geography"),
    ("The name Dabur is said to join 'Da' from daktar, meaning doctor, with 'bur' from the founder's surname, Burman.",
     "Одна из самых известных марок концерна Dabur — аюрведическое снадобье «Чьяванпраш» на основе плодов амлы.",
     "Dabur", False, "economy"),
    ("As a coach, Dezső Gyarmati later led Hungary's water polo team to Olympic gold at the 1976 Montreal Games.",
     "Свою первую олимпийскую медаль — серебро — Деже Дьярмати завоевал ещё на Играх 1948 г. в Лондоне.",
     "Gyarmati", True, "sport"),
    ("John Lloyd Wright is said to have got the idea for Lincoln Logs from the interlocking timber foundations of his father's Imperial Hotel in Tokyo.",
     "Название конструктора Lincoln Logs напоминает о бревенчатой хижине, в которой родился Авраам Линкольн.",
     "Lincoln Logs", False, "culture"),
    ("In Chekhov's Gooseberries the veterinary surgeon Ivan Ivanych tells how his brother Nikolai finally bought an estate with gooseberry bushes.",
     "В «Крыжовнике» звучит знаменитая мысль Чехова: за дверью каждого довольного человека должен стоять кто-нибудь с молоточком и напоминать о несчастных.",
     "Gooseberries", True, "literature"),
    ("During Bucks Fizz's Eurovision routine the two men tore off the women's long skirts to reveal shorter ones underneath.",
     "Группу Bucks Fizz собрали в начале 1981 г. специально для британского отбора на конкурс; в неё вошли Черил Бейкер, Джей Астон, Бобби Джи и Майк Нолан.",
     "Bucks Fizz", False, "music"),
    ("The US Supreme Court upheld the Geary Act in 1893 in the case of Fong Yue Ting v. United States.",
     "Автором «закона Гири» был калифорнийский конгрессмен-демократ Томас Гири, давно добивавшийся ужесточения антикитайских мер.",
     "Geary Act", True, "law"),
    ("The Jarrell tornado flattened the Double Creek Estates subdivision, where most of its victims lived.",
     "Джаррелл — небольшой город в округе Уильямсон, к северу от Остина, столицы Техаса.",
     "Jarrell", False, "disasters"),
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
    # per-domain split: half the domains 3C+2A, the other half 2C+3A
    splits = count(sum(1 for r in comp if r["domain"] == d and r["label"] == C) for d in DOMAINS)
    assert splits == {2: 6, 3: 6}, splits
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    # false side of contradict rows (from the comments above each row): 15 EN, 15 RU
    src = open(os.path.abspath(__file__), encoding="utf-8").read()
    false_sides = re.findall(r"^\s*# FALSE: (EN|RU) \(", src, re.M)
    assert len(false_sides) == 30, len(false_sides)
    assert false_sides.count("EN") == 15 and false_sides.count("RU") == 15, count(false_sides)

    with open(os.path.join(here, "comparable_heldout151.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout151.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("false side:", count(false_sides))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
