"""Who won and who lost, on each side (issue 10 round ay): "the Austrians defeated Frederick" and «Фридрих разгромил
австрийцев» use one word of winning, yet tell two results.  A word of ``lang/{en,ru}/contest_roles.tsv`` says where its
winner and its loser stand: the subject of an active verb won ("Frederick defeated"), the subject of a passive lost ("the
army was routed by"), a noun of victory is won by the people's adjective right before it ("a British victory over"), a noun of defeat
is lost by the side named right after it and won by the one after «от» / "by" (round cf: «поражением Шереметева от
шведов», "the defeat of the Saxons by the Swedes").
Each side is keyed (a people by ``lang/gazetteer/peoples.tsv`` or its adjective, a ruler's given name by ``ruler_names.tsv``, any
other name by its cross-script key).  Two claims whose winner is named as the other's loser, and no side in the same
role on both, tell a swapped result; one winner or one loser named alike on both tells the same result, whatever the
words ("Louis defeated Frederick" / «Фридрих, проиграв … Людвигу»)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Contest", "contest", "compare", "contest_pair"]

#: An auxiliary right before a word of winning makes it passive ("was defeated", "had been routed"); its winner follows
#: "by" within the clause (``_BY``).
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.I)
_BY = re.compile(r"(?:(?!\b(?:and|but|while|which|who)\b)[^,;:()]){0,60}?\bby\s+", re.I)
#: A word or a piece of punctuation that ends a clause's stretch of words.
_TOKEN = re.compile(r"[\w’'-]+|[,;:()—–«»\"]")
_BOUNDARY = frozenset(",;:()—–")
#: How many words after the word of winning may still name the other side ("routed the forces of Tsar Samuel").
_OBJECT_WORDS = 10
#: Russian plural endings of an oblique case: a people so named before the verb is its object, not its subject
#: («австрийцев разгромил Фридрих»).
_OBLIQUE_PLURAL = re.compile(r"(?:ов|ев|ам|ям|ами|ями|ах|ях)$")
_PEOPLE_ENDING = r"(?:ы|и|е|ов|ев|ей|ам|ям|ами|ями|ах|ях)?"
_ADJECTIVE_ENDING = r"(?:ий|ая|ое|ие|ого|ому|им|ой|ую|их|ими|ом)"


@dataclass(frozen=True)
class Contest:
    """One side's contest: the keys and the words of its winner and its loser (either may be unnamed), and the word."""

    winner: frozenset[str]
    loser: frozenset[str]
    text: str


@lru_cache(maxsize=4)
def _forms(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    from crosscheck.lang.resources import split, tsv

    out = []
    try:
        rows = tsv(f"{lang}/contest_roles.tsv")
    except FileNotFoundError:
        return ()
    for row in rows:
        if row["kind"] in _WORD_KINDS:
            continue
        for form in split(row["forms"]):
            parts = []
            for word in form.split():
                if word == "...":
                    parts.append(r"(?:[\w’'-]+\s+){0,3}?")
                else:
                    parts.append(re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "") + r"\s+")
            rx = "".join(parts)[:-3]  # no space after the last word
            out.append((re.compile(r"(?<![\w-])" + rx + r"(?![\w-])", re.I), row["kind"]))
    return tuple(out)


#: Rows of ``contest_roles.tsv`` that list words around the sides, not forms of winning.
_WORD_KINDS = ("join", "at", "next", "by", "attempt")


@lru_cache(maxsize=8)
def _words(lang: str, kind: str) -> frozenset[str]:
    """The words of one kind of ``lang/{lang}/contest_roles.tsv`` (join, at, next)."""
    from crosscheck.lang.resources import split, tsv

    try:
        return frozenset(w for row in tsv(f"{lang}/contest_roles.tsv") if row["kind"] == kind for w in split(row["forms"]))
    except FileNotFoundError:
        return frozenset()


@lru_cache(maxsize=1)
def _peoples() -> tuple[dict[str, str], re.Pattern, dict[str, str]]:
    from crosscheck.lang.resources import split, tsv

    en: dict[str, str] = {}
    ru: dict[str, str] = {}
    for row in tsv("gazetteer/peoples.tsv"):
        for f in split(row["en"]):
            en[f.lower()] = row["key"]
        for s in split(row["ru_stems"]):
            ru[s] = row["key"]
    nouns = "|".join(sorted((re.escape(s) for s in ru if not s.endswith("ск")), key=len, reverse=True))
    adjectives = "|".join(sorted((re.escape(s) for s in ru if s.endswith("ск")), key=len, reverse=True)) or r"(?!x)x"
    return en, re.compile(r"(" + nouns + ")" + _PEOPLE_ENDING + r"|(" + adjectives + ")" + _ADJECTIVE_ENDING), ru


