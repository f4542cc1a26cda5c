"""Cross-script canonical keys for names.

* ``translit(text)`` — Russian Cyrillic to plain Latin (a simple, scheme-agnostic table).
* ``skeleton(text)`` — a consonant skeleton of a Latin or Cyrillic name: the first letter
  (any vowel written as ``a``) followed by the consonants, with spelling variants folded
  (c/k/q, ch, sh/shch, zh/j/dzh, kh/h, ph/f, w/v, doubled letters).  Скапарротти and
  Scaparrotti both give ``skprt``; Герасимова and Gerasimov both give ``grsmv``.
* exonym tables: country names in Russian and English from Babel's CLDR data, plus a small
  curated table of cities, regions, organisations and demonyms.  A table hit gives a
  readable key (``russia``, ``moscow``, ``nato``); anything else gets the skeleton.
* ``lemma_ru(word)`` — the dictionary form of a Russian name token (pymorphy3).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "translit",
    "skeleton",
    "slug",
    "place_key",
    "org_key",
    "person_key",
    "demonym_country",
    "lemma_ru",
    "is_cyrillic",
    "lookup",
]

_RU2LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "i", "є": "e", "ґ": "g", "ә": "a", "ө": "o", "ү": "u",
}

_CYR = re.compile(r"[\u0400-\u04FF]")


def is_cyrillic(text: str) -> bool:
    return bool(_CYR.search(text))


def translit(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _RU2LAT:
            t = _RU2LAT[low]
            out.append(t.capitalize() if ch != low and t else t)
        else:
            out.append(ch)
    return "".join(out)


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|ar|an|at|az|ibn|bin|ben|abu)[-‐‑’']", re.I)
_DIGRAPHS = [
    ("shch", "s"), ("sch", "s"), ("dzh", "J"), ("tch", "k"), ("zh", "J"), ("kh", "h"),
    ("ch", "k"), ("sh", "s"), ("ph", "f"), ("ck", "k"), ("th", "t"), ("tz", "z"), ("ts", "z"),
    ("dj", "J"), ("gh", "g"), ("x", "ks"), ("w", "v"), ("q", "k"), ("c", "k"), ("j", "J"),
]
_VOWELS = set("aeiouy")


@functools.lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Consonant skeleton of a (single) name in either script; '' for an empty name."""
    text = _PARTICLE.sub("", text.strip())
    if is_cyrillic(text):
        # Palladius "цз" is pinyin j/z (Цзиньпин = Jinping)
        text = translit(re.sub("цз", "дж", text, flags=re.I))
    text = _fold_latin(text)
    text = re.sub(r"[^a-z]", "", text)
    if not text:
        return ""
    text = re.sub(r"ng$", "n", text)  # Palladius writes a final pinyin -ng as -н
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


