"""Times that date a beginning (issue 10, round bu).

"Since 1927" bounds a state from its start: a later point on the other side lies within it ("has been the capital since
1255" holds "in 1755 the capital was struck by an earthquake").  When the other side's point dates the beginning itself
("the causeway, opened in 1957", «основал фирму в 1955 г.», "began producing in the 1880s"), the two sides tell one start
twice and its years must agree.  The verbs of a beginning are data, per language (``lang/{en,ru}/beginnings.tsv``).
"""

from __future__ import annotations

import functools
import re

__all__ = ["dates_a_beginning"]

#: How far before its time a verb of beginning may stand ("began producing his herbal bitter in Rheinberg on the Lower
#: Rhine in the 1880s"), and how far after it («в 1957 году открыли»).
_BEFORE, _AFTER = 80, 30
_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s")


@functools.lru_cache(maxsize=None)
def _cues(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    return re.compile("|".join(f"(?:{r['pattern']})" for r in tsv(f"{lang}/beginnings.tsv")), re.I)


@functools.lru_cache(maxsize=16384)  # once per time of a claim: a claim meets many pairs
def dates_a_beginning(text: str, lang: str, start: int, end: int) -> bool:
    """A verb of beginning stands in the clause of the time at ``text[start:end]``, near it."""
    lo, hi = max(0, start - _BEFORE), min(len(text), end + _AFTER)
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    stop = _CLAUSE_END.search(text, end, hi)
    window = text[cuts[-1] if cuts else lo:stop.start() if stop else hi]
    return bool(_cues("ru" if lang == "ru" else "en").search(window))
