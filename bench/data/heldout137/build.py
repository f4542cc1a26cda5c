#!/usr/bin/env python3
"""Build heldout137: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, subject, false_side).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
false_side is None for agree rows.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "en", "ru"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the commander who fled by boat to Plymouth was the Earl of Essex, not the Earl of Manchester)
    ("Trapped in Cornwall in the summer of 1644, the Earl of Essex escaped by boat to Plymouth, and on 2 September his infantry surrendered to Charles I near Lostwithiel.",
     "Кампания при Лостуитиеле (Корнуолл, август–сентябрь 1644 г.) закончилась капитуляцией пехоты парламента, а её командующий граф Манчестер бежал на лодке в Плимут.",
     C, "person", "history", True, "Lostwithiel", RU),
    # FALSE: EN (Adwalton Moor was fought on 30 June 1643)
    ("At Adwalton Moor near Bradford, in June 1644, the Royalist Earl of Newcastle routed the Yorkshire Parliamentarians of Lord Fairfax and his son Sir Thomas.",
     "Битва при Адуолтон-Муре (30.06.1643) принесла роялистам графа Ньюкасла контроль почти над всем Йоркширом, кроме Халла; Ферфаксы были вынуждены отступить.",
     C, "year", "history", False, "Adwalton Moor", EN),
    # FALSE: RU (the French under Maurice de Saxe won at Lauffeld; Cumberland's allies were defeated)
    ("Marshal Maurice de Saxe's French army defeated the Duke of Cumberland's allied force at Lauffeld, west of Maastricht, on 2 July 1747, with Louis XV looking on.",
     "При Лауфельде под Маастрихтом 2 июля 1747 г. французы маршала Морица Саксонского потерпели поражение от союзной армии герцога Камберлендского.",
     C, "opposite", "history", True, "Lauffeld", RU),
    ("On 5 June 1646 at Benburb in County Tyrone, Owen Roe O'Neill's Confederate Ulster army crushed the Scottish Covenanters of Robert Monro.",
     "Крупнейшей победой ирландских конфедератов в войнах 1640-х гг. стала битва при Бенбербе (графство Тирон, июнь 1646 г.), где Оуэн Роэ О’Нил разгромил шотландцев Монро.",
     A, "person", "history", False, "Benburb", None),
    ("Sir William Waller's Parliamentarians beat the Royalists under Lord Forth and Sir Ralph Hopton at Cheriton in Hampshire on 29 March 1644.",
     "Сражение при Черитоне (Хэмпшир, 29.03.1644) выиграл парламентский генерал Уильям Уоллер; эта неудача положила конец надеждам роялистов продвинуться на юго-восток Англии.",
     A, "date", "history", True, "Cheriton", None),
    # ---------------- science (2 contradict + 3 agree) ----------------
    # FALSE: EN (metallic beryllium was first isolated in 1828 by Friedrich Woehler and Antoine Bussy, not by Davy)
    ("Beryllium was recognised by Louis-Nicolas Vauquelin in 1798 as an oxide in beryl, and the metal itself was first isolated in 1828 by Humphry Davy.",
     "Оксид бериллия открыл в берилле и изумруде французский химик Л. Н. Воклен (1798 г.), а металл в 1828 г. независимо друг от друга выделили Фридрих Вёлер и Антуан Бюсси.",
     C, "person", "science", False, "Beryllium", EN),
    ("Othniel Charles Marsh named Allosaurus in 1877 from fragmentary bones found in Colorado; the genus name means 'different lizard'.",
     "Аллозавр — крупный хищный динозавр позднеюрской эпохи; род описан О. Ч. Маршем в 1877 г., а его название переводится как «иной ящер».",
     A, "year", "science", True, "Allosaurus", None),
    # FALSE: EN (Ostrom described Deinonychus in 1969)
    ("John Ostrom's 1979 description of Deinonychus, based on fossils dug up in Montana, helped spark the so-called dinosaur renaissance.",
     "Дейноних из нижнего мела Монтаны был описан палеонтологом Джоном Остромом в 1969 г.; крупный серповидный коготь на задней лапе дал роду имя — «ужасный коготь».",
     C, "decade", "science", True, "Deinonychus", EN),
    ("The chicken-sized Compsognathus was described by Johann Andreas Wagner in 1859 from a skeleton found in the Solnhofen limestone of Bavaria.",
     "Компсогнат, один из самых мелких известных динозавров (размером с курицу), был найден в известняках Баварии и описан в 1859 г.",
     A, "place", "science", False, "Compsognathus", None),
    ("Comet Ikeya–Seki, spotted by two Japanese amateur astronomers in September 1965, passed closest to the Sun on 21 October that year and broke into pieces.",
     "Комета Икэя — Сэки, открытая японскими любителями Каору Икэя и Цутому Сэки, прошла перигелий 21.10.1965 и распалась на несколько фрагментов.",
     A, "date", "science", True, "Ikeya-Seki", None),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Khopyor is a left tributary of the Don, not of the Volga)
    ("The Khopyor, a left tributary of the Volga roughly 980 km long, rises in Penza Oblast and winds south through the black-earth steppe.",
     "Хопёр — левый приток Дона длиной 979 км; река берёт начало в Пензенской области, а в её пойме находится Хопёрский заповедник.",
     C, "entity", "geography", False, "Khoper", EN),
    # FALSE: RU (the landslide that dammed the Bureya happened in December 2018)
    ("In December 2018 a huge landslide blocked the Bureya, a left tributary of the Amur in Khabarovsk Krai, and army engineers later blasted a channel through it.",
     "Оползень, перекрывший Бурею (левый приток Амура, Хабаровский край) в декабре 2016 г., пришлось расчищать взрывами силами военных инженеров.",
     C, "year", "geography", True, "Bureya", RU),
    ("Konzhakovsky Kamen, at about 1,570 metres, is the highest point of Sverdlovsk Oblast and lies in the Northern Urals.",
     "Конжаковский Камень (1569 м) — высшая точка Свердловской области; массив расположен на Северном Урале неподалёку от г. Карпинска.",
     A, "number", "geography", False, "Konzhakovsky Kamen", None),
    # FALSE: RU (the Lahn joins the Rhine at Lahnstein, not at Mainz)
    ("The Lahn runs for roughly 245 km through Hesse and Rhineland-Palatinate, passing Marburg, Giessen and Limburg before meeting the Rhine at Lahnstein.",
     "Лан (245 км) протекает через Марбург, Гисен и Лимбург и впадает в Рейн у Майнца.",
     C, "place", "geography", False, "Lahn", RU),
    ("The Brenta rises from the lakes of Caldonazzo and Levico in Trentino, flows past Bassano del Grappa and reaches the Adriatic south of Chioggia.",
     "Река Брента (ок. 174 км) вытекает из озёр Кальдонаццо и Левико, протекает через Бассано-дель-Граппа и впадает в Адриатическое море.",
     A, "place", "geography", True, "Brenta", None),
    # ---------------- economy (3 contradict + 2 agree) ----------------
    # FALSE: EN (Hans Liebherr founded the company in 1949)
    ("Hans Liebherr started his company in 1954 at Kirchdorf an der Iller in Württemberg, and its first product was a mobile tower crane that was easy to assemble.",
     "Компанию Liebherr основал в 1949 г. в Кирхдорфе-на-Иллере Ганс Либхерр; первым её изделием стал передвижной башенный кран.",
     C, "year", "economy", True, "Liebherr", EN),
    # FALSE: RU (from 1975 Brembo supplied Ferrari's F1 team, not McLaren)
    ("Founded in 1961 near Bergamo as a small mechanical workshop, Brembo began supplying brakes to Ferrari's Formula One team in 1975.",
     "Основанная в 1961 г. под Бергамо фирма Brembo с 1975 г. поставляет тормоза для команды «Макларен» в «Формуле-1».",
     C, "organisation", "economy", False, "Brembo", RU),
    # FALSE: EN (De'Longhi grew out of a workshop in Treviso, not Turin)
    ("De'Longhi, which grew out of a small workshop opened in Turin in 1902, acquired the British kitchen-appliance brand Kenwood in 2001.",
     "Группа De'Longhi, выросшая из мастерской, открытой в Тревизо в 1902 г., в 2001 г. купила британскую марку кухонной техники Kenwood.",
     C, "place", "economy", True, "De'Longhi", EN),
    ("Essilor was created in 1972 when the French opticians Essel and Silor merged; Essel had launched the Varilux progressive lens back in 1959.",
     "Французская Essilor появилась в 1972 г. в результате слияния компаний Essel и Silor; прогрессивные линзы Varilux выпускаются с 1959 г.",
     A, "year", "economy", False, "Essilor", None),
    ("The Baltika brewery in St Petersburg brewed its first beer in 1990 and became part of the Danish Carlsberg Group in 2008.",
     "Пивоваренная компания «Балтика» (Санкт-Петербург) выпустила первое пиво в 1990 г.; с 2008 г. она входила в датскую группу Carlsberg.",
     A, "organisation", "economy", True, "Baltika", None),
    # ---------------- sport (2 contradict + 3 agree) ----------------
    # FALSE: RU (Gimeno beat Patrick Proisy in the 1972 final, not Adriano Panatta)
    ("Spain's Andrés Gimeno became French Open champion in 1972, at the age of 34, by beating the Frenchman Patrick Proisy in the final.",
     "Испанец Андрес Химено выиграл «Ролан Гаррос» в 1972 г., переиграв в финале итальянца Адриано Панатту.",
     C, "person", "sport", True, "Gimeno", RU),
    ("Eamonn Coghlan of Ireland took the 5000 metres title at the first World Championships in Athletics, held in Helsinki in 1983.",
     "Ирландский бегун Имонн Коглан, мастер забегов на крытых дорожках, стал чемпионом мира 1983 г. на дистанции 5000 м.",
     A, "year", "sport", False, "Coghlan", None),
    ("Czechoslovak discus thrower Ludvík Daněk won a complete set of Olympic medals: silver in Tokyo, bronze in Mexico City and finally gold in Munich in 1972.",
     "Людвик Данек (ЧССР) стал олимпийским чемпионом по метанию диска на Играх-1972 в Мюнхене, а до того брал серебро Токио-64 и бронзу Мехико-68.",
     A, "rank", "sport", True, "Danek", None),
    # FALSE: EN (Krankl scored 41 league goals in 1977-78)
    ("Hans Krankl of Rapid Vienna won the 1978 European Golden Shoe with 35 league goals and then scored twice against West Germany at the World Cup in Córdoba.",
     "Форвард «Рапида» Ханс Кранкль в сезоне 1977/78 забил 41 гол в чемпионате Австрии и получил «Золотую бутсу»; на ЧМ-1978 он дважды поразил ворота ФРГ.",
     C, "number", "sport", False, "Krankl", EN),
    ("West German decathlete Guido Kratschmer, the Olympic runner-up in Montreal in 1976, set a world record of 8,649 points in June 1980.",
     "Гвидо Крачмер (ФРГ) в 1980 г. установил мировой рекорд в десятиборье — 8649 очков, но из-за бойкота не смог выступить на Играх в Москве.",
     A, "number", "sport", True, "Kratschmer", None),
    # ---------------- culture (3 contradict + 2 agree) ----------------
    # FALSE: RU (a Jenga set has 54 blocks, stacked in 18 layers of three)
    ("Jenga, devised by Leslie Scott and launched at the London Toy Fair in January 1983, uses 54 wooden blocks stacked in 18 layers of three.",
     "Игра «Дженга» (Лесли Скотт, 1983 г.) — башня из 60 деревянных брусков, уложенных по три в ряд; название взято из языка суахили.",
     C, "number", "culture", False, "Jenga", RU),
    # FALSE: RU (the Etch A Sketch works with aluminium powder, not iron filings)
    ("The Etch A Sketch, invented by the French electrician André Cassagnes and sold by the Ohio Art Company from 1960, draws by scraping aluminium powder off the screen.",
     "Волшебный экран Etch A Sketch, придуманный французом Андре Кассанем, рисует, сдвигая железные опилки с внутренней стороны стекла; в продаже он с 1960 г.",
     C, "entity", "culture", True, "Etch A Sketch", RU),
    # FALSE: EN (the Frisbie Pie Company was based in Bridgeport, Connecticut)
    ("Wham-O renamed its Pluto Platter the Frisbee in 1958, borrowing the name of the Frisbie Pie Company of New Haven, Connecticut.",
     "Название «фрисби» компания Wham-O в 1958 г. позаимствовала у пекарни Frisbie Pie Company из Бриджпорта (Коннектикут), чьи жестянки из-под пирогов перебрасывали студенты.",
     C, "place", "culture", False, "Frisbee", EN),
    ("ZDF broadcast 281 episodes of Derrick between 1974 and 1998, with Horst Tappert as the Munich detective and Fritz Wepper as his assistant Harry Klein.",
     "Немецкий сериал «Деррик» (1974–1998 гг., 281 серия) целиком написал один автор — Херберт Райнекер; главную роль играл Хорст Тапперт.",
     A, "number", "culture", True, "Derrick", None),
    ("Blue Peter, first shown by the BBC on 16 October 1958, is the longest-running children's television programme in the world.",
     "Детская передача Би-би-си «Блю Питер» выходит в эфир с 16.10.1958; её ведущие вручают знаменитые значки с изображением парусника.",
     A, "date", "culture", False, "Blue Peter", None),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    # FALSE: RU (Fraeulein Else was published in 1924)
    ("Arthur Schnitzler's novella Fräulein Else (1924) is told entirely as the interior monologue of a young woman pressed to ask an art dealer for money.",
     "Новелла Артура Шницлера «Барышня Эльза», вышедшая в 1914 г., построена как внутренний монолог девушки, которая ради отца просит денег у торговца картинами Дорсдея.",
     C, "decade", "literature", True, "Fraeulein Else", RU),
    ("Robert Walser's novel Jakob von Gunten (1909) takes the form of the diary of a young man at the Benjamenta Institute, a strange Berlin school for servants.",
     "Роман Роберта Вальзера «Якоб фон Гунтен» вышел в 1909 г.; герой ведёт дневник, обучаясь в институте Беньямента — школе для слуг.",
     A, "year", "literature", False, "Jakob von Gunten", None),
    # FALSE: EN (the narrator spends the night with five boys: Fedya, Pavlusha, Ilyusha, Kostya and Vanya)
    ("In Turgenev's story Bezhin Meadow, first printed in 1851, the hunter-narrator spends a night by a fire with four peasant boys telling ghost stories.",
     "В рассказе «Бежин луг» (1851) из «Записок охотника» заблудившийся охотник ночует у костра с пятью крестьянскими мальчиками: Федей, Павлушей, Илюшей, Костей и Ваней.",
     C, "number", "literature", False, "Bezhin Meadow", EN),
    ("Bulgakov's satirical novella The Fatal Eggs, written in 1924, follows Professor Persikov, whose red ray turns ordinary eggs into giant reptiles.",
     "В повести М. А. Булгакова «Роковые яйца» (1924 г., изд. 1925) красный луч профессора Персикова порождает гигантских змей, крокодилов и страусов.",
     A, "person", "literature", True, "Fatal Eggs", None),
    ("Graham Greene's Brighton Rock (1938) follows Pinkie Brown, a teenage gangster, and was filmed in 1948 with Richard Attenborough in the role.",
     "Роман Грэма Грина «Брайтонский леденец» вышел в 1938 г.; в экранизации 1948 г. юного бандита Пинки сыграл Ричард Аттенборо.",
     A, "year", "literature", False, "Brighton Rock", None),
    # ---------------- music (2 contradict + 3 agree) ----------------
    # FALSE: RU (Spiral Scratch came out on the band's own New Hormones label, not Factory Records)
    ("Formed in Bolton in 1976 by Howard Devoto and Pete Shelley, Buzzcocks released the Spiral Scratch EP on their own New Hormones label in early 1977.",
     "Мини-альбом Spiral Scratch группа Buzzcocks из Болтона выпустила в январе 1977 г. на манчестерском лейбле Factory Records.",
     C, "organisation", "music", True, "Buzzcocks", RU),
    ("Joy Division singer Ian Curtis died on 18 May 1980, on the eve of the band's first North American tour; the others carried on as New Order.",
     "Вокалист Joy Division Иэн Кёртис покончил с собой в мае 1980 г., накануне американского турне; оставшиеся музыканты основали New Order.",
     A, "date", "music", False, "Joy Division", None),
    # FALSE: EN (Cocteau Twins were formed in Grangemouth in 1979)
    ("Cocteau Twins, known for Elizabeth Fraser's wordless, swooping vocals, were formed in the Scottish town of Grangemouth in 1989.",
     "Шотландская группа Cocteau Twins возникла в 1979 г. в Грейнджмуте; её визитной карточкой стал необычный голос Элизабет Фрейзер.",
     C, "decade", "music", True, "Cocteau Twins", EN),
    ("The Hague band Golden Earring, founded in 1961 by George Kooymans and Rinus Gerritsen, scored an international hit in 1973 with 'Radar Love'.",
     "Песня Radar Love (1973 г.) с альбома Moontan принесла нидерландской группе Golden Earring мировую известность.",
     A, "year", "music", False, "Golden Earring", None),
    ("Graham Nash left the Hollies in December 1968 and soon joined David Crosby and Stephen Stills in California.",
     "Грэм Нэш, один из основателей манчестерской группы The Hollies, покинул её в конце 1968 г. ради работы с Дэвидом Кросби и Стивеном Стиллзом.",
     A, "person", "music", True, "Hollies", None),
    # ---------------- art (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Kritios Boy dates from about 480 BC, i.e. the 5th century BC)
    ("The marble Kritios Boy, carved around 480 BC and now in the Acropolis Museum, is often cited as the earliest statue showing true contrapposto.",
     "Мраморный «Мальчик Крития» из Музея Акрополя, созданный в середине VI в. до н. э., считается первым образцом контрапоста в греческой скульптуре.",
     C, "century", "art", False, "Kritios Boy", RU),
    # FALSE: EN (the Battersea Shield is in the British Museum, not the Museum of London)
    ("The bronze Battersea Shield, dredged from the Thames in 1857, is one of the finest pieces of Celtic La Tène art and is kept at the Museum of London.",
     "Бронзовый щит из Баттерси, найденный в Темзе в 1857 г. при строительстве моста Челси, хранится в Британском музее.",
     C, "organisation", "art", True, "Battersea Shield", EN),
    # FALSE: EN (the Ardagh Chalice dates from the 8th century)
    ("Found in 1868 by two boys digging potatoes near Ardagh in County Limerick, the silver Ardagh Chalice dates from the 10th century.",
     "Ардахская чаша — серебряный литургический сосуд VIII в., найденный в 1868 г. в графстве Лимерик; ныне она в Национальном музее Ирландии в Дублине.",
     C, "century", "art", False, "Ardagh Chalice", EN),
    ("The Borghese Gladiator, a marble signed by Agasias of Ephesus around 100 BC, was unearthed at Nettuno in the early 17th century and is now in the Louvre.",
     "Статуя «Боргезский боец» работы Агасия Эфесского оказалась в Лувре после того, как Наполеон в 1807 г. выкупил коллекцию Боргезе.",
     A, "organisation", "art", True, "Borghese Gladiator", None),
    ("The Fuller Brooch, a late ninth-century Anglo-Saxon silver disc inlaid with niello, depicts the five senses and is in the British Museum.",
     "Англосаксонская серебряная брошь Фуллера (конец IX в.) с изображением пяти чувств хранится в Британском музее; некогда её считали подделкой.",
     A, "century", "art", False, "Fuller Brooch", None),
    # ---------------- law (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Lex Oppia of 215 BC was repealed in 195 BC, twenty years later)
    ("The Lex Oppia, passed in 215 BC after the disaster at Cannae, limited Roman women's gold and finery and was repealed twenty years later despite Cato's protests.",
     "Закон Оппия (215 г. до н. э.), ограничивший роскошь римских матрон, отменили всего через пять лет, несмотря на возражения Катона Старшего.",
     C, "duration", "law", True, "Lex Oppia", RU),
    # FALSE: EN (the Diet of the German Confederation adopted the decrees on 20 September 1819)
    ("Drafted at Metternich's instigation after the student Karl Sand murdered the playwright Kotzebue, the Carlsbad Decrees were adopted by the German Confederation's Diet in November 1819.",
     "Карлсбадские постановления, подготовленные по инициативе Меттерниха после убийства Коцебу студентом Зандом, сейм Германского союза утвердил 20 сентября 1819 г.",
     C, "month", "law", False, "Carlsbad Decrees", EN),
    ("Signed by President Grant on 12 February 1873, the Coinage Act ended the coinage of the standard silver dollar, a move critics soon called the 'Crime of '73'.",
     "Закон о чеканке монеты 1873 г. прекратил чеканку стандартного серебряного доллара; противники прозвали его «преступлением семьдесят третьего года».",
     A, "year", "law", True, "Coinage Act 1873", None),
    ("England's Divorce Reform Act 1969, in force from 1 January 1971, made irretrievable breakdown of marriage the sole ground for divorce.",
     "Закон о реформе развода 1969 г., вступивший в силу в Англии и Уэльсе 01.01.1971, сделал единственным основанием развода непоправимый распад брака.",
     A, "date", "law", False, "Divorce Reform Act 1969", None),
    ("The UK Dangerous Dogs Act 1991 banned four types of dog, including the pit bull terrier and the Japanese Tosa.",
     "Британский закон об опасных собаках 1991 г. запретил питбультерьеров, японских тоса, дого аргентино и фила бразилейро; в 2023 г. в список добавили XL-булли.",
     A, "number", "law", True, "Dangerous Dogs Act 1991", None),
    # ---------------- technology (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Kenbak-1 had no microprocessor; its logic was built from TTL chips)
    ("John Blankenbaker's Kenbak-1 of 1971, sold for about $750, had no microprocessor: its logic was built from discrete TTL chips.",
     "Персональный компьютер Kenbak-1 (1971 г.) конструктора Джона Бланкенбейкера продавался примерно за 750 долл. и уже имел микропроцессор.",
     C, "polarity", "technology", False, "Kenbak-1", RU),
    # FALSE: EN (the Jupiter Ace used Forth, not Pascal)
    ("The Jupiter Ace, launched in 1982 by Jupiter Cantab of Cambridge, stood out among home computers by using the Pascal language instead of BASIC.",
     "Британский домашний компьютер Jupiter Ace (1982 г.) вместо привычного Бейсика работал на языке Форт; его создали Ричард Альтвассер и Стивен Викерс.",
     C, "entity", "technology", True, "Jupiter Ace", EN),
    # FALSE: RU (the Dragon 32 went on sale in August 1982)
    ("Built in Wales by Dragon Data, the Dragon 32 home computer went on sale in August 1982 with a Motorola 6809 processor and 32 KB of memory.",
     "Валлийский компьютер Dragon 32 фирмы Dragon Data появился в продаже в ноябре 1982 г.: процессор Motorola 6809, 32 Кбайт ОЗУ.",
     C, "month", "technology", False, "Dragon 32", RU),
    ("Amstrad's CPC 464, launched in April 1984, came with a built-in cassette deck and 64 KB of RAM.",
     "В 1984 г. фирма Алана Шугара Amstrad выпустила компьютер CPC 464 с 64 Кбайт памяти и встроенным кассетным магнитофоном.",
     A, "number", "technology", True, "Amstrad CPC 464", None),
    ("The Listowel and Ballybunion Railway in County Kerry, a Lartigue monorail, carried passengers from 1888 until it closed in 1924.",
     "Монорельсовая дорога системы Шарля Лартига между Листоуэлом и Баллибанионом (Ирландия) проработала с 1888 по 1924 г.",
     A, "duration", "technology", False, "Lartigue monorail", None),
    # ---------------- disasters (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Hawes Junction crash happened early on 24 December 1910)
    ("In the early hours of 24 December 1910, a Scotch express ran into two light engines at Hawes Junction on the Settle–Carlisle line; twelve people died.",
     "Крушение у станции Хоуз-Джанкшен (линия Сеттл — Карлайл, 26.12.1910): экспресс врезался в два локомотива, погибли 12 человек.",
     C, "date", "disasters", True, "Hawes Junction", RU),
    ("Sixteen people died on 2 September 1913 when one Midland Railway sleeping-car express ran into the back of another near Ais Gill summit.",
     "Катастрофа у Эйс-Гилл (02.09.1913): два ночных экспресса Мидлендской железной дороги столкнулись, и пожар от газового освещения унёс 16 жизней.",
     A, "date", "disasters", False, "Ais Gill", None),
    # FALSE: EN (driver George Gourlay was convicted of culpable homicide and sentenced to five months)
    ("After the Elliot Junction collision near Arbroath in December 1906, which killed 22 people, the driver George Gourlay was acquitted of culpable homicide.",
     "Машиниста Джорджа Гурлея, виновного в крушении у Эллиот-Джанкшен близ Арброта (28.12.1906, 22 погибших), суд признал виновным и приговорил к пяти месяцам тюрьмы.",
     C, "opposite", "disasters", False, "Elliot Junction", EN),
    ("The Dibble's Bridge coach crash of 27 May 1975 in North Yorkshire, where a coach's brakes failed on a steep descent, remains Britain's deadliest road accident.",
     "Самая тяжёлая автокатастрофа в истории Великобритании случилась 27.05.1975 у моста Диббл в Северном Йоркшире: автобус с пенсионерками рухнул с моста.",
     A, "date", "disasters", False, "Dibble's Bridge", None),
    ("On 23 February 2007 a Virgin Trains Pendolino derailed at faulty points near Grayrigg in Cumbria; one passenger, an 84-year-old woman, was killed.",
     "Крушение «Пендолино» компании Virgin Trains у Грейрига (Камбрия, 23.02.2007) произошло из-за неисправной стрелки; погибла одна пассажирка.",
     A, "date", "disasters", True, "Grayrigg", None),
]

RELATED = [
    ("Lauffeld was one of the last major battles of the War of the Austrian Succession, which ended with the Treaty of Aix-la-Chapelle in 1748.",
     "Сражение при Лауфельде в англоязычных источниках нередко называют также битвой при Валь — по соседней деревне.",
     "Lauffeld", True, "history"),
    ("A small lizard, later named Bavarisaurus, was found preserved inside the rib cage of the German Compsognathus skeleton.",
     "Второй, более крупный скелет компсогната был найден во Франции, на плато Канжюэр близ Ниццы, и описан в 1972 г.",
     "Compsognathus", False, "science"),
    ("The Khopyor flows past the town of Novokhopyorsk in Voronezh Oblast, which takes its name from the river.",
     "Хопёрский заповедник был создан в 1935 г. прежде всего для охраны русской выхухоли.",
     "Khoper", True, "geography"),
    ("Besides tower cranes and excavators, the Liebherr group also makes household refrigerators and freezers.",
     "Головная компания группы Liebherr находится в швейцарском городе Бюль (кантон Фрибур).",
     "Liebherr", False, "economy"),
    ("In 1994, at the age of 41, Eamonn Coghlan became the first man over 40 to run a mile in under four minutes.",
     "На Олимпийских играх 1976 и 1980 гг. Имонн Коглан оба раза финишировал четвёртым.",
     "Coghlan", True, "sport"),
    ("Blue Peter's first presenters, in 1958, were Christopher Trace and Leila Williams.",
     "Название передачи отсылает к сигнальному флагу «Синий Питер», который поднимают перед выходом судна в море.",
     "Blue Peter", False, "culture"),
    ("The title Brighton Rock refers to the hard sticks of seaside candy with the resort's name running through them.",
     "В 2010 г. Роуэн Жоффе снял новую экранизацию романа, перенеся действие в 1960-е годы.",
     "Brighton Rock", True, "literature"),
    ("Joy Division's debut album Unknown Pleasures came out on Factory Records in 1979, produced by Martin Hannett.",
     "Группа Joy Division сложилась в Солфорде в 1976 г.; поначалу музыканты называли себя Warsaw.",
     "Joy Division", False, "music"),
    ("The Ardagh Chalice is decorated with gold filigree, enamel and glass studs, and bears the names of the apostles.",
     "Вместе с чашей в Ардахе нашли небольшой бронзовый кубок и четыре брошки.",
     "Ardagh Chalice", True, "art"),
    ("The Pendolino that derailed at Grayrigg was running from London Euston to Glasgow Central.",
     "В 2012 г. компанию Network Rail оштрафовали на 4 млн фунтов за нарушения, которые привели к крушению у Грейрига.",
     "Grayrigg", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "quantity", "unit"}
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
    subjects, false_sides = [], []
    for en, ru, label, slot, domain, ru_first, subj, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        assert "A" <= subj[0].upper() <= "L", subj
        if label == C:
            assert false_side in (EN, RU), subj
            false_sides.append(false_side)
        else:
            assert false_side is None, subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused in comparable"
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, subj
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
    assert len({s for _, _, s, _, _ in RELATED}) == 10
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    assert count(false_sides) == {EN: 15, RU: 15}, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    cdoms = count(r["domain"] for r in comp if r["label"] == C)
    assert len(cdoms) == 12 and sorted(cdoms.values()) == [2] * 6 + [3] * 6, cdoms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout137.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout137.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", cdoms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
