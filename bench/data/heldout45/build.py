#!/usr/bin/env python3
"""Builds heldout45: bilingual (EN/RU) claim pairs written independently
by a test writer who never ran or read the cross-checker.
Run: python3 build.py  -> writes the two jsonl files next to this script."""
import json
import os
import re
from collections import Counter

# (ru_first, label, slot, domain, sentence, sentence)
# The two sentences may be listed in either order; the language of each is
# detected and ru_first=True puts the Russian sentence in field a.
# For "contradict" rows, exactly one slot differs; the comment names the
# side that carries the changed (false) value.
COMPARABLE = [
    # ---------------- history ----------------
    (False, "contradict", "year", "history",  # EN false (1707)
     "At the Battle of Lesnaya in the autumn of 1707, Peter the Great's troops routed the Swedish corps of General Lewenhaupt as it escorted a supply train.",
     "Битва при Лесной, в которой войска Петра I разгромили корпус генерала Левенгаупта, шедший с обозом к Карлу XII, произошла осенью 1708 года."),
    (True, "agree", "date", "history",
     "On 1 August 1770 (New Style) Count Pyotr Rumyantsev's army defeated a far larger Ottoman force near the Kagul River.",
     "21 июля 1770 г. по старому стилю армия Румянцева разгромила у реки Кагул войско великого визиря Халил-паши, многократно превосходившее её по численности."),
    (False, "agree", "person", "history",
     "At Kunersdorf in August 1759 a Russian and Austrian army commanded by General Pyotr Saltykov inflicted one of his worst defeats on Frederick the Great.",
     "Главнокомандующим русской армией в сражении при Кунерсдорфе 12 августа 1759 г., где Фридрих II потерпел тяжёлое поражение, был Пётр Семёнович Салтыков."),
    (True, "agree", "month", "history",
     "Медный бунт вспыхнул в Москве летом 1662 года: горожане требовали прекратить выпуск обесценившихся медных денег.",
     "In July 1662 crowds of Muscovites marched to Tsar Alexei's summer residence to protest against debased copper coinage, an uprising known as the Copper Riot."),
    (True, "contradict", "opposite", "history",  # RU false (Athens/Thebes won)
     "In 338 BC Philip II of Macedon defeated the allied armies of Athens and Thebes at Chaeronea, with the young Alexander commanding the cavalry.",
     "В 338 г. до н. э. при Херонее союзное войско Афин и Фив одержало победу над армией македонского царя Филиппа II."),
    # ---------------- science ----------------
    (False, "agree", "year", "science",
     "In 1927 the Belgian priest and physicist Georges Lemaître published a paper arguing that the universe is expanding.",
     "Ещё в 1927 году бельгийский аббат Жорж Леметр опубликовал в брюссельском научном журнале статью о расширении Вселенной, опередив работу Хаббла."),
    (True, "contradict", "entity", "science",  # RU false (wheat)
     "Барбара Мак-Клинток, единолично получившая Нобелевскую премию 1983 года, открыла мобильные генетические элементы, изучая наследственность пшеницы.",
     "Barbara McClintock won the 1983 Nobel Prize in Physiology or Medicine alone, for discovering mobile genetic elements in maize."),
    (False, "agree", "person", "science",
     "It was Cecilia Payne who showed, in her 1925 doctoral thesis, that stars are made overwhelmingly of hydrogen and helium.",
     "Вывод о том, что звёзды состоят в основном из водорода, сделала в диссертации, защищённой в Рэдклифф-колледже в 1925 г., Сесилия Пейн."),
    (True, "contradict", "decade", "science",  # RU false (early 1950s)
     "В начале 1950-х годов Андрей Колмогоров изложил аксиоматику теории вероятностей в небольшой монографии, вышедшей на немецком языке.",
     "Andrey Kolmogorov set out his axioms of probability theory in a short German-language monograph published in Berlin in 1933."),
    (False, "contradict", "scale", "science",  # EN false (thousand)
     "The Laetoli footprints in northern Tanzania, uncovered by Mary Leakey's team in 1978, were left by hominins walking upright about 3,600 years ago.",
     "Цепочку следов в Лаэтоли, найденную экспедицией Мэри Лики в 1978 году, оставили прямоходящие гоминиды около 3,6 млн лет назад."),
    # ---------------- geography ----------------
    (True, "contradict", "percent", "geography",  # RU false (30 %)
     "В озере Хубсугул на севере Монголии сосредоточено около 30 % пресной воды страны, а его глубина достигает 262 м.",
     "Lake Khövsgöl, near Mongolia's border with Russia, holds almost 70 percent of the country's fresh water."),
    (False, "agree", "year", "geography",
     "After Soviet engineers dammed off the Kara-Bogaz-Gol lagoon from the Caspian Sea in 1980, it had dried out almost completely by 1984.",
     "В 1980 году залив Кара-Богаз-Гол отгородили от Каспия глухой дамбой, и уже через несколько лет он почти полностью пересох."),
    (True, "agree", "number", "geography",
     "Высота пика Исмоила Сомони, в советское время называвшегося пиком Коммунизма, — почти 7,5 тыс. м; это высшая точка Таджикистана.",
     "Ismoil Somoni Peak in the Pamirs rises to 7,495 metres and was the highest summit of the Soviet Union."),
    (False, "contradict", "number", "geography",  # RU false (6 134 m)
     "Lenin Peak, on the border between Kyrgyzstan and Tajikistan, is 7,134 metres high and was first climbed in 1928.",
     "Высота пика Ленина на границе Киргизии и Таджикистана составляет 6134 м; первое восхождение на него совершили в 1928 г."),
    (True, "contradict", "place", "geography",  # EN false (Norway)
     "Водопад Деттифосс, один из самых мощных в Европе, находится на северо-востоке Исландии; вода падает там с высоты 44 метров.",
     "Dettifoss, a waterfall in western Norway, plunges about 44 metres along a front some 100 metres wide."),
    # ---------------- economy ----------------
    (False, "contradict", "century", "economy",  # RU false (XIX век)
     "Husqvarna traces its history to 1689, when a weapons foundry was set up in the Swedish town of Huskvarna to make muskets.",
     "Шведская компания «Хускварна» ведёт свою историю с XIX века, когда в городе Хускварна был основан оружейный завод."),
    (True, "agree", "date", "economy",
     "Индекс DAX Франкфуртской биржи начали рассчитывать 1 июля 1988 г.; за базу в 1000 пунктов был взят уровень конца 1987 года.",
     "Germany's benchmark DAX share index was first published on 1 July 1988, starting from a base value of 1,000 points."),
    (False, "contradict", "month", "economy",  # EN false (June)
     "The FTSE 100 index of leading London-listed companies was launched in June 1984 with a base level of 1,000.",
     "Индекс FTSE 100 крупнейших компаний Лондонской биржи начали публиковать в январе 1984 года, взяв за базу 1000 пунктов."),
    (True, "agree", "year", "economy",
     "Саймон Кузнец, уроженец Пинска, в 1971 г. был удостоен премии по экономике памяти Нобеля за исследования экономического роста.",
     "The Nobel Memorial Prize in Economic Sciences for 1971 went to Simon Kuznets for his empirical work on how national economies grow."),
    (False, "contradict", "rank", "economy",  # RU false (first woman)
     "In 2023 Claudia Goldin became only the third woman to receive the Nobel prize in economics, and the first to win it unshared.",
     "Клаудия Голдин, получившая премию 2023 года за исследования женского труда, стала первой женщиной — лауреатом Нобелевской премии по экономике."),
    # ---------------- sport ----------------
    (True, "agree", "rank", "sport",
     "Первым немцем, выигравшим «Тур де Франс», стал Ян Ульрих: это случилось в 1997 году, когда ему было 23 года.",
     "Jan Ullrich's victory in the 1997 Tour de France made him the first German winner of the race."),
    (False, "agree", "entity", "sport",
     "At the 1976 Montreal Olympics the Cuban Alberto Juantorena won both the 400 metres and the 800 metres.",
     "Кубинец Альберто Хуанторена на Играх в Монреале завоевал золото на дистанции 800 м, установив мировой рекорд, а затем выиграл и бег на 400 м."),
    (True, "agree", "number", "sport",
     "На Играх Содружества в Крайстчерче в феврале 1974 г. танзаниец Филберт Байи установил мировой рекорд в беге на 1500 м — 3.32,2.",
     "Tanzania's Filbert Bayi ran 1,500 metres in 3:32.2 at the 1974 Commonwealth Games, a world record at the time."),
    (True, "contradict", "number", "sport",  # EN false (two of three)
     "At the 1968 Winter Olympics in Grenoble, Jean-Claude Killy won two of the three men's alpine events on the programme.",
     "На зимней Олимпиаде 1968 года в Гренобле француз Жан-Клод Килли выиграл все три мужские горнолыжные дисциплины — скоростной спуск, гигантский слалом и слалом."),
    (True, "contradict", "duration", "sport",  # RU false (58 seconds)
     "Лоран Финьон проиграл «Тур де Франс» 1989 года американцу Грегу Лемонду, уступив ему в итоговом зачёте 58 секунд.",
     "Laurent Fignon lost the 1989 Tour de France to Greg LeMond by just eight seconds after the closing time trial in Paris."),
    # ---------------- culture ----------------
    (False, "agree", "person", "culture",
     "Switzerland's Lys Assia won the first Eurovision Song Contest, held in Lugano in May 1956, with the song 'Refrain'.",
     "Первый конкурс «Евровидение» прошёл 24 мая 1956 г. в Лугано, и победу в нём одержала швейцарская певица Лис Ассия."),
    (True, "contradict", "year", "culture",  # EN false (1988)
     "Ирландец Джонни Логан дважды побеждал на «Евровидении» как исполнитель — в 1980 и 1987 годах.",
     "Ireland's Johnny Logan won the Eurovision Song Contest twice as a singer, with 'What's Another Year' in 1980 and 'Hold Me Now' in 1988."),
    (False, "contradict", "person", "culture",  # EN false (Delibes)
     "Giselle, first danced at the Paris Opéra in June 1841 with Carlotta Grisi in the title role, was set to music by Léo Delibes.",
     "Музыку к балету «Жизель», впервые показанному в Парижской опере летом 1841 года, написал Адольф Адан."),
    (True, "agree", "date", "culture",
     "Балет «Коппелия» на музыку Делиба в хореографии Артюра Сен-Леона впервые показали в Парижской опере весной 1870 года.",
     "Léo Delibes's ballet Coppélia received its premiere at the Paris Opéra on 25 May 1870."),
    (False, "agree", "year", "culture",
     "The frescoes of the Nativity Cathedral at the Ferapontov Monastery were painted by the icon master Dionisius and his sons in 1502.",
     "Росписи собора Рождества Богородицы Ферапонтова монастыря Дионисий выполнил вместе с сыновьями в начале XVI века, в 1502 г."),
    # ---------------- literature ----------------
    (True, "agree", "year", "literature",
     "Повесть «Хаджи-Мурат» увидела свет лишь посмертно, в 1912 г., через два года после смерти Льва Толстого.",
     "Tolstoy's novella Hadji Murat, written between 1896 and 1904, was not published until 1912."),
    (False, "contradict", "person", "literature",  # RU false (sister Helena)
     "The word 'robot' entered the language through Karel Čapek's 1920 play R.U.R., and it was his brother Josef who suggested it.",
     "Слово «робот» впервые прозвучало в пьесе Карела Чапека «R.U.R.», а придумала его, по признанию писателя, сестра Гелена."),
    (True, "agree", "year", "literature",
     "Роман «Сага о Йёсте Берлинге», которым дебютировала Сельма Лагерлёф, вышел в 1891 году.",
     "Selma Lagerlöf's first book, Gösta Berling's Saga, a novel set among the manor houses of Värmland, appeared in 1891."),
    (False, "agree", "rank", "literature",
     "In 2002 Imre Kertész, a survivor of Auschwitz and Buchenwald, became the first Hungarian writer to receive the Nobel Prize in Literature.",
     "Имре Кертес, автор «Без судьбы», стал первым венгром, удостоенным Нобелевской премии по литературе, — её присудили ему в 2002 г."),
    (True, "contradict", "place", "literature",  # RU false (Paris/France)
     "Рукопись романа Василия Гроссмана «Жизнь и судьба», изъятая КГБ в 1961 году, впервые была издана во Франции в 1980 году.",
     "Vasily Grossman's Life and Fate, whose manuscript the KGB seized in 1961, was first published in Switzerland in 1980."),
    # ---------------- music ----------------
    (True, "contradict", "organisation", "music",  # EN false (Bolshoi)
     "Tchaikovsky's last opera, Iolanta, was first staged at the Bolshoi Theatre in Moscow in December 1892 on a double bill with The Nutcracker.",
     "Премьера последней оперы Чайковского «Иоланта» состоялась в декабре 1892 года в петербургском Мариинском театре, в один вечер со «Щелкунчиком»."),
    (False, "agree", "year", "music",
     "Оркестровую фантазию «Камаринская» на темы двух русских песен Михаил Глинка сочинил в 1848 году, живя в Варшаве.",
     "Glinka wrote his orchestral fantasy Kamarinskaya, built on a wedding song and a dance tune, in 1848."),
    (True, "contradict", "person", "music",  # RU false (Anton)
     "Balakirev's piano fantasy Islamey, composed in 1869, was first performed by its dedicatee Nikolai Rubinstein.",
     "Фантазию «Исламей», написанную Балакиревым в 1869 г., первым исполнил публично пианист Антон Рубинштейн, которому она и посвящена."),
    (True, "agree", "date", "music",
     "Четырёхактную редакцию оперы Монюшко «Галька» впервые показали в варшавском Большом театре в первый день 1858 года.",
     "The four-act version of Stanisław Moniuszko's opera Halka was premiered in Warsaw on 1 January 1858."),
    (False, "contradict", "day", "music",  # EN false (15 January)
     "Richard Strauss's one-act opera Elektra had its premiere at the Dresden court opera on 15 January 1909.",
     "Одноактная опера Рихарда Штрауса «Электра» впервые прозвучала в Дрездене 25 января 1909 г."),
    # ---------------- art ----------------
    (True, "contradict", "duration", "art",  # RU false (five years)
     "Над огромным полотном «Явление Христа народу» Александр Иванов работал около пяти лет, закончив его в 1857 году.",
     "Alexander Ivanov spent some twenty years, from 1837 to 1857, painting The Appearance of Christ to the People."),
    (False, "agree", "year", "art",
     "Pavel Fedotov painted The Major's Marriage Proposal, a satire on a merchant family marrying into the gentry, in 1848.",
     "Картина Павла Федотова «Сватовство майора», хранящаяся сегодня в Третьяковской галерее, написана в 1848 г."),
    (True, "contradict", "organisation", "art",  # EN false (Tretyakov)
     "Картина Бориса Кустодиева «Купчиха за чаем», написанная в 1918 году, хранится в Государственном Русском музее в Петербурге.",
     "Boris Kustodiev's 1918 painting Merchant's Wife at Tea belongs to the Tretyakov Gallery in Moscow."),
    (False, "agree", "date", "art",
     "The Laocoön Group was unearthed on a Roman vineyard in January 1506 and was soon acquired for the Vatican by Pope Julius II.",
     "Скульптурную группу «Лаокоон и его сыновья» откопали в Риме 14 января 1506 г.; среди первых её осмотрел Микеланджело."),
    (True, "agree", "number", "art",
     "Восточные двери флорентийского баптистерия работы Лоренцо Гиберти, прозванные «Вратами рая», украшены десятью позолоченными рельефами.",
     "Lorenzo Ghiberti's Gates of Paradise, made between 1425 and 1452, tell Old Testament stories in ten gilded bronze panels."),
    # ---------------- law ----------------
    (False, "contradict", "polarity", "law",  # RU false (not unconstitutional)
     "In Furman v. Georgia in 1972 the US Supreme Court held that the death penalty, as it was then being applied, was unconstitutional.",
     "В деле «Фурман против Джорджии» в 1972 году Верховный суд США признал, что смертная казнь в тогдашнем виде не противоречит Конституции."),
    (True, "agree", "number", "law",
     "В деле «Мотель „Сердце Атланты“ против США» Верховный суд в 1964 году единогласно, девятью голосами, поддержал запрет на расовую дискриминацию в мотелях.",
     "In December 1964 the justices unanimously upheld the Civil Rights Act's ban on segregation in motels in Heart of Atlanta Motel v. United States."),
    (False, "contradict", "year", "law",  # EN false (1842)
     "In Gibbons v. Ogden, decided in 1842, Chief Justice John Marshall held that federal commerce power overrode a New York steamboat monopoly.",
     "В деле «Гиббонс против Огдена», решённом в 1824 г., Верховный суд под председательством Джона Маршалла отменил нью-йоркскую монополию на пароходное сообщение."),
    (False, "agree", "number", "law",
     "В 1962 году Верховный суд США шестью голосами против двух признал по делу «Бейкер против Карра», что споры о нарезке избирательных округов подсудны федеральным судам.",
     "Baker v. Carr, a 6-2 decision of 1962, allowed federal courts to hear challenges to malapportioned state legislative districts."),
    (False, "contradict", "organisation", "law",  # RU false (ECHR)
     "The European Court of Justice delivered its Bosman ruling on 15 December 1995, letting out-of-contract footballers move to clubs in other member states freely.",
     "Решение по делу Босмана, позволившее футболистам с истёкшим контрактом свободно менять клуб, вынес Европейский суд по правам человека 15 декабря 1995 г."),
    # ---------------- technology ----------------
    (True, "agree", "person", "technology",
     "Отчёт о языке АЛГОЛ 60, вышедший в 1960 г. под редакцией датчанина Петера Наура, описывал синтаксис с помощью нотации Бэкуса — Наура.",
     "The report defining ALGOL 60 was edited by Peter Naur and described the language's grammar in what became known as Backus-Naur form."),
    (False, "contradict", "number", "technology",  # EN false (16,000)
     "With about 16,000 built during the Second World War, the Ilyushin Il-2 is among the most produced military aircraft in history.",
     "Штурмовик Ил-2 выпустили в годы Второй мировой войны в количестве около 36 тыс. машин — это один из самых массовых боевых самолётов."),
    (False, "agree", "year", "technology",
     "Коринфский канал длиной чуть больше шести километров, прорезавший перешеек между материковой Грецией и Пелопоннесом, открыли для судов в 1893 году.",
     "The Corinth Canal, about 6.4 km long, opened to shipping in 1893 after more than a decade of digging."),
    (False, "contradict", "money", "technology",  # RU false ($2,495)
     "Apple's Lisa, one of the first personal computers with a graphical interface and a mouse, went on sale in 1983 for $9,995.",
     "Компьютер Apple Lisa с графическим интерфейсом и мышью поступил в продажу в 1983 году по цене 2495 долларов."),
    (True, "agree", "duration", "technology",
     "Кругосветный перелёт дирижабля «Граф Цеппелин» под командованием Гуго Эккенера летом 1929 г. занял чуть больше 21 суток.",
     "In August 1929 the airship Graf Zeppelin flew around the world from Lakehurst and back in about 21 days."),
    # ---------------- disasters ----------------
    (False, "agree", "number", "disasters",
     "When the passenger steamer Eastland rolled over at its dock on the Chicago River on 24 July 1915, 844 people were killed.",
     "Пароход «Истленд», опрокинувшийся у причала на реке Чикаго летом 1915 года, унёс жизни 844 человек."),
    (True, "contradict", "rank", "disasters",  # RU false (second)
     "Взрыв на шахтах Куррьера на севере Франции 10 марта 1906 года, унёсший 1099 жизней, — вторая по числу жертв горная катастрофа в Европе.",
     "The explosion at the Courrières mines in northern France on 10 March 1906 killed 1,099 miners, making it Europe's deadliest mining disaster."),
    (False, "contradict", "month", "disasters",  # EN false (November)
     "An underground explosion at Gresford Colliery near Wrexham on 22 November 1934 killed 266 men.",
     "Взрыв на угольной шахте Гресфорд близ Рексема в Уэльсе 22 сентября 1934 года унёс жизни 266 горняков."),
    (False, "agree", "number", "disasters",
     "В давке на лестнице стадиона «Айброкс» в Глазго после матча «Рейнджерс» — «Селтик» в январе 1971 года погибли 66 болельщиков.",
     "Sixty-six people died in a crush on a stairway at Ibrox Park at the end of a Rangers–Celtic match on 2 January 1971."),
    (True, "contradict", "decade", "disasters",  # EN false (early 1990s)
     "Сход ледника Колка в Кармадонском ущелье Северной Осетии 20 сентября 2002 года унёс жизни Сергея Бодрова-младшего и его съёмочной группы.",
     "In the early 1990s the collapse of the Kolka Glacier buried the Karmadon Gorge, killing Sergei Bodrov Jr. and his film crew."),
]

