"""Round n of issue 10 (the reading): speeds and power are units of measure (``lang/measures.tsv``; "70 miles per hour",
«110 км/ч», «343 м/с», "14,000 megawatts", «14 ГВт»); an organisation's name may hold a gazetteer place with more of the
name before it ("the Dutch East India Company"); an ordinal with a superlative or a measure is a rank ("the
second-highest", «третья по высоте»: ``lang/ranks.tsv``); a century may be written with an ordinal in words ("the fifth
century BC"); «с половиной», "and a half" and «полтора» are half a unit more; a landform noun after a name makes a place
("the Colorado River"). Sentences written for this test, none from the seeds or a bench set."""

from __future__ import annotations

import pytest

from crosscheck.frame.entities_en import en_entities
from crosscheck.frame.quantities import extract_quantities


@pytest.mark.parametrize("text, lang, value, unit", [
    ("The train can reach 200 miles per hour on the new line.", "en", 200.0, "mile/h"),
    ("The storm brought winds of 90 mph to the island.", "en", 90.0, "mph"),
    ("Поезд разгоняется до 250 км/ч на новом участке.", "ru", 250.0, "km/h"),
    ("Звук проходит в воздухе около 343 м/с.", "ru", 343.0, "м/s"),
    ("The car was doing 80 kilometres an hour.", "en", 80.0, "km/h"),
    ("The wind farm produces 1,200 megawatts at full power.", "en", 1200.0, "megawatt"),
    ("Мощность электростанции — 6 ГВт.", "ru", 6.0, "гвт"),
])
def test_speed_and_power_units(text, lang, value, unit):
    got = [(q.value, q.unit) for q in extract_quantities(text, lang)]
    assert (value, unit) in got, got


@pytest.mark.parametrize("text, lang, value, unit", [
    ("The two towns are 70 miles apart.", "en", 70.0, "mile"),
    ("Трасса длиной 120 км проходит вдоль реки.", "ru", 120.0, "km"),
    ("He walked 5 km an afternoon in the park.", "en", 5.0, "km"),
])
def test_a_distance_stays_a_distance(text, lang, value, unit):
    got = [(q.value, q.unit) for q in extract_quantities(text, lang)]
    assert (value, unit) in got, got


def test_speed_compares_across_units():
    from crosscheck.relate.slot_values import measure

    mph, kmh = measure("mph"), measure("km/h")
    assert mph[0] == kmh[0] == "speed" and abs(70 * mph[1] - 112.65 * kmh[1]) < 10
    assert measure("megawatt")[1] * 14000 == measure("гвт")[1] * 14


@pytest.mark.parametrize("text, org, gone", [
    ("The Dutch East India Company was founded in 1602.", "Dutch East India Company", "India"),
    ("The Dutch West India Company traded in the Caribbean.", "Dutch West India Company", "India"),
    ("The English East India Company received its charter in 1600.", "English East India Company", "India"),
])
def test_place_inside_an_organisation_name(text, org, gone):
    ents = [(e.text, e.type) for e in en_entities(text, None)]
    assert (org, "org") in ents, ents
    assert not any(t == gone and ty == "place" for t, ty in ents), ents


@pytest.mark.parametrize("text, name, kind", [
    ("Moscow State University was founded in 1755.", "Moscow", "place"),
    ("The Bank of England raised interest rates.", "Bank of England", "org"),
    ("He studied in India and joined the company in 1990.", "India", "place"),
    ("Trade between India and the Company grew.", "India", "place"),
])
def test_place_before_an_organisation_stays(text, name, kind):
    """A place that opens the run (no capitalised word of the name before it) or stands apart is still a place."""
    ents = [(e.text, e.type) for e in en_entities(text, None)]
    assert (name, kind) in ents, ents


@pytest.mark.parametrize("text, lang, value", [
    ("K2 is the second-highest mountain on Earth.", "en", 2.0),
    ("Chicago was long the second most populous city in the country.", "en", 2.0),
    ("It is the 3rd largest economy in Europe.", "en", 3.0),
    ("Нил — вторая по длине река планеты.", "ru", 2.0),
    ("Это третий крупнейший порт страны.", "ru", 3.0),
])
def test_rank_read(text, lang, value):
    got = [(q.value, q.unit) for q in extract_quantities(text, lang)]
    assert (value, "rank") in got, got


@pytest.mark.parametrize("text, lang", [
    ("The first test flight took place in 1950.", "en"),
    ("The third meeting of the council was held in May.", "en"),
    ("Его второй срок начался в 2012 году.", "ru"),
    ("Третий том вышел через два года.", "ru"),
])
def test_an_ordinal_alone_is_no_rank(text, lang):
    assert not [q for q in extract_quantities(text, lang) if q.unit == "rank"]


@pytest.mark.parametrize("text, lo_year, hi_year", [
    ("Hippocrates lived in the fifth century BC.", -500, -401),
    ("The philosopher taught in the fifth and fourth centuries BC.", -500, -301),
    ("The cathedral was built in the twelfth century.", 1101, 1200),
    ("The twenty-first century began with the new millennium.", 2001, 2100),
])
def test_centuries_in_words(text, lo_year, hi_year):
    """A century written with an ordinal in words is read as one written in digits ("the 5th century BC")."""
    from crosscheck.pairs import _claim
    from crosscheck.relate.slot_values import time_slots

    _, frame = _claim(text, "a", "en", None)
    days = [s.value for s in time_slots(frame)]
    assert any(abs(lo / 365.2425 - lo_year) < 1.5 and abs(hi / 365.2425 - hi_year) < 1.5 for lo, hi in days), days


@pytest.mark.parametrize("text, lang, value", [
    ("Расстояние до звезды составляет примерно два с половиной миллиона километров.", "ru", 2_500_000.0),
    ("Билет стоил три с половиной тысячи рублей.", "ru", 3500.0),
    ("Население города выросло до полутора миллионов человек.", "ru", 1_500_000.0),
    ("The village had two and a half thousand inhabitants.", "en", 2500.0),
])
def test_and_a_half(text, lang, value):
    """«с половиной», "and a half" add half a unit to the number before them; «полтора» is 1.5; no share of 50 % is read."""
    got = extract_quantities(text, lang)
    assert value in [q.value for q in got], [(q.text, q.value, q.unit) for q in got]
    assert not [q for q in got if q.unit == "percent"], [(q.text, q.value, q.unit) for q in got]


@pytest.mark.parametrize("text, name", [
    ("The dam on the Colorado River was finished in 1936.", "Colorado River"),
    ("The Gobi Desert covers parts of China and Mongolia.", "Gobi Desert"),
    ("Nickel is mined on the Kola Peninsula.", "Kola Peninsula"),
    ("Silicon Valley grew around Stanford.", "Silicon Valley"),
])
def test_landform_after_a_name_is_a_place(text, name):
    """A landform noun after a name ("the Colorado River", "the Gobi Desert": ``lang/en/landform_tails.tsv``) makes the run a
    place keyed by the name before it, never a person."""
    ents = [(e.text, e.type) for e in en_entities(text, None)]
    assert (name, "place") in ents, ents
    assert not any(t == name and ty == "person" for t, ty in ents), ents
