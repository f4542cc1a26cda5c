import json
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"

# ---------------- agree (30)
add(A,"century","history",
 "Пелопоннесская война между Афинским морским союзом и Спартой, закончившаяся поражением Афин, шла в V веке до н. э.",
 "The Peloponnesian War, fought from 431 to 404 BC, ended with Sparta and its allies defeating Athens.")
add(A,"date","history",
 "The Xinhai Revolution, which brought down the Qing dynasty, began with the Wuchang Uprising on 10 October 1911.",
 "Восстание в Учане, с которого в октябре 1911 года началась Синьхайская революция, стало началом конца маньчжурской династии Цин.")
add(A,"decade","science",
 "In 1676 the Danish astronomer Ole Rømer, working at the Paris Observatory, used the eclipses of Io to show that light travels at a finite speed.",
 "То, что свет распространяется не мгновенно, датчанин Оле Рёмер доказал в 1670-х годах, наблюдая затмения спутника Юпитера Ио.")
add(A,"number","science",
 "Первый синтетический анилиновый краситель, мовеин, восемнадцатилетний химик Уильям Перкин получил в 1856 г. во время пасхальных каникул.",
 "William Henry Perkin was only 18 when he stumbled on mauveine, the first synthetic aniline dye, while trying to make quinine.")
add(A,"month","economy",
 "Lenin's New Economic Policy, which replaced grain requisitioning with a tax in kind, was adopted at the Tenth Party Congress in March 1921.",
 "Весной 1921 года X съезд РКП(б) принял решение о переходе к нэпу и о замене продразвёрстки продналогом.")
add(A,"place","economy",
 "Каменные деньги острова Яп — огромные известняковые диски «раи» — добывали на островах Палау и доставляли на Яп на лодках и плотах.",
 "The huge limestone discs that served as money on the island of Yap were not local: they were quarried on Palau, hundreds of kilometres away.")
add(A,"number","sport",
 "The Vasaloppet cross-country ski race, first held in 1922, covers 90 kilometres from Sälen to Mora in central Sweden.",
 "Шведский лыжный марафон «Васалоппет», названный в честь короля Густава Вазы, проходит на дистанции девяносто километров.")
add(A,"date","sport",
 "В феврале 1958 года в Мюнхене разбился самолёт, на котором возвращалась из Белграда команда «Манчестер Юнайтед»; погибли восемь её футболистов.",
 "On 6 February 1958 the plane bringing Manchester United home from a European Cup tie in Belgrade crashed on take-off at Munich airport.")
add(A,"decade","culture",
 "Кабаре «Мулен Руж» с красной мельницей на крыше открылось у подножия Монмартра в конце 1880-х годов.",
 "The Moulin Rouge cabaret, founded by Joseph Oller and Charles Zidler, opened its doors on the Boulevard de Clichy in Paris in 1889.")
add(A,"year","music",
 "Rouget de Lisle wrote the Marseillaise in Strasbourg in April 1792 as a war song for the Army of the Rhine.",
 "«Марсельезу» сочинил в 1792 году в Страсбурге военный инженер, капитан Клод Жозеф Руже де Лиль.")
add(A,"number","music",
 "Название «Могучая кучка» для кружка из пяти петербургских композиторов придумал критик Владимир Стасов.",
 "The Mighty Handful, as the critic Vladimir Stasov called them, was a circle of five Russian composers based in St Petersburg.")
add(A,"year","literature",
 "Walter Scott's first novel, Waverley, a story of the Jacobite rising of 1745, came out anonymously in 1814.",
 "Роман «Уэверли», с которого в 1814 г. началась слава Вальтера Скотта-прозаика, вышел без имени автора на обложке.")
add(A,"number","literature",
 "Первое издание «Листьев травы» Уолт Уитмен выпустил в 1855 году за свой счёт; в тонкую книгу вошло всего двенадцать стихотворений.",
 "Walt Whitman paid for the 1855 first edition of Leaves of Grass himself: a thin volume of 12 untitled poems.")
add(A,"number","geography",
 "The Great Vasyugan Mire in western Siberia, one of the largest swamps in the world, covers more than 50,000 square kilometres.",
 "Площадь Васюганских болот, раскинувшихся в основном в Томской области, составляет более 50 тыс. кв. км — больше, чем вся Швейцария.")
