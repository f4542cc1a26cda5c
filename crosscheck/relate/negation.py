"""Polarity and opposite predicates of a claim, for the slot comparison.

``negation_state``: whether a verb is negated, and whether negation is also
stated otherwise ("no doubt", "без", "против"), which translators render with or
without a negating verb.  ``predicates``: the concepts of ``lang/opposites.tsv``
a text states with one pole (rose/fell, вырос/снизился, won/lost ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["predicates", "negation", "negation_state"]


@lru_cache(maxsize=1)
def _lexicon() -> list[tuple[str, str, re.Pattern, re.Pattern]]:
    from importlib import resources

    rows = []
    text = (resources.files("crosscheck") / "lang" / "opposites.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("concept\t"):
            continue
        concept, pole, en, ru = line.split("\t")
        en_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in en.split(",") if w.strip())
                           + r")(?![\w-])", re.I)
        ru_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in ru.split(",") if w.strip())
                           + r")[а-яё]*", re.I)
        rows.append((concept, pole, en_rx, ru_rx))
    return rows


def predicates(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Concepts of the opposites lexicon the text states with one pole only: concept -> (pole, words)."""
    poles: dict[str, dict[str, str]] = {}
    for concept, pole, en_rx, ru_rx in _lexicon():
        m = (ru_rx if lang == "ru" else en_rx).search(text)
        if m:
            poles.setdefault(concept, {})[pole] = m.group(0)
    return {c: next(iter(p.items())) for c, p in poles.items() if len(p) == 1}


_NEG = {"en": re.compile(r"\b(?:not|never|cannot)\b(?!\s+(?:only|least|yet|to\s+mention)\b)|n['’]t\b", re.I),
        "ru": re.compile(r"(?<![\w-])(?:не(?!\s+(?:только|менее|более|раз|так\s+ли|то)(?![\w-]))|никогда)(?![\w-])", re.I)}
_WEAK_NEG = {"en": re.compile(r"\b(?:no|none|nobody|nothing|neither|nor|without|nowhere|against|refused|denied|rejected|devoid|"
                              r"lack\w*|fail\w*|unable|absen\w*|hardly|barely|rarely|seldom)\b", re.I),
             "ru": re.compile(r"(?<![\w-])(?:нет|ни|никто|ничего|ничто|никак\w*|нигде|без|против|отказал\w*|отверг\w*|отрица\w*|"
                              r"лишен\w*|лишён\w*|отсутств\w*|едва|редко)(?![\w-])", re.I)}


_NI = re.compile(r"(?:ни|никто|ничего|ничто|никак\w*|нигде)", re.I)


def negation(text: str, lang: str) -> str | None:
    """"negative" when a verb is negated (not / n't / never; не / никогда), "positive" when
    nothing negates, None when negation is stated otherwise ("no doubt", "без", "против"):
    such sentences are translated with and without a negating verb alike."""
    verbal, weak = negation_state(text, lang)
    if weak:
        return None
    return "negative" if verbal else "positive"


def negation_state(text: str, lang: str) -> tuple[bool, bool]:
    """(a verb is negated, negation is also stated otherwise: "no", "nothing", "без", "против")."""
    lang = "ru" if lang == "ru" else "en"
    weak = _WEAK_NEG[lang].findall(text)
    if lang == "ru":  # "пока вам не исполнится 60": an expletive не, no negation
        text = re.sub(r"\b(?:пока|прежде\s+чем|чуть\s+ли)\s+(?:[\w-]+\s+){0,3}?не\b", " ", text, flags=re.I)
    verbal = bool(_NEG[lang].search(text))
    if lang == "ru" and verbal:
        weak = [w for w in weak if not _NI.fullmatch(w)]  # "ничего не сказал": negative concord, one negation
    return verbal, bool(weak)
