"""Round o of issue 10: comparable EN/RU text written independently (HELD-OUT15 read for its causes, with the rows of
HELD-OUT12-14 still misjudged: general causes only). Rows written for this test, none from the seeds or a bench set; each
rule has at least three rows and a counter-example:

* refusal: a verb of refusal before the verb it refuses ("refused to sign", "declined to defend", «отказался подписать»,
  «отказалось национализировать»: kind ``affixal`` of ``lang/{en,ru}/negation.tsv``) negates that verb, so against a side
  that affirms it the two clash; its word of negation stated otherwise ("refused", «отказался») is that negation, counted
  once; "declined to 3 %" and «отказался от» (a noun) are none;
* near: "not far from", "not long after", "not unlike" (and «не так давно», «не далее как») are fixed phrases whose
  negation denies nothing (kind ``idiom``): "lies not far from X" is no negated "lies"; a real "not" on the verb still
  clashes;
* guessed: a month or day with no year of its own ("that July", "that spring") cannot be compared with a year, so it is no
  rival for the year's slot: "formed in 1962 … that July" / «образовалась в 1972 г.» pairs the two years (a clash), as it
  would without the month (``relate/time_pairs.pair_times``, leftovers);
* named-after: a "person" of two or more words whose word before the last keys as a place the other side names ("the
  Liverpool and Manchester Railway" / «Ливерпуль — Манчестер», "the Battle of Flodden Field" / «при Флоддене», "Glasgow
  Central Station" / «вокзал Глазго») is a thing named after that place, paired with it, never another person against
  a person the other side adds (``relate/entity_pairs._named_after_place``);
* decade: two spans one inside the other, when either names a decade ("the early 1890s", «в 1580-х годах»), are the same
  period told loosely, as parts of a century are ("the early 1750s" / «в 1752–1754 гг.», "the 1820s" / «весной 1825
  года»); another decade's years still clash (``relate/time_pairs.times_equal``);
* street: a place no gazetteer knows, after "on" / «на» («на Шаболовке», «на Арбате»), is a street or quarter and never
  pairs as another town with a gazetteer town the other side names (Moscow); «в Твери» still does;
* date-gap: a calendar date with no preposition («открыл 13 марта 1781 года X») may stand between a Russian role predicate
  and its doer, as «в 1781 году» may (``lang/ru/role_gaps.tsv``): another discoverer is a role clash;
* last-only: "the last", "the only", "the first" speak of all others (none after, besides or before), as a superlative does
  (kind ``superlative`` of ``lang/en/negation.tsv``), so a Russian negative concord («никто не видел», «ни одно озеро, кроме
  …, не») is no clash with them; against a plain affirmation it still is;
* landmark: a town after "near" / «близ», «недалеко от» is a landmark, not where the thing is: it never pairs as another
  town with a place the other side names ("near Mozhaisk" / «у деревни Бородино»); "in Seascale" / «в Уайтхейвене» still
  clashes (``relate/entity_pairs._landmark``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("refusal", "contradict", "In 1920 the US Senate refused to ratify the Treaty of Versailles.",
     "В 1920 году Сенат США ратифицировал Версальский договор."),
    ("refusal", "contradict", "In 1956 the company refused to sell its shares to the government.",
     "В 1956 году компания продала свои акции правительству."),
    ("refusal", "contradict", "The writer accepted the Nobel Prize in Literature in 1964.",
     "В 1964 году писатель отказался принять Нобелевскую премию по литературе."),
    ("refusal", "contradict", "In 2005 the referee allowed the goal to stand.",
     "В 2005 году арбитр отказался засчитать гол."),
    ("refusal", "agree", "In 1975 the reigning world champion declined to defend his title.",
     "В 1975 году действующий чемпион мира отказался защищать свой титул."),
    ("refusal", "contradict", "In 1975 the reigning world champion declined to defend his title.",
     "В 1975 году действующий чемпион мира защитил свой титул."),
    ("refusal", "agree", "In 1920 the US Senate refused to ratify the Treaty of Versailles.",
     "В 1920 году Сенат США отказался ратифицировать Версальский договор."),
    ("refusal", "agree", "In 1920 the US Senate refused to ratify the Treaty of Versailles.",
     "В 1920 году Сенат США не ратифицировал Версальский договор."),
    ("refusal", "!contradict", "In 1964 the writer refused the Nobel Prize in Literature.",
     "В 1964 году писатель отказался от Нобелевской премии по литературе."),
    ("refusal", "!contradict", "The company's sales declined to 3 percent of the market in 2001.",
     "В 2001 году продажи компании снизились до 3 процентов рынка."),
    ("near", "agree", "The monastery stands on the bank of the river, not far from the Finnish border.",
     "Монастырь стоит на берегу реки у самой финской границы."),
    ("near", "agree", "Not long after the war ended in 1945, the factory resumed production.",
     "Вскоре после окончания войны в 1945 году завод возобновил производство."),
    ("near", "agree", "The observatory was built in 1839 on a hill not far away from the capital.",
     "Обсерваторию построили в 1839 году на холме неподалёку от столицы."),
    ("near", "agree", "Its song is not unlike that of the nightingale, and it was first described in 1758.",
     "Его песня похожа на песню соловья; впервые вид описали в 1758 году."),
    ("near", "contradict", "The monastery does not stand on the bank of the river near the Finnish border.",
     "Монастырь стоит на берегу реки у самой финской границы."),
    ("guessed", "contradict", "The band was formed in Liverpool in 1960 and gave its first concert that August.",
     "Группа образовалась в Ливерпуле в 1965 году."),
    ("guessed", "contradict", "The museum was founded in Kazan in 1852 and opened its doors that October.",
     "Музей был основан в Казани в 1862 году."),
    ("guessed", "contradict", "The observatory was founded in Pulkovo in 1839 and began its first observations that September.",
     "Пулковская обсерватория была основана в 1835 году."),
    ("guessed", "agree", "The museum was founded in Kazan in 1852 and opened its doors that October.",
     "Музей был основан в Казани в 1852 году."),
    ("named-after", "agree", "The Liverpool and Manchester Railway opened on 15 September 1830.",
     "Железная дорога Ливерпуль — Манчестер открылась 15 сентября 1830 года; первый поезд повёл Джордж Стефенсон."),
    ("named-after", "agree", "The Glasgow Central Station opened in 1879.",
     "Центральный вокзал Глазго, построенный по проекту Роберта Роуэнда Андерсона, открылся в 1879 году."),
    ("named-after", "agree", "The Battle of Flodden Field was fought on 9 September 1513.",
     "Битва при Флоддене, в которой погиб шотландский король Яков IV, произошла 9 сентября 1513 года."),
    ("named-after", "!agree", "The Liverpool and Manchester Railway was engineered by George Stephenson and opened in 1830.",
     "Железную дорогу Ливерпуль — Манчестер, открытую в 1830 году, строил инженер Джозеф Локк."),
    ("decade", "agree", "The cathedral was rebuilt in the early 1890s after a fire.",
     "Собор перестроили после пожара в 1891–1893 годах."),
    ("decade", "agree", "Lomonosov built his glassworks near Oranienbaum in the early 1750s.",
     "Ломоносов построил стекольную фабрику под Ораниенбаумом в 1752–1754 гг."),
    ("decade", "agree", "The canal linking the two rivers was dug in the 1820s.",
     "Канал, соединивший две реки, прорыли весной 1825 года."),
    ("decade", "contradict", "The cathedral was rebuilt in the early 1890s after a fire.",
     "Собор перестроили после пожара в 1901–1903 годах."),
    ("street", "!contradict", "The radio tower in Moscow was built in 1922 to a design by Vladimir Shukhov.",
     "Радиобашню на Шаболовке по проекту Владимира Шухова построили в 1922 году."),
    ("street", "!contradict", "The theatre in Moscow opened in 1914 with a play by Anton Chekhov.",
     "Театр на Арбате открылся в 1914 году пьесой Антона Чехова."),
    ("street", "!contradict", "The first public library in Saint Petersburg opened to readers in 1814.",
     "Первая публичная библиотека на Садовой открылась для читателей в 1814 году."),
    ("street", "contradict", "The theatre in Moscow opened in 1914 with a play by Anton Chekhov.",
     "Театр в Твери открылся в 1914 году пьесой Антона Чехова."),
    ("date-gap", "contradict", "The planet Uranus was discovered in 1781 by the astronomer Johann Bode.",
     "Планету Уран открыл 13 марта 1781 года английский астроном Уильям Гершель."),
    ("date-gap", "contradict", "Neptune was discovered in 1846 by the astronomer John Couch Adams.",
     "Нептун открыл 23 сентября 1846 года немецкий астроном Иоганн Галле."),
    ("date-gap", "contradict", "The Antarctic continent was discovered in 1820 by the navigator James Cook.",
     "Антарктиду открыл 28 января 1820 года русский мореплаватель Фаддей Беллинсгаузен."),
    ("date-gap", "agree", "Penicillin was discovered in 1928 by the bacteriologist Alexander Fleming.",
     "Пенициллин открыл 28 сентября 1928 года шотландский бактериолог Александр Флеминг."),
    ("last-only", "agree", "The last known passenger pigeon died at the Cincinnati Zoo in 1914.",
     "Последний известный странствующий голубь умер в зоопарке Цинциннати в 1914 году, и с тех пор живых странствующих "
     "голубей никто не видел."),
    ("last-only", "agree", "The last wild Przewalski's horse was seen in Mongolia in 1969.",
     "Последнюю дикую лошадь Пржевальского видели в Монголии в 1969 году, и с тех пор в природе её никто не встречал."),
    ("last-only", "agree", "Lake Baikal is the only lake in Russia that holds a fifth of the world's fresh surface water.",
     "Ни одно озеро в России, кроме Байкала, не хранит пятую часть мировых запасов пресной поверхностной воды."),
    ("last-only", "agree", "Australia is the only continent occupied by a single country, a federation formed in 1901.",
     "Ни один континент, кроме Австралии, не занят одной страной; австралийская федерация образована в 1901 году."),
    ("last-only", "!agree", "Many people saw living passenger pigeons in the wild after 1914.",
     "После 1914 года живых странствующих голубей в природе никто не видел."),
    ("landmark", "!contradict", "The Borodino battle was fought near Mozhaisk on 7 September 1812.",
     "Бородинское сражение произошло у деревни Бородино 7 сентября 1812 года."),
    ("landmark", "!contradict", "The first Soviet nuclear bomb was tested near Semipalatinsk on 29 August 1949.",
     "Первую советскую атомную бомбу испытали на полигоне у Курчатова 29 августа 1949 года."),
    ("landmark", "!contradict", "The Kyshtym disaster struck the Mayak plant near Kyshtym in September 1957.",
     "Авария на комбинате «Маяк» в Озёрске произошла в сентябре 1957 года."),
    ("landmark", "contradict", "The fire at the Windscale reactor in Seascale broke out in October 1957.",
     "Пожар на реакторе в Уайтхейвене начался в октябре 1957 года."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
