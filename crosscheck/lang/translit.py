"""One transliteration and one name skeleton for every stage.

* ``translit(text)`` — Cyrillic to plain Latin (the table in ``ru/translit.tsv``).
* ``skeleton(name)`` — a consonant skeleton of a single name in either script: the first
  letter (any vowel written as ``a``) and the consonants, with spelling variants folded
  (c/k/q, ch, sh/shch, zh/j/dzh, kh/h, ph/f, w/v, doubled letters).  Столтенберг and
  Stoltenberg both give ``stltnbrg``; Шольца and Scholz both give ``slz``; the
  Palladius spelling of Chinese names meets pinyin (Цзиньпин and Jinping give ``Jnpn``).
* ``slug(text)`` — an ASCII key part.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from crosscheck.lang.pinyin import to_palladius
from crosscheck.lang.resources import tsv

__all__ = ["ARABIC_ARTICLES", "is_cyrillic", "translit", "fold_latin", "skeleton", "skeleton_variants", "rendered_spellings", "slug"]

_CYR = re.compile(r"[\u0400-\u04FF]")


def is_cyrillic(text: str) -> bool:
    return bool(_CYR.search(text))


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {row["cyrillic"]: row["latin"] for row in tsv("ru/translit.tsv")}


def translit(text: str) -> str:
    """Cyrillic letters to Latin; other characters unchanged; capitals kept."""
    table = _table()
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t.capitalize() if ch != low and t else t)
        else:
            out.append(ch)
    return "".join(out)


#: Latin letters that carry no combining mark to drop but stand for a plain letter (Miłosz = Милош, Ørsted = Эрстед).
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe",
                        "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"})


#: Latin letters whose sound Russian writes with «ж» (round cn): the Czech, Slovak, Slovene, Croatian and Baltic ž and the
#: Polish ż (Žižka = Жижка, Żeromski = Жеромский), and the Czech ř, mostly «рж» (Dvořák = Дворжак, Jiří = Иржи; «рш» after
#: a voiceless consonant, Petřín = Петршин, is not read). Read for a skeleton only; ``fold_latin`` keeps the plain letter
#: a gazetteer key is written with, and ``skeleton_variants`` keeps the plain reading too (Žižek = "Zizek").
_SOUNDED = str.maketrans({"ž": "zh", "Ž": "Zh", "ż": "zh", "Ż": "Zh", "ř": "rzh", "Ř": "Rzh"})
_UNSOUNDED = str.maketrans({"ž": "z", "Ž": "Z", "ż": "z", "Ż": "Z", "ř": "r", "Ř": "R"})


def fold_latin(text: str) -> str:
    """Lower case, diacritics removed (Niinistö -> niinisto, Miłosz -> milosz)."""
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


#: Arabic article and patronymic particles written before a name (al-Assad, ибн Сауд).
ARABIC_ARTICLES = "al|el|ad|ash|as|ar|an|at|az|ud|ul|ed|аль|эль|ал|ад|аш|ас|ар|ан|ат|аз|эд|эс|эр"
_PARTICLE = re.compile(rf"^(?:{ARABIC_ARTICLES}|ibn|bin|ben|abu|ибн|бин|абу)[-‐‑’']", re.I)
_DIGRAPHS = [
    ("shch", "s"), ("sch", "s"), ("dzh", "J"), ("tch", "k"), ("zh", "J"), ("kh", "h"),
    ("ch", "k"), ("sh", "s"), ("ph", "f"), ("ck", "k"), ("th", "t"), ("tz", "z"), ("ts", "z"),
    ("dj", "J"), ("gh", "g"), ("x", "ks"), ("w", "v"), ("q", "k"), ("c", "k"), ("j", "J"),
]
_VOWELS = set("aeiouy")


@functools.lru_cache(maxsize=65536)
def skeleton(text: str, pinyin: bool = True) -> str:
    """Consonant skeleton of a (single) name in either script; '' for an empty name. ``pinyin=False``: a Latin name that
    spells pinyin syllables is read as written ("Zenta" = Зента, not a Chinese name)."""
    text = _PARTICLE.sub("", text.strip())
    latin = not is_cyrillic(text)
    if not is_cyrillic(text) and pinyin:
        text = to_palladius(text) or text  # pinyin meets the Russian (Palladius) spelling
    if is_cyrillic(text):
        # Palladius "цз" is pinyin j/z (Цзиньпин = Jinping)
        # and «тц» writes a German or Dutch "tz" (Спитц = Spitz, Шютц = Schütz: round ac), as «ц» alone does (Фриц = Fritz)
        text = translit(re.sub("тц", "ц", re.sub("цз", "дж", text, flags=re.I), flags=re.I))
    if latin:
        # round cq: an English "ow" before -ell, -en, -er, -es, -e is «оу»/«ау» (Owen = Оуэн, Powell = Пауэлл, Bowen =
        # Боуэн, Tower = Тауэр), not before a single l or more of a word (Kowel = Ковель, Rowena = Ровена); read before the
        # diacritics fold, so that a German "ö" keeps its «в» (Löwe = Лёве)
        text = re.sub(r"(?<=o)w(?=ell|en\b|er|es\b|e\b)", "u", text, flags=re.I)
    text = fold_latin(text.translate(_SOUNDED))
    text = re.sub(r"[^a-z]", "", text)
    if not text:
        return ""
    # round cq: a Japanese z is «дз» (Ozawa = Одзава, Ginza = Гиндза), and so is a German "ds" before a vowel (Mondsee =
    # Мондзе): that d is dropped in both scripts (Dzerzhinsky = Дзержинский, Hudson = Хадсон still meet; not a final "ds":
    # "Lords" / «лордов»)
    text = re.sub(r"ds(?=[aeiouy])", "s", text.replace("dz", "z"))
    text = re.sub(r"ng$", "n", text)  # Palladius writes a final pinyin -ng as -н
    text = re.sub(r"(?<=\w{3}[aeiou])h$|(?<=n)h$", "", text)  # Abdullah = Абдулла, Minh = Мин (not Shah)
    # English "ew" is the Russian "ью" (Newton = Ньютон, Andrew = Эндрю, Lewis = Льюис), and w after
    # a or o before a consonant is a vowel glide (Crawford = Кроуфорд, Dawson = Доусон; not Warsaw = Варшава)
    text = re.sub(r"(?<=[ao])w(?=[^aeiouy])", "u", text.replace("ew", "eu"))
    # a final "-ce" is an s in English and French names (Price = Прайс, Joyce = Джойс, Maurice = Морис: round bi); the
    # Italian «че» (Croce = Кроче) is met by ``skeleton_variants``, which reads a soft c both ways
    text = re.sub(r"(?<=[a-z]{2})ce$", "s", text) if latin else text
    # a doubled letter is one sound before a digraph is read (Ricketts = Риккетс: "tts" is the «тс» of "ts", round br)
    text = re.sub(r"([a-z])\1", r"\1", text)
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    # h is unstable across scripts (Hollande = Олланд, Johnson = Джонсон, Хусейн = Hussein):
    # drop it at the start before a vowel and after a vowel before a consonant, on both sides
    text = re.sub(r"^h(?=[aeiouy])", "", text)
    text = re.sub(r"(?<=[aeiouy])h(?=[^aeiouyh])", "", text)
    text = text.lower()
    first = "a" if text[0] in _VOWELS else text[0]
    rest = [c for c in text[1:] if c not in _VOWELS]
    out = [first]
    for c in rest:
        if c != out[-1]:
            out.append(c)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _renderings() -> tuple[tuple[re.Pattern, str], ...]:
    """Latin spellings Russian renders otherwise (``ru/latin_renderings.tsv``), each a pattern and its reading."""
    return tuple((re.compile(row["pattern"], re.I), row["reading"]) for row in tsv("ru/latin_renderings.tsv"))


@functools.lru_cache(maxsize=65536)
def rendered_spellings(word: str) -> frozenset[str]:
    """A Latin-script word spelled as Russian renders it (``ru/latin_renderings.tsv``): each rendering alone, and every
    one at once (Knight = Найт: a silent k and a silent gh); empty for a Cyrillic word or one no rendering reads."""
    if is_cyrillic(word):
        return frozenset()
    out, every = set(), word
    for rx, reading in _renderings():
        if rx.search(word):
            out.add(rx.sub(reading, word, count=1))
            every = rx.sub(reading, every, count=1)
    if out:
        out.add(every)
    return frozenset(out - {word})


@functools.lru_cache(maxsize=65536)
def skeleton_variants(word: str) -> frozenset[str]:
    """The skeletons of a Latin-script name read with each Russian rendering of its unstable letters: "w" as «в» or
    as the vowel «у» (Badwater = Бэдуотер, Edwards = Эдвардс), "j" as «дж» or as the vowel «й» (Rejewski = Реевский,
    Jansen = Янсен), a "c" before e, i, y as «к» or «с» (Wallace = Уоллес, Lawrence = Лоуренс), and final consonants
    written or, as in French names, silent (Delacroix = Делакруа, Courbet = Курбе, Agincourt = Азенкур); a Cyrillic name
    has its one skeleton."""
    if is_cyrillic(word):
        return frozenset({skeleton(word)})
    # round s: other Russian readings of a Latin spelling (``ru/latin_renderings.tsv``: Hašek = Гашек, Lavoisier = Лавуазье)
    rendered = {skeleton(s) for s in rendered_spellings(word)} | {skeleton(word, pinyin=False)}  # "Zenta" = Зента (round al)
    rendered.add(skeleton(word.translate(_UNSOUNDED)))  # "Žižek" written "Zizek" (round cn)
    # round bk: a name that spells pinyin syllables without a pinyin-only letter may still be Chinese ("Ruchang" =
    # «Жучан», "Rong" = «Жун»); its Palladius spelling is one more reading
    chinese = to_palladius(word, trigger=False)
    if chinese:
        rendered.add(skeleton(chinese))
    if not re.search(r"[wj]|c(?=[eiy])|[tdsxz]$", word, re.I):
        return frozenset({skeleton(word)} | rendered)
    out = set(rendered)
    # each reading of the letters above, on the word as written and on each Russian rendering of it (round bc: "Withering" =
    # «Уизеринг» needs "w" as a vowel and "th" as «з» at once)
    ends = {e for w in {word} | rendered_spellings(word) for e in ((w, re.sub(r"[tdsxz]+$", "", w, flags=re.I)) if len(w) >= 5 else (w,))}
    for base in ends:
        for w in ("v", "u"):
            for j in ("j", "y"):
                for c in ("k", "s"):
                    spelt = re.sub("j", j, re.sub("w", w, base, flags=re.I), flags=re.I)
                    out.add(skeleton(re.sub(r"c(?=[eiy])", c, spelt, flags=re.I)))
    return frozenset(out | {skeleton(word)})


def slug(text: str) -> str:
    text = fold_latin(text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
