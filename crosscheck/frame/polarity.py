"""Polarity (negation), modality (asserted / planned / hypothetical) and attribution.

* polarity "negative" on not / n't / never / no / denied / refused and не / нет / никогда /
  ни разу / отрицает / опроверг; "не только", "не менее", "не раз", "no longer than" and
  "not only" are not negation.
* modality "planned" on will / plans to / is expected to / is to / scheduled / intends and
  on Russian future-tense verbs (pymorphy3 tag ``futr``: состоятся, обсудят, будет),
  планирует / намерен / планируется / предстоящий; "hypothetical" on could / may / might /
  would and мог бы / может / возможно (not inside a relative clause); else "asserted".
* attribution: the first source of "X said", "said X", "according to X", "сообщает X",
  "по словам X", "X заявил", "говорится в сообщении X": an entity key.

The word lists are data: ``crosscheck/lang/{en,ru}/frame_cues.toml``.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from crosscheck.lang.gazetteer import media_keys
from crosscheck.lang.resources import toml
from crosscheck.model import Entity


__all__ = ["polarity", "modality", "attribution", "is_future"]

def _alts(lang: str, section: str, key: str) -> str:
    return "|".join(toml(f"{lang}/frame_cues.toml")[section][key])


class _Cues:
    """The regular expressions, built on first use from ``lang/{en,ru}/frame_cues.toml``."""

    @functools.cached_property
    def neg_en(self) -> re.Pattern:
        return re.compile(r"\b(?:" + _alts("en", "polarity", "negation") + r")\b|n['’]t\b", re.I)

    @functools.cached_property
    def neg_en_except(self) -> re.Pattern:
        return re.compile(r"\b(?:" + _alts("en", "polarity", "negation_except") + r")\b", re.I)

    @functools.cached_property
    def neg_ru(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _alts("ru", "polarity", "negation") + r")(?![\w-])", re.I)

    @functools.cached_property
    def neg_ru_except(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _alts("ru", "polarity", "negation_except") + r")", re.I)

    @functools.cached_property
    def plan_en(self) -> re.Pattern:
        return re.compile(r"\b(?:" + _alts("en", "modality", "planned") + r")\b", re.I)

    @functools.cached_property
    def plan_ru(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _alts("ru", "modality", "planned") + r")(?![\w-])", re.I)

    @functools.cached_property
    def hypo_en(self) -> re.Pattern:
        return re.compile(r"\b(?:" + _alts("en", "modality", "hypothetical") + r")\b", re.I)

    @functools.cached_property
    def hypo_ru(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _alts("ru", "modality", "hypothetical") + r")(?![\w-])", re.I)

    @functools.cached_property
    def rel_en(self) -> re.Pattern:
        return re.compile(r"\b(?:" + _alts("en", "modality", "relative") + r")\b", re.I)

    @functools.cached_property
    def rel_ru(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _alts("ru", "modality", "relative") + r")(?![\w-])", re.I)

    @functools.cached_property
    def say_en_after(self) -> re.Pattern:
        return re.compile(r"\b(?:" + _alts("en", "speech", "after") + r")\b", re.I)

    @functools.cached_property
    def say_en_before(self) -> re.Pattern:
        return re.compile(r"\b(?:" + _alts("en", "speech", "before") + r")\s+(?:the\s+)?$", re.I)

    @functools.cached_property
    def say_ru_before(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _alts("ru", "speech", "before") + r")\s*(?:[\w-]+\s+){0,2}$", re.I)

    @functools.cached_property
    def say_ru_titled(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _alts("ru", "speech", "titled") + r")\s+(?:[\w-]+\s+){0,6}$", re.I)

    @functools.cached_property
    def say_ru_after(self) -> re.Pattern:
        return re.compile(r"^\s*(?:\w+\s+){0,2}(?:" + _alts("ru", "speech", "after") + r")(?![\w-])", re.I)


C = _Cues()


def polarity(text: str, lang: str) -> str:
    if lang == "ru":
        cleaned = C.neg_ru_except.sub(" ", text)
        return "negative" if C.neg_ru.search(cleaned) else "positive"
    cleaned = C.neg_en_except.sub(" ", text)
    return "negative" if C.neg_en.search(cleaned) else "positive"


def is_future(text: str, lang: str) -> bool:
    """Whether the sentence speaks of something planned (used for date resolution)."""
    return modality(text, lang) == "planned"


def _ru_future_verb(text: str) -> bool:
    from crosscheck.frame._lazy import parse_ru

    for w in re.findall(r"[а-яё]+", text.lower()):
        if len(w) < 4:
            continue
        ps = parse_ru(w)
        if ps and "VERB" in ps[0].tag and "futr" in ps[0].tag and "1per" not in ps[0].tag and ps[0].score >= 0.5:
            return True
    return False


def modality(text: str, lang: str) -> str:
    if lang == "ru":
        if C.plan_ru.search(text):
            return "planned"
        h = C.hypo_ru.search(text)
        if h and not C.rel_ru.search(text[: h.start()]):
            return "hypothetical"
        if _ru_future_verb(text):
            return "planned"
        return "asserted"
    p = C.plan_en.search(text)
    # "in May" is a month, not the modal verb
    h = next((m for m in C.hypo_en.finditer(text) if not (m.group(0) == "May" and m.start() > 0)), None)
    if h and (p is None or h.start() < p.start()) and not C.rel_en.search(text[: h.start()]) and h.group(0).lower() not in ("reportedly", "allegedly"):
        if h.group(0).lower() != "if" or p is None:
            return "hypothetical"
    if p:
        return "planned"
    return "asserted"


# --------------------------------------------------------------------------- attribution

def attribution(text: str, lang: str, entities: Sequence[Entity]) -> str | None:
    """Key of who says so, or None (the author)."""
    sources = [e for e in entities if e.type in ("person", "org") and e.start is not None]
    if not sources:
        return None
    if lang == "ru":
        best = None
        sources = sorted(sources, key=lambda e: (e.key in media_keys(), e.start))
        for e in sources:
            before = text[max(0, e.start - 60) : e.start]
            after = text[e.end : e.end + 40]
            if C.say_ru_before.search(before) or C.say_ru_after.match(re.sub(r"^[\s,]*(?:[А-ЯЁA-Z][\w-]*\s*)*", " ", after)):
                if best is None:
                    best = e
        if best is None:
            # "заявил министр обороны Турции Хулуси Акар": a speech verb, a title, then the person
            for e in sources:
                if e.type == "person" and C.say_ru_titled.search(text[max(0, e.start - 90) : e.start]):
                    best = e
                    break
        if best is not None and best.type == "org":
            # "заявила официальный представитель МИД Мария Захарова": the person speaks
            for e in sources:
                if e.type == "person" and 0 <= e.start - best.end <= 40 and not re.search(r"[,.;:]", text[best.end : e.start]):
                    best = e
                    break
        return best.key if best else None
    # English: "X said" (nearest entity before the verb), "said X", "according to X"
    cands: list[tuple[int, Entity]] = []
    for e in sources:
        before = text[max(0, e.start - 40) : e.start]
        if C.say_en_before.search(before):
            cands.append((e.start, e))
            continue
        if re.search(r"\b(?:said|says|reported|reports|told|added)\s*$", before.strip(" ,\"”“")) and re.search(r"[\"”,]\s*(?:said|says)?\s*$", before):
            cands.append((e.start, e))
            continue
        after = text[e.end : e.end + 60]
        m = C.say_en_after.search(after)
        if m and any(o is not e and o.start is not None and e.end <= o.start < e.end + m.start() for o in sources):
            m = None
        gap = after[: m.start()] if m else ""
        # "X and the Western military alliance said": two sources, the first is kept
        gap = re.sub(r"^\s*and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?=(?:has|have|had|also|said|says|stated|reported|announced|told)\b)", " ", gap)
        if m and re.fullmatch(r"[\s,]*(?:(?:has|have|had|also|later|then|both|on\s+\w+day|in\s+a\s+statement|in\s+separate\s+statements|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s*,?\s*)*", gap):
            cands.append((e.start, e))
    if not cands:
        return None
    # the subject: prefer the last entity right before a final "..., X said."
    cands.sort(key=lambda c: (c[1].key in media_keys(), c[0]))
    return cands[0][1].key
