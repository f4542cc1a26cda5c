"""A self-contained HTML report.

One file, no external requests: styles, the script and the timeline (SVG) are
inline.  It shows each flag with its source context (the claim sentence
highlighted inside its paragraph, from the segment offsets), the counterparts
with their explanations and evidence, filters by status and language (a small
inline script; the page reads fine without it), a timeline of the dated events
per source, and the source documents with every segment marked.  All document
text is escaped.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

from crosscheck.model import STATUSES
from crosscheck.report.status import display_status
from crosscheck.report.timeline import build_timeline
from crosscheck.review.feedback import review_label

if TYPE_CHECKING:  # pragma: no cover
    from crosscheck.model import ClaimResult, Link, Segment
    from crosscheck.report.core import Report

__all__ = ["render_html", "render_fragment", "paragraph_bounds", "highlight"]

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
CONTEXT_LIMIT = 700  # characters of context before the window is trimmed
WINDOW = 260


def paragraph_bounds(text: str, start: int, end: int, limit: int = CONTEXT_LIMIT) -> tuple[int, int]:
    """``[ps, pe)``: the paragraph (blank-line separated) around ``[start, end)``,
    trimmed to a window around the span when it is longer than ``limit``."""
    ps = 0
    for m in _BLANK.finditer(text, 0, start):
        ps = m.end()
    m = _BLANK.search(text, end)
    pe = m.start() if m else len(text)
    if pe - ps > limit:
        lo, hi = max(ps, start - WINDOW), min(pe, end + WINDOW)
        if lo > ps:  # start at a line break in the window, else at a space
            nl = text.find("\n", lo, start)
            sp = text.find(" ", lo, start)
            lo = nl + 1 if nl != -1 else sp + 1 if sp != -1 else lo
        if hi < pe:
            nl = text.rfind("\n", end, hi)
            sp = text.rfind(" ", end, hi)
            hi = nl if nl != -1 else sp if sp != -1 else hi
        ps, pe = lo, hi
    return ps, max(pe, end)


def highlight(segment: "Segment", css_class: str = "hl") -> str:
    """The segment's paragraph, escaped, with the segment wrapped in ``<mark>``."""
    text = segment.doc.text
    ps, pe = paragraph_bounds(text, segment.start, segment.end)
    before = escape(text[ps : segment.start].lstrip())
    after = escape(text[segment.end : pe].rstrip())
    lead = "… " if ps > 0 and not text[:ps].endswith("\n") else ""
    tail = " …" if pe < len(text) and not text[pe:].startswith("\n") else ""
    # the sentence as read (line breaks from hyperlinks and wrapping collapsed)
    return f'{lead}{before}<mark class="{css_class}">{escape(segment.text)}</mark>{after}{tail}'


