"""Relations held compactly while a large corpus is related (memory, issue 12).

A corpus of 10^5 claims yields millions of relations, kept until the verdict (the
output keeps every agreement).  Held naively each one carries its own explanation
string (~120 characters) and its own ``Evidence`` objects: ~1.5 KB per relation.
Most of that repeats:

* evidence values repeat across pairs (4,149 distinct values among 314,656 at 10^4
  claims): a ``Pool`` keeps one object per distinct ``Evidence`` and per distinct tuple;
* an explanation differs from another mostly by the two document labels it names
  ("EN a says ...; RU b says ..."): the pool keeps it as a template with the two labels
  taken out (one shared object per distinct template) and renders it when read.

``Pool.compact(rel)`` returns a relation that reads exactly like ``rel``
(``explanation`` renders the same characters: checked when the template is made, else
the text is kept as it is).  Nothing here changes a decision or an output byte.
"""

from __future__ import annotations

from crosscheck.model import Evidence, Segment
from crosscheck.relate.names import doc_label
from crosscheck.relate.types import PairRelation

__all__ = ["Pool", "CompactRelation", "Template"]

_MA, _MB = "\x00A", "\x00B"  # the two labels' places in a template (no text read contains NUL: checked anyway)
_SLOT = PairRelation.__dict__["explanation"]  # the dataclass slot that holds the text (or its template)


class Template:
    """An explanation with its two document labels taken out."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def render(self, a: Segment, b: Segment) -> str:
        return self.text.replace(_MB, doc_label(b)).replace(_MA, doc_label(a))

    def __repr__(self) -> str:
        return f"Template({self.text!r})"


class CompactRelation(PairRelation):
    """A ``PairRelation`` whose explanation may be held as a shared ``Template``;
    it reads, compares, hashes and pickles as the relation it stands for."""

    __slots__ = ()

    @property
    def explanation(self) -> str:  # type: ignore[override]
        value = _SLOT.__get__(self, PairRelation)
        return value if type(value) is str else value.render(self.a, self.b)

    @explanation.setter
    def explanation(self, value) -> None:  # the dataclass __init__ (and dataclasses.replace) set it
        _SLOT.__set__(self, value)

    def _values(self):
        return (self.a, self.b, self.relation, self.score, self.explanation, self.evidence)

    def __eq__(self, other):
        if not isinstance(other, PairRelation):
            return NotImplemented
        return self._values() == (other.a, other.b, other.relation, other.score, other.explanation, other.evidence)

    def __hash__(self):
        return hash(self._values())

    def __reduce__(self):  # pickles as a plain relation (engines ship relations between processes)
        return (PairRelation, self._values())


class Pool:
    """One run's shared evidence and explanation templates (drop it with the run)."""

    def __init__(self):
        self._evidence: dict[Evidence, Evidence] = {}
        self._tuples: dict[tuple, tuple] = {}
        self._templates: dict[str, Template] = {}
        self._texts: dict[str, str] = {}
        self._labels: dict[int, tuple[Segment, str]] = {}

    def _label(self, seg: Segment) -> str:
        hit = self._labels.get(id(seg))
        if hit is None or hit[0] is not seg:
            hit = self._labels[id(seg)] = (seg, doc_label(seg))
        return hit[1]

    def evidence(self, evidence: tuple) -> tuple:
        found = self._tuples.get(evidence)
        if found is None:
            found = tuple(self._evidence.setdefault(e, e) for e in evidence)
            self._tuples[found] = found
        return found

    def template(self, text: str, a: Segment, b: Segment) -> str | Template:
        """A shared template of ``text`` if it renders back to the same characters, else ``text``."""
        la, lb = self._label(a), self._label(b)
        if "\x00" in text or (la not in text and lb not in text):
            return text
        shape = text.replace(la, _MA).replace(lb, _MB)
        tpl = self._templates.get(shape)
        if tpl is None:
            tpl = Template(shape)
        if tpl.render(a, b) != text:
            return text
        return self._templates.setdefault(shape, tpl)

    def compact(self, rel: PairRelation) -> PairRelation:
        """``rel`` with shared evidence and a templated explanation (reads the same)."""
        text = _SLOT.__get__(rel, PairRelation)
        if type(text) is not str:  # already compact
            return rel
        tpl = self.template(text, rel.a, rel.b)
        if type(tpl) is str:  # the text itself, interned when it repeats
            tpl = self._texts.setdefault(tpl, tpl)
        return CompactRelation(rel.a, rel.b, rel.relation, rel.score, tpl, self.evidence(rel.evidence))
