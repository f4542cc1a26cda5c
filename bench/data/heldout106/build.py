#!/usr/bin/env python3
"""Build heldout106: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Greeks at Plataea were led by the regent Pausanias; Leonidas had fallen at Thermopylae in 480 BC)
    ("In 479 BC, at Plataea in Boeotia, the allied Greek army commanded by the Spartan regent Pausanias crushed the Persian land force, and its general Mardonius was killed.",
     "Битва при Платеях (479 г. до н. э.), в которой греческим войском командовал спартанский царь Леонид, закончилась разгромом персов и гибелью Мардония.",
     C, "person", "history", True),
    # FALSE: EN (Przemysl capitulated on 22 March 1915)
    ("The Austro-Hungarian fortress of Przemyśl in Galicia capitulated to the besieging Russians in late January 1915, yielding some 120,000 prisoners.",
     "22 марта 1915 г., после многомесячной осады, комендант Перемышля генерал Герман Кусманек сдал крепость русской армии; в плен попали около 120 тыс. человек.",
     C, "month", "history", False),
    # FALSE: RU (Coote's British force defeated Lally's French at Wandiwash)
    ("On 22 January 1760, near the fort of Wandiwash in the Carnatic, Sir Eyre Coote's British troops defeated the French army of the Comte de Lally.",
     "Сражение при Вандиваше в январе 1760 г. закончилось поражением британских войск Эйра Кута, уступивших французской армии графа Лалли.",
     C, "opposite", "history", True),
    ("The poet and courtier Sir Philip Sidney was shot in the thigh during a skirmish near Zutphen in 1586 and died of the wound weeks later at Arnhem.",
     "В бою под Зютфеном (1586) был смертельно ранен английский поэт Филип Сидни, по преданию уступивший свою флягу с водой умирающему солдату.",
     A, "person", "history", False),
    ("At Vimeiro, north of Lisbon, Arthur Wellesley's Anglo-Portuguese army beat off General Junot's attacks on 21 August 1808.",
     "21.08.1808 у деревни Вимейру британо-португальские войска Артура Уэлсли отразили все атаки французского корпуса Жюно.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Shapley directed the Harvard College Observatory, 1921-1952)
    ("Harlow Shapley, who had located the centre of the Milky Way by mapping globular clusters, directed the Lick Observatory from 1921 to 1952.",
     "С 1921 по 1952 г. Харлоу Шепли возглавлял обсерваторию Гарвардского колледжа; ранее по шаровым скоплениям он показал, что Солнце далеко от центра Галактики.",
     C, "organisation", "science", False),
    # FALSE: RU (Purkyne described the cerebellar cells in 1837)
    ("The large flask-shaped neurons of the cerebellar cortex were first described in 1837 by the Czech physiologist Jan Evangelista Purkyně and now bear his name.",
     "Крупные нейроны коры мозжечка, названные клетками Пуркинье, чешский физиолог Ян Эвангелиста Пуркинье описал лишь в 1860-х годах.",
     C, "decade", "science", True),
    # FALSE: EN (Morgan received the 1933 Nobel Prize in Physiology or Medicine)
    ("Thomas Hunt Morgan, whose famous fly room at Columbia tied genes to chromosomes, was never awarded a Nobel Prize for this work.",
     "Американский генетик Томас Хант Морган, изучавший наследственность на плодовых мушках дрозофилах, получил Нобелевскую премию по физиологии и медицине за 1933 год.",
     C, "polarity", "science", False),
    ("The Paschen series, a group of hydrogen emission lines lying in the infrared, is named after the German physicist Friedrich Paschen, who first observed it in 1908.",
     "Серию Пашена — инфракрасные линии в спектре водорода — немецкий физик Фридрих Пашен обнаружил в 1908 г.",
     A, "year", "science", True),
    ("Working with Bruce Heezen at Columbia's Lamont observatory in the early 1950s, Marie Tharp spotted a rift valley running along the crest of the Mid-Atlantic Ridge.",
     "Американский картограф Мари Тарп в начале 1950-х гг. обнаружила рифтовую долину, тянущуюся по гребню Срединно-Атлантического хребта.",
     A, "decade", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (Windermere is the largest natural lake in England)
    ("Windermere, about ten and a half miles long, is the largest natural lake in England and the centrepiece of the Lake District.",
     "Уиндермир, вытянутое почти на 17 км озеро в Озёрном крае, — лишь третье по величине естественное озеро Англии.",
     C, "rank", "geography", True),
    # FALSE: EN (the Salzach is about 225 km long)
    ("The Salzach, which flows through the city of Salzburg before joining the Inn, is some 525 kilometres long.",
     "Зальцах длиной около 225 км протекает через Зальцбург; в нижнем течении река служит границей между Австрией и Баварией, а затем впадает в Инн.",
     C, "number", "geography", False),
    # FALSE: EN (the Murray reaches the sea in South Australia)
    ("Australia's longest river, the Murray, rises in the Australian Alps and reaches the sea in the state of Victoria, near the town of Portland.",
     "Муррей, самая длинная река Австралии (около 2500 км), берёт начало в Австралийских Альпах и впадает в океан в штате Южная Австралия, через озеро Александрина.",
     C, "place", "geography", True),
    ("Mono Lake, an ancient saline lake with no outlet east of the Sierra Nevada, began to shrink after Los Angeles started diverting its feeder streams in 1941.",
     "Уровень солёного бессточного озера Моно в Калифорнии резко упал после того, как с 1941 г. Лос-Анджелес стал забирать воду питающих его ручьёв.",
     A, "year", "geography", False),
    ("The Saône, which rises in the Vosges, meets the Rhône at Lyon after a course of some 470 kilometres.",
     "Река Сона, берущая начало в Вогезах, сливается с Роной в центре Лиона; это её правый приток.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Porsche's design office was founded in 1931)
    ("Ferdinand Porsche set up his engineering consultancy in Stuttgart in 1931; the first car to carry the family name, the 356, followed in 1948.",
     "Конструкторское бюро, из которого выросла компания «Порше», Фердинанд Порше основал в Штутгарте в 1921 году.",
     C, "year", "economy", False),
    # FALSE: EN (Takashimaya was founded in Kyoto in 1831, i.e. the 19th century)
    ("Takashimaya, one of Japan's oldest department store chains, began as a small used-clothing and cotton shop opened in Kyoto in the seventeenth century.",
     "История японской сети универмагов «Такасимая» начинается в 1831 г., когда Синсити Иида открыл в Киото лавку подержанной одежды и хлопка.",
     C, "century", "economy", True),
    ("Philippe Suchard founded his chocolate business in 1826, installing production in a mill at Serrières, on the edge of Neuchâtel.",
     "Швейцарская шоколадная фирма «Сюшар», позднее выпустившая плитки «Милка» (1901), была основана Филиппом Сюшаром в 1826 г.",
     A, "year", "economy", False),
    ("Printemps, the Paris department store on Boulevard Haussmann, was founded in 1865 by Jules Jaluzot and Jean-Alfred Duclos.",
     "Парижский универмаг «Прентан» открылся в 1865 г.; его основали Жюль Жалюзо и Жан-Альфред Дюкло.",
     A, "person", "economy", True),
    ("John Wanamaker opened his Grand Depot, one of the first department stores in the United States, in a former railway freight shed in Philadelphia in 1876.",
     "Универмаг Джона Уонамейкера в Филадельфии, открытый в 1876 г., одним из первых в США стал продавать товары по твёрдым ценам, указанным на ценниках.",
     A, "place", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Schiavone won the French Open in 2010; in the 2011 final she lost to Li Na)
    ("Francesca Schiavone became the first Italian woman to win a Grand Slam singles title when she beat Samantha Stosur in the 2011 French Open final.",
     "В 2010 г. Франческа Скьявоне выиграла «Ролан Гаррос», обыграв в финале австралийку Саманту Стосур, и стала первой итальянкой — победительницей турнира Большого шлема в одиночном разряде.",
     C, "year", "sport", True),
    # FALSE: RU (Pantani won the Giro d'Italia and the Tour de France in 1998)
    ("In 1998 the Italian climber Marco Pantani won both the Giro d'Italia and the Tour de France, becoming the first Italian Tour winner since Felice Gimondi in 1965.",
     "Итальянский велогонщик Марко Пантани, блестящий мастер горных этапов, в 1998 г. выиграл и «Вуэльту Испании», и «Тур де Франс».",
     C, "entity", "sport", False),
    # FALSE: RU (Zoff was 40 at the 1982 World Cup)
    ("Dino Zoff was 40 years old when he captained Italy to victory at the 1982 World Cup in Spain.",
     "Вратарь Дино Дзофф привёл сборную Италии к победе на чемпионате мира 1982 г. в качестве капитана в возрасте 34 лет.",
     C, "number", "sport", False),
    ("Mário Zagallo won the World Cup twice as a Brazil player, in 1958 and 1962, and again as the national team's coach in 1970.",
     "Марио Загалло — первый, кто стал чемпионом мира и как футболист (1958, 1962), и как главный тренер (сборная Бразилии, 1970).",
     A, "person", "sport", False),
    ("Markéta Vondroušová won Wimbledon in 2023, becoming the first unseeded woman in the Open era to take the singles title.",
     "Чешская теннисистка Маркета Вондроушова, не имевшая посева, в июле 2023 г. выиграла Уимблдонский турнир, обыграв в финале Унс Жабер.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (Meskel falls on 27 September)
    ("Meskel, the Ethiopian Orthodox feast of the Finding of the True Cross, falls each year in mid-January and is marked by lighting a great bonfire.",
     "Мескель — праздник обретения Животворящего Креста — эфиопские православные христиане отмечают 27 сентября, зажигая накануне огромный костёр «демера».",
     C, "month", "culture", False),
    # FALSE: RU (Tribeca was founded by Robert De Niro, Jane Rosenthal and Craig Hatkoff)
    ("The Tribeca Film Festival was launched in 2002 by Robert De Niro, Jane Rosenthal and Craig Hatkoff to help revive Lower Manhattan after the 11 September attacks.",
     "Кинофестиваль «Трайбека», основанный в 2002 г. Мартином Скорсезе и продюсером Джейн Розенталь, был задуман, чтобы оживить Нижний Манхэттен после терактов 11 сентября.",
     C, "person", "culture", True),
    ("Matariki, the Māori name for the Pleiades star cluster, marks the Māori New Year when it reappears in the pre-dawn sky in midwinter.",
     "Появление на предрассветном небе Плеяд, которых маори зовут Матарики, знаменует начало нового года; с 2022 г. это государственный праздник Новой Зеландии.",
     A, "entity", "culture", False),
    ("Purim, celebrated on the 14th of Adar, commemorates the deliverance of the Jews of Persia from Haman's plot, as told in the Book of Esther.",
     "Праздник Пурим, который отмечают 14 адара, посвящён спасению евреев Персидской империи от истребления, задуманного Аманом.",
     A, "date", "culture", True),
    ("Russian students celebrate on 25 January, Tatiana Day, the anniversary of Empress Elizabeth's 1755 decree establishing Moscow University.",
     "Татьянин день (25 января) отмечается как праздник российского студенчества: в день святой Татианы в 1755 г. был подписан указ об учреждении Московского университета.",
     A, "date", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (the novel is set in 1327, i.e. the 14th century)
    ("Umberto Eco's first novel, The Name of the Rose (1980), is a murder mystery set in an Italian Benedictine abbey in 1327.",
     "Действие романа Умберто Эко «Имя розы» (1980) разворачивается в XII веке в бенедиктинском монастыре на севере Италии; расследование ведёт Вильгельм Баскервильский.",
     C, "century", "literature", True),
    # FALSE: EN (The Quiet American is set in Vietnam, in Saigon, during the French Indochina War)
    ("Graham Greene's The Quiet American (1955) is narrated by Thomas Fowler, an ageing British reporter covering the Malayan Emergency from Kuala Lumpur.",
     "Роман Грэма Грина «Тихий американец» (1955) рассказан от лица Томаса Фаулера, немолодого британского журналиста в Сайгоне времён Индокитайской войны.",
     C, "place", "literature", False),
    ("Nikos Kazantzakis published Zorba the Greek in 1946; the 1964 film version was directed by Michael Cacoyannis.",
     "Роман Никоса Казандзакиса «Грек Зорба», действие которого происходит на Крите, вышел в свет в 1946 году.",
     A, "year", "literature", True),
    ("Montesquieu's Persian Letters, published anonymously in 1721, satirises French society through the correspondence of two Persian travellers, Usbek and Rica.",
     "Сатирический роман в письмах «Персидские письма» Шарль Монтескьё выпустил в 1721 г., не поставив на титуле своего имени.",
     A, "year", "literature", False),
    ("John Updike's Rabbit, Run (1960) follows Harry 'Rabbit' Angstrom, a former high-school basketball star stuck in a dull marriage in Pennsylvania.",
     "Главный герой романа Джона Апдайка «Кролик, беги» (1960) — Гарри Энгстром по прозвищу Кролик, бывшая звезда школьной баскетбольной команды.",
     A, "person", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Dukas's scherzo is based on Goethe's ballad Der Zauberlehrling)
    ("Paul Dukas based his 1897 orchestral scherzo The Sorcerer's Apprentice on Goethe's ballad Der Zauberlehrling.",
     "Симфоническое скерцо Поля Дюка «Ученик чародея» (1897) написано по мотивам одноимённой баллады Фридриха Шиллера.",
     C, "person", "music", True),
    # FALSE: EN (Take On Me reached No. 1 on the Billboard Hot 100 in October 1985)
    ("A-ha's Take On Me, promoted by a celebrated pencil-sketch animated video, peaked at number three on the US Billboard Hot 100 in 1985.",
     "В октябре 1985 г. песня норвежской группы a-ha «Take On Me» возглавила американский хит-парад Billboard Hot 100.",
     C, "rank", "music", False),
    # FALSE: RU (Pet Sounds was released by Capitol Records)
    ("Pet Sounds, the Beach Boys album largely written and produced by Brian Wilson, was released by Capitol Records on 16 May 1966.",
     "Альбом группы «Бич Бойз» «Pet Sounds», спродюсированный Брайаном Уилсоном, в мае 1966 г. выпустила звукозаписывающая компания «Коламбия».",
     C, "organisation", "music", True),
    ("Sultans of Swing, Dire Straits' first single, was originally released in 1978 but only became a hit in Britain and America the following year.",
     "Песня Марка Нопфлера «Sultans of Swing» с дебютного альбома группы «Дайр Стрейтс» (1978) попала в первую десятку хит-парадов США и Великобритании в 1979 году.",
     A, "year", "music", False),
    ("'O sole mio, the Neapolitan song with lyrics by Giovanni Capurro and music by Eduardo di Capua, was written in 1898.",
     "Неаполитанскую песню «О соле мио» Эдуардо Ди Капуа сочинил в 1898 г., по преданию — во время гастролей в Одессе.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Laughter was bought for the modern art gallery in Venice, Ca' Pesaro, where it remains)
    ("Filipp Malyavin's Laughter (1899), a blaze of red-clad peasant women that won a gold medal at the 1900 Paris exhibition, now hangs in Moscow's Tretyakov Gallery.",
     "Картина Филиппа Малявина «Смех», удостоенная золотой медали на Всемирной выставке 1900 г. в Париже, была куплена для галереи современного искусства в Венеции, где хранится и сейчас.",
     C, "organisation", "art", False),
    # FALSE: RU (Schechtel designed the Yaroslavsky terminal; the Kazansky terminal is by Shchusev)
    ("Fyodor Schechtel, the leading architect of Moscow Art Nouveau, designed the Yaroslavsky railway terminal, rebuilt between 1902 and 1904.",
     "Фёдор Шехтель, крупнейший мастер московского модерна, в 1902–1904 гг. построил здание Казанского вокзала.",
     C, "entity", "art", True),
    ("Yuri Pimenov's New Moscow (1937) shows a young woman driving an open car through the centre of the Soviet capital.",
     "На картине Юрия Пименова «Новая Москва», написанной в 1937 г., девушка за рулём открытого автомобиля едет по центру столицы.",
     A, "year", "art", False),
    ("Giuseppe Pellizza da Volpedo completed The Fourth Estate, his huge canvas of labourers advancing towards the viewer, in 1901.",
     "Огромное полотно Джузеппе Пеллиццы да Вольпедо «Четвёртое сословие» (1898–1901) хранится в Милане, в Музее двадцатого века.",
     A, "year", "art", True),
    ("Jan Steen, the Dutch painter of rowdy tavern and household scenes, was born in Leiden around 1626 and later kept an inn there.",
     "Лейденский живописец Ян Стен (ок. 1626–1679) прославился шумными жанровыми сценами; беспорядочный дом в Нидерландах до сих пор называют «домом Яна Стена».",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Court held that the Constitution did NOT confer the vote on women)
    ("In Minor v. Happersett (1875) the US Supreme Court unanimously held that the Constitution did not give women the right to vote.",
     "В деле «Майнор против Хэпперсетта» (1875) Верховный суд США единогласно признал, что Конституция предоставляет женщинам избирательное право.",
     C, "polarity", "law", True),
    # FALSE: EN (the Star Chamber was abolished in 1641)
    ("The Court of Star Chamber, notorious under Charles I for punishing Puritan critics, was abolished by the Long Parliament in 1661.",
     "Суд Звёздной палаты, ставший при Карле I орудием расправы с пуританами, Долгий парламент упразднил в 1641 г.",
     C, "year", "law", False),
    ("In Marckx v Belgium, decided on 13 June 1979, the European Court of Human Rights found that Belgian rules on children born out of wedlock breached the Convention.",
     "Решение ЕСПЧ по делу «Маркс против Бельгии» от 13.06.1979 признало дискриминационным бельгийское законодательство о внебрачных детях.",
     A, "date", "law", True),
    ("The Wolfenden report of 1957 recommended that homosexual acts between consenting adults in private should no longer be a criminal offence in Britain.",
     "Опубликованный в сентябре 1957 г. доклад комитета Джона Вулфендена предлагал отменить уголовное преследование гомосексуальных связей между взрослыми по обоюдному согласию.",
     A, "year", "law", False),
    ("Pennoyer v. Neff, decided by the US Supreme Court in 1878, became the leading case on a state court's personal jurisdiction over out-of-state defendants.",
     "Решение по делу «Пенойер против Нэффа» (1878) надолго определило в США пределы юрисдикции судов штата над ответчиками из других штатов.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the eastbound record crossing took 3 days 10 hours 40 minutes)
    ("On her maiden voyage in July 1952 the liner United States crossed the Atlantic eastbound in 3 days, 10 hours and 40 minutes, winning the Blue Riband.",
     "В июле 1952 г. лайнер «Юнайтед Стейтс» в первом же рейсе пересёк Атлантику с запада на восток за пять с половиной суток и завоевал «Голубую ленту».",
     C, "duration", "technology", False),
    # FALSE: EN (the Monitor foundered off Cape Hatteras, North Carolina)
    ("The ironclad USS Monitor, designed by the Swedish-born engineer John Ericsson, sank in a storm off Cape Cod, Massachusetts, on 31 December 1862.",
     "Броненосец «Монитор» конструкции Джона Эрикссона затонул во время шторма у мыса Хаттерас (Северная Каролина) в последний день 1862 г.",
     C, "place", "technology", True),
    ("Around 1800 the London engineer Henry Maudslay built an all-metal screw-cutting lathe that made accurate, interchangeable screw threads possible.",
     "Одним из первых точных токарно-винторезных станков с цельнометаллической станиной считается станок, созданный Генри Модслеем около 1800 г.",
     A, "decade", "technology", False),
    ("The penny-farthing, with its huge front wheel and tiny rear one, was the dominant bicycle design of the 1870s and early 1880s.",
     "Велосипед «пенни-фартинг» с огромным передним колесом был в моде в 1870-х — начале 1880-х гг., пока его не вытеснили «безопасные» велосипеды.",
     A, "decade", "technology", True),
    ("The French engineer Henri Pitot devised his tube for measuring the speed of flowing water in 1732, testing it on the Seine in Paris.",
     "Трубку для измерения скорости потока, которой сейчас оснащают самолёты, французский инженер Анри Пито описал в 1732 г.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the ship stayed on the reef for about 40 hours before sinking)
    ("After striking Vanderbilt Reef in Alaska's Lynn Canal in October 1918, the steamer Princess Sophia sank within three hours, and everyone aboard died.",
     "Пароход «Принцесса София», севший 24 октября 1918 г. на риф Вандербильт у берегов Аляски, почти двое суток оставался на камнях, а затем затонул; погибли все находившиеся на борту.",
     C, "duration", "disasters", True),
    # FALSE: RU (TWA 800 exploded on 17 July 1996)
    ("TWA Flight 800, a Boeing 747 bound from New York to Paris, exploded off Long Island on 17 July 1996, killing all 230 people on board.",
     "«Боинг-747» авиакомпании TWA (рейс 800 Нью-Йорк — Париж) взорвался над Атлантикой у Лонг-Айленда 27 июля 1996 г.; погибли все 230 человек.",
     C, "date", "disasters", False),
    # FALSE: EN (all 301 people aboard Saudia 163 died)
    ("Saudia Flight 163, a Lockheed TriStar, landed back at Riyadh after a cargo-hold fire in August 1980, yet all 103 people aboard died before they could be evacuated.",
     "19 августа 1980 г. в аэропорту Эр-Рияда сгорел совершивший вынужденную посадку «Тристар» авиакомпании «Саудия» (рейс 163): погиб 301 человек — все, кто был на борту.",
     C, "number", "disasters", False),
    ("Overnight torrential rain on 31 March 2017 sent mudslides through Mocoa, capital of Colombia's Putumayo department, killing more than 300 people.",
     "В ночь на 1 апреля 2017 г. сели, сошедшие после ливней на колумбийский город Мокоа, унесли жизни свыше 300 человек.",
     A, "number", "disasters", False),
    ("On 8 January 1979 the French tanker Betelgeuse exploded at the Whiddy Island oil terminal in Bantry Bay, County Cork, killing 50 people.",
     "Взрыв французского танкера «Бетельгейзе» у нефтяного терминала на острове Уидди (залив Бантри, Ирландия) 08.01.1979 унёс жизни 50 человек.",
     A, "date", "disasters", True),
]

RELATED = [
    ("According to Herodotus, the Greek fleet defeated the Persians at Mycale on the very same day as the land battle of Plataea.",
     "Сражение при Платеях в Беотии стало последней крупной сухопутной битвой персидского вторжения в Грецию при Ксерксе.",
     "Plataea", True, "history"),
    ("Przemyśl was recaptured by German and Austro-Hungarian troops in early June 1915, less than three months after its surrender.",
     "Крепость Перемышль стояла на реке Сан, на территории нынешнего юго-востока Польши, недалеко от украинской границы.",
     "Przemysl", False, "history"),
    ("Mono Lake is known for its tufa towers, limestone columns formed where calcium-rich springs meet the alkaline lake water.",
     "В солёной воде озера Моно обитают крошечные рачки артемии, которыми кормятся миллионы перелётных птиц.",
     "Mono Lake", True, "geography"),
    ("Dino Zoff had already won the 1968 European Championship with Italy, fourteen years before his World Cup triumph.",
     "Дино Дзофф долгие годы защищал ворота туринского «Ювентуса», с которым шесть раз выигрывал чемпионат Италии.",
     "Zoff", False, "sport"),
    ("The narrator of The Name of the Rose is Adso of Melk, a Benedictine novice who recalls the events in his old age.",
     "В 1986 г. «Имя розы» экранизировал Жан-Жак Анно; роль Вильгельма Баскервильского сыграл Шон Коннери.",
     "Name of the Rose", True, "literature"),
    ("Pet Sounds includes the songs Wouldn't It Be Nice and God Only Knows, both among the best-known recordings of the Beach Boys.",
     "Альбом «Pet Sounds» стал одиннадцатым студийным альбомом калифорнийской группы «Бич Бойз».",
     "Pet Sounds", False, "music"),
    ("Investigators concluded that TWA Flight 800 was most probably destroyed by an explosion of fuel vapour in its centre wing tank.",
     "Обломки «Боинга» рейса 800 подняли со дна океана и заново собрали в ангаре на Лонг-Айленде для расследования.",
     "TWA Flight 800", True, "disasters"),
    ("The Star Chamber took its name from the star-painted ceiling of the room in the Palace of Westminster where the court sat.",
     "Вместе со Звёздной палатой в 1641 г. был упразднён и церковный суд английской короны — Высокая комиссия.",
     "Star Chamber", False, "law"),
    ("In 1902 Schechtel remodelled a building in Kamergersky Lane as the new home of the Moscow Art Theatre.",
     "Фёдор Шехтель родился в 1859 г. в Санкт-Петербурге, в семье обрусевших немцев.",
     "Shekhtel", True, "art"),
    ("The first Tribeca Film Festival was held in New York in May 2002.",
     "Трайбека, давшая имя кинофестивалю, — район на юге Манхэттена; её название сокращает английское «Triangle Below Canal Street».",
     "Tribeca Film Festival", False, "culture"),
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
    rsubj = [x[2] for x in RELATED]
    assert len(set(rsubj)) == len(rsubj), "related subject reused"
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    assert src.count("# FALSE: " + "EN (") == 15 and src.count("# FALSE: " + "RU (") == 15
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout106.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout106.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
