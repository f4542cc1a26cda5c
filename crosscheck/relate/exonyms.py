"""One river named in two scripts (issue 10 round ck): "the Danube" and «Дунай», "the Vistula" and «Вислу» share no consonant
skeleton, so the name keys of ``role_names`` cannot pair them. ``lang/gazetteer/rivers.tsv`` lists the rivers' names in both
languages; two names with one key there are one river. The table is read here only, for the names of a role (the water a
river flows into), never as places of the frame.
"""

from __future__ import annotations

import functools
import re

__all__ = ["river_key"]


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from crosscheck.lang.resources import split, tsv

    table = {form.replace("ё", "е"): row["key"] for row in tsv("gazetteer/rivers.tsv") for form in split(row["en"]) + split(row["ru"])}
    for form, key in list(table.items()):  # «северная двина» as its words are lemmatised: «северный двина»
        if re.search("[а-я]", form):
            table.setdefault(_normal(form), key)
    return table


@functools.lru_cache(maxsize=4096)
def river_key(text: str) -> str | None:
    """The key of the river a name names ("the Danube", «Дуная», "Vistula River", «реки Эльбы»), or None."""
    full = re.sub(r"^the\s+", "", text.lower().replace("ё", "е").strip(" .,\"'«»"))
    table = _table()
    # the whole name first ("Yellow River", «Жёлтой реки»), then without a word for river ("River Thames", «реки Эльбы»)
    for t in (full, re.sub(r"^(?:river|река|реки|реке|реку|рекой)\s+|\s+(?:river|река|реки|реке|реку|рекой)$", "", full)):
        hit = table.get(t) or (table.get(_normal(t)) if re.search("[а-я]", t) else None)
        if hit is not None:
            return hit
    return None


def _normal(text: str) -> str:
    """A Russian name with each word in its dictionary form («Северной Двины» -> «северный двина»)."""
    from crosscheck.frame._lazy import parse_ru

    out = []
    for w in text.split():
        parses = parse_ru(w)
        out.append((parses[0].normal_form if parses else w).replace("ё", "е"))
    return " ".join(out)
