#!/usr/bin/env python3
"""Build heldout69: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side (EN or RU);
the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Hohenlinden: the Austrians were led by Archduke John, not Archduke Charles)
    ("At Hohenlinden in Bavaria on 3 December 1800, the French army of General Jean Moreau routed the Austrians commanded by Archduke John.",
     "В сражении при Гогенлиндене 3 декабря 1800 г. французы нанесли тяжёлое поражение австрийской армии, которой командовал эрцгерцог Карл.",
     C, "person", "history", False),
    # FALSE: EN (Blücher won at the Katzbach)
    ("At the Katzbach in Silesia on 26 August 1813, Blücher's Army of Silesia was defeated by the French troops of Marshal Macdonald.",
     "26 августа 1813 г. на реке Кацбах в Силезии армия Блюхера разгромила французов под командованием маршала Макдональда.",
     C, "opposite", "history", True),
    # FALSE: RU (Zwingli died at Kappel in 1531)
    ("Huldrych Zwingli was killed on 11 October 1531 at the Battle of Kappel, where the Catholic cantons defeated the forces of Zürich.",
     "Реформатор Ульрих Цвингли погиб в октябре 1541 года в битве при Каппеле, где войска католических кантонов разбили цюрихцев.",
     C, "year", "history", False),
    ("Napoleon defeated the combined Russian and Prussian armies at Bautzen in Saxony in a two-day battle in May 1813.",
     "Сражение при Бауцене 20–21 мая 1813 года завершилось победой Наполеона над союзной русско-прусской армией Витгенштейна.",
     A, "date", "history", True),
    ("In July 1195 the army of King Alfonso VIII of Castile was crushed at Alarcos, not far from present-day Ciudad Real.",
     "Битва при Аларкосе 18 июля 1195 года закончилась тяжёлым поражением кастильского короля Альфонсо VIII от войск халифа Якуба аль-Мансура.",
     A, "person", "history", False),
    # ---------------- science ----------------
    # FALSE: RU (Grignard's Nobel Prize was for 1912)
    ("Victor Grignard, who discovered the organomagnesium reagents that bear his name, received the Nobel Prize in Chemistry in 1912.",
     "Нобелевскую премию по химии французский химик Виктор Гриньяр, открывший магнийорганические реактивы, получил в 1921 году.",
     C, "year", "science", True),
    # FALSE: EN (Lawrence Bragg was 25)
    ("Lawrence Bragg was 35 years old when he and his father William Henry Bragg shared the 1915 Nobel Prize in Physics.",
     "Уильям Лоуренс Брэгг стал лауреатом Нобелевской премии по физике 1915 года вместе с отцом в возрасте 25 лет.",
     C, "number", "science", False),
    ("Philipp Lenard received the Nobel Prize in Physics in 1905 for his research on cathode rays.",
     "Уроженец Пресбурга (ныне Братислава) Филипп Ленард стал нобелевским лауреатом по физике 1905 года за работы по катодным лучам.",
     A, "year", "science", True),
    ("The Swiss physicist Charles-Édouard Guillaume won the 1920 Nobel Prize in Physics for discovering invar and other anomalous nickel-steel alloys.",
     "Нобелевскую премию по физике за 1920 год получил швейцарец Шарль Эдуар Гийом — за открытие аномалий в сплавах никеля со сталью.",
     A, "year", "science", False),
    ("Emil von Behring became the very first laureate of the Nobel Prize in Physiology or Medicine, awarded in 1901 for serum therapy against diphtheria.",
     "Первую в истории Нобелевскую премию по физиологии и медицине получил в 1901 г. немецкий врач Эмиль фон Беринг.",
     A, "rank", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (Aragats is in Armenia)
    ("With its northern summit at 4,090 metres, Mount Aragats is the highest point of Armenia.",
     "Гора Арагац, четырёхвершинный вулканический массив высотой 4090 м, является высшей точкой Грузии.",
     C, "place", "geography", False),
    # FALSE: EN (the Katun is 688 km long, not 688 miles)
    ("The Katun, the Altai river that joins the Biya to form the Ob, flows for about 688 miles from its glacial source.",
     "Длина Катуни, которая берёт начало в ледниках Алтая и при слиянии с Бией образует Обь, составляет 688 км.",
     C, "scale", "geography", True),
    # FALSE: RU (Hiiumaa is the second-largest Estonian island, after Saaremaa)
    ("Hiiumaa, covering roughly 990 square kilometres, is the second-largest island of Estonia after Saaremaa.",
     "Хийумаа площадью около тысячи квадратных километров — крупнейший остров Эстонии в Балтийском море.",
     C, "rank", "geography", True),
    ("Mount Damavand, a dormant volcano in the Alborz range, rises to about 5,610 metres and is the highest peak in Iran.",
     "Высота вулкана Демавенд, высочайшей вершины Ирана, расположенной в горах Эльбурс, составляет около 5,6 тыс. м.",
     A, "number", "geography", True),
    ("The Kyzylkum Desert lies between the Amu Darya and Syr Darya rivers, mostly within Uzbekistan and Kazakhstan.",
     "Пустыня Кызылкум площадью около 300 тыс. км² раскинулась в междуречье Амударьи и Сырдарьи.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (Debreu's prize was in 1983)
    ("Gérard Debreu, the French-born mathematical economist, was awarded the Nobel Memorial Prize in Economic Sciences in 1993 for his work on general equilibrium.",
     "Жерар Дебрё, уроженец Франции, получил премию по экономике памяти Нобеля в 1983 году за развитие теории общего равновесия.",
     C, "year", "economy", True),
    # FALSE: RU (the Louvre Accord was signed in February 1987)
    ("Signed in Paris on 22 February 1987, the Louvre Accord committed six leading industrial nations to stabilising the US dollar.",
     "Луврское соглашение о стабилизации курса доллара министры финансов ведущих стран подписали в Париже в сентябре 1987 г.",
     C, "month", "economy", False),
    ("Norwegian economist Trygve Haavelmo received the 1989 Nobel Memorial Prize in Economic Sciences for the probability foundations of econometrics.",
     "Премию памяти Нобеля по экономике за 1989 г. присудили норвежцу Трюгве Хаавельмо, заложившему вероятностные основы эконометрики.",
     A, "year", "economy", True),
    ("The Canadian mining company Bre-X collapsed in 1997, when its celebrated Busang gold find in Indonesia turned out to be a fraud.",
     "Огромное месторождение золота Бусанг на индонезийском острове Калимантан, о котором заявляла канадская Bre-X, в 1997 году оказалось мошенничеством.",
     A, "year", "economy", False),
    ("Iceland's government took control of Landsbanki on 7 October 2008 as the country's banking system collapsed.",
     "В начале октября 2008 года власти Исландии национализировали Ландсбанки — один из трёх крупнейших банков страны.",
     A, "date", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Lauda crashed in a Ferrari in 1976)
    ("Niki Lauda suffered severe burns when his McLaren crashed and caught fire during the 1976 German Grand Prix.",
     "Тяжёлые ожоги Ники Лауда получил 1 августа 1976 года, когда на Гран-при Германии его «Феррари» вылетел с трассы и загорелся.",
     C, "organisation", "sport", False),
    # FALSE: EN (Belanov played for Dynamo Kyiv)
    ("Spartak Moscow striker Igor Belanov won the 1986 Ballon d'Or as Europe's best footballer.",
     "Нападающий киевского «Динамо» Игорь Беланов был признан лучшим футболистом Европы 1986 года и получил «Золотой мяч».",
     C, "organisation", "sport", True),
    # FALSE: EN (Bobet won three Tours in a row, 1953-1955)
    ("Louison Bobet became the first rider to win the Tour de France four years in a row, starting with his victory in 1953.",
     "Француз Луизон Бобе первым в истории выиграл «Тур де Франс» три раза подряд — в 1953, 1954 и 1955 годах.",
     C, "number", "sport", False),
    ("In 1938 the American Don Budge became the first player to win all four major tennis championships in a single calendar year.",
     "Первым теннисистом, собравшим «Большой шлем» за один сезон, стал американец Дон Бадж — это случилось в 1938 г.",
     A, "rank", "sport", False),
    ("Soviet gymnast Nikolai Andrianov won 15 Olympic medals, seven of them gold, at the Games of 1972, 1976 and 1980.",
     "На счету советского гимнаста Николая Андрианова пятнадцать олимпийских наград, в том числе семь золотых.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Lucerne Festival was founded in 1938)
    ("The Lucerne Festival was founded in 1938, and its first gala concert was given in the garden of Wagner's former villa at Tribschen.",
     "Международный музыкальный фестиваль в швейцарском Люцерне, один из главных в Европе, был основан в 1958 году.",
     C, "decade", "culture", True),
    # FALSE: RU (La Tomatina is held on the last Wednesday of August)
    ("La Tomatina, the tomato fight held in the Valencian town of Buñol since 1945, takes place on the last Wednesday of August.",
     "Томатина — массовая битва помидорами в городке Буньоль под Валенсией — ежегодно проводится в последнее воскресенье августа.",
     C, "day", "culture", False),
    ("The Kröller-Müller Museum in Otterlo, opened to the public in 1938, owns the second-largest collection of Van Gogh's works.",
     "Музей Крёллер-Мюллер в нидерландском Оттерло, открытый в 1938 г., хранит почти 90 картин Ван Гога.",
     A, "year", "culture", True),
    ("The Kumbh Mela, the vast Hindu pilgrimage festival, rotates among four river sites: Prayagraj, Haridwar, Nashik and Ujjain.",
     "Праздник Кумбха-мела поочерёдно проводится в четырёх индийских городах — Праяградже, Харидваре, Удджайне и Насике.",
     A, "number", "culture", False),
    ("UNESCO inscribed the Jantar Mantar, the astronomical observatory built in Jaipur by Maharaja Jai Singh II, on its World Heritage List in 2010.",
     "Обсерватория Джантар-Мантар в Джайпуре, возведённая магараджей Джай Сингхом II в XVIII веке, включена в список Всемирного наследия ЮНЕСКО в 2010 г.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Brave New World is set in the 26th century, AD 2540)
    ("Aldous Huxley's Brave New World, published in 1932, is set in a London of the 26th century, in the year 632 After Ford.",
     "Действие романа Олдоса Хаксли «О дивный новый мир», вышедшего в 1932 году, происходит в Лондоне XXII века.",
     C, "century", "literature", False),
    # FALSE: EN (The Headless Horseman is set in Texas)
    ("Mayne Reid's novel The Headless Horseman, first published in the mid-1860s, is set on the plains of Argentina.",
     "Действие романа Майн Рида «Всадник без головы» (1865–1866) разворачивается в Техасе.",
     C, "place", "literature", True),
    # FALSE: EN (The Captain's Daughter appeared in Sovremennik in 1836, before Pushkin's death in 1837)
    ("Pushkin's historical novel The Captain's Daughter did not appear in print during the author's lifetime.",
     "Роман Пушкина «Капитанская дочка» был напечатан в журнале «Современник» в конце 1836 года, ещё при жизни автора.",
     C, "polarity", "literature", False),
    ("Pushkin wrote the five stories of The Tales of Belkin in the autumn of 1830, which he spent at the family estate of Boldino.",
     "«Повести Белкина» — цикл из пяти повестей, созданный Пушкиным знаменитой болдинской осенью 1830 года.",
     A, "number", "literature", True),
    ("The Hound of the Baskervilles first appeared as a serial in The Strand Magazine between August 1901 and April 1902.",
     "Повесть Конан Дойла «Собака Баскервилей» печаталась с продолжением в лондонском журнале «Стрэнд» в 1901–1902 годах.",
     A, "organisation", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Kinderszenen has thirteen pieces)
    ("Schumann's Kinderszenen, written in 1838, consists of twelve short piano pieces, the best known of which is Träumerei.",
     "Цикл Шумана «Детские сцены» (1838) состоит из 13 фортепианных пьес; седьмая из них — знаменитые «Грёзы».",
     C, "number", "music", True),
    # FALSE: RU (Haydn's Farewell Symphony dates from 1772)
    ("Haydn wrote his Farewell Symphony, No. 45 in F-sharp minor, in 1772 while serving at the court of Prince Esterházy.",
     "Прощальная симфония Гайдна № 45 фа-диез минор, в финале которой музыканты один за другим покидают сцену, написана в 1790-х годах.",
     C, "decade", "music", False),
    ("Beethoven's Piano Sonata No. 23 in F minor, Op. 57, received the nickname Appassionata from a Hamburg publisher years after the composer's death.",
     "Название «Аппассионата» сонате № 23 фа минор Бетховена дал гамбургский издатель Кранц в 1838 г., уже после смерти композитора.",
     A, "person", "music", True),
    ("Mozart wrote his Linz Symphony, No. 36, in just a few days in November 1783 for a concert in that Austrian city.",
     "Симфонию № 36, известную как «Линцская», Моцарт сочинил в Линце примерно за четыре дня осенью 1783 года.",
     A, "duration", "music", False),
    ("Dvořák composed his String Quartet in F major, the American, in the summer of 1893 in the Czech settlement of Spillville, Iowa.",
     "Струнный квартет № 12 фа мажор, прозванный «Американским», Дворжак написал летом 1893 года в городке Спилвилл в штате Айова.",
     A, "place", "music", True),
    # ---------------- art ----------------
    # FALSE: RU (Huntington paid £182,200)
    ("In 1921 the American railway magnate Henry Huntington paid a record £182,200 for Gainsborough's The Blue Boy.",
     "В 1921 г. американский магнат Генри Хантингтон купил «Голубого мальчика» Гейнсборо за рекордные по тем временам 82 тыс. фунтов.",
     C, "money", "art", True),
    # FALSE: EN (the Grande Odalisque was commissioned by Caroline Murat)
    ("Ingres painted the Grande Odalisque in 1814 on a commission from Napoleon's sister Pauline Borghese.",
     "«Большую одалиску» Энгр написал в 1814 г. по заказу королевы Неаполя Каролины Мюрат, сестры Наполеона.",
     C, "person", "art", True),
    # FALSE: EN (Levitan's Golden Autumn is in the Tretyakov Gallery)
    ("Isaac Levitan's landscape Golden Autumn, painted in 1895, belongs to the State Russian Museum in St Petersburg.",
     "Картина Исаака Левитана «Золотая осень» (1895) находится в собрании Государственной Третьяковской галереи в Москве.",
     C, "organisation", "art", False),
    ("Jean-François Millet's The Angelus, painted between 1857 and 1859, hangs in the Musée d'Orsay in Paris.",
     "Картина Милле «Анжелюс», изображающая двух крестьян, молящихся посреди поля, хранится в парижском музее Орсе.",
     A, "place", "art", True),
    ("Viktor Vasnetsov completed Ivan Tsarevich Riding the Grey Wolf in 1889; the canvas now belongs to the Tretyakov Gallery.",
     "Полотно «Иван-царевич на Сером волке» Виктор Васнецов написал в 1889 году по мотивам русской народной сказки.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (Kyllo was decided 5-4)
    ("In Kyllo v. United States (2001) a unanimous Supreme Court held that scanning a home with a thermal imager is a search.",
     "В деле «Кайлло против США» (2001) Верховный суд пятью голосами против четырёх признал применение тепловизора для осмотра жилища обыском.",
     C, "number", "law", True),
    # FALSE: RU (Kalashnikov v. Russia was decided in July 2002)
    ("In July 2002 the European Court of Human Rights ruled in Kalashnikov v. Russia that conditions in a Magadan remand prison amounted to degrading treatment.",
     "В деле «Калашников против России» ЕСПЧ в июле 2012 г. признал условия содержания заявителя в магаданском СИЗО унижающими достоинство.",
     C, "year", "law", False),
    # FALSE: RU (the Grand Chamber found a violation of Article 9, by 16 votes to 1)
    ("In Bayatyan v. Armenia (2011) the Grand Chamber found, by sixteen votes to one, that jailing a Jehovah's Witness who refused military service violated Article 9.",
     "По делу «Баятян против Армении» Большая палата ЕСПЧ в 2011 г. не усмотрела нарушения статьи 9 в осуждении свидетеля Иеговы, отказавшегося от армейской службы.",
     C, "polarity", "law", True),
    ("In Boumediene v. Bush, decided in June 2008, the Supreme Court ruled 5–4 that Guantanamo detainees may seek habeas corpus in federal courts.",
     "Решением по делу «Бумедьен против Буша» от 12 июня 2008 г. Верховный суд США признал за узниками Гуантанамо право оспаривать своё заключение в суде.",
     A, "date", "law", False),
    ("In Gitlow v. New York (1925) the Supreme Court accepted that the First Amendment's protection of free speech also binds the states.",
     "Решение 1925 года по делу «Гитлоу против штата Нью-Йорк» распространило гарантии свободы слова из Первой поправки на власти штатов.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the 1974 championship was held in Stockholm)
    ("The Soviet program Kaissa won the first World Computer Chess Championship, held in Stockholm in 1974.",
     "Первый чемпионат мира по шахматам среди компьютерных программ, прошедший в 1974 г. в Торонто, выиграла советская «Каисса».",
     C, "place", "technology", False),
    # FALSE: EN (the Ka-50 does have an ejection seat)
    ("Unlike most combat aircraft, the single-seat Kamov Ka-50 attack helicopter has no ejection seat for its pilot.",
     "Ударный вертолёт Ка-50 «Чёрная акула» стал первым в мире серийным вертолётом, оснащённым катапультным креслом лётчика.",
     C, "polarity", "technology", True),
    ("Hasselblad cameras made in Gothenburg were used by the Apollo 11 astronauts on the surface of the Moon in July 1969.",
     "Во время высадки в июле 1969 года астронавты «Аполлона-11» снимали на поверхности Луны шведскими фотокамерами «Хассельблад».",
     A, "entity", "technology", False),
    ("The Lavochkin La-5 fighter, powered by a Shvetsov radial engine, entered Soviet service in 1942.",
     "Истребитель Ла-5 со звездообразным двигателем воздушного охлаждения АШ-82 поступил на вооружение советских ВВС в 1942 году.",
     A, "year", "technology", True),
    ("The Dutch aircraft manufacturer Fokker, maker of the F27 Friendship airliner, was declared bankrupt in March 1996.",
     "Знаменитая нидерландская авиастроительная компания «Фоккер», основанная Антони Фоккером, обанкротилась 15 марта 1996 года.",
     A, "date", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Gleno Dam failed on 1 December 1923)
    ("The Gleno Dam in the province of Bergamo collapsed on 1 December 1923, and the flood killed at least 356 people.",
     "Прорыв плотины Глено в итальянской провинции Бергамо 1 октября 1923 года унёс жизни более 350 человек.",
     C, "month", "disasters", True),
    # FALSE: EN (the Khait landslide happened in July 1949)
    ("In July 1959 a strong earthquake in the Tajik SSR set off landslides that buried the village of Khait.",
     "В июле 1949 г. сильное землетрясение в Таджикистане вызвало оползни, похоронившие кишлак Хаит вместе с жителями.",
     C, "decade", "disasters", False),
    ("The Chillán earthquake of 24 January 1939, with a magnitude of about 7.8, remains the deadliest in Chile's history.",
     "Самым смертоносным землетрясением в истории Чили считается землетрясение в Чильяне, произошедшее в январе 1939 г.",
     A, "rank", "disasters", False),
    ("The Bath School disaster in Michigan on 18 May 1927 left 38 children and six adults dead, not counting the perpetrator himself.",
     "Жертвами массового убийства в школе городка Бат (штат Мичиган) в мае 1927 года стали 44 человека, не считая самого преступника.",
     A, "number", "disasters", True),
    ("The Dale Dyke Dam near Sheffield failed on the night of 11 March 1864, releasing a flood that killed at least 240 people.",
     "Прорыв плотины Дейл-Дайк под Шеффилдом в марте 1864 г. вызвал Великое шеффилдское наводнение, погибли свыше 200 человек.",
     A, "date", "disasters", False),
]

RELATED = [
    ("The Battle of Hohenlinden was fought in falling snow in the forest east of Munich.",
     "Поражение при Гогенлиндене вынудило Австрию заключить с Францией Люневильский мир в феврале 1801 года.",
     "Hohenlinden", True, "history"),
    ("Victor Grignard, the French chemist, was born in Cherbourg in 1871.",
     "Реактивы Гриньяра — магнийорганические соединения, которые широко применяются в органическом синтезе.",
     "Grignard", False, "science"),
    ("Mount Aragats has four summits, of which the northern one is the highest.",
     "На южном склоне Арагаца находится Бюраканская астрофизическая обсерватория, основанная Виктором Амбарцумяном.",
     "Aragats", True, "geography"),
    ("Only six weeks after his crash, Niki Lauda returned to racing and finished fourth at the Italian Grand Prix.",
     "Ники Лауда трижды становился чемпионом мира в «Формуле-1» — в 1975, 1977 и 1984 годах.",
     "Lauda", False, "sport"),
    ("The title of Brave New World is taken from a line spoken in Shakespeare's play The Tempest.",
     "Роман «О дивный новый мир» Олдос Хаксли опубликовал в 1932 году.",
     "Brave New World", True, "literature"),
    ("Dvořák wrote the American Quartet during his years as director of the National Conservatory of Music in New York.",
     "Квартет фа мажор, соч. 96, Дворжак написал очень быстро, а его мелодии построены на пентатонике.",
     "American Quartet", False, "music"),
    ("In 2022 The Blue Boy returned on loan to London's National Gallery, a century after it had left Britain.",
     "Картина Гейнсборо «Голубой мальчик» хранится в Библиотеке Хантингтона в калифорнийском Сан-Марино.",
     "Blue Boy", True, "art"),
    ("The majority opinion in Kyllo v. United States was written by Justice Antonin Scalia.",
     "Поводом для дела «Кайлло против США» стало выращивание марихуаны в доме, выявленное полицией с помощью тепловизора.",
     "Kyllo v. United States", False, "law"),
    ("Kaissa was developed in Moscow at the Institute of Control Sciences in the early 1970s.",
     "На первом чемпионате мира среди шахматных программ в 1974 году «Каисса» выиграла все четыре партии.",
     "Kaissa", True, "technology"),
    ("The Chillán earthquake of 1939 led Chile to create the development corporation CORFO later that year.",
     "Магнитуда землетрясения в Чильяне 24 января 1939 года оценивается примерно в 7,8.",
     "Chillán earthquake", False, "disasters"),
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
        assert len(rows) == 30, (lab, len(rows))
        nru = sum(r["lang_a"] == "ru" for r in rows)
        assert nru == 15, (lab, nru)
    cslots = {}
    for r in comp:
        if r["label"] == C:
            cslots[r["slot"]] = cslots.get(r["slot"], 0) + 1
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = {}
    for r in comp:
        doms[r["domain"]] = doms.get(r["domain"], 0) + 1
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp] + [r["b"] for r in comp] + \
            [r["a"] for r in rel] + [r["b"] for r in rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout69.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout69.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    aslots = {}
    for r in comp:
        if r["label"] == A:
            aslots[r["slot"]] = aslots.get(r["slot"], 0) + 1
    print("agree slots:", dict(sorted(aslots.items())))
    print("domains:", dict(sorted(doms.items())))
    rd = {}
    for r in rel:
        rd[r["domain"]] = rd.get(r["domain"], 0) + 1
    print("related domains:", dict(sorted(rd.items())))


if __name__ == "__main__":
    main()
