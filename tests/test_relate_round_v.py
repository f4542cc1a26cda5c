"""Round v of issue 10: agree precision on comparable EN/RU text (contradictions of the fix-on sets called `agree`, read
for their causes; general causes only). Rows written for this test, none from the seeds or a bench set; each rule has at
least three rows and a counter-example:

* far-skeletons: two name skeletons that meet only after three or more of their letters are merged into consonant
  classes or dropped ("gdnv" Godunov / "ktzv" Кутузов: "ktnv" / "ktsv" after the classes, one letter apart; three letters apart as written) are two
  names (``name_keys.keys_close``); one name written in two scripts differs by a class swap and one consonant at most
  ("vlzkz" / "vlsks", "mrvk" / "mrvzk"). Before, two persons in the same role paired as one name and the pair was `agree`.
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("far-skeletons", "!agree", "Leon Trotsky founded the Red Army in 1918.",
     "Красную армию в 1918 году создал Иосиф Бродский."),
    ("far-skeletons", "!agree", "In 1799 Alexander Suvorov led the Russian army across the Alps.",
     "В 1799 году русскую армию через Альпы провёл Жорес Алфёров."),
    ("far-skeletons", "!agree", "The Russian army at Borodino in 1812 was commanded by Mikhail Kutuzov.",
     "Русской армией при Бородине в 1812 году командовал Борис Годунов."),
    ("far-skeletons", "!agree", "The film 2001: A Space Odyssey, released in 1968, was directed by Stanley Kubrick.",
     "Фильм «Космическая одиссея 2001 года», вышедший в 1968 году, снял Жан-Люк Годар."),
    # one name in two scripts still pairs
    ("far-skeletons", "agree", "The Russian army at Borodino in 1812 was commanded by Mikhail Kutuzov.",
     "Русской армией при Бородине в 1812 году командовал Михаил Кутузов."),
    ("far-skeletons", "agree", "In 1799 Alexander Suvorov led the Russian army across the Alps.",
     "В 1799 году русскую армию через Альпы провёл Александр Суворов."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


def _key(name: str) -> str:
    from crosscheck.frame.names import person_key

    return person_key(name)


@pytest.mark.parametrize("en, ru, same", [
    # two names whose skeletons meet only after three or more letters are merged or dropped
    ("Godunov", "Кутузов", False),
    ("Trotsky", "Бродский", False),
    ("Suvorov", "Алфёров", False),
    ("Kubrick", "Годдард", False),
    ("Bagration", "Скрябин", False),
    ("Hilbert", "Годдард", False),
    # one name written in two scripts
    ("Velázquez", "Веласкес", True),
    ("Rutherford", "Резерфорд", True),
    ("Dvořák", "Дворжак", True),
    ("Hilbert", "Гильберт", True),
    ("Morawiecki", "Моравецкий", True),
    ("Gaddafi", "Каддафи", True),
    ("Kutuzov", "Кутузов", True),
])
def test_far_skeletons(en, ru, same):
    from crosscheck.relate.name_keys import keys_close

    assert keys_close(_key(en), _key(ru)) is same, (en, ru, _key(en), _key(ru))
