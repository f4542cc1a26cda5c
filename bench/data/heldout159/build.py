#!/usr/bin/env python3
"""Build heldout159: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, subject).
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
    # FALSE: RU (Losecoat Field was fought on 12 March 1470)
    ("At Losecoat Field near Empingham on 12 March 1470, Edward IV routed the Lincolnshire rebels of Sir Robert Welles, whose fleeing men reportedly threw off their livery coats.",
     "Битва при Лузкот-Филд (12.05.1470) закончилась разгромом линкольнширских мятежников сэра Роберта Уэллса королевским войском Эдуарда IV.",
     C, "month", "history", True, "Losecoat Field"),
    # FALSE: EN (the Cossacks at Korsun were led by Bohdan Khmelnytsky, not Ivan Sirko)
    ("The Battle of Korsun in May 1648 ended with Cossack and Tatar forces under Ivan Sirko routing the Polish crown army and capturing both of its hetmans.",
     "В битве под Корсунем 26 мая 1648 г. казаки Богдана Хмельницкого и крымские татары Тугай-бея разгромили коронное войско; в плен попали гетманы Николай Потоцкий и Мартин Калиновский.",
     C, "person", "history", False, "Korsun"),
    # FALSE: RU (Humayun escaped across the Ganges, not the Indus)
    ("At Chausa, on the Ganges near Buxar, Sher Khan, the future Sher Shah Suri, surprised and routed Humayun's Mughal army in June 1539; the emperor barely escaped across the river.",
     "В сражении при Чаусе (1539) афганец Шер-хан наголову разбил падишаха Хумаюна, который спасся лишь потому, что водонос помог ему переправиться через Инд.",
     C, "place", "history", True, "Chausa"),
    ("On 1 January 1818 some 800 East India Company troops held Koregaon, on the Bhima river, all day against a far larger army of Peshwa Baji Rao II.",
     "Бой у Корегаона (01.01.1818): небольшой отряд Ост-Индской компании, в основном из солдат-махаров, до ночи оборонял деревню от многотысячной армии пешвы Баджи Рао II.",
     A, "date", "history", False, "Koregaon"),
    ("At Ager Sanguinis, the 'Field of Blood', in 1119, Ilghazi of Mardin annihilated the army of Roger of Salerno, regent of Antioch, who was killed.",
     "На «Кровавом поле» 28 июня 1119 г. войско Иль-Гази истребило армию антиохийского регента Рожера Салернского; сам Рожер погиб в бою.",
     A, "person", "history", True, "Ager Sanguinis"),
    # ---------------- science ----------------
    # FALSE: RU (Mihailescu proved Catalan's conjecture in 2002, not in the 1990s)
    ("Catalan's conjecture, posed in 1844, says that 8 and 9 are the only consecutive perfect powers; Preda Mihăilescu finally proved it in 2002.",
     "Гипотезу Каталана о том, что 8 и 9 — единственные соседние точные степени, румынский математик Преда Михэилеску доказал ещё в 1990-х годах.",
     C, "decade", "science", False, "Catalan's conjecture"),
    ("In 1978 Roger Apéry stunned number theorists by proving that ζ(3), the sum of the reciprocals of the cubes, is an irrational number.",
     "Теорема Апери (1978 г.): значение дзета-функции Римана в точке 3, известное теперь как постоянная Апери, иррационально.",
     A, "year", "science", True, "Apéry's theorem"),
    # FALSE: EN (the Kardashev scale has three types, not five)
    ("The Kardashev scale, put forward by the Soviet astronomer Nikolai Kardashev in 1964, ranks civilizations into five types by the energy they harness.",
     "Шкалу Кардашёва предложил в 1964 г. советский астрофизик Николай Кардашёв: цивилизации делятся на три типа по объёму потребляемой энергии.",
     C, "number", "science", True, "Kardashev scale"),
    ("The Chandler wobble, a small irregular motion of Earth's rotation axis, was found by the American astronomer Seth Carlo Chandler in 1891 and has a period of about 433 days.",
     "Чандлеровское колебание полюса Земли с периодом около 14 месяцев открыл в 1891 г. Сет Карло Чандлер.",
     A, "number", "science", False, "Chandler wobble"),
    ("Freeman Dyson described a swarm of structures enclosing a star in a short 1960 paper in Science, suggesting that astronomers look for their infrared glow.",
     "Идею «сферы Дайсона» физик Фримен Дайсон изложил в 1960 г. в журнале Science: такую оболочку вокруг звезды можно было бы заметить по инфракрасному излучению.",
     A, "year", "science", True, "Dyson sphere"),
    # ---------------- geography ----------------
    # FALSE: RU (the Amga is a left tributary of the Aldan)
    ("The Amga, about 1,460 km long, winds across central Yakutia and joins the Aldan from the left.",
     "Река Амга длиной 1462 км впадает в Алдан справа; её бассейн целиком лежит в пределах Якутии.",
     C, "opposite", "geography", False, "Amga"),
    ("The Ingoda, roughly 700 km long, flows past Chita and merges with the Onon to form the Shilka.",
     "На реке Ингоде (708 км) стоит Чита, столица Забайкальского края; слившись с Ононом, Ингода образует Шилку.",
     A, "number", "geography", True, "Ingoda"),
    # FALSE: EN (the Charysh flows into the Ob, not the Irtysh)
    ("The Charysh, a river of some 550 km rising in the Altai mountains, is a left-bank tributary of the Irtysh.",
     "Чарыш длиной 547 км берёт начало в горах Алтая и впадает в Обь слева, в пределах Алтайского края.",
     C, "entity", "geography", True, "Charysh"),
    # FALSE: RU (Koshtan-Tau is about 5,150 m high)
    ("Koshtan-Tau, a summit of roughly 5,150 metres in the Bezengi area of the Central Caucasus, lies in Kabardino-Balkaria.",
     "Коштан-Тау (4152 м) — вершина Центрального Кавказа в районе Безенги, на территории Кабардино-Балкарии.",
     C, "number", "geography", False, "Koshtan-Tau"),
    ("Lake Bracciano, a volcanic lake north-west of Rome, covers about 57 square kilometres and has long supplied the city with water.",
     "Озеро Браччано вулканического происхождения (площадь 57,5 км², глубина до 165 м) расположено в Лацио, к северо-западу от Рима.",
     A, "number", "geography", False, "Bracciano"),
    # ---------------- economy ----------------
    # FALSE: EN (Cementos Hidalgo opened in 1906)
    ("Cemex traces its origins to 1936, when the Cementos Hidalgo plant opened in the Mexican state of Nuevo León; the group is still based near Monterrey.",
     "Cemex ведёт историю с 1906 г., когда в штате Нуэво-Леон заработал завод Cementos Hidalgo; штаб-квартира компании находится в агломерации Монтеррея.",
     C, "year", "economy", True, "Cemex"),
    # FALSE: RU (João Gerdau's nail factory was in Porto Alegre)
    ("Gerdau, now one of the largest producers of long steel in the Americas, began in 1901 when the German immigrant João Gerdau bought a nail factory in Porto Alegre.",
     "История бразильского металлургического концерна Gerdau началась в 1901 г. с гвоздильной фабрики в Сан-Паулу, которую купил немецкий иммигрант Жуан Гердау.",
     C, "place", "economy", False, "Gerdau"),
    ("Arcor, the Argentine confectioner, was founded on 5 July 1951 in the small town of Arroyito in Córdoba Province.",
     "Кондитерская компания Arcor появилась 05.07.1951 в Арройито (пров. Кордова); сегодня это один из крупнейших в мире производителей карамели.",
     A, "date", "economy", True, "Arcor"),
    # FALSE: EN (Kappa Ebisen was launched in 1964)
    ("Calbee, founded in Hiroshima in 1949, launched its shrimp-flavoured Kappa Ebisen snack in the 1970s.",
     "Японская Calbee основана в 1949 г. в Хиросиме; в 1964 г. она выпустила креветочные чипсы «Каппа Эбисен».",
     C, "decade", "economy", False, "Calbee"),
    ("Izhorskiye Zavody in Kolpino, near St Petersburg, dates back to 1722, when Peter the Great ordered sawmills built on the Izhora river for the Admiralty.",
     "Ижорские заводы в Колпине основаны в первой четверти XVIII века по указу Петра I и поначалу работали на нужды Адмиралтейства.",
     A, "century", "economy", True, "Izhorskiye Zavody"),
    # ---------------- sport ----------------
    # FALSE: RU (the 1981 Cup Winners' Cup final was played in Duesseldorf)
    ("Vitaly Daraselia scored the late winner as Dinamo Tbilisi beat Carl Zeiss Jena 2–1 in the 1981 Cup Winners' Cup final in Düsseldorf.",
     "Виталий Дараселия забил победный мяч в финале Кубка кубков 1981 г. в Роттердаме: тбилисское «Динамо» обыграло «Карл Цейсс» 2:1.",
     C, "place", "sport", True, "Daraselia"),
    ("Djamolidine Abdoujaparov, the Uzbek sprinter nicknamed the 'Tashkent Terror', won the Tour de France points classification three times.",
     "Джамолидин Абдужапаров трижды (1991, 1993, 1994 гг.) увозил с «Тур де Франс» зелёную майку лучшего спринтера.",
     A, "number", "sport", False, "Abdoujaparov"),
    # FALSE: EN (Ivanov was a joint top scorer of the 1962 World Cup, with four goals)
    ("Valentin Ivanov, Torpedo Moscow's star forward, finished as only the second-highest scorer at the 1962 World Cup in Chile.",
     "Нападающий московского «Торпедо» Валентин Иванов забил четыре мяча на чемпионате мира 1962 г. в Чили и разделил звание лучшего бомбардира турнира.",
     C, "rank", "sport", False, "Ivanov, Valentin"),
    ("East Germany's Olaf Ludwig won the Olympic road race in Seoul in 1988 and took the Tour de France green jersey two years later.",
     "Олаф Людвиг из ГДР стал олимпийским чемпионом 1988 г. в групповой шоссейной гонке, а в 1990 г. выиграл зелёную майку «Тур де Франс».",
     A, "year", "sport", True, "Ludwig, Olaf"),
    ("Nawal El Moutawakel won the first Olympic 400 metres hurdles for women, at Los Angeles in 1984, becoming Morocco's first Olympic champion.",
     "Марокканка Навал эль-Мутаваккиль — олимпийская чемпионка 1984 г. в беге на 400 м с барьерами (Лос-Анджелес); это было первое олимпийское золото в истории Марокко.",
     A, "place", "sport", False, "El Moutawakel"),
    # ---------------- culture ----------------
    # FALSE: EN (Ogurtsov was played by Igor Ilyinsky)
    ("Eldar Ryazanov's 1956 musical comedy Carnival Night starred the young Lyudmila Gurchenko, with Anatoli Papanov as the pompous bureaucrat Ogurtsov.",
     "В музыкальной комедии Эльдара Рязанова «Карнавальная ночь» (1956) бюрократа Огурцова сыграл Игорь Ильинский, а Леночку Крылову — Людмила Гурченко.",
     C, "person", "culture", True, "Carnival Night"),
    ("Georgiy Danelia's Afonya, with Leonid Kuravlev as a feckless Moscow plumber, drew about 62 million viewers and topped the Soviet box office in 1975.",
     "Фильм «Афоня» (1975, реж. Г. Данелия) посмотрели 62,2 млн зрителей — лучший результат года в советском кинопрокате.",
     A, "number", "culture", False, "Afonya"),
    # FALSE: RU (Gumby debuted on The Howdy Doody Show)
    ("Art Clokey's green clay figure Gumby made his television debut in 1956 on The Howdy Doody Show.",
     "Зелёный пластилиновый человечек Гамби, созданный аниматором Артом Клоуки, впервые появился на телеэкране в 1956 г. в «Шоу Эда Салливана».",
     C, "entity", "culture", False, "Gumby"),
    # FALSE: EN (Hachiko waited for almost ten years, 1925-1935)
    ("For about four years after Professor Hidesaburō Ueno died in 1925, the Akita dog Hachikō returned daily to Shibuya Station to wait for him.",
     "Акита-ину Хатико почти десять лет, с 1925 по 1935 г., каждый день приходил к станции Сибуя встречать умершего хозяина — профессора Уэно.",
     C, "duration", "culture", True, "Hachiko"),
    ("The statue of Greyfriars Bobby, the Skye terrier said to have guarded his master's grave in Edinburgh for fourteen years, was unveiled in 1873.",
     "Бронзовый памятник Грейфрайерс Бобби — скай-терьеру, который 14 лет не покидал могилу хозяина, — поставлен в Эдинбурге через год после смерти пса, в 1873 г.",
     A, "year", "culture", True, "Greyfriars Bobby"),
    # ---------------- literature ----------------
    ("Pushkin dashed off Count Nulin, a playful reworking of Shakespeare's Lucrece, at Mikhailovskoye in December 1825, in just two mornings.",
     "Поэму «Граф Нулин» Пушкин написал в Михайловском за два дня, 13 и 14.XII.1825, — как он позже заметил, в дни восстания декабристов.",
     A, "month", "literature", False, "Count Nulin"),
    # FALSE: EN (Kordian was printed, anonymously, in Paris in 1834; Slowacki died in 1849)
    ("Juliusz Słowacki's drama Kordian, whose hero resolves to kill Tsar Nicholas I at his Warsaw coronation, remained unpublished during the poet's lifetime.",
     "Драма Юлиуша Словацкого «Кордиан» вышла анонимно в Париже в 1834 г.; её герой замышляет убить Николая I во время коронации в Варшаве.",
     C, "polarity", "literature", False, "Kordian"),
    ("In Christ Stopped at Eboli, published in 1945, Carlo Levi recalled the year he spent in internal exile in a remote village of Lucania under the Fascist regime.",
     "Книга Карло Леви «Христос остановился в Эболи» (1945) описывает ссылку автора в 1935–1936 гг. в глухую деревню Алиано в Базиликате.",
     A, "year", "literature", True, "Christ Stopped at Eboli"),
    # FALSE: RU (the novel was published by Einaudi of Turin)
    ("Giorgio Bassani's The Garden of the Finzi-Continis, a novel about a wealthy Jewish family of Ferrara before the war, was published by Einaudi in 1962.",
     "Роман Джорджо Бассани «Сад Финци-Контини» о богатой еврейской семье из Феррары вышел в 1962 г. в миланском издательстве «Фельтринелли».",
     C, "organisation", "literature", True, "Finzi-Continis"),
    ("Aleksey Tolstoy's The Golden Key, or the Adventures of Buratino, a free Russian retelling of Pinocchio, came out in 1936.",
     "Сказка А. Н. Толстого «Золотой ключик, или Приключения Буратино» издана в 1936 г.; её деревянного героя выстругал из полена папа Карло.",
     A, "year", "literature", False, "Golden Key"),
    # ---------------- music ----------------
    ("Stravinsky wrote his Ebony Concerto in 1945 for Woody Herman's big band, which premiered it at Carnegie Hall in March 1946.",
     "«Эбеновый концерт» Стравинского (1945) предназначался для джаз-оркестра Вуди Германа и его солирующего кларнета.",
     A, "person", "music", True, "Ebony Concerto"),
    # FALSE: RU (Le Carnaval romain was first played on 3 February 1844)
    ("Berlioz's concert overture Le Carnaval romain, built on themes from his opera Benvenuto Cellini, was first played in Paris on 3 February 1844 under the composer's baton.",
     "Увертюра Берлиоза «Римский карнавал» на темы оперы «Бенвенуто Челлини» впервые прозвучала в Париже в ноябре 1844 г. под управлением автора.",
     C, "month", "music", False, "Carnaval romain"),
    # FALSE: EN (Gorshenev died on 19 July 2013)
    ("Mikhail Gorshenev, the frontman known as Gorshok who had led the Leningrad punk band Korol i Shut since the late 1980s, died in July 2011.",
     "Группа «Король и Шут» сложилась в Ленинграде в конце 1980-х гг.; её бессменный вокалист Михаил Горшенёв (Горшок) умер 19.07.2013.",
     C, "year", "music", True, "Korol i Shut"),
    ("On 20 October 1977 a chartered plane carrying Lynyrd Skynyrd crashed in a Mississippi forest, killing singer Ronnie Van Zant, guitarist Steve Gaines and four others.",
     "Авиакатастрофа 20.10.1977 в штате Миссисипи унесла жизни вокалиста Lynyrd Skynyrd Ронни Ван Зандта, гитариста Стива Гейнса и его сестры, бэк-вокалистки Кэсси Гейнс.",
     A, "date", "music", False, "Lynyrd Skynyrd"),
    ("The singer Anna German, a star in both Poland and the USSR, was born in 1936 in Urgench, in what was then the Uzbek SSR.",
     "Анна Герман родилась 14.02.1936 в Ургенче (Узбекистан); в 1967 г. она тяжело пострадала в автокатастрофе в Италии.",
     A, "place", "music", True, "German, Anna"),
    # ---------------- art ----------------
    # FALSE: RU (the Ara Pacis was consecrated in 9 BC, i.e. in the 1st century BC)
    ("The Ara Pacis Augustae, consecrated in 9 BC on the Campus Martius to honour Augustus's return from Spain and Gaul, now stands in a pavilion designed by Richard Meier.",
     "Алтарь Мира Августа освятили на Марсовом поле во II в. до н. э.; с 2006 г. он выставлен в павильоне Ричарда Мейера.",
     C, "century", "art", True, "Ara Pacis"),
    # FALSE: EN (Beata Beatrix is a memorial portrait of Rossetti's wife Elizabeth Siddal, not Jane Morris)
    ("Dante Gabriel Rossetti's Beata Beatrix, begun around 1864, portrays his late wife Jane Morris as Dante's Beatrice in a trance-like moment of death.",
     "Картина Данте Габриэля Россетти «Беата Беатрикс» (ок. 1864–1870) — посмертный портрет его жены Элизабет Сиддал в образе дантовской Беатриче; хранится в галерее Тейт.",
     C, "person", "art", False, "Beata Beatrix"),
    ("Arkhip Kuindzhi's Birch Grove, with its sunlit glade framed by dark trees, caused a sensation at the Peredvizhniki exhibition of 1879.",
     "«Берёзовая роща» А. И. Куинджи, написанная в 1879 г., хранится в Третьяковской галерее.",
     A, "year", "art", True, "Birch Grove"),
    ("Aleksandr Deineka painted Future Pilots in 1938: three boys seen from behind on a seaside embankment watch a seaplane over the water.",
     "Картина Дейнеки «Будущие лётчики» (1938) изображает со спины трёх мальчиков, глядящих с набережной на гидросамолёт; полотно хранится в Третьяковке.",
     A, "year", "art", False, "Future Pilots"),
    # FALSE: RU (the Lion of Belfort is carved from red sandstone)
    ("Bartholdi's Lion of Belfort, carved in red sandstone below the citadel and finished in 1880, commemorates the town's resistance to the Prussian siege of 1870–71.",
     "Бельфорский лев работы Бартольди, высеченный из серого гранита под стенами цитадели, увековечил оборону города в 1870–1871 гг.",
     C, "entity", "art", True, "Lion of Belfort"),
    # ---------------- law ----------------
    ("The Lex Calpurnia of 149 BC, proposed by the tribune Lucius Calpurnius Piso Frugi, set up Rome's first standing court to try extortion by provincial governors.",
     "Закон Кальпурния (149 г. до н. э.) учредил первую постоянную комиссию (quaestio perpetua) по делам о вымогательствах наместников провинций.",
     A, "year", "law", False, "Lex Calpurnia"),
    # FALSE: RU (Aethelberht's laws date from about AD 600, around the turn of the 6th-7th centuries)
    ("The laws of Æthelberht of Kent, issued around 600 soon after his conversion, are the earliest surviving code written in English and survive in the twelfth-century Textus Roffensis.",
     "Законы кентского короля Этельберта, изданные в начале VIII века, — древнейший дошедший до нас свод на древнеанглийском языке.",
     C, "century", "law", True, "Aethelberht"),
    ("The Kanun of Lekë Dukagjini, Albania's customary law on honour, hospitality and blood feud, was written down by the Franciscan priest Shtjefën Gjeçovi and printed in 1933.",
     "Канун Леки Дукагьини — свод албанского обычного права; собранный францисканцем Штьефеном Гьечови, он вышел отдельной книгой в 1933 г., уже после гибели составителя.",
     A, "year", "law", True, "Kanun of Leke Dukagjini"),
    # FALSE: EN (the Aubry laws set a 35-hour week)
    ("The Aubry laws of 1998 and 2000, named after labour minister Martine Aubry, cut France's legal working week to 32 hours.",
     "Законы Обри 1998 и 2000 гг., названные по имени министра труда Мартины Обри, ввели во Франции 35-часовую рабочую неделю.",
     C, "number", "law", False, "Aubry laws"),
    ("The Kefauver–Harris Amendment, signed on 10 October 1962 after the thalidomide scandal, required US drug makers to prove that new medicines actually work.",
     "Поправка Кефовера — Харриса (октябрь 1962 г.) обязала фармкомпании США доказывать не только безопасность, но и эффективность новых лекарств.",
     A, "date", "law", False, "Kefauver-Harris Amendment"),
    # ---------------- technology ----------------
    # FALSE: EN (regular Aeroflot Il-86 flights began in December 1980)
    ("The Ilyushin Il-86, the first Soviet wide-body airliner, made its maiden flight in December 1976 and entered Aeroflot service in 1983.",
     "Первый советский широкофюзеляжный лайнер Ил-86 поднялся в воздух 22.12.1976, а регулярные рейсы «Аэрофлота» на нём начались в конце 1980 г.",
     C, "year", "technology", True, "Il-86"),
    ("Nintendo's GameCube went on sale in Japan on 14 September 2001 and in North America that November, using small 8 cm optical discs.",
     "Консоль Nintendo GameCube поступила в продажу в Японии 14.09.2001; всего было продано около 21,7 млн приставок.",
     A, "date", "technology", True, "GameCube"),
    # FALSE: RU (the Ambassador was built for about 56 years, 1958-2014)
    ("Hindustan Motors built the Ambassador, a derivative of the Morris Oxford Series III, at Uttarpara near Kolkata from 1958 until 2014.",
     "Hindustan Ambassador — индийская версия британского Morris Oxford — выпускался на заводе в Уттарпаре почти 40 лет, вплоть до 2014 г.",
     C, "duration", "technology", False, "Hindustan Ambassador"),
    # FALSE: EN (the hub motors drove the front wheels)
    ("The Lohner-Porsche electric car, shown at the Paris World Exhibition of 1900, drove its rear wheels through hub motors designed by the young Ferdinand Porsche.",
     "Электромобиль Lohner-Porsche, показанный на Всемирной выставке в Париже в 1900 г., имел мотор-колёса спереди; их сконструировал молодой Фердинанд Порше.",
     C, "opposite", "technology", False, "Lohner-Porsche"),
    ("Aerogels were first made by the American chemist Samuel Kistler, who described his gas-filled gels in a 1931 letter to Nature.",
     "Первые аэрогели получил американский химик Сэмюэл Кистлер: в 1931 г. он сообщил в Nature, что сумел заменить жидкость в геле газом, не разрушив каркас.",
     A, "year", "technology", False, "Aerogel"),
    # ---------------- disasters ----------------
    # FALSE: RU (the Kyoto Animation arson took place on 18 July 2019)
    ("The arson attack on Kyoto Animation's Studio 1 on 18 July 2019 killed 36 people, most of them young animators.",
     "Поджог первой студии Kyoto Animation в Киото 28.07.2019 унёс жизни 36 человек, в основном молодых аниматоров.",
     C, "date", "disasters", True, "Kyoto Animation"),
    ("The earthquake that levelled Casamicciola on the island of Ischia on 28 July 1883 killed over 2,000 people; the young Benedetto Croce lost his parents and sister in it.",
     "При землетрясении на Искье в 1883 г. Казамиччола была почти полностью разрушена; погибли около 2300 человек.",
     A, "year", "disasters", False, "Casamicciola"),
    ("Cyclone Hudhud struck the Andhra Pradesh coast near Visakhapatnam on 12 October 2014, causing heavy damage to the port city.",
     "Циклон «Худхуд» (окт. 2014 г.) обрушился на Вишакхапатнам в штате Андхра-Прадеш; название, предложенное Оманом, означает «удод».",
     A, "place", "disasters", True, "Hudhud"),
    # FALSE: EN (Amphan made landfall on 20 May 2020)
    ("Cyclone Amphan, the costliest storm on record in the North Indian Ocean, made landfall in West Bengal in late June 2020.",
     "Суперциклон «Амфан» вышел на сушу в Западной Бенгалии 20.05.2020 и стал самым разорительным штормом в истории северной части Индийского океана.",
     C, "month", "disasters", False, "Amphan"),
    ("Storm Gudrun, which swept across southern Sweden on 8 January 2005, felled roughly 75 million cubic metres of timber.",
     "Ураган «Гудрун» (январь 2005 г., в Германии его называли «Эрвин») повалил в лесах Южной Швеции около 75 млн м³ древесины.",
     A, "number", "disasters", False, "Gudrun"),
]

RELATED = [
    ("An obelisk raised by the East India Company at Koregaon lists the soldiers who fell there, many of them from the Mahar community.",
     "Каждый год 1 января к памятной колонне в Бхима-Корегаоне приходят тысячи далитов.",
     "Koregaon", True, "history"),
    ("Freeman Dyson credited Olaf Stapledon's 1937 novel Star Maker with giving him the idea of star-enclosing shells.",
     "Сфера Дайсона — гипотетическая оболочка вокруг звезды, позволяющая цивилизации улавливать почти всё её излучение.",
     "Dyson sphere", False, "science"),
    ("The Orsini-Odescalchi castle towers over Lake Bracciano from the hilltop town that gave the lake its name.",
     "Максимальная глубина вулканического озера Браччано в Лацио превышает 160 метров.",
     "Bracciano", True, "geography"),
    ("Lorenzo Zambrano ran Cemex as chief executive from 1985 until his death in 2014.",
     "В 2007 г. мексиканская Cemex купила австралийского производителя стройматериалов Rinker Group.",
     "Cemex", False, "economy"),
    ("In the final sprint of the 1991 Tour on the Champs-Élysées, Abdoujaparov crashed heavily into the barriers.",
     "Велогонщик Джамолидин Абдужапаров, прозванный «ташкентским террором», родился в 1964 г. в Ташкенте.",
     "Abdoujaparov", True, "sport"),
    ("In Afonya, Yevgeniya Simonova plays Katya, the young nurse who quietly loves the hero.",
     "Роль сантехника Афанасия Борщова в фильме Георгия Данелии сыграл Леонид Куравлёв.",
     "Afonya", False, "culture"),
    ("Francesco Rosi adapted Christ Stopped at Eboli for the screen in 1979, with Gian Maria Volonté as Carlo Levi.",
     "Карло Леви был не только писателем, но и врачом по образованию и художником.",
     "Christ Stopped at Eboli", True, "literature"),
    ("Anna German's recording of Aleksandra Pakhmutova's song 'Nadezhda' became one of her best-loved hits in the Soviet Union.",
     "Анна Герман умерла в Варшаве в 1982 г., в возрасте 46 лет.",
     "German, Anna", False, "music"),
    ("Richard Meier's glass-and-travertine pavilion for the Ara Pacis opened in Rome in 2006.",
     "На рельефах Алтаря Мира изображена торжественная процессия членов семьи Августа.",
     "Ara Pacis", True, "art"),
    ("Before Amphan came ashore, India and Bangladesh evacuated millions of coastal residents despite the COVID-19 pandemic.",
     "Название для тропического циклона «Амфан» в своё время предложил Таиланд.",
     "Amphan", False, "disasters"),
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


def false_sides(path):
    """Count the '# FALSE: EN' / '# FALSE: RU' comments of the COMPARABLE list."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    block = src.split("COMPARABLE = [", 1)[1].split("\nRELATED = [", 1)[0]
    return re.findall(r"^\s*# FALSE: (EN|RU) \(", block, re.M)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    subjects = []
    for en, ru, label, slot, domain, ru_first, subj in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        assert "A" <= subj[0].upper() <= "L", subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused"
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, subj
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
        dom_of = {s: d for (_, _, _, _, d, _, s) in COMPARABLE}
        assert dom_of[subj] == domain, (subj, domain)

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
    split = count((r["domain"], r["label"]) for r in comp)
    heavy = [d for d in DOMAINS if split.get((d, C)) == 3]
    light = [d for d in DOMAINS if split.get((d, C)) == 2]
    assert len(heavy) == 6 and len(light) == 6, split
    fs = false_sides(os.path.abspath(__file__))
    assert len(fs) == 30 and fs.count("EN") == 15 and fs.count("RU") == 15, count(fs)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout159.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout159.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false sides:", count(fs))
    print("domains:", doms)
    print("3C+2A domains:", sorted(heavy), "| 2C+3A domains:", sorted(light))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
