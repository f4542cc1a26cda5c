"""Two organisations told apart by their names (issue 10 round al).

Two claims of one statement that each name one organisation the other does not ("isolated HIV at the Curie Institute" / «в парижском Институте Пастера», "at the Polytechnic
University of Turin" / «в Миланском политехническом институте») name two organisations when the proper names that tell
each one apart differ. Only proper names count, never words a translator renders ("Free Software Foundation" /
«Фонд свободного программного обеспечения»): a Russian word is a proper name when the dictionary tags it a surname, a
given name, a place or an organisation, or indeclinable, or does not know it (an adjective by the word it is made from:
«Миланском» from «Милан», «Третьяковской» from «Третьяков»); an English word when it is capitalised and none of the words
names share (``lang/en/org_heads.tsv``, ``periodical_heads.tsv``, ``org_common_words.tsv``: "University", "National",
"Royal", "Magazine"). Acronyms are left out ("ЦАГИ" spells out what the other side writes in words), and so is every word
of ``lang/ru/org_common_words.tsv``. A demonym or a gazetteer name is read as its country or key ("Swiss" / «Швейцарский», "European Union" /
«Евросоюза»). Two names are one when their keys agree or their consonant skeletons do in any Russian reading of the
Latin spelling; a side with no proper name, or a name the other text writes anywhere, tells nothing, and so does a
report's source ("reported by Sky News" / «сообщает The Straits Times»: ``lang/{en,ru}/report_sources.tsv``).
"""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import tsv, words

__all__ = ["distinct_orgs"]

_WORD = re.compile(r"[A-Za-zÀ-ÿĀ-žА-Яа-яЁё][\w’'&-]*")
_RU_ADJ = re.compile(r"(?:ск|ов|ев|ин)(?:ий|ой|ая|ое|ие|ым|им|ом|ого|ому|ую|ых|ыми|ими|ый)$")
_PROPER_TAGS = {"Surn", "Name", "Patr", "Geox", "Orgn", "Fixd", "Trad"}


@functools.lru_cache(maxsize=1)
def _common() -> tuple[frozenset[str], tuple[str, ...]]:
    """(English head nouns and shared words, Russian stems of both)."""
    en = _en_heads() | frozenset(r["word"].lower() for r in tsv("en/org_common_words.tsv"))
    return en, tuple(r["stem"].lower() for r in tsv("ru/org_common_words.tsv"))


@functools.lru_cache(maxsize=1)
def _en_heads() -> frozenset[str]:
    # a periodical's head ("Magazine", "Review": ``en/periodical_heads.tsv``, round ch) tells no periodical from another
    return frozenset(w.lower() for w in words("en/org_heads.tsv") | words("en/periodical_heads.tsv"))


@functools.lru_cache(maxsize=1)
def _ru_heads() -> tuple[str, ...]:
    return tuple(r["stem"].lower() for r in tsv("ru/org_common_words.tsv") if r["kind"] == "head")


def _proper_ru(word: str) -> bool:
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word.lower())
    if not parses or not any(getattr(p, "is_known", True) for p in parses):
        return True
    tags = [set(str(p.tag).replace(" ", ",").split(",")) for p in parses]
    return not any("Abbr" in t for t in tags) and any(t & _PROPER_TAGS for t in tags)


@functools.lru_cache(maxsize=8192)
def _names(text: str) -> tuple[str, ...]:
    """The proper names in a text, as keys (a country, a gazetteer key) or as words (a Russian adjective by its stem)."""
    from crosscheck.frame.names import lemma_ru
    from crosscheck.lang.gazetteer import demonym_country, lookup

    en, ru = _common()
    out: list[str] = []
    toks = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(text)]
    for i, w in enumerate(toks):
        low = w.lower()
        if len(w) < 3 or (w.isupper() and len(w) <= 6):
            continue  # an acronym
        hit = next((h for n in (3, 2) if i + n <= len(toks) and (h := lookup(" ".join(toks[i:i + n])))), None)
        if hit is None and (low in en or low.startswith(ru)):
            continue
        if hit is None and w[:1].isupper():
            hit = lookup(w) or (lookup(lemma_ru(w, "Geox")) if re.search("[а-яё]", low) else None)
        country = demonym_country(w)
        if hit is not None or country:
            out.append("=" + (hit[1] if hit is not None else country))
            continue
        if re.search("[а-яё]", low):
            if not w[:1].isupper():
                continue
            stem = _RU_ADJ.sub("", w) if _RU_ADJ.search(low) else w
            if len(stem) >= 4 and (stem is w and _proper_ru(w) or stem is not w and _proper_ru(stem)):
                out += [stem] if stem is w else [stem, w]  # «Склифосовского»: a surname's case form, or an adjective
        elif w[:1].isupper() and low.rstrip("s") not in en:
            out.append(w)
    return tuple(out)


def _headed(org: str) -> bool:
    """The name has a head noun ("Institute", «университет»): an organisation, not a title or a phrase misread as one
    ("One Hundred Years of Solitude")."""
    heads, ru = _en_heads(), _ru_heads()
    return any(w.lower() in heads or w.lower().rstrip("s") in heads or (re.search("[а-яё]", w.lower()) and w.lower().startswith(ru))
               for w in _WORD.findall(org))


@functools.lru_cache(maxsize=None)
def _sources(lang: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(r["pattern"], re.I) for r in tsv(f"{lang}/report_sources.tsv"))


def _reported(text: str) -> bool:
    """The text cites the source of a report (``lang/{en,ru}/report_sources.tsv``: "reported by", «сообщает»)."""
    from crosscheck.lang.translit import is_cyrillic

    return any(rx.search(text) for rx in _sources("ru" if is_cyrillic(text) else "en"))


@functools.lru_cache(maxsize=8192)
def _variants(name: str) -> tuple[frozenset[str], ...]:
    """The skeletons of each part of a name ("Вест-Инд": Вест, Инд), or of a gazetteer key's last part ("=chicago")."""
    from crosscheck.lang.translit import skeleton_variants

    name = name[1:].split("-")[-1] if name.startswith("=") else name
    return tuple(skeleton_variants(p) for p in re.split(r"[-‐]", name) if p)


def _alike(a: str, b: str) -> bool:
    """Two names are one: two keys when equal, else any parts' skeletons close ("=chicago" / «Чикаг» of «Чикагском»)."""
    if a.startswith("=") and b.startswith("="):
        return a == b
    from crosscheck.relate.name_keys import keys_close

    return any(keys_close(x, y) for va in _variants(a) for vb in _variants(b) for x in va for y in vb)


def distinct_orgs(org_a: str, text_a: str, org_b: str, text_b: str) -> bool:
    """True when the two organisations (``org_a`` of ``text_a``, ``org_b`` of ``text_b``) are told apart by their names."""
    if _reported(text_a) or _reported(text_b):
        return False  # "reported by Sky News" / «сообщает The Straits Times»: two sources may both report it
    wa, wb = _names(org_a), _names(org_b)
    if not (_headed(org_a) or _headed(org_b)) or not wa or not wb or any(_alike(x, y) for x in wa for y in wb):
        return False
    # a name the other text writes anywhere ("Manchester" elsewhere in the sentence): the frame may have read the
    # organisation otherwise; no clash
    return not any(_alike(x, y) for x in wa for y in _names(text_b)) and not any(_alike(x, y) for x in wb for y in _names(text_a))
