"""Event type from English and Russian verb/noun cues (Russian by pymorphy3 lemma).

The strongest cue wins: meeting / talks / visit / reception / call / agreement / election /
inauguration / deployment / attack / sanction / growth / discussion / statement.
"""

from __future__ import annotations

import re

__all__ = ["event_type", "EVENT_TYPES", "event_noun_type"]

# (type, English regex, Russian lemmas)
_CUES: list[tuple[str, str, tuple[str, ...]]] = [
    ("call", r"\b(?:phone|telephone|video)\s+(?:call|conversation|talks|link)|\bvideo-?conference\b|\bcalled\b|\bby\s+(?:tele)?phone\b|\bover\s+the\s+phone\b",
     ("созвониться", "телефонный", "видеоконференция", "видеосвязь")),
    ("meeting", r"\bmeet(?:s|ing|ings)?\b|\bmet\b|\bface-to-face\b|\bsummit\b|\bencounter\b",
     ("встреча", "встретиться", "встречаться", "саммит", "свидание")),
    ("talks", r"\btalks\b|\bnegotiat\w+|\bconsultations\b", ("переговоры", "консультация", "переговорный")),
    ("reception", r"\breceive[sd]?\b|\breceiving\b|\bwelcom(?:ed|es|ing)\b|\bhost(?:ed|s)\b|\breception\b",
     ("принять", "принимать", "приём", "прием")),
    ("visit", r"\bvisit(?:s|ed|ing)?\b|\barriv(?:ed|es|al)\b|\btrip\b|\btravel(?:l?ed|s)?\s+to\b",
     ("визит", "посетить", "посещать", "прибыть", "прибывать", "побывать", "поездка", "посещение")),
    ("agreement", r"\bagree(?:d|s|ment|ments)?\b|\bsign(?:ed|s|ing)\b|\bdeal\b|\baccord\b|\btreaty\b",
     ("договорённость", "договоренность", "договориться", "соглашение", "подписать", "договор", "согласиться")),
    ("inauguration", r"\bsworn\s+in\b|\binaugura\w+|\btook\s+office\b", ("инаугурация", "присяга")),
    ("election", r"\belect(?:ed|ion|ions)\b|\bvot(?:e|ed|ing)\b|\bre-elected\b|\breferendum\b",
     ("выборы", "избрать", "голосование", "переизбрать", "референдум")),
    ("deployment", r"\bdeploy(?:ed|ing|s|ment)?\b|\bsent\b|\bstation(?:ed|ing)\b", ("развернуть", "развёртывание", "направить", "разместить")),
    ("attack", r"\battack(?:s|ed)?\b|\bstrikes?\b|\bshelling\b|\bbomb(?:ing|ed)\b|\bannexation\b",
     ("атака", "нападение", "удар", "обстрел", "аннексия")),
    ("sanction", r"\bsanction(?:s|ed)?\b|\bban(?:ned)?\b|\bembargo\b|\bfreez(?:e|ing)\b",
     ("санкция", "запрет", "запретить", "заморозка", "эмбарго")),
    ("growth", r"\bgr[eo]w(?:n|th)?\b|\bincreas(?:e|ed|es)\b|\brose\b|\bris(?:e|en)\b|\bdeclin(?:e|ed)\b|\bfell\b",
     ("вырасти", "рост", "увеличиться", "увеличение", "снизиться", "сократиться", "снижение")),
    ("discussion", r"\bdiscuss(?:ed|es|ing|ion|ions)?\b|\bexchanged\s+(?:views|opinions)\b",
     ("обсудить", "обсуждать", "обсуждение", "обменяться")),
    ("statement", r"\bsa(?:id|ys)\b|\bstat(?:ed|ement)\b|\bannounc\w+|\bdeclared\b|\bnoted\b|\btold\b",
     ("заявить", "заявление", "сообщить", "отметить", "сообщение", "заверить", "подчеркнуть")),
]
EVENT_TYPES = tuple(t for t, _, _ in _CUES)
_EN = [(t, re.compile(rx, re.I)) for t, rx, _ in _CUES]
_RU = {lem: t for t, _, lems in _CUES for lem in lems}
# in Russian "провести переговоры / телефонный разговор" is the event, "провести" alone is not
_RU_PHRASES = [("call", re.compile(r"телефонн\w+\s+разговор", re.I))]


def _ru_lemmas(text: str) -> list[str]:
    from crosscheck.frame._lazy import parse_ru

    out = []
    for w in re.findall(r"[а-яёА-ЯЁ]+", text):
        ps = parse_ru(w.lower())
        seen = set()
        for p in ps[:3]:
            lem = p.normal_form.replace("ё", "е")
            if lem not in seen and (p is ps[0] or p.score >= 0.2):
                seen.add(lem)
                out.append(lem)
    return out


def event_type(text: str, lang: str) -> str | None:
    """The event a sentence reports, or None."""
    found: set[str] = set()
    if lang == "ru":
        for t, rx in _RU_PHRASES:
            if rx.search(text):
                found.add(t)
        for lem in _ru_lemmas(text):
            t = _RU.get(lem) or _RU.get(lem.replace("е", "ё"))
            if t:
                found.add(t)
        # "принял делегацию / гостей" is a reception, "принял решение / участие" is not
        if "reception" in found and (
            re.search(r"(?<![\w-])прин(?:ял|яла|яли|ять|имать|имает|имают|ялся)\s+(?:(?:в\s+\w+\s+)?(?:\w+\s+){0,2})?(?:решени|участи|мер|закон|резолюци|заявлени|документ|бюджет|поправк|присяг|вызов|во\s+внимание|к\s+сведению|на\s+себя|программ|стратеги|доктрин|санкци|обращени|форму|ислам|христианств|гражданств|эстафет)", text, re.I)
            and not re.search(r"делегаци|гост|при[её]м\b|приема|приёма", text, re.I)
        ):
            found.discard("reception")
    else:
        for t, rx in _EN:
            if rx.search(text):
                found.add(t)
    # "agreed to meet", "договорились встретиться": the agreement is the event
    if "agreement" in found and re.search(r"\bagree[sd]?\s+to\s+\w+|(?<![\w-])договорил\w*\s+(?:\w+\s+)?[а-яё]+(?:ть|ться|ти)(?![\w-])", text, re.I):
        return "agreement"
    for t in EVENT_TYPES:
        if t in found:
            return t
    return None


def event_noun_type(word: str, lang: str) -> str | None:
    """Event type of one noun ("meetings", "встречей"), for counts and ordinals."""
    if lang == "ru" or re.search("[а-яё]", word.lower()):
        lem = _ru_lemmas(word)
        return _RU.get(lem[0]) if lem else None
    for t, rx in _EN:
        if rx.fullmatch(word.lower()) or rx.search(word.lower()):
            return t
    return None
