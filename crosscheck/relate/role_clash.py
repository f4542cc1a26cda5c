"""A different entity in the same exclusive role is a clash (issue 10).

Two claims that state the same statement with the names set aside, the same role predicate on both sides
(``lang/{en,ru}/role_predicates.tsv``: the doer of a one-off act of creation, the place of a one-off act, the
subject of a superlative or of "the capital of"), and that each fill the predicate's argument with a name the other
side does not carry, of one kind, contradict each other: "The Sistine Chapel ceiling was painted by Michelangelo" /
«Потолок Сикстинской капеллы расписал Боттичелли».  Every other name must pair across the two sides (at most one
other leftover on each side, for titles translated word by word, and then only at paraphrase-level likeness), no side
may report speech or rank ("said", "one of the largest": ``role_veto.tsv``) and no side may negate.

Names are read here from the text, not only from the frame: capitalised runs (with name connectors: "da", "von"), a
Russian capitalised adjective with its head noun («Мариинском театре»: ``ru/venue_heads.tsv``), celestial bodies
(``en/celestial.tsv``) and gazetteer names; two names are one when a gazetteer or celestial key says so, else when the
consonant skeletons of two of their words agree (adjective endings and head nouns set aside: Mariinsky Theatre =
Мариинский театр, Tretyakov Gallery = Третьяковская галерея).

``role_clash(a, fa, b, fb, z, rel)`` returns a contradiction for such pairs and ``rel`` otherwise; it never turns a
contradiction into anything else.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from crosscheck.model import ClaimFrame, Evidence, Segment
from crosscheck.relate.types import PairRelation

__all__ = ["role_clash", "read_names", "role_arguments"]

#: Likeness (noise sigmas) needed when a name besides the argument is left over on both sides (a title translated word by
#: word: "Swan Lake" / «Лебединого озера»); with every other name paired, the same-statement test that sent the pair is enough.
#: Measured on ten rows written to tune it (one work with two authors: 6.7-7.9; two works with two authors: 5.5-5.7 or
#: unlinked): the same-statement level, ``Z_SAME``.
Z_LEFTOVER = 6.5
#: Below this likeness no role clash is read at all.
Z_MIN = 4.75

_CONNECT = {"en": r"da|de|di|du|del|della|von|van|der|den|la|le|al|bin|ibn|of|the|y", "ru": r"да|де|ди|дю|дель|делла|фон|ван|дер|ла|ле|аль|бин|ибн"}
_UPPER = {"en": r"[A-Z][\w'’.-]*", "ru": r"(?:[А-ЯЁ][\w'’-]*|[A-Z][\w'’.-]*)"}
_ADJ_RU = r"(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ей|ую|юю|ых|их|ые|ие)"
_QUOTES = re.compile(r"«[^»]{1,80}»|\"[^\"]{1,80}\"|“[^”]{1,80}”|„[^“”]{1,80}[“”]")
_LEAD = re.compile(r"^(?:The|A|An)\s+")
_ROMAN = re.compile(r"[IVXLCDM]+")


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    keys: frozenset[str]  # skeletons of its words
    canon: str | None  # a gazetteer or celestial key
    kind: str  # celestial, place, venue, title, name
    strong: bool  # a name in its own right (not a capitalised first word of the sentence)
    last: str = ""  # the skeleton of its last word when it has two or more (a person's surname), else ""


# --- data --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _predicates(lang: str) -> tuple[tuple[str, str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((r["concept"], r["role"], re.compile(r["pattern"], re.I)) for r in tsv(f"{lang}/role_predicates.tsv"))


@functools.lru_cache(maxsize=None)
def _vetoes(lang: str) -> tuple[re.Pattern, ...]:
    from crosscheck.lang.resources import tsv

    return tuple(re.compile(r["pattern"], re.I) for r in tsv(f"{lang}/role_veto.tsv"))


@functools.lru_cache(maxsize=1)
def _celestial() -> dict[str, str]:
    from crosscheck.lang.resources import split, tsv

    out = {}
    for r in tsv("en/celestial.tsv"):
        for form in split(r["en"]) + split(r["ru"]):
            out[form.lower().replace("ё", "е")] = r["key"]
    return out


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[re.Pattern, frozenset[str]]:
    from crosscheck.lang.resources import split, tsv

    rows = tsv("ru/venue_heads.tsv")
    stems = "|".join(r["stem"] for r in rows)
    en = frozenset(w.lower() for r in rows for w in split(r["en"]))
    return re.compile(rf"\b([А-ЯЁ][а-яё]+{_ADJ_RU})\s+((?:{stems})[а-яё]{{0,3}})\b"), en


# --- reading names -----------------------------------------------------------------------------------


def _lemma(word: str) -> str:
    from crosscheck.frame.names import lemma_ru

    return lemma_ru(word) if re.search("[а-яё]", word, re.I) else word


def _word_key(word: str, venue: bool) -> str:
    """"skeleton|fold" of one word of a name: the project's consonant skeleton, and a plainer fold of the spelling that keeps
    a soft c apart from k (Sicily / Сицилия: the skeleton reads "skl" / "szl", the fold "sl" / "sl")."""
    from crosscheck.lang.translit import skeleton

    w = _lemma(word).lower().replace("ё", "е")
    if venue:  # Mariinsky / Мариинский, Tretyakov / Третьяковская, Russian / Русский: the stem of the adjective
        w = re.sub(r"(?<=\w{3})(?:ск|цк|sk|ck)?(?:ий|ый|ой|ая|ое|ее|яя|ого|ом|ей|ую|ian|iy|ii|yi|y|i)?$", "", w) or w
    sk = skeleton(w)
    return f"{sk}|{_fold(w)}" if sk else ""


def _fold(word: str) -> str:
    from crosscheck.lang.translit import fold_latin, is_cyrillic, translit

    w = translit(word) if is_cyrillic(word) else fold_latin(word)
    w = re.sub(r"[^a-z]", "", w.lower())
    w = re.sub(r"c(?=[eiy])", "s", w)
    for a, b in (("sch", "sh"), ("ck", "k"), ("ts", "s"), ("tz", "s"), ("ph", "f"), ("th", "t"), ("kh", "h"), ("w", "v"), ("x", "ks"),
                 ("q", "k"), ("z", "s"), ("c", "k"), ("j", "y")):
        w = w.replace(a, b)
    if not w:
        return ""
    out = w[0] if w[0] not in "aeiouy" else "a"
    for ch in w[1:]:
        if ch not in "aeiouy" and ch != out[-1]:
            out += ch
    return out


def _canon(text: str) -> str | None:
    from crosscheck.lang.gazetteer import lookup

    low = text.lower().replace("ё", "е")
    if low in _celestial():
        return "sky:" + _celestial()[low]
    lem = " ".join(_lemma(w) for w in text.split()).lower().replace("ё", "е")
    if lem in _celestial():
        return "sky:" + _celestial()[lem]
    hit = lookup(text) or (lookup(lem) if lem != low else None)
    return hit[1] if hit else None


def _first_word_strong(word: str, lang: str) -> bool:
    """A capitalised first word of the sentence that is a name in its own right (the dictionary names it, or does not know it)."""
    if lang != "ru" or not re.search("[а-яё]", word, re.I):
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word)[:2]
    return not parses or any({"Name", "Surn", "Geox", "Orgn"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses)


def read_names(text: str, lang: str) -> list[Name]:
    """The names a claim carries, in order (see the module docstring)."""
    lang = "ru" if lang == "ru" else "en"
    rx_heads, en_heads = _heads()
    quoted = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
    first = re.match(r"[\s«\"“„'(]*", text).end()
    names: list[Name] = []
    taken: list[tuple[int, int]] = []
    if lang == "ru":
        for m in rx_heads.finditer(text):
            keys = frozenset({_word_key(m.group(1), True)})
            names.append(_name(m.group(0), m.start(), m.end(), keys, "venue", first, quoted))
            taken.append((m.start(), m.end()))
    run = rf"{_UPPER[lang]}(?:\s+(?:(?:{_CONNECT[lang]})\s+)*{_UPPER[lang]})*"
    for m in re.finditer(run, text):
        s, e, t = m.start(), m.end(), m.group(0)
        if any(s < te and ts < e for ts, te in taken):
            continue
        lead = _LEAD.match(t)
        if lead and e - s > lead.end():
            s, t = s + lead.end(), t[lead.end():]
            first_word = False
        else:
            first_word = s == first
            head = re.match(r"\S+\s+", t)
            if first_word and head and lang == "ru" and not _first_word_strong(t.split()[0], lang):
                s, t, first_word = s + head.end(), t[head.end():], False  # «Столица Канады»: a common noun opening the sentence
        if t.endswith(".") and not re.search(r"\b\w\.$", t):
            e, t = e - 1, t[:-1]  # the sentence's full stop, not an initial ("J.")
        words = [w for w in t.split() if not re.fullmatch(_CONNECT[lang], w)]
        if all(_ROMAN.fullmatch(w) for w in words):
            continue  # a century or a regnal number ("XVI"), not a name
        venue = len(words) >= 2 and words[-1].lower() in en_heads
        core = words[:-1] if venue else words
        parts = [k for k in (_word_key(w, venue) for w in core if not _ROMAN.fullmatch(w)) if k]
        if not parts:
            continue
        name = _name(t, s, e, frozenset(parts), "venue" if venue else None, -1 if not first_word else s, quoted,
                     strong_first=len(words) >= 2 or _first_word_strong(t, lang))
        full = len(parts) >= 2 and name.kind == "name" and not _epithet(words, lang)
        names.append(dataclasses.replace(name, last=parts[-1]) if full else name)
    return sorted(names, key=lambda n: n.start)


def _epithet(words: list[str], lang: str) -> bool:
    """A ruler's name with an epithet or number rather than a surname ("Peter the Great", «Пётр Первый», «Екатерина Великая»):
    translated, not transliterated, so its last word says nothing."""
    if lang == "en":
        return "the" in words or bool(_ROMAN.fullmatch(words[-1]))
    if _ROMAN.fullmatch(words[-1]):
        return True
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(words[-1])[:1]
    return bool(parses) and str(parses[0].tag).startswith("ADJF")


def _name(text: str, s: int, e: int, keys: frozenset[str], kind: str | None, first: int, quoted, strong_first: bool = False) -> Name:
    canon = _canon(text)
    if any(qs <= s and e <= qe for qs, qe in quoted):
        kind = "title"
    elif kind is None:
        kind = "celestial" if canon and canon.startswith("sky:") else "place" if canon else "name"
    strong = s != first or strong_first or canon is not None
    return Name(text, s, e, keys, canon, kind, strong)


def same_name(x: Name, y: Name) -> bool:
    """Two names of one entity: the same gazetteer or celestial key, else two words with one consonant skeleton."""
    if x.canon and y.canon:
        return x.canon == y.canon
    if x.last and y.last:  # two full names: one person only with one surname (Alexander Fleming is no Александр Попов)
        return _keys_close(x.last, y.last)
    return any(_keys_close(p, q) or (x.kind == y.kind == "venue" and _venue_close(p.partition("|")[0], q.partition("|")[0]))
               for p in x.keys for q in y.keys)


def _venue_close(p: str, q: str) -> bool:
    """Sistine / Сикстинская: a venue's adjective spelled with a consonant more (one skeleton inside the other)."""
    return min(len(p), len(q)) >= 3 and (_subsequence(p, q) or _subsequence(q, p))