def _people(word: str) -> str | None:
    """The key of a people named by ``word`` ("Austrians", «австрийцев»), or None."""
    en, rx, ru = _peoples()
    if word.lower() in en and word[:1].isupper():
        return en[word.lower()]
    m = rx.fullmatch(word.replace("ё", "е")) if word[:1].islower() else None
    return ru[m.group(1) or m.group(2)] if m else None


def _word_keys(word: str, lang: str) -> set[str]:
    """The keys one word gives its side: a country or people, a ruler's given name, a name's cross-script key."""
    from crosscheck.frame.en_words import W
    from crosscheck.frame.names import lemma_ru, place_key
    from crosscheck.lang.gazetteer import demonym_country
    from crosscheck.lang.given_names import english_given

    keys = set()
    for part in word.split("-"):
        if part and (country := demonym_country(part) or _people(part)):
            keys.add(country)
    if keys or not word[:1].isupper() or re.fullmatch(r"[IVXLC]+", word):
        return keys
    if word.lower() in W.stop or word.lower() in W.titles:
        return keys
    lemma = lemma_ru(word) if lang == "ru" else re.sub(r"['’]s$", "", word)
    if given := next(filter(None, map(english_given, (lemma, word, word[:-1]))), None):
        return {"given:" + given.lower()}  # Louis / Людвиг, Frederick / Фридрих: translated, not transliterated
    key = place_key(lemma)
    return {key} if len(key) >= 3 else set()


def _runs(tokens: list[str], lang: str) -> list[tuple[frozenset[str], str]]:
    """Runs of words that name one side (words with keys, joined by "the", "of", "and"...), as (keys, words); a run
    right after a preposition of place (one word between at most) is left out."""
    runs, keys, words, gap = [], set(), [], []
    at, join = _words(lang, "at"), _words(lang, "join") | _words("en", "join")  # "the", "of" join Latin names in Russian too
    for i, tok in enumerate(tokens + [","]):
        k = _word_keys(tok, lang) if tok not in _BOUNDARY else set()
        if k and not words and (i >= 1 and tokens[i - 1].lower() in at
                                or i >= 2 and tokens[i - 2].lower() in at and tokens[i - 1].islower()):
            k = set()  # where, not who
        if k:
            keys |= k
            words += gap + [tok]
            gap = []
        elif words and tok.lower() in join and not gap:
            gap = [tok]
        elif words:
            runs.append((frozenset(keys), " ".join(words)))
            keys, words, gap = set(), [], []
    return runs


def _subject(tokens: list[str], lang: str, active: bool = False) -> tuple[frozenset[str], str] | None:
    """The sides named in the nearest stretch of the clause before the word that names one, merged: the subject and its
    attributes («французская армия Гастона де Фуа»).  A stretch naming no side leads further back (three at most:
    «Фридрих, проиграв …», "French troops, some armed with rifles, defeated"), unless it opens a clause of its own
    (``clause_openers.tsv``: «…, где его добровольцев разбили»).  Before a Russian active
    verb, a plural in an oblique case among the three words before it is its object, the subject standing after the verb
    («где его добровольцев разбили папские войска»): none is read."""
    from crosscheck.relate.clause_scope import opens_clause

    stretches, cur = [], []
    for tok in tokens:
        if tok in _BOUNDARY:
            stretches.append(cur)
            cur = []
        else:
            cur.append(tok)
    stretches.append(cur)
    if active and _object_first(stretches[-1], lang):
        return None
    for stretch in reversed(stretches[-3:]):
        # «австрийцев разгромил Фридрих»: a people in an oblique case before the verb is its object
        runs = [r for r in _runs(stretch, lang) if not (lang == "ru" and _OBLIQUE_PLURAL.search(r[1].split()[0]))]
        if runs:
            return frozenset().union(*(k for k, _ in runs)), " ".join(w for _, w in runs)
        if stretch and opens_clause(stretch[0], lang):
            return None  # «…, где его добровольцев разбили»: a clause of its own, whose subject is not before it
    return None


