"""Round m of issue 10 (the reading): a common noun opening a Russian sentence is no part of a name («Высота Монблана»,
«Чай», «Площадь Байкала»: ``frame/entities_ru._common_first_word``). Sentences written for this test, none from the seeds or
a bench set; names the dictionary or the gazetteer knows («Кремль», «Москва», «Сбербанк») and a person's title or a people
(«Президент Путин», «Сингалы») are read as before."""

from __future__ import annotations

import pytest

from crosscheck.frame.entities_ru import ru_entities


@pytest.mark.parametrize("text, gone, kept", [
    ("Высота Эльбруса составляет 5642 метра.", "Высота", "Эльбруса"),
    ("Чай пришёл в Англию из Китая в XVII веке.", "Чай", "Англию"),
    ("Площадь Байкала превышает 31 тысячу квадратных километров.", "Площадь", "Байкала"),
    ("Длина Волги составляет 3530 километров.", "Длина", "Волги"),
])
def test_common_noun_opening_the_sentence_is_no_name(text, gone, kept):
    ents = ru_entities(text)
    assert not any(gone in e.text for e in ents), [(e.text, e.type) for e in ents]
    assert any(kept in e.text for e in ents), [(e.text, e.type) for e in ents]


@pytest.mark.parametrize("text, kept", [
    ("Кремль заявил о переговорах.", "Кремль"),
    ("Москва приняла решение о переносе встречи.", "Москва"),
    ("Сбербанк повысил ставки по вкладам.", "Сбербанк"),
    ("Президент Путин прибыл в Баку.", "Путин"),
])
def test_names_opening_the_sentence_stay(text, kept):
    assert any(kept in e.text for e in ru_entities(text))
