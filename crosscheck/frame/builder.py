"""Assemble a ClaimFrame from the extractors, with document context (coreference, time)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from crosscheck.ingest.cues import HEADER_WORDS
from crosscheck.model import ClaimFrame, Entity, Event, TimeSpan
from crosscheck.frame import names as N
from crosscheck.lang.gazetteer import alliance_keys, is_country, media_keys
from crosscheck.frame.counted import drop_counted_persons
from crosscheck.frame.entities import DocContext, affiliations, extract_entities
from crosscheck.frame.event_type import event_type
from crosscheck.frame.exclusivity import extract_exclusivity
from crosscheck.frame.polarity import attribution, modality, polarity
from crosscheck.frame.quantities import extract_quantities
from crosscheck.frame.part_of_whole import part_of_whole
from crosscheck.frame.weekday_rules import weekday_rules
from crosscheck.frame.times import extract_times, main_time
from crosscheck.frame.works import title_spans

__all__ = ["FrameBuilder", "detect_lang", "is_country"]


def detect_lang(text: str) -> str:
    from crosscheck.lang.script import detect

    return "ru" if detect(text, default="en") == "ru" else "en"


# --- coreference cues
_TWO_EN = re.compile(
    r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:(?:military|top|senior|army|defen[cs]e|foreign)\s+)*(?P<noun>generals|officers|leaders|ministers|presidents|men|commanders|chiefs|officials|sides|heads|diplomats)\b",
    re.I,
)
_TWO_RU = re.compile(
    r"(?<![\w-])(?:оба|обоих|двое|двух|два)\s+(?:(?:военн\w+|высокопоставленн\w+)\s+)?(?P<noun>генерал\w*|военачальник\w*|лидер\w*|министр\w*|президент\w*|руководител\w*|командующ\w*)",
    re.I,
)
#: Plural role nouns with no numeral ("the ministers", "министров") refer to the
#: people the text has just named together.
_PLURAL_EN = re.compile(
    r"\bthe\s+(?:(?:foreign|defen[cs]e|two|military|army)\s+)?(?P<noun>ministers|leaders|presidents|generals|commanders|chiefs|diplomats)\b",
    re.I,
)
_PLURAL_RU = re.compile(
    r"(?<![\w-])(?P<noun>министр(?:ы|ов)|лидер(?:ы|ов)|президент(?:ы|ов)|генерал(?:ы|ов)|дипломат(?:ы|ов))(?![\w-])",
    re.I,
)
_THEIR = re.compile(r"(?<![\w-])(?:их|their)\s+(?:встреч\w*|переговор\w*|разговор\w*|meeting|talks|call|conversation)", re.I)
_DEM_EN = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<dem>[A-Z][\w.]*[A-Za-z])(?:’s|'s)?\s+(?:(?i:top|senior|chief|military|army|defen[cs]e|foreign|supreme|allied|new|former)\s+){0,3}"
    r"(?P<noun>(?i:general|officer|commander|chief|leader|president|minister|head\s+of\s+state|counterpart|colleague|guest|premier|prime\s+minister|diplomat))\b"
)
_DESC_RU = re.compile(
    r"(?<![\w-])(?P<noun>главком\w*|начальник\w*|глав[аеуыо]й?|командующ\w*|генсек\w*|генеральн\w+\s+секретар\w+|председател\w*|министр\w*|президент\w*|премьер\w*|лидер\w*)"
    r"(?P<rest>(?:\s+[\w-]+){1,4})",
    re.I,
)
_DEM_RU = re.compile(
    r"(?P<dem>[а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую))\s+(?P<noun>генерал\w*|военачальник\w*|лидер\w*|президент\w*|премьер\w*|министр\w*|коллег\w*|командующ\w*|глав[аеуыо]й?|гост\w*)",
    re.I,
)
_PRON = re.compile(r"(?:^|[.,;:—–-]\s*|\"\s*)(?P<p>He|he|She|she|Он|он|Она|она)\b(?!\s*(?:же|is\s+(?:a|the)))")
_HEAD_OF_STATE = re.compile(r"\b(?:the\s+head\s+of\s+state)\b|(?<![\w-])глав[аеуыо]й?\s+государства", re.I)
_ORG_DESC = re.compile(
    r"\b[Tt]he\s+(?:(?P<dem>[A-Z][a-z]+)\s+(?=(?:\w+\s+){0,2}(?:ministry|presidency|agency|government|department)\b))?"
    r"(?:(?i:western|eastern|military|defen[cs]e|security|transatlantic|north\s+atlantic|regional)\s+){0,2}"
    r"(?P<head>ministry|alliance|bloc|presidency|agency|government|department)\b"
)
_ROLE_LEADER = re.compile(r"president|leader|глав|президент|лидер|head\s+of\s+state|prime|премьер", re.I)
_ROLE_MILITARY = re.compile(r"general|commander|chief|officer|генерал|начальник|главком|командующ|staff|штаб", re.I)
_ANAPHOR_EVENT = re.compile(
    r"^\s*(?:(?:The|This|That|Эта|Это|Та|Данная|Этот)\s+(?:meeting|talks|visit|call|встреча|переговоры|визит|разговор)\b|(?:Это|It|This)\s+(?:стало|было|был|была|was|is|became)\b)", re.I
)
_ACTOR_BEFORE = re.compile(r"(?:\bbetween|\band|\bwith|\bby|(?<![\w-])между|(?<![\w-])и|(?<![\w-])с|(?<![\w-])со)\s+$", re.I)
_ACTOR_AFTER = re.compile(r"(?:’s|'s|\s+(?:and|и)\s)", re.I)
_LOC_PREP = re.compile(r"(?:\b(?:in|at|to|near)\s+(?:the\s+)?|(?<![\w-])(?:в|во|на)\s+)$", re.I)


#: A dateline place, after an optional header ("Updated 2021-03-02 Tbilisi, Georgia, March 2").
_DATELINE_PLACE = re.compile(
    r"\s*(?:(?i:" + "|".join(HEADER_WORDS) + r")\s*:?\s*\d[\d.\-/:T]*\s+)?([A-ZА-ЯЁ][\wЁё-]+),"
)


class FrameBuilder:
    def __init__(self, date: _dt.date | None, lang: str = "unknown"):
        if isinstance(date, _dt.datetime):
            date = date.date()
        self.ref = date
        self.lang = lang
        self.ctx = DocContext()
        self.prev_sentence_persons: list[str] = []
        #: persons of the whole document (a first pass over it), for cataphora; a dict, or a
        #: function that makes it, called the first time a description needs it
        self.lookahead: dict | Callable[[], dict] = {}
        self.person_groups: list[list[str]] = []  # persons of each sentence that named some

    # ------------------------------------------------------------------ coreference
    def _resolve_first_names(self, ents: list[Entity]) -> list[Entity]:
        """"Valeriy Vasilyevich" (first name + patronymic) -> the known person with that first name."""
        out = []
        for e in ents:
            if e.type == "person" and e.key.startswith("first:"):
                sk = e.key[6:]
                for k in reversed(self.ctx.recent_persons):
                    first = self.ctx.persons[k].name.split()[0]
                    if N.is_cyrillic(first):
                        first = N.lemma_ru(first, "Name")
                    if len(self.ctx.persons[k].name.split()) > 1 and N.skeleton(first) == sk:
                        e = Entity(e.text, e.type, k, e.start, e.end, e.role, True)
                        break
            out.append(e)
        return out

    def _lookahead(self) -> dict:
        if callable(self.lookahead):
            self.lookahead = self.lookahead()
        return self.lookahead

    def _person_by(self, country: str | None, noun: str) -> str | None:
        cands = list(reversed(self.ctx.recent_persons))
        if country:
            cands = [k for k in cands if country in self.ctx.persons[k].affil]
        if not cands and country and self._lookahead():
            # cataphora: "Russia's top military officer and the NATO commander" in a lead
            # sentence, the names come later in the article
            look = self._lookahead()
            cands = [k for k, p in look.items() if country in p.affil]
            if cands:
                for k in cands:
                    if k not in self.ctx.persons:
                        p = look[k]
                        self.ctx.persons[k] = type(p)(p.key, p.name, p.role, p.affil)
        if not cands:
            return None
        if _ROLE_LEADER.search(noun):
            pref = [k for k in cands if _ROLE_LEADER.search(self.ctx.persons[k].role or "")]
        elif _ROLE_MILITARY.search(noun):
            pref = [k for k in cands if _ROLE_MILITARY.search(self.ctx.persons[k].role or "")]
        else:
            pref = []
        return (pref or cands)[0]

    def _coref(self, text: str, lang: str, ents: list[Entity], past: bool = False) -> list[Entity]:
        """Descriptions and pronouns resolved to persons the document named.  ``past``: the
        sentence speaks of a time over a year before the article, when titles may have
        belonged to other people, so role descriptions are left alone."""
        out: list[Entity] = []
        named = {e.key for e in ents if e.type == "person"}
        rx = _TWO_RU if lang == "ru" else _TWO_EN
        plural = _PLURAL_RU if lang == "ru" else _PLURAL_EN
        matches = list(rx.finditer(text))
        only_groups = False
        if not matches and len(named) < 2:
            matches = [m for m in plural.finditer(text)][:1]
            only_groups = True  # a bare plural needs people named together before it
        for m in matches:
            noun = m.group("noun")
            pool = []
            for group in reversed(self.person_groups):
                g = [k for k in group if k not in named]
                if len(g) >= 2:
                    pool = g
                    break
            if not pool and not only_groups:
                pool = [k for k in reversed(self.ctx.recent_persons) if k not in named]
            if _ROLE_MILITARY.search(noun):
                mil = [k for k in pool if _ROLE_MILITARY.search(self.ctx.persons[k].role or "")]
                if len(mil) >= 2:
                    pool = mil
            for k in pool[:2]:
                out.append(Entity(m.group(0), "person", k, m.start(), m.end(), self.ctx.persons[k].role, True))
        for m in _THEIR.finditer(text):
            if len(self.prev_sentence_persons) >= 2 and not out:
                for k in self.prev_sentence_persons[:2]:
                    out.append(Entity(m.group(0), "person", k, m.start(), m.end(), None, True))
        rx = _DEM_RU if lang == "ru" else _DEM_EN
        descs = []
        for m in rx.finditer(text):
            dem = m.group("dem")
            country = N.demonym_country(dem)
            if not country and lang == "en":
                hit = N.lookup(dem)
                country = hit[1] if hit and hit[0] in ("place", "org") else None
            if country:
                descs.append((m.start(), m.end(), m.group(0), country, m.group("noun")))
        if lang == "ru":
            for m in _DESC_RU.finditer(text):
                for w in re.findall(r"[\w-]+", m.group("rest")):
                    if not w[:1].isupper():
                        continue
                    hit = N.lookup(w) or N.lookup(N.lemma_ru(w, "Geox"))
                    if hit and hit[0] in ("place", "org"):
                        end = m.start("rest") + m.group("rest").find(w) + len(w)
                        descs.append((m.start(), end, text[m.start() : end], hit[1], m.group("noun")))
                        break
        for a, b, dtext, country, noun in ([] if past else descs):
            if any(e.start is not None and e.start <= a < (e.end or 0) for e in out):
                continue
            appos = [e for e in ents if e.type == "person" and e.start is not None and 0 <= e.start - b <= 45
                     and not re.search(r"(?<![\w-])(?:и|and|а|but)(?![\w-])|[.;]", text[b : e.start])]
            inside = [e for e in ents if e.type == "person" and e.start is not None and e.start <= a < (e.end or 0)]
            if appos or inside:
                continue
            k = self._person_by(country, noun)
            if k and k not in named and k not in {e.key for e in out}:
                out.append(Entity(dtext, "person", k, a, b, self.ctx.persons[k].role, True))
        for m in _HEAD_OF_STATE.finditer(text):
            k = self._person_by(None, "president")
            if k and k not in named:
                out.append(Entity(m.group(0), "person", k, m.start(), m.end(), self.ctx.persons[k].role, True))
        m = _PRON.search(text)
        if m and not any(e.start == m.start("p") for e in out):
            if self.prev_sentence_persons and self.prev_sentence_persons[0] not in {e.key for e in out}:
                first_named = min((e.start for e in ents if e.type == "person"), default=10**9)
                if m.start("p") < first_named:
                    k = self.prev_sentence_persons[0]
                    out.append(Entity(m.group("p"), "person", k, m.start("p"), m.end("p"), self.ctx.persons[k].role, True))
        if lang == "en":
            for m in _ORG_DESC.finditer(text):
                head = m.group("head").lower()
                dem = m.group("dem")
                country = N.demonym_country(dem) if dem else None
                if dem and not country:
                    continue
                if head in ("alliance", "bloc"):
                    # "the alliance": an alliance the document has named, else one named in
                    # this sentence ("... and the alliance said ... NATO commander ...")
                    named = [e.key for e in ents if e.type == "org" and e.key in alliance_keys()]
                    cands = [k for k in reversed(self.ctx.orgs) if k in alliance_keys()] or named
                    if cands:
                        out.append(Entity(m.group(0), "org", cands[0], m.start(), m.end(), None, True))
                    continue
                for k in reversed(self.ctx.orgs):
                    if head[:5] in k and (country is None or k.startswith(country)):
                        out.append(Entity(m.group(0), "org", k, m.start(), m.end(), None, True))
                        break
        return out

    # ------------------------------------------------------------------ frame
    def frame(self, text: str, lang: str | None = None, *, light: bool = False) -> ClaimFrame | None:
        """The frame of the next sentence of the document.  ``light``: only update the
        document context (names, titles, times) and return None — the first pass."""
        if lang not in ("en", "ru"):
            lang = detect_lang(text)
        mod = "asserted" if light else modality(text, lang)

        def future_at(pos: int) -> bool:
            # a plan, or a possibility that is not counterfactual ("could take place in May")
            if mod == "asserted" or re.search(r"\b(?:could|might|would|may)\s+(?:not\s+)?have\b|(?<![\w-])(?:мог|могла|могло|могли)\s+бы", text, re.I):
                return False
            a = max(text.rfind(c, 0, pos) for c in ",;:—–")
            bs = [i for i in (text.find(c, pos) for c in ",;:—–") if i >= 0]
            clause = text[a + 1 : min(bs) if bs else len(text)]
            head = text[: min(bs) if bs else len(text)]
            return modality(clause, lang) != "asserted" or (modality(head, lang) != "asserted" and a < 0)

        times = extract_times(text, lang, self.ref, future=future_at, prev=self.ctx.prev_time)
        titles = title_spans(text)  # a date inside a work's quoted title names the work (round ai; its figures stay read)
        titled = [t for t in times if t.pos is not None and any(a <= t.pos < b for a, b in titles)]
        times = [t for t in times if t not in titled]
        ents = extract_entities(text, lang, self.ctx)
        # a name inside a date is no person ("on Christmas Eve 1818", "on New Year's Day": round ak)
        ents = [e for e in ents if not (e.type == "person" and e.start is not None and any(
            t.pos is not None and t.pos <= e.start and e.end <= t.pos + len(t.text) for t in times))]
        ents = self._resolve_first_names(ents)
        # "пресс-служба Минобороны РФ": the press service speaks for the ministry
        ents = [e for i, e in enumerate(ents) if not (e.key.endswith("press-service") and i + 1 < len(ents) and ents[i + 1].type == "org")]
        past = self.ref is not None and any(
            t.role == "point" and t.end is not None and (self.ref - t.end).days > 365 for t in times
        )
        ents = sorted(ents + self._coref(text, lang, ents, past), key=lambda e: (e.start or 0))
        if light:
            self._update(ents, times, main_time(times))
            return None
        skip = []
        for t in times + titled:
            if t.pos is not None:
                skip.append((t.pos, t.pos + len(t.text)))
        quants = extract_quantities(text, lang, skip)
        if rules := weekday_rules(text, lang):  # "the last Tuesday of January" (round ap)
            quants = [q for q in quants if q.pos is None or not any(r.pos <= q.pos < r.pos + len(r.text) for r in rules)] + rules
        quants = part_of_whole(quants, text, lang)  # "19 of the 20 wickets", «17 калиток из 20» (round ar)
        ents = drop_counted_persons(ents, quants, text)  # "eighteen Olympic medals": no person (round r)
        pol = polarity(text, lang)
        attr = attribution(text, lang, ents)
        etype = event_type(text, lang)
        # participants: persons and non-media organisations, the speaker excluded
        parts: list[str] = []
        for e in ents:
            if e.type in ("person", "org") and e.key not in media_keys() and e.key not in parts:
                if e.key == attr and etype not in ("statement", None):
                    continue
                if e.type == "org" and any(p for p in parts if p in self.ctx.persons) and e.key.endswith(("-general-staff", "-armed-forces", "-press-service")):
                    continue  # "глава Генштаба Иванов": the org is a title, not a participant
                parts.append(e.key)
        if len(parts) < 2:
            for e in ents:
                if e.type == "place" and e.key not in parts and is_country(e.key) and (
                    _ACTOR_BEFORE.search(text[max(0, (e.start or 0) - 12) : e.start or 0])
                    or (_ACTOR_AFTER.match(text[e.end or 0 : (e.end or 0) + 8]) and not _LOC_PREP.search(text[max(0, (e.start or 0) - 10) : e.start or 0]))
                    or (e.start or 0) <= 4
                ):
                    parts.append(e.key)
        place = _event_place(text, ents)
        etime = main_time(times)
        if etime is None and self.ctx.prev_event_time is not None and _ANAPHOR_EVENT.search(text):
            etime = self.ctx.prev_event_time
        until = etime.start if etime is not None and etime.start else self.ref
        excl = extract_exclusivity(text, lang, times, quants, etype, tuple(parts), until)
        event = Event(etype, tuple(parts), place, etime) if (etype or parts or etime) else None
        frame = ClaimFrame(tuple(ents), tuple(times), tuple(quants), tuple(excl), pol, mod, attr, event)
        self._update(ents, times, etime)
        return frame

    def _update(self, ents: list[Entity], times: list[TimeSpan], etime: TimeSpan | None) -> None:
        persons = []
        for e in ents:
            if e.type == "person":
                if not e.coref:
                    affil = affiliations(e.role or "")
                    self.ctx.add_person(e.key, e.text, e.role, affil)
                elif e.key in self.ctx.persons:
                    self.ctx.add_person(e.key, self.ctx.persons[e.key].name, None, ())
                if e.key not in persons:
                    persons.append(e.key)
            elif e.type == "org":
                if e.key in self.ctx.orgs:
                    self.ctx.orgs.remove(e.key)
                self.ctx.orgs.append(e.key)
            elif e.type == "place":
                self.ctx.places.append(e.key)
        if persons:
            self.prev_sentence_persons = persons
            self.person_groups.append(persons)
        dated = [t for t in times if t.start is not None and t.role in ("point", "since")]
        if dated:
            self.ctx.prev_time = dated[-1]
        if etime is not None:
            self.ctx.prev_event_time = etime


def _event_place(text: str, ents: list[Entity]) -> str | None:
    """Where the event happens: a city after a locative preposition beats a country."""
    locs = [e for e in ents if e.type == "place" and _LOC_PREP.search(text[max(0, (e.start or 0) - 10) : e.start or 0])]
    if not locs:
        # a dateline ("TBILISI, 2 Mar", "Tbilisi, Georgia, March 2") or a lone place
        m = _DATELINE_PLACE.match(text)
        if m:
            for e in ents:
                if e.type == "place" and e.text == m.group(1):
                    return e.key
        return None
    cities = [e for e in locs if not is_country(e.key)]
    return (cities or locs)[0].key
