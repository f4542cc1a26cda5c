"""Round n of issue 10: comparable EN/RU text written independently (HELD-OUT14 read for its causes: general causes only).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* concord: a Russian negation carried by a negative pronoun («никто не», «ни одно … не») speaks of all others; against a
  superlative or "any other" on the other side ("the fastest", "higher than any other") it is no clash (kind
  ``superlative`` of ``lang/{en,ru}/negation.tsv``); «никто не выжил» / "nobody survived" is one negation; against a plain
  affirmation it is still a clash;
* units: speeds ("miles per hour", "mph", «км/ч») and power ("megawatts", «ГВт») are units of measure (``lang/measures.tsv``);
* rulers: a ruler's translated given name keys with its regnal number ("Louis XIV" / «Людовик XIV»,
  ``lang/ruler_names.tsv``), also after a title the frame read the bare name behind ("Queen Elizabeth I");
* spelling: a Latin "w" or "j" that Russian writes as a vowel, a soft "c" that it writes «с» ("Wallace" / «Уоллес»,
  "Lewandowski" / «Левандовский», "Vance" / «Вэнс») and a final consonant French leaves silent ("Descartes" / «Декарт»,
  "Delacroix" / «Делакруа»: ``lang/translit.skeleton_variants``) key one name; a Russian adjective names a place
  («с Мраморным» / "the Sea of Marmara");
* against: "against" after a word of contest ("played against", "a victory against", "won against": kind ``plain`` of
  ``lang/en/negation.tsv``; «матч против» in ``lang/ru/negation.tsv``) negates nothing, so it no longer excuses the
  other side's «не»;
* epithet: a ruler named by an epithet ("Catherine the Great", «Иван Грозный»: ``lang/ruler_epithets.tsv``) is keyed by
  the given name alone, which pairs with that name and any number ("Peter the Great" / «Пётр I») and clashes with
  another ruler;
* latin-org: at translation likeness, the one organisation each side leaves unpaired, both written in Latin letters
  (the Russian text keeps the foreign name: "Union Carbide" / «компании DuPont»), is another organisation: a clash;
* century: a century written with an ordinal in words ("the twelfth century", "the fifth and fourth centuries BC") and "the
  turn of the twentieth century" (~1890-1910) are read (``frame/periods.py``);
* city: a gazetteer place pairs with the other side's gazetteer place, not with a hall or a building the gazetteer does
  not know ("in Vienna" / «в Бургтеатре в Праге»);
* region: a continent or world region on one side and a city on the other are no "place each side names differently";
* unable: "unable" negates a verb by its form (kind ``affixal``) and is no longer also "negation stated otherwise", which
  excused a Russian side that affirms («смогли», «способные»);
* landform: a landform noun after a name ("the Colorado River", "the Atacama Desert": ``lang/en/landform_tails.tsv``)
  makes a place keyed by the name, which a Russian adjective names too («Ферганской долины», «Таймырского полуострова»);
* include: "inducted", "admitted to", «включён» against "expelled", "removed from", «исключён» widen the opposite
  predicates included / excluded (``lang/opposites.tsv``; "including" is none);
* rank: an ordinal with a superlative or a measure ("the second-highest", «третья по высоте»: ``lang/ranks.tsv``) is a
  figure of the unit "rank", which pairs only with a rank.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("concord", "agree", "The blue whale is the largest animal that has ever lived on Earth.",
     "Ни одно животное, когда-либо жившее на Земле, не было крупнее синего кита."),
    ("concord", "agree", "Mount Everest is higher than any other mountain on Earth.",
     "Ни одна гора на Земле не превосходит по высоте Эверест."),
    ("concord", "agree", "Pele scored more goals for Brazil than any other player of his time.",
     "Ни один игрок своего времени не забил за сборную Бразилии больше голов, чем Пеле."),
    ("concord", "agree", "Nobody survived the crash of the airliner near the coast.",
     "Никто не выжил при крушении авиалайнера у побережья."),
    ("concord", "!agree", "Everyone on board survived the crash of the airliner near the coast.",
     "Никто из находившихся на борту не выжил при крушении авиалайнера у побережья."),
    ("concord", "contradict", "The Amazon is the largest river in South America.",
     "Амазонка не является крупнейшей рекой Южной Америки."),
    ("units", "agree", "The nuclear plant has an installed capacity of 2,000 megawatts.",
     "Установленная мощность атомной станции составляет 2 ГВт."),
    ("units", "contradict", "The nuclear plant has an installed capacity of 2,000 megawatts.",
     "Установленная мощность атомной станции составляет 3 ГВт."),
    ("units", "agree", "Gusts of wind reached 62 miles per hour on the coast.",
     "Порывы ветра на побережье достигали 100 км/ч."),
    ("units", "agree", "The speed limit on the motorway is 130 km/h.",
     "Ограничение скорости на автомагистрали составляет 130 километров в час."),
    ("units", "contradict", "The speed limit on the motorway is 130 km/h.",
     "Ограничение скорости на автомагистрали составляет 110 километров в час."),
    ("rulers", "agree", "Louis XIV moved the royal court to Versailles in 1682.",
     "Людовик XIV перенёс королевский двор в Версаль в 1682 году."),
    ("rulers", "agree", "Pope Gregory XIII introduced the new calendar in 1582.",
     "Папа Григорий XIII ввёл новый календарь в 1582 году."),
    ("rulers", "agree", "In 1588 the fleet of Queen Elizabeth I defeated the Spanish Armada.",
     "В 1588 году флот Елизаветы I разгромил Непобедимую армаду."),
    ("rulers", "contradict", "Louis XIV moved the royal court to Versailles in 1682.",
     "Людовик XV перенёс королевский двор в Версаль в 1682 году."),
    ("rulers", "contradict", "King Charles I was executed in London in 1649.",
     "Король Генрих I был казнён в Лондоне в 1649 году."),
    ("spelling", "agree", "In 1854 the naturalist Alfred Russel Wallace began collecting birds in the Malay Archipelago.",
     "В 1854 году натуралист Альфред Рассел Уоллес начал собирать птиц на Малайском архипелаге."),
    ("spelling", "agree", "Robert Lewandowski scored five goals in nine minutes in a league match in 2015.",
     "В 2015 году Роберт Левандовский забил пять голов за девять минут в матче чемпионата."),
    ("spelling", "agree", "Cyrus Vance served as US Secretary of State from 1977 to 1980.",
     "Сайрус Вэнс занимал пост государственного секретаря США с 1977 по 1980 год."),
    ("spelling", "agree", "In December 1981 General Wojciech Jaruzelski declared martial law in Poland.",
     "В декабре 1981 года генерал Войцех Ярузельский ввёл в Польше военное положение."),
    ("spelling", "contradict", "In December 1981 General Wojciech Jaruzelski declared martial law in Poland.",
     "В декабре 1981 года генерал Лех Валенса ввёл в Польше военное положение."),
    ("spelling", "agree", "In 1637 Rene Descartes published his Discourse on the Method.",
     "В 1637 году Рене Декарт опубликовал «Рассуждение о методе»."),
    ("spelling", "agree", "Eugene Delacroix painted Liberty Leading the People in 1830.",
     "Эжен Делакруа написал картину «Свобода, ведущая народ» в 1830 году."),
    ("spelling", "agree", "The Kerch Strait connects the Black Sea with the Sea of Azov.",
     "Керченский пролив соединяет Чёрное море с Азовским."),
    ("spelling", "contradict", "In 1637 Rene Descartes published his Discourse on the Method.",
     "В 1637 году Блез Паскаль опубликовал «Рассуждение о методе»."),
    ("spelling", "contradict", "In 2017 Mike Pence became the vice president of the United States.",
     "В 2017 году Джо Байден стал вице-президентом США."),
    ("against", "contradict", "The national team played against Brazil in the final of 1998.",
     "В финале 1998 года сборная не играла с Бразилией."),
    ("against", "contradict", "In 1954 the club won against Hungary in the final in Bern.",
     "В 1954 году клуб не победил Венгрию в финале в Берне."),
    ("against", "contradict", "In 1805 the admiral led the fleet to a victory against the combined French and Spanish squadrons.",
     "В 1805 году адмирал не привёл флот к победе над объединёнными французской и испанской эскадрами."),
    ("against", "agree", "The national team played against Brazil in the final of 1998.",
     "В финале 1998 года сборная играла против Бразилии."),
    ("latin-org", "contradict", "In 2021 the vaccine was produced at a plant owned by Pfizer Inc in Belgium.",
     "В 2021 году вакцину выпускали на заводе компании Moderna в Бельгии."),
    ("latin-org", "contradict", "The satellite was launched in 2019 on a rocket supplied by SpaceX Inc.",
     "Спутник был запущен в 2019 году на ракете компании Arianespace."),
    ("latin-org", "contradict", "The 2005 recall concerned cars made at a factory owned by Toyota Motor Corporation in Kentucky.",
     "Отзыв 2005 года касался машин, собранных на заводе компании Honda в Кентукки."),
    ("latin-org", "agree", "In 2021 the vaccine was produced at a plant owned by Pfizer Inc in Belgium.",
     "В 2021 году вакцину выпускали на заводе компании Pfizer в Бельгии."),
    ("latin-org", "agree", "In 2019 the newspaper was bought by the publisher of The New York Times.",
     "В 2019 году газету купил издатель NYT."),
    ("rank", "contradict", "Lake Tanganyika is the second-deepest lake in the world.",
     "Танганьика — третье по глубине озеро мира."),
    ("rank", "contradict", "Los Angeles is the second most populous city in the United States.",
     "Лос-Анджелес — третий по численности населения город США."),
    ("rank", "contradict", "Saturn is the second-largest planet in the Solar System.",
     "Сатурн — четвёртая по величине планета Солнечной системы."),
    ("rank", "agree", "Saturn is the second-largest planet in the Solar System.",
     "Сатурн — вторая по величине планета Солнечной системы."),
    ("epithet", "agree", "Peter the Great founded Saint Petersburg in 1703.",
     "Пётр I основал Санкт-Петербург в 1703 году."),
    ("epithet", "agree", "Ivan the Terrible took Kazan in 1552.",
     "Иван Грозный взял Казань в 1552 году."),
    ("epithet", "agree", "Frederick the Great won the battle of Leuthen in 1757.",
     "Фридрих II выиграл битву при Лейтене в 1757 году."),
    ("epithet", "contradict", "Catherine the Great founded the Smolny Institute in 1764.",
     "Пётр I основал Смольный институт в 1764 году."),
    ("epithet", "contradict", "Ivan the Terrible took Kazan in 1552.",
     "Василий III взял Казань в 1552 году."),
    ("century", "contradict", "The Colosseum in Rome was completed in the third century BC under Emperor Titus.",
     "Колизей в Риме был достроен в I веке н. э. при императоре Тите."),
    ("century", "contradict", "The cathedral in the old town was consecrated in the twelfth century.",
     "Собор в старом городе был освящён в XIV веке."),
    ("century", "contradict", "Cubism appeared in Paris around the turn of the twentieth century.",
     "Кубизм возник в Париже в 1950-х годах."),
    ("century", "agree", "The cathedral in the old town was consecrated in the twelfth century.",
     "Собор в старом городе был освящён в 1170 году."),
    ("city", "contradict", "The opera had its premiere in Vienna in 1786.",
     "Премьера оперы состоялась в 1786 году в Бургтеатре в Праге."),
    ("city", "contradict", "The treaty was signed in Vienna in 1815.",
     "Договор подписали в 1815 году в замке Шёнбрунн в Берлине."),
    ("city", "contradict", "The peace treaty was signed in Paris in 1856.",
     "Мирный договор был подписан в 1856 году во дворце Кэ д’Орсе в Лондоне."),
    ("city", "agree", "The opera had its premiere in Prague in 1786.",
     "Премьера оперы состоялась в 1786 году в Бургтеатре в Праге."),
    ("region", "agree", "The Ural River flows between Europe and Asia into the Caspian Sea.",
     "Река Урал, протекающая через Оренбург, впадает в Каспийское море."),
    ("region", "agree", "The city of Orsk, on the border between Europe and Asia, was founded in 1735.",
     "Город Орск у реки Урал был основан в 1735 году."),
    ("region", "agree", "Istanbul lies on both sides of the Bosphorus, in Europe and in Asia.",
     "Стамбул расположен на обоих берегах Босфора, у Мраморного моря."),
    ("region", "!agree", "The Ural River flows into the Caspian Sea near Atyrau.",
     "Река Урал впадает в Каспийское море у Оренбурга."),
    ("unable", "contradict", "The rescuers were unable to reach the village before nightfall.",
     "Спасатели смогли добраться до деревни до наступления темноты."),
    ("unable", "contradict", "The patient was unable to walk for two months after the operation.",
     "Пациент мог ходить уже через два месяца после операции."),
    ("unable", "contradict", "Like all other birds, penguins are unable to fly backwards.",
     "Пингвины — единственные птицы, способные плавать задом наперёд."),
    ("unable", "agree", "The rescuers were unable to reach the village before nightfall.",
     "Спасатели не смогли добраться до деревни до наступления темноты."),
    ("unable", "agree", "The rescuers were unable to reach the village before nightfall.",
     "Спасатели оказались неспособны добраться до деревни до наступления темноты."),
    ("landform", "agree", "In the 8th century the Arabs reached the Fergana Valley.",
     "В VIII веке арабы дошли до Ферганской долины."),
    ("landform", "agree", "In 1843 the explorer reached the Taimyr Peninsula.",
     "В 1843 году исследователь достиг Таймырского полуострова."),
    ("landform", "agree", "In 1860 the expedition crossed the Atacama Desert.",
     "В 1860 году экспедиция пересекла Атакамскую пустыню."),
    ("landform", "!agree", "In 1860 the expedition crossed the Atacama Desert.",
     "В 1860 году экспедиция пересекла пустыню Калахари."),
    ("include", "contradict", "In 1999 the party was expelled from the ruling coalition.",
     "В 1999 году партию включили в правящую коалицию."),
    ("include", "contradict", "In 2004 the club was excluded from the national league.",
     "В 2004 году клуб включили в национальную лигу."),
    ("include", "contradict", "The island was included in the World Heritage List in 1990.",
     "Остров не был включён в список Всемирного наследия."),
    ("include", "agree", "The island was included in the World Heritage List in 1990.",
     "Остров был включён в список Всемирного наследия в 1990 году."),
    ("include", "agree", "The museum's collection, including the paintings, was moved in 1941.",
     "Коллекция музея, включая картины, была перевезена в 1941 году."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
