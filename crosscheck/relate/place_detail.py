"""Places one side names as detail of another place: a country told by a city of it, a city told by its country, a
territory told in another period, a region named after a place ("at Jena, in Thuringia").  Read by ``entity_pairs`` and
``statement`` (moved out of ``entity_pairs`` in round cg)."""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.relate.slot_values import Slot

__all__ = ["country_told_by_part", "city_told_by_whole", "territory_told_otherwise", "wider_places", "state_told_by_city"]


def wider_places(slots: list[Slot], text: str) -> list[Slot]:
    """Places named right after another place as the region it lies in (round cg): after ", in" ("at Jena, in
    Thuringia", «в Йене, в Тюрингии»), or a state after a comma or in brackets ("in Memphis, Tennessee", «в Атланте (штат
    Джорджия)»).  Detail of the first place, never a second place that keeps the first from pairing."""
    from crosscheck.lang.gazetteer import state_keys

    places = [s for s in slots if s.unit == "place"]
    out = []
    for y in places:
        tail = re.escape(str(y.text).strip()) + r"(?![\w-])"
        for x in places:
            head = r"(?<![\w-])" + re.escape(str(x.text).strip())
            if x is not y and x.value not in state_keys() and (
                    re.search(head + r",\s+(?:in|в|во)\s+(?:the\s+)?" + tail, text) or (
                    y.value in state_keys() and re.search(head + _STATE_AFTER + tail, text))):
                out.append(y)
                break
    return out


#: A comma or a bracket, with the word for a state, between a town and its state.
_STATE_AFTER = r"(?:,\s+|\s*\(\s*)(?:(?:штат|штата|провинция|провинции|state\s+of|province\s+of)\s+)?"


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """The country key of each gazetteer city (``lang/gazetteer/cities.tsv``), capital (``capitals.tsv``) and region whose
    country is given (``places.tsv``: the states of the United States, round bk), by its ISO code."""
    from crosscheck.lang.gazetteer import country_by_iso
    from crosscheck.lang.resources import tsv

    rows = list(tsv("gazetteer/cities.tsv")) + list(tsv("gazetteer/capitals.tsv")) + list(tsv("gazetteer/places.tsv"))
    return {row["key"]: c for row in rows if row.get("iso2") and (c := country_by_iso(row["iso2"]))}


def country_told_by_part(s: Slot, other_places: list[Slot], other_extra: list[Slot]) -> bool:
    """A country one side adds that the other side tells by a part of it, a gazetteer city of it among the other side's
    places ("in Paris" / «во Франции», "in London" / «в Великобритании»), while the other side adds no country of its
    own (issue 10 round p). Such a country is detail, not a place the other side lacks; a country against another
    country, or against a city of another country ("settled in New York" / «в Италии»), is still a difference. (A demonym
    was tried as the part and dropped: "the Italian physicist … settled in New York" / «поселился в Италии» tells where he
    came from, not where he settled.)"""
    from crosscheck.frame.builder import is_country

    if s.kind != "entity" or s.unit != "place" or not is_country(s.value):
        return False
    if any(x.kind == "entity" and x.unit == "place" and is_country(x.value) for x in other_extra):
        return False
    return any(_city_countries().get(x.value) == s.value for x in other_places if x.kind == "entity" and x.unit == "place")


def city_told_by_whole(s: Slot, other_places: list[Slot]) -> bool:
    """Round ai: a gazetteer city one side adds whose country the other side names, while the other side names no city
    of that country ("from Tallinn to Vilnius" / "across Estonia, Latvia and Lithuania"): detail, as a country told by a
    city of it is; "in Lyon" / "in Paris, France" stays a difference."""
    if s.kind != "entity" or s.unit != "place":
        return False
    country = _city_countries().get(s.value)
    places = [x for x in other_places if x.kind == "entity" and x.unit == "place"]
    return (country is not None and any(x.value == country for x in places)
            and not any(_city_countries().get(x.value) == country for x in places))


def territory_told_otherwise(s: Slot, other_places: list[Slot]) -> bool:
    """Round ar: a place one side names that the other names in another period or as its sovereign state («Германской
    империи» / "Germany", «в ГДР» / "in Germany", "the Faroe Islands" / "Denmark": ``core_territory``): one place told
    two ways, not a place each side names and the other lacks ("the German Empire" / «Франции» stays two places)."""
    from crosscheck.lang.gazetteer import core_territory

    if s.kind != "entity" or s.unit != "place":
        return False
    return any(x.kind == "entity" and x.unit == "place" and x.value != s.value and core_territory(str(s.value), str(x.value))
               for x in other_places)


def state_told_by_city(s: Slot, other_places: list[Slot]) -> bool:
    """Round cg: a state one side adds while the other names a town of the same country, or a town one side adds while
    the other names a state of its country and no town of it ("in Surfside, Florida" / «в Сёрфсайде под Майами»): the town
    may lie in the state (``gazetteer.state_and_city``), detail, not two places each side lacks."""
    from crosscheck.lang.gazetteer import state_and_city

    if s.kind != "entity" or s.unit != "place" or (country := _city_countries().get(s.value)) is None:
        return False
    places = [x for x in other_places if x.kind == "entity" and x.unit == "place" and x.value != s.value]
    near = [x for x in places if _city_countries().get(x.value) == country and state_and_city(str(s.value), str(x.value))]
    return bool(near) and not any(_city_countries().get(x.value) == country and not state_and_city(str(s.value), str(x.value))
                                  for x in places)

