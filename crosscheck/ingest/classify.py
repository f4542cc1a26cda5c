"""Segment kinds: ``claim``, ``quote-claim``, ``opinion``, ``boilerplate``,
``unsupported``, ``heading`` (set by the segmenter from the page's structure) —
each skipped segment with a reason.

Rules over the segment, its line and its neighbours (see ``cues.py``); they
hold for news prose in general: promos, datelines, captions, breadcrumbs,
repeated headlines, direct speech, evaluations, wishes and predictions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from crosscheck.ingest import cues
from crosscheck.ingest.titles import title_case_quotes
from crosscheck.lang.script import SUPPORTED
from crosscheck.model import Segment, collapse_ws

__all__ = ["classify", "opinion_cues", "boilerplate_reason"]

_WORDS = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|\d+", re.UNICODE)
_HAS_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_OPEN = {"«": "»", "“": "”", "„": "“"}
_CLOSE = {"»", "”"}
_DASH_SPEECH = re.compile(r"^[–—-]\s")


def _capitalised(words: list[str]) -> float:
    return sum(w[:1].isupper() for w in words) / len(words) if words else 0.0


def _without_titles(text: str) -> str:
    """``text`` with quoted titles blanked: a song or a book called 'I Wish It Could Be Christmas Everyday' states no wish
    of the writer's (issue 10, round cm). A title is a quote in title case (``titles.title_case_quotes``) of at most twelve
    words that does not end as speech does (a comma, "!" or "?"), in a sentence that is not itself a headline."""
    quotes = [m for m in title_case_quotes(text)
              if len(_WORDS.findall(m.group(1))) <= 12 and not m.group(1).rstrip().endswith((",", "!", "?"))]
    if not quotes:
        return text
    blanked = text
    for m in quotes:
        blanked = blanked[:m.start()] + " " * (m.end() - m.start()) + blanked[m.end():]
    if _capitalised(_WORDS.findall(blanked)) >= 0.5:
        return text  # a headline: every word capitalised, a quote in it may be speech
    return blanked


def opinion_cues(text: str) -> tuple[float, list[str]]:
    """The weight of opinion cues in ``text`` (quoted titles aside) and the names of those found."""
    score, names = 0.0, []
    text = _without_titles(text)
    for pattern, weight, name in cues.OPINION_CUES:
        if pattern.search(text):
            score += weight
            names.append(name)
    return score, names


def _is_caption(text: str, whole_line: bool) -> bool:
    """A line of names ("Jens Stoltenberg and Sergei Lavrov"): a photo caption."""
    if not whole_line or text[-1:] in ".!?…:;" or any(ch.isdigit() for ch in text):
        return False
    words = _WORDS.findall(text)
    if not 2 <= len(words) <= 8:
        return False
    names = [w for w in words if w.lower() not in cues.CONJUNCTIONS]
    joined = len(names) < len(words) or "," in text
    return joined and all(w[0].isupper() for w in names)


def boilerplate_reason(text: str, *, position: int, whole_line: bool, first_in_line: bool) -> str | None:
    """Why a segment is boilerplate, or None."""
    if not _HAS_LETTER.search(text):
        return "boilerplate: no words"
    if cues.URL_ONLY.match(text):
        return "boilerplate: bare link"
    if cues.PROMO.search(text):
        return "boilerplate: promo"
    if cues.CREDIT.match(text):
        return "boilerplate: credit line"
    if cues.BREADCRUMB.search(text) and not text.rstrip().endswith((".", "!", "?")):
        return "boilerplate: breadcrumb"
    if cues.HEADER.match(text):
        return "boilerplate: header line"
    if position < 3 and first_in_line and cues.DATELINE.match(text):
        return "boilerplate: dateline"
    words = _WORDS.findall(text)
    if len(words) == 1 and text.rstrip().endswith(":") and first_in_line:
        return "boilerplate: outlet tag"
    if _is_caption(text, whole_line):
        return "boilerplate: caption"
    return None


def _line_of(seg: Segment) -> tuple[int, int]:
    text = seg.doc.text
    start = text.rfind("\n", 0, seg.start) + 1
    end = text.find("\n", seg.end)
    return start, len(text) if end < 0 else end


def _quote_states(segments: Sequence[Segment]) -> list[bool]:
    """Whether each segment lies in direct speech: inside quotation marks that
    are open at its start, opening at its start, or in a dash-introduced speech
    ("X said:" followed by "– ...") that runs until the next introduction."""
    states: list[bool] = []
    open_quote = False
    speech = False
    prev_line = None
    prev_raw = ""
    for seg in segments:
        raw = seg.raw
        line = _line_of(seg)
        new_line = line != prev_line
        if new_line:
            open_quote = False  # quotations do not run across paragraphs here
            if _DASH_SPEECH.match(raw) and prev_raw.rstrip().endswith(":"):
                speech = True
            elif prev_raw.rstrip().endswith(":") and not _DASH_SPEECH.match(raw):
                speech = False
        if cues.ATTRIBUTION_INTRO.search(raw):
            speech = False
        starts_quoted = open_quote or raw[:1] in _OPEN or raw[:1] == '"'
        states.append(speech or starts_quoted or _has_quoted_span(raw))
        open_quote = _quote_open_after(raw, open_quote)
        prev_line, prev_raw = line, raw
    return states


def _has_quoted_span(text: str) -> bool:
    for m in re.finditer(r"[«“„\"]([^«»“”„\"]{2,})[»”“\"]", text):
        if len(_WORDS.findall(m.group(1))) >= 3:
            return True
    return False


def _quote_open_after(text: str, open_quote: bool) -> bool:
    for ch in text:
        if ch in _OPEN:
            open_quote = True
        elif ch in _CLOSE:
            open_quote = False
        elif ch == '"':
            open_quote = not open_quote
    return open_quote


def classify(segments: Sequence[Segment]) -> list[Segment]:
    """Segments of one document with kinds and reasons set."""
    out: list[Segment] = []
    seen: dict[str, str] = {}
    quoted = _quote_states(segments)
    lines = [_line_of(s) for s in segments]
    promo_line = None
    for i, seg in enumerate(segments):
        text = seg.text
        line = lines[i]
        whole_line = line == (seg.start, seg.end) or seg.doc.text[line[0]:line[1]].strip() == seg.raw.strip()
        first_in_line = i == 0 or lines[i - 1] != line
        kind, reason = "claim", None
        if seg.kind == "heading":
            # a marked heading stays one; a bare title line may be a caption or a dateline
            other = None if seg.reason != "heading: title line" else boilerplate_reason(
                text, position=i, whole_line=True, first_in_line=True)
            kind, reason = ("boilerplate", other) if other else ("heading", seg.reason)
            out.append(dataclasses.replace(seg, kind=kind, reason=reason))
            continue
        if seg.lang not in SUPPORTED:
            kind, reason = "unsupported", f"language not supported ({seg.lang}): crosscheck reads English and Russian"
        else:
            reason = boilerplate_reason(text, position=i, whole_line=whole_line, first_in_line=first_in_line)
            if reason is None and promo_line == line and len(_WORDS.findall(text)) <= 10:
                reason = "boilerplate: promo"
            if reason is None:
                key = collapse_ws(text).casefold()
                if key in seen and len(key) > 3:
                    reason = f"boilerplate: repeats {seen[key]}"
            if reason is not None:
                kind = "boilerplate"
                if reason.endswith("promo"):
                    promo_line = line
            else:
                score, names = opinion_cues(text)
                factual = min(2, len(re.findall(r"\d+", text))) * 0.5
                if cues.FACT_PRESUPPOSITION.search(text):
                    factual += 1.0
                if score >= 1.0 and score > factual:
                    kind, reason = "opinion", "opinion: " + ", ".join(dict.fromkeys(names))
                elif quoted[i]:
                    kind = "quote-claim"
        seen.setdefault(collapse_ws(text).casefold(), seg.id)
        out.append(dataclasses.replace(seg, kind=kind, reason=reason))
    _mark_repeated_captions(out)
    return out


def _mark_repeated_captions(segments: list[Segment]) -> None:
    """The first copy of a line repeated as a caption is a caption too."""
    index = {seg.id: i for i, seg in enumerate(segments)}
    for seg in list(segments):
        if seg.reason and seg.reason.startswith("boilerplate: repeats "):
            j = index.get(seg.reason.rsplit(" ", 1)[-1])
            if j is None:
                continue
            other = segments[j]
            if other.kind != "boilerplate" and _is_caption(other.text, True):
                segments[j] = dataclasses.replace(other, kind="boilerplate", reason="boilerplate: caption")
