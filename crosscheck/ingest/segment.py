"""Sentence segmentation with character offsets, and the repairs real pages need.

The document is first cut into *blocks*: its non-empty lines, with a line joined
to the next when a sentence was broken across them (hyperlinked words pulled
onto lines of their own, as in "Об этом / сообщает / пресс-служба ...").  Each
block is then split into sentences by the splitter of its language (razdel for
Russian, pysbd for English).  Splitters only propose cut points; segments are
the stretches between cuts, so every non-whitespace character of the document
lies in exactly one segment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.lang import script as _lang
from crosscheck.model import Document, Segment

__all__ = ["Block", "blocks", "segment_document", "split_sentences"]

#: A line ending in one of these closes its sentence.
_TERMINAL = set(".!?…:;»\"”“)]")
#: A line starting with one of these continues the previous line's sentence.
_CONTINUATION = set(",;:)]»”—–-")
_ALNUM = re.compile(r"\w")
_WORD = re.compile(r"\w+(?:[-’']\w+)*")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    lang: str
    joined: bool = False  # made of several lines repaired into one


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def _is_terminal(line: str) -> bool:
    return line[-1] in _TERMINAL


def _continues(line: str) -> bool:
    first = line[0]
    return first.islower() or first in _CONTINUATION


def _is_fragment(line: str) -> bool:
    """A stray piece of a broken sentence: a few words, no closing punctuation."""
    return len(_WORD.findall(line)) <= 3 and not _is_terminal(line)


def blocks(text: str) -> list[Block]:
    lines = _line_spans(text)
    out: list[Block] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        j = i
        while j + 1 < len(lines):
            cur = text[lines[j][0] : lines[j][1]]
            nxt = text[lines[j + 1][0] : lines[j + 1][1]]
            after = text[lines[j + 2][0] : lines[j + 2][1]] if j + 2 < len(lines) else ""
            if _is_terminal(cur):
                break
            if _continues(nxt) or (_is_fragment(nxt) and after and _continues(after)):
                j += 1
                continue
            break
        end = lines[j][1]
        out.append(Block(start, end, _lang.detect(text[start:end]), joined=j > i))
        i = j + 1
    return out


@lru_cache(maxsize=1)
def _pysbd():
    import pysbd  # lazy

    return pysbd.Segmenter(language="en", clean=False)


#: pysbd is quadratic in its input: long blocks are cut first at plain sentence ends
#: ("word. Next") into pieces of about this many characters.
_CHUNK = 2000
_SAFE_END = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z])")


def _chunks(flat: str) -> list[int]:
    """Start offsets of the pieces a long block is cut into before pysbd sees it."""
    starts, last = [0], 0
    for m in _SAFE_END.finditer(flat):
        if m.end() - last >= _CHUNK:
            starts.append(m.end())
            last = m.end()
    return starts


def _cuts_en(flat: str) -> list[int]:
    if len(flat) <= _CHUNK:
        return _cuts_en_piece(flat)
    starts = _chunks(flat)
    cuts: list[int] = []
    for a, b in zip(starts, starts[1:] + [len(flat)]):
        cuts.extend(a + c for c in _cuts_en_piece(flat[a:b]))
        cuts.append(a)
    return cuts


def _cuts_en_piece(flat: str) -> list[int]:
    cuts, cursor = [], 0
    for sent in _pysbd().segment(flat):
        s = sent.strip()
        if not s:
            continue
        found = flat.find(s, cursor)
        if found < 0:  # pysbd altered the text: keep what we have
            continue
        cuts.append(found)
        cursor = found + len(s)
    return cuts


def _cuts_ru(flat: str) -> list[int]:
    from razdel import sentenize  # lazy

    return [s.start for s in sentenize(flat)]


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of one block of text (offsets relative to ``text``)."""
    flat = text.replace("\n", " ").replace("\r", " ")
    cuts = _cuts_ru(flat) if lang == "ru" else _cuts_en(flat)
    cuts = sorted({c for c in cuts if 0 < c < len(flat)} | {0})
    spans = []
    for a, b in zip(cuts, cuts[1:] + [len(flat)]):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append((a + lead, a + trail))
    # A piece with no letters or digits (a stray closing quote) belongs to its neighbour.
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and not _ALNUM.search(text[span[0] : span[1]]):
            merged[-1] = (merged[-1][0], span[1])
        elif merged and not _ALNUM.search(text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


def segment_document(doc: Document) -> list[Segment]:
    """All segments of ``doc`` in reading order, kind ``claim`` until classified."""
    segments: list[Segment] = []
    for block in blocks(doc.text):
        block_text = doc.text[block.start : block.end]
        for a, b in split_sentences(block_text, block.lang):
            start, end = block.start + a, block.start + b
            seg_lang = _lang.detect(doc.text[start:end])
            if seg_lang == "unknown":  # no letters: take the block's (or document's) language
                seg_lang = block.lang if block.lang in _lang.SUPPORTED else doc.lang
            segments.append(Segment(doc=doc, n=len(segments) + 1, start=start, end=end, lang=seg_lang))
    return segments
