"""Another rank of one subject in one ranking is a clash (issue 10, round t).

"Klyuchevskaya Sopka is the tallest mountain on Kamchatka" / «Ключевская сопка — лишь третья по высоте вершина Камчатки»: one side
gives its subject the first place of a ranking by a superlative ("the largest", «самый высокий», «крупнейший»), the
other another place by an ordinal with a superlative or a ranking ("the third heaviest", "second-busiest", "ranks only
fifth", "in fourth place", «третий по площади», «второй крупнейший», «четвёртое место», «финишировал вторым»); a win of a
contest is the first place ("won the 400 metres hurdles", «выиграл»: kind ``win``, round ax); a superlative after "among" or
«среди» is the ranking's scope, no rank.  The words are data (``lang/{en,ru}/ranks.tsv``).  A clash needs one
rank on each side (a claim with two ranks ranks two things), the same subject (the first name each side states), no
claim of speech or membership ("one of the largest", «один из крупнейших»: kind ``veto``), no negation, and the
agreement likeness ``Z_AGREE``.  Failing that, an ordinal before a noun of a class counted in order ("the first
country to land on the Moon" / «четвёртой страной», "the fiftieth state" / «49-м штатом», "the first female prime
minister" / «второй женщиной»: kind ``category`` of ``ranks.tsv``) gives the place: one class and one place on each
side, two places, the same name right before each ordinal ("India became the first" / «Индия стала четвёртой»).
"""

from __future__ import annotations

import functools
import re

from crosscheck.frame.numerals import RU_ORDINAL_END, ordinal_value, ordinal_words
from crosscheck.relate.thresholds import Z_AGREE

__all__ = ["ranks", "find_rank_clash"]


#: The endings of a Russian ordinal adjective after its stem («трет-ьей», «четвёрт-ой», «втор-ая»): «вторник», «пятно»,
#: «десятки» are no ordinals.  The ordinal words themselves are the number words' (``lang/{en,ru}/numbers.tsv``).
_RU_ADJ = RU_ORDINAL_END


@functools.lru_cache(maxsize=None)
def _rx(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int]]:
    """(rank-N pattern, rank-1 pattern, a scope preposition ending a text, ordinal word or stem -> number)."""
    from crosscheck.lang.resources import tsv

    rows = tsv(f"{lang}/ranks.tsv")
    ords = {w: v for w, v in ordinal_words(lang) if v != 1}  # the first place is a superlative's ("the largest")
    sup = "|".join(r["word"] for r in rows if r["kind"] == "superlative")
    ordinal = "|".join(ords)
    win = "|".join(r["word"] for r in rows if r["kind"] == "win")  # round ax: a win is the first place ("won the race")
    if lang == "ru":
        by = "|".join(r["word"] for r in rows if r["kind"] == "by")
        place = "|".join(r["word"] for r in rows if r["kind"] == "place")
        verbs = "|".join(r["word"] for r in rows if r["kind"] == "ranks")
        n_rx = (rf"(?<![\w-])(?P<ord>{ordinal}){_RU_ADJ}\s+(?:(?:{by})\s+[а-яё]+|(?:{place})|(?:{sup}))(?![\w-])"
                rf"|(?<![\w-])(?:{verbs})\s+(?:лишь\s+|только\s+|всего\s+)?(?P<ord2>{ordinal}){_RU_ADJ}(?![\w-])"
                rf"|(?<![\w.,-])(?P<num>\d{{1,3}})-(?:й|го|е|ое|ого|ом|м|му)\s+(?:{place})(?![\w-])")  # «до 5-го места» (round ch),
        # «212-е место» (round cm)
        one_rx = rf"(?<![\w-])(?:{sup}|{win})(?![\w-])"
    else:
        verbs = "|".join(r["word"] for r in rows if r["kind"] == "ranks")
        place = "|".join(r["word"] for r in rows if r["kind"] == "place")
        n_rx = (rf"\b(?P<ord>{ordinal})(?:[\s-]+|[\s-]+most\s+)(?:{sup}|{place})\b"
                rf"|\b(?:{verbs})\s+(?:only\s+|just\s+|a\s+mere\s+)?(?:(?P<ord2>{ordinal})|(?P<num2>\d{{1,3}})(?:st|nd|rd|th))\b"
                rf"|(?<![\w.,-])(?P<num>\d{{1,3}})(?:st|nd|rd|th)[\s-]+(?:{place})\b")  # "5th place" (round ch), "ranked
        # only 112th" (round cm)
        one_rx = rf"(?:\bthe\s+(?:[\w-]+'s\s+)?|'s\s+)(?:{sup})\b|\b(?:{win})"
    scope = "|".join(r["word"] for r in rows if r["kind"] == "scope")
    return re.compile(n_rx, re.I), re.compile(one_rx, re.I), re.compile(rf"(?:{scope})\s+(?:the\s+)?$", re.I), ords


