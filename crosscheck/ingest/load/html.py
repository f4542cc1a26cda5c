"""Visible text of an HTML page: no scripts, styles or other hidden parts, and
nothing fetched.  Block elements become paragraph breaks; inline elements
(links, emphasis) stay inside their sentence."""

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
#: Elements that never hold others (void) or close themselves when a sibling starts.
_FLAT = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead",
         "tbody", "tfoot", "colgroup", "caption", "head", "body", "html"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
#: Deeper than this a page is not an article (the HTML parser slows down quadratically with depth).
MAX_DEPTH = 2000
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


def nesting_depth(markup: str, limit: int = MAX_DEPTH) -> int:
    """How deep elements nest (an estimate by tag counting, in one pass; stops past ``limit``)."""
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


def html_to_text(markup: str) -> HtmlText:
    """The visible text of a page.  Raises InputError for a page nested deeper than
    :data:`MAX_DEPTH` (no article is; parsing it would take minutes)."""
    from selectolax.lexbor import LexborHTMLParser  # lazy

    if nesting_depth(markup) > MAX_DEPTH:
        from crosscheck.errors import InputError

        raise InputError(f"HTML nested more than {MAX_DEPTH} elements deep: not read")
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
        block = tag in _BLOCK
        if block:
            out.append("\n")
        child = node.child
        while child is not None:
            walk(child)
            child = child.next
        if block:
            out.append("\n")

    root = tree.body or tree.root
    if root is not None:
        try:
            walk(root)
        except RecursionError:  # nested deeper than Python's stack: the flat visible text instead
            out = [_flat_text(tree)]
    text = "".join(out)
    text = _SPACES.sub("\n\n", text)
    lines = [line.strip(" ") for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return HtmlText(text=text + "\n" if text else "", title=title or None, lang=lang, date=date, url=url)


def _flat_text(tree) -> str:
    """Visible text without the block structure, by the parser's own (non-recursive) walk."""
    tree.strip_tags(sorted(_SKIP - {"head", "title", "meta", "link"}))
    root = tree.body or tree.root
    return root.text(separator="\n", strip=True) if root is not None else ""


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head and "</" in head)
