"""Round p of issue 10, the frame: a bound said to lie close to its figure ("just over", "slightly less than",
«немногим более», «чуть менее»: ``lang/{en,ru}/near_bounds.tsv``) keeps the bound of its last word and its whole phrase
in the figure's text, so the relation stage can tell it from an open bound; a plain bound is read as before."""

from __future__ import annotations

import pytest

from crosscheck.frame import frame_text

CASES = [
    # text, lang, figure's text, value, bound
    ("The party won just over a third of the seats.", "en", "just over a third", 33.33, "lower"),
    ("The company sold slightly more than 3 million cars in 2019.", "en", "slightly more than 3 million cars", 3e6, "lower"),
    ("Turnout was a little under 60 percent.", "en", "a little under 60 percent", 60.0, "upper"),
    ("Партия получила немногим более трети мест.", "ru", "немногим более трети", 33.33, "lower"),
    ("Кандидат набрал чуть менее 51 % голосов.", "ru", "чуть менее 51 %", 51.0, "upper"),
    ("В 2019 году продано чуть больше 3 млн машин.", "ru", "чуть больше 3 млн машин", 3e6, "lower"),
    # counter-examples: plain bounds, no near phrase
    ("The company sold more than 3 million cars in 2019.", "en", "more than 3 million cars", 3e6, "lower"),
    ("Кандидат набрал менее 51 % голосов.", "ru", "менее 51 %", 51.0, "upper"),
]


@pytest.mark.parametrize("text,lang,quoted,value,bound", CASES)
def test_near_bound(text, lang, quoted, value, bound):
    qs = frame_text(text, lang).quantities
    hit = [q for q in qs if q.text == quoted]
    assert hit, [(q.text, q.value, q.bound) for q in qs]
    assert hit[0].bound == bound and abs(hit[0].value - value) <= 0.01 * value


def test_near_bound_is_told_apart():
    from crosscheck.relate.slot_values import Slot
    from crosscheck.relate.slots import _near_bound

    assert _near_bound(Slot("number", "немногим более трети", 33.33, "percent", "lower"))
    assert _near_bound(Slot("number", "just over a third", 33.33, "percent", "lower"))
    assert not _near_bound(Slot("number", "более трети", 33.33, "percent", "lower"))
    assert not _near_bound(Slot("number", "over a third", 33.33, "percent", "lower"))
