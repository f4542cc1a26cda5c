"""How deep a page's elements nest, estimated in one pass before parsing.

The HTML parser's time grows with the square of the nesting depth (50,000 nested
``<div>`` take 16 s, a 20 MiB page of them hours), and no article nests deeper than
a few dozen levels; a page deeper than :data:`MAX_DEPTH` is named and not read.
"""

from __future__ import annotations

import re

from crosscheck.errors import InputError

__all__ = ["MAX_DEPTH", "nesting_depth", "check_depth"]

#: Deeper than this a page is not an article (real pages: under 50).
MAX_DEPTH = 2000
#: Elements that never hold others (void) or close themselves when a sibling starts.
_FLAT = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead",
         "tbody", "tfoot", "colgroup", "caption", "head", "body", "html"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")


def nesting_depth(markup: str, limit: int = MAX_DEPTH) -> int:
    """How deep elements nest (by tag counting; stops counting past ``limit``)."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _FLAT or selfclosing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                break
    return deepest


def check_depth(markup: str, where: str | None = None) -> None:
    """InputError for a page nested deeper than :data:`MAX_DEPTH`."""
    if nesting_depth(markup) > MAX_DEPTH:
        raise InputError(f"HTML nested more than {MAX_DEPTH} elements deep: not read", where)
