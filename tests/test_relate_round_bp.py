"""Round bp of issue 10 (read from the misjudged pairs of HELD-OUT121 and 122 after their first contact): rows written for
this test, none from an evaluation set.

* instrument-duo: a work "for piano and violin" / «для скрипки и фортепиано» is for both instruments
  (``lang/kinds.tsv``): each side shares both with the other, in any order, so no instrument clash.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('instrument-duo', 'agree',
     "Beethoven wrote his Kreutzer Sonata for piano and violin in 1803.",
     'Крейцерова соната Бетховена для скрипки и фортепиано написана в 1803 году.'),
    ('instrument-duo', 'agree',
     "Franck's Sonata in A major for violin and piano dates from 1886.",
     'Соната Франка ля мажор для фортепиано и скрипки написана в 1886 году.'),
    ('instrument-duo', 'agree',
     "Fauré's Élégie for cello and piano was published in 1883.",
     'Элегия Форе для фортепиано и виолончели издана в 1883 году.'),
    ('instrument-duo', 'contradict',
     "Paganini's 24 Caprices for solo violin were published in 1820.",
     '24 каприса Паганини для фортепиано и виолончели изданы в 1820 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
