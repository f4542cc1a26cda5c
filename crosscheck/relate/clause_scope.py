"""Where a word stands in its sentence, for the polarity slot (issue 10 round r).

``poles_outside_times``: a word of the opposites lexicon inside a time the frame read («в начале XI века», "at the end
of 1945") tells when, not what happened: it is no predicate to compare with the other side's verb ("finished … early
in the 11th century" / «написан в начале XI века» is no start against finish).

``negation_in_added_clause``: a negation standing only in a clause after the first one (opened by a word of
``lang/{en,ru}/clause_openers.tsv``: "…, yet it never freezes", «рекорд, который не побит») on the side that tells
markedly more than the other, while the other side's length matches the negating side without that clause, belongs to
a detail the other side does not state: its polarity is uncertain (never agree, never contradict). Only for paraphrases
(``strict`` in ``slots.compare_slots``: below translation similarity), and only when the clause before the opener is a
statement of its own (``MAIN_MIN`` words). Round cj: a negation standing only after a semicolon that closes a statement
of its own, in a clause that names nothing the other side names and negates no act it states, against a side that tells
one clause (no semicolon or colon), is such a detail whatever the lengths («…, начался пожар; двух погибших детей
так и не опознали»): the clause is a second statement, which the other side need not tell.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.lang.resources import tsv

__all__ = ["attributive", "poles_outside_times", "negation_in_added_clause", "time_spans", "clause_around", "verbal", "negation_clusters",
           "opens_clause"]

#: The negating side tells at least this much more (in words of three letters or more) than the other.
LONGER = 1.3
#: The clause before the opener is a statement of its own: at least this many words of three letters or more.
MAIN_MIN = 5

_WORD = re.compile(r"[\w'’-]{3,}")


def time_spans(frame, text: str) -> tuple[tuple[int, int], ...]:
    """Where the times the frame read stand in ``text``."""
    out = []
    for ts in getattr(frame, "times", ()) or ():
        pos = ts.pos if ts.pos is not None and text[ts.pos:ts.pos + len(ts.text)] == ts.text else text.find(ts.text)
        if pos >= 0 and ts.text:
            out.append((pos, pos + len(ts.text)))
    return tuple(out)


def poles_outside_times(poles: dict, times: tuple[tuple[int, int], ...], text: str = "", lang: str = "en") -> dict:
    """``poles`` (concept -> (pole, words, span)) less those whose words stand inside a time, or right before one after
    a preposition of ``lang/{en,ru}/time_prepositions.tsv`` («в начале 1869 года»: a part of the time)."""
    return {c: v for c, v in poles.items()
            if not any(s <= v[2][0] and v[2][1] <= e or _leads_time(text, lang, v[2], s) for s, e in times)}


@lru_cache(maxsize=None)
def _time_preps(lang: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for row in tsv(f"{'ru' if lang == 'ru' else 'en'}/time_prepositions.tsv")
                     for w in row["word"].split("|") if w.strip())


def _leads_time(text: str, lang: str, span: tuple[int, int], time_start: int) -> bool:
    """The words at ``span`` follow a preposition of time and stand right before the time at ``time_start`` (at most
    "of the" between)."""
    if not text or span[1] > time_start:
        return False
    gap = re.findall(r"[\w'’-]+", text[span[1]:time_start])
    before = re.findall(r"[\w'’-]+", text[:span[0]])
    preps = _time_preps(lang)
    return len(gap) <= 2 and all(w.lower() in preps for w in gap) and bool(before) and before[-1].lower() in preps


def opens_clause(word: str, lang: str) -> bool:
    """``word`` opens a clause of its own (``lang/{en,ru}/clause_openers.tsv``: which, where; котор*, где)."""
    return bool(_openers(lang).fullmatch(word))


@lru_cache(maxsize=None)
def _openers(lang: str) -> re.Pattern:
    alts = []
    for row in tsv(f"{'ru' if lang == 'ru' else 'en'}/clause_openers.tsv"):
        for w in row["word"].split("|"):
            w = w.strip().lower()
            if w:
                alts.append(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w).replace(r"\ ", r"\s+"))
    alts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)


#: Punctuation that closes a clause ("-" only between spaces: «самому - невозможно»).
_CLAUSE_MARK = re.compile(r"[,;:.!?()—–]|\s-\s")


def clause_around(text: str, lang: str, span: tuple[int, int]) -> tuple[int, int]:
    """Round u: where the clause of the words at ``span`` stands: back to the last clause punctuation before them (a
    complementiser stays inside: "we do not think that they will confirm"), forward to the first clause punctuation or
    clause opener of ``lang/{en,ru}/clause_openers.tsv`` after them ("confirm the price until it is …")."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, span[0])), default=0)
    after = [m.start() for m in _CLAUSE_MARK.finditer(text, span[1])] + [m.start() for m in _openers(lang).finditer(text, span[1])]
    return start, min(after, default=len(text))


