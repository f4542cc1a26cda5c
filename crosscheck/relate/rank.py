"""Another rank of one subject in one ranking is a clash (issue 10, round t).

"Heathrow is the largest airport in Britain" / «Хитроу — лишь второй по загруженности аэропорт Великобритании»: one side
gives its subject the first place of a ranking by a superlative ("the largest", «самый высокий», «крупнейший»), the
other another place by an ordinal with a superlative or a ranking ("the third heaviest", "second-busiest", "ranks only
fifth", "in fourth place", «третий по площади», «второй крупнейший», «четвёртое место»); a superlative after "among" or
«среди» is the ranking's scope, no rank.  The words are data (``lang/{en,ru}/ranks.tsv``).  A clash needs one
rank on each side (a claim with two ranks ranks two things), the same subject (the first name each side states), no
claim of speech or membership ("one of the largest", «один из крупнейших»: ``role_veto.tsv``), no negation, and the
agreement likeness ``Z_AGREE``.  Plain ordinals with no ranking ("the fourth country to land") are not read.
"""

from __future__ import annotations

import functools
import re

from crosscheck.relate.thresholds import Z_AGREE

__all__ = ["ranks", "find_rank_clash"]


@functools.lru_cache(maxsize=None)
def _rx(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int]]:
    """(rank-N pattern, rank-1 pattern, a scope preposition ending a text, ordinal word or stem -> number)."""
    from crosscheck.lang.resources import tsv

    rows = tsv(f"{lang}/ranks.tsv")
    ords = {r["word"]: int(r["value"]) for r in rows if r["kind"] == "ordinal"}
    sup = "|".join(r["word"] for r in rows if r["kind"] == "superlative")
    ordinal = "|".join(ords)
    if lang == "ru":
        by = "|".join(r["word"] for r in rows if r["kind"] == "by")
        place = "|".join(r["word"] for r in rows if r["kind"] == "place")
        n_rx = rf"(?<![\w-])(?P<ord>{ordinal})[а-яё]*\s+(?:(?:{by})\s+[а-яё]+|(?:{place})|(?:{sup}))(?![\w-])"
        one_rx = rf"(?<![\w-])(?:{sup})(?![\w-])"
    else:
        verbs = "|".join(r["word"] for r in rows if r["kind"] == "ranks")
        place = "|".join(r["word"] for r in rows if r["kind"] == "place")
        n_rx = (rf"\b(?P<ord>{ordinal})(?:[\s-]+|[\s-]+most\s+)(?:{sup}|{place})\b"
                rf"|\b(?:{verbs})\s+(?:only\s+|just\s+|a\s+mere\s+)?(?P<ord2>{ordinal})\b")
        one_rx = rf"(?:\bthe\s+(?:[\w-]+'s\s+)?|'s\s+)(?:{sup})\b"
    scope = "|".join(r["word"] for r in rows if r["kind"] == "scope")
    return re.compile(n_rx, re.I), re.compile(one_rx, re.I), re.compile(rf"(?:{scope})\s+(?:the\s+)?$", re.I), ords


def ranks(text: str, lang: str) -> frozenset[int]:
    """The ranks a text gives: 1 for a superlative, N for an ordinal with a superlative or a ranking."""
    lang = "ru" if lang == "ru" else "en"
    n_rx, one_rx, scope, ords = _rx(lang)
    out: set[int] = set()
    spans: list[tuple[int, int]] = []
    for m in n_rx.finditer(text):
        word = (m.group("ord") or (m.groupdict().get("ord2") or "")).lower()
        value = next((v for w, v in ords.items() if re.fullmatch(w, word, re.I)), None)
        if value is not None:
            out.add(value)
            spans.append(m.span())
    for m in one_rx.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
            continue
        if scope.search(text[max(0, m.start() - 12):m.start()]):
            continue  # the scope of a ranking ("fourth among the largest", «четвёртое место среди крупнейших»)
        out.add(1)
    return frozenset(out)


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

    names_a, names_b = read_names(text_a, lang_a), read_names(text_b, lang_b)
    if names_a and names_b and same_name(names_a[0], names_b[0]):
        return True
    ka, kb = _first_entity(fa), _first_entity(fb)
    return bool(ka and kb and keys_close(ka, kb))


def find_rank_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, z: float, fa=None, fb=None) -> tuple[int, int] | None:
    """(rank of a, rank of b) when the two texts give one subject two ranks, else None (``fa``, ``fb``: their frames)."""
    if z < Z_AGREE:
        return None
    ra, rb = ranks(text_a, lang_a), ranks(text_b, lang_b)
    if len(ra) != 1 or len(rb) != 1 or ra == rb:
        return None
    from crosscheck.relate.negation import negation_info

    for text, lang in ((text_a, lang_a), (text_b, lang_b)):
        veto = _veto("ru" if lang == "ru" else "en")
        if veto is not None and veto.search(text):
            return None  # speech or membership ("one of the largest")
    if negation_info(text_a, lang_a).negated or negation_info(text_b, lang_b).negated:
        return None
    if not _same_subject(text_a, lang_a, text_b, lang_b, fa, fb):
        return None  # not the same subject first
    return next(iter(ra)), next(iter(rb))
