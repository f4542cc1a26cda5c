"""A number inside a name ("Boeing 747", "Expo 58", «Ту-154», «Экспо-98»): the frame reads it as a figure of the unit
``label`` (issue 10 round q), which the relation stage pairs only with a label, a figure of no known unit or the same
number (``relate/unit_pairs.units_pairable``). A pass over the figures ``frame/quantities.py`` read."""

from __future__ import annotations

import dataclasses
import functools
import re

from crosscheck.model import Quantity

__all__ = ["name_labels", "label_by_noun"]

#: a bare number alone in brackets right before a capitalised word: the number of a catalogue ("(136199) Eris")
_CATALOGUE = re.compile(r"\((\d+)\)\s+[A-ZА-ЯЁ]")
#: the rest of a match score after its first figure ("4–1", "2:0"): a low figure of one or two digits on each side
_SCORE = re.compile(r"\s?[–—:-]\s?\d{1,2}(?![\d.,:–—-]?\d|\w)")
_BEFORE = re.compile(r"(?<![\w-])([A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*)([ \-\u2011\u2010])$")


def name_labels(text: str, lang: str, out: list[Quantity], units: set, words: dict, cues: list, word_kind) -> list[Quantity]:
    """``out`` with every figure written right after a name turned into a label of that name ("Intel 64"): a bare number,
    or one before a word that is no unit (``units``: "the Boeing 747 carries"). ``words``, ``cues`` and ``word_kind`` are
    ``frame/quantities.py``'s unit words, bound cues and number-word reader (no word of them names a thing)."""
    done = []
    for q in out:
        if q.unit is None and q.pos and _CATALOGUE.match(text, q.pos - 1):
            # "(50000) Quaoar", «(90377) Седна»: a catalogue number written before the name it numbers (round bn)
            done.append(dataclasses.replace(q, unit="label"))
            continue
        digits = re.match(r"\d+", q.text or "")
        before = _BEFORE.search(text, 0, q.pos) if digits and q.pos is not None else None
        if before and _SCORE.match(text, q.pos + digits.end()):
            before = None  # "beat Benfica 4–1", «обыграл «Реал» 4:1»: a score after a team's name, no label (round bq)
        if (before and q.bound == "exact" and q.value == float(digits.group(0)) and text.startswith(q.text, q.pos)
                and (q.unit is None or q.unit not in units)
                and _name_word(text, before.group(1), before.start(), before.group(2), lang, words, cues, word_kind)):
            q = dataclasses.replace(q, text=text[before.start():q.pos + digits.end()], unit="label", pos=before.start())
        done.append(q)
    return done


@functools.lru_cache(maxsize=None)
def _label_heads(lang: str) -> frozenset[str]:
    from crosscheck.lang.resources import split, tsv

    return frozenset(w for row in tsv(f"{'ru' if lang == 'ru' else 'en'}/label_heads.tsv") for w in split(row["word"]))


def label_by_noun(label: str) -> bool:
    """The label is a number after a lower-case noun that names things by number ("flight 363", «рейса 363», "model 5150"),
    not after a name ("Boeing 737", «Ту-154»): a flight's number and a plane's type are two labels (round cf)."""
    head = re.match(r"[\w-]+", label)
    return bool(head) and any(head.group(0).lower() in _label_heads(lang) for lang in ("en", "ru"))


def _name_word(text: str, word: str, a: int, gap: str, lang: str, words: dict, cues: list, word_kind) -> bool:
    """A number follows ``word`` (at ``a``) inside the sentence with a hyphen, or a Latin word with one space, between them
    ("the Boeing 747", "known as Expo 58", «самолёт Ту-154», «выставки Экспо-98»): the number names a thing ("Debian 12" /
    "Debian 11" are two things), it counts or measures nothing. Not after the sentence's first word ("About 40 people",
    «Около 300»), a month ("March 12"), a currency ("USD 5"), a place or demonym of the gazetteer ("in Germany 300
    workers"), a one-letter word or a word a number word could be ("One 5")."""
    from crosscheck.lang.gazetteer import demonym_country, lookup
    from crosscheck.lang.months import month_words

    if word.lower() in _label_heads(lang) and gap == " ":
        return True  # "the model 5150", «рейс 123»: a lower-case noun that names a thing by its number (round ac)
    if not word[:1].isupper() or len(word) < 2:
        return False
    if gap == " " and not re.fullmatch(r"[A-Za-z-]+", word):
        return False  # a Russian word before a space is a declined name with its count («Пита Сампраса 14 побед»)
    head = text[:a].rstrip(" «\"“„'(")
    if not head or head[-1] in ".!?:;…—–-\n":
        return False  # the sentence's first word is capitalised whatever it is
    low = word.lower()
    full, abbr = month_words(lang)
    if low in full or low in abbr or low in words or word_kind(word) is not None:
        return False
    if lookup(word) or demonym_country(word):
        return False  # a place or its people with a count after them ("in Germany 300 workers", "Britain 2")
    return not any(low == cue for cue, _ in cues)
