"""Names inside an appositive of a shared name (issue 10, round bi).

"Charles Huggins, a Canadian-born surgeon at the University of Chicago, shared the prize with Peyton Rous": the university
describes Huggins, whom the other side names too; it is a detail of the person, not another statement.  The appositive
opens right after the shared name with a comma and a lower-case word ("a surgeon", «профессор», «который») and closes at
the next comma; the names inside it are no leftover names for the role clash (``role_clash.find_role_clash``) when
dropping them leaves no name over on either side.  Where the other side has a name over too, the appositive's name may
be its counterpart, and both stay.
"""

from __future__ import annotations

import re

__all__ = ["in_appositive", "without_appositives"]

#: A comma, a lower-case opener, and the rest of the appositive up to the comma that closes it.
_APPOSITIVE = re.compile(r",\s+[a-zа-яё][^,;:()«»\"“”]{2,120}(?=,)")


def in_appositive(text: str, n, mine: list, other: list) -> bool:
    """``n`` (a name of ``text``) lies in an appositive right after one of ``mine`` that a name of ``other`` states too."""
    from crosscheck.relate.role_names import same_name

    for owner in mine:
        if owner.end > n.start:
            break
        m = _APPOSITIVE.match(text, owner.end)
        if m and n.end <= m.end() and any(same_name(owner, o) for o in other):
            return True
    return False


def without_appositives(text_a: str, left_a: list, names_a: list, text_b: str, left_b: list, names_b: list) -> tuple[list, list]:
    """The names left over on each side without those in an appositive of a shared name, when that leaves none on either
    side; else the two lists as they are."""
    bare_a = [n for n in left_a if not in_appositive(text_a, n, names_a, names_b)]
    bare_b = [n for n in left_b if not in_appositive(text_b, n, names_b, names_a)]
    return (bare_a, bare_b) if not (bare_a or bare_b) else (left_a, left_b)
