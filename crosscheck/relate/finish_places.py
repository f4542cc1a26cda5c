"""Two places of one competitor in one contest are a clash (issue 10, round ao).

"Peter Snell won the gold medal in the 1500 metres" / «Питер Снелл … завоевал серебряную медаль на дистанции 1500 м»,
"Ivar Ballangrud … finished second in the 1500 metres" / «… в забеге на 1500 м стал третьим», "Gigliola Cinquetti won the
1964 Eurovision Song Contest" / «Джильола Чинкветти … заняла лишь второе место»: each side places its competitor once (an
ordinal of a finish, a medal of one colour, or a verb of winning the contest itself), and the places differ.

The words are data (``lang/{en,ru}/finish_places.tsv``).  A side reads one place only: a medal or an ordinal of a finish
first, a verb of winning only where neither is written and no medals are counted ("won three gold medals" / «три
золотые медали» is no win of the contest); a side that places its competitor twice ("finished second …, third …") gives
no place, nor does a negated side.

The clash needs one competitor: the first name each side states, or a person both sides name.  The pair module asks
only of a pair already read as agreeing (one event, the same values otherwise), so that two contests of one athlete
("won gold in 1964" / "took silver in 1968", "won the long jump" / «стал вторым в беге на 200 м»: a pair read only as
one topic) stay two facts.
"""

from __future__ import annotations

import functools
import re

from crosscheck.frame.numerals import ordinal_value
from crosscheck.relate.thresholds import Z_AGREE

__all__ = ["finish_place", "find_finish_clash"]


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern, int | None], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((row["kind"], re.compile(row["pattern"], re.I), int(row["value"]) if row.get("value") else None)
                 for row in tsv(f"{lang}/finish_places.tsv"))


@functools.lru_cache(maxsize=4096)
def finish_place(text: str, lang: str) -> int | None:
    """The one place a text gives its competitor in a contest, or None (none, several, or medals counted)."""
    rows = _patterns("ru" if lang == "ru" else "en")
    places: set[int] = set()
    for kind, rx, value in rows:
        if kind == "medal":
            places |= {value for _ in rx.finditer(text)}
        elif kind == "place":
            for m in rx.finditer(text):
                v = ordinal_value(m.group("ord"))
                if v is not None:
                    places.add(v)
    if not places and not any(kind == "veto" and rx.search(text) for kind, rx, _ in rows):
        places = {value for kind, rx, value in rows if kind == "win" and rx.search(text)}
    return next(iter(places)) if len(places) == 1 else None


def _one_competitor(text_a: str, lang_a: str, text_b: str, lang_b: str, fa, fb) -> bool:
    """The first name each side states is one name, or both sides name one person."""
    from crosscheck.relate.name_keys import keys_close
    from crosscheck.relate.rank import _same_subject

    if _same_subject(text_a, lang_a, text_b, lang_b, fa, fb):
        return True
    persons = lambda f: [e.key for e in (f.entities if f is not None else ()) if e.type == "person" and e.key]
    return any(keys_close(x, y) for x in persons(fa) for y in persons(fb))


def find_finish_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, z: float, fa=None, fb=None) -> tuple[int, int] | None:
    """(place of a, place of b) when the two texts place one competitor twice in one contest, else None."""
    if z < Z_AGREE:
        return None
    pa, pb = finish_place(text_a, lang_a), finish_place(text_b, lang_b)
    if pa is None or pb is None or pa == pb:
        return None
    from crosscheck.relate.negation import negation_info

    if negation_info(text_a, lang_a).negated or negation_info(text_b, lang_b).negated:
        return None
    if not _one_competitor(text_a, lang_a, text_b, lang_b, fa, fb):
        return None
    return pa, pb
