"""What an agreement between paraphrases could not check: content on both sides that could hold a clash no slot read.

Below translation likeness two sentences are worded apart, and the slots pair only what the frames read.  An agreement
there needs more than "no paired value differs": neither side may state something of a clashable kind that the other
states otherwise and that no slot compared.  ``open_clash`` names the first such thing, or None:

- opposite words with no slot of their own (``lang/open_poles.tsv``: "more" / «меньше», "before" / «позже», "north" /
  «южн», "first" / «вторым»): one side states one pole only, the other the other pole only;
- a negation only one side states ("sets no limit" / «запрещает … более двух раз»), where no polarity slot was paired.

Tried and dropped (round l): a name each side carries that the other lacks ("Nestlé" / "Ferrero", «Рейнджерс» / "Celtic"):
names read from the text key apart across scripts too often ("Julius Caesar" / «Юлий Цезарь», "Nobel Prize" /
«Нобелевскую», "Black Square" / «Чёрный квадрат»): DEV controls called agree 0.962 -> 0.866.

The caller turns such an agreement into ``related`` with the reason.  Translations (at or above translation likeness) are
checked for opposite words only: they word a negation either way ("at least" / «не менее», "say no to" / «против»).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["open_clash", "opposite_poles", "one_sided_negation"]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[str, str, re.Pattern, re.Pattern], ...]:
    from importlib import resources

    rows = []
    text = (resources.files("crosscheck") / "lang" / "open_poles.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("concept\t"):
            continue
        concept, pole, en, ru = line.split("\t")
        en_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in en.split(",") if w.strip())
                           + r")(?![\w-])", re.I)
        ru_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in ru.split(",") if w.strip())
                           + r")[а-яё]*", re.I)
        rows.append((concept, pole, en_rx, ru_rx))
    return tuple(rows)


@lru_cache(maxsize=4096)
def _poles(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Concepts of the lexicon the text states with one pole only: concept -> (pole, words)."""
    found: dict[str, dict[str, str]] = {}
    for concept, _, en_rx, ru_rx in _lexicon():
        if concept == "ignore":  # fixed phrases with a pole word in them and no pole ("nevertheless", «тем не менее»)
            text = (ru_rx if lang == "ru" else en_rx).sub(lambda m: " " * len(m.group(0)), text)
    for concept, pole, en_rx, ru_rx in _lexicon():
        if concept == "ignore":
            continue
        m = (ru_rx if lang == "ru" else en_rx).search(text)
        if m:
            found.setdefault(concept, {})[pole] = m.group(0)
    return {c: next(iter(p.items())) for c, p in found.items() if len(p) == 1}


def opposite_poles(text_a: str, lang_a: str, text_b: str, lang_b: str) -> tuple[str, str] | None:
    """The words of one concept the two texts state with opposite poles ("more" / «меньше»), or None."""
    pa, pb = _poles(text_a, lang_a), _poles(text_b, lang_b)
    for concept in pa.keys() & pb.keys():
        if pa[concept][0] != pb[concept][0]:
            return pa[concept][1], pb[concept][1]
    return None


@lru_cache(maxsize=1)
def _denials() -> dict[str, re.Pattern]:
    from importlib import resources

    out = {}
    text = (resources.files("crosscheck") / "lang" / "open_negation.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lang\t"):
            continue
        lang, words = line.split("\t")
        # a word of negation, not the abbreviation of "number" ("No. 2", "item No 713946")
        out[lang] = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()) for w in words.split(",") if w.strip())
                               + r")(?![\w-])(?!\.?\s*\d)", re.I)
    return out


def _denies(text: str, lang: str) -> bool:
    from crosscheck.relate.negation import negation_info

    lang = "ru" if lang == "ru" else "en"
    info = negation_info(text, lang)
    if info.idiom or info.conditional:
        return False  # "can't help but", "if you don't": no denial of the statement
    # "not yet" / «пока ещё не» is negation stated otherwise (read as pending, or as "until" in Russian): worded either way
    plain = [sp for sp in info.spans if not any(ps <= sp[0] < pe for ps, pe in info.pending)]
    return bool(plain) or bool(_denials()[lang].search(text))


def one_sided_negation(text_a: str, lang_a: str, text_b: str, lang_b: str) -> str | None:
    """The text that negates ("a" or "b") when only one of the two denies anything (a negated verb, "no", «нет», «ни»), or
    None; words that are negative by meaning ("without", «лишён», «вместо») are worded either way and do not count."""
    neg_a, neg_b = _denies(text_a, lang_a), _denies(text_b, lang_b)
    if neg_a == neg_b:
        return None
    return "a" if neg_a else "b"


def open_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, *, paraphrase: bool = True) -> str | None:
    """Why an agreement between two texts cannot be checked, or None (see the module docstring).  Opposite words count at
    any likeness; a negation only one side states only in paraphrases (``paraphrase``: below translation likeness):
    translations word a negation either way ("at least" / «не менее», "say no to" / «против», "not yet" / «пока не»)."""
    poles = opposite_poles(text_a, lang_a, text_b, lang_b)
    if poles:
        return f"opposite words no value pairs: {poles[0]!r} / {poles[1]!r}"
    side = one_sided_negation(text_a, lang_a, text_b, lang_b) if paraphrase else None
    if side:
        return "a negation only one side states"
    return None
