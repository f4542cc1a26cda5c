"""Sentence segmentation with character offsets, and the repairs real pages need.

The document is first cut into *blocks*: its non-empty lines, with a line joined
to the next when a sentence was broken across them (hyperlinked words pulled
onto lines of their own, as in "Об этом / сообщает / пресс-служба ...").  Each
block is then split into sentences by the splitter of its language (razdel for
Russian, pysbd for English).  Splitters only propose cut points; segments are
the stretches between cuts, so every non-whitespace character of the document
lies in exactly one segment.

The structure of the page is read from its lines: headings (markdown ``#``,
setext underlines, HTML ``h1``-``h6`` rendered as ``#`` lines by the HTML loader,
and short title lines standing alone between blank lines) become segments of kind
``heading``, never joined to a neighbour and never checked; every segment carries
the heading of its section (``Segment.section``).  List items (``-``, ``*``,
``1.``) and table rows (``|...|``) are blocks of their own.  A cut proposed right
after an abbreviation of the language's list (``crosscheck/lang/<lang>/abbreviations.txt``:
«(англ.», «т. е.», "e.g.", "No. 5") is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.lang import script as _lang
from crosscheck.model import Document, Segment

__all__ = ["Block", "blocks", "segment_document", "split_sentences", "abbreviations"]

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
    #: "text", "heading" (markdown/HTML/setext), "title" (a short line standing
    #: alone), "list" (an item), "row" (a table row) or "rule" (=== / --- lines)
    role: str = "text"


_MD_HEADING = re.compile(r"#{1,6}\s+\S")
_RULE = re.compile(r"(?:={3,}|-{3,}|_{3,}|\*{3,}|(?:[-*_]\s){2,}[-*_])$")
_SETEXT = re.compile(r"(?:={3,}|-{3,})$")
_LIST_ITEM = re.compile(r"(?:[-*+•▪●◦]|\d{1,3}[.)])\s+\S")
_TABLE_ROW = re.compile(r"\|.*\|$")
#: A title line standing alone has at most this many words.
TITLE_WORDS = 5
_NOT_TEXT = {"heading", "title", "row", "rule"}


def _line_spans(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in _lines(text)]


def _lines(text: str) -> list[tuple[int, int, int]]:
    """Non-empty lines as (start, end, line number), stripped."""
    spans, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped), n))
        pos += len(line) + 1
    return spans


def _roles(text: str, lines: list[tuple[int, int, int]]) -> list[str]:
    roles = []
    for i, (a, b, n) in enumerate(lines):
        line = text[a:b]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if _MD_HEADING.match(line):
            role = "heading"
        elif _TABLE_ROW.match(line) and len(line) > 1:
            role = "row"
        elif _RULE.match(line):
            role = "rule"
        elif _LIST_ITEM.match(line):
            role = "list"
        elif nxt is not None and nxt[2] == n + 1 and _SETEXT.match(text[nxt[0]:nxt[1]]) and _ALNUM.search(line):
            role = "heading"
        elif _is_title(line) and (i == 0 or lines[i - 1][2] < n - 1 or roles[-1] in ("heading", "rule")) and (
                nxt is None or nxt[2] > n + 1) and nxt is not None and len(_WORD.findall(text[nxt[0]:nxt[1]])) > TITLE_WORDS:
            role = "title"
        else:
            role = "text"
        roles.append(role)
    return roles


def _is_title(line: str) -> bool:
    """A short line of words without closing punctuation ("Early life", "История")."""
    if line[-1] in ".!?…:;,\"»”)]" or any(ch.isdigit() for ch in line) or line[0] in _CONTINUATION:
        return False
    words = _WORD.findall(line)
    return 1 <= len(words) <= TITLE_WORDS and (line[0].isupper() or not line[0].isalpha())


def _is_terminal(line: str) -> bool:
    return line[-1] in _TERMINAL


def _continues(line: str) -> bool:
    first = line[0]
    return first.islower() or first in _CONTINUATION


def _is_fragment(line: str) -> bool:
    """A stray piece of a broken sentence: a few words, no closing punctuation."""
    return len(_WORD.findall(line)) <= 3 and not _is_terminal(line)


def blocks(text: str) -> list[Block]:
    lines = _lines(text)
    roles = _roles(text, lines)
    out: list[Block] = []
    i = 0
    while i < len(lines):
        start, end, _ = lines[i]
        j = i
        while j + 1 < len(lines) and roles[i] not in _NOT_TEXT:
            cur = text[lines[j][0] : lines[j][1]]
            nxt = text[lines[j + 1][0] : lines[j + 1][1]]
            after = text[lines[j + 2][0] : lines[j + 2][1]] if j + 2 < len(lines) else ""
            if _is_terminal(cur) or roles[j + 1] != "text":
                break
            if _continues(nxt) or (_is_fragment(nxt) and after and roles[j + 2] == "text" and _continues(after)):
                j += 1
                continue
            break
        end = lines[j][1]
        out.append(Block(start, end, _lang.detect(text[start:end]), joined=j > i, role=roles[i]))
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


def _bounded(flat: str, starts: list[int]) -> list[int]:
    """``starts`` with pieces longer than ``_CHUNK`` (text without sentence
    punctuation) cut further at a space: every piece pysbd sees is bounded, so
    splitting stays linear in the length of the text, and no "sentence" is
    longer than ``_CHUNK`` characters."""
    out: list[int] = []
    for a, b in zip(starts, starts[1:] + [len(flat)]):
        out.append(a)
        while b - a > _CHUNK:
            cut = flat.rfind(" ", a + _CHUNK // 2, a + _CHUNK)
            a = cut + 1 if cut > a else a + _CHUNK
            out.append(a)
    return out


def _cuts_en(flat: str) -> list[int]:
    if len(flat) <= _CHUNK:
        return _cuts_en_piece(flat)
    starts = _bounded(flat, _chunks(flat))
    cuts: list[int] = []
    for a, b in zip(starts, starts[1:] + [len(flat)]):
        cuts.extend(a + c for c in _cuts_en_piece(flat[a:b]))
        cuts.append(a)
    return cuts


_SENTENCE_END = re.compile(r"[.!?…]")


def _cuts_en_piece(flat: str) -> list[int]:
    if not _SENTENCE_END.search(flat):  # nothing pysbd could cut at
        return [0]
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
    cuts = sorted({c for c in cuts if 0 < c < len(flat) and not _after_abbreviation(flat, c, lang)} | {0})
    if len(flat) > _CHUNK:
        cuts = _bounded(flat, cuts)
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


_HEADING_REASON = {"heading": "heading: section title", "title": "heading: title line"}


def heading_text(text: str) -> str:
    """A heading without its markdown marks: "## History ##" -> "History"."""
    return " ".join(text.strip().strip("#").split())


def segment_document(doc: Document) -> list[Segment]:
    """All segments of ``doc`` in reading order, kind ``claim`` until classified
    (``heading`` for headings); each with the heading of its section."""
    segments: list[Segment] = []
    section: str | None = None
    for block in blocks(doc.text):
        block_text = doc.text[block.start : block.end]
        if block.role == "text" or block.role == "list":
            spans = split_sentences(block_text, block.lang)
        else:  # a heading, a title, a table row or a rule is one segment
            spans = [(0, len(block_text))]
        kind, reason = "claim", None
        if block.role in _HEADING_REASON:
            kind, reason = "heading", _HEADING_REASON[block.role]
        for a, b in spans:
            start, end = block.start + a, block.start + b
            seg_lang = _lang.detect(doc.text[start:end])
            if seg_lang == "unknown":  # no letters: take the block's (or document's) language
                seg_lang = block.lang if block.lang in _lang.SUPPORTED else doc.lang
            segments.append(Segment(doc=doc, n=len(segments) + 1, start=start, end=end, lang=seg_lang,
                                    kind=kind, reason=reason, section=section))
        if kind == "heading":
            section = heading_text(block_text) or section
    return segments


# --- abbreviations (language data) ------------------------------------------------


@lru_cache(maxsize=4)
def abbreviations(lang: str) -> dict[str, bool]:
    """The abbreviations of ``lang`` (spaces removed, lower case) -> whether a digit
    must follow for the full stop not to end the sentence."""
    from importlib import resources

    try:
        raw = (resources.files("crosscheck") / "lang" / lang / "abbreviations.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    out: dict[str, bool] = {}
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        word, _, cond = line.partition("\t")
        out[word.replace(" ", "").casefold()] = cond.strip() == "digit"
    return out


_OPENERS = "([«“\"'„"


def _after_abbreviation(flat: str, cut: int, lang: str) -> bool:
    """Whether the text before ``cut`` ends with an abbreviation of the language."""
    table = abbreviations("ru" if lang == "ru" else "en")
    if not table:
        return False
    before = flat[max(0, cut - 24):cut].rstrip()
    if not before.endswith("."):
        return False
    tokens = before.split()
    nxt = flat[cut:cut + 1]
    for k in (1, 2, 3):
        if len(tokens) < k:
            break
        cand = "".join(tokens[-k:]).lstrip(_OPENERS).casefold()
        digit_only = table.get(cand)
        if digit_only is None:
            continue
        return nxt.isdigit() if digit_only else True
    return False
