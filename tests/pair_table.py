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
