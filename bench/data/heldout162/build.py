#!/usr/bin/env python3
"""Build heldout162: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the son of Attila killed at the Nedao was the eldest, Ellac; Dengizich died in 469)
    ("At the Nedao in Pannonia in 454, a coalition led by the Gepid king Ardaric broke Hunnic power, and Attila's eldest son Ellac was killed in the fighting.",
     "В битве при Недао (454 г.) гепиды Ардариха и их союзники разгромили гуннов; в сражении пал старший сын Аттилы Денгизих.",
     C, "person", "history", True),
    # FALSE: EN (at Paltzig/Kay Saltykov's Russians defeated Wedel's Prussian corps)
    ("At Paltzig on 23 July 1759 the Prussian corps of General Carl Heinrich von Wedel routed Pyotr Saltykov's Russian army, which fell back towards the Oder.",
     "12 (23) июля 1759 г. у деревни Пальциг русская армия П. С. Салтыкова разбила прусский корпус генерала Веделя, открыв себе путь к Одеру.",
     C, "opposite", "history", False),
    ("On 18 July 1332 the Bulgarian tsar Ivan Alexander defeated the Byzantine army of Andronikos III near the fortress of Rusokastro, west of Burgas.",
     "Битва у Русокастро (18.07.1332) считается последней крупной победой болгар над Византией: царь Иван Александр одолел войско Андроника III Палеолога.",
     A, "date", "history", True),
    # FALSE: RU (the Battle of Stallupönen was fought on 17 August 1914)
    ("The Battle of Stallupönen on 17 August 1914, the opening clash of the Eastern Front, saw Hermann von François's I Corps maul part of Rennenkampf's First Army.",
     "Первое сражение Восточного фронта произошло у Шталлупенена 17 сентября 1914 г.: корпус Германа фон Франсуа потрепал части 1-й армии Ренненкампфа.",
     C, "month", "history", True),
    ("After a siege of some four months, the Pomeranian fortress of Kolberg surrendered to Pyotr Rumyantsev's Russian corps in December 1761.",
     "Прусский гарнизон Кольберга сложил оружие перед корпусом П. А. Румянцева 16.12.1761, после многомесячной осады этой померанской крепости.",
     A, "month", "history", False),
    # ---------------- science ----------------
    # FALSE: RU (Sungir was discovered in 1955)
    ("The Upper Palaeolithic site of Sungir, on the outskirts of Vladimir, came to light in 1955 when workers digging clay for a brick factory struck mammoth bones.",
     "Стоянку Сунгирь под Владимиром обнаружили в 1930-х гг. при добыче глины; раскопки затем десятилетиями вёл Отто Бадер.",
     C, "decade", "science", False),
    # FALSE: EN (the Teshik-Tash burial was ringed with horns of Siberian ibex, not deer antlers)
    ("In 1938 Alexey Okladnikov uncovered at Teshik-Tash, in the mountains of southern Uzbekistan, the grave of a Neanderthal child ringed with deer antlers.",
     "В гроте Тешик-Таш (хребет Байсунтау) А. П. Окладников в 1938 г. нашёл погребение ребёнка-неандертальца лет девяти, обложенное рогами горных козлов.",
     C, "entity", "science", True),
    ("Marrella splendens, the most abundant animal of the Burgess Shale, was first collected by Charles Walcott in 1909 and formally described by him in 1912.",
     "Марреллу — самое многочисленное членистоногое сланцев Бёрджес — Ч. Уолкотт описал в 1912 г., назвав её в честь английского геолога Джона Марра.",
     A, "year", "science", False),
    # FALSE: RU (Odontochelys had a complete plastron but no full carapace)
    ("Odontochelys semitestacea, a toothed turtle about 220 million years old from Guizhou, had a complete belly shell but only a partial upper shell.",
     "У одонтохелиса — зубастой черепахи позднего триаса (≈220 млн лет, Китай) — уже был полностью сформирован спинной панцирь, а брюшного ещё не было.",
     C, "opposite", "science", True),
    ("The Steinheim skull, unearthed in July 1933 in a gravel pit at Steinheim an der Murr near Stuttgart, is thought to be about 300,000 years old.",
     "Возраст штайнхаймского черепа, найденного в 1933 г. в гравийном карьере в Вюртемберге, оценивают в 250–350 тыс. лет.",
     A, "number", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (the Pyshma is a right tributary of the Tura)
    ("The Pyshma, which flows past Beryozovsky and Kamyshlov in Sverdlovsk Oblast before crossing into Tyumen Oblast, is a right-bank tributary of the Tobol.",
     "Пышма (603 км) — правый приток Туры; река течёт по Свердловской и Тюменской областям.",
     C, "entity", "geography", False),
    # FALSE: RU (the Buzuluk fortress was founded in 1736)
    ("Buzuluk, a town in Orenburg Oblast, grew out of a fortress founded in 1736 near the point where the Buzuluk river meets the Samara.",
     "Город Бузулук на реке Самаре ведёт историю от крепости, заложенной в 1760-х гг. в ходе освоения оренбургских степей.",
     C, "decade", "geography", True),
    ("The Ilych, a right tributary of the Pechora roughly 410 km long, drains the western slopes of the Northern Urals in the Komi Republic.",
     "Река Илыч (411 км) впадает в Печору справа; значительная часть её бассейна входит в Печоро-Илычский заповедник.",
     A, "number", "geography", False),
    # FALSE: EN (Zorkul was reached and named Lake Victoria by Lieutenant John Wood, a member of Burnes's mission)
    ("Zorkul, a high Pamir lake on the border of Tajikistan and Afghanistan, was reached in 1838 by the Scottish explorer Alexander Burnes, who named it Lake Victoria.",
     "Высокогорное озеро Зоркуль (ок. 4100 м) на таджикско-афганской границе лейтенант Джон Вуд в феврале 1838 г. назвал в честь королевы Виктории.",
     C, "person", "geography", True),
    ("Lake Zyuratkul in Chelyabinsk Oblast lies about 724 metres above sea level, unusually high for a lake in the Southern Urals.",
     "Озеро Зюраткуль (высота 724 м над уровнем моря) с 1993 г. входит в одноимённый национальный парк в Саткинском районе Челябинской обл.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Sinebrychoff belongs to the Carlsberg group)
    ("Sinebrychoff, the oldest operating brewery in the Nordic countries, was founded in Helsinki in 1819 by the Russian merchant Nikolai Sinebrychoff and now belongs to Carlsberg.",
     "Старейшая пивоварня Северных стран, основанная купцом Николаем Синебрюховым в Гельсингфорсе в 1819 г., ныне принадлежит концерну Heineken.",
     C, "organisation", "economy", False),
    ("The Zhigulevsky brewery on the Volga embankment in Samara was founded in 1881 by the Austrian entrepreneur Alfred von Vacano.",
     "Жигулёвский пивоваренный завод в Самаре, открытый в 1881 году австрийским подданным Альфредом фон Вакано, работает и поныне.",
     A, "year", "economy", True),
    # FALSE: EN (the firm was founded by Henri (Genrikh) Brocard; Ernest Beaux worked for Rallet)
    ("The Moscow perfume factory Novaya Zarya grew out of a business founded in 1864 by the French perfumer Ernest Beaux.",
     "Фабрика «Новая заря» ведёт историю от парфюмерного дела, которое француз Генрих Брокар открыл в Москве в 1864 г.",
     C, "person", "economy", True),
    ("Uralvagonzavod in Nizhny Tagil turned out its first railway freight car on 11 October 1936, a date still kept as the plant's birthday.",
     "Уралвагонзавод выпустил первый вагон 11.10.1936; в войну, после эвакуации сюда Харьковского завода, в Нижнем Тагиле массово делали танки Т-34.",
     A, "date", "economy", False),
    ("Warsteiner traces its origins to 1753, when Antonius Cramer began brewing in the Sauerland town of Warstein; the Cramer family still owns it.",
     "Пивоварня Warsteiner из Зауэрланда основана в 1753 году и до сих пор остаётся семейным предприятием Крамеров.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Shilkov won the 5000 m gold in Cortina)
    ("At the 1956 Winter Olympics in Cortina d'Ampezzo the Soviet skater Boris Shilkov took the silver medal in the 5,000 metres.",
     "Борис Шилков — олимпийский чемпион 1956 г. на дистанции 5000 м и чемпион мира в классическом многоборье 1954 г.",
     C, "rank", "sport", False),
    # FALSE: RU (Melanin's Olympic title came at Innsbruck in 1964)
    ("Vladimir Melanin won the 20 km individual biathlon at the 1964 Innsbruck Olympics, the first Olympic gold for a Soviet biathlete.",
     "Биатлонист Владимир Меланин стал олимпийским чемпионом в индивидуальной гонке на 20 км в 1960 году, принеся СССР первое золото в этом виде спорта.",
     C, "year", "sport", True),
    ("Olga Rubtsova became women's world chess champion in 1956, finishing ahead of Elisaveta Bykova and Lyudmila Rudenko in a three-player match-tournament in Moscow.",
     "В 1956 г. Ольга Рубцова выиграла матч-турнир трёх шахматисток и стала четвёртой чемпионкой мира; через два года титул у неё отобрала Елизавета Быкова.",
     A, "year", "sport", False),
    # FALSE: RU (Stepanov's world record was 2.16 m)
    ("On 13 July 1957 in Leningrad, Yuri Stepanov cleared 2.16 metres, taking the high jump world record from the American Charles Dumas.",
     "Юрий Степанов в июле 1957 г. в Ленинграде установил мировой рекорд в прыжках в высоту — 2,18 м, превзойдя достижение Чарльза Дюмаса.",
     C, "number", "sport", False),
    ("Viktor Ponedelnik's extra-time header gave the Soviet Union a 2–1 win over Yugoslavia in the first European Nations' Cup final in Paris in July 1960.",
     "Победный мяч в финале первого Кубка европейских наций (Париж, 10.07.1960) забил головой Виктор Понедельник на 113-й минуте.",
     A, "person", "sport", True),
    # ---------------- culture ----------------
    ("The Sapporo Snow Festival began in 1950, when local high-school students built six snow statues in Odori Park.",
     "Первый Снежный фестиваль в Саппоро прошёл в 1950 г.: школьники слепили в парке Одори шесть снежных скульптур.",
     A, "year", "culture", False),
    ("The Soviet popular-science monthly Tekhnika — Molodezhi, launched in 1933, serialised Ivan Yefremov's novel Andromeda in 1957.",
     "Научно-популярный журнал «Техника — молодёжи» издаётся в Москве с 1933 года и считается одним из старейших в своём роде.",
     A, "year", "culture", True),
    # FALSE: EN (nachos were first served at the Victory Club in Piedras Negras)
    ("Nachos were improvised in 1943 by the maître d' Ignacio 'Nacho' Anaya at a restaurant in the Mexican border town of Ciudad Acuña.",
     "Начос придумал в 1943 г. метрдотель Игнасио «Начо» Анайя в мексиканском Пьедрас-Неграсе, накормив жён американских военных из соседнего Игл-Пасса.",
     C, "place", "culture", True),
    # FALSE: RU (Adolf Frederick died on 12 February 1771)
    ("The Swedish king Adolf Frederick died on 12 February 1771 after a huge dinner crowned, according to tradition, with fourteen servings of semla.",
     "По преданию, шведский король Адольф Фредрик скончался 12 марта 1771 г. после обильного ужина, завершённого четырнадцатью порциями семлы.",
     C, "month", "culture", False),
    ("The Mozartkugel, a ball of pistachio marzipan and nougat coated in dark chocolate, was created in Salzburg in 1890 by the confectioner Paul Fürst.",
     "Конфету «Моцарткугель» придумал в 1890 г. зальцбургский кондитер Пауль Фюрст; на выставке в Париже в 1905 г. она получила золотую медаль.",
     A, "person", "culture", True),
    # ---------------- literature ----------------
    ("Marguerite Duras's Moderato cantabile, which opens with a child's piano lesson interrupted by a scream from the café below, appeared in 1958.",
     "Короткий роман Маргерит Дюрас «Модерато кантабиле» парижское издательство «Минюи» выпустило в 1958 году.",
     A, "year", "literature", False),
    # FALSE: EN (Unterm Rad was published in 1906)
    ("Hermann Hesse's novel Beneath the Wheel, published in 1916, follows the gifted schoolboy Hans Giebenrath to the Protestant seminary at Maulbronn.",
     "Герой повести Германа Гессе «Под колесом» (1906) Ганс Гибенрат поступает в Маульброннскую семинарию, где когда-то учился и сам автор.",
     C, "decade", "literature", True),
    # FALSE: RU (at the end of Mitya's Love the hero shoots himself)
    ("Ivan Bunin's novella Mitya's Love, first published in Paris in 1925, ends with its young hero shooting himself.",
     "В финале бунинской «Митиной любви» (1925) измученный ревностью студент Митя так и не решается покончить с собой.",
     C, "polarity", "literature", False),
    ("Pierre Loti's 1886 novel An Iceland Fisherman follows Yann Gaos, a fisherman from Paimpol in Brittany who sails each season to the cod grounds off Iceland.",
     "Роман Пьера Лоти «Исландский рыбак» вышел в 1886 г.; его герои — пемпольский рыбак Янн Гаос и полюбившая его Го.",
     A, "person", "literature", True),
    ("Vladimir Korolenko wrote Makar's Dream, a Christmas tale about a poor peasant judged after death, during his exile in Yakutia; it appeared in 1885.",
     "Рассказ «Сон Макара» Короленко написал в ссылке в якутской слободе Амга; опубликован он в 1885 г. в журнале «Русская мысль».",
     A, "year", "literature", False),
    # ---------------- music ----------------
    ("Sergei Taneyev's only opera, the trilogy Oresteia after Aeschylus, was first staged at the Mariinsky Theatre in St Petersburg in 1895.",
     "Оперная трилогия «Орестея» — единственная опера Танеева; её премьера прошла на сцене Мариинского театра осенью 1895 г.",
     A, "year", "music", True),
    # FALSE: EN (Shurale was premiered in Kazan)
    ("Farid Yarullin's ballet Shurale, based on a poem by Gabdulla Tukay, was first performed in Ufa in 1945.",
     "Балет Фарида Яруллина «Шурале» по мотивам поэмы Габдуллы Тукая впервые поставлен в Казани в 1945 г., уже после гибели композитора на фронте.",
     C, "place", "music", False),
    # FALSE: RU (Matia Bazar won Sanremo in 1978)
    ("Matia Bazar, formed in Genoa in 1975, won the Sanremo Festival in 1978 with '...e dirsi ciao', sung by Antonella Ruggiero.",
     "Генуэзская группа Matia Bazar с солисткой Антонеллой Руджеро победила на фестивале в Сан-Ремо в 1983 г. с песней «…e dirsi ciao».",
     C, "year", "music", True),
    # FALSE: EN (Italy finished third at Eurovision 1987)
    ("At the 1987 Eurovision Song Contest in Brussels, Umberto Tozzi and Raf sang 'Gente di mare' for Italy and finished second.",
     "Умберто Тоцци, автор хита «Ti amo» (1977), в 1987 г. вместе с Рафом занял третье место на «Евровидении» с песней «Gente di mare».",
     C, "rank", "music", False),
    ("The Dutch band Teach-In won the 1975 Eurovision Song Contest in Stockholm with 'Ding-a-dong', sung by Getty Kaspers.",
     "Песня «Ding-a-dong» голландской группы Teach-In принесла Нидерландам победу на конкурсе «Евровидение-1975» в Стокгольме.",
     A, "year", "music", False),
    # ---------------- art ----------------
    ("The gold Mold cape, found by workmen in 1833 in a burial mound at Mold in north-east Wales, dates from about 1900–1600 BC.",
     "Золотая «накидка из Молда» бронзового века (ок. 1900–1600 гг. до н. э.) найдена в 1833 г. в Уэльсе и ныне хранится в Британском музее.",
     A, "year", "art", False),
    # FALSE: RU (the Shigir Idol is carved from larch)
    ("The Shigir Idol, a carved larch figure more than 11,000 years old, was pulled from a peat bog near Kirovgrad in the Urals by gold prospectors in January 1890.",
     "Шигирский идол, найденный в 1890 г. на Среднем Урале, вырезан из ствола дуба более 11 тыс. лет назад и хранится в Екатеринбурге.",
     C, "entity", "art", True),
    # FALSE: EN (the Pazyryk carpet is kept in the State Hermitage)
    ("The Pazyryk carpet, the oldest known knotted pile carpet, dating from the 5th century BC, is kept at the State Historical Museum in Moscow.",
     "Пазырыкский ковёр, найденный С. И. Руденко в 1949 г. в пятом Пазырыкском кургане на Алтае, хранится в Эрмитаже.",
     C, "organisation", "art", False),
    ("The Narmer Palette, a siltstone slab of about 3100 BC showing the king in both the White and the Red Crown, was found at Hierakonpolis in 1897–98.",
     "Палетку Нармера обнаружили Джеймс Квибелл и Фредерик Грин при раскопках Иераконполя; ныне она хранится в Египетском музее Каира.",
     A, "place", "art", True),
    ("The Bronze Age gold Rillaton cup, dug from a barrow on Bodmin Moor in 1837, was once used by King George V to hold his collar studs.",
     "Золотой кубок из Риллатона (Корнуолл), найденный в кургане в 1837 г., король Георг V держал в своей гардеробной для запонок.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the treaty capped the Bulgarian army at 20,000 men)
    ("Under the Treaty of Neuilly, signed on 27 November 1919, Bulgaria lost its Aegean coastline and had its army capped at 50,000 men.",
     "Нёйиский мирный договор (27.11.1919) лишил Болгарию выхода к Эгейскому морю и ограничил её армию 20 тыс. человек.",
     C, "number", "law", True),
    ("Henry VIII's Statute of Uses of 1535 tried to stop landowners dodging feudal dues by vesting legal title in the beneficiaries of 'uses'.",
     "Статут о пользовании (Statute of Uses), принятый парламентом Генриха VIII в 1535 г., был направлен против уклонения землевладельцев от феодальных платежей.",
     A, "year", "law", False),
    ("The US Timber Culture Act of 1873 offered settlers on the Great Plains an extra 160 acres if they planted a quarter of the land with trees.",
     "Американский закон 1873 г. о лесонасаждениях давал поселенцу 160 акров при условии, что 40 из них он засадит деревьями; отменён в 1891 г.",
     A, "number", "law", True),
    # FALSE: RU (the Scott Act dates from 1888; 1882 is the Chinese Exclusion Act)
    ("The Scott Act of 1888 barred Chinese labourers who had left the United States from coming back, stranding some 20,000 holders of return certificates.",
     "Принятый в 1882 г. закон Скотта запретил китайским рабочим, выехавшим из США, возвращаться обратно — даже при наличии возвратных свидетельств.",
     C, "year", "law", False),
    ("The first Complete Collection of Laws of the Russian Empire, compiled under Mikhail Speransky and published in 1830, ran to 45 volumes of acts from 1649 to 1825.",
     "Первое «Полное собрание законов Российской империи» (1830) в 45 томах охватывало акты от Соборного уложения 1649 г. до конца 1825 г.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (Shazam was bought by Apple)
    ("Shazam, the song-recognition service founded in London in 1999, was bought by Google in 2018.",
     "Сервис распознавания музыки Shazam, созданный в Лондоне в 1999 г., в 2018 г. перешёл под контроль Apple.",
     C, "organisation", "technology", False),
    ("The Sukhoi T-4, a titanium-built Mach 3 strike aircraft nicknamed 'Sotka', made its first flight on 22 August 1972.",
     "Первый полёт ударно-разведывательного самолёта Т-4 («сотка») ОКБ Сухого состоялся 22.08.1972; уцелевший экземпляр стоит в музее в Монине.",
     A, "date", "technology", True),
    # FALSE: RU (Venera 13 survived 127 minutes on the surface; 32 minutes was its design life)
    ("Venera 13 landed on Venus on 1 March 1982 and kept transmitting for 127 minutes, far longer than the 32 minutes it was designed for.",
     "Советская станция «Венера-13», севшая на Венеру 01.03.1982, проработала на поверхности всего около получаса, успев передать первые цветные снимки.",
     C, "duration", "technology", True),
    ("The Opera web browser began in 1994 as a research project at the Norwegian telecom company Telenor, led by Jon Stephenson von Tetzchner and Geir Ivarsøy.",
     "Браузер Opera появился в 1994 г. как исследовательский проект норвежской компании Telenor; в 1995 г. его авторы основали фирму Opera Software.",
     A, "organisation", "technology", False),
    ("Launched on 1 November 1963, the Soviet Polyot 1 was the first satellite able to change its orbit with its own engines.",
     "«Полёт-1», выведенный на орбиту 01.11.1963, стал первым в мире маневрирующим спутником; его создали в ОКБ-52 В. Н. Челомея.",
     A, "date", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Westgate Bridge collapse killed 35 workers)
    ("On 15 October 1970 a 112-metre span of the Westgate Bridge, then under construction over the Yarra in Melbourne, collapsed and killed 35 workers.",
     "Обрушение пролёта строившегося моста Уэстгейт в Мельбурне 15.10.1970 унесло жизни 53 рабочих.",
     C, "number", "disasters", True),
    ("On 10 January 1962 a huge ice avalanche from Huascarán buried the Peruvian town of Ranrahirca and several nearby villages, killing thousands.",
     "Ледовая лавина, сорвавшаяся с Уаскарана 10.01.1962, стёрла с лица земли городок Ранраирка; погибли около 4 тыс. человек.",
     A, "date", "disasters", True),
    # FALSE: EN (the Mount Polley mine is in British Columbia)
    ("The tailings dam at the Mount Polley copper and gold mine in central Alberta burst on 4 August 2014, releasing millions of cubic metres of mining waste.",
     "4 августа 2014 г. в Британской Колумбии прорвало хвостохранилище медно-золотого рудника Маунт-Полли компании Imperial Metals.",
     C, "place", "disasters", False),
    # FALSE: EN (the Tomsk-7 accident was rated level 3 on the INES scale)
    ("The explosion of a tank at the Siberian Chemical Combine in the closed city of Tomsk-7 on 6 April 1993 was rated level 4 on the INES scale.",
     "Авария 6 апреля 1993 г. на Сибирском химическом комбинате в Томске-7 (Северск), где взорвалась ёмкость с раствором урана, получила 3-й уровень по шкале INES.",
     C, "scale", "disasters", False),
    ("On 4 October 1988 freight wagons loaded with industrial explosives blew up at the Sverdlovsk-Sortirovochny rail yard, killing several people and injuring hundreds.",
     "Взрыв вагонов с промышленной взрывчаткой на станции Свердловск-Сортировочный 04.10.1988 повредил множество зданий в окрестных кварталах.",
     A, "date", "disasters", False),
]

RELATED = [
    ("The Battle of Nedao was fought in Pannonia in 454 between the Huns and a coalition of their former Germanic subjects.",
     "После победы при Недао гепиды короля Ардариха заняли земли бывшей римской провинции Дакии и основали там своё королевство.",
     "Nedao", True, "history"),
    ("At Sungir two children were buried head to head, accompanied by long spears straightened from mammoth tusks and thousands of ivory beads.",
     "Раскопки палеолитической стоянки Сунгирь с 1956 по 1977 год вёл археолог Отто Бадер.",
     "Sungir", False, "science"),
    ("In early 1942 the first Czechoslovak military unit in the Soviet Union was formed in the town of Buzuluk.",
     "Бузулукский бор на границе Оренбургской и Самарской областей в 2007 г. получил статус национального парка.",
     "Buzuluk", True, "geography"),
    ("Sinebrychoff also bottles Coca-Cola soft drinks for the Finnish market.",
     "Бывший особняк семьи Синебрюховых на бульваре Булеварди в Хельсинки сегодня занимает художественный музей.",
     "Sinebrychoff", False, "economy"),
    ("Viktor Ponedelnik, born in Rostov-on-Don in 1937, spent the best years of his career with the army club SKA Rostov.",
     "В 1960 г. форвард Виктор Понедельник принёс сборной СССР титул чемпиона Европы, забив решающий гол в финале против Югославии.",
     "Ponedelnik", True, "sport"),
    ("In Finland the semla is known as laskiaispulla and is eaten in the weeks before Lent.",
     "Семлу делают из пшеничной булочки с кардамоном, начиняя её миндальной пастой и взбитыми сливками.",
     "Semla", False, "culture"),
    ("The heroine of Moderato cantabile, Anne Desbaresdes, is the bored wife of a rich factory owner in a small seaside town.",
     "За роль в экранизации «Модерато кантабиле» (1960) Жанна Моро получила приз Каннского фестиваля за лучшую женскую роль.",
     "Moderato cantabile", True, "literature"),
    ("Matia Bazar represented Italy at the 1979 Eurovision Song Contest in Jerusalem with the song 'Raggio di luna'.",
     "Первая солистка генуэзской группы Matia Bazar Антонелла Руджеро покинула коллектив в 1989 году ради сольной карьеры.",
     "Matia Bazar", False, "music"),
    ("The Pazyryk carpet measures roughly 1.8 by 2 metres and is bordered by a frieze of horsemen and a procession of deer.",
     "Пазырыкский ковёр уцелел благодаря вечной мерзлоте, сковавшей погребальную камеру кургана.",
     "Pazyryk carpet", True, "art"),
    ("The Westgate Bridge in Melbourne was finally opened to traffic in 1978.",
     "Королевская комиссия, расследовавшая катастрофу на мосту Уэстгейт, возложила вину и на проектировщиков, и на строителей.",
     "Westgate Bridge", False, "disasters"),
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
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    split = count((r["domain"], r["label"]) for r in comp)
    three_c = [d for d in doms if split.get((d, C)) == 3 and split.get((d, A)) == 2]
    two_c = [d for d in doms if split.get((d, C)) == 2 and split.get((d, A)) == 3]
    assert len(three_c) == 6 and len(two_c) == 6, split
    rel_domains = count(r["domain"] for r in rel)
    assert len(rel_domains) == 10, rel_domains
    # every contradict row carries a '# FALSE: EN|RU' comment; 15 of each
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    fe = len(re.findall(r"^\s*# FALSE: EN ", src, re.M))
    fr = len(re.findall(r"^\s*# FALSE: RU ", src, re.M))
    assert fe == 15 and fr == 15, (fe, fr)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout162.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout162.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", rel_domains)


if __name__ == "__main__":
    main()
