"""Polarity and opposite predicates of a claim, for the slot comparison.

``negation_info``: where a verb is negated (not / n't / never; не / никогда, and words that negate by their form:
"unlikely", "непросто", "нельзя"), and whether negation is also stated otherwise ("no doubt", "без", "против", or a fixed
phrase whose negation denies nothing: "can't help but", "не стесняйтесь"), which translators render with or without a
negating verb.  The word lists of the second kind are data (``lang/{en,ru}/negation.tsv``).  ``predicates``: the concepts
of ``lang/opposites.tsv`` a text states with one pole (rose/fell, вырос/снизился, won/lost ...); ``predicate_spans``
also says where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.relate.pole_phrases import gradable, in_term, lesser_rx, longer_pole, noun_after_preposition, turned

__all__ = ["predicates", "predicate_spans", "negation", "negation_state", "negation_info", "negates_nonfinite", "Negation"]


def _lexicon() -> tuple[tuple[str, str, re.Pattern, re.Pattern], ...]:
    from crosscheck.lang.poles import pole_lexicon

    return pole_lexicon("opposites.tsv", stems=True)


def predicates(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Concepts of the opposites lexicon the text states with one pole only: concept -> (pole, words)."""
    return {c: (pole, words) for c, (pole, words, _) in predicate_spans(text, lang).items()}


def predicate_spans(text: str, lang: str) -> dict[str, tuple[str, str, tuple[int, int]]]:
    """As ``predicates``, with where the words stand: concept -> (pole, words, span)."""
    return dict(_predicate_spans(text, lang))


@lru_cache(maxsize=16384)
def _predicate_spans(text: str, lang: str) -> tuple[tuple[str, tuple[str, str, tuple[int, int]]], ...]:
    # one scan of the lexicon per text: a claim meets up to ~48 candidates, and this scan was over half of
    # the relation stage when it ran once per pair (profiled at 5,000 claims)
    poles: dict[str, dict[str, tuple[str, tuple[int, int]]]] = {}
    for concept, pole, en_rx, ru_rx in _lexicon():
        m = next((m for m in (ru_rx if lang == "ru" else en_rx).finditer(text) if not noun_after_preposition(text, m, lang)
                  and not _titled(text, m) and not in_term(text, m, lang)), None)
        if m:
            less = (lang == "ru" or concept in gradable()) and lesser_rx(lang).search(text[:m.start()])  # "less dangerous" = safer (round ay)
            start = less.start() if less else m.start()
            poles.setdefault(concept, {}).setdefault(turned(pole) if less else pole, (text[start:m.end()], (start, m.end())))
    poles = {c: longer_pole(p) for c, p in poles.items()}  # "not guilty" holds "guilty" (round al)
    return tuple((c, (pole, *found)) for c, p in poles.items() if len(p) == 1 for pole, found in p.items())


def _titled(text: str, m: re.Match) -> bool:
    """A pole word capitalised inside the sentence is a name's ("his Unfinished Symphony", «„Неоконченную“ симфонию»)."""
    return m.group(0)[:1].isupper() and m.start() > 0 and text[:m.start()].rstrip()[-1:] not in (".", "!", "?", "")


_NEG = {"en": re.compile(r"\b(?:not|never|cannot)\b(?!\s+(?:only|least|to\s+mention)\b)|n['’]t\b", re.I),
        "ru": re.compile(r"(?<![\w-])(?:не(?!\s+(?:только|менее|более|раз|так\s+ли|то)(?![\w-]))|никогда)(?![\w-])", re.I)}
#: "There is no" / "does not have" told by a word of negation that is no verb: «которых нет в», «у меня нет», "has no",
#: "there are no", "no password required" (not the answer "No," / «Нет,» opening a sentence, nor «нет-нет»)
_ABSENT = {"en": re.compile(r"\b(?:there\s+(?:is|are|was|were|will\s+be)|ha(?:s|ve|d))\s+no\b"
                           r"|\bno\s+(?:[\w-]+\s+){1,2}(?:required|needed|necessary|allowed|available|left)\b", re.I),
           # «а 4 — нет», «Он ответил: нет»: an elliptical "not" after a dash or colon, not an absence
           "ru": re.compile(r"(?<![\w-])(?<![.!?…]\s)(?<![—–:]\s)(?<!^)нет(?!\s*[,.!?…]\s*[А-ЯЁ])(?![\w-])", re.I)}
