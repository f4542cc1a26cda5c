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
"""

from __future__ import annotations

import re
from typing import Sequence

from crosscheck.lang.gazetteer import media_keys
from crosscheck.model import Entity


__all__ = ["polarity", "modality", "attribution", "is_future"]

_NEG_EN = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|denied|denies|deny|denying|refused|refuses|rejected)\b|n['’]t\b",
    re.I,
)
_NEG_EN_EXCEPT = re.compile(
    r"\bnot\s+only\b|\b(?:not|n['’]t|never)\s+rul(?:e|ed|ing)\s+out\b|\bno\s+(?:longer|later|more|less|sooner|doubt)\s+than\b|\bno\s+doubt\b|\bnot\s+least\b|\bnothing\s+but\b|\bnever\s+before\b(?=.*\bsince\b)",
    re.I,
)
_NEG_RU = re.compile(
    r"(?<![\w-])(?:не|нет|никогда|ни\s+разу|ничего|никто|никакой|никаких|никакого|отрицает|отрицают|отрицал[аио]?|опроверг\w*|отказал\w*|отверг\w*)(?![\w-])",
    re.I,
)
_NEG_RU_EXCEPT = re.compile(
    r"(?<![\w-])не\s+(?:только|менее|более|больше|меньше|раз|столько|исключено|исключа\w*|исключил\w*|позднее|позже|ранее|смотря)(?![\w-])|(?<![\w-])нет\s+сомнени",
    re.I,
)

_PLAN_EN = re.compile(
    r"\b(?:will|shall|won['’]t|['’]ll|plans?\s+to|planned\s+to|planning\s+to|is\s+planned|are\s+planned|(?:is|are)\s+expected\s+to|"
    r"(?:is|are|was|were)\s+(?:due|set|scheduled|going)\s+to|(?:is|are)\s+to\s+(?:be|meet|visit|hold|sign|discuss|travel|take)|"
    r"intends?\s+to|intended\s+to|upcoming|forthcoming|next\s+week|next\s+month|next\s+year|to\s+be\s+held|will\s+be)\b",
    re.I,
)
_PLAN_RU = re.compile(
    r"(?<![\w-])(?:планиру\w+|запланирова\w+|намерен[аы]?|намерева\w+|собира\w+ся|предстоящ\w+|предстоит|ожидает\w*|"
    r"будет|будут|состоится|состоятся|пройд[её]т|пройдут)(?![\w-])",
    re.I,
)
_HYPO_EN = re.compile(r"\b(?:could|might|may|would|possibly|perhaps|if|unless|allegedly|reportedly|(?:not|n['’]t)\s+rul(?:e|ed|ing)\s+out)\b", re.I)
_HYPO_RU = re.compile(r"(?<![\w-])(?:бы|б|может|могут|возможно|вероятно|якобы|если|не\s+исключа\w*|не\s+исключено)(?![\w-])", re.I)
_REL_EN = re.compile(r"\b(?:that|which|who|whom|where)\b", re.I)
_REL_RU = re.compile(r"(?<![\w-])(?:котор\w+|где|чтобы)(?![\w-])", re.I)


def polarity(text: str, lang: str) -> str:
    if lang == "ru":
        cleaned = _NEG_RU_EXCEPT.sub(" ", text)
        return "negative" if _NEG_RU.search(cleaned) else "positive"
    cleaned = _NEG_EN_EXCEPT.sub(" ", text)
    return "negative" if _NEG_EN.search(cleaned) else "positive"


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
        if _PLAN_RU.search(text):
            return "planned"
        h = _HYPO_RU.search(text)
        if h and not _REL_RU.search(text[: h.start()]):
            return "hypothetical"
        if _ru_future_verb(text):
            return "planned"
        return "asserted"
    p = _PLAN_EN.search(text)
    # "in May" is a month, not the modal verb
    h = next((m for m in _HYPO_EN.finditer(text) if not (m.group(0) == "May" and m.start() > 0)), None)
    if h and (p is None or h.start() < p.start()) and not _REL_EN.search(text[: h.start()]) and h.group(0).lower() not in ("reportedly", "allegedly"):
        if h.group(0).lower() != "if" or p is None:
            return "hypothetical"
    if p:
        return "planned"
    return "asserted"


# --------------------------------------------------------------------------- attribution

_SAY_EN_AFTER = re.compile(
    r"\b(?:said|says|say|stated|states|reported|reports|announced|announces|told|added|noted|noting|claimed|claims|confirmed|"
    r"confirms|declared|tweeted|wrote|explained|stressed|emphasized|emphasised|insisted|warned)\b",
    re.I,
)
_SAY_EN_BEFORE = re.compile(r"\b(?:according\s+to|citing|as\s+reported\s+by|quoted\s+by|reports?\s+referring\s+to|referring\s+to)\s+(?:the\s+)?$", re.I)
_SAY_RU_BEFORE = re.compile(
    r"(?<![\w-])(?:сообщает|сообщают|сообщила?|сообщили|передает|передаёт|передают|пишет|пишут|заявил[аио]?|сообщил[аио]?|отметил[аио]?|"
    r"по\s+словам|по\s+данным|по\s+информации|согласно|говорится\s+в\s+(?:сообщении|заявлении)|как\s+сообщили\s+в|как\s+сообщает|"
    r"как\s+отметил[аио]?|как\s+заявил[аио]?|как\s+говорилось\s+в\s+\w*\s*(?:заявлении|сообщении))\s*(?:[\w-]+\s+){0,2}$",
    re.I,
)
_SAY_RU_TITLED = re.compile(
    r"(?<![\w-])(?:заявил[аио]?|сообщил[аио]?|отметил[аио]?|подчеркнул[аио]?|рассказал[аио]?|сказал[аио]?|пояснил[аио]?|"
    r"добавил[аио]?|по\s+словам|сообщает|передает|передаёт)\s+(?:[\w-]+\s+){0,6}$",
    re.I,
)
_SAY_RU_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:заявил[аио]?|сообщил[аио]?|отметил[аио]?|подчеркнул[аио]?|заверил[аио]?|рассказал[аио]?|считает|уверен[аы]?|"
    r"указал[аио]?|добавил[аио]?|признал[аио]?|пояснил[аио]?|сказал[аио]?|говорит)(?![\w-])",
    re.I,
)


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
            if _SAY_RU_BEFORE.search(before) or _SAY_RU_AFTER.match(re.sub(r"^[\s,]*(?:[А-ЯЁA-Z][\w-]*\s*)*", " ", after)):
                if best is None:
                    best = e
        if best is None:
            # "заявил министр обороны Турции Хулуси Акар": a speech verb, a title, then the person
            for e in sources:
                if e.type == "person" and _SAY_RU_TITLED.search(text[max(0, e.start - 90) : e.start]):
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
        if _SAY_EN_BEFORE.search(before):
            cands.append((e.start, e))
            continue
        if re.search(r"\b(?:said|says|reported|reports|told|added)\s*$", before.strip(" ,\"”“")) and re.search(r"[\"”,]\s*(?:said|says)?\s*$", before):
            cands.append((e.start, e))
            continue
        after = text[e.end : e.end + 60]
        m = _SAY_EN_AFTER.search(after)
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
