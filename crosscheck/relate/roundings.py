"""One value told at two roundings by two bounds of one kind (issue 10, round af).

"killed at least 602 people" / «унёс жизни более шестисот человек», "more than 31 countries" / «более чем в 30 странах»:
two bounds of one kind ("at least", "more than"; "under", «не более») state one value when one sits at a round figure on
the loose side of the other, is that figure rounded to its own precision (a lower bound rounded down: 602 to 600, 36 417
to 36 000; an upper bound rounded up: 48 to 50) and lies within 5 % of it.  "more than 600" / «более 620», "at least
1,500" / «не менее 1496» and "over 150 km" / «более 100 км» stay two values (``slots._pair_numbers``).
"""

from __future__ import annotations

import math
import re

__all__ = ["approx_tolerance", "looser_rounding", "roundness", "rounded_approx", "rounded_bound", "significant_digits"]

#: How far the round figure may lie from the precise one: "at least 9,343" / «свыше девяти тысяч» (3.7 %) is one value,
#: "over 150 km" / «более 100 км», "up to 7500" / «до 10000» are two.
_NEAR = 0.05


def roundness(v: float) -> int:
    """How many trailing zeros a whole figure has (600: 2, 1520: 1, 602: 0); 0 for a fraction or zero."""
    if not float(v).is_integer() or v == 0:
        return 0
    n, k = int(abs(v)), 0
    while n % 10 == 0:
        n, k = n // 10, k + 1
    return k


def decimals(v: float) -> int:
    """How many decimals a figure is written with (2.41: 2; 26.2: 1; 1500.0: 0), to six places."""
    return len(f"{abs(v):.6f}".rstrip("0").partition(".")[2])


def half_step(v: float) -> float:
    """Just under half the step of a fraction's last written decimal (2.41: 0.0049; 34.6: 0.049), so that two neighbours
    (2.09, 2.08) do not meet at the midpoint; 0 for a whole figure."""
    return 0.49 * 10 ** -decimals(v) if decimals(v) else 0.0


def significant_digits(v: float) -> int:
    """The digits a figure is written with, trailing zeros of a whole figure left out: 2,815 has 4, 3,000 has 1, 34.6 has
    3, 250 has 2."""
    text = f"{abs(v):.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return len(text.rstrip("0")) if float(v).is_integer() else len(text)


def rounded_bound(bound_a: str | None, bound_b: str | None, va: float, vb: float) -> bool:
    """Two bounds of one kind whose values (``va``, ``vb``, in one unit) are one value at two roundings."""
    if bound_a != bound_b or bound_a not in ("lower", "upper"):
        return False
    ra, rb = roundness(va), roundness(vb)
    if ra == rb:
        return False
    r, p = (va, vb) if ra > rb else (vb, va)
    step = 10 ** max(ra, rb)
    rounded = r == (math.floor(p / step) if bound_a == "lower" else math.ceil(p / step)) * step
    return rounded and abs(r - p) <= _NEAR * abs(p)  # "over 150" / «более 100» rounds down too, but is another figure


def rounded_approx(bound_a: str | None, bound_b: str | None, va: float, vb: float) -> bool:
    """An approximate round figure and another figure (approximate or exact; values ``va``, ``vb`` in one unit) that
    rounds to it at its precision, within 5 %."""
    if "approx" not in (bound_a, bound_b) or not {bound_a, bound_b} <= {"approx", "exact"}:
        return False
    ra, rb = roundness(va), roundness(vb)
    if ra == rb:
        return False
    (r, br), p = ((va, bound_a), vb) if ra > rb else ((vb, bound_b), va)
    if br != "approx":
        return False  # "700" / "about 675": the round figure is the exact one, no rounding said
    step = 10 ** max(ra, rb)
    return r == math.floor(p / step + 0.5) * step and abs(r - p) <= _NEAR * abs(p)


def looser_rounding(a, b, va: float, vb: float) -> bool:
    """Round aj: two bounds of one kind (slots ``a``, ``b``; values ``va``, ``vb`` in one unit) within 10 %, the looser one
    written with fewer significant digits: "more than 86,000" / «свыше 80 тыс.», "more than 400 miles" / «свыше 680 км»
    hold one value told at two roundings; "lower than 11 days" / «менее 10 дней» do not (the looser bound is the more
    precise figure: a figure changed)."""
    if a.bound != b.bound or a.bound not in ("lower", "upper") or abs(va - vb) > 0.1 * max(abs(va), abs(vb)):
        return False
    looser, other = (a, b) if (va < vb) == (a.bound == "lower") else (b, a)
    return va != vb and significant_digits(looser.value) < significant_digits(other.value)


def approx_tolerance(a, b) -> float:
    """How far two figures (slots ``a``, ``b``), one of them approximate, may lie apart: 3 %, or 10 % for a share written
    in words ("about a quarter" / «около 26 %», "two thirds" / «около 70 %»: a fraction is a round share,
    ``frame/fractions.py``) and for a length of time told as a part of a period ("almost a quarter of a century" /
    "roughly twenty-four years", «почти три четверти века» / "72 years": ``frame/period_fractions.py``, round cl)."""
    from crosscheck.frame.period_fractions import told_as_part

    words = a.unit == b.unit == "percent" and not (re.search(r"\d", a.text) and re.search(r"\d", b.text))
    return 0.1 if words or told_as_part(a.text) or told_as_part(b.text) else 0.03