def _object_first(stretch: list[str], lang: str) -> bool:
    """A Russian clause of its own («где», «котор…») with a plural in the accusative among the three words before an
    active verb («где австрийцев разбили пруссаки»): its object stated first, the winner after the verb.  A genitive
    after a noun («сборная студентов обыграла») or a plural after a preposition («в трёх сетах») opens no such clause."""
    from crosscheck.relate.clause_scope import opens_clause

    return (lang == "ru" and bool(stretch) and opens_clause(stretch[0], lang)
            and any(t.islower() and _ACCUSATIVE_PLURAL.search(t) for t in stretch[-3:]))


def _object_opens(before: list[str], lang: str) -> bool:
    """Round cb: a Russian clause that opens, after a date or a stop, with a plural in the accusative right before an
    active verb («28.11.1666 мятежников разбил генерал …», «15 мая 1525 г. повстанцев разгромило войско …»): its object
    stated first, the winner after the verb.  A plural after a noun («армия повстанцев разбила») is that noun's
    genitive, and the noun the subject."""
    if lang != "ru" or not before or not (before[-1].islower() and _ACCUSATIVE_PLURAL.search(before[-1])):
        return False
    prev = before[-2] if len(before) > 1 else ""
    return prev == "" or prev in _BOUNDARY or prev.isdigit() or prev.lower() in ("г", "году", "гг")


#: Russian endings of an animate plural in the accusative («австрийцев», «добровольцев»).
_ACCUSATIVE_PLURAL = re.compile(r"(?:ов|ев)$")


def _object(tokens: list[str], lang: str) -> tuple[frozenset[str], str] | None:
    """The sides named in the clause right after the word (``_OBJECT_WORDS`` at most), merged."""
    head = []
    for tok in tokens[:_OBJECT_WORDS]:
        if tok in _BOUNDARY or (tok.lower() in _words(lang, "next") and _runs(head, lang)):
            break  # "defeated the League and captured the Elector": the next verb's object is no side
        head.append(tok)
    runs = _runs(head, lang)
    if not runs:
        return None
    return frozenset().union(*(k for k, _ in runs)), " ".join(w for _, w in runs)


@lru_cache(maxsize=16384)  # once per text: a claim meets many pairs
def contest(text: str, lang: str) -> Contest | None:
    """The first word of winning or losing in ``text`` with its winner and loser, or None (no such word, or neither side
    named)."""
    found = None
    for rx, kind in _forms(lang):
        m = rx.search(text)
        if m and (found is None or (m.start(), -m.end()) < (found[0].start(), -found[0].end())):
            found = (m, kind)
    if found is None:
        return None
    m, kind = found
    if kind == "active" and m.group(0).lower().startswith("to ") and _attempted(text[:m.start()], lang):
        return None  # "failed to defeat Kutuzov": no win told (round cf review)
    if kind == "defeat":
        told = _defeat(text, m, lang)
        if told is not None:
            return told
        # «завершилась поражением при Сольферино, где австрийцев разбили французы»: a noun of defeat with no loser after
        # it leaves the result to the next word of winning
        return contest(text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():], lang)
    rest = text[m.end():]
    if kind == "active" and _AUXILIARY.search(text[:m.start()]):
        # "was defeated in October 1066 at Hastings by William": a passive whose "by" lies past the forms' gap (round by)
        by = _BY.match(rest)
        if by is None:
            return None
        kind, rest = "passive", rest[by.end():]
    before, after = _TOKEN.findall(text[:m.start()]), _TOKEN.findall(rest)
    inner = _runs(_TOKEN.findall(m.group(0)), lang) if kind == "victory" else []
    first = inner[0] if inner else _adjacent(before, lang) if kind == "victory" else None  # «победой русских над»
    first = first or _subject(before, lang, active=kind == "active")
    second = _object(after, lang) if kind != "won" else None  # "won the Battle of Ravenna": no loser named
    winner, loser = (second, first) if kind == "passive" else (first, second)
    if kind == "active" and (_object_first(_TOKEN.findall(text[:m.start()].rsplit(",", 1)[-1]), lang) or _object_opens(before, lang)):
        winner, loser = second, None  # «где его добровольцев разбили папские войска»: the subject after the verb
    if winner is None and loser is None:
        return None
    return Contest(winner[0] if winner else frozenset(), loser[0] if loser else frozenset(), _quote(text, m, first, second))


