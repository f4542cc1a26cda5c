"""Vote tallies (issue 10, round aj): "the Supreme Court ruled 7-1" (or "8 to 1"), "by eight votes to one", "a 5–4 decision", «пятью
голосами против четырёх».  Each side of a tally is a ``vote`` count, so "7-1" / «пятью голосами против четырёх» clash
as two counts of votes and "6–3" / «шестью голосами против трёх» agree.  A score of a game ("won 2-1") is no tally: the
English dash form is read only after a verb of ruling or voting or before a noun of a decision.  The cue words are data
(``lang/{en,ru}/tallies.tsv``).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from crosscheck.model import Quantity

__all__ = ["with_tallies"]


@functools.lru_cache(maxsize=None)
def _cues(lang: str) -> dict[str, str]:
    """kind -> alternation of ``lang/{lang}/tallies.tsv``."""
    from crosscheck.lang.resources import tsv

    out: dict[str, list[str]] = {}
    for r in tsv(f"{lang}/tallies.tsv"):
        out.setdefault(r["kind"], []).append(r["words"])
    return {k: "|".join(v) for k, v in out.items()}


@functools.lru_cache(maxsize=None)
def _dash_rx() -> re.Pattern:
    """An "N-M" or "N to M" tally after a word of ruling or voting or before a noun of a decision (English only; "ruled 8
    to 1": round al)."""
    cues = _cues("en")
    return re.compile(
        rf"(?<![\w-])(?:{cues['before']})\s+(?P<n>\d{{1,2}})(?:\s?[-–—]\s?|\s+to\s+)(?P<m>\d{{1,2}})(?![\d-])"
        rf"|(?<![\w-])(?P<n2>\d{{1,2}})(?:\s?[-–—]\s?|\s+to\s+)(?P<m2>\d{{1,2}})(?=\s+(?:{cues['after']})\b)", re.I)


@functools.lru_cache(maxsize=None)
def _against(lang: str) -> re.Pattern:
    """The words before a count of votes against ("votes to", «голосами против»), ending a text."""
    return re.compile(rf"(?<![\w-])(?:{_cues(lang)['against']})\s+$", re.I)


def with_tallies(text: str, lang: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the two sides of each vote tally read as ``vote`` counts (a unit the reader took from the next word
    dropped)."""
    lang = "ru" if lang == "ru" else "en"
    out = list(found)
    if lang == "en":
        for m in _dash_rx().finditer(text):
            n, mm = (m.group("n"), m.group("m")) if m.group("n") else (m.group("n2"), m.group("m2"))
            sn, sm = (m.start("n"), m.start("m")) if m.group("n") else (m.start("n2"), m.start("m2"))
            out = [q for q in out if q.pos is None or not (sn <= q.pos < m.end())]
            out += [Quantity(n, float(n), "vote", "exact", sn), Quantity(mm, float(mm), "vote", "exact", sm)]
    for i, q in enumerate(out):
        if q.pos is not None and _against(lang).search(text[max(0, q.pos - 30):q.pos]):
            # «против одного подтвердил конституционность»: the count of votes, not of the words the reader took as its noun
            out[i] = dataclasses.replace(q, text=q.text.split()[0], unit="vote")
    return sorted(out, key=lambda q: q.pos if q.pos is not None else -1)
