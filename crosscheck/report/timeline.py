"""A timeline of the dated events each source reports, as inline SVG.

One lane per document.  Each claim's frame contributes its event time
(``frame.event.time``) or its point times (``frame.times``); an exclusivity
assertion ("the first meeting since 2015") is drawn as a shaded bar over its
``[since, until)`` interval.  Claims whose status is ``contradict`` are red, and
a dashed red guide joins a contradicting point to the exclusivity bar it falls
in, so "first since 2015" against "met in March 2017" shows at a glance.
No external resources; every text is escaped.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from crosscheck.report.status import display_status

if TYPE_CHECKING:  # pragma: no cover
    from crosscheck.report.core import Report


__all__ = ["Mark", "Timeline", "build_timeline", "timeline_svg"]

RED = "#c62828"
#: With more documents than this, lanes without dated events are left out.
MAX_EMPTY_LANES = 12
COLORS = {"contradict": RED, "agree": "#2e7d32", "related": "#b7860b", "unique": "#1565c0", None: "#757575"}


@dataclass(frozen=True)
class Mark:
    """One thing drawn on a lane."""

    doc: str
    claim: str | None  # segment id (None for the publication date)
    kind: str  # "point", "interval", "exclusivity" or "published"
    start: _dt.date
    end: _dt.date
    label: str
    text: str = ""  # the claim sentence
    status: str | None = None
    lang: str = ""
    display: str = ""  # the status label used by the HTML filters ("unchecked", "skipped", ...)
    clear_from: _dt.date | None = None  # exclusivity: the anchor period ends here ("since 2013" -> 2014-01-01)

    @property
    def contradict(self) -> bool:
        return self.status == "contradict"


@dataclass(frozen=True)
class Lane:
    doc: str
    lang: str
    outlet: str | None
    date: _dt.date | None


@dataclass(frozen=True)
class Clash:
    """A contradicting point inside an exclusivity interval of a linked claim."""

    point: Mark
    interval: Mark


@dataclass(frozen=True)
class Timeline:
    lanes: tuple[Lane, ...]
    marks: tuple[Mark, ...]
    clashes: tuple[Clash, ...] = field(default=())

    def __bool__(self) -> bool:
        return any(m.kind != "published" for m in self.marks)

    def __repr__(self) -> str:
        events = sum(1 for m in self.marks if m.kind != "published")
        return f"Timeline(lanes={len(self.lanes)}, marks={events}, clashes={len(self.clashes)})"

    def svg(self, *, width: int = 960, standalone: bool = False) -> str:
        return timeline_svg(self, width=width, standalone=standalone)

    def _repr_html_(self) -> str:
        return f'<div style="max-width:100%;overflow-x:auto">{self.svg()}</div>'

    def _repr_svg_(self) -> str:
        return self.svg(standalone=True)


def _span_of(ts, fallback_end: _dt.date | None) -> tuple[_dt.date, _dt.date] | None:
    start = getattr(ts, "start", None)
    end = getattr(ts, "end", None) or fallback_end or start
    if start is None:
        if end is None:
            return None
        start = end
    if end < start:
        start, end = end, start
    return start, end


def build_timeline(report: "Report") -> Timeline:
    lanes = []
    marks: list[Mark] = []
    for doc in report.documents:
        lanes.append(Lane(doc.id, doc.lang, doc.outlet or None, doc.date))
        if doc.date:
            marks.append(Mark(doc.id, None, "published", doc.date, doc.date, f"published {doc.date.isoformat()}", lang=doc.lang))
    by_claim: dict[str, list[Mark]] = {}
    for r in report.results:
        frame = r.frame
        if frame is None:
            continue
        doc = report.document_of(r)
        seen: set[tuple] = set()
        common = dict(
            doc=doc.id, claim=r.id, text=r.segment.text, status=r.status, lang=r.segment.lang, display=display_status(r)
        )
        own: list[Mark] = []
        times = []
        if frame.event is not None and frame.event.time is not None:
            times.append(frame.event.time)
        times += [t for t in frame.times if t not in times]
        for ts in times:
            role = getattr(ts, "role", "point")
            if role == "since" and frame.exclusivity:
                continue  # drawn as the exclusivity bar
            span = _span_of(ts, doc.date if role in ("since", "duration") else None)
            if span is None or (span, role) in seen:
                continue
            seen.add((span, role))
            kind = "point" if role == "point" else "interval"
            own.append(Mark(kind=kind, start=span[0], end=span[1], label=ts.text, **common))
        for ex in frame.exclusivity:
            if ex.since is None and ex.until is None:
                continue
            start = ex.since or ex.until
            end = ex.until or doc.date or start
            if end < start:
                start, end = end, start
            clear = getattr(ex, "clear_from", None)
            if clear is not None and not (start < clear <= end):
                clear = None
            own.append(Mark(kind="exclusivity", start=start, end=end, label=ex.text, clear_from=clear, **common))
        marks += own
        by_claim[r.id] = own
    clashes = []
    for r in report.results:
        if r.status != "contradict":
            continue
        for link in r.links:
            if link.relation != "contradict":
                continue
            for p in by_claim.get(r.id, ()):
                if p.kind != "point":
                    continue
                for x in by_claim.get(link.id, ()):
                    if x.kind == "exclusivity" and (x.clear_from or x.start) <= p.end and p.start <= x.end:
                        clashes.append(Clash(p, x))
    if len(lanes) > MAX_EMPTY_LANES:  # many sources: keep only those that report dated events
        busy = {m.doc for m in marks if m.kind != "published"}
        lanes = [lane for lane in lanes if lane.doc in busy]
        marks = [m for m in marks if m.doc in busy]
    return Timeline(tuple(lanes), tuple(marks), tuple(clashes))


# -- drawing ------------------------------------------------------------------------
LABEL_W = 190
LANE_H = 64
TOP = 34
RIGHT = 24
MIN_SPAN = 60  # days


def _ticks(d0: _dt.date, d1: _dt.date) -> list[tuple[_dt.date, str]]:
    days = (d1 - d0).days
    if days > 2 * 365:
        years = list(range(d0.year + 1, d1.year + 1))
        step = max(1, len(years) // 12 + 1) if len(years) > 12 else 1
        return [(_dt.date(y, 1, 1), str(y)) for y in years[::step]]
    months = []
    y, m = d0.year, d0.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = _dt.date(y, m, 1)
        if d > d1:
            break
        months.append(d)
    step = max(1, -(-len(months) // 12))
    return [(d, d.strftime("%Y-%m")) for d in months[::step]]


def timeline_svg(timeline: Timeline, *, width: int = 960, standalone: bool = False) -> str:
    """The timeline as an ``<svg>`` element (``standalone`` adds the XML namespace)."""
    ns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    lanes = timeline.lanes
    height = TOP + LANE_H * max(1, len(lanes)) + 44
    head = (
        f'<svg{ns} class="cc-timeline" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="Timeline of dated events per source" '
        f'style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:12px;max-width:{width}px">'
    )
    if not timeline:
        return head + f'<text x="12" y="{TOP}" fill="#757575">No dated events in these claims.</text></svg>'
    dates = [d for m in timeline.marks for d in (m.start, m.end)]
    d0, d1 = min(dates), max(dates)
    span = max((d1 - d0).days, MIN_SPAN)
    pad = max(int(span * 0.04), 5)
    d0 -= _dt.timedelta(days=pad)
    d1 = d0 + _dt.timedelta(days=span + 2 * pad)
    x0, x1 = LABEL_W, width - RIGHT

    def x(d: _dt.date) -> float:
        return round(x0 + (x1 - x0) * (d - d0).days / max((d1 - d0).days, 1), 1)

    lane_y = {lane.doc: TOP + i * LANE_H for i, lane in enumerate(lanes)}
    out = [head]
    # lanes and labels
    for i, lane in enumerate(lanes):
        y = lane_y[lane.doc]
        fill = "#f7f7f9" if i % 2 == 0 else "#ffffff"
        out.append(f'<rect x="0" y="{y}" width="{width}" height="{LANE_H}" fill="{fill}"/>')
        out.append(f'<line x1="{x0}" y1="{y + LANE_H / 2}" x2="{x1}" y2="{y + LANE_H / 2}" stroke="#d0d0d8"/>')
        name = lane.doc if len(lane.doc) <= 24 else lane.doc[:23] + "…"
        out.append(
            f'<text x="10" y="{y + 25}" font-weight="600" fill="#222">{escape(name)}<title>{escape(lane.doc)}</title></text>'
        )
        sub = " · ".join(p for p in (lane.lang, lane.outlet or "", lane.date.isoformat() if lane.date else "") if p)
        out.append(f'<text x="10" y="{y + 43}" fill="#666" font-size="11">{escape(sub)}</text>')
    # axis
    axis_y = TOP - 6
    out.append(f'<line x1="{x0}" y1="{axis_y}" x2="{x1}" y2="{axis_y}" stroke="#999"/>')
    for d, label in _ticks(d0, d1):
        xd = x(d)
        out.append(f'<line x1="{xd}" y1="{axis_y - 4}" x2="{xd}" y2="{TOP + LANE_H * len(lanes)}" stroke="#e3e3ea"/>')
        out.append(f'<text x="{xd}" y="{axis_y - 8}" text-anchor="middle" fill="#555">{escape(label)}</text>')

    def attrs(m: Mark) -> str:
        status = m.display or m.status or "skipped"
        return f'class="tl-mark" data-status="{escape(status)}" data-lang="{escape(m.lang)}" data-claim="{escape(m.claim or "")}"'

    def title(m: Mark) -> str:
        when = m.start.isoformat() if m.start == m.end else f"{m.start.isoformat()} – {m.end.isoformat()}"
        status = f" [{m.status}]" if m.status else ""
        return f"<title>{escape(m.claim or m.doc)}{escape(status)}: {escape(m.label)} ({when})\n{escape(m.text)}</title>"

    # exclusivity bars and intervals first (underneath)
    bar_labels: dict[str, list[tuple[float, float]]] = {}
    for m in timeline.marks:
        if m.kind not in ("exclusivity", "interval"):
            continue
        y = lane_y.get(m.doc)
        if y is None:
            continue
        xa, xb = x(m.start), x(m.end)
        w = max(xb - xa, 4)
        if m.kind == "exclusivity":
            red = m.contradict
            fill = "rgba(198,40,40,0.16)" if red else "rgba(21,101,192,0.13)"
            stroke = RED if red else "#1565c0"
            anchor = ""
            if m.clear_from is not None:  # the anchor period ("since 2015" = 2015) is lighter
                xc = x(m.clear_from)
                anchor = (
                    f'<rect x="{xa}" y="{y + 18}" width="{max(xc - xa, 2)}" height="{LANE_H - 36}" rx="3" '
                    f'fill="{fill}" opacity="0.6"><title>anchor period of "{escape(m.label)}" '
                    f"({m.start.isoformat()} – {m.clear_from.isoformat()})</title></rect>"
                )
                xa, w = xc, max(xb - xc, 4)
            out.append(
                f'<a href="#{escape(m.claim or "")}"><g {attrs(m)}>{title(m)}{anchor}'
                f'<rect x="{xa}" y="{y + 12}" width="{w}" height="{LANE_H - 24}" rx="4" fill="{fill}" '
                f'stroke="{stroke}" stroke-dasharray="5 3"/>'
                f"{_bar_label(m, xa, min(w, x1 - xa), y, stroke, bar_labels.setdefault(m.doc, []))}</g></a>"
            )
        else:
            color = COLORS.get(m.status, "#757575")
            out.append(
                f'<a href="#{escape(m.claim or "")}"><g {attrs(m)}>{title(m)}'
                f'<rect x="{xa}" y="{y + LANE_H / 2 - 3}" width="{w}" height="6" rx="3" fill="{color}" opacity="0.55"/></g></a>'
            )
    # clash guides
    for c in timeline.clashes:
        ya, yb = lane_y.get(c.point.doc), lane_y.get(c.interval.doc)
        if ya is None or yb is None:
            continue
        xp = x(c.point.start + (c.point.end - c.point.start) / 2)
        y_from, y_to = sorted((ya + LANE_H / 2, yb + LANE_H / 2))
        out.append(
            f'<line class="tl-clash" x1="{xp}" y1="{y_from}" x2="{xp}" y2="{y_to}" stroke="{RED}" '
            f'stroke-width="2" stroke-dasharray="4 3"><title>{escape(c.point.claim or "")} contradicts '
            f"{escape(c.interval.claim or '')}: {escape(c.point.label)} vs {escape(c.interval.label)}</title></line>"
        )
    # points and publication dates on top
    rank = {"contradict": 5, "agree": 4, "related": 3, "unique": 2}
    # labels: contradictions first, then one label per ~70 px of lane
    labelled: dict[str, list[float]] = {}
    with_label: set[int] = set()
    for i, m in sorted(enumerate(timeline.marks), key=lambda im: -rank.get(im[1].status or "", 1)):
        if m.kind != "point" or m.doc not in lane_y:
            continue
        xm = (x(m.start) + x(m.end)) / 2
        near = labelled.setdefault(m.doc, [])
        if all(abs(xm - other) > 70 for other in near):
            near.append(xm)
            with_label.add(i)
    # points (contradictions drawn last, on top) and publication dates
    order = sorted(
        enumerate(timeline.marks), key=lambda im: (im[1].kind != "published", rank.get(im[1].status or "", 1))
    )
    for i, m in order:
        y = lane_y.get(m.doc)
        if y is None or m.kind not in ("point", "published"):
            continue
        cy = y + LANE_H / 2
        if m.kind == "published":
            xp = x(m.start)
            out.append(
                f'<path d="M{xp} {cy - 6} L{xp + 5} {cy} L{xp} {cy + 6} L{xp - 5} {cy} Z" fill="#fff" stroke="#555">'
                f"<title>{escape(m.doc)}: {escape(m.label)}</title></path>"
            )
            continue
        red = m.contradict
        color = COLORS.get(m.status, "#757575")
        xa, xb = x(m.start), x(m.end)
        if xb - xa >= 8:
            shape = f'<rect x="{xa}" y="{cy - 6}" width="{xb - xa}" height="12" rx="5" fill="{color}" stroke="#fff"/>'
        else:
            r = 7 if red else 5.5
            shape = f'<circle cx="{(xa + xb) / 2}" cy="{cy}" r="{r}" fill="{color}" stroke="#fff" stroke-width="1.5"/>'
        text = ""
        xm = (xa + xb) / 2
        if i in with_label:
            weight = ' font-weight="700"' if red else ""
            anchor = "end" if xm > x1 - 80 else "start" if xm < x0 + 80 else "middle"
            text = (
                f'<text x="{xm}" y="{cy + 22}" text-anchor="{anchor}" fill="{color}" font-size="11"{weight}>'
                f"{escape(_short(m.label, 28))}</text>"
            )
        out.append(f'<a href="#{escape(m.claim or "")}"><g {attrs(m)}>{title(m)}{shape}{text}</g></a>')
    # legend
    ly = TOP + LANE_H * len(lanes) + 24
    out.append(
        f'<g font-size="11" fill="#444">'
        f'<circle cx="{x0 + 6}" cy="{ly - 4}" r="5" fill="#2e7d32"/><text x="{x0 + 16}" y="{ly}">reported event</text>'
        f'<rect x="{x0 + 120}" y="{ly - 11}" width="26" height="13" rx="3" fill="rgba(21,101,192,0.13)" stroke="#1565c0" stroke-dasharray="5 3"/>'
        f'<text x="{x0 + 152}" y="{ly}">"first since …" (exclusivity)</text>'
        f'<circle cx="{x0 + 336}" cy="{ly - 4}" r="6" fill="{RED}"/><text x="{x0 + 346}" y="{ly}">contradiction</text>'
        f'<path d="M{x0 + 446} {ly - 10} L{x0 + 451} {ly - 4} L{x0 + 446} {ly + 2} L{x0 + 441} {ly - 4} Z" fill="#fff" stroke="#555"/>'
        f'<text x="{x0 + 458}" y="{ly}">publication date</text></g>'
    )
    out.append("</svg>")
    return "".join(out)


def _bar_label(m: Mark, xa: float, room: float, y: float, color: str, used: list[tuple[float, float]]) -> str:
    """The label inside an exclusivity bar, if there is room and it does not cover another label."""
    room -= 10
    if room < 40:
        return ""
    text = _short(m.label, int(room / 7.2))
    extent = (xa, xa + 10 + len(text) * 7.2)
    if any(a < extent[1] and extent[0] < b for a, b in used):
        return ""
    used.append(extent)
    return f'<text x="{xa + 6}" y="{y + 25}" fill="{color}" font-size="11" font-weight="600">{escape(text)}</text>'


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: max(n - 1, 1)] + "…"
