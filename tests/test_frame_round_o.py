"""Round o of issue 10 (frame side): an unknown foreign surname in an oblique case keys by its singular dictionary form
(``frame/names.lemma_ru``): «Йорном Утзоном» is Утзон in the instrumental, not the genitive plural of «Утзонома», so it
pairs with "Jørn Utzon". Rows written for this test (none from the seeds or a bench set), with names the dictionary
knows or that are already in the nominative as counter-examples."""

from __future__ import annotations

import pytest

from crosscheck.frame.names import lemma_ru, person_key

ROWS = [
    # a Russian surname as written, its dictionary form
    ("Утзоном", "Утзон"),
    ("Бруксом", "Брукс"),
    ("Локком", "Локк"),
    ("Кэнноном", "Кэннон"),
    ("Уизоном", "Уизон"),
    ("Ньютоном", "Ньютон"),
    ("Пирсон", "Пирсон"),
    ("Сеймур", "Сеймур"),
]


@pytest.mark.parametrize("word,lemma", ROWS)
def test_oblique_surname(word, lemma):
    assert lemma_ru(word, "Surn") == lemma


def test_keys_pair_across_scripts():
    assert person_key("Йорном Утзоном") == person_key("Утзон")
    assert person_key("Джоном Локком") == person_key("Джон Локк")
