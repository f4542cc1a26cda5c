"""Round am of issue 10 (HELD-OUT57 and 58, first contacted on round al's rules, read for general causes).  Rows
written for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* bound-exact: in a close rendering a bound holds an exact measure within 25 % ("over 600 square kilometres" / «616
  км²»), not beyond the bound (``relate/bound_kinds.py``).
* generic-ordinal: with no class noun, one ordinal before any noun on each side, the same subject before it, is one
  place in an order ("the first Swiss canton" / «последним швейцарским кантоном»; "last" clashes with "first" only, and
  an ordinal of a time, "the fourteenth century", is none: ``relate/rank.py``).
* measure-no-year: a figure with a measure ("100 м") is never a year read as a bare figure against the other side's
  year ("the 1924 Olympic Games" / «бежать 100 м»: ``relate/time_pairs.py``); a bare figure still is («в 1198»).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("bound-exact", "agree", "The bridge over the Volga is more than 1,000 metres long.", "Длина моста через Волгу составляет 1104 м."),
    ("bound-exact", "contradict", "The bridge over the Volga is more than 1,000 metres long.", "Длина моста через Волгу составляет 804 м."),
    ("bound-exact", "agree", "Lake Taupo in New Zealand covers over 600 square kilometres.",
     "Площадь новозеландского озера Таупо составляет 616 км²."),
    ("bound-exact", "contradict", "The Forth Bridge in Scotland is more than 2,500 metres long.",
     "Длина Фортского моста в Шотландии составляет 2467 м."),
    ("generic-ordinal", "contradict", "Appenzell Innerrhoden was the first Swiss canton to give women the vote.",
     "Аппенцелль-Иннерроден стал последним швейцарским кантоном, давшим женщинам право голоса."),
    ("generic-ordinal", "contradict", "Ilie Nastase became the second player to top the ATP rankings, in August 1973.",
     "Илие Настасе в августе 1973 года стал первым лидером рейтинга ATP."),
    ("generic-ordinal", "agree", "New Zealand became the first self-governing country to give women the vote, in 1893.",
     "В 1893 году Новая Зеландия стала первой самоуправляемой страной, давшей женщинам право голоса."),
    ("generic-ordinal", "agree", "Canterbury was the last stop of the pilgrimage in the fourteenth century.",
     "Кентербери был последней остановкой паломничества в XIV веке."),
    ("generic-ordinal", "contradict", "Canterbury was the first stop of the pilgrimage in the fourteenth century.",
     "Кентербери был последней остановкой паломничества в XIV веке."),
    ("measure-no-year", "!contradict", "Jesse Owens won the 200 metres at the 1936 Olympic Games in Berlin.",
     "На Олимпиаде в Берлине Джесси Оуэнс, уже победивший в беге на 100 м, выиграл и дистанцию 200 м."),
    ("measure-no-year", "!contradict", "Paavo Nurmi won the 1500 metres at the 1924 Olympic Games in Paris.",
     "На Олимпиаде в Париже финн Пааво Нурми, пробежавший также 5000 м, выиграл дистанцию 1500 м."),
    ("measure-no-year", "!contradict", "Emil Zatopek won the 10,000 metres at the 1948 Olympic Games in London.",
     "На Олимпиаде в Лондоне чехословак Эмиль Затопек, ставший вторым на 5000 м, выиграл дистанцию 10 000 м."),
    ("measure-no-year", "contradict", "The abbey was founded in 1098 by a group of monks.", "Аббатство основала в 1198 группа монахов."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