add(A,"year","geography",
 "Плато Путорана на севере Красноярского края было внесено в список Всемирного наследия ЮНЕСКО в 2010 году.",
 "UNESCO listed the Putorana Plateau, a remote basalt upland in northern Siberia, as a World Heritage Site in 2010.")
add(A,"decade","medicine",
 "James Parkinson, a London surgeon, described the disease now named after him in An Essay on the Shaking Palsy, published in 1817.",
 "Болезнь Паркинсона впервые описал английский врач Джеймс Паркинсон в «Эссе о дрожательном параличе», изданном в 1810-х годах.")
add(A,"number","law",
 "По делу «Нью-Йорк таймс против Салливана» Верховный суд США в 1964 году единогласно решил, что чиновник должен доказать «действительный злой умысел» клеветника.",
 "In New York Times Co. v. Sullivan, decided in March 1964, all nine justices held that a public official suing for libel must prove actual malice.")
add(A,"date","technology",
 "Dean Kamen unveiled the Segway, a self-balancing two-wheeled scooter, on 3 December 2001.",
 "Самобалансирующийся двухколёсный самокат Segway изобретатель Дин Кеймен впервые показал публике в начале декабря 2001 года.")
add(A,"year","technology",
 "Формат видеокассет VHS японская компания JVC представила в 1976 г.; со временем он вытеснил конкурирующий формат Betamax.",
 "The VHS cassette, which eventually won the format war against Sony's Betamax, was introduced by JVC in Japan in 1976.")
add(A,"duration","transport",
 "The Shanghai Maglev, built with German Transrapid technology, runs the 30 kilometres to Pudong airport in about eight minutes.",
 "Поезд на магнитной подвеске в Шанхае проходит тридцатикилометровый путь до аэропорта Пудун примерно за восемь минут.")
add(A,"date","astronomy",
 "12 ноября 2014 г. модуль «Филы» совершил первую в истории посадку на ядро кометы — кометы Чурюмова — Герасименко.",
 "In November 2014 the European lander Philae touched down on comet 67P, the first spacecraft ever to land on a comet's nucleus.")
add(A,"rank","astronomy",
 "Svetlana Savitskaya became the first woman to walk in space when she stepped outside the Salyut 7 station in July 1984.",
 "Ни одна женщина до Светланы Савицкой не выходила в открытый космос: она сделала это 25 июля 1984 года.")
add(A,"number","biology",
 "Последние шерстистые мамонты жили на острове Врангеля ещё около четырёх тысяч лет назад, когда в Египте уже стояли пирамиды Гизы.",
 "Woolly mammoths survived on Wrangel Island in the Arctic Ocean until about 4,000 years ago, long after the mainland populations had died out.")
add(A,"place","food",
 "The Negroni, equal parts gin, Campari and sweet vermouth, was first mixed in Florence for Count Camillo Negroni.",
 "Коктейль «Негрони» из джина, красного вермута и кампари появился во Флоренции и назван в честь графа Камилло Негрони.")
add(A,"year","food",
 "Сахарин — первый искусственный подсластитель — открыл в 1879 году химик Константин Фальберг в Университете Джонса Хопкинса.",
 "Saccharin, the oldest artificial sweetener, was discovered in 1879 by Constantin Fahlberg, who was working in Ira Remsen's laboratory at Johns Hopkins.")
add(A,"year","energy",
 "In 1941 the Smith–Putnam turbine on Grandpa's Knob in Vermont became the first wind turbine of more than a megawatt to feed a power grid.",
 "Первая ветроустановка мегаваттного класса — турбина Смита — Патнэма мощностью 1,25 МВт — заработала в американском штате Вермонт в 1941 году.")
add(A,"month","environment",
 "Летом 2020 года у юго-восточного побережья Маврикия сел на коралловый риф сухогруз «Вакасио», из которого вылилось около тысячи тонн мазута.",
 "The bulk carrier Wakashio ran aground on a coral reef off Mauritius in July 2020 and leaked about a thousand tonnes of fuel oil.")
