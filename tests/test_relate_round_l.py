"""Round l of issue 10: an agreement must not rest on what no slot compared (``relate/open_clash.py``).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and counter-examples:

* opposite-words: one side states only one pole of a concept in ``lang/open_poles.tsv`` ("less" / «больше», "before" /
  «позже», "north" / «юг»), the other only the other pole, and no slot reads it: never `agree` (at any likeness: these
  rows sit at 8.2-10.8 sigmas); the same pole on both sides agrees, and a bound ("at least" / «не менее») is no pole.
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

from crosscheck.relate.open_clash import opposite_poles

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("opposite-words", "!agree", "Mercury needs less time to orbit the Sun than any other planet, about 88 days.",
     "Меркурию требуется больше времени на оборот вокруг Солнца, чем любой другой планете, — около 88 суток."),
    ("opposite-words", "!agree", "Alexander Bell patented the telephone in 1876, a year before Edison's phonograph.",
     "Александр Белл запатентовал телефон в 1876 году, позже, чем Эдисон свой фонограф."),
    ("opposite-words", "!agree", "The river Ob flows north for about 3,650 kilometres.",
     "Река Обь течёт на юг на протяжении примерно 3650 километров."),
    ("opposite-words", "agree", "Mercury needs less time to orbit the Sun than any other planet, about 88 days.",
     "Меркурию требуется меньше времени на оборот вокруг Солнца, чем любой другой планете, — около 88 суток."),
    ("opposite-words", "agree", "Alexander Bell patented the telephone in 1876, a year before Edison's phonograph.",
     "Александр Белл запатентовал телефон в 1876 году, раньше, чем Эдисон свой фонограф."),
    ("opposite-words", "agree", "The river Ob flows north for about 3,650 kilometres.",
     "Река Обь течёт на север на протяжении примерно 3650 километров."),
    ("opposite-words", "agree", "At least 30 people attended the opening of the museum in 1995.",
     "Не менее 30 человек пришли на открытие музея в 1995 году."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


def test_opposite_words_named_in_the_reason(decided):
    """The three rows are `related` because of the opposite words, and the explanation says which."""
    for i, case in enumerate(CASES[:3]):
        expl = decided[i]["explanation"]
        assert "opposite words" in expl, (case, expl)


@pytest.mark.parametrize("en, ru, found", [
    ("Venus needs less time to spin once than to orbit the Sun.", "Венере требуется больше времени на оборот вокруг оси.", True),
    ("The Tu-144 flew two months before Concorde.", "Ту-144 поднялся в воздух позже «Конкорда».", True),
    ("The river flows north.", "Река течёт на юг.", True),
    ("The river flows north.", "Река течёт на север.", False),
    ("More than 100 people came.", "Пришли более 100 человек.", False),
    ("At least 30 people came.", "Пришли не менее 30 человек.", False),
    ("It is larger and smaller at once.", "Она меньше.", False),  # both poles on one side: no pole stated
    # bounds are read by the figures ("four or more" / «не менее четырёх»); position words are no amount ("lower" / «выше»)
    ("Week 1 is the first week containing four or more days of that year.", "Неделя 1 — первая неделя, в которой не менее четырёх дней года.", False),
    ("If the level is 1 or greater (at least one -v), all versions are shown.", "Если уровень равен 1 или выше (по меньшей мере один -v), показаны все версии.", False),
    ("The power must be less than or equal to 88.", "Степень должна быть не больше 88; числа, превышающие это значение, дают ошибку.", False),
    ("The lower limit is two pages (see above).", "Нижнее ограничение равно двум страницам (смотрите выше).", False),
    # a stem is no prefix of another word: «переданы» is no «перед»
    ("It was paid after the vote.", "Деньги были переданы по итогам голосования.", False),
    ("The river flows north.", "Река течёт по Югославии.", False),
    ("It was the first meeting after the war.", "Это была последняя встреча.", True),
    ("It was the first meeting.", "Это было второе заседание, во вторник.", True),
    ("It was the last meeting.", "Это было заседание во вторник.", False),
    # "before" as a conjunction is «прежде чем»: the Russian side states both poles ("после … прежде чем")
    ("Allow ten days from dispatch before writing to us.", "Подождите десять дней после отправки, прежде чем писать нам.", False),
])
def test_opposite_poles(en, ru, found):
    assert (opposite_poles(en, "en", ru, "ru") is not None) == found


def test_fixed_phrases_hold_no_pole():
    """«тем не менее» is "nevertheless", no "less"; "sooner or later" no "after"."""
    assert opposite_poles("More people came than ever before.", "en", "Тем не менее людей пришло много.", "ru") is None
    assert opposite_poles("More people came.", "en", "Людей пришло менее ста.", "ru") is not None
    assert opposite_poles("Sooner or later the river freezes.", "en", "Река замерзает раньше, чем озеро.", "ru") is None
