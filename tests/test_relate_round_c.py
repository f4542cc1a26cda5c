"""Round c of issue 10 (the held-out perturbation targets), each rule with examples written
for this test (none from the seeds or the bench sets) and counter-examples:

* date: a translation of an event report with only its day changed is a contradiction when
  neither side gives a year ("on 18 December" / "12 декабря"), and with only its year changed
  when its other values pair equal; a recurring event on two dates of one year stays two events;
* ru-year: a Russian year with an ordinal ending ("в 1990-м", "в 1995-м году") is a year,
  never "the 1990th" of anything;
* open: a day or month opening a period with no year ("с 11 декабря", "since September")
  pairs as its first day or month;
* negations: two translations that both negate, one more often, are never agree;
* value: a value each side states without counterpart, read as a figure on one side and as a
  date or code on the other with other digits, is never agree;
* opinion: a translation that turns an opinion round ("I think" / "не думаю") is a contradiction;
  an opinion stating another figure is not;
* repeat: a plain "again" / "never" (a manner, no series of events) leaves a translation to its slots;
* against: "protection against" negates nothing ("вакцина против"); "непривитый" negates by its form;
* acronym: an acronym ("ЦАР") never stands for a name the frame missed ("Syria").
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

from crosscheck.frame import frame_text
from crosscheck.relate.name_keys import named_in

CASES = [
    # rule, expected relation ("!agree": anything but agree), EN, RU
    ("date", "contradict", "The orchestra gave a charity concert on 14 March.", "Оркестр дал благотворительный концерт 21 марта."),
    ("date", "contradict", "The festival opened on 3 July with a parade through the old town.",
     "Фестиваль открылся 5 июля парадом по старому городу."),
    ("date", "contradict", "The ministers met in Oslo on 9 November to discuss fishing quotas.",
     "Министры встретились в Осло 19 ноября, чтобы обсудить квоты на вылов рыбы."),
    ("date", "contradict", "In 2015, the library received 4,200 new books and 350 maps.",
     "В 2017 году библиотека получила 4200 новых книг и 350 карт."),
    ("date", "agree", "The orchestra gave a charity concert on 14 March.", "Оркестр дал благотворительный концерт 14 марта."),
    ("date", "agree", "In 2015, the library received 4,200 new books and 350 maps.",
     "В 2015 году библиотека получила 4200 новых книг и 350 карт."),
    ("date", "!contradict", "The ministers met in Oslo on 9 November 2019.", "Министры встретились в Осло 19 ноября 2019 года."),
    ("date", "!contradict", "Macron and Scholz met in Paris in 2022.", "Макрон и Шольц встретились в Париже в 2023 году."),
    ("ru-year", "contradict", "The bridge was closed for repairs in 1987.", "Мост закрыли на ремонт в 1989-м."),
    ("ru-year", "contradict", "The plant made 300 tractors in 2004.", "Завод выпустил 300 тракторов в 2006-м году."),
    ("ru-year", "contradict", "The factory moved to Kazan in 1941 and returned in 1946.",
     "Завод переехал в Казань в 1941 году и вернулся в 1948-м."),
    ("ru-year", "agree", "The bridge was closed for repairs in 1987.", "Мост закрыли на ремонт в 1987-м."),
    ("open", "contradict", "Since March, a museum ticket has cost 300 roubles.", "С ноября билет в музей стоит 300 рублей."),
    ("open", "contradict", "Since the end of October, 40 trains a day have been running late.", "С конца августа ежедневно опаздывают 40 поездов."),
    ("open", "contradict", "Since 12 May the shop has been open until midnight.", "С 21 мая магазин работает до полуночи."),
    ("open", "agree", "Since 12 May the shop has been open until midnight.", "С 12 мая магазин работает до полуночи."),
    ("open", "agree", "Since the end of October, 40 trains a day have been running late.", "С конца октября ежедневно опаздывают 40 поездов."),
    ("negations", "!agree", "The paint does not crack and does not fade in the sun.", "Краска трескается и не выцветает на солнце."),
    ("negations", "!agree", "He did not call and did not write for a year.", "Он звонил, но не писал целый год."),
    ("negations", "!agree", "The device does not overheat and does not need cooling.", "Устройство не перегревается и нуждается в охлаждении."),
    ("negations", "agree", "The paint does not crack and does not fade in the sun.", "Краска не трескается и не выцветает на солнце."),
    ("value", "!agree", "The clinic expects around 140 more patients a week, the director of the hospital in Tver said.",
     "Клиника ожидает примерно на 60 пациентов в неделю больше, сообщил директор больницы в Твери."),
    ("value", "!agree", "The agency expects around 700 more visitors, the mayor of Perm said.",
     "Агентство ожидает примерно на 900 посетителей больше, сообщил мэр Перми."),
    ("value", "!agree", "The pump lifts water from around 300 more wells in the valley of Ferghana.",
     "Насос поднимает воду примерно из 120 дополнительных скважин Ферганской долины."),
    ("value", "agree", "The agency expects around 700 more visitors, the mayor of Perm said.",
     "Агентство ожидает примерно на 700 посетителей больше, сообщил мэр Перми."),
    ("opinion", "contradict", "I think the new bridge is beautiful.", "Я не думаю, что новый мост красивый."),
    ("opinion", "contradict", "In my opinion, the film is not worth watching.", "По-моему, этот фильм стоит посмотреть."),
    ("opinion", "contradict", "I believe the team will win the cup this year.", "Я считаю, что команда не выиграет кубок в этом году."),
    ("opinion", "!contradict", "I think a ticket should cost about 500 roubles.", "Я думаю, билет должен стоить около 800 рублей."),
    ("repeat", "agree", "You can download the app again after a reset.", "После сброса приложение можно снова скачать."),
    ("repeat", "agree", "She asked me again, in a tired voice, where the keys were.", "Она опять спросила усталым голосом, где ключи."),
    ("repeat", "agree", "He never thought of selling the old house by the lake.", "Он никогда не думал продавать старый дом у озера."),
    ("repeat", "!agree", "You can download the app again after a reset.", "После сброса приложение нельзя снова скачать."),
    ("against", "contradict", "The new vaccine protects against all known strains of the flu.",
     "Новая вакцина не защищает от всех известных штаммов гриппа."),
    ("against", "contradict", "This cream gives effective protection against sunburn.", "Этот крем не даёт эффективной защиты от солнечных ожогов."),
    ("against", "contradict", "Insurance against floods is available to every farmer in the region.",
     "Страховка от наводнений недоступна фермерам региона."),
    ("against", "!contradict", "Tourists who are not vaccinated against measles must stay home.", "Непривитые от кори туристы должны оставаться дома."),
    ("against", "!contradict", "The senators voted against the bill.", "Сенаторы не поддержали законопроект."),
    ("acronym", "contradict", "Volunteers from Chile, Peru, Bolivia and Ecuador arrived in the camp.",
     "В лагерь приехали добровольцы из Чили, Кубы, Боливии и Эквадора."),
]


decided, test_round_c_pairs = table_tests(CASES)


def test_every_rule_has_three_examples_and_a_counter_example():
    check_rule_counts(CASES, skip={"acronym"})  # acronym: three rows in its own test below


def test_the_explanation_names_both_changed_values(decided):
    i = next(n for n, c in enumerate(CASES) if c[0] == "date" and c[1] == "contradict" and "2015" in c[2])
    assert "2015" in decided[i]["explanation"] and "2017" in decided[i]["explanation"]


@pytest.mark.parametrize("en,ru", [("He never came back.", "Он никогда не вернулся."),
                                   ("They did not pay and did not call.", "Они не заплатили и не позвонили."),
                                   ("It was never as cheap.", "Никогда не было так дёшево.")])
def test_negations_count_once_per_verb(en, ru):
    from crosscheck.relate.negation import negation_info
    from crosscheck.relate.clause_scope import negation_clusters as _clusters

    a, b = negation_info(en, "en"), negation_info(ru, "ru")
    assert _clusters(a.spans, en) == _clusters(b.spans, ru)


def test_a_date_with_no_year_is_named_without_one(decided):
    i = next(n for n, c in enumerate(CASES) if c[0] == "date" and c[1] == "contradict" and "Oslo" in c[2])
    text = decided[i]["explanation"]
    assert "9 November" in text and "19 November" in text and "2000" not in text and "2001" not in text


def test_negation_counts_are_named(decided):
    i = next(n for n, c in enumerate(CASES) if c[0] == "negations" and "paint" in c[2] and c[1] == "!agree")
    assert "2 negated verbs" in decided[i]["explanation"] and "1 negated verb" in decided[i]["explanation"]


@pytest.mark.parametrize("text,year", [("Мост закрыли на ремонт в 1989-м.", 1989), ("В 2006-м году музей открылся.", 2006),
                                       ("Он родился в 1990 году и в 1995-м переехал в Москву.", 1995)])
def test_russian_year_with_an_ordinal_ending(text, year):
    frame = frame_text(text, "ru")
    assert year in {t.start.year for t in frame.times if t.start is not None}
    assert not [x for x in frame.exclusivity if x.kind == "ordinal"]


@pytest.mark.parametrize("key,text", [("syria", "Добровольцы из ЦАР и Мали."), ("peru", "Делегации ПРО и США."),
                                      ("israel", "Встреча глав ИРЛ и ЕС.")])
def test_an_acronym_is_not_a_missed_name(key, text):
    assert not named_in(key, text)


def test_a_missed_name_is_still_found():
    assert named_in("syria", "Добровольцы из Сирии и Мали.")