CSS = """
:root{--contradict:#c62828;--agree:#2e7d32;--related:#b7860b;--unique:#1565c0;--skipped:#757575;--bg:#fafafa;--fg:#1d1d1f;--muted:#666;--card:#fff;--line:#e2e2e8}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:22px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 10px}
.summary{color:var(--muted);margin:0 0 8px}
.counts{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0}
.count{border-radius:14px;padding:2px 12px;background:#eee;font-weight:600;font-size:13px}
nav.filters{position:sticky;top:0;z-index:5;background:rgba(250,250,250,.96);border-bottom:1px solid var(--line);padding:10px 20px;display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;max-width:none}
nav.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
nav.filters legend{float:left;font-weight:600;margin-right:6px;font-size:13px;color:var(--muted)}
nav.filters label{font-size:14px;cursor:pointer;user-select:none;white-space:nowrap}
nav.filters input[type=search]{font:inherit;padding:3px 8px;border:1px solid #ccc;border-radius:6px;min-width:200px}
.badge{display:inline-block;border-radius:4px;padding:0 7px;font-size:12px;font-weight:700;letter-spacing:.03em;text-transform:uppercase;color:#fff;background:var(--skipped);vertical-align:1px}
.b-contradict{background:var(--contradict)}.b-agree{background:var(--agree)}.b-related{background:var(--related)}.b-unique{background:var(--unique)}
.flag{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--skipped);border-radius:8px;padding:12px 16px;margin:0 0 14px;scroll-margin-top:70px}
.flag.s-contradict{border-left-color:var(--contradict)}.flag.s-agree{border-left-color:var(--agree)}.flag.s-related{border-left-color:var(--related)}.flag.s-unique{border-left-color:var(--unique)}
.flag:target{box-shadow:0 0 0 3px rgba(21,101,192,.35)}
.meta{color:var(--muted);font-size:13px}
.v-confirmed{color:var(--agree)}.v-rejected{color:var(--contradict)}.v-unsure{color:var(--related)}
.meta b{color:var(--fg)}
.context{white-space:pre-line;margin:8px 0;padding:8px 12px;background:#f5f5f7;border-radius:6px;font-size:14.5px;color:#444}
mark.hl{background:#fff1a8;color:#111;padding:1px 2px;border-radius:3px}
.s-contradict>.context mark.hl,.r-contradict mark.hl{background:#ffd6d6}
.r-agree mark.hl{background:#d7f0d9}.r-related mark.hl{background:#fbeab8}
.link{border-top:1px dashed var(--line);padding-top:8px;margin-top:8px}
.link .context{background:#f2f6fb}
.explanation{margin:4px 0}
.score{display:inline-block;width:70px;height:8px;background:#e6e6ea;border-radius:4px;vertical-align:middle;overflow:hidden;margin:0 6px}
.score i{display:block;height:100%;background:#888}
.r-contradict .score i{background:var(--contradict)}.r-agree .score i{background:var(--agree)}.r-related .score i{background:var(--related)}
.evidence{margin:4px 0 0 0;padding-left:18px;font-size:13px;color:#444}
.none{color:var(--muted);font-style:italic;margin:6px 0 0}
.timeline{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px;overflow-x:auto}
details.source{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 14px;margin:0 0 10px}
details.source summary{cursor:pointer;font-weight:600}
.doctext{white-space:pre-wrap;font-size:14px;line-height:1.6}
.seg{border-bottom:2px solid transparent;text-decoration:none;color:inherit}
.seg.s-contradict{background:#ffe3e3;border-bottom-color:var(--contradict)}
.seg.s-agree{background:#e6f4e7;border-bottom-color:var(--agree)}
.seg.s-related{background:#fbf1d3;border-bottom-color:var(--related)}
.seg.s-unique{background:#e7effa;border-bottom-color:var(--unique)}
.seg.s-skipped{color:#999}
#empty{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12px;padding:24px 20px 40px}
[hidden]{display:none!important}
@media (max-width:640px){body{font-size:14px}header,main{padding:0 10px}}
"""

JS = """
(function(){
  var boxes = document.querySelectorAll('nav.filters input[type=checkbox]');
  var search = document.getElementById('q');
  function apply(){
    var on = {status:{}, lang:{}};
    boxes.forEach(function(b){ on[b.name][b.value] = b.checked; });
    var q = (search && search.value || '').toLowerCase();
    var shown = 0;
    document.querySelectorAll('.flag').forEach(function(el){
      var ok = on.status[el.dataset.status] !== false && on.lang[el.dataset.lang] !== false &&
               (!q || el.textContent.toLowerCase().indexOf(q) !== -1);
      el.hidden = !ok; if (ok) shown++;
    });
    document.querySelectorAll('.tl-mark').forEach(function(el){
      var ok = on.status[el.dataset.status] !== false && on.lang[el.dataset.lang] !== false;
      el.style.display = ok ? '' : 'none';
    });
    var empty = document.getElementById('empty');
    if (empty) empty.hidden = shown > 0;
    var n = document.getElementById('shown');
    if (n) n.textContent = shown;
  }
  boxes.forEach(function(b){ b.addEventListener('change', apply); });
  if (search) search.addEventListener('input', apply);
  document.documentElement.classList.add('js');
  apply();
})();
"""


def _status_badge(status: str | None) -> str:
    label = status or "skipped"
    if label not in STATUSES and label != "skipped":
        return f'<span class="badge">{escape(label)}</span>'
    return f'<span class="badge b-{escape(label)}">{escape(label)}</span>'


def _claim_meta(report: "Report", result: "ClaimResult") -> str:
    doc = report.document_of(result)
    parts = [f"<b>{escape(result.id)}</b>", escape(result.segment.lang)]
    if doc.outlet:
        parts.append(escape(doc.outlet))
    if doc.date:
        parts.append(escape(doc.date.isoformat()))
    if result.segment.kind not in ("claim",):
        parts.append(escape(result.segment.kind))
    return " · ".join(parts)


