"""Vote tallies (issue 10, round aj): "the Supreme Court ruled 7-1", "by eight votes to one", "a 5–4 decision", «пятью
голосами против четырёх».  Each side of a tally is a ``vote`` count, so "7-1" / «пятью голосами против четырёх» clash
as two counts of votes and "6–3" / «шестью голосами против трёх» agree.  A score of a game ("won 2-1") is no tally: the
English dash form is read only after a verb of ruling or voting or before a noun of a decision.
"""

from __future__ import annotations

import dataclasses
import re

from crosscheck.model import Quantity

__all__ = ["with_tallies"]

_EN = re.compile(
    r"(?:(?<=ruled\s)|(?<=voted\s)|(?<=decided\s)|(?<=upheld\s)|(?<=by\s)|(?<=by\sa\s))(?P<n>\d{1,2})\s?[-–—]\s?(?P<m>\d{1,2})(?![\d-])"
    r"|(?<![\w-])(?P<n2>\d{1,2})\s?[-–—]\s?(?P<m2>\d{1,2})(?=\s+(?:decision|ruling|vote|verdict|majority|judgment|judgement)\b)",
    re.I)
#: "by eight votes to one" / «восемью голосами против одного»: the count after "to" / «против» is votes too.
_AGAINST = {"en": re.compile(r"\bvotes?\s+to\s+$", re.I), "ru": re.compile(r"(?<![\w-])голос\w*\s+против\s+$", re.I)}


def with_tallies(text: str, lang: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the two sides of each vote tally read as ``vote`` counts (a unit the reader took from the next word
    dropped)."""
    lang = "ru" if lang == "ru" else "en"
    out = list(found)
    if lang == "en":
        for m in _EN.finditer(text):
            n, mm = (m.group("n"), m.group("m")) if m.group("n") else (m.group("n2"), m.group("m2"))
            sn, sm = (m.start("n"), m.start("m")) if m.group("n") else (m.start("n2"), m.start("m2"))
            out = [q for q in out if q.pos is None or not (m.start() <= q.pos < m.end())]
            out += [Quantity(n, float(n), "vote", "exact", sn), Quantity(mm, float(mm), "vote", "exact", sm)]
    for i, q in enumerate(out):
        if q.pos is not None and _AGAINST[lang].search(text[max(0, q.pos - 30):q.pos]):
            # «против одного подтвердил конституционность»: the count of votes, not of the words the reader took as its noun
            out[i] = dataclasses.replace(q, text=q.text.split()[0], unit="vote")
    return sorted(out, key=lambda q: q.pos if q.pos is not None else -1)