def slug(text: str) -> str:
    text = _fold_latin(text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text


# --------------------------------------------------------------------------- tables

# Curated exonyms: key -> surface forms (English and Russian, lower case, Russian in
# the nominative; inflected Russian forms are lemmatised before lookup).
_PLACES: dict[str, tuple[str, ...]] = {
    "moscow": ("moscow", "москва"),
    "baku": ("baku", "баку"),
    "washington": ("washington", "вашингтон"),
    "kyiv": ("kyiv", "kiev", "киев", "київ"),
    "london": ("london", "лондон"),
    "paris": ("paris", "париж"),
    "berlin": ("berlin", "берлин"),
    "brussels": ("brussels", "брюссель"),
    "beijing": ("beijing", "peking", "пекин"),
    "tokyo": ("tokyo", "токио"),
    "ankara": ("ankara", "анкара"),
    "istanbul": ("istanbul", "стамбул"),
    "tehran": ("tehran", "тегеран"),
    "yerevan": ("yerevan", "ереван"),
    "tbilisi": ("tbilisi", "тбилиси"),
    "minsk": ("minsk", "минск"),
    "warsaw": ("warsaw", "варшава"),
    "vienna": ("vienna", "вена"),
    "geneva": ("geneva", "женева"),
    "rome": ("rome", "рим"),
    "madrid": ("madrid", "мадрид"),
    "damascus": ("damascus", "дамаск"),
    "baghdad": ("baghdad", "багдад"),
    "kabul": ("kabul", "кабул"),
    "jerusalem": ("jerusalem", "иерусалим"),
    "cairo": ("cairo", "каир"),
    "new-delhi": ("new delhi", "delhi", "нью-дели", "дели"),
    "new-york": ("new york", "нью-йорк"),
    "saint-petersburg": ("st petersburg", "st. petersburg", "saint petersburg", "санкт-петербург", "петербург"),
    "sochi": ("sochi", "сочи"),
    "astana": ("astana", "астана", "nur-sultan", "нур-султан"),
    "tashkent": ("tashkent", "ташкент"),
    "almaty": ("almaty", "алматы", "алма-ата"),
    "bishkek": ("bishkek", "бишкек"),
    "dushanbe": ("dushanbe", "душанбе"),
    "ashgabat": ("ashgabat", "ашхабад"),
    "chisinau": ("chisinau", "кишинев", "кишинёв"),
    "helsinki": ("helsinki", "хельсинки"),
    "stockholm": ("stockholm", "стокгольм"),
    "oslo": ("oslo", "осло"),
    "prague": ("prague", "прага"),
    "budapest": ("budapest", "будапешт"),
    "belgrade": ("belgrade", "белград"),
    "riga": ("riga", "рига"),
    "vilnius": ("vilnius", "вильнюс"),
    "tallinn": ("tallinn", "таллин", "таллинн"),
    "munich": ("munich", "мюнхен"),
    "sevastopol": ("sevastopol", "севастополь"),
    "donetsk": ("donetsk", "донецк"),
    "luhansk": ("luhansk", "lugansk", "луганск"),
    "kharkiv": ("kharkiv", "kharkov", "харьков"),
    "odesa": ("odesa", "odessa", "одесса"),
    "aleppo": ("aleppo", "алеппо"),
    "idlib": ("idlib", "идлиб"),
    "ganja": ("ganja", "гянджа"),
    "stepanakert": ("stepanakert", "степанакерт", "khankendi", "ханкенди"),
    **{en.lower().replace(" ", "-"): (en.lower(), ru) for en, ru in (
        ("Seoul", "сеул"), ("Pyongyang", "пхеньян"), ("Beirut", "бейрут"), ("Amman", "амман"), ("Riyadh", "эр-рияд"),
        ("Doha", "доха"), ("Dubai", "дубай"), ("Abu Dhabi", "абу-даби"), ("Tel Aviv", "тель-авив"), ("Gaza", "газа"),
        ("Islamabad", "исламабад"), ("Dhaka", "дакка"), ("Hanoi", "ханой"), ("Bangkok", "бангкок"), ("Jakarta", "джакарта"),
        ("Manila", "манила"), ("Canberra", "канберра"), ("Ottawa", "оттава"), ("Mexico City", "мехико"),
        ("Havana", "гавана"), ("Caracas", "каракас"), ("Brasilia", "бразилиа"), ("Buenos Aires", "буэнос-айрес"), ("Lima", "лима"),
        ("Santiago", "сантьяго"), ("Bogota", "богота"), ("Pretoria", "претория"), ("Nairobi", "найроби"), ("Addis Ababa", "аддис-абеба"),
        ("Tripoli", "триполи"), ("Rabat", "рабат"), ("Khartoum", "хартум"),
        ("Lisbon", "лиссабон"), ("Amsterdam", "амстердам"), ("The Hague", "гаага"), ("Copenhagen", "копенгаген"), ("Dublin", "дублин"),
        ("Athens", "афины"), ("Bucharest", "бухарест"), ("Sofia", "софия"), ("Zagreb", "загреб"), ("Ljubljana", "любляна"),
        ("Bratislava", "братислава"), ("Sarajevo", "сараево"), ("Skopje", "скопье"), ("Tirana", "тирана"), ("Podgorica", "подгорица"),
        ("Reykjavik", "рейкьявик"), ("Bern", "берн"), ("Brussels", "брюссель"), ("Valletta", "валлетта"),
        ("Nicosia", "никосия"), ("Ulaanbaatar", "улан-батор"), ("Kathmandu", "катманду"), ("Colombo", "коломбо"), ("Kuala Lumpur", "куала-лумпур"),
        ("Taipei", "тайбэй"), ("Hong Kong", "гонконг"), ("Shanghai", "шанхай"), ("Vladivostok", "владивосток"), ("Kaliningrad", "калининград"),
        ("Yekaterinburg", "екатеринбург"), ("Novosibirsk", "новосибирск"), ("Kazan", "казань"), ("Grozny", "грозный"), ("Murmansk", "мурманск"),
        ("Mariupol", "мариуполь"), ("Kherson", "херсон"), ("Zaporizhzhia", "запорожье"), ("Lviv", "львов"), ("Dnipro", "днепр"),
        ("Bakhmut", "бахмут"), ("Belgorod", "белгород"), ("Kursk", "курск"), ("Rostov-on-Don", "ростов-на-дону"), ("Krasnodar", "краснодар"),
        ("Davos", "давос"), ("Strasbourg", "страсбург"), ("Frankfurt", "франкфурт"), ("Hamburg", "гамбург"), ("Milan", "милан"),
    )},
    "europe": ("europe", "европа"),
    "asia": ("asia", "азия"),
    "africa": ("africa", "африка"),
    "middle-east": ("middle east", "ближний восток"),
    "caucasus": ("caucasus", "кавказ"),
    "south-caucasus": ("south caucasus", "южный кавказ"),
    "caspian": ("caspian", "caspian sea", "каспий", "каспийское море"),
    "black-sea": ("black sea", "черное море", "чёрное море"),
    "baltic": ("baltic", "baltics", "baltic states", "прибалтика", "балтия"),
    "crimea": ("crimea", "crimea peninsula", "crimean peninsula", "крым"),
    "donbas": ("donbas", "donbass", "донбасс"),
    "nagorno-karabakh": ("nagorno-karabakh", "nagorno karabakh", "karabakh", "нагорный карабах", "карабах"),
    "siberia": ("siberia", "сибирь"),
    "arctic": ("arctic", "арктика"),
}

_ORGS: dict[str, tuple[str, ...]] = {
    "nato": ("nato", "нато", "north atlantic treaty organization", "north atlantic alliance",
             "организация североатлантического договора", "североатлантический альянс"),
    "un": ("un", "u.n.", "united nations", "оон", "организация объединенных наций", "организация объединённых наций"),
    "un-security-council": ("un security council", "security council", "совбез оон", "совет безопасности оон"),
    "eu": ("eu", "e.u.", "european union", "ес", "евросоюз", "европейский союз"),
    "european-commission": ("european commission", "еврокомиссия", "европейская комиссия"),
    "osce": ("osce", "обсе"),
    "csto": ("csto", "одкб"),
    "cis": ("cis", "снг"),
    "who": ("who", "world health organization", "воз"),
    "imf": ("imf", "международный валютный фонд", "мвф", "international monetary fund"),
    "world-bank": ("world bank", "всемирный банк"),
    "opec": ("opec", "опек"),
    "g20": ("g20", "g-20", "большая двадцатка", "g20"),
    "g7": ("g7", "g-7", "большая семерка", "большая семёрка"),
    "pentagon": ("pentagon", "пентагон"),
    "kremlin": ("kremlin", "кремль"),
    "white-house": ("white house", "белый дом"),
    "state-department": ("state department", "госдеп", "госдепартамент", "госдепартамент сша"),
    "ria-novosti": ("ria novosti", "ria", "риа новости", "риа"),
    "tass": ("tass", "тасс"),
    "interfax": ("interfax", "интерфакс"),
    "reuters": ("reuters", "рейтер", "рейтерс"),
    "sputnik": ("sputnik", "спутник"),
    "trend": ("trend", "тренд"),
    "azertac": ("azertac", "азертадж"),
    "ap": ("ap", "associated press", "ассошиэйтед пресс"),
    "afp": ("afp", "франс пресс"),
    "bbc": ("bbc", "би-би-си", "bbc news"),
    "gazprom": ("gazprom", "газпром"),
    "rosstat": ("rosstat", "росстат"),
    "russia-central-bank": ("central bank of russia", "bank of russia", "russian central bank", "банк россии", "цб", "цб рф",
                            "центробанк", "центральный банк россии", "центральный банк рф"),
    "ecb": ("ecb", "european central bank", "ецб", "европейский центральный банк"),
    "fed": ("fed", "federal reserve", "u.s. federal reserve", "фрс", "федеральная резервная система"),
    "rosneft": ("rosneft", "роснефть"),
    "socar": ("socar", "сокар"),
    "duma": ("state duma", "duma", "госдума", "государственная дума"),
    "congress": ("congress", "u.s. congress", "конгресс", "конгресс сша"),
    "senate": ("senate", "u.s. senate", "сенат", "сенат сша"),
    "milli-majlis": ("milli majlis", "милли меджлис"),
    "hamas": ("hamas", "хамас"),
    "hezbollah": ("hezbollah", "хезболла", "хизбалла"),
    "taliban": ("taliban", "талибан"),
    "isis": ("isis", "isil", "islamic state", "игил", "исламское государство"),
}

# Country aliases not in CLDR's main names; demonym adjectives (stems for Russian).
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "russia": ("russian federation", "рф", "российская федерация", "россия", "russia"),
    "united-states": ("u.s.", "us", "usa", "u.s.a.", "america", "the united states", "сша", "соединенные штаты америки", "соединённые штаты америки", "америка"),
    "united-kingdom": ("uk", "u.k.", "britain", "great britain", "великобритания", "британия", "англия"),
    "azerbaijan": ("ар", "азербайджанская республика", "republic of azerbaijan", "azerbaijan republic"),
    "china": ("prc", "кнр", "people's republic of china"),
    "turkey": ("turkey", "turkiye", "türkiye", "турция"),
    "ukraine": ("украина",),
    "south-korea": ("south korea", "республика корея", "южная корея"),
    "north-korea": ("north korea", "кндр", "северная корея"),
    "czechia": ("czech republic", "чехия", "чешская республика"),
    "iran": ("иран",),
    "syria": ("сирия",),
    "belarus": ("беларусь", "белоруссия"),
    "moldova": ("молдавия", "молдова"),
    "kyrgyzstan": ("киргизия", "кыргызстан"),
    "germany": ("фрг", "германия"),
}

