"""Round an of issue 10 (HELD-OUT57 and 58, read after their first contact).  Rows written for this test, none from the
seeds or a bench set:

* a competition named after a person ("the Queen Elisabeth Competition", "the Tchaikovsky Competition") names no person
  (``lang/en/nonperson_heads.tsv``): read as one, it clashed with the person the other side names;
* a landmark named by a possessive ("Hadrian's Wall", "Offa's Dyke", "Fingal's Cave") names no person: the name run
  goes on past "'s" before such a head (``frame/entities_en``); "Hadrian's army" still names Hadrian.
"""

from __future__ import annotations

import pytest

ROWS = [
    ("The tablets were unearthed near Hadrian's Wall in 1973.", "Hadrian", False),
    ("Offa's Dyke runs along the border of England and Wales.", "Offa", False),
    ("Mendelssohn visited Fingal's Cave in 1829.", "Fingal", False),
    ("Hadrian's army built the wall in 122.", "Hadrian", True),
    ("David Oistrakh won the Queen Elisabeth Competition in 1937.", "Elisabeth Competition", False),
    ("The pianist won the Tchaikovsky Competition in Moscow in 1958.", "Tchaikovsky Competition", False),
    ("The violinist won the Paganini Competition in Genoa in 1963.", "Paganini Competition", False),
    ("David Oistrakh won the Queen Elisabeth Competition in 1937.", "David Oistrakh", True),
]


@pytest.mark.parametrize("text,name,person", ROWS, ids=[f"{r[1]}-{r[2]}" for r in ROWS])
def test_named_thing_is_no_person(text, name, person):
    from crosscheck.frame.builder import FrameBuilder

    frame = FrameBuilder(None, "en").frame(text, "en")
    persons = {e.text for e in frame.entities if e.type == "person"}
    assert (any(name in p for p in persons)) is person, persons


def test_competition_named_after_person_agrees():
    from crosscheck.pairs import compare_pairs

    out = compare_pairs([{"a": "The first Tchaikovsky Competition, held in Moscow in 1958, was won by the American pianist "
                                "Harvey Lavan Cliburn.",
                          "b": "Первый Международный конкурс имени Чайковского в Москве в 1958 году выиграл американский "
                               "пианист Харви Лейвон Клиберн.", "lang_a": "en", "lang_b": "ru"}])
    assert out[0]["relation"] != "contradict", out[0]["explanation"]
