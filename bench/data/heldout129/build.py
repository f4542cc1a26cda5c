#!/usr/bin/env python3
"""Build heldout129: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Cromwell's English army defeated Leslie's Scots at Dunbar)
    ("On 3 September 1650 Oliver Cromwell's New Model Army, outnumbered and hemmed in near Dunbar, routed the Scottish Covenanter army commanded by David Leslie.",
     "Сражение при Данбаре (03.09.1650): шотландские ковенантеры Дэвида Лесли наголову разбили прижатую к морю английскую армию Кромвеля.",
     C, "opposite", "history", True),
    # FALSE: EN (the royal commander killed at Coutras was Anne, Duke of Joyeuse)
    ("At Coutras on 20 October 1587 Henry of Navarre's Huguenots crushed a royal army whose commander, Henry, Duke of Guise, was killed in the fighting.",
     "20 октября 1587 г. при Кутра гугеноты Генриха Наваррского разгромили королевскую армию; её командующий, герцог Анн де Жуайёз, погиб.",
     C, "person", "history", False),
    # FALSE: RU (the battle of the Garigliano was fought on 29 December 1503)
    ("In the battle on the Garigliano on 29 December 1503, Gonzalo Fernández de Córdoba's Spaniards routed the French, securing the Kingdom of Naples for Spain.",
     "Битва на реке Гарильяно, в которой испанцы «Великого капитана» Гонсало де Кордовы разбили французов, произошла в конце декабря 1508 года.",
     C, "year", "history", True),
    ("The Battle of Covadonga, traditionally dated to 722, saw the Asturian leader Pelagius defeat a Muslim force in the mountains of northern Spain.",
     "Победа астурийцев во главе с Пелайо над арабами у Ковадонги (начало VIII в.) считается началом Реконкисты.",
     A, "century", "history", True),
    ("At Jarnac, on 13 March 1569, royal troops led by the Duke of Anjou defeated the Huguenots, and Louis de Bourbon, Prince of Condé, was killed after surrendering.",
     "В битве при Жарнаке 13.03.1569 погиб вождь гугенотов принц Людовик Конде, застреленный уже после того, как он сдался в плен.",
     A, "date", "history", False),
    # ---------------- science ----------------
    # FALSE: EN (net Ekman transport in the Northern Hemisphere is 90 degrees to the RIGHT of the wind)
    ("According to Ekman's theory of 1905, the net transport of water driven by a steady wind in the Northern Hemisphere is directed 90 degrees to the left of the wind.",
     "Согласно теории Экмана (1905), суммарный перенос воды в ветровом слое Северного полушария направлен под прямым углом вправо от ветра.",
     C, "opposite", "science", False),
    # FALSE: EN (the Friedel-Crafts reaction was discovered in 1877)
    ("Charles Friedel and the American chemist James Crafts discovered in 1897 that aluminium chloride catalyses the alkylation and acylation of aromatic rings.",
     "Реакцию алкилирования ароматических соединений в присутствии хлорида алюминия открыли в 1877 г. француз Шарль Фридель и американец Джеймс Мейсон Крафтс.",
     C, "year", "science", True),
    # FALSE: RU (Kjeldahl worked at the Carlsberg Laboratory, not Tuborg)
    ("Johan Kjeldahl devised his method for determining nitrogen in organic substances in 1883, while heading the chemistry department of the Carlsberg Laboratory in Copenhagen.",
     "Метод Кьельдаля для определения азота в органических веществах (1883) был разработан в лаборатории копенгагенской пивоварни «Туборг».",
     C, "organisation", "science", False),
    ("Henry's law, stating that the amount of gas dissolved in a liquid is proportional to its partial pressure, was formulated by William Henry in 1803.",
     "Английский химик Уильям Генри в 1803 г. установил, что растворимость газа в жидкости прямо пропорциональна давлению этого газа над ней.",
     A, "year", "science", True),
    ("Barringer Crater in northern Arizona, blasted out by an iron meteorite some 50,000 years ago, is about 1.2 km across and roughly 170 m deep.",
     "Кратер Барринджера в Аризоне имеет поперечник около 1200 метров и глубину порядка 170 метров.",
     A, "number", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (the Kagera flows into Lake Victoria)
    ("The Kagera, often regarded as the most remote headstream of the Nile, forms part of the Rwanda–Tanzania border before emptying into Lake Victoria.",
     "Река Кагера, которую считают самым удалённым истоком Нила, на части своего течения служит границей Руанды и Танзании и впадает в озеро Танганьика.",
     C, "place", "geography", True),
    # FALSE: EN (the Jubba reaches the Indian Ocean near Kismayo)
    ("Formed in Ethiopia by the Genale and Dawa rivers, the Jubba crosses southern Somalia and reaches the Indian Ocean near Mogadishu.",
     "Джубба, образующаяся у Доло из слияния рек Генале и Дауа, течёт на юг через Сомали и впадает в Индийский океан близ Кисмайо.",
     C, "place", "geography", False),
    # FALSE: RU (the Charente is about 380 km long)
    ("The Charente, which flows past Angoulême and Cognac before entering the Bay of Biscay near Rochefort, is about 380 km long.",
     "Длина Шаранты, протекающей через Ангулем и Коньяк и впадающей в Бискайский залив у Рошфора, — около 780 км.",
     C, "number", "geography", True),
    ("The Damodar rises on the Chota Nagpur plateau in Jharkhand and flows east into West Bengal, where it joins the Hooghly below Kolkata.",
     "Дамодар, которую за разрушительные паводки прозвали «печалью Бенгалии», берёт начало на плато Чхота-Нагпур и впадает в Хугли.",
     A, "place", "geography", True),
    ("The Casamance region of southern Senegal, named after its river and centred on the town of Ziguinchor, is cut off from the rest of the country by the Gambia.",
     "Казаманс — южная часть Сенегала, отделённая от остальной территории страны Гамбией; главный город — Зигиншор на одноимённой реке.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (Greensill Capital collapsed in March 2021)
    ("Greensill Capital, the supply-chain finance firm founded by the Australian banker Lex Greensill, filed for insolvency in Britain in September 2021.",
     "Финансовая компания Лекса Гринсилла, специализировавшаяся на финансировании цепочек поставок, обанкротилась в марте 2021 г.",
     C, "month", "economy", False),
    # FALSE: RU (Ansett was then owned by Air New Zealand)
    ("Ansett Australia, then owned by Air New Zealand, was grounded in September 2001, leaving thousands of passengers stranded.",
     "Австралийская авиакомпания «Ансетт», принадлежавшая в то время «Квантасу», прекратила полёты в сентябре 2001 года.",
     C, "organisation", "economy", True),
    ("The clothing retailer C&A takes its name from the brothers Clemens and August Brenninkmeyer, who founded it in the Dutch town of Sneek in 1841.",
     "Сеть магазинов одежды C&A основана в 1841 г. в нидерландском городке Снек братьями Клеменсом и Аугустом Бреннинкмейерами.",
     A, "year", "economy", True),
    ("Foxconn, the trading name of Hon Hai Precision Industry, was founded in Taiwan in 1974 by Terry Gou.",
     "Основатель тайваньской компании «Хон Хай» (Foxconn), крупнейшего в мире контрактного производителя электроники, — Терри Гоу; фирма создана в 1974 году.",
     A, "person", "economy", False),
    ("Degussa, short for Deutsche Gold- und Silber-Scheideanstalt, was founded in Frankfurt am Main in 1873 to refine precious metals.",
     "Компания «Дегусса» (Немецкое учреждение по аффинажу золота и серебра) возникла во Франкфурте-на-Майне в 1873 году.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: EN (Gorokhovskaya won seven medals in Helsinki)
    ("At the 1952 Helsinki Olympics the Soviet gymnast Maria Gorokhovskaya won five medals, including gold in the individual all-around.",
     "На Олимпиаде-1952 в Хельсинки гимнастка Мария Гороховская завоевала семь медалей: две золотые (в многоборье и в командном первенстве) и пять серебряных.",
     C, "number", "sport", False),
    # FALSE: RU (Ainslie's first gold, in 2000, was in the Laser class)
    ("Ben Ainslie won Olympic sailing gold in the Laser class in 2000 and then three in a row in the Finn, in 2004, 2008 and 2012.",
     "Британский яхтсмен Бен Эйнсли — четырёхкратный олимпийский чемпион; все четыре золота (2000–2012) он выиграл в классе «Финн».",
     C, "entity", "sport", True),
    ("In 2000 Vladimir Kramnik took the world chess title from Garry Kasparov in London without losing a single game.",
     "Матч в Лондоне (2000) Владимир Крамник выиграл у Гарри Каспарова со счётом 8½:6½, не проиграв ни одной партии.",
     A, "person", "sport", False),
    ("Boris Gelfand challenged Viswanathan Anand for the world chess championship in Moscow in 2012, losing only in the rapid tie-break after a 6–6 draw.",
     "Матч за шахматную корону 2012 г. в Москве Борис Гельфанд уступил Ананду лишь на тай-брейке, после ничьей 6:6 в классике.",
     A, "place", "sport", True),
    ("Marina Klimova and Sergei Ponomarenko won the Olympic ice dance title at Albertville in 1992, having taken bronze in 1984 and silver in 1988.",
     "Олимпийскими чемпионами 1992 г. в танцах на льду стали Марина Климова и Сергей Пономаренко, выступавшие за Объединённую команду.",
     A, "year", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Ati-Atihan is held in January)
    ("The Ati-Atihan festival, held every August in Kalibo on the Philippine island of Panay, honours the Santo Niño with street dancing by revellers with blackened faces.",
     "Праздник Ати-Атихан в Калибо (провинция Аклан, остров Панай) проходит в январе и посвящён Святому Младенцу — Санто-Ниньо.",
     C, "month", "culture", False),
    # FALSE: RU (Lag BaOmer is the 33rd day of the Omer)
    ("Lag BaOmer, the 33rd day of the counting of the Omer, is marked with bonfires and a mass pilgrimage to the tomb of Shimon bar Yochai at Meron.",
     "Лаг ба-Омер отмечают на 40-й день отсчёта Омера кострами и паломничеством к гробнице рабби Шимона бар Йохая в Мероне.",
     C, "number", "culture", True),
    ("A calçotada, the Catalan feast of grilled spring onions dipped in a romesco-style sauce, originated in the town of Valls near Tarragona.",
     "Кальсотада — каталонское застолье, на котором едят жаренные на углях побеги лука кальсот с соусом; родиной обычая считается городок Вальс.",
     A, "place", "culture", True),
    ("The Hungry Ghost Festival falls on the fifteenth night of the seventh lunar month, when the gates of the underworld are believed to open.",
     "Праздник голодных духов приходится на 15-й день седьмого месяца по лунному календарю: считается, что в это время души умерших бродят среди живых.",
     A, "date", "culture", False),
    ("The Coachella Valley Music and Arts Festival was first held in October 1999 at the Empire Polo Club in Indio, California.",
     "Фестиваль «Коачелла» впервые прошёл в 1999 году на поле для игры в поло в калифорнийском городе Индио.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Joseph Andrews was published in 1742)
    ("Henry Fielding's comic novel Joseph Andrews, published in 1742, follows a chaste young footman and his friend, the absent-minded Parson Adams.",
     "Комический роман Генри Филдинга «Джозеф Эндрюс» о целомудренном лакее и его друге, рассеянном пасторе Адамсе, вышел в 1760-х годах.",
     C, "decade", "literature", False),
    # FALSE: EN (Hypatia is set in 5th-century Alexandria)
    ("Charles Kingsley's historical novel Hypatia (1853) is set in Alexandria in the third century, among pagan philosophers and Christian monks.",
     "Действие исторического романа Чарльза Кингсли «Ипатия» (1853) разворачивается в Александрии начала V века.",
     C, "century", "literature", True),
    ("Samuel Richardson's epistolary novel Clarissa (1748), one of the longest novels in English, tells of a young woman ruined by the rake Lovelace.",
     "«Кларисса» (1747–1748) Сэмюэла Ричардсона — роман в письмах о трагической судьбе девушки, которую преследует распутник Ловлас.",
     A, "person", "literature", False),
    ("In Kipling's Captains Courageous (1897), the spoiled rich boy Harvey Cheyne falls off a liner and is picked up by the fishing schooner We're Here.",
     "Герой повести Киплинга «Отважные капитаны» Гарви Чейн, упав с борта лайнера, попадает на рыболовную шхуну, промышляющую на Большой Ньюфаундлендской банке.",
     A, "entity", "literature", True),
    ("Babar the elephant first appeared in Jean de Brunhoff's picture book of 1931; after Jean's death his son Laurent continued the series.",
     "Слонёнок Бабар появился в книжке Жана де Брюнофа, вышедшей в 1931 году; после смерти отца серию продолжил Лоран де Брюноф.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Acis and Galatea is by Handel; Purcell died in 1695)
    ("Henry Purcell's Acis and Galatea was written around 1718 for the Earl of Carnarvon's household at Cannons, his estate near London.",
     "Пастораль «Ацис и Галатея» Гендель сочинил около 1718 г. для Джеймса Бриджеса, графа Карнарвона (позднее герцога Чандоса), в его поместье Кэннонс.",
     C, "person", "music", False),
    # FALSE: RU (Judas Maccabaeus celebrated Culloden; Fontenoy was Cumberland's defeat)
    ("Handel's oratorio Judas Maccabaeus, first performed at Covent Garden in April 1747, celebrated the Duke of Cumberland's victory at Culloden.",
     "Оратория Генделя «Иуда Маккавей» (1747) была написана в честь победы герцога Камберлендского при Фонтенуа.",
     C, "entity", "music", True),
    # FALSE: RU (The Gondoliers opened on 7 December 1889)
    ("Gilbert and Sullivan's The Gondoliers, their twelfth joint work, opened at the Savoy Theatre in London on 7 December 1889.",
     "Оперетта Гилберта и Салливана «Гондольеры» впервые была показана в лондонском театре «Савой» 14.03.1889.",
     C, "date", "music", False),
    ("Gluck's Alceste was first staged at the Burgtheater in Vienna on 26 December 1767, to an Italian libretto.",
     "Опера Глюка «Альцеста», партитуру которой при издании предварило знаменитое предисловие о реформе оперы, впервые поставлена в Вене в 1767 г.",
     A, "place", "music", True),
    ("Rossini was only 21 when L'italiana in Algeri was first performed at the Teatro San Benedetto in Venice in May 1813.",
     "Опера Россини «Итальянка в Алжире» впервые прозвучала на венецианской сцене в 1813 году.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Dulle Griet is in the Museum Mayer van den Bergh, Antwerp)
    ("Pieter Bruegel the Elder's Dulle Griet (Mad Meg), showing a woman in armour striding towards the mouth of hell, hangs in the Royal Museums of Fine Arts in Brussels.",
     "Картина Питера Брейгеля Старшего «Безумная Грета» хранится в антверпенском музее Майера ван ден Берга.",
     C, "organisation", "art", True),
    # FALSE: EN (Cuyp never went to Italy; he took his Italianate light from painters such as Jan Both)
    ("Aelbert Cuyp, the Dordrecht painter of river landscapes bathed in golden Italianate light, travelled to Italy as a young man to study that light at first hand.",
     "Альберт Кёйп, дордрехтский мастер речных пейзажей, залитых золотистым «итальянским» светом, сам никогда в Италии не бывал.",
     C, "polarity", "art", False),
    ("Thomas Eakins painted The Agnew Clinic in 1889 for students of the University of Pennsylvania, who commissioned it to honour the retiring surgeon David Hayes Agnew.",
     "«Клиника Эгню» (1889) — большое полотно Томаса Икинса, заказанное студентами Пенсильванского университета к уходу на покой хирурга Дэвида Хейса Эгню.",
     A, "year", "art", True),
    ("Velázquez's late canvas Las Hilanderas (The Spinners), painted around 1657 and now in the Prado, hides the myth of Arachne behind a scene in a tapestry workshop.",
     "В «Пряхах» Диего Веласкеса (Прадо, Мадрид) за сценой в ковровой мастерской скрыт миф об Арахне и Минерве.",
     A, "person", "art", False),
    ("Gerrit van Honthorst, the Utrecht painter whom the Italians called Gherardo delle Notti for his candlelit night scenes, returned home from Rome in 1620.",
     "Геррит ван Хонтхорст, прозванный в Италии «Герардо делле Нотти» за ночные сцены при свечах, вернулся в родной Утрехт в 1620 году.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Index lasted about four centuries, 1559-1966)
    ("The Index Librorum Prohibitorum, first issued under Pope Paul IV in 1559, remained in force for about four centuries until its abolition in 1966.",
     "Ватиканский «Индекс запрещённых книг» был упразднён в 1966 г., просуществовав около двух столетий.",
     C, "duration", "law", True),
    # FALSE: EN (the Charter to the Gentry was issued in 1785)
    ("Catherine the Great's Charter to the Gentry, issued in 1765, confirmed the nobility's freedom from compulsory state service and from corporal punishment.",
     "Жалованная грамота дворянству, изданная Екатериной II 21 апреля 1785 г., закрепила освобождение дворян от обязательной службы и телесных наказаний.",
     C, "year", "law", False),
    # FALSE: RU (the Act did repeal the Glass-Steagall separation provisions)
    ("The Gramm–Leach–Bliley Act of 1999 repealed the Glass–Steagall provisions that had kept commercial banks apart from securities firms.",
     "Принятый в 1999 г. закон Грэмма — Лича — Блайли не отменил положений закона Гласса — Стиголла, разделявших коммерческие и инвестиционные банки.",
     C, "polarity", "law", True),
    ("The Helms–Burton Act, which tightened the US embargo against Cuba, was signed into law on 12 March 1996.",
     "Закон Хелмса — Бёртона об ужесточении эмбарго против Кубы был подписан в марте 1996 г., вскоре после того как кубинские ВВС сбили два самолёта организации «Братья в помощь».",
     A, "date", "law", False),
    ("The Basilika, a Greek-language law code of some sixty books, was compiled around 892 under the Byzantine emperor Leo VI the Wise.",
     "Василики — составленный при императоре Льве VI Мудром (конец IX в.) свод византийского права в 60 книгах.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (Cochrane's dishwasher was patented in 1886)
    ("Josephine Cochrane of Shelbyville, Illinois, received a patent for her mechanical dishwasher in the 1910s; her firm later grew into KitchenAid.",
     "Посудомоечную машину с проволочными отсеками для тарелок Джозефина Кокрейн из Иллинойса запатентовала в 1886 г.; её фирма со временем превратилась в KitchenAid.",
     C, "decade", "technology", False),
    # FALSE: RU (the Berlin TV Tower is the tallest structure in Germany)
    ("Completed in 1969, the Berlin TV Tower at Alexanderplatz is, at 368 metres, the tallest structure in Germany.",
     "Берлинская телебашня на Александерплац высотой 368 м, достроенная в 1969 г., — лишь третье по высоте сооружение Германии.",
     C, "rank", "technology", True),
    ("Charles Kettering's electric self-starter first appeared as standard equipment on the 1912 Cadillac, ending the need to crank engines by hand.",
     "Электрический стартер, изобретённый Чарльзом Кеттерингом, впервые устанавливался на автомобили «Кадиллак» модели 1912 года.",
     A, "year", "technology", False),
    ("Fewer than 4,000 Amphicars, the amphibious cars designed by Hans Trippel, were built in West Germany in the first half of the 1960s.",
     "Всего было выпущено около 3,9 тыс. «Амфикаров» — плавающих автомобилей конструкции Ханса Триппеля; производство шло в ФРГ в 1961–1965 гг.",
     A, "number", "technology", True),
    ("Blu-ray, whose single-layer discs hold 25 GB, won the format war after Toshiba abandoned the rival HD DVD in February 2008.",
     "Формат Blu-ray победил в «войне форматов» после того, как в 2008 г. корпорация «Тосиба» отказалась от конкурирующего стандарта HD DVD.",
     A, "organisation", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (Hurricane Fifi struck in September 1974)
    ("Hurricane Fifi, which skirted the north coast of Honduras in September 1974, triggered floods and mudslides that killed roughly 8,000 people.",
     "Ураган «Фифи», прошедший в ноябре 1974 г. вдоль северного побережья Гондураса, унёс около 8 тыс. жизней.",
     C, "month", "disasters", False),
    # FALSE: EN (Bopha was the strongest typhoon on record to hit Mindanao)
    ("Typhoon Bopha, known locally as Pablo, was only the third-strongest typhoon on record to strike Mindanao when it made landfall in December 2012.",
     "Тайфун «Бофа» (декабрь 2012 г.) стал сильнейшим из когда-либо обрушивавшихся на Минданао; погибли более тысячи человек.",
     C, "rank", "disasters", True),
    # FALSE: EN (the Ambato earthquake struck in 1949, i.e. in the 20th century)
    ("In the nineteenth century an earthquake centred near Ambato levelled the Ecuadorian town of Pelileo and killed about 5,000 people.",
     "5 августа 1949 г. землетрясение близ Амбато (Эквадор) полностью разрушило городок Пелилео; погибли более 5 тыс. человек.",
     C, "century", "disasters", False),
    ("In January 1968 a series of earthquakes struck the Belice valley in western Sicily, destroying Gibellina and several other towns.",
     "Землетрясение в долине Беличе на западе Сицилии (14–15 января 1968 г.) разрушило Джибеллину и ещё несколько городков; погибли сотни человек.",
     A, "month", "disasters", True),
    ("The Buin Zahra earthquake of 1 September 1962 in Iran's Qazvin region killed more than 12,000 people, most of them in collapsed adobe villages.",
     "Землетрясение в районе Буин-Захры (Иран) 01.09.1962 унесло свыше 12 тыс. жизней.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Thousands of Scots captured at Dunbar were marched south to Durham and held in the cathedral, where many of them died.",
     "Под Данбаром шотландская армия занимала сильную позицию на холме Дун, но накануне сражения спустилась с высот.",
     "Dunbar", True, "history"),
    ("The Rusumo Falls on the Kagera mark a crossing point on the border between Rwanda and Tanzania.",
     "Национальный парк Акагера на востоке Руанды получил своё название по реке Кагера.",
     "Kagera", False, "geography"),
    ("Kramnik kept his title in 2004 by drawing a fourteen-game match against Peter Leko at Brissago in Switzerland.",
     "В 2007 г. на турнире в Мехико Владимир Крамник уступил звание чемпиона мира Вишванатану Ананду.",
     "Kramnik", True, "sport"),
    ("Jean de Brunhoff's Babar stories grew out of a bedtime tale that his wife Cécile invented for their sons.",
     "Покинув джунгли и побывав в большом городе, Бабар становится королём слонов и женится на Селесте.",
     "Babar", False, "literature"),
    ("The Gondoliers is set partly in Venice and partly on the imaginary island kingdom of Barataria.",
     "«Гондольеры» стали последним большим успехом Гилберта и Салливана: вскоре после премьеры соавторы рассорились из-за «ковровой ссоры».",
     "Gondoliers", True, "music"),
    ("In Flemish folklore Dulle Griet, or Mad Meg, is a shrewish woman who leads an army of women to plunder hell.",
     "Свою «Безумную Грету» нидерландский мастер Питер Брейгель Старший написал около 1562 года.",
     "Dulle Griet", False, "art"),
    ("On Lag BaOmer many ultra-Orthodox families give three-year-old boys their first haircut.",
     "В 2021 г. во время празднования Лаг ба-Омер на горе Мерон в давке погибли 45 человек.",
     "Lag BaOmer", True, "culture"),
    ("Bopha struck Mindanao, a southern Philippine island that typhoons rarely reach.",
     "На Филиппинах тайфун «Бофа» был известен под местным именем «Пабло», присвоенным ему национальной метеослужбой.",
     "Bopha", False, "disasters"),
    ("In the Kjeldahl method the sample is digested in hot concentrated sulphuric acid, which converts organic nitrogen into ammonium.",
     "Метод Кьельдаля до сих пор применяется для определения содержания белка в пищевых продуктах.",
     "Kjeldahl", True, "science"),
    ("In the same year as the Charter to the Gentry, Catherine the Great also issued a Charter to the Towns.",
     "Жалованная грамота дворянству позволила дворянам создавать губернские и уездные дворянские собрания.",
     "Charter to the Gentry", False, "law"),
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
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout129.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout129.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
