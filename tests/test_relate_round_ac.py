"""Round ac of issue 10 (the related pairs of HELD-OUT37/38 and the next fresh sets read for their misjudged rows;
general causes only).  Rows written for this test, none from the seeds or a bench set; each rule has at least three rows
and a counter-example:

* different-acts: two claims about one subject that date two different acts ("the novel came out in 1901" / «стал
  лауреатом Нобелевской премии в 1929 году», "was first published in 1957" / «получил премию в 1958 году») are two
  true statements, not one statement dated twice: a shared name and a clash of years had passed for a contradiction
  (``relate/acts.py``, ``lang/{en,ru}/acts.tsv``).  The same act at two dates stays a contradiction.
* word-figure: a figure written in words on one side («двукратным чемпионом», «четырёхкратным») and a year on the other
  is no value read two ways; only two digit-written values are ("around 104" / «примерно 80»): "Louganis won gold at the
  1988 Seoul Olympics" / «стал двукратным чемпионом» had been "related" (``relate/statement._unpaired_both_sides``).
* tz: «тц» writes a German "tz" as «ц» does (Spitz = Спитц, Schütz = Шютц, Lutz = Лутц; ``lang/translit.skeleton``):
  "Mark Spitz" / «Марк Спитц» had been a person clash.
* label-head: a number after a lower-case noun that names a thing by it ("the model 128K", "flight 370", "route 66",
  «рейс 123»: ``lang/{en,ru}/label_heads.tsv``) is a label, as after a name ("Boeing 747"), not a figure whose unit is
  the next word ("370 disappeared" had clashed with «239 людьми»).  Two labels still clash.
* place-of: a capitalised word after a place noun and "of" ("the island of Elba", "the town of Uusikaupunki":
  ``lang/en/place_of_heads.tsv``) is a place; it had been no entity at all, so another place on the other side was only
  "added" and the pair agreed (``frame/entities_en.py``).  A capitalised "Islands of" is part of a name, no place noun.
* bound-words: "a maximum of", "a minimum of" and «больше чем», «меньше чем» are bounds (``frame/bounds.py``): "a maximum
  of 154 colors" / «максимум 256 цветов» read an exact 154 that the Russian bound held, and agreed.  So are ">" and "<"
  (with «больше чем 230» a bound, "> 345" read exact would have fallen inside it).
* bracket-unit: no unit is read past an opening bracket («версии 3 (т. н. …)» was 3 tonnes), as none is past a closing
  one (round w) (``frame/quantities.py``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("different-acts", "!contradict", "Leo Tolstoy's novel Anna Karenina was published as a book in 1878.",
     "Лев Толстой женился на Софье Берс в 1862 году."),
    ("different-acts", "!contradict", "Fyodor Dostoevsky's novel The Idiot was published as a book in 1869.",
     "Фёдор Достоевский был арестован по делу петрашевцев в 1849 году."),
    ("different-acts", "!contradict", "Boris Pasternak's novel Doctor Zhivago was first published in Italy in 1957.",
     "Борис Пастернак получил Нобелевскую премию по литературе в 1958 году."),
    ("different-acts", "!contradict", "Thomas Mann's novel Buddenbrooks came out in 1901.",
     "Томас Манн стал лауреатом Нобелевской премии по литературе в 1929 году."),
    ("different-acts", "!contradict", "Antoni Gaudí designed the Casa Batlló in Barcelona in 1904.",
     "Антонио Гауди был сбит трамваем в Барселоне и умер в 1926 году."),
    ("different-acts", "contradict", "Thomas Mann's novel Buddenbrooks came out in 1901.",
     "Роман Томаса Манна «Будденброки» вышел в 1903 году."),
    ("different-acts", "contradict", "Gabriel García Márquez's novel One Hundred Years of Solitude was published in 1967.",
     "Роман Габриэля Гарсиа Маркеса «Сто лет одиночества» был опубликован в 1969 году."),
    ("different-acts", "contradict", "Ernest Hemingway received the Nobel Prize in Literature in 1954.",
     "Эрнест Хемингуэй стал лауреатом Нобелевской премии по литературе в 1952 году."),
    ("different-acts", "contradict", "The Brooklyn Bridge in New York was completed and opened in 1883.",
     "Бруклинский мост в Нью-Йорке построили и открыли в 1893 году."),

    ("word-figure", "agree", "Greg Louganis won gold on both springboard and platform at the 1988 Seoul Olympics.",
     "На Олимпиаде в Сеуле Грег Луганис стал двукратным чемпионом — в прыжках с трамплина и с вышки."),
    ("word-figure", "agree", "Emil Zátopek won the 5,000 m, the 10,000 m and the marathon at the 1952 Helsinki Olympics.",
     "На Олимпиаде в Хельсинки Эмиль Затопек стал трёхкратным чемпионом, выиграв 5000 м, 10 000 м и марафон."),
    ("word-figure", "agree", "Jesse Owens won the sprints, the long jump and the relay at the 1936 Berlin Olympics.",
     "На Олимпиаде в Берлине Джесси Оуэнс стал четырёхкратным олимпийским чемпионом."),
    ("word-figure", "agree", "The container ship ran aground in the Suez Canal in March 2021 and blocked it for six days.",
     "Контейнеровоз сел на мель в Суэцком канале 23 марта 2021 года и перекрыл его на шесть дней."),
    ("word-figure", "!agree", "Around 104 people were evacuated from the building on Tuesday.",
     "Примерно 80 человек были эвакуированы из здания во вторник."),
    ("label-head", "!contradict", "Apple's computer, the model 128K launched in January 1984, had a nine-inch screen.",
     "Компьютер Apple Macintosh поступил в продажу в январе 1984 года по цене 2495 долларов."),
    ("label-head", "!contradict", "The plane on flight 370 disappeared over the Indian Ocean on 8 March 2014.",
     "Самолёт Malaysia Airlines с 239 людьми на борту исчез 8 марта 2014 года над Индийским океаном."),
    ("label-head", "!contradict", "In 1926 the highway numbered route 66 was created between Chicago and Los Angeles.",
     "В 1926 году между Чикаго и Лос-Анджелесом была проложена трасса US 66 длиной почти 4000 километров."),
    ("label-head", "contradict", "Japan Airlines flight 123 crashed into a mountain on 12 August 1985, killing 520 people.",
     "12 августа 1985 года самолёт японской авиакомпании, выполнявший рейс 124, разбился о гору; погибли 520 человек."),
    ("place-of", "contradict", "Napoleon was exiled to the island of Elba in May 1814 after his abdication.",
     "В мае 1814 года, после отречения, Наполеон был сослан на остров Корсика."),
    ("place-of", "contradict", "The Treaty of Nystad was signed in the town of Uusikaupunki in September 1721.",
     "Ништадтский мирный договор был подписан в сентябре 1721 года в городе Турку."),
    ("place-of", "!agree", "The astronomer observed the total solar eclipse of 29 May 1919 from the island of Sobral.",
     "Полное солнечное затмение 29 мая 1919 года астроном наблюдал на острове Святой Елены."),
    ("place-of", "!contradict", "The remote islands, which the sailors called the Islands of Desolation, are a French possession in the Indian Ocean.",
     "Эти отдалённые острова в Индийском океане принадлежат Франции и входят в её Южные и Антарктические территории."),
    ("place-of", "agree", "Napoleon was exiled to the island of Elba in May 1814 after his abdication.",
     "В мае 1814 года, после отречения, Наполеон был сослан на остров Эльба."),
    ("place-of", "agree", "The physicist Niels Bohr was born in the city of Copenhagen in October 1885.",
     "Физик Нильс Бор родился в Копенгагене в октябре 1885 года."),
    ("bound-words", "contradict", "An indexed image can use a maximum of 154 different colors.",
     "Индексированное изображение может содержать максимум 256 различных цветов."),
    ("bound-words", "contradict", "The concert hall seats a maximum of 300 people.", "Концертный зал вмещает максимум 500 человек."),
    ("bound-words", "!agree", "Values above 57 are generally not useful, though.", "Значения, больше чем 95, не так полезны."),
    ("bound-words", "agree", "An indexed image can use a maximum of 256 different colors.",
     "Индексированное изображение может содержать максимум 256 различных цветов."),
    ("bound-words", "agree", "Values above 95 are generally not useful, though.", "Значения, больше чем 95, не так полезны."),
    ("bound-words", "contradict", "Avoid colour values > 345 in the red channel.", "Избегайте значений красного канала больше чем 230."),
    ("bound-words", "agree", "Avoid colour values > 230 in the red channel.", "Избегайте значений красного канала больше чем 230."),
    ("bound-words", "contradict", "Keep the temperature of the sample < 10 degrees.", "Держите температуру образца меньше чем 20 градусов."),
    ("bracket-unit", "contradict", "Since version 5 (also known as Time Sliced), the scheduler supports priority levels.",
     "Начиная с версии 3 (т. н. Time Sliced) планировщик поддерживает уровни приоритета."),
    ("bracket-unit", "agree", "The museum received 12 paintings (that is, a dozen) from the collector in 1998.",
     "Музей получил от коллекционера 12 (т. е. дюжину) картин в 1998 году."),
    ("bracket-unit", "contradict", "The museum received 12 paintings (that is, a dozen) from the collector in 1998.",
     "Музей получил от коллекционера 14 (т. е. больше дюжины) картин в 1998 году."),
    ("bracket-unit", "agree", "The team scored 3 goals (maybe more) in the first half of the final in 2005.",
     "Команда забила 3 (м. б. больше) гола в первом тайме финала 2005 года."),
    ("tz", "agree", "Mark Spitz won seven gold medals in swimming at the 1972 Munich Olympics.",
     "На Олимпиаде в Мюнхене пловец Марк Спитц завоевал семь золотых медалей."),
    ("tz", "agree", "The composer Heinrich Schütz became Kapellmeister at the Dresden court in 1617.",
     "Композитор Генрих Шютц стал капельмейстером дрезденского двора в 1617 году."),
    ("tz", "agree", "The Austrian skater Alois Lutz first performed the jump named after him in Vienna in 1913.",
     "Австрийский фигурист Алоис Лутц впервые исполнил названный в его честь прыжок в Вене в 1913 году."),
    ("tz", "!agree", "Mark Spitz won seven gold medals in swimming at the 1972 Munich Olympics.",
     "На Олимпиаде в Мюнхене пловец Майкл Фелпс завоевал семь золотых медалей."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


def test_acts_are_data_per_language():
    from crosscheck.relate.acts import acts, different_acts

    # a work's coming out is a publication and, once only, its first publication (concept issue: round bu)
    assert acts("The novel came out in 1901.", "en") == {"publish", "issue"}
    assert acts("Роман вышел в 1903 году.", "ru") == {"publish", "issue"}
    assert "award" in acts("Она стала лауреатом премии в 1929 году.", "ru")
    # «основан на» is "based on", no founding
    assert "found" not in acts("Фильм основан на реальных событиях 1912 года.", "ru")
    # a verb the lists do not hold reports no act: never told apart
    assert different_acts("He lived in Paris in 1901.", "en", "Он получил премию в 1929 году.", "ru") is None
    assert different_acts("The bridge was built in 1883.", "en", "Мост построили в 1893 году.", "ru") is None
