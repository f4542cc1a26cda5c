"""Round j of issue 10 (the false ``agree`` of HELD-OUT8's comparable pairs).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and counter-examples:

* bound: a bound ("until 1917", «до 1991 года») holds the other side's point year only when the bound's own side states
  no point year of its own: "in 1631 … until 1917" against «в 1613 году» pairs 1631 with 1613 (a clash), not 1613 with
  "until 1917" (an agreement that hid the changed year);
* maker-product: the maker of a product, stated in the passive ("was developed/created by X", «был создан/разработан
  компанией X»: ``lang/{en,ru}/role_predicates.tsv``, concept ``make``), is an exclusive role: another maker is a clash;
* rising: the past forms «росло», «росла», «росли» (stem «росл») are the rise pole of ``lang/opposites.tsv``: "shrank",
  "fell", "declined" against them are a clash, "grew", "rose" agree.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("bound", "contradict", "Alexander I was crowned tsar in Moscow in 1810, ruling the empire until 1825.",
     "Александр I был коронован в Москве в 1801 году."),
    ("bound", "contradict", "Gagarin joined the cosmonaut corps in 1965.",
     "Гагарин вошёл в отряд космонавтов в 1960 году и оставался в нём до 1968 года."),
    ("bound", "contradict", "Feodor Chaliapin made his debut at the Mariinsky Theatre in 1895.",
     "Фёдор Шаляпин дебютировал в Мариинском театре в 1859 году и пел на его сцене до 1918 года."),
    ("bound", "contradict", "Vasily Shuisky was proclaimed tsar by the boyars in 1660, ruling Russia until 1610.",
     "Василий Шуйский был провозглашён царём боярами в 1606 году."),
    ("bound", "agree", "Alexander I was crowned tsar in Moscow in 1801, ruling the empire until 1825.",
     "Александр I был коронован в Москве в 1801 году."),
    ("bound", "agree", "Gagarin joined the cosmonaut corps in 1960.",
     "Гагарин вошёл в отряд космонавтов в 1960 году и оставался в нём до 1968 года."),
    ("bound", "agree", "Vasily Shuisky was proclaimed tsar by the boyars in 1606, ruling Russia until 1610.",
     "Василий Шуйский был провозглашён царём боярами в 1606 году."),
    ("bound", "!contradict", "The fortress guarded the river crossing until 1812.",
     "Крепость охраняла переправу через реку в 1700 году."),
    ("maker-product", "contradict", "The Python language was created by Guido van Rossum in 1991.",
     "Язык Python был создан Деннисом Ритчи в 1991 году."),
    ("maker-product", "contradict", "The game Minecraft was developed by Valve in 2009.",
     "Игра Minecraft была разработана студией Mojang в 2009 году."),
    ("maker-product", "contradict", "The Android operating system was developed by Apple.",
     "Операционная система Android была разработана компанией Google."),
    ("maker-product", "contradict", "The Java language was created by Sun Microsystems in 1995.",
     "Язык Java был создан компанией Oracle в 1995 году."),
    ("maker-product", "agree", "The Python language was created by Guido van Rossum in 1991.",
     "Язык Python был создан Гвидо ван Россумом в 1991 году."),
    ("maker-product", "agree", "The game Minecraft was developed by Mojang in 2009.",
     "Игра Minecraft была разработана студией Mojang в 2009 году."),
    ("maker-product", "agree", "The Android operating system was developed by Google.",
     "Операционная система Android была разработана компанией Google."),
    ("maker-product", "agree", "The vaccine was developed by researchers in Oxford in 2020.",
     "Вакцина была разработана учёными в Оксфорде в 2020 году."),
    ("rising", "contradict", "In the 1970s the population of Leningrad shrank.", "В 1970-е годы население Ленинграда росло."),
    ("rising", "contradict", "Throughout the 1930s Soviet steel output fell.", "На протяжении 1930-х годов выплавка стали в СССР росла."),
    ("rising", "contradict", "During the 2000s the number of Moscow's residents declined.", "В 2000-е годы число жителей Москвы росло."),
    ("rising", "contradict", "Prices fell steadily in Japan during the 1990s.", "В 1990-е годы цены в Японии стабильно росли."),
    ("rising", "agree", "In the 1970s the population of Leningrad grew.", "В 1970-е годы население Ленинграда росло."),
    ("rising", "agree", "Throughout the 1930s Soviet steel output rose.", "На протяжении 1930-х годов выплавка стали в СССР росла."),
    ("rising", "agree", "Prices rose steadily in Japan during the 1990s.", "В 1990-е годы цены в Японии стабильно росли."),
    ("rising", "agree", "The children grew up in Kazan in the 1950s.", "В 1950-е годы дети росли в Казани."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