_DEMONYMS: dict[str, tuple[str, ...]] = {
    # key: (english adjectives, russian adjective stems)
    "russia": ("russian", "российск русск"),
    "united-states": ("american u.s. us", "американск"),
    "azerbaijan": ("azerbaijani azeri", "азербайджанск"),
    "armenia": ("armenian", "армянск"),
    "georgia": ("georgian", "грузинск"),
    "ukraine": ("ukrainian", "украинск"),
    "belarus": ("belarusian belarussian", "белорусск"),
    "turkey": ("turkish", "турецк"),
    "iran": ("iranian", "иранск"),
    "syria": ("syrian", "сирийск"),
    "china": ("chinese", "китайск"),
    "japan": ("japanese", "японск"),
    "germany": ("german", "германск немецк"),
    "france": ("french", "французск"),
    "united-kingdom": ("british", "британск английск"),
    "italy": ("italian", "итальянск"),
    "spain": ("spanish", "испанск"),
    "poland": ("polish", "польск"),
    "czechia": ("czech", "чешск"),
    "israel": ("israeli", "израильск"),
    "india": ("indian", "индийск"),
    "pakistan": ("pakistani", "пакистанск"),
    "kazakhstan": ("kazakh kazakhstani", "казахск казахстанск"),
    "uzbekistan": ("uzbek", "узбекск"),
    "lithuania": ("lithuanian", "литовск"),
    "latvia": ("latvian", "латвийск латышск"),
    "estonia": ("estonian", "эстонск"),
    "finland": ("finnish", "финск финляндск"),
    "sweden": ("swedish", "шведск"),
    "canada": ("canadian", "канадск"),
    "egypt": ("egyptian", "египетск"),
    "iraq": ("iraqi", "иракск"),
    "saudi-arabia": ("saudi", "саудовск"),
    "afghanistan": ("afghan", "афганск"),
    "north-korea": ("north korean", "северокорейск"),
    "south-korea": ("south korean", "южнокорейск"),
    "european": ("european", "европейск"),
    "soviet": ("soviet", "советск"),
}


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, str]]:
    """(surface form -> (type, key), english demonym -> country, russian stem -> country)."""
    table: dict[str, tuple[str, str]] = {}
    try:
        from babel import Locale

        en = Locale("en").territories
        ru = Locale("ru").territories
        for code, name in en.items():
            if not code.isalpha() or len(code) != 2 or code in ("EU", "EZ", "UN", "QO"):
                continue
            key = slug(name.replace("&", "and"))
            table.setdefault(name.lower(), ("place", key))
            if code in ru:
                table.setdefault(ru[code].lower().replace("ё", "е"), ("place", key))
    except Exception:  # Babel missing: the curated tables still work
        pass
    # Short CLDR forms are awkward ("United States" -> "united-states", fine); fix keys.
    for key, forms in _COUNTRY_ALIASES.items():
        for f in forms:
            table[f.replace("ё", "е")] = ("place", key)
    for key, forms in _PLACES.items():
        for f in forms:
            table[f.replace("ё", "е")] = ("place", key)
    for key, forms in _ORGS.items():
        for f in forms:
            table[f.replace("ё", "е")] = ("org", key)
    en_dem: dict[str, str] = {}
    ru_dem: dict[str, str] = {}
    for key, (en_forms, ru_stems) in _DEMONYMS.items():
        for f in en_forms.split():
            en_dem[f] = key
        for s in ru_stems.split():
            ru_dem[s] = key
    en_dem["north korean"] = "north-korea"
    return table, en_dem, ru_dem