add(A,"century","architecture",
 "The Sainte-Chapelle in Paris, built to house the Crown of Thorns acquired by Louis IX, was consecrated in 1248.",
 "Сент-Шапель, построенную по заказу Людовика IX для хранения тернового венца, освятили в XIII веке.")
add(A,"date","news",
 "Первым в истории папой римским из США стал уроженец Чикаго Роберт Превост, избранный конклавом в мае 2025 года и принявший имя Лев XIV.",
 "On 8 May 2025 the cardinals elected Robert Prevost of Chicago as pope; taking the name Leo XIV, he became the first American to lead the Catholic Church.")
add(A,"date","news",
 "On 3 July 2019 a sudden explosive eruption on the Italian volcanic island of Stromboli killed a hiker.",
 "В начале июля 2019 года внезапный мощный взрыв на вулкане Стромболи у берегов Сицилии унёс жизнь туриста.")

# ---------------- contradict (30)
add(C,"person","history",
 "Вождя английского крестьянского восстания 1381 года Уота Тайлера на поле Смитфилд в Лондоне сразил дядя короля Джон Гонт.",
 "In June 1381, at Smithfield, the rebel leader Wat Tyler was struck down by William Walworth, the Lord Mayor of London, in front of the fourteen-year-old Richard II.")
add(C,"date","history",
 "The cannonade of Valmy, where French revolutionary troops turned back the Prussian army, took place on 30 September 1792.",
 "Сражение при Вальми, остановившее наступление пруссаков на Париж, произошло 20 сентября 1792 г.; на следующий день Конвент упразднил монархию.")
add(C,"organisation","science",
 "Идея полимеразной цепной реакции пришла Кэри Маллису в 1983 году, когда он работал в компании Genentech.",
 "Kary Mullis, who shared the 1993 Nobel Prize in Chemistry for it, devised the polymerase chain reaction in 1983 while at Cetus Corporation in California.")
add(C,"century","science",
 "In August 1774 Joseph Priestley produced oxygen by focusing sunlight on mercuric oxide, calling the gas dephlogisticated air.",
 "Джозеф Пристли, назвавший полученный газ «дефлогистированным воздухом», выделил кислород из оксида ртути ещё в XVII веке.")
add(C,"money","economy",
 "В 2017 году Amazon купил сеть супермаркетов Whole Foods Market примерно за 13,7 млрд долларов.",
 "Amazon paid about $3.7 billion for the Whole Foods Market grocery chain when it bought the company in 2017.")
add(C,"year","sport",
 "The Vendée Globe, the non-stop single-handed sailing race around the world, was first held in 1999, starting from Les Sables-d'Olonne.",
 "Кругосветная одиночная парусная регата без заходов в порты «Вандея Глоб» впервые стартовала в 1989 году из Ле-Сабль-д'Олона.")
add(C,"number","sport",
 "Авиакатастрофа 4 мая 1949 года у холма Суперга под Турином, уничтожившая великую команду «Торино», унесла жизни 13 человек.",
 "On 4 May 1949 the plane carrying the Torino football team crashed into the Superga hill near Turin, killing all 31 people on board.")
add(C,"number","culture",
 "Since the plague vow of 1633, the villagers of Oberammergau in Bavaria have staged their Passion Play about once every ten years.",
 "Жители баварской деревни Обераммергау, давшие обет во время чумы 1633 года, ставят свои «Страсти Христовы» раз в пять лет.")
add(C,"polarity","culture",
 "Художник-баталист Василий Верещагин погиб в апреле 1904 года вместе с адмиралом Макаровым, когда броненосец «Петропавловск» подорвался на мине у Порт-Артура.",
 "The battle painter Vasily Vereshchagin survived the sinking of the battleship Petropavlovsk off Port Arthur in April 1904, in which Admiral Makarov was killed.")
add(C,"place","music",
 "After German bombs destroyed the Queen's Hall in 1941, the Proms concerts moved to the Royal Albert Hall, their home ever since.",
 "После того как в 1941 году немецкая бомба разрушила Куинз-холл, концерты «Промс» перебрались в лондонский Барбикан, где проходят до сих пор.")
