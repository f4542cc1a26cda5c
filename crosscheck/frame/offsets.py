"""A distance that places a thing from another ("30 km south-east of Kumasi", «в 30 км к юго-востоку от Кумаси») and a
length told as the size of a thing ("a crater about 10 km across", «диаметром около 10 км»): the frame gives them the
role "from" or "size" (``Quantity.role``, issue 10 round bn). The relation stage keeps the role on the number slot
(``relate/slot_values._number_slot``) and never sets the one against the other as one value changed
(``relate/count_roles.roles_differ``). The cues are data: ``lang/offsets.tsv``. A pass over the figures
``frame/quantities.py`` read."""

from __future__ import annotations

import dataclasses
import re

from crosscheck.model import Quantity

__all__ = ["with_offsets"]


def _cues(lang: str, where: str) -> re.Pattern:
    from crosscheck.lang.resources import cue_pattern

    return cue_pattern("offsets.tsv", lang, where)


def with_offsets(text: str, lang: str, out: list[Quantity], length_of) -> list[Quantity]:
    """``out`` with every length given the role of a distance from a place ("from") or of a size ("size") when its cues
    say so. ``length_of(unit)`` tells whether a unit measures length (``frame/quantities.measure_dim``)."""
    lang = "ru" if lang == "ru" else "en"
    done = []
    for q in out:
        if q.pos is not None and q.unit and length_of(q.unit) == "length":
            end, head = q.pos + len(q.text), text[max(0, q.pos - 40):q.pos]
            if _cues(lang, "after").match(text, end) or _cues(lang, "before").search(head):
                q = dataclasses.replace(q, role="from")
            elif _cues(lang, "size_after").search(text[end:end + 30]) or _cues(lang, "size_before").search(head):
                q = dataclasses.replace(q, role="size")
        done.append(q)
    return done
