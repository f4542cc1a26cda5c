"""Round h of issue 10 (changed pairs still called ``agree`` on every part, and the misreadings listed after round g).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and counter-examples:

* unread-country: a country the frame's recogniser missed («с Данией», «в Гвинее», "with Benin", "the Israel-Laos
  railway") is still a slot, so a changed country is a clash, not a name one side "adds";
* told-less: one side names a country the other names nowhere (by no name, adjective or transliteration) while the other
  names one country more often ("German Chancellor … Germany" / «Канцлер Испании … Германии»): the mention was changed, a
  clash; a country the other side names by an adjective ("British" / «Великобритании») pairs as named;
* day-range: days of one month with no year ("on June 4–6", «с 4 по 6 июня») are compared by month and days;
* of-month: a capitalised "May" or "March" after "of" or "the end of" is the month, not the verb;
* until-year: "until 1893" / «по 1890 год» / «до 900 года» are bounds on both sides, so two bounds must state one year;
* shared-end: two spans of written years that share one end are one span with the other end changed ("(1469-1815)" /
  «(1590—1815)»), paired before a span can hold a century the other side names;
* around-range: "from around 240 to 550" is a range of years;
* free: "gas free", "sugar-free", "free of" state negation otherwise, as «без» and «отсутствие» do: "not sugar-free"
  against «без сахара» is a clash;
* unchanged: «без изменений», «без труда», "without change", "without difficulty" deny nothing ("unchanged", "easily"),
  so they no longer excuse the other side's "not" as negation stated otherwise;
* regions: Brittany / «Бретань» is no Britain; Wales / «Уэльс», Sicily / «Сицилия», England / «Англия» are keyed alike;
* net-verb: «нет» as a verb ("there is no", "does not have": «которой нет в», «у меня нет») and "there is no", "has no",
  "no ticket is needed" state an absence: against a side with no negation at all the pair is not ``agree`` (uncertain:
  the absence may be told otherwise); against a negating side it agrees; the answer «Нет, спасибо» states none.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("unread-country", "agree", "The trade treaty with Portugal was signed in 1703.", "Торговый договор с Португалией был подписан в 1703 году."),
    ("unread-country", "contradict", "The trade treaty with Portugal was signed in 1703.", "Торговый договор с Испанией был подписан в 1703 году."),
    ("unread-country", "contradict", "A personal union with Norway lasted from 1380 to 1814.", "Личная уния со Швецией длилась с 1380 по 1814 год."),
    ("unread-country", "contradict", "A trade agreement with Ghana was signed in 1961.", "Торговое соглашение с Гвинеей было подписано в 1961 году."),
    ("unread-country", "contradict", "Tea farming in China, Kenya and India is hard work.", "Выращивание чая в Гвинее, Кении и Индии — тяжёлый труд."),
    ("unread-country", "agree", "Tea farming in China, Kenya and India is hard work.", "Выращивание чая в Китае, Кении и Индии — тяжёлый труд."),
    ("unread-country", "contradict", "Freight trains run on the Kenya-Uganda line every week.", "Грузовые поезда ходят по линии Кения-Танзания каждую неделю."),
    ("unread-country", "!contradict", "Michael Jordan played for Chicago for many years.", "Майкл Джордан много лет играл за Чикаго."),
    ("told-less", "contradict", "German Chancellor Merkel said the plan would help Germany.", "Канцлер Испании Меркель заявила, что план поможет Германии."),
    ("told-less", "contradict", "The Italian prime minister visited the north of Italy in May.", "Премьер-министр Греции посетил север Италии в мае."),
    ("told-less", "contradict", "The Spanish king opened a museum in the capital of Spain.", "Король Португалии открыл музей в столице Испании."),
    ("told-less", "!agree", "The British foreign secretary warned Russia about sanctions.", "Глава МИД Великобритании предупредил Египет о санкциях."),
    ("told-less", "agree", "German Chancellor Merkel said the plan would help Germany.", "Канцлер Германии Меркель заявила, что план поможет Германии."),
    ("told-less", "!contradict", "The Basques live in Spain.", "Баски живут в Испании и Франции."),
    ("told-less", "!contradict", "The two ministers met in Azerbaijan and discussed security in Europe.",
     "Два министра обсудили безопасность в европейском регионе."),
    ("told-less", "contradict", "France needs 20 more permits for its boats to fish in British waters.",
     "Чтобы французские суда могли ловить рыбу в водах Великобритании, Мозамбику нужно ещё 20 разрешений."),
    ("told-less", "agree", "British scientists expect a rise in prices.", "Британские учёные ожидают роста цен в Великобритании."),
    ("day-range", "agree", "The folk festival was held on June 4–6.", "Фольклорный фестиваль прошёл с 4 по 6 июня."),
    ("day-range", "contradict", "The folk festival was held on June 4–6.", "Фольклорный фестиваль прошёл с 4 по 6 августа."),
    ("day-range", "contradict", "The book fair runs from 12 to 15 March.", "Книжная ярмарка проходит с 12 по 15 мая."),
    ("day-range", "contradict", "The regatta took place on September 20–22.", "Регата прошла с 20 по 22 октября."),
    ("of-month", "agree", "The harvest starts at the end of May.", "Сбор урожая начинается в конце мая."),
    ("of-month", "contradict", "The harvest starts at the end of May.", "Сбор урожая начинается в конце июля."),
    ("of-month", "contradict", "In the first week of March the river freezes over.", "В первую неделю февраля река замерзает."),
    ("of-month", "contradict", "The last two days of May were very hot.", "Последние два дня июня были очень жаркими."),
    ("of-month", "agree", "You may plant the seeds in the garden.", "Семена можно посадить в саду."),
    ("until-year", "agree", "The old dynasty ruled until 1598.", "Старая династия правила до 1598 года."),
    ("until-year", "contradict", "The old dynasty ruled until 1598.", "Старая династия правила до 1613 года."),
    ("until-year", "contradict", "The copper mine operated until 1760.", "Медный рудник работал по 1790 год."),
    ("until-year", "contradict", "The town walls stood till 805.", "Городские стены стояли до 890 года."),
    ("until-year", "agree", "The town walls stood till 805.", "Городские стены стояли до 805 года."),
    ("shared-end", "contradict", "The Kandyan Kingdom (1469-1815) was an island state, conquered in the 19th century by Britain.",
     "Королевство Канди (1590—1815) — островное государство, в XVII веке торговавшее с голландцами, а в XIX веке завоёванное Британией."),
    ("shared-end", "contradict", "The old mill (1620-1910) ground grain for the whole valley.",
     "Старая мельница (1750—1910), перестроенная в XVIII веке, молола зерно для всей долины."),
    ("shared-end", "contradict", "The fortress (1480-1799) guarded the mouth of the river.",
     "Крепость (1520—1799), перестроенная в XVI веке, охраняла устье реки."),
    ("shared-end", "agree", "The old mill (1620-1910) ground grain for the whole valley.", "Старая мельница (1620—1910) молола зерно для всей долины."),
    ("shared-end", "!contradict", "The painter worked in the 1890s.", "Художник работал в 1890—1899 годах."),
    ("around-range", "agree", "The kingdom existed from around 800 to 1100.", "Королевство существовало примерно с 800 по 1100 год."),
    ("around-range", "contradict", "The kingdom existed from around 800 to 1100.", "Королевство существовало примерно с 800 по 1250 год."),
    ("around-range", "contradict", "The city flourished from about 1450 to 1520.", "Город процветал примерно с 1450 по 1560 год."),
    ("around-range", "contradict", "The port was used from circa 610 to 900.", "Порт использовался примерно с 610 по 750 год."),
    ("free", "agree", "The solvent in this flask is gas free.", "Растворитель в этой колбе не содержит газа."),
    ("free", "contradict", "The solvent in the flask is not gas free.", "В растворителе в колбе отсутствует газ."),
    ("free", "contradict", "It is not important that the solvent is gas free.", "Важно обеспечить отсутствие газа в растворителе."),
    ("free", "agree", "This diet is sugar-free.", "Эта диета без сахара."),
    ("free", "contradict", "This diet is not sugar-free.", "Эта диета без сахара."),
    ("free", "agree", "The lens must be kept free of dust.", "На линзе не должно быть пыли."),
    ("free", "!agree", "The old song says the truth will set you free.", "Старая песня говорит, что правда не сделает вас свободными."),
    ("free", "!agree", "The first release to offer free versions of the editor came out in 2004.",
     "Первый выпуск, не предлагавший свободных версий редактора, вышел в 2004 году."),
    ("free", "!agree", "The new format guarantees error-free exchange between the two programs.",
     "Новый формат не гарантирует безошибочный обмен между двумя программами."),
    ("free", "!agree", "It is not essential that the tank is kept free of air.", "Необходимо обеспечить отсутствие воздуха в баке."),
    ("unchanged", "agree", "Settings not listed here remain unchanged.", "Настройки, не перечисленные здесь, остаются без изменений."),
    ("unchanged", "!agree", "Records not changed by the update remain unchanged.", "Записи, затронутые обновлением, остаются без изменений."),
    ("unchanged", "!agree", "Values not set by the script stay unchanged.", "Значения, заданные сценарием, остаются без изменений."),
    ("unchanged", "!agree", "Columns not selected in the table remain as they were.", "Выбранные в таблице столбцы остаются без изменений."),
    ("unchanged", "agree", "She solved the puzzle without difficulty and wrote down the answer.", "Она без труда решила головоломку и записала ответ."),
    ("regions", "agree", "The painter was born in Brittany in 1880.", "Художник родился в Бретани в 1880 году."),
    ("regions", "!agree", "The painter was born in Brittany in 1880.", "Художник родился в Великобритании в 1880 году."),
    ("regions", "agree", "The poet grew up in Wales.", "Поэт вырос в Уэльсе."),
    ("regions", "contradict", "The poet grew up in Wales.", "Поэт вырос в Шотландии."),
    ("regions", "agree", "The composer spent his last years in England.", "Композитор провёл последние годы в Англии."),
    ("regions", "agree", "Lemons grow well in Sicily.", "Лимоны хорошо растут на Сицилии."),
    ("regions", "!contradict", "Many Acadians settled in Nova Scotia. Some converted to Catholicism in 1610.",
     "Многие акадцы поселились в Новой Шотландии. Некоторые приняли католичество в 1610 году."),
    ("net-verb", "agree", "This version has a feature that the old one does not have.", "В этой версии есть функция, которой нет в старой."),
    ("net-verb", "!agree", "This version has a feature that the old one has too.", "В этой версии есть функция, которой нет в старой."),
    ("net-verb", "agree", "I do not have a car.", "У меня нет машины."),
    ("net-verb", "!agree", "I have a car.", "У меня нет машины."),
    ("net-verb", "!agree", "The library has the book you need.", "В библиотеке нет нужной вам книги."),
    ("net-verb", "agree", "No, thank you, I am full.", "Нет, спасибо, я сыт."),
    ("net-verb", "agree", "Cats like fish, but dogs do not.", "Кошки любят рыбу, а собаки — нет."),
    ("net-verb", "!agree", "No ticket is needed to enter the park.", "Для входа в парк нужен билет."),
    ("net-verb", "agree", "No ticket is needed to enter the park.", "Для входа в парк билет не нужен."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