@functools.lru_cache(maxsize=None)
def _ordinal_rx(lang: str) -> tuple[re.Pattern, dict[str, int], tuple[tuple[str, re.Pattern], ...]]:
    """(an ordinal before at most two words and a category noun, ordinal word or stem -> number, (class, noun pattern))."""
    from crosscheck.lang.resources import tsv

    rows = tsv(f"{lang}/ranks.tsv")
    ords = dict(ordinal_words(lang)) | {r["word"]: int(r["value"]) for r in rows if r["kind"] == "debut"}  # round br
    cats = tuple((r["value"], re.compile(rf"(?:{r['word']})", re.I)) for r in rows if r["kind"] == "category")
    nouns = "|".join(r["word"] for r in rows if r["kind"] == "category")
    words = "|".join(ords)
    if lang == "ru":
        rx = (rf"(?<![\w-])(?:(?P<ord>(?:{words}){_RU_ADJ})|(?P<num>\d{{1,3}})-?(?:[а-яё]{{1,3}}))\s+"
              rf"(?:[а-яё-]+\s+){{0,2}}?(?P<cat>{nouns})(?!\w)(?!-[а-яё]+\s+(?:по|из)\b)")
    else:
        rx = (rf"\b(?:(?P<ord>{words})|(?P<num>\d{{1,3}})(?:st|nd|rd|th))\s+(?:[\w.-]+\s+){{0,2}}?(?P<cat>{nouns})\b")
    return re.compile(rx, re.I), ords, cats


def ordinals(text: str, lang: str) -> frozenset[tuple[str, int]]:
    """(class, place) for each ordinal before a category noun: "the fourth country" ("country", 4), «49-м штатом»."""
    return frozenset((c, v) for c, v, _ in _ordinal_spans(text, "ru" if lang == "ru" else "en"))