def _keys_close(p: str, q: str) -> bool:
    """Two word keys ("skeleton|fold") of one word: equal skeletons or folds, or four letters or more one edit apart or one a
    prefix of the other (an adjective's stem: "trtkv" / "trtkvsk")."""
    from crosscheck.relate.name_keys import _edits

    def close(x: str, y: str) -> bool:
        return (x == y and len(x) >= 2) or (min(len(x), len(y)) >= 4 and (_edits(x, y) <= 1 or x.startswith(y) or y.startswith(x)))

    (ps, _, pf), (qs, _, qf) = p.partition("|"), q.partition("|")
    return close(ps, qs) or close(pf, qf)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


# --- arguments of a role -----------------------------------------------------------------------------


def role_arguments(text: str, lang: str, names: list[Name] | None = None) -> dict[str, tuple[str, Name]]:
    """concept -> (role, the name filling the predicate's exclusive argument), for each role predicate the text states."""
    lang = "ru" if lang == "ru" else "en"
    names = read_names(text, lang) if names is None else names
    out: dict[str, tuple[str, Name]] = {}
    for concept, role, rx in _predicates(lang):
        for m in rx.finditer(text):
            arg = _argument(text, lang, role, m, [n for n in names if n.kind != "title"])
            if arg is not None:
                out.setdefault(concept, (role, arg))
                break
    return out


