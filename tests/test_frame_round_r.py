"""Round r of issue 10, the frame side: a capitalised word inside the noun a figure counts is no person
(``frame/counted.drop_counted_persons``). Rows written for this test (none from the seeds or a bench set): the word
that must not be read as a person, and counter-examples whose person must stay."""

from __future__ import annotations

import pytest

from crosscheck.frame import frame_text

NOT_PERSON = [
    ("The Norwegian skier Marit Bjørgen collected fifteen Olympic medals.", "Olympic"),
    ("Swimmer Michael Phelps won twenty-eight Olympic medals between 2004 and 2016.", "Olympic"),
    ("Painter Claude Monet made about 250 Water Lilies paintings.", "Water Lilies"),
]

STILL_PERSON = [
    ("Twenty-eight times Michael Phelps won gold.", "Michael Phelps"),
    ("Agatha Christie wrote 33 Poirot novels.", "Agatha Christie"),
    ("The Norwegian skier Marit Bjørgen collected fifteen Olympic medals.", "Marit Bjørgen"),
]


def _persons(text: str) -> list[str]:
    return [e.text for e in frame_text(text, "en").entities if e.type == "person"]


@pytest.mark.parametrize("text,word", NOT_PERSON)
def test_counted_word_no_person(text, word):
    assert word not in _persons(text)


@pytest.mark.parametrize("text,word", STILL_PERSON)
def test_person_stays(text, word):
    assert word in _persons(text)


def test_dozen_multiplies():
    got = [(q.value, q.text) for q in frame_text("In 1925 the orchestra bought two dozen new violins.", "en").quantities]
    assert got and got[0][0] == 24.0, got
