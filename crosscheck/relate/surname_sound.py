"""Two surnames, one in Latin and one in Cyrillic letters, that sound alike (issue 10, round bf).

The name keys (``name_keys``, ``role_names``) compare consonant skeletons; a few spellings escape them: "Joyce" is
«Джойс» (c before e is s), "Beerbohm" is «Бирбом» (ee is и, h is silent), "Janáček" is «Яначек» (č is ч), "Walker" is
«Уокер» (an initial w is у).  Before the role clash calls two authors different, their surnames are spelt roughly as
they sound (``lang/ru/surname_sounds.tsv``) and compared: an edit distance of at most a third of the longer spelling
(at least 1) is the same person.
"""

from __future__ import annotations

import functools
import re

__all__ = ["sound_alike", "names_sound_alike", "short_alike"]

#: Russian case endings a surname may carry («Яначека», «Бирбомом»).
_ENDINGS = re.compile(r"(?:ом|ем|ым|ой|ей|у|а|е|я|ю)$")


@functools.lru_cache(maxsize=1)
def _sounds() -> tuple[tuple[re.Pattern, str], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((re.compile(r["pattern"]), r["sound"]) for r in tsv("ru/surname_sounds.tsv"))


def _rough(word: str) -> str:
    """One rough spelling of how a Latin-script surname or a romanised Russian one sounds (``ru/surname_sounds.tsv``)."""
    w = word.lower()
    for rx, sound in _sounds():
        w = rx.sub(sound, w)
    return re.sub(r"(.)\1+", r"\1", w)


@functools.lru_cache(maxsize=4096)
def sound_alike(latin: str, cyrillic: str) -> bool:
    """The last words of a Latin-script name and a Cyrillic one sound alike ("Joyce" / «Джойса», "Beerbohm" /
    «Бирбома», "Janáček" / «Яначека»; not "Eriksen" / «Вигеланна»)."""
    from crosscheck.lang.translit import fold_latin, translit
    from crosscheck.relate.name_keys import edit_distance

    from crosscheck.relate.name_keys import without_possessive

    lw = re.findall(r"[^\W\d_]+", without_possessive(latin))
    cw = re.findall(r"[^\W\d_]+", cyrillic)
    if not lw or not cw:
        return False
    en = _rough(fold_latin(lw[-1]))
    forms = {cw[-1], _ENDINGS.sub("", cw[-1])}
    for form in forms:
        ru = _rough(translit(form))
        if len(en) >= 3 and len(ru) >= 3 and edit_distance(en, ru) <= max(1, max(len(en), len(ru)) // 3):
            return True
    return False


def names_sound_alike(x: str, y: str) -> bool:
    """Two names, one in each script, whose surnames sound alike (False for two names in one script)."""
    from crosscheck.lang.translit import is_cyrillic

    if is_cyrillic(x) == is_cyrillic(y):
        return False
    return sound_alike(y, x) if is_cyrillic(x) else sound_alike(x, y)


@functools.lru_cache(maxsize=65536)
def short_alike(x_text: str, y_text: str) -> bool:
    """One word of one consonant in two scripts ("Miami" / «Майами», "Seiyu" / Seiyu): the consonant skeleton is too short
    to tell, the spelling with its vowels (y read as i) decides, one letter apart at most (round bg)."""
    from crosscheck.lang.translit import fold_latin, is_cyrillic, skeleton, translit
    from crosscheck.relate.name_keys import edit_distance

    if " " in x_text.strip() or " " in y_text.strip():
        return False
    sx = skeleton(x_text)
    if sx != skeleton(y_text) or len(sx) > 1:
        return False

    def vowels(w: str) -> str:
        w = (translit(w) if is_cyrillic(w) else fold_latin(w)).lower().replace("y", "i")
        return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", w))

    vx, vy = vowels(x_text), vowels(y_text)
    return vx == vy or (min(len(vx), len(vy)) >= 4 and vx[:1] == vy[:1] and edit_distance(vx, vy) <= 1)
