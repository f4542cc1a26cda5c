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

import pytest
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
    ("holiday", "agree", "The Treaty of Ghent was signed on Christmas Eve 1814.",
     "Гентский мирный договор был подписан 24 декабря 1814 года."),
    ("holiday", "contradict", "The Treaty of Ghent was signed on Christmas Eve 1814.",
     "Гентский мирный договор был подписан 24 ноября 1814 года."),
    ("holiday", "agree", "Lincoln's proclamation took effect on New Year's Day 1863.",
     "Прокламация Линкольна вступила в силу 1 января 1863 года."),
    ("holiday", "contradict", "The first Festival of the Federation was held in Paris on Bastille Day 1790.",
     "Первый праздник Федерации прошёл в Париже 14 августа 1790 года."),
    ("venue-hyphen", "!contradict", "The clipper, launched in Scotland in 1869, now stands in a dry dock in Greenwich.",
     "Клипер, спущенный на воду в 1869 году, ныне стоит в сухом доке в лондонском Гринвиче."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


# performed: a name that "was first performed", "was staged" or "premiered" is a work, not a person
# (``lang/en/works.tsv``, kind performed): "Silent Night" read as a person clashed with the composer the other side names.
WORKS = [
    ("Peter Grimes was first performed in London in June 1945.", "Peter Grimes", False),
    ("Billy Budd was first staged in London in December 1951.", "Billy Budd", False),
    ("Boris Godunov was first staged in Saint Petersburg in 1874.", "Boris Godunov", False),
    ("Silent Night was first performed in a village church in 1818.", "Silent Night", False),
    ("Maria Callas first performed Tosca in Athens in 1942.", "Maria Callas", True),
    ("Peter Pears sang the title role when the opera was first staged in 1945.", "Peter Pears", True),
]



@pytest.mark.parametrize("text,name,person", WORKS, ids=[w[1] for w in WORKS])
def test_performed_work_is_no_person(text, name, person):
    from crosscheck.frame.builder import FrameBuilder

    frame = FrameBuilder(None, "en").frame(text, "en")
    assert any(e.type == "person" and e.text == name for e in frame.entities) is person
