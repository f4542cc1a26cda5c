"""Round ak of issue 10 (HELD-OUT54, first contacted on round aj's rules, read for general causes).  Rows written for
this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* superlative-name: a capitalised word ending in -est after "the" is a name ("the West", "The Priest"), no superlative
  ("the fastest"): a superlative on one side explains a negation of all others on the other («никто … не выжил» / "the
  only one to survive"), so "every exhibition since" against «ни разу не выставлялась» was an agreement
  (``relate/negation.py``).
* venue-hyphen: a city adjective before a hyphenated venue name («в парижской Гранд-опере», «в венском Опер-театре») is
  that city (``frame/entities_ru``); before another place name («в лондонском Гринвиче») it is not.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("superlative-name", "contradict", "Since 1990 the company has exported its cars to the West every year.",
     "С 1990 года компания ни разу не экспортировала свои машины на Запад."),
    ("superlative-name", "contradict", "The painting The Priest, finished in 1910, has been shown at every exhibition since.",
     "Картина «Священник», законченная в 1910 году, с тех пор ни разу не выставлялась."),
    ("superlative-name", "contradict", "Since 1985 the song has been played at every home match of the club in the West.",
     "С 1985 года песня ни разу не звучала на домашних матчах клуба на Западе."),
    ("superlative-name", "agree", "In 1912 she was the only passenger to survive the wreck.",
     "В 1912 году никто из пассажиров, кроме неё, не выжил при крушении."),
    ("venue-hyphen", "contradict", "The ballet was first staged in Paris on 3 March 1841.",
     "Балет впервые поставили 3 марта 1842 года в парижской Гранд-опере."),
    ("venue-hyphen", "contradict", "The opera premiered in Vienna on 14 May 1869.",
     "Опера впервые прозвучала 14 мая 1868 года в венском Опер-театре."),
    ("venue-hyphen", "contradict", "The comedy was first performed in Saint Petersburg on 19 April 1836.",
     "Комедия впервые была сыграна 19 апреля 1838 года в петербургском Александринском театре."),
    ("venue-hyphen", "!contradict", "The clipper, launched in Scotland in 1869, now stands in a dry dock in Greenwich.",
     "Клипер, спущенный на воду в 1869 году, ныне стоит в сухом доке в лондонском Гринвиче."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
