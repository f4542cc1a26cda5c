"""English named entities without a statistical model: a capitalisation tagger.

Runs of capitalised tokens (with connectors: "Ministry of Defence", "al-Assad") are split
into gazetteer places and organisations, organisation phrases around a head word
(``lang/en/org_heads.tsv``), title words (``lang/en/titles.tsv``) and the person name
that follows them.  A surname the document named before is a person wherever it recurs;
"I" is never an entity.  Word lists are data under ``crosscheck/lang/en/``.
"""

from __future__ import annotations

import re

from crosscheck.frame import names as N
from crosscheck.frame.context import DocContext
from crosscheck.frame.divisions import en_divisions
from crosscheck.frame.en_name_context import inner_place as _inner_place, peerage_place as _peerage_place, placed as _placed
from crosscheck.frame.en_name_context import positioned as _positioned
from crosscheck.frame.en_words import W, title_words
from crosscheck.frame.orgs import gazetteer_hit, org_key_from_text, place_word_before
from crosscheck.lang.gazetteer import minor_town_keys, state_keys
from crosscheck.lang.particles import romance_particle_before
from crosscheck.lang.given_names import english_given
from crosscheck.model import Entity

__all__ = ["en_entities", "title_words", "W"]


_SPEECH_OR_ACT_AFTER = re.compile(
    r"(?:’s|'s)?\s+(?:(?:has|had|also|then|later|reportedly)\s+)?(?:said|says|told|tells|added|noted|stressed|warned|wrote|tweeted|insisted|"
    r"will|would|met|meets|visited|called|signed|announced|denied|arrived|urged|accused|thanked|spoke|phoned|"
    r"promised|vowed|pledged|argued|claimed|replied|responded)\b"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|other|its|their|this|these|those)\s+$", re.I)
_LOWER_AFTER = re.compile(r"\s+[a-z]")
#: A noun phrase set off by a comma before a name ("Tesla, the company Musk leads"): the name opens a relative clause
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}[a-z]+\s+$")
_ADJ_ENDING = re.compile(r"(?:ian|ean|an|ic|ese|ish)$")  # the endings of English adjectives of peoples and places
#: a version number after a name: a product ("Debian 6.0", "Windows 3.11"), not a person
_VERSION_AFTER = re.compile(r"\s+v?\d+(?:\.\d+)+\b")
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn)-[A-Z]")
_NAME_PARTICLES = ("al", "bin", "ibn", "de", "van", "von", "da")
#: an all-capital word of three to six letters: an acronym ("NASA", "UEFA"), an organisation unless
#: ``common_acronyms.tsv`` says otherwise; never a Roman numeral ("XIV")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_ROMAN = re.compile(r"[IVXLCDM]+")


