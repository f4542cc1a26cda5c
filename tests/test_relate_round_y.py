"""Round y of issue 10 (HELD-OUT31/32 read for causes after their first contact; general causes only). Rows written for
this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* era-year: a year marked as of our era is a year of any size ("AD 31", "31 CE", «в 31 году н. э.», «68 г. н.э.»:
  ``frame/periods.py``); before, «31 году н. э.» was the figure 31, so "31 BC" / «31 году н. э.» agreed. A BC year is
  written as such in the explanation ("31 BC", was "32 BC–31 BC": ``relate/explain.slot_value``).
* rank-first-word: a weak capitalised word opening an English sentence ("First run in April 1897, the Boston Marathon
  is the oldest …", "Opened in 1863, …") is no ranked subject (``relate/rank.py``).
* not-but: "is not a bear but a marsupial" is a contrast, no negation of the statement (``lang/en/negation.tsv``, kind
  ``weak``): against «— сумчатое животное» it is no polarity clash.
* never-undated: an undated "never" ("signed the protocol but never ratified it") is a negated statement the slots
  compare (its polarity against «ратифицировали»), not a series of events the event view could not date
  (``relate/event_claims.py``).
* joined-name: a name of several words written as one in the other script ("Dien Bien Phu" / «Дьенбьенфу») is one
  name (``relate/role_names.same_name``, ``relate/name_keys.keys_close``).
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("era-year", "contradict", "At Actium Octavian's fleet defeated Mark Antony and Cleopatra in 31 BC.",
     "При Акции флот Октавиана разбил Антония и Клеопатру в 31 году н. э."),
    ("era-year", "contradict", "The Great Fire of Rome broke out in July AD 64, under Nero.",
     "Великий пожар Рима вспыхнул в июле 64 года до н. э., при Нероне."),
    ("era-year", "contradict", "The emperor Augustus died in AD 14 at Nola.",
     "Император Август умер в Ноле в 14 году до н. э."),
    ("era-year", "agree", "The emperor Augustus died in AD 14 at Nola.",
     "Император Август умер в Ноле в 14 году н. э."),
    ("rank-first-word", "contradict", "First run in April 1897, the Boston Marathon is the oldest annual marathon in the world.",
     "Бостонский марафон, впервые проведённый в 1897 году, — второй по возрасту из ежегодных марафонов мира."),
    ("rank-first-word", "contradict", "Opened in 1863, the London Underground is the oldest metro system in the world.",
     "Лондонское метро, открытое в 1863 году, — лишь второе по возрасту метро мира."),
    ("rank-first-word", "contradict", "Built in 1872, Yellowstone is the oldest national park in the world.",
     "Йеллоустон, основанный в 1872 году, — лишь третий по возрасту национальный парк мира."),
    ("rank-first-word", "agree", "Opened in 1863, the London Underground is the oldest metro system in the world.",
     "Лондонское метро, открытое в 1863 году, — старейшее метро мира."),
    ("not-but", "!contradict", "The koala is not a bear but a marsupial that feeds on eucalyptus leaves.",
     "Коала — сумчатое животное, питающееся листьями эвкалипта."),
    ("not-but", "!contradict", "Strictly speaking, the tomato is not a vegetable but a berry.",
     "С точки зрения ботаники помидор — это ягода."),
    ("not-but", "!contradict", "The whale shark is not a whale but the largest living fish.",
     "Китовая акула — крупнейшая из ныне живущих рыб."),
    ("not-but", "contradict", "The koala, which feeds on eucalyptus leaves, is not a marsupial.",
     "Коала, питающаяся листьями эвкалипта, — сумчатое животное."),
    ("never-undated", "contradict", "The United States signed the Kyoto Protocol on greenhouse gas emissions but never ratified it.",
     "США подписали и ратифицировали Киотский протокол об ограничении выбросов парниковых газов."),
    ("never-undated", "contradict", "Norway voted twice on joining the European Union but never became a member.",
     "Норвегия дважды голосовала по вопросу о вступлении в Евросоюз и стала его членом."),
    ("never-undated", "contradict", "Iceland applied to join the European Union but never ratified the accession treaty.",
     "Исландия подала заявку на вступление в Евросоюз и ратифицировала договор о присоединении."),
    ("never-undated", "agree", "The United States signed the Kyoto Protocol on greenhouse gas emissions but never ratified it.",
     "США подписали, но так и не ратифицировали Киотский протокол об ограничении выбросов парниковых газов."),
    ("joined-name", "contradict", "The French garrison at Dien Bien Phu surrendered to General Giap's army in March 1954, which ended French rule in Indochina.",
     "Гарнизон французской крепости Дьенбьенфу капитулировал перед войсками Вьетминя 7 мая 1954 года, после почти двух месяцев осады."),
    ("joined-name", "contradict", "Work on Angkor Wat, the largest religious monument in the world, began under King Suryavarman II in the twelfth century.",
     "Строительство Ангкорвата, крупнейшего религиозного сооружения мира, началось при царе Сурьявармане II в X веке."),
    ("joined-name", "contradict", "The Phnom Penh garrison fell to the Khmer Rouge on 17 April 1975, ending the civil war.",
     "Пномпень пал под ударами красных кхмеров 27 апреля 1975 года, что положило конец гражданской войне."),
    ("joined-name", "agree", "The French garrison at Dien Bien Phu surrendered in May 1954, after a siege of almost two months.",
     "Гарнизон крепости Дьенбьенфу капитулировал 7 мая 1954 года, после почти двух месяцев осады."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, year", [
    ("The battle was fought in AD 31.", 31),
    ("The battle was fought in 31 CE.", 31),
    ("Сражение произошло в 31 году н. э.", 31),
    ("Нерон умер в 68 г. н.э.", 68),
    ("Пожар Рима случился в 64 году нашей эры.", 64),
])
def test_era_years_read(text, year):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "A", None, None)
    assert [t.start.year for t in frame.times if t.start is not None] == [year], frame.times


def test_bc_year_named_once_in_the_explanation():
    from crosscheck.pairs import compare

    got = compare("Julius Caesar was killed in 44 BC.", "Юлий Цезарь был убит в 45 году до н. э.")
    assert got["relation"] == "contradict"
    assert "44 BC" in got["explanation"] and "45 BC" in got["explanation"] and "45 BC–44 BC" not in got["explanation"], got
