"""Names that describe another name: in an appositive of a shared name (issue 10, round bi), a region after a place, an
owner before the thing owned.

"Charles Huggins, a Canadian-born surgeon at the University of Chicago, shared the prize with Peyton Rous": the university
describes Huggins, whom the other side names too; it is a detail of the person, not another statement.  The appositive
opens right after the shared name with a comma and a lower-case word ("a surgeon", «профессор», «который») and closes at
the next comma; the names inside it are no leftover names for the role clash (``role_clash.find_role_clash``) when
dropping them leaves no name over on either side.  Where the other side has a name over too, the appositive's name may
be its counterpart, and both stay.
"""

from __future__ import annotations

import re

from crosscheck.relate.role_names import Name

__all__ = ["in_appositive", "owned_by_shared", "region_of", "without_appositives"]

#: A comma, a lower-case opener, and the rest of the appositive up to the comma that closes it.
_APPOSITIVE = re.compile(r",\s+[a-zа-яё][^,;:()«»\"“”]{2,120}(?=,)")


def in_appositive(text: str, n: Name, mine: list[Name], shared: list[Name]) -> bool:
    """``n`` (a name of ``text``) lies in an appositive right after one of ``mine`` that is in ``shared`` (the names the
    other side states too)."""
    for owner in mine:
        if owner.end > n.start:
            break
        m = _APPOSITIVE.match(text, owner.end)
        if m and n.end <= m.end() and owner in shared:
            return True
    return False


def without_appositives(text_a: str, left_a: list, names_a: list, shared_a: list, text_b: str, left_b: list, names_b: list,
                        shared_b: list) -> tuple[list, list]:
    """The names left over on each side without those in an appositive of a shared name (``shared_a``, ``shared_b``),
    when that leaves none on either side; else the two lists as they are."""
    bare_a = [n for n in left_a if not in_appositive(text_a, n, names_a, shared_a)]
    bare_b = [n for n in left_b if not in_appositive(text_b, n, names_b, shared_b)]
    return (bare_a, bare_b) if not (bare_a or bare_b) else (left_a, left_b)


def region_of(text: str, args: list[Name], n: Name, gap: str = r"\s*[,(]\s*", most: int | None = 3) -> bool:
    """A place right after the argument or a name the other side states too, after a comma or in parentheses ("off Cape
    Cod, Massachusetts", «у мыса Хаттерас (Северная Каролина)»: round bh; "a grocery in Acton, West London" / «в лондонском
    Актоне»: round bj), or after another ``gap`` of at most ``most`` characters ("at Albuera in Extremadura": round ck):
    that name's region, not another name."""
    return n.kind in ("place", "name") and any(
        0 <= n.start - a.end and (most is None or n.start - a.end <= most) and re.fullmatch(gap, text[a.end:n.start]) for a in args)


def owned_by_shared(text: str, n: Name, mine: list[Name], shared: list[Name]) -> bool:
    """The name follows a possessive ("Sibelius's Violin Concerto") whose owner is in ``shared`` (the other side names it
    too)."""
    owner = next((o for o in mine if o.end <= n.start and re.fullmatch(r"['’]s\s+|\s+", text[o.end:n.start])
                  and re.search(r"['’]s$", text[o.start:n.start].rstrip())), None)
    return owner is not None and owner in shared