# Related: same subject as a comparable pair above, two different true facts.
# (ru_first, domain, sentence, sentence)
RELATED = [
    (False, "science",
     "Georges Lemaître served as president of the Pontifical Academy of Sciences from 1960 until his death in 1966.",
     "Жорж Леметр ещё в 1927 году предположил, что Вселенная расширяется, и вывел соотношение между скоростью и расстоянием галактик."),
    (True, "sport",
     "Жан-Клод Килли дважды подряд, в 1967 и 1968 годах, выигрывал общий зачёт Кубка мира по горнолыжному спорту.",
     "Jean-Claude Killy swept all three alpine skiing titles at the 1968 Winter Olympics in Grenoble."),
    (False, "technology",
     "The Corinth Canal opened in 1893, linking the Gulf of Corinth with the Saronic Gulf.",
     "Ширина Коринфского канала на уровне воды составляет всего около 21 м, поэтому крупные современные суда пройти по нему не могут."),
    (True, "geography",
     "Из озера Хубсугул вытекает река Эгийн-Гол, которая впадает в Селенгу и несёт воду к Байкалу.",
     "Lake Khövsgöl in northern Mongolia holds almost 70 percent of the country's fresh water."),
    (False, "disasters",
     "The Eastland had been chartered to carry employees of the Western Electric Company to a company picnic across Lake Michigan.",
     "Пароход «Истленд» опрокинулся у причала на реке Чикаго 24 июля 1915 года, и погибли 844 человека."),
    (True, "literature",
     "Прототипом героя повести Толстого «Хаджи-Мурат» стал реальный аварский военачальник, погибший в 1852 году.",
     "Tolstoy's novella Hadji Murat was published posthumously in 1912, two years after the writer's death."),
    (False, "culture",
     "The ballet Giselle was first performed at the Paris Opéra in June 1841, with music by Adolphe Adam.",
     "Либретто балета «Жизель» написали Теофиль Готье и Вернуа де Сен-Жорж по мотивам легенды о вилисах, пересказанной Гейне."),
    (True, "technology",
     "За прочную бронированную конструкцию штурмовик Ил-2 получил у фронтовиков прозвище «летающий танк».",
     "Around 36,000 Ilyushin Il-2 ground-attack aircraft were built, making it one of the most produced warplanes ever."),
    (False, "law",
     "The dispute in Baker v. Carr arose because Tennessee had not redrawn its legislative districts since 1901.",
     "По делу «Бейкер против Карра» Верховный суд США в 1962 году вынес решение шестью голосами против двух."),
    (True, "art",
     "Полотно Александра Иванова «Явление Христа народу» размером 540 на 750 см хранится в Третьяковской галерее.",
     "Alexander Ivanov worked on The Appearance of Christ to the People for about twenty years, finishing it in 1857."),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, want):
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)
    assert lang(s) == want, (want, s)