def _link_html(report: "Report", link: "Link") -> str:
    other = report.result(link.id)
    pct = max(0.0, min(1.0, float(link.score))) * 100
    head = (
        f'<div class="meta">{_status_badge(link.relation)} '
        f'<span class="score" title="score {link.score:.2f}"><i style="width:{pct:.0f}%"></i></span>'
        f'{link.score:.2f} · <a href="#{escape(link.id)}">{escape(link.id)}</a>'
    )
    if other is not None:
        head += " · " + escape(other.segment.lang)
        odoc = report.document_of(other)
        if odoc.outlet:
            head += " · " + escape(odoc.outlet)
        if odoc.date:
            head += " · " + escape(odoc.date.isoformat())
    if link.review is not None:
        head += f' · <b class="review v-{escape(link.review.verdict)}">{escape(review_label(link))}</b>'
    head += "</div>"
    body = ""
    if other is not None:
        body = f'<div class="context">{highlight(other.segment)}</div>'
    body += f'<p class="explanation">{escape(link.explanation or "")}</p>'
    if link.evidence:
        items = []
        for e in link.evidence:
            sides = ""
            if e.a or e.b:
                sides = f" <span class='meta'>({escape(e.a or '—')} vs {escape(e.b or '—')})</span>"
            items.append(f"<li><b>{escape(e.type)}</b>: {escape(e.detail)}{sides}</li>")
        body += f'<ul class="evidence">{"".join(items)}</ul>'
    return f'<div class="link r-{escape(link.relation)}">{head}{body}</div>'


def _flag_html(report: "Report", result: "ClaimResult") -> str:
    status = display_status(result)
    hidden = " hidden" if status == "skipped" else ""
    parts = [
        f'<article class="flag s-{escape(status)}" id="{escape(result.id)}" data-status="{escape(status)}" '
        f'data-lang="{escape(result.segment.lang)}" data-doc="{escape(result.segment.doc_id)}"{hidden}>',
        f'<div class="meta">{_status_badge(status)} {_claim_meta(report, result)}</div>',
        f'<div class="context">{highlight(result.segment)}</div>',
    ]
    if status == "unchecked":
        parts.append(f'<p class="none">Not checked yet ({escape(result.segment.kind)}).</p>')
    elif result.status is None:
        parts.append(f'<p class="none">Not checked ({escape(result.segment.kind)}): {escape(result.segment.reason or "")}</p>')
    elif not result.links:
        parts.append('<p class="none">No counterpart found in the other sources.</p>')
    parts += [_link_html(report, link) for link in result.links]
    parts.append("</article>")
    return "".join(parts)


def _source_html(report: "Report", doc, results: list) -> str:
    text = doc.text
    pos = 0
    out = []
    segs = sorted(results, key=lambda r: r.segment.start)
    for r in segs:
        s = r.segment
        if s.start < pos:
            continue
        out.append(escape(text[pos : s.start]))
        status = display_status(r)
        out.append(
            f'<a class="seg s-{escape(status)}" href="#{escape(r.id)}" title="{escape(r.id)}: {escape(status)}">'
            f"{escape(text[s.start:s.end])}</a>"
        )
        pos = s.end
    out.append(escape(text[pos:]))
    head = " · ".join(
        escape(p) for p in (doc.id, doc.lang, doc.outlet or "", doc.date.isoformat() if doc.date else "") if p
    )
    title = f" — {escape(doc.title)}" if doc.title else ""
    extra = ""
    if doc.url:
        extra = f'<div class="meta">source: {escape(doc.url)}</div>'
    return (
        f'<details class="source" data-lang="{escape(doc.lang)}"><summary>{head}{title}</summary>'
        f'{extra}<div class="doctext">{"".join(out)}</div></details>'
    )


def _meta_line(meta) -> str:
    """Run information worth a glance: scalar values, and the total time."""
    parts = []
    for key, value in meta.items():
        if isinstance(value, bool) or value is None or value == "":
            continue
        if isinstance(value, (str, int, float)):
            parts.append(f"{escape(str(key))}: {escape(str(value))}")
        elif key == "timings" and isinstance(value, dict):
            total = sum(v for v in value.values() if isinstance(v, (int, float)))
            parts.append(f"time: {total:.1f} s")
        elif key in ("problems", "skipped_files") and value:
            parts.append(f"{escape(str(key).replace('_', ' '))}: {len(value)}")
    return f'<p class="meta">{" · ".join(parts)}</p>' if parts else ""


