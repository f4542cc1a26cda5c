"""Readable names in explanations: document labels and entity display names."""

from __future__ import annotations

from collections.abc import Mapping

from crosscheck.model import ClaimFrame, Segment

__all__ = ["doc_label", "Names"]


def doc_label(seg: Segment) -> str:
    doc = seg.doc
    ident = doc.id
    if len(ident) > 16 and "_" in ident and len(ident.split("_")[0]) >= 3:
        ident = ident.split("_")[0]
    lang = seg.lang.upper()
    return f"{lang} {ident}" + (f" ({doc.outlet})" if doc.outlet else "")


class Names:
    """Readable names for entity keys, preferring Latin-script surnames."""

    def __init__(self, frames: Mapping[str, ClaimFrame]):
        self._best: dict[str, str] = {}
        for frame in frames.values():
            for ent in frame.entities:
                if not ent.key or getattr(ent, "coref", False):
                    continue
                name = ent.text.strip()
                if ent.type == "person":
                    name = name.split()[-1] if name.split() else name
                    if not name.isascii():
                        name = _lemma(name)
                elif not name.isascii() and ent.key.isascii() and not ent.key.isalpha():
                    name = ent.key.replace("-", " ").title()
                elif not name.isascii() and ent.key.isascii():
                    name = ent.key.title()
                current = self._best.get(ent.key)
                if current is None or (name.isascii() and not current.isascii()):
                    self._best[ent.key] = name

    def __call__(self, key: str) -> str:
        return self._best.get(key) or key.replace("-", " ").title()

    def join(self, keys) -> str:
        names = sorted({self(k) for k in keys})
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]


def _lemma(word: str) -> str:
    try:
        from crosscheck.frame.names import lemma_ru

        return lemma_ru(word).capitalize()
    except Exception:  # the frame stage is optional for explanations
        return word
