"""The namesake of a thing ("Mount Elbert … was named after Samuel Elbert" / «Гора Элберт … названа в честь Джона
Эванса»): the thing bears its namesake's name, so the other side naming the thing ("Элберт") does not name the
namesake. For role ``namesake`` (``lang/{en,ru}/role_predicates.tsv``, issue 10 round bn) the other side's names that
also name something else on this side are left out when ``relate/role_clash.py`` asks whether the other side names
this side's namesake."""

from __future__ import annotations

__all__ = ["others_for"]


def others_for(concept: str, mine: list, args: list, theirs: list, same_name) -> list:
    """The other side's names against which this side's argument ``args`` is looked up: all of ``theirs``, but for a
    namesake, none that names one of ``mine`` outside ``args`` (the thing named after it)."""
    if concept != "namesake":
        return theirs
    rest = [m for m in mine if m not in args]
    # a name of two words or more that names the argument is the namesake itself ("Sir James Dewar" / «сэра Джеймса
    # Дьюара» beside «Сосуд Дьюара»); one word that names the thing as well («Элберт») is the thing's name
    return [n for n in theirs if not any(same_name(n, m) for m in rest)
            or (len(n.text.split()) > 1 and any(same_name(n, a) for a in args))]