#: An initial before a capitalised word ("George W. Bush", "J. K. Rowling") is one token with its period (round al).
_EN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-HJ-Z]\.(?=\s(?:[A-Z]\.\s)?[A-Z][a-z])|St\.(?=\s[A-Z][a-z])|[^\W\d_](?:[\w’'\-\.]*[^\W\d_])?|\d+|[^\w\s]")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _strip_poss(tok: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", tok)


def _sentence_start(toks: list[tuple[str, int, int]], i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1][0]
    return prev in {'"', "“", "«", "(", ":", "–", "—", "-", ".", "!", "?", "‘", "'"}


def en_entities(text: str, known: DocContext | None) -> list[Entity]:
    """Entities of one English sentence."""
    from crosscheck.frame._lazy import _mostly_upper

    headline = _title_case(text)
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
            if k < n and toks[k][0] != "I" and (_is_cap(toks[k][0]) or _ARABIC_PARTICLE.match(toks[k][0])) and toks[k][1] - toks[j][2] <= 1 and (
                    not toks[j][0].endswith(("’s", "'s")) or toks[k][0].lower() in W.nonperson_heads | W.periodical_heads):  # "Hadrian's Wall" (round an)
                run.append(k)
                j = k
                continue
            # connectors: "of (the) X", "al-X"
            if k < n and toks[k][0].lower() in W.connect and not toks[j][0].endswith(("’s", "'s")):
                m = k
                while m < n and toks[m][0].lower() in W.connect:
                    m += 1
                if m < n and _is_cap(toks[m][0]) and m - k <= 2 and toks[k][0].lower() != "and":
                    run.extend(range(k, m + 1))
                    j = m
                    continue
            break
        ents.extend(_split_run(text, toks, run, known, headline))
        i = j + 1
    for a, b, key in en_divisions(text):  # "Sakhalin Oblast", "the Kursk region": a division, not its city (round ap)
        ents = [e for e in ents if not (a <= (e.start or 0) < b)] + [Entity(text[a:b], "place", key, a, b)]
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
            hit = gazetteer_hit(phrase, text, a, a + len(phrase))
            if hit and not (size == 1 and phrase.lower() in W.stop):
                out.append(Entity(phrase, hit[0], hit[1], a, a + len(phrase)))
                i += size
                break
        else:
            i += 1
    return out


_HEADLINE_WORDS = re.compile(r"(?<=\w )(?:To|In|On|At|For|With|From|As|After|By|And|Or|Is|Are|Was|Be|He|She|It|They|We|Over|Into)\b")


def _title_case(text: str) -> bool:
    """A headline in Title Case ("Pants Falls Down As He Attempts To Flee"): function words
    capitalised inside the sentence, most words capitalised; capitals say little there."""
    if not _HEADLINE_WORDS.search(text):
        return False
    long = re.findall(r"[A-Za-z][A-Za-z’'-]{3,}", text)
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def _split_run(text: str, toks, run: list[int], known: DocContext | None, headline: bool = False) -> list[Entity]:
    words = [toks[r][0] for r in run]
    out: list[Entity] = []
    # drop a sentence-initial stop word ("The", "In", "Last") and any leading connectors
    while run and (
        (words[0].lower() in W.stop and (_sentence_start(toks, run[0]) or words[0].lower() in ("the", "a", "an")))
        or words[0].lower() in W.connect
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
            if phrase_toks[0].lower() in W.connect or phrase_toks[-1].lower() in W.connect:
                continue
            phrase = " ".join(phrase_toks[:-1] + [_strip_poss(phrase_toks[-1])])
            a = toks[run[s]][1]
            hit = gazetteer_hit(phrase, text, a, a + len(phrase))
            if hit is None or size == 1 and phrase in ("It", "Us"):
                continue
            if hit[0] == "place" and _peerage_place(toks, run[s]):
                for t in range(s, s + size):
                    used[t] = True  # "the Prince of Wales", "the Duke of Wellington": a title, no place (round af)
                continue
            if hit[0] == "place" and s >= 2 and not used[s - 2] and romance_particle_before(text[:a]):
                for t in range(s - 2, s + size):
                    used[t] = True  # "the Tour de France", "the Giro d'Italia": a race's name, no place (round bt)
                continue
            b = a + len(phrase)
            nxt = s + size
            if hit[0] == "place" and nxt < len(run) and not used[nxt] and (
                    (hit[1] in state_keys() or hit[1] in minor_town_keys()) and _strip_poss(words[nxt]).lower() in W.landform_tails | W.org_heads
                    or _strip_poss(words[nxt]).lower() in W.periodical_heads):
                # "the Colorado River", "the Mississippi Delta", "Texas Instruments": a landform or a firm named after a
                # state, read as one name by the passes below (round bk); so after a town ("the Fergana Valley", "the Kerch
                # Strait", "Glasgow Central Station": round cg) and after any place before a periodical's head ("the London
                # Magazine", "the Chicago Tribune": round ch)
                continue
            if hit[0] == "place" and N.is_country(hit[1]) and nxt < len(run) and not used[nxt] and (
                    _strip_poss(words[nxt]).lower() in W.demonym_place_nouns):
                # "the Denmark Strait", "the Panama Canal": a country's name opening a sea's or a canal's (round x), keyed
                # as a name of its own, never the country
                phrase = " ".join(words[s:nxt] + [_strip_poss(words[nxt])])
                size, b = size + 1, a + len(phrase)
                hit = ("place", N.place_key(phrase))
            for t in range(s, s + size):
                used[t] = True
            out.append(Entity(phrase, hit[0], hit[1], a, b))
    # 2. organisation phrases around a head word
    for s, w in enumerate(words):
        head = _strip_poss(w).lower()
        # a periodical's head is one only after more of its name ("the London Magazine", "Fraser's Magazine"), not alone
        # ("Magazine sales fell", "The Herald reported": round ch)
        if used[s] or not (head in W.org_heads or head in W.periodical_heads and s > 0 and not used[s - 1]):
            continue
        lo = s
        while lo > 0 and not used[lo - 1] and words[lo - 1].lower() not in W.stop and (
            words[lo - 1].lower() in W.titles or words[lo - 1][:1].isupper()
        ) and words[lo - 1].lower() not in ("president", "general", "chief", "commander", "minister"):
            lo -= 1
        if lo > 0 and used[lo - 1] and _inner_place(words, used, lo - 1):
            # "the English East India Company": a gazetteer place with more of the name before it is a word of the name
            place_at = lo - 1
            lo = place_at
            while lo > 0 and used[lo - 1] is False and words[lo - 1].lower() not in W.stop and words[lo - 1][:1].isupper():
                lo -= 1
            a0, b0 = toks[run[place_at]][1], toks[run[place_at]][2]
            out = [e for e in out if not (e.type == "place" and a0 <= (e.start or 0) < b0)]
        hi = s
        while hi + 1 < len(words) and (words[hi + 1].lower() in W.connect or (not used[hi + 1] and _strip_poss(words[hi]) == words[hi])) and words[hi + 1].lower() not in W.titles - W.org_heads - {"defense", "defence", "foreign", "interior", "staff", "army", "general"}:
            if words[hi + 1].lower() in W.connect and hi + 2 >= len(words):
                break
            hi += 1
        while hi > s and words[hi].lower() in W.connect:
            hi -= 1
        # include a following gazetteer place in "of the Russian Federation"
        a = toks[run[lo]][1]
        b = toks[run[hi]][2]
        tail = hi + 1
        while tail < len(words) and (words[tail].lower() in W.connect or used[tail]) and tail - hi <= 4:
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
        while s < len(words) and not used[s] and (words[s].lower().rstrip(".") in W.titles or words[s].lower() in W.connect) and words[s].lower() not in _NAME_PARTICLES[:-1]:
            s += 1
        titles = words[t0:s]
        n0 = s
        while s < len(words) and not used[s] and words[s].lower().rstrip(".") not in W.titles and (
            words[s].lower() not in W.connect or words[s].lower() in _NAME_PARTICLES
        ):
            s += 1
        name_toks = words[n0:s]
        # demonyms are not names: "Syrian President", "the Russian general"
        while name_toks:
            # two-word demonyms too ("South African", "North Korean", "New Zealand": lang/gazetteer/demonyms.tsv; round w)
            width = 2 if len(name_toks) >= 2 and N.demonym_country(f"{name_toks[0]} {_strip_poss(name_toks[1])}") else 1
            if width == 1 and not N.demonym_country(_strip_poss(name_toks[0])):
                break
            name_toks = name_toks[width:]
            n0 += width
        # a thing's head before two more capitalised words ("the 1936 Winter Olympics Ivar Ballangrud"): the name follows (round ao)
        heads = [i for i, t in enumerate(name_toks[:-2]) if _strip_poss(t).lower() in W.nonperson_heads]
        if heads:
            name_toks, n0 = name_toks[heads[-1] + 1:], n0 + heads[-1] + 1
        if not name_toks:
            if s == t0:
                s += 1
            continue
        if name_toks[0].lower() in W.stop:
            continue  # "May Day", "Monday Night"; a real "Theresa May" starts with the first name
        name = " ".join(name_toks[:-1] + [_strip_poss(name_toks[-1])])
        a = toks[run[n0]][1]
        b = a + len(name)
        key = N.person_key(name)
        if not key:
            continue
        if len(name_toks) >= 2 and name_toks[0].lower().rstrip(".") in W.landform_leads and not titles:
            # "Lake Titicaca", "Mount Elbrus": the place named by the rest, keyed as the other language names it
            rest = " ".join(name_toks[1:-1] + [_strip_poss(name_toks[-1])])
            if N.place_key(rest):
                out.append(Entity(name, "place", N.place_key(rest), a, b))
            continue
        if len(name_toks) >= 2 and name_toks[0] == "St." and _placed(toks, run[n0]) and toks[run[n0] - 1][0] != "to":
            out.append(Entity(name, "place", N.place_key(name), a, b))  # "at St. Moritz": a town named after a saint (round ao)
            continue
        if len(name_toks) >= 2 and name_toks[0] in W.place_articles and not titles:
            # "Los Alamos", "Las Palmas": a place, no person (round w), keyed by the words after the article, whose key
            # the Russian «Лос-Аламос» ("ls-alms") ends with: the article alone ("ls") would tie any two such names
            key = N.place_key(" ".join(name_toks[1:-1] + [_strip_poss(name_toks[-1])]))
            if key:
                out.append(Entity(name, "place", key, a, b))
            continue
        if len(name_toks) >= 2 and _strip_poss(name_toks[-1]).lower() in W.landform_tails and not titles:
            # "the Colorado River", "the Gobi Desert": the place named by the words before the noun
            rest = " ".join(name_toks[:-1])
            if key := N.place_key(rest):
                out.append(Entity(name, "place", key, a, b))
            continue
        if _strip_poss(name_toks[-1]).lower() in W.nonperson_heads or _VERSION_AFTER.match(text[b:]):
            continue  # "the Holy Roman Empire", "World War", "the Nobel Peace Prize", "Debian 6.0": no person
        if not titles and _ADJ_ENDING.search(name) and _DETERMINER_BEFORE.search(text[max(0, a - 12) : a]) and _LOWER_AFTER.match(text[b:]):
            continue  # an adjective between a determiner and a noun: "the Friulian language", "other South Arabian kingdoms"
        is_person = False
        # role phrase: title words in the run, plus preceding lowercase context
        role_bits = [toks[run[t]][0] for t in range(0, n0) if t < len(words)]
        role = " ".join(role_bits).strip() or None
        if any(t.lower().rstrip(".") in W.titles for t in titles):  # connectors alone are no title
            is_person = True
        elif known is not None and key in known.persons:
            is_person = True
        elif len(name_toks) >= 2 and not headline and all(t[:1].isupper() or t in _NAME_PARTICLES and not _placed(toks, run[n0])
                                                          for t in name_toks[:-1]) and (
                name_toks[-1][:1].isupper() and not any(N.demonym_country(t) for t in name_toks)):  # "Otto von Bismarck" (round ao)
            is_person = True
        elif len(name_toks) == 1 and W.surname_suffix.search(name) and len(name) > 4 and not (
                W.adverb_suffix.search(name) and _sentence_start(toks, run[n0])) and not (
                _positioned(toks, run[n0]) and not re.match(r"['’]s\b", text[b:])):  # "in Turin" (round cb)
            is_person = True
        elif len(name_toks) == 1 and _SPEECH_OR_ACT_AFTER.match(text[b:]) and not N.demonym_country(name):
            is_person = True  # "Tillerson will meet", "Merkel told reporters"
        if not is_person and len(name_toks) == 1 and _acronym(_strip_poss(name), headline):
            out.append(Entity(_strip_poss(name), "org", org_key_from_text(_strip_poss(name)), a, a + len(_strip_poss(name))))
            continue
        if not is_person:
            # an unknown single capitalised word: a place after a locative preposition
            prev = toks[run[n0] - 1][0].lower() if run[n0] > 0 else ""
            before = toks[run[n0] - 2][0].lower() if run[n0] > 1 else ""
            locative = (prev in W.locatives
                        and name.lower() not in W.directions and not (prev == "in" and before in W.field_heads))
            # "the island of Príncipe", "the town of Gruyères": a lower-case place noun and "of" (round ac)
            place_of = prev == "of" and before in W.place_of_heads and toks[run[n0] - 2][0].islower()
            if len(name_toks) == 1 and (locative or place_of) and not N.demonym_country(name):
                out.append(Entity(name, "place", N.place_key(name, towns=place_word_before(text[:a])), a, b))
            elif len(name_toks) == 1 and (prev == "for" and before in W.employer_verbs or prev in W.org_nouns and toks[run[n0] - 1][0].islower()
                                          and not (_APPOSITIVE.search(text[:a]) and _LOWER_AFTER.match(text[b:]))) and (
                    not N.demonym_country(name) and not english_given(name)):
                out.append(Entity(name, "org", org_key_from_text(name), a, b))  # "driving for Maserati" (round bd), "the firm Viessmann" (cd)
            continue
        # the role phrase also comes from lowercase words just before ("the chief of ...")
        out.append(Entity(name, "person", key, a, b, role))
    return out


def _acronym(word: str, headline: bool) -> bool:
    """An organisation written as an acronym ("NASA", "UEFA"): three to six capitals, no Roman numeral, no common
    abbreviation (``common_acronyms.tsv``: "DNA", "GDP", "USB"), not in a headline or all-caps text."""
    return (not headline and bool(_ACRONYM.fullmatch(word)) and not _ROMAN.fullmatch(word)
            and word not in W.common_acronyms and word.lower() not in W.stop)