@lru_cache(maxsize=None)
def determiners(lang: str) -> frozenset[str]:
    rel = f"{'ru' if lang == 'ru' else 'en'}/noun_determiners.tsv"
    from crosscheck.lang.resources import path

    return frozenset(w.strip().lower() for row in tsv(rel) for w in row["word"].split("|") if w.strip()) if path(rel).exists() else frozenset()


def verbal(text: str, lang: str, span: tuple[int, int]) -> bool:
    """Round u: the word at ``span`` is a verb form, not a noun: Russian by its most likely parse (a finite verb, an
    infinitive, a participle or a gerund: «подтвердить», not «улучшения»); English unless a determiner of
    ``lang/en/noun_determiners.tsv`` stands right before it ("the improvement", "a victory")."""
    word = re.match(r"[\w'’-]+", text[span[0]:span[1]])
    if not word:
        return False
    if lang == "ru":
        from crosscheck.frame._lazy import parse_ru

        return parse_ru(word.group(0).lower())[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")
    before = re.findall(r"[\w'’-]+", text[max(0, span[0] - 30):span[0]])
    return not (before and before[-1].lower() in determiners(lang))


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def negation_in_added_clause(neg_text: str, neg_lang: str, spans: tuple[tuple[int, int], ...], pos_text: str,
                             ever: bool = True, pos_lang: str = "") -> bool:
    """Every negation of ``neg_text`` (at ``spans``) stands after a semicolon closing a statement of its own (``MAIN_MIN``
    words: round cj, any negation, when ``pos_text`` has no clause after a semicolon or a colon of its own, unless the
    clause negates an act of ``pos_text`` in ``pos_lang`` or names a name it names); or, for a negation of all time
    (``ever``), after the first clause opener, the negating side is at least ``LONGER`` times as long as ``pos_text``,
    the text before the opener is a statement of its own (``MAIN_MIN`` words), and cutting the clause from its opener to
    the end of the sentence brings the negating side closer to the other's length.  The caller asks only for paraphrases
    (below translation similarity): a translation tells every clause."""
    if not spans:
        return False
    first = min(s for s, _ in spans)
    semi = neg_text.rfind(";", 0, first)
    if semi > 0 and _words(neg_text[neg_text.rfind(";", 0, semi) + 1:semi]) >= MAIN_MIN:
        # round cj: a clause of its own after a semicolon («…, начался пожар; двух детей так и не опознали»), unless it
        # negates the act the other side states («…; маяк так и не был достроен» / "was completed in 1698") or names what
        # the other side names («…; до Мекки её так и не довели» / "from Damascus all the way to Mecca")
        from crosscheck.relate.acts import acts, negated_acts
        from crosscheck.relate.role_names import read_names, same_name

        if re.search(r"[;:](?=\s)", pos_text):
            return False  # the other side tells a clause there too: a translation's, not a detail only one side adds
        if not pos_lang:
            return True
        told = read_names(pos_text, pos_lang)
        return not (negated_acts(neg_text, neg_lang, spans) & acts(pos_text, pos_lang) or any(
            n.start > semi and any(same_name(n, o) for o in told) for n in read_names(neg_text, neg_lang)))
    if not ever:
        return False  # after a word that opens a clause, only a negation of all time ("…, yet it never freezes")
    opener = next((m for m in _openers(neg_lang).finditer(neg_text) if m.start() > 0 and m.end() <= first), None)
    if opener is None:
        return False
    full, other = _words(neg_text), _words(pos_text)
    if full < LONGER * max(other, 1):
        return False
    main = _words(neg_text[:opener.start()])
    return main >= MAIN_MIN and abs(main - other) < abs(full - other)


def negation_clusters(spans: tuple[tuple[int, int], ...], text: str) -> int:
    """Negations counted once per verb: words of negation with at most one word between are one ("никогда не было" = "never")."""
    n, end = 0, None
    for s, e in spans:
        if end is None or len(re.findall(r"[\w'’-]+", text[end:s])) > 1:
            n += 1
        end = e
    return n


def attributive(text: str, span: tuple[int, int], lang: str) -> bool:
    """Round bw: an English word right after a determiner (``lang/en/noun_determiners.tsv``) with a lower-case word after
    it is an adjective before its noun ("his reluctant coachman", "an unknown artist"), not the predicate ("he was
    reluctant", "the author is unknown")."""
    before = re.search(r"([\w'’]+)\s+$", text[:span[0]])
    return (lang == "en" and before is not None and before.group(1).lower() in determiners("en")
            and re.match(r"\s+[a-z][\w'’-]*", text[span[1]:]) is not None)
