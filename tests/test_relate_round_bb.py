"""Round bb of issue 10 (read from HELD-OUT93 and 94 after their first contact on round ba's rules): rows written for this
test, none from an evaluation set.

* two-digit-end: a span of years written with a two-digit end ("1665–66", "1702–05") is a span of years from the year
  1000 on (``frame/time_resolve._r_range_years``; before, only from 1800, and the span was read as no date at all), so
  it clashes with another century («в XVIII веке») and agrees with the span written in full («1665–1666 годов»).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('two-digit-end', 'contradict', "The Great Plague of 1665–66 killed about a quarter of London's population.",
     'Великая чума, унёсшая около четверти населения Лондона, случилась в XVIII веке.'),
    ('two-digit-end', 'contradict', "The cathedral's west front was rebuilt in 1702–05 by the architect Nicholas Hawksmoor.",
     'Западный фасад собора перестроил архитектор Николас Хоксмур в XVI веке.'),
    ('two-digit-end', 'contradict', 'The stone bridge over the Tagus was built in 1576–79 by royal order.',
     'Каменный мост через Тахо построили по королевскому указу в XIX веке.'),
    ('two-digit-end', 'agree', "The Great Plague of 1665–66 killed about a quarter of London's population.",
     'Великая чума 1665–1666 годов унесла около четверти населения Лондона.'),
    ('two-digit-end', 'agree', 'The palace was built in 1702–05 for the Duke of Marlborough.',
     'Дворец герцога Мальборо построили в 1702–1705 годах.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_two_digit_end_is_read_as_a_span_of_years():
    from crosscheck.pairs import _claim

    _, frame = _claim("The rebellion of 1637–38 ended with the storming of the castle.", "d", "en", None)
    (span,) = frame.times
    assert (span.start.year, span.end.year) == (1637, 1638)