def split(x, y):
    assert {lang(x), lang(y)} == {"en", "ru"}, (x, y)
    return (x, y) if lang(x) == "en" else (y, x)


def rows():
    comp, rel = [], []
    for ru_first, label, slot, domain, x, y in COMPARABLE:
        en, ru = split(x, y)
        check_side(en, "en")
        check_side(ru, "ru")
        a, b = (ru, en) if ru_first else (en, ru)
        comp.append({"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
                     "label": label, "slot": slot, "domain": domain})
    for ru_first, domain, x, y in RELATED:
        en, ru = split(x, y)
        check_side(en, "en")
        check_side(ru, "ru")
        a, b = (ru, en) if ru_first else (en, ru)
        rel.append({"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
                    "label": "related", "slot": "topic", "domain": domain})
    return comp, rel


def main():
    comp, rel = rows()
    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels == {"agree": 30, "contradict": 30}, labels
    assert len(rel) == 10
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
        assert ru_first == 15, (lab, ru_first)
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
    allowed = {"year", "date", "month", "day", "decade", "century", "number",
               "percent", "money", "scale", "duration", "place", "person",
               "organisation", "entity", "rank", "polarity", "opposite"}
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert set(cslots) <= allowed and len(cslots) >= 12, cslots
    assert max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    assert len({r["a"] for r in comp + rel} | {r["b"] for r in comp + rel}) == 140
    here = os.path.dirname(os.path.abspath(__file__))
    for name, data in (("comparable_heldout45.jsonl", comp),
                       ("related_heldout45.jsonl", rel)):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            for r in data:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", dict(labels))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(doms.items())))
    print("related:", len(rel))


if __name__ == "__main__":
    main()