#: A thing's existence stated outright, the counterpart of ``_ABSENT``: "there is a", "has an", "have two"; «у Меркурия есть»,
#: «имеется», «существуют» (not «есть» as "eat" after a modal: «можно есть»).
_PRESENT = {"en": re.compile(r"\b(?:there\s+(?:is|are|was|were)|ha(?:s|ve|d))\s+(?:a|an|one|two|three|several|many|its\s+own|their\s+own)\b", re.I),
            "ru": re.compile(r"(?<![\w-])(?:(?:у|в|во|на)\s+[^.,;:!?]{1,40}?\s+есть|есть\s+у|име(?:ет|ю)ся|существу(?:ет|ют|ют))(?![\w-])", re.I)}
_NOMINAL = re.compile(r"no|none|nothing|nobody|neither|nowhere|нет|ни|никто|ничего|ничто|нигде|никак\w*", re.I)  # of _WEAK_NEG
_WEAK_NEG = {"en": re.compile(r"\b(?:no(?!\.?\s*\d)|none|nobody|nothing|neither|nor|without|nowhere|against|refused|denied|rejected|devoid|"
                              r"lack\w*|fail(?!ures?\b)\w*\b(?!\s+(?:with|for)\b)|failures?\s+to|absen\w*|hardly|barely|rarely|seldom)\b", re.I),
             "ru": re.compile(r"(?<![\w-])(?:нет|ни|никто|ничего|ничто|никак\w*|нигде|без|против|отказал\w*|отверг\w*|отрица\w*|"
                              r"лишен\w*|лишён\w*|отсутств\w*|едва|редко)(?![\w-])", re.I)}


_NI = re.compile(r"(?:ни|никто|ничего|ничто|никак\w*|нигде)", re.I)
_VERSUS_WORDS = ("against", "против")


def _versus(text: str, m: re.Match) -> bool:
    """Round w: "against" / «против» between two capitalised names is "versus" («Гидеон против Уэйнрайта», "Zenit
    against Spartak"): a case or a match named, no negation stated otherwise."""
    if m.group(0).lower() not in _VERSUS_WORDS:
        return False
    # a name or a quoted title before it, whose later words may be lower-case («Нью-Йорк таймс» против Салливана)
    before = re.search(r"(?:([A-ZА-ЯЁ][\w-]*)[»\"”]?|[«\"“]([A-ZА-ЯЁ][^«»\"“”]*)[»\"”])\s+$", text[:m.start()])
    after = re.match(r"\s+[«\"“]?[A-ZА-ЯЁ]", text[m.end():])
    if not (before and after):
        return False
    lead = text[:before.start(1) if before.group(1) else before.start(2)].rstrip()
    # a capital that opens the sentence is no name («Агрессия против Украины»), unless a quote opens the title
    return bool(lead) and (lead[-1] in "«\"“" or lead[-1] not in ".!?")
#: Words between a negation and the predicate it negates ("did not fully recover", "не сразу вырос").
_NEAR_WORDS = 2
#: Conditional clauses: a negation inside one ("if they are not tightened") need not be the statement's own.
_CONDITIONAL = {"en": re.compile(r"\b(?:if|whether|unless|in\s+case|provided)\b[^,;:.!?()]*$", re.I),
                "ru": re.compile(r"(?<![\w-])(?:если|ли|в\s+случае)(?![\w-])[^,;:.!?()]*$", re.I)}

_CONDITION = {lang: re.compile(rx.pattern.replace(r"[^,;:.!?()]*$", ""), re.I) for lang, rx in _CONDITIONAL.items()}


