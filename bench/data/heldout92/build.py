#!/usr/bin/env python3
"""Build heldout92: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Ayub Khan's Afghans defeated Burrows's brigade at Maiwand)
    ("On 27 July 1880, near the village of Maiwand west of Kandahar, Ayub Khan's Afghan army defeated a British-Indian brigade under Brigadier-General George Burrows.",
     "27.07.1880 у селения Майванд британо-индийская бригада генерала Джорджа Берроуза наголову разбила афганское войско Аюб-хана.",
     C, "opposite", "history", True),
    # FALSE: EN (the militia commander mortally wounded at Oriskany was Nicholas Herkimer)
    ("At Oriskany in August 1777, Tryon County militiamen marching to relieve Fort Stanwix were ambushed, and their commander, General Philip Schuyler, was mortally wounded.",
     "В сражении при Орискани 6 августа 1777 г. ополчение округа Трайон попало в засаду лоялистов и мохоков; его командир генерал Николас Херкимер был смертельно ранен.",
     C, "person", "history", False),
    # FALSE: RU (the fight for Betio lasted about 76 hours, not three weeks)
    ("The battle for Betio, the fortified islet at the heart of Tarawa Atoll, lasted some 76 hours in November 1943 and cost about 1,000 American lives.",
     "Штурм острова Бетио на атолле Тарава, начатый морской пехотой США в ноябре 1943 г., растянулся почти на три недели.",
     C, "duration", "history", True),
    ("On 13 October 1812 American troops who had crossed the Niagara River were beaten at Queenston Heights, though the British commander, Isaac Brock, fell early in the fighting.",
     "Сражение у Куинстон-Хайтс (13.10.1812) закончилось разгромом переправившихся через Ниагару американцев, однако британский генерал Айзек Брок погиб в самом начале боя.",
     A, "date", "history", False),
    ("Nathaniel Lyon, killed at Wilson's Creek near Springfield, Missouri, on 10 August 1861, was the first Union general to die in combat during the Civil War.",
     "Натаниэль Лайон, павший в августе 1861 г. в сражении при Уилсонс-Крик (штат Миссури), стал первым генералом северян, погибшим в бою.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Mitchell's 1978 prize was in Chemistry)
    ("Peter Mitchell, who ran his own small laboratory at Glynn House in Cornwall, won the 1978 Nobel Prize in Chemistry for his chemiosmotic theory.",
     "Английский биохимик Питер Митчелл, автор хемиосмотической теории, был удостоен Нобелевской премии по физиологии и медицине за 1978 год.",
     C, "entity", "science", False),
    # FALSE: EN (the poly-U experiment was done in May 1961)
    ("Marshall Nirenberg and Heinrich Matthaei deciphered the first codon in the early 1970s, showing that an RNA chain made only of uracil produced polyphenylalanine.",
     "В мае 1961 г. Маршалл Ниренберг и Генрих Маттеи установили, что синтетическая поли-У-РНК кодирует полифенилаланин; так был прочитан первый кодон.",
     C, "decade", "science", True),
    # FALSE: RU (Veltman shared the prize with 't Hooft; Wilczek won in 2004)
    ("Martinus Veltman shared the 1999 Nobel Prize in Physics with Gerard 't Hooft, whose doctoral thesis he had supervised at Utrecht.",
     "Нобелевскую премию по физике 1999 г. нидерландский теоретик Мартинус Вельтман разделил со своим бывшим аспирантом Фрэнком Вильчеком.",
     C, "person", "science", False),
    ("The Brazilian-born British zoologist Peter Medawar shared the 1960 Nobel Prize in Physiology or Medicine for work on acquired immunological tolerance.",
     "Нобелевскую премию 1960 г. Питер Медавар получил вместе с австралийцем Фрэнком Макфарлейном Бернетом — за открытие приобретённой иммунологической толерантности.",
     A, "year", "science", True),
    ("Frederick Reines received the 1995 Nobel Prize in Physics for detecting the neutrino, an experiment he had carried out with Clyde Cowan almost forty years earlier.",
     "В 1956 г. Фредерик Райнес и Клайд Коуэн зарегистрировали нейтрино у реактора на Саванна-Ривер; Нобелевскую премию Райнес получил лишь в 1995-м.",
     A, "entity", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Lake Neuchatel is the largest lake entirely in Switzerland)
    ("Lake Neuchâtel, stretching along the foot of the Jura, is only the third-largest lake lying entirely within Switzerland.",
     "Невшательское озеро у подножия Юры — крупнейшее из озёр, целиком находящихся на территории Швейцарии: его площадь около 218 км².",
     C, "rank", "geography", True),
    # FALSE: RU (the Susquehanna flows into Chesapeake Bay)
    ("The Susquehanna, the longest river on the east coast of the United States, empties into the head of Chesapeake Bay at Havre de Grace, Maryland.",
     "Саскуэханна, самая длинная река восточного побережья США (более 700 км), впадает в Делавэрский залив.",
     C, "place", "geography", False),
    # FALSE: EN (Vihren is 2,914 m high)
    ("Vihren, the highest summit of the Pirin range in south-western Bulgaria, rises to 3,914 metres above sea level.",
     "Высота Вихрена, главной вершины горного массива Пирин на юго-западе Болгарии, — 2914 м.",
     C, "number", "geography", True),
    ("Poyang Lake in Jiangxi province, the largest freshwater lake in China, drains into the Yangtze and shrinks dramatically during the dry season.",
     "Поянху — крупнейшее пресноводное озеро КНР: в половодье его площадь превышает 3 тыс. км², а в сухой сезон сокращается в несколько раз.",
     A, "rank", "geography", False),
    ("The Neretva rises in the mountains of Bosnia and Herzegovina, flows past Mostar and reaches the Adriatic through a broad delta in southern Croatia.",
     "Неретва, на берегах которой стоит Мостар, берёт начало в Боснии и Герцеговине, а в Адриатическое море впадает уже на территории Хорватии.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Torii opened his Osaka wine shop in 1899)
    ("Suntory traces its origins to a shop selling imported wines that Shinjiro Torii opened in Osaka in 1899.",
     "История компании «Сантори» начинается в 1919 г., когда Синдзиро Тории открыл в Осаке лавку импортных вин.",
     C, "year", "economy", False),
    # FALSE: EN (Mikimoto's first cultured pearl dates from 11 July 1893)
    ("Kokichi Mikimoto obtained his first semi-spherical cultured pearl in December 1893, at his pearl farm in Mie Prefecture.",
     "11 июля 1893 г. Кокити Микимото впервые получил полукруглую культивированную жемчужину на своей жемчужной ферме в префектуре Миэ.",
     C, "month", "economy", True),
    ("Sandvik was founded in 1862 by Göran Fredrik Göransson, an early champion of the Bessemer steelmaking process in Sweden.",
     "Шведская компания «Сандвик» ведёт историю с 1862 г., когда Йоран Фредрик Йоранссон основал сталелитейный завод в Сандвикене.",
     A, "year", "economy", False),
    ("Yakult, a fermented milk drink based on a bacterial strain isolated by the microbiologist Minoru Shirota, first went on sale in Fukuoka in 1935.",
     "Напиток «Якульт» с лактобациллами штамма, выделенного доктором Минору Сиротой, появился в продаже в 1935 году.",
     A, "year", "economy", True),
    ("Morgan Stanley was set up in New York in September 1935 by Henry S. Morgan and Harold Stanley, who left J.P. Morgan & Co. after the Banking Act of 1933.",
     "Инвестиционный банк «Морган Стэнли» основали в 1935 г. Генри Морган и Гарольд Стэнли, ушедшие из J.P. Morgan после принятия банковского закона 1933 г.",
     A, "organisation", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Surtees won the 1964 title with Ferrari)
    ("John Surtees, seven times a motorcycle world champion, won the 1964 Formula One title driving for Ferrari, the only man to take world crowns on two and four wheels.",
     "Джон Сёртис, единственный чемпион мира и в мотогонках, и в «Формуле-1», завоевал титул 1964 г. за рулём машины команды «Лотус».",
     C, "organisation", "sport", True),
    # FALSE: EN (Santana won Wimbledon in 1966)
    ("Manuel Santana became the first Spaniard to win the men's singles at Wimbledon, beating the American Dennis Ralston in the 1964 final.",
     "В 1966 году Мануэль Сантана выиграл Уимблдонский турнир, первым из испанских теннисистов, обыграв в финале американца Денниса Ралстона.",
     C, "year", "sport", False),
    # FALSE: EN (Matthes won both backstroke events again in 1972)
    ("Roland Matthes of East Germany won both backstroke events at the 1968 Olympics but did not defend either title in Munich four years later.",
     "Пловец из ГДР Роланд Маттес побеждал на дистанциях 100 и 200 м на спине и в Мехико-1968, и в Мюнхене-1972.",
     C, "polarity", "sport", True),
    ("South Africa's Jody Scheckter clinched the 1979 Formula One drivers' championship for Ferrari, with his team-mate Gilles Villeneuve finishing second.",
     "Чемпионом мира «Формулы-1» в сезоне-1979 стал южноафриканец Джоди Шектер, выступавший за «Феррари».",
     A, "year", "sport", False),
    ("Defenceman Alexander Ragulin won three Olympic ice hockey gold medals with the Soviet Union, at the 1964, 1968 and 1972 Winter Games.",
     "Защитник сборной СССР Александр Рагулин — трёхкратный олимпийский чемпион: Инсбрук, Гренобль, Саппоро.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (Trooping the Colour is held in June)
    ("Trooping the Colour, the parade that marks the British sovereign's official birthday, is held every September on Horse Guards Parade in London.",
     "Церемония выноса знамени, приуроченная к официальному дню рождения британского монарха, ежегодно проходит в июне на плацу Конной гвардии.",
     C, "month", "culture", False),
    # FALSE: RU (Tovstonogov led the theatre for 33 years, 1956-1989)
    ("Georgy Tovstonogov ran the Bolshoi Drama Theatre in Leningrad for 33 years, from 1956 until his death in 1989.",
     "Георгий Товстоногов возглавлял ленинградский Большой драматический театр около пятнадцати лет, вплоть до своей смерти.",
     C, "duration", "culture", True),
    ("The Sambadrome on Rio de Janeiro's Marquês de Sapucaí avenue, designed by Oscar Niemeyer, was built in 1984 to host the samba schools' carnival parades.",
     "Самбодром в Рио-де-Жанейро — сооружение по проекту Оскара Нимейера, открытое в 1984 г. для карнавальных шествий школ самбы.",
     A, "person", "culture", False),
    ("Dutch children traditionally receive their Sinterklaas presents on pakjesavond, the evening of 5 December.",
     "Главное событие голландского праздника Синтерклаас — вечер 5 декабря, когда детям вручают подарки.",
     A, "date", "culture", True),
    ("Walpurgis Night, the night of 30 April to 1 May, is linked in German folklore with a gathering of witches on the Brocken in the Harz mountains.",
     "По немецким поверьям, в Вальпургиеву ночь — с 30 апреля на 1 мая — ведьмы слетаются на шабаш на гору Брокен.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Shirley is set during the Luddite unrest of 1811-12)
    ("Charlotte Brontë's second published novel, Shirley (1849), is set in the West Riding of Yorkshire during the Luddite disturbances of 1811–12.",
     "Действие романа Шарлотты Бронте «Шерли» (1849) происходит в Йоркшире в годы луддитских волнений 1830-х.",
     C, "decade", "literature", True),
    # FALSE: EN (The Pickwick Papers was Dickens's first novel)
    ("The Pickwick Papers, Dickens's third novel, was issued in monthly parts between 1836 and 1837.",
     "Первый роман Чарльза Диккенса, «Посмертные записки Пиквикского клуба», выходил ежемесячными выпусками в 1836–1837 гг.",
     C, "rank", "literature", False),
    ("Thomas Hardy's The Return of the Native, serialised in the magazine Belgravia during 1878, is set on the fictional Egdon Heath.",
     "Действие романа Томаса Гарди «Возвращение на родину» (1878) разворачивается на вымышленной Эгдонской пустоши.",
     A, "year", "literature", True),
    ("John Buchan's thriller The Thirty-Nine Steps, published in 1915, introduced the resourceful mining engineer Richard Hannay.",
     "В романе Джона Бьюкена «Тридцать девять ступеней» (1915) впервые появился Ричард Ханней — герой целого цикла приключенческих книг.",
     A, "year", "literature", False),
    ("In Balzac's Père Goriot (1835) the young law student Eugène de Rastignac lodges at Madame Vauquer's shabby boarding house in Paris.",
     "Роман Бальзака «Отец Горио», вышедший в 1835 г., начинается в убогом парижском пансионе вдовы Воке, где живёт студент Эжен де Растиньяк.",
     A, "place", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the premiere was in Munich)
    ("Wagner's Die Meistersinger von Nürnberg was first performed at the Munich court opera on 21 June 1868, conducted by Hans von Bülow.",
     "Премьера оперы Вагнера «Нюрнбергские мейстерзингеры» прошла 21 июня 1868 г. в Дрездене.",
     C, "place", "music", False),
    # FALSE: EN (first played on Christmas morning, 25 December 1870)
    ("Wagner's Siegfried Idyll was first played by a small ensemble on the staircase of his house near Lucerne on New Year's morning 1871, as a surprise for Cosima.",
     "Впервые «Зигфрид-идиллия» прозвучала утром 25 декабря 1870 г. на лестнице виллы Вагнера под Люцерном — это был подарок Козиме ко дню рождения.",
     C, "date", "music", True),
    # FALSE: RU (premiered on 22 December 1894, i.e. in the 19th century)
    ("Debussy's Prelude to the Afternoon of a Faun, inspired by a poem by Stéphane Mallarmé, was first performed in Paris on 22 December 1894.",
     "Прелюдия Дебюсси «Послеполуденный отдых фавна» по эклоге Малларме впервые была исполнена в Париже в начале XX века.",
     C, "century", "music", False),
    ("Dvořák composed his first set of Slavonic Dances, Op. 46, in 1878 for the Berlin publisher Fritz Simrock, to whom Brahms had recommended him.",
     "Первую серию «Славянских танцев» (соч. 46) Дворжак создал в 1878 г. по заказу берлинского издателя Зимрока, которому его порекомендовал Брамс.",
     A, "year", "music", True),
    ("Nkosi Sikelel' iAfrika was composed in 1897 by Enoch Sontonga, a teacher at a Methodist mission school in Johannesburg.",
     "Гимн «Нкоси сикелел иАфрика» («Боже, благослови Африку») сочинил в 1897 г. учитель методистской миссионерской школы Енох Сонтонга.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (Panorama Mesdag was painted in 1881)
    ("Panorama Mesdag, a circular painting of the sea and dunes at Scheveningen completed in 1881, is about 14 metres high and some 120 metres round.",
     "Панорама Месдага в Гааге — круговой вид на море и дюны Схевенингена — была написана в начале XX века.",
     C, "century", "art", True),
    # FALSE: RU (the picture is NG1 of the National Gallery, London)
    ("Sebastiano del Piombo's Raising of Lazarus, painted for Narbonne Cathedral in rivalry with Raphael, is catalogued as NG1 at London's National Gallery.",
     "Картина Себастьяно дель Пьомбо «Воскрешение Лазаря», заказанная для собора в Нарбоне, значится под номером 1 в каталоге Лувра.",
     C, "organisation", "art", False),
    ("The Racławice Panorama, painted in 1893–94 by Jan Styka and Wojciech Kossak, has been on display in Wrocław since 1985.",
     "Огромное полотно «Рацлавицкая панорама» (около 15 × 114 м) Ян Стыка и Войцех Коссак написали во Львове; во Вроцлаве его показывают с 1985 года.",
     A, "year", "art", True),
    ("Joachim Patinir, one of the first Flemish painters to make landscape the main subject of a picture, was called 'the good landscape painter' by Albrecht Dürer in 1521.",
     "Иоахима Патинира, работавшего в Антверпене мастера «мировых пейзажей», Альбрехт Дюрер назвал в своём дневнике «хорошим пейзажистом».",
     A, "person", "art", False),
    ("Élisabeth Vigée Le Brun, Marie Antoinette's portraitist, left France in 1789 and spent six years in Russia, from 1795 to 1801.",
     "Покинув Францию в 1789 г., Элизабет Виже-Лебрен около шести лет прожила в России, где писала портреты аристократии.",
     A, "duration", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Act was signed on 14 August 1935)
    ("The Social Security Act, which created federal old-age pensions and unemployment insurance in the United States, was signed into law in March 1935.",
     "Закон о социальном обеспечении, введший в США федеральные пенсии по старости и страхование по безработице, был подписан 14 августа 1935 г.",
     C, "month", "law", False),
    # FALSE: RU (the 1965 Act suspended hanging for an initial five years)
    ("The Murder (Abolition of Death Penalty) Act 1965 suspended hanging for murder in Great Britain for an initial five years; abolition became permanent in 1969.",
     "Принятый в 1965 г. британский закон об отмене смертной казни за убийство вводил мораторий на повешение сроком на десять лет.",
     C, "duration", "law", True),
    ("In Near v. Minnesota (1931) the Supreme Court ruled 5–4 that a state gag law allowing 'malicious' newspapers to be suppressed was unconstitutional.",
     "По делу «Ниар против Миннесоты» Верховный суд США пятью голосами против четырёх признал неконституционным закон штата, позволявший закрывать «злонамеренные» газеты.",
     A, "number", "law", True),
    ("The Statute of Winchester of 1285 required the verges of highways between market towns to be cleared of bushes for 200 feet on either side.",
     "Винчестерский статут (1285) обязывал вырубать кустарник по обе стороны дорог между торговыми городами на ширину около 60 м.",
     A, "number", "law", False),
    ("The Siete Partidas, the great legal code compiled in Castile under Alfonso X in the thirteenth century, is divided into seven parts.",
     "Свод законов «Семь партид», составленный при кастильском короле Альфонсо X Мудром около 1256–1265 гг., состоит из семи частей.",
     A, "century", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the first pure-jet flight was on 18 July 1942)
    ("The Messerschmitt Me 262 first flew on jet power alone on 18 July 1942 and entered front-line service as a fighter in 1944.",
     "Первый полёт «Мессершмитта» Me 262 только на реактивных двигателях состоялся 18 июля 1940 г.",
     C, "year", "technology", False),
    # FALSE: EN (the bridge was first described by Samuel Hunter Christie)
    ("Although it bears Charles Wheatstone's name, the bridge circuit for measuring an unknown resistance was first described in 1833 by Michael Faraday.",
     "Мостовую схему для измерения сопротивлений, носящую имя Чарльза Уитстона, впервые описал в 1833 г. Сэмюэл Хантер Кристи.",
     C, "person", "technology", True),
    ("The British engineer James Wimshurst developed his electrostatic influence machine between 1880 and 1883.",
     "Электрофорную машину, названную его именем, английский инженер Джеймс Уимсхерст создал в начале 1880-х гг.",
     A, "decade", "technology", False),
    ("Frank Zamboni built his first ice resurfacing machine in 1949 to maintain the rink he ran in Paramount, California.",
     "Первую машину для заливки льда Фрэнк Замбони собрал в 1949 г. для собственного катка в калифорнийском городе Парамаунт.",
     A, "place", "technology", True),
    ("The basic steelmaking process perfected in 1877–78 by Sidney Gilchrist Thomas and his cousin Percy Gilchrist made phosphoric iron ores usable.",
     "Томасовский способ выплавки стали, позволивший перерабатывать фосфористые руды, разработали в 1878 г. Сидни Джилкрист Томас и его двоюродный брат Перси Джилкрист.",
     A, "person", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (Tupelo is in Mississippi)
    ("The tornado of 5 April 1936 that tore through Tupelo, Alabama, killed at least 216 people; the infant Elvis Presley survived it.",
     "Торнадо, обрушившийся 5 апреля 1936 г. на город Тупело в штате Миссисипи, унёс жизни по меньшей мере 216 человек.",
     C, "place", "disasters", True),
    # FALSE: EN (the MGM Grand fire killed 85 people)
    ("The fire at the MGM Grand hotel in Las Vegas on 21 November 1980 killed 185 people, most of them overcome by smoke on the upper floors.",
     "Пожар в лас-вегасском отеле MGM Grand 21 ноября 1980 г. унёс жизни 85 человек; большинство погибших отравились дымом на верхних этажах.",
     C, "number", "disasters", False),
    # FALSE: EN (the Struma was sunk by the Soviet submarine Shch-213)
    ("In February 1942 the Struma, carrying about 780 Jewish refugees from Romania, was torpedoed in the Black Sea by an Italian submarine; only one person survived.",
     "24 февраля 1942 г. судно «Струма» с беженцами-евреями из Румынии было торпедировано в Чёрном море советской подводной лодкой Щ-213; спасся лишь один человек.",
     C, "entity", "disasters", False),
    ("The Rhythm Club fire in Natchez, Mississippi, on 23 April 1940 killed more than 200 people crowded into a dance hall decorated with Spanish moss.",
     "Пожар в танцзале «Ритм-клуб» в Натчезе (штат Миссисипи) 23.04.1940 унёс 209 жизней.",
     A, "number", "disasters", False),
    ("Randal McCloy Jr. was the only one of thirteen miners trapped by the January 2006 explosion at the Sago Mine in West Virginia to come out alive.",
     "Единственным выжившим из 13 горняков, оказавшихся в ловушке после взрыва на шахте Саго в январе 2006 г., стал Рэндал Макклой.",
     A, "person", "disasters", True),
]

RELATED = [
    ("According to Afghan tradition, a young woman named Malalai rallied the wavering fighters at Maiwand and was killed on the battlefield.",
     "Битва при Майванде 27 июля 1880 г. стала одним из самых тяжёлых поражений британцев во Второй англо-афганской войне.",
     "Maiwand", True, "history"),
    ("The American troops at Queenston Heights were led by Major General Stephen Van Rensselaer, a New York militia officer.",
     "Над Куинстон-Хайтс возвышается колонна-памятник Айзеку Броку; под ней покоится прах генерала.",
     "Queenston Heights", False, "history"),
    ("John Surtees won his motorcycle world championships riding for the Italian MV Agusta factory team.",
     "В 1970-е годы в «Формуле-1» выступала собственная команда Джона Сёртиса, носившая его фамилию.",
     "Surtees", True, "sport"),
    ("The city of Neuchâtel, on the lake's north-western shore, is the capital of the canton of the same name.",
     "Через канал Тиль Невшательское озеро соединено с расположенным северо-восточнее Бильским озером.",
     "Lake Neuchâtel", False, "geography"),
    ("Dickens was just twenty-four when the first monthly number of The Pickwick Papers appeared in 1836.",
     "Продажи «Пиквикского клуба» резко пошли вверх после того, как в романе появился слуга Сэм Уэллер.",
     "Pickwick Papers", True, "literature"),
    ("Die Meistersinger is set in sixteenth-century Nuremberg, and one of its central figures is the cobbler-poet Hans Sachs.",
     "Первой постановкой «Нюрнбергских мейстерзингеров» в Мюнхене дирижировал Ханс фон Бюлов.",
     "Meistersinger", False, "music"),
    ("The only survivor of the Struma sinking was David Stoliar, who was then nineteen years old.",
     "Прежде чем её отбуксировали в открытое море, «Струма» более двух месяцев простояла на рейде Стамбула.",
     "Struma", True, "disasters"),
    ("The paper at the centre of Near v. Minnesota was The Saturday Press, a Minneapolis scandal sheet published by Jay Near.",
     "Мнение большинства по делу «Ниар против Миннесоты» изложил председатель Верховного суда Чарльз Эванс Хьюз.",
     "Near v. Minnesota", False, "law"),
    ("The Racławice Panorama commemorates the victory of Polish insurgents over Russian troops at Racławice on 4 April 1794.",
     "Для показа Рацлавицкой панорамы во Вроцлаве было построено специальное круглое здание-ротонда.",
     "Racławice Panorama", True, "art"),
    ("Every November Sinterklaas is said to arrive in the Netherlands by steamboat from Spain.",
     "Праздник Синтерклаас, посвящённый святому Николаю, отмечают в Нидерландах и во Фландрии.",
     "Sinterklaas", False, "culture"),
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout92.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout92.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
