"""The HTML report: self-contained, escaped, well-formed, with context and a timeline."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from crosscheck.model import Document, Segment
from crosscheck.report.html import highlight, paragraph_bounds

try:
    from report_fixtures import build_report
except ImportError:  # tests/ imported as a package
    from tests.report_fixtures import build_report

VOID = {"meta", "br", "input", "img", "link", "hr", "col", "area", "base", "wbr", "source", "track", "embed", "param"}
SVG_LEAVES = {"rect", "circle", "line", "path"}  # may be self-closed in SVG


class _Checker(HTMLParser):
    """Tag balance, external references and the text of <script> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.refs: list[str] = []
        self.scripts = 0
        self.ids: list[str] = []
        self.flags: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href", "action", "srcset", "poster", "data", "xlink:href"):
            if a.get(key):
                self.refs.append(a[key])
        if "style" in a and "url(" in a["style"]:
            self.refs.append(a["style"])
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "script":
            self.scripts += 1
        if tag == "article":
            self.flags.append(a)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag not in SVG_LEAVES:
            self.errors.append(f"self-closed <{tag}/>")
        for key in ("src", "href"):
            if dict(attrs).get(key):
                self.refs.append(dict(attrs)[key])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()


@pytest.fixture(scope="module")
def page() -> str:
    return build_report().render("html")


@pytest.fixture(scope="module")
def checked(page) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


def test_well_formed(page, checked):
    assert page.startswith("<!DOCTYPE html>")
    assert not checked.errors, checked.errors[:5]
    assert checked.stack == []
    assert len(checked.ids) == len(set(checked.ids)), "duplicate ids"


def test_no_external_resources(page, checked):
    for ref in checked.refs:
        assert ref.startswith("#"), ref
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "http://" not in page and "https://" not in page
    assert "@import" not in page and "url(" not in page
    assert "Content-Security-Policy" in page
    assert checked.scripts == 1  # one inline script, no src


def test_script_in_document_text_is_escaped(page):
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page
    assert page.count("<script>") == 1
    assert "rumours &amp; &quot;leaks&quot;" in page


def test_flags_in_order_with_context_and_filters(page, checked):
    flags = checked.flags
    statuses = [f["data-status"] for f in flags]
    assert statuses[0] == "contradict"
    rank = {"contradict": 0, "agree": 1, "related": 2, "unique": 3, "skipped": 4}
    assert statuses == sorted(statuses, key=rank.get)
    assert len(flags) == 12
    assert all("hidden" in f for f in flags if f["data-status"] == "skipped")
    assert not any("hidden" in f for f in flags if f["data-status"] != "skipped")
    assert {f["data-lang"] for f in flags} == {"en", "ru"}
    # the claim highlighted inside its paragraph
    assert (
        "commander Curtis Scaparrotti in Baku on Thursday. <mark class=\"hl\">It was the first meeting of the two "
        "generals since 2015, officials said.</mark>"
    ) in page
    # per-link explanation and evidence
    assert "Exclusivity violated: this says the meeting was the first since 2015" in page
    assert "exclusivity-violated" in page
    # filters: status and language checkboxes
    for value in ("contradict", "agree", "related", "unique", "skipped", "en", "ru"):
        assert f'value="{value}"' in page
    # sources section with every segment linked to its card
    assert page.count('class="seg ') == 12


def test_timeline_in_page(page):
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'class="tl-clash"' in svg  # the clash guide
    assert "the first meeting ... since 2015" in svg  # exclusivity bar label
    assert "в марте 2017 года" in svg  # the contradicting point
    assert 'data-status="contradict"' in svg
    assert "#c62828" in svg
    assert "2015" in svg and "2017" in svg


def test_repr_html_fragment():
    report = build_report()
    frag = report._repr_html_()
    assert frag.startswith("<div") and "<script" not in frag
    assert "contradict" in frag and "<svg" in frag
    assert "&lt;script&gt;" in frag
    assert "http://" not in frag and "https://" not in frag


def test_paragraph_bounds_and_highlight():
    text = "Title\n\nFirst line of a\nparagraph. Second sentence here.\n\nNext paragraph."
    doc = Document(id="d", text=text, lang="en")
    start = text.index("Second")
    seg = Segment(doc=doc, n=2, start=start, end=start + len("Second sentence here."), lang="en")
    ps, pe = paragraph_bounds(text, seg.start, seg.end)
    assert text[ps:pe] == "First line of a\nparagraph. Second sentence here."
    assert highlight(seg) == 'First line of a\nparagraph. <mark class="hl">Second sentence here.</mark>'
    long = ("word " * 400) + "Target sentence. " + ("word " * 400)
    doc2 = Document(id="e", text=long, lang="en")
    s = long.index("Target")
    seg2 = Segment(doc=doc2, n=1, start=s, end=s + len("Target sentence."), lang="en")
    out = highlight(seg2)
    assert out.startswith("… ") and out.endswith(" …") and len(out) < 800
    # a segment that spans a blank line (hyperlink breaks) keeps the whole segment
    text3 = "Об этом\n\nсообщает\n\nпресс-служба. Дальше."
    doc3 = Document(id="f", text=text3, lang="ru")
    seg3 = Segment(doc=doc3, n=1, start=0, end=text3.index(" Дальше"), lang="ru")
    ps, pe = paragraph_bounds(text3, seg3.start, seg3.end)
    assert ps == 0 and pe == len(text3)


def test_context_window_snaps_to_lines_and_shows_the_sentence_as_read():
    text = "\n".join(f"Line number {i} says something." for i in range(100))
    doc = Document(id="g", text=text, lang="en")
    s = text.index("Line number 50 ")
    seg = Segment(doc=doc, n=1, start=s, end=s + len("Line number 50 says something."), lang="en")
    ps, pe = paragraph_bounds(text, seg.start, seg.end)
    assert text[ps - 1] == "\n" and text[pe] == "\n"  # whole lines around the sentence
    assert seg.start - ps <= 260 and pe - seg.end <= 260
    broken = "Напомним, что еще в январе в Баку\n\nсостоялась\n\nвстреча генералов."
    doc2 = Document(id="h", text=broken, lang="ru")
    seg2 = Segment(doc=doc2, n=1, start=0, end=len(broken), lang="ru")
    assert highlight(seg2) == '<mark class="hl">Напомним, что еще в январе в Баку состоялась встреча генералов.</mark>'