def _norm(text: str) -> str:
    text = text.lower().replace("ё", "е").replace("’", "'")
    text = re.sub(r"\s+", " ", text).strip(" .,\"'«»")
    text = re.sub(r"^the ", "", text)
    return text


def lookup(text: str) -> tuple[str, str] | None:
    """(type, key) of a table name, or None.  Case-insensitive; English "the" ignored."""
    table = _tables()[0]
    n = _norm(text)
    hit = table.get(n)
    if hit is None:
        raw = re.sub(r"^the ", "", text.lower().replace("ё", "е").strip(" ,\"'«»"))
        hit = table.get(raw) or table.get(raw.rstrip(".") + ".")
    if hit is None and n.endswith("'s"):
        hit = table.get(n[:-2])
    return hit


def demonym_country(word: str) -> str | None:
    """Country key of a demonym adjective: Russian / российского / азербайджанским."""
    _, en_dem, ru_dem = _tables()
    w = word.lower().replace("ё", "е").strip(".,")
    if w in en_dem:
        return en_dem[w]
    if is_cyrillic(w):
        for stem, key in ru_dem.items():
            if w.startswith(stem):
                return key
    return None


# --------------------------------------------------------------------------- Russian lemmas

_NAME_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn")
_OBLIQUE_END = re.compile(r"(?:ым|им|ом|ем|ой|ей|ому|ему|ого|его|ую|ою)$")


