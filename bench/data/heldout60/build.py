#!/usr/bin/env python3
"""Build the heldout60 bilingual (EN/RU) evaluation set. Stdlib only."""
import json, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (label, slot, domain, ru_first, english, russian)
# For "contradict" rows exactly one side carries a changed value (noted in the comment).
COMPARABLE = [
    # ---------------- contradict ----------------
    ("contradict", "year", "history", True,  # RU false (980)
     "Prince Sviatoslav I of Kiev was killed by the Pechenegs at the Dnieper rapids in 972 while returning from his Balkan campaign.",
     "Киевский князь Святослав Игоревич погиб в 980 году у днепровских порогов, попав в засаду печенегов на обратном пути из Болгарии."),
    ("contradict", "place", "history", False,  # RU false (Lima)
     "Túpac Amaru II, the leader of the great Andean rebellion, was executed in the main square of Cusco in May 1781.",
     "Вождь крупнейшего индейского восстания в Андах Тупак Амару II был казнён в мае 1781 г. на главной площади Лимы."),
    ("contradict", "duration", "history", True,  # RU false (two years)
     "The Swiss Sonderbund War of November 1847 lasted less than a month and ended in defeat for the Catholic cantons.",
     "Гражданская война Зондербунда в Швейцарии продолжалась почти два года и завершилась поражением союза католических кантонов."),
    ("contradict", "entity", "history", False,  # RU false (Danes)
     "The fortress of Nyenschantz, at the point where the Okhta joins the Neva, was built by the Swedes in 1611.",
     "Крепость Ниеншанц в устье Охты, при её впадении в Неву, возвели датчане в 1611 году."),
    ("contradict", "year", "history", True,  # EN false (1125)
     "Vladimir Monomakh became Grand Prince of Kiev in 1125, after the death of his cousin Sviatopolk Iziaslavich.",
     "Владимир Мономах занял киевский великокняжеский престол в 1113 г., когда умер Святополк Изяславич и в городе вспыхнуло восстание."),
    ("contradict", "rank", "geography", False,  # RU false (second)
     "Scoresby Sound on the east coast of Greenland is regarded as the largest fjord system in the world.",
     "Залив Скорсби-Сунн на восточном побережье Гренландии считается второй по величине системой фьордов на планете."),
    ("contradict", "polarity", "geography", True,  # RU false (negated)
     "For much of its course the Ussuri River forms the border between Russia and China before flowing into the Amur near Khabarovsk.",
     "Река Уссури не служит границей между Россией и Китаем: на всём своём протяжении до впадения в Амур у Хабаровска она течёт по российской земле."),
    ("contradict", "year", "geography", False,  # RU false (1965)
     "The tiny North Atlantic islet of Rockall was formally annexed by the United Kingdom in September 1955.",
     "Великобритания официально присоединила крошечный скалистый островок Роколл в Северной Атлантике в 1965 году."),
    ("contradict", "month", "geography", True,  # RU false (May)
     "The last 36 residents of St Kilda were evacuated to the Scottish mainland at their own request on 29 August 1930.",
     "Последние жители шотландского архипелага Сент-Килда по собственной просьбе были вывезены на большую землю в мае 1930 года."),
    ("contradict", "place", "geography", False,  # RU false (Agadez)
     "After a lorry knocked it down in 1973, the Tree of Ténéré was moved to the National Museum of Niger in Niamey.",
     "Останки дерева Тенере, сбитого грузовиком в 1973 году, перевезли в музей в Агадесе, где они хранятся и сегодня."),
    ("contradict", "number", "science", True,  # RU false (42)
     "The Indian mathematician Srinivasa Ramanujan died in April 1920 at the age of only 32.",
     "Индийский математик Сриниваса Рамануджан скончался в апреле 1920 года в возрасте 42 лет, вернувшись на родину из Англии."),
    ("contradict", "decade", "science", False,  # RU false (1830s)
     "Vasily Petrov, a physicist in St Petersburg, observed the electric arc in 1802 using a huge battery of copper and zinc plates.",
     "Петербургский физик Василий Петров открыл явление электрической дуги в 1830-х годах, собрав огромную батарею из медных и цинковых пластин."),
    ("contradict", "scale", "science", True,  # RU false (kilograms)
     "The Willamette meteorite, found in Oregon in 1902, weighs about 15.5 tonnes and is the largest meteorite discovered in the United States.",
     "Метеорит Уилламетт массой около 15,5 кг был найден в Орегоне в 1902 г.; это крупнейший метеорит, обнаруженный в США."),
    ("contradict", "entity", "science", False,  # RU false (Fram)
     "Baron Eduard Toll's Russian polar expedition sailed in 1900 aboard the schooner Zarya to search for the legendary Sannikov Land.",
     "В 1900 году барон Эдуард Толль отправился на поиски легендарной Земли Санникова на шхуне «Фрам»."),
    ("contradict", "person", "sport", True,  # RU false (Diemberger)
     "On 8 May 1978 Reinhold Messner and Peter Habeler became the first climbers to reach the summit of Everest without supplementary oxygen.",
     "Райнхольд Месснер впервые поднялся на Эверест без кислородного оборудования в мае 1978 г. в связке с австрийцем Куртом Димбергером."),
    ("contradict", "rank", "sport", False,  # RU false (silver)
     "At the 1964 Tokyo Olympics the New Zealander Peter Snell won the gold medal in the 1500 metres.",
     "Новозеландский бегун Питер Снелл на Олимпиаде 1964 года в Токио завоевал серебряную медаль на дистанции 1500 м."),
    ("contradict", "number", "sport", True,  # EN false (three)
     "The Ethiopian runner Miruts Yifter won three gold medals at the 1980 Moscow Olympics.",
     "На московской Олимпиаде 1980 года эфиопский стайер Мирутс Ифтер выиграл две золотые медали — на дистанциях 5000 и 10 000 метров."),
    ("contradict", "opposite", "sport", False,  # RU false (lost)
     "PSV Eindhoven won the 1988 European Cup final in Stuttgart, beating Benfica on penalties after a goalless draw.",
     "В финале Кубка европейских чемпионов 1988 года в Штутгарте ПСВ уступил «Бенфике» в серии пенальти после нулевой ничьей."),
    ("contradict", "person", "sport", True,  # RU false (Gaprindashvili)
     "Xie Jun of China became women's world chess champion in 1991 by defeating Maia Chiburdanidze in Manila.",
     "Китаянка Се Цзюнь завоевала шахматную корону среди женщин в 1991 году, победив в матче в Маниле Нону Гаприндашвили."),
    ("contradict", "decade", "sport", False,  # RU false (1920s)
     "The Monte Carlo Rally, organised by the motoring club of Monaco, was first held in January 1911.",
     "Ралли Монте-Карло, которое проводит автомобильный клуб Монако, впервые состоялось в 1920-х годах."),
    ("contradict", "person", "culture", True,  # RU false (Kazakov)
     "Pashkov House, the Neoclassical mansion opposite the Kremlin built in 1784–1786, is traditionally attributed to Vasily Bazhenov.",
     "Дом Пашкова напротив Кремля, построенный в 1784–1786 гг., традиционно приписывают архитектору Матвею Казакову."),
    ("contradict", "year", "culture", False,  # RU false (1954)
     "Moscow's Sukharev Tower, built at the end of the seventeenth century, was demolished in 1934 despite protests from architects.",
     "Сухарева башня в Москве, возведённая в конце XVII века, была снесена в 1954 году, несмотря на протесты архитекторов."),
    ("contradict", "number", "culture", True,  # RU false (141.5 m)
     "With a spire 161.5 metres high, Ulm Minster in Germany is the tallest church in the world.",
     "Ульмский собор в Германии со шпилем высотой 141,5 м считается самой высокой церковью мира."),
    ("contradict", "organisation", "literature", False,  # RU false (Novy Mir)
     "Yury Trifonov's novella The House on the Embankment was first published in 1976 in the magazine Druzhba Narodov.",
     "Повесть Юрия Трифонова «Дом на набережной» впервые увидела свет в 1976 г. на страницах журнала «Новый мир»."),
    ("contradict", "place", "literature", True,  # RU false (Buenos Aires)
     "The Austrian writer Stefan Zweig took his own life in Petrópolis, Brazil, in February 1942.",
     "Австрийский писатель Стефан Цвейг покончил с собой в феврале 1942 года в Буэнос-Айресе, куда эмигрировал из Европы."),
    ("contradict", "polarity", "literature", False,  # RU false (never)
     "The French writer Romain Rolland was awarded the Nobel Prize in Literature for 1915.",
     "Французский писатель Ромен Роллан, автор «Жана-Кристофа», так и не был удостоен Нобелевской премии по литературе."),
    ("contradict", "century", "art", True,  # RU false (XVI)
     "Masaccio, a pioneer of Florentine Renaissance painting, died in Rome in 1428, still in his twenties.",
     "Флорентийский живописец Мазаччо, один из зачинателей ренессансной живописи, умер в Риме в XVI веке."),
    ("contradict", "person", "law", False,  # RU false (Hindenburg)
     "The Weimar Constitution was signed by President Friedrich Ebert on 11 August 1919.",
     "Веймарская конституция Германии была подписана 11 августа 1919 года президентом Паулем фон Гинденбургом."),
    ("contradict", "money", "economy", True,  # RU false (shilling)
     "In 1884 Michael Marks opened a market stall in Leeds where every item cost one penny, the origin of Marks & Spencer.",
     "История Marks & Spencer началась в 1884 г. с лотка Майкла Маркса на рынке Лидса, где любой товар стоил один шиллинг."),
    ("contradict", "day", "disasters", False,  # RU false (21 May)
     "The Quetta earthquake struck the city in British India in the early hours of 31 May 1935, killing tens of thousands.",
     "Землетрясение в Кветте в Британской Индии произошло в ночь на 21 мая 1935 года и унесло десятки тысяч жизней."),
    # ---------------- agree ----------------
    ("agree", "date", "history", True,
     "Tsarevich Dmitry, the youngest son of Ivan the Terrible, died in Uglich on 15 May 1591 from a knife wound.",
     "Царевич Дмитрий, младший сын Ивана Грозного, погиб в Угличе 15 мая 1591 г. — по официальной версии, сам наткнулся на нож."),
    ("agree", "year", "history", False,
     "The Oreshek fortress at the source of the Neva was founded in 1323 by Prince Yury Danilovich.",
     "Крепость Орешек у истока Невы заложил в 1323 году князь Юрий Данилович, внук Александра Невского."),
    ("agree", "date", "history", True,
     "Tiradentes, a leader of the Minas Gerais conspiracy, was hanged in Rio de Janeiro on 21 April 1792.",
     "21 апреля 1792 года в Рио-де-Жанейро казнили Тирадентиса — одного из руководителей заговора в Минас-Жерайсе."),
    ("agree", "place", "geography", False,
     "The Shantar Islands are a group of about fifteen islands in the western Sea of Okhotsk, belonging to Khabarovsk Krai.",
     "Шантарские острова — архипелаг примерно из 15 островов в западной части Охотского моря, входящий в состав Хабаровского края."),
    ("agree", "year", "geography", True,
     "Tassili n'Ajjer, an Algerian plateau famous for thousands of prehistoric rock paintings, was inscribed on the World Heritage List in 1982.",
     "Плато Тассилин-Аджер в Алжире с тысячами доисторических наскальных рисунков внесено в список Всемирного наследия ЮНЕСКО в 1982 г."),
    ("agree", "year", "science", False,
     "The polar explorer Georgy Sedov died in 1914 near Rudolf Island while trying to reach the North Pole by sledge.",
     "Георгий Седов скончался весной 1914 года у острова Рудольфа во время санного похода к Северному полюсу."),
    ("agree", "year", "science", True,
     "The Steklov Mathematical Institute became a separate institute in 1934 and moved from Leningrad to Moscow that same year.",
     "Математический институт имени Стеклова выделился в самостоятельное учреждение в 1934 году и тогда же переехал из Ленинграда в Москву."),
    ("agree", "rank", "sport", False,
     "In June 1986 the Polish climber Wanda Rutkiewicz became the first woman to stand on the summit of K2.",
     "Польская альпинистка Ванда Руткевич первой из женщин покорила К2 — 23 июня 1986 года."),
    ("agree", "place", "sport", True,
     "Steve Ovett of Great Britain won the 800 metres at the 1980 Olympic Games in Moscow, ahead of Sebastian Coe.",
     "Британец Стив Оветт стал олимпийским чемпионом в беге на 800 м на Играх в Москве в 1980 году."),
    ("agree", "year", "economy", False,
     "The Norwegian state oil company Statoil was established by the parliament in 1972.",
     "Государственная нефтяная компания Норвегии «Статойл» была создана по решению стортинга в 1972 году; позднее её переименовали в «Эквинор»."),
    ("agree", "place", "economy", True,
     "Rio Tinto was founded in 1873 by investors who bought ancient copper mines in southern Spain from the Spanish government.",
     "Компания Rio Tinto основана в 1873 г. для покупки у испанского правительства старинных медных рудников на юге Испании."),
    ("agree", "person", "economy", False,
     "The electrical company that later became Panasonic was founded in Osaka in 1918 by Konosuke Matsushita.",
     "Коносукэ Мацусита основал свою электротехническую фирму в Осаке в 1918 году; в 2008-м компания сменила название на Panasonic."),
    ("agree", "person", "technology", True,
     "Ampex, the Californian firm that built the first commercial videotape recorder, was founded in 1944 by the Russian émigré Alexander Poniatoff.",
     "Основателем фирмы Ampex, созданной в 1944 г. в Калифорнии, был эмигрант из России Александр Понятов; название составлено из его инициалов."),
    ("agree", "year", "technology", False,
     "In 1907 Boris Rosing patented a television system that used a cathode-ray tube to display the image.",
     "Борис Розинг в 1907 году получил патент на способ передачи изображений, в котором приёмником служила электронно-лучевая трубка."),
    ("agree", "year", "culture", True,
     "The World of Art movement grew around the magazine Mir iskusstva, founded in St Petersburg in 1898 by Alexandre Benois and Sergei Diaghilev.",
     "Журнал «Мир искусства», давший имя целому художественному объединению, начал выходить в Петербурге в 1898 году."),
    ("agree", "year", "culture", False,
     "The Ostromir Gospels, copied by the deacon Grigory in 1056–1057, are the oldest dated East Slavic book.",
     "Остромирово Евангелие, переписанное диаконом Григорием в середине XI в., считается древнейшей датированной восточнославянской книгой."),
    ("agree", "year", "literature", True,
     "Prosper Mérimée's novella Carmen, which later inspired Bizet's opera, first appeared in 1845.",
     "Новелла Проспера Мериме «Кармен», по мотивам которой Бизе написал оперу, была опубликована в 1845 году."),
    ("agree", "year", "literature", False,
     "Guy de Maupassant made his name with Boule de Suif, published in 1880 in the collection Les Soirées de Médan.",
     "Известность Ги де Мопассану принесла новелла «Пышка», напечатанная в 1880 г. в сборнике «Меданские вечера»."),
    ("agree", "year", "literature", True,
     "Victor Pelevin's novel Chapaev and Void, set partly in the Russian Civil War, was published in 1996.",
     "Роман Виктора Пелевина «Чапаев и Пустота» вышел в 1996 году."),
    ("agree", "money", "literature", False,
     "A portrait of the novelist Natsume Sōseki appeared on the Japanese 1,000-yen banknote from 1984 until 2004.",
     "С 1984 по 2004 год на японской купюре достоинством 1000 иен печатался портрет писателя Нацумэ Сосэки."),
    ("agree", "year", "literature", True,
     "The Trinidad-born writer V. S. Naipaul received the Nobel Prize in Literature in 2001.",
     "Нобелевскую премию по литературе за 2001 год получил уроженец Тринидада Видиадхар Сураджпрасад Найпол."),
    ("agree", "place", "music", False,
     "The composer and pianist Nikolai Medtner spent his last years in England and died in London in November 1951.",
     "Композитор Николай Метнер, эмигрировавший после революции, скончался в Лондоне в 1951 году."),
    ("agree", "date", "music", True,
     "Olivier Messiaen's Quartet for the End of Time was first performed on 15 January 1941 in a prisoner-of-war camp at Görlitz.",
     "Премьера «Квартета на конец времени» Оливье Мессиана состоялась в январе 1941 г. в лагере для военнопленных в Гёрлице, где находился сам композитор."),
    ("agree", "year", "geography", False,
     "The northern Russian city of Vologda traditionally dates its founding to 1147, the year of its earliest mention.",
     "Годом основания Вологды традиционно считается 1147-й: именно тогда город впервые упоминается в исторических источниках."),
    ("agree", "place", "art", True,
     "Rogier van der Weyden's Descent from the Cross, painted around 1435, hangs in the Prado in Madrid.",
     "«Снятие с креста» Рогира ван дер Вейдена, написанное около 1435 г., хранится в мадридском музее Прадо."),
    ("agree", "number", "art", False,
     "Paolo Uccello's Battle of San Romano consists of three panels, now divided between London, Florence and Paris.",
     "Три панели «Битвы при Сан-Романо» Паоло Уччелло сегодня находятся в трёх музеях: в Лондоне, во Флоренции и в Лувре."),
    ("agree", "year", "art", True,
     "The Spanish painter Francisco de Zurbarán was born in 1598 in Fuente de Cantos, in Extremadura.",
     "Испанский живописец Франсиско де Сурбаран родился в 1598 году в городке Фуэнте-де-Кантос в Эстремадуре."),
    ("agree", "number", "art", False,
     "Henri de Toulouse-Lautrec died at the Château de Malromé in September 1901, aged only 36.",
     "Анри де Тулуз-Лотрек умер 9 сентября 1901 г. в замке Мальроме, не дожив до 37 лет."),
    ("agree", "duration", "law", True,
     "After the Mignonette case of 1884, the death sentences passed on Dudley and Stephens were commuted to six months' imprisonment.",
     "Смертный приговор Дадли и Стивенсу по делу яхты «Миньонетт» был заменён шестью месяцами тюремного заключения."),
    ("agree", "date", "disasters", False,
     "A powerful earthquake devastated the Chilean port of Valparaíso on the evening of 16 August 1906.",
     "16 августа 1906 г. чилийский порт Вальпараисо был почти полностью разрушен сильнейшим землетрясением."),
]

