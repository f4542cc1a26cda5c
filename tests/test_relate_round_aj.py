"""Round aj of issue 10 (HELD-OUT51 and 52, first contacted on round ai's rules, read for general causes).  Rows written
for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* latin-ow / french-ault: Russian renders an English final -ow as «-оу» (Barlow = Барлоу) and a French final -ault as
  «-о» with a silent h (Foucault = Фуко, Renault = Рено): ``lang/ru/latin_renderings.tsv``.
* rank-two-words: two words may stand between a Russian ordinal and its class noun («вторым в истории гонщиком»).
* bounds-10: two bounds of one kind within 10 %, the looser written with fewer digits, state one value ("more than
  273,000" / «свыше 250 тыс.»: ``relate/roundings.looser_rounding``); "less than 11 days" / «менее 10 дней» do not.
* uphold-ru: «подтвердил конституционность», «подтвердил право» uphold ("struck down" is their opposite).
* tally: vote tallies are counts of votes ("ruled 5-4", "by a 7–2 vote", «шестью голосами против трёх»:
  ``frame/tallies.py``); a game's score is none.
* same-loser: the loser named after the word of winning and after the word of losing is one result ("defeated the
  Swedish army" / «поражением шведской армии»: ``relate/contest_sides.py``); after a verb of losing the name is the
  winner («проиграл шведской армии»).
* state-name: «Российской империей» names a former state, not Russia a second time (``relate/entity_pairs``).
* org-city: a Russian organisation named by its city's adjective («Венской государственной оперы») places the claim in
  that city (``frame/entities_ru``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("latin-ow", "contradict", "In 1935 Thomas Barlow became the second man to swim across the strait.",
     "В 1935 году Томас Барлоу стал первым человеком, переплывшим пролив."),
    ("latin-ow", "contradict", "In 1928 Henry Morrow became the first man to fly across the bay.",
     "В 1928 году Генри Морроу стал вторым человеком, перелетевшим через залив."),
    ("latin-ow", "contradict", "In 1911 Edith Bristow became the third woman to climb the peak.",
     "В 1911 году Эдит Бристоу стала первой женщиной, поднявшейся на вершину."),
    ("latin-ow", "agree", "In 1935 Thomas Barlow became the second man to swim across the strait.",
     "В 1935 году Томас Барлоу стал вторым человеком, переплывшим пролив."),
    ("french-ault", "contradict", "In 1851 Léon Foucault became the first man to show the Earth's rotation with a pendulum.",
     "В 1851 году Леон Фуко стал вторым человеком, показавшим вращение Земли маятником."),
    ("french-ault", "contradict", "In 1697 Charles Perrault became the second writer to print these tales in French.",
     "В 1697 году Шарль Перро стал первым писателем, напечатавшим эти сказки по-французски."),
    ("french-ault", "contradict", "In 1902 Marcel Renault became the third driver to win the Paris–Vienna race.",
     "В 1902 году Марсель Рено стал первым гонщиком, выигравшим гонку Париж — Вена."),
    ("french-ault", "agree", "In 1697 Charles Perrault became the second writer to print these tales in French.",
     "В 1697 году Шарль Перро стал вторым писателем, напечатавшим эти сказки по-французски."),
    ("rank-two-words", "contradict", "In 1964 Jacques Anquetil became the first rider to win the Tour de France five times.",
     "В 1964 году Жак Анкетиль стал вторым в истории гонщиком, выигравшим «Тур де Франс» пять раз."),
    ("rank-two-words", "contradict", "In 1961 Yuri Gagarin became the first person to fly into space.",
     "В 1961 году Юрий Гагарин стал вторым в мире человеком, полетевшим в космос."),
    ("rank-two-words", "contradict", "In 1963 Valentina Tereshkova became the first woman to fly into space.",
     "В 1963 году Валентина Терешкова стала второй в мире женщиной, полетевшей в космос."),
    ("rank-two-words", "agree", "In 1964 Jacques Anquetil became the first rider to win the Tour de France five times.",
     "В 1964 году Жак Анкетиль стал первым в истории гонщиком, выигравшим «Тур де Франс» пять раз."),
    ("bounds-10", "agree", "The 1920 Haiyuan earthquake killed more than 273,000 people.",
     "Хайюаньское землетрясение 1920 года унесло свыше 250 тыс. жизней."),
    ("bounds-10", "agree", "By 2015 surveyors had mapped more than 300 kilometres of the cave's passages.",
     "К 2015 году в пещере было нанесено на карту свыше 310 км ходов."),
    ("bounds-10", "agree", "In 2010 the company employed fewer than 5,000 people.",
     "В 2010 году в компании работало менее 4800 человек."),
    ("bounds-10", "contradict", "The 1920 Haiyuan earthquake killed more than 270,000 people.",
     "Хайюаньское землетрясение 1920 года унесло свыше 200 тыс. жизней."),
    ("bounds-10", "contradict", "A review that takes less than 11 days is considered too quick by the team.",
     "Проверка, занимающая менее 10 дней, считается в команде слишком быстрой."),
    ("uphold-ru", "contradict", "In 1905 the Supreme Court struck down the New York bakery law.",
     "В 1905 году Верховный суд подтвердил конституционность нью-йоркского закона о пекарнях."),
    ("uphold-ru", "contradict", "In 1896 the Supreme Court struck down the Louisiana segregation law.",
     "В 1896 году Верховный суд подтвердил конституционность закона Луизианы о сегрегации."),
    ("uphold-ru", "contradict", "In 1944 the court struck down the state's right to tax federal land.",
     "В 1944 году суд подтвердил право штата облагать налогом федеральные земли."),
    ("uphold-ru", "agree", "In 1937 the Supreme Court upheld the minimum wage law of Washington State.",
     "В 1937 году Верховный суд подтвердил конституционность закона штата Вашингтон о минимальной оплате труда."),
    ("tally", "contradict", "In 1966 the Supreme Court ruled 5-4 in the case of Ernesto Miranda.",
     "В 1966 году Верховный суд решил дело Эрнесто Миранды шестью голосами против трёх."),
    ("tally", "contradict", "The city council approved the plan in 2012 by a 7–2 vote.",
     "В 2012 году городской совет одобрил план пятью голосами против четырёх."),
    ("tally", "contradict", "In 1954 the court decided the case by nine votes to none.",
     "В 1954 году суд решил дело восемью голосами против одного."),
    ("tally", "agree", "In 1952 the Supreme Court ruled 6-3 against the seizure of the steel mills.",
     "В 1952 году Верховный суд шестью голосами против трёх признал захват сталелитейных заводов незаконным."),
    ("same-loser", "agree", "At Poltava in 1709 the Russian army defeated the Swedish army of Charles XII.",
     "Полтавская битва 1709 года закончилась поражением шведской армии Карла XII."),
    ("same-loser", "agree", "At Lepanto in 1571 the fleet of the Holy League defeated the Ottoman fleet.",
     "Битва при Лепанто в 1571 году завершилась поражением османского флота."),
    ("same-loser", "agree", "At Austerlitz in 1805 Napoleon defeated the Austrian and Russian armies.",
     "Сражение при Аустерлице в 1805 году закончилось поражением австрийской и русской армий."),
    ("same-loser", "contradict", "At Poltava in 1709 the Russian army defeated the Swedish army of Charles XII.",
     "Полтавская битва 1709 года закончилась поражением русской армии."),
    ("same-loser", "contradict", "At Lake Placid in 1980 the American team beat the Soviet Union at ice hockey.",
     "В 1980 году в Лейк-Плэсиде американская сборная проиграла сборной СССР в хоккейном матче."),
    ("state-name", "contradict", "The Treaty of Aigun between the Russian Empire and Qing China was signed in 1858.",
     "Айгунский договор между Российской империей и империей Цин был подписан в 1868 году."),
    ("state-name", "contradict", "The Treaty of Bucharest between the Russian Empire and the Ottoman Empire was signed in 1812.",
     "Бухарестский мирный договор между Российской империей и Османской империей был подписан в 1822 году."),
    ("state-name", "agree", "The Treaty of Gulistan between the Russian Empire and Persia was signed in 1813.",
     "Гюлистанский мирный договор между Российской империей и Персией был подписан в 1813 году."),
    ("state-name", "agree", "In 1867 the Russian Empire sold Alaska to the United States for 7.2 million dollars.",
     "В 1867 году Российская империя продала Аляску Соединённым Штатам за 7,2 млн долларов."),
    ("org-city", "!agree", "The opera was first staged at the opera house in Budapest in 1926.",
     "Опера впервые поставлена в 1926 году на сцене Венской государственной оперы."),
    ("org-city", "!agree", "He graduated from the university in Moscow in 1952.",
     "В 1952 году он окончил Ленинградский государственный университет."),
    ("org-city", "!agree", "The paper was read before the academy in London in 1665.",
     "Доклад был прочитан в 1665 году в Парижской академии наук."),
    ("org-city", "agree", "He graduated from the university in Moscow in 1952.",
     "В 1952 году он окончил Московский государственный университет."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