@functools.lru_cache(maxsize=65536)
def lemma_ru(word: str, prefer: str | None = None) -> str:
    """Dictionary form of a Russian name token, original capitalisation restored.

    ``prefer`` is a pymorphy tag such as "Surn", "Name" or "Geox" to favour.
    """
    if not is_cyrillic(word) or word.isupper() and len(word) <= 5:
        return word
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word)
    best = None
    tags = (prefer,) + _NAME_TAGS if prefer else _NAME_TAGS
    low = word.lower().replace("ё", "е")
    for tag in tags:
        cands = sorted((p for p in parses if tag in p.tag), key=lambda p: "sing" not in p.tag)
        if cands:
            # a word that is already a dictionary form stays as it is (Садыков, not Садык)
            same = [p for p in cands if p.normal_form.replace("ё", "е") == low and "nomn" in p.tag]
            best = same[0] if same else cands[0]
        if best is not None:
            break
    if best is None:
        # unknown foreign name: prefer a parse that strips a case ending (Кертисом -> кертис)
        for p in parses:
            if "NOUN" in p.tag and p.normal_form != word.lower() and len(p.normal_form) >= 3:
                best = p
                break
    lemma = best.normal_form if best is not None else word.lower()
    if best is not None and "plur" in best.tag and re.search(r"(?:ов|ев|ёв|ин|ын)$", low) and len(low) > 5:
        lemma = low  # "Садыков" is a surname in the nominative, not the plural of "Садык"
    if best is None and _OBLIQUE_END.search(lemma) and len(lemma) > 6:
        lemma = _OBLIQUE_END.sub("", lemma)
    if word[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    return lemma


# --------------------------------------------------------------------------- keys


def place_key(name: str) -> str:
    """Key of a place name in either script (lemmatise Russian first)."""
    hit = lookup(name)
    if hit:
        return hit[1]
    if is_cyrillic(name):
        lem = " ".join(lemma_ru(w, "Geox") for w in name.split())
        hit = lookup(lem)
        if hit:
            return hit[1]
        name = lem
    # try the transliteration / skeleton against the table's Latin forms
    sk = " ".join(skeleton(w) for w in re.split(r"[\s\-]+", name) if w)
    hit = _skeleton_index().get(sk)
    if hit and len(sk) >= 3:
        return hit
    return sk.replace(" ", "-")


def org_key(name: str) -> str:
    hit = lookup(name)
    if hit:
        return hit[1]
    if is_cyrillic(name):
        lem = " ".join(lemma_ru(w) for w in name.split())
        hit = lookup(lem)
        if hit:
            return hit[1]
    return slug(translit(name)) or name.lower()


_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovna|evna|yevna|ович|евич|овна|евна|ична|ьич|ьевич)$", re.I)
_PERSON_STOP = {"jr", "sr", "ii", "iii", "iv"}


def person_key(name: str) -> str:
    """Surname-based key: the skeleton of the last name token (lemmatised for Russian)."""
    toks = [t for t in re.split(r"\s+", name.strip()) if t and t.lower().strip(".") not in _PERSON_STOP]
    if not toks:
        return ""
    last = toks[-1]
    if len(toks) >= 2 and _PATRONYMIC.search(last):
        # "Valeriy Vasilyevich", "Ильхам Гейдарович": first name + patronymic, no surname
        first = toks[0]
        if is_cyrillic(first):
            first = lemma_ru(first, "Name")
        return "first:" + skeleton(first)
    if is_cyrillic(last):
        last = lemma_ru(last, "Surn")
    return skeleton(last)


@functools.lru_cache(maxsize=1)
def _skeleton_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for form, (typ, key) in _tables()[0].items():
        if typ != "place" or is_cyrillic(form):
            continue
        sk = " ".join(skeleton(w) for w in re.split(r"[\s\-]+", form) if w)
        idx.setdefault(sk, key)
    return idx