@dataclass(frozen=True)
class Negation:
    """Where a text negates a verb (``spans``), and whether it states negation otherwise (``weak``)."""

    spans: tuple[tuple[int, int], ...]
    weak: bool
    conditional: bool  # every negation sits in a conditional clause ("if ... not")
    condition: bool = False  # the text states a condition ("if", "если") at all
    contrastive: bool = False  # every negation is part of a contrast ("peace, а не war")
    idiom: bool = False  # a fixed phrase with a negation that denies nothing ("не стесняйтесь") was read
    pending: tuple[tuple[int, int], ...] = ()  # "not yet", «ещё не»: a state not reached, which turns no predicate
    absent: bool = False  # "there is no" / «нет» as a verb: a thing's absence stated by a word that is no verbal negation
    present: bool = False  # "there is a" / "has a" / «у X есть», «имеется»: a thing's existence stated outright
    concord: bool = False  # every negated verb has a negative pronoun in its clause («никто не», «ни одно … не»): a claim about all others
    superlative: bool = False  # a superlative or "any other" / «самый», «быстрее всех» (kind `superlative` of ``negation.tsv``)
    ever: bool = False  # a negation said of all time ("never", "to this day", «до сих пор», «ни разу»: kind `ever`)
    nonfinite: bool = False  # every negation negates a Russian participle or gerund («не дававшими упасть», «не дописав»): round s
    contrasts: tuple[tuple[int, int], ...] = ()  # where a contrast stands ("rather than", «а не»): round u
    broken: bool = False  # a word of negative concord that lost its negation («ни в чём был плох», "want … nor suspect"): round u
    states: tuple[tuple[int, int], ...] = ()  # a negated state by its form ("unbeaten", kind `state`) or a Russian oblique adjective («неясных»)
    nominal: bool = False  # negation stated otherwise by "no", "nothing", «нет», «ничего» (``_NOMINAL``: round ah)

    @property
    def negated(self) -> bool:
        return bool(self.spans)

    def near(self, text: str, span: tuple[int, int]) -> bool:
        """A negation stands right before the words at ``span`` ("did not rise", "не вырос")
        or negates them by their form, with at most two words between."""
        return self.near_span(text, span) is not None

    def near_span(self, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
        """The negation that ``near`` finds before the words at ``span``, or None."""
        for s, e in self.spans:
            if s >= span[0] and e <= span[1] or (s, e) in self.states:
                continue  # "impossible" is its own pole, not a negated "possible"; "undefeated, with 49 wins" turns no "wins"
            if s < span[0] < e:
                return s, e  # a phrase that negates the verb it holds: "declined to raise", «отказался повышать»
            if any(p0 <= s and e <= p1 for p0, p1 in self.pending):
                continue  # "does not yet support" is no "opposes"
            if e <= span[0] and len(re.findall(r"[\w'’-]+", text[e:span[0]])) <= _NEAR_WORDS:
                return s, e
        return None

    def in_condition(self, text: str, lang: str, span: tuple[int, int]) -> bool:
        """The negation at ``span`` sits in a conditional clause ("if they are not", «если … не»)."""
        return bool(_CONDITIONAL["ru" if lang == "ru" else "en"].search(text[:span[0]]))

    def concord_at(self, text: str, span: tuple[int, int]) -> bool:
        """The Russian negation at ``span`` has a negative pronoun before it in its clause («никто не подтвердил»)."""
        return _concord(text, span[0])


_EXPLETIVE = re.compile(r"\b(?:пока|прежде\s+чем|чуть\s+ли)\s+(?:[\w-]+\s+){0,3}?не\b", re.I)


def _while_not(m: re.Match, text: str) -> bool:
    """«пока … не» before an imperative, or with words between before an imperfective verb in the present or past, is a
    real negation ("for now do not": «пока не беспокойся»; "while … does not": «пока демон не работает»); before a
    perfective or a future verb it is the expletive не of "until" («пока вам не исполнится 60», «пока она не будет
    доступна»)."""
    if not m.group(0).lower().startswith("пока"):
        return False
    nxt = re.match(r"\s+([а-яё]+)", text[m.end():], re.I)
    if not nxt:
        return False
    from crosscheck.frame._lazy import parse_ru

    parse = parse_ru(nxt.group(1).lower())[0]
    # «пока не был заселён», «пока не будет доступна»: a form of быть carries the perfective participle of "until"
    if "PRTS" in parse.tag or "impr" in parse.tag:  # «пока не реализован» "not yet implemented" (round ah), «пока не беспокойся»
        return "PRTS" in parse.tag or "VERB" in parse.tag
    # «пока насос не работает» "while the pump does not run"; «пока не поддерживает» next to «пока» is "does not yet
    # support", whose English "not yet" is no negation either (``_NEG``)
    return (m.group(0).split()[1].lower() != "не" and "VERB" in parse.tag and parse.tag.aspect == "impf"
            and parse.tag.tense != "futr" and parse.normal_form != "быть")


@lru_cache(maxsize=4)
def _content_word(lang: str) -> str:
    """Any one word but a function word (``stopwords.tsv``), a word that before "free" makes it no "without"
    (``negation_free_words.tsv``: "sets us free", "feel free") or an adverb in -ly."""
    from crosscheck.lang.resources import words

    stop: set[str] = set()
    for name in ("stopwords.tsv", "negation_free_words.tsv"):
        try:
            stop |= words(f"{lang}/{name}")
        except FileNotFoundError:  # a language without that list
            pass
    skip = "".join(f"(?!{re.escape(w)}(?![\\w'’-]))" for w in sorted(stop, key=len, reverse=True))
    return skip + r"(?![\w'’]+ly(?![\w'’-]))(?=[^\W\d_])[\w'’]+"


#: An aside inside the gap of a Russian contrast («не на фольгу, как фонограф Эдисона, а на»: round co).
_ASIDE = r"(?:,\s+(?:как|что|словно|вопреки)(?:\s+[\w'’-]+){1,5})?"


def _form_rx(form: str, lang: str = "en") -> str:
    parts = []
    for tok in form.split():
        if tok == "...":
            parts.append(r"(?:\s+[\w'’-]+){0,3}?" + (_ASIDE if " а " in form else "") + ",?")  # the gap may end a clause ("не в
            # Вене, а в": round ax); a Russian contrast may hold an aside («не на фольгу, как фонограф Эдисона, а на»: co)
            continue
        if tok == "$":  # the end of a clause ("* free $": "the solvent is gas free.", not "free versions")
            parts.append(r"(?=\s*(?:[.,;:!?)»\"]|$))")
            continue
        if tok == "*":  # any one word but a function word or an adverb ("* free": "gas free", not "is free", "totally free")
            parts.append((r"\s+" if parts else "") + _content_word(lang))
            continue
        if tok.startswith("*") and len(tok) > 1 and tok[1] != "-":  # a lower-case word ending so ("*est": "fastest", not
            parts.append((r"\s+" if parts else "") + r"(?-i:[^\W\d_A-ZА-ЯЁ])[\w'’]*" + re.escape(tok[1:]))  # "the Priest")
            continue
        if tok.startswith("*-"):  # a word ending so ("*-free": "gas-free", "sugar-free")
            parts.append((r"\s+" if parts else "") + r"[\w'’]+-" + re.escape(tok[2:].rstrip("*")))
            continue
        word = re.escape(tok.rstrip("*")).replace("'", "['’]")
        parts.append((r"\s+" if parts else "") + word + (r"[\w'’-]*" if tok.endswith("*") else ""))
    return "".join(parts)


@lru_cache(maxsize=4)
def _phrases(lang: str) -> dict[str, re.Pattern | None]:
    """The language's negation data (``lang/<lang>/negation.tsv``): one pattern per kind."""
    from crosscheck.lang.resources import split, tsv

    forms: dict[str, list[str]] = {}
    for row in tsv(f"{lang}/negation.tsv"):
        forms.setdefault(row["kind"], []).extend(split(row["form"]))
    out: dict[str, re.Pattern | None] = {}
    for kind in ("affixal", "state", "idiom", "weak", "pending", "plain", "superlative", "ever"):
        alts = sorted((_form_rx(f, lang) for f in forms.get(kind, ())), key=len, reverse=True)
        out[kind] = re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w'’-])", re.I) if alts else None
    return out


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
    info = negation_info(text, lang)
    return info.negated, info.weak


@lru_cache(maxsize=16384)  # once per text, like the lexicon scan: a claim meets up to ~48 candidates
def negation_info(text: str, lang: str) -> Negation:
    from crosscheck.relate.manner_negation import manner_not
    from crosscheck.relate.clause_scope import attributive
    from crosscheck.relate.quoted_titles import without_titles

    lang = "ru" if lang == "ru" else "en"
    text = without_titles(text)  # round bv: «песню «Не покидай меня»» negates nothing
    phrases = _phrases(lang)
    idiom = False
    if phrases["idiom"] is not None:  # "can't help but", "не стесняйтесь": no denial; blanked, positions kept
        def blank(m: re.Match) -> str:
            nonlocal idiom
            idiom = True
            return " " * len(m.group(0))
        text = phrases["idiom"].sub(blank, text)
    if phrases["plain"] is not None:  # "protection against", "вакцина против": a word of negation that negates nothing
        text = phrases["plain"].sub(lambda m: " " * len(m.group(0)), text)
    until = False
    if lang == "ru":  # "пока вам не исполнится 60": an expletive не, no negation
        def expletive(m: re.Match) -> str:
            nonlocal until
            if _while_not(m, text):
                return m.group(0)
            # «пока не отправили»: "until they sent" or "have not yet sent", whose "not yet" is negation stated otherwise
            until = until or all(w in ("пока", "ещё", "еще", "не") for w in m.group(0).lower().split())
            return " " * len(m.group(0))
        text = _EXPLETIVE.sub(expletive, text)
    # a word negating by its form capitalised inside the sentence is a name's ("the portrait Unknown Woman", round bv)
    # and one after a determiner describes a noun ("his reluctant coachman", "an unknown artist": round bw), no predicate
    affixal = [m.span() for m in phrases["affixal"].finditer(text) if not _titled(text, m) and not attributive(text, m.span(), lang)] if phrases["affixal"] is not None else []
    # a word of negation stated otherwise inside a phrase that negates a verb by its form ("refused to sign", «отказался
    # подписать», the "no" of "no longer") is that negation, counted once
    broken = _broken_concords(text, lang)
    weak = [m.group(0) for m in _WEAK_NEG[lang].finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e in affixal) and m.start() not in broken and not _versus(text, m)]
    weak += ["until"] if until else []
    contrast: list[tuple[int, int]] = []
    if phrases["weak"] is not None:  # "rather than", "а не": negation stated otherwise; any "не" in it stays
        contrast = [m.span() for m in phrases["weak"].finditer(text)]
        weak += ["contrast"] * len(contrast)
    pending: list[tuple[int, int]] = []
    if phrases["pending"] is not None:  # "not yet", «ещё не»: negation stated otherwise; the "not" in it stays
        pending = [m.span() for m in phrases["pending"].finditer(text)]
        weak += ["pending"] * len(pending)
        contrast += pending
    states = ([m.span() for m in phrases["state"].finditer(text)] if phrases["state"] is not None else []) + [
        sp for sp in affixal if lang == "ru" and re.search("(?:ых|их|ого|его|ому|ему|ыми|ими|ую|юю)$", text[sp[0]:sp[1]])]
    spans = [m.span() for m in _NEG[lang].finditer(text)] + [sp for sp in affixal if sp not in states] + states
    if lang == "ru":
        manner = [sp for sp in spans if manner_not(text, sp)]
        if manner:  # «распространяется не мгновенно», «ответил не сразу»: the manner negated, the predicate holds (round z)
            spans = [sp for sp in spans if sp not in manner]
            weak += ["manner"] * len(manner)
    spans.sort()
    concord = lang == "ru" and bool(spans) and all(_concord(text, s) for s, _ in spans)
    if lang == "ru" and spans:
        weak = [w for w in weak if not _NI.fullmatch(w.strip())]  # "ничего не сказал": negative concord, one negation
    conditional = bool(spans) and all(_CONDITIONAL[lang].search(text[:s]) for s, _ in spans)
    condition = bool(_CONDITION[lang].search(text))
    contrastive = bool(spans) and all(any(c0 <= s and e <= c1 for c0, c1 in contrast) for s, e in spans)
    absent = bool(_ABSENT[lang].search(text))
    present = bool(_PRESENT[lang].search(text))
    superlative = phrases["superlative"] is not None and bool(phrases["superlative"].search(text))
    ever = bool(spans) and phrases["ever"] is not None and bool(phrases["ever"].search(text))
    core = [sp for sp in spans if sp not in states]  # a negated state by its form is no participle's negation
    nonfinite = lang == "ru" and bool(core) and all(negates_nonfinite(text, s, e) for s, e in core)
    return Negation(tuple(spans), bool(weak) or idiom, conditional, condition, contrastive, idiom, tuple(pending), absent, present,
                    concord, superlative, ever, nonfinite, tuple(contrast), bool(broken), tuple(states), any(map(_NOMINAL.fullmatch, weak)))


