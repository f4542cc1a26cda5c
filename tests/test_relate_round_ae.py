"""Round ae of issue 10 (HELD-OUT41 and 42, first contacted on round ad's rules, read for their misjudged pairs; general
causes only).  Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and a
counter-example:

* rank-place: "first prize" / «второе место», "first place" / «третье место» are places in one order (``lang/{en,ru}/
  ranks.tsv``, category ``place``): they were only an open pole ("first" / «второе»: `related`), now a rank clash.
* rank-subject: a rank's subject is the name before its ordinal, else the first name of each sentence, a people's
  adjective left out ("In 1963 the Soviet cosmonaut Valentina Tereshkova became the first woman in space" / «Валентина
  Терешкова, совершившая полёт на „Востоке-6“ …, стала второй женщиной»: the nearest name before «второй» is the
  ship's); a Russian category noun may open a compound («второй женщиной-космонавтом») (``relate/rank.py``).
* qu: a French or Italian initial "Qu" reads «Кв» too (Quebec = Квебек, Quarenghi = Кваренги, Quasimodo = Квазимодо:
  ``lang/ru/latin_renderings.tsv``): "Quebec" / «Квебек» was a place clash.
* upheld: «признал законным» / «конституционным» is the upholding pole (``lang/opposites.tsv``) against "struck down".
* hold: where a work is kept (its museum «с 1934 года», "has been held since") is an act of its own (``lang/{en,ru}/
  acts.tsv``): "painted in 1931" / «с 1934 года хранится в музее» are two dates of two acts, not a clash.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("rank-place", "contradict", "Grigory Sokolov took first prize at the International Tchaikovsky Competition in Moscow in 1966.",
     "Григорий Соколов занял второе место на Международном конкурсе имени Чайковского в Москве в 1966 году."),
    ("rank-place", "contradict", "Bobby Fischer took first place at the Interzonal tournament in Palma de Mallorca in 1970.",
     "Бобби Фишер занял второе место на межзональном турнире в Пальме-де-Майорке в 1970 году."),
    ("rank-place", "contradict", "The pianist Van Cliburn took first prize at the first International Tchaikovsky Competition in Moscow in 1958.",
     "Пианист Ван Клиберн занял третье место на первом Международном конкурсе имени Чайковского в Москве в 1958 году."),
    ("rank-place", "agree", "The pianist Van Cliburn took first prize at the first International Tchaikovsky Competition in Moscow in 1958.",
     "Пианист Ван Клиберн занял первое место на первом Международном конкурсе имени Чайковского в Москве в 1958 году."),
    ("rank-subject", "contradict", "In 1963 the Soviet cosmonaut Valentina Tereshkova became the first woman in space.",
     "Валентина Терешкова, совершившая полёт на «Востоке-6» в 1963 году, стала второй женщиной в космосе."),
    ("rank-subject", "contradict", "Svetlana Savitskaya became the second woman to fly into space, in August 1982.",
     "Светлана Савицкая стала первой женщиной-космонавтом, совершившей полёт в августе 1982 года."),
    ("rank-subject", "contradict", "In 1924 the Finnish runner Paavo Nurmi became the first man to win five gold medals at one Games.",
     "Пааво Нурми, выступавший за Финляндию на Играх 1924 года, стал вторым человеком с пятью золотыми медалями одних Игр."),
    ("rank-subject", "agree", "Valentina Tereshkova became the first woman to fly into space, in June 1963.",
     "Валентина Терешкова стала первой женщиной-космонавтом, совершив полёт в июне 1963 года."),
    ("qu", "agree", "Cirque du Soleil was founded in 1984 in Quebec by a group of street performers.",
     "Цирк дю Солей основали в 1984 г. в канадской провинции Квебек бывшие уличные артисты."),
    ("qu", "agree", "The architect Giacomo Quarenghi designed the Smolny Institute in Saint Petersburg between 1806 and 1808.",
     "Архитектор Джакомо Кваренги построил здание Смольного института в Санкт-Петербурге в 1806–1808 годах."),
    ("qu", "agree", "The Italian poet Salvatore Quasimodo won the Nobel Prize in Literature in 1959.",
     "Итальянский поэт Сальваторе Квазимодо получил Нобелевскую премию по литературе в 1959 году."),
    ("qu", "!agree", "The Italian poet Salvatore Quasimodo won the Nobel Prize in Literature in 1959.",
     "Итальянский поэт Эудженио Монтале получил Нобелевскую премию по литературе в 1959 году."),
    ("upheld", "contradict", "In Korematsu v. United States in 1944 the Supreme Court, by six votes to three, struck down the removal order.",
     "В деле «Корэмацу против США» в 1944 году Верховный суд шестью голосами против трёх признал законным приказ о выселении."),
    ("upheld", "contradict", "In 1954 the Supreme Court struck down school segregation in Brown v. Board of Education.",
     "В 1954 году Верховный суд в деле «Браун против Совета по образованию» признал законным раздельное обучение в школах."),
    ("upheld", "contradict", "In 1973 the Supreme Court struck down the Texas abortion ban in Roe v. Wade.",
     "В 1973 году Верховный суд в деле «Роу против Уэйда» признал конституционным техасский запрет абортов."),
    ("upheld", "agree", "In Korematsu v. United States in 1944 the Supreme Court, by six votes to three, upheld the removal order.",
     "В деле «Корэмацу против США» в 1944 году Верховный суд шестью голосами против трёх признал законным приказ о выселении."),
    ("hold", "!contradict", "Salvador Dalí painted The Persistence of Memory in 1931.",
     "Картина Сальвадора Дали «Постоянство памяти» с 1934 года хранится в нью-йоркском Музее современного искусства."),
    ("hold", "!contradict", "Kazimir Malevich painted the Black Square in 1915.",
     "«Чёрный квадрат» Казимира Малевича с 1929 года хранится в Третьяковской галерее."),
    ("hold", "!contradict", "Pablo Picasso painted Guernica in 1937.",
     "С 1992 года «Герника» Пабло Пикассо находится в собрании мадридского музея королевы Софии."),
    ("hold", "contradict", "The Persistence of Memory has been held by the Museum of Modern Art in New York since 1934.",
     "Картина Дали «Постоянство памяти» хранится в нью-йоркском Музее современного искусства с 1939 года."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