add(C,"entity","literature",
 "Роман Салмана Рушди «Дети полуночи» о судьбах индийцев, родившихся в ночь независимости, в 1981 году получил Гонкуровскую премию.",
 "Salman Rushdie's Midnight's Children won the Booker Prize in 1981 and was later named the best of all the Booker winners.")
add(C,"decade","literature",
 "Ivan Yefremov's science-fiction novel Andromeda, set in a communist future thousands of years ahead, was published in 1957.",
 "Роман Ивана Ефремова «Туманность Андромеды» о далёком коммунистическом будущем человечества вышел в свет в 1970-х годах.")
add(C,"place","geography",
 "The Ngorongoro Crater, one of the largest intact volcanic calderas in the world, lies in southern Kenya.",
 "Кратер Нгоронгоро, одна из крупнейших неразрушенных вулканических кальдер мира, находится на севере Танзании.")
add(C,"duration","geography",
 "Порыв ветра скоростью 372 км/ч, зафиксированный на горе Вашингтон 12 апреля 1934 г., оставался мировым рекордом 62 года.",
 "The 231 mph gust measured on Mount Washington in April 1934 held the world record for only about twelve years.")
add(C,"number","medicine",
 "The inkblot test that Hermann Rorschach published in 1921 uses a set of twenty cards.",
 "Тест Германа Роршаха, опубликованный в 1921 году в книге «Психодиагностика», состоит из десяти карточек с чернильными пятнами.")
add(C,"year","medicine",
 "Первый советский пенициллин, названный крустозином, получила микробиолог Зинаида Ермольева в 1952 году.",
 "Zinaida Yermolyeva produced the first Soviet penicillin, known as krustozin, in 1942, in the middle of the war.")
add(C,"opposite","law",
 "The Northwest Ordinance of 1787 banned slavery in the territory north-west of the Ohio River.",
 "Северо-Западный ордонанс 1787 года прямо разрешил рабство на землях к северо-западу от реки Огайо.")
add(C,"rank","law",
 "Польская конституция 3 мая 1791 года стала первой в мире писаной конституцией современного типа, опередив американскую.",
 "Adopted on 3 May 1791, the constitution of the Polish–Lithuanian Commonwealth was Europe's first modern written constitution and the world's second, after that of the United States.")
add(C,"organisation","technology",
 "The Roomba robot vacuum cleaner, launched in 2002, was developed by the British company Dyson.",
 "Робот-пылесос Roomba, поступивший в продажу в 2002 году, выпустила американская компания iRobot.")
add(C,"place","transport",
 "Паром «Севоль», шедший из Инчхона на остров Чеджудо, перевернулся 16 апреля 2014 года; погибли 304 человека, в основном школьники.",
 "The ferry Sewol capsized on 16 April 2014 while sailing from Incheon to Busan, killing 304 people, most of them high-school students.")
add(C,"polarity","transport",
 "The first Moskvich, the 400 model launched in 1946, was an entirely original Soviet design that copied no foreign car.",
 "Первый «Москвич» — модель 400, выпуск которой начался в Москве в 1946 году, — был почти точной копией довоенного немецкого Opel Kadett.")
add(C,"duration","astronomy",
 "«Сигнал Wow!», принятый радиотелескопом «Большое ухо» 15 августа 1977 года, длился 72 минуты.",
 "The Wow! signal, picked up by Ohio State University's Big Ear radio telescope on 15 August 1977, lasted 72 seconds.")
add(C,"entity","biology",
 "Despite their pig-like look, tapirs are odd-toed ungulates whose closest living relatives are horses and rhinoceroses.",
 "Среди ныне живущих животных ближайшие родственники тапиров — свиньи и бегемоты.")
add(C,"year","biology",
 "Судан, последний самец северного белого носорога, умер в марте 2018 года в кенийском заповеднике Ол-Педжета.",
 "Sudan, the last male northern white rhino, died at the Ol Pejeta Conservancy in Kenya in March 2008.")
add(C,"opposite","food",
 "Sauternes, made in the Bordeaux region from grapes shrivelled by noble rot, is a sweet white wine.",
 "Сотерн — сухое белое вино из области Бордо, которое делают из винограда, поражённого «благородной гнилью».")
