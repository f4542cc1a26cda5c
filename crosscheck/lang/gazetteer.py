"""The gazetteer: names of countries, capitals, cities, regions, organisations,
institutions and media in English and Russian, each mapped to one key.

Sources (see ``gazetteer/README.md``): Babel's CLDR territory names for every country,
``gazetteer/*.tsv`` for capitals (every UN member state), cities (GeoNames), regions,
international organisations, parliaments and ministries, news agencies and demonyms.
``lookup("Верховная Рада") == ("org", "ukraine-parliament")``.
"""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import split, tsv
from crosscheck.lang.translit import fold_latin, is_cyrillic, slug

__all__ = [
    "lookup", "demonym_country", "country_keys", "is_country", "media_keys", "is_ambiguous",
    "place_skeletons", "minor_town_keys", "MINOR_TOWN_POP",
    "alliance_keys", "owner_keys", "country_by_iso", "norm", "currency_units", "one_territory", "former_name", "state_and_city",
]

_EXCLUDED_CODES = {"EU", "EZ", "UN", "QO", "ZZ"}


def norm(text: str) -> str:
    """The lookup form of a name: lower case, ё as е, quotes and a leading "the" dropped."""
    text = text.lower().replace("ё", "е").replace("’", "'")
    text = re.sub(r"\s+", " ", text).strip(" .,\"'«»")
    return re.sub(r"^the ", "", text)


@functools.lru_cache(maxsize=1)
def _country_rows() -> dict[str, tuple[str, list[str]]]:
    """ISO code -> (key, names in English and Russian)."""
    out: dict[str, tuple[str, list[str]]] = {}
    try:
        from babel import Locale

        en, ru = Locale("en").territories, Locale("ru").territories
        for code, name in en.items():
            if len(code) == 2 and code.isalpha() and code not in _EXCLUDED_CODES:
                names = [name, ru.get(code, "")]
                out[code] = (slug(name.replace("&", "and")), [n for n in names if n])
    except Exception:  # Babel missing: the data files still work
        pass
    for row in tsv("gazetteer/countries.tsv"):
        code = row["iso2"]
        names = (out.get(code, ("", []))[1]) + split(row["en"]) + split(row["ru"])
        out[code] = (row["key"], names)
    for row in tsv("gazetteer/former_states.tsv"):
        code = row["code"] if row["code"] != "-" else row["key"]
        out[code] = (row["key"], split(row["en"]) + split(row["ru"]))
    return out


@functools.lru_cache(maxsize=1)
def _successors() -> dict[str, frozenset[str]]:
    return {row["key"]: frozenset(split(row["successors"])) for row in tsv("gazetteer/former_states.tsv")}


def one_territory(a: str, b: str) -> bool:
    """Two country keys of which one is a former state and the other one of the countries on its territory today, or
    two former states sharing one ("east-germany" / "germany", "soviet-union" / "russian-empire"): one place named in
    two periods, never a clash of places; so are a dependent territory and its state (``gazetteer/dependencies.tsv``)."""
    sa, sb = _successors().get(a), _successors().get(b)
    if _sovereigns().get(a) == b or _sovereigns().get(b) == a:
        return True  # "the Faroe Islands" / "Denmark": a dependent territory and its state (round aq)
    return bool(sa and b in sa or sb and a in sb or sa and sb and sa & sb)


@functools.lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    return {row["key"]: row["sovereign"] for row in tsv("gazetteer/dependencies.tsv")}


@functools.lru_cache(maxsize=1)
def _cores() -> dict[str, str]:
    return {row["key"]: split(row["successors"])[0] for row in tsv("gazetteer/former_states.tsv") if split(row["successors"])}


def core_territory(a: str, b: str) -> bool:
    """A former state and the country its core lies in today, the first of its successors ("german-empire" / "germany",
    "russian-empire" / "russia"; not "german-empire" / "france"), or a dependent territory and its state (round ar)."""
    if _sovereigns().get(a) == b or _sovereigns().get(b) == a:
        return True
    return _cores().get(a) == b or _cores().get(b) == a