def _after(text: str, names: list[Name], pos: int, gap: str) -> Name | None:
    return next((n for n in names if n.start >= pos and re.fullmatch(gap, text[pos:n.start])), None)


def _before(text: str, names: list[Name], pos: int, gap: str) -> Name | None:
    return next((n for n in reversed(names) if n.end <= pos and re.fullmatch(gap, text[n.end:pos])), None)


def _argument(text: str, lang: str, role: str, m: re.Match, names: list[Name]) -> Name | None:
    if role == "agent":
        if lang == "en":
            by = _after(text, names, m.end(), r"\s+by\s+(?:the\s+)?")
            return by or _before(text, names, m.start(), r"\s+(?:(?:first|also|later|originally|himself|herself)\s+)?")
        return _after(text, names, m.end(), r"\s+") or _before(text, names, m.start(), r"\s+")
    if role == "passive":
        return _after(text, names, m.end(), r"\s+")
    if role == "place":
        return _after(text, names, m.end(), r"\s+(?:the\s+)?" if lang == "en" else r"\s+")
    # copula: the name on the other side of "is" / the dash
    if lang == "en":
        end = _after(text, names, m.end(), r".{0,80}?\b(?:is|was|remains)\s+(?:the\s+)?")
        if end is not None and re.fullmatch(r"[\s.!]*", text[end.end:]):
            return end
        return _before(text, names, m.start(), r"\s+(?:is|was|remains)\s+(?:now\s+|still\s+|also\s+)?")
    end = _after(text, names, m.end(), r"[^—–.]{0,80}?\s[—–]\s*")
    if end is not None and re.fullmatch(r"[\s.!]*", text[end.end:]):
        return end
    return _before(text, names, m.start(), r"\s*[—–]\s*(?:это\s+)?|\s+(?:является|являлся|являлась|остаётся|остается)\s+")


