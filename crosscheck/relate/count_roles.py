"""What a count of people counts (issue 10, round bj).

"Air Florida Flight 90 … killing 78 people" / «Из 79 человек на борту … выжили лишь пятеро», "129 men were trapped" /
«унесла жизни 13 горняков», "a Spanish army of more than 50,000 men" / «взяв в плен около 14 тысяч человек»: the dead,
the people aboard, the trapped, the prisoners and the strength of a force are counted by different figures, so two of
them in different roles are no value changed.  A count takes the role of the one cue in its clause (between commas,
semicolons, colons, dashes or parentheses); no cue, or cues of two roles, give no role, but a cue of a share
("including", «из них», «включая»: role ``part``) before the count or right after it ("four of them") wins over the
others, and one further on is not its role ("25 people including three soldiers": round by).  The cues are data
(``lang/{en,ru}/count_roles.tsv``).  The slots ask only before pairing two leftover figures as a clash
(``slots._pair_numbers``): two figures of one value still agree whatever their cues.
"""

from __future__ import annotations

import functools
import re

__all__ = ["count_role", "roles_differ"]

#: Where a clause ends around a figure.
_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


@functools.lru_cache(maxsize=None)
def _cues() -> tuple[tuple[str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((row["role"], re.compile(rf"(?<![\w-])(?:{row['pattern'].replace('<N>', chr(0))})(?![\w-])", re.I))
                 for lang in ("en", "ru") for row in tsv(f"{lang}/count_roles.tsv"))


def count_role(text: str, start: int, end: int) -> str | None:
    """The role of the count written at ``text[start:end]``, or None; a margin ("won … by just two points", «с перевесом в
    312 голосов») or a side's total ("polled", «набрав»), cues written around the figure itself (``<N>`` in the data), first
    (round co): a margin never pairs with a total, and pairs as any figure with a figure of no role."""
    left = max((m.end() for m in _BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _BREAK.finditer(text, end)), len(text))
    marked = {role for role, rx in _cues() if "\x00" in rx.pattern and rx.search(text[left:start] + "\x00" + text[end:right])}
    if len(marked) == 1:  # a margin or a side's total, told around the figure itself
        return next(iter(marked))
    clause = text[left:start] + " " + text[end:right]
    roles = {role for role, rx in _cues() if "\x00" not in rx.pattern and rx.search(clause)}
    if "part" in roles:
        if any(rx.search(text[left:start]) or rx.match(text[end:].lstrip()) for role, rx in _cues() if role == "part"):
            return "part"  # «из них трое скончались»: a share of the count before it, whatever it counts (round by)
        roles.discard("part")  # "25 people including three soldiers": the whole, not the share after it
    return next(iter(roles)) if len(roles) == 1 else None


def roles_differ(a, b) -> bool:
    """Two number slots that count people in two known roles, or a length told as a distance from a place and one told
    as a size (roles "from" and "size": ``frame/offsets.py``, round bn)."""
    return bool(a.role and b.role and a.role != b.role)
