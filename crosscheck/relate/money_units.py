"""Two currencies or coins for one price (issue 10, round ao).

"every item cost one penny" / «любой товар стоил один шиллинг», "paid 5 million dollars" / «заплатил 5 млн евро»: the
one sum each side states, with the same figure in two currencies, is one price told twice, one of them wrong. The
currencies and coins are data (``lang/gazetteer/currencies.tsv``); a sum with different figures in two currencies may be
a conversion and stays two sums.
"""

from __future__ import annotations

import functools

__all__ = ["currency_codes", "other_currency"]


@functools.lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The units of money a figure may carry (ISO codes, and the names of coins with none)."""
    from crosscheck.lang.gazetteer import currency_units

    return frozenset(currency_units().values())


def other_currency(a, b, left_a: list, left_b: list) -> bool:
    """``a`` and ``b`` are the one sum left on each side, of one figure in two currencies ("20 kopecks" / «20 рублей» too:
    a coin is no currency it is a part of)."""
    codes = currency_codes()
    if a.unit not in codes or b.unit not in codes or a.unit == b.unit or a.value != b.value:
        return False
    return sum(x.unit in codes for x in left_a) == 1 and sum(y.unit in codes for y in left_b) == 1
