"""Temperatures (issue 10): a figure with a temperature scale is a signed value in degrees Celsius
(``frame/temperatures.py``, ``lang/temperatures.tsv``). Before this the sign was dropped, so "−67.7 °C" / «+67,7 °C»
were called `agree`, and a conversion ("212 °F" / «100 °C») was called a clash. Rows written for this test, none from
the seeds or a bench set:

* conversion: Fahrenheit and kelvin are converted to Celsius, so the same temperature in two scales agrees, and two
  different temperatures in two scales still clash;
* sign: a minus sign (−, a hyphen or a dash touching the figure), "minus" / «минус», «мороза», "below zero" make the
  value negative; another sign on the other side is a clash, the same sign written otherwise an agreement;
* size: a temperature against a figure the other side's reader did not take as one (no scale named: «минус 183
  градусах») compares by size, since its sign may be written in words;
* not-temperature: a bare degree sign (an angle, or a scale the text does not name) is read as before, and a hyphen
  between two figures ("15-20 °C") is a range, not a minus sign.
"""

from __future__ import annotations

import pytest

from crosscheck.frame.quantities import extract_quantities
from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("conversion", "agree", "Normal human body temperature is about 98.6 °F.",
     "Нормальная температура человеческого тела составляет около 37 °C."),
    ("conversion", "agree", "Liquid nitrogen boils at 77 kelvins under normal atmospheric pressure.",
     "При нормальном атмосферном давлении жидкий азот кипит при температуре −196 °C."),
    ("conversion", "agree", "At sea level pure water boils at 212 degrees Fahrenheit.",
     "На уровне моря чистая вода закипает при 100 градусах Цельсия."),
    ("conversion", "agree", "Ethanol boils at about 173 °F.",
     "Этиловый спирт кипит примерно при 78 °C."),
    ("conversion", "contradict", "Ethanol boils at about 173 °F.",
     "Этиловый спирт кипит примерно при 98 °C."),
    ("conversion", "contradict", "Liquid nitrogen boils at 77 kelvins under normal atmospheric pressure.",
     "При нормальном атмосферном давлении жидкий азот кипит при температуре −77 °C."),
    ("sign", "contradict", "Pure ethanol freezes at −114 °C.",
     "Чистый этиловый спирт замерзает при 114 °C."),
    ("sign", "contradict", "On a clear night the surface of Mars can cool to minus 125 degrees Celsius.",
     "Ясной ночью поверхность Марса может остыть до +125 °C."),
    ("sign", "contradict", "In January the air in Yakutsk usually cools to about −40 °C.",
     "В январе воздух в Якутске обычно прогревается примерно до 40 градусов тепла."),
    ("sign", "agree", "In January the air in Yakutsk usually cools to about −40 °C.",
     "В январе воздух в Якутске обычно остывает примерно до 40 градусов мороза."),
    ("sign", "agree", "Pure ethanol freezes at minus 114 degrees Celsius.",
     "Чистый этиловый спирт замерзает при −114 °C."),
    ("size", "agree", "Seawater of ordinary saltiness freezes at about −2 °C.",
     "Морская вода обычной солёности замерзает примерно при минус двух градусах."),
    ("size", "agree", "Liquid oxygen boils at −183 °C.",
     "Жидкий кислород кипит при минус 183 градусах."),
    ("size", "agree", "The coldest night of that winter in Minsk reached −31 °C.",
     "Самой холодной ночью той зимы в Минске термометр показал минус 31 градус."),
    ("size", "contradict", "Liquid oxygen boils at −183 °C.",
     "Жидкий кислород кипит при минус 163 градусах."),
    ("not-temperature", "agree", "The Earth's axis is tilted by about 23.4° to its orbit.",
     "Ось вращения Земли наклонена к плоскости орбиты примерно на 23,4°."),
    ("not-temperature", "!contradict", "Tulips bloom best when daytime temperatures are 15-20 °C.",
     "Тюльпаны лучше всего цветут при дневной температуре 15–20 °C."),
    ("not-temperature", "!contradict", "The Leaning Tower of Pisa leans at an angle of about 4°.",
     "Пизанская башня отклонена от вертикали примерно на 4°."),
    ("not-temperature", "!contradict", "Olive oil starts to smoke at roughly 190-210 °C.",
     "Оливковое масло начинает дымить при температуре около 190–210 °C."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


FRAME = [
    # text, language, the temperatures read (value in °C, rounded), in order
    ("The record low, −89.2 °C, was set in 1983.", "en", [-89.2]),
    ("Рекорд, -89,2 °С, установлен в 1983 году.", "ru", [-89.2]),  # a hyphen-minus and a Cyrillic С
    ("Paper catches fire at 451 °F.", "en", [232.78]),
    ("The surface of the Sun is about 5,778 kelvins.", "en", [5504.85]),
    ("Температура поверхности Солнца около 5780 кельвинов.", "ru", [5506.85]),
    ("The surface of the Sun is about 5,778 K.", "en", []),  # the letter alone: karats as often ("18 K gold")
    ("Rings of 14 K and 18 K gold.", "en", []),
    ("Ночью ударил 35-градусный мороз, а днём было 30 градусов мороза.", "ru", [-30.0]),
    ("Абсолютный нуль равен минус 273 градусам по шкале Цельсия.", "ru", [-273.0]),
    ("Lead melts at 327.5 degrees Celsius and boils at 1,749 °C.", "en", [327.5, 1749.0]),
    ("It was 40 degrees below zero.", "en", []),  # no scale: Celsius or Fahrenheit
    ("The ramp rises at 12°.", "en", []),  # a bare degree sign: maybe an angle
    ("Днём 15-20 °C.", "ru", [20.0]),  # a range: the hyphen is no minus
    ("He earned 50K in his first year.", "en", []),  # fifty thousand, no kelvin
    ("Steel is heated to +1 200 °C.", "en", [1200.0]),
]


@pytest.mark.parametrize("text,lang,want", FRAME, ids=[f"frame-{i}" for i in range(len(FRAME))])
def test_temperatures_read(text, lang, want):
    got = [q.value for q in extract_quantities(text, lang) if q.unit == "celsius"]
    assert got == pytest.approx(want), text


def test_bound_kept_and_to_is_the_value():
    """ "about" stays a bound; "cooled to" / «остыл до» state the value reached, not an upper bound (an upper bound at
    +67.7 would hold −67.7)."""
    about = [q for q in extract_quantities("It fell to about −40 °C.", "en") if q.unit == "celsius"]
    assert [(q.value, q.bound) for q in about] == [(-40.0, "approx")]
    to = [q for q in extract_quantities("Воздух остыл до +67,7 °C.", "ru") if q.unit == "celsius"]
    assert [(q.value, q.bound) for q in to] == [(67.7, "exact")]
    upto = [q for q in extract_quantities("Temperatures of up to 45 °C are forecast.", "en") if q.unit == "celsius"]
    assert [(q.value, q.bound) for q in upto] == [(45.0, "upper")]