def render_html(report: "Report", title: str = "crosscheck report", **_: Any) -> str:
    """The full, self-contained HTML page."""
    summary = report.summary()
    counts = "".join(
        f'<span class="count b-{s}" style="color:#fff">{summary["status"][s]} {s}</span>' for s in STATUSES
    )
    status_boxes = "".join(
        f'<label><input type="checkbox" name="status" value="{s}" checked> {_status_badge(s)} '
        f'{summary["status"][s]}</label>'
        for s in STATUSES
    )
    if summary["unchecked"]:
        status_boxes += (
            f'<label><input type="checkbox" name="status" value="unchecked" checked> '
            f'<span class="badge">unchecked</span> {summary["unchecked"]}</label>'
        )
    status_boxes += (
        f'<label><input type="checkbox" name="status" value="skipped"> {_status_badge(None)} {summary["skipped"]}</label>'
    )
    langs = sorted({r.segment.lang for r in report.results} | set(summary["languages"]))
    lang_boxes = "".join(
        f'<label><input type="checkbox" name="lang" value="{escape(lang)}" checked> {escape(lang)}</label>'
        for lang in langs
    )
    timeline = build_timeline(report)
    flags = "".join(_flag_html(report, r) for r in report.ordered(show_skipped=True))
    by_doc: dict[str, list] = {}
    for r in report.results:
        by_doc.setdefault(r.segment.doc_id, []).append(r)
    sources = "".join(_source_html(report, d, by_doc.get(d.id, [])) for d in report.documents)
    meta = _meta_line(report.meta)
    from crosscheck import __version__

    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>{escape(title)}</h1>
<p class="summary">{escape(report.summary_line())}</p>
<div class="counts">{counts}</div>
{meta}
</header>
<nav class="filters" aria-label="Filters">
<fieldset><legend>Status</legend>{status_boxes}</fieldset>
<fieldset><legend>Language</legend>{lang_boxes}</fieldset>
<fieldset><legend>Find</legend><input type="search" id="q" placeholder="text, id, outlet…" aria-label="Find"></fieldset>
<span class="meta"><span id="shown">{summary['checked'] + summary['unchecked']}</span> shown</span>
</nav>
<main>
<section id="timeline-section">
<h2>Timeline of reported events</h2>
<div class="timeline">{timeline.svg(width=1040)}</div>
</section>
<section id="flags">
<h2>Flags</h2>
{flags}
<p id="empty" hidden>No claims match the filters.</p>
</section>
<section id="sources">
<h2>Sources</h2>
{sources}
</section>
</main>
<footer>crosscheck {escape(__version__)} · self-contained report: no external resources.</footer>
<script>{JS}</script>
</body>
</html>
"""


def render_fragment(report: "Report", limit: int = 200) -> str:
    """A compact HTML fragment for notebooks: summary, timeline and a flags table (no script)."""
    rows = []
    for r in report.ordered()[:limit]:
        best = report.best_link(r)
        other = report.result(best.id) if best else None
        color = {"contradict": "#c62828", "agree": "#2e7d32", "related": "#b7860b", "unique": "#1565c0"}.get(
            r.status or "", "#757575"
        )
        rows.append(
            "<tr>"
            f'<td style="color:{color};font-weight:700;text-align:left">{escape(display_status(r))}</td>'
            f'<td style="text-align:left">{escape(r.segment.text)}<br><small style="color:#777">{_claim_meta(report, r)}</small></td>'
            f'<td style="text-align:left">{escape(other.segment.text) if other else escape(best.id) if best else "—"}'
            + (f'<br><small style="color:#777">{escape(other.id)} · {escape(other.segment.lang)}</small>' if other else "")
            + "</td>"
            f'<td>{f"{best.score:.2f}" if best else ""}</td>'
            f'<td style="text-align:left">{escape(best.explanation) if best else ""}</td>'
            "</tr>"
        )
    more = ""
    if len(report.checked) > limit:
        more = f"<p><small>{len(report.checked) - limit} more claims not shown; use report.to_pandas().</small></p>"
    return (
        '<div class="crosscheck-report">'
        f"<p><b>{escape(report.summary_line())}</b></p>"
        f'<div style="overflow-x:auto">{build_timeline(report).svg()}</div>'
        '<table><thead><tr><th>status</th><th>claim</th><th>counterpart</th><th>score</th><th>explanation</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{more}</div>"
    )
