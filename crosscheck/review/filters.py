"""The review app's filter: one line of ``field:value`` terms and free text.

    status:contradict lang:ru doc:001 outlet:sputnik reviewed:no geneva

Every term must hold.  ``status`` (``is`` too) takes a status or its prefix
(``contra``, ``agree``, ``unique``, ``related``); ``lang``, ``doc`` (a prefix of
the document id) and ``outlet`` (part of the name) hold when either side of the
flag matches; ``reviewed:yes|no`` asks whether the reviewer has decided;
``verdict:confirmed|rejected|unsure``; free words must all occur in either
sentence or the explanation (case-insensitive).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from crosscheck.review.source import Flag

__all__ = ["Filter", "parse_filter"]

FIELDS = ("status", "is", "lang", "doc", "outlet", "reviewed", "verdict")


@dataclass(frozen=True)
class Filter:
    terms: tuple[tuple[str, str], ...] = ()
    words: tuple[str, ...] = ()
    text: str = ""

    def __bool__(self) -> bool:
        return bool(self.terms or self.words)

    def wants_related(self) -> bool:
        """An explicit ``status:related`` shows related flags even when they are hidden."""
        return any(f in ("status", "is") and "related".startswith(v) for f, v in self.terms)

    def matches(self, flag: Flag, verdict_of: Callable[[str], str | None] = lambda key: None) -> bool:
        sides = [s for s in (flag.a, flag.b) if s is not None]
        for name, value in self.terms:
            if name in ("status", "is"):
                if not flag.status.startswith(value):
                    return False
            elif name == "lang":
                if not any(s.lang == value for s in sides):
                    return False
            elif name == "doc":
                if not any(s.doc.lower().startswith(value) for s in sides):
                    return False
            elif name == "outlet":
                if not any(value in (s.outlet or "").lower() for s in sides):
                    return False
            elif name == "reviewed":
                decided = verdict_of(flag.key) is not None
                if decided != (value in ("yes", "y", "true", "1")):
                    return False
            elif name == "verdict":
                if not (verdict_of(flag.key) or "").startswith(value):
                    return False
        if self.words:
            hay = " ".join([*(s.text for s in sides), flag.explanation]).lower()
            if not all(w in hay for w in self.words):
                return False
        return True


def parse_filter(text: str) -> Filter:
    terms: list[tuple[str, str]] = []
    words: list[str] = []
    for token in (text or "").split():
        name, sep, value = token.partition(":")
        if sep and name.lower() in FIELDS and value:
            terms.append((name.lower(), value.lower()))
        else:
            words.append(token.lower())
    return Filter(terms=tuple(terms), words=tuple(words), text=(text or "").strip())


def apply(flags: Iterable[Flag], flt: Filter, *, show_related: bool,
          verdict_of: Callable[[str], str | None] = lambda key: None) -> list[Flag]:
    """The flags shown: related ones only on request."""
    related = show_related or flt.wants_related()
    return [f for f in flags if (related or f.status != "related") and flt.matches(f, verdict_of)]