def _defeat(text: str, m: re.Match, lang: str) -> Contest | None:
    """Round cf: a noun of defeat («поражением Шереметева от шведов», "the defeat of the Saxons by the Swedes"): its loser
    named right after it, its winner after «от» / "by"; None when no loser is named."""
    by = _words(lang, "by")
    head = _TOKEN.findall(text[m.end():])[:_OBJECT_WORDS]
    at = next((i for i, t in enumerate(head) if t in _BOUNDARY or _starts_by(head, i, by)), len(head))
    runs = _runs(head[:at], lang)
    if not runs:
        return None
    loser = runs[0]  # the first name after the noun: «поражения Наполеона в России Пруссия …» lost Napoleon only
    told = _starts_by(head, at, by) if at < len(head) else 0
    winner = _object(head[at + told:], lang) if told else None
    return Contest(winner[0] if winner else frozenset(), loser[0], _quote(text, m, None, loser))


def _starts_by(tokens: list[str], i: int, by: frozenset[str]) -> int:
    """How many tokens from ``i`` on spell one of the words that name a winner ("by", "at the hands of", «от»), or 0."""
    for phrase in sorted(by, key=len, reverse=True):
        words = phrase.split()
        if [t.lower() for t in tokens[i:i + len(words)]] == words:
            return len(words)
    return 0


def _attempted(before: str, lang: str) -> bool:
    """The word right before an infinitive of winning tells an attempt, no win ("failed to defeat", "in order to crush")."""
    last = _TOKEN.findall(before)[-1:]
    return bool(last) and last[0].lower() in _words(lang, "attempt")


def _quote(text: str, m: re.Match, first, second) -> str:
    """The words that tell the result: from the first side's name to the second's, as written ("the Austrians … defeated
    Frederick the Great": what lies between is elided when it is long)."""
    start = text.rfind(first[1].split()[0], 0, m.start()) if first else m.start()
    end = m.end()
    if second:
        last = second[1].split()[-1]
        end = text.find(last, m.end()) + len(last) if text.find(last, m.end()) >= 0 else m.end()
    head = text[start:m.start()].split()
    tail = text[m.end():end].split()
    head = head if len(head) <= 4 else head[:3] + ["…"]
    tail = tail if len(tail) <= 5 else ["…"] + tail[-3:]
    return " ".join(head + [m.group(0)] + tail)


def _adjacent(tokens: list[str], lang: str) -> tuple[frozenset[str], str] | None:
    """The side named among the three words right before a noun of victory ("a British victory", «победа англичан»
    comes after: none), or None."""
    for tok in reversed(tokens[-3:]):
        if tok in _BOUNDARY:
            return None
        if keys := _word_keys(tok, lang):
            return frozenset(keys), tok
    return None


def _meet(x: frozenset[str], y: frozenset[str]) -> bool:
    from crosscheck.relate.name_keys import keys_close

    return any(a == b or keys_close(a, b) or _one_stem(a, b) for a in x for b in y)


def _one_stem(a: str, b: str) -> bool:
    """Two skeletons of one name's adjectives ("Schmalkaldic" / «Шмалькальденского»: "smlkldk" / "smlkldnsk"): five
    consonants or more in common from the start."""
    from crosscheck.relate.name_keys import canonical

    return min(len(a), len(b)) >= 5 and a[:5] == b[:5] and (a + b).isalpha() and not (canonical(a) or canonical(b))


def compare(a: Contest | None, b: Contest | None) -> str | None:
    """"swapped" when one side's winner is the other's loser and no side is in the same role on both; "same" when one
    winner or one loser is named alike on both and none is swapped; else None."""
    if a is None or b is None:
        return None
    crossed = _meet(a.winner, b.loser) or _meet(a.loser, b.winner)
    straight = _meet(a.winner, b.winner) or _meet(a.loser, b.loser)
    if crossed and not straight:
        return "swapped"
    if straight and not crossed:
        return "same"
    return None


def contest_pair(text_a: str, lang_a: str, text_b: str, lang_b: str):
    """The two sides' contests as a predicate pair of concept "contest" (equal when the result is the same, a clash when
    it is swapped), or None when the sides do not tell."""
    from crosscheck.relate.slot_values import Slot, SlotPair

    a, b = contest(text_a, lang_a), contest(text_b, lang_b)
    verdict = compare(a, b)
    if verdict is None:
        return None
    same = verdict == "same"
    return SlotPair("predicate", Slot("predicate", a.text, "won", "contest"),
                    Slot("predicate", b.text, "won" if same else "swapped", "contest"), same)
