"""Shared runner for the rule tables of issue 10's rounds (``test_relate_round_*.py``).

A table is a list of ``(rule, want, en, ru)`` rows; ``want`` is a relation, or ``"!relation"``
for "anything but that relation" (a counter-example)."""

from __future__ import annotations

import pytest

from crosscheck.pairs import compare_pairs


def decide(cases) -> list[dict]:
    """Every row of ``cases`` through the pair comparison, in order."""
    return compare_pairs([{"a": en, "b": ru, "lang_a": "en", "lang_b": "ru"} for _, _, en, ru in cases])


def check_row(cases, decided: list[dict], i: int) -> None:
    """Row ``i`` got what it wants."""
    _, want, en, ru = cases[i]
    got = decided[i]["relation"]
    if want.startswith("!"):
        assert got != want[1:], (en, ru, decided[i]["explanation"])
    else:
        assert got == want, (en, ru, decided[i]["explanation"])


def check_rule_counts(cases, skip=frozenset()) -> None:
    """Every rule has at least three examples and a counter-example (four rows, two wants)."""
    for rule in {c[0] for c in cases} - set(skip):
        wants = [c[1] for c in cases if c[0] == rule]
        assert len(wants) >= 4 and len(set(wants)) >= 2, rule


def table_tests(cases):
    """A module's ``decided`` fixture (every row decided once) and its parametrised row test."""

    @pytest.fixture(scope="module")
    def decided():
        return decide(cases)

    @pytest.mark.parametrize("i", range(len(cases)), ids=[f"{c[0]}-{n}" for n, c in enumerate(cases)])
    def test_row(decided, i):
        check_row(cases, decided, i)

    return decided, test_row


class _FixedScale:
    """A similarity scale that gives every pair one z."""

    def __init__(self, z: float):
        self._z = z

    def z(self, cos, la="en", lb="ru"):
        return self._z

    def score(self, cos, la="en", lb="ru"):
        return 0.9


def check_at_similarity(want: str, en: str, ru: str, z: float) -> None:
    """One row decided at a fixed similarity ``z`` (the batch a row sits in moves its similarity, and with it the path
    that decides): ``want`` as in a table."""
    from crosscheck.pairs import _claim
    from crosscheck.relate.pair import relate_pair

    a, fa = _claim(en, "a", "en", None)
    b, fb = _claim(ru, "b", "ru", None)
    got = relate_pair(a, fa, b, fb, 0.5, _FixedScale(z))
    if want.startswith("!"):
        assert got is None or got.relation != want[1:], got
    else:
        assert got is not None and got.relation == want, got


def lang_of(text: str) -> str:
    """"ru" for a text with Cyrillic letters, else "en"."""
    return "ru" if any("а" <= ch <= "я" for ch in text.lower()) else "en"


def role_args(text: str, lang: str) -> dict[str, str]:
    """concept -> the name the role clash reads as the argument of each role predicate ``text`` states."""
    from crosscheck.relate.role_clash import role_arguments

    return {concept: name.text for concept, (_, name) in role_arguments(text, lang).items()}
