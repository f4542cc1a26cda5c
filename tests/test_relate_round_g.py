"""Round g of issue 10 (HELD-OUT2: controls not called ``agree`` and polarity changes called ``agree``): the two
languages' negation data treat the same constructions alike.  Rows written for this test, none from the seeds or a
bench set; each rule has at least three rows and counter-examples:

* not-yet: "not yet" / "hasn't … yet" / "has yet to" and «ещё не» / «пока не» are negations stated otherwise on
  both sides (pending kind of ``lang/*/negation.tsv``), whose "not" turns no opposite predicate: English counted no
  negation in "not yet" while Russian counted «ещё не» as one, so a translation was a false contradiction; a side
  that affirms against «ещё не» is not ``agree``;
* no-longer: "no longer" negates a verb as «больше не» / «уже не» do (affixal), so "no longer" against an affirming
  side is no longer ``agree``;
* long-since: "it has been a long time / years / ages since …" is "have not … for a long time" (affixal), as
  «давно не» / «много лет не» say;
* more-often: "more often than not" (idiom) denies nothing: it is "usually" / «чаще всего»;
* not-care: «пофиг» / «наплевать» are "do not care" (affixal), as "don't give a damn" is;
* nothing-but: «не что иное, как» / «не кто иной, как» is "nothing but" / "none other than" (idiom).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("not-yet", "agree", "The new school has not yet opened its doors.", "Новая школа ещё не открыла свои двери."),
    ("not-yet", "agree", "The results of the vote have not been published yet.", "Результаты голосования еще не опубликованы."),
    ("not-yet", "agree", "The court has yet to rule on the appeal.", "Суд ещё не вынес решения по апелляции."),
    ("not-yet", "agree", "The city library does not yet lend electronic books.", "Городская библиотека пока не выдаёт электронные книги."),
    ("not-yet", "agree", "The town has not paid the builders.", "Город ещё не заплатил строителям."),
    ("not-yet", "!agree", "The new school has opened its doors.", "Новая школа ещё не открыла свои двери."),
    ("not-yet", "!agree", "The results of the vote have been published.", "Результаты голосования еще не опубликованы."),
    ("not-yet", "!agree", "The new bridge has not yet been painted.", "Новый мост уже покрасили."),
    ("not-yet", "!contradict", "The app does not yet support dark mode.", "Приложение не поддерживает тёмную тему."),
    ("no-longer", "agree", "The old mill no longer grinds grain.", "Старая мельница больше не мелет зерно."),
    ("no-longer", "agree", "The station no longer sells paper tickets.", "Станция уже не продаёт бумажные билеты."),
    ("no-longer", "agree", "This model is no longer made in Italy.", "Эта модель больше не производится в Италии."),
    ("no-longer", "!agree", "The old mill no longer grinds grain.", "Старая мельница мелет зерно."),
    ("no-longer", "!agree", "The station no longer sells paper tickets.", "Станция продаёт бумажные билеты."),
    ("no-longer", "!agree", "This model is no longer made in Italy.", "Эта модель производится в Италии."),
    ("long-since", "agree", "It has been a long time since we visited the old harbour.", "Мы давно не бывали в старой гавани."),
    ("long-since", "agree", "It's been years since the factory hired new workers.", "Фабрика уже много лет не нанимала новых рабочих."),
    ("long-since", "agree", "It had been ages since she wrote to her brother.", "Она давно не писала брату."),
    ("long-since", "!agree", "It has been a long time since we visited the old harbour.", "Мы часто бываем в старой гавани."),
    ("more-often", "agree", "More often than not, the train arrives late.", "Чаще всего поезд приходит с опозданием."),
    ("more-often", "agree", "The shop, more often than not, closes early on Fridays.", "Магазин, как правило, закрывается рано по пятницам."),
    ("more-often", "agree", "He worked late, which was more often than not, and took the bus home.",
     "Он работал допоздна, что бывало очень часто, и ехал домой на автобусе."),
    ("more-often", "!agree", "More often than not, the train does not arrive late.", "Чаще всего поезд приходит с опозданием."),
    ("not-care", "agree", "They don't give a damn about the rules.", "Им наплевать на правила."),
    ("not-care", "agree", "He does not care about the weather at all.", "Ему совершенно пофиг на погоду."),
    ("not-care", "agree", "The neighbours don't care about the noise.", "Соседям наплевать на шум."),
    ("not-care", "!agree", "The neighbours care a lot about the noise.", "Соседям наплевать на шум."),
    ("nothing-but", "agree", "The winner was none other than the mayor's son.", "Победителем стал не кто иной, как сын мэра."),
    ("nothing-but", "agree", "His quick success was nothing but luck.", "Его быстрый успех не что иное, как удача."),
    ("nothing-but", "agree", "The noise was nothing but the wind.", "Шум был не что иное, как ветер."),
    ("nothing-but", "!agree", "This offer is not a trick.", "Это предложение не что иное, как уловка."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