def negates_nonfinite(text: str, start: int, end: int) -> bool:
    """The word a Russian negation ending at ``end`` negates (past a second «не»: «никогда не») is, by its most likely
    parse, a full participle or a gerund («не дававшими кабине упасть», «не дописав его»), in a phrase set off by a comma
    (at most two words between: «, так и не ступив»): the negation sits in a phrase that tells of a noun or of a
    circumstance, not in the statement's own verb (round s). A participle with no comma before it may be the predicate
    («если диапазон не именованный») or stand before its noun («не имеющее выхода к морю государство»): not counted."""
    if not re.search(r",\s*(?:[\w-]+\s+){0,2}$", text[:start]):
        return False
    words = re.findall(r"[а-яё]+(?:-[а-яё]+)*", text[end:end + 80].lower())
    while words and words[0] in ("не", "ни"):
        words = words[1:]
    if not words:
        return False
    from crosscheck.frame._lazy import parse_ru

    return parse_ru(words[0])[0].tag.POS in ("PRTF", "GRND")


@lru_cache(maxsize=4)
def _concord_words(lang: str) -> tuple[dict[str, frozenset[str]], re.Pattern, re.Pattern] | None:
    """The language's negative concord (``lang/<lang>/negative_concord.tsv``): kind -> words, a pattern of its
    pronouns and one of its negators; None without that file."""
    from crosscheck.lang.resources import path, split, tsv

    rel = f"{lang}/negative_concord.tsv"
    if not path(rel).exists():
        return None
    out: dict[str, set[str]] = {}
    for row in tsv(rel):
        out.setdefault(row["kind"], set()).update(w.lower() for w in split(row["word"]))
    words = {k: frozenset(v) for k, v in out.items()}

    def rx(kind: str) -> re.Pattern:
        alts = sorted((r"[^\W\d_]+" + re.escape(w[1:]) if w.startswith("*") else re.escape(w) for w in words.get(kind, ())),
                      key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w'’-])", re.I)
    return words, rx("pronoun"), rx("negator")


_CLAUSE_MARK = re.compile(r"[,;:.!?()«»\"—–]")
_SENTENCE_MARK = re.compile(r"[.!?;]")


def _broken_concords(text: str, lang: str) -> frozenset[int]:
    """Round u: where a word of negative concord has lost the negation it needs (``lang/{en,ru}/negative_concord.tsv``).
    Russian: a negative pronoun («ничего», «никому», «ни в чём») in a clause with a finite verb and no negation («он видит
    в этом ничего позитивного»; not «Ничего страшного», «ни драйвера, ни поддержки», nor the concessive «как он ни
    старался»). English: a "nor" with no negation before it in its sentence ("I do want to stir drama nor suspect"; not
    "…, nor did Jane"). Such a word states no negation otherwise."""
    found = _concord_words(lang)
    if found is None:
        return frozenset()
    data, pronouns, negators = found
    sentence = "sentence" in data.get("scope", ())
    out = set()
    for m in pronouns.finditer(text):
        marks = _SENTENCE_MARK if sentence else _CLAUSE_MARK
        starts = [x.end() for x in marks.finditer(text, 0, m.start())]
        start = starts[-1] if starts else 0
        nxt = marks.search(text, m.end())
        scope = text[start:m.start()] if sentence else text[start:nxt.start() if nxt else len(text)]
        before = re.findall(r"[^\W\d_]+", text[start:m.start()].lower())
        if "opener" in data:  # "…, nor did Jane", "and nor is she", "Nor is it": a clause's first word, a negation of its own
            lead = re.findall(r"[^\W\d_]+|[,;:—–]", text[start:m.start()].lower())
            if not lead or lead[-1] in data["opener"] or lead[-1] in ",;:—–":
                continue
        if before and any(w in data.get("concessive", ()) for w in before[-3:]) and m.group(0).lower() == "ни":
            continue  # «как он ни старался»: the particle of a concession
        if any(n.start() != m.start() for n in negators.finditer(scope)):
            continue
        if "finite" in data.get("verb", ()):
            from crosscheck.frame._lazy import parse_ru

            words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", scope.lower())
            if not any(parse_ru(w)[0].tag.POS in ("VERB", "PRTS") for w in words if w not in data["pronoun"]):
                continue
        out.add(m.start())
    return frozenset(out)


#: A negative pronoun or determiner of Russian negative concord: «никто», «ни одно», «ничего», «нигде».
_NI_WORD = re.compile(r"(?<![\w-])(?:ни|никто|никого|никому|никем|ничего|ничто|ничем|ничему|нигде|никуда|ниоткуда)(?![\w-])", re.I)
#: Where a clause begins: a semicolon or a sentence's end (commas also close participle phrases: «Ни одно животное,
#: жившее на Земле, не было крупнее»).
_CLAUSE_START = re.compile(r"[;.!?]")


def _concord(text: str, start: int) -> bool:
    """The negation at ``start`` has a negative pronoun before it in its clause («ни одно животное не бегает быстрее»,
    «никто из игроков не подошёл»): it speaks of every other one, which the other language may state with a superlative
    ("the fastest", "far above any other") and no negation at all."""
    clause = _CLAUSE_START.split(text[:start])[-1]
    return bool(_NI_WORD.search(clause))
