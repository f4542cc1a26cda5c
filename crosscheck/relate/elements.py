"""Chemical elements named on each side (issue 10 round ay): "a new element, ytterbium" / «новый элемент — галлий»,
"electrons diffracted off a nickel crystal" / «кристалл вольфрама».  Each side's elements are read from
``lang/elements.tsv`` (lower-case names, Russian ones with their case endings); two sides that each name elements, none
in common, tell one thing as two elements: an entity clash.  Elements in common clash with nothing (an alloy of copper
and zinc against one of copper and tin stays unread)."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["element_clash", "elements"]

#: Russian case endings by the end of the nominative: «галлий» / «галлия», «медь» / «медью», «железо» / «железом»,
#: «платина» / «платины» (not «-ой»: «серой» is also grey), «свинец» / «свинца», «кислород» / «кислородом».
_RU_ENDINGS = (("ий", "(?:ий|ия|ию|ием|ии)"), ("ец", "(?:ец|ца|цу|цем|це)"), ("ь", "(?:ь|и|ью)"),
               ("о", "(?:о|а|у|ом|е)"), ("а", "(?:а|ы|е|у)"), ("", "(?:|а|у|ом|е)"))


def _ru_form(name: str) -> str:
    for end, endings in _RU_ENDINGS:
        if name.endswith(end):
            return re.escape(name[:len(name) - len(end)]) + endings
    return re.escape(name)


@lru_cache(maxsize=2)
def _table(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    from crosscheck.lang.resources import split, tsv

    forms: dict[str, str] = {}
    for row in tsv("elements.tsv"):
        for name in split(row[lang]):
            forms[_ru_form(name) if lang == "ru" else re.escape(name)] = row["key"]
    alts = sorted(forms, key=len, reverse=True)
    # an isotope's mass may follow a hyphen ("uranium-235", «эйнштейния-253»: round by)
    rx = re.compile(r"(?<![\w-])(" + "|".join(f"(?P<g{i}>{f})" for i, f in enumerate(alts)) + r")(?!\w)(?!-\D)", re.I)
    return rx, {f"g{i}": forms[f] for i, f in enumerate(alts)}


def elements(text: str, lang: str) -> dict[str, str]:
    """The elements ``text`` names, key -> the words as written (lower case only; an English name may open the
    sentence)."""
    return dict(_elements(text, "ru" if lang == "ru" else "en"))


@lru_cache(maxsize=16384)  # once per text: a claim meets many pairs
def _elements(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    rx, keys = _table(lang)
    out: dict[str, str] = {}
    for m in rx.finditer(text):
        word = m.group(0)
        if word != word.lower() and not (lang != "ru" and m.start() == 0):
            continue  # «Германия», "Mercury": another name
        key = keys[next(g for g, v in m.groupdict().items() if v is not None)]
        out.setdefault(key, word)
    return tuple(out.items())


#: Elements that name medals in a sentence with a word of a medal (``lang/medal_words.tsv``) or a medal won by its
#: colour ("won silver", «завоевал золото»: kind ``medal`` of ``lang/{en,ru}/ranks.tsv``, round ba).
_MEDAL_METALS = frozenset({"gold", "silver"})


@lru_cache(maxsize=2)
def _medal_rx(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    from crosscheck.relate.rank import medals

    words = [r["pattern"] for r in tsv("medal_words.tsv") if r["lang"] == lang]
    return re.compile("|".join(f"(?:{p})" for p in words + [rx.pattern for _, rx in medals(lang)]) or r"(?!x)x", re.I)


def element_clash(text_a: str, lang_a: str, text_b: str, lang_b: str):
    """An entity pair of unit "element" that clashes, when both sides name elements and none in common; else None."""
    from crosscheck.relate.slot_values import Slot, SlotPair

    ea, eb = elements(text_a, lang_a), elements(text_b, lang_b)
    if _medal_rx("en").search(text_a + " " + text_b) or _medal_rx("ru").search(text_a + " " + text_b):
        # either side about medals: "four gold medals" / «серебро в эстафете» name medals, not metals
        ea, eb = ({k: v for k, v in e.items() if k not in _MEDAL_METALS} for e in (ea, eb))
    if not ea or not eb or set(ea) & set(eb):
        return None
    ka, kb = sorted(ea)[0], sorted(eb)[0]
    return SlotPair("entity", Slot("entity", ea[ka], ka, "element"), Slot("entity", eb[kb], kb, "element"), False)