RELATED = [
    ("Reinhold Messner became the first climber to stand on all fourteen eight-thousanders, finishing with Lhotse in 1986.",
     "В мае 1978 года Месснер вместе с Петером Хабелером поднялся на Эверест без кислородных баллонов.", "sport", True),
    ("Srinivasa Ramanujan was elected a Fellow of the Royal Society in 1918.",
     "Рамануджан умер в 1920 году в Кумбаконаме, вскоре после возвращения из Англии.", "science", False),
    ("Natsume Sōseki became famous with his satirical novel I Am a Cat, serialised in 1905 and 1906.",
     "Портрет Нацумэ Сосэки украшал японскую купюру в 1000 иен с 1984 по 2004 год.", "literature", True),
    ("Stefan Zweig's Chess Story, his last completed work, was published posthumously at the end of 1942.",
     "Стефан Цвейг ушёл из жизни в бразильском Петрополисе в феврале 1942 года.", "literature", False),
    ("Baron Eduard Toll and three companions disappeared without trace in the Arctic in 1902.",
     "Экспедиция барона Толля вышла из Петербурга в 1900 году на шхуне «Заря».", "science", True),
    ("Victor Pelevin's novel Generation P appeared in 1999 and was made into a film in 2011.",
     "Роман «Чапаев и Пустота» Виктор Пелевин опубликовал в 1996 году.", "literature", False),
    ("The Norwegian oil company Statoil was established by the state in 1972.",
     "В 2018 году норвежская компания «Статойл» сменила своё название на «Эквинор».", "economy", True),
    ("Masaccio painted the Holy Trinity fresco in the Florentine church of Santa Maria Novella around 1427.",
     "Живописец Мазаччо умер в Риме в 1428 году, не дожив до 27 лет.", "art", False),
    ("Prosper Mérimée published his novella Carmen in the Revue des deux Mondes in 1845.",
     "В 1834 году Проспер Мериме был назначен генеральным инспектором исторических памятников Франции.", "literature", True),
    ("Peter Snell of New Zealand won the 800 metres at the 1960 Olympic Games in Rome.",
     "На Олимпиаде 1964 года в Токио Питер Снелл выиграл золото на дистанции 1500 метров.", "sport", False),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang(s):
    return "ru" if len(CYR.findall(s)) > len(LAT.findall(s)) else "en"


def make(en, ru, label, slot, domain, ru_first):
    assert lang(en) == "en", en
    assert lang(ru) == "ru", ru
    for s in (en, ru):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}


comp = [make(en, ru, lab, slot, dom, rf) for lab, slot, dom, rf, en, ru in COMPARABLE]
rel = [make(en, ru, "related", "topic", dom, rf) for en, ru, dom, rf in RELATED]

labels = Counter(r["label"] for r in comp)
assert len(comp) == 60 and labels == {"agree": 30, "contradict": 30}, labels
assert len(rel) == 10
for lab in ("agree", "contradict"):
    rows = [r for r in comp if r["label"] == lab]
    assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
for r in comp + rel:
    assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
doms = Counter(r["domain"] for r in comp)
assert max(doms.values()) <= 8, doms

with open(os.path.join(HERE, "comparable_heldout60.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout60.jsonl"), "w", encoding="utf-8") as f:
    for r in rel:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print("labels", dict(labels))
print("contradict slots", dict(cslots))
print("agree slots", dict(Counter(r["slot"] for r in comp if r["label"] == "agree")))
print("domains", dict(doms))
print("related", len(rel))