add(C,"percent","environment",
 "Водоносный горизонт Огаллала под Великими равнинами даёт около 30 % подземных вод, которые в США используют для орошения.",
 "The Ogallala Aquifer beneath the Great Plains supplies only about 3 percent of the groundwater used for irrigation in the United States.")
add(C,"year","energy",
 "The first Soviet pressurised-water reactor of the VVER type started up at the Novovoronezh nuclear power plant in 1984.",
 "Первый в СССР водо-водяной энергетический реактор типа ВВЭР был запущен на Нововоронежской АЭС в 1964 году.")
add(C,"person","architecture",
 "Дом Наркомфина на Новинском бульваре в Москве построил в 1928–1930 годах архитектор Константин Мельников.",
 "Moscow's Narkomfin Building, an experiment in communal housing completed in 1930, was designed by Moisei Ginzburg with Ignaty Milinis.")
add(C,"scale","news",
 "In January 2019 investors valued WeWork at about $47 billion; by the autumn its planned stock market listing had collapsed.",
 "В январе 2019 года компанию WeWork оценивали примерно в 47 млн долларов, а осенью её выход на биржу сорвался.")
add(C,"month","news",
 "Вулкан Ньирагонго у города Гома на востоке ДР Конго внезапно извергся в мае 2021 года; лава остановилась у окраин города.",
 "Mount Nyiragongo, which towers over the city of Goma in eastern Congo, erupted without warning in January 2021.")

# ---------------- related (10)
rel = []
def radd(domain, a, b):
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rel.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label="related", slot="topic", domain=domain))
radd("science",
 "Ole Rømer was born in the Danish city of Aarhus in 1644.",
 "В 1676 году Оле Рёмер впервые оценил скорость света по затмениям спутника Юпитера Ио.")
radd("sport",
 "Тренер «Манчестер Юнайтед» Мэтт Басби выжил в мюнхенской авиакатастрофе и в 1968 году выиграл с новой командой Кубок европейских чемпионов.",
 "The Munich air disaster happened on 6 February 1958, on the third attempt to take off in snow and slush.")
radd("literature",
 "Walt Whitman was born in 1819 on Long Island, in the state of New York.",
 "Первое издание «Листьев травы» Уолта Уитмена вышло в 1855 году.")
radd("geography",
 "Гора Вашингтон высотой 1917 м — высшая точка северо-востока США.",
 "A gust of 231 miles per hour was recorded on the summit of Mount Washington in April 1934.")
radd("architecture",
 "The Sainte-Chapelle stands on the Île de la Cité, inside the old royal palace complex in Paris.",
 "Капеллу Сент-Шапель освятили в 1248 году.")
radd("technology",
 "Выпуск самокатов Segway был прекращён в июле 2020 года.",
 "The Segway was unveiled in December 2001 by the inventor Dean Kamen.")
radd("astronomy",
 "Svetlana Savitskaya first flew into space in August 1982, aboard Soyuz T-7.",
 "В июле 1984 года Светлана Савицкая первой из женщин вышла в открытый космос.")
radd("food",
 "В классификации 1855 года Château d'Yquem стал единственным вином с рангом Premier Cru Supérieur.",
 "Sauternes is made from grapes affected by noble rot, the fungus Botrytis cinerea.")
radd("energy",
 "One of the blades of the Smith–Putnam wind turbine broke off in March 1945.",
 "Ветроустановка Смита — Патнэма была подключена к электросети в Вермонте в 1941 году.")
radd("economy",
 "Нэп был свёрнут в конце 1920-х годов, с началом первой пятилетки и коллективизации.",
 "The New Economic Policy was adopted in March 1921 by the Tenth Congress of the Bolshevik party.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
cnt = collections.Counter(r["label"] for r in rows)
assert cnt == {"agree": 30, "contradict": 30}, cnt
for r in rows + rel:
    assert {r["lang_a"], r["lang_b"]} == {E, R}, r
    for side in (r["a"], r["b"]):
        n = len(side.split())
        lo = 10 if r["label"] != "related" else 5
        assert lo <= n <= 30, (n, side)
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout34.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout34.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("comparable", len(rows), dict(cnt), "related", len(rel))
