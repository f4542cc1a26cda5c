#!/usr/bin/env python3
"""Build heldout175: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from A to F.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Boudica's revolt was crushed by the governor Gaius Suetonius Paulinus, not Agricola)
    ("Boudica",
     "Boudica, queen of the Iceni, led the great revolt of AD 60–61 against Roman rule and was finally crushed by the governor Gaius Suetonius Paulinus.",
     "Восстание иценов под предводительством царицы Боудикки, успевших сжечь Камулодун и Лондиний, подавил в 61 г. н. э. римский наместник Гней Юлий Агрикола.",
     C, "person", "history", True, RU),
    # FALSE: EN (Ambiorix's rising and the ambush at Atuatuca date from 54 BC, i.e. the I century BC)
    ("Ambiorix",
     "Ambiorix, king of the Eburones, wiped out a Roman legion and five cohorts near Atuatuca during a Gaulish revolt of the second century BC.",
     "Зимой 54 г. до н. э. царь эбуронов Амбиорикс заманил в засаду у Адуатуки и перебил около полутора римских легионов Сабина и Котты.",
     C, "century", "history", False, EN),
    # FALSE: EN (Sheremetev spent 21 years, 1660-1681, in Crimean captivity)
    ("Chudnov",
     "After his army capitulated at Chudnov in the autumn of 1660, the Russian commander Vasily Sheremetev spent seven years as a captive in Crimea.",
     "Окружённый под Чудновом поляками и крымскими татарами, боярин В. Б. Шереметев сдался в 1660 г. и провёл в крымском плену 21 год.",
     C, "duration", "history", True, EN),
    ("Aethelflaed",
     "Æthelflæd, Lady of the Mercians and eldest daughter of Alfred the Great, died at Tamworth in June 918.",
     "Правительница Мерсии Этельфледа скончалась в Тамворте в 918 г., вскоре после того как без боя заняла Лестер.",
     A, "place", "history", False, None),
    ("Chirikov",
     "In July 1741 the packet boat St Paul, commanded by Aleksei Chirikov, reached the coast of Alaska shortly before Vitus Bering's own ship sighted land.",
     "Пакетбот «Святой Павел» Алексея Чирикова, участника Второй Камчатской экспедиции, подошёл к берегам Северо-Западной Америки в середине июля 1741 г.",
     A, "month", "history", True, None),
    # ---------------- science ----------------
    # FALSE: RU (Cryolophosaurus was found on Mount Kirkpatrick in Antarctica, not in Patagonia)
    ("Cryolophosaurus",
     "Cryolophosaurus, a crested predatory dinosaur nicknamed 'Elvisaurus', was dug out of Mount Kirkpatrick in Antarctica during the 1990–91 field season.",
     "Криолофозавр — хищный динозавр ранней юры с поперечным гребнем на голове; его скелет нашли в 1990–1991 гг. в горах Патагонии.",
     C, "place", "science", False, RU),
    # FALSE: EN (the Carancas meteorite fell on 15 September 2007)
    ("Carancas meteorite",
     "On 25 September 2007 a stony meteorite slammed into the Altiplano near the Peruvian village of Carancas, blasting a crater some 13 metres wide.",
     "Падение метеорита Каранкас 15.09.2007 у озера Титикака оставило воронку диаметром около 13,5 м; жители окрестных деревень жаловались на недомогание.",
     C, "date", "science", True, EN),
    # FALSE: RU (Mary Anning found the first Dimorphodon at Lyme Regis in 1828)
    ("Dimorphodon",
     "Dimorphodon, a big-headed pterosaur of the Early Jurassic, was first unearthed by Mary Anning at Lyme Regis in 1828.",
     "Первые кости диморфодона — раннеюрского птерозавра с зубами двух типов — Мэри Эннинг нашла в Лайм-Риджисе в 1838 г.; родовое название дал Ричард Оуэн.",
     C, "year", "science", False, RU),
    ("Dactyl",
     "Dactyl, a moonlet only about 1.4 km across, was spotted in images of the asteroid 243 Ida taken by the Galileo probe in August 1993.",
     "Дактиль, спутник астероида (243) Ида, стал первым подтверждённым спутником астероида: его нашли на снимках зонда «Галилео» 1993 г.",
     A, "year", "science", True, None),
    ("Basilosaurus",
     "Taking its fossil bones for those of a reptile, Richard Harlan named Basilosaurus, the 'king lizard', in 1834; it was in fact an early whale.",
     "Базилозавр («царь-ящер»), описанный Ричардом Харланом в 1834 г. как морская рептилия, на деле был одним из древних китов эоцена.",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: RU (the Bass Rock rises 107 m above the sea)
    ("Bass Rock",
     "The Bass Rock, a volcanic plug in the outer Firth of Forth off North Berwick, rises 107 metres from the sea and hosts a vast colony of northern gannets.",
     "Скала Басс-Рок высотой около 310 м, стоящая у входа в залив Ферт-оф-Форт, знаменита крупнейшей в мире колонией северных олуш.",
     C, "number", "geography", True, RU),
    # FALSE: EN (Ailsa Craig lies in the Firth of Clyde)
    ("Ailsa Craig",
     "Ailsa Craig, a granite island in the Firth of Forth, supplies the Blue Hone and Common Green granite used for most of the world's curling stones.",
     "Из гранита острова Эйлса-Крейг в заливе Ферт-оф-Клайд, примерно в 16 км от городка Гирван, делают большинство камней для кёрлинга.",
     C, "place", "geography", False, EN),
    # FALSE: EN (Bryce Canyon became a national park in 1928)
    ("Bryce Canyon",
     "Bryce Canyon in southern Utah, famous for its crowds of hoodoos, was proclaimed a national monument in 1923 and became a national park in 1938.",
     "Каньон Брайс в Юте с его каменными столбами-«худу» стал национальным парком в 1928 г.; назван он по фамилии мормона-поселенца Эбинизера Брайса.",
     C, "year", "geography", True, EN),
    ("Chocolate Hills",
     "The Chocolate Hills of Bohol in the central Philippines number at least 1,260 grassy mounds, which turn brown in the dry season.",
     "На острове Бохол (Филиппины) насчитывают более 1200 конических «Шоколадных холмов»; название им дал бурый цвет высохшей травы.",
     A, "number", "geography", False, None),
    ("Dombai",
     "The mountain resort of Dombai in Karachay-Cherkessia lies below Dombai-Ulgen, which at 4,046 metres is the highest peak in the area.",
     "Посёлок Домбай (Карачаево-Черкесия) раскинулся у подножия Домбай-Ульгена — самой высокой вершины округи (4046 м).",
     A, "number", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: EN (Colman's dates from 1814, i.e. the XIX century)
    ("Colman's mustard",
     "Colman's mustard goes back to the eighteenth century, when the miller Jeremiah Colman began grinding mustard seed at Stoke Holy Cross, near Norwich.",
     "Фирма Colman's ведёт историю с 1814 г.: тогда мельник Джеремайя Колман начал молоть горчицу на мельнице под Нориджем.",
     C, "century", "economy", False, EN),
    # FALSE: RU (Bird's custard powder was egg-free: Bird's wife was allergic to eggs)
    ("Bird's Custard",
     "Birmingham chemist Alfred Bird devised his egg-free custard powder in 1837 because his wife was allergic to eggs.",
     "Порошок для заварного крема, придуманный в 1837 г. бирмингемским аптекарем Альфредом Бёрдом, готовился на основе яичного порошка.",
     C, "polarity", "economy", True, RU),
    ("Corgi Toys",
     "Corgi Toys, the die-cast model cars launched by Mettoy in 1956, were made in Swansea and advertised as 'the ones with windows'.",
     "Марку Corgi Toys компания Mettoy вывела на рынок в 1956 г.; её модели, выпускавшиеся в Уэльсе, славились прозрачными стёклами.",
     A, "year", "economy", False, None),
    ("Aga cooker",
     "The heat-storage Aga cooker was invented in 1922 by the Swedish physicist Gustaf Dalén, a Nobel laureate who had been blinded in an explosion.",
     "Плиту «Ага» с аккумуляцией тепла создал в 1922 г. нобелевский лауреат Густав Дален, возглавлявший фирму AB Gasaccumulator.",
     A, "person", "economy", True, None),
    ("Brylcreem",
     "Brylcreem, the hair cream that gave RAF pilots the nickname 'Brylcreem Boys', was first made in Birmingham in 1928.",
     "Помаду для волос Brylcreem начала выпускать бирмингемская фирма County Chemicals в 1928 г.",
     A, "year", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: EN (Carnera knocked Sharkey out in the sixth round)
    ("Carnera",
     "Primo Carnera won the world heavyweight title in June 1933, knocking out Jack Sharkey in the eleventh round in New York.",
     "Итальянский великан Примо Карнера стал чемпионом мира в тяжёлом весе 29.06.1933, нокаутировав Джека Шарки в шестом раунде.",
     C, "number", "sport", False, EN),
    # FALSE: RU (Chataway beat Kuts at the White City in October 1954)
    ("Chataway",
     "In October 1954 at London's White City, Chris Chataway beat Vladimir Kuts over 5,000 metres in a world record of 13:51.6.",
     "На стадионе «Уайт-Сити» в октябре 1954 г. британец Крис Чатауэй проиграл Владимиру Куцу забег на 5000 м, завершившийся мировым рекордом.",
     C, "opposite", "sport", False, RU),
    # FALSE: EN (Boardman won the 1994 Tour prologue at Lille)
    ("Boardman",
     "Chris Boardman finished second in the prologue of the 1994 Tour de France at Lille, his first appearance in the race.",
     "Крис Бордман выиграл пролог «Тур де Франс» 1994 г. в Лилле с рекордной средней скоростью свыше 55 км/ч и надел жёлтую майку.",
     C, "rank", "sport", True, EN),
    ("Duncan Edwards",
     "Duncan Edwards, the Manchester United wing-half, died on 21 February 1958, fifteen days after the Munich air crash, aged just 21.",
     "21-летний полузащитник «Манчестер Юнайтед» Дункан Эдвардс скончался в мюнхенской больнице через 15 дней после авиакатастрофы 06.02.1958.",
     A, "duration", "sport", False, None),
    ("Facchetti",
     "Giacinto Facchetti, Inter's attacking left-back, captained Italy to victory in the 1968 European Championship on home soil.",
     "Капитаном сборной Италии, выигравшей домашний чемпионат Европы 1968 г., был защитник миланского «Интера» Джачинто Факкетти.",
     A, "person", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: RU (Tom Smith began selling his wrapped sweets with mottoes in 1847, i.e. the 1840s)
    ("Christmas cracker",
     "In 1847 the London confectioner Tom Smith began wrapping sweets in paper twists with love mottoes, the idea that grew into the Christmas cracker.",
     "Истоки рождественской хлопушки — конфеты в бумажных обёртках с любовными записками, которые лондонский кондитер Том Смит начал продавать в 1880-х гг.",
     C, "decade", "culture", False, RU),
    # FALSE: EN (the film was directed by Aleksandr Proshkin)
    ("Cold Summer of 1953",
     "Eldar Ryazanov's 1987 film The Cold Summer of 1953, about amnestied convicts terrorising a northern village, gave Anatoli Papanov his last role.",
     "«Холодное лето пятьдесят третьего…» (1987) Александра Прошкина — последняя роль Анатолия Папанова, умершего вскоре после съёмок.",
     C, "person", "culture", True, EN),
    ("Cribbage",
     "Cribbage, said to have been invented by the Cavalier poet Sir John Suckling in the early 17th century, is scored by moving pegs along a board.",
     "Карточную игру криббедж, где очки отмечают колышками на доске, по преданию придумал английский поэт сэр Джон Саклинг в XVII веке.",
     A, "person", "culture", False, None),
    ("Dreidel",
     "The Hanukkah dreidel is a four-sided spinning top whose sides bear the Hebrew letters nun, gimel, hei and shin.",
     "На четырёх гранях ханукального волчка-дрейдла написаны еврейские буквы нун, гимел, хей и шин; в Израиле вместо шин ставят пе.",
     A, "number", "culture", True, None),
    ("Action Man",
     "Palitoy launched Action Man in Britain in 1966 as a licensed version of Hasbro's American G.I. Joe figure.",
     "Шарнирную фигурку солдата Action Man — британский вариант американского G.I. Joe — фирма Palitoy выпустила в 1966 г.",
     A, "year", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: RU (Family Happiness was published in 1859)
    ("Family Happiness",
     "Tolstoy's short novel Family Happiness, published in 1859, is narrated by Masha, a young woman who marries an older family friend, Sergei Mikhailych.",
     "Повесть Толстого «Семейное счастие» (1869 г.) написана от лица Маши, вышедшей замуж за давнего друга семьи Сергея Михайлыча.",
     C, "year", "literature", True, RU),
    # FALSE: EN (Enoch is away for more than ten years)
    ("Enoch Arden",
     "In Tennyson's Enoch Arden (1864), a fisherman stranded on a tropical island for two years comes home to find his wife Annie married to Philip Ray.",
     "Герой поэмы Теннисона «Энох Арден» (1864 г.) больше десяти лет провёл на необитаемом острове, а вернувшись, увидел жену Энни замужем за Филипом.",
     C, "duration", "literature", False, EN),
    ("Adonais",
     "Shelley's Adonais, an elegy on the death of John Keats written in 55 Spenserian stanzas, was printed at Pisa in 1821.",
     "Элегию «Адонаис» Шелли написал в 1821 г., через несколько месяцев после смерти Китса в Риме.",
     A, "year", "literature", True, None),
    ("Black Hen",
     "Antony Pogorelsky wrote The Black Hen, or the Underground Inhabitants (1829) for his nephew Alexei, the future poet Alexei Konstantinovich Tolstoy.",
     "Сказку «Чёрная курица, или Подземные жители» (1829 г.) Антоний Погорельский сочинил для племянника Алёши — будущего поэта А. К. Толстого.",
     A, "person", "literature", False, None),
    ("Felix Holt",
     "George Eliot's Felix Holt, the Radical (1866) is set in the Midlands town of Treby Magna at the time of the first Reform Act of 1832.",
     "Действие вышедшего в 1866 г. романа Джордж Элиот «Феликс Холт, радикал» разворачивается в вымышленном городке Треби-Магна в эпоху реформы 1832 г.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (La Esmeralda was first staged at Her Majesty's Theatre, London)
    ("Esmeralda (ballet)",
     "Jules Perrot's ballet La Esmeralda, with music by Cesare Pugni, was first staged at Her Majesty's Theatre in London in March 1844.",
     "Балет Цезаря Пуни «Эсмеральда» по роману Гюго впервые поставлен Жюлем Перро в 1844 г. в Парижской опере; заглавную партию танцевала Карлотта Гризи.",
     C, "place", "music", False, RU),
    # FALSE: EN (La Fille mal gardée was first danced on 1 July 1789)
    ("Fille mal gardée",
     "Jean Dauberval's La Fille mal gardée, one of the oldest ballets still in the repertoire, was first danced at Bordeaux in December 1789.",
     "Балет Доберваля «Тщетная предосторожность» (La Fille mal gardée) впервые показали в Бордо 1 июля 1789 г. — за две недели до взятия Бастилии.",
     C, "month", "music", True, EN),
    ("Ave verum corpus",
     "Mozart composed his motet Ave verum corpus, K. 618, in June 1791 for Anton Stoll, choirmaster at the spa town of Baden near Vienna.",
     "Мотет «Ave verum corpus» (K. 618) длиной всего 46 тактов Моцарт написал в июне 1791 г. в Бадене для регента Антона Штолля.",
     A, "month", "music", False, None),
    ("Fantaisie-Impromptu",
     "Chopin's Fantaisie-Impromptu in C-sharp minor dates from 1834, but it appeared only in 1855, after his death, as Op. 66.",
     "Фантазия-экспромт до-диез минор, сочинённая Шопеном в 1834 г., была издана Юлианом Фонтаной посмертно как опус 66.",
     A, "year", "music", True, None),
    ("Evening Bells",
     "The Russian song Evening Bells sets Ivan Kozlov's free translation of the Irish poet Thomas Moore's 'Those Evening Bells'.",
     "Песня «Вечерний звон» написана на стихи Ивана Козлова — вольное переложение стихотворения Томаса Мура.",
     A, "person", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (West showed the picture at the Royal Academy in London in 1771)
    ("Death of General Wolfe",
     "Benjamin West showed The Death of General Wolfe, painted in 1770, at the Royal Academy in 1771, dressing the figures in modern rather than classical costume.",
     "Картину «Смерть генерала Вулфа» (1770) американец Бенджамин Уэст выставил в 1771 г. в Парижском салоне; ныне она находится в Оттаве.",
     C, "organisation", "art", True, RU),
    # FALSE: EN (The Elephant Celebes was painted in 1921, i.e. the 1920s)
    ("Elephant Celebes",
     "Max Ernst painted The Elephant Celebes, a boiler-like monster in a desert landscape, in the 1930s; it now belongs to the Tate in London.",
     "Картина «Слон Целебес», написанная Максом Эрнстом в Кёльне в 1921 г., — одна из ранних вех сюрреализма; хранится в лондонской Тейт.",
     C, "decade", "art", False, EN),
    ("Barque of Dante",
     "Delacroix made his Salon debut in 1822 with The Barque of Dante, which shows Dante and Virgil crossing an infernal lake; it hangs in the Louvre.",
     "«Ладья Данте» (1822 г.) — первая картина Делакруа, показанная в Салоне; её купило государство, и ныне она в Лувре.",
     A, "year", "art", True, None),
    ("False Mirror",
     "René Magritte's The False Mirror (1928), a giant eye whose iris is a cloudy sky, belongs to the Museum of Modern Art in New York.",
     "Картина Рене Магритта «Ложное зеркало» (1928) — огромный глаз с облачным небом вместо радужки — хранится в нью-йоркском МоМА.",
     A, "place", "art", False, None),
    ("Bicycle Wheel",
     "Marcel Duchamp fixed a bicycle wheel upside down on a kitchen stool in Paris in 1913, creating what is regarded as his first readymade.",
     "«Велосипедное колесо» Марселя Дюшана (1913 г.), закреплённое вилкой на табурете, считается первым реди-мейдом; оригинал утрачен.",
     A, "year", "art", True, None),
    # ---------------- law ----------------
    # FALSE: RU (the abolition law is dated 9 October 1981)
    ("Badinter law",
     "France abolished capital punishment by the law of 9 October 1981, steered through parliament by the justice minister Robert Badinter.",
     "Закон Бадентера об отмене смертной казни во Франции, одобренный Национальным собранием 363 голосами против 117, датирован 19.10.1981.",
     C, "date", "law", True, RU),
    # FALSE: EN (Betts v. Brady held that states need NOT always appoint counsel for indigent defendants)
    ("Betts v. Brady",
     "In Betts v. Brady (1942) the US Supreme Court held that states must appoint a lawyer for every poor defendant facing a felony charge.",
     "В деле «Беттс против Брейди» (1942 г.) Верховный суд США решил, что штаты не обязаны всегда назначать адвоката неимущим обвиняемым; решение отменили в 1963 г.",
     C, "opposite", "law", False, EN),
    # FALSE: RU (the edict was issued in AD 301, i.e. the IV century)
    ("Diocletian's Price Edict",
     "Diocletian's Edict on Maximum Prices, issued in AD 301, set ceilings for hundreds of goods, services and wages on pain of death.",
     "Эдикт Диоклетиана о максимальных ценах, изданный во II веке н. э., устанавливал предельные цены на сотни товаров и услуг под страхом смертной казни.",
     C, "century", "law", True, RU),
    ("Air Commerce Act",
     "The Air Commerce Act of May 1926 made the US Department of Commerce responsible for licensing pilots and certifying aircraft.",
     "Закон о воздушной торговле 1926 г. впервые ввёл в США федеральное лицензирование лётчиков и самолётов, поручив его министерству торговли.",
     A, "organisation", "law", False, None),
    ("Decree on Land",
     "The Decree on Land, adopted by the Second Congress of Soviets on 8 November 1917, abolished private ownership of land without compensation.",
     "Декрет о земле, принятый II Всероссийским съездом Советов 26.10.1917 (по старому стилю), отменил частную собственность на землю без всякого выкупа.",
     A, "date", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: RU (Bertha Benz bought the ligroin at the town pharmacy in Wiesloch)
    ("Bertha Benz",
     "On her 1888 drive from Mannheim to Pforzheim, Bertha Benz bought ligroin for the Motorwagen at a pharmacy in Wiesloch, now called the first filling station.",
     "Во время поездки 1888 г. из Мангейма в Пфорцхайм Берта Бенц заправила «Моторваген» лигроином, купленным в кузнице городка Вислох.",
     C, "entity", "technology", False, RU),
    # FALSE: EN (Catch Me Who Can was built and run by Richard Trevithick)
    ("Catch Me Who Can",
     "Catch Me Who Can, the steam locomotive that George Stephenson ran on a circular track in London in 1808, gave rides for a shilling.",
     "Паровоз «Поймай меня, кто может» Ричарда Тревитика в 1808 г. катал публику по кольцевой дороге в Лондоне; билет стоил шиллинг.",
     C, "person", "technology", True, EN),
    ("Apollo Guidance Computer",
     "The Apollo Guidance Computer, designed at MIT's Instrumentation Laboratory, was among the first computers built from integrated circuits.",
     "Бортовой компьютер «Аполлонов» (AGC), разработанный в приборной лаборатории МИТ, одним из первых был собран на интегральных схемах.",
     A, "organisation", "technology", False, None),
    ("Cinéorama",
     "Raoul Grimoin-Sanson's Cinéorama at the 1900 Paris Exposition used ten synchronised projectors to show a 360-degree film of a balloon ascent.",
     "В «Синеораме» Рауля Гримуэн-Сансона на Всемирной выставке 1900 г. в Париже десять проекторов показывали круговую панораму полёта на воздушном шаре.",
     A, "number", "technology", True, None),
    ("Elcaset",
     "Sony introduced the Elcaset, an oversized audio cassette carrying quarter-inch tape, in 1976, but the format was abandoned within a few years.",
     "Формат Elcaset — увеличенную кассету с лентой шириной 6,3 мм — Sony представила в 1976 г.; спустя несколько лет от него отказались.",
     A, "year", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: RU (Arenal erupted on 29 July 1968)
    ("Arenal",
     "After centuries of quiet, Costa Rica's Arenal volcano erupted on 29 July 1968, burying the villages of Tabacón and Pueblo Nuevo and killing 87 people.",
     "Извержение вулкана Ареналь (Коста-Рика) в ноябре 1968 г., первое за несколько веков, унесло жизни 87 человек.",
     C, "month", "disasters", True, RU),
    # FALSE: EN (the Cataraqui was wrecked on 4 August 1845, i.e. in the 1840s)
    ("Cataraqui",
     "The emigrant ship Cataraqui was wrecked off King Island in Bass Strait in the 1860s, with the loss of about 400 lives.",
     "Эмигрантское судно «Катараки» разбилось 4 августа 1845 г. у острова Кинг в Бассовом проливе; погибли около 400 человек, спаслись лишь девять.",
     C, "decade", "disasters", False, EN),
    # FALSE: RU (the DC-9 belonged to Aeroméxico, Flight 498)
    ("Cerritos mid-air collision",
     "On 31 August 1986 an Aeroméxico DC-9 collided with a small private plane over Cerritos, California, killing 82 people, 15 of them on the ground.",
     "Столкновение над Серритосом (Калифорния) 31.08.1986 «Дугласа» DC-9 авиакомпании Mexicana с частным «Пайпером» унесло 82 жизни.",
     C, "organisation", "disasters", False, RU),
    ("Christmas Flood of 1717",
     "The Christmas Flood of 1717, a storm surge on the night of 24–25 December, drowned some 14,000 people along the North Sea coasts.",
     "Рождественское наводнение 1717 г. на побережье Северного моря — Нидерланды, Германия, Дания — стало одним из самых смертоносных: погибли около 14 тыс. человек.",
     A, "number", "disasters", True, None),
    ("Dover Strait earthquake",
     "The Dover Strait earthquake of 6 April 1580 damaged buildings in Kent and Calais and killed two children in London.",
     "Землетрясение 06.04.1580 в проливе Па-де-Кале ощущалось и в Лондоне, где падающие камни убили двух детей.",
     A, "date", "disasters", True, None),
]

RELATED = [
    ("Boudica",
     "A bronze group of Boudica and her daughters in a chariot, by Thomas Thornycroft, stands beside Westminster Bridge in London.",
     "Мужем Боудикки был царь иценов Прасутаг, правивший в восточной Британии как зависимый союзник Рима.",
     True, "history"),
    ("Basilosaurus",
     "Richard Owen later showed that Basilosaurus was a mammal rather than a reptile and proposed the name Zeuglodon for it.",
     "Базилозавр жил в эоцене, около 40 млн лет назад, и достигал в длину более 15 м.",
     False, "science"),
    ("Bass Rock",
     "A lighthouse designed by David Alan Stevenson has stood on the Bass Rock since 1902.",
     "Басс-Рок лежит у побережья области Ист-Лотиан, в нескольких километрах от городка Норт-Берик.",
     True, "geography"),
    ("Aga cooker",
     "Gustaf Dalén won the 1912 Nobel Prize in Physics for automatic regulators used to light lighthouses and buoys.",
     "В плитах «Ага» чугунные конфорки и духовки нагреты постоянно: тепло копится в массивном корпусе.",
     False, "economy"),
    ("Carnera",
     "Primo Carnera lost his world heavyweight title to Max Baer in June 1934.",
     "Рост Примо Карнеры, начинавшего как силач в бродячем цирке, составлял около 1,97 м.",
     True, "sport"),
    ("Black Hen",
     "Antony Pogorelsky was the pen name of Alexei Perovsky, a writer of Gothic and fantastic tales.",
     "Герой сказки Алёша получает от подземного короля конопляное зёрнышко, позволяющее отвечать любой урок без подготовки.",
     False, "literature"),
    ("Ave verum corpus",
     "The text of Ave verum corpus is a short Eucharistic hymn dating from the 14th century, set by many composers besides Mozart.",
     "Мотет Моцарта на этот латинский текст написан для четырёхголосного хора, струнных и органа.",
     True, "music"),
    ("False Mirror",
     "The False Mirror is said to have inspired the eye logo that William Golden designed for the CBS television network in 1951.",
     "Бельгийский сюрреалист Рене Магритт большую часть жизни прожил в Брюсселе.",
     False, "art"),
    ("Betts v. Brady",
     "Betts v. Brady was overruled in 1963 by Gideon v. Wainwright, which guaranteed counsel to poor defendants charged with felonies.",
     "Смита Беттса, безработного сельского рабочего из Мэриленда, обвинили в ограблении, и в суде он защищал себя сам.",
     True, "law"),
    ("Cerritos mid-air collision",
     "After the Cerritos collision the United States required airliners to carry the TCAS collision-avoidance system.",
     "Пилот частного «Пайпера» в 1986 г. без разрешения диспетчеров вошёл в контролируемую зону аэропорта Лос-Анджелеса.",
     False, "disasters"),
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
    comp, rel, false_sides, subjects = [], [], [], []
    for subj, en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, subj
        assert "A" <= subj[0].upper() <= "F", subj
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
    rel_subjects = []
    for subj, en, ru, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, ("related subject not in comparable", subj)
        rel_subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
    assert len(set(rel_subjects)) == len(rel_subjects)

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
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    mix = {}
    for r in comp:
        mix.setdefault(r["domain"], [0, 0])[r["label"] == A] += 1
    assert sorted(tuple(v) for v in mix.values()) == [(2, 3)] * 6 + [(3, 2)] * 6, mix
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout175.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout175.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain mix (contradict, agree):", {k: tuple(v) for k, v in sorted(mix.items())})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
