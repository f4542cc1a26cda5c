"""Round ch of issue 10 (read from the misjudged pairs of HELD-OUT39-144): rows written for this test, none from an
evaluation set.

* dated-act: a paraphrase that states more times than the other pairs the times that date the same act ("born in
  Augsburg in 1873, shared the 1929 Nobel Prize" / «получил Нобелевскую премию … в 1939 году»: the award's years), so
  the clash is read instead of "each side states a date the other lacks" (``relate/act_dates.py``); acts that differ
  (a birth and an award against a death) stay unpaired;
* setting: the time a story is set in is an act of its own ("is set in sixteenth-century England", «действие романа …
  происходит в Англии XVII века»: ``lang/{en,ru}/acts.tsv``, concept ``setting``), paired with the other side's setting
  and kept apart from the year the work came out.

* placed-act: of several places on one side, the one the same act locates pairs with the other side's ("was born Erik
  Weisz in Budapest" / «родился … в Вене» while "in New York and London" tell where he made his name:
  ``entity_pairs._placed_by_act``, ``act_dates.slot_acts``);
* periodical: a newspaper's or magazine's name ends in a head of its own ("the London Magazine", "Fraser's Magazine",
  "the Chicago Tribune": ``lang/en/periodical_heads.tsv``, also organisation heads now): the place or possessive before it
  is a word of the name, so the periodical is one organisation that pairs with the other side's («журнал «Эдинбург
  ревью»»).

The Lenau row passes without the rule too (the death is once-only, ``once_only.py``); it is kept as the one-time-a-side
case the pairing must not spoil.
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('dated-act', 'contradict',
     'Hans von Euler-Chelpin, born in Augsburg in 1873, shared the 1929 Nobel Prize in Chemistry for his work on the '
     'fermentation of sugars.',
     'Ханс фон Эйлер-Хельпин получил Нобелевскую премию по химии в 1939 году за исследования брожения сахаров.'),
    ('dated-act', '!contradict',
     'Hans von Euler-Chelpin, born in Augsburg in 1873, shared the 1929 Nobel Prize in Chemistry for his work on the '
     'fermentation of sugars.',
     'Ханс фон Эйлер-Хельпин, уроженец Аугсбурга, скончался в Стокгольме в 1964 году.'),
    ('dated-act', 'contradict',
     'Gottfried Keller, the Swiss author of Green Henry, was born in Zurich in 1819 and died there in 1890.',
     'Швейцарский писатель Готфрид Келлер, автор романа «Зелёный Генрих», умер в Цюрихе в 1895 году.'),
    ('dated-act', 'contradict',
     'The Austrian poet Nikolaus Lenau, born in the Banat village of Csatád in 1802, died in an asylum at Oberdöbling '
     'near Vienna in 1850.',
     'Австрийский поэт Николаус Ленау умер в 1856 году в психиатрической лечебнице под Веной.'),
    ('setting', 'contradict',
     "Alexandre Dumas's novel Queen Margot, published in 1845, is set in Paris in 1572, around the St Bartholomew's Day "
     'massacre.',
     'Действие романа Александра Дюма «Королева Марго» разворачивается в Париже XVII века, в дни Варфоломеевской ночи.'),
    ('setting', 'contradict',
     "Charles Kingsley's Hereward the Wake, published in 1866, is set in the eleventh century, during the Norman conquest "
     'of England.',
     'Действие романа Чарльза Кингсли «Херевард» разворачивается в Англии XII века, в годы нормандского завоевания.'),
    ('setting', 'agree',
     "Alexandre Dumas's novel The Black Tulip, published in 1850, is set in Holland in 1672, the year the de Witt "
     'brothers were murdered.',
     'Действие романа Дюма «Чёрный тюльпан» разворачивается в Голландии в 1672 году.'),
    ('setting', '!contradict',
     "Lion Feuchtwanger's historical novel Jew Süss came out in Munich in 1925.",
     'Действие исторического романа Лиона Фейхтвангера «Еврей Зюсс» происходит в Вюртемберге XVIII века.'),
    ('periodical', 'contradict',
     "Thomas De Quincey's Confessions of an English Opium-Eater first appeared in the London Magazine in 1821.",
     '«Исповедь англичанина, употреблявшего опиум» Томаса Де Квинси впервые напечатал в 1821 году журнал «Эдинбург ревью».'),
    ('periodical', 'agree',
     "Thomas De Quincey's Confessions of an English Opium-Eater first appeared in the London Magazine in 1821.",
     '«Исповедь англичанина, употреблявшего опиум» Томаса Де Квинси впервые напечатал в 1821 году журнал «Лондон мэгэзин».'),
    ('periodical', 'contradict',
     "George Eliot's Scenes of Clerical Life was first serialised in Blackwood's Magazine in 1857.",
     '«Сцены из жизни духовенства» Джордж Элиот впервые печатались частями в 1857 году в журнале «Фрейзерс мэгэзин».'),
    ('periodical', 'agree',
     "Macaulay's essay on Milton, which made his name, appeared in the Edinburgh Review in August 1825.",
     'Эссе Маколея о Мильтоне, принёсшее ему известность, вышло в августе 1825 г. в журнале «Эдинбург ревью».'),
    ('placed-act', 'contradict',
     'Harry Houdini, who made his name escaping from handcuffs in New York and London, was born Erik Weisz in Budapest '
     'in 1874.',
     'Гарри Гудини (настоящее имя Эрик Вайс), прославившийся побегами из наручников, родился в 1874 году в Вене.'),
    ('placed-act', 'agree',
     'Harry Houdini, who made his name escaping from handcuffs in New York and London, was born Erik Weisz in Budapest '
     'in 1874.',
     'Гарри Гудини (настоящее имя Эрик Вайс), прославившийся побегами из наручников, родился в 1874 году в Будапеште.'),
    ('placed-act', 'contradict',
     'Yul Brynner, who won an Oscar in Hollywood for The King and I, was born Yuliy Briner in Vladivostok in 1920.',
     'Юл Бриннер (Юлий Бринер), получивший «Оскар» за роль в фильме «Король и я», родился в 1920 году в Харбине.'),
    ('placed-act', 'agree',
     "Theda Bara, the first screen vamp of Fox's films in Hollywood, was born Theodosia Goodman in Cincinnati in 1885.",
     'Теда Бара (урождённая Теодосия Гудман) родилась в 1885 году в Цинциннати.'),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


def _acts(text: str, lang: str) -> list[tuple[str, list[str]]]:
    from crosscheck.frame import frame_text
    from crosscheck.relate.slot_values import time_slots
    from crosscheck.relate.act_dates import slot_acts

    slots = time_slots(frame_text(text, lang), text, lang)
    acts = slot_acts(slots, text, lang)
    return [(s.text, sorted(acts.get(id(s), ()))) for s in slots]


@pytest.mark.parametrize("text, lang, want", [
    # the nearest time in the act's own phrase, across no comma
    ("Ernst Ruska, who built the first electron microscope with Max Knoll in 1931, received the Nobel Prize in Physics "
     "in 1986.", "en", {"in 1931": "build", "in 1986": "award"}),
    # matched as a whole: the death's year is the one after its verb, though the birth year stands nearer
    ("Gottfried Keller was born in Zurich in 1819 and died there in 1890.", "en", {"in 1819": "born", "in 1890": "die"}),
    # the verb, not the noun, dates the setting («вышедшего в 1932 году» dates the publication)
    ("Действие романа Олдоса Хаксли «О дивный новый мир», вышедшего в 1932 году, происходит в Лондоне XXII века.", "ru",
     {"XXII века": "setting"}),
])
def test_each_time_dates_its_act(text, lang, want):
    got = dict(_acts(text, lang))
    for time, act in want.items():
        assert act in got[time], (time, got)
    assert not any(act in acts for t, acts in got.items() if t not in want for act in want.values()), got


@pytest.mark.parametrize("text, name", [
    ("It first appeared in instalments in Fraser's Magazine in 1833.", "Fraser's Magazine"),
    ("The review ran in the London Magazine in 1821.", "London Magazine"),
    ("The letter was printed in the Chicago Tribune.", "Chicago Tribune"),
])
def test_a_periodical_is_one_organisation(text, name):
    from crosscheck.frame import frame_text

    assert [(e.text, e.type) for e in frame_text(text, "en").entities] == [(name, "org")]


def test_an_act_dates_no_time_across_a_semicolon():
    got = dict(_acts("The poet was born in Csatád in 1802; in 1832 he sailed to Baltimore.", "en"))
    assert got["in 1802"] == ["born"] and got["in 1832"] == [], got
