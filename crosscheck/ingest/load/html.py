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

    def walk(node) -> None:
        tag = node.tag
        if tag == "-text":
            out.append(_INLINE_WS.sub(" ", node.text_content or "").replace("\n", " "))
            return
        if tag in _SKIP or tag == "-comment" or tag.startswith("!"):
            return
        if node.attributes.get("hidden") is not None or "display:none" in (node.attributes.get("style") or "").replace(" ", ""):
            return
        if tag == "tr":
            cells = [c for c in _children(node) if c.tag in ("td", "th")]
            if cells:
                out.append("\n| ")
                for k, cell in enumerate(cells):
                    if k:
                        out.append(" | ")
                    start = len(out)
                    walk_inline(cell)
                    out[start:] = [" ".join("".join(out[start:]).split())]
                out.append(" |\n")
                return
        if tag in _HEADINGS:  # one line, whatever is nested inside
            out.append("\n" + "#" * int(tag[1]) + " ")
            start = len(out)
            walk_inline(node)
            heading = " ".join("".join(out[start:]).split())
            out[start - 1:] = ["\n" + "#" * int(tag[1]) + " " + heading + "\n"] if heading else []
            return
        block = tag in _BLOCK
        if block:
            out.append("\n")
        if tag == "li":
            out.append("- ")
        child = node.child
        while child is not None:
            walk(child)
            child = child.next
        if block:
            out.append("\n")

    def walk_inline(node) -> None:
        """A table cell's content on one line."""
        for child in _children(node):
            if child.tag == "-text":
                out.append(" " + (child.text_content or "").replace("\n", " ") + " ")
            elif child.tag not in _SKIP and child.tag != "-comment":
                walk_inline(child)

    root = tree.body or tree.root
    if root is not None:
        walk(root)
    text = "".join(out)
    text = _SPACES.sub("\n\n", text)
    lines = [line.strip(" ") for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return HtmlText(text=text + "\n" if text else "", title=title or None, lang=lang, date=date, url=url)


def _children(node):
    child = node.child
    while child is not None:
        yield child
        child = child.next


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head and "</" in head)