def former_name(a: str, b: str) -> bool:
    """One country under its former name and its name of today: a former state whose territory is one country today
    ("ceylon" / "sri-lanka", "persia" / "iran"), unlike "soviet-union" / "russia" (round ap)."""
    sa, sb = _successors().get(a), _successors().get(b)
    return sa == frozenset({b}) or sb == frozenset({a})


@functools.lru_cache(maxsize=1)
def _minor_town_names() -> dict[str, list[str]]:
    """Town key -> its English, Russian and Latin names (the ``minor_town_keys``)."""
    minor = minor_town_keys()
    return {row["key"]: split(row["en"]) + split(row["ru"]) + split(row.get("latin", ""))
            for row in tsv("gazetteer/cities.tsv") if row["key"] in minor}


@functools.lru_cache(maxsize=4096)
def place_skeletons(key: str) -> frozenset[str]:
    """The consonant skeletons of a gazetteer town's names ("cusco" -> {"ksk", "kzk"}; towns of under a million, which the
    gazetteer took in with round cg), word by word as a name the gazetteer does not know is keyed ("San Martin" ->
    "sn-mrtn"): a spelling the gazetteer does not list ("Cuzco", "Bruges") meets the town through them, as the two
    skeletons met before the town was in the gazetteer.  Computed per key, on first use."""
    from crosscheck.lang.translit import skeleton

    out = set()
    for f in _minor_town_names().get(key, ()):
        sk = "-".join(skeleton(w) for w in re.split(r"[\s-]+", f) if w)
        if len(sk) >= 3:
            out.add(sk)
    return frozenset(out)


def country_by_iso(code: str) -> str | None:
    hit = _country_rows().get(code.upper())
    return hit[0] if hit else None


@functools.lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    return frozenset(k for k, _ in _country_rows().values())


def is_country(key: str) -> bool:
    return key in country_keys()


@functools.lru_cache(maxsize=1)
def state_keys() -> frozenset[str]:
    """Keys of the regions within a country that ``places.tsv`` gives a country for (the states of the United States)."""
    return frozenset(row["key"] for row in tsv("gazetteer/places.tsv") if row.get("iso2"))


def state_and_city(x: str, y: str) -> bool:
    """One key a state or province of ``places.tsv``, the other a city of the gazetteer ("Calgary" / «провинция Альберта»):
    the city may lie in the state, so the two are no rivals (round bq)."""
    states, cities = state_keys(), city_keys()
    return (x in states and y in cities) or (y in states and x in cities)


@functools.lru_cache(maxsize=1)
def city_keys() -> frozenset[str]:
    """Keys of the gazetteer's cities and capitals (``cities.tsv``, ``capitals.tsv``)."""
    return frozenset(row["key"] for name in ("cities", "capitals") for row in tsv(f"gazetteer/{name}.tsv"))


#: A town of fewer inhabitants is a "minor" town: read only after a word of place (round cg; ``build_cities.SALIENT_POP``).
MINOR_TOWN_POP = 1_000_000


@functools.lru_cache(maxsize=1)
def minor_town_keys() -> frozenset[str]:
    """Keys of the cities of ``cities.tsv`` of fewer than ``MINOR_TOWN_POP`` inhabitants that are no capital (round cg: the
    gazetteer's cities go down to 100,000)."""
    capitals = {row["key"] for row in tsv("gazetteer/capitals.tsv")}
    return frozenset(row["key"] for row in tsv("gazetteer/cities.tsv")
                     if int(row["population"]) < MINOR_TOWN_POP and row["key"] not in capitals)


