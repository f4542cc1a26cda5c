"""Round d of issue 10: a value one frame does not read at all, and opinions with a negated condition.  Digits outside every paired
value, on both sides and not the same ones ("in 2001" / "(1994)", "end of 1995" / "в конце 2000"),
keep a translation from ``agree``; the same digits on both sides ("(1887)" / "(1887)", "2.2" / "2.2",
"09" / "9") do not.  Rows written for this test (none from the seeds or a bench set)."""

from __future__ import annotations

from pair_table import check_rule_counts, decide, table_tests

CASES = [
    ("loose-digits", "!agree", "The museum was founded by Ivan Petrov (1887) and Anna Orlova in Tver.",
     "Музей в Твери основали Иван Петров (1891) и Анна Орлова."),
    ("loose-digits", "!agree", "The company server moved to a new host around the end of 1997.",
     "Сервер компании переехал на новый хостинг в конце 2003."),
    ("loose-digits", "!agree", "Copyright © 2019 The Example Team <team@example.org>",
     "Авторские права © 2021 The Example Team <team@example.org>"),
    ("loose-digits", "!agree", "Two leaders were elected: Maria Lopez (in 2004) and Tom Berg.",
     "Лидерами были выбраны Мария Лопес (1999) и Том Берг."),
    ("loose-digits", "agree", "The museum was founded by Ivan Petrov (1887) and Anna Orlova in Tver.",
     "Музей в Твери основали Иван Петров (1887) и Анна Орлова."),
    ("loose-digits", "agree", "The stable release (version 2.2) was revised seven times.",
     "Стабильный выпуск (версия 2.2) был исправлен семь раз."),
    ("loose-digits", "agree", "Copyright © 2019 The Example Team <team@example.org>",
     "Авторские права © 2019 The Example Team <team@example.org>"),
]


decided, test_round_d_pairs = table_tests(CASES)


def test_every_rule_has_three_examples_and_a_counter_example():
    check_rule_counts(CASES)



# an opinion, request or wish whose only negation sits in a condition ("if you don't have time") is not turned
# round by a translation that words the condition without a negating verb: never a contradiction
CONDITIONAL = [
    ("I hope you will join us if you are not too busy.", "Надеюсь, вы присоединитесь к нам, если будете свободны."),
    ("In my opinion, the match should be moved if the weather does not improve.",
     "По-моему, матч стоит перенести, если погода останется плохой."),
    ("I think you should rest if you don't feel well.", "Думаю, вам стоит отдохнуть, если вам нездоровится."),
    ("I wish you a good day, and if you cannot reply, thank you anyway.",
     "Желаю вам хорошего дня, а если ответить будет трудно, всё равно спасибо."),
]


def test_a_negated_condition_does_not_turn_an_opinion_round():
    got = decide([("conditional", "!contradict", en, ru) for en, ru in CONDITIONAL])
    assert [g["relation"] for g in got].count("contradict") == 0, [(g["relation"], g["explanation"]) for g in got]


def test_an_opinion_turned_round_in_its_main_clause_is_still_a_contradiction():
    got = decide([("opinion", "contradict", "I think the new plan will work.", "Я не думаю, что новый план сработает."),
                  ("opinion", "contradict", "We believe the museum should stay open.", "Мы считаем, что музей не должен оставаться открытым.")])
    assert [g["relation"] for g in got] == ["contradict", "contradict"], [g["explanation"] for g in got]
