"""Visible text of an HTML page: no scripts, styles or other hidden parts, and
nothing fetched.  Block elements become paragraph breaks; inline elements
(links, emphasis) stay inside their sentence.  The page's structure is kept in
the plain-text conventions the segmenter reads: a heading ``h1``-``h6`` becomes a
line starting with as many ``#``, a list item a line starting with ``- ``, a table
row one line ``| cell | cell |``."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SKIP = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
    "embed", "head", "title", "meta", "link", "button", "select", "option", "input",
    "textarea", "form", "nav",
}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section",
    "summary", "table", "td", "th", "tr", "ul", "caption",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0\n]*")
_INLINE_WS = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True)
class HtmlText:
    text: str
    title: str | None = None
    lang: str | None = None
    date: str | None = None  # as found in <meta>, unparsed
    url: str | None = None


_DATE_META = (
    "article:published_time", "og:published_time", "datePublished", "date", "pubdate",
    "publish-date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date",
)


def _meta(tree, names: tuple[str, ...]) -> str | None:
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        if key in names and attrs.get("content"):
            return attrs["content"].strip()
    return None


def html_to_text(markup: str) -> HtmlText:
    from selectolax.lexbor import LexborHTMLParser  # lazy

    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node is not None else None
    html_node = tree.css_first("html")
    lang = html_node.attributes.get("lang") if html_node is not None else None
    date = _meta(tree, _DATE_META)
    url = _meta(tree, ("og:url",))
    canonical = tree.css_first('link[rel="canonical"]')
    if url is None and canonical is not None:
        url = canonical.attributes.get("href")

    out: list[str] = []
    root = tree.body or tree.root
    # iterative walk: a page nested thousands of levels deep must not exhaust the stack
    stack: list = [(root, False)] if root is not None else []
    while stack:
        node, closing = stack.pop()
        if closing:
            out.append("\n")
            continue
        tag = node.tag
        if tag == "-text":
            out.append(_INLINE_WS.sub(" ", node.text_content or "").replace("\n", " "))
            continue
        if tag in _SKIP or tag == "-comment" or tag.startswith("!"):
            continue
        if _hidden(node):
            continue
        if tag == "tr":
            cells = [c for c in _children(node) if c.tag in ("td", "th")]
            if cells:
                out.append("\n| " + " | ".join(_inline_text(c) for c in cells) + " |\n")
                continue
        if tag in _HEADINGS:  # one line, whatever is nested inside; an empty heading leaves nothing
            heading = _inline_text(node)
            if heading:
                out.append("\n" + "#" * int(tag[1]) + " " + heading + "\n")
            continue
        block = tag in _BLOCK
        if block:
            out.append("\n")
            stack.append((node, True))
        if tag == "li":
            out.append("- ")
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    text = "".join(out)
    text = _SPACES.sub("\n\n", text)
    lines = [line.strip(" ") for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return HtmlText(text=text + "\n" if text else "", title=title or None, lang=lang, date=date, url=url)


def _hidden(node) -> bool:
    return node.attributes.get("hidden") is not None or "display:none" in (node.attributes.get("style") or "").replace(" ", "")


def _children(node):
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _inline_text(node) -> str:
    """The visible text under ``node`` on one line (iterative, like the main walk)."""
    parts: list[str] = []
    todo = [node]
    while todo:
        cur = todo.pop()
        tag = cur.tag
        if tag == "-text":
            parts.append(cur.text_content or "")
            continue
        if tag in _SKIP or tag == "-comment" or tag.startswith("!") or _hidden(cur):
            continue
        todo.extend(reversed(list(_children(cur))))
    return " ".join(" ".join(parts).split())


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head and "</" in head)