@functools.lru_cache(maxsize=4096)
def _ordinal_spans(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    rx, ords, cats = _ordinal_rx(lang)
    out: list[tuple[str, int, int]] = []
    for m in rx.finditer(text):
        if m.group("num"):
            value = int(m.group("num"))
        else:
            word = m.group("ord").lower()
            value = next((v for w, v in ords.items() if re.fullmatch(rf"(?:{w}){_RU_ADJ if lang == 'ru' else ''}", word, re.I)), None)
            if value is None:
                continue
        cat = next((c for c, crx in cats if crx.fullmatch(m.group("cat"))), None)
        if cat is not None:
            out.append((cat, value, m.start()))
    return tuple(out)


#: "The last" as a place in an order: it clashes with "the first" only.
_LAST = 0
#: "The penultimate" (round av): it clashes with "the last" only.
_PENULT = -1


@functools.lru_cache(maxsize=None)
def _generic_rx(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(an ordinal word after a lead word, any ordinal word, the word of the last place, a time noun ending a text, the word
    of the place before the last), from kinds lead, last, time and penult of ``lang/{en,ru}/ranks.tsv`` and the ordinals of
    ``numbers.tsv``."""
    from crosscheck.lang.resources import tsv

    rows = tsv(f"{lang}/ranks.tsv")
    kind = {k: "|".join(r["word"] for r in rows if r["kind"] == k) for k in ("lead", "last", "penult", "time")}
    word = r"[а-яё]" if lang == "ru" else r"[a-z]"
    ords = "|".join(w for w, _ in ordinal_words(lang)) + "|" + kind["last"] + "|" + kind["penult"]
    end = _RU_ADJ if lang == "ru" else ""
    return (re.compile(rf"(?<![\w-])(?:{kind['lead']})\s+(?P<ord>{word}+)\s+(?:{word[:-1]}-]+\s+){{0,2}}?{word}+", re.I),
            re.compile(rf"(?<![\w-])(?:(?:{ords}){end}|{kind['last']})(?![\w-])", re.I),
            re.compile(rf"(?:{kind['last']})", re.I), re.compile(rf"(?<![\w-])(?:{kind['time']})[.,;:]?$", re.I),
            re.compile(rf"(?:{kind['penult']})", re.I))


@functools.lru_cache(maxsize=4096)
def _generic_ordinals(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """Ordinals before any noun ("Appenzell was the first Swiss canton", «стал последним швейцарским кантоном"), of one
    class ``thing``; "last" / «последний» is ``_LAST``."""
    generic, any_ordinal, last, time, penult = _generic_rx(lang)
    places = [m for m in any_ordinal.finditer(text)
              if not any(time.search(w) for w in text[m.end():].split()[:3])]  # "the fourteenth century" is a time
    if len(places) > 1:
        return ()  # "first on the continent, second in the world": which place is whose is not read
    out = []
    for m in generic.finditer(text):
        if time.search(m.group(0)):
            continue  # "the fourteenth century", «второй раз»: a time, no place in an order
        word = m.group("ord").lower()
        value = _LAST if last.fullmatch(word) else _PENULT if penult.fullmatch(word) else ordinal_value(word)
        if value is not None:
            out.append(("thing", value, m.start("ord")))
    return tuple(out)


def _subject_before(text: str, lang: str, pos: int):
    """The name nearest before ``pos`` ("India became the first country": India), or None; a name in a prepositional
    phrase is no subject ("the Tajumulco volcano in Guatemala is the highest": round al)."""
    from crosscheck.relate.role_clash import in_phrase, read_names

    names = read_names(text, lang)
    before = [n for n in names if n.end <= pos and not in_phrase(text, n)]
    if not before and not text[:pos].strip(" «\"“„'("):
        # an ordinal opening the sentence ranks the owner named right after its noun («Третий роман Элизабет Гаскелл»,
        # «Вторая симфония Брамса»: round bi)
        return _owner_after(text, lang, pos)
    return before[-1] if before else None


def _owner_after(text: str, lang: str, pos: int):
    """The name right after the ordinal at ``pos`` and its noun, the owner the thing counts among («третий роман
    Жан-Поля Сартра»: round bv; «Вторая симфония Брамса»), or None."""
    from crosscheck.relate.role_clash import read_names

    m = re.match(r"\S+\s+[^\W\d_]+\s+", text[pos:])
    return next((n for n in read_names(text, lang) if m and n.start == pos + m.end() and n.kind == "name"), None)


def ranks(text: str, lang: str) -> frozenset[int]:
    """The ranks a text gives: 1 for a superlative, N for an ordinal with a superlative or a ranking."""
    return frozenset(v for v, _ in _rank_spans(text, "ru" if lang == "ru" else "en"))


@functools.lru_cache(maxsize=4096)
def _rank_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """(rank, where its words start) for each rank the text gives."""
    n_rx, one_rx, scope, ords = _rx(lang)
    out: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    for m in n_rx.finditer(text):
        word = (m.group("ord") or (m.groupdict().get("ord2") or "")).lower()
        num = m.group("num") or m.groupdict().get("num2")
        value = int(num) if num else next((v for w, v in ords.items() if re.fullmatch(w, word, re.I)), None)
        if value is not None:
            out.append((value, m.start()))
            spans.append(m.span())
    for value, rx in medals(lang, ("medal", "chart")):  # round ba: a medal's place on the podium («завоевал бронзу»: 3, not a
        # win); round bh: a place on a record chart
        for m in rx.finditer(text):
            out.append((value, m.start()))
            spans.append(m.span())
    for m in one_rx.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
            continue
        if scope.search(text[max(0, m.start() - 12):m.start()]):
            continue  # the scope of a ranking ("fourth among the largest", «четвёртое место среди крупнейших»)
        out.append((1, m.start()))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def medals(lang: str, kinds: tuple[str, ...] = ("medal",)) -> tuple[tuple[int, re.Pattern], ...]:
    """(place, pattern) of each medal won (kind ``medal`` of ``lang/{en,ru}/ranks.tsv``: gold 1, silver 2, bronze 3), or of
    each row of ``kinds`` (``chart``: a place on a record chart, "peaked at number three", «возглавила хит-парад»: round bh)."""
    from crosscheck.lang.resources import tsv

    return tuple((int(r["value"]), re.compile(r["word"], re.I)) for r in tsv(f"{lang}/ranks.tsv") if r["kind"] in kinds)


def _won(text: str, lang: str) -> bool:
    """The text states a win of a contest (kind ``win`` of ``lang/{en,ru}/ranks.tsv``: "won the Australian Open")."""
    return _win_rx("ru" if lang == "ru" else "en").search(text) is not None


@functools.lru_cache(maxsize=None)
def _win_rx(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    return re.compile("|".join(f"(?:{r['word']})" for r in tsv(f"{lang}/ranks.tsv") if r["kind"] == "win"), re.I)


@functools.lru_cache(maxsize=None)
def _veto(lang: str) -> re.Pattern | None:
    from crosscheck.lang.resources import tsv

    words = [r["word"] for r in tsv(f"{lang}/ranks.tsv") if r["kind"] == "veto"]
    return re.compile("|".join(words), re.I) if words else None


def _first_entity(frame) -> str | None:
    ents = [e for e in (frame.entities if frame is not None else ()) if e.key and e.start is not None and not e.coref]
    return min(ents, key=lambda e: e.start).key if ents else None


def _same_subject(text_a: str, lang_a: str, text_b: str, lang_b: str, fa, fb) -> bool:
    """The first name each text states is one name (read from the text, or the first entity of each frame)."""
    from crosscheck.relate.name_keys import keys_close
    from crosscheck.relate.role_clash import read_names, same_name

    # a function word opening the sentence ("At 632 metres, the Shanghai Tower …") is no name (round x); a weak first word
    # ("First run in 1897, the Boston Marathon …", "Luzon, home to …") may be the subject or not: the name after it is
    # tried too (round y)
    names_a, names_b = _named(read_names(text_a, lang_a), lang_a), _named(read_names(text_b, lang_b), lang_b)
    firsts_a = _first(names_a, lang_a) + _after_dash(text_a, lang_a, names_a)
    firsts_b = _first(names_b, lang_b) + _after_dash(text_b, lang_b, names_b)
    if names_a and names_b and any(same_name(x, y) for x in firsts_a for y in firsts_b):
        return True
    ka, kb = _first_entity(fa), _first_entity(fb)
    return bool(ka and kb and keys_close(ka, kb))


def _named(names: list, lang: str) -> list:
    """The names of a text but a people's adjective ("the Swedish novelist Selma Lagerlöf": round ae) and, in English, a
    function word capitalised because it opens the sentence ("At 632 metres, …")."""
    from crosscheck.relate.role_clash import _demonym

    names = [n for n in names if not _demonym(n)]
    if lang == "ru":
        return names
    from crosscheck.lang.resources import words

    stop = words("en/stopwords.tsv")
    return [n for n in names if n.text.lower() not in stop]


def _first(names: list, lang: str) -> list:
    """The first name, and the second when the first is weak and opens the sentence: one word ("First", "Luzon", a Russian
    common noun: «Лайнер „Куин Мэри 2“», round ab) or Russian words in lower case after the first («Национальный парк
    Науэль-Уапи»: round bs)."""
    if not names:
        return []
    lower = " " in names[0].text and not all(w[:1].isupper() for w in names[0].text.split()[1:])
    weak = names[0].start == 0 and not names[0].strong and (" " not in names[0].text or lower)
    return names[:2] if weak else names[:1]


def _after_dash(text: str, lang: str, names: list) -> list:
    """The name right after the first dash of a sentence that opens with its rank («Самое глубокое озеро Швеции —
    Хорнаван»: the subject follows the dash; round bs), or nothing."""
    dash = re.search(r"\s[—–]\s", text)
    if dash is None or not any(at < dash.start() for _, at in _rank_spans(text, "ru" if lang == "ru" else "en")):
        return []
    return [n for n in names if n.start >= dash.end()][:1]


def _ordinal_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, agreed: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    from crosscheck.relate.role_clash import same_name
    from crosscheck.relate.rulers import same_ruler

    la, lb = "ru" if lang_a == "ru" else "en", "ru" if lang_b == "ru" else "en"
    oa, ob = _ordinal_spans(text_a, la), _ordinal_spans(text_b, lb)
    # no class noun on a side: one ordinal before any noun, of any class ("the first Swiss canton" / «последним
    # швейцарским кантоном», "the second player" / «первым лидером»: round am)
    oa, ob = oa or _generic_ordinals(text_a, la), ob or _generic_ordinals(text_b, lb)
    if len({(c, v) for c, v, _ in oa}) != 1 or len({(c, v) for c, v, _ in ob}) != 1:
        return None
    (ca, va, pa), (cb, vb, pb) = oa[0], ob[0]
    if (ca != cb and "thing" not in (ca, cb)) or va == vb or _vetoed(text_a, la) or _vetoed(text_b, lb):
        return None
    if "thing" in (ca, cb) and {va, vb} & agreed:
        return None  # round cm: a place both sides give ("ranked only 396th" / «396-е место») against an ordinal before any
        # noun ("his first major")
    if {va, vb} & {_LAST, _PENULT} and {va, vb} not in ({_LAST, 1}, {_LAST, _PENULT}):
        return None  # "the last" and "the fifth" may be one place; "the last" and "the first" are not, nor the last and the
        # penultimate (round av)
    from crosscheck.relate.negation import negation_info

    if negation_info(text_a, lang_a).negated or negation_info(text_b, lang_b).negated:
        return None
    sa, sb = _subject_before(text_a, la, pa), _subject_before(text_b, lb, pb)
    if ca == cb == "work":  # a work counts among its author's («третий роман Жан-Поля Сартра» / "Sartre's first novel")
        sa, sb = _owner_after(text_a, la, pa) or sa, _owner_after(text_b, lb, pb) or sb
    if (sa is None or sb is None or not (same_name(sa, sb) or same_ruler(sa.text, sb.text))) and not _same_subject(text_a, lang_a, text_b, lang_b, None, None):
        # the name nearest before each ordinal, else the first name of each sentence («Сельма Лагерлёф, получившая
        # Нобелевскую премию …, стала второй женщиной»: the nearest name is the prize's; round ae)
        return None
    return va, vb


def _ranked_name(text_a: str, lang_a: str, text_b: str, lang_b: str) -> bool:
    """Round ai: the name right before each side's one rank is one name ("rescued Continental Illinois, then the
    seventh-largest bank" / «банк «Континентал Иллинойс» — крупнейший»): the ranked subject in apposition, not the
    sentence's first name."""
    from crosscheck.relate.role_clash import same_name

    la, lb = "ru" if lang_a == "ru" else "en", "ru" if lang_b == "ru" else "en"
    sa, sb = _rank_spans(text_a, la), _rank_spans(text_b, lb)
    if len(sa) != 1 or len(sb) != 1:
        return False
    na, nb = _subject_before(text_a, la, sa[0][1]), _subject_before(text_b, lb, sb[0][1])
    return na is not None and nb is not None and same_name(na, nb)


def _vetoed(text: str, lang: str) -> bool:
    veto = _veto(lang)
    return veto is not None and bool(veto.search(text))


def find_rank_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, z: float, fa=None, fb=None) -> tuple[int, int] | None:
    """(rank of a, rank of b) when the two texts give one subject two ranks, else None (``fa``, ``fb``: their frames)."""
    if z < Z_AGREE:
        return None
    ra, rb = ranks(text_a, lang_a), ranks(text_b, lang_b)
    if 1 in ra & rb and len(ra - rb) == 1 and len(rb - ra) == 1 and _won(text_a, lang_a) and _won(text_b, lang_b):
        ra, rb = ra - rb, rb - ra  # round cm: a win both state leaves one rank each ("won … while ranked only 112th" /
        # «выиграл …, занимая в рейтинге лишь 212-е место»); a superlative shared is no win ("the largest by area")
    if len(ra) != 1 or len(rb) != 1 or ra == rb:
        # no superlative ranking told two ways: an ordinal of one class each ("the first country" / «четвёртой страной»)
        # the ranked subject is the name right before each ordinal (the clause's subject: "India became the first
        # country" / «Индия стала четвёртой страной»), not the first name of the sentence
        return _ordinal_clash(text_a, lang_a, text_b, lang_b, ra & rb)
    from crosscheck.relate.negation import negation_info

    if _vetoed(text_a, "ru" if lang_a == "ru" else "en") or _vetoed(text_b, "ru" if lang_b == "ru" else "en"):
        return None  # speech or membership ("one of the largest")
    if negation_info(text_a, lang_a).negated or negation_info(text_b, lang_b).negated:
        return None
    if not _same_subject(text_a, lang_a, text_b, lang_b, fa, fb) and not _ranked_name(text_a, lang_a, text_b, lang_b):
        return None  # not the same subject first, nor the same name right before each rank
    da, db = _dimensions(text_a, lang_a), _dimensions(text_b, lang_b)
    if da and db and not da & db and "any" not in da | db:
        return None  # round az: two measures, two rankings ("the longest lake" / «третье по площади»)
    return next(iter(ra)), next(iter(rb))


@functools.lru_cache(maxsize=2)
def _dimension_rx(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((r["dimension"], re.compile(r["pattern"], re.I)) for r in tsv("rank_dimensions.tsv") if r["lang"] == lang)


def _dimensions(text: str, lang: str) -> frozenset[str]:
    """The measures a text's ranking words name (``lang/rank_dimensions.tsv``): "longest" length, «по площади» area."""
    return frozenset(d for d, rx in _dimension_rx("ru" if lang == "ru" else "en") if rx.search(text))
