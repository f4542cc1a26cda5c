"""Named entities (person, org, place) with cross-script keys, titles split from names.

Russian: natasha's NER spans, lemmatised with pymorphy3, plus a gazetteer pass for what
the NER misses (РФ, НАТО, uppercase datelines).  English: no statistical NER offline, so a
capitalisation-based tagger: runs of capitalised tokens are split into gazetteer places and
organisations (Babel CLDR countries + curated tables), organisation phrases (a head word
such as Ministry / Council / Agency), titles (President, General, Commander ...) and the
person name that follows them.  A surname seen earlier in the document (``known``) is a
person wherever it recurs.

Every entity carries ``role`` for persons (the title phrase, e.g. "NATO Supreme Allied
Commander") and for organisations/places nothing.  Person keys are surname skeletons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crosscheck.model import Entity
from crosscheck.frame import names as N
from crosscheck.lang.gazetteer import media_keys

__all__ = ["extract_entities", "DocContext", "affiliations"]

# --------------------------------------------------------------------------- lexicons

TITLES_EN = set(
    """president vice prime minister deputy first general colonel lieutenant major admiral marshal commander
    chief head chairman chairwoman chair secretary spokesman spokeswoman spokesperson ambassador senator governor
    mayor king queen prince princess pope sheikh emir sultan chancellor director leader envoy foreign defense
    defence interior supreme allied army staff mr mrs ms dr sir lord lady gen col lt adm sen rep gov ceo
    executive officer coordinator representative special high commissioner attorney judge justice speaker
    patriarch archbishop professor prof captain sergeant president-elect premier founder chairperson
    rear vice-president vice-admiral lieutenant-general major-general brigadier brig commissioner-general
    economy finance trade energy health education justice transport agriculture state affairs general-secretary
    secretary-general spokesperson emergencies""".split()
)
_EN_LOW_TITLES = (r"chief|leader|head|president|minister|spokesman|spokeswoman|spokesperson|commander|general|envoy|"
                  r"ambassador|chairman|secretary|premier|counterpart|colleague|official|diplomat|adviser|advisor|aide|director")

ORG_HEADS_EN = set(
    """ministry department agency committee council commission organization organisation union alliance party
    parliament government administration office bureau service forces navy guard police bank fund company
    corporation corp inc ltd llc group university institute news presidency court assembly association
    foundation network times post journal channel tv radio command headquarters secretariat cabinet senate
    congress club federation""".split()
)
STOP_EN = set(
    """the a an this that these those it he she they we i you his her their our my your its in on at for with by
    from to of and but or so as after before during while when where what who whom whose which why how then there
    here also however meanwhile moreover still yet both all some many most every each no not last next today
    yesterday tomorrow thank thanks dear welcome let please follow according earlier later now since although
    though because if despite under over about between among through further only many several such other
    another one two three four five six seven eight nine ten is are was were be been has have had do does did
    will would can could should may might must shall of course indeed instead besides unlike like until
    once again even just already almost nearly more less most least very well yes oh update photo video read
    see also source sources editor note reporting writing additional january february march april june july august september
    october november december monday tuesday wednesday thursday friday saturday sunday spring summer autumn
    winter whether either neither nor against toward towards within without via per among amid""".split()
)
SURNAME_SUFFIX = re.compile(
    r"(?:ov|ev|yev|ova|eva|in|ina|sky|ski|skiy|skaya|enko|yan|ian|dze|shvili|uk|yuk|chuk|ovich|evich|ić|ic|escu|oglu|ogly|zade|ly|li)$",
    re.I,
)
_SPEECH_OR_ACT_AFTER = re.compile(
    r"(?:’s|'s)?\s+(?:(?:has|had|also|then|later|reportedly)\s+)?(?:said|says|told|tells|added|noted|stressed|warned|wrote|tweeted|insisted|"
    r"will|would|met|meets|visited|called|signed|announced|denied|arrived|urged|accused|thanked|spoke|phoned|"
    r"promised|vowed|pledged|argued|claimed|replied|responded)\b"
)
CONNECT_EN = {"of", "the", "for", "de", "da", "du", "von", "van", "der", "al", "bin", "ibn", "and", "la", "le", "del"}

# organisation heads normalised to one key part, both languages
_ORG_HEAD_KEYS = [
    (r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|минобороны|министерств\w*\s+обороны|оборонн\w*\s+ведомств\w*|military\s+department|defen[cs]e\s+department|department\s+of\s+defen[cs]e", "defense-ministry"),
    (r"foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+affairs\s+ministry|мид|министерств\w*\s+иностранных\s+дел|внешнеполитическ\w*\s+ведомств\w*", "foreign-ministry"),
    (r"interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|мвд|министерств\w*\s+внутренних\s+дел", "interior-ministry"),
    (r"general\s+staff|генштаб\w*|генеральн\w*\s+штаб\w*", "general-staff"),
    (r"armed\s+forces|вооруж[её]нн\w*\s+сил\w*|\bвс\b", "armed-forces"),
    (r"military\s+committee|военн\w*\s+комитет\w*", "military-committee"),
    (r"presidency|president'?s\s+office|presidential\s+administration|администраци\w*\s+президента|аппарат\w*\s+президента", "presidency"),
    (r"government|правительств\w*|кабинет\w*\s+министров", "government"),
    (r"central\s+bank|bank\s+of\s+russia|центробанк\w*|центральн\w+\s+банк\w*|\bцб\b|банк\w*\s+росси\w*", "central-bank"),
    (r"press\s+service|пресс-служб\w*", "press-service"),
    (r"embassy|посольств\w*", "embassy"),
    (r"parliament|парламент\w*", "parliament"),
    (r"security\s+council|совет\w*\s+безопасности|совбез\w*", "security-council"),
]
_ORG_HEAD_RX = [(re.compile(p, re.I), k) for p, k in _ORG_HEAD_KEYS]



def org_key_from_text(text: str, fallback_country: str | None = None) -> str:
    """Key of an organisation phrase: table hit, else '<country>-<head>' or a slug."""
    hit = N.lookup(text)
    if hit:
        return hit[1]
    if N.is_cyrillic(text):
        lem = " ".join(N.lemma_ru(w) for w in text.split())
        hit = N.lookup(lem)
        if hit:
            return hit[1]
    for rx, head in _ORG_HEAD_RX:
        if rx.search(text):
            country = _country_in(text) or fallback_country
            if head in ("military-committee", "armed-forces", "general-staff", "security-council") and "nato" in _orgs_in(text):
                country = "nato"
            return f"{country}-{head}" if country else head
    return N.slug(N.translit(text)) or text.lower()


def _country_in(text: str) -> str | None:
    for w in re.findall(r"[\w.’'-]+", text):
        w2 = re.sub(r"(?:'s|’s)$", "", w)
        c = N.demonym_country(w2)
        if c:
            return c
        hit = N.lookup(w2)
        if hit and hit[0] == "place":
            return hit[1]
        if N.is_cyrillic(w2) and w2[:1].isupper():
            hit = N.lookup(N.lemma_ru(w2, "Geox"))
            if hit and hit[0] == "place":
                return hit[1]
    low = text.lower()
    for phrase in ("russian federation", "united states", "российской федерации", "российская федерация"):
        if phrase in low:
            return N.lookup(phrase)[1]
    return None


def _orgs_in(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[\w.-]+", text):
        hit = N.lookup(w)
        if hit and hit[0] == "org":
            out.add(hit[1])
    return out


def affiliations(text: str) -> tuple[str, ...]:
    """Country and organisation keys named in a role phrase ("глава российского Генштаба")."""
    out: list[str] = []
    for w in re.findall(r"[\w.’'-]+", text):
        w2 = re.sub(r"(?:'s|’s)$", "", w)
        key = N.demonym_country(w2)
        if key is None:
            hit = N.lookup(w2)
            if hit is None and N.is_cyrillic(w2) and w2[:1].isupper():
                hit = N.lookup(N.lemma_ru(w2, "Geox"))
            key = hit[1] if hit else None
        if key and key not in out:
            out.append(key)
    low = text.lower()
    for phrase in ("russian federation", "российской федерации", "united states"):
        if phrase in low:
            k = N.lookup(phrase)[1]
            if k not in out:
                out.append(k)
    return tuple(out)


# --------------------------------------------------------------------------- document context


@dataclass
class Person:
    key: str
    name: str
    role: str | None = None
    affil: tuple[str, ...] = ()


@dataclass
class DocContext:
    """What the document has named so far, for coreference across sentences."""

    persons: dict[str, Person] = field(default_factory=dict)
    recent_persons: list[str] = field(default_factory=list)  # most recent last
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    prev_time: object = None  # TimeSpan of the previous mention
    prev_event_time: object = None
    surnames: dict[str, str] = field(default_factory=dict)  # skeleton -> key

    def add_person(self, key: str, name: str, role: str | None, affil: tuple[str, ...]) -> None:
        p = self.persons.get(key)
        if p is None:
            self.persons[key] = Person(key, name, role, affil)
        else:
            if len(name) > len(p.name):
                p.name = name
            if role and not p.role:
                p.role = role
            p.affil = tuple(dict.fromkeys(p.affil + affil))
        if key in self.recent_persons:
            self.recent_persons.remove(key)
        self.recent_persons.append(key)


# --------------------------------------------------------------------------- English

_EN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'\-\.]*[^\W\d_])?|\d+|[^\w\s]")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _strip_poss(tok: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", tok)


def _sentence_start(toks: list[tuple[str, int, int]], i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1][0]
    return prev in {'"', "“", "«", "(", ":", "–", "—", "-", ".", "!", "?", "‘", "'"}


def _en_entities(text: str, known: DocContext | None) -> list[Entity]:
    from crosscheck.frame._lazy import _mostly_upper

    if _mostly_upper(text):
        return _gazetteer_only(text)
    toks = [(m.group(0), m.start(), m.end()) for m in _EN_TOKEN.finditer(text)]
    ents: list[Entity] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i][0]
        if not _is_cap(tok) or tok.rstrip(".") in ("I",):
            i += 1
            continue
        # build a run of capitalised tokens with connectors
        j = i
        run = [i]
        while True:
            k = j + 1
            if k < n and (_is_cap(toks[k][0]) or re.match(r"(?:al|el|ad|as|ash|bin|ibn)-[A-Z]", toks[k][0])) and toks[k][1] - toks[j][2] <= 1 and not toks[j][0].endswith(("’s", "'s")):
                run.append(k)
                j = k
                continue
            # connectors: "of (the) X", "al-X"
            if k < n and toks[k][0].lower() in CONNECT_EN and not toks[j][0].endswith(("’s", "'s")):
                m = k
                while m < n and toks[m][0].lower() in CONNECT_EN:
                    m += 1
                if m < n and _is_cap(toks[m][0]) and m - k <= 2 and toks[k][0].lower() != "and":
                    run.extend(range(k, m + 1))
                    j = m
                    continue
            break
        ents.extend(_split_run(text, toks, run, known))
        i = j + 1
    return ents


def _gazetteer_only(text: str) -> list[Entity]:
    """Table names only (for all-caps text, where capitalisation says nothing)."""
    toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[\w.’'-]+", text)]
    out: list[Entity] = []
    i = 0
    while i < len(toks):
        for size in (4, 3, 2, 1):
            if i + size > len(toks):
                continue
            a, b = toks[i][1], toks[i + size - 1][2]
            phrase = _strip_poss(text[a:b].rstrip(".,"))
            hit = N.lookup(phrase)
            if hit and not (size == 1 and phrase.lower() in STOP_EN):
                out.append(Entity(phrase, hit[0], hit[1], a, a + len(phrase)))
                i += size
                break
        else:
            i += 1
    return out


def _split_run(text: str, toks, run: list[int], known: DocContext | None) -> list[Entity]:
    words = [toks[r][0] for r in run]
    out: list[Entity] = []
    # drop a sentence-initial stop word ("The", "In", "Last") and any leading connectors
    while run and (
        (words[0].lower() in STOP_EN and (_sentence_start(toks, run[0]) or words[0].lower() in ("the", "a", "an")))
        or words[0].lower() in CONNECT_EN
    ):
        run = run[1:]
        words = words[1:]
    if not run:
        return out
    used = [False] * len(run)
    # 1. gazetteer matches, longest first
    for size in range(min(5, len(run)), 0, -1):
        for s in range(0, len(run) - size + 1):
            if any(used[s : s + size]):
                continue
            phrase_toks = words[s : s + size]
            if phrase_toks[0].lower() in CONNECT_EN or phrase_toks[-1].lower() in CONNECT_EN:
                continue
            phrase = " ".join(phrase_toks[:-1] + [_strip_poss(phrase_toks[-1])])
            hit = N.lookup(phrase)
            if hit is None and size == 1 and phrase.lower() in ("it", "us"):
                continue
            if hit is None:
                continue
            if phrase == "US" or phrase == "us":
                pass
            a = toks[run[s]][1]
            b = a + len(phrase)
            for t in range(s, s + size):
                used[t] = True
            out.append(Entity(phrase, hit[0], hit[1], a, b))
    # 2. organisation phrases around a head word
    for s, w in enumerate(words):
        if used[s] or _strip_poss(w).lower() not in ORG_HEADS_EN:
            continue
        lo = s
        while lo > 0 and not used[lo - 1] and words[lo - 1].lower() not in STOP_EN and (
            words[lo - 1].lower() in TITLES_EN or words[lo - 1][:1].isupper()
        ) and words[lo - 1].lower() not in ("president", "general", "chief", "commander", "minister"):
            lo -= 1
        hi = s
        while hi + 1 < len(words) and (words[hi + 1].lower() in CONNECT_EN or (not used[hi + 1] and _strip_poss(words[hi]) == words[hi])) and words[hi + 1].lower() not in TITLES_EN - ORG_HEADS_EN - {"defense", "defence", "foreign", "interior", "staff", "army", "general"}:
            if words[hi + 1].lower() in CONNECT_EN and hi + 2 >= len(words):
                break
            hi += 1
        while hi > s and words[hi].lower() in CONNECT_EN:
            hi -= 1
        # include a following gazetteer place in "of the Russian Federation"
        a = toks[run[lo]][1]
        b = toks[run[hi]][2]
        tail = hi + 1
        while tail < len(words) and (words[tail].lower() in CONNECT_EN or used[tail]) and tail - hi <= 4:
            if used[tail]:
                b = toks[run[tail]][2]
                hi = tail
            tail += 1
        phrase = text[a:b]
        # a leading demonym adjective just before the run ("the Russian Defense Ministry")
        for t in range(lo, s + 1):
            used[t] = True
        key = org_key_from_text(phrase)
        out = [e for e in out if not (e.type == "org" and a <= (e.start or 0) < b)]
        out.append(Entity(_strip_poss(phrase), "org", key, a, b))
    # 3. titles and person names
    s = 0
    while s < len(words):
        if used[s]:
            s += 1
            continue
        t0 = s
        while s < len(words) and not used[s] and (words[s].lower().rstrip(".") in TITLES_EN or words[s].lower() in CONNECT_EN) and words[s].lower() not in ("al", "bin", "ibn", "de", "van", "von"):
            s += 1
        titles = words[t0:s]
        n0 = s
        while s < len(words) and not used[s] and words[s].lower().rstrip(".") not in TITLES_EN and (
            words[s].lower() not in CONNECT_EN or words[s].lower() in ("al", "bin", "ibn", "de", "van", "von", "da")
        ):
            s += 1
        name_toks = words[n0:s]
        # demonyms are not names: "Syrian President", "the Russian general"
        while name_toks and N.demonym_country(_strip_poss(name_toks[0])):
            name_toks = name_toks[1:]
            n0 += 1
        if not name_toks:
            if s == t0:
                s += 1
            continue
        if name_toks[0].lower() in STOP_EN:
            continue  # "May Day", "Monday Night"; a real "Theresa May" starts with the first name
        name = " ".join(name_toks[:-1] + [_strip_poss(name_toks[-1])])
        a = toks[run[n0]][1]
        b = a + len(name)
        key = N.person_key(name)
        if not key:
            continue
        is_person = False
        # role phrase: title words in the run, plus preceding lowercase context
        role_bits = [toks[run[t]][0] for t in range(0, n0) if t < len(words)]
        role = " ".join(role_bits).strip() or None
        if titles:
            is_person = True
        elif known is not None and key in known.persons:
            is_person = True
        elif len(name_toks) >= 2 and all(t[:1].isupper() for t in name_toks) and not any(N.demonym_country(t) for t in name_toks):
            is_person = True
        elif len(name_toks) == 1 and SURNAME_SUFFIX.search(name) and len(name) > 4:
            is_person = True
        elif len(name_toks) == 1 and _SPEECH_OR_ACT_AFTER.match(text[b:]) and not N.demonym_country(name):
            is_person = True  # "Tillerson will meet", "Merkel told reporters"
        if not is_person:
            # an unknown single capitalised word: a place after a locative preposition
            prev = toks[run[n0] - 1][0].lower() if run[n0] > 0 else ""
            if len(name_toks) == 1 and prev in ("in", "at", "near", "to", "from", "visited", "visit", "visiting", "toward", "towards") and not N.demonym_country(name):
                out.append(Entity(name, "place", N.place_key(name), a, b))
            continue
        # the role phrase also comes from lowercase words just before ("the chief of ...")
        out.append(Entity(name, "person", key, a, b, role))
    return out


# --------------------------------------------------------------------------- Russian

_RU_TITLE_WORDS = re.compile(
    r"(президент|премьер|министр|глав[аеуыо]|главком|начальник|командующ|генерал|полковник|адмирал|маршал|председател|"
    r"секретар|посол|советник|спикер|лидер|руководител|замести|директор|губернатор|мэр|коллег|представител|депутат|сенатор|"
    r"канцлер|корол|принц|патриарх|экс-|генсек|пресс-секретар|официальн)",
    re.I,
)
_RU_WORD = re.compile(r"[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z\-]*|\d+|[^\s\w]")


def _ru_role_before(text: str, start: int) -> str | None:
    """Lowercase title words immediately before a name: "глава российского Генштаба"."""
    window = text[max(0, start - 90) : start]
    # stop at a sentence-internal clause boundary
    cut = max(window.rfind(","), window.rfind("."), window.rfind(";"), window.rfind("("), window.rfind("«"), window.rfind(" и "))
    if cut >= 0:
        window = window[cut + 1 :]
    words = window.split()
    if not words:
        return None
    # keep at most 8 words, only if a title word is among them
    words = words[-8:]
    if not any(_RU_TITLE_WORDS.match(w.lower()) for w in words):
        return None
    # drop leading non-title prefix words ("Кроме этого", "и", verbs)
    while words and not _RU_TITLE_WORDS.match(words[0].lower()) and not N.demonym_country(words[0]):
        words = words[1:]
    return " ".join(words).strip(" –—-") or None


def _neighbour_country(text: str, start: int, end: int) -> str | None:
    """The country of a Russian organisation name from its neighbours: a demonym
    adjective before it ("российского Генштаба") or a genitive name after it
    ("Минобороны РФ"); the one after wins."""
    pre = re.search(r"([А-Яа-яЁё]+)\s+$", text[max(0, start - 30) : start])
    post = re.match(r"\s+([А-ЯЁA-Z][\wЁё.-]*)", text[end : end + 30])
    ctry = N.demonym_country(pre.group(1)) if pre else None
    if post:
        ph = N.lookup(post.group(1)) or N.lookup(N.lemma_ru(post.group(1), "Geox"))
        if ph:
            ctry = ph[1]
    return ctry


def _ru_entities(text: str) -> list[Entity]:
    from crosscheck.frame._lazy import ner_spans

    out: list[Entity] = []
    for a, b, typ in ner_spans([text])[0]:
        stext = text[a:b]
        if typ == "PER":
            toks = stext.split()
            lem = [N.lemma_ru(t, "Surn" if k == len(toks) - 1 else "Name") for k, t in enumerate(toks)]
            name = " ".join(lem)
            hit = N.lookup(stext) or N.lookup(name)
            if hit:  # NER confusion: a place or org tagged as a person
                out.append(Entity(stext, hit[0], hit[1], a, b))
                continue
            out.append(Entity(stext, "person", N.person_key(name), a, b, _ru_role_before(text, a)))
        elif typ == "LOC":
            key = N.place_key(stext)
            hit = N.lookup(stext) or N.lookup(" ".join(N.lemma_ru(w, "Geox") for w in stext.split()))
            typ = hit[0] if hit else "place"
            out.append(Entity(stext, typ, key if typ == "place" else hit[1], a, b))
        else:  # ORG
            hit = N.lookup(stext) or N.lookup(" ".join(N.lemma_ru(w) for w in stext.split()))
            if hit:
                out.append(Entity(stext, hit[0], hit[1], a, b))
                continue
            # extend: demonym adjective before, genitive country/NATO after
            ctry = _neighbour_country(text, a, b)
            key = org_key_from_text(stext, ctry)
            if key == N.slug(N.translit(stext)) and N.is_cyrillic(stext):
                # an unknown organisation: key its dictionary form (Росстата -> rosstat)
                from crosscheck.frame._lazy import parse_ru

                lem = " ".join((parse_ru(w.lower()) or [None])[0].normal_form if parse_ru(w.lower()) else w for w in stext.split())
                hit = N.lookup(lem)
                key = hit[1] if hit else (N.slug(N.translit(lem)) or key)
            out.append(Entity(stext, "org", key, a, b))
    # gazetteer pass for what NER missed
    covered = [(e.start, e.end) for e in out]
    for m in _RU_WORD.finditer(text):
        w = m.group(0)
        if not w[:1].isupper() or any(x <= m.start() < y for x, y in covered):
            continue
        hit = N.lookup(w) or (N.lookup(N.lemma_ru(w, "Geox")) if N.is_cyrillic(w) else None)
        if hit:
            out.append(Entity(w, hit[0], hit[1], m.start(), m.end()))
    # persons the NER misses: a capitalised unknown word or a surname right before a verb
    covered = [(e.start, e.end) for e in out]
    from crosscheck.frame._lazy import morph, parse_ru

    for m in re.finditer(r"(?<![\w-])([А-ЯЁ][а-яё]{3,})(?=\s+([а-яё]+))", text):
        w = m.group(1)
        if any(x <= m.start() < y for x, y in covered) or N.lookup(w) or N.demonym_country(w):
            continue
        ps = parse_ru(w.lower())
        nxt = parse_ru(m.group(2))
        verb_next = bool(nxt) and "VERB" in nxt[0].tag
        if verb_next and (any("Surn" in p.tag for p in ps[:2]) or not morph().word_is_known(w.lower())):
            out.append(Entity(w, "person", N.person_key(w), m.start(), m.end(), _ru_role_before(text, m.start())))
    # lowercase organisation phrases the NER does not tag ("оборонного ведомства АР")
    for rx, head in _ORG_HEAD_RX:
        for m in rx.finditer(text):
            if any(x <= m.start() < y for x, y in [(e.start, e.end) for e in out]):
                continue
            if head in ("press-service", "government", "parliament") and not re.search(r"[А-ЯЁA-Z]", text[m.end() : m.end() + 20]):
                continue
            ctry = _neighbour_country(text, m.start(), m.end())
            out.append(Entity(m.group(0), "org", f"{ctry}-{head}" if ctry else head, m.start(), m.end()))
    # fix org keys for heads with a following country entity ("Минобороны РФ")
    fixed: list[Entity] = []
    for e in out:
        if e.type == "org" and e.key in {k for _, k in _ORG_HEAD_KEYS}:
            for w in re.findall(r"[\wЁё.-]+", text[e.end : e.end + 50])[:4]:
                w = w.rstrip(".") if not re.fullmatch(r"(?:[A-ZА-Я]\.){2,}", w) else w
                if w.lower() in ("в", "во", "на", "с", "со", "по", "к", "о", "об", "для", "из", "от", "до", "у", "и", "при", "между"):
                    break  # "оборонных ведомств на Каспии": the place is not the owner
                if not w[:1].isupper():
                    continue
                ph = N.lookup(w) or N.lookup(N.lemma_ru(w, "Geox"))
                if ph and ph[1] in media_keys():
                    break
                if ph:
                    e = Entity(e.text, e.type, f"{ph[1]}-{e.key}", e.start, e.end, e.role)
                    break
        fixed.append(e)
    fixed.sort(key=lambda e: e.start or 0)
    return fixed


# --------------------------------------------------------------------------- public


def extract_entities(text: str, lang: str, known: DocContext | None = None) -> list[Entity]:
    """Entities of one sentence, in text order; ``known`` is the document context."""
    if lang == "ru" or (lang not in ("en",) and N.is_cyrillic(text)):
        ents = _ru_entities(text)
    else:
        ents = _en_entities(text, known)
        # English role phrase: extend with lowercase context "the chief of Russia's military general staff"
        fixed = []
        for e in ents:
            if e.type == "person":
                role = e.role
                after = re.match(r"\s*,\s*((?:the\s+)?[a-z][^,.;]{2,80}?)(?:,|\.|$| and )", text[e.end :])
                if not role and after and re.search(r"\b(" + "|".join(sorted(TITLES_EN)) + r")\b", after.group(1), re.I):
                    role = after.group(1)
                fixed.append(Entity(e.text, e.type, e.key, e.start, e.end, role))
            else:
                fixed.append(e)
        ents = sorted(fixed, key=lambda e: e.start or 0)
        # lowercase titles before a name: "NATO chief Jens Stoltenberg", "Chinese leader Xi Jinping"
        fixed = []
        for e in ents:
            if e.type == "person" and not e.role and e.start:
                m = re.search(r"((?:[A-Z][\w.’'-]*\s+)?(?:[a-z-]+\s+){0,2}(?:" + _EN_LOW_TITLES + r"))\s+$", text[max(0, e.start - 60) : e.start])
                if m:
                    e = Entity(e.text, e.type, e.key, e.start, e.end, m.group(1))
            fixed.append(e)
        ents = fixed
    # dedupe identical spans
    seen = set()
    out = []
    for e in ents:
        k = (e.start, e.end, e.key)
        if k in seen:
            continue
        seen.add(k)
        out.append(e)
    return out
