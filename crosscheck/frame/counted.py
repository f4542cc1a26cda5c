"""A capitalised word inside the noun a figure counts is no person (issue 10 round r).

"eighteen Olympic medals", "fifteen Olympic medals", "250 Water Lilies paintings": the capitalised words between the
figure and the thing counted name the kind of thing, so the capitalisation tagger's "person" reading of them is turned into an
organisation (a kind, a brand, a company: "23 thousand PMC Wagner mercenaries" / «наемников ЧВК "Вагнер"» still share the
name), never a person (a person there would be paired with the other side's persons and read as a clash). A person counts as such when it
stands inside a quantity's text after its figure, or right after a bare figure (no unit read; only spaces between) and
right before a lower-case word (the noun counted). Places and organisations stay.
"""


from __future__ import annotations

import dataclasses
import re

_NOUN_AFTER = re.compile(r"\s+[a-zа-яё]")

__all__ = ["drop_counted_persons"]


def drop_counted_persons(ents: list, quants: list, text: str) -> list:
    """``ents`` with the persons that stand in a counted noun retyped as organisations (a kind, a brand, a company:
    "Olympic", "PMC Wagner"), so they still tie the two sides by name but fill no person's role."""
    spans, ends = [], []
    for q in quants:
        pos = q.pos if q.pos is not None else text.find(q.text)
        if pos < 0 or not q.text:
            continue
        first = q.text.split(None, 1)[0]
        spans.append((pos + len(first), pos + len(q.text)))
        if q.unit is None:
            ends.append(pos + len(q.text))  # a bare figure: the noun it counts may stand after a capitalised word
    if not spans:
        return ents

    def counted(e) -> bool:
        if e.type != "person" or e.start is None or e.end is None:
            return False
        if any(s < e.start and e.end <= end for s, end in spans):
            return True
        return (any(end < e.start and not text[end:e.start].strip() for end in ends)
                and bool(_NOUN_AFTER.match(text, e.end)))

    return [dataclasses.replace(e, type="org") if counted(e) else e for e in ents]
