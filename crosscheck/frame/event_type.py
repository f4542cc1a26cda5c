"""Event type from English and Russian verb/noun cues (Russian by pymorphy3 lemma).

The strongest cue wins: meeting / talks / visit / reception / call / agreement / election /
inauguration / deployment / attack / sanction / growth / discussion / statement.
"""

from __future__ import annotations

import re

from crosscheck.lang.resources import toml

__all__ = ["event_type", "EVENT_TYPES", "event_noun_type"]


def _cues() -> list[tuple[str, str, tuple[str, ...]]]:
    """(type, English regex, Russian lemmas), strongest first, from lang/{en,ru}/events.toml."""
    ru = {e["type"]: tuple(e["lemmas"]) for e in toml("ru/events.toml")["event"]}
    return [(e["type"], e["pattern"], ru.get(e["type"], ())) for e in toml("en/events.toml")["event"]]


_CUES = _cues()
EVENT_TYPES = tuple(t for t, _, _ in _CUES)
_EN = [(t, re.compile(rx, re.I)) for t, rx, _ in _CUES]
_RU = {lem: t for t, _, lems in _CUES for lem in lems}
# in Russian "провести переговоры / телефонный разговор" is the event, "провести" alone is not
_RU_PHRASES = [("call", re.compile(r"телефонн\w+\s+разговор", re.I))]


#: A guest or a reception named: «принял делегацию», «приём гостей» (a reception, whatever else is adopted).
_GUEST = re.compile(r"делегаци|гост|при[её]м\b|приема|приёма", re.I)


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


def _reception_cues() -> tuple[re.Pattern, frozenset[str], re.Pattern]:
    entry = next(e for e in toml("en/events.toml")["event"] if e["type"] == "reception")
    showing = re.compile(r"\b(?:" + "|".join(entry["showing"]) + r")\b", re.I)
    return re.compile(entry["receive"], re.I), frozenset(entry["guests"]), showing


_EN_RECEIVE, _GUESTS, _SHOWING = _reception_cues()
_EN_HOSTING = re.compile(dict(_EN)["reception"].pattern.replace(r"\breceive[sd]?\b|\breceiving\b|", ""), re.I)
_AFTER_OBJECT = frozenset({"in", "at", "on", "to", "and", "for", "with", "during", "from", "as", "after", "before", "who", "when",
                           "last", "this", "yesterday", "today", "on", "of", "at", "but", "while", "where", "together"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "foreign", "visiting", "several", "two", "three",
                          "it", "this", "that", "which", "these", "those"})


def _received_person(text: str) -> bool:
    """"received the Chinese delegation", "receives Putin": the object of "receive" is a person (a guest noun of
    ``en/events.toml`` or a capitalised name)."""
    from crosscheck.lang.gazetteer import demonym_country
    from crosscheck.lang.resources import words

    things = words("en/nonperson_heads.tsv") | words("en/org_heads.tsv")
    for m in _EN_RECEIVE.finditer(text):
        passive = re.search(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", text[:m.start()], re.I)
        if passive and _SHOWING.search(text[m.end():m.end() + 40]):
            continue  # "La Traviata was poorly received at its premiere", "well received by critics": a work shown (round af)
        if passive:  # "The delegation was received", "Erdogan was received by Putin": the subject is the guest
            subject = re.findall(r"[\w'’-]+", text[max(0, passive.start() - 60):passive.start()])[-4:]
            run = []
            for w in reversed(subject):  # the capitalised run that ends the subject ("Erdogan", "The Nobel Prize")
                if not w[:1].isupper():
                    break
                run.insert(0, w)
            last = run[-1].lower() if run else ""
            if any(w.lower() in _GUESTS for w in subject) or (last and last not in things and last not in _DETERMINERS):
                return True
            continue
        after = re.findall(r"[\w'’-]+", text[m.end():m.end() + 80])
        i = 0
        while i < len(after) and after[i].lower() in _DETERMINERS:
            i += 1
        if any(w.lower() in _GUESTS for w in after[i:i + 3]):
            return True  # "received the Chinese delegation"
        run = []
        for w in after[i:i + 4]:
            if not w[:1].isupper():
                break
            run.append(re.sub(r"['’]s$", "", w))
        nxt = after[i + len(run)] if i + len(run) < len(after) else ""
        modifier = nxt[:1].islower() and nxt not in _AFTER_OBJECT  # "received Magdeburg rights": a name before a noun
        if run and not modifier and run[-1].lower() not in things and not (len(run) == 1 and demonym_country(run[0])):
            return True  # "received Erdogan"; not "received the Nobel Prize", "received Chinese investment"
    return False


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
            re.search(r"(?<![\w-])прин(?:ял|яла|яли|ять|имать|имает|имают|ялся)\s+(?:(?:в\s+\w+\s+)?(?:\w+\s+){0,2})?(?:решени|участи|мер|закон|резолюци|заявлени|документ|бюджет|поправк|присяг|вызов|во\s+внимание|к\s+сведению|на\s+себя|программ|стратеги|доктрин|санкци|обращени|форму|ислам|христианств|гражданств|эстафет|крещени|постриг|сан\b|монашеств|схим|католичеств|православи|буддизм|иудаизм)", text, re.I)
            and not _GUEST.search(text)
        ):
            found.discard("reception")
        # «Закон Шермана … был принят Конгрессом», «принятый в 1931 году статут»: a text adopted, no guest (round au)
        if "reception" in found and re.search(r"(?<![\w-])(?:закон|статут|акт|кодекс|конституци|резолюци|декрет|указ|поправк|устав|билль|эдикт)\w*[^.;]{0,80}?(?<![\w-])принят(?:ый|ая|ое|ые|ого|ой|ом|ым|ых|ую|[аоы])?(?![\w-])", text, re.I) \
                and not _GUEST.search(text):
            found.discard("reception")
    else:
        for t, rx in _EN:
            if rx.search(text):
                found.add(t)
        if "reception" in found and not _EN_HOSTING.search(_EN_RECEIVE.sub(" ", text)) and not _received_person(text):
            found.discard("reception")  # "received an award / the second dose": no one was received
    # "agreed to be baptised", "agreed to be extradited": one party's consent to what is done to it, no agreement (round br)
    if "agreement" in found and lang != "ru" and re.search(r"\bagree[sd]?\s+to\s+be\s+\w+(?:ed|en)\b", text, re.I) \
            and not re.search(r"\bagreement\b|\bsign(?:ed|s|ing)\b|\bdeal\b|\baccord\b|\btreaty\b", text, re.I):
        found.discard("agreement")
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
