#!/usr/bin/env python3
"""Build heldout155: independent EN/RU claim pairs (stdlib only).

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
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (Antigonus I Monophthalmus fell at Ipsus; his son Demetrius Poliorcetes escaped)
    ("The Battle of Ipsus in Phrygia, fought in 301 BC, cost the aged Antigonus I Monophthalmus his life, while his son Demetrius escaped with the remnants of the army.",
     "В битве при Ипсе (301 г. до н. э.) войска Селевка и Лисимаха одержали верх, а на поле боя погиб Деметрий Полиоркет.",
     C, "person", "history", True),
    # FALSE: EN (at Dyrrachium Pompey defeated Caesar, not the other way round)
    ("Near Dyrrachium on the Adriatic coast, in July 48 BC, Julius Caesar inflicted a heavy defeat on Pompey a few weeks before Pharsalus.",
     "Летом 48 г. до н. э. под Диррахием (ныне Дуррес в Албании) Помпей прорвал осадные линии Цезаря и нанёс ему чувствительное поражение.",
     C, "opposite", "history", False),
    # FALSE: RU (the battle of Civitate was fought on 18 June 1053)
    ("On 18 June 1053 at Civitate in northern Apulia, the Normans under Humphrey of Hauteville and Robert Guiscard routed the army of Pope Leo IX and took the pontiff captive.",
     "Битва при Чивитате (октябрь 1053 г.) закончилась разгромом папского войска норманнами; сам Лев IX попал к ним в плен.",
     C, "month", "history", True),
    ("On 5–6 September 394, by the Frigidus river on the eastern approaches to Italy, Theodosius I defeated the usurper Eugenius and his Frankish general Arbogast.",
     "Исход битвы на реке Фригид (сентябрь 394 г.), где Феодосий разбил войска Евгения и Арбогаста, по преданию решил ураганный ветер — бора.",
     A, "date", "history", True),
    ("In the summer of 49 BC Caesar outmanoeuvred the Pompeian legates Lucius Afranius and Marcus Petreius near Ilerda, today's Lleida in Catalonia, and forced them to surrender.",
     "Кампания у Илерды завершилась капитуляцией помпеянцев Афрания и Петрея: в августе 49 г. до н. э. они сдались Цезарю без решающего сражения.",
     A, "person", "history", False),
    # ---------------- science (2 contradict + 3 agree) ----------------
    # FALSE: EN (Lamb and Retherford did the experiment at Columbia University)
    ("Willis Lamb and Robert Retherford measured the tiny splitting of two hydrogen energy levels in 1947 at Harvard University, using microwave techniques developed for radar.",
     "Лэмбовский сдвиг — небольшое расщепление уровней 2S и 2P атома водорода — измерили в 1947 г. У. Лэмб и Р. Ризерфорд в Колумбийском университете.",
     C, "organisation", "science", True),
    # FALSE: RU (Kessler and Cour-Palais published the idea in 1978)
    ("The cascade of orbital collisions now called the Kessler syndrome was described in 1978 by the NASA scientists Donald Kessler and Burton Cour-Palais.",
     "Сценарий лавинообразного роста космического мусора, известный как синдром Кесслера, сотрудник НАСА Дональд Кесслер впервые описал в 1988 г.",
     C, "decade", "science", False),
    ("Argentinosaurus huinculensis, one of the heaviest known dinosaurs, was named in 1993 by José Bonaparte and Rodolfo Coria from bones found in Neuquén Province.",
     "Аргентинозавр, гигантский титанозавр из мелового периода Патагонии (провинция Неукен), был научно описан в 1993 г.",
     A, "year", "science", True),
    ("Koplik spots, tiny bluish-white specks inside the cheeks that appear before the measles rash, are named after the New York paediatrician Henry Koplik.",
     "Пятна Филатова — Коплика, белёсые точки на слизистой щёк, служат ранним признаком кори; американский педиатр Генри Коплик описал их в 1896 г.",
     A, "person", "science", False),
    ("In 1958 the Irish surgeon Denis Burkitt, working in Uganda, described a fast-growing jaw tumour in African children that now bears his name.",
     "Лимфома Беркитта названа в честь хирурга Дениса Беркитта, который в конце 1950-х гг. изучал опухоли челюсти у детей в Уганде.",
     A, "place", "science", True),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Enns flows into the Danube at Enns/Mauthausen, not into the Inn)
    ("The Enns, about 254 kilometres long, rises in the Radstädter Tauern, flows through Styria and joins the Danube near the town of Enns.",
     "Река Эннс (254 км) берёт начало в Радштадтских Тауэрн, пересекает Штирию и впадает в Инн незадолго до его устья у Пассау.",
     C, "entity", "geography", False),
    # FALSE: EN (Lake Kaindy was formed after the earthquake of January 1911)
    ("Lake Kaindy in south-eastern Kazakhstan was created when a landslide set off by the 1887 earthquake dammed a gorge and drowned a spruce forest.",
     "Озеро Каинды в Алматинской области образовалось после землетрясения 1911 г.: обвал перегородил ущелье, и из воды до сих пор торчат стволы елей.",
     C, "year", "geography", True),
    # FALSE: RU (Krk has been linked to the mainland by the Krk Bridge since 1980)
    ("Krk, with about 406 square kilometres one of the two largest islands in the Adriatic, has been linked to the Croatian mainland by a road bridge since 1980.",
     "Крк (405,8 км²) — крупнейший наряду с Цресом остров Адриатики; постоянной связи с материком у него нет, добраться можно только паромом.",
     C, "polarity", "geography", False),
    ("The Aegean island of Ikaria takes its name from Icarus, who according to myth fell into the sea nearby after flying too close to the sun.",
     "Остров Икария в Эгейском море, по мифу, назван в честь Икара, рухнувшего в волны неподалёку; сегодня он славится своими долгожителями.",
     A, "entity", "geography", False),
    ("The Chulyshman, roughly 240 km long, is the main river feeding Lake Teletskoye, which it enters from the south in the Altai Republic.",
     "Чулышман (241 км) впадает в Телецкое озеро с юга и даёт ему бо́льшую часть притока воды.",
     A, "number", "geography", True),
    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Helfmann brothers started the business in Frankfurt am Main)
    ("Hochtief grew out of a business founded in Munich in 1874 by the brothers Philipp and Balthasar Helfmann; it later moved its headquarters to Essen.",
     "Строительный концерн Hochtief ведёт историю с 1874 г., когда братья Филипп и Бальтазар Хельфман открыли своё дело во Франкфурте-на-Майне.",
     C, "place", "economy", True),
    # FALSE: RU (Gedeon Richter founded the company in 1901, i.e. in the 20th century)
    ("The pharmacist Gedeon Richter founded his company in Budapest in 1901, starting out from the pharmacy he had bought there.",
     "Фармацевтическая компания «Гедеон Рихтер» основана в Будапеште аптекарем Гедеоном Рихтером ещё в середине XIX века.",
     C, "century", "economy", False),
    # FALSE: EN (Fosun bought Wolverhampton Wanderers in 2016, not Aston Villa)
    ("Fosun, the Shanghai conglomerate founded in 1992 by Guo Guangchang and fellow Fudan University graduates, bought the English football club Aston Villa in 2016.",
     "Шанхайская группа Fosun, основанная в 1992 г. Го Гуанчаном, в 2015 г. купила Club Med, а в 2016 г. — футбольный клуб «Вулверхэмптон Уондерерс».",
     C, "organisation", "economy", True),
    ("Biocon was started in 1978 by Kiran Mazumdar-Shaw in a rented garage in Bangalore, initially extracting enzymes for the brewing and food industries.",
     "Индийская биотехнологическая компания Biocon основана Киран Мазумдар-Шоу в Бангалоре в 1978 г.; начинала она с производства ферментов.",
     A, "year", "economy", False),
    ("Esselunga opened Italy's first American-style supermarket in Milan in 1957, with Nelson Rockefeller's investment company among its founders.",
     "Сеть Esselunga ведёт отсчёт с 1957 г., когда в Милане, на виале Регина Джованна, открылся первый в Италии супермаркет.",
     A, "place", "economy", True),
    # ---------------- culture (3 contradict + 2 agree) ----------------
    # FALSE: RU (Los Kjarkas are a Bolivian group)
    ("Kaoma's 1989 hit 'Lambada' was an unauthorised adaptation of 'Llorando se fue', a song first recorded by the Bolivian group Los Kjarkas in 1981.",
     "Мировой хит «Ламбада» (Kaoma, 1989) оказался переделкой песни «Llorando se fue» перуанского ансамбля Los Kjarkas.",
     C, "place", "culture", False),
    # FALSE: EN (the Lindy Hop emerged in the late 1920s)
    ("The Lindy Hop took shape in the ballrooms of Harlem in the late 1940s and is said to have been named after Charles Lindbergh's transatlantic flight.",
     "Линди-хоп родился в конце 1920-х гг. в гарлемском танцзале «Савой»; название танец, по легенде, получил в честь перелёта Линдберга через Атлантику (1927).",
     C, "decade", "culture", True),
    # FALSE: RU (the Kholuy lacquer-miniature artel was set up in 1934; 1924 is Palekh)
    ("Kholuy, a village in Ivanovo Oblast with a long tradition of icon painting, turned to lacquer miniatures when its artists formed an artel in 1934.",
     "Холуйская лаковая миниатюра появилась в 1924 г.: бывшие иконописцы села Холуй Ивановской области объединились в артель.",
     C, "year", "culture", False),
    ("Every year around Corpus Christi the town of Genzano di Roma covers a sloping street with a carpet of flower petals, a custom kept up since 1778.",
     "Инфиорату в Дженцано-ди-Рома, когда улицу к церкви устилают картинами из лепестков, проводят на праздник Тела Христова с конца XVIII века.",
     A, "century", "culture", False),
    ("Goluboy Ogonyok, the Soviet television variety show staged as a café evening with guests seated at tables, first went on air in 1962.",
     "Телепередача «Голубой огонёк» впервые вышла в эфир в 1962 г.; её новогодние выпуски стали непременной частью праздника в СССР.",
     A, "year", "culture", True),
    # ---------------- art (3 contradict + 2 agree) ----------------
    # FALSE: EN (Rosalba Carriera stayed in Paris only about a year, 1720-21)
    ("The Venetian pastellist Rosalba Carriera spent about five years in Paris from 1720, during which she was admitted to the Royal Academy.",
     "Розальба Каррьера провела в Париже около года (1720–1721): за это время она написала множество пастельных портретов и была принята в Королевскую академию.",
     C, "duration", "art", True),
    # FALSE: RU (Cano designed the main facade of Granada Cathedral)
    ("Alonso Cano, the Granada-born painter, sculptor and architect, designed the main facade of Granada Cathedral shortly before his death in 1667.",
     "Алонсо Кано, уроженец Гранады, живописец и скульптор, незадолго до смерти (1667) создал проект главного фасада собора в Севилье.",
     C, "entity", "art", False),
    # FALSE: EN (Fortuny, born 1838, died in 1874 aged 36)
    ("Mariano Fortuny, the Catalan painter from Reus celebrated for 'The Spanish Wedding', died in Rome in 1874 at the age of 46.",
     "Мариано Фортуни-и-Марсаль (1838–1874), автор картины «Испанская свадьба», скончался в Риме, не дожив до 37 лет.",
     C, "number", "art", True),
    ("Arthur Hughes painted 'April Love' in 1855–56; William Morris bought it, and the picture now belongs to Tate Britain in London.",
     "Картина Артура Хьюза «Апрельская любовь» (1855–1856), одно из лучших полотен прерафаэлитского круга, хранится в лондонской галерее Тейт.",
     A, "organisation", "art", False),
    ("Between 1916 and 1919 Childe Hassam painted around thirty views of New York streets hung with flags, known as the Flag series.",
     "Цикл Чайльда Хассама с флагами на улицах Нью-Йорка насчитывает около 30 картин, созданных в 1916–1919 гг.",
     A, "number", "art", True),
    # ---------------- technology (3 contradict + 2 agree) ----------------
    # FALSE: RU (Lotus 1-2-3 was released on 26 January 1983)
    ("Lotus 1-2-3, the spreadsheet that helped sell the IBM PC to offices, was released by Mitch Kapor's Lotus Development on 26 January 1983.",
     "Табличный процессор Lotus 1-2-3 компании Lotus Development, основанной Митчем Капором, поступил в продажу в сентябре 1983 г.",
     C, "month", "technology", False),
    # FALSE: EN (AltaVista was launched by Digital Equipment Corporation)
    ("The AltaVista search engine was launched in December 1995 by Hewlett-Packard, whose researchers in Palo Alto had built it to show off their servers.",
     "Поисковик AltaVista запустила в декабре 1995 г. корпорация Digital Equipment (DEC), демонстрируя мощь своих серверов Alpha.",
     C, "organisation", "technology", True),
    # FALSE: RU (Lycos is named after the wolf spiders, family Lycosidae)
    ("Lycos began in 1994 as a research project of Michael Mauldin at Carnegie Mellon University; its name comes from the family of wolf spiders.",
     "Поисковая система Lycos, созданная в 1994 г. Майклом Молдином в Университете Карнеги — Меллона, названа в честь семейства пауков-скакунов.",
     C, "entity", "technology", False),
    ("Franz Fischer and Hans Tropsch developed their process for turning carbon monoxide and hydrogen into liquid fuels in 1925 at Mülheim an der Ruhr.",
     "Процесс Фишера — Тропша, превращающий синтез-газ в жидкие углеводороды, создан в середине 1920-х гг. в Институте кайзера Вильгельма по исследованию угля (Мюльхайм-на-Руре).",
     A, "place", "technology", False),
    ("George Corliss's huge twin-cylinder steam engine drove nearly all the machines in Machinery Hall at the 1876 Centennial Exhibition in Philadelphia.",
     "На Всемирной выставке 1876 г. в Филадельфии станки машинного зала приводила в движение гигантская паровая машина Корлисса мощностью около 1400 л. с.",
     A, "year", "technology", True),
    # ---------------- sport (2 contradict + 3 agree) ----------------
    # FALSE: EN (Edmondson was ranked 212th)
    ("Mark Edmondson won the Australian Open at Kooyong in January 1976 while ranked only 112th in the world, beating the defending champion John Newcombe in the final.",
     "Австралиец Марк Эдмондсон выиграл Открытый чемпионат Австралии 1976 г., занимая в рейтинге лишь 212-е место, — рекорд для победителей турниров Большого шлема.",
     C, "rank", "sport", True),
    # FALSE: RU (Altafini scored 14 goals in the 1962-63 European Cup)
    ("José Altafini scored both Milan goals in the 2–1 European Cup final win over Benfica at Wembley in May 1963, ending the campaign with 14 goals.",
     "В розыгрыше Кубка чемпионов 1962/63 Жозе Альтафини забил за «Милан» 11 мячей, включая два в финале против «Бенфики» на «Уэмбли».",
     C, "number", "sport", False),
    ("Yukio Kasaya won the normal hill ski jump at the 1972 Sapporo Winter Olympics, leading a Japanese clean sweep of the medals.",
     "На Олимпиаде в Саппоро (1972) прыгуны Японии заняли весь пьедестал на нормальном трамплине; победил Юкио Касая.",
     A, "person", "sport", False),
    ("At the 1988 Calgary Olympics the Swede Tomas Gustafson won both the 5,000 and the 10,000 metres, setting a world record in the longer race.",
     "Шведский конькобежец Томас Густафсон в Калгари-1988 стал двукратным олимпийским чемпионом — на дистанциях 5 и 10 км.",
     A, "number", "sport", True),
    ("Jürgen Hingsen's hopes at the 1988 Seoul Olympics ended in the decathlon's opening event, when he was disqualified for three false starts in the 100 metres.",
     "Западногерманский многоборец Юрген Хингсен выбыл из олимпийского десятиборья в Сеуле (1988) уже в беге на 100 м, трижды сорвавшись со старта раньше выстрела.",
     A, "number", "sport", False),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    # FALSE: EN (Cat's Cradle was published in 1963)
    ("Kurt Vonnegut's Cat's Cradle, published in 1971, ends with the world frozen by ice-nine, a substance invented by the physicist Felix Hoenikker.",
     "Роман Курта Воннегута «Колыбель для кошки» вышел в 1963 г.; в финале мир гибнет от «льда-девять», изобретённого Феликсом Хониккером.",
     C, "year", "literature", True),
    # FALSE: RU (Goodbye to Berlin was published in 1939)
    ("Christopher Isherwood's Goodbye to Berlin, published in 1939, includes the story of Sally Bowles and later inspired the play I Am a Camera and the musical Cabaret.",
     "Сборник Кристофера Ишервуда «Прощай, Берлин», куда вошла повесть о Салли Боулз, вышел в 1929 г.",
     C, "decade", "literature", False),
    ("George Moore's novel Esther Waters (1894) follows a devout young servant, seduced by a fellow servant, who struggles to raise her illegitimate son alone.",
     "Роман Джорджа Мура «Эстер Уотерс» (1894) — история служанки из религиозной семьи, которая в одиночку растит внебрачного сына.",
     A, "year", "literature", True),
    ("Thomas Wolfe's first novel, Look Homeward, Angel, was published by Scribner's in 1929; its town of Altamont is a thinly disguised Asheville, North Carolina.",
     "Прототипом городка Алтамонт в романе Томаса Вулфа «Взгляни на дом свой, ангел» стал Ашвилл в Северной Каролине, родной город писателя.",
     A, "place", "literature", False),
    ("Goodbye, Columbus, Philip Roth's first book, a novella with five short stories, came out in 1959 and won the National Book Award the following year.",
     "Дебютная книга Филипа Рота «Прощай, Колумбус» вышла в 1959 г., а в 1960 г. получила Национальную книжную премию США.",
     A, "year", "literature", True),
    # ---------------- music (2 contradict + 3 agree) ----------------
    # FALSE: EN (Belle and Sebastian formed in Glasgow)
    ("Belle and Sebastian formed in Edinburgh in 1996, and their debut album Tigermilk was first pressed in a run of just 1,000 vinyl copies.",
     "Группа Belle and Sebastian появилась в Глазго в 1996 г.; в том же году вышел её дебютный альбом Tigermilk.",
     C, "place", "music", True),
    # FALSE: RU (Lundstrem led the orchestra for more than seventy years, 1934-2005)
    ("Oleg Lundstrem led the jazz orchestra he had founded in Harbin in 1934 for more than seventy years, until his death in 2005.",
     "Олег Лундстрем руководил своим оркестром, созданным в Харбине в 1934 г., около 40 лет — вплоть до своей кончины.",
     C, "duration", "music", False),
    ("Dmitry Kabalevsky's opera Colas Breugnon, based on Romain Rolland's novel about a Burgundian craftsman, was first staged in Leningrad in 1938.",
     "Опера Дмитрия Кабалевского «Кола Брюньон» по повести Ромена Роллана впервые прозвучала в 1938 г. в ленинградском Малом оперном театре.",
     A, "year", "music", False),
    ("Echo & the Bunnymen, formed in Liverpool in 1978, released 'The Killing Moon' in 1984 as the lead single from the album Ocean Rain.",
     "Ливерпульская группа Echo & the Bunnymen выпустила песню «The Killing Moon» в 1984 г.; она вошла в альбом Ocean Rain.",
     A, "year", "music", True),
    ("Lyube was put together in 1989 by the composer and producer Igor Matvienko, with Nikolai Rastorguev as its lead singer.",
     "Группу «Любэ» в 1989 г. создал продюсер Игорь Матвиенко; её бессменный солист — Николай Расторгуев.",
     A, "person", "music", False),
    # ---------------- law (2 contradict + 3 agree) ----------------
    # FALSE: EN (Law 180 was passed on 13 May 1978)
    ("Italy's Law 180, known as the Basaglia Law after the psychiatrist Franco Basaglia, was passed in March 1978 and ordered the closure of psychiatric asylums.",
     "Закон Базальи (закон № 180 от 13.05.1978) предписал постепенно закрыть в Италии психиатрические больницы.",
     C, "month", "law", True),
    # FALSE: RU (the Ecclesiastical Regulation was written by Feofan Prokopovich)
    ("The Ecclesiastical Regulation of 1721, drafted by Feofan Prokopovich, abolished the Russian patriarchate and placed the church under a collegial body, soon renamed the Holy Synod.",
     "Духовный регламент 1721 г., составленный Стефаном Яворским, упразднил патриаршество и учредил Духовную коллегию — Святейший синод.",
     C, "person", "law", False),
    ("The Buke shohatto, the code of conduct for Japan's warrior houses, was first issued in 1615, shortly after the fall of Osaka Castle.",
     "Свод законов для военных домов («Буке сёхатто») сёгунат Токугава обнародовал в 1615 г.; в 1635 г. Иэмицу дополнил его правилом о поочерёдном пребывании даймё в Эдо.",
     A, "year", "law", True),
    ("The Emergency Banking Act was introduced, passed by Congress and signed by Franklin Roosevelt on a single day, 9 March 1933.",
     "Закон о чрезвычайной банковской помощи (Emergency Banking Act) был принят и подписан 09.03.1933, в разгар «банковских каникул».",
     A, "date", "law", False),
    ("India's Hindu Marriage Act of 1955 made bigamy illegal for Hindus and allowed either spouse to seek a divorce.",
     "Закон об индуистском браке, принятый в Индии в 1955 г., запретил индуистам двоебрачие и ввёл право на развод.",
     A, "year", "law", True),
    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: EN (the Aalesund fire left about 10,000 people homeless)
    ("The fire that swept Ålesund on the night of 23 January 1904 left about 1,000 people homeless but claimed only one life.",
     "Пожар в Олесунне (23.01.1904) уничтожил около 850 домов и оставил без крова примерно 10 тыс. жителей; погиб один человек.",
     C, "number", "disasters", True),
    # FALSE: EN (the Dee bridge was designed by Robert Stephenson)
    ("The Dee bridge at Chester, whose cast-iron girder gave way under a train on 24 May 1847, had been designed by Isambard Kingdom Brunel.",
     "Чугунный пролёт моста через Ди в Честере, спроектированного Робертом Стефенсоном, рухнул под поездом 24 мая 1847 г.; погибли пять человек.",
     C, "person", "disasters", False),
    ("On 5 December 1876 fire broke out during a performance of 'The Two Orphans' at the Brooklyn Theatre, killing at least 278 people.",
     "Пожар в Бруклинском театре в декабре 1876 г., начавшийся во время спектакля «Две сироты», унёс почти 300 жизней.",
     A, "date", "disasters", False),
    ("The earthquake that struck Bingöl province in eastern Turkey on 1 May 2003 brought down a boarding-school dormitory at Çeltiksuyu, killing dozens of pupils.",
     "Землетрясение в турецкой провинции Бингёль 01.05.2003 унесло более 170 жизней, в том числе десятков школьников из рухнувшего интерната.",
     A, "date", "disasters", True),
    ("On 17 February 1982 an escalator at Aviamotornaya station on the Moscow Metro broke down and sent passengers tumbling, killing eight people.",
     "Авария эскалатора на станции «Авиамоторная» (17.02.1982) стала одной из самых тяжёлых в истории московского метро: погибли 8 человек.",
     A, "date", "disasters", False),
]

RELATED = [
    ("The Frigidus river of the ancient sources is usually identified with the Vipava, which flows through western Slovenia.",
     "После победы на Фригиде Феодосий недолго был единоличным правителем всей Римской империи: он умер уже в январе 395 г.",
     "Frigidus", False, "history"),
    ("In 1964 Anthony Epstein, Yvonne Barr and Bert Achong found a new herpesvirus in cells taken from Burkitt's lymphoma.",
     "Денис Беркитт позднее прославился и как пропагандист пищевых волокон, связав их нехватку в рационе с болезнями западного мира.",
     "Burkitt", True, "science"),
    ("Ikaria has long been known for its hot springs at Therma, a short distance from the port of Agios Kirykos.",
     "Икарию относят к «голубым зонам» — местам, где необычно много людей доживает до 90 лет и дольше.",
     "Ikaria", False, "geography"),
    ("Before founding Biocon, Kiran Mazumdar-Shaw trained as a master brewer in Ballarat, Australia.",
     "В 2004 г. акции индийской компании Biocon впервые разместили на фондовой бирже.",
     "Biocon", True, "economy"),
    ("Before moving to Italy, José Altafini played for Brazil at the 1958 World Cup under the nickname Mazzola.",
     "На чемпионате мира 1962 г. в Чили Альтафини выступал уже за сборную Италии.",
     "Altafini", False, "sport"),
    ("Kaoma, the band behind the 1989 hit 'Lambada', was put together in France by producers who had discovered the dance in Brazil.",
     "Солисткой группы Kaoma, исполнившей «Ламбаду», была бразильская певица Лоальва Брас.",
     "Lambada", True, "culture"),
    ("Cat's Cradle is narrated by a writer called John, who opens the book with the words 'Call me Jonah'.",
     "Вымышленная религия боконизм из «Колыбели для кошки» откровенно признаёт, что все её истины — безвредная ложь.",
     "Cat's Cradle", False, "literature"),
    ("Lyube's breakthrough hit 'Atas' came out in 1989, the same year the band was formed.",
     "Название «Любэ» Игорь Матвиенко взял от подмосковных Люберец, где прошло его детство.",
     "Lyube", True, "music"),
    ("Fortuny's son, Mariano Fortuny y Madrazo, became famous in Venice as the designer of the pleated silk Delphos gown.",
     "Картина Фортуни «Испанская свадьба» (1870) хранится в Национальном музее искусства Каталонии в Барселоне.",
     "Fortuny", False, "art"),
    ("Ålesund lies on a chain of islands on Norway's west coast and is one of the country's chief fishing ports.",
     "После пожара 1904 г. Олесунн за три года отстроили заново в камне, в стиле модерн (югендстиль).",
     "Alesund", True, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "unit", "duration", "place", "person", "organisation",
         "entity", "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
SPLIT_3C = {"history", "geography", "economy", "culture", "art", "technology"}


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


def false_sides():
    """Read the FALSE: EN/RU comments that precede contradict rows."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "build.py"), encoding="utf-8") as f:
        src = f.read()
    return re.findall(r"# FALSE: (EN|RU) \(", src)


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
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in SPLIT_3C else 2), (d, nc)
    fs = false_sides()
    assert len(fs) == 30, len(fs)
    assert fs.count("EN") == 15 and fs.count("RU") == 15, count(fs)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout155.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout155.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false sides:", count(fs))
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