# --- the decision ------------------------------------------------------------------------------------

_KINDS = {"agent": ({"name"},), "passive": ({"name"},), "place": ({"name", "place"}, {"venue"}), "copula": ({"name", "place"}, {"celestial"}, {"venue"})}
_WHAT = {"create": "author", "found": "founder", "discover": "discoverer or inventor", "born": "birthplace",
         "premiere": "venue of the premiere", "kept": "place where it is kept", "superlative": "subject of the superlative",
         "capital": "capital"}


def _kinds_agree(role: str, x: Name, y: Name) -> bool:
    return any(x.kind in group and y.kind in group for group in _KINDS[role])


def _adjectival(n: Name) -> bool:
    """A Russian name opened by an adjective with no head noun this module knows («Ладожское озеро», «Каспийское море»): its key
    is the adjective's stem, which need not spell the English name ("Lake Ladoga"), so it never stands in a clash."""
    if n.kind not in ("name", "place") or n.canon or not re.match(r"[А-ЯЁ]", n.text):
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(n.text.split()[0])[:1]
    return bool(parses) and str(parses[0].tag).startswith("ADJF")


def _nested(x: Name, y: Name) -> bool:
    """A country or world region against a town: places of different size, never a clash."""
    from crosscheck.lang.gazetteer import is_country
    from crosscheck.relate.name_keys import is_region

    def big(n: Name) -> bool:
        return bool(n.canon) and (is_country(n.canon) or is_region(n.canon))

    return big(x) != big(y)


