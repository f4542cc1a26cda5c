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

from array import array
from collections.abc import Iterable, Iterator, Sequence

from crosscheck.model import Evidence, Segment
from crosscheck.relate.names import doc_label
from crosscheck.relate.types import PairRelation

__all__ = ["Pool", "CompactRelation", "Template", "RelationTable"]

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


_NAMES = ("contradict", "agree", "related")
_DTYPES = {"i": "intc", "b": "int8", "d": "float64"}


class RelationTable(Sequence):
    """Relations held as columns (memory, issue 12): per relation two segment indices,
    a relation code, the score and indices into shared tables of explanations (texts or
    ``Template`` objects) and evidence tuples: ~30 bytes where a relation object takes ~90.
    Reading an item builds the relation (a ``CompactRelation``, or a ``PairRelation``
    for one appended as such): it reads, compares and pickles as the relation appended.
    Compares equal to a list of the same relations; pickles as a list."""

    def __init__(self, relations: Iterable[PairRelation] = ()):
        self._segs: list[Segment] = []
        self._seg_at: dict[int, int] = {}
        self._objs: list = []  # explanations (str or Template) and evidence tuples, shared
        self._obj_at: dict[int, int] = {}
        self._a, self._b, self._ex, self._ev = array("i"), array("i"), array("i"), array("i")
        self._code, self._plain = array("b"), array("b")
        self._score = array("d")
        self._odd: dict[int, object] = {}  # scores that are not Python floats, by position
        self._names = list(_NAMES)
        self.reduced = None  # set by ``verdict.strongest_per_pair``: its arrays, with the length they describe
        self.extend(relations)

    def _seg(self, seg: Segment) -> int:
        k = self._seg_at.get(id(seg))
        if k is None:
            k = self._seg_at[id(seg)] = len(self._segs)
            self._segs.append(seg)  # held: the id stays this object's
        return k

    def _obj(self, value) -> int:
        k = self._obj_at.get(id(value))
        if k is None:
            k = self._obj_at[id(value)] = len(self._objs)
            self._objs.append(value)
        return k

    def append(self, rel: PairRelation) -> None:
        self.reduced = None
        try:
            code = self._names.index(rel.relation)
        except ValueError:
            code = len(self._names)
            self._names.append(rel.relation)
        score = rel.score
        if type(score) is not float:
            self._odd[len(self._a)] = score
            score = 0.0
        self._a.append(self._seg(rel.a))
        self._b.append(self._seg(rel.b))
        self._code.append(code)
        self._score.append(score)
        self._ex.append(self._obj(_SLOT.__get__(rel, PairRelation)))
        self._ev.append(self._obj(rel.evidence))
        self._plain.append(type(rel) is PairRelation)

    def extend(self, relations: Iterable[PairRelation]) -> None:
        for rel in relations:
            self.append(rel)

    def __len__(self) -> int:
        return len(self._a)

    def _make(self, k: int) -> PairRelation:
        score = self._odd.get(k, self._score[k]) if self._odd else self._score[k]
        cls = PairRelation if self._plain[k] else CompactRelation
        return cls(self._segs[self._a[k]], self._segs[self._b[k]], self._names[self._code[k]], score,
                   self._objs[self._ex[k]], self._objs[self._ev[k]])

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._make(i) for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError("relation index out of range")
        return self._make(k)

    def __iter__(self) -> Iterator[PairRelation]:
        for k in range(len(self)):
            yield self._make(k)

    _COLS = ("_a", "_b", "_ex", "_ev", "_code", "_plain", "_score")

    def _sharing(self) -> "RelationTable":
        """An empty table sharing this one's segment and object tables."""
        out = RelationTable()
        out._segs, out._seg_at, out._objs, out._obj_at, out._names = (self._segs, self._seg_at, self._objs,
                                                                     self._obj_at, self._names)
        return out

    def take(self, positions) -> "RelationTable":
        """The relations at ``positions`` (a sequence of ints), in that order (the shared tables are shared)."""
        import numpy as np

        pos = np.asarray(positions, dtype=np.int64)
        out = self._sharing()
        for col in self._COLS:
            src = getattr(self, col)
            if len(src):
                getattr(out, col).frombytes(np.frombuffer(src, dtype=_DTYPES[src.typecode])[pos].tobytes())
        if self._odd:
            out._odd = {i: self._odd[k] for i, k in enumerate(pos.tolist()) if k in self._odd}
        return out

    def put(self, k: int, rel: PairRelation) -> None:
        """Replace the relation at ``k``."""
        self.reduced = None
        last = self._sharing()
        last.append(rel)
        for col in self._COLS:
            getattr(self, col)[k] = getattr(last, col)[0]
        self._odd.pop(k, None)
        if last._odd:
            self._odd[k] = last._odd[0]

    def prepend(self, relations: Iterable[PairRelation]) -> None:
        """Put ``relations`` before the held ones, in place: the columns are not copied (``violations + table``
        made a second table as large as this one, at the relation stage's memory peak)."""
        head = self._sharing()
        head.extend(relations)
        n = len(head)
        if not n:
            return
        self.reduced = None
        for col in self._COLS:
            getattr(self, col)[0:0] = getattr(head, col)
        if self._odd or head._odd:
            self._odd = {**head._odd, **{k + n: v for k, v in self._odd.items()}}

    def _extend_table(self, other: "RelationTable") -> None:
        """Append ``other``'s relations (a table sharing this one's tables) column by column."""
        base = len(self)
        for col in self._COLS:
            getattr(self, col).extend(getattr(other, col))
        for k, v in other._odd.items():
            self._odd[base + k] = v

    def columns(self):
        """``(segments, a, b, relation codes, relation names, scores)``: the columns as they are held."""
        return self._segs, self._a, self._b, self._code, self._names, self._score

    def __add__(self, other):
        out = self._sharing()
        out._extend_table(self)
        out.extend(other)
        return out

    def __radd__(self, other):  # ``violations + table``
        out = self._sharing()
        out.extend(other)
        out._extend_table(self)
        return out

    def __eq__(self, other):
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(x == y for x, y in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):  # pickles as a plain list of relations (engines ship them between processes)
        return (list, (list(self),))

    def __repr__(self) -> str:
        return f"RelationTable({len(self)} relations)"