def _forms(*cells: str) -> list[str]:
    out = []
    for cell in cells:
        for f in split(cell):
            for g in (f, fold_latin(f) if not is_cyrillic(f) else f):
                n = norm(g)
                if n and n not in out:
                    out.append(n)
    return out


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    """Surface form -> (type, key).  Later sources never override a country name."""
    table: dict[str, tuple[str, str]] = {}
    for key, names in _country_rows().values():
        for f in _forms(*names):
            table[f] = ("place", key)
    countries = set(table)

    def add(forms: list[str], typ: str, key: str, override: bool) -> None:
        for f in forms:
            if f in countries:
                continue
            if override or f not in table:
                table[f] = (typ, key)

    for row in tsv("gazetteer/capitals.tsv"):
        add(_forms(row["en"], row["ru"]), "place", row["key"], True)
    for name in ("places", "regions"):
        for row in tsv(f"gazetteer/{name}.tsv"):
            add(_forms(row["en"], row["ru"]), "place", row["key"], False)
    for row in tsv("gazetteer/cities.tsv"):
        add(_forms(row["en"], row["ru"]), "place", row["key"], False)
    for name in ("organisations", "institutions", "media"):
        for row in tsv(f"gazetteer/{name}.tsv"):
            add(_forms(row["en"], row["ru"]), "org", row["key"], True)
    return table


def lookup(text: str, towns: bool = False) -> tuple[str, str] | None:
    """(type, key) of a gazetteer name, or None.  Case-insensitive; English "the" ignored.  A town of under a million
    (``minor_town_keys``) only with ``towns``: the readers of a place after a word of place ask for it, a word read
    alone does not ("beat Malmö", "San Martín", "Reading": round cg)."""
    hit = _lookup(text)
    if hit is not None and not towns and hit[1] in minor_town_keys():
        return None
    return hit


def _lookup(text: str) -> tuple[str, str] | None:
    table = _table()
    n = norm(text)
    hit = table.get(n)
    if hit is None:
        raw = re.sub(r"^the ", "", text.lower().replace("ё", "е").strip(" ,\"'«»"))
        hit = table.get(raw) or table.get(raw.rstrip(".") + ".")
    if hit is None and n.endswith("'s"):
        hit = table.get(n[:-2])
    return hit


@functools.lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    en: dict[str, str] = {}
    ru: list[tuple[str, str]] = []
    for row in tsv("gazetteer/demonyms.tsv"):
        for f in split(row["en"]):
            en[f.lower()] = row["key"]
        for s in split(row["ru_stems"]):
            ru.append((s.lower(), row["key"]))
    ru.sort(key=lambda p: -len(p[0]))  # the longest stem wins ("северокорейск" before "корейск")
    return en, tuple(ru)


def demonym_country(word: str) -> str | None:
    """Country key of a demonym adjective: Russian / российского / азербайджанским."""
    en, ru = _demonyms()
    w = word.lower().replace("ё", "е").strip(".,")
    if w in en:
        return en[w]
    if is_cyrillic(w):
        for stem, key in ru:
            if w.startswith(stem):
                return key
    return None


@functools.lru_cache(maxsize=1)
def media_keys() -> frozenset[str]:
    """Keys of news agencies and outlets (sources, not participants)."""
    return frozenset(row["key"] for row in tsv("gazetteer/media.tsv"))


@functools.lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    out = set()
    for name in ("capitals", "media"):
        for row in tsv(f"gazetteer/{name}.tsv"):
            if row.get("ambiguous"):
                out.update(_forms(row["en"], row["ru"]))
    return frozenset(out)


def is_ambiguous(form: str) -> bool:
    """A gazetteer name that is also a common word or given name ("Trend", "Спутник",
    "Victoria"): it needs context to count as the place or organisation."""
    return norm(form) in _ambiguous()


@functools.lru_cache(maxsize=1)
def alliance_keys() -> frozenset[str]:
    """Organisations that a description "the alliance" can refer to."""
    return frozenset(r["key"] for r in tsv("gazetteer/organisations.tsv") if r["kind"] == "alliance")


@functools.lru_cache(maxsize=1)
def owner_keys() -> frozenset[str]:
    """International organisations that own bodies of their own ("NATO Military Committee")."""
    return frozenset(r["key"] for r in tsv("gazetteer/organisations.tsv") if r["kind"] in ("alliance", "intl"))


@functools.lru_cache(maxsize=1)
def currency_units() -> dict[str, str]:
    """Currency name, Russian lemma or symbol -> ISO 4217 code (lower case)."""
    out: dict[str, str] = {}
    for row in tsv("gazetteer/currencies.tsv"):
        for form in split(row["en"]) + split(row["ru"]) + split(row["symbols"]):
            out[form.lower()] = row["code"]
    return out