def find_role_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, z: float) -> tuple[str, Name, Name] | None:
    """(concept, name of a, name of b) when the two texts fill one exclusive role with different names."""
    from crosscheck.relate.negation import negation_info

    if z < Z_MIN:
        return None
    if any(rx.search(t) for t, l in ((text_a, lang_a), (text_b, lang_b)) for rx in _vetoes("ru" if l == "ru" else "en")):
        return None
    stated_a = {c for c, _, rx in _predicates("ru" if lang_a == "ru" else "en") if rx.search(text_a)}
    if not stated_a & {c for c, _, rx in _predicates("ru" if lang_b == "ru" else "en") if rx.search(text_b)}:
        return None  # no role predicate on both sides: the names need not be read
    names_a, names_b = read_names(text_a, lang_a), read_names(text_b, lang_b)
    args_a, args_b = role_arguments(text_a, lang_a, names_a), role_arguments(text_b, lang_b, names_b)
    common = sorted(set(args_a) & set(args_b))
    if not common:
        return None
    if negation_info(text_a, lang_a).negated or negation_info(text_b, lang_b).negated:
        return None
    for concept in common:
        (role, x), (_, y) = args_a[concept], args_b[concept]
        if any(same_name(x, n) for n in names_b) or any(same_name(y, n) for n in names_a):
            continue  # the other side names it too
        if not _kinds_agree(role, x, y) or _nested(x, y) or _adjectival(x) or _adjectival(y):
            continue
        left_a = [n for n in names_a if n is not x and (n.strong or n.kind == "title") and not any(same_name(n, o) for o in names_b)]
        left_b = [n for n in names_b if n is not y and (n.strong or n.kind == "title") and not any(same_name(n, o) for o in names_a)]
        if len(left_a) > 1 or len(left_b) > 1 or (len(left_a) + len(left_b) == 1):
            continue  # the statements differ in another name: two statements, not one told with another name
        if left_a and left_b and (z < Z_LEFTOVER or any(n.canon for n in left_a + left_b)):
            continue  # a known place on one side only is another scope ("the largest city in Russia" / «Европы»), not a title
        return concept, x, y
    return None


def role_clash(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float, rel: PairRelation) -> PairRelation:
    """``rel``, or a contradiction when the two claims fill one exclusive role with different names."""
    if rel.relation not in ("agree", "related") or a.kind == "opinion" or b.kind == "opinion":
        return rel
    try:
        hit = find_role_clash(a.text, a.lang, b.text, b.lang, z)
    except Exception:  # a reading error must not lose the decision already made
        return rel
    if hit is None:
        return rel
    from crosscheck.relate.confidence import confidence
    from crosscheck.relate.names import doc_label

    concept, x, y = hit
    x, y = dataclasses.replace(x, text=_display(x)), dataclasses.replace(y, text=_display(y))
    la, lb = doc_label(a), doc_label(b)
    what = _WHAT.get(concept, "entity in the same role")
    ev = (Evidence("role-clash", f"{x.text} vs {y.text} ({what})", x.text, y.text),)
    text = f"The same statement with a different {what}: {la} says {x.text}; {lb} says {y.text}."
    return PairRelation(a, b, "contradict", confidence("contradict", ev, z), text, ev)


def _display(name: Name) -> str:
    """A Russian name in the nominative for the explanation («Екатериной II» -> «Екатерина II»); venues and titles as written."""
    if name.kind in ("venue", "title") or not re.search("[а-яё]", name.text, re.I):
        return name.text
    from crosscheck.frame.names import lemma_ru

    def one(word: str) -> str:
        if not re.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
            return word
        lem = lemma_ru(word, "Geox" if name.kind == "place" else "Name")
        if not lem or lem[:1].lower() != word[:1].lower():
            return word
        return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(lem.split("-"), word.split("-")))

    try:
        return " ".join(one(w) for w in name.text.split())
    except Exception:  # the explanation keeps the form as written
        return name.text
